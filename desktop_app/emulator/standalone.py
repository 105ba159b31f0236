"""Running the emulator in the foreground: ``billing-manager emulator`` and
``python -m desktop_app.emulator``."""

from __future__ import annotations

import argparse
import re
import sys
import threading
import time

from desktop_app.emulator.emulator import Emulator
from desktop_app.key_shape import KEY

_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=12111, help="port to listen on (default 12111; 0: any free)"
    )
    parser.add_argument(
        "--subscriptions",
        type=int,
        default=500,
        metavar="N",
        help="how many demo subscriptions to seed (default 500)",
    )
    parser.add_argument(
        "--seed", type=int, default=7, help="seed of the demo data (same seed, same data)"
    )
    parser.add_argument(
        "--key",
        metavar="sk_test_...",
        help="the test-mode secret key to accept (default: a new random one, printed)",
    )
    parser.add_argument(
        "--latency-ms", type=float, default=0, help="delay every API answer by this much"
    )
    parser.add_argument(
        "--api-version",
        metavar="YYYY-MM-DD",
        default=None,
        help="the account's default API version, the layout its events come in "
        "(e.g. 2024-06-20; default: the emulator's own)",
    )
    parser.add_argument(
        "--rate-limit",
        type=float,
        default=None,
        metavar="RPS",
        help="answer 429 beyond this many requests per second (default: no limit)",
    )


def run(args: argparse.Namespace, stop: threading.Event | None = None) -> int:
    shape = KEY.fullmatch(args.key) if args.key is not None else None
    if args.key is not None and (shape is None or shape.group(1, 2) != ("sk", "test")):
        print(
            "--key must be a test-mode secret key: sk_test_ followed by letters and digits.",
            file=sys.stderr,
        )
        return 2
    if args.subscriptions < 0:
        print("--subscriptions must be 0 or more.", file=sys.stderr)
        return 2
    if args.api_version is not None and not _VERSION.match(args.api_version):
        print("--api-version must look like 2024-06-20 or 2025-03-31.basil.", file=sys.stderr)
        return 2
    emulator = Emulator(
        seed=args.seed,
        subscriptions=args.subscriptions,
        latency_ms=args.latency_ms,
        rate_limit_rps=args.rate_limit,
        host=args.host,
        port=args.port,
        api_key=args.key,
        api_version=args.api_version,
    )
    started, cpu = time.perf_counter(), time.process_time()
    try:
        emulator.start()
    except OSError as error:
        print(
            f"Cannot listen on {args.host}:{args.port} ({error.strerror}). "
            "Choose another port with --port.",
            file=sys.stderr,
        )
        return 1
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"Stripe emulator listening on {emulator.base_url}", flush=True)
    print(f"Test-mode secret key: {emulator.api_key}", flush=True)
    print(f"Live-mode secret key: {emulator.live_api_key}", flush=True)
    print(
        f"Seeded {args.subscriptions} subscriptions (seed {args.seed}) in {seconds:.1f} s "
        f"({cpu:.1f} s CPU). "
        "Press Ctrl+C to stop.",
        flush=True,
    )
    try:
        (stop or threading.Event()).wait()
    except KeyboardInterrupt:
        pass
    finally:
        emulator.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop_app.emulator",
        description="A local Stripe emulator with a seeded demo account.",
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))
