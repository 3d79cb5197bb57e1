"""Logging in: failures counted per user, a growing delay, rehashing, changing the password."""

from __future__ import annotations

from datetime import datetime, timedelta

import argon2
import pytest

from sopdesk.domain.changes import Kind
from sopdesk.domain.errors import AuthenticationFailed, ValidationError
from sopdesk.domain.roles import Role
from sopdesk.services import passwords, read
from sopdesk.services.auth import (
    LOGIN_FAILED,
    authenticate,
    change_password,
    failed_attempts_notice,
    login_delay_seconds,
    remaining_wait,
)
from sopdesk.store.uow import UnitOfWork
from tests.conftest import ADMIN_PASSWORD, PASSWORD


def credentials(db, username):
    with UnitOfWork(db) as uow:
        creds = uow.users.credentials(username)
    assert creds is not None
    return creds


def audit_count(db) -> int:
    return read.summary(db).audit_events


def last_action(db) -> str:
    return read.audit_events(db, limit=1)[0].action


# --- the delay, as pure arithmetic ---------------------------------------------------------


@pytest.mark.parametrize(
    ("failed", "delay"),
    [(0, 0), (1, 0), (2, 0), (3, 2), (4, 4), (5, 8), (6, 16), (7, 30), (12, 30)],
)
def test_login_delay_grows_after_three_failures_and_is_capped(failed, delay):
    assert login_delay_seconds(failed) == delay


def test_remaining_wait_counts_down_from_the_last_failure():
    now = datetime(2026, 11, 23, 8, 0, 0)
    assert remaining_wait(3, now - timedelta(seconds=0.5), now) == pytest.approx(1.5)
    assert remaining_wait(5, now - timedelta(seconds=3), now) == pytest.approx(5)
    assert remaining_wait(3, now - timedelta(seconds=2), now) == 0
    assert remaining_wait(3, now - timedelta(hours=1), now) == 0
    assert remaining_wait(2, now, now) == 0
    assert remaining_wait(7, None, now) == 0


# --- logging in ----------------------------------------------------------------------------


def test_correct_login_returns_the_actor_and_is_audited(memory_db, actors):
    before = audit_count(memory_db)
    result = authenticate(memory_db, "staf", PASSWORD)
    assert result.actor.username == "staf"
    assert result.actor.role is Role.STAF
    assert result.actor.user_id == actors["staf"].user_id
    assert result.rehashed is False
    assert audit_count(memory_db) == before + 1
    assert last_action(memory_db) == "user.login"
    assert credentials(memory_db, "staf").user.last_login_at is not None


def test_username_is_not_case_sensitive(memory_db, actors):
    assert authenticate(memory_db, "  Staf ", PASSWORD).actor.username == "staf"


def test_wrong_password_is_refused_and_counted(memory_db, actors):
    before = audit_count(memory_db)
    with pytest.raises(AuthenticationFailed) as info:
        authenticate(memory_db, "staf", "salah-sekali")
    assert str(info.value) == LOGIN_FAILED
    assert credentials(memory_db, "staf").failed_attempts == 1
    assert audit_count(memory_db) == before + 1
    assert last_action(memory_db) == "user.login_failed"


def test_unknown_user_gets_the_same_message_as_a_wrong_password(memory_db, actors):
    with pytest.raises(AuthenticationFailed) as info:
        authenticate(memory_db, "siapa", PASSWORD)
    assert str(info.value) == LOGIN_FAILED


def test_correct_login_resets_the_failures(memory_db, actors):
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            authenticate(memory_db, "staf", "salah-sekali")
    assert credentials(memory_db, "staf").failed_attempts == 2
    authenticate(memory_db, "staf", PASSWORD)
    assert credentials(memory_db, "staf").failed_attempts == 0
    # And the next wrong password starts counting from one again: no delay yet.
    with pytest.raises(AuthenticationFailed) as info:
        authenticate(memory_db, "staf", "salah-sekali")
    assert str(info.value) == LOGIN_FAILED


def test_after_three_failures_attempts_are_slowed_but_the_right_password_is_never_refused(memory_db, actors):
    """Issue 13: a delay that refused even the right password let anyone keep the owner out by
    guessing once whenever the wait ran out. Now an attempt waits the delay out, then counts."""
    waited: list[float] = []
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            authenticate(memory_db, "staf", "salah-sekali", wait=waited.append)
    with pytest.raises(AuthenticationFailed) as third:
        authenticate(memory_db, "staf", "salah-sekali", wait=waited.append)
    assert str(third.value) == (
        LOGIN_FAILED + " Percobaan gagal berturut-turut untuk akun ini: 3; percobaan berikutnya ditunda 2 detik."
    )
    assert third.value.wait_seconds == 2
    assert waited == []  # the first three were not slowed

    # Someone keeps guessing: every guess waits out the delay in force, and is refused.
    for _ in range(4, 9):
        with pytest.raises(AuthenticationFailed):
            authenticate(memory_db, "staf", "salah-sekali", wait=waited.append)
        assert 0 < waited[-1] <= 30
    assert credentials(memory_db, "staf").failed_attempts == 8

    # The owner, right in the middle of it: slowed (at most half a minute), and let in.
    result = authenticate(memory_db, "staf", PASSWORD, wait=waited.append)
    assert result.actor.username == "staf"
    assert 0 < waited[-1] <= 30
    assert (result.failed_before, result.last_failed_at is not None) == (8, True)
    assert "8 percobaan masuk dengan kata sandi salah" in failed_attempts_notice(result)
    assert credentials(memory_db, "staf").failed_attempts == 0
    assert last_action(memory_db) == "user.login"


