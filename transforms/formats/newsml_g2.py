"""NewsML-G2: a newsMessage of items, or one newsItem, to stories.

    newsMessage/header/(sent, priority)
    newsMessage/itemSet/newsItem @guid @version @xml:lang
        itemMeta: itemClass, provider, versionCreated, firstCreated, pubStatus, edNote, signal
        contentMeta: urgency, located, creator / contributor (with roles), infoSource, subject,
                     slugline, headline, dateline, by, creditline, language
        contentSet: inlineXML (XHTML body, or a whole NITF document whose byline and dateline then
                    stand in for contentMeta's, or TT's TTNITF: see ttnitf) | inlineData (plain text)

Items that carry no text (pictures, video, packageItems that only list other
items, concept and planning items) are not stories and are passed over; a
message in which no item has text is rejected as `no_body`. Names are matched
by local name, so a provider that drops or renames the namespace still reads.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from wirecopy.transforms.errors import WireFormatError
from wirecopy.transforms.formats import fields, ttnitf
from wirecopy.transforms.formats.html_text import element_text, html_text
from wirecopy.transforms.formats.nitf import byline_text as nitf_byline
from wirecopy.transforms.formats.safe_xml import XML_LANG, attr, child, children, descendants, local, parse_xml, text
from wirecopy.transforms.formats.timestamps import local_date, parse_timestamp
from wirecopy.transforms.story import Story

FORMAT = "newsml-g2"
ROOTS = frozenset({"newsMessage", "newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem"})

# Item classes that are not text: ninat (IPTC), icls (Reuters) and the like.
# A qcode's code that is a place's name: letters, spaces, hyphens, three or more ("Philadelphia", "USA").
_NAMED_CODE_RE = re.compile(r"^[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+)*$")
_MAX_BROADER = 2
_NOT_TEXT = frozenset({"picture", "graphic", "video", "audio", "composite", "interactive", "photo", "image"})


def parse_newsml_g2(text_: str) -> tuple[Story, ...]:
    root = parse_xml(text_)
    name = local(root.tag)
    if name not in ROOTS:
        raise WireFormatError(f"root element <{name}> is not NewsML-G2", reason="unsupported_format")
    header = child(root, "header")
    items = list(_items(root)) if name == "newsMessage" else [root]
    stories = []
    for index, item in enumerate(items):
        story = _item(item, index, header)
        if story is not None:
            stories.append(story)
    if not stories:
        raise WireFormatError(f"{len(items)} item(s) but none with text", reason="no_body")
    return tuple(stories)


def _items(message: ET.Element):
    for item_set in children(message, "itemSet"):
        yield from (i for i in item_set if local(i.tag) in ROOTS)


def _item(item: ET.Element, index: int, header: ET.Element | None) -> Story | None:
    if local(item.tag) != "newsItem":
        return None
    meta, content = child(item, "itemMeta"), child(item, "contentMeta")
    item_class = attr(child(meta, "itemClass"), "qcode") or ""
    if fields.code(item_class).casefold() in _NOT_TEXT:
        return None
    tt = ttnitf.find(child(item, "contentSet"))
    tt_parts = ttnitf.read(tt) if tt is not None else None
    body = (tt_parts.text if tt_parts is not None else None) or _body(child(item, "contentSet"))
    if not body:
        return None
    first_created = parse_timestamp(text(child(meta, "firstCreated")))
    version_created = parse_timestamp(text(child(meta, "versionCreated")))
    content_created = parse_timestamp(text(child(content, "contentCreated")))
    sent = parse_timestamp(text(child(header, "sent")))
    people, agency_names = _credits(content)
    nitf = _inline_nitf(child(item, "contentSet"))
    nitf_head = child(nitf, "body", "body.head") if nitf is not None else None
    provider = child(meta, "provider")
    return Story(
        source_format=FORMAT,
        index=index,
        headline=_headline(content) or (tt_parts.headline if tt_parts else None),
        text=body,
        metadata_date=local_date(first_created, content_created, version_created, sent),
        agency=fields.agency(
            attr(child(meta, "provider"), "literal"), text(child(meta, "provider", "name")),
            attr(child(meta, "provider"), "qcode"), *agency_names, text(child(content, "creditline")),
            attr(child(item, "rightsInfo", "copyrightHolder"), "literal"),
            text(child(item, "rightsInfo", "copyrightHolder", "name")),
        ) or fields.printed_agency(attr(provider, "literal") or text(child(provider, "name"))),
        source_id=attr(item, "guid"),
        version=attr(item, "version"),
        slug=text(child(content, "slugline")),
        priority=fields.priority(text(child(content, "urgency"))) or fields.priority(text(child(header, "priority"))),
        subjects=fields.unique([_concept(s) for s in children(content, "subject")] if content is not None else []),
        pubstatus=fields.pubstatus(attr(child(meta, "pubStatus"), "qcode", "literal")),
        signals=fields.unique([attr(s, "qcode", "literal") or "" for s in children(meta, "signal")]
                              if meta is not None else []),
        first_created=first_created or content_created,
        version_created=version_created,
        ednote=_joined(meta, "edNote"),
        byline_text=text(child(content, "by")) or nitf_byline(child(nitf_head, "byline"))
        or (tt_parts.byline if tt_parts else None),
        dateline_text=text(child(content, "dateline")) or text(child(nitf_head, "dateline"))
        or (tt_parts.dateline if tt_parts else None),
        located=_located(child(content, "located")),
        located_at=_position(child(content, "located")),
        language=attr(child(content, "language"), "tag") or attr(item, XML_LANG),
        credits=tuple(people),
    )


def _body(content_set: ET.Element | None) -> str | None:
    """The text of the first inlineXML (XHTML) or inlineData with any."""
    if content_set is None:
        return None
    for element in content_set:
        kind = local(element.tag)
        if kind == "inlineXML":
            found = element_text(element)
        elif kind == "inlineData":
            found = element.text or ""
            if "html" in (element.get("contenttype") or ""):
                found = html_text(found)
        else:
            continue
        if found.strip():
            return found
    return None


def _inline_nitf(content_set: ET.Element | None) -> ET.Element | None:
    """The NITF document an inlineXML carries (application/nitf+xml), if one does."""
    if content_set is None:
        return None
    for element in children(content_set, "inlineXML"):
        if (nitf := child(element, "nitf")) is not None:
            return nitf
    return None


def _joined(parent: ET.Element | None, name: str) -> str | None:
    if parent is None:
        return None
    return "\n".join(t for e in children(parent, name) if (t := text(e))) or None


def _headline(content: ET.Element | None) -> str | None:
    if content is None:
        return None
    headlines = list(children(content, "headline"))
    main = [h for h in headlines if (h.get("role") or "").endswith(("main", "hl1"))] or headlines
    return next((t for h in main if (t := text(h))), None)


def _concept(element: ET.Element) -> str:
    return attr(element, "qcode", "uri", "literal") or text(child(element, "name")) or ""


def _located(element: ET.Element | None) -> str | None:
    """The place a story comes from, with the region and country it lies in ("Philadelphia, Pennsylvania, USA").

    A concept may carry no name, only a qcode whose code is the name
    (`city:Philadelphia`); a numeric or two-letter code (`geo:345678`,
    `iso3166-1a2:DE`) names nothing readable and is passed over.
    """
    if element is None:
        return None
    place = _place_name(element)
    if place is None:
        return None
    broader = list(children(element, "broader"))[:_MAX_BROADER]
    wider = [name for b in broader if (name := _place_name(b)) and name != place]
    return ", ".join([place, *wider])


def _position(element: ET.Element | None) -> tuple[float, float] | None:
    """The point <geoAreaDetails><position latitude= longitude=/> gives the place, where it does."""
    position = child(element, "geoAreaDetails", "position") if element is not None else None
    return fields.coordinates(attr(position, "latitude"), attr(position, "longitude")) if position is not None else None


def _place_name(element: ET.Element) -> str | None:
    if name := text(child(element, "name")) or attr(element, "literal"):
        return name
    code = fields.code(attr(element, "qcode") or "")
    return code if len(code) >= 3 and _NAMED_CODE_RE.match(code) else None


# Schemes of an agency's address book, whose codes are its staff's logins: dpa's "dpa-ad:engler.angelika".
_ADDRESS_BOOKS = frozenset({"dpa-ad"})
_LOGIN_RE = re.compile(r"[^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)*(?:\.[^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)*)?")


def _login_name(name: str, logins: set[str]) -> str:
    """The person a login names, where an address book's code vouches that it is one of its staff.

    dpa's NewsML-G2 names creator and contributor by the login of its address
    book, family name first ("engler.angelika", "kraffzick"): the person is
    "Angelika Engler". A name no address-book code vouches for stays as
    printed (a lower-case login is no name for the byline rules).
    """
    if name not in logins or not _LOGIN_RE.fullmatch(name):
        return name
    family, _, given = name.partition(".")
    return " ".join("-".join(part.capitalize() for part in word.split("-")) for word in (given, family) if word)


def _credits(content: ET.Element | None) -> tuple[list[tuple[str, str]], list[str]]:
    """People named by creator / contributor (with byline roles) and the agencies named there."""
    if content is None:
        return [], []
    people, agency_names = [], []
    credited = list(children(content, "creator")) + list(children(content, "contributor"))
    logins = {qcode.partition(":")[2] for element in credited
              if (qcode := attr(element, "qcode") or "").partition(":")[0].casefold() in _ADDRESS_BOOKS}
    for element in credited:
        name = text(child(element, "name")) or attr(element, "literal")
        if not name:
            continue
        name = _login_name(name, logins)
        role_code = fields.code(attr(element, "role") or "").casefold()
        if fields.agency(name) is not None or role_code in {"source", "origprov"}:
            agency_names.append(name)
            continue
        role = fields.credit_role(role_code)
        if role is None:
            role = "author" if local(element.tag) == "creator" else "additional_reporting"
        if any(name == named for named, _ in people):
            continue  # dpa names its writer as creator and again as contributor: one credit, the first role
        people.append((name, role))
    for source in descendants(content, "infoSource"):
        if (name := attr(source, "literal") or text(child(source, "name"))) is not None:
            agency_names.append(name)
    return people, agency_names
