"""Compare an object's keys and nesting with Stripe's fixture."""

from __future__ import annotations

from typing import Any

FREE_FORM = {"metadata"}  # the merchant's own keys


def key_differences(ours: Any, theirs: Any, path: str = "") -> list[str]:
    """Where the keys differ, recursively, wherever both sides are objects (not null)."""
    problems: list[str] = []
    if isinstance(ours, dict) and isinstance(theirs, dict):
        if not theirs:  # the fixture shows an empty hash: nothing to compare
            return problems
        missing = sorted(set(theirs) - set(ours))
        extra = sorted(set(ours) - set(theirs))
        if missing:
            problems.append(f"{path or '<top>'} lacks {missing}")
        if extra:
            problems.append(f"{path or '<top>'} has extra {extra}")
        for key in set(ours) & set(theirs) - FREE_FORM:
            problems += key_differences(ours[key], theirs[key], f"{path}.{key}".lstrip("."))
    elif isinstance(ours, list) and isinstance(theirs, list) and ours and theirs:
        problems += key_differences(ours[0], theirs[0], f"{path}[0]")
    return problems
