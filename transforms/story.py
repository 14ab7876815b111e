"""The records that pass between stages: a parsed Story and a normalised Article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from transforms.byline import Byline
from transforms.dateline import Dateline
from transforms.markers import Marker
from transforms.transmission import Transmission


@dataclass(frozen=True, slots=True)
class Story:
    """One story as a format parser found it, before normalisation."""

    source_format: str
    index: int                      # position in its file
    headline: str | None
    text: str                       # body as carried, dateline and credits still in it
    metadata_date: dt.date | None = None  # a date the format's own metadata carries
    agency: str | None = None       # agency named by metadata, canonical or as printed
    transmitted_at: dt.datetime | None = None  # when the story moved, from the format's metadata (aware; naive = UTC)


@dataclass(frozen=True, slots=True)
class Article:
    """A story normalised: dateline and credits parsed out, body clean."""

    story: Story
    headline: str | None
    agency: str | None
    dateline: Dateline | None
    byline: Byline
    notes: tuple[str, ...]          # editor's notes removed from the head and tail, as printed
    body: str
    headline_raw: str | None = None  # the headline as printed, version markers included
    markers: tuple[Marker, ...] = ()  # version and urgency markers from headline and head
    agency_source: str | None = None  # what named the agency: dateline, metadata, signoff, email, byline, trailer
    transmission: Transmission | None = None  # when the story moved, from copy or metadata
