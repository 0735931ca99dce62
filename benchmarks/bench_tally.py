#!/usr/bin/env python3
"""How fast is ``minedesk tally`` on a national-scale dataset, and is it right?

Run by hand from the repository root (never from pytest; it takes a few minutes)::

    .venv/bin/python benchmarks/bench_tally.py            # makes the data the first time
    .venv/bin/python benchmarks/bench_tally.py --repeat 5 --profile

Measures, on 30,000 hazards and their releases (``benchmarks/make_data.py --count 30000
--total-km2 11258 --truth``, written to ``benchmarks/data/national``, git-ignored):

  a. the I/O floor: ``pyogrio.raw.read`` of both layers and ``shapely.from_wkb``;
  a2. the GEOS floor: (a), ``is_valid``, and one ``shapely.intersection`` per release with its
     hazard on every core (what any exact tally at least does; see geos_floor());
  b. ``minedesk tally --json`` end to end in a subprocess, and the same in-process
     (read_hazards, read_releases, TallyEngine(...).totals()) to separate Python start-up;
  c. the same tally as an analyst writes it with geopandas (overlay in the layer's CRS,
     measure in a local Lambert azimuthal equal-area on WGS84), checked against truth.json;
  d. live edits on a TallyEngine: update_release, add_release, remove_release (ms each),
     then the edited engine against a fresh full computation of the same state;
  e. ``minedesk tally --json`` against truth.json.

Targets: b <= 3 x a, b < c, each edit under 5 ms (95th percentile).
Prints a Markdown table at the end and writes it to ``benchmarks/out/tally.md`` (git-ignored).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import io as stdio
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np
import shapely

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO / "benchmarks" / "data" / "national"
MAKE_DATA = REPO / "benchmarks" / "make_data.py"
DEFAULT_OUT = REPO / "benchmarks" / "out" / "tally.md"

CATS = ("cleared", "reduced", "cancelled")
DEVICES = ("AP", "AT", "UXO", "IED")
AREA_RTOL = 1e-6  # against truth.json (geodesic, pyproj.Geod)
EDIT_RTOL = 1e-9  # edited engine against a fresh one
EDIT_TARGET_MS = 5.0


# --------------------------------------------------------------------------- helpers
def log(*args) -> None:
    print(*args, flush=True)


@dataclasses.dataclass
class Timing:
    name: str
    seconds: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def min(self) -> float:
        return min(self.seconds)


def timed(name: str, fn, repeat: int) -> tuple[Timing, object]:
    """Run ``fn`` ``repeat`` times; the result of the last run is returned with the timing."""
    seconds, result = [], None
    for i in range(repeat):
        result = None
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - t0)
        log(f"  {name} [{i + 1}/{repeat}]: {seconds[-1]:.3f} s")
    return Timing(name, seconds), result


def rel(value: float, ref: float) -> float:
    return (value - ref) / ref if ref else (0.0 if value == 0 else float("inf"))


def compare_with_truth(label: str, got: dict, truth: dict) -> tuple[bool, list[tuple[str, float, float, float]]]:
    """Print and return the relative error of every figure; ok when all within AREA_RTOL and devices exact."""
    rows = []
    for key in ("total_ha", "released_ha"):
        rows.append((key, got[key], truth[key], rel(got[key], truth[key])))
    for cat in CATS:
        g, t = got["released_by_category_ha"][cat], truth["released_by_category_ha"][cat]
        rows.append((cat + "_ha", g, t, rel(g, t)))
    for dev in DEVICES:
        g, t = got["devices"].get(dev, 0), truth["devices"][dev]
        rows.append((dev, g, t, rel(g, t)))
    ok = True
    log(f"\n{label} against truth.json:")
    log(f"  {'figure':14}{'got':>18}{'truth':>18}{'relative error':>16}")
    for name, g, t, r in rows:
        bad = abs(r) >= AREA_RTOL if name.endswith("_ha") else g != t
        ok &= not bad
        log(f"  {name:14}{g:>18,.4f}{t:>18,.4f}{r:>16.2e}{'  <-- MISMATCH' if bad else ''}")
    log(f"  => {'OK' if ok else 'MISMATCH'} (areas within {AREA_RTOL:g} relative, devices exact)")
    return ok, rows


def lib_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def machine_info() -> dict[str, str]:
    import pyogrio
    import pyproj

    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "CPU": f"{cpu}, {usable} usable core(s) of {os.cpu_count()}",
        "OS": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "Python": platform.python_version(),
        "minedesk": lib_version("minedesk"),
        "numpy": np.__version__,
        "shapely / GEOS": f"{shapely.__version__} / {shapely.geos_version_string}",
        "pyproj / PROJ": f"{pyproj.__version__} / {pyproj.proj_version_str}",
        "pyogrio / GDAL": f"{pyogrio.__version__} / {pyogrio.__gdal_version_string__}",
        "geopandas / pandas": f"{lib_version('geopandas')} / {lib_version('pandas')}",
    }


def git_state() -> str:
    """The commit measured, and whether src/ had uncommitted changes (read-only git calls)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip()
        # --no-optional-locks: a plain `git status` refreshes .git/index, which would be a write
        dirty = subprocess.run(["git", "--no-optional-locks", "status", "--porcelain", "--", "src"], cwd=REPO,
                               capture_output=True, text=True, check=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return "?"
    files = [line[3:] for line in dirty if line.strip()]
    return f"{head}" + (f" + uncommitted changes to {', '.join(files)}" if files else "")


# --------------------------------------------------------------------------- 1. data
def ensure_data(data: Path, count: int, total_km2: float) -> dict:
    """truth.json of the dataset in ``data``, made there with make_data.py when missing."""
    files = [data / "hazards.shp", data / "clearance.shp", data / "truth.json"]
    if all(f.exists() for f in files):
        log(f"data: using {data}")
    else:
        cmd = [sys.executable, str(MAKE_DATA), str(data), "--count", str(count), "--total-km2", f"{total_km2:g}",
               "--truth"]
        log(f"data: making {data} (about a minute): {' '.join(cmd)}")
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True)
        log(f"data: made in {time.perf_counter() - t0:.0f} s")
    truth = json.loads((data / "truth.json").read_text(encoding="utf-8"))
    if truth.get("hazards") != count:
        log(f"data: note: {data} holds {truth.get('hazards')} hazards, not {count} (left as it is)")
    return truth


