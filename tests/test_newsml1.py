"""NewsML 1.x: identification, management, news lines, embedded NITF, several items.

The XML here is written by us following the NewsML 1.2 specification.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS, mutated
from wirecopy.transforms.errors import WireError, WireFormatError
from wirecopy.transforms.formats.newsml1 import parse_newsml1
from wirecopy.transforms.pipeline import parse_file
from wirecopy.transforms.text.decode import decode

ITEM = """<NewsItem>
  <Identification><NewsIdentifier><ProviderId>belga.be</ProviderId><DateId>20240301</DateId>
    <NewsItemId>{id}</NewsItemId><RevisionId PreviousRevision="0"
    Update="N">1</RevisionId></NewsIdentifier></Identification>
  <NewsManagement><FirstCreated>20240301T101500+0100</FirstCreated><Status FormalName="Usable"/>
    <Instruction FormalName="Rectify"/></NewsManagement>
  <NewsComponent>
    <NewsLines><HeadLine>{headline}</HeadLine><DateLine>BRUSSELS</DateLine></NewsLines>
    <AdministrativeMetadata><Provider><Party FormalName="Belga"/></Provider></AdministrativeMetadata>
    <DescriptiveMetadata><SubjectCode><SubjectMatter FormalName="11000000"/></SubjectCode></DescriptiveMetadata>
    <ContentItem><MediaType FormalName="Photo"/></ContentItem>
    <ContentItem><MediaType FormalName="Text"/><DataContent>{content}</DataContent></ContentItem>
  </NewsComponent>
