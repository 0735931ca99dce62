"""How MineDesk reads a date and a device count, wherever one comes from.

One rule for every front end (command line, window, QGIS dock), for files read by ``tally``,
``check`` and ``import``, and for project rows written by other programs:

Dates
    Read from ISO ``2024-06-15`` (a time after it is allowed and ignored), ``15.06.2024``,
    ``15/06/2024`` or ``15-06-2024`` (day first, as written in Azerbaijan and Russia),
    ``2024/06/15``, ``20240615``, and the date and datetime values GDAL returns for date fields.
    Stored and compared as ISO ``YYYY-MM-DD``. A date that does not exist (``2024-13-45``,
    ``31.02.2024``) or lies outside :data:`FIRST_YEAR`..:data:`LAST_YEAR` is refused on input;
    in data it is a finding, and the release counts in no period.

Device counts
    A whole number from 0 to :data:`MAX_DEVICES` per device category per release. Refused on
    input otherwise. In data, anything else (a no-data marker such as -9999, any negative, a
    fraction, an absurd number such as 1e20, text) is *unknown*: counted as 0, never summed as a
    negative, never wrapped, and a finding names the value and its column.

Pure Python: no GUI toolkit, no file library.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import math
import re
from functools import lru_cache

import numpy as np

from minedesk.core.errors import InputError, Msg
from minedesk.core.schema import BAD_COUNT, BAD_DATE  # noqa: F401 - read from here by mapping, check and project

#: The most devices of one category (AP, AT, UXO, IED ...) one release may record. The densest
#: minefields on record hold a few thousand mines per hectare and a release is one clearance
#: task's ground, so 100,000 of one kind in one release is a typo or a corrupt value, never a find.
MAX_DEVICES = 100_000

#: Numbers GIS data uses for "no value" in a count column. Any negative count is unknown; these
#: are named as no-data markers in the finding (rather than as a negative count).
NULL_MARKERS = frozenset({-1, -99, -999, -9999, -99999})

#: The years a release date may fall in: outside them a date is a typo (0215, 2204 ...).
FIRST_YEAR, LAST_YEAR = 1900, 2100

#: The date formats read, as told to people.
DATE_FORMATS = "YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or YYYYMMDD"

#: Kinds of finding for values in data that cannot be used.

COUNT_HINT = Msg("give a whole number from 0 to {max:,}", max=MAX_DEVICES)
DATE_HINT = Msg("write it as {formats}", formats=DATE_FORMATS)


class BadValue(ValueError):
    """A value that is not what its column holds; ``str()`` says why, naming the value."""


# --------------------------------------------------------------------------- dates
_TIME = r"(?:[T ](?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME)
_DAY_FIRST = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})" + _TIME)
_BASIC = re.compile(r"(\d{4})(\d{2})(\d{2})")


def _make(text: str, year: int, month: int, day: int) -> _dt.date:
    if not 1 <= month <= 12:
        raise BadValue(Msg("{text!r} is not a date: there is no month {month}", text=text, month=month))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadValue(Msg("{text!r} is not a plausible date: the year {year} is outside {first_year}-{last_year}", text=text, year=year, first_year=FIRST_YEAR, last_year=LAST_YEAR))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise BadValue(Msg("{text!r} is not a date: {value} {year} has no day {day}", text=text, value=calendar.month_name[month], year=year, day=day))
    return _dt.date(year, month, day)


def _check_time(text: str, m: re.Match) -> None:
    """A time after the date is ignored, but it must be a time (a 25:00 says the value is garbled)."""
    if m["h"] is not None and (int(m["h"]) > 23 or int(m["m"]) > 59 or int(m["s"] or 0) > 59):
        raise BadValue(Msg("{text!r} is not a date: its time {value} does not exist", text=text, value=text.split()[-1] if ' ' in text else text[11:]))


@lru_cache(maxsize=4096)  # a project holds a few hundred distinct dates in tens of thousands of rows
def _parse_text(text: str) -> _dt.date | None:
    text = text.strip()
    if not text:
        return None
    m = _YEAR_FIRST.fullmatch(text)
    if m:
        _check_time(text, m)
        return _make(text, int(m[1]), int(m[3]), int(m[4]))
    m = _DAY_FIRST.fullmatch(text)
    if m:
        _check_time(text, m)
        return _make(text, int(m[4]), int(m[3]), int(m[1]))
    m = _BASIC.fullmatch(text)
    if m:
        return _make(text, int(m[1]), int(m[2]), int(m[3]))
    if re.fullmatch(r"\d{4}", text) and FIRST_YEAR <= int(text) <= LAST_YEAR:  # a year column (older records)
        raise BadValue(Msg("{text!r} is a year without a month and a day, which no period can hold", text=text))
    raise BadValue(Msg("{text!r} is not a date MineDesk reads ({date_formats})", text=text, date_formats=DATE_FORMATS))


def parse_date(value) -> _dt.date | None:
    """The date a value means; ``None`` when it is empty (None, '', NaN, NaT).

    Raises :class:`BadValue` (a ``ValueError``) saying why when it is not a date."""
    if type(value) is str:  # what project rows hold: parsed once per distinct text
        return _parse_text(value)
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return _make(value.isoformat(), value.year, value.month, value.day)
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            return None
        day = value.astype("datetime64[D]")
        year = day.astype("datetime64[Y]").astype(np.int64) + 1970
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise BadValue(Msg("{value!r} is not a plausible date: the year {year} is outside {first_year}-{last_year}", value=str(day), year=year, first_year=FIRST_YEAR, last_year=LAST_YEAR))
        return day.item()
    if isinstance(value, (bool, np.bool_)):
        raise BadValue(Msg("{value!r} is not a date", value=value))
    if isinstance(value, (float, np.floating)):
        if math.isnan(value):
            return None
        if not float(value).is_integer():
            raise BadValue(Msg("{value!r} is not a date MineDesk reads ({date_formats})", value=value, date_formats=DATE_FORMATS))
        value = int(value)
    if isinstance(value, (int, np.integer)):
        value = str(int(value))  # 20240615 in a numeric field
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        raise BadValue(Msg("{value!r} is not a date", value=value))
    return _parse_text(value)


def read_date(value) -> tuple[_dt.date | None, str | None]:
    """``(date, None)``, ``(None, None)`` when empty, or ``(None, why)`` when not a date."""
    try:
        return parse_date(value), None
    except BadValue as err:
        return None, err.args[0]


def date_problems(values) -> list[tuple[int, object, str]]:
    """``(row, value, why)`` for each value of a column that is not a date (empty ones are fine).
    A date field (numpy datetime64, as GDAL returns it) is checked in one pass."""
    values = np.asarray(values)
    if values.dtype.kind == "M":
        years = values.astype("datetime64[Y]").astype(np.int64) + 1970
        bad = ~np.isnat(values) & ((years < FIRST_YEAR) | (years > LAST_YEAR))
        return [(int(i), values[i], read_date(values[i])[1]) for i in np.flatnonzero(bad)]
    out = []
    known: dict = {}  # a column holds a few hundred distinct dates
    for i, v in enumerate(values.tolist()):
        try:
            why = known[v]
        except KeyError:
            why = known[v] = read_date(v)[1]
        except TypeError:  # unhashable: read it as it is
            why = read_date(v)[1]
        if why is not None:
            out.append((i, v, why))
    return out


def iso_date(value) -> str | None:
    """``YYYY-MM-DD``, or None when the value is empty or not a date (for comparing and grouping
    dates in data: a date that cannot be read counts in no period)."""
    day, _ = read_date(value)
    return None if day is None else day.isoformat()


def input_date(value, source: str) -> str | None:
    """A date typed by a person, as ``YYYY-MM-DD`` (None when empty); an
    :class:`~minedesk.core.errors.InputError` naming ``source`` (e.g. ``--date``) when it is not one."""
    try:
        day = parse_date(value)
    except BadValue as err:
        raise InputError(source, err.args[0], DATE_HINT) from None
    return None if day is None else day.isoformat()


def period(start, end, start_source: str = "--from", end_source: str = "--to") -> tuple[str | None, str | None]:
    """A reporting period as ISO dates (either end may be open); refused when it ends before it starts."""
    start, end = input_date(start, start_source), input_date(end, end_source)
    if start and end and end < start:
        raise InputError(end_source, "the period ends ({end}) before it starts ({start})",
                         "choose an end on or after the start", end=end, start=start)
    return start, end


# --------------------------------------------------------------------------- device counts
def _count_reason(shown: str, number: float) -> str:
    if number in NULL_MARKERS:
        return Msg("{shown} is a no-data marker: the count is unknown", shown=shown)
    if number < 0:
        return Msg("{shown} is negative: not a count", shown=shown)
    if isinstance(number, float) and not number.is_integer():
        return Msg("{shown} is not a whole number", shown=shown)
    return Msg("{shown} is more than {max_devices:,}, the most one release can record", shown=shown, max_devices=MAX_DEVICES)


def device_count(value) -> tuple[int | None, str | None]:
    """``(n, None)`` for a count from 0 to :data:`MAX_DEVICES`, ``(None, None)`` when empty
    (None, '', NaN), or ``(None, why)`` when the value is not a usable count."""
    if value is None:
        return None, None
    if isinstance(value, (bool, np.bool_)):
        return None, Msg("{value!r} is a yes/no value, not a count", value=value)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None, None
        try:
            number = int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return None, Msg("{text!r} is not a number", text=text)
            if math.isnan(number):  # the word 'nan' is text, not an empty cell
                return None, Msg("{text!r} is not a number", text=text)
        shown = repr(text)
    elif isinstance(value, (int, np.integer)):
        number, shown = int(value), str(int(value))
    elif isinstance(value, (float, np.floating)):
        number, shown = float(value), f"{float(value):g}"
    else:
        return None, Msg("{value!r} is not a number", value=value)
    if isinstance(number, float):
        if math.isnan(number):
            return None, None
        if math.isinf(number):
            return None, Msg("{shown} is not a count", shown=shown)
        if number.is_integer() and abs(number) <= 2 ** 53:
            number = int(number)
    if isinstance(number, int) and 0 <= number <= MAX_DEVICES:
        return number, None
    return None, _count_reason(shown, number)


def count_or_zero(value) -> int:
    """A count in data as the figures use it: an unusable or empty value counts 0."""
    n, _ = device_count(value)
    return n or 0


def device_counts(values) -> tuple[np.ndarray, list[tuple[int, object, str]]]:
    """A column of counts as int64 (unknown and empty are 0), and ``(row, value, why)`` for each
    value that is not a usable count. Numeric columns are checked in one pass."""
    values = np.asarray(values)
    n = len(values)
    if values.dtype.kind in "iu":
        bad = (values < 0) | (values > MAX_DEVICES)
        out = np.where(bad, 0, values).astype(np.int64)
    elif values.dtype.kind == "f":
        finite = np.isfinite(values)
        whole = np.zeros(n, dtype=bool)
        whole[finite] = values[finite] == np.floor(values[finite])
        good = finite & whole & (values >= 0) & (values <= MAX_DEVICES)
        bad = ~good & ~np.isnan(values)
        out = np.where(good, values, 0).astype(np.int64)
    else:
        out = np.zeros(n, dtype=np.int64)
        bad = np.zeros(n, dtype=bool)
        for i, v in enumerate(values.tolist()):
            if v is None:
                continue
            if type(v) is int and 0 <= v <= MAX_DEVICES:  # what a project row holds: no more to ask
                out[i] = v
                continue
            count, why = device_count(v)
            if why is not None:
                bad[i] = True
            elif count:
                out[i] = count
    problems = []
    for i in np.flatnonzero(bad):
        v = values[i].item() if isinstance(values[i], np.generic) else values[i]
        problems.append((int(i), v, device_count(v)[1]))
    return out, problems


def input_count(value, source: str) -> int:
    """A count typed by a person (0 when empty); an InputError naming ``source`` otherwise."""
    n, why = device_count(value)
    if why is not None:
        raise InputError(source, why, COUNT_HINT)
    return n or 0
