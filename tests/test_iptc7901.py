"""IPTC 7901 streams: header fields, dpa's head and notes, several messages, broken framing.

Every message here is written by us in the layout of the Recommendation and
of dpa's English service.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS, mutated
from wirecopy.transforms.errors import WireError, WireFormatError
from wirecopy.transforms.formats.iptc7901 import parse_iptc7901, reframed, transmission_time
from wirecopy.transforms.text.decode import decode

DPA = (
    "\x01dpa0100 3 s 120 ccccb   dpa 0100\r\n\r\n"
    "Football-Germany/Hamburg/\r\n"
    "\x022ND LEAD\r\n"
    "Hamburg coach sacked after five straight defeats =\r\n"
    "By Jonas Keller, dpa =\r\n\r\n"
    "Hamburg (dpa) - Hamburger SV sacked their coach on Sunday after a\r\n"
    "fifth straight league defeat, the club said.\r\n\r\n"
    "The club said an interim coach would take charge.\r\n\r\n"
    "# Notebook\r\n\r\n"
    "## Note to editors\r\n"
    "- adds club statement\r\n\r\n"
    "dpa jk xy\r\n"
    "\x03121930 GMT Nov 23\r\n\x7f\x04"
)


def test_iptc7901_header_head_and_notes() -> None:
    (story,) = parse_iptc7901(DPA)
    assert story.source_format == "iptc7901"
    assert (story.source_id, story.priority, story.category) == ("dpa0100", 3, "s")
    assert story.slug == "Football-Germany/Hamburg"
    assert story.version == "2ND LEAD"
    assert story.headline == "Hamburg coach sacked after five straight defeats"
    assert story.agency == "dpa"
    assert story.text.startswith("By Jonas Keller, dpa\n\nHamburg (dpa) - Hamburger SV")
    assert "Notebook" not in story.text and "adds club statement" not in story.text
    assert story.text.endswith("dpa jk xy")  # the sign-off stays for the byline reader
    assert story.ednote == "## Note to editors\n- adds club statement"
    assert story.version_created == dt.datetime(2023, 11, 12, 19, 30, tzinfo=dt.timezone.utc)
    assert story.metadata_date == dt.date(2023, 11, 12)


def test_iptc7901_several_messages_keep_their_positions() -> None:
    empty = "\x01abc0002 5 a 0\r\n\x02\r\n\x03\x04"
    third = "\x01abc0003 1 i 12\r\n\x02FLASH\r\nQuake hits capital =\r\n\r\nBody of the flash.\r\n\x03\x04"
    stories = parse_iptc7901(DPA + empty + third)
    assert [s.index for s in stories] == [0, 2]
    assert (stories[1].version, stories[1].headline, stories[1].priority) == ("FLASH", "Quake hits capital", 1)


def test_iptc7901_stacked_marker_lines_over_the_headline() -> None:
    text = "\x01x1 4 a 20\n\x02REFILE\n1ST LEAD\nPort strike ends =\n\nHAMBURG (dpa) - Dockers returned.\n\x03"
    (story,) = parse_iptc7901(text)
    assert (story.version, story.headline) == ("REFILE", "Port strike ends")
    assert story.text.startswith("1ST LEAD\n")  # read as a marker by the normaliser


@pytest.mark.parametrize(
    ("text", "headline", "body_start"),
    [
        # No headline: the text opens with the dateline.
        ("\x01x1 4 a 20\n\x02BERLIN, Jan 3 (dpa) - Text runs on\nover lines.\n\x03", None, "BERLIN, Jan 3"),
        # Cut short: no ETX, no EOT; the text runs to the end.
        ("\x01x1 4 a 20\n\x02Short head\n\nText that was cut", "Short head", "Text that was cut"),
        # Teleprinter form: ZCZC ... NNNN, no STX.
        ("ZCZC x1 4 a 20\nText line one.\nNNNN\n", None, "Text line one."),
        # ...indented, as a mail gateway leaves it.
        ("   ZCZC x1 4 a 20\nText line one.\n  NNNN\n", None, "Text line one."),
    ],
)
def test_iptc7901_lenient_framing(text: str, headline: str | None, body_start: str) -> None:
    (story,) = parse_iptc7901(text)
    assert story.headline == headline
    assert story.text.startswith(body_start)


@pytest.mark.parametrize(
    ("start", "agency"),
    [
        ("ZCZC AAP", "AAP"),       # a release service's start line names its sender alone
        ("ZCZC dpa 12", "dpa"),
        ("ZCZC XQZ", None),        # a channel code is no agency
        ("ZCZC Harbour Board Notice Today", None),  # nor is a line of words
    ],
)
def test_iptc7901_sender_named_on_the_start_line(start: str, agency: str | None) -> None:
    (story,) = parse_iptc7901(f"{start}\nThe harbour board met on Tuesday and agreed the new fees.\nNNNN\n")
    assert story.agency == agency


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("no framing at all", "no_story"),
        ("\x01x1 4 a 20\n\x02\n\n\x03\x04", "no_body"),
        ("\x01x1 4 a 20\n\x02Only a headline =\n\x03\x04", "no_body"),
    ],
)
def test_iptc7901_rejects_with_reason(text: str, reason: str) -> None:
    with pytest.raises(WireFormatError) as info:
        parse_iptc7901(text)
    assert info.value.reason == reason


@pytest.mark.parametrize(
    ("trailer", "expected"),
    [
        ("071341 GMT Okt 15", dt.datetime(2015, 10, 7, 13, 41, tzinfo=dt.timezone.utc)),
        ("\r\n212101 GMT Nov 18\r\n", dt.datetime(2018, 11, 21, 21, 1, tzinfo=dt.timezone.utc)),
        ("010000 GMT Dez 1999", dt.datetime(1999, 12, 1, 0, 0, tzinfo=dt.timezone.utc)),
        ("311200 GMT Feb 24", None),  # no 31 February
        ("no date here", None),
    ],
)
def test_iptc7901_transmission_time(trailer: str, expected: dt.datetime | None) -> None:
    assert transmission_time(trailer) == expected


def test_iptc7901_seed_two_messages_in_latin1() -> None:
    decoded = decode((SEEDS / "iptc7901-dpa-rail-strike.txt").read_bytes())
    assert decoded.encoding == "iso8859-1"  # declared by ESC - A in the header
    first, second = parse_iptc7901(decoded.text)
    assert "Düsseldorf" in first.text
    assert (second.version, second.priority) == ("URGENT", 1)


@given(st.text(max_size=500))
def test_iptc7901_never_raises_but_typed_errors_on_any_text(text: str) -> None:
    try:
        parse_iptc7901("\x01" + text)
    except WireError:
        pass


@given(mutated((SEEDS / "iptc7901-dpa-rail-strike.txt").read_bytes()))
def test_iptc7901_never_raises_but_typed_errors_on_mutated_seed(data: bytes) -> None:
    try:
        parse_iptc7901(decode(data).text)
    except WireError:
        pass


# A message of ours in dpa's layout, saved without its control characters.
BARE = """xyz0000 4 pl 120  dpa-spe 0000

