"""Query times of the local cache at 100,000 subscriptions (synthetic, no network).

    python bench/bench_store.py [--subscriptions 100000] [--repeat 5] [--keep DIR]

Builds a cache file with N subscriptions over N/2 customers (varied statuses,
collection pauses, currencies, intervals, multi-item and metered plans) in one
snapshot transaction, then times what the window does: filter chips, search,
sorting on each column (first page of 100 rows and all rows), counts per status,
MRR and at-risk totals, one subscription's detail, and reopening the file (which
runs the integrity check). Prints the median of ``--repeat`` runs in ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.domain.models import Customer, Product, Subscription  # noqa: E402
from desktop_app.domain.parse import parse_subscription  # noqa: E402
from desktop_app.domain.status import DisplayStatus  # noqa: E402
from desktop_app.store import SortKey, Store, SubscriptionFilter  # noqa: E402

T0 = 1_790_000_000
DAY = 86_400
STATUSES = (
    ["active"] * 70
    + ["trialing"] * 6
    + ["past_due"] * 5
    + ["unpaid"] * 2
    + ["canceled"] * 12
    + ["paused"] * 2
    + ["incomplete", "incomplete_expired", "some_future_status"]
)
FIRST = ["Acme", "Bolt", "Ceres", "Delta", "Elm", "Fjord", "Gamma", "Havn", "Iris", "Juno"]
LAST = ["BV", "AB", "GmbH", "Ltd", "Inc", "Oy", "SA", "AS"]
PLANS = [
    ("prod_basic", "Basic"),
    ("prod_pro", "Pro"),
    ("prod_team", "Team"),
    ("prod_ent", "Enterprise"),
]
CURRENCIES = ["eur"] * 6 + ["sek"] * 2 + ["usd"] * 2 + ["jpy", "bhd"]
INTERVALS = [("month", 1)] * 6 + [("year", 1)] * 3 + [("month", 3), ("week", 2)]


def _price(rng: random.Random, product: str, currency: str) -> dict[str, Any]:
    interval, count = rng.choice(INTERVALS)
    metered = rng.random() < 0.03
    return {
        "id": f"price_{product}_{currency}_{interval}{count}{'_m' if metered else ''}",
        "product": product,
        "currency": currency,
        "unit_amount": None if metered else rng.choice([900, 1900, 4900, 9900, 120000]),
        "billing_scheme": "per_unit",
        "recurring": {
            "interval": interval,
            "interval_count": count,
            "usage_type": "metered" if metered else "licensed",
        },
    }


def synthetic_subscription(n: int, rng: random.Random) -> Subscription:
    status = rng.choice(STATUSES)
    currency = rng.choice(CURRENCIES)
    created = T0 - rng.randrange(0, 1500) * DAY
    period_end = T0 + rng.randrange(1, 365) * DAY
    items = []
    for position in range(1 if rng.random() < 0.85 else rng.randint(2, 4)):
        product, _ = PLANS[(n + position) % len(PLANS)]
        items.append(
            {
                "id": f"si_{n:06d}_{position}",
                "price": _price(rng, product, currency),
                "quantity": rng.randint(1, 25),
                "current_period_start": period_end - 30 * DAY,
                "current_period_end": period_end,
            }
        )
    raw: dict[str, Any] = {
        "id": f"sub_{n:06d}{rng.getrandbits(32):08x}",
        "status": status,
        "customer": f"cus_{n // 2:06d}",
        "created": created,
        "currency": currency,
        "cancel_at_period_end": status == "active" and rng.random() < 0.05,
        "ended_at": created + DAY if status == "canceled" else None,
        "trial_end": period_end if status == "trialing" else None,
        "pause_collection": (
            {"behavior": "keep_as_draft", "resumes_at": None} if rng.random() < 0.03 else None
        ),
        "latest_invoice": f"in_{n:06d}",
        "items": {"data": items, "has_more": False},
    }
    return parse_subscription(raw)


def build(path: Path, count: int, seed: int) -> tuple[float, float]:
    rng = random.Random(seed)
    products = [Product(pid, name) for pid, name in PLANS]
    customers = [
        Customer(
            f"cus_{n:06d}",
            f"{rng.choice(FIRST)} {rng.choice(FIRST)}{n} {rng.choice(LAST)}",
            f"billing{n}@example{n % 500}.test",
        )
        for n in range((count + 1) // 2)
    ]
    subs = [synthetic_subscription(n, rng) for n in range(count)]
    started = time.perf_counter()
    cpu = time.process_time()
    with Store.open(path) as store, store.snapshot() as snap:
        snap.put_products(products)
        snap.put_customers(customers)
        for start in range(0, len(subs), 100):  # pages, as a sync writes them
            snap.put_subscriptions(subs[start : start + 100])
        snap.set_cursor(T0)
    return time.perf_counter() - started, time.process_time() - cpu


def timed(work: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """Median wall-clock and CPU milliseconds of ``repeat`` runs (SQLite runs in-process,
    so CPU time counts the query itself; it varies less on a busy machine)."""
    wall, cpu = [], []
    result: object = None
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = work()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), result


def _size(result: object) -> str:
    if isinstance(result, list):
        return f"{len(result)} rows"
    if isinstance(result, dict):
        return f"{len(result)} keys"
    if isinstance(result, int):
        return str(result)
    return type(result).__name__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="directory to keep the cache file in")
    args = parser.parse_args(argv)

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-store-"))
    path = folder / "bench.sqlite"
    if path.exists():
        path.unlink()
    write_s, write_cpu = build(path, args.subscriptions, args.seed)
    size_mb = path.stat().st_size / 1e6
    print(f"cache: {args.subscriptions} subscriptions, {size_mb:.0f} MB, {path}")
    print(f"{'':58} {'wall':>9}    {'CPU':>9}")
    rate = args.subscriptions / write_s
    label = "full snapshot write (one transaction)"
    print(
        f"{label:58} {write_s * 1000:9.0f} ms {write_cpu * 1000:9.0f} ms"
        f"   ({rate:.0f} subscriptions/s)"
    )
    reopen_ms, reopen_cpu, _ = timed(lambda: Store.open(path).close(), 1)
    print(f"{'open (integrity check + migrations)':58} {reopen_ms:9.1f} ms {reopen_cpu:9.1f} ms")
    attention = frozenset({DisplayStatus.PAST_DUE, DisplayStatus.UNPAID})
    with Store.open(path) as store:
        sample = store.query_subscriptions(limit=1, offset=args.subscriptions // 2)[0]
        cases: list[tuple[str, Callable[[], object]]] = [
            ("count all", lambda: store.count_subscriptions()),
            ("status counts", lambda: store.status_counts()),
            ("status counts, search 'acme'", lambda: store.status_counts("acme")),
            (
                "filter Past due+Unpaid, first 100 by next billing",
                lambda: store.query_subscriptions(
                    SubscriptionFilter(statuses=attention), SortKey.NEXT_BILLING, False, limit=100
                ),
            ),
            (
                "filter Past due+Unpaid, all rows",
                lambda: store.query_subscriptions(
                    SubscriptionFilter(statuses=attention), SortKey.NEXT_BILLING, False
                ),
            ),
            (
                "filter Collection paused, all rows",
                lambda: store.query_subscriptions(SubscriptionFilter(collection_paused=True)),
            ),
            (
                "filter Active, first 100 by amount desc",
                lambda: store.query_subscriptions(
                    SubscriptionFilter(statuses=frozenset({DisplayStatus.ACTIVE})),
                    SortKey.AMOUNT,
                    True,
                    limit=100,
                ),
            ),
            (
                "search name 'juno acme', all rows",
                lambda: store.query_subscriptions(SubscriptionFilter(search="juno acme")),
            ),
            (
                "search e-mail 'example42.test', all rows",
                lambda: store.query_subscriptions(SubscriptionFilter(search="example42.test")),
            ),
            (
                "search subscription ID",
                lambda: store.query_subscriptions(SubscriptionFilter(search=sample.id)),
            ),
            (
                "search with no match",
                lambda: store.query_subscriptions(SubscriptionFilter(search="zzzz-nothing")),
            ),
        ]
        for key in SortKey:
            cases.append(
                (
                    f"sort by {key.value}, first 100",
                    partial(store.query_subscriptions, sort=key, descending=False, limit=100),
                )
            )
        for key in (SortKey.CUSTOMER, SortKey.AMOUNT, SortKey.NEXT_BILLING):
            cases.append(
                (
                    f"sort by {key.value}, all rows",
                    partial(store.query_subscriptions, sort=key, descending=True),
                )
            )
            cases.append(
                (
                    f"sort by {key.value}, IDs only (all)",
                    partial(store.subscription_ids, sort=key, descending=True),
                )
            )
        order = store.subscription_ids(sort=SortKey.CUSTOMER, descending=False)
        cases.append(("rows for 100 visible IDs", lambda: store.rows_for_ids(order[5000:5100])))
        cases += [
            ("MRR by currency", store.mrr_by_currency),
            ("at risk by currency", store.at_risk_by_currency),
            ("subscription detail", lambda: store.subscription_detail(sample.id)),
            (
                "customer's subscriptions",
                lambda: store.customer_subscriptions(sample.customer_id or ""),
            ),
        ]
        for name, work in cases:
            ms, cpu_ms, result = timed(work, args.repeat)
            print(f"{name:58} {ms:9.1f} ms {cpu_ms:9.1f} ms   ({_size(result)})")
        counts = store.status_counts()
        print("status counts:", {k: v for k, v in counts.items() if v})
        print("MRR:", {k: str(v) for k, v in store.mrr_by_currency().items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
