"""From probed permissions to what the user reads: which features work, and the summary."""

from __future__ import annotations

import pytest

from desktop_app.key_check import FEATURES, KeyCheck, evaluate, needed_permissions_text
from desktop_app.secrets import KeyKind

ALL = sorted({p for f in FEATURES for p in f.needs})


def _check(denied: set[str], mode: str = "test") -> KeyCheck:
    permissions = {p: p not in denied for p in ALL}
    return KeyCheck(
        kind=KeyKind(mode=mode, restricted=True),  # type: ignore[arg-type]
        account_id="acct_1FAKE",
        account_name="Acme Ltd",
        permissions=permissions,
        features=evaluate(permissions),
    )


def test_everything_allowed() -> None:
    check = _check(set())
    assert check.usable
    assert check.summary == "All features available."
    assert check.missing_permissions == []
    assert all(line.startswith("  yes") for line in check.feature_lines())


def test_without_subscription_write_it_is_read_only() -> None:
    check = _check({"subscriptions:write"})
    assert check.usable
    assert check.summary == "Read only: pause and resume disabled."
    assert not check.feature("pause_resume").available
    assert check.feature("pause_resume").missing == ("subscriptions:write",)
    expected = (
        "  no   Pause and resume payment collection, cancel at period end "
        "(needs Subscriptions: Write)"
    )
    assert expected in check.feature_lines()


def test_several_optional_features_missing_are_all_named() -> None:
    check = _check({"subscriptions:write", "billing_portal_sessions:write", "events:read"})
    assert check.usable
    assert check.summary.startswith("Read only: ")
    for text in ("pause and resume disabled", "customer portal disabled", "full sync"):
        assert text in check.summary


def test_portal_missing_but_writes_allowed_is_limited() -> None:
    check = _check({"billing_portal_sessions:write"})
    assert check.summary == "Limited: customer portal disabled."


@pytest.mark.parametrize("permission", ["subscriptions:read", "customers:read", "prices:read"])
def test_a_required_read_missing_makes_the_key_unusable(permission: str) -> None:
    check = _check({permission})
    assert not check.usable
    assert check.summary.startswith("Not usable: the key lacks ")
    resource = permission.split(":")[0]
    assert resource.capitalize() in check.summary


def test_account_label_says_live_loudly() -> None:
    assert _check(set(), mode="live").account_label == "Acme Ltd (acct_1FAKE), LIVE mode"
    assert _check(set()).account_label == "Acme Ltd (acct_1FAKE), test mode"


def test_permissions_text_lists_every_needed_permission() -> None:
    text = needed_permissions_text()
    for name in ("Subscriptions", "Customers", "Invoices", "Products", "Prices", "Events"):
        assert name in text
    assert "PaymentMethods" in text
    # One Dashboard resource, "Customer portal", covers both configurations and
    # sessions (rak_customer_portal_read/_write: docs.stripe.com/stripe-apps/reference/
    # permissions); the account itself is Connect's (rak_connected_account_read).
    assert "Write: Customer portal; Subscriptions only to pause and resume" in text
    assert "Not needed: Connect: Accounts" in text
