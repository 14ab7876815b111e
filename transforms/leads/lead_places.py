"""A dateline head's places and qualifier: "SEOUL/MUAN, South Korea, Dec. 29" read into places, a region or
country, and a date.

Once the head grammar (wirecopy.transforms.leads.lead_heads) has parted a head
from the story, this module reads it: places joined by a slash or a word,
a qualifier after a comma, in brackets or between slashes, a byline or a
desk's credit run into the head before its city; and it holds the checks a
place must pass (a city the gazetteer knows, printed in capitals, words
that read as a town's rather than a label's or a sentence's), with the
word lists they use. Kept apart from the grammar because these are
questions about places, not about where a head ends: nothing here imports
the grammar, which asks them of every form.
"""

from __future__ import annotations

import re

from wirecopy.transforms.knowledge import agencies, gazetteer, places
from wirecopy.transforms.knowledge.casing import fold
from wirecopy.transforms.knowledge.titles import title_kind
from wirecopy.transforms.leads import dates
from wirecopy.transforms.leads.credit_shapes import (
    DESK_WORDS,
    NOT_AGENCY_WORDS,
    organisation_like,
    outlet_word_glued,
    publication,
)
from wirecopy.transforms.leads.transmission import ZONE_ABBREVIATIONS, match_clock

# "NEW YORK AND MAINZ, Germany": places joined by a word, as a slash joins them.
_AND_RE = re.compile(r"\s+(?:and|AND|&)\s+")
# "CAIRO-25 November 2021": a hyphen joining a place in capitals to its date.
_HYPHEN_DATE_RE = re.compile(r"(?<=[A-Z]{2})-(?=[0-3]?\d\s)")
# One place as printed: capitalised words, with particles ("RIO DE JANEIRO",
# "Port-au-Prince", "ST. LOUIS", "SÃO PAULO", "THE HAGUE").
_PARTICLE = r"de|da|do|dos|du|des|del|la|le|el|al|am|an|on|upon|sur|en|of|the|und|y|i|es"
_PLACE_RE = re.compile(
    rf"(?:[A-ZÀ-ÞĀ-žȘ-ț][\w.'’À-ÿ-]*|{_PARTICLE})"
    rf"(?:\s+(?:[A-ZÀ-ÞĀ-žȘ-ț][\w.'’À-ÿ-]*|{_PARTICLE})){{0,5}}"
    r"(?:\s+\([A-ZÀ-ÞŠŽ][\w.'’À-ÿ-]*\))?"  # "FRANKFURT (ODER)"
)
# A qualifier in brackets, ANI's "New Delhi [India]" and PTI's "Balasore (Odisha)",
# read as ", India" (parentheses only around a known state, region or country:
# "FRANKFURT (ODER)" is a name).
_BRACKET_QUALIFIER_RE = re.compile(r"\s*\[([^\[\]]{2,40})\]|\s*\(([^()]{2,40})\)")
# A region or country between slashes, TASS's "IGORA /Leningrad Region/": read as ", Leningrad Region".
_SLASH_QUALIFIER_RE = re.compile(r"\s+/([^/\n]{2,40})/(?=\s*(?:,|$))")
_MAX_QUALIFIER_WORDS = 4


# A desk's people where a credit stands: "CAPE TOWN Jan 28 Staff" names no agency.
_STAFF_WORDS = frozenset("staff reporter reporters correspondent correspondents bureau desk writer writers "
                         "editor editors team".split())


def _country_run_on(head: str) -> tuple[str, str] | None:
    """"ST. GEORGE’S GRENADA" -> ("ST. GEORGE’S", "GRENADA"): a country's name run on after a known city."""
    if _in_gazetteer(head) or places.is_qualifier(head):
        return None
    words = head.split()
    for size in range(1, min(_MAX_QUALIFIER_WORDS, len(words) - 1) + 1):
        place, country = " ".join(words[:-size]), " ".join(words[-size:])
        if places.country_code(country) is not None and _in_gazetteer(place) and (
                (found := places.resolve_place(place, country)) is not None and found.basis != "qualifier-only"):
            return place, country
    return None


def _place_after_credit(head: str) -> str | None:
    """The known city closing a head that a byline or a desk's credit runs into, on the lead's line:
    "Special Correspondent KOHIMA", "Staff Reporter ITANAGAR", "R DUTTA CHOUDHURY GUWAHATI" (the reporter's
    initial marks a name), "Arun K Thapa / Kathmandu". A head the gazetteer knows whole is one place
    ("EAST LONDON"), and words of a place's own ("NORTH", "PORT", "SAN") make no credit."""
    credit, slash, rest = head.partition("/")
    if slash:
        return rest.strip() if _in_gazetteer(rest.strip()) and _credit_words(credit.split()) else None
    words = head.split()
    if len(words) < 2 or _in_gazetteer(head) or places.is_qualifier(head):
        return None
    for size in range(min(3, len(words) - 1), 0, -1):
        tail = " ".join(words[-size:])
        if (_credit_words(words[:-size]) or _name_in_capitals(words[:-size])) and _in_gazetteer(tail):
            return tail
    return None


def _name_in_capitals(words: list[str]) -> bool:
    """"WANJIRU KAMAU" of "WANJIRU KAMAU NAIROBI, June 3:": a reporter's name in capitals, no initial, run
    into the head before a city the gazetteer knows. Two words, none a place's own ("NORTH", "PORT"), a title's
    ("PRESIDENT WIDODO OPENS NEW PORT" is a headline), a sentence's, a kicker's or a country's or region's, and
    not a place's name as a whole."""
    folded = [w.casefold() for w in words]
    return (len(words) == 2 and not any(title_kind(w.capitalize()) for w in words)
            and all(w.isupper() and re.sub(r"['’-]", "", w).isalpha() for w in words)
            and not any(f in _TOPONYM_WORDS or f in _NOT_NAME_WORDS or f in _FURNITURE_WORDS
                        or places.is_qualifier(w) for f, w in zip(folded, words))
            and not _in_gazetteer(" ".join(words)) and not places.is_qualifier(" ".join(words))
            and not organisation_like(" ".join(words)) and agencies.lookup(" ".join(words)) is None)


def _credit_words(words: list[str]) -> bool:
    """Words of a desk's credit ("Special Correspondent", "Himalayan News Service", "NT Reporter") or of a
    reporter's name marked by an initial ("R DUTTA CHOUDHURY", "Arun K Thapa")."""
    folded = [w.casefold().rstrip(".,") for w in words]
    if not 1 <= len(words) <= 5 or any(f in _TOPONYM_WORDS for f in folded) or not all(
            re.sub(r"['’.-]", "", f).isalpha() for f in folded):  # "O'BRIEN", "K.K."
        return False
    if folded[-1] in _STAFF_WORDS or folded[-1] == "service":
        return True
    initials = [len(f) == 1 and f != "a" for f in folded]  # "U.S." and the article "A" are no initials
    return 2 <= len(words) <= 5 and any(initials) and not all(initials) and not any(
        f in _NOT_NAME_WORDS for f in folded)


# Words of a headline's or a sentence's that no name holds.
_NOT_NAME_WORDS = frozenset("the of for in on at to and an with from by as is are was".split())


def _reporter_name(text: str) -> bool:
    """"Zeynep KARA", "Ali Can YILMAZ": given names in title case, the family name in capitals."""
    words = text.split()
    return 2 <= len(words) <= 4 and words[-1].isupper() and len(words[-1]) >= 2 and words[-1].isalpha() and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words[:-1])


def _read_head(head: str) -> tuple[tuple[str, ...], str | None, dates.DatePhrase | None] | None:
    """Places, qualifier and date of a head: "SEOUL/MUAN, South Korea, Dec. 29"."""
    if head.endswith("/") and dates.split_trailing_date(head[:-1])[1] is not None:
        head = head[:-1]  # "JOHANNESBURG, South Africa, May 16, 2022/ —": a credit's slot left empty
    before, semicolon, after = head.rpartition(";")
    if semicolon and dates.match_date(after) is not None:
        head = f"{before}, {after.strip()}"  # "Torreón, Coahuila de Zaragoza; a 28 de Noviembre de 2023"
    head = _HYPHEN_DATE_RE.sub(", ", _SLASH_QUALIFIER_RE.sub(r", \1", head)).replace(" ~ ", ", ")  # "Ndola ~ Wed, ..."
    head = _BRACKET_QUALIFIER_RE.sub(_bracketed_qualifier, head).strip().rstrip(",").strip()
    before, phrase = dates.split_trailing_date(head)
    parts = [p.strip() for p in before.split(",")]
    if len(parts) >= 2 and _credit_words(parts[0].split()) and _in_gazetteer(parts[1]) and not (
            _in_gazetteer(parts[0]) or places.is_qualifier(parts[0])):
        parts = parts[1:]  # "Own Correspondent, Dhaka, 20 September 2023:": a desk's credit, then the place
    if len(parts) == 3 and all(parts) and places.country_code(parts[2]) is not None and places.is_qualifier(parts[1]):
        # "PORTLAND, OR, UNITED STATES", "SHENZHEN, GUANGDONG, CHINA": the region names the place's country too.
        parts = parts[:2]
    elif len(parts) == 3 and all(parts) and places.country_code(parts[2]) is not None and _PLACE_RE.fullmatch(parts[1]):
        # "QARZEN, Rift Valley, Kenya": a region the gazetteer does not know; the country still places the city.
        parts = [parts[0], parts[2]]
    if not parts[0] or len(parts) > 2 or not all(parts):
        return None
    if len(parts) == 1 and (split := _country_run_on(parts[0])) is not None:
        parts = list(split)  # "ST. GEORGE’S GRENADA –": the country after the place with no comma
    reporter, slash, rest = parts[0].partition("/")
    if slash and rest.strip() and _reporter_name(reporter.strip()) and _is_capitals(rest.strip()):
        parts[0] = rest  # "Zeynep KARA/İSTANBUL (DHA)-": the reporter, a slash, then the place
    elif len(parts) == 2 and parts[0].casefold().startswith("by ") and (
            credited := _place_after_credit(parts[1])) is not None:
        parts = [credited]  # "By Ann Lee, Staff Reporter GUWAHATI, Feb 12:": the byline and its desk, the place
    elif (credited := _place_after_credit(parts[0])) is not None:
        parts[0] = credited  # "Special Correspondent KOHIMA", "R K DAS GUWAHATI", "Arun K Thapa / Kathmandu"
    place_names = tuple(
        _STATE_CODE_RE.sub("", joined) if not _is_capitals(joined) else joined
        for p in parts[0].split("/") if p.strip() for joined in _joined_places(_drop_final_stop(p.strip())))
    if not place_names or not all(_PLACE_RE.fullmatch(p) for p in place_names):
        return None
    if any(publication(p) for p in place_names):
        return None  # "AhlulBayt News Agency (ABNA):": an outlet's name where the place goes, no place
    if any(_MIXED_CASE_RE.search(p) for p in place_names):
        return None  # "Daily Excelsior JAMMU, SUNDAY, ...": a masthead's title before its city, no one place
    if any(fold(p) in _WORLD_REGIONS for p in place_names):
        return None  # "ASIA/CAMBODIA - ...": a service's slug of continent and country, no place of filing
    qualifier = parts[1] if len(parts) == 2 else None
    if qualifier is not None and (described := _DESCRIBED_QUALIFIER_RE.fullmatch(qualifier)) is not None and (
            places.is_qualifier(described["name"])):
        qualifier = described["name"]  # "Bethlehem, occupied West Bank –", "Goma, eastern DR Congo –"
    if qualifier is not None and _POSTAL_CODE_STOP_RE.fullmatch(qualifier):
        qualifier = qualifier[:-1]  # "BOSTON, MA.": a state's postal code with a stop after it
    if qualifier is None and len(place_names) == 2 and places.country_code(place_names[1]) is not None and (
            places.country_code(place_names[0]) is None):
        # "Tunis/Tunisia --", "Kairouan/Tunisia -": a slash between a place and its country.
        place_names, qualifier = place_names[:1], place_names[1]
    if qualifier is not None and (
        not (_PLACE_RE.fullmatch(qualifier) or places.is_qualifier(qualifier))  # "Trinidad and Tobago"
        or any(c.isdigit() for c in qualifier)
    ):
        # Figures where a region would stand are a date misprinted ("Qx.5"): read as a region, the
        # dateline would claim the reference's day for a day it prints and we cannot read.
        return None
    return place_names, qualifier, phrase


# A qualifier a lower-case word describes: "occupied West Bank", "northern Syria", "eastern DR Congo".
_DESCRIBED_QUALIFIER_RE = re.compile(
    r"(?:occupied|(?:north|south)(?:ern|east|eastern|west|western)?|east|eastern|west|western|central|upper|lower"
    r"|rural|coastal|remote|war-torn|Indian-administered|Pakistan-administered)[ \t]+(?P<name>[A-Z].{1,40})")
# A word in title case beside one in capitals, either way round: two names, not one place's.
_MIXED_CASE_RE = re.compile(r"\b[A-Z][a-z]{2,}\s+(?:\S+\s+)*[A-Z]{4,}\b|\b[A-Z]{4,}\s+(?:\S+\s+)*[A-Z][a-z]{2,}")
# Parts of the world wider than a country: a desk's or a service's name, never where a story was filed
# ("Africa" and "Asia" are also towns of Tunisia and the Philippines).
_WORLD_REGIONS = frozenset(fold(name) for name in (
    "Africa", "Asia", "Europe", "America", "Americas", "North America", "South America", "Latin America",
    "Central America", "Oceania", "Antarctica", "Middle East", "Near East", "Far East", "World", "Asia Pacific",
    "Asia-Pacific", "Eurasia", "Caribbean", "Balkans", "Gulf", "Maghreb", "Sahel", "Scandinavia"))


_POSTAL_CODE_STOP_RE = re.compile(r"[A-Z]{2}\.")
# "Brasília (DF)", "São Paulo (SP)": a region's code in brackets after a place in title case
# ("FRANKFURT (ODER)", in capitals, is the name of a place).
_STATE_CODE_RE = re.compile(r"\s\([A-Z]{2,3}\)$")


def _joined_places(name: str) -> tuple[str, ...]:
    """"NEW YORK AND MAINZ" is two places, as "NEW YORK/MAINZ" is; "Trinidad and Tobago" one.

    Places so joined are in capitals or cities the gazetteer knows: "Jane
    Doe and John Smith (Reuters)" names people.
    """
    parts = _AND_RE.split(name)
    if len(parts) == 1 or not all(parts) or places.is_qualifier(name) or _in_gazetteer(name):
        return (name,)
    if not all(_is_capitals(p) or _in_gazetteer(p) for p in parts):
        return (name,)
    return tuple(parts)


def _bracketed_qualifier(match: re.Match[str]) -> str:
    if match[1] is not None:
        return f", {match[1]}"
    if match[2].strip(" .").upper() in ZONE_ABBREVIATIONS or match_clock(match[2]) is not None:
        return ""  # "LONDON, Dec 5 (EST)", "(10:32 GMT)": when it moved, said in passing
    if places.is_qualifier(match[2]) or dates.match_date(match[2]) is not None:
        return f", {match[2]}"  # "BALASORE (Odisha)", "KUALA LUMPUR (June 11)"
    if _bracketed_region(match[2]):
        return f", {match[2]}"  # "Ratnanagar (Chitwan)": a district the gazetteer lacks, as after a comma
    return match[0]


def _bracketed_region(printed: str) -> bool:
    """Words in title case in brackets after a place, no agency's, outlet's or label's: a region the gazetteer
    lacks ("Ratnanagar (Chitwan), June 4:"); a credit there prints initials ("(IRNA)") or an outlet's name."""
    return bool(_REGION_WORDS_RE.fullmatch(printed)) and not publication(printed) and (
        agencies.lookup(printed) is None and not any(w.casefold() in _FURNITURE_WORDS for w in printed.split()))


# A region's name in title case, one to three words: initials in capitals are a credit's ("(RNA)").
_REGION_WORDS_RE = re.compile(r"[A-Z][a-zà-ÿ'-]{2,}(?: [A-Z][a-zà-ÿ'-]{2,}){0,2}")


def _dated_town(place_names: tuple[str, ...]) -> bool:
    """"Bhaktapur, Aug 10:", "Belladère, 15 avril 2014 -": a place the gazetteer lacks, in title case, dated
    and set apart by a separator; its words read as a name, not a weekday's, a month's, a label's or a
    sentence's first word ("Monday, July 5 -", "Updated, July 5 -", "Meanwhile, July 5 -")."""
    if len(place_names) != 1:
        return False
    words = place_names[0].split()
    return 0 < len(words) <= 3 and _names_a_town(words) and all(
        w[:1].isupper() and "." not in w.rstrip(".")  # "Blesk.cz 27.10.2020 12:06": a site's stamp
        and not _not_a_name(w) for w in words)


def _label(name: str) -> bool:
    """Words that are all a label's, a desk's or a section's ("SPECIAL REPORT", "CON FOTO", "Close", "NEWS"):
    no credit's and no place's name."""
    return all(w.casefold() in _FURNITURE_WORDS for w in name.split())


def _not_a_name(word: str) -> bool:
    """A month's, a weekday's, a label's or a sentence's first word: "March", a town in England, opens
    "March A new plan ..." as a month; "Meanwhile" and "Breaking" are no places'."""
    folded = word.casefold().rstrip(".")
    return (dates.match_date(f"{word} 5") is not None or folded in dates.WEEKDAY_WORDS
            or folded in _FURNITURE_WORDS or folded in _DISCOURSE_WORDS)


def _names_a_town(words: list[str]) -> bool:
    """Words that read as a town's name rather than a sentence's opening or a person's: no word that opens
    a sentence ("Meanwhile", "Separately"), and of two words or more one a place name's generic word
    ("Mountain Green"; "Jane Doe, July 5 -" and "John Smith, Texas —" are a credit's and a letter's)."""
    if len(words) > 1 and not any(w.casefold() in _TOPONYM_WORDS for w in words):
        return False
    return not any(w.casefold() in _DISCOURSE_WORDS or w.casefold().endswith("ly") for w in words)


def _unknown_town(place_names: tuple[str, ...]) -> bool:
    """"KENNEBUNKPORT –", "KIETA -": a town too small for the gazetteer, alone before a spaced dash.

    A local paper's own towns: one place of one or two words in capitals,
    a word of them at least four letters long and none a kicker's or a
    marker's word ("BREAKING –", "EXCLUSIVE -", "WATCH —"), initials
    ("ZANU-PF"), an outlet's name run together, an agency's, an
    organisation's or a person's the gazetteer knows; and the story after
    the dash must be a sentence in mixed case (_sentence_after).
    """
    if len(place_names) != 1:
        return False
    name = place_names[0]
    words = name.split()
    return (len(words) <= 2 and _is_capitals(name) and max(len(w) for w in words) >= 4
            and all(w.isalpha() and w.casefold() not in _FURNITURE_WORDS and not organisation_like(w)
                    for w in words)
            and not outlet_word_glued(name)  # "AMMONNEWS -", "ECONOMYNEXT –": an outlet's name, alone
            and agencies.lookup(name) is None and gazetteer.lookup(name) is None)


def _town_of_a_region(place_names: tuple[str, ...], qualifier: str | None, place: places.Place | None) -> bool:
    """"Kennebunkport, Maine —", "Qarqar, Kenya --": a town the gazetteer lacks, in title case, and a state,
    region or country it knows, before a spaced dash and a sentence.

    The town's words must read as a place's name (_names_a_town).
    """
    if qualifier is None or place is None or place.basis != "qualifier-only" or len(place_names) != 1:
        return False
    words = place_names[0].split()
    return (len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words if w.isalpha())
            and _names_a_town(words) and places.is_qualifier(qualifier))


# Words place names are made of ("Palm Springs", "Mountain Green", "Port Hedland", "New Haven").
_TOPONYM_WORDS = frozenset(
    "green springs spring city falls beach hill hills lake lakes port bay valley creek park heights grove harbor "
    "harbour point river rock ridge village town fort mount saint st. san santa new north south east west upper "
    "lower glen island islands junction crossing center centre station mills wells bridge ford haven field fields "
    "plains mountain cove cape county "
    # and in the languages of the places that print them ("Puerto Morelos", "Playa del Carmen", "Kota Bharu")
    "puerto porto villa ciudad santo são sao sankt bad kota bandar nueva nuevo novo nova gran grand great "
    "little monte mont isla ilha playa praia río rio lago sierra valle cerro pueblo bahía boca punta costa "
    "la el los las le les".split()
)


# Words that open a sentence before a comma and are no town ("Meanwhile, Texas — ...").
_DISCOURSE_WORDS = frozenset(
    "meanwhile however elsewhere nearby also still yet instead otherwise overall today yesterday tomorrow "
    "here there now then again besides furthermore moreover thus hence therefore indeed nevertheless "
    "nonetheless regardless initially finally first second third last next earlier later afterwards "
    "sources officials police residents locals critics analysts experts "
    # and the words that open a clause ("Since El Nino went ...": Since is also a town in Côte d'Ivoire)
    "since when while after before as if although though because during despite with without for from "
    "under over about until unless once where whether like unlike following amid among".split()
)


# Words of a story's furniture, set in capitals before a dash: markers, labels, kickers, and the slugs of
# desks and sections ("SOCCER -", "WEATHER -", "MARKETS -").
_FURNITURE_WORDS = NOT_AGENCY_WORDS | DESK_WORDS | frozenset(
    "weather markets market economy finance politics health science technology tech entertainment culture "
    "arts travel lifestyle religion education environment climate crime courts elections election defence "
    "defense agriculture energy oil gold metals forex currencies bonds stocks shares commodities soccer "
    "football cricket tennis golf rugby basketball baseball hockey cycling athletics boxing motorsport racing "
    "skiing swimming olympics obituaries obituary letters".split()
) | frozenset(
    "newsflash developing just new more related read also latest special report reports press release "
    "statement notice announcement media advisory alert warning reminder disclaimer update: watch breaking "
    "first look inside exclusive revealed pictured pictures video photos gallery live blog news "
    "this that these those what when where here there also then posted published updated created modified "
    "issued released filed dated printed edited written source date time datum fecha tarih "
    "close closing open opening midday noon morning afternoon evening "
    "con foto fotos imagen imágenes photo photos with".split()  # a budget slug's "(CON FOTO)", "(WITH PHOTO)"
)


def _spelt_as_known(name: str) -> bool:
    """A place printed as the gazetteer spells it, but for case: a word alone on its line with accents
    the gazetteer's name lacks is another word ("Länder", a section's label, is not Venezuela's Lander)."""
    found = places.resolve_place(name)
    return found is not None and (name.isascii() or not found.city.isascii() or _is_capitals(name))


def _city_in_its_region(place_names: tuple[str, ...], qualifier: str | None) -> bool:
    """A city the gazetteer knows and the region (not the country) it lies in, printed in full."""
    return (qualifier is not None and places.country_code(qualifier) is None and len(qualifier) > 4
            and _city_and_its_country(place_names, qualifier))


def _city_and_its_country(place_names: tuple[str, ...], qualifier: str | None) -> bool:
    """"Madrid, España. Un banco ...": a city the gazetteer knows and the region or country it lies in, then a stop."""
    if qualifier is None or len(place_names) != 1:
        return False
    found = places.resolve_place(place_names[0], qualifier.rstrip(".") or qualifier)
    return found is not None and found.basis == "qualifier"


def _title_place(place_names: tuple[str, ...]) -> bool:
    """Places in title case or capitals, every word ("Qarqar", "Port Moresby"): with a known
    agency's tag after them, a place the gazetteer does not know is still a place."""
    return all(w[:1].isupper() or w in _PARTICLE.split("|") for p in place_names for w in p.split())


def _in_gazetteer(name: str) -> bool:
    place = places.resolve_place(name)
    return place is not None and place.basis != "qualifier-only" and len(fold(name)) > 2


def _drop_final_stop(place: str) -> str:
    """"MOSCOW." (Interfax: "MOSCOW. Jan 5") loses its stop; "ST." and "Mass." keep theirs."""
    return place[:-1] if re.search(r"[^\W\d_]{4}\.$", place) and place.count(".") == 1 else place


def _is_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
