"""Bytes of one input file to normalised articles: the pure part of a run.

decode -> sniff -> parse (one or more stories) -> clean (wirecopy.transforms.text.controls) -> normalise. Formats are
told apart by content, never by file extension (extensions lie); plain text is
what remains when no structured format claims the bytes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from wirecopy.transforms import dating
from wirecopy.transforms.errors import WireFormatError
from wirecopy.transforms.formats import parse_stories
from wirecopy.transforms.normalise import normalise
from wirecopy.transforms.story import Article, Story
from wirecopy.transforms.text.controls import clean_fields
from wirecopy.transforms.text.decode import decode


@dataclass(frozen=True, slots=True)
class ParsedFile:
    encoding: str
    articles: tuple[Article, ...]


def parse_file(data: bytes, *, reference_date: dt.date | None = None,
               reference: dating.Reference | None = None) -> ParsedFile:
    """Raises wirecopy.transforms.errors.WireError (DecodeError, WireFormatError, UnsafeInputError) with a reason code.

    `reference` is the file's (wirecopy.transforms.dating.reference: what a
    run decides once per file); `reference_date` alone stands for a
    --reference-date. Each story takes it with its own metadata date first,
    and carries it on its Article.
    """
    if reference is None:
        reference = dating.reference(given=reference_date)
    decoded = decode(data)
    stories = [clean_fields(s) for s in parse_stories(decoded.text)]
    normalised = [_dated(s, reference.of_story(s.metadata_date)) for s in stories]
    # A story that is all furniture (a dateline, credits, an end mark) has no
    # body once they are peeled off: it is not an article.
    articles = tuple(a for a in normalised if a.body.strip())
    if not articles:
        raise WireFormatError(
            f"{len(stories)} story(ies), but nothing is left once dateline, credits and end marks are removed",
            reason="no_body",
        )
    return ParsedFile(decoded.encoding, articles)


def _dated(story: Story, reference: dating.Reference) -> Article:
    """The story normalised against its reference, its dateline's date source naming what decided it.

    A file time dates a dateline only afterwards, where nothing else did (wirecopy.transforms.dating.with_file_time).
    """
    article = _labelled(normalise(story, reference_date=reference.resolves), reference.label)
    if reference.file_time is not None:
        article = dating.with_file_time(article, reference.file_time, trusted=reference.trusted)
    return dataclasses.replace(dating.filed_by_reference(article, reference), reference=reference)


def _labelled(article: Article, source: str) -> Article:
    """The dateline's date source naming the reference that decided it."""
    dateline = article.dateline
    if dateline is None or source == "reference" or dateline.date_source not in ("reference", "dateline+reference"):
        return article
    label = dateline.date_source.replace("reference", source)
    return dataclasses.replace(article, dateline=dataclasses.replace(dateline, date_source=label))
