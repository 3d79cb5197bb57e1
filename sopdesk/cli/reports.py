"""Papers from the command line: every record to PDF under the letterhead, and verify a print."""

from __future__ import annotations

import sys
from pathlib import Path

from sopdesk.cli.cases import case_of
from sopdesk.cli.common import CliError, Commands, Context, letter_or_fail, record_id, step


def cmd_report_sop(ctx: Context) -> int:
    from sopdesk.reports.sop_document import render_sop
    from sopdesk.services.printing import prepare_sop_print

    db = ctx.database()
    actor = ctx.actor_or_system()
    job = prepare_sop_print(db, actor, ctx.args.paper)
    pages = render_sop(job.sop, job.setup, job.mark, job.letterhead, Path(ctx.args.out))
    paper = job.setup.paper.label
    ctx.out(f"{ctx.args.out}: {job.mark.record_label}, {pages} halaman, {paper}, cetakan no. {job.mark.print_id}")
    return 0


def cmd_report_list(ctx: Context) -> int:
    from sopdesk.reports.table_document import render_table
    from sopdesk.services.printing import prepare_list_print

    db = ctx.database()
    actor = ctx.actor_or_system()
    job = prepare_list_print(db, actor, ctx.args.name)
    pages = render_table(job.document, job.setup, job.mark, job.letterhead, Path(ctx.args.out))
    ctx.out(
        f"{ctx.args.out}: {job.document.title}, {len(job.document.rows)} baris, {pages} halaman, "
        f"cetakan no. {job.mark.print_id}"
    )
    return 0


def cmd_report_agenda(ctx: Context) -> int:
    from sopdesk.domain.agenda import parse_tanggal
    from sopdesk.reports.table_document import render_table
    from sopdesk.services.printing import prepare_agenda_book

    try:
        start, end = parse_tanggal(ctx.args.from_), parse_tanggal(ctx.args.to)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    db = ctx.database()
    actor = ctx.actor_or_system()
    job = prepare_agenda_book(db, actor, start, end)
    pages = render_table(job.document, job.setup, job.mark, job.letterhead, Path(ctx.args.out))
    ctx.out(f"{ctx.args.out}: {job.document.subtitle}, {len(job.document.rows)} surat, {pages} halaman")
    return 0


def cmd_report_letter(ctx: Context) -> int:
    from sopdesk.domain.printing import DocumentKind
    from sopdesk.reports.letter_documents import render_control_card, render_receipt
    from sopdesk.services.printing import prepare_letter_print

    db = ctx.database()
    record = letter_or_fail(db, ctx.args.number)
    actor = ctx.actor_or_system()
    out = Path(ctx.args.out)
    if ctx.args.report_command == "tanda-terima":
        job = prepare_letter_print(db, actor, record.id, DocumentKind.RECEIPT)
        render_receipt(job.letter, job.receiver, job.place, job.setup, job.mark, job.letterhead, out)
    else:
        job = prepare_letter_print(db, actor, record.id, DocumentKind.CONTROL_CARD)
        render_control_card(job.letter, job.setup, job.mark, out)
    ctx.out(f"{out}: {job.mark.record_label}, cetakan no. {job.mark.print_id}")
    return 0


def cmd_verify(ctx: Context) -> int:
    from sopdesk.domain.printing import find_mark_in_pdf
    from sopdesk.services.printing import verify

    path = Path(ctx.args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"{path} tidak dapat dibaca: {exc.strerror}") from exc
    result = verify(ctx.database(upgrade=False), find_mark_in_pdf(data))
    if result.matches:
        ctx.out(f"COCOK: {result.message}")
        return 0
    print(f"TIDAK COCOK: {result.message}", file=sys.stderr)
    return 1


def cmd_report_disposisi(ctx: Context) -> int:
    from sopdesk.reports.disposition_documents import render_disposition_sheet, render_routing_card
    from sopdesk.services.printing import prepare_disposition_sheet, prepare_routing_card

    db = ctx.database()
    letter = letter_or_fail(db, ctx.args.number)
    actor = ctx.actor_or_system()
    out = Path(ctx.args.out)
    if ctx.args.report_command == "kartu-penerus":
        card = prepare_routing_card(db, actor, letter.id)
        pages = render_routing_card(card.card, card.setup, card.mark, card.letterhead, out)
        ctx.out(f"{out}: {card.mark.record_label}, {pages} halaman, cetakan no. {card.mark.print_id}")
        return 0
    job = prepare_disposition_sheet(db, actor, letter.id, disposition_id=ctx.args.id, blank=ctx.args.blank)
    render_disposition_sheet(job.sheet, job.setup, job.mark, job.letterhead, out)
    ctx.out(f"{out}: {job.mark.record_label}, cetakan no. {job.mark.print_id}")
    return 0


def cmd_report_case(ctx: Context) -> int:
    from sopdesk.reports.case_documents import render_case_dossier
    from sopdesk.services.case_reports import prepare_case_dossier

    db = ctx.database()
    job = prepare_case_dossier(db, ctx.actor_or_system(), case_of(ctx))
    view = job.view
    pages = render_case_dossier(
        view.state,
        view.sop,
        view.calendar,
        job.setup,
        job.mark,
        job.letterhead,
        Path(ctx.args.out),
        job.dispositions,
    )
    ctx.out(f"{ctx.args.out}: {job.mark.record_label}, {pages} halaman, cetakan no. {job.mark.print_id}")
    return 0


