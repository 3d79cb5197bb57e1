"""Pure domain rules: permission matrix, field validation, audit hash chain, Indonesian dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from sopdesk.domain.audit import GENESIS, AuditFields, canonical_json, event_hash, verify_chain
from sopdesk.domain.dates import hari_tanggal, tanggal, tanggal_jam
from sopdesk.domain.errors import PermissionDenied, ValidationError
from sopdesk.domain.roles import MATRIX, Permission, Role, allowed, require
from sopdesk.domain.validation import check_nip, check_password, check_username, clean_text, raise_if

# --- permission matrix -------------------------------------------------------------------


def test_pimpinan_may_only_read():
    assert {p for p in Permission if allowed(Role.PIMPINAN, p)} == {Permission.READ}


def test_admin_may_do_everything():
    assert all(allowed(Role.ADMIN, p) for p in Permission)


def test_every_role_may_read_and_only_admin_manages_users_and_settings():
    for role in Role:
        assert allowed(role, Permission.READ)
        assert allowed(role, Permission.MANAGE_USERS) == (role is Role.ADMIN)
        assert allowed(role, Permission.MANAGE_SETTINGS) == (role is Role.ADMIN)
        assert allowed(role, Permission.LOAD_SOP) == (role is Role.ADMIN)


@pytest.mark.parametrize(
    ("role", "permission", "expected"),
    [
        (Role.STAF, Permission.REGISTER_MAIL, True),
        (Role.STAF, Permission.BACKUP, False),
        (Role.STAF, Permission.MANAGE_MASTER_DATA, False),
        (Role.KASUBAG, Permission.MANAGE_MASTER_DATA, True),
        (Role.KASUBAG, Permission.TRANSCRIBE_DISPOSITION, True),
        (Role.KASUBAG, Permission.WRITE_DISPOSITION, False),
        (Role.KABAG, Permission.WRITE_DISPOSITION, True),
        (Role.KABAG, Permission.REGISTER_MAIL, False),
        (Role.KABAG, Permission.BACKUP, True),
    ],
)
def test_matrix_entries(role, permission, expected):
    assert allowed(role, permission) is expected


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_require_raises_an_indonesian_message_exactly_when_not_allowed(role, permission):
    if permission in MATRIX[role]:
        require(role, permission)
        return
    with pytest.raises(PermissionDenied) as info:
        require(role, permission)
    assert str(info.value).startswith(f"Peran {role.label} tidak berwenang ")


def test_refusal_message_reads_naturally():
    with pytest.raises(PermissionDenied, match=r"^Peran Pimpinan \(hanya baca\) tidak berwenang mengelola pengguna\.$"):
        require(Role.PIMPINAN, Permission.MANAGE_USERS)


# --- validation --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["admin", "budi.s", "staf_1", "a-b", "abc", "a" * 32])
def test_good_usernames(name):
    assert check_username(name) is None


@pytest.mark.parametrize("name", ["", "ab", "Budi", "1budi", "budi santoso", "a" * 33, "budi!"])
def test_bad_usernames(name):
    assert check_username(name) == (
        "Nama pengguna 3-32 karakter: huruf kecil, angka, titik, garis bawah atau strip, diawali huruf."
    )


@pytest.mark.parametrize(
    ("nip", "message"),
    [
        ("196505171986031014", None),
        ("19650517 198603 1 014", None),  # spaced as printed on documents
        ("", None),
        ("12345", "NIP harus 18 angka."),
        ("19650517198603101X", "NIP harus 18 angka."),
        ("196513171986031014", "NIP tidak sah: 8 angka pertama harus tanggal lahir (TTTTBBHH)."),
        ("196505001986031014", "NIP tidak sah: 8 angka pertama harus tanggal lahir (TTTTBBHH)."),
        ("196505171986033014", "NIP tidak sah: angka ke-15 (jenis kelamin) harus 1 atau 2."),
    ],
)
def test_nip(nip, message):
    assert check_nip(nip) == message


def test_nip_may_be_required():
    assert check_nip("", required=True) == "NIP wajib diisi."


def test_passwords():
    assert check_password("1234567") == "Kata sandi minimal 8 karakter."
    assert check_password(" sandi-panjang") == "Kata sandi tidak boleh diawali atau diakhiri spasi."
    assert check_password("sandi-panjang") is None


def test_clean_text_folds_white_space():
    assert clean_text("  Dinas   Kesehatan\t\n") == "Dinas Kesehatan"


def test_raise_if_reports_every_bad_field_and_only_those():
    with pytest.raises(ValidationError) as info:
        raise_if({"username": "salah", "nama": None, "nip": "juga salah"})
    assert info.value.fields == {"username": "salah", "nip": "juga salah"}
    assert str(info.value) == "username: salah; nip: juga salah"
    raise_if({"nama": None})  # nothing wrong, nothing raised


# --- audit hash chain --------------------------------------------------------------------


def chain(n: int) -> list[tuple[int, str, str, AuditFields]]:
    events = []
    prev = GENESIS
    for i in range(1, n + 1):
        fields = AuditFields(
            at=f"2026-11-23T08:0{i}:00.000000",
            actor="admin",
            on_behalf_of=None,
            action="opd.update",
            entity="opd",
            entity_id=str(i),
            before='{"nama":"lama"}',
            after='{"nama":"baru"}',
        )
        digest = event_hash(prev, fields)
        events.append((i, prev, digest, fields))
        prev = digest
    return events


def test_intact_chain_has_no_problem():
    assert verify_chain(chain(4)) == []
    assert verify_chain([]) == []


def test_hash_covers_every_field():
    _, prev, _, fields = chain(1)[0]
    base = event_hash(prev, fields)
    for name, value in [
        ("at", "2026-11-23T08:01:00.000001"),
        ("actor", "mallory"),
        ("on_behalf_of", "Bupati"),
        ("action", "opd.delete"),
        ("entity", "app_user"),
        ("entity_id", "99"),
        ("before", None),
        ("after", '{"nama":"palsu"}'),
    ]:
        assert event_hash(prev, replace(fields, **{name: value})) != base, name
    assert event_hash("f" * 64, fields) != base


def test_edited_event_is_reported():
    events = chain(4)
    i, prev, digest, fields = events[1]
    events[1] = (i, prev, digest, replace(fields, actor="mallory"))
    problems = verify_chain(events)
    assert [(p.event_id, p.message) for p in problems] == [(2, "isi peristiwa audit telah diubah (hash tidak cocok)")]


def test_removed_event_breaks_the_chain_at_the_next_one():
    events = chain(4)
    del events[1]
    problems = verify_chain(events)
    assert [p.event_id for p in problems] == [3]
    assert "rantai terputus" in problems[0].message


def test_removed_first_event_is_reported():
    assert [p.event_id for p in verify_chain(chain(3)[1:])] == [2]


# --- dates -------------------------------------------------------------------------------


def test_indonesian_dates():
    assert tanggal(date(2026, 11, 23)) == "23 November 2026"
    assert tanggal(date(2017, 8, 17)) == "17 Agustus 2017"
    assert hari_tanggal(date(2026, 11, 23)) == "Senin, 23 November 2026"
    assert hari_tanggal(date(2017, 8, 17)) == "Kamis, 17 Agustus 2017"
    assert hari_tanggal(date(2026, 11, 29)) == "Minggu, 29 November 2026"
    assert tanggal_jam(datetime(2026, 2, 3, 9, 5)) == "3 Februari 2026 09.05"


# --- issue 13: sealed record states ----------------------------------------------------------------


def test_a_record_state_is_canonical_json_whatever_its_values():
    """The checker writes a million states with ``json``'s C encoder made once; the bytes must
    be those of ``json.dumps`` with sorted keys, or a record would not match its own seal."""
    import json
    import random
    from datetime import date, datetime
    from decimal import Decimal

    from sopdesk.domain.seal import _default, rows_json, state_json

    rng = random.Random(13)
    values = [
        "a",
        "é\u202e\x1b\u0000",
        None,
        0,
        -5,
        2**70,
        True,
        False,
        0.5,
        1e300,
        float("nan"),
        Decimal("0.50"),
        datetime(2026, 1, 2, 3, 4, 5, 6),
        date(2020, 1, 1),
        b"xx",
        memoryview(b"yy"),
        "x" * 5000,
    ]
    for _ in range(3000):
        columns = sorted(rng.sample([f"c{i}" for i in range(30)], rng.randrange(1, 9)))
        row = [rng.choice(values) for _ in columns]
        expected = dict(zip(columns, row, strict=True))
        slow = json.dumps(expected, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_default)
        assert state_json(columns, row) == slow
    entries = [["number_counter", '["agenda",2025]', "cd", "ef"], ["letter", "5", "ab"]]
    assert rows_json(entries) == canonical_json(sorted(entries))


def test_the_chain_hash_of_old_and_new_events_is_the_canonical_json_of_their_fields():
    import hashlib

    from sopdesk.domain.audit import chain_digest

    values = ("2026-01-01T00:00:00.000000", "staf", None, "letter.register", "letter", "5", None, '{"a":"\u202e"}')
    old = hashlib.sha256(canonical_json(["0" * 64, *values]).encode()).hexdigest()
    assert chain_digest("0" * 64, values, None) == old  # events written before sealing still verify
    new = hashlib.sha256(canonical_json(["0" * 64, *values, "[]"]).encode()).hexdigest()
    assert chain_digest("0" * 64, values, "[]") == new
