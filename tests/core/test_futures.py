"""``then``: a Future of what a function makes of another's outcome."""

from __future__ import annotations

from concurrent.futures import CancelledError, Future

import pytest

from desktop_app.futures import then


def test_the_result_is_what_finish_makes_of_the_source() -> None:
    source: Future[int] = Future()
    doubled = then(source, lambda done: done.result() * 2)
    assert not doubled.done()
    source.set_result(21)
    assert doubled.result(timeout=0) == 42


def test_an_exception_goes_through_or_is_handled() -> None:
    source: Future[int] = Future()
    passed = then(source, lambda done: done.result())

    def handled(done: Future[int]) -> int:
        try:
            return done.result()
        except KeyError:
            return -1

    fallback = then(source, handled)
    source.set_exception(KeyError("sub_1"))
    with pytest.raises(KeyError):
        passed.result(timeout=0)
    assert fallback.result(timeout=0) == -1


def test_cancelling_goes_both_ways() -> None:
    source: Future[int] = Future()
    result = then(source, lambda done: done.result())
    assert result.cancel()
    assert source.cancelled()  # not started: cancelled too

    running: Future[int] = Future()
    assert running.set_running_or_notify_cancel()
    late = then(running, lambda done: done.result())
    late.cancel()
    running.set_result(1)  # finishing after all does no harm
    assert late.cancelled()

    cancelled_source: Future[int] = Future()
    follows = then(cancelled_source, lambda done: done.result())
    cancelled_source.cancel()
    with pytest.raises(CancelledError):
        follows.result(timeout=0)
