"""Logging in and changing passwords."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sopdesk.domain.changes import Changes
from sopdesk.domain.errors import FAULT_READ_ONLY, AuthenticationFailed, StorageFault
from sopdesk.domain.records import Actor
from sopdesk.domain.validation import check_password, raise_if
from sopdesk.services import passwords
from sopdesk.store.database import Database
from sopdesk.store.queries import credentials
from sopdesk.store.repositories import Credentials
from sopdesk.store.uow import UnitOfWork

LOGIN_FAILED = "Nama pengguna atau kata sandi salah."


MAX_DELAY = 30.0


def login_delay_seconds(failed_attempts: int) -> float:
    """How long the next attempt is slowed after ``failed_attempts`` wrong passwords in a row."""
    if failed_attempts < 3:
        return 0.0
    return float(min(MAX_DELAY, 2 ** min(failed_attempts - 2, 10)))


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    rehashed: bool
    # Wrong passwords for this account since its last login, and the last one's time (UTC):
    # the owner is told, so a guesser is noticed.
    failed_before: int = 0
    last_failed_at: datetime | None = None


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


def authenticate(
    db: Database, username: str, password: str, *, wait: Callable[[float], None] = time.sleep
) -> LoginResult:
    """Check a password; raise :class:`AuthenticationFailed` when it is wrong.

    Failed attempts are counted per user in the database (across seats and restarts). From the
    third one on, each attempt is slowed, never refused: it waits (``wait``) until the delay
    that was in force when it started has passed, then the password is checked. A guesser gets
    one guess per delay; the owner typing the right password gets in, at most half a minute
    later, however often someone else keeps guessing (issue 13: a delay that refused even the
    right password kept the owner out for as long as anyone kept trying).

    Argon2 runs outside any transaction: reading the credentials takes no lock, and only the
    outcome is written, under the write lock, against the row as it is then. So a seat
    logging in never holds up the other seats' writes (nor the start-up's own) for the tens
    of milliseconds the hash takes. If the password changed meanwhile (another seat reset or
    rehashed it), the check runs once more against the new hash.
    """
    username = username.strip().lower()
    slowed = False
    for _ in range(2):
        result = _check_once(db, username, password, wait if not slowed else _no_wait)
        slowed = True
        if result is not None:
            return result
    raise AuthenticationFailed(LOGIN_FAILED)


def _no_wait(_seconds: float) -> None:
    return None


def _check_once(db: Database, username: str, password: str, wait: Callable[[float], None]) -> LoginResult | None:
    """The login, or None when the stored hash changed while it was being checked."""
    creds = credentials(db, username)
    if creds is None or not creds.user.active:
        passwords.verify_password(passwords.dummy_hash(), password)
        raise AuthenticationFailed(LOGIN_FAILED)
    pending = remaining_wait(creds.failed_attempts, creds.last_failed_at, datetime.now(UTC).replace(tzinfo=None))
    if pending > 0:
        wait(min(pending, MAX_DELAY))  # slowed, not refused
    correct = passwords.verify_password(creds.password_hash, password)
    actor = Actor(creds.user.id, creds.user.username, creds.user.role, creds.user.nama)
    try:
        return _record_outcome(db, username, password, creds, correct, actor)
    except StorageFault as fault:
        if fault.kind != FAULT_READ_ONLY:
            raise
        # A read-only database (a write-protected medium): nothing can be recorded, not even
        # this login; reading (and a rescue backup) still needs to know who is there.
        if not correct:
            raise AuthenticationFailed(LOGIN_FAILED) from None
        return LoginResult(actor, False, creds.failed_attempts, creds.last_failed_at)


def _record_outcome(
    db: Database, username: str, password: str, creds: Credentials, correct: bool, actor: Actor
) -> LoginResult | None:
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
            delay = login_delay_seconds(attempts)
            suffix = (
                f" Percobaan gagal berturut-turut untuk akun ini: {attempts}; percobaan berikutnya ditunda "
                f"{int(delay)} detik."
                if delay
                else ""
            )
            raise AuthenticationFailed(LOGIN_FAILED + suffix, delay)
        rehashed = passwords.needs_rehash(creds.password_hash)
        if rehashed:
            uow.users.set_password_hash(creds.user.id, passwords.hash_password(password))
        uow.users.record_login(creds.user.id)
        uow.audit.append(
            actor,
            "user.login",
            "app_user",
            creds.user.id,
            after={"rehashed": rehashed, "gagal_sebelumnya": fresh.failed_attempts},
        )
        uow.commit()
        return LoginResult(actor, rehashed, fresh.failed_attempts, fresh.last_failed_at)


def failed_attempts_notice(result: LoginResult) -> str:
    """What the owner is told after logging in, when someone typed wrong passwords meanwhile."""
    if not result.failed_before:
        return ""
    when = ""
    if result.last_failed_at is not None:
        local = result.last_failed_at.replace(tzinfo=UTC).astimezone()
        when = f", terakhir {local:%d-%m-%Y %H.%M}"
    return (
        f"Perhatian: {result.failed_before} percobaan masuk dengan kata sandi salah untuk akun Anda sejak login "
        f"terakhir{when}. Bila itu bukan Anda, ganti kata sandi dan beri tahu administrator."
    )


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
