"""The leads of copy in Cyrillic script: where a story was filed, when, and by whom, as those wires print it.

Rule set `lead_cyrillic.v1`. Russian, Ukrainian, Belarusian, Bulgarian,
Serbian, Macedonian, Kazakh, Kyrgyz, Uzbek and Mongolian copy opens with a
head the Latin grammar (wirecopy.transforms.leads.dateline) cannot read, its
letters being Cyrillic. One general grammar, no list per agency:

    PLACE SEP [DATE] [CREDIT] [DASH] Story

    PLACE   one to three words in capitals or title case, hyphens inside   МОСКВА, Нижний Новгород, АЛМА-АТА
    SEP     "," or "." (none before a credit in brackets or slashes)
    DATE    day and month name, a year and its word optional                5 июня, 12. марта, 3 април 2024 года
            (month names: wirecopy.transforms.leads.dates), then "." or nothing
    CREDIT  /NAME/, (NAME), «NAME», or a bare name in capitals or one the   /ТАСС/. (БЕЛТА) УНН. INTERFAX.RU
            agency table knows, then "." and/or a dash; or a dash, then
            the bare name and "."                                          — РИА Новости.  — Sputnik.

    The forms this reads, as printed in the copy cited in tests/test_lead_cyrillic.py:
        МОСКВА, 5 июня. /ТАСС/. Story                TASS
        МОСКВА, 9 мая — РИА Новости. Story           RIA Novosti, Sputnik ("БИШКЕК, 6 дек — Sputnik.")
        Москва. 14 марта. ИНТЕРФАКС — Story          Interfax ("INTERFAX.RU -"), Interfax-Ukraine
        КИЇВ. 24 квітня. УНН. Story                  UNN, in Ukrainian and Russian
        МИНСК, 12 марта (БЕЛТА) – Story              BelTA, BTA, Tanjug, MIA
        Душанбе. 5 мая. «Азия-Плюс» - Story          Asia-Plus
        АСТАНА. КАЗИНФОРМ – Story                    Kazinform: a place and a credit, no date
        МИНСК (БЕЛТА) – Story, Улаанбаатар /МОНЦАМЭ/. Story
        Москва, 23 февраля. Story                    a place and a date, no credit
        МОСКВА. Story                                a digest's item: a known city in capitals alone

How sure a head must look: a Cyrillic sentence opens with a capitalised
word too ("Москва заявила, что ...", "Президент подписал указ."). So the
place must be one the gazetteer knows (wirecopy.transforms.knowledge.places.
resolve_cyrillic_place) with a date or a credit beside it, or in capitals
closed by a full stop; a place it does not know counts only with both a
date and a credit, and is then kept in `raw` with the city left empty (a
wrong city is worse than none, as lead_cjk keeps it). A date must close
with a full stop, a dash or a credit ("Москва, 5 июня, 20 градусов" is a
table's row), and the story must open with a capital, a figure or a quote.
A label in brackets ("(ФОТО)") is no credit, nor a capitals word that names
a known city ("МОСКВА. ЛОНДОН."). The agency is the table's canonical name
(wirecopy.transforms.knowledge.agencies.CYRILLIC_NAMES; a site's address, "INTERFAX.RU",
by its domain), else the name as printed.

Not read (left to a later rule set): Kazakh and Mongolian month names and
Mongolian's "3 сарын 12" (dates reads no such month: such a date is kept
unknown where a credit follows), Kyrgyz "29-дек.", a weekday before the date.

Pure: the gazetteer and the agency table are read, nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from wirecopy.transforms.knowledge import agencies, places
from wirecopy.transforms.leads import dates
from wirecopy.transforms.leads.lead_record import Dateline, lead_date

RULESET = "lead_cyrillic.v1"
FORM = "cyrillic"

# Cyrillic and its supplement (Kazakh Қ, Ұ, Uzbek Ў, Serbian Ј ...).
_L = "\u0400-\u052f"
# The longest text read for a lead: every form closes well within it.
_MAX_LEAD = 200
_DASH = r"(?:--|[-–—])"
_APOSTROPHES = "'\u2019\u02bc"
# One to three words of Cyrillic letters, parted by spaces or hyphens: the place's candidate, checked word by word.
_PLACE_RE = re.compile(
    rf"[ \t]*(?P<place>[{_L}][{_L}{_APOSTROPHES}]*(?:(?:[ \t]|-)[{_L}][{_L}{_APOSTROPHES}]*){{0,2}})")
# A day and a month's word, a year and its word optional ("5 июня", "12. марта", "3 април 2024 года"), or a
# numeric date ("12.03.2024").
_DATE_RE = re.compile(
    rf"[ \t]*(?P<date>(?P<core>[0-3]?\d\.?[ \t]+(?P<month>[{_L}]{{3,12}})(?:[ \t]+(?:19|20)\d\d)?"
    rf"|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)(?:[ \t]+(?:года|год\.|год|г\.|г|року|р\.|године|година|жыл|йил))?)"
    rf"(?![{_L}\w])")
# A credit between slashes, in brackets or in guillemets.
_MARKED_CREDIT_RE = re.compile(
    r"[ \t]*(?:/[ \t]*(?P<slashed>[^/\n]{1,40}?)[ \t]*/|\([ \t]*(?P<bracketed>[^()\n]{1,40}?)[ \t]*\)"
    r"|«(?P<quoted>[^«»\n]{1,40})»)")
# A bare credit: one or two words ("УНН", "РИА Новости", "INTERFAX.RU", "ИНТЕРФАКС-УКРАИНА"), a stop or a dash after.
_BARE_CREDIT_RE = re.compile(
    rf"[ \t]*(?P<bare>[\w{_L}](?:[\w{_L}&.-]*[\w{_L}])?(?:[ \t][\w{_L}][\w{_L}&-]*)?)(?=[ \t]*(?:\.|{_DASH}))")
# A dash, then a bare credit and its stop: "— РИА Новости.", "— Sputnik.".
_DASHED_CREDIT_RE = re.compile(
    rf"[ \t]*{_DASH}[ \t]*(?P<bare>[\w{_L}](?:[\w{_L}&.-]*[\w{_L}])?(?:[ \t][\w{_L}][\w{_L}&-]*)?)[ \t]*\.")
# What closes a head: a stop and/or a dash, then spaces.
_CLOSE_RE = re.compile(rf"[ \t]*\.?[ \t]*(?:{_DASH}[ \t]*)?")
# A label in brackets is no agency's credit.
_LABELS = frozenset("фото видео аудио обновлено дополнено молния инфографика карта опрос".split())
# A site's address as a credit ("INTERFAX.RU"): the agency whose domain it is.
_DOMAIN_RE = re.compile(r"[A-Za-z][\w-]*\.(?:ru|ua|by|kz|kg|uz|bg|rs|mk|mn|tj|am|az|com|net|org)", re.I)
# What the story may open with: a capital (any script), a figure, a quote or a bracket.
_STORY_OPENERS = "«\"„“'(["


class _Head(NamedTuple):
    printed: str
    end: int
    capitals: bool


def opens_with_cyrillic(text: str) -> bool:
    """Whether the first letter of `text`, after spaces, is Cyrillic: the cheap test before the grammar runs."""
    first = text.lstrip(" \t\u00a0")[:1]
    return bool(first) and "\u0400" <= first <= "\u052f"


def parse_cyrillic_lead(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """The dateline a lead in Cyrillic script opens with, or None when `text` opens with none of its forms.

    reference_date dates a lead that prints no date and gives a year-less
    date its year (wirecopy.transforms.leads.dates, as the Latin grammar
    resolves one); agency_hint's home country breaks ties between same-named
    places where the lead credits no agency of the table. Never raises on
    any text.
    """
    head = text[:_MAX_LEAD].replace("\u00a0", " ")
    if not opens_with_cyrillic(head):
        return None
    for place in _places(head):
        found = _read_after_place(head, place, reference_date, agency_hint)
        if found is not None:
            return found
    return None


def _places(text: str) -> list[_Head]:
    """The place's candidates at the start, longest first: words all in capitals or all in title case."""
    m = _PLACE_RE.match(text)
    if m is None:
        return []
    start = m.start("place")
    parts = re.split(r"([ \t]+|-)", m["place"])
    words, seps = parts[0::2], parts[1::2]
    found: list[_Head] = []
    for n in range(1, len(words) + 1):
        taken = words[:n]
        capitals = all(_is_capitals(w) for w in taken)
        if not capitals and not all(_is_title(w) for w in taken):
            break
        printed = "".join(w + s for w, s in zip(taken, [*seps[: n - 1], ""]))
        found.append(_Head(printed, start + len(printed), capitals))
    return found[::-1]


