"""The entity resolution layer on hand-built Docs, then on the seed with the real model."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from tests.conftest import SEEDS, YONHAP_SEED
from wirecopy.transforms.ner import entities
from wirecopy.transforms.ner.entities import entity_key, mentions
from wirecopy.transforms.pipeline import parse_file

BLANK = spacy.blank("en")


def _doc(text: str, ents: list[tuple[str, str]]):
    """A Doc with hand-placed entities: (surface text, label), each found left to right."""
    doc = BLANK(text)
    spans, cursor = [], 0
    for surface, label in ents:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        span = doc.char_span(start, cursor, label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def _found(text: str, ents: list[tuple[str, str]], **kw):
    doc = _doc(text, ents)
    return mentions(doc.ents, text, **kw)


def test_entities_surname_takes_the_full_persons_key_and_label() -> None:
    found = _found(
        "NATO chief Jens Stoltenberg spoke. Stoltenberg said Stoltenberg's plan works.",
        [("NATO", "ORG"), ("Jens Stoltenberg", "PERSON"), ("Stoltenberg", "ORG"), ("Stoltenberg's", "PERSON")],
    )
    assert [(m.text, m.label, m.key) for m in found] == [
        ("NATO", "ORG", "ORG:north-atlantic-treaty-organization"),
        ("Jens Stoltenberg", "PERSON", "PERSON:jens-stoltenberg"),
        ("Stoltenberg", "PERSON", "PERSON:jens-stoltenberg"),
        ("Stoltenberg", "PERSON", "PERSON:jens-stoltenberg"),
    ]
    assert {m.canonical_name for m in found[1:]} == {"Jens Stoltenberg"}


def test_entities_family_name_goes_to_the_nearest_full_name_before_it() -> None:
    text = ("Kim Jong-un met envoys. Kim smiled. Later Kim Tae-hyo briefed reporters. "
            "Kim said talks went well.")
    found = _found(text, [("Kim Jong-un", "PERSON"), ("Kim", "GPE"), ("Kim Tae-hyo", "PERSON"), ("Kim", "PERSON")])
    assert [m.key for m in found] == ["PERSON:kim-jong-un", "PERSON:kim-jong-un",
                                      "PERSON:kim-tae-hyo", "PERSON:kim-tae-hyo"]
    assert {m.label for m in found} == {"PERSON"}


def test_entities_acronym_in_parentheses_shares_the_expansions_key() -> None:
    text = ("The Korean Battlefield Exchange Office (KBEO) opened. Officials said KBEO will "
            "share data.")
    doc = BLANK(text)
    later = text.rindex("KBEO")
    doc.ents = [doc.char_span(0, text.index(" ("), label="ORG"), doc.char_span(later, later + 4, label="PERSON")]
    found = mentions(doc.ents, text)
    # The model tagged the second KBEO only; the parenthesised one is found by the layer.
    assert [(m.text, m.label, m.key) for m in found] == [
        ("Korean Battlefield Exchange Office", "ORG", "ORG:korean-battlefield-exchange-office"),
        ("KBEO", "ORG", "ORG:korean-battlefield-exchange-office"),
        ("KBEO", "ORG", "ORG:korean-battlefield-exchange-office"),
    ]
    assert found[2].canonical_name == "Korean Battlefield Exchange Office"


def test_entities_acronym_the_gazetteer_knows_as_something_else_stays_apart() -> None:
    found = _found("He joined Real Club Deportivo (USA) last year.", [("Real Club Deportivo", "ORG"), ("USA", "GPE")])
    assert [(m.text, m.key) for m in found] == [
        ("Real Club Deportivo", "ORG:real-club-deportivo"), ("USA", "GPE:united-states")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        ("NATO Secretary General Jens Stoltenberg spoke.", [("Secretary General Jens Stoltenberg", "PERSON")],
         [("Jens Stoltenberg", "PERSON")]),
        ("Principal Deputy National Security Adviser Kim Tae-hyo said so.",
         [("Principal Deputy National Security Adviser", "WORK_OF_ART"), ("Kim Tae-hyo", "PERSON")],
         [("Kim Tae-hyo", "PERSON")]),
        ("A warning to Russian President Vladimir Putin came.", [("Russian President Vladimir Putin", "PERSON")],
         [("Russian", "NORP"), ("Vladimir Putin", "PERSON")]),
        ("Talks with Mr. Kim ended.", [("Mr. Kim", "PERSON")], [("Kim", "PERSON")]),
        ("The Foreign Minister left.", [("Foreign Minister", "ORG")], []),
        ("Led by Swede Kennet Andersson in attack.", [("Swede Kennet Andersson", "PERSON")],
         [("Swede", "NORP"), ("Kennet Andersson", "PERSON")]),
    ],
)
def test_entities_titles_are_not_entities_nor_parts_of_names(text, ents, expected) -> None:
    assert [(m.text, m.label) for m in _found(text, ents)] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a title before one mention is evidence for all mentions of the name
        ("President Yoon arrived. Yoon will visit Washington.", [("Yoon", "PERSON"), ("Yoon", "GPE"),
                                                                 ("Washington", "GPE")],
         [("Yoon", "PERSON"), ("Yoon", "PERSON"), ("Washington", "GPE")]),
        # a one-word name that says something, and is no place the gazetteer knows, is a person
        ("Yoon said Seoul will act. Yoon will go.", [("Yoon", "GPE"), ("Seoul", "GPE"), ("Yoon", "GPE")],
         [("Yoon", "PERSON"), ("Seoul", "GPE"), ("Yoon", "PERSON")]),
        # the gazetteer outweighs the model's guess
        ("Partners in the Indo-Pacific met.", [("the Indo-Pacific", "ORG")], [("Indo-Pacific", "LOC")]),
        ("Seoul, according to Yonhap.", [("Seoul", "GPE"), ("Yonhap", "PERSON")],
         [("Seoul", "GPE"), ("Yonhap", "ORG")]),
        ("The ship left Cape Cod.", [("Cape Cod", "PERSON")], [("Cape Cod", "LOC")]),
    ],
)
def test_entities_one_label_per_entity_by_evidence(text, ents, expected) -> None:
    assert [(m.text, m.label) for m in _found(text, ents)] == expected


@pytest.mark.parametrize(
    ("surface", "label", "key", "country"),
    [
        ("U.S.", "GPE", "GPE:united-states", "US"),
        ("US", "GPE", "GPE:united-states", "US"),
        ("the United States", "GPE", "GPE:united-states", "US"),
        ("Britain", "GPE", "GPE:united-kingdom", "GB"),
        ("North Korean", "NORP", "NORP:north-korean", "KP"),
        ("Ukrainians", "NORP", "NORP:ukrainian", "UA"),
        ("Yonhap", "ORG", "ORG:yonhap", "KR"),
        ("Korean Peninsula", "LOC", "LOC:korean-peninsula", None),
        ("Middle East", "LOC", "LOC:middle-east", None),
        ("Brussels", "GPE", "GPE:brussels", "BE"),
    ],
)
def test_entities_gazetteer_gives_canonical_keys_and_countries(surface, label, key, country) -> None:
    text = f"Officials in {surface} spoke."
    (m,) = _found(text, [(surface, "GPE" if label != "NORP" else "NORP")])
    assert (m.label, m.key, m.country) == (label, key, country)


def test_entities_places_carry_geonames_id_and_coordinates() -> None:
    (brussels, korea) = _found("Brussels and South Korea.", [("Brussels", "GPE"), ("South Korea", "GPE")])
    assert (brussels.geonames_id, brussels.country) == (2800866, "BE")
    assert brussels.latitude == pytest.approx(50.85, abs=0.01) and brussels.longitude == pytest.approx(4.35, abs=0.01)
    assert (korea.geonames_id, korea.country, korea.latitude) == (1835841, "KR", None)


def test_entities_a_smaller_city_is_linked_through_the_dateline_gazetteer() -> None:
    (m,) = _found("Crowds gathered in Chatham.", [("Chatham", "GPE")], home_country="US")
    assert (m.key, m.country) == ("GPE:chatham", "US")
    assert m.geonames_id is not None


def test_entities_company_named_without_its_designators_is_the_company() -> None:
    found = _found("Newmont Mining Corp. rose. Newmont said gold sales grew.",
                   [("Newmont Mining Corp.", "ORG"), ("Newmont", "GPE")])
    assert [(m.text, m.label, m.key) for m in found] == [
        ("Newmont Mining Corp.", "ORG", "ORG:newmont-mining-corp"), ("Newmont", "ORG", "ORG:newmont-mining-corp")]


def test_entities_untagged_repeats_of_a_name_are_found() -> None:
    text = ("President Vaclav Havel met envoys. Aides said Havel would rest. Havel said so. "
            "Neil Young sang. Young voters cheered the Havel Foundation.")
    found = _found(text, [("Vaclav Havel", "PERSON"), ("Neil Young", "PERSON")])
    # a surname is not taken where it opens a sentence or runs into another capitalised word
    assert [(m.text, m.key) for m in found] == [
        ("Vaclav Havel", "PERSON:vaclav-havel"), ("Havel", "PERSON:vaclav-havel"),
        ("Neil Young", "PERSON:neil-young")]


def test_entities_repeat_of_a_tagged_name_may_open_a_sentence() -> None:
    text = "Officials said Havel would rest. Havel said so."
    found = _found(text, [("Havel", "PERSON")])
    assert [(m.text, m.start) for m in found] == [("Havel", 15), ("Havel", 33)]


@pytest.mark.parametrize(
    ("text", "surface", "label", "expected"),
    [
        ("Shares of Munich Re fell.", "Munich Re", "PERSON", ("Munich Re", "ORG")),
        ("It bought Brewpole BV last year.", "Brewpole BV", "GPE", ("Brewpole BV", "ORG")),
        ("Xinhua news agency reported.", "Xinhua news agency", "ORG", ("Xinhua", "ORG")),
    ],
)
def test_entities_company_shapes(text, surface, label, expected) -> None:
    (m,) = _found(text, [(surface, label)])
    assert (m.text, m.label) == expected


def test_entities_dates_and_numbers_pass_through() -> None:
    found = _found("On Friday 40 people met.", [("Friday", "DATE"), ("40", "CARDINAL")])
    assert [(m.text, m.label) for m in found] == [("Friday", "DATE"), ("40", "CARDINAL")]


def test_entities_offsets_index_the_text() -> None:
    text = "Officials in South Korea and the United States met."
    found = _found(text, [("South Korea", "GPE"), ("the United States", "GPE")])
    for m in found:
        assert text[m.start:m.end] == m.text
    assert [m.key for m in found] == ["GPE:south-korea", "GPE:united-states"]


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


_LABELS = st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "WORK_OF_ART"])


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120), st.data())
def test_entities_never_raise_and_keep_offsets_on_any_text(text: str, data) -> None:
    found = mentions(random_ents(text, data, _LABELS, longest=3), text)
    assert_sound(found, text)


def random_ents(text: str, data, labels, *, longest: int) -> tuple:
    """TEXT on the blank pipeline with entities of up to LONGEST+1 tokens drawn over it, as a model might give them."""
    doc = BLANK(text)
    spans, cursor = [], 0
    while cursor < len(doc):
        start = data.draw(st.integers(cursor, len(doc)))
        if start >= len(doc):
            break
        end = data.draw(st.integers(start + 1, min(len(doc), start + longest + 1)))
        spans.append(Span(doc, start, end, label=data.draw(labels)))
        cursor = end
    doc.ents = spans
    return doc.ents


def assert_sound(found: list, text: str) -> None:
    """Mentions inside the text, at their offsets, keyed by their label, in order."""
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.key.startswith(m.label + ":")
    assert [m.start for m in found] == sorted(m.start for m in found)


# --- the real model on real copy ------------------------------------------------------


def _seed_mentions(nlp, path):
    article = parse_file(path.read_bytes(), reference_date=dt.date(2024, 7, 5)).articles[0]
    doc = nlp(article.body)
    return mentions(doc.ents, article.body, home_country=article.dateline.country if article.dateline else None)


def test_entities_seed_errors_of_the_bare_model_are_fixed(nlp) -> None:
    found = _seed_mentions(nlp, YONHAP_SEED)
    by_text: dict[str, set[tuple[str, str]]] = {}
    for m in found:
        by_text.setdefault(m.text, set()).add((m.label, m.key))
    # surname -> the full person
    assert by_text["Stoltenberg"] == {("PERSON", "PERSON:jens-stoltenberg")}
    assert by_text["Jens Stoltenberg"] == {("PERSON", "PERSON:jens-stoltenberg")}
    # the expansion and its acronym are one organisation
    assert by_text["North Atlantic Treaty Organization"] == by_text["NATO"] == {
        ("ORG", "ORG:north-atlantic-treaty-organization")}
    # a region is a location, under one key
    assert by_text["Indo-Pacific"] == {("LOC", "LOC:indo-pacific")}
    # a job title is no entity and no part of the name after it
    assert not [m for m in found if "Adviser" in m.text or "Principal" in m.text]
    assert by_text["Kim Tae-hyo"] == {("PERSON", "PERSON:kim-tae-hyo")}
    # one name, one label
    assert by_text["Yoon"] == {("PERSON", "PERSON:yoon")}
    # demonyms are linked to their country
    north_korean = next(m for m in found if m.text == "North Korean")
    assert (north_korean.label, north_korean.country) == ("NORP", "KP")
    assert next(m for m in found if m.text == "Brussels").geonames_id == 2800866


SAMPLE_A = """WASHINGTON (AP) — U.S. President Joe Biden welcomed NATO Secretary General Jens Stoltenberg
to the White House on Monday, days before allied leaders meet in the capital.

