"""`sopdesk case`, `calendar` and the Berkas SP reports from the command line.

The due dates below are counted by hand on the 2026 calendar: Nyepi and Idul Fitri with their
cuti bersama keep 18 to 24 March 2026 free of work, Good Friday (3 April), 1 May, Ascension
(14 May, cuti 15 May), Idul Adha (27 May, cuti 28 May), Pancasila (1 June) and Islamic New Year
(16 June) too. A working day is 07:30 to 16:00 less the break from 12:00 to 13:00: half a day
from 09:00 ends at 13:45.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sopdesk.cli import main
from tests.unit.test_sop_report import text_of
from tests.unit.test_table_report import _Lines

PASSWORD = "sandi-rahasia-1"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    assert (
        main(["--data-dir", str(folder), "init", "--admin", "admin", "--name", "Admin"], stdin=_Lines(PASSWORD + "\n"))
        == 0
    )
    monkeypatch.setenv("SOPDESK_PASSWORD", PASSWORD)
    for role in ("staf", "kabag"):
        args = ["user", "add", role, "--role", role, "--name", f"Pengguna {role}", "--as", "admin"]
        assert main(["--data-dir", str(folder), *args], stdin=_Lines(PASSWORD + "\n")) == 0
    return folder


def run(data: Path, *args: str) -> int:
    """A command; a ``report`` without ``--as`` is printed by the clerk (a print names its printer)."""
    if args and args[0] == "report" and "--as" not in args:
        args = (*args, "--as", "staf")
    return main(["--data-dir", str(data), *args])


def show(data: Path, capsys, case: str = "SP-2026-001", now: str | None = None) -> dict:
    capsys.readouterr()
    extra = ["--now", now] if now else []
    assert run(data, "case", "show", case, "--format", "json", *extra) == 0
    return json.loads(capsys.readouterr().out)


def letter(data: Path, capsys, received: str = "09-03-2026 09:00", number: str = "440/7/Dinkes/2026") -> str:
    capsys.readouterr()
    args = ["--received", received, "--from", "Dinas Kesehatan", "--number", number, "--dated", received[:10]]
    assert (
        run(data, "agenda", "add", *args, "--subject", "Penyampaian rancangan SP", "--kode", "065", "--as", "staf") == 0
    )
    return capsys.readouterr().out.strip()


def test_due_dates_match_a_hand_count_with_holidays_half_days_suspension_and_a_return(data: Path, capsys):
    agenda_number = letter(data, capsys)
    capsys.readouterr()
    assert run(data, "case", "start", agenda_number, "--layanan", "Izin praktik bidan,Izin apotek", "--as", "staf") == 0
    assert capsys.readouterr().out == "SP-2026-001\n"
    state = show(data, capsys)
    assert state["current_step"] == 3 and state["lanes"] == ["kabag"] and state["lane_names"] == ["Kabag. Organisasi"]
    assert state["jenis_layanan"] == ["Izin praktik bidan", "Izin apotek"]
    # Half a day from Monday 9 March 09:00: 3 hours to the break, 0.75 after it.
    assert state["step_due_at"] == "2026-03-09T13:45"
    # 42 working days after Monday 9 March (18-24 March, 3 April, 1 and 14-15 May skipped): 19 May.
    assert state["planned_end"] == state["due_at"] == "2026-05-19T13:45"

    assert run(data, "case", "done", "SP-2026-001", "--step", "3", "--at", "10-03-2026 10:00", "--as", "kabag") == 0
    # Suspended from Monday 16 March 13:00 to Wednesday 25 March 13:00: 3 h + 7.5 h + 4.5 h = 2 days.
    assert (
        run(
            data,
            "case",
            "suspend",
            "SP-2026-001",
            "--reason",
            "Menunggu data OPD",
            "--at",
            "16-03-2026 13:00",
            "--as",
            "staf",
        )
        == 0
    )
    assert run(data, "case", "resume", "SP-2026-001", "--at", "25-03-2026 13:00", "--as", "staf") == 0
    state = show(data, capsys)
    four = state["steps"][3]["pass_list"][0]
    # 30 days from Tuesday 10 March 10:00 is Wednesday 29 April 10:00; plus 2 (1 May is a holiday).
    assert four["due_at"] == "2026-05-04T10:00" and four["suspended_days"] == 2
    assert state["due_at"] == "2026-05-21T13:45" and state["suspended_days"] == 2
    assert state["steps"][2]["pass_list"][0]["late"] is True  # the Kabag took longer than half a day

    assert run(data, "case", "done", "SP-2026-001", "--step", "4", "--at", "27-04-2026 14:00", "--as", "admin") == 0
    assert state_of(data, capsys)["step_due_at"] == "2026-04-28T14:00"  # one day for step 5
    assert (
        run(
            data,
            "case",
            "return",
            "SP-2026-001",
            "--to",
            "4",
            "--reason",
            "Maklumat belum lengkap",
            "--at",
            "28-04-2026 09:00",
            "--as",
            "kabag",
        )
        == 0
    )
    assert "dikembalikan ke langkah 4 (pengembalian ke-1)" in capsys.readouterr().out
    state = show(data, capsys)
    assert state["returns"] == 1 and state["steps"][3]["passes"] == 2
    # Pass 2 of step 4: 30 days from Tuesday 28 April 09:00, over Idul Adha and 1 and 16 June.
    assert state["step_due_at"] == "2026-06-18T09:00"
    assert state["steps"][4]["pass_list"][0]["outcome"] == "dikembalikan"

    assert run(data, "case", "done", "SP-2026-001", "--step", "4", "--at", "04-05-2026 10:00", "--as", "admin") == 0
    assert run(data, "case", "done", "SP-2026-001", "--step", "5", "--at", "05-05-2026 09:00", "--as", "kabag") == 0
    state = show(data, capsys, now="05-05-2026 11:15")
    assert state["current_step"] == 6 and state["lead_lane"] == "asda3"
    assert state["step_due_at"] == "2026-05-05T13:45"
    # From 9 March 09:00 to 5 May 09:00 is 34 working days, to 11:15 another 0.3; 2 suspended.
    assert state["elapsed_days"] == 32.3 and state["remaining_days"] == 10.2 and state["step_elapsed_days"] == 0.3
    assert [s["passes"] for s in state["steps"]] == [1, 1, 1, 2, 2, 1, 0, 0, 0, 0, 0]
    # A step's plan is its mutu baku from when it began: step 6 when step 5 ended, 5 May 09:00,
    # ending with its due time (never after it, whatever the suspension and the return did).
    assert state["steps"][5]["planned_start"] == "2026-05-05T09:00"
    assert state["steps"][5]["planned_end"] == state["step_due_at"] == "2026-05-05T13:45"


def state_of(data: Path, capsys) -> dict:
    return show(data, capsys)


def test_refusals_exit_1_with_the_reason_and_write_nothing(data: Path, capsys):
    agenda_number = letter(data, capsys)
    assert run(data, "case", "start", agenda_number, "--layanan", "Izin", "--as", "kabag") == 1
    assert "Peran Kabag Organisasi tidak berwenang mencatat langkah 1" in capsys.readouterr().err
    assert run(data, "case", "start", agenda_number, "--layanan", "Izin", "--as", "staf") == 0
    assert run(data, "case", "done", "SP-2026-001", "--step", "3", "--as", "staf") == 1
    assert "tidak berwenang mencatat langkah 3: pelaksananya Kabag. Organisasi" in capsys.readouterr().err
    assert run(data, "case", "done", "SP-2026-001", "--step", "5", "--as", "admin") == 1
    assert "Kesalahan step: Langkah 5 belum dapat diselesaikan" in capsys.readouterr().err
    assert run(data, "case", "done", "SP-2026-001", "--step", "3", "--at", "01-03-2026 10:00", "--as", "kabag") == 1
    assert "terlalu awal: langkah 2 selesai pada 9 Maret 2026 09.00" in capsys.readouterr().err
    assert run(data, "case", "done", "SP-2026-001", "--step", "3", "--at", "32-03-2026 10:00", "--as", "kabag") == 1
    assert "--at" in capsys.readouterr().err
    assert run(data, "case", "return", "SP-2026-001", "--to", "2", "--reason", "Tidak lengkap", "--as", "kabag") == 1
    assert "Langkah 3 tidak dapat mengembalikan berkas" in capsys.readouterr().err
    assert run(data, "case", "show", "SP-2026-404") == 1
    assert "Berkas SP-2026-404 tidak ditemukan." in capsys.readouterr().err
    assert [s["passes"] for s in show(data, capsys)["steps"][:4]] == [1, 1, 1, 0]


def test_done_on_behalf_of_an_official_named_with_by(data: Path, capsys):
    agenda_number = letter(data, capsys)
    assert run(data, "case", "start", agenda_number, "--layanan", "Izin", "--as", "staf") == 0
    assert (
        run(data, "case", "done", "1", "--step", "3", "--by", "kabag", "--note", "Segera disusun", "--as", "admin") == 0
    )
    assert run(data, "case", "done", "1", "--step", "4", "--by", "sekda", "--as", "admin") == 1
    assert "bukan pelaksana langkah 4" in capsys.readouterr().err
    three = show(data, capsys)["steps"][2]["pass_list"][0]
    assert three["acted_by"]["jabatan"] == "Kepala Bagian Organisasi" and three["recorded_by"] == "admin"
    assert three["note"] == "Segera disusun"


def test_list_reports_and_calendar(data: Path, capsys, tmp_path: Path):
    first = letter(data, capsys)
    second = letter(data, capsys, received="10-03-2026 10:00", number="440/8/Dinkes/2026")
    for number in (first, second):
        assert run(data, "case", "start", number, "--layanan", "Izin", "--as", "staf") == 0
    assert run(data, "case", "done", "SP-2026-002", "--step", "3", "--at", "10-03-2026 11:00", "--as", "kabag") == 0
    capsys.readouterr()
    assert run(data, "case", "list", "--format", "json", "--now", "10-03-2026 12:00") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["number"], c["current_step"], c["step_overdue"]) for c in listed] == [
        ("SP-2026-001", 3, True),
        ("SP-2026-002", 4, False),
    ]
    out = tmp_path / "berkas.pdf"
    assert run(data, "report", "case", "SP-2026-002", "--out", str(out), "--as", "admin") == 0
    text = text_of(out)
    assert "BERKAS PENYUSUNAN STANDAR PELAYANAN" in text and "SP-2026-002" in text
    assert "Lini masa: rencana dan realisasi per langkah" in text and "Langkah dan lintasannya" in text
    assert "Halaman 2 dari 2" in text
    capsys.readouterr()
    assert run(data, "verify", str(out)) == 0
    sla = tmp_path / "sla.xlsx"
    assert run(data, "report", "sla", "--from", "01-03-2026", "--to", "31-03-2026", "--out", str(sla)) == 0
    sheet = load_workbook(sla).active
    rows = list(sheet.iter_rows(values_only=True))
    step3 = next(r for r in rows if r[0] == 3)
    assert step3[4:6] == (1, 0.13) and step3[7] == 1  # one pass, an hour (0.13 day), on time
    step1 = next(r for r in rows if r[0] == 1)
    assert step1[7] == "tidak diukur"
    # The workbook prints as the paper does: the kop, landscape fitted to the width, the notes.
    cells = [str(c) for r in rows for c in r if c]
    assert rows[0][0] == "PEMERINTAH KABUPATEN TANGERANG"
    assert any(c.startswith("Capaian: ") for c in cells) and any("tidak diukur terhadap mutu baku" in c for c in cells)
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    capsys.readouterr()
    assert run(data, "verify", str(sla)) == 0  # the workbook too is fingerprinted
    assert capsys.readouterr().out.startswith("COCOK: identik dengan cetakan no. ")
    assert (
        run(data, "report", "sla", "--from", "01-03-2026", "--to", "31-03-2026", "--out", str(tmp_path / "sla.pdf"))
        == 0
    )
    assert "LAPORAN CAPAIAN MUTU BAKU WAKTU BERKAS SP" in text_of(tmp_path / "sla.pdf")
    assert (
        run(data, "report", "sla", "--from", "01-03-2026", "--to", "31-03-2026", "--out", str(tmp_path / "x.csv")) == 1
    )
    assert show(data, capsys, "SP-2026-002")["step_due_at"] == "2026-04-29T11:00"
    capsys.readouterr()
    assert run(data, "calendar", "set", "11-03-2026", "libur", "--note", "HUT Kabupaten", "--as", "admin") == 0
    assert "2 berkas terbuka dihitung ulang" in capsys.readouterr().out
    assert show(data, capsys, "SP-2026-002")["step_due_at"] == "2026-04-30T11:00"  # was 29 April
    assert run(data, "calendar", "show", "--year", "2026") == 0
    shown = capsys.readouterr().out
    assert "11-03-2026 libur  HUT Kabupaten [tambahan]" in shown
    assert "20-03-2026 libur  Cuti Bersama Hari Raya Idul Fitri" in shown


def test_distribution_receipt_and_the_dossiers_dispositions(data: Path, capsys, tmp_path: Path):
    agenda_number = letter(data, capsys)
    assert run(data, "case", "start", agenda_number, "--layanan", "Izin praktik bidan", "--as", "staf") == 0
    args = ["--to", "staf", "--instruksi", "Siapkan bahan", "--catatan", "Segera disusun"]
    assert run(data, "disposisi", "add", agenda_number, *args, "--written", "09-03-2026 10:00", "--as", "kabag") == 0
    capsys.readouterr()
    out = tmp_path / "tanda-terima.pdf"
    assert run(data, "report", "tanda-terima-distribusi", "SP-2026-001", "--out", str(out)) == 1
    assert "SP-2026-001 belum punya distribusi" in capsys.readouterr().err
    moments = ["20-04-2026 10:00", "21-04-2026 10:00", "21-04-2026 14:00", "22-04-2026 09:00"]
    moments += ["22-04-2026 14:00", "23-04-2026 09:00", "24-04-2026 09:00"]
    for step, at in enumerate(moments, start=4):
        assert run(data, "case", "done", "SP-2026-001", "--step", str(step), "--at", at, "--as", "admin") == 0
    capsys.readouterr()
    distribute = ["--to", "Dinas Kesehatan", "--received-by", "Ani Suryani", "--at", "27-04-2026 10:00"]
    assert run(data, "case", "distribute", "SP-2026-001", *distribute, "--as", "staf") == 0
    seq = show(data, capsys)["distributions"][0]["seq"]
    assert run(data, "case", "show", "SP-2026-001") == 0
    assert f"Distribusi ke-1 (--seq {seq}): Dinas Kesehatan, diterima Ani Suryani" in capsys.readouterr().out

    isi = ["--isi", "Buku Laporan SP (dijilid)", "--isi", "Maklumat Pelayanan"]
    assert (
        run(data, "report", "tanda-terima-distribusi", "SP-2026-001", "--seq", str(seq), *isi, "--out", str(out)) == 0
    )
    assert "Tanda terima distribusi SP-2026-001 no. 1, 1 halaman" in capsys.readouterr().out
    text = text_of(out)
    assert "TANDA TERIMA" in text and "Diserahkan kepada : Dinas Kesehatan" in text
    assert "1. Buku Laporan SP (dijilid) 2. Maklumat Pelayanan" in text
    assert "Pengguna staf Ani Suryani" in text and "Senin, 27 April 2026 pukul 10.00" in text
    assert run(data, "verify", str(out)) == 0
    assert "COCOK" in capsys.readouterr().out
    latest = tmp_path / "terakhir.pdf"  # without --seq: the latest distribution, with the SOP's output
    assert run(data, "report", "tanda-terima-distribusi", "SP-2026-001", "--out", str(latest), "--as", "staf") == 0
    assert "Yang diserahkan : Buku Laporan SPM" in text_of(latest)
    assert run(data, "report", "tanda-terima-distribusi", "SP-2026-001", "--seq", "2", "--out", str(latest)) == 1
    assert f"tidak punya distribusi #2 (distribusi: #{seq})" in capsys.readouterr().err

    dossier = tmp_path / "berkas.pdf"
    assert run(data, "report", "case", "SP-2026-001", "--out", str(dossier)) == 0
    text = text_of(dossier)
    assert f"Disposisi surat {agenda_number}" in text and "Catatan: Segera disusun" in text
    assert "Pengguna staf: belum dibaca" in text
    assert run(data, "disposisi", "read", "1", "--as", "staf") == 0
    capsys.readouterr()
    assert run(data, "verify", str(dossier)) == 0  # the file is SOPDesk's, but it printed "belum dibaca"
    assert "PERHATIAN: data telah BERUBAH sejak dicetak" in capsys.readouterr().out
