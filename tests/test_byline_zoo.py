"""Pins every credit form of the byline zoo (tests/byline_zoo.py): one test per form.

The zoo is issue 19's never-seen-agency check for credits: forms seen in
public copy, documentation and code from some thirty agencies and every
native format, in stories we wrote. Each story goes through
`parse_file -> normalise` and must credit exactly the people listed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.byline_zoo import ALL, PRECISION, ZOO, ZooCredit, houses
from wirecopy.transforms.pipeline import parse_file

REF = dt.date(2024, 7, 6)


def _id(entry: ZooCredit) -> str:
    return f"{entry.house}:{entry.form}"


# Forms not read yet, each with why: strict, so a fix shows up as an
# unexpected pass and the entry must leave this table.
KNOWN_GAPS: dict[str, str] = {
    "Hürriyet:Given SURNAME over a column (family name in capitals)": (
        "the head walk (normalise.py, the lead's file) reads a bare name line only over a dateline or an"
        " outlet line; bylines.bare_credit_line reads this line by its print (family name in capitals) and"
        " waits to be called where no dateline follows"),
    "The Guardian:NAME in CITY as a bare line over the story": (
        "the head walk (normalise.py, the lead's file) reads a bare name line only over a dateline or an"
        " outlet line; bylines.bare_credit_line reads 'NAME in CITY' (a gazetteer place) and waits to be"
        " called"),
    "The Guardian:NAME and NAME in CITY as a bare line": (
        "the head walk (normalise.py, the lead's file) reads a bare name line only over a dateline or an"
        " outlet line; bylines.bare_credit_line reads 'NAME and NAME in CITY' and waits to be called"),
    "NZZ:NAME, CITY as a bare line over the story": (
        "the head walk (normalise.py, the lead's file) reads a bare name line only over a dateline or an"
        " outlet line; bylines.bare_credit_line reads 'NAME, CITY' (a gazetteer city) and waits to be called"),
    "Any:a title-case subheadline over the dateline": (
        "a title-case subheadline has a bare name's shape over the dateline; telling 'Harbour Reopens' from"
        " 'Jane Doe' needs a lexicon of English words, and none is installed"),
    "Any:a title-case Spanish subheadline over the dateline": (
        "the same shape in Spanish: 'Nuevas Rutas Aéreas' over the dateline reads as a bare name, and no"
        " lexicon tells it from 'Lucía Fernández'"),
    "ERR News:standfirst ending ', writes TITLE NAME.'": (
        "the credit stands inside the story's first sentence ('..., writes ERR News editor NAME.'); the head"
        " walk (normalise.py, not the credit readers) takes whole lines as credits, and this line must stay"
        " in the body while its writer is credited"),
}


def _marks(entry: ZooCredit) -> list:
    gap = KNOWN_GAPS.get(_id(entry))
    return [pytest.mark.xfail(strict=True, reason=f"not read yet: {gap}")] if gap else []


def credited(entry: ZooCredit) -> list[tuple[str | None, str]]:
    data = entry.text if entry.native else f"Zoo story\n\n{entry.text}\n"
    articles = parse_file(data.encode(), reference_date=REF).articles
    return [(p.name, p.role) for article in articles for p in article.byline.people]


@pytest.mark.parametrize("entry", [pytest.param(e, id=_id(e), marks=_marks(e)) for e in ALL])
def test_byline_zoo_credits_exactly_the_people(entry: ZooCredit) -> None:
    assert credited(entry) == list(entry.people), f"form from {entry.source}"


def test_byline_zoo_is_large_and_varied() -> None:
    assert len(ZOO) >= 40
    assert len(PRECISION) >= 12
    assert len(houses()) >= 25
    forms = {e.form.split(" ", 1)[0] for e in ZOO if e.native}
    assert {"NITF", "NewsML-G2", "NewsML", "ninjs", "ANPA", "IPTC"} <= forms


def test_byline_zoo_entries_name_a_source_and_unique_forms() -> None:
    assert all(e.source.strip() for e in ALL)
    ids = [_id(e) for e in ALL]
    assert len(ids) == len(set(ids))
