"""Bylines: By-lines, credit trailers, sign-offs, their merge, and name casing.

Every credit line here is invented in the agencies' house styles (AP, Reuters,
AFP, Yonhap, UPI, dpa, Xinhua); none is copied from real copy.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.transforms.bylines import byline as byline_module
from wirecopy.transforms.bylines.byline import (
    Byline,
    Person,
    Signoff,
    credit_in_head_block,
    labelled_credits,
    match_by_line,
    match_run_in_by_line,
    match_signoff,
    match_trailer,
    merge_credits,
    trailer_house,
)
from wirecopy.transforms.bylines.names import is_name_like, normal_name
from wirecopy.transforms.normalise import normalise
from wirecopy.transforms.pipeline import parse_file
from wirecopy.transforms.story import Story

# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("JANE O'BRIEN", "Jane O'Brien"),
        ("MCDONALD", "McDonald"),
        ("ROSS MCALLISTER", "Ross McAllister"),
        ("VAN DER BERG", "van der Berg"),
        ("PIETER VAN DER BERG", "Pieter van der Berg"),
        ("SEO JI-WOO", "Seo Ji-woo"),
        ("PARK MIN-SEO", "Park Min-seo"),
        ("LIN MEI-HUA", "Lin Mei-hua"),
        ("MARY-KATE DOYLE", "Mary-Kate Doyle"),
        ("ANGUS MACLEOD", "Angus MacLeod"),
        ("TOM MACEY", "Tom Macey"),
        ("RENZO D'ALESSIO", "Renzo D'Alessio"),
        ("JEAN DE LA ROCHE", "Jean de la Roche"),
        ("OMAR AL-HASSAN", "Omar al-Hassan"),
        ("ROBERT HALE JR.", "Robert Hale Jr."),
        ("HENRY FORDHAM III", "Henry Fordham III"),
        ("K. VENKATARAMAN", "K. Venkataraman"),
        ("JOSÉ MARÍA OLIVERA", "José María Olivera"),
        ("Laurent BANGUET", "Laurent Banguet"),          # AFP prints the surname in capitals
        ("Anne-Sophie LABADIE", "Anne-Sophie Labadie"),
        ("Jean-Luc MÉLENCHON", "Jean-Luc Mélenchon"),
        ("Mark McDONALD", "Mark McDonald"),
        ("YOO JEE-HO", "Yoo Jee-ho"),
        ("  anna   kowalski ", "Anna Kowalski"),
    ],
)
def test_byline_normal_name_cases_capitals(printed: str, expected: str) -> None:
    assert normal_name(printed) == expected


@pytest.mark.parametrize(
    "written",
    ["Hanneke ten Brink", "Kwon Ye-jin", "DeShawn Miller", "Lucía McGowan", "Ali bin Saleh", "Marc LaForge",
     "AJ Smith", "Henry Fordham III", "Yoo Jee-ho", "Yi Wonju"],
)
def test_byline_normal_name_keeps_mixed_case(written: str) -> None:
    assert normal_name(written) == written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane O'Brien", True),
        ("R. K. Sharma", True),
        ("Hanneke ten Brink", True),
        ("Monday", False),
        ("the end of the year", False),
        ("The End Of The Year", False),
        ("Reuters Staff", False),
        ("Tribune on September", False),
        ("Economic Watch", False),  # story types and sections are nobody's name
        ("China Focus", False),
        ("Sports Roundup", False),
        ("Newsmaker Profile", False),
        ("Grace Young", True),
    ],
)
def test_byline_name_shape(text: str, expected: bool) -> None:
    assert is_name_like(text) is expected


# ---------------------------------------------------------------- By-lines


@pytest.mark.parametrize(
    ("line", "names", "titles"),
    [
        ("By Jane O'Brien", ["Jane O'Brien"], [None]),
        ("By JANE O'BRIEN and Tom Lee", ["Jane O'Brien", "Tom Lee"], [None, None]),
        ("BY ANNA VAN DER BERG, Associated Press", ["Anna van der Berg"], ["Associated Press"]),
        ("By Ruth Calder, Ben Okafor and Li Wen", ["Ruth Calder", "Ben Okafor", "Li Wen"], [None] * 3),
        ("By Daniel Harcourt, Reuters", ["Daniel Harcourt"], ["Reuters"]),
        ("by Fiona Pryce, Reuter", ["Fiona Pryce"], ["Reuter"]),
        ("By Owen Tresize, AP Diplomatic Writer", ["Owen Tresize"], ["AP Diplomatic Writer"]),
        ("By PARK MIN-SEO", ["Park Min-seo"], [None]),
        ("By Yoon Da-hye", ["Yoon Da-hye"], [None]),
        ("^By CARLA REYES and TOMAS BERG=", ["Carla Reyes", "Tomas Berg"], [None, None]),
        ("By Lukas Brenner, dpa =", ["Lukas Brenner"], ["dpa"]),
        ("By NINA PATEL AP Business Writer", ["Nina Patel"], ["AP Business Writer"]),
        (
            "By Iris Vogel, AP Science Writer, and Sam Ortiz, Associated Press",
            ["Iris Vogel", "Sam Ortiz"],
            ["AP Science Writer", "Associated Press"],
        ),
        ("By Grant Wexley, UPI Correspondent", ["Grant Wexley"], ["UPI Correspondent"]),
        ("By Xinhua writers Zhou Lan and Ma Jun", ["Zhou Lan", "Ma Jun"], ["Xinhua writers", "Xinhua writers"]),
        ("By Peter Lowe, Jr., AP Sports Writer", ["Peter Lowe Jr."], ["AP Sports Writer"]),
        ("By Hannah Cole | May 27, 2016 at 4:12 PM", ["Hannah Cole"], [None]),
        ("(By Ellis Marr)", ["Ellis Marr"], [None]),
        ("By Claire Dumont / AFP", ["Claire Dumont"], ["AFP"]),
        ("By Claire Dumont (AFP)", ["Claire Dumont"], ["AFP"]),
        ("by Laurent BANGUET", ["Laurent Banguet"], [None]),
        ("by Anne-Sophie LABADIE with Marc DUVAL in Lyon", ["Anne-Sophie Labadie", "Marc Duval"], [None, None]),
        ("By Yoo Jee-ho", ["Yoo Jee-ho"], [None]),
        ("By JANE O'BRIEN, Associated Press Writer", ["Jane O'Brien"], ["Associated Press Writer"]),
        ("By Grant Wexley, UPI.com", ["Grant Wexley"], ["UPI.com"]),
        ("By Tessa Quinn, Press Association Political Correspondent", ["Tessa Quinn"],
         ["Press Association Political Correspondent"]),
        ("By Tessa Quinn, for The Associated Press", ["Tessa Quinn"], ["for The Associated Press"]),
    ],
)
def test_byline_by_line_reads_authors(line: str, names: list[str], titles: list[str | None]) -> None:
    people = match_by_line(line)
    assert people is not None
    assert [p.name for p in people] == names
    assert [p.title for p in people] == titles
    assert {p.role for p in people} == {"author"}


def test_byline_by_line_reads_place_and_email() -> None:
    (person,) = match_by_line("By Nadia Haddad in Beirut") or ()
    assert (person.name, person.location) == ("Nadia Haddad", "Beirut")
    (person,) = match_by_line("By Nadia Haddad (nadia.haddad@example.com), Reuters") or ()
    assert (person.email, person.title) == ("nadia.haddad@example.com", "Reuters")


@pytest.mark.parametrize(
    "line",
    ["By The Associated Press", "By AFP", "By Reuters Staff", "By Staff Writers", "By Our Correspondent",
     "BY AGENCIES"],
)
def test_byline_by_line_credit_naming_nobody(line: str) -> None:
    assert match_by_line(line) == ()


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, profits had doubled.",
        "By Monday, the company had withdrawn its offer.",
        "By The End Of The Year",
        "BY THE NUMBERS",
        "By contrast, exports fell 3 pct in March.",
        "by Tribune on June 30 as part of its purchase of the station",
        "By Air Force standards, the trip was short and uneventful.",
        "By 1400 GMT the index was up 2.1 pct",
        "Bypass road to open next month",
        "By the agency's own estimate",
        "Standby Jane Doe",
        "",
    ],
)
def test_byline_by_line_rejects_sentences(line: str) -> None:
    assert match_by_line(line) is None


@pytest.mark.parametrize(("line", "people"), [
    ("Written by Nadia El Amrani", [("Nadia El Amrani", "author")]),
    ("Reported by Tran Thi Lan", [("Tran Thi Lan", "author")]),
    ("Report by Ana Lucia Prado", [("Ana Lucia Prado", "author")]),
    ("From Rosli Abu Samah", [("Rosli Abu Samah", "author")]),
    ("Compiled by Zanele Khumalo and Pieter Botha", [("Zanele Khumalo", "compiled"), ("Pieter Botha", "compiled")]),
    ("Compiled by Xinhua", []),
    ("By Jane Doe, The Lakeside Courier", [("Jane Doe", "author")]),
    ("By Tom Lee and Ann Hale, The Harbour Post", [("Tom Lee", "author"), ("Ann Hale", "author")]),
])
def test_byline_head_credit_words_and_publications(line: str, people: list[tuple[str, str]]) -> None:
    """Other words than "By" open a head credit; a newspaper after the names is a title, not prose."""
    found = match_by_line(line)
    assert found is not None and [(p.name, p.role) for p in found] == people


@pytest.mark.parametrize("line", [
    "From Monday, the ministry will close the road.",
    "From the outset the plan was doomed.",
    "From New York, the bank said",
    "Written by hand, the note was short.",
    "Report by the committee was delayed",
    "By The End Of The Year",
])
def test_byline_head_credit_words_keep_rejecting_sentences(line: str) -> None:
    assert match_by_line(line) is None


@pytest.mark.parametrize(("line", "names"), [
    ("BY ELENA MARKOVA AND DAVID OKAFOR", ["Elena Markova", "David Okafor"]),  # the connective in capitals too
    ("By Karin Ek/TT", ["Karin Ek"]),  # a name and an agency tag after a slash
    ("By Nils Dahl/NTB and Eva Lund/NTB", ["Nils Dahl", "Eva Lund"]),
    ("By Ritika Chopra | Updated: Jan 4, 2024 10:30 IST", ["Ritika Chopra"]),
    ("Story by Liu Yang", ["Liu Yang"]),
])
def test_byline_by_line_forms_of_other_houses(line: str, names: list[str]) -> None:
    found = match_by_line(line)
    assert found is not None and [p.name for p in found] == names


@pytest.mark.parametrize("line", [
    "By Xinhua BEIJING, Jan. 3 -- Rail operators added 200 trains.",  # an agency and a place are nobody
    "By Jane Doe, Jan. 3 -- Rail operators added 200 trains to the timetable.",  # a sentence, not a stamp
    "By Jane Doe/and more",
])
def test_byline_by_line_agency_place_and_sentences_are_nobody(line: str) -> None:
    assert not match_by_line(line)


@pytest.mark.parametrize(("line", "names", "rest"), [
    ("By Norliza Ismail SINGAPORE, June 25 (NNN-BERNAMA) — The port reopened.", ["Norliza Ismail"],
     "SINGAPORE, June 25"),
    ("By Jane Doe and Tom Lee NEW YORK (AP) — Stocks rose.", ["Jane Doe", "Tom Lee"], "NEW YORK (AP)"),
    ("From Anas Abu Bakar KUALA LUMPUR, May 31 (Bernama) -- The rate held.", ["Anas Abu Bakar"], "KUALA LUMPUR"),
    # A colon after "By", initials, names joined by "&", a place in capitals closed by a dash (Pacific weeklies).
    ("By: Q.Z. Vokar & Lena Brix KOROR, Palau (Dec. 29, 2025) — The jail reopened.", ["Q.Z. Vokar", "Lena Brix"],
     "KOROR, Palau"),
    ("By Lena Brix (AFP) ZAMVOK – The port reopened on Monday.", ["Lena Brix"], "ZAMVOK –"),
    ("by Lena Brix & Tom Vokar KUCHING: The state said it was on course.", ["Lena Brix", "Tom Vokar"], "KUCHING:"),
])
def test_byline_run_in_by_line_gives_people_and_where_the_lead_starts(line: str, names: list[str], rest: str) -> None:
    found = match_run_in_by_line(line)
    assert found is not None
    assert [p.name for p in found[0]] == names
    assert line[found[1]:].startswith(rest)


@pytest.mark.parametrize("line", [
    "By JANE DOE SINGAPORE, June 25 (Bernama) - The port reopened.",  # capitals: where would the name end?
    "By Monday SINGAPORE, June 25",
    "By contrast EXPORTS, which fell, ...",
    "By and large EXPORTS – which fell – held up.",
    "SINGAPORE, June 25 (Bernama) - By Jane Doe",
])
def test_byline_run_in_by_line_needs_names_then_a_capitalised_place(line: str) -> None:
    assert match_run_in_by_line(line) is None


# ---------------------------------------------------------------- trailers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The won closed higher.\n(Reporting by Ann Hale and Bo Kern in Seoul; Additional reporting by "
            "Cy Dunn in Tokyo; Writing by Dee Fox; Editing by Eve Gray and Finn Holt)",
            [
                ("Ann Hale", "reporting", "Seoul"),
                ("Bo Kern", "reporting", "Seoul"),
                ("Cy Dunn", "additional_reporting", "Tokyo"),
                ("Dee Fox", "writing", None),
                ("Eve Gray", "editing", None),
                ("Finn Holt", "editing", None),
            ],
        ),
        ("Shares fell.\nReporting by Ann Hale; Editing by Bo Kern", [("Ann Hale", "reporting", None), ("Bo Kern",
                                                                                                       "editing",
                                                                                                       None)]),
        ("Shares fell.\n(Compiled by Rosa Lindqvist)", [("Rosa Lindqvist", "compiled", None)]),
        ("Shares fell.\n(Additional reporting by Rosa Lindqvist)", [("Rosa Lindqvist", "additional_reporting", None)]),
        ("Shares fell.\n(Reporting By V. Ramesh; Editing by Bo Kern).", [("V. Ramesh", "reporting", None), ("Bo Kern",
                                                                                                            "editing",
                                                                                                            None)]),
        ("Shares fell.\n(Reporting by Ann Hale, writing by Bo Kern; editing by Cy Dunn)",
         [("Ann Hale", "reporting", None), ("Bo Kern", "writing", None), ("Cy Dunn", "editing", None)]),
        # a trailer wrapped inside a name, and a break before "Additional reporting by"
        ("Shares fell.\n(Reporting by Ann Hale; Editing by Bo\nKern and Cy Dunn)",
         [("Ann Hale", "reporting", None), ("Bo Kern", "editing", None), ("Cy Dunn", "editing", None)]),
        ("Shares fell.\n(Reporting by Ann Hale\nAdditional reporting by Bo Kern)",
         [("Ann Hale", "reporting", None), ("Bo Kern", "additional_reporting", None)]),
        ("Shares fell.\n(Reporting by Ann Hale\nEditing by Bo Kern)", [("Ann Hale", "reporting", None), ("Bo Kern",
                                                                                                         "editing",
                                                                                                         None)]),
        ("Shares fell.\n(Reporting by Ann Hale, Bo Kern and Shanghai and Beijing newsrooms; Writing by Cy Dunn)",
         [("Ann Hale", "reporting", None), ("Bo Kern", "reporting", None), ("Cy Dunn", "writing", None)]),
        ("Shares fell.\n(Reporting by Ann Hale in Washington and New York; Editing by Bo Kern)",
         [("Ann Hale", "reporting", "Washington and New York"), ("Bo Kern", "editing", None)]),
        ("Shares fell.\n(Reporting by Ann Hale; additional; writing by Bo Kern)",
         [("Ann Hale", "reporting", None), ("Bo Kern", "writing", None)]),
        ("Shares fell.\n(Additional reporting by Ann Hale in Tokyo)\n(Editing by Bo Kern)",
         [("Ann Hale", "additional_reporting", "Tokyo"), ("Bo Kern", "editing", None)]),
        ("The storm weakened.\n\n___\n\nAssociated Press writer Janet Marsh contributed to this report.",
         [("Janet Marsh", "additional_reporting", None)]),
        ("The storm weakened.\nAssociated Press writers Ann Hale in Paris and Bo Kern in Rome contributed.",
         [("Ann Hale", "additional_reporting", "Paris"), ("Bo Kern", "additional_reporting", "Rome")]),
        ("The storm weakened.\nAssociated Press writers Ann Hale in Seoul, South Korea, and Bo Kern contributed to "
         "this report.",
         [("Ann Hale", "additional_reporting", "Seoul, South Korea"), ("Bo Kern", "additional_reporting", None)]),
        ("The storm weakened.\nAPTN contributor Lia Moreno in Lima helped with this story.",
         [("Lia Moreno", "additional_reporting", "Lima")]),
        ("Talks resume on Monday.\nEditor: Zhou Lan", [("Zhou Lan", "editing", None)]),
    ],
)
def test_byline_trailer_reads_roles_and_places(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = match_trailer(text)
    assert found is not None
    people, _ = found
    assert [(p.name, p.role, p.location) for p in people] == expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Shares fell.\n(Reporting by Ann Hale; Editing by Bo Kern)", "Shares fell."),
        ("Shares fell. (Reporting by Ann Hale)  \n", "Shares fell."),
        ("The storm weakened.\n\n___\nAssociated Press writer Janet Marsh contributed.", "The storm weakened."),
        ("Shares fell.\n(Reporting by Ann Hale; Editing by Bo Kern)((ann.hale@example.com; +1 202 555 0100))",
         "Shares fell."),
    ],
)
def test_byline_trailer_start_cuts_the_body(text: str, body: str) -> None:
    found = match_trailer(text)
    assert found is not None
    assert text[: found[1]].rstrip() == body


def test_byline_trailer_contact_email_goes_to_reporter() -> None:
    found = match_trailer("Shares fell.\n(Reporting by Ann Hale; Editing by Bo Kern)((ann.hale@example.com; +1 202 "
                          "555 0100))")
    assert found is not None
    assert [(p.name, p.email) for p in found[0]] == [("Ann Hale", "ann.hale@example.com"), ("Bo Kern", None)]


@pytest.mark.parametrize(
    "text",
    [
        "He said the car was hit by a truck.",
        "Reporting by the newspaper showed the company was hit by losses.",
        "The report was written by Jane Doe and John Roe.",
        "The fund was set up (financed by Jane Doe, a banker).",
        "(Reporting by Ann Hale; Editing by Bo Kern)\nThe talks continue on Monday.",
        "Associated Press writer Janet Marsh said the storm had contributed to the floods and more.",
        "Editor: the paper declined to comment",
        "",
    ],
)
def test_byline_trailer_rejects_prose(text: str) -> None:
    assert match_trailer(text) is None


# ---------------------------------------------------------------- sign-offs


@pytest.mark.parametrize(
    ("line", "emails"),
    [
        ("hanbyul@yna.co.kr", ("hanbyul@yna.co.kr",)),
        ("dahye.yoon@yna.co.kr", ("dahye.yoon@yna.co.kr",)),
        ("  sjpark@yna.co.kr  ", ("sjpark@yna.co.kr",)),
        ("<sjpark@yna.co.kr>", ("sjpark@yna.co.kr",)),
        ("sjpark@yna.co.kr, dahye.yoon@yna.co.kr", ("sjpark@yna.co.kr", "dahye.yoon@yna.co.kr")),
        ("sjpark@yna.co.kr / dahye.yoon@yna.co.kr", ("sjpark@yna.co.kr", "dahye.yoon@yna.co.kr")),
        ("sjpark@yna.co.kr dahye.yoon@yna.co.kr", ("sjpark@yna.co.kr", "dahye.yoon@yna.co.kr")),
    ],
)
def test_byline_signoff_reads_emails(line: str, emails: tuple[str, ...]) -> None:
    signoff = match_signoff(line)
    assert signoff is not None
    assert (signoff.email, signoff.emails, signoff.redacted, signoff.raw) == (emails[0], emails, False, line)


@pytest.mark.parametrize(
    "line",
    ["[email protected]", "[ email protected ]", "(email protected)", "[email&#160;protected]",
     "[email\u00a0protected]"],
)
def test_byline_signoff_reads_redacted_email(line: str) -> None:
    assert match_signoff(line) == Signoff(raw=line, email=None, redacted=True, initials=None)


@pytest.mark.parametrize(
    ("line", "initials"),
    [
        ("lb/jm", "lb/jm"),
        ("pid/rox", "pid/rox"),
        ("burs-sst/fz", "burs-sst/fz"),
        ("ml/xx", "ml/xx"),
        ("lb/jm 1234GMT", "lb/jm"),
        ("hk 0915 GMT", "hk"),
        ("ml", "ml"),
        ("dpa tkw lrs", "tkw lrs"),
        ("PTI SKL RT", "SKL RT"),
    ],
)
def test_byline_signoff_reads_desk_initials(line: str, initials: str) -> None:
    signoff = match_signoff(line)
    assert signoff is not None
    assert (signoff.initials, signoff.email, signoff.redacted) == (initials, None, False)


@pytest.mark.parametrize(
    "line",
    [
        "For details write to desk@yna.co.kr before Friday.",
        "Contact: hanbyul@yna.co.kr",
        "and/or",
        "the",
        "pid",
        "Seoul/Muan",
        "LB/JM",
        "AP-WF-03-14-19 1509GMT",
        "(END)",
        "",
    ],
)
def test_byline_signoff_rejects_other_lines(line: str) -> None:
    assert match_signoff(line) is None


@pytest.mark.parametrize(
    ("line", "initials", "time", "agency"),
    [
        ("lb/jm 1234GMT", "lb/jm", "1234GMT", None),
        ("hk 0915 GMT", "hk", "0915 GMT", None),
        ("dpa tkw lrs", "tkw lrs", None, "dpa"),
        ("PTI SKL RT", "SKL RT", None, "PTI"),
        ("afp ck/ml 1020 GMT", "ck/ml", "1020 GMT", "AFP"),
        ("burs-sst/fz", "burs-sst/fz", None, None),
    ],
)
def test_byline_signoff_keeps_time_and_signing_agency(line: str, initials: str, time: str | None,
                                                      agency: str | None) -> None:
    signoff = match_signoff(line)
    assert signoff is not None
    assert (signoff.initials, signoff.time, signoff.agency) == (initials, time, agency)


@pytest.mark.parametrize(
    ("trailer", "agency"),
    [
        ("(Reporting by Ann Wu in Seoul; Editing by Tom Lee)", "Reuters"),
        ("(Additional reporting by Ann Wu; Writing by Tom Lee)", "Reuters"),
        ("___ Associated Press writer Mary Clarke contributed to this report.", "AP"),
        ("Reporting by Ann Wu; Editing by Tom Lee", None),
        ("Editor: Li Hua", None),
    ],
)
def test_byline_trailer_house_style_names_the_agency(trailer: str, agency: str | None) -> None:
    assert trailer_house(trailer) == agency


# ---------------------------------------------------------------- merging


def _author(name: str) -> Person:
    return Person(name=name, role="author")


def test_byline_merge_attaches_single_email_to_single_author() -> None:
    byline = merge_credits((_author("Han Byul"),), (), match_signoff("starlight@yna.co.kr"), ("By Han Byul",))
    assert byline.people == (Person(name="Han Byul", role="author", email="starlight@yna.co.kr"),)
    assert byline.raw == ("By Han Byul",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("dahye.yoon@yna.co.kr sjpark@yna.co.kr", [("Park Seo-jin", "sjpark@yna.co.kr"), ("Yoon Da-hye",
                                                                                          "dahye.yoon@yna.co.kr")]),
        ("sjpark@yna.co.kr, zz99@yna.co.kr", [("Park Seo-jin", "sjpark@yna.co.kr"), ("Yoon Da-hye", None), (None,
                                                                                                            "zz99@yna.co.kr")]),
    ],
)
def test_byline_merge_matches_emails_by_name_letters(line: str, expected: list[tuple[str | None, str | None]]) -> None:
    byline = merge_credits((_author("Park Seo-jin"), _author("Yoon Da-hye")), (), match_signoff(line), ())
    assert [(p.name, p.email) for p in byline.people] == expected


def test_byline_merge_email_without_author_is_email_only_person() -> None:
    byline = merge_credits((), (), match_signoff("deskeditor@yna.co.kr"), ())
    assert byline.people == (Person(name=None, role="author", email="deskeditor@yna.co.kr"),)


def test_byline_merge_redacted_without_author_credits_nobody() -> None:
    signoff = match_signoff("[email protected]")
    byline = merge_credits((), (), signoff, ())
    assert byline.people == ()
    assert byline.signoff == signoff


def test_byline_merge_redacted_marks_named_author_without_inventing_address() -> None:
    byline = merge_credits((_author("Han Byul"),), (), match_signoff("[email protected]"), ())
    assert byline.people == (Person(name="Han Byul", role="author", email=None, email_redacted=True),)


def test_byline_merge_redacted_with_two_authors_marks_nobody() -> None:
    byline = merge_credits((_author("Han Byul"), _author("Oh Se-ri")), (), match_signoff("[email protected]"), ())
    assert not any(p.email_redacted for p in byline.people)


def test_byline_merge_collapses_duplicates_by_name_and_role() -> None:
    # The By-line's author and the same name in "(Reporting by ...)" are one credit: one row, the first role.
    head = (_author("Ann Hale"), _author("ann hale"))
    trailer = (Person(name="Ann Hale", role="reporting"), Person(name="Ann  Hale", role="reporting"),
               Person(name="Ann Hale", role="editing"), Person(name="Bo Kern", role="writing"))
    byline = merge_credits(head, trailer, None, ())
    assert [(p.name, p.role) for p in byline.people] == [("Ann Hale", "author"), ("Ann Hale", "editing"),
                                                          ("Bo Kern", "writing")]


def test_byline_merge_email_goes_to_trailer_reporter_without_by_line() -> None:
    trailer = (Person(name="Ann Hale", role="reporting"), Person(name="Bo Kern", role="editing"))
    byline = merge_credits((), trailer, match_signoff("ann.hale@example.com"), ())
    assert [(p.name, p.email) for p in byline.people] == [("Ann Hale", "ann.hale@example.com"), ("Bo Kern", None)]


# ---------------------------------------------------------------- whole stories
# Read as production reads them: the format parser, then normalise's one walk of head and tail.

REF = dt.date(2024, 7, 5)


def _byline(text: str) -> Byline:
    (article,) = parse_file(text.encode(), reference_date=REF).articles
    return article.byline


YONHAP_STORY = """(LEAD) Port city opens new ferry terminal

