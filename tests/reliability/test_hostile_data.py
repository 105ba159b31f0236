"""A Stripe-compatible server that sends malformed fields, one per case: the object is
skipped and named (stderr, the log), everything else syncs, nothing reaches the user
as a traceback. Through the real path: the emulator over HTTP (its answers corrupted,
``emulator/corruptions.py``), ``billing-manager sync``, the cache, the CSV export.

What Stripe sends (its API reference, https://docs.stripe.com/api/subscriptions/object
and https://docs.stripe.com/api/prices/object; stripe-python's ``Subscription`` and
``Price`` type them the same way): ``created`` and every other time is a "timestamp",
an integer "measured in seconds since the Unix epoch"; ``unit_amount`` "a positive
integer in cents (or local equivalent)"; ``unit_amount_decimal`` a "decimal string with
at most 12 decimal places"; an item's ``quantity`` an integer.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.cli.main import main as cli_main
from desktop_app.emulator import Emulator
from desktop_app.emulator.corruptions import MISSING
from desktop_app.logging_setup import log_file_path
from desktop_app.paths import data_dir
from desktop_app.store import Store

pytestmark = pytest.mark.bad_input

YEAR_10000 = 253_402_300_800  # 10000-01-01T00:00:00Z: one second past what a datetime holds
BAD_TIMES: dict[str, Any] = {
    "1e20": 10**20,
    "year-10000": YEAR_10000,
    "negative": -1,
    "text": "abc",
    "fraction": 1.5,
    "boolean": True,
}


def _sync(capsys: pytest.CaptureFixture[str], emu: Emulator, *more: str) -> tuple[int, str]:
    code = cli_main(["sync", "--api-base", emu.base_url, *more])
    return code, capsys.readouterr().err


def _export(capsys: pytest.CaptureFixture[str], emu: Emulator, out: Path) -> list[list[str]]:
    code = cli_main(["export", "--api-base", emu.base_url, "--offline", "-o", str(out)])
    assert code == ExitCode.OK, capsys.readouterr().err
    with out.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))[1:]


def _cached_ids() -> set[str]:
    (path,) = (data_dir() / "cache").glob("env-*.sqlite3")
    store = Store.open(path)
    try:
        return {row.id for row in store.query_subscriptions()}
    finally:
        store.close()


def _plain_subscription(emu: Emulator) -> dict[str, Any]:
    """An active subscription with one licensed, per-unit item."""
    with emu.lock:
        for sub in emu.state.subscriptions.values():
            items = sub["items"]["data"]
            price = items[0]["price"]
            if (
                sub["status"] == "active"
                and len(items) == 1
                and price["recurring"]["usage_type"] == "licensed"
                and price["billing_scheme"] == "per_unit"
            ):
                return sub
    raise AssertionError("the demo account has no plain active subscription")


def _subscriptions_on(emu: Emulator, price_id: str) -> set[str]:
    with emu.lock:
        return {
            sub["id"]
            for sub in emu.state.subscriptions.values()
            for item in sub["items"]["data"]
            if item["price"]["id"] == price_id
        }


def _all_ids(emu: Emulator) -> set[str]:
    with emu.lock:
        return set(emu.state.subscriptions.keys())


def _assert_skipped(
    capsys: pytest.CaptureFixture[str],
    emu: Emulator,
    tmp_path: Path,
    skipped: set[str],
    field: str,
) -> None:
    """Sync: exit 0, the skipped IDs named on stderr and (with the field) in the log,
    every other subscription in the cache and the CSV."""
    everything = _all_ids(emu)
    code, err = _sync(capsys, emu)
    assert code == ExitCode.OK, err
    assert "Traceback" not in err
    assert f"skipped ({len(skipped)})" in err
    assert "Everything else was synced; the details are in the log in" in err
    named = err.split("skipped (", 1)[1]
    for ident in sorted(skipped)[:10]:
        assert ident in named
    log = log_file_path().read_text(encoding="utf-8")
    for ident in skipped:
        assert f" {ident}: " in log
    assert f": {field} " in log or f".{field} " in log
    assert _cached_ids() == everything - (skipped & everything)
    exported = {row[0] for row in _export(capsys, emu, tmp_path / "out.csv")}
    assert exported == everything - skipped


# -- times ----------------------------------------------------------------------------


@pytest.mark.parametrize("case", [*BAD_TIMES, "null"])
def test_a_subscription_whose_created_is_not_a_time_is_skipped(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    case: str,
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    sub = _plain_subscription(emu)
    emu.corruptions.set(sub["id"], "created", BAD_TIMES.get(case))  # null: a required time
    _assert_skipped(capsys, emu, tmp_path, {sub["id"]}, "created")


@pytest.mark.parametrize("case", list(BAD_TIMES))
def test_an_optional_time_that_is_not_a_time_skips_its_subscription(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    case: str,
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    sub = _plain_subscription(emu)
    emu.corruptions.set(sub["id"], "cancel_at", BAD_TIMES[case])
    _assert_skipped(capsys, emu, tmp_path, {sub["id"]}, "cancel_at")


@pytest.mark.parametrize(
    ("where", "field"),
    [("customer", "created"), ("item", "current_period_end")],
)
def test_a_bad_time_inside_an_expanded_object_skips_the_subscription(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    where: str,
    field: str,
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    sub = _plain_subscription(emu)
    if where == "customer":
        customer = sub["customer"]
        with emu.lock:
            skipped = {
                s["id"] for s in emu.state.subscriptions.values() if s["customer"] == customer
            }
        emu.corruptions.set(customer, field, 10**20)
    else:
        emu.corruptions.set(sub["items"]["data"][0]["id"], field, "tomorrow")
        skipped = {sub["id"]}
    _assert_skipped(capsys, emu, tmp_path, skipped, field)


# -- amounts ----------------------------------------------------------------------------

BAD_AMOUNTS: dict[str, Any] = {
    "1e30": 10**30,
    "-1e30": -(10**30),
    "text": "12",
    "fraction": 1.5,
}


@pytest.mark.parametrize("case", list(BAD_AMOUNTS))
def test_a_price_whose_amount_is_not_a_whole_number_is_skipped_with_its_subscriptions(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    case: str,
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    price_id = _plain_subscription(emu)["items"]["data"][0]["price"]["id"]
    emu.corruptions.set(price_id, "unit_amount", BAD_AMOUNTS[case])
    skipped = {price_id} | _subscriptions_on(emu, price_id)
    _assert_skipped(capsys, emu, tmp_path, skipped, "unit_amount")


@pytest.mark.parametrize("case", ["NaN", "1e999999", "0.1234567890123"])
def test_a_decimal_amount_that_cannot_be_held_is_skipped(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    case: str,
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    price_id = _plain_subscription(emu)["items"]["data"][0]["price"]["id"]
    emu.corruptions.set(price_id, "unit_amount", None)
    emu.corruptions.set(price_id, "unit_amount_decimal", case)
    skipped = {price_id} | _subscriptions_on(emu, price_id)
    _assert_skipped(capsys, emu, tmp_path, skipped, "unit_amount_decimal")


@pytest.mark.parametrize("case", ["1e30", "1e15-times-the-price"])
def test_a_huge_quantity_is_skipped(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    case: str,
) -> None:
    """10**15 itself is a quantity the app holds; times a price of 2 or more it is not."""
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    sub = _plain_subscription(emu)
    assert sub["items"]["data"][0]["price"]["unit_amount"] >= 2
    huge = case == "1e30"
    emu.corruptions.set(sub["id"], "items.data.0.quantity", 10**30 if huge else 10**15)
    field = "items.0.quantity" if huge else "items.0 (price times quantity)"
    _assert_skipped(capsys, emu, tmp_path, {sub["id"]}, field)


def test_an_open_invoice_amount_that_cannot_be_held_is_skipped(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """The latest invoice of a past-due subscription (its dunning state)."""
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    with emu.lock:
        past_due = next(s for s in emu.state.subscriptions.values() if s["status"] == "past_due")
    invoice_id = past_due["latest_invoice"]
    emu.corruptions.set(invoice_id, "amount_remaining", 10**30)
    code, err = _sync(capsys, emu)
    assert code == ExitCode.OK
    assert f"skipped (1): {invoice_id}." in err
    log = log_file_path().read_text(encoding="utf-8")
    assert f"Skipped invoice {invoice_id}: amount_remaining is " in log
    assert _cached_ids() == _all_ids(emu)  # its subscription is there, without the invoice


# -- through an incremental sync --------------------------------------------------------


@pytest.mark.parametrize("case", ["created-text", "period-end-1e20", "event-time-text"])
def test_a_changed_object_that_cannot_be_read_keeps_its_last_good_version(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    sub = _plain_subscription(emu)
    assert _sync(capsys, emu, "--full")[0] == ExitCode.OK
    emu.update_subscription(sub["id"], description="changed on the server")
    with emu.lock:
        event = max(emu.state.events.values(), key=lambda e: e["created"])
    if case == "created-text":
        emu.corruptions.set(sub["id"], "created", "abc")
        skipped = sub["id"]
    elif case == "period-end-1e20":
        emu.corruptions.set(sub["id"], "items.data.0.current_period_end", 10**20)
        skipped = sub["id"]
    else:
        emu.corruptions.set(event["id"], "created", "yesterday")
        skipped = event["id"]
    code, err = _sync(capsys, emu)
    assert code == ExitCode.OK, err
    assert "(incremental)" in err
    assert f"skipped (1): {skipped}." in err
    assert "Traceback" not in err
    assert sub["id"] in _cached_ids()  # its last good version stays
    emu.corruptions.clear()
    assert _sync(capsys, emu, "--full")[0] == ExitCode.OK


def test_a_missing_id_is_named_as_such(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    sub = _plain_subscription(emu)
    emu.corruptions.set(sub["id"], "id", MISSING)
    code, err = _sync(capsys, emu)
    assert code == ExitCode.OK, err
    assert "skipped (1): (no ID)." in err
    assert _cached_ids() == _all_ids(emu) - {sub["id"]}