def test_the_owner_gets_in_twenty_times_out_of_twenty_while_a_guesser_keeps_the_delay_up(memory_db, actors):
    """The drill of issue 13: one wrong attempt each time the wait expires, the owner between."""
    slept: list[float] = []
    admitted = 0
    for _ in range(20):
        for _ in range(4):  # the guesser builds the delay up again
            with pytest.raises(AuthenticationFailed):
                authenticate(memory_db, "kabag", "tebakan-salah", wait=slept.append)
        admitted += authenticate(memory_db, "kabag", PASSWORD, wait=slept.append).actor.username == "kabag"
    assert admitted == 20
    assert 0 < max(slept) <= 30


def test_the_delay_is_per_user(memory_db, actors):
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            authenticate(memory_db, "staf", "salah-sekali")
    assert authenticate(memory_db, "kasubag", PASSWORD).actor.username == "kasubag"


def test_deactivated_user_cannot_log_in(memory_db, actors):
    from sopdesk.services.users import UserUpdate, update_user

    update_user(
        memory_db,
        actors["admin"],
        UserUpdate(actors["staf"].user_id, "Pengguna staf", "", Role.STAF, active=False, official_id=None),
    )
    with pytest.raises(AuthenticationFailed) as info:
        authenticate(memory_db, "staf", PASSWORD)
    assert str(info.value) == LOGIN_FAILED


def test_what_another_seat_does_while_the_hash_is_checked_decides(memory_db, actors, monkeypatch):
    """The hash is checked outside the transaction; under the write lock the outcome is
    written only if the user is still active, and a password changed meanwhile is checked
    again against its new hash."""
    from sopdesk.services.users import UserUpdate, reset_password, update_user

    check = passwords.verify_password
    meanwhile: list = []

    def verify_while_another_seat_writes(stored: str, password: str) -> bool:
        for write in meanwhile:
            write()
        return check(stored, password)

    monkeypatch.setattr(passwords, "verify_password", verify_while_another_seat_writes)
    staf = actors["staf"].user_id

    # An administrator resets the password: the check runs again against the new hash, so the
    # old password fails (and counts) like any wrong one.
    meanwhile[:] = [lambda: reset_password(memory_db, actors["admin"], staf, "sandi-baru-123"), meanwhile.clear]
    with pytest.raises(AuthenticationFailed) as info:
        authenticate(memory_db, "staf", PASSWORD)
    assert str(info.value) == LOGIN_FAILED
    assert credentials(memory_db, "staf").user.last_login_at is None
    assert credentials(memory_db, "staf").failed_attempts == 1
    assert last_action(memory_db) == "user.login_failed"

    update = UserUpdate(staf, "Pengguna staf", "", Role.STAF, active=False, official_id=None)
    meanwhile[:] = [lambda: update_user(memory_db, actors["admin"], update)]
    with pytest.raises(AuthenticationFailed):
        authenticate(memory_db, "staf", "sandi-baru-123")
    assert credentials(memory_db, "staf").user.last_login_at is None

    # With nobody writing, the new password opens the door once the user is active again.
    meanwhile[:] = []
    update_user(memory_db, actors["admin"], UserUpdate(staf, "Pengguna staf", "", Role.STAF, True, None))
    assert authenticate(memory_db, "staf", "sandi-baru-123").actor.user_id == staf


def test_weak_stored_hash_is_upgraded_at_login(memory_db, actors):
    weak = argon2.PasswordHasher(time_cost=1, memory_cost=8192).hash(PASSWORD)
    with UnitOfWork(memory_db) as uow:
        uow.users.set_password_hash(actors["staf"].user_id, weak)
        uow.commit()
    assert passwords.needs_rehash(weak)

    result = authenticate(memory_db, "staf", PASSWORD)
    assert result.rehashed is True
    stored = credentials(memory_db, "staf").password_hash
    assert stored != weak
    assert f"m={passwords.MEMORY_KIB},t={passwords.TIME_COST},p={passwords.PARALLELISM}" in stored
    assert read.audit_events(memory_db, limit=1)[0].after == '{"gagal_sebelumnya":0,"rehashed":true}'

    # The upgraded hash still accepts the same password, and is not upgraded again.
    assert authenticate(memory_db, "staf", PASSWORD).rehashed is False


# --- changing the password -----------------------------------------------------------------


def test_change_password_needs_the_old_password(memory_db, actors):
    before = audit_count(memory_db)
    with pytest.raises(AuthenticationFailed, match="Kata sandi lama salah"):
        change_password(memory_db, actors["staf"], "bukan-sandinya", "sandi-baru-123")
    assert audit_count(memory_db) == before
    assert authenticate(memory_db, "staf", PASSWORD)


def test_change_password(memory_db, actors):
    before = audit_count(memory_db)
    changes = change_password(memory_db, actors["staf"], PASSWORD, "sandi-baru-123")
    assert changes.touches(Kind.USER) and changes.ids_of(Kind.USER) == {actors["staf"].user_id}
    assert audit_count(memory_db) == before + 1
    assert last_action(memory_db) == "user.change_password"
    assert authenticate(memory_db, "staf", "sandi-baru-123").actor.username == "staf"
    with pytest.raises(AuthenticationFailed):
        authenticate(memory_db, "staf", PASSWORD)


def test_new_password_must_be_long_enough_and_different(memory_db, actors):
    with pytest.raises(ValidationError) as short:
        change_password(memory_db, actors["staf"], PASSWORD, "pendek")
    assert short.value.fields == {"new_password": "Kata sandi minimal 8 karakter."}
    with pytest.raises(ValidationError) as same:
        change_password(memory_db, actors["staf"], PASSWORD, PASSWORD)
    assert same.value.fields == {"new_password": "Kata sandi baru harus berbeda dari yang lama."}
    assert authenticate(memory_db, "admin", ADMIN_PASSWORD)
    assert authenticate(memory_db, "staf", PASSWORD)
