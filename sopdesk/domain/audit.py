"""The audit trail's hash chain: each event carries the SHA-256 of the one before it.

Pure functions, so the writer (store) and the checker (``sopdesk check``) compute the very
same digest from the very same fields.
"""

from __future__ import annotations

import hashlib
import json
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
    # The records this event's unit of work wrote, as they were when it committed: canonical
    # JSON of ``[[table, key, digest(, outside)], ...]`` (see :mod:`sopdesk.domain.seal`), or
    # None for an event that wrote no record (a print, a login failure) and for events written
    # before SOPDesk sealed records (their hash is computed as it was then).
    rows: str | None = None


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def event_hash(prev_hash: str, fields: AuditFields) -> str:
    items = [
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
    if fields.rows is not None:  # events older than sealing keep the hash they were written with
        items.append(fields.rows)
    return hashlib.sha256(canonical_json(items).encode("utf-8")).hexdigest()


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
