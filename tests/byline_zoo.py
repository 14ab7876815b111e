"""The byline zoo: one real credit *form* per house style, in stories of our own words.

Issue 19 asks for credits read from every place wires put them, for agencies
and formats the project has not met, and never a desk code, an agency or a
place as a person. Each entry copies only the *form* of a credit seen in
public copy, documentation or code (where it stands, its capitals, its
label, its separators, how names, titles, places and agencies follow each
other) and wraps it round a story we wrote ourselves, with names we made
up. `source` says where the form was seen; nothing here is copied from
eval-dev.

`people` is what `parse_file -> normalise` must credit, in order, as
(name, role) pairs: exactly those and nobody else. Roles follow the
project's: a credit at the head of a story ("By", "From", "Written by",
"Reported by", "Report by", a bare name over the dateline) is the
story's `author`; trailer roles are the verb's (`reporting`, `writing`,
`editing`, `additional_reporting`, `compiled`, `photo`); labelled lines
take the label's role ("Story:" and "Text:" `writing`, "Editor:"
`editing`, "Photo:" `photo`). An e-mail sign-off with no name to go to is
a person with no name (None).

Text entries are wrapped as a file of their own: a headline line, a blank
line, the entry's text. Native entries (`native=True`) are whole files
in the format named by `form`.

`PRECISION` entries (kind "precision") are forms that must credit nobody, or
nobody but the people listed: agencies, desks, places, titles and
sentences that start like a credit.

The zoo was written in batches, each batch whole before it was first run,
so that its first run measured reading of forms not yet met (issue 19):
the first batch (HEAD, TAIL, NATIVE, PRECISION: 73 forms) read 65 at first,
SECOND 9 of 14, THIRD 0 of 4, FOURTH 3 of 8, FIFTH 8 of 9, SIXTH 0 of 6,
SEVENTH (credit words in other languages, surname-first metadata names,
NewsML 1 parties, particles, capitals, suffixes, lists; 45 forms, 16 of
them precision) 21 of 45 (recall 8 of 29, precision 13 of 16), EIGHTH
(trailers, labels, run-in credits and sentences in other languages; 15
forms, 6 of them precision) 8 of 15 (recall 2 of 9, precision 6 of 6),
NINTH (where native formats put credits: NewsML 1 ByLine/ByLineTitle,
NewsML-G2 <by> and literal creators, ninjs authors, NITF byttl before
person; 10 forms, 3 of them precision) 8 of 10 (recall 6 of 7, precision
2 of 3), TENTH (blind: regional agencies of Africa, Asia, Latin America and
the Gulf, broadcasters' web copy, press-release contact blocks, co-bylines
with agencies between, correspondents, translated-by and edited-by lines,
capitals with particles, surname-first Asian names, bin/binti, Spanish double
surnames, desk codes; 38 forms, 16 of them precision) 30 of 38 (recall 15 of
22, precision 15 of 16; names: precision 0.955, recall 0.750, F1 0.840;
38 of 38 after its rules), ELEVENTH (blind: Pacific, African, Nordic and
Central European houses, credit words of Swahili, Tagalog and Afrikaans,
labels of Hungarian, Estonian, Indonesian, Portuguese and Croatian copy,
head credits with a label, a place, an outlet or a title, role-labelled
credits at the foot, 'With files from', bio lines; 51 forms, 18 of them
precision) 21 of 51 (recall 5 of 33, precision 16 of 18; names: precision
0.684, recall 0.277, F1 0.394; 50 of 51 after its rules), TWELFTH (blind: houses and conventions in no
earlier batch: bare name lines over the story with a city, an outlet or a title, run-on titles,
double and triple bylines in German, Dutch, French, Italian and with '&', labels of Turkish, Czech, Polish,
Italian, Portuguese and Vietnamese copy, database export lines (Nexis 'Byline:', Factiva 'BY'), 'Write to'
sign-offs; 64 forms, 23 of them precision) 42 of 64 (recall 20 of 41, precision 22 of 23; names: precision
0.964, recall 0.509, F1 0.667; 57 of 64 after its rules, names P 1.000, R 0.849, F1 0.918), THIRTEENTH
(blind, /tmp/credits13: 56 houses in no earlier batch; By-lines with 'By:', titles and outlets, bare names over
web-page furniture (outlet, city, 'Published', reading time), database export fields, blog credits beside
dates, head credits of Romanian, Albanian, Catalan and Welsh copy with their 'and', foot labels of Romanian,
Icelandic and Slovenian copy, contributor lines with an outlet's possessive, 'With inputs from', '— With';
93 forms, 32 of them precision) 57 of 93 at main 89b6d05 (recall 26 of 61, precision 31 of 32; (name, role)
pairs: precision 0.860, recall 0.463, F1 0.602; 93 of 93 after its rules, P 1.000, R 1.000, F1 1.000, the last
twelve by a credit read among the short lines a web page, an export or front matter prints over the story).
Every batch-13 expectation was judged right; one is a convention to note: Romanian 'Redactor:' is the editor
('editing'), while Spanish 'redactor' is a writer, so the label table follows the Romanian sense.
Each batch run against the code as the batches before it had left it. A
form the code cannot read goes to KNOWN_GAPS in the test, with why.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ZooCredit:
    house: str                                  # whose credit form this is (agency, paper or format)
    form: str                                   # the form, in a few words: "By NAME, TITLE", "NITF <byline>"
    text: str                                   # our story in that form
    people: tuple[tuple[str | None, str], ...]  # expected (name, role) pairs, in order
    source: str                                 # where the form was seen
    native: bool = False                        # a whole file in a native format, not wrapped
    kind: str = "recall"                        # "recall" or "precision"


def _c(house: str, form: str, text: str, people: list[tuple[str | None, str]], source: str, *,
       native: bool = False, kind: str = "recall") -> ZooCredit:
    return ZooCredit(house, form, text, tuple(people), source, native, kind)


SUPERDESK = "https://github.com/superdesk/superdesk-core/blob/develop/tests/io/fixtures/"

# ------------------------------------------------------------------ credits at the head

HEAD: tuple[ZooCredit, ...] = (
    _c("AP", "By NAME IN CAPITALS, AGENCY (particles)",
       "By MARIA DEL CARMEN RUIZ, Associated Press\n"
       "MEXICO CITY (AP) — City workers repainted the old tram depot on Tuesday.",
       [("Maria del Carmen Ruiz", "author")],
       SUPERDESK + "ap-nitf.xml (<byline>By BERNARD CONDON ...); AP News Values 'Byline and Datelines'"),
    _c("Anadolu", "By INITIALS NAME over a country-qualified dateline",
       "By SM Rafiqul Hasan\n\nDHAKA, Bangladesh (AA) – A river ferry service resumed after the floods.",
       [("SM Rafiqul Hasan", "author")],
       "https://www.alaturkaonline.com/diary-289/"
       " (AA desk diary: 'By SM Najmus Sakib' over 'DHAKA, Bangladesh (AA) –')"),
    _c("Anadolu", "NAME | DATE over the lead",
       "Selin Aydemir   | 06.04.2021\n\nANKARA (AA) - The capital's metro added a new line on Tuesday.",
       [("Selin Aydemir", "author")],
       "https://www.aa.com.tr/en/corporate-news/anadolu-agency-creates-balance-in-news-agency-world/2199502"
       " ('Merve Berker   | 06.04.2021' under the headline)"),
    _c("Bernama", "From NAME over the dateline",
       "From Faridah Abu Bakar\nTOKYO, May 31 (Bernama) -- The two agencies agreed to swap more video.",
       [("Faridah Abu Bakar", "author")],
       "https://test.daily8.com/en/article/ae77057856134e0e56bacc820067dc51"
       " ('From Anas Abu Hassan' over 'TOKYO, May 31 (Bernama)')"),
    _c("Bernama", "By NAME run into the dateline on one line",
       "By Norliza Ismail SINGAPORE, June 25 (NNN-BERNAMA) — A retired minister opened a library on Thursday.",
       [("Norliza Ismail", "author")],
       "http://www.namnewsnetwork.org/?author=19&paged=90 ('By Massita Ahmad SINGAPORE, June 25 (NNN-BERNAMA) —')"),
    _c("PAP", "Byy NAME (typo'd By)",
       "Byy Tomasz Wrona\nWARSAW, March 3 (PAP) - The city council approved a new bridge on Friday.",
       [("Tomasz Wrona", "author")],
       "issue 19 ('a byline line (also one with a typo in it)'); hurried-desk 'Byy' as wire copy prints it"),
    _c("NAN", "BY: NAME IN CAPITALS, hyphenated surname",
       "BY: ADEBAYO OKONKWO-JAMES\nLAGOS, July 5 (NAN) - Port officials said cargo traffic rose in June.",
       [("Adebayo Okonkwo-James", "author")],
       "AP/ANPA capitals bylines (" + SUPERDESK + "ap_anpa-1.tst '^By CHARLES ODUM=') with a 'BY:' colon"),
    _c("EFE", "By NAME in CITY (Spanish double particle)",
       "By Carlos de la Fuente in Madrid\n\nMADRID, Oct 2 (EFE).- The royal palace reopened its armoury.",
       [("Carlos de la Fuente", "author")],
       SUPERDESK + "efe_nitf.xml ('Tegucigalpa, Jan 2 (EFE).-' lead); AP 'tag line gives each staffer's location'"),
    _c("WAM", "By NAME with bin and Al-, AGENCY",
       "By Ahmed bin Rashid Al-Mansoori, WAM\nABU DHABI, 4th May, 2024 (WAM) -- A desalination plant opened.",
       [("Ahmed bin Rashid Al-Mansoori", "author")],
       "Gulf agency bylines 'By NAME, WAM'; names with bin/Al- as transforms/bylines/names.py documents"),
    _c("Xinhua", "By NAME and NAME (Chinese names)",
       "By Wang Xiaoming and Li Na\nBEIJING, Jan. 3 (Xinhua) -- Rail operators added 200 trains for the holiday.",
       [("Wang Xiaoming", "author"), ("Li Na", "author")],
       "http://www.howaty.com/tag/history/page/18 (Xinhua copy); Xinhua feature bylines 'By NAME and NAME'"),
    _c("Korea Times", "By NAME, Staff Reporter (Korean name)",
       "By Park Ji-hoon, Staff Reporter\nSEOUL (Yonhap) -- The city will run late buses over the holiday.",
       [("Park Ji-hoon", "author")],
       "Korean English-language dailies' 'By NAME' + desk title;"
       " https://en.yna.co.kr/view/AEN20221121005100315 lead form"),
    _c("The Hindu", "By NAME, Special Correspondent",
       "By Priya Ramanathan, Special Correspondent\nCHENNAI, Aug 14: The corporation opened a new bus depot.",
       [("Priya Ramanathan", "author")],
       "https://easymedia.in/use-credit-line"
       " (Indian credit-line styles: 'By a Staff Reporter' / 'MEERUT, January 11:')"),
    _c("PTI", "By INITIALS SURNAME (Indian initials)",
       "By A.K. Sharma\nNEW DELHI, Oct 16 (PTI) The ministry cleared 200 new rural clinics.",
       [("A.K. Sharma", "author")],
       "Indian bylines with initials, as https://tribuneindia.com/2010/20101019/edit.htm prints 'by B.G. Verghese'"),
    _c("PNA", "By NAME Jr., AGENCY",
       "By Ramon Santos Jr., PNA\nMANILA, July 5 (PNA) -- The senate approved the water bill on Friday.",
       [("Ramon Santos Jr.", "author")],
       "Philippine News Agency bylines 'By NAME, PNA'; Jr. after a comma as AP prints it"),
    _c("ANP", "By NAME with van der",
       "By Pieter van der Berg\nAMSTERDAM, June 12 (ANP) - The canal boats will run on electricity by 2026.",
       [("Pieter van der Berg", "author")],
       "Dutch particles as transforms/bylines/names.py documents ('VAN DER BERG' -> 'van der Berg'); ANP lead form"),
    _c("Gulf News", "By NAME with al-, Correspondent",
       "By Mohammed al-Qadi, Correspondent\nDUBAI: The metro will open two stations in March.",
       [("Mohammed al-Qadi", "author")],
       "Gulf dailies 'By NAME, Correspondent' over 'DUBAI:' leads"),
    _c("AFP", "By Given SURNAME with Given SURNAME in CITY",
       "By Laurent DUVAL with Marie LEBLANC in Lyon\nPARIS, June 6, 2010 (AFP) - Rail unions called off the strike.",
       [("Laurent Duval", "author"), ("Marie Leblanc", "author")],
       "AFP bylines print surnames in capitals ('Laurent BANGUET'); 'with' joining a second reporter"),
    _c("Prensa Latina", "NAME/AGENCY over the dateline",
       "Raúl Gómez Pérez/Prensa Latina\nHAVANA, May 2 (PL) The port reopened to cruise ships on Monday.",
       [("Raúl Gómez Pérez", "author")],
       "bare credit over the dateline, as RCV1-era Reuters and 'Jane Doe/PNA' (tests/test_byline_forms.py) print it"),
    _c("Kenya News Agency", "NAME | AGENCY over the lead",
       "Daniel Ochieng | KNA\n\nKISUMU, Kenya, April 25 - A new jetty opened on the lake shore.",
       [("Daniel Ochieng", "author")],
       "web agency pages printing 'NAME | AGENCY' under the headline, like aa.com.tr's 'NAME | DATE'"),
    _c("MAP", "Written by NAME at the head",
       "Written by Fatima Zahra El Idrissi\n\nRABAT, Jan 12 (MAP) - The railway added a night train to Tangier.",
       [("Fatima Zahra El Idrissi", "author")],
       "https://mail.oasesnews.com/newsplus/itemlist/category/103-united-kingdom?start=98 ('Written by' credit line)"),
    _c("VNA", "Reported by NAME at the head",
       "Reported by Nguyen Van Minh\nHANOI, Sept 2 (VNA) - Crowds filled the square for the parade.",
       [("Nguyen Van Minh", "author")],
       "'Reported by' head credits on agency web copy (VNA, Bernama TV); Vietnamese name order"),
    _c("Agência Brasil", "Report by NAME at the head",
       "Report by Ana Paula Souza\nBRASILIA, Nov 4 (ABr) - The senate passed the water bill on Tuesday.",
       [("Ana Paula Souza", "author")],
       "'Report by' credits on translated agency copy (Agência Brasil English service)"),
    _c("SAnews", "Compiled by NAME at the head",
       "Compiled by Lerato Dlamini\nPRETORIA, March 3 (SAnews) - The department opened three new clinics.",
       [("Lerato Dlamini", "compiled")],
       "https://mail.oasesnews.com/newsplus/itemlist/category/103-united-kingdom?start=98 (credit lines);"
       " SAnews compiled briefs"),
)

# ------------------------------------------------------------------ credits after the lead and at the tail

TAIL: tuple[ZooCredit, ...] = (
    _c("ACP", "(By NAME) after the lead",
       "KINSHASA, Feb 3 (ACP) - The river port reopened on Monday.\n(By Jean-Pierre Mbala)\n"
       "Officials said the dredging took four months.",
       [("Jean-Pierre Mbala", "author")],
       "issue 19 ('(By NAME) after the lead'); tests/test_byline_forms.py's '(By Jane Doe)'"),
    _c("Reuters", "(Reporting by A in CITY and B in CITY; Writing by C; Editing by D)",
       "MUMBAI, Jan 4 (Reuters) - The central bank left its key rate unchanged on Thursday.\n\n"
       "The decision was expected by most economists.\n\n"
       "(Reporting by Siddharth Rao in Mumbai and Aditi Menon in New Delhi; Writing by Tom Baxter; "
       "Editing by Lena Park)",
       [("Siddharth Rao", "reporting"), ("Aditi Menon", "reporting"), ("Tom Baxter", "writing"),
        ("Lena Park", "editing")],
       SUPERDESK + "tag_reuters.com,2018_newsml_MTZXEE13ZXCZES_2 (Reuters trailer form)"),
    _c("Reuters", "Additional reporting by ...; Editing by ... on its own line",
       "TOKYO, Jan 4 (Reuters) - Japan's exports rose for a third month in December.\n\n"
       "Additional reporting by Yuki Tanaka; Editing by Kenji Mori",
       [("Yuki Tanaka", "additional_reporting"), ("Kenji Mori", "editing")],
       "issue 19 ('Additional reporting by ...'); Reuters trailers copied without their parentheses by web sites"),
    _c("Reuters", "(Editing by NAME) alone",
       "LONDON, May 5 (Reuters) - Sterling held steady on Friday.\n\n(Editing by Michael Perry)",
       [("Michael Perry", "editing")],
       "Reuters trailers on wire copy: '(Editing by ...)' alone on briefs"),
    _c("Reuters", "(Writing by A; Editing by B and C)",
       "CAIRO, Sept 9 (Reuters) - Egypt's inflation eased in August.\n\n"
       "(Writing by Omar Fahmy; Editing by Sarah Lee and Raju Gopalakrishnan)",
       [("Omar Fahmy", "writing"), ("Sarah Lee", "editing"), ("Raju Gopalakrishnan", "editing")],
       "Reuters trailer form ('Writing by'; two editors)"),
    _c("AP", "AGENCY writer NAME in CITY contributed to this report.",
       "SEOUL, South Korea (AP) — Ferry services to the islands resumed on Wednesday.\n\n"
       "Associated Press writer Kim Tong-ho in Seoul contributed to this report.",
       [("Kim Tong-ho", "additional_reporting")],
       "AP contributor lines (AP News Values 'a tag line gives each staffer's location')"),
    _c("Yonhap", "By NAME and an e-mail sign-off",
       "By Choi Hye-jin\nSEOUL, July 5 (Yonhap) -- The central bank kept its rate on hold on Thursday.\n\n"
       "The decision was widely expected.\n\nhyejin@yna.co.kr\n(END)",
       [("Choi Hye-jin", "author")],
       "https://en.yna.co.kr/view/AEN20100512008400325 (Yonhap copy ends with the reporter's e-mail and '(END)')"),
    _c("Yonhap", "e-mail sign-off alone (nobody named)",
       "SEOUL, July 5 (Yonhap) -- Exports rose 5 percent in June.\n\nsjpark@yna.co.kr\n(END)",
       [(None, "author")],
       "https://en.yna.co.kr/view/AEN20100512008400325 (e-mail-only sign-off)"),
    _c("TT", "(jane.doe@agency.com) in parentheses after a By-line",
       "By Hanna Lindqvist\nSTOCKHOLM, Feb 2 (TT) - The capital's ferries will run on battery power.\n\n"
       "(hanna.lindqvist@tt.se)",
       [("Hanna Lindqvist", "author")],
       "issue 19 ('e-mail sign-offs'); parenthesised reporter e-mails at the foot of agency copy"),
    _c("Xinhua", "Editor: NAME on the last line (web copy)",
       "BEIJING, Jan. 3 (Xinhua) -- Rail operators added 200 trains for the holiday.\n\nEditor: Huang Yuan",
       [("Huang Yuan", "editing")],
       "Xinhua web copy's 'Editor: NAME' foot line"),
    _c("Xinhua", "Source: X | Editor: Y on the last line",
       "NAIROBI, April 25 (Xinhua) -- A new water pipeline reached three villages.\n\n"
       "Source: Xinhua | Editor: Zhang Wei",
       [("Zhang Wei", "editing")],
       "Xinhua web copy's 'Source: Xinhua | Editor: NAME' foot line"),
    _c("SAnews", "Story: NAME; Photos: NAME",
       "PRETORIA, March 3 (SAnews) - The department opened three new clinics.\n\n"
       "Story: Thandiwe Mokoena; Photos: Sipho Ndlovu",
       [("Thandiwe Mokoena", "writing"), ("Sipho Ndlovu", "photo")],
       "government news-agency web copy ('Story:' and 'Photos:' labels), as tests/test_byline_forms.py"),
    _c("STT", "Text: NAME on the last line",
       "HELSINKI, Feb 2 (STT) - The capital's trams will run all night on Saturday.\n\nText: Aino Virtanen",
       [("Aino Virtanen", "writing")],
       "Nordic agency web copy's 'Text: NAME' (Finnish 'Teksti:') credit"),
    _c("Civiroglu", "Photo: NAME under the story (a photo credit, not an author)",
       "WASHINGTON DC – The agency opened its second American bureau last week.\n\nPhoto: Mehmet Ekinci",
       [("Mehmet Ekinci", "photo")],
       "https://civiroglu.net/2014/04/15/turkeys-anadolu-news-agency-takes-step-toward-its-centennial-vision/"
       " ('Photo: Mutlu Civiroglu')"),
    _c("PNA", "-- NAME, AGENCY signing the last line",
       "MANILA, July 5 (PNA) -- The senate approved the water bill on Friday.\n-- Liza Ramos-Cruz, PNA",
       [("Liza Ramos-Cruz", "author")],
       "tests/test_byline_forms.py ('-- Jane Doe, PNA'); PNA web copy"),
    _c("Reuters", "Reporting by A; Editing by B on its own line (no parentheses)",
       "BANGKOK, Jan 4 (Reuters) - Thailand's exports rose in December.\n\n"
       "Reporting by Panu Wongcha-um; Editing by Martin Petty",
       [("Panu Wongcha-um", "reporting"), ("Martin Petty", "editing")],
       "Reuters web copy ('Reporting by ...; Editing by ...' as a last paragraph)"),
    _c("Reuters", "(Compiled by NAME)",
       "SINGAPORE, Jan 4 (Reuters) - Asian shares edged higher on Thursday.\n\n(Compiled by Ankur Banerjee)",
       [("Ankur Banerjee", "compiled")],
       "Reuters market wraps' '(Compiled by ...)' trailer"),
)

# ------------------------------------------------------------------ native formats

NITF_AP = """<?xml version="1.0" encoding="utf-8" ?>
<nitf version="-//IPTC//DTD NITF 3.4//EN">
  <head><docdata><date.issue norm="20151210T191044Z" /><doc.copyright holder="AP" year="2015" /></docdata></head>
  <body>
    <body.head>
      <hedline><hl1>Farmers cover manure ponds to sell carbon credits</hl1></hedline>
      <byline>By MARTA OSEI<byttl>AP Business Writer</byttl></byline>
      <distributor>The Associated Press</distributor>
    </body.head>
    <body.content>
      <p>NEW YORK (AP) — Hog farmers are covering their manure ponds with tarps to sell the gas.</p>
      <p>Several farms in Missouri have signed up, the group said.</p>
    </body.content>
  </body>