def cmd_report_sla(ctx: Context) -> int:
    from sopdesk.domain.agenda import parse_tanggal
    from sopdesk.services.case_reports import prepare_sla_report

    try:
        start, end = parse_tanggal(ctx.args.from_), parse_tanggal(ctx.args.to)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    out = Path(ctx.args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CliError(f"{out}: berkas tujuan harus berakhiran .pdf atau .xlsx.")
    db = ctx.database()
    if suffix == ".xlsx":
        from sopdesk.services.case_reports import sla_report_for
        from sopdesk.services.excel import export_sla

        report = sla_report_for(db, start, end)
        try:
            export_sla(db, ctx.actor_or_system(), report, out)
        except OSError as exc:
            raise CliError(f"{out} tidak dapat ditulis: {exc.strerror or exc}") from exc
        ctx.out(f"{out}: {report.title}, {report.passes} lintasan langkah")
        return 0
    job = prepare_sla_report(db, ctx.actor_or_system(), start, end)
    from sopdesk.reports.case_documents import render_sla

    pages = render_sla(job.report, job.setup, job.mark, job.letterhead, out)
    ctx.out(f"{out}: {job.report.title}, {pages} halaman, cetakan no. {job.mark.print_id}")
    return 0


def cmd_report_distribution(ctx: Context) -> int:
    """The tanda terima of one distribution (step 11); ``--seq`` as ``case show`` lists it."""
    from sopdesk.reports.distribution_documents import render_distribution_receipt
    from sopdesk.services.case_reports import prepare_distribution_receipt
    from sopdesk.services.cases import case_state

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
    job = prepare_distribution_receipt(db, ctx.actor_or_system(), case_id, seq, description=description)
    out = Path(ctx.args.out)
    pages = render_distribution_receipt(job.receipt, job.giver, job.place, job.setup, job.mark, job.letterhead, out)
    ctx.out(f"{out}: {job.mark.record_label}, {pages} halaman, cetakan no. {job.mark.print_id}")
    return 0


def register(cli: Commands) -> None:
    report_sub, add, as_user = cli.report, cli.add, cli.as_user
    sp = add("sop", cmd_report_sop, "dokumen SOP (format Permenpan RB 35/2012)", report_sub)
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    sp.add_argument("--paper", choices=["a4", "f4"], help="ukuran kertas (bawaan: pengaturan)")
    as_user(sp, required=False)

    sp = add("list", cmd_report_list, "daftar data induk di bawah kop surat", report_sub)
    sp.add_argument("name", choices=["opd", "pejabat", "klasifikasi"])
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp, required=False)

    sp = add("agenda", cmd_report_agenda, "buku agenda surat masuk untuk satu periode", report_sub)
    sp.add_argument("--from", dest="from_", required=True, help="tanggal awal, hh-bb-tttt")
    sp.add_argument("--to", required=True, help="tanggal akhir, hh-bb-tttt")
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp, required=False)
    for name, text in (
        ("tanda-terima", "tanda terima surat untuk kurir"),
        ("kartu-kendali", "kartu kendali 10 x 15 cm"),
    ):
        sp = add(name, cmd_report_letter, text, report_sub)
        sp.add_argument("number", help="nomor agenda")
        sp.add_argument("--out", required=True, help="berkas PDF tujuan")
        as_user(sp, required=False)

    sp = add("case", cmd_report_case, "berkas SP: identitas, setiap langkah dan lini masa", report_sub)
    sp.add_argument("case", help="nomor berkas atau id")
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp, required=False)
    sp = add("sla", cmd_report_sla, "capaian mutu baku waktu per langkah untuk satu periode", report_sub)
    sp.add_argument("--from", dest="from_", required=True, help="tanggal awal, hh-bb-tttt")
    sp.add_argument("--to", required=True, help="tanggal akhir, hh-bb-tttt")
    sp.add_argument("--out", required=True, help="berkas tujuan .pdf atau .xlsx")
    as_user(sp, required=False)
    # the tanda terima of a distribution (step 11)
    sp = add("tanda-terima-distribusi", cmd_report_distribution, "tanda terima satu distribusi laporan", report_sub)
    sp.add_argument("case", help="nomor berkas atau id")
    sp.add_argument("--seq", type=step, help="nomor distribusi seperti pada 'case show' (bawaan: distribusi terakhir)")
    sp.add_argument(
        "--isi", action="append", help="yang diserahkan, satu baris per butir (ulangi); bawaan: output langkah SOP"
    )
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp, required=False)

    sp = add("disposisi", cmd_report_disposisi, "lembar disposisi (setengah folio)", report_sub)
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("--blank", action="store_true", help="lembar kosong berisi data surat, untuk ditulis tangan")
    sp.add_argument("--id", type=record_id, help="disposisi tertentu (bawaan: disposisi pertama surat itu)")
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp, required=False)
    sp = add("kartu-penerus", cmd_report_disposisi, "kartu penerus disposisi", report_sub)
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp, required=False)

    sp = add("verify", cmd_verify, "periksa apakah cetakan PDF masih cocok dengan basis data")
    sp.add_argument("file", help="berkas PDF cetakan SOPDesk")
