"""Named-entity mentions of one story: resolved, labelled by evidence, keyed.

The spaCy pipeline is loaded and run by the flow (loading a model is
file-system work); this module turns the spans it found into mentions.
Any pipeline's spans will do: the layer needs only offsets and labels, and
a gazetteer key where wirecopy's entity_ruler matched.

The small English model names a person in full once and by surname after,
labelling the surname ORG or GPE; it calls a region an ORG and a title a
WORK_OF_ART; it gives one name two labels in one story. So, in order:

1. boundaries: spans are cut down to the names they hold (entity_spans);
   agate forms name teams and scorers (entity_forms);
2. links inside the story: a short form of a person named in full is that
   person; an acronym in parentheses after a name is that name; a company
   named without its "Corp." is that company; the same words are the same
   entity, and where the model passed over a repeat of them, it is found;
3. one label per entity, by the strongest evidence: a table form, a title
   before the name ("President", "Mr."), a link to a full name, the
   gazetteer, then the model's own votes;
4. canonical form: a gazetteer entry's name and key, else the fullest name
   in the story; places linked to ISO country, GeoNames id and coordinates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Iterator, Protocol, Sequence

from wirecopy.transforms.knowledge import gazetteer, places, titles
from wirecopy.transforms.knowledge.casing import fold
from wirecopy.transforms.knowledge.entity_keys import entity_key
from wirecopy.transforms.ner import entity_cues, entity_forms
from wirecopy.transforms.ner.entity_spans import FORM, MODEL, REPEAT, RULER, Candidate, clean, is_acronym

__all__ = ["NAME_LABELS", "Mention", "entity_key", "mentions"]

RULESET = "entities.v1"

# Evidence for a label, strongest first. A table form outranks everything
# (a "Bologna" in a results line is the club, whatever the prose suggests).
W_FORM, W_TITLE, W_PERSON_LINK, W_LINK, W_GAZETTEER, W_FEATURE, W_SPEECH, W_MODEL = 10, 8, 8, 7, 6, 5, 2, 1
# A company designator ending the name ("Nikko Securities Co") outweighs a
# title before it: "lead manager Nikko Securities Co" names no person.
W_DESIGNATOR = 9
# A first-name or family-name link is weaker than the gazetteer ("Milan"
# after "Milan Rapajic" is still the city, or the club); a surname link is not.
W_GIVEN_NAME_LINK = 3

# Company designators: "Newmont Mining Corp." is "Newmont" later in the story.
ORG_DESIGNATORS = frozenset({
    "corp", "corporation", "inc", "incorporated", "co", "company", "ltd", "limited", "plc", "llc", "ag",
    "sa", "nv", "bv", "gmbh", "spa", "ab", "asa", "oyj", "group", "holdings", "holding", "mining",
    "industries", "international", "bancorp", "&",
})
# Designators that end only a company's name (not "Group" or "International":
# "Group of Seven", "Amnesty International" are not companies, but they are
# organisations all the same, so ORG_DESIGNATORS above may include them).
COMPANY_SUFFIXES = frozenset({
    "corp", "corporation", "inc", "incorporated", "co", "ltd", "limited", "plc", "llc", "ag", "sa", "nv", "bv",
    "gmbh", "spa", "ab", "asa", "oyj", "re", "bancorp", "kk", "pte", "bhd", "tbk", "sas", "srl", "lp", "llp",
})
# Labels whose mentions take part in in-story links and label votes. Dates,
# numbers and money are passed through as the model found them.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART",
                          "LAW", "LANGUAGE"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "Yoon said": a one-word name the gazetteer does not know as a place, saying something, is a person.
_SPEECH_AFTER_RE = re.compile(
    r"[ \t]+(?:said|says|told|added|stated|declared|announced|warned|insisted|argued|noted|wrote|"
    r"asked|replied|urged|stressed)\b"
)
_SPEECH_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
_RENAMED_LABELS = NAME_LABELS - {"ORG"}
_ACRONYM_AFTER_RE = re.compile(r"[ \t]*\([ \t]*(?P<acr>[A-Z][A-Za-z0-9&.\-]{1,11})[ \t]*\)")
_WORDS_BEFORE = 60


class Span(Protocol):
    start_char: int
    end_char: int
    label_: str


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    key: str
    canonical_name: str
    country: str | None = None          # ISO 3166-1 alpha-2 of a place, a demonym, an agency
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None


def mentions(ents: Sequence[Span], text: str, *, home_country: str | None = None) -> tuple[Mention, ...]:
    """Mentions of a story body from a processed Doc's `ents`, resolved inside the story.

    home_country (the dateline's ISO code) breaks ties between same-named places.
    """
    found = [_candidate(e) for e in ents]
    teams, agate_labels = entity_forms.form_spans(text)
    if teams or agate_labels:
        teams = _rows_of_people(teams, found)
        taken = [(t.start, t.end) for t in teams] + agate_labels
        found = [c for c in found if not any(c.start < e and s < c.end for s, e in taken)]
        found += [Candidate(t.start, t.end, t.label, FORM, t.known_key) for t in teams]
    cands = _with_designators(clean(found, text), text)
    cands = _laws(_numbered_bodies(_without_amounts(cands, text), text), text)
    cands = _state_bodies(_places_before_nouns(_joined_lists(cands, text), text), text)
    cands = _dedupe(_firm_conjuncts(_possessives(_places_before_people(_known_pairs(cands, text), text), text), text))
    cands = _with_acronyms(_hyphen_compounds(cands, text), text)
    cands = _with_repeats(cands, text)
    return _resolve(cands, text, home_country)


def _rows_of_people(spans: list[entity_forms.FormSpan], found: list[Candidate]) -> list[entity_forms.FormSpan]:
    """Rows of a table of athletes ("Nick Price 68 70 71") are people; rows of a league table are teams.

    The form cannot tell one from the other; the model's reading of the
    whole table can, where one row at a time cannot: the rows the model
    read as persons outnumbering those it read as anything else make every
    row a person (a country's name stays the country's side).
    """
    rows = [s for s in spans if s.slot == entity_forms.ROW and s.known_key is None]
    if not rows:
        return spans
    people = others = 0
    model = sorted((c.start, c.end, c.label) for c in found if c.label in NAME_LABELS)
    k = 0
    for row in rows:
        while k < len(model) and model[k][1] <= row.start:
            k += 1
        labels = {label for start, end, label in model[k:k + 4] if start < row.end and row.start < end}
        if "PERSON" in labels:
            people += 1
        elif labels:
            others += 1
    if people <= others:
        return spans
    return [replace(s, label="PERSON") if s.slot == entity_forms.ROW and s.known_key is None else s for s in spans]


_POSSESSOR_RE = re.compile(r"(?P<owner>.+?)(?:'s|’s)[ \t]+(?P<rest>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})$")


def _possessives(cands: list[Candidate], text: str) -> list[Candidate]:
    """ "said Capel's Dennis": the firm and its man, two mentions, where the story names the firm elsewhere.

    A possessive inside a span is part of a name often enough ("National
    People's Congress") that only the story can tell: the words before it
    must be another mention of the story, or the last word of one ("James
    Capel"). They take that mention's label (resolution decides the rest);
    a person is named after them.
    """
    if not any("'s " in text[c.start:c.end] or "’s " in text[c.start:c.end] for c in cands):
        return cands
    owners: dict[str, str] = {}
    for c in cands:
        if c.label in NAME_LABELS:
            name = text[c.start:c.end]
            owners.setdefault(_fold(name), c.label)
            if " " in name:
                owners.setdefault(_fold(name.rsplit(None, 1)[-1]), c.label)
    out: list[Candidate] = []
    for c in cands:
        m = _POSSESSOR_RE.match(text, c.start, c.end) if c.label in ("PERSON", "ORG") else None
        label = owners.get(_fold(m.group("owner"))) if m else None
        if m and label:
            out.append(Candidate(m.start("owner"), m.end("owner"), label, MODEL))
            out.append(Candidate(m.start("rest"), c.end, "PERSON", MODEL))
        else:
            out.append(c)
    return out


def _state_bodies(cands: list[Candidate], text: str) -> list[Candidate]:
    """ "UK Department of Transport", "U.S. Federal Reserve": the country, then its state body, as two mentions.

    The body is then keyed by its own name (and found in the gazetteer
    where it is known), and the country joins the story's other mentions of it.
    """
    out: list[Candidate] = []
    for c in cands:
        first, _, rest = text[c.start:c.end].partition(" ")
        # One word left ("U.S. Government", "UK Treasury") is no name of its own: split off, it
        # would be one key for every country's government. The span stays whole.
        if (c.label == "ORG" and c.source == MODEL and rest[:1].isupper() and " " in rest.strip()
                and rest.split(None, 1)[0].casefold() in entity_cues.STATE_BODY_OPENERS
                and (known := gazetteer.lookup(first)) is not None and known.kind == "country"):
            out.append(Candidate(c.start, c.start + len(first), known.label, RULER, known.key))
            out.append(Candidate(c.end - len(rest), c.end, "ORG", MODEL))
        else:
            out.append(c)
    return out


# What makes a place and a capitalised noun after it a name after all: a designator, a firm's cue, or
# the name doing something ("U.S. Steel said", "British Gas's bid").
_AGENT_AFTER_RE = re.compile(r"(?:'s|’s)\b|[ \t]+(?:said|says|shares|stock|Corp|Inc|Co|Ltd|PLC|Plc)\b")


def _places_before_nouns(cands: list[Candidate], text: str) -> list[Candidate]:
    """ "U.S. Economy", "U.K. Interest rates": a place, then a common noun a headline capitalised.

    The noun is no part of a name when it is an abstract or economic one
    (entity_cues.ABSTRACT_NOUNS), or when the story prints the same place
    with the noun in lower case ("the U.S. economy"). Where the words after
    it make it a firm ("U.S. Steel said", "British Gas Plc") it stays whole.
    The place is kept as a mention of its own, linked to the gazetteer.
    """
    out: list[Candidate] = []
    for c in cands:
        if c.label in NAME_LABELS and c.source == MODEL and (place := _place_then_noun(text, c)) is not None:
            known, length = place
            out.append(Candidate(c.start, c.start + length, known.label, RULER, known.key))
        else:
            out.append(c)
    return out


def _place_then_noun(text: str, c: Candidate) -> tuple[gazetteer.Known, int] | None:
    name = text[c.start:c.end]
    words = name.split()
    if len(words) < 2 or "\n" in name:
        return None
    for n in (1, 2):
        rest = words[n:]
        if not rest or len(rest) > 2 or not all(w[:1].isupper() for w in rest):
            continue
        head = " ".join(words[:n])
        known = gazetteer.lookup(head)
        if known is None or known.kind not in ("country", "demonym", "region", "state", "city"):
            continue
        if _AGENT_AFTER_RE.match(text, c.end) or entity_cues.label_cue(text, c.start, c.end) == "ORG":
            return None
        nouns = [w.casefold() for w in rest]
        if all(w in entity_cues.ABSTRACT_NOUNS for w in nouns) or (
                len(rest) == 1 and re.search(rf"\b{re.escape(head)}[ \t]+{re.escape(nouns[0])}\b", text)):
            return known, name.index(words[n - 1]) + len(words[n - 1])
    return None


# "Franco-", "Sino-": a people's combining form before a hyphen.
_COMBINING_FORM_RE = re.compile(r"(?<![\w-])(?:Anglo|Franco|Sino|Russo|Indo|Afro|Euro|Austro|Greco|Italo|Judeo|Hispano|"
                                r"Luso|Nippo|Germano|Polono|Turco|Irano|Arabo|Serbo|Croato)-$")
_LOWER_AFTER_HYPHEN_RE = re.compile(r"-[a-z]+(?:-[a-z]+)*\b(?!-)")


def _hyphen_compounds(cands: list[Candidate], text: str) -> list[Candidate]:
    """ "Soviet-imposed", "French-owned", "Franco-African": a people's name inside one hyphenated word.

    The word is the mention (a name does not end inside a word), and it
    keeps the people's key: "French-owned" is a mention of the French.
    """
    if "-" not in text:
        return cands
    out: list[Candidate] = []
    for c in cands:
        hyphened = text[c.end:c.end + 1] == "-" or text[c.start - 1:c.start] == "-"
        if c.label == "NORP" and c.source != FORM and hyphened:
            known = gazetteer.by_key(c.known_key) if c.known_key else gazetteer.lookup(text[c.start:c.end])
            after = _LOWER_AFTER_HYPHEN_RE.match(text, c.end)
            before = _COMBINING_FORM_RE.search(text, max(0, c.start - 12), c.start)
            if known is not None and known.kind == "demonym" and (after or before):
                start = before.start() if before else c.start
                end = after.end() if after else c.end
                out.append(Candidate(start, end, "NORP", RULER, known.key))
                continue
        out.append(c)
    return out


def _known_pairs(cands: list[Candidate], text: str) -> list[Candidate]:
    """Two spans a model cut at "and" that the gazetteer knows as one ("Trinidad and Tobago")."""
    if not any(text[a.end:b.start] == " and " for a, b in pairwise(cands)):
        return cands

    def joined(i: int, c: Candidate, nxt: Candidate) -> Candidate | None:
        if (text[c.end:nxt.start] == " and " and c.source != FORM and nxt.source != FORM
                and c.label in NAME_LABELS and nxt.label in NAME_LABELS
                and (known := gazetteer.lookup(text[c.start:nxt.end])) is not None):
            return Candidate(c.start, nxt.end, known.label, RULER, known.key)
        return None

    return _join_neighbours(cands, joined)


def _join_neighbours(cands: list[Candidate], joined) -> list[Candidate]:
    """Each candidate and the next made one where `joined(i, c, next)` gives the one; the rest as they were."""
    out: list[Candidate] = []
    skip = -1
    for i, c in enumerate(cands):
        if i == skip:
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None and (one := joined(i, c, nxt)) is not None:
            out.append(one)
            skip = i + 1
            continue
        out.append(c)
    return out


# "Ambassador to Havana Viktor Koronelli": a place the model ran into the name after it.
_PLACE_PREPOSITION_RE = re.compile(r"\b(?:to|in|from|at)[ \t]+$")


def _places_before_people(cands: list[Candidate], text: str) -> list[Candidate]:
    """ "Russian Ambassador to Havana Viktor Koronelli": the place, then the person, as two mentions.

    A model reads a capitalised run as one name. Where it opens with a
    place the gazetteer knows, a preposition that governs places stands
    before it, and two words or more follow, the place is the object of
    the preposition and the rest is the person.
    """
    out: list[Candidate] = []
    for c in cands:
        if c.label == "PERSON" and c.source == MODEL and text[c.start - 1:c.start] == " ":
            words = text[c.start:c.end].split()
            split = None
            if len(words) >= 3 and _PLACE_PREPOSITION_RE.search(text, max(0, c.start - 6), c.start):
                for n in (1, 2):
                    known = gazetteer.lookup(" ".join(words[:n])) if len(words) - n >= 2 else None
                    if known is not None and known.label in _PLACE_LABELS and known.kind != "demonym":
                        split = (n, known)
                        break
            if split is not None:
                n, known = split
                place_end = c.start + text[c.start:c.end].index(words[n - 1]) + len(words[n - 1])
                person_start = c.start + text[c.start:c.end].index(words[n], place_end - c.start)
                out.append(Candidate(c.start, place_end, known.label, RULER, known.key))
                out.append(Candidate(person_start, c.end, "PERSON", MODEL))
                continue
        out.append(c)
    return out


def _firm_conjuncts(cands: list[Candidate], text: str) -> list[Candidate]:
    """ "of Prescott Ball and Turben", "analysts at Hoare Lyle and Govett": a firm's name runs to its last member.

    Partnerships are named by their partners' surnames joined by "and";
    a model reads each as a person. Where the words around the pair make a
    firm of it (a person "of" it before, a firm's cue around it), a last
    member of one word, which the story names nowhere else and the
    gazetteer does not know, joins the name before it in one ORG.
    """
    if not any(text[a.end:b.start] in _FIRM_JOINS for a, b in pairwise(cands)):
        return cands

    def joined(i: int, c: Candidate, nxt: Candidate) -> Candidate | None:
        if (text[c.end:nxt.start] in _FIRM_JOINS and c.label in ("PERSON", "ORG")
                and nxt.label in ("PERSON", "ORG") and c.source != FORM and nxt.source != FORM
                and _last_member(text, nxt) and not _designated(text[c.start:c.end])
                and gazetteer.lookup(text[c.start:c.end]) is None
                and (_affiliated(cands, i, text) or entity_cues.label_cue(text, c.start, nxt.end) == "ORG")):
            return Candidate(c.start, nxt.end, "ORG", MODEL)
        return None

    return _join_neighbours(cands, joined)


_FIRM_JOINS = frozenset({" and ", " & "})


def _last_member(text: str, c: Candidate) -> bool:
    name = text[c.start:c.end]
    return (" " not in name and name[:1].isupper() and name[1:].islower() and len(name) >= 3
            and gazetteer.lookup(name) is None and text.count(name) == 1)


def _affiliated(cands: list[Candidate], i: int, text: str) -> bool:
    """ "Bruce Lazier of X": the candidate before is a person, and "of" joins them."""
    return i > 0 and cands[i - 1].label == "PERSON" and text[cands[i - 1].end:cands[i].start] in _AFFILIATION_LINKS


# "Robert W. Baird and Co", "Nippon Life Insurance Co Ltd": designators a model left outside the name.
_DESIGNATORS_AFTER_RE = re.compile(
    r"(?:,?[ \t]+(?:and|&)[ \t]+Co\b\.?|[ \t]*&[ \t]*Co\b\.?)?"
    r"(?:,?[ \t]+(?:Co|Corp|Inc|Ltd|PLC|Plc|LLC|AG|NV|SpA|GmbH|KK)\b\.?)*"
)


def _with_designators(cands: list[Candidate], text: str) -> list[Candidate]:
    """A firm's name runs on over "and Co", "Ltd", "Inc" after it; a designator alone is no name.

    Extended where the model stopped short, so "Co" is not an organisation
    of its own and the name ends in the designator that makes it a company.
    """
    out: list[Candidate] = []
    swallowed_to = -1
    for c in cands:
        if c.start < swallowed_to:
            continue
        if c.label in ("ORG", "PERSON") and c.source != FORM:
            m = _DESIGNATORS_AFTER_RE.match(text, c.end)
            if m and m.end() > c.end:
                end = m.end() - 1 if text[m.end() - 1] == "." and m.end() == len(text.rstrip()) else m.end()
                c = replace(c, end=end, label="ORG", known_key=None)
                swallowed_to = end
        out.append(c)
    return out


# "Group of 77", "Group of Seven", "Committee of 100": a body named by its number of members.
_NUMBER_WORDS = ("Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty"
                 "|Hundred")
_OF_NUMBER_RE = re.compile(rf"[ \t]+of[ \t]+(?:\d{{1,3}}|(?:{_NUMBER_WORDS})(?:-(?:[a-z]+))?)\b(?![.,]\d)")
_NUMBERED_HEADS = frozenset({"group", "committee", "club", "council", "gang", "union"})


def _numbered_bodies(cands: list[Candidate], text: str) -> list[Candidate]:
    """ "the Group of 77": a body's name runs on over "of" and its number, which a model leaves out."""
    out: list[Candidate] = []
    for c in cands:
        if (c.label in NAME_LABELS and c.source != FORM
                and text[c.start:c.end].rsplit(None, 1)[-1].casefold() in _NUMBERED_HEADS
                and (m := _OF_NUMBER_RE.match(text, c.end))):
            c = Candidate(c.start, m.end(), "ORG", MODEL)
        out.append(c)
    return out


# Last words of the name of a law: "Banking Bill", "Financial Services Act".
_LAW_HEADS = frozenset({"act", "bill", "treaty", "amendment"})
_CAPITALISED_BEFORE_RE = re.compile(r"(?:(?<=[ \t])|^)(?P<words>(?:[A-Z][\w'’-]*[ \t]+){1,4})$", re.MULTILINE)


_LEADING_THE_RE = re.compile(r"(?:the|The|THE)[ \t]+")


def _laws(cands: list[Candidate], text: str) -> list[Candidate]:
    """ "the proposed Banking Bill": a name ending in Bill, Act, Treaty or Amendment is a law (LAW).

    A model reads "Bill" as a first name and leaves the words before it
    out: a lone head noun runs back over the capitalised words before it
    (not a title, not another mention), and the whole is the law's name.
    """
    out: list[Candidate] = []
    prev_end = 0
    for c in cands:
        name = text[c.start:c.end]
        last = name.rsplit(None, 1)[-1] if name.strip() else ""
        if (c.label in NAME_LABELS and c.source != FORM and last[:1].isupper() and last.casefold() in _LAW_HEADS
                and not _designated(name)):
            start = c.start
            if " " not in name.strip():
                m = _CAPITALISED_BEFORE_RE.search(text, max(prev_end, c.start - 60), c.start)
                words = m.group("words").split() if m else []
                while words and titles.title_kind(words[0]):
                    words.pop(0)
                if words:
                    start = c.start - len(m.group("words")) + m.group("words").index(words[0])
                    before = text[max(0, start - 3):start].rstrip(" \t")
                    if len(words) == 1 and (not before or before[-1] in ".!?:\"“”\n"):
                        start = c.start  # "Yesterday Bill said": a sentence's first word, not a law's
            if start < c.start or " " in name.strip():
                if (m := _LEADING_THE_RE.match(text, start, c.end)) and " " in text[m.end():c.end]:
                    start = m.end()  # "The Financial Services Act gives...": the sentence's article, not the law's
                c = Candidate(start, c.end, "LAW", MODEL)
        out.append(c)
        prev_end = max(prev_end, c.end)
    return out


def _without_amounts(cands: list[Candidate], text: str) -> list[Candidate]:
    """Currencies a model took for names ("U.S. Dlrs", "H.K. Dlr", "Euroyen") are no entity."""
    return [c for c in cands
            if c.label not in NAME_LABELS or c.source == FORM
            or not entity_cues.is_amount(text[c.start:c.end], text[max(0, c.start - 12):c.start],
                                         text[c.end:c.end + 3])]


# "... Council for Economics": an organisation's name ending in a preposition and its object.
_OPEN_LIST_END_RE = re.compile(r"\b(?:of|for|on)[ \t]+(?P<object>[A-Z][\w'’-]*)$")
_CAP_PHRASE = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
# ", Humanities and Social Sciences": the rest of the list, then a word that is no part of a name.
_LIST_REST_RE = re.compile(
    rf"(?:,[ \t]+(?P<items>{_CAP_PHRASE}(?:,[ \t]+{_CAP_PHRASE})*),?)?[ \t]+(?:and|&)[ \t]+(?P<last>{_CAP_PHRASE})"
    r"(?![ \t]*[\w(])"
)


def _joined_lists(cands: list[Candidate], text: str) -> list[Candidate]:
    """ "Council for Economics, Humanities and Social Sciences" is one organisation, not three.

    A model ends the name at the first comma or "and" of the list its
    preposition governs. The list is joined back when the name ends in
    "of/for/on" and a word, what follows is capitalised words joined by
    commas and a last "and", and nothing in it is a place or a known
    entity of its own ("Bank of America, Citigroup and ..." stays apart).
    """
    out: list[Candidate] = []
    swallowed_to = -1
    for c in cands:
        if c.start < swallowed_to:
            continue
        if c.label == "ORG" and (m := _OPEN_LIST_END_RE.search(text, c.start, c.end)):
            rest = _LIST_REST_RE.match(text, c.end)
            if rest and "\n" not in rest.group() and _generic_list(m.group("object"), rest):
                out.append(replace(c, end=rest.end(), known_key=None))
                swallowed_to = rest.end()
                continue
        out.append(c)
    return out


def _generic_list(first: str, rest: re.Match[str]) -> bool:
    items = [first, rest.group("last")] + [i.strip() for i in (rest.group("items") or "").split(",") if i.strip()]
    return not any(gazetteer.lookup(item) or places.resolve_place(item) for item in items)


def _with_repeats(cands: list[Candidate], text: str) -> list[Candidate]:
    """Later mentions the model passed over: a name it tagged once, or the surname of a person it named in full.

    Only where the words stand alone (no capitalised word either side but a
    title), so "Havel" is found in "said Havel" and not in "Havel Foundation";
    a surname never opening a sentence, where "Young" or "May" is a word.
    """
    surfaces: dict[str, tuple[str, bool]] = {}   # name -> (label, tagged as such by the model)
    for c in cands:
        if c.label not in NAME_LABELS:
            continue
        name = text[c.start:c.end]
        if "\n" not in name:
            surfaces[name] = (c.label, True)
        words = name.split()
        if c.label == "PERSON" and len(words) >= 2 and len(words[-1]) >= 3 and words[-1][0].isupper():
            surfaces.setdefault(words[-1], ("PERSON", False))
    added: list[Candidate] = []
    taken = _Covered(size=len(text))
    for c in cands:
        taken.take(c.start, c.end)
    for name, (label, tagged) in surfaces.items():
        if len(name) < 3 or not any(ch.isupper() for ch in name) or (name.isupper() and len(name) < 4):
            continue
        for start, end in _whole_word_spans(text, name):
            if not taken.free(start, end) or not _stands_alone(text, start, end, tagged):
                continue
            added.append(Candidate(start, end, label, REPEAT))
            taken.take(start, end)
    return sorted(cands + added, key=lambda c: (c.start, c.end))


def _whole_word_spans(text: str, name: str) -> Iterator[tuple[int, int]]:
    r"""Where `name` stands as whole words: what re.finditer(r"(?<![\w'’-])NAME(?![\w-])") finds.

    str.find instead of a pattern per name: every story brings new names, so
    compiled patterns never came from re's cache and compiling cost more
    than searching.
    """
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if (before and (is_word_char(before) or before in "'’-")) or (after and (is_word_char(after) or after == "-")):
            start = text.find(name, start + 1)
            continue
        yield start, end
        start = text.find(name, end)


def is_word_char(ch: str) -> bool:
    r"""A character regex \w matches (str.isalnum is what the re module tests, plus the underscore)."""
    return ch.isalnum() or ch == "_"


def _stands_alone(text: str, start: int, end: int, may_open_sentence: bool) -> bool:
    line_before = text[max(0, start - _WORDS_BEFORE):start].split("\n")[-1]
    before = line_before.split()
    after = text[end:end + _WORDS_BEFORE].split()
    if after and after[0][:1].isupper():
        return False
    if not before or before[-1][-1] in ".!?\"“”:":
        return may_open_sentence
    return not (before[-1][:1].isupper() and not titles.title_kind(before[-1]) and before[-1][-1] not in ",;")


def _candidate(span: Span) -> Candidate:
    key = getattr(span, "ent_id_", "") or None
    return Candidate(span.start_char, span.end_char, span.label_, RULER if key else MODEL, key)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Overlapping candidates: a form or ruler span wins over the model's, then the longer."""
    rank = {FORM: 0, RULER: 1, MODEL: 2}
    kept: list[Candidate] = []
    covered = _Covered(max((c.end for c in cands), default=0))
    for c in sorted(cands, key=lambda c: (rank.get(c.source, 3), -(c.end - c.start), c.start)):
        if covered.free(c.start, c.end):
            kept.append(c)
            covered.take(c.start, c.end)
    return sorted(kept, key=lambda c: (c.start, c.end))


class _Covered:
    """The characters under spans taken so far, so "overlaps any taken span?" is one search, not a scan.

    A story with hundreds of names (a results table, a list of casualties)
    made the scan of every taken span for every new one quadratic. Two
    non-empty spans overlap exactly when one covers a character of the
    other; empty spans (clean() leaves none) keep the plain test
    `s < end and start < e`, so the answers are the scan's.
    """

    def __init__(self, size: int = 0) -> None:
        self._chars = bytearray(size)
        self._spans: list[tuple[int, int]] = []
        self._empty: list[int] = []

    def free(self, start: int, end: int) -> bool:
        if start >= end:
            return not any(s < end and start < e for s, e in self._spans)
        return self._chars.find(1, start, end) == -1 and not any(start < p < end for p in self._empty)

    def take(self, start: int, end: int) -> None:
        self._spans.append((start, end))
        if start >= end:
            self._empty.append(start)
            return
        if end > len(self._chars):
            self._chars.extend(bytes(end - len(self._chars)))
        self._chars[start:end] = b"\x01" * (end - start)


def _with_acronyms(cands: list[Candidate], text: str) -> list[Candidate]:
    """An acronym in parentheses after a name the model did not tag becomes a mention of its own."""
    out = list(cands)
    starts = {c.start for c in cands}
    for c in cands:
        if c.label not in NAME_LABELS or c.label == "PERSON":
            continue
        m = _ACRONYM_AFTER_RE.match(text, c.end)
        if m and is_acronym(m.group("acr")) and m.start("acr") not in starts:
            out.append(Candidate(m.start("acr"), m.end("acr"), c.label, MODEL))
    return sorted(out, key=lambda c: (c.start, c.end))


# --- resolution -------------------------------------------------------------------


@dataclass(slots=True)
class _Group:
    """Mentions with the same name in one story, and the evidence for what they are."""

    name: str                         # the name as first printed, whitespace normalised
    tokens: tuple[str, ...]           # folded words of the name
    members: list[int]
    votes: dict[str, list[int]]       # label -> weights
    keys: dict[str, str]              # label -> entity_key offered by strong evidence
    known: gazetteer.Known | None = None


def _resolve(cands: list[Candidate], text: str, home: str | None) -> tuple[Mention, ...]:
    names = [" ".join(text[c.start:c.end].split()) for c in cands]
    groups: dict[str, _Group] = {}
    group_of: list[str] = []
    for i, (c, name) in enumerate(zip(cands, names)):
        folded = _fold(name)
        gid = folded if c.label in NAME_LABELS else f"{c.label}\0{folded}"
        group = groups.get(gid)
        if group is None:
            group = groups[gid] = _Group(name, tuple(folded.split()), [], defaultdict(list), {})
        group.members.append(i)
        group_of.append(gid)
        _evidence(group, c, name, text)

    parent = {gid: gid for gid in groups}

    def find(gid: str) -> str:
        while parent[gid] != gid:
            parent[gid] = parent[parent[gid]]
            gid = parent[gid]
        return gid

    def union(child: str, root: str) -> None:
        a, b = find(child), find(root)
        if a != b:
            parent[a] = b

    # Acronyms in parentheses join their expansion.
    for i, c in enumerate(cands):
        m = _ACRONYM_AFTER_RE.match(text, c.end)
        if not m or c.label not in NAME_LABELS or c.label == "PERSON" or not is_acronym(m.group("acr")):
            continue
        acr_gid = fold(m.group("acr"))
        if acr_gid in groups and acr_gid != group_of[i] and _compatible(groups[acr_gid], groups[group_of[i]]):
            acronym = groups[acr_gid]
            acronym.votes[c.label].append(W_LINK)
            union(acr_gid, group_of[i])

    # "Richard Jeffrey of Hoare Govett": a name after a person's and "of" is where the person works.
    for i in range(1, len(cands)):
        prev, c = cands[i - 1], cands[i]
        if (prev.label == "PERSON" and c.label in NAME_LABELS and c.source != FORM
                and text[prev.end:c.start] in _AFFILIATION_LINKS):
            group = groups[group_of[i]]
            if not _place_name(group.name, group.known):
                group.votes["ORG"].append(W_FEATURE)

    # "BP" in a story that names "British Petroleum Co PLC": the initials of one organisation's name.
    by_initials: dict[str, list[str]] = defaultdict(list)
    for gid, g in groups.items():
        if len(g.tokens) >= 2 and _label(g) == "ORG" and (initials := name_initials(g.name)):
            by_initials[initials].append(gid)
    for gid, g in groups.items():
        expansions = by_initials.get(g.name, ())
        if len(expansions) == 1 and expansions[0] != gid and _compatible(g, groups[expansions[0]]):
            g.votes["ORG"].append(W_LINK)
            union(gid, expansions[0])

    _clubs_in_brackets(cands, groups, group_of, text)
    _lists_of_one_kind(cands, groups, group_of, text)

    # "Yakomas" in a story about "the Yakoma tribe": a people's plural is that people.
    for gid, g in groups.items():
        singular = gid[:-1] if len(g.tokens) == 1 and gid.endswith("s") else None
        if singular and singular in groups and g.known is None and _label(groups[singular]) == "NORP":
            g.votes["NORP"].append(W_LINK)
            union(gid, singular)

    labels = {gid: _label(g) for gid, g in groups.items()}
    person_for = _short_person_names(cands, groups, group_of, labels, text)
    # A short form joins the full name only when the link is its strongest
    # evidence: a team in a results line stays the team.
    for gid, full_gid, weight in person_for.unambiguous:
        groups[gid].votes["PERSON"].append(weight)
        if _label(groups[gid]) == "PERSON":
            union(gid, full_gid)
    for gid, full_gid in _short_org_names(groups, labels) + _org_last_words(groups, labels):
        groups[gid].votes["ORG"].append(W_LINK)
        if _label(groups[gid]) == "ORG":
            union(gid, full_gid)

    # One label per linked entity, by the strongest evidence of all its names.
    roots: dict[str, list[str]] = defaultdict(list)
    for gid in groups:
        roots[find(gid)].append(gid)
    resolved: dict[str, tuple[str, str, str, gazetteer.Known | None, places.Place | None]] = {}
    for root, gids in roots.items():
        label = _label(groups[gids[0]]) if len(gids) == 1 else _label_of(groups[g] for g in gids)
        resolved[root] = _identity(label, [groups[g] for g in gids], home)

    out = []
    for i, c in enumerate(cands):
        gid = group_of[i]
        root = find(gid)
        label, key, canonical, known, place = resolved[root]
        if i in person_for.by_mention and label == "PERSON":
            full_root = find(person_for.by_mention[i])
            label, key, canonical, known, place = resolved[full_root]
        if c.label not in NAME_LABELS:
            label, key, canonical, known, place = c.label, entity_key(c.label, names[i]), names[i], None, None
        out.append(_mention(c, text, label, key, canonical, known, place))
    return tuple(out)


# The look-up key of a name, once per name: a story's names recur in the next.
_fold = lru_cache(maxsize=1 << 16)(fold)


def _evidence(group: _Group, c: Candidate, name: str, text: str) -> None:
    if c.source == FORM:
        group.votes[c.label].append(W_FORM)
        if c.known_key:
            group.keys.setdefault(c.label, c.known_key)
    known = gazetteer.by_key(c.known_key) if c.known_key else gazetteer.lookup(name) or _country_prefixed(name)
    if known is None and c.label in _RENAMED_LABELS:
        # "Kiev", "Peking": a big city's other name. A model's ORG reading of one is a club's name ("Roma").
        known = gazetteer.renamed(name)
    if known is not None and c.label in NAME_LABELS:
        group.votes[known.label].append(W_GAZETTEER)
        group.keys.setdefault(known.label, known.key)
        group.known = group.known or known
    elif c.label in NAME_LABELS and (feature := gazetteer.feature_label(name)):
        group.votes[feature].append(W_FEATURE)
    elif c.label in NAME_LABELS and _designated(name):
        group.votes["ORG"].append(W_DESIGNATOR)
    elif c.label in NAME_LABELS and entity_cues.org_head(name):
        group.votes["ORG"].append(W_FEATURE)
    elif c.label in NAME_LABELS and entity_cues.fac_head(name):
        group.votes["FAC"].append(W_FEATURE)
    cue = entity_cues.label_cue(text, c.start, c.end) if c.label in NAME_LABELS and c.source != FORM else None
    if cue and (cue != "ORG" or not _place_name(name, known)):
        group.votes[cue].append(W_FEATURE)
    if c.source != FORM:
        # a repeat votes as the model did where it tagged the name
        group.votes[c.label].append(W_MODEL)
    if c.label in NAME_LABELS and _titled_before(text, c.start):
        group.votes["PERSON"].append(W_TITLE)
    if (c.label in _SPEECH_LABELS and known is None and len(name.split()) == 1
            and _SPEECH_AFTER_RE.match(text, c.end)):
        group.votes["PERSON"].append(W_SPEECH)


@lru_cache(maxsize=1 << 16)
def _country_prefixed(name: str) -> gazetteer.Known | None:
    """ "U.S. Fed", "Japanese Finance Ministry": a known organisation of that country, named after it."""
    first, _, rest = name.partition(" ")
    if not rest:
        return None
    head = gazetteer.lookup(first)
    if head is None or head.kind not in ("country", "demonym"):
        return None
    known = gazetteer.lookup(rest)
    if known is not None and known.label == "ORG" and known.country == head.country:
        return known
    return None


def _place_name(name: str, known: gazetteer.Known | None) -> bool:
    """Whether a name is a place's: words around it that make firms of names do not make firms of places."""
    if known is not None:
        return known.label in _PLACE_LABELS
    place = places.resolve_place(name)
    return place is not None and place.geonames_id is not None and fold(place.city) == fold(name)


def _designated(name: str) -> bool:
    """ "Munich Re", "Brewpole BV", "Newmont Mining Corp.": a name ending in a company designator is a company."""
    words = name.split()
    return len(words) >= 2 and words[-1].strip(".,").casefold() in COMPANY_SUFFIXES and words[-1][:1].isupper()


def _titled_before(text: str, start: int) -> bool:
    """Whether a title ends the words before `start` on its line ("President", "Foreign Minister", "Mr.").

    Asked of every name: the word just before is looked up first, and the
    line's words are split only when it is a title word (titles.titled
    would say no at once otherwise).
    """
    if not start or text[start - 1] not in " \t":
        return False
    before = text[max(0, start - _WORDS_BEFORE):start]
    line = before[before.rfind("\n") + 1:]
    tail = line.rsplit(None, 1)
    if not tail:
        return False
    last = tail[-1]
    kind = titles.title_kind(last)
    if kind is None or last[-1] in ",;:)\"" or (last.endswith(".") and kind != titles.HONORIFIC):
        return False
    return titles.titled(line.split())


def _label(group: _Group) -> str:
    """_label_of one group, without merging scores (it is asked ~50 times a story)."""
    best, best_score = "", None
    for label in sorted(group.votes):
        weights = group.votes[label]
        score = (max(weights), sum(weights))
        if best_score is None or score > best_score:
            best, best_score = label, score
    return best


def _label_of(groups) -> str:
    """The label with the strongest single vote, then the greatest total; ties to the first in sort order."""
    score: dict[str, tuple[int, int]] = {}
    for g in groups:
        for label, weights in g.votes.items():
            best, total = score.get(label, (0, 0))
            score[label] = (max(best, max(weights)), total + sum(weights))
    return max(sorted(score), key=lambda label: score[label])


_AFFILIATION_LINKS = frozenset({" of ", " of the ", ", of "})


_LIST_JOINS = frozenset({", ", " and ", ", and ", " or ", ", or "})
# Weaker than the gazetteer, a title or a form: a list's kind only outweighs the model's guess.
W_LIST = 3


def _lists_of_one_kind(cands, groups, group_of, text: str) -> None:
    """ "airports in Arad, Oradea and Sibiu": the names of one list are of one kind.

    In a run of three names or more joined by commas and a last "and",
    a name whose only evidence is the model's vote takes the label most
    of the list has (more than half of it, two names at least).
    """
    run: list[int] = []
    for i in range(len(cands) + 1):
        joined = (i < len(cands) and run and cands[i].label in NAME_LABELS
                  and text[cands[run[-1]].end:cands[i].start] in _LIST_JOINS)
        if joined:
            run.append(i)
            continue
        if len(run) >= 3 and text[cands[run[-2]].end:cands[run[-1]].start].strip(", ") in ("and", "or"):
            _one_kind(run, groups, group_of)
        run = [i] if i < len(cands) and cands[i].label in NAME_LABELS else []


def _one_kind(run: list[int], groups, group_of) -> None:
    members = [groups[group_of[i]] for i in run]
    labels = [_label(g) for g in members]
    weak = [max(w for ws in g.votes.values() for w in ws) <= W_MODEL for g in members]
    kind = max(sorted(set(labels)), key=labels.count)
    if labels.count(kind) < 2 or labels.count(kind) * 2 <= len(labels):
        return
    for g, label, is_weak in zip(members, labels, weak):
        if is_weak and label != kind:
            g.votes[kind].append(W_LIST)


def _player_like(label: str, name: str) -> bool:
    """A person's name, or what may be one: two or three words, no organisation's head noun or designator."""
    if label == "PERSON":
        return True
    return 2 <= len(name.split()) <= 3 and not entity_cues.org_head(name) and not _designated(name)


def _clubs_in_brackets(cands, groups, group_of, text: str) -> None:
    """ "Les Ferdinand (Newcastle) 6": in sports copy, the name in brackets after a player's is his club.

    And the name before a club in brackets is a player's. A country there
    is the player's country and stays a place; anything
    else (a city, a club's own name) is the club, and so are the story's
    other mentions of it. Asked of sports copy only: "John Smith (Ohio)" in
    a political story is where he comes from.
    """
    sport = None
    for i in range(1, len(cands)):
        prev, c = cands[i - 1], cands[i]
        if (prev.label not in NAME_LABELS or c.label not in NAME_LABELS or c.source == FORM
                or text[prev.end:c.start].strip() != "(" or text[c.end:c.end + 1] != ")"):
            continue
        group, player = groups[group_of[i]], groups[group_of[i - 1]]
        if group.known is not None and group.known.kind in ("country", "demonym"):
            continue
        if is_acronym(group.name) or not _player_like(prev.label, player.name):
            continue  # "European Free Trade Association (EFTA)": a name and its acronym
        if sport is None:
            sport = entity_forms.is_sport(text)
        if not sport:
            return
        group.votes["ORG"].append(W_LINK)
        if player.known is None and prev.source != FORM:
            # the model may read a player's name as a place ("Les Ferdinand"): the slot says a person
            player.votes["PERSON"].append(W_LINK)
_INITIALS_SKIP = frozenset({"of", "and", "the", "for", "de", "&"})


def name_initials(name: str) -> str | None:
    """ "BP" for "British Petroleum Co PLC": first letters of the name's words, designators and links left out."""
    words = [w for w in name.split() if w.casefold() not in _INITIALS_SKIP]
    while words and words[-1].strip(".,").casefold() in COMPANY_SUFFIXES:
        words.pop()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _compatible(acronym: _Group, expansion: _Group) -> bool:
    """An acronym the gazetteer knows as something else is not this expansion's ("USA" after a club)."""
    if acronym.known is None:
        return True
    return expansion.known is not None and expansion.known.key == acronym.known.key


@dataclass(slots=True)
class _PersonLinks:
    unambiguous: list[tuple[str, str, int]]   # (short group, full-name group, weight)
    by_mention: dict[int, str]                # mention index -> full-name group, for ambiguous short forms


def _title_words(text: str, start: int, end: int) -> frozenset[str]:
    """Title words printed before a name ("President", "press secretary"), and a head of government's
    for a name before "administration" ("the Lee administration")."""
    line = text[max(0, start - _WORDS_BEFORE):start]
    words = line[line.rfind("\n") + 1:].split()
    found: set[str] = set()
    for word in reversed(words):
        if word.casefold() in titles.TITLE_LINKS and found:
            continue
        if word[-1:] in ",;:" or titles.title_kind(word) is None:
            break
        found.add(word.rstrip(".").casefold())
    if _ADMINISTRATION_RE.match(text, end):
        found |= entity_cues.HEAD_OF_GOVERNMENT
    if (m := _APPOSITION_RE.match(text, end)) is not None:
        # "Lee Kyu-yeon, presidential press secretary, said": the title after the name.
        found.update(w.casefold() for w in m.group("words").split() if titles.title_kind(w))
    return frozenset(found)


_APPOSITION_RE = re.compile(r",[ \t]+(?:the[ \t]+)?(?P<words>(?:[\w-]+[ \t]+){0,3}[\w-]+)[ \t]*,")


_ADMINISTRATION_RE = re.compile(r"(?:'s|’s)?[ \t]+(?:administration|government)\b")


def _short_person_names(cands, groups, group_of, labels, text: str) -> _PersonLinks:
    """Short forms of persons named in full: "Stoltenberg" is Jens Stoltenberg, "Kim" the nearest Kim."""
    full: list[tuple[int, str]] = []   # (first offset, group) of multi-word persons
    for gid, g in groups.items():
        if labels[gid] == "PERSON" and len(g.tokens) >= 2:
            full.append((min(cands[i].start for i in g.members), gid))
    full.sort()
    # Which full names (by place in `full`) end, or begin, with these words:
    # one look-up a group instead of a test against every full name.
    ends: dict[tuple[str, ...], list[int]] = defaultdict(list)
    begins: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k, (_, full_gid) in enumerate(full):
        whole = groups[full_gid].tokens
        for n in range(len(whole)):
            if n:
                ends[whole[-n:]].append(k)
            begins[whole[:n]].append(k)
    links = _PersonLinks([], {})
    for gid, g in groups.items():
        if labels[gid] in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            continue
        ending, beginning = ends.get(g.tokens, ()), begins.get(g.tokens, ())
        if not ending and not beginning:
            continue
        # A name the gazetteer knows is linked weakly, unless the model
        # itself read it as a person: "Jordan" after "Michael Jordan" is
        # him, "Singapore" after a credit line run into a name is not.
        strong = W_PERSON_LINK if g.known is None or "PERSON" in g.votes else W_GIVEN_NAME_LINK
        matches = []
        for k in sorted({*ending, *beginning}):
            full_gid = full[k][1]
            if full_gid == gid:
                continue
            if k in ending:
                matches.append((full_gid, strong))
            else:
                matches.append((full_gid, W_GIVEN_NAME_LINK if g.known else W_PERSON_LINK))
        if len(matches) == 1:
            links.unambiguous.append((gid, *matches[0]))
        elif matches:
            weight = max(w for _, w in matches)
            g.votes["PERSON"].append(weight)
            firsts = {m: min(cands[i].start for i in groups[m].members) for m, _ in matches}
            held = {m: frozenset().union(*(_title_words(text, cands[i].start, cands[i].end) for i in groups[m].members))
                    for m in firsts}
            for i in g.members:
                # "President Lee" is the Lee who is president, wherever the other Lee was last named.
                own = _title_words(text, cands[i].start, cands[i].end)
                same_title = [m for m in firsts if own & held[m]] if own else []
                if len(same_title) == 1:
                    links.by_mention[i] = same_title[0]
                    continue
                before = [m for m in firsts if firsts[m] <= cands[i].start]
                links.by_mention[i] = max(before, key=firsts.get) if before else min(firsts, key=firsts.get)
    return links


def _short_org_names(groups, labels) -> list[tuple[str, str]]:
    """Companies named later without their designators: "Newmont" after "Newmont Mining Corp."."""
    links = []
    # The organisations each run of first words begins, in their order: one look-up a group.
    begins: dict[tuple[str, ...], list[tuple[str, _Group]]] = defaultdict(list)
    for gid, g in groups.items():
        if labels[gid] == "ORG" and len(g.tokens) >= 2:
            for n in range(len(g.tokens)):
                begins[g.tokens[:n]].append((gid, g))
    if not begins:
        return links
    for gid, g in groups.items():
        n = len(g.tokens)
        for org_gid, org in begins.get(g.tokens, ()):
            if org_gid == gid:
                continue
            if all(t.strip(".,") in ORG_DESIGNATORS for t in org.tokens[n:]):
                links.append((gid, org_gid))
                break
    return links


def _org_last_words(groups, labels) -> list[tuple[str, str]]:
    """ "Contractors" after "Arab Contractors", "Capel" after "James Capel": the telling word of a two-word name.

    Only where one organisation of two words ends in it, and it is neither
    a designator nor a head noun ("Bank" after "Deutsche Bank" may be any
    bank) nor a name the gazetteer knows as something of its own.
    """
    ends: dict[str, list[str]] = defaultdict(list)
    for gid, g in groups.items():
        if labels[gid] == "ORG" and len(g.tokens) == 2:
            ends[g.tokens[-1]].append(gid)
    links = []
    for gid, g in groups.items():
        if len(g.tokens) != 1 or g.known is not None:
            continue
        word = g.tokens[0]
        orgs = ends.get(word, ())
        if len(orgs) == 1 and orgs[0] != gid and word not in ORG_DESIGNATORS and word not in entity_cues.ORG_HEADS:
            links.append((gid, orgs[0]))
    return links


def _identity(label: str, groups: list[_Group], home: str | None):
    """(label, key, canonical name, gazetteer entry, place) of one resolved entity."""
    for g in groups:
        if label in g.keys:
            known = gazetteer.by_key(g.keys[label])
            if known is not None:
                return label, known.key, known.name, known, None
    canonical = max((g.name for g in groups), key=lambda n: (len(n.split()), len(n)))
    place = None
    if label in _PLACE_LABELS:
        place = places.resolve_place(canonical, home_country=home)
        if place is not None and fold(place.city) == fold(canonical):
            canonical = place.city
        elif place is not None and place.geonames_id is None:
            place = None
    return label, entity_key(label, canonical), canonical, None, place


def _mention(c: Candidate, text: str, label: str, key: str, canonical: str,
             known: gazetteer.Known | None, place: places.Place | None) -> Mention:
    if known is not None:
        return Mention(c.start, c.end, text[c.start:c.end], label, key, canonical,
                       known.country, known.geonames_id, known.latitude, known.longitude)
    if place is not None:
        return Mention(c.start, c.end, text[c.start:c.end], label, key, canonical,
                       place.country, place.geonames_id, place.latitude, place.longitude)
    return Mention(c.start, c.end, text[c.start:c.end], label, key, canonical)
