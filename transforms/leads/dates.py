"""Dateline dates: month/day phrases in the forms agencies print, and the year.

Most datelines carry no year ("July 5"). SPEC's rule: take the year that puts
the date nearest the reference date (a date from the file's metadata, the
--reference-date, or the file's mtime), never more than a few days after it,
so that copy dated Dec. 31 and received Jan. 2 lands in the old year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from wirecopy.transforms.knowledge import scripts

# Days a dateline may lie after its reference date: time zones and embargoed
# copy filed ahead of the date it carries.
MAX_DAYS_AFTER_REFERENCE = 3

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        # English, French, German, Spanish; then Italian ("6 set.", "15 AGO") and Portuguese ("11 jun").
        # Portuguese "out" (outubro) is left out: "5 out of 10" would read as a date.
        ("january", "jan", "janv", "janvier", "januar", "enero", "ene", "gennaio", "gen", "janeiro"),
        ("february", "feb", "fev", "fév", "fevr", "février", "févr", "februar", "febrero", "febbraio",
         "fevereiro"),
        ("march", "mar", "mars", "märz", "marz", "mär", "mrz", "marzo", "março", "marco"),
        ("april", "apr", "avr", "avril", "abril", "abr", "aprile"),
        ("may", "mai", "mayo", "maggio", "mag", "maio"),
        ("june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho"),
        ("july", "jul", "juil", "juillet", "juli", "julio", "luglio", "lug", "julho"),
        ("august", "aug", "aout", "août", "agosto", "ago"),
        ("september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "setiembre"),
        ("october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro"),
        ("november", "nov", "novembre", "noviembre", "novembro"),
        ("december", "dec", "déc", "decembre", "décembre", "dezember", "dez", "diciembre", "dic", "dicembre",
         "dezembro"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

# Misspellings are looked for among the languages above only: a word one letter off a month of
# thirty languages is too often a word of its own.
_SPELLED_MONTHS = tuple(MONTHS)

# More languages wires print in Latin script, day first ("16 Dhjetor", "5 Desember 2024", "3 Mart"):
# Dutch, Scandinavian, Indonesian and Malay, Tagalog, Swahili, Turkish, Albanian, Romanian,
# South Slavic, Polish and Czech (genitives), Catalan, Estonian, Hungarian. Malay's "Mac" is left
# out (a name in English copy); the others stand for a month only beside a day.
for _number, _names in enumerate(
    (
        ("januari", "janvier", "ianuarie", "ocak", "janar", "januar", "stycznia", "ledna", "gener", "jaanuar",
         "január", "enero"),
        ("februari", "februarie", "şubat", "subat", "shkurt", "februar", "lutego", "února", "unora", "febrer",
         "veebruar", "február", "pebrero", "febuari"),
        ("maart", "maret", "machi", "mart", "martie", "marec", "marca", "března", "brezna", "març", "märts",
         "március", "marso"),
        ("nisan", "prill", "aprilie", "kwietnia", "dubna", "abril", "aprill", "április", "aprili"),
        ("mei", "mayıs", "mayis", "maj", "maja", "května", "kvetna", "maig", "május"),
        ("juni", "haziran", "qershor", "iunie", "jun", "czerwca", "června", "cervna", "juny", "juuni", "június",
         "hunyo", "junij"),
        ("juli", "julai", "temmuz", "korrik", "iulie", "jul", "lipca", "července", "cervence", "juliol",
         "juuli", "július", "hulyo", "julij"),
        ("augustus", "agustus", "ogos", "ağustos", "agustos", "gusht", "avgust", "sierpnia", "srpna", "agost",
         "augusztus", "agosti", "augusti"),
        ("september", "september", "eylül", "eylul", "shtator", "septembrie", "septembar", "września",
         "wrzesnia", "září", "zari", "setembre", "szeptember", "setyembre", "septemba"),
        ("oktober", "ekim", "tetor", "octombrie", "oktobar", "października", "pazdziernika", "října", "rijna",
         "octubre", "oktoober", "október", "oktubre", "oktoba"),
        ("november", "kasım", "kasim", "nëntor", "nentor", "noiembrie", "novembar", "listopada", "listopadu",
         "novembre", "nobyembre", "novemba"),
        ("desember", "disember", "aralık", "aralik", "dhjetor", "decembrie", "decembar", "grudnia", "prosince",
         "desembre", "detsember", "disyembre", "desemba", "december"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS.setdefault(_name, _number)

# Serbian, Bosnian, Croatian and Slovenian genitives, as their datelines print them ("BEOGRAD, 29. marta 2003.");
# Croatian "listopada" (October) is left out: it is Polish for November, above.
for _number, _names in enumerate(
    (
        ("januara", "januarja", "siječnja", "sijecnja"), ("februara", "februarja", "veljače", "veljace"),
        ("marta", "ožujka", "ozujka"), ("aprila", "travnja"), ("svibnja",), ("juna", "junija", "lipnja"),
        ("jula", "julija", "srpnja"), ("avgusta", "augusta", "kolovoza"), ("septembra", "rujna"), ("oktobra",),
        ("novembra", "studenoga", "studenog"), ("decembra", "prosinca"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS.setdefault(_name, _number)

# Slovak genitives after a day ("BRATISLAVA 22. mája"), Finnish partitives ("HELSINKI 5. kesäkuuta"),
# Lithuanian genitives ("birželio 5"), Latvian locatives ("5. jūnijā") and Icelandic; the rest of these
# languages' names are the same as a language's above.
for _number, _names in enumerate(
    (
        ("januára", "tammikuuta", "sausio", "janvārī", "janúar"),
        ("februára", "helmikuuta", "vasario", "februārī", "febrúar"),
        ("maaliskuuta", "kovo", "martā"),
        ("apríla", "huhtikuuta", "balandžio", "aprīlī", "apríl"),
        ("mája", "toukokuuta", "gegužės", "maijā", "maí"),
        ("júna", "kesäkuuta", "birželio", "jūnijā", "júní"),
        ("júla", "heinäkuuta", "liepos", "jūlijā", "júlí"),
        ("elokuuta", "rugpjūčio", "augustā", "ágúst"),
        ("syyskuuta", "rugsėjo", "septembrī"),
        ("októbra", "lokakuuta", "spalio", "oktobrī", "október"),
        ("marraskuuta", "lapkričio", "novembrī", "nóvember"),
        ("joulukuuta", "gruodžio", "decembrī"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS.setdefault(_name, _number)

# Cyrillic and Greek, as Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian and Greek copy
# prints them: the genitive after a day ("25 марта 2021", "5 Μαΐου"), the nominative and the short forms
# of date lines ("25 мар 2021"). Greek capitals drop their accents ("5 ΜΑΪΟΥ"), so both spellings stand.
for _number, _names in enumerate(
    (
        ("января", "январь", "янв", "січня", "студзеня", "януари", "јануар", "јануара", "јануари",
         "ιανουαρίου", "ιανουαριου", "ιαν"),
        ("февраля", "февраль", "фев", "февр", "лютого", "лютага", "февруари", "фебруар", "фебруара",
         "φεβρουαρίου", "φεβρουαριου", "φεβ"),
        ("марта", "март", "мар", "березня", "сакавіка", "μαρτίου", "μαρτιου", "μαρ"),
        ("апреля", "апрель", "апр", "квітня", "красавіка", "април", "априла", "απριλίου", "απριλιου", "απρ"),
        ("мая", "май", "травня", "мај", "маја", "μαΐου", "μαιου", "μαΐ", "μαϊου"),
        ("июня", "июнь", "июн", "червня", "чэрвеня", "юни", "јун", "јуна", "јуни", "ιουνίου", "ιουνιου", "ιουν"),
        ("июля", "июль", "июл", "липня", "ліпеня", "юли", "јул", "јула", "јули", "ιουλίου", "ιουλιου", "ιουλ"),
        ("августа", "август", "авг", "серпня", "жніўня", "αυγούστου", "αυγουστου", "αυγ"),
        ("сентября", "сентябрь", "сен", "сент", "вересня", "верасня", "септември", "септембар", "септембра",
         "σεπτεμβρίου", "σεπτεμβριου", "σεπ"),
        ("октября", "октябрь", "окт", "жовтня", "кастрычніка", "октомври", "октобар", "октобра",
         "οκτωβρίου", "οκτωβριου", "οκτ"),
        ("ноября", "ноябрь", "ноя", "нояб", "листопада", "лістапада", "ноември", "новембар", "новембра",
         "νοεμβρίου", "νοεμβριου", "νοε"),
        ("декабря", "декабрь", "дек", "грудня", "снежня", "декември", "децембар", "децембра",
         "δεκεμβρίου", "δεκεμβριου", "δεκ"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS.setdefault(_name, _number)

# Months of the alphabets lead_scripts reads, by the key names in them are matched by (scripts.fold: case,
# accents and Arabic letter variants folded): Arabic's two Gregorian namings, the Egyptian and Gulf one
# (يناير ...) and the Levantine and Iraqi one (كانون الثاني ...), with the Maghreb's (جانفي, غشت ...); Persian,
# Urdu; Hindi, Marathi, Nepali; Bengali; Greek in the genitive a date prints and the nominative; Armenian in
# both; Georgian in the nominative and the dative. Kept apart from MONTHS: the Latin grammar's date pattern
# is built from MONTHS, and Latin copy should not match these names. A name counts only beside a day.
SCRIPT_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("يناير", "كانون الثاني", "جانفي", "ژانویه", "جنوری", "जनवरी", "जानेवारी", "জানুয়ারি", "জানুয়ারী",
         "Ιανουαρίου", "Ιανουάριος", "հունվարի", "հունվար", "იანვარი", "იანვარს"),
        ("فبراير", "شباط", "فيفري", "فوریه", "فروری", "फ़रवरी", "फरवरी", "फेब्रुवारी", "फेब्रुअरी", "ফেব্রুয়ারি",
         "ফেব্রুয়ারী", "Φεβρουαρίου", "Φεβρουάριος", "փետրվարի", "փետրվար", "თებერვალი", "თებერვალს"),
        ("مارس", "آذار", "مارچ", "मार्च", "মার্চ", "Μαρτίου", "Μάρτιος", "մարտի", "մարտ", "მარტი", "მარტს"),
        ("أبريل", "إبريل", "نيسان", "أفريل", "آوریل", "اپریل", "अप्रैल", "एप्रिल", "अप्रिल", "এপ্রিল", "Απριλίου",
         "Απρίλιος", "ապրիլի", "ապրիլ", "აპრილი", "აპრილს"),
        ("مايو", "أيار", "ماي", "مه", "مئی", "मई", "मे", "মে", "Μαΐου", "Μάιος", "մայիսի", "մայիս", "მაისი",
         "მაისს"),
        ("يونيو", "يونيه", "حزيران", "جوان", "ژوئن", "جون", "जून", "जुन", "জুন", "Ιουνίου", "Ιούνιος", "հունիսի",
         "հունիս", "ივნისი", "ივნისს"),
        ("يوليو", "يوليه", "تموز", "يوليوز", "جويلية", "ژوئیه", "جولائی", "जुलाई", "जुलै", "জুলাই", "Ιουλίου",
         "Ιούλιος", "հուլիսի", "հուլիս", "ივლისი", "ივლისს"),
        ("أغسطس", "آب", "غشت", "أوت", "اوت", "اگست", "अगस्त", "ऑगस्ट", "अगस्ट", "আগস্ট", "Αυγούστου", "Αύγουστος",
         "օգոստոսի", "օգոստոս", "აგვისტო", "აგვისტოს"),
        ("سبتمبر", "أيلول", "شتنبر", "سپتامبر", "ستمبر", "सितंबर", "सितम्बर", "सप्टेंबर", "सेप्टेम्बर", "সেপ্টেম্বর",
         "Σεπτεμβρίου", "Σεπτέμβριος", "սեպտեմբերի", "սեպտեմբեր", "სექტემბერი", "სექტემბერს"),
        ("أكتوبر", "تشرين الأول", "اکتبر", "اکتوبر", "अक्टूबर", "अक्तूबर", "ऑक्टोबर", "अक्टोबर", "অক্টোবর",
         "Οκτωβρίου", "Οκτώβριος", "հոկտեմբերի", "հոկտեմբեր", "ოქტომბერი", "ოქტომბერს"),
        ("نوفمبر", "تشرين الثاني", "نونبر", "نوامبر", "نومبر", "नवंबर", "नवम्बर", "नोव्हेंबर", "नोभेम्बर", "নভেম্বর",
         "Νοεμβρίου", "Νοέμβριος", "նոյեմբերի", "նոյեմբեր", "ნოემბერი", "ნოემბერს"),
        ("ديسمبر", "كانون الأول", "دجنبر", "دسامبر", "دسمبر", "दिसंबर", "दिसम्बर", "डिसेंबर", "डिसेम्बर", "ডিসেম্বর",
         "Δεκεμβρίου", "Δεκέμβριος", "դեկտեմբերի", "դեկտեմբեր", "დეკემბერი", "დეკემბერს"),
    ),
    start=1,
):
    for _name in _names:
        SCRIPT_MONTHS.setdefault(scripts.fold(_name), _number)


def script_month(printed: str) -> int | None:
    """The month a name in one of SCRIPT_MONTHS' alphabets gives ("يونيو", "ΙΟΥΝΙΟΥ", "ივნისი"), else None."""
    return SCRIPT_MONTHS.get(scripts.fold(printed))


