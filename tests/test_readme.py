"""Every command the README shows runs, and says what the README says it says.

- Each ```text block of ``$ minedesk ...`` examples is run in-process through
  ``minedesk.cli.main``, in order, from the repository root; a file an example writes (``-o X``)
  goes to tmp_path instead, and its path is put back as ``X`` in the output. The output is
  compared with the README's line by line (a ``...`` in the README stands for anything), after
  every number the README shows was found in it. Only the audit log's clock time and user name,
  which differ on every run, are left out of the comparison.
- The ```json example is the JSON of the command in ``JSON_EXAMPLES``: every key and number it
  shows is in the real output, equal (``...`` stands for what it leaves out).
- The usage blocks (``minedesk tally HAZARDS [--releases PATH] ...``): every option they show is
  one the command's ``--help`` lists.
- Every other command line, in ```sh blocks or inline, is run here (``RUN_INLINE``, the cheap
  ones) or listed in ``NOT_RUN`` with the reason; a new one fails until it is put in one of them.
- resources/sample/dirty/make_dirty.py writes the dirty sample as committed, feature by feature.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
DIRTY = REPO / "resources" / "sample" / "dirty"
SAMPLE = "resources/sample"

#: the command whose output each ```json block shows (keyed by a piece of the block)
JSON_EXAMPLES = {
    '"groups": {"Ağdam"': f"minedesk tally {SAMPLE}/hazards.shp --releases {SAMPLE}/clearance.shp --by DISTRICT --json",
}

#: command lines that are not run here, and why
NOT_RUN = {
    'python3 -m venv .venv && .venv/bin/pip install -e ".[gui,test]" && .venv/bin/minedesk resources/sample/hazards.shp':
        "installs from a package index (network, minutes), then opens the window, which needs a display; "
        "the window on the sample is rendered offscreen by tests/test_app.py",
    "QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest": "the whole test suite, this test included",
    "sudo apt-get install libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3":
        "installs system packages: needs root and a network",
    "bash .ci/run": "CI itself: installs, runs the whole suite and builds the application (minutes)",
    r"python packaging\build_app.py": "Windows only (PyInstaller, minutes); packaging/smoke_app.sh builds it on Linux",
    r"iscc packaging\windows\minedesk.iss": "Windows only (Inno Setup)",
    "python -m build": "builds the wheel and sdist in a fresh environment from a package index (network); "
                       "packaging/smoke_app.sh does it in CI",
    "pip install minedesk-VERSION-py3-none-any.whl": "needs a built wheel (VERSION is a placeholder); "
                                                     "packaging/smoke_app.sh installs one in CI",
    'python -m pip install "shapely>=2.1" pyproj': "installs into QGIS's Python on Windows (network)",
    'python3 -m pip install --user "shapely>=2.1" pyproj "numpy<2"': "installs into the user's Python (network)",
    "minedesk --reset-settings": "forgets the window settings of whoever runs the tests; "
                                 "tests/test_window_layout.py resets settings in an isolated place",
    "benchmarks/make_data.py --count 30000 --total-km2 11258 --truth":
        "makes the national set (30,000 hazards, minutes); tests/test_make_data.py runs it on 20 hazards",
    "minedesk FILE_OR_PROJECT [--select ID ...] [--colour-by type|progress|COLUMN] [--background MAP.mbtiles] "
    "--screenshot OUT.png [--size WxH]": "a usage line with placeholders; tests/test_app.py renders screenshots "
                                         "with these options",
    "minedesk [FILE ...] [--language en|az|ru] [--colour-by STYLE] [--select ID ...] [--size WxH]":
        "opens the window: needs a display; tests/test_entry.py checks that these options reach the window",
    ".venv/bin/minedesk resources/sample/hazards.shp --screenshot window.png":
        "renders the window to a picture (Qt, seconds): tests/test_entry.py::test_screenshot_needs_no_display "
        "runs it without a display",
}

#: inline names of a command, not command lines
MENTIONS = {"minedesk", "minedesk open", "minedesk check", "minedesk check --json", "minedesk tally", "minedesk tally --json", "minedesk import",
            "minedesk task-order"}

#: inline command lines run by test_inline_commands_run
RUN_INLINE = {
    f".venv/bin/minedesk tally {SAMPLE}/hazards.shp --releases {SAMPLE}/clearance.shp --by district",
    "minedesk --help",
    "minedesk tally minefields.gpkg --layer hazards --releases-layer clearance",
    "minedesk --version",
    "minedesk task-order --help",
    ".venv/bin/python packaging/build_plugin.py",
}

# a program, or one of the repo's scripts given arguments
COMMAND_START = re.compile(r"^(?:\S+=\S+ )*(?:(?:\.venv/bin/)?(?:minedesk|python3?|pip|sudo|bash|iscc)(?:\s|$)"
                           r"|(?:benchmarks|packaging)/\S+\s)")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# what differs on every run: the audit log's clock time, and who ran it
VOLATILE = [(re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z"), "<time>"),
            (re.compile(r"(<time>  )\S+ +"), r"\1<user> ")]


# --------------------------------------------------------------------------- reading the README
def fenced(text: str) -> list[tuple[str, str]]:
    """(language, body) of every fenced block."""
    return [(m.group(1), m.group(2)) for m in re.finditer(r"^```(\w*)\n(.*?)^```$", text, flags=re.S | re.M)]


def examples(body: str) -> list[tuple[str, list[str]]]:
    """The ``$ command`` lines of a text block, each with the output lines shown under it."""
    out: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line.rstrip())
    return out


def usage_lines(body: str) -> list[str]:
    """The usage lines of a block (``minedesk CMD ...``, continuation lines joined)."""
    lines: list[str] = []
    for line in body.splitlines():
        if line.startswith("minedesk "):
            lines.append(line)
        elif line.startswith(" ") and lines and line.strip().startswith("["):
            lines[-1] += " " + line.strip()
    return lines


def inline_commands(text: str) -> list[str]:
    """Command lines written as inline code outside the fenced blocks, whitespace collapsed."""
    prose = re.sub(r"^```.*?^```$", "", text, flags=re.S | re.M)
    spans = (" ".join(s.split()) for s in re.findall(r"`([^`]+)`", prose))
    return [s for s in spans if COMMAND_START.match(s)]


def readme_text() -> str:
    return README.read_text(encoding="utf-8")


def text_examples() -> list[list[tuple[str, list[str]]]]:
    return [ex for lang, body in fenced(readme_text()) if lang == "text" and (ex := examples(body))]


# --------------------------------------------------------------------------- running
def run(argv: list[str], capsys) -> tuple[int, str, str]:
    from minedesk.launcher import main  # what the minedesk command runs

    try:
        code = main(argv)
    except SystemExit as stop:  # --help, --version
        code = stop.code or 0
    out, err = capsys.readouterr()
    return code, out, err


def masked(line: str) -> str:
    for pattern, repl in VOLATILE:
        line = pattern.sub(repl, line)
    return line


def matches(expected: list[str], real: list[str]) -> bool:
    """``real`` lines equal ``expected``, where ``...`` in a line stands for any text and a line
    that is only ``...`` for any lines."""
    if not expected:
        return not real
    head, rest = expected[0], expected[1:]
    if head.strip() == "...":
        return any(matches(rest, real[i:]) for i in range(len(real) + 1))
    if not real:
        return False
    pattern = ".*".join(re.escape(part) for part in head.split("..."))
    return re.fullmatch(pattern, real[0]) is not None and matches(rest, real[1:])


def test_readme_has_the_examples_this_test_knows():
    blocks = text_examples()
    commands = [cmd for block in blocks for cmd, _ in block]
    assert any(c.startswith("minedesk check resources/sample/dirty/") for c in commands)
    assert any(c.startswith("minedesk tally ") for c in commands)
    assert any(c.startswith("minedesk import ") for c in commands)
    assert all(c.startswith("minedesk ") for c in commands), commands
    assert all(out for block in blocks for _, out in block), "every example shows its output"


@pytest.mark.parametrize("block", text_examples(), ids=lambda b: b[0][0].split()[1])
def test_text_example_runs_as_shown(block, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    written: dict[str, str] = {}  # what an example names -> where it really goes
    for command, shown in block:
        argv = shlex.split(command)[1:]
        for i, arg in enumerate(argv):
            if i and argv[i - 1] in ("-o", "--output", "--csv") and not arg.startswith(str(tmp_path)):
                written[arg] = str(tmp_path / Path(arg).name)
        argv = [written.get(a, a) for a in argv]
        code, out, err = run(argv, capsys)
        for name, path in written.items():
            out = out.replace(path, name)
        assert err == "", f"{command}: says on stderr what the README does not show:\n{err}"
        assert code == (1 if argv[0] == "check" else 0), f"{command}: exit status {code}\n{out}"
        real = [masked(line.rstrip()) for line in out.rstrip("\n").split("\n")]
        shown = [masked(line) for line in shown]
        while shown and not shown[-1]:
            shown.pop()
        missing = Counter(n for line in shown for n in NUMBER.findall(line)) - Counter(NUMBER.findall("\n".join(real)))
        assert not missing, f"{command}: figures the README shows and the program does not: {sorted(missing)}\n{out}"
        assert matches(shown, real), f"{command}: the README shows\n" + "\n".join(shown) + "\n\nthe program says\n" \
            + "\n".join(real)


def _subset_mismatches(shown, real, where="") -> list[str]:
    if isinstance(shown, dict):
        if not isinstance(real, dict):
            return [f"{where}: an object in the README, {real!r} in the output"]
        out = []
        for key, value in shown.items():
            if key not in real:
                out.append(f"{where}/{key}: in the README, not in the output")
            else:
                out += _subset_mismatches(value, real[key], f"{where}/{key}")
        return out
    if isinstance(shown, list):
        if not isinstance(real, list) or len(shown) != len(real):
            return [f"{where}: {shown!r} in the README, {real!r} in the output"]
        return [m for i, (a, b) in enumerate(zip(shown, real, strict=True)) for m in _subset_mismatches(a, b, f"{where}/{i}")]
    return [] if (shown == real and type(shown) is type(real)) else [f"{where}: {shown!r} in the README, {real!r} in the output"]


def json_blocks() -> list[str]:
    return [body for lang, body in fenced(readme_text()) if lang == "json"]


def test_every_json_example_has_a_command_here():
    blocks = json_blocks()
    assert blocks
    for body in blocks:
        assert sum(key in body for key in JSON_EXAMPLES) == 1, f"say in JSON_EXAMPLES which command prints:\n{body}"


@pytest.mark.parametrize("key", sorted(JSON_EXAMPLES))
def test_json_example_is_the_real_output(key, monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    body = next(b for b in json_blocks() if key in b)
    shown = json.loads(re.sub(r",\s*\.\.\.", "", body))  # "..." leaves out the rest of an object
    code, out, err = run(shlex.split(JSON_EXAMPLES[key])[1:], capsys)
    assert code == 0 and err == "", err
    real = json.loads(out)
    assert not _subset_mismatches(shown, real), _subset_mismatches(shown, real)
    numbers = [float(n) for n in re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?", body)]
    real_numbers = {float(n) for n in re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?", json.dumps(real))}
    assert len(numbers) > 10 and set(numbers) <= real_numbers  # every figure shown was compared


def usage() -> list[str]:
    return [line for lang, body in fenced(readme_text()) if lang == "text" for line in usage_lines(body)]


def test_usage_blocks_are_found():
    commands = {line.split()[1] for line in usage()}
    assert {"tally", "check", "import", "release", "history", "export", "task-order", "report",
            "completion-report", "--version"} <= commands


@pytest.mark.parametrize("line", usage(), ids=lambda line: " ".join(line.split()[:2]))
def test_usage_options_exist(line, capsys):
    words = line.split()
    command = [] if words[1].startswith("-") else [words[1]]
    code, helptext, _ = run([*command, "--help"], capsys)
    assert code == 0
    options = set(re.findall(r"(?<![\w-])(--[a-z][\w-]*|-o)(?![\w-])", line))
    assert options or not command
    unknown = {o for o in options if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", helptext)}
    assert not unknown, f"{line}: not options of minedesk {' '.join(command)}: {sorted(unknown)}"


#: options the README shows that belong to other programs than minedesk
OTHER_PROGRAMS_OPTIONS = {"--count": "benchmarks/make_data.py", "--total-km2": "benchmarks/make_data.py",
                          "--truth": "benchmarks/make_data.py", "--user": "pip",
                          **{o: "packaging/build_plugin.py" for o in ("--config", "--email", "--homepage", "--release",
                                                                      "--repository", "--tracker")}}
SUBCOMMANDS = ("tally", "check", "import", "export", "release", "history", "open", "task-order", "completion-report",
               "report", "add-hazard")


def test_every_option_the_readme_names_exists(capsys):
    """Prose and tables name options too (``--category-value VALUE=CAT``, ``--link location`` ...)."""
    shown = set(re.findall(r"(?<![\w-])(--[a-z][\w-]*)", readme_text()))
    helptext = "".join(run([*command, "--help"], capsys)[1] for command in [[], *([c] for c in SUBCOMMANDS)])
    unknown = {o for o in shown - set(OTHER_PROGRAMS_OPTIONS)
               if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", helptext)}
    assert not unknown, f"the README names options no minedesk command has: {sorted(unknown)}"
    assert set(OTHER_PROGRAMS_OPTIONS) <= shown, "no longer in the README: take them out of OTHER_PROGRAMS_OPTIONS"
    make_data = (REPO / "benchmarks" / "make_data.py").read_text(encoding="utf-8")
    assert all(f'"{o}"' in make_data for o, where in OTHER_PROGRAMS_OPTIONS.items() if where.endswith("make_data.py"))
    build_plugin = (REPO / "packaging" / "build_plugin.py").read_text(encoding="utf-8")
    assert all(f'"{o}"' in build_plugin or f'f"--{{key}}"' in build_plugin
               for o, where in OTHER_PROGRAMS_OPTIONS.items() if where.endswith("build_plugin.py"))


def command_lines() -> list[str]:
    """Every command line of the README outside the examples and usage blocks this test runs."""
    text = readme_text()
    lines = []
    for lang, body in fenced(text):
        if lang == "sh":
            lines += [re.sub(r"\s+#.*", "", line).strip() for line in body.splitlines() if line.strip()]
        elif lang == "text":
            rest = [line for line in body.splitlines() if not line.startswith(("$ ", "minedesk ", " "))]
            lines += [line for line in rest if COMMAND_START.match(line)]
    return lines + inline_commands(text)


def test_every_command_line_is_run_or_says_why_not():
    lines = command_lines()
    assert len(lines) > 10
    unlisted = [line for line in lines if line not in NOT_RUN and line not in RUN_INLINE and line not in MENTIONS]
    assert not unlisted, f"run these in this test, or list them in NOT_RUN with the reason: {unlisted}"
    assert all(reason for reason in NOT_RUN.values())
    stale = (set(NOT_RUN) | RUN_INLINE | MENTIONS) - set(lines)
    assert not stale, f"no longer in the README: {sorted(stale)}"


def _table(out: str) -> list[str]:
    return out.split("\n")[1:]  # the figures, without the title (which names the files)


def test_inline_commands_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    import pyogrio

    done = set()
    # "the same numbers come from the command line" (Start here)
    code, by_district, err = run(["tally", f"{SAMPLE}/hazards.shp", "--releases", f"{SAMPLE}/clearance.shp",
                                  "--by", "district"], capsys)
    assert code == 0 and err == ""
    code, plain, _ = run(["tally", f"{SAMPLE}/hazards.shp", "--releases", f"{SAMPLE}/clearance.shp"], capsys)
    assert by_district.startswith(plain) and "\nDISTRICT " in by_district  # the column as the file names it
    done.add(f".venv/bin/minedesk tally {SAMPLE}/hazards.shp --releases {SAMPLE}/clearance.shp --by district")

    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "minedesk [FILE_OR_PROJECT ...]" in out and "--language" in out and "tally" in out
    done.add("minedesk --help")

    # both layers in one file: the sample as minefields.gpkg gives the sample's figures
    gpkg = tmp_path / "minefields.gpkg"
    for name, layer in (("hazards", "hazards"), ("clearance", "clearance")):
        meta, _, geometry, fields = pyogrio.raw.read(REPO / SAMPLE / f"{name}.shp")
        pyogrio.raw.write(gpkg, geometry, fields, list(meta["fields"]), driver="GPKG", layer=layer,
                          geometry_type="Unknown", crs=meta["crs"], append=layer != "hazards")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["tally", "minefields.gpkg", "--layer", "hazards", "--releases-layer", "clearance"], capsys)
    assert code == 0 and err == ""
    assert _table(out) == _table(plain)
    done.add("minedesk tally minefields.gpkg --layer hazards --releases-layer clearance")
    monkeypatch.chdir(REPO)

    code, out, _ = run(["--version"], capsys)
    assert code == 0 and re.fullmatch(r"minedesk \d+\.\d+\S*\n", out), out
    done.add("minedesk --version")

    code, out, _ = run(["task-order", "--help"], capsys)
    assert code == 0 and "--field" in out and "authority" in out and "Casualty evacuation" in out
    done.add("minedesk task-order --help")

    # the plugin zip, into tmp_path instead of dist/
    proc = subprocess.run([sys.executable, "packaging/build_plugin.py", "--out", str(tmp_path / "dist")],
                          capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    made = Path(proc.stdout.strip())
    assert made.parent == tmp_path / "dist" and re.fullmatch(r"minedesk_qgis-.+\.zip", made.name) and made.is_file()
    done.add(".venv/bin/python packaging/build_plugin.py")
    assert done == RUN_INLINE


# --------------------------------------------------------------------------- the dirty sample
def _features(path: Path):
    import pyogrio

    meta, _, geometry, fields = pyogrio.raw.read(path)
    return meta, list(geometry), [list(column) for column in fields]


def test_make_dirty_writes_the_committed_files(tmp_path):
    proc = subprocess.run([sys.executable, str(DIRTY / "make_dirty.py"), str(tmp_path)], capture_output=True,
                          text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    committed = sorted(p.name for p in DIRTY.iterdir() if p.is_file() and p.suffix != ".py")
    assert committed == sorted(p.name for p in tmp_path.iterdir())
    assert sum((DIRTY / name).stat().st_size for name in committed) < 8000  # a few kB
    for layer in ("hazards", "clearance"):
        meta, geometry, fields = _features(DIRTY / f"{layer}.shp")
        meta2, geometry2, fields2 = _features(tmp_path / f"{layer}.shp")
        assert meta["crs"] == meta2["crs"] == "EPSG:32638"
        assert list(meta["fields"]) == list(meta2["fields"]) and list(meta["dtypes"]) == list(meta2["dtypes"])
        assert geometry == geometry2, layer  # WKB, vertex for vertex
        for name, a, b in zip(meta["fields"], fields, fields2, strict=True):
            assert np.array_equal(np.asarray(a, dtype=object), np.asarray(b, dtype=object)), (layer, name)
    assert any(g is None for g in _features(DIRTY / "hazards.shp")[1])  # the null geometry survived the round trip
