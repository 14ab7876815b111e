"""A web page's meta line over the story: who sent it, who wrote it and when, in fields parted by bars or dots.

Agencies' sites print one line of fields between the headline and the lead
("ANI | Updated: Jun 03, 2024 10:32 IST", "Source: Xinhua| 2024-06-03
10:32:15|Editor: huaxia", "Posted on June 3, 2024 by IANS", "Jane Mbala |
June 3, 2024"). Each field alone is a form the head's readers know: a date
or a time line (wirecopy.transforms.leads.transmission), a source label or a
By-line (wirecopy.transforms.bylines.byline), an agency's name. The line is read
only when every field is one of these and one of them dates it: a headline
or a sentence with a bar in it is none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from wirecopy.transforms.bylines import byline as bylines
from wirecopy.transforms.knowledge import places
from wirecopy.transforms.leads import transmission as moved
from wirecopy.transforms.leads.credit_shapes import publication, source_agency


@dataclass(frozen=True, slots=True)
class MetaLine:
    day: dt.date | None           # a date with its year and no clock: the day it was published
    stamp: moved.Stamp | None     # a date and a clock: when it moved
    agency: str | None            # canonical where the agency table knows it, else as printed
    people: tuple[bylines.Person, ...]


_FIELD_SPLIT_RE = re.compile(r"[ \t]*[|•·¦][ \t]*|[ \t]+[-–—][ \t]+")
# "Posted on June 3, 2024 by IANS": a dated field closed by its credit.
_DATED_BY_RE = re.compile(r"(?i)^(?P<date>.+?)\s+by\s+(?P<who>\S.*)$")
# A clock alone in a field of its own, after the date's field ("QNX | 3 June 2024 | 10:32").
_CLOCK_FIELD_RE = re.compile(r"(?i)^[0-2]?\d[:.h][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?$")
# A desk's field that names no one a reader would credit ("Editor: huaxia", Xinhua's desk login).
_DESK_FIELD_RE = re.compile(r"(?i)^(?:web\s+)?(?:editor|editors|editing|desk)\s*:\s*[a-z][\w.-]{0,30}$")
_MAX_LINE = 160


def read_meta_line(line: str) -> MetaLine | None:
    """The fields of a meta line, or None when the line is not one (see the module's docstring)."""
    text = bylines.strip_artefacts(line).strip()
    if not text or len(text) > _MAX_LINE:
        return None
    fields = []
    for field in (f.strip() for f in _FIELD_SPLIT_RE.split(text)):
        dated_by = _DATED_BY_RE.match(field) if field else None
        if dated_by is not None and _dates(dated_by["date"]):
            fields.extend((dated_by["date"], f"By {dated_by['who']}"))
        elif field:
            fields.append(field)
    if len(fields) < 2:
        return None
    day: dt.date | None = None
    stamp: moved.Stamp | None = None
    agency: str | None = None
    people: list[bylines.Person] = []
    for field in fields:
        if stamp is None and (found := moved.match_stamp(field)) is not None and (found.day or found.readings):
            stamp = found
        elif day is None and (printed := moved.match_day(field)) is not None:
            day = printed
        elif _CLOCK_FIELD_RE.match(field):
            continue
        elif agency is None and (named := _agency(field)) is not None:
            agency = named
        elif (labelled := bylines.labelled_credits(field)) is not None:
            people.extend(labelled)
        elif _DESK_FIELD_RE.match(field) and not field.split(":", 1)[1].strip()[:1].isupper():
            continue
        elif (credited := bylines.match_by_line(field)) is not None and credited:
            people.extend(credited)  # "By Jane Doe", "Par Jeanne Dupont", "Oleh Siti Rahma"
        elif publication(field.strip(" .")):
            # "By Jane Doe | Qarzen Daily | March 11, 2024": the paper the writer works for, no agency (as
            # "By Jane Doe, The Qarzen Times" names none): the line is still the page's meta line.
            continue
        elif not _place(field) and (bare := bylines.match_by_line(f"By {field}")) and all(
                len(p.name.split()) >= 2 for p in bare):
            people.extend(bare)  # "Jane Mbala | June 3, 2024": a name beside the date
        else:
            return None
    if day is None and stamp is None:
        return None
    return MetaLine(day, stamp, agency, tuple(people))


def _place(field: str) -> bool:
    """"Newport Beach – October 11, 2016" is a dateline: a place beside the date is no one's name."""
    head = field.split(",")[0].strip()
    return places.is_qualifier(head) or places.resolve_place(head) is not None


def _dates(text: str) -> bool:
    return moved.match_day(text) is not None or moved.match_stamp(text) is not None


def _agency(field: str) -> str | None:
    """An agency's name as a field prints it: "ANI", "By IANS", "Source: Xinhua", "Qarzen News Agency"."""
    if (name := bylines.source_named(field)) is not None:
        return source_agency(name, labelled=True)
    name = field[3:].strip() if field[:3].casefold() == "by " else field
    return source_agency(name, labelled=False)
