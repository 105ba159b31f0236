"""The header: account, mode badge, switcher, last sync, refresh, progress, search.

Actions (with shortcuts) live here and are added to the window by its owner, so
they work wherever the focus is: Refresh (F5, incremental), Full resync
(Shift+F5), Cancel sync (Esc while syncing), Search (Ctrl+F).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import format_datetime
from ui.plain_text import PlainLabel
from ui.theme import mode_colors


class ModeBadge(QWidget):
    """LIVE / TEST / DEMO, painted in its colour and always spelled out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = ""
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_mode(self, mode: str) -> None:
        labels = {"live": self.tr("LIVE"), "test": self.tr("TEST"), "demo": self.tr("DEMO")}
        self.mode = mode
        self.text = labels.get(mode, "")
        self.setAccessibleName(self.tr("Account mode: %1").replace("%1", self.text))
        self.setVisible(bool(self.text))
        self.updateGeometry()
        self.update()

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        return font

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._font())
        return QSize(metrics.horizontalAdvance(self.text) + 18, metrics.height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = mode_colors(self.mode, self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(colors.foreground)
        painter.setBrush(colors.background)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setFont(self._font())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.text)
        painter.end()


class Header(QWidget):
    refreshRequested = Signal()
    fullResyncRequested = Signal()
    cancelRequested = Signal()
    searchChanged = Signal(str)
    accountChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        outer.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(10)
        outer.addLayout(top)

        self.account_label = PlainLabel(self)
        self.account_label.setObjectName("accountName")
        font = self.account_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.account_label.setFont(font)
        self.account_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mode_badge = ModeBadge(self)
        self.switcher = QComboBox(self)
        self.switcher.setAccessibleName(self.tr("Switch account"))
        self.switcher.setToolTip(self.tr("Switch account"))
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.switcher.activated.connect(self._on_switch)
        self.switcher.setVisible(False)
        self.synced_label = PlainLabel(self)
        self.synced_label.setObjectName("lastSynced")
        self.synced_label.setEnabled(True)

        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Fetch what changed since the last sync (F5)"))
        self.refresh_action.triggered.connect(self.refreshRequested)
        self.full_action = QAction(self.tr("&Full resync"), self)
        self.full_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F5))
        self.full_action.setToolTip(self.tr("Download every subscription again (Shift+F5)"))
        self.full_action.triggered.connect(self.fullResyncRequested)
        self.cancel_action = QAction(self.tr("&Cancel sync"), self)
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(self.cancelRequested)
        self.search_action = QAction(self.tr("&Search"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)

        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.refresh_action.toolTip())
        self.refresh_button.clicked.connect(self.refresh_action.trigger)
        self.full_button = QToolButton(self)
        self.full_button.setDefaultAction(self.full_action)
        self.full_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        top.addWidget(self.account_label)
        top.addWidget(self.mode_badge)
        top.addWidget(self.switcher)
        top.addStretch(1)
        top.addWidget(self.synced_label)
        top.addWidget(self.refresh_button)
        top.addWidget(self.full_button)

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        outer.addLayout(bottom)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search customer, e-mail, plan or ID (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search subscriptions"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress_label = PlainLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop the sync; the cache keeps its last state"))
        self.cancel_button.clicked.connect(self.cancel_action.trigger)
        bottom.addWidget(self.search, 2)
        bottom.addStretch(1)
        bottom.addWidget(self.progress_label)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        self.set_syncing(False)

    def actions_for_window(self) -> list[QAction]:
        return [self.refresh_action, self.full_action, self.cancel_action, self.search_action]

    # --- state --------------------------------------------------------------
    def set_account(self, name: str, mode: str) -> None:
        self.account_label.setText(name)
        self.mode_badge.set_mode(mode)

    def set_accounts(self, names: list[str], current: str | None) -> None:
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for name in names:
            self.switcher.addItem(name, name)
        if current is not None and current in names:
            self.switcher.setCurrentIndex(names.index(current))
        self.switcher.setVisible(len(names) > 1)
        self.switcher.blockSignals(False)

    def set_last_synced(self, when: datetime | None, stale: bool = False) -> None:
        if when is None:
            text = self.tr("Never synced")
        else:
            text = self.tr("Last synced %1").replace("%1", format_datetime(when))
        if stale:
            text = self.tr("%1 (stale)").replace("%1", text)
        self.synced_label.setText(text)

    def set_syncing(self, syncing: bool, text: str = "") -> None:
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(syncing)
        self.cancel_action.setEnabled(syncing)
        self.refresh_action.setEnabled(not syncing)
        self.full_action.setEnabled(not syncing)
        self.refresh_button.setEnabled(not syncing)
        if syncing:
            self.progress.setRange(0, 0)
            self.progress_label.setText(text)

    def set_progress(self, done: int, total: int | None, text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        self.progress_label.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.searchChanged.emit(self.search.text())

    def _on_switch(self, index: int) -> None:
        name = self.switcher.itemData(index)
        if isinstance(name, str):
            self.accountChosen.emit(name)
