"""A release category is read in one place (core.mapping.category_of): whatever spelling another
program wrote into a project, the tally, the summary for a period, exports and the map agree."""

import csv
import json
import sqlite3

import pytest

from conftest import SAMPLE
from minedesk.core.mapping import CATEGORY_WORDS, category_index, category_of, category_word, parse_category
from minedesk.core.model import CATEGORIES, Category
from minedesk.exchange import import_project

#: every word MineDesk accepts, as typed in capitals, plus the spellings officers write by hand
SPELLINGS = sorted({(w.upper(), c) for c, words in CATEGORY_WORDS.items() for w in words} | {
    ("Clearance", Category.CLEARED), (" Cleared ", Category.CLEARED), ("clr", Category.CLEARED),
    ("Technical Survey", Category.REDUCED), ("technical-survey", Category.REDUCED), ("Reduction", Category.REDUCED),
    ("Non-Technical Survey", Category.CANCELLED), ("non technical survey", Category.CANCELLED),
    ("Canceled", Category.CANCELLED), ("Cancelation", Category.CANCELLED), ("nts", Category.CANCELLED),
})


@pytest.mark.parametrize("text, category", SPELLINGS, ids=[f"{t.strip()}->{c.value}" for t, c in SPELLINGS])
def test_every_accepted_spelling_reads_as_its_category(text, category):
    assert category_of(text) is category
    assert parse_category(text) is category
    assert category_index(text) == CATEGORIES.index(category)
    assert category_word(text) == category.value


@pytest.mark.parametrize("value", [None, "", "  ", "destroyed", float("nan"), 3])
def test_a_value_naming_no_category_is_none_everywhere(value):
    assert category_of(value) is None and category_index(value) == -1 and category_word(value) is None


def test_the_users_own_words_come_first():
    assert category_of("Done", {"done": Category.CLEARED}) is Category.CLEARED
    assert category_of("C", {"c": Category.CANCELLED}) is Category.CANCELLED
    assert category_of("C") is Category.CLEARED


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    path, _ = import_project(tmp_path_factory.mktemp("categories") / "sample.gpkg", SAMPLE / "hazards.shp",
                             SAMPLE / "clearance.shp")
    return path


def _rewrite(path, category: Category, text: str) -> int:
    """Write ``text`` for ``category`` into every release of that category, as another program would."""
    from minedesk.store import _register_functions  # the GeoPackage's ST_ functions, as GDAL has them

    with sqlite3.connect(path) as conn:
        _register_functions(conn)
        n = conn.execute("UPDATE releases SET category=? WHERE category=?", (text, category.value)).rowcount
    conn.close()
    return n


def _tally(run_cli, path) -> dict:
    code, out, err = run_cli("tally", path, "--json")
    assert code == 0, err
    return json.loads(out)["released_by_category_ha"]


def _report(run_cli, path, tmp_path) -> dict:
    table = tmp_path / "x.csv"
    code, _, err = run_cli("report", path, "--from", "2000-01-01", "--to", "2030-12-31", "--csv", table, "--overwrite")
    assert code == 0, err
    with open(table, newline="", encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["group"] == "All")
    return {c.value: (float(row[f"{c.value}_ha_to_date"]), float(row[f"{c.value}_ha_period"])) for c in CATEGORIES}


@pytest.fixture(scope="module")
def as_made(sample_file, tmp_path_factory):
    """The sample project's released figures as MineDesk wrote it (tally --json)."""
    from minedesk.core.project import Project
    from minedesk.store import GpkgStore

    with GpkgStore.open(sample_file, readonly=True) as store:
        t = Project(store).engine.totals()
    return {k: round(v, 4) for k, v in t.released_by_category_ha.items()}


@pytest.mark.parametrize("text, category", SPELLINGS, ids=[f"{t.strip()}->{c.value}" for t, c in SPELLINGS])
def test_tally_and_report_agree_whatever_spelling_another_program_wrote(text, category, sample_file, as_made,
                                                                         run_cli, tmp_path):
    path = tmp_path / "P.gpkg"
    path.write_bytes(sample_file.read_bytes())
    assert _rewrite(path, category, text) > 0
    tally = _tally(run_cli, path)
    report = _report(run_cli, path, tmp_path)
    assert tally == as_made  # read as it was written by MineDesk: nothing lost, nothing moved
    for c in CATEGORIES:
        to_date, in_period = report[c.value]
        assert to_date == pytest.approx(tally[c.value], abs=1e-4), c
        assert in_period == pytest.approx(tally[c.value], abs=1e-4), c  # every release is dated in the period
    assert sum(as_made.values()) > 1000 and as_made[category.value] > 0


def test_exports_read_a_foreign_spelling_a_foreign_spelling_as_its_category(sample_file, tmp_path):
    from minedesk.core.project import Project
    from minedesk.exchange import _export_layers
    from minedesk.store import GpkgStore, _register_functions

    path = tmp_path / "P.gpkg"
    path.write_bytes(sample_file.read_bytes())
    _rewrite(path, Category.CLEARED, "Clearance")
    _rewrite(path, Category.CANCELLED, "Non-Technical Survey")
    with sqlite3.connect(path) as conn:
        _register_functions(conn)
        conn.execute("UPDATE releases SET category='destroyed' WHERE fid=(SELECT min(fid) FROM releases "
                     "WHERE category='reduced')")
    conn.close()
    with GpkgStore.open(path, readonly=True) as store:
        project = Project(store)
        exported = _export_layers(project)["releases"][1]["RELEASE"]
    assert set(exported) == {"cleared", "reduced", "cancelled", "destroyed"}  # what names none is kept as written
    assert exported.count("destroyed") == 1
    assert any(f.kind == "unknown release category" and "destroyed" in f.detail for f in project.warnings)