Stoltenberg told reporters the alliance would keep supporting Ukraine. Biden said the United States
stood with its allies.
"""

SAMPLE_B = """BRUSSELS, July 8 (Reuters) - The North Atlantic Treaty Organization (NATO) will ask members to
spend more on air defence for Ukraine, its outgoing chief Jens Stoltenberg said on Monday.

Stoltenberg, a former Norwegian prime minister, said the U.S. remained the alliance's largest
contributor. Ukrainian officials welcomed the plan.
"""


def test_entities_same_entity_in_two_of_our_stories_gets_the_same_key(nlp) -> None:
    keys = []
    for sample in (SAMPLE_A, SAMPLE_B):
        article = parse_file(sample.encode(), reference_date=dt.date(2024, 7, 8)).articles[0]
        found = mentions(nlp(article.body).ents, article.body,
                         home_country=article.dateline.country if article.dateline else None)
        keys.append({m.key for m in found})
    shared = keys[0] & keys[1]
    assert {"PERSON:jens-stoltenberg", "ORG:north-atlantic-treaty-organization", "GPE:united-states",
            "GPE:ukraine"} <= shared


def test_entities_seeds_of_other_agencies_resolve(nlp) -> None:
    found = _seed_mentions(nlp, SEEDS / "reuters-london-rates.txt")
    bailey = {(m.label, m.key) for m in found if "Bailey" in m.text}
    assert bailey == {("PERSON", "PERSON:andrew-bailey")}
    assert {(m.text, m.key) for m in found if m.text == "Britain"} == {("Britain", "GPE:united-kingdom")}


_PIECES = st.sampled_from(list("ab _-'’é1\n") + ["Ab", "A"])


@given(st.lists(_PIECES, max_size=30).map("".join), st.lists(_PIECES, min_size=1, max_size=4).map("".join))
def test_entities_whole_word_spans_are_what_the_boundary_pattern_finds(text: str, name: str) -> None:
    expected = [m.span() for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text)]
    assert list(entities._whole_word_spans(text, name)) == expected


_SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=25)


@given(_SPANS)
def test_entities_covered_characters_answer_as_the_scan_of_taken_spans(spans: list[tuple[int, int]]) -> None:
    # Greedy keep-if-free over the list, once with _Covered and once with the plain overlap scan.
    covered, kept_fast, kept_scan = entities._Covered(size=20), [], []
    for start, end in spans:
        if covered.free(start, end):
            covered.take(start, end)
            kept_fast.append((start, end))
        if not any(s < end and start < e for s, e in kept_scan):
            kept_scan.append((start, end))
    assert kept_fast == kept_scan


_VOTES = st.dictionaries(st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "NORP"]),
                         st.lists(st.sampled_from([1, 2, 3, 5, 6, 7, 8, 10]), min_size=1, max_size=4), min_size=1)


@given(_VOTES)
def test_entities_one_groups_label_is_the_merged_label_of_it_alone(votes) -> None:
    group = entities._Group("x", ("x",), [0], votes, {})
    assert entities._label(group) == entities._label_of([group])


def _titled_before_as_it_was(text: str, start: int) -> bool:
    """entities._titled_before before it looked the last word up first: the line's words split every time."""
    from wirecopy.transforms.knowledge import titles

    before = text[max(0, start - entities._WORDS_BEFORE):start]
    if not before or before[-1] not in " \t":
        return False
    words = before.split("\n")[-1].split()
    if not words:
        return False
    last = words[-1]
    if last[-1] in ",;:)\"" or (last.endswith(".") and titles.title_kind(last) != titles.HONORIFIC):
        return False
    return titles.titled(words)


