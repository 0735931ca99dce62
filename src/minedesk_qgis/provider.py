"""Processing: ``minedesk:tally``, ``minedesk:check`` and ``minedesk:task_order``, for models,
batch runs, ``processing.run(...)`` and ``qgis_process``."""

from __future__ import annotations

import json
import os

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingProvider,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from minedesk.core.errors import InputError
from minedesk.core.mapping import FieldMapping, hazards_from_layer, parse_category, parse_hazard_type, releases_from_layer
from minedesk.core.model import DEVICE_CATEGORIES
from minedesk.core.tally import TallyEngine, tally_dict

from .bridge import EngineView, core_layer, issued_orders, record_order

#: MineDesk's icon, which the plugin zip carries (packaging/build_plugin.py); absent in the sources
ICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.svg")

#: The release categories the CATEGORY parameter offers after "(from the layer)": the core's words
#: (shown translated, read by their index)
CATEGORY_CHOICES = ["(from the layer)", "cleared", "reduced", "cancelled"]



class MineDeskAlgorithm(QgsProcessingAlgorithm):
    """What the MineDesk algorithms share: translation, a fresh instance of their own class, their
    group and icon, reading the HAZARDS and RELEASES layers, and stopping when cancelled.

    A run is cancelled between steps: after each layer is read and before anything is written
    (:meth:`stop_if_cancelled`), so a cancelled run raises and writes no table, no PDF and no
    task order entry."""

    def tr(self, text: str) -> str:
        """``text`` in QGIS's language: translated in the context of the class that writes it (the
        algorithm's own, or this base class), as lupdate collects ``self.tr`` into the .ts files."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text or cls is MineDeskAlgorithm:
                return translated
        return text

    def createInstance(self):
        return type(self)()

    def group(self):
        return self.tr("Land release")

    def groupId(self):
        return "land_release"

    def icon(self):
        return QIcon(ICON) if os.path.exists(ICON) else super().icon()

    def stop_if_cancelled(self, feedback, step: str) -> None:
        """Raise (a Processing error saying so) when the run was cancelled; ``step`` says where."""
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled {0}: nothing was written").format(step))

    def add_layer_parameters(self) -> None:
        """HAZARDS and the optional RELEASES, the inputs every MineDesk algorithm takes."""
        self.addParameter(QgsProcessingParameterFeatureSource("HAZARDS", self.tr("Hazard areas"),
                                                              [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource("RELEASES", self.tr("Released parts"),
                                                              [QgsProcessing.TypeVectorPolygon], optional=True))

    def read_layers(self, parameters, context, feedback):
        """The core Layers of HAZARDS and (optional) RELEASES, as read from QGIS.

        Every feature is read as it is, invalid ones too: MineDesk repairs them itself (a bow-tie keeps
        both lobes) and reports each one, where QGIS's default check would stop at the first or drop
        it without a word."""
        check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        try:
            hz = self.parameterAsSource(parameters, "HAZARDS", context)
            if hz is None:
                raise QgsProcessingException(self.tr("HAZARDS: no layer given"))
            hazards = core_layer(hz.getFeatures(), hz.fields(), hz.sourceCrs().toWkt(), hz.sourceName())
            self.stop_if_cancelled(feedback, self.tr("after reading the hazards"))
            releases = None
            if parameters.get("RELEASES"):
                rl = self.parameterAsSource(parameters, "RELEASES", context)
                if rl is not None:
                    releases = core_layer(rl.getFeatures(), rl.fields(), rl.sourceCrs().toWkt(), rl.sourceName())
                    self.stop_if_cancelled(feedback, self.tr("after reading the releases"))
            return hazards, releases
        finally:
            context.setInvalidGeometryCheck(check)

    def add_mapping_parameters(self) -> None:
        """Which field means what, the same for every MineDesk algorithm (the command line's
        mapping options): hazard ids on both layers, the release category (a field, or one category
        for every release), more words for the categories, and the device count fields."""
        self.addParameter(QgsProcessingParameterField("HAZARD_ID_FIELD", self.tr("Hazard id field (hazards)"),
                                                      parentLayerParameterName="HAZARDS", optional=True))
        self.addParameter(QgsProcessingParameterField("RELEASE_HAZARD_ID_FIELD", self.tr("Hazard id field (releases)"),
                                                      parentLayerParameterName="RELEASES", optional=True))
        self.addParameter(QgsProcessingParameterField("CATEGORY_FIELD", self.tr("Release category field"),
                                                      parentLayerParameterName="RELEASES", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "CATEGORY", self.tr("Category of every release (when the layer has none)"),
            options=[self.tr("(from the layer)"), self.tr("cleared"), self.tr("reduced"), self.tr("cancelled")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "CATEGORY_VALUES", self.tr("More category values (value=cleared;value=reduced;value=cancelled)"),
            optional=True))
        for device in DEVICE_CATEGORIES:
            self.addParameter(QgsProcessingParameterField(f"{device}_FIELD", self.tr("{0} count field").format(device),
                                                          parentLayerParameterName="RELEASES", optional=True))
        self.addParameter(QgsProcessingParameterField("TYPE_FIELD", self.tr("Hazard type field (SHA or CHA)"),
                                                      parentLayerParameterName="HAZARDS", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TYPE_VALUES", self.tr("More type values (value=SHA;value=CHA)"), optional=True))

    def mapping(self, parameters, context) -> FieldMapping:
        """The core's FieldMapping from the mapping parameters; its advice names these parameters."""
        def field(name):
            return self.parameterAsString(parameters, name, context) or None

        index = self.parameterAsEnum(parameters, "CATEGORY", context)
        values = {}
        for part in (self.parameterAsString(parameters, "CATEGORY_VALUES", context) or "").split(";"):
            if not part.strip():
                continue
            value, _, cat = part.partition("=")
            try:
                values[value.strip()] = parse_category(cat.strip())
            except ValueError as err:
                raise QgsProcessingException(self.tr("CATEGORY_VALUES: {0}").format(err)) from None
        types = {}
        for part in (self.parameterAsString(parameters, "TYPE_VALUES", context) or "").split(";"):
            if not part.strip():
                continue
            value, _, kind = part.partition("=")
            try:
                types[value.strip()] = parse_hazard_type(kind.strip())
            except ValueError as err:
                raise QgsProcessingException(self.tr("TYPE_VALUES: {0}").format(err)) from None
        return FieldMapping(
            type_field=field("TYPE_FIELD"), type_values=types,
            hazard_id=field("HAZARD_ID_FIELD"), release_hazard_id=field("RELEASE_HAZARD_ID_FIELD"),
            category_field=field("CATEGORY_FIELD"),
            category=parse_category(CATEGORY_CHOICES[index]) if index else None, category_values=values,
            devices={d: field(f"{d}_FIELD") for d in DEVICE_CATEGORIES if field(f"{d}_FIELD")},
            advice={"category": self.tr("give CATEGORY_FIELD, or CATEGORY (the category of every release)"),
                    "category_value": self.tr("map the value in CATEGORY_VALUES ({0}=cleared, reduced or "
                                              "cancelled)").format("{value}"),
                    "device": self.tr("correct the value or give another field in {0}").format(
                        ", ".join(f"{d}_FIELD" for d in DEVICE_CATEGORIES)),
                    "hazard_id": self.tr("give the id field in HAZARD_ID_FIELD if it has another name")})

    #: the command line's options the core's messages may name, and the parameter that sets each here
    PARAMETER_OF = {"--field": "FIELDS", "--simplify": "SIMPLIFY", "--category-value": "CATEGORY_VALUES",
                    "--category-field": "CATEGORY_FIELD", "--category": "CATEGORY", "--hazard-id": "HAZARD_ID_FIELD",
                    "--release-hazard-id": "RELEASE_HAZARD_ID_FIELD", "--type-field": "TYPE_FIELD",
                    "--type-value": "TYPE_VALUES"}

    def error(self, err: InputError) -> QgsProcessingException:
        """A core error as a Processing error naming this algorithm's parameters, not CLI options."""
        import re

        def named(text):
            return re.sub(r"--[a-z-]+", lambda m: self.PARAMETER_OF.get(m.group(0), m.group(0)), text or "")

        return QgsProcessingException(InputError(named(err.source) or None, named(err.problem),
                                                 named(err.hint)).message)

    def read_sets(self, parameters, context, feedback):
        """(HazardSet, ReleaseSet or None, findings): the layers read by the core's field rules,
        mapped by the mapping parameters (:meth:`mapping`)."""
        mapping = self.mapping(parameters, context)
        hazard_layer, release_layer = self.read_layers(parameters, context, feedback)
        try:
            hazards, findings = hazards_from_layer(hazard_layer, mapping)
            releases = None
            if release_layer is not None:
                releases, more = releases_from_layer(release_layer, mapping)
                findings += more
        except InputError as err:
            raise self.error(err) from None
        return hazards, releases, findings


