"""IPTC 7901 streams (and dpa's variant): one story per message, several messages per stream.

    SOH eca100 3 s 586 ccccb   dpa 099        service+number, priority, category, word count, optional
    Germany-football/Munich/Mueller/          keyword (slug) line(s)
    STX 1ST LEAD                              version marker (optional)
    German football saddened by ... =         headline; dpa ends head lines with " ="
    By Jane Doe, dpa =                        credit, left in the text for the byline reader
    <blank>
    Munich (dpa) - ...                        the text, dateline first
    # Notebook / The following information is not intended for publication
    ...                                       notes for editors -> ednote
    ETX 071341 GMT Okt 15                     date-time group: day, hour, minute, month, year
    EOT

The date-time group after ETX is the transmission time; its month is
printed in the language of the service (`Okt`, `Dez`).

A message saved without its control characters (header line first, date-time
group last, nothing between to frame them) is framed again before it is read:
see `reframed`.
"""

from __future__ import annotations

import datetime as dt
import re

from wirecopy.transforms.bylines import byline
from wirecopy.transforms.formats import fields, framing
from wirecopy.transforms.formats.furniture import NOT_FOR_PUBLICATION_RE, SEPARATOR_LINE_RE, VERSION_LINE_RE
from wirecopy.transforms.leads import dates
from wirecopy.transforms.leads.dateline import parse_dateline
from wirecopy.transforms.story import Story

FORMAT = "iptc7901"

_HEADER_RE = re.compile(
    r"^\s*(?P<service>[A-Za-z]{0,6})(?P<number>\d{0,6})\s+(?P<priority>\d)\s+(?P<category>[A-Za-z]{1,3})"
    r"\s+(?P<words>\d{1,6})\b(?P<optional>.*)$"
)
_DATETIME_GROUP_RE = re.compile(
    r"(?P<day>[0-3]\d)(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)\s*(?:GMT|UTC|UT|Z)?\s+"
    r"(?P<month>[^\W\d_]{3,9})\.?\s+(?P<year>\d{4}|\d{2})\b"
)
# From the first space of a run only: tried from every space, a long run made the search quadratic.
_HEAD_END_MARK_RE = re.compile(r"(?<!\s)\s*=\s*$")
_MAX_HEADLINE = 200


def parse_iptc7901(text: str) -> tuple[Story, ...]:
    """Stories of a 7901 stream; raises WireFormatError(no_story | no_body)."""
    if not framing.split_messages(text) and (framed := reframed(text)) is not None:
        text = framed
    return framing.parse_stream(text, _message, no_start="no SOH or ZCZC starts a message")


# Keyword (slug) lines between the header and the text: "Vorschau/Politik/Deutschland/".
_SLUG_LINE_RE = re.compile(r"^\S[^\n]*/\s*$")


def reframed(text: str) -> str | None:
    """A 7901 message whose control characters were lost (saved by a system that strips them), framed again.

    Without SOH, STX and ETX a message still shows what it is: a 7901 header
    line first ("bdt0000 4 pl 110  dpa 0000") and a date-time group last
    ("251100 Sep 24"). Only text with both is taken for one; the framing is
    put back where it stood: SOH before the header, STX after the keyword
    lines (each ending in "/"), ETX before the date-time group. None for
    anything else.
    """
    opening = text.lstrip("\ufeff \t\r\n")
    if _HEADER_RE.match(opening[:opening.find("\n")] if "\n" in opening else opening) is None:
        return None  # the cheap test first: most texts fail it on their first line
    lines = opening.replace("\r\n", "\n").replace("\r", "\n").rstrip(" \t\n").split("\n")
    if len(lines) < 3:
        return None
    last = len(lines) - 1
    if not _DATETIME_GROUP_RE.fullmatch(lines[last].strip()):
        return None
    start = 1
    while start < last and (not lines[start].strip() or _SLUG_LINE_RE.match(lines[start])):
        start += 1
    pre = "\n".join(lines[1:start])
    body = "\n".join(lines[start:last])
    return f"{framing.SOH}{lines[0]}\n{pre}\n{framing.STX}{body}\n{framing.ETX}{lines[last].strip()}\n{framing.EOT}"


