"""The customer's billing details, other subscriptions and invoices.

Invoices arrive from a background load (``set_invoices``); until then the list
says it is loading. Opening an invoice's hosted page or PDF goes through
``ui.browser.open_link``, and the URL is also shown (selectable) since a headless
``openUrl`` may succeed without a browser appearing. A link that is not a web address
the app opens (``desktop_app.browser_links``) is neither opened nor shown: the panel
says why instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.browser_links import UnsafeLink
from ui.browser import open_link
from ui.core import Customer, Invoice, PaymentMethod, SubscriptionRow
from ui.field_form import add_field_rows
from ui.formatting import format_date, format_money
from ui.payment_text import payment_method_text
from ui.plain_text import PlainLabel
from ui.safe_copy import guard_copy
from ui.subscription_model import amount_text
from ui.theme import status_label
from ui.tr_marks import QT_TRANSLATE_NOOP


def address_lines(address: Any) -> list[str]:
    if address is None:
        return []
    city = " ".join(p for p in (address.postal_code, address.city) if p)
    parts = [address.line1, address.line2, city, address.state, address.country]
    return [p for p in parts if p]


class DetailPanel(QFrame):
    #: A subscription in "other subscriptions" was activated: select it.
    subscriptionActivated = Signal(str)
    #: An invoice URL was opened (hosted page or PDF); tests and the status bar listen.
    urlOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName(self.tr("Customer details"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._invoices: list[Invoice] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)

        layout.addWidget(self._heading(self.tr("Billing details")))
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        layout.addLayout(self.form)
        self.fields, self._labels = add_field_rows(
            self.form,
            self,
            (
                ("name", self.tr("Name")),
                ("email", self.tr("E-mail")),
                ("phone", self.tr("Phone")),
                ("address", self.tr("Address")),
                ("tax_ids", self.tr("Tax IDs")),
                ("payment_method", self.tr("Default payment method")),
            ),
            "customer_",
        )

        layout.addWidget(self._heading(self.tr("Other subscriptions of this customer")))
        self.others = QTreeWidget(self)
        self.others.setObjectName("otherSubscriptions")
        guard_copy(self.others)
        self.others.setAccessibleName(self.tr("Other subscriptions of this customer"))
        self.others.setRootIsDecorated(False)
        self.others.setHeaderLabels([self.tr("Plan"), self.tr("Amount"), self.tr("Status")])
        self.others.setMaximumHeight(110)
        self.others.itemActivated.connect(self._activate_other)
        layout.addWidget(self.others)

        layout.addWidget(self._heading(self.tr("Invoices and payments")))
        self.invoices = QTreeWidget(self)
        self.invoices.setObjectName("invoices")
        guard_copy(self.invoices)
        self.invoices.setAccessibleName(self.tr("Invoices"))
        self.invoices.setRootIsDecorated(False)
        self.invoices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invoices.setHeaderLabels(
            [self.tr("Number"), self.tr("Date"), self.tr("Amount"), self.tr("Status")]
        )
        self.invoices.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.invoices.itemActivated.connect(lambda *_: self.open_hosted())
        self.invoices.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.invoices, 1)
        self.invoice_status = PlainLabel(self)
        self.invoice_status.setObjectName("invoiceStatus")
        self.invoice_status.setWordWrap(True)
        layout.addWidget(self.invoice_status)

        buttons = QHBoxLayout()
        self.hosted_button = QPushButton(self.tr("Open invoice page"), self)
        self.hosted_button.clicked.connect(self.open_hosted)
        self.pdf_button = QPushButton(self.tr("Open PDF"), self)
        self.pdf_button.clicked.connect(self.open_pdf)
        buttons.addWidget(self.hosted_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.url_label = PlainLabel(self)
        self.url_label.setObjectName("openedUrl")
        self.url_label.setWordWrap(True)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.url_label)
        self.clear()

    def _heading(self, text: str) -> QLabel:
        label = PlainLabel(text, self)
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    # --- API -----------------------------------------------------------------
    def clear(self) -> None:
        for key in self.fields:
            self._set(key, None)
        self.others.clear()
        self.invoices.clear()
        self._invoices = []
        self.invoice_status.setText("")
        self.url_label.setText("")
        self._update_buttons()

    def show_customer(
        self,
        customer: Customer | None,
        fallback_row: SubscriptionRow,
        payment_method: PaymentMethod | None = None,
    ) -> None:
        """``payment_method``: the customer's own default (invoice default, else its
        legacy default source), which its subscriptions without one of their own use."""
        if customer is None:
            self._set("name", fallback_row.customer_name or fallback_row.customer_id)
            self._set("email", fallback_row.customer_email)
            for key in ("phone", "address", "tax_ids", "payment_method"):
                self._set(key, None)
            return
        self._set("payment_method", payment_method_text(payment_method) if payment_method else None)
        self._set("name", customer.name or customer.id)
        self._set("email", customer.email)
        self._set("phone", customer.phone)
        self._set("address", "\n".join(address_lines(customer.address)) or None)
        tax_ids = getattr(customer, "tax_ids", ()) or ()
        self._set("tax_ids", "\n".join(f"{t.value} ({t.type})" for t in tax_ids) or None)

    def show_other_subscriptions(self, rows: list[SubscriptionRow], current_id: str) -> None:
        self.others.clear()
        others = [r for r in rows if r.id != current_id]
        for row in others:
            item = QTreeWidgetItem(
                [row.plan_label, amount_text(row), status_label(row.display_status)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.others.addTopLevelItem(item)
        if not others:
            item = QTreeWidgetItem([self.tr("None")])
            item.setDisabled(True)
            self.others.addTopLevelItem(item)

    def set_invoices_loading(self) -> None:
        self.invoices.clear()
        self._invoices = []
        self.invoice_status.setText(self.tr("Loading invoices…"))
        self._update_buttons()

    def set_invoices(self, invoices: list[Invoice]) -> None:
        self.invoices.clear()
        self._invoices = list(invoices)
        for invoice in self._invoices:
            item = QTreeWidgetItem(
                [
                    invoice.number or invoice.id,
                    format_date(invoice.created),
                    format_money(invoice.amount_due, invoice.currency),
                    invoice_status_label(invoice.status),
                ]
            )
            self.invoices.addTopLevelItem(item)
        first = self.invoices.topLevelItem(0)
        if first is not None:
            self.invoices.setCurrentItem(first)
            self.invoice_status.setText(self.tr("%n invoice(s)", "", len(self._invoices)))
        else:
            self.invoice_status.setText(self.tr("No invoices yet."))
        self._update_buttons()

    def set_invoices_error(self, message: str) -> None:
        self.invoice_status.setText(self.tr("Could not load invoices: %1").replace("%1", message))

    def invoice_rows(self) -> list[list[str]]:
        items = [self.invoices.topLevelItem(i) for i in range(self.invoices.topLevelItemCount())]
        return [[item.text(c) for c in range(4)] for item in items if item is not None]

    # --- opening -------------------------------------------------------------
    def current_invoice(self) -> Invoice | None:
        item = self.invoices.currentItem()
        index = self.invoices.indexOfTopLevelItem(item) if item is not None else -1
        if 0 <= index < len(self._invoices):
            return self._invoices[index]
        return None

    def open_hosted(self) -> None:
        invoice = self.current_invoice()
        if invoice is not None and invoice.hosted_invoice_url:
            self._open(invoice.hosted_invoice_url)

    def open_pdf(self) -> None:
        invoice = self.current_invoice()
        if invoice is not None and invoice.invoice_pdf:
            self._open(invoice.invoice_pdf)

    def _open(self, url: str) -> None:
        try:
            open_link(url)
        except UnsafeLink as exc:
            self.url_label.setText(exc.message)
            return
        self.url_label.setText(self.tr("Opened in your browser: %1").replace("%1", url))
        self.urlOpened.emit(url)

    # --- helpers --------------------------------------------------------------
    def _update_buttons(self) -> None:
        invoice = self.current_invoice()
        self.hosted_button.setEnabled(bool(invoice and invoice.hosted_invoice_url))
        self.pdf_button.setEnabled(bool(invoice and invoice.invoice_pdf))

    def _set(self, key: str, text: str | None) -> None:
        self.fields[key].setText(text or "")
        self.fields[key].setVisible(bool(text))
        self._labels[key].setVisible(bool(text))

    def _activate_other(self, item: QTreeWidgetItem, _column: int) -> None:
        sub_id = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(sub_id, str):
            self.subscriptionActivated.emit(sub_id)


INVOICE_STATUS = {
    "draft": QT_TRANSLATE_NOOP("InvoiceStatus", "Draft"),
    "open": QT_TRANSLATE_NOOP("InvoiceStatus", "Open"),
    "paid": QT_TRANSLATE_NOOP("InvoiceStatus", "Paid"),
    "uncollectible": QT_TRANSLATE_NOOP("InvoiceStatus", "Uncollectible"),
    "void": QT_TRANSLATE_NOOP("InvoiceStatus", "Void"),
}


def invoice_status_label(status: str | None) -> str:
    if status in INVOICE_STATUS:
        return QCoreApplication.translate("InvoiceStatus", INVOICE_STATUS[status])
    return status or "—"
