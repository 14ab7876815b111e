"""The leads of Korean, Chinese and Japanese copy: where a story was filed, and by whom, as those wires print it.

Rule set `lead_cjk.v1`. These leads have none of what the Latin grammar
(wirecopy.transforms.leads.dateline) reads, no capitals, commas or dashes: the
place, the agency and the reporter sit in brackets or run into each other,
and a date, where one is printed, is written M月D日. The forms, as printed
in the copy cited in tests/test_lead_cjk.py:

    Korean    (PLACE=AGENCY) [NAME 기자 =]        (서울=연합뉴스) 김민수 기자 = 정부는 ...    Yonhap, News1
              [PLACE=AGENCY] NAME 기자 =          [서울=뉴시스] 김민수 기자 = ...            Newsis, NewsPim
              【PLACE=AGENCY】 NAME 기자 =        【안산=뉴시스】 박지훈 기자 = ...          Newsis's older copy
              [PLACE=OUTLET NAME 기자]            [용인=에너지경제신문 김민수 기자] ...
              [OUTLETㅣPLACE=NAME 기자]           [더팩트ㅣ국회=이수진 기자] ...             a desk, not a city
              (PLACE M월 D일발 AGENCY)            (평양 8월 2일발 조선중앙통신)             KCNA
    Chinese   AGENCY PLACE DATE电[（记者 NAME）]   新华社北京6月4日电（记者 王某）...         Xinhua, CNS, 本报
              （中央社[記者NAME]PLACE DATE電）      （中央社記者王某台北4日電）               CNA, Taiwan
              OUTLET消息（PROGRAMME）：           央视网消息（新闻联播）：                 no place
    Japanese  【PLACE AGENCY】                    【北京共同】 【ワシントン時事】            Kyodo, Jiji, Yonhap
              （PLACE AGENCY）                     （台北中央社）                            CNA's Japanese service

A reporter's title may be 기자 or 리포터 (reporter), 특파원 (correspondent)
and the like; several reporters are parted by spaces, "·" or "、". Dates are M月D日,
YYYY年M月D日 and D日 (CNA: the day of the month alone), in figures or in
Han numerals (九月二十七日).

The place is resolved by wirecopy.transforms.knowledge.places.resolve_cjk_place to
the city's English name. A place no city bears (국회, the National
Assembly, a desk's beat) leaves the city empty, its print kept in `raw`:
a desk in Seoul's buildings is not always a story from Seoul, and a wrong
city is worse than none. The agency is the table's canonical name
(wirecopy.transforms.knowledge.agencies.CJK_NAMES) or the name as printed; 本报 ("this
paper") names no agency.

How sure a lead must look depends on its words. 共同 and 時事 are words
("joint", "current affairs") before they are agencies, so a Japanese bracket
counts only with a place the gazetteer knows before them; a Korean bracket
with no known place counts only with its reporter's credit after it, and a
photo's credit ("(사진=연합뉴스)") never; an outlet the table does not know
must have a word of the trade in its name (뉴스, 신문, 경제 ...). A line that
is none of these forms (a quote, a sentence, a table row) is no dateline,
and the Latin grammar reads it as before.

Pure: the gazetteer and the agency table are read, nothing else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from wirecopy.transforms.knowledge import agencies, places, scripts
from wirecopy.transforms.leads import dates
from wirecopy.transforms.leads.lead_record import Dateline, lead_date

RULESET = "lead_cjk.v1"

_HANGUL = scripts.CLASS["hangul"]
_HAN = scripts.CLASS["han"]
_KANA = scripts.CLASS["kana"] + "・"
# The brackets a lead may open with before its first letter.
_OPENERS = "【[(（〔"

# A reporter's title after the name: reporter (기자, 리포터), senior, trainee or guest reporter, correspondent,
# stringer.
_TITLE = r"(?:선임기자|수습기자|객원기자|기자|리포터|특파원|통신원)"
# Korean names (two to five syllables), several parted by a space, a middle dot or a comma.
_NAMES = rf"[{_HANGUL}]{{2,5}}(?:[ \t]*[·ㆍ,、 \t][ \t]*[{_HANGUL}]{{2,5}}){{0,5}}"
_OPEN = r"[【\[(（〔]"
_CLOSE = r"[】\])）〕]"
_NUMBER = r"(?:[0-9０-９]{1,4}|[〇零一二三四五六七八九十廿卅]{1,4})"
_DATE = rf"(?:(?P<year>{_NUMBER})年)?(?P<month>{_NUMBER})月(?P<day>{_NUMBER})日"

# The forms' patterns, compiled on the first lead that opens with a letter of these scripts (their
# character classes take milliseconds to compile: see wirecopy.transforms.knowledge.scripts).
_PATTERNS = {
    # (서울=연합뉴스) 김민수 기자 =, [안산=뉴스핌] 박승봉 기자 =, [용인=에너지경제신문 송인호 기자]
    "korean": (
        rf"[ \t]*{_OPEN}[ \t]*(?P<place>[{_HANGUL}]{{1,10}}(?:[ \t]+[{_HANGUL}]{{1,10}})?)[ \t]*=[ \t]*"
        rf"(?P<agency>[{_HANGUL}A-Za-z0-9]{{1,12}})(?:[ \t]+(?P<inner>{_NAMES})[ \t]*{_TITLE})?[ \t]*{_CLOSE}"
        rf"(?:[ \t]*(?:(?P<reporters>{_NAMES})[ \t]*{_TITLE}[ \t]*)?=(?!=))?[ \t]*"),
    # [더팩트ㅣ국회=이수진 기자]: the outlet, a bar, then the desk or place and the reporter.
    "outlet_first": (
        rf"[ \t]*\[[ \t]*(?P<agency>[{_HANGUL}A-Za-z0-9]{{1,12}})[ \t]*[ㅣ|│｜][ \t]*"
        rf"(?:(?P<place>[{_HANGUL}]{{1,10}})[ \t]*=[ \t]*)?(?P<reporters>{_NAMES})[ \t]*{_TITLE}[ \t]*\][ \t]*"),
    # (평양 8월 2일발 조선중앙통신): place, date "sent", agency.
    "sent_from": (
        rf"[ \t]*[(（][ \t]*(?P<place>[{_HANGUL}]{{1,10}})[ \t]+(?P<month>[0-9０-９]{{1,2}})월[ \t]*"
        rf"(?P<day>[0-9０-９]{{1,2}})일[ \t]*발[ \t]+(?P<agency>[{_HANGUL}]{{2,12}})[ \t]*[)）][ \t]*"),
    # 新华社北京6月4日电（记者 王某）, 中新社北京九月二十七日電, 本报墨西哥城1月28日电记者张金江报道：
    "dispatch": (
        rf"[ \t]*(?P<head>[{_HAN}]{{2,20}}?){_DATE}(?:专电|專電|电|電)"
        rf"(?:[ \t]*[（(][ \t]*(?:记者|記者)[ \t:：]*(?P<reporters>[^（）()\n]{{2,40}}?)[ \t]*[）)]"
        rf"|[ \t]*(?:记者|記者)(?P<reporter>[{_HAN}]{{2,4}})报道[ \t]*[:：]?)?[ \t]*"),
    # （中央社記者王某台北4日電）, (中央社台北20日電): CNA's credit, reporter first, the day of the month alone.
    "cna": (
        rf"[ \t]*[（(][ \t]*中央社(?P<reporter>記者|记者)?(?P<head>[{_HAN}]{{2,14}}?)"
        rf"(?:(?:(?P<year>{_NUMBER})年)?(?P<month>{_NUMBER})月)?(?P<day>{_NUMBER})日"
        rf"(?:專電|专电|電|电)[ \t]*[）)][ \t]*"),
    # 央视网消息（新闻联播）：: an outlet's "news", a programme, a colon; no place.
    "news_from": (
        rf"[ \t]*(?P<agency>[{_HAN}]{{1,5}}(?:网|網|社|台))消息[ \t]*"
        rf"(?:[（(][^（）()\n]{{1,20}}[）)])?[ \t]*[:：][ \t]*"),
    # 【北京共同】, 【ソウル聯合ニュース】, （台北中央社）: place and agency run together in brackets.
    "japanese": rf"[ \t]*(?P<open>【|[（(])(?P<content>[{_HAN}{_KANA}]{{3,24}})(?:】|[）)])[ \t]*",
}


class _Patterns(NamedTuple):
    korean: re.Pattern[str]
    outlet_first: re.Pattern[str]
    sent_from: re.Pattern[str]
    dispatch: re.Pattern[str]
    cna: re.Pattern[str]
    news_from: re.Pattern[str]
    japanese: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns(**{name: re.compile(pattern) for name, pattern in _PATTERNS.items()})


# Words of the trade one of which an outlet the table does not know has in its name.
_OUTLET_WORD_RE = re.compile(r"뉴스|신문|일보|경제|데일리|타임스|투데이|미디어|방송|통신|저널|포커스|TV|^[A-Za-z0-9]+$")
# A caption's credit is no dateline: "(사진=연합뉴스)" is the photo's source, not a place.
_CREDIT_LABELS = frozenset("사진 자료사진 그래픽 영상 제공 출처 편집 그림 촬영 캡처 자료".split())
# "This paper", "this station": the publisher's own staff, no agency to name.
_OWN_STAFF = frozenset({"本报", "本報", "本台", "本网", "本網"})
# A prefix a dispatch's head opens with that makes it a sentence ("according to ...").
_ACCORDING_TO = ("据", "據")
# The agencies' names a Chinese dispatch runs into its place, longest first; and what ends another outlet's.
_CHINESE_AGENCIES = tuple(sorted((n for n in agencies.CJK_NAMES if all(scripts.script(c) == "han" for c in n)),
                                 key=len, reverse=True))
_OUTLET_ENDINGS = ("社", "网", "網", "报", "報")
# Agencies' names a Japanese bracket closes with, longest first.
_BRACKET_AGENCIES = tuple(sorted(agencies.CJK_NAMES, key=len, reverse=True))
# Splitting 姜遠珍首爾 into a reporter and a place: Chinese names of three characters first, then two, four.
_NAME_LENGTHS = (3, 2, 4)
# The longest text read for a lead: every form closes well within it.
_MAX_LEAD = 200


class CjkLead(NamedTuple):
    dateline: Dateline
    reporters: tuple[str, ...]   # as printed, in order: ("김민수",), ("王某", "李某")


def parse_cjk_lead(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """The dateline a Korean, Chinese or Japanese lead opens with, or None when `text` opens with none of its forms.

    reference_date dates a lead that prints no date, and gives a year-less
    date its year (wirecopy.transforms.leads.dates); agency_hint's home country
    breaks ties between same-named places where the lead names no agency
    of the table.
    """
    found = read(text, reference_date, agency_hint)
    return found.dateline if found is not None else None


def reporters(raw: str) -> tuple[str, ...]:
    """The reporters a lead credits, as printed ("김민수" of "(서울=연합뉴스) 김민수 기자 ="), else ()."""
    found = read(raw, None, None)
    return found.reporters if found is not None else ()


def read(text: str, reference_date: dt.date | None, agency_hint: str | None) -> CjkLead | None:
    """The lead's dateline and the reporters it credits, or None."""
    head = text[:_MAX_LEAD]
    if not _opens_with_a_letter(head):
        return None
    for reader in (_korean, _outlet_first, _sent_from, _cna, _dispatch, _news_from, _japanese):
        found = reader(head, reference_date, agency_hint)
        if found is not None:
            return found
    return None


