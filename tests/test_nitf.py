"""NITF 3.x: docdata, body.head, body.content with inline markup, and a DOCTYPE never fetched.

The XML here is written by us following the NITF 3.6 DTD.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS, mutated
from wirecopy.transforms.errors import WireError, WireFormatError
from wirecopy.transforms.formats.nitf import parse_nitf
from wirecopy.transforms.text.decode import decode

DOC = """<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/never-fetched.dtd">
<nitf>
 <head>
  <tobject><tobject.subject tobject.subject.refnum="15054000"/></tobject>
  <docdata management-status="usable">
   <doc-id id-string="EFE-2024-1"/><urgency ed-urg="3"/>
   <date.issue norm="20240601T230000-0500"/><du-key key="FUTBOL-COPA" version="4"/>
   <doc.copyright holder="Agencia EFE"/><ed-msg info="Sustituye a la versi&oacute;n 3."/>
  </docdata>
 </head>
 <body xml:lang="es">
  <body.head>
   <hedline><hl1>Final de la Copa</hl1><hl2>Subt&iacute;tulo</hl2></hedline>
   <byline>Por <person>Ana Garc&iacute;a</person></byline>
   <dateline><location><city>Bogot&aacute;</city></location>, <story.date norm="20240601">1 jun</story.date></dateline>
  </body.head>
  <body.content>
   <p>El equipo de <location>Medell&iacute;n</location> gan&oacute;&nbsp;la final.</p>
   <media media-type="image"><media-caption>Foto</media-caption></media>
   <hl2>Celebraci&oacute;n</hl2>
   <p>Miles de <org>aficionados</org> celebraron.</p>
  </body.content>
  <body.end><tagline>EFE</tagline></body.end>
 </body>
