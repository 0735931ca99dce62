"""The ``minedesk`` command line: tallies and data checks without a window.

Exit status: 0 done (``check``: data clean), 1 ``check`` found problems, 2 bad input.
A bad file or option gives one line on stderr naming the file and what to do; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import textwrap

from minedesk import __version__
from minedesk.core.errors import InputError
from minedesk.core.mapping import COLUMN_MEANINGS, FieldMapping, column_named, parse_category, parse_hazard_type
from minedesk.core.model import CATEGORIES
from minedesk.core.tally import percent_released
from minedesk.core.taskorder import BENCHMARK_LIMIT_M, MAX_TURNING_POINTS

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class _UsageError(Exception):
    """A command line argparse cannot read: shown as one line, like every other error."""

    def __init__(self, prog: str, message: str):
        super().__init__(message)
        self.line = f"minedesk: {' '.join(message.split())}; see {prog} --help"


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse prints the usage block and exits; MineDesk says one line
        raise _UsageError(self.prog, message)

    def _get_values(self, action, arg_strings):  # Python 3.11 strips '--' from `--crs=--`, leaving the option []
        if action.option_strings and action.nargs is None and arg_strings == ["--"]:
            self.error(f"argument {'/'.join(action.option_strings)}: expected one argument, got only '--'")
        return super()._get_values(action, arg_strings)


#: Options that read plain files (tally, check, import, task-order): refused with a project.
_FILE_OPTIONS = (("releases", "--releases"), ("layer", "--layer"), ("releases_layer", "--releases-layer"),
                 ("crs", "--crs"), ("encoding", "--encoding"), ("hazard_id", "--hazard-id"),
                 ("release_hazard_id", "--release-hazard-id"), ("release_id", "--release-id"),
                 ("category_field", "--category-field"), ("category", "--category"),
                 ("category_value", "--category-value"), ("device", "--device"), ("type_field", "--type-field"),
                 ("type_value", "--type-value"))
_ONE_LAYER = (".shp", ".geojson", ".json")


def _refuse_options(args, path, is_project: bool) -> None:
    """Options that do not apply are refused, not ignored."""
    if is_project:
        given = [flag for name, flag in _FILE_OPTIONS if getattr(args, name, None)]
        if getattr(args, "link", "auto") != "auto":
            given.append("--link")
        if given:
            raise InputError(path, f"is a project: {', '.join(given)} {'does' if len(given) == 1 else 'do'} not apply",
                             "a project holds its releases and mapping already; leave the option out")
        return
    if getattr(args, "layer", None) and str(path).lower().endswith(_ONE_LAYER):
        raise InputError(path, "holds one layer: --layer does not apply", "leave --layer out (it names a layer of "
                         "a GeoPackage or of a zip of several shapefiles)")
    releases = getattr(args, "releases", None) or path
    if getattr(args, "releases_layer", None) and str(releases).lower().endswith(_ONE_LAYER):
        raise InputError(releases, "holds one layer: --releases-layer does not apply",
                         "give the releases file with --releases" if releases == path else "leave --releases-layer out")


def _pair(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    key, value = text.split("=", 1)
    return key.strip(), value.strip()


def _category(text: str):
    try:
        return parse_category(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _number(minimum: float, strict: bool, what: str):
    """An argparse type: a finite number at least (or, strict, above) ``minimum``: NaN, infinity or
    a negative would quietly switch a check off or flag everything."""
    import math

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not math.isfinite(value) or value < minimum or (strict and value == minimum):
            raise argparse.ArgumentTypeError(f"{text!r}: {what}")
        return value

    return parse


def _add_source_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("hazards", metavar="HAZARDS", help="hazard areas: .shp, .zip, .gpkg or .geojson")
    _add_reading_options(p)


def _add_reading_options(parser: argparse.ArgumentParser, title: str | None = None) -> None:
    """How to read a hazard file and its releases: the same for tally, check, import and the window
    (``title``: the options go in a group of that name, as the window's help shows them)."""
    p = parser.add_argument_group(title) if title else parser
    p.add_argument("--releases", metavar="PATH", help="released parts (cancelled / reduced / cleared)")
    p.add_argument("--layer", metavar="NAME", help="layer of HAZARDS (GeoPackage, or zip of several shapefiles)")
    p.add_argument("--releases-layer", metavar="NAME", help="layer of --releases")
    p.add_argument("--crs", metavar="CRS", help="CRS for a file that has none, e.g. EPSG:32638 (overrides the file's)")
    p.add_argument("--encoding", metavar="ENC", help="text encoding when the file does not say (e.g. cp1251)")
    m = parser.add_argument_group(f"{title}: field mapping" if title else "field mapping (detected when not given)")
    m.add_argument("--hazard-id", metavar="FIELD", help="hazard id column of HAZARDS (HAZ_ID, HAZARD_ID, ID ...)")
    m.add_argument("--release-hazard-id", metavar="FIELD", help="column of --releases naming its hazard")
    m.add_argument("--release-id", metavar="FIELD", help="id column of --releases (CLR_ID, RELEASE_ID ...)")
    m.add_argument("--category-field", metavar="FIELD", help="release category column (RELEASE, CATEGORY, STATUS ...)")
    m.add_argument("--category", type=_category, metavar="CAT",
                   help="one category for every release: cleared, reduced or cancelled")
    m.add_argument("--category-value", type=_pair, action="append", default=[], metavar="VALUE=CAT",
                   help="read VALUE in the category column as CAT (repeatable)")
    m.add_argument("--device", type=_pair, action="append", default=[], metavar="CAT=FIELD",
                   help="count devices of CAT (AP, AT, UXO, IED or a new one) from FIELD (repeatable)")
    m.add_argument("--column", type=_pair, action="append", default=[], metavar="MEANING=FIELD",
                   help="the column holding a hazard's name, district or status, or a release's date, team or "
                        "method, where the usual names would not find it (repeatable)")
    m.add_argument("--link", choices=["auto", "id", "location"], default="auto",
                   help="link releases to hazards by hazard id or by location (default: id when both layers have one)")


def _add_type_options(parser: argparse.ArgumentParser, title: str) -> None:
    """Which column says SHA or CHA, and what its words mean (for a project or the window: the map
    colours hazards by type; tallies do not depend on it)."""
    g = parser.add_argument_group(title)
    g.add_argument("--type-field", metavar="FIELD", help="hazard type column (HAZ_TYPE, TYPE, CLASS ... detected)")
    g.add_argument("--type-value", type=_pair, action="append", default=[], metavar="VALUE=SHA|CHA",
                   help="read VALUE in the type column as SHA or CHA (repeatable; 'Suspected Minefield' and the "
                        "like are known)")


def _mapping(args) -> FieldMapping:
    values = {}
    for value, cat in args.category_value:
        try:
            values[value] = parse_category(cat)
        except ValueError as err:
            raise InputError("--category-value", str(err)) from None
    types = {}
    for value, kind in getattr(args, "type_value", None) or []:
        try:
            types[value] = parse_hazard_type(kind)
        except ValueError as err:
            raise InputError("--type-value", str(err)) from None
    columns = {}
    for meaning, name in getattr(args, "column", None) or []:
        if meaning.lower() not in COLUMN_MEANINGS:
            raise InputError("--column", f"{meaning!r} is not a meaning MineDesk reads",
                             f"use one of {', '.join(COLUMN_MEANINGS)}, e.g. --column district=OPCINA")
        columns[meaning.lower()] = name
    return FieldMapping(
        columns=columns, hazard_id=args.hazard_id, release_hazard_id=args.release_hazard_id, release_id=args.release_id,
        category_field=args.category_field, category=args.category, category_values=values,
        devices={cat.upper(): field for cat, field in args.device}, no_link=args.link == "location",
        type_field=getattr(args, "type_field", None), type_values=types,
    )


def _load(args):
    from minedesk import io

    mapping = _mapping(args)
    hazards, findings = io.read_hazards(args.hazards, args.layer, args.crs, args.encoding, mapping)
    releases = None
    if args.releases:
        releases, more = io.read_releases(args.releases, args.releases_layer, args.crs, args.encoding, mapping)
        findings += more
    elif args.releases_layer:
        releases, more = io.read_releases(args.hazards, args.releases_layer, args.crs, args.encoding, mapping)
        findings += more
    if args.link == "id" and (not hazards.has_ids or releases is None or releases.hazard_ids is None):
        raise InputError(args.releases or args.hazards, "--link id needs a hazard id column in both layers",
                         "name them with --hazard-id and --release-hazard-id, or use --link location")
    return hazards, releases, findings


# --------------------------------------------------------------------------- tally
def _fmt_ha(x: float) -> str:
    return f"{x:,.2f}"


def _print_tally(t, title: str, out, not_counted=None) -> None:
    pct = (lambda x: f"{percent_released(x, t.total_ha):6.1f}") if t.total_ha else (lambda x: "     -")
    print(title, file=out)
    print("Hectares on the WGS84 ellipsoid\n", file=out)
    print(f"{'':24}{'hectares':>16}  {'%':>6}", file=out)
    print(f"{'Hazard area':24}{_fmt_ha(t.total_ha):>16}", file=out)
    print(f"{'Released':24}{_fmt_ha(t.released_ha):>16}  {pct(t.released_ha)}", file=out)
    for cat, ha in t.released_by_category_ha.items():
        print(f"{'  ' + cat:24}{_fmt_ha(ha):>16}  {pct(ha)}", file=out)
    print(f"{'Remaining':24}{_fmt_ha(t.remaining_ha):>16}  {pct(t.remaining_ha)}", file=out)
    print("\nDevices found: " + "  ".join(f"{k} {v:,}" for k, v in t.devices.items()), file=out)
    if not_counted:
        print(not_counted.text(), file=out)


def _print_groups(groups: dict, field: str, out) -> None:
    names = list(next(iter(groups.values())).devices) if groups else []
    head = (f"\n{field:<20}{'hazards':>8}{'total ha':>14}" + "".join(f"{c.value + ' ha':>13}" for c in CATEGORIES)
            + f"{'remaining ha':>14}{'% rel':>7}" + "".join(f"{n:>7}" for n in names))
    print(head, file=out)
    for key, t in groups.items():
        print(f"{key[:19]:<20}{t.hazards:>8}{_fmt_ha(t.total_ha):>14}"
              + "".join(f"{_fmt_ha(v):>13}" for v in t.released_by_category_ha.values())
              + f"{_fmt_ha(t.remaining_ha):>14}{t.percent_released:>7.1f}"
              + "".join(f"{v:>7,}" for v in t.devices.values()), file=out)


def _open_project(path, readonly: bool):
    from minedesk.exchange import open_source

    return open_source(path, readonly=readonly, files=False)


def cmd_tally(args) -> int:
    from minedesk.core.tally import TallyEngine, tally_dict
    from minedesk.store import is_project

    project_given = is_project(args.hazards)
    source = args.hazards  # a project as the user named it; files as they were read (a zip's layer ...)
    _refuse_options(args, args.hazards, project_given)
    if project_given:
        project = _open_project(args.hazards, readonly=True)
        project.close()
        engine, findings = project.engine, list(project.warnings)
        hazards, releases = engine.hazards, None
        title_tail = f"; project, {len(project.rows['releases']):,} releases)"
    else:
        hazards, releases, findings = _load(args)
        source = hazards.source
        engine = TallyEngine(hazards, releases, link_by_id=None if args.link == "auto" else args.link == "id")
        findings += engine.warnings
        title_tail = f"; {releases.source}, {len(releases):,} releases)" if releases is not None else ")"
    totals = engine.totals()
    groups = None
    if args.by:
        try:
            groups = engine.groups(args.by)
        except KeyError:
            raise InputError(source, f"has no column {args.by!r} to group by",
                             f"columns are: {', '.join(hazards.attributes)}") from None
    per_hazard = [(hid, engine.totals([row])) for row, hid in enumerate(hazards.ids) if engine.alive[row]] \
        if args.per_hazard else []
    obj = tally_dict(engine, findings, args.by)
    if args.per_hazard:
        obj["per_hazard"] = [{"id": hid, **{k: v for k, v in t.to_dict().items() if k != "hazards"}}
                             for hid, t in per_hazard]
    text = _json_text(obj, source)  # a figure that is not a number is never printed, as JSON or text
    if args.json:
        print(text)
    else:
        title = f"MineDesk tally: {source} ({totals.hazards:,} hazards" + title_tail
        _print_tally(totals, title, sys.stdout, engine.not_counted())
        if groups is not None:  # headed by the column as the data names it (--by district finds DISTRICT)
            _print_groups(groups, column_named(hazards.attributes, args.by), sys.stdout)
        if per_hazard:
            _print_groups(dict(per_hazard), "hazard", sys.stdout)
        for f in findings:
            print(f"warning: {f}", file=sys.stderr)
    return EXIT_OK


def _json_text(obj, source) -> str:
    """``obj`` as JSON, refusing NaN and infinity (which are not JSON, nor a figure)."""
    try:
        return json.dumps(obj, indent=2, ensure_ascii=False, allow_nan=False)
    except ValueError:
        raise InputError(source, "a figure came out as not a number",
                         "run minedesk check on it and correct the features it names") from None


# --------------------------------------------------------------------------- check
def cmd_check(args) -> int:
    from minedesk import io
    from minedesk.core.check import CheckOptions, CheckResult, check, check_project
    from minedesk.store import is_project

    opts = CheckOptions(area_tolerance_pct=args.area_tolerance, max_edge_m=args.max_edge_m)
    project_given = is_project(args.hazards)
    _refuse_options(args, args.hazards, project_given)
    if project_given:  # a project as it stands now, both its layers
        project = _open_project(args.hazards, readonly=True)
        try:
            result = CheckResult([(f"{args.hazards} ({layer})", f) for layer, f in check_project(project, opts)])
            read_as = _read_as(project)
        finally:
            project.close()
        name = args.hazards
    else:
        mapping = _mapping(args)
        hazards = io.read_layer(args.hazards, args.layer, args.crs, args.encoding)
        releases = None
        if args.releases or args.releases_layer:
            releases = io.read_layer(args.releases or args.hazards, args.releases_layer, args.crs, args.encoding)
        result = check(hazards, releases, mapping, opts)
        name = hazards.source
        read_as = None
    if args.json:
        json.dump({"clean": result.clean, "counts": result.counts(), **({"read_as": read_as} if read_as else {}),
                   "findings": [{"layer": src, "id": f.label, "kind": f.kind, "detail": f.detail}
                                for src, f in result.findings]},
                  sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        source = None
        for src, f in result.findings:
            if src != source:
                print(f"\n{src}" if source else src)
                source = src
            print(f"  {f}")
        if result.clean:
            print(f"{name}: no problems found")
        else:
            summary = ", ".join(f"{n} {kind}" for kind, n in result.counts().items())
            print(f"\n{len(result.findings)} finding(s): {summary}")
        if read_as:
            print(f"{name} was made from {read_as['from']}, read with: {' '.join(read_as['options']) or 'no options'}")
    return EXIT_OK if result.clean else EXIT_FINDINGS


def _read_as(project) -> dict | None:
    """How a project's files were read, as the options that read the next delivery the same way."""
    from minedesk.store import READ_AS

    try:
        record = json.loads(project.meta.get(READ_AS) or "null")
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    m = record.get("mapping") or {}
    opts = []
    for key, option in (("releases", "--releases"), ("layer", "--layer"), ("releases_layer", "--releases-layer"),
                        ("crs", "--crs"), ("encoding", "--encoding")):
        if record.get(key):
            opts += [option, str(record[key])]
    for key, option in (("hazard_id", "--hazard-id"), ("release_hazard_id", "--release-hazard-id"),
                        ("release_id", "--release-id"), ("category_field", "--category-field"),
                        ("category", "--category"), ("type_field", "--type-field")):
        if m.get(key):
            opts += [option, str(m[key])]
    for key, option in (("category_values", "--category-value"), ("type_values", "--type-value"),
                        ("columns", "--column")):
        opts += [x for k, v in (m.get(key) or {}).items() for x in (option, f"{k}={v}")]
    opts += [x for k, v in (m.get("devices") or {}).items() for x in ("--device", f"{k}={v}")]
    if m.get("no_link"):
        opts += ["--link", "location"]
    return {"from": project.meta.get("imported_from", ""), "options": [shlex.quote(o) for o in opts],
            "record": record}


# --------------------------------------------------------------------------- projects
def cmd_import(args) -> int:
    from minedesk.exchange import import_project
    from minedesk.store import is_project

    _refuse_options(args, args.hazards, is_project(args.hazards))
    path, findings = import_project(
        args.output, args.hazards, args.releases, layer=args.layer, releases_layer=args.releases_layer, crs=args.crs,
        encoding=args.encoding, mapping=_mapping(args), link_by_id=None if args.link == "auto" else args.link == "id",
        overwrite=args.overwrite)
    for f in findings:
        print(f"warning: {f}", file=sys.stderr)
    project = _open_project(path, readonly=True)
    project.close()
    t = project.engine.totals()
    print(f"{path}: project made with {t.hazards:,} hazards ({t.total_ha:,.2f} ha) and "
          f"{len(project.rows['releases']):,} releases ({t.released_ha:,.2f} ha released)")
    return EXIT_OK


def cmd_export(args) -> int:
    from minedesk.exchange import export_project

    project = _open_project(args.project, readonly=True)
    try:
        written = export_project(project, args.output, overwrite=args.overwrite)
    finally:
        project.close()
    for path in written:
        print(path)
    return EXIT_OK


def _geometry(text: str, crs_text: str | None, project):
    import shapely
    from pyproj import CRS, Transformer

    from minedesk.core.area import transform
    from minedesk.io import parse_crs

    text = text.strip()
    try:
        geom = shapely.from_geojson(text) if text.startswith("{") else shapely.from_wkt(text)
    except shapely.errors.GEOSException as err:
        raise InputError("--geometry", f"is neither WKT nor GeoJSON ({err})",
                         "give e.g. 'POLYGON ((x y, x y, x y, x y))' in the project's CRS") from None
    if geom.geom_type == "Feature" if hasattr(geom, "geom_type") else False:
        geom = geom.geometry
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        raise InputError("--geometry", f"is a {geom.geom_type}, not a polygon", "give a POLYGON or MULTIPOLYGON")
    src = parse_crs(crs_text, "--geometry-crs") if crs_text else (CRS.from_epsg(4326) if text.startswith("{") else None)
    _placeable(geom, src or project.crs)
    if src is not None and not src.equals(project.crs, ignore_axis_order=True):
        geom = transform(geom, Transformer.from_crs(src, project.crs, always_xy=True))
        _placeable(geom, project.crs)
    return geom


def _placeable(geom, crs) -> None:
    """Refuse a polygon whose coordinates its CRS cannot place (the rule files are read with).
    One merely far away is left to the overlap test, which names the hazard."""
    import numpy as np

    from minedesk.core.validation import BAD_CONVERSION, BAD_NUMBER, coordinate_problems

    codes, details = coordinate_problems(np.array([geom], dtype=object), crs)
    if codes[0] in (BAD_NUMBER, BAD_CONVERSION):
        raise InputError("--geometry", details[0].removesuffix("; skipped"),
                         "correct the coordinates; WKT is in the project's CRS (or --geometry-crs), GeoJSON in WGS84")


def _points(args):
    """--points FILE|-: the polygon in lon/lat, after printing each row's problem (or the
    misclosure). The rules are the core's (core.outline)."""
    from minedesk.core.outline import Settings, read_outline

    source = "standard input" if args.points == "-" else args.points
    if args.points == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(args.points, "rb") as f:
                data = f.read()
        except OSError as err:
            raise InputError(args.points, f"cannot be read ({err.strerror or err})", "give a text file of positions and legs") from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(args.points, "is not UTF-8 text", "save it as UTF-8 (plain text), one position or leg a line") from None
    settings = Settings(tolerance=args.tolerance) if args.tolerance else Settings()
    outline = read_outline(text.splitlines(), settings)
    for row in outline.problems:
        print(f"{source}: row {row.number} {row.text.strip()!r}: {row.problem}", file=sys.stderr)
    polygon = outline.polygon(repair=args.repair, accept_misclosure=args.accept_misclosure, source=source)
    print(f"{len(outline.ring)} turning points; {outline.misclosure_text()}"
          + (" (accepted)" if outline.over_tolerance else ""), flush=True)
    return polygon


def _tolerance(text: str) -> float:
    import re

    m = re.fullmatch(r"\s*(?:1\s*:\s*)?(\d+(?:\.\d+)?)\s*", text or "")
    if not m or float(m[1]) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a ratio; give it like 1:300")
    return float(m[1])


def cmd_add_hazard(args) -> int:
    from minedesk.core.commands import polygon_command

    project = _open_project(args.project, readonly=False)
    try:
        command = polygon_command(project, _points(args), "hazard", args.id, hazard_type=args.hazard_type,
                                  status=args.status)
        project.execute(command)
        print(f"done: {command.label}", flush=True)
    finally:
        project.close()
    return EXIT_OK


def cmd_release(args) -> int:
    import datetime

    from minedesk.core.commands import AddRelease, MarkReleased, polygon_command
    from minedesk.core.values import input_count, input_date

    if sum(bool(x) for x in (args.geometry, args.whole, args.points)) != 1:
        raise InputError(args.project, "say what is released",
                         "give either --whole, --geometry WKT_OR_GEOJSON or --points FILE (- for standard input)")
    date = input_date(args.date, "--date") or datetime.date.today().isoformat()  # stored as YYYY-MM-DD
    devices = {k: input_count(v, f"--{k.lower()}") for k, v in
               (("AP", args.ap), ("AT", args.at), ("UXO", args.uxo), ("IED", args.ied))}
    devices = {k: v for k, v in devices.items() if v}
    project = _open_project(args.project, readonly=False)
    try:
        common = dict(category=args.category, method=args.method, date=date, team=args.team, depth_cm=args.depth_cm,
                      devices=devices or None)
        if args.whole:
            command = MarkReleased(args.hazard, **common)
        elif args.points:
            command = polygon_command(project, _points(args), "release", args.hazard, **common)
        else:
            command = AddRelease(args.hazard, _geometry(args.geometry, args.geometry_crs, project), **common)
        project.execute(command)
        # written: say so before anything else (the figures below only read the tally engine)
        release = next(a.after for a in command.applied if a.table == "releases")
        status = next((a.after["status"] for a in command.applied if a.table == "hazards"), None)
        print(f"done: {command.label} (release {release['release_id']}"
              + (f"; hazard status set to {status!r}: all of it is released" if status else "") + ")", flush=True)
        t = project.hazard_tally(args.hazard)
        by_cat = ", ".join(f"{k} {v:,.2f}" for k, v in t.released_by_category_ha.items() if v)
        print(f"{args.hazard}: {t.released_ha:,.2f} of {t.total_ha:,.2f} ha released ({by_cat or 'none'}), "
              f"{t.remaining_ha:,.2f} ha remaining")
    finally:
        project.close()
    return EXIT_OK


def cmd_history(args) -> int:
    from minedesk.store import GpkgStore

    with GpkgStore.open(args.project, readonly=True) as store:
        entries = store.history()
    if args.json:
        json.dump(entries, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return EXIT_OK
    for e in entries:
        rows = len(e["changes"])
        print(f"{e['seq']:>5}  {e['time']}  {e['user']:<12} {e['action']:<6} {e['label']}"
              + (f"  [{rows} row{'s' if rows != 1 else ''}]" if rows else ""))
    return EXIT_OK


# --------------------------------------------------------------------------- paper
def _open_source(path, args, readonly: bool):
    """A project, or a read-only view of files (for task orders from plain shapefiles)."""
    from minedesk.exchange import open_source
    from minedesk.store import is_project

    if is_project(path):
        return open_source(path, readonly=readonly)
    link = getattr(args, "link", "auto")
    return open_source(path, getattr(args, "releases", None), readonly=readonly,  # read as tally reads it
                       layer=getattr(args, "layer", None), releases_layer=getattr(args, "releases_layer", None),
                       crs=getattr(args, "crs", None), encoding=getattr(args, "encoding", None), mapping=_mapping(args),
                       link_by_id=None if link == "auto" else link == "id")


def cmd_task_order(args) -> int:
    from minedesk.core.commands import IssueTaskOrder
    from minedesk.core.taskorder import check_benchmark_limit, check_fields, check_tolerance, far_benchmark, order_to_issue
    from minedesk.outputs import PDF, Outputs, require_suffix, write_error
    from minedesk.report.taskorder import write_task_order
    from minedesk.store import is_project

    fields = dict(args.field)
    check_fields(fields)
    words = _words(args)  # its translation found before anything is read
    simplify = check_tolerance(args.simplify)
    within = check_benchmark_limit(args.benchmark_within)
    _refuse_options(args, args.source, is_project(args.source))
    # the PDF is checked, then drawn to its temporary file, then the order recorded, then the
    # PDF renamed into place: the order is recorded if and only if its document is there
    with Outputs([args.output], inputs=[args.source, args.releases], overwrite=args.overwrite) as out:
        require_suffix(args.output, PDF, "a PDF")  # after the inputs and projects: that message first
        project = _open_source(args.source, args, readonly=False)
        try:
            stored = not project.readonly
            if args.task and not project.task_orders(args.task):  # --task names an issued order
                raise InputError(args.source, f"has no task order {args.task!r}", "leave out --task to issue a new one")
            if not args.task and not args.hazard:
                raise InputError(args.source, "a task order needs at least one hazard", "give --hazard ID")
            order = order_to_issue(project.task_orders(), args.hazard, fields, args.task)
            for hid in order.hazard_ids:
                project.hazard(hid)
            write_task_order(project, order, args.output, paper=args.paper, simplify_m=simplify, words=words,
                             outputs=out, benchmark_limit_m=within)
            engine = project.engine
            far = far_benchmark(order, list(engine.meter.to_wgs84(
                engine.hazards.geometry[[project.hazard_row(h) for h in order.hazard_ids]])), within)
            command = IssueTaskOrder(order)
            if stored:
                project.execute(command)
            try:
                out.commit()
            except InputError as err:
                if stored:
                    try:
                        project.withdraw(command)
                    except Exception as undo_err:  # noqa: BLE001 - said in the one line below
                        why = write_error(args.source, undo_err).problem
                        raise InputError(args.output, f"{err.problem}, and task order {order.task_id} version "
                                         f"{order.version} stays recorded in {args.source} ({why})",
                                         f"write its PDF with: minedesk task-order {args.source} --task {order.task_id} "
                                         "-o OUT.pdf (a new version)") from None
                raise
        finally:
            project.close()
    note = "" if stored else " (not stored: the source is not a project)"
    if far:
        print(f"warning: {far} (printed on the order)", file=sys.stderr)
    print(f"{args.output}: task order {order.task_id} version {order.version}{note}")
    return EXIT_OK


def cmd_completion_report(args) -> int:
    from minedesk.report.completion import COMPLETION_FIELDS, completion_document

    extra = dict(args.field)
    unknown = [k for k in extra if k not in {key for key, _ in COMPLETION_FIELDS}]
    if unknown:
        raise InputError("--field", f"unknown completion report field(s): {', '.join(unknown)}",
                         f"use one of: {', '.join(k for k, _ in COMPLETION_FIELDS)}")
    from minedesk.core.taskorder import check_tolerance
    from minedesk.outputs import PDF, check_targets, require_suffix

    simplify = check_tolerance(args.simplify)
    words = _words(args)
    check_targets([args.output], [args.project], args.overwrite)  # before the project is read
    require_suffix(args.output, PDF, "a PDF")
    project = _open_project(args.project, readonly=True)
    try:
        versions = project.task_orders(args.task)
        if not versions:
            raise InputError(args.project, f"has no task order {args.task!r}",
                             "issue it first with: minedesk task-order PROJECT --hazard ID -o OUT.pdf")
        order = versions[-1]
        completion_document(project, order, extra, args.paper, simplify, words).write_pdf(
            args.output, title=f"Completion {args.task}", inputs=[args.project], overwrite=args.overwrite)
    finally:
        project.close()
    print(f"{args.output}: completion report of {order.task_id} (task order version {order.version})")
    return EXIT_OK


def cmd_report(args) -> int:
    from minedesk.core.values import period
    from minedesk.report.summary import summary_document, write_summary_csv

    args.date_from, args.date_to = period(args.date_from, args.date_to, "--from", "--to")
    from minedesk.outputs import CSV, PDF, Outputs, require_suffix

    if not args.output and not args.csv:
        raise InputError(None, "say where to write the report", "give -o OUT.pdf and/or --csv OUT.csv")
    words = _words(args)
    targets = [t for t in (args.output, args.csv) if t]
    with Outputs(targets, inputs=[args.project], overwrite=args.overwrite) as files:  # PDF and CSV, both or neither
        require_suffix(args.output, PDF, "a PDF")
        require_suffix(args.csv, CSV, "a CSV table")
        project = _open_project(args.project, readonly=True)
        try:
            try:
                if args.output:
                    summary_document(project, args.date_from, args.date_to, args.by, paper=args.paper,
                                     words=words).write_pdf(
                        args.output, title="Land release summary", outputs=files)
                if args.csv:
                    write_summary_csv(project, args.csv, args.date_from, args.date_to, args.by, outputs=files)
            except KeyError:
                raise InputError(args.project, f"has no hazard attribute {args.by!r} to group by",
                                 f"use team, or one of: {', '.join(project.engine.hazards.attributes)}") from None
        finally:
            project.close()
        files.commit()
    for out in (args.output, args.csv):
        if out:
            print(out)
    return EXIT_OK


# --------------------------------------------------------------------------- main
WINDOW = "open"  # the command `minedesk [FILE ...]` stands for


def _add_document_language(p) -> None:
    """The language a document prints in, and a second one beside it (bilingual documents)."""
    p.add_argument("--language", dest="document_language", choices=["en", "az", "ru"], default="en",
                   help="language of the document: words, units, month names and numbers (coordinates keep a "
                        "decimal point); English by default")
    p.add_argument("--second-language", dest="second_language", choices=["en", "az", "ru"],
                   help="also print every heading, label and header in this language (e.g. en), after the first")


def _words(args):
    from minedesk.report.words import Words

    return Words(args.document_language, args.second_language)


def _add_window_options(p) -> None:
    """The window's options: the same for ``minedesk [FILE ...]`` and ``minedesk open``."""
    p.add_argument("--language", choices=["system", "en", "az", "ru"], help="language of the window")
    p.add_argument("--select", action="append", default=[], metavar="ID", help="select these hazards (repeatable)")
    p.add_argument("--colour-by", "--color-by", dest="style", metavar="STYLE",
                   help="colour hazards by: type (CHA, SHA; the default), progress (nothing, part or all "
                        "released) or any hazard column (district, status ...)")
    p.add_argument("--size", metavar="WxH", help="window size, e.g. 1600x1000")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="render the window to a picture and exit, never waiting for input (needs no display)")
    p.add_argument("--overwrite", action="store_true", help="replace OUT.png when it exists (never an input)")
    p.add_argument("--background", metavar="MAP.mbtiles", help="an offline background map (for --screenshot)")


def _add_points_options(p) -> None:
    p.add_argument("--tolerance", type=_tolerance, metavar="1:N",
                   help="largest misclosure accepted without --accept-misclosure (default 1:300)")
    p.add_argument("--accept-misclosure", action="store_true", help="record it although the misclosure is over the tolerance")
    p.add_argument("--repair", action="store_true", help="split a polygon that crosses itself where it crosses")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="minedesk",
        usage="%(prog)s [FILE_OR_PROJECT ...] [window options]\n"
              "       %(prog)s COMMAND ...   (%(prog)s COMMAND --help tells its options)",
        description="Land-release tallies, task orders and reports for mine action, on the desk and offline. "
                    "Without a COMMAND, MineDesk opens its window on the files or projects given "
                    f"(the same as {WINDOW!r}).")
    parser.add_argument("--version", action="version", version=f"minedesk {__version__}")
    parser.add_argument("--reset-settings", action="store_true",
                        help="forget the window's settings (layout, recent files, language), then start")
    _add_window_options(parser.add_argument_group("window options (minedesk [FILE_OR_PROJECT ...])"))
    _add_reading_options(parser, "reading a hazard file in the window (as tally reads it; one file, not a project)")
    _add_type_options(parser, "hazard types in the window (one file, not a project)")
    sub = parser.commands = parser.add_subparsers(dest="command", metavar="COMMAND", prog="minedesk")

    p = sub.add_parser("tally", help="hectares released and remaining, devices found",
                       description="Tally hazards and their releases: area, released by category "
                                   "(cleared > reduced > cancelled, overlaps once), remaining, devices.")
    _add_source_options(p)
    p.add_argument("--by", metavar="FIELD", help="also tally per value of a hazard attribute (district, operator ...)")
    p.add_argument("--per-hazard", action="store_true", help="also list every hazard's figures")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.set_defaults(run=cmd_tally)

    p = sub.add_parser("check", help="data-quality check of hazard and release layers, or of a project",
                       description="List problems per feature (of a project: both its layers, as they stand). "
                                   "Exit 0 when clean, 1 with findings, 2 when unreadable.")
    _add_source_options(p)
    p.add_argument("--area-tolerance", type=_number(0, False, "give a percentage, 0 or more"), default=1.0, metavar="PCT",
                   help="flag reported areas (AREA_HA, AREA_M2 ...) off by more than PCT %% (default 1)")
    p.add_argument("--max-edge-m", type=_number(0, True, "give a distance in metres above 0"), default=10_000.0,
                   metavar="M",
                   help="flag consecutive vertices more than M metres apart (default 10000)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("import", help="make a project (one GeoPackage) from hazard and release files",
                       description="Make a MineDesk project from files, with the same mapping and checks as tally.")
    _add_source_options(p)
    _add_type_options(p, "hazard types")
    p.add_argument("-o", "--output", required=True, metavar="PROJECT.gpkg", help="the new project file")
    p.add_argument("--overwrite", action="store_true",
                   help="replace OUT when it exists (never an input, never a project)")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("export", help="write a project's hazards (with tallies), releases and finds",
                       description="Write the current state: OUT.gpkg holds three layers; .shp, .geojson and .csv "
                                   "write OUT, OUT_releases and OUT_finds side by side. GeoJSON is in WGS84.")
    p.add_argument("project", metavar="PROJECT.gpkg")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="OUT.gpkg, OUT.shp, OUT.geojson or OUT.csv")
    p.add_argument("--overwrite", action="store_true",
                   help="replace files of that name (every part and companion; never a project)")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("release", help="record released land on a hazard (undoable in the app, audited)",
                       description="Mark a whole hazard released, or add a released polygon clipped to it.")
    p.add_argument("project", metavar="PROJECT.gpkg")
    p.add_argument("--hazard", required=True, metavar="ID")
    p.add_argument("--category", required=True, type=_category, metavar="CAT", help="cleared, reduced or cancelled")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--whole", action="store_true", help="the whole hazard")
    where.add_argument("--geometry", metavar="WKT_OR_GEOJSON",
                       help="the released polygon: WKT in the project's CRS, or GeoJSON (WGS84)")
    where.add_argument("--points", metavar="FILE",
                       help="the released polygon as turning points and/or a traverse, one position or leg a line "
                            "(- reads standard input; see the README)")
    p.add_argument("--geometry-crs", metavar="CRS", help="CRS of --geometry when it is not the default")
    _add_points_options(p)
    p.add_argument("--method", metavar="M", help="manual, mechanical, MDD, technical survey, non-technical survey")
    from minedesk.core.values import DATE_FORMATS, MAX_DEVICES

    p.add_argument("--date", metavar="DATE", help=f"date of release (default today): {DATE_FORMATS}; "
                                                  "stored as YYYY-MM-DD")
    p.add_argument("--team", metavar="T")
    p.add_argument("--depth-cm", type=_number(0, False, "give a depth in centimetres, 0 or more"), metavar="CM",
                   help="clearance depth")
    for name in ("ap", "at", "uxo", "ied"):
        p.add_argument(f"--{name}", metavar="N", help=f"{name.upper()} found (a whole number, 0 to {MAX_DEVICES:,})")
    p.set_defaults(run=cmd_release)

    p = sub.add_parser("add-hazard", help="add a hazard from turning points or a traverse (undoable in the app, audited)",
                       description="Add a hazard polygon from positions (decimal degrees, DMS, UTM, MGRS, Pulkovo 1942 "
                                   "Gauss-Krueger) and legs (bearing, distance), one a line; prints the misclosure.")
    p.add_argument("project", metavar="PROJECT.gpkg")
    p.add_argument("--id", required=True, metavar="ID", help="the new hazard's id")
    p.add_argument("--points", required=True, metavar="FILE", help="positions and legs, one a line (- reads standard input)")
    p.add_argument("--hazard-type", metavar="T", help="SHA or CHA")
    p.add_argument("--status", metavar="S", help="the hazard's status")
    _add_points_options(p)
    p.set_defaults(run=cmd_add_hazard)

    p = sub.add_parser("open", help="open the desktop application (or render it to a picture)",
                       description="Open files or a project in the window. With --screenshot, render the "
                                   "full window offscreen to a PNG and exit, never waiting for input.")
    p.add_argument("paths", nargs="*", metavar="FILE_OR_PROJECT")
    _add_window_options(p)
    _add_reading_options(p, "reading a hazard file (as tally reads it; one file, not a project)")
    _add_type_options(p, "hazard types (one file, not a project)")
    p.set_defaults(run=None)  # the window is started by minedesk.launcher, which stands above cli and app

    p = sub.add_parser("task-order", help="issue a task order as a PDF (stored in a project, versioned)",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=_task_order_fields(),
                       description=textwrap.fill(
                           "Write a task order: summary, task map, turning points with coordinates, bearings and "
                           "distances, safety, quality, signatures. In a project it is stored; --task ID makes a "
                           "new version of an issued one.", 78))
    p.add_argument("source", metavar="PROJECT_OR_FILE")
    p.add_argument("--hazard", action="append", default=[], metavar="ID", help="hazard to task (repeatable)")
    p.add_argument("--task", metavar="ID", help="a new version of this task order")
    p.add_argument("--field", type=_pair, action="append", default=[], metavar="NAME=VALUE",
                   help="a field of the order, e.g. authority=ANAMA, benchmark='39.98, 46.93' (repeatable)")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    _add_document_language(p)
    _add_reading_options(p, "reading a hazard file, as tally reads it (one file, not a project)")
    _add_type_options(p, "hazard types (one file, not a project)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--overwrite", action="store_true",
                   help="replace OUT when it exists (never an input, never a project)")
    p.add_argument("--simplify", type=float, metavar="METRES",
                   help="simplify the outlines for this document only (topology kept; the document says so), "
                        f"for hazards with more turning points than a task order carries ({MAX_TURNING_POINTS})")
    p.add_argument("--benchmark-within", type=float, metavar="METRES",
                   help=f"flag the benchmark on the order when it is farther than this from the order's hazards "
                        f"(default {BENCHMARK_LIMIT_M:g})")
    p.set_defaults(run=cmd_task_order)

    p = sub.add_parser("completion-report", help="the completion report of a task (IMAS 08.30) as a PDF",
                       description="Released parts with areas and perimeters, devices, methods, dates, depth, "
                                   "QA/QC, what was not released and why, the map, and a handover certificate.")
    p.add_argument("project", metavar="PROJECT.gpkg")
    p.add_argument("--task", required=True, metavar="ID")
    p.add_argument("--field", type=_pair, action="append", default=[], metavar="NAME=VALUE",
                   help="markers, not_released_reason, residual_risk, qa_by, handed_over_to, operator_signatory, "
                        "authority_signatory")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    _add_document_language(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--overwrite", action="store_true",
                   help="replace OUT when it exists (never an input, never a project)")
    p.add_argument("--simplify", type=float, metavar="METRES",
                   help="simplify the outlines for this document only (topology kept; the document says so), "
                        f"for hazards with more turning points than a task order carries ({MAX_TURNING_POINTS})")
    p.set_defaults(run=cmd_completion_report)

    p = sub.add_parser("report", help="summary of released land and devices for a period, as PDF and/or CSV",
                       description="Released hectares by category, remaining, devices by category, for the period "
                                   "and cumulative, grouped by district, team or any hazard attribute.")
    p.add_argument("project", metavar="PROJECT.gpkg")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--by", metavar="district|team|FIELD")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    _add_document_language(p)
    p.add_argument("-o", "--output", metavar="OUT.pdf")
    p.add_argument("--csv", metavar="OUT.csv")
    p.add_argument("--overwrite", action="store_true", help="replace OUT.pdf / OUT.csv when they exist (never a project)")
    p.set_defaults(run=cmd_report)

    p = sub.add_parser("history", help="the project's audit log: who did what, when",
                       description="Every command applied, undone or redone, with user and time.")
    p.add_argument("project", metavar="PROJECT.gpkg")
    p.add_argument("--json", action="store_true", help="the full log, with each row before and after")
    p.set_defaults(run=cmd_history)
    return parser


