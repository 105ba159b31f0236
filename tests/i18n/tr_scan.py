"""Find user-visible text in the Qt front end that bypasses Qt's translation system.

An AST scan of ui/: a string literal (or an f-string, or text glued together with +)
passed straight to a widget's text setter, a widget constructor or a message box is a
string lupdate never sees, so Dutch and Swedish users would read English. Literals
without letters ("—", "…", "%") and the codes in ``ALLOWED`` are fine.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

# Methods whose string arguments the user reads.
TEXT_SETTERS = frozenset(
    {
        "setText",
        "setToolTip",
        "setWindowTitle",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
        "setTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setTabText",
        "setTabToolTip",
        "setItemText",
        "addTab",
        "insertTab",
        "addAction",
        "addMenu",
        "addItem",
        "addItems",
        "showMessage",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderLabels",
        "setPrefix",
        "setSuffix",
        "setSpecialValueText",
        "setButtonText",
        "setAccessibleName",
        "setAccessibleDescription",
    }
)
# Classes whose constructor takes visible text.
TEXT_WIDGETS = frozenset(
    {
        "QLabel",
        "PlainLabel",  # ui.plain_text: every label of the window
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QCommandLinkButton",
        "QAction",
        "QMenu",
        "QMessageBox",
        "QTableWidgetItem",
        "QListWidgetItem",
        "QStandardItem",
    }
)
# QMessageBox.information(parent, title, text) and friends.
MESSAGE_BOX_FUNCTIONS = frozenset({"information", "warning", "critical", "question", "about"})
TRANSLATE_FUNCTIONS = frozenset({"tr", "translate"})
# A tr() argument built with these is looked up after formatting: never found.
STRING_METHODS = frozenset({"format", "join", "replace", "upper", "lower", "capitalize", "title"})
# Visible text that stays the same in every language.
ALLOWED = frozenset({"Stripe", "Stripe Dashboard", "English", "Nederlands", "Svenska"})
_CODE = re.compile(r"^[A-Z0-9]{2,5}$")  # currency codes and acronyms: EUR, CSV, PDF, MRR
_URL = re.compile(r"^https?://\S+$")
# A word of two or more letters standing alone: "rk_live_…" (a key format) has none.
_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
# Wrappers lupdate does not see through: _tr("OK") is never extracted.
# A bare tr("...") outside a class lands in lupdate's empty context.
_WRAPPERS = re.compile(r"^_*(tr|translate)?$|^_*tr_$")
# A translated piece may be glued to data when it is a whole sentence or a heading.
_WHOLE = (".", ":", "!", "?", "…", ")")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_visible_text(text: str) -> bool:
    stripped = text.strip()
    if stripped in ALLOWED or _CODE.match(stripped) or _URL.match(stripped):
        return False
    return bool(_WORD.search(stripped))


def _is_translate_call(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) in TRANSLATE_FUNCTIONS


def _literal_problem(node: ast.expr) -> str | None:
    """Why this argument is untranslated visible text, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return f"literal {node.value!r}" if _is_visible_text(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return f"f-string with {parts!r}" if _is_visible_text(parts) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        for side in (node.left, node.right):
            problem = _literal_problem(side)
            if problem:
                return problem
    if isinstance(node, ast.IfExp):
        return _literal_problem(node.body) or _literal_problem(node.orelse)
    if isinstance(node, ast.BoolOp | ast.List | ast.Tuple):
        for element in node.values if isinstance(node, ast.BoolOp) else node.elts:
            problem = _literal_problem(element)
            if problem:
                return problem
    return None


def _call_problems(call: ast.Call) -> list[str]:
    name = _name(call.func)
    problems: list[str] = []
    checked = (
        name in TEXT_SETTERS
        or name in TEXT_WIDGETS
        or (
            name in MESSAGE_BOX_FUNCTIONS
            and isinstance(call.func, ast.Attribute)
            and _name(call.func.value) == "QMessageBox"
        )
    )
    if checked:
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            problem = _literal_problem(arg)
            if problem:
                problems.append(f"{name}() gets {problem}: wrap it in self.tr()")
    if name == "translate" and len(call.args) >= 2:
        context, text = call.args[0], call.args[1]
        literal_text = isinstance(text, ast.Constant) and isinstance(text.value, str)
        literal_context = isinstance(context, ast.Constant) and isinstance(context.value, str)
        if literal_text and not literal_context:
            problems.append("translate() with a computed context: lupdate needs a literal one")
    if name in TRANSLATE_FUNCTIONS and call.args:
        source = call.args[1] if name == "translate" and len(call.args) > 1 else call.args[0]
        computed = isinstance(source, ast.JoinedStr | ast.BinOp) or (
            isinstance(source, ast.Call)
            and isinstance(source.func, ast.Attribute)
            and source.func.attr in STRING_METHODS
        )
        if computed:
            problems.append(
                f"{name}() gets a computed string: translate a literal with "
                "placeholders, e.g. self.tr('Ends on {date}').format(date=...)"
            )
    return problems


def _is_fragment(call: ast.expr) -> bool:
    """A tr("...") whose text is not a whole sentence or heading ("Ends on ")."""
    if not (isinstance(call, ast.Call) and call.args):
        return False
    source = (
        call.args[1] if _name(call.func) == "translate" and len(call.args) > 1 else call.args[0]
    )
    if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
        return False
    text = source.value
    return text != text.rstrip() or not text.rstrip().endswith(_WHOLE)


def _concat_problems(node: ast.BinOp) -> list[str]:
    if not isinstance(node.op, ast.Add):
        return []
    sides = (node.left, node.right)
    translated = [side for side in sides if _is_translate_call(side)]
    glued_text = any(_literal_problem(side) for side in sides)
    if translated and (glued_text or any(_is_fragment(side) for side in translated)):
        return ["translated fragments glued with +: translate the whole sentence"]
    return []


def _wrapper_problems(call: ast.Call) -> list[str]:
    literal_arg = any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args)
    if not (isinstance(call.func, ast.Name) and _WRAPPERS.match(call.func.id) and literal_arg):
        return []
    if call.func.id == "translate" and len(call.args) >= 2:
        return []  # translate("Context", "text"): lupdate reads it (the core's form)
    return [
        f"{call.func.id}() with a literal: lupdate never sees it; call self.tr() or "
        "QCoreApplication.translate(context, text) directly"
    ]


def scan_source(source: str, filename: str = "<source>") -> list[str]:
    """Every problem in one file, as "file:line: message"."""
    problems: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        found: list[str] = []
        if isinstance(node, ast.Call):
            found = _call_problems(node) + _wrapper_problems(node)
        elif isinstance(node, ast.BinOp):
            found = _concat_problems(node)
        problems += [f"{filename}:{node.lineno}: {message}" for message in found]
    return problems


def scan_tree(folder: Path) -> list[str]:
    """Every problem in the Python files under ``folder`` (ui/ or the core)."""
    problems: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(folder.parent)
        problems += scan_source(path.read_text(encoding="utf-8"), str(relative))
    return problems
