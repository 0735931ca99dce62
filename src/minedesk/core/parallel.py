"""Run vectorised GEOS and PROJ work on every core.

GEOS (through shapely) and PROJ (through pyproj) release the GIL while they work, so
threads over slices of one array keep every core busy without copying data to processes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

WORKERS = max(1, min(os.cpu_count() or 1, 8))


def in_slices(fn: Callable, *arrays, min_size: int, slices_per_worker: int = 1) -> list:
    """``[fn(*slices) for each slice]`` of the arrays, on threads when they are big enough.

    Returns the results in order, one per slice (a single one when the arrays are small).
    More slices per worker even out slices that cost more than others.
    """
    n = len(arrays[0])
    if n < min_size or WORKERS == 1:
        return [fn(*arrays)]
    cuts = np.linspace(0, n, WORKERS * slices_per_worker + 1).astype(int)
    with ThreadPoolExecutor(WORKERS) as pool:
        return list(pool.map(lambda ab: fn(*(a[ab[0]:ab[1]] for a in arrays)), zip(cuts[:-1], cuts[1:])))
