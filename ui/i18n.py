"""The app's language: English, Dutch or Swedish.

The language is the one chosen in Settings (QSettings key ``ui/language``), else the
first supported language of the system locale (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``), else English. ``install_translations`` installs the app's
compiled catalogue (``resources/translations/billing_manager_<lang>.qm``, built by
``scripts/build_translations.py``) and Qt's own ``qtbase_<lang>.qm`` (standard
buttons and dialogs), and makes the matching locale the default, so QLocale() formats
money and dates for it. ``app_language()`` tells other parts which language the window
speaks: the portal opens in the customer's preferred language, else in this one
(``desktop_app.portal.portal_locale``).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop_app import text as core_text
from desktop_app.resources import resource_path
from ui.formatting import format_date
from ui.settings import private_settings

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "nl", "sv")
DEFAULT_LANGUAGE = "en"
SETTINGS_KEY = "ui/language"
# Each language's own name: shown untranslated in the language picker.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "nl": "Nederlands", "sv": "Svenska"}
# The locale used when the system's language is another one.
_DEFAULT_LOCALES: dict[str, str] = {"en": "en_US", "nl": "nl_NL", "sv": "sv_SE"}
CATALOGUE_PREFIX = "billing_manager"

_installed: list[QTranslator] = []
_current_language = DEFAULT_LANGUAGE


def normalize_language(code: str | None) -> str | None:
    """The supported language of a locale name: nl_BE.UTF-8 -> nl, sv-SE -> sv.

    Unsupported or empty names give None."""
    if not code:
        return None
    base = code.strip().split(".")[0].replace("-", "_").split("_")[0].lower()
    return base if base in SUPPORTED_LANGUAGES else None


def stored_language(settings: QSettings | None = None) -> str | None:
    """The language chosen in Settings, or None to follow the system."""
    value = (settings or QSettings()).value(SETTINGS_KEY, "")
    return normalize_language(value if isinstance(value, str) else None)


def store_language(language: str | None, settings: QSettings | None = None) -> None:
    """Remember a language choice; None (or "system") follows the system again."""
    store = private_settings(settings or QSettings())
    chosen = normalize_language(language)
    if chosen is None:
        store.remove(SETTINGS_KEY)
    else:
        store.setValue(SETTINGS_KEY, chosen)
    store.sync()


def system_language(system: QLocale | None = None) -> str:
    """The first supported language among the system's UI languages, else English."""
    locale = system if system is not None else QLocale.system()
    for tag in [*locale.uiLanguages(), locale.name()]:
        language = normalize_language(tag)
        if language is not None:
            return language
    return DEFAULT_LANGUAGE


def choose_language(override: str | None, system: QLocale | None = None) -> str:
    return normalize_language(override) or system_language(system)


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for formats: the system's when it speaks ``language`` (keeping its
    territory, e.g. nl_BE), else the language's main one (en_US, nl_NL, sv_SE)."""
    locale = system if system is not None else QLocale.system()
    if QLocale.languageToCode(locale.language()) == language:
        return locale
    return QLocale(_DEFAULT_LOCALES.get(language, _DEFAULT_LOCALES[DEFAULT_LANGUAGE]))


def catalogue_path(language: str) -> Path | None:
    """The compiled catalogue of the app for ``language`` (None when missing).

    English has one too: it holds only the plural forms ("Every 3 months")."""
    try:
        return resource_path("translations", f"{CATALOGUE_PREFIX}_{language}.qm")
    except FileNotFoundError:
        log.warning(
            "The %s translation is not built; showing English. Run scripts/setup.sh "
            "(or scripts/build_translations.py) to build it.",
            language,
        )
        return None


def qt_catalogue_path(language: str) -> Path | None:
    """Qt's own translation of its standard dialogs and buttons (qtbase_<lang>.qm)."""
    if language == DEFAULT_LANGUAGE:
        return None
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{language}.qm"
    if not path.is_file():
        log.warning("Qt's own %s translation is missing at %s", language, path)
        return None
    return path


def _load(path: Path, app: QCoreApplication) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(str(path)):
        log.warning("Could not load the translation %s", path)
        return None
    return translator


def install_translations(
    app: QCoreApplication,
    language: str | None = None,
    *,
    settings: QSettings | None = None,
    system: QLocale | None = None,
) -> str:
    """Install the translators and the default locale for the chosen language.

    ``language`` overrides everything (tests, a restart after Settings); otherwise the
    stored choice, else the system's language. Translators installed by an earlier call
    are removed first, so calling again switches the language. Returns the language.
    """
    global _current_language
    chosen = normalize_language(language) or choose_language(stored_language(settings), system)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for path in (qt_catalogue_path(chosen), catalogue_path(chosen)):
        translator = _load(path, app) if path is not None else None
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(chosen, system))
    # The core's messages (desktop_app.text) follow: Qt's lookup, the locale's dates.
    core_text.set_translator(QCoreApplication.translate)
    core_text.set_day_formatter(_day_in_locale)
    _current_language = chosen
    log.info("Language: %s (locale %s)", chosen, QLocale().name())
    return chosen


def _day_in_locale(value: date) -> str:
    return format_date(value)


def app_language() -> str:
    """The language the window speaks now: "en", "nl" or "sv"."""
    return _current_language
