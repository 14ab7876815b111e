"""What may stand before a dateline's head or in its place: a credit opening the lead, a date printed first,
a place in brackets or in lower case.

The entry point (wirecopy.transforms.leads.dateline `_parse_lead`) reads the
credits, labels and tags it knows at the lead's start, then tries these
forms: a credit with no dash after it ("[ANGOP] Luanda -", "(TheNewswire)
Vancouver, ... TheNewswire -", "APA - Tunis (Tunisia) —"), a credit and
no place ("(MENAFN- Daily News Egypt)", "AMMONNEWS - The ..."), the date
first ("April 16, 2014 | NASHVILLE, Tenn. (UMNS)"), a place in brackets
("(Beirut) –", "(Léon, Haïti)") and a city in lower case ("washington
—"). Each reads what follows with the head grammar
(wirecopy.transforms.leads.lead_heads `_parse`) and counts the result from the
lead's start (`_under_credit`), so this module sits between the two.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from wirecopy.transforms.knowledge import agencies, places
from wirecopy.transforms.leads import dates
from wirecopy.transforms.leads.credit_shapes import (
    NOT_AGENCY_WORDS,
    OUTLET_WORDS,
    WEB_NAME_RE,
    agency_named,
    desk,
    looks_like_agency,
    organisation,
    outlet_word_glued,
    publication,
)
from wirecopy.transforms.leads.lead_heads import _MAX_HEAD, _SLASHED_NAME, _SPACE, _line_end, _parse, _sentence_after
from wirecopy.transforms.leads.lead_places import _PLACE_RE, _in_gazetteer, _is_capitals, _label
from wirecopy.transforms.leads.lead_record import Dateline

# "APA - Tunis (Tunisia) —", "AKP Phnom Penh, 1 January —": a short name in capitals before the place.
_LEADING_BARE_CREDIT_RE = re.compile(
    rf"^(?P<tag>[A-Z]{{2,6}})(?:{_SPACE}*(?P<dash>-|–|—){_SPACE}*|(?P<comma>,){_SPACE}+|{_SPACE}+)(?=[A-Z])"
)  # "KBRN, Jakarta: ...": a comma after the initials too


def _under_credit(text: str, start: int, inner: Dateline, **changes: object) -> Dateline:
    """The dateline `inner`, read from `start` on, under the credit that opens the text before it: its raw and
    end count from the text's start ("(ANSA) - ROME, ..." whole)."""
    end = start + inner.end
    return dataclasses.replace(inner, raw=text[:end].strip(), end=end, form="tag-first", **changes)


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


# "AMMONNEWS - The ...", "Shafaq News/ The ...": an outlet's name, bare, then a dash or a slash; initials
# alone may take a colon ("QNA: The ...").
_BARE_CREDIT_ALONE_RE = re.compile(
    r"^(?P<name>[A-Z][\w&'’.-]{1,30}(?:[ \t][A-Z][\w&'’.-]{0,30}){0,3})"
    r"(?:[ \t]+(?:-{1,3}|—|–)[ \t]+|[ \t]*/[ \t]+|(?P<colon>:)[ \t]+)(?=[A-Z\"“‘'])")

# Initials alone are a credit only where they are no word a desk prints in capitals over a story.
_LABEL_WORDS = frozenset("news new hot top text more end ends fact facts fyi nb ps pic pics faq ceo gdp covid aids "
                         "tv am pm".split())
_MAX_INITIALS = 5
# Three letters make no town a wire would print alone; four or five that read as a word ("NATA", "KIETA") may.
_SHORT_INITIALS = 3


def initials_alone(name: str) -> bool:
    """One short word in capitals that is no place, no organisation, no label and no kicker: an outlet's
    initials ("NDO", "QNA"), printed bare where a dateline's place would stand.

    The issue's rule is that an unknown place still makes a city; but a town
    the gazetteer does not know is printed with its state or country, and
    two or three capitals alone, before a date or a dash, are how houses with
    no place in their lead print their own initials ("GIS 22 February 2019:");
    four or five only where they do not read as a word (one vowel at most).
    """
    return (name.isalpha() and name.isupper() and 2 <= len(name) <= _MAX_INITIALS and (
                len(name) <= _SHORT_INITIALS or sum(c in "AEIOUY" for c in name) <= 1)  # "NATA -" is a village
            and name.casefold() not in NOT_AGENCY_WORDS and name.casefold() not in _LABEL_WORDS
            and not places.is_qualifier(name) and places.resolve_place(name) is None
            and not organisation(name)  # "NATO - ...", "IMF: ...": an organisation's initials send no copy
            and not agencies.left_to_the_grammar(name))  # "ATP -" over tennis results, "MAP -" over a map


def initials_for_place(found: Dateline | None, reference_date: dt.date | None) -> Dateline | None:
    """A head read as an unknown place that is initials alone ("GIS 22 February 2019:") as the credit
    it is: no place, the date it prints (else the reference day)."""
    if found is None or found.place is not None or found.qualifier is not None or found.agency is not None or (
            len(found.places) != 1 or not initials_alone(found.places[0])):
        return found
    return dataclasses.replace(found, places=(), form="bare-credit", agency=found.places[0],
                               **({} if found.phrase is not None else {
                                   "date": reference_date, "date_source": "reference" if reference_date else None}))


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
    if found["colon"] is not None and not (known is None and initials_alone(name)):
        return None  # "WASHINGTON:" is a place's; "UPDATE:" a kicker's
    if known is not None and agency_hint and agencies.lookup(agency_hint) not in (None, known):
        return None  # "SPA - The town council ..." in Belga's copy: the town of Spa, not the Saudi agency
    if known is None and not (
            (publication(name) and name.split()[-1].casefold() in OUTLET_WORDS and not desk(name))
            or outlet_word_glued(name) or WEB_NAME_RE.fullmatch(name.casefold())  # "AKIPRESS.COM -": a site
            or initials_alone(name)):  # "NDO – The ...": initials alone
        return None  # "The Government - ...": "The" alone makes no outlet
    return _credit_only(text, found.end(), known.name if known else name, reference_date, form="bare-credit")
