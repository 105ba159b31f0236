"""Status badges: a painted pill with the status text (never colour alone).

``paint_badge`` draws one pill; ``StatusBadge`` is a widget (summary card, header);
``StatusBadgeDelegate`` paints the status column of the table.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.plain_text import plain_tooltip
from ui.theme import COLLECTION_PAUSED, BadgeColors, badge_colors, is_dark, status_label

PAD_X = 8
PAD_Y = 2
GAP = 4

ModelIndex = QModelIndex | QPersistentModelIndex


_FONTS: dict[str, QFont] = {}
_SIZES: dict[tuple[str, str], QSize] = {}


def badge_font(base: QFont) -> QFont:
    key = base.key()
    cached = _FONTS.get(key)
    if cached is not None:
        return cached
    font = QFont(base)
    font.setWeight(QFont.Weight.DemiBold)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(size * 0.92, 7.0))
    _FONTS[key] = font
    return font


def badge_size(text: str, font: QFont) -> QSize:
    key = (text, font.key())
    size = _SIZES.get(key)
    if size is None:
        metrics = QFontMetrics(badge_font(font))
        size = QSize(metrics.horizontalAdvance(text) + 2 * PAD_X + 3, metrics.height() + 2 * PAD_Y)
        _SIZES[key] = size
    return size


def _draw_pill(
    painter: QPainter, pill: QRectF, colors: BadgeColors, text: str, font: QFont, elide: bool
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.background)
    radius = pill.height() / 2
    painter.drawRoundedRect(pill, radius, radius)
    painter.setPen(colors.foreground)
    painter.setFont(badge_font(font))
    inner = pill.adjusted(PAD_X, 0, -PAD_X, 0).toRect()
    shown = text
    if elide:
        shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter), shown)


_PIXMAPS: dict[tuple[str, str, str, bool, float], QPixmap] = {}


def badge_pixmap(status: object, text: str, palette: QPalette, font: QFont, dpr: float) -> QPixmap:
    """The whole pill, rendered once per status, text, font, palette and pixel ratio:
    table cells then only blit it (painting 40 rows x 2 pills stays cheap)."""
    key = (str(status), text, font.key(), is_dark(palette), dpr)
    pixmap = _PIXMAPS.get(key)
    if pixmap is None:
        size = badge_size(text, font)
        pixmap = QPixmap(round(size.width() * dpr), round(size.height() * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        pill = QRectF(0, 0, size.width(), size.height())
        _draw_pill(painter, pill, badge_colors(status, palette), text, font, elide=False)
        painter.end()
        if len(_PIXMAPS) > 512:
            _PIXMAPS.clear()
        _PIXMAPS[key] = pixmap
    return pixmap


def paint_badge(
    painter: QPainter, rect: QRect, status: object, text: str, palette: QPalette, font: QFont
) -> int:
    """Paint a pill for ``status`` with ``text`` at the left of ``rect``, vertically
    centred; returns the width used."""
    size = badge_size(text, font)
    top = rect.top() + (rect.height() - size.height()) // 2
    if size.width() <= rect.width():
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect.left(), top, badge_pixmap(status, text, palette, font, dpr))
        return size.width()
    width = rect.width()
    painter.save()
    pill = QRectF(rect.left(), top, width, size.height())
    _draw_pill(painter, pill, badge_colors(status, palette), text, font, elide=True)
    painter.restore()
    return width


class StatusBadge(QWidget):
    """A status pill as a widget; ``set_status(status, collection_paused)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._badges: list[tuple[str, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Status"))

    def set_status(self, status: object | None, collection_paused: bool = False) -> None:
        self._badges = []
        if status is not None:
            self._badges.append((str(status), status_label(status)))
        if collection_paused:
            self._badges.append((COLLECTION_PAUSED, status_label(COLLECTION_PAUSED)))
        self.setAccessibleDescription(", ".join(text for _, text in self._badges))
        self.setToolTip(plain_tooltip(self.accessibleDescription()))
        self.updateGeometry()
        self.update()

    def texts(self) -> list[str]:
        return [text for _, text in self._badges]

    def sizeHint(self) -> QSize:
        width = 0
        height = badge_size("Ag", self.font()).height()
        for _, text in self._badges:
            width += badge_size(text, self.font()).width() + GAP
        return QSize(max(width - GAP, 0), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.rect()
        for key, text in self._badges:
            used = paint_badge(painter, rect, key, text, self.palette(), self.font())
            rect.setLeft(rect.left() + used + GAP)
        painter.end()


class StatusBadgeDelegate(QStyledItemDelegate):
    """Paints the status column: the status pill, then "Collection paused" if set.

    Reads ``StatusRole`` (the DisplayStatus value) and ``CollectionPausedRole``
    from the model; the display text stays available for copying and screen readers.
    """

    def __init__(self, status_role: int, paused_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_role = status_role
        self.paused_role = paused_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        # No initStyleOption (it asks the model for ten roles): the view's option
        # already carries the state, palette and row alternation for the background.
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        status = index.data(self.status_role)
        if status is None:
            return
        rect = option.rect.adjusted(6, 3, -4, -3)
        pal, font = option.palette, option.font
        used = paint_badge(painter, rect, status, status_label(status), pal, font)
        if index.data(self.paused_role):
            rect.setLeft(rect.left() + used + GAP)
            if rect.width() > 2 * PAD_X:
                label = status_label(COLLECTION_PAUSED)
                paint_badge(painter, rect, COLLECTION_PAUSED, label, pal, font)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        status = index.data(self.status_role)
        font = option.font
        width = 12
        if status is not None:
            width += badge_size(status_label(status), font).width()
        if index.data(self.paused_role):
            width += GAP + badge_size(status_label(COLLECTION_PAUSED), font).width()
        return QSize(width, badge_size("Ag", font).height() + 8)
