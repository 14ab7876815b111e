"""The pipeline: any installed spaCy pipeline, trimmed to ner, with wirecopy's components around it."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from wirecopy.flows.runtime.nlp import GAZETTEER, LINE_BREAKS, ModelNotFound, _line_breaks, load_ner
from wirecopy.transforms.ner.entities import mentions

_BLANK = spacy.blank("en")


def test_nlp_default_model_is_trimmed_and_ruled(nlp) -> None:
    assert nlp.pipe_names == [LINE_BREAKS, "ner", GAZETTEER]


def test_nlp_no_entity_runs_across_a_kept_line_break(nlp) -> None:
    text = "Standings:\nHOUSTON 7 6 0\nNY GIANTS 5 8 0\nMarcin Grajewski\nWARSAW"
    for ent in nlp(text).ents:
        assert "\n" not in ent.text.strip(), ent.text


def test_nlp_ruler_adds_what_the_model_missed_with_its_key(nlp) -> None:
    doc = nlp("Croats and Serbs met the Sahel envoys in Bamako.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids["Croats"] == "NORP:croatian"  # missed by en_core_web_sm 3.8.0, found by the ruler
    assert ids["Bamako"] == ""  # found by the model: the ruler never overwrites it


def test_nlp_ruler_sets_the_entities_the_stock_entity_ruler_sets(nlp) -> None:
    """The gazetteer's own match and annotate steps give token for token what EntityRuler's give."""
    from spacy.pipeline import EntityRuler
    from spacy.tokens import Doc

    ruler = nlp.get_pipe(GAZETTEER)
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(SEEDS.iterdir()) if path.is_file()]
    texts += ["Croats and Serbs met the Sahel envoys in Bamako.", "", "EU", "Nigeria v Cameroon in Lagos; Reuters, AFP",
              "The Kurds, Kurds and South Koreans of South Korea met Britons in Britain and Britain's Foreign Office."]
    attrs = ["ENT_IOB", "ENT_TYPE", "ENT_ID", "ENT_KB_ID"]
    added = 0
    with nlp.select_pipes(disable=[GAZETTEER]):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        stock, ours = Doc(nlp.vocab).from_bytes(doc.to_bytes()), Doc(nlp.vocab).from_bytes(doc.to_bytes())
        EntityRuler.set_annotations(ruler, stock, EntityRuler.match(ruler, stock))
        ruler(ours)
        assert (stock.to_array(attrs) == ours.to_array(attrs)).all()
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in stock.ents] == [
            (e.start, e.end, e.label_, e.ent_id_) for e in ours.ents]
        added += len(ours.ents) - len(doc.ents)
    assert added >= 5  # the ruler had something to add


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_nlp_ruler_annotates_any_matches_as_the_stock_entity_ruler(nlp, data) -> None:
    """Any model entities, any overlapping matches (ordered as the ruler orders them): the same tokens tagged."""
    from spacy.pipeline import EntityRuler
    from spacy.tokens import Doc, Span

    ruler = nlp.get_pipe(GAZETTEER)
    n = data.draw(st.integers(1, 10))
    doc = Doc(nlp.vocab, words=[f"w{i}" for i in range(n)])
    spans, i = [], 0
    while i < n:
        length = data.draw(st.sampled_from([0, 0, 0, 0, 0, 0, 1, 2]))
        if length and i + length <= n:
            spans.append(Span(doc, i, i + length, label=data.draw(st.sampled_from(["ORG", "CARDINAL"]))))
        i += max(length, 1)
    doc.ents = spans  # as a model leaves them: every other token outside
    match_ids = sorted(ruler._ent_ids)[:4]
    bounds = st.tuples(st.integers(0, n - 1), st.integers(1, 4)).map(lambda b: (b[0], min(n, b[0] + b[1])))
    found = data.draw(st.sets(st.tuples(st.sampled_from(match_ids), bounds), max_size=6))
    matches = sorted({(m, s, e) for m, (s, e) in found}, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    stock, ours = Doc(nlp.vocab).from_bytes(doc.to_bytes()), Doc(nlp.vocab).from_bytes(doc.to_bytes())
    EntityRuler.set_annotations(ruler, stock, matches)
    ruler.set_annotations(ours, matches)
    attrs = ["ENT_IOB", "ENT_TYPE", "ENT_ID"]
    assert (stock.to_array(attrs) == ours.to_array(attrs)).all()


def test_nlp_any_pipeline_by_path_works_with_the_layer(tmp_path: Path) -> None:
    """A pipeline that is not en_core_web_sm: its own `ner` is a rule-based one, saved to disk."""
    other = spacy.blank("en")
    ner = other.add_pipe("entity_ruler", name="ner")
    ner.add_patterns([{"label": "PERSON", "pattern": "Jens Stoltenberg"},
                      {"label": "ORG", "pattern": "Stoltenberg"},
                      {"label": "ORG", "pattern": "Indo-Pacific"}])
    path = tmp_path / "other_pipeline"
    other.to_disk(path)
    loaded = load_ner(str(path))
    assert loaded.pipe_names == [LINE_BREAKS, "ner", GAZETTEER]
    text = "Jens Stoltenberg met partners from the Indo-Pacific. Stoltenberg said Ukrainians fight on."
    found = mentions(loaded(text).ents, text)
    assert [(m.text, m.label, m.key) for m in found] == [
        ("Jens Stoltenberg", "PERSON", "PERSON:jens-stoltenberg"),
        ("Indo-Pacific", "LOC", "LOC:indo-pacific"),
        ("Stoltenberg", "PERSON", "PERSON:jens-stoltenberg"),
        ("Ukrainians", "NORP", "NORP:ukrainian"),
    ]


def test_nlp_missing_model_is_a_clear_error() -> None:
    with pytest.raises(ModelNotFound, match="not installed"):
        load_ner("no_such_pipeline_xyz")


def _after_a_line_break(doc) -> list[int]:
    """The definition: tokens whose previous token is a newline, or is followed by one."""
    return [t.i for t in doc[1:] if (doc[t.i - 1].is_space and "\n" in doc[t.i - 1].text)
            or "\n" in doc[t.i - 1].whitespace_]


@given(st.lists(st.sampled_from(["a", "B.", " ", "\n", "\n\n", " \n", "\t", "x y", "--", "\r\n"]), max_size=40)
       .map("".join))
def test_nlp_line_breaks_start_sentences_after_every_newline(text: str) -> None:
    doc = _BLANK(text)
    _line_breaks(doc)
    assert [t.i for t in doc[1:] if t.is_sent_start] == _after_a_line_break(_BLANK(text))
