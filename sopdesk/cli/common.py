"""What every command shares: its context (arguments, paths, the database, the acting user),
the failure it reports on stderr, and the registry its parsers are added to."""

from __future__ import annotations

import argparse
import getpass
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sopdesk.paths import Paths, database_target

if TYPE_CHECKING:
    from decimal import Decimal

    from sopdesk.domain.agenda import LetterRecord
    from sopdesk.domain.records import Actor
    from sopdesk.store.database import Database
    from sopdesk.store.witness import WitnessKeeper

Command = Callable[["Context"], int]


def printable(text: str) -> str:
    from sopdesk.domain.validation import printable as escaped

    return escaped(text)


# --- argument types (issue 13): every value is bounded before anything runs ----------------------
# A value outside its bounds is a usage error (exit 2, nothing read or written). Text arguments
# are checked for all commands at once (:func:`unsafe_argument`): no control or bidirectional
# character, and no more than MAX_ARGUMENT characters.


def _integer(text: str, low: int, high: int, what: str) -> int:
    value = text.strip()
    if not (value.isascii() and value.lstrip("-").isdecimal()) or len(value) > 12:
        raise argparse.ArgumentTypeError(f"'{printable(text)[:40]}' bukan bilangan bulat {what}")
    number = int(value)
    if not low <= number <= high:
        raise argparse.ArgumentTypeError(f"{what} harus antara {low} dan {high}, bukan {number}")
    return number


def record_id(text: str) -> int:
    """A record's number (a disposition, a distribution): 1 … 2,147,483,647."""
    from sopdesk.domain.validation import MAX_ID

    return _integer(text, 1, MAX_ID, "nomor")


def version(text: str) -> int:
    """A record's version (0: none yet) … 2,147,483,647."""
    from sopdesk.domain.validation import MAX_ID

    return _integer(text, 0, MAX_ID, "versi")


def year(text: str) -> int:
    """A year the office can mean: 1945 … next year."""
    from datetime import date

    from sopdesk.domain.validation import EARLIEST_DATE

    return _integer(text, EARLIEST_DATE.year, date.today().year + 1, "tahun")


def sequence(text: str) -> int:
    """An agenda's original number (nomor urut): 1 … 999,999."""
    return _integer(text, 1, 999_999, "nomor urut")


def step(text: str) -> int:
    """A step of the SOP: 1 … 99."""
    return _integer(text, 1, 99, "nomor langkah")


def count(text: str) -> int:
    """How many to list: 1 … 100,000."""
    return _integer(text, 1, 100_000, "jumlah")


def seconds(text: str) -> float:
    """A time to wait, in seconds: more than 0, at most a week (no NaN, no infinity)."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = float("nan")
    if not 0 < value <= 7 * 24 * 3600:  # (NaN fails every comparison)
        raise argparse.ArgumentTypeError(f"'{printable(text)[:40]}' bukan lama waktu dalam detik (0 sampai 604800)")
    return value


def working_days(text: str) -> Decimal:
    """A number of working days such as ``1``, ``0,5`` or ``1.5`` (finite, at most 999)."""
    from decimal import Decimal, InvalidOperation

    value = text.strip().replace(",", ".")
    try:
        days = Decimal(value) if value.isascii() and len(value) <= 12 else None
    except InvalidOperation:
        days = None
    if days is None or not days.is_finite() or abs(days) > 999:
        raise argparse.ArgumentTypeError(f"'{printable(text)[:40]}' bukan jumlah hari kerja (misalnya 1 atau 0,5)")
    return days


def unsafe_argument(args: argparse.Namespace) -> str | None:
    """The first text argument that may not be used, with why (for every command at once)."""
    from sopdesk.domain.validation import MAX_ARGUMENT, unsafe_characters

    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if not isinstance(item, str):
                continue
            option = "--" + name.rstrip("_").replace("_", "-")
            if unsafe_characters(item):
                return (
                    f"{option}: berisi karakter kendali, karakter pengarah teks (bidi) atau bita yang bukan "
                    f"UTF-8: '{printable(item)[:60]}'. Ketik ulang nilainya."
                )
            if len(item) > MAX_ARGUMENT:
                return f"{option}: terlalu panjang ({len(item):,} karakter; paling banyak {MAX_ARGUMENT:,})".replace(
                    ",", "."
                )
    return None


class PrintableOutput:
    """Standard output that never prints stored text raw: control and bidirectional
    characters are written as visible escapes (:func:`~sopdesk.domain.validation.printable`)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # Indonesian usage errors, exit 2
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan: {message}\n")