def _opens_with_a_letter(text: str) -> bool:
    """Whether the text's first letter, after spaces and an opening bracket, is Hangul, Han or Kana."""
    first = text.lstrip(" \t")
    if first[:1] and first[0] in _OPENERS:
        first = first[1:].lstrip(" \t")
    return bool(first) and scripts.script(first[0]) is not None


# --- Korean ------------------------------------------------------------------------------------


def _korean(text: str, reference_date: dt.date | None, hint: str | None) -> CjkLead | None:
    m = _patterns().korean.match(text)
    if m is None:
        return None
    agency = m["agency"]
    if agencies.lookup(agency) is None and not _OUTLET_WORD_RE.search(agency):
        return None  # "[서울=32도]": a table's cell, not an outlet
    credited = _names(m["inner"] or m["reporters"])
    printed, place = _korean_place(m["place"], _home(agency, hint))
    if place is None and (not credited or m["place"].split()[0] in _CREDIT_LABELS):
        return None  # "(사진=연합뉴스)": a photo's credit; an unknown place needs its reporter's credit
    return CjkLead(_dateline(text, m.end(), printed, place, agency, "cjk-bracket", reference_date), credited)


def _korean_place(printed: str, home: str | None) -> tuple[str | None, places.Place | None]:
    """The place printed before "=", resolved.

    "평양 노동신문" (a place, then the paper a photo is from) is its first word.
    """
    if (place := places.resolve_cjk_place(printed, home_country=home)) is not None:
        return printed, place
    first = printed.split()[0]
    if first != printed and (place := places.resolve_cjk_place(first, home_country=home)) is not None:
        return first, place
    return None, None


