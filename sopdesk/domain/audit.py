"""The audit trail's hash chain: each event carries the SHA-256 of the one before it.

Pure functions, so the writer (store) and the checker (``sopdesk check``) compute the very
same digest from the very same fields.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring as _quote_str
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditFields:
    at: str  # ISO 8601 UTC with microseconds, as stored
    actor: str  # username of the logged-in user, or "system"
    on_behalf_of: str | None  # the official (or user) the actor acted for
    action: str  # e.g. "user.create"
    entity: str  # table or record kind
    entity_id: str | None
    before: str | None  # canonical JSON or None
    after: str | None
    # The records this event's unit of work wrote, as they were when it committed: canonical
    # JSON of ``[[table, key, digest(, outside)], ...]`` (see :mod:`sopdesk.domain.seal`), or
    # None for an event that wrote no record (a print, a login failure) and for events written
    # before SOPDesk sealed records (their hash is computed as it was then).
    rows: str | None = None


# One encoder, built once: json.dumps with these options builds a new one at every call.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def canonical_json(value: Any) -> str:
    return _CANONICAL.encode(value)


def event_hash(prev_hash: str, fields: AuditFields) -> str:
    return chain_digest(
        prev_hash,
        (
            fields.at,
            fields.actor,
            fields.on_behalf_of,
            fields.action,
            fields.entity,
            fields.entity_id,
            fields.before,
            fields.after,
        ),
        fields.rows,
    )


def _c_encoder() -> Any:
    """``json``'s C encoder with ``canonical_json``'s settings, made once (``json.dumps`` makes
    one per call, which costs more than the encoding of a short list)."""
    import json.encoder

    c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
    if c_make_encoder is None:  # pragma: no cover - a Python without the C accelerator
        return None
    return c_make_encoder(None, str, _quote_str, None, ":", ",", True, False, True)


_C_ENCODE = _c_encoder()


def text_list_json(items: Iterable[Any]) -> str:
    """``canonical_json`` of a list of strings and Nones (and lists of them), fast."""
    if _C_ENCODE is not None:
        return "".join(_C_ENCODE(items if isinstance(items, list) else list(items), 0))
    return canonical_json(list(items))


def chain_digest(prev_hash: str, values: Sequence[str | None], rows: str | None) -> str:
    """The event's hash from the previous hash and its eight fields (at, actor, on_behalf_of,
    action, entity, entity_id, before, after), plus ``rows`` when the event sealed records
    (events older than sealing keep the hash they were written with)."""
    items = [prev_hash, *values] if rows is None else [prev_hash, *values, rows]
    return hashlib.sha256(text_list_json(items).encode("utf-8")).hexdigest()


# --- thousands of events at once (an import) --------------------------------------------------------
#
# The same digests as event_hash, computed from pieces made ready before the write lock is taken:
# an after-state whose one value (an agenda number) is known only under the lock is kept as the
# canonical JSON before and after that value, and the fixed fields are encoded once.

_STRING = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def split_after(after: dict[str, Any], key: str) -> tuple[str, str]:
    """``(head, tail)`` with ``canonical_json({**after, key: v}) == head + json(v) + tail`` for
    any string ``v``: the canonical JSON around the value of ``key``."""
    before = {k: v for k, v in after.items() if k < key}
    later = {k: v for k, v in after.items() if k > key}
    head = (canonical_json(before)[:-1] + "," if before else "{") + _STRING(key) + ":"
    tail = ("," + canonical_json(later)[1:]) if later else "}"
    return head, tail


def join_after(parts: tuple[str, str], value: str) -> str:
    return parts[0] + _STRING(value) + parts[1]


def chain_hashes(
    prev_hash: str, at: str, actor: str, action: str, entity: str, events: Iterable[tuple[str, str]]
) -> list[str]:
    """The digest of each ``(entity_id, after_json)`` event (no before, no on-behalf-of), each
    chained to the one before it: equal to :func:`event_hash` of the same fields."""
    fixed = ",".join((_STRING(at), _STRING(actor), "null", _STRING(action), _STRING(entity)))
    digests: list[str] = []
    for entity_id, after in events:
        payload = f"[{_STRING(prev_hash)},{fixed},{_STRING(entity_id)},null,{_STRING(after)}]"
        prev_hash = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        digests.append(prev_hash)
    return digests


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    message: str


def verify_chain(events: list[tuple[int, str, str, AuditFields]]) -> list[ChainProblem]:
    """Check (id, prev_hash, hash, fields) rows in id order; return every break found."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS
    for event_id, prev_hash, stored_hash, fields in events:
        if prev_hash != expected_prev:
            problems.append(
                ChainProblem(event_id, "rantai terputus: hash sebelumnya tidak cocok (baris hilang atau diubah)")
            )
        if event_hash(prev_hash, fields) != stored_hash:
            problems.append(ChainProblem(event_id, "isi peristiwa audit telah diubah (hash tidak cocok)"))
        expected_prev = stored_hash
    return problems


@dataclass(frozen=True)
class Witness:
    """A chain head seen outside the database: the seat's witness file, a backup, a print.

    ``genesis`` (the hash of the chain's first event) names the database the head belongs to;
    ``location`` is where that database was (a file or a server URL without its password)."""

    source: str  # what says so, for the message ("berkas saksi …", "cadangan …")
    genesis: str
    head_id: int
    head_hash: str
    at: str = ""  # when it was seen (ISO, local time)
    location: str = ""
