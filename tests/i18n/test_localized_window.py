"""The window and the summary card in Dutch and Swedish, on the demo account.

The language is chosen the way a user does it, in Settings (QSettings ``ui/language``),
and the window is built by the app's own start-up code. Expected words come from the
glossary; expected money and dates are written out here with each language's rules,
independently of ui.formatting. "Nothing clipped" means every label, button and header
section is at least as wide (and wrapped labels as tall) as its text needs, and the side
panel never needs a horizontal scroll bar.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from ui.i18n import SETTINGS_KEY

pytestmark = [pytest.mark.gui, pytest.mark.slow]

NBSP = "\u00a0"
DEMO_SIZE = 120
# Qt 6.12's (CLDR's) short month names.
NL_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
SV_MONTHS = ("jan.", "feb.", "mars", "apr.", "maj", "juni")
SV_MONTHS += ("juli", "aug.", "sep.", "okt.", "nov.", "dec.")

LANGUAGES: dict[str, dict[str, Any]] = {
    "nl": {
        "locale": "nl_NL",
        "tab": "&Abonnementen",
        "synced": "Laatst gesynchroniseerd",
        "headers": ["Klant", "E-mail", "Pakket", "Bedrag", "Status", "Volgende factuur"],
        "statuses": {
            "active": "Actief",
            "trialing": "Proefperiode",
            "canceling": "Wordt opgezegd",
            "canceled": "Opgezegd",
            "past_due": "Achterstallig",
            "unpaid": "Onbetaald",
            "paused": "Gepauzeerd",
            "incomplete": "Onvolledig",
            "collection_paused": "Inning gepauzeerd",
        },
        "periods": {
            ("month", 1): "Maandelijks",
            ("year", 1): "Jaarlijks",
            ("week", 1): "Wekelijks",
        },
        "months": [
            "jan",
            "feb",
            "mrt",
            "apr",
            "mei",
            "jun",
            "jul",
            "aug",
            "sep",
            "okt",
            "nov",
            "dec",
        ],
        "group": ".",
        "euro": lambda number: f"€{NBSP}{number}",
        "card_labels": {"next": "Volgende factuurdatum", "period": "Factureringsperiode"},
        "past_due_warning": "Achterstallig: de laatste betaling is mislukt.",
        "portal_button": "Naar portaal om betaalmethode bij te werken",
    },
    "sv": {
        "locale": "sv_SE",
        "tab": "&Abonnemang",
        "synced": "Senast synkroniserad",
        "headers": ["Kund", "E-post", "Plan", "Belopp", "Status", "Nästa fakturering"],
        "statuses": {
            "active": "Aktiv",
            "trialing": "Provperiod",
            "canceling": "Avslutas",
            "canceled": "Avslutad",
            "past_due": "Förfallen",
            "unpaid": "Obetald",
            "paused": "Pausad",
            "incomplete": "Ofullständig",
            "collection_paused": "Debitering pausad",
        },
        "periods": {("month", 1): "Månadsvis", ("year", 1): "Årsvis", ("week", 1): "Veckovis"},
        "months": SV_MONTHS,
        "group": NBSP,
        "euro": lambda number: f"{number}{NBSP}€",
        "card_labels": {"next": "Nästa faktureringsdatum", "period": "Faktureringsperiod"},
        "past_due_warning": "Förfallen: den senaste betalningen misslyckades.",
        "portal_button": "Till portalen för att uppdatera betalningsmetod",
    },
}


def _number(amount_minor: int, group: str) -> str:
    """Two decimals after a comma, thousands grouped with ``group`` (Dutch, Swedish)."""
    whole, cents = divmod(amount_minor, 100)
    digits = f"{whole:,}".replace(",", group)
    return f"{digits},{cents:02d}"


def _medium_date(day: date, months: tuple[str, ...]) -> str:
    return f"{day.day} {months[day.month - 1]} {day.year}"


@pytest.fixture(params=["nl", "sv"])
def localized_window(request: pytest.FixtureRequest, qtbot: Any) -> Iterator[tuple[Any, dict]]:
    """The demo window after its first sync, in the language chosen in Settings."""
    from PySide6.QtCore import QLocale, QSettings

    from ui.app import create_application
    from ui.i18n import install_translations
    from ui.main_window import MainWindow

    language = request.param
    previous_locale = QLocale()
    app = create_application()
    settings = QSettings()
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()
    window = None
    try:
        app = create_application()  # reads the Settings choice, as at start-up
        window = MainWindow(demo=True, demo_subscriptions=DEMO_SIZE, ignore_saved_state=True)
        qtbot.addWidget(window)
        window.resize(1480, 900)
        with qtbot.waitSignal(window.syncCompleted, timeout=60_000):
            window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
        yield window, LANGUAGES[language]
    finally:
        if window is not None:
            window.shutdown()
        settings.remove(SETTINGS_KEY)
        settings.sync()
        install_translations(app, "en", system=QLocale("en_US"))
        QLocale.setDefault(previous_locale)


def _select(qtbot: Any, window: Any, wanted: Any) -> Any:
    row = next(r for r in window.model.rows() if wanted(r))
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        window.table.select_id(row.id)
    return row


def test_window_speaks_the_chosen_language(localized_window: tuple[Any, dict]) -> None:
    from PySide6.QtCore import QLocale, Qt

    from ui.i18n import app_language
    from ui.subscription_model import Column

    window, lang = localized_window
    assert QLocale().name() == lang["locale"]
    assert app_language() == lang["locale"][:2]
    assert window.tabs.tabText(0) == lang["tab"]
    assert window.header.synced_label.text().startswith(lang["synced"])
    headers = [
        window.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in list(Column)[:6]
    ]
    assert headers == lang["headers"]
    for key, word in lang["statuses"].items():
        if key in window.chips.chips:
            assert window.chips.chips[key].label == word


def test_portal_opens_in_the_customers_language_else_the_windows(
    localized_window: tuple[Any, dict],
) -> None:
    from desktop_app.portal import portal_locale

    window, lang = localized_window
    ctx = window.account_actions.controller.ctx
    assert ctx is not None
    assert ctx.app_language == lang["locale"][:2]
    assert portal_locale((), ctx.app_language, ctx.portal_locale) == lang["locale"][:2]
    assert portal_locale(("de-DE",), ctx.app_language, ctx.portal_locale) == "de"


def test_table_shows_statuses_money_periods_and_dates(localized_window: tuple[Any, dict]) -> None:
    from PySide6.QtCore import Qt

    from ui.subscription_model import Column

    window, lang = localized_window
    model = window.model
    seen_status = seen_money = seen_date = 0
    for number, row in enumerate(model.rows()):

        def cell(column: Column, n: int = number) -> str:
            return str(model.data(model.index(n, column), Qt.ItemDataRole.DisplayRole))

        status = str(row.display_status)
        if status in lang["statuses"] and not row.collection_paused:
            assert cell(Column.STATUS) == lang["statuses"][status]
            seen_status += 1
        elif status in lang["statuses"]:
            both = f"{lang['statuses'][status]}, {lang['statuses']['collection_paused']}"
            assert cell(Column.STATUS) == both
        period = lang["periods"].get((row.interval, row.interval_count or 1))
        if row.currency == "eur" and row.amount_minor is not None and period:
            money = lang["euro"](_number(row.amount_minor, lang["group"]))
            assert cell(Column.AMOUNT) == f"{money} · {period}"
            seen_money += 1
        if status == "active" and row.next_billing_kind == "renews" and row.next_billing_date:
            assert cell(Column.NEXT_BILLING) == _medium_date(row.next_billing_date, lang["months"])
            seen_date += 1
    assert seen_status > 10
    assert seen_money > 0
    assert seen_date > 0


def test_summary_card_of_a_past_due_subscription(
    qtbot: Any, localized_window: tuple[Any, dict]
) -> None:
    window, lang = localized_window
    row = _select(
        qtbot,
        window,
        lambda r: (
            str(r.display_status) == "past_due"
            and r.currency == "eur"
            and r.interval == "month"
            and (r.interval_count or 1) == 1
        ),
    )
    card = window.card
    qtbot.waitUntil(lambda: card.warning.isVisible(), timeout=10_000)
    assert card.label_text("next") == lang["card_labels"]["next"]
    assert card.label_text("period") == lang["card_labels"]["period"]
    assert card.field_text("period") == lang["periods"][("month", 1)]
    money = lang["euro"](_number(row.amount_minor, lang["group"]))
    assert card.field_text("amount") == f"{money} · {lang['periods'][('month', 1)]}"
    assert card.field_text("next") == _medium_date(row.next_billing_date, lang["months"])
    assert card.warning.text().startswith(lang["past_due_warning"])
    assert card.portal_button.text() == lang["portal_button"]
    assert card.badge.accessibleName()  # the badge is there for screen readers too


def _clipped(widget: Any) -> list[str]:
    """Visible labels and buttons under ``widget`` narrower (or, wrapped, shorter) than
    their text needs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    problems = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not child.isVisible() or not child.text():
            continue
        if isinstance(child, QLabel) and child.wordWrap():
            needed_height = child.heightForWidth(child.width())
            if child.height() < needed_height:
                problems.append(f"{child.text()!r}: height {child.height()} < {needed_height}")
            continue
        needed = child.minimumSizeHint().width()
        if child.width() < needed:
            problems.append(f"{child.text()!r}: width {child.width()} < {needed}")
    return problems


def test_nothing_is_clipped(qtbot: Any, localized_window: tuple[Any, dict]) -> None:
    from PySide6.QtWidgets import QScrollArea

    from ui.subscription_model import Column

    window, _lang = localized_window
    _select(qtbot, window, lambda r: str(r.display_status) == "past_due")
    card = window.card
    qtbot.waitUntil(lambda: card.warning.isVisible(), timeout=10_000)
    parts = (card, window.header, window.chips)

    def laid_out() -> None:  # the layouts settle after the texts change
        assert [p for part in parts for p in _clipped(part)] == []

    qtbot.waitUntil(laid_out, timeout=5_000)
    scroll = card.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll is not None
    assert not scroll.horizontalScrollBar().isVisible()
    header = window.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in list(Column)[:-1]:  # the last section stretches
        text = window.model.headerData(column, header.orientation())
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text
