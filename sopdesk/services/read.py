"""Read access for screens and the CLI: frozen records from the store's queries."""

from __future__ import annotations

from sopdesk.store.queries import (
    agenda_ids,
    agenda_years,
    audit_events,
    classification_codes,
    letter,
    letter_by_number,
    letters,
    officials,
    opd_list,
    past_senders,
    senders,
    setting,
    sop_definition,
    sop_versions,
    summary,
    taken_seqs,
    user_count,
    users,
)

__all__ = [
    "agenda_ids",
    "agenda_years",
    "audit_events",
    "classification_codes",
    "letter",
    "letter_by_number",
    "letters",
    "officials",
    "opd_list",
    "past_senders",
    "senders",
    "setting",
    "sop_definition",
    "sop_versions",
    "summary",
    "taken_seqs",
    "user_count",
    "users",
]
