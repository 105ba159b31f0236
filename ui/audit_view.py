"""The audit log of write actions, viewable in the app (newest first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.audit import AuditEntry, AuditLog
from ui.formatting import to_local
from ui.plain_text import PlainLabel
from ui.safe_copy import guard_copy
from ui.tasks import run_task


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # marks text for lupdate, like Qt's
    return text


ACTION_LABELS: dict[str, str] = {
    "portal_session": QT_TRANSLATE_NOOP("AuditView", "Portal link created"),
    "pause_collection": QT_TRANSLATE_NOOP("AuditView", "Collection paused"),
    "resume_collection": QT_TRANSLATE_NOOP("AuditView", "Collection resumed"),
    "cancel_at_period_end": QT_TRANSLATE_NOOP("AuditView", "Cancel at period end"),
    "renew": QT_TRANSLATE_NOOP("AuditView", "Renewed"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditView", "Time"),
    QT_TRANSLATE_NOOP("AuditView", "Account"),
    QT_TRANSLATE_NOOP("AuditView", "Action"),
    QT_TRANSLATE_NOOP("AuditView", "Subscription"),
    QT_TRANSLATE_NOOP("AuditView", "Customer"),
    QT_TRANSLATE_NOOP("AuditView", "Details"),
    QT_TRANSLATE_NOOP("AuditView", "Result"),
)
MAX_ROWS = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditView", text)


def describe(entry: AuditEntry) -> list[str]:
    """The row's cells, in COLUMNS order."""
    details = [entry.flow] if entry.flow else []
    details += [f"{k}={v}" for k, v in entry.details.items()]
    result = (
        QCoreApplication.translate("AuditView", "OK")
        if entry.ok
        else QCoreApplication.translate("AuditView", "Failed: %1").replace("%1", entry.error or "")
    )
    return [
        to_local(entry.time).strftime("%Y-%m-%d %H:%M:%S"),
        entry.profile,
        _tr(ACTION_LABELS.get(entry.action, entry.action)),
        entry.subscription or "",
        entry.customer or "",
        ", ".join(details),
        result,
    ]


class AuditView(QDialog):
    loaded = Signal(int)

    def __init__(
        self, audit: AuditLog, *, profile: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(900, 480)
        self.audit = audit
        self.profile = profile
        self.entries: list[AuditEntry] = []
        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "Every change made from this app: portal links created, collection paused "
                "and resumed, cancellations and renewals. Kept in %1 (no keys, no links)."
            ).replace("%1", str(audit.path)),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.only_profile = QCheckBox(self.tr("Only this account"), self)
        self.only_profile.setVisible(profile is not None)
        self.only_profile.setChecked(profile is not None)
        self.only_profile.toggled.connect(lambda *_: self._fill())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        row.addWidget(self.only_profile)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("auditTable")
        guard_copy(self.table)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.empty = PlainLabel(self.tr("No actions recorded yet."), self)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        run_task(lambda: self.audit.read(limit=MAX_ROWS), on_result=self._on_loaded)

    def _on_loaded(self, entries: list[AuditEntry]) -> None:
        self.entries = entries
        self._fill()
        self.loaded.emit(len(entries))

    def visible_entries(self) -> list[AuditEntry]:
        if self.profile is not None and self.only_profile.isChecked():
            return [e for e in self.entries if e.profile == self.profile]
        return self.entries

    def _fill(self) -> None:
        entries = self.visible_entries()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for col, text in enumerate(describe(entry)):
                item = QTableWidgetItem(text)
                if not entry.ok and col == len(COLUMNS) - 1:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not entries)
