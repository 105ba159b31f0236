"""Connecting and removing accounts: the profile file and the keyring change together."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.accounts import AccountMismatch, Accounts
from desktop_app.errors import InvalidRequest, KeyringUnavailable
from desktop_app.profiles import Profile, ProfileExists, ProfileStore, cache_path
from desktop_app.secrets import KeyStore
from tests.accounts.keyring_helpers import app_items, files_containing, secret_tool_lookup

KEY = "rk_live_FAKEaccounts0123456789"


def _live(name: str = "Acme", account_id: str = "acct_1FAKEacme") -> Profile:
    return Profile(name=name, mode="live", account_id=account_id, account_name="Acme Ltd")


@pytest.mark.keyring
def test_connect_stores_key_in_keyring_and_nowhere_else(
    secret_service: None, isolated_app_dirs: Path
) -> None:
    saved = Accounts().connect(_live(" Acme "), f"{KEY}\n")
    assert saved.name == "Acme"
    assert saved.restricted is True
    assert ProfileStore().get("Acme") == saved
    assert KeyStore().get_key("Acme") == KEY
    assert secret_tool_lookup("Acme") == KEY
    assert files_containing(isolated_app_dirs, KEY) == []
    assert files_containing(isolated_app_dirs, KEY[8:]) == []
    assert ProfileStore().path.is_file()


@pytest.mark.keyring
def test_key_of_the_other_mode_is_refused(secret_service: None) -> None:
    with pytest.raises(AccountMismatch, match="live-mode key but the account is set up for test"):
        Accounts().connect(Profile(name="Acme", mode="test"), KEY)
    assert app_items() == []
    assert ProfileStore().list() == []


@pytest.mark.keyring
def test_existing_name_is_refused_unless_replacing(secret_service: None) -> None:
    accounts = Accounts()
    accounts.connect(_live(), KEY)
    with pytest.raises(ProfileExists, match="--replace"):
        accounts.connect(_live("ACME"), "sk_live_FAKEother0123456789")
    assert accounts.key_for("Acme") == KEY


@pytest.mark.keyring
def test_replace_rotates_the_key_of_the_same_account(secret_service: None) -> None:
    accounts = Accounts()
    accounts.connect(_live(), KEY)
    rotated = "rk_live_FAKErotated0123456789"
    accounts.connect(_live("acme"), rotated, replace=True)
    assert accounts.key_for("Acme") == rotated
    assert [p.name for p in accounts.profiles.list()] == ["Acme"]
    assert len(app_items()) == 1


@pytest.mark.keyring
def test_replace_refuses_a_key_of_another_account(secret_service: None) -> None:
    accounts = Accounts()
    accounts.connect(_live(), KEY)
    with pytest.raises(AccountMismatch, match="never mix"):
        accounts.connect(
            _live(account_id="acct_1FAKEother"), "rk_live_FAKEother0123456789", replace=True
        )
    assert accounts.key_for("Acme") == KEY
    assert accounts.profiles.get("Acme").account_id == "acct_1FAKEacme"


@pytest.mark.keyring
def test_failed_profile_write_takes_the_key_back_out(secret_service: None) -> None:
    bad = Profile(name="Acme", mode="live", account_name="sk_live_FAKEname0123456789")
    with pytest.raises(InvalidRequest):
        Accounts().connect(bad, KEY)
    assert app_items() == []
    assert ProfileStore().list() == []


@pytest.mark.keyring
def test_failed_rotation_restores_the_previous_key(secret_service: None) -> None:
    accounts = Accounts()
    accounts.connect(_live(), KEY)
    bad = _live().with_changes(account_name="sk_live_FAKEname0123456789")
    with pytest.raises(InvalidRequest):
        accounts.connect(bad, "rk_live_FAKErotated0123456789", replace=True)
    assert accounts.key_for("Acme") == KEY


@pytest.mark.keyring
def test_remove_takes_key_profile_and_asked_for_cache(secret_service: None) -> None:
    accounts = Accounts()
    keep, drop = _live("Keep"), _live("Drop")
    for profile in (keep, drop):
        accounts.connect(profile, KEY)
        cache = cache_path(profile)
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(b"SQLite format 3\x00")
        Path(f"{cache}-wal").write_bytes(b"")
    removal = accounts.remove("drop", delete_cache_files=True)
    assert removal.key_removed
    assert len(removal.cache_removed) == 2
    assert secret_tool_lookup("Drop") is None
    assert not cache_path(drop).exists()
    assert [p.name for p in accounts.profiles.list()] == ["Keep"]
    assert secret_tool_lookup("Keep") == KEY
    assert cache_path(keep).exists()

    kept = accounts.remove("Keep")
    assert kept.cache_removed == []
    assert cache_path(keep).exists()
    assert app_items() == []


@pytest.mark.keyring
def test_locked_keyring_leaves_nothing_behind(
    locked_keyring: None, isolated_app_dirs: Path
) -> None:
    with pytest.raises(KeyringUnavailable, match="locked"):
        Accounts().connect(_live(), KEY)
    assert ProfileStore().list() == []
    assert files_containing(isolated_app_dirs, KEY) == []


def test_no_keyring_leaves_nothing_behind(no_keyring: None, isolated_app_dirs: Path) -> None:
    with pytest.raises(KeyringUnavailable, match="No OS keyring"):
        Accounts().connect(_live(), KEY)
    assert ProfileStore().list() == []
    assert files_containing(isolated_app_dirs, KEY) == []


@pytest.mark.keyring
def test_remove_with_a_locked_keyring_changes_nothing(secret_service: None) -> None:
    from tests.accounts.keyring_helpers import locked_default_collection

    accounts = Accounts()
    accounts.connect(_live(), KEY)
    with locked_default_collection(), pytest.raises(KeyringUnavailable, match="locked"):
        accounts.remove("Acme", delete_cache_files=True)
    assert accounts.profiles.get("Acme").account_id == "acct_1FAKEacme"
    assert accounts.key_for("Acme") == KEY
