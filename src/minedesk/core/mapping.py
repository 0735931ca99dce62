"""Which column means what: detect the usual names, let the user override every one.

Turns a :class:`~minedesk.core.model.Layer` into a :class:`HazardSet` or :class:`ReleaseSet`,
repairing geometry on the way (:mod:`minedesk.core.validation`).
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from minedesk.core.errors import InputError, Msg
from minedesk.core.model import CATEGORIES, DEVICE_CATEGORIES, Category, HazardSet, Layer, ReleaseSet
from minedesk.core.schema import IDS_GENERATED, UNKNOWN_CATEGORY
from minedesk.core.validation import Finding, clean_polygons, non_polygonal
from minedesk.core.values import BAD_COUNT, BAD_DATE, date_problems, device_count, device_counts

HAZARD_ID_NAMES = ("HAZ_ID", "HAZARD_ID", "HAZARDID", "HAZ_CODE", "HAZARD_CODE", "ID")
RELEASE_LINK_NAMES = ("HAZ_ID", "HAZARD_ID", "HAZARDID", "HAZ_CODE", "HAZARD_CODE")
RELEASE_ID_NAMES = ("CLR_ID", "RELEASE_ID", "REL_ID", "CLEAR_ID", "FID", "ID")
DATE_NAMES = ("DATE", "REL_DATE", "RELEASE_DATE", "END_DATE", "DATE_END")
CATEGORY_NAMES = ("RELEASE", "CATEGORY", "STATUS", "REL_TYPE", "RELEASE_TY", "LAND_REL")
HAZARD_TYPE_NAMES = ("HAZ_TYPE", "HAZARD_TYPE", "HAZTYPE", "HAZARDTYPE", "TYPEAREA", "TYPE_AREA", "AREA_TYPE", "TYPE",
                     "CLASS")
STATUS_NAMES = ("STATUS", "HAZ_STATUS")
METHOD_NAMES = ("METHOD", "REL_METHOD", "TECHNIQUE")
TEAM_NAMES = ("TEAM", "TEAM_ID", "OPERATOR")
DEPTH_NAMES = ("DEPTH_CM", "DEPTH", "CLR_DEPTH")
#: The administrative area a hazard lies in (documents print it; tables group by it first).
DISTRICT_NAMES = ("DISTRICT", "REGION", "RAYON")
#: A hazard's name as people say it (a village, a field, a hill), beside its id.
NAME_NAMES = ("NAME", "HAZ_NAME", "HAZARD_NAME", "SITE_NAME", "LOCALITY", "PLACE")
#: Meanings a hazard column can be given besides its id and type (detected by these names when
#: not chosen), and the same for a release column besides its id, hazard, category and devices.
HAZARD_MEANINGS = {"status": STATUS_NAMES, "name": NAME_NAMES, "district": DISTRICT_NAMES}
RELEASE_MEANINGS = {"date": DATE_NAMES, "team": TEAM_NAMES, "method": METHOD_NAMES}
#: Every meaning a column can be given by name (``--column MEANING=FIELD``, the assistant's choices).
COLUMN_MEANINGS = (*HAZARD_MEANINGS, *RELEASE_MEANINGS)
DEVICE_NAMES = {
    "AP": ("AP_FOUND", "AP", "APM", "AP_MINES"),
    "AT": ("AT_FOUND", "AT", "ATM", "AT_MINES"),
    "UXO": ("UXO_FOUND", "UXO", "ERW_FOUND", "ERW"),
    "IED": ("IED_FOUND", "IED"),
}
#: Values officers type for each category (compared in lower case, spaces and dashes ignored).
CATEGORY_WORDS = {
    Category.CLEARED: ("cleared", "clearance", "clear", "clr", "c"),
    Category.REDUCED: ("reduced", "reduction", "technicalsurvey", "ts", "r"),
    Category.CANCELLED: ("cancelled", "canceled", "cancellation", "cancelation", "nontechnicalsurvey", "nts", "x"),
}


def _key(text) -> str:
    return "".join(ch for ch in str(text).lower() if ch.isalnum())


_WORD_TO_CATEGORY = {_key(w): c for c, words in CATEGORY_WORDS.items() for w in words}


@dataclass
class FieldMapping:
    """What each column means. ``None`` means "detect"; every field can be set by the user."""

    hazard_id: str | None = None  # on the hazard layer
    release_hazard_id: str | None = None  # on the release layer: the hazard it belongs to
    release_id: str | None = None
    category_field: str | None = None
    category: Category | None = None  # one category for a whole release layer
    category_values: dict[str, Category] = field(default_factory=dict)  # extra words
    devices: dict[str, str] = field(default_factory=dict)  # device category -> column
    no_link: bool = False  # link releases spatially even if both layers carry hazard ids
    type_field: str | None = None  # the hazard layer's column saying SHA or CHA (detected when None)
    type_values: dict[str, str] = field(default_factory=dict)  # extra words -> "SHA" | "CHA"
    #: meaning (a key of HAZARD_MEANINGS or RELEASE_MEANINGS: "name", "district", "date" ...) ->
    #: the column that holds it, where the usual names would not find it
    columns: dict[str, str] = field(default_factory=dict)
    #: what to do, named as the caller names its settings (keys of :data:`CLI_ADVICE`); the
    #: command line's options where a key is missing
    advice: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def hint(self, key: str, **values) -> str:
        return (self.advice.get(key) or CLI_ADVICE[key]).format(**values)

    def to_dict(self) -> dict:
        """The mapping as plain values (JSON), only what was chosen: kept in a project made with it
        and in the window's remembered choices. :meth:`from_dict` reads it back."""
        out = {"hazard_id": self.hazard_id, "release_hazard_id": self.release_hazard_id,
               "release_id": self.release_id, "category_field": self.category_field,
               "category": self.category.value if self.category else None,
               "category_values": {k: v.value for k, v in self.category_values.items()},
               "devices": dict(self.devices), "no_link": self.no_link, "type_field": self.type_field,
               "type_values": dict(self.type_values), "columns": dict(self.columns)}
        return {k: v for k, v in out.items() if v}

    @classmethod
    def from_dict(cls, values: dict, advice: dict | None = None) -> FieldMapping:
        """A mapping from :meth:`to_dict`'s values (a bad category or type word: ValueError)."""
        v = values or {}
        return cls(hazard_id=v.get("hazard_id"), release_hazard_id=v.get("release_hazard_id"),
                   release_id=v.get("release_id"), category_field=v.get("category_field"),
                   category=parse_category(v["category"]) if v.get("category") else None,
                   category_values={k: parse_category(c) for k, c in (v.get("category_values") or {}).items()},
                   devices={k.upper(): c for k, c in (v.get("devices") or {}).items() if c},
                   no_link=bool(v.get("no_link")), type_field=v.get("type_field"),
                   type_values={k: parse_hazard_type(t) for k, t in (v.get("type_values") or {}).items()},
                   columns={k: c for k, c in (v.get("columns") or {}).items() if c}, advice=dict(advice or {}))