</nitf>"""

NITF_EFE = """<nitf version="-//IPTC//DTD NITF 3.2//EN">
  <head><title>Honduras names new ministers</title>
    <docdata management-status="usable"><date.issue norm="20170102T222800+0000"/></docdata></head>
  <body>
    <body.head>
      <hedline><hl1>Honduras names new ministers</hl1></hedline>
      <byline>gr/bp</byline>
      <distributor>Agencia EFE</distributor>
    </body.head>
    <body.content><p>Tegucigalpa, Jan 2 (EFE).- The president named three new ministers on Monday.</p></body.content>
  </body>
</nitf>"""

NITF_TWO = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Harbour reopens</title></head>
<body><body.head><hedline><hl1>Harbour reopens</hl1></hedline>
<byline>By <person>Joseph Camilleri</person>, <byttl>Maritime Correspondent</byttl></byline>
<byline><person>Rita Borg</person> <byttl>Staff Photographer</byttl></byline>
</body.head><body.content><p>VALLETTA, July 5 (MaltaPress) - The harbour reopened on Friday.</p></body.content>
</body></nitf>"""

G2_CREATOR = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20161018:FIN" version="9"
  standard="NewsML-G2" standardversion="2.23" conformance="power" xml:lang="en-GB">
  <itemMeta><itemClass qcode="ninat:text" /><provider qcode="nprov:EXAMPLE" />
    <versionCreated>2016-10-21T16:25:32-05:00</versionCreated></itemMeta>
  <contentMeta>
    <located type="cptype:city" qcode="geo:345678"><name>Berlin</name></located>
    <creator uri="http://www.example.com/staff/hbraun"><name>Helga Braun</name></creator>
    <infoSource uri="http://www.example.com" />
    <headline>Central bank to end bond buying</headline>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
    <body><body.content><p>BERLIN, Oct 18 - The central bank will stop buying bonds next year, its chief said.</p>
    </body.content></body></nitf></inlineXML></contentSet>
</newsItem>"""

G2_DESK = """<?xml version="1.0" encoding="utf-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
<header><sent>2017-10-11T10:41:00+0100</sent><sender>ansa.it</sender></header>
<itemSet><newsItem standard="NewsML-G2" standardversion="2.4" conformance="power" guid="tag:ansa.it,2017:1" version="1">
<itemMeta><itemClass qcode="icls:text"/><provider literal="ansa.it"/>
<versionCreated>2017-10-11T10:41:00+0100</versionCreated></itemMeta>
<contentMeta><located type="cptype:city" literal="Rome"/>
<creator literal="VRG"><name>VRG</name></creator>
<headline>Minister welcomes rail deal</headline></contentMeta>
<contentSet><inlineData contenttype="text/plain">(ANSA) - Rome, October 11 - The transport minister welcomed
the new rail deal on Wednesday.</inlineData></contentSet>
</newsItem></itemSet></newsMessage>"""

G2_ROLES = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:3" version="1" standard="NewsML-G2">
<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-07-05T12:00:00Z</versionCreated></itemMeta>
<contentMeta><creator role="crol:author"><name>Ingrid Solberg</name></creator>
<contributor role="crol:photographer"><name>Lars Eide</name></contributor>
<contributor literal="NTB"/><headline>Fjord ferry goes electric</headline></contentMeta>
<contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
<body><body.content><p>BERGEN, July 5 (NTB) - The fjord ferry made its first electric crossing.</p>
</body.content></body>
</nitf></inlineXML></contentSet></newsItem>"""

NEWSML1 = """<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsEnvelope><DateAndTime>20250311T142204Z</DateAndTime></NewsEnvelope>
  <NewsItem>
    <Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><DateId>20250311</DateId>
      <NewsItemId>ZOO-LOS-0311</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId>
    </NewsIdentifier></Identification>
    <NewsManagement><FirstCreated>20250311T135000Z</FirstCreated><Status FormalName="Usable"/></NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>Lagos opens its first rail line</HeadLine>
        <ByLine>By Amina YUSUF in Lagos</ByLine><DateLine>Lagos, March 11, 2025 (AFP)</DateLine></NewsLines>
      <AdministrativeMetadata><Provider><Party FormalName="AFP"/></Provider></AdministrativeMetadata>
      <NewsComponent><ContentItem><MediaType FormalName="Text"/><DataContent>
        <p>The first trains ran on the new line on Tuesday, carrying commuters across the lagoon.</p>
      </DataContent></ContentItem></NewsComponent>
    </NewsComponent>
  </NewsItem>
</NewsML>"""

NINJS_BY = """{"uri": "urn:tt:2024:9", "type": "text", "version": "1", "versioncreated": "2024-04-01T10:00:00Z",
 "copyrightholder": "TT", "headlines": [{"role": "main", "value": "Ferries go electric"}],
 "by": "Erik Lind and Anna Berg",
 "bodies": [{"role": "main", "contenttype": "text/plain",
   "value": "STOCKHOLM (TT) - The archipelago ferries will run on batteries.\\n\\nThe first boat sails in May."}]}"""

NINJS_BYLINE = """{"uri": "urn:kyodo:2024:0001", "type": "text", "version": "3",
 "versioncreated": "2024-04-01T09:30:00+09:00", "headline": "Cherry blossoms open",
 "byline": "By HARUKI MORI, Kyodo News", "located": "Tokyo",
 "body_html": "<p>TOKYO, April 1 (Kyodo) - Cherry trees in central Tokyo reached full bloom.</p><p>Crowds.</p>"}"""

ANPA_AP = (
    "\x16\x16\x01z6715\x1fasian\n"
    "r z\x13\x11 BC-BKN--Hawks-Heat      02-20 0500\n"
    "\x02^BC-BKN--Hawks-Heat, 1st Ld-Writethru,416<\n"
    "^Heat beat Hawks in overtime<\n"
    "^Eds: Updates. With AP Photos.<\n"
    "^By DARNELL WASHINGTON-HAYES=\n"
    "^AP Sports Writer=\n"
    "\t   ATLANTA (AP) _ The Miami Heat beat the Atlanta Hawks 115-111 in overtime on Friday night.\n"
    " \n"
    "\t   The Hawks had led by eight.\n"
    " \n"
    "\t   \x03AP-WF-02-20-16 0337GMT<\n\n\x0c\n\x04"
)

ANPA_TWO = (
    "\x16\x16\x01w0816\x1fasian\n"
    "f l\x13\x11 BC-LT--Chile-Quake      03-02 0420\n"
    "\x02^BC-LT--Chile-Quake,420<\n"
    "^Quake shakes northern Chile<\n"
    "^By EVA MARÍA SOTO and JOHN McALLISTER=\n"
    "^Associated Press=\n"
    "\t   SANTIAGO, Chile (AP) _ A strong earthquake shook northern Chile on Wednesday.\n"
    " \n"
    "\t   No damage was reported.\n"
    " \n"
    "\t   \x03AP-WF-03-02-22 0412GMT<\n\n\x0c\n\x04"
)

IPTC_DPA = (
    "\x01ecp0007 4 s 850  dpa-tns 0908\r\n\r\n"
    "American Football/NFL/\r\n"
    "\x02Rams edge Chiefs in a shoot-out =\r\n"
    "By Ronald Pickett, The Lakeside Courier =\r\n\r\n"
    "San Diego (tca/dpa) - The Rams beat the Chiefs 54-51 on Monday night.\r\n\r\n"
    "The teams combined for 14 touchdowns.\r\n\r\n"
    "dpa tca bag\r\n"
    "\x03211259 GMT Nov 18\r\n\x04"
)

IPTC_APA = (
    "\x01apa0412 3 w 210  APA 0412\r\n\r\n"
    "Austria/Wetter/\r\n"
    "\x02Vienna opens cooling centres =\r\n"
    "By Katharina Gruber-Mayr and Stefan Hofer, APA =\r\n\r\n"
    "Vienna (APA) - The city opened five cooling centres on Tuesday as temperatures passed 35 degrees.\r\n\r\n"
    "apa gk/sh\r\n"
    "\x03101530 GMT Jul 24\r\n\x04"
)

NATIVE: tuple[ZooCredit, ...] = (
    _c("AP", "NITF <byline>By NAME<byttl>TITLE</byttl></byline>", NITF_AP, [("Marta Osei", "author")],
       SUPERDESK + "ap-nitf.xml", native=True),
    _c("MaltaPress", "NITF two <byline>s with <person> and <byttl> (photographer)", NITF_TWO,
       [("Joseph Camilleri", "author"), ("Rita Borg", "photo")],
       "NITF 3.x DTD (byline/person/byttl); tests/test_byline_forms.py's NITF", native=True),
    _c("IPTC example", "NewsML-G2 <creator uri><name>NAME</name></creator>", G2_CREATOR,
       [("Helga Braun", "author")], SUPERDESK + "LISTING 1 A NewsML-G2 News Item.xml (IPTC G2 guide listing 1)",
       native=True),
    _c("NTB", "NewsML-G2 creator and contributor with crol: roles, agency as contributor", G2_ROLES,
       [("Ingrid Solberg", "author"), ("Lars Eide", "photo")],
       "IPTC NewsML-G2 creator/contributor roles (crol:); " + SUPERDESK + "nitf-ntb.xml (NTB)", native=True),
    _c("AFP", "NewsML 1 <ByLine>By Given SURNAME in CITY</ByLine>", NEWSML1, [("Amina Yusuf", "author")],
       "seeds/newsml1-afp-nairobi.xml layout (IPTC NewsML 1.2 NewsLines/ByLine)", native=True),
    _c("TT", "ninjs 2 'by': NAME and NAME", NINJS_BY, [("Erik Lind", "author"), ("Anna Berg", "author")],
       "IPTC ninjs 2.0 schema ('by'); tests/test_ninjs.py", native=True),
    _c("Kyodo", "ninjs 1 'byline': By NAME, AGENCY", NINJS_BYLINE, [("Haruki Mori", "author")],
       "IPTC ninjs 1.x schema ('byline'); " + SUPERDESK + "ninjs1.json", native=True),
    _c("AP", "ANPA ^By NAME= / ^AP Sports Writer= header lines", ANPA_AP,
       [("Darnell Washington-Hayes", "author")], SUPERDESK + "ap_anpa-1.tst", native=True),
    _c("AP", "ANPA ^By NAME and NAME= / ^Associated Press=", ANPA_TWO,
       [("Eva María Soto", "author"), ("John McAllister", "author")], SUPERDESK + "ap_anpa-1.tst (two names)",
       native=True),
    _c("dpa", "IPTC 7901 'By NAME, OUTLET =' head line", IPTC_DPA, [("Ronald Pickett", "author")],
       SUPERDESK + "dpa_two_by_line.txt", native=True),
    _c("APA", "IPTC 7901 'By NAME and NAME, AGENCY =' head line", IPTC_APA,
       [("Katharina Gruber-Mayr", "author"), ("Stefan Hofer", "author")],
       "IPTC 7901 head lines ending ' =' as dpa and APA send them (" + SUPERDESK + "dpa_two_line.txt)",
       native=True),
)

# ------------------------------------------------------------------ precision: nobody, or nobody but these

PRECISION: tuple[ZooCredit, ...] = (
    _c("Reuters", "By AGENCY", "By Reuters\nLONDON, May 5 (Reuters) - Sterling held steady on Friday.", [],
       "http://www.chinaminutes.com/News/PgrID/515/PageID/593 ('By Xinhua -' as an author line)",
       kind="precision"),
    _c("AFP", "By AGENCY staff", "By AFP staff\nPARIS, June 6 (AFP) - Rail unions called off the strike.", [],
       "agency-staff credits on web copy ('By AFP staff', 'Reuters Staff')", kind="precision"),
    _c("Xinhua", "AGENCY alone at the foot", "BEIJING, Jan. 3 (Xinhua) -- Rail operators added trains.\n\nXinhua",
       [], "https://www.atnews.co.za/author/xinhuaatnews-co-za/page/9/ ('Author: XINHUA')", kind="precision"),
    _c("IANS", "By AGENCY, PLACE : on the lead",
       "By IANS, Lalgarh (West Bengal) : Villagers rebuilt a washed-out bridge on Thursday.", [],
       "https://twocircles.net/category/indianews/page/733", kind="precision"),
    _c("Indian daily", "By a Staff Reporter",
       "By a Staff Reporter\nMEERUT, January 11: Firefighters put out a blaze at a market on Wednesday.", [],
       "https://easymedia.in/use-credit-line", kind="precision"),
    _c("Indian daily", "By Staff Reporters", "By Staff Reporters\nCHENNAI, Aug 14: The corporation opened a depot.",
       [], "https://easymedia.in/use-credit-line", kind="precision"),
    _c("Indian daily", "By our correspondent", "By our correspondent\nKOCHI, Oct 12: A ferry terminal reopened.",
       [], "Indian and Pakistani dailies' 'By our correspondent'", kind="precision"),
    _c("Indian daily", "Agencies / AGENCY, AGENCY credit line at the foot",
       "NEW DELHI, Oct 16 (PTI) The ministry cleared 200 new rural clinics.\n\nPTI, ANI", [],
       "https://easymedia.in/use-credit-line ('Agencies' / 'PTI, ANI')", kind="precision"),
    _c("Xinhua", "Compiled by AGENCY", "Compiled by Xinhua\nBEIJING, Jan. 3 (Xinhua) -- Rail operators added trains.",
       [], "issue 19 ('Compiled by Xinhua')", kind="precision"),
    _c("AP", "By the Associated Press",
       "By the Associated Press\nCHICAGO (AP) — A cold snap closed schools across the region.", [],
       "AP's byline for staff-compiled stories ('By The Associated Press')", kind="precision"),
    _c("AP", "By NAME in CITY: the city is no person",
       "By Jane Whitfield in London\nLONDON (AP) — The mayor opened a new bridge.",
       [("Jane Whitfield", "author")], "AP News Values 'Byline and Datelines'", kind="precision"),
    _c("Any", "a lead sentence starting 'By Monday, the ...'",
       "MANILA, July 5 (PNA) -- By Monday, the senate will have passed the water bill.", [],
       "issue 19 (a sentence starting 'By Monday, the ...')", kind="precision"),
    _c("Any", "a paragraph starting 'By contrast, ...'",
       "By contrast, the port of Durban handled fewer ships in June, officials said.\n\nThe port is busy.", [],
       "issue 19 ('By contrast, ...')", kind="precision"),
    _c("Any", "'Editing by' inside a quoted sentence at the foot",
       "LONDON, May 5 (Reuters) - The novelist spoke at the festival.\n\n"
       "\"Editing by committee never works,\" she said.", [],
       "issue 19 ('Editing by' inside a quoted sentence)", kind="precision"),
    _c("AFP", "desk codes at the foot (lb/jm)",
       "PARIS, June 6 (AFP) - Rail unions called off the strike.\n\nburs-lb/jm", [],
       "AFP/AP desk initials sign-off (transforms/bylines/byline.py 'lb/jm', 'burs-pid/rox')", kind="precision"),
    _c("AP", "ATTN EDITORS advisory over the lead",
       "ATTN EDITORS: Moves on the sports wire.\nATLANTA (AP) _ The Heat beat the Hawks on Friday.", [],
       "AP advisories over the lead ('Eds:', 'ATTN EDITORS')", kind="precision"),
    _c("Any", "a title-only credit line", "By Special Correspondent\nCHENNAI, Aug 14: The corporation opened a depot.",
       [], "https://easymedia.in/use-credit-line (title-only credits)", kind="precision"),
    _c("Xinhua", "a photo caption credit in the body (AGENCY/NAME)",
       "TURPAN, March 23 (Xinhua) -- Dancers performed on a carpet at a village square. (Xinhua/Zhao Chen)\n\n"
       "The festival runs for a week.", [],
       "http://www.howaty.com/tag/history/page/18 ('(Xinhua/Zhao Ch...' caption credit)", kind="precision"),
    _c("Xinhua", "Source: AGENCY alone", "BEIJING, Jan. 3 (Xinhua) -- Rail operators added trains.\n\nSource: Xinhua",
       [], "Xinhua web copy's 'Source:' foot line", kind="precision"),
    _c("Bernama", "Photo courtesy of AGENCY", "KUALA LUMPUR, June 25 (NNN-BERNAMA) — A new channel began.\n\n"
       "Photo courtesy of BERNAMA.", [], "http://www.namnewsnetwork.org/?author=19&paged=90", kind="precision"),
    _c("EFE", "NITF <byline> holding desk codes", NITF_EFE, [], SUPERDESK + "efe_nitf.xml", native=True,
       kind="precision"),
    _c("ANSA", "NewsML-G2 <creator> holding a desk code", G2_DESK, [], SUPERDESK + "ansa-newsmlg2-text.xml",
       native=True, kind="precision"),
)

# ------------------------------------------------------------------ a second batch, written after the first was read

SECOND: tuple[ZooCredit, ...] = (
    _c("UPI", "BY NAME AND NAME, the whole line in capitals",
       "BY ELENA MARKOVA AND DAVID OKAFOR\nWASHINGTON, Jan. 3 (UPI) -- The Senate passed the farm bill on Friday.",
       [("Elena Markova", "author"), ("David Okafor", "author")],
       "all-capitals wire bylines (" + SUPERDESK + "ap_anpa-1.tst '^By CHARLES ODUM='), the connective capitalised"
       " with the line"),
    _c("TT", "ninjs 'by': NAME/AGENCY",
       '{"uri": "urn:tt:2024:10", "type": "text", "version": "1", "versioncreated": "2024-04-01T10:00:00Z",'
       ' "headlines": [{"role": "main", "value": "Ice breaks early"}], "by": "Karin Ek/TT",'
       ' "bodies": [{"role": "main", "contenttype": "text/plain",'
       ' "value": "LULEÅ (TT) - The river ice broke two weeks early.\\n\\nFerries will start in May."}]}',
       [("Karin Ek", "author")],
       "Swedish TT credits 'NAME/TT' (IPTC ninjs 2.0 'by'); tests/test_byline_forms.py's 'Jane Doe/PNA'", native=True),
    _c("Xinhua", "Story by NAME; photos by NAME at the foot",
       "URUMQI, Aug. 2 (Xinhua) -- Herders moved their flocks to summer pastures.\n\n"
       "Story by Gulnar Ahmet; photos by Wang Jian",
       [("Gulnar Ahmet", "writing"), ("Wang Jian", "photo")],
       "Xinhua photo-story credits ('Story by ...; photos by ...')"),
    _c("China Daily", "Story by NAME at the head",
       "Story by Liu Yang\nBEIJING, Aug. 2 -- The capital opened its 500th public park.",
       [("Liu Yang", "author")], "Chinese English-language web copy ('Story by NAME' over the lead)"),
    _c("Reuters", "Reporting By NAME; Editing By NAME (capital B)",
       "JAKARTA, Jan 4 (Reuters) - Indonesia's inflation eased in December.\n\n"
       "Reporting By Stefanno Sulaiman; Editing By Ed Davies",
       [("Stefanno Sulaiman", "reporting"), ("Ed Davies", "editing")],
       "Reuters web copy prints 'Reporting By' with a capital B"),
    _c("Reuters", "(Reporting by CITY Newsroom; Editing by NAME)",
       "BEIJING, Jan 4 (Reuters) - China's factory activity grew in December.\n\n"
       "(Reporting by Beijing Newsroom; Editing by Kim Coghill)",
       [("Kim Coghill", "editing")], "Reuters trailers crediting a newsroom beside people"),
    _c("Hindustan Times", "By NAME | Updated: DATE TIME",
       "By Ritika Chopra | Updated: Jan 4, 2024 10:30 IST\nNEW DELHI: The ministry cleared 200 new clinics.",
       [("Ritika Chopra", "author")], "Indian web copy ('By NAME | Updated: ...' over the lead)"),
    _c("Anadolu", "Translated by NAME at the foot",
       "ISTANBUL (AA) - The Bosphorus ferries will run all night on Saturday.\n\nTranslated by Zeynep Kaya",
       [("Zeynep Kaya", "translation")], "agency web copy's translation credit ('Translated by ...')"),
    _c("AP", "By NAME / TITLE on its own line over the lead (text)",
       "By LINDA JOHNSON\nAP Medical Writer\nNEW YORK (AP) — A new flu vaccine passed its last trial.",
       [("Linda Johnson", "author")], SUPERDESK + "ap_anpa-1.tst ('^By CHARLES ODUM=' / '^AP Sports Writer=')"
       " as text without the ANPA marks"),
    _c("Xinhua", "By AGENCY writers NAME, NAME",
       "By Xinhua writers Wang Ming, Li Hua\nBEIJING, Jan. 3 (Xinhua) -- Rail operators added 200 trains.",
       [("Wang Ming", "author"), ("Li Hua", "author")], "Xinhua feature bylines ('By Xinhua writers ...')"),
    _c("TT", "two e-mails signing off two By-line names",
       "By Karin Ek and Olle Berg\nSTOCKHOLM (TT) - The ferries will run on batteries.\n\n"
       "karin.ek@tt.se, olle.berg@tt.se",
       [("Karin Ek", "author"), ("Olle Berg", "author")], "Nordic agency sign-offs with reporters' e-mails"),
    _c("Xinhua", "By AGENCY run into the dateline", "By Xinhua BEIJING, Jan. 3 -- Rail operators added 200 trains.",
       [], "http://www.chinaminutes.com/News/PgrID/515/PageID/593 ('By Xinhua -')", kind="precision"),
    _c("Reuters", "By AGENCY Staff", "By Reuters Staff\nLONDON, May 5 (Reuters) - Sterling held steady.", [],
       "'Reuters Staff' credits on Reuters web copy", kind="precision"),
    _c("Reuters", "AGENCY Staff bare over the dateline",
       "Reuters Staff\nLONDON, May 5 (Reuters) - Sterling held steady on Friday.", [],
       "'Reuters Staff' credits on Reuters web copy", kind="precision"),
)