(ATTN: ADDS quotes in paras 4-5)
By Yoon Da-hye
BUSAN, March 3 (Yonhap) -- A new international ferry terminal opened in this port city on Tuesday, officials said.
The terminal will handle up to 3 million passengers a year.
dahye.yoon@yna.co.kr
(END)
"""

YONHAP_NO_BYLINE = """Exports rise for third month

SEOUL, March 3 (Yonhap) -- South Korea's exports rose for a third month in February, data showed Tuesday.
deskeditor@yna.co.kr
(END)
"""

YONHAP_REDACTED = """Exports rise for third month

By Oh Se-ri
SEOUL, March 3 (Yonhap) -- South Korea's exports rose for a third month in February, data showed Tuesday.
[email protected]
(END)
"""

REUTERS_1987 = """BANK RAISES PRIME RATE

By Daniel Harcourt, Reuters
NEW YORK, March 2 - A major bank raised its prime rate.
    The move was expected, analysts said.
 REUTER
"""

REUTERS_WEB = """Grain exports slow on weak demand

CHICAGO Grain exports slowed in the latest week, the government said on Thursday.
Traders had expected a larger decline.
(Reporting by Ann Hale in Chicago; Additional reporting by Cy Dunn in Paris; Editing by Eve Gray)
Our Standards: The Thomson Reuters Trust Principles.
"""

AP_STORY = """Storm closes schools across the islands

