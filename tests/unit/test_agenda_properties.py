"""Property-based: any input to the registration service either saves exactly one normalised
letter or returns field-specific errors and writes nothing."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sopdesk.domain.agenda import LetterInput, Sifat, Sumber, Urgensi
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.validation import clean_text
from sopdesk.services import agenda, read
from sopdesk.services.setup import initialise
from sopdesk.store.database import Database
from tests.conftest import make_users

NOW = datetime(2026, 11, 27, 10, 0)
FIELDS = {
    "asal",
    "nomor_surat",
    "perihal",
    "received_at",
    "tanggal_surat",
    "kode",
    "srikandi_no",
    "isi_ringkas",
    "keterangan",
    "lampiran",
    "diteruskan_kepada",
}

_db = Database.connect("sqlite://")
initialise(_db, None)
_staf = make_users(_db)["staf"]

text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40) | st.sampled_from(
    ["", "   ", "Dinas Kesehatan", "440/123/Dinkes", "x" * 300]
)
letters = st.builds(
    LetterInput,
    received_at=st.datetimes(min_value=datetime(1985, 1, 1), max_value=datetime(2027, 12, 31)),
    asal=text,
    nomor_surat=text,
    tanggal_surat=st.dates(min_value=date(1985, 1, 1), max_value=date(2027, 12, 31)),
    perihal=text,
    isi_ringkas=text,
    sifat=st.sampled_from(list(Sifat)),
    urgensi=st.sampled_from(list(Urgensi)),
    lampiran=text,
    kode=st.sampled_from(["", "065", "000.8.3.2", "06 5", "kode/x"]),
    sumber=st.sampled_from(list(Sumber)),
    srikandi_no=text,
    diteruskan_kepada=text,
    keterangan=text,
)


def counts() -> tuple[int, int]:
    from sopdesk.domain.agenda import AgendaQuery

    return len(read.agenda_ids(_db, AgendaQuery())), read.summary(_db).audit_events


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters)
@example(
    LetterInput(datetime(2026, 11, 20, 9, 0), " Dinas  Kesehatan ", "440/1", date(2026, 11, 19), "Perihal", kode="065")
)
@example(LetterInput(datetime(2026, 11, 20, 9, 0), "", "440/1", date(2026, 11, 21), "", kode=""))
def test_registration_saves_one_normalised_letter_or_nothing(cmd: LetterInput):
    before_letters, before_events = counts()
    try:
        saved = agenda.register_letter(_db, _staf, cmd, now=NOW).letter
    except ValidationError as err:
        assert err.fields and set(err.fields) <= FIELDS
        assert all(isinstance(m, str) and m.endswith(".") for m in err.fields.values())
        assert counts() == (before_letters, before_events)
        return
    assert counts() == (before_letters + 1, before_events + 1)
    stored = read.letter(_db, saved.id)
    assert stored is not None
    assert stored.asal == clean_text(cmd.asal) != ""
    assert stored.perihal == clean_text(cmd.perihal) != ""
    assert stored.nomor_surat == clean_text(cmd.nomor_surat) and len(stored.nomor_surat) <= 255
    assert stored.received_at == cmd.received_at.replace(microsecond=0) <= NOW
    assert stored.tanggal_surat <= stored.received_at.date()
    assert stored.number.endswith(f"-Org/{stored.received_at.year}")
