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
