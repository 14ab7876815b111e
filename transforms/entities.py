"""Named-entity mentions of one story, with keys shared inside the story.

The spaCy pipeline itself is loaded and run by the flow (loading a model is
file-system work); this module turns a processed Doc into mention records.
The small English model names a person in full once and by surname after,
and often labels the surname ORG or GPE: a later mention that is a part of a
full PERSON name in the same story is that person.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol, Sequence

_LEADING_ARTICLE_RE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")
_SLUG_RE = re.compile(r"[^a-z0-9]+")
# Labels a bare surname is mistaken for.
_SURNAME_CONFUSIONS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "PRODUCT", "WORK_OF_ART"})


class Span(Protocol):
    start_char: int
    end_char: int
    text: str
    label_: str


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    key: str
    canonical_name: str


def mentions(ents: Sequence[Span]) -> tuple[Mention, ...]:
    """Mentions from a Doc's `ents`, with in-story resolution of short person names."""
    spans = [(e.start_char, e.end_char, e.text, e.label_) for e in ents]
    people = _full_person_names(spans)
    result = []
    for start, end, text, label in spans:
        name = _clean_name(text)
        if label in _SURNAME_CONFUSIONS and (full := _person_for(name, people)) is not None:
            label, name = "PERSON", full
        result.append(Mention(start, end, text, label, entity_key(label, name), name))
    return tuple(result)


def entity_key(label: str, name: str) -> str:
    """`PERSON:jens-stoltenberg`: the same entity gets the same key in every story and run."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    slug = _SLUG_RE.sub("-", folded).strip("-") or _SLUG_RE.sub("-", name.casefold()).strip("-")
    return f"{label}:{slug}"


def _clean_name(text: str) -> str:
    name = " ".join(text.split())
    name = _POSSESSIVE_RE.sub("", name)
    return _LEADING_ARTICLE_RE.sub("", name) or name


def _full_person_names(spans: list[tuple[int, int, str, str]]) -> dict[str, str]:
    """Each token of a multi-word PERSON name -> that full name (first one named wins)."""
    index: dict[str, str] = {}
    for _, _, text, label in spans:
        name = _clean_name(text)
        tokens = name.split()
        if label != "PERSON" or len(tokens) < 2:
            continue
        for token in tokens:
            index.setdefault(token, name)
    return index


def _person_for(name: str, people: dict[str, str]) -> str | None:
    tokens = name.split()
    if len(tokens) != 1:
        return None
    full = people.get(tokens[0])
    return full if full and full != name else None
