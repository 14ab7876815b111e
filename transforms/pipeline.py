"""Bytes of one input file to normalised articles: the pure part of a run.

decode -> sniff -> parse (one or more stories) -> clean (wirecopy.transforms.controls) -> normalise. Formats are told
apart by content, never by file extension (extensions lie); plain text is
what remains when no structured format claims the bytes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from wirecopy.transforms.controls import clean_fields
from wirecopy.transforms.decode import decode
from wirecopy.transforms.errors import WireFormatError
from wirecopy.transforms.formats import parse_stories
from wirecopy.transforms.normalise import normalise
from wirecopy.transforms.story import Article


@dataclass(frozen=True, slots=True)
class ParsedFile:
    encoding: str
    articles: tuple[Article, ...]


def parse_file(data: bytes, *, reference_date: dt.date | None, reference_source: str = "reference") -> ParsedFile:
    """Raises wirecopy.transforms.errors.WireError (DecodeError, WireFormatError, UnsafeInputError) with a reason code.

    reference_source names what reference_date is ("reference" for a
    --reference-date, "received" for a received-times file), so that
    dateline_date_source says what decided each date; a story's own metadata
    date wins over it and is named "metadata".
    """
    decoded = decode(data)
    stories = [clean_fields(s) for s in parse_stories(decoded.text)]
    normalised = [
        _labelled(normalise(s, reference_date=s.metadata_date or reference_date),
                  "metadata" if s.metadata_date else reference_source)
        for s in stories
    ]
    # A story that is all furniture (a dateline, credits, an end mark) has no
    # body once they are peeled off: it is not an article.
    articles = tuple(a for a in normalised if a.body.strip())
    if not articles:
        raise WireFormatError(
            f"{len(stories)} story(ies), but nothing is left once dateline, credits and end marks are removed",
            reason="no_body",
        )
    return ParsedFile(decoded.encoding, articles)


def _labelled(article: Article, source: str) -> Article:
    """The dateline's date source naming the reference that decided it."""
    dateline = article.dateline
    if dateline is None or source == "reference" or dateline.date_source not in ("reference", "dateline+reference"):
        return article
    label = dateline.date_source.replace("reference", source)
    return dataclasses.replace(article, dateline=dataclasses.replace(dateline, date_source=label))
