"""Benchmark: the emulator's own CPU time per page of the sync's subscription listing.

The emulator runs in a child process (bench/emulator_process.py) on the machine that
also runs the sync, so each millisecond it spends per page is taken from the sync.
Lists every subscription 100 per page with the sync's expansions, over one keep-alive
http.client connection, and reads the child's user + system CPU from /proc/<pid>/stat.
The first pass over the account is "cold" (nothing encoded yet); later passes read
what the emulator kept.

    PYTHONPATH=. .venv/bin/python bench/emulator_cpu.py [--subscriptions 5000] [--requests 200]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.emulator_process import EmulatorProcess

EXPAND = (
    "data.customer",
    "data.default_payment_method",
    "data.customer.invoice_settings.default_payment_method",
)


def cpu_seconds(pid: int) -> tuple[float, float]:
    """User and system CPU seconds of a process (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / tick, int(fields[12]) / tick


def page_path(after: str | None) -> str:
    params: list[tuple[str, str]] = [("limit", "100"), ("status", "all")]
    params += [("expand[]", path) for path in EXPAND]
    if after:
        params.append(("starting_after", after))
    return f"/v1/subscriptions?{urlencode(params)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subscriptions", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    passes: list[tuple[int, float, float, int]] = []  # pages, user s, system s, bytes
    with EmulatorProcess(seed=7, subscriptions=args.subscriptions, latency_ms=0) as emu:
        parts = urlsplit(emu.base_url)
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
        headers = {"Authorization": f"Bearer {emu.api_key}"}
        after: str | None = None
        pages, size, start = 0, 0, cpu_seconds(emu.pid)
        for i in range(args.requests):
            conn.request("GET", page_path(after), headers=headers)
            body = conn.getresponse().read()
            pages += 1
            size += len(body)
            page = json.loads(body)
            after = page["data"][-1]["id"] if page["has_more"] else None
            if after is None or i == args.requests - 1:
                now = cpu_seconds(emu.pid)
                passes.append((pages, now[0] - start[0], now[1] - start[1], size))
                pages, size, start = 0, 0, now
        conn.close()
    total_pages = sum(p[0] for p in passes)
    total_cpu = sum(p[1] + p[2] for p in passes)
    print(f"{args.subscriptions} subscriptions, {total_pages} requests")
    for i, (n, user, system, size) in enumerate(passes):
        print(
            f"  pass {i + 1} ({'cold' if i == 0 else 'warm'}): {n} pages, "
            f"{(user + system) * 1000 / n:.2f} ms CPU per page (user {user * 1000 / n:.2f}, "
            f"system {system * 1000 / n:.2f}), {size / n / 1000:.0f} KB per page"
        )
    print(f"  all: {total_cpu * 1000 / total_pages:.2f} ms emulator CPU per page")
    warm = passes[1:]
    if warm:
        pages = sum(p[0] for p in warm)
        cpu = sum(p[1] + p[2] for p in warm)
        print(f"  warm passes: {cpu * 1000 / pages:.2f} ms emulator CPU per page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
