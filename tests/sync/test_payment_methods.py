"""The payment method Stripe charges, as a real account holds them: legacy card sources,
a subscription's own source, SEPA (saved from iDEAL too), Bacs, US bank accounts, Link;
expired and expiring cards; a card replaced after a failed payment.

Emulator over HTTP -> sync -> cache -> CSV. Stripe's rules relied on:

* order: subscription ``default_payment_method``, subscription ``default_source``,
  customer ``invoice_settings.default_payment_method``, customer ``default_source``
  ("Payment method ordering", docs.stripe.com/billing/revenue-recovery/smart-retries);
* what each type gives to tell it apart (stripe-python 16.x ``PaymentMethod.SepaDebit``
  ``bank_code``/``country``/``last4``/``generated_from``, ``.BacsDebit``
  ``sort_code``/``last4``, ``.UsBankAccount`` ``bank_name``/``last4``, ``.Link``
  ``email``); iDEAL saves a SEPA Direct Debit method for recurring payments
  (docs.stripe.com/payments/ideal/set-up-payment);
* a card is valid through the end of its expiry month (``exp_month``/``exp_year``,
  docs.stripe.com/api/cards/object).
"""

from __future__ import annotations

import csv
import math
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.emulator import Emulator
from desktop_app.export import write_csv
from desktop_app.store import Store, SubscriptionFilter
from desktop_app.stripe_api import StripeApi
from desktop_app.sync import run_sync
from tests.sync.oracle import (
    expected_card_status,
    expected_method,
    expected_status,
    raw_subscriptions,
)

Obj = dict[str, Any]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "cache.sqlite3")


def _csv(store: Store, path: Path) -> dict[str, dict[str, str]]:
    write_csv(store.query_subscriptions(), path)
    with path.open(encoding="utf-8", newline="") as handle:
        return {line["subscription_id"]: line for line in csv.DictReader(handle)}


def _first(emu: Emulator, test: Any) -> tuple[str, Obj]:
    for sub_id, sub in raw_subscriptions(emu).items():
        if test(sub):
            return sub_id, sub
    raise AssertionError("the demo account has no such subscription")


def _kind(emu: Emulator, sub: Obj) -> str | None:
    found = expected_method(emu, sub)
    if found is None:
        return None
    kind, details = found
    if kind == "sepa_debit" and (details.get("generated_from") or {}).get("setup_attempt"):
        return "sepa_ideal"
    if kind == "card" and details.get("object") == "card":
        return "legacy"
    return kind


def test_every_method_is_named_by_what_stripe_gives(
    api: StripeApi, emu: Emulator, store: Store, tmp_path: Path
) -> None:
    run_sync(api, store)
    now = datetime.now(UTC)
    lines = _csv(store, tmp_path / "out.csv")
    raw = raw_subscriptions(emu)
    kinds = {sub_id: _kind(emu, sub) for sub_id, sub in raw.items()}
    for kind in ("legacy", "sepa_debit", "sepa_ideal", "bacs_debit", "us_bank_account", "link"):
        assert kind in kinds.values(), kind
    for sub_id, sub in raw.items():
        line = lines[sub_id]
        found = expected_method(emu, sub)
        assert line["card_status"] == expected_card_status(emu, sub, now), sub_id
        if found is None:
            assert line["payment_method"] == ""
            continue
        kind, details = found
        label = line["payment_method"]
        if details.get("last4"):
            assert label.endswith(f"••••{details['last4']}"), (sub_id, label)
        if kinds[sub_id] == "legacy":  # "Visa", "MasterCard", "American Express"
            brand = {"MasterCard": "Mastercard"}.get(details["brand"], details["brand"])
            assert label == f"{brand} ••••{details['last4']}"
            year, month = details["exp_year"], details["exp_month"]
            assert line["card_expiry"] == f"{year:04d}-{month:02d}"
        elif kind == "sepa_debit":
            assert label == f"SEPA Direct Debit · {details['country']} ••••{details['last4']}"
        elif kind == "bacs_debit":
            assert label == f"Bacs Direct Debit · {details['sort_code']} ••••{details['last4']}"
        elif kind == "us_bank_account":
            assert label == f"{details['bank_name']} ••••{details['last4']}"
        elif kind == "link":  # personal data: the first letter and the domain only
            local, domain = details["email"].split("@")
            assert label == f"Link · {local[0]}…@{domain}"
            assert details["email"] not in label
        if kind != "card":
            assert line["card_expiry"] == ""
            assert line["card_status"] == "ok"


