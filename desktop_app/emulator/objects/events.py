"""Event objects."""

from __future__ import annotations

from typing import Any

Obj = dict[str, Any]


def event(
    *,
    api_version: str,
    id: str,
    type: str,
    data_object: Obj,
    previous_attributes: Obj | None,
    created: int,
    livemode: bool,
    request_id: str | None,
    idempotency_key: str | None,
) -> Obj:
    data: Obj = {"object": data_object}
    if previous_attributes is not None:
        data["previous_attributes"] = previous_attributes
    return {
        "api_version": api_version,
        "created": created,
        "data": data,
        "id": id,
        "livemode": livemode,
        "object": "event",
        "pending_webhooks": 0,
        "request": {"id": request_id, "idempotency_key": idempotency_key},
        "type": type,
    }
