"""A Stripe list page's JSON body, decoded (on whichever thread or process decodes it)."""

from __future__ import annotations

from typing import Any

import orjson

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


def decode_list_page(body: bytes) -> FetchedPage:
    """A list page's JSON body with its objects as the payload."""
    data, has_more = decode_list(body)
    return FetchedPage(PageEdges.of(data), has_more, data)
