"""Files in and out of a project: ``minedesk import`` and ``minedesk export``.

Import reads hazard and release layers as ``tally`` does (same mapping, same repairs, same
messages), links every release to one hazard, and writes a new project. Export writes the
current state back out: hazards with their tallies as attributes, releases and finds, with the
column names ``tally`` detects, so an export imports again unchanged.
"""

from __future__ import annotations

import io as io_module
import json
import warnings
from dataclasses import replace
from pathlib import Path

import numpy as np
import shapely
from pyproj import CRS, Transformer

from minedesk import io, store
from minedesk.core.area import transform
from minedesk.core.errors import InputError, Msg
from minedesk.core.mapping import (
    DEPTH_NAMES,
    HAZARD_MEANINGS,
    FieldMapping,
    category_word,
    cell_text,
    detect_column,
    hazard_type_of,
)
from minedesk.core.model import CATEGORIES
from minedesk.core.project import Project
from minedesk.core.schema import DEVICE_COLUMNS, DUPLICATE_HAZARD_ID, EXTRA_DEVICE_PREFIX, SPLIT_BETWEEN_HAZARDS
from minedesk.core.tally import TallyEngine, remaining_ha
from minedesk.core.validation import Finding, polygonal_part
from minedesk.core.values import count_or_zero, read_date
from minedesk.outputs import Outputs, check_shapefile, csv_cell, output_files, write_bytes


def _write_errors() -> tuple:
    """What GDAL and SQLite raise when a file cannot be written (imported late, as io does)."""
    import sqlite3

    from pyogrio.errors import DataLayerError, DataSourceError

    return (DataLayerError, DataSourceError, sqlite3.Error)



def _number(v):
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(f) else f


def _carry(attributes: dict, used: set[str], ours: list[str]) -> dict:
    """The source's other columns, renamed where they would clash with MineDesk's."""
    taken = {c.lower() for c in ours} | {"fid", "geom"}
    out = {}
    for name, column in attributes.items():
        if name in used:
            continue
        new = name
        while new.lower() in taken:
            new += "_src"
        taken.add(new.lower())
        out[new] = column
    return out


def reading_record(releases_path=None, *, layer=None, releases_layer=None, crs=None, encoding=None,
                   mapping: FieldMapping | None = None, link_by_id=None) -> dict:
    """How the files of a project were read (the options of :func:`project_columns`, the mapping
    as :meth:`FieldMapping.to_dict`), as plain values: kept in the project made from them."""
    record = {"releases": Path(releases_path).name if releases_path else None, "layer": layer,
              "releases_layer": releases_layer, "crs": str(crs) if crs else None, "encoding": encoding,
              "link_by_id": link_by_id, "mapping": (mapping or FieldMapping()).to_dict()}
    return {k: v for k, v in record.items() if v is not None and v != {}}


def import_project(output, hazards_path, releases_path=None, *, overwrite=False,
                   **options) -> tuple[Path, list[Finding]]:
    """Build a new project from files. Returns its path and what was found on the way.

    The name is checked before anything is read (a ``.gpkg``; never an input or a project; an
    existing file only with ``overwrite``), and the project appears only when complete."""
    output = Path(output)
    if output.suffix.lower() != ".gpkg":
        raise InputError(output, "is not a project name ({value})",
                         "a project is one GeoPackage: end the name with .gpkg (export writes other formats)", value=output.suffix or 'no extension')
    with Outputs([output], inputs=[hazards_path, releases_path], overwrite=overwrite) as out:
        crs, hazard_columns, release_columns, findings = project_columns(hazards_path, releases_path, **options)
        source = Path(hazards_path).name + (f" + {Path(releases_path).name}" if releases_path else "")
        read_as = json.dumps(reading_record(releases_path, **options), ensure_ascii=False)
        out.write(output, lambda tmp: store.create(tmp, crs, hazard_columns, release_columns, source=source,
                                                   findings=findings, meta={store.READ_AS: read_as}),
                  errors=_write_errors())
        out.commit()
    return output, findings


