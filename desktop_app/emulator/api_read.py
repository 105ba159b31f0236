"""GET endpoints: retrieve and list with Stripe's list semantics."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.emulator.apierror import ApiError
from desktop_app.emulator.call import Call
from desktop_app.emulator.expand import expand
from desktop_app.emulator.index import ObjectIndex, Page, paginate, paginate_list, paginate_stream
from desktop_app.emulator.listing import (
    LIST_PARAMS,
    created_range,
    in_range,
    list_args,
    list_object,
    retrieve_paths,
)
from desktop_app.emulator.params import as_bool, as_list, as_str, reject_unknown

Obj = dict[str, Any]

SUBSCRIPTION_STATUSES = (
    "active", "past_due", "unpaid", "canceled", "incomplete", "incomplete_expired",
    "trialing", "paused", "all", "ended",
)  # fmt: skip


def _retrieve(call: Call, index: ObjectIndex) -> Obj:
    reject_unknown(call.params, {"expand"})
    obj = index.require(call.arg)
    return expand(call.mode, obj, retrieve_paths(call.params))


def _list_small(call: Call, objects: list[Obj], url: str, kind: str, extra: set[str]) -> Obj:
    reject_unknown(call.params, LIST_PARAMS | extra | {"created"})
    args = list_args(call.params)
    bounds = created_range(call.params)
    if bounds:
        objects = [o for o in objects if in_range(o["created"], bounds)]
    page = paginate_list(
        objects,
        limit=args.limit,
        starting_after=args.starting_after,
        ending_before=args.ending_before,
        kind=kind,
    )
    return list_object(call.mode, page, url, args.expand)


def account(call: Call) -> Obj:
    return call.mode.account


def retrieve_product(call: Call) -> Obj:
    return _retrieve(call, call.mode.products)


def list_products(call: Call) -> Obj:
    objects = list(call.mode.products.newest_first())
    if "active" in call.params:
        active = as_bool(call.params["active"], "active")
        objects = [o for o in objects if o["active"] == active]
    return _list_small(call, objects, "/v1/products", "product", {"active", "ids"})


def retrieve_price(call: Call) -> Obj:
    return _retrieve(call, call.mode.prices)


def list_prices(call: Call) -> Obj:
    objects = list(call.mode.prices.newest_first())
    p = call.params
    for field in ("product", "currency", "type"):
        if field in p:
            value = as_str(p[field], field)
            objects = [o for o in objects if o[field] == value]
    if "active" in p:
        active = as_bool(p["active"], "active")
        objects = [o for o in objects if o["active"] == active]
    extra = {"product", "currency", "type", "active", "lookup_keys", "recurring"}
    return _list_small(call, objects, "/v1/prices", "price", extra)


def retrieve_customer(call: Call) -> Obj:
    return _retrieve(call, call.mode.customers)


def list_customers(call: Call) -> Obj:
    p = call.params
    reject_unknown(p, LIST_PARAMS | {"created", "email", "test_clock"})
    args = list_args(p)
    email = as_str(p["email"], "email") if "email" in p else None
    page = paginate(
        call.mode.customers,
        limit=args.limit,
        starting_after=args.starting_after,
        ending_before=args.ending_before,
        created=created_range(p),
        predicate=(lambda o: o["email"] == email) if email is not None else None,
    )
    return list_object(call.mode, page, "/v1/customers", args.expand)


def list_customer_tax_ids(call: Call) -> Obj:
    call.mode.customers.require(call.arg, "customer")
    objects = sorted(call.mode.tax_ids.get(call.arg, []), key=lambda o: -o["created"])
    return _list_small(call, objects, f"/v1/customers/{call.arg}/tax_ids", "tax_id", set())


def list_customer_payment_methods(call: Call) -> Obj:
    call.mode.customers.require(call.arg, "customer")
    return _payment_methods_of(call, call.arg, f"/v1/customers/{call.arg}/payment_methods")


def list_payment_methods(call: Call) -> Obj:
    customer = call.params.get("customer")
    if not customer:
        raise ApiError.missing_param("customer")
    call.mode.customers.require(as_str(customer, "customer"), "customer")
    return _payment_methods_of(call, customer, "/v1/payment_methods")


def _payment_methods_of(call: Call, customer_id: str, url: str) -> Obj:
    mode = call.mode
    ids = mode.payment_methods_by_customer.get(customer_id, [])
    objects = sorted((mode.payment_methods[i] for i in ids), key=lambda o: -o["created"])
    if "type" in call.params:
        kind = as_str(call.params["type"], "type")
        objects = [o for o in objects if o["type"] == kind]
    return _list_small(
        call, objects, url, "payment_method", {"customer", "type", "allow_redisplay"}
    )


def retrieve_customer_source(call: Call) -> Obj:
    """``GET /v1/customers/{customer}/sources/{id}``: a legacy source of the customer
    (docs.stripe.com/api/sources/retrieve; cards saved before payment methods)."""
    reject_unknown(call.params, {"expand"})
    customer_id, source_id = call.path_args
    call.mode.customers.require(customer_id, "customer")
    source = call.mode.sources.get(source_id)
    if source is None or source.get("customer") != customer_id:
        raise ApiError.not_found("source", source_id)
    return expand(call.mode, source, retrieve_paths(call.params))


def retrieve_payment_method(call: Call) -> Obj:
    return _retrieve(call, call.mode.payment_methods)


def retrieve_subscription(call: Call) -> Obj:
    return _retrieve(call, call.mode.subscriptions)


def _status_predicate(status: str) -> Any:
    if status == "all":
        return None
    if status == "ended":
        return lambda o: o["status"] in ("canceled", "incomplete_expired")
    return lambda o: o["status"] == status


def list_subscriptions(call: Call) -> Obj:
    p = call.params
    allowed = {"status", "created", "customer", "price", "collection_method", "test_clock"}
    reject_unknown(p, LIST_PARAMS | allowed | {"current_period_end", "current_period_start"})
    args = list_args(p)
    status = as_str(p.get("status", ""), "status") or None
    if status is not None and status not in SUBSCRIPTION_STATUSES:
        raise ApiError.invalid(
            f"Invalid status: must be one of {', '.join(SUBSCRIPTION_STATUSES)}", param="status"
        )
    base = (lambda o: o["status"] != "canceled") if status is None else _status_predicate(status)
    predicates = [base] if base is not None else []
    if "price" in p:
        price = as_str(p["price"], "price")
        predicates.append(lambda o: any(i["price"]["id"] == price for i in o["items"]["data"]))
    if "collection_method" in p:
        method = as_str(p["collection_method"], "collection_method")
        predicates.append(lambda o: o["collection_method"] == method)
    bounds = created_range(p)
    mode = call.mode
    if "customer" in p:
        customer = as_str(p["customer"], "customer")
        objects = sorted(mode.customer_subscriptions(customer), key=lambda o: -o["created"])
        objects = [o for o in objects if in_range(o["created"], bounds)]
        objects = [o for o in objects if all(pred(o) for pred in predicates)]
        page: Page = paginate_list(
            objects,
            limit=args.limit,
            starting_after=args.starting_after,
            ending_before=args.ending_before,
            kind="subscription",
        )
    else:
        page = paginate(
            mode.subscriptions,
            limit=args.limit,
            starting_after=args.starting_after,
            ending_before=args.ending_before,
            created=bounds,
            predicate=_all(predicates),
        )
    return list_object(mode, page, "/v1/subscriptions", args.expand)


def _all(predicates: list[Any]) -> Any:
    if not predicates:
        return None
    if len(predicates) == 1:
        return predicates[0]
    return lambda o: all(pred(o) for pred in predicates)


def list_subscription_items(call: Call) -> Obj:
    sub_id = call.params.get("subscription")
    if not sub_id:
        raise ApiError.missing_param("subscription")
    sub = call.mode.subscriptions.require(as_str(sub_id, "subscription"), "subscription")
    objects = list(reversed(sub["items"]["data"]))
    return _list_small(
        call, objects, "/v1/subscription_items", "subscription_item", {"subscription"}
    )


def retrieve_invoice(call: Call) -> Obj:
    reject_unknown(call.params, {"expand"})
    found = call.mode.invoices.get(call.mode, call.arg)
    if found is None:
        raise ApiError.not_found("invoice", call.arg)
    return expand(call.mode, found, retrieve_paths(call.params))


def list_invoices(call: Call) -> Obj:
    p, mode = call.params, call.mode
    allowed = {"customer", "status", "subscription", "collection_method", "due_date"}
    reject_unknown(p, LIST_PARAMS | allowed | {"created"})
    objects: Iterable[Obj]
    if "subscription" in p:
        sub_id = as_str(p["subscription"], "subscription")
        mode.subscriptions.require(sub_id, "subscription")
        objects = mode.invoices.for_subscription(mode, sub_id)
    elif "customer" in p:
        customer = as_str(p["customer"], "customer")
        mode.customers.require(customer, "customer")
        objects = mode.invoices.for_customer(mode, customer)
    else:  # built as the page needs them: the whole account's would take a minute at 100k
        objects = mode.invoices.newest_first(mode)
    if "customer" in p:
        objects = (o for o in objects if o["customer"] == p["customer"])
    if "status" in p:
        status = as_str(p["status"], "status")
        if status not in ("draft", "open", "paid", "uncollectible", "void"):
            raise ApiError.invalid(
                "Invalid status: must be one of draft, open, paid, uncollectible, or void",
                param="status",
            )
        objects = (o for o in objects if o["status"] == status)
    args = list_args(p)
    bounds = created_range(p)
    if bounds:
        objects = (o for o in objects if in_range(o["created"], bounds))
    page = paginate_stream(
        iter(objects),
        limit=args.limit,
        starting_after=args.starting_after,
        ending_before=args.ending_before,
        kind="invoice",
    )
    return list_object(mode, page, "/v1/invoices", args.expand)


def retrieve_event(call: Call) -> Obj:
    return _retrieve(call, call.mode.events)


def list_events(call: Call) -> Obj:
    p = call.params
    reject_unknown(p, LIST_PARAMS | {"created", "type", "types", "delivery_success"})
    args = list_args(p)
    if "type" in p and "types" in p:
        raise ApiError.invalid(
            "You may only specify one of these parameters: type, types.", param="types"
        )
    predicate = None
    if "type" in p:
        pattern = as_str(p["type"], "type")
        if pattern.endswith("*"):
            prefix = pattern[:-1]
            predicate = lambda o: o["type"].startswith(prefix)  # noqa: E731
        else:
            predicate = lambda o: o["type"] == pattern  # noqa: E731
    elif "types" in p:
        types = set(as_list(p["types"], "types"))
        if len(types) > 20:
            raise ApiError.invalid("You may specify at most 20 types.", param="types")
        predicate = lambda o: o["type"] in types  # noqa: E731
    page = paginate(
        call.mode.events,
        limit=args.limit,
        starting_after=args.starting_after,
        ending_before=args.ending_before,
        created=created_range(p),
        predicate=predicate,
    )
    return list_object(call.mode, page, "/v1/events", args.expand)


def retrieve_portal_configuration(call: Call) -> Obj:
    return _retrieve(call, call.mode.portal_configurations)


def list_portal_configurations(call: Call) -> Obj:
    p = call.params
    objects = list(call.mode.portal_configurations.newest_first())
    for field in ("active", "is_default"):
        if field in p:
            wanted = as_bool(p[field], field)
            objects = [o for o in objects if o[field] == wanted]
    return _list_small(
        call, objects, "/v1/billing_portal/configurations", "billing_portal.configuration",
        {"active", "is_default"},
    )  # fmt: skip
