"""The README and docs/ point only at files the repository has, and nothing points outside it.

A newcomer follows the links; a reader of the code follows the notes it cites. Both must land
on a file of this repository: no link to a page that is not there, no note cited that only
lived beside the project (what the project relies on is written in docs/).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
CODE = re.compile(r"`([^`\n]+)`")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
MD_NAME = re.compile(r"(?<![\w/.-])((?:\.{1,2}/)*[\w.-]+(?:/[\w.-]+)*\.md)\b")
# files the benchmarks write when run (ignored by git): cited as outputs, not as documents
GENERATED = {"benchmarks/out/tally.md", "tally.md"}
# built in pieces so that this file does not name what it looks for
OUTSIDE = ("..", "/shared"), ("shared", "/docs")


def _docs() -> list[Path]:
    return [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]


def _inside(path: Path) -> bool:
    try:
        path.resolve().relative_to(REPO)
    except ValueError:
        return False
    return True


def _anchors(md: Path) -> set[str]:
    """GitHub's anchors for the headings of a Markdown file."""
    text = FENCE.sub("", md.read_text(encoding="utf-8"))
    out = set()
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        out.add(slug)
    return out


def _tracked() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the tracked files cannot be listed")
    return [REPO / name for name in out.decode().split("\0") if name]


def _text(path: Path) -> str | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if b"\0" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def test_every_relative_link_in_the_readme_and_docs_resolves():
    broken = []
    for md in _docs():
        text = md.read_text(encoding="utf-8")
        for target in LINK.findall(text):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):  # https:, mailto: ...
                continue
            path, _, anchor = target.partition("#")
            where = md if not path else (md.parent / path)
            if not _inside(where) or not where.exists():
                broken.append(f"{md.relative_to(REPO)}: {target} (no such file in the repository)")
            elif anchor and where.suffix == ".md" and anchor not in _anchors(where):
                broken.append(f"{md.relative_to(REPO)}: {target} (no heading #{anchor} there)")
    assert not broken, "\n".join(broken)


def test_every_docs_path_named_in_backticks_exists():
    missing = []
    for md in _docs():
        for code in CODE.findall(md.read_text(encoding="utf-8")):
            for word in code.split():
                word = word.strip(".,;:()")
                if word.startswith(("docs/", "../docs/")) or re.fullmatch(r"[\w.-]+\.md", word):
                    resolved = [p for p in (REPO / word, md.parent / word) if _inside(p) and p.exists()]
                    if not resolved:
                        missing.append(f"{md.relative_to(REPO)}: `{word}`")
    assert not missing, "\n".join(missing)


def test_every_markdown_file_cited_in_the_repository_exists():
    """A note cited by the code or the docs (docs/domain.md, a decision) is a file here, at the
    path given from the citing file or from the top of the repository."""
    missing = []
    for path in _tracked():
        text = _text(path)
        if text is None:
            continue
        for name in set(MD_NAME.findall(text)):
            if name in GENERATED:
                continue
            candidates = (path.parent / name, REPO / name)
            if not any(_inside(c) and c.is_file() for c in candidates):
                missing.append(f"{path.relative_to(REPO)}: {name}")
    assert not missing, "cited but not in the repository:\n" + "\n".join(sorted(missing))


def test_nothing_tracked_points_outside_the_repository():
    needles = ["".join(parts) for parts in OUTSIDE]
    found = []
    for path in _tracked():
        text = _text(path)
        if text is None:
            continue
        for n, line in enumerate(text.splitlines(), 1):
            if any(needle in line for needle in needles):
                found.append(f"{path.relative_to(REPO)}:{n}: {line.strip()[:100]}")
    assert not found, "\n".join(found)
