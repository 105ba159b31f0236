"""The hosted Billing customer portal: flows, locale, return URL, configurations.

Pure decisions, no network: which ``flow_data`` a user's action needs, which
language the portal opens in, where the customer returns to, which portal
configuration is used and whether it enables what the action needs. The session
itself is created by ``desktop_app.actions.open_portal`` through ``StripeApi``.

A session URL is a short-lived secret (anyone holding it acts as the customer):
nothing here stores or logs one. The configuration's no-code *login* link is the
thing that is safe to e-mail a customer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop_app.dashboard import dashboard_url
from desktop_app.text import mark, translate


class PortalFlow(StrEnum):
    """What the user wants the customer (or themselves, for the customer) to do."""

    PAYMENT_METHOD_UPDATE = "payment_method_update"
    MANAGE = "manage"  # a plain session: the portal's home page
    CANCEL = "subscription_cancel"
    CHANGE_PLAN = "subscription_update"

    @property
    def cli_name(self) -> str:
        return _CLI_NAMES[self]

    @classmethod
    def from_cli(cls, name: str) -> PortalFlow:
        for flow, cli in _CLI_NAMES.items():
            if cli == name:
                return flow
        raise ValueError(f"Unknown portal flow {name!r}: use one of {', '.join(CLI_FLOW_NAMES)}.")

    @property
    def stripe_type(self) -> str | None:
        """``flow_data[type]`` for Stripe, or None for a plain session."""
        return None if self is PortalFlow.MANAGE else self.value

    @property
    def needs_subscription(self) -> bool:
        return self in (PortalFlow.CANCEL, PortalFlow.CHANGE_PLAN)


_CLI_NAMES: dict[PortalFlow, str] = {
    PortalFlow.PAYMENT_METHOD_UPDATE: "payment-method",
    PortalFlow.MANAGE: "manage",
    PortalFlow.CANCEL: "cancel",
    PortalFlow.CHANGE_PLAN: "change-plan",
}
CLI_FLOW_NAMES: tuple[str, ...] = tuple(_CLI_NAMES.values())


def flow_data(flow: PortalFlow, subscription_id: str | None) -> dict[str, Any] | None:
    """The ``flow_data`` parameter of ``POST /v1/billing_portal/sessions``."""
    if flow is PortalFlow.MANAGE:
        return None
    if flow is PortalFlow.PAYMENT_METHOD_UPDATE:
        return {"type": flow.value}
    if not subscription_id:
        raise ValueError(f"The {flow.cli_name} flow needs a subscription ID.")
    return {"type": flow.value, flow.value: {"subscription": subscription_id}}


# --- locale ---------------------------------------------------------------

# The values Stripe accepts for a portal session's ``locale`` (besides "auto").
PORTAL_LOCALES: frozenset[str] = frozenset(
    [
        "bg",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "en-AU",
        "en-CA",
        "en-GB",
        "en-IE",
        "en-IN",
        "en-NZ",
        "en-SG",
        "es",
        "es-419",
        "et",
        "fi",
        "fil",
        "fr",
        "fr-CA",
        "hr",
        "hu",
        "id",
        "it",
        "ja",
        "ko",
        "lt",
        "lv",
        "ms",
        "mt",
        "nb",
        "nl",
        "pl",
        "pt",
        "pt-BR",
        "ro",
        "ru",
        "sk",
        "sl",
        "sv",
        "th",
        "tr",
        "vi",
        "zh",
        "zh-HK",
        "zh-TW",
    ]
)
_BY_LOWER = {loc.lower(): loc for loc in PORTAL_LOCALES}
APP_LANGUAGES: tuple[str, ...] = ("nl", "sv", "en")


def _match_locale(tag: str) -> str | None:
    """``tag`` (e.g. "nl-NL", "en_GB", "SV") as a portal locale, or None."""
    norm = tag.strip().replace("_", "-").lower()
    if not norm:
        return None
    if norm in _BY_LOWER:
        return _BY_LOWER[norm]
    language = norm.split("-", 1)[0]
    if language == "no":  # Norwegian is offered as Bokmål
        language = "nb"
    return _BY_LOWER.get(language)


def portal_locale(
    preferred_locales: Iterable[str], app_language: str | None, profile_locale: str | None = None
) -> str:
    """The portal's language: the customer's first preferred locale Stripe supports,
    else the profile's portal locale when one is set (not "auto"), else the app's
    language when it is one of ours (nl, sv, en), else "auto" (Stripe then follows
    the browser)."""
    for tag in preferred_locales:
        matched = _match_locale(tag)
        if matched:
            return matched
    if profile_locale and profile_locale.strip().lower() != "auto":
        matched = _match_locale(profile_locale)
        if matched:
            return matched
    if app_language:
        language = app_language.replace("_", "-").split(".", 1)[0].split("-", 1)[0].lower()
        if language in APP_LANGUAGES:
            return language
    return "auto"


# --- return URL -------------------------------------------------------------


def default_return_url(livemode: bool, subscription_id: str | None, customer_id: str) -> str:
    """Where the browser goes after the portal when the profile sets nothing.

    The portal is opened by a staff member on their own machine, so the safest place
    to come back to is the record they just changed in the Stripe Dashboard, where they
    can check the result. It is not a page of ours that could be missing, and not the
    portal's own host (billing.stripe.com has no page to return to and would loop).
    """
    if subscription_id:
        return dashboard_url("subscription", subscription_id, livemode)
    return dashboard_url("customer", customer_id, livemode)


def choose_return_url(
    profile_return_url: str | None,
    livemode: bool,
    subscription_id: str | None,
    customer_id: str,
    configuration_default: str | None = None,
) -> str:
    """The profile's return URL, else the portal configuration's default return URL,
    else the Dashboard page of the subscription (see ``default_return_url``)."""
    url = (profile_return_url or "").strip() or (configuration_default or "").strip()
    if url:
        if not url.lower().startswith(("https://", "http://")):
            raise ValueError(
                translate(
                    "Portal",
                    "The profile's return URL {url} is not a web address: "
                    "set one starting with https:// in the profile's settings.",
                ).format(url=repr(url))
            )
        return url
    return default_return_url(livemode, subscription_id, customer_id)


# --- configurations ---------------------------------------------------------

# The configuration feature a flow needs (None: any configuration will do).
FLOW_FEATURE: dict[PortalFlow, str | None] = {
    PortalFlow.PAYMENT_METHOD_UPDATE: "payment_method_update",
    PortalFlow.MANAGE: None,
    PortalFlow.CANCEL: "subscription_cancel",
    PortalFlow.CHANGE_PLAN: "subscription_update",
}
FEATURE_LABELS: dict[str, str] = {  # translate("Portal", label) when shown
    "customer_update": mark("Portal", "Update billing details"),
    "invoice_history": mark("Portal", "Invoice history"),
    "payment_method_update": mark("Portal", "Update payment method"),
    "subscription_cancel": mark("Portal", "Cancel subscriptions"),
    "subscription_update": mark("Portal", "Change plan"),
}


@dataclass(frozen=True)
class PortalConfiguration:
    id: str
    name: str | None
    is_default: bool
    active: bool
    livemode: bool
    features: Mapping[str, bool] = field(default_factory=dict)  # feature -> enabled
    login_page_url: str | None = None  # only when login_page.enabled
    default_return_url: str | None = None

    @property
    def label(self) -> str:
        base = self.name or self.id
        return (
            translate("Portal", "{name} (default)").format(name=base) if self.is_default else base
        )

    def enabled_features(self) -> list[str]:
        return [name for name, on in self.features.items() if on]


def _get(obj: Any, key: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key)
    return getattr(obj, key, None)


def parse_configuration(obj: Any) -> PortalConfiguration:
    """A configuration from Stripe's JSON (a dict, or an object with the same fields)."""
    features: dict[str, bool] = {}
    raw_features = _get(obj, "features") or {}
    names = raw_features.keys() if isinstance(raw_features, Mapping) else FEATURE_LABELS
    for name in names:
        value = _get(raw_features, name)
        if value is not None:
            features[str(name)] = bool(_get(value, "enabled"))
    login = _get(obj, "login_page") or {}
    login_url = _get(login, "url") if _get(login, "enabled") else None
    return PortalConfiguration(
        id=str(_get(obj, "id")),
        name=_get(obj, "name") or _get(_get(obj, "metadata") or {}, "name") or None,
        is_default=bool(_get(obj, "is_default")),
        active=bool(_get(obj, "active")),
        livemode=bool(_get(obj, "livemode")),
        features=features,
        login_page_url=str(login_url) if login_url else None,
        default_return_url=_get(obj, "default_return_url") or None,
    )


