"""The dateline: where and when a story was filed, and by which agency.

One grammar for every agency (rule set `dateline.v2`). A dateline opens the
lead paragraph; its head is PLACE[/PLACE...][, QUALIFIER][, DATE] and one of
these forms closes it:

    tagged      HEAD (AGENCY) [DASH]     BRUSSELS, July 5 (Yonhap) --
                                         CHATHAM, Mass. (AP) _
                                         Mumbai, Dec 9 (PTI)        (no dash)
                                         Madrid, Jan 5 (EFE).-
                HEAD /AGENCY/.           MOSCOW, January 5. /TASS/.
                HEAD (AGENCY) =          ROCHEFORT 31/07 (BELGA) =  (Belga's French copy)
                HEAD (AGENCY)Story       Marseille, France (CNN)The ...
                HEAD (AGENCY) DATE DASH  San Antonio, Texas (PRWEB) December 11, 2009 --
                HEAD--(AGENCY - DATE) -  New York, New York--(Newsfile Corp. - November 3, 2020) -
                HEAD (agency) DASH       Stuttgart (ots) -          (lower case: after gazetteer cities only)
                HEAD (AGENCY).           Leipzig (epd). Rund ...
                HEAD (AGENCY) DATE DASH  QARZEN (ZNA) 2 July -
                HEAD | AGENCY |          Gulu, Uganda | THE INDEPENDENT |
                HEAD (DATE - AGENCY)---  SUVA, Fiji (Nov. 6, 2002 - Islands Business)---
                DATE | HEAD (AGENCY)     April 16, 2014 | NASHVILLE, Tenn. (UMNS)  (a full date first, any form after)
    tag-first   (AGENCY) DASH HEAD DASH  (ANSA) - ROME, JAN 5 -
                [AGENCY] HEAD DASH       [ANGOP] Luanda -           (no dash after the credit)
                [AGENCY - HEAD]          [Episcopal News Service – Topeka, Kansas]
    tag-first   (AGENCY) HEAD AGENCY -   (TheNewswire) Vancouver, ..., 2026 TheNewswire -
                SITE.CO.ID, HEAD DASH    REPUBLIKA.CO.ID, JAKARTA --
    tag-only    (AGENCY) DASH            (Bloomberg) --
                [OUTLET]                 [Episcopal News Service] Two dioceses ...
                (INITIALS- SOURCE)       (MENAFN- Daily News Egypt)  (alone on its line)
                (AGENCY)Story            (CNN)The ...
    dashed      HEAD DASH (AGENCY) DASH  ROMA - (ANSA) -
    dashed      HEAD DASH                NEW YORK, March 5 -        (1980s Reuters)
                HEAD, AGENCY DASH        Tehran, IRNA --
                HEAD, DATE, Credit DASH  DUSHANBE, November 9, 2010, Asia-Plus --
                HEAD DASH CREDIT DASH    Tripoli, 21.04.2019 - Lana -
                HEAD AGENCY DASH         TOKYO, Jan. 5 Kyodo -
    iso         HEAD ISO-DATE            SIALKOT, Pakistan 1996-12-06
    bare        CAPITALS Text            DUBAI/WASHINGTON Iran freed ...  (web copy, tag cut)
    stopped     CITY. Text               MADRID. CORTES DE TRÁFICO ...    (gazetteer cities in capitals)
    line        HEAD on its own line     TOKYO, April 13 Kyodo / NADI over a blank line
    spaced      HEAD DATE-WITH-YEAR Text Erbil, Kurdistan Region, 16 September 2019 The ...
    bare-credit OUTLET DASH              Shafaq News/ , AMMONNEWS -, AGI -  (known agencies, names of outlets)

Places may be joined by a slash or a word ("NEW YORK AND MAINZ, Germany"); a
date may be partial ("SYDNEY, Wednesday", "31/07") or misspelt ("Decmber 5":
one letter off one month is that month; further off, the date is unknown and
the place still stands); see wirecopy.transforms.dates.

How sure the head must look depends on the form. With an agency tag a place
in any case will do. Without one, the place must be in capitals or be a city
the gazetteer knows with a date beside it, or the first words of any
sentence would pass for a dateline; the bare form, which has no mark at all,
takes only capitals naming gazetteer cities.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from wirecopy.transforms import agencies, dates, gazetteer, places
from wirecopy.transforms.casing import fold
from wirecopy.transforms.credit_shapes import (
    CAMEL_RE,
    DESK_WORDS,
    MAX_AGENCY_WORDS,
    NOT_AGENCY_WORDS,
    OUTLET_WORDS,
    WEB_NAME_RE,
    acronym,
    agency_named,
    credit_and_date,
    desk,
    looks_like_agency,
    names_an_outlet,
    organisation,
    organisation_like,
    outlet_word_glued,
    publication,
)
from wirecopy.transforms.transmission import ZONE_ABBREVIATIONS, match_clock

RULESET = "dateline.v2"

# A dash may be doubled: "(Beninipashe)——".
_DASH = r"(?:-{2,3}|——|––|-[–—]|[–—]-|—|–|-|_|::?|\.[-–—]|\.)"
_SPACE = "[ \t\u00a0\u2009\u202f]"
# An agency's name as a tag prints it: letters, a few words, maybe dotted or
# hyphenated ("Yonhap", "ANA-MPA", "Agência Brasil", "The Straits Times/ANN").
_AGENCY_NAME = r"[^\W\d_][\w .,&'’/“”\"-]{0,58}[\w.”\"]|[^\W\d_]"
# A name between slashes or pipes: one to three words, a figure allowed where a letter follows
# ("/ACCESSWIRE/", "/24-7PressRelease/", "| THE INDEPENDENT |").
_SLASHED_NAME = (r"(?:(?:[A-Z]\.){2,3}(?=[ \t]\w)|(?=[\w-]*[^\W\d_])\w[\w-]{1,24}(?:\.[A-Za-z]{2,3})?)"
                 r"(?:[ \t][“\"]?\w[\w-]{0,20}[”\"]?){0,2}")  # "/U.S. Newswire/": initials with stops first
# "(Yonhap) --", "(AP) _", "(PTI)", "(EFE).-", "/TASS/.", "| Xinhua |": an agency tag then an optional dash.
# Between slashes the credit may carry its reporter: "/Trend, N. Kirtskhalia/", "/ Trend , A.Badalova /".
_TAG_RE = re.compile(
    rf"(?:\((?P<tag>{_AGENCY_NAME})\)|/[ \t]?(?P<slash>{_SLASHED_NAME})[ \t]?"
    rf"(?:,[ \t]*[^\W\d_][^/\n]{{0,38}})?/|\|[ \t]?(?P<pipe>{_SLASHED_NAME})[ \t]?\|"
    rf"|[ \t]\[(?P<square>{_AGENCY_NAME})\])"  # "15 avril 2014 [AlterPresse] ---", "MOGADISHU [SMN] –"
    rf"(?P<stop>\.)?{_SPACE}*(?P<dash>{_DASH}|=)?{_SPACE}*"
)
# "(ANSA) - ROME, ..." / "(Bloomberg) -- ...": the tag opens the lead.
_LEADING_TAG_RE = re.compile(rf"^\((?P<tag>{_AGENCY_NAME})\){_SPACE}*{_DASH}{_SPACE}*")
# "(CNN)The ...": a tag glued to the story's first word, no space or dash between.
_GLUED_TAG_RE = re.compile(rf"^\((?P<tag>{_AGENCY_NAME})\)(?=[A-Z][a-z])")
# "(JNS) The ...": initials in brackets, then a space and the story.
_SPACED_TAG_RE = re.compile(r"^\((?P<tag>[A-Z][A-Z&-]{1,7}(?: [A-Z][A-Z&-]{1,9})?)\)[ \t]+(?=[A-Z][a-z])")
# "ROMA - (ANSA) - ...": the credit after the place's dash, closed by a dash of its own.
_TAG_AFTER_DASH_RE = re.compile(rf"\((?P<tag>{_AGENCY_NAME})\){_SPACE}*(?:-{{2,3}}|—|–|-|:|\.-){_SPACE}+")
# "NEW YORK AND MAINZ, Germany": places joined by a word, as a slash joins them.
_AND_RE = re.compile(r"\s+(?:and|AND|&)\s+")
# A figure then a gap after a tag: a table's row ("NEW YORK (NYSE)  142.10  +1.2%").
_FIGURES_RE = re.compile(r"[-+]?[\d.,]*\d%?(?:[ \t]{2,}|\t)")
# A dash standing between the head and the story, for datelines without a tag;
# or a run of spaces where a wire's line layout stood for one. A spaced double
# slash or a square does a dash's work in some houses ("ABU DHABI // ...", "BERLIN dpa ■ ...").
_BARE_DASH_RE = re.compile(
    rf"{_SPACE}+(?:-{{2,3}}|-[–—]|[–—]-|—{{1,2}}|–{{1,2}}|-|_|:|\.-|//|[■▪]){_SPACE}+|{_SPACE}*—{{1,2}}{_SPACE}*(?=[A-Z\"“‘'])"
    rf"|(?:(?<=[^\W_])|(?<=\))){_SPACE}?(?:--|—|–|::?|\.[-–—]){_SPACE}*(?=[A-Z\"“‘'])|{_SPACE}{{2,}}(?=[A-Z\"“‘'])"
    rf"|(?<=[^\W_])[-_]{_SPACE}+(?=[A-Z\"“‘'])|(?<=[A-Z]{{2}})-(?=[A-Z][a-z])"
    rf"|(?<=[^\W\d_]){_SPACE}-(?=[A-Z][a-z])"  # "Khartoum -Police ...": the dash against the story
    rf"|(?<=[^\W\d_]{{3}}{_SPACE}[0-3]\d)-(?=[A-Z][a-z])|(?<=[^\W\d_]{{3}}{_SPACE}[1-9])-(?=[A-Z][a-z])"
    # "NAIROBI, Kenya, Feb 26-City Hall ...": the day run into the story by a hyphen
    rf"|{_SPACE}+\|{_SPACE}+(?=[A-Z\"“‘'])"  # "Bonn/Berlin | Die Bundesregierung ...": a pipe
    # "RIYADH —" (or "2023.-") at the line's end, the story below
    rf"|(?:{_SPACE}+(?:-{{1,3}}|—|–)|\.[-–—]){_SPACE}*\n(?=[ \t]*[A-Z\"“‘'])"
    rf"|,(?:-{{1,3}}|—|–){_SPACE}*(?=[A-Z\"“‘'])"  # "ANTALYA,- ANTALYA'da ...": a comma and a dash
    rf"|{_SPACE}*\n{_SPACE}*(?:\.-|-{{1,3}}|—|–){_SPACE}+(?=[A-Z\"“‘'])"  # "QUITO" then ".- Dos ..." below
    rf"|\.{_SPACE}+[-–—]{_SPACE}*(?=[A-Z\"“‘'])"  # "SANTO DOMINGO. -El obispo ...": a stop, a space, a dash
    rf"|{_SPACE}*(?:\.{{4,}}|…[.…]+){_SPACE}*(?=[A-Z\"“‘'])"  # "JUBA .........The ...", "2020…..Lawmakers ..."
)
# "APA - Tunis (Tunisia) —", "AKP Phnom Penh, 1 January —": a short name in capitals before the place.
_LEADING_BARE_CREDIT_RE = re.compile(
    rf"^(?P<tag>[A-Z]{{2,6}})(?:{_SPACE}*(?P<dash>-|–|—){_SPACE}*|(?P<comma>,){_SPACE}+|{_SPACE}+)(?=[A-Z])"
)  # "KBRN, Jakarta: ...": a comma after the initials too
# "ADEN - SABA" over the story: a credit in capitals after the dash, closing the line.
_CREDIT_AFTER_DASH_RE = re.compile(r"(?P<name>[A-Z][A-Z&-]{1,15})[ \t]*\n\s*(?=[A-Z0-9\"“‘'])")
# "CAIRO-25 November 2021": a hyphen joining a place in capitals to its date.
_HYPHEN_DATE_RE = re.compile(r"(?<=[A-Z]{2})-(?=[0-3]?\d\s)")
# "(MENAFN- Daily News Egypt)" alone on the first line: a syndicator's initials, a dash, its source.
_SYNDICATED_CREDIT_RE = re.compile(
    r"^\((?P<tag>[A-Z]{2,8}-[ \t]?(?P<source>[A-Z][\w.&' ]{1,40}[\w.]))\)[ \t]*\n(?=[ \t]*[A-Z\"“‘'])")
# "REPUBLIKA.CO.ID, ": a site's address credited before the dateline's place.
# "jpnn.com, JAKARTA -": in lower case too.
_LEADING_WEB_CREDIT_RE = re.compile(r"^(?P<name>[A-Za-z][\w-]{1,30}\.(?i:com|net|org|co\.id|co))[ \t]*,[ \t]+(?=[A-Z])")
# "By IANS, ": an agency credited before the dateline's place.
_LEADING_BY_AGENCY_RE = re.compile(r"^(?i:by)\s+(?P<name>[^\W\d_][\w&'-]{1,20}),[ \t]+")
# A credit alone on the line under a dateline that has a line of its own: "Trend:", "(Kabar)".
_CREDIT_LINE_RE = re.compile(r"[ \t]*\(?(?P<name>[^\W\d_][\w .&'’-]{0,30}[\w.])\)?[ \t]*[:–—-]?[ \t]*\n")
# A full stop closing a dated head: "MOSCOW, January 5. Text" (the date marks the head).
_STOP_RE = re.compile(rf"\.{_SPACE}+(?=[A-Z\"“‘'])")
# The full stop run into the story's first word, the space lost: "Stuttgart.Eigentlich sollte ...".
_GLUED_STOP_RE = re.compile(
    r"(?P<head>[A-ZÀ-Þ][\w'’-]{2,30}(?:[ \t][A-ZÀ-Þ][\w'’-]{1,30}){0,2})\.(?=[A-ZÀ-Þ][a-zà-ÿ]{2})")
# "New Delhi:MMNN:19 Feb 2024": place, credit and date as fields parted by colons
# (never the colon of a clock, "10:32"), closed by the line's end or a separator.
# A field opens and closes with no space, so that spaces around a colon belong to
# the colon alone: fields free to hold them could split a run of spaces every
# way over (a line "Ab:" then 120 spaces took 40 ms, every lead, where 50 µs is usual).
_COLON_FIELD = r"[^:\s][^:\n]{0,38}?[^:\s]"
_COLON = r"(?:(?<!\d):|:(?!\d))"
_COLON_MARK = rf"{_SPACE}*{_COLON}{_SPACE}*"
_COLON_HEAD_RE = re.compile(
    rf"^(?P<head>{_COLON_FIELD}(?:{_COLON_MARK}{_COLON_FIELD}){{1,3}})"
    rf"(?:{_SPACE}*\n|{_SPACE}*(?:{_COLON}|-{{1,3}}|—|–){_SPACE}+(?=[A-Z0-9\"“‘']))"
)
# "LONDON 1996-12-06 " (CoNLL-era Reuters), also with a qualifier.
_ISO_DATELINE_RE = re.compile(r"^(?P<head>[^\n]{1,80}?)[ \t]+(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)\b[ \t]*"
                              r"(?:(?:-{1,3}|—|–|_|:)(?=[ \t])[ \t]*)?")  # "Hanoi, 2024-06-19 - The ...": its separator
# One place as printed: capitalised words, with particles ("RIO DE JANEIRO",
# "Port-au-Prince", "ST. LOUIS", "SÃO PAULO", "THE HAGUE").
_PARTICLE = r"de|da|do|dos|du|des|del|la|le|el|al|am|an|on|upon|sur|en|of|the|und|y|i|es"
_PLACE_RE = re.compile(
    rf"(?:[A-ZÀ-ÞĀ-žȘ-ț][\w.'’À-ÿ-]*|{_PARTICLE})"
    rf"(?:\s+(?:[A-ZÀ-ÞĀ-žȘ-ț][\w.'’À-ÿ-]*|{_PARTICLE})){{0,5}}"
    r"(?:\s+\([A-ZÀ-ÞŠŽ][\w.'’À-ÿ-]*\))?"  # "FRANKFURT (ODER)"
)
# A qualifier in brackets, ANI's "New Delhi [India]" and PTI's "Balasore (Odisha)",
# read as ", India" (parentheses only around a known state, region or country:
# "FRANKFURT (ODER)" is a name).
_BRACKET_QUALIFIER_RE = re.compile(r"\s*\[([^\[\]]{2,40})\]|\s*\(([^()]{2,40})\)")
# A region or country between slashes, TASS's "IGORA /Leningrad Region/": read as ", Leningrad Region".
_SLASH_QUALIFIER_RE = re.compile(r"\s+/([^/\n]{2,40})/(?=\s*(?:,|$))")
# A word of a place printed in capitals, for the bare form: "ST.", "SÃO",
# "PORT-AU-PRINCE", "DE"; never a dotted initialism ("U.S."), which opens the story.
_CAPS_WORD = r"(?!(?:[A-Z]\.){2})[A-ZÀ-ÞŠŽ][A-ZÀ-ÞŠŽ'’.-]*[A-ZÀ-ÞŠŽ.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})*"
_BARE_HEAD_RE = re.compile(rf"^(?P<places>{_CAPS_PLACE}(?:/{_CAPS_PLACE})*)")
# What may follow a bare dateline: the story's first word, capitalised, a figure or a quote.
# A city then a comma and a sentence: its first word capitalised, its second in lower case.
_COMMA_STORY_RE = re.compile(
    r"(?P<head>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}(?:,[ \t]+[A-Z][a-z]{1,5}\.(?:[ \t]?[A-Z][a-z]{0,4}\.)?)?)"
    r",[ \t]+(?=(?P<word>[A-Z][a-z]+)[ \t]+"
    r"(?!(?:and|or|y|et|und|e|i)\b)[a-z])")  # "LONDON, Jane and John (AP) -": names joined, no sentence
_STORY_START_RE = re.compile(r"[ \t]+(?=[A-Z0-9\"“‘'$£€])")
_MAX_QUALIFIER_WORDS = 4
_MAX_STOPS = 3
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
    form: str = "tagged"        # which form of the grammar matched (see the module docstring)
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


@dataclass(frozen=True, slots=True)
class _Head:
    head: str          # the text before the tag or dash
    end: int           # where the story begins
    tag: str | None    # agency tag as printed
    form: str


def parse_dateline(
    text: str, *, reference_date: dt.date | None, agency_hint: str | None = None
) -> Dateline | None:
    """The dateline opening `text`, or None when the text does not open with one.

    reference_date resolves the year of a year-less date and dates an
    undated dateline; agency_hint (a canonical agency name known from
    metadata or a sign-off) breaks ties between same-named places.
    """
    found = _parse_lead(text, reference_date, agency_hint)
    wrap = text.find("\n", 0, _MAX_HEAD)
    if (found is None or found.end <= wrap + 1) and wrap >= _MIN_WRAPPED_LINE and text[wrap + 1:wrap + 2].strip():
        # "PORTLAND, OR, UNITED STATES, October 11, 2022 /EIN\nPresswire/ --": a head broken by the
        # line's wrap (where a shorter head closed before the break, "Kawasaki, JAPAN, Feb 12, 2025 -
        # (JCN" over "Newswire) -", the head read across it is the longer one). Read as one line, it
        # counts only where the dateline runs across the break ("SEOUL" over "North Korea fired ..."
        # is a headline's).
        joined = _parse_lead(f"{text[:wrap]} {text[wrap + 1:]}", reference_date, agency_hint)
        if joined is not None and joined.end > wrap + 1 and (found is None or joined.end > found.end + 1):
            found = joined
    if found is not None and found.form != "metadata":
        found = dataclasses.replace(found, raw=text[: found.end].strip())  # as printed: no-break spaces kept
    return found


# A line broken by its wrap is a long one: a short line over the lead is a line of its own ("AP Sports
# Writer" over "ATLANTA (AP) _"), never the start of the dateline.
_MIN_WRAPPED_LINE = 40


def _parse_lead(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    text = text.replace("\u00a0", " ")
    credit = _LEADING_BY_AGENCY_RE.match(text)
    if credit is not None and looks_like_agency(credit["name"]) and (
        agencies.lookup(credit["name"]) or credit["name"].isupper()
    ):
        # "By IANS, Lalgarh (West Bengal) :": the agency credited before the place.
        agency, name = agency_named(credit["name"])
        inner = _parse(text[credit.end():], reference_date, agency_hint, tag_agency=agency, tag_name=name)
        if inner is not None:
            return _under_credit(text, credit.end(), inner)
    if (site := _LEADING_WEB_CREDIT_RE.match(text)) is not None:
        # "REPUBLIKA.CO.ID, JAKARTA -- ": a site's address credited before the place.
        inner = _parse(text[site.end():], reference_date, agency_hint, tag_agency=None, tag_name=site["name"])
        if inner is not None and inner.places and inner.raw[-1:] in ("-", "–", "—", "_", ":"):
            return _under_credit(text, site.end(), inner)
    if (release := _RELEASE_LABEL_RE.match(text)) is not None:
        # "FOR IMMEDIATE RELEASE March 29, 2016 WASHINGTON, D.C. – ...": a release's label, its date, then the lead.
        inner = _parse(text[release.end():], reference_date, agency_hint, tag_agency=None)
        if inner is not None and inner.places and inner.raw[-1:] in ("-", "–", "—", "_", ":"):
            end = release.end() + inner.end
            found = dataclasses.replace(inner, raw=text[:end].strip(), end=end)
            if inner.phrase is None and release["date"] and (phrase := dates.match_date(release["date"])) is not None:
                date = dates.resolve(phrase, reference_date)
                found = dataclasses.replace(found, phrase=phrase, date_raw=phrase.raw, date=date, date_source=(
                    ("dateline" if phrase.year is not None else "dateline+reference") if date else None))
            return found
    if (coined := _COINED_CREDIT_STOP_RE.match(text)) is not None and not _SURNAME_CAMEL_RE.match(
            coined["name"]) and places.resolve_place(coined["name"]) is None and _sentence_after(text, coined.end()):
        # "ArmInfo. A new constitution ...", "ArmInfo.An opposition MP ...": an agency's coined name and a stop.
        return _credit_only(text, coined.end(), agency_named(coined["name"])[1], reference_date, form="bare-credit")
    if (named := _OUTLET_AND_INITIALS_RE.match(text)) is not None and publication(named["name"]):
        # "AhlulBayt News Agency (ABNA): ...": an outlet's name and its initials over the story, no place.
        return _credit_only(text, named.end(), agency_named(named["tag"])[1], reference_date)
    if (alone := _SYNDICATED_CREDIT_RE.match(text)) is not None and looks_like_agency(alone["source"]):
        # "(MENAFN- Daily News Egypt)" over the story: a syndicator's initials and its source, no place.
        return _credit_only(text, alone.end(), alone["tag"], reference_date)
    if (around := _credit_printed_twice(text, reference_date, agency_hint)) is not None:
        return around
    if (bracketed := _PLACE_AND_REGION_IN_BRACKETS_RE.match(text)) is not None and (
            found := _bracketed_place_and_region(bracketed, reference_date, agency_hint)) is not None:
        return found
    if (label := _DESK_LABEL_RE.match(text)) is not None and (
            words := re.sub(r"\d+", "", label["bracketed"] or label["bare"])).strip() and (
            _label(words) or (label["bracketed"] and words.split()[0].casefold() in _EDIT_NOTE_VERBS)) and (
            inner := _parse(text[label.end():], reference_date, agency_hint, tag_agency=None)) is not None and (
            inner.places):
        # "(Updated) - LONDON, July 5 -", "(Corrected) LONDON -", "UPDATE 2-LONDON, July 5 (Reuters) -": a desk's
        # label over the dateline, which reads as it would without it.
        return _under_credit(text, label.end(), inner)
    leading = _LEADING_TAG_RE.match(text) or _GLUED_TAG_RE.match(text)
    if leading is None and (spaced := _SPACED_TAG_RE.match(text)) is not None and acronym(spaced["tag"]) and (
            not organisation(spaced["tag"]) and not places.is_qualifier(spaced["tag"])
            and not any(w.casefold() in _FURNITURE_WORDS for w in spaced["tag"].split())
            and _sentence_after(text, spaced.end())):
        # "(JNS) The U.S. vice president ...", "(SINL NIGERIA) The ...": initials (and a word) in brackets, a
        # space, the story; a label's words are no credit ("(SPECIAL REPORT)", "(NEWS ANALYSIS)").
        leading = spaced
    if leading is not None and leading.re is _LEADING_TAG_RE and (
            place := _bracketed_place(leading["tag"], reference_date, agency_hint)) is not None:
        agency, name = agency_named(leading["tag"])
        inner = _parse(text[leading.end():], reference_date, agency_hint, tag_agency=agency, tag_name=name)
        if inner is not None and inner.places and not _label(leading["tag"]):
            # "(ANDES) - Quito, 4 jul.- ...": a dateline after the dash makes the bracket its credit, even one
            # that names a place too (the Andes; Ecuador's agency).
            return _under_credit(text, leading.end(), inner)
        # "(Beirut) – The sponsors ...": Human Rights Watch's dateline, the place in brackets.
        return dataclasses.replace(place, raw=text[: leading.end()].strip(), end=leading.end())
    if leading is not None and _label(leading["tag"]):
        leading = None  # "(Close): Oil shares ...", "(Update) - ...": a market's or a desk's label, no credit
    if leading is not None and leading.re is _LEADING_TAG_RE and not looks_like_agency(leading["tag"]) and (
            re.fullmatch(r"[^\W\d_]{2,15}", leading["tag"]) and not _label(leading["tag"])) and (
            inner := _parse(text[leading.end():], reference_date, agency_hint, tag_agency=None)) is not None and (
            inner.places and inner.agency is None):
        # "(apro) - Bogotá -": one word in brackets and a dash over a dateline is its credit, in any case.
        return _under_credit(text, leading.end(), inner, agency=leading["tag"])
    if leading is None or not looks_like_agency(leading["tag"]):
        return _parse(text, reference_date, agency_hint, tag_agency=None) or _bare_credit_first(
            text, reference_date, agency_hint) or _bare_credit_alone(text, reference_date, agency_hint) or (
            _opening_credit(text, reference_date, agency_hint)) or _date_first(text, reference_date, agency_hint) or (
            _lower_case_city(text, reference_date, agency_hint))
    agency, name = agency_named(leading["tag"])
    inner = _parse(text[leading.end():], reference_date, agency_hint, tag_agency=agency, tag_name=name)
    if inner is None and (dated := _date_first(text[leading.end():], reference_date, agency_hint)) is not None and (
            dated.agency is None):
        inner = dataclasses.replace(dated, agency=name)  # "(ALS) – 12 DIC, MILANO –": credit, date, then place
    if inner is not None:
        return _under_credit(text, leading.end(), inner)
    dashed = leading.re is _LEADING_TAG_RE
    if agency is None and not acronym(name) and not publication(name) and not outlet_word_glued(name) and not (
            dashed and (_one_word_name(name) or WEB_NAME_RE.fullmatch(name.casefold())
                        or (name.isalpha() and CAMEL_RE.search(name) and not _SURNAME_CAMEL_RE.match(name)))):
        # "(KPL) -" is an agency's acronym, "(The Center Square) –" a publication's name of several
        # words, "(RTTNews) -" one run together, "(Teleborsa) -" one word, "(CercleFinance.com) -" a
        # site's address, "(eTN) -" a coined name; "(Qarqar)The" with no dash is too little to call a credit.
        return None
    return _credit_only(text, leading.end(), name, reference_date)


def _under_credit(text: str, start: int, inner: Dateline, **changes: object) -> Dateline:
    """The dateline `inner`, read from `start` on, under the credit that opens the text before it: its raw and
    end count from the text's start ("(ANSA) - ROME, ..." whole)."""
    end = start + inner.end
    return dataclasses.replace(inner, raw=text[:end].strip(), end=end, form="tag-first", **changes)


