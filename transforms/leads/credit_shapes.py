"""What a credit in a lead looks like: the shapes of agencies' and outlets' names as leads print them.

The lead grammar (wirecopy.transforms.leads.dateline) finds where a credit may
stand; these predicates say whether the words there read as a news
provider's name, known or not ("(Montsame)", "Asia-Plus", "The Qarzen
Times", "AMMONNEWS", "teleSUR"), or as a marker, a desk, a place or a
sentence's words. Kept apart from the grammar so that the lead-in walk
(wirecopy.transforms.normalise) asks the same questions of lines over the lead.
"""

from __future__ import annotations

import re

from wirecopy.transforms.knowledge import agencies, gazetteer, places
from wirecopy.transforms.leads import dates
from wirecopy.transforms.leads.transmission import ZONE_ABBREVIATIONS

# "(TASR-correspondent)": the reporter's role after the agency's name is no part of it.
_ROLE_SUFFIX_RE = re.compile(r"(?i)[\s-]+(?:special[\s-]+)?correspondents?$")


# Words that open a bracket in a lead and are no agency: markers, credits, glosses.
NOT_AGENCY_WORDS = frozenset(
    "lead update urgent corrected correction refile repeat recast adds updates writethru "
    "photo photos video graphic analysis focus feature exclusive insight wrapup factbox "
    "reporting writing editing compiled by with and or for file note eds see sic advisory breaking flash "
    "bulletin alert newsalert preview review obit obituary profile interview opinion editorial commentary "
    "podcast sponsored watch listen live satire explainer comment column letter letters quiz gallery audio "
    "recap highlights "
    "advance embargoed kill withdrawn sidebar table chronology timeline poll roundup sports sport updated "
    "recasts rewrites rewrite repeats refiles corrects fixes adding paid release releases statement".split()
)


# Words an agency's name may take when printed without brackets ("Jiji Press").
MAX_AGENCY_WORDS = 3


# Words that name a news outlet as one, closing its name ("Religion News Service", "Kaiser Health News").
OUTLET_WORDS = frozenset(
    "news press post times wire service square journal herald telegraph agency agencia agence agência media "
    "network tribune gazette daily radio tv television newswire report reporter observer chronicle monitor".split()
)


# A broadcaster's word opening its name, capitalised: "Radio Vanuatu", "Radio Free Asia", "TV Globo".
BROADCAST_OPENERS = frozenset({"Radio", "RADIO", "TV", "Television", "Télé", "Rádio"})


# An agency's word opening its name in the Romance and Germanic languages.
AGENCY_WORDS = frozenset("agence agencia agência agenzia agentur agency agentschap agencija ajansi".split())


# ...of which these never close a kicker's words ("Video News", "Photo Report" are kinds of story).
OUTLET_NOUNS = frozenset("network wire newswire service agency tribune gazette herald times post journal daily "
                          "chronicle observer monitor telegraph".split())


def names_an_outlet(line: str) -> bool:
    """A line that is only a news provider's name: an agency the table knows, or an outlet's ("The Sports Xchange")."""
    name = line.strip(" .")
    return 0 < len(name) <= _MAX_OUTLET_CHARS and (agencies.lookup(name) is not None or publication(name))


_MAX_OUTLET_CHARS = 60


# A provider of copy names itself so: "Capital News Service", "The News Service of Florida", "Qarzen News Agency".
_PROVIDER_RE = re.compile(r"(?i)\b(?:news|press|wire|information)\s+(?:service|agency|syndicate)\b|\bnewswire\b"
                          r"|\bwire\s+service\b")


_PROVIDER_NAME_RE = re.compile(r"[^\W\d_][\w&'’. -]{1,60}")


def news_provider(name: str) -> bool:
    """An outlet whose name says it supplies copy to others (a news service, a news agency, a newswire),
    as a byline's title credits it ("By Jane Doe, Qarzen News Service"): the story's source. A paper's or a
    broadcaster's name ("The Qarzen Times", "Kaiser Health News") says only who employs the reporter."""
    if not _PROVIDER_NAME_RE.fullmatch(name):
        return False  # "June 3, 2024 | Qarzen News Agency": a line of fields, no name
    found = _PROVIDER_RE.search(name)
    rest = f"{name[:found.start()]} {name[found.end():]}".split() if found else []
    # A name beyond the provider's words: "News Service" alone, after a name the byline took, is no one's.
    return found is not None and publication(name) and any(w[:1].isupper() and w != "The" for w in rest)


