"""An agency's own flat XML record read by its field names; XML that is no record still refused.

The records here are written by us in the shape of such feeds (one element per field under the root).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.errors import WireError, WireFormatError
from wirecopy.transforms.formats import parse_stories
from wirecopy.transforms.formats.flat_xml import parse_flat_xml

RECORD = """<?xml version="1.0"?>
<WireItem xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <ItemID>a1b2</ItemID>
  <PublishDate>2024-08-19T06:45:10.25</PublishDate>
  <headline>Ferry line resumes after storm</headline>
  <subtitle i:nil="true"/>
  <town>Esbjerg</town>
  <origin>/nordwire/</origin>
  <content>&lt;p&gt;The ferry to Fanø sailed again on Monday.&lt;/p&gt;&lt;p&gt;Queues were short.&lt;/p&gt;</content>
  <byLine>Karen Vest</byLine>
  <Language>da</Language>
</WireItem>"""


def test_flat_record_fields_are_read_by_their_names() -> None:
    (story,) = parse_flat_xml(RECORD)
    assert story.source_format == "agency-xml"
    assert story.text == "The ferry to Fanø sailed again on Monday.\n\nQueues were short."
    assert (story.headline, story.byline_text, story.dateline_text) == (
        "Ferry line resumes after storm", "Karen Vest", "Esbjerg")
    assert story.metadata_date == dt.date(2024, 8, 19)
    assert (story.agency, story.source_id, story.language) == ("nordwire", "a1b2", "da")


def test_flat_record_body_with_line_break_elements_and_a_known_agency() -> None:
    record = RECORD.replace("/nordwire/", "/ritzau/").replace(
        "<content>&lt;p&gt;The ferry to Fanø sailed again on Monday.&lt;/p&gt;&lt;p&gt;Queues were short.&lt;/p&gt;"
        "</content>", "<content>First line.<br />Second line.<br />/ritzau/</content>")
    (story,) = parse_stories(record)
    assert story.text == "First line.\n\nSecond line.\n\n/ritzau/"
    assert story.agency == "Ritzau"


@pytest.mark.parametrize(
    "doc",
    [
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
        "<settings><content>dark mode</content></settings>",  # a body-like field but nothing a story has
        "<svg><title>Logo</title><text>ACME</text></svg>".replace("<text>ACME</text>", "<g/>"),
        "<Record><headline>Only a headline</headline><content i:nil='true' xmlns:i='x'/></Record>",
    ],
)
def test_xml_that_is_no_flat_record_is_refused(doc: str) -> None:
    with pytest.raises(WireFormatError) as info:
        parse_stories(doc)
    assert info.value.reason == "unsupported_format"


@given(st.dictionaries(st.sampled_from(["content", "headline", "byLine", "town", "PublishDate", "origin", "x"]),
                       st.text(max_size=40), max_size=7))
def test_flat_xml_never_raises_but_typed_errors(record: dict[str, str]) -> None:
    from xml.sax.saxutils import escape

    doc = "<R>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in record.items()) + "</R>"
    try:
        stories = parse_flat_xml(doc)
    except WireError:
        return
    assert len(stories) == 1 and stories[0].text.strip()


@given(st.text(max_size=300))
def test_flat_xml_never_raises_on_any_text(text: str) -> None:
    try:
        parse_flat_xml(text)
    except WireError:
        pass