class Commands:
    """Where each command module adds its parsers: the top level and the ``report`` group."""

    def __init__(self, sub: Any) -> None:
        self.sub = sub
        self.report: Any = None

    def group(self, name: str, help_text: str) -> Any:
        """A command group (``agenda``, ``case`` …) and the subparsers its commands go into."""
        parser = self.sub.add_parser(name, help=help_text)
        return parser.add_subparsers(dest=f"{name}_command", required=True, parser_class=Parser)

    def add(self, name: str, func: Command, help_text: str, parent: Any = None) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = (parent or self.sub).add_parser(name, help=help_text, description=help_text)
        sp.set_defaults(func=func)
        return sp

    @staticmethod
    def as_user(sp: argparse.ArgumentParser, required: bool = True) -> None:
        sp.add_argument(
            "--as",
            dest="as_user",
            required=required,
            metavar="USER",
            help="pengguna yang bertindak (kata sandi dari SOPDESK_PASSWORD atau stdin)",
        )


# Arguments that name files a command reads or writes itself (not through SQLite), and the
# ones it reads.
FILE_ARGUMENTS = ("out", "file", "witness")
INPUT_ARGUMENTS = ("file", "witness")
MAX_INPUT = 100 * 2**20


class CliError(Exception):
    """A failure to report on stderr with exit status 1."""


