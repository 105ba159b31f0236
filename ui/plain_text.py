"""Text shown as it is written: the one way the window puts text on screen.

Qt reads a label's or a tooltip's text as HTML whenever it looks like HTML
(``Qt.mightBeRichText``: a tag near the start). Names, e-mails, plans and IDs come
from Stripe, where a customer can set their own name in the portal, so a name such as
``<b>Nothing will change</b><span style="font-size:1px">`` would restyle or hide the
text around it, in a live confirmation too. The window never builds rich text, so:

* every label is a ``PlainLabel`` (a QLabel whose format is plain text);
* every tooltip goes through ``plain_tooltip``, since tooltips have no plain-text
  mode: text Qt would take for HTML is escaped, so it shows literally.

``tests/ui/test_plain_text.py`` checks that no module of ``ui/`` makes a bare QLabel
or sets a tooltip another way, and walks every widget with hostile data loaded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace  # Qt's text functions live in QtGui
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A QLabel that shows its text as it is written, never as HTML."""

    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None) -> None:
        # QLabel's two forms: PlainLabel(parent) and PlainLabel(text, parent).
        if isinstance(text, QWidget):
            parent, text = text, None
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)


def plain_tooltip(text: str) -> str:
    """``text`` for ``setToolTip`` or a model's ToolTipRole, shown as it is written:
    unchanged when Qt would show it so anyway, else escaped as HTML."""
    if not QtGuiNamespace.mightBeRichText(text):
        return text
    return QtGuiNamespace.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
