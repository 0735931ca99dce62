"""The colours of hazards and released land, one place for the map, its legend and the charts.

Chosen to stay apart for readers with red-green colour blindness (deuteranopia, protanopia):
hues from ColorBrewer and Okabe-Ito's colour-blind-safe set, paired so that colours a red-green
blind eye confuses differ in lightness. tests/test_palette.py simulates both (Machado et al.
2009) and requires every pair a map shows together to stay distinct, as drawn over the map's
background with these opacities.

Values are (red, green, blue, alpha) on 0-255; no Qt here, so the reports and the QGIS plugin
can use them too.
"""

from __future__ import annotations

#: The map's background (a warm off-white).
MAP_BACKGROUND = (246, 244, 238)

#: Hazards by type: confirmed a dark red, suspected an orange (ColorBrewer RdYlBu).
HAZARD_TYPE = {"CHA": (178, 24, 43, 140), "SHA": (252, 141, 89, 140)}
#: A hazard of any other type, or outside the classes of the chosen column.
HAZARD_OTHER = (140, 140, 140, 100)

#: Released land by category: cleared green (ColorBrewer Dark2), reduced blue and cancelled
#: yellow (Okabe-Ito). Cleared is drawn over reduced over cancelled.
RELEASE = {"cleared": (102, 166, 30, 215), "reduced": (0, 114, 178, 215), "cancelled": (240, 228, 66, 215)}

#: Hazards by progress: nothing released (dark red), part (orange), all (neutral grey: nothing
#: left to do; the hazard is also outlined in green).
PROGRESS = {"not started": (178, 24, 43, 140), "in progress": (252, 141, 89, 140), "released": (153, 153, 153, 140)}
