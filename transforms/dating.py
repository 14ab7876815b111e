"""A story's reference date, and whether a file's modification time may date its story.

`reference` is the one place that decides the date a year-less dateline
resolves against and names what gave it (the `reference_date` and
`reference_date_source` columns). A run calls it once per file
(flows/chunks.py); `Reference.of_story` puts a story's own metadata date
first (wirecopy.transforms.pipeline.parse_file), and the Reference rides on
the Article for the rows and everything else downstream to read.

SPEC's order for a dateline's year: the format's own metadata, then a
--reference-date or a received-times file, then the story's own evidence (a
year printed in the dateline, a weekday naming the dateline day, a
transmission stamp in the copy), and only then the file's modification time,
and only where that time looks like a time of transmission. A file time is
the weakest witness: `cp`, a git checkout or a download gives every file the
moment of copying, and a 1987 story then reads as one of this year. So:

- files that arrived together (many within a couple of seconds) were copied
  in bulk, not transmitted: their times lend nothing;
- a time that contradicts the story (a dateline day far from it) lends
  nothing either;
- where nothing decides, the date stays null and says so
  (`dateline_date_source` = "undecided"): a wrong date is worse than none.

Pure: file times come in as values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from wirecopy.transforms.leads import dates
from wirecopy.transforms.leads import transmission as moved
from wirecopy.transforms.leads.dateline import Dateline
from wirecopy.transforms.reference import FILE_MTIME, GIVEN, NO_REFERENCE, RECEIVED, Reference

if TYPE_CHECKING:
    from wirecopy.transforms.story import Article

# Files within this many seconds of each other arrived together...
BULK_WINDOW_SECONDS = 2.0
# ...and this many of them together were copied, not transmitted one by one.
BULK_MIN_FILES = 5
# dateline_date_source of a dateline whose date nothing decided.
UNDECIDED = "undecided"
FILE_TIME = "file-time"
# ...and of one dated by a publication date printed with the story.
PUBLISHED = "published"



def reference(*, given: dt.date | None = None, received: dt.date | None = None,
              file_time: dt.datetime | None = None, transmission_like: bool = True) -> Reference:
    """The reference date of a file's stories and its source, in SPEC's order (a story's metadata: of_story).

    --reference-date (`given`), else the received-times file's date, else
    the file's modification time (its UTC day the reference date), which
    dates a dateline only through with_file_time, and only where it looks
    like a time of transmission (`transmission_like`: not one of a bulk copy).
    A naive time is taken as UTC.
    """
    if given is not None:
        return Reference(given, GIVEN)
    if received is not None:
        return Reference(received, RECEIVED)
    if file_time is not None:
        moment = file_time if file_time.tzinfo is not None else file_time.replace(tzinfo=dt.timezone.utc)
        return Reference(moment.astimezone(dt.timezone.utc).date(), FILE_MTIME, moment, transmission_like)
    return NO_REFERENCE


def by_transmission(dateline: Dateline | None, sent: moved.Transmission | None, *, full: bool) -> Dateline | None:
    """The dateline dated by the local day the story moved, where that dates it better than the reference.

    A full transmission time (`full`; a clock time alone took its day from
    the dateline and says nothing new) beats the reference, a landing time,
    in the dateline's own day. A printed year is kept; a year-less date
    takes the year nearest the day it moved; an undated dateline takes that day.
    """
    if sent is None or not full or dateline is None or dateline.date_source not in (
        "reference", "dateline+reference", None
    ):
        return dateline
    day = moved.local_date(sent)
    if dateline.phrase is not None:
        if dateline.phrase.year is not None:
            return dateline
        return dataclasses.replace(dateline, date=dates.resolve(dateline.phrase, day),
                                   date_source="dateline+transmission")
    return dataclasses.replace(dateline, date=day, date_source="transmission")


def by_published_day(dateline: Dateline | None, day: dt.date | None, *,
                     over_reference: bool = False) -> Dateline | None:
    """The dateline dated by the day printed over the story ("Published: December 5, 2024"), where nothing did.

    The story's own evidence, after the metadata and a given reference and
    before any file time (SPEC's order): a year-less date takes the year
    nearest that day only if the two agree (dates.agrees); an undated
    dateline takes that day. SPEC's order ranks the sources of a year; a
    dateline that prints no date at all has no year to infer, and the day
    printed over it is the story's own, so with `over_reference` (no metadata
    dates the story) that day replaces the reference standing in for it
    ("August 26, 2005" over "WASHINGTON -", read in a run given
    --reference-date 2024-06-20, is August 26, 2005).
    """
    if dateline is None or day is None:
        return dateline
    if dateline.date is not None and not (
            over_reference and dateline.phrase is None and dateline.date_source == "reference"):
        return dateline
    return _dated_by_day(dateline, day, PUBLISHED) or dateline


def _dated_by_day(dateline: Dateline, day: dt.date, label: str) -> Dateline | None:
    """The dateline dated by a day that is evidence of when the story moved, labelled `label`; None where it cannot.

    An undated dateline takes the day; a year-less one the year nearest it,
    only if the two agree (dates.agrees): a day far from the dateline's is
    no evidence of its year.
    """
    if dateline.phrase is None:
        return dataclasses.replace(dateline, date=day, date_source=label)
    found = dates.resolve(dateline.phrase, day)
    if found is None or not dates.agrees(found, day):
        return None
    return dataclasses.replace(dateline, date=found, date_source=f"dateline+{label}")


def bulk_copied(mtimes: Sequence[dt.datetime]) -> list[bool]:
    """For each time, whether it lies in a cluster of BULK_MIN_FILES within BULK_WINDOW_SECONDS.

    A landing folder fed by a wire gets files one by one; an archive copied
    with `cp -r`, checked out or unpacked gets hundreds in the same second.
    """
    order = sorted(range(len(mtimes)), key=lambda i: mtimes[i])
    stamps = [mtimes[i].timestamp() for i in order]
    flags = [False] * len(mtimes)
    start = 0
    for end in range(len(stamps)):
        while stamps[end] - stamps[start] > BULK_WINDOW_SECONDS:
            start += 1
        if end - start + 1 >= BULK_MIN_FILES:
            for k in range(start, end + 1):
                flags[order[k]] = True
    return flags


def dated_by_file_time(article: Article) -> bool:
    """Whether nothing but its file's modification time dated the article (a run warns of these)."""
    if article.dateline is None:
        return article.filed_date_source == FILE_TIME
    return article.dateline.date_source in (FILE_TIME, f"dateline+{FILE_TIME}")


def with_file_time(article: Article, file_time: dt.datetime | None, *, trusted: bool) -> Article:
    """The article with its dateline dated by the file's time where that may, else marked undecided.

    A date already decided (printed year, metadata, reference, transmission
    stamp) is kept. The file's day is the day at the dateline when it was
    written (a story filed in Seoul at 08:00 on the 5th lands at 23:00 UTC on
    the 4th), as for a transmission time. A year-less dateline takes the
    year that puts it nearest that day only if the two agree (dates.agrees);
    an undated one takes that day only from a trusted file time.
    """
    dateline = article.dateline
    if dateline is None or dateline.date is not None:
        return article
    dated = None
    if trusted and file_time is not None:
        dated = _dated_by_day(dateline, moved.day_at(file_time, dateline.timezone), FILE_TIME)
    return dataclasses.replace(article, dateline=dated or dataclasses.replace(dateline, date_source=UNDECIDED))


def filed_by_reference(article: Article, reference: Reference) -> Article:
    """A story with no dateline and no day printed over it, dated by its reference: the day it was filed.

    An undated dateline takes its reference's day; a story that prints no
    dateline at all was filed that day just the same, and a warehouse joins
    on the date, so it gets it too, under the same rules: a given or received
    reference, else the file's time only where it looks like one of
    transmission (its UTC day, since no dateline names a zone).
    """
    if article.dateline is not None or article.filed_date is not None:
        return article
    if reference.resolves is not None:
        return dataclasses.replace(article, filed_date=reference.resolves, filed_date_source=reference.label)
    if reference.file_time is not None and reference.trusted:
        return dataclasses.replace(article, filed_date=moved.day_at(reference.file_time, None),
                                   filed_date_source=FILE_TIME)
    return article

