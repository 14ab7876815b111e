"""The pipeline: any installed spaCy pipeline, trimmed to ner, with wirecopy's components around it."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from flows.nlp import GAZETTEER, LINE_BREAKS, ModelNotFound, _line_breaks, load_ner
from transforms.entities import mentions

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
