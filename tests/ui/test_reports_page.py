"""Laporan: the SLA report per step for a period, on screen, in Excel and on paper."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook

from sopdesk.domain.cases import CompleteStep, StartCase
from sopdesk.services import cases, read
from sopdesk.store.database import Database
from sopdesk.ui.main_window import MainWindow
from tests.office import make_office
from tests.ui.conftest import settle


def test_the_period_report_per_step_prints_and_exports(qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    received = datetime.combine(date.today() - timedelta(days=14), datetime.min.time()).replace(hour=8)
    office = make_office(sqlite_db, received=received)
    for letter in office.letters[:2]:
        case_id = cases.start_case(
            sqlite_db, office.actors["staf"], StartCase(letter.id, ("Layanan",), opd_id=1)
        ).case_id
        cases.complete_step(
            sqlite_db, office.actors["kabag"], case_id, CompleteStep(3, at=received + timedelta(days=2))
        )

    window = MainWindow(sqlite_db, office.actors["kabag"], tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    window.open_page(4)
    page = window.reports_page
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert page.table.rowCount() == 11
    assert [page.table.item(r, 4).text() for r in range(3)] == ["2", "2", "2"]  # steps 1-3 ended twice
    assert page.table.item(2, 7).text() == "0%"  # step 3: two days against half a day
    assert "2 berkas masih berjalan" in page.summary.text()

    # A period that ends before it starts is refused next to the dates.
    page.end.set_value(date(2020, 1, 1))
    page.reload()
    assert page.status.text() == "Tanggal akhir tidak boleh sebelum tanggal awal."

    target = tmp_path / "sla.xlsx"
    task = page.export_to(target)
    settle(qtbot)
    assert task is not None
    qtbot.waitUntil(lambda: target.exists() and page.export_button.isEnabled(), timeout=10000)
    sheet = load_workbook(target).active
    titles = [row[0] for row in sheet.iter_rows(values_only=True) if row and isinstance(row[0], str)]
    assert titles[0] == "PEMERINTAH KABUPATEN TANGERANG"  # under the kop
    assert "LAPORAN CAPAIAN MUTU BAKU WAKTU BERKAS SP" in titles

    title, renderer = window.current_document()
    assert title == "Laporan Capaian Mutu Baku"
    pdf = tmp_path / "sla.pdf"
    renderer(sqlite_db, office.actors["kabag"], pdf, lambda done, total: True)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Laporan Capaian Mutu Baku" in text and "Disposisi, memberi petunjuk" in text
    assert [e.action for e in read.audit_events(sqlite_db, limit=2)] == ["print.file", "print.sla"]
