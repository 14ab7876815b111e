"""Pins every lead form of the dateline zoo (tests/dateline_zoo.py): one test per form.

The zoo is the never-seen-agency check of issue 19: forms seen in public copy
from some 120 houses, in stories we wrote. A failure here names the form the
grammar does not read yet.
"""

from __future__ import annotations

import re

import pytest

from tests.dateline_zoo import NOT_DATELINES, ZOO, NotADateline, ZooLead, agency_houses
from wirecopy.transforms.knowledge import places
from wirecopy.transforms.leads.dateline import parse_dateline


def _id(entry: ZooLead) -> str:
    return f"{entry.house}:{entry.raw.splitlines()[0]}"


# Forms the grammar does not read yet, each with why: strict, so a fix shows
# up as an unexpected pass and the entry must leave this table.
KNOWN_GAPS: dict[str, str] = {
    'BxNews (Bronx):BRONX, NEW YORK, FEBRUARY 3-': "bench9: city 'Bronx' for 'The Bronx'",
    'PIA:NAVAL, Biliran (PIA) —': "bench5: country None for 'PH'; region None for 'Biliran'",
    'Kuensel:Samtse—': 'bench5: not read at all',
    'KRG:Erbil, Kurdistan Region, Iraq (GOV.KRD) -': "bench7: region None for 'Kurdistan Region'",
    'Newsday (Uganda):MASAKA-UGANDA/NEWSDAY:': 'bench7: not read at all',
    'Newsday (Uganda):LONDON-UNITED KINGDOM/NEWSDAY:': 'bench7: not read at all',
    'Newsday (Uganda):Masaka-Uganda/Newsday:': 'bench7: not read at all',
    'PNG Attitude:KIETA -': "bench7: country None for 'PG' (a town the gazetteer lacks; nothing names its country)",
    'The Morung Express (Dimapur):Mon, June 11 (MExN):': "bench17: city None for 'Mon'; country None for 'IN'",
    'Telediario (Multimedios):MÉXICO. –': "bench14: city 'Mexico' for None",
    'Línea Directa (Sinaloa):México.': "bench14: city 'Mexico' for None",
    'Puntland Post:Bosaso (PP Editorial) —': 'bench11: not read at all',
}

# Non-datelines the grammar still takes for one, each with why (strict, like KNOWN_GAPS).
KNOWN_FALSE_READS: dict[str, str] = {
    "aggregator source tag in square brackets run into the first sentence": (
        "bench18: the writers disagree: bench16 expects an aggregator's '[Monitor] A new report ...' to credit "
        "Monitor, bench18 that '[Nyasa Times] Police in ...' credits nobody; the grammar reads both as credits"),
}


def _marks(entry: ZooLead) -> list:
    gap = KNOWN_GAPS.get(_id(entry))
    return [pytest.mark.xfail(strict=True, reason=f"not read yet: {gap}")] if gap else []


@pytest.mark.parametrize("entry", [pytest.param(e, id=_id(e), marks=_marks(e)) for e in ZOO])
def test_dateline_zoo_reads_the_form(entry: ZooLead) -> None:
    found = parse_dateline(entry.text, reference_date=entry.ref, agency_hint=None)
    assert found is not None, f"not read as a dateline: {entry.text!r} (form from {entry.source})"
    got = {"raw": found.raw, "city": found.city, "country": found.country, "date": found.date,
           "agency": found.agency}
    want = {"raw": entry.raw, "city": entry.city, "country": entry.country, "date": entry.date,
            "agency": entry.agency}
    # Like eval-dev's gold, a region is checked where the lead or US usage gives one.
    if entry.region is not None:
        got["region"], want["region"] = found.region, entry.region
    assert got == want, f"form from {entry.source}"


def _false_read_marks(entry: NotADateline) -> list:
    why = KNOWN_FALSE_READS.get(entry.what)
    return [pytest.mark.xfail(strict=True, reason=f"still read: {why}")] if why else []


@pytest.mark.parametrize("entry", [pytest.param(e, id=e.what, marks=_false_read_marks(e)) for e in NOT_DATELINES])
def test_dateline_zoo_leaves_non_datelines_alone(entry: NotADateline) -> None:
    found = parse_dateline(entry.text, reference_date=entry.ref, agency_hint=None)
    assert found is None, f"read {found.raw!r} as a dateline in {entry.text!r}"


