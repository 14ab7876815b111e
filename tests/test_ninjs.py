"""ninjs 1.x and 2.x: one object, arrays, JSON Lines, wrong types, and JSON built to hurt.

The objects here are written by us following the ninjs 1.x and 2.x schemas.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS, mutated
from wirecopy.transforms.errors import UnsafeInputError, WireError, WireFormatError
from wirecopy.transforms.formats import fields
from wirecopy.transforms.formats.ninjs import nesting_depth, parse_ninjs
from wirecopy.transforms.text.decode import decode

V1 = {
    "uri": "urn:kyodo:2024:0001", "type": "text", "version": "3", "versioncreated": "2024-04-01T09:30:00+09:00",
    "firstcreated": "2024-04-01T08:00:00+09:00", "pubstatus": "usable", "urgency": 4,
    "headline": "Cherry blossoms open",
    "byline": "By HARUKI MORI", "located": "Tokyo", "slugline": "JAPAN-BLOSSOM",
    "ednote": "Moves on the domestic wire.",
    "language": "en", "subject": [{"code": "medtop:20000419", "name": "weather"}, {"name": "seasons"}],
    "body_html": "<p>TOKYO, April 1 (Kyodo) - Cherry trees in central Tokyo reached full bloom.</p><p>Crowds "
    "gathered.</p>",
}
V2 = {
    "uri": "urn:tt:2024:9", "type": "text", "version": "1", "versioncreated": "2024-04-01T10:00:00Z",
    "copyrightholder": "TT", "headlines": [{"role": "sub", "value": "Sub"}, {"role": "main", "value": "Main"}],
    "by": "Erik Lind", "subjects": [{"uri": "http://cv.iptc.org/newscodes/mediatopic/04000000"}],
    "bodies": [{"role": "main", "contenttype": "text/plain", "value": "STOCKHOLM (TT) - Text.\n\nMore text."}],
}


def test_ninjs_v1_fields() -> None:
    (story,) = parse_ninjs(json.dumps(V1))
    assert story.source_format == "ninjs"
    assert (story.source_id, story.version, story.priority, story.pubstatus) == ("urn:kyodo:2024:0001", "3", 4,
                                                                                 "usable")
    assert (story.headline, story.byline_text, story.located, story.slug) == (
        "Cherry blossoms open", "By HARUKI MORI", "Tokyo", "JAPAN-BLOSSOM")
    assert story.subjects == ("medtop:20000419", "seasons")
    assert story.first_created == dt.datetime(2024, 3, 31, 23, 0, tzinfo=dt.timezone.utc)
    assert story.metadata_date == dt.date(2024, 4, 1)  # Tokyo's date, not UTC's
    assert story.text == ("TOKYO, April 1 (Kyodo) - Cherry trees in central Tokyo reached full bloom.\n\n"
                          "Crowds gathered.")


def test_ninjs_v2_fields() -> None:
    (story,) = parse_ninjs(json.dumps(V2))
    assert (story.headline, story.agency, story.byline_text) == ("Main", "TT", "Erik Lind")
    assert story.subjects == ("http://cv.iptc.org/newscodes/mediatopic/04000000",)
    assert story.text == "STOCKHOLM (TT) - Text.\n\nMore text."


@pytest.mark.parametrize(
    "document",
    [
        json.dumps([V1, {"uri": "urn:pic", "type": "picture", "headline": "A photo"}, V2]),
        json.dumps(V1) + "\n" + json.dumps({"uri": "urn:pic", "type": "picture"}) + "\n" + json.dumps(V2) + "\n",
    ],
    ids=["array", "json-lines"],
)
def test_ninjs_several_items_pictures_passed_over(document: str) -> None:
    stories = parse_ninjs(document)
    assert [(s.index, s.source_id) for s in stories] == [(0, "urn:kyodo:2024:0001"), (2, "urn:tt:2024:9")]


@pytest.mark.parametrize("envelope", [
    lambda item: {"total": 1, "limit": 10, "offset": 0, "item": [item]},
    lambda item: {"data": {"items": [item], "next": None}},
    lambda item: {"apiVersion": "2", "data": {"current_item_count": 1, "items": [{"item": item}]}},
])
def test_ninjs_items_inside_an_api_envelope(envelope) -> None:
    (story,) = parse_ninjs(json.dumps(envelope(V2)))
    assert (story.source_id, story.headline) == ("urn:tt:2024:9", "Main")


def test_ninjs_envelopes_are_looked_into_only_so_deep() -> None:
    deep = V2
    for _ in range(4):
        deep = {"wrapper": deep}
    with pytest.raises(WireFormatError) as info:
        parse_ninjs(json.dumps(deep))
    assert info.value.reason == "unsupported_format"


def test_ninjs_item_types_other_than_media_are_text() -> None:
    (story,) = parse_ninjs(json.dumps({**V2, "type": "advisory"}))
    assert story.source_id == "urn:tt:2024:9"


def test_ninjs_authors_are_credits() -> None:
    authors = [{"name": "Erik Lind", "role": "writer"}, {"name": "Anna Berg", "role": "editor"}, {"name": 7},
               {"name": "Sven Holm"}]
    (story,) = parse_ninjs(json.dumps({**V2, "authors": authors}))
    assert story.credits == (("Erik Lind", "author"), ("Anna Berg", "editing"), ("Sven Holm", "author"))


@pytest.mark.parametrize(
    ("fields", "agency"),
    [
        ({"source": "Reuters", "copyrightholder": "Australian Associated Press"}, "Reuters"),  # AAP distributing
        ({"source": "The Associated Press"}, "AP"),
        ({"source": 7, "copyrightholder": "TT"}, "TT"),
    ],
)
def test_ninjs_source_names_the_agency_before_the_copyright_holder(fields: dict, agency: str) -> None:
    (story,) = parse_ninjs(json.dumps({**V2, **fields}))
    assert story.agency == agency


def test_ninjs_wrong_types_are_absent_not_trusted() -> None:
    odd = {"uri": 5, "headline": ["x"], "urgency": "11", "versioncreated": 20240101, "subject": "medtop:1",
           "bodies": [{"value": 3}, {"value": "<p>Real text</p>"}], "version": True}
    (story,) = parse_ninjs(json.dumps(odd))
    assert (story.source_id, story.headline, story.priority, story.version_created) == (None, None, None, None)
    assert (story.subjects, story.version, story.text) == ((), None, "Real text")


@pytest.mark.parametrize(
    ("document", "error", "reason"),
    [
        ('{"uri": "x", "body_text": "unterminated', WireFormatError, "malformed_json"),
        ('{"uri": 1' + "0" * 5000 + ', "body_text": "x"}', WireFormatError, "malformed_json"),
        ("[" * 5000 + "]" * 5000, UnsafeInputError, "too_deep"),
        ('{"a": ' * 100 + "1" + "}" * 100, UnsafeInputError, "too_deep"),
        ('{"title": "not ninjs"}', WireFormatError, "unsupported_format"),
        ('{"uri": "x", "type": "picture", "body_text": "caption"}', WireFormatError, "no_body"),
        ('{"uri": "x", "headline": "h", "body_text": "   "}', WireFormatError, "no_body"),
    ],
)
def test_ninjs_rejects_with_reason(document: str, error: type, reason: str) -> None:
    with pytest.raises(error) as info:
        parse_ninjs(document)
    assert info.value.reason == reason


@pytest.mark.parametrize(
    ("text", "depth"),
    [('{"a": [1, {"b": "[[[{{{"}]}', 3), ('"\\"{["', 0), ("[[]]", 2), ("", 0)],
)
def test_ninjs_nesting_depth_ignores_strings(text: str, depth: int) -> None:
    assert nesting_depth(text) == depth


def test_ninjs_seed() -> None:
    stories = parse_ninjs(decode((SEEDS / "ninjs-aap-sydney.json").read_bytes()).text)
    assert [(s.index, s.agency) for s in stories] == [(0, "AAP"), (2, "AAP")]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["uri", "headline", "headlines", "bodies", "body_html", "body_text", "type", "value",
                         "subject", "subjects", "urgency", "versioncreated", "located", "by", "role"]),
        children, max_size=6),
    max_leaves=30,
)


@given(json_values)
def test_ninjs_never_raises_but_typed_errors_on_any_json(value: object) -> None:
    try:
        parse_ninjs(json.dumps(value))
    except WireError:
        pass


@given(st.text(max_size=300))
def test_ninjs_never_raises_but_typed_errors_on_any_text(text: str) -> None:
    try:
        parse_ninjs("{" + text)
    except WireError:
        pass


@given(mutated((SEEDS / "ninjs-aap-sydney.json").read_bytes()))
def test_ninjs_never_raises_but_typed_errors_on_mutated_seed(data: bytes) -> None:
    try:
        parse_ninjs(decode(data).text)
    except WireError:
        pass


# ninjs 3.x spells the 2.x names in camelCase; an item of ours in that shape.
V3 = {
    "uri": "urn:lusa:2025:77", "type": "text", "version": "2", "versionCreated": "2025-03-04T09:15:00+00:00",
    "firstCreated": "2025-03-04T08:50:00+00:00", "pubStatus": "usable", "copyrightHolder": "Lusa",
    "headlines": [{"role": "main", "value": "Ferry strike ends"}], "by": "Rita Sousa", "edNote": "Adds quote.",
    "bodies": [{"role": "html", "contentType": "text/html",
                "value": "<p>PORTO, March 4 (Lusa) - Ferry crews returned to work.</p><p>Talks resume.</p>"}],
}


def test_ninjs_v3_camel_case_fields_are_read() -> None:
    (story,) = parse_ninjs(json.dumps(V3))
    assert story.version_created == dt.datetime(2025, 3, 4, 9, 15, tzinfo=dt.timezone.utc)
    assert story.first_created == dt.datetime(2025, 3, 4, 8, 50, tzinfo=dt.timezone.utc)
    assert (story.metadata_date, story.agency, story.pubstatus) == (dt.date(2025, 3, 4), "Lusa", "usable")
    assert (story.headline, story.byline_text, story.ednote) == ("Ferry strike ends", "Rita Sousa", "Adds quote.")
    assert story.text == "PORTO, March 4 (Lusa) - Ferry crews returned to work.\n\nTalks resume."


def test_ninjs_lower_case_key_wins_over_camel_case() -> None:
    (story,) = parse_ninjs(json.dumps(V3 | {"versioncreated": "2025-03-05T10:00:00Z"}))
    assert story.version_created == dt.datetime(2025, 3, 5, 10, 0, tzinfo=dt.timezone.utc)


def test_ninjs_description_stands_in_for_a_missing_body() -> None:
    brief = {"uri": "urn:ntb:1", "type": "text", "versionCreated": "2024-02-01T07:00:00Z", "copyrightHolder": "NTB",
             "headlines": [{"role": "main", "value": "Road closed"}],
             "descriptions": [{"role": "text", "value": "The E6 is closed north of Hamar after a crash."}]}
    (story,) = parse_ninjs(json.dumps(brief))
    assert (story.text, story.agency, story.metadata_date) == (
        "The E6 is closed north of Hamar after a crash.", "NTB", dt.date(2024, 2, 1))


def test_ninjs_draft_headline_and_body_lists_and_the_uri_host_as_publisher() -> None:
    draft = {"uri": "http://www.ritzau.dk/news/123", "type": "composite", "versioncreated": "2013-07-09T10:37:00Z",
             "byline": "Peter and Jane Holm", "located": "Aarhus, Denmark",
             "headline": [{"name": "sub", "text": "Sub"}, {"name": "main", "text": "Harbour reopens"}],
             "body": [{"name": "xhtml", "value": "<p>AARHUS (Ritzau) - The harbour reopened.</p>"},
                      {"name": "text", "value": "AARHUS (Ritzau) - The harbour reopened."}]}
    (story,) = parse_ninjs(json.dumps(draft))
    assert (story.headline, story.text, story.located) == (
        "Harbour reopens", "AARHUS (Ritzau) - The harbour reopened.", "Aarhus, Denmark")
    assert story.agency == "Ritzau"  # only the host of the uri names it
    assert story.byline_text == "Peter Holm and Jane Holm"


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Peter and Jane Doe", "Peter Doe and Jane Doe"),
        ("By Anna & Lars Berg", "By Anna Berg & Lars Berg"),
        ("Ana y Luis Mora", "Ana Mora y Luis Mora"),
        ("Jane Doe and John Roe", "Jane Doe and John Roe"),  # two whole names: as printed
        ("AP and Jane Doe", "AP and Jane Doe"),  # a capitals tag is no first name
        ("Jane Doe", "Jane Doe"),
        (None, None),
    ],
)
def test_shared_surname_is_written_out_for_both(credit: str | None, expected: str | None) -> None:
    assert fields.shared_surname(credit) == expected


@given(st.text(max_size=80))
def test_shared_surname_never_raises_and_keeps_what_it_cannot_complete(credit: str) -> None:
    result = fields.shared_surname(credit)
    assert isinstance(result, str)
    assert result == credit or " and " in result or " & " in result or " y " in result or " und " in result \
        or " et " in result
