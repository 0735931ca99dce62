"""Write the dirty sample: eleven hazards and five releases, nearly each with a planted problem.

    python resources/sample/dirty/make_dirty.py [OUT_DIR]     # default: this folder

The README's `check` example runs on these files (`minedesk check
resources/sample/dirty/hazards.shp --releases resources/sample/dirty/clearance.shp`), and
tests/test_readme.py checks both that example and that this script gives the committed files.
Needs only MineDesk's own dependencies (pyogrio, shapely, numpy). Shapefiles in UTM 38N, in
Ağdam, mostly 100 m x 100 m squares (1 ha planar, 1.0003 ha on the ellipsoid there):

hazards.shp
  AGD-CHA-00011  clean; two releases on it (one with an impossible date and a -9999 count)
  AGD-CHA-00017  a bow-tie (ring crossing itself at 640050 4427050): repaired, both lobes kept
  FZL-SHA-00102  AREA_HA typed as 1.2 for a 1 ha square; the same square as FZL-SHA-00103
  FZL-SHA-00103  the duplicate of FZL-SHA-00102
  FZL-SHA-00104  no geometry at all (null shape)
  FZL-SHA-00105  one vertex typed twice
  FZL-CHA-00106  a typo in one coordinate (4447100 for 4427100): a 20 km spike, so AREA_HA is wrong too
  FZL-SHA-00107  a "polygon" drawn back and forth along a line: 2 distinct points
  FZL-CHA-00108  two different hazards under this one id
  FZL-SHA-00109  an x typed with an extra digit (6417000 for 641700): far outside UTM 38N, skipped
clearance.shp
  AGD-CHA-00011-R1  clean
  AGD-CHA-00011-R2  DATE 31.02.2024 (no such day), AP_FOUND -9999 (a no-data marker)
  AGD-CHA-00017-R3  names AGD-CHA-00017 but lies 1 km away from it
  FZL-SHA-00105-R1  names AGD-CHA-00099, which does not exist (it lies on FZL-SHA-00105)
  FZL-SHA-00103-R1  RELEASE 'partial', not a category

The .dbf header's date is fixed, so that the same GDAL writes the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pyogrio
import shapely

CRS = "EPSG:32638"  # WGS 84 / UTM zone 38N, as the bundled sample
DBF_DATE = "2026-01-01"
HERE = Path(__file__).resolve().parent
X0, Y0 = 640_000.0, 4_427_000.0  # Ağdam district, UTM 38N metres


def square(dx: float, dy: float = 0.0, size: float = 100.0) -> shapely.Polygon:
    x, y = X0 + dx, Y0 + dy
    return shapely.Polygon([(x, y), (x, y + size), (x + size, y + size), (x + size, y)])


def hazards() -> list[tuple[dict, shapely.Geometry | None]]:
    x, y = X0, Y0
    bow_tie = shapely.Polygon([(x, y), (x + 100, y + 100), (x + 100, y), (x, y + 100)])
    repeated = shapely.Polygon([(x + 800, y), (x + 800, y + 100), (x + 900, y + 100), (x + 900, y + 100),
                                (x + 900, y)])
    typo = shapely.Polygon([(x + 1000, y), (x + 1000, y + 100), (x + 1100, y + 20_100), (x + 1100, y)])
    extra_digit = shapely.Polygon([(x + 1600, y), (x + 1600, y + 100), (10 * (x + 1700), y + 100), (x + 1700, y)])
    two_points = shapely.Polygon([(x + 1200, y), (x + 1300, y + 100), (x + 1200, y), (x + 1300, y + 100), (x + 1200, y)])
    rows = [
        ("AGD-CHA-00011", "Ağdam CHA 11", "Ağdam", "CHA", 1.0, square(-400)),
        ("AGD-CHA-00017", "Ağdam CHA 17", "Ağdam", "CHA", 0.5, bow_tie),
        ("FZL-SHA-00102", "Füzuli SHA 102", "Füzuli", "SHA", 1.2, square(400)),
        ("FZL-SHA-00103", "Füzuli SHA 103", "Füzuli", "SHA", 1.0, square(400)),
        ("FZL-SHA-00104", "Füzuli SHA 104", "Füzuli", "SHA", 1.0, None),
        ("FZL-SHA-00105", "Füzuli SHA 105", "Füzuli", "SHA", 1.0, repeated),
        ("FZL-CHA-00106", "Füzuli CHA 106", "Füzuli", "CHA", 1.0, typo),
        ("FZL-SHA-00107", "Füzuli SHA 107", "Füzuli", "SHA", 1.0, two_points),
        ("FZL-CHA-00108", "Füzuli CHA 108", "Füzuli", "CHA", 1.0, square(1400)),
        ("FZL-CHA-00108", "Füzuli CHA 108 (north)", "Füzuli", "CHA", 1.0, square(1400, 200)),
        ("FZL-SHA-00109", "Füzuli SHA 109", "Füzuli", "SHA", 1.0, extra_digit),
    ]
    return [({"HAZ_ID": h, "NAME": n, "DISTRICT": d, "HAZ_TYPE": t, "AREA_HA": a}, g) for h, n, d, t, a, g in rows]


def releases() -> list[tuple[dict, shapely.Geometry | None]]:
    rows = [
        ("AGD-CHA-00011-R1", "AGD-CHA-00011", "manual", "cleared", "2024-05-14", "AGD-T2", 1, square(-400, 0, 50)),
        ("AGD-CHA-00011-R2", "AGD-CHA-00011", "technical survey", "reduced", "31.02.2024", "AGD-T2", -9999,
         square(-350, 0, 50)),
        ("AGD-CHA-00017-R3", "AGD-CHA-00017", "manual", "cleared", "2024-06-03", "AGD-T4", 0, square(1000, -300, 50)),
        ("FZL-SHA-00105-R1", "AGD-CHA-00099", "non-technical survey", "cancelled", "2024-06-20", "FZL-T1", 0,
         square(800, 0, 100)),
        ("FZL-SHA-00103-R1", "FZL-SHA-00103", "manual", "partial", "2024-07-01", "FZL-T3", 0,
         square(400, 0, 50)),
    ]
    return [({"CLR_ID": c, "HAZ_ID": h, "METHOD": m, "RELEASE": r, "DATE": d, "TEAM": t, "AP_FOUND": ap,
              "AT_FOUND": 0, "UXO_FOUND": 0, "IED_FOUND": 0}, g) for c, h, m, r, d, t, ap, g in rows]


HAZARD_FIELDS = {"HAZ_ID": object, "NAME": object, "DISTRICT": object, "HAZ_TYPE": object, "AREA_HA": np.float64}
CLEARANCE_FIELDS = {"CLR_ID": object, "HAZ_ID": object, "METHOD": object, "RELEASE": object, "DATE": object,
                    "TEAM": object, "AP_FOUND": np.int32, "AT_FOUND": np.int32, "UXO_FOUND": np.int32,
                    "IED_FOUND": np.int32}


def write(path: Path, rows, fields: dict) -> None:
    names = list(fields)
    columns = [np.array([attrs[name] for attrs, _ in rows], dtype=fields[name]) for name in names]
    wkb = np.array([None if g is None else shapely.to_wkb(g) for _, g in rows], dtype=object)
    for part in path.parent.glob(path.stem + ".*"):  # never append to an older set
        part.unlink()
    pyogrio.raw.write(str(path), wkb, columns, names, driver="ESRI Shapefile", geometry_type="Polygon", crs=CRS,
                      encoding="UTF-8", layer_options={"DBF_DATE_LAST_UPDATE": DBF_DATE, "RESIZE": "YES"})


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else HERE
    out.mkdir(parents=True, exist_ok=True)
    write(out / "hazards.shp", hazards(), HAZARD_FIELDS)
    write(out / "clearance.shp", releases(), CLEARANCE_FIELDS)
    print(f"wrote {out / 'hazards.shp'} and {out / 'clearance.shp'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
