"""Bylines: who wrote, reported, edited and photographed a story.

Owns the recognisers the body cleaner asks about the head and tail of a story
(`match_by_line`, `match_trailer`, `match_signoff`) and their combination into
one `Byline` (`merge_credits`). The walk over a whole story is
`normalise.normalise`'s, and only there: credits sit among notes, datelines,
stamps and dpa's notebook, which that walk peels off too, so a second walk
here would read the same lines by other rules. Credits come in a few printed
forms, one rule each:

* a By-line at the head: ``By JANE O'BRIEN and Tom Lee, Associated Press``;
* a credit trailer at the end: Reuters' ``(Reporting by A in Seoul; Editing
  by B)`` and AP's ``Associated Press writer C contributed to this report.``;
* a sign-off line at the very end: Yonhap's ``hanbyul@yna.co.kr``, its
  web-redacted ``[email protected]``, AFP/AP desk initials ``lb/jm``.

Pure and deterministic: strings in, frozen dataclasses out. Text that is not a
credit gives None (missing is not broken); nothing here raises on any string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pycountry

from wirecopy.transforms.bylines.names import (
    HYPHEN_ARTICLES,
    INNER_PARTICLES,
    NON_NAME_WORDS,
    PARTICLES,
    SUFFIXES,
    is_name_like,
    name_key,
    name_pieces,
    normal_name,
)
from wirecopy.transforms.knowledge import agencies, places
from wirecopy.transforms.knowledge.titles import HONORIFIC, is_title, title_kind
from wirecopy.transforms.leads.dates import MONTHS
from wirecopy.transforms.leads.lead_openings import initials_alone

__all__ = [
    "Byline",
    "Person",
    "Signoff",
    "bare_credit_line",
    "credit_in_head_block",
    "match_by_line",
    "match_metadata_byline",
    "match_run_in_by_line",
    "match_run_in_desk",
    "match_signoff",
    "named_signoff",
    "match_trailer",
    "merge_credits",
    "merge_signoffs",
    "metadata_person",
    "trailer_house",
    "uninverted",
]


@dataclass(frozen=True, slots=True)
class Person:
    """One credited person (or an e-mail-only credit, when `name` is None)."""

    name: str | None
    role: str
    email: str | None = None
    email_redacted: bool = False
    location: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Signoff:
    """A sign-off line at the tail of a story, as printed and as read."""

    raw: str
    email: str | None
    redacted: bool
    initials: str | None
    emails: tuple[str, ...] = ()  # every address on the line; `email` is the first
    time: str | None = None       # a clock time printed with desk initials: "1234 GMT"
    agency: str | None = None     # canonical agency whose signature opens the line: "dpa bwh bag"


@dataclass(frozen=True, slots=True)
class Byline:
    """Everyone credited on one story, with the lines the credits came from."""

    raw: tuple[str, ...]
    people: tuple[Person, ...]
    signoff: Signoff | None = None


# ---------------------------------------------------------------- domain tables

# Agencies and outlets named after a byline ("By A, Reuters"): a title, never a person.
AGENCY_NAMES: tuple[str, ...] = (
    "Associated Press", "The Associated Press", "AP", "APTN", "Reuters", "Reuter",
    "Thomson Reuters", "AFP", "Agence France-Presse", "Agence France Presse", "dpa",
    "DPA", "Deutsche Presse-Agentur", "UPI", "United Press International", "Yonhap",
    "Yonhap News Agency", "Kyodo", "Kyodo News", "Xinhua", "PTI", "Press Trust of India",
    "EFE", "ANSA", "Press Association", "PA", "Bloomberg", "Bloomberg News", "AAP",
    "Australian Associated Press", "CP", "The Canadian Press", "Canadian Press", "IANS",
    "ANI", "Anadolu", "TASS", "Interfax", "Bernama", "Antara", "NHK", "CNA", "KCNA",
)
# Words that make a fragment of a byline a job title ("AP Diplomatic Writer").
TITLE_WORDS: frozenset[str] = frozenset({
    "writer", "writers", "correspondent", "correspondents", "editor", "editors",
    "reporter", "reporters", "columnist", "columnists", "photographer", "photographers",
    "analyst", "analysts", "contributor", "contributors", "staff", "staffer", "chief",
    "bureau", "producer", "producers", "critic", "commentator", "journalist",
    "journalists", "videographer", "economist", "specialist", "agency", "agencies",
    "services", "service", "desk", "newsroom",
    # The same titles in the languages wires credit in (a table of words, not of houses).
    "korrespondent", "korrespondenten", "korrespondentin", "redakteur", "redakteurin", "reporterin",
    "corresponsal", "corresponsales", "enviado", "enviada", "redactor", "redactora", "periodista",
    "correspondant", "correspondante", "envoyé", "envoyée", "rédacteur", "rédactrice", "journaliste",
    "corrispondente", "corrispondenti", "inviato", "inviata", "redattore", "giornalista",
    "correspondente", "repórter", "jornalista", "verslaggever", "medarbeider",
    "journalist", "toimittaja", "wartawan", "koresponden", "verslaggewer", "korrespondent", "mwandishi",
    "waandishi", "novinar", "novinarka", "dopisnik", "dopisnica", "újságíró", "tudósító", "ajakirjanik",
    # Agencies named in other languages ("Repórter da Agência Brasil", "Agence Ecofin"): an employer, not a name.
    "agencia", "agência", "agenzia", "agence", "agentur", "agentschap", "agencja", "agentúra", "agentura", "ajansı",
    # Newsrooms: "Redacción Internacional" credits a desk, like "Reuters Newsroom".
    "redacción", "redaccion", "rédaction", "redazione", "redação", "redaktion", "redaktionen", "redactie",
    "redaksjon", "redaksjonen", "toimitus",
    # Turkish desks: "Haber Merkezi" (news centre), "Ekonomi Servisi", "Dış Haberler Masası".
    "merkezi", "servisi", "masası",
})
# Words that qualify a newsroom title before its head noun ("Senior Correspondent", "Social Affairs Editor"):
# with the head noun, they make a title printed after a name with no comma ("By Jane Doe Senior Correspondent").
JOB_TITLE_MODIFIERS: frozenset[str] = frozenset({
    "senior", "chief", "deputy", "associate", "assistant", "special", "foreign", "political", "diplomatic",
    "economics", "economic", "business", "sports", "sport", "social", "affairs", "health", "science", "legal",
    "education", "environment", "environmental", "technology", "arts", "culture", "city", "metro", "national",
    "regional", "international", "investigative", "managing", "executive", "contributing", "general", "digital",
    "data", "visual", "global", "defence", "defense", "security", "crime", "courts", "energy", "markets", "finance",
    "financial", "property", "transport", "food", "travel", "fashion", "music", "film", "parliamentary", "home",
    "public", "policy", "labour", "industry", "agriculture", "motoring", "religious", "royal", "news", "staff",
    "features", "opinion", "world", "asia", "europe", "africa", "americas", "pacific", "gulf", "investigations",
})
# Last words that make a credited name an organisation's: a newspaper, a broadcaster, a
# company ("Bangkok Post", "Opta Sports Data"). A title, never a person. ("Sun" and "Star"
# are left out: they end people's names too.)
ORGANISATION_WORDS: frozenset[str] = frozenset({
    "post", "times", "herald", "tribune", "journal", "gazette", "daily", "weekly", "mail", "express",
    "observer", "chronicle", "courier", "inquirer", "telegraph", "guardian", "monitor", "mirror",
    "nation", "globe", "magazine", "newspaper", "newspapers", "radio", "television", "tv", "online",
    "broadcasting", "channel", "media", "data", "group", "network", "foundation", "corporation",
    "corp", "inc", "ltd", "limited", "company", "institute", "university", "ministry", "council",
    "association", "publications", "wire", "wires",
    # Agencies and newspapers in other languages ("Agência Brasil", "Frankfurter Zeitung").
    "agencia", "agência", "agenzia", "agence", "agentur", "zeitung", "diario", "gazzetta", "gaceta",
    "periódico", "dagblad", "nachrichten", "noticias", "notizie", "nieuws", "nouvelles", "notícias",
})
# Words of a newspaper's name that are also people's names ("Mundo", "Voz", "Posten"): a publication
# only after an article ("EL DIARIO DEL NORTE", "La Voz del Sur", "THE DAILY COURIER").
NEWSPAPER_WORDS: frozenset[str] = ORGANISATION_WORDS | frozenset({
    "correo", "corriere", "courrier", "kurier", "nación", "nacion", "prensa", "presse", "stampa", "tiempo",
    "tiempos", "mundo", "país", "pais", "república", "repubblica", "crónica", "cronaca", "heraldo", "tribuna",
    "voz", "voce", "voix", "tageblatt", "rundschau", "avis", "avisen", "posten", "tidende", "tidning",
    "sanomat", "independiente", "independent", "universal", "sol", "sun", "star", "standard", "news",
})
ARTICLES: frozenset[str] = frozenset({
    "the", "el", "la", "le", "les", "los", "las", "il", "lo", "der", "die", "das", "de", "het", "o", "os",
})
# Credits that name nobody: the line is a credit, but there is no Person to record.
NOBODY_CREDITS: frozenset[str] = frozenset({
    "agencies", "staff", "staff reporter", "staff reporters", "staff writer",
    "staff writers", "a staff writer", "a staff reporter", "our correspondent",
    "our staff", "wire services", "news agencies", "news services", "agency staff",
    "redacción", "redaccion", "rédaction", "redazione", "redação", "redaktion", "redactie", "redaksjonen",
    "nuestro corresponsal", "notre correspondant", "unserem korrespondenten", "il nostro corrispondente",
    # "Our writer(s)" where the possessive follows (Swahili "Mwandishi Wetu"), and Afrikaans "ons verslaggewer".
    "mwandishi wetu", "waandishi wetu", "mwandishi maalum", "ons verslaggewer", "ons korrespondent",
})
# Groups credited beside people in a trailer ("Shanghai and Beijing newsrooms"):
# skipped, not persons, and not a reason to refuse the credit.
GROUP_WORDS: frozenset[str] = frozenset({
    "newsroom", "newsrooms", "bureau", "bureaus", "bureaux", "desk", "desks", "staff",
    "team", "teams", "tv", "television", "service", "services", "others", "agencies",
    "correspondents", "reporters", "stringers", "unit", "pool",
    # Desks in the languages wires credit in: "Redazione Esteri", "Redactie Binnenland".
    "redaktion", "redaktionen", "rédaction", "redacción", "redaccion", "redação", "redazione", "redactie",
    "redaksjon", "redaksjonen", "toimitus", "nachrichtenredaktion", "esteri", "interni", "binnenland",
    "buitenland", "inland", "ausland", "internacional", "nacional", "internationale", "étranger",
})
# Roles of a labelled credit line ("Editor: Jane Doe").
LABEL_ROLES: dict[str, str] = {
    "editor": "editing", "reporter": "reporting", "writer": "writing", "photographer": "photo",
    "author": "author", "story": "writing", "text": "writing", "word": "writing",
    "correspondent": "reporting", "photo": "photo", "picture": "photo", "video": "video",
    "edited by": "editing", "written by": "writing", "reported by": "reporting",
    "contributing": "additional_reporting", "contributor": "additional_reporting",
    # The same labels in other languages ("Texto: A / Fotos: B", "Tekst: A", "Foto: B/EFE").
    "texto": "writing", "texte": "writing", "testo": "writing", "tekst": "writing", "teksti": "writing",
    "foto": "photo", "bild": "photo", "kuva": "photo", "autor": "author", "autora": "author",
    "auteur": "author", "autore": "author", "edición": "editing", "edição": "editing", "kuvat": "photo",
    "mitarbeit": "additional_reporting", "colaboración": "additional_reporting", "colaboração": "additional_reporting",
    # Role nouns printed as labels ("Reporting: A; Video: B; Editing: C", "Camera: D", "Graphics: E").
    "reporting": "reporting", "writing": "writing", "editing": "editing",
    "additional reporting": "additional_reporting",
    "camera": "video", "graphic": "graphics", "graphics": "graphics", "illustration": "graphics",
    # Labels of more languages: Indonesian (pewarta, penulis, laporan: report, wartawan: journalist),
    # Portuguese (reportagem), Hungarian (szerző, fotó),
    # Estonian (toimetaja, autor), Latvian/Lithuanian (autors, autorius), Tagalog (larawan ni), Nordic (tekst og foto).
    "pewarta": "reporting", "penulis": "writing", "laporan": "reporting", "wartawan": "reporting",
    "reportagem": "reporting", "szerző": "author", "fotó": "photo",
    "toimetaja": "editing", "autors": "author", "autorius": "author", "larawan ni": "photo", "larawan": "photo",
    "tekst og foto": "writing", "text och foto": "writing", "tekst i foto": "writing",
    # Turkish (muhabir: reporter, kamera, yayına hazırlayan: prepared for publication), Vietnamese (bài: text,
    # ảnh: photo, also printed without diacritics), Czech and Polish (zpracoval, opracował: compiled).
    "muhabir": "reporting", "kamera": "video", "yayına hazırlayan": "editing", "bài": "writing", "bai": "writing",
    "ảnh": "photo", "anh": "photo", "zpracoval": "compiled", "zpracovala": "compiled", "opracował": "compiled",
    "opracowała": "compiled",
    # German "Autorin"/"Autoren", Polish "Redakcja" (editing), Spanish and Portuguese "Redacción"/"Redação" (writing).
    "autorin": "author", "autoren": "author", "redakcja": "editing", "redacción": "writing", "redaccion": "writing",
    "redação": "writing",
    "redactor": "editing", "redactori": "editing", "höfundur": "author", "avtor": "author", "avtorica": "author",
    "autorka": "author", "urednik": "editing", "urednica": "editing", "ritstjóri": "editing", "forfatter": "author",
    "författare": "author",
}
# Labels of a credit line that name a source, not a person: "Source: Xinhua | Editor: X".
SOURCE_LABELS: frozenset[str] = frozenset({
    "source", "sources", "via", "agency", "from", "courtesy",
    # "Source" in the languages wires write in: "Autor: Jana Nováková | Zdroj: ČTK".
    "zdroj", "źródło", "zrodlo", "izvor", "vir", "kaynak", "fuente", "fuentes", "fonte", "quelle", "bron",
    "sumber", "nguồn", "nguon", "forrás", "allikas", "lähde",
})
# Role phrases of a trailer credit ("Additional reporting by"), longest first.
ROLE_PHRASES: tuple[tuple[str, str], ...] = (
    (r"additional\s+reporting", "additional_reporting"),
    (r"additional\s+writing", "writing"),
    (r"additional\s+editing", "editing"),
    (r"reporting", "reporting"),
    (r"reported", "reporting"),
    (r"writing", "writing"),
    (r"written", "writing"),
    (r"(?:sub-?)?editing", "editing"),
    (r"edited", "editing"),
    (r"compiled", "compiled"),
    (r"contributed", "author"),
    (r"story", "writing"),
    (r"words", "writing"),
    (r"compiling", "compiled"),
    (r"photos?", "photo"),
    (r"photographs?", "photo"),
    (r"photography", "photo"),
    (r"pictures", "photo"),
    (r"video", "video"),
    (r"graphics?", "graphics"),
    (r"research", "research"),
    (r"translation", "translation"),
    (r"translated", "translation"),
    (r"production", "production"),
    (r"produced", "production"),
    # The same roles in the languages wires write in: "(Reportaje de A; edición de B)", "(Rédigé par A)".
    (r"reportaje|reportagem|reportage|reporte", "reporting"),
    (r"redacción|redação|redazione|rédigé|redigiert|geschrieben|texto|texte|testo", "writing"),
    (r"edición|edição|édité|édition|edizione|bearbeitet", "editing"),
    (r"fotografía|fotografia|fotos?", "photo"),
    (r"traducción|tradução|traduit|traduction|übersetzt", "translation"),
    (r"a\s+cura", "editing"),  # Italian "A cura di NAME": edited by
)
# "by" after a trailer's role in those languages.
TRAILER_BY_WORDS: tuple[str, ...] = ("by", "de", "por", "par", "von", "di", "door", "av", "af")
# AP's contributor line: "<Associated Press> <writer> NAMES contributed ...".
AP_CONTRIBUTOR_KINDS: str = (
    r"writers?|reporters?|correspondents?|contributors?|photographers?|videographers?"
    r"|video\s+journalists?|producers?|researchers?|journalists?|staffers?|news\s+assistants?"
)
# What a contributor's note calls its writer: "NAME is a freelance journalist ...".
BIO_NOUNS: str = (
    r"journalists?|writers?|reporters?|correspondents?|photographers?|photojournalists?|columnists?"
    r"|editors?|broadcasters?|filmmakers?|documentary\s+makers?"
)
# Multi-word places that a name list can run into ("in Washington and New York").
PLACE_LEAD_WORDS: frozenset[str] = frozenset({
    "new", "san", "santa", "los", "las", "la", "el", "hong", "kuala", "buenos", "rio",
    "sao", "são", "st", "st.", "saint", "abu", "tel", "cape", "port", "salt", "mexico",
    "panama", "guatemala", "kuwait", "ho", "phnom", "addis", "dar", "sri", "south",
    "north", "east", "west", "united", "saudi", "costa", "puerto", "fort", "palm",
    "baton", "des", "little", "grand", "ciudad", "vatican", "gaza", "papua", "sierra",
})
US_STATES: frozenset[str] = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
    "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "D.C.",
})
# Country names as wire copy writes them, beyond ISO's official and common names.
COUNTRY_ALIASES: frozenset[str] = frozenset({
    "South Korea", "North Korea", "Russia", "Britain", "England", "Scotland", "Wales",
    "Iran", "Syria", "Taiwan", "Vietnam", "Laos", "Bolivia", "Venezuela", "Tanzania",
    "Moldova", "Czech Republic", "the Philippines", "the Netherlands", "Ivory Coast",
    "Congo", "Macedonia", "Palestine", "the West Bank", "Gaza", "Kosovo",
})
# Everyday slashed words that look like desk initials ("and/or").
SLASH_WORDS: frozenset[str] = frozenset({
    "and/or", "he/she", "his/her", "him/her", "s/he", "yes/no", "on/off", "either/or",
    "w/o", "c/o", "a/c", "n/a", "w/e", "km/h",
})
# Lines that end a story without being part of it: skipped when looking for a
# trailer or a sign-off at the tail (end marks, agency slugs, separators, web furniture).
TAIL_FURNITURE: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\(?\s*(?:END|ENDS|ENDIT|ENDITEM|MORE|OK)\s*\)?\.?$", re.I),
    re.compile(r"^[-=_*#~.\s<>^]+$"),
    re.compile(r"^(?:" + "|".join(re.escape(a) for a in AGENCY_NAMES) + r")\.?$", re.I),
    re.compile(r"^[A-Z]{2,5}-[A-Z]{2}-\d\d-\d\d-\d\d\s+\d{4}\s*(?:GMT|UTC|EST|EDT)?\s*<?$"),
    re.compile(r"^\d{4}\s*(?:GMT|UTC)$"),
    re.compile(r"^Our Standards:", re.I),
    re.compile(r"^(?:Copyright|©|\(c\))\s", re.I),
    re.compile(r"^Follow\s.{1,80}?\s(?:on|at)\s(?:Twitter|X|Facebook|Instagram|Bluesky|Threads|https?://)", re.I),
)

# House styles of credit trailers: the form names the agency when nothing
# else in the copy does (Reuters' parenthesised "(Reporting by ...; Editing
# by ...)", AP's "Associated Press writer ... contributed").
TRAILER_HOUSE_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Reuters", re.compile(
        r"^\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|reported)\b[^()]*\bby\b", re.I)),
    ("AP", re.compile(r"^(?:_{3,}\s*)?(?:the\s+)?(?:Associated\s+Press|AP|APTN)\s", re.I)),
)

# ---------------------------------------------------------------- regexes

_ROLE_ALT = "|".join(pattern for pattern, _ in ROLE_PHRASES)
_ROLE_WORD = re.compile(r"\b(?:" + _ROLE_ALT + r")\b", re.I)
_ROLE_TABLE = tuple((re.compile(r"^" + pattern + r"$", re.I), role) for pattern, role in ROLE_PHRASES)
_AGENCY_KEYS = frozenset(a.casefold() for a in AGENCY_NAMES)
_AGENCY_ACRONYMS = frozenset(a for a in AGENCY_NAMES if " " not in a and (a.isupper() or a == "dpa"))

# Print artefacts around a line: ANPA "^" and "=" / "<" line ends, control characters.
_CONTROLS = "".join(map(chr, range(0x20))) + "\x7f"
_LEADING_ARTEFACTS = "^" + _CONTROLS
_TRAILING_ARTEFACTS = "=<" + _CONTROLS
# "By", also mistyped as a hurried desk does ("Byy", "Bu", "BY:"), and the other
# words that open a head credit: "Written by", "Reported by", "Report by",
# "Compiled by", Bernama's "From", and "by" in the languages wires write in
# (CREDIT_WORDS). Each credits the story's author, but "Compiled by"
# (HEAD_CREDIT_ROLES); "Story by" too.
CREDIT_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("par", "propos recueillis par"), "de": ("von",), "es": ("por",), "pt": ("por",),
    "it": ("di", "a cura di", "dal", "dalla"), "nl": ("door",),
    "no": ("av",), "sv": ("av",), "da": ("af",), "id": ("oleh", "penulis"), "ms": ("oleh",),
    "sw": ("na",), "tl": ("ni",), "af": ("deur",), "hr": ("piše",), "sr": ("piše",), "bs": ("piše",), "sl": ("piše",),
    "ro": ("de",), "sq": ("nga",), "ca": ("per",), "cy": ("gan",),
}
# Credit words that are also names or open sentences: Romanian "de" credits only in lower case ("De Gaulle",
# "De Madrid a ..." are not credits), and "Per", "Gan", "Nga" (given names and surnames too: "Per Olsen",
# "Gan Lin") credit only a name of two words at least after them, so a bare two-word name stays whole.
_LOWER_CASE_ONLY: frozenset[str] = frozenset({"de"})
_NAME_TOO: frozenset[str] = frozenset({"de", "per", "gan", "nga"})
_CREDIT_WORD_ALT = "|".join(sorted({w.replace(" ", r"\s+") for words in CREDIT_WORDS.values() for w in words},
                                   key=len, reverse=True))
_BY_LINE = re.compile(
    r"^\(?(?P<verb>(?i:(?:written|reported|report|story|words|compiled|posted|(?:text|story)\s+and\s+(?:photos?|pictures))\s+by"
    r"|byline:(?:[ \t]*by(?=[ \t]))?|by|byy|bu|from|edited\s+by|" + _CREDIT_WORD_ALT + r"))"
    r"(?::\s*|\.?\s+)(?P<rest>\S.*?)\)?$"
)
HEAD_CREDIT_ROLES: dict[str, str] = {"compiled by": "compiled", "penulis": "writing", "edited by": "editing"}
# Credit words that credit only a title with "our" ("dal nostro inviato NAME"): alone they open sentences
# ("Dal 1 luglio ...") and surnames ("Dalla Chiesa").
_OUR_TITLE_ONLY: frozenset[str] = frozenset({"dal", "dalla"})
# A By-line run into the dateline on one line ("By Jane Doe SINGAPORE, June 25 (Bernama) -"):
# the credit's names are written in normal case, the place opening the dateline in capitals.
# "By: L.N. Reklai & Summer Kennard KOROR, Palau (...)", "By Jane Doe (Crux) ROME –": a colon after "By",
# names joined by "&", the credit's outlet in brackets, and a place closed by a dash or a colon
# ("by Jane Doe & Tom Lee KUCHING: ...").
_BY_RUN_IN = re.compile(
    r"^(?P<credit>(?i:by|from|" + _CREDIT_WORD_ALT + r"):?\s+"
    r"(?:(?:[^\W\d_][\w'’.-]*,?|&|\([^()\n]{1,30}\))\s+){1,8}?)"
    r"(?=[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:\s*[,(/]|:\s|\s+[-–—]\s))"
)
# A full stop ending a By-line, unless it belongs to "Jr." or an initial.
_FINAL_STOP = re.compile(r"(?<=[^\W\d_]{2})(?<!\b[JS]r)\.$")
_BY_LINE_MAX = 160
# A story's kind in capitals over its credit, on the same line: "ANALYSIS: By ...", "SPECIAL REPORT: By ...".
_KICKER = re.compile(r"^[A-Z][A-Z&'’]+(?: [A-Z&'’]+){0,2}:[ \t]*(?=(?i:by)[ \t])")
_BY_RUN_IN_MAX = 2000  # a lead paragraph; the pattern only reads its first words
# Separators inside a By-line: commas, semicolons, "and", AFP's "with", "&", " | ", " / ",
# dashes, parentheses ("Jane DOE (AFP)").
# Patterns that may open with a run of spaces start it only after a non-space, "(?<!\s)\s+": tried from
# every space of a long run, they cost the square of its length (found by tests/test_hostile_leads.py's
# kind of input: a line of 5,000 spaces took seconds, the e-mail pattern minutes).
_BY_SPLIT = re.compile(r"(?:(?<!\s)\s+)?(?:[,;|()]|\s[-–—/]\s|(?i:\band\b|\bwith\b)|&)\s*")
_HANDLE = re.compile(r"^@\w{1,30}$")
_TRAILING_HANDLE = re.compile(r"(?<=\S)[ \t]+@\w{1,30}$")
# "Karin Ek/TT", "Kovács Attila / MTI": a name and the agency after a slash (the agency is let go).
_NAME_SLASH_AGENCY = re.compile(r"^(?P<name>[^/]*[^\W\d_])[ \t]?/[ \t]?(?P<agency>[A-Za-z][\w-]{0,14})$")
# A title printed before the names: "By Xinhua writers Wang Ming and Li Hua".
_LEADING_TITLE = re.compile(
    r"^(?P<title>(?:(?i:the)\s+)?(?:"
    + "|".join(re.escape(a) for a in sorted(AGENCY_NAMES, key=len, reverse=True))
    + r")(?:\s+[A-Z][a-z]+){0,2}?\s+(?i:writers?|reporters?|correspondents?|journalists?))\s+(?P<names>[A-Z].*)$"
)
# A title-only credit is printed in title case: "Reuters Staff", "The Associated Press".
_TITLE_CASED = re.compile(
    r"^(?:(?:the|of|and)\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:(?:of|for|and|the|de|del|des|du|di|della|der|den|van|la|le|y|e|et|und)\s+)?[A-Z][\w'’.-]*)*$"
)
# An outlet rather than a person: "for The Times", "Special to the Post", "UPI.com".
_OUTLET = re.compile(r"^(?:for|special\s+to)\s+\S|^[\w-]+(?:\.[a-z]{2,3})+$")
# A publication named after the names: "By Jane Doe, The Lakeside Courier" (a title, never a person).
# Only after a name: "By The End Of The Year" opens a sentence.
_PUBLICATION = re.compile(r"^The\s+[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*){0,4}$")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_REDACTED = re.compile(r"(?:[\[(<{]\s*|(?:(?<!\s)\s+)?)e-?mail(?:\s|&nbsp;|&#160;|\u00a0)*protected\s*[\])>}]?", re.I)
_SIGNOFF_SEPARATORS = re.compile(r"^[\s,;/|]*$")
_SIGNOFF_WRAP = re.compile(r"^[<(\[]\s*(?P<inner>.*?)\s*[>)\]]$")
_INITIALS_SIGNOFF = re.compile(
    r"^(?:-+\s*)?(?P<initials>(?:[a-z]{1,5}(?:-[a-z]{1,5})*)(?:/[a-z]{1,5}(?:-[a-z]{1,5})*)+)"
    r"(?:\s+(?P<time>\d{3,4}\s*(?:GMT|UTC|gmt)?))?$"
)
_INITIALS_WITH_TIME = re.compile(r"^(?P<initials>[a-z]{2,5})\s+(?P<time>\d{3,4}\s*(?:GMT|UTC))$")
# A lone group reads as initials only without vowels ("ml", "bwh"): words have them.
_INITIALS_ALONE = re.compile(r"^(?P<initials>[b-df-hj-np-tv-xz]{2,4})$")
# An agency's signature with desk initials: dpa's "dpa bwh bag", PTI's "PTI SKL RT".
_AGENCY_INITIALS = re.compile(
    r"^(?P<agency>dpa|afp|efe|ap)\s+(?P<initials>[a-z]{2,4}(?:[\s/-]+[a-z]{2,4}){0,3})"
    r"(?:\s+(?P<time>\d{3,4}\s*(?:GMT|UTC|gmt)))?$"
)
_PTI_INITIALS = re.compile(r"^(?P<agency>PTI)\s+(?P<initials>[A-Z]{2,4}(?:\s+[A-Z]{2,4}){0,3})$")
_TRAILER_BY = r"(?:" + "|".join(TRAILER_BY_WORDS) + r")"
_PAREN_TRAILER = re.compile(
    r"\((?P<body>\s*(?:" + _ROLE_ALT + r")\b[^()]*?\b" + _TRAILER_BY + r"\b[^()]*)\)"
    r"(?P<contact>\s*\(\([^()]*\)\))?[\s.]*\Z",
    re.I,
)
# Dashes may open it ("-- Reporting by A; Editing by B"); the spaces after them are matched only where a dash is.
_LINE_TRAILER = re.compile(
    r"(?:^|\n)(?P<line>[ \t]*(?:[-–—]+[ \t]*)?(?P<body>(?:" + _ROLE_ALT + r")[ \t]+" + _TRAILER_BY
    + r"\b[^\n]*?))(?<![\s.])[\s.]*\Z", re.I
)
# A labelled credit on the last line: "Editor: Jane Doe" (Xinhua's web copy), "Story: A; Photos: B",
# "Source: Xinhua | Editor: Li Hua".
_LABEL = r"(?i:" + "|".join(sorted((k.replace(" ", r"\s+") + ("s?" if " " not in k else "") for k in LABEL_ROLES),
                                    key=len, reverse=True)) + "|" + "|".join(SOURCE_LABELS) + r")"
_LABEL_TRAILER = re.compile(
    r"(?:^|\n)[ \t]*(?P<label>" + _LABEL + r")[ \t]*:[ \t]*(?P<names>[^\n]+?)(?<![\s.])[\s.]*\Z"
)
_LABEL_SEGMENT = re.compile(r"^\s*(?P<label>" + _LABEL + r")\s*:\s*(?P<names>.+?)(?<!\s)\s*$")
# Segments of a labelled line: at ";" and "|", and at a comma or a dash before the next label ("author: A,
# editor: B", "Bài: A - Ảnh: B"; not after a language tag, "RO - author: A").
_LABEL_SPLIT = re.compile(
    r"(?:(?<!\s)\s+)?(?:[;|]|(?:,|(?<=\s)(?<!\b[A-Z]{2}\s)(?<!\b[A-Z]{3}\s)[-–—])(?=\s*" + _LABEL + r"\s*:))\s*"
)
# A language or desk tag opening a segment: Agerpres' "(RO - author: A; EN - author: B)".
_LANGUAGE_TAG = re.compile(r"^\s*[A-Z]{2,3}\s+[-–—]\s+")
# A parenthesised line of labelled credits ending the story.
_PAREN_LABELS = re.compile(
    r"(?:^|\n)[ \t]*\((?P<body>[^()\n]{0,20}?" + _LABEL.replace(r"\s+", r"[ \t]+") + r"[ \t]*:[^()\n]*)\)[\s.]*\Z"
)
_AP_CONTRIBUTOR = re.compile(
    r"(?:(?:^|(?<=\n))[ \t]*|(?<=[.!?\"”])[ \t]+)"
    r"(?P<lead>(?i:the\s+)?(?:Associated\s+Press|AP|APTN)(?:\s+[A-Za-z-]+){0,3}?\s+"
    r"(?i:" + AP_CONTRIBUTOR_KINDS + r"))"
    r"\s+(?P<names>[^\n]{3,300}?)\s+(?i:contributed|helped|assisted)\b[^\n]{0,80}?\Z"
)
# Other houses' contributor lines, each one last line: "Jane Doe contributed reporting from Lyon."
# (NYT News Service), "--With assistance from Jane Doe and Tom Lee." (Bloomberg).
_CONTRIBUTED_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<names>[^\W\d_][^\n]{2,200}?)[ \t]+(?i:contributed)[ \t]+"
    r"(?i:reporting|research|to[ \t]+(?:this|the)[ \t]+(?:report|article|story))"
    r"(?:[ \t]+(?i:from|in)[ \t]+[^\W\d_][^\n]{0,80}?)?[\s.]*\Z"
)
# A contributor's note closing the story: "Jane Doe is a freelance journalist based in Suva." The writer of the
# story, its author; only a journalist's noun closes the description ("The minister is a former pilot" is not one).
_CAPITALISED_WORDS = r"[A-Z][\w'’.&-]*(?:[ \t]+(?:of|the|and|de|du|la|el|[A-Z][\w'’.&-]*))*"
_BIO_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<names>[^\W\d_][^\n]{2,80}?)[ \t]+(?:is|are)[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
    r"(?i:" + BIO_NOUNS + r")\b"
    # Then at most where, or for whom, in capitalised words: "based in Suva", "for the Island Times". A clause
    # ("... who was detained in 2021") makes the line a sentence about a journalist, not a contributor's note.
    r"(?:[ \t]+(?:based[ \t]+in|for|with|at|in|from|of)[ \t]+(?:the[ \t]+)?" + _CAPITALISED_WORDS
    + r"(?:,[ \t]+" + _CAPITALISED_WORDS + r")?)?[\s.]*\Z"
)
# "With reporting by" in the languages wires write in: "Con información de A y B.", "Met medewerking van A".
CONTRIBUTION_LEADS: tuple[str, ...] = (
    r"with\s+(?:assistance|reporting)\s+(?:from|by)",
    r"con\s+(?:información|informacion|reportes|la\s+colaboración)\s+de",
    r"com\s+(?:informações|colaboração)\s+de", r"avec\s+la\s+(?:collaboration|contribution)\s+de",
    r"unter\s+Mitarbeit\s+von", r"met\s+medewerking\s+van", r"with\s+files\s+from",
    r"with\s+(?:inputs|a\s+report|reports|additional\s+reporting)\s+(?:from|by)",
    # The verb before the names: Folha's "Colaborou A" / "Colaboraram A e B", "Colaboró A", "Ha collaborato A".
    r"colaborou", r"colaboraram", r"colaboró", r"colaboraron", r"(?:ha|hanno)\s+collaborato",
)
_ASSISTANCE_LINE = re.compile(
    # "[ \t]*" twice with only an optional dash between would split a run of spaces every way: the
    # spaces after the dashes are matched only where a dash is.
    r"(?:^|\n)[ \t]*(?P<lead>(?:(?:[-–—]+[ \t]*)?\(?(?i:"
    + "|".join(lead.replace(r"\s+", r"[ \t]+") for lead in CONTRIBUTION_LEADS)
    # "— With Jane Doe, Tom Lee" closing the story: "with" alone after a dash names contributors too.
    + r")|[-–—]+[ \t]*(?i:with))[ \t]+)"
    r"(?P<names>[^\n]{3,200}?)\)?[\s.]*\Z"
)
# Bloomberg's contact block: "To contact the reporter on this story:" then "Jane Doe in London at
# jdoe@x.net" lines, the same for the editors.
_CONTACT_HEAD = re.compile(r"(?im)^[ \t]*To contact the (?P<who>reporters?|editors?)\b[^\n]{0,80}:[ \t]*$")
_CONTACT_PERSON = re.compile(
    r"^(?P<name>[^\W\d_][^;@\n]{2,60}?)(?:\s+in\s+(?P<place>[^;@\n]{2,40}?))?\s+at\s+(?P<email>"
    + _EMAIL.pattern + r")$"
)
_CONTACT_ROLES: dict[str, str] = {"reporter": "reporting", "editor": "editing"}
# Dow Jones' last line "Write to Jane Doe at jane.doe@wsj.com and Tom Lee at tom.lee@wsj.com": the reporters.
_WRITE_TO = re.compile(r"(?:^|\n)[ \t]*(?P<verb>(?i:write[ \t]+to|reach))[ \t]+(?P<items>[^\n]{3,400}?)[\s.]*\Z")
# A writer's note: "Jane Doe can be reached at jdoe@example.com." (the author, with the e-mail).
_REACHED_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<names>[^\W\d_][^\n]{2,120}?)[ \t]+(?i:can|may)[ \t]+(?i:be)[ \t]+(?i:reached|contacted)[ \t]+"
    r"(?i:at|by[ \t]+e-?mail[ \t]+at|via)[ \t]+(?P<email>" + _EMAIL.pattern + r")(?:[ \t]+[^\n]{0,80}?)?[\s.]*\Z"
)
_CONTACT_ITEMS = re.compile(r"\s*;\s*(?:and\s+)?|\s+and\s+(?=[^@]+@)")
# Labels abbreviated with a full stop and no colon, as Polish copy closes a story: "oprac. Jane Doe".
ABBREVIATED_LABELS: dict[str, str] = {"oprac": "compiled", "opr": "compiled"}
_ABBREVIATED_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?P<label>(?i:" + "|".join(ABBREVIATED_LABELS) + r"))\.[ \t]*(?P<names>[^\n]+?)(?<![\s.])[\s.]*\Z"
)
# What _AP_CONTRIBUTOR needs on the last line: without it, the pattern's look-behinds are not tried at every offset.
_AP_CONTRIBUTED = re.compile(r"(?i:contributed|helped|assisted)\b")
_SEPARATOR_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:_{3,}|-{3,}|\*{3,})[ \t]*\n\s*\Z")
_WRAPPED_LINE = re.compile(r"(?:(?<![ \t])[ \t]+)?\n[ \t]*(?=[a-z])")
_SEGMENT_SPLIT = re.compile(
    r"(?:(?<!\s)\s+)?(?:;|\n|(?:,|\band|(?<=[^\W\d_]{2})\.)(?=\s*(?:" + _ROLE_ALT + r")\s+" + _TRAILER_BY + r"\b))\s*",
    re.I
)
_SEGMENT = re.compile(
    r"^(?P<role>(?:[\w-]+\s+){0,3}?[\w-]+)\s+" + _TRAILER_BY + r"\b:?\s*(?P<names>.*)$", re.I | re.S
)
_NAME_SPLIT = re.compile(r"((?:(?<!\s)\s+)?,\s*(?:and\s+)?|(?<!\s)\s+and\s+|(?:(?<!\s)\s+)?&\s*)")
_LOCATED = re.compile(r"^(?P<name>.+?)(?<!\s)\s+(?:in|at)\s+(?P<place>\S.*)$")
# "in" of a By-line in the languages wires write in: "Paul LEROY à Genève", "Kari Dahl i Oslo".
_LOCATED_ANY = re.compile(r"^(?P<name>.+?)(?<!\s)\s+(?:in|at|à|en|em|aus|desde|depuis|i)\s+(?P<place>\S.*)$")
# "and" and "with" between the names of a By-line in other languages ("Pablo Ortega y Marta Gil",
# "avec Paul Leroy"): split there only when every side is a name, so "José Ortega y Gasset" stays one.
_CONNECTOR = re.compile(r"(?<!\s)\s+(?:y|e|et|und|en|og|och|i|avec|mit|con|com|met|med|ve|na|și|şi|si|dhe|a)\s+")
_CONNECTOR_WORDS = frozenset({"y", "e", "et", "und", "en", "og", "och", "i", "avec", "mit", "con", "com", "met", "med",
                              "na", "și", "şi", "si", "dhe", "a",  # Romanian, Albanian, Welsh (Czech, Slovak)
                              "ve"})
_LEADING_CONNECTOR = re.compile(r"^(?:y|e|et|und|en|og|och|avec|mit|con|com|met|med)\s+(?=\S)")
_CONNECTOR_CAPS = re.compile(r"(?<!\s)\s+(?:Y|E|ET|UND|EN|OG|OCH|I|AVEC|MIT|CON|COM|MET|MED|VE|NA|ȘI|ŞI|SI|DHE|A)\s+")
_LEADING_CONNECTOR_CAPS = re.compile(r"^(?:Y|E|ET|UND|EN|OG|OCH|AVEC|MIT|CON|COM|MET|MED|NA)\s+(?=\S)")
# A title printed before the names with "our": "Von unserer Korrespondentin Anna Schulz", "By our
# correspondent Jane Doe" (the possessive in the languages wires write in).
_OUR_TITLE = re.compile(
    r"^(?P<title>(?i:our|unserem|unserer|unseren|unser|nuestro|nuestra|notre|nostro|nostra|il\s+nostro|la\s+nostra"
    r"|onze|vår|vårt|vores|vor)\s+[^\W\d_]+(?:\s+(?i:special|spécial|spéciale|especial|speciale))?)\s+(?P<names>\S.*)$"
)
# A publication after the names with a preposition: "Rafael Costa, da Agência Brasil", "für die Zeitung".
_OUTLET_AFTER = re.compile(
    r"^(?:for|para|pour|für|voor|för|per|de|da|do|del|della|di|dla|van)\s+(?:(?:the|el|la|le|die|der|het|o|a)\s+)?"
    r"[^\W\d_]"
)
# "Priya Das for The Daily Courier", "Tevita Fonua of Te Waka Hou": the outlet a name writes for, after it.
_FOR_OUTLET_TAIL = re.compile(
    r"^(?P<name>.+?)(?<!\s)\s+(?P<for>for|of|para|pour|für|voor|för)\s+(?P<outlet>(?:the\s+)?[^\W\d_].*)$"
)
_WORDS = re.compile(r"[^\W\d_]+")
_HAS_DIGIT = re.compile(r"\d")
_EMAIL_IN_BYLINE = re.compile(r"(?:(?<!\s)\s+)?(?:[(<\[]\s*)?(?P<email>" + _EMAIL.pattern + r")\s*[)>\]]?")

_TRAILER_WINDOW = 3000
_MAX_TRAILERS = 6


# ---------------------------------------------------------------- helpers


def strip_artefacts(line: str) -> str:
    r"""The line without its artefacts at either end: what `^[\s^\x00-\x1f\x7f]+|[\s=<\x00-\x1f\x7f]+$` removes.

    By str.strip (white space as \s has it, then the artefact characters, in
    turn until neither takes more): the pattern, tried at every character of
    the line, cost ~30 us a story over the lines read for bylines and tails.
    """
    while True:
        stripped = line.lstrip().lstrip(_LEADING_ARTEFACTS)
        if len(stripped) == len(line):
            break
        line = stripped
    while True:
        stripped = line.rstrip().rstrip(_TRAILING_ARTEFACTS)
        if len(stripped) == len(line):
            return line
        line = stripped


def _is_title(fragment: str) -> bool:
    """True when a byline fragment is an agency or a job title, not a person."""
    key = fragment.strip().casefold()
    if not key:
        return False
    if key in _AGENCY_KEYS or key.removeprefix("the ") in _AGENCY_KEYS or agencies.lookup(fragment) is not None:
        return True
    if _OUTLET.match(key):
        return True
    listed = _WORDS.findall(key)
    words = set(listed)
    last = key.split()[-1].strip(".")
    return (bool(words & TITLE_WORDS) or any(w in _AGENCY_ACRONYMS for w in fragment.split())
            or (" " in key and last in ORGANISATION_WORDS)
            # "EL DIARIO DEL NORTE", "The Daily Courier": an article, then a newspaper's word.
            or (len(listed) > 1 and listed[0] in ARTICLES and bool(words & NEWSPAPER_WORDS)))


def _split_glued_title(fragment: str) -> tuple[str, str] | None:
    """Split "JANE DOE AP Sports Writer" (no comma) into name and title.

    The name ends where the capitals end, or where an agency name begins;
    the rest must read as a title.
    """
    words = fragment.split()
    for cut in range(2, len(words)):
        name, title = " ".join(words[:cut]), " ".join(words[cut:])
        caps_boundary = all(w.isupper() for w in words[:cut]) and not words[cut].isupper()
        agency_start = any(title.casefold().startswith(a + " ") or title.casefold() == a for a in _AGENCY_KEYS)
        job_title = _job_title(words[cut:]) and not _is_title(name)  # not "AP Diplomatic" + "Writer"
        if (caps_boundary or agency_start or job_title) and _is_title(title) and is_name_like(name):
            return name, title
    return None


def _job_title(words: list[str]) -> bool:
    """ "Senior Correspondent", "Editor At Large", "Social Affairs Correspondent": capitalised words of a
    newsroom's job title only, closed by its head noun (TITLE_WORDS) or by "At Large"."""
    if words[-2:] and [w.casefold() for w in words[-2:]] == ["at", "large"]:
        words = words[:-2]
    return (bool(words) and len(words) <= _TITLE_MAX_WORDS and words[-1].casefold() in TITLE_WORDS
            and all(w[:1].isupper() and (w.casefold() in TITLE_WORDS or w.casefold() in JOB_TITLE_MODIFIERS)
                    for w in words))


