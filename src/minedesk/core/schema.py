"""The project's schema, once: table and column names, where devices are counted, and the kinds
of finding MineDesk reports. The GeoPackage store writes exactly this; another store (a PostGIS
database for a national centre) needs exactly this too; the readers and front ends name these
constants instead of spelling the strings again.
"""

from __future__ import annotations

#: 1: hazards, releases, finds, audit log; 2: + task_orders; 3: + reading_findings
SCHEMA_VERSION = 3

HAZARDS, RELEASES, FINDS, TASK_ORDERS = "hazards", "releases", "finds", "task_orders"
TABLES = (HAZARDS, RELEASES, FINDS, TASK_ORDERS)
#: Tables whose geometry is polygonal (the tally engine measures them).
POLYGON_TABLES = (HAZARDS, RELEASES)
#: Geometry type of each spatial table.
SPATIAL = {HAZARDS: "MultiPolygon", RELEASES: "MultiPolygon", FINDS: "Point"}

#: (column, SQLite type) of each table, after its fid and geometry; hazards also carry the
#: attributes they were imported with.
HAZARD_COLUMNS = [("hazard_id", "TEXT"), ("hazard_type", "TEXT"), ("status", "TEXT")]
RELEASE_COLUMNS = [("release_id", "TEXT"), ("hazard_id", "TEXT"), ("category", "TEXT"), ("method", "TEXT"),
                   ("date", "TEXT"), ("team", "TEXT"), ("depth_cm", "REAL"),
                   ("ap", "INTEGER"), ("at", "INTEGER"), ("uxo", "INTEGER"), ("ied", "INTEGER")]
FIND_COLUMNS = [("find_id", "TEXT"), ("release_id", "TEXT"), ("hazard_id", "TEXT"), ("category", "TEXT"),
                ("model", "TEXT"), ("count", "INTEGER"), ("depth_cm", "REAL"), ("date", "TEXT")]
TASK_ORDER_COLUMNS = [("task_id", "TEXT"), ("version", "INTEGER"), ("issued", "TEXT"), ("hazard_ids", "TEXT"),
                      ("fields", "TEXT")]
#: What was found when the project's files were read (repairs, skipped features, guesses), kept
#: so that the check and the window still show it later: the file, the feature's id, kind, detail.
READING_FINDINGS = "reading_findings"
READING_FINDING_COLUMNS = [("layer", "TEXT"), ("source", "TEXT"), ("feature", "TEXT"), ("kind", "TEXT"),
                           ("detail", "TEXT")]

#: Release columns holding device counts, by device category (devices are counted per release).
DEVICE_COLUMNS = {"AP": "ap", "AT": "at", "UXO": "uxo", "IED": "ied"}
#: Other device categories get a column of their own: dev_cm holds CM (cluster munitions) counts.
EXTRA_DEVICE_PREFIX = "dev_"


def device_column(name: str) -> str:
    """The releases table's column holding ``name`` devices (AP -> ap, CM -> dev_cm)."""
    return DEVICE_COLUMNS.get(name) or EXTRA_DEVICE_PREFIX + name.lower()


# ------------------------------------------------------------------------- kinds of finding
# geometry (validation)
NULL = "null geometry"
EMPTY = "empty geometry"
REPAIRED = "invalid geometry repaired"
DEGENERATE = "fewer than 3 distinct points"
REPEATED = "repeated vertices removed"
NOT_FINITE = "coordinates not finite"
UNCONVERTIBLE = "coordinates the CRS cannot convert"
OUTSIDE_CRS = "coordinates outside the CRS's area of use"
# values
BAD_DATE = "unreadable date"
BAD_COUNT = "unusable device count"
UNKNOWN_CATEGORY = "unknown release category"
# reading files
DELETED_RECORD = "deleted record"
DAMAGED_RECORD = "damaged record"
DAMAGED_VALUE = "damaged value"
ENCODING_GUESSED = "text encoding guessed"
# linking releases to hazards
UNKNOWN_HAZARD = "unknown hazard id"
OUTSIDE_ITS_HAZARD = "release outside its hazard"
OUTSIDE = "release outside every hazard"
SPLIT_BETWEEN_HAZARDS = "release split between hazards"
DUPLICATE_HAZARD_ID = "duplicate hazard id"
IDS_GENERATED = "hazard ids generated"
# the data-quality check
DUPLICATE_ID = "duplicate id"
DUPLICATE_GEOMETRY = "duplicate geometry"
NEAR_DUPLICATE = "near-duplicate geometry"
LONG_EDGE = "consecutive vertices far apart"
AREA_MISMATCH = "reported area differs"
# a project
RECOMPUTED = "tallies recomputed"

#: Kinds that leave a feature out of every figure (said in the tallies' "not counted").
SKIPPING = (NULL, EMPTY, DEGENERATE, NOT_FINITE, UNCONVERTIBLE, OUTSIDE_CRS)

#: Kinds a project finds again from its own rows whenever it is opened: a reading finding of
#: these kinds is kept, but the check shows the project's own, current one instead.
FOUND_AGAIN = (OUTSIDE, OUTSIDE_ITS_HAZARD, UNKNOWN_HAZARD, BAD_DATE, RECOMPUTED)

#: Every kind, in the order the check lists them.
FINDING_KINDS = (NULL, EMPTY, NOT_FINITE, UNCONVERTIBLE, OUTSIDE_CRS, REPAIRED, DEGENERATE, REPEATED,
                 DELETED_RECORD, DAMAGED_RECORD, DAMAGED_VALUE, ENCODING_GUESSED, BAD_DATE, BAD_COUNT,
                 UNKNOWN_CATEGORY, IDS_GENERATED, DUPLICATE_ID, DUPLICATE_HAZARD_ID, DUPLICATE_GEOMETRY, NEAR_DUPLICATE,
                 LONG_EDGE, AREA_MISMATCH, UNKNOWN_HAZARD, OUTSIDE_ITS_HAZARD, OUTSIDE, SPLIT_BETWEEN_HAZARDS,
                 RECOMPUTED)