class Context:
    def __init__(self, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> None:
        self.args = args
        self.stdin = stdin
        self.stdout: TextIO = PrintableOutput(stdout)  # type: ignore[assignment]
        self.paths = Paths(Path(args.data_dir) if args.data_dir else None)
        self.target = database_target(args.db, self.paths)
        self._db: Database | None = None
        self.witness: WitnessKeeper | None = None

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def read_secret(self, prompt: str) -> str:
        if self.stdin.isatty():
            return getpass.getpass(prompt)
        try:
            line = self.stdin.readline()
        except UnicodeDecodeError:
            raise CliError(f"{prompt.rstrip(': ')}: masukan di stdin bukan teks UTF-8.") from None
        if not line:
            raise CliError(f"{prompt.rstrip(': ')}: tidak ada masukan di stdin.")
        if len(line) > 1024:
            raise CliError(f"{prompt.rstrip(': ')}: baris di stdin terlalu panjang untuk kata sandi.")
        return line.rstrip("\r\n")

    def database_paths(self) -> list[Path]:
        """The live database file and its companions (for a SQLite database)."""
        if "://" in self.target:
            return []
        path = Path(self.target).expanduser().resolve()
        return [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]

    def refuse_database_files(self) -> None:
        """No file argument (a PDF to write, a scan to read) may be the database or one of its
        companion files: writing one destroys the database, and even reading one with open()
        drops SQLite's locks in this process. Checked by name and by inode, through links."""
        live = self.database_paths()
        if not live:
            return
        identities = set()
        for candidate in live:
            try:
                st = candidate.stat()
            except OSError:
                continue
            identities.add((st.st_dev, st.st_ino))
        for name in FILE_ARGUMENTS:
            value = getattr(self.args, name, None)
            for item in value if isinstance(value, list) else [value]:
                if not isinstance(item, str) or not item:
                    continue
                path = Path(item).expanduser()
                try:
                    st = path.stat()
                    same = (st.st_dev, st.st_ino) in identities
                except OSError:
                    same = False
                if same or path.resolve() in live:
                    raise CliError(
                        f"{item} adalah basis data yang sedang dipakai (atau berkas pendampingnya). Perintah ini "
                        "tidak menulis maupun membacanya sebagai berkas biasa; pilih berkas lain."
                    )

    def refuse_unreadable_inputs(self) -> None:
        """A file a command reads (a workbook to import, a print to verify, a witness) must be a
        regular file of reasonable size, checked before anything opens it: /dev/zero behind a
        .pdf name, a pipe that never ends, a folder are refused at once."""
        for name in INPUT_ARGUMENTS:
            value = getattr(self.args, name, None)
            for item in value if isinstance(value, list) else [value]:
                if not isinstance(item, str) or not item:
                    continue
                try:
                    st = Path(item).expanduser().stat()
                except OSError:
                    continue  # missing: the command says so in its own words
                if not stat.S_ISREG(st.st_mode):
                    raise CliError(f"{item} bukan berkas biasa (folder, perangkat atau pipa); pilih berkasnya.")
                if st.st_size > MAX_INPUT:
                    raise CliError(f"{item} terlalu besar ({st.st_size / 2**20:,.0f} MB; paling besar 100 MB).")

    def database(self, *, initialise: bool = False, upgrade: bool = True) -> Database:
        """Open the database; unless ``initialise``, refuse one that does not exist yet.

        Only ``init`` creates a schema: another command given an empty file (or an empty
        PostgreSQL database) refuses it and writes nothing. Commands bring an older schema up to
        date first (after a backup), except ``check`` (``upgrade=False``), which reports the
        database exactly as it finds it. The seat's witness file follows every write.
        """
        if self._db is None:
            from sopdesk.store.database import Database

            is_file = "://" not in self.target
            if is_file and not Path(self.target).exists() and not initialise:
                raise CliError(f"Basis data {self.target} belum ada. Buat dengan 'sopdesk init'.")
            if is_file:
                self.paths.ensure()
            db = Database.connect(self.target)
            try:
                if not initialise and upgrade:  # (check reports an empty or damaged file itself)
                    self._refuse_empty(db)
                if not initialise and upgrade:
                    from sopdesk.store.database import head_revision

                    current = db.current_revision()
                    if current != head_revision():
                        from sopdesk.services.setup import initialise as init_db

                        init_db(db, self.paths.backup_dir)
            except BaseException:
                db.dispose()  # a refused connection (no rights, …) leaves nothing open behind it
                raise
            self._db = db
            self.witness = self._keep_witness(db)
        return self._db

    @staticmethod
    def _refuse_empty(db: Database) -> None:
        if db.current_revision() is None and db.is_empty():
            raise CliError(
                f"{db.display()} kosong: belum berisi basis data SOPDesk, dan perintah ini tidak membuatnya. "
                "Buat dengan 'sopdesk init' (dengan --db yang sama), atau pilih basis data yang benar."
            )

    def _keep_witness(self, db: Database) -> WitnessKeeper | None:
        from sopdesk.store.witness import WitnessKeeper

        return WitnessKeeper(db, self.paths.witness_file)

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

    def close(self) -> None:
        if self.witness is not None and self.witness.problem:
            print(f"Peringatan: {self.witness.problem}", file=sys.stderr)
        if self._db is not None:
            self._db.dispose()


def letter_or_fail(db: Database, number: str) -> LetterRecord:
    from sopdesk.services import read

    record = read.letter_by_number(db, number)
    if record is None:
        raise CliError(f"Nomor agenda {number} tidak ditemukan.")
    return record


def parse_at(text: str | None, name: str = "--at") -> Any:
    """A ``dd-mm-yyyy HH:MM`` (or ISO) moment, or None."""
    if text is None:
        return None
    from sopdesk.domain.agenda import parse_waktu

    try:
        return parse_waktu(text)
    except ValueError as exc:
        raise CliError(f"{name}: {exc}") from None
