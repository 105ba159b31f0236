"""Benchmark: seed the emulator with 100,000 subscriptions and list them all.

Starts ``python -m desktop_app.emulator`` as its own process (as the demo and a
developer would), reports its seeding time and memory, then lists every subscription
100 per page with ``expand[]=data.customer``: over plain HTTP/1.1 keep-alive (the
server's own speed) and through the official stripe SDK (what the app sees; the SDK's
object building dominates, so only the first ``--sdk-pages`` pages by default).

    PYTHONPATH=. python bench/emulator_listing.py [--subscriptions 100000] [--sdk-pages 100]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import stripe

ROOT = Path(__file__).resolve().parent.parent
KEY = "sk_test_FAKEbenchmark000000"


def _rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        return float("nan")
    match = re.search(r"VmRSS:\s+(\d+) kB", status.read_text())
    return int(match.group(1)) / 1024 if match else float("nan")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux), NaN elsewhere."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return float("nan")
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _start(subscriptions: int, seed: int) -> tuple[subprocess.Popen[str], str, float, float]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.emulator", "--port", "0", "--key", KEY,
         "--subscriptions", str(subscriptions), "--seed", str(seed)],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    base_url = proc.stdout.readline().rsplit(" ", 1)[1].strip()
    lines = [proc.stdout.readline() for _ in range(3)]
    seeded = re.search(r"in ([\d.]+) s \(([\d.]+) s CPU\)", lines[-1])
    if seeded is None:
        return proc, base_url, time.perf_counter() - started, float("nan")
    return proc, base_url, float(seeded.group(1)), float(seeded.group(2))


def _raw_listing(base_url: str) -> tuple[int, int, float]:
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
    headers = {"Authorization": f"Bearer {KEY}"}
    after, pages, seen = None, 0, 0
    started = time.perf_counter()
    while True:
        params = {"limit": 100, "status": "all", "expand[0]": "data.customer"}
        if after:
            params["starting_after"] = after
        conn.request("GET", f"/v1/subscriptions?{urlencode(params)}", headers=headers)
        body = json.loads(conn.getresponse().read())
        pages += 1
        seen += len(body["data"])
        if not body["has_more"]:
            break
        after = body["data"][-1]["id"]
    return pages, seen, time.perf_counter() - started


def _sdk_listing(base_url: str, max_pages: int) -> tuple[int, int, float]:
    stripe.enable_telemetry = False
    client = stripe.StripeClient(KEY, base_addresses={"api": base_url}, max_network_retries=0)
    params: dict[str, object] = {"limit": 100, "status": "all", "expand": ["data.customer"]}
    pages, seen = 0, 0
    started = time.perf_counter()
    while pages < max_pages:
        page = client.v1.subscriptions.list(params=params)  # type: ignore[arg-type]
        pages += 1
        seen += len(page.data)
        if not page.has_more:
            break
        params["starting_after"] = page.data[-1].id
    return pages, seen, time.perf_counter() - started


def _sdk_raw_listing(base_url: str, max_pages: int) -> tuple[int, int, float]:
    """The SDK's ``raw_request``: same HTTP, JSON dicts instead of StripeObjects."""
    client = stripe.StripeClient(KEY, base_addresses={"api": base_url}, max_network_retries=0)
    params: dict[str, object] = {"limit": 100, "status": "all", "expand": ["data.customer"]}
    pages, seen = 0, 0
    started = time.perf_counter()
    while pages < max_pages:
        body = client.raw_request("get", "/v1/subscriptions", **params).data
        pages += 1
        seen += len(body["data"])
        if not body["has_more"]:
            break
        params["starting_after"] = body["data"][-1]["id"]
    return pages, seen, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sdk-pages", type=int, default=100, help="0: every page")
    args = parser.parse_args()
    proc, base_url, seed_seconds, seed_cpu = _start(args.subscriptions, args.seed)
    try:
        print(
            f"seeding {args.subscriptions:,} subscriptions: {seed_seconds:.1f} s "
            f"({seed_cpu:.1f} s CPU)"
        )
        print(f"emulator memory after seeding: {_rss_mb(proc.pid):.0f} MB")
        server_cpu = _cpu_seconds(proc.pid)
        pages, seen, seconds = _raw_listing(base_url)
        server_cpu = _cpu_seconds(proc.pid) - server_cpu
        print(
            f"raw HTTP listing, 100/page, expand[]=data.customer: {seen:,} subscriptions in "
            f"{pages} pages, {seconds:.1f} s = {pages / seconds:.1f} pages/s "
            f"(emulator CPU {1000 * server_cpu / pages:.1f} ms per page)"
        )
        max_pages = args.sdk_pages or 10**9
        pages, seen, seconds = _sdk_listing(base_url, max_pages)
        print(
            f"stripe SDK listing, same parameters: {pages} pages ({seen:,} subscriptions) in "
            f"{seconds:.1f} s = {pages / seconds:.1f} pages/s"
        )
        pages, seen, seconds = _sdk_raw_listing(base_url, max_pages)
        print(
            f"stripe SDK raw_request (dicts), same parameters: {pages} pages ({seen:,} "
            f"subscriptions) in {seconds:.1f} s = {pages / seconds:.1f} pages/s"
        )
        print(f"emulator memory after listing: {_rss_mb(proc.pid):.0f} MB")
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
