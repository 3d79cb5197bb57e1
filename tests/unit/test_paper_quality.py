"""Every document of the catalogue, as a file: `qpdf --check` passes, every font it uses is
embedded (`pdffonts`), and no text on it is smaller than 6 pt (read from the content streams).

One office with everything on paper: letters (one voided), a disposition chain, a Berkas SP
through every step with a return and a distribution, the kop with a lambang and an address.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from sopdesk.domain.cases import CompleteStep, Distribute, ReturnStep, StartCase
from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
from sopdesk.domain.printing import Letterhead
from sopdesk.services import agenda, cases, printing
from sopdesk.services import disposition as disp
from sopdesk.services.documents import (
    CATALOGUE,
    CaseRequest,
    DistributionRequest,
    LetterRequest,
    ListRequest,
    PeriodRequest,
    SheetRequest,
    SopRequest,
    SpPaperRequest,
    document,
    produce,
)
from sopdesk.store.database import Database
from tests.office import make_office
from tests.unit.test_table_report import tiny_png

MIN_POINTS = 6.0


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every document of the catalogue, printed once from one office."""
    from sopdesk.services.setup import initialise

    folder = tmp_path_factory.mktemp("papers")
    db = Database.connect("sqlite://")
    initialise(db, None)
    try:
        office = make_office(db, received=datetime(2026, 3, 2, 9, 0))
        a = office.actors
        printing.save_letterhead(
            db,
            a["admin"],
            Letterhead(
                ("Pemerintah Kabupaten Tangerang", "Sekretariat Daerah", "Bagian Organisasi"),
                tiny_png(40, 50),
                alamat="Jl. Uji Coba No. 1, Tigaraksa",
                kode_pos="15720",
                telepon="(021) 000000",
                laman="uji.tangerangkab.go.id",
                email="organisasi@uji.go.id",
            ),
        )
        letter = office.letters[0]
        agenda.void_letter(db, a["kasubag"], office.letters[2].id, "Tercatat dua kali")
        kasubag = RecipientRef(RecipientKind.OFFICIAL, office.kasubag.id, office.kasubag.nama, office.kasubag.jabatan)
        # Written on the day the letter came (a case started after it begins with step 3 done then).
        root = disp.write_disposition(
            db,
            a["kabag"],
            DispositionInput(letter.id, (kasubag,), ("Proses lebih lanjut",), "Libatkan tenaga ahli."),
            now=datetime(2026, 3, 2, 11, 0),
        )
        staf = RecipientRef(RecipientKind.USER, a["staf"].user_id, a["staf"].nama)
        disp.forward_disposition(
            db,
            a["kasubag"],
            DispositionInput(letter.id, (staf,), ("Siapkan bahan",), parent_id=root.id),
            now=datetime(2026, 3, 2, 13, 0),
        )
        case_id = cases.start_case(db, a["staf"], StartCase(letter.id, ("Izin praktik bidan",))).case_id
        do = lambda who, step, at: cases.complete_step(db, a[who], case_id, CompleteStep(step, at=at))  # noqa: E731
        state = cases.case_state(db, case_id)
        if state.current_step == 3:
            do("kabag", 3, datetime(2026, 3, 2, 11, 0))
        do("kasubag", 4, datetime(2026, 4, 20, 10, 0))
        cases.return_case(db, a["kabag"], case_id, ReturnStep(4, "Notulen belum ada", at=datetime(2026, 4, 21, 9, 0)))
        do("kasubag", 4, datetime(2026, 4, 24, 10, 0))
        do("kabag", 5, datetime(2026, 4, 27, 10, 0))
        for step, at in ((6, (4, 27, 14)), (7, (4, 28, 9)), (8, (4, 29, 10)), (9, (4, 29, 14)), (10, (5, 4, 9))):
            do("staf", step, datetime(2026, *at, 0))
        cases.record_distribution(
            db, a["staf"], case_id, Distribute("Dinas Kesehatan", "Ani Suryani", at=datetime(2026, 5, 6, 10, 0))
        )
        seq = cases.case_state(db, case_id).distributions[0].seq
        period = PeriodRequest(date(2026, 1, 1), date(2026, 12, 31))
        requests: dict[str, object] = {
            "sop": SopRequest(),
            "list": ListRequest("pejabat"),
            "agenda": period,
            "tanda-terima": LetterRequest(letter.id),
            "kartu-kendali": LetterRequest(letter.id),
            "disposisi": SheetRequest(letter.id),
            "disposisi-kosong": SheetRequest(None, blank=True),
            "kartu-penerus": LetterRequest(letter.id),
            "case": CaseRequest(case_id),
            "distribusi": DistributionRequest(case_id, seq),
            "sla": period,
            "sla-xlsx": period,
            **{kind: SpPaperRequest(case_id) for kind in ("sp-sk", "maklumat", "ba-fkp", "buku-laporan")},
        }
        assert set(requests) == set(CATALOGUE)  # a new document gets checked here too
        made = {}
        for key, request in requests.items():
            doc = document(key)
            made[key] = produce(db, a["staf"], doc, request, folder / f"{key}{doc.suffix}").path
        return made
    finally:
        db.dispose()


