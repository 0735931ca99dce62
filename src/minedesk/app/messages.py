"""What the core says, in the window's language.

The core keeps its sentences as English templates with parameters (:class:`minedesk.core.errors.Msg`);
they are collected into the .ts files under the context ``core`` (packaging/i18n/core_messages.py
writes app/core_messages.py for lupdate). Here a template is translated and filled in. A finding
read back from a project holds only its English; it is matched against the templates to find
its parameters again, so that it reads in the window's language too."""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale

from minedesk.app.core_messages import TEMPLATES
from minedesk.core.errors import InputError, Msg, regroup

CONTEXT = "core"
_FIELD = re.compile(r"\{(\w+)(![rsa])?(:[^{}]*)?\}")


def translate(template: str) -> str:
    """``template`` in the window's language (itself when it has no translation)."""
    if not template:
        return template
    return QCoreApplication.translate(CONTEXT, template)


def figure(text: str) -> str:
    """A figure Python wrote with grouping (``1,234.5``) in the window's separators (``1 234,5``)."""
    locale = QLocale()
    return regroup(text, locale.groupSeparator(), locale.decimalPoint())


def hectares_unit() -> str:
    """The unit of every figure, the one word for it in each language (ha, га)."""
    return QCoreApplication.translate("units", "ha", "hectares, the unit of every figure")


def say(text) -> str:
    """A :class:`Msg`, an :class:`InputError` or English text of the core, translated."""
    if text is None:
        return ""
    if isinstance(text, InputError | Msg):
        return text.render(translate, figure)
    return english(str(text))


def error_text(err: InputError) -> str:
    """The one line of an error, in the window's language."""
    return err.render(translate, figure)


def finding_detail(finding) -> str:
    """A finding's detail in the window's language."""
    message = getattr(finding, "message", None)
    if message is not None:
        return message.render(translate, figure)
    return english(finding.detail)


def english(text: str, depth: int = 0) -> str:
    """Finished English text of the core (kept in a project's file) in the window's language: the
    template it was made from translated and filled with what it was filled with."""
    if not text:
        return text
    direct = translate(text)
    if direct != text or depth > 2:
        return direct
    for template, pattern, names in _patterns():
        m = pattern.fullmatch(text)
        if m is None:
            continue
        values = {name: english(m.group(f"g{i}"), depth + 1) for i, name in enumerate(names)}
        target = translate(template)
        if target == template:
            return text
        plain = _FIELD.sub(lambda f: "{" + f.group(1) + "}", target.replace("{{", "\x00").replace("}}", "\x01"))
        try:
            return plain.format(**values).replace("\x00", "{").replace("\x01", "}")
        except (KeyError, IndexError, ValueError):
            return text
    return text


@lru_cache(maxsize=1)
def _patterns() -> list:
    """(template, regex, field names) of every template with fields, the most specific first."""
    out = []
    for template in TEMPLATES:
        if not _FIELD.search(template):
            continue
        parts, names, seen = [], [], {}
        at = 0
        for f in _FIELD.finditer(template):
            parts.append(re.escape(template[at:f.start()].replace("{{", "{").replace("}}", "}")))
            name = f.group(1)
            if name in seen:
                parts.append(f"(?P=g{seen[name]})")
            else:
                seen[name] = len(names)
                parts.append(f"(?P<g{len(names)}>.+?)")
                names.append(name)
            at = f.end()
        parts.append(re.escape(template[at:].replace("{{", "{").replace("}}", "}")))
        literal = len(_FIELD.sub("", template))
        if literal < 4:  # "{a}{b}", "{column}: {why}": structure, not a sentence
            continue
        out.append((literal, template, re.compile("".join(parts), re.DOTALL), names))
    out.sort(key=lambda t: -t[0])
    return [(t, p, n) for _, t, p, n in out]
