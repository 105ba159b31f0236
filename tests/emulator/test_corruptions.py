"""The corruption hook: a hostile server's answers, over HTTP, with the state untouched."""

from __future__ import annotations

import http.client
import json
from typing import Any
from urllib.parse import urlsplit

from desktop_app.emulator import Emulator
from desktop_app.emulator.corruptions import MISSING


def _get(emu: Emulator, path: str) -> Any:
    """The answer's JSON, read with the standard json module (orjson reads integers
    beyond 64 bits as floats)."""
    conn = http.client.HTTPConnection(urlsplit(emu.base_url).netloc, timeout=10)
    try:
        conn.request("GET", path, headers={"Authorization": f"Bearer {emu.api_key}"})
        return json.loads(conn.getresponse().read())
    finally:
        conn.close()


def test_a_field_is_corrupted_wherever_its_object_appears(emu: Emulator) -> None:
    with emu.lock:
        sub = next(iter(emu.state.subscriptions.values()))
        sub_id, customer_id, created = sub["id"], sub["customer"], sub["created"]
    emu.corruptions.set(sub_id, "created", 10**30)  # beyond what orjson encodes
    emu.corruptions.set(sub_id, "items.data.0.quantity", "many")
    emu.corruptions.set(customer_id, "email", MISSING)

    listed = _get(emu, "/v1/subscriptions?status=all&limit=100&expand[]=data.customer")
    (shown,) = [s for s in listed["data"] if s["id"] == sub_id]
    assert shown["created"] == 10**30
    assert shown["items"]["data"][0]["quantity"] == "many"
    assert "email" not in shown["customer"]  # the expanded customer too
    assert "email" not in _get(emu, f"/v1/customers/{customer_id}")
    assert _get(emu, f"/v1/subscriptions/{sub_id}")["created"] == 10**30

    emu.update_subscription(sub_id, description="changed")  # its event carries it too
    events = _get(emu, "/v1/events?limit=1")["data"]
    assert events[0]["data"]["object"]["created"] == 10**30

    with emu.lock:  # only the answers lie
        assert emu.state.subscriptions[sub_id]["created"] == created
    emu.corruptions.clear()
    assert _get(emu, f"/v1/subscriptions/{sub_id}")["created"] == created