# ------------------------------------------------------------------ a third batch: places and outlets after the names

THIRD: tuple[ZooCredit, ...] = (
    _c("EFE", "By NAME, ONE-WORD CITY",
       "By Carlos Mejía Zelaya, Tegucigalpa\nTegucigalpa, Jan 2 (EFE).- The president named three new ministers.",
       [("Carlos Mejía Zelaya", "author")],
       SUPERDESK + "efe_nitf.xml (Tegucigalpa lead); bylines with the filing city after a comma"),
    _c("The Star", "By NAME, TWO-WORD CITY (the city is no person)",
       "By Nurul Izzah Hamid, Kuala Lumpur\nKUALA LUMPUR, June 25 (Bernama) -- A new channel began broadcasting.",
       [("Nurul Izzah Hamid", "author")],
       "http://www.namnewsnetwork.org/?author=19&paged=90 (Malaysian copy); the filing city after a comma",
       kind="precision"),
    _c("Bangkok Post", "By NAME, NEWSPAPER (the newspaper is no person)",
       "By Somchai Wongsuwan, Bangkok Post\nBANGKOK (NNT/VNA) – Rice exporters expect higher shipments this year.",
       [("Somchai Wongsuwan", "author")],
       "syndicated copy naming the paper after the reporter (" + SUPERDESK + "dpa_two_by_line.txt"
       " 'By Tom Krasovic, The San Diego Union-Tribune')", kind="precision"),
    _c("Opta", "NewsML-G2 <contributor> naming a data company",
       '<?xml version="1.0" encoding="UTF-8"?>\n'
       '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:4" version="1" standard="NewsML-G2">'
       '<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2018-01-03T20:13:08Z</versionCreated></itemMeta>'
       '<contentMeta><contributor literal="Opta Sports Data"/><headline>League results</headline></contentMeta>'
       '<contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">'
       '<body><body.content><p>LISBON, Jan 3 (OPTA) - Results of the league matches played on Wednesday.</p>'
       '</body.content></body></nitf></inlineXML></contentSet></newsItem>',
       [], SUPERDESK + "tag_reuters.com,2018_newsml_MTZXEE13ZXCZES_2 (creator literal 'Opta Sports Data';"
       " here without its source role)", native=True, kind="precision"),
)

# ------------------------------------------------------------------ a fourth batch: contributors and contacts

FOURTH: tuple[ZooCredit, ...] = (
    _c("USA Today", "Contributing: NAME, NAME at the foot",
       "WASHINGTON – The Senate passed the farm bill on Friday.\n\nContributing: Maria Lopez, Dan Whitaker",
       [("Maria Lopez", "additional_reporting"), ("Dan Whitaker", "additional_reporting")],
       "https://cla.umn.edu/style-guide/media ('Contributors, editor, and interviewer go at the end');"
       " Gannett copy's 'Contributing:' line"),
    _c("NYT News Service", "NAME contributed reporting from CITY.",
       "PARIS — The museum reopened its east wing on Tuesday.\n\nAurelien Breeden contributed reporting from Lyon.",
       [("Aurelien Breeden", "additional_reporting")],
       "https://cla.umn.edu/style-guide/media ('May Phly and June Bugg contributed to this article')"),
    _c("Bloomberg", "--With assistance from NAME and NAME.",
       "LONDON (Bloomberg) -- The pound rose against the dollar on Friday.\n\n"
       "--With assistance from Lucy Meakin and Tom Rees.",
       [("Lucy Meakin", "additional_reporting"), ("Tom Rees", "additional_reporting")],
       "Bloomberg News copy ('--With assistance from ...')"),
    _c("Bloomberg", "To contact the reporter / editors on this story: NAME in CITY at E-MAIL",
       "LONDON (Bloomberg) -- The pound rose against the dollar on Friday.\n\n"
       "To contact the reporter on this story:\nAnna Kowalski in London at akowalski@bloomberg.net\n"
       "To contact the editors responsible for this story:\nJames Hirai at jhirai@bloomberg.net",
       [("Anna Kowalski", "reporting"), ("James Hirai", "editing")],
       "Bloomberg News copy's contact block"),
    _c("Antara", "Reporter: NAME / Editor: NAME on two lines at the foot",
       "Jakarta (ANTARA) - The capital will add 100 electric buses this year.\n\n"
       "Reporter: Hanni Sofia\nEditor: Rahmad Nasution",
       [("Hanni Sofia", "reporting"), ("Rahmad Nasution", "editing")],
       "Antara English web copy ('Reporter: ...' and 'Editor: ...' lines)"),
    _c("Web copy", "By NAME (@handle)",
       "By Jane Whitfield (@jwhitfield)\nLONDON (AP) — The mayor opened a new bridge.",
       [("Jane Whitfield", "author")], "web bylines printing the reporter's social handle"),
    _c("Canadian Press", "By NAME / THE CANADIAN PRESS in capitals",
       "By Julie Tremblay\nTHE CANADIAN PRESS\nMONTREAL — The city will add 50 electric buses.",
       [("Julie Tremblay", "author")], "The Canadian Press copy ('THE CANADIAN PRESS' under the byline)"),
    _c("KUNA", "(end) and dotted desk codes at the foot",
       "KUWAIT, Jan 4 (KUNA) -- The cabinet approved the budget on Monday.\n\n(end)\nmk.gta", [],
       "Kuwait News Agency copy ('(end)' and desk initials joined by a dot)", kind="precision"),
)

# ------------------------------------------------------------------ a fifth batch: agencies far from eval-dev

FIFTH: tuple[ZooCredit, ...] = (
    _c("Agerpres", "(RO - author: NAME, editor: NAME; EN - author: NAME, editor: NAME)",
       "Bucharest, Jan 4 /Agerpres/ - The capital's metro opened a new line on Thursday.\n\n"
       "(RO - author: Ioana Marin, editor: Radu Stan; EN - author: Elena Vasile, editor: Mihai Popa)",
       [("Ioana Marin", "author"), ("Radu Stan", "editing"), ("Elena Vasile", "author"), ("Mihai Popa", "editing")],
       "Agerpres English copy's bilingual credit line (Romanian and English author and editor)"),
    _c("China Daily", "By NAME | outlet domain | Updated: DATE TIME",
       "By Zhou Wenting in Shanghai | chinadaily.com.cn | Updated: 2024-01-04 10:30\n"
       "The city opened two new metro lines on Thursday.",
       [("Zhou Wenting", "author")], "China Daily web copy's byline bar"),
    _c("JoongAng", "BY NAME [e-mail] in capitals",
       "BY PARK EUN-JI [park.eunji@joongang.co.kr]\nSEOUL (Yonhap) -- The city will run late buses over the holiday.",
       [("Park Eun-ji", "author")], "Korea JoongAng Daily bylines ('BY NAME [e-mail]')"),
    _c("NAN", "(NAN) / DESK/CODES / ===== / Edited by NAME at the foot",
       "LAGOS, July 5 (NAN) - Port officials said cargo traffic rose in June.\n\n(NAN)\nSSA/JPE\n==========\n"
       "Edited by Sadiya Hamza",
       [("Sadiya Hamza", "editing")], "News Agency of Nigeria copy's foot ('Edited by NAME' under desk codes)"),
    _c("Japan Times", "by NAME / Staff writer on two lines",
       "by Kaori Tanaka\nStaff writer\nTOKYO — The metropolitan government will add night buses in April.",
       [("Kaori Tanaka", "author")], "Japan Times bylines ('by NAME' over 'Staff writer')"),
    _c("Kazinform", "Author: NAME at the foot",
       "ASTANA. KAZINFORM - The capital opened a new tram line on Thursday.\n\nAuthor: Aigerim Seitkali",
       [("Aigerim Seitkali", "author")], "Kazinform web copy ('Author:' under the story)"),
    _c("Global Times", "By OUTLET Published: DATE", "By Global Times Published: Jan 04, 2024 10:30 PM\n"
       "BEIJING, Jan 4 -- The capital opened two new metro lines on Thursday.", [],
       "Global Times web copy ('By Global Times Published: ...')", kind="precision"),
    _c("UNI", "AGENCY INITIALS TIME sign-off", "New Delhi, Aug 6 (UNI) The two capitals agreed to add flights.\n\n"
       "UNI AS SB 1230", [], "United News of India sign-offs ('UNI XX YY 1230')", kind="precision"),
    _c("BSS", "BSS/DESK/CODES/TIME hrs sign-off", "DHAKA, Jan 4, 2024 (BSS) - The port handled more ships.\n\n"
       "BSS/MAS/DMR/1430 hrs", [], "Bangladesh Sangbad Sangstha sign-offs ('BSS/ABC/DEF/1430 hrs')",
       kind="precision"),
)

# ------------------------------------------------------------------ a sixth batch: lines over the dateline

ATNEWS = "https://www.atnews.co.za/author/xinhuaatnews-co-za/page/"
SIXTH: tuple[ZooCredit, ...] = (
    _c("Xinhua", "kicker 'Economic Watch' alone over the dateline",
       "Economic Watch\nBEIJING, July 14 (Xinhua) -- Development zones will get new support, officials said.", [],
       ATNEWS + "9/?noamp=mobile ('Economic Watch: ...' over 'BEIJING, July 14 (Xinhua) —')", kind="precision"),
    _c("Xinhua", "kicker 'China Focus' alone over the dateline",
       "China Focus\nBEIJING, Oct. 14 (Xinhua) -- Students from Central Asia filled the new campus.", [],
       ATNEWS + "35/?noamp=mobile ('China Focus: ...')", kind="precision"),
    _c("Any", "story-type line 'Sports Roundup' over the dateline",
       "Sports Roundup\nLONDON, May 5 (Reuters) - Arsenal won their fifth match in a row.", [],
       "story-type slugs over leads (roundups, reports, profiles) on agency web copy", kind="precision"),
    _c("Any", "story-type line 'Newsmaker Profile' over the dateline",
       "Newsmaker Profile\nMANILA, July 5 (PNA) -- The new senate president took office on Friday.", [],
       "story-type slugs over leads (roundups, reports, profiles) on agency web copy", kind="precision"),
    _c("Any", "story-type line 'Special Report' over the dateline",
       "Special Report\nNAIROBI, April 25 (Xinhua) -- A new pipeline reached three villages.", [],
       "story-type slugs over leads ('Special Report', 'Factbox', 'Analysis')", kind="precision"),
    _c("Any", "a title-case subheadline over the dateline",
       "Harbour Reopens\nVALLETTA, July 5 (MaltaPress) - The harbour reopened on Friday.", [],
       "subheadlines printed in title case over the lead (web copy)", kind="precision"),
)

# ------------------------------------------------------- a seventh batch: other languages, metadata names, parties

FOUND = "found with the search tool: "
NITF_SURNAME_FIRST = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Ferry link reopens</title></head>
<body><body.head><hedline><hl1>Ferry link reopens</hl1></hedline>
<byline><person>Okafor, Chinedu</person> <byttl>Staff Correspondent</byttl></byline>
</body.head><body.content><p>LAGOS, July 5 (NAN) - The lagoon ferry link reopened on Friday.</p></body.content>
</body></nitf>"""

NITF_NAME_PLACE = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Metro adds trains</title></head>
<body><body.head><hedline><hl1>Metro adds trains</hl1></hedline>
<byline>Anya Petrova, Moscow</byline>
</body.head><body.content><p>MOSCOW, July 5 - The metro added night trains on two lines.</p></body.content>
</body></nitf>"""

NINJS_SURNAME_FIRST = """{"uri": "urn:tt:2024:77", "type": "text", "version": "1",
 "versioncreated": "2024-04-01T10:00:00Z",
 "headlines": [{"role": "main", "value": "Bridge tolls scrapped"}], "by": "Lindqvist, Maja; Berg, Olle",
 "bodies": [{"role": "main", "contenttype": "text/plain",
   "value": "MALMO (TT) - The bridge tolls will be scrapped in May.\\n\\nDrivers welcomed the news."}]}"""

NINJS_THREE = """{"uri": "urn:x:2024:78", "type": "text", "version": "2",
 "versioncreated": "2024-04-01T09:30:00Z", "headline": "Harvest starts early",
 "byline": "By Nina Patel, Owen Brooks and Hiro Tanaka",
 "body_html": "<p>DES MOINES, Iowa (AP) - Farmers began the corn harvest early.</p><p>Yields look good.</p>"}"""

NINJS_AGENCY_AFTER_COMMA = """{"uri": "urn:x:2024:79", "type": "text", "version": "1",
 "versioncreated": "2024-04-01T09:30:00Z", "headline": "Markets calm",
 "by": "Kowalski, Reuters",
 "body_text": "WARSAW, April 1 (Reuters) - Polish markets were calm on Monday."}"""

G2_SURNAME_FIRST = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:7" version="1" standard="NewsML-G2">
<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-07-05T12:00:00Z</versionCreated></itemMeta>
<contentMeta><creator qcode="staff:mnowak" role="crol:author"><name>Nowak, Marek</name></creator>
<contributor role="crol:editor"><name>Zofia Wisniewska</name></contributor>
<headline>Tram line extended</headline></contentMeta>
<contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
<body><body.content><p>KRAKOW, July 5 (PAP) - The city extended its tram line to the new stadium.</p>
</body.content></body></nitf></inlineXML></contentSet></newsItem>"""

G2_DESK_NAME = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:8" version="1" standard="NewsML-G2">
<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-07-05T12:00:00Z</versionCreated></itemMeta>
<contentMeta><creator><name>Redazione Esteri</name></creator><headline>Summit ends</headline></contentMeta>
<contentSet><inlineData contenttype="text/plain">(ANSA) - ROMA, 5 LUG - The summit ended with a joint statement.
</inlineData></contentSet></newsItem>"""


def _newsml1(admin: str, byline: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<NewsML Version="1.2">\n'
        "<NewsEnvelope><DateAndTime>20250311T142204Z</DateAndTime></NewsEnvelope>\n<NewsItem>\n"
        "<Identification><NewsIdentifier><ProviderId>belga.be</ProviderId><DateId>20250311</DateId>"
        '<NewsItemId>ZOO-7</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId>'
        "</NewsIdentifier></Identification>\n"
        '<NewsManagement><FirstCreated>20250311T135000Z</FirstCreated><Status FormalName="Usable"/></NewsManagement>\n'
        f"<NewsComponent><NewsLines><HeadLine>Canal barges go electric</HeadLine>{byline}</NewsLines>\n"
        f'<AdministrativeMetadata><Provider><Party FormalName="Belga"/></Provider>{admin}</AdministrativeMetadata>\n'
        '<NewsComponent><ContentItem><MediaType FormalName="Text"/><DataContent>'
        "<p>GHENT, March 11 (Belga) - The first electric barges entered the canal on Tuesday.</p>"
        "</DataContent></ContentItem></NewsComponent></NewsComponent>\n</NewsItem>\n</NewsML>"
    )


NEWSML1_CREATOR = _newsml1(
    '<Creator><Party FormalName="Sophie Lambert"/></Creator>'
    '<Contributor><Role FormalName="Photographer"/><Party FormalName="Marc Dubois"/></Contributor>')
NEWSML1_CREATOR_SURNAME_FIRST = _newsml1('<Creator><Party FormalName="Janssens, Pieter"/></Creator>')
NEWSML1_CREATOR_AGENCY = _newsml1('<Creator><Party FormalName="Belga"/></Creator>'
                                  '<Contributor><Party FormalName="Redactie Binnenland"/></Contributor>')
NEWSPARTY = ("IPTC NewsML 1.2 AdministrativeMetadata (Provider, Creator, Source, Contributor, each of Party"
             " FormalName); " + FOUND + "mdampuero/opennemas-onm news_agency/newsml_templates (Creator/Party)")

