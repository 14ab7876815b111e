"""Editor's notes and version markers around the lead (rule set `markers.v1`).

Agencies mark a story's version and urgency in its headline and on lines
above the lead: Yonhap's `(LEAD)`, `(2nd LD)`, `(URGENT)` and `(ATTN: ADDS
details in paras 4-5)`, Reuters' `UPDATE 2-`, `CORRECTED-`, `REFILE-`,
`RPT-` headline prefixes, AP's `Eds:` lines and `1st Ld-Writethru`. They are
read here, stripped from headline and body by the normaliser, and kept as
data: they feed story versions (`version_number`, `is_correction`).

Genre labels (`(News Focus)`, `(Yonhap Interview)`, Reuters `FACTBOX-`,
`GLOBAL MARKETS-`) are part of the headline, not markers, and stay in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RULESET = "markers.v1"


@dataclass(frozen=True, slots=True)
class Marker:
    raw: str            # as printed: "(2nd LD)", "UPDATE 2-", "CORRECTED-"
    kind: str           # lead, update, writethru, correction, refile, repeat, urgent, flash, bulletin, alert
    number: int | None  # the write-through count a version marker carries (LEAD = 1)


# Marker words -> kind. A number printed with it ("2nd LD", "UPDATE 2") is the version.
MARKER_KINDS: dict[str, str] = {
    "lead": "lead", "ld": "lead", "update": "update", "writethru": "writethru", "write-thru": "writethru",
    "corrected": "correction", "correction": "correction", "corrects": "correction",
    "refile": "refile", "refiled": "refile", "rpt": "repeat", "repeat": "repeat",
    "urgent": "urgent", "flash": "flash", "bulletin": "bulletin", "alert": "alert", "newsalert": "alert",
    "eilt": "urgent", "extra": "urgent",
}
# Kinds that say the story is a new version of an earlier one, numbered from 1.
VERSION_KINDS: frozenset[str] = frozenset({"lead", "update", "writethru"})

_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"
# Yonhap's parenthesised markers: "(LEAD)", "(2nd LD)", "(3rd LD, URGENT)", "(URGENT)", "(CORRECTED)".
_PAREN_MARKER_RE = re.compile(
    rf"(?i)\(\s*(?:{_ORDINAL}\s+(?:LD|LEAD)|LEAD|LD|URGENT|FLASH|BULLETIN|CORRECTED|CORRECTION|REFILE|"
    rf"UPDATE(?:\s+\d{{1,2}})?)(?:\s*,\s*(?:URGENT|CORRECTED|{_ORDINAL}\s+LD|LEAD))*\s*\)\s*"
)
# Reuters' headline prefixes, possibly stacked: "CORRECTED-UPDATE 2-", "REFILE-", "RPT-".
_PREFIX_MARKER_RE = re.compile(
    r"(?:(?:UPDATE\s+(?P<n>\d{1,2})|CORRECTED|REFILE|RPT|URGENT|FLASH)\s?-\s?)"
)
# A marker alone on a line, unbracketed, in capitals: dpa's "1ST LEAD", "2ND LEAD", "EXTRA".
_BARE_MARKER_LINE_RE = re.compile(
    r"^(?:\d{1,2}(?:ST|ND|RD|TH)\s+LEAD|LEAD|URGENT|EXTRA|EILT|FLASH|BULLETIN|CORRECTION)$")
# AP's write-through tag: "1st Ld-Writethru", "2nd Ld-Writethru".
_WRITETHRU_RE = re.compile(r"(?i)\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+Ld[- ]Write-?thru\b")
# A note on a line of its own above the lead.
_NOTE_LINE_RE = re.compile(
    r"(?ix)^(?:"
    r"\(\s*(?:ATTN|EDS|EDITORS?|EDITOR'?S\s+NOTE|RECASTS|ADDS|UPDATES|CORRECTS|REPEAT|NEWS\s+ANALYSIS|"
    r"INTERVIEW|PROFILE|Yonhap\s+Feature|FEATURE)\b[^\n]*\)"
    r"|(?:Eds|EDS|Editors|EDITORS|Editor'?s\s+note|EDITOR'?S\s+NOTE)\s*[:.—–-][^\n]*"
    r"|(?:AP|AFP|Reuters|dpa|EFE)\s+(?:Photos?|Video|Graphics?|Audio)\b[^\n]*"
    r")$"
)
_CORRECTION_NOTE_RE = re.compile(r"(?i)\bcorrect(?:s|ed|ion)\b")


def split_headline(headline: str) -> tuple[str, tuple[Marker, ...]]:
    """The headline without its leading version markers, and the markers.

    "(2nd LD) Coupang founder apologises" -> ("Coupang founder apologises",
    (Marker("(2nd LD)", "lead", 2),)); "CORRECTED-UPDATE 1-Shares fall" ->
    ("Shares fall", (correction, update 1)). A headline that is nothing but
    markers is kept whole: it has nothing else to say.
    """
    found: list[Marker] = []
    rest = headline.strip()
    while True:
        paren = _PAREN_MARKER_RE.match(rest)
        prefix = _PREFIX_MARKER_RE.match(rest) if paren is None else None
        match = paren or prefix
        if match is None or not rest[match.end():].strip():
            break
        found.extend(read_markers(match.group(0).strip()))
        rest = rest[match.end():].lstrip()
    return (rest, tuple(found)) if found else (headline.strip(), ())


def read_markers(text: str) -> tuple[Marker, ...]:
    """Every marker in one printed marker: "(3rd LD, URGENT)" -> lead 3, urgent."""
    inner = text.strip().strip("()").rstrip("-").strip()
    found: list[Marker] = []
    for part in re.split(r"\s*[,-]\s*(?=\D)", inner):
        part = part.strip()
        if not part:
            continue
        number = re.search(r"\d{1,2}", part)
        words = re.findall(r"(?<![0-9])[A-Za-z]+(?:-[A-Za-z]+)?", part)
        for word in words:
            kind = MARKER_KINDS.get(word.casefold())
            if kind is None:
                continue
            if kind == "lead" and number is None:
                n: int | None = 1
            elif kind in VERSION_KINDS:
                n = int(number.group(0)) if number else None
            else:
                n = None
            found.append(Marker(raw=text.strip(), kind=kind, number=n))
            break
    return tuple(found)


def read_note_line(line: str) -> tuple[str | None, tuple[Marker, ...]] | None:
    """A line above the lead that is a note or a marker: (note or None, markers), else None.

    "(ATTN: ADDS details in paras 4-5)" is a note; "(LEAD)" and "(URGENT)"
    on a line of their own are markers; "Eds: APNewsNow. 1st Ld-Writethru"
    is a note that also carries a write-through marker.
    """
    text = line.strip()
    if not text:
        return None
    if _PAREN_MARKER_RE.fullmatch(text) or _BARE_MARKER_LINE_RE.match(text):
        return None, read_markers(text)
    if _NOTE_LINE_RE.match(text):
        writethru = _WRITETHRU_RE.search(text)
        found = (Marker(writethru.group(0), "writethru", int(writethru["n"])),) if writethru else ()
        return text, found
    return None


def version_number(found: tuple[Marker, ...]) -> int | None:
    """The highest write-through number the markers carry (LEAD = 1), None for an original."""
    numbers = [m.number for m in found if m.kind in VERSION_KINDS and m.number is not None]
    return max(numbers) if numbers else None


def is_correction(found: tuple[Marker, ...], notes: tuple[str, ...]) -> bool:
    """A correction marker, or a note saying what it corrects ("(ATTN: CORRECTS name in para 3)")."""
    return any(m.kind == "correction" for m in found) or any(_CORRECTION_NOTE_RE.search(n) for n in notes)
