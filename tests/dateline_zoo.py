"""The dateline zoo: one real lead *form* per agency house style, in stories of our own words.

Issue 19 asks for a grammar that reads the lead of an agency it has never
met. These entries are the evidence that it does: each copies only the
*form* of a lead line seen in public copy, style guides or code (capitals,
place / region / country, date style, tag in parentheses, slashes or bare,
separator), and wraps it round a story we wrote ourselves. `source` says
where the form was seen; nothing here is copied from eval-dev.

Expectations follow the issue:
- `city` is the place's current English name in normal case (KIEV -> Kyiv,
  Bourgas -> Burgas), whatever the printed spelling; `raw` keeps the print.
- `country` is ISO 3166-1 alpha-2; `region` is the full name of a US state
  or of a region printed in the lead, else None (like eval-dev's gold, a
  None region is not checked).
- `agency` is the agency table's canonical name when the tag is one it
  knows, else the tag as printed ("NNN-BERNAMA", "Kabar"); None when the
  lead prints no agency, whoever sent the copy.
- `date` is the dateline's day given `ref` as the reference date; a lead
  with no date means the day the copy moved, which is `ref`.

`NOT_DATELINES` are lead lines that must not be read as datelines.
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


ZOO: tuple[ZooLead, ...] = (
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
          "Bangkok (NNT/VNA) –", "Bangkok", None, "TH", "2017-11-12", "NNT/VNA", "2017-11-12",
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
          "KUWAIT -", "Kuwait City", None, "KW", "2024-02-21", None, "2024-02-21",
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


NOT_DATELINES: tuple[NotADateline, ...] = (
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
)


def agency_houses() -> frozenset[str]:
    """The agencies (not newspapers) whose lead forms the zoo holds."""
    return frozenset(entry.house for entry in ZOO if entry.kind == "agency")