def warm_cache(paths) -> None:
    """Read every file once so that all measurements start from the page cache."""
    for p in paths:
        for part in Path(p).parent.glob(Path(p).stem + ".*"):
            part.read_bytes()


# --------------------------------------------------------------------------- 2a. I/O floor
def io_floor(hazards: Path, clearance: Path) -> int:
    import pyogrio

    n = 0
    for path in (hazards, clearance):
        # the same read as minedesk.io.read_layer does: every column, fids, 2-D
        _meta, _fids, wkb, _cols = pyogrio.raw.read(str(path), return_fids=True, force_2d=True)
        n += len(shapely.from_wkb(wkb))
    return n


def geos_floor(hazards: Path, clearance: Path) -> float:
    """The least an exact tally does with GEOS: (a), plus a validity check of both layers and one
    ``shapely.intersection`` per release with the hazard it names, split over every core.

    No union of overlapping releases, no precedence, no geodesic measure (planar areas), no
    attribute mapping: whatever MineDesk adds to this is its own cost, and 3 x (a) cannot be met
    by any tally that is slower than this.
    """
    import pyogrio

    from minedesk.core.parallel import in_slices

    layers = []
    for path in (hazards, clearance):
        meta, _fids, wkb, cols = pyogrio.raw.read(str(path), return_fids=True, force_2d=True)
        geoms = shapely.from_wkb(wkb)
        if not shapely.is_valid(geoms).all():
            raise RuntimeError(f"{path}: invalid polygons; the floor assumes clean data")
        layers.append((geoms, dict(zip(meta["fields"], cols, strict=True))))
    (hz, hcols), (rs, rcols) = layers
    row_of = {hid: i for i, hid in enumerate(hcols["HAZ_ID"])}
    rows = np.array([row_of[hid] for hid in rcols["HAZ_ID"]])
    clipped = np.concatenate(in_slices(shapely.intersection, rs, hz[rows], min_size=1, slices_per_worker=4))
    return float(shapely.area(clipped).sum())


