"""Issue 22's classes of entities an editor would correct, on hand-built Docs (spacy.blank) with our own text.

Each Doc carries the wrong spans and labels a model gives; the rule layer
must correct them whatever model gave them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_entities import _found
from wirecopy.transforms.ner import entity_cues


def _rows(text: str, ents: list[tuple[str, str]], **kw) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.key) for m in _found(text, ents, **kw)]


@pytest.mark.parametrize(("text", "ents"), [
    ("Exports rose to 4.12 billion U.S. Dlrs in May from a year earlier.", [("U.S. Dlrs", "PERSON")]),
    ("The bank plans a 300 mln H.K. Dlr certificate of deposit issue.", [("H.K. Dlr", "PERSON")]),
    ("Issues in the Eurosterling market slowed as Euroyen bonds rallied.",
     [("Eurosterling", "ORG"), ("Euroyen", "ORG")]),
    ("The loan of 250 mln DEM was signed on Monday.", [("DEM", "ORG")]),
])
def test_entity_cues_amounts_are_never_entities(text: str, ents) -> None:
    assert _rows(text, ents) == []


def test_entity_cues_a_currency_unit_after_a_name_alone_is_not_enough() -> None:
    # "Dollar" ends the firm's name; no abbreviation or amount makes it a currency.
    assert entity_cues.is_amount("Family Dollar", "Shares of ", " rose") is False
    assert entity_cues.is_amount("DEM", "the ", " party said") is False


def test_entity_cues_a_name_after_a_person_and_of_is_where_the_person_works() -> None:
    rows = _rows('"The pound will slip," said Edwin Marsh of Harcourt Bellamy.',
                 [("Edwin Marsh", "PERSON"), ("Harcourt Bellamy", "PERSON")])
    assert [(t, label) for t, label, _ in rows] == [("Edwin Marsh", "PERSON"), ("Harcourt Bellamy", "ORG")]


@pytest.mark.parametrize(("text", "name", "model_label"), [
    ("Analysts at Quillfeather Ames expect a cut.", "Quillfeather Ames", "PERSON"),
    ("Dorrance Pike said in a note to clients that rates would rise.", "Dorrance Pike", "PERSON"),
    ("Shares of Velmora fell 3 pct after the results.", "Velmora", "GPE"),
    ("Trading in Pellinor, Ruritania's national airline, was suspended.", "Pellinor", "GPE"),
])
def test_entity_cues_a_firms_context_makes_an_org(text: str, name: str, model_label: str) -> None:
    rows = _rows(text, [(name, model_label)])
    assert (name, "ORG") in [(t, label) for t, label, _ in rows]


def test_entity_cues_a_place_stays_a_place_after_firm_words() -> None:
    # "analysts at" before a known city does not make a firm of it.
    rows = _rows("Analysts at Frankfurt expect a cut.", [("Frankfurt", "GPE")])
    assert [(t, label) for t, label, _ in rows] == [("Frankfurt", "GPE")]


@pytest.mark.parametrize(("text", "name", "model_label", "label"), [
    ("Han Do-yun, vice mayor of Seoripo, was named minister.", "Seoripo", "ORG", "GPE"),
    ("Most of the rebels are from the Mbandi tribe.", "Mbandi", "GPE", "NORP"),
    ("Rebels hold districts of the Kwele people.", "Kwele", "PERSON", "NORP"),
    ("The final was played at the Crescent stadium on Friday.", "Crescent", "ORG", "FAC"),
    ("The Standing Assembly of Delegates met on Monday.", "Standing Assembly of Delegates", "WORK_OF_ART", "ORG"),
])
def test_entity_cues_the_words_around_a_name_give_its_kind(text: str, name: str, model_label: str,
                                                           label: str) -> None:
    rows = _rows(text, [(name, model_label)])
    assert [(t, lab) for t, lab, _ in rows] == [(name, label)]


def test_entity_cues_a_work_of_art_that_is_an_organisation_loses_its_article() -> None:
    text = "The Grand People's Assembly (GPA) opened. The GPA voted on Friday."
    rows = _rows(text, [("The Grand People's Assembly (GPA", "WORK_OF_ART"), ("GPA", "ORG")])
    assert rows == [
        ("Grand People's Assembly", "ORG", "ORG:grand-people-s-assembly"),
        ("GPA", "ORG", "ORG:grand-people-s-assembly"),
        ("GPA", "ORG", "ORG:grand-people-s-assembly"),
    ]


@pytest.mark.parametrize(("printed", "span"), [
    ("the Union of Nine (U-9) met", "Union of Nine (U-9"),
    ("the Rubber Accord Council (RAC) met", "Rubber Accord Council (RAC"),
    ("Harwell (Strand) and others met", "Harwell (Strand"),
])
def test_entity_cues_a_span_never_ends_inside_a_bracket(printed: str, span: str) -> None:
    rows = _rows(printed, [(span, "ORG")])
    assert all("(" not in t and ")" not in t for t, _, _ in rows)
    assert rows[0][0] == span.split(" (")[0]


def test_entity_cues_an_acronym_in_brackets_carries_the_names_key_everywhere() -> None:
    text = "The Rubber Accord Council (RAC) met in May. Later the RAC said prices would hold."
    rows = _rows(text, [("Rubber Accord Council (RAC", "ORG"), ("RAC", "ORG")])
    assert rows == [
        ("Rubber Accord Council", "ORG", "ORG:rubber-accord-council"),
        ("RAC", "ORG", "ORG:rubber-accord-council"),
        ("RAC", "ORG", "ORG:rubber-accord-council"),
    ]


def test_entity_cues_initials_join_the_organisation_they_stand_for() -> None:
    text = "Northern Quarry Co PLC raised its bid. NQ said the offer was final."
    rows = _rows(text, [("Northern Quarry Co PLC", "ORG"), ("NQ", "PERSON")])
    assert rows == [("Northern Quarry Co PLC", "ORG", "ORG:northern-quarry-co-plc"),
                    ("NQ", "ORG", "ORG:northern-quarry-co-plc")]


def test_entity_cues_a_country_prefixed_name_finds_the_known_organisation() -> None:
    text = "Dealers said the U.S. Fed would hold. The Federal Reserve meets on Tuesday."
    rows = _rows(text, [("U.S. Fed", "ORG"), ("Federal Reserve", "ORG")])
    assert {key for _, _, key in rows} == {"ORG:federal-reserve"}


def test_entity_cues_a_countrys_state_body_is_two_mentions() -> None:
    text = "A UK Department of Fisheries spokesman declined to comment."
    rows = _rows(text, [("UK Department of Fisheries", "ORG")])
    assert [(t, label) for t, label, _ in rows] == [("UK", "GPE"), ("Department of Fisheries", "ORG")]


def test_entity_cues_a_countrys_one_word_body_keeps_its_country() -> None:
    # Split, "Government" alone would be one key for every country's government.
    text = "The U.S. Government said it would wait. The British Government disagreed."
    rows = _rows(text, [("U.S. Government", "ORG"), ("British Government", "ORG")])
    keys = {t: key for t, _, key in rows}
    assert keys["U.S. Government"] == "ORG:u-s-government"
    assert len(set(keys.values())) == 2
    assert not any(t == "Government" for t, _, _ in rows)


def test_entity_cues_titles_decide_which_of_two_people_a_surname_means() -> None:
    text = ("President Park Min-seo met ministers on Monday. Her spokesman Park Ji-ho said the talks went well. "
            "President Park later said the Park administration would act.")
    rows = _rows(text, [("Park Min-seo", "PERSON"), ("Park Ji-ho", "PERSON"), ("Park", "PERSON"),
                        ("Park", "PERSON")])
    assert [key for _, _, key in rows] == ["PERSON:park-min-seo", "PERSON:park-ji-ho",
                                           "PERSON:park-min-seo", "PERSON:park-min-seo"]


def test_entity_cues_a_surname_without_a_title_goes_to_the_nearest_full_name_before_it() -> None:
    text = "President Park Min-seo spoke. Her spokesman Park Ji-ho said Park was tired."
    rows = _rows(text, [("Park Min-seo", "PERSON"), ("Park Ji-ho", "PERSON"), ("Park", "PERSON")])
    assert rows[-1][2] == "PERSON:park-ji-ho"


def test_entity_cues_a_list_governed_by_of_stays_in_one_name() -> None:
    text = "Oh Se-ra, head of the Korea Institute for Labour, Welfare and Social Policy, resigned."
    rows = _rows(text, [("Oh Se-ra", "PERSON"), ("Korea Institute for Labour", "ORG"), ("Welfare", "ORG"),
                        ("Social Policy", "ORG")])
    assert rows[1:] == [("Korea Institute for Labour, Welfare and Social Policy", "ORG",
                         "ORG:korea-institute-for-labour-welfare-and-social-policy")]


def test_entity_cues_a_list_of_separate_names_stays_apart() -> None:
    text = "Deals with Bank of France, Crandell and Voss fell."
    rows = _rows(text, [("Bank of France", "ORG"), ("Crandell", "ORG"), ("Voss", "ORG")])
    assert [t for t, _, _ in rows] == ["Bank of France", "Crandell", "Voss"]


def test_entity_cues_a_club_in_brackets_after_a_player_is_an_org_in_sports_copy() -> None:
    text = ("Leading scorers in the league after Saturday's matches: Tom Reyes (Eastbury) 9, "
            "Ivo Brandt (Norwich) 7. Norwich drew with Eastbury.")
    rows = _rows(text, [("Tom Reyes", "PERSON"), ("Eastbury", "GPE"), ("Ivo Brandt", "PERSON"),
                        ("Norwich", "GPE"), ("Norwich", "GPE"), ("Eastbury", "PERSON")])
    assert [(t, label) for t, label, _ in rows] == [
        ("Tom Reyes", "PERSON"), ("Eastbury", "ORG"), ("Ivo Brandt", "PERSON"), ("Norwich", "ORG"),
        ("Norwich", "ORG"), ("Eastbury", "ORG")]


def test_entity_cues_a_country_in_brackets_after_an_athlete_stays_a_place() -> None:
    text = "Results of the ski jumping World Cup event: Tom Reyes (Norway) 250.1 points."
    rows = _rows(text, [("Tom Reyes", "PERSON"), ("Norway", "GPE")])
    assert [(t, label) for t, label, _ in rows] == [("Tom Reyes", "PERSON"), ("Norway", "GPE")]


def test_entity_cues_a_table_of_athletes_names_people() -> None:
    text = ("Leading scores after the third round of the golf tournament on Saturday:\n"
            "201 Anton Verhoef 65 67 69\n"
            "203 Rufus Okello 68 66 69\n"
            "204 Pieter Laan 70 67 67\n")
    rows = _rows(text, [("Anton Verhoef", "PERSON"), ("Rufus Okello", "PERSON"), ("Pieter Laan", "ORG")])
    assert [(t, label) for t, label, _ in rows] == [("Anton Verhoef", "PERSON"), ("Rufus Okello", "PERSON"),
                                                    ("Pieter Laan", "PERSON")]


def test_entity_cues_a_league_table_names_teams() -> None:
    text = ("Standings after Sunday's games in the league:\n"
            "Northvale 15 10 5 0 35\n"
            "Port Meridian 15 9 4 2 31\n"
            "Eastfield Rovers 15 7 4 4 25\n")
    rows = _rows(text, [("Northvale", "GPE"), ("Port Meridian", "PERSON"), ("Eastfield Rovers", "ORG")])
    assert {label for _, label, _ in rows} == {"ORG"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.text(max_size=20), st.text(max_size=20))
def test_entity_cues_never_raise_on_arbitrary_text(name: str, before: str, after: str) -> None:
    text = before + name + after
    entity_cues.is_amount(name, before, after)
    entity_cues.label_cue(text, len(before), len(before) + len(name))
    entity_cues.org_head(name)


def test_entity_cues_a_firms_man_after_its_possessive_is_two_mentions() -> None:
    text = ('Ralf Okonjo of brokers Tessaly Marr said rates would hold. "It is a fair view," said Marr\'s Okonjo. '
            "The Grand People's Assembly met.")
    rows = _rows(text, [("Ralf Okonjo", "PERSON"), ("Tessaly Marr", "PERSON"), ("Marr's Okonjo", "ORG"),
                        ("Grand People's Assembly", "ORG")])
    assert rows == [
        ("Ralf Okonjo", "PERSON", "PERSON:ralf-okonjo"),
        ("Tessaly Marr", "ORG", "ORG:tessaly-marr"),
        ("Marr", "ORG", "ORG:tessaly-marr"),
        ("Okonjo", "PERSON", "PERSON:ralf-okonjo"),
        ("Grand People's Assembly", "ORG", "ORG:grand-people-s-assembly"),
    ]


def test_entity_cues_the_telling_word_of_a_two_word_org_is_that_org() -> None:
    text = "Harbour Contractors beat Sunfield in the cup final. Contractors won 4-0 on aggregate."
    rows = _rows(text, [("Harbour Contractors", "ORG"), ("Sunfield", "ORG"), ("Contractors", "NORP")])
    assert rows[-1] == ("Contractors", "ORG", "ORG:harbour-contractors")


def test_entity_cues_a_head_noun_alone_is_not_linked_to_one_org() -> None:
    text = "Weston Bank lent more. The Bank said margins fell."
    rows = _rows(text, [("Weston Bank", "ORG"), ("Bank", "ORG")])
    assert rows[-1][2] == "ORG:bank"


@pytest.mark.parametrize(("span", "names"), [
    ("Bro/Fry", []),
    ("UBS/ING", ["UBS", "ING"]),
    ("Sydney/Melbourne", ["Sydney", "Melbourne"]),
    # parts that are not each a name on their own: one name, slash and all
    ("Amberley Plus/Outreach", ["Amberley Plus/Outreach"]),
    ("Royal Dutch/Shell", ["Royal Dutch/Shell"]),
])
def test_entity_cues_a_slash_joins_two_names_or_abbreviations(span: str, names: list[str]) -> None:
    text = f"Figures for {span} rose 4 pct."
    assert [t for t, _, _ in _rows(text, [(span, "ORG")])] == names


def test_entity_cues_a_peoples_plural_is_that_people() -> None:
    text = "Most of the rebels are from the Mbandi tribe. Mbandis fled the city on Friday."
    rows = _rows(text, [("Mbandi", "GPE"), ("Mbandis", "PERSON")])
    assert [(t, label) for t, label, _ in rows] == [("Mbandi", "NORP"), ("Mbandis", "NORP")]
    assert rows[0][2] == rows[1][2]


def test_entity_cues_forms_run_into_one_paragraph_still_name_teams_and_scorers() -> None:
    text = ("Result of the cup final second leg on Friday: Harbour Rovers (Ghana) 3 Sunfield (Togo) 1 "
            "(halftime 2-0) Scorers:\n\nKofi Mensah 7, 56 penalty, Ato Quaye 24 Rovers won 5-1 on aggregate.")
    rows = _rows(text, [("Harbour Rovers", "PERSON"), ("Ghana", "GPE"), ("Togo", "GPE"), ("Kofi Mensah", "ORG")])
    assert [(t, label) for t, label, _ in rows] == [
        ("Harbour Rovers", "ORG"), ("Ghana", "GPE"), ("Sunfield", "ORG"), ("Togo", "GPE"), ("Kofi Mensah", "PERSON"),
        ("Ato Quaye", "PERSON")]


def test_entity_cues_a_title_in_apposition_counts_as_the_persons_title() -> None:
    text = ("Park Ji-ho, the presidential spokesman, said talks went well. President Park Min-seo named aides. "
            "Later the spokesman Park said more.")
    rows = _rows(text, [("Park Ji-ho", "PERSON"), ("Park Min-seo", "PERSON"), ("Park", "PERSON")])
    assert rows[-1][2] == "PERSON:park-ji-ho"


def test_entity_cues_the_name_before_a_club_in_brackets_is_a_player() -> None:
    text = ("Leading goalscorers in the premier league after Saturday's matches:\n"
            "9 - Dario Vance (Eastbury), Colm\nReilly (Norwich)\n")
    rows = _rows(text, [("Dario Vance", "GPE"), ("Eastbury", "GPE"), ("Colm", "PERSON"), ("Reilly", "PERSON"),
                        ("Norwich", "GPE")])
    assert [(t, label) for t, label, _ in rows] == [
        ("Dario Vance", "PERSON"), ("Eastbury", "ORG"), ("Colm", "PERSON"), ("Reilly", "PERSON"), ("Norwich", "ORG")]


@pytest.mark.parametrize(("text", "name", "model_label"), [
    ("The Kestrel Post, a Port Lindon daily with close government links, said so.", "Kestrel Post", "PERSON"),
    ("The minister told the weekly Aurelia in an interview.", "Aurelia", "PERSON"),
    ("The Lun Shi Bao newspaper said on Friday that prices rose.", "Lun Shi Bao", "PERSON"),
    ("Akzo will buy the <Fennimore> unit of the group.", "Fennimore", "PERSON"),
    ("Pricing was set at par, lead manager Takeda Securities Co said.", "Takeda Securities Co", "PERSON"),
])
def test_entity_cues_papers_marked_firms_and_designators_make_orgs(text: str, name: str, model_label: str) -> None:
    rows = _rows(text, [(name, model_label)])
    assert [(t, label) for t, label, _ in rows] == [(name, "ORG")]


def test_entity_cues_an_acronym_in_brackets_is_no_club_even_in_sports_words() -> None:
    text = ("Members of the Northern Free Trade Association (NFTA) met before the next round of talks. "
            "The NFTA teams said points were agreed.")
    rows = _rows(text, [("Northern Free Trade Association", "ORG"), ("NFTA", "ORG"), ("NFTA", "ORG")])
    assert {(label, key) for _, label, key in rows} == {("ORG", "ORG:northern-free-trade-association")}


def test_entity_cues_a_firms_name_runs_on_over_its_designators() -> None:
    text = "Tom Gale, an analyst with Harlan W. Reece and Co agreed. Sado Life Insurance Co Ltd will buy shares."
    rows = _rows(text, [("Tom Gale", "PERSON"), ("Harlan W. Reece", "PERSON"), ("Co", "ORG"),
                        ("Sado Life Insurance Co", "ORG")])
    assert [(t, label) for t, label, _ in rows] == [
        ("Tom Gale", "PERSON"), ("Harlan W. Reece and Co", "ORG"), ("Sado Life Insurance Co Ltd", "ORG")]


def test_entity_cues_a_region_between_slashes_after_a_city_in_capitals_is_a_place() -> None:
    text = "Talks will go on, he said. VARNOVO /Pskovsk Region/, May 2. /TASS/. The minister said more."
    rows = _rows(text, [("/Pskovsk Region/", "PERSON")])
    assert [(t, label) for t, label, _ in rows] == [("Pskovsk Region", "GPE")]


def test_entity_cues_the_names_of_one_list_are_of_one_kind() -> None:
    text = "Airports in Dravik, Ostrel, Kolmar and Bexu were closed by fog."
    rows = _rows(text, [("Dravik", "GPE"), ("Ostrel", "GPE"), ("Kolmar", "GPE"), ("Bexu", "PERSON")])
    assert {label for _, label, _ in rows} == {"GPE"}


def test_entity_cues_a_list_without_a_majority_keeps_its_labels() -> None:
    text = "Talks between Dravik, Ostrel Corp and Bexu went on."
    rows = _rows(text, [("Dravik", "GPE"), ("Ostrel Corp", "ORG"), ("Bexu", "PERSON")])
    assert [label for _, label, _ in rows] == ["GPE", "ORG", "PERSON"]


def test_entity_cues_a_ground_or_a_stadium_is_a_facility() -> None:
    rows = _rows("The test at the Harbour Cricket Ground was drawn.", [("Harbour Cricket Ground", "ORG")])
    assert [(t, label) for t, label, _ in rows] == [("Harbour Cricket Ground", "FAC")]
