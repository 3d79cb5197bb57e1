"""Start-up benchmark: the installed bundle against the same code run from the source tree.

Time from process start to the main window (after an automatic login), measured by the
app's own probe (``SOPDESK_PROBE``, ``SOPDESK_PROBE_LOGIN``, ``SOPDESK_PROBE_EXIT``, see
tests/perf/startup.py), median of 5 runs each, alternating, after one warm-up run each.
Goal (issue 7): the bundle within 1.3x of the source tree.

The bundle is the .deb in dist/ unpacked into a throwaway root (as installed), or
dist/sopdesk/ when there is no package, or the folder given as the first argument.

Run: make dist, then QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.bundle
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.perf.startup import PASSWORD, byte_compile, run_child

RUNS = int(os.environ.get("SOPDESK_BENCH_RUNS", "5"))
REPO = Path(__file__).resolve().parents[2]


def bundle_program(work: Path) -> tuple[Path, str]:
    if len(sys.argv) > 1:
        return Path(sys.argv[1]) / "sopdesk", sys.argv[1]
    debs = sorted((REPO / "dist").glob("sopdesk_*.deb"))
    if debs:
        root = work / "root"
        subprocess.run(["dpkg", "-x", str(debs[-1]), str(root)], check=True)
        return root / "opt" / "sopdesk" / "sopdesk", f"{debs[-1].name}, unpacked"
    folder = REPO / "dist" / "sopdesk"
    if not (folder / "sopdesk").exists():
        raise SystemExit("No bundle: run `make dist` first.")
    return folder / "sopdesk", str(folder)


def main() -> int:
    byte_compile()  # the bundle runs from bytecode; so does the source tree it is compared with
    work = Path(tempfile.mkdtemp(prefix="sopdesk-bench-bundle-"))
    try:
        program, label = bundle_program(work)
        python = sys.executable
        data = work / "data"
        env = {**os.environ, "SOPDESK_DATA_DIR": str(data), "HOME": str(work)}
        env.pop("PYTHONPATH", None)
        subprocess.run(
            [python, "-m", "sopdesk", "init", "--admin", "bench", "--name", "Bench"],
            input=PASSWORD + "\n",
            text=True,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        app_env = {**env, "SOPDESK_PROBE_LOGIN": f"bench:{PASSWORD}", "SOPDESK_PROBE_EXIT": "1"}
        source_cmd = [python, "-m", "sopdesk"]
        bundle_cmd = [str(program)]
        marks = ("login_shown", "main_shown")
        run_child(source_cmd, app_env, marks)  # warm the page cache once each
        run_child(bundle_cmd, app_env, marks)
        source, bundle, source_login, bundle_login = [], [], [], []
        for _ in range(RUNS):
            s = run_child(source_cmd, app_env, marks)
            b = run_child(bundle_cmd, app_env, marks)
            source.append(s["main_shown"])
            bundle.append(b["main_shown"])
            source_login.append(s["login_shown"])
            bundle_login.append(b["login_shown"])
    finally:
        shutil.rmtree(work, ignore_errors=True)

    med = statistics.median
    ratio = med(bundle) / med(source)
    print(
        f"SOPDesk start-up to the main window, median of {RUNS} runs (seconds from process start), "
        f"platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}:"
    )
    print(f"  source tree ({python} -m sopdesk)   login {med(source_login):6.3f}   main window {med(source):6.3f}")
    print(f"  installed bundle ({label})   login {med(bundle_login):6.3f}   main window {med(bundle):6.3f}")
    print(f"  bundle / source tree: {ratio:.2f}x (goal <= 1.30x)")
    print(f"  all runs: source {[round(x, 3) for x in source]}, bundle {[round(x, 3) for x in bundle]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