# A desk's label opening the lead: in brackets, or in capitals (a number after it) closed by a dash or colon.
_DESK_LABEL_RE = re.compile(
    r"^(?:\((?P<bracketed>[^()\n]{2,120})\)[ \t]*(?:[-–—:][ \t]*)?"
    r"|(?P<bare>[A-Z]{3,12}(?:[ \t][A-Z]{3,12})?(?:[ \t]?\d{1,2})?)[ \t]*[-–—:][ \t]*)(?=[A-Z])")
# An editor's note on what a new version changes opens with one of these: "(Adds quote from minister, paragraph 4)".
_EDIT_NOTE_VERBS = frozenset("adds updates recasts corrects changes rewrites refiles fixes removes inserts deletes "
                             "replaces restores moves expands tops".split())
# An outlet's name, its initials in brackets and a separator: "AhlulBayt News Agency (ABNA):".
_OUTLET_AND_INITIALS_RE = re.compile(
    r"^(?P<name>[A-Z][\w'’&.-]*(?:[ \t][A-Z][\w'’&.-]*){1,5})[ \t]*\((?P<tag>[A-Z][A-Za-z]{1,7})\)[ \t]*"
    r"(?:--|[:–—-])[ \t]+(?=[A-Z])")
# A name with a capital inside ("ArmInfo") closed by a full stop, the story after it.
_COINED_CREDIT_STOP_RE = re.compile(r"^(?P<name>[A-Z][a-z]+[A-Z][A-Za-z]{1,20})\.[ \t]*(?=[A-Z])")
# A press release's label over its lead, on the lead's line: "FOR IMMEDIATE RELEASE March 29, 2016 WASHINGTON -".
_RELEASE_LABEL_RE = re.compile(
    r"^(?i:for[ \t]+immediate[ \t]+release|immediate[ \t]+release|(?:press|news|media)[ \t]+release)[ \t:–—-]*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?[ \t]+[0-3]?\d,?|[0-3]?\d[ \t]+[A-Z][a-z]{2,8})[ \t]+(?:19|20)\d\d)?"
    r"[ \t:–—-]*(?=[A-Z])")
# "(TheNewswire) Vancouver, ...": a credit in brackets opening the lead with no dash after it.
_OPENING_CREDIT_RE = re.compile(
    rf"^(?:\((?P<tag>[^\W\d_][\w.&'-]{{1,30}})\)|\[(?P<square>[^\W\d_][\w.&' -]{{1,40}})\]"
    rf"|\((?P<round>[^\W\d_][\w.&' -]{{1,50}})\)|/(?P<slash>{_SLASHED_NAME})/){_SPACE}+(?=[A-Z])")
# "[Episcopal News Service – Topeka, Kansas]": the credit, a dash and the dateline's head in one bracket.
_CREDIT_AND_HEAD_RE = re.compile(
    rf"^\[(?P<tag>[^\W\d_][\w.&' ]{{0,39}}[\w.]){_SPACE}{{1,3}}[-–—]{_SPACE}{{1,3}}(?P<head>[^\]\n]{{2,60}})\]"
    rf"{_SPACE}+(?=[A-Z])")


