"""The command line: the same services as the GUI, and no Qt.

``sopdesk`` with no command starts the GUI. Exit codes: 0 success, 1 failure, 2 usage.
"""

from __future__ import annotations

import argparse
import gc
import getpass
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sopdesk import __version__
from sopdesk.domain.errors import DomainError, SopDefinitionError, ValidationError
from sopdesk.paths import Paths, database_target

if TYPE_CHECKING:
    from sopdesk.domain.agenda import LetterRecord
    from sopdesk.domain.disposition import DispositionNode, DispositionRecord
    from sopdesk.domain.records import Actor
    from sopdesk.store.database import Database


class CliError(Exception):
    """A failure to report on stderr with exit status 1."""


class Context:
    def __init__(self, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> None:
        self.args = args
        self.stdin = stdin
        self.stdout = stdout
        self.paths = Paths(Path(args.data_dir) if args.data_dir else None)
        self.target = database_target(args.db, self.paths)
        self._db: Database | None = None

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def read_secret(self, prompt: str) -> str:
        if self.stdin.isatty():
            return getpass.getpass(prompt)
        line = self.stdin.readline()
        if not line:
            raise CliError(f"{prompt.rstrip(': ')}: tidak ada masukan di stdin.")
        return line.rstrip("\r\n")

    def database(self, *, initialise: bool = False, upgrade: bool = True) -> Database:
        """Open the database; unless ``initialise``, refuse one that does not exist yet.

        Commands bring an older schema up to date first (after a backup), except ``check``
        (``upgrade=False``), which reports the database exactly as it finds it.
        """
        if self._db is None:
            from sopdesk.store.database import Database

            if "://" not in self.target and not Path(self.target).exists() and not initialise:
                raise CliError(f"Basis data {self.target} belum ada. Buat dengan 'sopdesk init'.")
            if "://" not in self.target:
                self.paths.ensure()
            db = Database.connect(self.target)
            if not initialise and upgrade:
                from sopdesk.store.database import head_revision

                current = db.current_revision()
                if current != head_revision():
                    from sopdesk.services.setup import initialise as init_db

                    init_db(db, self.paths.backup_dir)
            self._db = db
        return self._db

    def actor(self) -> Actor:
        """The ``--as`` user, authenticated with SOPDESK_PASSWORD or a line from stdin."""
        username = getattr(self.args, "as_user", None)
        if not username:
            raise CliError("Perintah ini mengubah data: sebutkan --as NAMA_PENGGUNA.")
        password = os.environ.get("SOPDESK_PASSWORD")
        if password is None:
            password = self.read_secret(f"Kata sandi {username}: ")
        from sopdesk.services.auth import authenticate

        return authenticate(self.database(), username, password).actor

    def actor_or_system(self) -> Actor:
        """The ``--as`` user when given; otherwise the system (commands where --as is optional)."""
        from sopdesk.domain.records import Actor

        return self.actor() if getattr(self.args, "as_user", None) else Actor.system()

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


# --- commands ----------------------------------------------------------------------------


def _letter_or_fail(db: Database, number: str) -> LetterRecord:
    from sopdesk.services import read

    record = read.letter_by_number(db, number)
    if record is None:
        raise CliError(f"Nomor agenda {number} tidak ditemukan.")
    return record


def cmd_init(ctx: Context) -> int:
    from sopdesk.domain.roles import Role
    from sopdesk.services.setup import initialise
    from sopdesk.services.users import NewUser, create_first_admin

    args = ctx.args
    if args.admin and not args.name:
        raise CliError("--admin memerlukan --name.")
    db = ctx.database(initialise=True)
    result = initialise(db, ctx.paths.backup_dir)
    report = result.report
    if report.created:
        ctx.out(f"Basis data dibuat: {db.display()} (skema {report.revision})")
    elif report.migrated_from:
        ctx.out(f"Basis data dimutakhirkan dari {report.migrated_from} ke {report.revision}")
        if report.backup:
            ctx.out(f"Cadangan sebelum migrasi: {report.backup}")
    else:
        ctx.out(f"Basis data sudah mutakhir: {db.display()} (skema {report.revision})")
    for table, count in result.seeded.items():
        ctx.out(f"Data awal {table}: {count} baris")
    for sop in result.sop:
        if sop.created:
            ctx.out(f"SOP {sop.nomor} versi {sop.version} dimuat")
        elif sop.reinstated:
            ctx.out(f"SOP {sop.nomor} versi {sop.version} berlaku kembali (berkas definisinya dipulihkan)")
    if args.admin:
        password = ctx.read_secret(f"Kata sandi untuk {args.admin}: ")
        user = create_first_admin(
            db, NewUser(username=args.admin, nama=args.name, nip=args.nip or "", role=Role.ADMIN, password=password)
        )
        ctx.out(f"Administrator {user.username} dibuat")
    return 0


def cmd_user_add(ctx: Context) -> int:
    from sopdesk.domain.roles import Role
    from sopdesk.services.users import NewUser, add_user

    args = ctx.args
    actor = ctx.actor()
    password = ctx.read_secret(f"Kata sandi untuk {args.username}: ")
    user = add_user(
        ctx.database(),
        actor,
        NewUser(username=args.username, nama=args.name, nip=args.nip or "", role=Role(args.role), password=password),
    )
    ctx.out(f"Pengguna {user.username} ({user.role.label}) dibuat")
    return 0


def cmd_user_list(ctx: Context) -> int:
    from sopdesk.services import read

    rows = read.users(ctx.database())
    if ctx.args.format == "json":
        ctx.out(
            json.dumps(
                [
                    {"username": u.username, "nama": u.nama, "nip": u.nip, "role": u.role.value, "active": u.active}
                    for u in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for u in rows:
            status = "" if u.active else " (nonaktif)"
            ctx.out(f"{u.username:<16} {u.role.value:<9} {u.nama}{status}")
    return 0


def cmd_check(ctx: Context) -> int:
    from sopdesk.services.maintenance import check

    problems = check(ctx.database(upgrade=False))
    if not problems:
        ctx.out("Basis data baik: integritas, kunci asing, trigger audit dan rantai audit cocok.")
        return 0
    for p in problems:
        print(f"MASALAH {p.where}: {p.message}", file=sys.stderr)
    print(f"{len(problems)} masalah ditemukan.", file=sys.stderr)
    return 1


def cmd_backup(ctx: Context) -> int:
    from sopdesk.services.maintenance import backup

    db = ctx.database()
    actor = ctx.actor_or_system()
    path = backup(db, actor, Path(ctx.args.out))
    ctx.out(f"Cadangan dibuat dan diperiksa: {path}")
    return 0


def cmd_sop_show(ctx: Context) -> int:
    from sopdesk.services import read

    db = ctx.database()
    definition = read.sop_definition(db, nomor=ctx.args.nomor)
    if definition is None:
        raise CliError("Belum ada SOP dimuat. Jalankan 'sopdesk init'.")
    versions = [v for v in read.sop_versions(db, definition.nomor) if v.current]
    data = definition.to_dict()
    steps = []
    for s in data["steps"]:
        steps.append(
            {
                "no": s["no"],
                "uraian": s["uraian"],
                "lanes": s["lanes"],
                "lead_lane": s["lead_lane"],
                "kelengkapan": s["kelengkapan"],
                "kelengkapan_lengkap": list(definition.resolved_kelengkapan(s["no"])),
                "waktu_hari": float(s["waktu_hari"]),
                "output": s["output"],
                "keterangan": s["keterangan"],
                "returns_to": s["returns_to"],
            }
        )
    if ctx.args.format == "json":
        payload = {
            "nomor": definition.nomor,
            "version": versions[0].version if versions else None,
            "identity": data["identity"],
            "lanes": data["lanes"],
            "total_waktu_hari": float(definition.total_waktu_hari),
            "steps": steps,
        }
        ctx.out(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    ident = definition.identity
    version = f" (versi {versions[0].version})" if versions else ""
    ctx.out(f"SOP {ident.nomor}{version}: {ident.judul}")
    ctx.out(f"Disahkan oleh: {ident.disahkan_oleh.jabatan}, {ident.disahkan_oleh.nama}, NIP {ident.disahkan_oleh.nip}")
    lanes = {lane.code: lane.nama for lane in definition.lanes}
    for s in definition.steps:
        who = ", ".join(lanes[c] for c in s.lanes)
        back = f"  [dapat dikembalikan ke langkah {s.returns_to}]" if s.returns_to else ""
        ctx.out(f"{s.no:>2}. {s.uraian}")
        output = "; ".join(definition.resolved_output(s.no))
        ctx.out(f"    Pelaksana: {who}; waktu {s.waktu_hari} hari kerja; output: {output}{back}")
    ctx.out(f"Jumlah mutu baku waktu: {definition.total_waktu_hari} hari kerja")
    return 0


def cmd_demo(ctx: Context) -> int:
    from sopdesk.services.demo import fill_demo, fill_demo_dispositions, fill_demo_letters
    from sopdesk.services.setup import initialise

    db = ctx.database(initialise=True)
    initialise(db, ctx.paths.backup_dir)
    created = fill_demo(db)
    if created:
        ctx.out("Pengguna demo (kata sandi hanya ditampilkan sekali ini):")
        for user in created:
            ctx.out(f"  {user.username:<10} {user.role.value:<9} {user.password}")
    else:
        ctx.out("Data demo sudah ada; tidak ada pengguna baru.")
    letters = fill_demo_letters(db)
    if letters:
        ctx.out(f"Surat demo dicatat di buku agenda: {letters}")
    dispositions = fill_demo_dispositions(db)
    if dispositions:
        ctx.out(f"Disposisi demo (Kabag, Kasubag, Staf): {dispositions}")
    from sopdesk.services.demo import fill_demo_cases  # Berkas SP (issue 6)

    demo_cases = fill_demo_cases(db)
    if demo_cases:
        ctx.out(f"Berkas SP demo: {demo_cases}")
    return 0


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
    record = _letter_or_fail(db, ctx.args.number)
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
    }


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
    from sopdesk.services.attachments import attach

    db = ctx.database()
    record = _letter_or_fail(db, ctx.args.number)
    path = Path(ctx.args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"{path} tidak dapat dibaca: {exc.strerror}") from None
    saved = attach(db, ctx.actor(), record.id, path.name, data)
    ctx.out(f"{saved.filename} dilampirkan ke {record.number} (SHA-256 {saved.sha256})")
    return 0


def cmd_agenda_void(ctx: Context) -> int:
    from sopdesk.services.agenda import void_letter

    db = ctx.database()
    record = _letter_or_fail(db, ctx.args.number)
    void_letter(db, ctx.actor(), record.id, ctx.args.reason)
    ctx.out(f"{record.number} dibatalkan: {ctx.args.reason}")
    return 0


def cmd_agenda_export(ctx: Context) -> int:
    from sopdesk.domain.agenda import AgendaQuery
    from sopdesk.services.excel import export_agenda

    db = ctx.database()
    actor = ctx.actor_or_system()
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

    from sopdesk.services.excel import auto_mapping, import_agenda, read_workbook

    a = ctx.args
    path = Path(a.file)
    db = ctx.database()
    actor = ctx.actor()
    preview = read_workbook(path, a.sheet)
    mapping = auto_mapping(preview)
    if a.renumber:
        mapping = replace(mapping, seq_column=None)
    report = import_agenda(db, actor, path, mapping, dry_run=a.dry_run)
    for error in report.errors:
        print(str(error), file=sys.stderr)
    for warning in report.warnings:
        print(f"Peringatan: {warning}", file=sys.stderr)
    if report.errors:
        print(
            f"{len(report.errors)} kesalahan pada {len({e.row for e in report.errors})} baris dari {report.rows}: "
            "tidak ada surat yang diimpor.",
            file=sys.stderr,
        )
        return 1
    if a.dry_run:
        ctx.out(f"Pemeriksaan selesai: {report.rows} surat siap diimpor dari lembar {preview.sheet} (tidak ditulis).")
        return 0
    for number in report.numbers:
        ctx.out(number)
    ctx.out(f"{len(report.numbers)} surat diimpor dari lembar {preview.sheet}.")
    return 0


# --- dispositions (disposisi) ------------------------------------------------------------------


def _split_names(value: str, resolve: Callable[[str], object | None]) -> list[object]:
    """``a,b,c`` into what each names; a name that itself holds commas ("Rina Marlina, S.Sos,
    M.Si") is recognised by trying the longest run of pieces first."""
    pieces = [p.strip() for p in value.split(",")]
    found: list[object] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            hit = resolve(", ".join(pieces[i:j]))
            if hit is not None:
                found.append(hit)
                i = j
                break
        else:
            raise CliError(f"'{pieces[i]}' tidak dikenali.")
    return found


def cmd_disposisi_add(ctx: Context) -> int:
    from sopdesk.domain.agenda import parse_tanggal, parse_waktu
    from sopdesk.domain.dates import hari_tanggal
    from sopdesk.domain.disposition import DispositionInput, RecipientRef, match_instruction
    from sopdesk.domain.errors import NotFound
    from sopdesk.services import disposition as disp

    a = ctx.args
    db = ctx.database()
    letter = _letter_or_fail(db, a.number)
    actor = ctx.actor()

    def recipient(text: str) -> RecipientRef | None:
        try:  # a transcription is signed by the official, so the clerk may be a recipient
            return disp.find_recipient(db, text, None if a.on_behalf_of else actor)
        except NotFound:
            return None

    recipients: list[RecipientRef] = []
    for value in a.to:
        try:
            recipients += [r for r in _split_names(value, recipient) if isinstance(r, RecipientRef)]
        except CliError as exc:
            raise CliError(f"Penerima {exc} Lihat 'sopdesk disposisi penerima'.") from None
    checklist = disp.checklist(db)
    instructions = []
    for value in a.instruksi or []:
        pieces = [p.strip() for p in value.split(",") if p.strip()]
        instructions += [match_instruction(p, checklist) for p in pieces]
    try:
        due = parse_tanggal(a.due) if a.due else None
        written = parse_waktu(a.written) if a.written else None
    except ValueError as exc:
        raise CliError(str(exc)) from None
    cmd = DispositionInput(
        letter.id,
        tuple(recipients),
        tuple(instructions),
        a.catatan or "",
        due_date=due,
        parent_id=a.parent,
        written_at=written,
    )
    if a.on_behalf_of:
        official = disp.find_official(db, a.on_behalf_of)
        record = disp.transcribe_disposition(db, actor, official.id, cmd)
    elif a.parent is not None:
        record = disp.forward_disposition(db, actor, cmd)
    else:
        record = disp.write_disposition(db, actor, cmd)
    names = ", ".join(r.nama for r in record.recipients)
    ctx.out(
        f"Disposisi #{record.id} surat {letter.number} dari {record.signer.nama} kepada {names}; "
        f"batas waktu {hari_tanggal(record.due_date)}"
    )
    return 0


def _disposition_json(d: DispositionRecord, number: str) -> dict[str, object]:
    return {
        "id": d.id,
        "letter": number,
        "parent_id": d.parent_id,
        "from": {"nama": d.signer.nama, "jabatan": d.signer.jabatan, "nip": d.signer.nip},
        "recorded_by": d.recorded_by,
        "transcribed": d.transcribed,
        "instructions": list(d.instructions),
        "catatan": d.catatan,
        "due_date": d.due_date.isoformat(),
        "written_at": d.written_at.isoformat(timespec="minutes"),
        "withdrawn": d.withdrawn,
        "withdraw_reason": d.withdraw_reason,
        "recipients": [
            {
                "id": r.id,
                "kind": r.kind.value,
                "nama": r.nama,
                "jabatan": r.jabatan,
                "status": r.status.value,
                "status_at": r.status_at.isoformat(timespec="minutes") if r.status_at else None,
                "note": r.note,
            }
            for r in d.recipients
        ],
    }


def cmd_disposisi_list(ctx: Context) -> int:
    from datetime import date

    from sopdesk.services import read

    a = ctx.args
    db = ctx.database()
    today = date.today()
    if a.for_user:
        user = next((u for u in read.users(db) if u.username == a.for_user), None)
        if user is None:
            raise CliError(f"Pengguna {a.for_user} tidak ditemukan.")
        items = read.inbox(db, user.id, open_only=a.open, today=today)
        if a.format == "json":
            rows = [
                {
                    "id": i.disposition_id,
                    "letter": i.letter_number,
                    "perihal": i.perihal,
                    "from": i.from_nama,
                    "instructions": list(i.instructions),
                    "catatan": i.catatan,
                    "due_date": i.due_date.isoformat(),
                    "status": i.status.value,
                    "unread": i.unread,
                    "overdue": i.overdue,
                    "note": i.note,
                }
                for i in items
            ]
            ctx.out(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        summary = read.inbox_summary(db, user.id, today=today)
        ctx.out(
            f"Disposisi masuk {user.nama}: {summary.open} terbuka, {summary.unread} belum dibaca, "
            f"{summary.overdue} lewat batas waktu"
        )
        for i in items:
            flag = " TERLAMBAT" if i.overdue else ""
            ctx.out(
                f"#{i.disposition_id:<5} {i.letter_number:<20} {i.status.value:<16} batas {i.due_date:%d-%m-%Y}{flag}  "
                f"dari {i.from_nama}: {i.perihal}"
            )
        return 0
    records = read.recent_dispositions(db, limit=a.limit)
    numbers = {r.id: r.number for r in read.letters(db, sorted({d.letter_id for d in records})).values()}
    if a.format == "json":
        ctx.out(json.dumps([_disposition_json(d, numbers[d.letter_id]) for d in records], ensure_ascii=False, indent=2))
        return 0
    for d in records:
        to = ", ".join(f"{r.nama} ({r.status.value})" for r in d.recipients)
        withdrawn = f" DITARIK: {d.withdraw_reason}" if d.withdrawn else ""
        head = f"#{d.id:<5} {numbers[d.letter_id]:<20} batas {d.due_date:%d-%m-%Y}"
        ctx.out(f"{head} dari {d.signer.nama} kepada {to}{withdrawn}")
    return 0


def cmd_disposisi_show(ctx: Context) -> int:
    """The chain of one letter as a tree."""
    from sopdesk.services import read

    db = ctx.database()
    letter = _letter_or_fail(db, ctx.args.number)
    tree = read.disposition_tree(db, letter.id)
    if ctx.args.format == "json":

        def node_json(node: DispositionNode) -> dict[str, object]:
            return {
                **_disposition_json(node.disposition, letter.number),
                "children": [node_json(c) for c in node.children],
            }

        ctx.out(json.dumps([node_json(n) for n in tree], ensure_ascii=False, indent=2))
        return 0
    ctx.out(f"{letter.number} ({letter.status.value}): {letter.perihal}")
    if not tree:
        ctx.out("  belum didisposisi")
    for root in tree:
        for depth, d in root.walk():
            pad = "  " * (depth + 1)
            withdrawn = f" [DITARIK: {d.withdraw_reason}]" if d.withdrawn else ""
            ctx.out(
                f"{pad}#{d.id} {d.signer.nama}, {d.written_at:%d-%m-%Y %H.%M}, batas {d.due_date:%d-%m-%Y}{withdrawn}"
            )
            ctx.out(
                f"{pad}  instruksi: {'; '.join(d.instructions) or '-'}"
                + (f"; catatan: {d.catatan}" if d.catatan else "")
            )
            for r in d.recipients:
                note = f" — {r.note}" if r.note else ""
                ctx.out(f"{pad}  -> {r.nama}: {r.status.value}{note}")
    return 0


def cmd_disposisi_status(ctx: Context) -> int:
    """``read``, ``follow-up`` and ``done`` on the acting user's entry."""
    from sopdesk.services import disposition as disp

    a = ctx.args
    db = ctx.database()
    actor = ctx.actor()
    if a.disposisi_command == "read":
        disp.mark_read(db, actor, a.id)
        ctx.out(f"Disposisi #{a.id} ditandai dibaca.")
    elif a.disposisi_command == "follow-up":
        disp.mark_followed_up(db, actor, a.id, a.note)
        ctx.out(f"Disposisi #{a.id} ditindaklanjuti: {a.note}")
    else:
        disp.mark_done(db, actor, a.id, a.note or "")
        ctx.out(f"Disposisi #{a.id} selesai.")
    return 0


def cmd_disposisi_withdraw(ctx: Context) -> int:
    from sopdesk.services import disposition as disp

    db = ctx.database()
    disp.withdraw_disposition(db, ctx.actor(), ctx.args.id, ctx.args.reason)
    ctx.out(f"Disposisi #{ctx.args.id} ditarik: {ctx.args.reason}")
    return 0


def cmd_disposisi_recipients(ctx: Context) -> int:
    from sopdesk.services import disposition as disp
    from sopdesk.services import read

    db = ctx.database()
    users = {u.id: u.username for u in read.users(db)}
    lanes = {o.id: o.lane for o in read.officials(db)}
    for option in disp.recipient_options(db):
        ref = option.ref
        handle = users.get(ref.ref_id or 0, "") if option.group == "Pengguna" else lanes.get(ref.ref_id or 0, "")
        ctx.out(f"{option.group:<9} {handle:<10} {ref.label}")
    ctx.out("Instruksi: " + "; ".join(disp.checklist(db)))
    return 0


def cmd_report_disposisi(ctx: Context) -> int:
    from sopdesk.reports.disposition_documents import render_disposition_sheet, render_routing_card
    from sopdesk.services.printing import prepare_disposition_sheet, prepare_routing_card

    db = ctx.database()
    letter = _letter_or_fail(db, ctx.args.number)
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


# --- Berkas SP (issue 6) -------------------------------------------------------------------------


def _parse_at(text: str | None, name: str = "--at") -> Any:
    """A ``dd-mm-yyyy HH:MM`` (or ISO) moment, or None."""
    if text is None:
        return None
    from sopdesk.domain.agenda import parse_waktu

    try:
        return parse_waktu(text)
    except ValueError as exc:
        raise CliError(f"{name}: {exc}") from None


def _case_id(ctx: Context) -> int:
    from sopdesk.services.cases import find_case

    return find_case(ctx.database(), ctx.args.case)


def _official_id(ctx: Context, ref: str | None) -> int | None:
    """``--by``: an official's id, a lane code (its active official) or part of a name."""
    if ref is None:
        return None
    from sopdesk.services import read

    officials = [o for o in read.officials(ctx.database()) if o.active]
    text = ref.strip()
    if text.isdigit():
        if any(o.id == int(text) for o in officials):
            return int(text)
        raise CliError(f"--by: pejabat #{text} tidak ada atau tidak aktif.")
    by_lane = [o for o in officials if o.lane == text.lower()]
    if by_lane:
        return by_lane[0].id
    by_name = [o for o in officials if text.lower() in f"{o.nama} {o.jabatan}".lower()]
    if len(by_name) == 1:
        return by_name[0].id
    if not by_name:
        raise CliError(f"--by: tidak ada pejabat aktif '{text}'. Sebutkan nomor, kode lajur (mis. sekda) atau nama.")
    raise CliError(f"--by: '{text}' cocok dengan {len(by_name)} pejabat; sebutkan nomornya atau kode lajurnya.")


def cmd_case_start(ctx: Context) -> int:
    from sopdesk.domain.cases import StartCase
    from sopdesk.services import read
    from sopdesk.services.cases import start_case

    db = ctx.database()
    record = _letter_or_fail(db, ctx.args.number)
    layanan = tuple(part for value in ctx.args.layanan for part in value.split(","))
    opd_id = None
    if ctx.args.opd:
        found = [o for o in read.opd_list(db, active_only=True) if o.nama.lower() == ctx.args.opd.strip().lower()]
        if not found:
            raise CliError(f"--opd: '{ctx.args.opd}' tidak ada dalam daftar OPD.")
        opd_id = found[0].id
    result = start_case(db, ctx.actor(), StartCase(record.id, layanan, opd_id))
    ctx.out(result.number)
    return 0


def cmd_case_done(ctx: Context) -> int:
    from sopdesk.domain.cases import CompleteStep
    from sopdesk.services.cases import case_state, complete_step

    a = ctx.args
    db = ctx.database()
    case_id = _case_id(ctx)
    cmd = CompleteStep(
        step=a.step,
        at=_parse_at(a.at),
        official_id=_official_id(ctx, a.by),
        kelengkapan=tuple(a.kelengkapan or ()),
        outputs=tuple(a.output or ()),
        note=a.note or "",
    )
    complete_step(db, ctx.actor(), case_id, cmd)
    state = case_state(db, case_id)
    ctx.out(f"{state.info.number}: langkah {a.step} selesai; {_where(state)}")
    return 0


def _where(state: Any) -> str:
    from sopdesk.domain.dates import tanggal_jam

    if state.current_step is None:
        return f"berkas {state.status.label.lower()}"
    return f"sekarang di langkah {state.current_step}, tenggat {tanggal_jam(state.step_due_at)}"


def cmd_case_return(ctx: Context) -> int:
    from sopdesk.domain.cases import ReturnStep
    from sopdesk.services.cases import case_state, return_case

    a = ctx.args
    db = ctx.database()
    case_id = _case_id(ctx)
    return_case(db, ctx.actor(), case_id, ReturnStep(a.to, a.reason, _parse_at(a.at), _official_id(ctx, a.by)))
    state = case_state(db, case_id)
    ctx.out(f"{state.info.number}: dikembalikan ke langkah {a.to} (pengembalian ke-{state.returns}); {_where(state)}")
    return 0


def cmd_case_suspend(ctx: Context) -> int:
    from sopdesk.domain.cases import Suspend
    from sopdesk.services.cases import case_state, suspend_case

    db = ctx.database()
    case_id = _case_id(ctx)
    suspend_case(db, ctx.actor(), case_id, Suspend(ctx.args.reason, _parse_at(ctx.args.at)))
    ctx.out(f"{case_state(db, case_id).info.number}: ditangguhkan; waktu berhenti dihitung")
    return 0


def cmd_case_resume(ctx: Context) -> int:
    from sopdesk.domain.cases import Resume
    from sopdesk.services.cases import case_state, resume_case

    db = ctx.database()
    case_id = _case_id(ctx)
    resume_case(db, ctx.actor(), case_id, Resume(ctx.args.note or "", _parse_at(ctx.args.at)))
    state = case_state(db, case_id)
    ctx.out(f"{state.info.number}: dilanjutkan; {_where(state)}")
    return 0


def cmd_case_extend(ctx: Context) -> int:
    from decimal import Decimal, InvalidOperation

    from sopdesk.domain.cases import Extend
    from sopdesk.services.cases import case_state, extend_case

    db = ctx.database()
    case_id = _case_id(ctx)
    try:
        days = Decimal(ctx.args.days.replace(",", "."))
    except InvalidOperation:
        raise CliError(f"--days: '{ctx.args.days}' bukan angka hari kerja.") from None
    extend_case(db, ctx.actor(), case_id, Extend(days, ctx.args.reason))
    state = case_state(db, case_id)
    ctx.out(f"{state.info.number}: tenggat diperpanjang {ctx.args.days} hari kerja; {_where(state)}")
    return 0


def cmd_case_cancel(ctx: Context) -> int:
    from sopdesk.domain.cases import Cancel
    from sopdesk.services.cases import cancel_case, case_state

    db = ctx.database()
    case_id = _case_id(ctx)
    cancel_case(db, ctx.actor(), case_id, Cancel(ctx.args.reason))
    ctx.out(f"{case_state(db, case_id).info.number}: dibatalkan ({ctx.args.reason})")
    return 0


def cmd_case_distribute(ctx: Context) -> int:
    from sopdesk.domain.cases import Distribute
    from sopdesk.services.cases import case_state, record_distribution

    a = ctx.args
    db = ctx.database()
    case_id = _case_id(ctx)
    record_distribution(db, ctx.actor(), case_id, Distribute(a.to, a.received_by, _parse_at(a.at), a.note or ""))
    state = case_state(db, case_id)
    last = state.distributions[-1]
    ctx.out(
        f"{state.info.number}: distribusi ke-{len(state.distributions)} dicatat ({a.to}, diterima {a.received_by}); "
        f"tanda terima: report tanda-terima-distribusi --seq {last.seq}"
    )
    return 0


def _iso(moment: Any) -> str | None:
    return None if moment is None else str(moment.isoformat(timespec="minutes"))


def _days(value: Any) -> float:
    return round(float(value), 3)


def case_json(view: Any) -> dict[str, Any]:
    """``case show --format json``: the state of one case, every step planned and actual."""
    state, sop = view.state, view.sop
    lanes = {lane.code: lane.nama for lane in sop.lanes}
    steps = []
    for s in state.steps:
        passes = []
        for p in s.passes:
            record = p.completion or p.returned
            acted = record.acted_by if record is not None else None
            passes.append(
                {
                    "number": p.number,
                    "started_at": _iso(p.started_at),
                    "ended_at": _iso(p.ended_at),
                    "due_at": _iso(p.due_at),
                    "outcome": p.outcome.value,
                    "allowed_days": _days(p.allowed_days),
                    "elapsed_days": _days(p.elapsed_days),
                    "suspended_days": _days(p.suspended_days),
                    "late": p.late,
                    "acted_by": acted.to_dict() if acted else None,
                    "recorded_by": record.recorded_by if record is not None else None,
                    "reason": p.returned.reason if p.returned else None,
                    "note": record.note if record is not None else None,
                }
            )
        steps.append(
            {
                "no": s.no,
                "uraian": s.uraian,
                "lanes": list(s.lanes),
                "lead_lane": s.lead_lane,
                "waktu_hari": _days(s.waktu_hari),
                "status": s.status.value,
                "planned_start": _iso(s.planned_start),
                "planned_end": _iso(s.planned_end),
                "actual_start": _iso(s.actual_start),
                "actual_end": _iso(s.actual_end),
                "passes": s.pass_count,
                "late": s.late,
                "overdue": s.overdue,
                "pass_list": passes,
            }
        )
    return {
        "id": state.info.id,
        "number": state.info.number,
        "letter": state.info.letter_number,
        "perihal": state.info.perihal,
        "opd": state.info.opd_nama,
        "jenis_layanan": list(state.info.jenis_layanan),
        "sop": {"nomor": state.info.sop_nomor, "version": state.info.sop_version},
        "status": state.status.value,
        "as_of": _iso(state.as_of),
        "current_step": state.current_step,
        "lanes": list(state.current_lanes),
        "lane_names": [lanes[c] for c in state.current_lanes],
        "lead_lane": state.lead_lane,
        "current_since": _iso(state.current_since),
        "step_due_at": _iso(state.step_due_at),
        "step_elapsed_days": _days(state.step_elapsed_days),
        "started_at": _iso(state.started_at),
        "planned_days": _days(state.planned_days),
        "planned_end": _iso(state.planned_end),
        "due_at": _iso(state.due_at),
        "finished_at": _iso(state.finished_at),
        "elapsed_days": _days(state.elapsed_days),
        "remaining_days": _days(state.remaining_days),
        "deviation_days": _days(state.deviation_days),
        "overdue": state.overdue,
        "step_overdue": state.step_overdue,
        "suspended_since": _iso(state.suspended_since),
        "suspended_days": _days(state.suspended_days),
        "extension_days": _days(state.extension_days),
        "returns": state.returns,
        "steps": steps,
        "distributions": [
            {"seq": d.seq, "to": d.to, "received_by": d.received_by, "at": _iso(d.at), "recorded_by": d.recorded_by}
            for d in state.distributions
        ],
    }


def cmd_case_show(ctx: Context) -> int:
    from sopdesk.services.cases import case_view

    view = case_view(ctx.database(), _case_id(ctx), now=_parse_at(ctx.args.now, "--now"))
    if ctx.args.format == "json":
        ctx.out(json.dumps(case_json(view), ensure_ascii=False, indent=2))
        return 0
    for line in case_text(view):
        ctx.out(line)
    return 0


def case_text(view: Any) -> list[str]:
    from sopdesk.domain.cases import describe_since
    from sopdesk.domain.dates import tanggal_jam
    from sopdesk.domain.workdays import format_days

    state, sop = view.state, view.sop
    lanes = {lane.code: lane.nama for lane in sop.lanes}
    info = state.info

    def short(moment: Any) -> str:
        return "-" if moment is None else f"{moment:%d-%m-%Y %H.%M}"

    lines = [
        f"Berkas {info.number} · {info.opd_nama} · {state.status.label}",
        f"Surat {info.letter_number}: {info.perihal}",
        f"Jenis layanan: {'; '.join(info.jenis_layanan)}",
        f"SOP {info.sop_nomor} versi {info.sop_version}",
        describe_since(state, sop)
        + (f"; langkah {state.current_step}, tenggat {tanggal_jam(state.step_due_at)}" if state.step_due_at else ""),
        f"Mulai {tanggal_jam(state.started_at)}; rencana selesai {tanggal_jam(state.planned_end)} "
        f"({format_days(state.planned_days)} hari kerja); tenggat {tanggal_jam(state.due_at)}",
        f"Berjalan {format_days(state.elapsed_days)} hari kerja, sisa {format_days(state.remaining_days)}, "
        f"deviasi {format_days(state.deviation_days)}; dikembalikan {state.returns} kali"
        + (f"; ditangguhkan {format_days(state.suspended_days)} hari kerja" if state.suspended_days else "")
        + (" · TERLAMBAT" if state.overdue else ""),
        "",
        f"{'No':>2}  {'Pelaksana':<18} {'Mutu':>4}  {'Rencana':<35} {'Realisasi':<35} Ke  Status",
    ]
    for s in state.steps:
        passes = s.passes or ()
        last = passes[-1] if passes else None
        actual = f"{short(s.actual_start)} – {short(last.ended_at if last else None)}" if passes else "-"
        flag = " terlambat" if s.late else ""
        lines.append(
            f"{s.no:>2}  {lanes[s.lead_lane]:<18} {format_days(s.waktu_hari):>4}  "
            f"{short(s.planned_start)} – {short(s.planned_end)}  {actual:<35} {len(passes):>2}  {s.status.value}{flag}"
        )
    for n, d in enumerate(state.distributions, start=1):
        lines.append(f"Distribusi ke-{n} (--seq {d.seq}): {d.to}, diterima {d.received_by}, {tanggal_jam(d.at)}")
    return lines


def cmd_case_list(ctx: Context) -> int:
    from sopdesk.domain.workdays import format_days
    from sopdesk.services.cases import case_list

    rows = case_list(ctx.database(), open_only=not ctx.args.all, now=_parse_at(ctx.args.now, "--now"))
    if ctx.args.format == "json":
        payload = [
            {
                "number": c.item.number,
                "letter": c.item.letter_number,
                "opd": c.item.opd_nama,
                "status": c.item.status.value,
                "current_step": c.item.current_step,
                "lanes": list(c.item.lanes),
                "step_due_at": _iso(c.clock.step_due_at),
                "due_at": _iso(c.clock.due_at),
                "step_remaining_days": None
                if c.clock.step_remaining_days is None
                else _days(c.clock.step_remaining_days),
                "remaining_days": _days(c.clock.remaining_days),
                "step_overdue": c.clock.step_overdue,
                "overdue": c.clock.overdue,
                "returns": c.item.returns,
            }
            for c in rows
        ]
        ctx.out(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for c in rows:
        step = f"langkah {c.item.current_step:>2}" if c.item.current_step else "          "
        lane = c.item.lead_lane or "-"
        remaining = "" if c.clock.step_remaining_days is None else f"sisa {format_days(c.clock.step_remaining_days)}"
        flag = " TERLAMBAT" if c.clock.step_overdue else ""
        ctx.out(
            f"{c.item.number:<12} {step} {lane:<8} {c.item.status.value:<12} {remaining:<12} {c.item.opd_nama}{flag}"
        )
    return 0


def cmd_calendar_show(ctx: Context) -> int:
    from datetime import date

    from sopdesk.services.calendar import office_hours, year_days

    db = ctx.database()
    year = ctx.args.year or date.today().year
    ctx.out(f"Jam kerja: {office_hours(db).label()}")
    for day in year_days(db, year):
        mark = {"paket": "", "tambahan": " [tambahan]", "dicabut": " [hari kerja]"}[day.source]
        ctx.out(f"{day.tanggal:%d-%m-%Y} {day.kind.value:<6} {day.nama}{mark}")
    return 0


def cmd_calendar_set(ctx: Context) -> int:
    from sopdesk.domain.agenda import parse_tanggal
    from sopdesk.domain.workdays import OverrideKind
    from sopdesk.services.calendar import set_override

    try:
        day = parse_tanggal(ctx.args.date)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    changes = set_override(ctx.database(), ctx.actor(), day, OverrideKind(ctx.args.kind), ctx.args.note)
    ctx.out(f"{day:%d-%m-%Y}: {OverrideKind(ctx.args.kind).label}; {len(changes.ids)} berkas terbuka dihitung ulang")
    return 0


def cmd_calendar_unset(ctx: Context) -> int:
    from sopdesk.domain.agenda import parse_tanggal
    from sopdesk.services.calendar import remove_override

    try:
        day = parse_tanggal(ctx.args.date)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    changes = remove_override(ctx.database(), ctx.actor(), day)
    ctx.out(f"{day:%d-%m-%Y}: kembali mengikuti kalender nasional; {len(changes.ids)} berkas terbuka dihitung ulang")
    return 0


def cmd_report_case(ctx: Context) -> int:
    from sopdesk.reports.case_documents import render_case_dossier
    from sopdesk.services.case_reports import prepare_case_dossier

    db = ctx.database()
    job = prepare_case_dossier(db, ctx.actor_or_system(), _case_id(ctx))
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
    case_id = _case_id(ctx)
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


def _case_parsers(sub: Any, report_sub: Any, add: Callable[..., argparse.ArgumentParser], as_user: Any) -> None:
    case = sub.add_parser("case", help="berkas SP (penyusunan standar pelayanan)")
    case_sub = case.add_subparsers(dest="case_command", required=True, parser_class=Parser)
    sp = add("start", cmd_case_start, "buka berkas SP dari surat di buku agenda (langkah 1 dan 2 selesai)", case_sub)
    sp.add_argument("number", help="nomor agenda surat")
    sp.add_argument("--layanan", action="append", required=True, help="jenis layanan; pisahkan dengan koma atau ulangi")
    sp.add_argument("--opd", help="OPD pengaju bila asal surat tidak ada dalam daftar OPD")
    as_user(sp)
    sp = add("done", cmd_case_done, "selesaikan langkah yang sedang berjalan", case_sub)
    sp.add_argument("case", help="nomor berkas (SP-2026-001) atau nomor id")
    sp.add_argument("--step", type=int, required=True, help="nomor langkah")
    sp.add_argument("--by", help="pejabat yang bertindak: nomor, kode lajur (mis. sekda) atau nama")
    sp.add_argument("--at", help="waktu selesai, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    sp.add_argument("--note", help="catatan")
    sp.add_argument("--kelengkapan", action="append", help="kelengkapan yang ada (ulangi untuk beberapa)")
    sp.add_argument("--output", action="append", help="output langkah (ulangi untuk beberapa)")
    as_user(sp)
    sp = add("return", cmd_case_return, "kembalikan berkas ke langkah sebelumnya (mis. dari 5 ke 4)", case_sub)
    sp.add_argument("case")
    sp.add_argument("--to", type=int, required=True, help="langkah tujuan")
    sp.add_argument("--reason", required=True, help="alasan pengembalian")
    sp.add_argument("--at", help="waktu, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    sp.add_argument("--by", help="pejabat yang mengembalikan")
    as_user(sp)
    sp = add("suspend", cmd_case_suspend, "tangguhkan berkas (waktu berhenti), mis. menunggu OPD", case_sub)
    sp.add_argument("case")
    sp.add_argument("--reason", required=True, help="alasan penangguhan")
    sp.add_argument("--at", help="waktu, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    as_user(sp)
    sp = add("resume", cmd_case_resume, "lanjutkan berkas yang ditangguhkan", case_sub)
    sp.add_argument("case")
    sp.add_argument("--note", help="catatan")
    sp.add_argument("--at", help="waktu, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    as_user(sp)
    sp = add("extend", cmd_case_extend, "perpanjang tenggat langkah dan berkas", case_sub)
    sp.add_argument("case")
    sp.add_argument("--days", required=True, help="hari kerja (0,5, 1, 2, ...)")
    sp.add_argument("--reason", required=True, help="alasan perpanjangan")
    as_user(sp)
    sp = add("cancel", cmd_case_cancel, "batalkan berkas (tetap tersimpan)", case_sub)
    sp.add_argument("case")
    sp.add_argument("--reason", required=True, help="alasan pembatalan")
    as_user(sp)
    sp = add("distribute", cmd_case_distribute, "catat distribusi laporan (langkah terakhir)", case_sub)
    sp.add_argument("case")
    sp.add_argument("--to", required=True, help="kepada (OPD atau pihak lain)")
    sp.add_argument("--received-by", required=True, help="nama penerima")
    sp.add_argument("--at", help="waktu diterima, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    sp.add_argument("--note", help="catatan")
    as_user(sp)
    sp = add("show", cmd_case_show, "keadaan berkas: langkah, lajur, tenggat, rencana dan realisasi", case_sub)
    sp.add_argument("case")
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp.add_argument("--now", help=argparse.SUPPRESS)
    sp = add("list", cmd_case_list, "daftar berkas terbuka (atau semua dengan --all)", case_sub)
    sp.add_argument("--all", action="store_true", help="termasuk yang selesai dan dibatalkan")
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp.add_argument("--now", help=argparse.SUPPRESS)

    calendar = sub.add_parser("calendar", help="kalender hari kerja (libur nasional, cuti bersama, perubahan)")
    calendar_sub = calendar.add_subparsers(dest="calendar_command", required=True, parser_class=Parser)
    sp = add("show", cmd_calendar_show, "jam kerja dan hari libur satu tahun", calendar_sub)
    sp.add_argument("--year", type=int)
    sp = add("set", cmd_calendar_set, "tetapkan hari libur tambahan atau hari kerja", calendar_sub)
    sp.add_argument("date", help="tanggal, hh-bb-tttt")
    sp.add_argument("kind", choices=["libur", "kerja"])
    sp.add_argument("--note", required=True, help="keterangan (mis. nomor SKB atau surat edaran)")
    as_user(sp)
    sp = add("unset", cmd_calendar_unset, "cabut perubahan: tanggal kembali mengikuti kalender nasional", calendar_sub)
    sp.add_argument("date", help="tanggal, hh-bb-tttt")
    as_user(sp)

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
    sp.add_argument("--seq", type=int, help="nomor distribusi seperti pada 'case show' (bawaan: distribusi terakhir)")
    sp.add_argument(
        "--isi", action="append", help="yang diserahkan, satu baris per butir (ulangi); bawaan: output langkah SOP"
    )
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp, required=False)


def cmd_gui(ctx: Context) -> int:
    # The GUI collects garbage on its own thread, on a timer (ui.tasks.GuiGarbageCollector);
    # switching the automatic collector off now also spares the start-up's imports its passes.
    gc.disable()
    # Imported by name so that the CLI module graph never reaches Qt (import-linter checks it).
    app = importlib.import_module("sopdesk.app")
    runner: Callable[[argparse.Namespace], int] = app.run
    return runner(ctx.args)


# --- parser ------------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # Indonesian usage errors, exit 2
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan: {message}\n")


class _NotOnlyGui(Exception):
    pass


class _QuickParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        raise _NotOnlyGui(message)


def _global_options(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--version", action="version", version=f"SOPDesk {__version__}")
    p.add_argument("--db", help="berkas SQLite atau URL postgresql:// (bawaan: SOPDESK_DATABASE_URL atau folder data)")
    p.add_argument("--data-dir", help="folder data (bawaan: folder data pengguna)")
    p.add_argument("--lang", choices=["id", "en"], help="bahasa antarmuka (GUI)")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="uji mandiri tanpa layar: basis data sementara, jendela utama, satu laporan PDF; lalu keluar",
    )
    return p


def _gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they only start the GUI (global options, no command), else None.

    Starting the GUI is the common case and must be quick: it does not build the parser of
    every command nor import the domain modules the commands' options name.
    """
    quick = _global_options(_QuickParser(prog="sopdesk", add_help=False))
    try:
        args, rest = quick.parse_known_args(argv)
    except _NotOnlyGui:
        return None  # a malformed global option: the full parser says what is wrong
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    from sopdesk.domain.agenda import Sifat, Sumber, Urgensi
    from sopdesk.domain.roles import Role

    p = _global_options(Parser(prog="sopdesk", description="SOPDesk: agenda surat, disposisi dan pelacakan SOP."))
    sub = p.add_subparsers(dest="command", parser_class=Parser)

    def add(name: str, func: Callable[[Context], int], help_text: str, parent: Any = sub) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text)
        sp.set_defaults(func=func)
        return sp

    def as_user(sp: argparse.ArgumentParser, required: bool = True) -> None:
        sp.add_argument(
            "--as",
            dest="as_user",
            required=required,
            metavar="USER",
            help="pengguna yang bertindak (kata sandi dari SOPDESK_PASSWORD atau stdin)",
        )

    sp = add("init", cmd_init, "buat atau mutakhirkan basis data dan isi data awal")
    sp.add_argument("--admin", metavar="USERNAME", help="buat administrator pertama (kata sandi dari stdin)")
    sp.add_argument("--name", help="nama administrator")
    sp.add_argument("--nip", help="NIP administrator")

    user = sub.add_parser("user", help="pengguna")
    user_sub = user.add_subparsers(dest="user_command", required=True, parser_class=Parser)
    sp = add("add", cmd_user_add, "tambah pengguna (kata sandi baru dari stdin)", user_sub)
    sp.add_argument("username")
    sp.add_argument("--role", required=True, choices=[r.value for r in Role])
    sp.add_argument("--name", required=True)
    sp.add_argument("--nip", default="")
    as_user(sp)
    sp = add("list", cmd_user_list, "daftar pengguna", user_sub)
    sp.add_argument("--format", choices=["text", "json"], default="text")

    add("check", cmd_check, "periksa integritas, kunci asing, trigger dan rantai audit")
    sp = add("backup", cmd_backup, "cadangkan basis data SQLite (lalu periksa salinannya)")
    sp.add_argument("out", help="berkas tujuan")
    as_user(sp, required=False)

    sop = sub.add_parser("sop", help="definisi SOP")
    sop_sub = sop.add_subparsers(dest="sop_command", required=True, parser_class=Parser)
    sp = add("show", cmd_sop_show, "tampilkan SOP yang berlaku", sop_sub)
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp.add_argument("--nomor", default=None, help="nomor SOP (bawaan: yang terakhir dimuat)")

    add("demo", cmd_demo, "isi basis data dengan kantor contoh (pengguna dan pejabat)")

    agenda = sub.add_parser("agenda", help="buku agenda surat masuk")
    agenda_sub = agenda.add_subparsers(dest="agenda_command", required=True, parser_class=Parser)
    sp = add("add", cmd_agenda_add, "catat surat masuk; mencetak nomor agenda", agenda_sub)
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
    sp.add_argument("--seq", type=int, help="nomor urut asli (mengisi surat tahun-tahun lalu)")
    as_user(sp)
    sp = add("list", cmd_agenda_list, "daftar surat", agenda_sub)
    sp.add_argument("--year", type=int)
    sp.add_argument("--search", help="cari di perihal, asal, nomor surat, isi ringkas, keterangan")
    sp.add_argument("--format", choices=["csv", "json"], default="csv")
    sp = add("attach", cmd_agenda_attach, "lampirkan pindaian atau PDF ke surat", agenda_sub)
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("file", help="berkas PDF, JPG, PNG atau TIFF")
    as_user(sp)
    sp = add("void", cmd_agenda_void, "batalkan surat yang salah catat (nomor tetap)", agenda_sub)
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("--reason", required=True, help="alasan pembatalan")
    as_user(sp)
    sp = add("export", cmd_agenda_export, "ekspor surat ke buku kerja Excel (.xlsx)", agenda_sub)
    sp.add_argument("--year", type=int, required=True, help="tahun agenda")
    sp.add_argument("--out", required=True, help="berkas .xlsx tujuan")
    sp.add_argument("--search", help="hanya surat yang cocok dengan pencarian")
    as_user(sp, required=False)
    sp = add(
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
    as_user(sp)

    # --- dispositions ---
    dispo = sub.add_parser("disposisi", help="disposisi surat masuk")
    dispo_sub = dispo.add_subparsers(dest="disposisi_command", required=True, parser_class=Parser)
    sp = add("add", cmd_disposisi_add, "tulis disposisi (atau salin disposisi tulisan tangan pejabat)", dispo_sub)
    sp.add_argument("number", help="nomor agenda surat")
    sp.add_argument(
        "--to",
        required=True,
        action="append",
        metavar="NAMA[,NAMA]",
        help="penerima: nama pengguna, lajur pejabat (kasubag), nama, atau unit; lihat 'disposisi penerima'",
    )
    sp.add_argument("--instruksi", action="append", metavar="TEKS[,TEKS]", help="butir instruksi atau teks bebas")
    sp.add_argument("--catatan", help="catatan (petunjuk dan arahan)")
    sp.add_argument("--due", help="batas waktu hh-bb-tttt (bawaan: dari urgensi surat, dalam hari kerja)")
    sp.add_argument("--on-behalf-of", metavar="PEJABAT", help="salin disposisi tulisan tangan atas nama pejabat ini")
    sp.add_argument("--written", metavar="WAKTU", help="waktu disposisi ditulis, hh-bb-tttt JJ:MM (bawaan: sekarang)")
    sp.add_argument("--parent", type=int, metavar="ID", help="teruskan disposisi nomor ini (disposisi lanjutan)")
    as_user(sp)
    sp = add("list", cmd_disposisi_list, "daftar disposisi, atau disposisi masuk seorang pengguna", dispo_sub)
    sp.add_argument("--for", dest="for_user", metavar="USER", help="disposisi masuk pengguna ini")
    sp.add_argument("--open", action="store_true", help="hanya yang belum selesai (dengan --for)")
    sp.add_argument("--limit", type=int, default=500, help="paling banyak sekian disposisi terbaru")
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp = add("show", cmd_disposisi_show, "rantai disposisi satu surat", dispo_sub)
    sp.add_argument("number", help="nomor agenda surat")
    sp.add_argument("--format", choices=["text", "json"], default="text")
    for name, text in (
        ("read", "tandai disposisi sudah dibaca"),
        ("follow-up", "catat tindak lanjut"),
        ("done", "tandai disposisi selesai"),
    ):
        sp = add(name, cmd_disposisi_status, text, dispo_sub)
        sp.add_argument("id", type=int, help="nomor disposisi")
        if name != "read":
            sp.add_argument("--note", required=name == "follow-up", help="catatan tindak lanjut")
        as_user(sp)
    sp = add("withdraw", cmd_disposisi_withdraw, "tarik disposisi yang belum dibaca siapa pun", dispo_sub)
    sp.add_argument("id", type=int, help="nomor disposisi")
    sp.add_argument("--reason", required=True, help="alasan penarikan")
    as_user(sp)
    add("penerima", cmd_disposisi_recipients, "daftar penerima dan instruksi yang dapat dipilih", dispo_sub)

    report = sub.add_parser("report", help="cetak dokumen ke PDF")
    report_sub = report.add_subparsers(dest="report_command", required=True, parser_class=Parser)
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

    _case_parsers(sub, report_sub, add, as_user)  # Berkas SP (issue 6)

    sp = add("disposisi", cmd_report_disposisi, "lembar disposisi (setengah folio)", report_sub)
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("--blank", action="store_true", help="lembar kosong berisi data surat, untuk ditulis tangan")
    sp.add_argument("--id", type=int, help="disposisi tertentu (bawaan: disposisi pertama surat itu)")
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp, required=False)
    sp = add("kartu-penerus", cmd_report_disposisi, "kartu penerus disposisi", report_sub)
    sp.add_argument("number", help="nomor agenda")
    sp.add_argument("--out", required=True, help="berkas PDF tujuan")
    as_user(sp, required=False)

    sp = add("verify", cmd_verify, "periksa apakah cetakan PDF masih cocok dengan basis data")
    sp.add_argument("file", help="berkas PDF cetakan SOPDesk")
    return p


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _gui_arguments(argv) or build_parser().parse_args(argv)
    if args.self_test:  # the installer's smoke test; Qt is imported by name, as for the GUI
        self_test: Callable[[], int] = importlib.import_module("sopdesk.app").self_test
        return self_test()
    ctx = Context(args, stdin or sys.stdin, stdout or sys.stdout)
    func: Callable[[Context], int] = getattr(args, "func", cmd_gui)
    try:
        return func(ctx)
    except ValidationError as exc:
        for field, message in exc.fields.items():
            print(f"Kesalahan {field}: {message}", file=sys.stderr)
        return 1
    except SopDefinitionError as exc:
        print(f"Definisi SOP tidak sah: {exc}", file=sys.stderr)
        return 1
    except (DomainError, CliError) as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `sopdesk sop show | head`
        sys.stderr.close()
        return 0
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
