"""TT's own inline XML (TTNITF), which TT's NewsML-G2 carries as `application/ttnitf+xml`.

    BODY/TEXT: RUBRIK (headline), DAT (ORT: the vignette over the story, SOURCE: "TT" or
               "Bryssel, TT:s korrespondent"), INGRESS and BRODTEXT (P, CITAT quotes, MELLIS
               cross-heads, UL/LI), BYLINE ("Jane Doe/TT", @EPOST), BILD (a picture: caption and
               photographer, not story text)
    later TEXTs: fact boxes under the story ("Fakta: ...")

Upper-case names that no HTML reader knows, so the paragraphs are read here. ORT
is not taken for the dateline: TT prints its vignette there ("EU", "Försvar"),
which is a topic as often as a place. The place a correspondent files from is
the part of SOURCE before its comma.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from wirecopy.transforms.formats.html_text import PARAGRAPH_SEPARATOR
from wirecopy.transforms.formats.safe_xml import child, children, local, text

# Elements of INGRESS / BRODTEXT that stand as paragraphs, and how TT prints each.
_PARAGRAPHS = {"P": "", "CITAT": "– ", "MELLIS": "", "LI": ""}
_SECTIONS = ("INGRESS", "BRODTEXT")
# "Bryssel, TT:s korrespondent": a place, a comma, then who filed.
_SOURCE_PLACE_RE = re.compile(r"^\s*(?P<place>[^,\d]{2,60}?)\s*,\s*\S")


@dataclass(frozen=True)
class Parts:
    text: str
    headline: str | None
    byline: str | None
    dateline: str | None


def find(content_set: ET.Element | None) -> ET.Element | None:
    """The TTNITF BODY an inlineXML carries (labelled ttnitf, or holding BODY/TEXT), if one does."""
    if content_set is None:
        return None
    for inline in children(content_set, "inlineXML"):
        labelled = "ttnitf" in (inline.get("contenttype") or "").casefold()
        for element in inline:
            if local(element.tag) == "TTNITF":
                element = child(element, "BODY")
            if element is not None and local(element.tag) == "BODY" and (
                    labelled or child(element, "TEXT") is not None):
                return element
    return None


def read(body: ET.Element) -> Parts:
    """The story's words, headline, credit and the place SOURCE names."""
    texts = list(children(body, "TEXT"))
    paragraphs: list[str] = []
    for n, block in enumerate(texts):
        if n and (heading := text(child(block, "RUBRIK"))):
            paragraphs.append(heading)  # a fact box keeps its title
        for section in _SECTIONS:
            for holder in children(block, section):
                paragraphs.extend(_paragraphs(holder))
    main = texts[0] if texts else None
    credits = [name for b in children(main, "BYLINE") if (name := text(b))] if main is not None else []
    source = text(child(main, "DAT", "SOURCE")) if main is not None else None
    place = _SOURCE_PLACE_RE.match(source) if source else None
    return Parts(
        text=PARAGRAPH_SEPARATOR.join(paragraphs),
        headline=text(child(main, "RUBRIK")) if main is not None else None,
        byline=" and ".join(credits) or None,
        dateline=place["place"] if place else None,
    )


def _paragraphs(holder: ET.Element) -> list[str]:
    found = []
    for element in holder.iter():
        prefix = _PARAGRAPHS.get(local(element.tag))
        if prefix is not None and (words := text(element)):
            found.append(prefix + words)
    return found
