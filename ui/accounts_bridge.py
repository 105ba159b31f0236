"""Opening a connected account (profile) for the window, over the accounts module.

Kept apart so the window does not depend on how profiles and keys are stored.
The key is read from the keyring inside ``api_factory``, which the session calls
on a worker thread: never on the GUI thread. Reading ``profiles.json`` is a small
local file read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.profiles import ProfileStore, cache_path
from ui.sync_process import SyncTarget


@dataclass(frozen=True)
class OpenedProfile:
    title: str
    mode: str
    store_path: Path
    api_factory: Callable[[], Any]
    all_names: list[str]
    sync_target: SyncTarget


def profile_names() -> list[str]:
    return [p.name for p in ProfileStore().list()]


def last_profile_name() -> str | None:
    names = profile_names()
    return names[0] if names else None


def open_profile(name: str) -> OpenedProfile | None:
    store = ProfileStore()
    profile = store.find(name)
    if profile is None:
        return None

    def api_factory() -> Any:
        from desktop_app.accounts import Accounts
        from desktop_app.stripe_api import StripeApi

        key = Accounts().key_for(profile.name)
        return StripeApi(key, api_base=profile.api_base, budget_rps=profile.budget_rps)

    title = profile.account_name or profile.name
    names = [p.name for p in store.list()]
    target = SyncTarget(profile=profile.name)
    return OpenedProfile(title, profile.mode, cache_path(profile), api_factory, names, target)
