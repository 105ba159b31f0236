"""Hook the account actions and the exports into the main window.

``install_actions(window)`` adds an Actions menu (portal links, pause/resume,
cancel/renew, Dashboard links, exports, portal configurations, audit log), puts the
same actions in the table's context menu, and connects the summary card's and
table's ``portalRequested(subscription_id, flow)`` to the portal action. It follows
the window's account session: the context (API, profile settings, permissions) is
rebuilt when the window opens another account, and changes are refreshed through
the window's own incremental sync.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app.action_context import LazyApi, context_for_profile, fetch_configurations
from desktop_app.action_permissions import availability_from_permissions
from desktop_app.action_targets import target_from_row
from desktop_app.actions import ActionContext, ActionTarget
from desktop_app.audit import AuditLog
from ui.actions_controller import ActionsController
from ui.export_actions import ExportActions

log = logging.getLogger(__name__)


def _find_profile(name: str, mode: str) -> Any:
    """The profile the window's session was opened from (None in demo mode)."""
    if mode not in ("live", "test"):
        return None
    try:
        from desktop_app.profiles import ProfileStore

        profiles = ProfileStore().list()
    except Exception as exc:  # an unreadable profiles file: act without its settings
        log.info("Profiles not readable for the actions: %s", exc)
        return None
    for profile in profiles:
        if profile.mode == mode and name in (profile.name, profile.account_name):
            return profile
    return None


class WindowActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.controller = ActionsController(window)
        self.exports = ExportActions(window)
        self._session: Any = None
        self._profile: Any = None
        self.menu = self._build_menu(window)
        window.portalRequested.connect(self.controller.open_portal_flow)
        window.table.currentSubscriptionChanged.connect(self._row_changed)
        window.viewUpdated.connect(self._view_updated)
        table = window.table
        table.customContextMenuRequested.disconnect(table._context_menu)
        table.customContextMenuRequested.connect(self._context_menu)
        self.controller.actionFinished.connect(self._report)
        self.exports.exported.connect(
            lambda n, path: self._status(
                self.tr("Exported %1 rows to %2").replace("%1", str(n)).replace("%2", path)
            )
        )
        self.exports.failed.connect(self._status)

    # -- menus -------------------------------------------------------------------------
    def _build_menu(self, window: QMainWindow) -> QMenu:
        menu = window.menuBar().addMenu(self.tr("&Actions"))
        menu.setObjectName("actionsMenu")
        self.controller.populate_menu(menu)
        menu.addSeparator()
        for action in self.exports.actions():
            menu.addAction(action)
        return menu

    def context_menu(self) -> QMenu:
        menu: QMenu = self.window.table.context_menu()
        menu.addSeparator()
        self.controller.populate_menu(menu)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        self._sync_session()
        menu = self.context_menu()
        menu.exec(self.window.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- following the window --------------------------------------------------------------
    def _sync_session(self) -> None:
        session = self.window.session
        if session is self._session:
            return
        self._session = session
        if session is None or session.api_factory is None:
            self.controller.set_context(None)
            self.exports.set_sources(None, None, None)
            return
        self._profile = _find_profile(session.name, session.mode)
        api = LazyApi(session.api_factory)
        ctx = self._context(session, api)
        self.controller.set_context(
            ctx,
            resolve=self._resolve,
            request_refresh=lambda: self.window.sync(full=False),
            fetch_configurations=lambda: fetch_configurations(api),
            save_configuration=self._save_configuration if self._profile else None,
        )
        self.controller.probe(lambda: availability_from_permissions(_probe(api)))
        model, table = self.window.model, self.window.table
        self.exports.set_sources(
            model.read_all_rows,  # on a worker: the view's rows are read from the cache
            lambda: model.reader(table.selected_rows()),
            lambda: _collection_paused_rows(session.store_path),
            view_empty=lambda: model.rowCount() == 0,
        )

    def _context(self, session: Any, api: LazyApi) -> ActionContext:
        from ui.i18n import app_language  # the window's language (Settings or system)

        if self._profile is not None:
            return context_for_profile(self._profile, api, app_language=app_language())
        return ActionContext(
            api=api,
            audit=AuditLog(),
            profile=str(session.name),
            livemode=session.mode == "live",
            app_language=app_language(),
        )

    def _save_configuration(self, config_id: str | None) -> None:
        from desktop_app.profiles import ProfileStore

        profile = self._profile.with_changes(portal_configuration=config_id)
        ProfileStore().save(profile)
        self._profile = profile

    def _resolve(self, subscription_id: str) -> ActionTarget | None:
        model = self.window.model
        row = model.row_at(model.find_row(subscription_id))
        return target_from_row(row) if row is not None else None

    def _row_changed(self, row: Any) -> None:
        self._sync_session()
        self.controller.set_current(row.id if row is not None else None)

    def _view_updated(self) -> None:
        self._sync_session()
        current = self.window.table.current_subscription()
        self.controller.set_current(current.id if current is not None else None)

    def _report(self, action: str, subscription_id: str, ok: bool, message: str) -> None:
        if ok:
            self._status(
                self.tr("Done: %1 for %2").replace("%1", action).replace("%2", subscription_id)
            )
        elif message:
            self._status(message)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)


def _probe(api: LazyApi) -> dict[str, bool]:
    from desktop_app.key_check import probe

    return probe(api.get())


def _collection_paused_rows(store_path: Any) -> list[Any]:
    from desktop_app.store import SortKey, Store, SubscriptionFilter

    store = Store.open(store_path)
    try:
        flt = SubscriptionFilter(statuses=None, collection_paused=True, search=None)
        return list(store.query_subscriptions(flt, SortKey.CUSTOMER, False))
    finally:
        store.close()


def install_actions(window: Any) -> WindowActions:
    """Add the actions to ``window`` (a ``ui.main_window.MainWindow``)."""
    return WindowActions(window)