# Lookups casefold what a date matched, and casefolding may change a name's letters (Greek "ΐ"
# becomes three code points): every name's casefolded form is a name too.
for _name, _number in tuple(MONTHS.items()):
    MONTHS.setdefault(_name.casefold(), _number)

# Weekdays in English and French, Spanish, Italian and German ("LUNES 7 MAYO 2018"); Spanish "domingo" is
# left out: "Santo Domingo, 5 de mayo" would lose its second word to it.
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    "|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado"
    "|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|domenica"
    "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    "|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu"  # Indonesian and Malay
    "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"  # Dutch
)
# Weekdays' names and abbreviations as words, for callers that must not take one for a place.
WEEKDAY_WORDS = frozenset(_WEEKDAYS.split("|"))
_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_YEAR = r"(?P<year>(?:19|20)\d\d|'\d\d)"
# A two-digit year only where nothing else can be meant: "5 JUL 89", "Jan. 5, '24".
_YEAR2 = r"(?P<year2>(?:19|20)\d\d|'?\d\d(?![\d:]))"

# "Friday, July 5, 2024" / "Sept. 5" / "Dec.5" / "Jul 5" / "5 July 2024" / "10 juil 2024" / "5th January, 2024"
# / "5 JUL 89" / "1996-12-06", "2020/05/10", "2020.5.10" / "07/05/24" / "05.07.2024" / "June 13/2024"
# / "le 1er janvier 2019"
# / Mexican papers' "a 17 de enero de 2025" / run together, "2Oct2018", "29Jul19" (Platts, military copy)
_DATE_BODY = rf"""
    (?:(?P<weekday>{_WEEKDAYS})\.?,?\s+)?
    (?:(?:le|a)\s+)?
    (?:
        (?P<month>{_MONTH})(?:\.\s*|\s+|,\s?)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:(?:,?\s+|,|/){_YEAR})?
      | (?P<day2>[0-3]?\d)(?:st|nd|rd|th|er)?\.?\s+(?:(?:of|de)\s+)?(?P<month2>{_MONTH})\.?
        (?:,?\s+(?:de\s+)?{_YEAR2})?
      | (?P<year3>(?:19|20)\d\d)(?P<ysep>[-/.])(?P<month3>[01]?\d)(?P=ysep)(?P<day3>[0-3]?\d)(?![\d/.-]\d)
      | (?P<day4>[0-3]?\d)(?P<month4>{_MONTH})(?P<year4>(?:19|20)\d\d|\d\d)(?![\d:])
      | (?P<n1>[0-3]?\d)(?P<nsep>[/.])(?P<n2>[0-3]?\d)(?P=nsep)(?P<n3>(?:19|20)\d\d|\d\d)(?!\d|\.\d)
      | (?P<d5>[0-3]?\d)\.[ ](?P<m5>[01]?\d)\.[ ](?P<y5>(?:19|20)\d\d)(?!\d|\.\d)
    )
"""
DATE_RE = re.compile("(?ix)" + _DATE_BODY)
# A transmission time a dateline may carry after its date: "10:32 GMT", "1432 IST",
# "(10:32 a.m. EST)", "at 14:30"; after a slash, Catholic News Agency's "Sep 30, 2008 / 10:58 am".
_CLOCK = (r"""(?:\(?(?:at\s+)?[0-2]?\d(?::?[0-5]\d)(?:\s*[ap]\.?m\.?)?"""
          r"""(?:\s+(?:[A-Z]{2,5}|UTC[+-]\d{1,2}|GMT[+-]\d{1,2}))?\)?)""")
