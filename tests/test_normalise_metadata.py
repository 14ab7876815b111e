"""Metadata wins over text heuristics, and the text fills the rest.

Stories are built by hand, as a format parser would hand them over.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wirecopy.transforms.normalise import normalise
from wirecopy.transforms.story import Story

REF = dt.date(2024, 3, 12)


def _story(text: str, **metadata: object) -> Story:
    return Story(source_format="newsml-g2", index=0, headline="H", text=text, **metadata)


def test_normalise_metadata_agency_wins_over_dateline_tag() -> None:
    article = normalise(_story("LONDON, March 12 (Reuters) - Text.", agency="dpa"), reference_date=REF)
    assert article.agency == "dpa"
    assert article.dateline.city == "London"  # the printed dateline is still parsed and cut
    assert article.body == "Text."


@pytest.mark.parametrize(
    ("metadata", "city", "raw"),
    [
        ({"dateline_text": "Helsinki"}, "Helsinki", "Helsinki"),
        ({"dateline_text": "Nairobi, March 11, 2024 (AFP)"}, "Nairobi", "Nairobi, March 11, 2024 (AFP)"),
        ({"dateline_text": "2014-07-16 15:53:10 GMT+00:00"}, None, None),  # not a place: ignored
        ({"located": "Geneva"}, "Geneva", "Geneva"),
        ({"dateline_text": "Kyiv/Washington"}, "Kyiv", "Kyiv/Washington"),  # two places: the first is the city
        ({}, None, None),
    ],
)
def test_normalise_metadata_dateline_when_the_body_has_none(metadata: dict, city: str | None, raw: str | None) -> None:
    article = normalise(_story("Officials met on Tuesday.", metadata_date=REF, **metadata), reference_date=REF)
    assert (article.dateline.city if article.dateline else None) == city
    assert (article.dateline.raw if article.dateline else None) == raw
    assert article.body == "Officials met on Tuesday."


def test_normalise_printed_metadata_dateline_wins_over_another_body_place() -> None:
    article = normalise(_story("BRUSSELS (Reuters) - Text.", dateline_text="Strasbourg"), reference_date=REF)
    assert (article.dateline.city, article.dateline.raw) == ("Strasbourg", "Strasbourg")
    assert article.body == "Text."


def test_normalise_body_dateline_kept_when_metadata_names_the_same_place() -> None:
    article = normalise(_story("PARIS, March 11 (AFP) - Text.", dateline_text="Paris"), reference_date=REF)
    assert (article.dateline.raw, article.dateline.date) == ("PARIS, March 11 (AFP) -", dt.date(2024, 3, 11))


def test_normalise_located_never_beats_a_printed_dateline() -> None:
    article = normalise(_story("DAMASCUS (Reuters) - Text.", located="Bangalore"), reference_date=REF)
    assert article.dateline.city == "Damascus"


def test_normalise_filed_date_without_any_dateline() -> None:
    article = normalise(_story("No dateline here.", metadata_date=dt.date(2016, 10, 11)), reference_date=None)
    assert article.dateline is None
    assert article.filed_date == dt.date(2016, 10, 11)


def test_normalise_metadata_credits_merge_with_the_text() -> None:
    text = "By Marwan Haddad\n\nDAMASCUS (Reuters) - Text.\n\n(Additional reporting by Sara Nour; Editing by Tom Gale)"
    story = _story(text, byline_text="By Marwan Haddad", credits=(("LINA SAAB", "photo"),))
    people = [(p.name, p.role) for p in normalise(story, reference_date=REF).byline.people]
    assert people == [("Marwan Haddad", "author"), ("Lina Saab", "photo"),
                      ("Sara Nour", "additional_reporting"), ("Tom Gale", "editing")]


@pytest.mark.parametrize(
    ("byline_text", "names"),
    [("Jane Doe", ["Jane Doe"]), ("By JANE DOE, Associated Press", ["Jane Doe"]), ("NTB", []), ("Staff", [])],
)
def test_normalise_metadata_credit_line_with_or_without_by(byline_text: str, names: list[str]) -> None:
    article = normalise(_story("Text.", byline_text=byline_text), reference_date=REF)
    assert [p.name for p in article.byline.people] == names


def test_normalise_summary_bullets_above_the_dateline_stay_in_the_body() -> None:
    text = ("* Shares fall 1 pct\n\n* Dollar steady after data\nthat surprised markets\n\n"
            "TOKYO, March 12 (Reuters) - Asian shares fell on Tuesday.")
    article = normalise(_story(text), reference_date=REF)
    assert article.dateline.city == "Tokyo"
    assert article.body.split("\n\n") == [
        "* Shares fall 1 pct", "* Dollar steady after data that surprised markets", "Asian shares fell on Tuesday."]


def test_normalise_plain_text_is_unchanged_by_metadata_rules() -> None:
    story = Story(source_format="text", index=0, headline=None, text="WASHINGTON (AP) — Text.")
    article = normalise(story, reference_date=REF)
    assert (article.agency, article.dateline.city, article.filed_date) == ("AP", "Washington", None)


@pytest.mark.parametrize(
    ("first_created", "day", "source"),
    [
        # a correction sent days later is still the story of the day it was first filed
        (dt.datetime(2024, 3, 4, 23, 30, tzinfo=dt.timezone.utc), dt.date(2024, 3, 5), "transmission"),  # Seoul
        (None, dt.date(2024, 3, 11), "transmission"),  # only this version's time: its day
    ],
)
def test_normalise_undated_dateline_takes_the_day_the_story_first_moved(first_created, day, source) -> None:
    version = dt.datetime(2024, 3, 11, 2, 0, tzinfo=dt.timezone.utc)
    article = normalise(_story("SEOUL (Yonhap) -- The central bank held rates.", version_created=version,
                               first_created=first_created), reference_date=REF)
    assert (article.dateline.date, article.dateline.date_source) == (day, source)
    assert article.transmission.utc == version  # the version's own time stays when it moved


@pytest.mark.parametrize(
    ("text", "metadata", "city", "raw", "agency"),
    [
        # a lead that opens with a credit and no place: the metadata's place, the lead's credit
        ("(Sports Network) - The visitors arrive on a winning run.", {"located": "Philadelphia, Pennsylvania, USA"},
         "Philadelphia", "Philadelphia, Pennsylvania, USA", "Sports Network"),
        # a metadata dateline closed by its credit
        ("Fewer men want to become priests.", {"dateline_text": "Vatikanstadt (KAP)"}, "Vatikanstadt",
         "Vatikanstadt (KAP)", "KAP"),
        # an organisation's initials as the place of origin are none
        ("Ministers met on Monday.", {"located": "EU"}, None, None, None),
    ],
)
def test_normalise_metadata_place_with_the_leads_credit(text, metadata, city, raw, agency) -> None:
    article = normalise(_story(text, **metadata), reference_date=REF)
    assert (article.dateline.city if article.dateline else None) == city
    assert (article.dateline.raw if article.dateline else None) == raw
    assert article.agency == agency
    assert not article.body.startswith("(Sports")


def test_normalise_headline_printed_again_over_the_story_is_no_lead() -> None:
    text = "Vatikan: Zahl sinkt\n\nWeltweit wollen immer weniger Maenner Priester werden."
    article = normalise(Story("newsml-g2", 0, "Vatikan: Zahl sinkt", text), reference_date=REF)
    assert article.dateline is None  # "Vatikan:" read as a dateline with a colon, before
    assert article.body == "Weltweit wollen immer weniger Maenner Priester werden."
    kept = normalise(Story("newsml-g2", 0, "Another headline", text), reference_date=REF)
    assert kept.body.startswith("Vatikan: Zahl sinkt")  # a line that is not the headline stays the story's


def test_normalise_metadata_coordinates_name_a_place_the_gazetteer_cannot_read() -> None:
    story = _story("The talks resumed on Monday.", located="باريس, FRA", located_at=(48.8566, 2.3522))
    article = normalise(story, reference_date=REF)
    assert (article.dateline.city, article.dateline.country, article.dateline.place.basis) == ("Paris", "FR",
                                                                                            "coordinates")
    assert article.dateline.raw == "باريس, FRA"


def test_normalise_provider_line_over_the_lead() -> None:
    text = "The Sports Xchange\n\nBOSTON -- A rematch of an old final opens on Tuesday."
    article = normalise(Story("newsml-g2", 0, "Rematch", text), reference_date=REF)
    assert (article.dateline.city, article.dateline.raw) == ("Boston", "BOSTON --")
    assert article.body.startswith("A rematch")
