"""`sopdesk sp` and the SP's reports from the command line: show the fourteen components with
their part, import a Word draft, set a component, compare versions, return from step 5 naming
components, the signed version refusing edits, the SIPP workbook, the list and the register."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sopdesk.cli import main
from sopdesk.domain.sp import COMPONENTS
from tests.sp_drafts import make_standard, make_two_layanan
from tests.unit.test_sop_report import text_of
from tests.unit.test_table_report import _Lines

PASSWORD = "sandi-rahasia-1"
BIDAN = "Penerbitan Surat Izin Praktik Bidan"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    init = ["--data-dir", str(folder), "init", "--admin", "admin", "--name", "Admin"]
    assert main(init, stdin=_Lines(PASSWORD + "\n")) == 0
    monkeypatch.setenv("SOPDESK_PASSWORD", PASSWORD)
    for role in ("staf", "kasubag", "kabag"):
        args = ["user", "add", role, "--role", role, "--name", f"Pengguna {role}", "--as", "admin"]
        assert main(["--data-dir", str(folder), *args], stdin=_Lines(PASSWORD + "\n")) == 0
    return folder


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def out(data: Path, capsys, *args: str) -> str:
    capsys.readouterr()
    assert run(data, *args) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def case(data: Path, capsys, layanan: str = f"{BIDAN},Izin Apotek") -> str:
    number = out(
        data,
        capsys,
        *("agenda", "add", "--received", "02-03-2026 09:00", "--from", "Dinas Kesehatan", "--number", "440/1"),
        *("--dated", "02-03-2026", "--subject", "Rancangan SP", "--kode", "065", "--as", "staf"),
    ).strip()
    return out(data, capsys, "case", "start", number, "--layanan", layanan, "--as", "staf").strip()


def show(data: Path, capsys, number: str, *extra: str) -> dict:
    return json.loads(out(data, capsys, "sp", "show", number, "--format", "json", *extra))


def test_show_lists_the_fourteen_components_in_order_with_their_part(data, capsys):
    number = case(data, capsys)
    shown = show(data, capsys, number, "--layanan", "izin apotek")
    (layanan,) = shown["layanan"]
    assert layanan["layanan"] == "Izin Apotek" and layanan["version"] == 0
    assert [(c["no"], c["nama"], c["bagian"]) for c in layanan["komponen"]] == [
        (c.no, c.nama, "penyampaian" if c.no <= 6 else "pengelolaan") for c in COMPONENTS
    ]
    assert all(c["kelengkapan"] == "kosong" for c in layanan["komponen"])
    text = out(data, capsys, "sp", "show", number, "--layanan", "Izin Apotek")
    assert (
        text.index("A. Penyampaian pelayanan") < text.index(" 1. Persyaratan") < text.index("B. Pengelolaan pelayanan")
    )
    assert (
        text.index("B. Pengelolaan pelayanan")
        < text.index(" 7. Dasar hukum")
        < text.index("14. Evaluasi kinerja pelaksana")
    )


def test_a_draft_in_the_common_layout_imports_into_the_components(data, capsys, tmp_path):
    number = case(data, capsys, BIDAN)
    draft = make_standard(tmp_path / "draft.docx", merged_name=True)
    preview = out(data, capsys, "sp", "import", number, str(draft), "--dry-run")
    assert f"{BIDAN}: 14 dari 14 komponen" in preview
    assert show(data, capsys, number)["layanan"][0]["version"] == 0  # the preview wrote nothing
    report = out(data, capsys, "sp", "import", number, str(draft), "--as", "staf")
    assert "'Keterangan lain-lain' tidak dapat ditempatkan" in report
    assert f"{BIDAN}: disimpan sebagai versi 1" in report
    komponen = show(data, capsys, number)["layanan"][0]["komponen"]
    assert komponen[0]["uraian"].splitlines()[:2] == ["1. Surat permohonan", "2. Fotokopi KTP-el"]
    assert komponen[2]["isi"] == {
        "text": "3 (tiga) hari kerja sejak berkas dinyatakan lengkap",
        "amount": "3",
        "unit": "hari kerja",
    }
    assert komponen[3]["teks"] == "Tidak dipungut biaya"


def test_a_return_naming_components_then_a_new_version_shows_in_compare_and_show(data, capsys, tmp_path):
    number = case(data, capsys)
    assert run(data, "sp", "import", number, str(make_two_layanan(tmp_path / "dua.docx")), "--as", "staf") == 0
    out(data, capsys, "case", "done", number, "--step", "3", "--at", "02-03-2026 11:00", "--as", "kabag")
    out(data, capsys, "case", "done", number, "--step", "4", "--at", "03-03-2026 10:00", "--as", "kasubag")
    capsys.readouterr()
    assert run(data, "sp", "set", number, "--layanan", BIDAN, "--komponen", "4", "--text", "x", "--as", "staf") == 1
    assert "sekarang di langkah 5" in capsys.readouterr().err
    returned = out(
        data,
        capsys,
        *("case", "return", number, "--to", "4", "--reason", "Tarif dan pengaduan belum lengkap"),
        *("--at", "03-03-2026 14:00", "--perbaikan", f"4@{BIDAN}:sebutkan dasar hukum", "--perbaikan", "6"),
        *("--as", "kabag"),
    )
    assert "perbaiki: 4. Biaya/tarif (Penerbitan Surat Izin Praktik Bidan): sebutkan dasar hukum" in returned
    shown = show(data, capsys, number, "--layanan", BIDAN)["layanan"][0]
    assert [(p["komponen"], p["diubah"]) for p in shown["perbaikan"]] == [(4, False), (6, False)]
    # a save based on an older version is refused, naming who saved the newer one
    capsys.readouterr()
    stale = [
        "sp",
        "set",
        number,
        "--layanan",
        BIDAN,
        "--komponen",
        "4",
        "--text",
        "x",
        "--based-on",
        "0",
        "--as",
        "kasubag",
    ]
    assert run(data, *stale) == 1
    assert "sudah diubah oleh Pengguna staf (staf)" in capsys.readouterr().err
    saved = out(
        data,
        capsys,
        *("sp", "set", number, "--layanan", BIDAN, "--komponen", "4", "--based-on", "1"),
        *("--text", "- Retribusi izin | Rp 50.000\\nDasar: Peraturan Daerah Nomor 1 Tahun 2024", "--as", "kasubag"),
    )
    assert "4. Biaya/tarif disimpan sebagai versi 2" in saved
    compared = json.loads(out(data, capsys, "sp", "compare", number, "--layanan", BIDAN, "--format", "json"))
    fee = next(c for c in compared["komponen"] if c["no"] == 4)
    assert compared["from"] == 1 and compared["to"] == 2 and fee["berubah"]
    assert ["-", "Tidak dipungut biaya"] in fee["segmen"]
    assert [c["no"] for c in compared["komponen"] if c["berubah"]] == [4]
    text = out(data, capsys, "sp", "compare", number, "--layanan", BIDAN)
    assert "[-Tidak dipungut biaya-]{+- Retribusi izin | Rp 50.000" in text
    shown = show(data, capsys, number, "--layanan", BIDAN)["layanan"][0]
    assert shown["version"] == 2 and [v["pass"] for v in shown["versions"]] == [0, 2]
    assert (
        shown["komponen"][3]["uraian"]
        == "1. Retribusi izin: Rp 50.000\nDasar hukum: Peraturan Daerah Nomor 1 Tahun 2024"
    )
    assert [(p["komponen"], p["diubah"]) for p in shown["perbaikan"]] == [(4, True), (6, False)]


def test_the_signed_version_refuses_edits_and_the_register_lists_it(data, capsys, tmp_path):
    number = case(data, capsys, BIDAN)
    assert run(data, "sp", "import", number, str(make_standard(tmp_path / "d.docx")), "--as", "staf") == 0
    steps = [(3, "kabag", "02-03-2026 11:00"), (4, "kasubag", "03-03-2026 10:00"), (5, "kabag", "04-03-2026 10:00")]
    steps += [(6, "staf", "04-03-2026 14:00"), (7, "staf", "05-03-2026 10:00"), (8, "staf", "06-03-2026 10:00")]
    for step, who, at in steps:
        out(data, capsys, "case", "done", number, "--step", str(step), "--at", at, "--as", who)
    capsys.readouterr()
    assert run(data, "sp", "set", number, "--komponen", "1", "--text", "- baru", "--as", "staf") == 1
    assert "dibekukan" in capsys.readouterr().err
    out(data, capsys, "sp", "sk", number, "--nomor", "440/77/Dinkes/2026", "--tanggal", "06-03-2026", "--as", "staf")
    listed = json.loads(out(data, capsys, "sp", "list", "--berlaku", "--opd", "kesehatan", "--format", "json"))
    assert [(i["case"], i["layanan"], i["sk_nomor"], i["sejak"], i["berlaku"]) for i in listed] == [
        (number, BIDAN, "440/77/Dinkes/2026", "2026-03-06", True)
    ]
    assert "Berlaku, SK 440/77/Dinkes/2026, sejak 06-03-2026" in out(data, capsys, "sp", "list")
    shown = show(data, capsys, number)["layanan"][0]
    assert shown["signed_version"] == 1 and shown["signed_at"].startswith("2026-03-06T10:00")


def test_the_sipp_workbook_has_one_row_per_layanan_filled_from_the_sp(data, capsys, tmp_path):
    number = case(data, capsys)
    assert run(data, "sp", "import", number, str(make_two_layanan(tmp_path / "dua.docx")), "--as", "staf") == 0
    target = tmp_path / "sipp.xlsx"
    assert f"{target}: 2 layanan untuk SIPP" in out(data, capsys, "sp", "export-sipp", number, "--out", str(target), "--as", "staf")
    sheet = load_workbook(target)["Layanan"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    assert (
        header[:3] == ["No", "Nama Layanan", "Deskripsi Layanan"] and "Penyelenggara" in header and "Lokasi" in header
    )
    by_layanan = {row[1]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert list(by_layanan) == [BIDAN, "Izin Apotek"]
    bidan = by_layanan[BIDAN]
    assert bidan["Persyaratan"].startswith("1. Surat permohonan\n2. Fotokopi KTP-el")
    assert "1. Pemohon menyerahkan berkas di loket (10 menit)" in bidan["Sistem, Mekanisme dan Prosedur"]
    assert bidan["Waktu Penyelesaian"] == "3 (tiga) hari kerja sejak berkas dinyatakan lengkap"
    assert bidan["Biaya/Tarif"] == "Tidak dipungut biaya"
    assert bidan["Produk Pelayanan"] == "1. Surat Izin Praktik Bidan (SIPB)"
    assert "E-mail: dinkes@tangerangkab.go.id" in bidan["Penanganan Pengaduan, Saran dan Masukan"]
    assert bidan["Penyelenggara"] == "Dinas Kesehatan"
    assert bidan["Deskripsi Layanan"].startswith(f"Pelayanan {BIDAN} oleh Dinas Kesehatan yang menghasilkan")


def test_the_papers_print_from_the_command_line(data, capsys, tmp_path):
    number = case(data, capsys, BIDAN)
    assert run(data, "sp", "import", number, str(make_standard(tmp_path / "d.docx")), "--as", "staf") == 0
    for name in ("sp", "maklumat", "ba-fkp", "buku-laporan"):
        target = tmp_path / f"{name}.pdf"
        assert "halaman, cetakan no." in out(data, capsys, "report", name, number, "--out", str(target), "--as", "staf")
        assert "COCOK" in out(data, capsys, "verify", str(target))
    assert "STANDAR PELAYANAN PENERBITAN SURAT IZIN PRAKTIK BIDAN" in text_of(tmp_path / "sp.pdf")


def test_bad_input_is_refused_in_indonesian_without_a_traceback(data, capsys, tmp_path):
    number = case(data, capsys)
    capsys.readouterr()
    assert run(data, "sp", "set", number, "--komponen", "4", "--text", "x", "--as", "staf") == 1
    assert "sebutkan --layanan" in capsys.readouterr().err
    assert (
        run(
            data,
            "sp",
            "set",
            number,
            "--layanan",
            "Izin Apotek",
            "--komponen",
            "fasilitas umum",
            "--text",
            "- x",
            "--as",
            "staf",
        )
        == 0
    )
    bad = tmp_path / "bukan.docx"
    bad.write_text("bukan word")
    assert run(data, "sp", "import", number, str(bad), "--as", "staf") == 1
    assert "bukan dokumen Word" in capsys.readouterr().err
    assert run(data, "sp", "show", "SP-2099-001") == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert (
        run(data, "case", "return", number, "--to", "4", "--reason", "alasan", "--perbaikan", "biaya", "--as", "kabag")
        == 1
    )
    assert "harus diawali nomor komponen" in capsys.readouterr().err
