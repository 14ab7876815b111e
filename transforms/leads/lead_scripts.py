"""The leads of copy in Arabic, Devanagari, Bengali, Greek, Armenian and Georgian script: where a story was filed,
when, and by whom, as those wires print it.

Rule set `lead_scripts.v1`. Arabic, Persian and Urdu, Hindi, Marathi and
Nepali, Bengali, Greek, Armenian and Georgian copy opens with a head the
Latin grammar (wirecopy.transforms.leads.dateline) cannot read, and most of
these scripts have no capitals to tell a place from a sentence's first word.
One general grammar for all six alphabets, no list per agency:

    PLACE [SEP] [DATE] [CREDIT] [CLOSE] Story

    PLACE   one to three words of one alphabet, parted by a space or a hyphen     القاهرة, नई दिल्ली, ΑΘΗΝΑ, დეირ ეზ-ზორი
            (wirecopy.transforms.knowledge.places.resolve_script_place)
    SEP     "," "،" ":" a dash, or Arabic "في" ("in"); none before a date      القاهرة في 5 يونيو, عمان 4 شباط
            or a credit in marks
    DATE    a day in ASCII or the script's own digits (٥ ۵ ५ ৫), a month's     ١٥ سبتمبر, ১৯ জুলাই, ২০১৯, 28 ՓԵՏՐՎԱՐԻ
            name (wirecopy.transforms.leads.dates.SCRIPT_MONTHS; Arabic's
            two namings, "كانون الأول" of two words), a year and its era
            mark (م, թ., წ.) optional, a comma before the year allowed
    CREDIT  /NAME/, (NAME), «NAME», or after a comma or a dash a name the      /أ ش أ/, (بترا), (ΑΠΕ-ΜΠΕ), -سانا
            agency table knows (agencies.SCRIPT_NAMES, or a Latin tag)
    CLOSE   "." ":" "։" "।" "۔" and/or a dash, then spaces or a line's end

    The forms this reads, as printed in the copy cited in tests/test_lead_scripts.py:
        القاهرة في 15 سبتمبر /أ ش أ/ Story          MENA (and "-" after the credit)
        عمان 4 كانون الأول (بترا) - Story           Petra: no separator, the Levantine month
        أنقرة في 10 يناير /قنا/ Story               QNA; BNA "/ بنا /", WAM "21 أكتوبر/ وام /"
        دمشق-سانا Story                             SANA: a place and a credit, no date
        বামাকো, ১৯ জুলাই, ২০১৯ (বাসস) : Story        BSS: Bengali digits, a year, a spaced colon
        ԵՐԵՎԱՆ, 28 ՓԵՏՐՎԱՐԻ, ԱՐՄԵՆՊՐԵՍ: Story         ARMENPRESS, in Armenian or Latin letters

How sure a head must look: an Arabic sentence opens with a place's name as
often as a Russian one ("القاهرة تستضيف القمة", Cairo hosts the summit), and
has no capitals to set a head apart. So the place must be one the gazetteer
knows, with a credit the agency table knows, or with a date closed by a
stop, a colon or a dash; a credit in marks the table does not know counts
only beside a known place and a date. A place the gazetteer does not know
counts only with both a date and a known credit, and is then kept in `raw`
with the city left empty (a wrong city is worse than none, as lead_cyrillic
keeps it). A date followed by a comma and no credit is a table's row
("القاهرة، 5 يونيو، 30 درجة"), and the story must open with a letter, a
figure, a quote or a bracket: a head never takes the story's first words.

Right-to-left text arrives in logical order; the marks that set direction
(LRM, RLM, ALM) and the tatweel that stretches a word are passed over in the
head and kept in `raw` as printed.

Not read (left to a later rule set): Hijri and Solar Hijri dates (SPA's "10
رمضان 1441 هـ الموافق 3 مايو 2020 م", Persian فروردین), Nepal's Bikram Sambat
months, numeric dates (KUNA's "الكويت - 5 - 6 (كونا) --"), a date in words
("पांच जून"), IRNA's "طهران/ 5 حزيران /ايرنا-", a month before the day.

Pure: the gazetteer and the agency table are read, nothing else.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import NamedTuple

from wirecopy.transforms.knowledge import agencies, places, scripts
from wirecopy.transforms.leads import dates
from wirecopy.transforms.leads.lead_record import Dateline, lead_date

RULESET = "lead_scripts.v1"
FORM = "script"

# The longest text read for a lead: every form closes well within it.
_MAX_LEAD = 200
# What a head passes over: LRM, RLM, ALM, the tatweel, a byte-order mark.
_PASSED_OVER = frozenset("\u200e\u200f\u061c\u0640\ufeff")
_SPACES = " \t"
_DASHES = ("--", "-", "–", "—")
# Stops that close a head: a full stop, a colon, Armenian's full stop, the danda, Urdu's full stop.
_STOPS = ".:։।۔"
# What may part a place from its date or credit.
_SEPARATORS = (",", "،", ":", "--", "-", "–", "—")
# Arabic "in": "القاهرة في 5 يونيو".
_IN = "في"
# Eras a year may carry: Arabic "م" (CE), Armenian "թ." and Georgian "წ." (year).
_ERAS = frozenset({"م", "թ", "წ"})
# Labels in brackets that are no credit: photo, video, update in these languages.
_LABELS = frozenset(scripts.fold(w) for w in (
    "صور", "صورة", "فيديو", "تحديث", "محدث", "عاجل", "تصوير", "ΦΩΤΟ", "ΒΙΝΤΕΟ", "फोटो", "वीडियो", "ছবি", "ভিডিও",
    "ԼՈՒՍԱՆԿԱՐ", "ՏԵՍԱՆՅՈՒԹ", "ფოტო", "ვიდეო"))
# What the story may open with besides a letter and a figure.
_STORY_OPENERS = "«\"„“”'‘(["
# Characters a credit's name may hold inside its words ("ΑΠΕ-ΜΠΕ", "AKI.press", "AT&T").
_NAME_INNER = "-.&'"


class _Place(NamedTuple):
    printed: str
    end: int


class _Credit(NamedTuple):
    name: str
    end: int
    marked: bool


def opens_with_script(text: str) -> bool:
    """Whether the first letter of `text`, after spaces and direction marks, is of one of these alphabets: the
    cheap test before the grammar runs (Latin copy is answered on its first letter)."""
    for char in text[:16]:
        if char in " \t\u00a0" or char in _PASSED_OVER:
            continue
        return char.isalpha() and scripts.alphabet(char) is not None
    return False


def parse_script_lead(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """The dateline a lead in one of these alphabets opens with, or None when `text` opens with none of its forms.

    reference_date dates a lead that prints no date and gives a year-less
    date its year (wirecopy.transforms.leads.dates); agency_hint's home
    country breaks ties between same-named places where the lead credits no
    agency of the table. Never raises on any text.
    """
    if not opens_with_script(text):
        return None
    head, origin = _passed_over(text[:_MAX_LEAD])
    for place in _places(head):
        found = _read_after_place(text, head, origin, place, reference_date, agency_hint)
        if found is not None:
            return found
    return None


def _passed_over(text: str) -> tuple[str, list[int]]:
    """The head without direction marks and tatweels, no-break spaces as spaces, and where each of its
    characters stands in `text` (one more entry: the end)."""
    kept: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if char in _PASSED_OVER:
            continue
        kept.append(" " if char == "\u00a0" else char)
        origin.append(i)
    origin.append(len(text))
    return "".join(kept), origin


def _is_letter(char: str) -> bool:
    return char.isalpha() or unicodedata.category(char)[0] == "M"


def _word_end(text: str, at: int, script: str | None) -> int:
    """Where a run of letters (and their marks) of `script` starting at `at` ends; `at` itself where none."""
    end = at
    while end < len(text) and _is_letter(text[end]) and (script is None or scripts.alphabet(text[end]) == script):
        end += 1
    return end


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in _SPACES:
        at += 1
    return at


def _places(text: str) -> list[_Place]:
    """The place's candidates at the start, longest first: one to three words of the first letter's alphabet,
    parted by spaces or a hyphen; Arabic "في" ("in") is a separator, never a place's word."""
    start = _skip(text, 0)
    script = scripts.alphabet(text[start]) if start < len(text) else None
    if script is None:
        return []
    ends: list[int] = []
    at = start
    while len(ends) < 3:
        end = _word_end(text, at, script)
        if end == at or text[at:end] == _IN:
            break
        ends.append(end)
        nxt = _skip(text, end) if end < len(text) and text[end] in _SPACES else (
            end + 1 if text[end:end + 1] in ("-", "\u058a") else end)
        if nxt == end:
            break
        at = nxt
    return [_Place(text[start:end], end) for end in reversed(ends)]


