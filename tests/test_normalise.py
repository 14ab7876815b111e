"""Story -> Article: head notes, credits, dateline, tail sign-offs and stamps, agency evidence.

Every story here is written by us in the agencies' house styles.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.transforms.normalise import normalise
from wirecopy.transforms.story import Story

REF = dt.date(2024, 7, 5)


def _norm(text: str, headline: str | None = None, **story: object):
    return normalise(Story("text", 0, headline, text, **story), reference_date=REF)


def test_normalise_yonhap_head_notes_markers_byline_and_email_signoff() -> None:
    a = _norm(
        "(ATTN: UPDATES with details in paras 3-4)\nBy Kim Min-ji\n"
        "SEOUL, July 5 (Yonhap) -- North Korea fired a missile, officials said.\n"
        "The launch came a day after the drills.\nmjkim@yna.co.kr\n(END)",
        headline="(2nd LD) N. Korea fires missile into East Sea",
    )
    assert a.headline == "N. Korea fires missile into East Sea"
    assert a.headline_raw == "(2nd LD) N. Korea fires missile into East Sea"
    assert [(m.raw, m.kind, m.number) for m in a.markers] == [("(2nd LD)", "lead", 2)]
    assert a.notes == ("(ATTN: UPDATES with details in paras 3-4)",)
    assert [(p.name, p.role, p.email) for p in a.byline.people] == [("Kim Min-ji", "author", "mjkim@yna.co.kr")]
    assert (a.agency, a.agency_source, a.dateline.city) == ("Yonhap", "dateline", "Seoul")
    assert a.body == "North Korea fired a missile, officials said.\n\nThe launch came a day after the drills."


@pytest.mark.parametrize(
    ("tail", "emails", "redacted"),
    [
        ("parkjy@yna.co.kr\n(END)", [("Park Ji-yeon", "parkjy@yna.co.kr")], False),
        ("[email\xa0protected]\n(END)", [("Park Ji-yeon", None)], True),
    ],
)
def test_normalise_signoff_email_goes_to_the_named_author(tail: str, emails: list, redacted: bool) -> None:
    a = _norm(f"By Park Ji-yeon\nSEOUL, July 5 (Yonhap) -- Exports rose.\n{tail}")
    assert [(p.name, p.email) for p in a.byline.people] == emails
    assert a.byline.people[0].email_redacted is redacted
    assert "@" not in a.body and "protected" not in a.body and "END" not in a.body


def test_normalise_by_line_with_a_colon_and_two_names_run_into_the_dateline() -> None:
    """A Pacific weekly's "By: Q.Z. Vokar & Lena Brix KOROR, Palau (Dec. 29, 2025) —": both authors and the lead."""
    a = _norm("By: Q.Z. Vokar & Lena Brix KOROR, Palau (Dec. 29, 2025) — The jail reopened on Monday, officials said.")
    assert [p.name for p in a.byline.people] == ["Q.Z. Vokar", "Lena Brix"]
    assert (a.dateline.raw, a.dateline.city, a.dateline.country, a.dateline.date) == (
        "KOROR, Palau (Dec. 29, 2025) —", "Koror", "PW", dt.date(2025, 12, 29))
    assert a.body.startswith("The jail reopened")


@pytest.mark.parametrize(("text", "agency", "city"), [
    # A Florida statehouse service's run-in: the byline, a comma, the service, then the dateline.
    ("By Lena Brix, The Qarzen News Service of Florida TALLAHASSEE — A state appeals court heard arguments on "
     "Tuesday over the permit.", "The Qarzen News Service of Florida", "Tallahassee"),
    # A university's news service: the reporter in capitals, the service, the dateline.
    ("By LENA BRIX Qarzen News Service ANNAPOLIS, Maryland — A House panel advanced the bus camera bill on "
     "Friday.", "Qarzen News Service", "Annapolis"),
    ("By Lena Brix, Zenvok News Agency\nNAIROBI — The council approved the budget on Friday, officials said.",
     "Zenvok News Agency", "Nairobi"),
    ("By Lena Brix\nZenvok Newswire\nNAIROBI — The council approved the budget on Friday, officials said.",
     "Zenvok Newswire", "Nairobi"),
    # The service alone over the day and the lead (Scripps Howard's syndicated copy).
    ("Qarzen Howard News Service\nAugust 26, 2005\nWASHINGTON - Senate aides expect the vote before the "
     "recess.", "Qarzen Howard News Service", "Washington"),
])
def test_normalise_a_news_service_credited_over_the_lead_is_the_agency(text: str, agency: str, city: str) -> None:
    """A news service the agency table does not know, named in the byline's title or on a line of its own over
    the lead, is the story's source, kept as printed."""
    a = _norm(text)
    assert (a.agency, a.agency_source, a.dateline.city) == (agency, "byline", city)
    assert a.headline is None and not a.body.startswith(("By ", agency))


