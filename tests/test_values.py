"""Dates and device counts: one rule (minedesk.core.values) on every way in.

Dates are read in the forms officers write them, stored as YYYY-MM-DD and compared as dates, so a
release dated 20240615 or 15.06.2024 counts in June. Device counts are whole numbers from 0 to
MAX_DEVICES: anything else is refused when typed, and in data is unknown (0) with a finding.
"""

import csv
import datetime as dt
import json
import sqlite3

import numpy as np
import pytest
import shapely

from conftest import X0, Y0, square, write_layer
from minedesk.core import values as V
from minedesk.core.errors import InputError

JUNE_15 = dt.date(2024, 6, 15)


# --------------------------------------------------------------------------- the rules
@pytest.mark.parametrize("value", [
    "2024-06-15", " 2024-06-15 ", "15.06.2024", "15/06/2024", "15-06-2024", "2024/06/15", "20240615",
    "2024-06-15T10:30:00", "2024-06-15 10:30", "2024-06-15T10:30:00.000+04:00", "15.06.2024 10:30",
    20240615, 20240615.0, JUNE_15, dt.datetime(2024, 6, 15, 23, 59),
    np.datetime64("2024-06-15"), np.datetime64("2024-06-15T10:30:00.000"), np.str_("15.06.2024"),
])
def test_a_date_is_read_in_every_form_officers_and_gdal_write(value):
    assert V.parse_date(value) == JUNE_15
    assert V.iso_date(value) == "2024-06-15"
    assert V.input_date(value, "--date") == "2024-06-15"


@pytest.mark.parametrize("value", [None, "", "   ", float("nan"), np.datetime64("NaT"), np.nan])
def test_an_empty_date_is_no_date_and_no_problem(value):
    assert V.read_date(value) == (None, None)


@pytest.mark.parametrize("value, why", [
    ("2024-13-45", "no month 13"),
    ("31.02.2024", "February 2024 has no day 31"),
    ("29.02.2023", "February 2023 has no day 29"),
    ("06/15/2024", "no month 15"),  # month first is not how dates are written here: refused, not guessed
    ("2024-06-15T25:00", "time 25:00 does not exist"),
    ("0215-06-15", "year 215"),
    ("yesterday", "not a date MineDesk reads"),
    ("15.06.24", "not a date MineDesk reads"),
    ("2019", "a year without a month and a day"),  # a year column of older records: said as such
    (2019, "a year without a month and a day"),
    ("0215", "not a date MineDesk reads"),
    (20241345, "no month 13"),
    (2024.5, "not a date MineDesk reads"),
    (True, "not a date"),
])
def test_an_impossible_date_is_refused_naming_it(value, why):
    with pytest.raises(V.BadValue, match=why) as err:
        V.parse_date(value)
    assert str(value).strip() in str(err.value) or repr(value) in str(err.value)
    assert V.read_date(value)[0] is None and why in V.read_date(value)[1]
    assert V.iso_date(value) is None
    with pytest.raises(InputError) as err:
        V.input_date(value, "--date")
    assert err.value.message.startswith("--date: ") and "YYYY-MM-DD" in err.value.message


def test_a_period_never_ends_before_it_starts():
    assert V.period("01.06.2024", "20240630") == ("2024-06-01", "2024-06-30")
    assert V.period(None, "2024-06-30") == (None, "2024-06-30")
    assert V.period("2024-06-15", "2024-06-15") == ("2024-06-15", "2024-06-15")
    with pytest.raises(InputError, match=r"--to: the period ends \(2024-06-01\) before it starts \(2024-06-30\)"):
        V.period("2024-06-30", "2024-06-01")
    with pytest.raises(InputError, match="--from: '2024-13-45'"):
        V.period("2024-13-45", None)


@pytest.mark.parametrize("value, count", [
    (0, 0), (3, 3), (np.int64(7), 7), (4.0, 4), ("12", 12), (" 5 ", 5), ("6.0", 6),
    (V.MAX_DEVICES, V.MAX_DEVICES), (float(V.MAX_DEVICES), V.MAX_DEVICES),
    (None, None), ("", None), (float("nan"), None),
])
def test_a_usable_count(value, count):
    assert V.device_count(value) == (count, None)
    assert V.count_or_zero(value) == (count or 0)
    assert V.input_count(value, "--ap") == (count or 0)


