"""What every command shares: its context (arguments, paths, the database, the acting user),
the failure it reports on stderr, and the registry its parsers are added to."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sopdesk.paths import Paths, database_target

if TYPE_CHECKING:
    from sopdesk.domain.agenda import LetterRecord
    from sopdesk.domain.records import Actor
    from sopdesk.store.database import Database

Command = Callable[["Context"], int]


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
            try:
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
