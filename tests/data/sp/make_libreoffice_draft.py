"""Make ``rancangan-libreoffice.docx``: an OPD's draft as LibreOffice writes it.

Run from the repository root (needs LibreOffice Writer: ``apt-get install libreoffice-writer-nogui``):

    python tests/data/sp/make_libreoffice_draft.py

It writes an HTML draft (two layanan, each named in a heading above its table; part headings as
rows spanning the table; a component name spanning two rows; ordered, bulleted and nested
lists; the fee written "Biaya / Tarif") and converts it with
``soffice --headless --convert-to docx``. The result is committed, so the tests need no
LibreOffice; run this again only to change the fixture.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "rancangan-libreoffice.docx"

PART_A = "KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN"
PART_B = "KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN"


def table(rows: list[tuple[str, str, str]], *, split_first: bool = False) -> str:
    out = ['<table border="1" cellspacing="0">', "<tr><th>NO</th><th>KOMPONEN</th><th>URAIAN</th></tr>"]
    out.append(f'<tr><td colspan="3"><b>{PART_A}</b></td></tr>')
    for no, name, body in rows:
        if no == "7":
            out.append(f'<tr><td colspan="3"><b>{PART_B}</b></td></tr>')
        if split_first and no == "1":
            out.append(f'<tr><td rowspan="2">{no}.</td><td rowspan="2">{name}</td><td>{body}</td></tr>')
            out.append(
                "<tr><td><p>Persyaratan tambahan bagi badan usaha:</p><ul><li>Akta pendirian</li></ul></td></tr>"
            )
            continue
        out.append(f"<tr><td>{no}.</td><td>{name}</td><td>{body}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


KTP = [
    (
        "1",
        "Persyaratan",
        "<ol><li>Surat pengantar RT/RW</li><li>Kartu Keluarga<ol><li>asli</li><li>fotokopi 1 lembar</li></ol></li></ol>",
    ),
    (
        "2",
        "Sistem, Mekanisme dan Prosedur",
        "<ol><li>Pemohon mengambil nomor antrean (5 menit)</li><li>Perekaman data (15 menit)</li><li>Pencetakan KTP-el (30 menit)</li></ol>",
    ),
    ("3", "Jangka Waktu Pelayanan", "<p>60 menit</p>"),
    ("4", "Biaya / Tarif", "<p>Tidak dipungut biaya</p>"),
    ("5", "Produk Pelayanan", "<ul><li>KTP-el</li></ul>"),
    (
        "6",
        "Penanganan Pengaduan, Saran dan Masukan",
        "<ul><li>Telepon: (021) 59301234</li><li>E-mail: disdukcapil@tangerangkab.go.id</li><li>SP4N-LAPOR!: www.lapor.go.id</li></ul>",
    ),
    (
        "7",
        "Dasar Hukum",
        "<ol><li>Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan</li><li>Peraturan Presiden Nomor 96 Tahun 2018</li></ol>",
    ),
    ("8", "Sarana, Prasarana dan/atau Fasilitas", "<ul><li>Alat perekaman KTP-el</li><li>Ruang tunggu</li></ul>"),
    ("9", "Kompetensi Pelaksana", "<p>Menguasai aplikasi SIAK.</p>"),
    ("10", "Pengawasan Internal", "<p>Kepala Bidang Pelayanan Pendaftaran Penduduk.</p>"),
    ("11", "Jumlah Pelaksana", "<p>4 orang</p>"),
    ("12", "Jaminan Pelayanan", "<p>Pelayanan sesuai standar.</p>"),
    ("13", "Jaminan Keamanan dan Keselamatan Pelayanan", "<p>Data kependudukan dilindungi.</p>"),
    ("14", "Evaluasi Kinerja Pelaksana", "<p>Evaluasi bulanan.</p>"),
]
AKTA = [(no, name, body.replace("KTP-el", "Akta Kelahiran")) for no, name, body in KTP]

HTML = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Rancangan SP</title></head><body>
<p>LAMPIRAN KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL</p>
<p><b>STANDAR PELAYANAN PENERBITAN KTP-EL</b></p>
{table(KTP, split_first=True)}
<p></p>
<p><b>STANDAR PELAYANAN PENERBITAN AKTA KELAHIRAN</b></p>
{table(AKTA)}
</body></html>
"""


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) tidak ditemukan", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "rancangan-libreoffice.html"
        source.write_text(HTML, encoding="utf-8")
        subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            timeout=300,
        )
        shutil.copyfile(Path(tmp) / "rancangan-libreoffice.docx", OUT)
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
