"""Agate forms: teams and scorers told by the shape of the line."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transforms.entity_forms import form_spans

RESULTS = """Summaries of matches played on Saturday:
Northvale 2 (Okafor 30th pen, Lindqvist 89th) Port Meridian 2 (Brandt 18th, Ruiz 56th).
Halftime 1-1.
Attendance: 24,602
Eastfield Rovers 1 (Moreau 85th) 1899 Hollenbach 1 (Ivanic 8th).
Brazil 3 Portugal 1
"""

STANDINGS_RUN_TOGETHER = ("Standings after Sunday's games (tabulate under played, won, drawn, lost, points): "
                          "Northvale 15 10 5 0 35 Port Meridian 15 9 4 2 31 Eastfield Rovers 15 7 4 4 25")

FIXTURES = """Games on Sunday (league positions in parentheses):
Northvale (4) v Port Meridian (13) 1330
Eastfield Rovers (16) v Hollenbach (18) 1530
SOUTH BAY AT LAKESIDE
"""


def _found(text: str):
    spans, labels = form_spans(text)
    return [(text[s.start:s.end], s.label) for s in spans], [text[a:b] for a, b in labels]


def test_entity_forms_result_lines_name_teams_and_scorers() -> None:
    found, labels = _found(RESULTS)
    assert found == [
        ("Northvale", "ORG"), ("Okafor", "PERSON"), ("Lindqvist", "PERSON"), ("Port Meridian", "ORG"),
        ("Brandt", "PERSON"), ("Ruiz", "PERSON"), ("Eastfield Rovers", "ORG"), ("Moreau", "PERSON"),
        ("1899 Hollenbach", "ORG"), ("Ivanic", "PERSON"), ("Brazil", "GPE"), ("Portugal", "GPE"),
    ]
    assert labels == ["Halftime", "Attendance"]


def test_entity_forms_standings_rows_run_together_by_reflow() -> None:
    found, _ = _found(STANDINGS_RUN_TOGETHER)
    assert found == [("Northvale", "ORG"), ("Port Meridian", "ORG"), ("Eastfield Rovers", "ORG")]


def test_entity_forms_fixtures() -> None:
    found, _ = _found(FIXTURES)
    assert found == [("Northvale", "ORG"), ("Port Meridian", "ORG"), ("Eastfield Rovers", "ORG"),
                     ("Hollenbach", "ORG"), ("SOUTH BAY", "ORG"), ("LAKESIDE", "ORG")]


def test_entity_forms_one_stray_line_in_prose_is_not_a_table() -> None:
    text = "Prices rose. Acme 3 Globex 1 was the tally of new plants in the region, analysts said."
    assert _found(text) == ([], [])


def test_entity_forms_tables_outside_sports_are_not_teams() -> None:
    weather = "Temperatures on Monday (high, low, humidity):\nTokyo 31 24 77\nOsaka 33 25 70\nSapporo 25 17 80\n"
    assert _found(weather) == ([], [])


def test_entity_forms_prose_has_no_forms() -> None:
    text = ("NATO Secretary General Jens Stoltenberg said on Friday that 32 allies will meet in Washington. "
            "South Korea, Japan and Australia were invited for the third year.")
    assert _found(text) == ([], [])


@given(st.text(alphabet=st.sampled_from("Ab Cd Ef 1 23 ( ) v AT\n.,"), max_size=200))
def test_entity_forms_never_raise_and_spans_index_the_text(text: str) -> None:
    spans, labels = form_spans(text)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.label in ("ORG", "GPE", "PERSON")
    for a, b in labels:
        assert 0 <= a < b <= len(text)
