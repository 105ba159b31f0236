"""Typed markers for translatable strings that are translated later, at display time.

``lupdate`` finds the literal in ``QT_TRANSLATE_NOOP("Context", "Text")`` by name;
the text is translated with ``QCoreApplication.translate(context, text)`` when shown.
(PySide6's own QT_TRANSLATE_NOOP is typed as returning ``object``.)
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