def _message(message: str, index: int) -> Story | None:
    framed = framing.frame(message)
    header = _HEADER_RE.match(framing.strip_controls(framed.header))
    lines = framing.strip_controls(framed.text).split("\n")
    version, headline, lines = _head(lines)
    body_lines, ednote = _split_notes(lines)
    body = "\n".join(body_lines).strip("\n")
    if not body.strip():
        return None
    sent = transmission_time(framing.strip_controls(framed.trailer))
    slug = " ".join(framing.strip_controls(framed.pre).split()).strip("/ ") or None
    optional = header["optional"] if header else ""
    return Story(
        source_format=FORMAT,
        index=index,
        headline=headline,
        text=body,
        metadata_date=sent.date() if sent else None,
        # A teleprinter start line may name the sender alone ("ZCZC AAP") where 7901's header would stand.
        # A service may follow the agency's name after a hyphen ("dpa-spe", dpa's sports service).
        agency=fields.agency(*optional.split(), *(w.split("-")[0] for w in optional.split() if "-" in w))
        or (None if header else _sender(framed.header)),
        source_id=(f"{header['service']}{header['number']}" or None) if header else None,
        version=version,
        slug=slug,
        priority=fields.priority(header["priority"]) if header else None,
        category=header["category"] if header else None,
        version_created=sent,
        ednote=ednote,
    )


def _sender(line: str) -> str | None:
    """The known agency a start line of one or two words names ("AAP"), else None."""
    words = framing.strip_controls(line).split()
    return fields.agency(*words) if 0 < len(words) <= 2 else None


def _head(lines: list[str]) -> tuple[str | None, str | None, list[str]]:
    """Version marker and headline off the head of the text; head lines lose dpa's trailing '='."""
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    version = None
    if i < len(lines) and VERSION_LINE_RE.match(lines[i].strip()):
        version = lines[i].strip()
        i += 1
    # Marker lines may stack ("REFILE" over "1ST LEAD"): the headline is under them all, and
    # the others stay in the text, where the markers are read.
    stacked = []
    while i < len(lines) and VERSION_LINE_RE.match(lines[i].strip()):
        stacked.append(lines[i])
        i += 1
    headline = None
    if i < len(lines) and _is_headline(lines, i):
        headline = _HEAD_END_MARK_RE.sub("", lines[i]).strip() or None
        i += 1
    rest = stacked + lines[i:]
    for j, line in enumerate(rest):
        if not line.strip():
            break
        rest[j] = _HEAD_END_MARK_RE.sub("", line)
    return version, headline, rest


def _is_headline(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    if not line or len(line) > _MAX_HEADLINE:
        return False
    if line.endswith("="):
        return True
    if not any(rest.strip() for rest in lines[i + 1:]):
        return False  # a lone line is the text itself
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    set_apart = not following or following.endswith("=") or byline.match_by_line(following) is not None
    return set_apart and parse_dateline(line, reference_date=None) is None


def _split_notes(lines: list[str]) -> tuple[list[str], str | None]:
    """Text before a not-for-publication marker, and the notes after it (a sign-off line stays)."""
    for i, line in enumerate(lines):
        if NOT_FOR_PUBLICATION_RE.match(line.strip()):
            body, notes = lines[:i], lines[i + 1:]
            while body and (not body[-1].strip() or SEPARATOR_LINE_RE.match(body[-1])):
                body.pop()
            kept = [n.strip() for n in notes if n.strip() and not SEPARATOR_LINE_RE.match(n)]
            kept = [n for n in kept if not NOT_FOR_PUBLICATION_RE.match(n)]
            if kept and byline.match_signoff(kept[-1]) is not None:
                body += ["", kept.pop()]
            return body, "\n".join(kept) or None
    return lines, None


def transmission_time(trailer: str) -> dt.datetime | None:
    """The date-time group after ETX (`071341 GMT Okt 15`), in UTC."""
    m = _DATETIME_GROUP_RE.search(trailer)
    if m is None:
        return None
    month = dates.MONTHS.get(m["month"].casefold().rstrip("."))
    if month is None:
        return None
    year = int(m["year"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return dt.datetime(year, month, int(m["day"]), int(m["hour"]), int(m["minute"]), tzinfo=dt.timezone.utc)
    except ValueError:
        return None