</nitf>"""


def test_nitf_fields_and_text() -> None:
    (story,) = parse_nitf(DOC)
    assert story.source_format == "nitf"
    assert (story.source_id, story.slug, story.version, story.priority) == ("EFE-2024-1", "FUTBOL-COPA", "4", 3)
    assert (story.headline, story.agency, story.pubstatus) == ("Final de la Copa", "EFE", "usable")
    assert (story.subjects, story.ednote, story.language) == (("subj:15054000",), "Sustituye a la versión 3.", "es")
    assert (story.byline_text, story.dateline_text, story.located) == ("Por Ana García", "Bogotá, 1 jun", "Bogotá")
    assert story.version_created == dt.datetime(2024, 6, 2, 4, 0, tzinfo=dt.timezone.utc)
    assert story.metadata_date == dt.date(2024, 6, 1)  # the local date of the issue
    assert story.text == "El equipo de Medellín ganó la final.\n\nCelebración\n\nMiles de aficionados celebraron."


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        ("<nitf><body><body.content/></body></nitf>", "no_body"),
        ("<nitf><body><body.content><p>x</p></body></nitf>", "malformed_xml"),
        ("<nitf><body><body.content><p>&nosuchentity;</p></body.content></body></nitf>", "malformed_xml"),
        ("<NITF/>", "unsupported_format"),
    ],
)
def test_nitf_rejects_with_reason(doc: str, reason: str) -> None:
    with pytest.raises(WireFormatError) as info:
        parse_nitf(doc)
    assert info.value.reason == reason


def test_nitf_seed_latin1_declared() -> None:
    decoded = decode((SEEDS / "nitf-pa-manchester-trams.xml").read_bytes())
    (story,) = parse_nitf(decoded.text)
    assert decoded.encoding == "iso8859-1"
    assert story.headline == "Tram fares in Greater Manchester to be capped at £2"
    assert "£30 million" in story.text and "caption" not in story.text and "ENDS" not in story.text


@given(st.text(max_size=300))
def test_nitf_never_raises_but_typed_errors_on_any_text(text: str) -> None:
    try:
        parse_nitf("<nitf><body><body.content>" + text)
    except WireError:
        pass


@given(mutated((SEEDS / "nitf-pa-manchester-trams.xml").read_bytes()))
def test_nitf_never_raises_but_typed_errors_on_mutated_seed(data: bytes) -> None:
    try:
        parse_nitf(decode(data).text)
    except WireError:
        pass


def _nitf(docdata: str = "", head_extra: str = "", byline: str = "", end: str = "") -> str:
    return (f"<nitf><head><docdata>{docdata}</docdata>{head_extra}</head><body><body.head>"
            f"<hedline><hl1>Dam report</hl1></hedline>{byline}</body.head>"
            f"<body.content><p>The council met on the dam.</p></body.content>{end}</body></nitf>")


def test_nitf_marked_people_in_a_byline_are_the_credit_and_the_title_is_set_off() -> None:
    (story,) = parse_nitf(_nitf(byline="<byline>By <person>Rosa Lind</person> <byttl>Valley Herald</byttl></byline>"))
    assert story.byline_text == "By Rosa Lind, Valley Herald"
    (story,) = parse_nitf(_nitf(byline="<byline><person>By Rosa Lind </person><person>Ivo Marsh</person></byline>"))
    assert story.byline_text == "By Rosa Lind and Ivo Marsh"
    (story,) = parse_nitf(_nitf(byline="<byline><byttl>Rosa Lind</byttl></byline>"))
    assert story.byline_text == "Rosa Lind"  # a title element alone holds the whole credit


@pytest.mark.parametrize(("second", "credits"), [
    ("<byline>Ivo Marsh, Reuters</byline>", (("Ivo Marsh", "author"),)),
    ("<byline>By Ivo Marsh and Ana Qarzen</byline>", (("Ivo Marsh", "author"), ("Ana Qarzen", "author"))),
    ("<byline><person>Ivo Marsh</person><byttl>Staff Photographer</byttl></byline>", (("Ivo Marsh", "photo"),)),
    ("<byline>The Associated Press</byline>", ()),
    ("<byline>By Staff Reporter</byline>", ()),
])
def test_nitf_a_second_byline_credits_its_people_marked_or_not(second: str, credits: tuple) -> None:
    """A co-byline of its own with no <person> marked had credited nobody (found by a generator of NITF
    bylines); an agency's or a desk's still credits nobody."""
    (story,) = parse_nitf(_nitf(byline=f"<byline>By Rosa Lind</byline>{second}"))
    assert story.credits == credits


@pytest.mark.parametrize(
    ("docdata", "head_extra", "expected"),
    [
        ('<date.issue norm="20240310T120000Z"/><date.release norm="20240312T000100Z"/>', "", dt.date(2024, 3, 12)),
        ('<date.issue norm="20240310T120000Z"/><date.release norm="20240308T000100Z"/>', "", dt.date(2024, 3, 10)),
        ('<date.issue norm="20240310T120000Z"/>', "", dt.date(2024, 3, 10)),
        ("", '<pubdata name="Valley Herald" date.publication="2010-02-10 "/>', dt.date(2010, 2, 10)),
    ],
)
def test_nitf_story_date_prefers_release_then_issue_then_publication(
        docdata: str, head_extra: str, expected: dt.date) -> None:
    (story,) = parse_nitf(_nitf(docdata=docdata, head_extra=head_extra))
    assert story.metadata_date == expected


def test_nitf_a_credit_tagline_is_kept_as_text_and_an_end_mark_is_not() -> None:
    (story,) = parse_nitf(_nitf(end="<body.end><tagline>Ivo Marsh contributed to this report.</tagline></body.end>"))
    assert story.text == "The council met on the dam.\n\nIvo Marsh contributed to this report."
    (story,) = parse_nitf(_nitf(end="<body.end><tagline>ENDS</tagline></body.end>"))
    assert story.text == "The council met on the dam."


def test_nitf_marked_people_written_surname_first_are_listed_without_the_title() -> None:
    byline = "<byline><person>Lind, Rosa</person> <person>Marsh, Ivo</person> <byttl>Staff</byttl></byline>"
    (story,) = parse_nitf(_nitf(byline=byline))
    assert story.byline_text == "By Lind, Rosa; Marsh, Ivo"
