"""NewsML-G2: messages of several items, metadata fields, items that are not stories.

The XML here is written by us following the NewsML-G2 2.x specification.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS, mutated
from wirecopy.transforms.errors import WireError, WireFormatError
from wirecopy.transforms.formats.newsml_g2 import parse_newsml_g2
from wirecopy.transforms.text.decode import decode

NAR = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'


def _item(body: str = "<p>ROME, May 2 (ANSA) - Text.</p>", meta: str = "", content: str = "",
          cls: str = "ninat:text") -> str:
    return (
        f'<newsItem {NAR} guid="urn:x:1" version="7" xml:lang="it">'
        f'<itemMeta><itemClass qcode="{cls}"/><provider literal="ANSA"/>{meta}</itemMeta>'
        f"<contentMeta>{content}</contentMeta>"
        f'<contentSet><inlineXML contenttype="application/xhtml+xml">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html></inlineXML></contentSet>'
        "</newsItem>"
    )


def test_newsml_g2_item_metadata() -> None:
    meta = ("<versionCreated>2024-05-02T18:30:00+02:00</versionCreated>"
            "<firstCreated>2024-05-02T17:00:00+02:00</firstCreated><pubStatus qcode='stat:withheld'/>"
            "<edNote>Embargo until 20:00.</edNote><signal qcode='sig:update'/><signal qcode='sig:correction'/>")
    content = ("<urgency>2</urgency><located><name>Rome</name></located>"
               "<creator role='crol:author'><name>GIULIA ROSSI</name></creator>"
               "<contributor role='crol:photographer'><name>Marco Bianchi</name></contributor>"
               "<subject qcode='medtop:20000065'/><subject literal='politics'/>"
               "<slugline>ITALY-POLITICS</slugline><headline role='hlrole:sub'>Sub</headline>"
               "<headline role='hlrole:main'>Main headline</headline><dateline>ROME</dateline><by>By Giulia Rossi</by>")
    (story,) = parse_newsml_g2(_item(meta=meta, content=content))
    assert story.source_format == "newsml-g2"
    assert (story.source_id, story.version, story.language) == ("urn:x:1", "7", "it")
    assert (story.headline, story.slug, story.priority) == ("Main headline", "ITALY-POLITICS", 2)
    assert (story.pubstatus, story.signals) == ("withheld", ("sig:update", "sig:correction"))
    assert story.subjects == ("medtop:20000065", "politics")
    assert story.first_created == dt.datetime(2024, 5, 2, 15, 0, tzinfo=dt.timezone.utc)
    assert story.metadata_date == dt.date(2024, 5, 2)
    assert (story.ednote, story.agency) == ("Embargo until 20:00.", "ANSA")
    assert (story.byline_text, story.dateline_text, story.located) == ("By Giulia Rossi", "ROME", "Rome")
    assert story.credits == (("GIULIA ROSSI", "author"), ("Marco Bianchi", "photo"))
    assert story.text == "ROME, May 2 (ANSA) - Text."


@pytest.mark.parametrize(
    ("located", "expected"),
    [
        # a name, with the region and country it lies in
        ("<located><name>Berlin</name><broader type='cptype:statprov'><name>Berlin</name></broader>"
         "<broader type='cptype:country' qcode='iso3166-1a2:DE'><name>Germany</name></broader></located>",
         "Berlin, Germany"),
        # no name: the qcode's code is the name; numeric and two-letter codes name nothing
        ("<located qcode='city:Springfield'><broader qcode='reg:Illinois'/><broader qcode='cntry:USA'/></located>",
         "Springfield, Illinois, USA"),
        ("<located qcode='geo:345678'><broader qcode='iso3166-1a2:DE'/></located>", None),
        ("<located qcode='city:Lyon'><broader qcode='iso3166-1a2:FR'/></located>", "Lyon"),
    ],
)
def test_newsml_g2_located_with_what_it_lies_in(located: str, expected: str | None) -> None:
    (story,) = parse_newsml_g2(_item(content=located))
    assert story.located == expected


@pytest.mark.parametrize(
    ("position", "at"),
    [
        ("<position latitude='24.4539' longitude='54.3773'/>", (24.4539, 54.3773)),
        ("<position latitude='124.4' longitude='54.3'/>", None),  # no point on Earth
        ("", None),
    ],
)
def test_newsml_g2_located_position(position: str, at) -> None:
    located = f"<located><name>أبوظبي</name><geoAreaDetails>{position}</geoAreaDetails></located>"
    (story,) = parse_newsml_g2(_item(content=located))
    assert story.located_at == at


def test_newsml_g2_message_skips_pictures_and_packages() -> None:
    package = f'<packageItem {NAR} guid="urn:p"><groupSet root="g"><group id="g"/></groupSet></packageItem>'
    picture = _item(cls="ninat:picture")
    message = (f"<newsMessage {NAR}><header><sent>2024-05-02T16:00:00Z</sent></header><itemSet>"
               f"{package}{picture}{_item(body='<p>First.</p>')}{_item(body='<p>Second.</p>')}</itemSet></newsMessage>")
    stories = parse_newsml_g2(message)
    assert [(s.index, s.text) for s in stories] == [(2, "First."), (3, "Second.")]


def test_newsml_g2_inline_data_and_no_namespace() -> None:
    doc = ("<newsItem guid='g'><itemMeta><itemClass qcode='icls:text'/></itemMeta>"
           "<contentMeta><headline>H</headline></contentMeta>"
           "<contentSet><inlineData contenttype='text/plain'>LINE ONE\n\nLINE TWO</inlineData></contentSet></newsItem>")
    (story,) = parse_newsml_g2(doc)
    assert (story.headline, story.text) == ("H", "LINE ONE\n\nLINE TWO")


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        (f"<newsMessage {NAR}><itemSet/></newsMessage>", "no_body"),
        (_item(body="<p>  </p>"), "no_body"),
        (f'<packageItem {NAR} guid="urn:p"/>', "no_body"),
        ("<rss/>", "unsupported_format"),
        (_item()[:-40], "malformed_xml"),
    ],
)
def test_newsml_g2_rejects_with_reason(doc: str, reason: str) -> None:
    with pytest.raises(WireFormatError) as info:
        parse_newsml_g2(doc)
    assert info.value.reason == reason


def test_newsml_g2_seed() -> None:
    stories = parse_newsml_g2(decode((SEEDS / "newsml-g2-reuters-singapore.xml").read_bytes()).text)
    assert [s.index for s in stories] == [0, 2]
    assert "chart caption" not in stories[0].text
    assert "is high,\" said an economist at\na regional bank" in stories[0].text  # line breaks in <p> kept


@given(st.text(max_size=300))
def test_newsml_g2_never_raises_but_typed_errors_on_any_text(text: str) -> None:
    try:
        parse_newsml_g2(f"<newsItem {NAR}>" + text)
    except WireError:
        pass


@given(mutated((SEEDS / "newsml-g2-reuters-singapore.xml").read_bytes()))
def test_newsml_g2_never_raises_but_typed_errors_on_mutated_seed(data: bytes) -> None:
    try:
        parse_newsml_g2(decode(data).text)
    except WireError:
        pass


def test_newsml_g2_inline_nitf_with_an_escaped_body_its_byline_and_an_unknown_provider() -> None:
    doc = (f'<newsItem {NAR} guid="urn:x:9" version="1"><itemMeta><itemClass qcode="ninat:text"/>'
           '<provider literal="Karadeniz Haber Ajansı"/><versionCreated>2025-05-06T08:00:00Z</versionCreated>'
           "</itemMeta><contentMeta><headline>Festival</headline></contentMeta><contentSet><inlineXML>"
           '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.head><byline><byttl>Selin Kaya</byttl>'
           "</byline><dateline>RİZE</dateline></body.head><body.content>&lt;p&gt;RİZE (KHA) - Festival "
           "&amp;quot;Çay&amp;quot; başladı.&lt;/p&gt;&lt;p&gt;İkinci gün.&lt;/p&gt;</body.content></body></nitf>"
           "</inlineXML></contentSet></newsItem>")
    (story,) = parse_newsml_g2(doc)
    assert story.text == 'RİZE (KHA) - Festival "Çay" başladı.\n\nİkinci gün.'
    assert (story.byline_text, story.dateline_text) == ("Selin Kaya", "RİZE")
    assert story.agency == "Karadeniz Haber Ajansı"  # the provider as it names itself


TTNITF_ITEM = (
    f'<newsItem {NAR} guid="urn:tt:1" version="1"><itemMeta><itemClass qcode="ninat:text"/>'
    '<provider literal="TT"/><versionCreated>2024-11-05T14:00:00+01:00</versionCreated></itemMeta>'
    "<contentMeta/><contentSet>"
    '<inlineXML contenttype="application/ttnitf+xml"><BODY xmlns="" ID="8:10"><TEXT>'
    "<RUBRIK>Hamnen öppnar igen</RUBRIK><DAT><ORT>Sjöfart</ORT><SOURCE>{source}</SOURCE></DAT>"
    "<INGRESS><P>Hamnen i Visby öppnade på tisdagen.</P></INGRESS>"
    "<BRODTEXT><CITAT>Det gick fortare än vi trodde, säger hamnchefen.</CITAT><MELLIS>Kö</MELLIS>"
    "<P>Färjorna gick enligt tidtabell.</P><UL><LI>En punkt</LI></UL></BRODTEXT>"
    '<BYLINE EPOST="a.holm@example.se">Anna Holm/TT</BYLINE>'
    "<BILD><BILDTEXT><P>Färjan i hamnen.</P></BILDTEXT><BILDSKAPARE>Per Ek/TT</BILDSKAPARE></BILD></TEXT>"
    "<TEXT><RUBRIK>Fakta: Hamnen</RUBRIK><BRODTEXT><P>Byggd 1850.</P></BRODTEXT></TEXT>"
    "</BODY></inlineXML></contentSet></newsItem>"
)


def test_newsml_g2_ttnitf_body_headline_byline_and_the_place_of_a_correspondent() -> None:
    (story,) = parse_newsml_g2(TTNITF_ITEM.format(source="Visby, TT:s korrespondent"))
    assert story.text == ("Hamnen i Visby öppnade på tisdagen.\n\n– Det gick fortare än vi trodde, säger hamnchefen."
                          "\n\nKö\n\nFärjorna gick enligt tidtabell.\n\nEn punkt\n\nFakta: Hamnen\n\nByggd 1850.")
    assert (story.headline, story.byline_text, story.dateline_text) == ("Hamnen öppnar igen", "Anna Holm/TT", "Visby")


def test_newsml_g2_ttnitf_vignette_is_no_dateline() -> None:
    (story,) = parse_newsml_g2(TTNITF_ITEM.format(source="TT"))
    assert story.dateline_text is None  # ORT holds the vignette ("Sjöfart"), SOURCE names no place


@given(st.lists(st.sampled_from(["TEXT", "RUBRIK", "DAT", "SOURCE", "INGRESS", "BRODTEXT", "P", "CITAT", "BYLINE",
                                 "BILD", "LI", "x"]), max_size=12), st.text(max_size=40))
def test_ttnitf_reader_never_raises_on_any_nesting(tags: list[str], words: str) -> None:
    from xml.sax.saxutils import escape

    from wirecopy.transforms.formats import ttnitf
    from wirecopy.transforms.formats.safe_xml import parse_xml

    inner = escape(words.replace("\x00", ""))
    for tag in reversed(tags):
        inner = f"<{tag}>{inner}</{tag}>"
    try:
        root = parse_xml(f'<contentSet><inlineXML contenttype="application/ttnitf+xml"><BODY>{inner}</BODY>'
                         "</inlineXML></contentSet>")
    except WireError:
        return  # characters XML cannot hold: refused before the reader sees them
    body = ttnitf.find(root)
    assert body is not None
    parts = ttnitf.read(body)
    assert isinstance(parts.text, str)


@pytest.mark.parametrize(("content", "credits"), [
    # dpa's address book: the login, family name first, is the writer; the contributor naming them again is
    # the same credit (a bench of dpa's published NewsML-G2 had credited nobody: logins are no names).
    ("<creator qcode='dpa-ad:zamvok.anna-lena'><name>zamvok.anna-lena</name></creator>"
     "<contributor qcode='dpa-ad:zamvok.anna-lena'><name>zamvok.anna-lena</name></contributor>"
     "<contributor qcode='dpa-ad:qarzen.jan'><name>qarzen.jan</name></contributor>",
     (("Anna-Lena Zamvok", "author"), ("Jan Qarzen", "additional_reporting"))),
    # The creator without a code, vouched for by the contributor's.
    ("<creator><name>zamvok.jan</name></creator><contributor qcode='dpa-ad:zamvok.jan'><name>zamvok.jan</name>"
     "</contributor>", (("Jan Zamvok", "author"),)),
    # A login no address book vouches for is left as printed.
    ("<creator qcode='x-staff:zamvok.jan'><name>zamvok.jan</name></creator>", (("zamvok.jan", "author"),)),
])
def test_newsml_g2_address_book_logins_name_their_staff(content: str, credits: tuple) -> None:
    (story,) = parse_newsml_g2(_item(content=content))
    assert story.credits == credits