#: The advice of the mapping's messages, in the command line's words. ``{pair}`` is the value
#: quoted for a shell with ``=CAT``, ``{value}`` the value as it is.
CLI_ADVICE = {
    "category": "pass --category cleared|reduced|cancelled, or --category-field NAME",
    "category_value": "map the value with --category-value {pair} (CAT: cleared, reduced or cancelled)",
    "device": "correct the value or map another column with --device",
    "hazard_id": "name the id column with --hazard-id if it has another name",
}


@lru_cache(maxsize=1024)
def _known_word(text: str) -> Category | None:
    return _WORD_TO_CATEGORY.get(_key(text))


def category_of(value, words: dict | None = None) -> Category | None:
    """What a release category value means, however it was written: ``cleared``, ``Clearance``,
    ``Technical Survey``, ``NTS`` ... (:data:`CATEGORY_WORDS`, compared in lower case with spaces
    and dashes ignored), or one of ``words`` (value -> Category, the user's own; they come first).
    None when it is none of them (or empty).

    The one reading of a category value: the project, the summary, exports, the window and the
    QGIS plugin all call this (or :func:`category_index` / :func:`parse_category`, built on it)."""
    if value is None or isinstance(value, float) and value != value:
        return None
    if words:
        for word, cat in words.items():
            if _key(word) == _key(value):
                return cat
    text = str(value)
    return _known_word(text) if text else None


def category_index(value, words: dict | None = None) -> int:
    """The index of a category value in :data:`~minedesk.core.model.CATEGORIES` (cleared 0,
    reduced 1, cancelled 2), or -1 when it names none (:func:`category_of`)."""
    cat = category_of(value, words)
    return -1 if cat is None else CATEGORIES.index(cat)


