"""Sealing records into the audit chain: a record's state as canonical JSON, and its digest.

Every unit of work that writes a record puts the record's whole state, as the database holds
it when the unit commits, into the audit trail (``audit_record``), and the digest of that state
into the hash chain (the event's ``rows``). ``sopdesk check`` computes the same digest from the
record as it is now: a record edited outside SOPDesk no longer matches the last state its trail
says it had, and the field that differs is named.

Pure functions, so the writer (store) and the checker compute the same bytes from the same
values. Values are the database driver's own (SQLite: text, integers, reals, bytes; PostgreSQL:
typed values), read back after the write, so a value is sealed exactly as it is stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sopdesk.domain.audit import canonical_json

# The digest of a record that a unit of work deleted (SOPDesk deletes nothing today; a
# record that is gone while its trail says it exists is reported).
TOMBSTONE = "-"
# Longer text (a SOP definition, a letterhead's logo) and every binary value are sealed as
# their SHA-256 and length: the trail stays small, and a change is still found (and named).
LONG_TEXT = 2000


def _digest_of(value: str | bytes | bytearray | memoryview) -> dict[str, Any]:
    data = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(value)
    return {"sha256": hashlib.sha256(data).hexdigest(), "panjang": len(value) if isinstance(value, str) else len(data)}


def _default(value: object) -> object:
    """What ``json`` cannot write itself: dates and times, decimals, bytes."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _digest_of(value)
    return str(value)


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_default).encode


def state_json(columns: Sequence[str], values: Sequence[Any], long_at: Sequence[int] = ()) -> str:
    """A record's state: ``{column: value}`` in the (sorted) order of ``columns``.

    ``long_at`` are the positions of columns that may hold long text or bytes (Text and binary
    columns); only those are measured, so the common case costs one ``json`` call.
    """
    if long_at:
        values = list(values)
        for i in long_at:
            v = values[i]
            if isinstance(v, (bytes, bytearray, memoryview)) or (isinstance(v, str) and len(v) > LONG_TEXT):
                values[i] = _digest_of(v)
    return _ENCODE(dict(zip(columns, values, strict=True)))


def state_digest(state: str) -> str:
    return hashlib.sha256(state.encode("utf-8", "surrogatepass")).hexdigest()


def record_key(pk: Sequence[Any]) -> str:
    """How a record is named in the trail: its id, or the JSON list of a composite key."""
    if len(pk) == 1:
        return str(pk[0])
    return canonical_json(list(pk))


def rows_entry(table: str, key: str, digest: str, outside: str | None) -> list[str]:
    entry = [table, key, digest]
    if outside is not None:
        entry.append(hashlib.sha256(outside.encode("utf-8", "surrogatepass")).hexdigest())
    return entry


def rows_json(entries: list[list[str]]) -> str:
    """The event's ``rows``: every sealed record, sorted, as canonical JSON."""
    return canonical_json(sorted(entries))


def differences(sealed: str, found: str) -> dict[str, tuple[Any, Any]]:
    """The fields whose value in ``found`` differs from the ``sealed`` state: ``{field:
    (sealed value, found value)}``. A field missing from ``found`` counts (a dropped column);
    a field ``sealed`` does not name is left alone (a column added after the record was sealed).
    """
    a = json.loads(sealed)
    b = json.loads(found)
    missing = object()
    return {k: (v, b.get(k)) for k, v in a.items() if b.get(k, missing) != v}


def shown(value: Any, limit: int = 60) -> str:
    """A value for a message: quoted, cut to ``limit`` characters, control characters escaped."""
    if isinstance(value, dict) and "sha256" in value:
        return f"(isi panjang, SHA-256 {str(value['sha256'])[:12]}…)"
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'" if isinstance(value, str) else text
