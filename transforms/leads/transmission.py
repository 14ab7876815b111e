"""When a story moved: transmission times printed in copy, stated in UTC and local time.

Wire copy carries its transmission time in a few printed forms (rule set
`transmission.v1`), usually on the last lines:

    AP-WF-06-29-17 2350GMT       ANPA trailer: desk, MM-DD-YY, HHMM and zone
    071341 GMT Okt 15            dpa (IPTC 7901) trailer: DDHHMM, zone, month, YY
    2024/07/05 17:03 KST         a date and a clock time with a zone
    lb/jm 1234 GMT               a desk sign-off with a clock time (the day is the dateline's)
    KWS-21:37-09-12-18           desk, HH:MM, then day and month in an order the line
                                 does not say, YY

A date that reads two ways (`09-12-18`, `12/05/2024`) is no day on its own:
the stamp keeps both readings, and the dateline's month and day settle
which one it is (`settle`); unsettled, it is a clock time alone.

Web copy prints the moment on a line over or under the story, often with a
label (rule set `transmission.v2`):

    Posted: Dec 05, 2024 / 10:32 AM KST     any date form with its year, a clock time
    2024-12-05T10:32:00+09:00               (12-hour or 24-hour), a zone or an offset
    Published: Thursday, December 5, 2024   a date alone: the day, not the moment (match_day)

A format's metadata may carry the time instead (`Story.transmitted_at`).
Either way the moment is stated in UTC and, through the dateline city's IANA
time zone, as the wall-clock time at the dateline, which is the day a
dateline without a date means.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wirecopy.transforms.leads.dates import MONTHS, match_date

RULESET = "transmission.v3"  # v3: a date printed in either order, settled by the dateline

UTC = dt.timezone.utc

# Zone abbreviations printed in copy -> UTC offset in hours. Only the
# unambiguous ones: CST (China or US Central), IST (India, Ireland or
# Israel) and AST (Arabia or Atlantic) are left out: a clock alone printed
# with them is not read, and a web page's date and clock with them is read
# as a time printed without a zone (see _OTHER_ZONE).
ZONE_ABBREVIATIONS: dict[str, float] = {
    "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "WET": 0,
    "BST": 1, "CET": 1, "MEZ": 1, "WAT": 1,
    "CEST": 2, "MESZ": 2, "EET": 2, "SAST": 2, "CAT": 2,
    "EEST": 3, "MSK": 3, "EAT": 3,
    "GST": 4, "PKT": 5, "ICT": 7, "WIB": 7,
    "HKT": 8, "SGT": 8, "PHT": 8, "MYT": 8, "AWST": 8, "WITA": 8,
    "KST": 9, "JST": 9, "WIT": 9,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
}
_ZONE = "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))

# "AP-WF-06-29-17 2350GMT<"
_ANPA_RE = re.compile(
    rf"^[A-Z]{{2,5}}-[A-Z]{{2}}-(?P<month>\d\d)-(?P<day>\d\d)-(?P<year>\d\d)"
    rf"\s+(?P<hh>[0-2]\d)(?P<mm>[0-5]\d)\s*(?P<zone>{_ZONE})?\s*<?$"
)
# "071341 GMT Okt 15", "212101 Nov 18"
_DDHHMM_RE = re.compile(
    rf"(?i)^(?P<day>[0-3]\d)(?P<hh>[0-2]\d)(?P<mm>[0-5]\d)\s+(?:(?P<zone>{_ZONE})\s+)?"
    rf"(?P<mon>{_MONTH})\.?\s+(?P<year>\d\d(?:\d\d)?)$"
)
# "2024/07/05 17:03 KST", "2024-07-05 08:12:30 GMT", "2024-07-05T08:12Z"
_DATE_TIME_RE = re.compile(
    rf"^(?P<year>(?:19|20)\d\d)[/.-](?P<month>[01]?\d)[/.-](?P<day>[0-3]?\d)[ T]+(?P<hh>[0-2]?\d):(?P<mm>[0-5]\d)"
    rf"(?::[0-5]\d)?\s*(?P<zone>{_ZONE})?$"
)
# "KWS-21:37-09-12-18": a desk, the clock, then day and month in either order, YY.
_DESK_CLOCK_RE = re.compile(
    r"^[A-Z]{2,5}-(?P<hh>[0-2]\d):(?P<mm>[0-5]\d)-(?P<a>[0-3]\d)-(?P<b>[0-3]\d)-(?P<year>\d\d)$"
)
# "1234 GMT", "12:34 GMT": a clock time alone (its day comes from the dateline).
_CLOCK_RE = re.compile(rf"^(?P<hh>[0-2]?\d):?(?P<mm>[0-5]\d)\s*(?P<zone>{_ZONE})$")
# "Posted:", "Last updated on", "Date -": the label a web page prints before its time.
_LABEL_RE = re.compile(
    r"(?i)^(?:(?:first|last)\s+)?(?:published|posted|updated|modified|dated?|filed|released|issued|release\s+date)\b"
    r"(?:\s+(?:on|at))?\s*[:|\-–—]?\s*"
)
# The abbreviations the table leaves out because each means several zones: on a web page's time line beside a
# date ("June 3, 2024 10:32 IST") the day still stands, and the clock is read as printed without a zone, in the
# dateline place's own zone (India's IST under NEW DELHI, Ireland's under DUBLIN).
_OTHER_ZONE = r"\(?(?-i:CST|IST|AST)\)?"
# Any date phrase (dates.match_date), then a clock time: "Dec 05, 2024 / 10:32 AM KST",
# "2024-12-05T10:32:00+09:00", "5 December 2024, 10.32 GMT".
_DATE_CLOCK_RE = re.compile(
    rf"(?i)^(?P<date>.+?)\s*(?:,|/|\||·|•|\s-\s|\s–\s|\bat\b|T|\s)\s*"
    rf"(?P<hh>[0-2]?\d)[:.h](?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?\s*(?P<ampm>[ap]\.?m\.?)?\s*"
    rf"(?:\(?(?P<zone>{_ZONE})\)?|(?P<sign>[+-])(?P<oh>[01]\d):?(?P<om>[0-5]\d)|{_OTHER_ZONE})?$"
)
# The clock first, then the date: "10:32 AM, June 03, 2024", "14:05 GMT | 5 December 2024".
_CLOCK_DATE_RE = re.compile(
    rf"(?i)^(?P<hh>[0-2]?\d)[:.h](?P<mm>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?\s*"
    rf"(?:\(?(?P<zone>{_ZONE})\)?|(?P<sign>[+-])(?P<oh>[01]\d):?(?P<om>[0-5]\d)|{_OTHER_ZONE})?"
    rf"\s*(?:,|/|\||·|•|\s-|\s–|\s)\s*(?P<date>.+?)$"
)
_MAX_STAMP_CHARS = 72  # "Last updated on Wednesday, September 13, 2000 12:00 AM +05:30" is 62
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A transmission time as printed. `day` is None for a clock time alone.

    `readings` are the two days a date printed in either order may be
    (`day` is then None until `settle` picks one).
    """

    raw: str
    day: dt.date | None
    clock: dt.time
    offset_hours: float | None  # None: printed without a zone
    readings: tuple[dt.date, ...] = ()