Segeln/Regatta/Kiel/
Regatta in Kiel verschoben =

Kiel (dpa) - Wegen Sturmböen ist die Regatta auf Sonntag verschoben worden.

dpa xy zz

141530 Jun 24
"""


def test_a_message_without_its_control_characters_is_framed_again() -> None:
    (story,) = parse_iptc7901(BARE)
    assert story.slug == "Segeln/Regatta/Kiel"
    assert story.headline == "Regatta in Kiel verschoben"
    assert story.text.startswith("Kiel (dpa) - Wegen Sturmböen")
    assert story.version_created == dt.datetime(2024, 6, 14, 15, 30, tzinfo=dt.timezone.utc)
    assert story.agency == "dpa"  # "dpa-spe": dpa's name before its service


@pytest.mark.parametrize(
    "text",
    [
        "Page 2 of 10\nThe council met.\nIt voted.\n",  # a header-like first line, but no date-time group last
        "The council met on Friday.\nIt voted.\n141530 Jun 24\n",  # a date-time group last, but no header
        "xyz0000 4 pl 120  dpa\n141530 Jun 24\n",  # nothing between them
    ],
)
def test_only_header_and_date_time_group_together_make_a_bare_message(text: str) -> None:
    assert reframed(text) is None


@given(st.text(max_size=300))
def test_reframed_never_raises(text: str) -> None:
    framed = reframed(text)
    assert framed is None or framed.startswith("\x01")