def category_word(value) -> str | None:
    """The category's own word (``cleared``, ``reduced``, ``cancelled``) for a value as written
    (:func:`category_of`), or None when it names none."""
    cat = category_of(value)
    return None if cat is None else cat.value


#: Words for a hazard's type (compared as category words are: case, spaces and dashes ignored):
#: suspected hazardous areas (SHA) and confirmed ones (CHA), as national databases write them.
TYPE_WORDS = {
    "SHA": ("sha", "suspected", "suspectedhazardousarea", "suspectedarea", "suspectedminefield",
            "suspectedhazard", "potentialhazard"),
    "CHA": ("cha", "confirmed", "confirmedhazardousarea", "confirmedarea", "confirmedminefield",
            "minefield", "knownminefield", "recordedminefield"),
}
_WORD_TO_TYPE = {_key(w): t for t, words in TYPE_WORDS.items() for w in words}


def hazard_type_of(value, words: dict[str, str] | None = None) -> str | None:
    """"SHA" or "CHA" for a type value in any of the usual words (``Suspected Minefield`` is SHA),
    or as the user mapped it; a value that names neither is kept as written (shown, never guessed)."""
    text = cell_text(value)
    if text is None:
        return None
    for word, kind in (words or {}).items():
        if _key(word) == _key(text):
            return parse_hazard_type(kind)
    return _WORD_TO_TYPE.get(_key(text), text)


def hazard_type_and_status(hazards, row: int) -> tuple[str | None, str | None]:
    """A hazard's type (SHA, CHA, or the value as written when it is neither) and status, as every
    front end and document shows them: a project's own columns, or the columns of a file the
    mapping chose (its type values through the mapping's words, ``--type-value``)."""
    a = hazards.attributes
    type_col = hazards.mapped.get("type") or ("hazard_type" if "hazard_type" in a else None)
    status_col = hazards.mapped.get("status") or ("status" if "status" in a else None)
    kind = status = None
    if type_col and type_col in a:
        raw = a[type_col][row]
        kind = hazard_type_of(raw, hazards.type_values)
    if status_col and status_col in a:
        status = cell_text(a[status_col][row]) or None
    return kind, status


def parse_hazard_type(text: str) -> str:
    kind = _WORD_TO_TYPE.get(_key(text))
    if kind is None:
        raise ValueError(f"unknown hazard type {text!r} (use SHA or CHA)")
    return kind


def parse_category(text: str) -> Category:
    """:func:`category_of`, refusing a value that names no category (ValueError)."""
    cat = category_of(text)
    if cat is None:
        raise ValueError(f"unknown release category {text!r} (use cleared, reduced or cancelled)")
    return cat


def column_named(columns, wanted: str | None) -> str | None:
    """The one rule for a column a user names (``--by district``, ``--hazard-id haz_id``, a
    colouring, a grouping): the exact name first, else the one name equal to it in any case.
    ``None`` when there is none, or when several differ from it only in case (say which)."""
    if not wanted:
        return None
    columns = list(columns)
    if wanted in columns:
        return wanted
    same = [c for c in columns if c.casefold() == wanted.casefold()]
    return same[0] if len(same) == 1 else None


def detect_column(columns, candidates) -> str | None:
    """The first of the usual names (``candidates``, in order) that ``columns`` has, in any case."""
    by_key = {name.upper(): name for name in columns}
    return next((by_key[n] for n in candidates if n in by_key), None)


def named_column(columns, wanted: str, source, what: str) -> str:
    """The column a user named for ``what`` (:func:`column_named`), or one line naming the columns."""
    found = column_named(columns, wanted)
    if found is None:
        raise InputError(source, "has no column {wanted!r} for the {what}", "columns are: {value}", wanted=wanted, what=what, value=', '.join(columns) or 'none')
    return found


def find_column(layer: Layer, wanted: str | None, candidates, what: str) -> str | None:
    """The column a user asked for (must exist), or the first usual name present."""
    if wanted:
        return named_column(layer.fields, wanted, layer.source, what)
    return detect_column(layer.fields, candidates)


def cell_text(v):
    """A cell as text for every reader (ids, categories, types, teams): ``None`` when empty, a
    whole number read as 17.0 is ``"17"``, surrounding spaces dropped."""
    if v is None:
        return None
    if isinstance(v, (float, np.floating)):
        if np.isnan(v):
            return None
        if float(v).is_integer():
            return str(int(v))  # a numeric id read as 17.0 is "17"
    return str(v).strip() or None