@dataclass(frozen=True, slots=True)
class Transmission:
    """The moment a story moved, in UTC and at the dateline."""

    raw: str                    # as printed, or "metadata"
    utc: dt.datetime            # aware, UTC
    local: dt.datetime | None   # naive wall-clock time in `timezone`
    timezone: str | None        # IANA zone of the dateline place
    source: str                 # copy or metadata


def match_stamp(line: str) -> Stamp | None:
    """A line that is only a transmission time in one of the printed forms, else None."""
    text = " ".join(_CONTROL_RE.sub(" ", line).split())
    if not text or len(text) > _MAX_STAMP_CHARS:
        return None
    if m := _ANPA_RE.match(text):
        day = _date(century(int(m["year"])), int(m["month"]), int(m["day"]))
    elif m := _DDHHMM_RE.match(text):
        day = _date(century(int(m["year"])), MONTHS[m["mon"].casefold()], int(m["day"]))
    elif m := _DATE_TIME_RE.match(text):
        day = _date(int(m["year"]), int(m["month"]), int(m["day"]))
    elif m := _DESK_CLOCK_RE.match(text):
        return _either_order(text, century(int(m["year"])), int(m["a"]), int(m["b"]), _clock(m["hh"], m["mm"]))
    else:
        return match_clock(text) or _web_stamp(text)
    clock = _clock(m["hh"], m["mm"])
    if day is None or clock is None:
        return None
    return Stamp(text, day, clock, ZONE_ABBREVIATIONS[m["zone"].upper()] if m["zone"] else None)


