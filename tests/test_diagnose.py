"""`billing-manager diagnose`: what support needs, without Qt unless asked, and no secrets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__

ROOT = Path(__file__).resolve().parent.parent


def _diagnose(*args: str, display: bool = False) -> tuple[dict[str, object], list[str]]:
    """Run diagnose in a fresh interpreter; return its JSON and the Qt modules it loaded."""
    env = dict(os.environ)
    if not display:
        for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(var, None)
    code = (
        "import contextlib, io, json, sys\n"
        "from desktop_app.cli.main import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    code = main(['diagnose', '--json', *{list(args)!r}])\n"
        "qt = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(json.dumps({'code': code, 'out': out.getvalue(), 'qt': qt}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    wrapper = json.loads(result.stdout)
    assert wrapper["code"] == 0, wrapper["out"]
    report: dict[str, object] = json.loads(wrapper["out"])
    return report, wrapper["qt"]


def test_diagnose_reports_resources_without_loading_qt() -> None:
    report, qt_modules = _diagnose()
    assert qt_modules == []
    assert report["app"] == f"Billing Manager {__version__}"
    assert report["frozen"] is False
    assert Path(str(report["resources_dir"])) == ROOT / "resources"
    assert Path(str(report["stripe_ca_bundle"])).name == "ca-certificates.crt"
    assert "qt" not in report


def test_diagnose_qt_without_display_uses_offscreen_and_loads_qt_translations() -> None:
    report, qt_modules = _diagnose("--qt")
    assert "PySide6.QtGui" in qt_modules
    qt = report["qt"]
    assert isinstance(qt, dict)
    assert qt["platform_plugin"] == "offscreen"
    assert qt["qt_translations_loaded"] == {"nl": True, "sv": True}


@pytest.mark.keyring
def test_diagnose_keyring_round_trip_leaves_nothing_behind() -> None:
    if os.environ.get("BILLING_MANAGER_REQUIRE_SECRET_SERVICE") != "1":
        pytest.skip("needs the private Secret Service session of scripts/test.sh")
    import keyring

    from desktop_app.cli.diagnose import PROBE_SERVICE, PROBE_USER

    report, _ = _diagnose("--check-keyring")
    assert report["keyring_backend"] == "keyring.backends.SecretService.Keyring"
    assert report["keyring_check"] == "ok"
    assert keyring.get_password(PROBE_SERVICE, PROBE_USER) is None