By MARTA SILVA
Associated Press
LISBON, Portugal (AP) — A rare winter storm closed schools on Friday.
Officials told people to stay indoors.
___
Associated Press writer Janet Marsh in Madrid contributed to this report.
"""

ANPA_STORY = (
    "\x16\x16\x01w1234\x1fbc-lt--Harbor\n^Fishing fleet returns early<\n^By LUIS ORTEGA and MAYA FINCH=\n"
    "^Associated Press=\n\t   VALPARAISO, Chile (AP) _ The fishing fleet returned early on Monday.\n \n"
    "\t   ___\n \n\t   APTN contributor Rosa Vidal in Santiago helped with this story.\n \n"
    "\t   \x03AP-WF-03-14-19 1509GMT<\n\n\x0c\n\x04"
)

AFP_STORY = """Talks on river dam stall

Negotiations on a disputed river dam stalled on Tuesday, officials said.
The sides will meet again next month.
lb/jm
"""

UPI_STORY = """Senate passes budget bill

WASHINGTON, May 27 (UPI) -- The Senate passed the budget bill late Thursday.
By a vote of 60-38, senators approved the measure.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (YONHAP_STORY, [("Yoon Da-hye", "author", "dahye.yoon@yna.co.kr", False)]),
        (YONHAP_NO_BYLINE, [(None, "author", "deskeditor@yna.co.kr", False)]),
        (YONHAP_REDACTED, [("Oh Se-ri", "author", None, True)]),
        (REUTERS_1987, [("Daniel Harcourt", "author", None, False)]),
        (
            REUTERS_WEB,
            [
                ("Ann Hale", "reporting", None, False),
                ("Cy Dunn", "additional_reporting", None, False),
                ("Eve Gray", "editing", None, False),
            ],
        ),
        (AP_STORY, [("Marta Silva", "author", None, False), ("Janet Marsh", "additional_reporting", None, False)]),
        (
            ANPA_STORY,
            [
                ("Luis Ortega", "author", None, False),
                ("Maya Finch", "author", None, False),
                ("Rosa Vidal", "additional_reporting", None, False),
            ],
        ),
        (AFP_STORY, []),
        (UPI_STORY, []),
    ],
)
def test_byline_whole_story_credits(text: str, expected: list[tuple[str | None, str, str | None, bool]]) -> None:
    byline = _byline(text)
    assert [(p.name, p.role, p.email, p.email_redacted) for p in byline.people] == expected


