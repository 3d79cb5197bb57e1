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
from json.encoder import encode_basestring as _quote_str
from typing import Any

from sopdesk.domain.audit import canonical_json, text_list_json

# The digest of a record that a unit of work deleted (SOPDesk deletes nothing today; a
# record that is gone while its trail says it exists is reported).
TOMBSTONE = "-"


def digest_of(value: str | bytes | bytearray | memoryview) -> dict[str, Any]:
    """How bytes (a scan) and secrets (a password hash) are sealed: their SHA-256 and length."""
    data = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(value)
    return {"panjang": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _default(value: object) -> object:
    """What ``json`` cannot write itself: dates and times, decimals, bytes."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return digest_of(value)
    return str(value)


def _encoder() -> Any:
    c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
    if c_make_encoder is None:  # pragma: no cover - a Python without the C accelerator
        encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=_default).encode
        return lambda value, _level: (encode(value),)
    return c_make_encoder(None, _default, _quote_str, None, ":", ",", True, False, True)


_ENCODE = _encoder()


def state_json(columns: Sequence[str], values: Sequence[Any]) -> str:
    """A record's state, ``{column: value}``, as canonical JSON: sorted keys, no spaces, UTF-8
    kept; dates and times in ISO 8601, decimals as text, bytes as their digest. ``json``'s C
    encoder is made once: the checker writes a million of these."""
    return "".join(_ENCODE(dict(zip(columns, values, strict=True)), 0))


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
    return text_list_json(sorted(entries))


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