# "April 16, 2014 | NASHVILLE, Tenn. (UMNS) ...", "11 February, Roseau, Dominica –": a date, a pipe, a dash
# or a comma, then the dateline.
_LEADING_DATE_TEXT_RE = re.compile(r"[A-Z0-9][^|\n]{2,39}[^\s|,]")
_LEADING_DATE_GAP_RE = re.compile(rf"{_SPACE}{{0,3}}(?:\||-{{1,2}}|—|–|,){_SPACE}{{1,3}}(?=[A-Z])")


def _leading_dates(text: str) -> Iterator[tuple[str, int]]:
    """Each way to part a date from the text's start at a pipe, a dash or a comma, shortest first, as (the date,
    where the rest begins): the first comma may stand inside the date ("Friday, June 21, 2024 -- Hanoi --")."""
    for gap in _LEADING_DATE_GAP_RE.finditer(text, 3, 44):
        date = text[: gap.start()]
        if _LEADING_DATE_TEXT_RE.fullmatch(date):
            yield date, gap.end()


def _date_first(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """A dateline under its date: the date printed first, set apart, then an undated head.

    The head after it must read as a dateline on its own with no date of
    its own; the date is the dateline's.
    """
    for printed, after in _leading_dates(text):
        if (phrase := dates.match_date(printed)) is None or phrase.partial or phrase.raw.strip() != printed.strip():
            continue
        inner = _parse(text[after:], reference_date, agency_hint, tag_agency=None)
        if inner is not None and inner.places and inner.phrase is None:
            break
    else:
        return None
    date = dates.resolve(phrase, reference_date)
    end = after + inner.end
    return dataclasses.replace(inner, raw=text[:end].strip(), end=end, phrase=phrase, date_raw=phrase.raw,
                               date=date, date_source="dateline" if date else None)


def _opening_credit(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """"[ANGOP] Luanda -The ...", "(ZNA) QARZEN, July 2 - The ...": a credit in brackets opening the lead,
    no dash after it, then a head closed by a dash.

    The head must name a place in capitals or one the gazetteer knows: after
    "(AP) " a name and a dash may be a company's ("Goldman Sachs - The bank ...").
    """
    if (both := _CREDIT_AND_HEAD_RE.match(text)) is not None and looks_like_agency(both["tag"]):
        agency, name = agency_named(both["tag"])
        inner = _parse(f"{both['head']} - X", reference_date, agency_hint, tag_agency=agency, tag_name=name)
        if inner is not None and inner.places:
            return dataclasses.replace(inner, raw=text[:both.end()].strip(), end=both.end(), form="tag-first")
    opening = _OPENING_CREDIT_RE.match(text)
    if opening is None:
        return None
    printed = opening["tag"] or opening["square"] or opening["round"] or opening["slash"]
    if not (looks_like_agency(printed) or WEB_NAME_RE.fullmatch(printed.casefold())) or _label(printed):
        return None  # "(SPECIAL REPORT) The ...": a label's words are no outlet's name
    agency, name = agency_named(printed)
    inner = _parse(text[opening.end():], reference_date, agency_hint, tag_agency=agency, tag_name=name)
    if inner is None and (agency is not None or WEB_NAME_RE.fullmatch(printed.casefold()) or (
            publication(printed) and printed.split()[-1].casefold() in OUTLET_WORDS)):
        # "[Episcopal News Service] Two dioceses ...", "(Barbados Government Information Service) The ...",
        # "/PanARMENIAN.Net/ The ...": an outlet's credit alone, the story after it.
        return _credit_only(text, opening.end(), name, reference_date)
    if inner is None or not inner.places or (inner.raw[-1:] not in ("-", "–", "—", "_", ":") and not (
            inner.form == "line" and inner.date_raw)):  # "(Agenzia Vista) Roma, 29 aprile 2019" over the story
        return None
    if not (all(_is_capitals(p) for p in inner.places) or (
            inner.place is not None and inner.place.basis != "qualifier-only")):
        return None
    return _under_credit(text, opening.end(), inner)


def _credit_printed_twice(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """"(TheNewswire) Varennes, Quebec - TheNewswire - le 8 septembre 2026 -", "(TheNewswire) Vancouver,
    British Columbia, September 11th, 2026 TheNewswire -": the credit opens the lead in brackets and is
    printed again, bare, closing the head (a date may follow it between dashes).
    """
    opening = _OPENING_CREDIT_RE.match(text)
    if opening is None or opening["tag"] is None or not looks_like_agency(opening["tag"]):
        return None
    name = opening["tag"]
    again = re.match(
        rf"(?P<head>[^\n]{{3,90}}?){_SPACE}+(?:[-–—]{_SPACE}+)?{re.escape(name)}{_SPACE}+[-–—]"
        rf"(?:{_SPACE}+(?P<date>[^\n]{{3,30}}?){_SPACE}+[-–—])?{_SPACE}+(?=[A-Z])",
        text[opening.end(): opening.end() + _MAX_HEAD + 80])
    if again is None or (again["date"] and dates.match_date(again["date"]) is None):
        return None
    head = again["head"] + (f", {again['date']}" if again["date"] else "")
    agency, printed = agency_named(name)
    inner = _parse(f"{head} - X", reference_date, agency_hint, tag_agency=agency, tag_name=printed)
    if inner is None or not inner.places:
        return None
    end = opening.end() + again.end()
    return dataclasses.replace(inner, raw=text[:end].strip(), end=end, form="tag-first")


def _credit_only(text: str, end: int, agency: str, reference_date: dt.date | None, *,
                 form: str = "tag-only") -> Dateline:
    """A lead that credits its agency and names no place: undated, so the day the copy moved."""
    return Dateline(
        raw=text[:end].strip(), end=end, places=(), qualifier=None, place=None, date_raw=None,
        date=reference_date, agency=agency, form=form, date_source="reference" if reference_date else None,
    )


def _bare_credit_first(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """"APA - Tunis (Tunisia) —", "AKP Phnom Penh, le 1er janvier 2019 —": initials before the place.

    The initials must be no state, country or place, and a dateline closed
    by a dash must follow; with no dash after the initials, it must be dated.
    """
    credit = _LEADING_BARE_CREDIT_RE.match(text)
    if credit is None:
        return None
    name = credit["tag"]
    if name.casefold() in NOT_AGENCY_WORDS or places.is_qualifier(name) or (
            agencies.lookup(name) is None and places.resolve_place(name) is not None):
        return None
    if agencies.lookup(name) is None and organisation(name):
        # "IMF - Washington, July 5 -": an organisation's initials head its statement; the dateline
        # after them is read on its own, with no credit.
        inner = _parse(text[credit.end():], reference_date, agency_hint, tag_agency=None)
        if inner is None or not inner.places or credit["dash"] is None:
            return None
        end = credit.end() + inner.end
        return dataclasses.replace(inner, raw=text[:end].strip(), end=end)
    agency, name = agency_named(name)
    inner = _parse(text[credit.end():], reference_date, agency_hint, tag_agency=agency, tag_name=name)
    if inner is None or not inner.places or inner.raw[-1:] not in ("-", "–", "—", "_", ":"):
        return None
    if credit["dash"] is None and credit["comma"] is None and inner.phrase is None:
        return None
    if credit["comma"] is not None and not (inner.place is not None and inner.place.basis != "qualifier-only"):
        return None  # after a comma, only a place the gazetteer knows: "QZN, Qarzen:" may be two places
    return _under_credit(text, credit.end(), inner)


# "AMMONNEWS - The ...", "Shafaq News/ The ...": an outlet's name, bare, then a dash or a slash.
_BARE_CREDIT_ALONE_RE = re.compile(
    r"^(?P<name>[A-Z][\w&'’.-]{1,30}(?:[ \t][A-Z][\w&'’.-]{0,30}){0,3})"
    r"(?:[ \t]+(?:-{1,3}|—|–)[ \t]+|[ \t]*/[ \t]+)(?=[A-Z\"“‘'])")


# "washington — The United States ...": a place in lower case (small capitals lost in the feed), then a
# dash or a colon and the story.
_LOWER_CITY_RE = re.compile(r"^(?P<place>[a-zà-ÿ][a-zà-ÿ'’.-]{2,24}(?: [a-zà-ÿ][a-zà-ÿ'’.-]{1,24}){0,2})"
                            rf"(?:{_SPACE}{{1,3}}(?:--|—|–|-)|:){_SPACE}{{1,3}}(?=[A-Z\"“‘'])")


def _lower_case_city(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """A city the gazetteer knows, printed in lower case, as a dateline: where a feed lost its small
    capitals ("washington —", "klang:"). A sentence never opens in lower case, so only a known city
    and a dash or colon will do; the city is read as printed in title case."""
    found = _LOWER_CITY_RE.match(text)
    if found is None:
        return None
    title = found["place"].title()
    if not _in_gazetteer(title) or found["place"].casefold() in NOT_AGENCY_WORDS:
        return None
    inner = _parse(f"{title} - The story", reference_date, agency_hint, tag_agency=None)
    if inner is None or inner.places != (title,):
        return None
    return dataclasses.replace(inner, raw=text[:found.end()].strip(), end=found.end(), places=(found["place"],))


def _bracketed_place(name: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """A city the gazetteer knows, in brackets where a credit would open the lead: "(New York) –"."""
    if agencies.lookup(name) is not None or not _PLACE_RE.fullmatch(name) or not _in_gazetteer(name):
        return None
    found = _parse(f"{name} - The story", reference_date, agency_hint, tag_agency=None)
    return found if found is not None and found.places == (name,) else None


# "(Léon, Haïti) La pluie ...": La Presse's place and country in brackets opening the lead, no dash.
_PLACE_AND_REGION_IN_BRACKETS_RE = re.compile(
    r"^\((?P<place>[^\W\d_][^(),\n]{1,40}),[ \t]*(?P<region>[^\W\d_][^(),\n]{1,30})\)[ \t]*(?:[-–—][ \t]*)?"
    r"(?=[A-Z\"“‘'À-Þ])")


def _bracketed_place_and_region(
    found: re.Match[str], reference_date: dt.date | None, agency_hint: str | None,
) -> Dateline | None:
    """A place and the region or country it lies in, in brackets, opening the lead.

    The region must be one the gazetteer knows; the place is read as the
    same head with a dash would be ("Léon, Haïti —").
    """
    place, region = found["place"].strip(), found["region"].strip()
    if (known := agencies.lookup(region)) is not None and _PLACE_RE.fullmatch(place) and _in_gazetteer(place):
        # "(Colombo, Lankapuvath) - The Government ...": the place and the agency in one pair of brackets.
        read = _parse(f"{place} ({known.name}) — The story was told here.", reference_date, agency_hint,
                      tag_agency=None)
        if read is None or read.places != (place,):
            return None
        return dataclasses.replace(read, raw=found.group(0).strip(), end=found.end())
    if not places.is_qualifier(region) or not _PLACE_RE.fullmatch(place):
        return None
    read = _parse(f"{place}, {region} — The story was told here.", reference_date, agency_hint, tag_agency=None)
    if read is None or read.places != (place,) or read.agency is not None:
        return None
    return dataclasses.replace(read, raw=found.group(0).strip(), end=found.end())


def _one_word_name(name: str) -> bool:
    """"(Teleborsa) -", "(Montsame) -": one capitalised word as a credit, no marker and no place."""
    return (name.isalpha() and len(name) >= _MIN_CREDIT_WORD and name[0].isupper()
            and name.casefold() not in NOT_AGENCY_WORDS and not places.is_qualifier(name)
            and places.resolve_place(name) is None)


_MIN_CREDIT_WORD = 3


def _bare_credit_alone(text: str, reference_date: dt.date | None, agency_hint: str | None = None) -> Dateline | None:
    """A lead that opens with its outlet's name alone, without brackets: no place, no date.

    Only a name the agency table knows ("AFP - The agency ...") or one that
    says it is an outlet: a publication's closing with an outlet's word
    ("Shafaq News", "The Qarzen Times"), one word in capitals closed by an
    outlet's word ("AMMONNEWS"), or a site's address. Another word alone
    before a dash is a kicker ("ANALYSIS -", "UPDATE -") or a place.
    """
    found = _BARE_CREDIT_ALONE_RE.match(text)
    if found is None:
        return None
    rest = text[found.end(): _line_end(text, found.end())]
    if dates.match_date(rest.strip()) is not None or not _sentence_after(text, found.end()):
        # "Daily News - Monday, 3 November 2014", "QARZEN.COM - Panduan Informasi dan Inspirasi": a
        # newsletter's heading, a site's masthead and its motto, no story after them
        return None
    name = found["name"]
    known = agencies.lookup(name)
    if known is not None and agency_hint and agencies.lookup(agency_hint) not in (None, known):
        return None  # "SPA - The town council ..." in Belga's copy: the town of Spa, not the Saudi agency
    if known is None and not (
            (publication(name) and name.split()[-1].casefold() in OUTLET_WORDS and not desk(name))
            or outlet_word_glued(name) or WEB_NAME_RE.fullmatch(name.casefold())):  # "AKIPRESS.COM -": a site
        return None  # "The Government - ...": "The" alone makes no outlet
    return _credit_only(text, found.end(), known.name if known else name, reference_date, form="bare-credit")


_LOWER_WORD_RE = re.compile(r"\b[a-z]{2,}\b")


def _parse(
    text: str, reference_date: dt.date | None, agency_hint: str | None, *,
    tag_agency: agencies.Agency | None, tag_name: str | None = None,
) -> Dateline | None:
    for found in _heads(text[: _MAX_HEAD + 40], tagged=tag_name is not None):
        dateline = _read(text, found, reference_date, agency_hint, tag_agency, tag_name)
        if dateline is not None:
            return dateline
    return None


def _heads(text: str, *, tagged: bool) -> Iterator[_Head]:
    """Candidate splits of the text into head and story, most specific form first."""
    iso = _ISO_DATELINE_RE.match(text)
    if iso and not _TAG_RE.match(text, iso.end()):  # "BEIJING, 2024-12-05 (Xinhua) --": the tagged form
        yield _Head(f"{iso['head']} {iso['date']}", iso.end(), None, "iso")
    if (colons := _colon_head(text)) is not None:
        yield colons
    if (fields := _fields_head(text)) is not None:
        yield fields
    if not tagged and (after := _TAG_THEN_DATE_RE.search(text, 0, _MAX_HEAD + 40)) is not None and (
            after.start() <= _MAX_HEAD and dates.match_date(after["date"]) is not None
            and looks_like_agency(after["tag"]) and not _bracketed_region(after["tag"])
            and not places.is_qualifier(after["tag"])
            and not (len(after["tag"]) == 2 and agencies.lookup(after["tag"]) is None)):  # "Goiânia (GO), 02/05"
        # "TEHRAN (IRNA), June 4 -": the credit after the place, then the date.
        yield _Head(f"{text[: after.start()].rstrip()}, {after['date']}", after.end(), after["tag"], "tagged")
    if not tagged and (tag := _agency_tag(text)) is not None:
        # "Los Angeles, CA, July 09, 2020 --(PR.com)--", "NEW YORK–(ENEWSPF)–": a dash before the credit too.
        printed = (tag["tag"] or tag["slash"] or tag["pipe"] or tag["square"]).strip()
        # "Galgala:(Allpuntland)-": a colon after the place too.
        yield _Head(text[: tag.start()].rstrip(" \t-—–:"), tag.end(), printed, "tagged")
    if not tagged and (dated := (_DATED_TAG_RE.search(text, 0, _MAX_HEAD + 40)
                                 or _DATE_FIRST_TAG_RE.search(text, 0, _MAX_HEAD + 40))) is not None and (
            dated.start() <= _MAX_HEAD and dates.match_date(dated["date"]) is not None):
        # "New York, New York--(Newsfile Corp. - November 3, 2020) -": the date inside the credit's brackets.
        head = text[: dated.start()].rstrip(" \t-—–")
        yield _Head(f"{head}, {dated['date']}", dated.end(), dated["tag"].strip(), "tagged")
    dash = _BARE_DASH_RE.search(text, 0, _MAX_HEAD + 4)
    if dash and dash.start() <= _MAX_HEAD:
        yield _Head(text[: dash.start()], dash.end(), None, "dashed")
    newline = text.find("\n", 0, _MAX_HEAD + 1)
    if newline > 0 and (story := _STORY_LINES_RE.match(text, newline)) is not None:
        # The dateline on a line of its own ("TOKYO, April 13 Kyodo" over the story): dated heads,
        # or gazetteer cities in capitals ("NADI" over a blank line and the story).
        # A separator may close the line ("Tripoli, 5 June 2013:" over the story).
        yield _Head(re.sub(r"[ \t]*(?:[:–—-]|--)[ \t]*$", "", text[:newline]), story.end(), None, "line")
    year = _YEAR_THEN_STORY_RE.search(text, 0, _MAX_HEAD + 8)
    if year is not None and "\n" not in text[: year.start()]:
        # "Erbil, Kurdistan Region, 16 September 2019 The ...": a full date, then the story after a space.
        yield _Head(text[: year.start() + 4], year.end(), None, "spaced")
    if (article := _CITY_THEN_ARTICLE_RE.match(text)) is not None:
        yield _Head(article["head"], article.end(), None, "spaced")  # "Berlin A former member ..."
    if (day := _DAY_THEN_STORY_RE.match(text)) is not None:
        yield _Head(text[: day.start("gap")], day.end(), None, "spaced")
    if (run_in := _CITY_REGION_RUN_IN_RE.match(text)) is not None:
        # "Morelia, Michoacán El director ...": a known city and its region, the story straight after.
        yield _Head(run_in["head"], run_in.end(), None, "spaced")
    for count, stop in enumerate(_STOP_RE.finditer(text, 0, _MAX_HEAD + 2)):
        # Each full stop in turn: the first may close an abbreviation of the place ("ST. PÖLTEN. Text").
        if stop.start() > _MAX_HEAD or count >= _MAX_STOPS:
            break
        yield _Head(text[: stop.start() + 1], stop.end(), None, "stopped")
    if (glued := _GLUED_STOP_RE.match(text)) is not None:
        yield _Head(glued["head"] + ".", glued.end(), None, "stopped")  # "Stuttgart.Eigentlich sollte ..."
    bare = _BARE_HEAD_RE.match(text)
    if bare:
        yield _Head(bare["places"], bare.end(), None, "bare")
    comma = _COMMA_STORY_RE.match(text)
    if comma:
        # "Amman, Four people were hurt ...": a known city, a comma, and the story (Petra's house style).
        yield _Head(comma["head"], comma.end(), None, "comma")


def _colon_head(text: str) -> _Head | None:
    """PLACE:CREDIT:DATE, in any order after the place: fields parted by colons, one of them a date.

    Every field after the place must be the date or a credit that looks
    like an agency's; the head is read as "PLACE, DATE" with the credit as its tag.
    """
    found = _COLON_HEAD_RE.match(text)
    if found is None:
        return None
    place, *fields = (f.strip() for f in re.split(_COLON_MARK, found["head"]))
    dated = [f for f in fields if dates.match_date(f) is not None]
    credits = [f for f in fields if f not in dated]
    if len(dated) != 1 or len(credits) > 1 or not place or (credits and not looks_like_agency(credits[0], dated=True)):
        return None
    return _Head(f"{place}, {dated[0]}", found.end(), credits[0] if credits else None, "colons")


# "Baku / 02.11.17 / Turan: ...": place, date and credit parted by spaced slashes or pipes, then a colon or dash.
_FIELDS_HEAD_RE = re.compile(
    r"(?P<place>[^/|\n:]{2,40}?)(?P<fields>(?:[ \t]{1,3}[/|][ \t]{1,3}[^/|\n:]{2,40}?){1,2})"
    rf"{_SPACE}{{0,3}}(?::|--|—|–|-){_SPACE}{{1,3}}(?=[A-Z\"“‘'])")


def _fields_head(text: str) -> _Head | None:
    """PLACE / DATE / CREDIT: one field the date, at most one other a credit (Turan's form)."""
    found = _FIELDS_HEAD_RE.match(text)
    if found is None:
        return None
    fields = [f.strip() for f in re.split(r"[ \t][/|][ \t]", found["fields"]) if f.strip()]
    dated = [f for f in fields if (p := dates.match_date(f)) is not None and p.raw.strip() == f]
    credits = [f for f in fields if f not in dated]
    if len(dated) != 1 or len(credits) > 1 or (credits and not looks_like_agency(credits[0], dated=True)):
        return None
    return _Head(f"{found['place'].strip()}, {dated[0]}", found.end(), credits[0] if credits else None, "fields")


def _agency_tag(text: str) -> re.Match[str] | None:
    """The tag closing a dateline's head: the first known agency, else an unknown name the story follows.

    An unknown name must stand last, with a dash or the story after it:
    "FRANKFURT (ODER) (dpa)" and "BEIDAIHE (Hebei), March 5 (Xinhua)" bracket names of places first.
    """
    unknown = None
    position = 0
    while (tag := _TAG_RE.search(text, position, _MAX_HEAD + 40)) is not None:
        if tag.start() > _MAX_HEAD or "\n" in text[: tag.start()]:
            break
        # The next search starts at the spaces after this bracket: a square bracket's credit needs the space
        # before it ("TUNIS (Tunisia) [Xinhua] —").
        position = tag.start() + len(tag.group(0).rstrip(" \t\u00a0\u2009\u202f"))
        printed = (tag["tag"] or tag["slash"] or tag["pipe"] or tag["square"]).strip()
        if tag["slash"] and text[tag.start() - 1:tag.start()].isalpha() and agencies.lookup(printed) is None and (
                places.resolve_place(printed) is not None):
            # "Colombo/Harare, July 6 /Tasnim/", "DHAKA/HARARE /QZJ/": a slash joining two places opens no
            # credit; the credit's own slash may be the one that closed this match.
            position = tag.start() + 1
            continue
        if agencies.lookup(printed) is not None:
            if not (tag["dash"] or tag["stop"]) and text[tag.end():tag.end() + 1].islower():
                continue  # "Lagos (Reuters) is a name ...": a sentence goes on after the brackets
            return tag
        if _label(printed):
            continue  # "SALTA (CON FOTO).-": a budget slug's note, no credit
        head = text[: tag.start()].strip()
        if (split := credit_and_date(printed)) is not None:
            printed, head = split[0], f"{head}, {split[1].raw}"  # the credit's date dates the head
        dated = dates.split_trailing_date(head)[1] is not None
        if unknown is None and (tag["dash"] or _story_after(text, tag.end(), sentence=not dated)) and (
            looks_like_agency(printed, dated=dated)
            or (looks_like_agency(printed, dated=True) and _not_its_region(head, printed))
            or ((tag["dash"] or tag["stop"]) and _lower_credit(printed, head))  # "Leipzig (epd). Rund ..."
        ):
            unknown = tag
    return unknown


_STORY_AFTER_TAG_RE = re.compile(r"[A-Z0-9\"“‘'$£€]")
# A line's end, blank lines, then the story's first word.
_STORY_LINES_RE = re.compile(r"\n(?:[ \t]*\n)*(?=[A-Z0-9\"“‘'$£€])")
# A city, a comma and its region in title case, then the story's first words, capitalised then in lower case.
_CITY_REGION_RUN_IN_RE = re.compile(
    r"(?P<head>[A-ZÀ-Þ][\w'’.-]+(?:[ \t][A-ZÀ-Þ][\w'’.-]+){0,2},"
    r"[ \t]+[A-ZÀ-Þ][\w'’.-]+(?:[ \t][A-ZÀ-Þ][\w'’.-]+){0,2}?)[ \t]+(?=[A-ZÀ-Þ][a-zà-ÿ]*[ \t]+[a-zà-ÿ])")
# A year closing a head, then one space or more and the story's first word ("... 2019 The").
_YEAR_THEN_STORY_RE = re.compile(rf"(?<=[\s,])(?:19|20)\d\d{_SPACE}+(?=[A-Z][a-z])")
# "Berlin A former member ...", "Wien Der Nationalrat ...": a place in title case run into the story, whose
# first word is an article (no place's name goes on with one); the place must be a city the gazetteer knows.
_CITY_THEN_ARTICLE_RE = re.compile(
    r"^(?P<head>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,2})[ \t]+"
    r"(?=(?:The|A|An|Der|Die|Das|Ein|Eine|El|La|Los|Las|Le|Les|Il|Lo|Un|Una|Une|O|Os|As|De|Het|Een)[ \t])")
# "Kathmandu, November 21 Party leaders say ...": a day and its month after the place's comma, then the story.
_DAY_THEN_STORY_RE = re.compile(
    rf"^[^\n,]{{2,40}},{_SPACE}+(?:[A-Z][a-z]{{2,8}}\.?{_SPACE}+[0-3]?\d|[0-3]?\d{_SPACE}+[A-Z][a-z]{{2,8}})"
    rf"(?P<gap>{_SPACE}+)(?=[A-Z][a-z])")
# A credit some houses print in lower case, alone or before a service's code: "ots", "awp", "dpa-AFX".
_LOWER_CREDIT_RE = re.compile(r"[a-z]{2,5}(?:-[A-Za-z]{2,6})?")


def _lower_credit(printed: str, head: str) -> bool:
    """"Stuttgart (ots) -", "BONN (dpa-AFX) -": one short lower-case word in brackets, then a dash.

    Only after places the gazetteer knows, every one, and nothing else: in a
    sentence a bracket after a place holds words ("London (and the south-east)").
    """
    if not _LOWER_CREDIT_RE.fullmatch(printed) or printed.casefold() in NOT_AGENCY_WORDS:
        return False
    names = [p.strip() for p in head.split(",")[0].split("/")]  # "CULIACÁN, Sin. (apro).-": the places
    return 0 < len(names) <= 3 and all(_PLACE_RE.fullmatch(p) and _in_gazetteer(p) for p in names)


def _story_after(text: str, at: int, *, sentence: bool = False) -> bool:
    """The story's first word at `at`, or on the next line: a tag may end its own line ("/Trend, N. K./").

    With `sentence`, a story on the tag's line must read as one (_sentence_after): after an unknown
    credit with no dash, a word or two closing the line are a slug's ("Österreich/Kirche/Verein").
    """
    if _STORY_NEXT_LINE_RE.match(text, at):
        return True
    return bool(_STORY_AFTER_TAG_RE.match(text, at)) and (
        not sentence or _sentence_after(text, at) or _date_after_tag(text, at) is not None)


_STORY_NEXT_LINE_RE = re.compile(r"[ \t]*\n\s*[A-Z0-9\"“‘']")


def _not_its_region(head: str, printed: str) -> bool:
    """"Riyadh (Saba)-": a bracketed region the place before it does not lie in is a credit, not its region.

    The place must be a city the gazetteer knows, and not one of that
    region ("Niamey (Niger)" and "Amritsar (Punjab)" are regions); a US state
    or a country is never a credit (a town too small for the gazetteer,
    "HANOVER (N.H.)", must not pass for Hannover's).
    """
    if (places.us_state(printed) is not None and not _state_word_in_capitals(printed)) or (
            places.country_code(printed) is not None and not _country_initials(printed)):
        return False
    place = dates.split_trailing_date(head.rstrip(","))[0].split(",")[0].split("/")[0].strip()
    if not place or not _PLACE_RE.fullmatch(place):
        return False
    alone = places.resolve_place(place)
    under = places.resolve_place(place, printed)
    return (alone is not None and alone.basis != "qualifier-only"
            and under is not None and under.basis == "qualifier-only")


# Initials in brackets after the place, then the head's date: "Roma (AEI), 17 settembre 2018" (two letters
# are a state's code more often: "Goiânia (GO), 02/05/2024").
_INITIALS_AFTER_PLACE_RE = re.compile(r"[^(),\n]{2,40}?[ \t]\((?P<tag>[A-Z][A-Z&-]{1,7})\),")


def _state_word_in_capitals(printed: str) -> bool:
    """"Roma (NEV)": a state's abbreviation in capitals with no stop, which no style prints (AP's is "Nev.",
    the postal code "NV"): an agency's initials, free to be its credit."""
    state = places.us_state(printed)
    return (state is not None and printed.isalpha() and printed.isupper() and len(printed) > 2
            and printed.casefold() != state.casefold())


def _country_initials(printed: str) -> bool:
    """Two or three capitals that are a country's code, not its name: "DUSHANBE (TCA)" is a credit
    (Turks and Caicos' code), "NIAMEY (Niger)" the place's country."""
    return printed.isalpha() and printed.isupper() and 2 <= len(printed) <= 3


def _read(
    text: str, found: _Head, reference_date: dt.date | None, agency_hint: str | None,
    tag_agency: agencies.Agency | None, tag_name: str | None = None,
) -> Dateline | None:
    head = found.head.strip()
    if not head or "\n" in head:
        return None
    tag_date = None
    if found.tag and (split := credit_and_date(found.tag)) is not None:
        found, tag_date = dataclasses.replace(found, tag=split[0]), split[1]  # "(MindaNews/18 August)"
    known, agency_name = agency_named(found.tag) if found.tag else (tag_agency, tag_name)
    end = found.end
    bare_credit = False
    if (found.form in ("dashed", "stopped", "line") and agency_name is None
            and (untagged := _agency_at_end(head)) is not None):
        head, known, agency_name = untagged
        bare_credit = True
    if found.form == "dashed" and agency_name is None and (after := _CREDIT_AFTER_DASH_RE.match(text, end)) and (
        looks_like_agency(after["name"], dated=True) and len(after["name"]) <= 8
        and places.country_code(after["name"]) is None and places.us_state(after["name"]) is None
    ):
        known, agency_name = agency_named(after["name"])  # "ADEN - SABA" on a line of its own
        end = after.end()
    if found.form == "dashed" and agency_name is None and (after := _OUTLET_OVER_STORY_RE.match(text, end)) and (
            _outlet_after_city(after["name"], head)):
        known, agency_name = agency_named(after["name"])  # "London - Asharq Al-Awsat" over the story
        end = after.end()
    if found.form == "dashed" and agency_name is None and (after := _TAG_AFTER_DASH_RE.match(text, end)) and (
            looks_like_agency(after["tag"], dated=True)):
        known, agency_name = agency_named(after["tag"])  # "ROMA - (ANSA) -": the credit after the dash
        end = after.end()
    bracket_date = None
    if found.form == "dashed" and (dated := _BRACKET_DATE_RE.match(text, end)) is not None and (
            (bracket_date := dates.match_date(dated["date"])) is not None and not bracket_date.partial
            and bracket_date.raw.strip() == dated["date"].strip()):
        end = dated.end()  # "Georgetown, Guyana – (May 3, 2016) The Ministry ...": the date after the dash
    else:
        bracket_date = None
    if found.form == "dashed" and agency_name is None and bracket_date is None and (
            dated_tag := _DATE_THEN_TAG_RE.match(text, end)) is not None and (
            (late_phrase := dates.match_date(dated_tag["date"])) is not None and not late_phrase.partial
            and late_phrase.raw.strip() == dated_tag["date"].strip()
            and looks_like_agency(dated_tag["tag"], dated=True)):
        # "MONTEREY PARK, CA - August 20, 2026 (NEWMEDIAWIRE) -": the date and the credit after the place's dash.
        known, agency_name = agency_named(dated_tag["tag"])
        bracket_date, end = late_phrase, dated_tag.end()
    if found.form == "dashed" and agency_name is None and (after := _BARE_AFTER_DASH_RE.match(text, end)):
        stopped = after.group(0).rstrip()[-1:] == "."
        dated_after = _date_after_tag(text, after.end()) if not stopped else None
        if stopped and agencies.lookup(after["name"]) is None and (
                "." in after["name"] or len(after["name"]) < 3):
            pass  # "BROOKLYN, N.Y., March 9 - J.W. Mays Inc said ...": initials opening a name, no credit
        elif dated_after is not None and bracket_date is None and _credit_after_date(after["name"]):
            # "SINGAPORE - Media OutReach - 15 January 2024 -": the credit, then the date, each between dashes.
            known, agency_name = agency_named(after["name"])
            bracket_date, end = dated_after
        elif _credit_between_dashes(after["name"], head):
            known, agency_name = agency_named(after["name"])  # "Tripoli, 21.04.2019 - Lana -"
            end = after.end()
    elif found.form == "dashed" and agency_name is None and (
            glued := _GLUED_CREDIT_AFTER_DASH_RE.match(text, end)) is not None and _credit_between_dashes(
            glued["name"], head):
        known, agency_name = agency_named(glued["name"])  # "Port-au-Prince, 11 Octobre 2021- AHP-Le ministre ..."
        end = glued.end()
    if found.form == "bare":
        read = _read_bare(text, found)
        if read is None:
            return None
        place_names, qualifier, end = read
        phrase = None
        if qualifier is not None and agency_name is None and _country_initials(qualifier.rstrip(".")) and (
                _not_its_region(place_names[0], qualifier.rstrip("."))):
            # "BUENOS AIRES, NA. El Gobierno ...": initials that are also a country's code, after a city of
            # another country, are the credit (Noticias Argentinas), not Namibia.
            known, agency_name = agency_named(qualifier.rstrip("."))
            qualifier = None
    else:
        read_head = _read_head(head)
        if read_head is None and agency_name is not None and (only_date := dates.match_date(head)) is not None:
            read_head = (), None, only_date  # "September 1 (BTA) -": a date and a credit, no place
            if known is None and found.tag and _PLACE_RE.fullmatch(found.tag) and _in_gazetteer(found.tag):
                # "March 28, 2020 (Khartoum) Sudan's ...": the date first, the place in brackets after it.
                read_head, known, agency_name = ((found.tag,), None, only_date), None, None
        if agency_name is None and (credit_first := _credit_first(head)) is not None:
            agency_name, only_date = credit_first  # "STA, 25 July -": the credit where the place would be
            known, read_head = agencies.lookup(agency_name), ((), None, only_date)
        if read_head is None:
            return None
        place_names, qualifier, phrase = read_head
        if qualifier is not None and agency_name is None and len(place_names) == 1 and (
                (_country_initials(qualifier) and _not_its_region(place_names[0], qualifier))
                or (acronym(qualifier) and not places.is_qualifier(qualifier) and _in_gazetteer(place_names[0])
                    and places.resolve_place(qualifier) is None)):  # "BELGRADE, PRIŠTINA --": two places
            # "Jakarta, IO –": a house's initials after a known city of another country are its credit,
            # not the British Indian Ocean Territory's code (as "BUENOS AIRES, NA." in the bare form);
            # "Roma, AEI, 17 settembre 2018 –": initials naming no place at all, the same.
            known, agency_name = agency_named(qualifier)
            qualifier = None
        elif agency_name is None and len(place_names) == 1 and (
                initials := _INITIALS_AFTER_PLACE_RE.match(head)) is not None and len(initials["tag"]) > 2 and (
                acronym(initials["tag"])) and (
                not places.is_qualifier(initials["tag"]) or _state_word_in_capitals(initials["tag"])) and (
                _in_gazetteer(place_names[0])):
            known, agency_name = agency_named(initials["tag"])  # "Roma (AEI), 17 settembre 2018 –"
        if phrase is None and found.form == "tagged" and (late := _date_after_tag(text, end)) is not None:
            phrase, end = late
        elif found.form == "dashed" and phrase is None and bracket_date is None and agency_name is None and (
                late := _date_after_tag(text, end) or _year_date_then_story(text, end)) is not None and (
                _STORY_AFTER_TAG_RE.match(text, late[1])):
            # "Austin, TX - June 5, 2009 - Volunteers ...": the date between the dashes; "Kampala, Uganda —
            # January 30, 2026 The army ...": a full date, then the story.
            phrase, end = late
        elif found.form == "dashed" and phrase is None and text[:end].rstrip().endswith("|") and (
                weekday := _WEEKDAY_THEN_STORY_RE.match(text, end)) is not None:
            # "Johannesburg | Tuesday THOUSANDS of workers ...": the day after the pipe, then the story.
            phrase, end = dates.split_trailing_date(f"X, {weekday['day']}")[1], weekday.end()
        elif found.form in ("tagged", "dashed") and (
                stamped := _stamped_rest(text, end, dated=phrase is not None or bracket_date is not None)) is not None:
            phrase, end = stamped[0] or phrase, stamped[1]  # "Houston (Platts)--16 Nov 2015 517 pm EST/2217 GMT"
        if phrase is None and tag_date is not None:
            phrase = tag_date
        elif tag_date is not None:
            return None  # dated in the head and in the credit's brackets: no head we know
        if phrase is None and bracket_date is not None:
            phrase = bracket_date
        elif bracket_date is not None:
            return None  # a head dated twice is no head
    if found.form in ("stopped", "line") and phrase is None and not (
            _city_and_its_country(place_names, qualifier) and not text[found.end:found.end + 1].isdigit()) and not (
            qualifier is None and place_names and _in_gazetteer(place_names[0]) and (
                (found.form == "stopped" and (all(_is_capitals(p) for p in place_names) or len(place_names) == 1))
                or (found.form == "line" and all(_in_gazetteer(p) and _spelt_as_known(p) for p in place_names)
                    and ("\n\n" in text[len(found.head):found.end].replace(" ", "")
                         or _sentence_after(text, found.end))))):
        # A full stop or a line's end closes a head only after its date, or after gazetteer cities: before
        # a full stop, in capitals ("MADRID. CORTES DE TRÁFICO ...", Servimedia; "ST. PÖLTEN/KIRCHSTETTEN.",
        # the first known) or one in title case ("Chisinau. A new trolleybus ...", Infotag); on a line of
        # their own over the story ("NADI", "Riyadh" over a blank line; "WINDHOEK", "HEINOLA" straight over
        # a sentence, as The Namibian and Finland's police print it: no headline is a city's name alone).
        return None
    if found.form == "spaced" and ((phrase is None or phrase.year is None or phrase.partial) and not (
            phrase is None and _city_in_its_region(place_names, qualifier)) and not (
            (phrase is None or (not phrase.partial and phrase.day)) and qualifier is None
            and len(place_names) == 1 and _in_gazetteer(place_names[0]) and _spelt_as_known(place_names[0])
            and not any(_not_a_name(w) for w in place_names[0].split()))
            or not _sentence_after(text, found.end)):
        # Only a full date, year and all, or a city's own region, closes a head with no mark after it, and
        # only before a sentence ("Santa Cruz Lunes 13 Octubre de 2008 Tv Meridiano" heads a monitor's report).
        return None
    if found.form == "comma" and not _comma_story(text, found, place_names, qualifier, phrase):
        return None
    if found.form == "dashed" and not text[len(found.head):found.end].strip() and _COLUMNS_RE.search(
            text, end, _line_end(text, end)):
        return None  # "Sydney   May 5, 2024   12.5   13.1": a gap before more gaps and figures is a table's
    if found.form == "line" and agency_name is None and (line := _CREDIT_LINE_RE.match(text, end)) and (
        looks_like_agency(line["name"], dated=True) and len(line["name"].split()) <= 3
    ):
        known, agency_name = agency_named(line["name"])
        end = line.end()
    if not place_names:
        date = dates.resolve(phrase, reference_date)
        return Dateline(raw=text[:end].strip(), end=end, places=(), qualifier=None, place=None,
                        date_raw=phrase.raw, date=date, agency=agency_name, form=found.form,
                        date_source=("dateline" if phrase.year else "dateline+reference") if date else None,
                        phrase=phrase)
    home = known.country if known else _home_country(agency_hint)
    place = _resolve(place_names, qualifier, home)
    tagged = agency_name is not None
    dashed = text[:end].rstrip()[-1:] in ("-", "–", "—", "_", ":", ".", "=")
    closed = dashed or _STORY_AFTER_TAG_RE.match(text, end)
    if not dashed and _FIGURES_RE.match(text, end):
        return None  # "NEW YORK (NYSE)  142.10  +1.2%": figures in columns after a tag are a table's row
    if not dashed and known is None and phrase is None and _COUNT_RE.match(text, end):
        return None  # "Lagos (APC) 1,204,331 votes": a figure after an unknown bracket is a table's
    if text[:end].rstrip().endswith(":") and _CITATION_RE.match(text, end):
        return None  # "London: Penguin, 2019.": a book's place, publisher and year
    if found.form == "dashed" and phrase is None and not tagged and _CAPITALS_REST_RE.match(text, end):
        return None  # "VIETNAM - CHINA", "ADEN - CEASEFIRE TALKS": a kicker's or a headline's words in capitals
    if found.form == "dashed" and phrase is None and not tagged and (
            listed := _DATES_LISTED_RE.match(text, end)) is not None and dates.match_date(listed["date"]) is not None:
        return None  # "Dhaka : March 9, 2018; Falgun 25, 1424 BS": a masthead's dates in three calendars
    if text[end:end + 1].islower() and known is None and not all(_is_capitals(p) for p in place_names):
        return None  # "Tokyo Electric (TEPCO) - the plant's operator -": a lead opens with a capital
    # With a credit closed by a dash (or a known agency's, closed by the story), a place in title case will do.
    relaxed = tagged and (found.form in ("tagged", "tag-first") or bare_credit) and (
        dashed or (known is not None and closed))
    form = "dashed-story" if found.form == "dashed" and _STORY_AFTER_TAG_RE.match(text, end) else found.form
    # A town the gazetteer lacks, alone or under a region it knows, before a spaced dash and a sentence.
    small_town = form == "dashed-story" and not tagged and phrase is None and (
        (place is None and qualifier is None and _unknown_town(place_names))
        or _town_of_a_region(place_names, qualifier, place)) and _sentence_after(text, end) and (
        re.search(r"[\s.][-–—]", text[len(found.head.rstrip()):end]) is not None)
    if not (relaxed and _title_place(place_names)) and \
            not _convincing(form, tagged, place_names, qualifier, place, phrase) and not small_town:
        return None
    if phrase is not None:
        if phrase.ambiguous and home in _MONTH_FIRST_COUNTRIES and reference_date is None:
            phrase = dates.month_first(phrase)
        date = dates.resolve(phrase, reference_date)
        date_source = ("dateline" if phrase.year is not None else "dateline+reference") if date else None
    else:
        # An undated dateline ("WASHINGTON (AP) —") means the day the copy
        # moved, which is the reference date when nothing better is known.
        date, date_source = reference_date, ("reference" if reference_date else None)
    return Dateline(
        raw=text[:end].strip(),
        end=end,
        places=place_names,
        qualifier=qualifier,
        place=place,
        date_raw=phrase.raw if phrase else None,
        date=date,
        agency=agency_name,
        form=found.form,
        date_source=date_source,
        phrase=phrase,
    )


# "--(Newsfile Corp. - November 3, 2020) -": a credit and its date in one pair of brackets, then a dash.
_DATED_TAG_RE = re.compile(
    rf"\((?P<tag>[^\W\d_][\w.&' ]{{1,30}}){_SPACE}-{_SPACE}(?P<date>[A-Z][a-z]{{2,8}}\.?{_SPACE}[0-3]?\d,"
    rf"{_SPACE}(?:19|20)\d\d)\){_SPACE}*(?:-{{1,3}}|—|–){_SPACE}+"
)
# "SUVA, Fiji (Nov. 6, 2002 - Islands Business/PINA Nius Online)---": the date first in the credit's brackets.
# "TEHRAN (IRNA), June 4 -": a credit in brackets, then a comma and the date, then the separator.
_TAG_THEN_DATE_RE = re.compile(
    rf"{_SPACE}*\((?P<tag>[^\W\d_][\w.&'’ -]{{0,40}}[\w.])\),{_SPACE}+(?P<date>[^\n()]{{3,40}}?)"
    rf"{_SPACE}*(?:-{{2,3}}|—|–|-|:|\.-){_SPACE}+(?=\S)"
)
_DATE_FIRST_TAG_RE = re.compile(
    rf"\((?P<date>[A-Z][a-z]{{2,8}}\.?{_SPACE}[0-3]?\d,{_SPACE}(?:19|20)\d\d){_SPACE}[-–—]{_SPACE}"
    rf"(?P<tag>[^\W\d_][\w.&'/ -]{{1,50}})\){_SPACE}*(?:-{{1,3}}|—|–){_SPACE}*"
)
# A date then a credit in brackets and a dash, after the head's dash: "CA - August 20, 2026 (NEWMEDIAWIRE) -".
_DATE_THEN_TAG_RE = re.compile(
    rf"(?P<date>[A-Z0-9][^()\n]{{2,38}}[^\s(]){_SPACE}{{1,3}}\((?P<tag>{_AGENCY_NAME})\){_SPACE}{{0,3}}(?:-{{1,3}}|—|–)"
    rf"{_SPACE}+(?=[A-Z\"“‘'])")
# A date in brackets after the head's dash, then the story: "Georgetown, Guyana – (May 3, 2016) The ...".
_BRACKET_DATE_RE = re.compile(rf"\((?P<date>[^()\n]{{3,{40}}})\){_SPACE}+(?=[A-Z])")
# A separator closing a date printed after the credit: a dash, or a full stop or a colon after the year
# ("Apia, Samoa – April 29, 2023: The ...").
_CLOSE_AFTER_TAG_RE = re.compile(rf"{_SPACE}*(?:-{{2,3}}|—|–|-|/|(?<=\d)\.|(?<=\d):)(?={_SPACE}|$)")
_MAX_DATE_CHARS = 60
# A clock after a date, "@ 7:32 AM Eastern", "10:32 GMT": when the copy moved, no part of the date.
_CLOCK_TAIL_RE = re.compile(
    r"[ \t]*(?:@|at|,)?[ \t]*[0-2]?\d[:.][0-5]\d[ \t]*(?:[ap]\.?m\.?|[AP]M)?"
    r"(?:[ \t]+(?:Eastern|Pacific|Central|Mountain|[A-Z]{2,4}))?[ \t]*\Z")


# A time the copy moved, as a stamp closing the head's line prints it: "21:06", "1010 pm EDT", "210 GMT",
# "0321 GMT"; figures alone must hold a colon (four figures alone may be a year).
_STAMP = (r"[0-2]?\d(?:[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?|[ \t]*[AP]M)?(?:[ \t]+[A-Z]{2,4})?"
          r"|[0-5]\d(?:[ \t]*(?:[ap]\.?m\.?|[AP]M)(?:[ \t]+[A-Z]{2,4})?|[ \t]+[A-Z]{2,4}))")
# The rest of the head's line: an optional date, then stamps parted by slashes or spaces, and the line's end.
_STAMPED_REST_RE = re.compile(
    rf"{_SPACE}{{0,3}}(?:(?P<date>[^\s/][^\n/]{{1,38}}?[^\s/])??"
    rf"(?:(?:{_SPACE}{{0,3}}/)?{_SPACE}{{0,3}}(?:{_STAMP})(?![\w:])){{1,3}}"
    rf"|(?P<only>[^\s/][^\n/]{{1,38}}?[^\s/])){_SPACE}{{0,3}}(?=\n)")


def _stamped_rest(text: str, end: int, *, dated: bool) -> tuple[dates.DatePhrase | None, int] | None:
    """"Singapore (Platts)--2Oct2018/1010 pm EDT/210 GMT", "Paris, 26/12/2025 - 21:06": the head's line
    closed by a date, the times the copy moved, or both, with the story on a line below.

    A head with a date of its own takes times only; one without takes a
    date, with or without times. The story must follow under a line's end.
    """
    found = _STAMPED_REST_RE.match(text, end)
    if found is None or _STORY_LINES_RE.match(text, found.end()) is None:
        return None
    printed = found["date"] if found["only"] is None else found["only"]
    if printed is None or not printed.strip():
        return (None, found.end()) if dated and found["only"] is None else None
    phrase = dates.match_date(printed)
    if dated or phrase is None or phrase.partial or phrase.raw.strip() != printed.strip():
        return None
    return phrase, found.end()


def _year_date_then_story(text: str, end: int) -> tuple[dates.DatePhrase, int] | None:
    """A full date, year and all, at `end`, then spaces and the story's first word ("January 30, 2026 The")."""
    year = _YEAR_THEN_STORY_RE.search(text, end, min(_line_end(text, end), end + _MAX_DATE_CHARS))
    if year is None:
        return None
    printed = text[end:year.start() + 4]
    phrase = dates.match_date(printed)
    if phrase is None or phrase.year is None or phrase.partial or phrase.raw.strip() != printed.strip():
        return None
    return phrase, year.end()


_WEEKDAY_THEN_STORY_RE = re.compile(
    rf"(?P<day>(?i:{'|'.join(sorted((w for w in dates.WEEKDAY_WORDS if len(w) >= 5), key=len, reverse=True))}))"
    rf"{_SPACE}+(?=[A-Z])")  # a day's name in full: "| Sun City ..." is a place


def _date_after_tag(text: str, end: int) -> tuple[dates.DatePhrase, int] | None:
    """"(PRWEB) December 11, 2009 --", "QARZEN (ZNA) 2 July -": the date after the credit, then a separator.

    The words between the credit and the separator must be a date and
    nothing else; the first separator that closes one ends the head.
    """
    for close in _CLOSE_AFTER_TAG_RE.finditer(text, end, end + _MAX_DATE_CHARS):
        printed = text[end:close.start()]
        if "\n" in printed:
            return None
        printed = _CLOCK_TAIL_RE.sub("", printed)  # "Tuesday Feb 3, 2026 @ 7:32 AM Eastern": the time it moved
        phrase = dates.match_date(printed)
        if phrase is not None and phrase.raw.strip() == printed.strip() and not phrase.partial:
            return phrase, close.end() + len(text[close.end():]) - len(text[close.end():].lstrip(" \t\u00a0"))
    return None
# The rest of a line in capitals, or every word capitalised, with no word in lower case: a headline's or
# a kicker's, not a story's (short and with no stop: teleprinter copy sets whole stories in capitals).
# "VIETNAM - CHINA", "Kampala - Jinja - Entebbe".
_CAPITALS_REST_RE = re.compile(r"(?=[^a-z\n]*[A-Z])(?:[^a-z\n.]|(?<=[^\W\d_])[a-z]){1,40}(?:\n|\Z)")
# A full date closed by a semicolon or a pipe: the first of a masthead's list, not a story.
_DATES_LISTED_RE = re.compile(r"(?P<date>[^\n;|]{3,40}?(?:19|20)\d\d)[ \t]*[;|]")
# A figure grouped in thousands: a count, never a story's first word after a credit.
_COUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})+\b")
# The rest of a line that is a publisher and a year: a citation's, after its place.
_CITATION_RE = re.compile(r"[A-Z][\w&.' -]{0,40},[ \t]+(?:1[5-9]|20)\d\d\.?[ \t]*(?:\n|$)")
# A second gap in a line followed by a figure: the line is a table's row.
_COLUMNS_RE = re.compile(r"[ \t]{2,}[-+]?[\d.,]*\d")
# A word in capitals and a colon: a label of a heading's fields ("RE:", "ATTN:"), never a story's start.
_LABEL_RE = re.compile(r"[A-Z]{2,}:")
# "BARCELONA 3 REAL MADRID 1", "INDIANAPOLIS 37 Philadelphia 10": a figure then a name in
# capitals, or a title-case name and its own figure, is a score line, not a story.
_SCORE_RE = re.compile(r"\d+[ \t]+(?:[A-Z]{2,}\b|[A-Z][a-z]+(?:[ \t]+[A-Z][\w.]*){0,3}[ \t]+\d+\b)")


def _line_end(text: str, start: int) -> int:
    newline = text.find("\n", start)
    return len(text) if newline < 0 else newline


def _credit_first(head: str) -> tuple[str, dates.DatePhrase] | None:
    """"STA, 25 July": an agency's short name in capitals, then the date, and no place."""
    name, comma, rest = head.partition(",")
    name = name.strip()
    phrase = dates.match_date(rest) if comma else None
    if phrase is None or not (name.isalpha() and name.isupper() and 2 <= len(name) <= 6):
        return None
    known = agencies.lookup(name)
    if known is None and (places.is_qualifier(name) or places.resolve_place(name) is not None
                          or not organisation_like(name)):
        return None
    return (known.name if known else name), phrase


# Where a numeric date prints the month first ("07/05/24" is July 5).
_MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW"})


# Surnames with a capital inside: "McDonald", "MacArthur", "DeSantis", "LaGuardia", "VanDyke".
# A clock time closing a head: capitals after it name its zone, even one too ambiguous to read (IST, CST).
# ("2024, SPA": four figures alone are a year as often as a time.)
_CLOCK_CLOSES_RE = re.compile(r"(?<![\d.:])(?:[0-2]?\d[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?|1?\d\s*[ap]\.?m\.?)$",
                              re.IGNORECASE)
_SURNAME_CAMEL_RE = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)[A-Z][a-z]")


def _agency_at_end(head: str) -> tuple[str, agencies.Agency | None, str] | None:
    """"Tehran, IRNA", "TOKYO, Jan. 5 Kyodo", "RIYADH, Jan 5, 2024, SPA": the agency printed bare at the end.

    After a comma, or after a date; printed as the agency prints its name
    (no stop), and never a state or country ("Pa." is no PA, "PA" no agency).
    An agency the table does not know counts only after a date and printed
    in capitals, as agencies print their short names ("YEREVAN, JANUARY 5, ARMENPRESS").
    """
    head = head.rstrip(".").rstrip()
    for size in range(1, MAX_AGENCY_WORDS + 1):
        match = re.search(r"(,\s*|(?<=[^\W\d_]{3})\.\s+|\s+)((?:\S+\s+){%d}\S+)$" % (size - 1), head)
        if match is None:
            break
        before, name = head[: match.start()].rstrip(" ,."), match[2]
        if before and match[1].strip() == "," and size == 1 and WEB_NAME_RE.fullmatch(name.casefold()):
            return before, None, name  # "JAKARTA, KOMPAS.com -": a site's address as its credit
        if not before or "." in name or name.upper() in ZONE_ABBREVIATIONS or (
                size == 1 and not match[1].strip() and _CLOCK_CLOSES_RE.search(before)
                and re.fullmatch(r"[A-Z]{2,5}", name)):
            continue  # "July 10, 2023 10:32 GMT", "28 June 2024, 14:05 IST": the zone of the time it moved
        if size == 1 and before.split() and dates.match_date(f"{before.split()[-1]} {name}") is not None:
            continue  # "LIMA, 1 abr -": a day and its month ("abr", abril), not Agência Brasil's "ABr"
        trailing = dates.split_trailing_date(before)[1]
        dated = trailing is not None
        marked = match[1].strip() in (",", ".")
        # A name in capitals after a head in title case is set apart as a credit ("Damascus, SANA"),
        # even where it also names a place, or a region the place does not lie in ("Lagos, NAN").
        contrast = marked and not _is_capitals(before)
        if places.is_qualifier(name) and not dated and not (contrast and _not_its_region(before, name)):
            continue  # after a date nothing but a credit stands: "Vientiane October 29, 2022, PL."
        named = agencies.lookup(name)
        if named is None and size == 2 and match[1].strip() == "," and (first := name.split()[0]) and (
                agencies.lookup(first) is not None or acronym(first)) and places.country_code(name.split()[1]):
            return before, None, name  # "Jakarta, CNN Indonesia --": a broadcaster's service for a country
        if named is None and size in (2, 3) and match[1].strip() == "," and publication(name) and (
                name.split()[-1].casefold() in OUTLET_WORDS and not desk(name)
                and not places.is_qualifier(name) and places.resolve_place(name) is None):
            return before, None, name  # "Jakarta, IDN Times -": an outlet's name of its own shape closes the head
        if named is None and size == 1 and match[1].strip() == "," and name.isalpha() and name[:1].isupper() and (
                "," in before and places.country_code(before.rsplit(",", 1)[1].strip()) is not None
                and name.casefold() not in _FURNITURE_WORDS and not places.is_qualifier(name)
                and places.resolve_place(name) is None and dates.match_date(name) is None
                and name.casefold() not in dates.WEEKDAY_WORDS):
            return before, None, name  # "PORT OF SPAIN, Trinidad, Guardian –": a name after the place's country
        if named is None and not ((dated or marked) and size == 1 and _is_capitals(name) and len(name) >= 3
                                  and name.isalpha() and dates.match_date(name) is None
                                  and (dated or contrast or places.resolve_place(name) is None)) and not (
                dated and (match[1].strip() == "," or (size == 1 and name[:1].isupper() and trailing.day))
                and _credit_after_date(name)) and not (  # "CAPE TOWN Jan 28 Sapa": a word closing a dated head
                match[1].strip() == "," and size == 1 and name.isalpha() and CAMEL_RE.search(name)
                and not _SURNAME_CAMEL_RE.match(name) and places.resolve_place(name) is None):
            # A credit of a coined name's shape may close the head too: "TBILISI, DFWatch–" ("McDonald" is
            # a surname's).
            continue
        if marked or dated or (named is not None and size == 1 and _is_capitals(before)
                               and not _is_capitals(name)):
            # "BERLIN dpa ■": a known agency's name in its own case after a place in capitals is set apart
            return before, named, named.name if named else name
    return None


# "London - Asharq Al-Awsat" then a blank line and the story: an outlet's name in title case closing the
# head's line (in capitals, "ADEN - SABA", _CREDIT_AFTER_DASH_RE reads it).
_OUTLET_OVER_STORY_RE = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t][A-Z][\w&'’.-]*){0,2})[ \t]*\n(?:[ \t]*\n)+(?=[A-Z0-9\"“‘'])")


def _outlet_after_city(name: str, head: str) -> bool:
    """Whether the name after a city's dash, alone on its line over a paragraph, is the outlet's.

    Only after one city the gazetteer knows, and only a name that is no
    place, region or country, is not set in capitals throughout (a
    kicker's words are, "ADEN - CEASEFIRE TALKS") and reads as a name
    rather than a kicker's words ("Paris - Fashion Week"): an outlet's
    (names_an_outlet), or a name of a coined shape, capitals after a hyphen
    or inside a word ("Al-Awsat", "teleSUR").
    """
    return (not name.isupper() and looks_like_agency(name) and places.resolve_place(name) is None
            and (names_an_outlet(name) or _COINED_NAME_RE.search(name) is not None)
            and _PLACE_RE.fullmatch(head) is not None and _in_gazetteer(head))


# Capitals after a hyphen or inside a word: a name's coined shape, not an English phrase's.
_COINED_NAME_RE = re.compile(r"[a-z]-[A-Z]|[a-z][A-Z]")


# A name of one to three words between the head's dash and one of its own ("- Lana -"), or a full stop
# ("MOSCOW, 5 Jan - RIA Novosti. The ...").
_BARE_AFTER_DASH_RE = re.compile(
    r"(?P<name>[A-Z][\w&'’.]*(?:-[\w&'’.]+)*(?:[ \t][A-Z][\w&'’.-]*){0,2})(?:[ \t]+(?:-{1,3}|—|–)|(?<!\.)\.)"
    r"[ \t]+(?=[A-Z0-9\"“‘'])")


# Initials closed by a hyphen glued to the story's first word, after a dated head's dash: "... 2021- AHP-Le ...".
_GLUED_CREDIT_AFTER_DASH_RE = re.compile(r"(?P<name>[A-Z]{2,8})-(?=[A-Z][a-z])")


def _credit_between_dashes(name: str, head: str) -> bool:
    """"Tripoli, 21.04.2019 - Lana - The ...": a credit set between dashes after a dated head.

    A known agency anywhere; an unknown name only after a date and as one
    word ("WASHINGTON - President Biden - who ..." is an aside).
    """
    if agencies.lookup(name) is not None:
        return True
    return (len(name.split()) == 1 and name.casefold() not in NOT_AGENCY_WORDS and looks_like_agency(name)
            and not places.is_qualifier(name) and dates.split_trailing_date(f"X, {name}")[1] is None
            and (read := _read_head(head)) is not None and read[2] is not None)


# A desk's people where a credit stands: "CAPE TOWN Jan 28 Staff" names no agency.
_STAFF_WORDS = frozenset("staff reporter reporters correspondent correspondents bureau desk writer writers "
                         "editor editors team".split())


def _credit_after_date(name: str) -> bool:
    """"DUSHANBE, November 9, 2010, Asia-Plus --": after the date and a comma, a name of any agency's shape.

    No place, region or country: "PARIS, July 2, France --" prints the country late.
    """
    return ("," not in name and looks_like_agency(name) and not places.is_qualifier(name)
            and name.casefold() not in _FURNITURE_WORDS and name.casefold() not in _STAFF_WORDS
            and places.resolve_place(name) is None
            and dates.split_trailing_date(f"X, {name}")[1] is None)  # "Sunday" is the date's weekday


def _comma_story(text: str, found: _Head, place_names: tuple[str, ...], qualifier: str | None,
                 phrase: dates.DatePhrase | None) -> bool:
    """"Amman, Four people were hurt ...": one known city, then the story's first word, which is no place,
    region, date or possessive ("Paris, Texas", "Berlin, Germany's capital", "London, May 5")."""
    word = text[found.end:].split(None, 1)[0]  # the head's pattern stopped right before it
    # "Torreón, Coah., Vecinos ...": a state's abbreviation with its stop may stand between.
    return (len(place_names) == 1 and phrase is None and _in_gazetteer(place_names[0]) and (
                qualifier is None or (qualifier.endswith(".") and places.is_qualifier(qualifier)))
            and not places.is_qualifier(word) and places.resolve_place(word) is None
            and dates.split_trailing_date(f"X, {word}")[1] is None and dates.match_date(f"{word} 1") is None)


def _country_run_on(head: str) -> tuple[str, str] | None:
    """"ST. GEORGE’S GRENADA" -> ("ST. GEORGE’S", "GRENADA"): a country's name run on after a known city."""
    if _in_gazetteer(head) or places.is_qualifier(head):
        return None
    words = head.split()
    for size in range(1, min(_MAX_QUALIFIER_WORDS, len(words) - 1) + 1):
        place, country = " ".join(words[:-size]), " ".join(words[-size:])
        if places.country_code(country) is not None and _in_gazetteer(place) and (
                (found := places.resolve_place(place, country)) is not None and found.basis != "qualifier-only"):
            return place, country
    return None


def credit_before_place(dateline: Dateline) -> str | None:
    """The byline or desk credit a head runs into before its place, as printed on the place's line ("R DUTTA
    CHOUDHURY" of "R DUTTA CHOUDHURY GUWAHATI, Feb 12:", "By Ann Lee, Staff Reporter" of "By Ann Lee, Staff
    Reporter GUWAHATI,"), or None: a tag, a label or a line over the head is none."""
    if not dateline.places or (at := dateline.raw.find(dateline.places[0])) <= 0:
        return None
    printed = dateline.raw[:at].strip().rstrip("/|,").strip()
    if "\n" in printed:
        return None
    if printed.casefold().startswith("by ") and "," in printed:
        return printed if _credit_words(printed.rpartition(",")[2].split()) else None
    return printed if _credit_words(printed.split()) else None


def _place_after_credit(head: str) -> str | None:
    """The known city closing a head that a byline or a desk's credit runs into, on the lead's line:
    "Special Correspondent KOHIMA", "Staff Reporter ITANAGAR", "R DUTTA CHOUDHURY GUWAHATI" (the reporter's
    initial marks a name), "Arun K Thapa / Kathmandu". A head the gazetteer knows whole is one place
    ("EAST LONDON"), and words of a place's own ("NORTH", "PORT", "SAN") make no credit."""
    credit, slash, rest = head.partition("/")
    if slash:
        return rest.strip() if _in_gazetteer(rest.strip()) and _credit_words(credit.split()) else None
    words = head.split()
    if len(words) < 2 or _in_gazetteer(head) or places.is_qualifier(head):
        return None
    for size in range(min(3, len(words) - 1), 0, -1):
        tail = " ".join(words[-size:])
        if _credit_words(words[:-size]) and _in_gazetteer(tail):
            return tail
    return None


def _credit_words(words: list[str]) -> bool:
    """Words of a desk's credit ("Special Correspondent", "Himalayan News Service", "NT Reporter") or of a
    reporter's name marked by an initial ("R DUTTA CHOUDHURY", "Arun K Thapa")."""
    folded = [w.casefold().rstrip(".,") for w in words]
    if not 1 <= len(words) <= 5 or any(f in _TOPONYM_WORDS for f in folded) or not all(
            re.sub(r"['’.-]", "", f).isalpha() for f in folded):  # "O'BRIEN", "K.K."
        return False
    if folded[-1] in _STAFF_WORDS or folded[-1] == "service":
        return True
    initials = [len(f) == 1 and f != "a" for f in folded]  # "U.S." and the article "A" are no initials
    return 2 <= len(words) <= 5 and any(initials) and not all(initials) and not any(
        f in _NOT_NAME_WORDS for f in folded)


# Words of a headline's or a sentence's that no name holds.
_NOT_NAME_WORDS = frozenset("the of for in on at to and an with from by as is are was".split())


def _reporter_name(text: str) -> bool:
    """"Zeynep KARA", "Ali Can YILMAZ": given names in title case, the family name in capitals."""
    words = text.split()
    return 2 <= len(words) <= 4 and words[-1].isupper() and len(words[-1]) >= 2 and words[-1].isalpha() and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words[:-1])