def test_byline_whole_story_keeps_raw_lines_and_signoff() -> None:
    ap = _byline(AP_STORY)
    assert ap.raw == (
        "By MARTA SILVA",
        "Associated Press",
        "___ Associated Press writer Janet Marsh in Madrid contributed to this report.",
    )
    assert ap.people[1].location == "Madrid"
    assert ap.people[1].title == "Associated Press writer"
    afp = _byline(AFP_STORY)
    assert afp.signoff is not None and afp.signoff.initials == "lb/jm"
    assert normalise(Story("text", 0, None, ""), reference_date=REF).byline == Byline(raw=(), people=(), signoff=None)


# ---------------------------------------------------------------- properties

_FRAGMENTS = st.sampled_from([
    "By ", "BY ", "by ", "Jane O'Brien", "JANE O'BRIEN", "Park Min-seo", " and ", ", ", "; ", " in ", "Seoul",
    "Reuters", "AP Diplomatic Writer", "(", ")", "((", "))", "Reporting by ", "Additional reporting by ",
    "Editing by ", "Writing by ", "Compiled by ", "Associated Press writer ", " contributed to this report.",
    "\n", "\n___\n", "hanbyul@yna.co.kr", "[email protected]", "lb/jm", " 1234GMT", "(END)", "Editor: ",
    "the end of the year", "Monday", "-", "=", "^", ".", "New York", "South Korea", "Jr.", "|", "@",
    "From ", "Written by ", "Report by ", "SINGAPORE, ", "(AP) ", "The Harbour Post",
    " contributed reporting", " contributed to this report", "--With assistance from ", "Contributing: ",
    "To contact the reporter on this story:\n", "To contact the editors responsible:\n", " at ", "(@jd)",
    "Kuala Lumpur", "Bangkok Post", "(RO - author: ", ", editor: ", "; EN - ", ")",
    "COMMENTARY: ", " is a freelance journalist based in ", "With files from ", " from wire reports", " NA ",
    "Na ", "Ni ", "Deur ", "Piše: ", "Pewarta: ", " @jdoe", " of Te Waka Hou", " and edited by ", "Words by ",
    "de ", "Nga ", "Per ", "Gan ", " și ", " dhe ", " a ", "Posted ", " | by ", " on July 5, 2024", "3 min read",
    "Published: 10:30am, 5 Jul 2024", "Author: Doe, Jane", "---", 'author: "', "transl. M.P.", "CNN's ", "\n\n",
])
_CREDITISH = st.lists(_FRAGMENTS, max_size=25).map("".join)
_ANY_TEXT = st.one_of(st.text(), _CREDITISH)


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_byline_recognisers_never_raise(text: str) -> None:
    people = match_by_line(text)
    assert people is None or all(isinstance(p, Person) for p in people)
    trailer = match_trailer(text)
    if trailer is not None:
        assert 0 <= trailer[1] <= len(text)
        assert trailer[0]
    signoff = match_signoff(text)
    assert signoff is None or isinstance(signoff, Signoff)
    run_in = match_run_in_by_line(text)
    if run_in is not None:
        assert all(isinstance(p, Person) for p in run_in[0]) and 0 < run_in[1] <= len(text)
    lines = text.split("\n")
    block = credit_in_head_block(lines)
    if block is not None:
        assert block[0] and all(isinstance(p, Person) for p in block[0]) and 0 <= block[1] < len(lines)


# Trailer text with the white space and stops the patterns' ends allow.
_TRAILER_TAILS = st.lists(st.one_of(_FRAGMENTS, st.sampled_from([
    "Editor: Jo Ma", "Writers: Ann Hale and Bo Kern", "Reporting by Bo Kern", "AP writer Han Byul helped.",
    "Bo Kern is a writer.", " is a freelance journalist based in Suva", "— With files from Jo Ma",
    "The Associated Press contributed.", " \t", "\u2028", "\x1c", "..", "\u00a0", "  \n\n", "CONTRIBUTED",
])), max_size=20).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.text(), _TRAILER_TAILS))
def test_trailer_patterns_are_found_where_they_are_anchored(text: str) -> None:
    """Matching the one-line trailers at _last_line_at, and trying the AP pattern only when the last line names
    the contribution, finds what a search of the whole text finds."""
    at = byline_module._last_line_at(text)
    for pattern in (byline_module._LINE_TRAILER, byline_module._LABEL_TRAILER, byline_module._CONTRIBUTED_LINE,
                    byline_module._ASSISTANCE_LINE, byline_module._PAREN_LABELS, byline_module._BIO_LINE):
        searched, matched = pattern.search(text), pattern.match(text, at)
        assert (searched and (searched.span(), searched.groupdict())) == (matched and (matched.span(),
                                                                                       matched.groupdict()))
    if byline_module._AP_CONTRIBUTOR.search(text):
        assert byline_module._AP_CONTRIBUTED.search(text, text.rfind("\n") + 1)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "Z", " ", "\t", "\n", "\x00", "\x1c", "\x1f", "\x7f", "\x80", "\x85",
                                         "\xa0", "\u2028", "\u3000", "^", "=", "<", ">", "-"]), max_size=12))
def test_byline_artefacts_are_stripped_as_the_pattern_strips_them(line: str) -> None:
    pattern = re.compile(r"^[\s^\x00-\x1f\x7f]+|[\s=<\x00-\x1f\x7f]+$")
    assert byline_module.strip_artefacts(line) == pattern.sub("", line)


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_byline_whole_story_walk_is_deterministic(text: str) -> None:
    story = Story("text", 0, None, text)
    first = normalise(story, reference_date=REF).byline
    assert normalise(story, reference_date=REF).byline == first
    assert all(p.name is None or p.name == normal_name(p.name) for p in first.people)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz '-.ßİǆ")))
def test_byline_normal_name_idempotent(text: str) -> None:
    once = normal_name(text)
    assert normal_name(once) == once


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["Ann Hale", "Bo Kern", "Han Byul", None]), max_size=4),
    st.lists(st.sampled_from(["annhale@example.com", "bo.kern@example.com", "x1@example.com"]), max_size=3),
    st.booleans(),
)
def test_byline_merge_never_invents_or_loses_emails(names: list[str | None], emails: list[str], redacted: bool) -> None:
    head = tuple(_author(n) for n in names if n)
    line = " ".join(emails + (["[email protected]"] if redacted else []))
    signoff = match_signoff(line) if line else None
    byline = merge_credits(head, (), signoff, ())
    given_out = sorted(p.email for p in byline.people if p.email)
    assert given_out == sorted(set(emails))
    assert all(p.email is None for p in byline.people if p.email_redacted)


def test_byline_trailer_story_by_is_writing() -> None:
    found = match_trailer("Herders moved their flocks.\n\nStory by Gulnar Ahmet; photos by Wang Jian")
    assert found is not None
    assert [(p.name, p.role) for p in found[0]] == [("Gulnar Ahmet", "writing"), ("Wang Jian", "photo")]


@pytest.mark.parametrize(("line", "people"), [
    ("By Jane Doe, Kuala Lumpur", [("Jane Doe", "Kuala Lumpur", None)]),
    ("By Jane Doe, Tegucigalpa", [("Jane Doe", "Tegucigalpa", None)]),
    ("By Jane Doe and Tom Lee, Dar es Salaam",
     [("Jane Doe", "Dar es Salaam", None), ("Tom Lee", "Dar es Salaam", None)]),
    ("By Jane Doe, Bangkok Post", [("Jane Doe", None, "Bangkok Post")]),
    ("By Jane Doe, Opta Sports Data", [("Jane Doe", None, "Opta Sports Data")]),
    ("By Jane Doe and Victoria Lopez", [("Jane Doe", None, None), ("Victoria Lopez", None, None)]),
])
def test_byline_place_or_outlet_after_the_names_is_no_person(
    line: str, people: list[tuple[str, str | None, str | None]]
) -> None:
    found = match_by_line(line)
    assert found is not None and [(p.name, p.location, p.title) for p in found] == people


