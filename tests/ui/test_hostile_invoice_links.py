"""The whole window, a hostile server: invoices whose links are no web addresses.

The demo window's emulator (``emu.hostile.rewrite``) lists the selected customer's
invoices with ``hosted_invoice_url`` and ``invoice_pdf`` pointing at a local file and
a network share (Stripe's invoices carry both as plain strings:
https://docs.stripe.com/api/invoices/object). The window loads them as always; Open
invoice page and Open PDF say why nothing was opened, and no URL handler, for any
scheme involved, is reached.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.ui.conftest import emulator_of
from tests.url_catcher import HOSTILE_SCHEMES, WEB_SCHEMES, UrlCatcher

pytestmark = pytest.mark.gui

PAGE = "file:///etc/passwd"
PDF = "smb://attacker.example/share/invoice.pdf"


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    c = UrlCatcher(WEB_SCHEMES + HOSTILE_SCHEMES)
    c.install()
    yield c
    c.uninstall()


def test_hostile_invoice_links_are_refused_in_the_window(
    qtbot: Any, demo_window: Any, catcher: UrlCatcher
) -> None:
    window = demo_window
    emu = emulator_of(window)
    emu.hostile.rewrite(
        "/v1/invoices", method="GET", count=None, hosted_invoice_url=PAGE, invoice_pdf=PDF
    )
    shown = window.table.current_subscription()
    row = next(  # a subscription with invoices, not shown yet (its invoices load anew)
        r for r in window.model.rows() if r.display_status == "past_due" and r is not shown
    )
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        assert window.table.select_id(row.id)
    detail = window.detail

    def fetched() -> bool:  # the cached invoices show first, then Stripe's (the server's)
        invoice = detail.current_invoice()
        return invoice is not None and invoice.hosted_invoice_url == PAGE

    qtbot.waitUntil(fetched, timeout=10_000)
    detail.hosted_button.click()
    assert "not an https:// web address" in detail.url_label.text()
    assert PAGE not in detail.url_label.text()
    detail.pdf_button.click()
    assert "Nothing was opened" in detail.url_label.text()
    assert PDF not in detail.url_label.text()
    assert catcher.urls == []
