"""Shared test set-up: every test gets its own config, data and log directories."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# The window speaks the system's language: tests read English with en_US formats unless
# they choose another language (tests/i18n), whatever the developer's own locale is.
os.environ.update({"LANGUAGE": "en", "LC_ALL": "C.UTF-8"})
# Every emulator the tests start (in this process or a child) checks each list page it
# answers from its encoded-JSON cache against a fresh encoding (desktop_app/emulator/encoded.py).
os.environ.setdefault("BILLING_MANAGER_EMULATOR_VERIFY", "1")

# Property tests check what is computed, not how fast: on a loaded two-core CI machine one
# example may take longer than Hypothesis's default 200 ms deadline without anything
# being wrong (speed targets live in bench/).
settings.register_profile("billing-manager", deadline=None)
settings.load_profile("billing-manager")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES_FILE = SHARED / "stripe-fixtures" / "fixtures3.json"


def _keyring_backend_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def pytest_report_header(config: pytest.Config) -> list[str]:
    display = os.environ.get("DISPLAY") or "none"
    platform = os.environ.get("QT_QPA_PLATFORM") or "default (xcb)"
    return [
        f"X display: {display}; Qt platform: {platform}",
        f"keyring backend: {_keyring_backend_name()}",
    ]


def pytest_sessionstart(session: pytest.Session) -> None:
    """A run that should have the Secret Service fails loudly without it."""
    if os.environ.get("BILLING_MANAGER_REQUIRE_SECRET_SERVICE") != "1":
        return
    backend = _keyring_backend_name()
    if not backend.startswith("keyring.backends.SecretService"):
        pytest.exit(
            f"The Secret Service keyring is required but keyring chose {backend}. "
            "Run the tests through scripts/test.sh (gnome-keyring in a D-Bus session).",
            returncode=3,
        )


@pytest.fixture(autouse=True)
def test_keyring_ready(request: pytest.FixtureRequest) -> None:
    """Before each keyring test in the private session (scripts/keyring_session.sh): the
    Secret Service is the session's test daemon with its keyring unlocked, started and
    unlocked again if the last one stopped. Never a fallback to another keyring."""
    if request.node.get_closest_marker("keyring") is None:
        return
    from tests.accounts.keyring_helpers import ensure_test_keyring, in_private_secret_service

    if in_private_secret_service():
        ensure_test_keyring()


@pytest.fixture(autouse=True)
def isolated_app_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point config, data, state (logs) and cache at a fresh folder for each test."""
    home = tmp_path / "app-home"
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        path = home / sub
        path.mkdir(parents=True)
        monkeypatch.setenv(var, str(path))
    return home


@pytest.fixture(autouse=True)
def core_text_in_english() -> Iterator[None]:
    """The core's messages start in English with ISO dates (as on the command line);
    the window's start-up switches them to its language and date format."""
    from desktop_app import text

    text.set_translator(None)
    text.set_day_formatter(None)
    yield
    text.set_translator(None)
    text.set_day_formatter(None)


@pytest.fixture
def stripe_fixtures() -> dict[str, dict[str, object]]:
    """Stripe's official example objects, from ../shared (skips when absent)."""
    import json

    if not FIXTURES_FILE.is_file():
        pytest.skip(f"Stripe's fixtures are not at {FIXTURES_FILE} (../shared is absent)")
    data: dict[str, dict[str, dict[str, object]]] = json.loads(FIXTURES_FILE.read_text())
    return data["resources"]