# What may close a date: spaces and a full stop. Written so that a run of spaces
# is read one way only (`\s*\.?\s*` tries every split of the run before
# failing, quadratic on a long one).
_CLOSE = r"\s*(?:\.\s*)?$"
# How far from the end of a text a date closing it may begin: the longest
# printed form ("Wednesday, le 1er septembre 2024, 10:32 a.m. UTC+10.") is
# far shorter; a head past this is no dateline's, and the search stays linear.
_MAX_DATE_CHARS = 120
# A date closing a dateline head, after a comma or a space: "SIALKOT, Pakistan 1996-12-06",
# "MOSCOW, January 5." (TASS ends the date with a full stop), "July 5, 2024 10:32 GMT".
_TRAILING_DATE_RE = re.compile(
    r"(?ix)(?:^|(?<=[\s,]))(?P<date>" + _DATE_BODY + r")(?P<clock>(?:,|[ \t]/)?\s+" + _CLOCK + r")?" + _CLOSE
)
# Heads closed by less than a full date, read only where a date closes a dateline's head:
# "ROCHEFORT 31/07" (a day and month in figures, Belga), "SYDNEY, Wednesday" (a weekday
# alone, AAP) and "SYDNEY, Decmber 5" (a month misspelt).
_DAY_MONTH_RE = re.compile(r"(?:^|(?<=[\s,]))(?P<date>(?P<n1>[0-3]\d)/(?P<n2>[01]\d))" + _CLOSE)
_WEEKDAY_ALONE_RE = re.compile(
    r"(?i),\s*(?P<date>(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))" + _CLOSE
)
_WORD_DAY_RE = re.compile(
    r"(?:^|(?<=[\s,]))(?P<date>(?P<word>[^\W\d_]{4,})\.?\s+(?P<day>[0-3]?\d)(?:,?\s+(?P<year>(?:19|20)\d\d))?)"
    + _CLOSE
)
# Month names a misspelling is measured against: names and abbreviations of four letters or more.
_MONTH_WORDS = tuple(m for m in _SPELLED_MONTHS if len(m) >= 4)
# The year range a two-digit year stands for when no reference says otherwise.
_PIVOT = 50


