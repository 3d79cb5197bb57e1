"""Papers from the command line: every record to PDF under the letterhead through the
catalogue of documents (``services/documents.py``), and ``verify`` of a file or a scan.

A print is logged in the name of the user who makes it, and the paper names that person (the
tanda terima is signed by them), so every ``report`` command needs ``--as``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sopdesk.cli.cases import case_of
from sopdesk.cli.common import CliError, Commands, Context, letter_or_fail, record_id, step


def _period(ctx: Context) -> Any:
    from sopdesk.domain.agenda import parse_tanggal
    from sopdesk.services.documents import PeriodRequest

    try:
        return PeriodRequest(parse_tanggal(ctx.args.from_), parse_tanggal(ctx.args.to))
    except ValueError as exc:
        raise CliError(str(exc)) from None


def produce_document(ctx: Context, key: str, request: Any, out: Path | None = None) -> int:
    """Log the print, write the file, fingerprint it; say what was written."""
    from sopdesk.services.documents import document, produce

    db = ctx.database()
    actor = ctx.actor()
    target = out or Path(ctx.args.out)
    try:
        made = produce(db, actor, document(key), request, target)
    except OSError as exc:
        raise CliError(f"{target} tidak dapat ditulis: {exc.strerror or exc}") from exc
    pages = f"{made.pages} halaman, " if target.suffix.lower() == ".pdf" else ""
    summary = f"{made.summary}, " if made.summary else ""
    ctx.out(f"{target}: {made.mark.record_label}, {summary}{pages}cetakan no. {made.mark.print_id}")
    return 0


def cmd_report_sop(ctx: Context) -> int:
    from sopdesk.services.documents import SopRequest

    return produce_document(ctx, "sop", SopRequest(ctx.args.paper))


def cmd_report_list(ctx: Context) -> int:
    from sopdesk.services.documents import ListRequest

    return produce_document(ctx, "list", ListRequest(ctx.args.name))


def cmd_report_agenda(ctx: Context) -> int:
    return produce_document(ctx, "agenda", _period(ctx))


def cmd_report_letter(ctx: Context) -> int:
    from sopdesk.services.documents import LetterRequest

    record = letter_or_fail(ctx.database(), ctx.args.number)
    return produce_document(ctx, ctx.args.report_command, LetterRequest(record.id))


def cmd_report_disposisi(ctx: Context) -> int:
    from sopdesk.services.documents import LetterRequest, SheetRequest

    number = ctx.args.number
    if ctx.args.report_command == "kartu-penerus":
        letter = letter_or_fail(ctx.database(), number)
        return produce_document(ctx, "kartu-penerus", LetterRequest(letter.id))
    if number is None and not ctx.args.blank:
        raise CliError("Sebutkan nomor agenda surat, atau --blank untuk lembar kosong tanpa surat.")
    letter_id = letter_or_fail(ctx.database(), number).id if number is not None else None
    key = "disposisi-kosong" if ctx.args.blank else "disposisi"
    return produce_document(ctx, key, SheetRequest(letter_id, ctx.args.id, ctx.args.blank))


def cmd_report_case(ctx: Context) -> int:
    from sopdesk.services.documents import CaseRequest

    ctx.database()
    return produce_document(ctx, "case", CaseRequest(case_of(ctx)))


def cmd_report_sla(ctx: Context) -> int:
    out = Path(ctx.args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CliError(f"{out}: berkas tujuan harus berakhiran .pdf atau .xlsx.")
    return produce_document(ctx, "sla-xlsx" if suffix == ".xlsx" else "sla", _period(ctx), out)


def cmd_report_distribution(ctx: Context) -> int:
    """The tanda terima of one distribution (step 11); ``--seq`` as ``case show`` lists it."""
    from sopdesk.services.cases import case_state
    from sopdesk.services.documents import DistributionRequest

    db = ctx.database()
    case_id = case_of(ctx)
    seq = ctx.args.seq
    if seq is None:
        state = case_state(db, case_id)
        if not state.distributions:
            raise CliError(
                f"Berkas {state.info.number} belum punya distribusi; catat dengan 'sopdesk case distribute'."
            )
        seq = state.distributions[-1].seq
    description = "\n".join(ctx.args.isi) if ctx.args.isi else None
    return produce_document(ctx, "distribusi", DistributionRequest(case_id, seq, description))


def cmd_verify(ctx: Context) -> int:
    """``verify FILE``: identical to a print of this database? ``verify --scan FILE``: what the
    print named by the QR code on a scan (or a printer's PDF) said, and how its record stands."""
    from sopdesk.services.verify import verify_file, verify_scan

    path = Path(ctx.args.file)
    if ctx.args.scan:
        from sopdesk.services.scan import read_codes

        if not path.is_file():
            raise CliError(f"{path} tidak dapat dibaca: berkas tidak ada.")
        result = verify_scan(ctx.database(upgrade=False), read_codes(path))
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CliError(f"{path} tidak dapat dibaca: {exc.strerror}") from exc

        def qr_codes() -> list[str]:  # the QR code, when the file lost its Keywords (a printer's PDF)
            from sopdesk.domain.errors import DomainError
            from sopdesk.services.scan import read_codes

            try:
                return read_codes(path) if data.startswith(b"%PDF") else []
            except DomainError:
                return []

        result = verify_file(ctx.database(upgrade=False), data, qr_codes)
    if result.ok:
        for line in result.lines:
            ctx.out(line)
        return 0
    for line in result.lines:
        print(line, file=sys.stderr)
    return 1


def register(cli: Commands) -> None:
    report_sub, add, as_user = cli.report, cli.add, cli.as_user
    sp = add("sop", cmd_report_sop, "dokumen SOP (format Permenpan RB 35/2012)", report_sub)
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    sp.add_argument("--paper", choices=["a4", "f4"], help="ukuran kertas (bawaan: pengaturan)")
    as_user(sp)

    sp = add("list", cmd_report_list, "daftar data induk di bawah kop surat", report_sub)
    sp.add_argument("name", choices=["opd", "pejabat", "klasifikasi"])
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp)

    sp = add("agenda", cmd_report_agenda, "buku agenda surat masuk untuk satu periode", report_sub)
    sp.add_argument("--from", dest="from_", required=True, help="tanggal awal, hh-bb-tttt")
    sp.add_argument("--to", required=True, help="tanggal akhir, hh-bb-tttt")
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp)
    for name, text in (
        ("tanda-terima", "tanda terima surat untuk kurir, ditandatangani petugas yang mencetak"),
        ("kartu-kendali", "kartu kendali 10 x 15 cm, tiga lembar (putih, kuning, merah)"),
    ):
        sp = add(name, cmd_report_letter, text, report_sub)
        sp.add_argument("number", help="nomor agenda")
        sp.add_argument("--out", required=True, help="berkas PDF tujuan")
        as_user(sp)

    sp = add("case", cmd_report_case, "berkas SP: identitas, setiap langkah dan lini masa", report_sub)
    sp.add_argument("case", help="nomor berkas atau id")
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp)
    sp = add("sla", cmd_report_sla, "capaian mutu baku waktu per langkah untuk satu periode", report_sub)
    sp.add_argument("--from", dest="from_", required=True, help="tanggal awal, hh-bb-tttt")
    sp.add_argument("--to", required=True, help="tanggal akhir, hh-bb-tttt")
    sp.add_argument("--out", required=True, help="berkas tujuan .pdf atau .xlsx")
    as_user(sp)
    # the tanda terima of a distribution (step 11)
    sp = add("tanda-terima-distribusi", cmd_report_distribution, "tanda terima satu distribusi laporan", report_sub)
    sp.add_argument("case", help="nomor berkas atau id")
    sp.add_argument("--seq", type=step, help="nomor distribusi seperti pada 'case show' (bawaan: distribusi terakhir)")
    sp.add_argument(
        "--isi", action="append", help="yang diserahkan, satu baris per butir (ulangi); bawaan: output langkah SOP"
    )
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp)

    sp = add("disposisi", cmd_report_disposisi, "lembar disposisi (setengah folio)", report_sub)
    sp.add_argument("number", nargs="?", help="nomor agenda (boleh kosong dengan --blank)")
    sp.add_argument("--blank", action="store_true", help="lembar kosong untuk ditulis tangan (dengan atau tanpa surat)")
    sp.add_argument("--id", type=record_id, help="disposisi tertentu (bawaan: disposisi pertama surat itu)")
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp)
    sp = add("kartu-penerus", cmd_report_disposisi, "kartu penerus disposisi", report_sub)
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp)

    sp = add(
        "verify",
        cmd_verify,
        "periksa keaslian cetakan: berkas yang identik dengan cetakan SOPDesk, atau kode QR pada pindaian",
    )
    sp.add_argument("file", help="berkas PDF/XLSX cetakan SOPDesk, atau (dengan --scan) gambar pindaian atau PDF")
    sp.add_argument(
        "--scan",
        action="store_true",
        help="baca kode QR dari pindaian kertas (PNG, JPEG, TIFF) atau PDF dari antrean pencetak",
    )
