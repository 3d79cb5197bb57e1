"""`sopdesk agenda`: the clerk's command line for the agenda book."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sopdesk.cli import main
from tests.unit.test_table_report import _Lines

PASSWORD = "sandi-rahasia-1"
ADD = [
    "agenda",
    "add",
    "--received",
    "20-11-2026 09:30",
    "--from",
    "Dinas Kesehatan",
    "--number",
    "440/1",
    "--dated",
    "18-11-2026",
    "--subject",
    "Rancangan maklumat pelayanan",
    "--kode",
    "065",
    "--as",
    "admin",
]


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    assert (
        main(["--data-dir", str(folder), "init", "--admin", "admin", "--name", "Admin"], stdin=_Lines(PASSWORD + "\n"))
        == 0
    )
    monkeypatch.setenv("SOPDESK_PASSWORD", PASSWORD)
    return folder


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_add_prints_the_agenda_number_and_warns_about_a_repeat(data: Path, capsys):
    capsys.readouterr()
    assert run(data, *ADD) == 0
    assert capsys.readouterr().out == "065/001-Org/2026\n"
    assert run(data, *ADD) == 0
    captured = capsys.readouterr()
    assert captured.out == "065/002-Org/2026\n"
    assert "sudah tercatat sebagai 065/001-Org/2026" in captured.err


def test_bad_input_fails_with_field_messages_and_no_number(data: Path, capsys):
    capsys.readouterr()
    args = [*ADD]
    args[args.index("--dated") + 1] = "31-02-2026"
    assert run(data, *args) == 1
    assert "Tanggal '31-02-2026' tidak ada: Februari 2026 hanya sampai tanggal 28." in capsys.readouterr().err
    args = [*ADD]
    args[args.index("--from") + 1] = "  "
    assert run(data, *args) == 1
    assert "Asal surat wajib diisi." in capsys.readouterr().err
    assert run(data, "agenda", "list", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_void_and_list(data: Path, capsys):
    assert run(data, *ADD) == 0
    assert run(data, "agenda", "void", "065/001-Org/2026", "--reason", "Tercatat dua kali", "--as", "admin") == 0
    assert run(data, "agenda", "void", "065/009-Org/2026", "--reason", "Tidak ada", "--as", "admin") == 1
    capsys.readouterr()
    assert run(data, "agenda", "list", "--search", "makl", "--format", "json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["number"], row["voided"], row["void_reason"]) == ("065/001-Org/2026", True, "Tercatat dua kali")
    assert run(data, "agenda", "list", "--year", "2026") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("number,received_at,asal") and len(lines) == 2


def test_attach_a_scan_from_the_command_line(data: Path, tmp_path: Path, capsys):
    assert run(data, *ADD) == 0
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\nisi\n%%EOF\n")
    capsys.readouterr()
    assert run(data, "agenda", "attach", "065/001-Org/2026", str(scan), "--as", "admin") == 0
    assert capsys.readouterr().out.startswith("scan.pdf dilampirkan ke 065/001-Org/2026 (SHA-256 ")
    bad = tmp_path / "catatan.txt"
    bad.write_text("bukan pindaian")
    assert run(data, "agenda", "attach", "065/001-Org/2026", str(bad), "--as", "admin") == 1
    assert "Lampiran harus PDF, JPG, PNG atau TIFF." in capsys.readouterr().err


def test_list_finds_a_letter_by_its_agenda_number(data: Path, capsys):
    def back_fill(seq: str, nomor: str) -> None:
        args = [*ADD, "--seq", seq]
        args[args.index("--received") + 1] = "02-06-2025 09:00"
        args[args.index("--dated") + 1] = "01-06-2025"
        args[args.index("--kode") + 1] = "060"
        args[args.index("--number") + 1] = nomor
        assert run(data, *args) == 0

    back_fill("368", "440/A")
    back_fill("1368", "440/B")
    assert run(data, *ADD) == 0
    capsys.readouterr()

    def listed(search: str) -> list[str]:
        assert run(data, "agenda", "list", "--search", search, "--format", "json") == 0
        return [row["number"] for row in json.loads(capsys.readouterr().out)]

    assert listed("368") == ["060/368-Org/2025"]
    assert listed("368-Org") == ["060/368-Org/2025"]
    assert listed("060/368-Org/2025") == ["060/368-Org/2025"]
    assert listed("1368") == ["060/1368-Org/2025"]
    assert listed("1") == ["065/001-Org/2026"]