def _either_order(text: str, year: int, first: int, second: int, clock: dt.time | None,
                  offset: float | None = None) -> Stamp | None:
    """A stamp whose date prints day and month in an order it does not say: a day only if one reading is a date."""
    readings = tuple(dict.fromkeys(d for d in (_date(year, second, first), _date(year, first, second)) if d))
    if clock is None or not readings:
        return None
    if len(readings) == 1:
        return Stamp(text, readings[0], clock, offset)
    return Stamp(text, None, clock, offset, readings)


def settle(stamp: Stamp | None, month: int | None, day: int | None) -> Stamp | None:
    """The stamp with the reading of its date that is the dateline's month and day, where one is.

    `09-12-18` under `SAITAMA, Japan, Dec. 9` is December 9, 2018; under a
    dateline of neither day, or none, the date stays unread and the stamp
    is a clock time alone.
    """
    if stamp is None or not stamp.readings or month is None or day is None:
        return stamp
    fitting = [d for d in stamp.readings if (d.month, d.day) == (month, day)]
    return dataclasses.replace(stamp, day=fitting[0], readings=()) if len(fitting) == 1 else stamp


def _web_stamp(text: str) -> Stamp | None:
    """A web page's time line: an optional label, a date with its year, a clock time, a zone or an offset."""
    text = _LABEL_RE.sub("", text, count=1)
    m = _DATE_CLOCK_RE.match(text) or _CLOCK_DATE_RE.match(text)
    if m is None:
        return None
    day = _printed_day(m["date"])
    phrase = match_date(m["date"].strip(" ,")) if day is None else None
    if day is None and (phrase is None or not phrase.ambiguous or phrase.year is None or phrase.two_digit_year):
        return None
    hour = int(m["hh"])
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"][0].lower() == "p" else 0)
    clock = _clock(str(hour), m["mm"])
    if clock is None:
        return None
    if m["zone"]:
        offset: float | None = ZONE_ABBREVIATIONS[m["zone"].upper()]
    elif m["sign"]:
        offset = (int(m["oh"]) + int(m["om"]) / 60) * (-1 if m["sign"] == "-" else 1)
    else:
        offset = None
    if day is None:  # "12/05/2024 10:32 AM": December 5 or May 12
        return _either_order(text, phrase.year, phrase.day, phrase.month, clock, offset)
    return Stamp(text, day, clock, offset)


def match_day(line: str) -> dt.date | None:
    """A line that is only a date with its year, perhaps labelled ("Published: December 5, 2024"), else None.

    A date line over a story says the day it was published: no moment,
    but evidence of the year a year-less dateline cannot give.
    """
    text = " ".join(_CONTROL_RE.sub(" ", line).split())
    if not text or len(text) > _MAX_STAMP_CHARS:
        return None
    return _printed_day(_LABEL_RE.sub("", text, count=1))


def match_date_line(line: str) -> dt.date | None:
    """The day a web page's date line prints, alone ("June 3, 2024", "Published: 3 June 2024") or before a
    section's word or two ("March 8, 2024 News"), else None."""
    if (day := match_day(line)) is not None:
        return day
    opening = match_opening_day(line)
    if opening is None or not opening[1] or len(opening[1].split()) > _SECTION_WORDS or not all(
            w[:1].isupper() and w.isalpha() for w in opening[1].split()):
        return None
    return opening[0]


# A section's name after a date line: "News", "Local News", "Breaking News Desk".
_SECTION_WORDS = 3


def match_opening_day(line: str) -> tuple[dt.date, str] | None:
    """The day a line opens with, its year printed, and the rest of the line: "Thursday, 21 October 2010 09:32
    Sai Lek" -> (2010-10-21, "09:32 Sai Lek"); "Tuesday 9 April 2024 The Department ..." -> (2024-04-09, "The
    Department ..."). None unless the date stands first and ends at a word's end.

    A line over the lead, or a lead with no place, that opens with a full
    date prints the day the story was published, whatever follows it (a
    clock, the writer's name, an update's stamp, the story itself).
    """
    text = " ".join(_CONTROL_RE.sub(" ", line).split())
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1].strip()  # "(Last Updated On: June 4, 2017)"
    words = _LABEL_RE.sub("", text[:_MAX_OPENING_CHARS], count=1).split(" ")
    for size in range(min(len(words), _MAX_OPENING_WORDS), 1, -1):
        head = " ".join(words[:size]).rstrip(" ,.|-–—:")
        if (day := _printed_day(head)) is not None:
            return day, " ".join(words[size:]).strip(" ,.|-–—:")
    return None


