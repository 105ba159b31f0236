"""A full sync reads its event cursor beside its first pages: a change made between
the two still reaches the next refresh, and nothing older is applied again."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_app.emulator import Emulator, RequestRecord
from desktop_app.store import Store
from desktop_app.stripe_api import EventsHead, StripeApi
from desktop_app.stripe_api.events_head import server_time
from desktop_app.sync import SyncResult, run_sync
from desktop_app.sync.event_cursor import cursor_beside_reads
from tests.sync.oracle import raw_subscriptions

SEEN = frozenset({"evt_1", "evt_2"})


def test_no_events_means_every_later_event_applies() -> None:
    assert cursor_beside_reads(EventsHead(None, frozenset(), 1_800_000_000), 0.2) == (0, set())


def test_events_older_than_the_reads_keep_the_exact_cursor() -> None:
    # the server answered at :00; the reads began at most 0.3 s before: from :59 on
    head = EventsHead(1_799_999_990, SEEN, 1_800_000_000)
    assert cursor_beside_reads(head, 0.3) == (1_799_999_990, SEEN)


def test_an_event_as_new_as_the_reads_moves_the_cursor_before_them() -> None:
    head = EventsHead(1_800_000_000, SEEN, 1_800_000_000)
    # the first data read may have come at 1_799_999_999.7 at the earliest
    assert cursor_beside_reads(head, 0.3) == (1_799_999_999, set())
    # a slow answer widens the window by as much
    assert cursor_beside_reads(head, 4.5) == (1_799_999_995, set())


def test_without_the_servers_clock_the_newest_event_bounds_the_reads() -> None:
    head = EventsHead(1_800_000_000, SEEN, None)
    assert cursor_beside_reads(head, 0.3) == (1_799_999_999, set())


def test_a_server_clock_behind_its_events_is_not_trusted_past_them() -> None:
    # events stamped a minute after the Date header: the events' own bound holds
    head = EventsHead(1_800_000_060, SEEN, 1_800_000_000)
    assert cursor_beside_reads(head, 0.3) == (1_800_000_059, set())


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Sun, 06 Dec 2026 21:00:00 GMT", 1_796_590_800),
        ("Sun, 06 Dec 2026 21:00:00 -0000", 1_796_590_800),
        ("Sun, 06 Dec 2026 22:00:00 +0100", 1_796_590_800),
        ("yesterday", None),
        ("", None),
    ],
)
def test_the_servers_clock_comes_from_the_date_header(header: str, expected: int | None) -> None:
    assert server_time({"Date": header}) == expected
    assert server_time({"date": header}) == expected


def test_no_date_header_is_no_clock() -> None:
    assert server_time({"Content-Type": "application/json"}) is None


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "cache.sqlite3")


def _statuses(store: Store) -> dict[str, str]:
    return {row.id: row.display_status.value for row in store.query_subscriptions()}


def _the_newest_subscriptions(request: RequestRecord) -> bool:
    return request.path == "/v1/subscriptions" and request.query.get("status") == ["all"]


def test_a_change_between_the_newest_page_and_the_cursor_reaches_the_next_refresh(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    """The event cursor is held back at the emulator until the newest subscriptions
    were read and one of them changed: the snapshot has it as it was, the next
    refresh as it is."""
    raw = raw_subscriptions(emu)
    newest = max(
        (s for s in raw.values() if s["status"] == "active" and not s["cancel_at_period_end"]),
        key=lambda s: (s["created"], s["id"]),
    )
    hold = emu.faults.hold("/v1/events")
    results: list[SyncResult] = []
    sync = threading.Thread(target=lambda: results.append(run_sync(api, store, full=True)))
    sync.start()
    try:
        assert hold.arrived.wait(10)
        assert emu.wait_for_request(_the_newest_subscriptions, 10)
        emu.update_subscription(newest["id"], cancel_at_period_end=True)
    finally:
        hold.release()
        sync.join(30)
    assert [r.kind for r in results] == ["full"]
    assert _statuses(store)[newest["id"]] == "active"  # read before the change

    refresh = run_sync(api, store)

    assert refresh.kind == "incremental"
    assert _statuses(store)[newest["id"]] == "canceling"


def test_a_refresh_right_after_a_full_sync_applies_nothing_again(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    sub_id = next(s["id"] for s in raw_subscriptions(emu).values() if s["status"] == "active")
    with emu.lock:
        real_clock = emu.state.clock
        emu.state.clock = lambda: real_clock() - 10  # made ten seconds before the sync
    emu.update_subscription(sub_id, metadata={"note": "earlier"})
    with emu.lock:
        emu.state.clock = real_clock
    run_sync(api, store, full=True)

    again = run_sync(api, store)

    assert (again.kind, again.changed) == ("incremental", 0)
