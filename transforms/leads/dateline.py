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
the place still stands); see wirecopy.transforms.leads.dates.

How sure the head must look depends on the form. With an agency tag a place
in any case will do. Without one, the place must be in capitals or be a city
the gazetteer knows with a date beside it, or the first words of any
sentence would pass for a dateline; the bare form, which has no mark at all,
takes only capitals naming gazetteer cities.

This module holds the entry point (`parse_dateline`), the walk over what
may open a lead (`_parse_lead`: a credit, a site's address, a release's or
a desk's label, a tag), `credit_before_place` and `reading`. The grammar
under it is split by what each part reads: the record (`Dateline`,
wirecopy.transforms.leads.lead_record, re-exported here), the head grammar
(lead_heads), credits inside a head (lead_head_credits), a head's places
and qualifier (lead_places), and the forms that stand before a head or in
its place (lead_openings).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from wirecopy.transforms.knowledge import agencies, places
from wirecopy.transforms.leads import dates, lead_cjk, lead_cyrillic, lead_scripts
from wirecopy.transforms.leads.credit_shapes import (
    CAMEL_RE,
    WEB_NAME_RE,
    acronym,
    agency_named,
    looks_like_agency,
    organisation,
    outlet_word_glued,
    publication,
)
from wirecopy.transforms.leads.lead_head_credits import _SURNAME_CAMEL_RE
from wirecopy.transforms.leads.lead_heads import _AGENCY_NAME, _DASH, _MAX_HEAD, _SPACE, _parse, _sentence_after
from wirecopy.transforms.leads.lead_openings import (
    _PLACE_AND_REGION_IN_BRACKETS_RE,
    _bare_credit_alone,
    _bare_credit_first,
    _bracketed_place,
    _bracketed_place_and_region,
    _credit_only,
    _credit_printed_twice,
    _date_first,
    _lower_case_city,
    _one_word_name,
    _opening_credit,
    _under_credit,
    initials_for_place,
)
from wirecopy.transforms.leads.lead_places import (
    _FURNITURE_WORDS,
    _credit_words,
    _is_capitals,
    _label,
    _name_in_capitals,
)
from wirecopy.transforms.leads.lead_record import Dateline

RULESET = "dateline.v2"
# "(ANSA) - ROME, ..." / "(Bloomberg) -- ...": the tag opens the lead.
_LEADING_TAG_RE = re.compile(rf"^\((?P<tag>{_AGENCY_NAME})\){_SPACE}*{_DASH}{_SPACE}*")
# "(CNN)The ...": a tag glued to the story's first word, no space or dash between.
_GLUED_TAG_RE = re.compile(rf"^\((?P<tag>{_AGENCY_NAME})\)(?=[A-Z][a-z])")
# "(JNS) The ...": initials in brackets, then a space and the story.
_SPACED_TAG_RE = re.compile(r"^\((?P<tag>[A-Z][A-Z&-]{1,7}(?: [A-Z][A-Z&-]{1,9})?)\)[ \t]+(?=[A-Z][a-z])")
# "(MENAFN- Daily News Egypt)" alone on the first line: a syndicator's initials, a dash, its source.
_SYNDICATED_CREDIT_RE = re.compile(
    r"^\((?P<tag>[A-Z]{2,8}-[ \t]?(?P<source>[A-Z][\w.&' ]{1,40}[\w.]))\)[ \t]*\n(?=[ \t]*[A-Z\"“‘'])")
# "REPUBLIKA.CO.ID, ": a site's address credited before the dateline's place.
# "jpnn.com, JAKARTA -": in lower case too.
_LEADING_WEB_CREDIT_RE = re.compile(r"^(?P<name>[A-Za-z][\w-]{1,30}\.(?i:com|net|org|co\.id|co))[ \t]*,[ \t]+(?=[A-Z])")
# "By IANS, ": an agency credited before the dateline's place.
_LEADING_BY_AGENCY_RE = re.compile(r"^(?i:by)\s+(?P<name>[^\W\d_][\w&'-]{1,20}),[ \t]+")


def parse_dateline(
    text: str, *, reference_date: dt.date | None, agency_hint: str | None = None
) -> Dateline | None:
    """The dateline opening `text`, or None when the text does not open with one.

    reference_date resolves the year of a year-less date and dates an
    undated dateline; agency_hint (a canonical agency name known from
    metadata or a sign-off) breaks ties between same-named places.
    """
    if (cjk := lead_cjk.parse_cjk_lead(text, reference_date, agency_hint)) is not None:
        return cjk  # "(서울=연합뉴스)", "新华社北京6月4日电", "【北京共同】": wirecopy.transforms.leads.lead_cjk
    if lead_cyrillic.opens_with_cyrillic(text) and (
            cyrillic := lead_cyrillic.parse_cyrillic_lead(text, reference_date, agency_hint)) is not None:
        return cyrillic  # "МОСКВА, 5 июня. /ТАСС/.", "КИЇВ. 18 березня. УНН.": wirecopy.transforms.leads.lead_cyrillic
    if lead_scripts.opens_with_script(text) and (
            scripted := lead_scripts.parse_script_lead(text, reference_date, agency_hint)) is not None:
        return scripted  # "القاهرة في 5 يونيو /أ ش أ/ -", "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ)": wirecopy.transforms.leads.lead_scripts
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
        if _BLANK_LINE_RE.search(found.raw):
            return None  # "Source: QNX" over "June 3, 2024": two paragraphs of a page's head make no dateline
    return found


def _place_hyphen_credit(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """"Baghdad-INA The ministry ...", "Baghdad-ALSharqiya, July 11:": a place the gazetteer knows and an
    agency's name joined by a hyphen, read as the place and its credit in brackets would be.

    The credit must read as an agency's name (the table's, initials, or a
    name with a capital inside), and the two joined must be no place of
    their own ("Baden-Baden", "Guinea-Bissau", "Winston-Salem").
    """
    found = _PLACE_HYPHEN_CREDIT_RE.match(text)
    if found is None:
        return None
    place, credit = found["place"], found["credit"]
    if _SHORT_INITIALS_RE.fullmatch(place) and not _SHORT_INITIALS_RE.fullmatch(credit):
        return None  # "AT-JALALABAD:": the house's initials first (_initials_hyphen_place)
    if (country := places.country_code(credit)) is not None and (
            known := places.resolve_place(place, credit)) is not None and known.country == country and (
            known.basis != "qualifier-only"):
        # "Kabul-Afghanistan (PMG):": a place and its country joined by a hyphen
        return _read_rewritten(text, found.end(), f"{place}, {credit}", _read_lead, reference_date, agency_hint)
    if (places.resolve_place(place) is None or places.resolve_place(f"{place}-{credit}") is not None
            or organisation(credit) or not (agencies.lookup(credit) or acronym(credit) or CAMEL_RE.search(credit))
            or (len(credit) > _MAX_INITIALS and places.resolve_place(credit) is not None)):
        return None  # "BAGHDAD-BASRA": two places
    if agencies.lookup(credit) is None and not re.match(r"[ \t]*[,:–—-]", text[found.end():]):
        return None  # "Mumbai-BSE Sensex rose ...": with no separator after it, only a known agency credits
    inner = _read_rewritten(text, found.end(), f"{place} ({credit})", _parse_lead, reference_date, agency_hint)
    return inner if inner is not None and inner.agency is not None else None


def _initials_hyphen_place(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """"AT-JALALABAD:", "QNX-Baghdad -": a house's initials, a hyphen and a place the gazetteer knows, then a
    separator, where the grammar read nothing (a known agency's tag first is its "tag-first" form)."""
    found = _PLACE_HYPHEN_CREDIT_RE.match(text)
    if found is None or not _SHORT_INITIALS_RE.fullmatch(found["place"]) or _SHORT_INITIALS_RE.fullmatch(
            found["credit"]) or not re.match(r"[ \t]*[,:–—-]", text[found.end():]):
        return None
    credit, place = found["place"], found["credit"]
    if places.resolve_place(place) is None or organisation(credit):
        return None
    inner = _read_rewritten(text, found.end(), f"{place} ({credit})", _read_lead, reference_date, agency_hint)
    return inner if inner is not None and inner.agency is not None and inner.places else None


def _read_rewritten(
    text: str, printed_end: int, rewritten: str, read: Callable[[str, dt.date | None, str | None], Dateline | None],
    reference_date: dt.date | None, agency_hint: str | None,
) -> Dateline | None:
    """The lead whose head text[:printed_end] is printed joined ("Baghdad-INA"), read as the grammar knows it
    (`rewritten`, "Baghdad (INA)"), its end and raw mapped back to the text as printed; None where the reading
    ends inside the rewritten head."""
    inner = read(rewritten + text[printed_end:], reference_date, agency_hint)
    if inner is None or inner.end <= len(rewritten):
        return None
    end = inner.end - (len(rewritten) - printed_end)
    return dataclasses.replace(inner, raw=text[:end].strip(), end=end)


# A house's initials, short enough to be no city's name; a place of that length the gazetteer knows ("INA",
# Japan) stands behind a city's name joined to it.
_SHORT_INITIALS_RE = re.compile(r"[A-Z]{2,4}")
_MAX_INITIALS = 4
# A place's one to three words and an agency's name joined by a hyphen, no space around it.
_PLACE_HYPHEN_CREDIT_RE = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_'’]*(?:[ \t][^\W\d_][^\W\d_'’]*){0,2})-(?P<credit>[^\W\d_][^\W_]{1,24})"
    r"(?=[ \t,:.]|$)")


