"""``billing-manager portal`` against the emulator (headless, no Qt)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.audit import AuditLog
from desktop_app.cli.main import main
from tests.accounts.conftest import secret_service  # noqa: F401 - fixture
from tests.actions.conftest import pick, portal_posts
from tests.launch_recorder import LaunchRecorder

ROOT = Path(__file__).resolve().parent.parent.parent


def _running(row: Any) -> bool:
    return row.display_status.value == "active" and not row.collection_paused


def test_print_url_prints_the_session_and_warns(
    emu: Any, store: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    row = pick(store, _running)
    emu.clear_request_log()
    code = main(["portal", row.id, "--flow", "cancel", "--print-url", "--api-base", emu.base_url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip().startswith(f"{emu.base_url}/p/session/")
    assert "expires within minutes" in err
    form = portal_posts(emu)[-1].form
    assert form["flow_data[type]"] == ["subscription_cancel"]
    assert form["flow_data[subscription_cancel][subscription]"] == [row.id]
    assert form["customer"] == [row.customer_id]
    entry = AuditLog().read()[0]
    assert (entry.action, entry.flow, entry.subscription) == (
        "portal_session",
        "subscription_cancel",
        row.id,
    )
    assert out.strip() not in AuditLog().path.read_text()


def test_unknown_subscription_and_bad_id_fail_clearly(
    emu: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    assert main(["portal", "sub_doesnotexist", "--print-url", "--api-base", emu.base_url]) == 5
    assert "billing-manager portal:" in capsys.readouterr().err
    assert main(["portal", "cus_123", "--print-url", "--api-base", emu.base_url]) != 0
    assert "start with sub_" in capsys.readouterr().err
    assert AuditLog().read() == []


@pytest.mark.keyring
@pytest.mark.usefixtures("secret_service")
def test_a_profile_brings_its_configuration_and_return_url(
    emu: Any, store: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.accounts import Accounts
    from desktop_app.action_context import fetch_configurations
    from desktop_app.profiles import Profile
    from desktop_app.stripe_api import StripeApi

    configs = fetch_configurations(StripeApi(emu.api_key, emu.base_url))
    chosen = next(c for c in configs if not c.is_default)
    Accounts().connect(
        Profile(
            name="Acme Portal",
            mode="test",
            api_base=emu.base_url,
            portal_configuration=chosen.id,
            return_url="https://acme.example/billing",
        ),
        emu.api_key,
    )
    row = pick(store, _running)
    emu.clear_request_log()
    code = main(["portal", row.id, "--profile", "Acme Portal", "--print-url"])
    out, err = capsys.readouterr()
    assert code == 0, err
    form = portal_posts(emu)[-1].form
    assert form["configuration"] == [chosen.id]
    assert form["return_url"] == ["https://acme.example/billing"]
    assert "flow_data[type]" not in form  # manage: a plain session
    assert AuditLog().read()[0].profile == "Acme Portal"
    assert emu.api_key not in out + err


def test_the_browser_gets_the_portal_but_not_the_key(emu: Any, tmp_path: Path) -> None:
    """``billing-manager portal`` as a script runs it, the key in STRIPE_API_KEY: the
    browser (``BROWSER``, which Python's webbrowser tries first: a recorder here) is
    given the session URL, and an environment without the key."""
    recorder = LaunchRecorder(tmp_path / "launchers")
    with emu.lock:
        sub_id = next(s for s, sub in emu.state.subscriptions.items() if sub["status"] == "active")
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "portal", sub_id, "--api-base", emu.base_url],
        env=recorder.env(STRIPE_API_KEY=emu.api_key),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Opened the customer portal" in done.stderr  # the key from the environment worked
    (launched,) = recorder.records()
    assert launched["program"] == "record-browser"
    assert launched["argv"][0].startswith(f"{emu.base_url}/p/session/")
    assert "STRIPE_API_KEY" not in launched["env"]
    assert not any(emu.api_key in value for value in launched["env"].values())
