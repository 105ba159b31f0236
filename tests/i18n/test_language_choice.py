"""Which language the window speaks: Settings first, then the system, then English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from ui.i18n import (
    SETTINGS_KEY,
    choose_language,
    locale_for,
    normalize_language,
    store_language,
    stored_language,
    system_language,
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("nl_NL.UTF-8", "nl"),
        ("nl-BE", "nl"),
        ("sv_FI", "sv"),
        ("SV", "sv"),
        ("en_GB", "en"),
        ("de_DE", None),
        ("C", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_language(code: str | None, expected: str | None) -> None:
    assert normalize_language(code) == expected


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("nl_NL", "nl"),
        ("nl_BE", "nl"),
        ("sv_SE", "sv"),
        ("sv_FI", "sv"),
        ("en_GB", "en"),
        ("de_DE", "en"),
        ("fr_FR", "en"),
        ("C", "en"),
    ],
)
def test_system_language_falls_back_to_english(system: str, expected: str) -> None:
    assert system_language(QLocale(system)) == expected


def test_settings_choice_overrides_the_system(settings: QSettings) -> None:
    assert stored_language(settings) is None
    assert choose_language(stored_language(settings), QLocale("nl_NL")) == "nl"
    store_language("sv", settings)
    assert settings.value(SETTINGS_KEY) == "sv"
    assert choose_language(stored_language(settings), QLocale("nl_NL")) == "sv"
    store_language(None, settings)
    assert not settings.contains(SETTINGS_KEY)
    assert choose_language(stored_language(settings), QLocale("nl_NL")) == "nl"


def test_unsupported_stored_value_follows_the_system(settings: QSettings) -> None:
    settings.setValue(SETTINGS_KEY, "klingon")
    assert stored_language(settings) is None
    assert choose_language(stored_language(settings), QLocale("sv_SE")) == "sv"


@pytest.mark.parametrize(
    ("language", "system", "expected"),
    [
        ("nl", "nl_BE", "nl_BE"),
        ("nl", "en_US", "nl_NL"),
        ("sv", "sv_FI", "sv_FI"),
        ("sv", "de_DE", "sv_SE"),
        ("en", "en_GB", "en_GB"),
        ("en", "nl_NL", "en_US"),
        ("en", "C", "en_US"),
    ],
)
def test_formats_keep_the_systems_territory_when_its_language_matches(
    language: str, system: str, expected: str
) -> None:
    assert locale_for(language, QLocale(system)).name() == expected
