"""Every command of the command line, driven with hostile values (issue 13).

The commands are enumerated from the parser itself, so a command added later is drilled
without anyone listing it. Each gets values a careless admin or a hostile user would type:
integers beyond 2^63-1 and negative ones, NaN and infinities, 120,000 characters, terminal
escapes and bidi overrides, dates in year 1 and 9999, /dev/zero behind a .pdf name, a pipe, a
folder, the database itself as an input or output file. Whatever happens, the answer is an exit
status of 0, 1 or 2 with a message, never a traceback, and a refused command wrote nothing.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopdesk.cli import build_parser, main
from sopdesk.store.database import Database
from tests.conftest import ADMIN_PASSWORD

HUGE = [
    "99999999999999999999",
    "9223372036854775808",
    "2147483648",
    "-1",
    "0",
    "-99999999999999999999",
    "1e309",
    "NaN",
    "nan",
    "Infinity",
    "-inf",
    "٣",
    "²",
    "0x10",
    " 7 ",
]
TEXT = [
    "",
    "   ",
    "x" * 120_000,
    "\x1b[31mmerah\x1b[0m\x1b[2J",
    "\u202eFDP.exe",
    "abc\u2066def\u2069",
    "nul\x00byte",
    "baris\nbaru",
    "'; DROP TABLE letter; --",
    "%s%n%x",
    "../../../etc/passwd",
    "SP-2026-001",
    "#99999999999999999999",
    "\udcff\udcfe",
    "é" * 500,
    "🙂" * 100,
]
DATES = [
    "01-01-0001",
    "31-12-9999",
    "29-02-2025",
    "32-13-2026",
    "2026-02-30 25:61",
    "00-00-0000 00:00",
    "1-1-1",
    "02-03-2026 09:00",
    "02-03-2026",
]


@dataclass
class Office:
    db_file: Path
    data_dir: Path
    files: dict[str, str]
    number: str
    case: str
    disposition_id: int
    out_dir: Path
    cwd: Path


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    from sopdesk.domain.cases import StartCase
    from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
    from sopdesk.services import cases
    from sopdesk.services import disposition as disp
    from sopdesk.services.setup import initialise
    from tests.office import make_office

    root = tmp_path_factory.mktemp("hostile")
    db_file = root / "kantor.sqlite3"
    db = Database.connect(str(db_file))
    initialise(db, None)
    made = make_office(db)
    letter = made.letters[0]
    kasubag = RecipientRef(RecipientKind.OFFICIAL, made.kasubag.id, made.kasubag.nama)
    given_ = disp.write_disposition(db, made.actors["kabag"], DispositionInput(letter.id, (kasubag,), ("Proses",)))
    started = cases.start_case(db, made.actors["staf"], StartCase(letter.id, ("Izin praktik bidan",)))
    case_number = cases.case_state(db, started.case_id).info.number
    db.dispose()
    # Files a command may be given.
    pdf = root / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% scan\n%%EOF\n")
    zero = root / "nol.pdf"
    zero.symlink_to("/dev/zero")
    fifo = root / "pipa.pdf"
    os.mkfifo(fifo)
    folder = root / "folder.pdf"
    folder.mkdir()
    big = root / "besar.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(26 * 2**20)
    files = {
        "pdf": str(pdf),
        "zero": str(zero),
        "fifo": str(fifo),
        "folder": str(folder),
        "big": str(big),
        "db": str(db_file),
        "wal": str(db_file) + "-wal",
        "missing": str(root / "tidak-ada.pdf"),
        "xlsx": str(root / "tidak-ada.xlsx"),
    }
    out_dir = root / "keluaran"
    out_dir.mkdir()
    cwd = root / "kerja" / "a" / "b" / "c"
    cwd.mkdir(parents=True)
    yield Office(db_file, root / "data", files, letter.number, case_number, given_.id, out_dir, cwd)


# --- the commands, from the parser ------------------------------------------------------------


def leaf_commands() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    found: list[tuple[tuple[str, ...], argparse.ArgumentParser]] = []

    def walk(path: tuple[str, ...], parser: argparse.ArgumentParser) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            found.append((path, parser))
            return
        for name, child in subs[0].choices.items():
            walk((*path, name), child)

    walk((), build_parser())
    return found


COMMANDS = leaf_commands()


def test_every_command_is_drilled():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"agenda add", "agenda attach", "backup", "check", "demo", "case extend", "disposisi read"} <= names
    assert len(names) >= 30


def plausible(office: Office, action: argparse.Action) -> st.SearchStrategy[str]:
    """A value the command could accept, so that hostile values meet the code behind the parser."""
    dest = action.dest
    if dest == "as_user":
        return st.sampled_from(["admin", "admin", "staf", "pimpinan", "tidak-ada"])
    if dest in ("number",) and action.option_strings == []:
        return st.sampled_from([office.number, "065/999-Org/2026"])
    if dest == "case":
        return st.sampled_from([office.case, "1", "SP-1999-001"])
    if dest == "id":
        return st.sampled_from([str(office.disposition_id), "1", "424242"])
    if dest in ("file",):
        return st.sampled_from(list(office.files.values()))
    if dest == "out":
        return st.sampled_from(
            [
                str(office.out_dir / "hasil.pdf"),
                str(office.out_dir / "hasil.xlsx"),
                office.files["db"],
                office.files["wal"],
                "/dev/full",
                str(office.out_dir),
            ]
        )
    if dest == "witness":
        return st.sampled_from([office.files["db"], office.files["pdf"], office.files["missing"]])
    if dest in ("received", "at", "written"):
        return st.sampled_from(["02-03-2026 09:00", "01-12-2026 08:00"])
    if dest in ("dated", "due", "date", "from_", "to") and "date" not in (action.help or "").lower():
        return st.sampled_from(["02-03-2026", "01-12-2026", "kasubag", "Dinas Kesehatan"])
    if dest in ("year",):
        return st.sampled_from(["2026", "2025"])
    if dest in ("seq", "step", "parent", "limit", "days"):
        return st.sampled_from(["1", "3", "0,5"])
    if dest in ("role",):
        return st.sampled_from(["staf", "admin"])
    if dest in ("username",):
        return st.sampled_from(["budi", "Budi Santoso"])
    return st.sampled_from(["Dinas Kesehatan", "Proses lebih lanjut", "Alasan yang cukup panjang", "065", "kabag"])


def hostile(office: Office) -> st.SearchStrategy[str]:
    return st.sampled_from(HUGE + TEXT + DATES + list(office.files.values()))


@st.composite
def argv_for(draw: st.DrawFn, office: Office, path: tuple[str, ...], parser: argparse.ArgumentParser) -> list[str]:
    argv = ["--db", str(office.db_file), "--data-dir", str(office.data_dir), *path]
    positionals: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.help == argparse.SUPPRESS:
            continue
        include = action.required or not action.option_strings or draw(st.booleans())
        if not include:
            continue
        if isinstance(action, (argparse._StoreTrueAction, argparse._StoreFalseAction)):
            argv.append(action.option_strings[0])
            continue
        if action.choices is not None and not isinstance(action.choices, dict):
            value = draw(st.one_of(st.sampled_from([str(c) for c in action.choices]), hostile(office)))
        else:
            value = draw(st.one_of(plausible(office, action), hostile(office), hostile(office)))
        if action.option_strings:
            argv.extend([action.option_strings[0], value])
        else:
            positionals.append(value)
    if path == ("watch",):  # it follows the feed until stopped: a drawn time is checked, then cut short
        argv.extend(["--timeout", "0.2"])
    return [*argv, *positionals]


def written(office: Office) -> list[tuple[int, str]]:
    """What the database holds that a refused command must not have changed: every audit event
    but the logins (the login of a refused command is recorded, as it should be)."""
    import sqlite3

    with sqlite3.connect(f"file:{office.db_file}?mode=ro", uri=True) as conn:
        return list(
            conn.execute(
                "SELECT id, action FROM audit_event WHERE action NOT IN ('user.login', 'user.login_failed') ORDER BY id"
            )
        )


def outputs(office: Office) -> set[str]:
    """Every file under the test's folder but the database's own (outputs, wherever they went)."""
    root = office.out_dir.parent
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "kantor.sqlite3" not in p.name}


@pytest.mark.parametrize(("path", "parser"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_a_hostile_call_gets_an_answer_never_a_traceback(
    office: Office, path: tuple[str, ...], parser: argparse.ArgumentParser, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOPDESK_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("SOPDESK_DATABASE_URL", raising=False)
    # Relative paths ("../../../etc/passwd", "NaN") land deep inside the test's own folder.
    monkeypatch.chdir(office.cwd)
    monkeypatch.setenv("SOPDESK_CACHE_DIR", str(office.out_dir.parent / "cache"))

    @settings(
        max_examples=int(os.environ.get("SOPDESK_HOSTILE_EXAMPLES", "12")),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(argv=argv_for(office, path, parser))
    def drill(argv: list[str]) -> None:
        before, files_before = written(office), outputs(office)
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv, stdin=io.StringIO(ADMIN_PASSWORD + "\n" + ADMIN_PASSWORD + "\n"))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
        text = out.getvalue() + err.getvalue()
        assert code in (0, 1, 2), (argv, code, text)
        assert "Traceback" not in text, (argv, text)
        assert "kesalahan tak terduga" not in text, (argv, text)
        if code:
            assert err.getvalue().strip(), (argv, "refused without a message")
            after = written(office)
            if path[0] == "report":  # the print log is written before the file (printing is being
                # rewritten on the branch 'paper'; a print that fails to be written is its business)
                after = [e for e in after if not e[1].startswith("print.")]
                before_ = [e for e in before if not e[1].startswith("print.")]
                assert after == before_, (argv, "a refused command wrote to the database")
            else:
                assert after == before, (argv, "a refused command wrote to the database")
            left = {f for f in outputs(office) - files_before if not f.startswith(("cache/", "data/"))}
            assert not left, (argv, "a refused command left a file behind", left)
        for raw in ("\x1b", "\u202e", "\u2066"):
            assert raw not in out.getvalue(), (argv, "printed raw")

    drill()


# --- bytes that are not UTF-8, through a real process ----------------------------------------------


def test_arguments_that_are_not_utf8_are_refused_by_the_installed_command(tmp_path: Path):
    sopdesk = Path(sys.executable).with_name("sopdesk")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOPDESK_")}
    env["SOPDESK_DATA_DIR"] = str(tmp_path / "data")
    for argv in (
        [b"agenda", b"list", b"--search", b"\xff\xfe"],
        [b"disposisi", b"show", b"\xc3\x28"],
        [b"--db", b"\xff.sqlite3", b"check"],
    ):
        done = subprocess.run([os.fsencode(sopdesk), *argv], capture_output=True, env=env, timeout=60, check=False)
        assert done.returncode == 2, done
        assert b"UTF-8" in done.stderr and b"Traceback" not in done.stderr, done.stderr
