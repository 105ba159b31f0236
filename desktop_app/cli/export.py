"""``billing-manager export``: write subscriptions to a CSV file (syncs first)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.connection import add_connection_arguments, open_connection, require_cache
from desktop_app.cli.exit_codes import ExitCode
from desktop_app.cli.sync import describe, sync_connection
from desktop_app.domain import DisplayStatus
from desktop_app.errors import BillingManagerError
from desktop_app.export import write_csv
from desktop_app.store import SortKey, Store, SubscriptionFilter

STATUS_CHOICES = [status.value for status in DisplayStatus]


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="write subscriptions to a CSV file",
        description="Write subscriptions to a CSV file (UTF-8, ISO dates, amounts in major "
        "units). Syncs first unless --offline.",
    )
    add_connection_arguments(parser)
    parser.add_argument(
        "--status",
        action="append",
        choices=STATUS_CHOICES,
        metavar="STATUS",
        help=f"only this display status (repeatable): {', '.join(STATUS_CHOICES)}",
    )
    parser.add_argument(
        "--collection-paused",
        action="store_true",
        help="only subscriptions whose payment collection is paused",
    )
    parser.add_argument("--search", metavar="TEXT", help="customer name, e-mail, ID or plan")
    parser.add_argument(
        "--offline", action="store_true", help="use the last synced copy; do not sync first"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", required=True, type=Path, help="the CSV file to write"
    )
    parser.set_defaults(handler=handle)


def _export(args: argparse.Namespace) -> int:
    if args.offline:
        path = require_cache(open_connection(args, offline=True))
    else:
        result, label = sync_connection(args, False)
        print(describe(result, label), file=sys.stderr)
        path = require_cache(open_connection(args, offline=True))
    statuses = frozenset(DisplayStatus(s) for s in args.status) if args.status else None
    query = SubscriptionFilter(
        statuses=statuses,
        collection_paused=True if args.collection_paused else None,
        search=args.search or None,
    )
    store = Store.open(path)
    try:
        rows = store.query_subscriptions(query, SortKey.CREATED, descending=True)
    finally:
        store.close()
    return write_csv(rows, args.output)


def handle(args: argparse.Namespace) -> int:
    try:
        count = _export(args)
    except BillingManagerError as exc:
        print(f"billing-manager export: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    print(f"Wrote {count} subscriptions to {args.output}.", file=sys.stderr)
    return int(ExitCode.OK)
