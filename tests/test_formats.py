"""Every format seed through the pure pipeline: hand-checked values, then golden files.

Golden files pin all a seed produces; rewrite them with
`pytest tests/test_formats.py --update-golden` and review the diff.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS, format_seeds, mutated
from wirecopy.transforms.errors import WireError
from wirecopy.transforms.formats import PARSERS, parse_stories
from wirecopy.transforms.pipeline import parse_file

GOLDEN = Path(__file__).parent / "golden"
FORMAT_SEEDS = [p.name for p in format_seeds()]


def _articles(name: str):
    return parse_file((SEEDS / name).read_bytes(), reference_date=None).articles


def test_formats_one_seed_per_format() -> None:
    formats = {a.story.source_format for name in FORMAT_SEEDS for a in _articles(name)}
    assert formats == {"iptc7901", "anpa1312", "newsml-g2", "newsml1", "nitf", "ninjs"}


@pytest.mark.parametrize(
    ("name", "index", "agency", "headline", "city", "country", "date", "people"),
    [
        ("iptc7901-dpa-rail-strike.txt", 0, "dpa", "Rail strike halts most long-distance trains in Germany",
         "Berlin", "DE", dt.date(2024, 12, 12), [("Anna Fischer", "author")]),
        ("anpa1312-ap-utah-wildfire.anpa", 0, "AP", "Wildfire forces evacuation of Utah mountain towns",
         "Park City", "US", dt.date(2024, 9, 14), [("Jane McAllister", "author"), ("Tom Reyes", "author")]),
        ("anpa1312-ap-utah-wildfire.anpa", 1, "AP", None, "Salt Lake City", "US", dt.date(2024, 9, 14), []),
        ("newsml-g2-reuters-singapore.xml", 0, "Reuters",
         "Singapore central bank holds policy steady, flags slower growth",
         "Singapore", "SG", dt.date(2025, 3, 12),
         [("Priya Raman", "author"), ("Daniel Goh", "additional_reporting"),
          ("Martin Hale", "editing")]),
        ("newsml1-afp-nairobi.xml", 0, "AFP", "Drought leaves three million Kenyans short of food, UN says",
         "Nairobi", "KE", dt.date(2025, 3, 11), [("Claire Dubois", "author")]),
        ("nitf-pa-manchester-trams.xml", 0, "PA", "Tram fares in Greater Manchester to be capped at £2",
         "Manchester", "GB", dt.date(2025, 1, 17), [("Oliver Grant", "author")]),
        ("ninjs-aap-sydney.json", 0, "AAP", "Sydney swelters as heatwave pushes power demand to record",
         "Sydney", "AU", dt.date(2025, 2, 3), [("Lucy Tran", "author")]),
    ],
)
def test_formats_seed_expected_values(name, index, agency, headline, city, country, date, people) -> None:
    article = next(a for a in _articles(name) if a.story.index == index)
    assert (article.agency, article.headline) == (agency, headline)
    assert (article.dateline.city, article.dateline.country, article.dateline.date) == (city, country, date)
    assert [(p.name, p.role) for p in article.byline.people] == people


def _snapshot(article) -> dict:
    story, d = article.story, article.dateline
    metadata = {
        f.name: getattr(story, f.name) for f in dataclasses.fields(story) if f.name not in {"text", "headline"}
    }
    return {
        "story": json.loads(json.dumps(metadata, default=str)),
        "headline": article.headline,
        "agency": article.agency,
        "dateline": None if d is None else {
            "raw": d.raw, "city": d.city, "region": d.region, "country": d.country,
            "date": d.date.isoformat() if d.date else None,
        },
        "people": [dataclasses.asdict(p) for p in article.byline.people],
        "signoff": article.byline.signoff.raw if article.byline.signoff else None,
        "body": article.body.split("\n\n"),
    }


@pytest.mark.parametrize("name", FORMAT_SEEDS)
def test_formats_seed_matches_golden(name: str, request: pytest.FixtureRequest) -> None:
    got = [_snapshot(a) for a in _articles(name)]
    path = GOLDEN / f"{Path(name).stem}.json"
    if request.config.getoption("--update-golden"):
        path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with --update-golden and review it"
    assert got == json.loads(path.read_text(encoding="utf-8"))


@given(st.sampled_from([(SEEDS / n).read_bytes() for n in FORMAT_SEEDS]).flatmap(mutated))
def test_formats_pipeline_never_raises_but_typed_errors_on_mutated_seeds(data: bytes) -> None:
    try:
        parsed = parse_file(data, reference_date=None)
    except WireError:
        return
    assert all(a.body.strip() for a in parsed.articles)


@given(st.sampled_from(sorted(PARSERS)), st.text(max_size=400))
def test_formats_every_parser_never_raises_but_typed_errors(fmt: str, text: str) -> None:
    try:
        stories = PARSERS[fmt](text)
    except WireError:
        return
    assert stories and all(s.text.strip() for s in stories)


@given(st.binary(max_size=600))
def test_formats_parse_stories_on_arbitrary_bytes(data: bytes) -> None:
    try:
        parse_stories(data.decode("latin-1"))
    except WireError:
        pass


@given(st.binary(max_size=800))
def test_formats_pipeline_on_arbitrary_bytes(data: bytes) -> None:
    try:
        parsed = parse_file(data, reference_date=None)
    except WireError:
        return
    assert parsed.articles
