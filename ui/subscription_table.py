"""The status table view: fixed row heights (fast at 100,000 rows), the badge
delegate, copy as TSV (Ctrl+C), and a context menu (copy ID, open in the Stripe
Dashboard, send to the portal)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from desktop_app.spreadsheet import text_cell
from ui.core import SubscriptionRow
from ui.status_badge import StatusBadgeDelegate
from ui.subscription_model import (
    CollectionPausedRole,
    Column,
    StatusRole,
    SubscriptionTableModel,
    tsv_text,
)
from ui.tasks import run_task

DEFAULT_WIDTHS = {
    Column.CUSTOMER: 160,
    Column.EMAIL: 200,
    Column.PLAN: 110,
    Column.AMOUNT: 175,
    Column.STATUS: 215,
    Column.NEXT_BILLING: 160,
    Column.CREATED: 100,
    Column.PAYMENT: 230,
}


class SubscriptionTable(QTableView):
    currentSubscriptionChanged = Signal(object)  # SubscriptionRow | None
    portalRequested = Signal(str, str)  # subscription_id, flow
    dashboardRequested = Signal(str)  # subscription_id

    def __init__(self, model: SubscriptionTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subscriptionTable")
        self.setAccessibleName(self.tr("Subscriptions"))
        self.setModel(model)
        self._model = model
        self._placeholder = ""
        self.setItemDelegateForColumn(
            Column.STATUS, StatusBadgeDelegate(StatusRole, CollectionPausedRole, self)
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicator(Column.CREATED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        self.setSortingEnabled(True)  # header clicks call model.sort(): a store re-query
        for column, width in DEFAULT_WIDTHS.items():
            self.setColumnWidth(column, width)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

        self.copy_action = QAction(self.tr("&Copy rows"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_rows)
        self.addAction(self.copy_action)
        self.copy_id_action = QAction(self.tr("Copy subscription &ID"), self)
        self.copy_id_action.triggered.connect(self.copy_id)
        self.dashboard_action = QAction(self.tr("Open in Stripe &Dashboard"), self)
        self.dashboard_action.triggered.connect(self._request_dashboard)
        self.portal_action = QAction(self.tr("Send to customer &portal…"), self)
        self.portal_action.triggered.connect(self._request_portal)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    # --- empty state ------------------------------------------------------------
    def set_placeholder(self, text: str) -> None:
        """What an empty table says (loading, or nothing matches)."""
        self._placeholder = text
        if self._model.rowCount() == 0:
            self.viewport().update()

    def placeholder(self) -> str:
        return self._placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._model.rowCount() == 0 and self._placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(20, 40, -20, -20)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(rect, int(flags), self._placeholder)
            painter.end()

    def layout_now(self) -> None:
        """Lay out the rows now, after a model reset: Qt would do it on a zero timer
        after the first paint, and paint the whole table a second time (~15 ms at
        100,000 rows)."""
        self.executeDelayedItemsLayout()

    # --- selection ------------------------------------------------------------
    def current_subscription(self) -> SubscriptionRow | None:
        index = self.currentIndex()
        return self._model.row_at(index.row()) if index.isValid() else None

    def select_id(self, subscription_id: str) -> bool:
        row = self._model.find_row(subscription_id)
        if row < 0:
            return False
        self.selectRow(row)
        self.setCurrentIndex(self._model.index(row, 0))
        self.scrollTo(self._model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentSubscriptionChanged.emit(
            self._model.row_at(current.row()) if current.isValid() else None
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QAbstractItemView copies the current cell's raw text on Ctrl+C when the
        # shortcut above does not fire first (e.g. its window is not active): copy the
        # rows, protected, either way.
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_rows()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- actions ---------------------------------------------------------------
    def copy_rows(self) -> None:
        """The selected rows to the clipboard; rows not in memory (a big selection) are
        read and formatted on a worker, and land on the clipboard when ready."""
        rows = self.selected_rows()
        if not rows:
            return
        read = self._model.reader(rows)
        if read.in_memory:
            QGuiApplication.clipboard().setText(tsv_text(read(), QLocale()))
            return
        run_task(
            lambda: tsv_text(read(), QLocale()),
            on_result=lambda text: QGuiApplication.clipboard().setText(str(text)),
        )

    def copy_id(self) -> None:
        row = self.current_subscription()
        if row is not None:  # the ID comes from Stripe: pasted into a sheet, it is text
            QGuiApplication.clipboard().setText(text_cell(row.id))

    def _request_dashboard(self) -> None:
        row = self.current_subscription()
        if row is not None:
            self.dashboardRequested.emit(row.id)

    def _request_portal(self) -> None:
        row = self.current_subscription()
        if row is not None:
            self.portalRequested.emit(row.id, "payment_method_update")

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        for action in (self.copy_action, self.copy_id_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.dashboard_action)
        menu.addAction(self.portal_action)
        has_row = self.current_subscription() is not None
        for action in (
            self.copy_action,
            self.copy_id_action,
            self.dashboard_action,
            self.portal_action,
        ):
            action.setEnabled(has_row)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()
