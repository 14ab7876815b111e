"""ANPA-1312 streams (AP and the North American services): several messages per stream.

    SYN SYN SOH W2870 US asian                         service letter + sequence, selector codes
    f l DC3 DC1 BC-LT--Argentina-CancerB  11-13 1049   priority, category, format codes, keyword,
                                                       [version], month-day, word count
    STX ^BC-LT--Argentina-Cancer Beauty,466<           keyword line: cycle-category--slug[, version],words
    ^For Argentine chemo patients, mirrors can hurt <  headline
    ^Eds: With AP Photos.<                             notes for editors -> ednote
    ^By JANE DOE=                                      credit lines, left in the text
    ^Associated Press=
    TAB   BUENOS AIRES, Argentina (AP) _ ...           paragraphs, each indented by a tab
    TAB   ETX AP-WF-11-13-13 1509GMT<                  agency-desk-MM-DD-YY HHMMGMT: transmission time
    EOT

Lines starting with `^` are the header block; `<` and `=` end a line
(quad left, and a line continued in the same style).
"""

from __future__ import annotations

import datetime as dt
import re

from wirecopy.transforms.formats import fields, framing
from wirecopy.transforms.formats.furniture import ANPA_PRIORITY, EDNOTE_LINE_RE
from wirecopy.transforms.leads import transmission as moved
from wirecopy.transforms.story import Story

FORMAT = "anpa1312"

_SERVICE_RE = re.compile(r"^\s*(?P<service>[A-Za-z])(?P<sequence>\d{4})(?:\x1f(?P<selectors>[^\n]*))?")
_SELECTOR_RE = re.compile(
    r"^(?P<priority>[A-Za-z])\s(?P<category>[A-Za-z])[\x11-\x14]{0,2}\s?(?P<keyword>\S.*?)\s+"
    r"(?:(?P<version>\S+)\s+)?(?P<month>[01]\d)-(?P<day>[0-3]\d)\s+(?P<words>\d{1,5})\s*$"
)
# "BC-LT--Argentina-Cancer Beauty,466", "BC-US--Giant Lobster Death, 1st Ld-Writethru,127"
_KEYWORD_LINE_RE = re.compile(
    r"^(?:(?P<cycle>[A-Za-z]{1,3})-(?P<desk>[A-Za-z]{1,4})--)?(?P<slug>[^,]+?)(?:,\s*(?P<version>[^,]*?[A-Za-z][^,]*?))?"
    r"(?:,\s*(?P<words>\d{1,5}))?\s*$"
)
_TRAILER_RE = re.compile(
    r"(?P<agency>[A-Za-z]{2,8})-(?P<desk>[A-Za-z]{1,4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)-(?P<year>\d\d)\s+"
    r"(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)\s*(?:GMT|UTC|Z)"
)
# Spaces before the mark are matched from the first of their run only: tried from
# every space of a long run, the search was quadratic (a line of 16,000 spaces: 1.9 s).
_LINE_END_RE = re.compile(r"(?<!\s)\s*[<=]\s*$")
# A selector or keyword line is a few dozen characters; a longer one is read as no
# such line, for their lazy fields, tried against every ending, grow with the square
# of a line's length (16,000 characters: 7 to 28 s).
_MAX_CODED_LINE = 200
_KEYWORD_PREFIX_RE = re.compile(r"^[A-Za-z]{1,3}-[A-Za-z]{1,4}--")


def parse_anpa1312(text: str) -> tuple[Story, ...]:
    """Stories of an ANPA-1312 stream; raises WireFormatError(no_story | no_body)."""
    return framing.parse_stream(text, _message, no_start="no SOH starts a message")


def _message(message: str, index: int) -> Story | None:
    framed = framing.frame(message)
    service = _SERVICE_RE.match(framed.header)
    selector = _coded_line(_SELECTOR_RE, framing.strip_controls(framed.pre.strip("\n").split("\n")[0]))
    header_lines, text_lines = _split_header(framing.strip_controls(framed.text).split("\n"))
    keyword = None
    if header_lines and _looks_like_keyword(header_lines[0]):
        keyword = _coded_line(_KEYWORD_LINE_RE, header_lines.pop(0))
    notes = [line for line in header_lines if EDNOTE_LINE_RE.match(line)]
    rest = [line for line in header_lines if not EDNOTE_LINE_RE.match(line)]
    headline = rest.pop(0) if rest and not rest[0].lower().startswith("by ") else None
    body = "\n".join(rest + ([""] if rest else []) + text_lines).strip("\n")
    if not body.strip():
        return None
    trailer = _TRAILER_RE.search(framing.strip_controls(framed.trailer))
    sent = _transmission_time(trailer)
    if trailer is None and (stamp := _other_stamp(framed.trailer)):
        # Another house's trailer ("KWS-21:37-09-12-18"): the story's last line, for the
        # tail reader, which settles with the dateline what this reader alone cannot.
        body = f"{body}\n{stamp}"
    version = (keyword["version"] if keyword else None) or (selector["version"] if selector else None)
    return Story(
        source_format=FORMAT,
        index=index,
        headline=headline,
        text=body,
        metadata_date=sent.date() if sent else None,
        agency=fields.agency(trailer["agency"]) if trailer else None,
        source_id=f"{service['service']}{service['sequence']}" if service else None,
        version=fields.clean(version),
        slug=fields.clean(keyword["slug"]) if keyword else (fields.clean(selector["keyword"]) if selector else None),
        priority=ANPA_PRIORITY.get(selector["priority"].lower()) if selector else None,
        category=selector["category"].lower() if selector else None,
        version_created=sent,
        ednote="\n".join(notes) or None,
    )


def _coded_line(pattern: re.Pattern[str], line: str) -> re.Match[str] | None:
    return pattern.match(line) if len(line) <= _MAX_CODED_LINE else None


def _split_header(lines: list[str]) -> tuple[list[str], list[str]]:
    """`^` header lines (markers stripped) and the text lines after them."""
    header: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("^"):
            cleaned = _LINE_END_RE.sub("", line[1:]).strip()
            if cleaned:
                header.append(cleaned)
        elif line.strip():
            break
        i += 1
    return header, [_LINE_END_RE.sub("", line) if line.strip() else "" for line in lines[i:]]


def _looks_like_keyword(line: str) -> bool:
    return bool(_KEYWORD_PREFIX_RE.match(line))


def _other_stamp(trailer: str) -> str | None:
    """The trailer when it is a transmission time of a form other than AP's."""
    line = " ".join(framing.strip_controls(trailer).split())
    return line if line and moved.match_stamp(line) is not None else None


def _transmission_time(trailer: re.Match[str] | None) -> dt.datetime | None:
    if trailer is None:
        return None
    try:
        return dt.datetime(moved.century(int(trailer["year"])), int(trailer["month"]), int(trailer["day"]),
                           int(trailer["hour"]), int(trailer["minute"]), tzinfo=dt.timezone.utc)
    except ValueError:
        return None
