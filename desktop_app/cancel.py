"""A cancel token for long work (syncs): set from any thread, checked by the worker."""

from __future__ import annotations

import threading

from desktop_app.errors import SyncCancelled
from desktop_app.text import translate


class CancelToken:
    """``cancel()`` from the GUI thread; the sync checks ``cancelled`` between requests."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise SyncCancelled(
                translate(
                    "Sync",
                    "The sync was cancelled; the subscriptions shown are from the previous sync.",
                )
            )

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; True if cancelled meanwhile."""
        return self._event.wait(timeout)
