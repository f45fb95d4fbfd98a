"""People and roles of a server archive: PostgreSQL login roles in one group role per office role.

The server enforces the roles (grants, not the program's good will): a login that goes around the
program with plain psql can do exactly what its role allows. Group roles are named after the
database ("DB.officer"), so two archives on one server keep their people apart.
"""

from __future__ import annotations

ROLES = ("officer", "photographer", "manager", "admin")
_RECORDS = ("news_items", "events", "interview_orders", "productions", "indicators")
_PHOTOS = ("photo_batches", "photos", "photo_raw_files", "keywords", "people", "places", "code_replacements")
# What each role may change besides reading everything (audit_log: appended to, never changed).
_WRITES = {
    "officer": _RECORDS,
    "photographer": _PHOTOS,
    "manager": (),
    "admin": _RECORDS + _PHOTOS + ("settings", "day_counts"),
}


def group_role(db, role: str) -> str:
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    return f"{dbname}.{role}"


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_group_roles(db) -> None:
    """The four group roles and their grants (schema step 2; needs a login allowed to create roles)."""
    dbname = db.execute("SELECT current_database()").fetchone()[0]
    for role in ROLES:
        name = quoted(group_role(db, role))
        exists = db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [group_role(db, role)]).fetchone()
        if not exists:
            db.executescript(f"CREATE ROLE {name} NOLOGIN")
        db.executescript(f"GRANT CONNECT ON DATABASE {quoted(dbname)} TO {name}")
        db.executescript(f"GRANT USAGE ON SCHEMA {quoted(_schema(db))} TO {name}")
        db.executescript(f"GRANT SELECT ON ALL TABLES IN SCHEMA {quoted(_schema(db))} TO {name}")
        db.executescript(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {quoted(_schema(db))} TO {name}")
        for table in _WRITES[role]:
            db.executescript(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {name}")
        if role != "manager":
            db.executescript(f"GRANT INSERT ON audit_log, audit_seals TO {name}")
    # An admin manages people: it may hand out the other roles.
    admin = quoted(group_role(db, "admin"))
    for role in ("officer", "photographer", "manager"):
        db.executescript(f"GRANT {quoted(group_role(db, role))} TO {admin} WITH ADMIN OPTION")


def _schema(db) -> str:
    return db.execute("SELECT current_schema()").fetchone()[0]


def add_login(db, name: str, role: str, password: str) -> None:
    """A new login in one role. The server refuses it unless the caller may create roles."""
    from psycopg import sql as pgsql

    login = quoted(name)
    db.executescript(pgsql.SQL("CREATE ROLE {} LOGIN PASSWORD {} {}").format(
        pgsql.Identifier(name), pgsql.Literal(password),
        pgsql.SQL("CREATEROLE" if role == "admin" else "NOCREATEROLE")).as_string(db.raw))
    db.executescript(f"GRANT {quoted(group_role(db, role))} TO {login}")
    if role == "admin":
        for other in ("officer", "photographer", "manager"):
            db.executescript(f"GRANT {quoted(group_role(db, other))} TO {login} WITH ADMIN OPTION")


def remove_login(db, name: str) -> None:
    db.executescript(f"DROP ROLE {quoted(name)}")


def logins(db) -> list[tuple[str, str]]:
    """(login, role) of everyone in one of this archive's roles, by name."""
    groups = {group_role(db, r): r for r in ROLES}
    rows = db.execute(
        "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
        "JOIN pg_roles g ON g.oid = a.roleid WHERE m.rolcanlogin ORDER BY m.rolname, g.rolname").fetchall()
    found: dict[str, str] = {}
    for member, group in rows:
        if group in groups:
            role = groups[group]
            # An admin also holds the others (to hand them out); the highest one is the role.
            if member not in found or ROLES.index(role) > ROLES.index(found[member]):
                found[member] = role
    return sorted(found.items())


def role_of(db, name: str) -> str | None:
    return dict(logins(db)).get(name)
