"""``billing-manager diagnose``: what a support request needs to know, and nothing secret.

Prints the version, whether this is the frozen (installed) build, which Python runs it and
where that Python came from (the installer bundles the distribution's, e.g. "Debian
3.11.2-6+deb12u6 (libpython3.11)", recorded at build time in build-info.json), where the app looks
for its resources and which translations it found, whether stripe's CA file is there,
which keyring backend keyring chose, and the app's folders. ``--check-keyring`` also
stores, reads and deletes a random, meaningless probe value in the keyring; ``--qt``
adds what Qt sees (version, platform plugin, translation loading). Without ``--qt`` no
Qt module is loaded, so it works on a machine without a display.

Never prints a key, a keyring entry or a portal URL.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import secrets
import sys
from pathlib import Path
from typing import Any

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.cli.exit_codes import ExitCode

PROBE_SERVICE = f"{APP_ID}-diagnose"
PROBE_USER = "probe"
BUILD_INFO = "build-info.json"  # written into the bundle's resources by build.spec

Report = dict[str, Any]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "diagnose",
        help="print what a support request needs (version, resources, keyring, Qt); no secrets",
        description=(
            "Print the version, the resources and translations found, the keyring backend "
            "and the app's folders. Nothing secret is printed."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--qt", action="store_true", help="also start Qt and report its platform and translations"
    )
    parser.add_argument(
        "--check-keyring",
        action="store_true",
        help="store, read back and delete a random probe value in the keyring",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    report = collect(check_keyring=bool(args.check_keyring), qt=bool(args.qt))
    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
    else:
        for key, value in report.items():
            if isinstance(value, dict):
                for sub_key, sub_value in value.items():
                    print(f"{key}.{sub_key}: {_text(sub_value)}")
            else:
                print(f"{key}: {_text(value)}")
    keyring_check = report.get("keyring_check")
    if isinstance(keyring_check, str) and keyring_check != "ok":
        return int(ExitCode.KEYRING)
    return int(ExitCode.OK)


def collect(*, check_keyring: bool = False, qt: bool = False) -> Report:
    from desktop_app import paths

    report: Report = {
        "app": f"{APP_NAME} {__version__}",
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
        "python": platform.python_version(),
        "python_origin": _python_origin(),
        "platform": platform.platform(),
    }
    report.update(_resources())
    report["stripe_ca_bundle"] = _stripe_ca_bundle()
    report["keyring_backend"] = _keyring_backend()
    if check_keyring:
        report["keyring_check"] = _keyring_round_trip()
    report["config_dir"] = str(paths.config_dir())
    report["data_dir"] = str(paths.data_dir())
    report["log_dir"] = str(paths.log_dir())
    if qt:
        report["qt"] = _qt_report(report.get("translations_dir"))
    return report


def _resources() -> Report:
    from desktop_app.resources import resources_dir

    try:
        root = resources_dir()
    except FileNotFoundError as exc:
        return {"resources_dir": f"missing: {exc}"}
    translations = root / "translations"
    return {
        "resources_dir": str(root),
        "translations_dir": str(translations) if translations.is_dir() else None,
        "translations": sorted(p.name for p in translations.glob("*.qm")),
    }


def _python_origin() -> str:
    """Where the running Python came from: the installer's record of the Python it bundled
    (build.spec writes build-info.json), else the running interpreter's installation."""
    from desktop_app.resources import resources_dir

    try:
        info = json.loads((resources_dir() / BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        info = None
    if isinstance(info, dict) and isinstance(info.get("python_origin"), str):
        return str(info["python_origin"])
    return f"{sys.base_prefix} ({platform.python_implementation()})"


def _stripe_ca_bundle() -> str:
    """Where stripe's CA file is, found without importing stripe (stripe_api owns that)."""
    spec = importlib.util.find_spec("stripe")
    locations = list(spec.submodule_search_locations or []) if spec else []
    if not locations:
        return "missing: the stripe package is not installed"
    ca_file = Path(locations[0]) / "data" / "ca-certificates.crt"
    return str(ca_file) if ca_file.is_file() else f"missing: {ca_file}"


def _keyring_backend() -> str:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # report, never crash: this is the support tool
        return f"error: {type(exc).__name__}: {exc}"
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _keyring_round_trip() -> str:
    """'ok' when a probe value survives a store/read/delete cycle, else what went wrong."""
    import keyring
    import keyring.errors

    probe = secrets.token_hex(8)
    try:
        keyring.set_password(PROBE_SERVICE, PROBE_USER, probe)
        try:
            read_back = keyring.get_password(PROBE_SERVICE, PROBE_USER)
        finally:
            keyring.delete_password(PROBE_SERVICE, PROBE_USER)
    except keyring.errors.KeyringError as exc:
        return (
            f"failed ({type(exc).__name__}): {exc}. Install and unlock a Secret Service "
            "provider such as gnome-keyring or KWallet."
        )
    return "ok" if read_back == probe else "failed: the keyring returned a different value"


def _qt_report(translations_dir: object) -> Report:
    # The one other lazy import of the front end (see cli/main.py run_gui): only on --qt.
    from ui.diagnostics import qt_report

    folder = Path(translations_dir) if isinstance(translations_dir, str) else None
    return qt_report(folder)


def _text(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={_text(v)}" for k, v in value.items()) or "(none)"
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value) or "(none)"
    return str(value)


__all__ = ["collect", "register", "run"]
