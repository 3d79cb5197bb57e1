"""A desktop for tests: a private D-Bus session bus (a real ``dbus-daemon``) and, on it, a
notification service that implements ``org.freedesktop.Notifications`` as a desktop's does
(strict about argument types) and records what it is sent.

    with SessionBus() as bus:
        with NotificationService(bus.address) as service:
            ... service.received (the Notify calls, in order) ...
            service.click(notification_id)   # the user clicks it: ActionInvoked(id, "default")

The service runs in its own process: ``python -m tests.desktop ADDRESS LOG``; each Notify is a
JSON line in LOG; a line ``click ID`` on its stdin emits ``ActionInvoked``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parents[1]


class SessionBus:
    """A real session bus of the test's own (``dbus-daemon --session``)."""

    def __init__(self) -> None:
        daemon = shutil.which("dbus-daemon")
        if daemon is None:
            import pytest

            pytest.skip("dbus-daemon is not installed (apt package dbus; make test installs it)")
        self.process = subprocess.Popen(
            [daemon, "--session", "--nofork", "--print-address=1", "--nopidfile"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        assert self.address.startswith("unix:"), self.address

    def __enter__(self) -> SessionBus:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


class NotificationService:
    def __init__(self, address: str, log: Path) -> None:
        self.log = log
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.desktop", address, str(log)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        ready = self.process.stdout.readline().strip()
        assert ready == "ready", ready

    def __enter__(self) -> NotificationService:
        return self

    def __exit__(
        self, _type: type[BaseException] | None, _value: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=10)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()

    @property
    def received(self) -> list[dict[str, object]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines() if line]

    def wait_for(self, count: int, timeout: float = 5.0) -> list[dict[str, object]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.received
            if len(got) >= count:
                return got
            time.sleep(0.05)
        return self.received

    def click(self, notification_id: int, action: str = "default") -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"click {notification_id} {action}\n")
        self.process.stdin.flush()


def _serve(address: str, log: str) -> int:
    from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
    from PySide6.QtDBus import QDBusConnection

    @ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
    class Notifications(QObject):
        ActionInvoked = Signal("uint", str)
        NotificationClosed = Signal("uint", "uint")

        def __init__(self) -> None:
            super().__init__()
            self.last = 0

        @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
        def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
            self.last += 1
            record = {
                "id": self.last,
                "app_name": app,
                "replaces_id": replaces,
                "app_icon": icon,
                "summary": summary,
                "body": body,
                "actions": list(actions),
                "hints": {k: str(v) for k, v in dict(hints).items()},
                "expire_timeout": timeout,
            }
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(record) + "\n")
            return self.last

        @Slot(result="QStringList")
        def GetCapabilities(self):
            return ["actions", "body"]

        @Slot("uint")
        def CloseNotification(self, notification_id):
            self.NotificationClosed.emit(notification_id, 3)

    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "desktop")
    service = Notifications()
    options = QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals
    assert bus.registerObject("/org/freedesktop/Notifications", service, options)
    assert bus.registerService("org.freedesktop.Notifications"), bus.lastError().message()

    def on_stdin() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        parts = line.split()
        if parts and parts[0] == "click":
            service.ActionInvoked.emit(int(parts[1]), parts[2] if len(parts) > 2 else "default")

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_stdin)
    print("ready", flush=True)
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(_serve(sys.argv[1], sys.argv[2]))
