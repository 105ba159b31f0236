"""``billing-manager sync``: bring the local copy of an account up to date."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli.connection import add_connection_arguments, open_connection
from desktop_app.cli.exit_codes import ExitCode
from desktop_app.cli.progress_line import ProgressLine
from desktop_app.errors import BillingManagerError, CacheCorrupt
from desktop_app.store import Store
from desktop_app.sync import SyncResult, run_sync
from desktop_app.sync.skipped import skipped_summary


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sync",
        help="update the local copy of an account (only what changed, unless --full)",
        description="Update the local copy of a Stripe account: only the changes since the "
        "last sync (from Stripe's events), or everything with --full.",
    )
    add_connection_arguments(parser)
    parser.add_argument("--full", action="store_true", help="fetch everything again")
    parser.set_defaults(handler=handle)


def sync_connection(args: argparse.Namespace, full: bool) -> tuple[SyncResult, str]:
    conn = open_connection(args, offline=False)
    assert conn.api is not None
    assert conn.cache_path is not None
    line = ProgressLine()
    try:
        store = Store.open(conn.cache_path)
    except CacheCorrupt as exc:  # set aside already: say so, and rebuild it now
        print(f"billing-manager sync: {exc}", file=sys.stderr)
        store = Store.open(conn.cache_path)
        full = True
    try:
        result = run_sync(conn.api, store, full=full, progress=line)
    finally:
        line.finish()
        store.close()
    return result, conn.label


def describe(result: SyncResult, label: str) -> str:
    """What the sync did, and what it skipped (a second line)."""
    what = "subscriptions" if result.kind == "full" else "changed objects"
    done = f"Synced {label} ({result.kind}): {result.changed} {what}, {result.requests} requests."
    skipped = skipped_summary(result.skipped)
    return f"{done}\n{skipped}" if skipped else done


def handle(args: argparse.Namespace) -> int:
    try:
        result, label = sync_connection(args, bool(args.full))
    except BillingManagerError as exc:
        print(f"billing-manager sync: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    print(describe(result, label), file=sys.stderr)
    return int(ExitCode.OK)