@dataclass(frozen=True, slots=True)
class DatePhrase:
    raw: str
    month: int
    day: int
    year: int | None
    # A numeric date that reads both ways ("07/05/24"): month and day may swap.
    ambiguous: bool = False
    weekday: int | None = None  # 0 = Monday, when the phrase names one
    two_digit_year: bool = False

    @property
    def partial(self) -> bool:
        """No month and day: a weekday alone ("Wednesday") or a date that cannot be read ("Decmbr 5")."""
        return self.month == 0


def match_date(text: str) -> DatePhrase | None:
    """The date phrase that is the whole of `text` (surrounding spaces allowed), else None."""
    m = DATE_RE.fullmatch(text.strip())
    if not m:
        return None
    ambiguous = two_digit = False
    if m["year3"]:
        month, day, year = int(m["month3"]), int(m["day3"]), int(m["year3"])
    elif m["n1"]:
        first, second, printed = int(m["n1"]), int(m["n2"]), m["n3"]
        # Day first unless that cannot be (the world's order; a US agency's
        # "07/05/24" is settled by its home country or the reference, see
        # resolve). Stops part a date day first wherever they are printed
        # ("11.09.2023", "28.02.2024."): no house prints a month first so.
        day, month = (first, second) if second <= 12 else (second, first)
        ambiguous = m["nsep"] == "/" and first <= 12 and second <= 12 and first != second
        year, two_digit = _year(printed)
    elif m["d5"]:
        # "4. 3. 2024": Czech and Slovak copy spaces a numeric date, day first, the year in full.
        day, month, year = int(m["d5"]), int(m["m5"]), int(m["y5"])
    elif m["month"]:
        month, day = MONTHS[m["month"].casefold()], int(m["day"])
        year, two_digit = _year(m["year"])
    elif m["month4"]:
        month, day = MONTHS[m["month4"].casefold()], int(m["day4"])
        year, two_digit = _year(m["year4"])
    else:
        month, day = MONTHS[m["month2"].casefold()], int(m["day2"])
        year, two_digit = _year(m["year2"])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    weekday = _WEEKDAY_NUMBER.get(m["weekday"].casefold()[:3]) if m["weekday"] else None
    return DatePhrase(text.strip(), month, day, year, ambiguous, weekday, two_digit)


