"""Every word the window shows is translated: a string added to the code without its Azerbaijani
and Russian translation fails here (lupdate collects the sources into a copy of each .ts file)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_no_window_string_is_left_untranslated(tmp_path, lang):
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed (the gui extra)")
    script = (REPO / "packaging" / "update_translations.sh").read_text(encoding="utf-8")
    sources = re.search(r'lupdate" (.+?) -ts', script).group(1).split()
    files = sorted({str(p) for pattern in sources for p in REPO.glob(pattern)})
    assert len(files) > 10
    ts = tmp_path / f"minedesk_{lang}.ts"
    shutil.copy(REPO / "resources" / "i18n" / ts.name, ts)
    subprocess.run([str(LUPDATE), *files, "-ts", str(ts)], check=True, capture_output=True, cwd=REPO)
    text = ts.read_text(encoding="utf-8")
    messages = re.findall(r"<message>(.*?)</message>", text, flags=re.S)
    untranslated = [re.search(r"<source>(.*?)</source>", m, flags=re.S).group(1) for m in messages
                    if 'type="unfinished"' in m or "<translation></translation>" in m]
    assert not untranslated, f"translate these in resources/i18n/minedesk_{lang}.ts: {untranslated}"
    assert len(messages) > 150


# ------------------------------------------------------------------ the core's messages
def _ts_messages(lang: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every current entry of a .ts file."""
    from xml.etree import ElementTree as ET

    out = []
    for ctx in ET.parse(REPO / "resources" / "i18n" / f"minedesk_{lang}.ts").getroot():
        name = ctx.find("name").text
        for m in ctx.findall("message"):
            tr = m.find("translation")
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            out.append((name, m.find("source").text or "", tr.text or ""))
    return out


def test_every_core_message_is_a_template_and_collected():
    """A sentence the core says (an InputError, a finding, an undo label, a date or count refusal)
    made with an f-string or glued with + cannot be translated: the extractor lists it, and the
    collected file the .ts files are made from must be current."""
    proc = subprocess.run([sys.executable, str(REPO / "packaging" / "i18n" / "core_messages.py"), "--check"], check=False,
                          capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    from minedesk.app import core_messages

    assert len(core_messages.TEMPLATES) > 300
    from minedesk.core.commands import METHODS
    from minedesk.core.model import CATEGORIES
    from minedesk.core.schema import FINDING_KINDS
    from minedesk.core.taskorder import FIELDS, SECTIONS

    words = [*FINDING_KINDS, *(c.value for c in CATEGORIES)]
    assert not [w for w in words if w not in core_messages.TEMPLATES]
    for template in ("has no hazard {hazard_id!r}", "duplicate id", "Mark {hazard_id} {category}{devices}",
                     "no such file", "hazard {hazard} exists already"):
        assert template in core_messages.TEMPLATES
    # the words of a task order and the release methods are marked where they are defined, each in its
    # own context: the window's form and the printed documents look them up there
    data = {("ReleaseMethod", m) for m in METHODS} | {("TaskOrderField", label) for _, label, _ in FIELDS}
    data |= {("TaskOrderSection", s) for s in SECTIONS} | {("TaskOrderSection", s) for _, _, s in FIELDS}
    for lang in ("az", "ru"):
        translated = {(c, s) for c, s, t in _ts_messages(lang) if t}
        assert not sorted(data - translated), lang


def test_the_extractor_finds_a_message_made_on_the_fly(tmp_path, monkeypatch):
    """The check is real: an f-string given to InputError is reported."""
    sys.path.insert(0, str(REPO / "packaging" / "i18n"))
    try:
        import core_messages as extractor
    finally:
        sys.path.pop(0)
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "x.py").write_text('def f(p):\n    raise InputError(p, f"is {p}", "fix it")\n'
                                            'def g(p):\n    raise InputError(p, "has {n} rows", "fix it", n=3)\n')
    monkeypatch.setattr(extractor, "PACKAGE", tmp_path)
    monkeypatch.setattr(extractor, "SOURCES", ["core/*.py"])
    templates, problems = extractor.collect()
    assert "has {n} rows" in templates and "fix it" in templates
    assert len(problems) == 1 and "core/x.py:2" in problems[0]


