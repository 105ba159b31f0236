"""The key check against the emulator: each missing permission is found, nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desktop_app.errors import AuthenticationFailed
from desktop_app.key_check import KeyNotUsable, check_key, stripe_api_factory
from tests.accounts.conftest import without


def _check(emulator: Any, key: str, **kwargs: Any) -> Any:
    return check_key(key, stripe_api_factory(emulator.base_url), **kwargs)


@pytest.mark.parametrize(
    ("permissions", "feature", "summary"),
    [
        (
            without("rak_subscription_write") | {"rak_subscription_read"},
            "pause_resume",
            "Read only: pause and resume disabled.",
        ),
        (
            # Read on the portal: its configurations, but no sessions.
            without("rak_customer_portal_write") | {"rak_customer_portal_read"},
            "portal",
            "Limited: customer portal disabled.",
        ),
        (without("rak_event_read"), "quick_refresh", "Limited: every refresh is a full sync."),
        (
            without("rak_connected_account_read"),
            "account",
            "Limited: the account's name is taken from its invoices.",
        ),
    ],
)
def test_a_missing_optional_permission_disables_its_feature_only(
    emulator: Any,
    restricted_key: Callable[..., str],
    permissions: frozenset[str],
    feature: str,
    summary: str,
) -> None:
    check = _check(emulator, restricted_key(permissions))
    assert check.usable
    assert check.summary == summary
    assert [s.feature.id for s in check.features if not s.available] == [feature]


@pytest.mark.parametrize(
    ("permission", "resource"),
    [
        ("rak_customer_read", "customers"),
        ("rak_invoice_read", "invoices"),
        ("rak_product_read", "products"),
        ("rak_plan_read", "prices"),
        ("rak_payment_method_read", "payment_methods"),
    ],
)
def test_a_missing_required_read_makes_the_key_unusable(
    emulator: Any, restricted_key: Callable[..., str], permission: str, resource: str
) -> None:
    with pytest.raises(KeyNotUsable) as caught:
        _check(emulator, restricted_key(without(permission)))
    missing = caught.value.check.missing_permissions
    assert [p for p in missing if p.endswith(":read")] == [f"{resource}:read"]
    assert "Not usable: the key lacks" in str(caught.value)


def test_without_subscriptions_the_key_is_unusable(
    emulator: Any, restricted_key: Callable[..., str]
) -> None:
    with pytest.raises(KeyNotUsable) as caught:
        _check(emulator, restricted_key(without("rak_subscription_write")))
    missing = caught.value.check.missing_permissions
    assert missing == ["subscriptions:read", "subscriptions:write"]


def test_secret_key_has_everything_and_the_probes_change_nothing(emulator: Any) -> None:
    emulator.clear_request_log()
    check = _check(emulator, emulator.api_key)
    assert check.summary == "All features available."
    assert not check.kind.restricted
    assert check.account_id.startswith("acct_")
    writes = [r for r in emulator.request_log if r.method == "POST"]
    assert len(writes) == 2
    assert all(r.status in (400, 404) for r in writes), writes


def test_live_key_is_reported_as_live(emulator: Any, restricted_key: Callable[..., str]) -> None:
    check = _check(emulator, restricted_key(livemode=True))
    assert check.kind.livemode
    assert check.account_label.endswith("LIVE mode")


def test_rejected_keys_explain_themselves(
    emulator: Any, restricted_key: Callable[..., str]
) -> None:
    with pytest.raises(AuthenticationFailed, match=r"^Stripe did not accept this key"):
        _check(emulator, "sk_test_FAKEunknown0123456789")
    revoked = restricted_key()
    emulator.revoke_key(revoked)
    with pytest.raises(AuthenticationFailed, match=r"^Stripe says this key has been revoked"):
        _check(emulator, revoked)
    with pytest.raises(AuthenticationFailed, match="stored API key of 'Acme' was revoked"):
        _check(emulator, revoked, stored_for="Acme")
