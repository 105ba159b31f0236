"""The window opens on a real X server."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_window_opens_with_title_and_icon(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application()
    assert not app.windowIcon().isNull()
    window = MainWindow(demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "DEMO" in window.windowTitle()
    assert window.isVisible()
