import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.dates import match_date, resolve, resolve_year, split_trailing_date


@pytest.mark.parametrize(
    ("text", "month", "day", "year"),
    [
        ("July 5", 7, 5, None),
        ("Jul 5", 7, 5, None),
        ("Sept. 5", 9, 5, None),
        ("Sept 19", 9, 19, None),
        ("Dec. 30", 12, 30, None),
        ("5 July", 7, 5, None),
        ("10 juil 2024", 7, 10, 2024),
        ("Friday, July 5, 2024", 7, 5, 2024),
        ("Thursday, March 5", 3, 5, None),
        ("March 5, 1987", 3, 5, 1987),
        ("1996-12-06", 12, 6, 1996),
        ("5th January, 2024", 1, 5, 2024),
        ("January 05, 2024", 1, 5, 2024),
        ("5 Ene.", 1, 5, None),
        ("5. März 2024", 3, 5, 2024),
        ("JAN 5", 1, 5, None),
        ("mardi 9 juillet", 7, 9, None),
        ("June 13/2024", 6, 13, 2024),           # ENA: the year after a slash
        ("le 1er janvier 2019", 1, 1, 2019),     # French services: "le" and "1er"
        ("le 31 décembre 2025", 12, 31, 2025),
        ("Dec.5", 12, 5, None),  # an abbreviation's stop with no space after it
        ("Sept.30, 2024", 9, 30, 2024),
    ],
)
def test_dates_match_forms(text: str, month: int, day: int, year: int | None) -> None:
    phrase = match_date(text)
    assert phrase is not None
    assert (phrase.month, phrase.day, phrase.year) == (month, day, year)


@pytest.mark.parametrize(
    "text", ["Mass.", "South Korea", "July", "the 5th", "Juliet 5", "2024", "Dec5", "le 5", "June 13/"],
)
def test_dates_reject_non_dates(text: str) -> None:
    assert match_date(text) is None


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (7, 5, dt.date(2024, 7, 5), dt.date(2024, 7, 5)),
        (12, 31, dt.date(2025, 1, 2), dt.date(2024, 12, 31)),   # filed Dec. 31, read Jan. 2
        (1, 2, dt.date(2024, 12, 31), dt.date(2025, 1, 2)),     # a few days ahead: allowed
        (1, 20, dt.date(2024, 12, 31), dt.date(2024, 1, 20)),   # never weeks ahead
        (7, 4, dt.date(2024, 7, 5), dt.date(2024, 7, 4)),
        (2, 29, dt.date(2025, 3, 1), dt.date(2024, 2, 29)),
    ],
)
def test_dates_resolve_year_nearest_reference(month, day, reference, expected) -> None:
    assert resolve_year(month, day, reference) == expected


def test_dates_explicit_year_wins() -> None:
    assert resolve(match_date("March 5, 1987"), dt.date(2024, 7, 5)) == dt.date(1987, 3, 5)


@pytest.mark.parametrize(
    ("head", "before", "date"),
    [
        ("SEOUL/MUAN, South Korea, Dec. 29", "SEOUL/MUAN, South Korea", (12, 29, None)),
        ("SIALKOT, Pakistan 1996-12-06", "SIALKOT, Pakistan", (12, 6, 1996)),
        ("MOSCOW, January 5.", "MOSCOW", (1, 5, None)),
        ("WASHINGTON, Friday, July 5, 2024", "WASHINGTON", (7, 5, 2024)),
        ("CHATHAM, Mass.", "CHATHAM, Mass.", None),
        ("MAR DEL PLATA, Argentina", "MAR DEL PLATA, Argentina", None),
        ("Ramallah, le 31 décembre 2025", "Ramallah", (12, 31, 2025)),
        ("Addis Ababa, June 13/2024", "Addis Ababa", (6, 13, 2024)),
        ("LE MANS", "LE MANS", None),            # "le" opens a name, not a date
    ],
)
def test_dates_split_trailing_date(head: str, before: str, date: tuple | None) -> None:
    got_before, phrase = split_trailing_date(head)
    assert got_before == before
    assert (None if phrase is None else (phrase.month, phrase.day, phrase.year)) == date


@given(st.text(max_size=60))
def test_dates_split_never_raises(text: str) -> None:
    before, phrase = split_trailing_date(text)
    assert phrase is not None or before == text


@given(st.text(max_size=60))
def test_dates_match_never_raises(text: str) -> None:
    match_date(text)


@given(st.integers(1, 12), st.integers(1, 31), st.dates(dt.date(1950, 1, 1), dt.date(2090, 1, 1)))
def test_dates_resolved_never_far_after_reference(month: int, day: int, reference: dt.date) -> None:
    got = resolve_year(month, day, reference)
    if got is not None:
        assert (got - reference).days <= 3
        assert (got.month, got.day) == (month, day)
