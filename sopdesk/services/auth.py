"""Logging in and changing passwords."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sopdesk.domain.changes import Changes
from sopdesk.domain.errors import AuthenticationFailed
from sopdesk.domain.records import Actor
from sopdesk.domain.validation import check_password, raise_if
from sopdesk.services import passwords
from sopdesk.store.database import Database
from sopdesk.store.queries import credentials
from sopdesk.store.repositories import Credentials
from sopdesk.store.uow import UnitOfWork

LOGIN_FAILED = "Nama pengguna atau kata sandi salah."


def login_delay_seconds(failed_attempts: int) -> float:
    """How long the login dialog waits after ``failed_attempts`` wrong passwords in a row."""
    if failed_attempts < 3:
        return 0.0
    return float(min(30, 2 ** (failed_attempts - 2)))


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    rehashed: bool


@dataclass(frozen=True)
class LoginRefused:
    message: str
    failed_attempts: int
    wait_seconds: float


def remaining_wait(failed_attempts: int, last_failed_at: datetime | None, now: datetime) -> float:
    if last_failed_at is None:
        return 0.0
    elapsed = (now - last_failed_at).total_seconds()
    return max(0.0, login_delay_seconds(failed_attempts) - elapsed)


def authenticate(db: Database, username: str, password: str) -> LoginResult:
    """Check a password; raise :class:`AuthenticationFailed` with the wait, if any.

    Failed attempts are counted per user in the database, so the delay holds across seats
    and restarts; a correct password within the delay is refused too.

    Argon2 runs outside any transaction: reading the credentials takes no lock, and only the
    outcome is written, under the write lock, against the row as it is then. So a seat
    logging in never holds up the other seats' writes (nor the start-up's own) for the tens
    of milliseconds the hash takes. If the password changed meanwhile (another seat reset or
    rehashed it), the check runs once more against the new hash.
    """
    username = username.strip().lower()
    for _ in range(2):
        result = _check_once(db, username, password)
        if result is not None:
            return result
    raise AuthenticationFailed(LOGIN_FAILED)


def _check_once(db: Database, username: str, password: str) -> LoginResult | None:
    """The login, or None when the stored hash changed while it was being checked."""
    creds = credentials(db, username)
    if creds is None or not creds.user.active:
        passwords.verify_password(passwords.dummy_hash(), password)
        raise AuthenticationFailed(LOGIN_FAILED)
    _refuse_while_waiting(creds)
    correct = passwords.verify_password(creds.password_hash, password)
    actor = Actor(creds.user.id, creds.user.username, creds.user.role, creds.user.nama)
    with UnitOfWork(db) as uow:
        fresh = uow.users.credentials(username)
        if fresh is None or not fresh.user.active:  # deactivated while the hash was checked
            raise AuthenticationFailed(LOGIN_FAILED)
        if fresh.password_hash != creds.password_hash:
            return None
        if not correct:
            attempts = uow.users.record_failure(creds.user.id)
            uow.audit.append(
                actor,
                "user.login_failed",
                "app_user",
                creds.user.id,
                after={"failed_attempts": attempts},
            )
            uow.commit()
            wait = login_delay_seconds(attempts)
            suffix = f" Tunggu {int(wait)} detik sebelum mencoba lagi." if wait else ""
            raise AuthenticationFailed(LOGIN_FAILED + suffix, wait)
        _refuse_while_waiting(fresh)  # another seat's failures meanwhile
        rehashed = passwords.needs_rehash(creds.password_hash)
        if rehashed:
            uow.users.set_password_hash(creds.user.id, passwords.hash_password(password))
        uow.users.record_login(creds.user.id)
        uow.audit.append(actor, "user.login", "app_user", creds.user.id, after={"rehashed": rehashed})
        uow.commit()
        return LoginResult(actor, rehashed)


def _refuse_while_waiting(creds: Credentials) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    wait = remaining_wait(creds.failed_attempts, creds.last_failed_at, now)
    if wait > 0:
        raise AuthenticationFailed(f"Terlalu banyak percobaan gagal. Coba lagi dalam {int(wait + 0.999)} detik.", wait)


def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> Changes:
    raise_if({"new_password": check_password(new_password)})
    if actor.user_id is None:
        raise AuthenticationFailed("Pengguna sistem tidak memiliki kata sandi.")
    with UnitOfWork(db) as uow:
        creds = uow.users.credentials(actor.username)
        if creds is None or not passwords.verify_password(creds.password_hash, old_password):
            raise AuthenticationFailed("Kata sandi lama salah.")
        if old_password == new_password:
            raise_if({"new_password": "Kata sandi baru harus berbeda dari yang lama."})
        uow.users.set_password_hash(actor.user_id, passwords.hash_password(new_password))
        uow.audit.append(actor, "user.change_password", "app_user", actor.user_id)
        uow.commit()
    return uow.changes