# --------------------------------------------------------------------------- 2b. minedesk
def tally_cli(hazards: Path, clearance: Path) -> dict:
    cmd = [sys.executable, "-m", "minedesk", "tally", str(hazards), "--releases", str(clearance), "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr}")
    return json.loads(proc.stdout)


def tally_in_process(hazards: Path, clearance: Path, phases: dict | None = None):
    from minedesk.core.tally import TallyEngine
    from minedesk.io import read_hazards, read_releases

    t0 = time.perf_counter()
    hz, _ = read_hazards(hazards)
    t1 = time.perf_counter()
    rs, _ = read_releases(clearance)
    t2 = time.perf_counter()
    engine = TallyEngine(hz, rs)
    t3 = time.perf_counter()
    totals = engine.totals()
    t4 = time.perf_counter()
    if phases is not None:
        phases.update({"read_hazards": t1 - t0, "read_releases": t2 - t1, "TallyEngine()": t3 - t2,
                       "totals()": t4 - t3})
    return hz, rs, engine, totals


def python_startup() -> None:
    """What every run of the command pays before it reads a byte: the interpreter and `import minedesk.cli`."""
    subprocess.run([sys.executable, "-c", "import minedesk.cli"], check=True, cwd=REPO)


def python_startup_imports() -> None:
    """The same, plus every module a tally imports (GDAL, GEOS, PROJ bindings)."""
    subprocess.run([sys.executable, "-c", "import minedesk.cli, minedesk.io, minedesk.core.tally, pyogrio"],
                   check=True, cwd=REPO)


def python_startup_geopandas() -> None:
    """What the analyst's script pays before it reads a byte (not part of (c), which runs in-process)."""
    subprocess.run([sys.executable, "-c", "import geopandas"], check=True, cwd=REPO)