def _is_place(text: str) -> bool:
    """True for a US state or a country name: the tail of "in Seoul, South Korea"."""
    text = text.strip()
    if text in US_STATES or text in COUNTRY_ALIASES:
        return True
    try:
        pycountry.countries.lookup(text)
    except LookupError:
        return False
    return True


def _is_known_place(fragment: str) -> bool:
    """A city the gazetteer knows ("Kuala Lumpur", "Tegucigalpa"): where the named people file from."""
    if not fragment[:1].isupper() or _HAS_DIGIT.search(fragment) or len(fragment) > _PLACE_MAX_CHARS:
        return False
    found = places.resolve_place(fragment)
    return found is not None and found.basis != "qualifier-only"


_PLACE_MAX_CHARS = 40


def _looks_like_place_start(text: str) -> bool:
    words = text.split()
    if not words or not words[0][:1].isupper():
        return False
    return len(words) == 1 or words[0].lower() in PLACE_LEAD_WORDS or words[-1] == "City"


@dataclass(slots=True)
class _Credit:
    """A name being read, before it becomes a Person (mutable while parsing)."""

    name: str
    location: str | None = None


def _parse_names(text: str, *, strict: bool) -> tuple[list[_Credit], bool]:
    """Read "A, B and C in Seoul" into credits.

    Returns the credits and whether every fragment was understood. A place
    given after a name ("in Seoul") belongs to that name and to the names
    before it that have none yet. Group credits ("Beijing newsroom") are
    skipped; in strict mode anything else that is not a name spoils the list.
    """
    parts = _NAME_SPLIT.split(_FROM_REPORTS.sub("", text.strip().rstrip(".").strip()))
    if _CONNECTOR.search(text):  # "Laura Gómez y Diego Salas": the 'and' of other languages, between names
        parts = [side for i, part in enumerate(parts) for side in (
            _interleave(_at_connectors(part)) if i % 2 == 0 else [part])]
    credits: list[_Credit] = []
    pending: list[_Credit] = []
    last_located: list[_Credit] = []
    clean = True
    for i in range(0, len(parts), 2):
        part = parts[i].strip()
        separator = parts[i - 1] if i else ""
        if not part:
            continue
        slashed = _NAME_SLASH_AGENCY.match(part)
        if slashed and _is_agency_word(slashed["agency"]):
            part = slashed["name"].strip()  # "Photo: Jane Doe/AFP"
        located = _LOCATED.match(part)
        if located and is_name_like(located["name"]):
            credit = _Credit(normal_name(located["name"]), located["place"].strip())
            for earlier in pending:
                earlier.location = credit.location
            credits.append(credit)
            last_located = [*pending, credit]
            pending = []
            continue
        if last_located and not pending and (_is_place(part) or (
            _looks_like_place_start(part) and not is_name_like(part))
            or (part.split()[0].lower() in PLACE_LEAD_WORDS)
        ):
            joiner = " and " if "and" in separator else ", "
            place = f"{last_located[-1].location}{joiner}{part}"
            for earlier in last_located:
                earlier.location = place
            continue
        if is_name_like(part) and not _is_title(part):  # "Agência Brasil", "Lakeside Post": no person
            credit = _Credit(normal_name(part))
            credits.append(credit)
            pending.append(credit)
            last_located = []
            continue
        words = part.lower().split()
        next_part = parts[i + 2].lower().split() if i + 2 < len(parts) else []
        if credits and (_names_agency(part) or _is_title(part) or _names_outlet(part)):
            continue  # "With files from Jane Doe and The Canadian Press": the agency beside the people
        if credits and (words[0] in ("a", "an") or part.rstrip(".").casefold() in _DEGREES):
            continue  # "Omar Haddad, MD, a resident in the medical unit": his degree and who he is
        if words and (words[-1] in GROUP_WORDS or (len(words) == 1 and next_part and next_part[-1] in GROUP_WORDS)):
            continue
        clean = False
        if strict:
            return [], False
    return credits, clean