@pytest.mark.parametrize(("text", "agency", "people"), [
    ("Source: QNX\n\nLUSAKA - The council approved the budget on Friday.", "QNX", []),
    ("Source: Xinhua | Editor: Li Hua\n\nLUSAKA - The council approved the budget on Friday.", "Xinhua", ["Li Hua"]),
    ("Autor: Jana Nováková | Zdroj: ČTK\n\nLUSAKA - The council approved the budget on Friday.", "CTK",
     ["Jana Nováková"]),
    ("LUSAKA - The council approved the budget on Friday.\n\nSource: Xinhua", "Xinhua", []),
    ("LUSAKA - The council approved the budget on Friday.\n\nVia: Qarzen News Agency", "Qarzen News Agency", []),
    # under a date line over the lead
    ("June 3, 2024\n\nSource: QNX\n\nLUSAKA - The council approved the budget on Friday.", "QNX", []),
])
def test_normalise_a_source_label_names_the_agency(text: str, agency: str, people: list[str]) -> None:
    """"Source: QNX" over or under the story names its agency where the dateline credits none; the label's
    line is no part of the story, and other labels on it still credit their people."""
    a = _norm(text)
    assert (a.agency, a.dateline.city) == (agency, "Lusaka")
    assert [p.name for p in a.byline.people] == people
    assert "Source" not in a.body and "Via" not in a.body and a.body.startswith("The council")


@pytest.mark.parametrize(("foot", "agency"), [
    ("(QNX)", "QNX"), ("-- QNX", "QNX"), ("/Xinhua/", "Xinhua"), ("QNX/jm/ab", "QNX"), ("Xinhua/jm", "Xinhua"),
    ("Courtesy: QNX", "QNX"), ("© 2024 Qarzen News Agency", "Qarzen News Agency"),
    ("Copyright 2024 QNX. All rights reserved.", "QNX"), ("— With inputs from QNX", "QNX"),
    ("(Kenya)", None), ("-- UPDATE", None), ("(NATO)", None), ("Lusaka/jm", None),
    # square brackets, the end mark and the desk's initials in capitals after the agency, a broadcaster's name
    ("[ZNBC]", "ZNBC"), ("ZANIS/ENDS/JM/HM/CLM", "ZANIS"), ("(Radio Vanuatu)", "Radio Vanuatu"),
    ("[Kenya]", None), ("UN/ENDS", None),
    # "With inputs from" in the languages wires write in, bracketed, starred or bare
    ("(Con información de QNX)", "QNX"), ("*Con información de EFE", "EFE"), ("Avec QNX", "QNX"),
    ("(com informações da Qarzen News Agency)", "Qarzen News Agency"), ("Mit Material von dpa", "dpa"),
    ("Avec Jean Dupont", None), ("Avec le soutien de la mairie", None), ("Con información de la alcaldía", None),
])
def test_normalise_an_agency_signing_the_last_line(foot: str, agency: str | None) -> None:
    """An agency the table may not know signs the story's last line with a mark; a place, a label or an
    organisation there signs nothing. A signature leaves the body."""
    a = _norm(f"LUSAKA - The council approved the budget on Friday.\n\nTraders said barges would come.\n\n{foot}")
    assert (a.agency, a.dateline.city) == (agency, "Lusaka")
    assert (foot in a.body) == (agency is None)


