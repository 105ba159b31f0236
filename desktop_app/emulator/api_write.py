"""POST/DELETE endpoints: subscription updates and cancellation, portal sessions."""

from __future__ import annotations

import secrets
from typing import Any

from desktop_app.emulator import changes
from desktop_app.emulator.apierror import ApiError
from desktop_app.emulator.call import Call
from desktop_app.emulator.expand import expand
from desktop_app.emulator.listing import retrieve_paths
from desktop_app.emulator.objects import portal as pb
from desktop_app.emulator.params import as_bool, as_dict, as_int, as_str, reject_unknown

Obj = dict[str, Any]

PAUSE_BEHAVIORS = ("keep_as_draft", "mark_uncollectible", "void")
PORTAL_LOCALES = (
    "auto", "bg", "cs", "da", "de", "el", "en", "en-AU", "en-CA", "en-GB", "en-IE", "en-IN",
    "en-NZ", "en-SG", "es", "es-419", "et", "fi", "fil", "fr", "fr-CA", "hr", "hu", "id", "it",
    "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sk", "sl",
    "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW",
)  # fmt: skip
FLOW_TYPES = (
    "payment_method_update", "subscription_cancel", "subscription_update",
    "subscription_update_confirm",
)  # fmt: skip
_UPDATE_PARAMS = {
    "pause_collection", "cancel_at_period_end", "cancel_at", "metadata", "description",
    "default_payment_method", "proration_behavior", "expand", "cancellation_details",
}  # fmt: skip


def update_subscription(call: Call) -> Obj:
    p, mode = call.params, call.mode
    reject_unknown(p, _UPDATE_PARAMS)
    paths = retrieve_paths(p)
    sub = mode.subscriptions.require(call.arg)
    if "pause_collection" in p:
        changes.set_pause_collection(mode, sub["id"], _pause(p["pause_collection"]))
    if "cancel_at_period_end" in p:
        flag = as_bool(p["cancel_at_period_end"], "cancel_at_period_end")
        changes.set_cancel_at_period_end(mode, sub["id"], flag)
    fields: Obj = {}
    if "cancel_at" in p:
        fields["cancel_at"] = as_int(p["cancel_at"], "cancel_at") if p["cancel_at"] else None
        fields["cancel_at_period_end"] = False
    if "metadata" in p:
        fields["metadata"] = _metadata(sub["metadata"], p["metadata"])
    if "description" in p:
        fields["description"] = as_str(p["description"], "description") or None
    if "default_payment_method" in p:
        pm_id = as_str(p["default_payment_method"], "default_payment_method") or None
        if pm_id is not None:
            pm = mode.payment_methods.require(pm_id, "default_payment_method")
            if pm["customer"] != sub["customer"]:
                raise ApiError.invalid(
                    f"The PaymentMethod {pm_id} does not belong to the Customer {sub['customer']}.",
                    param="default_payment_method",
                )
        fields["default_payment_method"] = pm_id
    if fields:
        changes.update_subscription(mode, sub["id"], fields)
    return expand(mode, sub, paths)


def _pause(value: Any) -> Obj | None:
    if value == "":
        return None
    raw = as_dict(value, "pause_collection")
    behavior = raw.get("behavior")
    if not behavior:
        raise ApiError.missing_param("pause_collection[behavior]")
    if behavior not in PAUSE_BEHAVIORS:
        raise ApiError.invalid(
            f"Invalid pause_collection[behavior]: must be one of {', '.join(PAUSE_BEHAVIORS)}",
            param="pause_collection[behavior]",
        )
    unknown = set(raw) - {"behavior", "resumes_at"}
    if unknown:
        name = sorted(unknown)[0]
        raise ApiError.invalid(
            f"Received unknown parameter: pause_collection[{name}]",
            param=f"pause_collection[{name}]",
        )
    resumes = raw.get("resumes_at")
    return {
        "behavior": behavior,
        "resumes_at": as_int(resumes, "pause_collection[resumes_at]") if resumes else None,
    }


