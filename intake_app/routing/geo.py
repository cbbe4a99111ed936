"""The earth's radius and the centre of a set of places (ranking measures distances
inline, `routing.rank`; area names are compared with `domain.folding.area_key`)."""

from __future__ import annotations

from collections.abc import Iterable

EARTH_RADIUS_KM = 6371.0088


def centroid(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    pts = sorted(points)  # the same centre whatever order the directory came in
    if not pts:
        return None
    return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
