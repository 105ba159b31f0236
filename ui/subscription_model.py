"""The status table's model: a QAbstractTableModel over one query result.

A result is the ordered list of subscription IDs, fetched on a worker thread;
``set_ids`` swaps it in with one reset. The rows themselves are read from the
cache in small blocks when the view asks for them (``ui.row_blocks``), so the
model never holds 100,000 row objects. Display text is computed lazily in
``data()`` for the rows the view paints. Sorting re-queries the store
(``sortRequested``), which sorts on indexed native columns; ``SortRole`` also
carries each cell's native value (dates, ints) for anyone sorting in a proxy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop_app.spreadsheet import tsv_line
from ui.billing_periods import row_period_label
from ui.core import CardStatus, SortKey, SubscriptionRow
from ui.formatting import format_date, format_money
from ui.payment_text import (
    card_problem_text,
    method_text,
    now_utc,
    short_problem_text,
)
from ui.plain_text import plain_tooltip
from ui.row_blocks import MemorySource, RowBlocks, RowReader, RowSource
from ui.theme import COLLECTION_PAUSED, card_problem_color, card_problem_icon, status_label
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
    PAYMENT = 7


HEADERS = {
    Column.CUSTOMER: QT_TRANSLATE_NOOP("SubscriptionTable", "Customer"),
    Column.EMAIL: QT_TRANSLATE_NOOP("SubscriptionTable", "E-mail"),
    Column.PLAN: QT_TRANSLATE_NOOP("SubscriptionTable", "Plan"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("SubscriptionTable", "Amount"),
    Column.STATUS: QT_TRANSLATE_NOOP("SubscriptionTable", "Status"),
    Column.NEXT_BILLING: QT_TRANSLATE_NOOP("SubscriptionTable", "Next billing"),
    Column.CREATED: QT_TRANSLATE_NOOP("SubscriptionTable", "Created"),
    Column.PAYMENT: QT_TRANSLATE_NOOP("SubscriptionTable", "Payment method"),
}

SORT_KEYS = {
    Column.CUSTOMER: SortKey.CUSTOMER,
    Column.EMAIL: SortKey.EMAIL,
    Column.PLAN: SortKey.PLAN,
    Column.AMOUNT: SortKey.AMOUNT,
    Column.STATUS: SortKey.STATUS,
    Column.NEXT_BILLING: SortKey.NEXT_BILLING,
    Column.CREATED: SortKey.CREATED,
    Column.PAYMENT: SortKey.PAYMENT,
}

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CACHE_LIMIT = 20_000
_RETRY_MS = 200  # a block the cache could not give (busy): ask again this much later

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
        _FOREGROUND,
        _DECORATION,
        *(int(Qt.ItemDataRole.UserRole) + n for n in range(1, 6)),
    }
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def loading_text() -> str:
    """What a row shows while the cache cannot be read (it is asked again shortly)."""
    return QCoreApplication.translate("SubscriptionTable", "Loading…")


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


def payment_cell_text(row: SubscriptionRow, now: datetime) -> str:
    """``Visa ••••4242``, with ``· expired 03/2026`` or ``· expires 12/2026`` when the
    card is a problem (``domain.cards``); empty when no method is on file."""
    label = method_text(row.payment_method) or ""
    problem = short_problem_text(row.card_status(now), row.card_valid_until)
    if not problem:
        return label
    return (
        QCoreApplication.translate("SubscriptionTable", "%1 · %2")
        .replace("%1", label)
        .replace("%2", problem)
    )


def has_card_problem(row: SubscriptionRow, now: datetime) -> bool:
    return row.card_status(now) in (CardStatus.EXPIRED, CardStatus.EXPIRING)


def display_text(
    row: SubscriptionRow,
    column: Column,
    locale: QLocale | None = None,
    now: datetime | None = None,
) -> str:
    """A cell's text as the table shows it."""
    if column == Column.CUSTOMER:
        return row.customer_name or row.customer_id or ""
    if column == Column.EMAIL:
        return row.customer_email or ""
    if column == Column.PLAN:
        return row.plan_label
    if column == Column.AMOUNT:
        return amount_text(row, locale)
    if column == Column.STATUS:
        return status_text(row)
    if column == Column.NEXT_BILLING:
        return next_billing_text(row, locale)
    if column == Column.PAYMENT:
        return payment_cell_text(row, now or now_utc())
    return format_date(row.created, locale)


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
    if column == Column.PAYMENT:
        return row.card_valid_until or datetime.max.replace(tzinfo=UTC)
    return row.created


