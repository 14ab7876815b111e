"""Credits from every place wires put them, in house styles the project had not met."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.transforms.bylines import byline
from wirecopy.transforms.pipeline import parse_file

REF = dt.date(2024, 7, 6)
LEAD = "MANILA, July 5 (PNA) -- The senate approved the water bill on Friday."


def _credits(text: str) -> tuple[list[tuple[str | None, str]], str, str | None]:
    (article,) = parse_file(f"Senate passes water bill\n\n{text}\n".encode(), reference_date=REF).articles
    return [(p.name, p.role) for p in article.byline.people], article.body, article.agency


@pytest.mark.parametrize(("text", "people", "agency"), [
    (f"By Jane Doe\n{LEAD}", [("Jane Doe", "author")], "PNA"),
    (f"Byy Jane Doe\n{LEAD}", [("Jane Doe", "author")], "PNA"),  # a typo in the By
    (f"BY: JANE DOE\n{LEAD}", [("Jane Doe", "author")], "PNA"),
    (f"Jane Doe/PNA\n{LEAD}", [("Jane Doe", "author")], "PNA"),
    (f"{LEAD}\n(By Jane Doe)", [("Jane Doe", "author")], "PNA"),
    (f"Written by Jane Doe\n{LEAD}", [("Jane Doe", "author")], "PNA"),
    (f"From Jane Doe\n{LEAD}", [("Jane Doe", "author")], "PNA"),
    (f"Compiled by Jane Doe\n{LEAD}", [("Jane Doe", "compiled")], "PNA"),
    (f"By Jane Doe {LEAD}", [("Jane Doe", "author")], "PNA"),  # run into the dateline
    (f"{LEAD}\n-- Jane Doe, PNA", [("Jane Doe", "author")], "PNA"),
    (f"{LEAD}\nStory: Jane Doe; Photos: Tom Lee", [("Jane Doe", "writing"), ("Tom Lee", "photo")], "PNA"),
    (f"{LEAD}\nSource: Xinhua | Editor: Li Hua", [("Li Hua", "editing")], "PNA"),
    (f"{LEAD}\n(Reporting by Jane Doe; Editing by Tom Lee)", [("Jane Doe", "reporting"), ("Tom Lee", "editing")],
     "PNA"),
    ("BAKU, Azerbaijan, July 5. By Aydan Karimli - Trend: The games opened on Friday.",
     [("Aydan Karimli", "author")], "Trend"),
])
def test_byline_forms_are_read_wherever_printed(text: str, people: list, agency: str) -> None:
    got, body, got_agency = _credits(text)
    assert got == people
    assert got_agency == agency
    assert "Doe" not in body and "Karimli" not in body and "Editor" not in body


@pytest.mark.parametrize("text", [
    f"{LEAD}\n-- The end of an era",
    f"{LEAD}\nSource: Xinhua | Editor: huaxia",  # a desk code is nobody
    "MANILA, July 5 (PNA) -- By the end of the year, the senate will pass the bill.",
    f"By Staff Reporter\n{LEAD}",
    f"By Manila Desk\n{LEAD}",
    f"{LEAD}\n— Manila Newsroom",
])
def test_byline_forms_never_make_a_desk_place_or_agency_a_person(text: str) -> None:
    assert _credits(text)[0] == []


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_byline_forms_labelled_credits_never_raise(line: str) -> None:
    found = byline.labelled_credits(line)
    assert found is None or all(p.name for p in found)


@pytest.mark.parametrize(("text", "raw"), [
    ("BC-Harbour-Reopens\nz7731-204\nVALLETTA, March 3 - The harbour reopened on Friday.", "VALLETTA, March 3 -"),
    ("2024-07-05 10:32 GMT\nByy Jane Doe\nMANILA, July 5 (PNA) -- The senate approved the bill.",
     "MANILA, July 5 (PNA) --"),
    ("Harbour traffic resumes after the storm\nValletta, March 3 - The harbour reopened on Friday.",
     "Valletta, March 3 -"),
])
def test_byline_forms_lines_before_the_lead_are_not_it(text: str, raw: str) -> None:
    (article,) = parse_file(f"Harbour reopens\n\n{text}\n".encode(), reference_date=REF).articles
    assert article.dateline is not None and article.dateline.raw == raw
    assert article.body.startswith("The ")


NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Harbour reopens</title></head>
<body><body.head><hedline><hl1>Harbour reopens</hl1></hedline>
<byline>By <person>Jane Doe</person>, <byttl>Maritime Correspondent</byttl></byline>
<byline><person>Tom Lee</person> <byttl>Staff Photographer</byttl></byline>
</body.head><body.content><p>VALLETTA, July 5 (MaltaPress) - The harbour reopened on Friday.</p></body.content>
</body></nitf>"""

