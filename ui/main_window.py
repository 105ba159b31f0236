"""The main window: header, filter chips, the status table with the summary card
and customer details beside it, and the Overview tab.

Signal ``portalRequested(subscription_id, flow)``: the user asked to send a
customer to Stripe's hosted portal (from the summary card's past-due warning or
the table's context menu). Creating the portal session is the portal action's
job (a later issue connects it); this window only asks.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.browser_links import UnsafeLink
from desktop_app.errors import BillingManagerError, SyncCancelled
from desktop_app.sync.skipped import skipped_summary
from ui import gc_tuning
from ui import settings as keys
from ui.browser import open_link
from ui.demo import DemoEnvironment, DemoRuntime
from ui.detail_panel import DetailPanel
from ui.error_banner import ErrorBanner
from ui.errors_text import error_text
from ui.filter_chips import ALL, CHIP_KEYS, FilterChips, filter_for
from ui.formatting import format_count
from ui.header import Header
from ui.language_menu import LanguageMenu
from ui.overview import Overview
from ui.plain_text import PlainLabel
from ui.session import AccountSession, DetailResult, MetaInfo, OverviewData, ViewResult
from ui.settings import WindowSettings
from ui.subscription_model import SORT_KEYS, Column, SubscriptionTableModel
from ui.subscription_table import SubscriptionTable
from ui.summary_card import SummaryCard
from ui.sync_phases import phase_label
from ui.sync_process import SyncTarget
from ui.tasks import run_task

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    portalRequested = Signal(str, str)  # subscription_id, flow
    viewUpdated = Signal()  # the table shows a new query result
    syncCompleted = Signal(object)  # SyncResult
    syncErrored = Signal(str)  # the message shown
    detailShown = Signal(str)  # subscription id whose details are filled in

    def __init__(
        self,
        *,
        demo: bool = False,
        profile: str | None = None,
        demo_subscriptions: int | None = None,
        ignore_saved_state: bool = False,
    ) -> None:
        super().__init__()
        self.demo_mode = demo
        self.session: AccountSession | None = None
        self.demo_runtime: DemoRuntime | None = None
        self.demo_subscriptions = demo_subscriptions
        self.stale = False
        self.settings = WindowSettings()
        self.persist_state = not ignore_saved_state
        self.is_shut_down = False
        self.setWindowTitle(self.tr("%1 — DEMO").replace("%1", APP_NAME) if demo else APP_NAME)
        self.resize(1480, 900)
        self._build()
        from ui.window_actions import install_actions  # portal, pause/resume, exports, audit

        self.account_actions = install_actions(self)
        if not ignore_saved_state:
            self._restore_settings()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        if demo:
            self.start_demo()
        elif not self._open_initial_profile(profile):
            self.stack.setCurrentWidget(self.welcome)

    # --- building ---------------------------------------------------------------
    def _build(self) -> None:
        from ui.welcome import WelcomePage

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.welcome = WelcomePage(connect_available=_connect_dialog_class() is not None)
        self.welcome.demoRequested.connect(self.start_demo)
        self.welcome.connectRequested.connect(self.connect_account)
        self.stack.addWidget(self.welcome)

        self.main_page = QWidget(self)
        self.main_page.setObjectName("mainPage")
        page = QVBoxLayout(self.main_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        self.header = Header(self.main_page)
        self.header.refreshRequested.connect(lambda: self.sync(full=False))
        self.header.fullResyncRequested.connect(lambda: self.sync(full=True))
        self.header.cancelRequested.connect(self.cancel_sync)
        self.header.searchChanged.connect(self._search_changed)
        self.header.accountChosen.connect(self.open_profile)
        for action in self.header.actions_for_window():
            self.addAction(action)
        page.addWidget(self.header)
        self.banner = ErrorBanner(self.main_page)
        self.banner.retryRequested.connect(lambda: self.sync(full=False))
        banner_box = QVBoxLayout()
        banner_box.setContentsMargins(12, 0, 12, 6)
        banner_box.addWidget(self.banner)
        page.addLayout(banner_box)

        self.tabs = QTabWidget(self.main_page)
        self.tabs.setDocumentMode(True)
        page.addWidget(self.tabs, 1)

        subs = QWidget(self.tabs)
        subs_layout = QVBoxLayout(subs)
        subs_layout.setContentsMargins(12, 8, 12, 8)
        subs_layout.setSpacing(8)
        self.chips = FilterChips(subs)
        self.chips.filterChanged.connect(self._filter_changed)
        subs_layout.addWidget(self.chips)
        self.model = SubscriptionTableModel(self)
        self.model.sortRequested.connect(self._sort_requested)
        self.table = SubscriptionTable(self.model, subs)
        self.table.currentSubscriptionChanged.connect(self._subscription_selected)
        self.table.portalRequested.connect(self.portalRequested)
        self.table.dashboardRequested.connect(self.open_dashboard)
        self.card = SummaryCard()
        self.card.portalRequested.connect(self.portalRequested)
        self.detail = DetailPanel()
        self.detail.subscriptionActivated.connect(self._select_other)
        self.detail.hide()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.setSpacing(10)
        side_layout.addWidget(self.card)
        side_layout.addWidget(self.detail, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(side)
        scroll.setMinimumWidth(360)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, subs)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1100, 380])
        subs_layout.addWidget(self.splitter, 1)
        self.tabs.addTab(subs, self.tr("&Subscriptions"))
        self.overview = Overview(self.tabs)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.stack.addWidget(self.main_page)

        self.loading = PlainLabel(self.tr("Starting the demo account…"), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self._build_menus()

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        connect = file_menu.addAction(self.tr("&Connect a Stripe account…"))
        connect.triggered.connect(self.connect_account)
        connect.setEnabled(_connect_dialog_class() is not None)
        demo = file_menu.addAction(self.tr("Try the &demo"))
        demo.triggered.connect(self.start_demo)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.table.copy_action)
        edit_menu.addAction(self.table.copy_id_action)
        edit_menu.addAction(self.header.search_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.header.refresh_action)
        view_menu.addAction(self.header.full_action)
        view_menu.addAction(self.header.cancel_action)
        view_menu.addSeparator()
        for number, title in enumerate((self.tr("Subscriptions"), self.tr("Overview"))):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self.tabs.setCurrentIndex(n))
            view_menu.addAction(action)
            self.addAction(action)
        view_menu.addSeparator()
        view_menu.addMenu(LanguageMenu(self))
        sub_menu = menu.addMenu(self.tr("S&ubscription"))
        sub_menu.addAction(self.table.dashboard_action)
        sub_menu.addAction(self.table.portal_action)

    # --- settings -----------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.bytes(keys.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.bytes(keys.STATE)
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.bytes(keys.SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.bytes(keys.HEADER)
        header_view = self.table.horizontalHeader()
        if header is not None:
            header_view.restoreState(header)
        column = header_view.sortIndicatorSection()
        if 0 <= column < len(Column):
            self.model.sort_column = Column(column)
            self.model.sort_order = header_view.sortIndicatorOrder()
        last = self.settings.text(keys.FILTER, ALL)
        self.chips.blockSignals(True)
        self.chips.select(last if last in CHIP_KEYS else ALL)
        self.chips.blockSignals(False)

    def save_settings(self) -> None:
        self.settings.set_bytes(keys.GEOMETRY, self.saveGeometry())
        self.settings.set_bytes(keys.STATE, self.saveState())
        self.settings.set_bytes(keys.SPLITTER, self.splitter.saveState())
        self.settings.set_bytes(keys.HEADER, self.table.horizontalHeader().saveState())
        self.settings.set_text(keys.FILTER, self.chips.current())
        self.settings.sync()

    # --- accounts -------------------------------------------------------------------
    def start_demo(self) -> None:
        if self.demo_runtime is not None:
            return
        self.demo_mode = True
        self.setWindowTitle(self.tr("%1 — DEMO").replace("%1", APP_NAME))
        self.stack.setCurrentWidget(self.loading)
        runtime = DemoRuntime(
            **({"subscriptions": self.demo_subscriptions} if self.demo_subscriptions else {})
        )
        self.demo_runtime = runtime

        def started(env: object) -> None:
            assert isinstance(env, DemoEnvironment)
            if self.is_shut_down or self.demo_runtime is not runtime:
                runtime.stop()  # the window closed while the emulator was starting
                return
            self.open_session(
                env.store_path,
                env.api_factory,
                name=self.tr("Demo account"),
                mode="demo",
                test=True,
                sync_target=env.sync_target,
            )
            self.sync(full=True)

        def failed(exc: BaseException) -> None:
            if self.is_shut_down:
                return
            self.demo_runtime = None
            self.stack.setCurrentWidget(self.welcome)
            self.statusBar().showMessage(
                self.tr("The demo could not start: %1").replace("%1", error_text(exc))
            )

        run_task(runtime.start, on_result=started, on_error=failed)

    def open_session(
        self,
        store_path: Path,
        api_factory: Any,
        *,
        name: str,
        mode: str,
        test: bool,
        sync_target: SyncTarget | None = None,
    ) -> None:
        if self.session is not None:
            self.session.close()
            self.session.deleteLater()
        session = AccountSession(
            store_path,
            api_factory,
            sync_target=sync_target,
            name=name,
            mode=mode,
            dashboard_test=test,
            parent=self,
        )
        self.session = session
        session.filter = filter_for(self.chips.current(), self.header.search.text())
        session.sort_key = SORT_KEYS[self.model.sort_column]
        session.descending = self.model.sort_order == Qt.SortOrder.DescendingOrder
        session.viewLoading.connect(self._view_loading)
        session.viewReady.connect(self._view_ready)
        session.viewFailed.connect(self._view_failed)
        session.overviewReady.connect(self._overview_ready)
        session.detailReady.connect(self._detail_ready)
        session.invoicesReady.connect(self._invoices_ready)
        session.invoicesFailed.connect(self._invoices_failed)
        session.metaReady.connect(self._meta_ready)
        session.syncStarted.connect(self._sync_started)
        session.syncProgress.connect(self._sync_progress)
        session.syncFinished.connect(self._sync_finished)
        session.syncFailed.connect(self._sync_failed)
        self.header.set_account(name, mode)
        self.card.clear()
        self.detail.clear()
        self.banner.hide()
        self.stack.setCurrentWidget(self.main_page)
        session.refresh_view()
        session.refresh_overview()
        session.refresh_meta()

    def _open_initial_profile(self, name: str | None) -> bool:
        from ui.accounts_bridge import last_profile_name

        try:
            chosen = name or last_profile_name()
        except BillingManagerError as exc:  # e.g. a damaged profiles file: say so, go on
            self.statusBar().showMessage(str(exc))
            return False
        if chosen is None:
            return False
        return self.open_profile(chosen)

    def open_profile(self, name: str) -> bool:
        from ui.accounts_bridge import open_profile

        try:
            opened = open_profile(name)
        except BillingManagerError as exc:
            self.statusBar().showMessage(str(exc))
            return False
        if opened is None:
            self.statusBar().showMessage(self.tr("No account named “%1”.").replace("%1", name))
            return False
        self.open_session(
            opened.store_path,
            opened.api_factory,
            name=opened.title,
            mode=opened.mode,
            test=opened.mode != "live",
            sync_target=opened.sync_target,
        )
        self.header.set_accounts(opened.all_names, name)
        self.sync(full=False)  # the cached rows show at once; then fetch what changed
        return True

    def connect_account(self) -> None:
        dialog_class = _connect_dialog_class()
        if dialog_class is None:
            return
        dialog = dialog_class(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.profile_saved.connect(self._profile_connected)
        dialog.open()

    def _profile_connected(self, profile: Any) -> None:
        name = getattr(profile, "name", None)
        if isinstance(name, str):
            self.open_profile(name)  # a new cache: the first sync is a full one

    # --- sync -------------------------------------------------------------------------
    def sync(self, full: bool = False) -> None:
        if self.session is not None and not self.session.syncing:
            self.session.sync(full=full)

    def cancel_sync(self) -> None:
        if self.session is not None:
            self.session.cancel_sync()

    def _sync_started(self, full: bool) -> None:
        text = self.tr("Downloading every subscription…") if full else self.tr("Fetching changes…")
        self.header.set_syncing(True, text)

    def _sync_progress(self, progress: Any) -> None:
        objects = int(getattr(progress, "objects", 0) or 0)
        total = getattr(progress, "total", None)
        phase = str(getattr(progress, "phase", ""))
        text = self.tr("%1: %2 objects").replace("%1", phase_label(phase))
        self.header.set_progress(objects, total, text.replace("%2", format_count(objects)))

    def _sync_finished(self, result: object) -> None:
        self.header.set_syncing(False)
        self.stale = False
        self.banner.hide()
        self.statusBar().showMessage(self.tr("Sync complete."), 5000)
        skipped = skipped_summary(getattr(result, "skipped", ()))
        if skipped:  # the rest is synced: say what is missing, and where the details are
            self.banner.show_message(skipped, retry=False)
        if self.session is not None:
            self.session.refresh_view()
            self.session.refresh_meta()
            if self.tabs.currentWidget() is self.overview:  # else: when the tab opens
                self.session.refresh_overview()
        self.syncCompleted.emit(result)

    def _sync_failed(self, exc: BaseException) -> None:
        self.header.set_syncing(False)
        if isinstance(exc, SyncCancelled):
            self.statusBar().showMessage(
                self.tr("Sync cancelled. The table shows the last synced data."), 8000
            )
            self.syncErrored.emit("")
            return
        self.stale = True
        message = self.tr("Sync failed: %1 The table shows the data of the last successful sync.")
        text = message.replace("%1", error_text(exc))
        self.banner.show_message(text)
        if self.session is not None:
            self.session.refresh_meta()
        self.syncErrored.emit(text)

    # --- view -----------------------------------------------------------------------------
    def _filter_changed(self, key: str) -> None:
        if self.session is not None:
            self.session.set_view(flt=filter_for(key, self.header.search.text()))

    def _search_changed(self, text: str) -> None:
        if self.session is not None:
            self.session.set_view(flt=filter_for(self.chips.current(), text))

    def _sort_requested(self, key: object, descending: bool) -> None:
        if self.session is not None:
            self.session.set_view(sort=key, desc=descending)  # type: ignore[arg-type]

    def _view_loading(self) -> None:
        self.statusBar().showMessage(self.tr("Loading subscriptions…"))
        self.table.set_placeholder(self.tr("Loading subscriptions…"))

    def _view_ready(self, result: ViewResult) -> None:
        current = self.table.current_subscription()
        self.model.set_ids(result.ids, result.source, result.first_rows)
        self.table.layout_now()  # else the layout after the reset repaints the table twice
        gc_tuning.settle()  # later collections walk only what is made from now on
        self.chips.set_counts(result.counts)
        if self.statusBar().currentMessage() == self.tr("Loading subscriptions…"):
            self.statusBar().clearMessage()
        self.table.set_placeholder(self.tr("No subscriptions match this filter."))
        if current is not None and self.table.select_id(current.id):
            pass
        else:
            self.card.clear()
            self.detail.clear()
            self.detail.hide()
        self.viewUpdated.emit()

    def _view_failed(self, exc: BaseException) -> None:
        self.banner.show_message(
            self.tr("Could not read the local cache: %1").replace("%1", error_text(exc)),
            retry=False,
        )

    def _overview_ready(self, data: OverviewData) -> None:
        self.overview.set_data(data.counts, data.mrr, data.at_risk)

    def _meta_ready(self, meta: MetaInfo) -> None:
        self.header.set_last_synced(meta.last_sync_at, stale=self.stale)
        if meta.account_name and self.session is not None and self.session.mode != "demo":
            self.header.set_account(meta.account_name, self.session.mode)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.overview and self.session is not None:
            self.session.refresh_overview()

    # --- selection ---------------------------------------------------------------------------
    def _subscription_selected(self, row: Any) -> None:
        if row is None or self.session is None:
            self.card.clear()
            self.detail.clear()
            self.detail.hide()
            return
        self.detail.show()
        self.card.show_subscription(row, None)
        self.detail.show_customer(None, row)
        self.detail.set_invoices_loading()
        self.session.load_detail(row)

    def reshow_current(self) -> None:
        """Fill the card and details again (after a palette change restyles them)."""
        self._subscription_selected(self.table.current_subscription())

    def _detail_ready(self, result: DetailResult) -> None:
        current = self.table.current_subscription()
        if current is None or current.id != result.row.id:
            return
        self.card.show_subscription(current, result.detail)
        customer = result.detail.customer if result.detail is not None else None
        method = result.detail.customer_payment_method if result.detail is not None else None
        self.detail.show_customer(customer, current, method)
        self.detail.show_other_subscriptions(result.others, current.id)
        self.detailShown.emit(current.id)

    def _invoices_ready(self, customer_id: str, invoices: object) -> None:
        current = self.table.current_subscription()
        if current is not None and current.customer_id == customer_id:
            self.detail.set_invoices(list(invoices))  # type: ignore[call-overload]

    def _invoices_failed(self, customer_id: str, exc: BaseException) -> None:
        current = self.table.current_subscription()
        if current is not None and current.customer_id == customer_id:
            self.detail.set_invoices_error(error_text(exc))

    def _select_other(self, subscription_id: str) -> None:
        if not self.table.select_id(subscription_id):
            self.chips.select(ALL)
            self.statusBar().showMessage(
                self.tr("Showing all subscriptions to find %1.").replace("%1", subscription_id),
                5000,
            )

    def open_dashboard(self, subscription_id: str) -> None:
        if self.session is None:
            return
        url = self.session.dashboard_url(subscription_id)
        try:
            open_link(url)
        except UnsafeLink as exc:  # an ID from the server made it no web address
            self.statusBar().showMessage(exc.message, 10000)
            return
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", url), 8000)

    # --- shutdown -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist_state:
            self.save_settings()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Cancel work, close the cache, stop the demo emulator. Safe to call twice."""
        first_time = not self.is_shut_down
        self.is_shut_down = True
        if self.session is not None:
            self.session.cancel_sync()
        if first_time:
            # Let running queries and the cancelled sync end before the cache closes
            # and the demo's folder goes (a cancelled sync stops within a request).
            QThreadPool.globalInstance().waitForDone(10_000)
        if self.session is not None:
            self.session.close()
        if self.demo_runtime is not None:
            runtime, self.demo_runtime = self.demo_runtime, None
            runtime.stop()


def _connect_dialog_class() -> Any:
    try:
        from ui.connect_dialog import ConnectDialog  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return ConnectDialog
