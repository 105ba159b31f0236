"""Label/value rows of read-only fields, as the summary card and detail panel show them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ui.plain_text import PlainLabel


def add_field_rows(
    form: QFormLayout, parent: QWidget, rows: Iterable[tuple[str, str]], object_prefix: str
) -> tuple[dict[str, QLabel], dict[str, QLabel]]:
    """Add a muted label and a selectable, wrapping value per ``(key, label)``; return the
    value and label widgets by key (values are named ``{object_prefix}{key}``)."""
    fields: dict[str, QLabel] = {}
    labels: dict[str, QLabel] = {}
    for key, label in rows:
        name = PlainLabel(label, parent)
        name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        value = PlainLabel(parent)
        value.setObjectName(f"{object_prefix}{key}")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name.setBuddy(value)
        form.addRow(name, value)
        fields[key] = value
        labels[key] = name
    return fields, labels
