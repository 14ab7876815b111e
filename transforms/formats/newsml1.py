"""NewsML 1.x (AFP, Belga, ANA-MPA and others still send it): one story per NewsItem.

    NewsML/NewsEnvelope/DateAndTime
    NewsML/NewsItem
        Identification/NewsIdentifier: ProviderId, DateId, NewsItemId, RevisionId, PublicIdentifier
        Identification/NameLabel
        NewsManagement: FirstCreated, ThisRevisionCreated, Status, Urgency, Instruction
        NewsComponent (nested): NewsLines (HeadLine, ByLine, DateLine, SlugLine, CreditLine),
            AdministrativeMetadata (Provider, Source, Creator, Contributor), DescriptiveMetadata (Language,
            SubjectCode, Location), ContentItem (MediaType, DataContent)

DataContent holds paragraphs, a whole NITF document, or plain text. Photos
and other non-text ContentItems are passed over.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from wirecopy.transforms.errors import WireFormatError
from wirecopy.transforms.formats import fields
from wirecopy.transforms.formats.html_text import element_text, html_text
from wirecopy.transforms.formats.nitf import story_from_nitf
from wirecopy.transforms.formats.safe_xml import attr, child, children, descendants, first, local, parse_xml, text
from wirecopy.transforms.formats.timestamps import local_date, parse_timestamp
from wirecopy.transforms.story import Story

FORMAT = "newsml1"
_TEXT_MEDIA = frozenset({"text", "", "complexdata", "html", "xhtml"})
# Component roles whose text is not the story's own.
_FURNITURE_ROLES = frozenset({"abstract", "summary", "contact", "contacts", "caption", "headline", "teaser",
                              "boilerplate", "disclaimer"})


def parse_newsml1(text_: str) -> tuple[Story, ...]:
    root = parse_xml(text_)
    if local(root.tag) != "NewsML":
        raise WireFormatError(f"root element <{local(root.tag)}> is not NewsML", reason="unsupported_format")
    sent = parse_timestamp(text(child(root, "NewsEnvelope", "DateAndTime")))
    envelope = child(root, "NewsEnvelope")
    # The envelope names who sent the items: the agency where an item names none itself.
    sender = None
    if envelope is not None:
        party = fields.clean(attr(child(envelope, "SentFrom", "Party"), "FormalName"))
        # A known agency's canonical name, else the sending party as it names itself ("Business Wire").
        sender = fields.agency(party, attr(child(envelope, "NewsService"), "FormalName")) or party
    items = list(children(root, "NewsItem"))
    stories = [s for i, item in enumerate(items) if (s := _item(item, i, sent, sender)) is not None]
    if not stories:
        raise WireFormatError(f"{len(items)} NewsItem(s) but none with text", reason="no_body")
    return tuple(stories)


def _item(item: ET.Element, index: int, sent: dt.datetime | None, sender: str | None = None) -> Story | None:
    content = _text_content(item)
    if content is None:
        return None
    nitf = first(content, "nitf")
    if nitf is not None:
        try:
            embedded = story_from_nitf(nitf, index=index, source_format=FORMAT)
        except WireFormatError:
            return None
        body = embedded.text
    else:
        embedded = None
        # Paragraph elements, or plain text whose own line breaks are kept, or HTML carried as text.
        body = element_text(content) if len(content) else (content.text or "")
        if not len(content) and (_is_html(item) or body.lstrip().startswith("<")):
            body = html_text(body)
    if not body.strip():
        return None
    ident = child(item, "Identification", "NewsIdentifier")
    management = child(item, "NewsManagement")
    first_created = parse_timestamp(text(child(management, "FirstCreated")))
    revised = parse_timestamp(text(child(management, "ThisRevisionCreated")))
    lines = _NewsLines(_lines_over(item, content))
    provider = first(item, "Provider")
    return Story(
        source_format=FORMAT,
        index=index,
        headline=lines.text("HeadLine") or (embedded.headline if embedded else None),
        text=body,
        metadata_date=local_date(first_created, revised, sent),
        agency=fields.agency(
            attr(first(provider, "Party") if provider is not None else None, "FormalName"),
            text(child(ident, "ProviderId")), lines.text("CreditLine"),
            embedded.agency if embedded else None,
        ) or sender or _printed_credit(provider, lines),
        source_id=text(child(ident, "PublicIdentifier")) or _urn(ident),
        version=text(child(ident, "RevisionId")),
        slug=lines.text("SlugLine") or text(child(item, "Identification", "NameLabel")),
        priority=fields.priority(attr(child(management, "Urgency"), "FormalName")),
        subjects=fields.unique([attr(s, "FormalName") or "" for s in _subjects(item)]),
        pubstatus=fields.pubstatus(attr(child(management, "Status"), "FormalName")),
        signals=fields.unique([attr(s, "FormalName") or "" for s in children(management, "Instruction")]
                              if management is not None else []),
        first_created=first_created,
        version_created=revised,
        byline_text=lines.text("ByLine") or (embedded.byline_text if embedded else None),
        dateline_text=lines.text("DateLine") or (embedded.dateline_text if embedded else None),
        located=_city(item),
        located_at=_position(item),
        language=attr(first(item, "Language"), "FormalName"),
        credits=_credits(item),
    )


def _printed_credit(provider: ET.Element | None, lines: _NewsLines) -> str | None:
    """The provider or credit as the item prints it, for an agency the table does not know ("NewsAgency")."""
    party = fields.clean(attr(first(provider, "Party") if provider is not None else None, "FormalName"))
    return fields.printed_agency(party) or fields.printed_agency(lines.text("CreditLine"))


def _lines_over(item: ET.Element, content: ET.Element) -> list[ET.Element]:
    """The NewsLines of the components that hold the text, outer first (a photo's own lines are not its)."""
    over = [holder for component in descendants(item, "NewsComponent")
            if (holder := child(component, "NewsLines")) is not None and any(e is content for e in component.iter())]
    return over or [holder for holder in [first(item, "NewsLines")] if holder is not None]


class _NewsLines:
    """An item's NewsLines, outer components' first: a line is the first of them that prints it.

    Business Wire's outer NewsLines holds only the copyright line; the
    headline and dateline are in the component inside.
    """

    def __init__(self, holders: list[ET.Element]) -> None:
        self._holders = holders

    def text(self, name: str) -> str | None:
        return next((found for holder in self._holders if (found := text(child(holder, name)))), None)


def _credits(item: ET.Element) -> tuple[tuple[str, str], ...]:
    """People AdministrativeMetadata names: Creator parties (authors) and Contributor parties, with the role
    the Contributor's <Role> (or the Party's Role property) gives; agencies among them are left out.

    Whether a name is a person's, not a desk's, is for normalisation to judge (byline.metadata_person).
    """
    credits: list[tuple[str, str]] = []
    for admin in descendants(item, "AdministrativeMetadata"):
        for holder_name, default in (("Creator", "author"), ("Contributor", "additional_reporting")):
            for holder in children(admin, holder_name):
                role = fields.credit_role(attr(child(holder, "Role"), "FormalName"))
                for party in children(holder, "Party"):
                    name = fields.clean(attr(party, "FormalName"))
                    if not name or fields.agency(name) is not None:
                        continue
                    credits.append((name, role or _party_role(party) or default))
    return tuple(dict.fromkeys(credits))


def _party_role(party: ET.Element) -> str | None:
    """The role a Party's own Property names (<Property FormalName="Role" Value="Photographer"/>)."""
    return next((fields.credit_role(prop.get("Value")) for prop in children(party, "Property")
                 if (prop.get("FormalName") or "").casefold() == "role" and prop.get("Value")), None)


def _text_content(item: ET.Element) -> ET.Element | None:
    """DataContent of the first text ContentItem that has any, the story's own before furniture's.

    A component's Role may say its text is furniture: Business Wire sends the
    abstract and the press contact as components beside the body.
    """
    found: list[tuple[bool, ET.Element]] = []
    for component in [item, *descendants(item, "NewsComponent")]:
        role = (attr(child(component, "Role"), "FormalName") or "").casefold()
        for content_item in children(component, "ContentItem"):
            media = (attr(child(content_item, "MediaType"), "FormalName") or "").casefold()
            data = child(content_item, "DataContent")
            if media in _TEXT_MEDIA and data is not None and "".join(data.itertext()).strip():
                found.append((role in _FURNITURE_ROLES, data))
    return next((data for furniture, data in found if not furniture), found[0][1] if found else None)


def _is_html(item: ET.Element) -> bool:
    """Whether the text ContentItem says its data is HTML (Format or MimeType)."""
    return any("html" in (attr(child(c, name), "FormalName") or "").casefold()
               for c in descendants(item, "ContentItem") for name in ("Format", "MimeType"))


def _subjects(item: ET.Element):
    for code in descendants(item, "SubjectCode"):
        yield from (e for e in code if local(e.tag) in {"Subject", "SubjectMatter", "SubjectDetail"})


def _city(item: ET.Element) -> str | None:
    """The City property of a Location (with its Country: "باريس, FRA"), or one set straight in
    DescriptiveMetadata (ANA-MPA's feeds)."""
    for holder in list(descendants(item, "Location")) + list(descendants(item, "DescriptiveMetadata")):
        found = _properties(holder)
        if city := found.get("city"):
            return f"{city}, {found['country']}" if found.get("country") else city
    return None


def _position(item: ET.Element) -> tuple[float, float] | None:
    """The Latitude and Longitude properties of the Location that names the city, where it gives them."""
    for holder in descendants(item, "Location"):
        found = _properties(holder)
        if found.get("city"):
            return fields.coordinates(found.get("latitude"), found.get("longitude"))
    return None


def _properties(holder: ET.Element) -> dict[str, str]:
    """A holder's own properties by lower-case name, the first value of each."""
    found: dict[str, str] = {}
    for prop in children(holder, "Property"):
        name, value = (prop.get("FormalName") or "").casefold(), fields.clean(prop.get("Value"))
        if name and value:
            found.setdefault(name, value)
    return found


def _urn(ident: ET.Element | None) -> str | None:
    provider, date, item_id = (text(child(ident, n)) for n in ("ProviderId", "DateId", "NewsItemId"))
    if not (provider and item_id):
        return None
    return f"urn:newsml:{provider}:{date or ''}:{item_id}"
