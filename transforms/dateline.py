"""The dateline: where and when a story was filed, and by which agency.

One grammar for every agency. A dateline opens the lead paragraph:

    PLACE[/PLACE...][, QUALIFIER][, DATE] [(AGENCY)] DASH   BRUSSELS, July 5 (Yonhap) --
                                                            CHATHAM, Mass. (AP) _
                                                            New Delhi (AFP) -
    PLACE, DATE DASH                                        NEW YORK, March 5 -   (1980s Reuters)
    PLACE, DATE (AGENCY)                                    Mumbai, Dec 9 (PTI)   (no dash)
    PLACE ISO-DATE                                          LONDON 1996-12-06

Without an agency tag the place must be printed in capitals, or the first
words of any sentence would pass for a dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from transforms import agencies, dates, places

_DASH = r"(?:--|—|–|-|_|:)"
# "(Yonhap) --", "(AP) _", "(PTI)": an agency tag then an optional dash.
_TAG_RE = re.compile(rf"\((?P<tag>[A-Za-z][A-Za-z .&'-]{{0,38}}[A-Za-z])\)\s*(?P<dash>{_DASH})?[ \t]*")
# A dash standing between the head and the story, for datelines without a tag.
_BARE_DASH_RE = re.compile(rf"\s+{_DASH}\s+")
# "LONDON 1996-12-06 " (CoNLL-era Reuters).
_ISO_DATELINE_RE = re.compile(r"^(?P<head>[A-Z][A-Z .'/-]{1,40}?)\s+(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)\b\s*")
# One place as printed: capitalised words, with particles ("RIO DE JANEIRO",
# "Port-au-Prince", "ST. LOUIS", "SÃO PAULO", "THE HAGUE").
_PLACE_RE = re.compile(
    r"(?:[A-ZÀ-ÞŠŽ][\w.'’À-ÿ-]*|de|da|do|dos|du|des|del|la|le|el|al|am|an|on|upon|sur|en|of|the|und|y|i)"
    r"(?:\s+(?:[A-ZÀ-ÞŠŽ][\w.'’À-ÿ-]*|de|da|do|dos|du|des|del|la|le|el|al|am|an|on|upon|sur|en|of|the|und|y|i)){0,5}"
)
_MAX_HEAD = 90


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

    @property
    def city(self) -> str | None:
        if self.place is not None:
            return self.place.city
        return places.normal_case(self.places[0]) if self.places else None

    @property
    def region(self) -> str | None:
        return self.place.region if self.place else None

    @property
    def country(self) -> str | None:
        return self.place.country if self.place else None


def parse_dateline(
    text: str, *, reference_date: dt.date | None, agency_hint: str | None = None
) -> Dateline | None:
    """The dateline opening `text`, or None when the text does not open with one.

    reference_date resolves the year of a year-less date; agency_hint (a
    canonical agency name known from metadata or a sign-off) breaks ties
    between same-named places and stands in for a missing tag.
    """
    head_text = text[: _MAX_HEAD + 40]
    found = _split_head(head_text)
    if found is None:
        return None
    head, end, tag = found
    agency = agencies.lookup(tag) if tag else None
    if tag and agency is None:
        return None
    parts = [p.strip() for p in head.split(",")]
    place_names = tuple(p.strip() for p in parts[0].split("/") if p.strip())
    if not place_names or not all(_PLACE_RE.fullmatch(p) for p in place_names):
        return None
    if agency is None and not all(_is_capitals(p) for p in place_names):
        return None
    qualifier, date_phrase = None, None
    for part in parts[1:]:
        phrase = dates.match_date(part)
        if phrase is not None and date_phrase is None:
            date_phrase = phrase
        elif qualifier is None and _PLACE_RE.fullmatch(part) and date_phrase is None:
            qualifier = part
        else:
            return None
    home = agency.country if agency else _home_country(agency_hint)
    place = places.resolve_place(place_names[0], qualifier, home_country=home)
    # An undated dateline ("WASHINGTON (AP) —") means the day the copy moved,
    # which is the reference date when nothing better is known.
    if place is None and not all(_is_capitals(p) for p in place_names):
        # "Officials (AP) said": a tag after words the gazetteer does not know
        # as a place, and not in dateline capitals either.
        return None
    date = dates.resolve(date_phrase, reference_date) if date_phrase else reference_date
    raw = text[:end].strip()
    return Dateline(
        raw=raw,
        end=end,
        places=place_names,
        qualifier=qualifier,
        place=place,
        date_raw=date_phrase.raw if date_phrase else None,
        date=date,
        agency=agency.name if agency else None,
    )


def _split_head(text: str) -> tuple[str, int, str | None] | None:
    """(head before the tag or dash, offset where the story begins, agency tag)."""
    iso = _ISO_DATELINE_RE.match(text)
    if iso:
        return f"{iso['head']}, {iso['date']}", iso.end(), None
    for tag in _TAG_RE.finditer(text, 0, _MAX_HEAD + 40):
        if tag.start() > _MAX_HEAD:
            break
        if agencies.lookup(tag["tag"]):
            head = text[: tag.start()].strip()
            return (head, tag.end(), tag["tag"]) if head else None
    dash = _BARE_DASH_RE.search(text, 0, _MAX_HEAD + 4)
    if dash and dash.start() <= _MAX_HEAD:
        return text[: dash.start()].strip(), dash.end(), None
    return None


def _is_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _home_country(agency_name: str | None) -> str | None:
    agency = agencies.lookup(agency_name) if agency_name else None
    return agency.country if agency else None
