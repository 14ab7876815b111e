"""The gazetteer: known entities, their keys and links, and the ruler patterns built from them."""

from __future__ import annotations

import pytest

from wirecopy.transforms.knowledge import gazetteer
from wirecopy.transforms.knowledge.titles import is_title, titled


@pytest.mark.parametrize(
    ("name", "key", "kind", "country"),
    [
        ("United States", "GPE:united-states", "country", "US"),
        ("U.S.", "GPE:united-states", "country", "US"),
        ("the Netherlands", "GPE:netherlands", "country", "NL"),
        ("Scotland", "GPE:scotland", "region", "GB"),
        ("Seoul", "GPE:seoul", "city", "KR"),
        ("New York", "GPE:new-york-city", "city", "US"),
        ("California", "GPE:california", "state", "US"),
        ("Europe", "LOC:europe", "continent", None),
        ("Indo-Pacific", "LOC:indo-pacific", "region", None),
        ("NATO", "ORG:north-atlantic-treaty-organization", "organisation", None),
        ("Yonhap News Agency", "ORG:yonhap", "agency", "KR"),
        ("Croats", "NORP:croatian", "demonym", "HR"),
        ("Swede", "NORP:swedish", "demonym", "SE"),
    ],
)
def test_gazetteer_lookup(name, key, kind, country) -> None:
    known = gazetteer.lookup(name)
    assert known is not None
    assert (known.key, known.kind, known.country) == (key, kind, country)
    assert gazetteer.by_key(key) is not None


def test_gazetteer_unknown_names() -> None:
    assert gazetteer.lookup("Stoltenberg") is None
    assert gazetteer.lookup("Principal Deputy") is None


def test_gazetteer_ruler_patterns_carry_keys_and_skip_ambiguous_short_forms() -> None:
    patterns = gazetteer.ruler_patterns()
    by_text = {(p["pattern"], p["label"]): p["id"] for p in patterns}
    assert by_text[("Indo-Pacific", "LOC")] == "LOC:indo-pacific"
    assert by_text[("INDO-PACIFIC", "LOC")] == "LOC:indo-pacific"
    assert by_text[("US", "GPE")] == "GPE:united-states"
    assert ("us", "GPE") not in by_text
    assert not [p for p in patterns if len(p["pattern"]) <= 2 and p["pattern"] not in ("AP", "UN", "EU", "US", "UK",
                                                                                       "G7")]


@pytest.mark.parametrize(
    ("name", "label"),
    [("Cape Cod", "LOC"), ("Monomoy Island", "LOC"), ("Gulf of Mexico", "LOC"), ("Korean Peninsula", "LOC"),
     ("Cape", None), ("Island Records", None), ("Bank of England", None)],
)
def test_gazetteer_feature_words_make_places(name, label) -> None:
    assert gazetteer.feature_label(name) == label


@pytest.mark.parametrize(
    ("words", "expected"),
    [("Principal Deputy National Security Adviser", True), ("Secretary of State", True), ("Foreign Minister", True),
     ("National Security Council", False), ("Foreign Ministry", False), ("Deputy", False), ("of State", False)],
)
def test_gazetteer_titles_alone(words, expected) -> None:
    assert is_title(words.split()) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [("said NATO Secretary General", True), ("U.S. Secretary of State", True), ("Mr.", True),
     ("North Korean leader", True), ("talks in", False), ("the state of", False), ("said", False)],
)
def test_gazetteer_title_before_a_name_says_person(before, expected) -> None:
    assert titled(before.split()) is expected


@pytest.mark.parametrize(
    ("printed", "key"),
    [("Lisboa", "GPE:lisbon"), ("Tirane", "GPE:tirana"), ("Beograd", "GPE:belgrade")],
)
def test_gazetteer_local_name_of_a_capital_is_renamed(printed: str, key: str) -> None:
    # The local name ISO 3166-2 gives the capital's division links to the English-named entity.
    known = gazetteer.renamed(printed)
    assert known is not None and known.key == key and known.kind == "city"


@pytest.mark.parametrize("word", ["Rochefort", "Durbuy", "Chiangrai", "Hanover", "BRU"])
def test_gazetteer_smaller_towns_and_joined_names_are_no_known_entity(word: str) -> None:
    # Smaller towns are read only on a dateline's evidence: an entity lookup has none.
    assert gazetteer.lookup(word) is None
    assert gazetteer.renamed(word) is None