def _read_head(head: str) -> tuple[tuple[str, ...], str | None, dates.DatePhrase | None] | None:
    """Places, qualifier and date of a head: "SEOUL/MUAN, South Korea, Dec. 29"."""
    if head.endswith("/") and dates.split_trailing_date(head[:-1])[1] is not None:
        head = head[:-1]  # "JOHANNESBURG, South Africa, May 16, 2022/ —": a credit's slot left empty
    before, semicolon, after = head.rpartition(";")
    if semicolon and dates.match_date(after) is not None:
        head = f"{before}, {after.strip()}"  # "Torreón, Coahuila de Zaragoza; a 28 de Noviembre de 2023"
    head = _HYPHEN_DATE_RE.sub(", ", _SLASH_QUALIFIER_RE.sub(r", \1", head)).replace(" ~ ", ", ")  # "Ndola ~ Wed, ..."
    head = _BRACKET_QUALIFIER_RE.sub(_bracketed_qualifier, head).strip().rstrip(",").strip()
    before, phrase = dates.split_trailing_date(head)
    parts = [p.strip() for p in before.split(",")]
    if len(parts) >= 2 and _credit_words(parts[0].split()) and _in_gazetteer(parts[1]) and not (
            _in_gazetteer(parts[0]) or places.is_qualifier(parts[0])):
        parts = parts[1:]  # "Own Correspondent, Dhaka, 20 September 2023:": a desk's credit, then the place
    if len(parts) == 3 and all(parts) and places.country_code(parts[2]) is not None and places.is_qualifier(parts[1]):
        # "PORTLAND, OR, UNITED STATES", "SHENZHEN, GUANGDONG, CHINA": the region names the place's country too.
        parts = parts[:2]
    elif len(parts) == 3 and all(parts) and places.country_code(parts[2]) is not None and _PLACE_RE.fullmatch(parts[1]):
        # "QARZEN, Rift Valley, Kenya": a region the gazetteer does not know; the country still places the city.
        parts = [parts[0], parts[2]]
    if not parts[0] or len(parts) > 2 or not all(parts):
        return None
    if len(parts) == 1 and (split := _country_run_on(parts[0])) is not None:
        parts = list(split)  # "ST. GEORGE’S GRENADA –": the country after the place with no comma
    reporter, slash, rest = parts[0].partition("/")
    if slash and rest.strip() and _reporter_name(reporter.strip()) and _is_capitals(rest.strip()):
        parts[0] = rest  # "Zeynep KARA/İSTANBUL (DHA)-": the reporter, a slash, then the place
    elif len(parts) == 2 and parts[0].casefold().startswith("by ") and (
            credited := _place_after_credit(parts[1])) is not None:
        parts = [credited]  # "By Ann Lee, Staff Reporter GUWAHATI, Feb 12:": the byline and its desk, the place
    elif (credited := _place_after_credit(parts[0])) is not None:
        parts[0] = credited  # "Special Correspondent KOHIMA", "R K DAS GUWAHATI", "Arun K Thapa / Kathmandu"
    place_names = tuple(
        _STATE_CODE_RE.sub("", joined) if not _is_capitals(joined) else joined
        for p in parts[0].split("/") if p.strip() for joined in _joined_places(_drop_final_stop(p.strip())))
    if not place_names or not all(_PLACE_RE.fullmatch(p) for p in place_names):
        return None
    if any(publication(p) for p in place_names):
        return None  # "AhlulBayt News Agency (ABNA):": an outlet's name where the place goes, no place
    if any(_MIXED_CASE_RE.search(p) for p in place_names):
        return None  # "Daily Excelsior JAMMU, SUNDAY, ...": a masthead's title before its city, no one place
    if any(fold(p) in _WORLD_REGIONS for p in place_names):
        return None  # "ASIA/CAMBODIA - ...": a service's slug of continent and country, no place of filing
    qualifier = parts[1] if len(parts) == 2 else None
    if qualifier is not None and (described := _DESCRIBED_QUALIFIER_RE.fullmatch(qualifier)) is not None and (
            places.is_qualifier(described["name"])):
        qualifier = described["name"]  # "Bethlehem, occupied West Bank –", "Goma, eastern DR Congo –"
    if qualifier is not None and _POSTAL_CODE_STOP_RE.fullmatch(qualifier):
        qualifier = qualifier[:-1]  # "BOSTON, MA.": a state's postal code with a stop after it
    if qualifier is None and len(place_names) == 2 and places.country_code(place_names[1]) is not None and (
            places.country_code(place_names[0]) is None):
        # "Tunis/Tunisia --", "Kairouan/Tunisia -": a slash between a place and its country.
        place_names, qualifier = place_names[:1], place_names[1]
    if qualifier is not None and (
        not (_PLACE_RE.fullmatch(qualifier) or places.is_qualifier(qualifier))  # "Trinidad and Tobago"
        or any(c.isdigit() for c in qualifier)
    ):
        # Figures where a region would stand are a date misprinted ("Qx.5"): read as a region, the
        # dateline would claim the reference's day for a day it prints and we cannot read.
        return None
    return place_names, qualifier, phrase


