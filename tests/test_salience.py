"""Salience of each entity in a story: headline, lead, mentions, position."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.transforms.ner.entities import Mention
from wirecopy.transforms.ner.salience import SALIENCE_WEIGHTS, _named_in, article_entities

BODY = ("NATO leaders meet in Washington next week, Jens Stoltenberg said.\n\n"
        "Stoltenberg said South Korea would attend. NATO will discuss Ukraine.\n\n"
        "Stoltenberg spoke in Brussels.")


def _m(text: str, label: str, key: str, nth: int = 0, name: str | None = None) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = BODY.index(text, start + 1)
    return Mention(start, start + len(text), text, label, key, name or text)


MENTIONS = (
    _m("NATO", "ORG", "ORG:nato"), _m("Washington", "GPE", "GPE:washington"),
    _m("next week", "DATE", "DATE:next-week"),
    _m("Jens Stoltenberg", "PERSON", "PERSON:jens-stoltenberg"),
    _m("Stoltenberg", "PERSON", "PERSON:jens-stoltenberg", 1, "Jens Stoltenberg"),
    _m("South Korea", "GPE", "GPE:south-korea"), _m("NATO", "ORG", "ORG:nato", 1),
    _m("Ukraine", "GPE", "GPE:ukraine"),
    _m("Stoltenberg", "PERSON", "PERSON:jens-stoltenberg", 2, "Jens Stoltenberg"),
    _m("Brussels", "GPE", "GPE:brussels"),
)


def test_salience_one_row_per_named_entity_with_its_signals() -> None:
    found = {e.key: e for e in article_entities(MENTIONS, BODY, "Stoltenberg invites Asian partners to summit")}
    assert "DATE:next-week" not in found
    stoltenberg = found["PERSON:jens-stoltenberg"]
    assert (stoltenberg.mentions, stoltenberg.in_headline, stoltenberg.in_lead) == (3, True, True)
    assert stoltenberg.first_start == BODY.index("Jens Stoltenberg")
    assert (found["ORG:nato"].mentions, found["ORG:nato"].in_headline) == (2, False)
    assert found["GPE:brussels"].in_lead is False and found["GPE:south-korea"].in_lead is False


def test_salience_ranks_the_story_subject_first_and_stays_in_range() -> None:
    ranked = article_entities(MENTIONS, BODY, "Stoltenberg invites Asian partners to summit")
    assert ranked[0].key == "PERSON:jens-stoltenberg"
    assert ranked[0].salience == pytest.approx(SALIENCE_WEIGHTS[0] + SALIENCE_WEIGHTS[1] + SALIENCE_WEIGHTS[2]
                                               + SALIENCE_WEIGHTS[3] * (1 - ranked[0].first_start / len(BODY)),
                                               abs=1e-4)
    assert all(0 <= e.salience <= 1 for e in ranked)
    assert [e.salience for e in ranked] == sorted((e.salience for e in ranked), reverse=True)


@pytest.mark.parametrize(
    ("headline", "in_headline"),
    [("NATO SUMMIT: STOLTENBERG SPEAKS", True), ("Stoltenberg's plan", True), ("Stoltenbergs", False),
     (None, False)],
)
def test_salience_headline_match_is_by_word(headline, in_headline) -> None:
    found = {e.key: e for e in article_entities(MENTIONS, BODY, headline)}
    assert found["PERSON:jens-stoltenberg"].in_headline is in_headline


def test_salience_short_names_match_the_headline_in_their_own_case_only() -> None:
    body = "The US said so."
    us = (Mention(4, 6, "US", "GPE", "GPE:united-states", "United States"),)
    assert article_entities(us, body, "Tell us why")[0].in_headline is False
    assert article_entities(us, body, "US says no")[0].in_headline is True


def test_salience_empty_story() -> None:
    assert article_entities((), "", None) == ()


_HEADLINE_CHARS = st.sampled_from(["a", "A", "b", "B", "k", "K", "s", "_", "1", "-", " ", ".", "'", "é", "É",
                                   "ß", "ſ", "\u212a", "İ", "i", "ı"])
_HEADLINE_TEXT = st.lists(_HEADLINE_CHARS, max_size=14).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_HEADLINE_TEXT, st.sets(_HEADLINE_TEXT.filter(bool), min_size=1, max_size=3))
def test_salience_headline_match_equals_the_whole_word_pattern(headline: str, names: set[str]) -> None:
    """The ASCII short cut finds a name where the pattern `(?<!\\w)NAME(?!\\w)` does, caseless from 4 characters."""
    expected = any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", headline, re.IGNORECASE if len(name) >= 4 else 0)
        for name in names
    )
    assert _named_in(headline, names) is expected
