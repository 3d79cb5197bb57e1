"""Argon2id password hashes (the only importer of argon2)."""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP Password Storage Cheat Sheet minimum for Argon2id: m=19 MiB, t=2, p=1.
MEMORY_KIB = 19 * 1024
TIME_COST = 2
PARALLELISM = 1

_hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM, type=Type.ID)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


_dummy: list[str] = []


def dummy_hash() -> str:
    """A hash to verify against when the user does not exist, so both paths cost the same."""
    if not _dummy:
        _dummy.append(_hasher.hash("sopdesk-no-such-user"))
    return _dummy[0]
