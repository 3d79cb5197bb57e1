"""Database addresses as people see them: a password in one is never shown.

A PostgreSQL address can carry a password in three places: ``postgresql://user:SECRET@host/db``,
the query string (``?password=SECRET``) and libpq's keyword form (``host=h password=SECRET``).
:func:`masked` hides all three wherever an address is shown (the status bar, the login window,
messages, stderr); :func:`carries_password` says whether a ``--db`` value puts a password on the
command line, where every local user can read it (``ps``).

Pure Python: the CLI asks before SQLAlchemy is imported, and the GUI's start does not import it
for this.
"""

from __future__ import annotations

import re

MASK = "***"

# scheme://user:SECRET@  (the secret runs to the last "@" of the address: a raw "@" in a
# password hides a little more, never less)
_USERINFO = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s'\"]*:)(?P<secret>[^\s'\"]+)@")
# password=SECRET / sslpassword=SECRET, in a query string or libpq's keyword form (maybe quoted)
_KEYWORD = re.compile(
    r"(?P<head>(?<![A-Za-z0-9_])(?:ssl)?password\s*=\s*)(?P<secret>'(?:[^'\\]|\\.)*'|[^&\s'\"]+)",
    re.IGNORECASE,
)


def _userinfo_secret(match: re.Match[str]) -> str:
    return f"{match.group('head')}{MASK}@"


def masked(text: str) -> str:
    """``text`` with every password in a database address replaced by ``***``."""
    if not text:
        return text
    text = _USERINFO.sub(_userinfo_secret, text)
    return _KEYWORD.sub(lambda m: m.group("head") + MASK, text)


def carries_password(value: str | None) -> bool:
    """Whether a database address names a password (rather than leaving it to ``.pgpass`` or a
    service file)."""
    return bool(value) and masked(value or "") != value
