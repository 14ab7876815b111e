"""SVG charts of the report: time bins, axis tops, columns and sparklines drawn from counts."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from wirecopy.flows.report import charts

D = dt.date


@pytest.mark.parametrize("first, last, unit, bins, first_start", [
    (D(2024, 7, 5), D(2024, 7, 5), "day", 1, D(2024, 7, 5)),
    (D(2024, 7, 1), D(2024, 8, 31), "day", 62, D(2024, 7, 1)),
    (D(2024, 1, 2), D(2024, 9, 19), "week", 38, D(2024, 1, 1)),       # weeks start on Monday
    (D(2023, 11, 15), D(2026, 2, 1), "month", 28, D(2023, 11, 1)),
    (D(1987, 3, 1), D(2024, 9, 19), "year", 38, D(1987, 1, 1)),
])
def test_charts_bins_pick_a_unit_by_span(first: D, last: D, unit: str, bins: int, first_start: D) -> None:
    b = charts.Bins.covering(first, last)
    assert (b.unit, len(b.starts), b.starts[0]) == (unit, bins, first_start)
    assert b.index(first) == 0 and b.index(last) == len(b.starts) - 1


@pytest.mark.parametrize("day, index, label", [
    (D(2024, 1, 7), 0, "1 Jan"), (D(2024, 1, 8), 1, "8 Jan"), (D(2024, 7, 5), 26, "1 Jul"),
])
def test_charts_bins_index_and_label(day: D, index: int, label: str) -> None:
    b = charts.Bins.covering(D(2024, 1, 2), D(2024, 9, 19))
    assert b.index(day) == index and b.label(index) == label
    assert b.label(index, long=True) == f"week of {label} 2024"


@pytest.mark.parametrize("n, top", [(0, 1), (1, 1), (3, 5), (7, 10), (12, 20), (21, 25), (180, 200), (1001, 2000)])
def test_charts_nice_ceiling(n: int, top: int) -> None:
    assert charts.nice_ceiling(n) == top


def test_charts_stacked_columns_one_rect_per_nonzero_count() -> None:
    bins = charts.Bins.covering(D(2024, 7, 1), D(2024, 7, 4))
    svg = charts.stacked_columns({"AP": [2, 0, 1, 0], "Yonhap": [1, 1, 0, 0]},
                                 {"AP": "#111111", "Yonhap": "#222222"}, bins)
    rects = re.findall(r'<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="(#\d+)">', svg)
    assert len(rects) == 4
    # the tallest column holds 3, so the axis tops at 5: 224 px of plot, 44.8 px a story
    heights = sorted((fill, float(h)) for _, h, fill in rects)
    assert heights == [("#111111", 44.8), ("#111111", 89.6), ("#222222", 44.8), ("#222222", 44.8)]
    assert "AP · 1 Jul 2024: 2 stories" in svg and "Yonhap · 2 Jul 2024: 1 story" in svg


def test_charts_sparkline_marks_the_peak() -> None:
    svg = charts.sparkline([0, 3, 1, 0], title="NATO: stories per week")
    points = re.search(r'<polyline class="spark-line" points="([^"]+)"', svg)[1].split()
    assert len(points) == 4
    peak = re.search(r'<circle class="spark-dot" cx="([\d.]+)" cy="([\d.]+)"', svg)
    assert (peak[1], peak[2]) == tuple(points[1].split(","))
    assert "<title>NATO: stories per week</title>" in svg


def test_charts_bar_width_is_the_share_of_the_top() -> None:
    assert 'style="width:25.0%;background:red"' in charts.bar(1, 4, color="red")