# --------------------------------------------------------------------------- 2c. geopandas
def tally_geopandas(hazards: Path, clearance: Path, phases: dict | None = None) -> dict:
    """The tally as an analyst writes it with geopandas.

    Overlay (dissolve, clip, precedence) in the layers' own CRS (UTM 38N here: edges are straight
    there), then reproject the results to a Lambert azimuthal equal-area on WGS84 centred on the
    data, repair what the reprojection pinched, and measure (docs/decisions/0002-area.md says why).
    """
    import geopandas as gpd
    from shapely.geometry import Polygon

    t = [time.perf_counter()]

    def lap():
        t.append(time.perf_counter())

    hz = gpd.read_file(hazards)
    cl = gpd.read_file(clearance)
    lap()  # read

    # one union per hazard and category
    cl = cl[cl["HAZ_ID"].isin(hz["HAZ_ID"])]
    dissolved = cl[["HAZ_ID", "RELEASE", "geometry"]].dissolve(by=["HAZ_ID", "RELEASE"]).reset_index()
    lap()  # dissolve

    # clip each union to its hazard
    hgeom = hz.set_index("HAZ_ID").geometry
    clipped = dissolved.geometry.intersection(gpd.GeoSeries(hgeom.loc[dissolved["HAZ_ID"]].values,
                                                            index=dissolved.index, crs=hz.crs))
    dissolved = dissolved.set_geometry(clipped)
    lap()  # clip

    # precedence, per hazard: cleared > reduced > cancelled
    empty = Polygon()
    wide = {}
    for cat in CATS:
        part = dissolved[dissolved["RELEASE"] == cat].set_index("HAZ_ID").geometry
        wide[cat] = part.reindex(hz["HAZ_ID"]).fillna(empty)
    reduced = wide["reduced"].difference(wide["cleared"])
    done = wide["cleared"].union(reduced)
    cancelled = wide["cancelled"].difference(done)
    parts = {"cleared": wide["cleared"], "reduced": reduced, "cancelled": cancelled}
    lap()  # precedence

    # measure in a local Lambert azimuthal equal-area on the WGS84 ellipsoid
    minx, miny, maxx, maxy = hz.total_bounds
    centre = gpd.GeoSeries.from_xy([(minx + maxx) / 2], [(miny + maxy) / 2], crs=hz.crs).to_crs(4326)
    laea = f"+proj=laea +lat_0={centre.y[0]:.6f} +lon_0={centre.x[0]:.6f} +ellps=WGS84 +units=m +no_defs"

    def hectares(series: gpd.GeoSeries) -> float:
        projected = series.set_crs(hz.crs, allow_override=True).to_crs(laea)
        bad = ~projected.is_valid
        if bad.any():
            projected[bad] = projected[bad].make_valid()
        return float(projected.area.sum()) / 1e4

    result = {"total_ha": hectares(hz.geometry),
              "released_by_category_ha": {cat: hectares(parts[cat]) for cat in CATS}}
    result["released_ha"] = sum(result["released_by_category_ha"].values())
    result["devices"] = {d: int(cl[f"{d}_FOUND"].sum()) for d in DEVICES}
    lap()  # reproject + area
    if phases is not None:
        names = ("read", "dissolve", "clip", "precedence", "reproject + area")
        phases.update({n: t[i + 1] - t[i] for i, n in enumerate(names)})
    return result


