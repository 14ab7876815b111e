"""A web page's meta line over the story: fields of who sent it, who wrote it and when.

The lines are written by us in the shapes agencies' sites print them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.transforms.bylines.page_meta import read_meta_line
from wirecopy.transforms.normalise import normalise
from wirecopy.transforms.story import Story

JUNE_3 = dt.date(2024, 6, 3)


@pytest.mark.parametrize(("line", "day", "agency", "people"), [
    ("ANI | Updated: Jun 03, 2024 10:32 IST", JUNE_3, "ANI", []),
    ("Source: Xinhua| 2024-06-03 10:32:15|Editor: huaxia", JUNE_3, "Xinhua", []),  # the desk's login names no one
    ("Source: Xinhua| 2024-06-03 10:32:15|Editor: Li Hua", JUNE_3, "Xinhua", ["Li Hua"]),
    ("Posted on June 3, 2024 by IANS", JUNE_3, "IANS", []),
    ("By QNX | Published: June 3, 2024 10:32 IST", JUNE_3, "QNX", []),
    ("Qarzen News Agency | June 3, 2024", JUNE_3, "Qarzen News Agency", []),
    ("June 3, 2024 | Qarzen News Agency", JUNE_3, "Qarzen News Agency", []),
    ("Published June 3, 2024 | By Jane Mbala", JUNE_3, None, ["Jane Mbala"]),
    ("Jane Mbala | June 3, 2024", JUNE_3, None, ["Jane Mbala"]),
    ("By Jane Mbala - June 3, 2024", JUNE_3, None, ["Jane Mbala"]),
    ("Jun 3, 2024 10:32 AM | Source: QNX", JUNE_3, "QNX", []),
    ("QNX | 3 June 2024 | 10:32", JUNE_3, "QNX", []),
    ("3 June 2024 • Jane Mbala • Qarzen Newswire", JUNE_3, "Qarzen Newswire", ["Jane Mbala"]),
    # The By-word of any language; a paper's name is the writer's employer, no agency, and no person.
    ("Qarzen Daily | Par Jeanne Dupont - 3 juin 2024", JUNE_3, None, ["Jeanne Dupont"]),
    ("By Jane Mbala | The Qarzen Times | June 3, 2024", JUNE_3, None, ["Jane Mbala"]),
    ("Oleh Siti Rahma | 3 Juni 2024", JUNE_3, None, ["Siti Rahma"]),
])
def test_page_meta_reads_each_field(line: str, day: dt.date, agency: str | None, people: list[str]) -> None:
    meta = read_meta_line(line)
    assert meta is not None
    assert (meta.day or meta.stamp.day) == day
    assert meta.agency == agency
    assert [p.name for p in meta.people] == people


@pytest.mark.parametrize("line", [
    "June 3, 2024",                                      # one field: a date line, read elsewhere
    "Council approves budget | Qarzen Times",            # a headline and its paper: no date
    "Sports | Football | Premier League",
    "The minister - who spoke on June 3, 2024 - said the talks would go on",  # a sentence
    "Prices | June 3, 2024 | up 5 percent",              # a field no reader knows
    "Newport Beach – October 11, 2016",                  # a place and its date: a dateline
    "Santa Ana, CA | June 3, 2024",
    "Home | News | June 3, 2024 | Lusaka council approves the budget after a long debate",
])
def test_page_meta_other_lines_are_none(line: str) -> None:
    assert read_meta_line(line) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=5).map(" | ".join))
def test_page_meta_never_raises(line: str) -> None:
    meta = read_meta_line(line)
    assert meta is None or meta.day is not None or meta.stamp is not None


@pytest.mark.parametrize("meta_line", [
    "ANI | Updated: Jun 03, 2024 10:32 IST", "Posted on June 3, 2024 by ANI", "Jun 3, 2024 10:32 AM | Source: ANI"])
def test_page_meta_dates_an_undated_lead_and_names_the_agency(meta_line: str) -> None:
    """Under a headline, over an undated dateline: the day the page prints dates it, even in a run given a
    reference date, and the agency the line names is the story's."""
    article = normalise(Story("text", 0, "Council approves budget",
                              f"{meta_line}\n\nLUSAKA - The council approved the budget on Friday."),
                        reference_date=dt.date(2024, 6, 20))
    assert (article.dateline.city, article.dateline.date, article.agency) == ("Lusaka", JUNE_3, "ANI")
    assert article.body.startswith("The council")
