"""Repositories: the unit of work's view of each kind of record. They return domain records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Select, func, select, text, update
from sqlalchemy.orm import Session

from sopdesk.domain.agenda import LetterInput, LetterRecord, LetterStatus, Sifat, Sumber, Urgensi
from sopdesk.domain.cases import (
    NUMBER_SERIES,
    CaseEvent,
    CaseInfo,
    CaseStatus,
    CaseSummary,
    event_from_stored,
    event_step,
)
from sopdesk.domain.errors import Conflict, NotFound
from sopdesk.domain.records import (
    ClassificationRecord,
    OfficialRecord,
    OpdRecord,
    UserRecord,
)
from sopdesk.domain.roles import Role
from sopdesk.domain.sop import SopDefinition, sop_from_dict
from sopdesk.domain.workdays import CalendarOverride, OverrideKind
from sopdesk.store.audit import now_utc
from sopdesk.store.rows import (
    CalendarOverrideRow,
    CaseEventRow,
    CaseRow,
    ClassificationRow,
    LetterRow,
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
    )


def official_record(row: OfficialRow) -> OfficialRecord:
    return OfficialRecord(
        id=row.id,
        lane=row.lane,
        nama=row.nama,
        jabatan=row.jabatan,
        nip=row.nip,
        active=row.active,
    )


def opd_record(row: OpdRow) -> OpdRecord:
    return OpdRecord(id=row.id, nama=row.nama, singkatan=row.singkatan, jenis=row.jenis, active=row.active)


def classification_record(row: ClassificationRow) -> ClassificationRecord:
    return ClassificationRecord(id=row.id, scheme=row.scheme, kode=row.kode, uraian=row.uraian, active=row.active)


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

    def _row(self, user_id: int) -> UserRow:
        row = self.session.get(UserRow, user_id)
        if row is None:
            raise NotFound(f"Pengguna #{user_id} tidak ditemukan.")
        return row

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

    def update(self, user_id: int, **changes: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        return apply_changes(self._row(user_id), changes)

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        row = self._row(user_id)
        row.password_hash = password_hash
        row.password_changed_at = now_utc()

    def record_failure(self, user_id: int) -> int:
        row = self._row(user_id)
        row.failed_attempts += 1
        row.last_failed_at = now_utc()
        return row.failed_attempts

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
        row = self.session.get(OfficialRow, official_id)
        if row is None:
            raise NotFound(f"Pejabat #{official_id} tidak ditemukan.")
        return row

    def get(self, official_id: int) -> OfficialRecord:
        return official_record(self._row(official_id))

    def add(self, *, lane: str, nama: str, jabatan: str, nip: str) -> OfficialRecord:
        row = OfficialRow(lane=lane, nama=nama, jabatan=jabatan, nip=nip, active=True, created_at=now_utc())
        self.session.add(row)
        self.session.flush()
        return official_record(row)

    def update(self, official_id: int, **changes: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        return apply_changes(self._row(official_id), changes)

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(OfficialRow)) or 0)


class OpdRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, opd_id: int) -> OpdRow:
        row = self.session.get(OpdRow, opd_id)
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

    def update(self, opd_id: int, **changes: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        if "nama" in changes:
            other = self.by_name(changes["nama"])
            if other is not None and other.id != opd_id:
                raise Conflict(f"OPD '{changes['nama']}' sudah ada.")
        return apply_changes(self._row(opd_id), changes)

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(OpdRow)) or 0)


class ClassificationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, code_id: int) -> ClassificationRow:
        row = self.session.get(ClassificationRow, code_id)
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

    def update(self, code_id: int, **changes: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        return apply_changes(self._row(code_id), changes)

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(ClassificationRow)) or 0)


class SopRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_version(self, nomor: str, content_hash: str) -> int | None:
        return self.session.scalar(
            select(SopVersionRow.version).where(
                SopVersionRow.nomor == nomor, SopVersionRow.content_hash == content_hash
            )
        )

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

    def set(self, key: str, value: Any) -> tuple[Any, Any]:
        row = self.session.get(SettingRow, key)
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if row is None:
            self.session.add(SettingRow(key=key, value=encoded, updated_at=now_utc()))
            return None, value
        old = json.loads(row.value)
        row.value = encoded
        row.updated_at = now_utc()
        return old, value


def letter_record(row: LetterRow) -> LetterRecord:
    return LetterRecord(
        id=row.id,
        year=row.year,
        seq=row.seq,
        number=row.number,
        received_at=row.received_at,
        asal=row.asal,
        nomor_surat=row.nomor_surat,
        tanggal_surat=row.tanggal_surat,
        perihal=row.perihal,
        isi_ringkas=row.isi_ringkas,
        sifat=Sifat(row.sifat),
        urgensi=Urgensi(row.urgensi),
        lampiran=row.lampiran,
        kode=row.kode,
        sumber=Sumber(row.sumber),
        srikandi_no=row.srikandi_no,
        diteruskan_kepada=row.diteruskan_kepada,
        keterangan=row.keterangan,
        status=LetterStatus(row.status),
        voided=row.voided,
        void_reason=row.void_reason,
        created_by=row.created_by,
    )


LETTER_FIELDS = (
    "received_at",
    "asal",
    "nomor_surat",
    "tanggal_surat",
    "perihal",
    "isi_ringkas",
    "sifat",
    "urgensi",
    "lampiran",
    "kode",
    "sumber",
    "srikandi_no",
    "diteruskan_kepada",
    "keterangan",
)


def letter_values(cmd: LetterInput) -> dict[str, Any]:
    return {name: getattr(cmd, name) for name in LETTER_FIELDS}


class LetterRepository:
    SERIES = "agenda"

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, letter_id: int) -> LetterRow:
        row = self.session.get(LetterRow, letter_id)
        if row is None:
            raise NotFound(f"Surat #{letter_id} tidak ditemukan.")
        return row

    def get(self, letter_id: int) -> LetterRecord:
        return letter_record(self._row(letter_id))

    def by_number(self, number: str) -> LetterRecord | None:
        row = self.session.scalar(select(LetterRow).where(LetterRow.number == number))
        return None if row is None else letter_record(row)

    def next_seq(self, year: int) -> int:
        """Take the next number of ``year``: an upsert that locks the counter row until commit."""
        stmt = text(
            "INSERT INTO number_counter (series, year, last) VALUES (:series, :year, 1) "
            "ON CONFLICT (series, year) DO UPDATE SET last = number_counter.last + 1 RETURNING last"
        )
        return int(self.session.execute(stmt, {"series": self.SERIES, "year": year}).scalar_one())

    def claim_seq(self, year: int, seq: int) -> None:
        """Back-filling: keep a letter's original number and move the counter past it."""
        if self.session.scalar(select(LetterRow.id).where(LetterRow.year == year, LetterRow.seq == seq)):
            raise Conflict(f"Nomor urut {seq} tahun {year} sudah dipakai.")
        stmt = text(
            "INSERT INTO number_counter (series, year, last) VALUES (:series, :year, :seq) "
            "ON CONFLICT (series, year) DO UPDATE SET last = CASE WHEN number_counter.last < :seq "
            "THEN :seq ELSE number_counter.last END"
        )
        self.session.execute(stmt, {"series": self.SERIES, "year": year, "seq": seq})

    def add(
        self, cmd: LetterInput, *, year: int, seq: int, number: str, asal_opd_id: int | None, created_by: str
    ) -> LetterRecord:
        now = now_utc()
        row = LetterRow(
            year=year,
            seq=seq,
            number=number,
            asal_opd_id=asal_opd_id,
            status=LetterStatus.BELUM.value,
            voided=False,
            void_reason="",
            created_by=created_by,
            created_at=now,
            updated_at=now,
            **{k: (v.value if isinstance(v, StrEnum) else v) for k, v in letter_values(cmd).items()},
        )
        self.session.add(row)
        self.session.flush()
        return letter_record(row)

    def update(self, letter_id: int, **changes: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        row = self._row(letter_id)
        values = {k: (v.value if isinstance(v, StrEnum) else v) for k, v in changes.items()}
        before, after = apply_changes(row, values)
        if after:
            row.updated_at = now_utc()
        return before, after

    def same_sender_and_number(self, asal: str, nomor_surat: str) -> list[LetterRecord]:
        rows = self.session.scalars(
            select(LetterRow).where(
                func.lower(LetterRow.asal) == asal.lower(),
                func.lower(LetterRow.nomor_surat) == nomor_surat.lower(),
                LetterRow.voided.is_(False),
            )
        )
        return [letter_record(r) for r in rows]


# --- Berkas SP (issue 6) ----------------------------------------------------------------------

OPEN_CASE_STATUSES = (CaseStatus.AKTIF.value, CaseStatus.DITANGGUHKAN.value)
_SOP_CACHE: dict[str, SopDefinition] = {}  # by content hash: a stored version never changes


def split_lanes(text_value: str) -> tuple[str, ...]:
    return tuple(code for code in text_value.split(",") if code)


def case_event_record(row: CaseEventRow) -> CaseEvent:
    return event_from_stored(row.kind, row.seq, row.at, row.recorded_by, row.recorded_at, json.loads(row.payload))


def case_info_columns() -> tuple[Any, ...]:
    """The columns :func:`case_info_record` reads: the case joined to its letter, OPD and SOP."""
    return (
        CaseRow.id,
        CaseRow.number,
        CaseRow.letter_id,
        LetterRow.number.label("letter_number"),
        LetterRow.perihal,
        CaseRow.opd_id,
        OpdRow.nama.label("opd_nama"),
        CaseRow.jenis_layanan,
        CaseRow.sop_version_id,
        SopVersionRow.nomor.label("sop_nomor"),
        SopVersionRow.version.label("sop_version"),
        CaseRow.started_at,
        CaseRow.created_by,
        CaseRow.created_at,
    )


def case_info_select() -> Select[Any]:
    return (
        select(*case_info_columns())
        .join(LetterRow, LetterRow.id == CaseRow.letter_id)
        .join(OpdRow, OpdRow.id == CaseRow.opd_id)
        .join(SopVersionRow, SopVersionRow.id == CaseRow.sop_version_id)
    )


def case_info_record(row: Any) -> CaseInfo:
    return CaseInfo(
        id=row.id,
        number=row.number,
        letter_id=row.letter_id,
        letter_number=row.letter_number,
        perihal=row.perihal,
        opd_id=row.opd_id,
        opd_nama=row.opd_nama,
        jenis_layanan=tuple(json.loads(row.jenis_layanan)),
        sop_version_id=row.sop_version_id,
        sop_nomor=row.sop_nomor,
        sop_version=row.sop_version,
        started_at=row.started_at,
        created_by=row.created_by,
        created_at=row.created_at,
    )


def summary_values(summary: CaseSummary) -> dict[str, Any]:
    return {
        "status": summary.status.value,
        "current_step": summary.current_step,
        "lanes": ",".join(summary.lanes),
        "step_started_at": summary.step_started_at,
        "step_due_at": summary.step_due_at,
        "due_at": summary.due_at,
        "suspended_since": summary.suspended_since,
        "finished_at": summary.finished_at,
        "returns": summary.returns,
        "last_seq": summary.last_seq,
    }


def sop_definition_of(session: Session, version_id: int) -> SopDefinition:
    """A stored SOP version's definition, parsed once per process per content."""
    digest = session.scalar(select(SopVersionRow.content_hash).where(SopVersionRow.id == version_id))
    if digest is None:
        raise NotFound(f"Versi SOP #{version_id} tidak ditemukan.")
    cached = _SOP_CACHE.get(digest)
    if cached is None:
        stored = session.scalar(select(SopVersionRow.definition).where(SopVersionRow.id == version_id))
        cached = sop_from_dict(json.loads(stored or "{}"))
        _SOP_CACHE[digest] = cached
    return cached


class CaseRepository:
    SERIES = NUMBER_SERIES

    def __init__(self, session: Session) -> None:
        self.session = session

    def next_seq(self, year: int) -> int:
        """The next case number of ``year``, gapless like the agenda (locked until commit)."""
        stmt = text(
            "INSERT INTO number_counter (series, year, last) VALUES (:series, :year, 1) "
            "ON CONFLICT (series, year) DO UPDATE SET last = number_counter.last + 1 RETURNING last"
        )
        return int(self.session.execute(stmt, {"series": self.SERIES, "year": year}).scalar_one())

    def current_sop_version_id(self) -> int:
        """The SOP in force: the newest version of the SOP loaded last."""
        version_id = self.session.scalar(
            select(SopVersionRow.id).order_by(SopVersionRow.loaded_at.desc(), SopVersionRow.version.desc()).limit(1)
        )
        if version_id is None:
            raise NotFound("Belum ada SOP dimuat. Jalankan 'sopdesk init'.")
        return int(version_id)

    def sop_definition(self, version_id: int) -> SopDefinition:
        return sop_definition_of(self.session, version_id)

    def letter_facts(self, letter_id: int) -> tuple[int | None, datetime]:
        """The OPD a letter came from (if it is in the OPD list) and when it was typed in (UTC)."""
        row = self.session.execute(
            select(LetterRow.asal_opd_id, LetterRow.created_at).where(LetterRow.id == letter_id)
        ).one_or_none()
        if row is None:
            raise NotFound(f"Surat #{letter_id} tidak ditemukan.")
        return row.asal_opd_id, row.created_at

    def opd_name(self, opd_id: int) -> str:
        nama = self.session.scalar(select(OpdRow.nama).where(OpdRow.id == opd_id))
        if nama is None:
            raise NotFound(f"OPD #{opd_id} tidak ditemukan.")
        return str(nama)

    def lane_official(self, lane: str) -> OfficialRecord | None:
        """The active official holding ``lane`` (the first registered, if several)."""
        row = self.session.scalar(
            select(OfficialRow).where(OfficialRow.lane == lane, OfficialRow.active.is_(True)).order_by(OfficialRow.id)
        )
        return None if row is None else official_record(row)

    def for_letter(self, letter_id: int) -> list[tuple[int, str, CaseStatus]]:
        """(id, number, status) of every case of a letter, oldest first."""
        stmt = select(CaseRow.id, CaseRow.number, CaseRow.status).where(CaseRow.letter_id == letter_id)
        rows = self.session.execute(stmt.order_by(CaseRow.id))
        return [(r.id, r.number, CaseStatus(r.status)) for r in rows]

    def add(
        self,
        *,
        year: int,
        seq: int,
        number: str,
        letter_id: int,
        opd_id: int,
        jenis_layanan: tuple[str, ...],
        sop_version_id: int,
        started_at: datetime,
        created_by: str,
        summary: CaseSummary,
    ) -> int:
        now = now_utc()
        row = CaseRow(
            year=year,
            seq=seq,
            number=number,
            letter_id=letter_id,
            opd_id=opd_id,
            jenis_layanan=json.dumps(list(jenis_layanan), ensure_ascii=False),
            sop_version_id=sop_version_id,
            started_at=started_at,
            created_by=created_by,
            created_at=now,
            updated_at=now,
            **summary_values(summary),
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def info(self, case_id: int, *, lock: bool = False) -> CaseInfo:
        """The case's identity; ``lock`` holds the case row until commit (PostgreSQL), so two
        seats recording on the same case take turns and the second sees the first's event."""
        if lock:
            self.session.execute(select(CaseRow.id).where(CaseRow.id == case_id).with_for_update())
        row = self.session.execute(case_info_select().where(CaseRow.id == case_id)).one_or_none()
        if row is None:
            raise NotFound(f"Berkas #{case_id} tidak ditemukan.")
        return case_info_record(row)

    def events(self, case_id: int) -> list[CaseEvent]:
        rows = self.session.scalars(
            select(CaseEventRow).where(CaseEventRow.case_id == case_id).order_by(CaseEventRow.seq)
        )
        return [case_event_record(r) for r in rows]

    def append(self, case_id: int, event: CaseEvent, on_behalf_of: str | None = None) -> int:
        row = CaseEventRow(
            case_id=case_id,
            seq=event.seq,
            kind=event.kind.value,
            step=event_step(event),
            at=event.at,
            payload=json.dumps(event.payload(), ensure_ascii=False, sort_keys=True),
            recorded_by=event.recorded_by,
            on_behalf_of=on_behalf_of,
            recorded_at=event.recorded_at,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def save_summary(self, case_id: int, summary: CaseSummary) -> None:
        self.session.execute(
            update(CaseRow).where(CaseRow.id == case_id).values(updated_at=now_utc(), **summary_values(summary))
        )

    def infos(self, ids: list[int]) -> dict[int, CaseInfo]:
        found: dict[int, CaseInfo] = {}
        for start in range(0, len(ids), 1000):
            for row in self.session.execute(case_info_select().where(CaseRow.id.in_(ids[start : start + 1000]))):
                found[row.id] = case_info_record(row)
        return found

    def events_of(self, ids: list[int]) -> dict[int, list[CaseEvent]]:
        found: dict[int, list[CaseEvent]] = {i: [] for i in ids}
        for start in range(0, len(ids), 1000):
            stmt = (
                select(CaseEventRow)
                .where(CaseEventRow.case_id.in_(ids[start : start + 1000]))
                .order_by(CaseEventRow.case_id, CaseEventRow.seq)
            )
            for r in self.session.scalars(stmt):
                found[r.case_id].append(case_event_record(r))
        return found

    def save_summaries(self, summaries: dict[int, CaseSummary]) -> None:
        """Many cases' derived columns at once (an UPDATE by primary key per row, batched)."""
        now = now_utc()
        rows = [{"id": case_id, "updated_at": now, **summary_values(s)} for case_id, s in summaries.items()]
        if rows:
            self.session.execute(update(CaseRow), rows)

    def open_ids(self) -> list[int]:
        return list(self.session.scalars(select(CaseRow.id).where(CaseRow.status.in_(OPEN_CASE_STATUSES))))


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
