"""``billing-manager emulator``: a local Stripe emulator with a demo account."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    from desktop_app.emulator.standalone import add_arguments

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "emulator",
        help="run a local Stripe emulator with a seeded demo account",
        description=(
            "Serve a Stripe-compatible API on 127.0.0.1 with a seeded demo account; "
            "prints the base URL and the test key it accepts."
        ),
    )
    add_arguments(parser)
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    from desktop_app.emulator.standalone import run

    return run(args)