_TITLE_PROSE = st.lists(st.sampled_from([
    "President", "president", "Mr.", "Mr", "Dr.", "Foreign", "Minister", "minister", "Secretary", "of", "State",
    "striker", "Deputy", "the", "said", "Kim", "U.S.", "Gen.", "(", ")", ",", ";", ":", "\"", ".", " ", "  ", "\t",
    "\n", "\u00a0", "\x1c", "é",
]), max_size=30).map("".join)


@settings(max_examples=400)
@given(_TITLE_PROSE, st.data())
def test_entities_title_before_a_name_is_found_as_before(text: str, data) -> None:
    start = data.draw(st.integers(0, len(text)))
    assert entities._titled_before(text, start) == _titled_before_as_it_was(text, start)
    name = text + "Kim Jong"
    assert entities._titled_before(name, len(text)) == _titled_before_as_it_was(name, len(text))


def test_entities_title_before_a_name_examples() -> None:
    assert entities._titled_before("said Foreign Minister Kim", 22)
    assert entities._titled_before("met Mr. Kim", 8)
    assert not entities._titled_before("met Mr., Kim", 9)
    assert not entities._titled_before("Minister\nKim", 9)
    assert not entities._titled_before("said Kim", 5)
    assert entities._titled_before("President\tKim", 10)


