"""Fixtures for the accounts tests: the real Secret Service, a locked or absent keyring."""

from __future__ import annotations

from collections.abc import Iterator

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