@pytest.mark.parametrize(("name", "person"), [
    ("Opta Sports Data", False), ("Bangkok Post", False), ("Kuala Lumpur Desk", False), ("Jane Doe", True),
    ("Lena Sun", True),
])
def test_byline_metadata_credit_is_a_person_only_by_its_shape(name: str, person: bool) -> None:
    assert byline_module.is_person_credit(name) is person


@pytest.mark.parametrize(("text", "people"), [
    ("The museum reopened.\n\nAurelien Breeden contributed reporting from Lyon.",
     [("Aurelien Breeden", "additional_reporting")]),
    ("The museum reopened.\n\nJane Doe and Tom Lee contributed to this report.",
     [("Jane Doe", "additional_reporting"), ("Tom Lee", "additional_reporting")]),
    ("The pound rose.\n\n--With assistance from Lucy Meakin and Tom Rees.",
     [("Lucy Meakin", "additional_reporting"), ("Tom Rees", "additional_reporting")]),
    ("The pound rose.\n\nContributing: Maria Lopez, Dan Whitaker",
     [("Maria Lopez", "additional_reporting"), ("Dan Whitaker", "additional_reporting")]),
    ("The pound rose.\n\nTo contact the reporters on this story:\nAnna Kowalski in London at ak@example.net;"
     " Ben Ode in Lagos at bo@example.net\nTo contact the editor responsible for this story:\n"
     "James Hirai at jh@example.net",
     [("Anna Kowalski", "reporting"), ("Ben Ode", "reporting"), ("James Hirai", "editing")]),
])
def test_byline_trailer_contributor_lines_and_contact_blocks(text: str, people: list[tuple[str, str]]) -> None:
    found = match_trailer(text)
    assert found is not None
    assert [(p.name, p.role) for p in found[0]] == people
    assert text[:found[1]].rstrip() in ("The museum reopened.", "The pound rose.")


@pytest.mark.parametrize("text", [
    "Officials from three ministries contributed to the report.",
    "The fund said donors contributed reporting tools worth $5 million.",
    "To contact the reporter on this story:\nplease call the desk",
    "With assistance from the United Nations, the town rebuilt its school.",
])
def test_byline_trailer_contributor_forms_reject_prose(text: str) -> None:
    assert match_trailer(text) is None


def test_byline_by_line_drops_a_social_handle() -> None:
    found = match_by_line("By Jane Whitfield (@jwhitfield)")
    assert found is not None and [p.name for p in found] == ["Jane Whitfield"]


@pytest.mark.parametrize(("text", "people"), [
    ("The metro opened.\n\n(RO - author: Ioana Marin, editor: Radu Stan;"
     " EN - author: Elena Vasile, editor: Mihai Popa)",
     [("Ioana Marin", "author"), ("Radu Stan", "editing"), ("Elena Vasile", "author"), ("Mihai Popa", "editing")]),
    ("The metro opened.\n\nReporter: Hanni Sofia, Editor: Rahmad Nasution",
     [("Hanni Sofia", "reporting"), ("Rahmad Nasution", "editing")]),
    ("The metro opened.\n\n(Editor: Li Hua)", [("Li Hua", "editing")]),
])
def test_byline_trailer_labelled_credits_in_parentheses_and_language_groups(
    text: str, people: list[tuple[str, str]]
) -> None:
    found = match_trailer(text)
    assert found is not None
    assert [(p.name, p.role) for p in found[0]] == people
    assert text[:found[1]].rstrip() == "The metro opened."


@pytest.mark.parametrize("text", [
    "The metro opened.\n\n(The editor: a new role for the city, officials said)",
    "The metro opened.\n\n(Source: Xinhua)",
])
def test_byline_trailer_parenthesised_labels_need_names(text: str) -> None:
    assert match_trailer(text) is None


@pytest.mark.parametrize(("text", "people"), [
    ("The ferry sailed.\n\nPhoto: Jane Doe/AFP", [("Jane Doe", "photo")]),
    ("The ferry sailed.\n\n(Reporting by Jane Doe/TT; Editing by Tom Lee)",
     [("Jane Doe", "reporting"), ("Tom Lee", "editing")]),
    ("The ferry sailed.\n\nStory: Jane Doe; Photos: Tom Lee/Reuters", [("Jane Doe", "writing"), ("Tom Lee", "photo")]),
])
def test_byline_trailer_names_with_an_agency_tag_after_a_slash(text: str, people: list[tuple[str, str]]) -> None:
    found = match_trailer(text)
    assert found is not None and [(p.name, p.role) for p in found[0]] == people


def test_byline_run_in_credit_naming_nobody_leaves_the_dateline() -> None:
    line = "By Xinhua BEIJING, Jan. 3 -- Rail operators added 200 trains."
    assert match_run_in_by_line(line) == ((), len("By Xinhua "))
    (article,) = parse_file(f"Rail\n\n{line}\n".encode(), reference_date=dt.date(2024, 1, 4)).articles
    assert article.byline.people == ()
    assert article.dateline is not None and article.dateline.city == "Beijing"
    assert article.body.startswith("Rail operators")


# ---------------------------------------------------------------- credits in other languages and metadata names


@pytest.mark.parametrize(("line", "people"), [
    ("Par Jean-Luc MARCHAND", [("Jean-Luc Marchand", None, None)]),
    ("Von Hans-Peter Krüger, dpa", [("Hans-Peter Krüger", None, "dpa")]),
    ("Por Lucía Fernández", [("Lucía Fernández", None, None)]),
    ("di Giulia D'Angelo", [("Giulia D'Angelo", None, None)]),
    ("Door Jan-Willem van der Meer", [("Jan-Willem van der Meer", None, None)]),
    ("Av Ingrid Bakken Dahl", [("Ingrid Bakken Dahl", None, None)]),
    ("Af Mette Kjær Sørensen/Ritzau", [("Mette Kjær Sørensen", None, None)]),
    ("Oleh: Siti Rahayu", [("Siti Rahayu", None, None)]),
    ("Por Ana Ruiz y Luis Mora", [("Ana Ruiz", None, None), ("Luis Mora", None, None)]),
    ("Por José Ortega y Gasset", [("José Ortega y Gasset", None, None)]),  # one name: "Gasset" alone is none
    ("Von Anna Schulz und Jonas Weber", [("Anna Schulz", None, None), ("Jonas Weber", None, None)]),
    ("Par Marie ROUX, avec Paul LEROY à Genève", [("Marie Roux", None, None), ("Paul Leroy", "Genève", None)]),
    ("Von unserem Korrespondenten Lukas Weber", [("Lukas Weber", None, "unserem Korrespondenten")]),
    ("By our correspondent Jane Doe", [("Jane Doe", None, "our correspondent")]),
    ("Por Rafael Costa, da Agência Brasil", [("Rafael Costa", None, "da Agência Brasil")]),
    ("By Priya Das for The Daily Courier", [("Priya Das", None, "The Daily Courier")]),
])
def test_byline_credit_words_of_other_languages(line: str, people: list[tuple[str, str | None, str | None]]) -> None:
    """'By' in the languages wires write in, with their 'and', 'with', 'in', 'our' and 'of' (CREDIT_WORDS)."""
    found = match_by_line(line)
    assert found is not None and [(p.name, p.location, p.title) for p in found] == people


@pytest.mark.parametrize("line", [
    "Par for the course, the round was slow.",
    "Von Miller said on Monday",
    "Di Maria scored twice",
    "Por favor, dijo el ministro.",
    "Af en toe regent het in Utrecht.",
    "Door to door sales fell",
    "Av. Reforma 222",
])
def test_byline_credit_words_of_other_languages_keep_rejecting_sentences(line: str) -> None:
    assert match_by_line(line) is None


@pytest.mark.parametrize("line", [
    "Por EL DIARIO DEL NORTE", "Por La Voz del Sur", "By THE DAILY COURIER", "Por Redacción", "Von dpa",
    "By REUTERS", "Par AFP",
])
def test_byline_newspapers_desks_and_agencies_in_any_language_name_nobody(line: str) -> None:
    assert match_by_line(line) == ()


def test_byline_capitalised_particle_ends_a_name() -> None:
    assert is_name_like("Priya Das") and is_name_like("Maria Da")
    assert not is_name_like("Ortega y") and not is_name_like("Jan van der")


@pytest.mark.parametrize(("text", "people"), [
    ("The museum opened.\n\nTexto: Carmen Vidal\nFotos: Diego Salas", [("Carmen Vidal", "writing"),
                                                                      ("Diego Salas", "photo")]),
    ("The museum opened.\n\nFoto: Pablo Ruiz/EFE", [("Pablo Ruiz", "photo")]),
    ("The museum opened.\n\nTekst: Kari Lie; Foto: Ola Dahl", [("Kari Lie", "writing"), ("Ola Dahl", "photo")]),
])
def test_byline_labels_in_other_languages(text: str, people: list[tuple[str, str]]) -> None:
    found = match_trailer(text)
    assert found is not None and [(p.name, p.role) for p in found[0]] == people


@pytest.mark.parametrize("text", ["The museum opened.\n\nTexto: EFE", "The museum opened.\n\nFoto: EFE/Archivo"])
def test_byline_labels_crediting_an_agency_name_nobody(text: str) -> None:
    assert match_trailer(text) is None


