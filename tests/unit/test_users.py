"""Users: the first administrator, adding users with Indonesian field messages, keeping an admin."""

from __future__ import annotations

import pytest

from sopdesk.domain.errors import Conflict, NotFound, ValidationError
from sopdesk.domain.roles import Role
from sopdesk.services import read
from sopdesk.services.auth import authenticate
from sopdesk.services.users import (
    NewUser,
    UserUpdate,
    add_user,
    create_first_admin,
    reset_password,
    update_user,
)
from tests.conftest import ADMIN_PASSWORD, PASSWORD


def counts(db) -> tuple[int, int]:
    summary = read.summary(db)
    return summary.users, summary.audit_events


def test_first_admin_is_created_once(memory_db):
    before = counts(memory_db)
    admin = create_first_admin(memory_db, NewUser("Admin", "  Kepala   TU ", "", Role.STAF, ADMIN_PASSWORD))
    assert admin.username == "admin"  # folded to lower case
    assert admin.nama == "Kepala TU"
    assert admin.role is Role.ADMIN  # whatever the form said
    assert counts(memory_db) == (before[0] + 1, before[1] + 1)
    assert read.audit_events(memory_db, limit=1)[0].action == "user.create_first_admin"

    with pytest.raises(Conflict, match="Administrator pertama sudah dibuat"):
        create_first_admin(memory_db, NewUser("admin2", "Lain", "", Role.ADMIN, ADMIN_PASSWORD))
    assert counts(memory_db) == (before[0] + 1, before[1] + 1)
    assert [u.username for u in read.users(memory_db)] == ["admin"]


def test_admin_adds_a_user_who_can_log_in(memory_db, actors):
    users, events = counts(memory_db)
    user = add_user(
        memory_db,
        actors["admin"],
        NewUser("budi.s", "Budi Santoso", "19810722 200604 1 008", Role.KASUBAG, "sandi-budi-123"),
    )
    assert user.nip == "198107222006041008"
    assert counts(memory_db) == (users + 1, events + 1)
    event = read.audit_events(memory_db, limit=1)[0]
    assert (event.action, event.actor, event.entity_id) == ("user.create", "admin", str(user.id))
    assert "sandi-budi-123" not in (event.after or "")
    assert authenticate(memory_db, "budi.s", "sandi-budi-123").actor.role is Role.KASUBAG


def test_username_taken_is_a_conflict(memory_db, actors):
    before = counts(memory_db)
    with pytest.raises(Conflict, match="'staf' sudah dipakai"):
        add_user(memory_db, actors["admin"], NewUser("STAF", "Lain", "", Role.STAF, PASSWORD))
    assert counts(memory_db) == before


@pytest.mark.parametrize(
    ("cmd", "expected"),
    [
        (
            NewUser("Budi Santoso", "Budi", "", Role.STAF, PASSWORD),
            {
                "username": "Nama pengguna 3-32 karakter: huruf kecil, angka, titik, garis bawah atau strip, diawali huruf."
            },
        ),
        (NewUser("budi", "Budi", "12345", Role.STAF, PASSWORD), {"nip": "NIP harus 18 angka."}),
        (NewUser("budi", "Budi", "", Role.STAF, "pendek"), {"password": "Kata sandi minimal 8 karakter."}),
        (NewUser("budi", "   ", "", Role.STAF, PASSWORD), {"nama": "Nama wajib diisi."}),
        (
            NewUser("b", "", "1", Role.STAF, "x"),
            {
                "username": "Nama pengguna 3-32 karakter: huruf kecil, angka, titik, garis bawah atau strip, diawali huruf.",
                "nama": "Nama wajib diisi.",
                "nip": "NIP harus 18 angka.",
                "password": "Kata sandi minimal 8 karakter.",
            },
        ),
    ],
)
def test_bad_input_names_each_field_and_writes_nothing(memory_db, actors, cmd, expected):
    before = counts(memory_db)
    with pytest.raises(ValidationError) as info:
        add_user(memory_db, actors["admin"], cmd)
    assert info.value.fields == expected
    assert counts(memory_db) == before


def test_bad_first_admin_writes_nothing(memory_db):
    with pytest.raises(ValidationError) as info:
        create_first_admin(memory_db, NewUser("admin", "Admin", "", Role.ADMIN, "pendek"))
    assert set(info.value.fields) == {"password"}
    assert read.user_count(memory_db) == 0
    # The refusal did not use up the first-run: a good attempt still works.
    assert create_first_admin(memory_db, NewUser("admin", "Admin", "", Role.ADMIN, ADMIN_PASSWORD)).role is Role.ADMIN


def test_user_linked_to_a_missing_official_is_refused(memory_db, actors):
    before = counts(memory_db)
    with pytest.raises(NotFound, match="Pejabat #9999"):
        add_user(memory_db, actors["admin"], NewUser("budi", "Budi", "", Role.KABAG, PASSWORD, official_id=9999))
    assert counts(memory_db) == before


def admin_update(actor_id: int, **kw) -> UserUpdate:
    values = {"nama": "Administrator", "nip": "", "role": Role.ADMIN, "active": True, "official_id": None}
    values.update(kw)
    return UserUpdate(actor_id, **values)


def test_last_active_admin_cannot_be_demoted(memory_db, actors):
    admin = actors["admin"]
    before = counts(memory_db)
    with pytest.raises(ValidationError) as info:
        update_user(memory_db, admin, admin_update(admin.user_id, role=Role.STAF))
    assert info.value.fields == {"role": "Harus tetap ada minimal satu administrator aktif."}
    assert counts(memory_db) == before
    assert authenticate(memory_db, "admin", ADMIN_PASSWORD).actor.role is Role.ADMIN


def test_last_active_admin_cannot_be_deactivated(memory_db, actors):
    admin = actors["admin"]
    with pytest.raises(ValidationError, match="minimal satu administrator aktif"):
        update_user(memory_db, admin, admin_update(admin.user_id, active=False))
    assert authenticate(memory_db, "admin", ADMIN_PASSWORD).actor.role is Role.ADMIN


def test_an_admin_may_step_down_when_another_admin_remains(memory_db, actors):
    admin = actors["admin"]
    second = add_user(memory_db, admin, NewUser("admin2", "Admin Dua", "", Role.ADMIN, PASSWORD))
    before = counts(memory_db)
    update_user(memory_db, admin, admin_update(admin.user_id, role=Role.KABAG))
    assert counts(memory_db) == (before[0], before[1] + 1)
    assert authenticate(memory_db, "admin", ADMIN_PASSWORD).actor.role is Role.KABAG
    # Now admin2 is the last one and is protected in turn.
    second_actor = authenticate(memory_db, "admin2", PASSWORD).actor
    with pytest.raises(ValidationError):
        update_user(memory_db, second_actor, admin_update(second.id, nama="Admin Dua", active=False))


def test_saving_an_unchanged_user_adds_no_audit_event(memory_db, actors):
    staf = actors["staf"]
    before = counts(memory_db)
    update_user(memory_db, actors["admin"], UserUpdate(staf.user_id, "Pengguna staf", "", Role.STAF, True, None))
    assert counts(memory_db) == before


def test_reset_password_clears_the_failures(memory_db, actors):
    from sopdesk.domain.errors import AuthenticationFailed

    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            authenticate(memory_db, "staf", "salah-sekali")
    before = counts(memory_db)
    reset_password(memory_db, actors["admin"], actors["staf"].user_id, "sandi-reset-1")
    assert counts(memory_db) == (before[0], before[1] + 1)
    assert authenticate(memory_db, "staf", "sandi-reset-1").actor.username == "staf"
