"""The agenda book from the command line: register, list, attach, void, export and import letters."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sopdesk.cli.common import CliError, Commands, Context, letter_or_fail, sequence, version, year

if TYPE_CHECKING:
    from sopdesk.domain.agenda import LetterRecord


def _letter_json(r: LetterRecord) -> dict[str, object]:
    return {
        "number": r.number,
        "received_at": r.received_at.isoformat(timespec="minutes"),
        "asal": r.asal,
        "nomor_surat": r.nomor_surat,
        "tanggal_surat": r.tanggal_surat.isoformat(),
        "perihal": r.perihal,
        "sifat": r.sifat.value,
        "urgensi": r.urgensi.value,
        "kode": r.kode,
        "status": r.status.value,
        "voided": r.voided,
        "void_reason": r.void_reason,
        "version": r.version,
    }


def _letter_detail(r: LetterRecord) -> dict[str, object]:
    """``agenda show --format json``: every field of the letter, with its version."""
    return {
        **_letter_json(r),
        "isi_ringkas": r.isi_ringkas,
        "lampiran": r.lampiran,
        "sumber": r.sumber.value,
        "srikandi_no": r.srikandi_no,
        "diteruskan_kepada": r.diteruskan_kepada,
        "keterangan": r.keterangan,
        "created_by": r.created_by,
    }


def cmd_agenda_show(ctx: Context) -> int:
    db = ctx.database()
    record = letter_or_fail(db, ctx.args.number)
    detail = _letter_detail(record)
    if ctx.args.format == "json":
        ctx.out(json.dumps(detail, ensure_ascii=False, indent=2))
        return 0
    for key, value in detail.items():
        ctx.out(f"{key:<18} {value}")
    return 0


# `agenda correct` options: (option, LetterInput field, help)
CORRECTABLE = (
    ("--received", "received_at", "tanggal dan jam terima, hh-bb-tttt JJ:MM"),
    ("--from", "asal", "asal surat"),
    ("--number", "nomor_surat", "nomor surat"),
    ("--dated", "tanggal_surat", "tanggal surat, hh-bb-tttt"),
    ("--perihal", "perihal", "perihal"),
    ("--summary", "isi_ringkas", "isi ringkas"),
    ("--sifat", "sifat", "sifat"),
    ("--urgensi", "urgensi", "urgensi"),
    ("--kode", "kode", "kode klasifikasi"),
    ("--sumber", "sumber", "sumber (fisik, srikandi, email, lainnya)"),
    ("--srikandi", "srikandi_no", "nomor registrasi Srikandi"),
    ("--lampiran", "lampiran", "lampiran"),
    ("--diteruskan", "diteruskan_kepada", "diteruskan kepada"),
    ("--keterangan", "keterangan", "keterangan"),
)


def cmd_agenda_correct(ctx: Context) -> int:
    """Correct the fields given; the others keep their value. ``--if-version`` names the
    version the correction is based on (from ``agenda show``): refused if it is stale."""
    from dataclasses import replace

    from sopdesk.domain.agenda import LetterInput, Sifat, Sumber, Urgensi, parse_tanggal, parse_waktu
    from sopdesk.services.agenda import correct_letter

    a = ctx.args
    db = ctx.database()
    record = letter_or_fail(db, a.number)
    current = LetterInput(
        received_at=record.received_at,
        asal=record.asal,
        nomor_surat=record.nomor_surat,
        tanggal_surat=record.tanggal_surat,
        perihal=record.perihal,
        isi_ringkas=record.isi_ringkas,
        sifat=record.sifat,
        urgensi=record.urgensi,
        lampiran=record.lampiran,
        kode=record.kode,
        sumber=record.sumber,
        srikandi_no=record.srikandi_no,
        diteruskan_kepada=record.diteruskan_kepada,
        keterangan=record.keterangan,
    )
    given: dict[str, Any] = {}
    for option, field, _ in CORRECTABLE:
        value = getattr(a, field)
        if value is None:
            continue
        try:
            if field == "received_at":
                given[field] = parse_waktu(value)
            elif field == "tanggal_surat":
                given[field] = parse_tanggal(value)
            elif field == "sifat":
                given[field] = Sifat(value)
            elif field == "urgensi":
                given[field] = Urgensi(value)
            elif field == "sumber":
                given[field] = Sumber(value)
            else:
                given[field] = value
        except ValueError as exc:
            raise CliError(f"{option}: {exc}") from None
    if not given:
        raise CliError("Sebutkan isian yang dikoreksi, mis. --perihal atau --lampiran.")
    actor = ctx.actor()
    correct_letter(db, actor, record.id, replace(current, **given), a.reason, expected_version=a.if_version)
    corrected = letter_or_fail(db, a.number)
    ctx.out(f"{corrected.number} dikoreksi (versi {corrected.version}): {', '.join(sorted(given))}")
    return 0


def cmd_agenda_add(ctx: Context) -> int:
    from sopdesk.domain.agenda import LetterInput, Sifat, Sumber, Urgensi, parse_tanggal, parse_waktu
    from sopdesk.services.agenda import register_letter

    a = ctx.args
    try:
        received, dated = parse_waktu(a.received), parse_tanggal(a.dated)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    cmd = LetterInput(
        received_at=received,
        asal=a.from_,
        nomor_surat=a.number,
        tanggal_surat=dated,
        perihal=a.subject,
        isi_ringkas=a.summary or "",
        sifat=Sifat(a.sifat),
        urgensi=Urgensi(a.urgensi),
        kode=a.kode or "",
        sumber=Sumber(a.sumber),
        srikandi_no=a.srikandi or "",
        lampiran=a.lampiran or "",
    )
    result = register_letter(ctx.database(), ctx.actor(), cmd, seq=a.seq)
    for other in result.duplicates:
        print(
            f"Peringatan: nomor surat yang sama dari pengirim ini sudah tercatat sebagai {other.number}.",
            file=sys.stderr,
        )
    if result.counter_jumped_from is not None:
        letter = result.letter
        print(
            f"Peringatan: nomor urut {letter.seq} berada di depan penghitung tahun {letter.year} (tadinya "
            f"{result.counter_jumped_from}); nomor berikutnya tahun itu {letter.seq + 1}. Bila nomor ini salah "
            "ketik, batalkan suratnya: penghitung kembali.",
            file=sys.stderr,
        )
    ctx.out(result.letter.number)
    return 0


def cmd_agenda_list(ctx: Context) -> int:
    import csv

    from sopdesk.domain.agenda import AgendaQuery
    from sopdesk.services import read

    db = ctx.database()
    ids = read.agenda_ids(db, AgendaQuery(year=ctx.args.year, search=ctx.args.search or "", descending=False))
    rows: list[dict[str, object]] = []
    for start in range(0, len(ids), 500):
        page = read.letters(db, ids[start : start + 500])
        rows.extend(_letter_json(page[i]) for i in ids[start : start + 500])
    if ctx.args.format == "json":
        ctx.out(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        writer = csv.DictWriter(ctx.stdout, fieldnames=list(rows[0]) if rows else ["number"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return 0


def cmd_agenda_attach(ctx: Context) -> int:
    from sopdesk.services.attachments import attach, read_attachment_file

    db = ctx.database()
    record = letter_or_fail(db, ctx.args.number)
    path = Path(ctx.args.file)
    data = read_attachment_file(db, path)  # a regular file under 25 MB, checked before reading
    saved = attach(db, ctx.actor(), record.id, path.name, data)
    ctx.out(f"{saved.filename} dilampirkan ke {record.number} (SHA-256 {saved.sha256})")
    return 0


def cmd_agenda_void(ctx: Context) -> int:
    from sopdesk.services.agenda import void_letter

    db = ctx.database()
    record = letter_or_fail(db, ctx.args.number)
    void_letter(db, ctx.actor(), record.id, ctx.args.reason)
    ctx.out(f"{record.number} dibatalkan: {ctx.args.reason}")
    return 0


def cmd_agenda_export(ctx: Context) -> int:
    from sopdesk.domain.agenda import AgendaQuery
    from sopdesk.services.excel import export_agenda

    db = ctx.database()
    actor = ctx.actor()  # a whole year of the agenda leaves the database: who, and allowed to
    out = Path(ctx.args.out)
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"{out}: berkas tujuan harus berakhiran .xlsx.")
    query = AgendaQuery(year=ctx.args.year, search=ctx.args.search or "", descending=False)
    try:
        count = export_agenda(db, actor, query, out)
    except OSError as exc:
        raise CliError(f"{out} tidak dapat ditulis: {exc.strerror or exc}") from exc
    ctx.out(f"{out}: {count} surat")
    return 0


def cmd_agenda_import(ctx: Context) -> int:
    from dataclasses import replace

    from sopdesk.domain.agenda_words import DEFAULT_RULES, merge_rules, parse_rule
    from sopdesk.services.excel import auto_mapping, import_agenda, read_workbook

    a = ctx.args
    path = Path(a.file)
    try:
        words = merge_rules(DEFAULT_RULES, [parse_rule(t) for t in a.kata or ()])
    except ValueError as exc:
        raise CliError(str(exc)) from None
    db = ctx.database()
    actor = ctx.actor()
    preview = read_workbook(path, a.sheet)
    mapping = replace(auto_mapping(preview), words=words)
    if a.renumber:
        mapping = replace(mapping, seq_column=None)
    if a.kode:
        mapping = replace(mapping, defaults={**mapping.defaults, "kode": a.kode})
    report = import_agenda(db, actor, path, mapping, dry_run=a.dry_run)
    for error in report.errors:
        print(str(error), file=sys.stderr)
    if report.error_count > len(report.errors):
        print(f"… dan {report.error_count - len(report.errors):,} kesalahan lagi.".replace(",", "."), file=sys.stderr)
    for warning in report.warnings:
        print(f"Peringatan: {warning}", file=sys.stderr)
    if report.warning_count > len(report.warnings):
        more = report.warning_count - len(report.warnings)
        print(f"Peringatan: … dan {more:,} surat berulang lagi.".replace(",", "."), file=sys.stderr)
    if report.skipped_count:
        listed = ", ".join(str(s.row) for s in report.skipped[:20])
        tail = " …" if report.skipped_count > 20 else ""
        print(f"{report.skipped_count} baris bukan surat dilewati (baris {listed}{tail}).", file=sys.stderr)
    if report.errors:
        print(f"{report.error_summary()}: tidak ada surat yang diimpor.", file=sys.stderr)
        return 1
    if a.dry_run:
        ctx.out(f"Pemeriksaan selesai: {report.rows} surat siap diimpor dari lembar {preview.sheet} (tidak ditulis).")
        return 0
    for number in report.numbers:
        ctx.out(number)
    ctx.out(f"{len(report.numbers)} surat diimpor dari lembar {preview.sheet}.")
    return 0


def register(cli: Commands) -> None:
    from sopdesk.domain.agenda import Sifat, Sumber, Urgensi

    agenda_sub = cli.group("agenda", "buku agenda surat masuk")
    sp = cli.add("add", cmd_agenda_add, "catat surat masuk; mencetak nomor agenda", agenda_sub)
    sp.add_argument("--received", required=True, help="tanggal dan jam terima, hh-bb-tttt JJ:MM")
    sp.add_argument("--from", dest="from_", required=True, help="asal surat (OPD atau teks bebas)")
    sp.add_argument("--number", required=True, help="nomor surat")
    sp.add_argument("--dated", required=True, help="tanggal surat, hh-bb-tttt")
    sp.add_argument("--subject", required=True, help="perihal")
    sp.add_argument("--summary", help="isi ringkas")
    sp.add_argument("--sifat", default="Biasa", choices=[s.value for s in Sifat])
    sp.add_argument("--urgensi", default="Biasa", choices=[u.value for u in Urgensi])
    sp.add_argument("--kode", help="kode klasifikasi")
    sp.add_argument("--sumber", default="fisik", choices=[s.value for s in Sumber])
    sp.add_argument("--srikandi", help="nomor registrasi Srikandi")
    sp.add_argument("--lampiran", help="lampiran")
    sp.add_argument("--seq", type=sequence, help="nomor urut asli (mengisi surat tahun-tahun lalu)")
    cli.as_user(sp)
    sp = cli.add("list", cmd_agenda_list, "daftar surat", agenda_sub)
    sp.add_argument("--year", type=year)
    sp.add_argument("--search", help="cari di perihal, asal, nomor surat, isi ringkas, keterangan")
    sp.add_argument("--format", choices=["csv", "json"], default="csv")
    sp = cli.add("show", cmd_agenda_show, "satu surat lengkap dengan versinya", agenda_sub)
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp = cli.add(
        "correct",
        cmd_agenda_correct,
        "koreksi isian surat (yang tidak disebut tetap); ditolak bila surat sudah diubah sejak --if-version",
        agenda_sub,
    )
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("--reason", required=True, help="alasan koreksi")
    for option, field, text in CORRECTABLE:
        choices = {"sifat": Sifat, "urgensi": Urgensi, "sumber": Sumber}.get(field)
        sp.add_argument(
            option, dest=field, help=text, choices=[c.value for c in choices] if choices is not None else None
        )
    sp.add_argument("--if-version", type=version, metavar="N", help="versi surat yang dikoreksi (dari 'agenda show')")
    cli.as_user(sp)
    sp = cli.add("attach", cmd_agenda_attach, "lampirkan pindaian atau PDF ke surat", agenda_sub)
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("file", help="berkas PDF, JPG, PNG atau TIFF")
    cli.as_user(sp)
    sp = cli.add("void", cmd_agenda_void, "batalkan surat yang salah catat (nomor tetap)", agenda_sub)
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("--reason", required=True, help="alasan pembatalan")
    cli.as_user(sp)
    sp = cli.add("export", cmd_agenda_export, "ekspor surat ke buku kerja Excel (.xlsx)", agenda_sub)
    sp.add_argument("--year", type=year, required=True, help="tahun agenda")
    sp.add_argument("--out", required=True, help="berkas .xlsx tujuan")
    sp.add_argument("--search", help="hanya surat yang cocok dengan pencarian")
    cli.as_user(sp)
    sp = cli.add(
        "import",
        cmd_agenda_import,
        "impor buku agenda dari Excel: semua baris diperiksa dulu; satu salah, tidak ada yang ditulis",
        agenda_sub,
    )
    sp.add_argument("file", help="buku kerja .xlsx; kolom dikenali dari judulnya (Tanggal Terima, Asal Surat, …)")
    sp.add_argument("--dry-run", action="store_true", help="periksa saja, jangan tulis apa pun")
    sp.add_argument("--sheet", help="nama lembar (bawaan: lembar pertama)")
    sp.add_argument(
        "--renumber",
        action="store_true",
        help="abaikan kolom No. Agenda / No. Urut: beri nomor agenda baru (wajib untuk surat tahun berjalan)",
    )
    sp.add_argument("--kode", help="kode klasifikasi untuk baris yang tidak punya kode")
    sp.add_argument(
        "--kata",
        action="append",
        metavar="KATA=NILAI",
        help="arti kata sifat/urgensi lama, misalnya Penting=Biasa (bawaan: Penting=Segera, Sangat Penting=Sangat "
        "Segera, Amat Segera=Sangat Segera, Kilat=Sangat Segera, Amat Rahasia=Sangat Rahasia, Terbuka=Biasa)",
    )
    cli.as_user(sp)