def project_columns(hazards_path, releases_path=None, *, layer=None, releases_layer=None, crs=None,
                    encoding=None, mapping: FieldMapping | None = None, link_by_id=None):
    """Read files into the columns of a project's hazards and releases layers.

    Returns ``(crs, hazard_columns, release_columns, findings)``."""
    mapping = mapping or FieldMapping()
    hazards, findings = io.read_hazards(hazards_path, layer, crs, encoding, mapping)
    hazard_source = _source_name(hazards_path, layer)
    findings = [replace(f, source=f.source or hazard_source, layer="hazards") for f in findings]
    release_source = _source_name(releases_path or hazards_path, releases_layer)
    if releases_path or releases_layer:
        releases, more = io.read_releases(releases_path or hazards_path, releases_layer, crs, encoding, mapping)
        findings += [replace(f, source=f.source or release_source, layer="releases") for f in more]
    else:
        releases = None

    # every hazard gets a unique id: generated where missing, suffixed where duplicated
    ids, seen = [], set()
    for hid in hazards.ids:
        new = hid  # a hazard the file gives no id has its generated one (core.mapping.generated_hazard_id)
        n = 2
        while new in seen:
            new = f"{hid}~{n}"
            n += 1
        if hazards.has_ids and new != hid:
            findings.append(Finding(hid, DUPLICATE_HAZARD_ID, Msg("stored as {new}", new=new), source=hazard_source, layer="hazards"))
        seen.add(new)
        ids.append(new)
    hazards.ids = np.array(ids, dtype=object)

    attrs = hazards.attributes
    type_col, status_col = hazards.mapped.get("type"), hazards.mapped.get("status")
    n = len(hazards)
    hazard_columns = {
        "geom": hazards.geometry,
        "hazard_id": hazards.ids,
        "hazard_type": np.array([hazard_type_of(v, mapping.type_values) for v in attrs[type_col]], dtype=object)
        if type_col else np.full(n, None),
        "status": np.array([cell_text(v) for v in attrs[status_col]], dtype=object) if status_col else np.full(n, None),
    }
    used = {c for c in (hazards.mapped.get("hazard_id"), type_col, status_col) if c}
    for meaning, usual in HAZARD_MEANINGS.items():  # a name or district the usual names would not find
        col = hazards.mapped.get(meaning)            # is kept under the meaning's own name
        if meaning != "status" and col and detect_column(attrs, usual) != col:
            hazard_columns[meaning] = attrs[col]
            used.add(col)
    hazard_columns.update(_carry(attrs, used, list(hazard_columns)))

    found_linking: list[Finding] = []
    release_columns = _release_columns(hazards, releases, found_linking, link_by_id)
    findings += [replace(f, source=f.source or release_source, layer="releases") for f in found_linking]
    return hazards.crs, hazard_columns, release_columns, findings


def _source_name(path, layer=None) -> str:
    """The file a finding was made in, as the check names it (and a layer of it, when chosen)."""
    return Path(path).name + (f" ({layer})" if layer else "")


class FileView:
    """A read-only :class:`~minedesk.core.project.ProjectStore` over hazard and release files,
    for looking at files without making a project. Editing asks for a project first."""

    readonly = True

    def __init__(self, hazards_path, releases_path=None, **options):
        self.path = Path(hazards_path)
        self.releases_path = Path(releases_path) if releases_path else None
        self.crs, self._hazards, self._releases, self.findings = project_columns(hazards_path, releases_path, **options)

    def load(self):
        from minedesk.core.project import ProjectData, TableData

        tables = {}
        finds = store.empty_finds()
        for name, columns in (("hazards", self._hazards), ("releases", self._releases), ("finds", finds)):
            names = list(columns)
            n = len(columns["geom"])
            fids = np.arange(1, n + 1, dtype=np.int64)
            values = {c: np.asarray(columns[c], dtype=object) for c in names}
            for c in names:
                if c != "geom" and values[c].dtype == object:
                    values[c] = np.array([None if isinstance(v, float) and np.isnan(v) else
                                          (v.item() if isinstance(v, np.generic) else v) for v in values[c]], dtype=object)
            tables[name] = TableData(name, names, fids, values, n)
        return ProjectData(crs=self.crs, tables=tables, meta={"read_only_view": str(self.path)},
                           reading_findings=list(self.findings))

    def apply(self, changes, action, label):
        raise InputError(self.path, "is a file, not a project: it is shown read-only",
                         "make a project of it (File > Make project) to record releases")

    replay = apply

    def history(self):
        return []

    def close(self):
        pass


