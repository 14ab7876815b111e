"""The records that pass between stages: a parsed Story and a normalised Article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from transforms.byline import Byline
from transforms.dateline import Dateline


@dataclass(frozen=True, slots=True)
class Story:
    """One story as a format parser found it, before normalisation."""

    source_format: str
    index: int                      # position in its file
    headline: str | None
    text: str                       # body as carried, dateline and credits still in it
    metadata_date: dt.date | None = None  # a date the format's own metadata carries
    agency: str | None = None       # agency named by metadata, canonical or as printed


@dataclass(frozen=True, slots=True)
class Article:
    """A story normalised: dateline and credits parsed out, body clean."""

    story: Story
    headline: str | None
    agency: str | None
    dateline: Dateline | None
    byline: Byline
    notes: tuple[str, ...]          # editor's notes and version markers removed from the head
    body: str
