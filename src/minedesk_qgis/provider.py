"""Processing: ``minedesk:tally``, ``minedesk:check`` and ``minedesk:task_order``, for models,
batch runs, ``processing.run(...)`` and ``qgis_process``."""

from __future__ import annotations

import json

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
from qgis.PyQt.QtCore import QVariant

from minedesk.core.errors import InputError
from minedesk.core.mapping import FieldMapping, hazards_from_layer, parse_category, releases_from_layer
from minedesk.core.tally import TallyEngine, tally_dict

from .bridge import EngineView, core_layer, issued_orders, record_order

CATEGORY_CHOICES = ["(from the layer)", "cleared", "reduced", "cancelled"]


def _add_layer_parameters(alg) -> None:
    """HAZARDS and the optional RELEASES, the inputs every MineDesk algorithm takes."""
    alg.addParameter(QgsProcessingParameterFeatureSource("HAZARDS", "Hazard areas", [QgsProcessing.TypeVectorPolygon]))
    alg.addParameter(QgsProcessingParameterFeatureSource("RELEASES", "Released parts", [QgsProcessing.TypeVectorPolygon],
                                                         optional=True))


def _layers(alg, parameters, context):
    """The core Layers of HAZARDS and (optional) RELEASES, as read from QGIS.

    Every feature is read as it is, invalid ones too: MineDesk repairs them itself (a bow-tie keeps
    both lobes) and reports each one, where QGIS's default check would stop at the first or drop
    it without a word."""
    check = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    try:
        hz = alg.parameterAsSource(parameters, "HAZARDS", context)
        if hz is None:
            raise QgsProcessingException("HAZARDS: no layer given")
        rl = alg.parameterAsSource(parameters, "RELEASES", context) if parameters.get("RELEASES") else None
        return [None if src is None else core_layer(src.getFeatures(), src.fields(), src.sourceCrs().toWkt(),
                                                    src.sourceName()) for src in (hz, rl)]
    finally:
        context.setInvalidGeometryCheck(check)


def _sets(alg, parameters, context, category_index=0):
    hazard_layer, release_layer = _layers(alg, parameters, context)
    try:
        hazards, findings = hazards_from_layer(hazard_layer, FieldMapping())
        releases = None
        if release_layer is not None:
            mapping = FieldMapping(category=parse_category(CATEGORY_CHOICES[category_index]) if category_index else None)
            releases, more = releases_from_layer(release_layer, mapping)
            findings += more
    except InputError as err:
        raise QgsProcessingException(err.message) from None
    return hazards, releases, findings