# A qualifier a lower-case word describes: "occupied West Bank", "northern Syria", "eastern DR Congo".
_DESCRIBED_QUALIFIER_RE = re.compile(
    r"(?:occupied|(?:north|south)(?:ern|east|eastern|west|western)?|east|eastern|west|western|central|upper|lower"
    r"|rural|coastal|remote|war-torn|Indian-administered|Pakistan-administered)[ \t]+(?P<name>[A-Z].{1,40})")
# A word in title case beside one in capitals, either way round: two names, not one place's.
_MIXED_CASE_RE = re.compile(r"\b[A-Z][a-z]{2,}\s+(?:\S+\s+)*[A-Z]{4,}\b|\b[A-Z]{4,}\s+(?:\S+\s+)*[A-Z][a-z]{2,}")
# Parts of the world wider than a country: a desk's or a service's name, never where a story was filed
# ("Africa" and "Asia" are also towns of Tunisia and the Philippines).
_WORLD_REGIONS = frozenset(fold(name) for name in (
    "Africa", "Asia", "Europe", "America", "Americas", "North America", "South America", "Latin America",
    "Central America", "Oceania", "Antarctica", "Middle East", "Near East", "Far East", "World", "Asia Pacific",
    "Asia-Pacific", "Eurasia", "Caribbean", "Balkans", "Gulf", "Maghreb", "Sahel", "Scandinavia"))