# What a compiler compiled from: "Compiled by Jane Doe from wire reports" (names nobody).
_FROM_REPORTS = re.compile(
    r"(?<=\S)[ \t]+from[ \t]+(?:(?:wire|agency|news|staff|pool|media|press)[ \t]+)?"
    r"(?:reports|dispatches|services|agencies|wires)$", re.I
)


# Degrees printed after a name: "Omar Haddad, MD".
_DEGREES = frozenset({"md", "m.d", "phd", "ph.d", "dds", "rn", "mph"})
# A sentence after the names inside a trailer: "Editing by Jane Doe. Please credit ..." (a capitalised word, then a
# word in lower case, after a stop that closes a word of two letters at least, so "J. Doe" stays whole).
_SENTENCE_AFTER = re.compile(r"(?<=[^\W\d_]{2})\.[ \t]+(?=[A-Z][a-z]+[ \t]+[a-z])")
# An outlet's possessive before the names: "CNN's Jane Doe", "ABC News' Tom Lee".
_POSSESSIVE_MAX = 40


def _without_outlet_possessive(names: str) -> str:
    """ "CNN's Jane Doe and Tom Lee" -> "Jane Doe and Tom Lee": the outlet they work for, never part of a name."""
    head = names[:_POSSESSIVE_MAX]
    for mark in ("'s ", "’s ", "' ", "’ "):
        cut = head.find(mark)
        if cut > 0:
            owner = names[:cut]
            if (owner.isupper() and owner.isalpha() and len(owner) <= _AGENCY_TAG_MAX) or _names_outlet(owner) \
                    or _names_agency(owner):
                return names[cut + len(mark):]
    return names