G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:2" version="1" standard="NewsML-G2">
<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-07-05T12:00:00Z</versionCreated></itemMeta>
<contentMeta><creator role="crol:author"><name>Jane Doe</name></creator>
<contributor role="crol:editor" literal="Tom Lee"/><contributor><name>Valletta Desk</name></contributor>
<contributor literal="MaltaPress"/><headline>Harbour reopens</headline></contentMeta>
<contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
<body><body.content><p>VALLETTA, July 5 (MaltaPress) - The harbour reopened on Friday.</p></body.content></body>
</nitf></inlineXML></contentSet></newsItem>"""


NITF_GLUED = """<nitf><head><title>Harbour reopens</title></head>
<body><body.head><hedline><hl1>Harbour reopens</hl1></hedline>
<byline>By JANE DOE<byttl>Maritime Writer</byttl></byline>
</body.head><body.content><p>VALLETTA, July 5 (MaltaPress) - The harbour reopened on Friday.</p></body.content>
</body></nitf>"""


@pytest.mark.parametrize(("data", "people"), [
    (NITF, [("Jane Doe", "author"), ("Tom Lee", "photo")]),
    (NITF_GLUED, [("Jane Doe", "author")]),  # the <byttl> right after the name is a word of its own
    (G2, [("Jane Doe", "author"), ("Tom Lee", "editing")]),
])
def test_byline_forms_native_formats_credit_people_only(data: str, people: list) -> None:
    (article,) = parse_file(data.encode(), reference_date=REF).articles
    assert [(p.name, p.role) for p in article.byline.people] == people


@pytest.mark.parametrize(("text", "people"), [
    (f"Jane Doe\nPNA Radio News, Manila\n\n{LEAD}", [("Jane Doe", "author")]),  # a broadcaster's credit
    (f"By Jane Doe, ONA\n{LEAD}", [("Jane Doe", "author")]),
    (f"{LEAD}\n\nReporter: Sutrisno\nEditor: Tom Lee", [("Sutrisno", "reporting"), ("Tom Lee", "editing")]),
])
def test_byline_forms_of_the_tenth_batch_are_read(text: str, people: list) -> None:
    got, body, _ = _credits(text)
    assert got == people
    assert "Doe" not in body and "Sutrisno" not in body


@pytest.mark.parametrize("text", [
    f"{LEAD}\n\n###\n\nMedia Contact:\nJane Doe\nPress Officer\n+63 2 555 0100\njdoe@senate.example",
    f"{LEAD}\n\nPress contacts\njdoe@senate.example",
    f"{LEAD}\n\nFor more information contact Jane Doe at 555-0100.",
])
def test_byline_forms_a_release_contact_credits_nobody(text: str) -> None:
    assert _credits(text)[0] == []


@given(st.lists(st.one_of(st.text(max_size=40), st.sampled_from([
    "Media Contact:", "Jane Doe", "jdoe@x.example", "BBC News, Manila", "###", "", "Press contacts", "\u00a0",
    "Joy News, Accra,", ", Nairobi"])), max_size=8))
@settings(max_examples=200, deadline=None)
def test_byline_forms_contact_blocks_and_outlet_lines_never_raise(lines: list[str]) -> None:
    assert isinstance(byline.in_contact_block(lines), bool)
    assert all(isinstance(byline.is_outlet_line(line), bool) for line in lines)
    assert all(found is None or all(p.name for p in found) for found in map(byline.labelled_credits, lines))
