"""Hard-wrapped wire text back into paragraphs.

Wire systems wrap lines at a fixed width (Reuters at ~65 columns) or at the
whim of a web copy (the seed breaks `in` / `Brussels.`). Paragraphs are told
apart by what the copy uses: blank lines, an indent at the start of a
paragraph, or, when it uses neither, one paragraph per line, a line that stops
mid-sentence being joined to the next.
"""

from __future__ import annotations

import re

_INDENT_RE = re.compile(r"^(?:\t| {2,})\S")
_SENTENCE_END_RE = re.compile(r"[.!?:;]['\"”’)\]]*$|[\"”]$")
_SPACES_RE = re.compile(r"[ \t\u00a0]+")

PARAGRAPH_SEPARATOR = "\n\n"


def reflow(text: str) -> str:
    """Paragraphs joined by a blank line; lines inside a paragraph joined by a space."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return ""
    indented = any(_INDENT_RE.match(line) for line in lines[1:])
    blank_separated = any(not line.strip() for line in lines)
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        stripped = _squeezed(line)
        if not stripped:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        current = paragraphs[-1]
        if current and _starts_paragraph(line, stripped, current[-1], indented, blank_separated):
            paragraphs.append([stripped])
        else:
            current.append(stripped)
    return PARAGRAPH_SEPARATOR.join(" ".join(p) for p in paragraphs if p)


def _squeezed(line: str) -> str:
    """The line with each run of spaces, tabs and no-break spaces made one space, stripped.

    Most lines have no such run but single spaces: strip() alone gives the
    same for them, without a pass of the pattern (~30 us a story).
    """
    if "  " in line or "\t" in line or "\xa0" in line:
        line = _SPACES_RE.sub(" ", line)
    return line.strip()


def _starts_paragraph(line: str, stripped: str, previous: str, indented: bool, blank_separated: bool) -> bool:
    if indented:
        return bool(_INDENT_RE.match(line))
    if blank_separated:
        return False
    return bool(_SENTENCE_END_RE.search(previous)) and not stripped[0].islower()
