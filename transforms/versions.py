"""Story versions: what a version marker says, and the order of a story's versions.

Wire services resend a story as it develops: Yonhap `(LEAD)`, `(2nd LD)`;
AP `(2nd Ld-Writethru)`; Reuters `UPDATE 2-`, `CORRECTED-`, `REFILE-`; and a
kill withdraws it. This module reads those markers from the headline and the
editor's-note lines (a small recogniser of its own, kept here so it can give
way to normalise's marker columns without touching anything else), and
orders the versions of one story. Matching versions into stories needs what
earlier runs wrote, so it lives in flows/stories.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

RULES_VERSION = "story_versions.v1"

# What a marker token says, in order of precedence when a story carries
# several (`CORRECTED-UPDATE 2-` is a correction of the second update).
CHANGE_PRECEDENCE = ("kill", "correction", "refile", "writethru", "update", "lead", "urgent", "first")
# Changes that say "this is a later version of something already sent".
FOLLOW_UP_CHANGES = frozenset({"kill", "correction", "refile", "writethru", "update", "lead"})

# One marker token: (pattern, change, ordinal group or fixed ordinal).
_TOKENS: tuple[tuple[re.Pattern[str], str, int | None], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), change, ordinal)
    for pattern, change, ordinal in (
        (r"^(\d+)(?:st|nd|rd|th)[\s-]+(?:LD|LEAD)[\s-]+(?:WRITETHRU|WRITE-THRU)$", "writethru", None),
        (r"^(\d+)(?:st|nd|rd|th)[\s-]+(?:LD|LEAD)$", "lead", None),
        (r"^(?:LD|LEAD)[\s-]+(?:WRITETHRU|WRITE-THRU)$", "writethru", 1),
        (r"^(?:WRITETHRU|WRITE-THRU)$", "writethru", None),
        (r"^LEAD$", "lead", 1),
        (r"^UPDATE\s*(\d+)$", "update", None),
        (r"^UPDATE$", "update", None),
        (r"^(?:CORRECTED|CORRECTS?|CORRECTION)(?:\b.*)?$", "correction", None),
        (r"^(?:REFILE|REFILED|REPEAT|RPT|RESENDING)$", "refile", None),
        (r"^(?:(?:MANDATORY\s+)?KILL(?:ED)?|WITHDRAWN|WITHDRAWAL)$", "kill", None),
        (r"^(?:URGENT|FLASH|BULLETIN|ALERT)$", "urgent", 0),
    )
)
# Reuters chains markers before the headline with a hyphen: `CORRECTED-UPDATE 2-Bank...`.
_PREFIX_RE = re.compile(
    r"^(?P<token>CORRECTED|REFILE|RPT|REPEAT|UPDATE\s*\d*|KILL|URGENT|FLASH|BULLETIN|\d+(?:st|nd|rd|th)\s+LD)\s*-\s*(?=\S)"
)
# A parenthesised marker: `(LEAD)`, `(2nd LD-Writethru)`, `(CORRECTED)`.
_PAREN_RE = re.compile(r"^\(\s*(?P<token>[^()]{1,40}?)\s*\)\s*")
# `KILL -`, `KILL:` or AP's `Kill:` before a withdrawn story's headline (not `Kill-switch`).
_KILL_LEAD_RE = re.compile(r"^(?P<token>(?:MANDATORY\s+)?KILL\s*[:\-]|(?:Mandatory\s+)?Kill\s*:)\s*(?=\S)")
_WORDS_RE = re.compile(r"\w+", re.UNICODE)
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Marker:
    """What the markers on one version say."""

    change: str                 # one of CHANGE_PRECEDENCE
    ordinal: int | None         # (LEAD) 1, (2nd LD) 2, UPDATE 3 -> 3
    raw: str | None             # the markers as printed, space-joined
    headline: str | None        # the headline with its markers removed


@dataclass(frozen=True, slots=True)
class Member:
    """One version of a story, as ordering needs it."""

    article_id: str
    change: str
    ordinal: int | None
    sent_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class Placed:
    article_id: str
    version: int
    is_latest: bool
    change: str                 # `first`/`revision` for unmarked versions
    story_killed: bool


def read_marker(headline: str | None, notes: Iterable[str] = (), first_line: str | None = None) -> Marker:
    """Markers from the headline's start, the note lines, and a marker-only first body line."""
    found: list[tuple[str, str, int | None]] = []
    clean = headline
    if headline is not None:
        clean, found = _peel_headline(headline)
    for note in notes:
        found.extend(_paren_tokens(note.strip()))
    if first_line is not None and (stripped := first_line.strip()):
        tokens = _paren_tokens(stripped)
        if tokens and not _PAREN_RE.sub("", stripped).strip():
            found.extend(tokens)
    if not found:
        return Marker("first", None, None, clean)
    changes = {change for _, change, _ in found}
    change = next(c for c in CHANGE_PRECEDENCE if c in changes)
    ordinals = [o for _, _, o in found if o is not None]
    return Marker(change, max(ordinals) if ordinals else None, " ".join(raw for raw, _, _ in found), clean)


