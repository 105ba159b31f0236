"""Benchmark: CPU per page of the HTTP client under the SDK, requests vs http.client.

    PYTHONPATH=. .venv/bin/python bench/bench_http.py [--subscriptions 5000 --pages 40]

The emulator runs in a child process (latency 0), so only the client's CPU counts:
``time.thread_time()`` of the calling thread around ``--pages`` requests for one page
of 100 subscriptions expanded as the sync asks (about 500 KB of JSON), median of
``--rounds`` rounds, for: the SDK's ``stripe.RequestsClient`` alone (what the app
used), the app's ``BudgetedHttpClient`` alone (kept-alive ``http.client``), and
``StripeApi.get_body`` end to end (the SDK's request building + the app's client).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import stripe

from bench.emulator_process import EmulatorProcess
from desktop_app.stripe_api import SUBSCRIPTION_EXPAND, RequestBudget, StripeApi
from desktop_app.stripe_api.http import BudgetedHttpClient

PARAMS = {"limit": 100, "status": "all", "expand": list(SUBSCRIPTION_EXPAND)}


def cpu_ms_per_call(call: Callable[[], object], calls: int, rounds: int) -> float:
    for _ in range(3):
        call()  # connect, warm up
    results = []
    for _ in range(rounds):
        start = time.thread_time()
        for _ in range(calls):
            call()
        results.append((time.thread_time() - start) / calls * 1000)
    return statistics.median(results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscriptions", type=int, default=5000)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    stripe.enable_telemetry = False
    with EmulatorProcess(seed=7, subscriptions=args.subscriptions, latency_ms=0) as emu:
        query = [("limit", "100"), ("status", "all")]
        query += [(f"expand[{i}]", path) for i, path in enumerate(SUBSCRIPTION_EXPAND)]
        url = f"{emu.base_url}/v1/subscriptions?{urlencode(query)}"
        headers = {"Authorization": f"Bearer {emu.api_key}", "Stripe-Version": stripe.api_version}
        requests_client = stripe.RequestsClient(timeout=20)
        app_client = BudgetedHttpClient(RequestBudget(1_000_000), timeout=20)
        api = StripeApi(emu.api_key, emu.base_url, budget=RequestBudget(1_000_000))
        body = api.get_body("/v1/subscriptions", PARAMS)
        cases: dict[str, Callable[[], object]] = {
            "stripe.RequestsClient": lambda: requests_client.request("get", url, headers),
            "BudgetedHttpClient": lambda: app_client.request("get", url, headers),
            "StripeApi.get_body": lambda: api.get_body("/v1/subscriptions", PARAMS),
        }
        print(f"page of 100 subscriptions: {len(body) / 1000:.0f} KB")
        for name, call in cases.items():
            print(f"{name:24s} {cpu_ms_per_call(call, args.pages, args.rounds):.2f} ms CPU/page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