_POSTAL_CODE_STOP_RE = re.compile(r"[A-Z]{2}\.")
# "Brasília (DF)", "São Paulo (SP)": a region's code in brackets after a place in title case
# ("FRANKFURT (ODER)", in capitals, is the name of a place).
_STATE_CODE_RE = re.compile(r"\s\([A-Z]{2,3}\)$")


def _joined_places(name: str) -> tuple[str, ...]:
    """"NEW YORK AND MAINZ" is two places, as "NEW YORK/MAINZ" is; "Trinidad and Tobago" one.

    Places so joined are in capitals or cities the gazetteer knows: "Jane
    Doe and John Smith (Reuters)" names people.
    """
    parts = _AND_RE.split(name)
    if len(parts) == 1 or not all(parts) or places.is_qualifier(name) or _in_gazetteer(name):
        return (name,)
    if not all(_is_capitals(p) or _in_gazetteer(p) for p in parts):
        return (name,)
    return tuple(parts)


def _bracketed_qualifier(match: re.Match[str]) -> str:
    if match[1] is not None:
        return f", {match[1]}"
    if match[2].strip(" .").upper() in ZONE_ABBREVIATIONS or match_clock(match[2]) is not None:
        return ""  # "LONDON, Dec 5 (EST)", "(10:32 GMT)": when it moved, said in passing
    if places.is_qualifier(match[2]) or dates.match_date(match[2]) is not None:
        return f", {match[2]}"  # "BALASORE (Odisha)", "KUALA LUMPUR (June 11)"
    if _bracketed_region(match[2]):
        return f", {match[2]}"  # "Ratnanagar (Chitwan)": a district the gazetteer lacks, as after a comma
    return match[0]


