"""Read access for screens and the CLI: frozen records from the store's queries."""

from __future__ import annotations

# --- Berkas SP (issue 6) ---
from sopdesk.store.queries import (
    agenda_ids,
    agenda_years,
    audit_events,
    calendar_overrides,
    case_events,
    case_events_of,
    case_id_by_number,
    case_ids_with_step_events,
    case_info,
    case_infos,
    case_item,
    case_items,
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
    sop_definition_of_version,
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

# --- Berkas SP (issue 6) ---
__all__ += [
    "calendar_overrides",
    "case_events",
    "case_events_of",
    "case_id_by_number",
    "case_ids_with_step_events",
    "case_info",
    "case_infos",
    "case_item",
    "case_items",
    "sop_definition_of_version",
]
