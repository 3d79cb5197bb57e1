"""The audit trail's hash chain: each event carries the SHA-256 of the one before it.

Pure functions, so the writer (store) and the checker (``sopdesk check``) compute the very
same digest from the very same fields.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
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


# One encoder, built once: json.dumps with these options builds a new one at every call.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def canonical_json(value: Any) -> str:
    return _CANONICAL.encode(value)


def event_hash(prev_hash: str, fields: AuditFields) -> str:
    payload = canonical_json(
        [
            prev_hash,
            fields.at,
            fields.actor,
            fields.on_behalf_of,
            fields.action,
            fields.entity,
            fields.entity_id,
            fields.before,
            fields.after,
        ]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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