def month_first(phrase: DatePhrase) -> DatePhrase:
    """The other reading of an ambiguous numeric date ("07/05/24" as July 5)."""
    if not phrase.ambiguous:
        return phrase
    return DatePhrase(phrase.raw, phrase.day, phrase.month, phrase.year, False, phrase.weekday, phrase.two_digit_year)


def split_trailing_date(text: str) -> tuple[str, DatePhrase | None]:
    """Split "SEOUL/MUAN, South Korea, Dec. 29" into the part before the date and the date.

    The date is the longest date phrase that closes the text (with its
    weekday, "Friday, July 5", and a transmission time after it, "10:32
    GMT"); without one the text comes back whole.
    """
    start = max(0, len(text.rstrip()) - _MAX_DATE_CHARS)
    m = _TRAILING_DATE_RE.search(text, start)
    phrase = match_date(m["date"]) if m is not None else None
    if phrase is None:
        return _split_partial_date(text, start)
    return text[: m.start()].rstrip(" ,"), phrase


def _split_partial_date(text: str, start: int) -> tuple[str, DatePhrase | None]:
    """The less-than-full dates a head may close with (see _DAY_MONTH_RE), else the text whole.

    A day and month in figures read day first, or month first where the
    day-first reading cannot be; both ways where both can, settled by the
    reference. A weekday alone is the latest such day on or before the
    reference (resolve). A word one letter off a single month's name is
    that month; a word two letters off any month's is a date that cannot be
    read: the place stands, the date is unknown (not the reference's day).
    """
    tail = text.rstrip(" .")[-1:]
    if not tail.isdigit():
        if tail.isalpha() and "," in text and (m := _WEEKDAY_ALONE_RE.search(text, start)) is not None:
            weekday = _WEEKDAY_NUMBER[m["weekday"].casefold()[:3]]
            return text[: m.start()].rstrip(" ,"), DatePhrase(m["date"], 0, 0, None, weekday=weekday)
        return text, None
    if "/" in text and (m := _DAY_MONTH_RE.search(text, start)) is not None:
        first, second = int(m["n1"]), int(m["n2"])
        day, month = (first, second) if second <= 12 else (second, first)
        if 1 <= month <= 12 and 1 <= day <= 31 and _make(2000, month, day) is not None:
            ambiguous = first <= 12 and second <= 12 and first != second
            return text[: m.start()].rstrip(" ,"), DatePhrase(m["date"], month, day, None, ambiguous)
    if (m := _WORD_DAY_RE.search(text, start)) is not None and m["word"].casefold() not in MONTHS:
        month, misspelt = _misspelt_month(m["word"].casefold())
        day = int(m["day"])
        if month is not None and 1 <= day <= 31:
            year = int(m["year"]) if m["year"] else None
            return text[: m.start()].rstrip(" ,"), DatePhrase(m["date"], month, day, year)
        if misspelt:
            return text[: m.start()].rstrip(" ,"), DatePhrase(m["date"], 0, 0, None)
    return text, None


