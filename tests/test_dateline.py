import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.dateline import parse_dateline

REF = dt.date(2024, 7, 5)


@pytest.mark.parametrize(
    ("text", "raw", "city", "region", "country", "date", "agency"),
    [
        ("BRUSSELS, July 5 (Yonhap) -- The alliance said", "BRUSSELS, July 5 (Yonhap) --",
         "Brussels", None, "BE", dt.date(2024, 7, 5), "Yonhap"),
        ("WASHINGTON (AP) — The Senate voted", "WASHINGTON (AP) —",
         "Washington", "District of Columbia", "US", REF, "AP"),
        ("LONDON, July 5 (Reuters) - Shares fell", "LONDON, July 5 (Reuters) -",
         "London", None, "GB", dt.date(2024, 7, 5), "Reuters"),
        ("PARIS (AFP) - The government said", "PARIS (AFP) -", "Paris", None, "FR", REF, "AFP"),
        ("CHATHAM, Mass. (AP) _ A fisherman", "CHATHAM, Mass. (AP) _",
         "Chatham", "Massachusetts", "US", REF, "AP"),
        ("SEOUL, Dec. 30 (Yonhap) -- Exports rose", "SEOUL, Dec. 30 (Yonhap) --",
         "Seoul", None, "KR", dt.date(2023, 12, 30), "Yonhap"),
        ("NEW YORK, March 5 - Stocks rose", "NEW YORK, March 5 -", "New York", None, "US",
         dt.date(2024, 3, 5), None),
        ("Mumbai, Dec 9 (PTI) The state government", "Mumbai, Dec 9 (PTI)", "Mumbai", None, "IN",
         dt.date(2023, 12, 9), "PTI"),
        ("Munich (dpa) - Bayern said", "Munich (dpa) -", "Munich", "Bavaria", "DE", REF, "dpa"),
        ("ST. LOUIS (AP) — A jury", "ST. LOUIS (AP) —", "St. Louis", "Missouri", "US", REF, "AP"),
        ("LONDON 1996-12-06 Results of", "LONDON 1996-12-06", "London", None, "GB", dt.date(1996, 12, 6), None),
        ("Strasbourg, 10 juil 2024 (AFP) - La", "Strasbourg, 10 juil 2024 (AFP) -", "Strasbourg", None, "FR",
         dt.date(2024, 7, 10), "AFP"),
    ],
)
def test_dateline_forms(text, raw, city, region, country, date, agency) -> None:
    d = parse_dateline(text, reference_date=REF)
    assert d is not None
    got = (d.raw, d.city, d.country, d.date, d.agency)
    assert got == (raw, city, country, date, agency)
    if region is not None:
        assert d.region == region
    assert text[d.end:].strip() == text[len(raw):].strip()


def test_dateline_two_places_first_is_the_city() -> None:
    d = parse_dateline("DUBAI/WASHINGTON, July 4 (Reuters) - Iran said", reference_date=REF)
    assert d is not None
    assert d.places == ("DUBAI", "WASHINGTON")
    assert (d.city, d.country) == ("Dubai", "AE")


def test_dateline_agency_hint_breaks_place_ties() -> None:
    d = parse_dateline("SEOUL, July 5 - Officials said", reference_date=REF, agency_hint="Yonhap")
    assert d is not None and d.country == "KR"


@pytest.mark.parametrize(
    "text",
    [
        "The North Atlantic Treaty Organization (NATO) will discuss ways",
        "NATO Secretary General Jens Stoltenberg said he has invited the leaders",
        "By Jane O'Brien",
        "He said - and this matters - that the talks failed.",
        "Officials (AP) said",  # a tag, but no place before it
        "",
    ],
)
def test_dateline_absent(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


@given(st.text(max_size=200), st.one_of(st.none(), st.dates()))
def test_dateline_never_raises(text: str, reference: dt.date | None) -> None:
    d = parse_dateline(text, reference_date=reference)
    if d is not None:
        assert 0 < d.end <= len(text)
        assert d.raw == text[: d.end].strip()


@given(st.sampled_from(["SEOUL", "LONDON", "NEW YORK", "Paris"]), st.sampled_from(["Yonhap", "Reuters", "AP", "AFP"]),
       st.text(max_size=80))
def test_dateline_tagged_forms_always_found(city: str, agency: str, rest: str) -> None:
    d = parse_dateline(f"{city} ({agency}) - {rest}", reference_date=REF)
    assert d is not None and d.agency == agency
