"""Mention boundaries: what the model's spans carry that is not the name.

OntoNotes-trained models put "the", a possessive, a title, a nationality, a
score or the next line's first word inside an entity span ("the Indo-Pacific",
"Stoltenberg's", "Russian Igor Kolyvanov", "Greg Blewett 57",
"Marcin Grajewski\\nWARSAW"). Each candidate here is cut down to the name it
holds; a span that is only a title ("Principal Deputy National Security
Adviser") is not an entity at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from wirecopy.transforms.knowledge import gazetteer, places, titles
from wirecopy.transforms.knowledge.casing import fold
from wirecopy.transforms.ner import entity_cues

# Who proposed a span: the model, the gazetteer's entity_ruler, an agate
# form, or a repeat of a name found elsewhere in the story.
MODEL, RULER, FORM, REPEAT = "model", "ruler", "form", "repeat"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of the body that may name an entity, and who proposed it."""

    start: int
    end: int
    label: str
    source: str                 # MODEL, RULER, FORM or REPEAT
    known_key: str | None = None  # entity_key of a gazetteer entry the source already linked


_WORD_RE = re.compile(r"\S+")
# A line break inside a span: a name never runs across one in copy we keep
# line-broken (tables, lists, agate); reflowed prose has no single breaks.
_LINE_BREAK_RE = re.compile(r"[ \t]*\n\s*")
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|'S|’S|(?<=[sS])['’])$")
# Punctuation that is never the end of a name; a dot is, after an initial or
# an abbreviation ("U.S.", "Corp.", "Jr.").
_TRAILING_PUNCT = ",;:!?\"'“”‘’)]}>-–—"
_LEADING_PUNCT = "\"'“”‘’([{<-–—,;:"
_ABBREVIATION_RE = re.compile(r"(?:^|\s)(?:[A-Za-z]\.){1,}$|(?:^|\s)(?:Corp|Inc|Co|Ltd|Jr|Sr|St|Bros|Dept|Mt|Ft)\.$")
# A token that is a number, an ordinal, a score or a time: never part of a
# person's or a place's name ("Greg Blewett 57", "Carl 44th", "Bilbao 15").
_NUMBER_RE = re.compile(r"^[(\[]?[-+]?\d[\d.,:/-]*(?:st|nd|rd|th|s)?[)\]]?[.,;:]?$")
# Labels whose names hold no numbers: a number inside splits the span.
_NUMBERLESS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
# Labels of plain names, which end on a capitalised word (titles of works,
# laws and events may not: "Gone with the Wind").
_PLAIN_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
# Labels of dates, numbers and amounts: no name to cut down, kept as found.
_NOT_NAMES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Labels whose names keep a leading article ("The Godfather").
_KEEP_ARTICLE = frozenset({"WORK_OF_ART"})