@lru_cache(maxsize=4096)
def _misspelt_month(word: str) -> tuple[int | None, bool]:
    """The month a word misspells by one letter, if only one; and whether it is two letters off any.

    Misspellings keep the first letter ("Decmber", "Setpember"); other words are no month.
    """
    names = [name for name in _MONTH_WORDS if name[0] == word[0]]
    near = {MONTHS[name] for name in names if _edits(word, name) <= 1}
    month = near.pop() if len(near) == 1 else None
    return month, bool(near) or month is not None or any(_edits(word, n) <= 2 for n in names if len(n) >= 5)


def _edits(a: str, b: str) -> int:
    """Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours)."""
    if abs(len(a) - len(b)) > 2:
        return 3
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def _year(printed: str | None) -> tuple[int | None, bool]:
    if not printed:
        return None, False
    digits = printed.lstrip("'")
    if len(digits) == 4:
        return int(digits), False
    number = int(digits)
    return (1900 + number if number >= _PIVOT else 2000 + number), True


_WEEKDAY_NUMBER = {
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
    "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
    "mié": 2, "mie": 2, "jue": 3, "vie": 4, "sáb": 5, "sab": 5,  # Spanish (and Italian "sab")
    "gio": 3, "dom": 6,  # Italian
    "die": 1, "mit": 2, "don": 3, "fre": 4, "son": 6,  # German ("mon", "sam" as above)
    "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "min": 6,  # Indonesian ("sab" as above)
    "maa": 0, "din": 1, "woe": 2, "vri": 4, "zat": 5, "zon": 6,  # Dutch ("don" as above)
}


