"""The agenda book on SQLite and PostgreSQL: numbers, corrections, voids, search, two seats."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest

from sopdesk.domain.agenda import AgendaQuery, LetterInput, LetterStatus, Sifat, SortKey, Sumber
from sopdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from sopdesk.domain.records import Actor
from sopdesk.services import agenda, read
from sopdesk.store.database import Database
from tests.conftest import make_users

NOW = datetime(2026, 11, 27, 10, 0)


def letter(
    day: int = 20,
    asal: str = "Dinas Kesehatan",
    nomor: str = "440/123/Dinkes",
    perihal: str = "Penyampaian rancangan Standar Pelayanan dan Maklumat Pelayanan",
    **extra,
) -> LetterInput:
    return LetterInput(
        datetime(2026, 11, day, 9, 30),
        asal,
        nomor,
        date(2026, 11, day - 1),
        perihal,
        kode=extra.pop("kode", "065"),
        **extra,
    )


@pytest.fixture
def users(db: Database) -> dict[str, Actor]:
    return make_users(db)


@pytest.fixture
def staf(users: dict[str, Actor]) -> Actor:
    return users["staf"]


def test_numbers_run_per_year_without_gaps_and_follow_the_pattern(db: Database, staf: Actor):
    first = agenda.register_letter(db, staf, letter(20), now=NOW).letter
    second = agenda.register_letter(db, staf, letter(21, nomor="440/124/Dinkes"), now=NOW).letter
    assert (first.number, second.number) == ("065/001-Org/2026", "065/002-Org/2026")
    older = agenda.register_letter(
        db,
        staf,
        LetterInput(datetime(2025, 12, 30, 8, 0), "Kecamatan Cikupa", "100/9", date(2025, 12, 29), "Arsip", kode="061"),
        now=NOW,
    ).letter
    assert older.number == "061/001-Org/2025"
    assert first.status is LetterStatus.BELUM and first.created_by == "staf"
    assert first.asal == "Dinas Kesehatan"
    events = read.audit_events(db, entity="letter", entity_id=str(first.id))
    assert [e.action for e in events] == ["letter.register"]


def test_back_filled_letters_keep_their_original_number(db: Database, staf: Actor):
    old = LetterInput(datetime(2024, 3, 2, 9, 0), "Bappeda", "050/77", date(2024, 3, 1), "Arsip lama", kode="065")
    assert agenda.register_letter(db, staf, old, seq=57, now=NOW).letter.number == "065/057-Org/2024"
    with pytest.raises(Conflict, match="57 tahun 2024 sudah dipakai"):
        agenda.register_letter(db, staf, old, seq=57, now=NOW)
    # The next letter of that year continues after the highest number given.
    assert agenda.register_letter(db, staf, old, now=NOW).letter.seq == 58
    with pytest.raises(ValidationError) as err:
        agenda.register_letter(db, staf, letter(20), seq=5, now=NOW)
    assert "seq" in err.value.fields


def test_bad_input_names_each_field_and_writes_nothing(db: Database, staf: Actor):
    before = read.summary(db).audit_events
    bad = LetterInput(
        datetime(2026, 11, 28, 9, 0), " ", "x" * 256, date(2026, 11, 29), "", kode="", sumber=Sumber.SRIKANDI
    )
    with pytest.raises(ValidationError) as err:
        agenda.register_letter(db, staf, bad, now=NOW)
    assert err.value.fields == {
        "asal": "Asal surat wajib diisi.",
        "nomor_surat": "Nomor surat paling panjang 255 karakter.",
        "perihal": "Perihal wajib diisi.",
        "received_at": "Tanggal terima tidak boleh di masa depan.",
        "tanggal_surat": "Tanggal surat tidak boleh di masa depan.",
        "kode": "Kode klasifikasi wajib: nomor agenda memuatnya.",
        "srikandi_no": "Nomor registrasi Srikandi wajib untuk surat dari Srikandi.",
    }
    late = LetterInput(datetime(2026, 11, 20, 9, 0), "Bappeda", "1", date(2026, 11, 21), "Surat", kode="065")
    with pytest.raises(ValidationError) as err:
        agenda.register_letter(db, staf, late, now=NOW)
    assert err.value.fields == {"tanggal_surat": "Tanggal surat tidak boleh sesudah tanggal terima."}
    assert read.summary(db).audit_events == before
    assert read.agenda_ids(db, AgendaQuery()) == []


def test_a_repeated_nomor_surat_from_the_same_sender_is_a_warning_not_a_block(db: Database, staf: Actor):
    first = agenda.register_letter(db, staf, letter(20), now=NOW).letter
    again = agenda.register_letter(db, staf, letter(21, asal="dinas kesehatan", nomor=" 440/123/DINKES "), now=NOW)
    assert [d.id for d in again.duplicates] == [first.id]
    assert [d.number for d in agenda.possible_duplicates(db, "Dinas Kesehatan", "440/123/Dinkes")] == [
        "065/001-Org/2026",
        "065/002-Org/2026",
    ]


def test_corrections_need_a_reason_and_voids_keep_the_number(db: Database, staf: Actor, users: dict[str, Actor]):
    record = agenda.register_letter(db, staf, letter(20), now=NOW).letter
    fixed = letter(20, perihal="Penyampaian rancangan SP Dinas Kesehatan")
    with pytest.raises(ValidationError) as err:
        agenda.correct_letter(db, staf, record.id, fixed, "")
    assert "reason" in err.value.fields
    agenda.correct_letter(db, staf, record.id, fixed, "Salah ketik perihal")
    assert read.letter(db, record.id).perihal == "Penyampaian rancangan SP Dinas Kesehatan"
    event = read.audit_events(db, entity="letter", entity_id=str(record.id), limit=1)[0]
    assert event.action == "letter.correct" and "Salah ketik perihal" in (event.after or "")
    assert "Penyampaian rancangan Standar Pelayanan" in (event.before or "")
    moved = LetterInput(datetime(2025, 11, 20, 9, 0), "Dinas Kesehatan", "1", date(2025, 11, 19), "x", kode="065")
    with pytest.raises(ValidationError, match="2026"):
        agenda.correct_letter(db, staf, record.id, moved, "Tahun keliru")

    with pytest.raises(PermissionDenied):  # issue 13: a Staf corrects, the Kasubag voids
        agenda.void_letter(db, staf, record.id, "Tercatat dua kali")
    with pytest.raises(ValidationError, match=r"paling panjang 1\.000"):  # a reason of 120,000 characters
        agenda.void_letter(db, users["kasubag"], record.id, "x" * 120_000)
    agenda.void_letter(db, users["kasubag"], record.id, "Tercatat dua kali")
    voided = read.letter(db, record.id)
    assert voided.voided and voided.void_reason == "Tercatat dua kali" and voided.number == "065/001-Org/2026"
    with pytest.raises(Conflict):
        agenda.void_letter(db, users["kasubag"], record.id, "Lagi lagi")
    assert agenda.register_letter(db, staf, letter(21), now=NOW).letter.seq == 2  # the void number stays taken


def test_read_only_users_cannot_register(db: Database):
    pimpinan = make_users(db)["pimpinan"]
    with pytest.raises(PermissionDenied):
        agenda.register_letter(db, pimpinan, letter(20), now=NOW)


def test_search_filters_and_sorting_happen_in_sql(db: Database, staf: Actor, users: dict[str, Actor]):
    a = agenda.register_letter(db, staf, letter(20), now=NOW).letter
    b = agenda.register_letter(
        db,
        staf,
        letter(21, asal="Kecamatan Cikupa", nomor="100/5", perihal="Undangan rapat koordinasi", sifat=Sifat.RAHASIA),
        now=NOW,
    ).letter
    c = agenda.register_letter(
        db,
        staf,
        letter(22, asal="Bappeda", nomor="050/1", perihal="Laporan maklumat", keterangan="segera dibalas"),
        now=NOW,
    ).letter
    ids = lambda **kw: read.agenda_ids(db, AgendaQuery(**kw))  # noqa: E731
    assert ids(search="maklumat") == [c.id, a.id]
    assert ids(search="makl") == [c.id, a.id]  # as she types
    assert ids(search="rapat cikupa") == [b.id]
    assert ids(search="100/5") == [b.id]
    assert ids(search="dibalas") == [c.id]
    assert ids(sifat=Sifat.RAHASIA) == [b.id]
    assert ids(year=2026, month=11, sort=SortKey.ASAL, descending=False) == [c.id, a.id, b.id]
    assert ids(year=2025) == []
    agenda.void_letter(db, users["kasubag"], a.id, "Tercatat dua kali")
    assert ids(status=LetterStatus.BELUM) == [c.id, b.id]
    page = read.letters(db, [a.id, c.id])
    assert page[a.id].voided and page[c.id].keterangan == "segera dibalas"


def test_two_seats_registering_at_once_get_distinct_gapless_numbers(db: Database, db_target: str, staf: Actor):
    per_seat = 15
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def seat(n: int) -> None:
        database = Database.connect(db_target)
        try:
            start.wait()
            for i in range(per_seat):
                agenda.register_letter(database, staf, letter(20, nomor=f"{n}/{i}"), now=NOW)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=seat, args=(n,)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    seqs = sorted(r.seq for r in read.letters(db, read.agenda_ids(db, AgendaQuery())).values())
    assert seqs == list(range(1, 2 * per_seat + 1))
