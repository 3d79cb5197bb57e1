"""`sopdesk disposisi` and the disposition papers from the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sopdesk.cli import main
from sopdesk.store.database import Database
from tests.office import KABAG, KASUBAG, Office, make_office
from tests.unit.test_sop_report import text_of
from tests.unit.test_table_report import _Lines

PASSWORD = "sandi-rahasia-1"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Office]:
    monkeypatch.delenv("SOPDESK_DATABASE_URL", raising=False)
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "init"]) == 0
    db = Database.connect(str(folder / "sopdesk.sqlite3"))
    office = make_office(db)
    db.dispose()
    monkeypatch.setenv("SOPDESK_PASSWORD", PASSWORD)
    return folder, office


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(["--data-dir", str(folder), *args], stdin=_Lines(""))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_the_chain_from_the_command_line(data, capsys):
    folder, office = data
    number = office.letters[0].number
    code, out, err = run(
        capsys,
        folder,
        "disposisi",
        "add",
        number,
        "--to",
        "kasubag,Subbagian Tata Laksana",
        "--instruksi",
        "tanggapan dan saran,Proses lebih lanjut",
        "--catatan",
        "Pelajari dulu.",
        "--as",
        "kabag",
    )
    assert code == 0, err
    root = int(re.match(r"Disposisi #(\d+) ", out)[1])
    assert f"dari {KABAG[0]} kepada {KASUBAG[0]}, Subbagian Tata Laksana; batas waktu" in out
    # The Kasubag passes it on to a clerk.
    code, out, err = run(
        capsys, folder, "disposisi", "add", number, "--to", "staf", "--instruksi", "Siapkan bahan",
        "--parent", str(root), "--as", "kasubag",
    )  # fmt: skip
    assert code == 0, err
    child = int(re.match(r"Disposisi #(\d+) ", out)[1])
    code, out, _ = run(capsys, folder, "disposisi", "list", "--for", "staf", "--format", "json")
    (item,) = json.loads(out)
    assert (item["id"], item["letter"], item["from"], item["unread"]) == (child, number, KASUBAG[0], True)
    code, out, err = run(capsys, folder, "disposisi", "done", str(child), "--note", "Bahan siap", "--as", "staf")
    assert (code, out) == (0, f"Disposisi #{child} selesai.\n"), err
    code, out, _ = run(capsys, folder, "disposisi", "show", number)
    assert f"-> {KASUBAG[0]}: selesai — Selesai: semua penerusan selesai." in out
    assert "-> Pengguna staf: selesai — Bahan siap" in out and "-> Subbagian Tata Laksana: belum dibaca" in out
    code, out, _ = run(capsys, folder, "agenda", "list", "--format", "json")
    assert next(r for r in json.loads(out) if r["number"] == number)["status"] == "diproses SOP"
    code, out, _ = run(capsys, folder, "disposisi", "list", "--format", "json")
    assert [d["id"] for d in json.loads(out)] == [child, root]


def test_a_name_with_commas_and_the_transcription_by_a_clerk(data, capsys):
    folder, office = data
    number = office.letters[1].number
    args = ("disposisi", "add", number, "--to", KASUBAG[0], "--instruksi", "Arsipkan", "--on-behalf-of", "kabag")
    code, _, err = run(capsys, folder, *args, "--as", "staf")
    assert code == 1 and "Gagal: Peran Staf tidak berwenang mencatat disposisi atas nama pejabat." in err
    code, out, err = run(capsys, folder, *args, "--as", "kasubag")
    assert code == 0, err
    assert f"dari {KABAG[0]} kepada {KASUBAG[0]};" in out
    code, out, _ = run(capsys, folder, "disposisi", "list", "--format", "json")
    (record,) = json.loads(out)
    assert (record["transcribed"], record["recorded_by"], record["from"]["nip"]) == (True, "kasubag", KABAG[1])


def test_errors_are_indonesian_with_exit_codes(data, capsys):
    folder, office = data
    number = office.letters[0].number
    code, _, err = run(
        capsys, folder, "disposisi", "add", number, "--to", "nobody", "--instruksi", "x", "--as", "kabag"
    )
    assert code == 1 and "Penerima 'nobody' tidak dikenali." in err
    code, _, err = run(capsys, folder, "disposisi", "add", number, "--to", "staf", "--as", "kabag")
    assert code == 1 and "Kesalahan instructions: Centang minimal satu instruksi atau tulis catatan." in err
    code, _, err = run(
        capsys,
        folder,
        "disposisi",
        "add",
        number,
        "--to",
        "staf",
        "--catatan",
        "x",
        "--due",
        "01-01-2020",
        "--as",
        "kabag",
    )
    assert code == 1 and "Batas waktu tidak boleh sebelum hari ini." in err
    code, _, err = run(capsys, folder, "disposisi", "add", "999/X", "--to", "staf", "--as", "kabag")
    assert code == 1 and "Nomor agenda 999/X tidak ditemukan." in err
    code, _, err = run(capsys, folder, "disposisi", "add", number, "--as", "kabag")
    assert code == 2 and "--to" in err
    code, _, err = run(capsys, folder, "disposisi", "done", "77", "--as", "staf")
    assert code == 1 and "Disposisi #77 tidak ditemukan." in err


def test_the_papers_from_the_command_line(data, capsys, tmp_path: Path):
    folder, office = data
    number = office.letters[0].number
    blank = tmp_path / "kosong.pdf"
    code, out, err = run(capsys, folder, "report", "disposisi", number, "--blank", "--out", str(blank), "--as", "staf")
    assert code == 0, err
    assert number in text_of(blank) and "✓" not in text_of(blank)
    # The blank sheet needs no letter at all: the office fills it in by hand.
    loose = tmp_path / "lepas.pdf"
    code, out, err = run(capsys, folder, "report", "disposisi", "--blank", "--out", str(loose), "--as", "staf")
    assert code == 0 and "Lembar Disposisi (kosong)" in out, err
    code, _, err = run(capsys, folder, "report", "disposisi", "--out", str(loose), "--as", "staf")
    assert code == 1 and "--blank" in err
    filled = tmp_path / "isi.pdf"
    code, _, err = run(capsys, folder, "report", "disposisi", number, "--out", str(filled), "--as", "staf")
    assert code == 1 and "belum didisposisi: cetak lembar disposisi kosong" in err
    run(
        capsys, folder, "disposisi", "add", number, "--to", "kasubag", "--instruksi", "Untuk diketahui", "--as", "kabag"
    )
    code, out, err = run(capsys, folder, "report", "disposisi", number, "--out", str(filled), "--as", "staf")
    assert code == 0, err
    text = text_of(filled)
    assert "✓ Untuk diketahui" in text and "19750315 200012 2 003" in text
    card = tmp_path / "kartu.pdf"
    code, out, err = run(capsys, folder, "report", "kartu-penerus", number, "--out", str(card), "--as", "staf")
    assert code == 0 and "Kartu Penerus Disposisi" in out, err
    assert KASUBAG[0] in text_of(card)
    code, out, _ = run(capsys, folder, "verify", str(card))
    assert code == 0 and out.startswith("COCOK")
