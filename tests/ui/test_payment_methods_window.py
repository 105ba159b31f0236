"""The payment method in the window: the table's column, the summary card, the detail
panel; expired and expiring cards marked; a card replaced after a failed payment.

The demo account (the emulator) holds legacy card sources, SEPA Direct Debit (some
saved from iDEAL), Bacs, US bank accounts and Link (tests/sync/test_payment_methods.py
cites Stripe's documentation for each). The expected texts are worked out from the
emulator's raw objects (tests/sync/oracle.py), in Stripe's order of payment methods
(docs.stripe.com/billing/revenue-recovery/smart-retries, "Payment method ordering").
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.sync.oracle import expected_card_status, expected_method, expected_status
from tests.ui.conftest import emulator_of
from ui.formatting import format_date
from ui.subscription_model import Column

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _cell(window: Any, sub_id: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    number = window.model.find_row(sub_id)
    assert number >= 0
    return window.model.data(window.model.index(number, Column.PAYMENT), role)


def _select(qtbot: Any, window: Any, sub_id: str) -> None:
    # this subscription's details: not those of a row a refresh showed again meanwhile
    with qtbot.waitSignal(
        window.detailShown, timeout=10_000, check_params_cb=lambda shown: shown == sub_id
    ):
        assert window.table.select_id(sub_id)


def _find(window: Any, test: Any) -> tuple[str, dict[str, Any]]:
    emu = emulator_of(window)
    for row in window.model.rows():
        sub = emu.state.subscriptions[row.id]
        if test(emu, sub):
            return row.id, sub
    raise AssertionError("the demo account has no such subscription")


def test_table_card_and_panel_name_the_method_stripe_charges(qtbot: Any, demo_window: Any) -> None:
    window = demo_window

    def sepa_from_ideal(emu: Any, sub: Any) -> bool:
        found = expected_method(emu, sub)
        return bool(
            found and found[0] == "sepa_debit" and found[1]["generated_from"]["setup_attempt"]
        )

    sub_id, sub = _find(window, sepa_from_ideal)
    details = expected_method(emulator_of(window), sub)[1]  # type: ignore[index]
    label = f"SEPA Direct Debit · {details['country']} ••••{details['last4']}"
    assert _cell(window, sub_id) == label
    _select(qtbot, window, sub_id)
    assert window.card.field_text("payment_method") == label

    def legacy_only(emu: Any, sub: Any) -> bool:
        customer = emu.state.customers[sub["customer"]]
        return bool(
            customer["default_source"]
            and not sub["default_payment_method"]
            and not sub["default_source"]
        )

    sub_id, sub = _find(window, legacy_only)
    emu = emulator_of(window)
    source = emu.state.sources[emu.state.customers[sub["customer"]]["default_source"]]
    assert _cell(window, sub_id).startswith(
        f"{source['brand'].replace('MasterCard', 'Mastercard')} ••••{source['last4']}"
    )
    _select(qtbot, window, sub_id)
    shown = window.card.field_text("payment_method")
    assert f"ending in {source['last4']}, expires {source['exp_month']:02d}/" in shown
    assert "None on file" not in shown
    assert f"ending in {source['last4']}" in window.detail.fields["payment_method"].text()


def test_expired_and_expiring_cards_are_marked(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    now = datetime.now(UTC)
    for state in ("expired", "expiring"):
        sub_id, sub = _find(
            window,
            lambda emu, s, state=state: (
                expected_card_status(emu, s, now) == state
                and expected_status(s) not in {"canceled", "incomplete_expired"}
            ),
        )
        text = _cell(window, sub_id)
        assert ("· expired " if state == "expired" else "· expires ") in text, text
        assert _cell(window, sub_id, Qt.ItemDataRole.DecorationRole) is not None
        assert _cell(window, sub_id, Qt.ItemDataRole.ForegroundRole) is not None
        _select(qtbot, window, sub_id)
        problem = window.card.field_text("card_problem")
        details = expected_method(emulator_of(window), sub)[1]  # type: ignore[index]
        if state == "expired":
            assert problem == f"Expired {details['exp_month']:02d}/{details['exp_year']}"
        else:
            row = window.table.current_subscription()
            assert (
                problem == f"Expires before the next payment on {format_date(row.next_billing_at)}"
            )
    ok_id, _ = _find(
        window, lambda emu, s: expected_card_status(emu, s, now) == "ok" and s["status"] == "active"
    )
    assert _cell(window, ok_id, Qt.ItemDataRole.DecorationRole) is None
    _select(qtbot, window, ok_id)
    assert window.card.field_text("card_problem") == ""


def test_the_dunning_box_knows_the_card_was_replaced(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    emu = emulator_of(window)
    sub_id, sub = _find(
        window,
        lambda emu, s: (
            s["status"] == "active"
            and not s["pause_collection"]
            and not s["cancel_at_period_end"]
            and len(emu.state.subscriptions_by_customer[s["customer"]]) == 1
        ),
    )
    emu.fail_payment(sub_id)
    with qtbot.waitSignals([window.syncCompleted, window.viewUpdated], timeout=30_000):
        window.header.refresh_action.trigger()
    _select(qtbot, window, sub_id)
    assert "Ask the customer to update the payment method" in window.card.warning.text()
    assert window.card.portal_button.isVisible()

    emu.attach_card(sub["customer"], "378282246310005")  # the customer, in the portal
    with qtbot.waitSignals([window.syncCompleted, window.viewUpdated], timeout=30_000):
        window.header.refresh_action.trigger()
    invoice = emu.state.invoices.get(emu.state, emu.state.subscriptions[sub_id]["latest_invoice"])
    retry = datetime.fromtimestamp(invoice["next_payment_attempt"], UTC)
    expected = (
        "The customer updated the payment method after the last failed attempt. "
        f"The invoice awaits its next retry on {format_date(retry)}."
    )
    qtbot.waitUntil(lambda: expected in window.card.warning.text(), timeout=10_000)
    assert "Ask the customer" not in window.card.warning.text()
    assert not window.card.portal_button.isVisible()
    assert "ending in 0005" in window.card.field_text("payment_method")
