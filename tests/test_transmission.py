"""Transmission times printed in copy, stated in UTC and at the dateline (forms written by us)."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.transforms.leads import transmission as moved
from wirecopy.transforms.leads.transmission import (
    Stamp,
    from_metadata,
    from_stamp,
    local_date,
    match_clock,
    match_day,
    match_stamp,
    settle,
)

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("line", "day", "clock", "offset"),
    [
        ("AP-WF-06-29-17 2350GMT<", dt.date(2017, 6, 29), dt.time(23, 50), 0),
        ("\tAP-NY-03-02-99 0915EST", dt.date(1999, 3, 2), dt.time(9, 15), -5),
        ("\x03071341 GMT Okt 15 ", dt.date(2015, 10, 7), dt.time(13, 41), 0),
        ("212101 GMT Nov 18", dt.date(2018, 11, 21), dt.time(21, 1), 0),
        ("051200 Mär 24", dt.date(2024, 3, 5), dt.time(12, 0), None),
        ("2024/07/05 17:03 KST", dt.date(2024, 7, 5), dt.time(17, 3), 9),
        ("2024-07-05 08:12:30 GMT", dt.date(2024, 7, 5), dt.time(8, 12), 0),
        ("1234 GMT", None, dt.time(12, 34), 0),
        ("09:05 CET", None, dt.time(9, 5), 1),
        # web pages' time lines: a label, any date form with its year, 12- or 24-hour clock, zone or offset
        ("Posted: Dec 05, 2024 / 10:32 AM KST", dt.date(2024, 12, 5), dt.time(10, 32), 9),
        ("2024-12-05T10:32:00+09:00", dt.date(2024, 12, 5), dt.time(10, 32), 9),
        ("2024-12-05 22:32 -0530", dt.date(2024, 12, 5), dt.time(22, 32), -5.5),
        ("Last updated on December 5, 2024 at 12:05 pm EST", dt.date(2024, 12, 5), dt.time(12, 5), -5),
        ("Published 5 December 2024, 12.05 a.m. GMT", dt.date(2024, 12, 5), dt.time(0, 5), 0),
        ("Thursday, December 5, 2024 17:40", dt.date(2024, 12, 5), dt.time(17, 40), None),
        # a zone that means several is read as no zone (the dateline's place says which); the clock first
        ("Updated: June 3, 2024 10:32 IST", dt.date(2024, 6, 3), dt.time(10, 32), None),
        ("10:32 AM, June 03, 2024", dt.date(2024, 6, 3), dt.time(10, 32), None),
        ("14:05 GMT | 5 December 2024", dt.date(2024, 12, 5), dt.time(14, 5), 0),
    ],
)
def test_transmission_stamp_forms(line: str, day, clock, offset) -> None:
    stamp = match_stamp(line)
    assert stamp is not None
    assert (stamp.day, stamp.clock, stamp.offset_hours) == (day, clock, offset)


@pytest.mark.parametrize(
    "line", ["The minister said 1234 people came.", "2024", "1234", "1234 CST", "99:99 GMT", "AP-WF-13-45-17 2350GMT",
             "", "Updated 10:32 a.m. KST",  # no day
             "KWS-21:37-31-13-18", "KWS-25:37-09-12-18", "KWS-21:37-09-12-2018",  # no date / no clock
             "July 5 10:32 GMT", "Dec 5, 2024 13:32 PM", "Dec 5, 2024 10:32 XYZ",
             "The vote on December 5, 2024 at 10:32 GMT was close.", "12:30 The talks resumed on June 3, 2024"]
)
def test_transmission_other_lines_are_not_stamps(line: str) -> None:
    assert match_stamp(line) is None


@pytest.mark.parametrize(
    ("line", "readings"),
    [
        ("KWS-21:37-09-12-18", (dt.date(2018, 12, 9), dt.date(2018, 9, 12))),
        ("12/05/2024 10:32 AM", (dt.date(2024, 5, 12), dt.date(2024, 12, 5))),
    ],
)
def test_transmission_date_in_either_order_is_no_day_until_the_dateline_settles_it(line, readings) -> None:
    stamp = match_stamp(line)
    assert stamp is not None and stamp.day is None and stamp.readings == readings
    # The dateline's month and day pick the reading; a dateline of neither day, or none, leaves it unread.
    for chosen in readings:
        assert settle(stamp, chosen.month, chosen.day).day == chosen
    assert settle(stamp, 1, 1).day is None
    assert settle(stamp, None, None).day is None


def test_transmission_date_that_reads_one_way_is_a_day() -> None:
    stamp = match_stamp("KWS-21:37-29-12-18")  # 29 is no month
    assert stamp is not None
    assert (stamp.day, stamp.clock, stamp.readings) == (dt.date(2018, 12, 29), dt.time(21, 37), ())


def test_transmission_date_parted_by_stops_reads_day_first() -> None:
    """Stops part a date day first wherever they are printed ("05.12.2024"): no house prints a month first so."""
    stamp = match_stamp("05.12.2024 10:32")
    assert stamp is not None
    assert (stamp.day, stamp.clock, stamp.readings) == (dt.date(2024, 12, 5), dt.time(10, 32), ())


@pytest.mark.parametrize(
    ("line", "zone", "dateline_date", "utc", "local"),
    [
        # a full stamp in GMT, stated at a Honolulu dateline: still the 29th there
        ("AP-WF-06-29-17 2350GMT", "Pacific/Honolulu", None, dt.datetime(2017, 6, 29, 23, 50), dt.datetime(2017, 6, 29,
                                                                                                           13, 50)),
        # Seoul time printed, Brussels dateline
        ("2024/07/05 17:03 KST", "Europe/Brussels", None, dt.datetime(2024, 7, 5, 8, 3), dt.datetime(2024, 7, 5, 10,
                                                                                                     3)),
        # a clock time alone takes the dateline's day, in the dateline's zone
        ("2330 GMT", "Asia/Seoul", dt.date(2024, 7, 5), dt.datetime(2024, 7, 4, 23, 30), dt.datetime(2024, 7, 5, 8,
                                                                                                     30)),
        ("0130 GMT", "America/Los_Angeles", dt.date(2024, 7, 5), dt.datetime(2024, 7, 6, 1, 30), dt.datetime(2024, 7,
                                                                                                             5, 18,
                                                                                                             30)),
        # no zone printed: the dateline's local time
        ("051200 Mär 24", "Europe/Berlin", None, dt.datetime(2024, 3, 5, 11, 0), dt.datetime(2024, 3, 5, 12, 0)),
    ],
)
def test_transmission_stated_in_utc_and_local_time(line, zone, dateline_date, utc, local) -> None:
    sent = from_stamp(match_stamp(line), zone=zone, dateline_date=dateline_date)
    assert sent is not None
    assert sent.utc == utc.replace(tzinfo=UTC)
    assert sent.local == local
    assert (sent.timezone, sent.source) == (zone, "copy")


def test_transmission_without_zone_or_day_cannot_be_pinned() -> None:
    assert from_stamp(match_stamp("051200 Mär 24"), zone=None, dateline_date=None) is None
    assert from_stamp(match_clock("1234 GMT"), zone="Asia/Seoul", dateline_date=None) is None


def test_transmission_unknown_zone_keeps_utc_only() -> None:
    sent = from_stamp(match_stamp("AP-WF-06-29-17 2350GMT"), zone=None, dateline_date=None)
    assert sent is not None and sent.local is None and sent.timezone is None
    assert local_date(sent) == dt.date(2017, 6, 29)


def test_transmission_metadata_naive_is_utc_and_local_day_can_differ() -> None:
    sent = from_metadata(dt.datetime(2016, 10, 10, 23, 13), zone="Europe/London")
    assert sent.utc == dt.datetime(2016, 10, 10, 23, 13, tzinfo=UTC)
    assert sent.local == dt.datetime(2016, 10, 11, 0, 13)
    assert local_date(sent) == dt.date(2016, 10, 11)


@pytest.mark.parametrize(("line", "day"), [
    ("December 5, 2024", dt.date(2024, 12, 5)),
    ("Published: Thursday, December 5, 2024", dt.date(2024, 12, 5)),
    ("Date - 2024-12-05", dt.date(2024, 12, 5)),
    ("5 Dec 2024", dt.date(2024, 12, 5)),
    ("Friday, December 5, 2024", None),  # the wrong weekday: a misprint
    ("December 5", None),  # no year
    ("05.12.2024", dt.date(2024, 12, 5)),  # stops part a date day first
    ("05/12/2024", None),  # reads two ways
    ("5 Dec 24", None),  # a two-digit year
    ("Dec 5, 2024 10:32 KST", None),  # a moment: match_stamp's
    ("Retrieved December 5, 2024", None),
    ("On December 5, 2024 the council met.", None),
])
def test_transmission_match_day_reads_a_date_line(line: str, day: dt.date | None) -> None:
    assert match_day(line) == day


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=50), st.sampled_from([None, "Asia/Seoul", "America/New_York", "Not/AZone"]),
       st.one_of(st.none(), st.dates()))
def test_transmission_never_raises(text: str, zone: str | None, day: dt.date | None) -> None:
    assert match_day(text) is None or isinstance(match_day(text), dt.date)
    stamp = match_stamp(text)
    if stamp is not None:
        assert isinstance(stamp, Stamp)
        sent = from_stamp(stamp, zone=zone, dateline_date=day)
        assert sent is None or sent.utc.tzinfo is not None


@pytest.mark.parametrize("day", [dt.date.min, dt.date.max])
def test_transmission_calendar_edges_give_none_not_errors(day: dt.date) -> None:
    edge = Stamp("edge", day, dt.time(23, 59), 14)
    clock = Stamp("2330 GMT", None, dt.time(23, 30), 0)
    for sent in (from_stamp(edge, zone="Pacific/Kiritimati", dateline_date=None),
                 from_stamp(clock, zone="Pacific/Kiritimati", dateline_date=day)):
        assert sent is None or (sent.utc.tzinfo is UTC and sent.local is not None)


_DATE_FORMS = ("{d:%B} {d.day}, {d.year}", "{d:%b} {d.day:02d}, {d.year}", "{d.day} {d:%B} {d.year}",
               "{d:%A}, {d:%B} {d.day}, {d.year}", "{d:%Y-%m-%d}")
_LABELS = ("", "Posted: ", "Updated ", "Last updated on ", "Published - ", "Date: ")
_JOINS = (" ", ", ", " / ", " | ", " at ")


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
       st.times().map(lambda t: t.replace(second=0, microsecond=0)),
       st.sampled_from(_DATE_FORMS), st.sampled_from(_LABELS), st.sampled_from(_JOINS),
       st.booleans(), st.sampled_from(["", " GMT", " KST", " EST", " +05:30", "-0300"]))
def test_transmission_generated_time_lines_read_back(day: dt.date, clock: dt.time, form: str, label: str,
                                                       join: str, twelve_hour: bool, zone: str) -> None:
    if twelve_hour:
        printed = f"{(clock.hour % 12) or 12}:{clock.minute:02d} {'PM' if clock.hour >= 12 else 'AM'}"
    else:
        printed = f"{clock:%H:%M}"
    line = f"{label}{form.format(d=day)}{join}{printed}{zone}"
    stamp = match_stamp(line)
    assert stamp is not None, line
    offsets = {"": None, " GMT": 0, " KST": 9, " EST": -5, " +05:30": 5.5, "-0300": -3}
    assert (stamp.day, stamp.clock, stamp.offset_hours) == (day, clock, offsets[zone]), line


@pytest.mark.parametrize(("line", "day", "clock"), [
    ("lunes, 18 de diciembre de 2023 · 16:06", dt.date(2023, 12, 18), dt.time(16, 6)),  # a middle dot parts the clock
    ("June 5, 2024 • 10:32 AM", dt.date(2024, 6, 5), dt.time(10, 32)),
])
def test_transmission_a_dot_between_the_date_and_the_clock(line: str, day: dt.date, clock: dt.time) -> None:
    stamp = match_stamp(line)
    assert stamp is not None and (stamp.day, stamp.clock) == (day, clock)


def test_transmission_a_release_date_label() -> None:
    assert match_day("Release Date: January 26, 2001") == dt.date(2001, 1, 26)


@pytest.mark.parametrize(("line", "day", "rest"), [
    ("Thursday, 21 October 2010 09:32 Sai Lek", dt.date(2010, 10, 21), "09:32 Sai Lek"),
    ("Jan. 11, 2017 3:15 P.M. (Updated: Jan. 12, 2017 9:02 A.M.)", dt.date(2017, 1, 11),
     "3:15 P.M. (Updated: Jan. 12, 2017 9:02 A.M.)"),
    ("Tuesday 9 April 2024 The Department of Health", dt.date(2024, 4, 9), "The Department of Health"),
    ("Monday 19th June 2023 The department will", dt.date(2023, 6, 19), "The department will"),
    ("(Last Updated On: June 4, 2017)", dt.date(2017, 6, 4), ""),
    ("Monday, May 6, 2013 - 10:15 AM", dt.date(2013, 5, 6), "10:15 AM"),
])
def test_transmission_a_line_opening_with_a_full_date(line: str, day: dt.date, rest: str) -> None:
    assert moved.match_opening_day(line) == (day, rest)


@pytest.mark.parametrize("line", [
    "On 12 March 2021, the council met",   # a date inside a sentence
    "March 2021 was the wettest month",    # no day
    "Friday, 9 April 2024 The Department",  # 9 April 2024 was a Tuesday: a misprint, no evidence
    "Ma'an News Agency, Feb. 2, 2017",     # the date does not open the line
    "Jul 5 The council met",               # no year
])
def test_transmission_no_opening_day(line: str) -> None:
    assert moved.match_opening_day(line) is None


@given(st.text(max_size=200))
def test_transmission_match_opening_day_never_raises(text: str) -> None:
    found = moved.match_opening_day(text)
    assert found is None or (isinstance(found[0], dt.date) and isinstance(found[1], str))