@pytest.mark.parametrize(("glued", "agency"), [
    (" (QNX)", "QNX"), ("(QNX)", "QNX"), (" -- QNX", "QNX"), ("—QNX", "QNX"), (" /QNX/", "QNX"),
    (" (Qarzen News Agency)", "Qarzen News Agency"), (" (with inputs from QNX)", "QNX"), (" (Reuters)", "Reuters"),
    (" (Kenya)", None), (" (Photo)", None), (" (NATO)", None), (" — Jane Doe", None), (" (END)", None),
    (" (1 dollar = 0.9 euros)", None),
])
def test_normalise_an_agency_signing_the_last_paragraph(glued: str, agency: str | None) -> None:
    """The same signature glued to the last paragraph after its sentence's stop ("... said. (ANI)", "...
    receded.(GNS)"), as South Asian wires print it: the agency, and the paragraph keeps its words and its stop."""
    a = _norm(f"LUSAKA - The council approved the budget on Friday.\n\nTraders said barges would come.{glued}")
    assert (a.agency, a.dateline.city) == (agency, "Lusaka")
    assert a.body.endswith("Traders said barges would come." if agency else glued)


@pytest.mark.parametrize("source", ["Ministry of Health", "Jane Doe", "Agencies", "Internet"])
def test_normalise_a_source_that_is_no_agency_names_none(source: str) -> None:
    a = _norm(f"Source: {source}\n\nLUSAKA - The council approved the budget on Friday.")
    assert a.agency is None and a.dateline.city == "Lusaka"


@pytest.mark.parametrize("credit", ["Staff Writer", "The Qarzen Times", "Qarzen Health News", "News Service"])
def test_normalise_a_reporters_paper_or_title_is_no_agency(credit: str) -> None:
    """Only a provider of copy is a source: a paper or a title in the byline names the reporter's employer."""
    a = _norm(f"By Lena Brix, {credit}\nNAIROBI — The council approved the budget on Friday, officials said.")
    assert a.agency is None and a.dateline.city == "Nairobi"


@pytest.mark.parametrize(("text", "credit", "raw", "city"), [
    ("Staff Reporter ITANAGAR, 10 Jun: A tribal union asked the state to clear the land.", "Staff Reporter",
     "ITANAGAR, 10 Jun:", "Itanagar"),
    ("STAFF REPORTER WINDHOEK\nThe three-day tourism fair closed on Saturday after drawing visitors.",
     "STAFF REPORTER", "WINDHOEK", "Windhoek"),
    ("QT Reporter | Panaji The state government on Monday opened applications for a grant.", "QT Reporter",
     "Panaji", "Panaji"),
])
def test_normalise_desk_credit_run_into_the_dateline(text: str, credit: str, raw: str, city: str) -> None:
    """A desk's credit on the lead's line names nobody and is no part of the dateline or the story."""
    a = _norm(text)
    assert a.byline.raw == (credit,) and a.byline.people == ()
    assert (a.dateline.raw, a.dateline.city) == (raw, city)
    assert not a.body.startswith(credit)


def test_normalise_a_site_stamp_with_a_weekday_of_its_language_is_no_dateline() -> None:
    """"Selasa, 10 April 2018 - 14:22:10 WIB" over the lead: Tuesday in Indonesian, the site's stamp, no place."""
    a = _norm("Selasa, 10 April 2018 - 14:22:10 WIB\n\nBogor (Zenvok.com) - Wali Kota meminta warga tenang.")
    assert (a.dateline.raw, a.dateline.city, a.dateline.agency) == ("Bogor (Zenvok.com) -", "Bogor", "Zenvok.com")


def test_normalise_desk_credit_over_no_dateline_stays_story() -> None:
    a = _norm("Staff Reporter Mary Lim said on Monday that the plan would go ahead.")
    assert a.dateline is None and a.byline.raw == () and a.body.startswith("Staff Reporter Mary Lim")


