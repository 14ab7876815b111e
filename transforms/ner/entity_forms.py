"""Entities told by the form of a line, not by its words (rule set `entity_forms.v1`).

Sports agate has forms of its own, the same at every agency: a result line
("Plymouth 4 Exeter 1", "Bochum 2 (Stickroth 30th pen, Wosz 89th) Bayer
Leverkusen 2"), a standings row (a name and three or more small numbers),
a fixture ("Bologna (4) v Piacenza (13) 1330", "ST LOUIS AT CHICAGO"). The
names in those slots are teams whatever they look like, which a model
reading them as prose gets wrong (a city is GPE, a one-word club a PERSON);
the names with a minute in a result's parentheses or under "Scorers:" are
scorers. A row of a table ("Nick Price 68 70 71", "1. Anna Berg (Sweden)
1:19.44") is headed by a team or by a person; which one, the form cannot
say: entities.py asks the model's reading of the whole table. The words
that head agate lines ("Attendance:", "Halftime 1-1") are not entities.

A team named like a country is the country's side and keeps GPE (the
country is what a warehouse joins it to); other teams are ORG.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecopy.transforms.knowledge import gazetteer

RULESET = "entity_forms.v1"

_CAP = r"[A-ZÀ-ÖØ-Þ]"
_WORD = rf"{_CAP}[\w'’.&]+(?:-[\w'’.&]+)*"
_PARTICLE = r"(?:de|del|da|do|di|dos|la|le|van|von|der|den|al|el|y)"


# A team as agate prints it: capitalised words (particles inside), an
# optional year in front ("1860 Munich"), an optional clinch mark ("x-DENVER"),
# at most four words (a longer run of capitals is a table heading).
def _team_re(group: str) -> str:
    return (rf"(?:[A-Za-z]-)?(?P<{group}>(?:1\d{{3}} )?{_WORD}"
            rf"(?: (?:{_WORD}|{_PARTICLE}(?= {_CAP}))){{0,3}})")


def _scorers_re(group: str) -> str:
    return rf"(?:[ \t]*\((?P<{group}>[^()]*)\))?"


_SCORE = r"\d{1,3}"
# "Arab Contractors (Egypt) 4": the country a club or an athlete comes from, after the name.
_FROM = r"(?:[ \t]+\([A-Z][\w.'’ -]{1,30}\))?"
# Where an agate item starts: a line, or (in copy whose rows were run
# together into one paragraph) after the previous row's number, a closing
# parenthesis or the end of a sentence. The patterns below hold what follows
# it: they are matched only at these offsets (_item_starts), found in one
# pass, instead of searched with this look-behind tried at every character
# three times over (~100 us a story; the same matches as a search for
# _ITEM_START + pattern, tested).
_ITEM_START = r"(?:^|(?<=[\d).:;][ \t]))"
_AFTER_ITEM_RE = re.compile(r"[\d).:;][ \t]")
_ITEM_END = r"(?=[\s.,;:]|$)"
# "Lens 0 Nantes 4 (Japhet N'Doram 7, ...)": two teams, two scores, scorers maybe.
_RESULT_RE = re.compile(
    r"[ \t]*" + _team_re("a") + _FROM + rf"[ \t]+{_SCORE}" + _scorers_re("sa")
    + r"[ \t]+" + _team_re("b") + _FROM + rf"[ \t]+{_SCORE}" + _scorers_re("sb") + _ITEM_END,
    re.MULTILINE,
)
# "Real Madrid 15 10 5 0 31 12 35": a name and three or more small whole numbers.
_STANDINGS_RE = re.compile(r"[ \t]*" + _team_re("a") + _FROM + r"(?:[ \t]+-?\d{1,3}){3,}" + _ITEM_END, re.MULTILINE)
# "1. Takanobu Okabe (Japan) 303.4 points", "26= Anna Berg (Sweden) 1:19.44": a ranked row of a results list.
_RANKED_RE = re.compile(r"[ \t]*\d{1,3}=?\.?[ \t]+" + _team_re("a") + _FROM + r"[ \t]+\d[\d.:,]*" + _ITEM_END,
                        re.MULTILINE)
# "Scorers: Aly Ashour 7, 56 penalty, ...": a list of scorers under its label, on its line or the next.
# Reflowed copy runs the label into the line before it and leaves a blank line after it.
_SCORERS_LIST_RE = re.compile(r"(?:^|(?<=\s))(?:Goal)?[Ss]corers?[ \t]*:\s*(?P<list>[^\n]+)")
# "Bologna (4) v Piacenza (13) 1330", "ST LOUIS AT CHICAGO": a fixture.
_FIXTURE_RE = re.compile(
    r"[ \t]*" + _team_re("a") + r"(?:[ \t]+\(\d{1,3}\))?[ \t]+(?:v|vs|AT)[ \t]+"
    + _team_re("b") + r"(?:[ \t]+\(\d{1,3}\))?(?:[ \t]+\d{3,4})?(?:[ \t]*$|(?<=[)\d])(?=[ \t]+[A-Z]))",
    re.MULTILINE,
)
# One scorer inside a result's parentheses: "Stickroth 30th pen", "Mulder 2nd and 27th", "Japhet N'Doram 7".
_SCORER_RE = re.compile(
    rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE}))*)\s+\d{{1,3}}(?:st|nd|rd|th)?\b"
)
# Words that head agate lines: a label, not a name.
_AGATE_LABEL_RE = re.compile(
    r"^[ \t]*(?P<word>Attendance|Halftime|Half-time|Scorers?|Referee|Venue|Crowd)\b[: \t]*[\d(,]?",
    re.MULTILINE,
)
# Words that tell a sports story: a table of names and small numbers in
# other copy is weather, markets or polls, whose names are places and parties.
_SPORT_CUE_RE = re.compile(
    r"\b(?:league|division|standings|results?|matche?s|games?|fixtures?|halftime|half-time|attendance|scorers?|"
    r"goals?|innings|wickets?|runs|points|played|beat|won|drew|lost|draw|cup|championship|tournament|season|"
    r"soccer|football|baseball|basketball|hockey|cricket|rugby|tennis|golf|teams?|clubs?|round|semifinals?|"
    r"quarterfinals?|finals?|playoffs?|tabulate)\b",
    re.IGNORECASE,
)
# At least this many form lines before a story's lines are read as agate:
# one stray "Tokyo 3 Osaka 1"-shaped line in prose is not a results table.
MIN_FORM_LINES = 2


# The kinds of slot a form span fills: a side of a result or fixture is a
# team; the name heading a row of a table may be a team or a person.
TEAM, ROW, SCORER = "team", "row", "scorer"


@dataclass(frozen=True, slots=True)
class FormSpan:
    start: int
    end: int
    label: str
    known_key: str | None   # the gazetteer entry a team named like a country links to
    slot: str = TEAM


def form_spans(text: str) -> tuple[list[FormSpan], list[tuple[int, int]]]:
    """(teams and scorers the lines' forms name, spans of agate labels that are no entity)."""
    found: list[FormSpan] = []
    lines = 0
    starts = _item_starts(text)
    matched: bytearray | None = None   # made at the first form line: most stories have none
    for regex in (_RESULT_RE, _STANDINGS_RE, _RANKED_RE, _FIXTURE_RE):
        slot = ROW if regex in (_STANDINGS_RE, _RANKED_RE) else TEAM
        for m in _items(regex, text, starts):
            if matched is None:
                matched = bytearray(len(text))
            # "... (Ghana) 3 Sunfield (Togo) 1" is the second side of a result, not a ranked row
            elif matched.find(1, m.start(), m.end()) != -1:
                continue
            matched[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            lines += 1
            for group in ("a", "b"):
                if group in m.groupdict() and m.group(group):
                    found.append(_team(m.start(group), m.end(group), m.group(group), slot))
            for group in ("sa", "sb"):
                if group in m.groupdict() and m.group(group):
                    found.extend(_scorers(m.start(group), m.group(group)))
    for m in _SCORERS_LIST_RE.finditer(text) if "corer" in text else ():
        lines += 1
        found.extend(_scorers(m.start("list"), m.group("list")))
    if lines < MIN_FORM_LINES or not _SPORT_CUE_RE.search(text):
        return [], []
    labels = [(m.start("word"), m.end("word")) for m in _AGATE_LABEL_RE.finditer(text)]
    return sorted(set(found), key=lambda s: (s.start, s.end)), labels


def is_sport(text: str) -> bool:
    """Whether a story reads as sports copy (its words: league, match, goals, ...)."""
    return _SPORT_CUE_RE.search(text) is not None


def _item_starts(text: str) -> list[int]:
    """Every offset where _ITEM_START holds, in order."""
    starts = [0]
    line = text.find("\n")
    while line != -1:
        starts.append(line + 1)
        line = text.find("\n", line + 1)
    starts.extend(m.end() for m in _AFTER_ITEM_RE.finditer(text))
    starts.sort()
    return starts


def _items(regex: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """What finditer of _ITEM_START + regex finds: the first match at an item start, then the first after it, ..."""
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end and (m := regex.match(text, start)):
            found.append(m)
            end = m.end()
    return found


def _team(start: int, end: int, name: str, slot: str = TEAM) -> FormSpan:
    known = gazetteer.lookup(name)
    if known is not None and known.kind in ("country", "region") and known.label == "GPE":
        return FormSpan(start, end, "GPE", known.key, slot)
    return FormSpan(start, end, "ORG", None, slot)


def _scorers(offset: int, inside: str) -> list[FormSpan]:
    return [FormSpan(offset + m.start("name"), offset + m.end("name"), "PERSON", None, SCORER)
            for m in _SCORER_RE.finditer(inside)]
