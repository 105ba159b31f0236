"""SIGKILL a CLI sync of 100,000 subscriptions at several points; check each time that
the cache opens with the previous snapshot and that the next sync completes.

    PYTHONPATH=$PWD python -m bench.crash_100k [--subscriptions 100000] [--budget 100]

The CI test (tests/reliability/test_crash_safety.py) runs the same scenario with
5,000 subscriptions. The emulator runs in its own process; every sync runs as
`billing-manager sync --api-base ...` with STRIPE_API_KEY, like a script would.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--budget", default="100", help="requests/s of the killed syncs")
    args = parser.parse_args()
    n = args.subscriptions

    home = Path(tempfile.mkdtemp(prefix="crash-bench-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (home / var).mkdir()
        os.environ[var] = str(home / var)

    from bench.emulator_process import EmulatorProcess
    from tests.reliability.crash_run import KillPoint
    from tests.reliability.crash_scenario import crash_once, first_snapshot

    points = [
        (KillPoint("Checking the account"), True),
        (KillPoint("Fetching subscriptions", n // 10), True),
        (KillPoint("Fetching subscriptions", n // 2), True),
        (KillPoint("Fetching subscriptions", n * 9 // 10), True),
        (KillPoint("Saving"), True),
        (KillPoint("Fetching changes"), False),
    ]
    started = time.monotonic()
    with EmulatorProcess(seed=13, subscriptions=n) as emulator:
        print(f"emulator with {n:,} subscriptions up in {time.monotonic() - started:.1f} s")
        t = time.monotonic()
        snapshot = first_snapshot(emulator, home / "snapshot")
        print(f"first full sync: {len(snapshot.rows):,} rows in {time.monotonic() - t:.1f} s")
        survived = 0
        for point, full in points:
            os.environ["XDG_DATA_HOME"] = str(home / f"run-{survived}")
            outcome = crash_once(snapshot, point, full=full, budget=args.budget)
            survived += 1
            what = "previous snapshot" if outcome.kept_previous else "new snapshot (committed)"
            print(
                f"killed {'full' if full else 'incremental'} sync at {point.label!r}"
                f"{f' >= {point.objects:,}' if point.objects else ''}: cache opened with the "
                f"{what} ({outcome.rows:,} rows); next sync {outcome.recovered_kind}, "
                f"complete ({outcome.seconds:.1f} s)"
            )
    print(f"{survived} crashes survived, {time.monotonic() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
