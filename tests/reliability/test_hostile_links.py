"""Hostile links from the server reach no launcher: one link per case, through the real
paths. The emulator plays a hostile server (``emu.hostile.rewrite``): the portal
session it creates carries the link as its ``url``, the invoices it lists carry it as
``hosted_invoice_url`` and ``invoice_pdf`` (both strings a client opens as they come:
https://docs.stripe.com/api/customer_portal/sessions/object,
https://docs.stripe.com/api/invoices/object).

- ``billing-manager portal`` in a process of its own, with ``BROWSER`` and ``xdg-open``
  replaced by recorders (tests/launch_recorder.py): refused with the message, exit
  code 1, nothing started, nothing printed (``--print-url`` too).
- The window's portal action and the invoice buttons (Open invoice page, Open PDF):
  refused with the message in the dialog or panel, and ``QDesktopServices`` URL
  handlers for every scheme involved (tests/url_catcher.py) catch nothing.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.audit import AuditLog
from desktop_app.emulator import Emulator
from tests.hostile_links import HOSTILE_LINKS
from tests.launch_recorder import LaunchRecorder

pytestmark = pytest.mark.bad_input

ROOT = Path(__file__).resolve().parent.parent.parent
SESSIONS = "/v1/billing_portal/sessions"


def _active_subscription(emu: Emulator) -> tuple[str, str]:
    with emu.lock:
        for sub_id, sub in emu.state.subscriptions.items():
            if sub["status"] == "active" and not sub.get("pause_collection"):
                return str(sub_id), str(sub["customer"])
    raise AssertionError("the demo account has no active subscription")


@pytest.fixture
def recorder(tmp_path: Path) -> LaunchRecorder:
    return LaunchRecorder(tmp_path / "launchers")


def run_portal(
    emu: Emulator, recorder: LaunchRecorder, *extra: str
) -> subprocess.CompletedProcess[str]:
    """``billing-manager portal`` as a user runs it: its own process, the key from the
    environment, the recorders in place of any browser."""
    sub_id, _customer = _active_subscription(emu)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "portal", sub_id, "--api-base", emu.base_url, *extra],
        env=recorder.env(STRIPE_API_KEY=emu.api_key),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# -- the command line ---------------------------------------------------------------------


@pytest.mark.parametrize("case", list(HOSTILE_LINKS))
def test_the_cli_refuses_a_hostile_portal_link(
    emu: Emulator, recorder: LaunchRecorder, case: str
) -> None:
    url, says = HOSTILE_LINKS[case]
    emu.hostile.rewrite(SESSIONS, method="POST", url=url)
    done = run_portal(emu, recorder)
    assert done.returncode == 1, done.stderr
    assert says in done.stderr
    assert "Billing Manager did not open a link the server sent" in done.stderr
    assert "Traceback" not in done.stderr
    assert recorder.records() == []  # no browser, no xdg-open
    assert url not in done.stdout + done.stderr
    assert url not in AuditLog().path.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", ["file", "javascript", "line-break"])
def test_the_cli_does_not_print_a_hostile_portal_link(
    emu: Emulator, recorder: LaunchRecorder, case: str
) -> None:
    url, says = HOSTILE_LINKS[case]
    emu.hostile.rewrite(SESSIONS, method="POST", url=url)
    done = run_portal(emu, recorder, "--print-url")
    assert done.returncode == 1, done.stderr
    assert says in done.stderr
    assert done.stdout == ""
    assert recorder.records() == []


# -- the window ---------------------------------------------------------------------------


@pytest.fixture
def launchers(recorder: LaunchRecorder, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """URL handlers for the web and every hostile scheme, and the recorders on PATH
    should anything still get past them to ``xdg-open``."""
    from tests.url_catcher import HOSTILE_SCHEMES, WEB_SCHEMES, UrlCatcher

    monkeypatch.setenv("PATH", recorder.env()["PATH"])
    catcher = UrlCatcher(WEB_SCHEMES + HOSTILE_SCHEMES)
    catcher.install()
    yield catcher
    catcher.uninstall()


@pytest.fixture
def controller(emu: Emulator) -> Any:
    from desktop_app.action_context import try_configurations
    from desktop_app.action_targets import target_from_json
    from desktop_app.actions import ActionContext
    from desktop_app.stripe_api import StripeApi
    from ui.actions_controller import ActionsController

    api = StripeApi(emu.api_key, emu.base_url, budget_rps=500.0)
    sub_id, _customer = _active_subscription(emu)
    target = target_from_json(api.retrieve(f"/v1/subscriptions/{sub_id}", expand=["customer"]))
    controller = ActionsController(None)
    ctx = ActionContext(
        api=api,
        audit=AuditLog(),
        profile="Hostile test",
        livemode=False,
        app_language="en",
        configurations=tuple(try_configurations(api)),
    )
    controller.set_context(ctx, resolve=lambda _id: target)
    controller.set_current(sub_id)
    return controller


@pytest.mark.gui
@pytest.mark.parametrize("case", list(HOSTILE_LINKS))
def test_the_window_portal_action_refuses_a_hostile_link(
    qtbot: Any,
    emu: Emulator,
    controller: Any,
    launchers: Any,
    recorder: LaunchRecorder,
    case: str,
) -> None:
    from desktop_app.portal import PortalFlow

    url, says = HOSTILE_LINKS[case]
    emu.hostile.rewrite(SESSIONS, method="POST", url=url)
    finished: list[tuple[str, str, bool, str]] = []
    controller.actionFinished.connect(lambda *args: finished.append(args))
    dialog = controller.open_portal(None, PortalFlow.PAYMENT_METHOD_UPDATE)
    assert dialog is not None
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=15_000):
        pass
    status = dialog.status.text()
    assert "The portal link could not be opened." in status
    assert says in status
    assert dialog.url_field.text() == ""  # not offered for copying either
    assert not dialog.url_field.isVisibleTo(dialog)
    assert finished[-1][2] is False
    assert says in finished[-1][3]
    assert launchers.urls == []
    assert recorder.records() == []


@pytest.mark.gui
@pytest.mark.parametrize("case", list(HOSTILE_LINKS))
def test_the_invoice_buttons_refuse_a_hostile_link(
    qtbot: Any, emu: Emulator, launchers: Any, recorder: LaunchRecorder, case: str
) -> None:
    from desktop_app.domain import parse_invoice
    from desktop_app.stripe_api import StripeApi
    from ui.detail_panel import DetailPanel

    url, says = HOSTILE_LINKS[case]
    api = StripeApi(emu.api_key, emu.base_url, budget_rps=500.0)
    customer = next(
        str(i["customer"])
        for i in api.get("/v1/invoices", limit=20)["data"]
        if i.get("hosted_invoice_url")
    )
    emu.hostile.rewrite("/v1/invoices", method="GET", hosted_invoice_url=url, invoice_pdf=url)
    invoices = [parse_invoice(obj) for obj in api.list_customer_invoices(customer, limit=10)]
    assert invoices
    assert invoices[0].hosted_invoice_url == url  # what the server sent, as it sent it
    panel = DetailPanel()
    qtbot.addWidget(panel)
    panel.set_invoices(invoices)
    opened: list[str] = []
    panel.urlOpened.connect(opened.append)
    for button in (panel.hosted_button, panel.pdf_button):
        panel.url_label.clear()
        assert button.isEnabled()
        button.click()
        assert says in panel.url_label.text()
        assert "Nothing was opened" in panel.url_label.text()
    assert opened == []
    assert launchers.urls == []
    assert recorder.records() == []
