"""Pause payment collection: choose the behavior and an optional resume date.

Each behavior is explained in plain words; the confirmation below names the
customer and the effect and updates as the choice changes. In live mode the
customer's name must be typed before "Pause collection" is enabled.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import ActionTarget
from desktop_app.confirmations import ConfirmKind, build_confirmation
from desktop_app.pause import PauseBehavior
from ui.confirm import ConfirmationPanel, confirm_buttons
from ui.plain_text import PlainLabel


def local_midnight_utc(day: date) -> datetime:
    """The start of ``day`` in the user's time zone, as an aware UTC datetime."""
    return datetime.combine(day, time(0, 0)).astimezone().astimezone(UTC)


class PauseDialog(QDialog):
    def __init__(
        self,
        target: ActionTarget,
        *,
        livemode: bool,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pauseDialog")
        self.target = target
        self.livemode = livemode
        self.setWindowTitle(self.tr("Pause payment collection"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "The subscription stays active and invoices keep being created on "
                "schedule. Choose what happens to them while collection is paused:"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.group = QButtonGroup(self)
        self.radios: dict[PauseBehavior, QRadioButton] = {}
        for behavior in PauseBehavior:
            radio = QRadioButton(behavior.label, self)
            radio.setObjectName(f"behavior_{behavior.value}")
            explanation = PlainLabel(behavior.explanation, self)
            explanation.setWordWrap(True)
            explanation.setIndent(24)
            self.group.addButton(radio)
            self.radios[behavior] = radio
            layout.addWidget(radio)
            layout.addWidget(explanation)
        self.radios[PauseBehavior.KEEP_AS_DRAFT].setChecked(True)

        row = QHBoxLayout()
        self.resume_check = QCheckBox(self.tr("Resume automatically on"), self)
        self.resume_check.setObjectName("resumeCheck")
        self.resume_date = QDateEdit(self)
        self.resume_date.setObjectName("resumeDate")
        self.resume_date.setCalendarPopup(True)
        self.resume_date.setDisplayFormat("yyyy-MM-dd")
        first = (today or date.today()).toordinal() + 1
        tomorrow = date.fromordinal(first)
        self.resume_date.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        month_later = date.fromordinal(first + 29)
        self.resume_date.setDate(QDate(month_later.year, month_later.month, month_later.day))
        self.resume_date.setEnabled(False)
        self.resume_check.toggled.connect(self.resume_date.setEnabled)
        row.addWidget(self.resume_check)
        row.addWidget(self.resume_date)
        row.addStretch(1)
        layout.addLayout(row)

        self.panel = ConfirmationPanel(self)
        layout.addWidget(self.panel)
        self.buttons, self.confirm_button, self.cancel_button = confirm_buttons(
            self, self.tr("Pause collection"), self._accept_if_allowed
        )
        layout.addWidget(self.buttons)

        self.panel.acceptableChanged.connect(self.confirm_button.setEnabled)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.resume_check.toggled.connect(lambda *_: self._update())
        self.resume_date.dateChanged.connect(lambda *_: self._update())
        self._update()

    def behavior(self) -> PauseBehavior:
        for behavior, radio in self.radios.items():
            if radio.isChecked():
                return behavior
        return PauseBehavior.KEEP_AS_DRAFT

    def resume_day(self) -> date | None:
        if not self.resume_check.isChecked():
            return None
        qd = self.resume_date.date()
        return date(qd.year(), qd.month(), qd.day())

    def resumes_at(self) -> datetime | None:
        day = self.resume_day()
        return local_midnight_utc(day) if day else None

    def _update(self) -> None:
        self.panel.set_confirmation(
            build_confirmation(
                ConfirmKind.PAUSE,
                self.target,
                livemode=self.livemode,
                behavior=self.behavior(),
                resumes_at=self.resume_day(),
            )
        )

    def _accept_if_allowed(self) -> None:
        if self.panel.is_acceptable():
            self.accept()
