"""The app names its API version on every request, and the SDK is pinned to match.

stripe-python sends ``Stripe-Version`` with its own pinned version unless told
otherwise (``StripeClient(stripe_version=...)``, stripe-python 16.1
``_stripe_client.py``; ``_api_version._ApiVersion.CURRENT`` is
"2026-10-28.endive"). The app sets it from one constant, so an SDK upgrade cannot
change the layout the parsers get behind their back.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import stripe
from stripe._api_version import _ApiVersion

from desktop_app.emulator import Emulator
from desktop_app.key_check import check_key, stripe_api_factory
from desktop_app.store import Store
from desktop_app.stripe_api.version import API_VERSION
from desktop_app.sync import run_sync
from tests.sync.conftest import make_api
from tests.sync.test_incremental_sync import pick

ROOT = Path(__file__).resolve().parents[2]


def test_the_sdk_is_pinned_to_the_release_that_speaks_the_apps_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in project["project"]["dependencies"] if re.match(r"stripe\b", d)]
    assert pins == [f"stripe=={stripe.VERSION}"]
    assert _ApiVersion.CURRENT == API_VERSION


def test_every_request_names_the_apps_api_version(emu: Emulator, tmp_path: Path) -> None:
    emu.set_account_api_version("2024-06-20")  # an account that never upgraded
    check_key(emu.api_key, stripe_api_factory(emu.base_url))
    api = make_api(emu)
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(api, store)
    (sub_id,) = pick(emu, "active", 1)
    api.pause_collection(sub_id, "void")
    run_sync(api, store)
    customer = emu.state.subscriptions[sub_id]["customer"]
    api.create_portal_session(customer, "https://example.com/back")

    api_requests = [r for r in emu.request_log if r.path.startswith("/v1/")]
    assert len(api_requests) > 20
    assert {r.stripe_version for r in api_requests} == {API_VERSION}


def test_an_sdk_speaking_another_version_does_not_change_what_the_app_asks_for(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # As after an SDK upgrade: the SDK's own default version is another one.
    monkeypatch.setattr(_ApiVersion, "CURRENT", "2099-01-01.future")
    run_sync(make_api(emu), Store.open(tmp_path / "cache.sqlite3"))
    assert {r.stripe_version for r in emu.request_log} == {API_VERSION}
