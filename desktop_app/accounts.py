"""Connecting, rotating and removing accounts: a profile and its keyring entry together.

Both stores change together or not at all: a key is stored only along with its
profile, and a failure part way undoes what was done, so nothing is left behind
(no orphan key, no profile without a key).

Every function here may block on the keyring (an unlock prompt): the window calls
them on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.errors import BillingManagerError
from desktop_app.profiles import (
    Profile,
    ProfileExists,
    ProfileStore,
    cache_path,
    check_profile_name,
    delete_cache,
)
from desktop_app.secrets import KeyStore, check_key_format, normalize_key
from desktop_app.text import translate

if TYPE_CHECKING:
    from desktop_app.stripe_api import StripeApi


class AccountMismatch(BillingManagerError):
    """A replacement key belongs to another account (or mode) than the profile."""

    exit_code = ExitCode.USAGE


@dataclass(frozen=True)
class Removal:
    profile: Profile
    key_removed: bool
    cache_removed: list[Path] = field(default_factory=list)


class Accounts:
    """The profiles file and the keyring, used together."""

    def __init__(self, profiles: ProfileStore | None = None, keys: KeyStore | None = None):
        self.profiles = profiles or ProfileStore()
        self.keys = keys or KeyStore()

    def connect(self, profile: Profile, key: str, *, replace: bool = False) -> Profile:
        """Store ``key`` in the keyring and ``profile`` in the profiles file.

        With ``replace`` an existing profile of that name gets the new key (a
        rotated key) provided it is the same account and mode; without it an
        existing name is refused. On any failure both stores are as before.
        """
        name = check_profile_name(profile.name)
        if name != profile.name:
            profile = profile.with_changes(name=name)
        key = normalize_key(key)
        kind = check_key_format(key)
        if kind.mode != profile.mode:
            raise AccountMismatch(
                translate(
                    "Accounts",
                    "The key is a {key_mode}-mode key but the account is set up for "
                    "{account_mode} mode.",
                ).format(key_mode=kind.mode, account_mode=profile.mode)
            )
        profile = profile.with_changes(restricted=kind.restricted)
        existing = self.profiles.find(name)
        if existing is not None and not replace:
            raise ProfileExists(
                translate(
                    "Accounts",
                    "An account named '{name}' exists already. Choose another name, "
                    "or replace its key (billing-manager profiles add NAME --replace).",
                ).format(name=existing.name)
            )
        if existing is not None:
            _check_same_account(existing, profile)
            profile = profile.with_changes(name=existing.name)
        previous_key = self.keys.get_key(profile.name) if existing is not None else None
        self.keys.set_key(profile.name, key)
        try:
            self.profiles.save(profile)
        except BaseException:
            if previous_key is not None:
                self.keys.set_key(profile.name, previous_key)
            else:
                self.keys.delete_key(profile.name)
            raise
        return profile

    def key_for(self, name: str) -> str:
        """The key of an existing profile (KeyMissing / KeyringUnavailable otherwise)."""
        profile = self.profiles.get(name)
        return key_of_mode(profile, self.keys.require_key(profile.name))

    def remove(self, name: str, *, delete_cache_files: bool = False) -> Removal:
        """Remove the profile, its keyring entry and, when asked, its cache.

        The key goes first: if the keyring is locked or missing, nothing is removed
        and KeyringUnavailable says what to unlock.
        """
        profile = self.profiles.get(name)
        key_removed = self.keys.delete_key(profile.name)
        self.profiles.remove(profile.name)
        removed = delete_cache(profile) if delete_cache_files else []
        return Removal(profile=profile, key_removed=key_removed, cache_removed=removed)

    def cache_path(self, profile: Profile) -> Path:
        return cache_path(profile)

    def open_api(self, profile: Profile) -> StripeApi:
        """A ``StripeApi`` for the profile, with its key from the keyring (call it off
        the GUI thread). KeyMissing / KeyringUnavailable say what to do."""
        from desktop_app.stripe_api import StripeApi

        key = key_of_mode(profile, self.keys.require_key(profile.name))
        return StripeApi(key, profile.api_base, budget_rps=profile.budget_rps)


def key_of_mode(profile: Profile, key: str) -> str:
    """``key`` if it is of the profile's mode; else AccountMismatch (a live key must
    never fill a test account's cache, nor the other way round)."""
    mode = check_key_format(key).mode
    if mode != profile.mode:
        raise AccountMismatch(
            translate(
                "Accounts",
                "The key stored for '{name}' is a {mode}-mode key, but '{name}' is a "
                "{wanted}-mode account. Replace it with a {wanted}-mode key (Replace key in "
                "the window, or billing-manager profiles add '{name}' --replace).",
            ).format(name=profile.name, mode=mode, wanted=profile.mode)
        )
    return key


def _check_same_account(existing: Profile, new: Profile) -> None:
    if existing.mode != new.mode:
        raise AccountMismatch(
            translate(
                "Accounts",
                "'{name}' is a {account_mode}-mode account; the new key is for {key_mode} "
                "mode. Add it as a separate account instead.",
            ).format(name=existing.name, account_mode=existing.mode, key_mode=new.mode)
        )
    if existing.account_id and new.account_id and existing.account_id != new.account_id:
        raise AccountMismatch(
            translate(
                "Accounts",
                "The new key belongs to account {new_id}, but '{name}' is account {old_id}. "
                "Add it as a separate account, so the two accounts' data never mix.",
            ).format(new_id=new.account_id, name=existing.name, old_id=existing.account_id)
        )
