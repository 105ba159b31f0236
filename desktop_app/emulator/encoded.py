"""List pages joined from each object's JSON, encoded once and kept.

A page of 100 expanded subscriptions is ~500 KB of JSON; copying the dicts to expand
them and encoding them again for every request cost ~2 ms of the emulator's CPU, taken
from the sync on the same machine. Here each listed object is encoded once per set of
expansions (the objects it expands encoded inside it) and kept in its mode's
``EncodedCache`` (encoded_cache.py, which also says when entries go stale); a page
is the list envelope around those bytes as ``orjson.Fragment`` items.

``expand.expand`` stays the reference: the bytes are the same (the paths are applied
as a tree, in their order; tests/emulator/test_encoded_pages.py compares every page),
and a path it would refuse goes to it, so that the error is its own.
"""

from __future__ import annotations

from typing import Any

import orjson

from desktop_app.emulator.apierror import ApiError
from desktop_app.emulator.expand import included, not_expandable
from desktop_app.emulator.state import ModeData

Obj = dict[str, Any]
# One node per path segment: (name, (a path ends here, children)).
Tree = tuple[tuple[str, "Node"], ...]
Node = tuple[bool, Tree]


def tree_of(paths: list[str]) -> Tree:
    """The expansion paths as a tree, children in the order of their first mention."""
    known = _TREES.get(tuple(paths))
    if known is not None:
        return known
    tree = _tree_of(paths)
    if len(_TREES) >= _MAX_TREES:
        _TREES.clear()
    _TREES[tuple(paths)] = tree
    return tree


_TREES: dict[tuple[str, ...], Tree] = {}
_MAX_TREES = 256


def _tree_of(paths: list[str]) -> Tree:
    root: dict[str, Any] = {}
    for path in paths:
        node = root
        parts = path.split(".")
        for i, part in enumerate(parts):
            child = node.setdefault(part, [False, {}])
            if i == len(parts) - 1:
                child[0] = True
            node = child[1]
    return _freeze(root)


def _freeze(node: dict[str, Any]) -> Tree:
    return tuple((name, (leaf, _freeze(children))) for name, (leaf, children) in node.items())


def list_body(
    mode: ModeData, data: list[Obj], has_more: bool, url: str, paths: list[str]
) -> Obj | None:
    """The list object, each item an ``orjson.Fragment`` of its encoded JSON (from the
    cache, or encoded now and kept); None for the reference path (the cache is off,
    or ``expand.expand`` has an error to answer)."""
    cache = mode.encoded
    if not (cache.enabled and cache.serving):
        return None
    tree = tree_of(paths)
    items: Tree = ()
    for name, (leaf, children) in tree:
        if name != "data" or leaf:
            return None
        items = children
    suffix = cache.key_suffix(items)
    get = cache.lookup
    fragments: list[orjson.Fragment] = []
    try:
        for item in data:
            object_id = item.get("id")
            found = get(object_id + suffix) if isinstance(object_id, str) else None
            if found is None:
                found = _encode(mode, item, items, suffix)
            fragments.append(orjson.Fragment(found))
    except ApiError:
        return None
    return {"object": "list", "data": fragments, "has_more": has_more, "url": url}


def _encode(mode: ModeData, obj: Obj, tree: Tree, suffix: str) -> bytes:
    """A listed object expanded along ``tree`` and encoded; kept while nothing it shows
    changes (``ModeData.touch`` forgets it). Ids are unique across object types."""
    owners = _owners(obj)
    encoded = orjson.dumps(_expanded(mode, obj, tree, owners))
    object_id = obj.get("id")
    if isinstance(object_id, str):
        mode.encoded.put(object_id + suffix, encoded, owners)
    return encoded


def _owners(obj: Obj) -> list[str | None]:
    """The objects whose changes change ``obj``: itself; an invoice (built from its
    subscription and customer when read) those two as well."""
    owners: list[str | None] = [obj.get("id")]
    if obj.get("object") == "invoice":
        parent = obj.get("parent") or {}
        details = parent.get("subscription_details") or {}
        owners += [obj.get("customer"), details.get("subscription")]
    return owners


def _expanded(mode: ModeData, obj: Obj, tree: Tree, owners: list[str | None]) -> Any:
    """``obj`` with ``tree`` applied as ``expand._expand`` applies each path in turn;
    adds each object it resolves by id (and their owners) to ``owners``."""
    out = obj
    for head, (leaf, children) in tree:
        new: Any
        if obj.get("object") == "list" and head == "data":
            if leaf:
                raise not_expandable(head)
            new = [_expanded(mode, item, children, owners) for item in obj["data"]]
        else:
            includable = included(mode, obj, head)
            if head not in obj and includable is None:
                raise not_expandable(head)
            if isinstance(includable, list):
                if children:
                    raise not_expandable(head)
                new = includable
            else:
                value = obj.get(head) if includable is None else includable
                if isinstance(value, str):
                    resolved = mode.resolve(value)
                    if resolved is None:
                        raise not_expandable(head)
                    owners += _owners(resolved)
                    value = resolved
                elif value is None:
                    continue
                elif not isinstance(value, dict):
                    raise not_expandable(head)
                new = _expanded(mode, value, children, owners) if children else value
        if out is obj:
            out = dict(obj)
        out[head] = new
    return out
