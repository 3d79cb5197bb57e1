"""Errors the services raise; every message is Indonesian and meant for the user."""

from __future__ import annotations


class DomainError(Exception):
    """A refusal the user can act on. ``str(err)`` is the Indonesian message."""


class ValidationError(DomainError):
    """One or more fields hold bad input; ``fields`` maps field name to message."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.fields.items()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


class PermissionDenied(DomainError):
    pass


class AccountChanged(PermissionDenied):
    """The acting user was deactivated or given another role since logging in; ``active`` and
    ``role`` (a :class:`~sopdesk.domain.roles.Role`, or None) say what the account is now."""

    def __init__(self, message: str, *, active: bool, role: object) -> None:
        super().__init__(message)
        self.active = active
        self.role = role


class NotFound(DomainError):
    pass


class Conflict(DomainError):
    pass


class AuthenticationFailed(DomainError):
    """Wrong credentials; ``wait_seconds`` is how long the login screen must wait."""

    def __init__(self, message: str, wait_seconds: float = 0.0) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class SopDefinitionError(ValueError):
    """A malformed SOP definition file, with the file, the line and the field at fault."""

    def __init__(self, file: str, line: int | None, field_path: str, message: str) -> None:
        self.file = file
        self.line = line
        self.field_path = field_path
        self.message = message
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {field_path}: {message}")


class StaleRecord(Conflict):
    """A save based on a version another seat has since replaced; nothing was written.

    ``by`` and ``at`` say who saved the newer version and when (from the audit trail), so the
    form can tell the user and keep what they typed.
    """

    def __init__(self, message: str, *, by: str = "", at: str = "", current_version: int | None = None) -> None:
        super().__init__(message)
        self.by = by
        self.at = at
        self.current_version = current_version


class StorageFault(DomainError):
    """The database could not do what was asked (locked, full, read-only, gone, corrupt, no
    rights). ``str(fault)`` says in Indonesian what happened and what to do; ``kind`` is one of
    the ``FAULT_*`` names below; nothing was written."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


FAULT_LOCKED = "terkunci"
FAULT_TIMEOUT = "lambat"
FAULT_GONE = "terputus"
FAULT_FULL = "penuh"
FAULT_READ_ONLY = "hanya-baca"
FAULT_NO_RIGHTS = "tanpa-hak"
FAULT_CORRUPT = "rusak"
FAULT_LOGIN = "login-server"
FAULT_NO_DATABASE = "tidak-ada"
