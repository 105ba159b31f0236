"""``then``: a Future of what a function makes of another Future's outcome."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


def then(source: Future[T], finish: Callable[[Future[T]], U]) -> Future[U]:
    """A Future of ``finish(source)``, called once ``source`` is done (on the thread
    that completes it). ``finish`` may read ``source.result()`` and let its exception
    through, or handle it. Cancelling the result cancels ``source`` (if it has not
    started); a cancelled ``source`` cancels the result."""
    result: Future[U] = Future()

    def done(_: Future[T]) -> None:
        if not result.set_running_or_notify_cancel():
            return  # cancelled meanwhile: nobody waits for it
        if source.cancelled():
            result.set_exception(CancelledError())
            return
        try:
            value = finish(source)
        except BaseException as exc:  # handed over to whoever waits, like a Future does
            result.set_exception(exc)
        else:
            result.set_result(value)

    def cancel_source(_: Future[U]) -> None:
        if result.cancelled():
            source.cancel()

    result.add_done_callback(cancel_source)
    source.add_done_callback(done)
    return result
