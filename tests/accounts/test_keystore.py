"""KeyStore against the real Secret Service (gnome-keyring), and without a usable keyring."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import null

from desktop_app.errors import InvalidApiKey, KeyringUnavailable
from desktop_app.secrets import (
    SERVICE,
    KeyMissing,
    KeyStore,
    install_guidance,
    refusal_reason,
    resolve_backend,
    unlock_guidance,
)
from tests.accounts.keyring_helpers import (
    app_items,
    locked_default_collection,
    secret_tool_lookup,
)

KEY = "rk_test_FAKEkeystore0123456789"


@pytest.mark.keyring
def test_set_get_delete_in_the_secret_service(secret_service: None) -> None:
    keys = KeyStore()
    kind = keys.set_key("Acme", KEY)
    assert kind.restricted
    assert kind.mode == "test"
    assert keys.get_key("Acme") == KEY
    assert keyring.get_password(SERVICE, "Acme") == KEY
    assert secret_tool_lookup("Acme") == KEY
    (item,) = app_items()  # keyring's SecretService backend: attributes service + username
    assert (item["service"], item["username"]) == (SERVICE, "Acme")
    assert keys.delete_key("Acme") is True
    assert keys.get_key("Acme") is None
    assert secret_tool_lookup("Acme") is None
    assert app_items() == []
    assert keys.delete_key("Acme") is False


@pytest.mark.keyring
def test_one_entry_per_profile_and_replacing_rotates(secret_service: None) -> None:
    keys = KeyStore()
    keys.set_key("One", KEY)
    keys.set_key("Two", "sk_live_FAKEtwo0123456789")
    keys.set_key("One", " sk_test_FAKErotated0123456789\n")
    assert keys.get_key("One") == "sk_test_FAKErotated0123456789"
    assert keys.get_key("Two") == "sk_live_FAKEtwo0123456789"
    assert sorted(item["username"] for item in app_items()) == ["One", "Two"]


@pytest.mark.keyring
def test_malformed_key_is_refused_before_the_keyring(secret_service: None) -> None:
    with pytest.raises(InvalidApiKey):
        KeyStore().set_key("Acme", "pk_test_FAKE0123456789")
    assert app_items() == []


@pytest.mark.keyring
def test_missing_key_says_how_to_add_it(secret_service: None) -> None:
    with pytest.raises(KeyMissing, match="profiles add 'Acme' --replace"):
        KeyStore().require_key("Acme")


@pytest.mark.keyring
def test_locked_keyring_says_unlock_and_stores_nothing(locked_keyring: None) -> None:
    keys = KeyStore()
    for action in (
        lambda: keys.set_key("Acme", KEY),
        lambda: keys.get_key("Acme"),
        lambda: keys.delete_key("Acme"),
    ):
        with pytest.raises(KeyringUnavailable) as caught:
            action()
        message = str(caught.value)
        assert message.startswith("The keyring is locked.")
        assert "Unlock your login keyring" in message
        assert "never keeps keys in a file" in message
        assert KEY not in message


@pytest.mark.keyring
def test_nothing_stored_after_a_locked_attempt(secret_service: None) -> None:
    with locked_default_collection(), pytest.raises(KeyringUnavailable):
        KeyStore().set_key("Acme", KEY)
    assert app_items() == []
    assert secret_tool_lookup("Acme") is None


def test_no_keyring_backend_names_what_to_install(no_keyring: None) -> None:
    keys = KeyStore()
    with pytest.raises(KeyringUnavailable) as caught:
        keys.set_key("Acme", KEY)
    message = str(caught.value)
    assert "No OS keyring is available" in message
    assert "apt-get install gnome-keyring" in message
    assert "never keeps keys in a file" in message
    with pytest.raises(KeyringUnavailable):
        keys.get_key("Acme")


class _PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt's file backend (not installed): only its name matters."""

    priority = 1  # type: ignore[assignment]
    stored: dict[tuple[str, str], str]

    def __init__(self) -> None:
        super().__init__()
        self.stored = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


_PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def plaintext_keyring() -> Iterator[_PlaintextKeyring]:
    previous = keyring.get_keyring()
    backend = _PlaintextKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_file_backends_are_refused_with_the_reason(plaintext_keyring: _PlaintextKeyring) -> None:
    with pytest.raises(KeyringUnavailable, match="keeps secrets in a file on disk"):
        KeyStore().set_key("Acme", KEY)
    assert plaintext_keyring.stored == {}


def test_null_backend_is_refused() -> None:
    assert refusal_reason(null.Keyring()) is not None
    with pytest.raises(KeyringUnavailable, match="stores nothing"):
        resolve_backend(null.Keyring())


@pytest.mark.parametrize(
    ("platform", "install", "unlock"),
    [
        ("linux", "GNOME Keyring or KWallet", "login keyring"),
        ("darwin", "macOS Keychain", "login keychain"),
        ("win32", "Windows Credential Manager", "Credential Manager"),
    ],
)
def test_guidance_names_the_platforms_keyring(platform: str, install: str, unlock: str) -> None:
    assert install in install_guidance(platform)
    assert unlock in unlock_guidance(platform)