def test_legacy_sources_are_charged_in_stripes_order(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    run_sync(api, store)
    customers = emu.state.customers
    only_source, sub = _first(
        emu,
        lambda s: (
            customers[s["customer"]]["default_source"]
            and not s["default_payment_method"]
            and not s["default_source"]
        ),
    )
    source = emu.state.sources[customers[sub["customer"]]["default_source"]]
    detail = store.subscription_detail(only_source)
    assert detail is not None
    assert detail.payment_method is not None
    assert (detail.payment_method.id, detail.payment_method_source) == (
        source["id"],
        "customer_source",
    )
    assert detail.payment_method.last4 == source["last4"]
    own, sub = _first(emu, lambda s: s["default_source"])
    mine = emu.state.sources[sub["default_source"]]
    theirs = customers[sub["customer"]]["default_source"]
    assert mine["id"] != theirs  # its own card, not its customer's
    detail = store.subscription_detail(own)
    assert detail is not None
    assert detail.payment_method is not None
    assert (detail.payment_method.id, detail.payment_method_source) == (
        mine["id"],
        "subscription_source",
    )
    assert detail.customer_payment_method is not None
    assert detail.customer_payment_method.id == theirs


def test_the_sources_cost_no_request_per_subscription(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    emu.clear_request_log()
    run_sync(api, store)
    n = len(raw_subscriptions(emu))
    paths = [record.path for record in emu.request_log]
    assert not [p for p in paths if "/sources/" in p or p.startswith("/v1/payment_methods/")]
    assert len(paths) < 2 * math.ceil(n / 100) + 50


def test_new_defaults_and_card_updates_reach_the_rows(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    """Refreshes: a customer's new card (portal) moves every subscription that uses the
    customer's default; the card updater's new expiry turns an expired card ok."""
    run_sync(api, store)
    now = datetime.now(UTC)
    expired, sub = _first(
        emu,
        lambda s: (
            expected_card_status(emu, s, now) == "expired"
            and _kind(emu, s) == "card"
            and expected_status(s) == "active"
        ),
    )
    row = store.query_subscriptions(SubscriptionFilter(card_problem=True))
    assert expired in {r.id for r in row}
    card = emu.state.payment_methods[
        sub["default_payment_method"]
        or emu.state.customers[sub["customer"]]["invoice_settings"]["default_payment_method"]
    ]
    emu.update_card_by_network(card["id"], exp=(12, now.year + 3))
    assert run_sync(api, store).kind == "incremental"
    (row,) = [r for r in store.query_subscriptions() if r.id == expired]
    assert row.card_status(now).value == "ok"
    assert expired not in {
        r.id for r in store.query_subscriptions(SubscriptionFilter(card_problem=True))
    }
    # a legacy customer adds a card in the portal: its subscriptions charge that now
    legacy, sub = _first(
        emu,
        lambda s: (
            _kind(emu, s) == "legacy" and not s["default_source"] and expected_status(s) == "active"
        ),
    )
    new = emu.attach_card(sub["customer"], "5555555555554444")
    assert run_sync(api, store).kind == "incremental"
    (row,) = [r for r in store.query_subscriptions() if r.id == legacy]
    assert row.payment_method is not None
    assert (row.payment_method.brand, row.payment_method.last4) == ("mastercard", "4444")
    detail = store.subscription_detail(legacy)
    assert detail is not None
    assert detail.payment_method is not None
    assert detail.payment_method.id == new["id"]


def test_a_card_replaced_after_a_failed_payment(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    """The dunning state knows the customer replaced the card after the last failed
    attempt (the method Stripe charges is another than at that attempt), until the
    next attempt fails too."""
    active, sub = _first(
        emu,
        lambda s: (
            expected_status(s) == "active"
            and _kind(emu, s) == "card"
            and len(emu.state.subscriptions_by_customer[s["customer"]]) == 1
        ),
    )
    emu.fail_payment(active)
    run_sync(api, store)
    detail = store.subscription_detail(active)
    assert detail is not None
    assert detail.latest_invoice is not None
    assert detail.latest_invoice.attempt_count == 1
    assert not detail.method_replaced
    emu.attach_card(sub["customer"], "378282246310005")
    assert run_sync(api, store).kind == "incremental"
    detail = store.subscription_detail(active)
    assert detail is not None
    assert detail.payment_method is not None
    assert detail.payment_method.last4 == "0005"
    assert detail.method_replaced
    assert detail.latest_invoice is not None
    assert detail.latest_invoice.next_payment_attempt is not None
    emu.fail_payment(active)  # the retry fails with the new card too
    assert run_sync(api, store).kind == "incremental"
    detail = store.subscription_detail(active)
    assert detail is not None
    assert detail.latest_invoice is not None
    assert detail.latest_invoice.attempt_count == 2
    assert not detail.method_replaced
