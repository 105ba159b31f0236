"""The SDK's debug lines (whole response bodies) are only built when someone reads them."""

from __future__ import annotations

import logging

import pytest

from desktop_app.stripe_api import StripeApi


def test_stripe_debug_logging_still_shows_response_bodies_when_enabled(
    api: StripeApi, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="stripe"):
        api.get("/v1/products", limit=1)
    bodies = [r.getMessage() for r in caplog.records if "API response body" in r.getMessage()]
    assert len(bodies) == 1
    assert '"object":"list"' in bodies[0].replace(" ", "")


def test_no_response_body_is_formatted_at_the_default_level(
    api: StripeApi, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stripe import _util

    formatted: list[str] = []
    real = _util.logfmt
    monkeypatch.setattr(
        _util, "logfmt", lambda props: formatted.append(props["message"]) or real(props)
    )
    with caplog.at_level(logging.INFO, logger="stripe"):
        api.get("/v1/products", limit=1)
    assert "Stripe API response" in formatted  # the INFO line is still made
    assert "API response body" not in formatted
