"""Web pages and HTML fragments saved as copy: read as the plain text of their paragraphs.

Copy taken from an agency's site arrives as a page (`<!DOCTYPE html>`) or as
the story's paragraphs alone (`<p>KIGALI (RNA) - ...</p><p>...</p>`), often
under a .txt name. Neither is XML: a fragment has several roots, a page
unclosed tags and named entities, so the XML parsers would refuse them as
malformed. Their text, paragraph by paragraph (wirecopy.transforms.formats.html_text:
the standard library's HTML parser, scripts, styles, the page's <head> and
media left out), is plain-text copy, and reads as such: headline, head
lines, dateline.
"""

from __future__ import annotations

import dataclasses

from wirecopy.transforms.errors import WireFormatError
from wirecopy.transforms.formats.html_text import html_text
from wirecopy.transforms.formats.text_format import parse_text
from wirecopy.transforms.story import Story

# Elements that open an HTML page or a fragment of one; no wire format's XML has such a root.
ROOTS = frozenset({
    "html", "body", "head", "p", "div", "article", "section", "main", "header", "span", "font", "center",
    "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "em", "i", "a", "br", "table", "ul", "ol", "blockquote",
    "pre", "meta", "title",
})


def parse_html(text: str) -> tuple[Story, ...]:
    """The story an HTML page or fragment holds, as its paragraphs read as plain-text copy."""
    body = html_text(text)
    if not body.strip():
        raise WireFormatError("an HTML page with no text in it", reason="no_story")
    return (dataclasses.replace(parse_text(body), source_format="html"),)