def _outlet_first(text: str, reference_date: dt.date | None, hint: str | None) -> CjkLead | None:
    m = _patterns().outlet_first.match(text)
    if m is None:
        return None
    printed, place = _korean_place(m["place"], _home(m["agency"], hint)) if m["place"] else (None, None)
    return CjkLead(_dateline(text, m.end(), printed, place, m["agency"], "cjk-bracket", reference_date),
                   _names(m["reporters"]))


def _sent_from(text: str, reference_date: dt.date | None, hint: str | None) -> CjkLead | None:
    m = _patterns().sent_from.match(text)
    if m is None:
        return None
    printed, place = _korean_place(m["place"], _home(m["agency"], hint))
    if place is None and agencies.lookup(m["agency"]) is None:
        return None
    phrase = _phrase(m.group(0).strip(" \t()（）"), None, m["month"], m["day"])
    if phrase is None:
        return None
    return CjkLead(_dateline(text, m.end(), printed, place, m["agency"], "cjk-bracket", reference_date, phrase), ())


# --- Chinese -----------------------------------------------------------------------------------


def _dispatch(text: str, reference_date: dt.date | None, hint: str | None) -> CjkLead | None:
    m = _patterns().dispatch.match(text)
    if m is None or m["head"].startswith(_ACCORDING_TO):
        return None
    phrase = _phrase(text[m.start("month") if m["year"] is None else m.start("year"):m.end("day") + 1],
                     m["year"], m["month"], m["day"])
    if phrase is None:
        return None
    split = _agency_and_place(m["head"], hint)
    if split is None:
        return None
    agency, printed, place = split
    credited = _names(m["reporters"]) if m["reporters"] else ((m["reporter"],) if m["reporter"] else ())
    return CjkLead(_dateline(text, m.end(), printed, place, agency, "cjk-dispatch", reference_date, phrase),
                   credited)


