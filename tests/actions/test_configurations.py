"""Portal configurations against the emulator: listed with their features, the default
chosen per profile (saved in the profile file), the login link shown with Copy, and a
one-time override for one portal session."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from desktop_app.action_context import context_for_profile, fetch_configurations
from desktop_app.action_targets import target_from_row
from desktop_app.profiles import Profile, ProfileStore
from tests.actions.conftest import pick, portal_posts, row_of
from tests.url_catcher import UrlCatcher
from ui.actions_controller import ActionsController
from ui.configurations_dialog import ConfigurationsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    c = UrlCatcher()
    c.install()
    yield c
    c.uninstall()


def test_choose_default_copy_login_link_and_override_once(
    qtbot: Any, emu: Any, api: Any, store: Any, catcher: UrlCatcher
) -> None:
    profiles = ProfileStore()
    profile = Profile(name="Acme", mode="test", api_base=emu.base_url)
    profiles.save(profile)
    controller = ActionsController(None)

    def save(config_id: str | None) -> None:
        profiles.save(profiles.get("Acme").with_changes(portal_configuration=config_id))

    controller.set_context(
        context_for_profile(profile, api),
        resolve=lambda sub_id: target_from_row(row_of(store, sub_id)),
        fetch_configurations=lambda: fetch_configurations(api),
        save_configuration=save,
    )
    row = pick(store, lambda r: r.display_status.value == "active")
    controller.set_current(row.id)
    dialog = controller.show_configurations()
    assert isinstance(dialog, ConfigurationsDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    names = {dialog.table.item(r, 0).text(): r for r in range(2)}
    default_row = names["Default"]
    assert dialog.table.item(default_row, 2).text() == "yes"
    assert "Update payment method" in dialog.table.item(default_row, 4).text()
    assert "Change plan" not in dialog.table.item(default_row, 4).text()
    # the default is selected first: it has a login link, shown with Copy
    assert dialog.login_url.isVisible()
    assert "/p/login/" in dialog.login_url.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.login_url.text()
    # choose the other one as this profile's default
    other = names["Self-service (no cancellations)"]
    dialog.table.selectRow(other)
    assert not dialog.login_url.isVisible()
    assert "no login link" in dialog.login_hint.text()
    chosen = dialog.table.item(other, 1).text()
    with qtbot.waitSignal(dialog.defaultChanged, timeout=10_000):
        dialog.use_button.click()
    assert ProfileStore().get("Acme").portal_configuration == chosen
    assert controller.ctx is not None
    assert controller.ctx.portal_configuration == chosen
    # override once: open the portal with the account's default configuration
    dialog.table.selectRow(default_row)
    default_id = dialog.table.item(default_row, 1).text()
    emu.clear_request_log()
    dialog.open_button.click()
    portal = controller.dialog
    qtbot.addWidget(portal)
    qtbot.waitUntil(lambda: bool(portal_posts(emu)), timeout=10_000)
    assert portal_posts(emu)[-1].form["configuration"] == [default_id]
    assert controller.ctx.portal_configuration == chosen  # the default stays


@pytest.mark.parametrize(
    "link",
    ["javascript:alert(1)", "file:///etc/passwd", "https://user:pw@billing.stripe.com/p/login/x"],
)
def test_a_login_link_that_is_not_plain_https_is_not_offered_to_copy(
    qtbot: Any, emu: Any, api: Any, store: Any, link: str
) -> None:
    # The login link is what staff e-mail to customers: a server's hostile link must not
    # reach the clipboard (desktop_app/browser_links.py decides what is plain https).
    emu.hostile.rewrite(
        "/v1/billing_portal/configurations", count=None, login_page={"enabled": True, "url": link}
    )
    profile = Profile(name="Acme", mode="test", api_base=emu.base_url)
    controller = ActionsController(None)
    controller.set_context(
        context_for_profile(profile, api),
        resolve=lambda sub_id: target_from_row(row_of(store, sub_id)),
        fetch_configurations=lambda: fetch_configurations(api),
        save_configuration=lambda config_id: None,
    )
    controller.set_current(pick(store, lambda r: r.display_status.value == "active").id)
    dialog = controller.show_configurations()
    assert isinstance(dialog, ConfigurationsDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    for row in range(2):
        dialog.table.selectRow(row)
        assert not dialog.login_url.isVisible()
        assert not dialog.copy_button.isVisible()
        assert link not in dialog.login_url.text()
        assert "not a plain https://" in dialog.login_hint.text()