def test_normalise_standfirst_over_a_dateline_dated_in_full() -> None:
    """A standfirst sentence over a dateline with a full date, year and all (a mark of its own, as a credit is)."""
    a = _norm("Beneficia a miles de alumnos del instituto.\n\nTorreón, Coahuila; a 28 de Noviembre de 2023.- "
              "El gobernador entregó una nueva cubierta para el patio.")
    assert (a.dateline.city, a.dateline.country, a.dateline.date) == ("Torreón", "MX", dt.date(2023, 11, 28))
    assert a.body.startswith("El gobernador")


def test_normalise_a_credit_alone_is_a_mark_under_a_standfirst() -> None:
    """"(Dagbladet): ..." under a standfirst: a credit in brackets marks the lead as a dateline's credit does."""
    a = _norm("SISTE: Politiet bekrefter sent fredag at mannen er funnet.\n\n(Zenvokbladet): Politiet bekrefter "
              "overfor en avis at en mann er pågrepet i sentrum.")
    assert (a.agency, a.dateline.raw) == ("Zenvokbladet", "(Zenvokbladet):")


def test_normalise_a_news_release_label_is_no_credit() -> None:
    a = _norm("City of Rochester\n\nNews Release\n\nThe city's deputy commissioner joined the owners of a new bakery.")
    assert a.agency != "News Release"


def test_normalise_email_signoff_without_a_name_is_an_email_only_credit() -> None:
    a = _norm("SEOUL, July 5 (Yonhap) -- Exports rose.\nleejh@yna.co.kr\n(END)")
    assert [(p.name, p.role, p.email) for p in a.byline.people] == [(None, "author", "leejh@yna.co.kr")]


def test_normalise_rcv1_name_over_iso_dateline_is_the_author() -> None:
    a = _norm("Jane Smithers\nPRAGUE 1996-12-06\nCzech officials said on Friday.")
    assert [(p.name, p.role) for p in a.byline.people] == [("Jane Smithers", "author")]
    assert (a.dateline.city, a.dateline.date, a.body) == ("Prague", dt.date(1996, 12, 6),
                                                          "Czech officials said on Friday.")


def test_normalise_two_names_over_a_dateline_are_both_authors() -> None:
    a = _norm("Jane Smithers and Tom Okafor\nLAGOS 1996-12-06\nNigerian officials said on Friday.")
    assert [(p.name, p.role) for p in a.byline.people] == [("Jane Smithers", "author"), ("Tom Okafor", "author")]
    assert a.dateline.city == "Lagos"


def test_normalise_a_name_line_not_over_a_dateline_stays_in_the_body() -> None:
    a = _norm("Jane Smithers\nsaid on Friday that the talks failed.")
    assert a.byline.people == ()
    assert a.body.startswith("Jane Smithers")


def test_normalise_reuters_trailer_and_contact_block_leave_the_body() -> None:
    a = _norm(
        "LONDON, July 5 (Reuters) - Sterling rose on Friday.\n\nThe pound gained.\n\n"
        "(Reporting by Jane Doe in London and Tom Lee in Singapore; Editing by Ann Wu)\n"
        "((jane.doe@thomsonreuters.com; +44 20 7542 1234; Reuters Messaging: jane.doe.thomsonreuters.com@reuters.net))"
    )
    assert [(p.name, p.role, p.location) for p in a.byline.people] == [
        ("Jane Doe", "reporting", "London"), ("Tom Lee", "reporting", "Singapore"), ("Ann Wu", "editing", None)]
    assert a.byline.people[0].email == "jane.doe@thomsonreuters.com"
    assert a.body == "Sterling rose on Friday.\n\nThe pound gained."


def test_normalise_afp_caps_surname_and_initials_with_time() -> None:
    a = _norm("by Laurent BANGUET\n\nPARIS, July 5 (AFP) - Heat waves are hitting France.\n\nlb/jm 1234 GMT")
    assert [p.name for p in a.byline.people] == ["Laurent Banguet"]
    assert (a.byline.signoff.initials, a.byline.signoff.time) == ("lb/jm", "1234 GMT")
    assert a.transmission is not None
    assert a.transmission.utc == dt.datetime(2024, 7, 5, 12, 34, tzinfo=dt.timezone.utc)
    assert a.transmission.local == dt.datetime(2024, 7, 5, 14, 34)
    assert a.body == "Heat waves are hitting France."


