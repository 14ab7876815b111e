"""The agency table: who sends wire copy and how they sign it.

Domain knowledge as data (rule set `agencies.v1`): each agency's canonical
short name, the tags it prints in datelines and sign-offs, and its home
country, which breaks ties between same-named cities (a Yonhap "GWANGJU" is
in Korea). Parsers look agencies up here; nothing else spells their names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

RULESET = "agencies.v1"


@dataclass(frozen=True, slots=True)
class Agency:
    name: str                 # canonical short name, the value of articles.agency
    aliases: tuple[str, ...]  # tags as printed: "(AP)", "Reuter", "Associated Press"
    country: str              # home country, ISO 3166-1 alpha-2


AGENCIES: tuple[Agency, ...] = (
    Agency("AP", ("AP", "Associated Press", "The Associated Press"), "US"),
    Agency("Reuters", ("Reuters", "Reuter", "Thomson Reuters"), "GB"),
    Agency("AFP", ("AFP", "Agence France-Presse", "Agence France Presse"), "FR"),
    Agency("Yonhap", ("Yonhap", "Yonhap News Agency", "YNA"), "KR"),
    Agency("Xinhua", ("Xinhua", "Xinhua News Agency"), "CN"),
    Agency("Kyodo", ("Kyodo", "Kyodo News"), "JP"),
    Agency("UPI", ("UPI", "United Press International"), "US"),
    Agency("PTI", ("PTI", "Press Trust of India"), "IN"),
    Agency("IANS", ("IANS", "Indo-Asian News Service"), "IN"),
    Agency("dpa", ("dpa", "Deutsche Presse-Agentur"), "DE"),
    Agency("EFE", ("EFE", "Agencia EFE"), "ES"),
    Agency("ANSA", ("ANSA",), "IT"),
    Agency("Anadolu", ("Anadolu", "AA", "Anadolu Agency"), "TR"),
    Agency("Bernama", ("Bernama",), "MY"),
    Agency("TASS", ("TASS", "ITAR-TASS"), "RU"),
    Agency("CNA", ("CNA", "Central News Agency"), "TW"),
    Agency("PA", ("PA", "Press Association", "PA Media"), "GB"),
    Agency("ANP", ("ANP",), "NL"),
    Agency("APA", ("APA",), "AT"),
    Agency("Belga", ("Belga",), "BE"),
    Agency("STT", ("STT", "STT-FNB"), "FI"),
    Agency("TT", ("TT",), "SE"),
    Agency("NTB", ("NTB",), "NO"),
    Agency("Ritzau", ("Ritzau",), "DK"),
    Agency("CP", ("CP", "The Canadian Press", "Canadian Press"), "CA"),
    Agency("AAP", ("AAP", "Australian Associated Press"), "AU"),
    Agency("KCNA", ("KCNA", "Korean Central News Agency"), "KP"),
    Agency("Interfax", ("Interfax",), "RU"),
    Agency("RIA Novosti", ("RIA Novosti", "RIA"), "RU"),
    Agency("Bloomberg", ("Bloomberg",), "US"),
)


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", folded.casefold()).strip()


_BY_ALIAS: dict[str, Agency] = {_key(a): agency for agency in AGENCIES for a in (agency.name, *agency.aliases)}


def lookup(tag: str) -> Agency | None:
    """The agency a printed tag names ("AP", "Reuter", "Yonhap News Agency"), or None."""
    return _BY_ALIAS.get(_key(tag))


def canonical(tag: str | None) -> str | None:
    agency = lookup(tag) if tag else None
    return agency.name if agency else None
