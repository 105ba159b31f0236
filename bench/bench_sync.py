"""Benchmark: full sync vs the plain SDK loop, and the cost of an incremental refresh.

    PYTHONPATH=. .venv/bin/python bench/bench_sync.py            # 10k and 100k, 25 and 100 rps
    PYTHONPATH=. .venv/bin/python bench/bench_sync.py --sizes 10000 --plain-max-pages 30

For each size the emulator (in a child process, with --latency-ms per request) is
seeded once and, unless --cold-emulator, lists every subscription once before any
timing (so it answers from the JSON it encoded, as Stripe's own servers would not
take our CPU). Then, for each budget: a full sync into a fresh cache (subscriptions
per second, fraction of the budget's ceiling = budget x 100 subscriptions/s,
requests; the sync's time ends when its snapshot is committed, visible and durable;
the WAL checkpoint that follows is timed apart), then an incremental refresh after
--changes subscription updates. The
plain SDK loop (``client.v1.subscriptions.list(...).auto_paging_iter()`` with the
same expansions, one request at a time) runs over the same emulator; it is capped
at --plain-max-pages pages and extrapolated to the full size (marked "extrapolated").
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.emulator_process import EmulatorProcess

if TYPE_CHECKING:
    from desktop_app.store import Store

# The sync's page workers (spawned processes) import this script again as their main
# module, as they import the app's entry point, which is small: what the benchmark
# needs of the app is imported inside its functions, so that they start as in the app.


def plain_sdk_loop(base_url: str, api_key: str, max_pages: int) -> dict[str, Any]:
    import stripe

    from desktop_app.stripe_api import SUBSCRIPTION_EXPAND

    stripe.enable_telemetry = False
    client = stripe.StripeClient(api_key, base_addresses={"api": base_url}, max_network_retries=2)
    params: dict[str, Any] = {"status": "all", "limit": 100, "expand": list(SUBSCRIPTION_EXPAND)}
    count = 0
    start = time.perf_counter()
    for _ in client.v1.subscriptions.list(params).auto_paging_iter():  # type: ignore[arg-type]
        count += 1
        if count >= max_pages * 100:
            break
    seconds = time.perf_counter() - start
    return {"subscriptions": count, "seconds": round(seconds, 2), "per_s": count / seconds}


def warm_emulator(emu: EmulatorProcess) -> float:
    """Have the emulator encode every subscription page the sync asks for once, before
    timing: Stripe's servers do not share our cores, the emulator does (a cold page
    costs it ~4 ms of CPU, a warm one ~1 ms). Returns the seconds it took."""
    from desktop_app.stripe_api import (
        DUNNING_EXPAND,
        DUNNING_STATUSES,
        SUBSCRIPTION_EXPAND,
        RequestBudget,
        StripeApi,
    )
    from desktop_app.stripe_api.list_body import decode_list

    emu.call("encoded_cache_bytes", 4 * 1024**3)
    api = StripeApi(emu.api_key, emu.base_url, budget=RequestBudget(1_000_000))
    start = time.perf_counter()
    for status, expand in (
        ("all", SUBSCRIPTION_EXPAND),
        *((s, DUNNING_EXPAND) for s in DUNNING_STATUSES),
    ):
        params: dict[str, Any] = {"limit": 100, "status": status, "expand": list(expand)}
        while True:
            data, has_more = decode_list(api.get_body("/v1/subscriptions", params))
            if not has_more or not data:
                break
            params["starting_after"] = data[-1]["id"]
    return time.perf_counter() - start


def query_times(store: Store) -> dict[str, float]:
    """Milliseconds of the window's typical queries on the synced cache."""
    from desktop_app.domain import DisplayStatus
    from desktop_app.store import SortKey, SubscriptionFilter

    cases: dict[str, Callable[[], object]] = {
        "filter past_due": lambda: store.query_subscriptions(
            SubscriptionFilter(statuses=frozenset({DisplayStatus.PAST_DUE}))
        ),
        "collection paused": lambda: store.query_subscriptions(
            SubscriptionFilter(collection_paused=True)
        ),
        "search 'anna'": lambda: store.query_subscriptions(SubscriptionFilter(search="anna")),
        "sort by customer, first 200": lambda: store.query_subscriptions(
            None, SortKey.CUSTOMER, False, limit=200
        ),
        "counts per status": lambda: store.status_counts(),
    }
    times: dict[str, float] = {}
    for name, query in cases.items():
        start = time.perf_counter()
        query()
        times[name] = round((time.perf_counter() - start) * 1000, 1)
    return times


