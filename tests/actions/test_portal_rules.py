"""Portal decisions without network: flows, locale, return URL, configurations."""

from __future__ import annotations

import pytest

from desktop_app.dashboard import dashboard_url
from desktop_app.portal import (
    CLI_FLOW_NAMES,
    PortalFlow,
    choose_configuration,
    choose_return_url,
    configuration_problem,
    effective_configuration,
    flow_data,
    parse_configuration,
    portal_locale,
)


def test_flow_data_per_flow() -> None:
    assert flow_data(PortalFlow.MANAGE, "sub_1") is None
    assert flow_data(PortalFlow.PAYMENT_METHOD_UPDATE, "sub_1") == {"type": "payment_method_update"}
    assert flow_data(PortalFlow.CANCEL, "sub_1") == {
        "type": "subscription_cancel",
        "subscription_cancel": {"subscription": "sub_1"},
    }
    assert flow_data(PortalFlow.CHANGE_PLAN, "sub_2") == {
        "type": "subscription_update",
        "subscription_update": {"subscription": "sub_2"},
    }
    with pytest.raises(ValueError, match="needs a subscription"):
        flow_data(PortalFlow.CANCEL, None)


def test_cli_names_round_trip() -> None:
    assert CLI_FLOW_NAMES == ("payment-method", "manage", "cancel", "change-plan")
    for name in CLI_FLOW_NAMES:
        assert PortalFlow.from_cli(name).cli_name == name
    with pytest.raises(ValueError, match="payment-method"):
        PortalFlow.from_cli("pause")


@pytest.mark.parametrize(
    ("preferred", "app", "expected"),
    [
        (["nl-NL", "en"], "sv", "nl"),  # the customer's first match wins
        (["xx", "sv-SE"], "nl", "sv"),  # unsupported tags are skipped
        (["en-GB"], None, "en-GB"),  # an exact regional locale Stripe has
        (["pt_br"], None, "pt-BR"),  # underscores and case tolerated
        (["no"], None, "nb"),
        ([], "nl_NL", "nl"),  # else the app's language
        ([], "sv", "sv"),
        (["xx-YY"], "en-US", "en"),
        ([], "de", "auto"),  # not one of the app's languages
        ([], None, "auto"),
        ([""], None, "auto"),
    ],
)
def test_portal_locale(preferred: list[str], app: str | None, expected: str) -> None:
    assert portal_locale(preferred, app) == expected


def test_dashboard_links_use_test_path_for_test_mode() -> None:
    assert dashboard_url("subscription", "sub_1", livemode=True) == (
        "https://dashboard.stripe.com/subscriptions/sub_1"
    )
    assert dashboard_url("customer", "cus_1", livemode=False) == (
        "https://dashboard.stripe.com/test/customers/cus_1"
    )
    assert dashboard_url("invoice", "in_1", livemode=False) == (
        "https://dashboard.stripe.com/test/invoices/in_1"
    )
    with pytest.raises(ValueError, match="needs an ID"):
        dashboard_url("invoice", "", livemode=False)


def test_return_url_profile_then_configuration_then_dashboard() -> None:
    assert choose_return_url("https://example.nl/account", False, "sub_1", "cus_1") == (
        "https://example.nl/account"
    )
    assert (
        choose_return_url(None, False, "sub_1", "cus_1", configuration_default="https://x.se/")
        == "https://x.se/"
    )
    assert choose_return_url(None, False, "sub_1", "cus_1") == (
        "https://dashboard.stripe.com/test/subscriptions/sub_1"
    )
    assert choose_return_url("  ", True, None, "cus_1") == (
        "https://dashboard.stripe.com/customers/cus_1"
    )
    with pytest.raises(ValueError, match="https://"):
        choose_return_url("javascript:alert(1)", True, "sub_1", "cus_1")


def _config(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "bpc_1",
        "object": "billing_portal.configuration",
        "active": True,
        "is_default": True,
        "livemode": False,
        "name": None,
        "metadata": {},
        "default_return_url": None,
        "features": {
            "customer_update": {"enabled": True, "allowed_updates": ["email"]},
            "invoice_history": {"enabled": True},
            "payment_method_update": {"enabled": True},
            "subscription_cancel": {"enabled": False, "mode": "at_period_end"},
            "subscription_update": {"enabled": True, "default_allowed_updates": ["price"]},
        },
        "login_page": {"enabled": False, "url": None},
    }
    base.update(overrides)
    return base


def test_parse_configuration_from_stripe_fixture(
    stripe_fixtures: dict[str, dict[str, object]],
) -> None:
    config = parse_configuration(stripe_fixtures["billing_portal.configuration"])
    assert config.id.startswith("bpc_")
    assert config.is_default
    assert config.features["invoice_history"] is True
    assert config.features["subscription_cancel"] is False
    assert config.login_page_url is None


def test_login_link_only_when_enabled() -> None:
    on = parse_configuration(
        _config(login_page={"enabled": True, "url": "https://billing.stripe.com/p/login/abc"})
    )
    assert on.login_page_url == "https://billing.stripe.com/p/login/abc"
    off = parse_configuration(_config(login_page={"enabled": False, "url": "https://x/p/login/a"}))
    assert off.login_page_url is None


def test_configuration_choice_and_feature_checks() -> None:
    default = parse_configuration(_config())
    other = parse_configuration(
        _config(id="bpc_2", is_default=False, name="Retention", active=False)
    )
    configs = [default, other]
    assert choose_configuration("bpc_2", None) == "bpc_2"
    assert choose_configuration("bpc_2", "bpc_1") == "bpc_1"
    assert choose_configuration(None, " ") is None
    assert effective_configuration(configs, None) is default
    assert effective_configuration(configs, "bpc_2") is other
    assert effective_configuration(configs, "bpc_9") is None

    assert configuration_problem(PortalFlow.PAYMENT_METHOD_UPDATE, default) is None
    assert configuration_problem(PortalFlow.MANAGE, default) is None
    problem = configuration_problem(PortalFlow.CANCEL, default)
    assert problem is not None
    assert "Cancel subscriptions" in problem
    assert "turned off" in problem
    inactive = configuration_problem(PortalFlow.MANAGE, other)
    assert inactive is not None
    assert "inactive" in inactive
    assert "Retention" in inactive
    missing = configuration_problem(PortalFlow.MANAGE, None, "bpc_9")
    assert missing is not None
    assert "bpc_9" in missing
