"""Collect every sentence the core (and io, exchange, store, outputs) can say to the window into
src/minedesk/app/core_messages.py, as QT_TRANSLATE_NOOP("core", ...) entries lupdate reads.

The core has no Qt: it says things as templates with parameters (minedesk.core.errors.Msg,
InputError(source, problem, hint, **params), Finding(label, KIND, detail)). This reads the source
(ast, nothing is imported) and collects:

- the literal templates given to Msg(...), InputError(...), _error(...) and Finding(...) (kind and
  detail), and module-level string constants they name (DAMAGED_HINT, the kinds in schema.py);
- the words the window shows as data: release categories and finding kinds.

Anything else given there (an f-string, text glued with +) is a sentence nobody could translate:
it is listed as a problem, and ``--check`` (tests/test_translations.py) fails on it and on a
core_messages.py that is not what this makes.

    python packaging/i18n/core_messages.py          # write src/minedesk/app/core_messages.py
    python packaging/i18n/core_messages.py --check  # exit 1 if it is stale or a message is not a template
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "minedesk"
OUTPUT = PACKAGE / "app" / "core_messages.py"
#: What the window shows from outside the app: the core, the readers and writers.
SOURCES = ["core/*.py", "io.py", "exchange.py", "store.py", "outputs.py", "app/basemap.py"]
#: The calls whose text arguments are templates: name -> positions of the templates (and keywords).
CALLS = {"Msg": ((0,), ("template",)), "BadValue": ((0,), ()), "InputError": ((1, 2), ("problem", "hint")),
         "_error": ((1, 2), ("problem", "hint")), "ProjectReadOnly": ((1, 2), ()), "ProjectLocked": ((1, 2), ()),
         "ProjectChanged": ((1, 2), ()), "ProjectNotEditable": ((1, 2), ()), "Finding": ((1, 2), ("kind", "detail")),
         "_fail": ((1,), ()), "_bad": ((0,), ()), "_mgrs_bad": ((1,), ())}
#: Module-level names whose strings are words the window shows (data values, form labels).
#: (Release methods and task-order fields and sections are marked where they are defined,
#: QT_TRANSLATE_NOOP in their own contexts ReleaseMethod, TaskOrderField, TaskOrderSection.)
WORDS = {"core/model.py": ["Category"], "core/schema.py": ["FINDING_KINDS"]}
#: Qt's own standard buttons, for languages Qt ships no translation of (Azerbaijani).
QT_WORDS = {"QPlatformTheme": ["OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All",
                               "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
                               "Restore Defaults"]}


def _files() -> list[Path]:
    return sorted({p for pattern in SOURCES for p in PACKAGE.glob(pattern)})


def _constants(trees: dict[Path, ast.Module]) -> dict[str, list[str]]:
    """NAME = "text" (or Msg("text", ...)) of every source, by name over all of them."""
    found: dict[str, list[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                texts = _texts(node.value)
                for t in targets:
                    if isinstance(t, ast.Name) and texts is not None:
                        found.setdefault(t.id, []).extend(texts)
    return found


def _texts(node) -> list[str] | None:
    """The literal text of ``node``: a string, or a parenthesised run of them; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Msg" and node.args:
        return _texts(node.args[0])
    if isinstance(node, ast.IfExp):
        a, b = _texts(node.body), _texts(node.orelse)
        return a + b if a is not None and b is not None else None
    return None


def _all_strings(node) -> list[str]:
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def collect() -> tuple[list[str], list[str]]:
    """(templates in order of first appearance, problems)."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in _files()}
    constants = _constants(trees)
    templates: dict[str, None] = {}
    problems: list[str] = []
    for path, tree in trees.items():
        rel = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name not in CALLS:
                continue
            positions, keywords = CALLS[name]
            given = [node.args[i] for i in positions if i < len(node.args)]
            given += [k.value for k in node.keywords if k.arg in keywords]
            for arg in given:
                texts = _texts(arg)
                if texts is not None:
                    templates.update(dict.fromkeys(t for t in texts if t.strip()))
                elif isinstance(arg, ast.Name):
                    if arg.id in constants:
                        templates.update(dict.fromkeys(constants[arg.id]))
                    elif arg.id.isupper():
                        problems.append(f"{rel}:{arg.lineno}: {arg.id} is not a text constant MineDesk knows")
                elif isinstance(arg, ast.JoinedStr | ast.BinOp):
                    problems.append(f"{rel}:{arg.lineno}: {name}() is given text made on the fly "
                                    f"({ast.get_source_segment(path.read_text(encoding='utf-8'), arg)[:60]}...): "
                                    "give a template and its parameters")
        for node in tree.body:
            if rel not in WORDS:
                continue
            named = (node.name if isinstance(node, ast.ClassDef) else
                     next((t.id for t in getattr(node, "targets", [getattr(node, "target", None)])
                           if isinstance(t, ast.Name)), None))
            if named in WORDS[rel]:
                value = node if isinstance(node, ast.ClassDef) else node.value
                words = _all_strings(value)
                if named == "FIELDS":  # (key, label, section): the labels and sections
                    words = [w for el in value.elts for w in _all_strings(el)[1:]]
                if named == "FINDING_KINDS":  # the kinds of finding, by their names
                    words = [w for el in value.elts for w in constants.get(el.id, [])]
                templates.update(dict.fromkeys(w for w in words if w.strip() and not w.startswith("How ")))
    return [t for t in templates if _words(t)], problems


def _words(template: str) -> bool:
    """Whether ``template`` holds words to translate (not only fields and punctuation: "{a}{b}")."""
    return any(c.isalpha() for c in re.sub(r"\{[^{}]*\}", "", template))


def render(templates: list[str]) -> str:
    lines = ['"""Every sentence and word the core can show in the window, for lupdate to collect into the .ts',
             "files (context \"core\"; the window translates them through minedesk.app.messages), and Qt's",
             "standard buttons for the languages Qt has no translation of.",
             "",
             "Made by packaging/i18n/core_messages.py from the source: do not edit, run it again.",
             '"""',
             "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP",
             "",
             "TEMPLATES = ("]
    lines += [f'    QT_TRANSLATE_NOOP("core", {t!r}),' for t in templates]
    lines += [")", "", "QT_WORDS = ("]
    lines += [f"    QT_TRANSLATE_NOOP({context!r}, {w!r})," for context, words in QT_WORDS.items() for w in words]
    lines += [")", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    templates, problems = collect()
    text = render(templates)
    if "--check" in argv:
        stale = not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text
        for p in problems:
            print(p)
        if stale:
            print(f"{OUTPUT.relative_to(ROOT)} is not current: run packaging/update_translations.sh")
        return 1 if stale or problems else 0
    OUTPUT.write_text(text, encoding="utf-8")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{OUTPUT.relative_to(ROOT)}: {len(templates)} templates")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
