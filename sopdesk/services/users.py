"""Users: the first administrator, adding users, roles, deactivation (never deletion)."""

from __future__ import annotations

from dataclasses import dataclass

from sopdesk.domain.changes import Changes
from sopdesk.domain.errors import Conflict, ValidationError
from sopdesk.domain.records import Actor, UserRecord
from sopdesk.domain.roles import Permission, Role
from sopdesk.domain.validation import (
    check_nip,
    check_password,
    check_required,
    check_username,
    clean_text,
    normalise_nip,
    raise_if,
)
from sopdesk.services import passwords
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class NewUser:
    """What the user dialog (or ``sopdesk user add``) collects."""

    username: str
    nama: str
    nip: str
    role: Role
    password: str
    official_id: int | None = None


def _validate(cmd: NewUser) -> NewUser:
    username = cmd.username.strip().lower()
    raise_if(
        {
            "username": check_username(username),
            "nama": check_required(cmd.nama, "Nama"),
            "nip": check_nip(cmd.nip),
            "password": check_password(cmd.password),
        }
    )
    return NewUser(
        username=username,
        nama=clean_text(cmd.nama),
        nip=normalise_nip(cmd.nip),
        role=cmd.role,
        password=cmd.password,
        official_id=cmd.official_id,
    )


def _public(user: UserRecord) -> dict[str, object]:
    return {"username": user.username, "nama": user.nama, "nip": user.nip, "role": user.role.value}


def create_first_admin(db: Database, cmd: NewUser) -> UserRecord:
    """The first-run setup: allowed only while the database has no user at all."""
    cmd = _validate(NewUser(cmd.username, cmd.nama, cmd.nip, Role.ADMIN, cmd.password))
    hashed = passwords.hash_password(cmd.password)
    with UnitOfWork(db) as uow:
        if uow.users.count() > 0:
            raise Conflict("Administrator pertama sudah dibuat. Masuk dengan akun yang ada.")
        user = uow.users.add(username=cmd.username, nama=cmd.nama, nip=cmd.nip, role=Role.ADMIN, password_hash=hashed)
        actor = Actor(user.id, user.username, user.role, user.nama)
        uow.audit.append(actor, "user.create_first_admin", "app_user", user.id, after=_public(user))
        uow.commit()
    return user


def add_user(db: Database, actor: Actor, cmd: NewUser) -> UserRecord:
    cmd = _validate(cmd)
    hashed = passwords.hash_password(cmd.password)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_USERS)
        if cmd.official_id is not None:
            uow.officials.get(cmd.official_id)
        user = uow.users.add(
            username=cmd.username,
            nama=cmd.nama,
            nip=cmd.nip,
            role=cmd.role,
            password_hash=hashed,
            official_id=cmd.official_id,
        )
        uow.audit.append(actor, "user.create", "app_user", user.id, after=_public(user))
        uow.commit()
    return user


@dataclass(frozen=True)
class UserUpdate:
    user_id: int
    nama: str
    nip: str
    role: Role
    active: bool
    official_id: int | None
    version: int | None = None  # the version the form was opened with


def update_user(db: Database, actor: Actor, cmd: UserUpdate) -> Changes:
    raise_if({"nama": check_required(cmd.nama, "Nama"), "nip": check_nip(cmd.nip)})
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_USERS)
        current = uow.users.get(cmd.user_id)
        losing_admin = current.role == Role.ADMIN and current.active and (cmd.role != Role.ADMIN or not cmd.active)
        if losing_admin and uow.users.count_active_admins() <= 1:
            raise ValidationError.single("role", "Harus tetap ada minimal satu administrator aktif.")
        if cmd.official_id is not None:
            uow.officials.get(cmd.official_id)
        before, after = uow.users.update(
            cmd.user_id,
            cmd.version,
            nama=clean_text(cmd.nama),
            nip=normalise_nip(cmd.nip),
            role=cmd.role.value,
            active=cmd.active,
            official_id=cmd.official_id,
        )
        if after:
            uow.audit.append(actor, "user.update", "app_user", cmd.user_id, before=before, after=after)
        uow.commit()
    return uow.changes


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> Changes:
    raise_if({"password": check_password(new_password)})
    hashed = passwords.hash_password(new_password)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_USERS)
        uow.users.get(user_id)
        uow.users.set_password_hash(user_id, hashed)
        uow.users.clear_failures(user_id)
        uow.audit.append(actor, "user.reset_password", "app_user", user_id)
        uow.commit()
    return uow.changes
