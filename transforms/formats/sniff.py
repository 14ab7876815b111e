"""Which format a text is in, told by its content (extensions lie).

Looks only at the opening of the text, in linear time, without parsing:

* SOH (after optional SYN fill) or `ZCZC` opening a line: a framed stream;
  `SOH` + letter + 4 digits + US is ANPA-1312, anything else IPTC 7901;
* a 7901 header line first and a date-time group last: a 7901 message whose
  control characters were stripped (one pass over the lines);
* `<`: XML, told apart by the local name of the document element past any
  prolog, comments, processing instructions and DOCTYPE: newsMessage /
  newsItem / packageItem -> NewsML-G2, NewsML -> NewsML 1, nitf -> NITF, an
  HTML element (html, body, p, div ...) -> a web page or fragment; any
  other root is "xml", which the pipeline parses (so hostile or broken XML
  is still named for what it is) and then refuses as unsupported;
* `{`, or `[` opening a JSON array (of objects, strings or arrays; of
  anything when the whole text parses as JSON): ninjs, whose parser
  refuses what holds no ninjs object;
* anything else: plain text.
"""

from __future__ import annotations

import json
import re

from wirecopy.transforms.formats import html_page, iptc7901, newsml_g2

TEXT, IPTC7901, ANPA1312, NEWSML_G2, NEWSML1, NITF, NINJS, XML, HTML = (
    "text", "iptc7901", "anpa1312", "newsml-g2", "newsml1", "nitf", "ninjs", "xml", "html",
)

_FRAMED_WINDOW = 1024
_ANPA_RE = re.compile(r"\x01[A-Za-z]\d{4}\x1f")
_ZCZC_RE = re.compile(r"(?m)^ZCZC")
_NAME_RE = re.compile(r"[A-Za-z_][\w.:-]*")
_JSON_ARRAY_RE = re.compile(r"\[\s*[\[{\]\"]")
# How far a prolog (declaration, comments, DOCTYPE) may run before the root element.
_PROLOG_LIMIT = 1 << 16
_ROOTS = {name: NEWSML_G2 for name in newsml_g2.ROOTS} | {"NewsML": NEWSML1, "nitf": NITF}


def sniff(text: str) -> str:
    """The format name of `text`; never raises."""
    head = text.lstrip("\ufeff \t\r\n")
    window = head[:_FRAMED_WINDOW]
    soh = window.find("\x01")
    if soh >= 0 and not window[:soh].strip("\x16 \t\r\n"):
        return ANPA1312 if _ANPA_RE.match(window, soh) else IPTC7901
    if _ZCZC_RE.match(window):
        return IPTC7901
    if head[:1].isalpha() and iptc7901.reframed(head) is not None:
        return IPTC7901
    if head.startswith("<"):
        root = root_name(head) or ""
        return HTML if root.casefold() in html_page.ROOTS else _ROOTS.get(root, XML)
    if head.startswith("{") or _JSON_ARRAY_RE.match(head) or (head.startswith("[") and _is_json(head)):
        return NINJS
    return TEXT


def _is_json(text: str) -> bool:
    """Whether TEXT is one JSON value (`[1, 2, 3]`); a story opening "[2nd Ld]" is not."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def root_name(text: str) -> str | None:
    """Local name of the document element, skipping what may stand before it."""
    i, limit = 0, min(len(text), _PROLOG_LIMIT)
    while i < limit:
        while i < limit and text[i] in " \t\r\n":
            i += 1
        if text.startswith("<?", i):
            end = text.find("?>", i + 2, limit)
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4, limit)
            end = end + 1 if end >= 0 else end
        elif text.startswith("<!DOCTYPE", i) or text.startswith("<!doctype", i):
            end = _doctype_end(text, i, limit)
        elif text.startswith("<", i):
            name = _NAME_RE.match(text, i + 1)
            return name.group(0).rsplit(":", 1)[-1] if name else None
        else:
            return None
        if end < 0:
            return None
        i = end + 2
    return None


def _doctype_end(text: str, start: int, limit: int) -> int:
    """Index one before the end of a DOCTYPE declaration (so that +2 steps past its '>').

    The internal subset in [...] may hold comments and quoted literals with
    ']' or '>' in them; they are stepped over, in one pass.
    """
    i = start + len("<!DOCTYPE")
    in_subset = False
    while i < limit:
        ch = text[i]
        if ch in "\"'":
            i = text.find(ch, i + 1, limit)
            if i < 0:
                return -1
        elif text.startswith("<!--", i):
            i = text.find("-->", i + 4, limit)
            if i < 0:
                return -1
            i += 2
        elif ch == "[":
            in_subset = True
        elif ch == "]":
            in_subset = False
        elif ch == ">" and not in_subset:
            return i - 1
        i += 1
    return -1
