"""A non-modal message strip above the table: what went wrong and what to do.

The table below keeps its rows (marked stale by the header) while the banner
shows; Retry and Dismiss are buttons, reachable by keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ui.plain_text import PlainLabel
from ui.theme import warning_colors


class ErrorBanner(QFrame):
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setAccessibleName(self.tr("Error message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = PlainLabel(self)
        self.label.setObjectName("errorText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.clicked.connect(self.retryRequested)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_message(self, text: str, retry: bool = True) -> None:
        colors = warning_colors(self.palette())
        bg, fg = colors.background.name(), colors.foreground.name()
        self.setStyleSheet(
            f"#errorBanner {{ background: {bg}; border: 1px solid {fg}; border-radius: 6px; }}"
            f" #errorBanner QLabel {{ color: {fg}; }}"
        )
        self.label.setText(text)
        self.retry_button.setVisible(retry)
        self.show()

    def text(self) -> str:
        return self.label.text()
