"""Actions against the emulator: the real SDK over HTTP, a real cache, real widgets."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

SUBSCRIPTIONS = 60


@pytest.fixture(autouse=True)
def _drop_app_log_handlers() -> Iterator[None]:
    """The CLI's main() installs the app's log handler on the root logger (in this
    test's folders); take it away after the test so later tests get their own."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_billing_manager", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def emu() -> Iterator[Any]:
    emulator = pytest.importorskip("desktop_app.emulator")
    with emulator.run_emulator(seed=7, subscriptions=SUBSCRIPTIONS, latency_ms=0) as e:
        yield e


@pytest.fixture
def api(emu: Any) -> Any:
    from desktop_app.stripe_api import StripeApi

    return StripeApi(emu.api_key, emu.base_url, budget_rps=500.0)


@pytest.fixture
def store(api: Any, tmp_path: Path) -> Iterator[Any]:
    from desktop_app.store import Store
    from desktop_app.sync import run_sync

    s = Store.open(tmp_path / "cache.sqlite3")
    run_sync(api, s, full=True)
    yield s
    s.close()


def all_rows(store: Any) -> list[Any]:
    from desktop_app.store import SortKey, SubscriptionFilter

    flt = SubscriptionFilter(statuses=None, collection_paused=None, search=None)
    return list(store.query_subscriptions(flt, SortKey.CREATED, True))


def pick(store: Any, test: Callable[[Any], bool]) -> Any:
    for row in all_rows(store):
        if test(row):
            return row
    raise AssertionError("the seeded demo data has no such subscription")


def row_of(store: Any, subscription_id: str) -> Any:
    detail = store.subscription_detail(subscription_id)
    assert detail is not None
    return detail.row


def portal_posts(emu: Any) -> list[Any]:
    return [
        r
        for r in emu.request_log
        if r.method == "POST" and r.path == "/v1/billing_portal/sessions" and r.status == 200
    ]


def posts(emu: Any) -> list[Any]:
    return [r for r in emu.request_log if r.method == "POST"]


def tick_clock(emu: Any) -> None:
    """Give each change the emulator makes its own second (as a person's clicks have),
    so the tests do not depend on how a sync treats changes within one second (that
    case has its own test)."""
    import itertools

    with emu.lock:
        seconds = itertools.count(emu.state.now() + 1)
        emu.state.clock = lambda: next(seconds)


def freeze_clock(emu: Any) -> None:
    """Every change from now on happens in the same second."""
    with emu.lock:
        second = emu.state.now()
        emu.state.clock = lambda: second
