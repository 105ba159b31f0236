"""Portal sessions and configurations (SDK), and the demo portal's forms (plain HTTP)."""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request

import pytest
import stripe

from desktop_app.emulator import Emulator


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
        return response.read().decode()


def _post(url: str, form: dict[str, str]) -> str:
    data = urllib.parse.urlencode(form).encode()
    with urllib.request.urlopen(url, data=data, timeout=10) as response:  # noqa: S310
        return response.read().decode()


def _customer_with_card_and_subscription(
    emu: Emulator, client: stripe.StripeClient
) -> stripe.Subscription:
    subs = client.v1.subscriptions.list(params={"limit": 100, "status": "active"}).data
    return next(
        s
        for s in subs
        if not s.cancel_at_period_end
        and emu.state.customers[s.customer]["invoice_settings"]["default_payment_method"]
    )


def test_configurations_list_with_login_page(client: stripe.StripeClient, emu: Emulator) -> None:
    configs = client.v1.billing_portal.configurations.list().data
    default = [c for c in configs if c.is_default]
    assert len(default) == 1
    assert default[0].login_page.enabled is True
    assert default[0].login_page.url.startswith(f"{emu.base_url}/p/login/")
    assert "Sign in" in _get(default[0].login_page.url)
    only_default = client.v1.billing_portal.configurations.list(params={"is_default": True})
    assert [c.id for c in only_default.data] == [default[0].id]


def test_session_url_is_served_by_the_emulator(emu: Emulator, client: stripe.StripeClient) -> None:
    sub = _customer_with_card_and_subscription(emu, client)
    config = client.v1.billing_portal.configurations.list().data[-1]
    session = client.v1.billing_portal.sessions.create(
        params={
            "customer": sub.customer,
            "return_url": "https://example.com/account",
            "configuration": config.id,
            "locale": "nl",
            "flow_data": {
                "type": "subscription_cancel",
                "subscription_cancel": {"subscription": sub.id},
                "after_completion": {
                    "type": "redirect",
                    "redirect": {"return_url": "https://example.com/done"},
                },
            },
        }
    )
    assert session.url.startswith(f"{emu.base_url}/p/session/")
    assert session.locale == "nl"
    assert session.configuration == config.id
    assert session.flow.type == "subscription_cancel"
    assert session.flow.subscription_cancel.subscription == sub.id
    assert session.flow.after_completion.redirect.return_url == "https://example.com/done"
    page = _get(session.url)
    assert emu.state.customers[sub.customer]["email"] in page
    assert sub.id in page
    assert all(r.path == "/p/session/***" for r in emu.request_log if r.path.startswith("/p/"))


def test_session_errors(emu: Emulator, client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as caught:
        client.v1.billing_portal.sessions.create(params={"return_url": "https://example.com"})
    assert caught.value.param == "customer"
    with pytest.raises(stripe.InvalidRequestError) as caught:
        client.v1.billing_portal.sessions.create(params={"customer": "cus_nobody"})
    assert caught.value.http_status == 404
    sub = _customer_with_card_and_subscription(emu, client)
    with pytest.raises(stripe.InvalidRequestError) as caught:
        client.v1.billing_portal.sessions.create(params={"customer": sub.customer, "locale": "xx"})
    assert caught.value.param == "locale"


def test_portal_forms_change_state_and_write_events(
    emu: Emulator, client: stripe.StripeClient
) -> None:
    sub = _customer_with_card_and_subscription(emu, client)
    session = client.v1.billing_portal.sessions.create(
        params={"customer": sub.customer, "return_url": "https://example.com/account"}
    )
    page = _get(session.url)
    actions = re.findall(r'action="([^"]+)"', page)
    card_action = next(a for a in actions if a.endswith("/payment_method"))
    cancel_action = next(a for a in actions if a.endswith("/cancel"))

    done = _post(emu.base_url + card_action, {"card": "5555555555554444"})
    assert "ending in 4444" in done
    assert 'href="https://example.com/account"' in done
    customer = client.v1.customers.retrieve(
        sub.customer, params={"expand": ["invoice_settings.default_payment_method"]}
    )
    assert customer.invoice_settings.default_payment_method.card.last4 == "4444"
    types = [e.type for e in client.v1.events.list(params={"limit": 10}).data]
    assert "payment_method.attached" in types
    assert "customer.updated" in types

    done = _post(emu.base_url + cancel_action, {"subscription": sub.id})
    assert "will end on" in done
    assert client.v1.subscriptions.retrieve(sub.id).cancel_at_period_end is True
    renew_action = next(a for a in re.findall(r'action="([^"]+)"', done) if a.endswith("/renew"))
    _post(emu.base_url + renew_action, {"subscription": sub.id})
    assert client.v1.subscriptions.retrieve(sub.id).cancel_at_period_end is False
    updates = client.v1.events.list(params={"types": ["customer.subscription.updated"]}).data
    assert [e.data.object.cancel_at_period_end for e in updates[:2]] == [False, True]


def test_unknown_session_and_bad_card(emu: Emulator, client: stripe.StripeClient) -> None:
    with pytest.raises(urllib.error.HTTPError) as caught:
        _get(f"{emu.base_url}/p/session/not-a-session")
    assert caught.value.code == 404
    sub = _customer_with_card_and_subscription(emu, client)
    session = client.v1.billing_portal.sessions.create(params={"customer": sub.customer})
    before = len(emu.state.events)
    with pytest.raises(urllib.error.HTTPError) as caught:
        _post(session.url + "/payment_method", {"card": "1234"})
    assert caught.value.code == 400
    assert len(emu.state.events) == before


def test_hosted_invoice_page_and_pdf(emu: Emulator, client: stripe.StripeClient) -> None:
    invoice = client.v1.invoices.list(params={"status": "paid", "limit": 1}).data[0]
    assert invoice.number in _get(invoice.hosted_invoice_url)
    with urllib.request.urlopen(invoice.invoice_pdf, timeout=10) as response:  # noqa: S310
        assert response.headers["Content-Type"] == "application/pdf"
        assert response.read().startswith(b"%PDF-")
