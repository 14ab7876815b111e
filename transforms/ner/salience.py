"""How much a story is about each entity it names (one record per entity per story).

Commercial taggers rank entities by relevance; GDELT counts mentions. Here
the signals are the ones an editor reads a story by: named in the headline,
named in the lead paragraph, named often, named early. They are kept as
columns, and combined into one `salience` score in [0, 1] with fixed weights
(SALIENCE_WEIGHTS) so that a warehouse can rank by it or by its parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wirecopy.transforms.ner.entities import NAME_LABELS, Mention, is_word_char

# in_headline, in_lead, share of the most-mentioned entity's mentions, earliness.
SALIENCE_WEIGHTS = (0.35, 0.25, 0.25, 0.15)
# Names this short are matched in the headline in their own case only ("US", not "us").
_CASELESS_MIN_LEN = 4
_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class ArticleEntity:
    key: str
    label: str
    canonical_name: str
    country: str | None
    geonames_id: int | None
    latitude: float | None
    longitude: float | None
    mentions: int
    first_start: int
    in_headline: bool
    in_lead: bool
    salience: float


def article_entities(found: tuple[Mention, ...], body: str, headline: str | None) -> tuple[ArticleEntity, ...]:
    """One record per named entity of a story, most salient first (ties by first mention)."""
    by_key: dict[str, list[Mention]] = {}
    for m in found:
        if m.label in NAME_LABELS:
            by_key.setdefault(m.key, []).append(m)
    if not by_key:
        return ()
    lead = _PARAGRAPH_BREAK_RE.search(body)
    lead_end = lead.start() if lead else len(body)
    most = max(len(ms) for ms in by_key.values())
    w_head, w_lead, w_count, w_early = SALIENCE_WEIGHTS
    out = []
    for key, ms in by_key.items():
        first = min(m.start for m in ms)
        in_headline = bool(headline) and _named_in(headline, {m.text for m in ms} | {ms[0].canonical_name})
        in_lead = first < lead_end
        early = 1.0 - first / max(len(body), 1)
        score = w_head * in_headline + w_lead * in_lead + w_count * len(ms) / most + w_early * early
        m0 = ms[0]
        out.append(ArticleEntity(key, m0.label, m0.canonical_name, m0.country, m0.geonames_id, m0.latitude,
                                 m0.longitude, len(ms), first, in_headline, in_lead, round(score, 4)))
    return tuple(sorted(out, key=lambda e: (-e.salience, e.first_start)))


def _named_in(headline: str, names: set[str]) -> bool:
    """Whether a name stands in the headline as whole words: `(?<!\\w)NAME(?!\\w)`, caseless from _CASELESS_MIN_LEN.

    Every story brings new names, so a pattern per name was compiled for
    nearly every call (~100 us a story). Where headline and name are ASCII,
    caseless matching is lower-casing both and the pattern is a search with a
    look at the characters either side; elsewhere (Unicode case rules) the
    pattern is kept.
    """
    lowered = None
    for name in names:
        caseless = len(name) >= _CASELESS_MIN_LEN
        if name.isascii() and headline.isascii():
            if caseless:
                lowered = headline.lower() if lowered is None else lowered
                found = _stands_in(lowered, name.lower())
            else:
                found = _stands_in(headline, name)
        else:
            found = _name_pattern(name, caseless).search(headline) is not None
        if found:
            return True
    return False


def _stands_in(text: str, name: str) -> bool:
    r"""What re.search(r"(?<!\w)NAME(?!\w)") finds in ASCII text (\w there: letters, digits, "_")."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if not (start and is_word_char(text[start - 1])) and not (end < len(text) and is_word_char(text[end])):
            return True
        start = text.find(name, start + 1)
    return False


@lru_cache(maxsize=4096)
def _name_pattern(name: str, caseless: bool) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE if caseless else 0)