def _task_order_fields() -> str:
    """The fields a task order takes, by section (for ``task-order --help``), from the core's list."""
    from minedesk.core.taskorder import FIELDS

    lines, section = ["fields (--field NAME=VALUE):"], None
    for key, label, sec in FIELDS:
        if sec != section:
            lines.append(f"  {sec}")
            section = sec
        lines.append(f"    {key:<24}{label}")
    return "\n".join(lines)


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    """The subcommands, as the parser knows them (never a second, hand-written list)."""
    return list(parser.commands.choices)


def _route(argv: list[str], commands: list[str]) -> list[str]:
    """``minedesk [FILE ...] [window options]`` is ``minedesk open ...``; a command, ``--help`` or
    ``--version`` first is parsed as it stands."""
    if argv and (argv[0] in commands or argv[0] in ("-h", "--help", "--version")):
        return argv
    return [WINDOW, *argv]


def main(argv: list[str] | None = None, window=None) -> int:
    """Run one command; ``window(args)`` starts the window for ``open`` (given by the launcher,
    :mod:`minedesk.launcher`, so that the command line never imports the application)."""
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    commands = _commands(parser)
    argv = _route(argv, commands)
    try:
        args = parser.parse_args(argv)
    except _UsageError as err:
        line = err.line
        if argv[0] in commands and argv[0] != WINDOW and line.endswith("; see minedesk --help"):
            line = line[: -len("minedesk --help")] + f"minedesk {argv[0]} --help"  # unknown options of a command
        print(line, file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if args.command == WINDOW:
            return _open_window(args, window, commands)
        return args.run(args)
    except InputError as err:
        print(f"minedesk: {err.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `minedesk tally ... | head`
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep Python quiet at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("minedesk: interrupted", file=sys.stderr)
        return 130


def _open_window(args, window, commands) -> int:
    if args.size and not all(v.isdigit() for v in args.size.lower().split("x", 1)):
        raise InputError("--size", f"{args.size!r} is not WIDTHxHEIGHT", "e.g. --size 1600x1000")
    for path in args.paths:  # `minedesk --language az tally x.shp`: a command after an option
        if path in commands and not os.path.exists(path):
            raise InputError(path, "is a command, not a file", f"put it first: minedesk {path} ... "
                             "(window options such as --language belong to minedesk [FILE ...])")
    args.reading = _window_reading(args)
    if window is None:
        raise InputError(None, "the window is started by the minedesk program", "run: minedesk [FILE ...]")
    return window(args)


def _window_reading(args) -> dict | None:
    """The reading options for the window, checked as tally checks them (one hazard file)."""
    from minedesk.store import is_project

    given = [flag for name, flag in _FILE_OPTIONS if getattr(args, name, None)] + (
        ["--link"] if args.link != "auto" else [])
    if not given:
        return None
    if len(args.paths) != 1:
        raise InputError(given[0], "reads one hazard file", "give one file with it (for several, make a project of each)")
    _refuse_options(args, args.paths[0], is_project(args.paths[0]))
    reading = {"mapping": _mapping(args), "link_by_id": None if args.link == "auto" else args.link == "id"}
    for name in ("releases", "layer", "releases_layer", "crs", "encoding"):
        if getattr(args, name):
            reading[name] = getattr(args, name)
    return reading
