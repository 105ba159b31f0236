"""Opening a connected account (profile) for the window, over the accounts module.

Kept apart so the window does not depend on how profiles and keys are stored.
The key is read from the keyring inside ``api_factory``, which the session calls
on a worker thread: never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class OpenedProfile:
    title: str
    mode: str
    store_path: Path
    api_factory: Callable[[], Any]
    all_names: list[str]


def _profiles() -> Any:
    try:
        from desktop_app import profiles  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    return profiles


def last_profile_name() -> str | None:
    module = _profiles()
    if module is None:
        return None
    names = [p.name for p in module.ProfileStore.load().list()]
    return names[0] if names else None


def open_profile(name: str) -> OpenedProfile | None:
    module = _profiles()
    if module is None:
        return None
    store = module.ProfileStore.load()
    profiles = {p.name: p for p in store.list()}
    profile = profiles.get(name)
    if profile is None:
        return None

    def api_factory() -> Any:
        from desktop_app.secrets import KeyStore  # type: ignore[attr-defined,unused-ignore]
        from desktop_app.stripe_api import StripeApi

        key = KeyStore().get_key(profile.name)
        return StripeApi(key, api_base=profile.api_base, budget_rps=profile.budget_rps)

    title = profile.account_name or profile.name
    return OpenedProfile(
        title, profile.mode, Path(module.cache_path(profile)), api_factory, sorted(profiles)
    )
