"""Rules closing what the byline zoo's twelfth (blind) batch found: credit forms of houses never met.

Each rule is general (a word table per language, a print cue), never one
house's form: run-on job titles, job titles under a bare name, footnote marks,
"Byline:" labels of database exports, "Write to NAME at E-MAIL", labels of
Turkish, Vietnamese, Czech and Polish copy, collaboration verbs, French
interview credits, "dal nostro inviato", and Turkish desks that are nobody.
Precision beside each: the same words where they credit nobody.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_hostile_leads import HOSTILE, assert_grows_linearly
from wirecopy.transforms.bylines.byline import (
    bare_credit_line,
    is_outlet_line,
    labelled_credits,
    match_by_line,
    match_trailer,
    named_signoff,
)
from wirecopy.transforms.normalise import _CLOSING_CREDIT_RE


def _people(found: object) -> list[tuple[str | None, str]]:
    people = found[0] if isinstance(found, tuple) and found and isinstance(found[0], tuple) else found
    return [(p.name, p.role) for p in people or ()]


@pytest.mark.parametrize("line, name, title", [
    ("By Tan Wei Ling Senior Correspondent", "Tan Wei Ling", "Senior Correspondent"),
    ("By Han Fook Kwang Editor At Large", "Han Fook Kwang", "Editor At Large"),
    ("By Maria Costa Social Affairs Editor", "Maria Costa", "Social Affairs Editor"),
    ("By Owen Tresize, AP Diplomatic Writer", "Owen Tresize", "AP Diplomatic Writer"),  # the comma form holds
])
def test_byline_unseen_job_title_run_on_after_the_name(line: str, name: str, title: str) -> None:
    people = match_by_line(line)
    assert people is not None
    assert [(p.name, p.title) for p in people] == [(name, title)]


def test_byline_unseen_job_title_run_on_needs_title_words_only() -> None:
    # "Ling Senior Correspondent" is no title: the name keeps "Ling"; a sentence stays prose.
    assert [p.name for p in match_by_line("By Tan Wei Ling Senior Correspondent") or ()] == ["Tan Wei Ling"]
    assert match_by_line("By Monday Senior Correspondents had left") is None


@pytest.mark.parametrize("line", ["Social Affairs Correspondent", "Staff writer", "Senior Correspondent",
                                  "Editor At Large", "BBC News, Nairobi"])
def test_byline_unseen_job_title_line_under_a_name(line: str) -> None:
    assert is_outlet_line(line)


@pytest.mark.parametrize("line", ["Jane Doe", "The Harbour Reopens", "Correspondents said the port reopened",
                                  "Senior Officials Meet", "By Staff Writer"])
def test_byline_unseen_no_job_title_line(line: str) -> None:
    assert not is_outlet_line(line)


@pytest.mark.parametrize("line, expected", [
    ("By Carolina Dutra*", [("Carolina Dutra", "author")]),
    ("By Ana Lima* and Rui Alves**", [("Ana Lima", "author"), ("Rui Alves", "author")]),
    ("Byline: Rachel Kim", [("Rachel Kim", "author")]),
    ("BYLINE: By Daniel Ortiz, Staff Writer", [("Daniel Ortiz", "author")]),
    ("Propos recueillis par Claire Martin", [("Claire Martin", "author")]),
    ("dal nostro inviato Paolo Esposito", [("Paolo Esposito", "author")]),
    ("dalla nostra inviata Giulia Ferri", [("Giulia Ferri", "author")]),
    ("Penulis Rina Wulandari", [("Rina Wulandari", "writing")]),
    ("Penulis: Rina Wulandari", [("Rina Wulandari", "writing")]),
])
def test_byline_unseen_head_credit_words(line: str, expected: list[tuple[str, str]]) -> None:
    assert _people(match_by_line(line)) == expected


@pytest.mark.parametrize("line, expected", [
    ("BYLINE: Agence France Presse", []),  # the agency: a credit naming nobody
    ("Dal 1 luglio il museo apre anche la sera.", None),
    ("Dalla Chiesa", None),  # a surname, not "from our correspondent"
    ("Dal Comune di Milano", None),
    ("Byline Times reported the sale on Monday.", None),
    ("Haber Merkezi", None),
    ("By Haber Merkezi", []),  # a Turkish newsroom ("news centre"), nobody's name
    ("Penulis buku itu tinggal di Bandung.", None),
])
def test_byline_unseen_head_credit_words_name_nobody(line: str, expected: list | None) -> None:
    found = match_by_line(line)
    assert (None if found is None else _people(found)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The port reopened.\n\nWrite to Ana Ruiz at ana.ruiz@example.com and Ben Cole at ben.cole@example.com",
     [("Ana Ruiz", "reporting"), ("Ben Cole", "reporting")]),
    ("The port reopened.\n\nWrite to Ana Ruiz in Madrid at ana.ruiz@example.com.", [("Ana Ruiz", "reporting")]),
    ("Miasto otworzyło most.\n\noprac. Katarzyna Lis", [("Katarzyna Lis", "compiled")]),
    ("A prefeitura ampliou o metrô.\n\nColaborou Pedro Alves",
     [("Pedro Alves", "additional_reporting")]),
    ("A prefeitura ampliou o metrô.\n\nColaboraram Pedro Alves e Luísa Prado",
     [("Pedro Alves", "additional_reporting"), ("Luísa Prado", "additional_reporting")]),
    ("Il Comune ha approvato il piano.\n\nHa collaborato Marco Neri", [("Marco Neri", "additional_reporting")]),
    ("Il Comune ha approvato il piano.\n\nA cura di Francesca Neri", [("Francesca Neri", "editing")]),
    ("Belediye hattı açtı.\n\nMuhabir: Emre Yıldız\nKamera: Burak Şahin",
     [("Emre Yıldız", "reporting"), ("Burak Şahin", "video")]),
    ("Belediye seferleri başlattı.\n\nYayına hazırlayan: Zeynep Arslan", [("Zeynep Arslan", "editing")]),
    ("Thanh pho mo tuyen xe buyt.\n\nBai: Tran Minh Duc - Anh: Le Hoang Nam",
     [("Tran Minh Duc", "writing"), ("Le Hoang Nam", "photo")]),
    ("Město otevřelo trať.\n\nAutor: Jana Nováková | Zdroj: ČTK", [("Jana Nováková", "author")]),
    ("Město otevřelo trať.\n\nZpracovala: Jana Nováková", [("Jana Nováková", "compiled")]),
    # Probed after the batch, from house styles written from memory.
    ("The port reopened.\n\n-- Reporting by Jane Doe; Editing by Ann Roe",
     [("Jane Doe", "reporting"), ("Ann Roe", "editing")]),
    ("El puerto reabrió.\n\nRedacción: Lucía Gómez", [("Lucía Gómez", "writing")]),
    ("Der Hafen wurde geöffnet.\n\nAutorin: Anna Schulz", [("Anna Schulz", "author")]),
    ("Port otwarto.\n\nAutor: Jan Nowak\nRedakcja: Anna Lis", [("Jan Nowak", "author"), ("Anna Lis", "editing")]),
    ("The port reopened.\n\nJane Doe can be reached at jane.doe@example.com.", [("Jane Doe", "author")]),
    ("The port reopened.\n\nJane Doe can be reached at jane.doe@example.com or on X at @janedoe.",
     [("Jane Doe", "author")]),
    ("The port reopened.\n\nReach Jane Doe at jdoe@example.com.", [("Jane Doe", "reporting")]),
])
def test_byline_unseen_trailers(text: str, expected: list[tuple[str, str]]) -> None:
    found = match_trailer(text)
    assert found is not None
    assert _people(found) == expected
    assert text[:found[1]].rstrip().endswith(".")  # the story keeps its words, loses the whole credit line
    assert text[found[1]:].lstrip("-– ")[:1].isalpha()  # the trailer starts at its first word or its dashes


@pytest.mark.parametrize("text", [
    "The port reopened.\n\nWrite to the editor at letters@example.com",
    "The port reopened.\n\nWrite to us at news@example.com",
    "Miasto otworzyło basen.\n\noprac. mk",
    "Miasto otworzyło basen.\n\noprac. PAP",
    "A prefeitura reabriu.\n\nColaboraram na operação a Polícia Federal e o Exército.",
    "Město otevřelo koupaliště.\n\nZdroj: ČTK",
    "Grad je otvorio most.\n\nIzvor: Hina",
    "The port reopened.\n\n-- Reporting by the ministry suggests more ships will come.",
    "The port reopened.\n\nThe ministry can be reached at info@example.gov.",
    "The port reopened.\n\nReach us at news@example.com.",
    "El puerto reabrió.\n\nRedacción: EFE",
])
def test_byline_unseen_trailers_name_nobody(text: str) -> None:
    found = match_trailer(text)
    assert found is None or _people(found) == []


def test_byline_unseen_label_split_keeps_language_tags() -> None:
    # A dash splits labelled credits ("Bài: A - Ảnh: B") but not a language tag's ("RO - author: A").
    found = labelled_credits("RO - author: Ioana Marin, editor: Radu Stan")
    assert _people(found) == [("Ioana Marin", "author"), ("Radu Stan", "editing")]


@pytest.mark.parametrize("line, expected", [
    ("Helena Marsh in Lisbon", [("Helena Marsh", "Lisbon")]),
    ("Owen Pryce and Mariam Haddad in Beirut", [("Owen Pryce", None), ("Mariam Haddad", "Beirut")]),
    ("Nina Keller, Zürich", [("Nina Keller", "Zürich")]),
    ("Selin ÖZTÜRK", [("Selin Öztürk", None)]),
    ("Laurent DUVAL", [("Laurent Duval", None)]),
])
def test_byline_unseen_bare_credit_line(line: str, expected: list[tuple[str, str | None]]) -> None:
    people = bare_credit_line(line)
    assert people is not None
    assert [(p.name, p.location) for p in people] == expected


@pytest.mark.parametrize("line", [
    "Jane Doe",  # a bare name: only a dateline under it makes it a credit (the caller's)
    "Storms in Lisbon", "Police in Lagos", "Prime Minister in Paris", "New Year in Lisbon",
    "Talks With NATO", "Bank of England", "Jane Doe in the Garden", "By Jane Doe in Lisbon",
    "SELIN ÖZTÜRK", "Ferry Service RESUMES", "IMF", "Officials in Lisbon said the port would reopen on Monday",
])
def test_byline_unseen_bare_credit_line_needs_its_cue(line: str) -> None:
    assert bare_credit_line(line) is None


@given(st.text(max_size=200))
def test_byline_unseen_bare_credit_line_never_raises(text: str) -> None:
    found = bare_credit_line(text)
    assert found is None or all(p.name for p in found)


UNSEEN_WRAPS: dict[str, tuple[Callable[[str], object], Callable[[str], str]]] = {
    "Write to": (lambda s: match_trailer(s.rstrip()), lambda s: f"Story.\n\nWrite to Jane Doe{s} at jd@example.com"),
    "oprac.": (lambda s: match_trailer(s.rstrip()), lambda s: f"Story.\n\noprac.{s}Jane Doe"),
    "a dash before a label": (labelled_credits, lambda s: f"Bài: Jane Doe{s}- Ảnh: John Roe"),
    "Colaboraram": (lambda s: match_trailer(s.rstrip()), lambda s: f"Story.\n\nColaboraram Jane Doe{s} e John Roe"),
    "BYLINE:": (match_by_line, lambda s: f"BYLINE:{s}By Jane Doe"),
    "a run-on title": (match_by_line, lambda s: f"By Jane Doe{s}Senior Correspondent"),
    "a bare credit line": (bare_credit_line, lambda s: f"Jane Doe{s} in Lisbon"),
    "a title line": (is_outlet_line, lambda s: f"Social{s}Affairs Correspondent"),
    "dashes before a trailer": (lambda s: match_trailer(s.rstrip()), lambda s: f"Story.\n\n--{s}Reporting by Jane Doe"),
    "can be reached": (lambda s: match_trailer(s.rstrip()),
                       lambda s: f"Story.\n\nJane Doe{s}can be reached at jd@example.com"),
    "a name and its address": (named_signoff, lambda s: f"Jane Doe{s}jd@example.com"),
    "a name over an address": (lambda s: named_signoff(s, ("jd@example.com",)), lambda s: f"Jane{s}Doe"),
    "a credit closing a paragraph": (_CLOSING_CREDIT_RE.search, lambda s: f"It reopened.{s}(By Jane Doe"),
}


@pytest.mark.parametrize("where", list(UNSEEN_WRAPS))
@pytest.mark.parametrize("pattern", ["spaces", "tabs", "no-break spaces", "title-case words", "words in capitals",
                                     "colon then spaces"])
def test_byline_unseen_rules_grow_linearly(where: str, pattern: str) -> None:
    call, wrap = UNSEEN_WRAPS[where]
    build = HOSTILE[pattern]
    assert_grows_linearly(call, lambda n: wrap(build(n)), f"{where} on {pattern}")


# Names of the shapes credits print (particles, hyphens, initials, apostrophes), made up.
_GIVEN = st.sampled_from(["Aisha", "Jean-Pierre", "Siddharth", "Ngozi", "Tomasz", "J.", "K.K.", "Anna-Lena", "Ji-hoon"])
_FAMILY = st.sampled_from(["Bello", "Mbala", "O'Brien", "van der Berg", "Al-Mansouri", "Okafor", "Zamvok", "McBrix"])
_LEAD = "KINSHASA, Feb 3 (ACP) - The river port reopened on Monday after a week of repairs."
_MORE = "Traders said the first barges would arrive on Wednesday."


def _credited(text: str) -> list[tuple[str | None, str, str | None]]:
    from wirecopy.transforms.pipeline import parse_file

    article = parse_file(text.encode(), reference_date=dt.date(2024, 2, 5)).articles[0]
    return [(p.name, p.role, p.email) for p in article.byline.people]


@given(st.lists(st.tuples(_GIVEN, _FAMILY).map(" ".join), min_size=1, max_size=3, unique=True),
       st.sampled_from([" and ", " & "]))
def test_byline_unseen_credit_closing_the_lead_paragraph(names: list[str], joiner: str) -> None:
    """"... after a week of repairs. (By Jean-Pierre Mbala)": the credit on the lead's own line, not a line of
    its own (found by a generator of credits: it had credited nobody)."""
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]
    text = f"Port reopens\n\n{_LEAD} (By {joined})\n\n{_MORE}"
    assert _credited(text) == [(n, "author", None) for n in names]


@given(_GIVEN, _FAMILY, st.sampled_from([", ", " | ", " ", " <", "\n"]))
def test_byline_unseen_name_and_the_address_that_spells_it_at_the_foot(given: str, family: str, gap: str) -> None:
    """"Jean-Pierre Mbala, jpmbala@acp.example", or the name alone over the address: the address's letters
    say the name is the writer's (it had credited only an address, or nobody)."""
    name = f"{given} {family}"
    local = "".join(c for c in (given[0] + family.split()[-1]).lower() if c.isalpha())
    address = f"{local}@acp.example"
    signed = f"{name}{gap}{address}" + (">" if gap == " <" else "")
    text = f"Port reopens\n\n{_LEAD}\n\n{_MORE}\n\n{signed}"
    assert _credited(text) == [(name, "author", address)]


