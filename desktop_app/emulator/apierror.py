"""Stripe-shaped API errors the emulator answers with."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error response: HTTP status plus Stripe's ``{"error": {...}}`` body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.type}
        if self.param is not None:
            error["param"] = self.param
        if self.code is not None:
            error["code"] = self.code
            error["doc_url"] = f"https://stripe.com/docs/error-codes/{self.code.replace('_', '-')}"
        return {"error": error}

    @classmethod
    def invalid(cls, message: str, *, param: str | None = None) -> ApiError:
        return cls(400, message, param=param)

    @classmethod
    def missing_param(cls, param: str) -> ApiError:
        return cls(400, f"Missing required param: {param}.", param=param, code="parameter_missing")

    @classmethod
    def not_found(cls, kind: str, object_id: str, param: str = "id") -> ApiError:
        return cls(404, f"No such {kind}: '{object_id}'", param=param, code="resource_missing")

    @classmethod
    def rate_limited(cls) -> ApiError:
        return cls(
            429,
            "Request rate limit exceeded. Learn more about rate limits here "
            "https://stripe.com/docs/rate-limits.",
            code="rate_limit",
        )

    @classmethod
    def server_error(cls) -> ApiError:
        return cls(500, "An unknown error occurred", type="api_error")
