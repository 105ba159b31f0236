"""The account actions of the window: portal links, pause/resume, cancel/renew,
Dashboard links, portal configurations and the audit log.

A QObject the main window owns. It holds the current account's ``ActionContext``
(API, audit log, profile settings), resolves the selected subscription to an
``ActionTarget``, shows the dialogs, runs every request off the GUI thread and,
after a change, starts an incremental sync (``refresh``) so the affected rows
update. Its QActions carry the enabled state, with the reason in the tooltip and
status tip when disabled (offline, a key without write permission, nothing
selected, or an action that does not apply to the subscription).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from desktop_app import actions as core
from desktop_app.action_permissions import (
    ActionGroup,
    Availability,
    group_of_permission,
    missing_reason,
    offline_reason,
)
from desktop_app.actions import ActionContext, ActionTarget
from desktop_app.audit import AuditLog
from desktop_app.browser_links import UnsafeLink
from desktop_app.confirmations import ConfirmKind, build_confirmation
from desktop_app.dashboard import ObjectKind, dashboard_url
from desktop_app.errors import PermissionMissing
from desktop_app.portal import PortalConfiguration, PortalFlow
from ui.audit_view import AuditView
from ui.browser import open_link
from ui.configurations_dialog import ConfigurationsDialog
from ui.confirm import ConfirmDialog
from ui.errors_text import error_text
from ui.pause_dialog import PauseDialog
from ui.plain_text import plain_tooltip
from ui.portal_dialog import PortalDialog
from ui.tasks import run_task

log = logging.getLogger(__name__)

Resolver = Callable[[str], ActionTarget | None]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # marks text for lupdate, like Qt's
    return text


FLOW_LABELS: dict[PortalFlow, str] = {
    PortalFlow.PAYMENT_METHOD_UPDATE: QT_TRANSLATE_NOOP(
        "ActionsController", "Update payment method…"
    ),
    PortalFlow.MANAGE: QT_TRANSLATE_NOOP("ActionsController", "Manage subscription…"),
    PortalFlow.CANCEL: QT_TRANSLATE_NOOP("ActionsController", "Cancel subscription in the portal…"),
    PortalFlow.CHANGE_PLAN: QT_TRANSLATE_NOOP("ActionsController", "Change plan…"),
}
WRITE_KINDS: dict[ConfirmKind, ActionGroup] = {k: ActionGroup.SUBSCRIPTION for k in ConfirmKind}
ENDED = ("canceled", "incomplete_expired")


class ActionsController(QObject):
    stateChanged = Signal()
    # action ("portal_session", "pause_collection", ...), subscription ID, ok, message
    actionFinished = Signal(str, str, bool, str)
    refreshed = Signal(object)  # whatever refresh() returned (a SyncResult)
    refreshFailed = Signal(str)
    configurationsLoaded = Signal(object)  # list[PortalConfiguration]

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.ctx: ActionContext | None = None
        self.audit = AuditLog()
        self._resolve: Resolver = lambda _sub_id: None
        self._refresh: Callable[[], object] | None = None
        self._request_refresh: Callable[[], None] | None = None
        self.availability = Availability(portal=offline_reason(), subscription=offline_reason())
        self.current_id: str | None = None
        self.current: ActionTarget | None = None
        self.dialog: QDialog | None = None  # the last dialog shown (tests look at it)
        self._fetch_configurations: Callable[[], list[PortalConfiguration]] | None = None
        self._save_configuration: Callable[[str | None], object] | None = None
        self._build_actions()
        self.update_actions()

    # -- set-up -----------------------------------------------------------------------

    def set_context(
        self,
        ctx: ActionContext | None,
        *,
        resolve: Resolver | None = None,
        refresh: Callable[[], object] | None = None,
        request_refresh: Callable[[], None] | None = None,
        availability: Availability | None = None,
        fetch_configurations: Callable[[], list[PortalConfiguration]] | None = None,
        save_configuration: Callable[[str | None], object] | None = None,
    ) -> None:
        """The current account (None: offline/not connected)."""
        self.ctx = ctx
        self._fetch_configurations = fetch_configurations
        self._save_configuration = save_configuration
        if ctx is not None:
            self.audit = ctx.audit
        self._resolve = resolve or (lambda _sub_id: None)
        self._refresh = refresh
        self._request_refresh = request_refresh
        if ctx is None:
            self.availability = Availability(portal=offline_reason(), subscription=offline_reason())
        else:
            self.availability = availability or Availability()
        self.set_current(self.current_id)

    def set_availability(self, availability: Availability) -> None:
        self.availability = availability
        self.update_actions()

    def probe(self, probe: Callable[[], Availability]) -> None:
        """Run ``probe`` (e.g. write_probe.probe_write_permissions) in the background."""
        ctx = self.ctx

        def done(result: Availability) -> None:
            if self.ctx is ctx:
                self.set_availability(result)

        run_task(probe, on_result=done, on_error=lambda exc: log.info("Probe failed: %s", exc))

    def load_configurations(self, fetch: Callable[[], list[PortalConfiguration]]) -> None:
        ctx = self.ctx

        def done(configs: list[PortalConfiguration]) -> None:
            if self.ctx is ctx and ctx is not None:
                self.ctx = dataclasses.replace(ctx, configurations=tuple(configs))
            self.configurationsLoaded.emit(configs)

        run_task(fetch, on_result=done, on_error=lambda e: log.info("No configurations: %s", e))

    def set_current(self, subscription_id: str | None) -> None:
        self.current_id = subscription_id
        self.current = self._resolve(subscription_id) if subscription_id else None
        self.update_actions()

    # -- state --------------------------------------------------------------------------

    def reason(self, group: ActionGroup) -> str | None:
        return self.availability.reason(group)

    def _applies(self, kind: ConfirmKind | PortalFlow, t: ActionTarget) -> str | None:
        ended = t.status in ENDED
        if kind is ConfirmKind.PAUSE:
            if ended:
                return "The subscription has ended."
            return "Collection is already paused." if t.collection_paused else None
        if kind is ConfirmKind.RESUME:
            return None if t.collection_paused else "Collection is not paused."
        if kind is ConfirmKind.CANCEL:
            if ended:
                return "The subscription has ended."
            return "Already set to cancel at period end." if t.cancel_at_period_end else None
        if kind is ConfirmKind.RENEW:
            return None if t.cancel_at_period_end and not ended else "No cancellation to undo."
        if kind is PortalFlow.CANCEL and (ended or t.cancel_at_period_end):
            return "The subscription has ended or is already canceling."
        if kind is PortalFlow.CHANGE_PLAN and ended:
            return "The subscription has ended."
        return None

    def disabled_reason(self, kind: ConfirmKind | PortalFlow) -> str | None:
        group = ActionGroup.PORTAL if isinstance(kind, PortalFlow) else ActionGroup.SUBSCRIPTION
        reason = self.reason(group)
        if reason:
            return reason
        if self.current is None:
            return "Select a subscription first."
        return self._applies(kind, self.current)

    def _build_actions(self) -> None:
        parent = self
        self.portal_actions: dict[PortalFlow, QAction] = {}
        for flow, label in FLOW_LABELS.items():
            action = QAction(self.tr(label), parent)
            action.setObjectName(f"portal_{flow.cli_name}")
            action.triggered.connect(lambda _=False, f=flow: self.open_portal(None, f))
            self.portal_actions[flow] = action
        labels = {
            ConfirmKind.PAUSE: self.tr("Pause collection…"),
            ConfirmKind.RESUME: self.tr("Resume collection…"),
            ConfirmKind.CANCEL: self.tr("Cancel at period end…"),
            ConfirmKind.RENEW: self.tr("Renew subscription…"),
        }
        self.write_actions: dict[ConfirmKind, QAction] = {}
        for kind, label in labels.items():
            action = QAction(label, parent)
            action.setObjectName(f"action_{kind.value}")
            action.triggered.connect(lambda _=False, k=kind: self.request(k))
            self.write_actions[kind] = action
        self.dashboard_actions: dict[str, QAction] = {}
        dashboard_kinds: tuple[tuple[ObjectKind, str], ...] = (
            ("subscription", self.tr("Subscription in Stripe Dashboard")),
            ("customer", self.tr("Customer in Stripe Dashboard")),
        )
        for obj_kind, label in dashboard_kinds:
            action = QAction(label, parent)
            action.triggered.connect(lambda _=False, k=obj_kind: self.open_dashboard(k))
            self.dashboard_actions[obj_kind] = action
        self.audit_action = QAction(self.tr("Audit log…"), parent)
        self.audit_action.triggered.connect(self.show_audit)
        self.configurations_action = QAction(self.tr("Portal configurations…"), parent)
        self.configurations_action.setObjectName("portalConfigurations")
        self.configurations_action.triggered.connect(self.show_configurations)

    def update_actions(self) -> None:
        for flow, action in self.portal_actions.items():
            self._set_state(action, self.disabled_reason(flow))
        manage = self.portal_actions[PortalFlow.MANAGE]
        canceling = self.current is not None and self.current.cancel_at_period_end
        manage.setText(
            self.tr("Manage subscription (renew it there)…")
            if canceling
            else self.tr("Manage subscription…")
        )
        for kind, action in self.write_actions.items():
            self._set_state(action, self.disabled_reason(kind))
        for action in self.dashboard_actions.values():
            self._set_state(action, None if self.current else "Select a subscription first.")
        self._set_state(
            self.configurations_action,
            None if self._fetch_configurations else offline_reason(),
        )
        self.stateChanged.emit()

    @staticmethod
    def _set_state(action: QAction, reason: str | None) -> None:
        action.setEnabled(reason is None)
        action.setToolTip(plain_tooltip(reason or action.text().rstrip("…")))
        action.setStatusTip(reason or "")

    def populate_menu(self, menu: QMenu) -> None:
        """Fill ``menu`` (the window's Actions menu, or a row's context menu)."""
        for action in self.portal_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        for action in self.write_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        for action in self.dashboard_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.configurations_action)
        menu.addAction(self.audit_action)

    # -- actions ------------------------------------------------------------------------

    def _target(self, subscription_id: str | None) -> ActionTarget | None:
        if subscription_id is None or subscription_id == self.current_id:
            return self.current
        return self._resolve(subscription_id)

    def open_portal_flow(self, subscription_id: str, flow: str) -> PortalDialog | None:
        """Slot for the summary card's ``portalRequested(subscription_id, flow)``."""
        try:
            portal_flow = PortalFlow(flow)
        except ValueError:
            portal_flow = PortalFlow.from_cli(flow)
        return self.open_portal(subscription_id, portal_flow)

    def open_portal(
        self,
        subscription_id: str | None,
        flow: PortalFlow,
        configuration_override: str | None = None,
    ) -> PortalDialog | None:
        ctx, target = self.ctx, self._target(subscription_id)
        reason = self.reason(ActionGroup.PORTAL)
        if ctx is None or target is None or reason:
            self._finish("portal_session", subscription_id or "", False, reason or "")
            return None

        def create() -> core.PortalSessionLike:
            return core.open_portal(ctx, target, flow, configuration_override)

        dialog = PortalDialog(
            create,
            customer_label=target.customer_label,
            action_label=self.tr(FLOW_LABELS[flow]).rstrip("…"),
            parent=self.parent_widget,
        )
        dialog.sessionOpened.connect(
            lambda _id: self._finish("portal_session", target.subscription_id, True, "")
        )
        dialog.failed.connect(
            lambda exc: self._failed("portal_session", target, error_text(exc), exc)
        )
        self.dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def request(self, kind: ConfirmKind, subscription_id: str | None = None) -> QDialog | None:
        """Show the confirmation (or the pause dialog) for ``kind``; act when confirmed."""
        ctx, target = self.ctx, self._target(subscription_id)
        if ctx is None or target is None or self.reason(WRITE_KINDS[kind]):
            return None
        dialog: QDialog
        if kind is ConfirmKind.PAUSE:
            pause = PauseDialog(target, livemode=ctx.livemode, parent=self.parent_widget)
            pause.accepted.connect(
                lambda: self._run(
                    "pause_collection",
                    target,
                    lambda: core.pause_collection(
                        ctx, target, pause.behavior(), pause.resumes_at()
                    ),
                )
            )
            dialog = pause
        else:
            confirm = ConfirmDialog(
                build_confirmation(kind, target, livemode=ctx.livemode), self.parent_widget
            )
            calls: dict[ConfirmKind, tuple[str, Callable[[], Any]]] = {
                ConfirmKind.RESUME: (
                    "resume_collection",
                    lambda: core.resume_collection(ctx, target),
                ),
                ConfirmKind.CANCEL: (
                    "cancel_at_period_end",
                    lambda: core.cancel_at_period_end(ctx, target),
                ),
                ConfirmKind.RENEW: ("renew", lambda: core.renew(ctx, target)),
            }
            name, call = calls[kind]
            confirm.accepted.connect(lambda: self._run(name, target, call))
            dialog = confirm
        self.dialog = dialog
        dialog.open()
        return dialog

    def _run(self, name: str, target: ActionTarget, call: Callable[[], Any]) -> None:
        run_task(
            call,
            on_result=lambda _r: self._succeeded(name, target),
            on_error=lambda exc: self._failed(name, target, error_text(exc), exc),
        )

    def _succeeded(self, name: str, target: ActionTarget) -> None:
        self._finish(name, target.subscription_id, True, "")
        self.refresh()

    def _failed(
        self, name: str, target: ActionTarget, message: str, exc: BaseException | None = None
    ) -> None:
        if isinstance(exc, PermissionMissing):  # the key lost (or never had) write access
            group = group_of_permission(exc.permission) or (
                ActionGroup.PORTAL if name == "portal_session" else ActionGroup.SUBSCRIPTION
            )
            reason = missing_reason(group, exc.permission)
            self.set_availability(dataclasses.replace(self.availability, **{group.value: reason}))
        self._finish(name, target.subscription_id, False, message)

    def _finish(self, name: str, subscription_id: str, ok: bool, message: str) -> None:
        self.actionFinished.emit(name, subscription_id, ok, message)

    def refresh(self) -> None:
        """Incremental sync after a change, then re-read the current subscription.

        The window passes ``request_refresh`` (its own incremental sync, on the GUI
        thread: one sync at a time per cache); without a window, ``refresh`` runs
        on a worker and ``refreshed`` reports its result.
        """
        if self._request_refresh is not None:
            self._request_refresh()
            return
        if self._refresh is None:
            return
        run_task(self._refresh, on_result=self._on_refreshed, on_error=self._on_refresh_error)

    def _on_refreshed(self, result: object) -> None:
        self.set_current(self.current_id)
        self.refreshed.emit(result)

    def _on_refresh_error(self, exc: BaseException) -> None:
        self.refreshFailed.emit(error_text(exc))

    def open_dashboard(self, kind: ObjectKind, object_id: str | None = None) -> bool:
        target = self.current
        if object_id is None:
            if target is None:
                return False
            object_id = target.subscription_id if kind == "subscription" else target.customer_id
        livemode = self.ctx.livemode if self.ctx else bool(target and target.livemode)
        try:
            return open_link(dashboard_url(kind, object_id, livemode))
        except UnsafeLink as exc:  # an ID from the server made it no web address
            self._finish("dashboard", object_id, False, exc.message)
            return False

    def show_audit(self) -> AuditView:
        view = AuditView(
            self.audit, profile=self.ctx.profile if self.ctx else None, parent=self.parent_widget
        )
        self.dialog = view
        view.open()
        return view

    def show_configurations(self) -> ConfigurationsDialog | None:
        if self._fetch_configurations is None:
            return None
        dialog = ConfigurationsDialog(
            self._fetch_configurations,
            current_default=self.ctx.portal_configuration if self.ctx else None,
            save_default=self._save_configuration,
            can_open=self.current is not None and self.reason(ActionGroup.PORTAL) is None,
            parent=self.parent_widget,
        )
        dialog.openRequested.connect(
            lambda config_id, flow: self.open_portal(None, PortalFlow(flow), config_id)
        )
        dialog.loaded.connect(lambda _n: self._remember_configurations(dialog.configurations))
        dialog.defaultChanged.connect(self._default_configuration_changed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _remember_configurations(self, configs: list[PortalConfiguration]) -> None:
        if self.ctx is not None and configs:
            self.ctx = dataclasses.replace(self.ctx, configurations=tuple(configs))

    def _default_configuration_changed(self, config_id: str | None) -> None:
        if self.ctx is not None:
            self.ctx = dataclasses.replace(self.ctx, portal_configuration=config_id)
