"""Cutting a long story into pieces NER can take, with every piece's offset kept.

spaCy refuses a text over `nlp.max_length` characters (E088, 1,000,000 by
default) and its memory grows with a Doc's length (a 1.1-million-character
story in 100,000-character pieces, batched, took one process to 2.3 GB;
in 20,000-character pieces, one at a time, no more than the model), so a
story past `max_chars` is run in pieces. A piece ends at the last paragraph break
before the limit, else at the last line break, else after the last
sentence end (". ", "? ", "! "), else at the last space, else hard at the
limit: a name is cut in two only where a text gives no better place. The
pieces are consecutive and cover the text exactly, so a mention found at
`start` in a piece is at `offset + start` in the story body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 20_000

_BREAKS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]*[ \t]+"), re.compile(r"[ \t]+"))


@dataclass(frozen=True, slots=True)
class Segment:
    offset: int  # where the piece starts in the whole text
    text: str


def segments(text: str, max_chars: int = MAX_CHARS) -> tuple[Segment, ...]:
    """TEXT in consecutive pieces of at most `max_chars` characters; one piece when it is short enough."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars}")
    if len(text) <= max_chars:
        return (Segment(0, text),)
    pieces, start = [], 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        pieces.append(Segment(start, text[start:end]))
        start = end
    pieces.append(Segment(start, text[start:]))
    return tuple(pieces)


def _cut(text: str, start: int, limit: int) -> int:
    """The best end for a piece starting at `start` and ending by `limit` (start < result <= limit)."""
    window = text[start:limit]
    for pattern in _BREAKS:
        last = None
        for last in pattern.finditer(window):
            pass
        if last is not None and last.end() > 0:
            return start + last.end()
    return limit


@dataclass(frozen=True, slots=True)
class ShiftedSpan:
    """An entity span of a piece, its offsets moved into the whole text (what entities.mentions reads of a Span)."""

    start_char: int
    end_char: int
    label_: str
    ent_id_: str = ""


def shifted(span, offset: int) -> ShiftedSpan:
    """SPAN (a spaCy Span of a piece starting at `offset`) with offsets into the whole text."""
    return ShiftedSpan(span.start_char + offset, span.end_char + offset, span.label_, getattr(span, "ent_id_", ""))
