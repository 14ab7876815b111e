"""Bytes of one input file to normalised articles: the pure part of a run.

decode -> sniff -> parse (one or more stories) -> clean (transforms.controls) -> normalise. Formats are told
apart by content, never by file extension (extensions lie); plain text is
what remains when no structured format claims the bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from transforms.controls import clean_fields
from transforms.decode import decode
from transforms.errors import WireFormatError
from transforms.formats import parse_stories
from transforms.normalise import normalise
from transforms.story import Article


@dataclass(frozen=True, slots=True)
class ParsedFile:
    encoding: str
    articles: tuple[Article, ...]


def parse_file(data: bytes, *, reference_date: dt.date | None) -> ParsedFile:
    """Raises transforms.errors.WireError (DecodeError, WireFormatError, UnsafeInputError) with a reason code."""
    decoded = decode(data)
    stories = [clean_fields(s) for s in parse_stories(decoded.text)]
    normalised = [normalise(s, reference_date=s.metadata_date or reference_date) for s in stories]
    # A story that is all furniture (a dateline, credits, an end mark) has no
    # body once they are peeled off: it is not an article.
    articles = tuple(a for a in normalised if a.body.strip())
    if not articles:
        raise WireFormatError(
            f"{len(stories)} story(ies), but nothing is left once dateline, credits and end marks are removed",
            reason="no_body",
        )
    return ParsedFile(decoded.encoding, articles)
