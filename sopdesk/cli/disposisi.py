"""Dispositions from the command line: write, pass on, read, follow up, finish and withdraw."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from sopdesk.cli.common import CliError, Commands, Context, count, letter_or_fail, record_id

if TYPE_CHECKING:
    from sopdesk.domain.disposition import DispositionNode, DispositionRecord


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
    letter = letter_or_fail(db, a.number)
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
    letter = letter_or_fail(db, ctx.args.number)
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


def register(cli: Commands) -> None:
    dispo_sub = cli.group("disposisi", "disposisi surat masuk")
    sp = cli.add("add", cmd_disposisi_add, "tulis disposisi (atau salin disposisi tulisan tangan pejabat)", dispo_sub)
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
    sp.add_argument("--parent", type=record_id, metavar="ID", help="teruskan disposisi nomor ini (disposisi lanjutan)")
    cli.as_user(sp)
    sp = cli.add("list", cmd_disposisi_list, "daftar disposisi, atau disposisi masuk seorang pengguna", dispo_sub)
    sp.add_argument("--for", dest="for_user", metavar="USER", help="disposisi masuk pengguna ini")
    sp.add_argument("--open", action="store_true", help="hanya yang belum selesai (dengan --for)")
    sp.add_argument("--limit", type=count, default=500, help="paling banyak sekian disposisi terbaru")
    sp.add_argument("--format", choices=["text", "json"], default="text")
    sp = cli.add("show", cmd_disposisi_show, "rantai disposisi satu surat", dispo_sub)
    sp.add_argument("number", help="nomor agenda surat")
    sp.add_argument("--format", choices=["text", "json"], default="text")
    for name, text in (
        ("read", "tandai disposisi sudah dibaca"),
        ("follow-up", "catat tindak lanjut"),
        ("done", "tandai disposisi selesai"),
    ):
        sp = cli.add(name, cmd_disposisi_status, text, dispo_sub)
        sp.add_argument("id", type=record_id, help="nomor disposisi")
        if name != "read":
            sp.add_argument("--note", required=name == "follow-up", help="catatan tindak lanjut")
        cli.as_user(sp)
    sp = cli.add("withdraw", cmd_disposisi_withdraw, "tarik disposisi yang belum dibaca siapa pun", dispo_sub)
    sp.add_argument("id", type=record_id, help="nomor disposisi")
    sp.add_argument("--reason", required=True, help="alasan penarikan")
    cli.as_user(sp)
    cli.add("penerima", cmd_disposisi_recipients, "daftar penerima dan instruksi yang dapat dipilih", dispo_sub)
