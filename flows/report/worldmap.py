"""A world map as inline SVG: Natural Earth outlines, Natural Earth projection, points on top.

The outlines are the 1:110m countries of Natural Earth as TopoJSON
(flows/report/data/countries-110m.json, see the README there), decoded here in a few
lines rather than with a GIS stack. The frame zooms to the points it shows
(never narrower than MIN_SPAN_DEG of longitude), so a desk that files from
Europe sees Europe, and a global one sees the world.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib import resources

MIN_SPAN_DEG = 50.0
WHOLE_WORLD_SHARE = 0.6
LAT_RANGE = (-56.0, 84.0)   # Antarctica is left out: no datelines there worth the ink


@dataclass(frozen=True, slots=True)
class MapPoint:
    lon: float
    lat: float
    label: str
    weight: int               # stories
    title: str                # tooltip text
    approximate: bool = False  # placed at a region's centre, not the city


def natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """Šavrič et al.'s Natural Earth projection; x right, y up, in radians-scale units."""
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


# ISO 3166-1 numeric ids that pycountry does not carry.
_NUMERIC_EXTRA = {"-99": None}
_NAME_CODES = {"Kosovo": "XK"}


@lru_cache(maxsize=1)
def countries() -> dict[str, list[list[tuple[float, float]]]]:
    """Country key (ISO alpha-2, else the name) -> rings of (lon, lat)."""
    import pycountry

    topo = json.loads(resources.files(__package__).joinpath("data/countries-110m.json").read_text())
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    shapes: dict[str, list[list[tuple[float, float]]]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        if name == "Antarctica":
            continue
        code = None
        if geometry.get("id") not in (None, *_NUMERIC_EXTRA):
            found = pycountry.countries.get(numeric=geometry["id"])
            code = found.alpha_2 if found else None
        key = code or _NAME_CODES.get(name) or name
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        shapes.setdefault(key, []).extend(_unwrap(ring(r)) for polygon in polygons for r in polygon)
    return shapes


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep a ring that crosses the antimeridian (Fiji, Chukotka) in one piece past ±180°,
    instead of a stroke across the whole map; the part past the edge is clipped."""
    out = [ring[0]]
    for lon, lat in ring[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        out.append((lon, lat))
    return out


@dataclass(frozen=True, slots=True)
class Frame:
    """Projected coordinates -> pixels for one map."""

    x0: float
    y1: float
    scale: float
    width: int
    height: int

    def px(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = natural_earth(lon, lat)
        return (x - self.x0) * self.scale, (self.y1 - y) * self.scale


def _window(lo: float, hi: float, span: float, world_lo: float, world_hi: float) -> float:
    """Start of a window of SPAN around [lo, hi], kept inside the world when it fits."""
    if span >= world_hi - world_lo:
        return (world_lo + world_hi - span) / 2
    start = (lo + hi - span) / 2
    return min(max(start, world_lo), world_hi - span)


def frame_for(points: list[MapPoint], width: int, height: int) -> Frame:
    """The smallest frame of the map's aspect that holds every point with a margin."""
    edge = [natural_earth(lon, lat) for lon in (-180, 180) for lat in (*LAT_RANGE, 0)]
    wx0, wx1 = min(x for x, _ in edge), max(x for x, _ in edge)
    wy0, wy1 = min(y for _, y in edge), max(y for _, y in edge)
    aspect = width / height
    if points:
        xy = [natural_earth(p.lon, p.lat) for p in points]
        x0, x1 = min(x for x, _ in xy), max(x for x, _ in xy)
        y0, y1 = min(y for _, y in xy), max(y for _, y in xy)
        span_x = max((x1 - x0) * 1.35, math.radians(MIN_SPAN_DEG) * 0.85)
        span_y = (y1 - y0) * 1.5
    else:
        x0, x1, y0, y1 = wx0, wx1, wy0, wy1
        span_x, span_y = wx1 - wx0, 0.0
    span_x = max(span_x, span_y * aspect)
    if span_x > WHOLE_WORLD_SHARE * (wx1 - wx0):  # most of the world anyway: show all of it
        span_x = wx1 - wx0
        x0, x1, y0, y1 = wx0, wx1, wy0, wy1
    span_y = span_x / aspect
    left = _window(x0, x1, span_x, wx0, wx1)
    bottom = _window(y0, y1, span_y, wy0, wy1)
    return Frame(x0=left, y1=bottom + span_y, scale=width / span_x, width=width, height=height)


def _path(rings: list[list[tuple[float, float]]], frame: Frame) -> str:
    parts = []
    for r in rings:
        pts = [frame.px(lon, lat) for lon, lat in r]
        if not any(-50 < x < frame.width + 50 and -50 < y < frame.height + 50 for x, y in pts):
            continue
        out, last = [], None
        for x, y in pts:
            q = (round(x, 1), round(y, 1))
            if q != last:
                out.append(f"{q[0]:g},{q[1]:g}")
                last = q
        if len(out) > 2:
            parts.append("M" + "L".join(out) + "Z")
    return "".join(parts)


def svg(points: list[MapPoint], *, highlight: set[str], width: int = 960, height: int = 480,
        max_labels: int = 12) -> str:
    """The map: land, HIGHLIGHT countries (ISO alpha-2) tinted, POINTS as circles sized by weight."""
    frame = frame_for(points, width, height)
    land, lit = [], []
    for key, rings in countries().items():
        d = _path(rings, frame)
        if d:
            (lit if key in highlight else land).append(f'<path d="{d}"><title>{escape(key)}</title></path>')
    top = max((p.weight for p in points), default=1)
    placed = []
    for p in sorted(points, key=lambda p: -p.weight):
        x, y = frame.px(p.lon, p.lat)
        placed.append((p, x, y, 4 + 14 * math.sqrt(p.weight / top)))
    taken = [(x - r, y - r, x + r, y + r) for _, x, y, r in placed]
    circles, labels = [], []
    for p, x, y, r in placed:
        cls = "pt approx" if p.approximate else "pt"
        circles.append(
            f'<circle class="{cls}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{escape(p.title)}</title></circle>')
        spot = _place_label(x, y, r, p.label, taken, frame) if len(labels) < max_labels else None
        if spot:
            lx, ly, anchor = spot
            labels.append(f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">{escape(p.label)}</text>')
    return (
        f'<svg class="map" viewBox="0 0 {width} {height}" role="img" aria-label="Map of datelines">'
        f'<path class="sea" d="{_outline(frame)}"/>'
        f'<g class="land">{"".join(land)}</g><g class="land lit">{"".join(lit)}</g>'
        f'<g class="points">{"".join(circles)}</g><g class="labels">{"".join(labels)}</g></svg>'
    )


def _outline(frame: Frame) -> str:
    """The edge of the projected world (the sea), cropped to LAT_RANGE."""
    lo, hi = LAT_RANGE
    steps = [lo + (hi - lo) * i / 40 for i in range(41)]
    edge = [(180.0, lat) for lat in steps] + [(-180.0, lat) for lat in reversed(steps)]
    pts = [frame.px(lon, lat) for lon, lat in edge]
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z"


def _place_label(x: float, y: float, r: float, text: str, taken: list[tuple[float, float, float, float]],
                 frame: Frame) -> tuple[float, float, str] | None:
    """Right, left, above or below the point: the first spot that overlaps no earlier label."""
    w, h = 7.2 * len(text) + 4, 16
    for lx, ly, anchor, box in (
        (x + r + 4, y + 5, "start", (x + r + 2, y - h / 2, x + r + 4 + w, y + h / 2)),
        (x - r - 4, y + 5, "end", (x - r - 4 - w, y - h / 2, x - r - 2, y + h / 2)),
        (x, y - r - 6, "middle", (x - w / 2, y - r - 6 - h, x + w / 2, y - r - 4)),
        (x, y + r + 16, "middle", (x - w / 2, y + r + 2, x + w / 2, y + r + 2 + h)),
    ):
        if box[0] < 0 or box[2] > frame.width or box[1] < 0 or box[3] > frame.height:
            continue
        own = (x - r, y - r, x + r, y + r)
        if all(t == own or box[2] < t[0] or box[0] > t[2] or box[3] < t[1] or box[1] > t[3] for t in taken):
            taken.append(box)
            return lx, ly, anchor
    return None
