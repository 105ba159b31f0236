"""A list that never ends is noticed in every paginated path, not followed forever.

A broken server that ignores the cursor (``starting_after``) and says it has more
answers the same page again and again: the sync once sent 561 identical requests in
25 s and never ended. Stripe's pagination moves on from the object given as
``starting_after`` ("Pagination", https://docs.stripe.com/api/pagination: "A cursor
for use in pagination. starting_after is an object ID that defines your place in the
list"), so a page that ends on an object an earlier page of the same list ended on
means the list repeats itself. Each path stops at the first repeat, with exit code
4 (README "Exit codes": Stripe kept failing) and a message naming the list; the
snapshot in the cache stays as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.action_context import fetch_configurations
from desktop_app.cli.exit_codes import ExitCode
from desktop_app.emulator import Emulator
from desktop_app.errors import StripeServerError
from desktop_app.store import Store
from desktop_app.stripe_api import StripeApi
from desktop_app.sync import run_sync
from desktop_app.sync.invoices import refresh_customer_invoices
from tests.reliability.conftest import all_rows, error_of, make_api

pytestmark = [pytest.mark.slow]


@dataclass(frozen=True)
class Listing:
    path: str  # the list endpoint that repeats itself
    run: Callable[[StripeApi, Store, Emulator], object]


def _full_sync(api: StripeApi, store: Store, emu: Emulator) -> object:
    return run_sync(api, store, full=True)


def _incremental_sync(api: StripeApi, store: Store, emu: Emulator) -> object:
    for sub_id in list(emu.state.subscriptions)[:3]:  # changes to fetch as events
        emu.update_subscription(sub_id, metadata={"touched": "yes"})
    return run_sync(api, store)


def _customer_invoices(api: StripeApi, store: Store, emu: Emulator) -> object:
    customer = next(iter(emu.state.subscriptions.values()))["customer"]
    return refresh_customer_invoices(api, store, customer, limit=None)


LISTINGS = {
    "subscriptions, sliced (full sync)": Listing("/v1/subscriptions", _full_sync),
    "events (incremental sync)": Listing("/v1/events", _incremental_sync),
    "products (full sync)": Listing("/v1/products", _full_sync),
    "prices (full sync)": Listing("/v1/prices", _full_sync),
    "a customer's invoices": Listing("/v1/invoices", _customer_invoices),
    "portal configurations": Listing(
        "/v1/billing_portal/configurations", lambda api, store, emu: fetch_configurations(api)
    ),
}


@pytest.mark.fault
@pytest.mark.parametrize("listing", LISTINGS.values(), ids=list(LISTINGS))
def test_a_list_that_repeats_itself_stops_with_a_clear_message(
    emu: Emulator, tmp_path: Path, listing: Listing
) -> None:
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(make_api(emu), store, full=True)
    rows, cursor = all_rows(store), store.meta.event_cursor
    emu.clear_request_log()
    emu.faults.inject("repeat_page", count=100_000, path=listing.path)

    error = error_of(lambda: listing.run(make_api(emu), store, emu))

    assert isinstance(error, StripeServerError), repr(error)
    assert error.exit_code == ExitCode.NETWORK == 4
    message = str(error)
    assert f"kept sending pages of {listing.path} that were sent already" in message
    assert "would never end" in message
    # it stops at the first repeat: no request is sent again and again
    repeated = [repr(sorted(r.query.items())) for r in emu.request_log if r.fault]
    assert 2 <= len(repeated) < 100
    assert max(Counter(repeated).values()) <= 2
    assert all_rows(store) == rows
    assert store.meta.event_cursor == cursor