def clean(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Candidates cut down to the names they hold, in text order; empty ones dropped."""
    out: list[Candidate] = []
    for cand in candidates:
        for piece in _split_lines(cand, text):
            start = piece.start
            found = _cleaned(text[start:piece.end], piece.label, piece.source, piece.known_key)
            if found is None:
                out.append(piece)  # most spans hold nothing but the name: no new Candidate for them
            else:
                out.extend(Candidate(start + s, start + e, label, source, key) for s, e, label, source, key in found)
    return sorted(out, key=lambda c: (c.start, c.end))


@lru_cache(maxsize=1 << 16)
def _cleaned(span: str, label: str, source: str,
             known_key: str | None) -> tuple[tuple[int, int, str, str, str | None], ...] | None:
    """`_clean_one` of a candidate covering all of `span`, as offsets into it; None when that is the candidate itself.

    Cutting a span down reads nothing outside it, so the answer depends on
    its text, label and source alone; the same names and dates recur from
    story to story, and each is worked out once.
    """
    whole = Candidate(0, len(span), label, source, known_key)
    found = _clean_one(whole, span)
    if found == [whole]:
        return None
    return tuple((c.start, c.end, c.label, c.source, c.known_key) for c in found)


def _split_lines(cand: Candidate, text: str) -> list[Candidate]:
    if text.find("\n", cand.start, cand.end) < 0:
        return [cand]  # no line break to split at (the pattern needs one): the candidate as it is
    pieces, start = [], cand.start
    for m in _LINE_BREAK_RE.finditer(text, cand.start, cand.end):
        pieces.append(replace(cand, start=start, end=m.start()))
        start = m.end()
    pieces.append(replace(cand, start=start, end=cand.end))
    if len(pieces) > 1:
        # A ruler match is one name; once split, the pieces are the model's guesses.
        pieces = [replace(p, known_key=None, source=MODEL if p.source == RULER else p.source) for p in pieces]
    return pieces


def _clean_one(cand: Candidate, text: str) -> list[Candidate]:
    if cand.label in _NOT_NAMES:
        return [cand] if text[cand.start:cand.end].strip() else []
    if "(" in text[cand.start:cand.end]:
        return [piece for part in _bracket_parts(cand, text) for piece in _clean_one(part, text)]
    if "/" in text[cand.start:cand.end] and (parts := _slash_parts(cand, text)) is not None:
        return [piece for part in parts for piece in _clean_one(part, text)]
    if cand.label in _KEEP_ARTICLE and entity_cues.org_head(text[cand.start:cand.end]):
        # "The National People's Congress" is an organisation, and loses its article as one.
        cand = replace(cand, label="ORG")
    cand = _trim(cand, text)
    if cand is None:
        return []
    words = [(m.start() + cand.start, m.end() + cand.start, m.group())
             for m in _WORD_RE.finditer(text[cand.start:cand.end])]
    if titles.is_title([w for _, _, w in words]):
        return []
    if cand.label in _PLAIN_NAMES:
        # "Xinhua news agency", "Wallaby jersey": a name ends on a capitalised word.
        while len(words) > 1 and not any(ch.isupper() for ch in words[-1][2]):
            words.pop()
        if words[-1][1] != cand.end:
            cand = _trim(replace(cand, end=words[-1][1], known_key=None), text)
            if cand is None:
                return []
    if cand.label in _NUMBERLESS:
        groups, current = [], []
        for word in words:
            if _NUMBER_RE.match(word[2]):
                if current:
                    groups.append(current)
                current = []
            else:
                current.append(word)
        if current:
            groups.append(current)
    else:
        groups = [words]
    out: list[Candidate] = []
    for group in groups:
        piece = replace(cand, start=group[0][0], end=group[-1][1])
        if len(groups) > 1:
            piece = replace(piece, known_key=None)
            piece = _trim(piece, text)
            if piece is None:
                continue
            group = [w for w in group if piece.start <= w[0] and w[1] <= piece.end]
        if cand.label == "PERSON":
            out.extend(_person(piece, group, text))
        else:
            out.append(piece)
    return [c for c in out if _has_name(text[c.start:c.end], c)]


def _bracket_parts(cand: Candidate, text: str) -> list[Candidate]:
    """A name never runs into or out of a bracket: "Group of Seven (G-7" is the name, then its acronym.

    The span is cut at each opening bracket and at the closing one; what
    stood inside is kept only if it is an acronym ("G-7", "NPC"), the
    form that entities.py then joins to the name before it. A word in
    brackets that is not one ("Morgan (Stanley)", "(Egypt)") is left to
    the model's other spans.

    A model that ran a title's label (WORK_OF_ART, PRODUCT, EVENT, LAW)
    over "Name (Word)" read a firm as lists of brokers print them, the
    rest of its name in brackets ("Morgan (Stanley)", "Salomon (Brothers)"):
    the name before the bracket is an ORG.
    """
    parts: list[Candidate] = []
    start = cand.start
    inside = False
    source = MODEL if cand.source == RULER else cand.source
    for i in range(cand.start, cand.end):
        ch = text[i]
        if ch == "(" or (ch == ")" and inside):
            piece = replace(cand, start=start, end=i, known_key=None, source=source)
            if not inside or is_acronym(text[start:i].strip()):
                parts.append(piece)
            elif cand.label in _TITLE_LABELS and _bracketed_name_word(text[start:i].strip()):
                parts = [replace(p, label="ORG") for p in parts]
            inside = ch == "("
            start = i + 1
    tail = replace(cand, start=start, known_key=None, source=source)
    if not inside or is_acronym(text[start:cand.end].strip()):
        parts.append(tail)
    elif cand.label in _TITLE_LABELS and _bracketed_name_word(text[start:cand.end].strip()):
        parts = [replace(p, label="ORG") for p in parts]
    return [p for p in parts if text[p.start:p.end].strip()]


# Labels a model gives titles of works and events: never the label of "Name (Word)".
_TITLE_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _bracketed_name_word(inside: str) -> bool:
    """ "Stanley", "Brothers": one or two capitalised words in brackets, the rest of a name."""
    words = inside.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w.replace("'", "").replace(".", "").isalpha()
                                        for w in words)


def _slash_parts(cand: Candidate, text: str) -> list[Candidate] | None:
    """ "UBS/ING", "Sydney/Melbourne": two names; "Bro/Fry", a table's abbreviated row, none;
    "Plus/Outreach" inside a name, one name (None: the span is cleaned as it stands).

    A part of fewer than four letters that is not an acronym is an
    abbreviation, and no name. The span splits only where every part names
    something on its own (an acronym, or a name the gazetteer or the place
    gazetteer knows), or where the other parts are abbreviations. Otherwise
    the slash joins words of one name ("BRICS Plus/Outreach", "Royal
    Dutch/Shell") and is kept in it.
    A date or a number with a slash is no name label's business and never
    reaches here.
    """
    pieces, start = [], cand.start
    for end in [i for i in range(cand.start, cand.end) if text[i] == "/"] + [cand.end]:
        pieces.append((start, end, text[start:end].strip()))
        start = end + 1
    named = [(s, e) for s, e, piece in pieces if sum(ch.isalpha() for ch in piece) >= 4 or is_acronym(piece)]
    if not named:
        return []
    parts = [replace(cand, start=s, end=e, known_key=None, source=MODEL if cand.source == RULER else cand.source)
             for s, e in named]
    if len(named) < len(pieces) or all(_names_alone(piece) for _, _, piece in pieces):
        return parts
    return None


@lru_cache(maxsize=1 << 16)
def _names_alone(piece: str) -> bool:
    """Whether one side of a slash names something by itself: an acronym, or a known entity or place."""
    if is_acronym(piece):
        return True
    if gazetteer.lookup(piece) is not None:
        return True
    place = places.resolve_place(piece)
    return place is not None and place.geonames_id is not None and fold(place.city) == fold(piece)


def is_acronym(token: str) -> bool:
    """ "NPC", "G-7", "INRA": one word, two letters or digits at least, its letters capitals but for one at most."""
    letters = [ch for ch in token if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    return (bool(token) and " " not in token and sum(ch.isalnum() for ch in token) >= 2
            and capitals >= 1 and capitals >= len(letters) - 1 and (len(letters) > 1 or capitals == 1))


def _trim(cand: Candidate, text: str) -> Candidate | None:
    """Strip surrounding punctuation, a leading article and a possessive."""
    start, end = cand.start, cand.end
    while start < end and (text[start].isspace() or text[start] in _LEADING_PUNCT):
        start += 1
    while start < end:
        span = text[start:end]
        if span[-1].isspace() or span[-1] in _TRAILING_PUNCT:
            end -= 1
        elif span.endswith(".") and not _ABBREVIATION_RE.search(span):
            end -= 1
        elif m := _POSSESSIVE_RE.search(span):
            end -= len(m.group())
        else:
            break
    if start >= end:
        return None
    if cand.label not in _KEEP_ARTICLE and (m := _LEADING_ARTICLE_RE.match(text[start:end])):
        if not _article_in_name(text[start:end], text[start + m.end():end]):
            start += m.end()
    if (start, end) == (cand.start, cand.end):
        return cand
    return replace(cand, start=start, end=end, known_key=cand.known_key if cand.source == FORM else None)


def _article_in_name(whole: str, rest: str) -> bool:
    """True for the few names that begin with "The": "The Hague", "The Gambia"."""
    if gazetteer.lookup(rest) is not None:
        return False
    if gazetteer.lookup(whole) is not None:
        return True
    place = places.resolve_place(whole)
    return place is not None and place.geonames_id is not None and fold(place.city) == fold(whole)


def _person(cand: Candidate, words: list[tuple[int, int, str]], text: str) -> list[Candidate]:
    """A PERSON span without its leading titles; a leading nationality becomes its own NORP mention."""
    out: list[Candidate] = []
    i = 0
    while i < len(words) - 1:
        two = " ".join(w for _, _, w in words[i:i + 2]) if i + 2 < len(words) else None
        if two and (known := gazetteer.lookup(two)) and known.kind == "demonym":
            out.append(Candidate(words[i][0], words[i + 1][1], "NORP", cand.source, known.key))
            i += 2
        elif (known := gazetteer.lookup(words[i][2])) and known.kind == "demonym" and words[i][2][0].isupper():
            out.append(Candidate(words[i][0], words[i][1], "NORP", cand.source, known.key))
            i += 1
        elif titles.title_kind(words[i][2]) or (i and words[i][2].casefold() in titles.TITLE_LINKS):
            i += 1
        else:
            break
    rest = words[i:]
    # "Ramthan Hussain SINGAPORE": a credit line run into a dateline. A
    # trailing place in capitals after a name in normal case is the place.
    place_words: list[tuple[int, int, str]] = []
    while len(rest) > 1 and rest[-1][2].isupper() and not rest[0][2].isupper():
        place_words.insert(0, rest.pop())
    if place_words:
        known = gazetteer.lookup(" ".join(w for _, _, w in place_words))
        if known is not None and known.label in ("GPE", "LOC"):
            out.append(Candidate(place_words[0][0], place_words[-1][1], known.label, cand.source, known.key))
        else:
            rest += place_words
    if rest:
        out.append(replace(cand, start=rest[0][0], end=rest[-1][1]))
    return out


def _has_name(span: str, cand: Candidate) -> bool:
    """Two letters at least; and a capital, unless the gazetteer knows the form ("dpa"): "west coast" is no name."""
    if sum(ch.isalpha() for ch in span) < 2:
        return False
    if any(ch.isupper() for ch in span):
        return True
    return cand.known_key is not None or gazetteer.lookup(span) is not None