# --------------------------------------------------------------------------- 3. live edits
def bench_edits(hz, rs, engine, n_edits: int, seed: int) -> dict:
    """Time update/add/remove on random releases, then compare with a fresh engine of the same state."""
    from shapely import affinity

    from minedesk.core.tally import TallyEngine

    if not rs.crs.equals(hz.crs, ignore_axis_order=True):
        raise SystemExit("bench_tally: the edits need releases in the hazards' CRS")
    rng = np.random.default_rng(seed)
    n = len(rs)
    picks = rng.choice(n, size=min(3 * n_edits, n), replace=False)
    to_update, to_copy, to_remove = np.array_split(picks, 3)
    geometry = np.array(rs.geometry, dtype=object, copy=True)  # the state a fresh engine should see
    keep = np.ones(n, dtype=bool)
    added = []  # (geometry, category, devices, hazard_id)
    ms = {"update_release": [], "add_release": [], "remove_release": []}
    touched = {k: [] for k in ms}

    before = engine.totals()

    def clock(kind, fn):
        t0 = time.perf_counter_ns()
        out = fn()
        ms[kind].append((time.perf_counter_ns() - t0) / 1e6)
        return out

    # (i) grow a release by 5 m
    for key in to_update:
        key = int(key)
        new = shapely.buffer(rs.geometry[key], 5.0)  # keys are positions in load order
        rows = clock("update_release", lambda: engine.update_release(key, geometry=new))
        touched["update_release"].append(len(rows))
        geometry[key] = new
    # (ii) add a release: another one shrunk to 60 % about its centroid, in a random category
    hids = rs.hazard_ids if rs.hazard_ids is not None else np.full(n, None)
    for src in to_copy:
        src = int(src)
        geom = affinity.scale(rs.geometry[src], 0.6, 0.6, origin="centroid")
        cat = int(rng.integers(0, 3))
        devices = {"AP": int(rng.integers(0, 3)), "UXO": int(rng.integers(0, 3))}
        hid = hids[src]
        _key, rows = clock("add_release", lambda: engine.add_release(geom, cat, devices=devices, hazard_id=hid))
        touched["add_release"].append(len(rows))
        added.append((geom, cat, devices, hid))
    # (iii) remove releases of the original set
    for key in to_remove:
        key = int(key)
        rows = clock("remove_release", lambda: engine.remove_release(key))
        touched["remove_release"].append(len(rows))
        keep[key] = False

    after = engine.totals()
    log(f"\n  the edits changed released area by {after.released_ha - before.released_ha:+,.4f} ha "
        f"and devices by {sum(after.devices.values()) - sum(before.devices.values()):+,}")

    # the same state, computed from scratch
    extra = len(added)
    dev = {}
    for name, counts in rs.devices.items():
        dev[name] = np.concatenate([np.asarray(counts)[keep],
                                    np.array([a[2].get(name, 0) for a in added], dtype=np.int64)])
    for name in ("AP", "UXO"):
        if name not in dev:  # the layer did not count it: only the added releases do
            dev[name] = np.concatenate([np.zeros(int(keep.sum()), dtype=np.int64),
                                        np.array([a[2].get(name, 0) for a in added], dtype=np.int64)])
    added_geometry = np.empty(extra, dtype=object)
    added_geometry[:] = [a[0] for a in added]
    state = dataclasses.replace(
        rs,
        geometry=np.concatenate([geometry[keep], added_geometry]),
        category=np.concatenate([rs.category[keep], np.array([a[1] for a in added], dtype=rs.category.dtype)]),
        labels=np.concatenate([rs.labels[keep], np.array([f"added {i}" for i in range(extra)], dtype=object)]),
        hazard_ids=(None if rs.hazard_ids is None
                    else np.concatenate([rs.hazard_ids[keep], np.array([a[3] for a in added], dtype=object)])),
        devices=dev,
    )
    t0 = time.perf_counter()
    fresh = TallyEngine(hz, state)
    fresh_s = time.perf_counter() - t0
    a, b = engine.totals(), fresh.totals()
    log("\nEdited engine against a fresh TallyEngine of the same state:")
    errors = {"total_ha": rel(a.total_ha, b.total_ha), "released_ha": rel(a.released_ha, b.released_ha)}
    for cat in CATS:
        errors[cat + "_ha"] = rel(a.released_by_category_ha[cat], b.released_by_category_ha[cat])
    for name, e in errors.items():
        log(f"  {name:14}{e:>12.2e}")
    per_hazard = float(np.max(np.abs(engine.released_ha - fresh.released_ha)))
    devices_equal = a.devices == b.devices and bool(np.array_equal(engine.devices, fresh.devices))
    ok = all(abs(e) < EDIT_RTOL for e in errors.values()) and devices_equal
    log(f"  largest per-hazard difference {per_hazard:.2e} ha; devices equal: {devices_equal}")
    log(f"  => {'OK' if ok else 'MISMATCH'} (within {EDIT_RTOL:g} relative); fresh engine built in {fresh_s:.2f} s")
    stats = {}
    for kind, values in ms.items():
        v = np.asarray(values)
        stats[kind] = {"n": len(v), "median": float(np.median(v)), "p95": float(np.percentile(v, 95)),
                       "max": float(v.max()), "hazards": float(np.mean(touched[kind]))}
        log(f"  {kind:16} n={len(v)} median {stats[kind]['median']:.2f} ms, p95 {stats[kind]['p95']:.2f} ms, "
            f"max {stats[kind]['max']:.2f} ms ({stats[kind]['hazards']:.1f} hazard(s) recomputed on average)")
    return {"ms": stats, "ok": ok, "errors": errors, "per_hazard_ha": per_hazard, "devices_equal": devices_equal}


