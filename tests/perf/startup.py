"""Start-up benchmark: process start to the login window, and to the main window after login.

Floors measured in the same run, the same way (a child process writes the wall-clock time
when its window is shown):
  1. a bare PySide6 QMainWindow script;
  2. the same script that also imports sqlalchemy.orm and opens the database.
Goals (issue 2): login window within 2x floor 1; main window within 1.25x floor 2.

Run: make bench   (or: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.startup)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("SOPDESK_BENCH_RUNS", "7"))
PASSWORD = "bench-rahasia-1"

BARE = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(800, 600); w.show()
open(os.environ["PROBE"], "a").write(f"shown {time.time():.6f}\\n")
"""

WITH_DB = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
import sqlalchemy.orm
from sqlalchemy import create_engine, text
engine = create_engine("sqlite:///" + os.environ["DB"])
with sqlalchemy.orm.Session(engine) as s:
    s.execute(text("SELECT count(*) FROM app_user")).scalar()
w = QMainWindow(); w.resize(800, 600); w.show()
open(os.environ["PROBE"], "a").write(f"shown {time.time():.6f}\\n")
"""


def run_child(cmd: list[str], env: dict[str, str], marks: tuple[str, ...]) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("r", suffix=".probe", delete=False) as fh:
        probe = fh.name
    env = {**env, "PROBE": probe, "SOPDESK_PROBE": probe, "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    subprocess.run(cmd, env=env, check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = {}
    for line in Path(probe).read_text().splitlines():
        name, _, stamp = line.partition(" ")
        found[name] = float(stamp) - start
    os.unlink(probe)
    missing = [m for m in marks if m not in found]
    if missing:
        raise SystemExit(f"child did not report {missing}: {cmd}")
    return found


def byte_compile() -> None:
    """Compile SOPDesk's modules to bytecode first, as the installed bundle ships them and as
    any ordinary run leaves them (PYTHONDONTWRITEBYTECODE would otherwise have every run
    compile the sources again, which the floors, made of installed packages, never pay)."""
    import compileall

    import sopdesk

    if not compileall.compile_dir(Path(sopdesk.__file__).parent, quiet=1):
        raise SystemExit("sopdesk could not be byte-compiled")


def main() -> int:
    python = sys.executable
    byte_compile()
    work = Path(tempfile.mkdtemp(prefix="sopdesk-bench-"))
    data = work / "data"
    env = {**os.environ, "SOPDESK_DATA_DIR": str(data), "HOME": str(work)}
    subprocess.run(
        [python, "-m", "sopdesk", "init", "--admin", "bench", "--name", "Bench"],
        input=PASSWORD + "\n",
        text=True,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    db_file = data / "sopdesk.sqlite3"
    env["DB"] = str(db_file)
    app_env = {**env, "SOPDESK_PROBE_LOGIN": f"bench:{PASSWORD}", "SOPDESK_PROBE_EXIT": "1"}

    bare, floor_db, login, main_window = [], [], [], []
    opened, prepared, authenticated = [], [], []
    run_child([python, "-c", BARE], env, ("shown",))  # warm the page cache once
    for _ in range(RUNS):
        bare.append(run_child([python, "-c", BARE], env, ("shown",))["shown"])
        floor_db.append(run_child([python, "-c", WITH_DB], env, ("shown",))["shown"])
        marks = run_child([python, "-m", "sopdesk"], app_env, ("login_shown", "main_shown"))
        login.append(marks["login_shown"])
        main_window.append(marks["main_shown"])
        opened.append(marks.get("db_opened", float("nan")))
        authenticated.append(marks.get("authenticated", float("nan")))
        prepared.append(marks.get("prepared", float("nan")))

    med = statistics.median
    print(
        f"SOPDesk start-up, median of {RUNS} runs (seconds from process start), platform "
        f"{env.get('QT_QPA_PLATFORM', 'offscreen')}:"
    )
    print(f"  floor 1, bare PySide6 QMainWindow            {med(bare):6.3f}")
    print(f"  floor 2, + import sqlalchemy.orm + open db   {med(floor_db):6.3f}")
    print(
        f"  SOPDesk login window                         {med(login):6.3f}  "
        f"= {med(login) / med(bare):.2f}x floor 1 (goal <= 2.00x)"
    )
    print(
        f"  SOPDesk main window after login              {med(main_window):6.3f}  "
        f"= {med(main_window) / med(floor_db):.2f}x floor 2 (goal <= 1.25x)"
    )
    print(
        f"  on the way: database opened {med(opened):.3f}; then side by side, password checked "
        f"{med(authenticated):.3f} and reference data loaded with the main window imported {med(prepared):.3f}"
    )
    print(f"  all runs: login {[round(x, 3) for x in login]}, main {[round(x, 3) for x in main_window]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
