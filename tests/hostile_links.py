"""Links a hostile Stripe-compatible server may send, and what the app must say of each.

Each refused link names the phrase of the refusal the user reads
(``desktop_app.browser_links``). Hosts are example hosts (RFC 2606 / RFC 5737).
"""

from __future__ import annotations

HOSTILE_LINKS: dict[str, tuple[str, str]] = {
    "file": ("file:///etc/passwd", "not an https:// web address"),
    "javascript": ("javascript:alert(document.cookie)", "not an https:// web address"),
    "smb": ("smb://attacker.example/share/invoice.pdf", "not an https:// web address"),
    "custom-scheme": ("vscode://file/etc/passwd", "not an https:// web address"),
    "data": ("data:text/html;base64,PHNjcmlwdD4=", "not an https:// web address"),
    "bare-path": ("/etc/passwd", "not an https:// web address"),
    "relative": ("p/session/abc", "not an https:// web address"),
    "credentials": (
        "https://billing.stripe.com:443@attacker.example/p/session/x",
        "user name or password",
    ),
    "user-password": ("https://user:pass@billing.stripe.com/p/session/x", "user name or password"),
    "plain-http-remote": ("http://203.0.113.9/p/session/x", "plain http://"),
    "line-break": (
        "https://billing.stripe.com/p/session/x\nhttps://attacker.example",
        "line breaks",
    ),
    "leading-space": (" https://billing.stripe.com/p/session/x", "spaces"),
    "bidi-override": ("https://billing.stripe.com/\u202efdp.exe", "control characters"),
    "unicode-host": ("https://billing.str\u00edpe.com/p/session/x", "plain ASCII"),
    "punycode-host": ("https://billing.xn--strpe-yta.com/p/session/x", "internationalised"),
    "backslash": ("https://attacker.example\\@billing.stripe.com/", "not a well-formed"),
    "no-host": ("https:///etc/passwd", "not a well-formed"),
    "too-long": ("https://billing.stripe.com/p/session/" + "a" * 3000, "longer than 2048"),
}
