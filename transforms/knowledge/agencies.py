"""The agency table: who sends wire copy and how they sign it.

Domain knowledge as data (rule set `agencies.v3`): each agency's canonical
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

from wirecopy.transforms.knowledge import scripts

RULESET = "agencies.v3"


@dataclass(frozen=True, slots=True)
class Agency:
    name: str                         # canonical short name, the value of articles.agency
    aliases: tuple[str, ...]          # tags as printed: "(AP)", "Reuter", "Associated Press"
    country: str                      # home country, ISO 3166-1 alpha-2
    forms: tuple[str, ...] = ()       # usual dateline forms, as the agency prints them
    domains: tuple[str, ...] = ()     # e-mail / web domains of its staff
    signoff_word: str | None = None   # word that opens its desk-initials sign-off


# The world and regional services and the agencies running text cites by their tags ("AFP said").
_CITED: tuple[Agency, ...] = (
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
    Agency("ANP", ("ANP", "Algemeen Nederlands Persbureau"), "NL", ("AMSTERDAM (ANP) -",), ("anp.nl",)),
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

# National agencies of every country that has one, and the smaller services: credits know them by
# their tags, running text by their full names only (see `text_forms`).
_NATIONAL: tuple[Agency, ...] = (
    # Europe and Central Asia (EANA and OANA members).
    Agency("ATA", ("ATA", "Albanian Telegraphic Agency", "Agjencia Telegrafike Shqiptare"), "AL",
           ("TIRANA, Jan 5 (ATA) -",), ("ata.gov.al",)),
    Agency("BelTA", ("BelTA", "Belarusian Telegraph Agency"), "BY", ("MINSK, 5 January (BelTA) -",), ("belta.by",)),
    Agency("FENA", ("FENA", "Fena", "Federalna novinska agencija", "Federal News Agency"), "BA",
           ("SARAJEVO, Jan 5 (FENA) -",), ("fena.ba",)),
    Agency("SRNA", ("SRNA", "Srna", "News Agency of Republika Srpska", "Novinska agencija Republike Srpske"), "BA",
           ("BANJA LUKA, Jan 5 (SRNA) -",), ("srna.rs",)),
    Agency("CNA", ("CNA", "Cyprus News Agency"), "CY", ("NICOSIA, Jan 5 (CNA) -",), ("cna.org.cy",)),
    Agency("STA", ("STA", "Slovenian Press Agency", "Slovenska tiskovna agencija"), "SI",
           ("LJUBLJANA, Jan 5 (STA) -",), ("sta.si",)),
    Agency("TASR", ("TASR", "News Agency of the Slovak Republic", "Tlačová agentúra Slovenskej republiky"), "SK",
           ("BRATISLAVA, Jan 5 (TASR) -",), ("tasr.sk",)),
    Agency("MIA", ("MIA", "Macedonian Information Agency"), "MK",
           ("SKOPJE, Jan 5 (MIA) -",), ("mia.mk",)),
    Agency("MINA", ("MINA", "Montenegrin News Agency"), "ME", ("PODGORICA, Jan 5 (MINA) -",), ("mina.news",)),
    Agency("LETA", ("LETA", "Latvian News Agency"), "LV", ("RIGA, Jan 5 (LETA) -",), ("leta.lv",)),
    Agency("ELTA", ("ELTA", "Lithuanian News Agency"), "LT", ("VILNIUS, Jan 5 (ELTA) -",), ("elta.lt",)),
    Agency("BNS", ("BNS", "Baltic News Service"), "EE", ("TALLINN, Jan 5 (BNS) -",), ("bns.ee", "bns.lt", "bns.lv")),
    Agency("Moldpres", ("Moldpres", "Moldpres News Agency"), "MD", ("CHISINAU, Jan 5 (Moldpres) -",), ("moldpres.md",)),
    Agency("ARMENPRESS", ("ARMENPRESS", "Armenpress", "Armenpress News Agency"), "AM",
           ("YEREVAN, JANUARY 5, ARMENPRESS.",),
           ("armenpress.am",)),
    Agency("AzerTAc", ("AzerTAc", "Azertag", "Azerbaijan State News Agency"), "AZ",
           ("Baku, January 5 (AZERTAC) -",), ("azertac.az", "azertag.az")),
    Agency("Trend", ("Trend", "Trend News Agency"), "AZ", ("BAKU, Azerbaijan, Jan. 5. /Trend/",), ("trend.az",)),
    Agency("APA", ("APA", "Azeri Press Agency", "APA Holding"), "AZ", ("Baku, January 5 (APA) -",), ("apa.az",)),
    Agency("Interpressnews", ("Interpressnews",), "GE", ("TBILISI, Jan 5 (Interpressnews) -",),
           ("interpressnews.ge",)),
    Agency("KAZINFORM", ("KAZINFORM", "Kazinform", "Kazinform International News Agency", "Kazinform News Agency"),
           "KZ",
           ("ASTANA, Jan 5 (Kazinform) -",), ("inform.kz",)),
    Agency("Kabar", ("Kabar", "Kabar News Agency", "National News Agency Kabar"), "KG", ("BISHKEK, Jan 5 (Kabar) -",),
           ("kabar.kg",)),
    Agency("AKIpress", ("AKIpress", "AKIpress News Agency"), "KG", ("BISHKEK (AKIpress) -",),
           ("akipress.com", "akipress.org")),
    Agency("Khovar", ("Khovar", "National Information Agency of Tajikistan"), "TJ", ("DUSHANBE, Jan 5 (Khovar) -",),
           ("khovar.tj",)),
    Agency("UzA", ("UzA", "National News Agency of Uzbekistan"), "UZ", ("TASHKENT, Jan 5 (UzA) -",), ("uza.uz",)),
    Agency("TDH", ("TDH", "Turkmen State News Service", "Turkmenistan State News Agency"), "TM",
           ("ASHGABAT, Jan 5 (TDH) -",), ("tdh.gov.tm",)),
    Agency("UNIAN", ("UNIAN", "Unian", "Ukrainian Independent Information Agency of News"), "UA",
           ("KYIV, Jan 5 (UNIAN) -",),
           ("unian.net", "unian.info")),
    Agency("Interfax-Ukraine", ("Interfax-Ukraine", "Interfax Ukraine"), "UA", ("KYIV, Jan 5 (Interfax-Ukraine) -",),
           ("interfax.com.ua",)),
    Agency("AGI", ("AGI", "Agenzia Giornalistica Italia", "Agenzia Italia"), "IT", ("ROME, Jan 5 (AGI) -",),
           ("agi.it",)),
    Agency("Adnkronos", ("Adnkronos", "Adn Kronos"), "IT", ("ROME, Jan 5 (Adnkronos) -",), ("adnkronos.com",)),
    Agency("askanews", ("askanews", "Askanews"), "IT", ("Roma, 6 set. (askanews) -",), ("askanews.it",)),
    Agency("LaPresse", ("LaPresse",), "IT", ("MILAN, Jan 5 (LaPresse) -",), ("lapresse.it",)),
    Agency("DHA", ("DHA", "Demiroren News Agency", "Demirören Haber Ajansı", "Dogan News Agency"), "TR",
           ("ISTANBUL, Jan 5 (DHA) -",), ("dha.com.tr",)),
    Agency("IHA", ("IHA", "Ihlas News Agency", "İhlas Haber Ajansı"), "TR", ("ANKARA, Jan 5 (IHA) -",),
           ("iha.com.tr",)),
    Agency("epd", ("epd", "Evangelischer Pressedienst"), "DE", ("Frankfurt, Jan 5 (epd) -",), ("epd.de",)),
    Agency("ACN", ("ACN", "Agència Catalana de Notícies", "Catalan News Agency", "Catalan News"), "ES",
           ("BARCELONA, Jan 5 (ACN) -",), ("acn.cat", "catalannews.com")),
    # The Arab world and Iran (FANA, Arab States Broadcasting members).
    Agency("WAFA", ("WAFA", "Palestine News Agency", "Palestinian News and Information Agency"), "PS",
           ("RAMALLAH, Jan 5 (WAFA) -",), ("wafa.ps", "english.wafa.ps")),
    Agency("Petra", ("Petra", "PETRA", "Jordan News Agency"), "JO", ("AMMAN, Jan 5 (Petra) -",), ("petra.gov.jo",)),
    Agency("SANA", ("SANA", "Syrian Arab News Agency"), "SY", ("Damascus, SANA -", "DAMASCUS, Jan 5 (SANA) -"),
           ("sana.sy",)),
    Agency("INA", ("INA", "Iraqi News Agency"), "IQ", ("BAGHDAD, Jan 5 (INA) -",), ("ina.iq",)),
    Agency("NINA", ("NINA", "National Iraqi News Agency"), "IQ", ("BAGHDAD, Jan 5 (NINA) -",), ("ninanews.com",)),
    Agency("NNA", ("NNA", "National News Agency", "Lebanon National News Agency"), "LB", ("BEIRUT, Jan 5 (NNA) -",),
           ("nna-leb.gov.lb",)),
    Agency("QNA", ("QNA", "Qatar News Agency"), "QA", ("DOHA, Jan 5 (QNA) -",), ("qna.org.qa",)),
    Agency("BNA", ("BNA", "Bahrain News Agency"), "BH", ("MANAMA, Jan 5 (BNA) -",), ("bna.bh",)),
    Agency("ONA", ("ONA", "Oman News Agency"), "OM", ("MUSCAT, Jan 5 (ONA) -",), ("omannews.gov.om",)),
    Agency("Lana", ("Lana", "LANA", "Libyan News Agency", "Libya News Agency", "Jamahiriya News Agency", "JANA"), "LY",
           ("Tripoli, 5 January 2024 (Lana) -",), ("lana.gov.ly",)),
    Agency("TAP", ("TAP", "Tunis Afrique Presse", "Agence Tunis Afrique Presse"), "TN", ("TUNIS, Jan 5 (TAP) -",),
           ("tap.info.tn",)),
    Agency("APS", ("APS", "Algérie Presse Service", "Algeria Press Service", "Algerian Press Service"), "DZ",
           ("ALGIERS, Jan 5 (APS) -",), ("aps.dz",)),
    Agency("MAP", ("MAP", "Maghreb Arabe Presse", "Moroccan News Agency"), "MA", ("RABAT, Jan 5 (MAP) -",),
           ("map.ma", "mapexpress.ma")),
    Agency("SUNA", ("SUNA", "Sudan News Agency"), "SD", ("KHARTOUM, Jan 5 (SUNA) -",), ("suna-sd.net",)),
    Agency("AMI", ("AMI", "Agence Mauritanienne d'Information", "Mauritanian News Agency"), "MR",
           ("NOUAKCHOTT, Jan 5 (AMI) -",), ("ami.mr",)),
    Agency("ISNA", ("ISNA", "Iranian Students' News Agency", "Iranian Students News Agency"), "IR",
           ("TEHRAN, Jan 5 (ISNA) -",), ("isna.ir",)),
    Agency("MNA", ("MNA", "Mehr News Agency", "Mehr"), "IR", ("TEHRAN, Jan. 05 (MNA) -",), ("mehrnews.com",)),
    Agency("FNA", ("FNA", "Fars News Agency", "Fars News"), "IR", ("TEHRAN, Jan 5 (FNA) -",),
           ("farsnews.ir", "farsnews.com")),
    Agency("Tasnim", ("Tasnim", "Tasnim News Agency"), "IR", ("TEHRAN, Jan 5 (Tasnim) -",), ("tasnimnews.com",)),
    # South, South-East and East Asia, the Pacific (OANA members).
    Agency("Bakhtar", ("Bakhtar", "Bakhtar News Agency"), "AF", ("KABUL, Jan 5 (Bakhtar) -",), ("bakhtarnews.af",)),
    Agency("Pajhwok", ("Pajhwok", "Pajhwok Afghan News"), "AF", ("KABUL, Jan 5 (Pajhwok) -",), ("pajhwok.com",)),
    Agency("PPI", ("PPI", "Pakistan Press International"), "PK", ("KARACHI, Jan 5 (PPI) -",), ("ppinewsagency.com",)),
    Agency("UNI", ("UNI", "United News of India"), "IN", ("New Delhi, Jan 5 (UNI)",), ("uniindia.com",)),
    Agency("UNB", ("UNB", "United News of Bangladesh"), "BD", ("DHAKA, Jan 5 (UNB) -",), ("unb.com.bd",)),
    Agency("Lankapuvath", ("Lankapuvath", "Lanka Puvath", "National News Agency of Sri Lanka"), "LK",
           ("COLOMBO, Jan 5 (Lankapuvath) -",), ("lankapuvath.lk",)),
    Agency("RSS", ("RSS", "Rastriya Samachar Samiti", "Rashtriya Samachar Samiti"), "NP", ("KATHMANDU, Jan 5 (RSS) -",),
           ("rss.com.np",)),
    Agency("MNA", ("MNA", "Myanmar News Agency"), "MM", ("NAY PYI TAW, Jan 5 (MNA) -",), ()),
    Agency("TNA", ("TNA", "Thai News Agency"), "TH", ("CHIANGRAI, Jan 5 (TNA) -",), ("tnamcot.com",)),
    Agency("NNT", ("NNT", "National News Bureau of Thailand"), "TH", ("BANGKOK, Jan 5 (NNT) -",),
           ("thainews.prd.go.th",)),
    Agency("KPL", ("KPL", "Lao News Agency", "Khaosan Pathet Lao"), "LA", ("VIENTIANE, Jan 5 (KPL) -",),
           ("kpl.gov.la",)),
    Agency("AKP", ("AKP", "Agence Kampuchea Presse"), "KH", ("PHNOM PENH, Jan 5 (AKP) -",), ("akp.gov.kh",)),
    Agency("TATOLI", ("TATOLI", "Tatoli", "Tatoli Agência Noticiosa de Timor-Leste"), "TL", ("DILI, Jan 5 (TATOLI) -",),
           ("tatoli.tl",)),
    Agency("CNS", ("CNS", "China News Service", "Zhongxinshe"), "CN", ("BEIJING, Jan 5 (CNS) -",),
           ("chinanews.com.cn",)),
    Agency("Newsis", ("Newsis", "NEWSIS"), "KR", ("SEOUL, Jan 5 (Newsis) -",), ("newsis.com",)),
    Agency("News1", ("News1", "News1 Korea"), "KR", ("SEOUL, Jan 5 (News1) -",), ("news1.kr",)),
    # Africa (FAAPA members and the pan-African services).
    Agency("NAN", ("NAN", "News Agency of Nigeria"), "NG", ("Lagos, NAN -", "ABUJA, Jan 5 (NAN) -"), ("nannews.ng",)),
    Agency("GNA", ("GNA", "Ghana News Agency"), "GH", ("ACCRA, Jan 5 (GNA) -",), ("gna.org.gh",)),
    Agency("KNA", ("KNA", "Kenya News Agency"), "KE", ("NAIROBI, Jan 5 (KNA) -",), ("kenyanews.go.ke",)),
    Agency("ENA", ("ENA", "Ethiopian News Agency"), "ET", ("ADDIS ABABA, June 13/2024 (ENA) -",), ("ena.et",)),
    Agency("ABP", ("ABP", "Agence Bénin Presse"), "BJ", ("COTONOU, Jan 5 (ABP) -",), ("abp.bj",)),
    Agency("ABP", ("ABP", "Agence Burundaise de Presse"), "BI", ("BUJUMBURA, Jan 5 (ABP) -",), ("abp.info.bi",)),
    Agency("ACP", ("ACP", "Agence Congolaise de Presse"), "CD", ("KINSHASA, Jan 5 (ACP) -",), ("acp.cd",)),
    Agency("ACI", ("ACI", "Agence Congolaise d'Information"), "CG", ("BRAZZAVILLE, Jan 5 (ACI) -",), ("aci.cg",)),
    Agency("AGP", ("AGP", "Agence Gabonaise de Presse"), "GA", ("LIBREVILLE, Jan 5 (AGP) -",), ("agpgabon.ga",)),
    Agency("AGP", ("AGP", "Agence Guinéenne de Presse"), "GN", ("CONAKRY, Jan 5 (AGP) -",), ("agpguinee.com",)),
    Agency("AIP", ("AIP", "Agence Ivoirienne de Presse"), "CI", ("ABIDJAN, Jan 5 (AIP) -",), ("aip.ci",)),
    Agency("AIB", ("AIB", "Agence d'Information du Burkina"), "BF", ("OUAGADOUGOU, Jan 5 (AIB) -",), ("aib.media",)),
    Agency("AMAP", ("AMAP", "Agence Malienne de Presse et Publicité"), "ML", ("BAMAKO, Jan 5 (AMAP) -",), ("amap.ml",)),
    Agency("ANP", ("ANP", "Agence Nigérienne de Presse"), "NE", ("NIAMEY, Jan 5 (ANP) -",), ("anp.ne",)),
    Agency("APS", ("APS", "Agence de Presse Sénégalaise"), "SN", ("DAKAR, Jan 5 (APS) -",), ("aps.sn",)),
    Agency("ATP", ("ATP", "Agence Tchadienne de Presse"), "TD", ("N'DJAMENA, Jan 5 (ATP) -",), ("atpt.td",)),
    Agency("ATOP", ("ATOP", "Agence Togolaise de Presse"), "TG", ("LOME, Jan 5 (ATOP) -",), ("atop.tg",)),
    Agency("ACAP", ("ACAP", "Agence Centrafrique Presse"), "CF", ("BANGUI, Jan 5 (ACAP) -",), ("acap.cf",)),
    Agency("ANGOP", ("ANGOP", "Angop", "Agência Angola Press", "Angola Press"), "AO", ("LUANDA, Jan 5 (ANGOP) -",),
           ("angop.ao",)),
    Agency("Inforpress", ("Inforpress", "Agência Cabo-verdiana de Notícias"), "CV", ("PRAIA, Jan 5 (Inforpress) -",),
           ("inforpress.cv",)),
    Agency("STP-Press", ("STP-Press", "STP Press", "Agência STP-Press"), "ST", ("SAO TOME, Jan 5 (STP-Press) -",),
           ("stp-press.st",)),
    Agency("NAMPA", ("NAMPA", "Namibia Press Agency"), "NA", ("WINDHOEK, Jan 5 (NAMPA) -",), ("nampa.org",)),
    Agency("BOPA", ("BOPA", "Botswana Press Agency"), "BW", ("GABORONE, Jan 5 (BOPA) -",), ()),
    Agency("New Ziana", ("New Ziana", "ZIANA", "Zimbabwe Inter-Africa News Agency"), "ZW",
           ("HARARE, Jan 5 (New Ziana) -",),
           ("newziana.co.zw",)),
    Agency("ZANIS", ("ZANIS", "Zambia News and Information Services"), "ZM", ("LUSAKA, Jan 5 (ZANIS) -",),
           ("zanis.org.zm",)),
    Agency("MANA", ("MANA", "Malawi News Agency"), "MW", ("LILONGWE, Jan 5 (MANA) -",), ()),
    Agency("ANA", ("ANA", "African News Agency"), "ZA", ("JOHANNESBURG, Jan 5 (ANA) -",), ("africannewsagency.com",)),
    Agency("SAnews", ("SAnews", "South African Government News Agency"), "ZA", ("PRETORIA, Jan 5 (SAnews) -",),
           ("sanews.gov.za",)),
    Agency("LINA", ("LINA", "Liberia News Agency"), "LR", ("MONROVIA, Jan 5 (LINA) -",), ()),
    Agency("SLENA", ("SLENA", "Sierra Leone News Agency"), "SL", ("FREETOWN, Jan 5 (SLENA) -",), ("slenaonline.com",)),
    Agency("SONNA", ("SONNA", "Somali National News Agency"), "SO", ("MOGADISHU, Jan 5 (SONNA) -",), ("sonna.so",)),
    Agency("ADI", ("ADI", "Agence Djiboutienne d'Information"), "DJ", ("DJIBOUTI, Jan 5 (ADI) -",), ("adi.dj",)),
    Agency("PANA", ("PANA", "Panapress", "Pan African News Agency"), "SN", ("DAKAR, Jan 5 (PANA) -",),
           ("panapress.com",)),
    Agency("APA", ("APA", "Agence de Presse Africaine", "APA News"), "SN", ("DAKAR, Jan 5 (APA) -",), ("apanews.net",)),
    # The Americas.
    Agency("Télam", ("Télam", "Telam", "Agencia Télam"), "AR", ("BUENOS AIRES, Jan 5 (Telam) -",), ("telam.com.ar",)),
    Agency("Agência Brasil", ("Agência Brasil", "Agencia Brasil", "ABr"), "BR", ("BRASILIA, Jan 5 (Agência Brasil) -",),
           ("agenciabrasil.ebc.com.br",)),
    Agency("Agência Estado", ("Agência Estado", "Agencia Estado"), "BR", ("SAO PAULO, Jan 5 (Agência Estado) -",),
           ("estadao.com.br",)),
    Agency("Colprensa", ("Colprensa", "COLPRENSA"), "CO", ("BOGOTA, Jan 5 (Colprensa) -",), ("colprensa.com",)),
    Agency("ANDINA", ("ANDINA", "Andina", "Agencia Andina", "Andina News Agency"), "PE", ("LIMA, Jan 5 (ANDINA) -",),
           ("andina.pe",)),
    Agency("ABI", ("ABI", "Agencia Boliviana de Información"), "BO", ("LA PAZ, Jan 5 (ABI) -",), ("abi.bo",)),
    Agency("ACN", ("ACN", "Agencia Cubana de Noticias", "Cuban News Agency"), "CU", ("HAVANA, Jan 5 (ACN) -",),
           ("acn.cu",)),
    Agency("CMC", ("CMC", "Caribbean Media Corporation", "Caribbean News Agency", "CANA"), "BB",
           ("BRIDGETOWN, Barbados, Jan 5 (CMC) -",), ("cmccaribbean.com",)),
    # International services.
    Agency("IPS", ("IPS", "Inter Press Service", "IPS News"), "IT", ("ROME, Jan 5 (IPS) -",), ("ipsnews.net",)),
    Agency("JTA", ("JTA", "Jewish Telegraphic Agency"), "US", ("NEW YORK (JTA) --",), ("jta.org",)),
    Agency("Pacnews", ("Pacnews", "PACNEWS"), "FJ", ("SUVA, Jan 5 (PACNEWS) -",), ("pina.com.fj",)),
)


AGENCIES: tuple[Agency, ...] = _CITED + _NATIONAL
_CITED_BY_TAG = frozenset(_CITED)


def text_forms(agency: Agency) -> tuple[str, ...]:
    """The forms that name `agency` in running text, for the entity gazetteer.

    A national agency's tag is a credit's word, not a sentence's: in a story
    "AKP" is Turkey's ruling party before it is Cambodia's agency, "PPI" a
    price index, "ATP" tennis, "Petra" a ruin and "Nampa" a city in Idaho.
    Such an agency is named in text by its full
    names of two words or more ("Agence Kampuchea Presse"); the agencies
    text cites by tag keep every tag.
    """
    tags = dict.fromkeys((agency.name, *agency.aliases))
    if agency in _CITED_BY_TAG:
        return tuple(tags)
    return tuple(t for t in tags if len(t.split()) >= 2)


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", folded.casefold()).strip()


# National agencies' tags that a line opens with for other reasons ("MAP - Where the fires are", "ATP -" over
# tennis results, "PPI -" the price index, "AKP -" Turkey's party, "TAP -" the airline). They are left to
# the grammar like a shared tag: a credit keeps them as printed, with no home country; the agency's full
# names still give its canonical name and country. Left out of the table altogether: agencies whose tag,
# unknown, reads as a place ("AIM", Mozambique's: Aim is a town) or that print it in two casings the
# readers keep apart ("(MONTSAME)" and "(Montsame)"; "(Saba)" and "SABA").
_LEFT_TO_THE_GRAMMAR = frozenset({"map", "atp", "uni", "rss", "tap", "ppi", "akp", "mia", "aib", "cns"})


def left_to_the_grammar(name: str) -> bool:
    """A national agency's tag that a line opens with for other reasons ("MAP -", "ATP -"): bare, it is no one's
    credit."""
    return _key(name) in _LEFT_TO_THE_GRAMMAR


def _index(table: tuple[Agency, ...]) -> dict[str, Agency]:
    """Each printed tag's agency; a tag two agencies print is nobody's.

    The ambiguity rule: a short name that several agencies print ("APS" is
    Algeria's and Senegal's, "ABP" Benin's and Burundi's, "APA" Austria's,
    Azerbaijan's and a Dakar service's, "MNA" Mehr's, Myanmar's and more)
    is left out of the index. The grammar then reads it as any unknown
    credit: kept as printed (the same text as their shared canonical name),
    with no home country to pick Senegal's places for Algeria's copy, and no
    claim to be the known sender of a pair like "(ITALPRESS/MNA)". Each
    agency's full names ("Algérie Presse Service") still give the short name
    and its own home country. A tag claimed by agencies with different
    canonical names is an error in the table, caught here at import.
    """
    claims: dict[str, list[Agency]] = {}
    for agency in table:
        for tag in dict.fromkeys((agency.name, *agency.aliases)):
            claimants = claims.setdefault(_key(tag), [])
            if agency not in claimants:
                claimants.append(agency)
    index: dict[str, Agency] = {}
    for key, claimants in claims.items():
        names = {a.name for a in claimants}
        if len(names) != 1 or (len(claimants) > 1 and _key(claimants[0].name) != key):
            raise ValueError(f"agency tag {key!r} is claimed by {sorted(names)}: a shared tag must be their name")
        if len(claimants) == 1 and key not in _LEFT_TO_THE_GRAMMAR:
            index[key] = claimants[0]
    return index


_BY_ALIAS: dict[str, Agency] = _index(AGENCIES)


def _capitals_only(table: tuple[Agency, ...]) -> frozenset[str]:
    """Keys of national agencies' tags the table spells only in capitals: "SANA", "LINA", "MIA", "NAMPA".

    Printed otherwise they are a person's name ("Sana", "Lina", "Mia") or a
    place ("Nampa"), and the By-line readers ask the table whether a word is
    an agency. The world agencies' tags match in any case ("dpa", "DPA",
    "Reuter", "REUTER"), and a national agency that prints its name in
    title case lists that spelling too ("Petra", "Kazinform").
    """
    spellings: dict[str, set[str]] = {}
    for agency in table:
        if agency in _CITED_BY_TAG:
            continue
        for tag in (agency.name, *agency.aliases):
            spellings.setdefault(_key(tag), set()).add(tag)
    return frozenset(key for key, printed in spellings.items()
                     if all(t.isupper() and " " not in t for t in printed))


_CAPITALS_ONLY: frozenset[str] = _capitals_only(AGENCIES)
_BY_DOMAIN: dict[str, Agency] = {d: agency for agency in AGENCIES for d in agency.domains}
_BY_SIGNOFF_WORD: dict[str, Agency] = {
    agency.signoff_word.casefold(): agency for agency in AGENCIES if agency.signoff_word
}


# A short name and a full name printed together: "APA - Austria Presse Agentur", "Agence X (AX)".
_SHORT_AND_FULL_RE = re.compile(r"(?P<a>[^()\-–—]{2,60}?)\s*(?:[-–—]\s+|\()(?P<b>[^()]{2,60}?)\)?")


# Agencies as Korean, Chinese and Japanese copy names them in its leads ("(서울=연합뉴스)",
# "新华社北京6月4日电", "【北京共同】", "（中央社台北20日電）"): the name as printed -> the canonical
# name and home country of the agency in the table (two agencies are called CNA: Taiwan's is 中央社).
# Apart from the aliases because the tag index folds a tag to ASCII letters, which leaves nothing of
# these; and kept out of running text's forms (text_forms): 共同 and 時事 are words too ("joint",
# "current affairs"), names only in a lead's brackets.
CJK_NAMES: dict[str, tuple[str, str]] = {
    "연합뉴스": ("Yonhap", "KR"), "聯合ニュース": ("Yonhap", "KR"), "韩联社": ("Yonhap", "KR"),
    "韓聯社": ("Yonhap", "KR"), "뉴시스": ("Newsis", "KR"), "뉴스1": ("News1", "KR"),
    "조선중앙통신": ("KCNA", "KP"), "朝中社": ("KCNA", "KP"), "朝鲜中央通讯社": ("KCNA", "KP"),
    "朝鮮中央通信": ("KCNA", "KP"),
    "新华社": ("Xinhua", "CN"), "新華社": ("Xinhua", "CN"), "新华网": ("Xinhua", "CN"), "新華網": ("Xinhua", "CN"),
    "中新社": ("CNS", "CN"), "中新网": ("CNS", "CN"), "中新網": ("CNS", "CN"), "中国新闻社": ("CNS", "CN"),
    "中國新聞社": ("CNS", "CN"),
    "共同": ("Kyodo", "JP"), "共同社": ("Kyodo", "JP"), "共同通信": ("Kyodo", "JP"), "共同通信社": ("Kyodo", "JP"),
    "時事": ("Jiji", "JP"), "時事通信": ("Jiji", "JP"), "時事通信社": ("Jiji", "JP"), "时事社": ("Jiji", "JP"),
    "中央社": ("CNA", "TW"), "中央通訊社": ("CNA", "TW"),
    "法新社": ("AFP", "FR"), "美联社": ("AP", "US"), "美聯社": ("AP", "US"), "路透社": ("Reuters", "GB"),
    "ロイター": ("Reuters", "GB"), "塔斯社": ("TASS", "RU"), "德新社": ("dpa", "DE"), "埃菲社": ("EFE", "ES"),
    "安莎社": ("ANSA", "IT"), "越通社": ("VNA", "VN"),
}
_BY_CJK_NAME: dict[str, Agency] = {
    printed: next(a for a in AGENCIES if a.name == name and a.country == country)
    for printed, (name, country) in CJK_NAMES.items()
}


# Agencies as copy in Cyrillic script names them in its leads ("МОСКВА, 5 июня. /ТАСС/.", "КИЇВ. 18 березня. УНН.",
# "МИНСК, 12 марта (БЕЛТА) -"): the name as printed, case folded (ё as е) -> the canonical name and home country
# of the agency in the table. Only agencies the table holds; an agency it lacks (UNN, Montsame) is kept as
# printed. Apart from the aliases for the reason CJK_NAMES is: the tag index folds a tag to ASCII letters.
CYRILLIC_NAMES: dict[str, tuple[str, str]] = {
    "тасс": ("TASS", "RU"), "итар-тасс": ("TASS", "RU"),
    "риа новости": ("RIA Novosti", "RU"), "риа": ("RIA Novosti", "RU"),
    "интерфакс": ("Interfax", "RU"), "интерфакс-украина": ("Interfax-Ukraine", "UA"),
    "інтерфакс-україна": ("Interfax-Ukraine", "UA"), "спутник": ("Sputnik", "RU"),
    "белта": ("BelTA", "BY"),
    "укрінформ": ("Ukrinform", "UA"), "укринформ": ("Ukrinform", "UA"),
    "уніан": ("UNIAN", "UA"), "униан": ("UNIAN", "UA"),
    "казинформ": ("KAZINFORM", "KZ"), "миа казинформ": ("KAZINFORM", "KZ"), "миа «казинформ»": ("KAZINFORM", "KZ"),
    "қазақпарат": ("KAZINFORM", "KZ"),
    "кабар": ("Kabar", "KG"), "акипресс": ("AKIpress", "KG"), "акиpress": ("AKIpress", "KG"),
    "уза": ("UzA", "UZ"), "ўза": ("UzA", "UZ"),
    "бта": ("BTA", "BG"), "танјуг": ("Tanjug", "RS"), "танюг": ("Tanjug", "RS"),
    "миа": ("MIA", "MK"), "фена": ("FENA", "BA"), "срна": ("SRNA", "BA"),
    "ховар": ("Khovar", "TJ"), "тренд": ("Trend", "AZ"),
}
_BY_CYRILLIC_NAME: dict[str, Agency] = {
    printed: next(a for a in AGENCIES if a.name == name and a.country == country)
    for printed, (name, country) in CYRILLIC_NAMES.items()
}
# A Cyrillic letter in a tag sends it to CYRILLIC_NAMES ("АКИpress" too).
_CYRILLIC_LETTER_RE = re.compile("[\u0400-\u052f]")


# Agencies as copy in Arabic, Devanagari, Bengali, Greek, Armenian or Georgian script names them in its
# leads ("القاهرة في 5 يونيو /أ ش أ/", "عمان 4 حزيران (بترا) -", "ঢাকা, ৫ জুন (বাসস) :", "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ)"):
# the name as printed -> the canonical name and home country of the agency in the table. Only agencies the
# table holds. Matched by script_name_key (scripts.fold, spaces and dots left out: "أ ش أ", "أ.ش.أ" and
# "ا ش ا" are one). Kept apart from the aliases and out of running text's forms for the reason
# CYRILLIC_NAMES is; several are words too (بنا "built", قنا the town Qena), names only in a credit's place.
SCRIPT_NAMES: dict[str, tuple[str, str]] = {
    "أ ش أ": ("MENA", "EG"), "بترا": ("Petra", "JO"), "واس": ("SPA", "SA"), "وام": ("WAM", "AE"),
    "قنا": ("QNA", "QA"), "كونا": ("KUNA", "KW"), "بنا": ("BNA", "BH"), "سانا": ("SANA", "SY"),
    "إرنا": ("IRNA", "IR"), "ارنا": ("IRNA", "IR"), "ايرنا": ("IRNA", "IR"),
    "ایرنا": ("IRNA", "IR"), "واج": ("APS", "DZ"), "وأج": ("APS", "DZ"), "ومع": ("MAP", "MA"),
    "و م ع": ("MAP", "MA"), "وات": ("TAP", "TN"), "العمانية": ("ONA", "OM"), "واع": ("INA", "IQ"),
    "سونا": ("SUNA", "SD"), "وال": ("Lana", "LY"), "ايسنا": ("ISNA", "IR"), "ایسنا": ("ISNA", "IR"),
    "تسنيم": ("Tasnim", "IR"), "تسنیم": ("Tasnim", "IR"), "اے پی پی": ("APP", "PK"),
    "رويترز": ("Reuters", "GB"), "أ ف ب": ("AFP", "FR"), "د ب أ": ("dpa", "DE"),
    "شينخوا": ("Xinhua", "CN"), "الأناضول": ("Anadolu", "TR"), "भाषा": ("PTI", "IN"),
    "पीटीआई": ("PTI", "IN"), "वार्ता": ("UNI", "IN"), "यूनीवार्ता": ("UNI", "IN"),
    "रासस": ("RSS", "NP"), "বাসস": ("BSS", "BD"), "ইউএনবি": ("UNB", "BD"),
    "ΑΠΕ-ΜΠΕ": ("ANA-MPA", "GR"), "ΑΠΕ": ("ANA-MPA", "GR"), "ΚΥΠΕ": ("CNA", "CY"),
    "Արմենպրես": ("ARMENPRESS", "AM"), "ინტერპრესნიუსი": ("Interpressnews", "GE"),
}


def script_name_key(name: str) -> str:
    """How SCRIPT_NAMES is keyed: scripts.fold's key, spaces and dots left out."""
    return re.sub(r"[\s.]+", "", scripts.fold(name))


