"""The map's colours stay apart for colour-blind readers.

Each colour is taken as the map draws it (its opacity over the map's background; a release over
its hazard's fill), simulated as a reader with deuteranopia or protanopia sees it (Machado,
Oliveira and Fernandes 2009, full severity, on linear RGB), and compared in CIELAB: every two
colours the map shows together must differ by at least MIN_DELTA_E (CIE76), for normal vision
too. Tritanopia (rare) has a lower bar.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

pytest.importorskip("PySide6")

SIMULATIONS = {
    "normal vision": np.eye(3),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968],
                              [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868],
                            [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779],
                            [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
MIN_DELTA_E = {"normal vision": 15.0, "deuteranopia": 15.0, "protanopia": 15.0, "tritanopia": 10.0}


def _linear(rgb):
    c = np.asarray(rgb, dtype=float) / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(linear):
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ np.clip(linear, 0, 1)
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > (6 / 29) ** 3, np.cbrt(t), t / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def _over(color, under):
    """``color`` (a QColor with alpha) painted over the opaque RGB ``under``."""
    a = color.alpha() / 255
    return tuple(a * np.array([color.red(), color.green(), color.blue()]) + (1 - a) * np.asarray(under, dtype=float))


def _delta_e(rgb1, rgb2, vision: str) -> float:
    m = SIMULATIONS[vision]
    return float(np.linalg.norm(_lab(m @ _linear(rgb1)) - _lab(m @ _linear(rgb2))))


def _seen_together():
    """(what, rgb) pairs a map shows side by side, in each way of colouring hazards."""
    from minedesk.app.canvas import HAZARD_FILL, MAP_BACKGROUND, PROGRESS_FILL, RELEASE_FILL

    background = (MAP_BACKGROUND.red(), MAP_BACKGROUND.green(), MAP_BACKGROUND.blue())
    pairs = []
    for style, hazards in (("type", HAZARD_FILL), ("progress", PROGRESS_FILL)):
        drawn = {f"{style} {k}": _over(c, background) for k, c in hazards.items()}
        drawn |= {k: _over(c, background) for k, c in RELEASE_FILL.items()}  # the legend's swatches
        pairs += [((a, drawn[a]), (b, drawn[b])) for a, b in itertools.combinations(drawn, 2)]
        pairs += [((name, rgb), ("the map's background", background)) for name, rgb in drawn.items()]
        for k, c in hazards.items():  # a released part against the rest of its hazard
            hazard = _over(c, background)
            for cat, r in RELEASE_FILL.items():
                pairs.append(((f"{style} {k}", hazard), (f"{cat} over it", _over(r, hazard))))
    return pairs


@pytest.mark.parametrize("vision", list(SIMULATIONS))
def test_hazard_and_release_colours_stay_apart(vision):
    distances = sorted((_delta_e(a[1], b[1], vision), a[0], b[0]) for a, b in _seen_together())
    worst = distances[0]
    assert worst[0] >= MIN_DELTA_E[vision], (
        f"under {vision}, {worst[1]!r} and {worst[2]!r} differ by only {worst[0]:.1f} (CIE76 delta E)")


def test_the_simulation_tells_red_from_green_apart_only_with_normal_vision():
    """The check can fail: a red and a green of equal lightness merge under the simulations."""
    red, green = (200, 80, 60), (110, 130, 60)
    assert _delta_e(red, green, "normal vision") > 40
    assert _delta_e(red, green, "deuteranopia") < 10
    assert _delta_e(red, green, "protanopia") < 15


def test_the_map_takes_its_colours_from_the_palette():
    from minedesk.app.canvas import PROGRESS_FILL, RELEASE_FILL
    from minedesk.core import palette

    assert {k: c.getRgb() for k, c in RELEASE_FILL.items()} == palette.RELEASE
    assert {k: c.getRgb() for k, c in PROGRESS_FILL.items()} == palette.PROGRESS
