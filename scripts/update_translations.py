"""Refresh the Dutch and Swedish translation sources from the code, or check them.

    scripts/update_translations.py          run pyside6-lupdate over ui/ and desktop_app/ into
                                            resources/translations/billing_manager_{nl,sv}.ts
                                            (and _en.ts, which holds English plural forms only)
                                            (keeps existing translations, drops strings that
                                            left the code), then rebuild the .qm files
    scripts/update_translations.py --check  change nothing; exit 1 and list every problem:
                                            a visible string missing from a .ts file, an entry
                                            unfinished, vanished or obsolete, a placeholder
                                            (%1, %n, {name}) lost in a translation

The .ts files keep no source locations (``-locations none``), so editing code does not
churn them and branches merge cleanly. Open them in ``pyside6-linguist`` to translate.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
# Every folder with translatable text: the window's tr()/translate(), and the core's
# desktop_app.text translate()/mark() (the core has no Qt; see desktop_app/text.py).
SOURCE_DIRS = ("ui", "desktop_app")
# desktop_app.text.mark() is the core's QT_TRANSLATE_NOOP.
TR_ALIASES = "QT_TRANSLATE_NOOP+=mark"
LANGUAGES = {"en": "en_US", "nl": "nl_NL", "sv": "sv_SE"}
# English needs only the plural forms ("Every %n month(s)" -> "Every 3 months").
PLURAL_ONLY = frozenset({"en"})
CATALOGUE = "billing_manager"
_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    translations: tuple[str, ...] = field(default=())

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def describe(self) -> str:
        note = f" ({self.comment})" if self.comment else ""
        return f"[{self.context or '<no context>'}] {self.source!r}{note}"


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files += [p for p in (root / folder).rglob("*.py") if "__pycache__" not in p.parts]
    return sorted(files)


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run scripts/setup.sh --tests first")
    return found


def run_lupdate(ts_files: list[Path], *, drop_obsolete: bool, root: Path = ROOT) -> str:
    """Run lupdate over the sources into ``ts_files``; returns its warnings."""
    outputs: list[str] = []
    for ts in ts_files:
        code = ts.stem.rsplit("_", 1)[1]
        args = [tool("pyside6-lupdate"), "-locations", "none", "-tr-function-alias", TR_ALIASES]
        args += ["-target-language", LANGUAGES[code]]
        if code in PLURAL_ONLY:
            args.append("-pluralonly")
        if drop_obsolete:
            args.append("-no-obsolete")
        args += [str(p) for p in source_files(root)]
        args += ["-ts", str(ts)]
        result = subprocess.run(args, capture_output=True, text=True, check=False, cwd=root)
        if result.returncode != 0:
            raise SystemExit(f"pyside6-lupdate failed for {ts.name}:\n{result.stderr}")
        outputs.append(result.stderr)
    return "".join(outputs)


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    # Our own .ts files, written by lupdate: not untrusted input.
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            translation = msg.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif msg.get("numerus") == "yes":
                texts = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment") or "",
                    numerus=msg.get("numerus") == "yes",
                    kind=kind,
                    translations=texts,
                )
            )
    return messages


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def translation_problems(messages: list[Message], language: str) -> list[str]:
    """Problems inside one .ts file as it is (no lupdate run)."""
    problems: list[str] = []
    for m in messages:
        where = f"{language}: {m.describe()}"
        if m.kind in {"vanished", "obsolete"}:
            problems.append(f"{where} is {m.kind}: run scripts/update_translations.py")
            continue
        if m.kind == "unfinished" or not m.translations or not all(m.translations):
            problems.append(f"{where} is not translated (unfinished)")
            continue
        if not m.context:
            problems.append(f"{where} has no context: use QT_TRANSLATE_NOOP(context, text)")
        wanted = _placeholders(m.source)
        if m.numerus:
            wanted.add("%n")
        for text in m.translations:
            if _placeholders(text) != wanted:
                problems.append(f"{where}: translation {text!r} must keep {sorted(wanted)}")
    return problems


def check(folder: Path = TRANSLATIONS, root: Path = ROOT) -> list[str]:
    """Every problem with the .ts files in ``folder`` against the code under ``root``."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bm-lupdate-") as tmp:
        copies: list[Path] = []
        for language in LANGUAGES:
            original = ts_path(language, folder)
            if not original.is_file():
                problems.append(f"{original.name} is missing: run scripts/update_translations.py")
                continue
            copy = Path(tmp) / original.name
            shutil.copyfile(original, copy)
            copies.append(copy)
        warnings = run_lupdate(copies, drop_obsolete=False, root=root) if copies else ""
        problems += [f"lupdate: {line.strip()}" for line in warnings.splitlines() if line.strip()]
        for copy in copies:
            language = copy.stem.rsplit("_", 1)[1]
            before = read_ts(ts_path(language, folder))
            known = {m.key for m in before}
            for m in read_ts(copy):
                if m.key not in known:
                    problems.append(f"{language}: {m.describe()} is in the code but not in the .ts")
                elif m.kind in {"vanished", "obsolete"}:
                    problems.append(f"{language}: {m.describe()} is no longer in the code")
            problems += translation_problems(before, language)
    return problems


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    warnings = run_lupdate([ts_path(lang) for lang in LANGUAGES], drop_obsolete=True)
    if warnings.strip():
        print(warnings, file=sys.stderr)
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_translations import main as build

    build()
    for language in LANGUAGES:
        messages = read_ts(ts_path(language))
        todo = [m for m in messages if m.kind == "unfinished"]
        print(f"{ts_path(language).name}: {len(messages)} strings, {len(todo)} to translate")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; list problems")
    args = parser.parse_args(argv)
    if not args.check:
        update()
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s).", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
