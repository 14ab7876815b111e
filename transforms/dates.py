"""Dateline dates: month/day phrases in the forms agencies print, and the year.

Most datelines carry no year ("July 5"). SPEC's rule: take the year that puts
the date nearest the reference date (a date from the file's metadata, the
--reference-date, or the file's mtime), never more than a few days after it,
so that copy dated Dec. 31 and received Jan. 2 lands in the old year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Days a dateline may lie after its reference date: time zones and embargoed
# copy filed ahead of the date it carries.
MAX_DAYS_AFTER_REFERENCE = 3

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "janv", "janvier", "januar", "enero", "ene"),
        ("february", "feb", "fev", "fevr", "février", "févr", "février", "februar", "febrero"),
        ("march", "mar", "mars", "märz", "marz", "mär", "mrz", "marzo"),
        ("april", "apr", "avr", "avril", "abril", "abr"),
        ("may", "mai", "mayo"),
        ("june", "jun", "juin", "juni", "junio"),
        ("july", "jul", "juil", "juillet", "juli", "julio"),
        ("august", "aug", "aout", "août", "agosto", "ago"),
        ("september", "sep", "sept", "septembre", "septiembre"),
        ("october", "oct", "octobre", "oktober", "okt", "octubre"),
        ("november", "nov", "novembre", "noviembre"),
        ("december", "dec", "déc", "decembre", "décembre", "dezember", "dez", "diciembre", "dic"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# "Friday, July 5, 2024" / "Sept. 5" / "Jul 5" / "5 July 2024" / "10 juil 2024" / "5th January, 2024" / "1996-12-06"
_DATE_BODY = rf"""
    (?:(?P<weekday>{_WEEKDAYS})\.?,?\s+)?
    (?:
        (?P<month>{_MONTH})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?
      | (?P<day2>[0-3]?\d)(?:st|nd|rd|th|er)?\.?\s+(?P<month2>{_MONTH})\.?(?:,?\s+(?P<year2>(?:19|20)\d\d))?
      | (?P<year3>(?:19|20)\d\d)-(?P<month3>[01]\d)-(?P<day3>[0-3]\d)
    )
"""
DATE_RE = re.compile("(?ix)" + _DATE_BODY)
# A date closing a dateline head, after a comma or a space: "SIALKOT, Pakistan 1996-12-06",
# "MOSCOW, January 5." (TASS ends the date with a full stop).
_TRAILING_DATE_RE = re.compile(r"(?ix)(?:^|(?<=[\s,]))(?P<date>" + _DATE_BODY + r")\s*\.?\s*$")


@dataclass(frozen=True, slots=True)
class DatePhrase:
    raw: str
    month: int
    day: int
    year: int | None


def match_date(text: str) -> DatePhrase | None:
    """The date phrase that is the whole of `text` (surrounding spaces allowed), else None."""
    m = DATE_RE.fullmatch(text.strip())
    if not m:
        return None
    if m["year3"]:
        month, day, year = int(m["month3"]), int(m["day3"]), int(m["year3"])
    elif m["month"]:
        month, day = MONTHS[m["month"].casefold()], int(m["day"])
        year = int(m["year"]) if m["year"] else None
    else:
        month, day = MONTHS[m["month2"].casefold()], int(m["day2"])
        year = int(m["year2"]) if m["year2"] else None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return DatePhrase(text.strip(), month, day, year)


def split_trailing_date(text: str) -> tuple[str, DatePhrase | None]:
    """Split "SEOUL/MUAN, South Korea, Dec. 29" into the part before the date and the date.

    The date is the longest date phrase that closes the text (with its
    weekday, "Friday, July 5"); without one the text comes back whole.
    """
    m = _TRAILING_DATE_RE.search(text)
    if m is None:
        return text, None
    phrase = match_date(m["date"])
    if phrase is None:
        return text, None
    return text[: m.start()].rstrip(" ,"), phrase


def resolve(phrase: DatePhrase, reference: dt.date | None) -> dt.date | None:
    """The calendar date a phrase means; an explicit year always wins."""
    if phrase.year is not None:
        return _make(phrase.year, phrase.month, phrase.day)
    if reference is None:
        return None
    return resolve_year(phrase.month, phrase.day, reference)


def resolve_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date nearest `reference`, at most MAX_DAYS_AFTER_REFERENCE after it."""
    latest = reference + dt.timedelta(days=MAX_DAYS_AFTER_REFERENCE)
    candidates = [
        d
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (d := _make(year, month, day)) is not None and d <= latest
    ]
    if not candidates:
        # Feb. 29 with no leap year near the reference: look further back.
        candidates = [d for y in range(reference.year - 8, reference.year) if (d := _make(y, month, day))]
    return min(candidates, key=lambda d: abs((d - reference).days), default=None)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