def test_normalise_anpa_stamp_dates_an_undated_dateline_in_local_time() -> None:
    a = _norm("\t   HONOLULU (AP) _ Lawmakers met late on Thursday.\n\n\t   AP-WF-06-29-17 0750GMT<")
    assert a.transmission.utc == dt.datetime(2017, 6, 29, 7, 50, tzinfo=dt.timezone.utc)
    assert a.transmission.local == dt.datetime(2017, 6, 28, 21, 50)
    assert (a.dateline.date, a.dateline.date_source) == (dt.date(2017, 6, 28), "transmission")
    assert a.body == "Lawmakers met late on Thursday."


def test_normalise_metadata_time_beats_the_reference_date() -> None:
    a = _norm("WASHINGTON (AP) — The Senate voted.", transmitted_at=dt.datetime(2024, 7, 6, 2, 30,
                                                                                tzinfo=dt.timezone.utc))
    assert (a.dateline.date, a.transmission.source) == (dt.date(2024, 7, 5), "metadata")
    assert a.transmission.timezone == "America/New_York"


def test_normalise_dpa_notebook_signature_and_stamp() -> None:
    a = _norm(
        "By Lukas Brenner, dpa =\n\nMunich (dpa) - Fans gathered outside the stadium on\nWednesday.\n\n"
        "# Notebook\n\n## Note to editors\n- adds quotes from the coach, byline\n\n* * * *\n"
        "The following information is not intended for publication\n\n## Editorial contacts\n"
        "- Reporting by: Ann Other\n- Tel: +49 30 1234; <desk@dpa.com>\n\ndpa lb kk\n\n\n\x03071341 GMT Okt 15 \n\x7f"
    )
    assert [(p.name, p.role) for p in a.byline.people] == [("Lukas Brenner", "author")]
    assert a.notes == ("adds quotes from the coach, byline",)
    assert (a.byline.signoff.initials, a.byline.signoff.agency) == ("lb kk", "dpa")
    assert a.dateline.date == dt.date(2015, 10, 7)
    assert a.body == "Fans gathered outside the stadium on Wednesday."


def test_normalise_ap_editors_note_and_contributor_line() -> None:
    a = _norm(
        "EDITOR'S NOTE: This story contains graphic language.\n\nWASHINGTON (AP) — The Senate voted.\n\n"
        "___\nAssociated Press writer Mary Clarke in New York contributed to this report."
    )
    assert a.notes == ("EDITOR'S NOTE: This story contains graphic language.",)
    assert [(p.name, p.role, p.location) for p in a.byline.people] == [("Mary Clarke", "additional_reporting",
                                                                        "New York")]
    assert a.body == "The Senate voted."


@pytest.mark.parametrize(
    ("text", "agency", "source"),
    [
        ("NEW YORK, March 5 - Stocks rose.\n REUTER", "Reuters", "signoff"),
        ("FRANKFURT Chipmaker Halbleiter said on Monday.\n(Reporting by Ann Wu; Editing by Tom Lee)", "Reuters",
         "trailer"),
        ("By Pat Quinn, AP Business Writer\nNEW YORK - Stocks rose.", "AP", "byline"),
        ("SEOUL - Exports rose.\nleejh@yna.co.kr", "Yonhap", "email"),
        ("Berlin - Bundestag votes.\n\ndpa lb kk", "dpa", "signoff"),
        ("NEW YORK - Stocks rose.\n\n___\nAssociated Press writer Mary Clarke contributed.", "AP", "trailer"),
        ("The minister said on Friday.", None, None),
    ],
)
def test_normalise_agency_from_evidence_beyond_the_dateline(text: str, agency: str | None, source: str | None) -> None:
    a = _norm(text)
    assert (a.agency, a.agency_source) == (agency, source)


def test_normalise_metadata_agency_when_no_tag() -> None:
    a = _norm("SEOUL - Exports rose.", agency="Yonhap News Agency")
    assert (a.agency, a.agency_source) == ("Yonhap", "metadata")