def strings(column: np.ndarray) -> np.ndarray:
    """A column as stripped text, None where empty (ids, categories, group keys)."""
    column = np.asarray(column)
    if column.dtype.kind in "iub":
        return column.astype(str).astype(object)
    if column.dtype.kind == "O":
        return np.array([(v.strip() or None) if type(v) is str else cell_text(v) for v in column], dtype=object)
    return np.array([cell_text(v) for v in column], dtype=object)


def _polygon_layer(layer: Layer, labels: np.ndarray):
    odd = non_polygonal(layer.geometry)
    if len(odd):
        kinds = sorted({layer.geometry[i].geom_type for i in odd})
        raise InputError(layer.source, "holds {items} features, not polygons",
                         "MineDesk needs hazard and release areas as polygons; choose a polygon layer", items=', '.join(kinds))
    return clean_polygons(layer.geometry, labels, layer.crs, layer.source)


def _labels(layer: Layer, ids: np.ndarray | None) -> np.ndarray:
    labels = np.array([f"FID {f}" for f in layer.fids], dtype=object)
    if ids is not None:
        have = np.array([v is not None for v in ids], dtype=bool)
        labels[have] = ids[have]
    return labels


def generated_hazard_id(fid) -> str:
    """The id of a hazard its file gives none: ``HAZ-`` and its feature id (HAZ-00003 is feature 3
    in QGIS), the same on every read of the same file, kept in a project made from it."""
    return f"HAZ-{int(fid):05d}"


def hazards_from_layer(layer: Layer, mapping: FieldMapping | None = None) -> tuple[HazardSet, list[Finding]]:
    mapping = mapping or FieldMapping()
    id_col = find_column(layer, mapping.hazard_id, HAZARD_ID_NAMES, "hazard id")
    ids = strings(layer.fields[id_col]) if id_col else None
    generated = np.array([generated_hazard_id(f) for f in layer.fids], dtype=object)
    labels = generated.copy()
    missing = np.ones(len(labels), dtype=bool) if ids is None else np.array([v is None for v in ids], dtype=bool)
    if ids is not None:
        labels[~missing] = ids[~missing]
    geometry, keep, findings = _polygon_layer(layer, labels)
    findings = list(layer.notes) + findings
    if missing.any() and len(labels):
        where = (Msg("no hazard id column (looked for {names})", names=", ".join(HAZARD_ID_NAMES)) if ids is None
                 else Msg("{n:,} hazard(s) with no {column}", n=int(missing.sum()), column=id_col))
        said = Msg("{where}: named HAZ- and their feature id ({label_} is feature {fid}), the same on every read of "
                   "this file", where=where, label_=labels[missing][0], fid=int(np.asarray(layer.fids)[missing][0]))
        if ids is None:
            said = Msg("{said}; {hint}", said=said, hint=mapping.hint("hazard_id"))
        findings.append(Finding(layer.source, IDS_GENERATED, said))
    attributes = {name: column[keep] for name, column in layer.fields.items()}
    mapped = {"hazard_id": id_col} if id_col else {}
    type_col = find_column(layer, mapping.type_field or mapping.columns.get("type"), HAZARD_TYPE_NAMES, "hazard type")
    if type_col:
        mapped["type"] = type_col
    for meaning, usual in HAZARD_MEANINGS.items():
        col = find_column(layer, mapping.columns.get(meaning), usual, f"hazard {meaning}")
        if col and col != id_col:
            mapped[meaning] = col
    return HazardSet(crs=layer.crs, geometry=geometry[keep], ids=labels[keep], attributes=attributes,
                     has_ids=id_col is not None, source=layer.source, mapped=mapped,
                     fids=np.asarray(layer.fids)[keep], skipped=int(len(keep) - np.count_nonzero(keep)),
                     type_values=dict(mapping.type_values)), findings