@pytest.mark.parametrize(("printed", "expected"), [
    ("Doe, Jane", ("Jane Doe", None)),
    ("van der Berg, Pieter", ("Pieter van der Berg", None)),
    ("OKAFOR, CHINEDU", ("Chinedu Okafor", None)),
    ("Smith, J.R.", ("J.R. Smith", None)),
    ("Nowak, Marek", ("Marek Nowak", None)),  # a small namesake town is a given name after a lone surname
    ("Okafor, Chinedu Staff Correspondent", ("Chinedu Okafor", "Staff Correspondent")),
    ("Doe, Reuters", None),  # an agency after the comma
    ("Jane Doe, Moscow", None),  # a whole name and the city
    ("Doe, Moscow", None),
    ("Jane Doe, Lagos", None),
    ("Jane Doe, Tom Lee", None),  # two names
    ("Staff, Jane", None),
    ("Reuters, London", None),
    ("Doe, the reporter said", None),
    ("Doe Jane", None),
])
def test_byline_metadata_names_written_surname_first(printed: str, expected: tuple[str, str | None] | None) -> None:
    assert byline_module.uninverted(printed) == expected


@pytest.mark.parametrize(("text", "people"), [
    ("Lindqvist, Maja; Berg, Olle", [("Maja Lindqvist", None), ("Olle Berg", None)]),
    ("By Doe, Jane and Roe, John", [("Jane Doe", None), ("John Roe", None)]),
    ("Okafor, Chinedu Staff Correspondent", [("Chinedu Okafor", "Staff Correspondent")]),
    ("Jane Doe, Bangkok Post", [("Jane Doe", "Bangkok Post")]),  # read as printed first
    ("Jane Doe, Tom Lee", [("Jane Doe", None), ("Tom Lee", None)]),
    ("Erik Lind and Anna Berg", [("Erik Lind", None), ("Anna Berg", None)]),
])
def test_byline_metadata_credit_lines(text: str, people: list[tuple[str, str | None]]) -> None:
    found = byline_module.match_metadata_byline(text)
    assert found is not None and [(p.name, p.title) for p in found] == people


@pytest.mark.parametrize("text", ["Kowalski, Reuters", "Anya Petrova, Moscow; Reuters", "gr/bp", "Reuters"])
def test_byline_metadata_credit_lines_never_invert_an_agency_or_a_place(text: str) -> None:
    found = byline_module.match_metadata_byline(text)
    assert not found or [p.name for p in found] == ["Anya Petrova"]


@pytest.mark.parametrize(("name", "expected"), [
    ("Nowak, Marek", "Marek Nowak"), ("Helga Braun", "Helga Braun"), ("Redazione Esteri", None),
    ("Redactie Binnenland", None), ("Belga", None), ("Doe, Reuters", None), ("Moscow", None),
])
def test_byline_metadata_person(name: str, expected: str | None) -> None:
    person = byline_module.metadata_person(name, "author")
    assert (person.name if person else None) == expected


_METADATA_FRAGMENTS = st.lists(st.one_of(_FRAGMENTS, st.sampled_from([
    "Doe, Jane", "OKAFOR, CHINEDU", ", ", ";", " and ", "Par ", "Von ", "Por ", "di ", " y ", " avec ", " à ",
    "unserer Korrespondentin ", "da Agência Brasil", " for The Daily Courier", "EL DIARIO", "Moscow", "Marek",
    "Staff Correspondent", "Texto: ", "Foto: ", "/EFE", "van der ", "Das", "(Reportaje de ", "Con información de ",
    "Rédigé par ", "Kuvat: ", "\n\n", " MADRID, ",
])), max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), _METADATA_FRAGMENTS))
def test_byline_metadata_and_language_readers_never_raise(text: str) -> None:
    for found in (byline_module.match_metadata_byline(text), match_by_line(text)):
        assert found is None or all(isinstance(p, Person) and p.name for p in found)
    inverted = byline_module.uninverted(text)
    assert inverted is None or is_name_like(inverted[0])
    person = byline_module.metadata_person(text, "author")
    assert person is None or person.name
    trailer = match_trailer(text)
    assert trailer is None or 0 <= trailer[1] <= len(text)


@pytest.mark.parametrize(("text", "people"), [
    ("El metro abrió.\n\n(Reportaje de Ana Gil; edición de Luis Mora)", [("Ana Gil", "reporting"),
                                                                          ("Luis Mora", "editing")]),
    ("Le musée a rouvert.\n\n(Rédigé par Claire Dubois, édité par Paul Martin)", [("Claire Dubois", "writing"),
                                                                                   ("Paul Martin", "editing")]),
    ("El metro abrió.\n\nCon información de Laura Gómez y Diego Salas.", [("Laura Gómez", "additional_reporting"),
                                                                           ("Diego Salas", "additional_reporting")]),
    ("Het kabinet besloot.\n\nMet medewerking van Jan de Vries", [("Jan de Vries", "additional_reporting")]),
    ("El metro abrió.\n\nEdición: Marta Gil", [("Marta Gil", "editing")]),
    ("Der Hafen meldete.\n\nMitarbeit: Jonas Weber", [("Jonas Weber", "additional_reporting")]),
    ("Raitiovaunu kulki.\n\nTeksti: Aino Virtanen | Kuvat: Matti Laine", [("Aino Virtanen", "writing"),
                                                                          ("Matti Laine", "photo")]),
    ("The port reopened.\n\n(Reporting by Jose de la Cruz; Editing by Mark de Vries)",
     [("Jose de la Cruz", "reporting"), ("Mark de Vries", "editing")]),  # "de" inside names stays in them
])
def test_byline_trailers_in_other_languages(text: str, people: list[tuple[str, str]]) -> None:
    found = match_trailer(text)
    assert found is not None and [(p.name, p.role) for p in found[0]] == people


@pytest.mark.parametrize("text", [
    "El metro abrió.\n\nCon información de Reuters y AFP.",
    "El metro abrió.\n\n(Edición de lujo)",
    "La ley se aprobó.\n\nTexto de la ley publicado hoy",
    "Le musée a rouvert.\n\n(Avec AFP)",
    "El museo abrió.\n\nTexto y fotos: EFE",
])
def test_byline_trailers_in_other_languages_name_no_agency_and_no_prose(text: str) -> None:
    assert match_trailer(text) is None


def test_byline_run_in_credit_in_another_language() -> None:
    line = "Por Lucía Fernández MADRID, 4 mar (EFE).- El museo abrió su ala norte."
    found = match_run_in_by_line(line)
    assert found is not None and [p.name for p in found[0]] == ["Lucía Fernández"]
    assert line[found[1]:].startswith("MADRID")
    assert match_run_in_by_line("Por la mañana, el tráfico fue intenso en MADRID, dijo.") is None


@pytest.mark.parametrize(("line", "people"), [
    ("By Staff Writer Maria Costa", [("Maria Costa", "Staff Writer")]),
    ("By Senior Correspondent Ana Gil and Luis Mora", [("Ana Gil", "Senior Correspondent"), ("Luis Mora", None)]),
])
def test_byline_title_printed_before_the_name(line: str, people: list[tuple[str, str | None]]) -> None:
    found = match_by_line(line)
    assert found is not None and [(p.name, p.title) for p in found] == people


@pytest.mark.parametrize("line", ["By Redacción Internacional", "Por Redazione Esteri", "By Staff Writer",
                                  "Por EL DIARIO DEL NORTE"])
def test_byline_a_title_or_a_newsroom_before_words_names_nobody(line: str) -> None:
    assert not match_by_line(line)


@pytest.mark.parametrize(("line", "people"), [
    ("By Hamad bin Salim Al Kindi, QNA", [("Hamad bin Salim Al Kindi", "QNA")]),  # an agency the table may not know
    ("By Efua Addo, NNN-GNA", [("Efua Addo", "NNN-GNA")]),
    ("By Kwame Asare, Citi Radio", [("Kwame Asare", "Citi Radio")]),  # an outlet closed by an outlet's word
    ("By Nia Mensah and Tom Brook, Metro TV", [("Nia Mensah", "Metro TV"), ("Tom Brook", "Metro TV")]),
])
def test_byline_agency_or_outlet_after_the_names_is_whom_they_file_for(
    line: str, people: list[tuple[str, str]]
) -> None:
    found = match_by_line(line)
    assert found is not None and [(p.name, p.title) for p in found] == people


@pytest.mark.parametrize(("line", "name"), [
    ("Text and photos by Marta Ibáñez", "Marta Ibáñez"),
    ("Story and pictures by Olu Bankole", "Olu Bankole"),
    ("By Rosa María de los Ángeles Paz", "Rosa María de los Ángeles Paz"),  # particles do not count
    ("BY JUAN PABLO DE LA CRUZ VEGA", "Juan Pablo de la Cruz Vega"),
])
def test_byline_head_credit_forms_of_the_tenth_batch(line: str, name: str) -> None:
    found = match_by_line(line)
    assert found is not None and [(p.name, p.role) for p in found] == [(name, "author")]


@pytest.mark.parametrize("line", [
    "By the way of the river in the old town",   # prose: particles never make a sentence a name
    "By Ana de la de la de la Paz Ruiz Soto",     # more particles than any name holds
    "Text and photos by the city council",
])
def test_byline_particles_and_photo_credits_read_no_prose(line: str) -> None:
    assert not match_by_line(line)


@pytest.mark.parametrize(("line", "people"), [
    ("Reporter: Sutrisno", [("Sutrisno", "reporting")]),
    ("Reporter: Wahyudi | Editor: Rina Kusuma", [("Wahyudi", "reporting"), ("Rina Kusuma", "editing")]),
])
def test_byline_one_name_under_a_person_label(line: str, people: list[tuple[str, str]]) -> None:
    found = byline_module.labelled_credits(line)
    assert found is not None and [(p.name, p.role) for p in found] == people


