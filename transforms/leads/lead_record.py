"""The record a lead is read into: `Dateline`, what the lead grammar returns.

Every part of the grammar that builds one (wirecopy.transforms.leads.lead_heads,
.lead_openings, .dateline) and every stage that reads one (dating, story,
normalise: imported from wirecopy.transforms.leads.dateline, which re-exports it)
needs the class. Kept in a module of its own that imports none of them, so
that the grammar's modules can share it without importing each other in a
loop.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from wirecopy.transforms.knowledge import places
from wirecopy.transforms.knowledge.casing import fold
from wirecopy.transforms.leads import dates


def lead_date(phrase: dates.DatePhrase | None, reference_date: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The date a lead's date phrase gives and what decided it (`Dateline.date_source`): its printed year
    ("dateline"), else the reference's ("dateline+reference"); no phrase, the reference's day ("reference");
    a phrase printed but unreadable (no month), none: unknown, not the reference's day."""
    if phrase is None:
        return reference_date, ("reference" if reference_date else None)
    if phrase.month == 0:
        return None, None
    date = dates.resolve(phrase, reference_date)
    return date, (("dateline" if phrase.year is not None else "dateline+reference") if date else None)


@dataclass(frozen=True, slots=True)
class Dateline:
    raw: str                    # as printed: "BRUSSELS, July 5 (Yonhap) --"
    end: int                    # offset in the parsed text where the story proper begins
    places: tuple[str, ...]     # place names as printed: ("DUBAI", "WASHINGTON")
    qualifier: str | None       # state, country or region printed after the place
    place: places.Place | None  # the first place, resolved in the gazetteer
    date_raw: str | None
    date: dt.date | None
    agency: str | None          # canonical name from the tag, else None
    form: str = "tagged"        # which form of the grammar matched (see wirecopy.transforms.leads.dateline)
    date_source: str | None = None  # dateline (year printed), dateline+reference, reference, transmission
    phrase: dates.DatePhrase | None = None

    @property
    def city(self) -> str | None:
        if self.place is not None:
            # "TONGA –", "India, Dec. 6 --": a country named where the city goes names no city.
            return None if self.place.basis == "qualifier-only" and self.qualifier is None and (
                places.is_qualifier(self.places[0])) else self.place.city
        return places.normal_case(self.places[0]) if self.places else None

    @property
    def region(self) -> str | None:
        """The place's region; where the gazetteer names none, a region printed in full ("NAVAL, Biliran")."""
        if self.place is not None and self.place.region is not None:
            return self.place.region
        printed = self.qualifier
        if self.place is None or printed is None or not _FULL_REGION_RE.fullmatch(printed) or (
                places.country_code(printed) is not None or places.us_state(printed) is not None
                or fold(printed) == fold(self.place.city)):  # "Georgia, Tbilisi": the city printed second
            return None
        return places.normal_case(printed)

    @property
    def country(self) -> str | None:
        return self.place.country if self.place else None

    @property
    def timezone(self) -> str | None:
        return self.place.timezone if self.place else None

    @property
    def place_names(self) -> tuple[str, ...]:
        """Every place of the dateline in normal case: ("Dubai", "Washington")."""
        if not self.places:
            return ()
        return (self.city or places.normal_case(self.places[0]),) + tuple(
            places.normal_case(p) for p in self.places[1:]
        )


# A region printed in full: words of letters, no abbreviation's stop, no initials ("Biliran", "Grand Bahama").
_FULL_REGION_RE = re.compile(r"[^\W\d_]{4,}(?:[ -][^\W\d_]{2,}){0,3}")
