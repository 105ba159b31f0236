"""A server whose error message repeats the API key, in any form and any surroundings:
the key reaches neither the terminal, nor the log file, nor the audit log.

The hostile emulator (``emu.hostile.error``) answers the portal session request with
a Stripe-shaped 400 whose message holds the key. Stripe's errors carry a ``message``
meant for people (https://docs.stripe.com/api/errors), and stripe-python logs it at
INFO ("Stripe v1 API error received", ``error_message=…``, in ``_api_requestor.py``);
the app shows it in its own message and records it in the audit log.
"""

from __future__ import annotations

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
    emu.hostile.error(before + form + after, path="/v1/billing_portal/sessions")

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
