"""One whole session with a known fake key, then a scan of everything the app wrote.

Connect (the key check and the keyring), sync and export through the CLI, every
write action and a portal session per flow, the window (open, sync, fail, close),
then errors: a Stripe outage and a revoked key, in the CLI, the actions and the
window. Afterwards every file under the app's folders and the exports, every log
record (formatted, exception text included, captured before any redaction) and
everything printed are searched for the key and the portal session URLs: zero
hits. The cache, its companions, the audit log, profiles and logs are 0600.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.emulator import Emulator
from desktop_app.errors import BillingManagerError

pytestmark = [pytest.mark.secret_scan, pytest.mark.slow, pytest.mark.gui]

KEY = "sk_test_FAKEsecretScan0123456789abcdefGHIJ"
KEY_BODY = KEY.removeprefix("sk_test_")


class Capture(logging.Handler):
    """Every record, formatted with its exception text, as the app emitted it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(self.format(record))


@pytest.fixture
def capture() -> Iterator[Capture]:
    """The app's log handler set up afresh in this test's folders, and a capture
    placed before it (so it sees records before the redacting filter does)."""
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    root.handlers = [h for h in saved if not getattr(h, "_billing_manager", False)]
    handler = Capture()
    root.handlers.insert(0, handler)
    root.setLevel(logging.DEBUG)
    yield handler
    for added in root.handlers:
        if getattr(added, "_billing_manager", False):
            added.close()
    root.handlers, root.level = saved, level


@pytest.fixture
def keyring_ready() -> Iterator[None]:
    from tests.accounts.keyring_helpers import delete_app_items, in_private_secret_service

    if not in_private_secret_service():
        pytest.skip("needs the private Secret Service of scripts/test.sh")
    delete_app_items()
    yield
    delete_app_items()


def _cli(*argv: str) -> int:
    from desktop_app.cli.main import main

    return main(list(argv))


def _actions(emu: Emulator, urls: list[str]) -> None:
    """Every write action and a portal session per flow, then the same under errors."""
    from desktop_app import actions
    from desktop_app.accounts import Accounts
    from desktop_app.action_targets import target_from_row
    from desktop_app.actions import ActionContext, ActionRefused
    from desktop_app.audit import AuditLog
    from desktop_app.pause import PauseBehavior
    from desktop_app.portal import PortalFlow
    from desktop_app.profiles import ProfileStore, cache_path
    from desktop_app.store import Store

    profile = ProfileStore().get("Scan")
    api = Accounts().open_api(profile)
    ctx = ActionContext(api=api, audit=AuditLog(), profile="Scan", livemode=False)
    store = Store.open(cache_path(profile))
    try:
        rows = store.query_subscriptions()
    finally:
        store.close()
    row = next(r for r in rows if r.display_status.value == "active" and not r.collection_paused)
    target = target_from_row(row)
    for flow in PortalFlow:
        with contextlib.suppress(ActionRefused):  # a flow this configuration lacks
            urls.append(actions.open_portal(ctx, target, flow).url)
    assert urls
    actions.pause_collection(ctx, target, PauseBehavior.VOID)
    actions.resume_collection(ctx, dataclasses.replace(target, collection_paused=True))
    actions.cancel_at_period_end(ctx, target)
    actions.renew(ctx, dataclasses.replace(target, cancel_at_period_end=True))
    emu.faults.inject("500", count=20)  # an outage: each action fails with a message
    for attempt in (
        lambda: actions.pause_collection(ctx, target, PauseBehavior.KEEP_AS_DRAFT),
        lambda: actions.open_portal(ctx, target, PortalFlow.PAYMENT_METHOD_UPDATE),
    ):
        with pytest.raises(BillingManagerError):
            attempt()
    emu.faults.clear()


def _window_session(qtbot: Any, revoke: Any) -> None:
    from ui.app import create_application
    from ui.main_window import MainWindow

    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.syncCompleted, timeout=60_000):
        assert window.open_profile("Scan")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    revoke()
    with qtbot.waitSignal(window.syncErrored, timeout=60_000) as failed:
        window.sync(full=False)
    assert "revoked" in failed.args[0]
    window.close()  # saves the window state (QSettings)
    window.shutdown()


def _files(*roots: Path) -> list[Path]:
    return sorted({p for root in roots for p in root.rglob("*") if p.is_file()})


def test_a_whole_session_leaves_no_secret_anywhere(
    emu: Emulator,
    keyring_ready: None,
    capture: Capture,
    qtbot: Any,
    tmp_path: Path,
    isolated_app_dirs: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop_app.accounts import Accounts
    from desktop_app.audit import AuditLog
    from desktop_app.key_check import check_key, stripe_api_factory
    from desktop_app.logging_setup import log_file_path, setup_logging
    from desktop_app.profiles import Profile, cache_path

    setup_logging(logging.DEBUG)
    emu.add_key(KEY)
    exports = tmp_path / "exports"
    exports.mkdir()

    # connect, sync, export
    check = check_key(KEY, stripe_api_factory(emu.base_url))
    profile = Profile("Scan", "test", account_id=check.account_id, api_base=emu.base_url)
    Accounts().connect(profile, KEY)
    assert _cli("sync", "--profile", "Scan") == 0
    assert _cli("export", "--profile", "Scan", "--offline", "-o", str(exports / "all.csv")) == 0
    # every action, portal sessions, an outage
    urls: list[str] = []
    _actions(emu, urls)
    assert _cli("sync", "--profile", "Scan") == 0
    # the window; then the key is revoked under it
    _window_session(qtbot, lambda: emu.revoke_key(KEY))
    # the revoked key everywhere else: sync, export, key check, an action
    assert _cli("sync", "--profile", "Scan") != 0
    assert _cli("export", "--profile", "Scan", "-o", str(exports / "after.csv")) != 0
    with pytest.raises(BillingManagerError):
        check_key(KEY, stripe_api_factory(emu.base_url), stored_for="Scan")
    with pytest.raises(BillingManagerError):
        _actions(emu, [])
    logging.getLogger("desktop_app.test").exception("not an error: flushes the handlers")

    # what to look for: the key (whole and its secret part) and every session URL
    secrets = [KEY, KEY_BODY, *urls, *(u.rsplit("/", 1)[-1] for u in urls)]
    assert len(urls) >= 2
    assert all("/p/session/" in u for u in urls)
    printed = capsys.readouterr()
    files = _files(isolated_app_dirs, exports)
    names = {p.name for p in files}
    assert {"profiles.json", "audit.log", log_file_path().name, "all.csv"} <= names
    assert any(p.suffix == ".sqlite3" for p in files)
    assert any(p.suffix in (".ini", ".conf") for p in files)  # QSettings
    hits = [
        f"{path}: {secret[:12]}…"
        for path in files
        for secret in secrets
        if secret.encode() in path.read_bytes()
    ]
    hits += [f"log record: {text[:80]}" for text in capture.texts for s in secrets if s in text]
    hits += [f"printed: {s[:12]}…" for s in secrets if s in printed.out + printed.err]
    assert hits == []
    assert len(capture.texts) > 20  # the capture did see the session
    assert sum(1 for e in AuditLog().read() if not e.ok) >= 3

    # private files: cache (and its companions), audit log, profiles, logs
    private = [cache_path(profile), AuditLog().path, log_file_path()]
    private += [p for p in files if p.name == "profiles.json"]
    for path in private:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