def test_dateline_zoo_covers_forty_agencies() -> None:
    assert len(agency_houses()) >= 40


def test_dateline_zoo_names_are_unique() -> None:
    ids = [_id(e) for e in ZOO]
    assert len(ids) == len(set(ids))
    assert len({e.what for e in NOT_DATELINES}) == len(NOT_DATELINES)
    assert set(KNOWN_GAPS) <= set(ids) and set(KNOWN_FALSE_READS) <= {e.what for e in NOT_DATELINES}


def test_dateline_zoo_expectations_are_consistent() -> None:
    """Every expected raw opens its story and leaves the lead sentence whole; every entry names a source."""
    for entry in ZOO:
        assert entry.text.startswith(entry.raw), entry.raw
        rest = entry.text[len(entry.raw):].strip()
        assert rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "'\"“‘«„¿¡", (entry.raw, rest[:20])
        assert entry.source.strip()
        if entry.city is None:
            # A country named where the city goes ("TONGA –") gives the country and no city.
            place = re.split(r"[,(\[]|\s[-–—]", entry.raw)[0].strip(" -–—:.")
            # A state where the city goes ("NEW MEXICO (KRQE) –") is the region too.
            assert entry.region in (None, places.normal_case(place)), entry.raw
            assert entry.country is None or places.is_qualifier(place), entry.raw


# Lines a story may carry over its lead that are not it (issue 19: standfirsts, slugs, corpus ids,
# date stamps, a By-line, also one with a typo), in our words.
_LINES_OVER_THE_LEAD = {
    "headline": "Council Backs New Budget\n\n",
    "headline and subheadline": "Council Backs New Budget\n\nThe plan now goes to the regional assembly for a vote\n\n",
    "By-line": "By Jane Doe\n\n",
    "By-line with a typo": "Byy Jane Doe\n",
    "date stamp": "05.07.2024 10:32\n",
    "slug": "BC-Budget-Plan,0412\n",
    "headline, By-line and title": "Council Backs New Budget\n\nBy Jane Doe\nSenior Correspondent\n\n",
    "updated line": "Updated: July 5, 2024 10:32 GMT\n\n",
    "kicker and headline": "EXCLUSIVE\nCouncil Backs New Budget\n\n",
    "headline in capitals": "COUNCIL BACKS NEW BUDGET\n",
}


@pytest.mark.parametrize("over", list(_LINES_OVER_THE_LEAD))
def test_dateline_zoo_forms_under_lines_that_are_not_the_lead(over: str) -> None:
    """Every zoo form the grammar reads, under each kind of line that is not the lead: the pipeline
    reads the same dateline as the grammar does at the top of the story."""
    from wirecopy.transforms.pipeline import parse_file

    missed = []
    for entry in ZOO:
        alone = parse_dateline(entry.text, reference_date=entry.ref)
        if alone is None:
            continue
        story = _LINES_OVER_THE_LEAD[over] + entry.text + "\n\nThe council meets again on Monday, officials said.\n"
        article = parse_file(story.encode(), reference_date=entry.ref).articles[0]
        if article.dateline is None or article.dateline.raw != alone.raw:
            missed.append((_id(entry), article.dateline.raw if article.dateline else None))
    assert missed == []


def test_dateline_zoo_forms_wrapped_at_sixty_columns() -> None:
    """Teleprinter and e-mail copy wraps its lines: a head broken by the wrap reads as it does whole."""
    import textwrap

    from wirecopy.transforms.pipeline import parse_file

    missed = []
    for entry in ZOO:
        alone = parse_dateline(entry.text, reference_date=entry.ref)
        if alone is None:
            continue
        wrapped = "\n\n".join(p if "\n" in p else "\n".join(textwrap.wrap(p, 60, break_on_hyphens=False))
                              for p in entry.text.split("\n\n"))
        article = parse_file(f"Council Backs New Budget\n\n{wrapped}\n".encode(), reference_date=entry.ref).articles[0]
        got = article.dateline
        if got is None or (got.city, got.agency, got.date) != (alone.city, alone.agency, alone.date):
            missed.append((_id(entry), got.raw if got else None))
    assert missed == []
