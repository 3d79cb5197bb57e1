"""Read models: frozen records that cross the layer borders instead of ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sopdesk.domain.roles import Role


@dataclass(frozen=True)
class Actor:
    """Who is acting: the logged-in user (or the CLI's ``--as`` user)."""

    user_id: int | None
    username: str
    role: Role
    nama: str = ""

    @classmethod
    def system(cls) -> Actor:
        return cls(user_id=None, username="system", role=Role.ADMIN, nama="Sistem")


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    nama: str
    nip: str
    role: Role
    active: bool
    official_id: int | None
    created_at: datetime
    last_login_at: datetime | None = None
    version: int = 1


@dataclass(frozen=True)
class OfficialRecord:
    id: int
    lane: str
    nama: str
    jabatan: str
    nip: str
    active: bool
    pangkat: str = ""  # pangkat/golongan as the signer block prints it: "Pembina (IV/a)"
    version: int = 1


@dataclass(frozen=True)
class OpdRecord:
    id: int
    nama: str
    singkatan: str
    jenis: str
    active: bool
    version: int = 1


@dataclass(frozen=True)
class ClassificationRecord:
    id: int
    scheme: str
    kode: str
    uraian: str
    active: bool
    version: int = 1


@dataclass(frozen=True)
class SopVersionRecord:
    id: int
    nomor: str
    version: int
    content_hash: str
    source: str
    loaded_at: datetime
    current: bool


@dataclass(frozen=True)
class AuditEventRecord:
    id: int
    at: datetime
    actor: str
    on_behalf_of: str | None
    action: str
    entity: str
    entity_id: str | None
    before: str | None
    after: str | None


@dataclass(frozen=True)
class CheckProblem:
    where: str
    message: str


@dataclass(frozen=True)
class DatabaseSummary:
    users: int
    officials: int
    opd: int
    classification_codes: int
    sop_versions: int
    audit_events: int
