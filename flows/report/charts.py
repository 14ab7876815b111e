"""Small SVG charts for the report, drawn by hand: stacked columns, sparklines, bars.

Inline SVG keeps the report one self-contained file that opens offline in any
browser, with tooltips from <title> elements and no script at all.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from html import escape

# Muted, distinguishable on cream paper; agencies take them in order of volume.
PALETTE = ("#1f4e79", "#c8553d", "#2a9d8f", "#e9a23b", "#6d597a", "#7a9e3b",
           "#b56576", "#457b9d", "#8d6e63", "#5c677d")
OTHER = "#9aa0a6"


def nice_ceiling(n: float) -> int:
    """The next round number at or above N (1, 2, 5 x 10^k) for an axis top."""
    if n <= 1:
        return 1
    exp = 10 ** math.floor(math.log10(n))
    for step in (1, 2, 2.5, 5, 10):
        if n <= step * exp:
            return int(math.ceil(step * exp))
    return int(10 * exp)


@dataclass(frozen=True, slots=True)
class Bins:
    """Consecutive time bins covering a date range: day, week, month or year, by span."""

    unit: str                      # "day" | "week" | "month" | "year"
    starts: tuple[dt.date, ...]

    @classmethod
    def covering(cls, first: dt.date, last: dt.date) -> "Bins":
        span = (last - first).days
        if span <= 62:
            unit, start = "day", first
        elif span <= 400:
            unit, start = "week", first - dt.timedelta(days=first.weekday())
        elif span <= 8 * 366:
            unit, start = "month", first.replace(day=1)
        else:
            unit, start = "year", first.replace(month=1, day=1)
        starts = []
        while start <= last:
            starts.append(start)
            start = cls._next(unit, start)
        return cls(unit, tuple(starts))

    @staticmethod
    def _next(unit: str, d: dt.date) -> dt.date:
        if unit == "day":
            return d + dt.timedelta(days=1)
        if unit == "week":
            return d + dt.timedelta(days=7)
        if unit == "year":
            return d.replace(year=d.year + 1)
        return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)

    def index(self, d: dt.date) -> int:
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:  # last start <= d
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= d:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def label(self, i: int, *, long: bool = False) -> str:
        d = self.starts[i]
        if self.unit == "year":
            return str(d.year)
        if self.unit == "month":
            return d.strftime("%b %Y")
        text = f"{d.day} {d.strftime('%b')}"
        if long:
            text += f" {d.year}"
            if self.unit == "week":
                text = "week of " + text
        return text


def stacked_columns(series: dict[str, list[int]], colors: dict[str, str], bins: Bins, *,
                    width: int = 960, height: int = 260, nouns: tuple[str, str] = ("story", "stories")) -> str:
    """Columns per bin, one coloured segment per series (bottom: the biggest series)."""
    n = len(bins.starts)
    left, right, top, bottom = 36, 8, 10, 26
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(s[i] for s in series.values()) for i in range(n)]
    ymax = nice_ceiling(max(totals, default=0) or 1)
    step = plot_w / max(n, 1)
    bar = max(min(step * 0.78, 36), 1.5)
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="Stories per {bins.unit} by '
           f'agency">']
    for k in range(5):
        v = ymax * k / 4
        if k and v != int(v):
            continue
        y = top + plot_h - plot_h * v / ymax
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>'
                   f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{int(v)}</text>')
    for i in range(n):
        x = left + step * i + (step - bar) / 2
        y = top + plot_h
        for name, counts in series.items():
            c = counts[i]
            if not c:
                continue
            h = plot_h * c / ymax
            y -= h
            tip = f"{name} · {bins.label(i, long=True)}: {c} {nouns[c != 1]}"
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colors[name]}">'
                       f"<title>{escape(tip)}</title></rect>")
    every = max(1, math.ceil(n / max(plot_w // 70, 1)))
    for i in range(0, n, every):
        x = left + step * i + step / 2
        out.append(f'<text class="tick" x="{x:.1f}" y="{height - 8}" '
                   f'text-anchor="middle">{escape(bins.label(i))}</text>')
    out.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}"/></svg>')
    return "".join(out)


def sparkline(counts: list[int], *, width: int = 120, height: int = 26, title: str = "") -> str:
    """Counts per bin as a small filled line; the peak is marked."""
    n = len(counts)
    top = max(counts, default=0) or 1
    pad = 3
    if n == 1:
        xs = [width / 2]
    else:
        xs = [pad + (width - 2 * pad) * i / (n - 1) for i in range(n)]
    ys = [height - pad - (height - 2 * pad) * c / top for c in counts]
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys))
    area = f"{xs[0]:.1f},{height - pad} {line} {xs[-1]:.1f},{height - pad}"
    peak = max(range(n), key=lambda i: counts[i]) if n else 0
    return (
        f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">'
        f"<title>{escape(title)}</title>"
        f'<polygon class="spark-area" points="{area}"/><polyline class="spark-line" points="{line}"/>'
        f'<circle class="spark-dot" cx="{xs[peak]:.1f}" cy="{ys[peak]:.1f}" r="2.4"/></svg>'
    )


def bar(value: int, top: int, *, color: str | None = None) -> str:
    """A horizontal bar as a styled span: its width is the share of the top value."""
    share = 100 * value / top if top else 0
    style = f"width:{share:.1f}%" + (f";background:{color}" if color else "")
    return f'<span class="bar"><span style="{style}"></span></span>'
