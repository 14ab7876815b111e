"""Links between the keys of one run's stories (rule set `entity_links.v1`).

Inside a story, "BP" joins "British Petroleum Co PLC" (entities.py): the
acronym stands in brackets after the name, or is its initials. Across
stories it cannot: a story that prints only "BP" keys it `ORG:bp`, one that
prints only the full name keys it by that. Stories are resolved one at a
time, in any order, on any worker, so the link is made once the run's
mentions are all in: an acronym key is given the full name's key where the
run holds exactly one organisation it can stand for, and a firm named
without its designators the one named with them. The answer depends
on the set of the run's mentions alone, not on their order, so a run
over the same copy links the same keys.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from wirecopy.transforms.knowledge import gazetteer
from wirecopy.transforms.knowledge.casing import fold
from wirecopy.transforms.ner.entities import COMPANY_SUFFIXES, name_initials
from wirecopy.transforms.ner.entity_spans import is_acronym

RULESET = "entity_links.v1"

_LABEL = "ORG"
# Initials alone link an acronym of three letters or more: two ("DP", "NP")
# stand for too many names across a run's stories; a story that printed
# the acronym for the name links it at any length.
_MIN_INITIALS = 3


def acronym_links(mentions: Iterable[tuple[str, str, str, str]]) -> dict[str, tuple[str, str]]:
    """{short key: (full name's key, its canonical name)} for the run's mentions (key, label, canonical name, text).

    A firm named without its designators ("British Petroleum", two words or
    more) is linked to the one ORG of the run named so with them ("British
    Petroleum Co PLC"); where two are ("... Inc", "... Co"), to neither.

    An acronym key (an ORG whose canonical name is an acronym the gazetteer
    does not know) is linked to the one ORG of the run that stands for it:
    the one a story already joined it to (a mention of that key printed as
    the acronym), else the one whose name's initials it is (three letters
    or more). Two candidates
    or more, and the acronym is left alone: "BP" beside "Banco Popular" and
    "British Petroleum" may be either.
    """
    names: dict[str, str] = {}
    printed_as: dict[str, set[str]] = defaultdict(set)   # acronym -> full keys a story printed it for
    acronyms: dict[str, str] = {}                         # acronym key -> acronym
    for key, label, canonical, text in mentions:
        if label != _LABEL:
            continue
        names.setdefault(key, canonical)
        names[key] = min(names[key], canonical)
        if " " not in canonical and is_acronym(canonical) and canonical == text:
            acronyms[key] = canonical
        elif " " in canonical and text != canonical and is_acronym(text):
            printed_as[text].add(key)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, canonical in names.items():
        if " " in canonical and (initials := name_initials(canonical)):
            by_initials[initials].add(key)
    by_stem: dict[str, set[str]] = defaultdict(set)       # a firm's name without its designators -> keys
    for key, canonical in names.items():
        if (stem := _stem(canonical)) is not None:
            by_stem[fold(stem)].add(key)
    links: dict[str, tuple[str, str]] = {}
    for key, canonical in sorted(names.items()):
        # "British Petroleum" in one story, "British Petroleum Co PLC" in another
        found = by_stem.get(fold(canonical), set()) - {key}
        if " " in canonical and len(found) == 1 and _stem(canonical) is None:
            (full,) = found
            links[key] = (full, names[full])
    for key, acronym in sorted(acronyms.items()):
        if gazetteer.lookup(acronym) is not None:
            continue
        letters = acronym.replace(".", "").replace("-", "")
        found = printed_as.get(acronym) or (by_initials.get(letters, set()) if len(letters) >= _MIN_INITIALS else set())
        found = found - {key}
        if len(found) == 1:
            (full,) = found
            links[key] = (full, names[full])
    return links


def _stem(name: str) -> str | None:
    """ "British Petroleum" of "British Petroleum Co PLC": the name without the designators ending it, if any."""
    words = name.split()
    n = len(words)
    while n > 2 and words[n - 1].strip(".,").casefold() in COMPANY_SUFFIXES:
        n -= 1
    return " ".join(words[:n]) if n < len(words) else None
