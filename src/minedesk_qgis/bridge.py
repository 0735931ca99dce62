"""QGIS layers in, MineDesk core objects out. Geometry is read through QGIS's data providers
and handed to the core unchanged (WKB), so the numbers equal ``minedesk tally`` on the same files."""

from __future__ import annotations

import json

import numpy as np
import shapely
from pyproj import CRS

from minedesk.core.errors import InputError
from minedesk.core.mapping import FieldMapping, hazards_from_layer, parse_category, releases_from_layer
from minedesk.core.model import Layer

MAPPING_KEY = "minedesk/mapping"


def core_layer(features, fields, crs_wkt: str, source: str) -> Layer:
    """A core :class:`Layer` from QGIS features (any iterable of QgsFeature)."""
    names = [f.name() for f in fields]
    fids, geoms, columns = [], [], {n: [] for n in names}
    for f in features:
        fids.append(f.id())
        g = f.geometry()
        geoms.append(None if g is None or g.isNull() else shapely.from_wkb(bytes(g.asWkb())))
        attrs = f.attributes()
        for n, v in zip(names, attrs):
            columns[n].append(None if v is None or _is_null(v) else v)
    geometry = np.array(geoms, dtype=object)
    if len(geometry):
        present = ~shapely.is_missing(geometry)
        geometry[present] = shapely.force_2d(geometry[present])
    return Layer(source=source, name=source, crs=CRS.from_wkt(crs_wkt), geometry=geometry,
                 fids=np.asarray(fids, dtype=np.int64),
                 fields={n: np.array(v, dtype=object) for n, v in columns.items()})


def _is_null(v) -> bool:
    return type(v).__name__ == "QVariant" and v.isNull()


def from_qgis_layer(layer, selected_only: bool = False) -> Layer:
    if layer.geometryType() != 2:  # QgsWkbTypes.PolygonGeometry
        raise InputError(layer.name(), "is not a polygon layer", "choose the layer of hazard or release areas")
    features = layer.getSelectedFeatures() if selected_only else layer.getFeatures()
    return core_layer(features, layer.fields(), layer.crs().toWkt(), layer.name())


def mapping_for(layer, advice: dict | None = None) -> FieldMapping:
    """The field mapping remembered with a layer (detected where nothing was set); ``advice``: the
    core's hints in the caller's words (:data:`minedesk.core.mapping.CLI_ADVICE`)."""
    raw = layer.customProperty(MAPPING_KEY) if layer is not None else None
    mapping = FieldMapping(advice=dict(advice or {}))
    if raw:
        data = json.loads(raw)
        for key in ("hazard_id", "release_hazard_id", "release_id", "category_field"):
            setattr(mapping, key, data.get(key) or None)
        if data.get("category"):
            mapping.category = parse_category(data["category"])
        mapping.devices = dict(data.get("devices", {}))
    return mapping


def remember_mapping(layer, **values) -> None:
    layer.setCustomProperty(MAPPING_KEY, json.dumps({k: v for k, v in values.items() if v}))


def read_sets(hazard_layer, release_layer=None, advice: dict | None = None):
    """(HazardSet, ReleaseSet or None, findings) for two QGIS layers (as filtered in QGIS)."""
    hazards, findings = hazards_from_layer(from_qgis_layer(hazard_layer), mapping_for(hazard_layer, advice))
    releases = None
    if release_layer is not None:
        releases, more = releases_from_layer(from_qgis_layer(release_layer), mapping_for(release_layer, advice))
        findings += more
    return hazards, releases, findings


class EngineView:  # a minedesk.core.taskorder.TaskSource
    """What the report layer asks of a project, served by a tally engine over QGIS layers."""

    def __init__(self, engine):
        self.engine = engine
        self.crs = engine.hazards.crs
        self.refresh()

    def refresh(self) -> None:
        """Follow hazards the engine gained, lost or renamed (a live edit in QGIS)."""
        alive = self.engine.alive
        self._rows = {str(h): i for i, h in enumerate(self.engine.hazards.ids) if alive[i]}

    def hazard_row(self, hazard_id: str) -> int:
        try:
            return self._rows[hazard_id]
        except KeyError:
            raise InputError(None, f"no hazard {hazard_id!r} in the layer", "check the ids") from None

    def hazard_ids(self) -> list[str]:
        return list(self._rows)


#: Where a QGIS project keeps the task orders issued from it (layers have no task order table).
ORDERS_SCOPE, ORDERS_KEY = "minedesk", "task_orders"


def issued_orders(project) -> list:
    """The task orders issued in this QGIS project (every version), for the core's numbering
    rule (:func:`minedesk.core.taskorder.order_to_issue`)."""
    from minedesk.core.taskorder import TaskOrder

    text, ok = project.readEntry(ORDERS_SCOPE, ORDERS_KEY, "[]")
    try:
        return [TaskOrder.from_row(row) for row in json.loads(text or "[]")] if ok else []
    except (ValueError, KeyError, TypeError):  # an entry damaged by hand: numbering starts again, never a crash
        return []


def record_order(project, order) -> None:
    """Keep an issued order with the QGIS project (saved with it, as QGIS saves its layers' styles)."""
    rows = [o.to_row() for o in issued_orders(project)] + [order.to_row()]
    project.writeEntry(ORDERS_SCOPE, ORDERS_KEY, json.dumps(rows, ensure_ascii=False))


def qgis_language() -> str:
    """The documents' language in QGIS: QGIS's own (its locale setting) when MineDesk prints in
    it (az, ru), else English."""
    from qgis.core import QgsSettings

    from minedesk.report.words import language_of_locale

    return language_of_locale(QgsSettings().value("locale/userLocale", "") or "")