def test_normalise_a_story_with_no_credit_is_not_rejected() -> None:
    a = _norm("MIAMI (AP) — A storm moved north.")
    assert a.byline.people == () and a.byline.signoff is None and a.agency == "AP"


# ---------------------------------------------------------------- properties

_HEADS = ["", "(ATTN: ADDS details)\n", "By Ruth Calder\n", "By JANE O'BRIEN, Associated Press\n", "Jane Smithers\n"]
_DATELINES = ["SEOUL, July 5 (Yonhap) -- ", "LONDON, July 5 (Reuters) - ", "PRAGUE 1996-12-06\n",
              "CHATHAM, Mass. (AP) _ ",
              "Munich (dpa) - ", "FRANKFURT ", "Mumbai, Dec 9 (PTI) "]
_SENTENCES = ["The minister said the talks would go on.", "Shares fell 2 percent in early trade.",
              "\"We are ready,\" she said.", "Officials declined to comment on Friday.",
              "It was the third such launch."]
_TAILS = ["", "\n(END)", "\nkimmj@yna.co.kr\n(END)", "\n(Reporting by Ann Wu; Editing by Tom Lee)", "\nlb/jm",
          "\n REUTER",
          "\n\nAP-WF-06-29-17 2350GMT"]


@st.composite
def _stories(draw) -> str:
    body = "\n".join(draw(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=5)))
    return draw(st.sampled_from(_HEADS)) + draw(st.sampled_from(_DATELINES)) + body + draw(st.sampled_from(_TAILS))


@settings(max_examples=200, deadline=None)
@given(_stories())
def test_normalise_clean_body_is_a_fixed_point(text: str) -> None:
    """Normalising the clean body again changes nothing: no dateline, credit or tail is left in it."""
    once = _norm(text)
    again = _norm(once.body)
    assert again.body == once.body
    assert again.dateline is None
    assert again.byline.people == () and again.byline.signoff is None
    assert again.notes == () and again.markers == ()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.text(max_size=80)))
def test_normalise_never_raises(text: str, headline: str | None) -> None:
    a = normalise(Story("text", 0, headline, text), reference_date=REF)
    assert isinstance(a.body, str)


@pytest.mark.parametrize(
    "contact",
    ["-- Lisbon Newsroom +351 1 555 0101", "-- Ann Other, Oslo newsroom +47 2211 0000",
     "-- Commodities Desk, 212-555-0199.", "-- Lima Bureau (51-1) 555-0100"],
)
def test_normalise_desk_contact_line_leaves_the_body_for_the_credit(contact: str) -> None:
    a = _norm(f"LISBON 1996-12-06\nThe central bank cut rates on Friday.\n{contact}")
    assert a.body == "The central bank cut rates on Friday."
    assert contact in a.byline.raw


@pytest.mark.parametrize(
    ("last", "agency"),
    [(" REUTER", "Reuters"), ("Reuter", "Reuters"), ("==Kyodo", "Kyodo"), ("--IANS", "IANS"), ("-- BERNAMA", "Bernama"),
     ("(Xinhua)", "Xinhua")],
)
def test_normalise_agency_signing_its_name_on_the_last_line(last: str, agency: str) -> None:
    a = _norm(f"TOKYO - The yen fell on Friday.\n{last}")
    assert (a.agency, a.agency_source, a.body) == (agency, "signoff", "The yen fell on Friday.")


@pytest.mark.parametrize(
    ("text", "notes", "markers", "body"),
    [
        ("AP Photo NY101, NY102\nEds: With AP Photos.\nWASHINGTON (AP) — The Senate voted.",
         ("AP Photo NY101, NY102", "Eds: With AP Photos."), [], "The Senate voted."),
        ("Germany-football/Munich/\n1ST LEAD\nMunich (dpa) - Fans wept.",
         ("Germany-football/Munich/",), [("lead", 1)], "Fans wept."),
        ("* Asian shares steady\n* Dollar firm\nSHANGHAI, Oct 26 (Reuters) - Asian shares held.",
         (), [], "* Asian shares steady\n\n* Dollar firm\n\nAsian shares held."),
    ],
)
def test_normalise_dateline_under_lead_in_lines(text: str, notes: tuple, markers: list, body: str) -> None:
    a = _norm(text)
    assert a.dateline is not None and a.dateline.form == "tagged"
    assert a.notes == notes
    assert [(m.kind, m.number) for m in a.markers] == markers
    assert a.body == body


