"""Run inside a keyring session of its own (scripts/keyring_session.sh), by
tests/reliability/test_keyring_session.py: store a key with the app's KeyStore, kill the
session's gnome-keyring-daemon (SIGKILL), then use the keyring again as the next test
would. Prints one JSON object with what happened.
"""

from __future__ import annotations

import json
import signal
import sys
from contextlib import closing

import secretstorage

from desktop_app.secrets import KeyStore
from tests.accounts.keyring_helpers import (
    ensure_test_keyring,
    kill_secret_service_and_wait,
    secret_service_pid,
    session_daemon_pids,
)

SERVICE = "billing-manager-session-test"


def main() -> int:
    key = sys.argv[1]
    store = KeyStore(service=SERVICE)
    store.set_key("Acme", key)
    with closing(secretstorage.dbus_init()) as bus:
        killed = kill_secret_service_and_wait(bus, signal.SIGKILL)
    # What the next keyring test does first (tests/conftest.py), then the app's own calls.
    ensure_test_keyring()
    read_back = store.get_key("Acme")
    store.set_key("Globex", key + "2")
    with closing(secretstorage.dbus_init()) as bus:
        now = secret_service_pid(bus)
    result = {
        "killed": killed,
        "serving_now": now,
        "session_daemons": sorted(session_daemon_pids()),
        "read_back_matches": read_back == key,
        "second_key_kept": store.get_key("Globex") == key + "2",
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
