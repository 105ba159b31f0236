"""Every fault kind against every operation: full sync, incremental sync and each write.

For each pair: a fault that outlasts the retries ends in a clear message (the text
a user reads), the cache keeps its last complete snapshot, nothing is half-written
(no partial rows, no write applied on the server) and, once the fault is gone, the
same operation succeeds. Faults that pass within the retries are absorbed (an answer
that breaks off too: a GET is asked again, a POST again with its idempotency key). A
POST applied by the server whose answer is lost is retried with the same idempotency
key and applied once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop_app import actions
from desktop_app.action_targets import target_from_row
from desktop_app.actions import ActionContext, ActionTarget
from desktop_app.audit import AuditLog
from desktop_app.emulator import Emulator
from desktop_app.errors import (
    AuthenticationFailed,
    BillingManagerError,
    NetworkUnavailable,
    RateLimited,
    StripeServerError,
)
from desktop_app.pause import PauseBehavior
from desktop_app.portal import PortalFlow
from desktop_app.store import Store
from desktop_app.stripe_api import StripeApi
from desktop_app.sync import SyncProgress, run_sync
from tests.reliability.conftest import all_rows, closed_port_url, integrity_ok, make_api

pytestmark = [pytest.mark.slow]

# fault -> (error class, what the message must say: what happened and what to do)
EXPECTED: dict[str, tuple[type[BillingManagerError], tuple[str, ...]]] = {
    "429_burst": (RateLimited, ("kept answering 'too many requests'", "Wait a minute")),
    "500": (StripeServerError, ("(HTTP 500)", "try again in a few minutes")),
    "reset": (NetworkUnavailable, ("Could not reach", "try again")),
    "cut": (NetworkUnavailable, ("Could not reach", "try again")),  # the answer breaks off
    "stall": (NetworkUnavailable, ("timed out", "try again")),
    "malformed": (StripeServerError, ("unreadable response", "Try again in a few minutes")),
    "revoked_key": (AuthenticationFailed, ("revoked or rolled", "Replace it")),
    "network_gone": (NetworkUnavailable, ("Could not reach http://127.0.0.1:", "try again")),
}
FAULTS = tuple(EXPECTED)
# The server handles the request before the answer breaks off: a write is applied
# (see test_a_write_whose_answer_is_lost_is_applied_once), so for writes these are not
# faults that leave the server unchanged.
APPLIED_FIRST = ("cut",)
TRANSIENT = ("429_burst", "500", "reset", "stall", "cut")  # absorbed by the retries
SYNCS = ("full_sync", "incremental_sync")
WRITES = ("pause", "resume", "cancel_at_period_end", "renew", "portal_session")
OPERATIONS = SYNCS + WRITES


@dataclass
class World:
    emu: Emulator
    store: Store
    sub_id: str  # the subscription the write is about
    changed_id: str  # a subscription changed on the server after the last sync
    target: ActionTarget


def _running(emu: Emulator) -> list[str]:
    with emu.lock:
        return [
            s["id"]
            for s in emu.state.subscriptions.values()
            if s["status"] == "active"
            and not s["pause_collection"]
            and not s["cancel_at_period_end"]
            and not s.get("cancel_at")
        ]


def _prepare(emu: Emulator, operation: str, sub_id: str) -> None:
    if operation == "resume":
        emu.update_subscription(
            sub_id, pause_collection={"behavior": "keep_as_draft", "resumes_at": None}
        )
    elif operation == "renew":
        emu.update_subscription(sub_id, cancel_at_period_end=True)


@pytest.fixture
def world_for(emu: Emulator, tmp_path: Path) -> Callable[[str], World]:
    def build(operation: str) -> World:
        sub_id, changed_id = _running(emu)[:2]
        _prepare(emu, operation, sub_id)
        store = Store.open(tmp_path / "cache.sqlite3")
        run_sync(make_api(emu), store, full=True)
        row = next(r for r in all_rows(store) if r.id == sub_id)
        target = dataclasses.replace(target_from_row(row), locales_known=True)
        emu.update_subscription(changed_id, cancel_at_period_end=True)  # not synced yet
        return World(emu, store, sub_id, changed_id, target)

    return build


def _context(api: StripeApi) -> ActionContext:
    return ActionContext(api=api, audit=AuditLog(), profile="Acme test", livemode=False)


def _write(operation: str, api: StripeApi, target: ActionTarget) -> Any:
    ctx = _context(api)
    if operation == "pause":
        return actions.pause_collection(ctx, target, PauseBehavior.KEEP_AS_DRAFT)
    if operation == "resume":
        return actions.resume_collection(ctx, target)
    if operation == "cancel_at_period_end":
        return actions.cancel_at_period_end(ctx, target)
    if operation == "renew":
        return actions.renew(ctx, target)
    return actions.open_portal(ctx, target, PortalFlow.PAYMENT_METHOD_UPDATE)


def _server_state(emu: Emulator, sub_id: str) -> tuple[Any, ...]:
    """What a write changes on the server: the subscription, its events, portal sessions."""
    with emu.lock:
        sub = emu.state.subscriptions[sub_id]
        events = sum(
            1 for e in emu.state.events.values() if e["data"]["object"].get("id") == sub_id
        )
        return (
            repr(sub["pause_collection"]),
            sub["cancel_at_period_end"],
            sub.get("cancel_at"),
            events,
            len(emu.state.portal_sessions),
        )


def _applied(operation: str, emu: Emulator, sub_id: str) -> bool:
    with emu.lock:
        sub = emu.state.subscriptions[sub_id]
        return {
            "pause": lambda: bool(sub["pause_collection"]),
            "resume": lambda: sub["pause_collection"] is None,
            "cancel_at_period_end": lambda: sub["cancel_at_period_end"] is True,
            "renew": lambda: sub["cancel_at_period_end"] is False and not sub.get("cancel_at"),
            "portal_session": lambda: len(emu.state.portal_sessions) == 1,
        }[operation]()


def _path(operation: str, sub_id: str) -> str:
    if operation == "portal_session":
        return "/v1/billing_portal/sessions"
    return f"/v1/subscriptions/{sub_id}"


def _break(world: World, fault: str, operation: str, *, count: int) -> StripeApi:
    """Inject ``fault`` for ``operation``; the API client the failing attempt uses."""
    emu = world.emu
    path = None if operation in SYNCS else _path(operation, world.sub_id)
    if fault == "network_gone":
        return make_api(emu, base=closed_port_url())
    if fault == "revoked_key":
        if operation != "full_sync":  # the full sync revokes it as it starts (see _run)
            emu.revoke_key(emu.api_key)
        return make_api(emu)
    kind = "429" if fault == "429_burst" else fault
    emu.faults.inject(kind, count=count, path=path)
    return make_api(emu)


def _heal(world: World, fault: str) -> StripeApi:
    """The fault is over: a working client (a new key when the old one was revoked)."""
    world.emu.faults.clear()
    if fault == "revoked_key":
        key = "sk_test_FAKEreplacement000000000000"
        world.emu.add_key(key)
        return make_api(world.emu, key=key)
    return make_api(world.emu)


def _run(world: World, operation: str, api: StripeApi, fault: str | None = None) -> Any:
    if operation in SYNCS:
        # Revoked once the sync has started (with the key it was given); its first reads
        # go out together, and this account's pages are all among them.
        revoke_midway = fault == "revoked_key" and operation == "full_sync"

        def progress(p: SyncProgress) -> None:
            if revoke_midway and p.phase == "account":
                world.emu.revoke_key(world.emu.api_key)

        return run_sync(api, world.store, full=operation == "full_sync", progress=progress)
    return _write(operation, api, world.target)


def _reference_rows(emu: Emulator, api: StripeApi, tmp_path: Path) -> list[Any]:
    reference = Store.open(tmp_path / "reference.sqlite3")
    try:
        run_sync(api, reference, full=True)
        return all_rows(reference)
    finally:
        reference.close()


@pytest.mark.fault
@pytest.mark.parametrize(
    ("fault", "operation"),
    [
        (fault, operation)
        for fault in FAULTS
        for operation in OPERATIONS
        if not (fault in APPLIED_FIRST and operation in WRITES)
    ],
)
def test_a_lasting_fault_is_a_clear_error_and_changes_nothing(
    world_for: Callable[[str], World], tmp_path: Path, fault: str, operation: str
) -> None:
    world = world_for(operation)
    rows, cursor = all_rows(world.store), world.store.meta.event_cursor
    server = _server_state(world.emu, world.sub_id)
    failing = _break(world, fault, operation, count=1000)

    error_class, phrases = EXPECTED[fault]
    with pytest.raises(BillingManagerError) as caught:
        _run(world, operation, failing, fault)
    assert isinstance(caught.value, error_class), caught.value
    for phrase in phrases:
        assert phrase.lower() in str(caught.value).lower()
    assert world.emu.api_key not in str(caught.value)

    # the last complete snapshot, whole and readable; nothing applied on the server
    assert all_rows(world.store) == rows
    assert world.store.meta.event_cursor == cursor
    assert integrity_ok(world.store.path)
    assert _server_state(world.emu, world.sub_id) == server
    if operation in WRITES:
        (entry,) = AuditLog().read()
        assert (entry.result, entry.error) == ("error", str(caught.value))

    # the fault is over: the same operation succeeds, once
    healthy = _heal(world, fault)
    _run(world, operation, healthy)
    if operation in WRITES:
        assert _applied(operation, world.emu, world.sub_id)
        run_sync(healthy, world.store)
    assert all_rows(world.store) == _reference_rows(world.emu, healthy, tmp_path)
    assert all_rows(world.store) != rows


@pytest.mark.fault
@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("fault", TRANSIENT)
def test_a_passing_fault_is_retried_within_the_budget(
    world_for: Callable[[str], World], tmp_path: Path, fault: str, operation: str
) -> None:
    world = world_for(operation)
    world.emu.clear_request_log()
    api = _break(world, fault, operation, count=3 if fault == "429_burst" else 1)
    _run(world, operation, api)

    log = world.emu.request_log
    kind = "429" if fault == "429_burst" else fault
    assert [r.fault for r in log].count(kind) == (3 if fault == "429_burst" else 1)
    assert world.emu.faults.pending == []
    if operation in WRITES:
        assert _applied(operation, world.emu, world.sub_id)
        writes = [r for r in log if r.method == "POST" and r.status == 200]
        assert len(writes) == 1  # applied once, after the failed attempt(s)
        assert AuditLog().read()[0].result == "ok"
        run_sync(api, world.store)
    assert all_rows(world.store) == _reference_rows(world.emu, make_api(world.emu), tmp_path)


@pytest.mark.fault
@pytest.mark.parametrize("operation", WRITES)
@pytest.mark.parametrize("fault", ["reset_after", "cut"])
def test_a_write_whose_answer_is_lost_is_applied_once(
    world_for: Callable[[str], World], operation: str, fault: str
) -> None:
    world = world_for(operation)
    before = _server_state(world.emu, world.sub_id)
    world.emu.clear_request_log()
    api = make_api(world.emu, retries=2)
    world.emu.faults.inject(fault, count=1, path=_path(operation, world.sub_id))
    _run(world, operation, api)

    path = _path(operation, world.sub_id)
    attempts = [r for r in world.emu.request_log if r.method == "POST" and r.path == path]
    # the server applied the first attempt, the answer was lost (none, or half of it),
    # the SDK retried with the same Idempotency-Key and got the first answer back, not
    # a second change
    assert [(r.fault, r.replayed) for r in attempts] == [(fault, False), (None, True)]
    assert _applied(operation, world.emu, world.sub_id)
    after = _server_state(world.emu, world.sub_id)
    if operation == "portal_session":
        assert after[4] == before[4] + 1  # one session
    else:
        assert after[3] == before[3] + 1  # one event: one change
    (entry,) = AuditLog().read()
    assert entry.result == "ok"
