"""Loading SOP definitions: a changed definition becomes a new version; cases keep theirs.

The version in force is the one whose content the definition file holds: a file restored to an
earlier content puts that earlier version back in force (no duplicate version is made).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission
from sopdesk.domain.sop import SopDefinition, load_sop_file
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class SopLoadResult:
    nomor: str
    version: int
    created: bool
    reinstated: bool = False  # an earlier version put back in force


def load_definition(db: Database, actor: Actor, definition: SopDefinition) -> SopLoadResult:
    digest = definition.content_hash()
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.LOAD_SOP)
        current = uow.sop.current_version(definition.nomor)
        if current is not None and current.content_hash == digest:
            return SopLoadResult(definition.nomor, current.version, created=False)
        earlier = uow.sop.find_version(definition.nomor, digest)
        if earlier is not None:
            uow.sop.reinstate(earlier.id)
            uow.audit.append(
                actor,
                "sop.reinstate_version",
                "sop_version",
                earlier.id,
                before={"version_in_force": current.version if current else None},
                after={"version_in_force": earlier.version, "content_hash": digest, "source": definition.source},
            )
            uow.commit()
            return SopLoadResult(definition.nomor, earlier.version, created=False, reinstated=True)
        version = uow.sop.latest_version(definition.nomor) + 1
        version_id = uow.sop.add_version(definition, version)
        uow.audit.append(
            actor,
            "sop.load_version",
            "sop_version",
            version_id,
            after={
                "nomor": definition.nomor,
                "version": version,
                "content_hash": digest,
                "source": definition.source,
                "steps": len(definition.steps),
            },
        )
        uow.commit()
    return SopLoadResult(definition.nomor, version, created=True)


def load_directory(db: Database, actor: Actor, directory: Path) -> list[SopLoadResult]:
    """Load every ``*.toml`` definition in ``directory``; the first bad file stops it."""
    return [load_definition(db, actor, load_sop_file(p)) for p in sorted(directory.glob("*.toml"))]