@settings(max_examples=300)
@given(_TITLE_PROSE, st.sampled_from(["President", "Mr.", "minister", "Foreign Minister", "Secretary of State",
                                      "Gen.", "said"]),
       st.sampled_from([" ", "\t", "  ", " \t", "\n", ", ", "\u00a0", "", ". "]))
def test_entities_title_just_before_a_name_is_found_as_before(prose: str, title: str, gap: str) -> None:
    text = prose + title + gap + "Kim"
    start = len(text) - 3
    assert entities._titled_before(text, start) == _titled_before_as_it_was(text, start)


def _short_person_names_as_they_were(cands, groups, group_of, labels):
    """entities._short_person_names before its look-up tables: every group tested against every full name."""
    full = []
    for gid, g in groups.items():
        if labels[gid] == "PERSON" and len(g.tokens) >= 2:
            full.append((min(cands[i].start for i in g.members), gid))
    full.sort()
    unambiguous, by_mention = [], {}
    for gid, g in groups.items():
        if labels[gid] in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            continue
        matches = []
        for _, full_gid in full:
            if full_gid == gid:
                continue
            whole = groups[full_gid].tokens
            n = len(g.tokens)
            if n >= len(whole):
                continue
            strong = entities.W_PERSON_LINK if g.known is None or "PERSON" in g.votes else entities.W_GIVEN_NAME_LINK
            if whole[-n:] == g.tokens:
                matches.append((full_gid, strong))
            elif whole[:n] == g.tokens:
                matches.append((full_gid, entities.W_GIVEN_NAME_LINK if g.known else entities.W_PERSON_LINK))
        if len(matches) == 1:
            unambiguous.append((gid, *matches[0]))
        elif matches:
            g.votes["PERSON"].append(max(w for _, w in matches))
            firsts = {m: min(cands[i].start for i in groups[m].members) for m, _ in matches}
            for i in g.members:
                before = [m for m in firsts if firsts[m] <= cands[i].start]
                by_mention[i] = max(before, key=firsts.get) if before else min(firsts, key=firsts.get)
    return unambiguous, by_mention