_BLANK_LINE_RE = re.compile(r"\n[ \t\u00a0]*\n")


# A line broken by its wrap is a long one: a short line over the lead is a line of its own ("AP Sports
# Writer" over "ATLANTA (AP) _"), never the start of the dateline.
_MIN_WRAPPED_LINE = 40


def _parse_lead(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    text = text.replace("\u00a0", " ")
    if (joined := _place_hyphen_credit(text, reference_date, agency_hint)) is not None:
        return joined
    found = _read_lead(text, reference_date, agency_hint)
    return found if found is not None else _initials_hyphen_place(text, reference_date, agency_hint)


def _read_lead(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
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
            words := _LABEL_NUMBER_RE.sub("", label["bracketed"] or label["bare"])).strip() and (
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
        return initials_for_place(_parse(text, reference_date, agency_hint, tag_agency=None), reference_date) or (
            _bare_credit_first(
            text, reference_date, agency_hint) or _bare_credit_alone(text, reference_date, agency_hint) or (
            _opening_credit(text, reference_date, agency_hint)) or _date_first(text, reference_date, agency_hint) or (
            _lower_case_city(text, reference_date, agency_hint)))
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


# A desk's label opening the lead: in brackets, or in capitals (a number after it) closed by a dash or colon.
_DESK_LABEL_RE = re.compile(
    r"^(?:\((?P<bracketed>[^()\n]{2,120})\)[ \t]*(?:[-–—:][ \t]*)?"
    r"|(?P<bare>[A-Z]{3,12}(?:[ \t][A-Z]{3,12})?(?:[ \t]?\d{1,2})?)[ \t]*[-–—:][ \t]*)(?=[A-Z])")
# A label's number ("UPDATE 2"), dropped before its words are read.
_LABEL_NUMBER_RE = re.compile(r"\d+")
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
    return printed if _credit_words(printed.split()) or _name_in_capitals(printed.split()) else None


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
               lead_cyrillic.credit_style(raw) if dateline.form == lead_cyrillic.FORM else
               lead_scripts.credit_style(raw) if dateline.form == lead_scripts.FORM else
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
    "cjk-bracket": "(PLACE=AGENCY), [PLACE=AGENCY], 【PLACE AGENCY】: a Korean or Japanese lead's brackets",
    "cjk-dispatch": "AGENCY PLACE M月D日电: a Chinese agency's dispatch line",
    "cjk-credit": "OUTLET消息: a Chinese outlet's credit, no place",
    "cyrillic": "PLACE, [DATE.] [/AGENCY/, (AGENCY) or AGENCY.] [DASH]: a lead in Cyrillic script",
    "script": "PLACE [SEP] [DATE] [/AGENCY/, (AGENCY) or , AGENCY] [CLOSE]: a lead in Arabic, Devanagari, Bengali, "
              "Greek, Armenian or Georgian script",
}
# Forms with a mark of their own (a credit, an ISO date, a CJK lead's brackets, a head in another script): only these
# may stand under lines that are not the lead, or make a line over the story part of its head rather than a headline.
MARKED_FORMS = frozenset({"tagged", "tag-first", "tag-only", "iso", "cjk-bracket", "cjk-dispatch", "cyrillic",
                          "script"})
