"""Text from a hostile Stripe-compatible server, through the real path (emulator, sync,
cache, window), reaches the user as the text it is: never as HTML that restyles or
hides what is around it. (Spreadsheets: test_spreadsheet_cells.py.)

A customer sets their own name, e-mail and phone in the customer portal
(features.customer_update.allowed_updates: name, email, phone; "The Customer portal
configuration object", https://docs.stripe.com/api/customer_portal/configurations/object);
the merchant's own staff or integrations name products and portal configurations
(https://docs.stripe.com/api/products/update, .../customer_portal/configurations/update);
an unknown subscription status is shown with Stripe's own word for it. Changes reach
the app as customer.updated and product.updated events
(https://docs.stripe.com/api/events/types), which the incremental sync reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app.confirmations import ConfirmKind
from desktop_app.emulator import Emulator
from desktop_app.portal import PortalFlow
from tests.actions.conftest import tick_clock
from tests.ui.conftest import demo_window, emulator_of  # noqa: F401 - fixture
from tests.url_catcher import UrlCatcher

pytestmark = [pytest.mark.bad_input]

HOSTILE = {
    "name": '<b>Nothing will change…</b><span style="font-size:1px">',
    "email": "<i>billing</i>@example.com",
    "phone": '<a href="https://evil.example">+31 20 555 0100</a>',
    "description": "<img src=x>",
}
HOSTILE_PLAN = "<h1>Free forever</h1>"
HOSTILE_STATUS = "<s>active</s>"
HOSTILE_CONFIGURATION = "<u>Default</u>"
SHOWN = [*HOSTILE.values(), HOSTILE_PLAN, HOSTILE_STATUS, HOSTILE_CONFIGURATION]


def _visible(text: str) -> str:
    """What Qt shows of a tooltip (or an auto-format label): its HTML rendered, if Qt
    takes it for HTML."""
    if not QtGuiNamespace.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _active_row(window: Any) -> Any:
    for row in window.model.rows():
        if row.display_status.value == "active" and not row.collection_paused:
            return row
    pytest.fail("the demo data has no active subscription")


def _seed(window: Any, qtbot: Any) -> tuple[Any, str]:
    """Hostile texts on one active subscription (customer, product) and a hostile
    status on another; the window's refresh brings them in."""
    emu: Emulator = emulator_of(window)
    tick_clock(emu)
    row = _active_row(window)
    other = next(r for r in window.model.rows() if r.customer_id != row.customer_id)
    with emu.lock:
        sub = emu.state.subscriptions[row.id]
        product = sub["items"]["data"][0]["price"]["product"]
        for config in emu.state.portal_configurations.values():
            config["name"] = HOSTILE_CONFIGURATION
            emu.state.touch(config["id"])
    assert row.customer_id
    emu.update_customer(row.customer_id, **HOSTILE)
    emu.update_product(product if isinstance(product, str) else product["id"], name=HOSTILE_PLAN)
    emu.update_subscription(other.id, status=HOSTILE_STATUS)
    # the refresh, and the table's new query after it (which selects the row again)
    with qtbot.waitSignals([window.syncCompleted, window.viewUpdated], timeout=60_000):
        window.sync(full=False)
    return row, other.id


def _select(qtbot: Any, window: Any, subscription_id: str) -> None:
    # this subscription's details: not those of a row a refresh showed again meanwhile
    with qtbot.waitSignal(
        window.detailShown, timeout=10_000, check_params_cb=lambda shown: shown == subscription_id
    ):
        assert window.table.select_id(subscription_id)


def _check_widgets(widgets: list[QWidget]) -> list[str]:
    """Every label shows plain text; every tooltip shows hostile text as written.
    Returns the texts of the labels, for what they must contain."""
    texts = []
    for widget in widgets:
        if isinstance(widget, QLabel):
            assert widget.textFormat() == Qt.TextFormat.PlainText, widget.objectName()
            texts.append(widget.text())
        tips = [widget.toolTip(), *(a.toolTip() for a in widget.findChildren(QAction))]
        for tip in tips:
            for text in SHOWN:
                if text in tip or _visible(text) in _visible(tip):
                    assert text in _visible(tip), (widget.objectName(), tip)
    return texts


def _model_tooltips(window: Any) -> list[str]:
    model = window.model
    return [
        _visible(str(model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole) or ""))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    c = UrlCatcher()
    c.install()
    yield c
    c.uninstall()


@pytest.mark.gui
@pytest.mark.slow
def test_no_widget_shows_stripe_text_as_html(
    qtbot: Any,
    demo_window: Any,  # noqa: F811
    catcher: UrlCatcher,
) -> None:
    window = demo_window
    row, unknown_id = _seed(window, qtbot)
    _select(qtbot, window, row.id)
    shown = " ".join(_check_widgets(window.findChildren(QWidget)))
    for text in (HOSTILE["name"], HOSTILE["email"], HOSTILE["phone"], HOSTILE_PLAN):
        assert text in shown  # the summary card and the billing details, as written
    tooltips = _model_tooltips(window)
    assert any(HOSTILE_STATUS in tip for tip in tooltips)  # "Stripe reports the status …"
    assert any(unknown_id in tip for tip in tooltips)

    controller = window.account_actions.controller
    for kind in (ConfirmKind.CANCEL, ConfirmKind.PAUSE):
        dialog = controller.request(kind, row.id)
        assert dialog is not None
        texts = _check_widgets([dialog, *dialog.findChildren(QWidget)])
        assert any(f"{HOSTILE['name']}’s subscription" in t for t in texts)
        dialog.reject()

    portal = controller.open_portal(row.id, PortalFlow.PAYMENT_METHOD_UPDATE)
    assert portal is not None
    texts = _check_widgets([portal, *portal.findChildren(QWidget)])
    assert any(HOSTILE["name"] in t for t in texts)  # "Creating a portal link for …"
    qtbot.waitUntil(lambda: bool(catcher.urls), timeout=10_000)
    _check_widgets([portal, *portal.findChildren(QWidget)])
    portal.reject()

    configurations = controller.show_configurations()
    assert configurations is not None
    with qtbot.waitSignal(configurations.loaded, timeout=10_000):
        pass
    _check_widgets([configurations, *configurations.findChildren(QWidget)])
    assert configurations.table.item(0, 0).text().startswith(HOSTILE_CONFIGURATION)
    configurations.reject()

    audit = controller.show_audit()
    _check_widgets([audit, *audit.findChildren(QWidget)])
    audit.reject()
    # and anything else that is open, whichever window holds it
    _check_widgets(QApplication.allWidgets())