def _is_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_title(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and letters[0].isupper() and all(c.islower() for c in letters[1:])


def _read_after_place(text: str, place: _Head, reference_date: dt.date | None, hint: str | None) -> Dateline | None:
    at = place.end
    sep = re.match(r"[ \t]*([,.])", text[at:])
    if sep is not None:
        at += sep.end()
    elif not re.match(r"[ \t]+[/(«]", text[at:]):
        return None  # "Москва заявила": no separator after the place
    phrase, at = _date(text, at)
    stopped = comma = False
    if phrase is not None and (after := re.match(r"[ \t]*([.,])", text[at:])) is not None:
        at += after.end()
        stopped, comma = after.group(1) == ".", after.group(1) == ","
    for credit, after in _credits(text, at):
        found = _close(text, place, sep, phrase, stopped, comma, credit, after, reference_date, hint)
        if found is not None:
            return found
    return None


def _close(text: str, place: _Head, sep: re.Match | None, phrase: dates.DatePhrase | None, stopped: bool,
           comma: bool, credit: str | None, at: int, reference_date: dt.date | None, hint: str | None
           ) -> Dateline | None:
    """The dateline closed after its credit (or after the date, the place), where the evidence suffices."""
    if credit is None and (comma or (phrase is not None and phrase.month == 0)):
        return None  # a comma after the date, or a day and a word no month names ("5 человек"), with no credit
    closed = _CLOSE_RE.match(text, at)
    end = closed.end() if closed else at
    dashed = re.search(_DASH, text[at:end]) is not None
    if credit is None and phrase is not None and not (stopped or dashed):
        return None  # "Москва, 5 июня 20 градусов": a date closes with a stop, a dash or a credit
    if credit is None and phrase is None and not (place.capitals and (dashed or (sep and sep.group(1) == "."))):
        return None  # a place alone: a known city in capitals and a stop ("МОСКВА. Министр ...")
    if not _story_opens(text, end, credited=credit is not None):
        return None
    home = _home(credit, hint)
    resolved = places.resolve_cyrillic_place(place.printed, home_country=home)
    dated = phrase is not None and phrase.month != 0
    if resolved is None and not (dated and credit is not None):
        return None  # an unknown place counts with a date and a credit only
    return _dateline(text, end, place.printed, resolved, credit, phrase, reference_date)


def _date(text: str, at: int) -> tuple[dates.DatePhrase | None, int]:
    m = _DATE_RE.match(text, at)
    if m is None:
        return None, at
    core = m["core"].rstrip(".")
    phrase = dates.match_date(core)
    if phrase is None:
        if m["month"] is None:
            return None, at
        # A day and a word dates cannot read (Kazakh "12 наурыз"): the date is unknown, kept where a credit follows.
        phrase = dates.DatePhrase(core, 0, 0, None)
    return phrase, m.end()


def _credits(text: str, at: int) -> list[tuple[str | None, int]]:
    """The agency credited after the head (as printed) and where its mark ends, then no credit: (None, at)."""
    found: list[tuple[str | None, int]] = []
    if (m := _MARKED_CREDIT_RE.match(text, at)) is not None:
        name = (m["slashed"] or m["bracketed"] or m["quoted"]).strip()
        if _credit_name(name, marked=True):
            found.append((name, m.end()))
    for pattern in (_DASHED_CREDIT_RE, _BARE_CREDIT_RE):
        if (m := pattern.match(text, at)) is not None and _credit_name(m["bare"], marked=False):
            found.append((m["bare"], m.end()))
    return [*found, (None, at)]


def _credit_name(name: str, *, marked: bool) -> bool:
    """Whether a name in a credit's place is an agency's: the table's, a site's address, or a name in capitals
    (in brackets: any name opening with a capital) that is no known city's and no label."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or name.casefold().strip(" .") in _LABELS:
        return False
    if agencies.lookup(name) is not None or _DOMAIN_RE.fullmatch(name):
        return True
    if places.resolve_cyrillic_place(name) is not None:
        return False  # "МОСКВА. ЛОНДОН.": a second place, no credit
    if marked:  # "(Азия-Плюс)", "«Азия-Плюс»": every word a name's; "«Мы начнём завтра»" is a quote
        return len(name.split()) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in name.split())
    return all(c.isupper() for c in letters) and len(name.split()) <= 2


def _story_opens(text: str, end: int, *, credited: bool) -> bool:
    nxt = text[end:end + 1]
    if not nxt or nxt in "\r\n":
        return credited and end > 0
    return nxt.isupper() or nxt.isdigit() or nxt in _STORY_OPENERS


def _agency(credit: str | None) -> str | None:
    if credit is None:
        return None
    if (known := agencies.canonical(credit)) is not None:
        return known
    if _DOMAIN_RE.fullmatch(credit) and (owner := agencies.by_email(f"@{credit}")) is not None:
        return owner.name
    return credit


def _home(credit: str | None, hint: str | None) -> str | None:
    """The country whose namesakes a lead's place prefers: its credit's agency's, else the hinted agency's."""
    return agencies.home_country(_agency(credit), hint)


def _dateline(text: str, end: int, printed: str, place: places.Place | None, credit: str | None,
              phrase: dates.DatePhrase | None, reference_date: dt.date | None) -> Dateline:
    date, source = lead_date(phrase, reference_date)
    return Dateline(
        raw=text[:end].strip(), end=end, places=(printed,) if place is not None else (), qualifier=None,
        place=place, date_raw=phrase.raw if phrase else None, date=date, agency=_agency(credit), form=FORM,
        date_source=source, phrase=phrase)


def credit_style(raw: str) -> str:
    """How a Cyrillic lead prints its credit, for `wirecopy inspect`: between slashes, in brackets, ..."""
    stripped = raw.rstrip(" .-–—")
    return ("between slashes" if stripped.endswith("/") else "in brackets" if stripped.endswith(")")
            else "in guillemets" if stripped.endswith("»") else "printed bare")
