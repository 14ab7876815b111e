"""An agency's own XML that is one flat record of named fields (Ritzau's RBNews and its like).

    <RBNews>
      <NewsID>..</NewsID> <PublishDate>2025-06-23T22:13:59</PublishDate>
      <headline>..</headline> <town>Washington D.C.</town> <origin>/ritzau/</origin>
      <content>&lt;p&gt;..&lt;/p&gt;</content> <byLine>Jane Doe</byLine>
    </RBNews>

No standard names these fields, but the words agencies choose for them are few
and plain (headline, byline, town, content), so a record is read by its
field names, whatever its root, without a table of agencies. Only a record
reads: the root's own children must hold a body field with text and at least
one other field a story has (a headline, a byline, a date or a place), so
a settings file, an RSS feed or an SVG is still refused as not a wire format.
Names are compared in lower case without separators (`byLine`, `by_line`
and `BYLINE` are one name).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from wirecopy.transforms.errors import WireFormatError
from wirecopy.transforms.formats import fields
from wirecopy.transforms.formats.html_text import element_text, html_text
from wirecopy.transforms.formats.safe_xml import XML_LANG, attr, local, parse_xml, text
from wirecopy.transforms.formats.timestamps import local_date, parse_timestamp
from wirecopy.transforms.story import Story

FORMAT = "agency-xml"

# Field names as agencies print them, folded (lower case, no separators), the likeliest first.
_BODY = ("content", "body", "bodytext", "text", "storytext", "story", "fulltext", "article", "brodtext")
_HEADLINE = ("headline", "title", "header", "heading", "rubrik", "overskrift")
_BYLINE = ("byline", "author", "authors", "by", "writer", "reporter")
_PLACE = ("dateline", "town", "city", "place", "location", "ort", "sted")
_DATE = ("publishdate", "pubdate", "publicationdate", "published", "datepublished", "versioncreated",
         "firstcreated", "created", "sentdate", "datetime", "date")
_AGENCY = ("origin", "agency", "source", "provider", "credit", "copyright")
_ID = ("newsid", "guid", "uri", "id", "storyid", "itemid")
_LANGUAGE = ("language", "lang")
_SLUG = ("slug", "slugline", "strapline", "keyword")
_STORY_FIELDS = _HEADLINE + _BYLINE + _PLACE + _DATE
_FOLD_RE = re.compile(r"[\W_]+")


def parse_flat_xml(text_: str) -> tuple[Story, ...]:
    """The story of a flat record; WireFormatError(unsupported_format) for XML that is no such record."""
    root = parse_xml(text_)
    found = _fields(root)
    body_element = _first(found, _BODY)
    body = _body(body_element) if body_element is not None else ""
    if not body.strip() or not any(_value(found, (name,)) for name in _STORY_FIELDS):
        raise WireFormatError(f"XML with root <{local(root.tag)}> is not a wire format", reason="unsupported_format")
    published = parse_timestamp(_value(found, _DATE))
    agency_printed = _value(found, _AGENCY)
    return (Story(
        source_format=FORMAT,
        index=0,
        headline=_value(found, _HEADLINE),
        text=body,
        metadata_date=local_date(published),
        # "/ritzau/" is how Ritzau prints its own name; a name the table does not know is kept as printed.
        agency=fields.agency(agency_printed, (agency_printed or "").strip("/ "))
        or fields.printed_agency(agency_printed),
        source_id=_value(found, _ID),
        slug=_value(found, _SLUG),
        version_created=published,
        byline_text=_value(found, _BYLINE),
        dateline_text=_value(found, _PLACE),
        located=_value(found, _PLACE),
        language=_value(found, _LANGUAGE) or attr(root, XML_LANG),
    ),)


def _fields(root: ET.Element) -> dict[str, ET.Element]:
    """The root's own children by folded name, the first of each; nil fields (`i:nil="true"`) are absent."""
    found: dict[str, ET.Element] = {}
    for element in root:
        name = _FOLD_RE.sub("", local(element.tag)).casefold()
        if name and name not in found and not _is_nil(element):
            found[name] = element
    return found


def _is_nil(element: ET.Element) -> bool:
    return any(local(key) == "nil" and value.strip() == "true" for key, value in element.attrib.items())


def _first(found: dict[str, ET.Element], names: tuple[str, ...]) -> ET.Element | None:
    return next((found[n] for n in names if n in found and text(found[n])), None)


def _value(found: dict[str, ET.Element], names: tuple[str, ...]) -> str | None:
    """The first named field that holds a short value (a field holding a whole text is no name or date)."""
    for name in names:
        value = text(found.get(name))
        if value and len(value) <= 200:
            return value
    return None


def _body(element: ET.Element) -> str:
    """Paragraph elements, escaped HTML (`&lt;p&gt;`), or plain text with its line breaks."""
    if len(element):
        return element_text(element)
    raw = element.text or ""
    return html_text(raw) if "<" in raw else raw.strip()

