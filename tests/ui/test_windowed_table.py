"""The status table over a real cache of a few thousand subscriptions: the model
holds only the ordered IDs and reads the rows the view shows, a block at a time.
The oracle is the store's full query (``query_subscriptions``), which reads every
row the old way."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from bench.bench_store import build
from desktop_app.store import SortKey, Store, SubscriptionFilter, SubscriptionRow
from tests.ui.conftest import wait_view
from ui.subscription_model import Column, SubscriptionTableModel

pytestmark = pytest.mark.gui

COUNT = 3_000


@pytest.fixture(scope="module")
def cache_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cache") / "subs.sqlite3"
    build(path, COUNT, seed=11)
    return path


@pytest.fixture
def store(cache_file: Path) -> Iterator[Store]:
    with Store.open(cache_file) as opened:
        yield opened


@pytest.fixture
def window(qtbot: Any, cache_file: Path) -> Iterator[Any]:
    from ui.app import create_application
    from ui.main_window import MainWindow

    create_application()
    win = MainWindow(ignore_saved_state=True)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    with qtbot.waitSignal(win.viewUpdated, timeout=20_000):
        win.open_session(cache_file, None, name="Big", mode="test", test=True)
    yield win
    win.shutdown()


def expected(store: Store, flt: SubscriptionFilter, key: SortKey, desc: bool) -> list[Any]:
    return store.query_subscriptions(flt, key, desc)


def customer_text(window: Any, number: int) -> str:
    return str(window.model.data(window.model.index(number, Column.CUSTOMER)))


def test_scrolling_to_the_end_shows_the_last_rows_and_keeps_few_in_memory(
    qtbot: Any, window: Any, store: Store
) -> None:
    rows = expected(store, SubscriptionFilter(), SortKey.CREATED, True)
    table, model = window.table, window.model
    assert model.rowCount() == COUNT
    assert model.ids() == [r.id for r in rows]
    table.scrollToBottom()
    last = COUNT - 1
    qtbot.waitUntil(lambda: table.rowAt(table.viewport().height() - 2) == last)
    assert customer_text(window, last) == rows[last].customer_name
    assert model.row_at(last) == rows[last]
    assert model.data(model.index(last, Column.AMOUNT)).startswith(("€", "SEK", "$", "¥", "BHD"))
    # only the blocks around what was shown are in memory, not every row
    assert 0 < model.loaded_rows() <= 300


def test_sort_and_filter_show_the_cache_query_rows(qtbot: Any, window: Any, store: Store) -> None:
    header = window.table.horizontalHeader()
    for column, key in ((Column.CUSTOMER, SortKey.CUSTOMER), (Column.AMOUNT, SortKey.AMOUNT)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            wait_view(qtbot, window, lambda c=column, o=order: header.setSortIndicator(c, o))
            desc = order == Qt.SortOrder.DescendingOrder
            rows = expected(store, SubscriptionFilter(), key, desc)
            assert window.model.ids() == [r.id for r in rows], (key, desc)
            for number in (0, 1, COUNT // 2, COUNT - 1):
                assert window.model.row_at(number) == rows[number]
    wait_view(qtbot, window, window.chips.chips["past_due"].click)
    from desktop_app.domain import DisplayStatus

    flt = SubscriptionFilter(statuses=frozenset({DisplayStatus.PAST_DUE}))
    rows = expected(store, flt, SortKey.AMOUNT, True)
    assert 0 < window.model.rowCount() == len(rows) == window.chips.chips["past_due"].count
    assert window.model.rows() == rows


def test_selection_survives_a_refilter_and_a_resort(qtbot: Any, window: Any, store: Store) -> None:
    from desktop_app.domain import DisplayStatus

    rows = expected(store, SubscriptionFilter(), SortKey.CREATED, True)
    target = next(r for r in rows[COUNT // 2 :] if r.display_status == DisplayStatus.PAST_DUE)
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        assert window.table.select_id(target.id)
    assert window.table.current_subscription() == target
    wait_view(qtbot, window, window.chips.chips["past_due"].click)
    assert window.table.current_subscription() == target
    header = window.table.horizontalHeader()
    wait_view(
        qtbot, window, lambda: header.setSortIndicator(Column.EMAIL, Qt.SortOrder.AscendingOrder)
    )
    assert window.table.current_subscription() == target
    number = window.model.find_row(target.id)
    assert window.table.currentIndex().row() == number
    visible = window.table.visualRect(window.model.index(number, 0))
    assert window.table.viewport().rect().intersects(visible)
    assert customer_text(window, number) == target.customer_name


def test_copy_rows_gives_the_selected_rows_as_text(qtbot: Any, window: Any, store: Store) -> None:
    from PySide6.QtGui import QGuiApplication

    rows = expected(store, SubscriptionFilter(), SortKey.CREATED, True)
    table, model = window.table, window.model
    chosen = [0, 1, COUNT - 1]  # the last one is in a block the view never showed
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for number in chosen:
        table.selectionModel().select(model.index(number, 0), flags)
    table.setFocus()
    QGuiApplication.clipboard().setText("")
    table.copy_action.trigger()  # a row not in memory: read and formatted on a worker
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "", timeout=10_000)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 1 + len(chosen)
    for line, number in zip(lines[1:], chosen, strict=True):
        cells = line.split("\t")
        assert cells[0] == rows[number].id
        assert cells[1] == rows[number].customer_name
        assert cells[3] == rows[number].plan_label


class BusyOnce:
    """A row source whose first read fails as a locked SQLite file does."""

    def __init__(self, rows: Sequence[SubscriptionRow]) -> None:
        self.rows = {r.id: r for r in rows}
        self.failures = 1

    def rows_for_ids(self, ids: Sequence[str]) -> list[SubscriptionRow]:
        if self.failures:
            self.failures -= 1
            raise sqlite3.OperationalError("database is locked")
        return [self.rows[i] for i in ids if i in self.rows]


def test_a_busy_cache_shows_loading_and_is_asked_again(qtbot: Any, store: Store) -> None:
    rows = store.query_subscriptions(limit=100)
    model = SubscriptionTableModel()
    model.set_ids([r.id for r in rows], BusyOnce(rows))
    first = model.index(0, Column.CUSTOMER)
    assert model.data(first) == "Loading…"
    with qtbot.waitSignal(model.dataChanged, timeout=5_000):
        pass
    assert model.data(first) == rows[0].customer_name
    assert model.row_at(99) == rows[99]


def test_the_model_over_a_cache_passes_qtmodeltester(qtmodeltester: Any, store: Store) -> None:
    rows = store.query_subscriptions(limit=300)
    model = SubscriptionTableModel()
    model.set_ids([r.id for r in rows], store)
    qtmodeltester.check(model, force_py=True)
    assert model.rows() == rows


def test_copying_every_row_reads_them_off_the_gui_thread(
    qtbot: Any, window: Any, store: Store
) -> None:
    from PySide6.QtGui import QGuiApplication

    rows = expected(store, SubscriptionFilter(), SortKey.CREATED, True)
    table = window.table
    assert window.model.loaded_rows() < COUNT
    table.selectAll()
    QGuiApplication.clipboard().setText("")
    table.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == ""  # not read on the GUI thread
    assert window.model.loaded_rows() < COUNT  # nor kept in the table's memory
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "", timeout=20_000)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 1 + COUNT
    assert [line.split("\t")[0] for line in lines[1:]] == [row.id for row in rows]
