"""An emulator per module (seeding is the slow part) and an SDK client on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import stripe

from desktop_app.emulator import Emulator, run_emulator

stripe.enable_telemetry = False


def client_for(emu: Emulator, key: str | None = None) -> stripe.StripeClient:
    return stripe.StripeClient(
        key or emu.api_key, base_addresses={"api": emu.base_url}, max_network_retries=0
    )


@pytest.fixture(scope="module")
def shared_emu() -> Iterator[Emulator]:
    """Read-only tests share one 1,200-subscription account."""
    with run_emulator(seed=11, subscriptions=1200) as emu:
        yield emu


@pytest.fixture
def emu() -> Iterator[Emulator]:
    """Tests that change state get their own small account."""
    with run_emulator(seed=3, subscriptions=60) as emulator:
        yield emulator


@pytest.fixture
def client(emu: Emulator) -> stripe.StripeClient:
    return client_for(emu)


@pytest.fixture(scope="module")
def shared_client(shared_emu: Emulator) -> stripe.StripeClient:
    return client_for(shared_emu)


@pytest.fixture
def stripe_fixtures() -> dict[str, dict[str, object]]:
    """Stripe's fixtures from ../shared, or from $BILLING_MANAGER_SHARED (a worktree elsewhere)."""
    import json
    import os

    from tests.conftest import FIXTURES_FILE

    candidates = [FIXTURES_FILE]
    if os.environ.get("BILLING_MANAGER_SHARED"):
        shared = Path(os.environ["BILLING_MANAGER_SHARED"])
        candidates.append(shared / "stripe-fixtures" / "fixtures3.json")
    for path in candidates:
        if path.is_file():
            data: dict[str, dict[str, dict[str, object]]] = json.loads(path.read_text())
            return data["resources"]
    pytest.skip(f"Stripe's fixtures are not at {FIXTURES_FILE} (../shared is absent)")
