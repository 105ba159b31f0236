"""A built wheel carries resources/ and finds it from wherever it is installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_finds_its_resources_outside_the_source_tree(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("billing_manager-*.whl")
    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site),
         str(wheel)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import desktop_app, sys\n"
        "from desktop_app.resources import resources_dir, resource_path\n"
        "print(desktop_app.__file__)\n"
        "print(resources_dir())\n"
        "print(resource_path('icons', 'billing-manager.svg'))\n"
        "print(resource_path('billing-manager.desktop').read_text().splitlines()[0])\n"
    )
    env = dict(os.environ, PYTHONPATH=str(site))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env,
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    module_file, res_dir, icon, first_line = result.stdout.splitlines()
    assert module_file.startswith(str(site))
    assert res_dir.startswith(str(site))
    assert icon.startswith(str(site))
    assert icon.endswith("billing-manager.svg")
    assert first_line == "[Desktop Entry]"


def test_source_tree_resources_found_independent_of_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    from desktop_app.resources import resource_path

    icon = resource_path("icons", "billing-manager.svg")
    assert icon.is_file()
    assert icon.read_text().lstrip().startswith("<svg")
    with pytest.raises(FileNotFoundError, match="Resource not found"):
        resource_path("icons", "no-such-icon.svg")
