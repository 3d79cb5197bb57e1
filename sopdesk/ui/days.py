"""Numbers of working days on screen, written the way the interface's language writes them.

Working days come in halves ("1,5 hari kerja"), so messages carry the formatted number as %1
rather than Qt's integer %n; :func:`days_form` gives the count that picks the message's plural
form ("1 working day", "1.5 working days").
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from sopdesk.domain.workdays import format_days


def days(value: float | Decimal) -> str:
    """``42,5`` in Indonesian (the source language, whatever the machine's locale), ``42.5``
    when the interface is English: halves, or hundredths when not a half."""
    text = format_days(value)
    return text.replace(",", ".") if QLocale().language() == QLocale.Language.English else text


def days_form(shown: str) -> int:
    """The count for ``tr(text, "", n)`` of a number of days as shown: one, or more."""
    return 1 if shown == "1" else 2
