"""Story -> Article: peel the head and tail of wire copy off the story.

Head: editor's notes and version markers (`(LEAD)`, `(ATTN: ...)`), a credit
line (`By ...`), then the dateline opening the lead. Tail: `(END)` and its
kin, the Reuters credit trailer, the e-mail or desk-initials sign-off, the
old `REUTER` sign-off. What is left is reflowed into paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re

from transforms import agencies, byline as bylines
from transforms.dateline import Dateline, parse_dateline
from transforms.reflow import reflow
from transforms.story import Article, Story

# Lines that end a story's text and carry nothing for the reader.
_END_MARK_RE = re.compile(
    r"(?ix)^(?:\(END\)|\(MORE\)|-?\s*END\s*-?|-0-|\#\#\#|\(ends\)|\(\s*FIN\s*\)|--\s*30\s*--|-30-)$"
)
# The 1980s Reuters sign-off, alone on the last line.
_REUTER_SIGNOFF_RE = re.compile(r"^\s*REUTERS?\s*$", re.IGNORECASE)
# A note or version marker on a line of its own at the head of the copy.
_NOTE_LINE_RE = re.compile(
    r"(?ix)^\(\s*(?:LEAD|URGENT|UPDATE|CORRECTED|REFILE|\d+(?:st|nd|rd|th)\s+LD|LD\s+\w+|ATTN|EDS|EDITORS?|"
    r"RECASTS|ADDS|WRITETHRU|CORRECTS|REPEAT|FLASH|BULLETIN|NEWS\s+ANALYSIS|INTERVIEW|PROFILE|Yonhap\s+Feature)"
    r"\b[^\n]*\)$"
)
_TAIL_LINES = 6


def normalise(story: Story, *, reference_date: dt.date | None) -> Article:
    """Parse dateline and credits out of a story and clean its body."""
    lines = story.text.strip("\n").split("\n")
    notes, head_people, head_raw = [], [], []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if _NOTE_LINE_RE.match(line):
            notes.append(line)
        elif (people := bylines.match_by_line(line)) is not None:
            head_people.extend(people)
            head_raw.append(line)
        elif head_raw and agencies.lookup(line.rstrip(".")) is not None:
            # ANPA copy prints the agency on the line under the By-line.
            head_raw.append(line)
        else:
            break
        i += 1
    lines = lines[i:]

    tail_lines, signoff, reuter_signoff = _strip_tail(lines)
    text = "\n".join(tail_lines)
    trailer_people: tuple[bylines.Person, ...] = ()
    trailer_raw: list[str] = []
    found = bylines.match_trailer(text)
    if found is not None:
        trailer_people, start = found
        trailer_raw.append(" ".join(text[start:].split()))
        text = text[:start].rstrip()
        # A sign-off may stand after the trailer's paragraph has been cut.
        tail_lines, more_signoff, more_reuter = _strip_tail(text.split("\n"))
        text = "\n".join(tail_lines)
        signoff = signoff or more_signoff
        reuter_signoff = reuter_signoff or more_reuter

    agency_hint = agencies.canonical(story.agency) or ("Reuters" if reuter_signoff else None)
    dateline = parse_dateline(text.lstrip(), reference_date=reference_date, agency_hint=agency_hint)
    if dateline is not None:
        text = text.lstrip()[dateline.end :]
    agency = (dateline.agency if dateline else None) or agency_hint or _agency_from_titles(head_people)
    credit = bylines.merge_credits(
        tuple(head_people), trailer_people, signoff, tuple(head_raw + trailer_raw)
    )
    return Article(
        story=story,
        headline=story.headline,
        agency=agency,
        dateline=dateline,
        byline=credit,
        notes=tuple(notes),
        body=reflow(text),
    )


def _strip_tail(lines: list[str]) -> tuple[list[str], bylines.Signoff | None, bool]:
    """Drop end marks, a sign-off and a REUTER line from the last lines."""
    lines = list(lines)
    signoff, reuter = None, False
    for _ in range(_TAIL_LINES):
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            break
        last = lines[-1].strip()
        if _END_MARK_RE.match(last):
            lines.pop()
        elif _REUTER_SIGNOFF_RE.match(last):
            reuter = True
            lines.pop()
        elif any(p.match(last) for p in bylines.TAIL_FURNITURE):
            lines.pop()
        elif signoff is None and (found := bylines.match_signoff(last)) is not None:
            signoff = found
            lines.pop()
        else:
            break
    return lines, signoff, reuter


def _agency_from_titles(people: list[bylines.Person]) -> str | None:
    for person in people:
        if person.title and (agency := agencies.canonical(person.title)):
            return agency
    return None