@pytest.mark.parametrize("value, why", [
    (-9999, "-9999 is a no-data marker"), (-999, "no-data marker"), (-99, "no-data marker"), (-1, "-1 is a no-data marker"),
    (-9999.0, "-9999 is a no-data marker"), ("-9999", "no-data marker"),
    (-100, "-100 is negative"), (-3, "negative"),
    (2.5, "2.5 is not a whole number"), ("0.5", "not a whole number"),
    (1e20, "1e+20 is more than 100,000"), ("9223372036854775808", "more than 100,000"),
    (2 ** 63, "more than 100,000"), (V.MAX_DEVICES + 1, "more than 100,000"),
    (float("inf"), "not a count"), ("many", "'many' is not a number"), (True, "yes/no"),
    ("nan", "'nan' is not a number"), ("NaN", "not a number"), ("inf", "not a count"),
])
def test_an_unusable_count_is_unknown_with_the_reason(value, why):
    count, reason = V.device_count(value)
    assert count is None and why in reason
    assert V.count_or_zero(value) == 0  # never summed as a negative, never wrapped
    with pytest.raises(InputError) as err:
        V.input_count(value, "--ap")
    assert err.value.message.startswith("--ap: ") and "0 to 100,000" in err.value.message


@pytest.mark.parametrize("column", [
    np.array([3, -9999, 0, 2 ** 62, -100, V.MAX_DEVICES], dtype=np.int64),
    np.array([3.0, -9999.0, np.nan, 1e20, 2.5, -1.0, np.inf], dtype=np.float64),
    np.array([3, None, "7", "many", -9999, 1e20, "", 2.5], dtype=object),
])
def test_a_column_of_counts_is_read_as_each_value_is(column):
    counts, problems = V.device_counts(column)
    assert counts.dtype == np.int64 and (counts >= 0).all() and (counts <= V.MAX_DEVICES).all()
    assert counts.tolist() == [V.count_or_zero(v) for v in column.tolist()]
    assert [i for i, _, _ in problems] == [i for i, v in enumerate(column.tolist()) if V.device_count(v)[1]]
    assert all(why == V.device_count(v)[1] for _, v, why in problems)


@pytest.mark.parametrize("column", [
    np.array(["2024-06-15", "NaT", "0215-06-15", "2201-01-01"], dtype="datetime64[D]"),
    np.array(["2024-06-15T10:00", "NaT", "1815-06-18T12:00"], dtype="datetime64[ms]"),
    np.array(["15.06.2024", None, "31.02.2024", 20240615, "15.06.2024", "someday", float("nan")], dtype=object),
])
def test_a_column_of_dates_is_read_as_each_value_is(column):
    problems = V.date_problems(column)
    assert [i for i, _, _ in problems] == [i for i, v in enumerate(column) if V.read_date(v)[1]]
    assert all(why == V.read_date(v)[1] for _, v, why in problems)


# --------------------------------------------------------------------------- files: tally, check, import
def _hazards(tmp_path, n=3):
    return write_layer(tmp_path / "hazards.shp", [square(X0 + 200 * i, Y0, 100) for i in range(n)],
                       {"HAZ_ID": [f"H-{i + 1}" for i in range(n)]})


