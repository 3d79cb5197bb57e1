"""Read access for screens and the CLI: frozen records from the store's queries.

Users, master data, the SOP, settings and the audit trail come from ``store.queries``. The
agenda's, the dispositions' and the Berkas SP's queries are imported the first time one of
them is asked for (PEP 562), so that opening the database and logging in map only the tables
they use; type checkers see ordinary imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from sopdesk.store.queries import (
    audit_events,
    calendar_overrides,
    classification_codes,
    officials,
    opd_list,
    setting,
    setting_versions,
    settings,
    sop_definition,
    sop_versions,
    summary,
    user_count,
    users,
)

if TYPE_CHECKING:
    from sopdesk.store.case_queries import (
        case_events,
        case_events_of,
        case_id_by_number,
        case_ids_with_step_events,
        case_info,
        case_infos,
        case_item,
        case_items,
        case_numbers_for_letters,
        sop_definition_of_version,
    )
    from sopdesk.store.disposition_queries import (
        disposition,
        disposition_tree,
        dispositions_for_letter,
        dispositions_for_letters,
        inbox,
        inbox_summary,
        latest_disposition_id,
        letters_awaiting_disposition,
        letters_awaiting_disposition_ids,
        new_dispositions_for_user,
        recent_dispositions,
    )
    from sopdesk.store.letter_queries import (
        agenda_ids,
        agenda_reader,
        agenda_years,
        letter,
        letter_by_number,
        letters,
        past_senders,
        registered_pairs,
        senders,
        taken_seqs,
    )
    from sopdesk.store.print_log import print_by_file, print_record

# Where each lazily imported query lives.
_LAZY = {
    "sopdesk.store.letter_queries": (
        "agenda_ids",
        "agenda_reader",
        "agenda_years",
        "letter",
        "letter_by_number",
        "letters",
        "past_senders",
        "registered_pairs",
        "senders",
        "taken_seqs",
    ),
    "sopdesk.store.disposition_queries": (
        "disposition",
        "disposition_tree",
        "dispositions_for_letter",
        "dispositions_for_letters",
        "inbox",
        "inbox_summary",
        "latest_disposition_id",
        "letters_awaiting_disposition",
        "letters_awaiting_disposition_ids",
        "new_dispositions_for_user",
        "recent_dispositions",
    ),
    "sopdesk.store.print_log": ("print_by_file", "print_record"),
    "sopdesk.store.case_queries": (
        "case_events",
        "case_events_of",
        "case_id_by_number",
        "case_ids_with_step_events",
        "case_info",
        "case_infos",
        "case_item",
        "case_items",
        "case_numbers_for_letters",
        "sop_definition_of_version",
    ),
}
_HOME = {name: module for module, names in _LAZY.items() for name in names}


def __getattr__(name: str) -> object:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # the next lookup is an ordinary one
    return value


__all__ = [
    "agenda_ids",
    "agenda_reader",
    "agenda_years",
    "audit_events",
    "calendar_overrides",
    "case_events",
    "case_events_of",
    "case_id_by_number",
    "case_ids_with_step_events",
    "case_info",
    "case_infos",
    "case_item",
    "case_items",
    "case_numbers_for_letters",
    "classification_codes",
    "disposition",
    "disposition_tree",
    "dispositions_for_letter",
    "dispositions_for_letters",
    "inbox",
    "inbox_summary",
    "latest_disposition_id",
    "letter",
    "letter_by_number",
    "letters",
    "letters_awaiting_disposition",
    "letters_awaiting_disposition_ids",
    "new_dispositions_for_user",
    "officials",
    "opd_list",
    "past_senders",
    "print_by_file",
    "print_record",
    "recent_dispositions",
    "registered_pairs",
    "senders",
    "setting",
    "setting_versions",
    "settings",
    "sop_definition",
    "sop_definition_of_version",
    "sop_versions",
    "summary",
    "taken_seqs",
    "user_count",
    "users",
]