def open_source(path, releases=None, *, readonly: bool = False, locked_readonly: bool = False, preview=None,
                files: bool = True, **options) -> Project:
    """A project file, or (unless ``files`` is False) a read-only :class:`FileView` of hazard and
    release files, as a Project.

    ``locked_readonly``: a project that cannot be edited now (another MineDesk is editing it, or it
    is read-only: file, folder or disk) opens read-only instead of being refused, and
    ``project.readonly_reason`` says why. ``preview(data)`` is called with
    the features as soon as they are read, before the tallies are computed. ``options`` (layer,
    crs ...) apply to plain files.
    """
    reason = None
    if store.is_project(path) or not files:
        try:
            source = store.GpkgStore.open(path, readonly=readonly)
        except store.ProjectNotEditable as err:
            if not locked_readonly:
                raise
            source = store.GpkgStore.open(path, readonly=True)
            reason = err.message
    else:
        source = FileView(path, releases, **options)
    try:
        data = source.load()
        if preview is not None:
            preview(data)
        project = Project(source, data)
    except BaseException:
        source.close()
        raise
    project.readonly_reason = reason
    return project


def _date(value):
    """A release date as YYYY-MM-DD; one that cannot be read is kept as written (never lost: the
    import said so, ``check`` says so, and it counts in no period)."""
    day, why = read_date(value)
    return day.isoformat() if day is not None else (cell_text(value) if why else None)


def _release_columns(hazards, releases, findings, link_by_id) -> dict:
    base = {name: [] for name, _ in store.RELEASE_COLUMNS}
    base["geom"] = []
    if releases is None or not len(releases):
        return {k: np.array(v, dtype=object if k not in ("ap", "at", "uxo", "ied") else np.int64) for k, v in base.items()}
    engine = TallyEngine(hazards, releases, link_by_id=link_by_id)
    findings += engine.warnings
    geometry = releases.geometry
    if not releases.crs.equals(hazards.crs, ignore_axis_order=True):
        geometry = np.array([engine.release_geometry(k) for k in range(len(releases))], dtype=object)  # hazards' CRS
    attrs = releases.attributes
    extra_devices = [k for k in releases.devices if k not in DEVICE_COLUMNS]
    for k in extra_devices:
        base[EXTRA_DEVICE_PREFIX + k.lower()] = []
    picked = {"method": releases.mapped.get("method"), "date": releases.mapped.get("date"),
              "team": releases.mapped.get("team"), "depth_cm": detect_column(attrs, DEPTH_NAMES)}
    used = {c for c in list(releases.mapped.values()) + list(picked.values()) if c}
    carried = _carry(attrs, used, list(base))
    for name in carried:
        base[name] = []
    taken: set[str] = set()
    for key in range(len(releases)):
        rows, owner = engine.release_link(key)
        pieces = [(None, geometry[key])] if not rows else (
            [(rows[0], geometry[key])] if len(rows) == 1 else
            [(r, polygonal_part(shapely.intersection(geometry[key], hazards.geometry[r]))) for r in rows])
        pieces = [(r, g) for r, g in pieces if g is not None]
        label = str(releases.labels[key])
        for j, (row, geom) in enumerate(pieces):
            hazard_id = hazards.ids[row] if row is not None else (releases.hazard_ids[key] if releases.hazard_ids is not None else None)
            rid = label if not label.startswith("FID ") else f"{hazard_id or 'REL'}-R{key + 1}"
            if len(pieces) > 1:
                rid = f"{rid}-{j + 1}"
                findings.append(Finding(label, SPLIT_BETWEEN_HAZARDS, Msg("{rid} on {hazard_id}", rid=rid, hazard_id=hazard_id)))
            while rid in taken:
                rid += "~"
            taken.add(rid)
            base["geom"].append(geom)
            base["release_id"].append(rid)
            base["hazard_id"].append(hazard_id)
            base["category"].append(CATEGORIES[int(releases.category[key])].value)
            for col, src in picked.items():
                v = attrs[src][key] if src else None
                base[col].append(_number(v) if col == "depth_cm" else _date(v) if col == "date" else cell_text(v))
            owner = owner if rows else None
            for name, column in DEVICE_COLUMNS.items():
                counts = releases.devices.get(name)
                base[column].append(int(counts[key]) if counts is not None and (row == owner or row is None) else 0)
            for k in extra_devices:
                base[EXTRA_DEVICE_PREFIX + k.lower()].append(int(releases.devices[k][key]) if row == owner else 0)
            for name, column in carried.items():
                base[name].append(column[key])
    out = {}
    for k, v in base.items():
        if k in ("ap", "at", "uxo", "ied") or k.startswith(EXTRA_DEVICE_PREFIX):
            out[k] = np.array(v, dtype=np.int64)
        elif k == "depth_cm":
            out[k] = np.array([np.nan if x is None else x for x in v], dtype=np.float64)
        else:
            out[k] = np.array(v, dtype=object)
    return out


