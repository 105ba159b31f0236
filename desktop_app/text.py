"""Words the core shows to people, translatable without Qt.

The core imports no Qt, yet its messages (errors, confirmations, why an action is
disabled, what a key can do) reach the window, which speaks Dutch and Swedish too.
Mark them where they are written:

    from desktop_app.text import mark, translate

    TITLE = mark("Confirmations", "Pause payment collection")  # a constant: no lookup yet
    translate("Confirmations", TITLE)                           # looked up when shown
    translate("Errors", "The key of {profile} was refused.").format(profile=name)

Translate the whole sentence with ``{name}`` placeholders, never pieces glued together.
``scripts/update_translations.py`` runs lupdate over ``desktop_app/`` as well as ``ui/``
(``mark`` counts as ``QT_TRANSLATE_NOOP``), so these land in the same ``.ts`` files.
The window installs Qt's lookup at start (``set_translator``) and its date format
(``set_day_formatter``, for ``day_text``); the command line and the core's tests keep
English and ISO dates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Translator = Callable[[str, str], str]
DayFormatter = Callable[[date], str]


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english


def set_translator(translator: Translator | None) -> None:
    """Use ``translator(context, text)`` for every later lookup; None restores English."""
    global _translator
    _translator = translator if translator is not None else _english


def translate(context: str, text: str) -> str:
    """``text`` in the user's language (English until the window installs a translator)."""
    return _translator(context, text)


def _iso_day(value: date) -> str:
    return value.isoformat()


_day_formatter: DayFormatter = _iso_day


def set_day_formatter(formatter: DayFormatter | None) -> None:
    """Write dates in messages with ``formatter``; None restores ISO (2026-03-05)."""
    global _day_formatter
    _day_formatter = formatter if formatter is not None else _iso_day


def day_text(value: date) -> str:
    """A date inside a message: ISO on the command line, the user's format in the window."""
    return _day_formatter(value)


def mark(context: str, text: str) -> str:
    """Mark a constant for translation; returns it unchanged (translate it when shown)."""
    return text
