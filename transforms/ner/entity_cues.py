"""The words around a name that say what it is (rule set `entity_cues.v2`).

A model reads a name mostly by its own letters, so an unknown firm's name
("Hoare Govett", "Turben") reads as a person and an airline as a place. A
wire editor reads the words around it: "analysts at", "said in a note", a
designator after it ("and Co", "Ltd"), an apposition (", Italy's national
airline", ", a city of"), "mayor of", "the ... tribe". Those words are the
same in every story and for every pipeline, so they are kept here as small
named tables, not as names of particular firms.

Amounts are not names at all: "U.S. Dlrs", "H.K. Dlr" and "Euroyen" are
currencies, whatever label a model gives them.
"""

from __future__ import annotations

import re
from functools import lru_cache

RULESET = "entity_cues.v2"

# Currency units as wire copy prints them (Reuters' "dlrs", "stg", "yen").
CURRENCY_UNITS = frozenset({
    "dlr", "dlrs", "dollar", "dollars", "yen", "stg", "sterling", "pound", "pounds", "mark", "marks",
    "franc", "francs", "lira", "lire", "peseta", "pesetas", "guilder", "guilders", "schilling", "schillings",
    "krona", "kronor", "krone", "kroner", "markka", "markkaa", "rupee", "rupees", "rupiah", "ringgit", "baht",
    "peso", "pesos", "real", "reais", "rand", "rouble", "roubles", "ruble", "rubles", "yuan", "renminbi", "won",
    "euro", "euros", "ecu", "ecus", "riyal", "riyals", "dinar", "dinars", "dirham", "dirhams", "shekel",
    "shekels", "zloty", "zlotys", "forint", "forints", "koruna", "drachma", "drachmas", "escudo", "escudos",
    "lev", "leva", "naira", "cedi", "kwacha", "shilling", "shillings",
})
# ISO 4217 codes as they stand next to an amount ("USD 100 mln", "1.5 bln DEM").
CURRENCY_CODES = frozenset({
    "USD", "EUR", "JPY", "GBP", "DEM", "FRF", "CHF", "ITL", "ESP", "NLG", "BEF", "ATS", "SEK", "NOK", "DKK",
    "FIM", "CAD", "AUD", "NZD", "HKD", "SGD", "CNY", "RMB", "KRW", "TWD", "INR", "IDR", "MYR", "THB", "PHP",
    "RUB", "RUR", "PLN", "CZK", "HUF", "ZAR", "BRL", "MXN", "ARS", "TRY", "TRL", "SAR", "AED", "ILS", "XEU",
})
# "Euroyen", "Eurodollars", "Eurosterling": offshore currency markets.
_EURO_CURRENCY_RE = re.compile(r"^euro(?:" + "|".join(sorted(CURRENCY_UNITS - {"euro", "euros"})) + r")$")
# An amount just before a name: a number, a number with a scale word.
_AMOUNT_BEFORE_RE = re.compile(r"(?:\d|\b(?:mln|bln|million|billion|trillion|thousand|hundred))[ \t]*$",
                               re.IGNORECASE)
_AMOUNT_AFTER_RE = re.compile(r"[ \t]*\d")

