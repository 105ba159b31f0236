"""The core runs headless: no module of desktop_app imports Qt or the front end."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "desktop_app"
# The allowed references from the core to the front end, each a lazy import inside one
# function: the GUI start, and `diagnose --qt`.
ALLOWED_UI_IMPORTS = {
    (CORE / "cli" / "main.py", "run_gui"),
    (CORE / "cli" / "diagnose.py", "_qt_report"),
}


def _imports(tree: ast.AST) -> list[tuple[str, ast.AST]]:
    found: list[tuple[str, ast.AST]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node))
    return found


def _enclosing_function(tree: ast.AST, target: ast.AST) -> str | None:
    for node in ast.walk(tree):
        is_function = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        if is_function and any(child is target for child in ast.walk(node)):
            return node.name
    return None


def test_no_core_module_imports_qt_or_ui_statically() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, node in _imports(tree):
            top = name.split(".")[0]
            if top in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
            if top == "ui":
                where = (path, _enclosing_function(tree, node))
                if where not in ALLOWED_UI_IMPORTS:
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, desktop_app\n"
        "for m in pkgutil.walk_packages(desktop_app.__path__, 'desktop_app.'):\n"
        "    if not m.name.endswith('.__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "qt = ('PySide6', 'shiboken6', 'ui')\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in qt)\n"
        "print('loaded:', bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    code = (
        "import sys\n"
        "from desktop_app.cli.main import main\n"
        "try:\n"
        f"    code = main({list(args)!r})\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "qt = [n for n in sys.modules if n.startswith('PySide6')]\n"
        "print('QT-MODULES', qt)\n"
        "sys.exit(code)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )


def test_version_and_help_work_without_display_or_qt() -> None:
    from desktop_app import __version__

    version = _run_cli("--version")
    assert version.returncode == 0, version.stderr
    assert f"Billing Manager {__version__}" in version.stdout
    assert "QT-MODULES []" in version.stdout

    helptext = _run_cli("--help")
    assert helptext.returncode == 0, helptext.stderr
    assert "usage: billing-manager" in helptext.stdout
    assert "--demo" in helptext.stdout
    assert "QT-MODULES []" in helptext.stdout


def test_installed_command_prints_version() -> None:
    exe = Path(sys.executable).with_name("billing-manager")
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("Billing Manager ")


# The one opener of each side: every link the app hands to a launcher passes through
# desktop_app.browser_links there (tests/reliability/test_hostile_links.py).
LINK_OPENERS = {ROOT / "ui" / "browser.py", CORE / "cli" / "browser.py"}


def test_links_reach_a_launcher_only_through_the_two_openers() -> None:
    offenders = []
    for path in sorted([*CORE.rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        launches = [name for name, _node in _imports(tree) if name.split(".")[0] == "webbrowser"]
        launches += [
            node.attr
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr in {"openUrl", "startfile"}
        ]
        if launches and path not in LINK_OPENERS:
            offenders.append(f"{path.relative_to(ROOT)}: {', '.join(sorted(set(launches)))}")
    assert offenders == []
