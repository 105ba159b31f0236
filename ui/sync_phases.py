"""The sync's phases (``desktop_app.sync.SyncProgress.phase``) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.tr_marks import QT_TRANSLATE_NOOP

_PHASES: dict[str, str] = {
    "account": QT_TRANSLATE_NOOP("SyncPhase", "Checking the account"),
    "catalog": QT_TRANSLATE_NOOP("SyncPhase", "Products and prices"),
    "subscriptions": QT_TRANSLATE_NOOP("SyncPhase", "Subscriptions"),
    "events": QT_TRANSLATE_NOOP("SyncPhase", "Changes"),
    "saving": QT_TRANSLATE_NOOP("SyncPhase", "Saving"),
    "done": QT_TRANSLATE_NOOP("SyncPhase", "Done"),
}


def phase_label(phase: str) -> str:
    """A known phase in words; a phase added later shows as it came."""
    source = _PHASES.get(phase)
    if source is None:
        return phase.replace("_", " ").capitalize()
    return QCoreApplication.translate("SyncPhase", source)
