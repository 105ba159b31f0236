"""`billing-manager profiles ...` against the emulator and the real Secret Service."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.cli.main import main
from desktop_app.logging_setup import log_file_path
from desktop_app.profiles import ProfileStore, cache_path
from desktop_app.secrets import KeyStore
from tests.accounts.conftest import READ_ONLY, without
from tests.accounts.keyring_helpers import (
    app_items,
    files_containing,
    locked_default_collection,
    secret_tool_lookup,
)

pytestmark = pytest.mark.keyring
ROOT = Path(__file__).resolve().parents[2]


def _run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _nothing_left(home: Path, key: str) -> None:
    assert ProfileStore().list() == []
    assert app_items() == []
    assert files_containing(home, key) == []


def test_add_stores_the_key_in_the_keyring_only(
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = restricted_key()
    args = ["profiles", "add", "Acme", "--api-base", emulator.base_url]
    code, out, err = _run(monkeypatch, capsys, args, f"{key}\n")
    assert (code, err) == (0, "")
    assert "Connected 'Acme'" in out
    assert "test-mode restricted key" in out
    assert "All features available." in out
    assert key not in out

    assert KeyStore().get_key("Acme") == key
    assert secret_tool_lookup("Acme") == key
    assert log_file_path().is_file()  # the scan below covers the log too
    assert files_containing(isolated_app_dirs, key) == []
    profile = ProfileStore().get("Acme")
    assert profile.mode == "test"
    assert profile.account_id
    assert profile.account_id.startswith("acct_")
    assert profile.api_base == emulator.base_url
    assert profile.restricted is True

    code, out, _ = _run(monkeypatch, capsys, ["profiles", "list"])
    assert code == 0
    assert "Acme" in out
    assert profile.account_id in out
    assert key not in out


def test_read_only_key_is_saved_and_says_what_is_disabled(
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = restricted_key(READ_ONLY)
    args = ["profiles", "add", "Reader", "--api-base", emulator.base_url]
    code, out, _ = _run(monkeypatch, capsys, args, key)
    assert code == 0
    assert "Read only: pause and resume disabled." in out
    assert "no   Pause and resume" in out
    assert secret_tool_lookup("Reader") == key

    code, out, _ = _run(monkeypatch, capsys, ["profiles", "check", "Reader"])
    assert code == 0
    assert "Read only: pause and resume disabled." in out


def test_key_without_a_needed_permission_is_refused_and_nothing_saved(
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = restricted_key(without("rak_customer_read"))
    args = ["profiles", "add", "Acme", "--api-base", emulator.base_url]
    code, _, err = _run(monkeypatch, capsys, args, key)
    assert code == ExitCode.AUTH
    assert "Not usable: the key lacks Customers: Read" in err
    assert "Stripe Dashboard" in err
    _nothing_left(isolated_app_dirs, key)


def test_wrong_key_is_refused_and_nothing_saved(
    secret_service: None,
    emulator: Any,
    isolated_app_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = "sk_test_FAKEneverissued0123456789"
    args = ["profiles", "add", "Acme", "--api-base", emulator.base_url]
    code, out, err = _run(monkeypatch, capsys, args, key)
    assert code == ExitCode.AUTH
    assert "Stripe did not accept this key" in err
    assert key not in out + err
    _nothing_left(isolated_app_dirs, key)


def test_revoked_key_is_refused_and_a_stored_one_leads_to_replacing_it(
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = restricted_key()
    args = ["profiles", "add", "Acme", "--api-base", emulator.base_url]
    assert _run(monkeypatch, capsys, args, key)[0] == 0
    emulator.revoke_key(key)

    code, _, err = _run(monkeypatch, capsys, ["profiles", "check", "Acme"])
    assert code == ExitCode.AUTH
    assert "The stored API key of 'Acme' was revoked or rolled" in err
    assert "profiles add 'Acme' --replace" in err

    new_key = restricted_key()
    args = ["profiles", "add", "Acme", "--replace"]
    assert _run(monkeypatch, capsys, args, new_key)[0] == 0
    assert secret_tool_lookup("Acme") == new_key
    assert _run(monkeypatch, capsys, ["profiles", "check", "Acme"])[0] == 0

    args = ["profiles", "add", "Other", "--api-base", emulator.base_url]
    code, _, err = _run(monkeypatch, capsys, args, key)
    assert code == ExitCode.AUTH
    assert "Stripe says this key has been revoked or rolled" in err
    assert ProfileStore().find("Other") is None
    assert files_containing(isolated_app_dirs, key) == []


def test_remove_takes_the_key_and_the_cache(
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in ("Drop", "Keep"):
        args = ["profiles", "add", name, "--api-base", emulator.base_url]
        assert _run(monkeypatch, capsys, args, restricted_key())[0] == 0
        cache = cache_path(name)
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(b"cache")

    code, out, _ = _run(monkeypatch, capsys, ["profiles", "remove", "Drop"])
    assert code == 0
    assert "key removed from the keyring" in out
    assert secret_tool_lookup("Drop") is None
    assert not cache_path("Drop").exists()

    code, out, _ = _run(monkeypatch, capsys, ["profiles", "remove", "Keep", "--keep-cache"])
    assert code == 0
    assert cache_path("Keep").exists()
    assert app_items() == []
    assert ProfileStore().list() == []

    code, _, err = _run(monkeypatch, capsys, ["profiles", "remove", "Keep"])
    assert code == ExitCode.NOT_FOUND
    assert "no account named 'Keep'" in err


def test_locked_keyring_is_reported_and_nothing_saved(
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = restricted_key()
    args = ["profiles", "add", "Acme", "--api-base", emulator.base_url]
    with locked_default_collection():
        code, _, err = _run(monkeypatch, capsys, args, key)
    assert code == ExitCode.KEYRING
    assert "The keyring is locked" in err
    _nothing_left(isolated_app_dirs, key)


def test_the_key_is_never_taken_from_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["profiles", "add", "Acme", "sk_test_FAKE0123456789abc"])
    assert caught.value.code == 2
    assert ProfileStore().list() == []


def test_no_keyring_backend_in_a_fresh_process(
    emulator: Any, restricted_key: Callable[..., str], isolated_app_dirs: Path
) -> None:
    key = restricted_key()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "profiles",
            "add",
            "Acme",
            "--api-base",
            emulator.base_url,
        ],
        input=key,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == ExitCode.KEYRING, done.stderr
    assert "No OS keyring is available" in done.stderr
    assert "apt-get install gnome-keyring" in done.stderr
    assert key not in done.stdout + done.stderr
    assert ProfileStore().list() == []
    assert files_containing(isolated_app_dirs, key) == []


def test_check_without_a_stored_key_says_how_to_add_it(
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["profiles", "add", "Acme", "--api-base", emulator.base_url]
    assert _run(monkeypatch, capsys, args, restricted_key())[0] == 0
    KeyStore().delete_key("Acme")  # e.g. removed in the keyring's own manager
    code, _, err = _run(monkeypatch, capsys, ["profiles", "check", "Acme"])
    assert code == ExitCode.AUTH
    assert "No API key for the account 'Acme' is in the keyring" in err
    assert "profiles add 'Acme' --replace" in err


def test_an_account_name_with_terminal_escapes_prints_as_it_reads(
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The account's display name comes from the server: escape sequences in it must not
    # reach the terminal (they could clear it, move the cursor or fake a line of output).
    hostile = "Acme\x1b[2J\x1b[1;1HAll clear\x07\r\nKey: none"
    emulator.hostile.rewrite(
        "/v1/account", count=None, settings={"dashboard": {"display_name": hostile}}
    )
    key = restricted_key()
    args = ["profiles", "add", "Acme", "--api-base", emulator.base_url]
    code, out, _ = _run(monkeypatch, capsys, args, f"{key}\n")
    assert code == 0
    code, listed, _ = _run(monkeypatch, capsys, ["profiles", "list"])
    assert code == 0
    for text in (out, listed):
        assert "\x1b" not in text
        assert "\x07" not in text
        assert "\r" not in text
    assert "Account: Acme[2J[1;1HAll clear Key: none" in out