class TallyAlgorithm(QgsProcessingAlgorithm):
    def name(self):
        return "tally"

    def displayName(self):
        return "Land-release tally"

    def shortHelpString(self):
        return ("Hectares (geodesic, WGS84) of the hazards, released by category (cleared > reduced > cancelled, "
                "clipped, overlaps once) and remaining, devices found; in all and per value of a field. The JSON "
                "output is the object `minedesk tally --json` prints.")

    def createInstance(self):
        return TallyAlgorithm()

    def initAlgorithm(self, config=None):
        _add_layer_parameters(self)
        self.addParameter(QgsProcessingParameterField("GROUP_FIELD", "Group by field", parentLayerParameterName="HAZARDS",
                                                      optional=True))
        self.addParameter(QgsProcessingParameterEnum("CATEGORY", "Category of every release (when the layer has none)",
                                                     options=CATEGORY_CHOICES, defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Tally table", QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputString("JSON", "Tally (JSON)"))

    def processAlgorithm(self, parameters, context, feedback):
        hazards, releases, findings = _sets(self, parameters, context, self.parameterAsEnum(parameters, "CATEGORY", context))
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
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry)
        rows = [("(all)", obj)] + list(obj.get("groups", {}).items())
        for key, t in rows:
            f = QgsFeature(fields)
            f.setAttributes([key, t["hazards"], t["total_ha"], t["released_ha"], t["remaining_ha"],
                             *t["released_by_category_ha"].values(), *t["devices"].values()])
            sink.addFeature(f)
        return {"OUTPUT": dest, "JSON": json.dumps(obj, ensure_ascii=False)}


class CheckAlgorithm(QgsProcessingAlgorithm):
    def name(self):
        return "check"

    def displayName(self):
        return "Data-quality check"

    def shortHelpString(self):
        return ("What `minedesk check` lists, per feature: null, empty or invalid geometries and their repair, "
                "fewer than 3 distinct points, duplicate ids, duplicate or near-duplicate shapes, consecutive "
                "vertices implausibly far apart, reported areas (AREA_HA, AREA_M2 ...) that disagree with the "
                "geodesic one, releases outside every hazard. The JSON output is the object `minedesk check "
                "--json` prints.")

    def createInstance(self):
        return CheckAlgorithm()

    def initAlgorithm(self, config=None):
        _add_layer_parameters(self)
        self.addParameter(QgsProcessingParameterNumber("AREA_TOLERANCE", "Reported area tolerance (%)",
                                                       QgsProcessingParameterNumber.Double, defaultValue=1.0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber("MAX_EDGE_M", "Longest plausible edge (m)",
                                                       QgsProcessingParameterNumber.Double, defaultValue=10_000.0,
                                                       minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Findings", QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("FINDINGS", "Number of findings"))
        self.addOutput(QgsProcessingOutputString("JSON", "Findings (JSON)"))

    def processAlgorithm(self, parameters, context, feedback):
        from minedesk.core.check import CheckOptions, check

        hazards, releases = _layers(self, parameters, context)
        opts = CheckOptions(area_tolerance_pct=self.parameterAsDouble(parameters, "AREA_TOLERANCE", context),
                            max_edge_m=self.parameterAsDouble(parameters, "MAX_EDGE_M", context))
        try:
            result = check(hazards, releases, FieldMapping(), opts)
        except InputError as err:
            raise QgsProcessingException(err.message) from None
        fields = QgsFields()
        for name in ("layer", "id", "kind", "detail"):
            fields.append(QgsField(name, QVariant.String))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry)
        for layer, finding in result.findings:
            f = QgsFeature(fields)
            f.setAttributes([layer, finding.label, finding.kind, finding.detail])
            sink.addFeature(f)
            feedback.pushInfo(f"{layer}: {finding}")
        obj = {"clean": result.clean, "counts": result.counts(),
               "findings": [{"layer": src, "id": f.label, "kind": f.kind, "detail": f.detail} for src, f in result.findings]}
        return {"OUTPUT": dest, "FINDINGS": len(result.findings), "JSON": json.dumps(obj, ensure_ascii=False)}


class TaskOrderAlgorithm(QgsProcessingAlgorithm):
    def name(self):
        return "task_order"

    def displayName(self):
        return "Task order (PDF)"

    def shortHelpString(self):
        return ("A task order PDF for hazards given by id: summary, task map, turning points in DD, DMS, UTM and "
                "MGRS with bearings and distances, safety, quality, signatures. FIELDS: name=value;name=value.")

    def createInstance(self):
        return TaskOrderAlgorithm()

    def initAlgorithm(self, config=None):
        _add_layer_parameters(self)
        self.addParameter(QgsProcessingParameterString("IDS", "Hazard ids (comma-separated)"))
        self.addParameter(QgsProcessingParameterString(
            "TASK_ID", "Task id (empty: the next free number of the year, T-YYYY-NNNN; an issued one: its next version)",
            optional=True))
        self.addParameter(QgsProcessingParameterString("FIELDS", "Fields (name=value;name=value)", optional=True))
        from minedesk.core.taskorder import MAX_TURNING_POINTS

        self.addParameter(QgsProcessingParameterNumber(
            "SIMPLIFY", f"Simplify outlines for the document (m; for more than {MAX_TURNING_POINTS} turning points)",
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", "Task order PDF", "PDF (*.pdf)"))

    def processAlgorithm(self, parameters, context, feedback):
        from minedesk.core.taskorder import order_to_issue
        from minedesk.report.taskorder import write_task_order

        hazards, releases, _ = _sets(self, parameters, context)
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
            # Processing replaces its outputs (its own convention), never an input or a project
            write_task_order(EngineView(TallyEngine(hazards, releases)), order, out, simplify_m=simplify or None,
                             overwrite=True, inputs=inputs)
        except InputError as err:
            raise QgsProcessingException(err.message) from None
        if project is not None:
            record_order(project, order)
        feedback.pushInfo(f"Task order {order.task_id} version {order.version}")
        return {"OUTPUT": out}


class MineDeskProvider(QgsProcessingProvider):
    def id(self):
        return "minedesk"

    def name(self):
        return "MineDesk"

    def longName(self):
        return "MineDesk land-release tallies, data-quality check and task orders"

    def loadAlgorithms(self):
        self.addAlgorithm(TallyAlgorithm())
        self.addAlgorithm(CheckAlgorithm())
        self.addAlgorithm(TaskOrderAlgorithm())
