"""Window state persists between runs (QSettings), and never holds a key."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_filter_columns_and_sort_are_remembered(qtbot: Any, isolated_app_dirs: Any) -> None:
    from PySide6.QtCore import Qt

    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.subscription_model import Column

    create_application()
    first = MainWindow()
    qtbot.addWidget(first)
    first.chips.select("past_due")
    first.table.setColumnWidth(Column.EMAIL, 333)
    first.table.horizontalHeader().setSortIndicator(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    assert second.chips.current() == "past_due"
    assert second.table.columnWidth(Column.EMAIL) == 333
    header = second.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.AMOUNT
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert second.model.sort_column == Column.AMOUNT

    from ui.settings import settings_path

    assert settings_path().is_relative_to(isolated_app_dirs)
    texts = [p.read_text(errors="replace") for p in isolated_app_dirs.rglob("*.ini")]
    assert texts
    for text in texts:
        assert "sk_" not in text
        assert "rk_" not in text
