"""Test helpers around the real Secret Service (gnome-keyring in the private D-Bus session
of scripts/keyring_session.sh, which scripts/test.sh runs pytest in).

They talk to the Secret Service directly (secretstorage, secret-tool, jeepney), not
through our code, so they can check what our code stored.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import secretstorage
from jeepney.bus_messages import MatchRule, message_bus
from jeepney.io.blocking import DBusConnection
from secretstorage.util import DBusAddressWrapper, format_secret, open_session

from desktop_app.secrets import SERVICE

SECRET_SERVICE_NAME = "org.freedesktop.secrets"
# scripts/keyring_session.sh creates the login keyring with this password.
TEST_KEYRING_PASSWORD = os.environ.get(
    "BILLING_MANAGER_TEST_KEYRING_PASSWORD", "billing-manager-tests"
)


def in_private_secret_service() -> bool:
    """True inside scripts/keyring_session.sh's private D-Bus session with gnome-keyring."""
    return bool(os.environ.get("BILLING_MANAGER_TEST_KEYRING_HOME"))


def session_daemon_pids() -> set[int]:
    """The gnome-keyring-daemons this keyring session has started (its own service files
    start them, with the test keyring folder and password)."""
    pids = Path(os.environ["BILLING_MANAGER_TEST_KEYRING_HOME"]) / "daemon.pids"
    return {int(word) for word in pids.read_text().split()}


def secret_service_pid(bus: DBusConnection) -> int:
    """The process that owns the Secret Service's name on the session bus."""
    reply = bus.send_and_get_reply(message_bus.GetConnectionUnixProcessID(SECRET_SERVICE_NAME))
    return int(reply.body[0])


def kill_secret_service_and_wait(bus: DBusConnection, sig: int) -> int:
    """Send ``sig`` to the Secret Service's daemon; return once the bus has seen its name
    go (NameOwnerChanged to no owner), so the next call starts a new daemon. Its pid."""
    rule = MatchRule(
        type="signal",
        sender=message_bus.bus_name,
        interface=message_bus.interface,
        member="NameOwnerChanged",
        path=message_bus.object_path,
    )
    rule.add_arg_condition(0, SECRET_SERVICE_NAME)
    pid = secret_service_pid(bus)
    with bus.filter(rule) as signals:
        bus.send_and_get_reply(message_bus.AddMatch(rule))
        os.kill(pid, sig)
        while True:
            _name, _old, new_owner = bus.recv_until_filtered(signals, timeout=30).body
            if not new_owner:
                return pid


def _unlock_with_master_password(bus: DBusConnection, collection_path: str) -> None:
    """Unlock a collection without a prompt (gnome-keyring's own master-password interface)."""
    session = open_session(bus)
    gnome = DBusAddressWrapper(
        "/org/freedesktop/secrets", "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface", bus
    )
    secret = format_secret(session, TEST_KEYRING_PASSWORD.encode(), "text/plain")
    gnome.call("UnlockWithMasterPassword", "o(oayays)", collection_path, secret)


def ensure_test_keyring() -> None:
    """Before a keyring test: the Secret Service is one of this session's test daemons
    and its login keyring is unlocked.

    A daemon that stopped since the last test is started again by the first call here
    (D-Bus activation through the session's service files) with the test keyring; should
    its keyring be locked, it is unlocked with the test password. Never another keyring.
    """
    with closing(secretstorage.dbus_init()) as bus:
        collection = secretstorage.get_default_collection(bus)  # starts a daemon if none runs
        owner = secret_service_pid(bus)
        assert owner in session_daemon_pids(), (
            f"The Secret Service (pid {owner}) is not the test keyring of "
            "scripts/keyring_session.sh"
        )
        if collection.is_locked():
            _unlock_with_master_password(bus, _default_collection_path(bus))
        assert not collection.is_locked(), "could not unlock the test keyring"


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
    """Remove every billing-manager item: the set-up and tear-down of the keyring tests,
    always in the test keyring (ensure_test_keyring first)."""
    ensure_test_keyring()
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
            _unlock_with_master_password(bus, real_path)
            assert not collection.is_locked(), "could not unlock the test keyring again"


def files_containing(root: Path, needle: str) -> list[Path]:
    """Every file under ``root`` whose bytes contain ``needle``."""
    data = needle.encode()
    return [p for p in root.rglob("*") if p.is_file() and data in p.read_bytes()]
