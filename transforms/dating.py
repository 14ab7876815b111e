"""Whether a file's modification time may date its story, and the date it gives.

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

from wirecopy.transforms import dates
from wirecopy.transforms.story import Article

# Files within this many seconds of each other arrived together...
BULK_WINDOW_SECONDS = 2.0
# ...and this many of them together were copied, not transmitted one by one.
BULK_MIN_FILES = 5
# dateline_date_source of a dateline whose date nothing decided.
UNDECIDED = "undecided"
FILE_TIME = "file-time"


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


def with_file_time(article: Article, file_date: dt.date | None, *, trusted: bool) -> Article:
    """The article with its dateline dated by the file's time where that may, else marked undecided.

    A date already decided (printed year, metadata, reference, transmission
    stamp) is kept. A year-less dateline takes the year that puts it nearest
    the file's day only if the two agree (dates.agrees); an undated one
    takes the file's day only from a trusted file time.
    """
    dateline = article.dateline
    if dateline is None or dateline.date is not None:
        return article
    date = None
    if trusted and file_date is not None:
        if dateline.phrase is not None:
            found = dates.resolve(dateline.phrase, file_date)
            date = found if found is not None and dates.agrees(found, file_date) else None
        else:
            date = file_date
    if date is None:
        source = UNDECIDED
    else:
        source = f"dateline+{FILE_TIME}" if dateline.phrase is not None else FILE_TIME
    return dataclasses.replace(article, dateline=dataclasses.replace(dateline, date=date, date_source=source))
