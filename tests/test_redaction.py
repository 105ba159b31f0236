"""Secrets never reach the log: API keys and portal session URLs are redacted."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.logging_setup import RedactingFilter, log_file_path, setup_logging
from desktop_app.redaction import contains_secret, redact
from tests.key_forms import SURROUNDINGS, key_forms, keys, secret_parts

FAKE_KEYS = [
    "sk_test_FAKE51HxQ2eZvKYlo2CabcDEF123",
    "sk_live_FAKE51HxQ2eZvKYlo2CabcDEF123",
    "rk_test_FAKE51HxQ2eZvKYlo2C",
    "rk_live_FAKE0000XyZ",
]
SESSION_URLS = [
    "https://billing.stripe.com/p/session/test_YWNjdF8xTTJKVGtMa2RJd0h1N2l4LF9QWkZ",
    "http://127.0.0.1:41235/p/session/bps_demo_7f3a9c?x=1",
]


@pytest.mark.parametrize("key", FAKE_KEYS)
def test_keys_are_redacted_but_their_kind_stays_visible(key: str) -> None:
    text = redact(f"Invalid API Key provided: {key}.")
    assert key not in text
    assert key[:8] in text  # "sk_test_" etc.: which kind of key, not the key
    assert "[REDACTED]" in text


@pytest.mark.parametrize("url", SESSION_URLS)
def test_portal_session_urls_are_redacted(url: str) -> None:
    text = redact(f'opening "{url}" in the browser')
    assert url not in text
    assert "/p/session/" not in text
    assert contains_secret(url)


def test_portal_login_links_and_ordinary_text_are_kept() -> None:
    text = "Send https://billing.stripe.com/p/login/test_abc to cus_NffrFeUfNV2Hib (sub_1MowQV)"
    assert redact(text) == text
    assert not contains_secret(text)


def _record(msg: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc else None
    return logging.LogRecord("t", logging.ERROR, __file__, 1, msg, args, exc_info)


def test_filter_redacts_arguments_and_exception_text() -> None:
    key = FAKE_KEYS[0]
    try:
        raise RuntimeError(f"Stripe said no to {key} at {SESSION_URLS[0]}")
    except RuntimeError as exc:
        record = _record("key %s url %s", key, SESSION_URLS[1], exc=exc)
    RedactingFilter().filter(record)
    formatted = logging.Formatter("%(message)s").format(record)
    assert key not in formatted
    assert "/p/session/" not in formatted
    assert "RuntimeError" in formatted  # the traceback itself is kept


def test_log_file_is_private_rotating_and_redacted(isolated_app_dirs: Path) -> None:
    path = setup_logging(logging.INFO)
    logger = logging.getLogger("desktop_app.test")
    key = FAKE_KEYS[1]
    try:
        try:
            raise ValueError(f"bad key {key}")
        except ValueError:
            logger.exception("Sync failed with %s for %s", key, SESSION_URLS[0])
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert path == log_file_path()
        assert str(path).startswith(str(isolated_app_dirs))
        text = path.read_text(encoding="utf-8")
        assert "Sync failed with sk_live_[REDACTED]" in text
        assert "ValueError: bad key sk_live_[REDACTED]" in text
        assert key not in text
        assert "/p/session/" not in text
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_billing_manager", False):
                root.removeHandler(handler)
                handler.close()


# -- any key, in any text, in any of the forms a message may carry it ----------------------


@settings(max_examples=400, deadline=None)
@given(data=st.data(), key=keys(), before=SURROUNDINGS, after=SURROUNDINGS)
def test_any_key_in_any_text_is_redacted(
    data: st.DataObject, key: str, before: str, after: str
) -> None:
    form = data.draw(key_forms(key))
    text = before + form + after
    redacted = redact(text)
    for secret in secret_parts(key, form):
        if secret not in before + after:  # (the surrounding text may hold it by chance)
            assert secret not in redacted, (text, redacted)
    assert contains_secret(text)


@settings(max_examples=50, deadline=None)
@given(key=keys(), before=SURROUNDINGS)
def test_the_authorization_header_is_redacted_whatever_it_holds(key: str, before: str) -> None:
    token = key.swapcase()  # not a key's shape any more, still a credential
    text = f"{before}Authorization: Bearer {token}"
    assert token not in redact(text)
    assert redact(text).endswith("Authorization: Bearer [REDACTED]")


@pytest.fixture
def app_logging(isolated_app_dirs: Path) -> Iterator[None]:
    """Takes the app's handlers away afterwards (the test sets them up: the terminal's
    handler writes to the stderr of the moment, which capsys captures only in the test)."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_billing_manager", False):
            root.removeHandler(handler)
            handler.close()


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), key=keys(), before=SURROUNDINGS, after=SURROUNDINGS)
def test_any_key_is_redacted_in_the_log_file_and_on_the_terminal(
    app_logging: None,
    capsys: pytest.CaptureFixture[str],
    data: st.DataObject,
    key: str,
    before: str,
    after: str,
) -> None:
    """Through the real logging path: a message, its arguments, an exception's text (the
    SDK logs the server's error message at INFO, which may repeat the key)."""
    form = data.draw(key_forms(key))
    log_file_path = setup_logging(logging.INFO, console=True)  # as `billing-manager -v` does
    start = log_file_path.stat().st_size if log_file_path.exists() else 0
    logging.getLogger("stripe").info(
        "message='Stripe v1 API error received' error_message=%s", before + form + after
    )
    try:
        raise RuntimeError(before + form + after)
    except RuntimeError:
        logging.getLogger("desktop_app.sync").exception("Sync failed: %s", form)
    for handler in logging.getLogger().handlers:
        handler.flush()
    with log_file_path.open("rb") as log_file:
        log_file.seek(start)
        written = log_file.read().decode("utf-8")
    printed = capsys.readouterr().err
    assert "Sync failed" in written
    assert "Sync failed" in printed
    for secret in secret_parts(key, form):
        if secret not in before + after:
            assert secret not in written
            assert secret not in printed


def test_words_shorter_than_a_key_are_kept() -> None:
    """A body shorter than any key's (the format check refuses it as cut off) is no key."""
    text = "https://acme.example/desk_test_env/billing and task_live_1"
    assert redact(text) == text