def _bracketed_region(printed: str) -> bool:
    """Words in title case in brackets after a place, no agency's, outlet's or label's: a region the gazetteer
    lacks ("Ratnanagar (Chitwan), June 4:"); a credit there prints initials ("(IRNA)") or an outlet's name."""
    return bool(_REGION_WORDS_RE.fullmatch(printed)) and not publication(printed) and (
        agencies.lookup(printed) is None and not any(w.casefold() in _FURNITURE_WORDS for w in printed.split()))


# A region's name in title case, one to three words: initials in capitals are a credit's ("(RNA)").
_REGION_WORDS_RE = re.compile(r"[A-Z][a-zà-ÿ'-]{2,}(?: [A-Z][a-zà-ÿ'-]{2,}){0,2}")


_FIGURES_COLUMNS_RE = re.compile(r"[\d.,°]+(?:[ \t]+[\d.,°]+)*[ \t]*[|/]")


def _read_bare(text: str, found: _Head) -> tuple[tuple[str, ...], str | None, int] | None:
    """Places in capitals, an optional known qualifier, then the story's first word."""
    place_names = tuple(p.strip() for p in found.head.split("/"))
    end = found.end
    qualifier = None
    if text.startswith(",", end):
        words = text[end + 1:end + 120].split(None, _MAX_QUALIFIER_WORDS + 1)
        for size in range(min(_MAX_QUALIFIER_WORDS, len(words) - 1), 0, -1):
            candidate = " ".join(words[:size])
            if candidate.endswith(",") and places.is_qualifier(candidate[:-1]):
                return None  # "JOHANNESBURG, South Africa, May 16": the head goes on after its country
            if places.is_qualifier(candidate):
                qualifier = candidate
                end = text.index(words[size - 1], end + 1) + len(words[size - 1])
                break
        if qualifier is None:
            return None
    start = _STORY_START_RE.match(text, end)
    if start is None or (text[start.end():start.end() + 1].isdigit() and (
            start.end() - end > 1 or _FIGURES_COLUMNS_RE.match(text, start.end()))):
        # Figures after a gap, or figures parted by a pipe, are a table's columns ("LONDON      7,412.3",
        # a weather strip's "WINDHOEK 9 0 | 27 0").
        return None
    if _SCORE_RE.match(text, start.end()):
        return None  # "BARCELONA 3 REAL MADRID 1": a score line
    if dates.match_date(" ".join(text[start.end():start.end() + 20].split()[:2])) is not None:
        return None  # "CAPE TOWN Jan 28 Sapa": a date after the place is the head's, not the story's start
    if _LABEL_RE.match(text, start.end()):
        return None  # "CITY OF HARTFORD, CONNECTICUT RE: $25,000,000 BONDS": a heading's fields
    if qualifier is None and (after := _NEXT_WORD_RE.match(text, start.end())) is not None and (
            after[0].casefold() in _NAMED_AFTER_A_PLACE):
        return None  # "HARARE City Council yesterday shut ...": the place opens a body's name, in a house's capitals
    return place_names, qualifier, start.end()


_NEXT_WORD_RE = re.compile(r"[A-Z][a-z]+")
# Words that make a body's or an area's name of the place before them ("HARARE City Council",
# "HARARE Metropolitan province", "LONDON Stock Exchange"): the place is the sentence's subject.
_NAMED_AFTER_A_PLACE = frozenset(
    "city council metropolitan municipal municipality province provincial district region regional county "
    "state town mayor mayoral airport port harbour harbor university college stock securities exchange "
    "magistrates court chamber club fc".split()
)