@pytest.mark.parametrize(
    "text",
    [
        "Officials met on Friday.\nQARZEN, July 5 - Shares fell.",  # under a sentence, a place no gazetteer knows
        "Officials met on Friday.\nShares fell.\nLONDON, July 5 (Reuters) - Bonds rose.",  # a paragraph over it
        "One\nTwo\nThree\nFour\nFive\nLONDON, July 5 (Reuters) - Shares fell.",  # too far down
        "Markets\nQarzen - Stocks rose.",  # only marked forms count this far down: a title-case name and a dash
        "Markets\nQARZEN - Stocks rose.",  # ... or capitals the gazetteer does not know, undated
    ],
)
def test_normalise_later_datelines_are_not_the_story_dateline(text: str) -> None:
    a = _norm(text)
    assert a.dateline is None
    assert a.notes == ()
    assert a.body.startswith(text.split("\n")[0]) and "LONDON" not in a.notes


@pytest.mark.parametrize(("text", "raw", "notes"), [
    # One sentence over the lead (a standfirst, under headlines or not): a credited lead, or a known city
    # set apart by a dash or on its own line, is the story's dateline (Stuttgarter Nachrichten, Beyaz Gazete).
    ("Officials met on Friday.\nLONDON, July 5 - Shares fell.", "LONDON, July 5 -", ("Officials met on Friday.",)),
    ("Markets\nOfficials met on Friday.\nLONDON, July 5 (Reuters) - Shares fell.", "LONDON, July 5 (Reuters) -",
     ("Markets", "Officials met on Friday.")),
    ("Coalition must save\n\nThe fat years are over, says our author.\n\nStuttgart - Die Koalition muss sparen.",
     "Stuttgart -", ("Coalition must save", "The fat years are over, says our author.")),
    ("Markets\nNEW YORK - Stocks rose.", "NEW YORK -", ("Markets",)),
    # ... or dated, whatever closes it (found by a generator of lines over the lead: it had read none).
    ("Budget passes\n\nThe plan is the largest in a decade.\n\nKATHMANDU, July 5: The council approved it.",
     "KATHMANDU, July 5:", ("Budget passes", "The plan is the largest in a decade.")),
    ("District adds evening classes\n\nPHOENIX -- The district will open them.", "PHOENIX --",
     ("District adds evening classes",)),
    # Time stamps and By-lines over the lead count in no limit of lead-in lines.
    ("12/10/2012, 00.00\nASIA\nHunger in the camps\nby Jane Doe\nA missionary describes the camps\n"
     "Milan (Zenvok) - A missionary spoke.", "Milan (Zenvok) -",
     ("ASIA", "Hunger in the camps", "A missionary describes the camps")),
])
def test_normalise_dateline_of_a_known_city_in_capitals_under_a_slug(text: str, raw: str, notes: tuple) -> None:
    """A slug or a subheadline over "PHOENIX --": a city the gazetteer knows, in capitals, closed by a dash."""
    a = _norm(text)
    assert a.dateline is not None and a.dateline.raw == raw
    assert a.notes == notes


def test_normalise_sentence_standfirst_over_a_credited_lead() -> None:
    a = _norm("Exports beat forecasts for a third month.\n\nBEIJING, Dec. 5 (Xinhua) -- Exports rose 6 percent.")
    assert (a.dateline.raw, a.dateline.city, a.agency) == ("BEIJING, Dec. 5 (Xinhua) --", "Beijing", "Xinhua")
    assert a.notes == ("Exports beat forecasts for a third month.",)
    assert a.body == "Exports rose 6 percent."


