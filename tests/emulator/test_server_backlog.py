"""The emulator's server takes a sync's burst of new connections at once."""

from __future__ import annotations

import select
import socket
import time
from typing import Any, cast

from desktop_app.emulator.server import EmulatorHTTPServer

BURST = 40  # a sync at 100 requests/s opens a dozen or more connections at once


def test_a_burst_of_new_connections_is_queued_not_dropped() -> None:
    """Connections the server has not accepted yet wait in its listen queue; with
    socketserver's default (5) the rest were dropped and each connect waited a
    second for the kernel to try again. Nothing is accepted here: the queue alone
    must hold the burst."""
    server = EmulatorHTTPServer(("127.0.0.1", 0), cast(Any, None))
    clients = [socket.socket() for _ in range(BURST)]
    try:
        for client in clients:
            client.setblocking(False)
            client.connect_ex(server.server_address[:2])
        waiting = set(clients)
        deadline = time.monotonic() + 5
        while waiting and time.monotonic() < deadline:
            _, writable, _ = select.select([], list(waiting), [], deadline - time.monotonic())
            waiting -= set(writable)
        assert not waiting, f"{len(waiting)} of {BURST} connections were not taken"
        assert all(c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0 for c in clients)
    finally:
        for client in clients:
            client.close()
        server.server_close()
