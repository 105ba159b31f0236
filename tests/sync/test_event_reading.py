"""How a refresh reads events: one unfiltered page when that holds them all, else
only the types it uses, in lists of at most 20 names (sync/event_types.py).

``GET /v1/events`` takes ``type`` (one name or a ``*`` group) or ``types[]`` ("An
array of up to 20 strings containing specific event names", stripe-python 16.1
``EventListParams``), not both.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.emulator import Emulator, RequestRecord
from desktop_app.store import Store
from desktop_app.sync import run_sync
from desktop_app.sync.event_types import EVENT_TYPE_GROUPS, SYNC_EVENT_TYPES
from tests.sync.conftest import make_api
from tests.sync.test_incremental_sync import pick, rows


def _types_asked(record: RequestRecord) -> list[str]:
    return [v for k, values in record.query.items() if k.startswith("types") for v in values]


def test_the_groups_cover_every_type_within_stripes_limit() -> None:
    assert all(len(group) <= 20 for group in EVENT_TYPE_GROUPS)
    assert len(SYNC_EVENT_TYPES) == sum(len(group) for group in EVENT_TYPE_GROUPS)
    assert "payment_method.automatically_updated" in SYNC_EVENT_TYPES
    assert "customer.source.updated" in SYNC_EVENT_TYPES


def test_more_than_a_page_of_events_reads_only_the_types_used(
    emu: Emulator, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(make_api(emu), store)
    renewed = pick(emu, "active", 25)
    for sub_id in renewed:  # five events each; invoice.created is not one the app reads
        emu.renew_period(sub_id)
    emu.clear_request_log()

    result = run_sync(make_api(emu), store)

    assert result.kind == "incremental"
    events = [r for r in emu.request_log if r.path == "/v1/events"]
    assert _types_asked(events[0]) == []  # first: one page of everything
    typed = [sorted(_types_asked(r)) for r in events[1:]]
    assert sorted(map(tuple, typed)) == sorted(tuple(sorted(g)) for g in EVENT_TYPE_GROUPS)
    assert result.requests == len(events) == 3
    fresh = Store.open(tmp_path / "fresh.sqlite3")
    run_sync(make_api(emu), fresh, full=True)
    assert rows(store) == rows(fresh)
