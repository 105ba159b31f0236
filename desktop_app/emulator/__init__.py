"""A local Stripe emulator with a seeded demo account.

    with run_emulator(seed=7, subscriptions=300) as emu:
        client = stripe.StripeClient(emu.api_key, base_addresses={"api": emu.base_url})

``Emulator`` (see emulator.py) offers: ``base_url``, ``api_key`` (test mode),
``live_api_key``, ``add_key(key, livemode=False, permissions=None)``, ``revoke_key(key)``,
``request_log`` / ``clear_request_log()`` / ``wait_for_request(matches, timeout)``,
``faults.inject(kind, count=1, path=None)``, ``faults.hold(path)``,
``hostile.rewrite(path, **fields)`` / ``hostile.error(message, path=...)`` (well-formed
answers whose content lies: hostile.py), ``corruptions.set(object_id, field, value)``
(malformed fields in its answers: corruptions.py),
``set_latency(ms)``, ``set_rate_limit(rps)``, ``state`` / ``live_state`` (``ModeData``,
dicts in Stripe's JSON shape, guarded by ``lock``) and helpers that change state and
write the events Stripe would: ``fail_payment``, ``renew_period``, ``update_subscription``,
``cancel_subscription``, ``update_customer``, ``update_product``, ``attach_card``,
``update_card_by_network`` (``livemode=True`` for the live account's customers and
products); ``set_account_api_version(v)`` (or ``api_version=``): the layout events come in
(versions.py). The request log records each request's ``Stripe-Version`` header.

List pages are joined from each object's JSON, encoded once and kept until a change
names the object (encoded.py): ``cache_encoded = False`` encodes every answer afresh;
``verify_encoded=True`` (or BILLING_MANAGER_EMULATOR_VERIFY=1, which the tests set)
checks every cached page against a fresh encoding and answers 500 if they differ.
Code that changes ``state`` directly holds ``lock`` while it does (that drops every
kept encoding).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from desktop_app.emulator.emulator import Emulator
from desktop_app.emulator.requestlog import RequestRecord

__all__ = ["Emulator", "RequestRecord", "run_emulator"]


@contextmanager
def run_emulator(
    seed: int = 7,
    subscriptions: int = 300,
    latency_ms: float = 0,
    rate_limit_rps: float | None = None,
    **options: Any,
) -> Iterator[Emulator]:
    """Start an emulator on a free port in a thread; stop it on exit.

    ``options`` go to ``Emulator`` (``api_key``, ``port``, ``now``, ``live_subscriptions``,
    ``stall_seconds``, ``verify_encoded``, ``api_version``).
    """
    emulator = Emulator(
        seed=seed,
        subscriptions=subscriptions,
        latency_ms=latency_ms,
        rate_limit_rps=rate_limit_rps,
        **options,
    )
    emulator.start()
    try:
        yield emulator
    finally:
        emulator.stop()
