"""Repositories: the unit of work's view of each kind of record. They return domain records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.domain.errors import Conflict, NotFound, StaleRecord
from sopdesk.domain.records import (
    ClassificationRecord,
    OfficialRecord,
    OpdRecord,
    UserRecord,
)
from sopdesk.domain.roles import Role
from sopdesk.domain.sop import SopDefinition
from sopdesk.domain.workdays import CalendarOverride, OverrideKind
from sopdesk.store.audit import now_utc
from sopdesk.store.rows import (
    AuditEventRow,
    CalendarOverrideRow,
    ClassificationRow,
    OfficialRow,
    OpdRow,
    SettingRow,
    SopLaneRow,
    SopStepRow,
    SopVersionRow,
    UserRow,
)

R = TypeVar("R")


def user_record(row: UserRow) -> UserRecord:
    return UserRecord(
        id=row.id,
        username=row.username,
        nama=row.nama,
        nip=row.nip,
        role=Role(row.role),
        active=row.active,
        official_id=row.official_id,
        created_at=row.created_at,
        last_login_at=row.last_login_at,
        version=row.version,
    )


def official_record(row: OfficialRow) -> OfficialRecord:
    return OfficialRecord(
        id=row.id,
        lane=row.lane,
        nama=row.nama,
        jabatan=row.jabatan,
        nip=row.nip,
        active=row.active,
        pangkat=row.pangkat,
        version=row.version,
    )


def opd_record(row: OpdRow) -> OpdRecord:
    return OpdRecord(
        id=row.id, nama=row.nama, singkatan=row.singkatan, jenis=row.jenis, active=row.active, version=row.version
    )


def classification_record(row: ClassificationRow) -> ClassificationRecord:
    return ClassificationRecord(
        id=row.id, scheme=row.scheme, kode=row.kode, uraian=row.uraian, active=row.active, version=row.version
    )


def apply_changes(row: object, changes: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Set attributes; return (before, after) of the fields that really changed."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key, value in changes.items():
        old = getattr(row, key)
        if old != value:
            before[key] = old
            after[key] = value
            setattr(row, key, value)
    return before, after


def local_time(at: str) -> str:
    """An audit time (UTC, ISO) as the office reads it: "Senin, 7 Desember 2026 pukul 10.15"."""
    from sopdesk.domain.dates import hari_tanggal

    moment = datetime.fromisoformat(at).replace(tzinfo=UTC).astimezone()
    return f"{hari_tanggal(moment.date())} pukul {moment:%H.%M}"


def stale_record(session: Session, entity: str, entity_id: object, label: str, current: int) -> StaleRecord:
    """The refusal of a save based on an older version, naming who saved the newer one and when."""
    event = session.scalar(
        select(AuditEventRow)
        .where(AuditEventRow.entity == entity, AuditEventRow.entity_id == str(entity_id))
        .order_by(AuditEventRow.id.desc())
        .limit(1)
    )
    if event is None:
        return StaleRecord(
            f"{label} sudah diubah di tempat lain setelah Anda membukanya. Tidak ada yang disimpan; "
            "isian Anda tetap di formulir. Muat ulang untuk melihat perubahannya, lalu ulangi.",
            current_version=current,
        )
    nama = session.scalar(select(UserRow.nama).where(UserRow.username == event.actor)) or ""
    who = f"{nama} ({event.actor})" if nama else event.actor
    when = local_time(event.at)
    return StaleRecord(
        f"{label} sudah diubah oleh {who} pada {when}, setelah Anda membukanya. Tidak ada yang "
        "disimpan; isian Anda tetap di formulir. Lihat perubahannya, lalu simpan lagi bila masih perlu.",
        by=who,
        at=when,
        current_version=current,
    )


class Versioned(Protocol):
    id: Any
    version: int


def edit(
    session: Session,
    row: Versioned,
    changes: dict[str, Any],
    expected_version: int | None,
    *,
    entity: str,
    label: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Apply a content edit based on ``expected_version`` (None: no check); move the version.

    The row was read with a lock (``FOR UPDATE`` on PostgreSQL; SQLite's writer holds the file),
    so no other seat can save between this check and the commit."""
    if expected_version is not None and row.version != expected_version:
        raise stale_record(session, entity, row.id, label, row.version)
    before, after = apply_changes(row, changes)
    if after:
        row.version += 1
    return before, after


