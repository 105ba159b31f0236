"""Colours and labels for statuses, readable on light and dark palettes.

Colour is never the only signal: every badge also carries its text. The pairs
below keep a contrast ratio of at least 4.5:1 between text and badge fill on both
palettes (dark text on a pale tint in light mode, pale text on a deep shade in dark).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from ui.core import DisplayStatus
from ui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT = "Status"

#: The badge text for each status (translated at display time).
STATUS_LABELS: dict[str, str] = {
    DisplayStatus.ACTIVE: QT_TRANSLATE_NOOP("Status", "Active"),
    DisplayStatus.TRIALING: QT_TRANSLATE_NOOP("Status", "Trialing"),
    DisplayStatus.CANCELING: QT_TRANSLATE_NOOP("Status", "Canceling"),
    DisplayStatus.CANCELED: QT_TRANSLATE_NOOP("Status", "Canceled"),
    DisplayStatus.PAST_DUE: QT_TRANSLATE_NOOP("Status", "Past due"),
    DisplayStatus.UNPAID: QT_TRANSLATE_NOOP("Status", "Unpaid"),
    DisplayStatus.PAUSED: QT_TRANSLATE_NOOP("Status", "Paused"),
    DisplayStatus.INCOMPLETE: QT_TRANSLATE_NOOP("Status", "Incomplete"),
    DisplayStatus.INCOMPLETE_EXPIRED: QT_TRANSLATE_NOOP("Status", "Incomplete expired"),
    DisplayStatus.UNKNOWN: QT_TRANSLATE_NOOP("Status", "Unknown"),
}
COLLECTION_PAUSED = "collection_paused"
COLLECTION_PAUSED_LABEL = QT_TRANSLATE_NOOP("Status", "Collection paused")

# (light fg, light bg, dark fg, dark bg)
_COLOURS: dict[str, tuple[str, str, str, str]] = {
    DisplayStatus.ACTIVE: ("#166534", "#dcfce7", "#86efac", "#14532d"),
    DisplayStatus.TRIALING: ("#1e40af", "#dbeafe", "#93c5fd", "#1e3a8a"),
    DisplayStatus.CANCELING: ("#92400e", "#fef3c7", "#fcd34d", "#713f12"),
    DisplayStatus.CANCELED: ("#374151", "#e5e7eb", "#d1d5db", "#374151"),
    DisplayStatus.PAST_DUE: ("#991b1b", "#fee2e2", "#fca5a5", "#7f1d1d"),
    DisplayStatus.UNPAID: ("#ffffff", "#b91c1c", "#ffffff", "#b91c1c"),
    DisplayStatus.PAUSED: ("#3730a3", "#e0e7ff", "#c7d2fe", "#312e81"),
    DisplayStatus.INCOMPLETE: ("#9a3412", "#ffedd5", "#fdba74", "#7c2d12"),
    DisplayStatus.INCOMPLETE_EXPIRED: ("#374151", "#e5e7eb", "#d1d5db", "#374151"),
    DisplayStatus.UNKNOWN: ("#44403c", "#f5f5f4", "#e7e5e4", "#44403c"),
    COLLECTION_PAUSED: ("#5b21b6", "#ede9fe", "#ddd6fe", "#4c1d95"),
}

# Mid-tone fills for the chart: visible on white and on a dark window alike.
_CHART: dict[str, str] = {
    DisplayStatus.ACTIVE: "#22a35a",
    DisplayStatus.TRIALING: "#3b82f6",
    DisplayStatus.CANCELING: "#f59e0b",
    DisplayStatus.CANCELED: "#7b8494",
    DisplayStatus.PAST_DUE: "#ef4444",
    DisplayStatus.UNPAID: "#a11d1d",
    DisplayStatus.PAUSED: "#6366f1",
    DisplayStatus.INCOMPLETE: "#f97316",
    DisplayStatus.INCOMPLETE_EXPIRED: "#a3a3a3",
    DisplayStatus.UNKNOWN: "#b8a48a",
    COLLECTION_PAUSED: "#8b5cf6",
}

#: Statuses that need someone's attention: their chips and badges stand out.
ATTENTION = frozenset({DisplayStatus.PAST_DUE, DisplayStatus.UNPAID})


@dataclass(frozen=True)
class BadgeColors:
    foreground: QColor
    background: QColor


def status_key(status: object) -> str:
    """The colour/label key of a status value; anything unrecognised is "unknown"."""
    text = str(status)
    return text if text in _COLOURS else str(DisplayStatus.UNKNOWN)


def status_label(status: object) -> str:
    key = status_key(status)
    if key == COLLECTION_PAUSED:
        return QCoreApplication.translate(CONTEXT, COLLECTION_PAUSED_LABEL)
    return QCoreApplication.translate(CONTEXT, STATUS_LABELS[key])


def chart_color(status: object) -> QColor:
    return QColor(_CHART[status_key(status)])


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette if palette is not None else QGuiApplication.palette()
    window = pal.color(QPalette.ColorRole.Window)
    text = pal.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


_BADGE_CACHE: dict[tuple[str, bool], BadgeColors] = {}


def badge_colors(status: object, palette: QPalette | None = None) -> BadgeColors:
    key = (status_key(status), is_dark(palette))
    cached = _BADGE_CACHE.get(key)
    if cached is None:
        light_fg, light_bg, dark_fg, dark_bg = _COLOURS[key[0]]
        if key[1]:
            cached = BadgeColors(QColor(dark_fg), QColor(dark_bg))
        else:
            cached = BadgeColors(QColor(light_fg), QColor(light_bg))
        _BADGE_CACHE[key] = cached
    return cached


def card_problem_color(palette: QPalette | None = None) -> QColor:
    """The text colour of an expired or expiring card in the table (with its words:
    colour is never the only signal)."""
    return badge_colors(DisplayStatus.PAST_DUE, palette).foreground


_ICONS: dict[str, QIcon] = {}


def card_problem_icon() -> QIcon:
    """The warning sign beside an expired or expiring card (the style's own)."""
    icon = _ICONS.get("card_problem")
    if icon is None:
        style = QApplication.style()
        icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        _ICONS["card_problem"] = icon
    return icon


def warning_colors(palette: QPalette | None = None) -> BadgeColors:
    """Colours of a warning banner (past due, sync errors)."""
    if is_dark(palette):
        return BadgeColors(QColor("#fecaca"), QColor("#450a0a"))
    return BadgeColors(QColor("#7f1d1d"), QColor("#fef2f2"))


def notice_colors(palette: QPalette | None = None) -> BadgeColors:
    """Colours of an informational notice (collection paused, stale data)."""
    if is_dark(palette):
        return BadgeColors(QColor("#fde68a"), QColor("#422006"))
    return BadgeColors(QColor("#78350f"), QColor("#fffbeb"))


def mode_colors(mode: str, palette: QPalette | None = None) -> BadgeColors:
    """LIVE (green), TEST (amber), DEMO (violet) account badges."""
    key = {"live": DisplayStatus.ACTIVE, "test": DisplayStatus.CANCELING}.get(
        mode, COLLECTION_PAUSED
    )
    return badge_colors(key, palette)


def dark_palette() -> QPalette:
    """A dark palette (Fusion style) for screenshots and users who want one."""
    pal = QPalette()
    base = QColor("#1f2125")
    window = QColor("#2a2d32")
    text = QColor("#e8e8ea")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26292e"),
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#33373d"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Highlight: QColor("#3b6fd8"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4ff"),
        QPalette.ColorRole.PlaceholderText: QColor("#8b8f97"),
        QPalette.ColorRole.Mid: QColor("#44484f"),
        QPalette.ColorRole.Midlight: QColor("#3a3e44"),
        QPalette.ColorRole.Dark: QColor("#16181b"),
    }
    for role, color in roles.items():
        pal.setColor(role, color)
    disabled = QColor("#7d8189")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal
