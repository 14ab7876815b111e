"""Credits printed in a dateline's head or after its dash without an agency's brackets, or in brackets a region
could stand in: "Tehran, IRNA", "TOKYO, Jan. 5 Kyodo", "Tripoli, 21.04.2019 - Lana -", "London - Asharq
Al-Awsat", "STA, 25 July", "Leipzig (epd)", "Riyadh (Saba)".

The head grammar (wirecopy.transforms.leads.lead_heads) finds where such a name
stands; these predicates decide whether it is the credit or a place, a
region, a date, a desk or a kicker's words. Kept apart from the grammar
because they answer that one question and need only a head's places
(wirecopy.transforms.leads.lead_places), never the grammar itself.
"""

from __future__ import annotations

import re

from wirecopy.transforms.knowledge import agencies, places
from wirecopy.transforms.leads import dates
from wirecopy.transforms.leads.credit_shapes import (
    CAMEL_RE,
    MAX_AGENCY_WORDS,
    NOT_AGENCY_WORDS,
    OUTLET_WORDS,
    WEB_NAME_RE,
    acronym,
    desk,
    looks_like_agency,
    names_an_outlet,
    organisation_like,
    publication,
)
from wirecopy.transforms.leads.lead_places import (
    _FURNITURE_WORDS,
    _PLACE_RE,
    _STAFF_WORDS,
    _in_gazetteer,
    _is_capitals,
    _read_head,
)
from wirecopy.transforms.leads.transmission import ZONE_ABBREVIATIONS

# A credit some houses print in lower case, alone or before a service's code: "ots", "awp", "dpa-AFX".
_LOWER_CREDIT_RE = re.compile(r"[a-z]{2,5}(?:-[A-Za-z]{2,6})?")


def _lower_credit(printed: str, head: str) -> bool:
    """"Stuttgart (ots) -", "BONN (dpa-AFX) -": one short lower-case word in brackets, then a dash.

    Only after places the gazetteer knows, every one, and nothing else: in a
    sentence a bracket after a place holds words ("London (and the south-east)").
    """
    if not _LOWER_CREDIT_RE.fullmatch(printed) or printed.casefold() in NOT_AGENCY_WORDS:
        return False
    names = [p.strip() for p in head.split(",")[0].split("/")]  # "CULIACÁN, Sin. (apro).-": the places
    return 0 < len(names) <= 3 and all(_PLACE_RE.fullmatch(p) and _in_gazetteer(p) for p in names)


def _not_its_region(head: str, printed: str) -> bool:
    """"Riyadh (Saba)-": a bracketed region the place before it does not lie in is a credit, not its region.

    The place must be a city the gazetteer knows, and not one of that
    region ("Niamey (Niger)" and "Amritsar (Punjab)" are regions); a US state
    or a country is never a credit (a town too small for the gazetteer,
    "HANOVER (N.H.)", must not pass for Hannover's).
    """
    if (places.us_state(printed) is not None and not _state_word_in_capitals(printed)) or (
            places.country_code(printed) is not None and not _country_initials(printed)):
        return False
    place = dates.split_trailing_date(head.rstrip(","))[0].split(",")[0].split("/")[0].strip()
    if not place or not _PLACE_RE.fullmatch(place):
        return False
    alone = places.resolve_place(place)
    under = places.resolve_place(place, printed)
    return (alone is not None and alone.basis != "qualifier-only"
            and under is not None and under.basis == "qualifier-only")


# Initials in brackets after the place, then the head's date: "Roma (AEI), 17 settembre 2018" (two letters
# are a state's code more often: "Goiânia (GO), 02/05/2024").
_INITIALS_AFTER_PLACE_RE = re.compile(r"[^(),\n]{2,40}?[ \t]\((?P<tag>[A-Z][A-Z&-]{1,7})\),")


def _state_word_in_capitals(printed: str) -> bool:
    """"Roma (NEV)": a state's abbreviation in capitals with no stop, which no style prints (AP's is "Nev.",
    the postal code "NV"): an agency's initials, free to be its credit."""
    state = places.us_state(printed)
    return (state is not None and printed.isalpha() and printed.isupper() and len(printed) > 2
            and printed.casefold() != state.casefold())


def _country_initials(printed: str) -> bool:
    """Two or three capitals that are a country's code, not its name: "DUSHANBE (TCA)" is a credit
    (Turks and Caicos' code), "NIAMEY (Niger)" the place's country."""
    return printed.isalpha() and printed.isupper() and 2 <= len(printed) <= 3


def _credit_first(head: str) -> tuple[str, dates.DatePhrase] | None:
    """"STA, 25 July": an agency's short name in capitals, then the date, and no place."""
    name, comma, rest = head.partition(",")
    name = name.strip()
    phrase = dates.match_date(rest) if comma else None
    if phrase is None or not (name.isalpha() and name.isupper() and 2 <= len(name) <= 6):
        return None
    known = agencies.lookup(name)
    if known is None and (places.is_qualifier(name) or places.resolve_place(name) is not None
                          or not organisation_like(name)):
        return None
    return (known.name if known else name), phrase


# Surnames with a capital inside: "McDonald", "MacArthur", "DeSantis", "LaGuardia", "VanDyke".
# A clock time closing a head: capitals after it name its zone, even one too ambiguous to read (IST, CST).
# ("2024, SPA": four figures alone are a year as often as a time.)
_CLOCK_CLOSES_RE = re.compile(r"(?<![\d.:])(?:[0-2]?\d[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?|1?\d\s*[ap]\.?m\.?)$",
                              re.IGNORECASE)
_SURNAME_CAMEL_RE = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)[A-Z][a-z]")


def _agency_at_end(head: str) -> tuple[str, agencies.Agency | None, str] | None:
    """"Tehran, IRNA", "TOKYO, Jan. 5 Kyodo", "RIYADH, Jan 5, 2024, SPA": the agency printed bare at the end.

    After a comma, or after a date; printed as the agency prints its name
    (no stop), and never a state or country ("Pa." is no PA, "PA" no agency).
    An agency the table does not know counts only after a date and printed
    in capitals, as agencies print their short names ("YEREVAN, JANUARY 5, ARMENPRESS").
    """
    head = head.rstrip(".").rstrip()
    for size in range(1, MAX_AGENCY_WORDS + 1):
        match = re.search(r"(,\s*|(?<=[^\W\d_]{3})\.\s+|\s+)((?:\S+\s+){%d}\S+)$" % (size - 1), head)
        if match is None:
            break
        before, name = head[: match.start()].rstrip(" ,."), match[2]
        if name[:1].isdigit():
            continue  # "March 8, 2024 News": a name opens with no figure; the year is the date's
        if before and match[1].strip() == "," and size == 1 and WEB_NAME_RE.fullmatch(name.casefold()):
            return before, None, name  # "JAKARTA, KOMPAS.com -": a site's address as its credit
        if not before or "." in name or name.upper() in ZONE_ABBREVIATIONS or (
                size == 1 and not match[1].strip() and _CLOCK_CLOSES_RE.search(before)
                and re.fullmatch(r"[A-Z]{2,5}", name)):
            continue  # "July 10, 2023 10:32 GMT", "28 June 2024, 14:05 IST": the zone of the time it moved
        if size == 1 and before.split() and dates.match_date(f"{before.split()[-1]} {name}") is not None:
            continue  # "LIMA, 1 abr -": a day and its month ("abr", abril), not Agência Brasil's "ABr"
        trailing = dates.split_trailing_date(before)[1]
        dated = trailing is not None
        marked = match[1].strip() in (",", ".")
        # A name in capitals after a head in title case is set apart as a credit ("Damascus, SANA"),
        # even where it also names a place, or a region the place does not lie in ("Lagos, NAN").
        contrast = marked and not _is_capitals(before)
        if places.is_qualifier(name) and not dated and not (contrast and _not_its_region(before, name)):
            continue  # after a date nothing but a credit stands: "Vientiane October 29, 2022, PL."
        named = agencies.lookup(name)
        if named is None and size == 2 and match[1].strip() == "," and (first := name.split()[0]) and (
                agencies.lookup(first) is not None or acronym(first)) and places.country_code(name.split()[1]):
            return before, None, name  # "Jakarta, CNN Indonesia --": a broadcaster's service for a country
        if named is None and size in (2, 3) and match[1].strip() == "," and publication(name) and (
                name.split()[-1].casefold() in OUTLET_WORDS and not desk(name)
                and not places.is_qualifier(name) and places.resolve_place(name) is None):
            return before, None, name  # "Jakarta, IDN Times -": an outlet's name of its own shape closes the head
        if named is None and size == 1 and match[1].strip() == "," and name.isalpha() and name[:1].isupper() and (
                "," in before and places.country_code(before.rsplit(",", 1)[1].strip()) is not None
                and name.casefold() not in _FURNITURE_WORDS and not places.is_qualifier(name)
                and places.resolve_place(name) is None and dates.match_date(name) is None
                and name.casefold() not in dates.WEEKDAY_WORDS):
            return before, None, name  # "PORT OF SPAIN, Trinidad, Guardian –": a name after the place's country
        if named is None and not ((dated or marked) and size == 1 and _is_capitals(name) and len(name) >= 3
                                  and name.isalpha() and dates.match_date(name) is None
                                  and (dated or contrast or places.resolve_place(name) is None)) and not (
                dated and (match[1].strip() == "," or (size == 1 and name[:1].isupper() and trailing.day))
                and _credit_after_date(name)) and not (  # "CAPE TOWN Jan 28 Sapa": a word closing a dated head
                match[1].strip() == "," and size == 1 and name.isalpha() and CAMEL_RE.search(name)
                and not _SURNAME_CAMEL_RE.match(name) and places.resolve_place(name) is None):
            # A credit of a coined name's shape may close the head too: "TBILISI, DFWatch–" ("McDonald" is
            # a surname's).
            continue
        if marked or dated or (named is not None and size == 1 and _is_capitals(before)
                               and not _is_capitals(name)):
            # "BERLIN dpa ■": a known agency's name in its own case after a place in capitals is set apart
            return before, named, named.name if named else name
    return None


