"""Agate forms: teams and scorers told by the shape of the line."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.transforms.ner import entity_forms
from wirecopy.transforms.ner.entity_forms import form_spans

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


_AGATE_PIECES = st.sampled_from([
    "Lens", "Nantes", "Real Madrid", "x-DENVER", "1860 Munich", "ST LOUIS", "de", "Bologna", "Éire", " ", "  ", "\t",
    "\n", "0", "4", "12", "-3", "1330", " v ", " vs ", " AT ", "(4)", " (Japhet N'Doram 7, Wosz 89th)", "(", ")",
    ". ", ".", ": ", "; ", ";", ",", "said", "Attendance: 4,000", "Lens 0 Nantes 4", "Real Madrid 15 10 5 0",
    "Bologna (4) v Piacenza (13) 1330", "ST LOUIS AT CHICAGO", "Bochum 2 (Stickroth 30th pen) Bayer Leverkusen 2",
])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_AGATE_PIECES, max_size=30).map("".join))
def test_entity_forms_items_are_what_a_search_from_every_offset_finds(text: str) -> None:
    """Matching at the item starts gives the matches of _ITEM_START + pattern searched from every offset."""
    starts = entity_forms._item_starts(text)
    for regex in (entity_forms._RESULT_RE, entity_forms._STANDINGS_RE, entity_forms._FIXTURE_RE):
        searched = re.compile(entity_forms._ITEM_START + regex.pattern, regex.flags).finditer(text)
        assert [(m.span(), m.groupdict()) for m in searched] == [
            (m.span(), m.groupdict()) for m in entity_forms._items(regex, text, starts)]


RANKED = """Results of the women's downhill on Saturday:
1. Anna Verlinde (Norway) 1:41.20
2. Petra Solberg (Austria) 1:41.95
26= Mia Castell (Spain) 1:43.10
"""

RESULT_WITH_COUNTRIES = """Result of the cup final second leg on Friday:
Harbour Rovers (Ghana) 3 Sunfield (Togo) 1 (halftime 2-0)
Scorers:
Kofi Mensah 7, 56 penalty, Ato Quaye 24
"""


def test_entity_forms_ranked_rows_head_a_table_of_names() -> None:
    spans, _ = form_spans(RANKED)
    rows = [(RANKED[s.start:s.end], s.slot) for s in spans]
    assert rows == [("Anna Verlinde", entity_forms.ROW), ("Petra Solberg", entity_forms.ROW),
                    ("Mia Castell", entity_forms.ROW)]


def test_entity_forms_a_country_after_a_team_and_scorers_under_their_label() -> None:
    found, _ = _found(RESULT_WITH_COUNTRIES)
    assert found == [("Harbour Rovers", "ORG"), ("Sunfield", "ORG"), ("Kofi Mensah", "PERSON"),
                     ("Ato Quaye", "PERSON")]
