"""An error the window did not foresee: the message says the details are in the log,
and the log holds them (the exception with its traceback), redacted."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from desktop_app.logging_setup import log_file_path, setup_logging
from desktop_app.paths import log_dir
from ui.errors_text import error_text

KEY = "sk_test_FAKE51Hx0aBcDeFgHiJkLmNoPq"


@pytest.fixture
def app_log() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging()
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def _fails_deep_inside() -> None:
    raise RuntimeError(f"the cache said no to {KEY}")


def test_the_log_holds_what_the_message_points_to(app_log: None) -> None:
    try:
        _fails_deep_inside()
    except RuntimeError as exc:
        text = error_text(exc)
    assert text.startswith("Something unexpected went wrong (RuntimeError: the cache said no")
    assert text.endswith(f"Details are in the log in {log_dir()}.")
    logged = log_file_path().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "in _fails_deep_inside" in logged
    assert "RuntimeError: the cache said no to" in logged
    assert KEY not in logged
    assert KEY not in text
