"""The audit log: append-only JSON lines, 0600, never a session URL or a key."""

from __future__ import annotations

import json
import stat
import threading
from pathlib import Path

from desktop_app.audit import AuditAction, AuditLog
from desktop_app.paths import data_dir
from desktop_app.redaction import contains_secret

KEY = "sk_live_FAKE51Habcdefghijklmnop"
SESSION = "https://billing.stripe.com/p/session/test_YWNjdF8xFAKE"


def test_entries_are_appended_as_json_lines_in_a_private_file() -> None:
    audit = AuditLog()
    assert audit.path == data_dir() / "audit.log"
    audit.record(
        profile="acme",
        action=AuditAction.PORTAL_SESSION,
        subscription="sub_1",
        customer="cus_1",
        flow="payment_method_update",
        details={"locale": "nl"},
    )
    audit.record(
        profile="acme",
        action=AuditAction.PAUSE_COLLECTION,
        subscription="sub_2",
        customer="cus_2",
        error="Stripe refused: no such subscription",
    )
    assert stat.S_IMODE(audit.path.stat().st_mode) == 0o600
    lines = audit.path.read_text().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["profile"] == "acme"
    assert first["action"] == "portal_session"
    assert first["subscription"] == "sub_1"
    assert first["customer"] == "cus_1"
    assert first["flow"] == "payment_method_update"
    assert first["result"] == "ok"
    assert first["time"].endswith("Z")
    entries = audit.read()
    assert [e.action for e in entries] == ["pause_collection", "portal_session"]  # newest first
    assert not entries[0].ok
    assert entries[0].error == "Stripe refused: no such subscription"
    assert audit.read(limit=1)[0].subscription == "sub_2"


def test_secrets_never_reach_the_file_even_in_error_texts() -> None:
    audit = AuditLog()
    audit.record(
        profile="acme",
        action=AuditAction.PORTAL_SESSION,
        subscription="sub_1",
        customer="cus_1",
        error=f"failed with key {KEY} at {SESSION}",
        details={"note": f"http://127.0.0.1:4242/p/session/bps_FAKE and {KEY}"},
    )
    audit.record(
        profile="acme",
        action=AuditAction.RENEW,
        error=RuntimeError("see https://portal.example/session/abc123"),
    )
    text = audit.path.read_text()
    assert KEY not in text
    assert "p/session" not in text
    assert "session/abc123" not in text
    assert not contains_secret(text)
    assert "sk_live_[REDACTED]" in text  # the redaction is visible, the message kept
    assert audit.read()[1].error is not None


def test_reader_skips_damaged_lines_and_missing_file(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.log")
    assert audit.read() == []
    audit.record(profile="p", action=AuditAction.RESUME_COLLECTION, subscription="sub_1")
    with audit.path.open("a") as handle:
        handle.write("{not json\n\n")
    audit.record(profile="p", action=AuditAction.RENEW, subscription="sub_1")
    assert [e.action for e in audit.read()] == ["renew", "resume_collection"]


def test_concurrent_appends_keep_whole_lines(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.log")

    def write(n: int) -> None:
        for i in range(50):
            audit.record(profile=f"p{n}", action=AuditAction.RENEW, subscription=f"sub_{i}")

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(audit.read()) == 200
