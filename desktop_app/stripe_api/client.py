"""StripeApi: one ``stripe.StripeClient`` per profile, every request inside its budget.

The only place (with the rest of this package) that imports ``stripe``. Reads go
through ``StripeClient.raw_request`` and come back as plain dicts in Stripe's JSON
shape (what ``desktop_app.domain`` parses); errors come out as
``desktop_app.errors`` classes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

import stripe

from desktop_app import APP_NAME, __version__
from desktop_app.cancel import CancelToken
from desktop_app.domain.values import UnreadableValue, shown, unix_time
from desktop_app.errors import PermissionMissing, StripeServerError
from desktop_app.futures import then
from desktop_app.stripe_api.base_url import check_api_base
from desktop_app.stripe_api.budget import RequestBudget, shared_budget
from desktop_app.stripe_api.deadline import DEFAULT_DEADLINE_S
from desktop_app.stripe_api.errors import list_never_ends, translate, unreadable_answer
from desktop_app.stripe_api.events_head import (
    EventsHead,
    ListedEvents,
    decode_events_head,
    server_time,
)
from desktop_app.stripe_api.http import BudgetedHttpClient
from desktop_app.stripe_api.list_body import (
    UnreadableBody,
    check_list_body,
    decode_list_object,
    decode_list_page,
    decode_object,
)
from desktop_app.stripe_api.reads import Reader
from desktop_app.stripe_api.sdk_logging import install as install_lazy_sdk_logging
from desktop_app.stripe_api.slice_fetch import Stream, fetch_streams
from desktop_app.stripe_api.slices import FetchedPage, PageCallback, PageFetcher, RepeatedCursor
from desktop_app.stripe_api.version import API_VERSION

Json = dict[str, Any]

log = logging.getLogger(__name__)

stripe.enable_telemetry = False
stripe.set_app_info(APP_NAME, version=__version__)
install_lazy_sdk_logging()

# What a subscription row and its summary card need, in the list request itself (at
# most four levels, counting "data"): the customer and the four places Stripe takes
# the payment method from, in its order (subscription default_payment_method and
# default_source, customer invoice_settings.default_payment_method and
# default_source: docs.stripe.com/billing/revenue-recovery/smart-retries). The
# sources are null on all but old accounts, so expanding them costs nothing there.
SUBSCRIPTION_EXPAND: tuple[str, ...] = (
    "data.customer",
    "data.default_payment_method",
    "data.default_source",
    "data.customer.invoice_settings.default_payment_method",
    "data.customer.default_source",
)
# The latest invoice (dunning state) matters for past-due and unpaid subscriptions
# only; expanding it for all would nearly double every page (~9 KB vs ~5 KB each).
DUNNING_STATUSES: tuple[str, ...] = ("past_due", "unpaid")
DUNNING_EXPAND: tuple[str, ...] = ("data.latest_invoice",)


def _list_params(status: str, expand: Sequence[str], gte: int | None, lt: int) -> Json:
    created: Json = {"lt": lt} if gte is None else {"gte": gte, "lt": lt}
    params: Json = {"limit": 100, "status": status, "created": created}
    if expand:
        params["expand"] = list(expand)
    return params


@dataclass(frozen=True)
class SubscriptionQuery:
    """One subscription list to fetch by slices (see StripeApi.list_subscriptions_sliced)."""

    on_page: PageCallback
    status: str = "all"
    expand: tuple[str, ...] = SUBSCRIPTION_EXPAND
    # Turns a page's JSON body into a FetchedPage (on the thread that fetched it);
    # by default on_page gets the decoded list of subscriptions.
    prepare: Callable[[bytes], FetchedPage] | None = None
    # Start as the other lists end; on_done is called after the last page (see Stream).
    later: bool = False
    on_done: Callable[[], None] | None = None
    # The body of the list's first page, asked for already (StripeApi.first_page,
    # beside other reads); it stands in for the first request of the whole range.
    head: Future[bytes] | None = None
    # Called as the later lists start while this one has its last pages to come.
    on_last_round: Callable[[], None] | None = None


@dataclass(frozen=True)
class AccountInfo:
    """Who the account is. ``id`` is None only when the key may not read the account
    and Stripe's refusal named none; ``refused`` then names the permission lacking
    (Stripe's, ``rak_connected_account_read``) and ``name`` comes from an invoice."""

    id: str | None
    name: str | None
    livemode: bool | None
    created: int | None = None
    refused: str | None = None


def _account_created(value: object) -> int | None:
    """The account's creation (the oldest a subscription can be): None, the sync's
    floor, when it is not a readable time."""
    try:
        when = unix_time(value, "created")
    except UnreadableValue:
        log.warning("The account's creation time is unreadable: %s", shown(value))
        return None
    return None if when is None else int(when.timestamp())


@dataclass(frozen=True)
class PortalSession:
    id: str
    url: str  # a short-lived secret: open it, never log or store it

    def __repr__(self) -> str:
        return f"PortalSession(id={self.id!r}, url='[REDACTED]')"


# Feature -> (path, params) probed with a cheap read; portal sessions need write and are
# only known when one is created.
_PROBES: Mapping[str, tuple[str, Json]] = {
    "subscriptions": ("/v1/subscriptions", {"limit": 1, "status": "all"}),
    "customers": ("/v1/customers", {"limit": 1}),
    "invoices": ("/v1/invoices", {"limit": 1}),
    "products": ("/v1/products", {"limit": 1}),
    "prices": ("/v1/prices", {"limit": 1}),
    "events": ("/v1/events", {"limit": 1}),
    "billing_portal_configurations": ("/v1/billing_portal/configurations", {"limit": 1}),
}


def _created(event: Json) -> int:
    value = event.get("created")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


class StripeApi:
    """Stripe access for one profile (thread-safe: share one instance between threads).

    ``api_base``: None for Stripe, else a Stripe-compatible server (the emulator).
    ``budget_rps``: requests per second this profile allows itself; instances with the
    same key and base share one budget (``budget`` overrides). ``deadline``: seconds a
    request may take, retries included; a read (a GET) is retried until then
    (``reads.py``). ``max_retries``: the SDK's retries of a write (connection errors,
    409, 5xx; with its idempotency key); 0 retries nothing, reads included. 429s are
    retried up to ``max_429_retries`` times inside the budget. ``timeout``: seconds
    each connect or read of the socket may take.
    Requests travel over kept-alive ``http.client`` connections, one per thread
    (``http.BudgetedHttpClient``), or through ``requests`` when the environment names
    a proxy for the address.
    Every method raises desktop_app.errors classes (messages redacted, saying what
    to do), never the SDK's.
    """

    def __init__(
        self,
        api_key: str,
        api_base: str | None = None,
        budget_rps: float = 20.0,
        timeout: float = 20.0,
        max_retries: int = 3,
        *,
        budget: RequestBudget | None = None,
        max_429_retries: int = 6,
        rate_limit_backoff: float = 0.25,
        deadline: float = DEFAULT_DEADLINE_S,
    ) -> None:
        self.api_base = check_api_base(api_base)
        self.key_livemode = "_live_" in api_key  # sk_live_/rk_live_: live mode
        self.budget = budget or shared_budget(api_key, self.api_base, budget_rps)
        self._http = BudgetedHttpClient(
            self.budget, timeout, max_429_retries, rate_limit_backoff, deadline
        )
        base = {"api": self.api_base} if self.api_base else None
        self._client = stripe.StripeClient(
            api_key,
            base_addresses=base,  # type: ignore[arg-type]
            max_network_retries=max_retries,
            http_client=self._http,
            stripe_version=API_VERSION,  # every request, whatever SDK is installed
        )
        self._reader = Reader(self._client, self._http, self.api_base, retries=max_retries > 0)

    def __repr__(self) -> str:
        return f"StripeApi(api_base={self.api_base!r})"

    # -- plumbing ---------------------------------------------------------------------

    @property
    def requests_sent(self) -> int:
        """HTTP attempts sent by this instance so far (retries included)."""
        return self._http.requests_sent

    @property
    def rate_limited(self) -> int:
        """429 answers absorbed so far."""
        return self._http.rate_limited

    @property
    def where(self) -> str:
        """The server as messages name it."""
        return self.api_base or "Stripe"

    def request(self, method: str, path: str, params: Json | None = None) -> Json:
        """One API call; returns Stripe's JSON object as a dict."""
        if method.lower() == "get":
            return self._reader.read(path, params or {}, _object)
        try:
            with self._http.deadline_scope():
                data: object = self._client.raw_request(method, path, **(params or {})).data
        except stripe.StripeError as exc:
            raise translate(exc, self.api_base) from None
        except ValueError:  # JSONDecodeError, UnicodeDecodeError
            data = None
        if not isinstance(data, dict):
            raise self.unreadable()
        return data

    def unreadable(self) -> StripeServerError:
        return unreadable_answer(self.where)

    def get_body(self, path: str, params: Json) -> bytes:
        """A GET's JSON body as sent (the caller decodes it; see ``reads.Reader``)."""
        return self._reader.read(path, params, _body)

    def get(self, path: str, **params: Any) -> Json:
        return self.request("get", path, params)

    def post(self, path: str, **params: Any) -> Json:
        return self.request("post", path, params)

    def iter_pages(
        self, path: str, params: Json | None = None, cancel: CancelToken | None = None
    ) -> Iterator[list[Json]]:
        """Every page of a list endpoint, newest first (limit 100 unless given).

        A page whose last object (the next cursor) was the cursor of an earlier page
        means the server repeats itself: the list would never end (StripeServerError)."""
        query: Json = {"limit": 100, **(params or {})}
        cursors: set[str] = set()
        while True:
            if cancel is not None:
                cancel.raise_if_cancelled()
            page = self._reader.read(path, query, _list_object, cancel=cancel)
            data: list[Json] = list(page.get("data") or [])
            yield data
            if not page.get("has_more") or not data:
                return
            cursor = str(data[-1]["id"])
            if cursor in cursors:
                raise list_never_ends(self.where, path, cursor)
            cursors.add(cursor)
            query["starting_after"] = cursor

    def list_all(
        self, path: str, params: Json | None = None, cancel: CancelToken | None = None
    ) -> list[Json]:
        return [obj for page in self.iter_pages(path, params, cancel) for obj in page]

    # -- account and permissions --------------------------------------------------------

    def account(self) -> AccountInfo:
        """The account's ID, name, mode and creation time from ``GET /v1/account``.

        A restricted key may not read the account (Stripe answers 403 naming
        ``rak_connected_account_read``, and the account's ID), yet read everything a
        sync needs: then the ID comes from that answer, the name from the newest
        invoice's ``account_name`` ("The public name of the business associated with
        this invoice", stripe-python 16.1 ``Invoice``) and the mode from the key.
        """
        try:
            obj = self.get("/v1/account")
        except PermissionMissing as refused:
            return self._account_from_elsewhere(refused)
        settings = obj.get("settings") or {}
        dashboard = settings.get("dashboard") or {}
        profile = obj.get("business_profile") or {}
        name = dashboard.get("display_name") or profile.get("name")
        livemode = obj.get("livemode")
        return AccountInfo(
            id=str(obj["id"]),
            name=str(name) if name else None,
            livemode=bool(livemode) if livemode is not None else None,
            created=_account_created(obj.get("created")),
        )

    def _account_from_elsewhere(self, refused: PermissionMissing) -> AccountInfo:
        name = livemode = None
        try:
            page = self.get("/v1/invoices", limit=1)
        except PermissionMissing:
            page = {}
        newest = next(iter(page.get("data") or []), None)
        if isinstance(newest, dict):
            text = newest.get("account_name")
            name = text.strip() if isinstance(text, str) and text.strip() else None
            livemode = newest.get("livemode") if isinstance(newest.get("livemode"), bool) else None
        return AccountInfo(
            id=refused.account_id,
            name=name,
            livemode=livemode,
            refused=refused.permission or "rak_connected_account_read",
        )

    def probe_permissions(self) -> dict[str, bool]:
        """Per permission: can this key read it? (A 403 means no; other errors propagate.)"""
        result: dict[str, bool] = {}
        for feature, (path, params) in _PROBES.items():
            try:
                self.request("get", path, params)
                result[feature] = True
            except PermissionMissing:
                result[feature] = False
        return result

    # -- bulk reads for the sync ----------------------------------------------------------

    def list_products(self, cancel: CancelToken | None = None) -> list[Json]:
        return self.list_all("/v1/products", None, cancel)

    def list_prices(self, cancel: CancelToken | None = None) -> list[Json]:
        return self.list_all("/v1/prices", None, cancel)

    def list_subscriptions_sliced(
        self,
        queries: Sequence[SubscriptionQuery],
        *,
        created_from: int,
        created_to: int,
        workers: int = 16,
        cancel: CancelToken | None = None,
        latency: float | None = None,
    ) -> int:
        """Every subscription created in [created_from, created_to) for each query, by
        parallel ``created`` slices sharing one pool of at most ``workers`` threads, as
        many at once as the budget can keep busy at the measured latency.

        Each query's ``on_page(list_of_subscriptions)`` runs in the calling thread, one
        page at a time (given the payload of ``prepare(body)`` instead, when the query
        has one: that runs on the thread that fetched the page), and its ``on_done()``
        after its last page. Queries marked ``later`` start as the others end.
        ``latency``: seconds a request took before (the heads'), if known.
        Returns the number of pages fetched.
        """
        stop = threading.Event()  # set when the lists fail or are cancelled
        streams = [
            Stream(
                self._subscription_page_fetcher(query, stop),
                created_from,
                created_to,
                query.on_page,
                later=query.later,
                on_done=query.on_done,
                head=None if query.head is None else then(query.head, self._head(query)),
                on_last_round=query.on_last_round,
            )
            for query in queries
        ]
        try:
            return fetch_streams(
                streams,
                workers,
                cancel,
                rate=self.budget.rate,
                budget_wait=self._http.last_budget_wait,
                latency=latency,
                stop=stop,
            )
        except RepeatedCursor as exc:
            raise list_never_ends(self.where, "/v1/subscriptions", exc.cursor) from None

    def first_page(self, status: str, expand: Sequence[str], created_before: int) -> bytes:
        """The body of the first page (the newest 100) of the subscriptions created
        before ``created_before``, asked for as the sliced list would: a head for a
        SubscriptionQuery whose range ends there (before its start is known). A body
        that is not a list is asked for again, as any read."""
        params = _list_params(status, expand, None, created_before)
        return self._reader.read("/v1/subscriptions", params, _list_body)

    def _subscription_page_fetcher(
        self, query: SubscriptionQuery, stop: threading.Event
    ) -> PageFetcher:
        def page(body: bytes, _: Mapping[str, str]) -> FetchedPage:
            return self._page_of(query, body)

        def fetch(gte: int, lt: int, cursor: str | None) -> FetchedPage:
            params = _list_params(query.status, query.expand, gte, lt)
            if cursor:
                params["starting_after"] = cursor
            return self._reader.read("/v1/subscriptions", params, page, stop=stop)

        return fetch

    def _page_of(self, query: SubscriptionQuery, body: bytes) -> FetchedPage:
        """A page's body as the query's FetchedPage (UnreadableBody if it is not one)."""
        page = (query.prepare or decode_list_page)(body)
        if isinstance(page.payload, Future):  # prepared elsewhere: the same errors
            return replace(page, payload=then(page.payload, self._readable))
        return page

    def _head(self, query: SubscriptionQuery) -> Callable[[Future[bytes]], FetchedPage]:
        """What makes the query's FetchedPage of its head, once the head's body is in."""
        return lambda head: self._readable_page(query, head.result())

    def _readable_page(self, query: SubscriptionQuery, body: bytes) -> FetchedPage:
        try:
            return self._page_of(query, body)
        except UnreadableBody:
            raise self.unreadable() from None

    def _readable(self, prepared: Future[Any]) -> Any:
        try:
            return prepared.result()
        except UnreadableBody:
            raise self.unreadable() from None

    def newest_events(self, limit: int = 20) -> EventsHead:
        """The newest ``limit`` events' cursor: the ``created`` second of the newest, the
        IDs of the events of that second among them, and the server's clock."""
        return self._reader.read("/v1/events", {"limit": limit}, decode_events_head)

    def list_events(
        self,
        created_gt: int,
        type_groups: Sequence[Sequence[str]],
        cancel: CancelToken | None = None,
        *,
        inclusive: bool = False,
    ) -> ListedEvents:
        """Every event after ``created_gt`` (from it, if ``inclusive``) whose type is in
        one of ``type_groups`` (each at most 20 names), OLDEST first, with the server's
        clock when it answered the first page (its ``Date`` header).

        One unfiltered page first: when it holds them all, that is the only request.
        Otherwise each group is listed with ``types[]``, the groups in parallel (see
        ``desktop_app/sync/event_types.py``)."""
        created: Json = {"gte" if inclusive else "gt": created_gt}
        wanted = {name for group in type_groups for name in group}
        first, server_clock = self._reader.read(
            "/v1/events", {"limit": 100, "created": created}, _object_and_clock
        )
        if first.get("has_more"):
            with ThreadPoolExecutor(
                max_workers=len(type_groups), thread_name_prefix="stripe-events"
            ) as pool:
                lists = pool.map(
                    lambda group: self.list_all(
                        "/v1/events", {"created": created, "types": list(group)}, cancel
                    ),
                    type_groups,
                )
                # Newest first, as each list came (a group's order kept within a second).
                events = sorted(
                    (e for listed in lists for e in listed if isinstance(e, dict)),
                    key=lambda e: -_created(e),
                )
        else:
            data = first.get("data")
            listed = data if isinstance(data, list) else []
            events = [e for e in listed if isinstance(e, dict) and e.get("type") in wanted]
        events.reverse()
        return ListedEvents(events, server_clock)

    def retrieve(self, path: str, expand: Sequence[str] = ()) -> Json:
        return self.request("get", path, {"expand": list(expand)} if expand else None)

    def list_customer_invoices(self, customer_id: str, limit: int | None = None) -> list[Json]:
        """The customer's invoices, newest first (all pages, or the newest ``limit``)."""
        if limit is not None:
            page = self.get("/v1/invoices", customer=customer_id, limit=min(limit, 100))
            return list(page.get("data") or [])
        return self.list_all("/v1/invoices", {"customer": customer_id})

    # -- actions ------------------------------------------------------------------------

    def create_portal_session(
        self,
        customer: str,
        return_url: str,
        flow: str | None = None,
        subscription_id: str | None = None,
        configuration: str | None = None,
        locale: str | None = None,
    ) -> PortalSession:
        """A billing portal session; ``flow`` is one of Stripe's flow_data types or None."""
        params: Json = {"customer": customer, "return_url": return_url}
        if configuration:
            params["configuration"] = configuration
        if locale:
            params["locale"] = locale
        if flow:
            flow_data: Json = {"type": flow}
            if flow in {"subscription_cancel", "subscription_update"}:
                if not subscription_id:
                    raise ValueError(f"the {flow} flow needs a subscription")
                flow_data[flow] = {"subscription": subscription_id}
            flow_data["after_completion"] = {
                "type": "redirect",
                "redirect": {"return_url": return_url},
            }
            params["flow_data"] = flow_data
        obj = self.request("post", "/v1/billing_portal/sessions", params)
        return PortalSession(id=str(obj["id"]), url=str(obj["url"]))

    def list_portal_configurations(self) -> list[Json]:
        return self.list_all("/v1/billing_portal/configurations")

    def pause_collection(self, sub_id: str, behavior: str, resumes_at: int | None = None) -> Json:
        pause: Json = {"behavior": behavior}
        if resumes_at is not None:
            pause["resumes_at"] = resumes_at
        return self.post(f"/v1/subscriptions/{sub_id}", pause_collection=pause)

    def resume_collection(self, sub_id: str) -> Json:
        return self.post(f"/v1/subscriptions/{sub_id}", pause_collection="")

    def set_cancel_at_period_end(self, sub_id: str, value: bool) -> Json:
        return self.post(f"/v1/subscriptions/{sub_id}", cancel_at_period_end=value)


def _object(body: bytes, _: Mapping[str, str]) -> Json:
    return decode_object(body)


def _object_and_clock(body: bytes, headers: Mapping[str, str]) -> tuple[Json, int | None]:
    return decode_object(body), server_time(headers)


def _list_object(body: bytes, _: Mapping[str, str]) -> Json:
    return decode_list_object(body)


def _list_body(body: bytes, _: Mapping[str, str]) -> bytes:
    return check_list_body(body)


def _body(body: bytes, _: Mapping[str, str]) -> bytes:
    return body