def _outlet_after_city(name: str, head: str) -> bool:
    """Whether the name after a city's dash, alone on its line over a paragraph, is the outlet's.

    Only after one city the gazetteer knows, and only a name that is no
    place, region or country, is not set in capitals throughout (a
    kicker's words are, "ADEN - CEASEFIRE TALKS") and reads as a name
    rather than a kicker's words ("Paris - Fashion Week"): an outlet's
    (names_an_outlet), or a name of a coined shape, capitals after a hyphen
    or inside a word ("Al-Awsat", "teleSUR").
    """
    return (not name.isupper() and looks_like_agency(name) and places.resolve_place(name) is None
            and (names_an_outlet(name) or _COINED_NAME_RE.search(name) is not None)
            and _PLACE_RE.fullmatch(head) is not None and _in_gazetteer(head))


# Capitals after a hyphen or inside a word: a name's coined shape, not an English phrase's.
_COINED_NAME_RE = re.compile(r"[a-z]-[A-Z]|[a-z][A-Z]")


def _credit_between_dashes(name: str, head: str) -> bool:
    """"Tripoli, 21.04.2019 - Lana - The ...": a credit set between dashes after a dated head.

    A known agency anywhere; an unknown name only after a date and as one
    word ("WASHINGTON - President Biden - who ..." is an aside).
    """
    if agencies.lookup(name) is not None:
        return True
    return (len(name.split()) == 1 and name.casefold() not in NOT_AGENCY_WORDS and looks_like_agency(name)
            and not places.is_qualifier(name) and dates.split_trailing_date(f"X, {name}")[1] is None
            and (read := _read_head(head)) is not None and read[2] is not None)


def _credit_after_date(name: str) -> bool:
    """"DUSHANBE, November 9, 2010, Asia-Plus --": after the date and a comma, a name of any agency's shape.

    No place, region or country: "PARIS, July 2, France --" prints the country late.
    """
    return ("," not in name and looks_like_agency(name) and not places.is_qualifier(name)
            and name.casefold() not in _FURNITURE_WORDS and name.casefold() not in _STAFF_WORDS
            and places.resolve_place(name) is None
            and dates.split_trailing_date(f"X, {name}")[1] is None)  # "Sunday" is the date's weekday
