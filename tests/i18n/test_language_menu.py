"""View → Language stores the choice in Settings; the next start speaks it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings

from ui.i18n import SETTINGS_KEY

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_choosing_a_language_stores_it_and_says_when_it_applies(
    qtbot: Any, settings: QSettings, switch_language: Callable[[str], str]
) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui.i18n import install_translations
    from ui.language_menu import LanguageMenu

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(window, settings)
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names == ["System language", "English", "Nederlands", "Svenska"]
    assert menu.choices[""].isChecked()

    with qtbot.waitSignal(menu.languageChosen) as chosen:
        menu.choices["sv"].trigger()
    assert chosen.args == ["sv"]
    assert settings.value(SETTINGS_KEY) == "sv"
    assert menu.choices["sv"].isChecked()
    assert "next time" in window.statusBar().currentMessage()

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # The next start: Settings win over a Dutch system.
    assert install_translations(app, settings=settings, system=QLocale("nl_NL")) == "sv"
    assert QLocale().name() == "sv_SE"
    assert LanguageMenu(None, settings).title() == "&Språk"

    menu.choices[""].trigger()
    assert not settings.contains(SETTINGS_KEY)
    assert install_translations(app, settings=settings, system=QLocale("nl_BE")) == "nl"
    assert QLocale().name() == "nl_BE"