def test_normalise_sentence_standfirst_then_by_line_over_a_credited_lead() -> None:
    # ANPA's abstract line, then the credit block, then the lead.
    a = _norm("Ruiz scored twice as the hosts won 3-1 on Friday.\nBy JANE DOE\nAP Sports Writer\n"
              "ATLANTA (AP) _ Ruiz scored twice.")
    assert (a.dateline.raw, a.dateline.city) == ("ATLANTA (AP) _", "Atlanta")
    assert [p.name for p in a.byline.people] == ["Jane Doe"]
    assert a.body == "Ruiz scored twice."


@pytest.mark.parametrize("credit", ["Reporting by Kim Min-ji", "(Reporting by Kim Min-ji; Editing by Jane Doe)"])
def test_normalise_trailer_credits_printed_over_the_lead(credit: str) -> None:
    a = _norm(f"{credit}\nSEOUL, Dec. 5 (Yonhap) -- Exports rose.")
    assert a.dateline.city == "Seoul"
    assert [p.name for p in a.byline.people][:1] == ["Kim Min-ji"]
    assert a.body == "Exports rose."


def test_normalise_by_line_among_lead_in_lines_is_a_credit() -> None:
    a = _norm("Germany-football/Munich/\n1ST LEAD\nBy Lukas Brenner, dpa =\n\nMunich (dpa) - Fans wept.")
    assert [(p.name, p.title) for p in a.byline.people] == [("Lukas Brenner", "dpa")]
    assert a.notes == ("Germany-football/Munich/",)
    assert a.body == "Fans wept."


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a media release: header codes, its title, then the date line, then the story
        ("%CODES AB\n:Harbour Board\nMedia release: New fees for the marina\n\nTue 13 October 2015\n\n"
         "The harbour board today agreed new fees for the marina after a long and heated meeting.",
         dt.date(2015, 10, 13)),
        # a web page's time line over the story
        ("Posted: Dec 05, 2024 / 10:32 AM KST\n\nThe harbour board today agreed new fees for the marina after a "
         "long meeting.", dt.date(2024, 12, 5)),
        # a date in the story is what it tells, not when it moved
        ("The harbour board today agreed new fees for the marina after a long and heated meeting.\n\n"
         "13 October 2015\n\nThey take effect then.", None),
        ("Harbour fees\n\nThe board met.", None),
    ],
)
def test_normalise_story_without_dateline_dated_by_the_date_line_over_it(text: str, day: dt.date | None) -> None:
    article = _norm(text)
    assert article.dateline is None
    assert (article.filed_date, article.filed_date_source) == (day, "published" if day else None)


def test_normalise_story_without_dateline_metadata_date_wins_and_says_so() -> None:
    article = _norm("Tue 13 October 2015\n\nThe harbour board today agreed new fees.",
                    metadata_date=dt.date(2015, 10, 14))
    assert (article.filed_date, article.filed_date_source) == (dt.date(2015, 10, 14), "metadata")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MADRID, 5 dic (EFE).- El gobierno aprobó el plan.\n(Por María López)\nEl plan entra en vigor.",
         "María López"),
        ("PARIS (AFP) - Le gouvernement a adopté le plan.\n(Par Jean Dupont)\nLe plan entre en vigueur.",
         "Jean Dupont"),
    ],
)
def test_normalise_bracketed_credit_after_the_lead_in_other_languages(text: str, name: str) -> None:
    article = _norm(text)
    assert [(p.name, p.role) for p in article.byline.people] == [(name, "author")]
    assert name not in article.body and "(P" not in article.body


def test_normalise_headline_in_capitals_over_an_agency_credit_names_nobody() -> None:
    article = _norm("BASEBALL'S TOP TEN\nBy The Associated Press\n\nNATIONAL LEAGUE\n\nSmith NYM 72 271 .351")
    assert article.byline.people == ()


@pytest.mark.parametrize("text", [
    "Contact: Jane Doe\nPress Office\nLONDON - +44 20 7946 0000\n\nThe council met.",
    "Weather\nQARZEN - Rain, 12C\nPARIS - Sun, 18C\n\nThe council met.",
])
def test_normalise_a_list_item_under_lead_in_lines_is_no_dateline(text: str) -> None:
    """Under short lines a place and a dash start a list's item, not the lead, unless a sentence follows."""
    assert _norm(text).dateline is None