_MAX_OPENING_WORDS = 6
_MAX_OPENING_CHARS = 120


def _printed_day(text: str) -> dt.date | None:
    """The day of a date phrase that prints its full year and reads one way only."""
    phrase = match_date(text.strip(" ,"))
    if phrase is None or phrase.year is None or phrase.two_digit_year or phrase.ambiguous:
        return None
    day = _date(phrase.year, phrase.month, phrase.day)
    # "Friday, December 5, 2024" names the wrong weekday: a misprint, no evidence.
    return day if day is not None and phrase.weekday in (None, day.weekday()) else None


def match_clock(text: str) -> Stamp | None:
    """A clock time with its zone alone ("1234 GMT"), as a sign-off prints it."""
    m = _CLOCK_RE.match(" ".join(text.split()))
    clock = _clock(m["hh"], m["mm"]) if m else None
    if m is None or clock is None:
        return None
    return Stamp(m.group(0), None, clock, ZONE_ABBREVIATIONS[m["zone"].upper()])


def from_stamp(stamp: Stamp, *, zone: str | None, dateline_date: dt.date | None) -> Transmission | None:
    """State a printed time in UTC and at the dateline.

    A time printed without a zone is read as the dateline's local time; a
    clock time alone takes the day of the dateline, the one whose local date
    is the dateline date. None when the moment cannot be pinned down.
    """
    try:
        return _from_stamp(stamp, zone, dateline_date)
    except OverflowError:  # a date at the very edge of the calendar: no moment to state
        return None


def _from_stamp(stamp: Stamp, zone: str | None, dateline_date: dt.date | None) -> Transmission | None:
    tz = _zone(zone)
    day = stamp.day
    if stamp.offset_hours is None:
        if tz is None or day is None:
            return None
        utc = dt.datetime.combine(day, stamp.clock, tzinfo=tz).astimezone(UTC)
    else:
        fixed = dt.timezone(dt.timedelta(hours=stamp.offset_hours))
        if day is None:
            if dateline_date is None:
                return None
            utc = _nearest_on(dateline_date, stamp.clock, fixed, tz)
        else:
            utc = dt.datetime.combine(day, stamp.clock, tzinfo=fixed).astimezone(UTC)
    return _stated(stamp.raw, utc, zone if tz else None, "copy")


def from_metadata(moment: dt.datetime, *, zone: str | None) -> Transmission | None:
    """A time from a format's metadata; a naive one is taken as UTC, as feeds send it."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    try:
        return _stated("metadata", aware.astimezone(UTC), zone if _zone(zone) else None, "metadata")
    except OverflowError:
        return None


def local_date(transmission: Transmission) -> dt.date:
    """The day the story moved where it was datelined (UTC day when the zone is unknown)."""
    return (transmission.local or transmission.utc).date()


def day_at(moment: dt.datetime, zone: str | None) -> dt.date:
    """The day `moment` fell on at the dateline (a naive time is UTC; its UTC day where the zone is unknown)."""
    stated = from_metadata(moment, zone=zone)
    return local_date(stated) if stated is not None else moment.date()


def _stated(raw: str, utc: dt.datetime, zone: str | None, source: str) -> Transmission:
    tz = _zone(zone)
    local = utc.astimezone(tz).replace(tzinfo=None) if tz else None
    return Transmission(raw=raw, utc=utc, local=local, timezone=zone if tz else None, source=source)


def _nearest_on(day: dt.date, clock: dt.time, fixed: dt.timezone, tz: ZoneInfo | None) -> dt.datetime:
    """The moment at `clock` in `fixed` whose local date at the dateline is `day`."""
    for shift in (0, -1, 1):
        try:
            utc = dt.datetime.combine(day + dt.timedelta(days=shift), clock, tzinfo=fixed).astimezone(UTC)
            if (utc.astimezone(tz) if tz else utc).date() == day:
                return utc
        except OverflowError:
            continue
    return dt.datetime.combine(day, clock, tzinfo=fixed).astimezone(UTC)


@lru_cache(maxsize=512)
def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def century(year: int) -> int:
    """A two-digit year of a stamp: 70-99 are the 1900s (ANPA's era), the rest the 2000s."""
    if year >= 100:
        return year
    return 1900 + year if year >= 70 else 2000 + year


def _clock(hh: str, mm: str) -> dt.time | None:
    hour, minute = int(hh), int(mm)
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
