"""A Stripe list page's JSON body, decoded (on whichever thread or process decodes it)."""

from __future__ import annotations

from typing import Any

import msgspec
import orjson

from desktop_app.stripe_api.page_schema import DETAIL_KEYS, SubscriptionPage
from desktop_app.stripe_api.slices import FetchedPage, PageEdges

Json = dict[str, Any]


class UnreadableBody(ValueError):
    """A body that is not the Stripe JSON asked for (picklable: a message only)."""


def decode_list(body: bytes) -> tuple[list[Json], bool]:
    """A list page's JSON body: its objects and ``has_more``; UnreadableBody if it
    is not a Stripe list."""
    try:
        page = orjson.loads(body)
    except ValueError:  # JSONDecodeError, or bytes that are not UTF-8
        raise UnreadableBody("the answer is not JSON") from None
    if not isinstance(page, dict) or not isinstance(page.get("data") or [], list):
        raise UnreadableBody("the answer is not a Stripe list")
    return list(page.get("data") or []), bool(page.get("has_more"))


_SUBSCRIPTIONS = msgspec.json.Decoder(SubscriptionPage)


def decode_subscription_list(body: bytes) -> tuple[list[Json], bool]:
    """``decode_list`` for a page of expanded subscriptions, keeping only what the
    cache reads of them (``page_schema.py``): the same result in about half the time.

    A page the schema does not fit (a value of an unexpected kind, a payment method
    of a type it does not know) is decoded whole, like any other list.
    """
    try:
        page = _SUBSCRIPTIONS.decode(body)
    except msgspec.ValidationError:
        return decode_list(body)
    except (msgspec.DecodeError, UnicodeDecodeError):  # not JSON, or not UTF-8
        raise UnreadableBody("the answer is not JSON") from None
    data: list[Json] = page.get("data") or []  # type: ignore[assignment]
    if not all(_methods_known(sub) for sub in data):
        return decode_list(body)
    return data, bool(page.get("has_more"))


def _methods_known(sub: Json) -> bool:
    """Whether the subscription's payment methods (its own default and default source,
    its customer's) are of types whose details the schema keeps (a legacy card or bank
    account keeps them at its top level)."""
    methods = [sub.get("default_payment_method"), sub.get("default_source")]
    customer = sub.get("customer")
    if type(customer) is dict:
        methods.append(customer.get("default_source"))
        settings = customer.get("invoice_settings")
        if type(settings) is dict:
            methods.append(settings.get("default_payment_method"))
    return all(_kept(method) for method in methods if type(method) is dict)


def _kept(method: Json) -> bool:
    if method.get("object") in ("card", "bank_account"):
        return True
    return (method.get("type") or "card") in DETAIL_KEYS


class _Edge(msgspec.Struct):
    id: str
    created: int


class _EdgesPage(msgspec.Struct):
    data: list[_Edge]
    has_more: bool = False


_EDGES = msgspec.json.Decoder(_EdgesPage)


def decode_edges(body: bytes) -> tuple[PageEdges | None, bool] | None:
    """Only the page's edges and ``has_more``, from a list page's JSON body (~0.4 ms
    for 100 expanded subscriptions, against ~6 ms to decode and prepare them): what
    slicing needs to go on while the page is prepared elsewhere. None when the body
    is not a list of objects with an ``id`` and a whole-number ``created`` (a full
    decode tells what it is)."""
    try:
        page = _EDGES.decode(body)
    except (msgspec.ValidationError, msgspec.DecodeError, UnicodeDecodeError):
        return None
    data = page.data
    if not data:
        return None, page.has_more
    edges = PageEdges.trusted(len(data), data[0].created, data[-1].created, data[-1].id)
    return edges, page.has_more


def decode_list_page(body: bytes) -> FetchedPage:
    """A list page's JSON body with its objects as the payload."""
    data, has_more = decode_list(body)
    return FetchedPage(PageEdges.of(data), has_more, data)


def decode_object(body: bytes) -> Json:
    """A JSON object's body (a retrieved object, a list page as a whole);
    UnreadableBody if it is not one."""
    try:
        obj = orjson.loads(body)
    except ValueError:
        raise UnreadableBody("the answer is not JSON") from None
    if not isinstance(obj, dict):
        raise UnreadableBody("the answer is not a JSON object")
    return obj


def decode_list_object(body: bytes) -> Json:
    """A list page's body as the object it is, checked as far as paging needs: its
    ``data`` a list of objects, the last with a string ``id`` when ``has_more``."""
    page = decode_object(body)
    data = page.get("data") or []
    if not isinstance(data, list) or not all(isinstance(obj, dict) for obj in data):
        raise UnreadableBody("the answer is not a Stripe list")
    if page.get("has_more") and data and not isinstance(data[-1].get("id"), str):
        raise UnreadableBody("the list's last object has no ID")
    return page


def check_list_body(body: bytes) -> bytes:
    """``body`` if it is a Stripe list (its edges decode, or it decodes whole);
    UnreadableBody if not."""
    if decode_edges(body) is None:
        decode_list(body)
    return body