class SubscriptionTableModel(QAbstractTableModel):
    """Read-only table of subscriptions. ``sort()`` asks the owner to re-query."""

    #: (SortKey, descending): the owner re-queries the store and calls ``set_ids``.
    sortRequested = Signal(object, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._blocks = RowBlocks([], None)
        self._cache: dict[tuple[int, int], str] = {}
        self._locale = QLocale()
        self._now = now_utc()  # the card states of one query are of one moment
        self._retry_pending = False
        self.sort_column = Column.CREATED
        self.sort_order = Qt.SortOrder.DescendingOrder

    # --- contents -----------------------------------------------------------
    def set_ids(
        self,
        ids: list[str],
        source: RowSource | None,
        first_rows: Sequence[SubscriptionRow] = (),
    ) -> None:
        """Show the subscriptions ``ids`` (in this order; a list prepared on a worker),
        reading their rows from ``source`` as the view needs them. ``first_rows``: the
        rows of the first block if the worker read them already."""
        self.beginResetModel()
        self._blocks = RowBlocks(ids, source)
        self._blocks.prime(first_rows)
        self._cache = {}
        self._locale = QLocale()
        self._now = now_utc()
        self.endResetModel()

    def set_rows(self, rows: list[SubscriptionRow]) -> None:
        """Show ``rows`` held in memory (small lists; the window uses ``set_ids``)."""
        self.set_ids([row.id for row in rows], MemorySource(rows))

    def ids(self) -> list[str]:
        """The subscription IDs in table order (do not modify)."""
        return self._blocks.ids

    def rows(self) -> list[SubscriptionRow]:
        """Every row, read now (on the calling thread: ~1 s at 100,000 rows, so not
        for the GUI thread on big views; exports use ``read_all_rows`` on a worker)."""
        return self._blocks.rows_at(range(len(self._blocks)))

    def read_all_rows(self) -> list[SubscriptionRow]:
        """Every row of the current result; safe to call from a worker thread."""
        return self._blocks.read_all()

    def reader(self, numbers: Iterable[int]) -> RowReader:
        """The rows at these row numbers, to read later on any thread (copy, export)."""
        return self._blocks.reader(numbers)

    def rows_at(self, numbers: Iterable[int]) -> list[SubscriptionRow]:
        """The rows at these row numbers (read in bulk), in that order."""
        return self._blocks.rows_at(numbers)

    def row_at(self, row: int) -> SubscriptionRow | None:
        found = self._blocks.row(row)
        if found is None and self._blocks.unreadable:
            self._retry_later()
        return found

    def loaded_rows(self) -> int:
        """How many rows the model holds in memory (a few blocks, whatever the count)."""
        return self._blocks.loaded()

    def find_row(self, subscription_id: str) -> int:
        return self._blocks.index_of(subscription_id)

    def _retry_later(self) -> None:
        if not self._retry_pending:
            self._retry_pending = True
            QTimer.singleShot(_RETRY_MS, self._retry)

    def _retry(self) -> None:
        """Repaint blocks whose read failed: the view asks again."""
        self._retry_pending = False
        blocks, self._blocks.unreadable = set(self._blocks.unreadable), set()
        for block in sorted(blocks):
            first, last = self._blocks.block_range(block)
            if first <= last:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    # --- QAbstractTableModel ------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._blocks)

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

    # flags(): QAbstractTableModel's own (enabled, selectable, no children) is what
    # the table needs, and answering it in C++ spares ~175 Python calls per paint.

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: leave early for roles we
        # do not serve, and cache display text (computed once per cell per query).
        if role not in _ROLES:
            return None
        number = index.row()
        if number < 0 or number >= len(self._blocks) or not index.isValid():
            return None
        column = index.column()
        if role == _ALIGN:
            return _RIGHT if column == Column.AMOUNT else None
        if role in (_DISPLAY, _ACCESSIBLE):
            key = (number, column)
            text = self._cache.get(key)
            if text is None:
                item = self.row_at(number)
                if item is None:  # no longer cached, or the cache is busy (retried)
                    return loading_text() if column == Column.CUSTOMER else ""
                if len(self._cache) > _CACHE_LIMIT:
                    self._cache.clear()
                text = self._display(item, Column(column))
                self._cache[key] = text
            return text
        row = self.row_at(number)
        if row is None:
            return None
        if role == StatusRole:
            return str(row.display_status)
        if role == CollectionPausedRole:
            return bool(row.collection_paused)
        if role in (_FOREGROUND, _DECORATION):
            if column != Column.PAYMENT or not has_card_problem(row, self._now):
                return None
            if role == _DECORATION:
                return card_problem_icon()
            return card_problem_color()
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
        return display_text(row, column, self._locale, self._now)

    def _tooltip(self, row: SubscriptionRow, column: Column) -> str | None:
        # Stripe's words: shown as written, never as HTML (ui.plain_text)
        if column == Column.STATUS and str(row.display_status) == "unknown":
            return plain_tooltip(
                QCoreApplication.translate(
                    "SubscriptionTable",
                    "Stripe reports the status “%1”, which this version does not know.",
                ).replace("%1", row.raw_status)
            )
        if column == Column.CUSTOMER:
            return plain_tooltip(row.id)
        if column == Column.PAYMENT:
            problem = card_problem_text(
                row.card_status(self._now), row.card_valid_until, row.next_payment_at
            )
            return plain_tooltip(problem) if problem else None
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
        return tsv_text(self.rows_at(rows), self._locale)


def tsv_text(rows: Iterable[SubscriptionRow], locale: QLocale) -> str:
    """Rows as tab-separated text with a header line, as the table shows them (any
    thread: translate() is thread-safe; give each thread its own QLocale). Each cell is
    protected from running as a formula where it is pasted (``desktop_app.spreadsheet``):
    the amount stays a number, every other cell is text."""
    headers = [
        QCoreApplication.translate("SubscriptionTable", "ID"),
        *(tr(HEADERS[c]) for c in Column),
    ]
    lines = [tsv_line([(text, False) for text in headers])]
    now = now_utc()
    for item in rows:
        cells = [(item.id, False)]
        cells += [(display_text(item, c, locale, now), c == Column.AMOUNT) for c in Column]
        lines.append(tsv_line(cells))
    return "\n".join(lines) + "\n"
