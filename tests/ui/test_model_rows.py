"""The table model over rows built from the store's own dataclasses (no emulator)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain import DisplayStatus
from desktop_app.store import SortKey, SubscriptionRow
from ui.subscription_model import (
    CollectionPausedRole,
    Column,
    SortRole,
    StatusRole,
    SubscriptionTableModel,
)

pytestmark = pytest.mark.gui


def make_row(number: int, status: DisplayStatus, **changes: Any) -> SubscriptionRow:
    values: dict[str, Any] = {
        "id": f"sub_{number:04d}",
        "customer_id": f"cus_{number:04d}",
        "customer_name": f"Customer {number}",
        "customer_email": f"c{number}@example.com",
        "plan_label": "Pro",
        "amount_minor": 1000 + number,
        "currency": "eur",
        "interval_label": "Monthly",
        "display_status": status,
        "raw_status": str(status),
        "collection_paused": False,
        "pause_behavior": None,
        "pause_resumes_at": None,
        "next_billing_date": date(2026, 12, 1) + timedelta(days=number),
        "next_billing_kind": "renews",
        "cancel_at": None,
        "ended_at": None,
        "created": datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=number),
        "livemode": False,
    }
    values.update(changes)
    return SubscriptionRow(**values)


def sample_rows() -> list[SubscriptionRow]:
    statuses = list(DisplayStatus)
    rows = [make_row(n, statuses[n % len(statuses)]) for n in range(40)]
    rows.append(make_row(90, DisplayStatus.ACTIVE, amount_minor=None, collection_paused=True))
    rows.append(make_row(91, DisplayStatus.UNKNOWN, raw_status="frozen", customer_name=None))
    return rows


def test_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = SubscriptionTableModel()
    model.set_rows(sample_rows())
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_cells_show_formatted_values_and_native_sort_values() -> None:
    model = SubscriptionTableModel()
    rows = sample_rows()
    model.set_rows(rows)
    assert model.rowCount() == len(rows)
    first = model.index(0, Column.AMOUNT)
    assert model.data(first) == "€10.00 · Monthly"
    assert model.data(first, SortRole) == 1000
    assert model.data(model.index(0, Column.NEXT_BILLING), SortRole) == date(2026, 12, 1)
    assert model.data(model.index(0, Column.STATUS), StatusRole) == "active"
    metered = model.index(len(rows) - 2, Column.AMOUNT)
    assert model.data(metered) == "Metered · Monthly"
    assert model.data(model.index(len(rows) - 2, Column.STATUS), CollectionPausedRole) is True
    assert model.data(model.index(len(rows) - 2, Column.STATUS)) == "Active, Collection paused"
    unknown = len(rows) - 1
    assert model.data(model.index(unknown, Column.STATUS)) == "Unknown"
    assert "frozen" in model.data(model.index(unknown, Column.STATUS), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(unknown, Column.CUSTOMER)) == "cus_0091"


def test_sort_asks_the_owner_to_requery(qtbot: Any) -> None:
    model = SubscriptionTableModel()
    model.set_rows(sample_rows())
    with qtbot.waitSignal(model.sortRequested) as blocker:
        model.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert blocker.args == [SortKey.AMOUNT, True]


def test_tsv_has_a_header_and_one_line_per_row() -> None:
    model = SubscriptionTableModel()
    model.set_rows(sample_rows())
    lines = model.tsv([0, 2]).splitlines()
    assert len(lines) == 3
    assert lines[0].split("\t") == [
        "ID",
        "Customer",
        "E-mail",
        "Plan",
        "Amount",
        "Status",
        "Next billing",
        "Created",
        "Payment method",
    ]
    assert lines[2].split("\t")[0] == "sub_0002"