def publication(name: str) -> bool:
    """An outlet's name of two words or more, no place's: "The Center Square", "Religion News Service".

    It opens with "The", an agency's word ("Agence Ecofin", "Agencia
    Andes") or a broadcaster's ("Radio Vanuatu"), or closes with a word that
    names an outlet; "(Press Release)",
    "(Staff Writer)" and "(Full Text)" are no one's credit.
    """
    words = name.split()
    return len(words) >= 2 and (
        words[0] == "The" or words[0].casefold() in AGENCY_WORDS or words[-1].casefold() in OUTLET_WORDS
        or (words[0] in BROADCAST_OPENERS and words[1][:1].isupper())) and (
        not places.is_qualifier(name) and places.resolve_place(name) is None)


def acronym(name: str) -> bool:
    """A short name in capitals, as agencies print their initials ("KPL", "NNN-MENA"), or a broadcaster its
    call letters and city ("CBS DETROIT")."""
    words = name.split()
    letters = [w.replace("-", "") for w in words]
    return (0 < len(words) <= MAX_AGENCY_WORDS and 2 <= len(letters[0]) <= 8
            and all(w.isalpha() and w.isupper() for w in letters))


def source_agency(name: str, *, labelled: bool) -> str | None:
    """The agency a name printed as a story's source stands for ("Xinhua", "ČTK", "Qarzen News Agency"):
    the table's canonical name where it knows it, else the name as printed where it reads as an agency's.

    A field of a page's meta line ("ANI | June 3, 2024") must be a news
    service's name or one word of initials to count; under a source label
    ("Source: Qarzen Daily") any outlet's name or initials do, since the label
    says a provider follows. A ministry, a person or a marker is no agency.
    """
    if not name or len(name) > _MAX_OUTLET_CHARS or name.casefold() in NOT_AGENCY_WORDS:
        return None
    if (known := agencies.canonical(name)) is not None:
        return known
    if news_provider(name) or (acronym(name) and (labelled or len(name.split()) == 1)) or (
            labelled and publication(name)):
        return name
    return None


# Words that make a desk's or a service's label of an outlet's noun: "World Service", "Foreign News".
DESK_WORDS = frozenset("world foreign national international global local metro city regional domestic overseas "
                        "business sports sport financial economic political breaking".split())


def desk(name: str) -> bool:
    """"World Service -", "Foreign News -": a generic word and an outlet's noun label a desk, bare before a dash
    ("Business Wire" and "Sports Network" are outlets' names, but bare they read as desks too: their copy
    credits them in brackets)."""
    words = name.split()
    return len(words) == 2 and words[0].casefold() in DESK_WORDS


CAMEL_RE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")


def outlet_word_glued(name: str) -> bool:
    """"AMMONNEWS", "RTTNews": one word in capitals (or with capitals inside) closing with an outlet's word
    run into it ("Goodnews" is a word)."""
    folded = name.casefold()
    return name.isalpha() and (name.isupper() or CAMEL_RE.search(name) is not None) and any(
        folded.endswith(word) and len(folded) >= len(word) + 3 for word in OUTLET_NOUNS | {"news", "press"})


def organisation(name: str) -> bool:
    """Initials the gazetteer knows as an organisation's that sends no copy ("IMF", "NATO", "WHO")."""
    known = gazetteer.lookup(name)
    return known is not None and known.kind == "organisation"


def credit_and_date(printed: str) -> tuple[str, dates.DatePhrase] | None:
    """"MindaNews/18 August", "Radio Australia, March 29, 2015", "UrduPoint News / Sputnik - 16th March, 2020":
    a credit and its date in one pair of brackets, parted by a slash, or by a comma or a dash before a date
    with its year (after a comma, "(Reuters, Monday)" is a credit and a day of its own)."""
    for part in _CREDIT_DATE_SPLIT_RE.finditer(printed):
        credit, tail = printed[:part.start()].strip(), printed[part.end():].strip()
        phrase = dates.match_date(tail) if credit else None
        if phrase is not None and not phrase.partial and (part[0].strip() == "/" or phrase.year is not None):
            return credit, phrase
    return None


def agency_and_day(line: str) -> tuple[str, dates.DatePhrase] | None:
    """"Ma'an News Agency, Feb. 2, 2017", "QNX - 3 June 2024": a line over the lead that is an agency's name
    and the day it filed, with its year; the agency as source_agency gives it. None for any other line (a
    paper's or a ministry's name and a date, a place and a date)."""
    if len(line) > _MAX_OUTLET_CHARS + 30 or (found := credit_and_date(line.strip())) is None:
        return None
    credit, phrase = found
    if phrase.year is None or places.resolve_place(credit) is not None or places.is_qualifier(credit):
        return None
    agency = source_agency(credit, labelled=False)
    return (agency, phrase) if agency is not None else None


_CREDIT_DATE_SPLIT_RE = re.compile(r"[ \t]*/[ \t]*|,[ \t]*|[ \t]+[-–—][ \t]+")


