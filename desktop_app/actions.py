"""Write actions on a subscription: portal sessions, pause/resume collection,
cancel at period end and renew. Each calls ``StripeApi`` and appends to the audit
log, whatever the outcome.

Safe to repeat: every action sets a state rather than toggling one (pause with a
behavior, clear the pause, set or clear cancel-at-period-end), so running it twice
leaves the subscription as running it once would, and the SDK reuses one
idempotency key across its own retries of a POST. The one thing that is not
repeatable is a portal session: a fresh one is made for every click, never cached.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol, TypeVar

from desktop_app.audit import AuditAction, AuditLog
from desktop_app.errors import BillingManagerError
from desktop_app.pause import PauseBehavior
from desktop_app.portal import (
    PortalConfiguration,
    PortalFlow,
    choose_configuration,
    choose_return_url,
    configuration_problem,
    effective_configuration,
    portal_locale,
)
from desktop_app.text import translate
from desktop_app.visible_text import label_text

log = logging.getLogger(__name__)
T = TypeVar("T")


class ActionRefused(BillingManagerError):
    """The action was not sent: it cannot work for this subscription or configuration."""


class PortalSessionLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def url(self) -> str: ...


class WriteApi(Protocol):
    """What the actions need of ``desktop_app.stripe_api.StripeApi``."""

    def create_portal_session(
        self,
        customer: str,
        return_url: str,
        flow: str | None = None,
        subscription_id: str | None = None,
        configuration: str | None = None,
        locale: str | None = None,
    ) -> Any: ...

    def pause_collection(
        self, sub_id: str, behavior: str, resumes_at: int | None = None, /
    ) -> Any: ...

    def resume_collection(self, sub_id: str, /) -> Any: ...

    def set_cancel_at_period_end(self, sub_id: str, value: bool, /) -> Any: ...

    def retrieve(self, path: str, expand: Sequence[str] = ()) -> dict[str, Any]: ...

    def post(self, path: str, **params: Any) -> dict[str, Any]: ...


@dataclass(frozen=True)
class ActionTarget:
    """The subscription an action is about, with what confirmations need to name."""

    subscription_id: str
    customer_id: str
    customer_name: str | None = None
    customer_email: str | None = None
    plan_label: str | None = None
    status: str | None = None  # DisplayStatus value
    period_end: date | None = None  # next billing date, or the date it ends
    cancel_at_period_end: bool = False  # canceling: ends at period end or at cancel_at
    collection_paused: bool = False
    preferred_locales: Sequence[str] = ()
    locales_known: bool = False  # False: ask Stripe for the customer's preferred locales
    livemode: bool = False

    @property
    def customer_label(self) -> str:
        """Who, in a message: the name, else the e-mail, else the ID, as they read
        (``visible_text.label_text``: no invisible characters or line breaks)."""
        return (
            label_text(self.customer_name)
            or label_text(self.customer_email)
            or label_text(self.customer_id)
            or self.customer_id
        )


@dataclass(frozen=True)
class ActionContext:
    """Who acts, where, and how: one per profile (or --api-base run)."""

    api: WriteApi
    audit: AuditLog
    profile: str
    livemode: bool
    return_url: str | None = None  # the profile's; None: see portal.default_return_url
    portal_configuration: str | None = None  # the profile's default
    app_language: str | None = None
    portal_locale: str | None = None  # the profile's choice ("auto"/None: no preference)
    configurations: Sequence[PortalConfiguration] = field(default_factory=tuple)


@dataclass(frozen=True)
class PortalRequest:
    """Everything sent to Stripe for one portal session (nothing secret)."""

    customer: str
    subscription_id: str | None
    flow: PortalFlow
    return_url: str
    configuration: str | None
    locale: str


def plan_portal(
    ctx: ActionContext,
    target: ActionTarget,
    flow: PortalFlow,
    configuration_override: str | None = None,
) -> PortalRequest:
    """Decide the session's parameters, refusing (before any request) what cannot work."""
    if flow is PortalFlow.CANCEL and target.status == "canceled":
        raise ActionRefused(
            translate("Actions", "{customer}'s subscription is already canceled.").format(
                customer=target.customer_label
            )
        )
    if flow is PortalFlow.CANCEL and target.cancel_at_period_end:
        raise ActionRefused(
            translate(
                "Actions",
                "{customer}'s subscription is already set to end at the end of the period. "
                "Use Manage subscription to renew it instead.",
            ).format(customer=target.customer_label)
        )
    if flow is PortalFlow.CHANGE_PLAN and target.status in ("canceled", "incomplete_expired"):
        raise ActionRefused(
            translate(
                "Actions", "{customer}'s subscription has ended; its plan cannot be changed."
            ).format(customer=target.customer_label)
        )
    chosen = choose_configuration(ctx.portal_configuration, configuration_override)
    config = effective_configuration(ctx.configurations, chosen) if ctx.configurations else None
    if ctx.configurations:
        problem = configuration_problem(flow, config, chosen)
        if problem:
            raise ActionRefused(problem)
    try:
        return_url = choose_return_url(
            ctx.return_url,
            ctx.livemode,
            target.subscription_id,
            target.customer_id,
            configuration_default=config.default_return_url if config else None,
        )
    except ValueError as exc:
        raise ActionRefused(str(exc)) from None
    return PortalRequest(
        customer=target.customer_id,
        subscription_id=target.subscription_id,
        flow=flow,
        return_url=return_url,
        configuration=chosen,
        locale=portal_locale(target.preferred_locales, ctx.app_language, ctx.portal_locale),
    )


