"""The status table's model: a QAbstractTableModel over a list of SubscriptionRow.

Rows come from the store's query results, fetched on a worker thread; ``set_rows``
swaps in a prepared list with one reset (cheap at 100,000 rows). Display text is
computed lazily in ``data()`` for the rows the view paints. Sorting re-queries the
store (``sortRequested``), which sorts on indexed native columns; ``SortRole`` also
carries each cell's native value (dates, ints) for anyone sorting in a proxy.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui import gc_tuning
from ui.billing_periods import row_period_label
from ui.core import SortKey, SubscriptionRow
from ui.formatting import format_date, format_money
from ui.theme import COLLECTION_PAUSED, status_label
from ui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT = "SubscriptionTable"

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CUSTOMER = 0
    EMAIL = 1
    PLAN = 2
    AMOUNT = 3
    STATUS = 4
    NEXT_BILLING = 5
    CREATED = 6


HEADERS = {
    Column.CUSTOMER: QT_TRANSLATE_NOOP("SubscriptionTable", "Customer"),
    Column.EMAIL: QT_TRANSLATE_NOOP("SubscriptionTable", "E-mail"),
    Column.PLAN: QT_TRANSLATE_NOOP("SubscriptionTable", "Plan"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("SubscriptionTable", "Amount"),
    Column.STATUS: QT_TRANSLATE_NOOP("SubscriptionTable", "Status"),
    Column.NEXT_BILLING: QT_TRANSLATE_NOOP("SubscriptionTable", "Next billing"),
    Column.CREATED: QT_TRANSLATE_NOOP("SubscriptionTable", "Created"),
}

SORT_KEYS = {
    Column.CUSTOMER: SortKey.CUSTOMER,
    Column.EMAIL: SortKey.EMAIL,
    Column.PLAN: SortKey.PLAN,
    Column.AMOUNT: SortKey.AMOUNT,
    Column.STATUS: SortKey.STATUS,
    Column.NEXT_BILLING: SortKey.NEXT_BILLING,
    Column.CREATED: SortKey.CREATED,
}

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CACHE_LIMIT = 20_000
_FREE_IN_BACKGROUND = 2_000

SortRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
CollectionPausedRole = Qt.ItemDataRole.UserRole + 3
RowRole = Qt.ItemDataRole.UserRole + 4
IdRole = Qt.ItemDataRole.UserRole + 5


_ROLES = frozenset(
    {
        _DISPLAY,
        _ACCESSIBLE,
        _TOOLTIP,
        _ALIGN,
        *(int(Qt.ItemDataRole.UserRole) + n for n in range(1, 6)),
    }
)


def _release(rows: list[Any]) -> None:
    """Drop a big list in slices: the GIL is handed over between slices."""
    while rows:
        del rows[-1000:]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def amount_text(row: SubscriptionRow, locale: QLocale | None = None) -> str:
    """ "€12.00 · Monthly", or "Metered · Monthly" for usage-based prices."""
    if row.amount_minor is None:
        amount = QCoreApplication.translate("SubscriptionTable", "Metered")
    else:
        amount = format_money(row.amount_minor, row.currency, locale)
    period = row_period_label(row)
    if not period:
        return amount
    return (
        QCoreApplication.translate("SubscriptionTable", "%1 · %2")
        .replace("%1", amount)
        .replace("%2", period)
    )


def next_billing_text(row: SubscriptionRow, locale: QLocale | None = None) -> str:
    when = format_date(row.next_billing_date, locale)
    if not when:
        return ""
    if row.next_billing_kind == "ends":
        return QCoreApplication.translate("SubscriptionTable", "Ends %1").replace("%1", when)
    if row.next_billing_kind == "trial_ends":
        return QCoreApplication.translate("SubscriptionTable", "Trial ends %1").replace("%1", when)
    return when


def status_text(row: SubscriptionRow) -> str:
    text = status_label(row.display_status)
    if row.collection_paused:
        return (
            QCoreApplication.translate("SubscriptionTable", "%1, %2")
            .replace("%1", text)
            .replace("%2", status_label(COLLECTION_PAUSED))
        )
    return text


def _sort_value(row: SubscriptionRow, column: Column) -> Any:
    if column == Column.CUSTOMER:
        return (row.customer_name or "").casefold()
    if column == Column.EMAIL:
        return (row.customer_email or "").casefold()
    if column == Column.PLAN:
        return row.plan_label.casefold()
    if column == Column.AMOUNT:
        return row.amount_minor if row.amount_minor is not None else -1
    if column == Column.STATUS:
        return str(row.display_status)
    if column == Column.NEXT_BILLING:
        return row.next_billing_date or date.max
    return row.created


class SubscriptionTableModel(QAbstractTableModel):
    """Read-only table of subscriptions. ``sort()`` asks the owner to re-query."""

    #: (SortKey, descending): the owner re-queries the store and calls ``set_rows``.
    sortRequested = Signal(object, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SubscriptionRow] = []
        self._cache: dict[tuple[int, int], str] = {}
        self._locale = QLocale()
        self.sort_column = Column.CREATED
        self.sort_order = Qt.SortOrder.DescendingOrder

    # --- contents -----------------------------------------------------------
    def set_rows(self, rows: list[SubscriptionRow]) -> None:
        """Show ``rows`` (a list prepared on a worker). The list is the model's from
        now on: the previous one is emptied and freed on a worker thread, so freeing
        100,000 rows does not stall the GUI thread."""
        old = self._rows
        self.beginResetModel()
        self._rows = rows
        self._cache = {}
        self._locale = QLocale()
        self.endResetModel()
        if len(rows) > _FREE_IN_BACKGROUND:
            gc_tuning.settle()  # the collector need not walk these rows again
        if len(old) > _FREE_IN_BACKGROUND and old is not rows:
            from ui.tasks import run_task

            run_task(lambda: _release(old))

    def rows(self) -> list[SubscriptionRow]:
        return self._rows

    def row_at(self, row: int) -> SubscriptionRow | None:
        if 0 <= row < len(self._rows):
            return self._rows[row]
        return None

    def find_row(self, subscription_id: str) -> int:
        for number, item in enumerate(self._rows):
            if item.id == subscription_id:
                return number
        return -1

    # --- QAbstractTableModel ------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(HEADERS[Column(section)])
            if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: leave early for roles we
        # do not serve, and cache display text (computed once per cell per query).
        if role not in _ROLES:
            return None
        number = index.row()
        if number < 0 or number >= len(self._rows) or not index.isValid():
            return None
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            key = (number, column)
            text = self._cache.get(key)
            if text is None:
                if len(self._cache) > _CACHE_LIMIT:
                    self._cache.clear()
                text = self._display(self._rows[number], Column(column))
                self._cache[key] = text
            return text
        if role == _ALIGN:
            return _RIGHT if column == Column.AMOUNT else None
        row = self._rows[number]
        if role == StatusRole:
            return str(row.display_status)
        if role == CollectionPausedRole:
            return bool(row.collection_paused)
        if role == _TOOLTIP:
            return self._tooltip(row, Column(column))
        if role == SortRole:
            return _sort_value(row, Column(column))
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        return None

    def _display(self, row: SubscriptionRow, column: Column) -> str:
        if column == Column.CUSTOMER:
            return row.customer_name or row.customer_id or ""
        if column == Column.EMAIL:
            return row.customer_email or ""
        if column == Column.PLAN:
            return row.plan_label
        if column == Column.AMOUNT:
            return amount_text(row, self._locale)
        if column == Column.STATUS:
            return status_text(row)
        if column == Column.NEXT_BILLING:
            return next_billing_text(row, self._locale)
        return format_date(row.created, self._locale)

    def _tooltip(self, row: SubscriptionRow, column: Column) -> str | None:
        if column == Column.STATUS and str(row.display_status) == "unknown":
            return QCoreApplication.translate(
                "SubscriptionTable",
                "Stripe reports the status “%1”, which this version does not know.",
            ).replace("%1", row.raw_status)
        if column == Column.CUSTOMER:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.sort_column = Column(column)
        self.sort_order = order
        self.sortRequested.emit(SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder)

    # --- copying ------------------------------------------------------------
    def tsv(self, rows: Iterable[int]) -> str:
        """The given rows as tab-separated text with a header line (for the clipboard)."""
        lines = [
            "\t".join(
                [
                    QCoreApplication.translate("SubscriptionTable", "ID"),
                    *(tr(HEADERS[c]) for c in Column),
                ]
            )
        ]
        for number in rows:
            item = self.row_at(number)
            if item is None:
                continue
            cells = [item.id, *(self._display(item, c) for c in Column)]
            lines.append("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells))
        return "\n".join(lines) + "\n"