# --------------------------------------------------------------------------- export
EXPORT_FORMATS = (".gpkg", ".shp", ".geojson", ".csv")


def export_project(project: Project, output, *, overwrite=False) -> list[Path]:
    """Write hazards (with tallies), releases and finds. Returns the files written.

    Every file the export makes (a shapefile's parts, the ``_releases`` and ``_finds``
    companions) is checked first (never the project or a project; an existing file only with
    ``overwrite``), and the set appears only when complete."""
    from pyogrio.raw import write

    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise InputError(output, "is not a format export writes ({value})",
                         "end the name with .gpkg, .shp, .geojson or .csv", value=suffix or 'no extension')
    targets = _export_targets(project, output)
    files = export_files(project, output)
    source = getattr(project.store, "path", None)
    with Outputs(files, inputs=[source] if source else [], overwrite=overwrite) as out:
        layers = {k: v for k, v in _export_layers(project).items() if k in targets}
        crs = project.crs
        if suffix == ".geojson":  # RFC 7946: GeoJSON is longitude/latitude on WGS84
            to_wgs84 = Transformer.from_crs(crs, 4326, always_xy=True)
            crs = CRS.from_epsg(4326)
        written = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # GDAL's notes on field widths; values are checked below
            for i, (name, (geometry, columns)) in enumerate(layers.items()):
                if suffix == ".geojson":
                    geometry = transform(geometry, to_wgs84) if len(geometry) else geometry
                names = list(columns)
                data = [store.column_array(columns[c]) for c in names]
                kwargs = {}
                if suffix == ".csv":
                    geom_arg, gtype, kwargs = None, None, {}
                    if len(geometry):
                        centre = shapely.get_coordinates(transform(shapely.point_on_surface(geometry), Transformer.from_crs(
                            project.crs, 4326, always_xy=True)) if name != "finds" else transform(
                            geometry, Transformer.from_crs(project.crs, 4326, always_xy=True)))
                        names += ["LON", "LAT"]
                        data += [centre[:, 0], centre[:, 1]]
                    names = [csv_cell(n) for n in names]
                    data = [np.array([csv_cell(v) for v in d], dtype=object) if d.dtype == object else d for d in data]
                else:
                    geom_arg = np.array([shapely.to_wkb(g) for g in geometry], dtype=object)
                    gtype = "Point" if name == "finds" else "MultiPolygon"
                    if suffix == ".gpkg" and i == 0:
                        kwargs["VERSION"] = "1.2"
                    if suffix == ".shp":
                        kwargs["encoding"] = "UTF-8"

                def write_layer(tmp, geom_arg=geom_arg, data=data, names=names, gtype=gtype, kwargs=kwargs,
                                name=name, i=i):
                    # GDAL does not report a failed write to a GeoJSON, CSV or shapefile (a full disk):
                    # the first two are made in memory and written here, a shapefile is checked after
                    in_memory = suffix in (".geojson", ".csv")
                    target = io_module.BytesIO() if in_memory else str(tmp)
                    write(target, geom_arg, data, names, driver=_DRIVERS[suffix], geometry_type=gtype,
                          crs=crs.to_wkt() if gtype else None,
                          layer=name if suffix == ".gpkg" else targets[name].stem if in_memory else None,
                          append=suffix == ".gpkg" and i > 0, **kwargs)
                    if in_memory:
                        write_bytes(tmp, target.getvalue())
                    elif suffix == ".shp":
                        check_shapefile(tmp)

                out.write(targets[name], write_layer, errors=_write_errors())
                if targets[name] not in written:
                    written.append(targets[name])
        out.commit()
    return written