def _agency_and_place(head: str, hint: str | None) -> tuple[str | None, str | None, places.Place | None] | None:
    """新华社北京 -> (新华社, 北京, Beijing): the agency the table knows, else an outlet's name ending 社, 网 or 报.

    The place after a known agency may be one the gazetteer lacks (the city
    is then left empty); after another outlet's name it must be known, or
    any run of characters before a date would pass for a credit and a place.
    An empty place is none ("中新网6月4日电": a dispatch from the desk).
    """
    known = [(name, head[len(name):]) for name in _CHINESE_AGENCIES if head.startswith(name)]
    others = [(head[:i], head[i:]) for i in range(2, min(len(head), 6) + 1)
              if head[:i].endswith(_OUTLET_ENDINGS) and head[:i] not in agencies.CJK_NAMES]
    for (agency, rest), is_known in [(k, True) for k in known] + [(o, False) for o in others]:
        own = agency in _OWN_STAFF
        home = _home(agency, hint) if not own else _home(None, hint)
        place = places.resolve_cjk_place(rest, home_country=home) if rest else None
        if place is not None or not rest:
            return (None if own else agency), (rest or None), place
        if is_known:
            return agency, None, None
    return None


def _cna(text: str, reference_date: dt.date | None, hint: str | None) -> CjkLead | None:
    m = _patterns().cna.match(text)
    if m is None:
        return None
    home = _home("中央社", hint)
    reporter, printed = (None, m["head"])
    if m["reporter"]:
        splits = [(m["head"][:n], m["head"][n:]) for n in _NAME_LENGTHS if len(m["head"]) - n >= 2]
        resolved = [(name, rest) for name, rest in splits if places.resolve_cjk_place(rest, home_country=home)]
        reporter, printed = (resolved or splits or [(m["head"], "")])[0]
    place = places.resolve_cjk_place(printed, home_country=home) if printed else None
    if m["month"] is not None:
        phrase = _phrase(text[m.start("year") if m["year"] else m.start("month"):m.end("day") + 1],
                         m["year"], m["month"], m["day"])
        dated = _dateline(text, m.end(), printed if place else None, place, "中央社", "cjk-dispatch",
                          reference_date, phrase)
    else:
        dated = _day_only(_dateline(text, m.end(), printed if place else None, place, "中央社", "cjk-dispatch",
                                    reference_date), text[m.start("day"):m.end("day") + 1], m["day"], reference_date)
    if dated is None:
        return None
    return CjkLead(dated, (reporter,) if reporter else ())


def _news_from(text: str, reference_date: dt.date | None, hint: str | None) -> CjkLead | None:
    m = _patterns().news_from.match(text)
    if m is None or m["agency"] in _OWN_STAFF:
        return None
    return CjkLead(_dateline(text, m.end(), None, None, m["agency"], "cjk-credit", reference_date), ())


# --- Japanese ----------------------------------------------------------------------------------


