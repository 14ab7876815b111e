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

from transforms.entities import NAME_LABELS, Mention

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
    for name in names:
        flags = re.IGNORECASE if len(name) >= _CASELESS_MIN_LEN else 0
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", headline, flags):
            return True
    return False