def _read_after_place(text: str, head: str, origin: list[int], place: _Place, reference_date: dt.date | None,
                      hint: str | None) -> Dateline | None:
    at, separated = _separator(head, place.end)
    phrase, at = _date(head, at)
    comma = False
    if phrase is not None:
        after = _skip(head, at)
        if head[after:after + 1] in (",", "،"):
            at, comma, separated = after + 1, True, True
    for credit in _credits(head, at, bare=separated):
        found = _close(text, head, origin, place, phrase, comma, credit, at, reference_date, hint)
        if found is not None:
            return found
    return None


def _separator(text: str, at: int) -> tuple[int, bool]:
    """Past a separator after the place, and whether one was printed (a comma, colon, dash or "في")."""
    skipped = _skip(text, at)
    for sep in _SEPARATORS:
        if text.startswith(sep, skipped):
            return skipped + len(sep), True
    if text.startswith(_IN, skipped) and skipped > at and text[skipped + len(_IN):skipped + len(_IN) + 1] in (
            " ", "\t"):
        return skipped + len(_IN), True
    return at, False


def _number(digits: str) -> int:
    return int("".join(str(unicodedata.digit(c)) for c in digits))


def _digits_end(text: str, at: int) -> int:
    end = at
    while end < len(text) and text[end].isdecimal():
        end += 1
    return end