def _metadata(current: Obj, value: Any) -> Obj:
    if value == "":
        return {}
    updates = as_dict(value, "metadata")
    merged = dict(current)
    for key, item in updates.items():
        if item == "":
            merged.pop(key, None)
        else:
            merged[key] = as_str(item, f"metadata[{key}]")
    return merged


def cancel_subscription(call: Call) -> Obj:
    reject_unknown(call.params, {"expand", "invoice_now", "prorate", "cancellation_details"})
    sub = changes.cancel_now(call.mode, call.arg)
    return expand(call.mode, sub, retrieve_paths(call.params))


def create_portal_session(call: Call) -> Obj:
    p, mode = call.params, call.mode
    reject_unknown(
        p,
        {"customer", "return_url", "configuration", "locale", "flow_data", "on_behalf_of",
         "expand"},
    )  # fmt: skip
    customer_id = p.get("customer")
    if not customer_id:
        raise ApiError.missing_param("customer")
    customer = mode.customers.require(as_str(customer_id, "customer"), "customer")
    if "configuration" in p:
        config = mode.portal_configurations.require(
            as_str(p["configuration"], "configuration"), "configuration"
        )
    else:
        default = mode.default_configuration()
        if default is None:
            raise ApiError.invalid(
                "You can't create a portal session in test mode until you save your customer "
                "portal settings in test mode at https://dashboard.stripe.com/test/settings/billing/portal."
            )
        config = default
    return_url = as_str(p["return_url"], "return_url") if "return_url" in p else None
    if return_url is not None and not return_url.startswith(("http://", "https://")):
        raise ApiError.invalid("Not a valid URL", param="return_url")
    return_url = return_url or config["default_return_url"]
    locale = as_str(p["locale"], "locale") if "locale" in p else None
    if locale is not None and locale not in PORTAL_LOCALES:
        raise ApiError.invalid(
            f"Invalid locale: must be one of {', '.join(PORTAL_LOCALES)}", param="locale"
        )
    flow_obj = _flow(mode, customer, p["flow_data"]) if "flow_data" in p else None
    if flow_obj is not None and return_url is None:
        raise ApiError.missing_param("return_url")
    secret = secrets.token_urlsafe(24)
    session = pb.session(
        id=mode.new_id("bps"),
        configuration_id=config["id"],
        customer_id=customer["id"],
        created=mode.now(),
        livemode=mode.livemode,
        locale=locale,
        return_url=return_url,
        url=f"{call.base_url}/p/session/{secret}",
        flow_obj=flow_obj,
    )
    mode.portal_sessions[session["id"]] = session
    mode.portal_session_by_secret[secret] = session["id"]
    return expand(mode, session, retrieve_paths(p))


def _flow(mode: Any, customer: Obj, raw: Any) -> Obj:
    data = as_dict(raw, "flow_data")
    kind = data.get("type")
    if not kind:
        raise ApiError.missing_param("flow_data[type]")
    if kind not in FLOW_TYPES:
        raise ApiError.invalid(
            f"Invalid flow_data[type]: must be one of {', '.join(FLOW_TYPES)}",
            param="flow_data[type]",
        )
    if kind != "payment_method_update":
        section = data.get(kind)
        sub_id = section.get("subscription") if isinstance(section, dict) else None
        if not sub_id:
            raise ApiError.missing_param(f"flow_data[{kind}][subscription]")
        sub = mode.subscriptions.get(sub_id)
        if sub is None or sub["customer"] != customer["id"]:
            raise ApiError.invalid(
                f"The subscription {sub_id} does not belong to customer {customer['id']}.",
                param=f"flow_data[{kind}][subscription]",
            )
        if kind == "subscription_cancel" and sub["status"] == "canceled":
            raise ApiError.invalid(
                "You can't create a portal session to cancel a subscription that is already "
                "canceled.",
                param="flow_data[subscription_cancel][subscription]",
            )
    after = data.get("after_completion")
    if isinstance(after, dict) and after.get("type") == "redirect":
        redirect = after.get("redirect")
        if not isinstance(redirect, dict) or not redirect.get("return_url"):
            raise ApiError.missing_param("flow_data[after_completion][redirect][return_url]")
    return pb.flow(data)
