"""File times as witnesses of when a story moved (wirecopy.transforms.dating)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms import dating
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


def _article(lead: str):
    text = f"Harbour reopens\n\n{lead} The harbour reopened on the day after the storm, officials said.\n"
    (article,) = parse_file(text.encode(), reference_date=None).articles
    return article


def test_dating_year_less_dateline_takes_an_agreeing_file_time() -> None:
    article = dating.with_file_time(_article("VALLETTA, March 3 (Reuters) -"), dt.date(1987, 3, 4), trusted=True)
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(1987, 3, 3), "dateline+file-time")


def test_dating_a_file_time_that_contradicts_the_dateline_dates_nothing() -> None:
    # Copied this December: a March dateline cannot have moved now.
    article = dating.with_file_time(_article("VALLETTA, March 3 (Reuters) -"), dt.date(2026, 12, 6), trusted=True)
    assert (article.dateline.date, article.dateline.date_source) == (None, "undecided")


def test_dating_bulk_copied_file_times_date_nothing() -> None:
    article = dating.with_file_time(_article("VALLETTA, Dec. 5 (Reuters) -"), dt.date(2026, 12, 6), trusted=False)
    assert (article.dateline.date, article.dateline.date_source) == (None, "undecided")
    undated = dating.with_file_time(_article("VALLETTA (Reuters) -"), dt.date(2026, 12, 6), trusted=False)
    assert (undated.dateline.date, undated.dateline.date_source) == (None, "undecided")


def test_dating_undated_dateline_takes_a_trusted_file_day() -> None:
    article = dating.with_file_time(_article("VALLETTA (Reuters) -"), dt.date(2026, 12, 6), trusted=True)
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(2026, 12, 6), "file-time")


def test_dating_a_printed_year_is_kept_whatever_the_file_time() -> None:
    article = dating.with_file_time(_article("VALLETTA, March 3, 1987 (Reuters) -"), dt.date(2026, 12, 6),
                                    trusted=False)
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(1987, 3, 3), "dateline")


def test_dating_reference_source_is_named() -> None:
    text = b"Harbour reopens\n\nVALLETTA, March 3 (Reuters) - The harbour reopened, officials said.\n"
    (article,) = parse_file(text, reference_date=dt.date(1987, 3, 5), reference_source="received").articles
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(1987, 3, 3), "dateline+received")
