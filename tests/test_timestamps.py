import datetime as dt

import pytest

from wirecopy.transforms.formats.timestamps import local_date, parse_timestamp, to_utc

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014-07-16T15:53:10.000Z", dt.datetime(2014, 7, 16, 15, 53, 10, tzinfo=UTC)),
        ("2025-03-12T10:38:00+08:00", dt.datetime(2025, 3, 12, 10, 38, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
        ("20161011T001327+0100", dt.datetime(2016, 10, 11, 0, 13, 27, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
        ("20240710T130037Z", dt.datetime(2024, 7, 10, 13, 0, 37, tzinfo=UTC)),
        ("2019-04-15T13:49:15", dt.datetime(2019, 4, 15, 13, 49, 15, tzinfo=UTC)),  # no offset: UTC
        ("2024-02-29", dt.datetime(2024, 2, 29, tzinfo=UTC)),
        ("2024-02-30T00:00:00Z", None),
        ("0000-01-01T00:00:00Z", None),
        ("2024-01-01T00:00:00+25:00", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_timestamps_parse(text: str | None, expected: dt.datetime | None) -> None:
    assert parse_timestamp(text) == expected


def test_timestamps_local_date_is_where_it_was_printed() -> None:
    moment = parse_timestamp("20161011T001327+0100")
    assert local_date(None, moment) == dt.date(2016, 10, 11)
    assert to_utc(moment).date() == dt.date(2016, 10, 10)
