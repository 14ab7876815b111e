"""XML parsed only through defusedxml, with the limits wire copy never needs to exceed.

* Entity declarations (the billion-laughs bomb, quadratic blow-up) and
  references to external resources (XXE, external DTD subsets and parameter
  entities) are refused before anything is expanded or fetched:
  `UnsafeInputError(reason="xml_forbidden")`.
* A DOCTYPE that only names an external DTD (`<!DOCTYPE nitf SYSTEM
  "nitf-3-3.dtd">`, usual in NITF) is accepted: the DTD is never read.
  So is one whose internal subset only declares external parameter
  entities and references them (NewsML 1 pulling in the NITF DTD it
  carries: `[<!ENTITY % nitf SYSTEM "nitf-3-0.dtd"> %nitf;]`): the subset
  is dropped unread, so nothing is fetched and nothing declared. Any other
  declaration in a subset is refused as before.
* HTML named entities (`&nbsp;`, `&eacute;`), which agencies' XML uses as
  if the DTD were read, are rewritten to numeric character references from
  Python's fixed HTML5 table before parsing: each is one or two characters,
  so nothing can expand, and they resolve in text and attributes alike.
* Nesting deeper than MAX_DEPTH is refused while parsing, before a tree is
  built: `UnsafeInputError(reason="too_deep")`.
* Anything else expat cannot read is `WireFormatError(reason="malformed_xml")`.

The text is handed to expat as str, so a declared encoding in the prolog
(already honoured by wirecopy.transforms.text.decode) is not applied a second time.
"""

from __future__ import annotations

import html.entities
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from wirecopy.transforms.errors import UnsafeInputError, WireFormatError

# Far beyond any wire format: a NewsML-G2 message with an XHTML table body
# nests about 15 levels.
MAX_DEPTH = 200
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_XML_PREDEFINED = frozenset({"amp", "lt", "gt", "quot", "apos"})
_HTML_ENTITIES = {
    name[:-1]: "".join(f"&#{ord(c)};" for c in char)
    for name, char in html.entities.html5.items()
    if name.endswith(";") and name[:-1] not in _XML_PREDEFINED
}
_NAMED_ENTITY_RE = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
# A DOCTYPE's internal subset, near the start of the document.
_SUBSET_RE = re.compile(
    r"(<!DOCTYPE\s+[\w:.-]+)(?:\s+(?:SYSTEM|PUBLIC)(?:\s+(?:\"[^\"]*\"|'[^']*'))+)?\s*\[([^\]]*)\]\s*>"
)
# What such a subset may hold and still be dropped unread: external parameter entities, references to them.
_EXTERNAL_PARAMETERS_RE = re.compile(
    r"(?:\s|<!--(?:(?!--).)*-->|%[\w.-]+;"
    r"|<!ENTITY\s+%\s+[\w.-]+\s+(?:SYSTEM|PUBLIC\s+(?:\"[^\"]*\"|'[^']*'))\s+(?:\"[^\"]*\"|'[^']*')\s*>)*",
    re.DOTALL,
)
_SUBSET_WINDOW = 4096


class _DepthLimitedBuilder(ET.TreeBuilder):
    def __init__(self) -> None:
        super().__init__()
        self._depth = 0

    def start(self, tag, attrs):  # type: ignore[no-untyped-def]
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise UnsafeInputError(f"elements nested more than {MAX_DEPTH} deep", reason="too_deep")
        return super().start(tag, attrs)

    def end(self, tag):  # type: ignore[no-untyped-def]
        self._depth -= 1
        return super().end(tag)


def parse_xml(text: str) -> ET.Element:
    """The document element of `text`; raises UnsafeInputError or WireFormatError."""
    parser = DefusedXMLParser(target=_DepthLimitedBuilder(), forbid_dtd=False, forbid_entities=True,
                              forbid_external=True)
    try:
        parser.feed(_NAMED_ENTITY_RE.sub(_numeric, _without_parameter_subset(text)))
        return parser.close()
    except DefusedXmlException as exc:
        raise UnsafeInputError(f"{type(exc).__name__}: {exc}", reason="xml_forbidden") from None
    except ET.ParseError as exc:
        raise WireFormatError(f"not well-formed XML: {exc}", reason="malformed_xml") from None
    except (ValueError, UnicodeError) as exc:  # expat refuses some characters outright
        raise WireFormatError(f"not well-formed XML: {exc}", reason="malformed_xml") from None


def _without_parameter_subset(text: str) -> str:
    """The text with a DOCTYPE's subset of external parameter entities dropped, unread; else as it came."""
    m = _SUBSET_RE.search(text, 0, _SUBSET_WINDOW)
    if m is None or not _EXTERNAL_PARAMETERS_RE.fullmatch(m[2]):
        return text
    return f"{text[:m.start()]}{m[1]}>{text[m.end():]}"


def _numeric(match: re.Match[str]) -> str:
    return _HTML_ENTITIES.get(match.group(1), match.group(0))


def local(tag: object) -> str:
    """`{http://iptc.org/std/nar/2006-10-01/}headline` -> `headline`; comments and PIs -> ''."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    """Direct children with this local name, in document order, whatever their namespace."""
    return (c for c in element if local(c.tag) == name)


def child(element: ET.Element | None, *path: str) -> ET.Element | None:
    """The first element down a path of local names, or None."""
    for name in path:
        if element is None:
            return None
        element = next(children(element, name), None)
    return element


def descendants(element: ET.Element, name: str) -> Iterator[ET.Element]:
    """Every element below (and including) `element` with this local name."""
    return (e for e in element.iter() if local(e.tag) == name)


def first(element: ET.Element, name: str) -> ET.Element | None:
    return next(descendants(element, name), None)


def text(element: ET.Element | None) -> str | None:
    """All text inside an element, whitespace collapsed; None when there is none."""
    if element is None:
        return None
    joined = " ".join("".join(element.itertext()).split())
    return joined or None


def attr(element: ET.Element | None, *names: str) -> str | None:
    """The first of these attributes that is set and not blank."""
    if element is None:
        return None
    for name in names:
        value = element.get(name)
        if value and value.strip():
            return " ".join(value.split())
    return None
