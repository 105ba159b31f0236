"""Check a key before it is saved: does it authenticate, and which features will work?

How permissions are probed, without changing anything in the account:

- A restricted key that lacks a permission gets HTTP 403 naming it
  ("... Having the 'rak_subscription_write' permission would allow this request
  to continue."), and Stripe checks permissions before it looks anything up.
- Reads: each list endpoint the app uses is fetched with ``limit=1``
  (``StripeApi.probe_permissions``). Payment methods have no plain list for the
  whole account, so ``GET /v1/payment_methods/pm_...`` of an ID that cannot exist
  is asked instead: 403 means no permission, 404 means the key may read them.
- Writes: a request that would change something, aimed at an object that does
  not exist. ``POST /v1/subscriptions/sub_...`` (an ID that cannot exist) with
  ``pause_collection``: 403 means no write permission on subscriptions, 404 means
  allowed, and nothing was paused because there is no such subscription.
  ``POST /v1/billing_portal/sessions`` for a customer that does not exist: 403
  means no permission to create portal sessions; "No such customer" (400/404)
  means allowed, and no session was created.

- The account: ``GET /v1/account`` needs Connect's ``rak_connected_account_read``,
  which a billing tool's key is rarely given; without it the key still works
  (``StripeApi.account`` names the account from Stripe's refusal and an invoice),
  and the check lists it as an optional feature.

A secret key (``sk_``) has every permission; it is probed all the same, so the
result always comes from the account itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from desktop_app import permissions as permissions_table
from desktop_app.cli.exit_codes import ExitCode
from desktop_app.errors import (
    AuthenticationFailed,
    BillingManagerError,
    InvalidRequest,
    NotFound,
    PermissionMissing,
)
from desktop_app.secrets import KeyKind, check_key_format, normalize_key
from desktop_app.text import mark, translate

# An ID no account has: probes aimed at it can never change anything.
PROBE_ID_SUFFIX = "billingmanagerprobe0000000000"

CHECK_BUDGET_RPS = 10.0
CHECK_BURST = 12.0  # one check sends about ten requests

READ_PERMISSIONS: tuple[str, ...] = (
    "subscriptions",
    "customers",
    "invoices",
    "products",
    "prices",
    "payment_methods",
    "events",
    "billing_portal_configurations",
)


def _permission_key(resource: str, access: str) -> str:
    return f"{resource}:{access}"


@dataclass(frozen=True)
class Feature:
    id: str
    label: str
    needs: tuple[str, ...]  # "resource:read" / "resource:write"
    required: bool  # without it the account cannot be used at all
    disabled_text: str  # what the user loses without it


FEATURES: tuple[Feature, ...] = (
    Feature(
        "view",
        mark("KeyCheck", "See subscriptions, customers, invoices and cards on file"),
        tuple(
            _permission_key(r, "read")
            for r in (
                "subscriptions",
                "customers",
                "invoices",
                "products",
                "prices",
                "payment_methods",
            )
        ),
        True,
        mark("KeyCheck", "the subscriptions cannot be read"),
    ),
    Feature(
        "quick_refresh",
        mark("KeyCheck", "Quick refresh (fetch only what changed)"),
        (_permission_key("events", "read"),),
        False,
        mark("KeyCheck", "every refresh is a full sync"),
    ),
    Feature(
        "portal",
        mark("KeyCheck", "Open the customer portal"),
        (_permission_key("billing_portal_sessions", "write"),),
        False,
        mark("KeyCheck", "customer portal disabled"),
    ),
    Feature(
        "portal_configurations",
        mark("KeyCheck", "Choose a portal configuration"),
        (_permission_key("billing_portal_configurations", "read"),),
        False,
        mark("KeyCheck", "the account's default portal configuration is used"),
    ),
    Feature(
        "pause_resume",
        mark("KeyCheck", "Pause and resume payment collection, cancel at period end"),
        (_permission_key("subscriptions", "write"),),
        False,
        mark("KeyCheck", "pause and resume disabled"),
    ),
    # GET /v1/account needs Connect's account permission (rak_connected_account_read),
    # which a billing tool's key need not have: the name then comes from an invoice.
    Feature(
        "account",
        mark("KeyCheck", "Read the account's name and settings from Stripe"),
        (_permission_key("account", "read"),),
        False,
        mark("KeyCheck", "the account's name is taken from its invoices"),
    ),
)


def permission_label(permission: str) -> str:
    """'subscriptions:write' -> 'Subscriptions: Write' (as the Dashboard lists it)."""
    return permissions_table.label(permission)


def needed_permissions_text() -> str:
    """The permissions to give a restricted key, one per line, for help texts."""
    reads = ", ".join(
        permissions_table.label(_permission_key(r, "read")).partition(":")[0]
        for r in READ_PERMISSIONS
        if r != "billing_portal_configurations"  # within Customer portal: Write
    )
    read_line = translate("KeyCheck", "Read: {permissions}.").format(permissions=reads)
    write_line = translate(
        "KeyCheck", "Write: {portal}; {subscriptions} only to pause and resume collection."
    ).format(
        portal=permissions_table.RESOURCES["billing_portal_sessions"][1],
        subscriptions=permissions_table.RESOURCES["subscriptions"][1],
    )
    account_line = translate(
        "KeyCheck",
        "Not needed: {accounts} (without it the account's name is taken from its invoices).",
    ).format(accounts=permissions_table.RESOURCES["account"][1])
    return f"{read_line}\n{write_line}\n{account_line}"


class ProbeApi(Protocol):
    """What the check needs from ``desktop_app.stripe_api.StripeApi``."""

    def account(self) -> Any: ...

    def probe_permissions(self) -> dict[str, bool]: ...

    def get(self, path: str, **params: Any) -> dict[str, Any]: ...

    def post(self, path: str, **params: Any) -> dict[str, Any]: ...


class KeyNotUsable(BillingManagerError):
    """The key authenticates but lacks a permission the app cannot work without."""

    exit_code = ExitCode.AUTH

    def __init__(self, message: str, check: KeyCheck) -> None:
        super().__init__(message)
        self.check = check


@dataclass(frozen=True)
class FeatureStatus:
    feature: Feature
    missing: tuple[str, ...]  # permissions the key lacks for it

    @property
    def available(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class KeyCheck:
    """The outcome of checking one key against its account."""

    kind: KeyKind
    account_id: str | None  # None: the key may not read the account, and Stripe named none
    account_name: str | None
    permissions: Mapping[str, bool]  # "resource:read|write" -> allowed
    features: tuple[FeatureStatus, ...]

    @property
    def mode(self) -> str:
        return self.kind.mode

    @property
    def usable(self) -> bool:
        return all(s.available for s in self.features if s.feature.required)

    @property
    def missing_permissions(self) -> list[str]:
        return sorted(p for p, ok in self.permissions.items() if not ok)

    def feature(self, feature_id: str) -> FeatureStatus:
        return next(s for s in self.features if s.feature.id == feature_id)

    @property
    def account_label(self) -> str:
        name = self.account_name or translate("KeyCheck", "(no name)")
        ident = self.account_id or translate("KeyCheck", "ID unknown")
        text = (
            translate("KeyCheck", "{name} ({id}), LIVE mode")
            if self.kind.livemode
            else translate("KeyCheck", "{name} ({id}), test mode")
        )
        return text.format(name=name, id=ident)

    @property
    def summary(self) -> str:
        """One line: "All features available." / "Read only: pause and resume disabled." ..."""
        if not self.usable:
            missing = [p for s in self.features if s.feature.required for p in s.missing]
            names = ", ".join(permission_label(p) for p in missing)
            return translate("KeyCheck", "Not usable: the key lacks {permissions}.").format(
                permissions=names
            )
        lost = [
            translate("KeyCheck", s.feature.disabled_text) for s in self.features if not s.available
        ]
        if not lost:
            return translate("KeyCheck", "All features available.")
        text = "; ".join(lost)
        if not self.feature("pause_resume").available:
            return translate("KeyCheck", "Read only: {limits}.").format(limits=text)
        return translate("KeyCheck", "Limited: {limits}.").format(limits=text)

    def feature_lines(self) -> list[str]:
        lines = []
        for status in self.features:
            label = translate("KeyCheck", status.feature.label)
            if status.available:
                lines.append(f"  {translate('KeyCheck', 'yes')}  {label}")
            else:
                needs = ", ".join(permission_label(p) for p in status.missing)
                lacking = translate("KeyCheck", "{feature} (needs {permissions})").format(
                    feature=label, permissions=needs
                )
                lines.append(f"  {translate('KeyCheck', 'no')}   {lacking}")
        return lines


def _allowed_despite(
    call: Callable[[], object], allowed_errors: tuple[type[Exception], ...]
) -> bool:
    """True when ``call`` is permitted (it succeeds or fails for another reason than 403)."""
    try:
        call()
    except PermissionMissing:
        return False
    except allowed_errors:
        return True
    return True


def probe(api: ProbeApi) -> dict[str, bool]:
    """Every permission the app uses -> whether the key has it. Changes nothing."""
    reads = api.probe_permissions()
    result = {_permission_key(name, "read"): bool(ok) for name, ok in reads.items()}
    missing_id = InvalidRequest, NotFound
    if _permission_key("payment_methods", "read") not in result:
        result[_permission_key("payment_methods", "read")] = _allowed_despite(
            lambda: api.get(f"/v1/payment_methods/pm_{PROBE_ID_SUFFIX}"), missing_id
        )
    result[_permission_key("subscriptions", "write")] = _allowed_despite(
        lambda: api.post(
            f"/v1/subscriptions/sub_{PROBE_ID_SUFFIX}",
            pause_collection={"behavior": "keep_as_draft"},
        ),
        missing_id,
    )
    result[_permission_key("billing_portal_sessions", "write")] = _allowed_despite(
        lambda: api.post(
            "/v1/billing_portal/sessions",
            customer=f"cus_{PROBE_ID_SUFFIX}",
            return_url="https://example.invalid/",
        ),
        missing_id,
    )
    return result


def evaluate(
    permissions: Mapping[str, bool], features: Iterable[Feature] = FEATURES
) -> tuple[FeatureStatus, ...]:
    return tuple(
        FeatureStatus(f, tuple(p for p in f.needs if not permissions.get(p, False)))
        for f in features
    )


def stripe_api_factory(api_base: str | None) -> Callable[[str], ProbeApi]:
    """Build ``StripeApi`` clients for checks: short timeout, one retry, and a budget
    of its own that lets the dozen probe requests go out in one short burst (far
    under Stripe's limits)."""

    def build(key: str) -> ProbeApi:
        from desktop_app.stripe_api import RequestBudget, StripeApi

        budget = RequestBudget(CHECK_BUDGET_RPS, burst=CHECK_BURST)
        return StripeApi(key, api_base, timeout=15.0, max_retries=1, budget=budget)

    return build


def _error_code(exc: BaseException) -> str | None:
    """Stripe's error code behind a translated error ("api_key_expired" for a revoked
    or rolled key): on the error itself if it carries one, else on the SDK error it
    was translated from (kept as the exception's context)."""
    for candidate in (exc, exc.__context__):
        for holder in (candidate, getattr(candidate, "error", None)):  # SDK: .error.code
            code = getattr(holder, "code", None)
            if isinstance(code, str):
                return code
    return None


def _rejected(exc: AuthenticationFailed, stored_for: str | None) -> AuthenticationFailed:
    """A message for the situation: a new key being connected, or a stored one."""
    revoked = _error_code(exc) == "api_key_expired"
    if stored_for is not None:
        why = "was revoked or rolled" if revoked else "is no longer accepted (revoked or rolled?)"
        return AuthenticationFailed(
            f"The stored API key of '{stored_for}' {why}. Create or copy a current key in "
            "the Stripe Dashboard (Developers > API keys) and replace it: Replace key in "
            f"the window, or billing-manager profiles add '{stored_for}' --replace. The "
            "data already synced stays readable."
        )
    if revoked:
        return AuthenticationFailed(
            "Stripe says this key has been revoked or rolled (expired). Copy the current "
            "key from the Stripe Dashboard (Developers > API keys) and try again."
        )
    return AuthenticationFailed(
        "Stripe did not accept this key: it is mistyped, or it was revoked or rolled. Copy "
        "a current key from the Stripe Dashboard (Developers > API keys) and try again."
    )


def check_key(
    key: str, api_factory: Callable[[str], ProbeApi], *, stored_for: str | None = None
) -> KeyCheck:
    """Authenticate ``key`` and probe its permissions.

    ``api_factory(key)`` builds the API client (``StripeApi`` with the profile's API
    base). ``stored_for`` names the profile when re-checking its stored key (the
    messages then lead to replacing it). Raises InvalidApiKey (format),
    AuthenticationFailed (wrong, revoked or rolled key), NetworkUnavailable..., or
    KeyNotUsable when a required permission is missing; otherwise returns the
    KeyCheck, whose ``summary`` tells what works.
    """
    key = normalize_key(key)
    kind = check_key_format(key)
    api = api_factory(key)
    try:
        account = api.account()
    except AuthenticationFailed as exc:
        raise _rejected(exc, stored_for) from None
    permissions = probe(api)
    permissions[_permission_key("account", "read")] = account.refused is None
    check = KeyCheck(
        kind=kind,
        account_id=account.id,
        account_name=account.name,
        permissions=permissions,
        features=evaluate(permissions),
    )
    if not check.usable:
        raise KeyNotUsable(
            f"{check.summary} "
            + translate(
                "KeyCheck",
                "Give the restricted key these permissions in the Stripe Dashboard "
                "(Developers > API keys > edit the key), then try again.",
            ),
            check,
        )
    return check