def _export_targets(project: Project, output: Path) -> dict:
    suffix = output.suffix.lower()
    names = ["hazards", "releases"] + (["finds"] if project.rows["finds"] or suffix == ".gpkg" else [])
    return {name: output if name == "hazards" or suffix == ".gpkg" else
            output.with_name(f"{output.stem}_{name}{output.suffix}") for name in names}


def export_files(project: Project, output) -> list[Path]:
    """Every file ``export_project`` writes for ``output``: each layer's file and, for
    shapefiles, every part of it."""
    targets = _export_targets(project, Path(output))
    return list(dict.fromkeys(f for t in targets.values() for f in output_files(t)))


_DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".csv": "CSV"}


def _export_layers(project: Project) -> dict:
    engine = project.engine
    hz = project.rows["hazards"]
    fids = sorted(hz)
    rows = project.hazard_rows_of(fids)
    extra = [c for c in project.columns["hazards"] if c not in ("geom", "hazard_id", "hazard_type", "status")]
    hazards = {"HAZ_ID": [hz[f]["hazard_id"] for f in fids], "HAZ_TYPE": [hz[f]["hazard_type"] for f in fids],
               "STATUS": [hz[f]["status"] for f in fids]}
    for c in extra:
        hazards[c] = [hz[f][c] for f in fids]
    hazards["AREA_HA"] = np.round(engine.area_ha[rows], 4)
    for c, cat in enumerate(CATEGORIES):
        hazards[{"cleared": "CLEARED_HA", "reduced": "REDUCED_HA", "cancelled": "CANCEL_HA"}[cat.value]] = \
            np.round(engine.released_ha[rows, c], 4)
    released = engine.released_ha[rows].sum(axis=1)
    hazards["RELEASE_HA"] = np.round(released, 4)
    hazards["REMAIN_HA"] = np.round(remaining_ha(engine.area_ha[rows], released), 4)
    for j, name in enumerate(engine.device_names):
        hazards[name] = engine.devices[rows, j].astype(np.int64)

    rel = project.rows["releases"]
    rfids = sorted(rel)
    releases = {"REL_ID": [rel[f]["release_id"] for f in rfids], "HAZ_ID": [rel[f]["hazard_id"] for f in rfids],
                # the category as the figures count it; a value that names none is kept as written
                "RELEASE": [category_word(rel[f]["category"]) or rel[f]["category"] for f in rfids],
                "METHOD": [rel[f]["method"] for f in rfids],
                "DATE": [rel[f]["date"] for f in rfids], "TEAM": [rel[f]["team"] for f in rfids],
                "DEPTH_CM": np.array([np.nan if rel[f]["depth_cm"] is None else rel[f]["depth_cm"] for f in rfids], dtype=float)}
    for name in project.device_names:
        releases[f"{name}_FOUND"] = np.array([count_or_zero(rel[f][project.device_column(name)]) for f in rfids],
                                             dtype=np.int64)  # as the figures count them: no negative, no wrap
    standard = {c for c, _ in store.RELEASE_COLUMNS} | {"geom"}
    for c in project.columns["releases"]:
        if c not in standard and not c.startswith(EXTRA_DEVICE_PREFIX):
            releases[c] = [rel[f][c] for f in rfids]

    fd = project.rows["finds"]
    ffids = sorted(fd)
    finds = {"FIND_ID": [fd[f]["find_id"] for f in ffids], "REL_ID": [fd[f]["release_id"] for f in ffids],
             "HAZ_ID": [fd[f]["hazard_id"] for f in ffids], "CATEGORY": [fd[f]["category"] for f in ffids],
             "MODEL": [fd[f]["model"] for f in ffids],
             "COUNT": np.array([count_or_zero(fd[f]["count"]) for f in ffids], dtype=np.int64),
             "DEPTH_CM": np.array([np.nan if fd[f]["depth_cm"] is None else fd[f]["depth_cm"] for f in ffids], dtype=float),
             "DATE": [fd[f]["date"] for f in ffids]}
    return {
        "hazards": (np.array([hz[f]["geom"] for f in fids], dtype=object), hazards),
        "releases": (np.array([rel[f]["geom"] for f in rfids], dtype=object), releases),
        "finds": (np.array([fd[f]["geom"] for f in ffids], dtype=object), finds),
    }
