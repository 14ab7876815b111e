"""Job titles and honorifics (rule set `titles.v1`, data in transforms/knowledge/data/titles.v1.tsv).

A title is not an entity and not part of a name ("Principal Deputy National
Security Adviser Kim Tae-hyo" names Kim Tae-hyo), but it is evidence: the
name after "President" or "Mr." is a person's.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

RULESET = "titles.v1"

HONORIFIC, HEAD, MODIFIER = "honorific", "head", "modifier"
# Words that join the parts of one title: "Secretary of State", "Minister for Trade".
TITLE_LINKS = frozenset({"of", "for", "and", "the", "de"})


def title_kind(word: str) -> str | None:
    """honorific, head or modifier for a title word as printed (trailing dot and case ignored), else None.

    Honorifics and modifiers count only capitalised ("Mr.", "Deputy"):
    lower-case "state" or "home" are ordinary words. Head nouns count in
    lower case too, as copy prints them before names ("striker Milan Rapajic").
    """
    bare = word.rstrip(".").strip(",;:")
    if not bare:
        return None
    kind = _titles().get(bare.casefold())
    if kind is None or (kind != HEAD and not bare[0].isupper()):
        return None
    return kind


def is_title(words: list[str]) -> bool:
    """True when the words are a title and nothing else ("Principal Deputy National Security Adviser")."""
    kinds = [title_kind(w) for w in words if w.casefold() not in TITLE_LINKS]
    return bool(kinds) and all(kinds) and any(k != MODIFIER for k in kinds) and words[0].casefold() not in TITLE_LINKS


def titled(words_before: list[str]) -> bool:
    """True when the words just before a name end in a title that names a person.

    Reads back over modifiers and linking words ("Secretary of State", "Foreign
    Minister") and needs a head noun or an honorific among them.
    """
    seen_title = False
    for word in reversed(words_before[-6:]):
        if word.casefold() in TITLE_LINKS and seen_title:
            continue
        kind = title_kind(word)
        if kind is None:
            return False
        if kind in (HONORIFIC, HEAD):
            return True
        seen_title = True
    return False


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    text = resources.files(__package__).joinpath("data", "titles.v1.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, kind = line.split("\t")
            table.setdefault(word.casefold(), kind.strip())
    return table
