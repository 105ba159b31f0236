"""Entry point of ``billing-manager``.

Without a subcommand it starts the window (a lazy import of ``ui``: the only
reference from the core to the front end). Subcommands run headless and import
no Qt; ``--help`` and ``--version`` work without a display.

Each subcommand lives in its own module under ``desktop_app.cli`` and exposes
``register(subparsers)``; add its name to ``SUBCOMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from desktop_app import APP_NAME, __version__
from desktop_app.cli.exit_codes import ExitCode
from desktop_app.errors import BillingManagerError, unexpected_error_text

# Module names under desktop_app.cli, each with register(subparsers).
SUBCOMMANDS: tuple[str, ...] = (
    "emulator",
    "sync",
    "export",
    "profiles",
    "portal",
    "diagnose",
)

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="billing-manager",
        description=(
            f"{APP_NAME}: see every Stripe Billing subscription, find the ones that "
            "need attention, and send customers to Stripe's hosted portal. "
            "Without a command, opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on the built-in Stripe emulator's demo account (no account needed)",
    )
    parser.add_argument(
        "--profile", metavar="NAME", help="open the window on this connected account"
    )
    # Hidden: saves the documentation's screenshots (with --demo) into DIR, then quits.
    parser.add_argument("--screenshot", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also log to the terminal, at debug level"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        module = importlib.import_module(f"desktop_app.cli.{name}")
        module.register(subparsers)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from ui.app import run  # lazy: the core never needs Qt

    return run(demo=bool(args.demo), profile=args.profile, screenshot_dir=args.screenshot)


def main(argv: Sequence[str] | None = None) -> int:
    from desktop_app.environment import api_key_out_of_environment

    # Before anything can start a child process (a browser, xdg-open, a sync process):
    # none of them inherits the key.
    with api_key_out_of_environment():
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the window syncs in a child process (frozen builds)
    parser = build_parser()
    args = parser.parse_args(argv)
    from desktop_app.logging_setup import setup_logging

    setup_logging(logging.DEBUG if args.verbose else logging.INFO, console=args.verbose)
    handler: Handler = getattr(args, "handler", run_gui)
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    except BillingManagerError as exc:  # (the subcommands say so themselves, mostly)
        print(f"billing-manager: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    except Exception as exc:  # never a traceback on the terminal: it goes to the log
        log.error("Unexpected error in %s", args.command or "the window", exc_info=exc)
        print(f"billing-manager: {unexpected_error_text(exc)}", file=sys.stderr)
        return int(ExitCode.ERROR)
