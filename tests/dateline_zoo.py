"""The dateline zoo: one real lead *form* per agency house style, in stories of our own words.

Issue 19 asks for a grammar that reads the lead of an agency it has never
met. These entries are the evidence that it does: each copies only the
*form* of a lead line seen in public copy, style guides or code (capitals,
place / region / country, date style, tag in parentheses, slashes or bare,
separator), and wraps it round a story we wrote ourselves. `source` says
where the form was seen; nothing here is copied from eval-dev.

Expectations follow the issue:
- `city` is the place's current English name in normal case (KIEV -> Kyiv,
  Bourgas -> Burgas), whatever the printed spelling; a short form of it
  keeps the print (FRANKFURT, KUWAIT for Kuwait City); `raw` keeps the print.
- `country` is ISO 3166-1 alpha-2; `region` is the full name of a US state
  or of a region printed in the lead, else None (like eval-dev's gold, a
  None region is not checked).
- `agency` is the agency table's canonical name when the tag is one it
  knows (of a credit of two, "NNT/VNA", the known one that sent the copy),
  else the tag as printed ("NNN-BERNAMA", "Kabar"); None when the lead
  prints no agency, whoever sent the copy.
- `date` is the dateline's day given `ref` as the reference date; a lead
  with no date means the day the copy moved, which is `ref`.

`NOT_DATELINES` are lead lines that must not be read as datelines.

The zoo was written in batches, each whole before it was first run. The
first batch (`FIRST_BATCH`, some 60 agencies) was grown with the grammar.
The second (`SECOND_BATCH`: 54 forms from 30 houses the first batch and
eval-dev never held, press-release wires and broadcasters' credits
included, and leads in French, Spanish, Portuguese, Italian, German and
Dutch; `SECOND_NOT_DATELINES`: 13 lines) was a blind bench: its first run,
against the code as the first batch had left it, read 41 of 54 forms right
(76 %) and left 11 of 13 non-datelines alone (a stock table row and a
company with its ticker were taken for datelines). The rules it asked for
(see wirecopy.transforms.dateline and .dates) then read 52 of 54 and left
all 13 alone. One of the two misses was the expectation's: `MÁLAGA` was
expected as "Malaga", but the project's city is GeoNames' English name,
which keeps the accents of a Latin-script city ("Málaga", "São Paulo"),
so the entry now expects that (53 of 54); the other is in KNOWN_GAPS. A
form the code cannot read goes to KNOWN_GAPS in the test, with why.
`city` keeps GeoNames' accents where its English name has them.

The third (`THIRD_BATCH`: 48 forms of 35 houses, 29 of them in neither
batch before: press-release services (EIN Presswire, PRWeb, JCN Newswire,
Newsfile, TheNewswire, MENAFN, news aktuell), Indonesian, Vietnamese,
Portuguese, German, Italian and Turkish copy, Sudan, Namibia, Bosnia, the
Gulf, Tonga, Timor-Leste, Afghanistan and Uzbekistan, US broadcasters;
`THIRD_NOT_DATELINES`: 15 lines of forms the zoo did not hold) is the
best estimate of never-seen copy: its expectations were committed before
its first run, which, against the code as the second batch had left it,
read city 30/48 (62 %), country 32/48 (67 %), date 32/48 (67 %), agency
32/48 (67 %), raw 30/48 (62 %), all fields 25/48 (52 %), regions 5/10, and
left 13 of 15 non-datelines alone (an election result "Lagos (APC)
1,204,331 votes" and a citation "London: Penguin, 2019." were read).
Sixteen forms were not read at all: lower-case credits ("(ots)",
"(dpa-AFX)"), a date after or inside the credit (PRWeb, Newsfile), city,
region and country (EIN Presswire), a dotted capital ("İSTANBUL"), "Aug,
23", a date in brackets. The rules it asked for (general ones, by the
form: see wirecopy.transforms.dateline) then read 47 of 48 (city 47,
country, date, agency and raw 48, regions 10/10) and left all 15 alone;
the one left ("LISBOA" for Lisbon) is in KNOWN_GAPS. A fourth set (`FOURTH_BATCH`, 3 forms of AIM and
Saba News), committed before it was run against those rules, read 3 of 3:
too few to be a figure, but the only one not taken on forms the rules were
written for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ZooLead:
    house: str                  # whose lead form this is (agency, or a newspaper for contrast)
    kind: str                   # "agency" or "newspaper"
    text: str                   # our story in that form
    raw: str                    # expected dateline_raw
    city: str | None
    region: str | None
    country: str | None
    date: dt.date | None
    agency: str | None          # expected Dateline.agency
    ref: dt.date                # reference date the test passes
    source: str                 # where the form was seen


@dataclass(frozen=True, slots=True)
class NotADateline:
    what: str
    text: str
    ref: dt.date
    source: str


def _d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _lead(house: str, text: str, raw: str, city: str | None, region: str | None, country: str | None,
          date: str | None, agency: str | None, ref: str, source: str, kind: str = "agency") -> ZooLead:
    return ZooLead(house, kind, text, raw, city, region, country, _d(date) if date else None, agency, _d(ref), source)


FIRST_BATCH: tuple[ZooLead, ...] = (
    # --- East Asia -----------------------------------------------------------------
    _lead("Kyodo", "KUMAMOTO, Japan - Volunteers began clearing mud from a riverside school on Thursday.",
          "KUMAMOTO, Japan -", "Kumamoto", None, "JP", "2017-04-13", None, "2017-04-13",
          "http://chicagoshimpo.com/e-index_newsfromjapan/17_0413/0413_summary.htm (Kyodo news summary)"),
    _lead("Kyodo", "TOKYO, April 13 Kyodo\nThe transport ministry will extend night bus services, officials said.",
          "TOKYO, April 13 Kyodo", "Tokyo", None, "JP", "2017-04-13", "Kyodo", "2017-04-13",
          "http://chicagoshimpo.com/e-index_newsfromjapan/17_0413/0413_summary.htm (bulletin header line)"),
    _lead("KCNA", "Pyongyang, April 10 (KCNA) -- A new fish farm opened on the west coast this week.",
          "Pyongyang, April 10 (KCNA) --", "Pyongyang", None, "KP", "2013-04-10", "KCNA", "2013-04-10",
          "http://www.kcna.co.jp/item/2013/201304/news10/20130410-12ee.html"),
    _lead("Xinhua", "PYONGYANG -- Farm workers in the north reported an early rice planting on Saturday.",
          "PYONGYANG --", "Pyongyang", None, "KP", "2011-12-25", None, "2011-12-25",
          "http://en.people.cn/90777/7686993.html (Xinhua copy on People's Daily Online)"),
    _lead("Xinhua", "NAIROBI, (Xinhua) — Police in the capital opened a new traffic control room on Sunday.",
          "NAIROBI, (Xinhua) —", "Nairobi", None, "KE", "2016-05-01", "Xinhua", "2016-05-01",
          "https://mauritaniatribune.com/s-a-local-govt-elections-toughest-for-anc/"),
    _lead("Xinhua", "KIBWEZI, Kenya, April 25 (Xinhua) -- A new water pipeline reached three villages on Tuesday.",
          "KIBWEZI, Kenya, April 25 (Xinhua) --", "Kibwezi", None, "KE", "2017-04-25", "Xinhua", "2017-04-25",
          "http://www.kassfm.co.ke/new/index.php/itemlist/category/27-small-business"),
    _lead("Xinhua", "RIYADH, July 30 (Xinhua) -- The kingdom announced a new visa for sports fans on Sunday.",
          "RIYADH, July 30 (Xinhua) --", "Riyadh", None, "SA", "2023-07-30", "Xinhua", "2023-07-30",
          "http://ummnews.biz/Saudi-Arabia?page=6"),
    _lead("CNA", "Taipei, June 5 (CNA) Rail operators will add late trains for the dragon boat holiday.",
          "Taipei, June 5 (CNA)", "Taipei", None, "TW", "2026-06-05", "CNA", "2026-06-05",
          "https://feeds.feedburner.com/rsscna/engnews (Focus Taiwan feed)"),
    _lead("CNA", "New Taipei, April 22 (CNA) A night market reopened after a two-week renovation on Saturday.",
          "New Taipei, April 22 (CNA)", "New Taipei", None, "TW", "2023-04-22", "CNA", "2023-04-22",
          "https://prologuejournal.com/category/nations/taiwan/page/3924"),
    _lead("Yonhap", "SEOUL (Yonhap) -- The central bank left its key rate unchanged on Thursday.",
          "SEOUL (Yonhap) --", "Seoul", None, "KR", "2010-05-13", "Yonhap", "2010-05-13",
          "https://en.yna.co.kr/view/AEN20100512008400325"),
    _lead("UPI", "SEOUL, South Korea, Jan. 3 (UPI) -- A ferry service to an outlying island resumed on Wednesday.",
          "SEOUL, South Korea, Jan. 3 (UPI) --", "Seoul", None, "KR", "2018-01-03", "UPI", "2018-01-03",
          "https://world-defense.com/threads/north-south-korea-news-updates-discussions.3747/page-7"),
    _lead("Montsame", "Ulaanbaatar, April 25 (MONTSAME) The city council approved a plan for new bus lanes.",
          "Ulaanbaatar, April 25 (MONTSAME)", "Ulaanbaatar", None, "MN", "2014-04-25", "MONTSAME", "2014-04-25",
          "https://mongoliaeconomy.blogspot.com/2014/04/mongolia-brief-april-25-2014.html"),
    _lead("AFP", "TOKYO, June 6, 2010 (AFP) – The new cabinet met for the first time on Sunday.",
          "TOKYO, June 6, 2010 (AFP) –", "Tokyo", None, "JP", "2010-06-06", "AFP", "2010-06-07",
          "https://myvietnamnews.com/2010/06/06/"),
    # --- South-East Asia -------------------------------------------------------------
    _lead("Bernama", "KUALA LUMPUR, June 25 (NNN-BERNAMA) — A new cycling lane opened along the river on Thursday.",
          "KUALA LUMPUR, June 25 (NNN-BERNAMA) —", "Kuala Lumpur", None, "MY", "2020-06-25", "NNN-BERNAMA",
          "2020-06-25", "http://www.namnewsnetwork.org/?author=19&paged=90"),
    _lead("Antara", "Jakarta, Dec 31, 2017 (Antara) - The city will run free buses on New Year's Eve.",
          "Jakarta, Dec 31, 2017 (Antara) -", "Jakarta", None, "ID", "2017-12-31", "Antara", "2018-01-01",
          "https://fardahassegaf.blogspot.com/2017/12/"),
    _lead("VNA", "Bangkok (NNT/VNA) – Rice exporters expect higher shipments this year.",
          "Bangkok (NNT/VNA) –", "Bangkok", None, "TH", "2017-11-12", "VNA", "2017-11-12",
          "https://news.c10mt.com/search?updated-max=2017-11-12T06:22:00-07:00&max-results=12&reverse-paginate=true"),
    # --- South Asia ------------------------------------------------------------------
    _lead("APP", "SHEIKHUPURA, August 25, 2021 (APP): A tree-planting drive began along the canal on Wednesday.",
          "SHEIKHUPURA, August 25, 2021 (APP):", "Sheikhupura", None, "PK", "2021-08-25", "APP", "2021-08-26",
          "https://www.layalpurpost.com/ (Daily Layalpur Post, APP copy)"),
    _lead("APP", "ISLAMABAD, Mar 29 (APP): The cabinet approved a plan for new rural clinics on Tuesday.",
          "ISLAMABAD, Mar 29 (APP):", "Islamabad", None, "PK", "2016-03-29", "APP", "2016-03-29",
          "https://www.app.com.pk/page/30067/?page=4&search=canal"),
    _lead("BSS", "CHATTOGRAM, May 6, 2019 (BSS) – Port officials said container traffic rose in April.",
          "CHATTOGRAM, May 6, 2019 (BSS) –", "Chattogram", None, "BD", "2019-05-06", "BSS", "2019-05-06",
          "http://www.bssnews.net/?p=208404"),
    _lead("PTI", "Patna, Oct 16 (PTI) The state will open 200 new polling booths for the election.",
          "Patna, Oct 16 (PTI)", "Patna", None, "IN", "2020-10-16", "PTI", "2020-10-16",
          "https://ummnews.net/Delhi?page=186"),
    _lead("PTI", "Kochi, Oct 12 (PTI) A ferry terminal on the backwaters will reopen next week.",
          "Kochi, Oct 12 (PTI)", "Kochi", None, "IN", "2019-10-12", "PTI", "2019-10-12",
          "http://ummnews.net/taxonomy/term/145?page=58"),
    _lead("ANI", "Amritsar (Punjab), Apr 13 (ANI): Pilgrims gathered at the memorial garden on Saturday.",
          "Amritsar (Punjab), Apr 13 (ANI):", "Amritsar", "Punjab", "IN", "2019-04-13", "ANI", "2019-04-13",
          "https://www.business-standard.com/video-gallery/general/page-1134"),
    _lead("ANI", "Ahmedabad (Gujarat) Apr 13 (ANI): The zoo opened a night house for small mammals.",
          "Ahmedabad (Gujarat) Apr 13 (ANI):", "Ahmedabad", "Gujarat", "IN", "2019-04-13", "ANI", "2019-04-13",
          "https://www.business-standard.com/video-gallery/general/page-1134 (no comma before the date)"),
    _lead("topnews.in", "Washington, Jan 27: Engineers finished repairs to a Potomac river bridge.",
          "Washington, Jan 27:", "Washington", "District of Columbia", "US", "2009-01-27", None, "2009-01-27",
          "http://www.topnews.in/tree/Italy/Italy", kind="newspaper"),
    _lead("IANS", "By IANS, Lalgarh (West Bengal) : Villagers rebuilt a washed-out bridge on Thursday.",
          "By IANS, Lalgarh (West Bengal) :", "Lalgarh", "West Bengal", "IN", "2009-06-18", "IANS", "2009-06-18",
          "https://twocircles.net/category/indianews/page/733"),
    _lead("UNI", "Moscow/Abu Dhabi, Aug 6 (UNI) The two capitals agreed to add direct flights.",
          "Moscow/Abu Dhabi, Aug 6 (UNI)", "Moscow", None, "RU", "2025-08-06", "UNI", "2025-08-06",
          "pages corpus: 'Latest from United News of India' listing (no address given by the search tool)"),
    _lead("Metro Mirror", "New Delhi:MMNN:19 Feb 2024\nThe assembly debated a water tariff bill today.",
          "New Delhi:MMNN:19 Feb 2024", "New Delhi", None, "IN", "2024-02-19", "MMNN", "2024-02-19",
          "https://metromirror.com/showarticle_delhi.php?article=delhidigest", kind="newspaper"),
    # --- Gulf and Middle East --------------------------------------------------------
    _lead("WAM", "Dubai, 29th November, 2015 (WAM) - The emirate unveiled a plan for solar-powered bus stops.",
          "Dubai, 29th November, 2015 (WAM) -", "Dubai", None, "AE", "2015-11-29", "WAM", "2015-11-29",
          "http://www.uaeinteract.com/news/default.asp?ID=145"),
    _lead("SPA", "Riyadh, February 14, 2023, SPA -- The agency opened a new training centre for reporters.",
          "Riyadh, February 14, 2023, SPA --", "Riyadh", None, "SA", "2023-02-14", "SPA", "2023-02-14",
          "www.spa.gov.sa/w1854248 (text seen through the pages corpus)"),
    _lead("SPA", "RIYADH, Jul 30 (NNN-SPA) – A regional bloc called for calm in the Sahel on Sunday.",
          "RIYADH, Jul 30 (NNN-SPA) –", "Riyadh", None, "SA", "2023-07-30", "NNN-SPA", "2023-07-30",
          "http://ummnews.biz/Saudi-Arabia?page=6"),
    _lead("KUNA", "KUWAIT - The oil ministry said a new refinery unit passed its first tests.",
          "KUWAIT -", "Kuwait", None, "KW", "2024-02-21", None, "2024-02-21",
          "https://menafn.com/1107853837/Briefing-Of-KUNA-Main-News-For-Wednesday-Until-0000-GMT"),
    _lead("BNA", "Manama, Aug 7 (BNA): Crowds visited a new heritage museum on its opening day.",
          "Manama, Aug 7 (BNA):", "Manama", None, "BH", "2015-08-07", "BNA", "2015-08-07",
          "http://m.oananews.org/content/news/general/national-document-signing-continues"),
    _lead("ONA", "Muscat, 25 Oct (ONA) --- The council approved a law on public libraries.",
          "Muscat, 25 Oct (ONA) ---", "Muscat", None, "OM", "2023-10-25", "ONA", "2023-10-25",
          "https://omannews.gov.om/topics/en/102/page/31"),
    _lead("ONA", "MUSCAT, June 13 (NNN-ONA) – The health ministry opened two new clinics on Friday.",
          "MUSCAT, June 13 (NNN-ONA) –", "Muscat", None, "OM", "2020-06-13", "NNN-ONA", "2020-06-13",
          "http://ummnews.org/Oman"),
    _lead("IRNA", "Tehran, July 29, IRNA - The government said non-oil exports grew in the spring.",
          "Tehran, July 29, IRNA -", "Tehran", None, "IR", "2020-07-29", "IRNA", "2020-07-29",
          "https://en.irna.ir/news/83888824/President-Enemies-could-not-halt-our-exports"),
    _lead("Tasnim", "TEHRAN (Tasnim) – A new metro line opened in the south of the capital on Saturday.",
          "TEHRAN (Tasnim) –", "Tehran", None, "IR", "2013-08-04", "Tasnim", "2013-08-04",
          "https://www.tasnimnews.com/en/news/2013/08/04/110477/iran-s-new-president-praises-people-s-support-for-islamic-republic"),
    _lead("Jordan Times", "AMMAN — Border crossings reopened after a sandstorm on Thursday.",
          "AMMAN —", "Amman", None, "JO", "2015-03-26", None, "2015-03-26",
          "http://jordantimes.com/taxonomy/term/24?page=5893", kind="newspaper"),
    # --- Russia, Caucasus, Central Asia, Eastern Europe ----------------------------------
    _lead("TASS", "MINSK, February 4. /TASS/. The two leaders will meet later this week, an aide said.",
          "MINSK, February 4. /TASS/.", "Minsk", None, "BY", "2020-02-04", "TASS", "2020-02-04",
          "https://tass.com/world/1116119"),
    _lead("TASS", "LONDON, July 26 (Itar-Tass) -- A rating agency gave a new bond issue a stable outlook.",
          "LONDON, July 26 (Itar-Tass) --", "London", None, "GB", "2010-07-26", "TASS", "2010-07-26",
          "https://search.wikileaks.org/gifiles/emailid/842778 (ITAR-TASS item)"),
    _lead("Interfax", "MINSK. July 26 (Interfax) - The trade ministry expects grain exports to rise.",
          "MINSK. July 26 (Interfax) -", "Minsk", None, "BY", "2010-07-26", "Interfax", "2010-07-26",
          "https://search.wikileaks.org/gifiles/emailid/842778 (Interfax item)"),
    _lead("Kazinform", "ASTANA. KAZINFORM - The capital will host a winter sports festival in February.",
          "ASTANA. KAZINFORM -", "Astana", None, "KZ", "2016-12-16", "KAZINFORM", "2016-12-16",
          "https://en.inform.kz/news/nursultan-nazarbayev-astana-to-become-the-star-of-eurasia_a2980664/"),
    _lead("Kabar", "Bishkek, Jan. 19, 2018 / Kabar /. The interior ministry proposed higher fines for speeding.",
          "Bishkek, Jan. 19, 2018 / Kabar /.", "Bishkek", None, "KG", "2018-01-19", "Kabar", "2018-01-20",
          "http://kabar.kg/eng/rss/obshchestvo"),
    _lead("Trend", "Baku, Azerbaijan, Dec. 19\nTrend:\nOrganisers unveiled the medals for the spring games.",
          "Baku, Azerbaijan, Dec. 19\nTrend:", "Baku", None, "AZ", "2014-12-19", "Trend", "2014-12-19",
          "http://www.topnews.az/en/news/34241/Azerbaijan-to-render-financial-assistance-to-Afghanistan.html"),
    _lead("Trend", "Georgia, Tbilisi, Feb. 7 /Trend, N. Kirtskhalia/\n\nThe railway will add a night train.",
          "Georgia, Tbilisi, Feb. 7 /Trend, N. Kirtskhalia/", "Tbilisi", None, "GE", "2013-02-07", "Trend",
          "2013-02-07",
          "http://www.topnews.az/en/news/38287/Georgian-government-to-change-law-on-occupied-territories.html"
          " (country first, then the city; the credit carries its reporter between slashes)"),
    _lead("Ukrainian Journal", "KIEV, May 20 – Storms cut power to dozens of villages overnight.",
          "KIEV, May 20 –", "Kyiv", None, "UA", "2013-05-20", None, "2013-05-20",
          "http://ukrainianjournal.com/index.php?id=2&page=562&w=articles_dir", kind="newspaper"),
    _lead("Reuters", "KYIV, Jan 24 (Reuters) - Several regional governors were replaced on Tuesday.",
          "KYIV, Jan 24 (Reuters) -", "Kyiv", None, "UA", "2023-01-24", "Reuters", "2023-01-24",
          "https://dirs.info/find/mix/4?q=%22Kyiv+region%22"),
    _lead("PAP", "Warsaw, 30 September: The summit closed with a joint statement on transport links.",
          "Warsaw, 30 September:", "Warsaw", None, "PL", "2011-09-30", None, "2011-09-30",
          "http://search.wikileaks.org/gifiles/ (BBC Monitoring: 'Text of report in English by ... PAP')"),
    _lead("MTI", "Budapest, March 16 (MTI) - The two foreign ministers agreed to meet again in May.",
          "Budapest, March 16 (MTI) -", "Budapest", None, "HU", "1995-03-16", "MTI", "1995-03-17",
          "http://hix.com/arch/?page=issue&issueid=49019"),
    _lead("MTI", "Prague, June 13 (MTI) – The minister said talks on a rail link would resume.",
          "Prague, June 13 (MTI) –", "Prague", None, "CZ", "2016-06-13", "MTI", "2016-06-13",
          "https://dailynewshungary.com/author/audreys/page/2"),
    _lead("MTI", "Budapest (MTI) – The price of petrol will rise by two forints on Friday.",
          "Budapest (MTI) –", "Budapest", None, "HU", "2015-11-12", "MTI", "2015-11-12",
          "https://test.dailynewshungary.com/author/becsi/page/134"),
    _lead("AP", "BUDAPEST, Hungary (AP) - A court acquitted a retired officer on Monday.",
          "BUDAPEST, Hungary (AP) -", "Budapest", None, "HU", "2011-07-18", "AP", "2011-07-18",
          "https://search.wikileaks.org/gifiles/?count=50&domainid=0&mailboxid=0&maxrecipient=0&minrecipient=0&offset=1400&relid=624"),
    _lead("BTA", "Sofia, February 28 (BTA) - Parliament voted to fund a new children's hospital.",
          "Sofia, February 28 (BTA) -", "Sofia", None, "BG", "1997-02-28", "BTA", "1997-03-04",
          "http://athena.hri.org/news/balkans/bta/1997/97-03-04.bta.html"),
    _lead("BTA", "September 1 (BTA) - The finance ministry reported a budget surplus for August.",
          "September 1 (BTA) -", None, None, None, "2015-09-01", "BTA", "2015-09-01",
          "http://www.old.bta.bg/en/c/DF/page/541 (date, no place)"),
    _lead("BTA", "Bourgas, June 18 (BTA) - A swimmer crossed the bay in fourteen hours on Wednesday.",
          "Bourgas, June 18 (BTA) -", "Burgas", None, "BG", "2014-06-18", "BTA", "2014-06-18",
          "http://old.bta.bg/en/c/NW/page/46"),
    _lead("HINA", "ZAGREB, April 17 (Hina) - The interior minister said the tourist season would be safe.",
          "ZAGREB, April 17 (Hina) -", "Zagreb", None, "HR", "2009-04-17", "HINA", "2009-04-17",
          "https://hina.hr/vijest/4098623"),
    _lead("HINA", "WARSAW/ZAGREB, Sept 29 (Hina) - A treaty will be signed in December, a spokesman said.",
          "WARSAW/ZAGREB, Sept 29 (Hina) -", "Warsaw", None, "PL", "2011-09-29", "HINA", "2011-09-30",
          "http://wikileaks.org/gifiles/docs/33/3379799_-alpha-insight-eu-croatia-bnb-eu001-.html"),
    _lead("HINA", "STUTTGART, 20 Jan (Hina) - Carmakers held a symposium on Adriatic trade.",
          "STUTTGART, 20 Jan (Hina) -", "Stuttgart", None, "DE", "1998-01-20", "HINA", "1998-01-20",
          "https://hina.hr/OTS/4198603"),
    _lead("STA", "STA, 25 July - A metal music festival opened by the river on Monday.",
          "STA, 25 July -", None, None, None, "2022-07-25", "STA", "2022-07-25",
          "https://www.total-slovenia-news.com/news/page-13 (agency first, no place)"),
    _lead("STA", "LJUBLJANA - The president said the country could be proud of its record.",
          "LJUBLJANA -", "Ljubljana", None, "SI", "2021-06-19", None, "2021-06-19",
          "http://editorial.total-slovenia-news.com/tag/morning-headlines/page-12 (STA summary)"),
    # --- Western Europe ------------------------------------------------------------------
    _lead("ANSA", "(ANSA) - Rome, September 10 - An opera festival will open at the ancient theatre.",
          "(ANSA) - Rome, September 10 -", "Rome", None, "IT", "2014-09-10", "ANSA", "2014-09-11",
          "http://arealitalian.blogspot.com/2014_09_07_archive.html"),
    _lead("dpa", "Rome - Inspectors seized several tankers of mislabelled wine on Friday.",
          "Rome -", "Rome", None, "IT", "2008-03-28", None, "2008-03-28",
          "http://www.topnews.in/tree/Italy/Italy (dpa copy as carried there; attribution inferred from the page)"),
    _lead("Reuters", "ROME (Reuters) - The coalition survived a confidence vote on Thursday.",
          "ROME (Reuters) -", "Rome", None, "IT", "2019-10-28", "Reuters", "2019-10-28",
          "http://ummnews.net/taxonomy/term/145?page=58"),
    # --- Africa ----------------------------------------------------------------------
    _lead("MAP", "Rabat - The central bank said foreign reserves rose in the first quarter.",
          "Rabat -", "Rabat", None, "MA", "2021-03-15", None, "2021-03-15",
          "https://westernsaharawire.com/2020/11/11/ (MAP copy)"),
    _lead("MAP", "Niamey (Niger) - A Moroccan club reached the first round of the cup on Sunday.",
          "Niamey (Niger) -", "Niamey", None, "NE", "2016-03-07", None, "2016-03-07",
          "https://www.articlophile.org/Articlophile_r344.html?start=33860 (MAP copy)"),
    _lead("MAP", "Alexandria (Egypt) – A film festival honoured a veteran director on Tuesday.",
          "Alexandria (Egypt) –", "Alexandria", None, "EG", "2020-11-10", None, "2020-11-10",
          "https://westernsaharawire.com/2020/11/11/ (MAP copy)"),
    _lead("APS", "ALGIERS-The president called for a regional plan on water on Tuesday.",
          "ALGIERS-", "Algiers", None, "DZ", "2021-03-16", None, "2021-03-16",
          "https://mikes.news/archive/2021-03-16/morocco ([Algerie Presse Service] item)"),
    _lead("PSCU", "NAIROBI, 25 April 2017 (PSCU) – The president mourned a former minister on Tuesday.",
          "NAIROBI, 25 April 2017 (PSCU) –", "Nairobi", None, "KE", "2017-04-25", "PSCU", "2017-04-25",
          "http://www.kassfm.co.ke/new/index.php/itemlist/category/27-small-business"),
    _lead("IPS", "HARARE, Jun 09 (IPS) - Families on the city's edge now buy water from private carts.",
          "HARARE, Jun 09 (IPS) -", "Harare", None, "ZW", "2013-06-09", "IPS", "2013-06-09",
          "https://globalissues.org/news/2013/06/page/20"),
    # --- Americas and Pacific --------------------------------------------------------------
    _lead("Prensa Latina", "HAVANA, Mar 6 (PL) The government stepped up health checks at airports.",
          "HAVANA, Mar 6 (PL)", "Havana", None, "CU", "2020-03-06", "Prensa Latina", "2020-03-06",
          "https://havana-live.com/cat/news/page/2/"),
    _lead("EFE", "HAVANA, March 6th (EFE) A photograph of the old harbour will go on show in New York.",
          "HAVANA, March 6th (EFE)", "Havana", None, "CU", "2020-03-06", "EFE", "2020-03-06",
          "https://havana-live.com/cat/news/page/2/"),
    _lead("Havana Live", "HAVANA, Mar 9. A sailing crew docked in the old harbour on its way round the world.",
          "HAVANA, Mar 9.", "Havana", None, "CU", "2020-03-09", None, "2020-03-09",
          "https://havana-live.com/cat/news/page/2/", kind="newspaper"),
    _lead("Havana Live", "HAVANA, March 10th  Ministers asked for new ideas to improve the economy.",
          "HAVANA, March 10th", "Havana", None, "CU", "2020-03-10", None, "2020-03-10",
          "https://havana-live.com/cat/news/page/2/ (no separator, ordinal day)", kind="newspaper"),
    _lead("Reuters", "ANN ARBOR, Michigan (Reuters) - A university lab won funding for battery research.",
          "ANN ARBOR, Michigan (Reuters) -", "Ann Arbor", "Michigan", "US", "2012-09-14", "Reuters", "2012-09-14",
          "petrjasek/the-web-django superdesk/features/index.feature"),
    _lead("Reuters", "OTTAWA (Reuters) - The central bank named a new governor on Thursday.",
          "OTTAWA (Reuters) -", "Ottawa", None, "CA", "2013-05-02", "Reuters", "2013-05-02",
          "https://quangcaotet.blogspot.com/search/label/economy"),
    _lead("People's World", "CHICAGO – Weightlifters from ten countries competed downtown this weekend.",
          "CHICAGO –", "Chicago", "Illinois", "US", "2009-06-07", None, "2009-06-07",
          "http://www.peoplesworld.org/June-2009-13927/tag/national?start=50", kind="newspaper"),
    _lead("AAP", "MELBOURNE, Australia A rescue helicopter reached a stranded film crew on Tuesday.",
          "MELBOURNE, Australia", "Melbourne", None, "AU", "1998-12-01", None, "1998-12-01",
          "https://olgaplus18.blogspot.com/2012/03/aap-internet-bulletin-1700-tuesday-dec.html (no separator)"),
    # --- grown for issue 19's never-seen agencies: forms found through the pages corpus ----
    _lead("Armenpress", "YEREVAN, MARCH 21, ARMENPRESS. The city council approved a plan for new tram lines.",
          "YEREVAN, MARCH 21, ARMENPRESS.", "Yerevan", None, "AM", "2022-03-21", "ARMENPRESS", "2022-03-21",
          "https://armenianclub.com/author/vanyan-gary/page/23 (ARMENPRESS items: credit bare, closed by a stop)"),
    _lead("SANA", "Damascus, SANA-Temperatures will fall below average over the mountains this week.",
          "Damascus, SANA-", "Damascus", None, "SY", "2021-01-21", "SANA", "2021-01-21",
          "http://forum.nef2.com/tag/damascus/ (SANA items: credit after a comma, dash with no space)"),
    _lead("SANA", "Damascus/Hasaka, SANA – A new bakery opened in the eastern district on Saturday.",
          "Damascus/Hasaka, SANA –", "Damascus", None, "SY", "2015-11-21", "SANA", "2015-11-21",
          "http://sana.sy/en/ (two places joined by a slash, bare credit)"),
    # A region named as the place: no country printed and SANA is not in the agency table, so none is given.
    _lead("SANA", "Damascus Countryside, SANA – Farmers began the wheat harvest early this year.",
          "Damascus Countryside, SANA –", "Damascus Countryside", None, None, "2017-05-08", "SANA", "2017-05-08",
          "http://sana.sy/en/?paged=4 ('Damascus Countryside, SANA –')"),
    _lead("Agerpres", "Bucharest, April 8 /Agerpres/ - The national orchestra will tour five cities in May.",
          "Bucharest, April 8 /Agerpres/ -", "Bucharest", None, "RO", "2025-04-08", "Agerpres", "2025-04-08",
          "https://agerpres.ro/english/3 (credit between slashes)"),
    _lead("ENA", "Addis Ababa, June 13/2024(ENA) The city launched a tree-planting drive along the river.",
          "Addis Ababa, June 13/2024(ENA)", "Addis Ababa", None, "ET", "2024-06-13", "ENA", "2024-06-13",
          "https://museovinomalaga.org/article/ena-ena-english-ena/3409"
          " (ENA English: 'June 13/2024(ENA)', no separator)"),
    _lead("ENA", "Addis Ababa, October 21, 2025 (ENA) – The finance minister opened a new tax office.",
          "Addis Ababa, October 21, 2025 (ENA) –", "Addis Ababa", None, "ET", "2025-10-21", "ENA", "2025-10-21",
          "https://www.ena.et/?cat=4&filter_by=featured"),
    _lead("AzerTAc", "Baku, September 19 (AzerTAc). The national gymnastics team left for the world championship.",
          "Baku, September 19 (AzerTAc).", "Baku", None, "AZ", "2014-09-19", "AzerTAc", "2014-09-19",
          "http://www.topnews.az/en/news/38287/Georgian-government-to-change-law-on-occupied-territories.html"
          " (AzerTAc item listed on the page: tag closed by a full stop)"),
    _lead("WAFA", "RAMALLAH, Sunday, May 23, 2021 (WAFA) – Farmers reported a good olive harvest this year.",
          "RAMALLAH, Sunday, May 23, 2021 (WAFA) –", "Ramallah", None, "PS", "2021-05-23", "WAFA", "2021-05-23",
          "https://www.arabnewsnetwork.ps/2021/05/23/ (weekday before the date)"),
    _lead("WAFA", "Ramallah, le 31 décembre 2025, WAFA- Les écoles rouvriront lundi après les vacances.",
          "Ramallah, le 31 décembre 2025, WAFA-", "Ramallah", None, "PS", "2025-12-31", "WAFA", "2025-12-31",
          "https://french.wafa.ps/Pages/Details/239641 (French service: 'le' before the date, bare credit)"),
    _lead("QNA", "Doha, June 28 (QNA) - The ministry announced a new schedule for public buses.",
          "Doha, June 28 (QNA) -", "Doha", None, "QA", "2021-06-28", "QNA", "2021-06-28",
          "https://pretoria.embassy.qa/en/media/news/page/6 (QNA item)"),
    _lead("GNA", "Koforidua, May 9, GNA - A women's cooperative opened a new market stall on Sunday.",
          "Koforidua, May 9, GNA -", "Koforidua", None, "GH", "2021-05-09", "GNA", "2021-05-09",
          "https://www.gna.org.gh/home (credit bare after the date)"),
    _lead("GNA", "Wa, Apr. 28, GNA – The regional hospital received two new ambulances.",
          "Wa, Apr. 28, GNA –", "Wa", None, "GH", "2021-04-28", "GNA", "2021-05-03",
          "https://www.gna.org.gh/home (a town of two letters)"),
    _lead("RSS", "KATHMANDU, March 6: The cabinet will meet today to discuss the budget.",
          "KATHMANDU, March 6:", "Kathmandu", None, "NP", "2024-03-06", None, "2024-03-06",
          "https://myrepublica.nagariknetwork.com/mycity/news/unified-socialist-s-central-secretariat-meeting-today"
          " (RSS copy: date then a colon)"),
    _lead("KPL", "(KPL) - Officials said a new bridge across the river will open next year.",
          "(KPL) -", None, None, None, "2008-07-24", "KPL", "2008-07-24",
          "https://oananews.org/agency/news/KPL?page=167 (a tag and a dash, no place)"),
    _lead("APA news", "APA - Tunis (Tunisia) — A youth group called for a debate on the new election law.",
          "APA - Tunis (Tunisia) —", "Tunis", None, "TN", "2022-04-27", "APA", "2022-04-27",
          "http://apanews.net/en/news/tag/tunisie (APA, Dakar: the credit before the place)"),
    _lead("APA news", "APA-Dakar (Senegal) — The port recorded its busiest month this year.",
          "APA-Dakar (Senegal) —", "Dakar", None, "SN", "2021-09-30", "APA", "2021-09-30",
          "http://apanews.net/en/news/tag/tunisie ('APA-Dakar (Senegal) —')"),
    _lead("AKP", "Phnom Penh, December 3, 2010 AKP -- The anniversary of the front was marked in the provinces.",
          "Phnom Penh, December 3, 2010 AKP --", "Phnom Penh", None, "KH", "2010-12-03", "AKP", "2010-12-04",
          "https://khmernz.blogspot.com/2010/12/akp-agent-kampuchea-press_04.html?m=1 (credit bare after the year)"),
    _lead("AKP", "AKP Phnom Penh, le 1er janvier 2019 — L'agence souhaite une bonne année à ses lecteurs.",
          "AKP Phnom Penh, le 1er janvier 2019 —", "Phnom Penh", None, "KH", "2019-01-01", "AKP", "2019-01-01",
          "https://www.information.gov.kh/detail/377170 (French service: credit before the place, '1er')"),
    _lead("MENA", "CAIRO, Feb 3 (NNN-MENA) – Tourism revenues rose in the first quarter, the central bank said.",
          "CAIRO, Feb 3 (NNN-MENA) –", "Cairo", None, "EG", "2023-02-03", "NNN-MENA", "2023-02-04",
          "https://ummnews.biz/index.php/taxonomy/term/176?page=21"),
    _lead("Saba", "ADEN - SABA\n\nThe information minister welcomed a new agreement on prisoners.",
          "ADEN - SABA", "Aden", None, "YE", "2025-10-23", "SABA", "2025-10-23",
          "http://sabanew.net/story/en/136690 (place and credit on a line of their own)"),
    _lead("Saba", "Riyadh (Saba)- The vice president praised the coalition's support on Monday.",
          "Riyadh (Saba)-", "Riyadh", None, "SA", "2017-03-27", "Saba", "2017-03-27",
          "https://sabanew.net/story/en/15436 (Saba is also an island's name: a region Riyadh does not lie in)"),
    _lead("MNA", "BANDAR ABBAS, Jan. 16 (MNA) – Two islands in the gulf are home to rare turtles.",
          "BANDAR ABBAS, Jan. 16 (MNA) –", "Bandar Abbas", None, "IR", "2022-01-16", "MNA", "2022-01-16",
          "https://sarkhat.com/en/archive/2022/01/15 (Mehr News Agency items)"),
    _lead("Bloomberg", "(Bloomberg) -- European finance chiefs met to discuss a new global tax system.",
          "(Bloomberg) --", None, None, None, "2020-02-22", "Bloomberg", "2020-02-22",
          "https://uk.finance.yahoo.com/u/yahoo-finance/watchlists/new-hedge-fund-holders"),
    _lead("INS", "CAIRO (INS)—The president will tell the envoy on Thursday that the canal will reopen.",
          "CAIRO (INS)—", "Cairo", None, "EG", "1957-03-21", "INS", "1957-03-21",
          "https://archive.org/ (The Japan Times, March 22, 1957, front page scan: International News Service,"
          " tag then a dash with no spaces)"),
    _lead("Prensa Latina", "Vientiane October 29, 2022, PL. The information minister received a visiting delegation.",
          "Vientiane October 29, 2022, PL.", "Vientiane", None, "LA", "2022-10-29", "Prensa Latina", "2022-10-29",
          "http://misiones.cubaminrex.cu/en/articulos/198?page=48 (no comma after the place; 'PL' after the year)"),
    _lead("EFE", "Madrid (EFE).- La circulación de trenes quedó interrumpida por una avería eléctrica.",
          "Madrid (EFE).-", "Madrid", None, "ES", "2025-06-12", "EFE", "2025-06-12",
          "http://efe.piauiconectado.com/comunidad-de-madrid (Spanish service: '(EFE).-')"),
    _lead("AFP", "TUNIS, 4 mai (AFP) – Le festival de Carthage a ouvert ses portes mardi soir.",
          "TUNIS, 4 mai (AFP) –", "Tunis", None, "TN", "2009-05-04", "AFP", "2009-05-04",
          "https://nawaat.org/author/afp/ (French service: 'TUNIS, 4 mai (AFP)')"),
    _lead("Egypt Today", "CAIRO-25 November 2021: Less than a week remains until the tournament opens.",
          "CAIRO-25 November 2021:", "Cairo", None, "EG", "2021-11-25", None, "2021-11-26",
          "https://www.newssummedup.com/amp/egypt?page=374 (place joined to its date by a hyphen)", kind="newspaper"),
    _lead("The Jordan Times", "AMMAN — The prime minister met a parliamentary bloc on Wednesday.",
          "AMMAN —", "Amman", None, "JO", "2025-04-09", None, "2025-04-09",
          "http://195.154.48.48/taxonomy/term/24?page=21 (Jordan Times, Petra copy)", kind="newspaper"),
    _lead("inalbania", "TIRANA, Sept. 4, 2023 – The prime minister announced changes to his cabinet.",
          "TIRANA, Sept. 4, 2023 –", "Tirana", None, "AL", "2023-09-04", None, "2023-09-04",
          "https://www.inalbania.info/page/397", kind="newspaper"),
    # --- newspapers printing their own forms, for contrast --------------------------------
    _lead("The Edge Malaysia", "KUALA LUMPUR (June 11): Fire crews answered more calls during the holiday week.",
          "KUALA LUMPUR (June 11):", "Kuala Lumpur", None, "MY", "2017-06-11", None, "2017-06-11",
          "https://www.edgeprop.my/tags/IT?page=493 (date in parentheses, not an agency)", kind="newspaper"),
    _lead("Malay Mail", "KUALA LUMPUR, 10 Oct — Interstate travel will be allowed from Monday.",
          "KUALA LUMPUR, 10 Oct —", "Kuala Lumpur", None, "MY", "2021-10-10", None, "2021-10-10",
          "https://mikes.news/archive/2021-10-10/malaysia__malay_mail", kind="newspaper"),
    _lead("Malay Mail", "PUTRAJAYA, Feb 1 — An old neighbourhood will be rebuilt under a new plan.",
          "PUTRAJAYA, Feb 1 —", "Putrajaya", None, "MY", "2020-02-01", None, "2020-02-01",
          "https://www.malaymail.com/news/malaysia/2020/02/01/kampung-baru-redevelopment-takes-into-account-interests-of-malays-says-agon/1833547",
          kind="newspaper"),
    _lead("Your Voice Asia", "KUALA LUMPUR, — Police found four missing boys safe on Tuesday.",
          "KUALA LUMPUR, —", "Kuala Lumpur", None, "MY", "2025-08-26", None, "2025-08-26",
          "https://yourvoice.asia (comma, then dash, no date)", kind="newspaper"),
    _lead("The Frontier Post", "ISLAMABAD: The assembly will complete its term, the prime minister said.",
          "ISLAMABAD:", "Islamabad", None, "PK", "2018-01-23", None, "2018-01-23",
          "http://thefrontierpost.com/na-not-dissolved-prematurely-pressure-says-pm/", kind="newspaper"),
    _lead("The Tribune", "NEW DELHI, Dec 25 — A pension fund for the elderly is on the anvil.",
          "NEW DELHI, Dec 25 —", "New Delhi", None, "IN", "1998-12-25", None, "1998-12-26",
          "http://tribuneindia.com/1998/98dec26/nation.htm", kind="newspaper"),
    _lead("Muscat Daily", "Muscat – A tropical storm is still 1,000km from the coast, forecasters said.",
          "Muscat –", "Muscat", None, "OM", "2023-06-08", None, "2023-06-08",
          "http://jsphoto.org/index-54.html (Muscat Daily feed)", kind="newspaper"),
)


# ------------------------------------------------------------------ a second batch: thirty houses never met
# Written whole, expectations decided before it was first run (see the module docstring for that run's
# figure). Houses absent from the first batch and from eval-dev: press-release wires, broadcasters' wire
# credits, and agencies' own lead forms in French, Spanish, Portuguese, Italian, German and Dutch.
# Sources: "pages" are web pages seen through the search tool; "code corpus" are public repositories'
# files (scrapers' comments and test fixtures) found by exact string, named by the search tool's id.

SECOND_BATCH: tuple[ZooLead, ...] = (
    _lead("CTK", "Prague, Aug 29 (CTK) – Tram drivers will get a new rest room at the main depot, the city said.",
          "Prague, Aug 29 (CTK) –", "Prague", None, "CZ", "2017-08-29", "CTK", "2017-08-29",
          "https://praguemonitor.com/author/martina-cermakova/page/2/ ('Prague, Aug 29 (CTK) –')"),
    _lead("TASR", "Bratislava, August 11 (TASR) - Geologists mapped a new cave system under the western hills.",
          "Bratislava, August 11 (TASR) -", "Bratislava", None, "SK", "2019-08-11", "TASR", "2019-08-12",
          "https://newsnow.tasr.sk/page/3/ ('Bratislava, August 11 (TASR) -')"),
    # Two places and a credit naming the reporter's role: the agency is TASR, the role is no part of its name.
    _lead("TASR", "Budapest/Bratislava, July 23 (TASR-correspondent) - The two ministers agreed to build a new bridge.",
          "Budapest/Bratislava, July 23 (TASR-correspondent) -", "Budapest", None, "HU", "2022-07-23", "TASR",
          "2022-07-23", "https://newsnow.tasr.sk/homepage-video/page/2/ (the reporter's role in the credit)"),
    _lead("TASR", "BRATISLAVA - The parliament will debate the budget bill on Tuesday, its speaker said.",
          "BRATISLAVA -", "Bratislava", None, "SK", "2022-01-20", None, "2022-01-20",
          "https://www.tasr.sk/tasr-clanok/TASR:2022012000000453 (TASR English summary: 'BRATISLAVA - ')"),
    _lead("BNS", "VILNIUS, Apr 04, BNS – The city will open two new cycle bridges across the river this summer.",
          "VILNIUS, Apr 04, BNS –", "Vilnius", None, "LT", "2024-04-04", "BNS", "2024-04-04",
          "https://hclit-tz.com/ (Lithuania daily news bulletin: zero-padded day, bare credit)"),
    _lead("MIA", "Skopje, 19 January 2026 (MIA) — The government approved funds to repair rural schools.",
          "Skopje, 19 January 2026 (MIA) —", "Skopje", None, "MK", "2026-01-19", "MIA", "2026-01-19",
          "https://new.mia.mk/index.php/en/sub-category/Politics ('Skopje, 19 January 2026 (MIA) —')"),
    _lead("askanews", "Roma, 6 set. (askanews) – Il comune ha approvato un nuovo piano per le piste ciclabili.",
          "Roma, 6 set. (askanews) –", "Rome", None, "IT", "2023-09-06", "askanews", "2023-09-06",
          "https://studionews.tv/category/aska/politica-lazio/page/16 (Italian: 'Roma, 6 set. (askanews) –')"),
    _lead("Andina", "Lima 6 Dic. (ANDINA) - Una delegación de periodistas visitó la nueva biblioteca municipal.",
          "Lima 6 Dic. (ANDINA) -", "Lima", None, "PE", "2025-12-06", "ANDINA", "2025-12-06",
          "https://www.notiperu.com.pe/peru/noticia-peru-representantes-colegios-periodistas-peru-visitan-instalaciones-"
          "editora-peru-20251206230909.html (Spanish: no comma after the place; Lima of Peru, not of Ohio)"),
    _lead("Tanjug", "BELGRADE, PRIŠTINA -- Officials in both cities said talks on car number plates would resume.",
          "BELGRADE, PRIŠTINA --", "Belgrade", None, "RS", "2010-12-17", None, "2010-12-17",
          "http://serbia-club.blogspot.com/2010/ (B92 item, 'Source: B92, Tanjug': two places parted by a comma)"),
    _lead("PNA", "MANILA, Nov. 30 -- The transport department opened a new ferry terminal on Sunday.",
          "MANILA, Nov. 30 --", "Manila", None, "PH", "2015-11-30", None, "2015-11-30",
          "http://www.philnews.com/headlines/2015/headlines-110115-113015.htm (PNA copy: 'MANILA, Nov. 30 --')"),
    _lead("PNA", "PARIS, France, Nov. 30 -- The ambassador said climate funds must reach small towns.",
          "PARIS, France, Nov. 30 --", "Paris", None, "FR", "2015-11-30", None, "2015-11-30",
          "http://www.philnews.com/headlines/2015/headlines-110115-113015.htm ('PARIS, France, Nov. 30 --')"),
    _lead("Lusa", "Odivelas, 11 jun (Lusa) -- A câmara municipal abriu hoje uma nova piscina pública.",
          "Odivelas, 11 jun (Lusa) --", "Odivelas", None, "PT", "2024-06-11", "Lusa", "2024-06-11",
          "code corpus, id 31406452288: a Lusa cleaner's comment 'remove Odivelas, 11 jun (Lusa) --' (Portuguese)"),
    _lead("ANP", "UTRECHT (ANP) - De vakbond kondigt nieuwe acties aan bij het busbedrijf.",
          "UTRECHT (ANP) -", "Utrecht", None, "NL", "2024-03-04", "ANP", "2024-03-04",
          "code corpus, id 36077208289: a scraper's fixture 'UTRECHT (ANP) - ' (Dutch)"),
    _lead("PR Newswire", "CARLSBAD, Calif., May 5, 2025 /PRNewswire/ -- A golf maker will report results next week.",
          "CARLSBAD, Calif., May 5, 2025 /PRNewswire/ --", "Carlsbad", "California", "US", "2025-05-05",
          "PRNewswire", "2025-05-05",
          "code corpus, id 38897314740: a news fixture 'CARLSBAD, Calif., May 5, 2025 /PRNewswire/ --'"),
    _lead("PR Newswire", "NEW YORK , Feb. 3, 2025 /PRNewswire/ -- A law firm is looking into investors' claims.",
          "NEW YORK , Feb. 3, 2025 /PRNewswire/ --", "New York", "New York", "US", "2025-02-03", "PRNewswire",
          "2025-02-03", "code corpus, id 9212194575: 'NEW YORK , Feb. 3, 2025 /PRNewswire/ --' (space, comma)"),
    _lead("Business Wire", "PRINCETON, N.J.--(BUSINESS WIRE)--A drug maker reported higher third-quarter sales.",
          "PRINCETON, N.J.--(BUSINESS WIRE)--", "Princeton", "New Jersey", "US", "2023-10-26", "BUSINESS WIRE",
          "2023-10-26", "code corpus, id 71213540106: 'PRINCETON, N.J.--(BUSINESS WIRE)--' (dashes with no spaces)"),
    _lead("Business Wire", "NEW YORK AND MAINZ, Germany--(BUSINESS WIRE)-- Two drug makers said a trial met its goals.",
          "NEW YORK AND MAINZ, Germany--(BUSINESS WIRE)--", "New York", None, "US", "2022-05-16", "BUSINESS WIRE",
          "2022-05-16", "code corpus, id 42700422711: 'NEW YORK AND MAINZ, Germany--(BUSINESS WIRE)--' (two places"
          " joined by AND; the first is the dateline's city)"),
    _lead("GlobeNewswire", "HOUSTON, April  01, 2024  (GLOBE NEWSWIRE) -- An energy fund published its asset figures.",
          "HOUSTON, April  01, 2024  (GLOBE NEWSWIRE) --", "Houston", "Texas", "US", "2024-04-01", "GLOBE NEWSWIRE",
          "2024-04-01", "code corpus, id 7461458166: 'HOUSTON, April  01, 2024  (GLOBE NEWSWIRE) --' (doubled spaces)"),
    _lead("GlobeNewswire", "PALO ALTO, CA, Feb. 19, 2026 (GLOBE NEWSWIRE) -- A camera maker signed a new contract.",
          "PALO ALTO, CA, Feb. 19, 2026 (GLOBE NEWSWIRE) --", "Palo Alto", "California", "US", "2026-02-19",
          "GLOBE NEWSWIRE", "2026-02-19",
          "code corpus, id 66638109935: 'PALO ALTO, CA, Feb. 19, 2026 (GLOBE NEWSWIRE) --' (a postal state code)"),
    _lead("Belga", "ROCHEFORT 31/07 (BELGA) = Un dirigeant du club a perdu sa voiture et la recette du match.",
          "ROCHEFORT 31/07 (BELGA) =", "Rochefort", None, "BE", "2008-07-31", "Belga", "2008-07-31",
          "code corpus, id 52797106885: Belga French copy 'ROCHEFORT 31/07 (BELGA) = ' (day/month, '=' closing;"
          " the agency's home country picks Rochefort of Belgium)"),
    _lead("Belga", "CHARLEROI 19/06 (BELGA)\nDes chauffeurs de bus ont manifesté vendredi devant la gare.",
          "CHARLEROI 19/06 (BELGA)", "Charleroi", None, "BE", "2020-06-19", "Belga", "2020-06-19",
          "code corpus, id 22178698384: 'CHARLEROI 19/06 (BELGA)' then the lead on its own line"),
    _lead("CNW", "TORONTO , le 3 nov. 2026 /CNW/ -- L'agence annonce la fermeture du pont pour des travaux.",
          "TORONTO , le 3 nov. 2026 /CNW/ --", "Toronto", None, "CA", "2026-11-03", "CNW", "2026-11-03",
          "code corpus, id 70119718761: 'TORONTO , le 3 nov. 2026 /CNW/ --' (French)"),
    _lead("CNW", "OTTAWA, ON, April 15, 2026 /CNW/ - A housing agency published new figures on rental supply.",
          "OTTAWA, ON, April 15, 2026 /CNW/ -", "Ottawa", "Ontario", "CA", "2026-04-15", "CNW", "2026-04-15",
          "code corpus, id 55079986375: 'OTTAWA, ON, April 15, 2026 /CNW/ -' (a province code)"),
    _lead("ACCESSWIRE", "AUSTIN, Texas (ACCESSWIRE) — A solar company signed a multi-year supply deal.",
          "AUSTIN, Texas (ACCESSWIRE) —", "Austin", "Texas", "US", "2025-03-03", "ACCESSWIRE", "2025-03-03",
          "code corpus, id 59124699127: 'AUSTIN, Texas (ACCESSWIRE) —'"),
    _lead("Notimex", "México, (Notimex).- Un grupo de científicos presentó estudios sobre cultivos resistentes.",
          "México, (Notimex).-", "Mexico", None, "MX", "2012-05-02", "Notimex", "2012-05-02",
          "code corpus, id 40859781953: 'México, (Notimex).- ' (Spanish; the capital's short name)"),
    _lead("Notimex", "MEXICO CITY (MEXICO), 2 MAY 90 (NOTIMEX) -- The interior ministry announced new road checks.",
          "MEXICO CITY (MEXICO), 2 MAY 90 (NOTIMEX) --", "Mexico City", None, "MX", "1990-05-02", "Notimex",
          "1990-05-02", "code corpus, id 11015732347: MUC-3 style 'MEXICO CITY (MEXICO), 2 MAY 90 (NOTIMEX) --'"),
    _lead("Jiji", "Seoul, January 24 (Jiji Press) -- A presidential spokesperson welcomed the remarks on Wednesday.",
          "Seoul, January 24 (Jiji Press) --", "Seoul", None, "KR", "2024-01-24", "Jiji", "2024-01-24",
          "code corpus, id 37452533150: 'Seoul, January 24 (Jiji Press) --'"),
    _lead("Jiji", "Tokio, 25 de septiembre (Jiji Press)—El ministerio aprobó un nuevo medicamento el lunes.",
          "Tokio, 25 de septiembre (Jiji Press)—", "Tokyo", None, "JP", "2023-09-25", "Jiji", "2023-09-25",
          "code corpus, id 13679806942: Spanish service 'Tokio, 25 de septiembre (Jiji Press)—' (dash, no spaces)"),
    _lead("Sputnik", "MOSCOW, (Sputnik) - The city will open three new metro stations next year.",
          "MOSCOW, (Sputnik) -", "Moscow", None, "RU", "2023-06-01", "Sputnik", "2023-06-01",
          "code corpus, id 58542719145: 'MOSCOW, (Sputnik) - ' (a comma and no date)"),
    _lead("Sputnik", "WASHINGTON (Sputnik) - Shareholders sued the carmaker over its safety claims.",
          "WASHINGTON (Sputnik) -", "Washington", "District of Columbia", "US", "2022-10-15", "Sputnik", "2022-10-15",
          "code corpus, id 1420487065: 'WASHINGTON (Sputnik) - '"),
    _lead("Canadian Press", "OTTAWA — The federal budget office will publish its spending review next week.",
          "OTTAWA —", "Ottawa", None, "CA", "2012-09-08", None, "2012-09-08",
          "http://thechronicleherald.ca/topics/federal (The Canadian Press copy: 'OTTAWA — ')"),
    _lead("Europa Press", "MADRID 27 Nov. (EUROPA PRESS) - \r\n La asociación de comercio digital presentó un informe.",
          "MADRID 27 Nov. (EUROPA PRESS) -", "Madrid", None, "ES", "2024-11-27", "Europa Press", "2024-11-27",
          "code corpus, id 20862503256: 'MADRID 27 Nov. (EUROPA PRESS) - \\r\\n' (no comma; the lead after a CRLF)"),
    _lead("Europa Press", "MÁLAGA, 2 Nov. (EUROPA PRESS) -\n\nEl ayuntamiento apoya de nuevo la carrera solidaria.",
          "MÁLAGA, 2 Nov. (EUROPA PRESS) -", "Málaga", None, "ES", "2025-11-02", "Europa Press", "2025-11-02",
          "code corpus, id 42510163874: 'MÁLAGA, 2 Nov. (EUROPA PRESS) -' then a blank line"),
    _lead("Europa Press", "GAZA (Europa Press) - Los enfrentamientos continuaron durante la noche.",
          "GAZA (Europa Press) -", "Gaza", None, "PS", "2024-05-10", "Europa Press", "2024-05-10",
          "code corpus, id 71172199261: 'GAZA (Europa Press) - ' (Spanish copy from abroad)"),
    _lead("RIA Novosti", "MOSCOW, November 30 (RIA Novosti) - The gas company will bid in the auction, its chief said.",
          "MOSCOW, November 30 (RIA Novosti) -", "Moscow", None, "RU", "2004-11-30", "RIA Novosti", "2004-11-30",
          "code corpus, id 2448797182: 'MOSCOW, November 30 (RIA Novosti) - '"),
    _lead("Anadolu", "ANKARA (Anadolu) - The central bank kept its main rate unchanged on Thursday.",
          "ANKARA (Anadolu) -", "Ankara", None, "TR", "2024-02-22", "Anadolu", "2024-02-22",
          "code corpus, id 69067961327: a wire detector's fixture 'ANKARA (Anadolu) - ...'"),
    # A Servimedia lead: the place, a full stop, then a headline in capitals that is the story's.
    _lead("Servimedia", "MADRID. CORTES DE TRÁFICO EN EL CENTRO\nEl ayuntamiento cerrará varias calles el domingo.",
          "MADRID.", "Madrid", None, "ES", "1999-02-13", None, "1999-02-13",
          "https://www.servimedia.es/busqueda/noticias?page=47&q=Sem%C3%A1foros ('MADRID. EXPLOSIONA UN ...')"),
    _lead("Keystone-SDA", "Wien – Die Stadt hat am Dienstag einen neuen Radweg entlang des Kanals eröffnet.",
          "Wien –", "Vienna", None, "AT", "2016-05-04", None, "2016-05-04",
          "http://www.blick.ch/news/ausland/oesterreich-in-oesterreich-hat-der-wahlkampf-fuer-bundespraesidentenwahl-"
          "begonnen-id5763576.html (German, SDA copy on Blick: the place's German name)"),
    _lead("APA Austria", "Dornbirn - Die Grünen haben am Freitagabend ihren Spitzenkandidaten gewählt.",
          "Dornbirn -", "Dornbirn", None, "AT", "2014-05-17", None, "2014-05-17",
          "https://www.vienna.at/news/politik/page/720 (APA copy: 'Dornbirn - ')"),
    _lead("CNN", "Washington (CNN) -- Senators began debate on a new farm bill on Tuesday.",
          "Washington (CNN) --", "Washington", "District of Columbia", "US", "2013-12-30", "CNN", "2013-12-30",
          "code corpus, id 23851067958: 'Washington (CNN) -- '"),
    _lead("CNN", "(CNN)The audio recordings of the hearing were released on Friday.",
          "(CNN)", None, None, None, "2020-10-02", "CNN", "2020-10-02",
          "code corpus, id 49124459240: CNN/Daily Mail style '(CNN)The ...' (no space before the lead)"),
    _lead("CNN", "Marseille, France (CNN)The prosecutor said the flight recorder had been found.",
          "Marseille, France (CNN)", "Marseille", None, "FR", "2015-03-26", "CNN", "2015-03-26",
          "code corpus, id 87206118: 'Marseille, France (CNN)The French prosecutor ...'"),
    _lead("Nexstar", "GOODLETTSVILLE, Tenn. (NEXSTAR) — Store staff will be paid for time spent getting a flu shot.",
          "GOODLETTSVILLE, Tenn. (NEXSTAR) —", "Goodlettsville", "Tennessee", "US", "2021-01-13", "NEXSTAR",
          "2021-01-13", "code corpus, id 26595561006: 'GOODLETTSVILLE, Tenn. (NEXSTAR) — '"),
    _lead("Nexstar", "(NEXSTAR) — The deadline to claim part of a settlement over ground beef is next week.",
          "(NEXSTAR) —", None, None, None, "2026-06-28", "NEXSTAR", "2026-06-28",
          "code corpus, id 55777118749: '(NEXSTAR) — ' (a credit and a dash, no place)"),
    _lead("The Center Square", "(The Center Square) – Enforcement of a state rule was suspended for the plaintiffs.",
          "(The Center Square) –", None, None, None, "2023-05-01", "The Center Square", "2023-05-01",
          "code corpus, id 31785899907: '(The Center Square) – ' (a credit of three words)"),
    _lead("RNS", "STOCKTON, Calif. (RNS) — Hundreds gathered for a feast-day procession on Sunday.",
          "STOCKTON, Calif. (RNS) —", "Stockton", "California", "US", "2024-12-15", "RNS", "2024-12-15",
          "code corpus, id 17937129554: 'STOCKTON, Calif. (RNS) — ' (Religion News Service)"),
    _lead("RNS", "VATICAN CITY (RNS) — The pope published a long letter on artificial intelligence.",
          "VATICAN CITY (RNS) —", "Vatican City", None, "VA", "2026-05-20", "RNS", "2026-05-20",
          "code corpus, id 58608137300: 'VATICAN CITY (RNS) — '"),
    # Houses of the first batch, in forms and languages it did not hold.
    _lead("ANSA", "(ANSA) - ROMA, 15 AGO - Tanti turisti in centro nonostante il caldo di Ferragosto.",
          "(ANSA) - ROMA, 15 AGO -", "Rome", None, "IT", "2024-08-15", "ANSA", "2024-08-15",
          "https://www.laprovinciaunicatv.it/stories/ansa/ferragosto-turisti-padroni-centro-roma-o_307917_11 (Italian:"
          " month in capitals, abbreviated)"),
    _lead("ANSA", "ROMA - (ANSA) - Gli scontri sono proseguiti per tutta la notte.",
          "ROMA - (ANSA) -", "Rome", None, "IT", "2024-05-10", "ANSA", "2024-05-10",
          "code corpus, id 71172199261: 'ROMA - (ANSA) - ' (the place, a dash, the credit, a dash)"),
    _lead("dpa", "Berlin (dpa) - Der Senat will im Sommer zwei neue Badestellen an der Spree öffnen.",
          "Berlin (dpa) -", "Berlin", None, "DE", "2024-04-25", "dpa", "2024-04-25",
          "code corpus, id 5631370576: 'Berlin (dpa) - ' (German)"),
    _lead("dpa", "Berlin (dpa). Die Sängerin kündigte eine letzte Tournee für das kommende Jahr an.",
          "Berlin (dpa).", "Berlin", None, "DE", "2022-11-03", "dpa", "2022-11-03",
          "code corpus, id 33063161860: 'Berlin (dpa). Die ...' (a full stop closing the credit)"),
    _lead("Prensa Latina", "Cidade do México, 22 nov (Prensa Latina) O presidente chileno chegou hoje para uma visita.",
          "Cidade do México, 22 nov (Prensa Latina)", "Mexico City", None, "MX", "2022-11-22", "Prensa Latina",
          "2022-11-22", "code corpus, id 32860092756: Portuguese service 'Cidade do México, 22 nov (Prensa Latina)'"),
    _lead("Prensa Latina", "El Cairo, 27 nov (Prensa Latina) La capital egipcia inauguró una nueva línea de metro.",
          "El Cairo, 27 nov (Prensa Latina)", "Cairo", None, "EG", "2019-11-27", "Prensa Latina", "2019-11-27",
          "code corpus, id 28183119524: Spanish service 'El Cairo, 27 nov (Prensa Latina) ...'"),
    _lead("Kabar", "Bishkek, Nov. 21, 2017. /Kabar/. The city council approved a new plan for bus lanes.",
          "Bishkek, Nov. 21, 2017. /Kabar/.", "Bishkek", None, "KG", "2017-11-21", "Kabar", "2017-11-21",
          "http://eng.kabar.kg/eng/rss/ ('Bishkek, Nov. 21, 2017. /Kabar/.': a stop after the year)"),
)


# The third batch: 29 houses that neither batch above held (Central and South-East Asia, the
# Pacific, Africa, the Gulf, the Balkans, Latin America; press-release services; broadcasters;
# leads in Indonesian, Malay, Turkish, Vietnamese, Portuguese, German, Italian, Spanish and
# Tetum-country English), expectations written and committed before the first run.
THIRD_BATCH: tuple[ZooLead, ...] = (
    # --- Press-release services ------------------------------------------------------
    _lead("EIN Presswire", "PORTLAND, OR, UNITED STATES, October 11, 2022 /EINPresswire.com/ -- A maker of garden "
          "tools opened a second plant near the river.",
          "PORTLAND, OR, UNITED STATES, October 11, 2022 /EINPresswire.com/ --", "Portland", "Oregon", "US",
          "2022-10-11", "EINPresswire.com", "2022-10-11",
          "code corpus, id 8449711083: 'PORTLAND, OR, UNITED STATES, October 11, 2022 /EINPresswire.com/ --'"
          " (state code and country in capitals)"),
    _lead("EIN Presswire", "SHENZHEN, GUANGDONG, CHINA, December 31, 2025 /EINPresswire.com/ — A robot maker looked "
          "back on a year of new products.",
          "SHENZHEN, GUANGDONG, CHINA, December 31, 2025 /EINPresswire.com/ —", "Shenzhen", "Guangdong", "CN",
          "2025-12-31", "EINPresswire.com", "2025-12-31",
          "code corpus, id 63112185943: 'SHENZHEN, GUANGDONG, CHINA, December 31, 2025 /EINPresswire.com/ —'"
          " (a province between city and country)"),
    _lead("PRWeb", "San Antonio, Texas (PRWEB) December 11, 2009 -- A phone repair shop added battery service for "
          "older models.",
          "San Antonio, Texas (PRWEB) December 11, 2009 --", "San Antonio", "Texas", "US", "2009-12-11", "PRWEB",
          "2009-12-11", "code corpus, id 35181366119: 'San Antonio, Texas (PRWEB) December 11, 2009 --' (the date"
          " after the credit)"),
    _lead("PRWeb", "FREMONT, Calif., September 4, 2023 (PRWeb) -- An engine parts maker signed a supply deal.",
          "FREMONT, Calif., September 4, 2023 (PRWeb) --", "Fremont", "California", "US", "2023-09-04", "PRWeb",
          "2023-09-04", "code corpus, id 43720037603: 'FREMONT, Calif., September 4, 2023 (PRWeb) --'"),
    _lead("PRWeb", "San Diego, CA (PRWEB) March 13, 2015. A software firm released a tool that flags odd cash "
          "takings.",
          "San Diego, CA (PRWEB) March 13, 2015.", "San Diego", "California", "US", "2015-03-13", "PRWEB",
          "2015-03-13", "code corpus, id 21141199402: 'San Diego, CA (PRWEB) March 13, 2015. Halo ...' (date after"
          " the credit, closed by a full stop)"),
    _lead("JCN Newswire", "TOKYO, Feb 14, 2025 - (JCN Newswire) - A university and a drug maker announced a new "
          "screening method.",
          "TOKYO, Feb 14, 2025 - (JCN Newswire) -", "Tokyo", None, "JP", "2025-02-14", "JCN Newswire", "2025-02-14",
          "code corpus, id 35302914891: 'TOKYO, Feb 14, 2025 - (JCN Newswire) - ' (a dash on both sides of the"
          " credit)"),
    _lead("JCN Newswire", "Kawasaki and Yokohama, JAPAN, Feb 12, 2025 - (JCN Newswire) - Two partners reported a "
          "result on a supercomputer.",
          "Kawasaki and Yokohama, JAPAN, Feb 12, 2025 - (JCN Newswire) -", "Kawasaki", None, "JP", "2025-02-12",
          "JCN Newswire", "2025-02-12",
          "code corpus, id 35457105962: 'Kawasaki and Yokohama, JAPAN, Feb 12, 2025 - (JCN Newswire) - '"),
    _lead("Newsfile", "New York, New York--(Newsfile Corp. - November 3, 2020) - A law firm issued a statement to "
          "shareholders.",
          "New York, New York--(Newsfile Corp. - November 3, 2020) -", "New York", "New York", "US", "2020-11-03",
          "Newsfile Corp.", "2020-11-03",
          "code corpus, id 36134279982: 'New York, New York--(Newsfile Corp. - November 3, 2020) - ' (the date"
          " inside the credit's brackets)"),
    _lead("Newsfile", "Dubai, United Arab Emirates--- (Newsfile Corp. - December 5, 2023) - A trading firm launched "
          "a new app.",
          "Dubai, United Arab Emirates--- (Newsfile Corp. - December 5, 2023) -", "Dubai", None, "AE", "2023-12-05",
          "Newsfile Corp.", "2023-12-05",
          "code corpus, id 39795180375: 'Dubai, United Arab Emirates--- (Newsfile Corp. - December 5, 2023) -'"),
    _lead("TheNewswire", "(TheNewswire) Varennes, Quebec - TheNewswire - le 8 septembre 2026 - La société annonce "
          "un nouveau contrat.",
          "(TheNewswire) Varennes, Quebec - TheNewswire - le 8 septembre 2026 -", "Varennes", "Quebec", "CA",
          "2026-09-08", "TheNewswire", "2026-09-08",
          "code corpus, id 68839401138: '(TheNewswire) Varennes, Quebec - TheNewswire - le 8 septembre 2026 - '"
          " (credit first and again after the place; French date)"),
    _lead("TheNewswire", "(TheNewswire) Vancouver, British Columbia, September 11th, 2026 TheNewswire - A mining firm "
          "closed its financing.",
          "(TheNewswire) Vancouver, British Columbia, September 11th, 2026 TheNewswire -", "Vancouver",
          "British Columbia", "CA", "2026-09-11", "TheNewswire", "2026-09-11",
          "code corpus, id 68388730965: '(TheNewswire) Vancouver, British Columbia, September 11th, 2026"
          " TheNewswire' (an ordinal day, the bare credit after the year)"),
    _lead("MENAFN", "(MENAFN- Daily News Egypt)\nEgypt will expand its rail links with its neighbours, a minister "
          "said.",
          "(MENAFN- Daily News Egypt)", None, None, None, "2021-03-02", "MENAFN- Daily News Egypt", "2021-03-02",
          "code corpus, id 1311513408: '(MENAFN- Daily News Egypt)\\nEgypt is ...' (a syndicator's credit naming"
          " its source, alone on the line)"),
    _lead("news aktuell", "Stuttgart (ots) - Eine Radfahrerin wurde am Morgen an einer Kreuzung leicht verletzt.",
          "Stuttgart (ots) -", "Stuttgart", None, "DE", "2024-03-12", "ots", "2024-03-12",
          "code corpus, id 70805285357: 'Stuttgart (ots) - ' (a police press release through news aktuell)"),
    # --- German, Italian, Portuguese and Indonesian agencies ------------------------------------
    _lead("dpa-AFX", "DUISBURG/FRANKFURT (dpa-AFX) - Ein Stahlkonzern will im Herbst zwei Hochöfen modernisieren.",
          "DUISBURG/FRANKFURT (dpa-AFX) -", "Duisburg", None, "DE", "2023-04-30", "dpa-AFX", "2023-04-30",
          "code corpus, id 41618865706: 'DUISBURG/FRANKFURT (dpa-AFX) - '"),
    _lead("dpa-AFX", "BONN (dpa-AFX) - Ein Logistikkonzern prüft höhere Preise für Pakete.",
          "BONN (dpa-AFX) -", "Bonn", None, "DE", "2023-05-02", "dpa-AFX", "2023-05-02",
          "code corpus, id 49201488154: 'BONN (dpa-AFX) - Die Deutsche Post ...'"),
    _lead("Adnkronos", "Roma, 2 mar. (Adnkronos) - Il comune ha presentato un piano per nuove piste ciclabili.",
          "Roma, 2 mar. (Adnkronos) -", "Rome", None, "IT", "2024-03-02", "Adnkronos", "2024-03-02",
          "code corpus, id 60689991528: 'Roma, 2 mar. (Adnkronos) - ' (Italian month cut with a stop)"),
    _lead("Folhapress", "BRASÍLIA, DF (FOLHAPRESS) - O presidente passeou de moto pela capital neste domingo.",
          "BRASÍLIA, DF (FOLHAPRESS) -", "Brasília", None, "BR", "2021-01-24", "FOLHAPRESS", "2021-01-24",
          "https://br.yahoo.com/topics/distrito-federal-df ('BRASÍLIA, DF (FOLHAPRESS) - ': a state code)"),
    _lead("Agência Brasil", "Brasília (DF), 26/06/2025 – O líder do partido classificou a nota como inaceitável.",
          "Brasília (DF), 26/06/2025 –", "Brasília", None, "BR", "2025-06-26", None, "2025-06-26",
          "https://imprensabr.com/governo-dos-eua-usa-as-redes-sociais-para-reagir-a-prisao-de-bolsonaro"
          " ('Brasília (DF), 26/06/2025 – ...': state code in brackets, day-first numeric date)"),
    _lead("Estadão Conteúdo", "SÃO PAULO - A prefeitura vai ampliar o horário dos postos de saúde.",
          "SÃO PAULO -", "São Paulo", None, "BR", "2024-05-03", None, "2024-05-03",
          "code corpus, id 70214040485: 'SÃO PAULO - Balanço da campanha ...' (Estadão Conteúdo copy)"),
    _lead("Republika", "REPUBLIKA.CO.ID, JAKARTA -- Pemerintah kota menambah armada bus listrik.",
          "REPUBLIKA.CO.ID, JAKARTA --", "Jakarta", None, "ID", "2025-02-10", "REPUBLIKA.CO.ID", "2025-02-10",
          "code corpus, id 71355237330: 'REPUBLIKA.CO.ID, JAKARTA -- ' (the credit, a site name, before the place)"),
    _lead("CNN Indonesia", "Jakarta, CNN Indonesia -- Sejumlah penerbangan ditunda karena asap tebal.",
          "Jakarta, CNN Indonesia --", "Jakarta", None, "ID", "2025-02-10", "CNN Indonesia", "2025-02-10",
          "code corpus, id 71355237330: 'Jakarta, CNN Indonesia -- ' (a credit ending in a country's name)"),
    _lead("Kompas", "JAKARTA, KOMPAS.com - Warga mengantre air bersih sejak pagi.",
          "JAKARTA, KOMPAS.com -", "Jakarta", None, "ID", "2025-02-10", "KOMPAS.com", "2025-02-10",
          "code corpus, id 71355237330: 'JAKARTA, KOMPAS.com - '"),
    # --- Asia and the Pacific -------------------------------------------------------------------
    _lead("TTXVN", "Hà Nội (TTXVN) Thành phố sẽ mở thêm hai tuyến xe buýt điện trong tháng tới.",
          "Hà Nội (TTXVN)", "Hanoi", None, "VN", "2024-11-05", "TTXVN", "2024-11-05",
          "code corpus, id 71560975082: 'Hà Nội (TTXVN)' (Vietnam News Agency in Vietnamese)"),
    _lead("Tatoli", "DILI, 12 July 2022 (TATOLI)—The council approved a plan for a new market hall.",
          "DILI, 12 July 2022 (TATOLI)—", "Dili", None, "TL", "2022-07-12", "TATOLI", "2022-07-12",
          "code corpus, id 12356152799: a scraper splitting Tatoli copy at '(TATOLI)—' (no space either side);"
          " place and date as on tatoli.tl"),
    _lead("Pajhwok", "KABUL (Pajhwok): A donor pledged funds for new schools in three provinces.",
          "KABUL (Pajhwok):", "Kabul", None, "AF", "2019-06-11", "Pajhwok", "2019-06-11",
          "code corpus, id 27701200211: 'KABUL (Pajhwok): The European Union ...'"),
    _lead("UzDaily", "Tashkent, Uzbekistan (UzDaily.com) -- The two countries signed a package of trade accords.",
          "Tashkent, Uzbekistan (UzDaily.com) --", "Tashkent", None, "UZ", "2019-05-28", "UzDaily.com",
          "2019-05-28", "code corpus, id 38689977027: 'Tashkent, Uzbekistan (UzDaily.com) -- '"),
    _lead("Matangi Tonga", "Nuku'alofa, Tonga : Police will put more officers on the roads for the holidays.",
          "Nuku'alofa, Tonga :", "Nuku‘alofa", None, "TO", "2021-12-21", None, "2021-12-21",
          "https://matangitonga.to/2021?page=2 ('Nuku'alofa, Tonga' then ': More than ...'; the colon on the"
          " next line there)", kind="newspaper"),
    # --- Africa ---------------------------------------------------------------------------------
    _lead("SUNA", "Khartoum, Aug, 23 (SUNA) - A regional council will meet next week to review a peace accord.",
          "Khartoum, Aug, 23 (SUNA) -", "Khartoum", None, "SD", "2009-08-23", "SUNA", "2009-08-23",
          "http://forums.sudaneseonline.org/cs/blogs/english/archive/2009/08.aspx ('Khartoum, Aug, 23 (SUNA) - ':"
          " a comma between month and day)"),
    _lead("SUNA", "Khartoum, April 27(SUNA)- The minister put the power shortfall at 300 megawatts.",
          "Khartoum, April 27(SUNA)-", "Khartoum", None, "SD", "2009-04-27", "SUNA", "2009-04-27",
          "http://forums.sudaneseonline.org/cs/blogs/english/archive/2009/04.aspx ('Khartoum, April 27(SUNA)- ':"
          " no spaces round the credit)"),
    _lead("SUNA", "Kosti, July 25 (SUNA)- A party leader called for accord between rivals.",
          "Kosti, July 25 (SUNA)-", "Kosti", None, "SD", "2009-07-25", "SUNA", "2009-07-25",
          "http://forums.sudaneseonline.org/cs/blogs/english/archive/2009/07.aspx ('Kosti, July 25 (SUNA)- ')"),
    _lead("SUNA", "Khartoum, (SUNA) - The president urged scholars to guide the young.",
          "Khartoum, (SUNA) -", "Khartoum", None, "SD", "2017-10-20", "SUNA", "2017-10-20",
          "http://sudanembassyindia.org/news11/news_details-page.html ('Khartoum, (SUNA) - ')"),
    _lead("Radio Dabanga", "Khartoum -Police arrested two activists over posts about a governor.",
          "Khartoum -", "Khartoum", None, "SD", "2017-06-10", None, "2017-06-10",
          "http://www.afromix.org/html/actualite/pays/soudan/index.en.html ('[Radio Dabanga] Khartoum -Sudanese"
          " ...': the dash against the lead's first word)"),
    _lead("Darfur 24", "March 28, 2020 (Khartoum) The health ministry confirmed five cases of the virus.",
          "March 28, 2020 (Khartoum)", "Khartoum", None, "SD", "2020-03-28", None, "2020-03-28",
          "https://darfur24.com/en/author/english-editor/page/251 ('March 28, 2020 (Khartoum) Sudan's ...': the"
          " date first, the place in brackets)", kind="newspaper"),
    _lead("New Era", "KATIMA MULILO – The prime minister called for unity at a gathering on Saturday.",
          "KATIMA MULILO –", "Katima Mulilo", None, "NA", "2025-06-02", None, "2025-06-02",
          "https://neweralive.na/category/front-page-news/page/58/?page=221 ('KATIMA MULILO – ')", kind="newspaper"),
    # --- The Balkans and the Gulf -----------------------------------------------------------------
    _lead("FENA", "SARAJEVO, August 18 (FENA) – The defence ministry will mark the anniversary of a crash.",
          "SARAJEVO, August 18 (FENA) –", "Sarajevo", None, "BA", "2016-08-18", "FENA", "2016-08-18",
          "http://www.abnaorg.eu/?author=10 ('SARAJEVO, August 18 (FENA) – ')"),
    _lead("Bosnia News", "SARAJEVO, Bosnia (March 31,2008) – A delegation of German lawmakers began a visit.",
          "SARAJEVO, Bosnia (March 31,2008) –", "Sarajevo", None, "BA", "2008-03-31", None, "2008-03-31",
          "http://bosnianews.blogspot.com/2008/03/ ('SARAJEVO, Bosnia (March 31,2008) – ': the date in brackets,"
          " no space after the comma)", kind="newspaper"),
    _lead("Khaleej Times", "DUBAI - Families in small flats may find their visas harder to renew.",
          "DUBAI -", "Dubai", None, "AE", "2008-08-14", None, "2008-08-14",
          "https://uaeinfobank.blogspot.com/2008/08 (Khaleej Times copy: 'DUBAI - ')", kind="newspaper"),
    # --- Broadcasters -------------------------------------------------------------------------
    _lead("Gray News", "COAL VALLEY, Ill. (Gray News) – A zoo celebrated the birth of two rare cubs.",
          "COAL VALLEY, Ill. (Gray News) –", "Coal Valley", "Illinois", "US", "2023-05-19", "Gray News",
          "2023-05-19", "code corpus, id 6128726864: 'COAL VALLEY, Ill. (Gray News) – ' (a village below the"
          " gazetteer's floor)"),
    _lead("Gray News", "(Gray News) - A recall was issued for a brand of frozen peas.",
          "(Gray News) -", None, None, None, "2023-05-19", "Gray News", "2023-05-19",
          "code corpus, id 55814348248: '(Gray News) - A recall was issued ...'"),
    _lead("WWL-TV", "NEW ORLEANS (WWL) — Crews began repairs on a flooded underpass on Monday.",
          "NEW ORLEANS (WWL) —", "New Orleans", "Louisiana", "US", "2024-08-05", "WWL", "2024-08-05",
          "code corpus, id 62026839424: US stations' call signs as dateline credits ('(WWL)', '(WJZ)', '(KING)')"),
    # --- Houses of the first batches, in forms and languages they did not hold -----------------
    _lead("Anadolu", "İSTANBUL (AA) - Bir perakende zinciri yeni bir dijital mağaza açtı.",
          "İSTANBUL (AA) -", "Istanbul", None, "TR", "2024-01-15", "Anadolu", "2024-01-15",
          "code corpus, id 47325970114: 'İSTANBUL (AA) - ' (Turkish service; a dotted capital I)"),
    _lead("Antara", "Banda Aceh (ANTARA) - Komunitas pemuda menanam seribu pohon bakau.",
          "Banda Aceh (ANTARA) -", "Banda Aceh", None, "ID", "2024-02-01", "Antara", "2024-02-01",
          "code corpus, id 32262801503: 'Banda Aceh (ANTARA) - ' (Indonesian service)"),
    _lead("Bernama", "MELAKA, 13 Jan (Bernama) -- Pasukan sukarelawan menyasarkan lebih ramai anggota baharu.",
          "MELAKA, 13 Jan (Bernama) --", "Malacca", None, "MY", "2024-01-13", "Bernama", "2024-01-13",
          "code corpus, id 23641507690: 'MELAKA, 13 Jan (Bernama) -- ' (Malay service; the place's Malay name)"),
    _lead("Bernama", "PUTRAJAYA, 9 Sept (Bernama) -- Kes demam denggi meningkat minggu ini.",
          "PUTRAJAYA, 9 Sept (Bernama) --", "Putrajaya", None, "MY", "2024-09-09", "Bernama", "2024-09-09",
          "code corpus, id 68872829525: 'PUTRAJAYA, 9 Sept (Bernama) -- ' ('Sept', day first)"),
    _lead("Xinhua", "LISBOA, 18 jun (Xinhua) -- El número de visitantes del museo creció este año.",
          "LISBOA, 18 jun (Xinhua) --", "Lisbon", None, "PT", "2023-06-18", "Xinhua", "2023-06-18",
          "code corpus, id 22647202732: 'LISBOA, 18 jun (Xinhua) -- ' (Spanish service)"),
    _lead("Xinhua", "Jan. 10 (Xinhua) -- The state's maritime authority closed two beaches.",
          "Jan. 10 (Xinhua) --", None, None, None, "2024-01-10", "Xinhua", "2024-01-10",
          "code corpus, id 34206146996: 'Jan. 10 (Xinhua) -- ' (a date and a credit, no place)"),
    _lead("Kyodo", "YILAN, Taiwan (Kyodo) -- A ferry trial run linked the island with Okinawa.",
          "YILAN, Taiwan (Kyodo) --", "Yilan", None, "TW", "2024-06-20", "Kyodo", "2024-06-20",
          "code corpus, id 14020748990: 'YILAN, Taiwan (Kyodo) -- '"),
    _lead("Interfax", "Dushanbe. (Interfax) - The two governments may sign an economic accord this month.",
          "Dushanbe. (Interfax) -", "Dushanbe", None, "TJ", "2004-11-30", "Interfax", "2004-11-30",
          "code corpus, id 2448797182: 'Dushanbe. (Interfax) - ' (a full stop after the place)"),
)


# Lines of forms the zoo did not hold that are not datelines, decided before the third batch's first run.
THIRD_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline("basketball result", "Boston 104, Miami 98", _d("2024-07-05"),
                 "issue 19 'a table row': results lines with city teams"),
    NotADateline("stock index line", "Jakarta Composite Index 7,120.45 (+0.3%)", _d("2024-07-05"),
                 "issue 19 'a table row': stock lines"),
    NotADateline("currency line with a colon", "Tokyo: dollar 151.20 yen, euro 1.0850 dollars", _d("2024-07-05"),
                 "issue 19 'a table row': market lines opening with a centre"),
    NotADateline("place, comma, she said", "Kyiv, she said, will not forget the winter.", _d("2024-07-05"),
                 "issue 19 'a quote': a quote opening with a place"),
    NotADateline("kicker and colon", "EXCLUSIVE: Jakarta to Ban Old Motorbikes From 2027", _d("2024-07-05"),
                 "issue 19 'Bad input': headlines with a kicker and a colon"),
    NotADateline("dateline inside a sentence", "Reporters in Kabul said on Monday the road had reopened.",
                 _d("2024-07-05"), "issue 19: a place inside a sentence is no dateline"),
    NotADateline("weather line with a colon", "Oslo: cloudy, high 4C, low -2C", _d("2024-07-05"),
                 "issue 19 'a table row': weather listings"),
    NotADateline("flight board row", "Dubai   EK 203   08:45   Delayed", _d("2024-07-05"),
                 "issue 19 'a table row'"),
    NotADateline("election result with a party", "Lagos (APC) 1,204,331 votes", _d("2024-07-05"),
                 "issue 19 'a table row': a bracket after a place that is no credit"),
    NotADateline("event listing with a date range", "Lisbon, 12-15 May: Web Summit side events open to the public.",
                 _d("2024-07-05"), "issue 19 'Lines before the lead': listings"),
    NotADateline("book citation", "London: Penguin, 2019.", _d("2024-07-05"),
                 "issue 19 'Bad input': a place, a colon and a publisher"),
    NotADateline("address with a postcode", "Kuala Lumpur, 50450 Malaysia", _d("2024-07-05"),
                 "issue 19 'Lines before the lead': contact blocks of press releases"),
    NotADateline("photo credit with a place", "Sydney (AAP Image/Dan Himbrechts)", _d("2024-07-05"),
                 "issue 19 'Lines before the lead': picture credits"),
    NotADateline("headline opening with two places", "KYIV, PRAGUE DISAGREE ON SIZE OF SOVIET-ERA DEBT.",
                 _d("2024-07-05"), "http://infoukes.com/rfe-ukraine/2001/1024.html (RFE/RL Newsline: a headline in"
                 " capitals opening with two places and a comma)"),
    NotADateline("court case title", "Texas v. New Mexico (2023)", _d("2024-07-05"),
                 "issue 19 'Bad input'"),
)


# A fourth set, written and committed after the third batch's rules and run blind against them: the
# only figure here not measured on forms the rules were written for.
FOURTH_BATCH: tuple[ZooLead, ...] = (
    _lead("AIM", "Nampula (Mozambique), 25 May (AIM) - Builders urged the province to open its tenders.",
          "Nampula (Mozambique), 25 May (AIM) -", "Nampula", None, "MZ", "2020-05-25", "AIM", "2020-05-25",
          "http://africanpeoplereview.it/index.php/notizie-per-stato/alfabetico?id=272 ('Nampula (Mozambique),"
          " 25 May (AIM) - '; also https://www.mikes.news/mozambique)"),
    _lead("AIM", "Maputo -No elephants were poached in the reserve for a second year.",
          "Maputo -", "Maputo", None, "MZ", "2020-05-25", None, "2020-05-25",
          "http://africanpeoplereview.it/index.php/notizie-per-stato/alfabetico?id=272 ('[AIM] Maputo -For the"
          " second year ...': AllAfrica's summary, the dash against the story)"),
    _lead("Saba News", "LUSAKA – The city council asked churches to help fight cholera.",
          "LUSAKA –", "Lusaka", None, "ZM", "2018-01-05", None, "2018-01-05",
          "http://www.saba-news.org/category/zambia/page/2/ ('LUSAKA – The authorities in the ZAMBIAN capital')",
          kind="newspaper"),
)

ZOO: tuple[ZooLead, ...] = FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH


FIRST_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline("quote", '"We will not back down," the minister told reporters in Nairobi on Tuesday.',
                 _d("2024-07-05"), "eval-dev README: stories with no dateline; issue 19 'Bad input'"),
    NotADateline("sentence opening with a place", "Jakarta's governor said on Monday the floods had eased.",
                 _d("2024-07-05"), "issue 19 'Bad input'"),
    NotADateline("sentence opening with two places", "Moscow and Kyiv traded accusations on Friday over a dam.",
                 _d("2024-07-05"), "issue 19 'Bad input'"),
    NotADateline("place then apposition", "Sydney, a city of five million, faces water limits from next month.",
                 _d("2024-07-05"), "issue 19 'Bad input'"),
    NotADateline("list of places", "Hong Kong, Singapore and Seoul led gains in Asian markets on Monday.",
                 _d("2024-07-05"), "issue 19 'Bad input'"),
    NotADateline("country as subject", "Georgia said on Tuesday it would reopen its border crossings.",
                 _d("2024-07-05"), "issue 19 'Bad input'"),
    NotADateline("table row", "Tokyo        12.5    13.1    +0.6",
                 _d("2024-07-05"), "issue 19 'a table row'"),
    NotADateline("table row in capitals", "LONDON       7,412.3   +0.4%   (close)",
                 _d("2024-07-05"), "issue 19 'a table row'"),
    NotADateline("no dateline", "Shares in the carmaker rose 4 percent after it reported higher sales.",
                 _d("2024-07-05"), "eval-dev README: 'eval-dev has stories with no dateline'"),
    NotADateline("date opening a sentence", "May 5 is a public holiday in Japan and South Korea.",
                 _d("2024-07-05"), "issue 19 'Bad input'"),
    NotADateline("organisation named for a place", "Washington Post reporters won the prize, the board said.",
                 _d("2024-07-05"), "issue 19 'Bad input'"),
    NotADateline("byline line", "By Jane Doe and Ravi Kumar",
                 _d("2024-07-05"), "issue 19: 'a byline line' before the lead"),
    NotADateline("headline in capitals", "CENTRAL BANK HOLDS RATES AS INFLATION EASES",
                 _d("2024-07-05"), "issue 19 'Bad input'"),
    NotADateline("score line", "ARSENAL 2 CHELSEA 1", _d("2024-07-05"), "issue 19 'a table row'"),
    NotADateline("score line before a dash", "BARCELONA 3 REAL MADRID 1 - Two late goals settled the match.",
                 _d("2024-07-05"), "issue 19 'a table row'"),
    NotADateline("person named for a place", "Paris Hilton said on Monday she would open a hotel in Dubai.",
                 _d("2024-07-05"), "issue 19 'a sentence that starts with a capitalised place name'"),
    NotADateline("quote with a dash", '"Kabul is calm tonight," the envoy said - but few believed him.',
                 _d("2024-07-05"), "issue 19 'a quote'"),
    NotADateline("table row with a date", "Sydney   May 5, 2024   12.5   13.1",
                 _d("2024-07-05"), "issue 19 'a table row'"),
    NotADateline("date line alone", "MONDAY, JULY 5", _d("2024-07-05"), "issue 19 'Lines before the lead'"),
    NotADateline("contents line", "Contents: Sports, page 4; Business, page 7",
                 _d("2024-07-05"), "issue 19 'Lines before the lead'"),
    NotADateline("state named like a city",
                 "Washington state lawmakers passed a budget on Monday - the first in years.",
                 _d("2024-07-05"), "issue 19 'a sentence that starts with a capitalised place name'"),
    NotADateline("country initials", "US - China trade talks resumed on Monday in Geneva.",
                 _d("2024-07-05"), "issue 19 'Bad input'"),
)


# Lines of the second batch's forms that are not datelines, decided before its first run.
SECOND_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline("country headline with a colon", "Nigeria: Lagos Opens Two New Rail Stations",
                 _d("2024-07-05"), "AllAfrica-style headlines 'Country: Headline In Title Case' (pages corpus)"),
    NotADateline("football result with scorers", "Real Sociedad 2 (Oyarzabal 12, Kubo 55) Sevilla 1 (Nyland 80)",
                 _d("2024-07-05"), "issue 19 'a table row': results lines"),
    NotADateline("league table row", "1. Ajax Amsterdam   12  9  2  1  28-9  29", _d("2024-07-05"),
                 "issue 19 'a table row'"),
    NotADateline("weather table row", "Cairo           sunny      34/22", _d("2024-07-05"),
                 "issue 19 'a table row': a day/month-like figure after a place"),
    NotADateline("quote in single quotes", "'Berlin, as ever, is poor but sexy,' the former mayor once said.",
                 _d("2024-07-05"), "issue 19 'a quote'"),
    NotADateline("place, comma, a month in a sentence", "Paris, in June, is full of tourists and the queues are long.",
                 _d("2024-07-05"), "issue 19 'a sentence that starts with a capitalised place name'"),
    NotADateline("place and a bracket in a sentence",
                 "London (and the south-east) will see heavy rain on Friday, forecasters said.",
                 _d("2024-07-05"), "issue 19 'a sentence that starts with a capitalised place name'"),
    NotADateline("byline with a place", "By Maria Lopez in Madrid", _d("2024-07-05"),
                 "issue 19 'a byline line' before the lead"),
    NotADateline("stock table row with an exchange", "NEW YORK (NYSE)  142.10  +1.2%", _d("2024-07-05"),
                 "issue 19 'a table row'"),
    NotADateline("correction line", "CORRECTION: An earlier version misstated the date of the vote.",
                 _d("2024-07-05"), "issue 19 'Lines before the lead'"),
    NotADateline("slug with an update tag", "EU-TRADE/CHINA (UPDATE 2)", _d("2024-07-05"),
                 "issue 19 'slugs': Reuters-style slug line"),
    NotADateline("person named like a city", "Florence Pugh (pictured) will star in the new film, the studio said.",
                 _d("2024-07-05"), "issue 19 'Bad input'; like 'Madonna (Reuters) -'"),
    NotADateline("company named for a place with a ticker",
                 "Tokyo Electric (TEPCO) - the plant's operator - said on Monday it would release more water.",
                 _d("2024-07-05"), "issue 19 'Bad input'"),
)

NOT_DATELINES: tuple[NotADateline, ...] = FIRST_NOT_DATELINES + SECOND_NOT_DATELINES + THIRD_NOT_DATELINES


def agency_houses() -> frozenset[str]:
    """The agencies (not newspapers) whose lead forms the zoo holds."""
    return frozenset(entry.house for entry in ZOO if entry.kind == "agency")