_BY_SCRIPT_NAME: dict[str, Agency] = {
    script_name_key(printed): next(a for a in AGENCIES if a.name == name and a.country == country)
    for printed, (name, country) in SCRIPT_NAMES.items()
}


def home_country(*names: str | None) -> str | None:
    """The home country of the first of `names` the table knows: a lead's credit, then a hinted agency."""
    for name in names:
        if name and (known := lookup(name)) is not None:
            return known.country
    return None


def lookup(tag: str) -> Agency | None:
    """The agency a printed tag names ("AP", "Reuter", "Yonhap News Agency", "연합뉴스"), or None.

    A tag several agencies print ("APS") is none of theirs: None, read as printed.
    A national agency's tag in capitals names it only in capitals ("SANA", not "Sana").
    A tag in Korean, Chinese or Japanese script is looked up as printed (CJK_NAMES), one with a Cyrillic letter
    case-blind (CYRILLIC_NAMES), one with a letter of the other alphabets as SCRIPT_NAMES keys it.
    """
    if scripts.has_letter(tag):
        return _BY_CJK_NAME.get(unicodedata.normalize("NFKC", tag).strip())
    if not tag.isascii() and any(scripts.alphabet(c) for c in tag):
        return _BY_SCRIPT_NAME.get(script_name_key(tag))
    if _CYRILLIC_LETTER_RE.search(tag):
        printed = re.sub(r"\s+", " ", unicodedata.normalize("NFC", tag)).strip().casefold().replace("ё", "е")
        return _BY_CYRILLIC_NAME.get(printed)
    key = _key(tag)
    if key in _CAPITALS_ONLY and not tag.isupper():
        return None
    found = _BY_ALIAS.get(key)
    if found is None and (pair := _SHORT_AND_FULL_RE.fullmatch(tag.strip())) is not None:
        # "APA - Austria Presse Agentur", "Austria Presse Agentur (APA)": the full name decides a short one
        # several agencies share, where the short name printed is the one the full name's agency uses.
        short, full = (pair["a"], pair["b"]) if len(pair["a"]) <= len(pair["b"]) else (pair["b"], pair["a"])
        named = _BY_ALIAS.get(_key(full))
        if named is not None and _key(short) in {_key(alias) for alias in (named.name, *named.aliases)}:
            return named
    return found


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
