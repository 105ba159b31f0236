"""The hostile server a test scripts: well-formed answers whose content lies."""

from __future__ import annotations

import pytest
import stripe

from desktop_app.emulator import Emulator
from tests.emulator.conftest import client_for


def _customer_with_invoices(client: stripe.StripeClient) -> str:
    for invoice in client.v1.invoices.list(params={"limit": 20}).data:
        if invoice.hosted_invoice_url:
            return str(invoice.customer)
    raise AssertionError("the demo account has no finalized invoice")


def test_a_rewritten_portal_session_carries_the_scripted_url(
    emu: Emulator, client: stripe.StripeClient
) -> None:
    customer = next(iter(emu.state.customers))
    emu.hostile.rewrite("/v1/billing_portal/sessions", method="POST", url="file:///etc/passwd")
    lying = client.v1.billing_portal.sessions.create(params={"customer": customer})
    assert lying.url == "file:///etc/passwd"
    honest = client.v1.billing_portal.sessions.create(params={"customer": customer})
    assert honest.url.startswith(f"{emu.base_url}/p/session/")  # used once, then gone
    assert [r.fault for r in emu.request_log][-2:] == ["hostile", None]


def test_every_object_of_a_rewritten_list_carries_the_fields(
    emu: Emulator, client: stripe.StripeClient
) -> None:
    customer = _customer_with_invoices(client)
    emu.hostile.rewrite("/v1/invoices", count=None, hosted_invoice_url="javascript:alert(1)")
    for _ in range(2):  # count=None: until cleared
        invoices = client.v1.invoices.list(params={"customer": customer}).data
        assert invoices
        assert {i.hosted_invoice_url for i in invoices} == {"javascript:alert(1)"}
        assert all(i.invoice_pdf is None or "/i/" in i.invoice_pdf for i in invoices)
    emu.hostile.clear()
    assert all(
        i.hosted_invoice_url is None or i.hosted_invoice_url.startswith(emu.base_url)
        for i in client.v1.invoices.list(params={"customer": customer}).data
    )


def test_a_scripted_error_answers_with_its_message(emu: Emulator) -> None:
    emu.hostile.error("no such thing, sk_test_x", path="/v1/customers", status=404)
    client = client_for(emu)
    assert client.v1.products.list(params={"limit": 1}).data  # another path: untouched
    with pytest.raises(stripe.InvalidRequestError) as caught:
        client.v1.customers.list(params={"limit": 1})
    assert caught.value.http_status == 404
    assert caught.value.user_message == "no such thing, sk_test_x"
    assert client.v1.customers.list(params={"limit": 1}).data


def test_a_replayed_post_is_the_true_answer(emu: Emulator) -> None:
    """The idempotency cache keeps what the server really did, not the lie told once."""
    customer = next(iter(emu.state.customers))
    client = client_for(emu)
    emu.hostile.rewrite("/v1/billing_portal/sessions", url="smb://evil/share")
    options = {"idempotency_key": "hostile-replay-1"}
    first = client.v1.billing_portal.sessions.create(
        params={"customer": customer},
        options=options,  # type: ignore[arg-type]
    )
    again = client.v1.billing_portal.sessions.create(
        params={"customer": customer},
        options=options,  # type: ignore[arg-type]
    )
    assert first.url == "smb://evil/share"
    assert again.id == first.id
    assert again.url.startswith(f"{emu.base_url}/p/session/")


def test_a_count_below_one_is_refused(emu: Emulator) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        emu.hostile.rewrite("/v1/invoices", count=0, url="x")