def _resolve(place_names: tuple[str, ...], qualifier: str | None, home: str | None) -> places.Place | None:
    """The first place, under the qualifier; in a two-place dateline the qualifier may be the second's."""
    first = place_names[0]
    if qualifier and len(place_names) == 1 and (country := places.country_code(first)) is not None:
        # "Georgia, Tbilisi, Feb. 7": the country first, then a city of it (Trend's house style).
        city = places.resolve_place(qualifier, first, home_country=home)
        if city is not None and city.basis != "qualifier-only" and city.country == country:
            return city
    place = places.resolve_place(first, qualifier, home_country=home)
    if place is None and qualifier is None and len(place_names) == 1 and places.is_qualifier(first):
        # "NEW MEXICO (KRQE) –": a state or region where the city goes, named as its own qualifier.
        place = places.resolve_place(first, first, home_country=home)
    elif home and place is not None and place.basis == "population" and place.country != home and (
            qualifier is None and len(place_names) == 1 and places.is_qualifier(first)) and (
            region := places.resolve_place(first, first, home_country=home)) is not None and region.country == home:
        # "BALI (Antara)": a division of the agency's country, not a town of the name abroad (Bāli, India).
        place = region
    if len(place_names) > 1 and qualifier and (place is None or place.basis == "qualifier-only"):
        unqualified = places.resolve_place(first, home_country=home)
        if unqualified is not None:
            return unqualified
    return place


def _convincing(
    form: str, tagged: bool, place_names: tuple[str, ...], qualifier: str | None,
    place: places.Place | None, phrase: dates.DatePhrase | None,
) -> bool:
    """Whether the head reads as a dateline rather than the first words of a sentence."""
    if not tagged and qualifier is None and all(_label(p) for p in place_names):
        return False  # "NEWS November 20, 2018 - 8:07 am": a section's name and a posting stamp
    capitals = all(_is_capitals(p) for p in place_names)
    known = place is not None
    if form == "bare":
        # A known qualifier is mark enough ("DAVOS, Switzerland Bankers ..."); alone,
        # the capitals must name gazetteer cities.
        if qualifier is not None:
            return capitals and places.is_qualifier(qualifier) and all(len(fold(p)) > 2 for p in place_names)
        return capitals and all(_in_gazetteer(p) for p in place_names)
    if tagged or form == "iso":
        return capitals or known or phrase is not None
    if phrase is None and known and place.basis == "qualifier-only" and qualifier is None and len(
            fold(place_names[0]).replace(" ", "")) <= 3:
        return False  # "US - China trade talks": a country's initials alone open a sentence, not a dateline
    # Dashed, no tag: capitals with a date or a known place, or a known place with a date,
    # or a city the gazetteer knows alone before the dash ("Rabat - The central bank ...").
    city = known and place.basis != "qualifier-only" and len(place_names[0].split()) <= 3 and (
        len(place_names) == 1 or all(_in_gazetteer(p) for p in place_names))  # "Bonn/Berlin | Die ..."
    return (capitals and (phrase is not None or known)) or (known and phrase is not None) or (
        form in ("dashed-story", "line", "stopped", "comma", "spaced") and city) or (
        form in ("dashed", "dashed-story") and phrase is not None and not phrase.partial
        and _dated_town(place_names))


def _dated_town(place_names: tuple[str, ...]) -> bool:
    """"Bhaktapur, Aug 10:", "Belladère, 15 avril 2014 -": a place the gazetteer lacks, in title case, dated
    and set apart by a separator; its words read as a name, not a weekday's, a month's, a label's or a
    sentence's first word ("Monday, July 5 -", "Updated, July 5 -", "Meanwhile, July 5 -")."""
    if len(place_names) != 1:
        return False
    words = place_names[0].split()
    return 0 < len(words) <= 3 and _names_a_town(words) and all(
        w[:1].isupper() and "." not in w.rstrip(".")  # "Blesk.cz 27.10.2020 12:06": a site's stamp
        and not _not_a_name(w) for w in words)


def _label(name: str) -> bool:
    """Words that are all a label's, a desk's or a section's ("SPECIAL REPORT", "CON FOTO", "Close", "NEWS"):
    no credit's and no place's name."""
    return all(w.casefold() in _FURNITURE_WORDS for w in name.split())


def _not_a_name(word: str) -> bool:
    """A month's, a weekday's, a label's or a sentence's first word: "March", a town in England, opens
    "March A new plan ..." as a month; "Meanwhile" and "Breaking" are no places'."""
    folded = word.casefold().rstrip(".")
    return (dates.match_date(f"{word} 5") is not None or folded in dates.WEEKDAY_WORDS
            or folded in _FURNITURE_WORDS or folded in _DISCOURSE_WORDS)


def _names_a_town(words: list[str]) -> bool:
    """Words that read as a town's name rather than a sentence's opening or a person's: no word that opens
    a sentence ("Meanwhile", "Separately"), and of two words or more one a place name's generic word
    ("Mountain Green"; "Jane Doe, July 5 -" and "John Smith, Texas —" are a credit's and a letter's)."""
    if len(words) > 1 and not any(w.casefold() in _TOPONYM_WORDS for w in words):
        return False
    return not any(w.casefold() in _DISCOURSE_WORDS or w.casefold().endswith("ly") for w in words)


def _unknown_town(place_names: tuple[str, ...]) -> bool:
    """"KENNEBUNKPORT –", "KIETA -": a town too small for the gazetteer, alone before a spaced dash.

    A local paper's own towns: one place of one or two words in capitals,
    a word of them at least four letters long and none a kicker's or a
    marker's word ("BREAKING –", "EXCLUSIVE -", "WATCH —"), initials
    ("ZANU-PF"), an outlet's name run together, an agency's, an
    organisation's or a person's the gazetteer knows; and the story after
    the dash must be a sentence in mixed case (_sentence_after).
    """
    if len(place_names) != 1:
        return False
    name = place_names[0]
    words = name.split()
    return (len(words) <= 2 and _is_capitals(name) and max(len(w) for w in words) >= 4
            and all(w.isalpha() and w.casefold() not in _FURNITURE_WORDS and not organisation_like(w)
                    for w in words)
            and not outlet_word_glued(name)  # "AMMONNEWS -", "ECONOMYNEXT –": an outlet's name, alone
            and agencies.lookup(name) is None and gazetteer.lookup(name) is None)


def _town_of_a_region(place_names: tuple[str, ...], qualifier: str | None, place: places.Place | None) -> bool:
    """"Kennebunkport, Maine —", "Qarqar, Kenya --": a town the gazetteer lacks, in title case, and a state,
    region or country it knows, before a spaced dash and a sentence.

    The town's words must read as a place's name (_names_a_town).
    """
    if qualifier is None or place is None or place.basis != "qualifier-only" or len(place_names) != 1:
        return False
    words = place_names[0].split()
    return (len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words if w.isalpha())
            and _names_a_town(words) and places.is_qualifier(qualifier))


# Words place names are made of ("Palm Springs", "Mountain Green", "Port Hedland", "New Haven").
_TOPONYM_WORDS = frozenset(
    "green springs spring city falls beach hill hills lake lakes port bay valley creek park heights grove harbor "
    "harbour point river rock ridge village town fort mount saint st. san santa new north south east west upper "
    "lower glen island islands junction crossing center centre station mills wells bridge ford haven field fields "
    "plains mountain cove cape county "
    # and in the languages of the places that print them ("Puerto Morelos", "Playa del Carmen", "Kota Bharu")
    "puerto porto villa ciudad santo são sao sankt bad kota bandar nueva nuevo novo nova gran grand great "
    "little monte mont isla ilha playa praia río rio lago sierra valle cerro pueblo bahía boca punta costa "
    "la el los las le les".split()
)


# Words that open a sentence before a comma and are no town ("Meanwhile, Texas — ...").
_DISCOURSE_WORDS = frozenset(
    "meanwhile however elsewhere nearby also still yet instead otherwise overall today yesterday tomorrow "
    "here there now then again besides furthermore moreover thus hence therefore indeed nevertheless "
    "nonetheless regardless initially finally first second third last next earlier later afterwards "
    "sources officials police residents locals critics analysts experts "
    # and the words that open a clause ("Since El Nino went ...": Since is also a town in Côte d'Ivoire)
    "since when while after before as if although though because during despite with without for from "
    "under over about until unless once where whether like unlike following amid among".split()
)


def _sentence_after(text: str, end: int) -> bool:
    """A sentence in mixed case after the dash, two words in lower case among its first ("SOCCER - JAPAN GET
    LUCKY WIN" is a headline in capitals); a line wrapped mid-sentence goes on in lower case below."""
    window = text[end:end + 60]
    stop = _LINE_NOT_GOING_ON_RE.search(window)
    return len(_LOWER_WORD_RE.findall(window, 0, stop.start() if stop else len(window))) >= 2


# A line's end where the sentence does not go on below in lower case.
_LINE_NOT_GOING_ON_RE = re.compile(r"\n(?![ \t]*[a-z])")


# Words of a story's furniture, set in capitals before a dash: markers, labels, kickers, and the slugs of
# desks and sections ("SOCCER -", "WEATHER -", "MARKETS -").
_FURNITURE_WORDS = NOT_AGENCY_WORDS | DESK_WORDS | frozenset(
    "weather markets market economy finance politics health science technology tech entertainment culture "
    "arts travel lifestyle religion education environment climate crime courts elections election defence "
    "defense agriculture energy oil gold metals forex currencies bonds stocks shares commodities soccer "
    "football cricket tennis golf rugby basketball baseball hockey cycling athletics boxing motorsport racing "
    "skiing swimming olympics obituaries obituary letters".split()
) | frozenset(
    "newsflash developing just new more related read also latest special report reports press release "
    "statement notice announcement media advisory alert warning reminder disclaimer update: watch breaking "
    "first look inside exclusive revealed pictured pictures video photos gallery live blog news "
    "this that these those what when where here there also then posted published updated created modified "
    "issued released filed dated printed edited written source "
    "close closing open opening midday noon morning afternoon evening "
    "con foto fotos imagen imágenes photo photos with".split()  # a budget slug's "(CON FOTO)", "(WITH PHOTO)"
)


def _spelt_as_known(name: str) -> bool:
    """A place printed as the gazetteer spells it, but for case: a word alone on its line with accents
    the gazetteer's name lacks is another word ("Länder", a section's label, is not Venezuela's Lander)."""
    found = places.resolve_place(name)
    return found is not None and (name.isascii() or not found.city.isascii() or _is_capitals(name))


def _city_in_its_region(place_names: tuple[str, ...], qualifier: str | None) -> bool:
    """A city the gazetteer knows and the region (not the country) it lies in, printed in full."""
    return (qualifier is not None and places.country_code(qualifier) is None and len(qualifier) > 4
            and _city_and_its_country(place_names, qualifier))


def _city_and_its_country(place_names: tuple[str, ...], qualifier: str | None) -> bool:
    """"Madrid, España. Un banco ...": a city the gazetteer knows and the region or country it lies in, then a stop."""
    if qualifier is None or len(place_names) != 1:
        return False
    found = places.resolve_place(place_names[0], qualifier.rstrip(".") or qualifier)
    return found is not None and found.basis == "qualifier"


def _title_place(place_names: tuple[str, ...]) -> bool:
    """Places in title case or capitals, every word ("Qarqar", "Port Moresby"): with a known
    agency's tag after them, a place the gazetteer does not know is still a place."""
    return all(w[:1].isupper() or w in _PARTICLE.split("|") for p in place_names for w in p.split())


def _in_gazetteer(name: str) -> bool:
    place = places.resolve_place(name)
    return place is not None and place.basis != "qualifier-only" and len(fold(name)) > 2


def _drop_final_stop(place: str) -> str:
    """"MOSCOW." (Interfax: "MOSCOW. Jan 5") loses its stop; "ST." and "Mass." keep theirs."""
    return place[:-1] if re.search(r"[^\W\d_]{4}\.$", place) and place.count(".") == 1 else place


def _is_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _home_country(agency_name: str | None) -> str | None:
    agency = agencies.lookup(agency_name) if agency_name else None
    return agency.country if agency else None


def reading(dateline: Dateline) -> tuple[tuple[str, str], ...]:
    """Which rule of the grammar read each part of a dateline, for a person asking why (`wirecopy inspect`)."""
    raw = dateline.raw
    parts: list[tuple[str, str]] = [("form", f"{dateline.form}: {_FORMS.get(dateline.form, '')}")]
    if dateline.places:
        case = "capitals" if all(_is_capitals(p) for p in dateline.places) else "title case"
        joined = ", places joined by a slash" if len(dateline.places) > 1 else ""
        parts.append(("place", f"{' / '.join(dateline.places)}: in {case}{joined}"))
    if dateline.qualifier:
        q = re.escape(dateline.qualifier)
        how = ("between slashes" if re.search(rf"/\s*{q}\s*/", raw) else
               "in brackets" if re.search(rf"[(\[]{q}[)\]]", raw) else "after a comma")
        parts.append(("region or country", f"{dateline.qualifier!r} {how}"))
    if dateline.phrase is not None:
        p = dateline.phrase
        style = ("weekday alone: the latest such day on or before the reference" if p.partial and p.weekday is not None
                 else "not readable: the place stands, the date is unknown" if p.partial
                 else "numeric, " + ("read both ways, settled by the agency's country or the reference"
                                if p.ambiguous else "day first") if re.search(r"\d[/.]\d", p.raw)
                 else "ISO" if re.search(r"\d{4}-\d\d-\d\d", p.raw)
                 else "day then month" if _day_first(p.raw) else "month then day")
        extras = [e for e, on in (("weekday", p.weekday is not None), ("two-digit year", p.two_digit_year),
                                  ("year", p.year is not None and not p.two_digit_year)) if on]
        after = raw[raw.find(p.raw) + len(p.raw):]
        clock = " then a transmission time" if re.search(r"\d:?\d\d\s*(?:[ap]\.?m|GMT|UTC|[A-Z]{3})", after) else ""
        parts.append(("date", f"{p.raw!r}: {style}" + (f", with {', '.join(extras)}" if extras else "") + clock))
    if dateline.agency:
        known = agencies.lookup(dateline.agency)
        a = re.escape(dateline.agency.split()[0])
        how = ("a tag opening the lead" if dateline.form == "tag-first" else
               "between colons" if dateline.form == "colons" else
               "between slashes" if re.search(rf"/\s*{a}", raw) else
               "between pipes" if re.search(rf"\|\s*{a}", raw) else
               "in brackets" if re.search(rf"[(\[]\s*{a}", raw) else "printed bare")
        parts.append(("agency", f"{dateline.agency!r} {how}; " + (
            "canonical name from the agency table" if known else "not in the agency table: kept as printed")))
    tail = raw.rstrip()[-3:]
    separator = next((s for s in ("---", "--", ".-", "—", "–", "_", ":", "-", ".", "=", "|", "/") if tail.endswith(s)),
                     None)
    parts.append(("separator", repr(separator) if separator else "none: a line break, spaces or the story's capital"))
    return tuple(parts)


def _day_first(raw: str) -> bool:
    """"5 July", "le 1er janvier": the day before the month (a weekday before either is no month)."""
    found = dates.DATE_RE.fullmatch(raw.strip())
    return found is not None and (found["day2"] is not None or found["day4"] is not None)


_FORMS = {
    "tagged": "HEAD (AGENCY) [SEPARATOR]", "tag-first": "(AGENCY) SEPARATOR HEAD SEPARATOR",
    "tag-only": "(AGENCY) SEPARATOR, no place",
    "bare-credit": "AGENCY SEPARATOR, no brackets, no place", "dashed": "HEAD SEPARATOR, no bracketed credit",
    "stopped": "a dated HEAD closed by a full stop", "line": "a dated HEAD on a line of its own",
    "iso": "HEAD ISO-DATE", "bare": "PLACES IN CAPITALS then the story", "metadata": "from the format's metadata",
    "spaced": "HEAD closed by a full date with its year, or a known CITY and its REGION, then the story",
    "colons": "PLACE:CREDIT:DATE, fields parted by colons",
    "fields": "PLACE / DATE / CREDIT, fields parted by spaced slashes or pipes",
    "comma": "a known CITY, a comma, then the story",
}
