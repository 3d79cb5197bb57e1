"""Loading SOP definitions: a changed definition becomes a new version; cases keep theirs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, require
from sopdesk.domain.sop import SopDefinition, load_sop_file
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class SopLoadResult:
    nomor: str
    version: int
    created: bool


def load_definition(db: Database, actor: Actor, definition: SopDefinition) -> SopLoadResult:
    require(actor.role, Permission.LOAD_SOP)
    digest = definition.content_hash()
    with UnitOfWork(db) as uow:
        existing = uow.sop.find_version(definition.nomor, digest)
        if existing is not None:
            return SopLoadResult(definition.nomor, existing, created=False)
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
