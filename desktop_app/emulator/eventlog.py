"""Writing the events Stripe would send for a change."""

from __future__ import annotations

import copy
from typing import Any

from desktop_app.emulator import versions
from desktop_app.emulator.objects import events as eb
from desktop_app.emulator.state import ModeData

Obj = dict[str, Any]


def record(mode: ModeData, type: str, obj: Obj, previous: Obj | None = None) -> Obj:
    """Write the event, its object in the account's API version of now (versions.py)."""
    event = eb.event(
        api_version=mode.api_version,
        id=mode.new_id("evt"),
        type=type,
        data_object=versions.render(obj, mode.api_version),
        previous_attributes=copy.deepcopy(previous) if previous is not None else None,
        created=mode.now(),
        livemode=mode.livemode,
        request_id=mode.new_id("req", 14),
        idempotency_key=None,
    )
    mode.events.add(event)
    return event


def diff(before: Obj, after: Obj) -> Obj:
    """previous_attributes: the old values of the top-level keys that changed."""
    return {k: before.get(k) for k in after if before.get(k) != after[k]}
