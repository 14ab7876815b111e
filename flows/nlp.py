"""The spaCy pipeline, loaded once per process and trimmed to what NER needs.

In en_core_web_sm the `ner` component carries its own tok2vec, so tagger,
parser, lemmatizer and the shared tok2vec are wasted work for entities
(PERF-NOTES: ~9,300 words/s with ner alone vs ~5,100 for the full pipeline).
Any installed pipeline works: an embedding component that ner listens to
(md/lg/trf pipelines) is kept.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


class ModelNotFound(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_ner(model: str) -> "Language":
    import spacy

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
    return nlp


def model_label(model: str) -> str:
    """`en_core_web_sm-3.8.0`: recorded on every entity row."""
    meta = load_ner(model).meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', model)}-{meta.get('version', '0')}"
