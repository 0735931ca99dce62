"""Issue 16, item 7: the plugin zip as the plugin repository (plugins.qgis.org) validates an upload,
the rules that run offline: the metadata keys it requires, a LICENSE, one top-level folder named
as the package, nothing compiled; and what packaging/build_plugin.py refuses."""

import configparser
import re
import stat
import subprocess
import sys
import zipfile
from urllib.parse import urlparse

import pytest

from conftest import MINEDESK_PYTHON, REPO

BUILD = REPO / "packaging" / "build_plugin.py"
#: the metadata the plugin repository's validator requires (PLUGIN_REQUIRED_METADATA)
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
            "repository")
REAL = {"email": "team@minedesk.test", "tracker": "https://code.minedesk.test/minedesk/issues",
        "repository": "https://code.minedesk.test/minedesk", "homepage": "https://minedesk.test"}


#: the plugin repository's upload limit (PLUGIN_MAX_UPLOAD_SIZE)
MAX_UPLOAD = 25_000_000
#: the URLs its validator refuses as they stand (the template's placeholders)
FORBIDDEN_URLS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}


def validate(path):
    """The checks the plugin repository (plugins.qgis.org, QGIS-Django's plugins/validator.py) runs on
    an uploaded zip, those that need no network (it also asks each URL over the internet): the
    problems found, none when it would be accepted."""
    problems = []
    if path.stat().st_size > MAX_UPLOAD:
        problems.append(f"larger than {MAX_UPLOAD:,} bytes")
    with zipfile.ZipFile(path) as zf:
        if zf.testzip() is not None:
            problems.append("damaged zip")
        names = zf.namelist()
        for n in names:
            parts = n.split("/")
            if ".." in n or n.startswith("/"):
                problems.append(f"path information in {n}")
            if ".pyc" in n or n.endswith(".pyo"):
                problems.append(f"compiled file {n}")
            if {"__pycache__", "__MACOSX", ".git"} & set(parts):
                problems.append(f"forbidden folder in {n}")
            if n.endswith((".so", ".pyd", ".dll", ".dylib", ".exe")):
                problems.append(f"binary file {n}")
        tops = {n.split("/")[0] for n in names}
        if len(tops) != 1:
            problems.append(f"more than one top-level entry: {sorted(tops)}")
        if not names or "/" not in names[0]:
            return problems + ["the first entry is no folder: no plugin package"]
        top = names[0].split("/")[0]  # the repository takes the package from the first entry
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9-_]+", top):
            problems.append(f"the folder {top!r} is no valid package name")
        for must in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{top}/{must}" not in names:
                problems.append(f"no {must} in {top}/")
        if f"{top}/metadata.txt" not in names:
            return problems
        parser = configparser.ConfigParser()  # the repository's parser: with % interpolation
        parser.optionxform = str
        try:
            parser.read_string(zf.read(f"{top}/metadata.txt").decode("utf-8"))
            meta = dict(parser.items("general"))
        except (configparser.Error, UnicodeDecodeError, ValueError) as err:
            return problems + [f"metadata.txt does not parse: {err}"]
        problems += [f"metadata.txt lacks {k}" for k in REQUIRED if not meta.get(k, "").strip()]
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", meta.get("email", "")):
            problems.append("email is no address")
        for key, forbidden in FORBIDDEN_URLS.items():
            url = meta.get(key)
            if key != "homepage" or url:
                parsed = urlparse(url or "")
                if url == forbidden or not (parsed.scheme and parsed.netloc):
                    problems.append(f"{key} is no valid URL")
        if "/" in meta.get("author", ""):
            problems.append("author contains a slash")
        if not re.fullmatch(r"\d+\.\d+(\.\d+)?", meta.get("qgisMinimumVersion", "")):
            problems.append("qgisMinimumVersion is no version")
        if meta.get("icon") and f"{top}/{meta['icon'].removeprefix('./')}" not in names:
            problems.append(f"the icon {meta['icon']} is not in the zip")
    return problems


def _build(tmp_path, *args, python=None):
    python = [str(python)] if isinstance(python, (str, type(BUILD))) else list(python or [str(MINEDESK_PYTHON)])
    return subprocess.run([*python, str(BUILD), "--out", str(tmp_path), *args],
                          capture_output=True, text=True, check=False)


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


@pytest.mark.parametrize("damage, problem", [
    (lambda files: files.pop("minedesk_qgis/LICENSE"), "no LICENSE"),
    (lambda files: files.update({"minedesk_qgis/__pycache__/dock.cpython-311.pyc": b"x"}), "compiled file"),
    (lambda files: files.update({"other/readme.txt": b"x"}), "more than one top-level"),
    (lambda files: files.update({"minedesk_qgis/metadata.txt": files["minedesk_qgis/metadata.txt"].replace(
        b"about=", b"about=100% exact ")}), "does not parse"),
    (lambda files: files.update({"minedesk_qgis/metadata.txt": files["minedesk_qgis/metadata.txt"].replace(
        b"\ntracker=", b"\ntracker=http://bugs\nold_tracker=")}), "tracker is no valid URL"),
])
def test_the_checks_find_what_the_repository_refuses(qapp, tmp_path, damage, problem):
    """The validation above is no formality: each thing the plugin repository refuses is found."""
    with zipfile.ZipFile(qapp.minedesk_zip) as zf:
        files = {info.filename: zf.read(info) for info in zf.infolist()}
    damage(files)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    assert any(problem in p for p in validate(bad)), validate(bad)
