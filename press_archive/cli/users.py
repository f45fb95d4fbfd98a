"""users add|list|remove: the people of a server archive and their roles."""

from __future__ import annotations

from press_archive.cli.context import EXIT_OK, UsageFailure
from press_archive.storage.users import ROLES


def add_commands(sub) -> None:
    p = sub.add_parser("users", help="people and roles of a server archive (admins only)")
    users = p.add_subparsers(dest="users_command", metavar="add|list|remove", required=True,
                             parser_class=sub._parser_class)
    q = users.add_parser("add", help="a new login in one role")
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=ROLES)
    q.add_argument("--password", help="the login's password (asked for when not given)")
    q.set_defaults(handler=run_users)
    q = users.add_parser("list", help="every login and its role")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=run_users)
    q = users.add_parser("remove", help="remove a login (its entries in the audit log stay)")
    q.add_argument("name")
    q.set_defaults(handler=run_users)


def _password(args) -> str:
    if args.password:
        return args.password
    import getpass
    import sys

    if not sys.stdin.isatty():
        raise UsageFailure("users add: give --password, or run the command at a terminal to be asked for it")
    first = getpass.getpass(f"password for {args.name}: ")
    if not first or getpass.getpass("again: ") != first:
        raise UsageFailure("users add: the two passwords differ or are empty; nothing was changed")
    return first


def run_users(args, ctx) -> int:
    from press_archive.services import users

    archive = ctx.open_archive()
    try:
        if args.users_command == "add":
            users.add_user(archive, args.name, args.role, _password(args))
            ctx.out(f"{args.name} added as {args.role}")
        elif args.users_command == "remove":
            users.remove_user(archive, args.name)
            ctx.out(f"{args.name} removed")
        else:
            people = users.list_users(archive)
            if getattr(args, "json", False):
                ctx.out_json([{"name": n, "role": r} for n, r in people])
            for name, role in [] if getattr(args, "json", False) else people:
                ctx.out(f"{name:<24} {role}")
    except users.UsersError as e:
        raise UsageFailure(str(e)) from None
    return EXIT_OK
