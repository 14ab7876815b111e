import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.leads.dates import match_date, resolve, resolve_year, split_trailing_date


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
        ("Aug, 23", 8, 23, None),               # SUNA: a comma between month and day
        ("March 31,2008", 3, 31, 2008),         # the year against the comma
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


@pytest.mark.parametrize(
    ("text", "month", "day", "year"),
    [
        ("6 set.", 9, 6, None),                   # Italian: askanews, ANSA
        ("15 AGO", 8, 15, None),
        ("3 giugno 2024", 6, 3, 2024),
        ("11 jun", 6, 11, None),                  # Portuguese: Lusa
        ("22 de novembro de 2022", 11, 22, 2022),
        ("25 de septiembre", 9, 25, None),        # Spanish services: "DD de MONTH [de YEAR]"
        ("25 de septiembre de 2023", 9, 25, 2023),
    ],
)
def test_dates_match_romance_forms(text: str, month: int, day: int, year: int | None) -> None:
    phrase = match_date(text)
    assert phrase is not None
    assert (phrase.month, phrase.day, phrase.year) == (month, day, year)


@pytest.mark.parametrize(
    ("text", "month", "day", "year"),
    [
        ("25 марта 2021", 3, 25, 2021),          # Russian genitive, as TASS, RIA and Interfax print it
        ("3 сент. 2019", 9, 3, 2019),            # Russian short form with its stop
        ("12 грудня 2023", 12, 12, 2023),        # Ukrainian: Ukrinform
        ("7 юли 2022", 7, 7, 2022),              # Bulgarian: BTA
        ("29. марта 2003", 3, 29, 2003),         # Serbian Cyrillic: Tanjug
        ("5 Μαΐου 2020", 5, 5, 2020),            # Greek genitive with its accent (ANA-MPA)
        ("5 ΜΑΪΟΥ 2020", 5, 5, 2020),            # in capitals, which keep the diaeresis and drop the accent
    ],
)
def test_dates_match_cyrillic_and_greek_forms(text: str, month: int, day: int, year: int | None) -> None:
    phrase = match_date(text)
    assert phrase is not None
    assert (phrase.month, phrase.day, phrase.year) == (month, day, year)


def test_dates_every_month_name_casefolds_to_a_month_name() -> None:
    """What a date matched is looked up casefolded; no name may casefold to a key that is missing."""
    from wirecopy.transforms.leads.dates import MONTHS

    assert all(MONTHS.get(name.casefold()) == number for name, number in MONTHS.items())
    # Printed in capitals or title case, a month's name reads as that month or not at all, and never raises
    # (Greek "Μαΐου" once did: its "ΐ" casefolds to three code points).
    for name, number in MONTHS.items():
        for printed in (name.upper(), name.title()):
            phrase = match_date(f"5 {printed} 2020")
            assert phrase is None or phrase.month == number, printed


def test_dates_portuguese_out_is_no_month() -> None:
    assert match_date("5 out") is None  # "5 out of 10": outubro is read only spelt out
    assert match_date("5 outubro").month == 10


FRIDAY = dt.date(2024, 12, 6)


@pytest.mark.parametrize(
    ("head", "before", "expected"),
    [
        # A weekday alone: the latest such day on or before the reference, within the week.
        ("SYDNEY, Wednesday", "SYDNEY", dt.date(2024, 12, 4)),
        ("SYDNEY, Friday", "SYDNEY", FRIDAY),
        ("SYDNEY, Saturday", "SYDNEY", dt.date(2024, 11, 30)),
        ("PARIS, mardi", "PARIS", dt.date(2024, 12, 3)),
        # A day and month in figures (Belga): day first where it can be.
        ("ROCHEFORT 31/07", "ROCHEFORT", dt.date(2024, 7, 31)),
        ("CHARLEROI 19/06", "CHARLEROI", dt.date(2024, 6, 19)),
        # A month one letter off one month's name is that month.
        ("SYDNEY, Decmber 5", "SYDNEY", dt.date(2024, 12, 5)),
        ("LIMA, Setpember 5, 2023", "LIMA", dt.date(2023, 9, 5)),
        ("KYIV, Novembr 30", "KYIV", dt.date(2024, 11, 30)),
    ],
)
def test_dates_partial_and_misspelt_heads(head: str, before: str, expected: dt.date) -> None:
    rest, phrase = split_trailing_date(head)
    assert rest == before
    assert phrase is not None and resolve(phrase, FRIDAY) == expected