SEVENTH: tuple[ZooCredit, ...] = (
    # credit words in other languages, at the head
    _c("AFP (French)", "Par Given-Given SURNAME over the dateline",
       "Par Jean-Luc MARCHAND\nLYON, 3 mars (AFP) - La ville a ouvert une nouvelle ligne de tramway mardi.",
       [("Jean-Luc Marchand", "author")],
       SUPERDESK + "afp20.xml (French AFP copy, 'Strasbourg, 10 juil 2024 (AFP)'); AFP prints surnames in capitals"),
    _c("AFP (French)", "Par NAME, avec NAME à CITY",
       "Par Marie-Claire ROUX, avec Paul LEROY à Genève\nPARIS, 3 mars (AFP) - Les syndicats ont levé la grève.",
       [("Marie-Claire Roux", "author"), ("Paul Leroy", "author")],
       "AFP French bylines joining a second reporter with 'avec' (English copy's 'with')"),
    _c("dpa (German)", "Von NAME, AGENCY",
       "Von Hans-Peter Krüger, dpa\nBERLIN (dpa) - Die Stadt hat am Dienstag eine neue Brücke eröffnet.",
       [("Hans-Peter Krüger", "author")],
       SUPERDESK + "dpa.xml (dpa German copy); German bylines 'Von NAME, dpa'"),
    _c("German daily", "Von unserer Korrespondentin NAME",
       "Von unserer Korrespondentin Anna Schulz\nBRÜSSEL - Die Kommission legte am Mittwoch ihren Plan vor.",
       [("Anna Schulz", "author")], "German dailies' 'Von unserem Korrespondenten NAME' head credits"),
    _c("EFE (Spanish)", "Por NAME over the dateline",
       "Por Lucía Fernández\nCiudad de México (EFE).- El metro abrió una nueva estación el lunes.",
       [("Lucía Fernández", "author")],
       FOUND + "efe.noticiasdopara.net ('Ciudad de México (EFE).-' lead); Spanish 'Por NAME' credits"),
    _c("Spanish web", "Por A, B y C (three names, 'y')",
       "Por Ana Ruiz Gil, Pablo Ortega y Marta de la Torre\nMADRID, 4 mar (EFE).- El museo abrió su ala norte.",
       [("Ana Ruiz Gil", "author"), ("Pablo Ortega", "author"), ("Marta de la Torre", "author")],
       FOUND + "a public repository's story config ('byline': 'Por NAME, NAME y NAME')"),
    _c("Lusa/Agência Brasil", "Por NAME, da AGENCY (Portuguese)",
       "Por Rafael Costa, da Agência Brasil\nBRASÍLIA, 4 mar - O Senado aprovou a lei da água.",
       [("Rafael Costa", "author")], "Brazilian agency copy ('Por NAME, da Agência Brasil')"),
    _c("ANSA (Italian)", "di NAME with an apostrophe (Italian)",
       "di Giulia D'Angelo\nROMA, 5 MAR (ANSA) - Il comune ha aperto una nuova linea del tram.",
       [("Giulia D'Angelo", "author")],
       FOUND + "https://www.notizieinunclick.com/ansa-di-andrea-dortenzio/ ('ANSA, di NAME')"),
    _c("ANP (Dutch)", "Door NAME with van der",
       "Door Jan-Willem van der Meer\nDEN HAAG (ANP) - Het kabinet presenteerde dinsdag het plan.",
       [("Jan-Willem van der Meer", "author")], "Dutch bylines 'Door NAME' (ANP, Dutch dailies)"),
    _c("NTB (Norwegian)", "Av NAME over the dateline",
       "Av Ingrid Bakken Dahl\nOSLO (NTB): Regjeringen la fram budsjettet tirsdag.",
       [("Ingrid Bakken Dahl", "author")], SUPERDESK + "nitf-ntb.xml (NTB copy); Norwegian bylines 'Av NAME'"),
    _c("Ritzau (Danish)", "Af NAME/AGENCY",
       "Af Mette Kjær Sørensen/Ritzau\nKØBENHAVN - Metroen åbner en ny station i marts.",
       [("Mette Kjær Sørensen", "author")],
       SUPERDESK + "ritzau_news.xml (<byLine>NAME</byLine>); Danish 'Af NAME/Ritzau'"),
    _c("Antara (Indonesian)", "Oleh: NAME over the dateline",
       "Oleh: Siti Rahayu\nJakarta (ANTARA) - Pemerintah membuka jalur kereta baru pada Senin.",
       [("Siti Rahayu", "author")], "Indonesian bylines 'Oleh NAME' (Antara's Indonesian service)"),
    # labelled credits in other languages, at the foot
    _c("EFE (Spanish)", "Texto: NAME / Fotos: NAME at the foot",
       "MADRID, 4 mar (EFE).- El museo abrió su ala norte.\n\nTexto: Carmen Vidal\nFotos: Diego Salas",
       [("Carmen Vidal", "writing"), ("Diego Salas", "photo")],
       "Spanish web copy's 'Texto:' / 'Fotos:' labels (issue 19 'Texto:/Fotos:')"),
    _c("EFE (Spanish)", "Foto: NAME/AGENCY at the foot",
       "SAN JOSÉ, 4 mar (EFE).- La exposición reúne cincuenta fotografías.\n\nFoto: Pablo Ruiz/EFE",
       [("Pablo Ruiz", "photo")], FOUND + "efe.noticiasdopara.net ('EFE/NAME' photo credits)"),
    # English forms: particles, capitals, initials, suffixes, lists, titles
    _c("AP", "By NAME, Associated Press Writer on one line",
       "By Aisha Bello, Associated Press Writer\nABUJA, Nigeria (AP) — The new rail line opened on Monday.",
       [("Aisha Bello", "author")], "issue 19 ('By Jane Doe, Associated Press Writer')"),
    _c("Any", "By INITIALS SURNAME III",
       "By J.R. McKinnon III\nATLANTA (AP) — The airport opened its new terminal.",
       [("J.R. McKinnon III", "author")], FOUND + "gwu-libraries/legacy-to-elements author_grammar.py (Jr./III)"),
    _c("Any", "By NAME Jr. and NAME O'NAME",
       "By Luis Ortega Jr. and Mary O'Neill\nBOSTON (AP) — The harbour ferries resumed service.",
       [("Luis Ortega Jr.", "author"), ("Mary O'Neill", "author")],
       FOUND + "gwu-libraries/legacy-to-elements author_grammar.py ('and' lists, suffixes)"),
    _c("Any", "BY NAME AL-NAME AND NAME VAN DEN NAME (capitals, particles)",
       "BY KHALID AL-HASHIMI AND SARA VAN DEN BOSCH\nDUBAI (Reuters) - The port handled record cargo.",
       [("Khalid al-Hashimi", "author"), ("Sara van den Bosch", "author")],
       FOUND + "cloutstrife13/tum-newsscraper-cli src/utils/regex.ts (al-/bin/van/von/de la particles)"),
    _c("Any", "By A, B, and C (serial comma)",
       "By Nina Patel, Owen Brooks, and Hiro Tanaka\nDES MOINES, Iowa (AP) — Farmers began the harvest early.",
       [("Nina Patel", "author"), ("Owen Brooks", "author"), ("Hiro Tanaka", "author")],
       "https://npmjs.com/package/@mentor-medier/byline-block ('By <a>, <b>, ... and <n>')"),
    _c("Apple News", "by NAME IN CAPITALS | DATE | TIME",
       "by CARMEN ALVAREZ | October 25, 2024 | 11:15 AM\nMIAMI — The city opened two cooling centres.",
       [("Carmen Alvarez", "author")],
       FOUND + "https://developer.apple.com/documentation/applenewsformat/byline.md ('by NAME | DATE | TIME')"),
    _c("Any", "Compiled by NAME for OUTLET at the head",
       "Compiled by Priya Das for The Daily Courier\nMUMBAI, Jan 4 - The markets closed higher.",
       [("Priya Das", "compiled")], "issue 19 / brief ('Compiled by ... for ...')"),
    _c("Reuters", "(Writing by NAME) alone",
       "GENEVA, May 5 (Reuters) - The talks ended without a deal.\n\n(Writing by Maya Goldberg)",
       [("Maya Goldberg", "writing")], "issue 19 ('(Writing by ...)'); Reuters trailers"),
    _c("AFP (French)", "Par NAME and desk initials at the foot",
       "Par Claire DUBOIS\nPARIS, 3 mars (AFP) - Le musée a rouvert sa galerie.\n\ncd/ph",
       [("Claire Dubois", "author")], "AFP copy: a By-line and desk initials at the foot (lb/jm)"),
    # native formats' people
    _c("NAN", "NITF <byline><person>Surname, Given</person><byttl>", NITF_SURNAME_FIRST,
       [("Chinedu Okafor", "author")], "NITF 3.x byline/person; surname-first names as metadata stores them"
       " (" + FOUND + "MPDL/INGe LooseFormatSurnameFirst.java)", native=True),
    _c("TT", "ninjs 'by': Surname, Given; Surname, Given", NINJS_SURNAME_FIRST,
       [("Maja Lindqvist", "author"), ("Olle Berg", "author")],
       FOUND + "MPDL/INGe LooseFormatSurnameFirst.java ('Surname, Given; Surname, Given'); IPTC ninjs 2 'by'",
       native=True),
    _c("AP", "ninjs 'byline': By A, B and C", NINJS_THREE,
       [("Nina Patel", "author"), ("Owen Brooks", "author"), ("Hiro Tanaka", "author")],
       "IPTC ninjs 1.x 'byline'; " + FOUND + "superdesk/superdesk-ntb PR 456 (byline into ninjs 'by')", native=True),
    _c("PAP", "NewsML-G2 <creator><name>Surname, Given</name> and an editor <contributor>", G2_SURNAME_FIRST,
       [("Marek Nowak", "author"), ("Zofia Wisniewska", "editing")],
       "IPTC NewsML-G2 creator/contributor with crol: roles; " + FOUND + "XML::NewsML_G2::Creator (name, kind)",
       native=True),
    _c("Belga", "NewsML 1 Creator/Party and Contributor Role+Party", NEWSML1_CREATOR,
       [("Sophie Lambert", "author"), ("Marc Dubois", "photo")], NEWSPARTY, native=True),
    _c("Belga", "NewsML 1 Creator/Party Surname, Given", NEWSML1_CREATOR_SURNAME_FIRST,
       [("Pieter Janssens", "author")], NEWSPARTY, native=True),
    # precision: credits that name nobody, or nobody but these
    _c("NYT (Spanish)", "Por OUTLET IN CAPITALS", "Por EL DIARIO DEL NORTE\nMONTERREY - La ciudad abrió un parque.",
       [], FOUND + "a public repository's feed fixture ('byline': 'Por THE NEW YORK TIMES')", kind="precision"),
    _c("Spanish web", "Por el equipo de OUTLET", "Por el equipo de Noticias Sur\nSEVILLA - El puente reabrió el lunes.",
       [], FOUND + "a public repository's locale file ('byline': 'Por el equipo de ...')", kind="precision"),
    _c("Spanish daily", "De nuestro corresponsal", "De nuestro corresponsal\nBOGOTÁ, 4 mar - El metro abrió.",
       [], "issue 19 / brief ('De nuestro corresponsal')", kind="precision"),
    _c("Spanish daily", "(Redacción) at the foot", "MADRID, 4 mar - El museo abrió su ala norte.\n\n(Redacción)",
       [], "issue 19 / brief ('(Redacción)')", kind="precision"),
    _c("Reuters", "By AGENCY IN CAPITALS", "By REUTERS\nLONDON, May 5 (Reuters) - Sterling held steady on Friday.",
       [], "brief ('By REUTERS')", kind="precision"),
    _c("dpa (German)", "Von AGENCY", "Von dpa\nBERLIN (dpa) - Die Stadt eröffnet eine Brücke.", [],
       "German web copy crediting the agency ('Von dpa')", kind="precision"),
    _c("Any", "By Staff", "By Staff\nDENVER — The city opened two cooling centres.", [],
       "brief ('By Staff')", kind="precision"),
    _c("Any", "By Our Correspondent in CITY", "By Our Correspondent in Nairobi\nNAIROBI - A new jetty opened.", [],
       "https://easymedia.in/use-credit-line ('By our correspondent'); a place after it", kind="precision"),
    _c("Any", "By Desk Code in capitals (FIN-DESK)", "By FIN-DESK\nNEW YORK - Stocks rose on Friday.", [],
       "desk codes as credits (brief: 'desk codes')", kind="precision"),
    _c("EFE (Spanish)", "Texto: AGENCY", "MADRID, 4 mar (EFE).- El museo abrió su ala norte.\n\nTexto: EFE", [],
       "Spanish labels crediting the agency", kind="precision"),
    _c("EFE (Spanish)", "Foto: AGENCY/Archivo at the foot",
       "MADRID, 4 mar (EFE).- El museo abrió su ala norte.\n\nFoto: EFE/Archivo", [],
       FOUND + "efe.noticiasdopara.net (agency photo credits)", kind="precision"),
    _c("Any", "a title-case Spanish subheadline over the dateline",
       "Nuevas Rutas Aéreas\nMADRID, 4 mar (EFE).- Iberia abrió tres rutas nuevas.", [],
       "subheadlines in title case over the lead (brief)", kind="precision"),
    _c("Reuters", "ninjs 'by': Surname, AGENCY (no name inversion)", NINJS_AGENCY_AFTER_COMMA, [],
       "brief ('Doe, Reuters' is no name inversion)", native=True, kind="precision"),
    _c("Any", "NITF <byline>NAME, CITY (no name inversion)", NITF_NAME_PLACE, [("Anya Petrova", "author")],
       "brief ('Jane Doe, Moscow' is no name inversion)", native=True, kind="precision"),
    _c("ANSA", "NewsML-G2 <creator> naming a desk (Redazione Esteri)", G2_DESK_NAME, [],
       SUPERDESK + "ansa-newsmlg2-text.xml (desk creators)", native=True, kind="precision"),
    _c("Belga", "NewsML 1 Creator/Party naming the agency, Contributor a desk", NEWSML1_CREATOR_AGENCY, [],
       NEWSPARTY, native=True, kind="precision"),
)

# ------------------------------------------------------- an eighth batch: trailers, run-in credits and sentences abroad

