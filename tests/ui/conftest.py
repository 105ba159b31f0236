"""The window in demo mode: the in-process emulator, a real cache, a real sync."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

DEMO_SIZE = 160  # a few hundred at most: UI tests stay fast


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Texts asserted below are English with en_US number and date formats."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def demo_window(qtbot: Any) -> Iterator[Any]:
    """A MainWindow in demo mode after its first full sync (table populated)."""
    from ui.app import create_application
    from ui.main_window import MainWindow

    create_application()
    window = MainWindow(demo=True, demo_subscriptions=DEMO_SIZE)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.syncCompleted, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    yield window
    window.shutdown()


def emulator_of(window: Any) -> Any:
    assert window.demo_runtime is not None
    return window.demo_runtime.emulator


def stripe_subscriptions(window: Any) -> list[Any]:
    """Every subscription of the demo account as Stripe's API (the emulator) reports it,
    through a separate client: the oracle for what the table must show."""
    from desktop_app.domain import parse_subscription
    from desktop_app.stripe_api import StripeApi

    emu = emulator_of(window)
    api = StripeApi(emu.api_key, api_base=emu.base_url, budget_rps=100.0)
    raw = api.list_all("/v1/subscriptions", {"status": "all"})
    return [parse_subscription(obj) for obj in raw]


def wait_view(qtbot: Any, window: Any, action: Any) -> None:
    """Run ``action`` and wait until the table shows the query result it causes."""
    with qtbot.waitSignal(window.viewUpdated, timeout=10_000):
        action()


def row_ids(window: Any) -> list[str]:
    return [row.id for row in window.model.rows()]
