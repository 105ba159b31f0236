"""Filter chips with live counts: All, Active, Trialing, ... Collection paused,
Card problem.

One chip is checked at a time (``filterChanged(key)``); ``set_counts`` takes the
store's ``status_counts`` dict. Past due, Unpaid and Card problem stand out in the
attention colours (with their count), so they are found at a glance. "Card problem"
is one chip, not two: expired and expiring cards call for the same thing (ask the
customer for a new card before the next payment fails); the table says which.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QHBoxLayout, QSizePolicy, QWidget

from ui.core import DisplayStatus, SubscriptionFilter
from ui.theme import ATTENTION, COLLECTION_PAUSED, badge_colors
from ui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT = "FilterChips"
ALL = "all"
CARD_PROBLEM = "card_problem"

#: (key, label, statuses counted/shown by the chip)
CHIPS: tuple[tuple[str, str, frozenset[str]], ...] = (
    (ALL, QT_TRANSLATE_NOOP("FilterChips", "All"), frozenset()),
    ("active", QT_TRANSLATE_NOOP("FilterChips", "Active"), frozenset({DisplayStatus.ACTIVE})),
    ("trialing", QT_TRANSLATE_NOOP("FilterChips", "Trialing"), frozenset({DisplayStatus.TRIALING})),
    (
        "canceling",
        QT_TRANSLATE_NOOP("FilterChips", "Canceling"),
        frozenset({DisplayStatus.CANCELING}),
    ),
    ("past_due", QT_TRANSLATE_NOOP("FilterChips", "Past due"), frozenset({DisplayStatus.PAST_DUE})),
    ("unpaid", QT_TRANSLATE_NOOP("FilterChips", "Unpaid"), frozenset({DisplayStatus.UNPAID})),
    ("paused", QT_TRANSLATE_NOOP("FilterChips", "Paused"), frozenset({DisplayStatus.PAUSED})),
    (COLLECTION_PAUSED, QT_TRANSLATE_NOOP("FilterChips", "Collection paused"), frozenset()),
    (CARD_PROBLEM, QT_TRANSLATE_NOOP("FilterChips", "Card problem"), frozenset()),
    ("canceled", QT_TRANSLATE_NOOP("FilterChips", "Canceled"), frozenset({DisplayStatus.CANCELED})),
    (
        "incomplete",
        QT_TRANSLATE_NOOP("FilterChips", "Incomplete"),
        frozenset({DisplayStatus.INCOMPLETE, DisplayStatus.INCOMPLETE_EXPIRED}),
    ),
)
CHIP_KEYS = tuple(key for key, _, _ in CHIPS)


def filter_for(key: str, search: str | None = None) -> SubscriptionFilter:
    """The store filter a chip stands for."""
    text = search.strip() if search else None
    if key == COLLECTION_PAUSED:
        return SubscriptionFilter(statuses=None, collection_paused=True, search=text or None)
    if key == CARD_PROBLEM:
        return SubscriptionFilter(search=text or None, card_problem=True)
    for chip_key, _, statuses in CHIPS:
        if chip_key == key and statuses:
            return SubscriptionFilter(
                statuses=frozenset(DisplayStatus(s) for s in statuses),
                collection_paused=None,
                search=text or None,
            )
    return SubscriptionFilter(statuses=None, collection_paused=None, search=text or None)


def chip_count(key: str, counts: dict[str, int]) -> int:
    if key in (ALL, COLLECTION_PAUSED, CARD_PROBLEM):
        return counts.get(key, 0)
    for chip_key, _, statuses in CHIPS:
        if chip_key == key:
            return sum(counts.get(str(s), 0) for s in statuses)
    return 0


class FilterChip(QAbstractButton):
    def __init__(self, key: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.label = label
        self.count: int | None = None
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._update_text()

    def set_count(self, count: int | None) -> None:
        if count == self.count:
            return
        self.count = count
        self._update_text()
        self.updateGeometry()
        self.update()

    def _update_text(self) -> None:
        if self.count is None:
            text = self.label
        else:
            text = QCoreApplication.translate("FilterChips", "%1: %2").replace("%1", self.label)
            text = text.replace("%2", str(self.count))
        self.setText(text)
        self.setAccessibleName(text)

    def _count_text(self) -> str:
        return "" if self.count is None else f"{self.count:,}".replace(",", "\u202f")

    def _fonts(self) -> tuple[QFont, QFont]:
        label_font = QFont(self.font())
        count_font = QFont(self.font())
        count_font.setWeight(QFont.Weight.DemiBold)
        if self.isChecked():
            label_font.setWeight(QFont.Weight.DemiBold)
        return label_font, count_font

    def sizeHint(self) -> QSize:
        label_font, count_font = self._fonts()
        bold = QFont(label_font)
        bold.setWeight(QFont.Weight.DemiBold)
        width = QFontMetrics(bold).horizontalAdvance(self.label) + 24
        if self.count is not None:
            width += QFontMetrics(count_font).horizontalAdvance(self._count_text()) + 14
        return QSize(width, QFontMetrics(bold).height() + 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 2
        attention = (self.key in ATTENTION or self.key == CARD_PROBLEM) and bool(self.count)
        if attention:
            colors = badge_colors(
                DisplayStatus.PAST_DUE if self.key == CARD_PROBLEM else self.key, pal
            )
            fill = colors.background
            text = colors.foreground
            border = colors.foreground
        else:
            fill = pal.color(QPalette.ColorRole.Button)
            text = pal.color(QPalette.ColorRole.ButtonText)
            border = pal.color(QPalette.ColorRole.Mid)
        if self.isChecked():
            fill = pal.color(QPalette.ColorRole.Highlight)
            text = pal.color(QPalette.ColorRole.HighlightedText)
            border = fill
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, radius, radius)
        if self.hasFocus():
            focus = QPalette.ColorRole.Highlight
            pen = painter.pen()
            pen.setColor(pal.color(focus) if not self.isChecked() else text)
            pen.setWidthF(2.0)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), radius - 2, radius - 2)
        label_font, count_font = self._fonts()
        painter.setPen(text)
        painter.setFont(label_font)
        x = rect.left() + 12
        label_width = QFontMetrics(label_font).horizontalAdvance(self.label)
        painter.drawText(
            QRectF(x, rect.top(), label_width + 2, rect.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self.label,
        )
        if self.count is not None:
            painter.setFont(count_font)
            count_rect = QRectF(x + label_width + 8, rect.top(), rect.right() - 10, rect.height())
            painter.drawText(
                count_rect,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                self._count_text(),
            )
        painter.end()


class FilterChips(QWidget):
    filterChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Status filter"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.chips: dict[str, FilterChip] = {}
        for key, label, _ in CHIPS:
            chip = FilterChip(key, QCoreApplication.translate(CONTEXT, label), self)
            chip.setObjectName(f"chip_{key}")
            self.group.addButton(chip)
            self.chips[key] = chip
            layout.addWidget(chip)
            chip.toggled.connect(lambda on, k=key: self._toggled(on, k))
        layout.addStretch(1)
        self.chips[ALL].setChecked(True)

    def _toggled(self, on: bool, key: str) -> None:
        if on:
            self.filterChanged.emit(key)

    def current(self) -> str:
        for key, chip in self.chips.items():
            if chip.isChecked():
                return key
        return ALL

    def select(self, key: str) -> None:
        chip = self.chips.get(key) or self.chips[ALL]
        chip.setChecked(True)

    def set_counts(self, counts: dict[str, int] | None) -> None:
        for key, chip in self.chips.items():
            chip.set_count(None if counts is None else chip_count(key, counts))
