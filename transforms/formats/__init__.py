"""Wire formats: one module per format, each `parse_<format>(text) -> tuple[Story, ...]`.

`sniff` names the format from the content; `parse_stories` dispatches. Every
parser raises only the typed errors of wirecopy.transforms.errors, and returns only
stories that have a body (several per file where the format allows). Plain
text (text_format) is what remains when no structured format claims the
bytes; it and the structured formats that print a dateline or a credit read
them with the grammars of leads and bylines.

May import: errors, records, knowledge, text, leads, bylines.
"""

from __future__ import annotations

from collections.abc import Callable

from wirecopy.transforms.formats import sniff as sniffing
from wirecopy.transforms.formats.anpa1312 import parse_anpa1312
from wirecopy.transforms.formats.flat_xml import parse_flat_xml
from wirecopy.transforms.formats.html_page import parse_html
from wirecopy.transforms.formats.iptc7901 import parse_iptc7901
from wirecopy.transforms.formats.newsml1 import parse_newsml1
from wirecopy.transforms.formats.newsml_g2 import parse_newsml_g2
from wirecopy.transforms.formats.ninjs import parse_ninjs
from wirecopy.transforms.formats.nitf import parse_nitf
from wirecopy.transforms.formats.sniff import sniff
from wirecopy.transforms.formats.text_format import parse_text
from wirecopy.transforms.story import Story

__all__ = ["PARSERS", "parse_stories", "sniff"]


def _parse_plain(text: str) -> tuple[Story, ...]:
    return (parse_text(text),)


def _other_xml(text: str) -> tuple[Story, ...]:
    """XML of no standard: an agency's flat record of named fields reads (flat_xml); anything else is refused
    as not a wire format. Parsed first either way, so hostile XML is still named as such."""
    return parse_flat_xml(text)


PARSERS: dict[str, Callable[[str], tuple[Story, ...]]] = {
    sniffing.TEXT: _parse_plain,
    sniffing.IPTC7901: parse_iptc7901,
    sniffing.ANPA1312: parse_anpa1312,
    sniffing.NEWSML_G2: parse_newsml_g2,
    sniffing.NEWSML1: parse_newsml1,
    sniffing.NITF: parse_nitf,
    sniffing.NINJS: parse_ninjs,
    sniffing.XML: _other_xml,
    sniffing.HTML: parse_html,
}


def parse_stories(text: str) -> tuple[Story, ...]:
    """The stories in a decoded file, whatever its format."""
    return PARSERS[sniff(text)](text)