class TallyAlgorithm(MineDeskAlgorithm):
    def name(self):
        return "tally"

    def displayName(self):
        return self.tr("Land-release tally")

    def shortHelpString(self):
        return self.tr("Hectares (geodesic, WGS84) of the hazards, released by category (cleared > reduced > "
                       "cancelled, clipped, overlaps once) and remaining, devices found; in all and per value of a "
                       "field. The JSON output is the object `minedesk tally --json` prints.")

    def initAlgorithm(self, config=None):
        self.add_layer_parameters()
        self.addParameter(QgsProcessingParameterField("GROUP_FIELD", self.tr("Group by field"),
                                                      parentLayerParameterName="HAZARDS", optional=True))
        self.add_mapping_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Tally table"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputString("JSON", self.tr("Tally (JSON)")))

    def processAlgorithm(self, parameters, context, feedback):
        hazards, releases, findings = self.read_sets(parameters, context, feedback)
        by = self.parameterAsString(parameters, "GROUP_FIELD", context) or None
        engine = TallyEngine(hazards, releases)
        findings += engine.warnings
        for f in findings:
            feedback.pushWarning(str(f))
        obj = tally_dict(engine, findings, by)
        fields = QgsFields()
        fields.append(QgsField("group", QVariant.String))
        fields.append(QgsField("hazards", QVariant.Int))
        for name in ("total_ha", "released_ha", "remaining_ha", "cleared_ha", "reduced_ha", "cancelled_ha"):
            fields.append(QgsField(name, QVariant.Double))
        for name in obj["devices"]:
            fields.append(QgsField(name, QVariant.Int))
        self.stop_if_cancelled(feedback, self.tr("before writing the tally table"))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry)
        rows = [("(all)", obj)] + list(obj.get("groups", {}).items())
        for key, t in rows:
            f = QgsFeature(fields)
            f.setAttributes([key, t["hazards"], t["total_ha"], t["released_ha"], t["remaining_ha"],
                             *t["released_by_category_ha"].values(), *t["devices"].values()])
            sink.addFeature(f)
        return {"OUTPUT": dest, "JSON": json.dumps(obj, ensure_ascii=False)}


