"""``expand[]``: replace ids by objects along dotted paths, at most four levels deep."""

from __future__ import annotations

from typing import Any

from desktop_app.emulator.apierror import ApiError
from desktop_app.emulator.state import ModeData

Obj = dict[str, Any]
MAX_DEPTH = 4


def check_depth(paths: list[str]) -> None:
    for path in paths:
        if len(path.split(".")) > MAX_DEPTH:
            raise ApiError.invalid(
                f"You cannot expand more than {MAX_DEPTH} levels of a property. Property: {path}",
                param="expand",
            )


def expand(mode: ModeData, obj: Obj, paths: list[str]) -> Obj:
    """A copy of ``obj`` with each path expanded; the stored object is not changed."""
    check_depth(paths)
    for path in paths:
        obj = _expand(mode, obj, path.split("."), path)
    return obj


def _expand(mode: ModeData, obj: Obj, parts: list[str], path: str) -> Obj:
    head, rest = parts[0], parts[1:]
    if obj.get("object") == "list" and head == "data":
        if not rest:
            raise not_expandable(path)
        copied = dict(obj)
        copied["data"] = [_expand(mode, item, rest, path) for item in obj["data"]]
        return copied
    includable = included(mode, obj, head)
    if head not in obj and includable is None:
        raise not_expandable(path)
    if isinstance(includable, list):
        if rest:
            raise not_expandable(path)
        return {**obj, head: includable}
    value = obj.get(head) if includable is None else includable
    if isinstance(value, str):
        resolved = mode.resolve(value)
        if resolved is None:
            raise not_expandable(path)
        value = resolved
    elif value is None:
        return obj
    elif not isinstance(value, dict):
        raise not_expandable(path)
    copied = dict(obj)
    copied[head] = _expand(mode, value, rest, path) if rest else value
    return copied


def included(mode: ModeData, obj: Obj, field: str) -> Any:
    """Fields Stripe includes only on request (``tax_ids`` on customers, ``tiers`` on prices)."""
    kind = obj.get("object")
    if kind == "customer" and field == "tax_ids":
        data = mode.tax_ids.get(obj["id"], [])
        return {
            "object": "list",
            "data": data,
            "has_more": False,
            "url": f"/v1/customers/{obj['id']}/tax_ids",
        }
    if kind == "price" and field == "tiers" and obj["billing_scheme"] == "tiered":
        return list(mode.price_tiers.get(obj["id"], []))
    return None


def not_expandable(path: str) -> ApiError:
    return ApiError.invalid(f"This property cannot be expanded ({path}).", param="expand")
