"""Test helpers around the real Secret Service (gnome-keyring, started by scripts/test.sh).

They talk to the Secret Service directly (secretstorage, secret-tool), not through
our code, so they can check what our code stored.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import secretstorage
from secretstorage.util import DBusAddressWrapper, format_secret, open_session

from desktop_app.secrets import SERVICE

# scripts/test.sh creates the login keyring with this password.
TEST_KEYRING_PASSWORD = os.environ.get(
    "BILLING_MANAGER_TEST_KEYRING_PASSWORD", "billing-manager-tests"
)


def in_private_secret_service() -> bool:
    """True inside scripts/test.sh's private D-Bus session with gnome-keyring."""
    return bool(os.environ.get("BILLING_MANAGER_TEST_KEYRING_HOME"))


def secret_tool_lookup(profile_name: str) -> str | None:
    """The secret `secret-tool` finds for service billing-manager + this username."""
    done = subprocess.run(
        ["secret-tool", "lookup", "service", SERVICE, "username", profile_name],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return done.stdout if done.returncode == 0 and done.stdout else None


def app_items() -> list[dict[str, str]]:
    """Attributes of every item stored under our service, in any collection."""
    with closing(secretstorage.dbus_init()) as bus:
        return [
            item.get_attributes() for item in secretstorage.search_items(bus, {"service": SERVICE})
        ]


def delete_app_items() -> None:
    with closing(secretstorage.dbus_init()) as bus:
        for item in secretstorage.search_items(bus, {"service": SERVICE}):
            item.delete()


def _default_collection_path(bus: secretstorage.DBusConnection) -> str:
    service = DBusAddressWrapper("/org/freedesktop/secrets", "org.freedesktop.Secret.Service", bus)
    (path,) = service.call("ReadAlias", "s", "default")
    return str(path)


@contextmanager
def locked_default_collection() -> Iterator[None]:
    """Lock the login keyring for the block; unlock it after without a prompt
    (gnome-keyring's own master-password interface).

    While it is locked, keyring asks gnome-keyring to unlock it, which starts its
    prompter through D-Bus activation. scripts/test.sh starts the D-Bus session
    before any X server, so the prompter has no display, fails at once, and the
    request ends as "locked" (KeyringLocked), as when a user dismisses the prompt.
    (Run on a desktop session instead, a real prompt appears: cancel it.)"""
    with closing(secretstorage.dbus_init()) as bus:
        collection = secretstorage.get_default_collection(bus)
        real_path = _default_collection_path(bus)
        collection.lock()
        assert collection.is_locked()
        try:
            yield
        finally:
            session = open_session(bus)
            gnome = DBusAddressWrapper(
                "/org/freedesktop/secrets",
                "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
                bus,
            )
            secret = format_secret(session, TEST_KEYRING_PASSWORD.encode(), "text/plain")
            gnome.call("UnlockWithMasterPassword", "o(oayays)", real_path, secret)
            assert not collection.is_locked(), "could not unlock the test keyring again"


def files_containing(root: Path, needle: str) -> list[Path]:
    """Every file under ``root`` whose bytes contain ``needle``."""
    data = needle.encode()
    return [p for p in root.rglob("*") if p.is_file() and data in p.read_bytes()]