class CheckAlgorithm(MineDeskAlgorithm):
    def name(self):
        return "check"

    def displayName(self):
        return self.tr("Data-quality check")

    def shortHelpString(self):
        return self.tr("What `minedesk check` lists, per feature: null, empty or invalid geometries and their repair, "
                       "fewer than 3 distinct points, duplicate ids, duplicate or near-duplicate shapes, consecutive "
                       "vertices implausibly far apart, reported areas (AREA_HA, AREA_M2 ...) that disagree with the "
                       "geodesic one, releases outside every hazard. The JSON output is the object `minedesk check "
                       "--json` prints.")

    def initAlgorithm(self, config=None):
        self.add_layer_parameters()
        self.add_mapping_parameters()
        self.addParameter(QgsProcessingParameterNumber("AREA_TOLERANCE", self.tr("Reported area tolerance (%)"),
                                                       QgsProcessingParameterNumber.Double, defaultValue=1.0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber("MAX_EDGE_M", self.tr("Longest plausible edge (m)"),
                                                       QgsProcessingParameterNumber.Double, defaultValue=10_000.0,
                                                       minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Findings"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("FINDINGS", self.tr("Number of findings")))
        self.addOutput(QgsProcessingOutputString("JSON", self.tr("Findings (JSON)")))

    def processAlgorithm(self, parameters, context, feedback):
        from minedesk.core.check import CheckOptions, check

        mapping = self.mapping(parameters, context)
        hazards, releases = self.read_layers(parameters, context, feedback)
        opts = CheckOptions(area_tolerance_pct=self.parameterAsDouble(parameters, "AREA_TOLERANCE", context),
                            max_edge_m=self.parameterAsDouble(parameters, "MAX_EDGE_M", context))
        try:
            result = check(hazards, releases, mapping, opts)
        except InputError as err:
            raise self.error(err) from None
        fields = QgsFields()
        for name in ("layer", "id", "kind", "detail"):
            fields.append(QgsField(name, QVariant.String))
        self.stop_if_cancelled(feedback, self.tr("before writing the findings"))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry)
        for layer, finding in result.findings:
            f = QgsFeature(fields)
            f.setAttributes([layer, finding.label, finding.kind, finding.detail])
            sink.addFeature(f)
            feedback.pushInfo(f"{layer}: {finding}")
        obj = {"clean": result.clean, "counts": result.counts(),
               "findings": [{"layer": src, "id": f.label, "kind": f.kind, "detail": f.detail} for src, f in result.findings]}
        return {"OUTPUT": dest, "FINDINGS": len(result.findings), "JSON": json.dumps(obj, ensure_ascii=False)}


class TaskOrderAlgorithm(MineDeskAlgorithm):
    def name(self):
        return "task_order"

    def displayName(self):
        return self.tr("Task order (PDF)")

    def shortHelpString(self):
        return self.tr("A task order PDF for hazards given by id: summary, task map, turning points in DD, DMS, UTM "
                       "and MGRS with bearings and distances, safety, quality, signatures. FIELDS: name=value;name=value.")

    def initAlgorithm(self, config=None):
        from minedesk.core.taskorder import MAX_TURNING_POINTS

        self.add_layer_parameters()
        self.add_mapping_parameters()
        self.addParameter(QgsProcessingParameterString("IDS", self.tr("Hazard ids (comma-separated)")))
        self.addParameter(QgsProcessingParameterString(
            "TASK_ID", self.tr("Task id (empty: the next free number of the year, T-YYYY-NNNN; an issued one: its next "
                               "version)"), optional=True))
        self.addParameter(QgsProcessingParameterString("FIELDS", self.tr("Fields (name=value;name=value)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "SIMPLIFY", self.tr("Simplify outlines for the document (m; for more than {0} turning points)").format(
                MAX_TURNING_POINTS), QgsProcessingParameterNumber.Double, optional=True, minValue=0.0))
        from minedesk.report.words import LANGUAGE_NAMES, LANGUAGES

        from .bridge import qgis_language

        self.addParameter(QgsProcessingParameterEnum(
            "LANGUAGE", self.tr("Language of the document"), options=[LANGUAGE_NAMES[c] for c in LANGUAGES],
            defaultValue=LANGUAGES.index(qgis_language())))
        self.addParameter(QgsProcessingParameterBoolean(
            "ENGLISH_TOO", self.tr("Also print the English text on the same page"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", self.tr("Task order PDF"), "PDF (*.pdf)"))

    def processAlgorithm(self, parameters, context, feedback):
        from minedesk.core.taskorder import order_to_issue
        from minedesk.report.taskorder import write_task_order
        from minedesk.report.words import LANGUAGES, Words

        hazards, releases, _ = self.read_sets(parameters, context, feedback)
        ids = [i.strip() for i in self.parameterAsString(parameters, "IDS", context).split(",") if i.strip()]
        raw = self.parameterAsString(parameters, "FIELDS", context) or ""
        fields = dict(part.split("=", 1) for part in raw.split(";") if "=" in part)
        out = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        simplify = self.parameterAsDouble(parameters, "SIMPLIFY", context) if parameters.get("SIMPLIFY") else None
        inputs = []  # the layers' files, never written over
        for key in ("HAZARDS", "RELEASES"):
            try:
                layer = self.parameterAsVectorLayer(parameters, key, context) if parameters.get(key) else None
            except Exception:  # noqa: BLE001 - a source that is no layer has no file to protect
                layer = None
            if layer is not None:
                inputs.append(layer.source().split("|")[0])
        try:
            project = context.project()
            issued = issued_orders(project) if project is not None else []
            task_id = self.parameterAsString(parameters, "TASK_ID", context).strip() or None
            order = order_to_issue(issued, ids, fields, task_id)
            self.stop_if_cancelled(feedback, self.tr("before writing the task order"))
            # Processing replaces its outputs (its own convention), never an input or a project
            language = LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]
            english_too = self.parameterAsBoolean(parameters, "ENGLISH_TOO", context) and language != "en"
            write_task_order(EngineView(TallyEngine(hazards, releases)), order, out, simplify_m=simplify or None,
                             words=Words(language, "en" if english_too else None), overwrite=True, inputs=inputs)
        except InputError as err:
            raise self.error(err) from None
        if project is not None:
            record_order(project, order)
        feedback.pushInfo(self.tr("Task order {0} version {1}").format(order.task_id, order.version))
        return {"OUTPUT": out}


class MineDeskProvider(QgsProcessingProvider):
    def id(self):
        return "minedesk"

    def name(self):
        return "MineDesk"

    def longName(self):
        return self.tr("MineDesk land-release tallies, data-quality check and task orders")

    def icon(self):
        return QIcon(ICON) if os.path.exists(ICON) else super().icon()

    def loadAlgorithms(self):
        self.addAlgorithm(TallyAlgorithm())
        self.addAlgorithm(CheckAlgorithm())
        self.addAlgorithm(TaskOrderAlgorithm())
