"""The head grammar: where a dateline's head ends and the story begins, and what the head says.

`_parse` tries each way to part the text into a head and a story
(`_heads`, the most specific form first: iso, colons, fields, tagged,
dashed, line, spaced, stopped, bare, comma; the forms are listed in
wirecopy.transforms.leads.dateline) and keeps the first that reads as a
dateline (`_read`): the tag, a credit or a date after the dash, the places,
and how sure they must look for the form. Kept apart from the entry point
because the forms that open a lead before its head
(wirecopy.transforms.leads.lead_openings) read the rest with `_parse` too, and
the entry point calls both: one module beneath them both, no loop.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from wirecopy.transforms.knowledge import agencies, places
from wirecopy.transforms.knowledge.casing import fold
from wirecopy.transforms.leads import dates
from wirecopy.transforms.leads.credit_shapes import acronym, agency_named, credit_and_date, looks_like_agency
from wirecopy.transforms.leads.lead_head_credits import (
    _INITIALS_AFTER_PLACE_RE,
    _agency_at_end,
    _country_initials,
    _credit_after_date,
    _credit_between_dashes,
    _credit_first,
    _lower_credit,
    _not_its_region,
    _outlet_after_city,
    _state_word_in_capitals,
)
from wirecopy.transforms.leads.lead_places import (
    _MAX_QUALIFIER_WORDS,
    _PLACE_RE,
    _bracketed_region,
    _city_and_its_country,
    _city_in_its_region,
    _dated_town,
    _in_gazetteer,
    _is_capitals,
    _label,
    _not_a_name,
    _read_head,
    _spelt_as_known,
    _title_place,
    _town_of_a_region,
    _unknown_town,
)
from wirecopy.transforms.leads.lead_record import Dateline

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
# "ROMA - (ANSA) - ...": the credit after the place's dash, closed by a dash of its own.
_TAG_AFTER_DASH_RE = re.compile(rf"\((?P<tag>{_AGENCY_NAME})\){_SPACE}*(?:-{{2,3}}|—|–|-|:|\.-){_SPACE}+")
# A figure then a gap after a tag: a table's row ("NEW YORK (NYSE)  142.10  +1.2%").
_FIGURES_RE = re.compile(r"[-+]?[\d.,]*\d%?(?:[ \t]{2,}|\t)")
# A dash standing between the head and the story, for datelines without a tag;
# or a run of spaces where a wire's line layout stood for one. A spaced double
# slash or a square does a dash's work in some houses ("ABU DHABI // ...", "BERLIN dpa ■ ...").
_BARE_DASH_RE = re.compile(
    rf"{_SPACE}+(?:-{{2,3}}|-[–—]|[–—]-|—{{1,2}}|–{{1,2}}|-|_|:|\.-|//|[■▪]){_SPACE}+|{_SPACE}*—{{1,2}}{_SPACE}*(?=[A-Z\"“‘'])"
    rf"|(?:(?<=[^\W_])|(?<=\))){_SPACE}?(?:-{{2,3}}|—|–|::?|\.[-–—]){_SPACE}*(?=[A-Z\"“‘'])|{_SPACE}{{2,}}(?=[A-Z\"“‘'])"
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
# "ADEN - SABA" over the story: a credit in capitals after the dash, closing the line.
_CREDIT_AFTER_DASH_RE = re.compile(r"(?P<name>[A-Z][A-Z&-]{1,15})[ \t]*\n\s*(?=[A-Z0-9\"“‘'])")
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
_MAX_STOPS = 3
_MAX_HEAD = 90


@dataclass(frozen=True, slots=True)
class _Head:
    head: str          # the text before the tag or dash
    end: int           # where the story begins
    tag: str | None    # agency tag as printed
    form: str


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
    # "BEIJING, 2024-12-05 (Xinhua) --": the tagged form; "..., 2024-12-05, QNX -", "... [QNX] -": a credit
    # after the date, read by the forms below (the story never opens with the credit's comma or bracket).
    if iso and not _TAG_RE.match(text, iso.end()) and text[iso.end():iso.end() + 1] not in (",", "[", "/", "|"):
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


def _prose(head: str) -> bool:
    """Two words of prose and no figure: a headline's line ("Talks resume on a new trade deal"), never a head.

    A line of its own is a head only when a date closes it or its places are
    known; a place's name holds no lowercase words but its particles ("upon",
    "del", "aan den"), a date's lowercase words are months and weekdays
    ("juin", "lundi"), and a credit in lowercase is one word ("dpa"). Asking
    this first spares the reading of every plain-text story's headline as a
    head (text_format asks whether a headline is the dateline's own paragraph).
    """
    if any(c.isdigit() for c in head):
        return False
    words = [w for w in _PROSE_WORD_RE.findall(head) if w not in _PARTICLES and w not in dates.MONTHS
             and w not in dates.WEEKDAY_WORDS]
    return len(words) >= 2


# A word in lowercase letters of three or more, set apart: "meet", "over" (not "d'Azur", "al-Quds", "dpa/tca").
_PROSE_WORD_RE = re.compile(r"(?<![\w'’/.-])[a-zà-ÿ]{3,}(?![\w'’/.-])")
# Lowercase words in places' names: "Stratford upon Avon", "Alphen aan den Rijn", "San Sebastián de los Reyes",
# "Halle an der Saale", "Trinidad and Tobago", "Castiglione del Lago", "Villeneuve lès Avignon".
_PARTICLES = frozenset(
    "and upon under the los las del dei della delle degli dos das der den dem aan sur sous les lès aux von van "
    "ter ten het bei und ob".split())


def _set_apart(separator: str) -> bool:
    """A dash with a space beside it, or a run of dashes ("MAY 4 ---The"): a separator; "April 29-May 2" is a
    date's range, and a pipe or slashes after a date alone part a listing's date from its title
    ("19.02.2018 | Railway link opened")."""
    dashes = separator.strip()
    return bool(dashes) and set(dashes) <= _DASHES and (separator != dashes or len(dashes) >= 2)


_DASHES = frozenset("-–—")


def _colon_head(text: str) -> _Head | None:
    """PLACE:CREDIT:DATE, in any order after the place: fields parted by colons, one of them a date.

    Every field after the place must be the date or a credit that looks
    like an agency's; the head is read as "PLACE, DATE" with the credit as its tag.
    """
    found = _COLON_HEAD_RE.match(text)
    if found is None:
        return None
    place, *fields = (f.strip() for f in re.split(_COLON_MARK, found["head"]))
    if _label(place):
        return None  # "Date: 03.06.2024", "Updated: June 3": a page's label over the story, no place
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
# "Berlin A former member ...", "Wien Der Nationalrat ...", "Skopje At its session ...": a place in title case
# run into the story, whose first word is an article or a preposition opening a sentence (no place's name goes
# on with one; "On" and "Upon" do: "Southend On Sea"); the place must be a city the gazetteer knows.
_CITY_THEN_ARTICLE_RE = re.compile(
    r"^(?P<head>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,2})[ \t]+"
    r"(?=(?:The|A|An|Der|Die|Das|Ein|Eine|El|La|Los|Las|Le|Les|Il|Lo|Un|Una|Une|O|Os|As|De|Het|Een"
    r"|At|In|After|Before|During|Following|According|Amid|Despite|While|When|Since|Earlier|Later)[ \t])")
# "Kathmandu, November 21 Party leaders say ...": a day and its month after the place's comma, then the story;
# or a semicolon between ("Kathmandu, 1 June; The authority ...").
_DAY_THEN_STORY_RE = re.compile(
    rf"^[^\n,;]{{2,40}},{_SPACE}+(?:[A-Z][a-z]{{2,8}}\.?{_SPACE}+[0-3]?\d|[0-3]?\d{_SPACE}+[A-Z][a-z]{{2,8}})"
    rf"(?P<gap>{_SPACE}+|;{_SPACE}+)(?=[A-Z][a-z])")


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


def _read(
    text: str, found: _Head, reference_date: dt.date | None, agency_hint: str | None,
    tag_agency: agencies.Agency | None, tag_name: str | None = None,
) -> Dateline | None:
    head = found.head.strip()
    if not head or "\n" in head or (found.form == "line" and _prose(head)):
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
        if read_head is None and (only_date := dates.match_date(head)) is not None and (
                agency_name is not None or (found.form == "dashed" and not only_date.partial
                                            and only_date.weekday is None
                                            and text[end:end + 4].lstrip()[:1].isupper()
                                            and _set_apart(text[len(found.head):end])
                                            and _sentence_after(text, end)
                                            and _parse(text[end:], None, None, tag_agency=None) is None)):
            # "September 1 (BTA) -": a date and a credit, no place; "MAY 4 --- The ...": a date alone before
            # the dash and a sentence after it, the house printing no place ("July 10, 2023 -- NAIROBI -" is
            # the date over a head; "Monday, July 5 - The council met" a diary's entry).
            read_head = (), None, only_date
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


# Where a numeric date prints the month first ("07/05/24" is July 5).
_MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW"})


# "London - Asharq Al-Awsat" then a blank line and the story: an outlet's name in title case closing the
# head's line (in capitals, "ADEN - SABA", _CREDIT_AFTER_DASH_RE reads it).
_OUTLET_OVER_STORY_RE = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t][A-Z][\w&'’.-]*){0,2})[ \t]*\n(?:[ \t]*\n)+(?=[A-Z0-9\"“‘'])")


# A name of one to three words between the head's dash and one of its own ("- Lana -"), or a full stop
# ("MOSCOW, 5 Jan - RIA Novosti. The ...").
_BARE_AFTER_DASH_RE = re.compile(
    r"(?P<name>[A-Z][\w&'’.]*(?:-[\w&'’.]+)*(?:[ \t][A-Z][\w&'’.-]*){0,2})(?:[ \t]+(?:-{1,3}|—|–)|(?<!\.)\.)"
    r"[ \t]+(?=[A-Z0-9\"“‘'])")


# Initials closed by a hyphen glued to the story's first word, after a dated head's dash: "... 2021- AHP-Le ...".
_GLUED_CREDIT_AFTER_DASH_RE = re.compile(r"(?P<name>[A-Z]{2,8})-(?=[A-Z][a-z])")


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
    if (place is None or place.basis == "qualifier-only") and (stem := _CITY_WORD_RE.sub("", first)) != first and (
            stemmed := places.resolve_place(stem, qualifier, home_country=home)) is not None and (
            stemmed.basis != "qualifier-only"):
        # "TARINKOT CITY (BNA)", "Zaranj City": the town's name and the word "City" a house adds, where the
        # gazetteer knows the town by its name alone ("Kansas City", "Quezon City" it knows whole).
        place = stemmed
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


_CITY_WORD_RE = re.compile(r"[ \t]+(?i:city)$")


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


def _sentence_after(text: str, end: int) -> bool:
    """A sentence in mixed case after the dash, two words in lower case among its first ("SOCCER - JAPAN GET
    LUCKY WIN" is a headline in capitals); a line wrapped mid-sentence goes on in lower case below."""
    window = text[end:end + 60]
    stop = _LINE_NOT_GOING_ON_RE.search(window)
    return len(_LOWER_WORD_RE.findall(window, 0, stop.start() if stop else len(window))) >= 2


# A line's end where the sentence does not go on below in lower case.
_LINE_NOT_GOING_ON_RE = re.compile(r"\n(?![ \t]*[a-z])")


def _home_country(agency_name: str | None) -> str | None:
    agency = agencies.lookup(agency_name) if agency_name else None
    return agency.country if agency else None