def _date(text: str, at: int) -> tuple[dates.DatePhrase | None, int]:
    """A day, a month's name of one or two words, a year and its era optional; (None, at) where none."""
    start = _skip(text, at)
    day_end = _digits_end(text, start)
    if not 1 <= day_end - start <= 2:
        return None, at
    word = _skip(text, day_end)
    if word == day_end:
        return None, at
    first = _word_end(text, word, None)
    month, end = None, first
    second = _skip(text, first)
    if second > first and (two := _word_end(text, second, None)) > second:
        month, end = dates.script_month(text[word:two]), two
    if month is None:
        month, end = dates.script_month(text[word:first]), first
    if month is None:
        return None, at
    year = None
    lookahead = _skip(text, end)
    if text[lookahead:lookahead + 1] in (",", "،"):
        lookahead = _skip(text, lookahead + 1)
    year_end = _digits_end(text, lookahead)
    if year_end - lookahead == 4 and _number(text[lookahead:year_end]) // 100 in (19, 20) and not (
            year_end < len(text) and _is_letter(text[year_end])):
        year, end = _number(text[lookahead:year_end]), year_end
        era = _skip(text, end)
        era_end = _word_end(text, era, None)
        if text[era:era_end] in _ERAS:
            end = era_end + (1 if text[era_end:era_end + 1] == "." else 0)
    day = _number(text[start:day_end])
    if not 1 <= day <= 31:
        return None, at
    return dates.DatePhrase(text[start:end], month, day, year), end


def _credits(text: str, at: int, *, bare: bool) -> list[_Credit | None]:
    """The credits that may stand at `at`, as printed and where each ends, then no credit (None)."""
    found: list[_Credit | None] = []
    start = _skip(text, at)
    closing = {"/": "/", "(": ")", "«": "»"}.get(text[start:start + 1])
    if closing is not None:
        inner_end = text.find(closing, start + 1, start + 42)
        if inner_end > start and "\n" not in text[start:inner_end]:
            name = text[start + 1:inner_end].strip(" \t")
            if _credit_name(name, marked=True):
                found.append(_Credit(name, inner_end + 1, True))
    dashed = start
    for dash in _DASHES:
        if text.startswith(dash, start):
            dashed = _skip(text, start + len(dash))
            break
    if bare or dashed > start:
        for end in _bare_name_ends(text, dashed):
            if agencies.lookup(text[dashed:end]) is not None and not agencies.left_to_the_grammar(text[dashed:end]):
                found.append(_Credit(text[dashed:end], end, False))
                break
    return [*found, None]


def _bare_name_ends(text: str, at: int) -> list[int]:
    """Where one, two or three words of a bare credit's name starting at `at` end, longest first."""
    ends: list[int] = []
    end = at
    while len(ends) < 3:
        word = end
        while end < len(text) and (_is_letter(text[end]) or (
                text[end] in _NAME_INNER and end > word and end + 1 < len(text) and _is_letter(text[end + 1]))):
            end += 1
        if end == word:
            break
        ends.append(end)
        if text[end:end + 1] != " ":
            break
        end += 1
    return ends[::-1]


