"""Shared pieces of the GUI action tests."""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop_app.action_context import try_configurations
from desktop_app.action_targets import target_from_row
from desktop_app.actions import ActionContext
from desktop_app.audit import AuditLog
from desktop_app.sync import run_sync
from tests.actions.conftest import row_of
from ui.actions_controller import ActionsController


def make_controller(
    api: Any,
    store: Any,
    *,
    livemode: bool = False,
    app_language: str | None = "sv",
    portal_configuration: str | None = None,
    profile: str = "Acme test",
) -> ActionsController:
    controller = ActionsController(None)
    ctx = ActionContext(
        api=api,
        audit=AuditLog(),
        profile=profile,
        livemode=livemode,
        portal_configuration=portal_configuration,
        app_language=app_language,
        configurations=tuple(try_configurations(api)),
    )
    controller.set_context(
        ctx,
        resolve=lambda sub_id: target_from_row(row_of(store, sub_id)),
        refresh=lambda: run_sync(api, store, full=False),
    )
    return controller


def with_configuration(controller: ActionsController, config_id: str | None) -> None:
    assert controller.ctx is not None
    controller.ctx = dataclasses.replace(controller.ctx, portal_configuration=config_id)


class RefreshWatch:
    """Collects the controller's refresh outcome (the sync result, or its error text)."""

    def __init__(self, controller: ActionsController) -> None:
        self.results: list[Any] = []
        self.errors: list[str] = []
        controller.refreshed.connect(self.results.append)
        controller.refreshFailed.connect(self.errors.append)

    def done(self) -> bool:
        return bool(self.results or self.errors)

    def wait(self, qtbot: Any, timeout: int = 30_000) -> Any:
        qtbot.waitUntil(self.done, timeout=timeout)
        assert not self.errors, f"the refresh failed: {self.errors[0]}"
        return self.results[-1]
