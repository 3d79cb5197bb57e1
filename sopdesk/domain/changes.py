"""What a write changed: a typed, frozen value that every screen and every seat hears.

A write (one unit of work) produces one :class:`Changes`: for each kind of record it touched,
the ids of the rows, kept apart from the flag that the kind changed at all (the shape of Anki's
``OpChanges``). A kind flagged with no ids means "some of these changed, re-read them all" (a
bulk import, a settings page). The store fills the value as rows are written; nobody builds one
by hand except for that "re-read everything" case. Screens ask ``touches(Kind.LETTER)`` and
``ids_of(Kind.LETTER)``; they never invent a change value of their own.

``initiator`` names who asked for the write in this process (a page, a dialog), so that it can
skip what it already shows; ``origin`` is ``"here"`` for a write of this seat and ``"elsewhere"``
for one heard from another process or seat through the change feed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Kind(StrEnum):
    """The kinds of record a screen may show, one id set each."""

    LETTER = "letter"  # the agenda book: a letter, its attachments, its status
    DISPOSITION = "disposition"  # a disposition and its recipients' progress
    CASE = "case"  # a Berkas SP and its events
    SP = "sp"  # a Standar Pelayanan held as data (its components and versions)
    CALENDAR = "calendar"  # the working-day calendar (office hours, holidays, the office's edits)
    MASTER = "master"  # OPD, officials, classification codes, SOP versions
    SETTING = "setting"  # business settings (letterhead, paper, numbering, checklists)
    USER = "user"  # accounts and roles
    AUDIT = "audit"  # the audit trail itself: prints, backups, logins


@dataclass(frozen=True)
class Changes:
    """The kinds a write touched and, per kind, the ids it knows."""

    kinds: frozenset[Kind] = frozenset()
    ids: tuple[tuple[Kind, frozenset[int]], ...] = ()  # in Kind order; only kinds with known ids
    initiator: object = field(default=None, compare=False, repr=False)
    origin: str = "here"
    actor: str = ""  # who wrote it (username), when known
    at: str = ""  # when it was committed (ISO, UTC), when known

    @classmethod
    def of(cls, kind: Kind, *ids: int) -> Changes:
        """``kind`` changed; ``ids`` are the rows (none: some rows, re-read them all)."""
        return cls.from_map({kind: frozenset(ids)})

    @classmethod
    def everything(cls, *kinds: Kind) -> Changes:
        """Every row of ``kinds`` may have changed (no ids): a full re-read of those kinds."""
        return cls(frozenset(kinds))

    @classmethod
    def from_map(cls, ids: Mapping[Kind, Iterable[int]], *, whole: Iterable[Kind] = ()) -> Changes:
        """From a mapping kind -> ids; a kind with no ids, or named in ``whole``, is re-read whole."""
        known = {k: frozenset(v) for k, v in ids.items()}
        whole_kinds = set(whole) | {k for k, v in known.items() if not v}
        ordered = tuple((k, known[k]) for k in Kind if k in known and k not in whole_kinds)
        return cls(frozenset(known) | frozenset(whole_kinds), ordered)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: Kind) -> bool:
        return any(k in self.kinds for k in kinds)

    def only(self, *kinds: Kind) -> bool:
        """Whether nothing but ``kinds`` changed (e.g. only the audit trail: a print)."""
        return self.kinds <= set(kinds)

    def ids_of(self, kind: Kind) -> frozenset[int]:
        """The rows of ``kind`` this write touched; empty when unknown (or not touched)."""
        for k, ids in self.ids:
            if k is kind:
                return ids
        return frozenset()

    def all_of(self, kind: Kind) -> bool:
        """``kind`` changed and the rows are not known: re-read every row of it."""
        return kind in self.kinds and not self.ids_of(kind)

    def touches_row(self, kind: Kind, row_id: int) -> bool:
        """Whether row ``row_id`` of ``kind`` may have changed (listed, or the kind re-read whole)."""
        return kind in self.kinds and (self.all_of(kind) or row_id in self.ids_of(kind))

    def __or__(self, other: Changes) -> Changes:
        """Both writes together; a kind re-read whole in either stays whole."""
        whole = {k for k in self.kinds | other.kinds if self.all_of(k) or other.all_of(k)}
        merged: dict[Kind, set[int]] = {}
        for value in (self, other):
            for k, ids in value.ids:
                merged.setdefault(k, set()).update(ids)
        result = Changes.from_map(merged, whole=whole)
        return replace(
            result,
            initiator=self.initiator if self.initiator is not None else other.initiator,
            origin=self.origin if self.origin == other.origin else "elsewhere",
            actor=self.actor or other.actor,
            at=max(self.at, other.at),
        )

    def with_initiator(self, initiator: object) -> Changes:
        return replace(self, initiator=initiator)

    def describe(self) -> str:
        """``letter 12,13; case *`` (``*``: every row of that kind): for logs and ``sopdesk watch``."""
        parts = []
        for k in Kind:
            if k in self.kinds:
                ids = self.ids_of(k)
                parts.append(f"{k.value} {','.join(str(i) for i in sorted(ids)) if ids else '*'}")
        return "; ".join(parts)

    def to_payload(self) -> dict[str, object]:
        """A JSON-ready form (the change feed's rows and ``sopdesk watch --format json``)."""
        return {
            "kinds": sorted(k.value for k in self.kinds),
            "ids": {k.value: sorted(ids) for k, ids in self.ids},
        }

    @classmethod
    def from_payload(cls, payload: Mapping[str, object], **extra: str) -> Changes:
        """The inverse of :meth:`to_payload`; unknown kinds (a newer program) are dropped."""
        known = {k.value: k for k in Kind}
        raw_kinds = payload.get("kinds")
        raw_ids = payload.get("ids")
        kinds = {known[str(k)] for k in raw_kinds if str(k) in known} if isinstance(raw_kinds, list) else set()
        ids: dict[Kind, frozenset[int]] = {}
        if isinstance(raw_ids, dict):
            for name, values in raw_ids.items():
                if name in known and isinstance(values, list):
                    ids[known[name]] = frozenset(int(v) for v in values if isinstance(v, int))
        value = cls.from_map({k: ids.get(k, frozenset()) for k in kinds})
        return replace(
            value, origin=extra.get("origin", "elsewhere"), actor=extra.get("actor", ""), at=extra.get("at", "")
        )
