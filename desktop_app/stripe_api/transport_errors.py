"""Failures of an HTTP attempt that a user must be told apart: ``stripe.APIConnectionError``
subclasses (so the SDK handles them as connection errors, never retried), which
``desktop_app.stripe_api.errors`` words for the user."""

from __future__ import annotations

import stripe


class TransportError(stripe.APIConnectionError):
    """A failure of ours to name (never retried by the SDK): ``detail`` says what
    happened, for the log."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"{type(self).__name__}: {detail}", should_retry=False)  # type: ignore[no-untyped-call]
        self.detail = detail


class NotThisComputer(TransportError):
    """A plain-http address connected to ``address``, which is not a loopback
    address: nothing was sent."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"plain http to {host} reached {address}, not this computer")
        self.host = host
        self.address = address
