"""The score report's pure parts (scripts/score_report.py) on synthetic gold and output rows we wrote."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from scripts.score_report import (
    DIMENSIONS,
    StoryScore,
    aggregate,
    format_table,
    in_held_back,
    score_story,
)


def _norm(value):
    """The same folding eval-dev's score.py applies (casefold, no accents, no dots or apostrophes)."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[.\u2019']", "", text.casefold())
    return re.sub(r"[\s\-_]+", " ", text).strip() or None


GOLD = {"file": "a1.txt", "source": "wire", "format": "text", "agency": "Kyodo", "city": "Tokyo",
        "city_alt": ["Edo"], "region": None, "country": "JP", "date": "2024-07-05", "no_dateline": None,
        "bylines": [{"name": "Aiko Sato", "role": "author"}, {"name": "Ken Mori", "role": "author"}]}


def test_score_report_story_right_on_every_dimension() -> None:
    article = {"dateline_city": "TOKYO", "dateline_country": "jp", "dateline_date": "2024-07-05",
               "agency": "kyodo", "article_id": "x"}
    story = score_story(GOLD, article, ["Aiko Sato", "Ken Mori"], _norm)
    assert story.checks == {"city": True, "region": None, "country": True, "date": True, "date_precision": True,
                            "date_coverage": True, "agency": True, "no_dateline": None}
    assert story.bylines == (2, 0, 0)
    assert (story.agency, story.format) == ("Kyodo", "text")


def test_score_report_story_wrong_or_missing() -> None:
    article = {"dateline_city": "Edo", "dateline_country": None, "dateline_date": "2026-07-05",
               "agency": "Jiji", "article_id": "x"}
    story = score_story(GOLD, article, ["Aiko Sato", "Tokyo Desk"], _norm)
    # an accepted local form counts; a wrong year is a wrong date but still a date given
    assert story.checks["city"] is True
    assert story.checks["country"] is False
    assert (story.checks["date"], story.checks["date_precision"], story.checks["date_coverage"]) == (False, False, True)
    assert story.checks["agency"] is False
    assert story.bylines == (1, 1, 1)


def test_score_report_story_without_date_is_not_a_wrong_date() -> None:
    article = {"dateline_city": None, "dateline_country": None, "dateline_date": None, "agency": None}
    story = score_story(GOLD, article, [], _norm)
    assert (story.checks["date"], story.checks["date_precision"], story.checks["date_coverage"]) == (False, None, False)
    missing = score_story(GOLD, None, None, _norm)
    assert missing.checks["city"] is False and missing.checks["date_precision"] is None
    assert missing.bylines == (0, 0, 2)


def test_score_report_no_dateline_and_unscored_bylines() -> None:
    gold = {"file": "c.txt", "source": "conll2003", "format": "txt", "agency": None, "city": None, "region": None,
            "country": None, "date": None, "no_dateline": True, "bylines": None}
    kept_empty = score_story(gold, {"dateline_city": ""}, None, _norm)
    misread = score_story(gold, {"dateline_city": "Quote"}, None, _norm)
    assert kept_empty.checks["no_dateline"] is True and misread.checks["no_dateline"] is False
    assert kept_empty.bylines is None
    assert kept_empty.agency == "(conll2003)"
    assert [d for d, v in kept_empty.checks.items() if v is not None] == ["no_dateline"]


def _story(agency: str, fmt: str, city: bool | None, date: bool | None, bylines) -> StoryScore:
    checks = dict.fromkeys(DIMENSIONS)
    checks.update(city=city, date=date)
    return StoryScore(f"{agency}-{fmt}-{city}-{date}", agency, fmt, checks, bylines)


def test_score_report_aggregates_per_group_and_overall() -> None:
    stories = [
        _story("TASS", "text", True, True, (1, 0, 0)),
        _story("TASS", "nitf", False, None, (0, 1, 1)),
        _story("Xinhua", "text", True, False, None),
    ]
    by_agency = aggregate(stories, lambda s: s.agency)
    assert set(by_agency) == {"ALL", "TASS", "Xinhua"}
    tass, everything = by_agency["TASS"], by_agency["ALL"]
    assert (tass.stories, tass.right["city"], tass.scored["city"]) == (2, 1, 2)
    assert (tass.scored["date"], tass.rate("date")) == (1, 1.0)
    assert tass.byline == [1, 1, 1]
    assert tass.byline_prf() == (0.5, 0.5, 0.5)
    assert (everything.stories, everything.rate("city"), everything.rate("date")) == (3, 2 / 3, 0.5)
    assert by_agency["Xinhua"].byline_prf() is None
    assert by_agency["Xinhua"].rate("region") is None
    by_format = aggregate(stories, lambda s: s.format)
    assert (by_format["text"].stories, by_format["nitf"].rate("city")) == (2, 0.0)


def test_score_report_table_shows_rates_with_their_counts() -> None:
    stories = [_story("TASS", "text", True, True, (1, 0, 0)), _story("TASS", "text", False, True, (1, 0, 1))]
    table = format_table("agency", aggregate(stories, lambda s: s.agency))
    lines = table.splitlines()
    assert lines[0].split()[:3] == ["agency", "stories", "city"]
    tass = next(line for line in lines if line.startswith("TASS"))
    assert "50.0 (2)" in tass and "100.0 (2)" in tass
    assert lines[-1].startswith("ALL")
    assert tass.split()[-3:] == ["1.000", "0.667", "0.800"]


def test_score_report_held_back_part_is_fixed() -> None:
    assert in_held_back("anything.txt", "TASS")
    names = [f"{i:04x}.txt" for i in range(400)]
    chosen = [n for n in names if in_held_back(n, "Reuters")]
    assert chosen == [n for n in names if in_held_back(n, "Xinhua")]  # the agency matters only for TASS
    assert 50 < len(chosen) < 110  # about one in five
    # the documented rule, pinned: the split must not move between runs or machines
    for name in names[:50]:
        assert in_held_back(name, None) == (int(hashlib.sha256(name.encode()).hexdigest(), 16) % 5 == 0)
