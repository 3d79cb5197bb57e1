"""The agenda read a window at a time (keyset), on SQLite and PostgreSQL: every order, both
directions, filters and searches give the same rows as sorting the whole book would, with none
lost or repeated at a window's edge; agenda numbers are found by number; counts are capped."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from sopdesk.domain.agenda import AgendaQuery, LetterInput, LetterRecord, Sifat, SortKey, Urgensi
from sopdesk.domain.records import Actor
from sopdesk.services import agenda, read
from sopdesk.store import letter_queries
from sopdesk.store.database import Database
from tests.conftest import make_users

NOW = datetime(2026, 11, 30, 10, 0)
SENDERS = ("Bappeda", "Dinkes", "Kecamatan")


@pytest.fixture
def users(db: Database) -> dict[str, Actor]:
    return make_users(db)


@pytest.fixture
def staf(users: dict[str, Actor]) -> Actor:
    return users["staf"]


@pytest.fixture
def book(db: Database, users: dict[str, Actor], staf: Actor) -> list[LetterRecord]:
    """30 letters of November 2026 and three back-filled ones of 2025 (numbers 7, 368, 1368)."""
    made = []
    for i in range(30):
        day = 1 + i % 28
        made.append(
            agenda.register_letter(
                db,
                staf,
                LetterInput(
                    datetime(2026, 11, day, 8 + i % 7, i),
                    SENDERS[i % 3],
                    "368/Dinkes" if i == 4 else f"440/{chr(90 - i % 26)}{i}",
                    date(2026, 11, day),
                    f"Surat {(i * 11) % 30:03d} " + ("maklumat pelayanan" if i % 3 else "undangan rapat"),
                    kode="065",
                    sifat=Sifat.RAHASIA if i % 4 == 0 else Sifat.BIASA,
                    urgensi=Urgensi.SEGERA if i % 5 == 0 else Urgensi.BIASA,
                ),
                now=NOW,
            ).letter
        )
    for seq in (7, 368, 1368):
        made.append(
            agenda.register_letter(
                db,
                staf,
                LetterInput(datetime(2025, 6, 2, 9, 0), "Arsip", "lama/x", date(2025, 6, 1), "Arsip lama", kode="061"),
                seq=seq,
                now=NOW,
            ).letter
        )
    agenda.void_letter(db, users["kasubag"], made[3].id, "Tercatat dua kali")  # a Staf does not void
    return [r for r in read.letters(db, [m.id for m in made]).values()]


def key(record: LetterRecord, sort: SortKey) -> tuple:
    value = {
        SortKey.NUMBER: (record.year, record.seq),
        SortKey.RECEIVED: (record.received_at,),
        SortKey.ASAL: (record.asal,),
        SortKey.NOMOR_SURAT: (record.nomor_surat,),
        SortKey.TANGGAL_SURAT: (record.tanggal_surat,),
        SortKey.PERIHAL: (record.perihal[:120],),
        SortKey.SIFAT: (record.sifat.value,),
        SortKey.URGENSI: (record.urgensi.value,),
        SortKey.STATUS: (record.status.value,),
    }[sort]
    return (*value, record.id)


def paged(db: Database, query: AgendaQuery, size: int = 7) -> list[int]:
    reader = read.agenda_reader(db, query)
    ids: list[int] = []
    cursor = None
    while True:
        window = reader.window(cursor, size)
        assert [r.id for r in window.records] == list(window.ids)
        ids += window.ids
        cursor = window.cursor
        if not window.more:
            return ids


@pytest.mark.parametrize("descending", [True, False])
def test_every_order_pages_through_the_whole_book_without_loss_or_repeat(
    db: Database, book: list[LetterRecord], descending: bool
):
    for sort in SortKey:
        expected = [r.id for r in sorted(book, key=lambda r: key(r, sort), reverse=descending)]
        assert paged(db, AgendaQuery(sort=sort, descending=descending)) == expected, sort
        assert read.agenda_ids(db, AgendaQuery(sort=sort, descending=descending)) == expected


def test_filters_narrow_the_pages(db: Database, book: list[LetterRecord]):
    query = AgendaQuery(year=2026, sifat=Sifat.BIASA, sort=SortKey.RECEIVED, descending=False)
    expected = [
        r.id for r in sorted(book, key=lambda r: key(r, SortKey.RECEIVED)) if r.year == 2026 and r.sifat is Sifat.BIASA
    ]
    assert paged(db, query, size=4) == expected
    assert paged(db, AgendaQuery(asal="Dinkes", month=11)) == [
        r.id for r in sorted(book, key=lambda r: key(r, SortKey.NUMBER), reverse=True) if r.asal == "Dinkes"
    ]


@pytest.mark.parametrize("sort", [SortKey.NUMBER, SortKey.ASAL, SortKey.PERIHAL])
def test_a_common_word_is_walked_in_order_and_finds_what_sorting_every_match_finds(
    db: Database, book: list[LetterRecord], monkeypatch: pytest.MonkeyPatch, sort: SortKey
):
    expected = [r.id for r in sorted(book, key=lambda r: key(r, sort), reverse=True) if "maklumat" in r.perihal.lower()]
    assert len(expected) == 20
    query = AgendaQuery(search="makLUMAT", sort=sort)
    assert paged(db, query) == expected  # at most PROBE matches: read whole, sorted in SQL
    monkeypatch.setattr(letter_queries, "PROBE", 3)  # a common word: walked a stretch at a time
    monkeypatch.setattr(letter_queries, "CHUNK", 4)
    assert paged(db, query) == expected
    assert paged(db, AgendaQuery(search="maklumat pelayanan", sort=sort), size=3) == expected
    assert read.agenda_reader(db, query).count() == letter_queries.AgendaCount(20, True)
    assert read.agenda_reader(db, query).count(cap=5) == letter_queries.AgendaCount(6, False)
    assert read.agenda_reader(db, AgendaQuery(search="maklumat", asal="Dinkes")).count() == (
        letter_queries.AgendaCount(
            sum(1 for i in expected if next(r for r in book if r.id == i).asal == "Dinkes"), True
        )
    )


def numbers(db: Database, search: str, **kw) -> list[str]:
    found = read.letters(db, read.agenda_ids(db, AgendaQuery(search=search, **kw)))
    return [found[i].number for i in read.agenda_ids(db, AgendaQuery(search=search, **kw))]


def test_an_agenda_number_is_found_whole_by_its_sequence_or_with_its_suffix(db: Database, book: list[LetterRecord]):
    assert numbers(db, "368-Org") == ["061/368-Org/2025"]
    assert numbers(db, "061/368-Org/2025") == ["061/368-Org/2025"]
    assert numbers(db, "368-org/2025") == ["061/368-Org/2025"]
    # The sequence alone: the letter numbered 368 first, then letters whose text holds 368.
    assert numbers(db, "368") == ["061/368-Org/2025", "065/005-Org/2026"]
    assert numbers(db, "7") == ["065/007-Org/2026", "061/007-Org/2025"]  # 007 in both years
    assert numbers(db, "007", year=2025) == ["061/007-Org/2025"]
    assert numbers(db, "1368") == ["061/1368-Org/2025"]
    assert numbers(db, "100/5") == []  # a sender's number is no agenda number
    assert numbers(db, "36") == []  # two digits name only a sequence number, and none is 36
    assert len(numbers(db, "ar")) == len(book)  # two letters narrow nothing until the third


def test_senders_are_listed_from_the_index(db: Database, book: list[LetterRecord]):
    assert read.senders(db) == ["Arsip", "Bappeda", "Dinkes", "Kecamatan"]
    assert set(read.past_senders(db)) == {"Arsip", "Bappeda", "Dinkes", "Kecamatan"}
    assert read.past_senders(db, recent=3) == ["Arsip"]  # only the latest letters are looked at


def test_a_count_beyond_the_cap_says_more_than(db: Database, book: list[LetterRecord]):
    assert read.agenda_reader(db, AgendaQuery()).count() == letter_queries.AgendaCount(33, True)
    assert read.agenda_reader(db, AgendaQuery()).count(cap=10) == letter_queries.AgendaCount(11, False)
    assert read.agenda_reader(db, AgendaQuery(year=2025)).count(cap=10) == letter_queries.AgendaCount(3, True)
    assert read.agenda_reader(db, AgendaQuery(search="368")).count() == letter_queries.AgendaCount(2, True)
