"""The numbers of the README's Reliability section, counted from the test suite.

    PYTHONPATH=$PWD python scripts/reliability_counts.py [--run-secret-scan]

Collects tests/reliability (pytest --collect-only) and counts the test cases by
marker: ``fault`` (faults injected), ``crash`` (SIGKILLs survived), ``bad_input``
(bad inputs tried), ``secret_scan``. "Secrets found" is the number of secrets the
scan reported: with --run-secret-scan the scan runs (it needs the Secret Service of
scripts/test.sh) and a pass means zero; without it, the last result is not known.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = "tests/reliability"
MARKERS = ("fault", "crash", "bad_input", "secret_scan")


def collected(marker: str) -> int:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", SUITE, "--collect-only", "-q", "-m", marker],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 5):  # 5: nothing collected
        raise SystemExit(f"collecting {SUITE} failed:\n{done.stdout}\n{done.stderr}")
    return sum(1 for line in done.stdout.splitlines() if "::" in line)


def secret_scan_passes() -> bool:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            f"{SUITE}/test_secret_scan.py",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode == 0 and " passed" in done.stdout and "skipped" not in done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--run-secret-scan", action="store_true")
    args = parser.parse_args()
    counts = {marker: collected(marker) for marker in MARKERS}
    if args.run_secret_scan:
        found = "0" if secret_scan_passes() else "see the failing secret scan"
    else:
        found = "0 (when tests/reliability/test_secret_scan.py passes)"
    print(f"- Faults injected: {counts['fault']}")
    print(f"- Crashes survived: {counts['crash']}")
    print(f"- Bad inputs tried: {counts['bad_input']}")
    print(f"- Secrets found: {found} ({counts['secret_scan']} whole-session scan)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
