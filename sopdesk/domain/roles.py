"""Roles and the permission matrix. Services check it; widgets only mirror it."""

from __future__ import annotations

from enum import StrEnum

from sopdesk.domain.errors import PermissionDenied


class Role(StrEnum):
    ADMIN = "admin"
    STAF = "staf"
    KASUBAG = "kasubag"
    KABAG = "kabag"
    PIMPINAN = "pimpinan"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: "Administrator",
    Role.STAF: "Staf",
    Role.KASUBAG: "Kasubag",
    Role.KABAG: "Kabag Organisasi",
    Role.PIMPINAN: "Pimpinan (hanya baca)",
}


class Permission(StrEnum):
    READ = "read"
    MANAGE_USERS = "manage_users"
    MANAGE_MASTER_DATA = "manage_master_data"
    MANAGE_SETTINGS = "manage_settings"
    LOAD_SOP = "load_sop"
    BACKUP = "backup"
    REGISTER_MAIL = "register_mail"
    CORRECT_MAIL = "correct_mail"
    VOID_MAIL = "void_mail"  # issue 13: voiding takes a letter out of the book's count
    WRITE_DISPOSITION = "write_disposition"
    TRANSCRIBE_DISPOSITION = "transcribe_disposition"
    FORWARD_DISPOSITION = "forward_disposition"
    RECORD_STEP = "record_step"
    MANAGE_CASE = "manage_case"  # issue 6: extend a due date, cancel a case
    EDIT_SP = "edit_sp"  # issue 16: write the Standar Pelayanan, its SK and Berita Acara


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.READ: "melihat data",
    Permission.MANAGE_USERS: "mengelola pengguna",
    Permission.MANAGE_MASTER_DATA: "mengubah data induk",
    Permission.MANAGE_SETTINGS: "mengubah pengaturan",
    Permission.LOAD_SOP: "memuat definisi SOP",
    Permission.BACKUP: "membuat cadangan basis data",
    Permission.REGISTER_MAIL: "mencatat surat masuk",
    Permission.CORRECT_MAIL: "mengoreksi surat",
    Permission.VOID_MAIL: "membatalkan surat",
    Permission.WRITE_DISPOSITION: "menulis disposisi",
    Permission.TRANSCRIBE_DISPOSITION: "mencatat disposisi atas nama pejabat",
    Permission.FORWARD_DISPOSITION: "meneruskan disposisi",
    Permission.RECORD_STEP: "mencatat langkah SOP",
    Permission.MANAGE_CASE: "memperpanjang tenggat atau membatalkan berkas SP",
    Permission.EDIT_SP: "menyusun standar pelayanan",
}

_ALL = frozenset(Permission)

# Policy (issue 13): a Staf registers and corrects letters but does not void them. A void takes
# an entry out of the agenda book's count for good (its number is never given again), so it is
# decided by the Kasubag, the Kabag or the administrator: a second pair of eyes on the book, as
# on paper, where the clerk asks the head of the sub-section before striking an entry through.
# The Kasubag may type in a handwritten disposition of the Bupati, the Sekda or the Asda III as
# well as the Kabag's (TRANSCRIBE_DISPOSITION): those officials never touch a keyboard and their
# dispositions reach the bureau on paper; the record keeps both the official who signed and the
# user who typed it, and the trail names them.
MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.KABAG: frozenset(
        {
            Permission.READ,
            Permission.BACKUP,
            Permission.WRITE_DISPOSITION,
            Permission.FORWARD_DISPOSITION,
            Permission.RECORD_STEP,
            Permission.CORRECT_MAIL,
            Permission.VOID_MAIL,
            Permission.MANAGE_CASE,
            Permission.EDIT_SP,
        }
    ),
    Role.KASUBAG: frozenset(
        {
            Permission.READ,
            Permission.BACKUP,
            Permission.REGISTER_MAIL,
            Permission.CORRECT_MAIL,
            Permission.VOID_MAIL,
            Permission.FORWARD_DISPOSITION,
            Permission.TRANSCRIBE_DISPOSITION,
            Permission.RECORD_STEP,
            Permission.MANAGE_MASTER_DATA,
            Permission.MANAGE_CASE,
            Permission.EDIT_SP,
        }
    ),
    Role.STAF: frozenset(
        {
            Permission.READ,
            Permission.REGISTER_MAIL,
            Permission.CORRECT_MAIL,
            Permission.FORWARD_DISPOSITION,
            Permission.RECORD_STEP,
            Permission.EDIT_SP,
        }
    ),
    Role.PIMPINAN: frozenset({Permission.READ}),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in MATRIX[role]


def require(role: Role, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` with an Indonesian message unless allowed."""
    if not allowed(role, permission):
        raise PermissionDenied(f"Peran {role.label} tidak berwenang {PERMISSION_LABELS[permission]}.")


# --- Berkas SP (issue 6): which SOP lanes each role may record a step for -------------------
# A step may be recorded by a role holding RECORD_STEP when one of the step's lanes is listed
# here. Officials who never touch a keyboard (Bupati, Sekda, Asda III) have their steps
# recorded on their behalf by Staf or Kasubag; the Kasubag also transcribes the Kabag's
# disposition (as for TRANSCRIBE_DISPOSITION). The administrator may record any lane. Lane
# codes are those of SOP 01.048.2017; a lane a new SOP adds is open to the administrator
# until it is listed here.

ON_BEHALF_LANES = frozenset({"bupati", "sekda", "asda3"})

ROLE_LANES: dict[Role, frozenset[str]] = {
    Role.KABAG: frozenset({"kabag"}),
    Role.KASUBAG: frozenset({"kasubag", "staf", "opd", "kabag"}) | ON_BEHALF_LANES,
    Role.STAF: frozenset({"staf", "opd"}) | ON_BEHALF_LANES,
    Role.PIMPINAN: frozenset(),
}


def may_record_lanes(role: Role, lanes: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether ``role`` may record a step carried out in any of ``lanes``."""
    if not allowed(role, Permission.RECORD_STEP):
        return False
    if role is Role.ADMIN:
        return True
    return bool(ROLE_LANES.get(role, frozenset()) & set(lanes))


def require_lanes(role: Role, lanes: tuple[str, ...], step_label: str, lane_names: str) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` may record a step in ``lanes``."""
    require(role, Permission.RECORD_STEP)
    if not may_record_lanes(role, lanes):
        raise PermissionDenied(f"Peran {role.label} tidak berwenang mencatat {step_label}: pelaksananya {lane_names}.")
