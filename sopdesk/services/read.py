"""Read access for screens and the CLI: frozen records from the store's queries."""

from __future__ import annotations

from sopdesk.store.queries import (
    audit_events,
    classification_codes,
    officials,
    opd_list,
    setting,
    sop_definition,
    sop_versions,
    summary,
    user_count,
    users,
)

__all__ = [
    "audit_events",
    "classification_codes",
    "officials",
    "opd_list",
    "setting",
    "sop_definition",
    "sop_versions",
    "summary",
    "user_count",
    "users",
]