def _names_agency(part: str) -> bool:
    """An agency credited among people: "The Canadian Press", "Reuters", known to the agency table."""
    key = part.strip().casefold()
    return key in _AGENCY_KEYS or key.removeprefix("the ") in _AGENCY_KEYS or agencies.lookup(part.strip()) is not None


def _interleave(names: list[str]) -> list[str]:
    """Names as _NAME_SPLIT's split gives them, with " and " between: name, separator, name ..."""
    out: list[str] = []
    for name in names:
        if out:
            out.append(" and ")
        out.append(name)
    return out


def _role_of(phrase: str) -> str | None:
    phrase = " ".join(phrase.split())
    for pattern, role in _ROLE_TABLE:
        if pattern.match(phrase):
            return role
    return None


def _trailer_people(body: str, *, strict: bool) -> tuple[Person, ...] | None:
    """Read the inside of a trailer: "Reporting by A in Seoul; Editing by B"."""
    people: list[Person] = []
    # A hard wrap inside a segment ("Additional\nreporting by") is not a
    # segment break: a role that opens a new line opens it in capitals.
    body = _WRAPPED_LINE.sub(" ", body)
    for segment in _SEGMENT_SPLIT.split(body.strip()):
        if not segment.strip():
            continue
        match = _SEGMENT.match(segment.strip())
        role = None
        if match:
            role_phrase = match["role"]
            # "Reporting and writing by": the first role named wins.
            first = _ROLE_WORD.search(role_phrase)
            role = _role_of(role_phrase) or (_role_of(first.group(0)) if first else None)
        if match is None or role is None:
            if strict:
                return None
            continue
        names = match["names"]
        sentence = _SENTENCE_AFTER.search(names)
        if sentence:
            names = names[:sentence.start()]  # "Editing by Jane Doe. Please credit ...": the names end at the stop
        credits, clean = _parse_names(names, strict=strict)
        if strict and (not clean or not credits):
            return None
        people.extend(Person(name=c.name, role=role, location=c.location) for c in credits)
    return tuple(people) if people else None


def _contributor_people(lead: str, names: str) -> tuple[Person, ...] | None:
    credits, clean = _parse_names(_without_outlet_possessive(names), strict=True)
    if not clean or not credits:
        return None
    title = " ".join(lead.split()) or None
    return tuple(
        Person(name=c.name, role="additional_reporting", location=c.location, title=title) for c in credits
    )


def _match_one_trailer(full_text: str) -> tuple[tuple[Person, ...], int] | None:
    """The last trailer of `full_text`: people and where it starts."""
    # Only the last lines can hold it; searching them alone keeps long stories linear.
    base = full_text.rfind("\n", 0, max(0, len(full_text) - _TRAILER_WINDOW)) + 1
    found = _match_one_trailer_in(full_text[base:])
    return None if found is None else (found[0], base + found[1])


