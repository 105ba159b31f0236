"""The main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop_app import APP_NAME


class MainWindow(QMainWindow):
    def __init__(self, *, demo: bool = False, profile: str | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("{app} — DEMO").format(app=APP_NAME) if demo else APP_NAME)
        self.resize(1100, 700)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.status_label = QLabel(self.tr("No account is connected yet."), central)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setObjectName("noAccountLabel")
        layout.addWidget(self.status_label)
        self.setCentralWidget(central)