</NewsItem>"""


def _doc(*items: str) -> str:
    envelope = "<NewsEnvelope><DateAndTime>20240301T093000Z</DateAndTime></NewsEnvelope>"
    return "<NewsML>" + envelope + "".join(items) + "</NewsML>"


def test_newsml1_fields_of_an_item() -> None:
    (story,) = parse_newsml1(_doc(ITEM.format(id="A1", headline="Strike at port",
                                              content="<p>Dockers walked out.</p>")))
    assert story.source_format == "newsml1"
    assert (story.source_id, story.version) == ("urn:newsml:belga.be:20240301:A1", "1")
    assert (story.headline, story.agency, story.pubstatus) == ("Strike at port", "Belga", "usable")
    assert (story.signals, story.subjects, story.dateline_text) == (("Rectify",), ("11000000",), "BRUSSELS")
    assert story.first_created == dt.datetime(2024, 3, 1, 9, 15, tzinfo=dt.timezone.utc)
    assert story.text == "Dockers walked out."


def test_newsml1_several_items_and_embedded_nitf() -> None:
    nitf = ("<nitf><body><body.head><byline>By Jan Peeters</byline></body.head>"
            "<body.content><p>First paragraph.</p><p>Second.</p></body.content></body></nitf>")
    stories = parse_newsml1(_doc(ITEM.format(id="A1", headline="One", content="<p>Plain.</p>"),
                                 ITEM.format(id="A2", headline="Two", content=nitf)))
    assert [(s.index, s.headline) for s in stories] == [(0, "One"), (1, "Two")]
    assert stories[1].text == "First paragraph.\n\nSecond."
    assert stories[1].byline_text == "By Jan Peeters"


def test_newsml1_plain_text_data_content_keeps_its_lines() -> None:
    (story,) = parse_newsml1(_doc(ITEM.format(id="A1", headline="H", content="Line one\nline two\n\nPara two")))
    assert story.text == "Line one\nline two\n\nPara two"


def test_newsml1_html_carried_as_text_and_a_city_set_in_descriptive_metadata() -> None:
    item = ITEM.format(id="A3", headline="Jobs grow",
                       content="<![CDATA[<P>Hiring rose in March.</P>\n<P>Wages rose too.</P>]]>")
    item = item.replace('<MediaType FormalName="Text"/>', '<MediaType FormalName="Text"/><Format FormalName="HTML"/>')
    item = item.replace("</SubjectCode>", '</SubjectCode><Property FormalName="Country" Value="GRC"/>'
                                          '<Property FormalName="City" Value="Thessaloniki"/>')
    (story,) = parse_newsml1(_doc(item))
    assert story.text == "Hiring rose in March.\n\nWages rose too."
    assert story.located == "Thessaloniki, GRC"  # the Location's City with its Country


def test_newsml1_html_text_is_read_as_html_even_unlabelled() -> None:
    (story,) = parse_newsml1(_doc(ITEM.format(id="A4", headline="H", content="<![CDATA[<p>One &amp; two.</p>]]>")))
    assert story.text == "One & two."


def _with_admin(admin: str) -> str:
    item = ITEM.format(id="C1", headline="Barges go electric", content="<p>GHENT (Belga) - Barges went electric.</p>")
    return _doc(item.replace("</Provider>", "</Provider>" + admin))


def test_newsml1_creator_and_contributor_parties_are_credits() -> None:
    (story,) = parse_newsml1(_with_admin(
        '<Creator><Party FormalName="Sophie Lambert"/></Creator>'
        '<Contributor><Role FormalName="Photographer"/><Party FormalName="Marc Dubois"/></Contributor>'
        '<Contributor><Party FormalName="Lea Maes"><Property FormalName="Role" Value="Editor"/></Party></Contributor>'
        '<Contributor><Party FormalName="Tom Claes"/></Contributor>'))
    assert story.credits == (("Sophie Lambert", "author"), ("Marc Dubois", "photo"), ("Lea Maes", "editing"),
                             ("Tom Claes", "additional_reporting"))


def test_newsml1_agency_parties_are_no_credits_and_desks_no_people() -> None:
    (story,) = parse_newsml1(_with_admin('<Creator><Party FormalName="Belga"/></Creator>'
                                         '<Contributor><Party FormalName="Redactie Binnenland"/></Contributor>'))
    assert story.credits == (("Redactie Binnenland", "additional_reporting"),)  # a desk: normalise drops it
    (article,) = parse_file(_with_admin('<Creator><Party FormalName="Belga"/></Creator>'
                                        '<Contributor><Party FormalName="Redactie Binnenland"/></Contributor>'
                                        '<Creator><Party FormalName="Janssens, Pieter"/></Creator>').encode(),
                            reference_date=dt.date(2024, 3, 2)).articles
    assert [(p.name, p.role) for p in article.byline.people] == [("Pieter Janssens", "author")]


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        (_doc(), "no_body"),
        (_doc(ITEM.format(id="A1", headline="H", content="  ")), "no_body"),
        ("<NewsML><NewsItem>", "malformed_xml"),
    ],
)
def test_newsml1_rejects_with_reason(doc: str, reason: str) -> None:
    with pytest.raises(WireFormatError) as info:
        parse_newsml1(doc)
    assert info.value.reason == reason


@given(st.text(max_size=300))
def test_newsml1_never_raises_but_typed_errors_on_any_text(text: str) -> None:
    try:
        parse_newsml1("<NewsML><NewsItem>" + text)
    except WireError:
        pass


@given(mutated((SEEDS / "newsml1-afp-nairobi.xml").read_bytes()))
def test_newsml1_never_raises_but_typed_errors_on_mutated_seed(data: bytes) -> None:
    try:
        parse_newsml1(decode(data).text)
    except WireError:
        pass


def _release(outer_lines: str, body_role: str = "Body", envelope: str = "") -> str:
    """A press-release wire's shape: copyright in the outer lines, the rest in components inside."""
    return (
        f"<NewsML><NewsEnvelope><DateAndTime>20240606T133000+0000</DateAndTime>{envelope}</NewsEnvelope>"
        "<NewsItem><Identification><NewsIdentifier><ProviderId>example.com</ProviderId><DateId>20240606</DateId>"
        "<NewsItemId>7</NewsItemId></NewsIdentifier></Identification>"
        f"<NewsComponent>{outer_lines}<NewsComponent>"
        "<NewsLines><HeadLine>Harbour firm reports record year</HeadLine><DateLine>SPRINGFIELD, Ill.</DateLine>"
        "</NewsLines>"
        "<NewsComponent><Role FormalName='Abstract'/><ContentItem><DataContent>Harbour firm reports record year"
        "</DataContent></ContentItem></NewsComponent>"
        f"<NewsComponent><Role FormalName='{body_role}'/><ContentItem><DataContent>The harbour firm said on Monday "
        "its revenue rose by a fifth.</DataContent></ContentItem></NewsComponent>"
        "<NewsComponent><Role FormalName='Contact'/><ContentItem><DataContent>Press office, +1 555 0100"
        "</DataContent></ContentItem></NewsComponent>"
        "</NewsComponent></NewsComponent></NewsItem></NewsML>"
    )