def locked_get(session: Session, row_class: type[R], key: object) -> R | None:
    """The row, locked until commit where the database knows row locks (PostgreSQL)."""
    return session.get(row_class, key, with_for_update=session.get_bind().dialect.name == "postgresql")


@dataclass(frozen=True)
class Credentials:
    user: UserRecord
    password_hash: str
    failed_attempts: int
    last_failed_at: datetime | None


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(UserRow)) or 0)

    def _row(self, user_id: int, *, lock: bool = False) -> UserRow:
        row = locked_get(self.session, UserRow, user_id) if lock else self.session.get(UserRow, user_id)
        if row is None:
            raise NotFound(f"Pengguna #{user_id} tidak ditemukan.")
        return row

    def current(self, user_id: int, *, lock: bool = False) -> UserRecord | None:
        """The account as it is now (``lock``: held until commit, so it cannot change meanwhile)."""
        row = locked_get(self.session, UserRow, user_id) if lock else self.session.get(UserRow, user_id)
        return None if row is None else user_record(row)

    def get(self, user_id: int) -> UserRecord:
        return user_record(self._row(user_id))

    def by_username(self, username: str) -> UserRecord | None:
        row = self.session.scalar(select(UserRow).where(UserRow.username == username))
        return None if row is None else user_record(row)

    def credentials(self, username: str) -> Credentials | None:
        row = self.session.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            return None
        return Credentials(user_record(row), row.password_hash, row.failed_attempts, row.last_failed_at)

    def add(
        self,
        *,
        username: str,
        nama: str,
        nip: str,
        role: Role,
        password_hash: str,
        official_id: int | None = None,
    ) -> UserRecord:
        if self.by_username(username) is not None:
            raise Conflict(f"Nama pengguna '{username}' sudah dipakai.")
        now = now_utc()
        row = UserRow(
            username=username,
            nama=nama,
            nip=nip,
            role=role.value,
            password_hash=password_hash,
            active=True,
            official_id=official_id,
            failed_attempts=0,
            password_changed_at=now,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return user_record(row)

    def update(
        self, user_id: int, expected_version: int | None = None, **changes: Any
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        row = self._row(user_id, lock=True)
        return edit(self.session, row, changes, expected_version, entity="app_user", label=f"Pengguna {row.username}")

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        row = self._row(user_id)
        row.password_hash = password_hash
        row.password_changed_at = now_utc()

    def record_failure(self, user_id: int) -> int:
        row = self._row(user_id)
        row.failed_attempts += 1
        row.last_failed_at = now_utc()
        return row.failed_attempts

    def clear_failures(self, user_id: int) -> None:
        """A reset password starts with no failed attempts (bookkeeping: the version stays)."""
        self._row(user_id).failed_attempts = 0

    def record_login(self, user_id: int) -> None:
        row = self._row(user_id)
        row.failed_attempts = 0
        row.last_login_at = now_utc()

    def count_active_admins(self) -> int:
        return int(
            self.session.scalar(
                select(func.count())
                .select_from(UserRow)
                .where(UserRow.role == Role.ADMIN.value, UserRow.active.is_(True))
            )
            or 0
        )


class OfficialRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, official_id: int) -> OfficialRow:
        row = locked_get(self.session, OfficialRow, official_id)
        if row is None:
            raise NotFound(f"Pejabat #{official_id} tidak ditemukan.")
        return row

    def get(self, official_id: int) -> OfficialRecord:
        return official_record(self._row(official_id))

    def by_lane(self, lane: str) -> list[OfficialRecord]:
        stmt = select(OfficialRow).where(OfficialRow.lane == lane).order_by(OfficialRow.id)
        return [official_record(r) for r in self.session.scalars(stmt)]

    def add(self, *, lane: str, nama: str, jabatan: str, nip: str, pangkat: str = "") -> OfficialRecord:
        row = OfficialRow(
            lane=lane, nama=nama, jabatan=jabatan, nip=nip, pangkat=pangkat, active=True, created_at=now_utc()
        )
        self.session.add(row)
        self.session.flush()
        return official_record(row)

    def update(
        self, official_id: int, expected_version: int | None = None, **changes: Any
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        row = self._row(official_id)
        label = f"Data pejabat {row.nama or row.jabatan}"
        return edit(self.session, row, changes, expected_version, entity="official", label=label)

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(OfficialRow)) or 0)


class OpdRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, opd_id: int) -> OpdRow:
        row = locked_get(self.session, OpdRow, opd_id)
        if row is None:
            raise NotFound(f"OPD #{opd_id} tidak ditemukan.")
        return row

    def by_name(self, nama: str) -> OpdRecord | None:
        row = self.session.scalar(select(OpdRow).where(func.lower(OpdRow.nama) == nama.lower()))
        return None if row is None else opd_record(row)

    def add(self, *, nama: str, singkatan: str, jenis: str) -> OpdRecord:
        if self.by_name(nama) is not None:
            raise Conflict(f"OPD '{nama}' sudah ada.")
        row = OpdRow(nama=nama, singkatan=singkatan, jenis=jenis, active=True)
        self.session.add(row)
        self.session.flush()
        return opd_record(row)

    def update(
        self, opd_id: int, expected_version: int | None = None, **changes: Any
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        row = self._row(opd_id)
        if "nama" in changes:
            other = self.by_name(changes["nama"])
            if other is not None and other.id != opd_id:
                raise Conflict(f"OPD '{changes['nama']}' sudah ada.")
        return edit(self.session, row, changes, expected_version, entity="opd", label=f"Data OPD {row.nama}")

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(OpdRow)) or 0)


class ClassificationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, code_id: int) -> ClassificationRow:
        row = locked_get(self.session, ClassificationRow, code_id)
        if row is None:
            raise NotFound(f"Kode klasifikasi #{code_id} tidak ditemukan.")
        return row

    def find(self, scheme: str, kode: str) -> ClassificationRecord | None:
        row = self.session.scalar(
            select(ClassificationRow).where(ClassificationRow.scheme == scheme, ClassificationRow.kode == kode)
        )
        return None if row is None else classification_record(row)

    def add(self, *, scheme: str, kode: str, uraian: str) -> ClassificationRecord:
        if self.find(scheme, kode) is not None:
            raise Conflict(f"Kode klasifikasi {kode} sudah ada.")
        row = ClassificationRow(scheme=scheme, kode=kode, uraian=uraian, active=True)
        self.session.add(row)
        self.session.flush()
        return classification_record(row)

    def update(
        self, code_id: int, expected_version: int | None = None, **changes: Any
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        row = self._row(code_id)
        label = f"Kode klasifikasi {row.kode}"
        return edit(self.session, row, changes, expected_version, entity="classification_code", label=label)

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(ClassificationRow)) or 0)


@dataclass(frozen=True)
class SopVersionRef:
    id: int
    version: int
    content_hash: str


# The order that puts the SOP version in force first: loaded (or reinstated) last.
CURRENT_SOP_FIRST = (SopVersionRow.loaded_at.desc(), SopVersionRow.version.desc())


class SopRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_version(self, nomor: str, content_hash: str) -> SopVersionRef | None:
        row = self.session.scalar(
            select(SopVersionRow).where(SopVersionRow.nomor == nomor, SopVersionRow.content_hash == content_hash)
        )
        return None if row is None else SopVersionRef(row.id, row.version, row.content_hash)

    def current_version(self, nomor: str) -> SopVersionRef | None:
        """The version in force: the one loaded (or reinstated) last."""
        row = self.session.scalar(
            select(SopVersionRow).where(SopVersionRow.nomor == nomor).order_by(*CURRENT_SOP_FIRST).limit(1)
        )
        return None if row is None else SopVersionRef(row.id, row.version, row.content_hash)

    def reinstate(self, version_id: int) -> None:
        """Put an earlier version back in force (its definition file was restored)."""
        row = self.session.get(SopVersionRow, version_id)
        if row is None:
            raise NotFound(f"Versi SOP #{version_id} tidak ditemukan.")
        row.loaded_at = now_utc()

    def latest_version(self, nomor: str) -> int:
        return int(
            self.session.scalar(select(func.max(SopVersionRow.version)).where(SopVersionRow.nomor == nomor)) or 0
        )

    def add_version(self, definition: SopDefinition, version: int) -> int:
        row = SopVersionRow(
            nomor=definition.nomor,
            version=version,
            content_hash=definition.content_hash(),
            definition=json.dumps(definition.to_dict(), ensure_ascii=False),
            source=definition.source[-500:],
            loaded_at=now_utc(),
        )
        self.session.add(row)
        self.session.flush()
        for position, lane in enumerate(definition.lanes, start=1):
            self.session.add(SopLaneRow(sop_version_id=row.id, position=position, code=lane.code, nama=lane.nama))
        for step in definition.steps:
            self.session.add(
                SopStepRow(
                    sop_version_id=row.id,
                    no=step.no,
                    uraian=step.uraian,
                    lanes=json.dumps(list(step.lanes)),
                    lead_lane=step.lead_lane,
                    kelengkapan=json.dumps(list(step.kelengkapan), ensure_ascii=False),
                    waktu_hari=step.waktu_hari,
                    output=json.dumps(list(step.output), ensure_ascii=False),
                    keterangan=step.keterangan,
                    returns_to=step.returns_to,
                )
            )
        self.session.flush()
        return row.id


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> Any:
        row = self.session.get(SettingRow, key)
        return None if row is None else json.loads(row.value)

    def values(self, *keys: str) -> dict[str, Any]:
        """Several settings in one query (those never saved are left out)."""
        rows = self.session.execute(select(SettingRow.key, SettingRow.value).where(SettingRow.key.in_(keys)))
        return {key: json.loads(value) for key, value in rows}

    def version(self, key: str) -> int:
        """The setting's version (0 while it has never been saved)."""
        row = self.session.get(SettingRow, key)
        return 0 if row is None else row.version

    def set(self, key: str, value: Any, expected_version: int | None = None) -> tuple[Any, Any]:
        """Save ``value`` based on ``expected_version`` (0: the setting was never saved; None:
        no check)."""
        row = locked_get(self.session, SettingRow, key)
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
        current = 0 if row is None else row.version
        if expected_version is not None and expected_version != current:
            raise stale_record(self.session, "setting", key, f"Pengaturan '{key}'", current)
        if row is None:
            self.session.add(SettingRow(key=key, value=encoded, updated_at=now_utc(), version=1))
            return None, value
        old = json.loads(row.value)
        if row.value != encoded:
            row.value = encoded
            row.updated_at = now_utc()
            row.version += 1
        return old, value


def calendar_override_record(row: CalendarOverrideRow) -> CalendarOverride:
    return CalendarOverride(row.tanggal, OverrideKind(row.kind), row.keterangan, row.active, row.updated_by)


class CalendarRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def overrides(self) -> list[CalendarOverride]:
        rows = self.session.scalars(select(CalendarOverrideRow).order_by(CalendarOverrideRow.tanggal))
        return [calendar_override_record(r) for r in rows]

    def get(self, day: date) -> CalendarOverride | None:
        row = self.session.scalar(select(CalendarOverrideRow).where(CalendarOverrideRow.tanggal == day))
        return None if row is None else calendar_override_record(row)

    def set(
        self, day: date, kind: OverrideKind, keterangan: str, active: bool, updated_by: str
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        row = self.session.scalar(select(CalendarOverrideRow).where(CalendarOverrideRow.tanggal == day))
        values = {"kind": kind.value, "keterangan": keterangan, "active": active}
        if row is None:
            self.session.add(CalendarOverrideRow(tanggal=day, updated_by=updated_by, updated_at=now_utc(), **values))
            self.session.flush()
            return {}, values
        before, after = apply_changes(row, values)
        if after:
            row.updated_by, row.updated_at = updated_by, now_utc()
        return before, after
