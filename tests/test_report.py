"""`wirecopy report` on a real seed run: the numbers, a self-contained page, and the page as Chromium draws it."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from wirecopy.flows.cli import app
from wirecopy.flows.report import page as report

pytestmark = pytest.mark.slow

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--virtual-time-budget=5000")
WIDTH = 1280
NOW = dt.datetime(2024, 10, 1, 12, 0, tzinfo=dt.timezone.utc)

# Appended to a copy of the page only (the report itself carries no script):
# what the browser laid out, written into the DOM for --dump-dom to carry out.
LAYOUT_PROBE = """<script>
const box = (el) => { const r = el.getBoundingClientRect(); return [r.width, r.height]; };
const map = document.querySelector('svg.map');
const facts = {
  scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
  height: document.documentElement.scrollHeight, map: box(map),
  points: [...map.querySelectorAll('circle.pt')].filter(c => { const [w, h] = box(c); return w > 4 && h > 4; }).length,
  columns: [...document.querySelectorAll('svg.chart rect')].filter(r => box(r)[1] > 0).length,
  sparks: [...document.querySelectorAll('svg.spark')].filter(s => box(s)[0] > 50).length,
  sections: [...document.querySelectorAll('h2')].map(h => [h.textContent, box(h.parentElement)[1]]),
  headline: getComputedStyle(document.querySelector('h1')).fontFamily,
};
const pre = document.createElement('pre');
pre.id = 'layout';
pre.textContent = JSON.stringify(facts);
document.body.append(pre);
</script>"""


class _Text(HTMLParser):
    """Visible text of a DOM dump (no style or script)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "script", "title")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script", "title")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Tests install nothing: `make browsers` (and CI's .ci/run) installs Debian's chromium.
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no `chromium` on PATH: `make browsers` installs it (Debian's package, needs root)")


def _chromium_run(binary: str, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="wirecopy-chromium-") as profile:
        return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def page(seed_warehouse: Path) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "report.html"
    report.write(seed_warehouse, target, now=NOW)
    return target


def test_report_gathers_real_numbers(seed_warehouse: Path) -> None:
    d = report.gather(seed_warehouse, now=NOW)
    assert d.stories == 4 and d.inputs == 7
    assert sorted(name for name, _ in d.agencies) == ["AFP", "AP", "Reuters", "Yonhap"]
    assert d.bins.unit == "week" and (d.first_day, d.last_day) == (dt.date(2024, 1, 2), dt.date(2024, 9, 19))
    assert {a: sum(c) for a, c in d.per_agency.items()} == {"AFP": 1, "AP": 1, "Reuters": 1, "Yonhap": 1}
    assert {(c, country) for c, _, country, _, _ in d.datelines} == {
        ("Brussels", "BE"), ("Chatham", "US"), ("London", "GB"), ("Paris", "FR")}
    people = {r.name: r for r in d.entities["People"]}
    assert people["Jens Stoltenberg"].stories == 1 and people["Jens Stoltenberg"].mentions >= 3
    assert sum(people["Jens Stoltenberg"].spark) == 1 and len(people["Jens Stoltenberg"].spark) == len(d.bins.starts)
    assert "North Atlantic Treaty Organization" in {r.name for r in d.entities["Organisations"]}
    assert {"Jane O'Brien", "Toby Chopra"} <= {name for name, *_ in d.bylines}
    assert [(reason, n) for reason, n, _, _ in d.rejects] == [("binary", 1), ("duplicate", 1), ("empty", 1)]
    assert d.runs == 1 and d.table_rows["articles"] == 4
    assert [(day, agency) for day, agency, *_ in d.latest] == [
        (dt.date(2024, 9, 19), "Reuters"), (dt.date(2024, 8, 29), "AP"),
        (dt.date(2024, 7, 5), "Yonhap"), (dt.date(2024, 1, 2), "AFP")]


@pytest.mark.parametrize("city, region, country, near, approximate", [
    ("Brussels", None, "BE", (50.85, 4.35), False),
    ("London", "England", "GB", (51.51, -0.13), False),
    ("Chatham", "Massachusetts", "US", (42.3, -71.4), True),   # too small for the gazetteer: the state's centre
])
def test_report_locates_datelines(city: str, region: str | None, country: str, near: tuple[float, float],
                                  approximate: bool) -> None:
    lat, lon, approx = report.locate(city, region, country)
    assert abs(lat - near[0]) < 1.0 and abs(lon - near[1]) < 1.0
    assert approx is approximate


def test_report_locate_unknown_place_is_none() -> None:
    assert report.locate("Xqzzyville", None, None) is None


def test_report_page_is_self_contained(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert not re.search(r"<script|<link|<iframe|<img|@import|url\(", html, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert 20_000 < len(html.encode()) < 400_000


@needs_chromium
def test_report_renders_in_chromium(page: Path, seed_warehouse: Path) -> None:
    chromium = CHROMIUM
    dom = _chromium_run(chromium, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    text = _visible_text(dom.stdout)
    for expected in (
        "What the wires filed", "4 stories from 4 agencies, datelines from 2 Jan 2024 to 19 Sep 2024",
        "Stories per week, by agency", "Where the datelines are", "Who and what is in the news",
        "Jens Stoltenberg", "North Atlantic Treaty Organization", "Brussels", "Chatham", "Massachusetts",
        "Jane O'Brien",
        "Rejected inputs", "3 of 7 inputs did not become a story", "binary", "duplicate", "empty",
        "Latest stories", "19 Sep 2024 Reuters Bank of England holds rates, signals caution on cuts London",
        "same bytes as ap-chatham-lobster.txt",
        "Hollow circles: towns too small for the gazetteer",
    ):
        assert expected in text, expected
    for agency in ("Yonhap", "AP", "Reuters", "AFP"):
        assert re.search(rf"{agency} 1\b", text), agency  # legend: name and count

    probe = page.with_name("report-layout.html")
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", LAYOUT_PROBE + "</body>"), encoding="utf-8")
    laid = _chromium_run(chromium, f"--window-size={WIDTH},900", "--allow-file-access-from-files",
                         "--dump-dom", probe.as_uri())
    facts = json.loads(html.unescape(re.search(r'<pre id="layout">(\{.*?)</pre>', laid.stdout, re.S)[1]))
    assert facts["scrollWidth"] <= facts["innerWidth"], "the page scrolls sideways"
    assert facts["map"][0] > 600 and facts["map"][1] > 250
    assert facts["points"] == 4
    assert facts["columns"] == 4
    assert facts["sparks"] == sum(len(v) for v in report.gather(seed_warehouse, now=NOW).entities.values()) >= 20
    assert all(height > 80 for _, height in facts["sections"]), facts["sections"]
    assert "Georgia" in facts["headline"] or "Serif" in facts["headline"]

    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    taken = _chromium_run(chromium, f"--window-size={WIDTH},{facts['height']}", f"--screenshot={shot}",
                          page.as_uri())
    assert taken.returncode == 0, taken.stderr[-2000:]
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (WIDTH, facts["height"])


def test_report_cli_writes_the_page(seed_warehouse: Path, tmp_path: Path) -> None:
    target = tmp_path / "r" / "report.html"
    result = CliRunner().invoke(app, ["report", "--out", str(seed_warehouse), "--html", str(target)])
    assert result.exit_code == 0, result.output
    assert "4 stories, 4 agencies, 4 dateline places" in result.output
    assert "What the wires filed" in target.read_text(encoding="utf-8")


def test_report_cli_missing_out_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", "--out", str(tmp_path / "none"), "--html", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "no warehouse" in result.output


def test_report_warehouse_with_only_rejects(seed_warehouse: Path, tmp_path: Path) -> None:
    from deltalake import write_deltalake

    import wirecopy

    out = tmp_path / "out"  # a warehouse of one Delta table, rejects
    write_deltalake(str(out / "rejects"), wirecopy.read_arrow(seed_warehouse, "rejects"), partition_by=["ingest_date"])
    d = report.gather(out, now=NOW)
    assert (d.stories, d.bins, d.datelines, d.latest) == (0, None, [], [])
    text = _visible_text(report.render(d))
    assert "No stories yet." in text and "3 of 3 inputs did not become a story" in text
    assert "0 stories from 0 agencies" in text