def test_tally_counts_no_data_markers_and_absurd_counts_as_unknown(tmp_path, run_cli):
    hazards = _hazards(tmp_path)
    releases = write_layer(tmp_path / "releases.shp", [square(X0 + 200 * i, Y0, 50) for i in range(3)],
                           {"CLR_ID": ["R1", "R2", "R3"], "HAZ_ID": ["H-1", "H-2", "H-3"], "RELEASE": ["cleared"] * 3,
                            "AP_FOUND": [3, -9999, 1], "AT_FOUND": [1e20, 2.0, 0.5]})
    code, out, err = run_cli("tally", hazards, "--releases", releases, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["devices"]["AP"] == 4  # not -9995 (3 - 9999 + 1)
    assert result["devices"]["AT"] == 2  # 1e20 does not wrap to -9223372036854775805
    warnings = "\n".join(result["warnings"])
    assert "R2: unusable device count (AP_FOUND: -9999 is a no-data marker" in warnings
    assert "R1: unusable device count (AT_FOUND: 1e+20 is more than 100,000" in warnings
    assert "R3: unusable device count (AT_FOUND: 0.5 is not a whole number" in warnings

    code, out, _ = run_cli("check", hazards, "--releases", releases, "--json")
    found = {(f["id"], f["kind"]) for f in json.loads(out)["findings"]}
    assert code == 1 and {("R2", V.BAD_COUNT), ("R1", V.BAD_COUNT), ("R3", V.BAD_COUNT)} <= found


def test_a_damaged_value_in_a_column_of_counts_is_a_finding_not_the_end(tmp_path, run_cli):
    hazards = _hazards(tmp_path)
    releases = write_layer(tmp_path / "releases.shp", [square(X0 + 200 * i, Y0, 50) for i in range(3)],
                           {"CLR_ID": ["R1", "R2", "R3"], "HAZ_ID": ["H-1", "H-2", "H-3"], "RELEASE": ["cleared"] * 3,
                            "AP_FOUND": ["2", "many", "-1"]})
    code, out, err = run_cli("tally", hazards, "--releases", releases, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["devices"]["AP"] == 2
    assert any("R2" in w and "'many' is not a number" in w and "AP_FOUND" in w for w in result["warnings"])


def test_check_reports_dates_that_cannot_be_read(tmp_path, run_cli):
    hazards = _hazards(tmp_path)
    releases = write_layer(tmp_path / "releases.shp", [square(X0 + 200 * i, Y0, 50) for i in range(3)],
                           {"CLR_ID": ["R1", "R2", "R3"], "HAZ_ID": ["H-1", "H-2", "H-3"], "RELEASE": ["cleared"] * 3,
                            "DATE": ["15.06.2024", "31.02.2024", "2024-13-45"]})
    code, out, _ = run_cli("check", hazards, "--releases", releases, "--json")
    findings = {f["id"]: f for f in json.loads(out)["findings"] if f["kind"] == V.BAD_DATE}
    assert code == 1 and set(findings) == {"R2", "R3"}
    assert "DATE: '31.02.2024'" in findings["R2"]["detail"] and "no day 31" in findings["R2"]["detail"]
    assert "DATE: '2024-13-45'" in findings["R3"]["detail"]


def test_import_stores_iso_dates_from_text_and_date_fields(tmp_path):
    from minedesk.exchange import import_project
    from minedesk.store import GpkgStore

    hazards = write_layer(tmp_path / "hazards.gpkg", [square(X0 + 200 * i, Y0, 100) for i in range(5)],
                          {"HAZ_ID": [f"H-{i + 1}" for i in range(5)]})
    rels = [square(X0 + 200 * i, Y0, 50) for i in range(5)]
    text = write_layer(tmp_path / "text.gpkg", rels,
                       {"CLR_ID": [f"R{i + 1}" for i in range(5)], "HAZ_ID": [f"H-{i + 1}" for i in range(5)],
                        "RELEASE": ["cleared"] * 5, "DATE": ["15.06.2024", "20240615", "15/06/2024", "someday", None]})
    path, findings = import_project(tmp_path / "p.gpkg", hazards, text)
    assert [str(f) for f in findings if f.kind == V.BAD_DATE] == [
        "R4: unreadable date (DATE: 'someday' is not a date MineDesk reads "
        "(YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or YYYYMMDD); counted in no period)"]
    with GpkgStore.open(path, readonly=True) as s:
        r = s.load().tables["releases"]
    stored = dict(zip(r.values["release_id"], r.values["date"], strict=True))
    assert stored == {"R1": "2024-06-15", "R2": "2024-06-15", "R3": "2024-06-15", "R4": "someday", "R5": None}

    from pyogrio.raw import write  # a real date field, as QGIS or ArcGIS writes it

    wkb = np.array([shapely.to_wkb(g) for g in rels[:3]], dtype=object)
    write(str(tmp_path / "dated.gpkg"), wkb,
          [np.array(["R1", "R2", "R3"], dtype=object), np.array(["H-1", "H-2", "H-3"], dtype=object),
           np.array(["cleared"] * 3, dtype=object), np.array(["2024-06-15", "NaT", "2024-06-30"], dtype="datetime64[D]")],
          ["CLR_ID", "HAZ_ID", "RELEASE", "DATE"], driver="GPKG", geometry_type="Polygon", crs="EPSG:32638")
    path, findings = import_project(tmp_path / "q.gpkg", hazards, tmp_path / "dated.gpkg")
    assert not [f for f in findings if f.kind == V.BAD_DATE]
    with GpkgStore.open(path, readonly=True) as s:
        r = s.load().tables["releases"]
    assert dict(zip(r.values["release_id"], r.values["date"], strict=True)) == \
        {"R1": "2024-06-15", "R2": None, "R3": "2024-06-30"}  # NaT is no date, not the text "NaT"


# --------------------------------------------------------------------------- projects: release, report, check
@pytest.fixture
def june(tmp_path, run_cli):
    """Three 1 ha hazards; H-1 cleared on 15.06.2024 (as typed in the field form), H-2 on
    2024-06-03, then H-3 by ``minedesk release --date 20240615``."""
    hazards = _hazards(tmp_path)
    releases = write_layer(tmp_path / "releases.shp", [square(X0, Y0, 100), square(X0 + 200, Y0, 100)],
                           {"CLR_ID": ["R1", "R2"], "HAZ_ID": ["H-1", "H-2"], "RELEASE": ["cleared"] * 2,
                            "DATE": ["15.06.2024", "2024-06-03"], "AP_FOUND": [2, 1]})
    project = tmp_path / "june.gpkg"
    code, _, err = run_cli("import", hazards, "--releases", releases, "-o", project)
    assert code == 0, err
    code, _, err = run_cli("release", project, "--hazard", "H-3", "--category", "cleared", "--whole",
                           "--date", "20240615", "--ap", "4")
    assert code == 0, err
    return project


def _report(run_cli, project, tmp_path, *period):
    out = tmp_path / f"report{len(list(tmp_path.glob('report*.csv')))}.csv"
    code, _, err = run_cli("report", project, *period, "--csv", out)
    assert code == 0, err
    with out.open(encoding="utf-8") as fh:
        return {r["group"]: r for r in csv.DictReader(fh)}["All"]


def _dates(project) -> dict:
    conn = sqlite3.connect(project)
    try:
        return dict(conn.execute("SELECT release_id, date FROM releases"))
    finally:
        conn.close()


def test_a_june_release_counts_in_june_whatever_form_its_date_was_written_in(june, tmp_path, run_cli):
    from minedesk.exchange import open_source

    p = open_source(june, readonly=True)
    area = float(p.engine.area_ha.sum())
    p.store.close()
    for period in (("--from", "2024-06-01", "--to", "2024-06-30"), ("--from", "01.06.2024", "--to", "30/06/2024")):
        row = _report(run_cli, june, tmp_path, *period)
        assert float(row["cleared_ha_period"]) == pytest.approx(area, abs=1e-4)  # all three, not only H-2's
        assert int(row["AP_period"]) == 7
    row = _report(run_cli, june, tmp_path, "--from", "2024-06-10", "--to", "2024-06-20")
    assert float(row["cleared_ha_period"]) == pytest.approx(area * 2 / 3, rel=1e-3)  # H-1 and H-3
    row = _report(run_cli, june, tmp_path, "--from", "2024-07-01", "--to", "2024-07-31")
    assert float(row["cleared_ha_period"]) == 0 and float(row["cleared_ha_to_date"]) == pytest.approx(area, abs=1e-4)
    row = _report(run_cli, june, tmp_path, "--to", "2024-06-14")
    assert float(row["cleared_ha_to_date"]) == pytest.approx(area / 3, rel=1e-3)  # H-2 only
    assert set(_dates(june).values()) == {"2024-06-15", "2024-06-03"}  # stored as ISO


def test_a_period_that_ends_before_it_starts_is_refused(june, tmp_path, run_cli):
    for args, words in [(["--from", "2024-06-30", "--to", "2024-06-01"], ["--to", "before it starts"]),
                        (["--from", "2024-13-45"], ["--from", "2024-13-45", "no month 13"]),
                        (["--to", "31.02.2024"], ["--to", "31.02.2024"])]:
        code, _, err = run_cli("report", june, *args, "--csv", tmp_path / "x.csv")
        assert code == 2 and len(err.strip().splitlines()) == 1, err
        assert all(w in err for w in words), err
        assert not (tmp_path / "x.csv").exists()


def _edit(project, *statements):
    """Change release rows as another program (QGIS, ogr2ogr, a script) would."""
    from minedesk.store import _register_functions  # the GeoPackage's ST_ functions, as GDAL has them

    with sqlite3.connect(project) as conn:
        _register_functions(conn)
        for sql in statements:
            conn.execute(sql)
    conn.close()


def _releases(project) -> list:
    conn = sqlite3.connect(project)
    try:
        return conn.execute("SELECT release_id, ap, at, uxo, ied, date FROM releases ORDER BY fid").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("option, value, words", [
    ("--ap", "9223372036854775808", ["--ap", "9223372036854775808", "more than 100,000"]),
    ("--ap", "1e20", ["--ap", "more than 100,000"]),
    ("--at", "-1", ["--at", "no-data marker"]),
    ("--uxo", "-5", ["--uxo", "-5", "negative"]),
    ("--ied", "2.5", ["--ied", "2.5", "whole number"]),
    ("--ap", "100001", ["--ap", "100001"]),
    ("--ap", "three", ["--ap", "'three' is not a number"]),
    ("--ap", "nan", ["--ap", "'nan' is not a number"]),
    ("--date", "2024-13-45", ["--date", "2024-13-45", "no month 13"]),
    ("--date", "31.02.2024", ["--date", "31.02.2024", "February 2024 has no day 31"]),
])
def test_release_refuses_a_bad_count_or_date_in_one_line(june, run_cli, option, value, words):
    before = _releases(june)
    code, _, err = run_cli("release", june, "--hazard", "H-1", "--category", "cleared", "--whole", f"{option}={value}")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert all(w in err for w in words), err
    assert _releases(june) == before


def test_release_stores_dates_as_iso_and_takes_the_ceiling(june, run_cli):
    code, _, err = run_cli("release", june, "--hazard", "H-1", "--category", "cleared", "--whole",
                           "--date", "01.07.2024", "--ap", "100000")
    assert code == 0, err
    assert _releases(june)[-1][1:] == (100_000, 0, 0, 0, "2024-07-01")


def test_counts_and_dates_another_program_wrote_into_a_project(june, tmp_path, run_cli):
    _edit(june, "UPDATE releases SET ap = -100, date = '15.06.2024' WHERE release_id = 'R2'",
          "UPDATE releases SET at = 1e20 WHERE release_id = 'R1'",
          "UPDATE releases SET uxo = 'lots', date = '2024-13-45' WHERE release_id LIKE 'H-3%'")
    code, out, err = run_cli("tally", june, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["devices"] == {"AP": 6, "AT": 0, "UXO": 0, "IED": 0}  # not 2 - 100 + 4, no wrap
    code, out, _ = run_cli("check", june, "--json")
    findings = {(f["id"], f["kind"]): f["detail"] for f in json.loads(out)["findings"]}
    assert code == 1
    assert "ap: -100 is negative" in findings[("R2", V.BAD_COUNT)]
    assert "at: 1e+20 is more than 100,000" in findings[("R1", V.BAD_COUNT)]
    h3 = next(k[0] for k in findings if k[0].startswith("H-3"))
    assert "uxo: 'lots' is not a number" in findings[(h3, V.BAD_COUNT)]
    assert "date: '2024-13-45'" in findings[(h3, V.BAD_DATE)]
    # 15.06.2024 put in by another program counts in June; the unreadable date counts in no period
    from minedesk.exchange import open_source

    p = open_source(june, readonly=True)
    one = float(p.engine.area_ha[0])
    p.store.close()
    row = _report(run_cli, june, tmp_path, "--from", "2024-06-10", "--to", "2024-06-20")
    assert float(row["cleared_ha_period"]) == pytest.approx(2 * one, rel=1e-3)  # R1 and R2, not H-3's
    assert (int(row["AP_period"]), int(row["AT_period"])) == (2, 0)  # R1 2 AP; R2 -100 and R1 1e20 unknown


@pytest.mark.parametrize("suffix", [".csv", ".geojson"])
def test_export_writes_bad_counts_another_program_wrote_as_the_figures_count_them(june, tmp_path, run_cli, suffix):
    _edit(june, "UPDATE releases SET ap = -100 WHERE release_id = 'R2'", "UPDATE releases SET at = 1e20 WHERE release_id = 'R1'",
          "UPDATE releases SET uxo = 'lots' WHERE release_id LIKE 'H-3%'", "UPDATE releases SET ied = 'nan' WHERE release_id = 'R1'")
    out = tmp_path / f"e{suffix}"
    code, _, err = run_cli("export", june, "-o", out)
    assert code == 0 and "Traceback" not in err, err
    code, again, err = run_cli("tally", out, "--releases", tmp_path / f"e_releases{suffix}", "--json",
                               *(["--crs", "EPSG:4326"] if suffix == ".csv" else []))
    if suffix == ".geojson":  # the export reads again with the project's figures: no negative, no wrap
        assert code == 0 and json.loads(again)["devices"] == json.loads(run_cli("tally", june, "--json")[1])["devices"]
    text = (tmp_path / f"e_releases{suffix}").read_text(encoding="utf-8")
    assert "-100" not in text and "lots" not in text and "1e+20" not in text and "100000000000000000000" not in text


def test_a_completion_report_prints_bad_counts_another_program_wrote_as_the_figures_count_them(june, tmp_path, run_cli):
    pypdf = pytest.importorskip("pypdf")
    pytest.importorskip("PySide6.QtGui")
    code, _, err = run_cli("task-order", june, "--hazard", "H-1", "--hazard", "H-2", "-o", tmp_path / "t.pdf")
    assert code == 0, err
    task = sqlite3.connect(june).execute("SELECT task_id FROM task_orders").fetchone()[0]
    _edit(june, "UPDATE releases SET ap = -100, uxo = 'lots' WHERE release_id = 'R2'",
          "UPDATE releases SET at = 1e20, ied = 'nan' WHERE release_id = 'R1'")
    code, _, err = run_cli("completion-report", june, "--task", task, "-o", tmp_path / "c.pdf")
    assert code == 0 and "Traceback" not in err, err
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(tmp_path / "c.pdf")).pages)
    assert "-100" not in text and "lots" not in text and "100000000000000000000" not in text


def test_commands_refuse_what_the_window_and_the_plugin_could_pass(june):
    from minedesk.core.commands import MarkReleased, RecordDevices
    from minedesk.exchange import open_source

    p = open_source(june)
    try:
        before = {k: dict(v) for k, v in p.rows["releases"].items()}
        for command, words in [
            (MarkReleased("H-1", "cleared", devices={"AP": -9999}), ["AP found", "-9999"]),
            (MarkReleased("H-1", "cleared", devices={"AT": 1.5}), ["AT found", "1.5"]),
            (MarkReleased("H-1", "cleared", date="2024-13-45"), ["2024-13-45"]),
            (RecordDevices("R1", {"AP": 2 ** 63}), ["AP found", "more than 100,000"]),
            (RecordDevices("R1", {"AP": V.MAX_DEVICES}), ["R1 would record 100,002 AP"]),
        ]:
            with pytest.raises(InputError) as err:
                p.execute(command)
            assert all(w in err.value.message for w in words), err.value.message
        assert {k: dict(v) for k, v in p.rows["releases"].items()} == before
        p.execute(MarkReleased("H-1", "cleared", date="15.06.2024", devices={"AP": "3"}))
        row = p.rows["releases"][max(p.rows["releases"])]
        assert (row["date"], row["ap"]) == ("2024-06-15", 3)
    finally:
        p.store.close()


def test_the_dashboard_timeline_reads_dates_as_the_core_does(june):
    pytest.importorskip("pyqtgraph")
    from minedesk.core.summary import released_over_time
    from minedesk.exchange import open_source

    _edit(june, "UPDATE releases SET date = '03.06.2024' WHERE release_id = 'R2'",
          "UPDATE releases SET date = 'someday' WHERE release_id = 'R1'")
    p = open_source(june, readonly=True)
    try:
        series = dict(released_over_time(p))
        assert set(series) == {"2024-06-03", "2024-06-15"}  # not "03.06.2024"; "someday" on no day
        assert series["2024-06-03"] == pytest.approx(float(p.engine.area_ha[1]), rel=1e-6)
    finally:
        p.store.close()


def test_the_window_holds_counts_to_the_core_rule(june, qtbot, tmp_path):
    pytest.importorskip("PySide6.QtWidgets")
    pytest.importorskip("pyqtgraph")
    from PySide6.QtCore import QSettings

    from minedesk.app.dialogs import DevicesDialog, ReleaseDialog
    from minedesk.app.window import MainWindow

    for dialog in (ReleaseDialog("Mark"), DevicesDialog(["R1"])):  # the spin boxes stop at the ceiling
        qtbot.addWidget(dialog)
        assert {(s.minimum(), s.maximum()) for s in dialog.devices.values()} == {(0, V.MAX_DEVICES)}
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.open_path(str(june), background=False)
    try:
        before = _releases(june)
        w.select_ids(["H-1"])
        w.mark_selected(values={"category": "cleared", "method": None, "date": "2024-06-20", "team": None,
                                "depth_cm": None, "devices": {"AP": -9999}})
        assert "AP found: -9999 is a no-data marker" in w.error_box.text() and "\n" not in w.error_box.text()
        w.error_box.close()
        w.record_devices(values={"release_id": "R1", "devices": {"AT": 1e20}})
        assert "AT found: 1e+20 is more than 100,000" in w.error_box.text()
        assert _releases(june) == before
    finally:
        w.close()
