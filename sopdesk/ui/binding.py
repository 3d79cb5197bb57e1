"""Guards against faults of the Qt binding that would end a user's session.

PySide6 6.12.0 hands back ``None`` from a Qt call that yields nothing (an item's unset data,
no current item, no parent, nothing under the mouse) without taking a reference to it. Since
Python 3.12 ``None`` is immortal and this costs nothing; on Python 3.11 every such call brings
None's reference count one step closer to zero, and when it gets there the interpreter aborts
("deallocating None"). The swimlane and the lists make such calls with every click and hover,
so a long enough day at the desk would end in a crash.

:func:`keep_none_alive` gives None the reserve of references that 3.12 makes implicit. It runs
when the package ``sopdesk.ui`` is first imported (its ``__init__``), so every process that
builds our widgets has it before its first such call: the application, the benchmarks, a tool, a
test run alone. (Installing it from ``app.py`` only left the others to abort: ``make bench``
did, in ``tests/perf/case_views.py``.)

Why not pin the binding instead: PySide6-Essentials 6.11.3 does not have the fault, but
PySide6-Pdf (QtPdf, the print preview) is published only as 6.12.0.140, which requires
PySide6-Essentials==6.12.0; an older QtPdf would come from the Addons wheel (hundreds of MB).
Remove the reserve when the binding is fixed or Python 3.12 is the oldest supported.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # a trillion calls: more than any session makes


def keep_none_alive() -> bool:
    """Give None a reserve of references (Python < 3.12 only). True when the reserve is held."""
    if sys.version_info >= (3, 12):
        return True  # immortal already
    if hasattr(sys, "gettotalrefcount") or sys.implementation.name != "cpython":
        return False  # a debug build's object header differs; other Pythons count differently
    if sys.getrefcount(None) > RESERVE // 2:
        return True  # done before (a second application object, a test session)
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the header's first field
    before = sys.getrefcount(None)
    count.value += RESERVE
    if sys.getrefcount(None) - before != RESERVE:  # not the layout expected: undo, do nothing
        count.value -= RESERVE
        return False
    return True
