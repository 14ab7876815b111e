"""Credit lines over the lead with no "By": labelled ("Reporter: NAME") and titled ("NAME, Staff Writer").

Found by a generator of credit forms around a lead (54 forms, as never-seen
houses print them): a labelled credit line over the lead was read only at the
foot, and a story opening with a credit line made it the headline. Precision
beside each: headlines, datelines, tables and desks of the same shape.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.bylines.byline import match_by_line, titled_credit
from wirecopy.transforms.pipeline import parse_file

LEAD = "NAIROBI, June 3 (QNA) - The county opened three new clinics on Monday, officials said."
BODY = "\n\nA second paragraph says more about the clinics and who will staff them in the coming months.\n"


def _credited(text: str) -> tuple[list[tuple[str | None, str]], str | None, str | None]:
    (article,) = parse_file(text.encode(), reference_date=dt.date(2024, 6, 20)).articles
    city = article.dateline.city if article.dateline is not None else None
    return [(p.name, p.role) for p in article.byline.people], article.headline, city


@pytest.mark.parametrize("line, people", [
    ("Reporter: Wanjiru Kamau", [("Wanjiru Kamau", "reporting")]),
    ("Author: Wanjiru Kamau", [("Wanjiru Kamau", "author")]),
    ("Text: Wanjiru Kamau", [("Wanjiru Kamau", "writing")]),
    ("Reporter: Wanjiru Kamau | Editor: Peter Otieno", [("Wanjiru Kamau", "reporting"), ("Peter Otieno", "editing")]),
    ("Words by Wanjiru Kamau", [("Wanjiru Kamau", "author")]),
    ("Wanjiru Kamau, Staff Writer", [("Wanjiru Kamau", "author")]),
    ("WANJIRU KAMAU, OUR CORRESPONDENT", [("Wanjiru Kamau", "author")]),
    ("Wanjiru Kamau / QNA", [("Wanjiru Kamau", "author")]),
    ("Wanjiru Kamau - QNA", [("Wanjiru Kamau", "author")]),
    ("Wanjiru Kamau, Nairobi Correspondent", [("Wanjiru Kamau", "author")]),
])
@pytest.mark.parametrize("headline", ["", "Clinics open in three counties\n\n"])
def test_byline_head_line_over_the_lead_credits_its_people(line: str, people: list, headline: str) -> None:
    credited, printed, city = _credited(f"{headline}{line}\n\n{LEAD}{BODY}")
    assert credited == people
    assert printed == (headline.strip() or None)  # never the credit line as the headline
    assert city == "Nairobi"


@pytest.mark.parametrize("line", [
    "Clinics open in three counties",       # a headline
    "Photo: Reuters", "Editor: huaxia",     # an agency, a desk login
    "Pope Francis",                          # a name alone: a profile's headline
])
def test_byline_head_line_that_credits_nobody_stays_a_headline(line: str) -> None:
    credited, printed, city = _credited(f"{line}\n\n{LEAD}{BODY}")
    assert (credited, city) == ([], "Nairobi")
    assert printed == line


@pytest.mark.parametrize("line", [
    "Santa Ana, CA", "Santo Domingo, RD", "FORT WORTH, TEXAS - The admiral told cadets",  # a place and its state
    "SANTO DOMINGO, LUNES, 10 DE MARZO DE 2025",  # a place and its day
    "MARLON RÍOS / END",                           # an end mark
    "Sentinel Digital Desk",                       # a desk's words run together
    "W L T PF PA",                                 # a table's head
    "ASIAN COCOA PRODUCERS EXPAND DESPITE CRITICS",  # a headline whose first words read as a title
    "Scientists Warn of Waning Antarctic Ecosystem",
    "Tommy Eshleman, economist for the American Soybean",  # a sentence wrapped at its line's end
    "Both Malaysia and Indonesia are low cost producers and",
    "Jane Doe",                                    # no title: only a dateline under it says credit
    "By Jane Doe, Staff Writer",                   # a By-line is match_by_line's
])
def test_byline_titled_credit_needs_a_name_and_a_title_printed_apart(line: str) -> None:
    assert titled_credit(line) is None


@given(st.text(max_size=160))
def test_byline_titled_credit_never_raises_and_credits_only_what_by_would(text: str) -> None:
    found = titled_credit(text)
    if found is not None:
        assert [p.name for p in found] == [p.name for p in match_by_line(f"By {text}") or ()]
        assert all(p.title for p in found)


@pytest.mark.parametrize("line, name, title", [
    ("By Dr. Jane Doe", "Jane Doe", "Dr."),
    ("By Sgt. Wanjiru Kamau", "Wanjiru Kamau", "Sgt."),
    ("By Staff Sgt. Jane Doe, 1st Infantry Division Public Affairs", "Jane Doe", "Staff Sgt."),
    ("By MC3 Jordan Ellis", "Jordan Ellis", "MC3"),  # a Navy rating's code
    ("By Petty Officer 2nd Class Jane Doe", "Jane Doe", "Petty Officer 2nd Class"),
    ("By Senior Airman Jane Doe", "Jane Doe", "Senior Airman"),
    ("By Lt. Col. Jane Doe", "Jane Doe", "Lt. Col."),
])
def test_byline_rank_or_honorific_before_the_name_is_a_title(line: str, name: str, title: str) -> None:
    people = match_by_line(line)
    assert [(p.name, p.title) for p in people or ()] == [(name, title)]


@pytest.mark.parametrize("line, name", [
    ("By Mr. Lee", "Mr. Lee"),        # one word after the honorific: the name keeps it
    ("By Sgt. Pepper", "Sgt. Pepper"),
])
def test_byline_rank_needs_a_name_of_two_words_after_it(line: str, name: str) -> None:
    assert [p.name for p in match_by_line(line) or ()] == [name]


@pytest.mark.parametrize("head, city, people", [
    ("WANJIRU KAMAU NAIROBI, June 3:", "Nairobi", [("Wanjiru Kamau", "author")]),
    ("TEVITA RABUKA SUVA, June 3 -", "Suva", [("Tevita Rabuka", "author")]),
    ("NORTH NAIROBI, June 3:", "North Nairobi", []),   # a place's own word: one place the gazetteer lacks
    ("KENYA AIRWAYS NAIROBI, June 3:", "Kenya Airways Nairobi", []),  # a country's name opens it: no name
])
def test_byline_name_in_capitals_run_into_the_head_before_a_known_city(head: str, city: str, people: list) -> None:
    credited, _, read = _credited(f"{head} The county opened three new clinics on Monday, officials said.{BODY}")
    assert (read, credited) == (city, people)


@pytest.mark.parametrize("foot, people, agency", [
    ("Reported by Wanjiru Kamau. Edited by Peter Otieno.",
     [("Wanjiru Kamau", "reporting"), ("Peter Otieno", "editing")], "QNA"),
    ("Contributed by Wanjiru Kamau", [("Wanjiru Kamau", "author")], "QNA"),
    ("Wanjiru Kamau/QNX/jm", [("Wanjiru Kamau", "author")], "QNA"),  # the dateline's credit outranks the foot's
    ("Nairobi/QNX", [], "QNA"),                  # a place, no writer
    ("Kenya Airways/KQ", [], "QNA"),             # two letters: no agency's initials
])
def test_byline_credits_at_the_foot(foot: str, people: list, agency: str) -> None:
    (article,) = parse_file(f"{LEAD}{BODY}\n{foot}\n".encode(), reference_date=dt.date(2024, 6, 20)).articles
    assert [(p.name, p.role) for p in article.byline.people] == people
    assert article.agency == agency
    assert (foot in article.body) == (not people)


def test_byline_name_slash_agency_at_the_foot_names_the_agency_where_the_lead_credits_none() -> None:
    text = f"Clinics open\n\nNAIROBI - The county opened three new clinics on Monday.{BODY}\nWanjiru Kamau/QNX/jm\n"
    (article,) = parse_file(text.encode(), reference_date=dt.date(2024, 6, 20)).articles
    assert (article.agency, [p.name for p in article.byline.people]) == ("QNX", ["Wanjiru Kamau"])


@pytest.mark.parametrize("line, people", [
    ("Posted by Wanjiru Kamau", [("Wanjiru Kamau", "author")]),
    ("Posted by admin", None),
])
def test_byline_posted_by(line: str, people: list | None) -> None:
    found = match_by_line(line)
    assert (None if found is None else [(p.name, p.role) for p in found]) == people


@pytest.mark.parametrize("line, agency", [
    ("By QNX", "QNX"), ("By Reuters", "Reuters"), ("By AP", "AP"),
    ("By Qarzen News Agency", "Qarzen News Agency"),
    ("Written by GIS Dominica", "GIS Dominica"),    # initials and the place whose information service they are
    ("By The Qarzen Times", None), ("By Ministry of Health", None), ("By Staff Reporter", None),  # no agency
    ("By NEWS", None),
])
def test_byline_a_by_line_naming_no_person_names_the_agency(line: str, agency: str | None) -> None:
    text = f"Clinics open\n\n{line}\n\nThe county opened three new clinics on Monday, officials said.{BODY}"
    (article,) = parse_file(text.encode(), reference_date=dt.date(2024, 6, 20)).articles
    assert (article.agency, article.byline.people) == (agency, ())


@pytest.mark.parametrize("line, agency, day", [
    ("Qarzen News Agency, Feb. 2, 2017", "Qarzen News Agency", dt.date(2017, 2, 2)),
    ("QNX - 3 June 2024", "QNX", dt.date(2024, 6, 3)),
])
def test_byline_an_agency_and_its_day_over_the_lead(line: str, agency: str, day: dt.date) -> None:
    text = f"{line}\n\nNAIROBI -- The county opened three new clinics on Monday.{BODY}"
    (article,) = parse_file(text.encode(), reference_date=dt.date(2024, 6, 20)).articles
    assert (article.headline, article.agency) == (None, agency)
    assert (article.dateline.city, article.dateline.date, article.dateline.date_source) == ("Nairobi", day, "published")


@pytest.mark.parametrize("line", [
    "The Qarzen Times, 3 June 2024", "Nairobi, 3 June 2024", "Ministry of Health, 3 June 2024",
])
def test_byline_a_paper_a_place_or_a_ministry_and_a_day_name_no_agency(line: str) -> None:
    from wirecopy.transforms.leads.credit_shapes import agency_and_day

    assert agency_and_day(line) is None


@pytest.mark.parametrize("under", ["Reporter: Imran Khorasani", "By Imran Khorasani"])
def test_byline_a_credit_line_under_a_dateline_on_its_own_line(under: str) -> None:
    text = (f"Bomb hits minibus\n\nKabul-Afghanistan (PMG):\n\n{under}\n\n"
            "A roadside bomb struck a minibus in the west of the city on Monday, police said.\n")
    (article,) = parse_file(text.encode(), reference_date=dt.date(2024, 6, 20)).articles
    assert (article.dateline.city, article.dateline.country, article.agency) == ("Kabul", "AF", "PMG")
    assert [p.name for p in article.byline.people] == ["Imran Khorasani"]
    assert article.body.startswith("A roadside bomb")


def test_byline_prose_under_a_dateline_on_its_own_line_is_no_credit() -> None:
    text = "NAIROBI, June 3 (QNA) -\nBy the end of the year the county will open more clinics, officials said.\n"
    (article,) = parse_file(text.encode(), reference_date=dt.date(2024, 6, 20)).articles
    assert article.byline.people == () and article.body.startswith("By the end of the year")


def test_byline_an_indonesian_meta_line_dates_and_credits() -> None:
    """"KAMIS, 26 SEPTEMBER 2013 | 22:17 WIB | LAPORAN: NAME": Indonesian web copy's date, clock and report label."""
    text = ("Ketua dewan kunjungi redaksi\n\nKAMIS, 26 SEPTEMBER 2013 | 22:17 WIB | LAPORAN: SITI RAHMAWATI\n\n"
            "Ketua dewan mengaku rutin mengikuti berita politik dari media daring setiap malam.\n")
    (article,) = parse_file(text.encode(), reference_date=dt.date(2024, 6, 20)).articles
    assert (article.filed_date, [p.name for p in article.byline.people]) == (dt.date(2013, 9, 26), ["Siti Rahmawati"])
