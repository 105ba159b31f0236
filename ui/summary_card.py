"""The summary card of the selected subscription.

Shows what a billing page shows: plan, billing period, status badge, next billing
date (or the date it ends), amount, payment method (the one Stripe charges: brand,
last 4, expiry; for other methods the bank or last 4), an expired card or one that
expires before the next payment, a collection-paused notice, trial end,
cancellation date, and for past-due or unpaid subscriptions a warning with the
dunning state (attempts so far, next retry; or that the customer replaced the
payment method since the last failed attempt, or that the invoice is paid) and the
button that sends the customer to Stripe's portal.

Signal ``portalRequested(subscription_id, flow)``: the user asked to send the
customer to the hosted Billing portal with ``flow`` ("payment_method_update").
The owner creates the portal session (a later issue wires it to the portal action).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.billing_periods import row_period_label
from ui.core import (
    DisplayStatus,
    SubscriptionDetail,
    SubscriptionRow,
    card_status,
    valid_until,
)
from ui.detail_panel import invoice_status_label
from ui.field_form import add_field_rows
from ui.formatting import format_date, format_money
from ui.payment_text import card_problem_text, now_utc, payment_method_text
from ui.plain_text import PlainLabel
from ui.status_badge import StatusBadge
from ui.subscription_model import amount_text
from ui.theme import BadgeColors, card_problem_color, notice_colors, warning_colors

PAYMENT_METHOD_UPDATE = "payment_method_update"


def _style_box(label: QLabel, colors: BadgeColors) -> None:
    label.setStyleSheet(
        "QLabel {{ background: {bg}; color: {fg}; border: 1px solid {fg};"
        " border-radius: 6px; padding: 8px; }}".format(
            bg=colors.background.name(), fg=colors.foreground.name()
        )
    )


def _field(obj: Any, *names: str) -> Any:
    """The first of ``names`` that ``obj`` has (the core's models are frozen dataclasses)."""
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return None


class SummaryCard(QFrame):
    portalRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.setAccessibleName(self.tr("Subscription summary"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.subscription_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)

        title_row = QHBoxLayout()
        self.title = PlainLabel(self)
        self.title.setObjectName("cardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = StatusBadge(self)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)
        self.subtitle = PlainLabel(self)
        self.subtitle.setObjectName("cardSubtitle")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.subtitle)

        self.warning = PlainLabel(self)
        self.warning.setObjectName("dunningWarning")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Payment warning"))
        self.portal_button = QPushButton(self.tr("Send to portal to update payment method"), self)
        self.portal_button.setObjectName("portalButton")
        self.portal_button.setToolTip(
            self.tr("Open Stripe's customer portal so the customer can change the card")
        )
        self.portal_button.clicked.connect(self._request_portal)
        self.notice = PlainLabel(self)
        self.notice.setObjectName("pauseNotice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Collection notice"))
        layout.addWidget(self.warning)
        layout.addWidget(self.portal_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.notice)

        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Longer Dutch and Swedish labels: a value that does not fit goes under its label.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(self.form)
        self.fields, self._labels = add_field_rows(
            self.form,
            self,
            (
                ("plan", self.tr("Plan")),
                ("period", self.tr("Billing period")),
                ("amount", self.tr("Amount")),
                ("next", self.tr("Next billing date")),
                ("trial_end", self.tr("Trial ends")),
                ("cancel", self.tr("Cancellation date")),
                ("payment_method", self.tr("Payment method")),
                ("card_problem", self.tr("Card status")),
                ("latest_invoice", self.tr("Latest invoice")),
                ("id", self.tr("Subscription ID")),
            ),
            "field_",
        )
        layout.addStretch(1)
        self.clear()

    # --- API ---------------------------------------------------------------
    def clear(self) -> None:
        self.subscription_id = None
        self.title.setText(self.tr("No subscription selected"))
        self.subtitle.setText(self.tr("Select a row in the table to see its details."))
        self.badge.set_status(None)
        self.warning.hide()
        self.portal_button.hide()
        self.notice.hide()
        for key in self.fields:
            self._set(key, None)

    def field_text(self, key: str) -> str:
        return self.fields[key].text() if self.fields[key].isVisibleTo(self) else ""

    def label_text(self, key: str) -> str:
        return self._labels[key].text()

    def show_subscription(self, row: SubscriptionRow, detail: SubscriptionDetail | None) -> None:
        self.subscription_id = row.id
        status = str(row.display_status)
        self.title.setText(row.customer_name or row.customer_email or row.customer_id or row.id)
        self.subtitle.setText(row.customer_email or "")
        self.badge.set_status(status, row.collection_paused)
        sub = detail.subscription if detail is not None else None

        self._set("plan", row.plan_label)
        self._set("period", row_period_label(row) or None)
        self._set("amount", amount_text(row))
        self._set("id", row.id)
        self._show_next(row)
        trial_end = _field(sub, "trial_end") if status == DisplayStatus.TRIALING else None
        self._set("trial_end", format_date(trial_end) if trial_end else None)
        self._show_cancel(row, sub)
        self._show_payment_method(row, detail)
        self._show_invoice(detail)
        self._show_pause(row)
        self._show_warning(row, detail)

    # --- pieces -------------------------------------------------------------
    def _set(self, key: str, text: str | None) -> None:
        visible = bool(text)
        self.fields[key].setText(text or "")
        self.fields[key].setVisible(visible)
        self._labels[key].setVisible(visible)

    def _show_next(self, row: SubscriptionRow) -> None:
        when = format_date(row.next_billing_date) if row.next_billing_date else None
        if row.next_billing_kind == "ends":
            self._labels["next"].setText(self.tr("Ends on"))
        else:
            self._labels["next"].setText(self.tr("Next billing date"))
        self._set("next", when)

    def _show_cancel(self, row: SubscriptionRow, sub: Any) -> None:
        status = str(row.display_status)
        when: datetime | None = None
        if status == DisplayStatus.CANCELED:
            self._labels["cancel"].setText(self.tr("Canceled on"))
            when = row.ended_at or _field(sub, "ended_at", "canceled_at")
        elif status == DisplayStatus.CANCELING:
            self._labels["cancel"].setText(self.tr("Cancels on"))
            when = row.cancel_at or _field(sub, "cancel_at")
            if when is None and row.next_billing_date is not None:
                self._set("cancel", format_date(row.next_billing_date))
                return
        self._set("cancel", format_date(when) if when else None)

    def _show_payment_method(self, row: SubscriptionRow, detail: SubscriptionDetail | None) -> None:
        pm = detail.payment_method if detail is not None else None
        self._set("card_problem", None)
        if pm is None:
            self._set("payment_method", self.tr("None on file") if detail is not None else None)
            return
        self._set("payment_method", payment_method_text(pm))
        if pm.type == "card":
            until = valid_until(pm.exp_month, pm.exp_year)
            status = card_status(True, until, row.next_payment_at, now_utc())
            problem = card_problem_text(status, until, row.next_payment_at)
            self._set("card_problem", problem)
            colour = card_problem_color(self.palette()).name() if problem else None
            style = f"QLabel {{ color: {colour}; font-weight: 600; }}" if colour else ""
            self.fields["card_problem"].setStyleSheet(style)

    def _show_invoice(self, detail: SubscriptionDetail | None) -> None:
        invoice = detail.latest_invoice if detail is not None else None
        if invoice is None:
            self._set("latest_invoice", None)
            return
        number = invoice.number or invoice.id
        amount = format_money(invoice.amount_due, invoice.currency)
        state = invoice_status_label(invoice.status)
        text = self.tr("%1 · %2 · %3").replace("%1", number).replace("%2", amount)
        self._set("latest_invoice", text.replace("%3", state))

    def _show_pause(self, row: SubscriptionRow) -> None:
        if not row.collection_paused:
            self.notice.hide()
            return
        behaviors = {
            "keep_as_draft": self.tr("new invoices are kept as drafts"),
            "mark_uncollectible": self.tr("new invoices are marked uncollectible"),
            "void": self.tr("new invoices are voided"),
        }
        behavior = behaviors.get(row.pause_behavior or "", row.pause_behavior or "")
        if row.pause_resumes_at is not None:
            text = self.tr("Payment collection is paused: %1. Collection resumes on %2.")
            text = text.replace("%1", behavior).replace("%2", format_date(row.pause_resumes_at))
        else:
            text = self.tr("Payment collection is paused: %1, until someone resumes it.")
            text = text.replace("%1", behavior)
        self.notice.setText(text)
        _style_box(self.notice, notice_colors(self.palette()))
        self.notice.show()

    def _show_warning(self, row: SubscriptionRow, detail: SubscriptionDetail | None) -> None:
        status = str(row.display_status)
        if status == DisplayStatus.UNKNOWN:
            text = self.tr(
                "Stripe reports the status “%1”, which this version of Billing Manager does "
                "not know. Check the subscription in the Stripe Dashboard."
            ).replace("%1", row.raw_status)
            self.warning.setText(text)
            _style_box(self.warning, notice_colors(self.palette()))
            self.warning.show()
            self.portal_button.hide()
            return
        if status not in (DisplayStatus.PAST_DUE, DisplayStatus.UNPAID):
            self.warning.hide()
            self.portal_button.hide()
            return
        invoice = detail.latest_invoice if detail is not None else None
        if invoice is not None and invoice.status == "paid":
            self.warning.setText(
                self.tr("The latest invoice is paid: Stripe changes the status shortly.")
            )
            _style_box(self.warning, notice_colors(self.palette()))
            self.warning.show()
            self.portal_button.hide()
            return
        replaced = detail is not None and detail.method_replaced
        if status == DisplayStatus.PAST_DUE:
            head = self.tr("Past due: the latest payment failed.")
        else:
            head = self.tr("Unpaid: payment failed and Stripe stopped retrying.")
        lines = [head]
        if invoice is not None:
            lines.append(
                self.tr("Attempts so far: %1").replace("%1", str(invoice.attempt_count or 0))
            )
            if invoice.amount_remaining:
                owed = format_money(invoice.amount_remaining, invoice.currency)
                lines.append(self.tr("Amount due: %1").replace("%1", owed))
            retry = invoice.next_payment_attempt
            if replaced:
                lines.append(self._replaced_text(retry))
            elif retry is not None:
                lines.append(self.tr("Next retry: %1").replace("%1", format_date(retry)))
            else:
                lines.append(self.tr("No further retry is scheduled."))
        if not replaced:
            lines.append(self.tr("Ask the customer to update the payment method in the portal."))
        self.warning.setText("\n".join(lines))
        colors = notice_colors(self.palette()) if replaced else warning_colors(self.palette())
        _style_box(self.warning, colors)
        self.warning.show()
        self.portal_button.setVisible(not replaced)

    def _replaced_text(self, retry: datetime | None) -> str:
        """The customer replaced the payment method after the last failed attempt: Stripe's
        next retry charges the new one ("the first available payment method",
        docs.stripe.com/billing/revenue-recovery/smart-retries)."""
        if retry is not None:
            return self.tr(
                "The customer updated the payment method after the last failed attempt. "
                "The invoice awaits its next retry on %1."
            ).replace("%1", format_date(retry))
        return self.tr(
            "The customer updated the payment method after the last failed attempt, but no "
            "retry is scheduled: collect the invoice from the Stripe Dashboard."
        )

    def _request_portal(self) -> None:
        if self.subscription_id is not None:
            self.portalRequested.emit(self.subscription_id, PAYMENT_METHOD_UPDATE)
