"""Completion and summary reports: read back, and the numbers are the tally engine's."""

import csv
import itertools
import json
import math
import re

import pytest

pytest.importorskip("PySide6.QtGui")
pypdf = pytest.importorskip("pypdf")

from conftest import SAMPLE  # noqa: E402
from minedesk.exchange import import_project  # noqa: E402


def text_of(pdf) -> str:
    return "\n".join(p.extract_text().replace("\t", " ") for p in pypdf.PdfReader(str(pdf)).pages)


def rows_of(path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return {r[next(iter(r))]: r for r in csv.DictReader(fh)}


@pytest.fixture
def project_path(tmp_path):
    path, _ = import_project(tmp_path / "sample.gpkg", SAMPLE / "hazards.shp", SAMPLE / "clearance.shp")
    return path


def test_summary_cumulative_is_the_tally_and_periods_add_up(project_path, tmp_path, run_cli):
    code, out, _ = run_cli("tally", project_path, "--by", "DISTRICT", "--json")
    tally = json.loads(out)
    assert run_cli("report", project_path, "--by", "DISTRICT", "--csv", tmp_path / "all.csv")[0] == 0
    everything = rows_of(tmp_path / "all.csv")
    assert float(everything["All"]["released_ha_to_date"]) == pytest.approx(tally["released_ha"], abs=1e-4)
    for cat, v in tally["released_by_category_ha"].items():
        assert float(everything["All"][f"{cat}_ha_to_date"]) == pytest.approx(v, abs=1e-4)
    assert float(everything["Ağdam"]["remaining_ha"]) == pytest.approx(tally["groups"]["Ağdam"]["remaining_ha"], abs=1e-4)
    assert int(everything["All"]["AP_to_date"]) == tally["devices"]["AP"]

    # years 2021..2024 cover every release date of the sample: their periods add up to the total,
    # and each period is what was released by its end less what was released before it
    total = 0.0
    before = 0.0
    for year in (2021, 2022, 2023, 2024):
        out_csv = tmp_path / f"{year}.csv"
        assert run_cli("report", project_path, "--from", f"{year}-01-01", "--to", f"{year}-12-31", "--csv", out_csv)[0] == 0
        r = rows_of(out_csv)["All"]
        period = sum(float(r[f"{c}_ha_period"]) for c in ("cleared", "reduced", "cancelled"))
        assert all(float(r[f"{c}_ha_period"]) >= 0 for c in ("cleared", "reduced", "cancelled"))
        assert period == pytest.approx(float(r["released_ha_to_date"]) - before, abs=1e-3)
        before = float(r["released_ha_to_date"])
        total += period
    assert total == pytest.approx(tally["released_ha"], abs=1e-3)


def test_summary_pdf_and_groups_by_team(project_path, tmp_path, run_cli):
    code, out, err = run_cli("report", project_path, "--from", "2023-01-01", "--to", "2023-12-31", "--by", "team",
                             "-o", tmp_path / "r.pdf", "--csv", tmp_path / "r.csv")
    assert code == 0, err
    text = text_of(tmp_path / "r.pdf")
    assert "LAND RELEASE SUMMARY" in text and "1 January 2023 to 31 December 2023" in text and "By team" in text
    teams = rows_of(tmp_path / "r.csv")
    assert len(teams) > 5 and all(k == "All" or re.fullmatch(r"[A-Z]{3}-T\d", k) for k in teams)
    assert not pypdf.PdfReader(str(tmp_path / "r.pdf")).pages[0]["/Resources"].get("/XObject")  # a vector chart


def test_completion_report(project_path, tmp_path, run_cli):
    assert run_cli("task-order", project_path, "--hazard", "XCV-CHA-00005", "--field", "organisation=ADC",
                   "-o", tmp_path / "t.pdf")[0] == 0
    task = re.search(r"T-\d{4}-\d{4}", text_of(tmp_path / "t.pdf"))[0]
    code, out, err = run_cli("completion-report", project_path, "--task", task, "--field",
                             "handed_over_to=Xocavənd bələdiyyəsi", "-o", tmp_path / "c.pdf")
    assert code == 0, err
    text = text_of(tmp_path / "c.pdf")
    code, out, _ = run_cli("tally", project_path, "--per-hazard", "--json")
    row = next(r for r in json.loads(out)["per_hazard"] if r["id"] == "XCV-CHA-00005")
    assert "COMPLETION REPORT" in text and "HANDOVER CERTIFICATE" in text and "Xocavənd bələdiyyəsi" in text
    assert f"{row['released_by_category_ha']['cleared']:,.4f}" in text
    assert f"{row['remaining_ha']:,.4f}" in text
    assert "XCV-CHA-00005-R1" in text and "ADC" in text
    code, _, err = run_cli("completion-report", project_path, "--task", "T-1999-0009", "-o", tmp_path / "x.pdf")
    assert code == 2 and "T-1999-0009" in err


def test_report_bad_input(project_path, tmp_path, run_cli):
    for args, word in [(["--from", "yesterday", "--csv", tmp_path / "x.csv"], "YYYY-MM-DD"),
                       (["--by", "colour", "--csv", tmp_path / "x.csv"], "colour"),
                       ([], "-o OUT.pdf")]:
        code, _, err = run_cli("report", project_path, *args)
        assert code == 2 and word in err and len(err.strip().splitlines()) == 1


def test_summary_pdf_and_csv_say_what_is_not_counted(tmp_path, run_cli):
    import csv

    import pypdf

    from conftest import X0, Y0, square, write_layer

    hz = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), None], {"HAZ_ID": ["H-1", "H-2"]})
    rl = write_layer(tmp_path / "r.shp", [square(X0, Y0, 50), square(X0 + 5000, Y0, 100)],
                     {"HAZ_ID": ["H-1", None], "RELEASE": ["cleared", "cleared"], "DATE": ["2026-01-05", "2026-01-06"]})
    project = tmp_path / "p.gpkg"
    assert run_cli("import", hz, "--releases", rl, "-o", project)[0] == 0
    code, _, err = run_cli("report", project, "-o", tmp_path / "s.pdf", "--csv", tmp_path / "s.csv")
    assert code == 0, err
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(tmp_path / "s.pdf")).pages)
    assert "Not counted" in " ".join(text.split()) and "1 release outside every hazard" in " ".join(text.split())
    with open(tmp_path / "s.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    everything = next(r for r in rows if r["group"] == "All")
    assert everything["not_counted_releases"] == "1" and float(everything["not_counted_ha"]) > 0.99


def test_the_summary_chart_ticks_are_round_numbers():
    from minedesk.report.summary import nice_ticks

    assert nice_ticks(49.6) == [0, 10, 20, 30, 40, 50]  # not 12.4, 24.8, 49.6
    assert nice_ticks(1026.78) == [0, 200, 400, 600, 800, 1000, 1200]
    assert nice_ticks(0.37) == [0, 0.1, 0.2, 0.3, 0.4]
    assert nice_ticks(250) == [0, 50, 100, 150, 200, 250]
    assert nice_ticks(0) == [0, 1]
    for top in (0.01, 0.037, 3.3, 7, 77, 123.4, 5e5, 9.99e6):
        ticks = nice_ticks(top)
        step = ticks[1]
        mantissa = step / 10 ** math.floor(math.log10(step) + 1e-9)
        assert round(mantissa, 9) in (1, 2, 5), (top, ticks)  # 1, 2 or 5 times a power of ten
        assert ticks[0] == 0 and ticks[-1] >= top > ticks[-2] and len(ticks) <= 7, (top, ticks)
        assert all(round(b - a, 12) == round(step, 12) for a, b in itertools.pairwise(ticks))


def test_a_task_order_from_a_file_prints_the_type_and_status_the_mapping_reads(tmp_path, run_cli):
    """A file that says its type in its own words: the hazard table prints SHA/CHA as mapped
    (--type-field, --type-value), and the status from the file's status column."""
    from conftest import X0, Y0, square, write_layer

    path = write_layer(tmp_path / "h.shp", [square(X0, Y0, 200), square(X0 + 500, Y0, 200)],
                       {"HAZ_ID": ["BIH-1", "BIH-2"], "typeArea": ["Suspected Minefield", "Area 7"],
                        "STATUS": ["active", "active"]})
    out = tmp_path / "t.pdf"
    code, _, err = run_cli("task-order", path, "--hazard", "BIH-1", "--hazard", "BIH-2", "--type-field", "typeArea",
                           "--type-value", "Area 7=CHA", "-o", out)
    assert code == 0, err
    text = " ".join(text_of(out).split())
    assert "BIH-1 SHA active" in text and "BIH-2 CHA active" in text
