"""Fixtures for the accounts tests: the real Secret Service, a locked or absent keyring."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from tests.accounts.keyring_helpers import (
    delete_app_items,
    in_private_secret_service,
    locked_default_collection,
)


@pytest.fixture
def secret_service() -> Iterator[None]:
    """The private gnome-keyring of scripts/test.sh, with no billing-manager entries
    before or after the test. Never the developer's own keyring."""
    if not in_private_secret_service():
        pytest.skip("needs the private Secret Service of scripts/test.sh")
    backend = keyring.get_keyring()
    assert type(backend).__module__ == "keyring.backends.SecretService", backend
    delete_app_items()
    yield
    delete_app_items()


@pytest.fixture
def locked_keyring(secret_service: None) -> Iterator[None]:
    with locked_default_collection():
        yield


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """keyring's own 'fail' backend, as on a machine without any keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


# Stripe's names for a restricted key's permissions (desktop_app/emulator/auth.py): all
# the app can use. Write includes read; "Customer portal" is one resource for both
# the portal's configurations and its sessions.
FULL_PERMISSIONS = frozenset(
    {
        "rak_connected_account_read",
        "rak_subscription_write",
        "rak_customer_read",
        "rak_invoice_read",
        "rak_product_read",
        "rak_plan_read",
        "rak_payment_method_read",
        "rak_event_read",
        "rak_customer_portal_write",
    }
)
# Read on subscriptions only: no pause, resume or cancel.
READ_ONLY = FULL_PERMISSIONS - {"rak_subscription_write"} | {"rak_subscription_read"}


def without(*names: str) -> frozenset[str]:
    """FULL_PERMISSIONS less ``names`` (Stripe's), e.g. without("rak_invoice_read")."""
    assert set(names) <= FULL_PERMISSIONS, names
    return FULL_PERMISSIONS - set(names)


@pytest.fixture(scope="module")
def emulator() -> Iterator[Any]:
    """The Stripe emulator on 127.0.0.1, shared by a module's tests (keys differ per test)."""
    from desktop_app.emulator import run_emulator

    with run_emulator(seed=7, subscriptions=5) as emu:
        yield emu


@pytest.fixture
def restricted_key(emulator: Any, request: pytest.FixtureRequest) -> Callable[..., str]:
    """Make a restricted test key the emulator accepts, with the given permissions."""
    counter = iter(range(1000))

    def make(permissions: frozenset[str] | None = None, livemode: bool = False) -> str:
        mode = "live" if livemode else "test"
        name = "".join(ch for ch in request.node.name if ch.isalnum())[:24]
        key = f"rk_{mode}_FAKE{name}{next(counter)}x"
        emulator.add_key(
            key,
            livemode=livemode,
            permissions=FULL_PERMISSIONS if permissions is None else permissions,
        )
        return key

    return make


@pytest.fixture(autouse=True)
def _drop_app_log_handlers() -> Iterator[None]:
    """The CLI's main() installs the app's log handler on the root logger (in this
    test's folders); take it away after the test so the next test gets its own."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_billing_manager", False):
            root.removeHandler(handler)
            handler.close()