def test_dates_weekday_alone_needs_a_reference_and_a_comma() -> None:
    rest, phrase = split_trailing_date("SYDNEY, Wednesday")
    assert phrase is not None and phrase.partial and resolve(phrase, None) is None
    assert split_trailing_date("Officials met Wednesday") == ("Officials met Wednesday", None)


@pytest.mark.parametrize("head", ["SYDNEY, Decmbr 5", "SYDNEY, Dcembr 5", "MANILA, Setmbr 30"])
def test_dates_a_month_further_off_is_a_date_not_read(head: str) -> None:
    """Two letters off: the place stands and the date is unknown, never the reference's day."""
    rest, phrase = split_trailing_date(head)
    assert rest == head.split(",")[0]
    assert phrase is not None and phrase.partial and phrase.weekday is None
    assert resolve(phrase, FRIDAY) is None


@pytest.mark.parametrize("head", ["LONDON, Apollo 11", "GENEVA, Room 5", "SYDNEY, Frday", "Gate 12", "24/7"])
def test_dates_other_words_and_figures_are_no_date(head: str) -> None:
    assert split_trailing_date(head) == (head, None)


@pytest.mark.parametrize(("text", "month", "day", "year", "weekday"), [
    ("LUNES 7 MAYO 2018", 5, 7, 2018, 0),           # Spanish weekday, as mastheads print it
    ("Montag, 5. Mai 2024", 5, 5, 2024, 0),         # German
    ("Selasa, 10 April 2018", 4, 10, 2018, 1),     # Indonesian, as a site's stamp prints it
    ("vrijdag 3 mei 2024", 5, 3, 2024, 4),          # Dutch
    ("giovedì 4 luglio 2024", 7, 4, 2024, 3),       # Italian
    ("29. marta 2003", 3, 29, 2003, None),           # Serbian genitive (Beta)
    ("5. ožujka 2024", 3, 5, 2024, None),            # Croatian genitive
    ("22. mája 2024", 5, 22, 2024, None),            # Slovak genitive (SITA, TASR)
    ("5. kesäkuuta 2024", 6, 5, 2024, None),         # Finnish partitive (STT)
    ("birželio 5", 6, 5, None, None),                # Lithuanian genitive, month first
    ("5. jūnijā", 6, 5, None, None),                 # Latvian locative
    ("17. júní 2024", 6, 17, 2024, None),            # Icelandic
    ("4. 3. 2024", 3, 4, 2024, None),                # Czech and Slovak spaced figures, day first
    ("2Oct2018", 10, 2, 2018, None),                 # run together (Platts)
    ("29Jul19", 7, 29, 2019, None),
])
def test_dates_weekdays_and_months_of_more_languages(text, month, day, year, weekday) -> None:
    found = match_date(text)
    assert found is not None
    assert (found.month, found.day, found.year, found.weekday) == (month, day, year, weekday)


@pytest.mark.parametrize("text", ["4. 3. 24", "4. 3.2024", "40. 3. 2024", "4. 13. 2024"])
def test_dates_spaced_figures_need_the_full_year_and_a_real_day(text: str) -> None:
    assert match_date(text) is None


def test_dates_santo_domingo_keeps_its_second_word() -> None:
    """Spanish "domingo" is no weekday here: "Santo Domingo, 5 de mayo" is the place and the date."""
    before, phrase = split_trailing_date("Santo Domingo, 5 de mayo")
    assert before.rstrip(", ") == "Santo Domingo" and (phrase.month, phrase.day) == (5, 5)


@pytest.mark.parametrize(("text", "day"), [
    ("2020/05/10", dt.date(2020, 5, 10)), ("2020.05.10", dt.date(2020, 5, 10)), ("2020/5/10", dt.date(2020, 5, 10)),
    ("1996-12-06", dt.date(1996, 12, 6)),
])
def test_dates_year_first_with_any_one_separator(text: str, day: dt.date) -> None:
    """Year, month and day parted by slashes or stops as by hyphens ("2020/05/10 | 13:20"): one order only."""
    phrase = match_date(text)
    assert (phrase.year, phrase.month, phrase.day, phrase.ambiguous) == (day.year, day.month, day.day, False)


@pytest.mark.parametrize("text", ["2020/05/10/11", "2020-05/10", "2020/13/45"])
def test_dates_year_first_needs_one_separator_and_a_real_day(text: str) -> None:
    phrase = match_date(text)
    assert phrase is None or resolve(phrase, None) is None
