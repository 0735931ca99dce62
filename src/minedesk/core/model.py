"""The words of land release as data: hazards, releases, categories, devices.

Geometry is kept as shapely arrays in the layer's own CRS; attributes as numpy columns.
A *row* is a hazard's position in its :class:`HazardSet`; an *id* is what the officer calls it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
from pyproj import CRS


class Category(StrEnum):
    """How land was released, best first: where two overlap, the earlier one wins."""

    CLEARED = "cleared"
    REDUCED = "reduced"
    CANCELLED = "cancelled"



#: Release categories in order of precedence (cleared > reduced > cancelled).
CATEGORIES: tuple[Category, ...] = (Category.CLEARED, Category.REDUCED, Category.CANCELLED)

#: Device categories every tally reports, even when no layer counts them.
DEVICE_CATEGORIES: tuple[str, ...] = ("AP", "AT", "UXO", "IED")


@dataclass
class Layer:
    """One vector layer as read from a file, before any mapping or repair."""

    source: str  # what to call it in messages: the file, and the layer where it matters
    name: str
    crs: CRS
    geometry: np.ndarray  # shapely geometries or None, 2-D, in ``crs``
    fids: np.ndarray
    fields: dict[str, np.ndarray]
    notes: list = field(default_factory=list)  # Findings of the reader (e.g. a guessed encoding)

    def __len__(self) -> int:
        return len(self.geometry)


@dataclass
class HazardSet:
    """Hazardous areas (SHA/CHA) with usable geometry, in one CRS."""

    crs: CRS
    geometry: np.ndarray  # valid (Multi)Polygons
    ids: np.ndarray  # str per hazard: its hazard id, or a generated one (mapping.generated_hazard_id)
    attributes: dict[str, np.ndarray] = field(default_factory=dict)
    has_ids: bool = True
    source: str = ""
    mapped: dict[str, str] = field(default_factory=dict)  # role ("hazard_id" ...) -> column used
    fids: np.ndarray | None = None  # the feature ids of the source layer, row by row
    skipped: int = 0  # features of the source left out for want of a usable polygon (each one a finding)
    type_values: dict[str, str] = field(default_factory=dict)  # the mapping's words for SHA / CHA (a file's)

    def __len__(self) -> int:
        return len(self.geometry)


@dataclass
class ReleaseSet:
    """Released parts (cancelled / reduced / cleared) with the devices found in each."""

    crs: CRS
    geometry: np.ndarray  # valid (Multi)Polygons
    category: np.ndarray  # int8: index into CATEGORIES
    labels: np.ndarray  # str per release, for messages
    hazard_ids: np.ndarray | None = None  # str or None per release, when the layer has a link
    devices: dict[str, np.ndarray] = field(default_factory=dict)  # category -> int64 counts
    source: str = ""
    attributes: dict[str, np.ndarray] = field(default_factory=dict)  # the layer's columns, as read
    mapped: dict[str, str] = field(default_factory=dict)  # role ("category", "AP" ...) -> column used
    fids: np.ndarray | None = None  # the feature ids of the source layer, row by row

    def __len__(self) -> int:
        return len(self.geometry)
