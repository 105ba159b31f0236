"""View → Language: follow the system, or always English, Dutch or Swedish.

The choice is stored in Settings (QSettings ``ui/language``, see ``ui.i18n``) and
applies the next time Billing Manager starts; the status bar says so.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ui.i18n import LANGUAGE_NAMES, store_language, stored_language

SYSTEM = ""  # the action's code for "follow the system"


class LanguageMenu(QMenu):
    languageChosen = Signal(str)  # "en" / "nl" / "sv", or "" to follow the system

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("languageMenu")
        self._settings = settings
        group = QActionGroup(self)
        group.setExclusive(True)
        current = stored_language(settings) or SYSTEM
        self.choices: dict[str, QAction] = {}
        # Each language is named in itself, so anyone can find their own.
        labels = [(SYSTEM, self.tr("System language")), *LANGUAGE_NAMES.items()]
        for code, label in labels:
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            group.addAction(action)
            self.addAction(action)
            self.choices[code] = action
        self.insertSeparator(self.choices["en"])

    def choose(self, code: str) -> None:
        store_language(code or None, self._settings)
        self.choices[code].setChecked(True)
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("The new language applies the next time Billing Manager starts.")
            )
        self.languageChosen.emit(code)
