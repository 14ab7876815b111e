"""The report's world map: Natural Earth outlines decoded, projected, framed around the datelines."""

from __future__ import annotations

import math
import re

import pytest

from wirecopy.flows.report import worldmap
from wirecopy.flows.report.worldmap import MapPoint


@pytest.mark.parametrize("lon, lat, x, y", [
    (0, 0, 0.0, 0.0),
    (180, 0, math.pi * 0.8707, 0.0),
    (-180, 0, -math.pi * 0.8707, 0.0),
    (0, 90, 0.0, 1.4224),   # the pole is a line, not a point, in this projection
])
def test_worldmap_natural_earth_projection(lon: float, lat: float, x: float, y: float) -> None:
    px, py = worldmap.natural_earth(lon, lat)
    assert px == pytest.approx(x, abs=1e-4) and py == pytest.approx(y, abs=1e-3)


def test_worldmap_countries_decoded_by_iso_code() -> None:
    shapes = worldmap.countries()
    assert {"FR", "US", "KR", "BE", "XK", "GB"} <= set(shapes)
    assert "Antarctica" not in shapes and "AQ" not in shapes
    lons = [lon for ring in shapes["FR"] for lon, _ in ring]
    lats = [lat for ring in shapes["BE"] for _, lat in ring]
    assert min(lats) > 49 and max(lats) < 52                      # Belgium where it is
    assert any(-62 < lon < -50 for lon in lons)                  # French Guiana belongs to FR


@pytest.mark.parametrize("code", ["FJ", "RU"])
def test_worldmap_rings_across_the_antimeridian_stay_whole(code: str) -> None:
    for ring in worldmap.countries()[code]:
        assert all(abs(a[0] - b[0]) < 180 for a, b in zip(ring, ring[1:]))


def test_worldmap_frame_zooms_to_nearby_points_and_keeps_them_inside() -> None:
    points = [MapPoint(4.35, 50.85, "Brussels", 3, "t"), MapPoint(2.35, 48.85, "Paris", 1, "t")]
    frame = worldmap.frame_for(points, 960, 480)
    for p in points:
        x, y = frame.px(p.lon, p.lat)
        assert 0 < x < 960 and 0 < y < 480
    west, _ = frame.px(-40, 50)
    assert west < 0                                               # zoomed: mid-Atlantic is off the frame


def test_worldmap_frame_shows_the_whole_world_for_spread_points() -> None:
    points = [MapPoint(-122.4, 37.8, "San Francisco", 1, "t"), MapPoint(151.2, -33.9, "Sydney", 1, "t")]
    frame = worldmap.frame_for(points, 960, 480)
    left, _ = frame.px(-180, 0)
    right, _ = frame.px(180, 0)
    assert left == pytest.approx(0, abs=0.5) and right == pytest.approx(960, abs=0.5)


def test_worldmap_svg_draws_points_labels_and_highlights() -> None:
    points = [MapPoint(4.35, 50.85, "Brussels", 3, "Brussels, Belgium: 3 stories"),
              MapPoint(-71.4, 42.3, "Chatham", 1, "Chatham: 1 story", approximate=True)]
    svg = worldmap.svg(points, highlight={"BE", "US"})
    assert len(re.findall(r'<circle class="pt"', svg)) == 1
    assert len(re.findall(r'<circle class="pt approx"', svg)) == 1
    assert ">Brussels</text>" in svg and ">Chatham</text>" in svg
    lit = svg.split('<g class="land lit">', 1)[1].split("</g>", 1)[0]
    assert sorted(re.findall(r"<title>(\w+)</title>", lit)) == ["BE", "US"]
    big, small = (float(r) for r in re.findall(r'r="([\d.]+)"', svg))
    assert big == 18.0 and small == pytest.approx(4 + 14 * math.sqrt(1 / 3), abs=0.05)
