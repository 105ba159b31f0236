"""Common list parameters: limit, cursors, created ranges, expand."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.emulator import encoded
from desktop_app.emulator.apierror import ApiError
from desktop_app.emulator.expand import check_depth, expand
from desktop_app.emulator.index import Page
from desktop_app.emulator.params import Params, as_dict, as_int, as_list, as_str
from desktop_app.emulator.state import ModeData

Obj = dict[str, Any]
LIST_PARAMS = {"limit", "starting_after", "ending_before", "expand"}


@dataclass(frozen=True)
class ListArgs:
    limit: int
    starting_after: str | None
    ending_before: str | None
    expand: list[str]


def list_args(params: Params) -> ListArgs:
    limit = 10
    if "limit" in params:
        limit = as_int(params["limit"], "limit")
        if not 1 <= limit <= 100:
            raise ApiError.invalid("Invalid limit: must be between 1 and 100", param="limit")
    after = params.get("starting_after")
    before = params.get("ending_before")
    if after is not None and before is not None:
        raise ApiError.invalid(
            "You may only specify one of these parameters: starting_after, ending_before.",
            param="ending_before",
        )
    paths = as_list(params.get("expand"), "expand")
    check_depth(paths)
    return ListArgs(
        limit,
        as_str(after, "starting_after") if after else None,
        as_str(before, "ending_before") if before else None,
        paths,
    )


def created_range(params: Params, name: str = "created") -> dict[str, int]:
    value = params.get(name)
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        exact = as_int(value, name)
        return {"gte": exact, "lte": exact}
    bounds = as_dict(value, name)
    out: dict[str, int] = {}
    for op, raw in bounds.items():
        if op not in ("gt", "gte", "lt", "lte"):
            raise ApiError.invalid(f"Received unknown parameter: {name}[{op}]", param=name)
        out[op] = as_int(raw, f"{name}[{op}]")
    return out


def in_range(created: int, bounds: dict[str, int]) -> bool:
    return (
        ("gt" not in bounds or created > bounds["gt"])
        and ("gte" not in bounds or created >= bounds["gte"])
        and ("lt" not in bounds or created < bounds["lt"])
        and ("lte" not in bounds or created <= bounds["lte"])
    )


def list_object(mode: ModeData, page: Page, url: str, paths: list[str]) -> Obj:
    fast = encoded.list_body(mode, page.data, page.has_more, url, paths)
    if fast is not None:
        return fast
    body: Obj = {"object": "list", "data": page.data, "has_more": page.has_more, "url": url}
    if paths:
        body = expand(mode, body, paths)
    return body


def retrieve_paths(params: Params) -> list[str]:
    paths = as_list(params.get("expand"), "expand")
    check_depth(paths)
    return paths