@pytest.mark.parametrize("line", ["Reporter: Antara", "Editor: Jakarta", "Author: Admin", "Editor: Staff",
                                  "Photo: Archive", "Reporter: Indonesia"])
def test_byline_one_word_under_a_label_that_is_no_person(line: str) -> None:
    assert byline_module.labelled_credits(line) is None


def test_byline_outlet_line_and_contact_block() -> None:
    assert byline_module.is_outlet_line("BBC News, Nairobi")
    assert byline_module.is_outlet_line("Deutsche Welle Radio")
    assert not byline_module.is_outlet_line("The harbour reopened, officials said")
    assert not byline_module.is_outlet_line("Jane Doe")
    assert not byline_module.is_outlet_line("By The Associated Press")  # a credit of the agency, no outlet line
    assert byline_module.in_contact_block(["The plant opens in May.", "###", "Media Contact:", "Jo Lee", "555-0100"])
    assert byline_module.in_contact_block(["For more information, call Jo Lee"])
    assert not byline_module.in_contact_block(["The plant opens in May.", "By Jo Lee"])
    assert not byline_module.in_contact_block(["Contact tracing began on Monday.", "Nobody else fell ill."])


def test_byline_a_sentence_on_contact_keeps_the_reporters_signoff() -> None:
    story = Story("text", 0, "Clinic opens",
                  "SEOUL, July 5 (Yonhap) -- A clinic opened.\n\nContact tracing began on Monday.\n\n"
                       "jdoe@yna.co.kr\n(END)")
    article = normalise(story, reference_date=dt.date(2024, 7, 6))
    assert [(p.name, p.email) for p in article.byline.people] == [(None, "jdoe@yna.co.kr")]


# ---------------------------------------------------------------- the eleventh zoo batch's rules


@pytest.mark.parametrize(("line", "people"), [
    ("NA HAMISI MWAKALINGA", [("Hamisi Mwakalinga", "author")]),               # Swahili 'na': by
    ("NA ASHA MOHAMEDI NA PETRO MOLLEL", [("Asha Mohamedi", "author"), ("Petro Mollel", "author")]),  # and 'and'
    ("Na Asha Mohamedi na Petro Mollel", [("Asha Mohamedi", "author"), ("Petro Mollel", "author")]),
    ("Ni Maricel Dela Cruz", [("Maricel Dela Cruz", "author")]),               # Tagalog
    ("Deur Anneke Swanepoel", [("Anneke Swanepoel", "author")]),               # Afrikaans
    ("Piše: Ivana Kovačević", [("Ivana Kovačević", "author")]),                # Croatian, with a colon
    ("COMMENTARY: By Losana Vakadewa in Suva", [("Losana Vakadewa", "author")]),  # a kicker before By
    ("SPECIAL REPORT: By Jon Reese", [("Jon Reese", "author")]),
    ("By Tevita Fonua of Te Waka Hou", [("Tevita Fonua", "author")]),         # NAME of OUTLET
    ("By Daniel Mwangi @dmwangi_ke", [("Daniel Mwangi", "author")]),          # a handle, no parentheses
])
def test_byline_credit_words_kickers_and_outlets_of_the_eleventh_batch(
    line: str, people: list[tuple[str, str]]
) -> None:
    found = match_by_line(line)
    assert found is not None and [(p.name, p.role) for p in found] == people


@pytest.mark.parametrize("line", [
    "Na Mwandishi Wetu", "Na Waandishi Wetu", "Deur ons verslaggewer",             # 'our writer': nobody
])
def test_byline_our_writer_in_other_languages_names_nobody(line: str) -> None:
    assert match_by_line(line) == ()


@pytest.mark.parametrize("line", [
    "Na hivyo wakulima wataweza kuuza kahawa yao mapema",    # Swahili 'and so ...'
    "Ni minsan ay hindi nagsara ang tulay",                  # Tagalog 'not once ...'
    "Deur die droogte het boere hul oeste verloor",          # Afrikaans 'through the drought ...'
    "By FERRY SERVICE RESUMES ON LAKE VICTORIA",              # a capitals headline: 'SERVICE ... ON' is no title
    "By Duke of the realm",                                   # 'of' takes an outlet in title case only
    "ANALYSIS: By the end of the year, prices rose",
    "WASHINGTON: By a vote of 52-48, the Senate passed the bill",   # a dateline with a colon, then prose
    "By Order of the Court",
    "By the Ministry of Transport",
])
def test_byline_eleventh_batch_words_read_no_sentences(line: str) -> None:
    assert not match_by_line(line)


def test_byline_title_before_a_name_closes_with_its_title_word() -> None:
    assert [(p.name, p.title) for p in match_by_line("By Senior Staff Writer Maria Costa") or ()] == [
        ("Maria Costa", "Senior Staff Writer")]
    assert byline_module._title_before_name("FERRY SERVICE RESUMES ON LAKE VICTORIA") is None


def test_byline_an_agency_named_in_another_language_is_an_employer() -> None:
    found = match_by_line("By Carla Nunes - Repórter da Agência Brasil")
    assert found is not None and [(p.name, p.title) for p in found] == [("Carla Nunes", "Repórter da Agência Brasil")]


@pytest.mark.parametrize(("line", "people"), [
    ("Pewarta: Rizky Pratama", [("Rizky Pratama", "reporting")]),
    ("Penulis: Agus Santoso", [("Agus Santoso", "writing")]),
    ("Reportagem: Carla Nunes", [("Carla Nunes", "reporting")]),
    ("Szerző: Nagy Eszter", [("Nagy Eszter", "author")]),
    ("Toimetaja: Mari Kask", [("Mari Kask", "editing")]),
    ("Larawan ni: Jerome Bautista", [("Jerome Bautista", "photo")]),
    ("Tekst og foto: Sigrid Haugen", [("Sigrid Haugen", "writing")]),
    ("Photo: Kovács Attila / MTI", [("Kovács Attila", "photo")]),      # spaces round the agency's slash
    ("Camera: Sipho Ndlovu", [("Sipho Ndlovu", "video")]),
    ("Graphics: Hemi Walker", [("Hemi Walker", "graphics")]),
    ("Additional reporting: Kila Aisi", [("Kila Aisi", "additional_reporting")]),
    ("Reporting: Joseph Tala; Video: Rose Kiko; Editing: Mark Halo",
     [("Joseph Tala", "reporting"), ("Rose Kiko", "video"), ("Mark Halo", "editing")]),
])
def test_byline_role_labels_of_the_eleventh_batch(line: str, people: list[tuple[str, str]]) -> None:
    found = byline_module.labelled_credits(line)
    assert found is not None and [(p.name, p.role) for p in found] == people


@pytest.mark.parametrize("line", ["Graphics: Reuters", "Camera: Canon EOS R5", "Reportagem: Agência Brasil",
                                  "Texto: Agência Brasil", "Editor: Lakeside Post",
                                  "Pewarta: Antara", "Larawan ni: Supplied"])
def test_byline_role_labels_of_the_eleventh_batch_name_no_agency_or_thing(line: str) -> None:
    assert byline_module.labelled_credits(line) is None


@pytest.mark.parametrize(("text", "people"), [
    ("The port reopened.\n\nWith files from Marc Tremblay and The Canadian Press",
     [("Marc Tremblay", "additional_reporting")]),
    ("The port reopened.\n\n— With files from Ana Ruiz", [("Ana Ruiz", "additional_reporting")]),
    ("The port reopened.\n\nWith files from Marc Tremblay and Agência Brasil",   # an agency not in the table
     [("Marc Tremblay", "additional_reporting")]),
    ("The warnings were lifted.\n\nCompiled by Ana Tuilagi from wire reports", [("Ana Tuilagi", "compiled")]),
    ("The market opened.\n\nWritten by Wanjiku Muriuki and edited by Brian Otieno",
     [("Wanjiku Muriuki", "writing"), ("Brian Otieno", "editing")]),
    ("The railway reopened.\n\nWords by Tomás Herrera, pictures by Lina Ortiz",
     [("Tomás Herrera", "writing"), ("Lina Ortiz", "photo")]),
    ("The wharf opened.\n\nMele Taufa is a freelance journalist based in Nuku'alofa.", [("Mele Taufa", "author")]),
    ("The wharf opened.\n\nJo Kim is a former BBC correspondent in Seoul, South Korea.", [("Jo Kim", "author")]),
    ("The wharf opened.\n\nAna Ruiz and Tom Lee are reporters for the Island Times.",
     [("Ana Ruiz", "author"), ("Tom Lee", "author")]),
])
def test_byline_trailers_of_the_eleventh_batch(text: str, people: list[tuple[str, str]]) -> None:
    found = match_trailer(text)
    assert found is not None and [(p.name, p.role) for p in found[0]] == people
    assert found[1] == text.index("\n\n") + 2


@pytest.mark.parametrize("text", [
    "The port reopened.\n\n— With files from The Canadian Press",     # an agency alone credits nobody
    "The wharf opened.\n\nThe minister is a former harbour pilot.",
    "The wharf opened.\n\nThe minister is a former journalist.",      # no name
    "The wharf opened.\n\nShe is a reporter at heart, her mother said.",
    "The court sat.\n\nAhmed Ali is a journalist who was detained in 2021.",   # a sentence about a journalist
    "The court sat.\n\nAhmed Ali is a journalist covering the courts.",
    "The talks ended.\n\nCompiled by the desk from wire reports",
])
def test_byline_trailers_of_the_eleventh_batch_read_no_prose(text: str) -> None:
    assert match_trailer(text) is None


