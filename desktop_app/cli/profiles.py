"""``billing-manager profiles``: connect, list, check and remove Stripe accounts.

The key is read from a prompt without echo (a terminal) or from standard input
(a pipe), never from the command line, where other users and the shell history
would see it. It goes into the OS keyring only.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any, TextIO

from desktop_app.accounts import Accounts
from desktop_app.cli.exit_codes import ExitCode
from desktop_app.errors import BillingManagerError
from desktop_app.key_check import (
    KeyCheck,
    KeyNotUsable,
    check_key,
    needed_permissions_text,
    stripe_api_factory,
)
from desktop_app.profiles import Profile, check_profile_name
from desktop_app.visible_text import visible_text


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "profiles",
        help="connect, list, check and remove Stripe accounts (keys live in the OS keyring)",
        description="Connected Stripe accounts. Each keeps its API key in the OS keyring "
        "and its settings in the config folder.",
    )
    commands = parser.add_subparsers(dest="profiles_command", metavar="ACTION", required=True)

    add = commands.add_parser(
        "add",
        help="connect an account (the key is asked for without echo, or read from stdin)",
        description="Connect a Stripe account. The API key is read from a prompt without "
        "echo, or from standard input when it is not a terminal: never from the command "
        "line. Prefer a restricted key (rk_...) with these permissions:\n"
        + needed_permissions_text(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.add_argument("name", metavar="NAME", help="a name for the account, e.g. 'Acme Ltd'")
    add.add_argument(
        "--api-base",
        metavar="URL",
        help="a Stripe-compatible API base, e.g. the emulator's http://127.0.0.1:PORT",
    )
    add.add_argument(
        "--replace",
        action="store_true",
        help="replace the key of an existing account (a rotated key of the same account)",
    )
    add.add_argument("--budget", metavar="RPS", type=float, help="requests per second to use")
    add.add_argument("--portal-configuration", metavar="BPC_ID", help="portal configuration")
    add.add_argument("--return-url", metavar="URL", help="where the portal's back link goes")
    add.add_argument("--locale", metavar="LOCALE", help="portal language: auto, en, nl, sv...")
    add.set_defaults(handler=_guarded(_add))

    listing = commands.add_parser("list", help="list connected accounts")
    listing.set_defaults(handler=_guarded(_list))

    check = commands.add_parser(
        "check", help="authenticate an account's key and show which features work"
    )
    check.add_argument("name", metavar="NAME")
    check.set_defaults(handler=_guarded(_check))

    remove = commands.add_parser(
        "remove", help="remove an account, its key in the keyring and its local cache"
    )
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--keep-cache", action="store_true", help="keep the local copy of its data")
    remove.set_defaults(handler=_guarded(_remove))


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except BillingManagerError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return int(exc.exit_code)

    return run


def read_key(stdin: TextIO | None = None) -> str:
    """The key from a no-echo prompt on a terminal, else the first line of stdin."""
    stream = stdin or sys.stdin
    if stream.isatty():
        return getpass.getpass("Stripe API key (input hidden): ")
    return stream.readline()


def _print_check(check: KeyCheck) -> None:
    # The account's name comes from Stripe: printed as it reads, so control and escape
    # characters in it cannot move the cursor or recolour the terminal.
    print(f"Account: {visible_text(check.account_label)}")
    print(f"Key: {check.kind.description}")
    print(f"Features: {check.summary}")
    for line in check.feature_lines():
        print(line)


def _add(args: argparse.Namespace) -> int:
    name = check_profile_name(args.name)
    accounts = Accounts()
    existing = accounts.profiles.find(name)
    if existing is not None and not args.replace:
        print(
            f"error: an account named '{existing.name}' exists already. Choose another "
            "name, or rotate its key with --replace.",
            file=sys.stderr,
        )
        return int(ExitCode.USAGE)
    accounts.keys.ensure_backend()  # no keyring: say so before asking for the key
    key = read_key()
    api_base = args.api_base or (existing.api_base if existing else None)
    try:
        check = check_key(key, stripe_api_factory(api_base))
    except KeyNotUsable as exc:
        _print_check(exc.check)
        raise
    base = existing or Profile(name=name, mode=check.kind.mode)
    changes: dict[str, Any] = {
        "mode": check.kind.mode,
        "account_id": check.account_id,
        "account_name": check.account_name,
        "api_base": api_base,
    }
    if args.budget is not None:
        changes["budget_rps"] = args.budget
    for field in ("portal_configuration", "return_url", "locale"):
        value = getattr(args, field)
        if value is not None:
            changes[field] = value
    profile = accounts.connect(base.with_changes(**changes), key, replace=args.replace)
    verb = "Replaced the key of" if existing else "Connected"
    print(f"{verb} '{profile.name}'. The key is in the OS keyring.")
    _print_check(check)
    return int(ExitCode.OK)


def _list(args: argparse.Namespace) -> int:
    profiles = Accounts().profiles.list()
    if not profiles:
        print("No accounts yet. Connect one with: billing-manager profiles add NAME")
        return int(ExitCode.OK)
    rows = [("NAME", "MODE", "ACCOUNT", "API BASE")]
    for p in profiles:
        account = visible_text(f"{p.account_name or ''} {p.account_id or ''}") or "-"
        mode = "LIVE" if p.livemode else "test"
        rows.append((p.name, mode, account, p.api_base or "Stripe"))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:3])]
        print("  ".join([*cells, row[3]]))
    return int(ExitCode.OK)


def _check(args: argparse.Namespace) -> int:
    accounts = Accounts()
    profile = accounts.profiles.get(args.name)
    key = accounts.keys.require_key(profile.name)
    try:
        check = check_key(key, stripe_api_factory(profile.api_base), stored_for=profile.name)
    except KeyNotUsable as exc:
        _print_check(exc.check)
        raise
    _print_check(check)
    if profile.account_id and check.account_id and check.account_id != profile.account_id:
        print(
            f"error: the key now belongs to account {check.account_id}, not "
            f"{profile.account_id}. Replace it with a key of the right account: "
            f"billing-manager profiles add '{profile.name}' --replace",
            file=sys.stderr,
        )
        return int(ExitCode.AUTH)
    return int(ExitCode.OK)


def _remove(args: argparse.Namespace) -> int:
    removal = Accounts().remove(args.name, delete_cache_files=not args.keep_cache)
    name = removal.profile.name
    key_text = "its key removed from the keyring" if removal.key_removed else "no key was stored"
    print(f"Removed '{name}': {key_text}.")
    if args.keep_cache:
        print("Its local copy of the data was kept.")
    elif removal.cache_removed:
        print("Its local copy of the data was deleted.")
    return int(ExitCode.OK)
