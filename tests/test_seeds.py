"""The plain-text seeds through the pure pipeline: hand-checked values, then golden files.

The seeds in structured formats are tested in test_formats.py.

Golden files pin everything else a seed produces; rewrite them with
`pytest tests/test_seeds.py --update-golden` and review the diff.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS, format_seeds
from wirecopy.flows.inputs.discover import read_manifest
from wirecopy.transforms.pipeline import parse_file

GOLDEN = Path(__file__).parent / "golden"
RECEIVED = read_manifest(SEEDS / "_received.tsv")
SEED_FILES = sorted(p.name for p in SEEDS.iterdir()
                    if p.is_file() and not p.name.startswith("_") and p not in format_seeds())


def _article(name: str):
    parsed = parse_file((SEEDS / name).read_bytes(), reference_date=RECEIVED[name])
    assert len(parsed.articles) == 1
    return parsed.articles[0]


@pytest.mark.parametrize(
    ("name", "agency", "city", "region", "country", "date", "people"),
    [
        ("yonhap-nato-korea-2024-07-05.txt", "Yonhap", "Brussels", None, "BE", dt.date(2024, 7, 5), []),
        ("ap-chatham-lobster.txt", "AP", "Chatham", "Massachusetts", "US", dt.date(2024, 8, 29),
         [("Jane O'Brien", "author"), ("Mark McDonald", "author")]),
        ("reuters-london-rates.txt", "Reuters", "London", None, "GB", dt.date(2024, 9, 19),
         [("David Milliken", "reporting"), ("Andy Bruce", "reporting"),
          ("Suban Abdulla", "additional_reporting"), ("Toby Chopra", "editing")]),
        ("afp-paris-heatwave.txt", "AFP", "Paris", None, "FR", dt.date(2024, 1, 2), []),
    ],
)
def test_seeds_expected_values(name, agency, city, region, country, date, people) -> None:
    a = _article(name)
    assert a.agency == agency
    assert (a.dateline.city, a.dateline.country, a.dateline.date) == (city, country, date)
    if region:
        assert a.dateline.region == region
    assert [(p.name, p.role) for p in a.byline.people] == people


def test_seeds_yonhap_body_is_clean() -> None:
    a = _article("yonhap-nato-korea-2024-07-05.txt")
    assert a.dateline.raw == "BRUSSELS, July 5 (Yonhap) --"
    assert a.body.startswith("The North Atlantic Treaty Organization (NATO) will discuss")
    assert "at NATO headquarters in Brussels." in a.body
    assert "(END)" not in a.body and "[email protected]" not in a.body
    assert a.byline.signoff is not None and a.byline.signoff.redacted
    assert a.body.count("\n\n") == 10  # twelve lines make eleven paragraphs: one was hard-wrapped


def test_seeds_reuters_locations_and_trailer_removed() -> None:
    a = _article("reuters-london-rates.txt")
    assert [p.location for p in a.byline.people[:2]] == ["London", "London"]
    assert "Reporting by" not in a.body and "Editing" not in a.body
    assert "kept interest rates on hold on Thursday and said" in a.body  # hard wrap rejoined


def test_seeds_afp_initials_signoff_removed() -> None:
    a = _article("afp-paris-heatwave.txt")
    assert a.byline.signoff is not None and a.byline.signoff.initials == "lb/jm"
    assert not a.body.rstrip().endswith("lb/jm")


def _snapshot(article) -> dict:
    d = article.dateline
    sent = article.transmission
    return {
        "headline": article.headline,
        "headline_raw": article.headline_raw,
        "markers": [[m.raw, m.kind, m.number] for m in article.markers],
        "agency": article.agency,
        "agency_source": article.agency_source,
        "notes": list(article.notes),
        "dateline": None if d is None else {
            "raw": d.raw, "places": list(d.places), "qualifier": d.qualifier, "city": d.city,
            "region": d.region, "country": d.country, "date": d.date.isoformat() if d.date else None,
            "form": d.form, "date_source": d.date_source, "timezone": d.timezone,
            "basis": d.place.basis if d.place else None,
        },
        "transmission": None if sent is None else {
            "raw": sent.raw, "utc": sent.utc.isoformat(), "local": sent.local.isoformat() if sent.local else None,
        },
        "people": [dataclasses.asdict(p) for p in article.byline.people],
        "signoff": article.byline.signoff.raw if article.byline.signoff else None,
        "body": article.body.split("\n\n"),
    }


@pytest.mark.parametrize("name", SEED_FILES)
def test_seeds_match_golden(name: str, request: pytest.FixtureRequest) -> None:
    got = _snapshot(_article(name))
    path = GOLDEN / f"{Path(name).stem}.json"
    if request.config.getoption("--update-golden"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with --update-golden and review it"
    assert got == json.loads(path.read_text(encoding="utf-8"))
