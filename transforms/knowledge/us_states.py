"""US states as datelines print them (rule set `us_states.v1`).

Domain knowledge as data: every state and the District of Columbia with its
postal code, its AP Stylebook abbreviation (None for the eight states AP
spells out in full: Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah)
and the older or looser abbreviations still met in archived copy, plus the
domestic cities AP prints with no state after them. `wirecopy.transforms.knowledge.places`
builds its look-up tables from these; nothing else spells them out.
"""

from __future__ import annotations

RULESET = "us_states.v1"

# postal code -> (full name, AP abbreviation or None, other abbreviations seen in copy)
STATES: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "AL": ("Alabama", "Ala.", ()),
    "AK": ("Alaska", None, ()),
    "AZ": ("Arizona", "Ariz.", ()),
    "AR": ("Arkansas", "Ark.", ()),
    "CA": ("California", "Calif.", ("Cal.",)),
    "CO": ("Colorado", "Colo.", ("Col.",)),
    "CT": ("Connecticut", "Conn.", ()),
    "DE": ("Delaware", "Del.", ()),
    "DC": ("District of Columbia", "D.C.", ()),
    "FL": ("Florida", "Fla.", ()),
    "GA": ("Georgia", "Ga.", ()),
    "HI": ("Hawaii", None, ()),
    "ID": ("Idaho", None, ()),
    "IL": ("Illinois", "Ill.", ()),
    "IN": ("Indiana", "Ind.", ()),
    "IA": ("Iowa", None, ()),
    "KS": ("Kansas", "Kan.", ("Kans.",)),
    "KY": ("Kentucky", "Ky.", ()),
    "LA": ("Louisiana", "La.", ()),
    "ME": ("Maine", None, ()),
    "MD": ("Maryland", "Md.", ()),
    "MA": ("Massachusetts", "Mass.", ()),
    "MI": ("Michigan", "Mich.", ()),
    "MN": ("Minnesota", "Minn.", ()),
    "MS": ("Mississippi", "Miss.", ()),
    "MO": ("Missouri", "Mo.", ()),
    "MT": ("Montana", "Mont.", ()),
    "NE": ("Nebraska", "Neb.", ("Nebr.",)),
    "NV": ("Nevada", "Nev.", ()),
    "NH": ("New Hampshire", "N.H.", ()),
    "NJ": ("New Jersey", "N.J.", ()),
    "NM": ("New Mexico", "N.M.", ("N.Mex.",)),
    "NY": ("New York", "N.Y.", ()),
    "NC": ("North Carolina", "N.C.", ()),
    "ND": ("North Dakota", "N.D.", ("N.Dak.",)),
    "OH": ("Ohio", None, ()),
    "OK": ("Oklahoma", "Okla.", ()),
    "OR": ("Oregon", "Ore.", ("Oreg.",)),
    "PA": ("Pennsylvania", "Pa.", ("Penn.", "Penna.")),
    "RI": ("Rhode Island", "R.I.", ()),
    "SC": ("South Carolina", "S.C.", ()),
    "SD": ("South Dakota", "S.D.", ("S.Dak.",)),
    "TN": ("Tennessee", "Tenn.", ()),
    "TX": ("Texas", None, ("Tex.",)),
    "UT": ("Utah", None, ()),
    "VT": ("Vermont", "Vt.", ()),
    "VA": ("Virginia", "Va.", ()),
    "WA": ("Washington", "Wash.", ()),
    "WV": ("West Virginia", "W.Va.", ("W. Va.",)),
    "WI": ("Wisconsin", "Wis.", ("Wisc.",)),
    "WY": ("Wyoming", "Wyo.", ()),
}

# US cities AP datelines carry without a state (AP Stylebook, "datelines"),
# each with the state it stands for: a bare WASHINGTON is the capital.
STANDALONE_CITIES: dict[str, str] = {
    "Atlanta": "GA",
    "Baltimore": "MD",
    "Boston": "MA",
    "Chicago": "IL",
    "Cincinnati": "OH",
    "Cleveland": "OH",
    "Dallas": "TX",
    "Denver": "CO",
    "Detroit": "MI",
    "Honolulu": "HI",
    "Houston": "TX",
    "Indianapolis": "IN",
    "Las Vegas": "NV",
    "Los Angeles": "CA",
    "Miami": "FL",
    "Milwaukee": "WI",
    "Minneapolis": "MN",
    "New Orleans": "LA",
    "New York": "NY",
    "Oklahoma City": "OK",
    "Philadelphia": "PA",
    "Phoenix": "AZ",
    "Pittsburgh": "PA",
    "St. Louis": "MO",
    "Salt Lake City": "UT",
    "San Antonio": "TX",
    "San Diego": "CA",
    "San Francisco": "CA",
    "Seattle": "WA",
    "Washington": "DC",
}
