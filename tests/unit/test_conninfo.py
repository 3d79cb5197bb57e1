"""A database address that carries a password never shows it: not in the status bar, not in a
message, not in Target.display(), whatever form the password takes."""

from __future__ import annotations

import pytest

from sopdesk.domain.conninfo import carries_password, masked
from sopdesk.domain.errors import DomainError
from sopdesk.store.engine import parse_target

SECRET = "Rahasia#2026"


@pytest.mark.parametrize(
    "address",
    [
        f"postgresql://sopdesk:{SECRET}@server/sopdesk",
        f"postgresql+psycopg://sopdesk:{SECRET}@server:5432/sopdesk?sslmode=require",
        f"postgresql://sopdesk@server/sopdesk?password={SECRET}",
        f"postgresql://sopdesk@server/sopdesk?sslmode=require&password={SECRET}&application_name=x",
        f"postgresql://server/sopdesk?user=sopdesk&PASSWORD={SECRET}",
        f"host=server user=sopdesk password={SECRET} dbname=sopdesk",
        f"host=server password='{SECRET} dua kata' dbname=sopdesk",
        f"postgresql://sopdesk:p@ss{SECRET}@server/sopdesk",  # an unescaped @ in the password
        f"Gagal: alamat postgresql://sopdesk:{SECRET}@server/sopdesk tidak dapat dibaca",
    ],
)
def test_every_form_of_a_password_is_masked(address: str):
    shown = masked(address)
    assert SECRET not in shown and "dua kata" not in shown and "***" in shown
    assert carries_password(address)


@pytest.mark.parametrize(
    "address",
    [
        "postgresql:///?service=sopdesk",
        "postgresql://sopdesk@server/sopdesk",
        "/home/staf/Dokumen/a:b@c.sqlite3",
        "sopdesk.sqlite3",
        "",
    ],
)
def test_an_address_without_a_password_is_shown_as_it_is(address: str):
    assert masked(address) == address
    assert not carries_password(address)


def test_the_address_shown_for_a_postgresql_database_has_no_password_in_any_form():
    assert parse_target(f"postgresql://sopdesk:{SECRET}@server/sopdesk").display() == (
        "postgresql://sopdesk:***@server/sopdesk"
    )
    shown = parse_target(f"postgresql://sopdesk@server/sopdesk?password={SECRET}").display()
    assert shown == "postgresql://sopdesk@server/sopdesk?password=***"
    assert parse_target("postgresql:///?service=sopdesk").display() == "postgresql:///?service=sopdesk"


def test_an_address_that_cannot_be_read_is_refused_in_words_without_its_password():
    with pytest.raises(DomainError) as refused:
        parse_target(f"postgresql://sopdesk:{SECRET}@server:limadua/sopdesk")
    assert SECRET not in str(refused.value) and "tidak dapat dibaca" in str(refused.value)
