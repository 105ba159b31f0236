"""The Debian package built by scripts/build_installer.sh, when there is one in dist/."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app import __version__
from tests.packaging.conftest import ROOT


def _deb() -> Path:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed (not a Debian system)")
    debs = sorted((ROOT / "dist").glob(f"billing-manager_{__version__}_*.deb"))
    if not debs:
        pytest.skip("no .deb in dist/: build it with scripts/build_installer.sh")
    return debs[-1]


def _dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True).stdout


def test_deb_installs_app_launcher_desktop_entry_and_icons() -> None:
    deb = _deb()
    listing = _dpkg_deb("--contents", str(deb))
    paths = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    for expected in (
        "/opt/billing-manager/billing-manager",
        "/opt/billing-manager/_internal/billing_manager_resources/billing-manager.desktop",
        "/usr/share/applications/billing-manager.desktop",
        "/usr/share/icons/hicolor/scalable/apps/billing-manager.svg",
        "/usr/share/icons/hicolor/256x256/apps/billing-manager.png",
        "/usr/share/doc/billing-manager/copyright",
    ):
        assert expected in paths
    assert "/usr/bin/billing-manager -> /opt/billing-manager/billing-manager" in listing
    assert all(" root/root " in line for line in listing.splitlines())


def test_deb_control_declares_version_dependencies_and_keyring() -> None:
    deb = _deb()
    fields = dict(
        zip(
            ("Package", "Version", "Depends", "Recommends"),
            _dpkg_deb("--field", str(deb), "Package", "Version", "Depends", "Recommends")
            .strip()
            .splitlines(),
            strict=True,
        )
    )
    assert fields["Package"] == "Package: billing-manager"
    assert fields["Version"] == f"Version: {__version__}"
    for lib in ("libc6 (>= ", "libegl1", "libxcb1", "fontconfig-config", "libdbus-1-3"):
        assert lib in fields["Depends"]
    assert "gnome-keyring |" in fields["Recommends"]
