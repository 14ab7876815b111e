"""Mention boundaries: what a model's span holds that is not the name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.ner.entity_spans import (
    FORM,
    MODEL,
    RULER,
    Candidate,
    _clean_one,
    _cleaned,
    _split_lines,
    clean,
)


def _clean(text: str, surface: str, label: str, source: str = MODEL, key: str | None = None):
    start = text.index(surface)
    found = clean([Candidate(start, start + len(surface), label, source, key)], text)
    return [(text[c.start:c.end], c.label) for c in found]


@pytest.mark.parametrize(
    ("text", "surface", "label", "expected"),
    [
        ("Talks in the United States ended.", "the United States", "GPE", [("United States", "GPE")]),
        ("The Hague ruled.", "The Hague", "GPE", [("The Hague", "GPE")]),
        ("He read The Old Man and the Sea.", "The Old Man and the Sea", "WORK_OF_ART",
         [("The Old Man and the Sea", "WORK_OF_ART")]),
        ("Vladimir Meciar's party won.", "Vladimir Meciar's", "PERSON", [("Vladimir Meciar", "PERSON")]),
        ("the United States' allies", "the United States'", "GPE", [("United States", "GPE")]),
        ("Greg Blewett 57 not out", "Greg Blewett 57", "PERSON", [("Greg Blewett", "PERSON")]),
        ("Goias 1 Gremio 3", "Goias 1 Gremio", "PERSON", [("Goias", "PERSON"), ("Gremio", "PERSON")]),
        ("Marcin Grajewski\nWARSAW 1996-12-06", "Marcin Grajewski\nWARSAW", "PERSON",
         [("Marcin Grajewski", "PERSON"), ("WARSAW", "PERSON")]),
        ("Ramthan Hussain SINGAPORE 1996-12-06", "Ramthan Hussain SINGAPORE", "PERSON",
         [("Ramthan Hussain", "PERSON"), ("SINGAPORE", "GPE")]),
        ("without German Dietmar Beiersdorfer.", "German Dietmar Beiersdorfer.", "PERSON",
         [("German", "NORP"), ("Dietmar Beiersdorfer", "PERSON")]),
        ("Newmont Mining Corp. said", "Newmont Mining Corp.", "ORG", [("Newmont Mining Corp.", "ORG")]),
        ("in the U.S.", "U.S.", "GPE", [("U.S.", "GPE")]),
        ('"NATO," he said', '"NATO,"', "ORG", [("NATO", "ORG")]),
        ("along the west coast today", "west coast", "LOC", []),
        ("reported by dpa today", "dpa", "ORG", [("dpa", "ORG")]),
        ("Chief Executive said", "Chief Executive", "PERSON", []),
        ("Channel 4 News reported", "Channel 4 News", "ORG", [("Channel 4 News", "ORG")]),
        ("about 40 people", "40", "CARDINAL", [("40", "CARDINAL")]),
    ],
)
def test_entity_spans_cut_down_to_the_name(text, surface, label, expected) -> None:
    assert _clean(text, surface, label) == expected


def test_entity_spans_a_split_ruler_match_loses_its_link() -> None:
    text = "NEW\nYORK"
    (a, b) = clean([Candidate(0, len(text), "GPE", RULER, "GPE:new-york")], text)
    assert (a.source, a.known_key, b.known_key) == (MODEL, None, None)


def test_entity_spans_form_spans_keep_their_link_when_trimmed() -> None:
    text = "AUSTRALIA, beat"
    (c,) = clean([Candidate(0, 10, "GPE", FORM, "GPE:australia")], text)
    assert (text[c.start:c.end], c.known_key) == ("AUSTRALIA", "GPE:australia")


def test_entity_spans_a_span_holding_only_its_name_is_kept_as_it_is() -> None:
    text = "Talks in Seoul with the Indo-Pacific Command"
    seoul, command = Candidate(9, 14, "GPE", MODEL), Candidate(20, 44, "ORG", RULER, "ORG:x")
    kept = clean([command, seoul], text)
    assert kept[0] is seoul  # nothing to cut: the same candidate, no copy
    assert (text[kept[1].start:kept[1].end], kept[1].known_key) == ("Indo-Pacific Command", None)


_LABELS = st.sampled_from(["PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "DATE", "CARDINAL"])
_PROSE = st.text(alphabet=st.sampled_from(list("AaBbMrs. 12'’-\n\t,()The Kim Seoul")), max_size=80)


@given(_PROSE, _PROSE, _PROSE, _LABELS, st.sampled_from([MODEL, RULER, FORM]))
def test_entity_spans_cleaning_reads_nothing_outside_the_span(before: str, span: str, after: str, label: str,
                                                              source: str) -> None:
    # clean() works each span's text out once (entity_spans._cleaned) and reuses the answer wherever the
    # text recurs: only right if nothing around a span changes how it is cut down.
    text = before + span + after
    cand = Candidate(len(before), len(before) + len(span), label, source)
    worked_out = sorted((c for piece in _split_lines(cand, text) for c in _clean_one(piece, text)),
                        key=lambda c: (c.start, c.end))
    _cleaned.cache_clear()
    clean([Candidate(0, len(span), label, source)], span)  # the answer learnt from the span alone
    assert clean([cand], text) == worked_out
