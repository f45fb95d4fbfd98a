"""People and roles of a server archive (a folder archive belongs to whoever holds the folder).

The server does the enforcing: these calls only ask it. A login outside the admin role that tries
them is refused by the server itself (NotPermitted), and nothing changes.
"""

from __future__ import annotations

from press_archive.services.archive import Archive, now_utc
from press_archive.storage import audit
from press_archive.storage import users as store
from press_archive.storage.database import write_transaction

ROLES = store.ROLES


class UsersError(ValueError):
    """An unusable call: a folder archive, an unknown role, a login that exists or does not."""


def _server(archive: Archive) -> None:
    if not archive.is_server:
        raise UsersError("people and roles belong to a server archive (--archive postgresql://...); "
                         "a folder archive is whoever can open the folder")


def add_user(archive: Archive, name: str, role: str, password: str) -> None:
    _server(archive)
    if role not in ROLES:
        raise UsersError(f"--role: {role!r} is not one of {', '.join(ROLES)}")
    if not name or not name.strip() or name != name.strip():
        raise UsersError("NAME: a login name without leading or trailing spaces")
    if store.role_of(archive.db, name) is not None:
        raise UsersError(f"{name} is already a person of this archive ({store.role_of(archive.db, name)})")
    now = now_utc()
    with write_transaction(archive.db):
        store.add_login(archive.db, name, role, password)
        audit.append(archive.db, at=now, user=archive.user, action="add", type_="user", note=f"{name}: {role}")


def remove_user(archive: Archive, name: str) -> None:
    _server(archive)
    role = store.role_of(archive.db, name)
    if role is None:
        raise UsersError(f"{name} is not a person of this archive")
    now = now_utc()
    with write_transaction(archive.db):
        store.remove_login(archive.db, name)
        audit.append(archive.db, at=now, user=archive.user, action="remove", type_="user", note=f"{name}: {role}")


def list_users(archive: Archive) -> list[tuple[str, str]]:
    _server(archive)
    return store.logins(archive.db)


def my_role(archive: Archive) -> str | None:
    """This login's office role on a server archive; None on a folder archive, and for the login that owns
    the database (it created the archive and may do everything)."""
    return store.role_of(archive.db, archive.user) if archive.is_server else None