_CAPS_WORD_BEFORE_RE = re.compile(r"\b[A-Z][A-Z.'-]+[ \t]+/$")
# Words after a name that make it a firm: a designator left out of the span,
# "said in a note", "analysts".
_ORG_AFTER_RE = re.compile(
    r"(?:,?[ \t]+(?:&|and)[ \t]+Co\b\.?|[ \t]+(?:analysts?|economists?|strategists?|brokers?)\b"
    r"|,?[ \t]+(?:said|says|wrote)[ \t]+in[ \t]+a[ \t]+(?:research[ \t]+|client[ \t]+)?note\b)"
)
# Words before a name that make it a firm: "analysts at", "brokers", "shares of".
_ORG_BEFORE_RE = re.compile(
    r"\b(?:(?:analysts?|economists?|strategists?|dealers?|traders?|brokers?|fund[ \t]+managers?)[ \t]+(?:at|with|for)"
    r"|brokers|broker|brokerage|stockbrokers?|(?:investment|merchant)[ \t]+bank|securities[ \t]+house|airline"
    r"|carrier|brewer|insurer|newspaper|daily|weekly|magazine|tabloid|shares[ \t]+(?:of|in)|stake[ \t]+in)[ \t]+$",
    re.IGNORECASE,
)
# The last word of every pattern of _ORG_BEFORE_RE.
_LAST_WORDS_BEFORE = frozenset({
    "at", "with", "for", "brokers", "broker", "brokerage", "stockbroker", "stockbrokers", "bank", "house",
    "airline", "carrier", "brewer", "insurer", "newspaper", "daily", "weekly", "magazine", "tabloid", "of", "in",
})
# Words before a name that make it a city or region: "mayor of", "the city of".
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:[Mm]ayor|[Gg]overnor|city|town|village|county|province|prefecture|municipality)[ \t]+of[ \t]+$"
)
# Lower-case words after a name that say what kind of thing it is.
_KIND_AFTER_RE = re.compile(
    r"[ \t]+(?P<noun>ethnic[ \t]+group|tribes(?:men)?|tribe|clans?|people|city|town|village|county|province|prefecture"
    r"|stadium|airport|hospital|administration|newspaper|magazine|news[ \t]+agency)\b"
)
# ", Italy's national airline", ", a brokerage", ", the ruling party": an apposition's head noun.
_APPOSITION_RE = re.compile(
    r",[ \t]+(?:a|an|the|[A-Z][\w.]*(?:'s|’s))[ \t]+(?:[A-Za-z][\w-]*[ \t]+){0,3}?"
    r"(?P<noun>airline|carrier|company|firm|bank|brokerage|broker|maker|manufacturer|producer|brewer|insurer"
    r"|retailer|newspaper|daily|club|party|city|town|village|port|tribe)\b"
)
_NOUN_LABEL = {
    "ethnic group": "NORP", "people": "NORP", "tribe": "NORP", "tribes": "NORP", "tribesmen": "NORP",
    "clan": "NORP", "clans": "NORP",
    "city": "GPE", "town": "GPE", "village": "GPE", "county": "GPE", "province": "GPE", "prefecture": "GPE",
    "port": "GPE", "stadium": "FAC", "airport": "FAC", "hospital": "FAC", "administration": "PERSON",
}
# Last words of an organisation's name: a name ending in one is an ORG
# whatever label a model gave it ("the National People's Congress" as a work of art).
ORG_HEADS = frozenset({
    "congress", "council", "committee", "commission", "assembly", "parliament", "party", "ministry",
    "department", "agency", "association", "federation", "institute", "university", "corporation",
    "organisation", "organization", "authority", "board", "bureau", "fund", "foundation", "exchange",
    "court", "tribunal", "senate", "cabinet", "secretariat", "confederation", "society",
    "academy", "bank", "police", "army", "navy", "guard", "front", "movement",
})
# Last words of a building's or a ground's name: "Melbourne Cricket Ground", "Olympic Stadium".
FAC_HEADS = frozenset({"stadium", "arena", "ground", "airport", "bridge", "palace", "cathedral", "velodrome"})
# First words of a state body's name: "UK Department of Transport" is the UK's department,
# two entities, and "U.S. Federal Reserve" the Federal Reserve of the U.S.
STATE_BODY_OPENERS = frozenset({
    "department", "ministry", "embassy", "treasury", "army", "navy", "air", "supreme", "parliament",
    "senate", "congress", "cabinet", "government", "central", "federal", "foreign", "defence", "defense",
    "interior", "finance", "justice", "state", "home", "trade", "commerce", "agriculture", "energy",
})
# Abstract and economic nouns a headline capitalises after a place ("U.S. Economy",
# "U.K. Interest rates", "Japan Trade surplus"): the place, then no name. A
# firm named after its country ("U.S. Steel", "British Gas") has a concrete
# noun there, and that is kept.
ABSTRACT_NOUNS = frozenset({
    "economy", "economies", "economic", "interest", "interests", "rate", "rates", "inflation", "growth",
    "protectionism", "trade", "deficit", "deficits", "surplus", "surpluses", "exports", "imports", "output",
    "demand", "supply", "spending", "unemployment", "jobless", "recession", "recovery", "budget", "debt",
    "price", "prices", "market", "markets", "stocks", "bonds", "yields", "policy", "policies", "currency",
    "monetary", "fiscal", "industry", "industrial", "manufacturing", "production", "investment", "consumer",
    "earnings", "profits", "sales", "tax", "taxes", "tariff", "tariffs", "housing", "jobs", "wages", "payrolls",
    "retail", "money", "credit", "lending", "savings", "reserves", "sanctions", "stance", "outlook",
})
# Titles a person holds who has an administration or a government named after him.
HEAD_OF_GOVERNMENT = frozenset({"president", "premier", "chancellor", "governor", "mayor", "prime"})


