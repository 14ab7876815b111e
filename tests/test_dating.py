"""File times as witnesses of when a story moved (wirecopy.transforms.dating)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms import dating
from wirecopy.transforms.leads.dateline import parse_dateline
from wirecopy.transforms.leads.transmission import Transmission
from wirecopy.transforms.pipeline import parse_file

UTC = dt.timezone.utc


def _at(seconds: float) -> dt.datetime:
    return dt.datetime(2026, 12, 6, 12, 0, tzinfo=UTC) + dt.timedelta(seconds=seconds)


def test_dating_bulk_copied_marks_a_burst_not_a_steady_feed() -> None:
    feed = [_at(60 * i) for i in range(10)]  # one file a minute
    burst = [_at(10_000 + 0.01 * i) for i in range(6)]  # cp -r: six in a tenth of a second
    flags = dating.bulk_copied(feed + burst)
    assert flags == [False] * 10 + [True] * 6


def test_dating_bulk_copied_needs_the_minimum_count() -> None:
    assert dating.bulk_copied([_at(0.1 * i) for i in range(dating.BULK_MIN_FILES - 1)]) == [False] * 4
    assert dating.bulk_copied([]) == []


@given(st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), max_size=60))
def test_dating_bulk_copied_flags_exactly_the_dense_files(offsets: list[float]) -> None:
    times = [_at(o) for o in offsets]
    flags = dating.bulk_copied(times)
    for t, flag in zip(times, flags):
        # a file is flagged iff some window of BULK_WINDOW_SECONDS holding it holds BULK_MIN_FILES
        dense = any(
            sum(1 for u in times if s <= u.timestamp() <= s + dating.BULK_WINDOW_SECONDS) >= dating.BULK_MIN_FILES
            for s in (u.timestamp() for u in times)
            if s <= t.timestamp() <= s + dating.BULK_WINDOW_SECONDS
        )
        assert flag == dense


def _noon(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, 12, 0, tzinfo=UTC)


def _article(lead: str):
    text = f"Harbour reopens\n\n{lead} The harbour reopened on the day after the storm, officials said.\n"
    (article,) = parse_file(text.encode(), reference_date=None).articles
    return article


def test_dating_year_less_dateline_takes_an_agreeing_file_time() -> None:
    article = dating.with_file_time(_article("VALLETTA, March 3 (Reuters) -"), _noon(1987, 3, 4), trusted=True)
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(1987, 3, 3), "dateline+file-time")


def test_dating_a_file_time_that_contradicts_the_dateline_dates_nothing() -> None:
    # Copied this December: a March dateline cannot have moved now.
    article = dating.with_file_time(_article("VALLETTA, March 3 (Reuters) -"), _noon(2026, 12, 6), trusted=True)
    assert (article.dateline.date, article.dateline.date_source) == (None, "undecided")


def test_dating_bulk_copied_file_times_date_nothing() -> None:
    article = dating.with_file_time(_article("VALLETTA, Dec. 5 (Reuters) -"), _noon(2026, 12, 6), trusted=False)
    assert (article.dateline.date, article.dateline.date_source) == (None, "undecided")
    undated = dating.with_file_time(_article("VALLETTA (Reuters) -"), _noon(2026, 12, 6), trusted=False)
    assert (undated.dateline.date, undated.dateline.date_source) == (None, "undecided")


def test_dating_undated_dateline_takes_a_trusted_file_day() -> None:
    article = dating.with_file_time(_article("VALLETTA (Reuters) -"), _noon(2026, 12, 6), trusted=True)
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(2026, 12, 6), "file-time")


@pytest.mark.parametrize(("lead", "utc", "day"), [
    # Filed at 08:00 in Seoul on the 5th: 23:00 UTC on the 4th.
    ("SEOUL (Yonhap) --", dt.datetime(2024, 7, 4, 23, 0, tzinfo=UTC), dt.date(2024, 7, 5)),
    # Filed at 19:00 in Honolulu on the 4th: 05:00 UTC on the 5th.
    ("HONOLULU (AP) _", dt.datetime(2024, 7, 5, 5, 0, tzinfo=UTC), dt.date(2024, 7, 4)),
    # A place with no known zone keeps the UTC day.
    ("ZORBLAND (Reuters) -", dt.datetime(2024, 7, 4, 23, 0, tzinfo=UTC), dt.date(2024, 7, 4)),
])
def test_dating_file_day_is_the_day_at_the_dateline(lead: str, utc: dt.datetime, day: dt.date) -> None:
    article = dating.with_file_time(_article(lead), utc, trusted=True)
    assert (article.dateline.date, article.dateline.date_source) == (day, "file-time")


def test_dating_year_less_dateline_agrees_with_the_local_day() -> None:
    # July 5 in Seoul, sent late on July 4 UTC: dated, and in the year of the file.
    article = dating.with_file_time(_article("SEOUL, July 5 (Yonhap) --"),
                                    dt.datetime(2024, 7, 4, 23, 0, tzinfo=UTC), trusted=True)
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(2024, 7, 5), "dateline+file-time")


def test_dating_a_printed_year_is_kept_whatever_the_file_time() -> None:
    article = dating.with_file_time(_article("VALLETTA, March 3, 1987 (Reuters) -"), _noon(2026, 12, 6),
                                    trusted=False)
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(1987, 3, 3), "dateline")


def test_dating_reference_source_is_named() -> None:
    text = b"Harbour reopens\n\nVALLETTA, March 3 (Reuters) - The harbour reopened, officials said.\n"
    (article,) = parse_file(text, reference=dating.reference(received=dt.date(1987, 3, 5))).articles
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(1987, 3, 3), "dateline+received")
    assert article.reference == dating.Reference(dt.date(1987, 3, 5), "manifest")


DAY = dt.date(2024, 7, 5)
MOMENT = _noon(2024, 7, 5)


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        ({"given": DAY, "received": dt.date(2024, 7, 1), "file_time": _noon(2024, 7, 2)},
         dating.Reference(DAY, "cli")),
        ({"received": DAY, "file_time": _noon(2024, 7, 2)}, dating.Reference(DAY, "manifest")),
        ({"file_time": MOMENT}, dating.Reference(DAY, "mtime", MOMENT, True)),
        ({"file_time": MOMENT, "transmission_like": False}, dating.Reference(DAY, "mtime", MOMENT, False)),
        # A naive time is UTC; the reference date is the UTC day.
        ({"file_time": dt.datetime(2024, 7, 5, 23, 30)},
         dating.Reference(DAY, "mtime", dt.datetime(2024, 7, 5, 23, 30, tzinfo=UTC), True)),
        ({}, dating.Reference(None, None)),
    ],
)
def test_dating_reference_follows_the_spec_order(inputs: dict, expected: dating.Reference) -> None:
    found = dating.reference(**inputs)
    assert found == expected
    # A story's own metadata date comes first; a file time stays its last resort.
    story = found.of_story(dt.date(2019, 1, 2))
    assert (story.date, story.source, story.file_time) == (dt.date(2019, 1, 2), "metadata", expected.file_time)
    assert found.of_story(None) is found


def test_dating_reference_file_time_resolves_nothing_while_parsing() -> None:
    assert dating.reference(file_time=MOMENT).resolves is None
    assert (dating.reference(given=DAY).resolves, dating.reference(given=DAY).label) == (DAY, "reference")
    assert dating.reference(received=DAY).label == "received"
    assert dating.reference(given=DAY).of_story(DAY).label == "metadata"


def test_dating_reference_rides_on_each_article_of_a_file() -> None:
    text = b"Harbour reopens\n\nVALLETTA (Reuters) - The harbour reopened on the day after the storm, officials said.\n"
    (article,) = parse_file(text, reference=dating.reference(file_time=MOMENT, transmission_like=True)).articles
    assert article.reference == dating.Reference(DAY, "mtime", MOMENT, True)
    assert (article.dateline.date, article.dateline.date_source) == (DAY, "file-time")
    assert dating.dated_by_file_time(article)
    (bulk,) = parse_file(text, reference=dating.reference(file_time=MOMENT, transmission_like=False)).articles
    assert (bulk.dateline.date, bulk.dateline.date_source) == (None, "undecided")
    assert not dating.dated_by_file_time(bulk)


_UNDATELINED = b"Harbour reopens\n\nThe harbour reopened on the day after the storm, port officials said.\n"


@pytest.mark.parametrize(("reference", "day", "source"), [
    (dating.reference(given=DAY), DAY, "reference"),
    (dating.reference(received=DAY), DAY, "received"),
    (dating.reference(file_time=MOMENT, transmission_like=True), MOMENT.date(), "file-time"),
    # Copied in bulk: the file's time says nothing of when the story moved.
    (dating.reference(file_time=MOMENT, transmission_like=False), None, None),
    (dating.NO_REFERENCE, None, None),
])
def test_dating_a_story_with_no_dateline_is_filed_on_its_reference_day(reference, day, source) -> None:
    (article,) = parse_file(_UNDATELINED, reference=reference).articles
    assert article.dateline is None
    assert (article.filed_date, article.filed_date_source) == (day, source)
    assert dating.dated_by_file_time(article) == (source == "file-time")


def test_dating_a_day_printed_over_an_undatelined_story_beats_its_reference() -> None:
    text = b"Thursday, June 7, 2018 - 11:40 AM\n\n" + _UNDATELINED.split(b"\n\n", 1)[1]
    (article,) = parse_file(text, reference=dating.reference(given=DAY)).articles
    assert (article.filed_date, article.filed_date_source) == (dt.date(2018, 6, 7), "published")


def _sent(utc: dt.datetime, local: dt.datetime | None) -> Transmission:
    return Transmission(raw="2024/07/06 01:30 KST", utc=utc, local=local, timezone="Asia/Seoul", source="copy")


def test_dating_by_transmission_dates_by_the_local_day_it_moved() -> None:
    ref = dt.date(2024, 7, 5)
    sent = _sent(dt.datetime(2024, 7, 5, 16, 30, tzinfo=UTC), dt.datetime(2024, 7, 6, 1, 30))
    undated = parse_dateline("SEOUL (Yonhap) -- A", reference_date=ref)
    assert (undated.date, undated.date_source) == (ref, "reference")
    moved = dating.by_transmission(undated, sent, full=True)
    assert (moved.date, moved.date_source) == (dt.date(2024, 7, 6), "transmission")
    assert dating.by_transmission(undated, sent, full=False) is undated  # a clock time alone says nothing new
    yearless = parse_dateline("SEOUL, Dec. 31 (Yonhap) -- A", reference_date=ref)
    new_year = _sent(dt.datetime(2025, 1, 1, 3, 0, tzinfo=UTC), None)
    moved = dating.by_transmission(yearless, new_year, full=True)
    assert (moved.date, moved.date_source) == (dt.date(2024, 12, 31), "dateline+transmission")
    printed = parse_dateline("PARIS, 5 juillet 2019 (AFP) - Le", reference_date=ref)
    assert dating.by_transmission(printed, sent, full=True) is printed  # a printed year is kept


def _fresh(text: str):
    """The story parsed as a fresh copy gives it: nothing but the copy can date it."""
    fresh = dating.reference(file_time=dt.datetime(2026, 12, 7, tzinfo=UTC), transmission_like=False)
    (article,) = parse_file(f"Exports rise\n\n{text}\n".encode(), reference=fresh).articles
    return article


LEAD = "SEOUL, Dec. 5 (Yonhap) -- Exports rose 6 percent, data showed on Thursday."


@pytest.mark.parametrize(("over", "date", "source", "moved"), [
    ("Posted: Dec 05, 2024 / 10:32 AM KST", dt.date(2024, 12, 5), "dateline+transmission",
     dt.datetime(2024, 12, 5, 1, 32, tzinfo=UTC)),
    ("2024-12-05T10:32:00+09:00", dt.date(2024, 12, 5), "dateline+transmission",
     dt.datetime(2024, 12, 5, 1, 32, tzinfo=UTC)),
    ("Published: Thursday, December 5, 2024", dt.date(2024, 12, 5), "dateline+published", None),
    ("December 6, 2024", dt.date(2024, 12, 5), "dateline+published", None),  # filed late, published next day
    ("March 1, 2019", None, "undecided", None),  # a day far from the dateline's is no evidence of its year
])
def test_dating_a_time_line_over_the_story_dates_a_year_less_lead(over: str, date, source: str, moved) -> None:
    article = _fresh(f"{over}\n\n{LEAD}")
    assert (article.dateline.date, article.dateline.date_source) == (date, source)
    assert (article.transmission.utc if article.transmission else None) == moved
    assert over not in article.notes and article.body == "Exports rose 6 percent, data showed on Thursday."


def test_dating_a_published_day_dates_an_undated_lead() -> None:
    article = _fresh("December 5, 2024\n\nSEOUL (Yonhap) -- Exports rose 6 percent, data showed on Thursday.")
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(2024, 12, 5), "published")


def test_dating_a_given_reference_comes_before_a_published_day() -> None:
    # SPEC's order: --reference-date, then the story's own evidence.
    text = f"Exports rise\n\nDecember 5, 2023\n\n{LEAD}\n".encode()
    (article,) = parse_file(text, reference=dating.reference(given=dt.date(2024, 12, 6))).articles
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(2024, 12, 5), "dateline+reference")


def test_dating_by_published_day_keeps_what_is_decided() -> None:
    printed = parse_dateline("SEOUL, Dec. 5, 2022 (Yonhap) -- Exports rose.", reference_date=None, agency_hint=None)
    assert dating.by_published_day(printed, dt.date(2024, 12, 5)) is printed
    assert dating.by_published_day(None, dt.date(2024, 12, 5)) is None
    bare = parse_dateline(LEAD, reference_date=None, agency_hint=None)
    assert dating.by_published_day(bare, None) is bare


@pytest.mark.parametrize(("over", "day"), [
    ("August 26, 2005", dt.date(2005, 8, 26)),
    ("Tuesday, September 18, 2018", dt.date(2018, 9, 18)),
    ("Release Date: January 26, 2001", dt.date(2001, 1, 26)),
])
def test_dating_a_day_printed_over_an_undated_lead_beats_a_given_reference(over: str, day: dt.date) -> None:
    # SPEC's order ranks the sources of a year; a dateline printing no date has none to infer, and the
    # day printed over it is the story's own (a backfill run with --reference-date had dated it that day).
    for text in (f"Senate aides met\n\n{over}\nWASHINGTON - Senate aides met on Friday.\n",
                 f"{over}\n\nWASHINGTON - Senate aides met on Friday.\n"):
        (article,) = parse_file(text.encode(), reference=dating.reference(given=dt.date(2024, 6, 20))).articles
        assert (article.dateline.city, article.dateline.date, article.dateline.date_source) == (
            "Washington", day, "published")


def test_dating_a_day_printed_over_an_undated_lead_keeps_a_metadata_date() -> None:
    printed = parse_dateline("WASHINGTON - Senate aides met on Friday.", reference_date=dt.date(2024, 6, 20))
    assert dating.by_published_day(printed, dt.date(2005, 8, 26), over_reference=False) is printed
    assert dating.by_published_day(printed, dt.date(2005, 8, 26), over_reference=True).date == dt.date(2005, 8, 26)
    dated = parse_dateline("WASHINGTON, June 3 - Senate aides met.", reference_date=dt.date(2024, 6, 20))
    assert dating.by_published_day(dated, dt.date(2005, 8, 26), over_reference=True) is dated  # a year to infer


@pytest.mark.parametrize(("text", "day"), [
    # A lead with no place that opens with the day, run into the story.
    (b"Tuesday 9 April 2024 The Department of Health has begun a vaccination drive in three districts.\n",
     dt.date(2024, 4, 9)),
    # A page's date line with its update's stamp, and a bracketed one, over a story with no dateline.
    (b"Jan. 11, 2017 3:15 P.M. (Updated: Jan. 12, 2017 9:02 A.M.)\n\nThe council met on Wednesday to set a budget.\n",
     dt.date(2017, 1, 11)),
    (b"(Last Updated On: June 4, 2017)\n\nShopkeepers say power cuts have forced them to close early this week.\n",
     dt.date(2017, 6, 4)),
])
def test_dating_a_day_opening_a_story_with_no_dateline_dates_it(text: bytes, day: dt.date) -> None:
    (article,) = parse_file(text, reference=dating.reference(given=DAY)).articles
    assert (article.dateline, article.filed_date, article.filed_date_source) == (None, day, "published")


def test_dating_a_date_line_over_an_undated_lead_dates_it_and_credits_its_writer() -> None:
    text = (b"Thursday, 21 October 2010 09:32 Sai Lek\n\n"
            b"Chiang Mai (Mizzima) - Traders at a border market said the crossing had reopened.\n")
    (article,) = parse_file(text, reference=dating.reference(given=DAY)).articles
    assert (article.dateline.city, article.dateline.date, article.dateline.date_source) == (
        "Chiang Mai", dt.date(2010, 10, 21), "published")
    assert [p.name for p in article.byline.people] == ["Sai Lek"]