@pytest.mark.parametrize("foot", [
    "Rachel Osei\npress@acp.example",                      # an office's address spells no name
    "Media contact: Peter Lindgren\nplindgren@acp.example",  # a release's contact block
    "The minister said so.\nmbala@acp.example",            # a sentence over an address
    "Kinshasa, mbala@acp.example",                        # a place, not a name
])
def test_byline_unseen_foot_lines_an_address_does_not_make_a_writer(foot: str) -> None:
    text = f"Port reopens\n\n{_LEAD}\n\n{_MORE}\n\n{foot}"
    assert all(name is None for name, _, _ in _credited(text))


_PLAIN = "The river port reopened on Monday after a week of repairs."
_KNOWN_CITIES = st.sampled_from([("GUWAHATI", "Guwahati", "IN"), ("Kathmandu", "Kathmandu", "NP"),
                                 ("KOHIMA", "Kohima", "IN"), ("Dhaka", "Dhaka", "BD"), ("NAIROBI", "Nairobi", "KE")])


@settings(deadline=None)
@given(st.one_of(
           st.tuples(st.sampled_from("RKMJS"), st.sampled_from(["Bello", "Mbala", "O'Brien", "Okafor", "Zamvok"])).map(
               lambda t: (f"{t[0]} {t[1].upper()}", f"{t[0]} {t[1]}")),
           st.tuples(_GIVEN, st.sampled_from("KBS"), _FAMILY).map(lambda t: (" ".join(t), " ".join(t))),
           st.tuples(_GIVEN, _FAMILY).map(lambda t: (f"By {t[0]} {t[1]}, Staff Reporter", f"{t[0]} {t[1]}"))),
       _KNOWN_CITIES, st.sampled_from([" ", " / "]), st.sampled_from([", Feb 12:", ", 12 Feb -", ":"]))
