"""Timestamps as wire metadata prints them, to aware datetimes.

NewsML-G2 and ninjs print ISO 8601 extended (`2024-07-05T09:14:00+09:00`),
NewsML 1 and NITF the basic form (`20240705T091400+0900`). A timestamp
without an offset is taken as UTC: NewsML-G2 requires one, and the feeds that
leave it out (STT) send UTC. The local date as printed is kept apart from the
instant, because the day a story was filed is the day where it was filed.
"""

from __future__ import annotations

import datetime as dt
import re

_TIMESTAMP_RE = re.compile(
    r"""(?x)^\s*
    (?P<year>\d{4})-?(?P<month>\d\d)-?(?P<day>\d\d)
    (?:[T\s](?P<hour>\d\d):?(?P<minute>\d\d)(?::?(?P<second>\d\d)(?:[.,](?P<fraction>\d{1,9}))?)?)?
    \s*(?:(?P<utc>Z|UTC|GMT)|(?P<sign>[+-])(?P<off_h>\d\d):?(?P<off_m>\d\d)?)?
    \s*$"""
)
# Years outside this window are typos or garbage, not wire copy.
_YEARS = range(1900, 2200)


def parse_timestamp(text: str | None) -> dt.datetime | None:
    """An aware datetime in the offset printed (UTC when none is), or None when `text` is not one."""
    if not text:
        return None
    m = _TIMESTAMP_RE.match(text)
    if m is None or int(m["year"]) not in _YEARS:
        return None
    zone = dt.timezone.utc
    if m["sign"]:
        minutes = int(m["off_h"]) * 60 + int(m["off_m"] or 0)
        if minutes >= 24 * 60:
            return None
        zone = dt.timezone(dt.timedelta(minutes=minutes if m["sign"] == "+" else -minutes))
    micro = int((m["fraction"] or "0")[:6].ljust(6, "0"))
    try:
        return dt.datetime(
            int(m["year"]), int(m["month"]), int(m["day"]),
            int(m["hour"] or 0), int(m["minute"] or 0), int(m["second"] or 0), micro, tzinfo=zone,
        )
    except ValueError:
        return None


def to_utc(moment: dt.datetime | None) -> dt.datetime | None:
    return moment.astimezone(dt.timezone.utc) if moment is not None else None


def local_date(*moments: dt.datetime | None) -> dt.date | None:
    """The date, where it was printed, of the first timestamp given."""
    for moment in moments:
        if moment is not None:
            return moment.date()
    return None