NITF_POR = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Nuevo tranvía</title></head>
<body><body.head><hedline><hl1>Nuevo tranvía</hl1></hedline>
<byline>Por MARÍA LÓPEZ, Agencia EFE</byline>
</body.head><body.content><p>ZARAGOZA, 4 mar (EFE).- La ciudad estrenó su nuevo tranvía el lunes.</p></body.content>
</body></nitf>"""

NINJS_Y = """{"uri": "urn:x:2024:80", "type": "text", "version": "1", "versioncreated": "2024-04-01T10:00:00Z",
 "headline": "Puerto reabre", "by": "Ana Gil y Luis Mora",
 "body_text": "VALPARAÍSO, 1 abr (EFE).- El puerto reabrió el lunes."}"""

EIGHTH: tuple[ZooCredit, ...] = (
    _c("Latin American web", "Con información de NAME y NAME. at the foot",
       "LIMA, 4 mar - El metro abrió dos estaciones.\n\nCon información de Laura Gómez y Diego Salas.",
       [("Laura Gómez", "additional_reporting"), ("Diego Salas", "additional_reporting")],
       "Spanish-language copy's 'Con información de ...' contributor line (English 'With reporting by')"),
    _c("EFE (Spanish)", "Edición: NAME at the foot",
       "QUITO, 4 mar (EFE).- El gobierno abrió una nueva carretera.\n\nEdición: Marta Gil",
       [("Marta Gil", "editing")], "Spanish labelled credits ('Edición:')"),
    _c("German daily", "Mitarbeit: NAME at the foot",
       "HAMBURG - Der Hafen meldete einen Rekord.\n\nMitarbeit: Jonas Weber",
       [("Jonas Weber", "additional_reporting")], "German papers' 'Mitarbeit:' contributor label"),
    _c("EFE (Spanish)", "Por NAME run into the dateline on one line",
       "Por Lucía Fernández MADRID, 4 mar (EFE).- El museo abrió su ala norte.",
       [("Lucía Fernández", "author")], "run-in credits as Bernama prints them ('By NAME SINGAPORE, ...'), in Spanish"),
    _c("EFE (Spanish)", "(Reportaje de NAME; edición de NAME)",
       "LIMA, 4 mar (EFE).- El metro abrió dos estaciones.\n\n(Reportaje de Ana Gil; edición de Luis Mora)",
       [("Ana Gil", "reporting"), ("Luis Mora", "editing")], "Reuters-style trailers in Spanish ('de' for 'by')"),
    _c("AFP (French)", "(Rédigé par NAME, édité par NAME)",
       "PARIS, 3 mars (AFP) - Le musée a rouvert.\n\n(Rédigé par Claire Dubois, édité par Paul Martin)",
       [("Claire Dubois", "writing"), ("Paul Martin", "editing")], "Reuters-style trailers in French ('par')"),
    _c("STT (Finnish)", "Teksti: NAME | Kuvat: NAME at the foot",
       "HELSINKI - Raitiovaunu alkoi kulkea yöllä.\n\nTeksti: Aino Virtanen | Kuvat: Matti Laine",
       [("Aino Virtanen", "writing"), ("Matti Laine", "photo")],
       SUPERDESK + "stt_newsml_test.xml (STT copy); Finnish 'Teksti:' / 'Kuvat:' labels"),
    _c("EFE (Spanish)", "NITF <byline>Por NAME IN CAPITALS, AGENCY</byline>", NITF_POR, [("María López", "author")],
       SUPERDESK + "efe_nitf.xml (EFE NITF); Spanish 'Por' in the byline element", native=True),
    _c("EFE (Spanish)", "ninjs 'by': NAME y NAME", NINJS_Y, [("Ana Gil", "author"), ("Luis Mora", "author")],
       "IPTC ninjs 2 'by' with the Spanish 'y'", native=True),
    _c("Latin American web", "Con información de AGENCY y AGENCY",
       "LIMA, 4 mar - El metro abrió dos estaciones.\n\nCon información de Reuters y AFP.", [],
       "Spanish-language copy crediting agencies ('Con información de ...')", kind="precision"),
    _c("AFP (French)", "(Avec AFP) at the foot", "PARIS, 3 mars - Le musée a rouvert.\n\n(Avec AFP)", [],
       "French web copy's agency credit ('Avec AFP')", kind="precision"),
    _c("EFE (Spanish)", "Texto y fotos: AGENCY", "QUITO, 4 mar (EFE).- Se abrió una carretera.\n\nTexto y fotos: EFE",
       [], "Spanish labels crediting the agency", kind="precision"),
    _c("Any", "a German sentence starting 'Von Montag an'",
       "Von Montag an gilt der neue Fahrplan.\n\nDie Bahn fährt öfter.", [],
       "a sentence that starts like a credit ('Von ...')", kind="precision"),
    _c("Any", "a Spanish sentence starting 'Por la mañana'",
       "Por la mañana, el tráfico fue intenso en Madrid.\n\nLa policía cortó dos calles.", [],
       "a sentence that starts like a credit ('Por ...')", kind="precision"),
    _c("Any", "a Dutch sentence starting 'Door de regen'",
       "Door de regen viel de wedstrijd in Utrecht uit.\n\nDe club speelt volgende week.", [],
       "a sentence that starts like a credit ('Door ...')", kind="precision"),
)

# ------------------------------------------------------- a ninth batch: where native formats put credits

def _g2(content_meta: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:9" version="1" standard="NewsML-G2">'
        '<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-07-05T12:00:00Z</versionCreated></itemMeta>'
        f"<contentMeta>{content_meta}<headline>Ferry goes electric</headline></contentMeta>"
        '<contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">'
        "<body><body.content><p>BERGEN, July 5 (NTB) - The fjord ferry made its first electric crossing.</p>"
        "</body.content></body></nitf></inlineXML></contentSet></newsItem>"
    )


def _nitf(byline: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Tram line opens</title></head>'
        f"<body><body.head><hedline><hl1>Tram line opens</hl1></hedline>{byline}</body.head>"
        "<body.content><p>PORTO, July 5 (Lusa) - The city opened its new tram line on Friday.</p></body.content>"
        "</body></nitf>"
    )


def _ninjs(fields: str) -> str:
    return ('{"uri": "urn:x:2024:90", "type": "text", "version": "1", "versioncreated": "2024-04-01T10:00:00Z",'
            ' "headline": "Port reopens", ' + fields
            + ', "body_text": "VALENCIA, April 1 (EFE) - The port reopened on Monday."}')


NEWSML1_BYLINE_TITLE = NEWSML1.replace(
    "<ByLine>By Amina YUSUF in Lagos</ByLine>", "<ByLine>Par Sophie LAMBERT</ByLine><ByLineTitle>Correspondante"
    "</ByLineTitle>")
NEWSML1_BYLINE_AGENCY = NEWSML1.replace("<ByLine>By Amina YUSUF in Lagos</ByLine>", "<ByLine>AFP</ByLine>")
IPTC_G2 = "IPTC NewsML-G2 specification (contentMeta: creator, contributor, by)"
IPTC_NINJS = "IPTC ninjs 2.x schema ('by', 'authors' with name and role)"
IPTC_NITF = "NITF 3.x DTD (byline: person, byttl, in any order)"

NINTH: tuple[ZooCredit, ...] = (
    _c("AFP (French)", "NewsML 1 <ByLine>Par NAME</ByLine><ByLineTitle>", NEWSML1_BYLINE_TITLE,
       [("Sophie Lambert", "author")], "IPTC NewsML 1.2 NewsLines (ByLine, ByLineTitle)", native=True),
    _c("NTB", "NewsML-G2 <by>By A and B</by> without a creator", _g2("<by>By Anna Berg and Olle Ek</by>"),
       [("Anna Berg", "author"), ("Olle Ek", "author")], IPTC_G2, native=True),
    _c("NTB", "NewsML-G2 <creator literal=NAME/>", _g2('<creator literal="Jonas Weber"/>'),
       [("Jonas Weber", "author")], IPTC_G2 + " (literal instead of name)", native=True),
    _c("EFE", "ninjs 2 'authors' with writer and photographer roles",
       _ninjs('"authors": [{"name": "Ana Gil", "role": "writer"}, {"name": "Diego Salas", "role": "photographer"}]'),
       [("Ana Gil", "author"), ("Diego Salas", "photo")], IPTC_NINJS, native=True),
    _c("Lusa", "NITF <byline><byttl> before <person></byline>",
       _nitf("<byline><byttl>Staff Writer</byttl> <person>Maria Costa</person></byline>"),
       [("Maria Costa", "author")], IPTC_NITF, native=True),
    _c("Lusa", "NITF <byline>By <person>A</person> and <person>B</person></byline>",
       _nitf("<byline>By <person>Ana Gil</person> and <person>Luis Mora</person></byline>"),
       [("Ana Gil", "author"), ("Luis Mora", "author")], IPTC_NITF, native=True),
    _c("EFE", "ninjs 1 'byline': Por NAME y NAME in capitals", _ninjs('"byline": "Por ANA GIL y LUIS MORA"'),
       [("Ana Gil", "author"), ("Luis Mora", "author")], "IPTC ninjs 1.x 'byline'", native=True),
    _c("EFE", "ninjs 2 'authors' naming the agency", _ninjs('"authors": [{"name": "EFE", "role": "writer"}]'), [],
       IPTC_NINJS, native=True, kind="precision"),
    _c("EFE", "NewsML-G2 <by> naming a desk", _g2("<by>Redacción Internacional</by>"), [], IPTC_G2,
       native=True, kind="precision"),
    _c("AFP", "NewsML 1 <ByLine> naming the agency", NEWSML1_BYLINE_AGENCY, [],
       "IPTC NewsML 1.2 NewsLines (ByLine)", native=True, kind="precision"),
)

# ------------------------------------------------------- a tenth batch (blind): regional houses, releases, names

GNA = "https://ghananewsagency.org/social/tema-institutions-commend-ghana-news-agency-for-impactful-journalism-165145"
BBC = "https://www.bbc.com/news/topics/c40rjmqdlzzt/kenya"
PRESS = ("http://www.bizdocx.com/public-relations/press-releases/press-releases/ ('For Immediate Release"
         " Contact: NAME' / phone; '-30-' or '###' before the media contact)")
MIGRATE = ("a news site's byline-migration code found with find_string (id 46333996899: 'Story and photos by',"
           " 'Text and photos by' kept whole)")
KOREAN = ("https://github.com/suikawiki/suikawiki-data/blob/64be12f0144ba905214bf4867b36ae29ca65955a/ids/18/886.txt"
          " (Korean names romanised surname first in capitals: 'KIM D J')")

TENTH: tuple[ZooCredit, ...] = (
    _c("GNA", "By NAME over 'City, Mon. D, GNA -'",
       "By Abena Owusu-Ansah\n\nTema, Mar. 7, GNA - The harbour authority opened a second fishing jetty.",
       [("Abena Owusu-Ansah", "author")], GNA + " ('By Laudia Sawer' over 'Tema, Mar. 7, GNA -')"),
    _c("BBC", "NAME over 'BBC News, CITY' (broadcaster web copy)",
       "Wanjiru Kamau\nBBC News, Nairobi\n\nKenya's transport ministry has banned night buses on two highways.",
       [("Wanjiru Kamau", "author")], BBC + " ('Emmanuel Igunza' over 'BBC News, Nairobi')"),
    _c("BBC", "NAME over 'BBC World Service News'",
       "Tariq Mansour\nBBC World Service News\n\nEgypt has opened a third lane on the Suez bridge.",
       [("Tariq Mansour", "author")], BBC.replace("topics/c40rjmqdlzzt/kenya", "live/world-africa-64393802")
       + " ('Youssef Taha' over 'BBC World Service News')"),
    _c("Bernama", "-- NAME bin NAME, AGENCY on the last line",
       "KUALA LUMPUR, July 5 (Bernama) -- The monorail will run two more trains at rush hour.\n\n"
       "-- Mohd Firdaus bin Ismail, BERNAMA",
       [("Mohd Firdaus bin Ismail", "author")],
       "https://web11.bernama.com/en/news.php?id=2403267 ('-- BERNAMA' closing the story) with the reporter"
       " signing as PNA's '-- NAME, PNA'"),
    _c("Nation (Kenya)", "By NAME, e-mail, phone on one line",
       "By Achieng Otieno | aotieno@nation.example | +254 711 000 111\n"
       "NAIROBI, July 5 - The county opened a new market in Gikomba.",
       [("Achieng Otieno", "author")],
       "web bylines with contact details (JoongAng's 'BY NAME [e-mail]'; press releases' phone)"),
    _c("VNA", "Reported by NAME; Edited by NAME at the foot",
       "HANOI, July 5 (VNA) - The capital opened its second metro line.\n\n"
       "Reported by Nguyen Thi Thu Ha; Edited by Tran Van Minh",
       [("Nguyen Thi Thu Ha", "reporting"), ("Tran Van Minh", "editing")],
       "LABEL_ROLES's 'reported by' / 'edited by'; Vietnamese four-word names as VNA prints them"),
    _c("Web copy", "Text and photos by NAME at the head",
       "Text and photos by Lucía Benítez\nASUNCIÓN, July 5 - The river port reopened after the drought.",
       [("Lucía Benítez", "author")], MIGRATE),
    _c("Any", "By NAME (AGENCY) and NAME (AGENCY)",
       "By Jane Okafor (AP) and Rui Tavares (Reuters)\nLUANDA, July 5 - Angola reopened its northern rail line.",
       [("Jane Okafor", "author"), ("Rui Tavares", "author")],
       "pooled copy crediting each writer's agency; tests/byline_zoo.py's 'By NAME, AGENCY' twice"),
    _c("Any", "By NAME, AGENCY, and NAME, AGENCY",
       "By Ana Ruiz, EFE, and Paulo Mendes, Lusa\nMAPUTO, July 5 - The port handled a record tonnage.",
       [("Ana Ruiz", "author"), ("Paulo Mendes", "author")], "pooled copy with the agency after each name"),
    _c("East African daily", "From our correspondent NAME in CITY",
       "From our correspondent Amina Njeri in Kampala\nKAMPALA - Uganda will open two border posts.",
       [("Amina Njeri", "author")],
       "19th-century and modern 'From our correspondent' heads (chroniclingamerica OCR in a test found with"
       " find_string); German 'Von unserer Korrespondentin NAME' already in the zoo"),
    _c("EFE", "(Translated from Spanish by NAME) at the foot",
       "BOGOTÁ, July 5 (EFE) - The city opened a cable car line.\n\n(Translated from Spanish by Laura Quintero)",
       [("Laura Quintero", "translation")], "translated agency copy; Anadolu's 'Translated by NAME' already in"),
    _c("Any", "By NAME / Translated by NAME at the head",
       "By Ahmad Rizal bin Hassan\nTranslated by Nurul Huda\n"
       "KUALA LUMPUR, July 5 (Bernama) -- The ringgit rose against the dollar.",
       [("Ahmad Rizal bin Hassan", "author"), ("Nurul Huda", "translation")],
       "Malay-service copy put into English; Bernama's 'By NAME' head"),
    _c("NAN", "Edited by: NAME (colon) at the foot",
       "ABUJA, July 5 (NAN) - The senate passed the ports bill.\n\nEdited by: Chidi Nwosu",
       [("Chidi Nwosu", "editing")], "News Agency of Nigeria's 'Edited by NAME' foot with a label colon"),
    _c("Agência Brasil", "BY NAME with dos, all capitals",
       "BY MARIANA DOS SANTOS FERREIRA\nBRASÍLIA, July 5 - The central bank kept its rate on hold.",
       [("Mariana dos Santos Ferreira", "author")], "capitals bylines with Portuguese particles"),
    _c("Yonhap", "By SURNAME Given-name (family name in capitals)",
       "By KIM Min-ji\nSEOUL, July 5 (Yonhap) -- The city will run late subways over the holiday.",
       [("Kim Min-ji", "author")], KOREAN),
    _c("Xinhua", "By SURNAME Given and SURNAME Given (capitals first)",
       "By WANG Xiaoyu and LIU Jian\nBEIJING, July 5 (Xinhua) -- Rail operators added 300 trains.",
       [("Wang Xiaoyu", "author"), ("Liu Jian", "author")], KOREAN + "; the same order in Chinese names"),
    _c("ONA", "By NAME bin NAME Al NAME, AGENCY",
       "By Khalid bin Saif Al Habsi, ONA\nMUSCAT, July 5 (ONA) -- The port of Duqm handled a record cargo.",
       [("Khalid bin Saif Al Habsi", "author")], "Gulf agency bylines 'By NAME, AGENCY' (WAM in the zoo)"),
    _c("Bernama", "By NAME binti NAME",
       "By Nur Aisyah binti Rahman\nPUTRAJAYA, July 5 (Bernama) -- The ministry will hire 500 nurses.",
       [("Nur Aisyah binti Rahman", "author")], "http://www.bernama.com/bernama/v8/fe/newsfeatures.php?id=1357464"
       " ('By Sarimah Othman' over 'KUALA LUMPUR (Bernama) --'); Malay 'binti'"),
    _c("Antara", "Reporter: MONONYM / Editor: NAME",
       "Jakarta (ANTARA) - The capital will add 200 electric buses.\n\nReporter: Sutrisno\nEditor: Heru Purwanto",
       [("Sutrisno", "reporting"), ("Heru Purwanto", "editing")],
       "Antara web copy's 'Reporter:'/'Editor:' lines; Indonesians with one name"),
    _c("EFE", "By NAME with two surnames (Spanish)",
       "By Juan Carlos Pérez Gómez\nCARACAS, July 5 (EFE) - The metro reopened its western line.",
       [("Juan Carlos Pérez Gómez", "author")], "Spanish double surnames in English-language agency copy"),
    _c("EFE", "BY NAME DE LA NAME in capitals (Spanish)",
       "BY ANA LUCÍA GÓMEZ DE LA TORRE\nQUITO, July 5 (EFE) - The city opened a new trolleybus line.",
       [("Ana Lucía Gómez de la Torre", "author")], "capitals bylines with Spanish particles"),
    _c("Joy News", "By NAME, BROADCASTER",
       "By Kofi Boateng, Joy News\nACCRA, July 5 - The railway to Tema reopened.",
       [("Kofi Boateng", "author")], "broadcasters' web bylines ('By NAME, STATION')"),
    # precision: credit nobody
    _c("Press release", "For Immediate Release / Contact: NAME / phone",
       "For Immediate Release\nContact: Dana Whitmore\n313-555-0142\n\n"
       "DETROIT, July 5 - Harbor Tools Inc. today opened its third plant.", [], PRESS, kind="precision"),
    _c("Press release", "### / Media Contact: / NAME / TITLE / phone / e-mail at the foot",
       "AUSTIN, Texas, July 5 - Lumen Grid Corp. launched a battery service.\n\n###\n\nMedia Contact:\n"
       "Rachel Osei\nCommunications Director\n+1 512 555 0190\nrosei@lumengrid.example", [],
       PRESS + "; 'Media Contact:' blocks in release templates found with find_string", kind="precision"),
    _c("Press release", "Media contact: NAME, e-mail, phone on one line",
       "BOSTON, July 5 - Northwind Labs opened a research site.\n\n"
       "Media contact: Peter Lindgren, press@northwind.example, +1 617 555 0101", [],
       "release templates' 'Media contact: NAME — e-mail' line (find_string)", kind="precision"),
    _c("Press release", "-30- / CONTACT: NAME of COMPANY, phone",
       "TORONTO, July 5 - Maple Freight Ltd. added 40 trucks.\n\n-30-\n\n"
       "CONTACT: Sarah Kowalczyk of Maple Freight, 416-555-0117", [],
       "https://bsbdirectory.com/subscription-plans/ ('-30-' before the media contact information)",
       kind="precision"),
    _c("Press release", "For more information contact: NAME at PHONE",
       "LONDON, July 5 - The charity opened two shelters.\n\n"
       "For more information, contact Oliver Grant at 020 7946 0000.", [], PRESS, kind="precision"),
    _c("Prensa Latina", "lowercase desk codes joined by slashes at the foot",
       "Lima, Jul 5 (Prensa Latina) The college of journalists opened a new library.\n\nef/aph/mem/mrs", [],
       "https://www.plenglish.com/news/2021/06/16/peruvian-journalist-leader-congratulates-prensa-latina/"
       " ('ef/aph/mem/mrs' closing the story)", kind="precision"),
    _c("Bernama", "-- BERNAMA alone on the last line",
       "KUALA LUMPUR, July 5 (Bernama) -- The palace handed out food packs.\n\n-- BERNAMA", [],
       "https://web11.bernama.com/en/news.php?id=2403267 ('-- BERNAMA')", kind="precision"),
    _c("Any", "By an AGENCY correspondent", "By an AFP correspondent\nBAMAKO, July 5 - The river ferry resumed.",
       [], "agency copy crediting an unnamed staffer", kind="precision"),
    _c("Any", "By AGENCY and AGENCY", "By AFP and Reuters\nNIAMEY, July 5 - The capital's airport reopened.", [],
       "web copy crediting two agencies as a byline", kind="precision"),
    _c("Any", "By OUR CITY BUREAU", "By Our Kampala Bureau\nKAMPALA - The city opened two bus parks.", [],
       "East African dailies' bureau credits", kind="precision"),
    _c("Any", "By a Correspondent, CITY", "By a Correspondent, Accra\nACCRA - The port added a berth.", [],
       "Ghanaian and Indian dailies' 'By a Correspondent'", kind="precision"),
    _c("Any", "From our correspondent in CITY", "From our correspondent in Nairobi\nNAIROBI - The rains came early.",
       [], "'From our correspondent' heads (find_string: chroniclingamerica OCR in a test)", kind="precision"),
    _c("Yonhap", "initials-only sign-off (desk code) 'By JHK'",
       "By JHK\nSEOUL, July 5 (Yonhap) -- The won rose against the dollar.", [],
       "desk initials printed where a byline stands", kind="precision"),
    _c("Any", "a sentence starting 'Reported by state media, ...'",
       "Reported by state media on Friday, the fire destroyed two warehouses in the port.\n\nNobody was hurt.", [],
       "a sentence that starts like a credit ('Reported by ...')", kind="precision"),
    _c("CubaPLUS", "By: OUTLET Magazine / DATE",
       "By: Caribe Plus Magazine\nJul 05, 2024\n\nThe island's agency marked its anniversary.", [],
       "https://tainacubaplusmagazine.com/en/news/prensa-latina-a-communication-referent.html"
       " ('By: CubaPLUS Magazine' over the date)", kind="precision"),
    _c("Any", "(With information from AGENCY) at the foot",
       "HAVANA, July 5 - The city reopened its seafront road.\n\n(With information from Prensa Latina)", [],
       "https://tainacubaplusmagazine.com/en/news/prensa-latina-a-communication-referent.html"
       " ('(With information and photos ...')", kind="precision"),
)

# ----------------------------------------- an eleventh batch (blind): Pacific, African, Nordic, Central European

APR = "https://asiapacificreport.nz/2025/page/7"
APR_FEED = "https://asiapacificmedianetwork.memberful.com/posts/categories/347"
SWAHILI = "https://diramakini.co.tz/2022/12/rais-dktsamia-kukutana-na-wadau-wa.html ('NA GODFREY NNKO' over the story)"
TAGALOG = ("https://thespiracle-loabed.blogspot.com ('\"headline\" ni NAME', 'Larawan ni: NAME', 'Inilathala ni:',"
           " 'Published by:' under school-paper stories)")
NETWERK24 = ("https://www.netwerk24.com/Nuus/Ondersoeke/spesiale-ondersoek-dis-wat-boere-en-staat-oor-water-kwel-20200903-2"
             " (standfirst ending '..., skryf Jana Marx.'; 'Foto: NAME' under pictures)")
ERR = "https://news.err.ee/k/opinion (summaries ending '..., writes ERR News editor NAME.')"
MTI = ("http://www.hungarianambiance.com/2016/05/ ('Photo: Szigetváry Zsolt / MTI': Hungarian order, family name"
       " first); http://www.hungarianambiance.com/2015/04/ ('MTI Photo: Trebitsch Péter')")
STANDARD = "https://embed-rech-01.dialog.cm/thestandardph/docs/mspdf20260202 (Manila Standard bylines)"
MAROELA = ("https://maroela13.rssing.com/chan-51222597/all_p509.html"
           " (Maroela Media: 'Foto: Facebook via NAME', 'Argieffoto')")

ELEVENTH: tuple[ZooCredit, ...] = (
    # head credits with a label, a place, an outlet or a title
    _c("Asia Pacific Report", "LABEL: By NAME in CITY (COMMENTARY:)",
       "COMMENTARY: By Losana Vakadewa in Suva\n\nFiji's new ferry timetable leaves the outer islands waiting.",
       [("Losana Vakadewa", "author")], APR + " ('COMMENTARY: By Shailendra Singh in Suva')"),
    _c("Asia Pacific Report", "LABEL: By A, B and C with a middle initial (ANALYSIS:)",
       "ANALYSIS: By Mereani Tuivaga, Henrik Salo and Priya K. Naidu\n\n"
       "Newsrooms across the Pacific are sharing video to cut costs.",
       [("Mereani Tuivaga", "author"), ("Henrik Salo", "author"), ("Priya K. Naidu", "author")],
       APR + " ('ANALYSIS: By Birte Leonhardt, Folker Hanusch and Shailendra B. Singh')"),
    _c("Asia Pacific Report", "By NAME, TITLE of OUTLET",
       "By Ravinesh Prasad, news editor of Lautoka Live\n\nLAUTOKA - The sugar mill started its crushing season.",
       [("Ravinesh Prasad", "author")], APR + " ('By Vijay Narayan, news editor of Fijivillage News')"),
    _c("Asia Pacific Report", "By NAME of OUTLET",
       "By Tevita Fonua of Te Waka Hou\n\nNUKU'ALOFA - Tonga's parliament passed the fisheries bill.",
       [("Tevita Fonua", "author")], APR_FEED + " ('By Alana Musselle of Te Waha Nui')"),
    _c("Asia Pacific Report", "By NAME, BROADCASTER News journalist",
       "By Sina Leota, RNZ News journalist\n\nAPIA - Samoa will open a second cable landing station.",
       [("Sina Leota", "author")], APR_FEED + " ('By Pretoria Gordon, RNZ News journalist')"),
    _c("Manila Standard", "By A, B, C and D (middle initials, hyphenated surname)",
       "By Lorna T. Dizon, Paolo Ramos-Villar, Jun Cabrera and Mae Sison\n"
       "MANILA - The House passed the rice tariff bill on Monday.",
       [("Lorna T. Dizon", "author"), ("Paolo Ramos-Villar", "author"), ("Jun Cabrera", "author"),
        ("Mae Sison", "author")], STANDARD + " ('By Rio Araja, Itchie Cabayan, Pot Chavez and Jimbo Gulle')"),
    _c("Any", "By NAME in CITY and NAME in CITY at the head",
       "By Akosua Mensah in Accra and Ibrahim Sow in Dakar\n"
       "ACCRA - West African ministers agreed on a shared roaming tariff.",
       [("Akosua Mensah", "author"), ("Ibrahim Sow", "author")],
       APR + " ('By Helen Musa in Canberra'); Reuters' trailer 'A in CITY and B in CITY' put at the head"),
    _c("Swahili daily", "NA NAME IN CAPITALS (Swahili 'by')",
       "NA HAMISI MWAKALINGA\n\nDODOMA - Bunge limepitisha muswada wa bandari leo.",
       [("Hamisi Mwakalinga", "author")], SWAHILI),
    _c("Swahili daily", "NA NAME NA NAME (Swahili 'na' as 'by' and as 'and')",
       "NA ASHA MOHAMEDI NA PETRO MOLLEL\n\nARUSHA - Wakulima wa kahawa wamepata soko jipya.",
       [("Asha Mohamedi", "author"), ("Petro Mollel", "author")], SWAHILI + "; 'na' joins names too"),
    _c("Filipino web", "Ni NAME over the lead (Tagalog 'by')",
       "Ni Maricel Dela Cruz\n\nMAYNILA - Binuksan ang bagong tulay sa Pasig nitong Lunes.",
       [("Maricel Dela Cruz", "author")], TAGALOG),
    _c("Filipino web", "Larawan ni: NAME at the foot (Tagalog photo credit)",
       "MAYNILA - Binuksan ang bagong tulay sa Pasig nitong Lunes.\n\nLarawan ni: Jerome Bautista",
       [("Jerome Bautista", "photo")], TAGALOG),
    _c("Netwerk24", "Deur NAME over the lead (Afrikaans 'by')",
       "Deur Anneke Swanepoel\n\nKAAPSTAD - Die stad het twee nuwe busroetes geopen.",
       [("Anneke Swanepoel", "author")], NETWERK24 + "; Afrikaans 'deur' as Dutch 'door' (in the zoo)"),
    _c("ERR News", "standfirst ending ', writes TITLE NAME.'",
       "Tallinn's new tram line is late because of the contractor, not the city, writes ERR News editor Kadri Tamm.\n\n"
       "The city council approved the line in 2021.",
       [("Kadri Tamm", "author")], ERR + "; " + NETWERK24),
    _c("Croatian web", "Piše: NAME over the lead (Croatian 'writes')",
       "Piše: Ivana Kovačević\n\nZAGREB - Grad je otvorio novu tramvajsku prugu.",
       [("Ivana Kovačević", "author")],
       "Croatian and Serbian web copy's 'Piše:' head label; http://editorial.total-croatia-news.com/tag/news/page-2"
       " ('ZAGREB, 9 June 2022 -' leads)"),
    _c("MTI", "Photo: FAMILY Given / AGENCY at the foot (Hungarian order)",
       "BUDAPEST, July 5 (MTI) - The city reopened the Chain Bridge to trams.\n\nPhoto: Kovács Attila / MTI",
       [("Kovács Attila", "photo")], MTI),
    _c("Hungarian web", "Szerző: NAME at the foot (Hungarian 'author')",
       "BUDAPEST - A főváros új buszvonalat indított.\n\nSzerző: Nagy Eszter",
       [("Nagy Eszter", "author")], "Hungarian web copy's 'Szerző:' label (telex.hu/szerzo/ author pages)"),
    _c("ERR (Estonian)", "Toimetaja: NAME at the foot (Estonian 'editor')",
       "TALLINN - Linn avas uue trammiliini.\n\nToimetaja: Mari Kask",
       [("Mari Kask", "editing")], "ERR's Estonian pages' 'Toimetaja:' label; ERR News' 'Editor:' in English"),
    _c("Antara (Indonesian)", "Pewarta: NAME / Editor: NAME at the foot",
       "Jakarta (ANTARA) - Pemerintah membuka dua terminal bus baru.\n\nPewarta: Rizky Pratama\nEditor: Dewi Lestari",
       [("Rizky Pratama", "reporting"), ("Dewi Lestari", "editing")],
       "Antara's Indonesian web copy ('Pewarta:' reporter, 'Editor:'); the English 'Reporter:/Editor:' in the zoo"),
    _c("Indonesian web", "Penulis: NAME at the foot",
       "Surabaya - Kota ini membuka taman baru di tepi sungai.\n\nPenulis: Agus Santoso",
       [("Agus Santoso", "writing")], "Indonesian web copy's 'Penulis:' (writer) label"),
    _c("Agência Brasil", "Reportagem: NAME / Edição: NAME at the foot",
       "BRASÍLIA - O Senado aprovou o projeto das ferrovias.\n\nReportagem: Carla Nunes\nEdição: Bruno Teixeira",
       [("Carla Nunes", "reporting"), ("Bruno Teixeira", "editing")],
       "Brazilian web copy's 'Reportagem:' and 'Edição:' labels (Edição already in the zoo)"),
    _c("Agência Brasil", "NAME - Repórter da AGENCY over the lead",
       "Carla Nunes - Repórter da Agência Brasil\n\nBRASÍLIA - O Senado aprovou o projeto das ferrovias.",
       [("Carla Nunes", "author")], "Agência Brasil's 'NAME - Repórter da Agência Brasil' head line"),
    _c("NTB", "AV NAME IN CAPITALS with Ø and Å, AGENCY",
       "AV ØYSTEIN ÅSLAND, NTB\nOSLO (NTB) - Regjeringen la fram en ny jernbaneplan.",
       [("Øystein Åsland", "author")], "Norwegian 'Av NAME, NTB' bylines in capitals (Av in the zoo)"),
    _c("Norwegian daily", "Tekst og foto: NAME at the foot",
       "TROMSØ - Byen fikk en ny hurtigbåtterminal.\n\nTekst og foto: Sigrid Haugen",
       [("Sigrid Haugen", "writing")], "Nordic 'Tekst og foto:' credit (Teksti:/Kuvat: and Texto y fotos: in the zoo)"),
    # trailers and labels at the foot
    _c("CBC", "With files from NAME and AGENCY at the foot",
       "WINNIPEG - The city will add 30 electric buses next year.\n\n"
       "With files from Marc Tremblay and The Canadian Press",
       [("Marc Tremblay", "additional_reporting")],
       "Canadian broadcasters' '— With files from ...' closing line (CP stylebook credits)"),
    _c("Any", "Compiled by NAME from wire reports at the foot",
       "SUVA - Cyclone warnings were lifted for the northern islands.\n\nCompiled by Ana Tuilagi from wire reports",
       [("Ana Tuilagi", "compiled")], "Pacific desks' compiled briefs; 'Compiled by' in the zoo at the head"),
    _c("Any", "Written by NAME and edited by NAME at the foot",
       "NAIROBI - The county opened a new fish market.\n\nWritten by Wanjiku Muriuki and edited by Brian Otieno",
       [("Wanjiku Muriuki", "writing"), ("Brian Otieno", "editing")],
       "African web copy's closing credit line; LABEL_ROLES' 'written by' / 'edited by'"),
    _c("Any", "Words by NAME, pictures by NAME at the head",
       "Words by Tomás Herrera, pictures by Lina Ortiz\n\nCUSCO - The old railway to the valley reopened.",
       [("Tomás Herrera", "writing"), ("Lina Ortiz", "photo")],
       "feature credits splitting words and pictures ('Story: A; Photos: B' in the zoo)"),
    _c("Broadcaster web", "Reporting: NAME; Video: NAME; Editing: NAME at the foot",
       "HONIARA - The national stadium reopened after repairs.\n\nReporting: Joseph Tala; Video: Rose Kiko; "
       "Editing: Mark Halo",
       [("Joseph Tala", "reporting"), ("Rose Kiko", "video"), ("Mark Halo", "editing")],
       "broadcasters' web credits with role labels (Reuters' 'Reporting by' as a label)"),
    _c("Broadcaster web", "By NAME / Camera: NAME at the head",
       "By Nomvula Dube\nCamera: Sipho Ndlovu\n\nJOHANNESBURG - The city reopened its central library.",
       [("Nomvula Dube", "author"), ("Sipho Ndlovu", "video")], "TV news web copy crediting the camera operator"),
    _c("Any", "Graphics: NAME at the foot",
       "WELLINGTON - Rents rose for a tenth month.\n\nGraphics: Hemi Walker",
       [("Hemi Walker", "graphics")], "credit lines naming a graphics artist; ROLE_PHRASES' 'graphics'"),
    _c("Any", "Additional reporting: NAME (label with a colon)",
       "PORT MORESBY - The election office opened its count.\n\nAdditional reporting: Kila Aisi",
       [("Kila Aisi", "additional_reporting")], "'Additional reporting by' printed as a label"),
    _c("Any", "NAME is a freelance journalist based in CITY. (bio line at the foot)",
       "NUKU'ALOFA - The new wharf opened to cruise ships.\n\n"
       "Mele Taufa is a freelance journalist based in Nuku'alofa.",
       [("Mele Taufa", "author")], "contributors' notes ending freelance and opinion copy (Asia Pacific Report)"),
    _c("Web copy", "By NAME @handle (no parentheses)",
       "By Daniel Mwangi @dmwangi_ke\n\nNAIROBI - The expressway added two toll stations.",
       [("Daniel Mwangi", "author")], "social handles after a byline ('By NAME (@handle)' in the zoo)"),
    # precision: credit nobody
    _c("CBC", "With files from AGENCY alone",
       "WINNIPEG - The city will add 30 electric buses.\n\n— With files from The Canadian Press", [],
       "Canadian broadcasters' '— With files from The Canadian Press'", kind="precision"),
    _c("Swahili daily", "Na Mwandishi Wetu ('by our writer')",
       "Na Mwandishi Wetu\n\nDODOMA - Bunge limepitisha muswada wa bandari leo.", [],
       SWAHILI + "; 'Mwandishi Wetu' is 'our writer'", kind="precision"),
    _c("Any", "a Swahili sentence starting 'Na hivyo'",
       "Na hivyo wakulima wataweza kuuza kahawa yao mapema mwaka huu.\n\nSoko jipya litafunguliwa Julai.", [],
       "a sentence that starts with the credit word 'na' ('and')", kind="precision"),
    _c("Any", "a Tagalog sentence starting 'Ni minsan'",
       "Ni minsan ay hindi nagsara ang tulay sa loob ng sampung taon.\n\nBinuksan ito muli nitong Lunes.", [],
       "a sentence that starts with the credit word 'ni' ('not even')", kind="precision"),
    _c("Any", "an Afrikaans sentence starting 'Deur die droogte'",
       "Deur die droogte het boere hul oeste verloor.\n\nDie regering sal hulp verleen.", [],
       "https://mediamense.com/johan-pretorius-deur-die-nuus-meule-by-ou-sauk/ ('DEUR DIE NUUS-MEULE': 'deur'"
       " opening a title)", kind="precision"),
    _c("Any", "'By the numbers' section line",
       "WELLINGTON - Rents rose for a tenth month.\n\nBy the numbers\n\nThe median rent is now higher than ever.", [],
       "explainer copy's 'By the numbers' box header", kind="precision"),
    _c("Any", "a paragraph starting 'By then, ...'",
       "SUVA - The cyclone reached the coast at dawn.\n\nBy then, most families had left the low villages.", [],
       "a sentence that starts with 'By' and a time word", kind="precision"),
    _c("Any", "a headline in capitals over the dateline",
       "FERRY SERVICE RESUMES ON LAKE VICTORIA\nKISUMU - The lake ferry resumed on Monday.", [],
       "capitals headlines over the lead in plain-text copy", kind="precision"),
    _c("Any", "By the Ministry of ... (an organisation)",
       "By the Ministry of Transport\n\nAPIA - The ministry announced new ferry fares.", [],
       "government releases carried as copy ('Issued by' the ministry)", kind="precision"),
    _c("Any", "By our Political Editor (a title alone)",
       "By our Political Editor\n\nLONDON - The cabinet met on Monday.", [],
       "British dailies' unnamed title credits", kind="precision"),
    _c("Any", "From PLACE to PLACE, ... (a sentence starting 'From')",
       "From Suva to Apia, ferries ran late on Monday.\n\nForecasters expect calmer seas.", [],
       "a sentence that starts with the head credit word 'From' and places", kind="precision"),
    _c("Any", "Photo: Supplied at the foot",
       "NOUMÉA - The new ferry terminal opened.\n\nPhoto: Supplied", [],
       "Pacific and South African copy's 'Photo: Supplied' / 'Argieffoto' (" + MAROELA + ")", kind="precision"),
    _c("Asia Pacific Report", "OUTLET/OUTLET credit over the story",
       "RNZ News/Asia Pacific Report\n\nNew Zealand has joined a call for more aid to reach the islands.", [],
       APR_FEED + " ('OBITUARY: RNZ News/Asia Pacific Report')", kind="precision"),
    _c("Asia Pacific Report", "a broadcaster's desk alone over the story ('RNZ Pacific')",
       "RNZ Pacific\n\nA New Zealand author says independence must come for the territory.", [],
       APR_FEED + " ('RNZ Pacific' over the story)", kind="precision"),
    _c("SAnews", "Enquiries: NAME / Cell: NUMBER (a contact, not a credit)",
       "PRETORIA - The department opened three new clinics.\n\nEnquiries: Thabo Mokoena\nCell: 082 555 0123", [],
       "South African government statements closing with 'Enquiries:' and a cell number", kind="precision"),
    _c("Polish web", "Źródło: AGENCY at the foot",
       "WARSZAWA - Miasto otworzyło nową linię tramwajową.\n\nŹródło: PAP", [],
       "Polish web copy's 'Źródło: PAP' (source)", kind="precision"),
    _c("Any", "Words: COUNT (a word count, not a credit)",
       "HOBART - The ferry to the island runs again.\n\nWords: 612", [],
       "web copy's word-count line", kind="precision"),
    _c("Any", "a bio line of a non-journalist at the foot",
       "SUVA - The minister opened the new wharf.\n\nThe minister is a former harbour pilot.", [],
       "the bio-line form ('NAME is a freelance journalist ...') with no name", kind="precision"),
)

# ----------------------------------------- a twelfth batch (blind): houses and conventions in no earlier batch

KOMPAS = ("https://nasional.kompas.com/read/2022/05/15/08181531/kami-ajak-anda-menjadi-kolumnis-kompascom?page=all"
          " ('Kompas.com - 15/05/2022, 08:18 WIB' / 'Penulis Sandro Gatra' / '|'; the other print has the names over"
          " 'Tim Redaksi')")
SUL21 = ("https://homolog.sul21.com.br/noticias/entrevistas/2014/10/geneton-moraes-neto-fala-das-duas-verdades-e-dos-"
         "desafios-do-jornalismo-em-tempos-de-internet-2/?amp=1 ('Por' / 'Sul 21' / address, then 'Débora Fogliatto*';"
         " captions ending '| Foto: NAME/Sul21')")
VNS = ("https://en.tintuc1.com/news/2021-06-11/vietnamnews-sorry-seems-to-be-the-hardest-word ('By Nguyễn Mỹ Hà');"
       " https://vietnamnews.vn/opinion/298037/readers-review-why-read-viet-nam-news.html ('Update: DATE' / NAME /"
       " 'Viet Nam News')")
STRAITS = ("https://heresthenews.blogspot.com/2015/06/ (Straits Times copy: 'By Han Fook Kwang Editor At Large',"
           " the title run on with no comma)")
TURKISH = ("https://m.marmarayerelhaber.com/yildiray-ogur/59784-bir-gun-gazetelerden-okuruz ('Yıldıray OĞUR' over"
           " the column: given name, family name in capitals); https://medyascope.tv/2020/12/05/gomasinen-15-gordugum-"
           "sevdigim-ve-uzuldugum-iran/ ('Yayına hazırlayan: NAME', '(Foto: NAME)')")
EUROPA = ("https://www.telecinco.es/noticias/cultura/Jose-Apezarena-Europa-Press-periodistas_0_2140425667.html?amp=true"
          " ('EUROPA PRESS 01/03/2016 22:32' where a byline stands)")
DTS = ("https://www.hasepost.de/page/5602/?a=page_o_tologin&m=pc ('München (dts Nachrichtenagentur) –' leads,"
       " 'Foto: Verdi, über dts Nachrichtenagentur' under them)")
RAPPLER = ("https://rappler9.rssing.com/chan-52296370/all_p60.html (captions 'FIRE. A seat ... Photo from Department"
           " of Transportation', 'MANILA, Philippines –' leads)")
LEXIS = ("https://github.com/smkerr/news-israel-gaza/blob/HEAD/wrangling_function.R (Nexis Uni text exports:"
         " 'Byline:', 'Section:', 'Length:', 'Load-Date:' lines); https://github.com/JBGruber/LexisNexisTools"
         " (older exports in capitals: 'BYLINE:', 'LENGTH:')")
FACTIVA = ("https://github.com/laneatmore/factiva_html_parser (Factiva fields HD, BY, WC, PD, SN, one a line)")
KNOWN = "house convention as its web copy prints it (written from memory; not found with the search tool)"

TWELFTH: tuple[ZooCredit, ...] = (
    # By-lines over the story, with titles and outlets
    _c("Straits Times", "By NAME TITLE (title run on, no comma)",
       "By Tan Wei Ling Senior Correspondent\n\nSINGAPORE - The port will add two automated berths next year.",
       [("Tan Wei Ling", "author")], STRAITS),
    _c("Viet Nam News", "By NAME with Vietnamese diacritics",
       "By Trần Thu Hương\n\nHÀ NỘI — The capital will plant 20,000 trees along the ring road.",
       [("Trần Thu Hương", "author")], VNS),
    _c("Viet Nam News", "Update: DATE / NAME / OUTLET over the story",
       "Update: July, 05/2024 - 09:15\nLe Minh Khoa\nViet Nam News\n\n"
       "HCM CITY — The city opened its second metro line to riders on Friday.",
       [("Le Minh Khoa", "author")], VNS),
    _c("Kompas", "OUTLET - DATE / Penulis NAME / | (label with no colon)",
       "Kompas.com - 05/07/2024, 08:18 WIB\nPenulis Rina Wulandari\n|\n\n"
       "KOMPAS.com - Pemerintah kota membuka jalur sepeda baru di pusat kota.",
       [("Rina Wulandari", "writing")], KOMPAS),
    _c("Tribunnews", "Laporan Wartawan OUTLET, NAME (Indonesian 'reporter's report')",
       "Laporan Wartawan Tribunnews.com, Yohanes Kurniawan\n\n"
       "TRIBUNNEWS.COM, JAKARTA - Dinas perhubungan menambah 50 bus listrik.",
       [("Yohanes Kurniawan", "author")],
       "Tribun network's head line 'Laporan Wartawan Tribunnews.com, NAME'; " + KNOWN),
    _c("Sul21", "NAME* over the story with an asterisk note at the foot",
       "Carolina Dutra*\n\nPORTO ALEGRE - A prefeitura reabriu o mercado público no sábado.\n\n"
       "*Estagiária de jornalismo",
       [("Carolina Dutra", "author")], SUL21),
    _c("Hürriyet", "Given SURNAME over a column (family name in capitals)",
       "Selin ÖZTÜRK\n\nİstanbul'un yeni metro hattı cumartesi günü açıldı.",
       [("Selin Öztürk", "author")], TURKISH),
    _c("The Guardian", "NAME in CITY as a bare line over the story",
       "Helena Marsh in Lisbon\n\nPortugal's parliament approved the rail budget on Thursday.",
       [("Helena Marsh", "author")],
       "The Guardian's web bylines ('Jon Henley in Paris' under the standfirst); " + KNOWN),
    _c("The Guardian", "NAME and NAME in CITY as a bare line",
       "Owen Pryce and Mariam Haddad in Beirut\n\nThe port reopened to grain ships on Monday.",
       [("Owen Pryce", "author"), ("Mariam Haddad", "author")],
       "The Guardian's shared web bylines ('NAME and NAME in CITY'); " + KNOWN),
    _c("Irish Times", "NAME / TITLE on two bare lines",
       "Niamh Gallagher\nSocial Affairs Correspondent\n\nDUBLIN - The Government will fund 400 new childcare places.",
       [("Niamh Gallagher", "author")], "Irish Times bylines (name over the desk title, no 'By'); " + KNOWN),
    _c("NZZ", "NAME, CITY as a bare line over the story",
       "Nina Keller, Zürich\n\nDie Stadt baut eine neue Tramlinie zum Flughafen.",
       [("Nina Keller", "author")], "Swiss and German dailies' 'NAME, CITY' head line; " + KNOWN),
    _c("News24", "NAME, OUTLET as a bare line over the story",
       "Thabo Nkosi, News24\n\nCAPE TOWN - The city will add 40 new buses to its fleet.",
       [("Thabo Nkosi", "author")], "South African web copy's 'NAME, News24' head line; " + KNOWN),
    _c("AAP", "By NAME / OUTLET in title case on its own line",
       "By Liam O'Connell\nAustralian Associated Press\n\nSYDNEY - Ferry fares will fall by a fifth from Monday.",
       [("Liam O'Connell", "author")], "AAP copy as Australian dailies print it ('By NAME' over 'Australian"
       " Associated Press'); " + KNOWN),
    _c("Al Jazeera", "By NAME / Published On DATE",
       "By Yusuf Demir\nPublished On 5 Jul 2024\n\nThe Turkish central bank held its rate on Thursday.",
       [("Yusuf Demir", "author")], "Al Jazeera web copy ('By NAME' over 'Published On 5 Jul 2024'); " + KNOWN),
    _c("Dawn", "NAME | Published DATE",
       "Zainab Qureshi | Published July 5, 2024\n\nKARACHI: The port trust approved a new container terminal.",
       [("Zainab Qureshi", "author")], "Pakistani web copy ('NAME | Published DATE'), like the zoo's 'NAME | DATE'; "
       + KNOWN),
    _c("Inquirer", "By: NAME - TITLE (colon, title after a dash)",
       "By: Paolo Reyes - Reporter\n\nMANILA, Philippines - The House approved the rice bill on Monday.",
       [("Paolo Reyes", "author")], "INQUIRER.net bylines ('By: NAME - Reporter'); " + KNOWN),
    _c("Premium Times", "By NAME, for OUTLET",
       "By Aisha Bello, for Premium Times\n\nABUJA - The senate passed the power bill on Tuesday.",
       [("Aisha Bello", "author")], "freelance credits 'By NAME, for OUTLET'; " + KNOWN),
    _c("Los Angeles Times", "By NAME, Special to OUTLET",
       "By Marcus Hale, Special to The Times\n\nLOS ANGELES - The city council approved the transit plan.",
       [("Marcus Hale", "author")], "US dailies' 'Special to The Times' freelance credit; " + KNOWN),
    _c("Any", "By A, B & C (ampersand before the last name)",
       "By Ines Vogel, Tomas Berg & Clara Lind\n\nSTOCKHOLM - The city opened three new ferry piers.",
       [("Ines Vogel", "author"), ("Tomas Berg", "author"), ("Clara Lind", "author")],
       "web bylines joining names with '&'; " + KNOWN),
    # other Latin-script languages
    _c("Der Standard", "Von NAME und NAME (German double byline)",
       "Von Lena Hofer und Tobias Wenger\n\nWIEN - Die Stadt verlängert die U-Bahn-Linie U2.",
       [("Lena Hofer", "author"), ("Tobias Wenger", "author")],
       "Austrian and German double bylines 'Von NAME und NAME' ('Von NAME, AGENCY' in the zoo); " + KNOWN),
    _c("NRC", "Door NAME en NAME (Dutch double byline)",
       "Door Eva de Wit en Joris van Dam\n\nROTTERDAM - De haven opent een nieuwe containerterminal.",
       [("Eva de Wit", "author"), ("Joris van Dam", "author")],
       "Dutch double bylines 'Door NAME en NAME' ('Door NAME' in the zoo); " + KNOWN),
    _c("Dutch daily", "Met medewerking van NAME at the foot",
       "UTRECHT - De stad opent een tweede fietsenstalling bij het station.\n\nMet medewerking van Sanne Bakker",
       [("Sanne Bakker", "additional_reporting")], "Dutch 'Met medewerking van' (German 'Mitarbeit:' in the zoo); "
       + KNOWN),
    _c("Le Soir", "Par NAME et NAME (French double byline)",
       "Par Camille Dubois et Hugo Lambert\n\nBRUXELLES - La ville rouvre le tunnel Léopold II.",
       [("Camille Dubois", "author"), ("Hugo Lambert", "author")],
       "French and Belgian double bylines 'Par NAME et NAME'; " + KNOWN),
    _c("Le Monde", "Par NAME (CITY, envoyé spécial)",
       "Par Julien Moreau (Dakar, envoyé spécial)\n\nLe port de Dakar a rouvert son terminal céréalier.",
       [("Julien Moreau", "author")], "Le Monde's 'Par NAME (Ville, envoyé spécial)' head line; " + KNOWN),
    _c("French daily", "Propos recueillis par NAME (interview)",
       "Propos recueillis par Claire Martin\n\nLe maire explique pourquoi la ville rachète son réseau d'eau.",
       [("Claire Martin", "author")], "French interviews credited 'Propos recueillis par NAME'; " + KNOWN),
    _c("El País", "NAME over 'City - DATE - TIME'",
       "Marta Ibáñez\nMadrid - 05 jul 2024 - 10:30 CEST\n\nEl Gobierno aprobó el nuevo plan de cercanías.",
       [("Marta Ibáñez", "author")], "El País web copy (name over 'Madrid - 05 JUL 2024 - 10:30 CEST'); " + KNOWN),
    _c("Clarín", "Por NAME, enviado especial a CITY",
       "Por Martín Giménez, enviado especial a Bariloche\n\nEl aeropuerto reabrió tras la nevada.",
       [("Martín Giménez", "author")], "Argentine dailies' 'Por NAME, enviado especial a CIUDAD'; " + KNOWN),
    _c("Folha", "Colaboraram NAME e NAME at the foot (Portuguese)",
       "SÃO PAULO - A prefeitura ampliou o horário do metrô.\n\nColaboraram Pedro Alves e Luísa Prado",
       [("Pedro Alves", "additional_reporting"), ("Luísa Prado", "additional_reporting")],
       "Brazilian dailies' 'Colaborou NAME' / 'Colaboraram NAME e NAME' foot; " + KNOWN),
    _c("Corriere della Sera", "di NAME e NAME (Italian double byline)",
       "di Marco Rinaldi e Giulia Ferri\n\nMILANO - Il Comune ha aperto la nuova linea della metropolitana.",
       [("Marco Rinaldi", "author"), ("Giulia Ferri", "author")],
       "Italian double bylines 'di NAME e NAME' ('di NAME' in the zoo); " + KNOWN),
    _c("La Stampa", "dal nostro inviato NAME",
       "dal nostro inviato Paolo Esposito\n\nNAPOLI - Il porto ha riaperto il molo dei traghetti.",
       [("Paolo Esposito", "author")], "Italian 'dal nostro inviato NAME' (German 'Von unserer Korrespondentin' in"
       " the zoo); " + KNOWN),
    _c("Italian web", "A cura di NAME at the foot",
       "ROMA - Il Comune ha approvato il piano dei parcheggi.\n\nA cura di Francesca Neri",
       [("Francesca Neri", "editing")], "Italian 'A cura di NAME' (edited by); " + KNOWN),
    _c("Rzeczpospolita", "oprac. NAME at the foot (Polish 'compiled')",
       "WARSZAWA - Miasto otworzyło nowy most na Wiśle.\n\noprac. Katarzyna Lis",
       [("Katarzyna Lis", "compiled")], "Polish web copy's 'oprac. NAME' (opracowanie); " + KNOWN),
    _c("Czech Radio", "Autor: NAME | Zdroj: AGENCY at the foot",
       "PRAHA - Město otevřelo novou tramvajovou trať.\n\nAutor: Jana Nováková | Zdroj: ČTK",
       [("Jana Nováková", "author")], "Czech web copy's 'Autor:' and 'Zdroj:' (source) labels; " + KNOWN),
    _c("Turkish web", "Muhabir: NAME / Kamera: NAME at the foot",
       "ANKARA - Belediye yeni otobüs hattını açtı.\n\nMuhabir: Emre Yıldız\nKamera: Burak Şahin",
       [("Emre Yıldız", "reporting"), ("Burak Şahin", "video")],
       "Turkish agency and TV web credits 'Muhabir:' (reporter), 'Kamera:'; " + KNOWN),
    _c("Turkish web", "Yayına hazırlayan: NAME at the foot",
       "İZMİR - Belediye yeni vapur seferleri başlattı.\n\nYayına hazırlayan: Zeynep Arslan",
       [("Zeynep Arslan", "editing")], TURKISH),
    _c("Vietnamese daily", "Bai: NAME - Anh: NAME (Vietnamese without diacritics)",
       "HA NOI - Thanh pho mo them hai tuyen xe buyt dien.\n\nBai: Tran Minh Duc - Anh: Le Hoang Nam",
       [("Tran Minh Duc", "writing"), ("Le Hoang Nam", "photo")],
       "Vietnamese dailies' 'Bài: NAME - Ảnh: NAME' (text, photo), printed here without diacritics; " + KNOWN),
    _c("Kompas", "Penulis: NAME | Editor: NAME on one line",
       "JAKARTA - Pemerintah menambah jadwal kereta bandara.\n\nPenulis: Dimas Prasetyo | Editor: Sri Handayani",
       [("Dimas Prasetyo", "writing"), ("Sri Handayani", "editing")], KOMPAS + "; 'Penulis:'/'Editor:' in the zoo"),
    # NITF-like lines and database exports, e-mail sign-offs
    _c("Nexis Uni", "Byline: NAME among export metadata lines",
       "Section: NEWS; Pg. 4\nLength: 412 words\nByline: Rachel Kim\n\nBody\n\n"
       "SEOUL - The city will run late buses over the holiday.\n\nLoad-Date: July 6, 2024",
       [("Rachel Kim", "author")], LEXIS),
    _c("LexisNexis", "BYLINE: By NAME, TITLE in an old capitals export",
       "SECTION: METRO; Pg. B2\nLENGTH: 530 words\nBYLINE: By Daniel Ortiz, Staff Writer\n\n"
       "PHOENIX - The city council approved a new light-rail line.",
       [("Daniel Ortiz", "author")], LEXIS),
    _c("Factiva", "BY NAME among HD / WC / PD / SN field lines",
       "HD Harbour expansion approved\nBY Sophie Grant\nWC 380 words\nPD 5 July 2024\nSN Example Daily\n\n"
       "LP BRISTOL - The council approved the harbour expansion on Friday.",
       [("Sophie Grant", "author")], FACTIVA),
    _c("Wall Street Journal", "Write to NAME at E-MAIL and NAME at E-MAIL at the foot",
       "NEW YORK - Stocks rose on Friday.\n\n"
       "Write to Ana Ruiz at ana.ruiz@example.com and Ben Cole at ben.cole@example.com",
       [("Ana Ruiz", "reporting"), ("Ben Cole", "reporting")],
       "Dow Jones copy's 'Write to NAME at E-MAIL' foot (Bloomberg's contact block in the zoo); " + KNOWN),
    # precision: credit nobody
    _c("Europa Press", "AGENCY IN CAPITALS DATE TIME where a byline stands",
       "EUROPA PRESS 05/07/2024 22:32\n\nMADRID - El Congreso aprobó la ley de vivienda.", [], EUROPA,
       kind="precision"),
    _c("Kompas", "Tim Redaksi (the desk) under the date line",
       "Kompas.com - 05/07/2024, 08:18 WIB\nTim Redaksi\n\nKOMPAS.com - Kota membuka taman baru.", [], KOMPAS,
       kind="precision"),
    _c("Sul21", "Por / OUTLET / e-mail on three lines",
       "Por\nSul 21\nredacao@example.com.br\n\nPORTO ALEGRE - A prefeitura reabriu o mercado.", [], SUL21,
       kind="precision"),
    _c("dts", "Foto: ORGANISATION, über AGENCY under the story",
       "München (dts Nachrichtenagentur) - Die Stadt erhöht die Parkgebühren.\n\n"
       "Foto: Stadtwerke München, über dts Nachrichtenagentur", [], DTS, kind="precision"),
    _c("Rappler", "a caption crediting an organisation ('Photo from ORG')",
       "MANILA, Philippines - A train stalled on the line for an hour.\n\n"
       "STALLED. Passengers walk along the tracks on Monday. Photo from Department of Transportation\n\n"
       "Nobody was hurt.", [], RAPPLER, kind="precision"),
    _c("Turkish web", "Haber Merkezi (news desk) over the story",
       "Haber Merkezi\n\nANKARA - Meclis yeni bütçeyi kabul etti.", [],
       "Turkish web copy's desk credit 'Haber Merkezi'; " + KNOWN, kind="precision"),
    _c("Daily Star", "Star Online Report (a desk) over the story",
       "Star Online Report\n\nDHAKA - The metro rail extended its hours.", [],
       "Bangladeshi web copy's desk credits ('Star Online Report', 'Staff Correspondent'); " + KNOWN,
       kind="precision"),
    _c("Czech Radio", "Zdroj: AGENCY alone at the foot",
       "BRNO - Město otevřelo nové koupaliště.\n\nZdroj: ČTK", [], "Czech 'Zdroj:' (source) label; " + KNOWN,
       kind="precision"),
    _c("HINA", "Autor: AGENCY at the foot",
       "ZAGREB - Grad je otvorio novi most.\n\nAutor: Hina", [],
       "Croatian web copy crediting the agency under 'Autor:'; " + KNOWN, kind="precision"),
    _c("LexisNexis", "BYLINE: AGENCY NAME in an export",
       "SECTION: INTERNATIONAL\nLENGTH: 298 words\nBYLINE: Agence France Presse\n\n"
       "PARIS - The Louvre extended its opening hours.", [], LEXIS, kind="precision"),
    _c("Any", "a title-case headline starting 'By'",
       "By Land and Sea, Aid Reaches the Islands\n\nSUVA - Relief ships reached the outer islands on Monday.", [],
       "headlines that open with 'By' over the story", kind="precision"),
    _c("Any", "a sentence starting 'By law, ...'",
       "By law, the port must publish its accounts every spring.\n\nThe accounts show a profit.", [],
       "a sentence that starts with 'By' and a noun", kind="precision"),
    _c("Any", "a headline 'By-election ...'",
       "By-election called in Harbour Ward\n\nLEEDS - Voters will choose a new councillor in September.", [],
       "British copy's 'By-election' headlines", kind="precision"),
    _c("Any", "a German sentence starting 'Von Berlin aus'",
       "Von Berlin aus fahren ab Montag mehr Nachtzüge nach Wien.\n\nDie Bahn rechnet mit vollen Zügen.", [],
       "a sentence that starts with the credit word 'Von' and a place", kind="precision"),
    _c("Any", "Door de redactie (Dutch 'by the editors')",
       "Door de redactie\n\nAMSTERDAM - De gemeente verlaagt de tarieven van de pont.", [],
       "Dutch desk credit 'Door de redactie'; " + KNOWN, kind="precision"),
    _c("Le Figaro", "Par OUTLET avec AGENCY",
       "Par Le Figaro avec AFP\n\nPARIS - La mairie ferme les quais à la circulation.", [],
       "French web copy's 'Par Le Figaro avec AFP'; " + KNOWN, kind="precision"),
    _c("Italian web", "di Redazione Online (a desk)",
       "di Redazione Online\n\nTORINO - La città ha aperto un nuovo parco.", [],
       "Italian desk credits 'di Redazione Online'; " + KNOWN, kind="precision"),
    _c("Polish daily", "oprac. INITIALS (a desk code)",
       "KRAKÓW - Miasto otworzyło nowy basen.\n\noprac. mk", [],
       "Polish 'oprac.' with a desk's initials; " + KNOWN, kind="precision"),
    _c("Brazilian web", "Da Redação (the desk)",
       "Da Redação\n\nRIO DE JANEIRO - A prefeitura reabriu a ciclovia.", [],
       "Brazilian desk credit 'Da Redação'; " + KNOWN, kind="precision"),
    _c("Any", "Pressekontakt: ORGANISATION / Telefon (a contact block)",
       "HAMBURG - Die Stadtwerke senken die Strompreise.\n\nPressekontakt:\nStadtwerke Hamburg\n"
       "Telefon: 040 555 0100", [], "German press releases' 'Pressekontakt:' block; " + KNOWN, kind="precision"),
    _c("La Vanguardia", "Corresponsal en CITY (a title and a place alone)",
       "Corresponsal en Bruselas\n\nBRUSELAS - La Comisión aprobó el plan de trenes.", [],
       "Spanish title-only credits; " + KNOWN, kind="precision"),
    _c("Any", "a headline in capitals naming a person",
       "PRESIDENT WIDODO OPENS NEW PORT\nJAKARTA - The president opened a deep-sea port on Monday.", [],
       "capitals headlines over the lead naming a person", kind="precision"),
    _c("Vietnamese web", "Theo AGENCY (Vietnamese 'according to') at the foot",
       "HA NOI - Thanh pho mo them hai cong vien.\n\nTheo TTXVN", [],
       "Vietnamese web copy's 'Theo TTXVN' (according to VNA); " + KNOWN, kind="precision"),
)

# ------------------------------------------------------------------ the thirteenth batch (blind)

EYE = "https://www.eyeontaiwan.com/category/front-page/page/43 (search: pages)"
EYE2 = "https://www.eyeontaiwan.com/category/page-two/page/152 (search: pages)"
HOT = "https://english.hotnews.ro/top_news (search: pages; 'de NAME', 'de Editorial Staff')"
HOT2 = "http://english.hotnews.ro/top_news?p_67205__page=1 (search: pages; 'de NAME, transl. C.I.', 'de Ed. Staff')"
PANORAMA = "http://www.pressreader.com/albania/panorama-sport-albania/20230316/281745568619741 ('- Nga NAME')"
PQ = ("chennesy/pq_parser README + a ProQuest txt parser (META = '([A-Z][A-Za-z- ]*?):' field lines)"
      " found with search: code")
WP1 = "10up/grunt-wp-theme root/content-single.php ('By <author> on <date>') (search: code)"
WP2 = "davidmanson/monsieurpress template-parts/content-excerpt.php ('Posted DATE by AUTHOR') (search: code)"
WP3 = "anita-tpj/electrontwo partials/content-archive.php ('DATE | by AUTHOR | Posted in: ...') (search: code)"
PW = "BioClub/labU templates/post.php (byline block 'Author: ... Published: ...') (search: code)"
SABAH = ("https://www.dailysabah.com/turkey/2020/01/31/daily-sabah-chosen-as-best-foreign-language-newspaper-of-the-year"
         " ('DAILY SABAH / ISTANBUL / Published DATE') (search: pages)")
SCOOP = "https://turkiyescoop.com/author/dailysabah/page/28 ('Author: Daily Sabah') (search: pages)"
TRF = "https://allafrica.com/list/aans/post/af/pubkey/publisher:editorial:00011494.html (TRF copy, search: pages)"
KYIV = "https://www.kyivindependent.com/author/katya-denisova (author/editor roles) (search: pages)"
MEMORY = "house convention as its web copy prints it (written from memory; not confirmed with the search tool)"


THIRTEENTH: tuple[ZooCredit, ...] = (
    # ---- By-lines over the story, titles, outlets, metadata-like lines
    _c("Focus Taiwan", "OUTLET / Date: / By: A and B over the lead",
       "Focus Taiwan\nDate: 07/05/2024\nBy: Lin Mei-hua and Kevin Chou\n\n"
       "Taipei, July 5 (CNA) The city opened a second ferry pier on the Tamsui River on Friday.",
       [("Lin Mei-hua", "author"), ("Kevin Chou", "author")], EYE),
    _c("Taipei Times", "By: NAME / Staff reporter",
       "Taipei Times\nDate: Jul 06, 2024\nBy: Chen Yu-ting / Staff reporter\n\n"
       "The Ministry of Transportation yesterday approved two new rail links in the south.",
       [("Chen Yu-ting", "author")], EYE),
    _c("Taipei Times", "By NAME / Staff reporter, with CNA",
       "By Huang Wen-chi / Staff reporter, with CNA\n\n"
       "The harbor bureau said yesterday that cargo volumes rose in June.",
       [("Huang Wen-chi", "author")], EYE2 + "; EYE front page 33 ('By: NAME / Staff reporter, with CNA')"),
    _c("Taiwan News", "By: NAME, OUTLET, Staff Writer",
       "By: Daniel Hartley, Taiwan News, Staff Writer\n\n"
       "TAIPEI (Taiwan News) - The city council approved a budget for 300 new bus shelters on Friday.",
       [("Daniel Hartley", "author")], EYE2),
    _c("World Journal", "By: NAME for OUTLET / Translated by NAME at the foot",
       "By: Lai Shu-fen for World Journal\n\n"
       "NEW YORK - Hundreds of students lined up for the language exam on Saturday.\n\n"
       "The exam is held twice a year.\n\nTranslated by Rong Meiling",
       [("Lai Shu-fen", "author"), ("Rong Meiling", "translation")], EYE2),
    _c("PA Media", "By NAME, PA TITLE",
       "By Owen Bradley, PA Political Correspondent\n\nLONDON - Ministers will publish the rail review next week.",
       [("Owen Bradley", "author")], MEMORY),
    _c("PA Media", "By A and B, PA",
       "By Gemma Price and Aled Hughes, PA\n\nCARDIFF - The Senedd approved new bus franchising rules on Tuesday.",
       [("Gemma Price", "author"), ("Aled Hughes", "author")], MEMORY),
    _c("ABC (Australia)", "By TITLE NAME (title before the name)",
       "By political reporter Chloe Whitfield\n\nCANBERRA - The government will fund 40 new regional clinics.",
       [("Chloe Whitfield", "author")], MEMORY),
    _c("ABC (Australia)", "By A and B over the story",
       "By Chloe Whitfield and Liam Dao\n\nDARWIN - The port handled a record number of cattle ships in June.",
       [("Chloe Whitfield", "author"), ("Liam Dao", "author")], MEMORY),
    _c("Euronews", "By NAME with AGENCY, AGENCY",
       "By Anneli Virtanen with AFP, AP\n\nBRUSSELS - EU ministers agreed on a common rail ticket on Monday.",
       [("Anneli Virtanen", "author")], MEMORY),
    _c("Jakarta Post", "NAME (OUTLET) / City ● DATE over the story",
       "Ardi Wibowo (The Jakarta Post)\nJakarta ● Fri, July 5, 2024\n\n"
       "The capital's administration will add 150 electric buses by December.",
       [("Ardi Wibowo", "author")], "find_string id 26942842812 ('NAME (The Jakarta Post) Jakarta ● Thu, February 24,"
       " 2022')"),
    _c("South China Morning Post", "NAME / Published: TIME, DATE",
       "Lam Ka-wing\nPublished: 10:30am, 5 Jul 2024\n\nHong Kong's ferry operators will add night sailings to Lamma.",
       [("Lam Ka-wing", "author")], MEMORY),
    _c("Arab News", "Author: NAME / DATE over the story",
       "Author: Faisal Al-Harbi\nFri, 2024-07-05 10:30\n\nRIYADH - The metro opened two more lines on Friday.",
       [("Faisal Al-Harbi", "author")], MEMORY + "; 'Author:' lines as " + PW),
    _c("Times of Malta", "NAME / N min read over the story",
       "Karl Azzopardi\n3 min read\n\nVALLETTA - The Grand Harbour ferry will run every 15 minutes from Monday.",
       [("Karl Azzopardi", "author")], "https://timesofmalta.com/article/i-wasnt-expecting-that-journalists-story-behind-stories-2024.1103065"
       " (Times of Malta team bylines) + " + MEMORY),
    _c("Daily Sabah", "NAME / CITY / Published DATE TIME",
       "Merve Aydın\nISTANBUL\nPublished 05.07.2024 17:57\n\nThe city's ferries will run until 2 a.m. over the summer.",
       [("Merve Aydın", "author")], SABAH + " (a name where the outlet stands)"),
    _c("BIRN", "NAME / OUTLET / City over the story",
       "Milica Jovanović\nBIRN\nBelgrade\n\nSerbia's parliament adopted the new media law on Thursday.",
       [("Milica Jovanović", "author")], MEMORY),
    _c("El Mundo", "NAME IN CAPITALS / City / Actualizado DATE",
       "MARÍA JESÚS GARCÍA\nMadrid\nActualizado Viernes, 5 julio 2024 - 10:30\n\n"
       "El Ayuntamiento abrirá dos nuevas líneas de autobús en septiembre.",
       [("María Jesús García", "author")], MEMORY),
    _c("ABC (Spain)", "NAME / City / DATE / Actualizado",
       "Laura Martín\nMadrid\n05/07/2024\nActualizado a las 10:30h.\n\n"
       "El metro ampliará su horario los fines de semana.",
       [("Laura Martín", "author")], MEMORY),
    _c("ProQuest", "Author: Surname, Given among export field lines",
       "Harbor dredging resumes\nAuthor: Delgado, Ramón\nPublication info: The Harbor Ledger; 05 July 2024: A.3.\n"
       "Publication year: 2024\n\nFull text: PORTLAND, Maine - Dredging of the inner harbor resumed on Friday.",
       [("Ramón Delgado", "author")], PQ),
    _c("ProQuest", "Author: Surname, Given; Surname, Given",
       "School levy passes\nAuthor: Whitcombe, Laura; Obi, Chinwe\n"
       "Publication info: Valley Courier; 05 July 2024: B.1.\n\n"
       "Full text: FRESNO, Calif. - Voters approved the school levy by a wide margin.",
       [("Laura Whitcombe", "author"), ("Chinwe Obi", "author")], PQ),
    _c("WordPress theme", "By NAME on DATE under the title",
       "By Hana Novak on July 5, 2024\n\nThe town council voted to keep the public pool open until October.",
       [("Hana Novak", "author")], WP1),
    _c("WordPress theme", "Posted DATE by NAME",
       "Posted July 5, 2024 by Tomasz Lewandowski\n\nThe county fair returns to the riverside park this weekend.",
       [("Tomasz Lewandowski", "author")], WP2),
    _c("WordPress theme", "DATE TIME | by NAME | Posted in: SECTION",
       "July 5, 2024 10:30 am | by Grace Mwangi | Posted in: Local News\n\n"
       "The library will extend its opening hours during the school holidays.",
       [("Grace Mwangi", "author")], WP3),
    _c("ProcessWire site", "Author: NAME / Published: DATE at the foot",
       "BERLIN - The community lab opened a second workshop for schools.\n\n"
       "Author: Leon Hartmann\nPublished: Friday 5th of July 2024 10:30:00 AM",
       [("Leon Hartmann", "author")], PW),
    _c("Hugo site", "front matter author: NAME over the story",
       "---\ntitle: \"Tram depot reopens\"\nauthor: \"Nadia Farouk\"\ndate: 2024-07-05\n---\n\n"
       "ALEXANDRIA - The old tram depot reopened as a museum on Friday.",
       [("Nadia Farouk", "author")], "static-site front matter ('author:' beside 'title:' and 'date:'); " + MEMORY),
    _c("NDTV", "Edited by: NAME | Updated: DATE at the head",
       "Edited by: Anjali Rao | Updated: July 05, 2024 10:30 am IST\n\n"
       "New Delhi: The railway ministry announced 20 new trains for the monsoon season.",
       [("Anjali Rao", "editing")], MEMORY),
    _c("Korea Herald", "By NAME and an e-mail at the foot",
       "By Park Seo-yeon\n\nSEOUL - The city will run late-night buses on four more routes.\n\n"
       "Officials said demand had doubled.\n\npark.sy@heraldcorp.com",
       [("Park Seo-yeon", "author")], "find_string ids 20210662251, 4583804134 (Herald copy ending with the reporter's"
       " '...@heraldcorp.com' alone on the last line); 'By NAME' head " + MEMORY),
    _c("Korea Herald", "e-mail sign-off alone (nobody named)",
       "SEOUL - Exports of ships rose 12 percent in June, the ministry said.\n\nkimjh@heraldcorp.com",
       [(None, "author")], "find_string id 20210662251 ('balme@heraldcorp.com' closing the story, nobody named)"),
    _c("Korea Herald", "two e-mail sign-offs on two lines (nobody named)",
       "SEOUL - The city will cover half the cost of demolition surveys for old houses.\n\n"
       "keun@heraldcorp.com\nhwlee@heraldcorp.com",
       [(None, "author"), (None, "author")],
       "find_string id 42556764283 (two '...@heraldcorp.com' lines closing a story)"),
    # ---- credits at the end
    _c("Thomson Reuters Foundation", "(Reporting by A; Editing by B. Please credit ORG.)",
       "NAIROBI - Farmers in the valley switched to drought-resistant sorghum this season.\n\n"
       "The switch cut their losses by half, a survey found.\n\n"
       "(Reporting by Amara Nwosu; Editing by Helen Ford. Please credit the Thomson Reuters Foundation.)",
       [("Amara Nwosu", "reporting"), ("Helen Ford", "editing")], TRF),
    _c("CNN", "OUTLET's A and B contributed to this report.",
       "WASHINGTON - The Senate passed the water infrastructure bill on Thursday.\n\n"
       "CNN's Priya Raman and Tomás Ortega contributed to this report.",
       [("Priya Raman", "additional_reporting"), ("Tomás Ortega", "additional_reporting")],
       "find_string id 18752586092 (a scraped CNN table: 'CNN's NAME and NAME contributed to this report.')"),
    _c("CNN", "By NAME, OUTLET over a (CNN) lead",
       "By Ravi Menon, CNN\n\nNAIROBI, Kenya (CNN) - Kenya's railway will add a second night train to Mombasa.",
       [("Ravi Menon", "author")], "find_string id 18752586092 (byline field 'NAME, CNN' beside '(CNN)' leads)"),
    _c("ABC News (US)", "OUTLET's A and B, MD, a TITLE in DESK, contributed to this report.",
       "NEW YORK - A new study links short sleep to higher blood pressure in teenagers.\n\n"
       "ABC News' Dana Whitaker and Omar Haddad, MD, a resident in the ABC News Medical Unit,"
       " contributed to this report.",
       [("Dana Whitaker", "additional_reporting"), ("Omar Haddad", "additional_reporting")],
       "find_string id 4191943833 (ABC News copy: 'ABC News' NAME and NAME, MD, a resident in the ABC News Medical"
       " Unit, contributed to this report.')"),
    _c("Washington Post", "NAME in CITY contributed to this report.",
       "RIGA - Latvia will open a new border crossing in the autumn.\n\n"
       "Svetlana Orlova in Riga contributed to this report.",
       [("Svetlana Orlova", "additional_reporting")], MEMORY),
    _c("Irish Independent", "Additional reporting by NAME in CITY",
       "GALWAY - The city council approved the new harbour plan on Monday.\n\n"
       "Additional reporting by Ciarán Walsh in Galway",
       [("Ciarán Walsh", "additional_reporting")], MEMORY),
    _c("Philippine Star", "— With A, B at the foot",
       "MANILA - The MRT will add four trains during rush hour from Monday.\n\n— With Janelle Ocampo, Rico Santos",
       [("Janelle Ocampo", "additional_reporting"), ("Rico Santos", "additional_reporting")], MEMORY),
    _c("ABS-CBN", "—With a report from NAME, OUTLET",
       "MANILA - Classes were suspended in five cities because of the storm.\n\n"
       "—With a report from Carla Villanueva, ABS-CBN News",
       [("Carla Villanueva", "additional_reporting")],
       "find_string id 370070678 ('– With a report from NAME/Rappler.com' closing Philippine copy); ABS-CBN's own "
       "print "
       + MEMORY),
    _c("India Today", "(With inputs from NAME) at the foot",
       "MUMBAI - The civic body will open 12 new health posts in the suburbs.\n\n(With inputs from Devika Menon)",
       [("Devika Menon", "additional_reporting")],
       "https://www.indiatoday.in/india?view_type=grid (India Today copy) + " + MEMORY),
    _c("Kyiv Independent", "Author: NAME / Editor: NAME at the foot",
       "KYIV - The city restored power to three districts overnight.\n\nAuthor: Oksana Hrytsenko\nEditor: Dmytro Koval",
       [("Oksana Hrytsenko", "author"), ("Dmytro Koval", "editing")], KYIV),
    _c("BTA", "Editor: NAME at the foot of agency copy",
       "Sofia, July 5 (BTA) - The government approved the new highway tender on Friday.\n\nEditor: Maria Koleva",
       [("Maria Koleva", "editing")], MEMORY),
    # ---- credits in other Latin-script languages
    _c("HotNews", "de NAME / DAY, DATE (Romanian 'by')",
       "de Andrei Ionescu\nVineri, 5 Iul 2024\n\nBUCUREȘTI - Primăria a deschis două noi linii de tramvai.",
       [("Andrei Ionescu", "author")], HOT),
    _c("HotNews", "de NAME, transl. INITIALS",
       "de Andrei Ionescu, transl. M.P.\n\nBUCHAREST - The government approved the new rail budget on Tuesday.",
       [("Andrei Ionescu", "author")], HOT2),
    _c("Adevărul", "de A și B (Romanian double byline)",
       "de Ioana Stan și Mihai Dobre\n\nCLUJ - Consiliul local a aprobat noul parc industrial.",
       [("Ioana Stan", "author"), ("Mihai Dobre", "author")], HOT + "; Romanian 'și' (and); " + MEMORY),
    _c("Digi24", "Redactor: NAME at the foot (Romanian 'editor')",
       "IAȘI - Spitalul județean a deschis o nouă secție de urgență.\n\nRedactor: Elena Vasilescu",
       [("Elena Vasilescu", "editing")], MEMORY),
    _c("Panorama (Albania)", "Nga NAME IN CAPITALS (Albanian 'by')",
       "Nga ARBEN KELMENDI\n\nTIRANË - Bashkia hapi një park të ri në lagjen e Kombinatit.",
       [("Arben Kelmendi", "author")], PANORAMA),
    _c("Top Channel", "Nga A dhe B (Albanian double byline)",
       "Nga Elira Hoxha dhe Gent Basha\n\nDURRËS - Porti priti anijen e parë turistike të sezonit.",
       [("Elira Hoxha", "author"), ("Gent Basha", "author")], PANORAMA + "; Albanian 'dhe' (and); " + MEMORY),
    _c("EFMR.cat", "Per NAME | OUTLET - DATE (Catalan 'by')",
       "Per Núria Ferrer | EFMR.cat - 5 de Juliol de 2024\n\nTORTOSA - L'Ajuntament obrirà tres noves biblioteques.",
       [("Núria Ferrer", "author")], "find_string id 3549827228 (redactor: 'Per Redacció | EFMR.cat - 20 d'Abril de"
       " 2020'), a name where the desk stands"),
    _c("VilaWeb", "Per A i B (Catalan double byline)",
       "Per Pau Vidal i Laia Roca\n\nGIRONA - El tren arribarà a l'aeroport l'any vinent.",
       [("Pau Vidal", "author"), ("Laia Roca", "author")], MEMORY),
    _c("Golwg360", "Gan NAME (Welsh 'by')",
       "Gan Rhys Llywelyn\n\nCAERDYDD - Mae'r cyngor wedi agor llyfrgell newydd yn y ddinas.",
       [("Rhys Llywelyn", "author")], MEMORY),
    _c("Golwg360", "Gan A a B (Welsh double byline)",
       "Gan Elin Jones a Dafydd Morgan\n\nABERYSTWYTH - Bydd trenau ychwanegol yn rhedeg dros yr haf.",
       [("Elin Jones", "author"), ("Dafydd Morgan", "author")], MEMORY),
    _c("RÚV", "Höfundur: NAME at the foot (Icelandic 'author')",
       "REYKJAVÍK - Borgin opnaði nýja sundlaug í Breiðholti í dag.\n\nHöfundur: Sigríður Jónsdóttir",
       [("Sigríður Jónsdóttir", "author")], "find_string 'Höfundur:' (ids 12968999427, 9991547066: Icelandic"
       " 'Höfundur: NAME' author labels); RÚV's print " + MEMORY),
    _c("LRT", "Autorius: NAME (Lithuanian 'author')",
       "VILNIUS - Savivaldybė atidarė naują dviračių taką prie upės.\n\nAutorius: Tomas Petrauskas",
       [("Tomas Petrauskas", "author")], "find_string id 13830058654 (Lithuanian news theme: 'Autorius: <author>');"
       " LRT's own print " + MEMORY),
    _c("LSM", "Autors: NAME (Latvian 'author')",
       "RĪGA - Dome apstiprināja jaunu tramvaja līniju uz lidostu.\n\nAutors: Jānis Bērziņš",
       [("Jānis Bērziņš", "author")], "find_string id 51970915663 (Latvian site template: 'Autors: {author name}');"
       " LSM's print " + MEMORY),
    _c("24ur", "Avtor: NAME (Slovenian 'author')",
       "LJUBLJANA - Mestna občina je odprla novo parkirišče ob obvoznici.\n\nAvtor: Maja Novak",
       [("Maja Novak", "author")], "find_string 'Avtor:' (id 144926867, 47477097092: Slovenian 'Avtor: NAME' author"
       " labels); 24ur's print " + MEMORY),
    _c("SME", "Text: NAME, Foto: NAME (Slovak)",
       "BRATISLAVA - Mesto otvorilo novú električkovú trať do Petržalky.\n\nText: Peter Horváth, Foto: Zuzana Kováčová",
       [("Peter Horváth", "writing"), ("Zuzana Kováčová", "photo")], MEMORY),
    _c("Berita Harian", "Oleh NAME (Malay 'by')",
       "Oleh Nur Aina Mohd Salleh\n\nKUALA LUMPUR - Kerajaan akan membina 20 klinik baharu tahun ini.",
       [("Nur Aina Mohd Salleh", "author")], MEMORY),
    _c("Dagens Nyheter", "Av NAME (Swedish 'by')",
       "Av Karin Sjöberg\n\nSTOCKHOLM - Regionen förlänger tunnelbanans öppettider i sommar.",
       [("Karin Sjöberg", "author")], MEMORY),
    _c("Der Spiegel", "Von A, B und C (German triple byline)",
       "Von Jana Keller, Lukas Brandt und Mia Roth\n\nHAMBURG - Der Hafen meldet einen neuen Umschlagrekord.",
       [("Jana Keller", "author"), ("Lukas Brandt", "author"), ("Mia Roth", "author")], MEMORY),
    _c("Libération", "par NAME, correspondante à CITY",
       "par Élodie Garnier, correspondante à Marseille\n\nMARSEILLE - La ville ouvre une nouvelle ligne de tramway.",
       [("Élodie Garnier", "author")], MEMORY),
    _c("Público", "Texto de NAME, fotografia de NAME at the foot (Portuguese)",
       "LISBOA - A câmara abriu um novo jardim junto ao rio.\n\nTexto de Inês Carvalho, fotografia de Rui Matos",
       [("Inês Carvalho", "writing"), ("Rui Matos", "photo")], MEMORY),
    _c("NOS", "Door NAME, correspondent TITLE (Dutch)",
       "Door Sanne Visser, correspondent Zuid-Europa\n\nROME - De stad opent een nieuwe metrolijn.",
       [("Sanne Visser", "author")], MEMORY),
    _c("Daily Sabah", "OUTLET / CITY / Published DATE (no person)",
       "DAILY SABAH\nISTANBUL\nPublished 05.07.2024 17:57\n\nThe city's ferries will run until 2 a.m. over the summer.",
       [], SABAH, kind="precision"),
    _c("Daily Sabah", "OUTLET WITH AGENCY / CITY",
       "DAILY SABAH WITH AA\nANKARA\n\nParliament approved the new highway law on Thursday.", [],
       SABAH + "; 'WITH AA' agency credit", kind="precision"),
    _c("Daily Sabah", "Author: OUTLET",
       "Author: Daily Sabah\n\nISTANBUL - The metro added a night service on weekends.", [], SCOOP, kind="precision"),
    _c("HotNews", "de Editorial Staff",
       "de Editorial Staff\n\nBUCHAREST - The senate adopted the budget on Friday.", [], HOT, kind="precision"),
    _c("HotNews", "de Ed. Staff",
       "de Ed. Staff\nVineri, 5 Iul 2024\n\nBUCHAREST - The airport opened a new terminal.", [], HOT2,
       kind="precision"),
    _c("Digi24", "Sursa: AGENCY at the foot (Romanian 'source')",
       "IAȘI - Primăria a deschis un nou pod peste Bahlui.\n\nSursa: Agerpres", [],
       "find_string id 70490338745 (Romanian web text ending 'Sursa: Agerpres')", kind="precision"),
    _c("Any", "a Romanian sentence starting 'De la 1 iulie'",
       "De la 1 iulie, biletele de tren se pot cumpăra online.\n\nCFR a anunțat noile tarife.", [],
       "a sentence that starts with the credit word 'de'", kind="precision"),
    _c("Panorama (Albania)", "Nga redaksia (Albanian 'by the desk')",
       "Nga redaksia\n\nTIRANË - Bashkia hapi një park të ri.", [], PANORAMA + "; desk credit", kind="precision"),
    _c("Any", "an Albanian sentence starting 'Nga ana tjetër'",
       "Nga ana tjetër, qeveria premtoi rrugë të reja në veri.\n\nPunimet nisin në shtator.", [],
       "a sentence that starts with the credit word 'nga' ('on the other hand')", kind="precision"),
    _c("EFMR.cat", "Per Redacció | OUTLET - DATE (Catalan desk)",
       "Per Redacció | EFMR.cat - 5 de Juliol de 2024\n\nAMPOSTA - El pont tornarà a obrir dilluns.", [],
       "find_string id 3549827228 ('Per Redacció | EFMR.cat - DATE')", kind="precision"),
    _c("Any", "a Catalan sentence starting 'Per primera vegada'",
       "Per primera vegada, el tren arribarà a Girona en menys d'una hora.\n\nEl servei comença al setembre.", [],
       "a sentence that starts with the credit word 'per'", kind="precision"),
    _c("Golwg360", "Gan ein gohebydd (Welsh 'by our correspondent')",
       "Gan ein gohebydd\n\nCAERDYDD - Mae'r cyngor wedi agor llyfrgell newydd.", [], MEMORY, kind="precision"),
    _c("Any", "a Welsh sentence starting 'Gan fod'",
       "Gan fod y tywydd yn braf, roedd y traeth yn llawn.\n\nRoedd y ffordd ar gau am awr.", [],
       "a sentence that starts with the credit word 'gan' ('since')", kind="precision"),
    _c("Web template", "By TITLE | CITY | DATE (a title alone)",
       "By Political Correspondent | Amaravati | 5 July 2024\n\nThe assembly passed the panchayat bill on Friday.", [],
       "find_string id 67115418609 (byline: 'By Political Correspondent | Amaravati | 26 April 2025')",
       kind="precision"),
    _c("PA Media", "By PA Reporters",
       "By PA Reporters\n\nLONDON - Train drivers called off Friday's strike.", [], MEMORY, kind="precision"),
    _c("Irish Independent", "Additional reporting by agencies",
       "CORK - The port opened a new cruise berth on Monday.\n\nAdditional reporting by agencies", [], MEMORY,
       kind="precision"),
    _c("WION", "(With inputs from agencies) at the foot",
       "New Delhi: The airport opened its fourth runway on Friday.\n\n(With inputs from agencies)", [],
       "find_string id 1508078971 (wionews.com copy ending '(With inputs from agencies)')", kind="precision"),
    _c("San Antonio Express-News", "OUTLET staff contributed to this report.",
       "SAN ANTONIO - Flash flooding closed three low-water crossings on Monday.\n\n"
       "San Antonio Express-News staff contributed to this report.", [],
       "find_string id 40776591393 ('San Antonio-Express News staff contributed to this report.')", kind="precision"),
    _c("India Today", "With inputs from AGENCY",
       "MUMBAI - The monorail resumed service after repairs.\n\nWith inputs from PTI", [],
       "https://bharatfirst.in/category/transport/page/8 (Indian copy) + " + MEMORY, kind="precision"),
    _c("Focus Taiwan", "Enditem/INITIALS at the foot",
       "Taipei, July 5 (CNA) The high-speed rail will add 40 trains for the holiday.\n\nEnditem/ls", [],
       "CNA English copy closing 'Enditem/XX' (desk initials); " + MEMORY, kind="precision"),
    _c("Taipei Times", "Photo: AGENCY / CNA file photo lines in the story",
       "The cabinet yesterday approved a new subsidy for rural buses.\n\nPhoto: CNA\n\nCNA file photo\n\n"
       "The subsidy takes effect in August.", [], EYE, kind="precision"),
    _c("Thomson Reuters Foundation", "(Reporting by ORG correspondents; Editing by the DESK)",
       "DAKAR - The fishing port reopened after the storm.\n\n"
       "(Reporting by Thomson Reuters Foundation correspondents; Editing by the Night Desk)", [], TRF,
       kind="precision"),
    _c("ProQuest", "Author: Anonymous / Credit: AGENCY",
       "Bridge closes for repairs\nAuthor: Anonymous\nPublication info: The Harbor Ledger; 05 July 2024: A.2.\n"
       "Credit: Associated Press\n\nFull text: BANGOR, Maine - The river bridge closed for repairs on Friday.", [],
       PQ, kind="precision"),
    _c("WordPress theme", "Posted by admin on DATE",
       "Posted by admin on July 5, 2024\n\nThe farmers' market moves to the church car park this week.", [],
       WP2 + "; find_string id 66491528855 ('Posted by Admin on $formattedTimestamp')",
       kind="precision"),
    _c("WordPress theme", "By Guest Contributor on DATE",
       "By Guest Contributor on July 5, 2024\n\nThe choir will sing at the harbour festival.", [], WP1,
       kind="precision"),
    _c("Hugo site", "front matter author: a desk",
       "---\ntitle: \"Market day\"\nauthor: \"Newsroom\"\ndate: 2024-07-05\n---\n\nThe market opens at dawn.", [],
       "static-site front matter; " + MEMORY, kind="precision"),
    _c("CNN", "OUTLET's DESK contributed to this report.",
       "WASHINGTON - The House passed the farm bill on Friday.\n\n"
       "CNN's Washington bureau contributed to this report.", [], MEMORY, kind="precision"),
    _c("Korea Herald", "By OUTLET",
       "By Korea Herald\n\nSEOUL - The subway added trains on Line 9.", [], MEMORY, kind="precision"),
    _c("Times of Malta", "OUTLET / N min read",
       "Times of Malta\n3 min read\n\nVALLETTA - The ferry will run every 15 minutes.", [], MEMORY, kind="precision"),
    _c("Deutsche Welle", "desk initials (AGENCIES) at the foot",
       "BONN - The city will add 20 electric buses next year.\n\njsi/wd (AP, AFP, Reuters)", [],
       "find_string id 37050301468 (DW feed text ending 'sri/sms (AP, AFP, Reuters)')",
       kind="precision"),
    _c("AGI", "(AGI) and desk codes at the foot",
       "AGI - ROMA, 5 LUG - Il Comune ha approvato il nuovo piano dei trasporti.\n\n(AGI)\nRed/Lmb", [], MEMORY,
       kind="precision"),
    _c("Andina", "(END) and desk codes at the foot",
       "LIMA, July 5 (ANDINA) - The metro opened two new stations.\n\n(END) JJN/MAO", [], MEMORY, kind="precision"),
)


_LATER = SECOND + THIRD + FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH + TENTH + ELEVENTH + TWELFTH + THIRTEENTH
ZOO: tuple[ZooCredit, ...] = HEAD + TAIL + NATIVE + tuple(e for e in _LATER if e.kind == "recall")
ALL: tuple[ZooCredit, ...] = ZOO + PRECISION + tuple(e for e in _LATER if e.kind == "precision")


def houses() -> set[str]:
    """Agencies and house styles the zoo draws its forms from."""
    return {e.house for e in ALL if e.house != "Any"}
