"""Export from the window to CSV, through the same writer as ``billing-manager export``.

Three actions: the current view (filters and search applied), the selected rows,
and every subscription whose payment collection is paused (one click, whatever the
view shows). Rows are gathered by callables the window provides (the cache's
query); the file is written off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.export import write_csv
from ui.errors_text import error_text
from ui.row_blocks import RowReader
from ui.tasks import run_task

log = logging.getLogger(__name__)

RowsProvider = Callable[[], Sequence[Any]]  # SubscriptionRow (export.ExportRow) lists


def choose_save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Ask where to save (a seam: tests replace it instead of driving a native dialog)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "CSV (*.csv)")
    return Path(path) if path else None


class ExportActions(QObject):
    exported = Signal(int, str)  # rows written, path
    failed = Signal(str)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self._view: RowsProvider | None = None
        self._selection: Callable[[], RowReader] | None = None
        self._paused: RowsProvider | None = None
        self.view_action = QAction(self.tr("Export current view…"), self)
        self.view_action.setObjectName("exportView")
        self.view_action.triggered.connect(self.export_view)
        self.selection_action = QAction(self.tr("Export selection…"), self)
        self.selection_action.setObjectName("exportSelection")
        self.selection_action.triggered.connect(self.export_selection)
        self.paused_action = QAction(self.tr("Export collection-paused subscriptions…"), self)
        self.paused_action.setObjectName("exportCollectionPaused")
        self.paused_action.triggered.connect(self.export_collection_paused)
        self.set_sources(None, None, None)

    def actions(self) -> list[QAction]:
        return [self.view_action, self.selection_action, self.paused_action]

    def set_sources(
        self,
        view: RowsProvider | None,
        selection: Callable[[], RowReader] | None,
        collection_paused: RowsProvider | None,
        *,
        view_empty: Callable[[], bool] | None = None,
    ) -> None:
        """``view`` runs on a worker (it reads the cache); ``view_empty`` says on the
        GUI thread whether there is anything to export; ``selection`` runs on the GUI
        thread and returns the selected rows' RowReader."""
        self._view, self._selection, self._paused = view, selection, collection_paused
        self._view_empty = view_empty
        self.view_action.setEnabled(view is not None)
        self.selection_action.setEnabled(selection is not None)
        self.paused_action.setEnabled(collection_paused is not None)

    def export_view(self) -> None:
        if self._view_empty is not None and self._view_empty():
            self.failed.emit(self.tr("There is nothing to export: no subscriptions match."))
            return
        self._export(self._view, "subscriptions", in_background=True)

    def export_selection(self) -> None:
        """The selected rows: which ones is taken now, reading them is a worker's job
        when they are not all in memory (a big selection)."""
        if self._selection is None:
            return
        read = self._selection()
        if not len(read):
            self.failed.emit(self.tr("There is nothing to export: no subscriptions match."))
            return
        self._export(read, "selected-subscriptions", in_background=not read.in_memory)

    def export_collection_paused(self) -> None:
        """Every collection-paused subscription of the cache (queried on a worker)."""
        self._export(self._paused, "collection-paused", in_background=True)

    def _export(
        self, provider: RowsProvider | None, stem: str, in_background: bool = False
    ) -> None:
        if provider is None:
            return
        rows: list[Any] | None = None
        if not in_background:  # rows the window holds in memory: read them here
            rows = list(provider())
            if not rows:
                self.failed.emit(self.tr("There is nothing to export: no subscriptions match."))
                return
        suggested = f"{stem}-{date.today().isoformat()}.csv"
        path = choose_save_path(self.parent_widget, self.tr("Export to CSV"), suggested)
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        chosen = path

        def work() -> int:
            return write_csv(rows if rows is not None else list(provider()), chosen)

        run_task(
            work,
            on_result=lambda count: self.exported.emit(int(count), str(chosen)),
            on_error=lambda exc: self.failed.emit(error_text(exc)),
        )