FIELD = re.compile(r"\{(\w*)(![rsa])?(:[^{}]*)?\}")


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_translations_keep_the_fields_of_their_template(lang):
    """A translation that loses or renames a {field} would print the English instead (or fail)."""
    wrong = [(s, t) for _, s, t in _ts_messages(lang)
             if sorted(FIELD.findall(s)) != sorted(FIELD.findall(t))]
    assert not wrong, wrong


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_one_unit_word_for_hectares(lang):
    """Every text that says hectares says them with the one word the language uses (га, ha)."""
    messages = _ts_messages(lang)
    unit = next(t for c, s, t in messages if c == "units" and s == "ha")
    assert unit == {"az": "ha", "ru": "га"}[lang]
    other = {"az": "га", "ru": "ha"}[lang]
    with_ha = [(s, FIELD.sub("", t)) for _, s, t in messages if re.search(r"\bha\b", FIELD.sub("", s))]
    assert len(with_ha) > 10
    assert not [(s, t) for s, t in with_ha if not re.search(rf"(?<!\w){unit}(?!\w)", t) or re.search(rf"(?<!\w){other}(?!\w)", t)]


@pytest.fixture
def language():
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtWidgets import QApplication

    from minedesk.app.main import install_language, make_app

    app = QApplication.instance() or make_app()
    yield lambda lang: install_language(app, lang)
    install_language(app, "en")


def test_the_window_says_the_cores_messages_in_its_language(language, tmp_path):
    from minedesk import io
    from minedesk.app.messages import error_text, finding_detail, say
    from minedesk.core.commands import MarkReleased
    from minedesk.core.errors import InputError
    from minedesk.core.validation import Finding
    from minedesk.core.values import input_count

    missing = tmp_path / "нет.shp"
    with pytest.raises(InputError) as err:
        io.read_layer(missing)
    with pytest.raises(InputError) as count:
        input_count("-3", "AP found")
    label = MarkReleased("FZL-CHA-00001", "cleared", devices={"AP": 2})
    finding = Finding("H-1", "duplicate geometry", __import__("minedesk.core.errors").core.errors.Msg(
        "same shape as {value}", value="H-2"))
    stored = Finding("H-1", "duplicate geometry", "same shape as H-2")  # read back from a project: English only
    assert error_text(err.value) == err.value.message == f"{missing}: no such file; check the path"
    assert say(label.message) == label.label == "Mark FZL-CHA-00001 cleared, 2 AP"
    language("ru")
    assert error_text(err.value) == f"{missing}: нет такого файла; проверьте путь"
    from PySide6.QtCore import QLocale

    group = QLocale().groupSeparator()  # Russian grouping: a (no-break) space
    assert group.strip() == ""
    assert error_text(count.value) == f"AP found: '-3' отрицательно: это не количество; укажите целое число от 0 до 100{group}000"
    assert say(label.message) == "Отметить FZL-CHA-00001: очищено, 2 AP"
    assert finding_detail(finding) == finding_detail(stored) == "та же форма, что у H-2"
    assert err.value.message == f"{missing}: no such file; check the path"  # the CLI's line stays English
    language("az")
    assert error_text(err.value) == f"{missing}: belə fayl yoxdur; yolu yoxlayın"
    assert finding_detail(stored) == "H-2 ilə eyni forma"
    assert error_text(count.value).endswith("0-dan 100.000-ə qədər tam ədəd yazın")  # Azerbaijani grouping


@pytest.mark.parametrize(("lang", "cancel", "close"), [("ru", "Отмена", "Закрыть"), ("az", "Ləğv et", "Bağla")])
def test_standard_buttons_are_in_the_windows_language(language, lang, cancel, close):
    """Qt's own translation for Russian (qtbase_ru), MineDesk's for Azerbaijani (Qt has none)."""
    from PySide6.QtWidgets import QDialogButtonBox

    language(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    texts = {box.button(QDialogButtonBox.StandardButton.Cancel).text(), box.button(QDialogButtonBox.StandardButton.Close).text()}
    assert {t.replace("&", "") for t in texts} == {cancel, close}


def test_release_methods_are_shown_translated_and_stored_in_english(language):
    from minedesk.app.dialogs import ReleaseDialog

    language("ru")
    dialog = ReleaseDialog("x")
    shown = [dialog.method.itemText(i) for i in range(dialog.method.count())]
    assert "техническое обследование" in shown and "technical survey" not in shown
    dialog.method.setCurrentIndex(shown.index("техническое обследование"))
    assert dialog.values()["method"] == "technical survey"
    dialog.method.setCurrentText("металлоискатель и щуп")  # a method of the team's own words stays as typed
    assert dialog.values()["method"] == "металлоискатель и щуп"


def test_grouped_figures_follow_the_language_and_coordinates_keep_their_point():
    from minedesk.core.errors import Msg

    def ru_figure(text):
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", " ")

    said = Msg("{ha:,.2f} ha at x {x:.10g}, {n} times ({m:,})", ha=1234.5, x=671184.25, n=3, m=12000)
    assert str(said) == "1,234.50 ha at x 671184.25, 3 times (12,000)"
    assert said.render(number=ru_figure) == "1 234,50 ha at x 671184.25, 3 times (12 000)"
