"""Fixtures for the sync tests: a seeded emulator and a StripeApi talking to it over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.emulator import Emulator, run_emulator
from desktop_app.stripe_api import RequestBudget, StripeApi

SUBSCRIPTIONS = 250


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with run_emulator(seed=11, subscriptions=SUBSCRIPTIONS, stall_seconds=3) as emulator:
        yield emulator


def make_api(emu: Emulator, *, rps: float = 500, retries: int = 0, **kw: object) -> StripeApi:
    """A fresh budget each time (tests must not share one), quick 429 back-off."""
    return StripeApi(
        emu.api_key,
        emu.base_url,
        budget=RequestBudget(rps),
        max_retries=retries,
        timeout=kw.pop("timeout", 5.0),  # type: ignore[arg-type]
        rate_limit_backoff=kw.pop("rate_limit_backoff", 0.01),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def api(emu: Emulator) -> StripeApi:
    return make_api(emu)
