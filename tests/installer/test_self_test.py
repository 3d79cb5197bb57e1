"""`sopdesk --self-test` from the source tree: the check the installed bundle runs, here first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SOPDESK = Path(sys.executable).with_name("sopdesk")


def test_self_test_opens_the_main_window_and_prints_a_pdf(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(tmp_path)}
    env.pop("SOPDESK_DATA_DIR", None)
    done = subprocess.run(
        [str(SOPDESK), "--self-test"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Uji mandiri SOPDesk ") and "berhasil" in done.stdout
    assert "jendela utama dibuka" in done.stdout and "PDF" in done.stdout
    assert done.stdout.count("\n") == 1  # one line
    # Nothing of the user's own: no data folder or settings were created in HOME.
    assert not (tmp_path / ".local").exists() and not (tmp_path / ".config").exists()


def test_self_test_reports_a_failure_on_stderr(tmp_path: Path) -> None:
    # No SOP definitions where the program looks for its resources: the self-test must fail loudly.
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(tmp_path)}
    code = (
        "import sys, sopdesk.paths as p; from pathlib import Path;"
        f"p.sop_dir = lambda: Path({str(tmp_path / 'kosong')!r});"
        "import sopdesk.services.setup as s; s.sop_dir = p.sop_dir;"
        "from sopdesk.cli import main; sys.exit(main(['--self-test']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 1
    assert done.stderr.startswith("Uji mandiri SOPDesk GAGAL: ")
    assert done.stdout == ""