def _last_line_at(text: str) -> int:
    """Where _LINE_TRAILER and _LABEL_TRAILER can match: the line break before the last line with more than
    white space and full stops in it (0 when that is the first line).

    Both hold one line and then only `[\\s.]*` to the end, so no other offset can
    start them; matching there instead of searching from every offset of the
    window took ~30 us off every look for a trailer.
    """
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return max(text.rfind("\n", 0, end), 0)


def _unwrapped(body: str) -> str:
    """A trailer's credits on one line: a break before a label ("\nEditing by") parts two credits, any
    other is the line wrapping ("Editing by Joseph\nRadford")."""
    return " ".join(_BREAK_BEFORE_LABEL.sub("; ", body).split())


_BREAK_BEFORE_LABEL = re.compile(r"(?:(?<![ \t])[ \t]+)?\n\s*(?=[A-Z][a-z]+(?:[ \t]+[A-Za-z]+)?[ \t]+by\b)")


def _match_one_trailer_in(text: str) -> tuple[tuple[Person, ...], int] | None:
    match = _PAREN_TRAILER.search(text)
    if match:
        people = _trailer_people(_unwrapped(match["body"]), strict=False)
        if people:
            emails = tuple(_EMAIL.findall(match["contact"] or ""))
            if emails:
                people = _attach_emails(people, emails, candidates_roles=("reporting", "writing"))[0]
            return people, match.start()
    last_line = _last_line_at(text)
    match = _LINE_TRAILER.match(text, last_line)
    if match:
        people = _trailer_people(match["body"], strict=True)
        if people:
            return people, match.start("line") + len(match["line"]) - len(match["line"].lstrip())
    match = _LABEL_TRAILER.match(text, last_line)
    if match:
        people = labelled_credits(text[match.start("label"):].strip())
        if people:
            return people, match.start("label")
    match = _PAREN_LABELS.match(text, last_line)
    if match:
        people = labelled_credits(match["body"])
        if people:
            return people, match.start("body") - 1
    match = _AP_CONTRIBUTED.search(text, text.rfind("\n") + 1) and _AP_CONTRIBUTOR.search(text)
    if match:
        people = _contributor_people(match["lead"], match["names"])
        if people:
            return people, match.start("lead")
    for pattern in (_CONTRIBUTED_LINE, _ASSISTANCE_LINE):
        match = pattern.match(text, last_line)
        if match:
            people = _contributor_people("", match["names"])
            if people:
                return people, match.start("names" if pattern is _CONTRIBUTED_LINE else "lead")
    match = _BIO_LINE.match(text, last_line)
    if match:
        credits, clean = _parse_names(match["names"], strict=True)
        if clean and credits:
            return tuple(Person(name=c.name, role="author") for c in credits), match.start("names")
    match = _ABBREVIATED_LABEL.match(text, last_line)
    if match:
        credits, clean = _parse_names(match["names"], strict=True)
        if clean and credits:
            role = ABBREVIATED_LABELS[match["label"].casefold()]
            return tuple(Person(name=c.name, role=role) for c in credits), match.start("label")
    match = _WRITE_TO.match(text, last_line)
    if match and (people := _contact_people(match["items"], "reporting")):
        return people, match.start("verb")
    match = _REACHED_LINE.match(text, last_line)
    if match:
        credits, clean = _parse_names(match["names"], strict=True)
        if clean and len(credits) == 1:
            return (Person(name=credits[0].name, role="author", email=match["email"]),), match.start("names")
    return _contact_block(text)


def _contact_people(items: str, role: str) -> tuple[Person, ...] | None:
    """ "Jane Doe at jdoe@x.net and Tom Lee in Paris at tlee@x.net": every item a name with its e-mail, else None."""
    people: list[Person] = []
    for item in _CONTACT_ITEMS.split(items.strip().rstrip(".")):
        person = _CONTACT_PERSON.match(item.strip())
        if person is None or not is_name_like(person["name"]):
            return None
        people.append(Person(name=normal_name(person["name"]), role=role, email=person["email"],
                             location=person["place"]))
    return tuple(people) or None


def _contact_block(text: str) -> tuple[tuple[Person, ...], int] | None:
    """Bloomberg's "To contact the reporter on this story:" block, when it ends the text.

    Every line after the first heading must be another heading or "NAME [in
    PLACE] at E-MAIL" items (separated by ";"); else the block is not read.
    """
    if "ontact the" not in text and "ONTACT THE" not in text:
        return None  # a plain substring test spares most stories the pattern's scan
    heads = list(_CONTACT_HEAD.finditer(text))
    if not heads:
        return None
    start = heads[0].start()
    people: list[Person] = []
    role = None
    for raw in text[start:].split("\n"):
        line = raw.strip().rstrip(".")
        if not line:
            continue
        head = _CONTACT_HEAD.match(line)
        if head:
            role = _CONTACT_ROLES[head["who"].casefold().rstrip("s")]
            continue
        for item in re.split(r"\s*;\s*(?:and\s+)?|\s+and\s+(?=[^@]+@)", line):
            person = _CONTACT_PERSON.match(item.strip())
            if role is None or person is None or not is_name_like(person["name"]):
                return None
            people.append(Person(name=normal_name(person["name"]), role=role, email=person["email"],
                                 location=person["place"]))
    return (tuple(people), start) if people else None


# ---------------------------------------------------------------- e-mail matching


def _email_score(local: str, name: str) -> int:
    """How well an e-mail's local part spells a name: 0 for no evidence.

    Counts the letters of name pieces found in the local part ("dahye.yoon"
    ~ "Yoon Da-hye") and credits initials followed by a piece ("sjpark" ~
    "Park Seo-jin", "hjbaekstar" ~ "Baek Hye-jin").
    """
    local = local.lower()
    pieces = [p for p in name_pieces(name) if len(p) >= 2]
    score = sum(len(p) for p in pieces if p in local)
    initials = "".join(p[0] for p in name_pieces(name))
    score += max(
        (size for size in range(2, len(initials) + 1)
         for start in range(len(initials) - size + 1) if initials[start:start + size] in local),
        default=0,
    )
    return score if score >= 2 else 0


def _attach_emails(
    people: tuple[Person, ...], emails: tuple[str, ...], *, candidates_roles: tuple[str, ...]
) -> tuple[tuple[Person, ...], tuple[str, ...]]:
    """Give sign-off e-mails to the people they belong to; return the rest.

    One e-mail and one candidate (a named person in `candidates_roles` without
    an e-mail) are paired outright, as a one-author sign-off always is.
    Otherwise pairs are made by letters, best first; unmatched e-mails are returned.
    """
    people_list = list(people)
    candidates = [i for i, p in enumerate(people_list) if p.name and not p.email and p.role in candidates_roles]
    if len(emails) == 1 and len(candidates) == 1:
        i = candidates[0]
        people_list[i] = replace(people_list[i], email=emails[0])
        return tuple(people_list), ()
    scored = sorted(
        ((_email_score(e.split("@", 1)[0], people_list[i].name or ""), -ei, -i, ei, i)
         for ei, e in enumerate(emails) for i in candidates),
        reverse=True,
    )
    used_emails: set[int] = set()
    used_people: set[int] = set()
    for score, _, _, ei, i in scored:
        if score == 0 or ei in used_emails or i in used_people:
            continue
        people_list[i] = replace(people_list[i], email=emails[ei])
        used_emails.add(ei)
        used_people.add(i)
    rest = tuple(e for ei, e in enumerate(emails) if ei not in used_emails)
    return tuple(people_list), rest


# ---------------------------------------------------------------- public API


def _by_fragments(rest: str) -> list[str]:
    """Split what follows "By" at commas, "and", "|" ..., keeping "Jr." with its name."""
    fragments: list[str] = []
    for piece in _BY_SPLIT.split(_EMAIL_IN_BYLINE.sub(r", \g<email>", rest)):
        fragments.extend(_by_pieces(piece.strip(), fragments))
    return fragments


def _at_connectors(fragment: str) -> list[str]:
    """ "Pablo Ortega y Marta Gil" -> both names; "José Ortega y Gasset" stays one (a side is not a name)."""
    if fragment.isupper() and not _CONNECTOR_WORDS.isdisjoint(w.casefold() for w in fragment.split()):
        # "ASHA MOHAMEDI NA PETRO MOLLEL": a connector in capitals joins capitals names.
        sides = _CONNECTOR_CAPS.split(_LEADING_CONNECTOR_CAPS.sub("", fragment))
        return sides if len(sides) > 1 and all(is_name_like(side) for side in sides) else [fragment]
    if _CONNECTOR_WORDS.isdisjoint(fragment.split()):
        return [fragment]  # most fragments: a set test spares them both patterns
    fragment = _LEADING_CONNECTOR.sub("", fragment)
    if not _CONNECTOR.search(fragment):
        return [fragment]
    sides = _CONNECTOR.split(fragment)
    if all(is_name_like(side) or ((found := _LOCATED_ANY.match(side)) and is_name_like(found["name"]))
           for side in sides):
        return sides
    return [fragment]


def _by_pieces(piece: str, before: list[str]) -> list[str]:
    fragments: list[str] = []
    for fragment in _at_connectors(piece) if piece else [piece]:
        fragment = fragment.strip()
        if _HANDLE.match(fragment):
            continue  # "Jane Doe (@janedoe)": the social handle names nobody new
        fragment = _TRAILING_HANDLE.sub("", fragment)  # "Jane Doe @janedoe"
        if fragment.endswith("*") and len(fragment) > 1:
            fragment = fragment.rstrip("*").rstrip()  # "Jane Doe*": a footnote mark ("*Intern") after the name
        slashed = _NAME_SLASH_AGENCY.match(fragment)
        if slashed and _is_agency_word(slashed["agency"]):
            fragment = slashed["name"].strip()
        if (fragments or before) and fragment.rstrip(".").casefold() in SUFFIXES:
            target = fragments if fragments else before
            target[-1] = f"{target[-1]} {fragment}"  # "John Doe, Jr." -> "John Doe Jr."
        elif fragment:
            fragments.append(fragment)
    return fragments


def _is_agency_word(word: str) -> bool:
    """An agency's name or a short capitals tag ("TT", "NTB", "PNA"), known to the agency table or not."""
    return word.casefold() in _AGENCY_KEYS or agencies.lookup(word) is not None or (
        word.isupper() and word.isalpha() and 2 <= len(word) <= 6)


def _fragment_person(fragment: str) -> Person | None:
    """A By-line fragment that names one author: "Jane Doe", "Jane Doe in Seoul", "JANE DOE AP Writer"."""
    if is_initials_of_a_place(fragment):
        return None  # "GIS Dominica", "DPI Sabah": a government's information service, nobody's name
    if (ranked := _rank_before_name(fragment)) is not None:
        return Person(name=normal_name(ranked[1]), role="author", title=ranked[0])
    if any(w.casefold() in _AGENCY_KEYS for w in fragment.split()[:2]) and not _split_glued_title(fragment):
        return None  # "Xinhua BEIJING": an agency and a place, nobody's name
    if is_name_like(fragment) and not _is_title(fragment):
        return Person(name=normal_name(fragment), role="author")
    located = _LOCATED_ANY.match(fragment)
    if located and is_name_like(located["name"]) and _looks_like_place_start(located["place"]):
        return Person(name=normal_name(located["name"]), role="author", location=located["place"])
    writes_for = _FOR_OUTLET_TAIL.match(fragment)
    if (writes_for and is_name_like(writes_for["name"]) and writes_for["outlet"][:1].isupper()
            # "of" takes only a name in title case: "Jane Doe of Te Waka Hou", not "... of 2024 results".
            and (writes_for["for"] != "of" or _TITLE_CASED.match(writes_for["outlet"]))):
        return Person(name=normal_name(writes_for["name"]), role="author", title=writes_for["outlet"])
    glued = _split_glued_title(fragment)
    if glued:
        return Person(name=normal_name(glued[0]), role="author", title=glued[1])
    titled = _title_before_name(fragment)
    if titled:
        return Person(name=normal_name(titled[1]), role="author", title=titled[0])
    return None


def is_initials_of_a_place(fragment: str) -> bool:
    """"GIS Dominica", "DPI Sabah": initials (three to five capitals, one vowel at most: "WANJIRU KAMAU" is a
    name), then a country or a region the gazetteer knows."""
    first, _, rest = fragment.strip().partition(" ")
    return (3 <= len(first) <= _INITIALS_MAX and first.isalpha() and first.isupper()
            and sum(c in "AEIOU" for c in first) <= 1 and bool(rest) and places.is_qualifier(rest))


_INITIALS_MAX = 5


def _rank_before_name(fragment: str) -> tuple[str, str] | None:
    """ "Dr. Jane Doe", "Staff Sgt. Jane Doe", "MC3 Jane Doe": an honorific or a rank, then the name.

    The name is the person's as a reader would search for it; the honorific
    or rank is their title. Military public-affairs copy prints the rank
    before the name, a Navy rating as its code ("MC3"); a name must follow
    in two words at least ("By Sgt. Pepper" keeps its words).
    """
    words = fragment.split()
    cut = 0
    while cut < len(words) - 2 and (title_kind(words[cut]) == HONORIFIC or _RATING_RE.match(words[cut])
                                    or words[cut].rstrip(".").casefold() in _RANK_WORDS):
        cut += 1
    ranks = words[:cut]
    if not any(title_kind(w) == HONORIFIC or _RATING_RE.match(w) or w.rstrip(".").casefold() in _CORE_RANKS
               for w in ranks) or words[cut].casefold() in _NAME_PARTICLES:
        return None  # "1st Infantry Division": an ordinal, a unit's words, no rank
    name = " ".join(words[cut:])
    return (" ".join(words[:cut]), name) if is_name_like(name) and not _is_title(name) else None


