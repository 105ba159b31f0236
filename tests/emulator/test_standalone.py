"""The emulator as its own process: ``python -m desktop_app.emulator`` and the CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import stripe


def test_standalone_prints_url_and_accepts_its_key() -> None:
    key = "sk_test_FAKEstandalone123"
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.emulator", "--port", "0", "--subscriptions", "25",
         "--seed", "4", "--key", key],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Stripe emulator listening on http://127.0.0.1:")
        base_url = first.rsplit(" ", 1)[1].strip()
        assert proc.stdout.readline().strip() == f"Test-mode secret key: {key}"
        client = stripe.StripeClient(key, base_addresses={"api": base_url}, max_network_retries=0)
        subs = client.v1.subscriptions.list(params={"status": "all", "limit": 100}).data
        assert len(subs) == 25
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)
    assert proc.returncode == 0


def test_cli_subcommand_rejects_a_live_key() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "emulator",
            "--key",
            "sk_live_FAKE123",
            "--port",
            "0",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "--key must be a test-mode secret key" in result.stderr
    assert "sk_live_FAKE123" not in result.stderr + result.stdout


def test_cli_help_lists_the_emulator() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "emulator", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "--subscriptions" in result.stdout
    assert "--key" in result.stdout
