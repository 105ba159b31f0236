"""Decode Stripe-style form bodies and query strings into nested values.

The SDK encodes ``expand=["a"]`` as ``expand[0]=a``, dictionaries as ``created[gt]=1``
and clears a field with an empty value (``pause_collection=``). ``key[]=v`` (curl
style) appends to a list. Dictionaries whose keys are all indices become lists.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

from desktop_app.emulator.apierror import ApiError

_SEGMENT = re.compile(r"\[([^\[\]]*)\]")

Params = dict[str, Any]


def parse_pairs(pairs: list[tuple[str, str]]) -> Params:
    root: dict[str, Any] = {}
    for raw_key, value in pairs:
        head, _, rest = raw_key.partition("[")
        if not head:
            raise ApiError.invalid(f"Invalid parameter name: {raw_key}", param=raw_key)
        segments = [head, *_SEGMENT.findall("[" + rest)] if rest else [head]
        node = root
        for i, seg in enumerate(segments):
            last = i == len(segments) - 1
            if seg == "":
                seg = str(_next_index(node))
            if last:
                node[seg] = value
            else:
                child = node.get(seg)
                if not isinstance(child, dict):
                    child = {}
                    node[seg] = child
                node = child
    result = _listify(root)
    assert isinstance(result, dict)
    return result


def _next_index(node: dict[str, Any]) -> int:
    numeric = [int(k) for k in node if k.isdigit()]
    return max(numeric) + 1 if numeric else 0


def _listify(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    converted = {k: _listify(v) for k, v in value.items()}
    if converted and all(k.isdigit() for k in converted):
        return [converted[k] for k in sorted(converted, key=int)]
    return converted


def parse_query(query: str) -> Params:
    return parse_pairs(parse_qsl(query, keep_blank_values=True))


def as_list(value: Any, param: str) -> list[str]:
    """A list parameter (``expand``, ``types``); a single string counts as one item."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ApiError.invalid(f"Invalid array: {param}", param=param)


def as_int(value: Any, param: str) -> int:
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        return int(value)
    raise ApiError.invalid(f"Invalid integer: {value}", param=param)


def as_bool(value: Any, param: str) -> bool:
    if value in ("true", "True", "1"):
        return True
    if value in ("false", "False", "0"):
        return False
    raise ApiError.invalid(f"Invalid boolean: {value}", param=param)


def as_str(value: Any, param: str) -> str:
    if isinstance(value, str):
        return value
    raise ApiError.invalid(f"Invalid string: {param} must be a string", param=param)


def as_dict(value: Any, param: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    raise ApiError.invalid(f"Invalid hash: {param} must be a dictionary", param=param)


def reject_unknown(params: Params, allowed: set[str]) -> None:
    for key in params:
        if key not in allowed:
            raise ApiError.invalid(f"Received unknown parameter: {key}", param=key)