def _audited(
    ctx: ActionContext,
    action: AuditAction,
    target: ActionTarget,
    call: Callable[[], T],
    *,
    flow: str | None = None,
    details: Mapping[str, str] | None = None,
) -> T:
    all_details = {"mode": "live" if ctx.livemode else "test", **(details or {})}
    try:
        result = call()
    except BaseException as exc:
        ctx.audit.record(
            profile=ctx.profile,
            action=action,
            subscription=target.subscription_id,
            customer=target.customer_id,
            flow=flow,
            error=exc if isinstance(exc, BillingManagerError) else type(exc).__name__,
            details=all_details,
        )
        raise
    ctx.audit.record(
        profile=ctx.profile,
        action=action,
        subscription=target.subscription_id,
        customer=target.customer_id,
        flow=flow,
        details=all_details,
    )
    return result


def open_portal(
    ctx: ActionContext,
    target: ActionTarget,
    flow: PortalFlow,
    configuration_override: str | None = None,
) -> PortalSessionLike:
    """Create a portal session (one per call) and return it; its URL is a secret
    for the caller to open at once and then forget."""
    if not target.locales_known:
        target = dataclasses.replace(
            target, preferred_locales=customer_locales(ctx.api, target.customer_id)
        )
    request = plan_portal(ctx, target, flow, configuration_override)
    details = {"locale": request.locale}
    if request.configuration:
        details["configuration"] = request.configuration
    session: PortalSessionLike = _audited(
        ctx,
        AuditAction.PORTAL_SESSION,
        target,
        lambda: ctx.api.create_portal_session(
            customer=request.customer,
            return_url=request.return_url,
            flow=request.flow.stripe_type,
            subscription_id=request.subscription_id,
            configuration=request.configuration,
            locale=request.locale,
        ),
        flow=flow.value,
        details=details,
    )
    return session


def customer_locales(api: WriteApi, customer_id: str) -> tuple[str, ...]:
    """The customer's ``preferred_locales`` from Stripe (the cache does not keep them);
    none when they cannot be read: the portal then follows the app's language."""
    try:
        customer = api.retrieve(f"/v1/customers/{customer_id}")
    except BillingManagerError as exc:
        log.info("Could not read the customer's preferred locales: %s", exc)
        return ()
    return tuple(str(tag) for tag in customer.get("preferred_locales") or () if tag)


def _refuse_if_ended(target: ActionTarget, what: str) -> None:
    if target.status in ("canceled", "incomplete_expired"):
        raise ActionRefused(
            translate("Actions", "{customer}'s subscription has ended: {reason}.").format(
                customer=target.customer_label, reason=what
            )
        )


def pause_collection(
    ctx: ActionContext,
    target: ActionTarget,
    behavior: PauseBehavior,
    resumes_at: datetime | None = None,
    *,
    now: datetime | None = None,
) -> Any:
    """Pause payment collection with ``behavior``, optionally until ``resumes_at``."""
    _refuse_if_ended(target, translate("Actions", "there is nothing to pause"))
    if resumes_at is not None:
        if resumes_at.tzinfo is None:
            raise ValueError("resumes_at must be timezone-aware")
        if resumes_at <= (now or datetime.now(UTC)):
            raise ActionRefused(translate("Actions", "The resume date must be in the future."))
    details = {"behavior": behavior.value}
    stamp = int(resumes_at.timestamp()) if resumes_at is not None else None
    if resumes_at is not None:
        details["resumes_at"] = resumes_at.astimezone(UTC).isoformat(timespec="seconds")
    return _audited(
        ctx,
        AuditAction.PAUSE_COLLECTION,
        target,
        lambda: ctx.api.pause_collection(target.subscription_id, behavior.value, stamp),
        details=details,
    )


def resume_collection(ctx: ActionContext, target: ActionTarget) -> Any:
    """Clear ``pause_collection``: invoices are collected again as usual."""
    _refuse_if_ended(target, translate("Actions", "there is nothing to resume"))
    return _audited(
        ctx,
        AuditAction.RESUME_COLLECTION,
        target,
        lambda: ctx.api.resume_collection(target.subscription_id),
    )


def cancel_at_period_end(ctx: ActionContext, target: ActionTarget) -> Any:
    """Schedule the subscription to end when the current period ends."""
    _refuse_if_ended(target, translate("Actions", "it cannot be canceled again"))
    return _audited(
        ctx,
        AuditAction.CANCEL_AT_PERIOD_END,
        target,
        lambda: ctx.api.set_cancel_at_period_end(target.subscription_id, True),
    )


def renew(ctx: ActionContext, target: ActionTarget) -> Any:
    """Undo a scheduled cancellation: the subscription renews as usual.

    Clearing ``cancel_at_period_end`` also clears the ``cancel_at`` Stripe set with
    it; a cancellation set for a chosen date has ``cancel_at`` alone, so when the
    answer still carries one, an empty ``cancel_at`` clears it too.
    """
    _refuse_if_ended(
        target,
        translate("Actions", "a canceled subscription cannot be renewed; create a new one"),
    )
    sub_id = target.subscription_id

    def call() -> Any:
        result = ctx.api.set_cancel_at_period_end(sub_id, False)
        if isinstance(result, dict) and result.get("cancel_at") and not result.get("ended_at"):
            result = ctx.api.post(f"/v1/subscriptions/{sub_id}", cancel_at="")
        return result

    return _audited(ctx, AuditAction.RENEW, target, call)
