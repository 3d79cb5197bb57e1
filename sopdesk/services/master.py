"""Master data edited in Settings: OPD, classification codes, officials, business settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sopdesk.domain.changes import Changes
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission
from sopdesk.domain.validation import check_nip, check_required, clean_text, normalise_nip, raise_if
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork

SCHEMES = {
    "permendagri-78-2012": "Permendagri 78/2012 (kode lama)",
    "permendagri-83-2022": "Permendagri 83/2022 (kode baru)",
}


@dataclass(frozen=True)
class OpdInput:
    nama: str
    singkatan: str = ""
    jenis: str = ""
    active: bool = True
    version: int | None = None  # the version the form was opened with (edits only)


def save_opd(db: Database, actor: Actor, cmd: OpdInput, opd_id: int | None = None) -> Changes:
    raise_if({"nama": check_required(cmd.nama, "Nama OPD")})
    nama, singkatan, jenis = clean_text(cmd.nama), clean_text(cmd.singkatan), clean_text(cmd.jenis)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_MASTER_DATA)
        if opd_id is None:
            rec = uow.opd.add(nama=nama, singkatan=singkatan, jenis=jenis)
            opd_id = rec.id
            uow.audit.append(
                actor, "opd.create", "opd", rec.id, after={"nama": nama, "singkatan": singkatan, "jenis": jenis}
            )
        else:
            before, after = uow.opd.update(
                opd_id, cmd.version, nama=nama, singkatan=singkatan, jenis=jenis, active=cmd.active
            )
            if after:
                uow.audit.append(actor, "opd.update", "opd", opd_id, before=before, after=after)
        uow.commit()
    return uow.changes


@dataclass(frozen=True)
class ClassificationInput:
    scheme: str
    kode: str
    uraian: str
    active: bool = True
    version: int | None = None  # the version the form was opened with (edits only)


def save_classification(db: Database, actor: Actor, cmd: ClassificationInput, code_id: int | None = None) -> Changes:
    errors: dict[str, str | None] = {
        "kode": check_required(cmd.kode, "Kode"),
        "uraian": check_required(cmd.uraian, "Uraian"),
    }
    if cmd.scheme not in SCHEMES:
        errors["scheme"] = "Pilih salah satu set kode klasifikasi."
    raise_if(errors)
    kode, uraian = cmd.kode.strip(), clean_text(cmd.uraian)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_MASTER_DATA)
        if code_id is None:
            rec = uow.classification.add(scheme=cmd.scheme, kode=kode, uraian=uraian)
            code_id = rec.id
            uow.audit.append(
                actor,
                "classification.create",
                "classification_code",
                rec.id,
                after={"scheme": cmd.scheme, "kode": kode, "uraian": uraian},
            )
        else:
            before, after = uow.classification.update(code_id, cmd.version, uraian=uraian, active=cmd.active)
            if after:
                uow.audit.append(
                    actor, "classification.update", "classification_code", code_id, before=before, after=after
                )
        uow.commit()
    return uow.changes


@dataclass(frozen=True)
class OfficialInput:
    lane: str
    nama: str
    jabatan: str
    nip: str
    active: bool = True
    version: int | None = None  # the version the form was opened with (edits only)
    pangkat: str = ""  # pangkat/golongan, e.g. "Pembina (IV/a)"


def save_official(db: Database, actor: Actor, cmd: OfficialInput, official_id: int | None = None) -> Changes:
    raise_if(
        {
            "lane": check_required(cmd.lane, "Lajur"),
            "nama": check_required(cmd.nama, "Nama"),
            "jabatan": check_required(cmd.jabatan, "Jabatan"),
            "nip": check_nip(cmd.nip),
            "pangkat": "Pangkat/golongan paling panjang 120 karakter." if len(cmd.pangkat) > 120 else None,
        }
    )
    values: dict[str, Any] = {
        "lane": cmd.lane,
        "nama": clean_text(cmd.nama),
        "jabatan": clean_text(cmd.jabatan),
        "nip": normalise_nip(cmd.nip),
        "pangkat": clean_text(cmd.pangkat),
    }
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_MASTER_DATA)
        if official_id is None:
            rec = uow.officials.add(**values)
            official_id = rec.id
            uow.audit.append(actor, "official.create", "official", rec.id, after=values)
        else:
            before, after = uow.officials.update(official_id, cmd.version, active=cmd.active, **values)
            if after:
                uow.audit.append(actor, "official.update", "official", official_id, before=before, after=after)
        uow.commit()
    return uow.changes


def set_setting(db: Database, actor: Actor, key: str, value: Any, *, expected_version: int | None = None) -> Changes:
    """Save a business setting; ``expected_version`` is the version the page was showing
    (0: it had never been saved), refused when another seat saved it since."""
    versions = None if expected_version is None else {key: expected_version}
    return set_settings(db, actor, {key: value}, versions=versions)


def set_settings(
    db: Database, actor: Actor, values: Mapping[str, Any], *, versions: Mapping[str, int] | None = None
) -> Changes:
    """Save several settings in one transaction (a settings page is one save): all or none.
    ``versions`` are those the page was showing (see :func:`read.setting_versions`)."""
    for key in values:
        if not key or len(key) > 80:
            raise ValidationError.single("key", "Nama pengaturan tidak sah.")
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_SETTINGS)
        for key, value in values.items():
            expected = None if versions is None else versions.get(key)
            old, new = uow.settings.set(key, value, expected)
            if old != new:
                uow.audit.append(actor, "setting.update", "setting", key, before={"value": old}, after={"value": new})
        uow.commit()
    return uow.changes