PDF_KINDS = sorted(key for key, doc in CATALOGUE.items() if doc.suffix == ".pdf")


@pytest.mark.parametrize("key", PDF_KINDS)
def test_qpdf_finds_no_fault(papers: dict[str, Path], key: str):
    result = subprocess.run(["qpdf", "--check", str(papers[key])], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


@pytest.mark.parametrize("key", PDF_KINDS)
def test_every_font_is_embedded(papers: dict[str, Path], key: str):
    out = subprocess.run(["pdffonts", str(papers[key])], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        columns = row.split()
        # name type encoding emb sub uni object ID: "emb" is the fourth column from the right of "yes/no" flags
        flags = [c for c in columns if c in ("yes", "no")]
        assert flags and flags[0] == "yes", row


def text_sizes(path: Path) -> list[tuple[float, str]]:
    """(size in points on the page, text) of every piece of text drawn, from the content streams."""
    from pypdf import PdfReader

    sizes: list[tuple[float, str]] = []
    for page in PdfReader(str(path)).pages:

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            if not text.strip():
                return
            a, b, c, d = (
                tm[0] * cm[0] + tm[1] * cm[2],
                tm[0] * cm[1] + tm[1] * cm[3],
                tm[2] * cm[0] + tm[3] * cm[2],
                tm[2] * cm[1] + tm[3] * cm[3],
            )
            scale = abs(a * d - b * c) ** 0.5
            sizes.append((size * scale, text.strip()))

        page.extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize("key", PDF_KINDS)
def test_no_text_is_smaller_than_six_points(papers: dict[str, Path], key: str):
    sizes = text_sizes(papers[key])
    assert sizes
    small = [(round(size, 2), text) for size, text in sizes if size < MIN_POINTS - 0.01]
    assert not small, small[:10]


def test_the_checker_sees_small_text(tmp_path: Path):
    """The size check itself: a 5 pt line is found."""
    from reportlab.pdfgen.canvas import Canvas

    from sopdesk.reports.base import FONT, register_fonts

    register_fonts()
    out = tmp_path / "kecil.pdf"
    canvas = Canvas(str(out))
    canvas.setFont(FONT, 5)
    canvas.drawString(50, 50, "terlalu kecil")
    canvas.setFont(FONT, 9)
    canvas.drawString(50, 80, "cukup besar")
    canvas.save()
    assert [(round(s, 1), t) for s, t in text_sizes(out)] == [(5.0, "terlalu kecil"), (9.0, "cukup besar")]


def test_every_paper_says_in_words_how_to_check_it(papers: dict[str, Path]):
    from tests.unit.test_sop_report import text_of

    for key in PDF_KINDS:
        text = text_of(papers[key])
        assert "pindai kode QR di samping dengan SOPDesk" in text, key
        assert "minta Bagian Organisasi memeriksa cetakan no." in text, key
        assert "sopdesk verify" not in text, key
        # no print signed by "Sistem" (the SP's component "Sistem, mekanisme dan prosedur" is no signer)
        assert not re.search(r"\bSistem\b(?! Aplikasi|, mekanisme)", text), key
        # the kop with its address block on every form
        assert "Jl. Uji Coba No. 1, Tigaraksa 15720" in text or key == "sop", key
