import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Span

from transforms.entities import entity_key, mentions


def _doc(text: str, ents: list[tuple[str, str]]):
    """A Doc with hand-placed entities: (surface text, label), each found left to right."""
    doc = spacy.blank("en")(text)
    spans, cursor = [], 0
    for surface, label in ents:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        spans.append(doc.char_span(start, cursor, label=label))
    doc.ents = spans
    return doc


def test_entities_surname_takes_the_full_persons_key_and_label() -> None:
    doc = _doc(
        "NATO chief Jens Stoltenberg spoke. Stoltenberg said Stoltenberg's plan works.",
        [("NATO", "ORG"), ("Jens Stoltenberg", "PERSON"), ("Stoltenberg", "ORG"), ("Stoltenberg's", "PERSON")],
    )
    found = mentions(doc.ents, doc.text)
    assert [(m.text, m.label, m.key) for m in found] == [
        ("NATO", "ORG", "ORG:nato"),
        ("Jens Stoltenberg", "PERSON", "PERSON:jens-stoltenberg"),
        ("Stoltenberg", "PERSON", "PERSON:jens-stoltenberg"),
        ("Stoltenberg's", "PERSON", "PERSON:jens-stoltenberg"),
    ]
    assert found[2].canonical_name == "Jens Stoltenberg"


def test_entities_offsets_index_the_text() -> None:
    text = "Officials in South Korea and the United States met."
    doc = _doc(text, [("South Korea", "GPE"), ("the United States", "GPE")])
    for m in mentions(doc.ents, doc.text):
        assert text[m.start:m.end] == m.text
    assert [m.key for m in mentions(doc.ents, doc.text)] == ["GPE:south-korea", "GPE:united-states"]


@pytest.mark.parametrize(
    ("label", "name", "key"),
    [("PERSON", "José Álvarez", "PERSON:jose-alvarez"), ("GPE", "São Paulo", "GPE:sao-paulo"),
     ("ORG", "AT&T", "ORG:at-t"), ("PERSON", "Kim Jong-un", "PERSON:kim-jong-un")],
)
def test_entities_key_is_folded_slug(label: str, name: str, key: str) -> None:
    assert entity_key(label, name) == key


@given(st.text(max_size=40))
def test_entities_key_never_raises_and_is_nonempty_for_words(name: str) -> None:
    key = entity_key("ORG", name)
    assert key.startswith("ORG:")
