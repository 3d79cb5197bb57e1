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
    WRITE_DISPOSITION = "write_disposition"
    TRANSCRIBE_DISPOSITION = "transcribe_disposition"
    FORWARD_DISPOSITION = "forward_disposition"
    RECORD_STEP = "record_step"


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.READ: "melihat data",
    Permission.MANAGE_USERS: "mengelola pengguna",
    Permission.MANAGE_MASTER_DATA: "mengubah data induk",
    Permission.MANAGE_SETTINGS: "mengubah pengaturan",
    Permission.LOAD_SOP: "memuat definisi SOP",
    Permission.BACKUP: "membuat cadangan basis data",
    Permission.REGISTER_MAIL: "mencatat surat masuk",
    Permission.CORRECT_MAIL: "mengoreksi atau membatalkan surat",
    Permission.WRITE_DISPOSITION: "menulis disposisi",
    Permission.TRANSCRIBE_DISPOSITION: "mencatat disposisi atas nama pejabat",
    Permission.FORWARD_DISPOSITION: "meneruskan disposisi",
    Permission.RECORD_STEP: "mencatat langkah SOP",
}

_ALL = frozenset(Permission)

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
        }
    ),
    Role.KASUBAG: frozenset(
        {
            Permission.READ,
            Permission.BACKUP,
            Permission.REGISTER_MAIL,
            Permission.CORRECT_MAIL,
            Permission.FORWARD_DISPOSITION,
            Permission.TRANSCRIBE_DISPOSITION,
            Permission.RECORD_STEP,
            Permission.MANAGE_MASTER_DATA,
        }
    ),
    Role.STAF: frozenset(
        {
            Permission.READ,
            Permission.REGISTER_MAIL,
            Permission.CORRECT_MAIL,
            Permission.FORWARD_DISPOSITION,
            Permission.RECORD_STEP,
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
