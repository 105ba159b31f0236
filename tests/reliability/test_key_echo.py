"""A server whose error message repeats the API key, in any form and any surroundings:
the key reaches neither the terminal, nor the log file, nor the audit log.

The hostile emulator (``emu.hostile.error``) answers the portal session request with
a Stripe-shaped 400 whose message holds the key. Stripe's errors carry a ``message``
meant for people (https://docs.stripe.com/api/errors), and stripe-python logs it at
INFO ("Stripe v1 API error received", ``error_message=…``, in ``_api_requestor.py``);
the app shows it in its own message and records it in the audit log.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.audit import AUDIT_FILE
from desktop_app.cli.exit_codes import ExitCode
from desktop_app.cli.main import main as cli_main
from desktop_app.emulator import Emulator
from desktop_app.logging_setup import log_file_path
from desktop_app.paths import data_dir
from tests.key_forms import SURROUNDINGS, key_forms, keys, secret_parts

pytestmark = pytest.mark.bad_input

ROOT = Path(__file__).resolve().parent.parent.parent
SESSIONS = "/v1/billing_portal/sessions"


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _written_since(path: Path, start: int) -> str:
    with path.open("rb") as handle:
        handle.seek(start)
        return handle.read().decode("utf-8")


def _a_subscription(emu: Emulator, livemode: bool) -> str:
    with emu.lock:
        for sub_id, sub in emu.mode(livemode).subscriptions.items():
            if sub["status"] == "active":
                return str(sub_id)
    raise AssertionError("the demo account has no active subscription")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), key=keys(), before=SURROUNDINGS, after=SURROUNDINGS)
def test_an_error_message_that_repeats_the_key_is_redacted_everywhere(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data: st.DataObject,
    key: str,
    before: str,
    after: str,
) -> None:
    form = data.draw(key_forms(key))
    livemode = key.split("_")[1] == "live"
    emu.add_key(key, livemode=livemode)
    monkeypatch.setenv("STRIPE_API_KEY", key)
    sub_id = _a_subscription(emu, livemode)
    audit, log = data_dir() / AUDIT_FILE, log_file_path()
    audit_start, log_start = _size(audit), _size(log)
    emu.hostile.error(before + form + after, path=SESSIONS)

    code = cli_main(["-v", "portal", sub_id, "--print-url", "--api-base", emu.base_url])

    out, err = capsys.readouterr()
    assert code == ExitCode.ERROR
    assert "refused the request" in err  # the message is shown, redacted
    written = {
        "stdout": out,
        "stderr": err,
        "audit.log": _written_since(audit, audit_start),
        "log file": _written_since(log, log_start),
    }
    assert '"result": "error"' in written["audit.log"]
    assert "Stripe v1 API error received" in written["log file"]
    for secret in secret_parts(key, form):
        if secret not in before + after:
            for where, text in written.items():
                assert secret not in text, where


def test_the_sdks_own_terminal_output_does_not_bypass_redaction(emu: Emulator) -> None:
    """With STRIPE_LOG=info (or debug) stripe-python prints its log lines to stderr
    itself (``_util.log_info``: ``print(msg, file=sys.stderr)``), the server's error
    message among them; the app switches that off and its own redacted lines remain."""
    sub_id = _a_subscription(emu, livemode=False)
    emu.hostile.error(f"Invalid request for api_key={emu.api_key}", path=SESSIONS)
    command = ["portal", sub_id, "--print-url", "--api-base", emu.base_url]
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", *command],
        env=dict(os.environ, STRIPE_API_KEY=emu.api_key, STRIPE_LOG="debug"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == ExitCode.ERROR
    assert "refused the request: Invalid request for api_key=sk_test_[REDACTED]" in done.stderr
    assert emu.api_key not in done.stdout + done.stderr
    assert emu.api_key not in log_file_path().read_text(encoding="utf-8")
