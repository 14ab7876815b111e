"""The agency table: who sends wire copy and how they sign it.

Domain knowledge as data (rule set `agencies.v2`): each agency's canonical
short name, the tags it prints in datelines and sign-offs, its home country
(which breaks ties between same-named cities: a Yonhap "GWANGJU" is in
Korea), the e-mail domains of its reporters (a sign-off `jdoe@yna.co.kr`
names Yonhap when nothing else does), the word it opens a desk sign-off
with ("dpa bwh bag"), and examples of its usual dateline forms. The forms are
what the one dateline grammar must read; tests parse every one of them.
Parsers look agencies up here; nothing else spells their names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

RULESET = "agencies.v2"


@dataclass(frozen=True, slots=True)
class Agency:
    name: str                         # canonical short name, the value of articles.agency
    aliases: tuple[str, ...]          # tags as printed: "(AP)", "Reuter", "Associated Press"
    country: str                      # home country, ISO 3166-1 alpha-2
    forms: tuple[str, ...] = ()       # usual dateline forms, as the agency prints them
    domains: tuple[str, ...] = ()     # e-mail / web domains of its staff
    signoff_word: str | None = None   # word that opens its desk-initials sign-off


AGENCIES: tuple[Agency, ...] = (
    Agency("AP", ("AP", "Associated Press", "The Associated Press", "APTN"), "US",
           ("CHATHAM, Mass. (AP) _", "WASHINGTON (AP) —", "ST. LOUIS, July 5 (AP) --"),
           ("ap.org",), "ap"),
    Agency("Reuters", ("Reuters", "Reuter", "Thomson Reuters", "RTRS"), "GB",
           ("LONDON, July 5 (Reuters) -", "DUBAI/WASHINGTON, July 5 (Reuters) -", "SEOUL (Reuters) -"),
           ("thomsonreuters.com", "reuters.com")),
    Agency("AFP", ("AFP", "Agence France-Presse", "Agence France Presse"), "FR",
           ("PARIS, Jan 1 (AFP) -", "New Delhi (AFP) -", "Strasbourg, 10 juil 2024 (AFP) -"),
           ("afp.com",), "afp"),
    Agency("Yonhap", ("Yonhap", "Yonhap News Agency", "YNA"), "KR",
           ("SEOUL, Dec. 30 (Yonhap) --", "SEOUL/MUAN, South Korea, Dec. 29 (Yonhap) --"),
           ("yna.co.kr", "yonhapnews.co.kr")),
    Agency("Xinhua", ("Xinhua", "Xinhua News Agency"), "CN",
           ("BEIJING, Jan. 5 (Xinhua) --",), ("xinhua.org", "xinhuanet.com", "news.cn")),
    Agency("Kyodo", ("Kyodo", "Kyodo News"), "JP",
           ("YILAN, Taiwan (Kyodo) --", "TOKYO, Jan. 5 (Kyodo) --"), ("kyodonews.jp", "kyodonews.net")),
    Agency("Jiji", ("Jiji", "Jiji Press"), "JP", ("Tokyo, Jan. 5 (Jiji Press) --",), ("jiji.co.jp",)),
    Agency("UPI", ("UPI", "United Press International"), "US",
           ("WASHINGTON, May 27 (UPI) --",), ("upi.com",)),
    Agency("PTI", ("PTI", "Press Trust of India"), "IN",
           ("Mumbai, Dec 9 (PTI)",), ("pti.in", "ptinews.com"), "PTI"),
    Agency("IANS", ("IANS", "Indo-Asian News Service"), "IN",
           ("New Delhi, Dec 9 (IANS)",), ("ians.in",)),
    Agency("ANI", ("ANI", "Asian News International"), "IN", ("New Delhi [India], Dec 9 (ANI):",), ("aniin.com",)),
    Agency("dpa", ("dpa", "Deutsche Presse-Agentur"), "DE",
           ("Munich (dpa) -", "Berlin, July 5 (dpa) -"), ("dpa.com", "dpa.de"), "dpa"),
    Agency("EFE", ("EFE", "Agencia EFE"), "ES",
           ("Madrid, Jan 5 (EFE).-", "HAVANA, Jan. 5 (EFE) -"), ("efe.com", "efe.es"), "efe"),
    Agency("ANSA", ("ANSA",), "IT", ("(ANSA) - ROME, JAN 5 -", "Rome, January 5 (ANSA) -"), ("ansa.it",)),
    Agency("Anadolu", ("Anadolu", "AA", "Anadolu Agency", "Anadolu Ajansi"), "TR",
           ("ANKARA (AA) -", "ISTANBUL, Jan. 5 (AA) -"), ("aa.com.tr",)),
    Agency("Bernama", ("Bernama",), "MY", ("KUALA LUMPUR, Jan 5 (Bernama) --",), ("bernama.com",)),
    Agency("TASS", ("TASS", "ITAR-TASS"), "RU", ("MOSCOW, January 5. /TASS/.",), ("tass.ru", "tass.com")),
    Agency("CNA", ("CNA", "Central News Agency", "Focus Taiwan"), "TW",
           ("Taipei, Jan. 5 (CNA)",), ("cna.com.tw", "focustaiwan.tw")),
    Agency("Antara", ("Antara",), "ID", ("Jakarta (ANTARA) -",), ("antaranews.com",)),
    Agency("VNA", ("VNA", "Vietnam News Agency", "Vietnam Plus"), "VN", ("HANOI (VNA) -",), ("vnanet.vn",)),
    Agency("PNA", ("PNA", "Philippine News Agency"), "PH", ("MANILA (PNA) --",), ("pna.gov.ph",)),
    Agency("APP", ("APP", "Associated Press of Pakistan"), "PK", ("ISLAMABAD, Jan 5 (APP):",), ("app.com.pk",)),
    Agency("BSS", ("BSS", "Bangladesh Sangbad Sangstha"), "BD", ("DHAKA, Jan 5, 2024 (BSS) -",), ("bssnews.net",)),
    Agency("KUNA", ("KUNA", "Kuwait News Agency"), "KW", ("KUWAIT, Jan 5 (KUNA) --",), ("kuna.net.kw",)),
    Agency("WAM", ("WAM", "Emirates News Agency"), "AE", ("ABU DHABI, 5th January, 2024 (WAM) --",), ("wam.ae",)),
    Agency("SPA", ("SPA", "Saudi Press Agency"), "SA", ("Riyadh, January 05, 2024, SPA --",), ("spa.gov.sa",)),
    Agency("MENA", ("MENA", "Middle East News Agency"), "EG", ("CAIRO, Jan 5 (MENA) -",), ("mena.org.eg",)),
    Agency("IRNA", ("IRNA", "Islamic Republic News Agency"), "IR", ("Tehran, IRNA --",), ("irna.ir",)),
    Agency("Lusa", ("Lusa",), "PT", ("Lisbon, Jan 5 (Lusa) -",), ("lusa.pt",)),
    Agency("Europa Press", ("Europa Press",), "ES", ("MADRID, 5 Ene. (EUROPA PRESS) -",), ("europapress.es",)),
    Agency("Notimex", ("Notimex", "NTX"), "MX", ("MEXICO CITY, Jan 5 (Notimex) -",), ()),
    Agency("Prensa Latina", ("Prensa Latina", "PL"), "CU", ("Havana, Jan 5 (Prensa Latina) -",), ("prensa-latina.cu",)),
    Agency("Ukrinform", ("Ukrinform",), "UA", ("KYIV, Jan 5 (Ukrinform) -",), ("ukrinform.ua",)),
    Agency("PAP", ("PAP", "Polish Press Agency"), "PL", ("WARSAW, Jan 5 (PAP) -",), ("pap.pl",)),
    Agency("CTK", ("CTK", "ČTK", "Czech News Agency"), "CZ", ("PRAGUE, Jan 5 (CTK) -",), ("ctk.cz",)),
    Agency("MTI", ("MTI",), "HU", ("BUDAPEST, Jan 5 (MTI) -",), ("mti.hu",)),
    Agency("BTA", ("BTA",), "BG", ("SOFIA, Jan 5 (BTA) -",), ("bta.bg",)),
    Agency("ANA-MPA", ("ANA-MPA", "AMNA", "ANA-MPE", "Athens-Macedonian News Agency"), "GR",
           ("ATHENS, Jan 5 (ANA-MPA) -",), ("amna.gr", "ana-mpa.gr", "ana-mpe.gr")),
    Agency("Agerpres", ("Agerpres",), "RO", ("BUCHAREST, Jan 5 (AGERPRES) -",), ("agerpres.ro",)),
    Agency("HINA", ("HINA",), "HR", ("ZAGREB, Jan 5 (Hina) -",), ("hina.hr",)),
    Agency("Tanjug", ("Tanjug",), "RS", ("BELGRADE, Jan 5 (Tanjug) -",), ("tanjug.rs",)),
    Agency("Keystone-SDA", ("Keystone-SDA", "SDA", "ATS", "Keystone-ATS"), "CH",
           ("BERN (Keystone-SDA) -",), ("keystone-sda.ch",)),
    Agency("PA", ("PA", "Press Association", "PA Media"), "GB",
           ("LONDON (PA) -",), ("pamediagroup.com", "pa.press.net")),
    Agency("ANP", ("ANP",), "NL", ("AMSTERDAM (ANP) -",), ("anp.nl",)),
    Agency("APA", ("APA", "Austria Presse Agentur"), "AT", ("VIENNA (APA) -",), ("apa.at",)),
    Agency("Belga", ("Belga",), "BE", ("BRUSSELS (Belga) -",), ("belga.be",)),
    Agency("STT", ("STT", "STT-FNB", "STT-Lehtikuva"), "FI", ("HELSINKI (STT) -",), ("stt.fi",)),
    Agency("TT", ("TT", "Tidningarnas Telegrambyrå"), "SE", ("STOCKHOLM (TT) -",), ("tt.se",)),
    Agency("NTB", ("NTB",), "NO", ("OSLO (NTB) -",), ("ntb.no",)),
    Agency("Ritzau", ("Ritzau",), "DK", ("COPENHAGEN (Ritzau) -",), ("ritzau.dk",)),
    Agency("CP", ("CP", "The Canadian Press", "Canadian Press"), "CA", ("OTTAWA (CP) -",), ("thecanadianpress.com",)),
    Agency("AAP", ("AAP", "Australian Associated Press"), "AU", ("SYDNEY (AAP) -",), ("aap.com.au",)),
    Agency("KCNA", ("KCNA", "Korean Central News Agency"), "KP", ("PYONGYANG, January 5 (KCNA) --",), ("kcna.kp",)),
    Agency("Interfax", ("Interfax",), "RU", ("MOSCOW, Jan 5 (Interfax) -",), ("interfax.ru", "interfax.com")),
    Agency("RIA Novosti", ("RIA Novosti", "RIA"), "RU", ("MOSCOW, Jan 5 (RIA Novosti) -",), ("ria.ru",)),
    Agency("Sputnik", ("Sputnik",), "RU", ("MOSCOW, Jan 5 (Sputnik) -",), ("sputniknews.com",)),
    Agency("Bloomberg", ("Bloomberg", "Bloomberg News"), "US", ("(Bloomberg) --",), ("bloomberg.net", "bloomberg.com")),
)


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", folded.casefold()).strip()


_BY_ALIAS: dict[str, Agency] = {_key(a): agency for agency in AGENCIES for a in (agency.name, *agency.aliases)}
_BY_DOMAIN: dict[str, Agency] = {d: agency for agency in AGENCIES for d in agency.domains}
_BY_SIGNOFF_WORD: dict[str, Agency] = {
    agency.signoff_word.casefold(): agency for agency in AGENCIES if agency.signoff_word
}


def lookup(tag: str) -> Agency | None:
    """The agency a printed tag names ("AP", "Reuter", "Yonhap News Agency"), or None."""
    return _BY_ALIAS.get(_key(tag))


def canonical(tag: str | None) -> str | None:
    agency = lookup(tag) if tag else None
    return agency.name if agency else None


def by_email(address: str) -> Agency | None:
    """The agency whose staff domain an e-mail address is on ("x@yna.co.kr" -> Yonhap)."""
    domain = address.rpartition("@")[2].casefold().strip()
    while domain:
        if domain in _BY_DOMAIN:
            return _BY_DOMAIN[domain]
        _, _, domain = domain.partition(".")
        if "." not in domain:
            return None
    return None


def by_signoff_word(word: str) -> Agency | None:
    """The agency that opens desk sign-offs with `word` ("dpa bwh bag", "PTI SKL RT")."""
    return _BY_SIGNOFF_WORD.get(word.casefold())