def looks_like_agency(printed: str, *, dated: bool = False) -> bool:
    """Whether a bracketed or slashed name in a lead reads as an agency's, known or not.

    Any short proper name will do ("(Montsame)", "/ARKA/", "(Agência Brasil)"),
    but not a state, region or country ("BALASORE (Odisha)"), a date, a
    marker or credit ("(LEAD)", "(Reporting by ...)") or lower-case words.
    After a date (`dated`) nothing else can stand there: a region name is
    taken ("(NAN)" is also a Thai province), and so is one short lower-case
    word ("(awp)").
    """
    if agencies.lookup(printed) is not None or distributor(printed) is not None:
        return True
    if len(parts := re.split(r"[-/]", printed.strip())) in (2, 3) and all(p.isalnum() for p in parts) and any(
            agencies.lookup(p) is not None for p in parts):
        return True  # "(dpa-AFX)", "(AFP-JIJI)", "(dpa/lni)": a known agency's service or partner, named as one
    if WEB_NAME_RE.fullmatch(printed.casefold()) and not printed[:1].isdigit():
        return True  # "(stephanscom.at)", "/PanARMENIAN.Net/": a site's address credits the copy
    if printed.strip(" .").upper() in ZONE_ABBREVIATIONS:
        return False  # "(est)", "(GMT)": the zone of a time, no agency
    if "," in printed and not dated:
        return False  # "(Kenya, Uganda)"; after a date a comma may part a desk and its office ("Press Secretary, PMO")
    words = printed.replace("/", " ").split()
    if not words or len(words) > 5:
        return False
    if any(w.casefold().strip(".") in NOT_AGENCY_WORDS for w in words) and not (
        words[-1].casefold() in OUTLET_NOUNS and publication(printed)
    ):
        return False  # "(SPORTS)", "(Video News)"; but "(Sports Network)" is an outlet's name
    lower_short = dated and len(words) == 1 and printed.isalpha() and printed.islower() and len(printed) <= 10
    if not lower_short and (
        not capitalised(words[0])  # "24-7PressRelease": a figure may come first
        or any(not (capitalised(w) or w.casefold() in _AGENCY_PARTICLES or _CHANNEL_NUMBER_RE.fullmatch(w))
               for w in words)
    ):
        return False
    return (dated or not places.is_qualifier(printed)) and dates.match_date(printed) is None


def first_letter(word: str) -> str:
    return next((c for c in word if c.isalpha()), "")


def capitalised(word: str) -> bool:
    """A word of a name: capitalised, or a coined name's with capitals inside ("teleSUR", "eKathimerini")."""
    return first_letter(word).isupper() or (word[:1].islower() and CAMEL_RE.search(word) is not None)


# A channel's number after its name: "Kurdistan 24", "France 24", "Channel 4".
_CHANNEL_NUMBER_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)?")  # "News 1st"


# Small words inside an agency's name: "Press Trust of India", "Agencia de Noticias".
# "via" joins a feed to the service that relayed it ("ODJ Select via COMTEX").
_AGENCY_PARTICLES = frozenset("of de da do del des du la le el y e i and & news via".split())


def distributor(printed: str) -> agencies.Agency | None:
    """The known agency of a credit of two: the one that sent the copy.

    It closes the credit when it distributes another's ("tca/dpa",
    "NNT/VNA"), or opens it before its own service's code ("dpa/lni",
    "dpa/bb": a regional desk).
    """
    origin, slash, last = printed.rpartition("/")
    if not (slash and origin.strip() and last.strip()):
        return None
    if (known := agencies.lookup(last)) is not None:
        return known
    code = last.strip()
    return agencies.lookup(origin) if len(code) <= _MAX_SERVICE_CODE and code.isalpha() else None


_MAX_SERVICE_CODE = 4


def agency_named(printed: str) -> tuple[agencies.Agency | None, str]:
    """The agency table's entry for a printed name, and the name to record (canonical, else as printed)."""
    printed = _ROLE_SUFFIX_RE.sub("", printed) or printed
    known = agencies.lookup(printed) or distributor(printed)
    words = printed.split()
    if known is None and len(words) > 1 and not any(w.casefold().strip(".") in NOT_AGENCY_WORDS for w in words[1:]):
        known = agencies.lookup(words[0])  # a service of a known agency: "Reuters Health", "AFP Relaxnews"
    return known, known.name if known else " ".join(words)


def organisation_like(name: str) -> bool:
    """Initials rather than a word: three letters at most, or one vowel at most ("STA", "ATSH", "BSS").

    A place's name in capitals is a word ("NADI", "QARZEN"): read before a
    date it is the dateline's place, not an agency crediting itself.
    """
    return len(name) <= 3 or sum(c in "AEIOUY" for c in name) <= 1


# A site's address printed as its credit: "KOMPAS.com", "Detik.com", "tempo.co.id".
WEB_NAME_RE = re.compile(r"[^\W\d_][\w-]{1,30}\.(?:com|net|org|info|co|[a-z]{2})(?:\.[a-z]{2})?")