def test_byline_unseen_reporter_run_into_the_head(credit: tuple[str, str], city: tuple[str, str, str], gap: str,
                                                  close: str) -> None:
    """"R DUTTA CHOUDHURY GUWAHATI, Feb 12:", "Arun K Thapa / Kathmandu:", "By Ann Lee, Staff Reporter GUWAHATI,":
    the reporter is credited and the known city closing the head is the place (the whole run had been read as
    one unknown city, or nothing at all)."""
    from wirecopy.transforms.pipeline import parse_file

    printed, name = credit
    printed_city, expected_city, country = city
    if gap == " " and not printed_city.isupper():
        gap = " / "  # a name in title case runs into a place in title case only across a slash
    if printed.startswith("By "):
        gap = " "
    text = f"Port reopens\n\n{printed}{gap}{printed_city}{close} {_PLAIN}\n\n{_MORE}"
    article = parse_file(text.encode(), reference_date=dt.date(2024, 2, 5)).articles[0]
    assert (article.dateline.city, article.dateline.country) == (expected_city, country)
    assert [(p.name, p.role) for p in article.byline.people] == [(name, "author")]
    assert article.body.startswith(_PLAIN[:20])


@pytest.mark.parametrize(("lead", "city"), [
    ("Special Correspondent KOHIMA, Feb 12:", "Kohima"),
    ("Staff Reporter ITANAGAR, 10 Feb:", "Itanagar"),
    ("Himalayan News Service Kathmandu, Feb 3 -", "Kathmandu"),
    ("Correspondent / Kathmandu, Feb 3:", "Kathmandu"),
])
def test_byline_unseen_desk_run_into_the_head_credits_nobody(lead: str, city: str) -> None:
    from wirecopy.transforms.pipeline import parse_file

    article = parse_file(f"Port reopens\n\n{lead} {_PLAIN}\n\n{_MORE}".encode(), reference_date=dt.date(2024, 2, 5))
    found = article.articles[0]
    assert (found.dateline.city, found.byline.people) == (city, ())


@pytest.mark.parametrize(("lead", "city"), [
    ("EAST LONDON, Feb 12 -", "East London"),      # a place the gazetteer knows whole is one place
    ("NORTH QARZEN BEIRUT, Feb 12 -", None),       # a place's own words before a known city make no credit
    ("PORT QARZEN NAIROBI, Feb 12 -", None),
    # a headline in capitals run into the lead: its "U.S." and "A" are no reporter's initials
    ("ESTIMATED U.S. POULTRY SLAUGHTER KANSAS CITY, Feb 12 -", None),
    ("A NEW HOPE FOR NAIROBI, Feb 12 -", None),
])
def test_byline_unseen_a_place_s_own_words_before_a_city_are_no_credit(lead: str, city: str | None) -> None:
    from wirecopy.transforms.leads.dateline import credit_before_place, parse_dateline

    found = parse_dateline(f"{lead} {_PLAIN}", reference_date=dt.date(2024, 2, 5))
    # the known city alone is never read out of the run, and nothing before it is taken for a credit
    assert found is None or found.city == (city or found.places[0].title())
    assert found is None or credit_before_place(found) is None
    assert city is None or found is not None
