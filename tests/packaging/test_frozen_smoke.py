"""Smoke test of the frozen app (dist/billing-manager/, built by PyInstaller from build.spec).

It runs the bundle's executable as a user would: --version and --help without a display,
`diagnose` for what it found inside the bundle (resources, translations, stripe's CA
file, Qt's plugins), the Secret Service keyring, and the demo window on the X server.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from desktop_app import __version__
from tests.packaging.conftest import BUNDLE, ROOT

SOURCE_TRANSLATIONS = ROOT / "resources" / "translations"
START_TIMEOUT_S = 60


def _run(
    exe: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, timeout=START_TIMEOUT_S,
        env=env if env is not None else dict(os.environ), cwd=ROOT.parent, check=False,
    )  # fmt: skip


def _headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _installed_stripe_ca_file() -> Path:
    spec = importlib.util.find_spec("stripe")
    assert spec is not None
    assert spec.submodule_search_locations
    return Path(spec.submodule_search_locations[0]) / "data" / "ca-certificates.crt"


def _diagnose(exe: Path, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    result = _run(exe, "diagnose", "--json", *args, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_version_and_help_without_a_display(frozen_exe: Path) -> None:
    version = _run(frozen_exe, "--version", env=_headless_env())
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"Billing Manager {__version__}"

    helptext = _run(frozen_exe, "--help", env=_headless_env())
    assert helptext.returncode == 0, helptext.stderr
    assert helptext.stdout.startswith("usage: billing-manager")
    for expected in ("--demo", "--profile", "diagnose"):
        assert expected in helptext.stdout


def test_bundle_carries_resources_translations_and_stripe_ca_file(frozen_exe: Path) -> None:
    report = _diagnose(frozen_exe, env=_headless_env())
    internal = BUNDLE / "_internal"
    assert report["frozen"] is True
    assert report["app"] == f"Billing Manager {__version__}"
    assert Path(report["resources_dir"]) == internal / "billing_manager_resources"
    assert Path(report["translations_dir"]).is_dir()
    # Every compiled translation of the source tree is in the bundle, and nothing else.
    assert report["translations"] == sorted(p.name for p in SOURCE_TRANSLATIONS.glob("*.qm"))
    ca_file = Path(report["stripe_ca_bundle"])
    assert ca_file.is_relative_to(internal), report["stripe_ca_bundle"]
    assert ca_file.read_bytes() == _installed_stripe_ca_file().read_bytes()


def test_frozen_qt_loads_its_plugins_and_translations(frozen_exe: Path) -> None:
    env = dict(_headless_env(), QT_QPA_PLATFORM="offscreen")
    qt = _diagnose(frozen_exe, "--qt", env=env)["qt"]
    assert qt["platform_plugin"] == "offscreen"
    assert Path(qt["plugins_dir"]).is_relative_to(BUNDLE)
    assert qt["qt_translations_loaded"] == {"nl": True, "sv": True}
    # The app's own .qm files (none until the .ts sources land) all load.
    expected = {p.name: True for p in SOURCE_TRANSLATIONS.glob("*.qm")}
    assert qt["app_translations_loaded"] == expected


@pytest.mark.keyring
def test_frozen_app_uses_the_secret_service(frozen_exe: Path) -> None:
    if os.environ.get("BILLING_MANAGER_REQUIRE_SECRET_SERVICE") != "1":
        pytest.skip("needs the private Secret Service session of scripts/test.sh")
    report = _diagnose(frozen_exe, "--check-keyring", env=_headless_env())
    assert report["keyring_backend"] == "keyring.backends.SecretService.Keyring"
    assert report["keyring_check"] == "ok"


@pytest.mark.gui
def test_demo_window_is_shown(frozen_exe: Path, tmp_path: Path) -> None:
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs an X server (scripts/test.sh starts Xvfb)")
    report_file = tmp_path / "smoke.json"
    env = dict(os.environ, BILLING_MANAGER_SMOKE_REPORT=str(report_file))
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform, as a user gets it
    started = time.time()
    result = _run(frozen_exe, "--demo", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(report_file.read_text())
    assert report["title"] == "Billing Manager — DEMO"
    assert report["platform"] == "xcb"
    assert report["visible"] is True
    screenshot = Path(report["screenshot"])
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    shown_after = report["shown_at"] - started
    assert 0 < shown_after < START_TIMEOUT_S
    print(f"frozen app: window shown {shown_after:.2f} s after start")