def is_amount(name: str, before: str, after: str) -> bool:
    """True for a currency printed as a name: "U.S. Dlrs", "H.K. Dlr", "Euroyen", "DEM" beside a number.

    The last word is a currency unit and the words before it (if any) are
    an abbreviation or stand after an amount; or the name is an ISO code
    with a number on either side.
    """
    words = name.split()
    if not words:
        return False
    last = words[-1].strip(".,").casefold()
    if len(words) == 1 and name in CURRENCY_CODES:
        return bool(_AMOUNT_BEFORE_RE.search(before) or _AMOUNT_AFTER_RE.match(after))
    if _EURO_CURRENCY_RE.match(last):
        return True
    if last not in CURRENCY_UNITS or len(words) > 3:
        return False
    if _AMOUNT_BEFORE_RE.search(before):
        return True
    # "U.S. Dlrs", "H.K. Dlr": abbreviations before the unit, which no firm or person is named with.
    return len(words) > 1 and all("." in w or w.isupper() for w in words[:-1]) and not words[-1].isupper()


def label_cue(text: str, start: int, end: int) -> str | None:
    """The label the words around text[start:end] give the name, else None."""
    before = text[max(0, start - 40):start]
    if before.endswith("<") and text.startswith(">", end):
        return "ORG"  # "<Rhodic>": copy that marks a company's name with angle brackets (Reuters)
    if before.endswith("/") and text.startswith("/", end) and _CAPS_WORD_BEFORE_RE.search(before):
        return "GPE"  # "IGORA /Leningrad Region/": the region of a dateline in TASS's style
    # The patterns before a name end in one of a few words: look the last one
    # up before searching (asked of every name in every story).
    last = before.rsplit(None, 1)[-1].casefold() if before.strip() else ""
    words_before = last in _LAST_WORDS_BEFORE
    if _ORG_AFTER_RE.match(text, end) or (words_before and _ORG_BEFORE_RE.search(before)):
        return "ORG"
    if last == "of" and _PLACE_BEFORE_RE.search(before):
        return "GPE"
    m = _KIND_AFTER_RE.match(text, end) or _APPOSITION_RE.match(text, end)
    if m:
        noun = " ".join(m.group("noun").split())
        return _NOUN_LABEL.get(noun, "ORG")
    return None


@lru_cache(maxsize=1 << 16)  # names recur from story to story; each mention asks again
def fac_head(name: str) -> bool:
    """True when a name of two words or more ends in a building's or a ground's head noun."""
    words = name.split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].casefold() in FAC_HEADS


@lru_cache(maxsize=1 << 16)
def org_head(name: str) -> bool:
    """True when the head noun of a name of two words or more is an organisation's.

    The head is the last word, or the last before "of"/"for": "National
    People's Congress", "Assembly of Delegates".
    """
    words = name.split()
    if len(words) < 2:
        return False
    for i, word in enumerate(words[1:], 1):
        if word in ("of", "for"):
            words = words[:i]
            break
    return words[-1][:1].isupper() and words[-1].casefold() in ORG_HEADS
