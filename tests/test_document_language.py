"""Task orders, completion reports and summaries in the operator's language (en, az, ru), read
back from the PDF with poppler's pdftotext: headings as typed, no English left in an az or ru
document, the language's numbers and month names, coordinates with a decimal point, English as a
second language when asked; from the command line and from the window."""

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtGui")

from conftest import SAMPLE  # noqa: E402
from minedesk.exchange import import_project  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PDFTOTEXT = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
HAZARD = "XCV-CHA-00005"
#: the translation contexts of the documents' words (report/*.py, and the core's field labels)
DOCUMENT_CONTEXTS = {"Documents", "TaskOrderDocument", "CompletionDocument", "SummaryDocument", "TaskMap",
                     "TaskOrderField", "TaskOrderSection", "ReleaseMethod"}


def pdf_text(pdf) -> str:
    data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
    return subprocess.run([PDFTOTEXT, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


def flat(text: str) -> str:
    """Lines joined, spaces collapsed; a no-break space (Russian's group separator) kept."""
    return re.sub(r"[ \t\r\n\f]+", " ", text).strip()


def document_words(lang: str) -> list[tuple[str, str]]:
    """(English source, translation) of every document word in the .ts file of ``lang``."""
    ts = (REPO / "resources" / "i18n" / f"minedesk_{lang}.ts").read_text(encoding="utf-8")
    pairs = []
    for context in re.findall(r"<context>(.*?)</context>", ts, flags=re.DOTALL):
        if re.search(r"<name>(.*?)</name>", context).group(1) not in DOCUMENT_CONTEXTS:
            continue
        for message in re.findall(r"<message>(.*?)</message>", context, flags=re.DOTALL):
            if "vanished" in message or "obsolete" in message:
                continue
            source = html.unescape(re.search(r"<source>(.*?)</source>", message, flags=re.DOTALL).group(1))
            translation = html.unescape(re.search(r"<translation[^>]*>(.*?)</translation>", message, flags=re.DOTALL).group(1))
            pairs.append((source, translation))
    return pairs


def english_left(text: str, lang: str) -> list[str]:
    """The English words and phrases of the documents' source strings found in ``text``: the
    pieces between placeholders, and every English word of 4 letters or more that no
    translation itself uses (MineDesk, WGS84, CASEVAC ... stay as they are)."""
    pairs = document_words(lang)
    kept = {w for _, tr in pairs for w in re.findall(r"[A-Za-z]{4,}", tr)}
    body = flat(text)
    found = []
    for source, translation in pairs:
        if source == translation:
            continue
        for piece in re.split(r"\{\d\}", source):
            piece = flat(piece).strip(" ·,:;()/-")
            if piece in translation or len(piece) < 3 or not re.search(r"[A-Za-z]{3}", piece):
                continue  # kept by the translation itself (MineDesk, EPSG, UTM E)
            if re.search(rf"(?<![A-Za-z]){re.escape(piece)}(?![A-Za-z])", body):
                found.append(piece)
    english = {w for s, t in pairs if s != t for w in re.findall(r"[A-Za-z]{4,}", s)} - kept
    found += sorted(english & set(re.findall(r"[A-Za-z]{4,}", body)))
    return found


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path, _ = import_project(tmp_path_factory.mktemp("lang") / "sample.gpkg", SAMPLE / "hazards.shp",
                             SAMPLE / "clearance.shp")
    return path


@pytest.fixture(scope="module")
def documents(project, tmp_path_factory):
    """A task order, its completion report and a summary by district, in each language."""
    from minedesk import cli

    out = tmp_path_factory.mktemp("documents")
    made = {}

    def run(*args):
        assert cli.main([str(a) for a in args]) == 0, args

    for lang in ("en", "az", "ru"):
        made["task", lang] = out / f"task-{lang}.pdf"
        run("task-order", project, "--hazard", HAZARD, "--field", "organisation=ADC",
            "--field", "benchmark=39.98, 46.93", "--language", lang, "-o", made["task", lang])
    made["task id"] = re.search(r"T-\d{4}-\d{4}", pdf_text(made["task", "en"]))[0]
    for lang in ("en", "az", "ru"):
        made["completion", lang] = out / f"completion-{lang}.pdf"
        run("completion-report", project, "--task", made["task id"], "--language", lang, "-o", made["completion", lang])
        made["summary", lang] = out / f"summary-{lang}.pdf"
        run("report", project, "--by", "DISTRICT", "--from", "2023-01-01", "--to", "2023-06-30", "--language", lang,
            "-o", made["summary", lang])
    return made


HEADINGS = {
    ("task", "az"): ["TAPŞIRIQ ƏMRİ", "Ərazilər", "Həndəsə", "Dönmə nöqtəsi (P: hissə, H: boşluq)", "Təhlükəsizlik", "İmzalar",
                     "Reper (BM)", "Azimut həqiqi", "səhifə 1 / 3"],
    ("task", "ru"): ["ЗАДАНИЕ", "Районы", "Геометрия", "Поворотные точки", "Безопасность", "Подписи", "Репер (BM)",
                     "Азимут истинный", "страница 1 из 3", "Участки к высвобождению"],
    ("completion", "az"): ["TAMAMLANMA HESABATI", "Azad edilmiş hissələr", "TƏHVİL-TƏSLİM AKTI",
                           "Torpaq sahibi və ya icma nümayəndəsi", "təmizlənmiş", "azad edilməmiş"],
    ("completion", "ru"): ["ОТЧЁТ О ЗАВЕРШЕНИИ РАБОТ", "Высвобожденные участки", "АКТ ПРИЁМА-ПЕРЕДАЧИ",
                           "Владелец земли или представитель общины", "очищено", "не высвобождено"],
    ("summary", "az"): ["TORPAQLARIN AZAD EDİLMƏSİ ÜZRƏ YEKUN", "Bütün ərazilər", "Qalan, ha",
                        "Dövr: 1 yanvar 2023 – 30 iyun 2023"],
    ("summary", "ru"): ["СВОДКА ПО ВЫСВОБОЖДЕНИЮ ЗЕМЕЛЬ", "Все районы", "Осталось, га",
                        "Период: 1 января 2023 – 30 июня 2023", "Гектары, высвобожденные за период, по категориям"],
}


@needs_poppler
@pytest.mark.parametrize("kind,lang", sorted(HEADINGS))
def test_azerbaijani_and_cyrillic_headings_extract_as_typed(documents, kind, lang):
    text = flat(pdf_text(documents[kind, lang]))
    for heading in HEADINGS[kind, lang]:
        assert heading in text, (kind, lang, heading)


@needs_poppler
@pytest.mark.parametrize("kind", ["task", "completion", "summary"])
@pytest.mark.parametrize("lang", ["az", "ru"])
def test_no_english_word_is_left_in_an_azerbaijani_or_russian_document(documents, kind, lang):
    text = pdf_text(documents[kind, lang])
    assert english_left(text, lang) == [], (kind, lang)
    # and the check can fail: the English document is full of them
    assert len(english_left(pdf_text(documents[kind, "en"]), lang)) > 10


def test_numbers_and_month_names_are_the_languages():
    from minedesk.report.words import Words

    assert Words("en").number(1234567.891, 2) == "1,234,567.89"
    assert Words("az").number(1234567.891, 2) == "1.234.567,89"
    assert Words("ru").number(1234567.891, 2) == "1\u00a0234\u00a0567,89"
    assert Words("ru").ha(25.95791) == "25,9579 га" and Words("az").ha(25.95791) == "25,9579 ha"
    assert Words("en").date("2026-06-15") == "15 June 2026"
    assert Words("az").date("2026-06-15") == "15 iyun 2026"
    assert Words("ru").date("2026-06-15") == "15 июня 2026"
    assert Words("ru").date("15.06.2026") == "15.06.2026"  # not ISO: as typed
    assert Words("ru", "en").translate("Documents", "Area ha") == "Площадь, га / Area ha"
    assert Words("ru", "ru").second is None


@needs_poppler
def test_a_russian_task_order_has_russian_figures_and_coordinates_with_a_decimal_point(project, documents):
    from minedesk.core.taskorder import TaskOrder, measure, task_hazard_rows
    from minedesk.exchange import open_source
    from minedesk.report.words import Words

    source = open_source(project, readonly=True)
    try:
        rows = task_hazard_rows(source, [HAZARD])
        (hazard,) = measure(source.engine, source.engine.meter, rows, TaskOrder("T-1", [HAZARD], {}))
    finally:
        source.close()
    ru, az = flat(pdf_text(documents["task", "ru"])), flat(pdf_text(documents["task", "az"]))
    area = hazard.area_m2 / 1e4
    assert f"{area:.4f}".replace(".", ",") in ru and f"{area:.4f}".replace(".", ",") in az
    # 259 579 and 259.579 (the Russian group separator, a no-break space, copies out of the PDF as a space)
    assert "\u00a0" in Words("ru").number(hazard.area_m2)
    assert Words("ru").number(hazard.area_m2).replace("\u00a0", " ") in ru and Words("az").number(hazard.area_m2) in az
    for tp in hazard.rings[0].points:  # typed back into a GPS receiver as printed
        printed = {f"{tp.lat:.6f}", f"{tp.lon:.6f}", str(int(tp.easting)), str(int(tp.northing))}  # no group separator
        assert printed <= set(ru.split(" ")) and printed <= set(az.split(" "))
    assert "39.980000° N, 46.930000° E" in ru  # the benchmark as the field team reads it back


@needs_poppler
def test_english_as_a_second_language_on_the_same_page(project, tmp_path, run_cli):
    out = tmp_path / "both.pdf"
    code, _, err = run_cli("task-order", project, "--hazard", HAZARD, "--language", "az", "--second-language", "en",
                           "-o", out)
    assert code == 0, err
    text = flat(pdf_text(out))
    for both in ("TAPŞIRIQ ƏMRİ / TASK ORDER", "Həndəsə / Geometry", "Təhlükəsizlik / Safety", "Sahə, ha / Area ha",
                 "Reper (BM) / Benchmark (BM)", "verilib", "issued"):
        assert both in text, both
    assert "Azimut həqiqi / Bearing true" in text


def test_a_document_language_the_cli_does_not_know_is_refused(project, tmp_path, run_cli):
    code, _, err = run_cli("report", project, "--language", "de", "-o", tmp_path / "x.pdf")
    assert code == 2 and "--language" in err and not (tmp_path / "x.pdf").exists()
    from minedesk.core.errors import InputError
    from minedesk.report.words import Words

    with pytest.raises(InputError, match="use one of en, az, ru"):
        Words("de")


@needs_poppler
def test_the_summary_table_headers_fit_their_columns_in_every_language(documents):
    """No header word overlaps another (the "Remaining ha" header once printed as "emaining ha"):
    word boxes read back with pdftotext -bbox."""
    for lang in ("en", "az", "ru"):
        data = Path(documents["summary", lang]).read_bytes()
        xml = subprocess.run([PDFTOTEXT, "-bbox", "-f", "1", "-l", "1", "-", "-"], input=data, capture_output=True,
                             check=True).stdout.decode()
        words = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', xml)]
        heading = {"en": "By", "az": "Qruplaşdırma:", "ru": "разрезе:"}[lang]
        top = max(y1 for _, _, _, y1, t in words if t == heading)
        table = [w for w in words if w[1] > top]
        assert len(table) > 100
        for i, a in enumerate(table):
            for b in table[i + 1:]:
                overlap_x = min(a[2], b[2]) - max(a[0], b[0])
                overlap_y = min(a[3], b[3]) - max(a[1], b[1])
                assert overlap_x <= 0.5 or overlap_y <= 0.5, (lang, a, b)


@needs_poppler
def test_the_window_prints_in_its_language_by_default_and_the_form_chooses(qtbot, project, documents, tmp_path):
    from minedesk.app.main import install_language, make_app
    from minedesk.app.paper import SummaryDialog, TaskOrderDialog, completion_report
    from minedesk.exchange import open_source

    app = make_app()
    source = open_source(project, readonly=True)
    try:
        for language, heading in (("az", "TAPŞIRIQ ƏMRİ"), ("ru", "ЗАДАНИЕ"), ("en", "TASK ORDER")):
            install_language(app, language)
            dialog = TaskOrderDialog(source, [HAZARD])
            qtbot.addWidget(dialog)
            assert dialog.language.currentData() == language
            assert flat(pdf_text(dialog.document().pdf_bytes())).startswith(heading)
        install_language(app, "az")
        dialog = TaskOrderDialog(source, [HAZARD])
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))  # the form's choice
        dialog.bilingual.setChecked(True)
        text = flat(pdf_text(dialog.document().pdf_bytes()))
        assert text.startswith("ЗАДАНИЕ") and "ЗАДАНИЕ / TASK ORDER" in text
        summary = SummaryDialog(source)
        qtbot.addWidget(summary)
        assert summary.language.currentData() == "az"
        assert "TORPAQLARIN AZAD EDİLMƏSİ ÜZRƏ YEKUN" in flat(pdf_text(summary.document().pdf_bytes()))
        summary.language.setCurrentIndex(summary.language.findData("en"))
        assert not summary.bilingual.isEnabled()
        assert "LAND RELEASE SUMMARY" in flat(pdf_text(summary.document().pdf_bytes()))
        install_language(app, "ru")  # the completion report has no form: the window's language
        assert completion_report(summary, source, documents["task id"], str(tmp_path / "done.pdf"))
        assert flat(pdf_text(tmp_path / "done.pdf")).startswith("ОТЧЁТ О ЗАВЕРШЕНИИ")
    finally:
        install_language(app, "en")
        source.close()
