"""``billing-manager portal SUBSCRIPTION_ID``: send a customer to Stripe's hosted portal.

Creates a billing portal session for the subscription's customer (with a flow:
update the payment method, manage, cancel, change plan) and opens it in the
browser, or prints it with ``--print-url`` for a support desk to use at once. The
URL is a short-lived secret: it is never written to a file or a log, and printed
only when asked. The session is recorded in the audit log (without the URL).
A URL that is not a web address the app opens (``desktop_app.browser_links``: https://,
or http:// to this computer) is neither opened nor printed: the command says why.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app import actions
from desktop_app.action_context import (
    context_for_profile,
    system_language,
    try_configurations,
)
from desktop_app.action_targets import target_from_json
from desktop_app.actions import ActionContext
from desktop_app.audit import AuditLog
from desktop_app.browser_links import check_link
from desktop_app.cli.browser import open_in_browser
from desktop_app.cli.connection import add_connection_arguments, open_connection
from desktop_app.cli.exit_codes import ExitCode
from desktop_app.errors import BillingManagerError, InvalidRequest
from desktop_app.portal import CLI_FLOW_NAMES, PortalFlow

LINK_WARNING = (
    "This link signs in as the customer and expires within minutes: use it now, "
    "do not store or e-mail it."
)


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "portal",
        help="open Stripe's customer portal for a subscription's customer",
        description="Create a Stripe billing portal session for the customer of "
        "SUBSCRIPTION_ID and open it in the browser (or print its URL with --print-url). "
        "The session is recorded in the audit log, without its URL.",
    )
    parser.add_argument("subscription_id", metavar="SUBSCRIPTION_ID")
    parser.add_argument(
        "--flow",
        choices=CLI_FLOW_NAMES,
        default="manage",
        help="what the portal opens on (default: manage, the portal's home page)",
    )
    parser.add_argument(
        "--print-url",
        action="store_true",
        help="print the session URL instead of opening a browser (it is a short-lived "
        "secret: use it at once)",
    )
    parser.add_argument(
        "--configuration",
        metavar="BPC_ID",
        help="portal configuration to use (default: the profile's, else the account's)",
    )
    add_connection_arguments(parser)
    parser.set_defaults(handler=handle)


def _context(args: argparse.Namespace, api: Any, label: str, livemode: bool) -> ActionContext:
    configurations = try_configurations(api)
    name = getattr(args, "profile", None)
    if name:
        from desktop_app.profiles import ProfileStore

        profile = ProfileStore().get(name)
        return context_for_profile(
            profile, api, app_language=system_language(), configurations=configurations
        )
    return ActionContext(
        api=api,
        audit=AuditLog(),
        profile=f"env:{label}",
        livemode=livemode,
        app_language=system_language(),
        configurations=tuple(configurations),
    )


def handle(args: argparse.Namespace) -> int:
    flow = PortalFlow.from_cli(args.flow)
    try:
        conn = open_connection(args, offline=False)
        api = conn.api
        assert api is not None
        if not args.subscription_id.startswith("sub_"):
            raise InvalidRequest(
                f"{args.subscription_id!r} is not a subscription ID: they start with sub_."
            )
        obj = api.retrieve(f"/v1/subscriptions/{args.subscription_id}", expand=["customer"])
        target = target_from_json(obj)
        ctx = _context(args, api, conn.label, target.livemode)
        session = actions.open_portal(ctx, target, flow, args.configuration)
        if args.print_url:  # printed for a browser: the same rule as opening it
            url = check_link(session.url).url
        else:
            opened = open_in_browser(session.url)
    except BillingManagerError as exc:
        print(f"billing-manager portal: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    who = target.customer_label
    if args.print_url:
        print(LINK_WARNING, file=sys.stderr)
        print(url)
        return int(ExitCode.OK)
    if opened:
        print(f"Opened the customer portal for {who} in the browser.", file=sys.stderr)
        return int(ExitCode.OK)
    print(
        f"No browser could be opened for {who}'s portal. Run again with --print-url "
        "and open the link yourself.",
        file=sys.stderr,
    )
    return int(ExitCode.ERROR)


__all__ = ["handle", "register"]
