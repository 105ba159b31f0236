"""Run the Stripe emulator in a child process, so its CPU time does not count as ours.

A real Stripe answers from other machines; an in-process emulator would share the
GIL with the sync being measured. The parent controls the child over a pipe.
"""

from __future__ import annotations

import multiprocessing as mp
from multiprocessing.connection import Connection
from typing import Any


def _serve(conn: Connection, kwargs: dict[str, Any]) -> None:
    from desktop_app.emulator import run_emulator

    with run_emulator(**kwargs) as emu:
        conn.send({"base_url": emu.base_url, "api_key": emu.api_key})
        while True:
            command, args = conn.recv()
            if command == "stop":
                conn.send(None)
                return
            if command == "requests":
                conn.send(len(emu.request_log))
            elif command == "clear_log":
                emu.clear_request_log()
                conn.send(None)
            elif command == "set_latency":
                emu.set_latency(*args)
                conn.send(None)
            elif command == "subscription_ids":
                with emu.lock.reading():  # reads only: what the emulator encoded stays
                    subs = emu.state.subscriptions
                    ids = [i for i, s in subs.items() if s["status"] == "active"][: args[0]]
                conn.send(ids)
            elif command == "encoded_cache_bytes":
                with emu.lock.reading():  # a setting, not the data: what is kept stays
                    emu.state.encoded.max_bytes = int(args[0])
                conn.send(None)
            elif command == "update_subscription":
                sub_id, fields = args
                emu.update_subscription(sub_id, **fields)
                conn.send(None)
            else:
                conn.send(ValueError(f"unknown command {command}"))


class EmulatorProcess:
    def __init__(self, **kwargs: Any) -> None:
        ctx = mp.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, kwargs), daemon=True)
        self._proc.start()
        info = self._conn.recv()
        self.base_url: str = info["base_url"]
        self.api_key: str = info["api_key"]
        self.pid: int = self._proc.pid or 0

    def call(self, command: str, *args: Any) -> Any:
        self._conn.send((command, args))
        result = self._conn.recv()
        if isinstance(result, Exception):
            raise result
        return result

    def close(self) -> None:
        try:
            self.call("stop")
        finally:
            self._proc.join(timeout=30)
            if self._proc.is_alive():
                self._proc.terminate()

    def __enter__(self) -> EmulatorProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
