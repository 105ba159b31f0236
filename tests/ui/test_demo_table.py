"""Demo start to a populated table; filter chips; search; sort (against the emulator)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.sync.oracle import expected_card_problem
from tests.ui.conftest import emulator_of, row_ids, stripe_subscriptions, wait_view

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _expected_statuses(window: Any) -> tuple[Counter[str], set[str], dict[str, str]]:
    from desktop_app.domain import display_status
    from desktop_app.domain.status import is_collection_paused

    subs = stripe_subscriptions(window)
    by_id = {s.id: str(display_status(s)) for s in subs}
    paused = {s.id for s in subs if is_collection_paused(s)}
    return Counter(by_id.values()), paused, by_id


def test_demo_starts_to_a_populated_table_marked_demo(demo_window: Any) -> None:
    window = demo_window
    _, _, by_id = _expected_statuses(window)
    assert sorted(row_ids(window)) == sorted(by_id)
    assert "DEMO" in window.windowTitle()
    assert window.header.mode_badge.text == "DEMO"
    assert window.header.mode_badge.isVisible()
    assert window.header.synced_label.text().startswith("Last synced")
    assert window.chips.chips["all"].count == len(by_id)


def test_each_chip_shows_its_rows_and_count(qtbot: Any, demo_window: Any) -> None:
    from ui.filter_chips import CHIPS

    window = demo_window
    counts, paused, by_id = _expected_statuses(window)
    emu = emulator_of(window)
    now = datetime.now(UTC)
    with emu.lock:  # what Stripe charges and its card's expiry (tests/sync/oracle.py)
        problems = {
            sid
            for sid, sub in emu.state.subscriptions.items()
            if expected_card_problem(emu, sub, now)
        }
    for key, _label, statuses in CHIPS:
        chip = window.chips.chips[key]
        if key == "all":
            expected = set(by_id)
        elif key == "collection_paused":
            expected = paused
        elif key == "card_problem":
            expected = problems
        else:
            expected = {sid for sid, status in by_id.items() if status in statuses}
        if chip.isChecked():  # click it from another chip, so the click changes the filter
            other = "active" if key == "all" else "all"
            wait_view(qtbot, window, lambda o=other: window.chips.select(o))
        wait_view(qtbot, window, chip.click)
        assert set(row_ids(window)) == expected, key
        assert chip.count == len(expected), key
        assert str(len(expected)) in chip.accessibleName()
    # the demo data has the cases the chips are for
    assert counts["past_due"] > 0
    assert counts["canceling"] > 0
    assert paused
    assert problems
    assert window.chips.chips["card_problem"].count == len(problems)


def test_search_narrows_rows_and_counts(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    target = window.model.rows()[len(window.model.rows()) // 2]
    needle = (target.customer_email or target.id).upper()
    wait_view(qtbot, window, lambda: window.header.search.setText(needle))
    ids = row_ids(window)
    assert target.id in ids
    for row in window.model.rows():
        haystack = " ".join(
            str(v) for v in (row.customer_name, row.customer_email, row.plan_label, row.id)
        ).casefold()
        assert needle.casefold() in haystack
    assert window.chips.chips["all"].count == len(ids)
    assert len(ids) < len(stripe_subscriptions(window))


def _check_order(values: list[Any], descending: bool) -> None:
    """Present values in order; missing ones (None) after them, in both directions."""
    present = [v for v in values if v is not None]
    assert values[: len(present)] == present, "missing values must sort last"
    assert present == sorted(present, reverse=descending)
    assert len(set(present)) > 1


@pytest.mark.parametrize(
    ("column", "key"),
    [
        (0, lambda r: (r.customer_name or r.customer_email or r.id).casefold()),
        (3, lambda r: r.amount_minor),
        (5, lambda r: r.next_billing_date),
        (6, lambda r: r.created),
    ],
)
def test_sort_orders_rows_on_native_values(
    qtbot: Any, demo_window: Any, column: int, key: Any
) -> None:
    window = demo_window
    header = window.table.horizontalHeader()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        wait_view(qtbot, window, lambda o=order: header.setSortIndicator(column, o))
        values = [key(r) for r in window.model.rows()]
        _check_order(values, descending=order == Qt.SortOrder.DescendingOrder)


def test_copy_rows_puts_tsv_on_the_clipboard(qtbot: Any, demo_window: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    window = demo_window
    window.table.setFocus()
    window.table.selectRow(0)
    window.table.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0].split("\t")[:2] == ["ID", "Customer"]
    assert lines[1].split("\t")[0] == window.model.rows()[0].id