def _counts(layer: Layer, column: str, labels: np.ndarray,
            hint: str = CLI_ADVICE["device"]) -> tuple[np.ndarray, list[Finding]]:
    """A device-count column (:func:`minedesk.core.values.device_counts`): unusable values count 0,
    each with a finding naming the value and the column. A column of nothing but words is the
    wrong column, not damaged counts: that is an error."""
    counts, problems = device_counts(layer.fields[column])
    words = [v for _, v, why in problems if why.endswith("is not a number")]
    if words and len(words) == len(problems) and all(device_count(v)[0] is None for v in layer.fields[column]):
        raise InputError(layer.source, "column {column} holds {value!r}, not a number of devices",
                         hint, column=column, value=words[0])
    findings = [Finding(labels[i], BAD_COUNT, Msg("{column}: {why}; counted as 0", column=column, why=why), row=i) for i, _, why in problems]
    return counts, findings


def _dates(layer: Layer, column: str, labels: np.ndarray) -> list[Finding]:
    """A finding for each release date that cannot be read (:func:`minedesk.core.values.date_problems`)."""
    return [Finding(labels[i], BAD_DATE, Msg("{column}: {why}; counted in no period", column=column, why=why), row=i)
            for i, _, why in date_problems(layer.fields[column])]


def releases_from_layer(layer: Layer, mapping: FieldMapping | None = None) -> tuple[ReleaseSet, list[Finding]]:
    mapping = mapping or FieldMapping()
    id_col = find_column(layer, mapping.release_id, RELEASE_ID_NAMES, "release id")
    labels = _labels(layer, strings(layer.fields[id_col]) if id_col else None)
    findings = list(layer.notes)

    mapped = {"release_id": id_col} if id_col else {}
    if mapping.category is not None and not mapping.category_field:
        category = np.full(len(layer), CATEGORIES.index(mapping.category), dtype=np.int8)
    else:
        cat_col = find_column(layer, mapping.category_field, CATEGORY_NAMES, "release category")
        if cat_col is None:
            raise InputError(layer.source, "has no release category column (looked for {names})",
                             mapping.hint("category"), names=", ".join(CATEGORY_NAMES[:3]))
        mapped["category"] = cat_col
        values = strings(layer.fields[cat_col])
        meaning = {v: category_index(v, mapping.category_values) for v in set(values)}
        category = np.array([meaning[v] for v in values], dtype=np.int8)
        unknown: dict[str, int] = {}
        for v in values[category < 0]:
            unknown[str(v)] = unknown.get(str(v), 0) + 1
        for value, n in unknown.items():
            findings.append(Finding(layer.source, UNKNOWN_CATEGORY,
                                    Msg("{n} release(s) with {column}={value!r} skipped; {hint}", n=n, column=cat_col,
                                        value=value, hint=mapping.hint("category_value",
                                                                       pair=shlex.quote(value + "=CAT"), value=value))))

    link_col = None if mapping.no_link else find_column(layer, mapping.release_hazard_id, RELEASE_LINK_NAMES, "hazard id")
    devices = {}
    for cat in DEVICE_CATEGORIES + tuple(k for k in mapping.devices if k not in DEVICE_CATEGORIES):
        col = find_column(layer, mapping.devices.get(cat), DEVICE_NAMES.get(cat, ()), f"{cat} count")
        if col is not None:
            devices[cat], found = _counts(layer, col, labels, mapping.hint("device"))
            findings += found
            mapped[cat] = col
    for meaning, usual in RELEASE_MEANINGS.items():
        col = find_column(layer, mapping.columns.get(meaning), usual, f"release {meaning}")
        if col is not None:
            mapped[meaning] = col
    if "date" in mapped:
        findings += _dates(layer, mapped["date"], labels)
    if link_col:
        mapped["hazard_id"] = link_col

    geometry, keep, geo_findings = _polygon_layer(layer, labels)
    for f in geo_findings:
        lost = sum(int(d[f.row]) for d in devices.values()) if f.row is not None else 0
        if not keep[f.row] and lost:
            f = Finding(f.label, f.kind, Msg("{detail}; skipped with the {lost} device(s) it records", detail=f.message or f.detail, lost=lost) if f.detail else Msg("skipped with the {lost} device(s) it records", lost=lost), row=f.row)
        findings.append(f)
    keep &= category >= 0
    return ReleaseSet(
        crs=layer.crs, geometry=geometry[keep], category=category[keep], labels=labels[keep],
        hazard_ids=strings(layer.fields[link_col])[keep] if link_col else None,
        devices={k: v[keep] for k, v in devices.items()}, source=layer.source,
        attributes={name: column[keep] for name, column in layer.fields.items()}, mapped=mapped,
        fids=np.asarray(layer.fids)[keep],
    ), findings
