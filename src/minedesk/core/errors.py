"""Errors that reach the user as one line: which file, what is wrong, what to do.

The core speaks English, but what it says is kept as a template and its parameters
(:class:`Msg`), never only as finished text: the command line prints the English, the window
translates the template (``resources/i18n/*.ts``, context ``core``) and fills in the same
parameters. Templates are literal strings with ``{name}`` fields, so that
``packaging/i18n/core_messages.py`` can collect them from the source for the translators.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


class Msg:
    """A sentence for people: an English ``template`` with ``{name}`` fields and their values.

    A value may itself be a :class:`Msg` (translated with it) or a list of them (joined with
    ``sep``). ``str(msg)`` is the English; :meth:`render` gives it in another language."""

    __slots__ = ("params", "sep", "template")

    def __init__(self, template: str, /, sep: str = "; ", **params):
        self.template = template
        self.params = params
        self.sep = sep

    def render(self, translate: Translate = _same, number: Translate | None = None) -> str:
        """The sentence, its template through ``translate``; ``number`` rewrites each figure
        formatted with grouping (``{n:,}``, ``{ha:,.2f}``) in the language's separators."""
        values = {}
        for key, value in self.params.items():
            if isinstance(value, Msg):
                value = value.render(translate, number)
            elif isinstance(value, list | tuple) and any(isinstance(v, Msg) for v in value):
                value = self.sep.join(v.render(translate, number) if isinstance(v, Msg) else str(v) for v in value)
            values[key] = value
        if not values:
            return translate(self.template)
        text = translate(self.template)
        if number is not None:
            text = _grouped_figures(text, values, number)
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field: the English
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __contains__(self, text: str) -> bool:
        return text in str(self)

    def __getattr__(self, name: str):
        """Read as the English text it says (``endswith``, ``lower``...), as the code before did."""
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(str(self), name)

    def __repr__(self) -> str:
        return f"Msg({self.template!r}, {self.params!r})"

    def __eq__(self, other) -> bool:
        return str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))

    def __add__(self, other) -> Msg:
        return Msg("{a}{b}", a=self, b=other)

    def __radd__(self, other) -> Msg:
        return Msg("{a}{b}", a=other, b=self)

    @staticmethod
    def join(sep: str, parts) -> Msg:
        """``parts`` (Msg or text) joined by ``sep``, each translated on its own."""
        return Msg("{parts}", sep=sep, parts=[p if isinstance(p, Msg) else Msg("{t}", t=p) for p in parts])


_FIELD = re.compile(r"(?<!\{)\{(\w+)(:[^{}]*,[^{}]*)\}")


def regroup(figure: str, group: str, point: str) -> str:
    """A figure Python wrote with grouping (``1,234.5``) in a language's group separator and
    decimal point (``1 234,5``): what a front end gives :meth:`Msg.render` as ``number``."""
    return figure.replace(",", "\x00").replace(".", point).replace("\x00", group)


def _grouped_figures(text: str, values: dict, number: Translate) -> str:
    """``text`` with each grouped figure's field replaced by the figure written by ``number``
    (its value goes into ``values`` under a name of its own)."""
    def put(m):
        value = values.get(m.group(1))
        if not isinstance(value, int | float) or isinstance(value, bool):
            return m.group(0)
        key = f"_figure{len(values)}"
        values[key] = number(format(value, m.group(2)[1:]))
        return "{" + key + "}"
    return _FIELD.sub(put, text)


def as_msg(text, /, **params) -> Msg:
    """``text`` as a :class:`Msg` (a template when ``params`` are given)."""
    if isinstance(text, Msg):
        return text
    if params:
        return Msg(str(text), **params)
    return Msg(str(text)) if text else Msg("")


class InputError(Exception):
    """A file or an option MineDesk cannot use.

    ``str(err)`` is the one line shown to the user: ``"<file>: <problem>; <what to do>"``.
    ``problem`` and ``hint`` are templates (or :class:`Msg`) filled with ``params``;
    :meth:`render` says the line in the window's language.
    """

    def __init__(self, source: str | os.PathLike | None, problem, hint="", **params):
        self.source = os.fspath(source) if source is not None else None
        self.problem_msg = as_msg(problem, **params)
        self.hint_msg = as_msg(hint, **params) if hint else Msg("")
        self.params = params
        super().__init__(self.message)

    @property
    def problem(self) -> str:
        return str(self.problem_msg)

    @property
    def hint(self) -> str:
        return str(self.hint_msg)

    def render(self, translate: Translate = _same, number: Translate | None = None) -> str:
        problem = self.problem_msg.render(translate, number)
        text = f"{self.source}: {problem}" if self.source else problem
        hint = self.hint_msg.render(translate, number) if self.hint_msg.template else ""
        if hint:
            text += f"; {hint}"
        # one line, whatever the GDAL message held (a no-break space between digits stays)
        return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip()

    @property
    def message(self) -> str:
        return self.render()
