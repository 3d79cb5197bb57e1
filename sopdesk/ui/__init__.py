"""The Qt front end: the only importer of PySide6 (with app.py).

Importing any module of this package first gives ``None`` the reserve of references that a
fault of the Qt binding needs (see :mod:`sopdesk.ui.binding`): every process that builds our
widgets is protected, whether the application started it or not (a benchmark, a tool, a test
run alone), and before any of its Qt calls can hand back ``None``.
"""

from sopdesk.ui.binding import keep_none_alive

keep_none_alive()
