"""The one rule for links handed to a browser (desktop_app/browser_links.py)."""

from __future__ import annotations

import logging

import pytest

from desktop_app.browser_links import (
    MAX_LINK_LENGTH,
    LinkProblem,
    UnsafeLink,
    check_link,
    link_problem,
)
from tests.hostile_links import HOSTILE_LINKS

# Stripe's own links, as its API reference shows them: a portal session's url
# (https://docs.stripe.com/api/customer_portal/sessions/object), an invoice's
# hosted_invoice_url and invoice_pdf (https://docs.stripe.com/api/invoices/object),
# a portal configuration's login page; the emulator's, on this computer.
ALLOWED = [
    "https://billing.stripe.com/p/session/test_YWNjdF8xTTJKVGtMa2RJd0h1N2l4LF9OY2lBYjJXcHY4a2NPck96UjBEbFVYRnU5bjlwVUF50100BUtQs3bl",
    "https://invoice.stripe.com/i/acct_1M2JTkLkdIwHu7ix/test_YWNjdF8xTTJKVGtMa2RJd0h1N2l4LF9OY2lBOFBkQjJXcHY4a2NPck96UjBEbFVYRnU5bjlwVUF50100BUtQs3bl?s=ap",
    "https://pay.stripe.com/invoice/acct_1M2JTkLkdIwHu7ix/test_YWNjdF8xTTJKVGtMa2RJd0h1N2l4/pdf?s=ap",
    "https://billing.stripe.com/p/login/test_9AQ3ek4gK5A0fsA7ss",
    "https://dashboard.stripe.com/test/subscriptions/sub_1MowQVLkdIwHu7ixeRlqHVzs",
    "https://sangeekp-15t6ai--customer_portal-mydev.dev.stripe.me/session/x",
    "HTTPS://Billing.Stripe.com/p/session/x",
    "http://127.0.0.1:41235/p/session/bps_demo?x=1",
    "http://127.0.0.1:41235/i/in_123/pdf",
    "http://[::1]:8000/i/in_123",
    "https://203.0.113.9/i/in_123",
]


@pytest.mark.parametrize("url", ALLOWED)
def test_https_links_and_http_to_this_computer_are_allowed(url: str) -> None:
    assert link_problem(url) is None
    link = check_link(url)
    assert link.url == url
    assert link.scheme in ("http", "https")


@pytest.mark.parametrize("case", list(HOSTILE_LINKS))
def test_hostile_links_are_refused_with_a_message_that_says_why_and_what_to_do(
    case: str, caplog: pytest.LogCaptureFixture
) -> None:
    url, says = HOSTILE_LINKS[case]
    with (
        caplog.at_level(logging.WARNING, "desktop_app.browser_links"),
        pytest.raises(UnsafeLink) as refused,
    ):
        check_link(url)
    message = refused.value.message
    assert says in message
    assert "Nothing was opened" in message
    assert "Stripe Dashboard" in message
    assert url not in message  # the message never repeats the link (it may be a secret)
    logged = caplog.text
    assert "Refused to open a link" in logged
    assert "/p/session/x" not in logged  # scheme and host only


def test_the_limit_is_on_the_length() -> None:
    base = "https://billing.stripe.com/p/session/"
    assert link_problem(base + "a" * (MAX_LINK_LENGTH - len(base))) is None
    assert link_problem(base + "a" * (MAX_LINK_LENGTH - len(base) + 1)) is LinkProblem.TOO_LONG


@pytest.mark.parametrize("char", ["\t", "\r", "\x00", "\x7f", "\u200b", "\u2028", "\ufeff", "\x85"])
def test_every_invisible_or_control_character_is_refused(char: str) -> None:
    assert link_problem(f"https://billing.stripe.com/p/{char}session/x") is LinkProblem.CONTROL