def resolve(phrase: DatePhrase, reference: dt.date | None) -> dt.date | None:
    """The calendar date a phrase means; an explicit year always wins.

    A two-digit year takes the century nearest the reference. An ambiguous
    numeric date ("07/05/24") takes the reading nearest the reference, and
    stays day-first without one.
    """
    if phrase.partial:
        if phrase.weekday is None or reference is None:
            return None  # a date that cannot be read is unknown, not the reference's day
        # "SYDNEY, Wednesday": the latest Wednesday on or before the reference, within the week.
        return reference - dt.timedelta(days=(reference.weekday() - phrase.weekday) % 7)
    if phrase.ambiguous and reference is not None:
        readings = [d for p in (phrase, month_first(phrase)) if (d := resolve(_settled(p), reference))]
        return min(readings, key=lambda d: abs((d - reference).days), default=None)
    if phrase.year is not None:
        year = phrase.year
        if phrase.two_digit_year and reference is not None:
            year = min((year - 100, year, year + 100), key=lambda y: abs(y - reference.year))
        return _make(year, phrase.month, phrase.day)
    if reference is None:
        return None
    if phrase.weekday is not None:
        # "Friday, July 5": the year near the reference in which July 5 is a Friday.
        named = [d for y in (reference.year - 1, reference.year, reference.year + 1)
                 if (d := _make(y, phrase.month, phrase.day)) is not None and d.weekday() == phrase.weekday
                 and d <= reference + dt.timedelta(days=MAX_DAYS_AFTER_REFERENCE)]
        if len(named) == 1:
            return named[0]
    return resolve_year(phrase.month, phrase.day, reference)


def _settled(phrase: DatePhrase) -> DatePhrase:
    return DatePhrase(phrase.raw, phrase.month, phrase.day, phrase.year, False, phrase.weekday, phrase.two_digit_year)


def agrees(date: dt.date, moment: dt.date, *, before: int = 7) -> bool:
    """Whether a dateline's date fits a time the copy may have moved at.

    Copy moves on its dateline's day or soon after (a day or two for time
    zones and late filing, a week for a weekly roundup), never more than
    MAX_DAYS_AFTER_REFERENCE before it.
    """
    return -MAX_DAYS_AFTER_REFERENCE <= (moment - date).days <= before


def resolve_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date nearest `reference`, at most MAX_DAYS_AFTER_REFERENCE after it."""
    latest = reference + dt.timedelta(days=MAX_DAYS_AFTER_REFERENCE)
    candidates = [
        d
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (d := _make(year, month, day)) is not None and d <= latest
    ]
    if not candidates:
        # Feb. 29 with no leap year near the reference: look further back.
        candidates = [d for y in range(reference.year - 8, reference.year) if (d := _make(y, month, day))]
    return min(candidates, key=lambda d: abs((d - reference).days), default=None)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