# Words of military ranks and ratings the titles table leaves to the NER's evidence ("Staff Sgt.", "Petty Officer
# 2nd Class", "Airman 1st Class", "Lance Cpl.", "Pfc.", "Spc."); and a Navy rating's code ("MC3", "MCSN", "PO2").
_RANK_WORDS = frozenset("staff tech master senior chief command gunnery first lance petty officer warrant airman "
                        "seaman specialist spc pfc pvt private corporal sergeant sgt lieutenant captain colonel "
                        "commander ensign ens major general brigadier mass communication class 1st 2nd 3rd".split())
# ...of which these are a rank by themselves ("Staff", "Senior", "1st" only qualify one).
_CORE_RANKS = frozenset("officer airman seaman specialist spc pfc pvt private corporal sergeant sgt lieutenant "
                        "captain colonel commander ensign ens major general brigadier".split())
_RATING_RE = re.compile(r"^(?:MC(?:[1-3]|SN|SA|C|CS|CM)|[A-Z]{2}[1-3])$")


def _title_before_name(fragment: str) -> tuple[str, str] | None:
    """ "Staff Writer Maria Costa" (NITF's <byttl> printed before the <person>): the title, then the name."""
    words = fragment.split()
    if len(words) < 3 or TITLE_WORDS.isdisjoint(w.casefold() for w in words[:_TITLE_MAX_WORDS]):
        return None  # most fragments: no title word where a title would stand
    for cut in range(1, min(len(words) - 1, _TITLE_MAX_WORDS) + 1):
        title, name = " ".join(words[:cut]), " ".join(words[cut:])
        # A job's title ("Staff Writer"), not a newspaper's ("EL DIARIO DEL NORTE"), and a name opening with
        # a given name, not a particle.
        # A title closes with its head word ("Senior Staff Writer"): "FERRY SERVICE RESUMES ON" is a headline.
        if (words[cut - 1].casefold().strip(".,:") in TITLE_WORDS and words[cut].casefold() not in _NAME_PARTICLES
                and is_name_like(name) and not _is_title(name)):
            return title, name
    return None


_TITLE_MAX_WORDS = 4
_NAME_PARTICLES = PARTICLES | INNER_PARTICLES


def match_by_line(line: str) -> tuple[Person, ...] | None:
    """Read a head-of-story credit line: "By Jane O'Brien, AP Diplomatic Writer".

    Returns the people credited (role "author", title from the line when
    printed), an empty tuple for a credit that names nobody ("By Staff
    Writers", "By The Associated Press"), or None when the line is not a
    credit line. Strict on purpose: every fragment after "By" must be a name,
    a place ("in Seoul"), an agency or a job title, so "By the end of the
    year, ..." and "By Monday, the company ..." are not credits.
    """
    text = strip_artefacts(line)
    kicker = _KICKER.match(text)
    if kicker:
        text = text[kicker.end():]  # "COMMENTARY: By Jane Doe in Suva": the story's kind, then its credit
    match = _BY_LINE.match(text) if len(text) <= _BY_LINE_MAX else None
    if not match:
        return _dated_by_line(text) if len(text) <= _BY_LINE_MAX else None
    verb = " ".join(match["verb"].casefold().split())
    if verb in _NAME_TOO and (len(match["rest"].split()) < 2 or (verb in _LOWER_CASE_ONLY and not
                                                                 match["verb"].islower())):
        return None  # "Per Olsen", "De Vries": a name, no credit word; "De Madrid a ...": a sentence
    rest = _FINAL_STOP.sub("", match["rest"].strip())
    if rest[:5].casefold() == "with ":
        return None  # "— With Jane Doe, Tom Lee": contributors, read at the foot, never a By-line
    rest = _without_date_after(rest)  # "By Jane Doe on July 5, 2024": a blog's credit and its date
    key = rest.casefold()
    if key in NOBODY_CREDITS or key in _AGENCY_KEYS or key.removeprefix("the ") in _AGENCY_KEYS:
        return ()
    leading = _LEADING_TITLE.match(rest) or _our_title(rest) or _lower_case_title(rest)
    if leading:
        rest = leading["names"]
    elif match["verb"].casefold() in _OUR_TITLE_ONLY:
        return None  # "Dal 1 luglio ...", "Dalla Chiesa": only "dal nostro inviato NAME" is a credit
    elif _opens_in_lower_case(rest):
        return None  # "By the end of ...", "Door de regen ...": a name opens in capitals or with a particle
    people: list[Person] = []
    untitled: list[int] = []  # people printed before the title that follows them
    nobody = False
    for fragment in _by_fragments(rest):
        if people and _OUTLET_AFTER.match(fragment):
            # "Rafael Costa, da Agência Brasil": the outlet they write for, never a person.
            for i in untitled:
                people[i] = replace(people[i], title=" ".join(fragment.split()))
            untitled = []
            continue
        if people and _is_known_place(fragment):
            # "By Jane Doe, Kuala Lumpur": the city they file from, never a second person.
            people = [p if p.location else replace(p, location=fragment) for p in people]
            continue
        if people and (_is_agency_tag(fragment) or _names_outlet(fragment)):
            # "Khalid Al Habsi, ONA", "Kofi Boateng, Joy News": the agency or outlet they file for, unknown or not.
            for i in untitled:
                people[i] = replace(people[i], title=" ".join(fragment.split()))
            untitled = []
            continue
        email = _EMAIL.fullmatch(fragment)
        person = None if email else _fragment_person(fragment)
        if email and people:
            people[-1] = replace(people[-1], email=email.group(0))
        elif person is not None:
            people.append(person)
            if person.title is None:
                untitled.append(len(people) - 1)
        elif not people and ((_is_title(fragment) and _TITLE_CASED.match(fragment))
                             or is_initials_of_a_place(fragment) or initials_alone(fragment)):
            nobody = True  # "By Reuters Staff", "By Special Correspondent", "By GIS Dominica", "By QNX"
        elif people and (_is_title(fragment) or _PUBLICATION.match(fragment)):
            for i in untitled:
                people[i] = replace(people[i], title=" ".join(fragment.split()))
            untitled = []
        elif not (people and (_is_place(fragment) or _is_stamp(fragment) or _TRANSLATOR_INITIALS.match(fragment)
                              or _SECTION_FILED.match(fragment))):
            # Anything else is prose, not a credit; a place or a date after the
            # names ("| May 27, 2016") is furniture and is let pass.
            return None
    if leading:
        lead_title = " ".join(leading["title"].split())
        people = [p if p.title else replace(p, title=lead_title) for p in people]
    role = HEAD_CREDIT_ROLES.get(" ".join(match["verb"].casefold().split()))
    if role:
        people = [replace(p, role=role) for p in people]
    if people:
        return tuple(people)
    return () if nobody else None


def titled_credit(line: str) -> tuple[Person, ...] | None:
    """A credit line printed without "By": each name with its bearer's job or agency ("Jane Doe, Staff Writer",
    "Jane Doe / QNX", "JANE DOE, OUR CORRESPONDENT"), else None.

    A name alone may be a profile's headline ("Pope Francis"), and a
    headline's words split at a comma read as a name and a title ("Scientists
    Warn, of Waning Ice"); a job title's word or an agency's name after a
    name of two to four words is a credit's mark.
    """
    if line[:3].casefold() == "by " or len(line) > _BY_LINE_MAX:
        return None
    parts = _TITLE_PRINTED_APART.split(line, maxsplit=1)
    named = parts[0].split()
    if len(parts) < 2 or not 2 <= len(named) <= _TITLED_NAME_MAX_WORDS + _MAX_NAME_PARTICLES or not all(
            w[:1].isupper() or w.casefold() in _NAME_PARTICLES for w in named):
        return None  # most headlines: no name of capitalised words before a comma, a slash, a bar or a dash
    people = match_by_line(f"By {line}")
    if not people or not " ".join(line.split()).casefold().startswith(
            (people[0].name or "-").casefold()):
        return None  # "ASIAN COCOA PRODUCERS EXPAND ...": a title first is a headline's words, not a credit
    for person in people:
        title, words = person.title or "", (person.name or "").split()
        if not (2 <= len(words) <= _TITLED_NAME_MAX_WORDS) or sum(len(w.strip(".")) > 1 for w in words) < 2:
            return None  # "W L T PF PA": a table's head, no name
        if (_is_known_place(person.name or "") or places.is_qualifier(title) or title.casefold() in _NOT_TITLES
                or title.casefold() in _WEEKDAY_KEYS):
            return None  # "Santa Ana, CA", "SANTO DOMINGO, LUNES": a place, its state, a day; "NAME / END"
        if not (agencies.lookup(title) is not None or _is_agency_tag(title) or (
                _TITLE_CASED.match(title) and len(title.split()) <= _TITLE_MAX_WORDS + 1
                and not TITLE_WORDS.isdisjoint(w.casefold().strip(".,") for w in title.split()))):
            return None  # "..., economist for the American Soybean": a sentence wrapped at its line's end
    return people


_TITLED_NAME_MAX_WORDS = 4
_MAX_NAME_PARTICLES = 3  # "Ana Lucía Gómez de la Torre"
# The title printed apart from the name: after a comma, a slash, a bar or a spaced dash ("Sentinel Digital Desk"
# runs its words together and credits a desk).
_TITLE_PRINTED_APART = re.compile(r",|/|\||\s[-–—]\s")
_NOT_TITLES = frozenset({"end", "ends", "more", "eds", "photo", "photos", "file", "update"})
_WEEKDAY_KEYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi jeudi vendredi samedi dimanche "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag".split())


# "transl. M.P.": a translator credited by initials after the names, nobody's name.
_TRANSLATOR_INITIALS = re.compile(r"^(?i:transl|trans|trad|tr)\.?[ \t]*(?:[A-Z]\.?[ \t]?){1,4}$")
# "Posted in: Local News": the section a blog files the story under.
_SECTION_FILED = re.compile(r"^(?i:posted|filed|published)[ \t]+(?i:in|under)\b")
# A word that only opens a date line: "Posted July 5, 2024 by ...", "Updated: ...".
_DATE_LABELS = frozenset({"posted", "published", "updated", "date", "on", "actualizado", "publicado", "atualizado",
                          "aktualisiert", "veröffentlicht", "mis", "pubblicato", "aggiornato"})
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d\d")
_DATE_MAX_WORDS = 8


def _is_date_text(text: str) -> bool:
    """A date and perhaps a time, as blogs print them by a credit: "July 5, 2024 10:30 am", "05.07.2024"."""
    words = text.replace(",", " ").split()
    if words and words[0].rstrip(":").casefold() in _DATE_LABELS:
        words = words[1:]
    if not words or len(words) > _DATE_MAX_WORDS or not _HAS_DIGIT.search(text):
        return False
    return bool(_NUMERIC_DATE.search(text)) or any(w.strip(".").casefold() in MONTHS for w in words)


def _without_date_after(rest: str) -> str:
    """ "Jane Doe on July 5, 2024" -> "Jane Doe": the date a blog prints after its credit."""
    cut = rest.find(" on ")
    if cut > 0 and _is_date_text(rest[cut + 4:]):
        return rest[:cut].rstrip()
    return rest


def _dated_by_line(text: str) -> tuple[Person, ...] | None:
    """A credit printed after the story's date, as blog themes print it: "Posted July 5, 2024 by Jane Doe",
    "July 5, 2024 10:30 am | by Jane Doe | Posted in: Local News"."""
    segments = [s.strip() for s in text.split("|")]
    if len(segments) > 1:
        credited = [i for i, s in enumerate(segments) if s[:3].casefold() == "by "]
        if len(credited) != 1 or not all(i in credited or _is_date_text(s) or _SECTION_FILED.match(s)
                                         for i, s in enumerate(segments)):
            return None
        return match_by_line(segments[credited[0]])
    cut = text.casefold().find(" by ")
    if cut <= 0 or not _is_date_text(text[:cut]):
        return None
    return match_by_line(text[cut + 1:])


# A web page's reading time over the story: "3 min read".
_READING_TIME = re.compile(
    r"^\d{1,3}[ \t]*(?i:min|mins|minutes?|min\.)[ \t]+(?i:read|de[ \t]+lectura|de[ \t]+leitura)$")
_HEAD_BLOCK_MAX = 5
_SHORT_LINE_WORDS = 4


def _is_page_furniture(line: str) -> bool:
    """A line a web page prints by its credit: a date or time stamp, a reading time, a city alone, an outlet."""
    words = line.split()
    return (_is_date_text(line) or bool(_READING_TIME.match(line)) or is_outlet_line(line)
            or (len(words) <= _PLACE_WORDS_MAX and (_is_agency_tag(line) or _is_known_place(line))))


_PLACE_WORDS_MAX = 3


def _bare_name_over_furniture(line: str) -> tuple[Person, ...] | None:
    """A bare name line that may stand over a web page's furniture: every name of two words at least, and no
    word of an outlet's ("DAILY SABAH", "Times of Malta" name papers, not people)."""
    if not line[:1].isupper() or _CREDIT_OPENING_RE.match(line) or len(line) > _BARE_CREDIT_MAX:
        return None
    people = match_by_line(f"By {line}")
    if not people or any(not p.name or len(p.name.split()) < 2 or is_title(p.name.split()) for p in people):
        return None
    if _opens_outlet(line) or any(w.casefold() in NEWSPAPER_WORDS
                                  for p in people for w in (p.name or "").split()):
        return None
    return people