def choose_configuration(profile_default: str | None, override: str | None) -> str | None:
    """The configuration to send: the per-action override, else the profile's default,
    else None (Stripe then uses the account's default configuration)."""
    return (override or "").strip() or (profile_default or "").strip() or None


def effective_configuration(
    configurations: Sequence[PortalConfiguration], chosen: str | None
) -> PortalConfiguration | None:
    """The configuration Stripe will use: the chosen one, or the account's default."""
    for config in configurations:
        if (chosen and config.id == chosen) or (not chosen and config.is_default):
            return config
    return None


def configuration_problem(
    flow: PortalFlow, config: PortalConfiguration | None, chosen: str | None = None
) -> str | None:
    """Why ``flow`` cannot work with ``config``, in words for the user; None if it can.

    ``config`` None with ``chosen`` set means the chosen ID is not on the account.
    """
    if config is None:
        if chosen:
            return translate(
                "Portal",
                "The portal configuration {id} does not exist on this account. "
                "Choose another one in Portal configurations.",
            ).format(id=chosen)
        return None  # unknown (not listed): let Stripe decide
    if not config.active:
        return translate(
            "Portal",
            "The portal configuration “{name}” is inactive. Activate it in the Stripe "
            "Dashboard (Settings → Billing → Customer portal) or choose another one.",
        ).format(name=config.label)
    feature = FLOW_FEATURE[flow]
    if feature is None or config.features.get(feature, False):
        return None
    label = translate("Portal", FEATURE_LABELS[feature]) if feature in FEATURE_LABELS else feature
    return translate(
        "Portal",
        "“{feature}” is turned off in the portal configuration “{name}”, so Stripe would "
        "refuse this link. Turn it on in the Stripe Dashboard (Settings → Billing → "
        "Customer portal), or choose a configuration that has it.",
    ).format(feature=label, name=config.label)
