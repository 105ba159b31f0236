"""Pages the emulator serves itself: the demo customer portal, its login page and
hosted invoices. Forms change state (writing events) and then offer the return URL."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from desktop_app.emulator import changes
from desktop_app.emulator.apierror import ApiError
from desktop_app.emulator.periods import iso
from desktop_app.emulator.response import Response, html_response
from desktop_app.emulator.state import ModeData

if TYPE_CHECKING:
    from desktop_app.emulator.emulator import Emulator

Obj = dict[str, Any]
_SESSION = re.compile(r"^/p/session/([A-Za-z0-9_-]+)(?:/(payment_method|cancel|renew))?$")
_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;color:#1a1f36}"
    "section{border:1px solid #e3e8ee;border-radius:8px;padding:1rem;margin:1rem 0}"
    "button{padding:.4rem .8rem}.note{color:#697386}"
)


def handle(emu: Emulator, method: str, path: str, query: str, body: str) -> Response:
    match = _SESSION.match(path)
    if match:
        found = _session(emu, match.group(1))
        if found is None:
            return _page(404, "Session expired", "<p>This portal link is no longer valid.</p>")
        mode, session = found
        action = match.group(2)
        if action is None and method == "GET":
            return _portal(mode, session, match.group(1), None)
        if action is not None and method == "POST":
            form = {k: v[0] for k, v in parse_qs(body).items()}
            message = _act(mode, session, action, form)
            return _portal(mode, session, match.group(1), message)
        return _page(405, "Not allowed", "<p>Use the page's buttons.</p>")
    if path.startswith("/p/login/"):
        return _page(
            200,
            "Sign in to the customer portal",
            "<p>Enter the e-mail address of your account; we send you a sign-in link.</p>"
            '<form><input type="email" name="email"> <button disabled>Send link</button></form>'
            '<p class="note">Demo portal of the Stripe emulator.</p>',
        )
    if path.startswith("/i/"):
        return _invoice_page(emu, path)
    return _page(404, "Not found", "<p>Nothing here.</p>")


def _session(emu: Emulator, secret: str) -> tuple[ModeData, Obj] | None:
    for mode in (emu.state, emu.live_state):
        session_id = mode.portal_session_by_secret.get(secret)
        if session_id is not None:
            return mode, mode.portal_sessions[session_id]
    return None


def _act(mode: ModeData, session: Obj, action: str, form: dict[str, str]) -> str:
    customer_id = session["customer"]
    if action == "payment_method":
        pm = changes.attach_card(mode, customer_id, form.get("card", "").replace(" ", ""))
        return f"Your card ending in {pm['card']['last4']} is now your default payment method."
    sub_id = form.get("subscription", "")
    sub = mode.subscriptions.get(sub_id)
    if sub is None or sub["customer"] != customer_id:
        raise ApiError.invalid("That subscription is not yours.", param="subscription")
    if action == "cancel":
        changes.set_cancel_at_period_end(mode, sub_id, True)
        return f"Your subscription will end on {iso(sub['cancel_at'])}."
    changes.set_cancel_at_period_end(mode, sub_id, False)
    return "Your subscription has been renewed and will continue."


def _portal(mode: ModeData, session: Obj, secret: str, message: str | None) -> Response:
    customer = mode.customers[session["customer"]]
    e = html.escape
    parts = [
        f"<p>Signed in as <b>{e(customer['name'] or '')}</b> ({e(customer['email'] or '')})</p>"
    ]
    if message:
        parts.append(f'<p class="done" id="message">{e(message)}</p>')
    if session["return_url"]:
        parts.append(
            f'<p><a id="return" href="{e(session["return_url"])}">Return to the site</a></p>'
        )
    parts.append(_card_section(mode, customer, secret))
    for sub in mode.customer_subscriptions(customer["id"]):
        parts.append(_subscription_section(mode, sub, secret))
    return _page(200, "Customer portal (demo)", "".join(parts))


def _card_section(mode: ModeData, customer: Obj, secret: str) -> str:
    pm_id = customer["invoice_settings"]["default_payment_method"]
    pm = mode.payment_methods.get(pm_id) if pm_id else None
    if pm is None and customer.get("default_source"):  # an old account's card source
        pm = {"type": "card", "card": mode.sources.get(customer["default_source"], {})}
    details = (pm or {}).get((pm or {}).get("type") or "card") or {}
    if pm is None:
        card = "No card on file"
    elif pm["type"] == "card":
        card = (
            f"{str(details.get('brand')).title()} ending in {details.get('last4')}, expires "
            f"{details.get('exp_month', 0):02d}/{details.get('exp_year')}"
        )
    else:
        shown = details.get("last4") or details.get("email") or ""
        card = f"{pm['type'].replace('_', ' ').title()} {shown}".strip()
    options = "".join(
        f'<option value="{number}">{brand.title()} •••• {last4}</option>'
        for number, (brand, last4, _) in changes.TEST_CARDS.items()
    )
    return (
        f'<section><h2>Payment method</h2><p id="card">{html.escape(card)}</p>'
        f'<form method="post" action="/p/session/{secret}/payment_method">'
        f'<label>Replace with test card <select name="card">{options}</select></label> '
        '<button type="submit">Update card</button></form></section>'
    )


def _subscription_section(mode: ModeData, sub: Obj, secret: str) -> str:
    e = html.escape
    names = []
    for item in sub["items"]["data"]:
        product = mode.products.get(item["price"]["product"])
        names.append(product["name"] if product else item["price"]["id"])
    end = max(i["current_period_end"] for i in sub["items"]["data"])
    lines = [f"<h2>{e(' + '.join(names))}</h2>", f"<p>Status: {e(sub['status'])}</p>"]
    form = f'<form method="post" action="/p/session/{secret}/{{action}}">' + (
        f'<input type="hidden" name="subscription" value="{e(sub["id"])}">'
        '<button type="submit">{label}</button></form>'
    )
    if sub["status"] in ("canceled", "incomplete_expired"):
        lines.append("<p>This subscription has ended.</p>")
    elif sub["cancel_at_period_end"]:
        lines.append(f"<p>Cancels on {iso(sub['cancel_at'] or end)}.</p>")
        lines.append(form.format(action="renew", label="Renew subscription"))
    else:
        lines.append(f"<p>Renews on {iso(end)}.</p>")
        lines.append(form.format(action="cancel", label="Cancel at period end"))
    return f'<section id="{e(sub["id"])}">{"".join(lines)}</section>'


def _invoice_page(emu: Emulator, path: str) -> Response:
    parts = path.split("/")
    secret = parts[2] if len(parts) > 2 else ""
    for mode in (emu.state, emu.live_state):
        invoice = mode.invoices.get(mode, f"in_{secret}")
        if invoice is None:
            continue
        if path.endswith("/pdf"):
            return Response(200, _pdf(invoice), content_type="application/pdf")
        e = html.escape
        rows = "".join(
            f"<tr><td>{e(line['description'])}</td><td>{line['amount']}</td></tr>"
            for line in invoice["lines"]["data"]
        )
        return _page(
            200,
            f"Invoice {e(invoice['number'] or invoice['id'])}",
            f"<p>Status: {e(invoice['status'])}. Total {invoice['total']} "
            f"{e(invoice['currency'].upper())} (smallest unit).</p><table>{rows}</table>",
        )
    return _page(404, "Not found", "<p>No such invoice.</p>")


def _pdf(invoice: Obj) -> bytes:
    text = f"Invoice {invoice['number'] or invoice['id']} total {invoice['total']}"
    text = text.encode("ascii", "replace").decode()
    stream = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode()


def error_page(error: ApiError) -> Response:
    return _page(error.status, "Something went wrong", f"<p>{html.escape(error.message)}</p>")


def _page(status: int, title: str, body: str) -> Response:
    return html_response(
        status,
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f"</title><style>{_STYLE}</style></head><body><h1>{html.escape(title)}</h1>{body}"
        "</body></html>",
    )