def credit_in_head_block(lines: list[str]) -> tuple[tuple[Person, ...], int] | None:
    """A credit among the short lines a web page prints over its story, set apart by a blank line: a bare
    name over a stamp, a city, an outlet or a reading time ("Jane Doe" / "Published: 10:30am, 5 Jul 2024"),
    or a By-line under an outlet's name and a date line ("Lakeside Times" / "Date: Jul 06, 2024" / "By: Jane
    Doe"). Returns the people and the index in `lines` of the credit line, else None.

    A bare name has no mark of its own: it must open the block and every line under it must be furniture. A
    By-line is marked: the other lines need only be short and no sentence.
    """
    block: list[str] = []
    for raw in lines[:_HEAD_BLOCK_MAX + 1]:
        line = strip_artefacts(raw)
        if not line:
            break
        block.append(line)
    if not 2 <= len(block) <= _HEAD_BLOCK_MAX or len(lines) <= len(block) + 1:
        return None  # no block, or one that runs on into the story with no blank line under it
    fielded = [(i, people) for i, line in enumerate(block) if (people := _author_field(line))]
    if len(fielded) == 1 and all(i == fielded[0][0] or _FIELD_LINE.match(line) or _FIELD_FENCE.match(line)
                                 or (len(line.split()) <= _SHORT_LINE_WORDS and not _SENTENCE_CLOSE.search(line))
                                 for i, line in enumerate(block)):
        return fielded[0][1], fielded[0][0]  # an export's or a site generator's fields: "Author: Doe, Jane"
    marked = [(i, people) for i, line in enumerate(block) if (people := match_by_line(line))]
    if len(marked) == 1:
        at, people = marked[0]
        if all(i == at or _is_page_furniture(line) or (len(line.split()) <= _SHORT_LINE_WORDS and not
                                                       _SENTENCE_CLOSE.search(line)) for i, line in enumerate(block)):
            return people, at
        return None
    if marked:
        return None
    people = _bare_name_over_furniture(block[0])
    if people and all(_is_page_furniture(line) for line in block[1:]):
        return people, 0
    return None


_SENTENCE_CLOSE = re.compile(r"[.!?:;]$")
# A field of a database export or of a site generator's front matter: "Publication info: ...", "date: 2024-07-05";
# the fence of front matter: "---".
_FIELD_LINE = re.compile(r"^[A-Za-z][A-Za-z _-]{0,30}:[ \t]*\S")
_FIELD_FENCE = re.compile(r"^-{3}$")
_AUTHOR_FIELD = re.compile(r"^(?i:author|authors|byline|creator|writer)[ \t]*:[ \t]*(?P<value>\S.*)$")


def _author_field(line: str) -> tuple[Person, ...] | None:
    """An author field, names written surname first or not, quoted or not: "Author: Doe, Jane; Roe, John"."""
    found = _AUTHOR_FIELD.match(line)
    if found is None:
        return None
    value = found["value"].strip().strip("\"'").strip()
    if not value or _opens_outlet(value):
        return None  # "Author: Daily Sabah": the paper itself
    return match_metadata_byline(value)


def _lower_case_title(rest: str) -> dict[str, str] | None:
    """ "political reporter Jane Doe": a job's title in lower case before the names, as some houses print it."""
    words = rest.split(None, _TITLE_MAX_WORDS + 1)
    for cut in range(1, min(len(words) - 1, _TITLE_MAX_WORDS) + 1):
        head = words[:cut]
        if not all(w.islower() and (w in TITLE_WORDS or w in JOB_TITLE_MODIFIERS) for w in head):
            return None
        if head[-1] in TITLE_WORDS and words[cut][:1].isupper():
            return {"title": " ".join(words[:cut]), "names": rest.split(None, cut)[cut]}
    return None


def _is_agency_tag(fragment: str) -> bool:
    """A short tag in capitals after a name ("ONA", "NNN-PANA"): an agency's initials, known to the table or not."""
    letters = fragment.replace("-", "")
    return 2 <= len(letters) <= _AGENCY_TAG_MAX and letters.isalpha() and letters.isupper() and " " not in fragment


_AGENCY_TAG_MAX = 8
# Words that close only an outlet's name, never a person's: "Joy News", "Radio Free Asia Service".
_OUTLET_CLOSERS = frozenset("news radio tv television newswire wire service network agency media press".split())
_OUTLET_MAX_WORDS = 4


def _names_outlet(fragment: str) -> bool:
    """ "Joy News", "Capital FM Radio": a few capitalised words closed by a word that only names an outlet."""
    words = fragment.split()
    return (2 <= len(words) <= _OUTLET_MAX_WORDS and words[-1].casefold() in _OUTLET_CLOSERS
            and all(w[:1].isupper() for w in words))


def is_outlet_line(line: str) -> bool:
    """A line under a bare name that names the outlet, and perhaps the bureau ("BBC News, Nairobi",
    "BBC World Service News"), as broadcasters' web copy prints a reporter's credit, or the job title alone
    ("Social Affairs Correspondent"), as papers print it."""
    text = line.strip()
    if not text or len(text) > _OUTLET_LINE_MAX or _CREDIT_OPENING_RE.match(text):
        return False  # "By The Associated Press" credits the agency itself: a headline over it is no name
    outlet, comma, place = text.partition(",")
    outlet, place = outlet.strip(), place.strip()
    if comma and not (_looks_like_place_start(place) or _is_known_place(place)):
        return False
    words = outlet.split()
    # Or the job title alone, as papers print it under the name: "Social Affairs Correspondent", "Staff writer".
    title = bool(words) and (_job_title(words) or _job_title([words[0]] + [w.capitalize() for w in words[1:]]))
    return title or _names_outlet(outlet) or agencies.lookup(outlet) is not None


_OUTLET_LINE_MAX = 60
_CREDIT_OPENING_RE = re.compile(r"(?i)^(?:by|from|" + _CREDIT_WORD_ALT + r")\b")


def _opens_in_lower_case(rest: str) -> bool:
    """Whether a credit opens with a lower-case word that opens no name: not an e-mail, not particles before a
    capitalised word ("van der Berg", "al-Qadi"), so "the end of ..." and "de regen viel ..." open none."""
    for word in rest.split(None, 4)[:4]:
        if not word[:1].islower() or "@" in word:
            return False
        if "-" in word and word.split("-", 1)[0] in HYPHEN_ARTICLES:
            return False
        if word not in _NAME_PARTICLES:
            return True
    return False


def _our_title(rest: str) -> re.Match[str] | None:
    """ "unserer Korrespondentin Anna Schulz": a title with "our" before the names, when the word is a title."""
    found = _OUR_TITLE.match(rest)
    if found is None or not found["names"][:1].isupper() or not (set(_WORDS.findall(found["title"].casefold()))
                                                               & TITLE_WORDS):
        return None
    return found


def _is_stamp(fragment: str) -> bool:
    """A date or time after the names ("May 27, 2016", "Updated: Jan 4, 2024 10:30 IST"), not a numbered sentence."""
    return bool(_HAS_DIGIT.search(fragment)) and len(fragment.split()) <= _STAMP_MAX_WORDS


_STAMP_MAX_WORDS = 6


def match_run_in_desk(line: str) -> int | None:
    """Where the lead starts after a desk's credit run into it: "Staff Reporter ITANAGAR, 10 Jun: ...",
    "STAFF REPORTER WINDHOEK", "NT Reporter | Panaji The ...". The credit names nobody; whether the rest
    is a dateline is the caller's to check."""
    found = _RUN_IN_DESK.match(line)
    return found.end() if found else None


# A desk's credit in any case, a paper's initials allowed ("NT Reporter"), then a bar, a slash or a space.
_RUN_IN_DESK = re.compile(
    r"^(?:(?i:by\s+)?(?i:staff|special|our|own)|[A-Z]{2,4})\s+(?i:reporter|correspondent|writer)s?"
    r"(?:[ \t]*[|/][ \t]*|[ \t]+)(?=[A-Z])")


def match_run_in_by_line(line: str) -> tuple[tuple[Person, ...], int] | None:
    """A By-line that runs into the dateline on one line: "By Jane Doe SINGAPORE, June 25 (Bernama) - ...".

    The names must be in normal case and the next word a capitalised place
    followed by a comma, a parenthesis or a slash; whether the rest is a
    dateline is the caller's to check. Returns the people and the offset in
    `line` where the rest starts (no people for a credit naming nobody:
    "By Xinhua BEIJING, ..."), else None.
    """
    match = _BY_RUN_IN.match(line) if len(line) <= _BY_RUN_IN_MAX else None
    if match is None:
        return None
    people = match_by_line(match["credit"])
    # A credit that names nobody ("By Xinhua BEIJING, ...") is still no part of the dateline.
    return (people, match.end("credit")) if people is not None else None


def bare_credit_line(line: str) -> tuple[Person, ...] | None:
    """A bare credit line over a story with no dateline under it, read by its own print alone:
    names filed from a place the gazetteer knows ("Helena Marsh in Lisbon", "Jan Novak and Eva Berg in
    Prague", "Nina Keller, Zürich"), or one name with the family name in capitals ("Selin ÖZTÜRK").

    A name line over a dateline is the caller's to read (any name will do there); this one has no such
    evidence, so each name must have two words at least and the cue must be in the line. Returns None
    when the line is not such a credit.
    """
    text = strip_artefacts(line)
    if not text[:1].isupper() or len(text) > _BARE_CREDIT_MAX or _CREDIT_OPENING_RE.match(text):
        return None
    people = match_by_line(f"By {text}")
    if not people or any(len(p.name.split()) < 2 for p in people if p.name):
        return None
    if any(p.name and is_title(p.name.split()) for p in people):
        return None  # "Prime Minister in Paris": a title, nobody's name
    # "A and B in Beirut": the place closing the line is where all of them file from.
    located = bool(people[-1].location and _is_known_place(people[-1].location))
    words = text.split()
    family_in_capitals = (len(people) == 1 and len(words) in (2, 3) and len(words[-1]) > 1 and words[-1].isupper()
                          and all(w[:1].isupper() and not w.isupper() for w in words[:-1]))
    return people if located or family_in_capitals else None


_BARE_CREDIT_MAX = 80


def is_person_credit(name: str) -> bool:
    """Whether a name a format's metadata credits is a person's, not a desk, an agency or a place."""
    words = set(_WORDS.findall(name.casefold()))
    return (is_name_like(name) and not _is_title(name) and not (words & GROUP_WORDS)
            and not _is_place(name) and agencies.lookup(name) is None)


# A name stored surname first, as metadata keeps it: "Okafor, Chinedu", "van der Berg, Pieter".
_INVERTED_NAME = re.compile(r"^(?P<surname>[^,;|&]{2,40}),\s*(?P<given>[^,;|&]{1,60})$")
# Items of a metadata credit list: "Lindqvist, Maja; Berg, Olle", "Doe, Jane and Roe, John".
_METADATA_ITEMS = re.compile(r"(?:(?<!\s)\s+)?(?:;|\||&|\band\b)\s*")
_GIVEN_MAX_WORDS = 3


def uninverted(text: str) -> tuple[str, str | None] | None:
    """ "Doe, Jane" -> ("Jane Doe", None); "Okafor, Chinedu Staff Correspondent" -> ("Chinedu Okafor", title).

    Metadata stores names surname first. Not an inversion when what follows
    the comma is a place, an agency or a title ("Jane Doe, Moscow", "Doe,
    Reuters"), or when both sides are whole names ("Jane Doe, Tom Lee").
    """
    found = _INVERTED_NAME.match(" ".join(text.split()))
    if found is None:
        return None
    surname, given = found["surname"].strip(), found["given"].strip()
    if _is_title(surname) or len(surname.split()) > _GIVEN_MAX_WORDS:
        return None
    words = given.split()
    for cut in range(min(len(words), _GIVEN_MAX_WORDS), 0, -1):
        first, title = " ".join(words[:cut]), " ".join(words[cut:]) or None
        if title is not None and not _is_title(title):
            continue
        if _is_title(first) or _is_place(first) or _is_city(first, any_size=" " in surname):
            continue
        if is_name_like(surname) and is_name_like(first):
            return None  # two names, not one written backwards
        name = f"{first} {surname}"
        if is_name_like(name):
            return normal_name(name), title
    return None


def _is_city(text: str, *, any_size: bool) -> bool:
    """A city after the comma: one that stands alone in datelines ("Moscow"), or any the gazetteer knows after a
    whole name ("Jane Doe, Lagos"); after a lone surname a small namesake town is a given name ("Nowak, Marek")."""
    if not any_size:
        if not text[:1].isupper() or len(text) > _PLACE_MAX_CHARS:
            return False
        found = places.resolve_place(text)
        return found is not None and found.basis == "standalone"
    return _is_known_place(text)


