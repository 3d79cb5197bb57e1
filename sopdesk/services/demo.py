"""``sopdesk demo``: a realistic office to try SOPDesk on (users, officials)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.services import passwords
from sopdesk.store.database import Database
from sopdesk.store.queries import officials
from sopdesk.store.uow import UnitOfWork

# Fictional people for a demonstration database only.
DEMO_OFFICIALS = {
    "bupati": ("Drs. H. Ahmad Fauzi, M.Si", ""),
    "asda3": ("Dra. Hj. Sri Wahyuni, M.M", "196804121990032005"),
    "kabag": ("Rina Marlina, S.Sos, M.Si", "197503152000122003"),
    "kasubag": ("Budi Santoso, S.IP", "198107222006041008"),
}

DEMO_USERS: tuple[tuple[str, str, str, Role, str | None], ...] = (
    # username, nama, nip, role, lane of the official the user is
    ("kabag", "Rina Marlina, S.Sos, M.Si", "197503152000122003", Role.KABAG, "kabag"),
    ("kasubag", "Budi Santoso, S.IP", "198107222006041008", Role.KASUBAG, "kasubag"),
    ("staf1", "Siti Nurhaliza, A.Md", "199002142015032001", Role.STAF, None),
    ("staf2", "Dedi Kurniawan, S.AP", "199206302019031002", Role.STAF, None),
    ("pimpinan", "Dra. Hj. Sri Wahyuni, M.M", "196804121990032005", Role.PIMPINAN, "asda3"),
)


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: Role
    password: str


def fill_demo(db: Database) -> list[DemoUser]:
    """Add the demo officials and users that are not there yet; return new passwords."""
    actor = Actor.system()
    created: list[DemoUser] = []
    with UnitOfWork(db) as uow:
        by_lane = {o.lane: o for o in officials(db)}
        for lane_code, (official_nama, official_nip) in DEMO_OFFICIALS.items():
            official = by_lane.get(lane_code)
            if official is None:
                continue
            if not official.nama:
                before, after = uow.officials.update(official.id, nama=official_nama, nip=official_nip)
                uow.audit.append(actor, "demo.official", "official", official.id, before=before, after=after)
        for username, nama, nip, role, lane in DEMO_USERS:
            if uow.users.by_username(username) is not None:
                continue
            password = secrets.token_urlsafe(9)
            official_id = by_lane[lane].id if lane and lane in by_lane else None
            user = uow.users.add(
                username=username,
                nama=nama,
                nip=nip,
                role=role,
                password_hash=passwords.hash_password(password),
                official_id=official_id,
            )
            uow.audit.append(actor, "demo.user", "app_user", user.id, after={"username": username, "role": role.value})
            created.append(DemoUser(username, role, password))
        uow.commit()
    return created
