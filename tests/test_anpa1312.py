"""ANPA-1312 streams: service and selector lines, the ^ header block, the AP trailer.

Every message here is written by us in the AP layout of the standard.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS, mutated
from wirecopy.transforms.errors import WireError, WireFormatError
from wirecopy.transforms.formats.anpa1312 import parse_anpa1312
from wirecopy.transforms.normalise import normalise
from wirecopy.transforms.text.decode import decode

FEATURE = (
    "\x16\x16\x01w0815\x1fasian\n"
    "f l\x13\x11 BC-LT--Tokyo-Sushi      03-02 0420\n"
    "\x02^BC-LT--Tokyo-Sushi Robots,420<\n"
    "^In Tokyo, robots roll the sushi <\n"
    "^AP Photo TOK101, TOK102<\n"
    "^Eds: With AP Photos.<\n"
    "^By KENJI SATO=\n"
    "^Associated Press=\n"
    "\t   TOKYO (AP) _ At a small restaurant near Shibuya station, the chef is a machine.\n"
    " \n"
    "\t   Customers did not seem to mind.\n"
    " \n"
    "\t   \x03AP-WF-03-02-22 0412GMT<\n\n\x0c\n\x04"
)


def test_anpa1312_fields_of_a_feature() -> None:
    (story,) = parse_anpa1312(FEATURE)
    assert story.source_format == "anpa1312"
    assert (story.source_id, story.priority, story.category) == ("w0815", 1, "l")
    assert (story.slug, story.version) == ("Tokyo-Sushi Robots", None)
    assert story.headline == "In Tokyo, robots roll the sushi"
    assert story.ednote == "AP Photo TOK101, TOK102\nEds: With AP Photos."
    assert story.agency == "AP"
    assert story.text.startswith("By KENJI SATO\nAssociated Press\n\n\t   TOKYO (AP) _ At a small")
    assert "AP-WF" not in story.text
    assert story.version_created == dt.datetime(2022, 3, 2, 4, 12, tzinfo=dt.timezone.utc)


def test_anpa1312_another_houses_trailer_dates_the_story_by_its_dateline_day() -> None:
    # A Japanese service's trailer: desk, clock, then day and month in an order the line does not say.
    text = (
        "\x16\x16\x01a0105KYDkoko-\n"
        "u s BC-Judo-Final   09-12 0120\n"
        "\x02BC-Judo-Final\n"
        "Judo: Hometown veteran takes the open title\n"
        "     OSAKA, Japan, Dec. 9 Kyodo - A 34-year-old local judoka won the open division on Sunday.\n"
        "     The crowd stood for the final throw.\n"
        "==Kyodo\n"
        "\x03KWS-21:37-09-12-18\n\x04"
    )
    (story,) = parse_anpa1312(text)
    assert story.text.endswith("==Kyodo\nKWS-21:37-09-12-18")
    article = normalise(story, reference_date=dt.date(2026, 12, 7))
    assert "KWS" not in article.body
    assert (article.dateline.date, article.dateline.date_source) == (dt.date(2018, 12, 9), "dateline+transmission")
    assert article.transmission is not None and article.transmission.utc == dt.datetime(
        2018, 12, 9, 12, 37, tzinfo=dt.timezone.utc)  # 21:37 in Osaka


def test_anpa1312_trailer_of_the_last_century() -> None:
    (story,) = parse_anpa1312(FEATURE.replace("AP-WF-03-02-22", "AP-WF-03-02-99"))
    assert story.version_created == dt.datetime(1999, 3, 2, 4, 12, tzinfo=dt.timezone.utc)


def test_anpa1312_writethru_version_and_alert_without_headline() -> None:
    stories = parse_anpa1312(decode((SEEDS / "anpa1312-ap-utah-wildfire.anpa").read_bytes()).text)
    assert [(s.index, s.version, s.slug, s.priority) for s in stories] == [
        (0, "1st Ld-Writethru", "Wildfire-Utah", 3), (1, None, "APNewsAlert", 2)]
    assert stories[1].headline is None
    assert stories[1].text.lstrip().startswith("SALT LAKE CITY (AP) _")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("plain text", "no_story"),
        ("\x16\x16\x01a0001\x1fx\nr a\x13\x11 BC-X 01-01 0000\n\x02^BC-US--Empty,0<\n\x03\x04", "no_body"),
    ],
)
def test_anpa1312_rejects_with_reason(text: str, reason: str) -> None:
    with pytest.raises(WireFormatError) as info:
        parse_anpa1312(text)
    assert info.value.reason == reason


def test_anpa1312_truncated_stream_keeps_its_text() -> None:
    (story,) = parse_anpa1312(FEATURE[: FEATURE.index("Customers")])
    assert story.headline == "In Tokyo, robots roll the sushi"
    assert story.version_created is None
    assert "the chef is a machine" in story.text


@given(st.text(max_size=500))
def test_anpa1312_never_raises_but_typed_errors_on_any_text(text: str) -> None:
    try:
        parse_anpa1312("\x16\x16\x01a0001\x1f" + text)
    except WireError:
        pass


@given(mutated((SEEDS / "anpa1312-ap-utah-wildfire.anpa").read_bytes()))
def test_anpa1312_never_raises_but_typed_errors_on_mutated_seed(data: bytes) -> None:
    try:
        parse_anpa1312(decode(data).text)
    except WireError:
        pass
