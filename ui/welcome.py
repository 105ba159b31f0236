"""The first-run screen: connect a Stripe account, or try the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app import APP_NAME
from ui.plain_text import PlainLabel


class WelcomePage(QWidget):
    connectRequested = Signal()
    demoRequested = Signal()

    def __init__(self, connect_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        title = PlainLabel(self.tr("Welcome to %1").replace("%1", APP_NAME), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = PlainLabel(
            self.tr(
                "See every Stripe Billing subscription at a glance, find the ones that need "
                "attention, and send customers to Stripe's portal to fix their payment details.\n"
                "Connect your account with a restricted API key (kept in your system keyring), "
                "or look around in a demo account first."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(620)
        self.connect_button = QPushButton(self.tr("Connect a Stripe account…"), self)
        self.connect_button.setDefault(True)
        self.connect_button.setEnabled(connect_available)
        if not connect_available:
            self.connect_button.setToolTip(self.tr("Connecting accounts is not available yet."))
        self.demo_button = QPushButton(self.tr("Try the demo"), self)
        self.connect_button.clicked.connect(self.connectRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        outer.addWidget(title)
        outer.addSpacing(8)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addSpacing(16)
        outer.addLayout(buttons)
        outer.addStretch(3)