def test_newsml1_lines_of_the_component_inside_and_the_body_beside_furniture() -> None:
    (story,) = parse_newsml1(_release("<NewsLines><CopyrightLine>Copyright Example 2024</CopyrightLine></NewsLines>"))
    assert (story.headline, story.dateline_text) == ("Harbour firm reports record year", "SPRINGFIELD, Ill.")
    assert story.text == "The harbour firm said on Monday its revenue rose by a fifth."  # not the abstract or contact


def test_newsml1_envelope_sender_is_the_agency_where_the_item_names_none() -> None:
    sent_from = "<SentFrom><Party FormalName='Harbour Wire'/></SentFrom>"
    (story,) = parse_newsml1(_release("", envelope=sent_from))
    assert story.agency == "Harbour Wire"  # not in the table: as it names itself
    article = parse_file(_release("", envelope=sent_from).encode()).articles[0]
    assert (article.agency, article.agency_source) == ("Harbour Wire", "metadata")
    assert (article.dateline.city, article.dateline.region) == ("Springfield", "Illinois")


@pytest.mark.parametrize(
    ("location", "located", "at", "city", "country"),
    [
        # a city in a script the gazetteer lacks, its country as ISO alpha-3, and its coordinates
        ("<Property FormalName='Country' Value='FRA'/><Property FormalName='City' Value='باريس'/>"
         "<Property FormalName='Latitude' Value='48.8566'/><Property FormalName='Longitude' Value='2.3522'/>",
         "باريس, FRA", (48.8566, 2.3522), "Paris", "FR"),
        # no coordinates: the print stays, the country is known
        ("<Property FormalName='Country' Value='FRA'/><Property FormalName='City' Value='باريس'/>",
         "باريس, FRA", None, "باريس", "FR"),
        # coordinates that are no point
        ("<Property FormalName='City' Value='Nairobi'/><Property FormalName='Latitude' Value='north'/>"
         "<Property FormalName='Longitude' Value='36.8'/>", "Nairobi", None, "Nairobi", "KE"),
    ],
)
def test_newsml1_location_country_and_coordinates(location, located, at, city, country) -> None:
    item = ITEM.format(id="9", headline="Talks", content="<p>The talks resumed on Monday.</p>").replace(
        "<DateLine>BRUSSELS</DateLine>", "").replace(
        "<SubjectCode>", f"<Location HowPresent='Origin'>{location}</Location><SubjectCode>")
    (story,) = parse_newsml1(_doc(item))
    assert (story.located, story.located_at) == (located, at)
    article = parse_file(_doc(item).encode()).articles[0]
    assert (article.dateline.city, article.dateline.country) == (city, country)


def test_newsml1_html_media_type_is_text_and_an_unknown_credit_is_kept_as_printed() -> None:
    item = ITEM.format(id="H1", headline="Bridge opens",
                       content="<![CDATA[<P>Faro, 3 mar 2025 (Agência Sul) -- A nova ponte abriu.</P>]]>")
    text_media = '<ContentItem><MediaType FormalName="Text"/>'
    item = item.replace(text_media, text_media.replace("Text", "HTML"))
    item = item.replace('<Party FormalName="Belga"/>', '<Party FormalName="Agência Sul"/>')
    item = item.replace("<ProviderId>belga.be</ProviderId>", "<ProviderId>agsul.example</ProviderId>")
    (story,) = parse_newsml1(_doc(item))
    assert story.text == "Faro, 3 mar 2025 (Agência Sul) -- A nova ponte abriu."
    assert story.agency == "Agência Sul"  # no table knows it: the provider as it names itself