@pytest.mark.parametrize(("credit", "names"), [
    ("Paulo Santalucia and Frances d'Emilio", ["Paulo Santalucia", "Frances d'Emilio"]),
    ("Gianni dell'Acqua", ["Gianni dell'Acqua"]),
])
def test_byline_elided_particle_before_a_surname(credit: str, names: list[str]) -> None:
    """An Italian or French surname after an elided particle in lower case ("d'Emilio") is part of a name."""
    from wirecopy.transforms.bylines.byline import match_metadata_byline

    found = match_metadata_byline(credit)
    assert found is not None and [p.name for p in found] == names


@pytest.mark.parametrize("text", ["d'Emilio Frances", "Frances d'", "Frances l'agence"])
def test_byline_elided_particle_alone_makes_no_name(text: str) -> None:
    from wirecopy.transforms.bylines.names import is_name_like

    assert not is_name_like(text)


# ---- batch 13's classes (blind batch /tmp/credits13), in stories of our own words

@pytest.mark.parametrize(("line", "people"), [
    ("de Sorin Mateescu", [("Sorin Mateescu", "author")]),                       # Romanian 'by', lower case
    ("de Irina Pop și Vlad Enache", [("Irina Pop", "author"), ("Vlad Enache", "author")]),
    ("de Sorin Mateescu, transl. A.B.", [("Sorin Mateescu", "author")]),         # a translator's initials
    ("Nga BESNIK SHEHU", [("Besnik Shehu", "author")]),                          # Albanian 'by'
    ("Nga Drita Leka dhe Ilir Gjoni", [("Drita Leka", "author"), ("Ilir Gjoni", "author")]),
    ("Per Marta Puig i Jordi Serra", [("Marta Puig", "author"), ("Jordi Serra", "author")]),  # Catalan
    ("Gan Owain Pryce a Mari Evans", [("Owain Pryce", "author"), ("Mari Evans", "author")]),  # Welsh
    ("By health reporter Tessa Morgan", [("Tessa Morgan", "author")]),            # a title in lower case first
    ("By Ruth Calder on March 3, 2023", [("Ruth Calder", "author")]),             # a blog's date after it
    ("Posted March 3, 2023 by Ruth Calder", [("Ruth Calder", "author")]),
    ("March 3, 2023 9:15 am | by Ruth Calder | Posted in: Sport", [("Ruth Calder", "author")]),
    ("Edited by: Kavya Iyer | Updated: March 03, 2023 09:15 am IST", [("Kavya Iyer", "editing")]),
])
def test_byline_head_credits_of_batch_13_classes(line: str, people: list[tuple[str, str]]) -> None:
    found = match_by_line(line)
    assert found is not None and [(p.name, p.role) for p in found] == people


@pytest.mark.parametrize("line", [
    "Per Olsen",             # a Norwegian given name, no Catalan 'by'
    "Gan Lin",               # a surname first, no Welsh 'by'
    "De Vries",              # a surname with its particle
    "De Madrid a Lisboa en tren",
    "de Vries",
    "On March 3 by a vote of five to two the board agreed",
    "By the end of March 3, 2023",
])
def test_byline_name_like_credit_words_and_dated_sentences_credit_nobody(line: str) -> None:
    assert match_by_line(line) is None


@pytest.mark.parametrize(("last", "people"), [
    ("(Reporting by Kemi Adeyemi; Editing by Rosa Lind. Please credit the Harbour Trust.)",
     [("Kemi Adeyemi", "reporting"), ("Rosa Lind", "editing")]),
    ("BBC's Nikhil Rao and Greta Holm contributed to this report.",
     [("Nikhil Rao", "additional_reporting"), ("Greta Holm", "additional_reporting")]),
    ("Lakeside News' Ian Pratt and Mei Tan, MD, a fellow at the Lakeside News Health Desk, contributed to this report.",
     [("Ian Pratt", "additional_reporting"), ("Mei Tan", "additional_reporting")]),
    ("(With inputs from Ravi Kulkarni)", [("Ravi Kulkarni", "additional_reporting")]),
    ("—With a report from Paolo Reyes, Island Radio News", [("Paolo Reyes", "additional_reporting")]),
    ("— With Liza Cruz, Ben Torres", [("Liza Cruz", "additional_reporting"), ("Ben Torres", "additional_reporting")]),
    ("Redactor: Dana Ilie", [("Dana Ilie", "editing")]),
    ("Höfundur: Jón Gunnarsson", [("Jón Gunnarsson", "author")]),
    ("Avtor: Nina Kralj", [("Nina Kralj", "author")]),
])
def test_byline_trailers_of_batch_13_classes(last: str, people: list[tuple[str, str]]) -> None:
    found = match_trailer(f"The ferry resumed on Monday.\n\n{last}")
    assert found is not None and [(p.name, p.role) for p in found[0]] == people


def test_byline_an_outlet_after_a_label_credits_nobody() -> None:
    assert labelled_credits("Author: Daily Harbour") is None
    assert labelled_credits("Author: Radio Lakeside") is None
    assert [p.name for p in labelled_credits("Author: Nora Kent") or ()] == ["Nora Kent"]


def test_byline_with_credits_under_the_story_are_contributors_not_authors() -> None:
    text = "Zoo story\n\nMANILA - The ferry resumed on Monday.\n\n— With Liza Cruz, Ben Torres\n"
    article = parse_file(text.encode(), reference_date=dt.date(2024, 7, 6)).articles[0]
    assert [(p.name, p.role) for p in article.byline.people] == [
        ("Liza Cruz", "additional_reporting"), ("Ben Torres", "additional_reporting")]


@pytest.mark.parametrize(("lines", "people", "at"), [
    (["Oskar Lind", "Published: 9:05am, 3 Mar 2023", "", "The ferry resumed."], [("Oskar Lind", "author")], 0),
    (["Oskar Lind", "4 min read", "", "MALMÖ - The ferry resumed."], [("Oskar Lind", "author")], 0),
    (["ELENA PÉREZ ROCA", "Sevilla", "Actualizado Lunes, 3 marzo 2023 - 09:05", "", "El puente reabrió."],
     [("Elena Pérez Roca", "author")], 0),
    (["Nadia Bello (The Harbour Ledger)", "Lagos ● Mon, March 3, 2023", "", "The port reopened."],
     [("Nadia Bello", "author")], 0),
    (["Lakeside Herald", "Date: Mar 03, 2023", "By: Hugo Brandt / Staff reporter", "", "The bridge reopened."],
     [("Hugo Brandt", "author")], 2),
])
def test_byline_credit_among_web_page_lines_over_the_story(
        lines: list[str], people: list[tuple[str, str]], at: int) -> None:
    found = credit_in_head_block(lines)
    assert found is not None and [(p.name, p.role) for p in found[0]] == people and found[1] == at


@pytest.mark.parametrize("lines", [
    ["DAILY HARBOUR", "OSLO", "Published 03.03.2023 09:05", "", "The ferry resumed."],  # a paper, no person
    ["Lakeside Times", "4 min read", "", "The ferry resumed."],
    ["Harbour Ledger - 03/03/2023, 09:05", "Tim Redaksi", "", "The ferry resumed."],    # a desk under a stamp
    ["Oskar Lind", "", "The ferry resumed."],                                          # a name alone: no furniture
    ["Oskar Lind", "Published: 9:05am, 3 Mar 2023", "The ferry resumed on Monday."],   # no blank line: the story
    ["Harbour Reopens", "The city council met on Monday to agree it.", "", "More follows."],
])
def test_byline_web_page_lines_with_no_credit_credit_nobody(lines: list[str]) -> None:
    assert credit_in_head_block(lines) is None


def test_byline_credit_over_a_stamp_leaves_the_stamp_for_the_dateline_readers() -> None:
    text = "Zoo story\n\nOskar Lind\nPublished: 9:05am, 3 Mar 2023\n\nMALMÖ - The ferry resumed on Monday.\n"
    article = parse_file(text.encode(), reference_date=dt.date(2024, 7, 6)).articles[0]
    assert [(p.name, p.role) for p in article.byline.people] == [("Oskar Lind", "author")]
    assert article.byline.raw == ("Oskar Lind",)
    assert "Oskar Lind" not in article.body


@pytest.mark.parametrize(("lines", "people", "at"), [
    (["Ferry fares fall", "Author: Lindqvist, Maja", "Publication info: The Lakeside Ledger; 3 March 2023: B.2.",
      "", "Full text: MALMÖ - Fares fell."], [("Maja Lindqvist", "author")], 1),
    (["Ferry fares fall", "Author: Lindqvist, Maja; Osei, Kwame", "Publication year: 2023", "", "Fares fell."],
     [("Maja Lindqvist", "author"), ("Kwame Osei", "author")], 1),
    (["---", 'title: "Ferry fares fall"', 'author: "Maja Lindqvist"', "date: 2023-03-03", "---", "",
      "MALMÖ - Fares fell."], [("Maja Lindqvist", "author")], 2),
])
def test_byline_author_fields_of_exports_and_front_matter(
        lines: list[str], people: list[tuple[str, str]], at: int) -> None:
    found = credit_in_head_block(lines)
    assert found is not None and [(p.name, p.role) for p in found[0]] == people and found[1] == at


@pytest.mark.parametrize("lines", [
    ["Ferry fares fall", "Author: Anonymous", "Publication info: The Lakeside Ledger; 3 March 2023: B.2.", "", "x"],
    ["---", 'title: "Ferry fares fall"', 'author: "Newsroom"', "date: 2023-03-03", "---", "", "Fares fell."],
    ["Author: Daily Harbour", "Published: 9:05am, 3 Mar 2023", "", "Fares fell."],
])
def test_byline_author_fields_naming_nobody_credit_nobody(lines: list[str]) -> None:
    assert credit_in_head_block(lines) is None