def _classify(token: str) -> tuple[str, int | None] | None:
    token = _SPACE_RE.sub(" ", token.strip())
    for pattern, change, fixed in _TOKENS:
        if m := pattern.match(token):
            if m.groups() and m.group(1) and m.group(1).isdigit():
                return change, int(m.group(1))
            return change, fixed
    return None


def _peel_headline(headline: str) -> tuple[str | None, list[tuple[str, str, int | None]]]:
    """Strip leading marker tokens off a headline, keeping what they said."""
    found: list[tuple[str, str, int | None]] = []
    rest = headline.strip()
    while rest:
        m = _PREFIX_RE.match(rest) or _KILL_LEAD_RE.match(rest)
        paren = False
        if m is None:
            m = _PAREN_RE.match(rest)
            paren = m is not None
        if m is None:
            break
        said = _classify(m.group("token").rstrip(":- "))
        if said is None:
            if paren:  # (ATTN: ...) and other notes carry no version: drop them from the key
                rest = rest[m.end():]
                continue
            break
        token = m.group("token").rstrip(":- ")
        found.append((f"({token})" if paren else token.upper(), *said))
        rest = rest[m.end():]
    return (rest or None), found


def _paren_tokens(text: str) -> list[tuple[str, str, int | None]]:
    found = []
    while (m := _PAREN_RE.match(text)) is not None:
        inner = m.group("token")
        # `(LEAD)`, and notes like `(EDS: CORRECTS spelling in para 3)`.
        head = inner.split(":", 1)[-1].strip() if ":" in inner else inner
        said = _classify(head) or _classify(head.split()[0] if head.split() else head)
        if said is not None:
            found.append((f"({inner})", *said))
        text = text[m.end():]
    return found


def headline_key(headline: str | None) -> str | None:
    """A marker-free headline, lower case, words only: equal for versions that keep the headline."""
    if headline is None:
        return None
    words = _WORDS_RE.findall(headline.casefold())
    return " ".join(words) or None


def content_key(agency: str | None, headline: str | None, body: str) -> str:
    """Equal for the same story resent: same agency, headline (markers aside) and body text."""
    text = "\x1f".join((agency or "", headline_key(headline) or "", " ".join(body.split())))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def format_story_key(agency: str | None, *, guid: str | None = None, slug: str | None = None,
                     date: dt.date | None = None) -> str | None:
    """Story identity from format metadata: a NewsML guid, else a 7901 slug of one agency on one day.

    Slugs are reused day after day (`BC-US-Weather`), so the day is part of the key.
    """
    if guid and guid.strip():
        return f"guid:{guid.strip()}"
    if slug and slug.strip():
        return f"slug:{agency or ''}:{' '.join(slug.casefold().split())}:{date.isoformat() if date else ''}"
    return None


def story_id_for(basis: str) -> str:
    """A story id from its basis: a format story key, or the article id of its first-seen version."""
    return hashlib.sha256(f"story:{basis}".encode()).hexdigest()[:32]


def order_versions(members: Sequence[Member]) -> list[Placed]:
    """Number the versions of one story and mark the latest.

    The agency's own numbering wins over file times, which lie when a folder
    is copied: versions sort by write-through ordinal, then time sent. An
    unmarked version is the original (agencies mark every follow-up), or an
    unmarked revision of it, so it counts as number 0. A numberless
    follow-up (a bare CORRECTED or REFILE) sits after the versions sent
    before it. A kill is always last and marks every version killed.
    """
    by_time = sorted(members, key=lambda m: (_time_key(m.sent_at), m.article_id))
    effective: dict[str, int] = {}
    running = 0
    for m in by_time:
        if m.change == "kill":
            continue
        if m.ordinal is not None:
            effective[m.article_id] = m.ordinal
            running = max(running, m.ordinal)
        else:
            effective[m.article_id] = 0 if m.change == "first" else running
    kills = [m for m in by_time if m.change == "kill"]
    rest = sorted(
        (m for m in by_time if m.change != "kill"),
        key=lambda m: (effective[m.article_id], m.change == "correction", _time_key(m.sent_at), m.article_id),
    )
    ordered = rest + kills
    killed = bool(kills)
    placed = []
    for n, m in enumerate(ordered, start=1):
        change = m.change
        if change == "first" and n > 1:
            change = "revision"
        placed.append(Placed(m.article_id, n, n == len(ordered), change, killed))
    return placed


def _time_key(sent_at: dt.datetime | None) -> tuple[int, dt.datetime]:
    """Unknown times sort last: a version of unknown time is no evidence of being early."""
    if sent_at is None:
        return (1, dt.datetime.min.replace(tzinfo=dt.timezone.utc))
    return (0, sent_at)
