"""Bad input, one case each: a clear message, nothing sent or written that should not
be, nothing lost. Keys, modes, API bases, odd Stripe data, names, export paths."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.cli.main import main as cli_main
from desktop_app.domain import DisplayStatus
from desktop_app.emulator import Emulator
from desktop_app.export import write_csv
from desktop_app.paths import data_dir
from desktop_app.store import Store, SubscriptionFilter
from desktop_app.sync import run_sync
from desktop_app.sync.collect import Collected
from desktop_app.sync.incremental import apply_objects, latest_objects
from tests.reliability.conftest import all_rows, make_api

pytestmark = pytest.mark.bad_input


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli_main(list(argv))
    return code, capsys.readouterr().err


# -- keys -------------------------------------------------------------------------------

MALFORMED_KEYS = {
    "not-a-key": ("hello-world", "not a Stripe API key"),
    "publishable": ("pk_test_FAKE1234567890abcdefghij", "publishable key"),
    "space-inside": ("sk_test_FAKE1234 567890abcdefghij", "spaces or line breaks"),
    "header-injection": ("sk_test_FAKE123\r\nX-Evil: 1", "spaces or line breaks"),
    "cut-off": ("sk_test_FAKE", "too short"),
    "unknown-prefix": ("ak_test_FAKE1234567890abcdefghij", "not a Stripe API key"),
}


@pytest.mark.parametrize("case", list(MALFORMED_KEYS))
def test_a_malformed_key_is_refused_before_any_request(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
) -> None:
    key, says = MALFORMED_KEYS[case]
    monkeypatch.setenv("STRIPE_API_KEY", key)
    emu.clear_request_log()
    code, err = run_cli(capsys, "sync", "--api-base", emu.base_url)
    assert code == ExitCode.USAGE
    assert says in err
    assert "FAKE" not in err  # the message never repeats the key
    assert emu.request_log == []  # it never left the computer
    assert not (data_dir() / "cache").exists()


@pytest.fixture
def keyring_ready() -> Iterator[None]:
    from tests.accounts.keyring_helpers import delete_app_items, in_private_secret_service

    if not in_private_secret_service():
        pytest.skip("needs the private Secret Service of scripts/test.sh")
    delete_app_items()
    yield
    delete_app_items()


def test_a_live_key_is_refused_for_a_test_profile(emu: Emulator, keyring_ready: None) -> None:
    from desktop_app.accounts import AccountMismatch, Accounts
    from desktop_app.profiles import Profile, ProfileStore
    from desktop_app.secrets import KeyStore

    accounts = Accounts()
    accounts.connect(Profile("Acme", "test", api_base=emu.base_url), emu.api_key)
    with pytest.raises(AccountMismatch, match="live-mode key"):
        accounts.connect(
            Profile("Acme", "test", api_base=emu.base_url), emu.live_api_key, replace=True
        )
    assert KeyStore().get_key("Acme") == emu.api_key  # the test key stays
    assert ProfileStore().get("Acme").mode == "test"


def test_a_stored_key_of_the_wrong_mode_never_syncs(
    emu: Emulator, keyring_ready: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.profiles import Profile, ProfileStore, cache_path
    from desktop_app.secrets import KeyStore

    profile = Profile("Acme", "test", api_base=emu.base_url)
    ProfileStore().save(profile)
    KeyStore().set_key("Acme", emu.live_api_key)  # swapped behind the app's back
    emu.clear_request_log()
    code, err = run_cli(capsys, "sync", "--profile", "Acme")
    assert code != ExitCode.OK
    assert "live-mode key" in err
    assert "'Acme' is a test-mode account" in err
    assert emu.request_log == []
    assert not cache_path(profile).exists()


# -- API bases ---------------------------------------------------------------------------

BAD_BASES = {
    "ftp": ("ftp://127.0.0.1:2121", "not an http:// or https:// address"),
    "file": ("file:///etc/passwd", "not an http:// or https:// address"),
    "no-scheme": ("api.stripe.com", "not an http:// or https:// address"),
    "javascript": ("javascript:alert(1)", "not an http:// or https:// address"),
    "bad-port": ("http://127.0.0.1:99999", "not an http:// or https:// address"),
    "plain-http-remote": ("http://203.0.113.7", "would travel unencrypted"),
    # only loopback addresses and localhost (RFC 6761) are this computer for certain
    "plain-http-localdomain": ("http://localhost.localdomain:12111", "not proven to be this"),
}


@pytest.mark.parametrize("case", list(BAD_BASES))
def test_an_api_base_a_key_must_not_go_to_is_refused(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
) -> None:
    base, says = BAD_BASES[case]
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    code, err = run_cli(capsys, "sync", "--api-base", base)
    assert code == ExitCode.USAGE
    assert says in err
    assert "Leave it empty to use Stripe" in err
    assert emu.api_key not in err


class _NotStripe(BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        body = b"<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>"
        self.send_response(self.status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _NotFoundHtml(_NotStripe):
    status = 404


@pytest.fixture(params=["html-200", "html-404"])
def html_server(request: pytest.FixtureRequest) -> Iterator[str]:
    handler = _NotStripe if request.param == "html-200" else _NotFoundHtml
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_api_base_that_is_not_stripe_is_named(
    html_server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.errors import StripeServerError
    from desktop_app.key_check import check_key, stripe_api_factory

    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_FAKE1234567890abcdefghij")
    code, err = run_cli(capsys, "sync", "--api-base", html_server)
    assert code == ExitCode.NETWORK
    assert html_server in err
    assert "not Stripe's JSON" in err or "unreadable response" in err
    assert "<html" not in err
    assert "FAKE" not in err
    assert not (data_dir() / "cache").exists()
    with pytest.raises(StripeServerError):  # the connect dialog's check says the same
        check_key("sk_test_FAKE1234567890abcdefghij", stripe_api_factory(html_server))


# -- odd data from Stripe ----------------------------------------------------------------


def _subs(emu: Emulator, count: int) -> list[str]:
    with emu.lock:
        return [s["id"] for s in emu.state.subscriptions.values() if s["status"] == "active"][
            :count
        ]


@pytest.mark.parametrize("status", ["frozen", "", "PAST_DUE", "paused_by_a_future_api"])
def test_an_unknown_status_shows_as_unknown_through_both_syncs(
    emu: Emulator, tmp_path: Path, status: str
) -> None:
    first, second = _subs(emu, 2)
    emu.update_subscription(first, status=status)
    api = make_api(emu)
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(api, store, full=True)
    emu.update_subscription(second, status=status)
    run_sync(api, store)  # incremental
    rows = {r.id: r for r in all_rows(store)}
    for sub_id in (first, second):
        assert rows[sub_id].display_status is DisplayStatus.UNKNOWN
        assert rows[sub_id].raw_status == (status or "unknown")
    unknown = store.query_subscriptions(SubscriptionFilter(statuses=frozenset({"unknown"})))  # type: ignore[arg-type]
    assert {r.id for r in unknown} == {first, second}
    assert store.status_counts()["unknown"] == 2
    assert write_csv(all_rows(store), tmp_path / "out.csv") == len(rows)


def test_unknown_event_types_and_objects_are_skipped() -> None:
    events = [
        {"id": "evt_1", "type": "customer.subscription.reticulated", "created": 1,
         "data": {"object": {"id": "sub_x", "object": "subscription_schedule"}}},
        {"id": "evt_2", "type": "made.up", "created": 2, "data": {"object": None}},
        {"id": "evt_3", "type": "made.up.too", "created": 3, "data": {}},
        {"id": "evt_4", "type": "v2.core.event", "created": 4},
    ]  # fmt: skip
    found = Collected()
    apply_objects(latest_objects(events), found)
    assert not found.subscriptions
    assert not found.customers
    assert not found.invoices


def test_missing_optional_fields_a_null_customer_and_a_deleted_product(
    emu: Emulator, tmp_path: Path
) -> None:
    bare, orphan, discontinued = _subs(emu, 3)
    with emu.lock:
        sub = emu.state.subscriptions[bare]
        for optional in (
            "pause_collection", "trial_end", "trial_start", "cancel_at", "canceled_at",
            "description", "metadata", "cancellation_details", "ended_at", "discounts",
        ):  # fmt: skip
            sub.pop(optional, None)
        sub["default_payment_method"] = None  # expandable: Stripe sends these as null
        sub["latest_invoice"] = None
        emu.state.subscriptions[orphan]["customer"] = None
        price = emu.state.subscriptions[discontinued]["items"]["data"][0]["price"]
        product_id = (
            price["product"] if isinstance(price["product"], str) else price["product"]["id"]
        )
        product = emu.state.products[product_id]
        product.clear()
        product.update({"id": product_id, "object": "product", "deleted": True})
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(make_api(emu), store, full=True)
    rows = {r.id: r for r in all_rows(store)}
    assert rows[bare].display_status is DisplayStatus.ACTIVE
    assert rows[orphan].customer_name is None
    assert rows[orphan].customer_id in (None, "")
    assert rows[discontinued].id == discontinued
    assert store.subscription_detail(orphan) is not None
    assert store.subscription_detail(discontinued) is not None
    out = tmp_path / "odd.csv"
    assert write_csv(all_rows(store), out) == len(rows)


# Odd payment methods: what is shown is what can be read, never a crash nor raw text.
# A type newer than the app: its type name and last 4 (Stripe adds payment method
# types often: stripe-python's PaymentMethod.type lists dozens); a Link e-mail that is
# not one: just "Link"; a card whose expiry month is not a month: no expiry rule.
ODD_METHODS: dict[str, tuple[str, dict[str, Any], str, str]] = {
    "newer-type": ("future_wallet", {"last4": "4242"}, "Future wallet · ••••4242", "ok"),
    "link-no-email": ("link", {"email": "not an e-mail"}, "Link", "ok"),
    "month-13": ("card", {"brand": "visa", "last4": "4242", "exp_month": 13, "exp_year": 2020},
                 "Visa ••••4242", "ok"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(ODD_METHODS))
def test_an_odd_payment_method_shows_what_can_be_read(
    emu: Emulator, tmp_path: Path, case: str
) -> None:
    kind, details, label, card_status = ODD_METHODS[case]
    (target,) = _subs(emu, 1)
    with emu.lock:
        sub = emu.state.subscriptions[target]
        pm_id = "pm_odd" + case.replace("-", "")
        emu.state.add_payment_method(
            {"id": pm_id, "object": "payment_method", "type": kind, kind: details,
             "customer": sub["customer"], "created": sub["created"], "livemode": False,
             "billing_details": {"address": None}, "metadata": {}}
        )  # fmt: skip
        sub["default_payment_method"] = pm_id
        emu.state.touch(target)
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(make_api(emu), store, full=True)
    rows = {r.id: r for r in all_rows(store)}
    out = tmp_path / "odd.csv"
    assert write_csv(all_rows(store), out) == len(rows)
    with out.open(encoding="utf-8", newline="") as handle:
        line = next(r for r in csv.DictReader(handle) if r["subscription_id"] == target)
    assert (line["payment_method"], line["card_status"]) == (label, card_status)
    assert "not an e-mail" not in out.read_text(encoding="utf-8")


# -- names --------------------------------------------------------------------------------

NAMES = {
    "huge": "Grossbuchhandlung " * 555 + "GmbH",  # 10,000+ characters
    "japanese": "株式会社山田商事（東京本社）",
    "arabic": "شركة الأمل للتجارة والمقاولات",
    "emoji": "🚀 Rocket Ltd 👩\u200d💻 ẞ",
    "mixed-direction": "Acme ‏שלום‎ Ελληνικά Ünïcödé",
}


@pytest.mark.gui
@pytest.mark.parametrize("case", list(NAMES))
def test_a_huge_or_non_latin_name_survives_sync_store_csv_and_table(
    qtbot: Any, emu: Emulator, tmp_path: Path, case: str
) -> None:
    from PySide6.QtCore import Qt

    from ui.subscription_model import Column, SubscriptionTableModel

    name = NAMES[case]
    first, second = _subs(emu, 2)
    with emu.lock:
        customer_id = emu.state.subscriptions[first]["customer"]
        other_customer = emu.state.subscriptions[second]["customer"]
    emu.update_customer(customer_id, name=name)
    api = make_api(emu)
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(api, store, full=True)
    emu.update_customer(other_customer, name=name[::-1])  # through the incremental sync too
    run_sync(api, store)

    rows = {r.id: r for r in all_rows(store)}
    assert rows[first].customer_name == name
    assert rows[second].customer_name == name[::-1]
    found = store.query_subscriptions(SubscriptionFilter(search=name[:12]))
    assert first in {r.id for r in found}

    out = tmp_path / "names.csv"
    write_csv(all_rows(store), out)
    with out.open(encoding="utf-8", newline="") as handle:
        cells = {cell for line in csv.reader(handle) for cell in line}
    assert name in cells
    assert name[::-1] in cells

    model = SubscriptionTableModel()
    model.set_rows(all_rows(store))
    shown = {
        model.data(model.index(i, Column.CUSTOMER), Qt.ItemDataRole.DisplayRole)
        for i in range(model.rowCount())
    }
    assert name in shown


# -- export paths -------------------------------------------------------------------------


def _unwritable(tmp_path: Path, case: str) -> Path:
    if case == "inside-a-file":
        (tmp_path / "report.txt").write_text("not a folder")
        return tmp_path / "report.txt" / "out.csv"
    if case == "missing-folder":
        return tmp_path / "no" / "such" / "folder" / "out.csv"
    if case == "a-folder":
        (tmp_path / "existing-folder").mkdir()
        return tmp_path / "existing-folder"
    return Path("/proc/self/out.csv")  # not writable, even for root


@pytest.mark.parametrize("case", ["inside-a-file", "missing-folder", "a-folder", "proc"])
def test_export_to_a_path_that_cannot_be_written(
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    case: str,
) -> None:
    target = _unwritable(tmp_path, case)
    monkeypatch.setenv("STRIPE_API_KEY", emu.api_key)
    before = sorted(p.name for p in target.parent.iterdir()) if target.parent.is_dir() else []
    code, err = run_cli(capsys, "export", "--api-base", emu.base_url, "-o", str(target))
    assert code != ExitCode.OK
    assert f"Could not write the CSV file {target}" in err
    assert "nothing was written" in err
    after = sorted(p.name for p in target.parent.iterdir()) if target.parent.is_dir() else []
    assert after == before  # no partial or temporary file left
    # the sync before the export went through: the data is there for a second try
    code, _ = run_cli(capsys, "export", "--api-base", emu.base_url, "--offline", "-o",
                      str(tmp_path / "ok.csv"))  # fmt: skip
    assert code == ExitCode.OK
    assert (tmp_path / "ok.csv").read_text(encoding="utf-8").count("\n") > 1
