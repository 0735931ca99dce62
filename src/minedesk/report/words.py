"""The words of a document in the language chosen (English, Azerbaijani, Russian), with English
(or another of them) as a second language on the same page when asked.

The translations are the project's own: ``resources/i18n/minedesk_{az,ru}.qm``, compiled from the
``.ts`` files that ``packaging/update_translations.sh`` collects from the report modules (the
``translate("Context", "text")`` calls below are what lupdate finds). Numbers print in the
language's own way (decimal and group separators, QLocale's: ``1,234.5678`` en,
``1.234,5678`` az, ``1 234,5678`` ru), dates with the language's month names. Coordinates keep
a decimal point and no group separator (the callers format them with :mod:`minedesk.core.coords`),
so that a field team can type or paste them back.

Works on PySide6 and on QGIS's PyQt5 (``minedesk.report.qt``).
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from minedesk.core.errors import InputError, regroup
from minedesk.report.qt import QLocale, QTranslator, translated

LANGUAGES = ("en", "az", "ru")
#: the languages' own names, for a choice in a form
LANGUAGE_NAMES = {"en": "English", "az": "Azərbaycanca", "ru": "Русский"}

_HERE = Path(__file__).resolve().parent
_QM_DIRS = [
    _HERE / "i18n",  # inside the QGIS plugin
    _HERE.parent / "_resources" / "i18n",  # an installed wheel (minedesk/_resources)
    Path(getattr(sys, "_MEIPASS", _HERE)) / "resources" / "i18n",  # the one-folder application
    _HERE.parents[2] / "resources" / "i18n",  # the source tree
]
_translators: dict[str, QTranslator | None] = {}


def check_language(code, what: str = "--language") -> str:
    """``code`` as one of LANGUAGES, or an InputError saying what to give."""
    code = (code or "en").lower()
    if code not in LANGUAGES:
        raise InputError(what, f"{code!r} is not a language MineDesk prints in", f"use one of {', '.join(LANGUAGES)}")
    return code


def _translator(code: str) -> QTranslator | None:
    """The loaded translation of ``code`` (None for English, the source language)."""
    if code == "en":
        return None
    if code not in _translators:
        translator = QTranslator()
        for folder in _QM_DIRS:
            if translator.load(str(folder / f"minedesk_{code}.qm")):
                break
        else:
            raise InputError(f"minedesk_{code}.qm", f"the {LANGUAGE_NAMES[code]} translation of the documents is not "
                             f"installed (looked in {', '.join(str(f) for f in _QM_DIRS)})",
                             "reinstall MineDesk, or choose --language en")
        _translators[code] = translator
    return _translators[code]


def _join(first: str, other: str) -> str:
    if other == first:
        return first
    return f"{first}\n{other}" if len(first) + len(other) > 70 else f"{first} / {other}"


def language_of_locale(name: str | None) -> str:
    """The document language for a locale or window language name (``az_AZ``, ``ru``,
    ``system``...): az or ru when it is one of them, else en."""
    code = (name or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


class Words:
    """A document's language: ``translate`` gives its words (with the second language after a
    slash, or on the next line for long ones, when there is one), ``number``, ``ha`` and ``date``
    its figures and dates in the first language's way."""

    def __init__(self, language: str = "en", second: str | None = None):
        self.language = check_language(language)
        self.second = check_language(second, "--second-language") if second else None
        if self.second == self.language:
            self.second = None
        self._first = _translator(self.language)
        self._other = _translator(self.second) if self.second else None
        self.locale = QLocale(self.language)

    @property
    def single(self) -> Words:
        """The same language without the second one (for units, figures in a sentence)."""
        return self if self.second is None else Words(self.language)

    def _in(self, translator, context: str, text: str) -> str:
        if translator is None:
            return text
        return translated(translator, context, text) or text

    def translate(self, context: str, text: str) -> str:
        """``text`` (English source) in the document's language, followed by the second
        language's when there is one: labels, headings, table headers. Values and table
        cells take :attr:`single`."""
        first = self._in(self._first, context, text)
        if self.second is None:
            return first
        return _join(first, self._in(self._other, context, text))

    def each(self, say) -> str:
        """``say(words)`` for the first language, then for the second one when there is one: for
        words made of words (``Released to date: cleared``), each in its own language."""
        first = say(self.single)
        if self.second is None:
            return first
        return _join(first, say(Words(self.second)))

    def say(self, message) -> str:
        """A sentence of the core (:class:`~minedesk.core.errors.Msg`, context ``core``) in the
        first language, its figures in the language's separators."""
        words = self.single
        if not hasattr(message, "render"):
            return words._in(words._first, "core", str(message))
        group, point = words.locale.groupSeparator(), words.locale.decimalPoint()
        return message.render(lambda t: words._in(words._first, "core", t),
                              (lambda text: regroup(text, group, point)) if self.language != "en" else None)

    # ------------------------------------------------------------------ figures
    def number(self, value: float, decimals: int = 0) -> str:
        """``value`` with the language's decimal and group separators."""
        if decimals == 0:
            value = round(float(value))
        return self.locale.toString(float(value), "f", decimals)

    def count(self, value: int) -> str:
        return self.number(int(value), 0)

    def ha(self, value: float, decimals: int = 4) -> str:
        return self.single.translate("Documents", "{0} ha").format(self.number(value, decimals))

    def metres(self, value: float) -> str:
        return self.single.translate("Documents", "{0} m").format(self.number(value, 0))

    def degrees(self, value: float) -> str:
        return f"{self.number(value, 1)}°"

    def date(self, iso) -> str:
        """An ISO date (``2026-06-15``) with the month's name: 15 June 2026, 15 iyun 2026,
        15 июня 2026. Anything else as it is."""
        try:
            day = _dt.date.fromisoformat(str(iso))
        except ValueError:
            return str(iso or "")
        # the month's name in a date (Russian's genitive: июня), from the language's locale
        month = self.locale.monthName(day.month, QLocale.FormatType.LongFormat)
        return f"{day.day} {month} {day.year}"


_speaking: list[Words] = []


def current() -> Words:
    """The language of the document being laid out or painted (English outside one): what the
    map drawing (report/maps.py) labels its legend and scale bar in."""
    return _speaking[-1] if _speaking else Words()


class speaking:  # used as ``with speaking(words):``
    """Within it, :func:`current` is ``words``."""

    def __init__(self, words: Words):
        self.words = words

    def __enter__(self) -> Words:
        _speaking.append(self.words)
        return self.words

    def __exit__(self, *exc) -> None:
        _speaking.pop()
