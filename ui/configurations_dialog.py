"""The account's customer portal configurations: name, default, active, features.

Choose which one this app uses by default for the account (stored in the profile;
each portal action may still override it), and copy a configuration's no-code login
link: unlike a session link it is safe to e-mail a customer (they sign in with
their e-mail address).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.browser_links import link_problem
from desktop_app.portal import FEATURE_LABELS, PortalConfiguration, PortalFlow
from ui.errors_text import error_text
from ui.plain_text import PlainLabel
from ui.safe_copy import guard_copy
from ui.tasks import run_task

FLOW_TITLES: dict[PortalFlow, str] = {
    PortalFlow.PAYMENT_METHOD_UPDATE: "Update payment method",
    PortalFlow.MANAGE: "Manage subscription",
    PortalFlow.CANCEL: "Cancel subscription",
    PortalFlow.CHANGE_PLAN: "Change plan",
}
COLUMNS = ("Name", "ID", "Account default", "Active", "Features", "Used by this app")


class ConfigurationsDialog(QDialog):
    loaded = Signal(int)
    defaultChanged = Signal(object)  # the chosen configuration ID, or None
    openRequested = Signal(str, str)  # configuration ID, PortalFlow value (per-action override)

    def __init__(
        self,
        fetch: Callable[[], list[PortalConfiguration]],
        *,
        current_default: str | None,
        save_default: Callable[[str | None], object] | None = None,
        can_open: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("configurationsDialog")
        self.setWindowTitle(self.tr("Customer portal configurations"))
        self.resize(880, 420)
        self._fetch = fetch
        self._save = save_default
        self.current_default = current_default
        self.configurations: list[PortalConfiguration] = []
        layout = QVBoxLayout(self)
        self.status = PlainLabel(self.tr("Loading the account's portal configurations…"), self)
        self.status.setObjectName("configurationsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("configurationsTable")
        guard_copy(self.table)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)

        login_row = QHBoxLayout()
        self.login_label = PlainLabel(self.tr("Login link (safe to e-mail a customer):"), self)
        self.login_url = QLineEdit(self)
        self.login_url.setObjectName("loginUrl")
        self.login_url.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyLoginButton")
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.login_url.text())
        )
        login_row.addWidget(self.login_label)
        login_row.addWidget(self.login_url, 1)
        login_row.addWidget(self.copy_button)
        layout.addLayout(login_row)
        self.login_hint = PlainLabel(self)
        self.login_hint.setWordWrap(True)
        layout.addWidget(self.login_hint)

        buttons = QHBoxLayout()
        self.use_button = QPushButton(self.tr("Use for this account"), self)
        self.use_button.setObjectName("useConfigurationButton")
        self.use_button.clicked.connect(self._use_selected)
        self.reset_button = QPushButton(self.tr("Use the account's default"), self)
        self.reset_button.setObjectName("useAccountDefaultButton")
        self.reset_button.clicked.connect(lambda: self._set_default(None))
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        self.flow_choice = QComboBox(self)
        self.flow_choice.setObjectName("flowChoice")
        for flow in PortalFlow:
            self.flow_choice.addItem(self.tr(FLOW_TITLES[flow]), flow.value)
        self.open_button = QPushButton(self.tr("Open the portal with this one"), self)
        self.open_button.setObjectName("openWithConfigurationButton")
        self.open_button.setToolTip(
            self.tr("For the selected subscription, this time only (the default stays).")
        )
        self.open_button.clicked.connect(self._open_selected)
        for widget in (self.flow_choice, self.open_button):
            widget.setVisible(can_open)
            buttons.addWidget(widget)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.use_button.setEnabled(save_default is not None)
        self.reset_button.setEnabled(save_default is not None)
        self._selection_changed()
        run_task(self._fetch, on_result=self._on_loaded, on_error=self._on_error)

    def _on_loaded(self, configurations: list[PortalConfiguration]) -> None:
        self.configurations = list(configurations)
        self._fill()
        self.loaded.emit(len(self.configurations))

    def _on_error(self, exc: BaseException) -> None:
        self.status.setText(
            self.tr("The portal configurations could not be read.") + "\n\n" + error_text(exc)
        )
        self.loaded.emit(-1)

    def _features(self, config: PortalConfiguration) -> str:
        names = [self.tr(FEATURE_LABELS.get(f, f)) for f in config.enabled_features()]
        return ", ".join(names) or self.tr("none")

    def _fill(self) -> None:
        if not self.configurations:
            self.status.setText(
                self.tr(
                    "This account has no portal configuration yet. Set up the customer "
                    "portal in the Stripe Dashboard (Settings → Billing → Customer portal)."
                )
            )
        else:
            chosen = self.current_default or self.tr("the account's default")
            self.status.setText(self.tr("This app uses: %1").replace("%1", chosen))
        self.table.setRowCount(len(self.configurations))
        yes, no = self.tr("yes"), self.tr("no")
        for row, c in enumerate(self.configurations):
            used = c.id == self.current_default or (not self.current_default and c.is_default)
            cells = [
                c.name or "—",
                c.id,
                yes if c.is_default else no,
                yes if c.active else no,
                self._features(c),
                yes if used else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if self.configurations:
            self.table.selectRow(self._row_of(self.current_default))

    def _row_of(self, config_id: str | None) -> int:
        for row, c in enumerate(self.configurations):
            if (config_id and c.id == config_id) or (not config_id and c.is_default):
                return row
        return 0

    def selected(self) -> PortalConfiguration | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.configurations[row] if row < len(self.configurations) else None

    def _selection_changed(self) -> None:
        config = self.selected()
        url = config.login_page_url if config else None
        # The link is for e-mailing customers: one that is not a plain https:// address
        # (javascript:, file:, credentials, look-alike hosts) is never offered to copy.
        unsafe = bool(url) and link_problem(url or "") is not None
        offered = url if url and not unsafe else None
        self.login_url.setText(offered or "")
        for widget in (self.login_label, self.login_url, self.copy_button):
            widget.setVisible(bool(offered))
        if config is None:
            self.login_hint.setText("")
        elif unsafe:
            self.login_hint.setText(
                self.tr(
                    "This configuration's login link is not a plain https:// web address, so "
                    "it is not offered for copying. Check the login link in the Stripe "
                    "Dashboard (Customer portal → Login link)."
                )
            )
        elif offered:
            self.login_hint.setText(
                self.tr(
                    "Customers open this link and sign in with their e-mail address; it "
                    "does not expire and gives no access without that e-mail."
                )
            )
        else:
            self.login_hint.setText(
                self.tr(
                    "This configuration has no login link. Turn it on in the Stripe "
                    "Dashboard (Customer portal → Login link) to e-mail customers a link."
                )
            )

    def _open_selected(self) -> None:
        config = self.selected()
        if config is not None:
            self.openRequested.emit(config.id, str(self.flow_choice.currentData()))

    def _use_selected(self) -> None:
        config = self.selected()
        if config is not None:
            self._set_default(config.id)

    def _set_default(self, config_id: str | None) -> None:
        if self._save is None:
            return
        save = self._save

        def done(_: object) -> None:
            self.current_default = config_id
            self._fill()
            self.defaultChanged.emit(config_id)

        run_task(lambda: save(config_id), on_result=done, on_error=self._on_error)
