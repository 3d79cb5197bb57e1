"""``sopdesk watch``: every change any seat commits, printed as it arrives (for scripts and tests).

It reads the same change feed as every open window (:mod:`sopdesk.store.feed`): SQLite's
``data_version`` plus the change log, PostgreSQL's LISTEN/NOTIFY plus the change log. One line
per committed write: its change-log id, when (UTC), who, and per kind of record the ids it
touched. ``--format json`` prints one JSON object per line.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sopdesk.cli.common import CliError, Commands, Context, count, seconds, version

if TYPE_CHECKING:
    from sopdesk.store.feed import FeedItem

POLL_S = 0.1  # how often the feed is asked; delivery takes at most about this long
RETRY_S = 1.0  # while the database cannot be read


def _local(at: str) -> str:
    """A change log's UTC time as the office reads it (its own clock's zone)."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M:%S")


def as_json(item: FeedItem) -> str:
    changes = item.changes
    return json.dumps(
        {"id": item.id, "at": changes.at, "actor": changes.actor, "origin": item.origin, **changes.to_payload()},
        ensure_ascii=False,
    )


def as_text(item: FeedItem) -> str:
    changes = item.changes
    return f"#{item.id}  {_local(changes.at)}  {changes.actor or '-'}  {changes.describe()}"


def cmd_watch(ctx: Context) -> int:
    args = ctx.args
    if args.count is not None and args.count < 1:
        raise CliError("--count harus 1 atau lebih.")
    if args.timeout is not None and args.timeout <= 0:
        raise CliError("--timeout harus lebih dari 0 detik.")
    from sopdesk.domain.errors import StorageFault

    db = ctx.database()
    feed = db.change_feed(since=args.since)
    show = as_json if args.format == "json" else as_text
    deadline = None if args.timeout is None else time.monotonic() + args.timeout
    print(
        f"Mendengarkan perubahan di {db.display()} (Ctrl+C untuk berhenti).",
        file=sys.stderr,
        flush=True,
    )
    printed = 0
    trouble = ""
    try:
        while True:
            try:
                items = feed.poll()
            except StorageFault as exc:  # the database went away: say so once, keep trying
                if str(exc) != trouble:
                    trouble = str(exc)
                    print(f"Gagal membaca perubahan: {trouble} Mencoba lagi…", file=sys.stderr, flush=True)
                items = None
            else:
                if trouble:
                    trouble = ""
                    print("Tersambung kembali.", file=sys.stderr, flush=True)
            for item in items or ():
                ctx.out(show(item))
                printed += 1
                if args.count is not None and printed >= args.count:
                    ctx.stdout.flush()
                    return 0
            ctx.stdout.flush()
            if deadline is not None and time.monotonic() >= deadline:
                if args.count is not None:
                    raise CliError(f"Waktu habis: {printed} dari {args.count} perubahan diterima.")
                return 0
            time.sleep(RETRY_S if items is None else POLL_S)
    except KeyboardInterrupt:  # Ctrl+C is how a person ends it
        return 0
    finally:
        feed.close()


def register(cli: Commands) -> None:
    sp = cli.add(
        "watch",
        cmd_watch,
        "cetak setiap perubahan yang disimpan oleh komputer mana pun, begitu tiba",
    )
    sp.add_argument("--format", choices=["text", "json"], default="text", help="json: satu objek per baris")
    sp.add_argument("--count", type=count, default=None, metavar="N", help="berhenti setelah N perubahan")
    sp.add_argument(
        "--timeout",
        type=seconds,
        default=None,
        metavar="DETIK",
        help="berhenti setelah sekian detik (dengan --count: keluar 1 bila belum N perubahan)",
    )
    sp.add_argument(
        "--since", type=version, default=None, metavar="ID", help="mulai setelah perubahan nomor ID (bawaan: sekarang)"
    )
