"""Story -> Article: peel the head and tail of wire copy off the story.

Head: editor's notes and version markers (`(LEAD)`, `(ATTN: ...)`), a credit
line (`By ...`), summary bullets (`* ...`) standing above the lead, then the
dateline opening the lead. Tail: `(END)` and its kin, the Reuters credit
trailer, the e-mail or desk-initials sign-off, the old `REUTER` sign-off.
What is left is reflowed into paragraphs.

What a structured format's metadata says wins over what the text suggests,
and the text fills the rest: the agency the metadata names, its credit line
and named creators (merged with the credits found in the text), its printed
dateline (`<dateline>`, `<DateLine>`). The dateline printed in the body is
still parsed and cut from the body; when the metadata prints none, the body's
stands, and when neither exists, the place the metadata says the story comes
from (`located`). A story with no dateline at all is dated by the day its
metadata says it was filed.
"""

from __future__ import annotations

import datetime as dt
import re

from transforms import agencies, byline as bylines, dates, places
from transforms.dateline import Dateline, parse_dateline
from transforms.names import normal_name
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
# Summary bullets some agencies (Reuters) set above the dateline.
_HIGHLIGHT_RE = re.compile(r"^(?:\*|•|·)\s+\S")
# A place name as metadata prints it: a few words of letters, no digits.
_METADATA_PLACE_RE = re.compile(r"^[^\W\d_][^\W\d_.'’-]*\.?(?:[\s.'’-]+[^\W\d_]+\.?){0,4}$")


def normalise(story: Story, *, reference_date: dt.date | None) -> Article:
    """Parse dateline and credits out of a story and clean its body."""
    lines = story.text.strip("\n").split("\n")
    notes, head_people, head_raw, highlights = [], [], [], []
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
        elif _HIGHLIGHT_RE.match(line):
            # A bullet may be wrapped over lines; it ends at a blank line,
            # the next bullet, or the dateline.
            bullet = [line]
            while (i + 1 < len(lines) and (following := lines[i + 1].strip()) and not _HIGHLIGHT_RE.match(following)
                   and parse_dateline(following, reference_date=None) is None):
                bullet.append(following)
                i += 1
            highlights.append(" ".join(bullet))
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

    metadata_agency = agencies.canonical(story.agency)
    agency_hint = metadata_agency or ("Reuters" if reuter_signoff else None)
    dateline = parse_dateline(text.lstrip(), reference_date=reference_date, agency_hint=agency_hint)
    if dateline is not None:
        text = text.lstrip()[dateline.end :]
    if highlights:
        text = "\n\n".join(highlights) + "\n\n" + text.lstrip("\n")
    dateline = _prefer_metadata_dateline(story, dateline, reference_date, agency_hint)
    agency = metadata_agency or (dateline.agency if dateline else None) or agency_hint or _agency_from_titles(head_people)
    metadata_people, metadata_raw = _metadata_credits(story)
    credit = bylines.merge_credits(
        metadata_people + tuple(head_people), trailer_people, signoff, tuple(metadata_raw + head_raw + trailer_raw)
    )
    return Article(
        story=story,
        headline=story.headline,
        agency=agency,
        dateline=dateline,
        byline=credit,
        notes=tuple(notes),
        body=reflow(text),
        filed_date=story.metadata_date,
    )


def _prefer_metadata_dateline(
    story: Story, in_body: Dateline | None, reference_date: dt.date | None, agency_hint: str | None
) -> Dateline | None:
    """The metadata's printed dateline wins over the body's unless both name the same place."""
    printed = None
    if story.dateline_text:
        printed = parse_dateline(story.dateline_text, reference_date=reference_date, agency_hint=agency_hint)
        printed = printed or _place_dateline(story.dateline_text, reference_date, agency_hint)
    if printed is not None and (in_body is None or (printed.city or "").casefold() != (in_body.city or "").casefold()):
        return printed
    if in_body is not None or not story.located:
        return in_body
    return _place_dateline(story.located, reference_date, agency_hint)


def _place_dateline(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """A dateline from metadata that prints a place (and maybe a region and date) but no dash or tag."""
    parts = [p.strip() for p in text.split(",")]
    if not _METADATA_PLACE_RE.match(parts[0]) or len(parts[0]) > 40:
        return None
    qualifier, phrase = None, None
    for part in parts[1:4]:
        if phrase is None and (found := dates.match_date(part)) is not None:
            phrase = found
        elif qualifier is None and _METADATA_PLACE_RE.match(part):
            qualifier = part
    home = agencies.lookup(agency_hint) if agency_hint else None
    return Dateline(
        raw=text.strip(),
        end=0,
        places=(parts[0],),
        qualifier=qualifier,
        place=places.resolve_place(parts[0], qualifier, home_country=home.country if home else None),
        date_raw=phrase.raw if phrase else None,
        date=dates.resolve(phrase, reference_date) if phrase else reference_date,
        agency=None,
    )


def _metadata_credits(story: Story) -> tuple[tuple[bylines.Person, ...], list[str]]:
    """People the metadata credits: its credit line ("By Jane Doe" or just "Jane Doe") and named creators."""
    people: list[bylines.Person] = []
    raw: list[str] = []
    if story.byline_text:
        line = story.byline_text.strip()
        found = bylines.match_by_line(line)
        if found is None and not line.casefold().startswith("by "):
            found = bylines.match_by_line(f"By {line}")
        if found:
            people.extend(found)
            raw.append(line)
    for name, role in story.credits:
        people.append(bylines.Person(name=normal_name(name), role=role))
    return tuple(people), raw


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
