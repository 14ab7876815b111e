"""Version markers and the order of a story's versions (pure)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.versions import (
    Member,
    content_key,
    format_story_key,
    headline_key,
    order_versions,
    read_marker,
    story_id_for,
)

T0 = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.timezone.utc)


def _at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("headline", "notes", "first_line", "change", "ordinal", "raw", "clean"),
    [
        ("Quake strikes off east coast", (), None, "first", None, None, "Quake strikes off east coast"),
        ("(LEAD) Quake strikes off east coast", (), None, "lead", 1, "(LEAD)", "Quake strikes off east coast"),
        ("(2nd LD) Quake strikes", (), None, "lead", 2, "(2nd LD)", "Quake strikes"),
        ("(3rd LD-Writethru) Quake strikes", (), None, "writethru", 3, "(3rd LD-Writethru)", "Quake strikes"),
        ("Quake strikes", ("(LEAD)",), None, "lead", 1, "(LEAD)", "Quake strikes"),
        ("Lobster goes to aquarium", ("(2nd Ld-Writethru)",), None, "writethru", 2, "(2nd Ld-Writethru)",
         "Lobster goes to aquarium"),
        ("(URGENT) N. Korea fires missile", (), None, "urgent", 0, "(URGENT)", "N. Korea fires missile"),
        ("UPDATE 2-Bank of England holds rates", (), None, "update", 2, "UPDATE 2", "Bank of England holds rates"),
        ("CORRECTED-UPDATE 2-Bank of England holds rates", (), None, "correction", 2, "CORRECTED UPDATE 2",
         "Bank of England holds rates"),
        ("REFILE-Bank of England holds rates", (), None, "refile", None, "REFILE", "Bank of England holds rates"),
        ("KILL-Copper miner halts output", (), None, "kill", None, "KILL", "Copper miner halts output"),
        ("Kill: Copper miner halts output", (), None, "kill", None, "KILL", "Copper miner halts output"),
        ("Copper miner halts output", (), "(KILL)", "kill", None, "(KILL)", "Copper miner halts output"),
        ("Lobster", ("(EDS: CORRECTS spelling of name in para 3)",), None, "correction", None,
         "(EDS: CORRECTS spelling of name in para 3)", "Lobster"),
        ("(ATTN: ADDS details in paras 4-5) (LEAD) Quake strikes", (), None, "lead", 1, "(LEAD)", "Quake strikes"),
        # Words that only look like markers stay in the headline.
        ("Kill-switch makers rally", (), None, "first", None, None, "Kill-switch makers rally"),
        ("Update on ceasefire talks", (), None, "first", None, None, "Update on ceasefire talks"),
        ("UPDATE 2010: a look back", (), None, "first", None, None, "UPDATE 2010: a look back"),
        ("Quake strikes", (), "(Yonhap) says nothing", "first", None, None, "Quake strikes"),
        (None, (), None, "first", None, None, None),
    ],
)
def test_versions_read_marker(headline, notes, first_line, change, ordinal, raw, clean) -> None:
    m = read_marker(headline, notes, first_line)
    assert (m.change, m.ordinal, m.raw, m.headline) == (change, ordinal, raw, clean)


@given(st.text(max_size=200), st.lists(st.text(max_size=60), max_size=3), st.one_of(st.none(), st.text(max_size=80)))
def test_versions_read_marker_never_raises_and_strips_once(headline, notes, first_line) -> None:
    m = read_marker(headline, notes, first_line)
    again = read_marker(m.headline)
    assert again.headline == m.headline and again.raw is None


def test_versions_keys_ignore_markers_case_and_spacing() -> None:
    body = "A magnitude 4.1 earthquake struck waters off the east coast.\n\nNo damage was reported."
    assert headline_key("Quake  strikes, off COAST") == "quake strikes off coast"
    assert content_key("Yonhap", "Quake strikes", body) == content_key("Yonhap", "quake strikes", body.replace("\n\n",
                                                                                                               "\n"))
    assert content_key("Yonhap", "Quake strikes", body) != content_key("AFP", "Quake strikes", body)
    assert content_key("Yonhap", "Quake strikes", body) != content_key("Yonhap", "Quake strikes", body + " More.")


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"guid": "urn:newsml:example.com:20250303:quake"}, "guid:urn:newsml:example.com:20250303:quake"),
        ({"slug": "BC-KOR-Quake ", "date": dt.date(2025, 3, 3)}, "slug:Yonhap:bc-kor-quake:2025-03-03"),
        ({"guid": "g1", "slug": "BC-KOR-Quake"}, "guid:g1"),
        ({}, None),
        ({"guid": "  ", "slug": ""}, None),
    ],
)
def test_versions_format_story_key(kwargs, expected) -> None:
    assert format_story_key("Yonhap", **kwargs) == expected


def _order(members):
    return [(p.article_id, p.version, p.is_latest, p.change, p.story_killed) for p in order_versions(members)]


def test_versions_lead_and_second_lead_follow_the_first() -> None:
    members = [Member("c", "lead", 2, _at(40)), Member("a", "first", None, _at(0)), Member("b", "lead", 1, _at(20))]
    assert _order(members) == [("a", 1, False, "first", False), ("b", 2, False, "lead", False),
                               ("c", 3, True, "lead", False)]


def test_versions_agency_numbering_beats_file_times() -> None:
    """A folder copied in the wrong order: the (2nd LD) file is older than the (LEAD) file."""
    members = [Member("a", "first", None, _at(30)), Member("b", "lead", 1, _at(20)), Member("c", "lead", 2, _at(10))]
    assert [p.article_id for p in order_versions(members)] == ["a", "b", "c"]


def test_versions_numberless_follow_ups_sit_after_what_was_sent_before() -> None:
    members = [
        Member("a", "first", None, _at(0)), Member("b", "update", 1, _at(10)),
        Member("c", "correction", None, _at(20)), Member("d", "update", 2, _at(30)),
        Member("e", "refile", None, _at(40)),
    ]
    assert _order(members) == [("a", 1, False, "first", False), ("b", 2, False, "update", False),
                               ("c", 3, False, "correction", False), ("d", 4, False, "update", False),
                               ("e", 5, True, "refile", False)]


def test_versions_unmarked_versions_are_the_original_and_its_revisions() -> None:
    """A changed file with no marker is a revision; unmarked copy never outranks a write-through."""
    members = [Member("b", "lead", 1, _at(10)), Member("a", "first", None, _at(0)), Member("r", "first", None, _at(30))]
    assert _order(members) == [("a", 1, False, "first", False), ("r", 2, False, "revision", False),
                               ("b", 3, True, "lead", False)]


def test_versions_kill_is_last_and_kills_every_version() -> None:
    members = [Member("k", "kill", None, _at(5)), Member("a", "update", 1, _at(0)), Member("b", "update", 2, _at(10))]
    assert _order(members) == [("a", 1, False, "update", True), ("b", 2, False, "update", True),
                               ("k", 3, True, "kill", True)]


def test_versions_unknown_times_sort_last_and_order_is_total() -> None:
    members = [Member("b", "first", None, None), Member("a", "first", None, _at(0)), Member("c", "first", None, None)]
    assert [p.article_id for p in order_versions(members)] == ["a", "b", "c"]
    assert [p.article_id for p in order_versions(list(reversed(members)))] == ["a", "b", "c"]


def test_versions_story_id_is_stable() -> None:
    assert story_id_for("guid:g1") == story_id_for("guid:g1") != story_id_for("guid:g2")
    assert len(story_id_for("abc")) == 32
