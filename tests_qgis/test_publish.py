"""Issue 16, item 7: the plugin zip as the plugin repository (plugins.qgis.org) validates an upload,
the rules that run offline: the metadata keys it requires, a LICENSE, one top-level folder named
as the package, nothing compiled; and what packaging/build_plugin.py refuses."""

import configparser
import re
import stat
import subprocess
import sys
import zipfile

import pytest

from conftest import MINEDESK_PYTHON, REPO

BUILD = REPO / "packaging" / "build_plugin.py"
#: the metadata the plugin repository's validator requires (PLUGIN_REQUIRED_METADATA)
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
            "repository")
REAL = {"email": "team@minedesk.test", "tracker": "https://code.minedesk.test/minedesk/issues",
        "repository": "https://code.minedesk.test/minedesk", "homepage": "https://minedesk.test"}


def validate(path):
    """The plugin repository's offline checks on an uploaded zip; the problems found (none: valid)."""
    problems = []
    with zipfile.ZipFile(path) as zf:
        if zf.testzip() is not None:
            problems.append("damaged zip")
        names = zf.namelist()
        tops = {n.split("/")[0] for n in names}
        if len(tops) != 1:
            return [f"more than one top-level entry: {sorted(tops)}"]
        (top,) = tops
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", top):
            problems.append(f"the folder {top!r} is no Python package name")
        for must in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{top}/{must}" not in names:
                problems.append(f"no {must} in {top}/")
        for n in names:
            parts = n.split("/")
            if "__pycache__" in parts or "__MACOSX" in parts or ".git" in parts or n.endswith((".pyc", ".pyo")):
                problems.append(f"compiled or stray file {n}")
            if n.endswith((".so", ".pyd", ".dll", ".dylib", ".exe")):
                problems.append(f"binary file {n}")
        if f"{top}/metadata.txt" in names:
            parser = configparser.ConfigParser(interpolation=None)
            parser.optionxform = str
            parser.read_string(zf.read(f"{top}/metadata.txt").decode("utf-8"))
            meta = dict(parser["general"])
            problems += [f"metadata.txt lacks {k}" for k in REQUIRED if not meta.get(k)]
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", meta.get("email", "")):
                problems.append("email is no address")
            for key in ("tracker", "repository", "homepage"):
                if meta.get(key) and not re.match(r"https?://[^/\s]+\.[^/\s]+", meta[key]):
                    problems.append(f"{key} is no URL")
            if not re.fullmatch(r"\d+\.\d+(\.\d+)?", meta.get("qgisMinimumVersion", "")):
                problems.append("qgisMinimumVersion is no version")
    return problems


def _build(tmp_path, *args, python=None):
    python = [str(python)] if isinstance(python, (str, type(BUILD))) else list(python or [str(MINEDESK_PYTHON)])
    return subprocess.run([*python, str(BUILD), "--out", str(tmp_path), *args],
                          capture_output=True, text=True)


def test_a_release_zip_passes_the_plugin_repositorys_checks(qapp, tmp_path):
    proc = _build(tmp_path, "--release", *[f"--{k}={v}" for k, v in REAL.items()])
    assert proc.returncode == 0, proc.stderr
    (made,) = tmp_path.glob("*.zip")
    assert not made.name.endswith("-dev.zip") and made.name.startswith("minedesk_qgis-")
    assert validate(made) == []
    with zipfile.ZipFile(made) as zf:
        meta = zf.read("minedesk_qgis/metadata.txt").decode()
        for key, value in REAL.items():
            assert f"{key}={value}" in meta
        assert "changelog=" in meta and "example" not in meta
        assert zf.read("minedesk_qgis/LICENSE") == (REPO / "LICENSE").read_bytes()
        assert b"GNU GENERAL PUBLIC LICENSE" in zf.read("minedesk_qgis/LICENSE")
        for info in zf.infolist():
            mode = info.external_attr >> 16
            assert stat.S_IMODE(mode) == (0o755 if info.is_dir() else 0o644), info.filename
    # the zip QGIS installs in the tests is valid too (a development zip: its placeholders are its name)
    assert qapp.minedesk_zip.name.endswith("-dev.zip") and validate(qapp.minedesk_zip) == []


def test_a_release_from_a_config_file(tmp_path):
    config = tmp_path / "plugin.toml"
    config.write_text("".join(f'{k} = "{v}"\n' for k, v in REAL.items()), encoding="utf-8")
    out = tmp_path / "dist"
    proc = _build(out, "--release", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    (made,) = out.glob("*.zip")
    assert not made.name.endswith("-dev.zip") and validate(made) == []


def test_placeholders_make_a_development_zip_and_no_release(tmp_path):
    proc = _build(tmp_path)
    assert proc.returncode == 0, proc.stderr
    (made,) = tmp_path.glob("*.zip")
    assert made.name.endswith("-dev.zip")
    refused = _build(tmp_path / "r", "--release", "--email=team@minedesk.test")
    assert refused.returncode != 0 and not (tmp_path / "r").exists()
    assert refused.stderr.count("\n") == 1 and "tracker" in refused.stderr and "email" not in refused.stderr.split(
        "for")[1].split("(")[0]


def test_a_python_without_minedesk_fails_in_one_line(tmp_path):
    # a Python without its site-packages (-S) cannot import MineDesk, whatever this venv holds
    proc = _build(tmp_path, python=[sys.executable, "-S"])
    assert proc.returncode != 0
    assert proc.stderr.count("\n") == 1 and "cannot import MineDesk" in proc.stderr, proc.stderr
    assert not list(tmp_path.glob("*.zip"))


@pytest.mark.parametrize("bad", ["tracker", "repository"])
def test_an_example_address_is_a_placeholder(tmp_path, bad):
    values = dict(REAL, **{bad: "https://example.invalid/x"})
    proc = _build(tmp_path, "--release", *[f"--{k}={v}" for k, v in values.items()])
    assert proc.returncode != 0 and bad in proc.stderr
