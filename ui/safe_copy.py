"""Ctrl+C in a list or table copies a cell a spreadsheet will not run as a formula.

Qt's item views copy the current cell's text on Ctrl+C by themselves. The texts in
them come from Stripe (plans, invoice numbers, configuration names), and a pasted
``=HYPERLINK(...)`` runs in a spreadsheet like a typed one, so every item view of the
window copies through ``desktop_app.spreadsheet.text_cell`` instead: ``guard_copy``
on each view (the subscription table copies whole rows, protected, itself).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

from desktop_app.spreadsheet import text_cell

GUARDED = "copyGuarded"  # the dynamic property guard_copy sets (tests look for it)


class _CopyGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
            and isinstance(watched, QAbstractItemView)
        ):
            index = watched.currentIndex()
            if index.isValid():
                text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                QGuiApplication.clipboard().setText(text_cell(text))
            event.accept()
            return True
        return False


def guard_copy(view: QAbstractItemView) -> None:
    """Make Ctrl+C in ``view`` copy its current cell protected."""
    guard = _CopyGuard(view)
    view.installEventFilter(guard)
    view.setProperty(GUARDED, True)
