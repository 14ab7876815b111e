"""The records that pass between stages: a parsed Story and a normalised Article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wirecopy.transforms.bylines.byline import Byline
from wirecopy.transforms.leads.dateline import Dateline
from wirecopy.transforms.leads.markers import Marker
from wirecopy.transforms.leads.transmission import Transmission
from wirecopy.transforms.reference import NO_REFERENCE, Reference


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
    # What structured formats carry beside the text (None / () for plain text).
    source_id: str | None = None    # the item's own id: guid, uri, doc-id, 7901 service+number
    version: str | None = None      # "5", "1st Ld-Writethru", "1ST LEAD"
    slug: str | None = None         # keyword / slugline
    priority: int | None = None     # 1 (flash) .. 9 (lowest), the IPTC urgency scale
    category: str | None = None     # ANPA / IPTC 7901 category code
    subjects: tuple[str, ...] = ()  # subject codes as carried: "medtop:20000538", "subj:04016000"
    pubstatus: str | None = None    # usable, withheld, canceled
    signals: tuple[str, ...] = ()   # processing signals as carried: "sig:update", "sig:correction"
    first_created: dt.datetime | None = None    # aware
    version_created: dt.datetime | None = None  # aware
    ednote: str | None = None       # note to editors, not for publication
    byline_text: str | None = None  # the credit as the metadata prints it: "By Jane Doe"
    dateline_text: str | None = None  # the dateline as the metadata prints it
    located: str | None = None      # place of origin named by the metadata
    located_at: tuple[float, float] | None = None  # its latitude and longitude, where the metadata gives them
    language: str | None = None     # BCP 47 tag
    credits: tuple[tuple[str, str], ...] = ()  # (name, role) of people the metadata names


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
    # The day the story was filed (the metadata's, or a date line over a
    # story without a dateline): stands in for the dateline's date when no
    # dateline is printed.
    filed_date: dt.date | None = None
    filed_date_source: str | None = None  # "metadata", or "published": a date line over a story with no dateline
    # The date its year-less dateline resolved against and what gave it (wirecopy.transforms.dating.reference).
    reference: Reference = NO_REFERENCE
