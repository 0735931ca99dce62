"""Issue 16, item 8: the plugin speaks QGIS's language (az, ru): its dock, dialogs, algorithm names,
parameters and help, from the application's own translation files (resources/i18n/*.ts, compiled
to .qm and carried in the zip), loaded through QTranslator under QGIS's PyQt5."""

import zipfile

import pytest

from conftest import REPO, SAMPLE

#: what each language must show (the .ts files hold the words; these are a few of them)
WORDS = {
    "ru": {"fields": "Поля...", "all": "Все районы", "ha": "га", "tally": "Итоги высвобождения земель",
           "group": "Высвобождение земель", "cleared": "очищено", "fields_title": "Поля MineDesk",
           "category_param": "Категория всех высвобождений (если в слое её нет)", "help": "Гектары опасных районов"},
    "az": {"fields": "Sahələr...", "all": "Bütün ərazilər", "ha": "ha", "tally": "Ərazilərin azad edilməsinin hesabı",
           "group": "Ərazilərin azad edilməsi", "cleared": "təmizlənmiş", "fields_title": "MineDesk sahələri",
           "category_param": "Bütün azadetmələrin kateqoriyası (layda belə sahə olmadıqda)",
           "help": "Təhlükəli ərazilərin hektarları"},
}


@pytest.fixture(params=["ru", "az"])
def speaking(request, qapp):
    """The plugin started in a QGIS whose locale is set to ``request.param`` (Settings > Options >
    General > Override system locale), unloaded and the locale reset afterwards."""
    import qgis.utils
    from qgis.core import QgsApplication, QgsProject, QgsSettings

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", {"ru": "ru_RU", "az": "az"}[request.param])
    assert QgsApplication.locale().startswith(request.param)
    assert qgis.utils.loadPlugin("minedesk_qgis") and qgis.utils.startPlugin("minedesk_qgis")
    QgsProject.instance().removeAllMapLayers()
    yield request.param, qgis.utils.plugins["minedesk_qgis"]
    QgsProject.instance().removeAllMapLayers()
    qgis.utils.unloadPlugin("minedesk_qgis")
    settings.setValue("locale/overrideFlag", False)
    settings.remove("locale/userLocale")


def test_the_dock_and_its_dialogs_speak_qgiss_language(speaking, qtbot):
    from qgis.core import QgsProject, QgsVectorLayer

    from minedesk_qgis.dock import FieldsDialog, MarkDialog, TallyDock

    lang, plugin = speaking
    words = WORDS[lang]
    assert plugin.translator is not None
    hz = QgsVectorLayer(str(SAMPLE / "hazards.shp"), "hazards", "ogr")
    rl = QgsVectorLayer(str(SAMPLE / "clearance.shp"), "clearance", "ogr")
    QgsProject.instance().addMapLayers([hz, rl])
    dock = TallyDock(None)
    qtbot.addWidget(dock)
    assert dock.fields_button.text() == words["fields"]
    text = dock.all_label.text()
    assert words["all"] in text and f" {words['ha']}<br>" in text and "hazards" not in text, text
    assert words["cleared"] in text  # the core's categories in the language too
    fields = FieldsDialog(hz, rl, dock)
    assert fields.windowTitle() == words["fields_title"]
    assert fields.category.itemText(1) == words["cleared"] and fields.category.itemData(1) == "cleared"
    mark = MarkDialog(dock)
    assert mark.category.currentText() == words["cleared"]
    assert mark.values()["category"] == "cleared"  # what is written into the layer: the core's word
    for dialog in (fields, mark):
        dialog.deleteLater()


def test_processing_speaks_qgiss_language(speaking):
    from qgis.core import QgsApplication

    lang, _ = speaking
    words = WORDS[lang]
    registry = QgsApplication.processingRegistry()
    tally = registry.algorithmById("minedesk:tally")
    assert tally.displayName() == words["tally"] and tally.group() == words["group"]
    assert tally.shortHelpString().startswith(words["help"])
    for alg_id in ("minedesk:tally", "minedesk:check", "minedesk:task_order"):
        alg = registry.algorithmById(alg_id)
        # the shared mapping parameters, written once in the base class, translated in every algorithm
        assert alg.parameterDefinition("CATEGORY").description() == words["category_param"], alg_id
        assert alg.parameterDefinition("CATEGORY").options()[1] == words["cleared"]
        assert alg.displayName() != {"minedesk:tally": "Land-release tally", "minedesk:check": "Data-quality check",
                                     "minedesk:task_order": "Task order (PDF)"}[alg_id]
    assert registry.providerById("minedesk").longName().startswith("MineDesk:")


def test_english_qgis_keeps_english_and_unloading_removes_the_translation(qapp):
    import qgis.utils
    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "en_US")
    try:
        assert qgis.utils.loadPlugin("minedesk_qgis") and qgis.utils.startPlugin("minedesk_qgis")
        assert qgis.utils.plugins["minedesk_qgis"].translator is None
        assert QgsApplication.processingRegistry().algorithmById("minedesk:tally").displayName() == "Land-release tally"
        qgis.utils.unloadPlugin("minedesk_qgis")
        settings.setValue("locale/userLocale", "ru_RU")
        assert qgis.utils.loadPlugin("minedesk_qgis") and qgis.utils.startPlugin("minedesk_qgis")
        assert QCoreApplication.translate("TallyDock", "Fields...") == "Поля..."
        qgis.utils.unloadPlugin("minedesk_qgis")
        assert QCoreApplication.translate("TallyDock", "Fields...") == "Fields..."  # nothing left behind
    finally:
        settings.setValue("locale/overrideFlag", False)
        settings.remove("locale/userLocale")


def test_the_zip_carries_the_applications_translations(qapp):
    with zipfile.ZipFile(qapp.minedesk_zip) as zf:
        for lang in ("az", "ru"):
            shipped = zf.read(f"minedesk_qgis/i18n/minedesk_{lang}.qm")
            assert shipped == (REPO / "resources" / "i18n" / f"minedesk_{lang}.qm").read_bytes()


def test_every_plugin_string_is_collected_into_the_translation_files():
    """lupdate reads the plugin's sources (packaging/update_translations.sh), so tests/test_translations.py
    fails on any plugin string left untranslated; and every tr() call is one lupdate can read (a literal)."""
    import re

    script = (REPO / "packaging" / "update_translations.sh").read_text(encoding="utf-8")
    assert "src/minedesk_qgis/*.py" in script
    for path in (REPO / "src" / "minedesk_qgis").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        calls = re.findall(r"(?<!def )\btr\(\s*([^)\s][^,)]*)", text)
        dynamic = [c for c in calls if not c.startswith(('"', "'"))]
        assert not dynamic, f"{path.name}: tr() of a non-literal cannot be collected: {dynamic}"