def _short_org_names_as_they_were(groups, labels):
    links = []
    orgs = [(gid, g) for gid, g in groups.items() if labels[gid] == "ORG" and len(g.tokens) >= 2]
    for gid, g in groups.items():
        for org_gid, org in orgs:
            n = len(g.tokens)
            if org_gid == gid or n >= len(org.tokens) or org.tokens[:n] != g.tokens:
                continue
            if all(t.strip(".,") in entities.ORG_DESIGNATORS for t in org.tokens[n:]):
                links.append((gid, org_gid))
                break
    return links


_GROUP_WORDS = st.lists(st.sampled_from(["kim", "jong", "un", "newmont", "mining", "corp.", "inc", "group", "jordan"]),
                        max_size=4).map(tuple)


@settings(max_examples=300)
@given(st.lists(st.tuples(_GROUP_WORDS, st.sampled_from(["PERSON", "ORG", "GPE", "DATE"]), st.booleans(),
                          st.booleans(), st.lists(st.integers(0, 500), min_size=1, max_size=3)), max_size=12))
def test_entities_short_names_link_as_before(specs) -> None:
    from collections import defaultdict
    from types import SimpleNamespace

    from wirecopy.transforms.knowledge import gazetteer

    def build():
        groups, labels, cands, group_of = {}, {}, [], []
        for k, (tokens, label, known, voted, starts) in enumerate(specs):
            gid = f"{k}:{' '.join(tokens)}"
            votes = defaultdict(list, {"PERSON": [1]} if voted else {})
            g = entities._Group(" ".join(tokens), tokens, [], votes, {},
                                gazetteer.Known("GPE:x", "GPE", "X", "city", None, None, None, None) if known else None)
            for start in starts:
                g.members.append(len(cands))
                cands.append(SimpleNamespace(start=start, end=start + 1))
                group_of.append(gid)
            groups[gid], labels[gid] = g, label
        return cands, groups, group_of, labels

    cands, groups, group_of, labels = build()
    # A text without titles: the links are the ones made before titles were read.
    links = entities._short_person_names(cands, groups, group_of, labels, " " * 600)
    old_cands, old_groups, old_group_of, old_labels = build()
    assert (links.unambiguous, links.by_mention) == _short_person_names_as_they_were(
        old_cands, old_groups, old_group_of, old_labels)
    assert {gid: dict(g.votes) for gid, g in groups.items()} == {gid: dict(g.votes) for gid, g in old_groups.items()}
    assert entities._short_org_names(groups, labels) == _short_org_names_as_they_were(old_groups, old_labels)
