"""``billing-manager sync`` and ``export`` in a subprocess against the emulator, with the
key in STRIPE_API_KEY and --api-base, as a script would run them."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.emulator import Emulator
from desktop_app.money import to_decimal
from tests.accounts.conftest import secret_service  # noqa: F401 (a fixture)
from tests.sync.oracle import expected_amount, expected_status, raw_subscriptions

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, key: str | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)  # carries the per-test XDG directories
    env["PYTHONPATH"] = str(ROOT)
    env.pop("STRIPE_API_KEY", None)
    if key is not None:
        env["STRIPE_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.slow
def test_export_matches_the_emulator_status_by_status_and_amount_by_amount(
    emu: Emulator, tmp_path: Path
) -> None:
    sub_id = next(i for i, s in raw_subscriptions(emu).items() if s["status"] == "active")
    customer_id = emu.state.subscriptions[sub_id]["customer"]
    emu.update_customer(customer_id, name='=HYPERLINK("http://x.example","click")')
    out = tmp_path / "subs.csv"

    done = cli("export", "--api-base", emu.base_url, "-o", str(out), key=emu.api_key)

    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "Wrote" in done.stderr
    assert emu.api_key not in done.stderr
    raw = raw_subscriptions(emu)
    exported = {row["subscription_id"]: row for row in read_csv(out)}
    assert exported.keys() == raw.keys()
    assert Counter(r["status"] for r in exported.values()) == Counter(
        expected_status(s) for s in raw.values()
    )
    for sub_id_, sub in raw.items():
        row = exported[sub_id_]
        assert row["status"] == expected_status(sub)
        amount = expected_amount(sub)
        if amount is None:
            assert row["amount"] == ""
        else:
            assert Decimal(row["amount"]) == to_decimal(amount, sub["currency"])
        assert row["currency"] == sub["currency"].upper()
    customers_subs = [s for s in raw.values() if s["customer"] == customer_id]
    for sub in customers_subs:
        assert (
            exported[sub["id"]]["customer_name"] == "'" + '=HYPERLINK("http://x.example","click")'
        )


@pytest.mark.slow
def test_filters_offline_and_sync(emu: Emulator, tmp_path: Path) -> None:
    first = cli("sync", "--api-base", emu.base_url, key=emu.api_key)
    assert first.returncode == 0, first.stderr
    assert "(full)" in first.stderr
    again = cli("sync", "--api-base", emu.base_url, key=emu.api_key)
    assert again.returncode == 0, again.stderr
    assert "(incremental)" in again.stderr

    emu.clear_request_log()
    out = tmp_path / "past_due.csv"
    done = cli(
        "export",
        "--offline",
        "--api-base",
        emu.base_url,
        "--status",
        "past_due",
        "--status",
        "unpaid",
        "-o",
        str(out),
        key=emu.api_key,
    )
    assert done.returncode == 0, done.stderr
    assert emu.request_log == []  # offline: not one request
    raw = raw_subscriptions(emu)
    wanted = {i for i, s in raw.items() if expected_status(s) in {"past_due", "unpaid"}}
    assert {row["subscription_id"] for row in read_csv(out)} == wanted

    paused = tmp_path / "paused.csv"
    done = cli(
        "export", "--offline", "--api-base", emu.base_url, "--collection-paused",
        "-o", str(paused), key=emu.api_key,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    got = read_csv(paused)
    assert got
    assert all(row["collection_paused_behavior"] for row in got)


def test_offline_without_a_previous_sync_says_so(emu: Emulator, tmp_path: Path) -> None:
    done = cli(
        "export", "--offline", "--api-base", emu.base_url, "-o", str(tmp_path / "x.csv"),
        key=emu.api_key,
    )  # fmt: skip
    assert done.returncode == ExitCode.OFFLINE_NO_CACHE
    assert "billing-manager sync" in done.stderr
    assert not (tmp_path / "x.csv").exists()


def test_unwritable_output_is_a_clear_error_and_leaves_no_file(
    emu: Emulator, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "out.csv"
    done = cli("export", "--api-base", emu.base_url, "-o", str(target), key=emu.api_key)
    assert done.returncode == ExitCode.ERROR
    assert "Could not write the CSV file" in done.stderr
    assert not target.parent.exists()


def test_missing_or_revoked_key_exit_with_the_auth_code(emu: Emulator) -> None:
    done = cli("sync", "--api-base", emu.base_url, key=None)
    assert done.returncode == ExitCode.AUTH
    assert "STRIPE_API_KEY" in done.stderr
    emu.revoke_key(emu.api_key)
    done = cli("sync", "--api-base", emu.base_url, key=emu.api_key)
    assert done.returncode == ExitCode.AUTH
    assert "revoked or rolled" in done.stderr
    assert emu.api_key not in done.stderr


@pytest.mark.slow
def test_unreachable_api_base_exits_with_the_network_code() -> None:
    done = cli("sync", "--api-base", "http://127.0.0.1:9", key="sk_test_FAKEunreachable1")
    assert done.returncode == ExitCode.NETWORK
    assert "Could not reach http://127.0.0.1:9" in done.stderr


def test_unknown_profile_is_named() -> None:
    done = cli("sync", "--profile", "Nope Ltd", key=None)
    assert done.returncode == ExitCode.NOT_FOUND
    assert "Nope Ltd" in done.stderr


@pytest.mark.keyring
@pytest.mark.usefixtures("secret_service")
def test_a_profile_with_its_key_in_the_keyring(emu: Emulator, tmp_path: Path) -> None:
    from desktop_app.accounts import Accounts
    from desktop_app.profiles import Profile

    Accounts().connect(
        Profile(name="Emulator Test", mode="test", api_base=emu.base_url), emu.api_key
    )
    done = cli("sync", "--profile", "Emulator Test", key=None)
    assert done.returncode == 0, done.stderr
    assert "(full)" in done.stderr
    out = tmp_path / "profile.csv"
    done = cli("export", "--profile", "Emulator Test", "--offline", "-o", str(out), key=None)
    assert done.returncode == 0, done.stderr
    assert len(read_csv(out)) == len(emu.state.subscriptions)
