"""Every label and tooltip of the window shows its text as written (``ui.plain_text``):
no module of ``ui/`` makes a bare QLabel, sets a tooltip any other way, or uses the
widgets that read their text as HTML. With hostile data loaded, the walk over every
widget is in tests/reliability/test_hostile_text.py."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument

from ui.plain_text import PlainLabel, plain_tooltip

UI = Path(__file__).resolve().parents[2] / "ui"
HOME = UI / "plain_text.py"
# Qt reads these as HTML when the text looks like it: only ui/plain_text.py may use them.
RICH_TEXT_SINKS = {"QLabel", "QMessageBox", "QTextBrowser", "setHtml", "showText", "setWhatsThis"}
TOOLTIP_SOURCES = {"tr", "plain_tooltip", "toolTip"}


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def test_no_module_of_ui_shows_text_that_qt_may_read_as_html() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path == HOME:
            continue
        for call in _calls(path):
            name = _name(call.func)
            where = f"{path.relative_to(UI.parent)}:{call.lineno}"
            if name in RICH_TEXT_SINKS or name == "setTextFormat":
                offenders.append(f"{where} {name}(...)")
            if name == "setToolTip":
                arg = call.args[0] if call.args else None
                source = _name(arg.func) if isinstance(arg, ast.Call) else ""
                if source not in TOOLTIP_SOURCES:
                    offenders.append(f"{where} setToolTip without plain_tooltip")
    assert offenders == []


def _shown(tooltip: str) -> str:
    if not QtGuiNamespace.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


@pytest.mark.parametrize(
    "text",
    [
        "Stripe reports the status “<b>frozen</b>”",
        '<span style="font-size:1px">hidden</span> & more',
        "<qt>whole</qt>",
        "plain text, 5 < 6 & 7 > 3",
        "",
    ],
)
def test_a_tooltip_shows_its_text_as_written(text: str) -> None:
    assert _shown(plain_tooltip(text)) == text


def test_a_plain_label_shows_html_as_written(qtbot: Any) -> None:
    label = PlainLabel("<b>Nothing will change</b>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>Nothing will change</b>"
    parented = PlainLabel(label)
    assert parented.parent() is label
    assert parented.text() == ""
