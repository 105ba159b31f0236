"""The Dutch and Swedish catalogues are complete, current and load; no visible string
in the front end bypasses the translation system."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.i18n.conftest import ROOT, load_script
from tests.i18n.tr_scan import scan_source, scan_tree

update_translations = load_script("update_translations")


def test_ts_files_are_complete_and_match_the_code() -> None:
    problems = update_translations.check()
    assert problems == [], "\n".join(
        ["Run scripts/update_translations.py, then translate in pyside6-linguist:", *problems]
    )


def _scratch_project(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of ui/ and of the .ts files to break on purpose."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "ui", root / "ui", ignore=shutil.ignore_patterns("__pycache__"))
    folder = tmp_path / "translations"
    shutil.copytree(ROOT / "resources" / "translations", folder)
    return root, folder


def test_check_reports_new_vanished_and_unfinished_strings(tmp_path: Path) -> None:
    root, folder = _scratch_project(tmp_path)
    (root / "ui" / "extra_widget.py").write_text(
        textwrap.dedent(
            """
            from PySide6.QtWidgets import QWidget

            class ExtraWidget(QWidget):
                def label(self) -> str:
                    return self.tr("A string nobody translated yet")
            """
        )
    )
    main_window = root / "ui" / "main_window.py"
    main_window.write_text(
        main_window.read_text().replace("Starting the demo account…", "Reworded text.")
    )
    nl = folder / "billing_manager_nl.ts"
    nl.write_text(
        nl.read_text().replace(
            "<translation>Achterstallig</translation>",
            '<translation type="unfinished"></translation>',
        )
    )

    problems = update_translations.check(folder=folder, root=root)

    text = "\n".join(problems)
    assert "nl: [ExtraWidget] 'A string nobody translated yet' is in the code but not" in text
    assert "sv: [ExtraWidget] 'A string nobody translated yet' is in the code but not" in text
    assert "nl: [MainWindow] 'Starting the demo account…' is no longer in the code" in text
    assert "nl: [Status] 'Past due' is not translated (unfinished)" in text
    assert not any(p.startswith("sv: [Status] 'Past due'") for p in problems)


def test_check_reports_lost_placeholders(tmp_path: Path) -> None:
    _root, folder = _scratch_project(tmp_path)
    sv = folder / "billing_manager_sv.ts"
    sv.write_text(
        sv.read_text().replace(
            "<numerusform>Var %n:e månad</numerusform>",
            "<numerusform>Var tredje månad</numerusform>",
            1,
        )
    )
    messages = update_translations.read_ts(sv)
    problems = update_translations.translation_problems(messages, "sv")
    assert any("'Every %n month(s)'" in p and "must keep ['%n']" in p for p in problems)


@pytest.mark.parametrize("folder", ["ui", "desktop_app"])
def test_no_visible_literal_bypasses_translation(folder: str) -> None:
    problems = scan_tree(ROOT / folder)
    assert problems == [], "\n".join(problems)


def test_scan_flags_each_way_of_bypassing_tr() -> None:
    source = textwrap.dedent(
        """
        label = QLabel("Next billing date")
        button.setText(f"Refresh {name}")
        window.setWindowTitle("Billing" if demo else self.tr("Billing"))
        QMessageBox.warning(self, "Sync failed", self.tr("Try again"))
        menu.addAction(icon, "Export to CSV")
        table.setHorizontalHeaderLabels([self.tr("Customer"), "Plan"])
        text = self.tr("Ends on ") + date_text
        title = self.tr(f"Hello {name}")
        other = self.tr("Ends on {date}".format(date=day))
        result = _tr("OK")
        core = translate(CONTEXT, "Pause collection")
        fine = [QLabel("—"), QLabel("EUR"), QLabel(self.tr("Plan")), QLabel("Stripe")]
        fine2 = [edit.setPlaceholderText("rk_live_…  /  sk_test_…"), QLabel("https://x.test")]
        fine3 = self.tr("Could not connect.") + " " + message
        fine4 = translate("Confirmations", "Pause collection").format(x=1)
        """
    )
    problems = scan_source(source, "sample.py")
    lines = sorted(int(p.split(":")[1]) for p in problems)
    assert lines == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]


def test_compiled_catalogues_load_and_translate(built_catalogues: Path) -> None:
    from PySide6.QtCore import QTranslator

    expected = {"nl": "Achterstallig", "sv": "Förfallen"}
    for language, word in expected.items():
        translator = QTranslator()
        assert translator.load(str(built_catalogues / f"billing_manager_{language}.qm"))
        assert translator.translate("Status", "Past due") == word


@pytest.mark.gui
def test_installed_language_translates_statuses_periods_and_qt_buttons(
    switch_language: Callable[[str], str],
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.billing_periods import period_label
    from ui.i18n import app_language
    from ui.theme import status_label

    expected = {
        "nl": ("nl_NL", "Wordt opgezegd", "Elke 3 maanden", "Jaarlijks", "Annuleren"),
        "sv": ("sv_SE", "Avslutas", "Var 3:e månad", "Årsvis", "Avbryt"),
        "en": ("en_US", "Canceling", "Every 3 months", "Yearly", "Cancel"),
    }
    for language, (locale, canceling, quarterly, yearly, cancel) in expected.items():
        assert switch_language(language) == language
        assert app_language() == language
        assert QLocale().name() == locale
        assert status_label("canceling") == canceling
        assert period_label("month", 3) == quarterly
        assert period_label("year") == yearly
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel


@pytest.mark.gui
def test_core_messages_follow_the_window_language(
    switch_language: Callable[[str], str],
) -> None:
    from datetime import date

    from desktop_app.action_permissions import offline_reason
    from desktop_app.actions import ActionTarget
    from desktop_app.confirmations import ConfirmKind, build_confirmation
    from desktop_app.pause import PauseBehavior

    target = ActionTarget(
        subscription_id="sub_123",
        customer_id="cus_9",
        customer_name="Sanne de Vries",
        plan_label="Pro",
        period_end=date(2026, 12, 1),
    )
    english = build_confirmation(ConfirmKind.CANCEL, target, livemode=False)
    assert "will end on 2026-12-01" in english.text  # the command line: ISO dates

    switch_language("nl")
    dutch = build_confirmation(ConfirmKind.CANCEL, target, livemode=False)
    assert dutch.title == "Opzeggen per einde periode"
    assert dutch.text.startswith(
        "Het abonnement Pro van Sanne de Vries (sub_123) eindigt op 1 dec 2026."
    )
    assert PauseBehavior.VOID.label == "Facturen ongeldig maken"
    assert offline_reason().startswith("Niet verbonden")

    switch_language("sv")
    swedish = build_confirmation(ConfirmKind.RENEW, target, livemode=True)
    assert swedish.title == "LIVE: Förnya abonnemang"
    assert "förnyas den 1 dec. 2026" in swedish.text
    assert swedish.text.endswith("Skriv ”Sanne de Vries” för att bekräfta.")

    switch_language("en")
    assert (
        "will end on Dec 1, 2026"
        in build_confirmation(ConfirmKind.CANCEL, target, livemode=False).text
    )


def test_status_names_match_the_glossary() -> None:
    """The statuses table of GLOSSARY.md is what the window's badges and chips say."""
    glossary = (ROOT / "resources" / "translations" / "GLOSSARY.md").read_text(encoding="utf-8")
    section = glossary.split("## Subscription statuses", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:-1] for line in section.splitlines() if line.startswith("| ")]
    terms = {cells[1].strip(): (cells[2].strip(), cells[3].strip()) for cells in rows[1:]}
    assert len(terms) == 11
    for language, column in (("nl", 0), ("sv", 1)):
        messages = update_translations.read_ts(update_translations.ts_path(language))
        badges = {m.source: m.translations[0] for m in messages if m.context == "Status"}
        for english, words in terms.items():
            assert badges[english] == words[column], (language, english)