def match_metadata_byline(text: str) -> tuple[Person, ...] | None:
    """A credit line a format's metadata prints: "By Jane Doe", "Jane Doe", or surname first ("Doe, Jane; Roe, John").

    Read as a By-line first (with "By" understood when not printed); when
    that names nobody, as a list of names written surname first. None when
    neither reads.
    """
    line = " ".join(text.split())
    found = match_by_line(line)
    if found is None and not line.casefold().startswith("by "):
        found = match_by_line(f"By {line}")
    if found:
        return found
    by = _BY_LINE.match(line) if len(line) <= _BY_LINE_MAX else None
    people: list[Person] = []
    for item in _METADATA_ITEMS.split(by["rest"] if by else line):
        name = uninverted(item)
        if name is None:
            return found
        people.append(Person(name=name[0], role="author", title=name[1]))
    return tuple(people) or found


def metadata_person(name: str, role: str) -> Person | None:
    """A person a format's metadata names (creator, contributor, party), also surname first; None for a desk,
    an agency or a place."""
    if is_person_credit(name):
        return Person(name=normal_name(name), role=role)
    inverted = uninverted(name)
    if inverted is not None and is_person_credit(inverted[0]):
        return Person(name=inverted[0], role=role, title=inverted[1])
    return None


def labelled_credits(line: str) -> tuple[Person, ...] | None:
    """A line of labelled credits: "Story: Jane Doe; Photos: Tom Lee", "Source: Xinhua | Editor: Li Hua".

    Every segment must be a label and names (a source label names an
    agency, not a person); None when any segment is something else.
    """
    people: list[Person] = []
    for segment in _LABEL_SPLIT.split(line.strip().rstrip(".")):
        segment = _LANGUAGE_TAG.sub("", segment)
        if not segment:
            continue
        match = _LABEL_SEGMENT.match(segment)
        if match is None:
            return None
        label = " ".join(match["label"].lower().split())
        if label in SOURCE_LABELS or _opens_outlet(match["names"]):
            continue  # "Author: Daily Sabah": the outlet itself, nobody's name
        credits, clean = _parse_names(match["names"], strict=True)
        if (not clean or not credits) and label in _PERSON_LABELS and _is_mononym(match["names"]):
            credits, clean = [_Credit(match["names"].strip())], True  # "Reporter: Sutrisno"
        if not clean or not credits:
            return None
        role = LABEL_ROLES.get(label) or LABEL_ROLES[label.rstrip("s")]
        people.extend(Person(name=c.name, role=role, location=c.location) for c in credits)
    return tuple(people) or None


def source_named(line: str) -> str | None:
    """The source a line of labelled credits names ("Source: Xinhua", "Autor: Jana Nováková | Zdroj: ČTK"),
    as printed; None when it names none."""
    for segment in _LABEL_SPLIT.split(line.strip().rstrip(".")):
        segment = _LANGUAGE_TAG.sub("", segment)
        match = _LABEL_SEGMENT.match(segment) if segment else None
        if match is not None and " ".join(match["label"].lower().split()) in SOURCE_LABELS:
            return match["names"].strip() or None
    return None


# Words that open an outlet's name, never a person's: "Daily Sabah", "Radio Free Asia".
_OUTLET_OPENERS = frozenset({"daily", "weekly", "radio", "tv", "television", "agencia", "agência", "agenzia", "agence"})


def _opens_outlet(names: str) -> bool:
    words = names.split()
    return bool(words) and words[0].casefold() in _OUTLET_OPENERS


# Labels that only ever name a person ("Reporter: Sutrisno"), where one name alone is a mononymous person's.
_PERSON_LABELS = frozenset({"reporter", "editor", "writer", "author", "correspondent"})
_MONONYM = re.compile(r"^[A-Z][a-z\u00df-\u00ff]{2,20}$")
# Web furniture that a labelled line prints where nobody is named ("Author: Admin").
_NO_MONONYMS = frozenset({"admin", "administrator", "anonymous", "guest", "unknown", "webmaster", "editor", "none"})


def _is_mononym(text: str) -> bool:
    """One capitalised word that is no agency, desk, title or place: a person known by one name (Indonesia)."""
    word = text.strip()
    return (bool(_MONONYM.match(word)) and not _is_title(word) and not _is_agency_word(word)
            and word.casefold() not in NON_NAME_WORDS and word.casefold() not in GROUP_WORDS
            and word.casefold() not in _NO_MONONYMS and not _is_place(word) and not _is_known_place(word))


# A release's contact block: "Media Contact:", "Press contacts", "CONTACT: Jane Doe, 555-0100".
# The label closes its line or takes a colon: "Contact tracing began" is a sentence.
_CONTACT_LABEL = re.compile(r"^(?:(?:(?:media|press|investor|news)\s+)?(?:contacts?|relations|inquiries|enquiries)"
                            r"\s*(?::|$)|for\s+(?:more|further)\s+information\b)", re.I)
_CONTACT_LOOKBACK = 6


def in_contact_block(lines_above: list[str]) -> bool:
    """Whether an e-mail line closes a release's contact block: a contact label on one of the few lines above.
    Such an address is a press officer's, never the story's author."""
    return any(_CONTACT_LABEL.match(line.strip()) for line in lines_above[-_CONTACT_LOOKBACK:])


def match_trailer(text: str) -> tuple[tuple[Person, ...], int] | None:
    """Read the credit trailer(s) at the end of `text`.

    Recognises Reuters' parenthesised trailer ("(Reporting by A and B in
    Seoul; Editing by C)", also "(Compiled by ...)", "(Additional reporting by
    ...)"), the same without parentheses on its own last line, and AP's
    contributor line ("Associated Press writer A in City contributed to this
    report.", role additional_reporting). Several trailers in a row are all
    read. Returns the people in printed order and the offset where the first
    trailer starts (a "___" separator line just before an AP contributor line
    is included), or None when the text does not end with a trailer.
    """
    found: list[tuple[Person, ...]] = []
    end = len(text)
    start = None
    for _ in range(_MAX_TRAILERS):
        one = _match_one_trailer(text[:end].rstrip())
        if one is None:
            break
        people, start = one
        found.append(people)
        end = start
    if start is None:
        return None
    separator = _SEPARATOR_BEFORE.search(text[:start])
    if separator:
        start = separator.start() + (1 if text[separator.start():separator.start() + 1] == "\n" else 0)
    people = tuple(p for group in reversed(found) for p in group)
    return people, start


def trailer_house(trailer: str) -> str | None:
    """The agency whose house style a credit trailer is printed in, else None."""
    text = trailer.strip()
    for agency, pattern in TRAILER_HOUSE_STYLES:
        if pattern.match(text):
            return agency
    return None


# A name and its address on one line at the foot: "Jean-Pierre Mbala, jpmbala@acp.example",
# "Ana Ruiz | ana.ruiz@example.com", "Li Wei <liwei@example.cn>": the address closing the line...
_EMAIL_CLOSING = re.compile(r"[(<\[]?(?P<email>" + _EMAIL.pattern + r")[)>\]]?\.?$")
# ...and what may part it from the name (stripped from the name's end, not matched with it: linear).
_NAME_EMAIL_GAP = " \t,|/:-–—"


def named_signoff(line: str, emails: tuple[str, ...] = ()) -> tuple[Person, ...] | None:
    """A sign-off's writer at the foot, where an address spells the name beside or under it.

    "Jean-Pierre Mbala, jpmbala@acp.example" on one line, or "Jean-Pierre
    Mbala" alone over a sign-off line of `emails`: the address's letters
    ("jpmbala") are the evidence that the name is the writer's and not a
    line of the story's or a press officer's (whose address is the office's,
    "press@..."). Returns the person (role "author", with the address) or None.
    """
    text = strip_artefacts(line)
    if len(text) > _BARE_CREDIT_MAX * 2:
        return None
    both = _EMAIL_CLOSING.search(text)
    if both is not None and text[:both.start()].strip(_NAME_EMAIL_GAP):
        who, emails = text[:both.start()].rstrip(_NAME_EMAIL_GAP).strip(), (both["email"],)
    elif emails and len(text) <= _BARE_CREDIT_MAX:
        who = text
    else:
        return None
    people = match_by_line(f"By {who}")
    if not people or len(people) != 1 or not people[0].name or people[0].location or people[0].title:
        return None
    person = people[0]
    if " ".join(who.split()) != person.name and " ".join(who.split()).casefold() != person.name.casefold():
        return None  # the whole line must be the name: no place, outlet or title beside it
    spelt = [e for e in emails if _email_score(e.split("@", 1)[0], person.name) > 0]
    if not spelt:
        return None
    # The address on the name's own line is the person's; one on the sign-off line under it stays the
    # sign-off's, which merge_credits gives to the person it spells.
    return (replace(person, email=spelt[0]) if both is not None else person,)


def match_signoff(line: str) -> Signoff | None:
    """Read a sign-off line: e-mail(s), a redacted e-mail, or desk initials.

    E-mails must stand alone on the line (separated by spaces, commas,
    semicolons or slashes, optionally in brackets): an address inside a
    sentence is not a sign-off. Initials are lower-case letter groups joined
    by "/" ("lb/jm", "burs-pid/rox"), optionally with a time ("1234 GMT"); a
    single group counts only with a time or when it has no vowel ("ml", never
    "the"); agency signatures with initials ("dpa bwh bag", "PTI SKL RT") too.
    """
    raw = line
    text = " ".join(strip_artefacts(line).split())
    if not text or len(text) > 200:
        return None
    wrapped = _SIGNOFF_WRAP.match(text)
    inner = wrapped["inner"] if wrapped and not _REDACTED.fullmatch(text) else text
    emails = tuple(dict.fromkeys(_EMAIL.findall(inner)))
    redacted = bool(_REDACTED.search(inner))
    if emails or redacted:
        leftover = _REDACTED.sub(" ", _EMAIL.sub(" ", inner))
        if not _SIGNOFF_SEPARATORS.match(leftover):
            return None
        return Signoff(raw=raw, email=emails[0] if emails else None, redacted=redacted, initials=None, emails=emails)
    for pattern in (_INITIALS_SIGNOFF, _INITIALS_WITH_TIME, _INITIALS_ALONE, _AGENCY_INITIALS, _PTI_INITIALS):
        match = pattern.match(text)
        if match and match["initials"] not in SLASH_WORDS:
            groups = match.groupdict()
            time = " ".join(groups["time"].upper().split()) if groups.get("time") else None
            signer = agencies.by_signoff_word(groups["agency"]) if groups.get("agency") else None
            return Signoff(
                raw=raw, email=None, redacted=False, initials=match["initials"], time=time,
                agency=signer.name if signer else None,
            )
    return None


# Roles that all say one wrote the story: a By-line's author and the same name in a
# "(Reporting by ...)" trailer are one credit, kept under the first role printed.
_WRITING_ROLES = frozenset({"author", "reporting", "writing"})


def _dedupe(people: tuple[Person, ...]) -> tuple[Person, ...]:
    seen: dict[tuple[str, str], int] = {}
    out: list[Person] = []
    for person in people:
        role = "author" if person.role in _WRITING_ROLES else person.role
        if person.name is None:
            key = ("@" + (person.email or "").casefold(), role)
        else:
            key = (name_key(person.name), role)
        if key in seen:
            i = seen[key]
            kept = out[i]
            out[i] = replace(
                kept,
                email=kept.email or person.email,
                email_redacted=kept.email_redacted or person.email_redacted,
                location=kept.location or person.location,
                title=kept.title or person.title,
            )
            continue
        seen[key] = len(out)
        out.append(person)
    return tuple(out)


def merge_credits(
    head: tuple[Person, ...],
    trailer: tuple[Person, ...],
    signoff: Signoff | None,
    raw: tuple[str, ...],
) -> Byline:
    """Combine head credits, trailer credits and a sign-off into one Byline.

    Sign-off e-mails go to the named author (or, with no By-line, the
    reporters/writers of the trailer): one e-mail and one such person are
    paired outright; otherwise by the letters of the name in the e-mail's
    local part. E-mails left over become e-mail-only Persons (name None,
    role "author"). A redacted sign-off marks the author `email_redacted`
    when it is clear whose it is and never invents an address; with nobody
    named it credits nobody but stays in `Byline.signoff`. People with the
    same normalised name and role collapse into one; so do an author and the
    same name reporting or writing (`_WRITING_ROLES`).
    """
    people = _dedupe(tuple(head) + tuple(trailer))
    if signoff is not None:
        has_author = any(p.role == "author" and p.name for p in people)
        roles = ("author",) if has_author else ("reporting", "writing", "author")
        emails = signoff.emails or ((signoff.email,) if signoff.email else ())
        if emails:
            people, rest = _attach_emails(people, emails, candidates_roles=roles)
            people = people + tuple(Person(name=None, role="author", email=e) for e in rest)
        if signoff.redacted:
            candidates = [i for i, p in enumerate(people) if p.name and not p.email and p.role in roles]
            # Whose address was hidden is only clear for one author, or one
            # redaction per author; otherwise nobody is marked.
            if len(candidates) in (1, len(_REDACTED.findall(signoff.raw))):
                listed = list(people)
                for i in candidates:
                    listed[i] = replace(listed[i], email_redacted=True)
                people = tuple(listed)
    return Byline(raw=tuple(raw), people=_dedupe(people), signoff=signoff)


def merge_signoffs(first: Signoff, second: Signoff) -> Signoff:
    """Two sign-off lines at one tail (an e-mail line and an initials line) as one."""
    emails = tuple(dict.fromkeys(first.emails + second.emails))
    return Signoff(
        raw=first.raw if first.emails or first.redacted else second.raw,
        email=emails[0] if emails else None,
        redacted=first.redacted or second.redacted,
        initials=first.initials or second.initials,
        emails=emails,
        time=first.time or second.time,
        agency=first.agency or second.agency,
    )
