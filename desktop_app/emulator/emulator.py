"""The emulator: keys, faults, budget, request log and the two modes' data, over HTTP."""

from __future__ import annotations

import gc
import logging
import os
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

import orjson

from desktop_app.emulator import auth, changes, router
from desktop_app.emulator.apierror import ApiError
from desktop_app.emulator.broken_bodies import gzip_bomb
from desktop_app.emulator.call import Call
from desktop_app.emulator.corruptions import Corruptions
from desktop_app.emulator.dataset import new_mode, seed_mode
from desktop_app.emulator.faults import Faults
from desktop_app.emulator.hostile import Hostile
from desktop_app.emulator.params import parse_pairs
from desktop_app.emulator.ratelimit import RateLimiter
from desktop_app.emulator.requestlog import RequestLog, RequestRecord
from desktop_app.emulator.response import Response, error_response
from desktop_app.emulator.server import EmulatorHTTPServer
from desktop_app.emulator.state import ModeData
from desktop_app.emulator.state_lock import StateLock

log = logging.getLogger(__name__)
Obj = dict[str, Any]
# Faults that let the request be handled (a POST applied) before the answer is lost,
# or go wrong (a list's cursor ignored, an answer trickled) while it is handled.
_AFTER_HANDLING = ("reset_after", "cut", "repeat_page", "trickle")
_MALFORMED = b'{"object": "list", "data": [{"id": "sub_'
_CURSORS = ("starting_after", "ending_before")
_IDEMPOTENCY_CACHE = 1000
_FREEZE_ABOVE = 20_000
VERIFY_ENV = "BILLING_MANAGER_EMULATOR_VERIFY"


def _more_to_come(body: bytes) -> bytes:
    """A list's JSON body with ``has_more`` true; anything else as it is."""
    try:
        obj = orjson.loads(body)
    except orjson.JSONDecodeError:
        return body
    if isinstance(obj, dict) and obj.get("object") == "list":
        obj["has_more"] = True
        return orjson.dumps(obj)
    return body


def _new_key(prefix: str) -> str:
    return f"{prefix}FAKEemulator{secrets.token_hex(12)}"