def full_sync(emu: EmulatorProcess, budget: float, size: int) -> dict[str, Any]:
    from desktop_app.store import Store
    from desktop_app.stripe_api import RequestBudget, StripeApi
    from desktop_app.sync import SyncProgress, run_sync

    api = StripeApi(emu.api_key, emu.base_url, budget=RequestBudget(budget), max_retries=2)
    marks: dict[str, float] = {}

    def progress(p: SyncProgress) -> None:
        marks.setdefault(p.phase, time.perf_counter())

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.sqlite3")
        start = time.perf_counter()
        result = run_sync(api, store, full=True, progress=progress)
        total = time.perf_counter() - start
        fetched = marks.get("saving", start + total) - start
        # The new snapshot is visible and durable when run_sync returns; copying it from
        # the WAL into the file happens after (the window does not wait for it).
        checkpoint_start = time.perf_counter()
        store.checkpoint()
        checkpoint = time.perf_counter() - checkpoint_start
        ceiling = budget * 100
        row: dict[str, Any] = {
            "budget_rps": budget,
            "subscriptions": result.changed,
            "requests": result.requests,
            "seconds_total": round(total, 2),
            "seconds_fetch": round(fetched, 2),
            "seconds_checkpoint_after": round(checkpoint, 2),
            "per_s_total": round(result.changed / total),
            "per_s_fetch": round(result.changed / fetched),
            "ceiling_fraction_total": round(result.changed / total / ceiling, 3),
            "ceiling_fraction_fetch": round(result.changed / fetched / ceiling, 3),
            "rate_limited": api.rate_limited,
        }
        row["queries_ms"] = query_times(store)
        ids = emu.call("subscription_ids", CHANGES)
        for i, sub_id in enumerate(ids):
            emu.call("update_subscription", sub_id, {"metadata": {"bench": f"{budget}-{i}"}})
        start = time.perf_counter()
        inc = run_sync(api, store, progress=progress)
        row["incremental"] = {
            "changes_made": len(ids),
            "objects_changed": inc.changed,
            "requests": inc.requests,
            "seconds": round(time.perf_counter() - start, 2),
        }
        store.close()
    assert result.changed == size, f"synced {result.changed} of {size}"
    return row


CHANGES = 10


def main() -> int:
    global CHANGES
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--budgets", type=float, nargs="+", default=[25.0, 100.0])
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--plain-max-pages", type=int, default=50)
    parser.add_argument("--changes", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--cold-emulator",
        action="store_true",
        help="do not let the emulator encode its pages ahead (it then spends ~4 ms of the "
        "same cores per page the first time it lists an object)",
    )
    args = parser.parse_args()
    CHANGES = args.changes
    results: list[dict[str, Any]] = []
    for size in args.sizes:
        print(f"== {size} subscriptions, {args.latency_ms} ms latency: seeding...", flush=True)
        seeded = time.perf_counter()
        with EmulatorProcess(seed=args.seed, subscriptions=size, latency_ms=0) as emu:
            print(f"   seeded in {time.perf_counter() - seeded:.0f} s", flush=True)
            if not args.cold_emulator:
                warmed = warm_emulator(emu)
                print(f"   emulator pages encoded ahead in {warmed:.0f} s", flush=True)
            emu.call("set_latency", args.latency_ms)
            plain = plain_sdk_loop(emu.base_url, emu.api_key, args.plain_max_pages)
            extrapolated = plain["subscriptions"] < size
            plain["extrapolated_seconds"] = round(size / plain["per_s"], 1)
            plain["extrapolated"] = extrapolated
            print(
                f"   plain SDK auto_paging_iter: {plain['per_s']:.0f} subs/s "
                f"({plain['subscriptions']} in {plain['seconds']} s; full size "
                f"{'~' if extrapolated else ''}{plain['extrapolated_seconds']} s"
                f"{' extrapolated' if extrapolated else ''})",
                flush=True,
            )
            for budget in args.budgets:
                row = full_sync(emu, budget, size)
                row["speedup_vs_plain"] = round(row["per_s_total"] / plain["per_s"], 1)
                print(
                    f"   budget {budget:g} req/s: {row['subscriptions']} subs in "
                    f"{row['seconds_total']} s (fetch {row['seconds_fetch']} s), "
                    f"{row['per_s_total']} subs/s = {row['ceiling_fraction_total']:.0%} of the "
                    f"ceiling ({row['ceiling_fraction_fetch']:.0%} fetch only), "
                    f"{row['requests']} requests, {row['speedup_vs_plain']}x plain; "
                    f"WAL checkpoint after it {row['seconds_checkpoint_after']} s; "
                    f"incremental after {row['incremental']['changes_made']} changes: "
                    f"{row['incremental']['requests']} requests, "
                    f"{row['incremental']['seconds']} s",
                    flush=True,
                )
                print(f"   queries (ms): {row['queries_ms']}", flush=True)
                results.append({"size": size, "latency_ms": args.latency_ms, **row, "plain": plain})
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
