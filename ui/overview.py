"""The Overview tab: counts per status, MRR per currency, amount at risk, and a
painted donut chart of the status breakdown (QPainter; no QtCharts)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.core import DisplayStatus
from ui.formatting import format_count, format_decimal, format_major
from ui.plain_text import PlainLabel
from ui.theme import COLLECTION_PAUSED, chart_color, status_label

#: Order of the statuses in the chart and the legend.
CHART_ORDER: tuple[str, ...] = (
    DisplayStatus.ACTIVE,
    DisplayStatus.TRIALING,
    DisplayStatus.CANCELING,
    DisplayStatus.PAST_DUE,
    DisplayStatus.UNPAID,
    DisplayStatus.PAUSED,
    DisplayStatus.INCOMPLETE,
    DisplayStatus.INCOMPLETE_EXPIRED,
    DisplayStatus.CANCELED,
    DisplayStatus.UNKNOWN,
)


def money_from_decimal(value: Decimal, currency: str) -> str:
    return format_major(value, currency)


class StatusDonut(QWidget):
    """A donut of the status breakdown with a legend (label, count, share)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.setAccessibleName(self.tr("Status breakdown chart"))
        self.setMinimumSize(QSize(460, 300))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(620, 320)

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = {k: counts.get(str(k), 0) for k in CHART_ORDER}
        total = sum(self.counts.values())
        parts = [f"{status_label(k)}: {v}" for k, v in self.counts.items() if v]
        self.setAccessibleDescription("; ".join(parts) if total else self.tr("No data"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        total = sum(self.counts.values())
        side = max(min(self.height() - 20, self.width() // 2 - 20, 300), 60)
        ring = QRectF(20, (self.height() - side) / 2, side, side)
        thickness = side * 0.22
        inner = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        if total == 0:
            pen = QPen(pal.color(QPalette.ColorRole.Mid), thickness)
            painter.setPen(pen)
            painter.drawArc(inner, 0, 360 * 16)
        else:
            start = 90 * 16
            for key in CHART_ORDER:
                value = self.counts.get(key, 0)
                if not value:
                    continue
                span = -round(360 * 16 * value / total)
                pen = QPen(chart_color(key), thickness)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawArc(inner, start, span)
                start += span
        # centre text
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        centre = ring.adjusted(0, -10, 0, -10)
        painter.drawText(centre, int(Qt.AlignmentFlag.AlignCenter), format_count(total))
        small = QFont(self.font())
        painter.setFont(small)
        painter.drawText(
            ring.adjusted(0, 26, 0, 26), int(Qt.AlignmentFlag.AlignCenter), self.tr("subscriptions")
        )
        # legend
        x = ring.right() + 30
        line = painter.fontMetrics().height() + 8
        y = max(10.0, (self.height() - line * len([v for v in self.counts.values() if v])) / 2)
        for key in CHART_ORDER:
            value = self.counts.get(key, 0)
            if not value and key not in (DisplayStatus.ACTIVE, DisplayStatus.PAST_DUE):
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chart_color(key))
            painter.drawRoundedRect(QRectF(x, y + 3, 12, 12), 3, 3)
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            share = f"{format_decimal(100 * value / total, 1)} %" if total else "—"
            text = self.tr("%1: %2 (%3)").replace("%1", status_label(key))
            text = text.replace("%2", format_count(value)).replace("%3", share)
            painter.drawText(QPointF(x + 20, y + 14), text)
            y += line
        painter.end()


class Overview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)
        tiles = QHBoxLayout()
        tiles.setSpacing(14)
        self.mrr_tile = self._tile(self.tr("Monthly recurring revenue"))
        self.risk_tile = self._tile(self.tr("At risk (past due and unpaid)"))
        self.attention_tile = self._tile(self.tr("Need attention"))
        for tile in (self.mrr_tile, self.risk_tile, self.attention_tile):
            tiles.addWidget(tile[0], 1)
        layout.addLayout(tiles)
        body = QHBoxLayout()
        body.setSpacing(14)
        chart_box = QFrame(self)
        chart_box.setFrameShape(QFrame.Shape.StyledPanel)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self._heading(self.tr("Status breakdown"), chart_box))
        self.chart = StatusDonut(chart_box)
        chart_layout.addWidget(self.chart)
        body.addWidget(chart_box, 3, Qt.AlignmentFlag.AlignTop)
        grid_box = QFrame(self)
        grid_box.setFrameShape(QFrame.Shape.StyledPanel)
        grid_box.setAccessibleName(self.tr("Counts per status"))
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.addWidget(self._heading(self.tr("Subscriptions per status"), grid_box))
        self.count_grid = QGridLayout()
        self.count_grid.setHorizontalSpacing(18)
        self.count_grid.setVerticalSpacing(4)
        grid_layout.addLayout(self.count_grid)
        self.count_labels: dict[str, QLabel] = {}
        keys = [*CHART_ORDER, COLLECTION_PAUSED, "all"]
        for row, key in enumerate(keys):
            name = PlainLabel(self.tr("All") if key == "all" else status_label(key), grid_box)
            value = PlainLabel("0", grid_box)
            value.setObjectName(f"count_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "all":
                bold = value.font()
                bold.setWeight(QFont.Weight.DemiBold)
                value.setFont(bold)
                name.setFont(bold)
            name.setBuddy(value)
            self.count_grid.addWidget(name, row, 0)
            self.count_grid.addWidget(value, row, 1)
            self.count_labels[key] = value
        body.addWidget(grid_box, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(body)
        layout.addStretch(1)

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = PlainLabel(text, parent)
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    def _tile(self, title: str) -> tuple[QFrame, QLabel]:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAccessibleName(title)
        box = QVBoxLayout(frame)
        heading = PlainLabel(title, frame)
        heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        value = PlainLabel("—", frame)
        value.setWordWrap(True)
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        value.setFont(font)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(heading)
        box.addWidget(value)
        box.addStretch(1)
        return frame, value

    @property
    def mrr_label(self) -> QLabel:
        return self.mrr_tile[1]

    @property
    def risk_label(self) -> QLabel:
        return self.risk_tile[1]

    def set_data(
        self,
        counts: dict[str, int],
        mrr: dict[str, Decimal],
        at_risk: dict[str, Decimal],
    ) -> None:
        self.chart.set_counts(counts)
        for key, label in self.count_labels.items():
            label.setText(format_count(counts.get(key, 0)))
        self.mrr_label.setText(_money_lines(mrr) or self.tr("None"))
        self.risk_label.setText(_money_lines(at_risk) or self.tr("Nothing at risk"))
        attention = counts.get(DisplayStatus.PAST_DUE, 0) + counts.get(DisplayStatus.UNPAID, 0)
        self.attention_tile[1].setText(
            self.tr("%1 past due or unpaid").replace("%1", format_count(attention))
        )


def _money_lines(values: dict[str, Decimal]) -> str:
    ordered = sorted(values.items())  # by currency code: amounts in currencies don't compare
    return "\n".join(money_from_decimal(v, c) for c, v in ordered if v)
