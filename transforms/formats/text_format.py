"""Plain-text wire copy: one story per file, headline optional.

What a desk saves as .txt: an optional headline line, optional notes and a
By-line, then the lead paragraph that opens with the dateline.
"""

from __future__ import annotations

import datetime as dt
import re

from wirecopy.transforms.bylines.byline import (
    labelled_credits,
    match_by_line,
    match_run_in_desk,
    source_named,
    titled_credit,
)
from wirecopy.transforms.bylines.page_meta import read_meta_line
from wirecopy.transforms.errors import WireFormatError
from wirecopy.transforms.leads import markers
from wirecopy.transforms.leads.credit_shapes import agency_and_day, news_provider
from wirecopy.transforms.leads.dateline import MARKED_FORMS, parse_dateline
from wirecopy.transforms.leads.transmission import match_date_line, match_day, match_opening_day, match_stamp
from wirecopy.transforms.story import Story

_MAX_HEADLINE = 200
_SENTENCE_END_RE = re.compile(r"[.!?]['\"”’)]?$")


def parse_text(text: str, *, metadata_date: dt.date | None = None) -> Story:
    """Split a plain-text story into headline and body text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise WireFormatError("no text", reason="no_story")
    headline = None
    if _is_headline(lines, first):
        headline = " ".join(lines[first].split())
        first += 1
    body = "\n".join(lines[first:]).strip("\n")
    if not body.strip():
        raise WireFormatError("a headline but no story text", reason="no_story")
    return Story(source_format="text", index=0, headline=headline, text=body, metadata_date=metadata_date)


def _is_headline(lines: list[str], i: int) -> bool:
    """A short first line set apart by a blank line, over the head of the story, or ALL-CAPS.

    The head of a story (an editor's note, a By-line, the dateline) may
    follow the headline with no blank line between; a line that is itself
    part of that head (a dateline paragraph, a bare credit over a
    dateline) is never the headline.
    """
    line = lines[i].strip()
    if len(line) > _MAX_HEADLINE or _BY_RE.match(line) or match_run_in_desk(line) is not None or _is_head_line(
            line, marked_only=True):
        return False
    if _is_lead_sentence(line):
        return False
    if news_provider(line.strip(" .")) or source_named(line) is not None or read_meta_line(line) is not None or (
            agency_and_day(line) is not None):
        return False  # "Qarzen News Service", "Source: QNX", "ANI | June 3, 2024": who sent it, read with the head
    if labelled_credits(line) or titled_credit(line):
        return False  # "Reporter: Jane Doe", "Jane Doe, Staff Writer", "Jane Doe / QNX": a credit, read with the head
    if match_day(line) is not None or match_stamp(line) is not None or _date_line(line):
        return False  # "Tuesday, September 18, 2018" over the lead: the day it was published, read with the head
    if _is_place_paragraph(lines, i):
        return False
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if not following:
        return i + 2 < len(lines) and any(rest.strip() for rest in lines[i + 2 :])
    if _is_head_line(following) or match_date_line(following) is not None:
        return not _is_bare_credit(line)  # over the head of the story, or over the day it was published
    letters = [c for c in line if c.isalpha()]
    all_caps = bool(letters) and all(c.isupper() for c in letters)
    # An all-caps line with no sentence end over a following line: a headline
    # (Reuters: "INDONESIA SEEN AT CROSSROADS" directly over the story)
    # unless it is itself a dateline-only line, which ends in a dash.
    return all_caps and not _SENTENCE_END_RE.search(line) and not line.endswith(("-", "—", "_"))


def _date_line(line: str) -> bool:
    """"Thursday, 21 October 2010 09:32 Sai Lek", "Jan. 11, 2017 3:15 P.M. (Updated: ...)": a full date, then
    a clock or an update's stamp: a page's date line. A date that opens a sentence ("12 March 2021 will be
    remembered") stays a headline's."""
    opening = match_opening_day(line)
    return opening is not None and (not opening[1] or opening[1][:1].isdigit() or opening[1][:1] == "(")


# A By-line opens the story's head, never its headline: "By Jane Doe", "BY JANE DOE", "By: L.N. Reklai KOROR ...".
_BY_RE = re.compile(r"(?i:by):?[ \t]")


def _is_place_paragraph(lines: list[str], i: int) -> bool:
    """"Riyadh" or "NADI" alone over the story (a blank line between or none): the dateline set as a
    paragraph of its own."""
    found = parse_dateline("\n".join(lines[i:i + _PLACE_PARAGRAPH_LINES]).strip(), reference_date=None)
    # A place and its credit fill the line too: "London - Asharq Al-Awsat" over a blank line and the story.
    return found is not None and found.raw == lines[i].strip() and (
        found.form == "line" or (found.city is not None and found.place is not None
                                 and found.place.basis != "qualifier-only" and found.agency is not None))


# Lines enough to see a place's paragraph, the blank lines under it and the story's first line.
_PLACE_PARAGRAPH_LINES = 4


def _is_lead_sentence(line: str) -> bool:
    """A dateline and a sentence after it ("NAIROBI, Kenya - Four people were hurt on Monday."): the lead.

    A headline rarely closes with a full stop and never after a dateline;
    "JAPAN - U.S. TRADE TALKS" (no sentence, no stop) stays a headline.
    """
    if not _SENTENCE_END_RE.search(line) and not line.endswith(":"):  # "... issued the following news release:"
        return False
    dateline = parse_dateline(line, reference_date=None)
    if dateline is None:
        return False
    rest = line[dateline.end:].split()
    if not dateline.places:
        # "RTRS - Cricket - Play restarts in Melbourne.": a credit alone heads a headline too, but not a
        # sentence no headline is as long as ("VOV.VN - The Ministry of Industry and Trade has asked ...").
        return len(rest) >= _CREDITED_SENTENCE_WORDS and rest[0][:1].isupper()
    # The sentence may open with a quotation: "ROMA, 5 GEN – ''Il traffico ...'', ha detto ...", "«Serve ...»".
    return len(rest) >= _LEAD_SENTENCE_WORDS and rest[0].lstrip("'\"“‘«„¿¡")[:1].isupper()


# Words after a dateline that make a sentence of the line; after a credit alone, more.
_LEAD_SENTENCE_WORDS = 4
_CREDITED_SENTENCE_WORDS = 12


def _is_head_line(line: str, *, marked_only: bool = False) -> bool:
    """A note, a By-line or a dateline: what opens a story under its headline.

    marked_only asks for a dateline with a mark of its own (an agency tag, an
    ISO date): "JAPAN - U.S. TRADE TALKS" reads as a dashed dateline but,
    set apart by a blank line, is a headline.
    """
    if markers.read_note_line(line) is not None or match_by_line(line) is not None:
        return True
    dateline = parse_dateline(line, reference_date=None)
    return dateline is not None and (not marked_only or dateline.form in MARKED_FORMS)


def _is_bare_credit(line: str) -> bool:
    """"Jane Doe" alone: RCV1-era Reuters prints the reporter so, over the dateline."""
    return not line.lower().startswith("by ") and bool(match_by_line(f"By {line}"))