def _japanese(text: str, reference_date: dt.date | None, hint: str | None) -> CjkLead | None:
    m = _patterns().japanese.match(text)
    if m is None:
        return None
    content = m["content"]
    agency = next((name for name in _BRACKET_AGENCIES if content.endswith(name) and len(content) > len(name)), None)
    if agency is None:
        return None
    printed = content[: -len(agency)].strip("・")
    place = places.resolve_cjk_place(printed, home_country=_home(agency, hint))
    if place is None:
        return None  # "（日米共同）" is "joint", not Kyodo: only a known place before the name makes it a credit
    return CjkLead(_dateline(text, m.end(), printed, place, agency, "cjk-bracket", reference_date), ())


# --- the record ---------------------------------------------------------------------------------


def _dateline(text: str, end: int, printed: str | None, place: places.Place | None, agency: str | None,
              form: str, reference_date: dt.date | None, phrase: dates.DatePhrase | None = None) -> Dateline:
    """The record: the place as printed where the gazetteer knows it (else none: the city stays empty)."""
    date, source = lead_date(phrase, reference_date)
    return Dateline(
        raw=text[:end].strip(), end=end, places=(printed,) if place is not None and printed else (),
        qualifier=None, place=place, date_raw=phrase.raw if phrase else None, date=date,
        agency=agencies.canonical(agency) or agency if agency else None, form=form, date_source=source,
        phrase=phrase)


def _day_only(found: Dateline, raw: str, day: str, reference_date: dt.date | None) -> Dateline | None:
    """A date printed as the day of the month alone (CNA's "4日"): that day in the month nearest the reference.

    Left without a DatePhrase, which has no month to give: a later, better
    reference (the time of transmission) dates such a lead by its own day.
    """
    number = _number(day)
    if number is None or not 1 <= number <= 31:
        return None
    date = _nearest_day(number, reference_date) if reference_date else None
    return dataclasses.replace(found, date_raw=raw, date=date, date_source="dateline+reference" if date else None)


def _nearest_day(day: int, reference: dt.date) -> dt.date | None:
    """The date with this day of the month nearest `reference`, at most a few days after it (dates' rule)."""
    latest = reference + dt.timedelta(days=dates.MAX_DAYS_AFTER_REFERENCE)
    found = []
    for shift in (-1, 0, 1):
        month_index = reference.year * 12 + reference.month - 1 + shift
        try:
            candidate = dt.date(month_index // 12, month_index % 12 + 1, day)
        except ValueError:
            continue
        if candidate <= latest:
            found.append(candidate)
    return min(found, key=lambda d: abs((d - reference).days), default=None)


def _phrase(raw: str, year: str | None, month: str, day: str) -> dates.DatePhrase | None:
    numbers = (_number(year) if year else None, _number(month), _number(day))
    if None in numbers[1:] or (year and numbers[0] is None):
        return None
    y, mo, d = numbers
    if not 1 <= mo <= 12 or not 1 <= d <= 31 or (y is not None and not 1900 <= y <= 2100):
        return None
    return dates.DatePhrase(raw.strip(), mo, d, y)


_HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_TENS = {"十": 1, "廿": 2, "卅": 3}


def _number(printed: str) -> int | None:
    """A number in figures (full width too) or Han numerals: "27", "２７", "二十七", "廿七", "二〇二四"."""
    text = unicodedata.normalize("NFKC", printed)
    if text.isascii() and text.isdigit():
        return int(text)
    if all(c in _HAN_DIGITS for c in text):
        return int("".join(str(_HAN_DIGITS[c]) for c in text))  # a year read digit by digit
    tens_at = next((i for i, c in enumerate(text) if c in _HAN_TENS), None)
    if tens_at is None or tens_at > 1 or (tens_at == 1 and text[1] != "十"):
        return None
    before, after = text[:tens_at], text[tens_at + 1:]
    if len(after) > 1 or (before and before not in _HAN_DIGITS) or (after and after not in _HAN_DIGITS):
        return None
    tens = _HAN_DIGITS[before] if before else _HAN_TENS[text[tens_at]]
    return tens * 10 + (_HAN_DIGITS[after] if after else 0)


def _names(printed: str | None) -> tuple[str, ...]:
    """Reporters as printed, parted by spaces, middle dots or commas; a correspondent's word dropped ("通讯员")."""
    if not printed:
        return ()
    words = re.split(r"[\s·ㆍ,，、]+", printed.strip())
    return tuple(w for w in words if w and w not in ("通讯员", "通訊員", "摄影记者", "攝影記者"))


def _home(agency: str | None, hint: str | None) -> str | None:
    """The country whose namesakes a lead's place prefers: its agency's, else the hinted agency's."""
    for name in (agency, hint):
        if name and (known := agencies.lookup(name)) is not None:
            return known.country
    return None
