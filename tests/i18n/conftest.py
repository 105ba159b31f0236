"""Fixtures for the translation tests: the compiled catalogues and a language switch
that puts English and the previous default locale back afterwards."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script(name: str) -> ModuleType:
    """Import scripts/<name>.py (the scripts folder is not a package)."""
    module_name = f"_bm_script_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def built_catalogues() -> Path:
    """The .qm files, built from the .ts sources when missing or older (as setup.sh does)."""
    load_script("build_translations").main()
    return ROOT / "resources" / "translations"


@pytest.fixture
def switch_language(qapp: object, built_catalogues: Path) -> Iterator[Callable[[str], str]]:
    """Call with "nl"/"sv"/"en" to install that language (system locale: en_US)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = QLocale()

    def switch(language: str) -> str:
        return install_translations(app, language, system=QLocale("en_US"))

    yield switch
    install_translations(app, "en", system=QLocale("en_US"))
    QLocale.setDefault(previous)