def _credit_name(name: str, *, marked: bool) -> bool:
    """Whether a name in a credit's marks is an agency's: the table's, or one to four words of letters that
    name no place and no label (an unknown credit, which counts beside a known place and a date only)."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or len(name) > 40 or scripts.fold(name) in _LABELS:
        return False
    if agencies.lookup(name) is not None:
        return True
    words = name.split()
    if not marked or not 1 <= len(words) <= 4 or not all(_is_letter(w[0]) for w in words):
        return False
    if any(not (_is_letter(c) or c in _NAME_INNER) for w in words for c in w):
        return False
    return places.resolve_script_place(name) is None


def _close(text: str, head: str, origin: list[int], place: _Place, phrase: dates.DatePhrase | None, comma: bool,
           credit: _Credit | None, at: int, reference_date: dt.date | None, hint: str | None) -> Dateline | None:
    """The dateline closed after its credit (or after the date), where the evidence suffices."""
    after = credit.end if credit is not None else at
    end, stopped = _close_end(head, after)
    if credit is None and (phrase is None or comma or not stopped):
        return None  # a place alone, or a date closed by nothing: "القاهرة، 5 يونيو، 30 درجة"
    if not _story_opens(head, end, credited=credit is not None):
        return None
    known = credit is not None and agencies.lookup(credit.name) is not None
    home = _home(credit, hint)
    resolved = places.resolve_script_place(place.printed, home_country=home)
    if resolved is None and not (phrase is not None and known):
        return None  # an unknown place counts with a date and a known credit only
    if credit is not None and not known and phrase is None:
        return None  # a credit the table does not know counts beside a date only
    return _dateline(text, origin[end], place.printed, resolved, credit, phrase, reference_date)


def _close_end(text: str, at: int) -> tuple[int, bool]:
    """Past what closes a head (a stop and/or a dash, then spaces), and whether a stop or a dash was there."""
    end = _skip(text, at)
    stopped = False
    if text[end:end + 1] and text[end] in _STOPS:
        end, stopped = _skip(text, end + 1), True
    for dash in _DASHES:
        if text.startswith(dash, end):
            end, stopped = _skip(text, end + len(dash)), True
            break
    return end, stopped


def _story_opens(text: str, end: int, *, credited: bool) -> bool:
    nxt = text[end:end + 1]
    if not nxt or nxt in "\r\n":
        return credited and end > 0
    if end > 0 and text[end - 1] not in _SPACES + "\n" + _STOPS + "-–—/)»":
        return False  # the head ran into a word: "دمشق-سانا" is read, "دمشق-ساناX" is not
    return nxt.isalpha() or nxt.isdecimal() or nxt in _STORY_OPENERS


def _agency(credit: _Credit | None) -> str | None:
    if credit is None:
        return None
    return agencies.canonical(credit.name) or credit.name


def _home(credit: _Credit | None, hint: str | None) -> str | None:
    """The country whose namesakes a lead's place prefers: its credit's agency's, else the hinted agency's."""
    return agencies.home_country(_agency(credit), hint)


def _dateline(text: str, end: int, printed: str, place: places.Place | None, credit: _Credit | None,
              phrase: dates.DatePhrase | None, reference_date: dt.date | None) -> Dateline:
    date, source = lead_date(phrase, reference_date)
    raw = text[:end].strip().strip("".join(_PASSED_OVER) + " \t\n")  # direction marks at its edges too
    return Dateline(
        raw=raw, end=end, places=(printed,) if place is not None else (), qualifier=None,
        place=place, date_raw=phrase.raw if phrase else None, date=date, agency=_agency(credit), form=FORM,
        date_source=source, phrase=phrase)


def credit_style(raw: str) -> str:
    """How a lead in these alphabets prints its credit, for `wirecopy inspect`: between slashes, in brackets, ..."""
    stripped = raw.rstrip(" .:։।۔-–—\u200e\u200f")
    return ("between slashes" if stripped.endswith("/") else "in brackets" if stripped.endswith(")")
            else "in guillemets" if stripped.endswith("»") else "printed bare")
