"""HTML and XHTML bodies to plain text with the paragraphs kept.

Wire formats carry bodies as XHTML inside the XML (NewsML-G2 inlineXML,
NITF body.content, NewsML 1 DataContent) or as an HTML string (ninjs
body_html). Both are walked as start / text / end events into one
accumulator: block elements end a paragraph, inline elements (NITF's
<person>, <org>, <location>, links, emphasis) run into the sentence, and
captions, scripts and media are left out. Runs of spaces collapse as in a
browser, but a line break inside a paragraph is kept: agencies hard-wrap the
text inside their <p> (Reuters) and the line ends carry structure the
credit reader needs ("(Reporting by A" / "Editing by B)"); wirecopy.transforms.text.reflow
joins the lines of a paragraph later. Paragraphs are joined by a blank line,
the separator reflow reads.

The HTML string is read with the standard library's html.parser, never with
regular expressions; the XHTML arrives as elements already parsed safely.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from wirecopy.transforms.formats.safe_xml import MAX_DEPTH, local

PARAGRAPH_SEPARATOR = "\n\n"

# Elements that stand as paragraphs of their own (HTML and NITF block tags).
BLOCK = frozenset({
    "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre", "address",
    "h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
    "thead", "tbody", "tfoot", "caption", "hr", "br", "body", "html", "block", "body.content", "nitf",
    "dataContent", "DataContent", "bq", "note", "tagline",
})
# Elements whose content is not story text: code, media and their captions.
SKIP = frozenset({
    "script", "style", "head", "title", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "figure", "figcaption", "img", "video", "audio", "picture", "source", "media", "media-caption",
    "media-reference", "media-metadata", "media-producer", "body.head", "body.end", "fn",
})


class _Paragraphs:
    """Text events in, paragraphs out."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def start(self, tag: str) -> None:
        if tag in SKIP:
            self._skipping += 1
        elif tag in BLOCK:
            self.flush()

    def end(self, tag: str) -> None:
        if tag in SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in BLOCK:
            self.flush()

    def data(self, text: str) -> None:
        if not self._skipping and text:
            self._current.append(text)

    def flush(self) -> None:
        lines = ("".join(self._current).replace("\xa0", " ").split("\n"))
        paragraph = "\n".join(collapsed for line in lines if (collapsed := " ".join(line.split())))
        if paragraph:
            self.paragraphs.append(paragraph)
        self._current = []

    def text(self) -> str:
        self.flush()
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)


# HTML that a feed escaped into an element's text (`<body.content>&lt;p&gt;...&lt;/p&gt;`): a paragraph or
# line-break tag that is also closed or self-closed somewhere in the text.
_ESCAPED_MARKUP = re.compile(r"<(?P<tag>p|div|br|span|b|i|em|strong|a|h[1-6]|li|ul|ol|blockquote)\b[^<>]*>", re.I)


def element_text(root: ET.Element) -> str:
    """The paragraphs inside an already-parsed (X)HTML element; iterative, so depth cannot overflow the stack.

    Where the element's words are themselves HTML (a feed that escaped its body instead of nesting it),
    that HTML is read too, so `<p>` never reaches the story as text.
    """
    found = _element_text(root)
    if "<" in found and _is_escaped_markup(found):
        return html_text(found)
    return found


def _is_escaped_markup(found: str) -> bool:
    """Whether text holds HTML paragraph markup: an opening tag and its closing (or a <br/>)."""
    for match in _ESCAPED_MARKUP.finditer(found):
        tag = match["tag"].casefold()
        if tag == "br" or f"</{tag}>" in found.casefold():
            return True
    return False


def _element_text(root: ET.Element) -> str:
    sink = _Paragraphs()
    stack: list[tuple[ET.Element, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = local(element.tag)
        if closing:
            sink.end(tag)
            if element is not root and element.tail:
                sink.data(element.tail)
            continue
        if not tag:  # a comment or processing instruction kept by some builder
            if element.tail:
                sink.data(element.tail)
            continue
        sink.start(tag)
        if element.text:
            sink.data(element.text)
        stack.append((element, True))
        stack.extend((c, False) for c in reversed(element))
    return sink.text()


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sink = _Paragraphs()
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.sink.start(tag)
            self.sink.end(tag)
            return
        if len(self._open) < MAX_DEPTH:
            self._open.append(tag)
        self.sink.start(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.sink.start(tag)
        self.sink.end(tag)

    def handle_endtag(self, tag: str) -> None:
        # Close what the end tag closes, also elements left open inside it
        # (HTML lets <p> and <li> go unclosed).
        if tag in self._open:
            while self._open:
                opened = self._open.pop()
                self.sink.end(opened)
                if opened == tag:
                    break
        else:
            self.sink.end(tag)

    def handle_data(self, data: str) -> None:
        self.sink.data(data)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # "<![foo" that is no CDATA / IF section: html.parser asserts; skip it.
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return len(self.rawdata) if end < 0 else end + 1


_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area", "base", "embed"})


def html_text(markup: str) -> str:
    """The paragraphs of an HTML fragment or document. Never raises on any string."""
    parser = _HTMLText()
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError:
        # html.parser's internal checks on hopeless declarations: read them as text.
        parser = _HTMLText()
        parser.feed(markup.replace("<!", "&lt;!").replace("<?", "&lt;?"))
        parser.close()
    while parser._open:
        parser.sink.end(parser._open.pop())
    return parser.sink.text()
