"""The command line: the same services as the GUI, and no Qt.

``sopdesk`` with no command starts the GUI. Exit codes: 0 success, 1 failure, 2 usage.

Each command group lives in its own module (``admin``, ``agenda``, ``disposisi``, ``cases``,
``reports``, ``sp``) with a ``register(cli)`` that adds its parsers; they are imported only when a
command is given, so starting the GUI builds none of them.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from sopdesk import __version__
from sopdesk.cli.common import CliError, Commands, Context, Parser, printable, unsafe_argument
from sopdesk.domain.conninfo import masked
from sopdesk.domain.errors import DomainError, SopDefinitionError, ValidationError

# The command modules, in the order their commands appear in ``sopdesk --help``.
COMMAND_MODULES = ("admin", "agenda", "disposisi", "cases", "reports", "sp", "watch")


def cmd_gui(ctx: Context) -> int:
    # The GUI collects garbage on its own thread, on a timer (ui.tasks.GuiGarbageCollector);
    # switching the automatic collector off now also spares the start-up's imports its passes.
    gc.disable()
    # Imported by name so that the CLI module graph never reaches Qt (import-linter checks it).
    app = importlib.import_module("sopdesk.app")
    runner: Callable[[argparse.Namespace], int] = app.run
    return runner(ctx.args)


# --- parser ------------------------------------------------------------------------------


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
    p = _global_options(Parser(prog="sopdesk", description="SOPDesk: agenda surat, disposisi dan pelacakan SOP."))
    cli = Commands(p.add_subparsers(dest="command", parser_class=Parser))
    modules = [importlib.import_module(f"sopdesk.cli.{name}") for name in COMMAND_MODULES]
    for module in modules:
        if module.__name__.endswith(".reports"):
            cli.report = cli.group("report", "cetak dokumen ke PDF")
        module.register(cli)
    return p


def _not_text(argv: list[str]) -> str | None:
    """An argument holding bytes that are not UTF-8 (Python keeps them as lone surrogates)."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
            return f"argumen '{shown[:60]}' berisi bita yang bukan teks UTF-8; ketik ulang nilainya."
    return None


def warn_password_on_command_line(db: str | None) -> None:
    """A password in ``--db`` is readable by every user of this computer (``ps``, /proc): say so."""
    from sopdesk.domain.conninfo import carries_password

    if carries_password(db):
        print(
            "Peringatan: --db memuat kata sandi basis data, yang terlihat oleh setiap pengguna komputer ini "
            "(ps). Simpan kata sandi di ~/.pgpass atau berkas layanan PostgreSQL dan pakai "
            "--db postgresql:///?service=sopdesk atau SOPDESK_DATABASE_URL (lihat README, bagian PostgreSQL).",
            file=sys.stderr,
        )


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    problem = _not_text(argv)
    if problem:
        print(f"sopdesk: kesalahan: {problem}", file=sys.stderr)
        return 2
    args = _gui_arguments(argv) or build_parser().parse_args(argv)
    warn_password_on_command_line(args.db)
    if args.self_test:  # the installer's smoke test; Qt is imported by name, as for the GUI
        self_test: Callable[[], int] = importlib.import_module("sopdesk.app").self_test
        return self_test()
    problem = unsafe_argument(args)
    if problem:
        print(f"sopdesk: kesalahan: {problem}", file=sys.stderr)
        return 2
    ctx = Context(args, stdin or sys.stdin, stdout or sys.stdout)
    func: Callable[[Context], int] = getattr(args, "func", cmd_gui)
    try:
        ctx.refuse_database_files()
        ctx.refuse_unreadable_inputs()
        return func(ctx)
    except ValidationError as exc:
        for field, message in exc.fields.items():
            _say(f"Kesalahan {field}: {message}")
        return 1
    except SopDefinitionError as exc:
        _say(f"Definisi SOP tidak sah: {exc}")
        return 1
    except (DomainError, CliError) as exc:
        _say(f"Gagal: {exc}")
        return 1
    except BrokenPipeError:  # `sopdesk sop show | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        _say("Dibatalkan.")
        return 130
    except Exception as exc:  # a fault underneath, or a defect: a message, never a traceback
        return _failed(exc)
    finally:
        ctx.close()


def _say(text: str) -> None:
    print(printable(masked(text)), file=sys.stderr)


def _failed(exc: Exception) -> int:
    """A storage or file fault in the one vocabulary; anything else as an unexpected failure,
    its details kept in a file for whoever maintains SOPDesk (SOPDESK_DEBUG=1 shows them)."""
    import os

    from sopdesk.store.faults import os_fault, translate

    fault = translate(exc) or (os_fault(exc) if isinstance(exc, OSError) else None)
    if fault is not None:
        _say(f"Gagal: {fault}")
        return 1
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        _say(f"Gagal: {exc.strerror or exc}{where}.")
        return 1
    if os.environ.get("SOPDESK_DEBUG"):
        raise exc
    report = _keep_details(exc)
    _say(
        f"Gagal: kesalahan tak terduga ({type(exc).__name__}: {str(exc)[:200]}). Periksa apakah perintahnya "
        "selesai sebelum mengulang." + (f" Rincian teknis untuk pengelola: {report}" if report else "")
    )
    return 1


def _keep_details(exc: Exception) -> str | None:
    import traceback
    from datetime import datetime

    from sopdesk.paths import cache_dir

    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"galat-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
    except OSError:
        return None
    return str(path)


if __name__ == "__main__":
    raise SystemExit(main())
