"""A card the network updated shows its new last 4 and expiry after a refresh (F5).

The card updater changes a saved card without any API call of the merchant's and
Stripe reports it as ``payment_method.automatically_updated`` ("Occurs whenever a
payment method's details are automatically updated by the network", stripe-python
16.1 ``Event.type``; docs.stripe.com/payments/cards/overview, "Automatic card
updates"), not as ``payment_method.updated``, which is for updates through the API.
"""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import emulator_of


def _card_of(emu: Any, sub_id: str) -> str | None:
    """The card payment method the summary card shows (the subscription's, else its
    customer's), if what Stripe charges is one."""
    sub = emu.state.subscriptions[sub_id]
    customer = emu.state.customers[sub["customer"]]
    order = (
        sub["default_payment_method"],
        sub["default_source"],
        customer["invoice_settings"]["default_payment_method"],
        customer["default_source"],
    )
    pm_id = next((ident for ident in order if ident), None)
    pm = emu.state.payment_methods.get(pm_id or "")
    return pm_id if pm is not None and pm["type"] == "card" else None


def test_a_card_updated_by_the_network_shows_after_f5(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    emu = emulator_of(window)
    row = next(
        r
        for r in window.model.rows()
        if r.display_status == "active" and _card_of(emu, r.id) is not None
    )
    pm_id = _card_of(emu, row.id)
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        assert window.table.select_id(row.id)
    old = emu.state.payment_methods[pm_id]["card"]
    assert f"ending in {old['last4']}" in window.card.field_text("payment_method")
    new_year = old["exp_year"] + 3
    emu.update_card_by_network(pm_id, last4="1881", exp=(4, new_year))

    with qtbot.waitSignal(window.syncCompleted, timeout=30_000) as refreshed:
        window.header.refresh_action.trigger()  # F5
    assert refreshed.args[0].kind == "incremental"
    expected = f"ending in 1881, expires 04/{new_year}"
    qtbot.waitUntil(lambda: expected in window.card.field_text("payment_method"), timeout=10_000)
    # One request: fewer than 100 events since the last refresh (sync/event_types.py).
    assert refreshed.args[0].requests == 1