class Emulator:
    """A Stripe-compatible server on 127.0.0.1 with a seeded demo account.

    ``start()`` binds a port (0: a free one), seeds the data and serves in a thread;
    ``stop()`` ends it. Also a context manager.
    """

    def __init__(
        self,
        *,
        seed: int = 7,
        subscriptions: int = 300,
        latency_ms: float = 0,
        rate_limit_rps: float | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        live_subscriptions: int = 5,
        now: int | None = None,
        stall_seconds: float = 30.0,
        verify_encoded: bool | None = None,
        api_version: str | None = None,
    ) -> None:
        self.seed = seed
        self.subscriptions = subscriptions
        self.live_subscriptions = live_subscriptions
        self.now = now if now is not None else int(time.time()) // 3600 * 3600
        self.host, self.port = host, port
        self.lock = StateLock()  # re-entrant; see state_lock.py for its generation
        # Every cached list page also encoded afresh and compared (the test suite's
        # emulators, through tests/conftest.py): a missed invalidation answers 500.
        if verify_encoded is None:
            verify_encoded = os.environ.get(VERIFY_ENV) == "1"
        self.verify_encoded = verify_encoded
        self.stopping = threading.Event()
        self.faults = Faults(stall_seconds)
        self.hostile = Hostile()  # answers whose content lies (tests of untrusted data)
        self.corruptions = Corruptions()  # malformed fields in answers (hostile-server tests)
        self.keys = auth.KeyRing()
        self.api_key = api_key or _new_key("sk_test_")
        self.live_api_key = _new_key("sk_live_")
        self.keys.add(self.api_key, livemode=False)
        self.keys.add(self.live_api_key, livemode=True)
        self._latency_ms = latency_ms
        self._limiter = RateLimiter(rate_limit_rps)
        self._log = RequestLog()
        self._idempotency: OrderedDict[tuple[str, str], Response] = OrderedDict()
        self._server: EmulatorHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.state: ModeData = new_mode(seed=seed, livemode=False, now=self.now, public_base="")
        self.live_state: ModeData = new_mode(seed=seed, livemode=True, now=self.now, public_base="")
        if api_version is not None:
            self.set_account_api_version(api_version)

    # -- life cycle -------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the emulator is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Emulator:
        self._server = EmulatorHTTPServer((self.host, self.port), self)
        with self.lock:
            for mode, count, seed in (
                (self.state, self.subscriptions, self.seed),
                (self.live_state, self.live_subscriptions, self.seed + 1),
            ):
                mode.public_base = self.base_url
                seed_mode(mode, seed=seed, subscriptions=count, now=self.now)
        if self.subscriptions >= _FREEZE_ABOVE:
            gc.freeze()  # keep the collector from rescanning a large dataset on every pass
        else:  # the seeded objects to the oldest generation now, not during the first pages
            gc.collect(1)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="stripe-emulator",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- configuration ----------------------------------------------------------------------
    def add_key(
        self, key: str, livemode: bool = False, permissions: Iterable[str] | None = None
    ) -> None:
        """Accept ``key``; a restricted key gets Stripe's permission names, e.g.
        ``{"rak_subscription_read", "rak_customer_read"}`` (auth.py); None: all."""
        self.keys.add(key, livemode=livemode, permissions=permissions)

    def set_account_api_version(self, version: str) -> None:
        """The accounts' default API version (e.g. "2024-06-20"), as when its owner
        has not upgraded (or now upgrades) it: events from now on come in its layout."""
        with self.lock:
            for mode in (self.state, self.live_state):
                mode.api_version = version

    def revoke_key(self, key: str) -> None:
        self.keys.revoke(key)

    def set_latency(self, ms: float) -> None:
        self._latency_ms = ms

    def set_rate_limit(self, rps: float | None) -> None:
        self._limiter.set(rps)

    @property
    def request_log(self) -> list[RequestRecord]:
        return self._log.snapshot()

    def wait_for_request(self, matches: Callable[[RequestRecord], bool], timeout: float) -> bool:
        """Wait until a logged request ``matches`` (requests are logged once handled,
        before the answer goes out); False after ``timeout`` seconds."""
        return self._log.wait_for(matches, timeout)

    def clear_request_log(self) -> None:
        self._log.clear()

    def log_request(self, record: RequestRecord) -> None:
        self._log.append(record)

    @property
    def cache_encoded(self) -> bool:
        """Whether list pages reuse encoded objects (encoded.py); False: every answer is
        expanded and encoded afresh, the reference the cache is tested against."""
        return self.state.encoded.enabled

    @cache_encoded.setter
    def cache_encoded(self, on: bool) -> None:
        with self.lock:
            for mode in (self.state, self.live_state):
                mode.encoded.enabled = on
                mode.encoded.clear()

    def mode(self, livemode: bool) -> ModeData:
        return self.live_state if livemode else self.state

    # -- test helpers: change state and write events -----------------------------------------
    def fail_payment(self, subscription_id: str, livemode: bool = False) -> Obj:
        with self.lock.changing():
            return changes.fail_payment(self.mode(livemode), subscription_id)

    def update_subscription(self, subscription_id: str, **fields: Any) -> Obj:
        """Set top-level fields (one event). ``cancel_at_period_end`` alone also sets
        ``cancel_at``, ``canceled_at`` and ``cancellation_details`` as Stripe does."""
        with self.lock.changing():
            sub = self.state.subscriptions.require(subscription_id)
            if set(fields) == {"cancel_at_period_end"}:
                cancel = bool(fields["cancel_at_period_end"])
                fields = changes.cancel_fields(sub, cancel, self.state.now())
            return changes.update_subscription(self.state, subscription_id, fields)

    def renew_period(self, subscription_id: str) -> Obj:
        """The billing period ends and the next one is paid (five events, as Stripe)."""
        with self.lock.changing():
            return changes.renew_period(self.state, subscription_id)

    def cancel_subscription(self, subscription_id: str) -> Obj:
        with self.lock.changing():
            return changes.cancel_now(self.state, subscription_id)

    def update_customer(self, customer_id: str, *, livemode: bool = False, **fields: Any) -> Obj:
        """Set a customer's fields as the customer portal or the API would (name, email,
        phone, description, ...; one ``customer.updated`` event), in test or live mode."""
        with self.lock.changing():
            return changes.update_customer(self.mode(livemode), customer_id, fields)

    def update_product(self, product_id: str, *, livemode: bool = False, **fields: Any) -> Obj:
        """Set a product's fields (name, ...; one ``product.updated`` event)."""
        with self.lock.changing():
            return changes.update_product(self.mode(livemode), product_id, fields)

    def attach_card(self, customer_id: str, card_number: str = "4242424242424242") -> Obj:
        with self.lock.changing():
            return changes.attach_card(self.state, customer_id, card_number)

    def update_card_by_network(
        self, payment_method_id: str, *, last4: str | None = None, exp: tuple[int, int]
    ) -> Obj:
        """The card network's updater replaces a saved card's expiry (and, for a
        reissued card, its last 4): payment_method.automatically_updated."""
        with self.lock.changing():
            return changes.card_updated_by_network(self.state, payment_method_id, last4, exp)

    # -- requests ---------------------------------------------------------------------------
    def handle_api(
        self, method: str, path: str, query: str, body: str, headers: Mapping[str, str]
    ) -> tuple[Response, str | None]:
        """Answer one API request (``headers`` keyed in lower case); also the key's suffix."""
        response, suffix = self._answer(method, path, query, body, headers)
        if response.status == 200 and response.injected is None:
            response.body = self.corruptions.apply(response.body)
        if response.fault is None:
            response.headers.setdefault("Request-Id", f"req_{secrets.token_hex(7)}")
            # The version the answer is in: the one asked for, else the account's default.
            version = headers.get("stripe-version") or self.state.api_version
            response.headers.setdefault("Stripe-Version", version)
        return response, suffix

    def _answer(
        self, method: str, path: str, query: str, body: str, headers: Mapping[str, str]
    ) -> tuple[Response, str | None]:
        hold = self.faults.take_hold(path)
        if hold is not None:
            hold.wait(self.faults.stall_seconds)
        if self._latency_ms:
            time.sleep(self._latency_ms / 1000)
        fault = self.faults.take(path, f"{method} {query}")
        if fault is not None and fault not in _AFTER_HANDLING:
            return self._fault_response(fault), None
        hostile_error = self.hostile.take_error(method, path)
        if hostile_error is not None:
            response = error_response(hostile_error)
            response.injected = "hostile"
            return response, None
        if fault == "repeat_page":  # a broken server: the list's cursor is ignored
            pairs = parse_qsl(query, keep_blank_values=True)
            query = urlencode([(k, v) for k, v in pairs if k not in _CURSORS])
        if not self._limiter.allow():
            return error_response(ApiError.rate_limited()), None
        suffix = None
        try:
            key = self.keys.authenticate(headers.get("authorization"))
            suffix = key.suffix
            response = self._dispatch(method, path, query, body, headers, key)
        except ApiError as error:
            response = error_response(error)
        except Exception:
            log.exception("emulator handler failed on %s %s", method, path)
            response = error_response(ApiError.server_error())
        rewrite = self.hostile.take_rewrite(method, path) if response.status == 200 else None
        if rewrite is not None:  # a new Response: the idempotency cache keeps the true one
            response = Response(200, rewrite.apply(response.body), headers=dict(response.headers))
            response.injected = "hostile"
        if fault == "reset_after":  # applied, but the answer never reaches the client
            response = Response(0, fault="reset")
            response.injected = fault
        elif fault in ("cut", "trickle"):  # half the answer, or all of it, slowly
            response.fault = response.injected = fault
        elif fault == "repeat_page":  # ... and says there is more, forever
            response.body = _more_to_come(response.body)
            response.injected = fault
        return response, suffix

    def _fault_response(self, fault: str) -> Response:
        if fault == "500":
            response = error_response(ApiError.server_error())
        elif fault == "429":
            response = error_response(ApiError.rate_limited())
        elif fault == "malformed":
            response = Response(200, _MALFORMED)
        elif fault == "gzip_bomb":
            response = Response(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})
        elif fault in ("oversize", "endless"):
            response = Response(200, fault=fault)
        else:
            response = Response(0, fault=fault)
        response.injected = fault
        return response

    def _dispatch(
        self,
        method: str,
        path: str,
        query: str,
        body: str,
        headers: Mapping[str, str],
        key: auth.ApiKey,
    ) -> Response:
        found = router.find(method, path)
        if found is None:
            raise ApiError(
                404,
                f"Unrecognized request URL ({method}: {path}). Please see https://stripe.com/docs "
                "or we can help at https://support.stripe.com/.",
            )
        route, args = found
        mode = self.mode(key.livemode)
        auth.require(key, route.resource, route.access, mode.account["id"])
        pairs = parse_qsl(query, keep_blank_values=True)
        if method == "POST":
            pairs += parse_qsl(body, keep_blank_values=True)
        params = parse_pairs(pairs)
        idem = headers.get("idempotency-key") if method == "POST" else None
        cache_key = (key.key, idem) if idem else None
        if cache_key is not None and cache_key in self._idempotency:
            cached = self._idempotency[cache_key]
            return Response(cached.status, cached.body, headers={"Idempotent-Replayed": "true"})
        call = Call(mode=mode, params=params, key=key, path_args=args, base_url=self.base_url)
        if method == "GET":  # changes nothing: what was encoded stays fresh
            payload = self._read(route.handler, call)
        else:  # POST, DELETE: changes go through changes.py, which reports them
            with self.lock.changing():
                payload = orjson.dumps(route.handler(call))
        response = Response(200, payload)
        if cache_key is not None:
            self._idempotency[cache_key] = response
            while len(self._idempotency) > _IDEMPOTENCY_CACHE:
                self._idempotency.popitem(last=False)
        return response

    def _read(self, handler: router.Handler, call: Call) -> bytes:
        mode = call.mode
        with self.lock.reading() as generation:
            with mode.encoded.serve(generation):
                payload = orjson.dumps(handler(call))  # under the lock: live state
            if self.verify_encoded and mode.encoded.enabled:
                mode.encoded.enabled = False
                try:
                    fresh = orjson.dumps(handler(call))
                finally:
                    mode.encoded.enabled = True
                if fresh != payload:
                    raise AssertionError(
                        "the encoded-JSON cache answered differently from a fresh encoding: "
                        "a change in desktop_app/emulator misses ModeData.touch"
                    )
        return payload

    def handle_page(self, method: str, path: str, query: str, body: str) -> Response:
        from desktop_app.emulator import pages

        try:
            with self.lock.changing():  # the portal's forms change state through changes.py
                return pages.handle(self, method, path, query, body)
        except ApiError as error:
            return pages.error_page(error)