# --------------------------------------------------------------------------- profile
def profile_in_process(hazards: Path, clearance: Path, out: Path, top: int) -> str:
    prof = cProfile.Profile()
    prof.enable()
    tally_in_process(hazards, clearance)
    prof.disable()
    prof.dump_stats(out)
    text = stdio.StringIO()
    pstats.Stats(prof, stream=text).strip_dirs().sort_stats("cumulative").print_stats(top)
    tottime = stdio.StringIO()
    pstats.Stats(prof, stream=tottime).strip_dirs().sort_stats("tottime").print_stats(top)
    return text.getvalue() + "\n" + tottime.getvalue()


# --------------------------------------------------------------------------- report
def markdown(info, dataset, timings, phases, edits, checks, repeat) -> str:
    floor = timings["io"]
    lines = [
        f"### Tally benchmark: {dataset}",
        "",
        f"Wall time, median and minimum of {repeat} runs in one session; the machine is shared, read ratios.",
        "",
        "| measurement | median | min | x I/O floor (median) |",
        "|---|---|---|---|",
    ]
    for key, label in (("io", "(a) I/O floor: `pyogrio.raw.read` + `shapely.from_wkb`, both layers"),
                       ("geos", "(a2) GEOS floor: (a) + `is_valid` + one `shapely.intersection` per release, "
                                "every core, planar area; no union, precedence or geodesic measure"),
                       ("startup", "Python start-up + `import minedesk.cli` (what `--help` pays)"),
                       ("imports", "Python start-up + every import a tally needs (pyogrio, shapely, pyproj)"),
                       ("cli", "(b) `minedesk tally --json`, end to end (subprocess)"),
                       ("inproc", "(b) the same, in-process (read, `TallyEngine`, `totals()`)"),
                       ("gp_imports", "Python start-up + `import geopandas` (not in (c))"),
                       ("geopandas", "(c) geopandas script, in-process (read, dissolve, clip, precedence, "
                                     "LAEA area)")):
        if key not in timings:
            continue
        t = timings[key]
        lines.append(f"| {label} | {t.median:.2f} s | {t.min:.2f} s | {t.median / floor.median:.1f} |")
    lines += ["", "| ratio | value | target | met |", "|---|---|---|---|"]
    for num, den, label, target, ok in checks["ratios"]:
        met = "-" if target == "-" else ("yes" if ok else "**no**")
        lines.append(f"| {label} | {num / den:.2f} | {target} | {met} |")
    lines += ["", "Where the time goes (last run):", ""]
    lines.append("| minedesk in-process | s | geopandas script | s |")
    lines.append("|---|---|---|---|")
    mp, gp = list(phases["inproc"].items()), list(phases["geopandas"].items())
    for i in range(max(len(mp), len(gp))):
        a = mp[i] if i < len(mp) else ("", None)
        b = gp[i] if i < len(gp) else ("", None)
        lines.append(f"| {a[0] and '`' + a[0] + '`'} | {'' if a[1] is None else f'{a[1]:.2f}'} "
                     f"| {b[0]} | {'' if b[1] is None else f'{b[1]:.2f}'} |")
    lines += ["", f"Live edits on a `TallyEngine` of the whole set ({edits['ms']['update_release']['n']} of each, "
              "random releases):", "",
              "| edit | median | 95th percentile | max | target (p95) | met |", "|---|---|---|---|---|---|"]
    for kind, label in (("update_release", "`update_release` (geometry grown by 5 m)"),
                        ("add_release", "`add_release` (a copy shrunk to 60 %)"),
                        ("remove_release", "`remove_release`")):
        s = edits["ms"][kind]
        lines.append(f"| {label} | {s['median']:.2f} ms | {s['p95']:.2f} ms | {s['max']:.2f} ms "
                     f"| < {EDIT_TARGET_MS:g} ms | {'yes' if s['p95'] < EDIT_TARGET_MS else '**no**'} |")
    worst_edit = max(abs(e) for e in edits["errors"].values())
    lines += ["", "| correctness | worst relative error | tolerance | ok |", "|---|---|---|---|"]
    for label, worst, tol, ok in checks["correct"]:
        lines.append(f"| {label} | {worst:.1e} | {tol} | {'yes' if ok else '**no**'} |")
    lines.append(f"| edited engine = fresh engine of the same state (totals; devices equal) | {worst_edit:.1e} "
                 f"| {EDIT_RTOL:g} | {'yes' if edits['ok'] else '**no**'} |")
    lines += ["", "| machine | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in info.items()]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"dataset folder (default {DEFAULT_DATA})")
    ap.add_argument("--count", type=int, default=30000, help="hazards, when the dataset is made (default 30000)")
    ap.add_argument("--total-km2", type=float, default=11258, help="their area, when made (default 11258)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each timed measurement (default 3)")
    ap.add_argument("--edits", type=int, default=200, help="live edits of each kind (default 200)")
    ap.add_argument("--seed", type=int, default=7, help="which releases are edited (default 7)")
    ap.add_argument("--skip-geopandas", action="store_true", help="leave out (c)")
    ap.add_argument("--profile", action="store_true",
                    help="also cProfile one in-process tally (prints the top functions, writes tally.prof)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"Markdown report (default {DEFAULT_OUT})")
    args = ap.parse_args(argv)

    truth = ensure_data(args.data, args.count, args.total_km2)
    hazards, clearance = args.data / "hazards.shp", args.data / "clearance.shp"
    warm_cache([hazards, clearance])
    load_before = os.getloadavg()
    log(f"load average before: {' '.join(f'{x:.2f}' for x in load_before)}")
    # import once, so that in-process runs do not pay for it (the subprocess does)
    import pyogrio  # noqa: F401

    import minedesk.core.tally  # noqa: F401
    import minedesk.io  # noqa: F401

    timings, phases = {}, {}
    log("\n(a) I/O floor")
    timings["io"], n_read = timed("pyogrio.raw.read + shapely.from_wkb", lambda: io_floor(hazards, clearance),
                                  args.repeat)
    log("\n(a2) GEOS floor: (a) + is_valid + one intersection per release, on every core")
    timings["geos"], _ = timed("read + from_wkb + is_valid + intersection", lambda: geos_floor(hazards, clearance),
                               args.repeat)
    log("\nPython start-up")
    timings["startup"], _ = timed("python -c 'import minedesk.cli'", python_startup, args.repeat)
    timings["imports"], _ = timed("python -c 'import minedesk.cli, minedesk.io, minedesk.core.tally, pyogrio'",
                                  python_startup_imports, args.repeat)
    log("\n(b) minedesk tally, end to end")
    timings["cli"], cli = timed("minedesk tally --json", lambda: tally_cli(hazards, clearance), args.repeat)
    log("\n(b) minedesk tally, in-process")
    phases["inproc"] = {}
    timings["inproc"], (hz, rs, engine, totals) = timed(
        "read_hazards + read_releases + TallyEngine + totals",
        lambda: tally_in_process(hazards, clearance, phases["inproc"]), args.repeat)
    log("  phases of the last run: " + ", ".join(f"{k} {v:.2f} s" for k, v in phases["inproc"].items()))
    log(f"  {len(hz):,} hazards, {len(rs):,} releases ({n_read:,} features read by the floor)")

    if args.skip_geopandas:
        gp = None
        phases["geopandas"] = {}
    else:
        log("\n(c) geopandas script")
        import geopandas  # noqa: F401  (import not timed)

        timings["gp_imports"], _ = timed("python -c 'import geopandas'", python_startup_geopandas, args.repeat)
        phases["geopandas"] = {}
        timings["geopandas"], gp = timed("geopandas tally",
                                         lambda: tally_geopandas(hazards, clearance, phases["geopandas"]),
                                         args.repeat)
        log("  phases of the last run: " + ", ".join(f"{k} {v:.2f} s" for k, v in phases["geopandas"].items()))

    # ---- correctness
    correct = []
    cat_sum = sum(truth["released_by_category_ha"].values())
    log(f"\ntruth.json: its categories add up to {cat_sum:,.4f} ha, its released_ha is {truth['released_ha']:,.4f} ha "
        f"({rel(cat_sum, truth['released_ha']):+.2e} relative)")
    truth_note = None
    if abs(rel(cat_sum, truth["released_ha"])) >= 1e-8:
        truth_note = (f"truth.json is not additive: cleared + reduced + cancelled = {cat_sum:,.4f} ha, "
                      f"released_ha = {truth['released_ha']:,.4f} ha ({cat_sum - truth['released_ha']:+.4f} ha)")
        log("  note: " + truth_note)
    cli_ok, cli_rows = compare_with_truth("minedesk tally --json", cli, truth)
    correct.append(("`minedesk tally --json` = truth.json (areas; devices exact)",
                    max(abs(r[3]) for r in cli_rows if r[0].endswith("_ha")), f"{AREA_RTOL:g}", cli_ok))
    inproc = totals.to_dict(digits=6)
    same = all(abs(rel(inproc[k], cli[k])) < 1e-9 for k in ("total_ha", "released_ha")) and \
        inproc["devices"] == cli["devices"]
    log(f"\nin-process totals equal the command's: {same}")
    if gp is not None:
        gp_ok, gp_rows = compare_with_truth("geopandas script", gp, truth)
        correct.append(("geopandas script = truth.json", max(abs(r[3]) for r in gp_rows if r[0].endswith("_ha")),
                        f"{AREA_RTOL:g}", gp_ok))

    # ---- live edits
    log(f"\n(d) live edits: {args.edits} of each kind")
    edits = bench_edits(hz, rs, engine, args.edits, args.seed)
    del engine

    # ---- profile
    profile_text = None
    if args.profile:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        prof_path = args.out.with_suffix(".prof")
        log(f"\ncProfile of one in-process tally (written to {prof_path})")
        profile_text = profile_in_process(hazards, clearance, prof_path, 30)
        log(profile_text)

    # ---- report
    load_after = os.getloadavg()
    a, b_cli, b_in = (timings[k].median for k in ("io", "cli", "inproc"))
    c = timings["geopandas"].median if gp is not None else float("nan")
    ratios = [
        (b_cli, a, "b/a: `minedesk tally` end to end / I/O floor", "<= 3", b_cli <= 3 * a),
        (b_in, a, "b/a: in-process / I/O floor", "<= 3", b_in <= 3 * a),
    ]
    ratios.append((timings["geos"].median, a, "a2/a: GEOS floor / I/O floor (no exact tally does less)", "-",
                   True))
    if gp is not None:
        ratios += [(b_cli, c, "b/c: `minedesk tally` end to end / geopandas", "< 1", b_cli < c),
                   (b_in, c, "b/c: in-process / geopandas", "< 1", b_in < c)]
    info = machine_info()
    info["minedesk source"] = git_state()
    info["load average (1, 5, 15 min)"] = (f"{' '.join(f'{x:.2f}' for x in load_before)} before, "
                                          f"{' '.join(f'{x:.2f}' for x in load_after)} after")
    dataset = (f"{truth['hazards']:,} hazards, {len(rs):,} releases "
               f"(`make_data.py --count {truth['hazards']} --total-km2 {args.total_km2:g} --truth`, shapefiles)")
    table = markdown(info, dataset, timings, phases, edits, {"ratios": ratios, "correct": correct}, args.repeat)
    if truth_note:
        table += f"\nNote: {truth_note}.\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(table, encoding="utf-8")
    log("\n" + "=" * 100 + "\n")
    log(table)
    log(f"(written to {args.out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
