"""Every window and dialog fits the screens clerks have (issue 14, "fit the screen"): 1366x768,
1280x720, and 1920x1080 at 125% and 150%. Each screen is checked in a process of its own (the
screen and the scale are fixed when Qt starts) by tests/ui/screen_probe.py, which opens the main
window on every page and every dialog the pages open, and reports what is outside the screen,
cut or covered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ui.screens import SCREENS, offscreen_platform

ROOT = Path(__file__).resolve().parents[2]


def test_every_window_and_dialog_fits_each_screen_clerks_have(tmp_path: Path) -> None:
    running = {}
    for name, width, height, scale in SCREENS:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": offscreen_platform(width, height, tmp_path),
            "QT_SCALE_FACTOR": str(scale),
            "SOPDESK_CACHE_DIR": str(tmp_path / "cache"),
            "HOME": str(tmp_path),
        }
        running[name] = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.screen_probe", "--check"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    found = {}
    for name, process in running.items():
        out, err = process.communicate(timeout=600)
        lines = [line for line in out.splitlines() if line.startswith("{")]
        assert lines, f"{name}: the probe printed nothing\n{err[-2000:]}"
        found[name] = json.loads(lines[-1])
    for name, _w, _h, scale in SCREENS:
        assert found[name]["scale"] == scale
    assert {name: result["problems"] for name, result in found.items()} == {name: [] for name, *_ in SCREENS}
