"""The spaCy pipeline, loaded once per process and trimmed to what NER needs.

In en_core_web_sm the `ner` component carries its own tok2vec, so tagger,
parser, lemmatizer and the shared tok2vec are wasted work for entities
(PERF-NOTES: ~9,300 words/s with ner alone vs ~5,100 for the full pipeline).
Any installed pipeline works: an embedding component that ner listens to
(md/lg/trf pipelines) is kept.

Two wirecopy components go around `ner`, whatever the pipeline:
- `wirecopy_line_breaks` (before ner) starts a sentence after each line
  break the body keeps, so no entity runs from one table row or list line
  into the next ("HOUSTON\\nNY GIANTS");
- `wirecopy_gazetteer` (an entity_ruler after ner, patterns from
  wirecopy.transforms.knowledge.gazetteer) adds the countries, cities, regions, organisations,
  agencies and demonyms the model missed, each carrying its entity_key as
  the match id. It never overwrites the model's spans: which reading wins
  is decided by evidence in wirecopy.transforms.ner.entities.
"""

from __future__ import annotations

from functools import lru_cache
from types import MethodType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LINE_BREAKS = "wirecopy_line_breaks"
GAZETTEER = "wirecopy_gazetteer"


class ModelNotFound(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_ner(model: str, rules: bool = True) -> "Language":
    """The pipeline `model` trimmed to ner; with `rules`, wirecopy's components around it."""
    import spacy

    from wirecopy.flows.runtime.allocator import keep_freed_memory

    keep_freed_memory()  # NER's per-batch arrays reused, not new pages each time (a worker has it already)

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed (pass an installed package name or a path)"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotFound(f"spaCy pipeline {model!r} has no 'ner' component")
    needed = {"ner"} | {
        name
        for name, component in nlp.pipeline
        if "ner" in (getattr(component, "listening_components", None) or ())
    }
    for name in [n for n in nlp.pipe_names if n not in needed]:
        nlp.remove_pipe(name)
    if rules:
        _register_components()
        nlp.add_pipe(LINE_BREAKS, before="ner")
        _add_gazetteer(nlp)
    return nlp


def _add_gazetteer(nlp: "Language") -> None:
    from wirecopy.transforms.knowledge.gazetteer import RULESET, ruler_patterns

    ruler = nlp.add_pipe("entity_ruler", name=GAZETTEER, after="ner",
                         config={"overwrite_ents": False, "validate": False})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns())
    # EntityRuler checks it has patterns before every doc by counting them over
    # every (label, id) pair: ~1,300 here, 1 % of NER time. It has them.
    ruler._require_patterns = lambda: None
    # Its matching and annotating, for phrase patterns that never overwrite:
    # the same entities in a third of the time (~100 us a story less).
    ruler.match = MethodType(_phrase_matches, ruler)
    ruler.set_annotations = MethodType(_add_untagged, ruler)
    nlp.meta.setdefault("wirecopy", {})["gazetteer"] = RULESET


def _phrase_matches(ruler, doc: "Doc") -> list[tuple[int, int, int]]:
    """EntityRuler.match where every pattern is a phrase: longest first, then leftmost.

    Without the token matcher (it holds no pattern) and the warnings filter
    set up around it for every doc.
    """
    if len(ruler.matcher):
        return type(ruler).match(ruler, doc)
    found = {(m, start, end) for m, start, end in ruler.phrase_matcher(doc) if start != end}
    return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def _add_untagged(ruler, doc: "Doc", matches: list[tuple[int, int, int]]) -> None:
    """EntityRuler.set_annotations with overwrite_ents off: the same entities, set without redoing the model's.

    A match touching a token the model tagged is dropped, as is one whose
    first or last token a longer match took; the rest are added to the
    model's entities, which stay as they are. The stock method builds a
    Token for every matched token, filters the entity list once per match
    and sets every entity again.
    """
    from spacy.tokens import Span

    if ruler.overwrite:
        return type(ruler).set_annotations(ruler, doc, matches)
    if not matches:
        return None
    tagged = doc.to_array("ENT_TYPE")
    taken: set[int] = set()
    added = []
    for match_id, start, end in matches:
        if tagged[start:end].any() or start in taken or end - 1 in taken:
            continue
        if match_id in ruler._ent_ids:
            label, ent_id = ruler._ent_ids[match_id]
            added.append(Span(doc, start, end, label=label, span_id=ent_id))
        else:
            added.append(Span(doc, start, end, label=match_id))
        taken.update(range(start, end))
    if added:
        doc.set_ents(added, default="unmodified")
    return None


def _line_breaks(doc: "Doc") -> "Doc":
    """The first token after each line break starts a sentence.

    A token holds a newline only if it is whitespace (the tokenizer never
    keeps one inside a word or as a word's trailing space), so the token
    after each whitespace token holding one starts the next line. Found
    from the whitespace flags as one array, not by visiting every token or
    building `doc.text`, which joins every token's text.
    """
    import numpy as np

    spaces = np.flatnonzero(doc.to_array("IS_SPACE"))
    last = len(doc) - 1
    for i in spaces.tolist():
        if i < last and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)


def model_label(model: str) -> str:
    """`en_core_web_sm-3.8.0`: recorded on every entity row."""
    meta = load_ner(model).meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', model)}-{meta.get('version', '0')}"
