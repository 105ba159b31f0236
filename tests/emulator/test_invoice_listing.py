"""The account-wide invoice list (no subscription or customer): built page by page.

It used to build every invoice of the account for each request (about a minute at
100,000 subscriptions, holding the emulator's GIL, so every other request timed out);
the window's permission probe (``GET /v1/invoices?limit=1``) hit it. The lazy list must
give exactly what the eager one gave: same invoices, same order, same cursors.
"""

from __future__ import annotations

import pytest
import stripe

from desktop_app.emulator import Emulator


def _eager_ids(emu: Emulator, status: str | None = None) -> list[str]:
    mode = emu.state
    return [i["id"] for i in mode.invoices.all(mode) if status is None or i["status"] == status]


def _paged_ids(client: stripe.StripeClient, limit: int, **params: object) -> list[str]:
    ids: list[str] = []
    page = client.v1.invoices.list(params={"limit": limit, **params})
    while True:
        ids += [i.id for i in page.data]
        if not page.has_more:
            return ids
        page = client.v1.invoices.list(
            params={"limit": limit, "starting_after": page.data[-1].id, **params}
        )


def test_account_wide_pages_match_every_invoice_newest_first(
    emu: Emulator, client: stripe.StripeClient
) -> None:
    subscriptions = list(emu.state.subscriptions)[:12]
    for sub_id in subscriptions[::4]:  # kept (changed) invoices and run-time ones too
        emu.fail_payment(sub_id)
    expected = _eager_ids(emu)
    assert len(expected) > 100, "several pages"
    assert _paged_ids(client, 100) == expected
    assert _paged_ids(client, 7) == expected
    created = [(i["created"], i["id"]) for i in emu.state.invoices.all(emu.state)]
    assert created == sorted(created, reverse=True)


def test_account_wide_filters_and_ending_before(emu: Emulator, client: stripe.StripeClient) -> None:
    expected = _eager_ids(emu)
    page = client.v1.invoices.list(params={"limit": 3, "ending_before": expected[10]})
    assert [i.id for i in page.data] == expected[7:10]
    assert page.has_more
    first = client.v1.invoices.list(params={"limit": 5, "ending_before": expected[2]})
    assert [i.id for i in first.data] == expected[:2]
    assert not first.has_more
    paid = _eager_ids(emu, "paid")
    assert paid
    assert _paged_ids(client, 25, status="paid") == paid
    newest = client.v1.invoices.list(params={"limit": 1})
    assert [i.id for i in newest.data] == expected[:1]
    assert newest.has_more


def test_account_wide_unknown_cursor_is_not_found(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError, match="No such invoice: 'in_nope'"):
        client.v1.invoices.list(params={"starting_after": "in_nope"})
    with pytest.raises(stripe.InvalidRequestError, match="No such invoice: 'in_nope'"):
        client.v1.invoices.list(params={"ending_before": "in_nope"})
