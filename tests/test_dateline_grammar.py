"""The lead grammar over generated leads: every part that goes in comes back out.

PLACE[, QUALIFIER] [, DATE] (AGENCY) SEPARATOR, in the house styles wires
use, with places and agencies no table knows: the grammar must read the
form, not remember examples.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.transforms.knowledge import agencies
from wirecopy.transforms.knowledge import places as gazetteer_places
from wirecopy.transforms.leads.credit_shapes import NOT_AGENCY_WORDS, organisation
from wirecopy.transforms.leads.dateline import Dateline, parse_dateline
from wirecopy.transforms.leads.lead_openings import _LABEL_WORDS as LABEL_WORDS

REF = dt.date(2024, 7, 6)
STORY = "The council approved the budget on Friday, officials said."
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                  "noviembre", "diciembre")
ITALIAN_MONTHS = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Syllables no gazetteer city is made of, so a place is unknown and read by its form alone.
_SYLLABLES = ("qar", "zen", "vok", "thul", "brix", "quo", "zam", "xil", "yrr", "dov")
place_words = st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=3).map("".join)
places = st.lists(place_words, min_size=1, max_size=2).map(" ".join)
# Qualifiers as wires print them: after a comma, in brackets, between slashes.
qualifiers = st.sampled_from([
    (", France", "FR"), (", Calif.", "US"), (", Kenya", "KE"), (" (Hebei)", "CN"), (" /Leningrad Region/", "RU"),
    (", Ont.", "CA"), ("", None),
])
known_agencies = st.sampled_from([a for a in agencies.AGENCIES if a.name not in ("PA", "AA", "PL", "TT", "SPA")])
unknown_agencies = st.lists(st.sampled_from("QXZKJV"), min_size=3, max_size=5).map(lambda s: "Q" + "".join(s))
separators = st.sampled_from([" -- ", " - ", " – ", " — ", " _ ", ": ", " ", ".- ", " = ", "—— ", ".– ", ":: "])
days = st.dates(min_value=dt.date(2023, 7, 10), max_value=REF)


def _date_text(style: int, day: dt.date) -> str:
    month = MONTHS[day.month - 1]
    return [
        f"{month} {day.day}",
        f"{month[:3]}. {day.day}",
        f"{day.day} {month}",
        f"{day.day} {month[:3].upper()} {day.year % 100:02d}",
        f"{WEEKDAYS[day.weekday()]}, {month} {day.day}",
        f"{month} {day.day}, {day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}" if day.day > 12 else f"{month} {day.day}, {day.year} 10:32 GMT",
        f"{month} {day.day}/{day.year}",                              # ENA: "June 13/2024"
        f"le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}",    # French services: "le 5 juillet 2024"
        WEEKDAYS[day.weekday()],                                       # AAP: "SYDNEY, Wednesday" (day: in the week)
        f"{day.day} de {SPANISH_MONTHS[day.month - 1]}",               # Spanish services: "25 de septiembre"
        f"{day.day} {ITALIAN_MONTHS[day.month - 1]}.",                 # askanews: "6 set."
        f"{day.day:02d}/{day.month:02d}" if day.day > 12 else f"{month} {day.day}",  # Belga: "31/07"
        f"{day.day}{month[:3]}{day.year}",                             # Platts, military copy: "2Oct2018"
    ][style]


@settings(max_examples=300, deadline=None)
@given(places, st.sampled_from(["upper", "title"]), qualifiers, st.one_of(st.none(), days), st.integers(0, 13),
       st.one_of(known_agencies.map(lambda a: (a.aliases[0], a.name)), unknown_agencies.map(lambda n: (n, n))),
       st.sampled_from(["paren", "slash", "slash+reporter", "bare", "first"]), separators)
def test_dateline_grammar_returns_the_parts_that_went_in(
    place, case, qualifier, day, style, agency, tag_form, separator,
) -> None:
    printed_place = place.upper() if case == "upper" else place.title()
    qualifier_text, country = qualifier
    printed_agency, expected_agency = agency
    if day is not None and style == 9:
        day = REF - dt.timedelta(days=day.toordinal() % 7)  # a weekday alone is a day of the reference's week
    if separator == " = " and tag_form not in ("paren", "slash", "slash+reporter"):
        separator = " - "  # '=' closes a credit in brackets or slashes (Belga: "(BELGA) =")
    head = printed_place + qualifier_text + (f", {_date_text(style, day)}" if day else "")
    if tag_form == "bare":
        # A bare credit is read only in capitals, after a date or after a head in title case ("Damascus, SANA -").
        set_apart = day is not None or (case == "title" and agencies.lookup(printed_agency) is None)
        if not set_apart or not printed_agency.isupper():
            tag_form = "paren"
        else:
            printed_agency = printed_agency.upper()
            expected_agency = agencies.canonical(printed_agency) or printed_agency
            separator = separator if separator.strip() else " - "  # with a space alone, it would open the story
    if case == "title" and day is None and agencies.lookup(printed_agency) is None and not separator.strip():
        separator = " -- "  # "Goldman Sachs (GS) The bank ...": without a date or a dash, no dateline
    if tag_form.startswith("slash") and not printed_agency.replace("-", "").isalnum():
        tag_form = "paren"  # slashes hold one word: "/TASS/", "/ARKA/"
    if tag_form == "first" and (agencies.lookup(printed_agency) is not None or (case == "title" and day is None)):
        tag_form = "paren"  # initials before the place: an unknown agency's, before a head in capitals or dated
    if tag_form == "first":
        # "APA - Tunis (Tunisia) —": the initials, a dash, the head and a dash closing it.
        separator = separator if separator.strip() in ("--", "-", "–", "—") else " — "
        lead = f"{printed_agency} - {head}{separator.rstrip()}"
    else:
        tag = {"paren": f" ({printed_agency})", "slash": f" /{printed_agency}/",
               "slash+reporter": f" /{printed_agency}, J. Zamvok/",   # Trend: the reporter in the credit
               "bare": f", {printed_agency}"}[tag_form]
        lead = head + tag + separator.rstrip()
    text = lead + " " + STORY
    found = parse_dateline(text, reference_date=REF)
    assert found is not None, text
    assert found.raw == lead.strip()
    assert text[found.end:].lstrip() == STORY  # the lead's first words are never swallowed
    assert found.places == (printed_place,)
    assert found.agency == expected_agency
    assert found.country == country
    if country is None:
        assert found.city == place.title()
    assert found.date == (day if day else REF)


@pytest.mark.parametrize("text", [
    "Paris is the capital of France - and more besides, the minister said.",
    '"London (UK) will not bow," he said - and left.',
    "Bro/Fry 12 34 56 - 7",
    "Apple (AAPL) shares rose 5 percent on Friday.",
    "New York City officials said on Tuesday that the subway would reopen.",
    "GDP grew 2.1 percent in the second quarter - the fastest pace in years.",
    "The Hague's court ruled - after a long delay - that the treaty stands.",
    "Madrid and Lisbon signed the accord: a first for the two capitals.",
    "TOTAL 1,234 5,678 - 9.1",
    "Lagos (Reuters) is a name the agency uses, a spokesman said.",  # the sentence goes on after the brackets
])
def test_dateline_grammar_takes_no_sentence_for_a_dateline(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_dateline_grammar_never_raises(text: str) -> None:
    found = parse_dateline(text, reference_date=REF)
    assert found is None or 0 < found.end <= len(text)


@pytest.mark.parametrize(("text", "rules"), [
    ("DHAKA, 5 Jan 2024 (BSS) - The", {"place": "DHAKA: in capitals", "date": "'5 Jan 2024': day then month, with year",
                                         "agency": "'BSS' in brackets; canonical name from the agency table",
                                         "separator": "'-'"}),
    ("Qarqar /Leningrad Region/, Friday, July 5 /QZX/. The", {
        "place": "Qarqar: in title case", "region or country": "'Leningrad Region' between slashes",
        "date": "'Friday, July 5': month then day, with weekday",
        "agency": "'QZX' between slashes; not in the agency table: kept as printed", "separator": "'.'"}),
    ("Qarqar:QZNN:19 Feb 2024\nThe", {
        "form": "colons: PLACE:CREDIT:DATE, fields parted by colons",
        "date": "'19 Feb 2024': day then month, with year",
        "agency": "'QZNN' between colons; not in the agency table: kept as printed"}),
    ("QARQAR, Feb. 7 (QZX) - The", {"date": "'Feb. 7': month then day"}),
])
def test_dateline_grammar_reading_names_the_rule_for_each_part(text: str, rules: dict[str, str]) -> None:
    from wirecopy.transforms.leads.dateline import reading

    found = dict(reading(parse_dateline(text, reference_date=REF)))
    assert {k: found[k] for k in rules} == rules


@settings(max_examples=150, deadline=None)
@given(place_words, place_words, st.sampled_from([" AND ", " and ", " & "]), st.sampled_from([", France", ", Kenya"]),
       st.sampled_from(["(QZXN)", "(BUSINESS WIRE)", "(Reuters)"]), st.sampled_from(["--", " - ", " — "]))
def test_dateline_grammar_places_joined_by_a_word(first, second, joiner, qualifier, tag, dash) -> None:
    """"NEW YORK AND MAINZ, Germany--(BUSINESS WIRE)--": two places, the first the dateline's city."""
    lead = f"{first.upper()}{joiner}{second.upper()}{qualifier} {tag}{dash}".replace(" --", "--")
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert found is not None and found.raw == lead.strip()
    assert found.places == (first.upper(), second.upper())
    assert found.city == first.title()


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["CNN", "QZXN", "Reuters", "The Qarqar Square", "Zenvok News Service"]),
       st.sampled_from(["", "Qarqar, Kenya ", "ZENVOK "]))
def test_dateline_grammar_tag_glued_to_the_story(tag: str, head: str) -> None:
    """"(CNN)The ...", "Marseille, France (CNN)The ...": no space or dash between the credit and the story."""
    lead = f"{head}({tag})"
    found = parse_dateline(lead + STORY, reference_date=REF)
    if not head and len(tag.split()) == 1 and agencies.lookup(tag) is None and not tag.isupper():
        assert found is None  # one unknown word in brackets opening a text is too little
        return
    assert found is not None and found.raw == lead.strip() and found.agency == (agencies.canonical(tag) or tag)
    assert (lead + STORY)[found.end:] == STORY


@settings(max_examples=150, deadline=None)
@given(places, st.sampled_from(["upper", "title"]), days, unknown_agencies,
       st.sampled_from(["after-credit", "in-credit", "region-country"]), st.sampled_from(["--", "-", "—"]))
def test_dateline_grammar_press_release_date_forms(place, case, day, agency, form, dash) -> None:
    """Press-release services' forms: the date after the credit ("(PRWEB) December 11, 2009 --"), inside
    its brackets ("--(Newsfile Corp. - November 3, 2020) -") or after city, region and country."""
    printed_place = place.upper() if case == "upper" else place.title()
    written = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    lead = {
        "after-credit": f"{printed_place}, Kenya ({agency}) {written} {dash}",
        "in-credit": f"{printed_place}, Kenya--({agency} Corp. - {written}) {dash}",
        "region-country": f"{printed_place}, Ont., Canada, {written} /{agency}.com/ {dash}",
    }[form]
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert found is not None, lead
    assert found.raw == lead
    assert found.places == (printed_place,) and found.date == day
    assert found.country == ("KE" if form != "region-country" else "CA")
    assert found.agency == {"after-credit": agency, "in-credit": f"{agency} Corp.",
                            "region-country": f"{agency}.com"}[form]


# Credits as unknown houses print them: initials, a hyphenated name, a channel's number, an outlet's words.
credit_shapes = st.sampled_from([
    ("initials", lambda w: w.upper()[:5]), ("hyphenated", lambda w: f"{w.title()}-Plus"),
    ("numbered", lambda w: f"{w.title()} 24"), ("outlet", lambda w: f"{w.title()} News"),
])


@settings(max_examples=300, deadline=None)
@given(places, st.sampled_from(["upper", "title"]),
       st.sampled_from([(", Kenya", "KE"), (" (Hebei)", "CN"), (", Zamvok Valley, Kenya", "KE"), ("", None)]),
       days, st.sampled_from([0, 2, 5, 6]), place_words, credit_shapes,
       st.sampled_from(["paren", "paren+stop", "after-date", "between-dashes", "dash-then-stop",
                        "date-after-credit"]),
       st.sampled_from([" -- ", " - ", " – ", " — "]))
def test_dateline_grammar_credit_of_any_shape_in_any_slot(
    place, case, qualifier, day, style, credit_word, shape, slot, dash,
) -> None:
    """The credit's slot and shape vary independently: in brackets after the head, in brackets closed by a
    full stop, bare after the date and a comma, set between dashes (or after a dash and closed by a full
    stop) after a dated head, or in brackets before the date (closed by a dash or a slash); as initials,
    "Zenvok-Plus", "Zenvok 24" or "Zenvok News"; under a region the gazetteer does not know and its
    country. Every part comes back as it went in."""
    printed_place = place.upper() if case == "upper" else place.title()
    qualifier_text, country = qualifier
    kind, make = shape
    credit = make(credit_word)
    if slot in ("between-dashes", "dash-then-stop") and kind in ("numbered", "outlet"):
        slot = "after-date"  # between dashes an unknown credit is one word ("- President Biden -" is an aside)
    head = f"{printed_place}{qualifier_text}, {_date_text(style, day)}"
    if slot == "date-after-credit":
        style = 2 if style == 6 else style  # a time stamp after the credit's date is no date of this form
        head = f"{printed_place}{qualifier_text} ({credit}) {_date_text(style, day)}"
        dash = dash if style != 5 else " / "  # ACCESSWIRE: "NEW YORK, NY / ACCESSWIRE / January 5, 2024 /"
    lead = {
        "date-after-credit": f"{head}{dash.rstrip()}",
        "paren": f"{head} ({credit}){dash.rstrip()}",
        "paren+stop": f"{head} ({credit}).",
        "after-date": f"{head}, {credit}{dash.rstrip()}",
        "between-dashes": f"{head}{dash}{credit}{dash.rstrip()}",
        "dash-then-stop": f"{head}{dash}{credit}.",  # "MOSCOW, 5 Jan - RIA Novosti. The ..."
    }[slot]
    text = f"{lead} {STORY}"
    found = parse_dateline(text, reference_date=REF)
    assert found is not None, text
    assert found.raw == lead
    assert text[found.end:].lstrip() == STORY
    assert found.places == (printed_place,)
    assert found.agency == credit
    assert found.country == country
    assert found.date == day


@settings(max_examples=150, deadline=None)
@given(place_words, st.sampled_from(["News", "Times", "Post", "Monitor", "Daily"]),
       st.sampled_from([" - ", " -- ", " – ", " — ", "/ "]), st.sampled_from(["title", "glued", "web"]))
def test_dateline_grammar_outlet_alone_before_a_dash(word, noun, separator, form) -> None:
    """"Shafaq News/ The ...", "AMMONNEWS - The ...", "AKIPRESS.COM - The ...": an outlet's name with no
    place, no date, no brackets."""
    name = {"title": f"{word.title()} {noun}", "glued": f"{word}{noun}".upper(), "web": f"{word.upper()}.COM"}[form]
    lead = f"{name}{separator}".rstrip()
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert found is not None and found.raw == lead and found.agency == name
    assert found.places == () and found.date == REF


@pytest.mark.parametrize("kicker", ["ANALYSIS", "UPDATE 1", "EXCLUSIVE", "The Government", "Officials", "Podcast"])
def test_dateline_grammar_a_kicker_or_a_subject_before_a_dash_is_no_outlet(kicker: str) -> None:
    assert parse_dateline(f"{kicker} - {STORY}", reference_date=REF) is None


@settings(max_examples=150, deadline=None)
@given(places, st.sampled_from([(", Kenya", "KE"), ("", None)]), days)
def test_dateline_grammar_date_run_into_the_story(place, qualifier, day) -> None:
    """"NAIROBI, Kenya, Feb 26-City Hall ...": the day's figure joined to the story's first word by a hyphen."""
    qualifier_text, country = qualifier
    lead = f"{place.upper()}{qualifier_text}, {MONTHS[day.month - 1][:3]} {day.day}-"
    found = parse_dateline(f"{lead}{STORY}", reference_date=REF)
    assert found is not None and found.raw == lead
    assert found.date == day and found.country == country and found.city == place.title()


@settings(max_examples=150, deadline=None)
@given(places, st.sampled_from([", Kurdistan Region", ", Kenya", ""]), days)
def test_dateline_grammar_full_date_then_the_story(place, qualifier, day) -> None:
    """"ERBIL, Kurdistan Region, 16 September 2019 The ...": a date with its year closes the head unmarked."""
    lead = f"{place.upper()}{qualifier}, {day.day} {MONTHS[day.month - 1]} {day.year}"
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert found is not None and found.raw == lead and found.date == day
    assert found.places == (place.upper(),)


@pytest.mark.parametrize("text", [
    "Qarzen, 16 September 2019 The council met.",        # a title-case place no gazetteer knows: a sentence may open so
    "In 16 September 2019 The council met.",
    "QARZEN, September 2019 The council met.",           # a month and year are no day
    "QARZEN\nThe council met on Monday.",                 # unknown capitals on the line over the story: a slug's
    "HARARE City Council yesterday shut four of its offices.",  # the place opens a body's name, in capitals
    "QARZEN Metropolitan province has begun a drive.",
    "NEWS November 20, 2018 - 8:07 am",                  # a section's name and a posting stamp
    "QARZEN\n\nThe council met.",                         # a paragraph of unknown capitals: a slug or a headline
])
def test_dateline_grammar_unmarked_heads_need_a_full_date_or_a_known_city(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


@pytest.mark.parametrize(("text", "city"), [
    ("NADI\n\nFour people were hurt.", "Nadi"),
    ("NAIROBI\n\nThe council met.", "Nairobi"),
    # Straight over the story's sentence (The Namibian, Finland's police, Listín Diario): no headline is a
    # city's name alone.
    ("SEOUL\nNorth Korea fired a missile.", "Seoul"),
    ("HEINOLA\nPoliisi otti kiinni miehen illalla.", "Heinola"),
    ("Santo Domingo\nEl presidente dijo que la obra está lista.", "Santo Domingo"),
])
def test_dateline_grammar_gazetteer_city_as_a_paragraph_of_its_own(text: str, city: str) -> None:
    found = parse_dateline(text, reference_date=REF)
    assert found is not None and found.city == city and found.raw == text.split("\n")[0] and found.date == REF


@pytest.mark.parametrize(("text", "city", "agency"), [
    # The lowercase words a line of its own may hold: a place's particles, a month or a weekday, one credit.
    ("Frankfurt am Main\n\nThe council met.", "Frankfurt am Main", None),
    ("Stratford upon Avon\n\nThe council met.", "Stratford-upon-Avon", None),
    ("Port of Spain, Trinidad and Tobago\n\nThe council met.", "Port of Spain", None),
    ("PARIS, lundi\n\nLe conseil a voté.", "Paris", None),
    ("BERLIN dpa\n\nDer Rat tagte.", "Berlin", "dpa"),
])
def test_dateline_grammar_line_of_its_own_with_lowercase_words(text: str, city: str, agency: str | None) -> None:
    found = parse_dateline(text, reference_date=REF)
    assert found is not None and (found.city, found.agency, found.form) == (city, agency, "line")



@pytest.mark.parametrize(("text", "raw", "day"), [
    # A house that prints no place: the date, a dash set apart, the story.
    ("MAY 4 ---The council passed the budget on Monday.", "MAY 4 ---", dt.date(2024, 5, 4)),
    ("May 4 - The council passed the budget on Monday.", "May 4 -", dt.date(2024, 5, 4)),
    ("4 May 2023 -- The council passed the budget on Monday.", "4 May 2023 --", dt.date(2023, 5, 4)),
])
def test_dateline_grammar_a_date_alone_before_a_dash(text: str, raw: str, day: dt.date) -> None:
    found = parse_dateline(text, reference_date=REF)
    assert found is not None and (found.raw, found.date, found.city, found.agency) == (raw, day, None, None)


@pytest.mark.parametrize("text", [
    "April 29-May 2 visit of the prime minister.",   # a range of dates
    "March 31 - the deadline passed quietly.",       # no sentence opens after the dash
    "May 4-The council passed the budget.",          # a hyphen against both words joins them
    "June 5 - Council meets\nJune 6 - Budget vote",  # an agenda's lines
])
def test_dateline_grammar_a_date_before_a_dash_that_is_no_dateline(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None

@pytest.mark.parametrize("text", [
    # Two words of prose on the line: a headline over the story, whatever place names it holds.
    "Kenya and Uganda sign a border deal\n\nNAIROBI (QNX) - The two countries signed.",
    "Paris talks stall over farm subsidies\n\nThe ministers met on Monday.",
    "Rahul Mehta to meet Maria Fernandez\n\nMunich (dpa) - Talks resumed.",
])
def test_dateline_grammar_headline_with_prose_is_no_line_head(text: str) -> None:
    found = parse_dateline(text, reference_date=REF)
    assert found is None or found.form != "line"


@settings(max_examples=200, deadline=None)
@given(places, st.sampled_from(["upper", "title"]), days, place_words,
       st.sampled_from(["pipes", "slashes-two-words", "square-first", "round-first", "dated-after-dash",
                        "credit-then-date-between-dashes"]),
       st.sampled_from([" - ", " -- ", " – ", " — "]))
def test_dateline_grammar_more_slots_of_credit_and_date(place, case, day, credit_word, form, dash) -> None:
    """"Gulu, Uganda | THE INDEPENDENT |", "WILMINGTON, NC, Sept. 23, 2022 /24-7PressRelease/ --",
    "[ANGOP] Luanda -", "Georgetown, Guyana – (May 3, 2016) The ...",
    "SINGAPORE - Media OutReach - 15 January 2024 -": places the gazetteer does not know, credits no table does."""
    printed_place = place.upper() if case == "upper" else place.title()
    written = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    credit = f"{credit_word.title()} Wire"
    expected_date, expected_credit = REF, credit
    if form == "pipes":
        lead = f"{printed_place}, Kenya | {credit.upper()} |"
        expected_credit = credit.upper()
    elif form == "slashes-two-words":
        lead = f"{printed_place}, Kenya, {written} /24-7{credit_word.title()}/{dash.rstrip()}"
        expected_date, expected_credit = day, f"24-7{credit_word.title()}"
    elif form in ("square-first", "round-first"):
        printed_place = printed_place.upper()  # a place no gazetteer knows stands after the credit in capitals
        opened = f"[{credit_word.upper()}]" if form == "square-first" else f"({credit_word.upper()})"
        lead = f"{opened} {printed_place}, Kenya{dash.rstrip()}"
        expected_credit = credit_word.upper()
    elif form == "dated-after-dash":
        lead = f"{printed_place}, Kenya{dash}({MONTHS[day.month - 1]} {day.day}, {day.year})"
        expected_date, expected_credit = day, None
    else:
        lead = f"{printed_place}, Kenya{dash}{credit}{dash}{written}{dash.rstrip()}"
        expected_date = day
    text = f"{lead} {STORY}"
    found = parse_dateline(text, reference_date=REF)
    assert found is not None, text
    assert found.raw == lead and text[found.end:].lstrip() == STORY
    assert found.places == (printed_place,) and found.country == "KE"
    assert found.agency == expected_credit and found.date == expected_date


@settings(max_examples=100, deadline=None)
@given(place_words, place_words)
def test_dateline_grammar_a_place_and_its_country_joined_by_a_slash(first, second) -> None:
    """"Tunis/Tunisia --": a slash between a place and its country, as between two places."""
    found = parse_dateline(f"{first.upper()}/Kenya -- {STORY}", reference_date=REF)
    assert found is not None and found.places == (first.upper(),) and found.country == "KE"
    found = parse_dateline(f"{first.upper()}/{second.upper()}, July 2 -- {STORY}", reference_date=REF)
    assert found is not None and found.places == (first.upper(), second.upper()) and found.country is None


@pytest.mark.parametrize("text", [
    "ASIA/CAMBODIA - Confirmation classes resume in the capital",   # a service's slug: continent and country
    "VIETNAM - CHINA",                                                 # a kicker of two countries
    "Daily News - Monday, 3 November 2014",                            # a newsletter's heading
    "(Updated) - A bank raised its forecast.",                         # a marker in brackets
    "World Service - The central command announced a transfer.",       # a desk's label, bare
])
def test_dateline_grammar_slugs_kickers_and_headings_are_no_datelines(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


def test_dateline_grammar_outlet_run_together_in_brackets() -> None:
    found = parse_dateline(f"(RTTNews) - {STORY}", reference_date=REF)
    assert found is not None and found.agency == "RTTNews" and found.places == ()


@settings(max_examples=200, deadline=None)
@given(places, days, place_words,
       st.sampled_from(["pipe-separator", "comma-dash", "separator-below", "date-first", "clock-after-slash",
                        "square-alone", "square-with-head", "reporter-slash-place", "dated-credit-brackets"]))
def test_dateline_grammar_separators_and_credits_as_houses_set_them(place, day, word, form) -> None:
    """"Hannover | Die ...", "ANTALYA,- ...", "QUITO" over ".- Dos ...", "April 16, 2014 | NASHVILLE, Tenn.
    (UMNS)", "Rome, Sep 30, 2008 / 10:58 am (CNA).-", "[Episcopal News Service]", "[ENS – Topeka, Kansas]",
    "Zeynep KARA/İSTANBUL (DHA)-", "SUVA, Fiji (Nov. 6, 2002 - Islands Business)---"."""
    printed = place.upper()
    written = f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    outlet = f"{word.title()} News Service"
    expected = {"date": REF, "agency": None, "country": "KE"}
    lead = {
        "pipe-separator": f"{printed}, Kenya |",
        "comma-dash": f"{printed}, Kenya,-",
        "separator-below": f"{printed}, Kenya\n.-",
        "date-first": f"{written} | {printed}, Kenya ({word.upper()})",
        "clock-after-slash": f"{printed}, Kenya, {written} / 10:58 am ({word.upper()}).-",
        "square-alone": f"[{outlet}]",
        "square-with-head": f"[{outlet} – {printed}, Kenya]",
        "reporter-slash-place": f"Zeynep KARA/{printed}, Kenya ({word.upper()})-",
        "dated-credit-brackets": f"{printed}, Kenya ({written} - {outlet})---",
    }[form]
    if form in ("date-first", "clock-after-slash", "dated-credit-brackets"):
        expected["date"] = day
    if form in ("date-first", "clock-after-slash", "reporter-slash-place"):
        expected["agency"] = word.upper()
    if form in ("square-alone", "square-with-head", "dated-credit-brackets"):
        expected["agency"] = outlet
    if form == "square-alone":
        expected["country"] = None
    text = f"{lead} {STORY}"
    found = parse_dateline(text, reference_date=REF)
    assert found is not None, text
    assert found.raw == lead and text[found.end:].lstrip() == STORY
    assert found.places == (() if form == "square-alone" else (printed,))
    assert {"date": found.date, "agency": found.agency, "country": found.country} == expected


@pytest.mark.parametrize(("text", "city"), [("Riyadh\n\nThe kingdom announced a plan.", "Riyadh"),
                                             ("Bonn/Berlin | Die Regierung will umziehen.", "Bonn"),
                                             ("Rome, 24 fév 2024 (ZNA) – Un festival a réuni des musiciens.", "Rome")])
def test_dateline_grammar_known_cities_in_title_case_with_a_mark(text: str, city: str) -> None:
    found = parse_dateline(text, reference_date=REF)
    assert found is not None and found.city == city


@pytest.mark.parametrize(("text", "raw"), [
    ("QARZEN, Kenya, March 9 - J.W. Zenvok Inc said it would sell its stores.", "QARZEN, Kenya, March 9 -"),
    ("QARZEN, Kenya, March 9 - Zenvok Inc. The company said.", "QARZEN, Kenya, March 9 -"),
])
def test_dateline_grammar_a_name_after_the_dash_is_the_story_not_a_credit(text: str, raw: str) -> None:
    """Initials opening a company's name after the dash are the story's first words, not a credit closed by a stop."""
    found = parse_dateline(text, reference_date=REF)
    assert found is not None and found.raw == raw and found.agency is None


@pytest.mark.parametrize(("text", "raw", "city"), [
    ("washington — The United States asked its allies to share data.", "washington —", "Washington"),
    ("klang: Hawkers say unlicensed traders are taking their customers.", "klang:", "Klang"),
    ("new york - The city said it would hire more teachers.", "new york -", "New York"),
])
def test_dateline_grammar_a_known_city_in_lower_case(text: str, raw: str, city: str) -> None:
    """A feed that lost its small capitals prints the dateline in lower case: a known city, then a dash or colon."""
    found = parse_dateline(text, reference_date=REF)
    assert found is not None and (found.raw, found.city) == (raw, city)


@pytest.mark.parametrize("text", ["however - The city said.", "note: The city said.", "qarzen - The city said.",
                                  "washington said on Monday - The city agreed."])
def test_dateline_grammar_lower_case_words_that_are_no_known_city(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


@pytest.mark.parametrize(("text", "raw", "city", "country", "agency"), [
    ("11 February, Roseau, Dominica – Officials will meet next week.", "11 February, Roseau, Dominica –",
     "Roseau", "DM", None),
    ("Chisinau. A new trolleybus line will open next month.", "Chisinau.", "Chisinau", "MD", None),
    ("ST. PÖLTEN/QARZEN. Drei Pflegekräfte wurden verurteilt.", "ST. PÖLTEN/QARZEN.", "St. Pölten", "AT", None),
    ("ROSEAU DOMINICA – The ministry said a ban was lifted.", "ROSEAU DOMINICA –", "Roseau", "DM", None),
    ("DUSHANBE, 14.03.2019 /NIAT “Zenvok”/. Ministries will hold press conferences.",
     "DUSHANBE, 14.03.2019 /NIAT “Zenvok”/.", "Dushanbe", "TJ", "NIAT “Zenvok”"),
    ("Wien (zenvok.at) - Der Sprecher wies Berichte zurück.", "Wien (zenvok.at) -", "Vienna", "AT", "zenvok.at"),
    ("(CBS QARZEN) - A judge ordered a new hearing.", "(CBS QARZEN) -", None, None, "CBS QARZEN"),
    ("/Zenvok.Net/ The ministry said talks would resume.", "/Zenvok.Net/", None, None, "Zenvok.Net"),
    ("(Qarzen Government Information Service) The minister was nominated.",
     "(Qarzen Government Information Service)", None, None, "Qarzen Government Information Service"),
])
def test_dateline_grammar_forms_of_the_eighth_bench(text: str, raw: str, city, country, agency) -> None:
    """A date first before a comma, a known city in title case closed by a stop, an abbreviation's stop
    before the place's, a country run on after the city, quotes in a credit, a site's address in brackets,
    call letters and a city in capitals, a credit alone between slashes or in brackets with no dash."""
    found = parse_dateline(text, reference_date=REF)
    assert found is not None, text
    assert (found.raw, found.city, found.country, found.agency) == (raw, city, country, agency)


def test_dateline_grammar_keeps_no_break_spaces_in_raw() -> None:
    found = parse_dateline("(Zenvok News)\u00a0- Silver held steady.", reference_date=REF)
    assert found is not None and found.raw == "(Zenvok News)\u00a0-"


@pytest.mark.parametrize(("text", "agency"), [
    ("QARZEN, Kenya, September 7, 2023 (Press Secretary, PMO) – The minister will speak.", "Press Secretary, PMO"),
    ("QARZEN (Kenya, Uganda) - The council met.", None),
])
def test_dateline_grammar_a_comma_inside_a_credit_only_after_a_date(text: str, agency: str | None) -> None:
    found = parse_dateline(text, reference_date=REF)
    assert (found.agency if found else None) == agency


@pytest.mark.parametrize(("text", "region"), [
    ("LUCAYA, Grand Bahama – The council met.", "Grand Bahama"),   # a region the gazetteer does not name
    ("CHATHAM, Mass. (AP) _ The council met.", "Massachusetts"),    # the gazetteer's region
    ("Georgia, Tbilisi, July 5 - The council met.", None),           # the city printed after its country
    ("QARZEN, Kenya - The council met.", None),                      # a country is no region
])
def test_dateline_grammar_region_printed_in_full(text: str, region: str | None) -> None:
    found = parse_dateline(text, reference_date=REF)
    assert found is not None and found.region == region


@pytest.mark.parametrize(("text", "raw", "city", "country", "date", "agency"), [
    ("Amman, Four people were hurt when two buses collided.", "Amman,", "Amman", "JO", REF, None),
    ("Baku / 02.11.17 / Zenvok: The prosecutor closed a case.", "Baku / 02.11.17 / Zenvok:", "Baku", "AZ",
     dt.date(2017, 11, 2), "Zenvok"),
    ("BUENOS AIRES, NA. El Gobierno anunció un nuevo esquema.", "BUENOS AIRES, NA.", "Buenos Aires", "AR", REF, "NA"),
    ("BOSTON, MA. (Zenvok.ai) Sunday Apr 12, 2026 @ 10:00 AM Eastern — A company said.",
     "BOSTON, MA. (Zenvok.ai) Sunday Apr 12, 2026 @ 10:00 AM Eastern —", "Boston", "US", dt.date(2026, 4, 12),
     "Zenvok.ai"),
    ("QARZEN PARK, CA - August 20, 2026 (ZENVOKWIRE) - A sensor maker said.",
     "QARZEN PARK, CA - August 20, 2026 (ZENVOKWIRE) -", "Qarzen Park", "US", dt.date(2026, 8, 20), "ZENVOKWIRE"),
])
def test_dateline_grammar_forms_of_the_ninth_bench(text, raw, city, country, date, agency) -> None:
    """A known city, a comma and the story; place, date and credit parted by spaced slashes; initials that are a
    country's code after a city of another country are a credit; a state's postal code with a stop; a clock
    after the credit's date; the date and the credit after the place's dash."""
    found = parse_dateline(text, reference_date=REF)
    assert found is not None, text
    assert (found.raw, found.city, found.country, found.date, found.agency) == (raw, city, country, date, agency)


@pytest.mark.parametrize("text", ["Paris, Texas is a small town.", "Berlin, Germany's capital, is large.",
                                  "London, May 5 was a busy day.", "Qarzen, Four people were hurt.",
                                  "LONDON, Jane and John met.", "Prices / Volume / Change - The table."])
def test_dateline_grammar_a_comma_or_slashes_make_no_dateline_of_a_sentence(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


@settings(max_examples=300, deadline=None)
@given(places, st.sampled_from(["upper", "title"]), st.sampled_from([(", Kenya", "KE"), (", Ont.", "CA")]),
       days, st.sampled_from([0, 2, 5, 13]), unknown_agencies,
       st.sampled_from(["date-between-dashes", "date-and-stamps-over-story", "stamp-over-story",
                        "colon-over-story", "credit-slash-date", "credit-then-date-first", "empty-credit-slot",
                        "credit-then-comma-date"]),
       st.sampled_from([" -- ", " - ", " – ", " — "]))
def test_dateline_grammar_date_in_any_slot(place, case, qualifier, day, style, credit, slot, dash) -> None:
    """The date where houses put it outside the head: between the place's dash and one of its own
    ("Austin, TX - June 5, 2009 -"), after a credit's dash with the times it moved, closing the line over
    the story ("Houston (Platts)--16 Nov 2015 517 pm EST/2217 GMT"), a clock alone after a dated head's
    dash ("Paris, 26/12/2025 - 21:06"), a head alone on its line closed by a colon ("Tripoli, 5 June
    2013:"), in the credit's brackets after a slash ("(MindaNews/18 August)"), before the place after an
    opening credit ("(ALS) – 12 DIC, MILANO –"), before a credit's empty slot ("May 16, 2022/ —"), after the
    credit and a comma ("TEHRAN (IRNA), June 4 -", whose date had been left to open the story)."""
    if slot == "credit-then-date-first":
        case = "upper"  # the head after the date must read alone: an unknown place in title case needs its date
    printed_place = place.upper() if case == "upper" else place.title()
    qualifier_text, country = qualifier
    date = _date_text(style, day)
    below = "\n\n"
    expected_agency = None
    lead = {
        "date-between-dashes": f"{printed_place}{qualifier_text}{dash}{date}{dash.rstrip()}",
        "date-and-stamps-over-story": f"{printed_place}{qualifier_text} ({credit}){dash.strip()}{date}/1010 pm EDT/"
                                      "210 GMT",
        "stamp-over-story": f"{printed_place}{qualifier_text}, {date}{dash}21:06",
        "colon-over-story": f"{printed_place}{qualifier_text}, {date}:",
        "credit-slash-date": f"{printed_place}{qualifier_text} ({credit}/{date}){dash.rstrip()}",
        "credit-then-date-first": f"({credit}){dash}{date}, {printed_place}{qualifier_text}{dash.rstrip()}",
        "empty-credit-slot": f"{printed_place}{qualifier_text}, {date}/{dash.rstrip()}",
        "credit-then-comma-date": f"{printed_place}{qualifier_text} ({credit}), {date}{dash.rstrip()}",
    }[slot]
    if slot in ("date-and-stamps-over-story", "credit-slash-date", "credit-then-date-first", "credit-then-comma-date"):
        expected_agency = credit
    text = lead + (below if slot.endswith("over-story") else " ") + STORY
    found = parse_dateline(text, reference_date=REF)
    assert found is not None, text
    assert found.raw == lead
    assert text[found.end:].lstrip() == STORY
    assert found.places == (printed_place,)
    assert (found.agency, found.country, found.date) == (expected_agency, country, day)


@pytest.mark.parametrize(("lead", "city", "country", "agency"), [
    ("London - Asharq Al-Awsat\n\nThe council met on Friday.", "London", "GB", "Asharq Al-Awsat"),
    ("Beirut - The Daily Star\n\nThe council met on Friday.", "Beirut", "LB", "The Daily Star"),
    ("Caracas, March 5 (teleSUR-RHC)-- The council met on Friday.", "Caracas", "VE", "teleSUR-RHC"),
    ("NEW YORK, Apr 01, 2004 (Zenwire Select via QZXN) -- The council met.", "New York", "US",
     "Zenwire Select via QZXN"),
    ("Qarzen:(Zenvokland)-Ciidamada dawladda ayaa maanta la wareegay.", "Qarzen", None, "Zenvokland"),
    ("TONGA – Police in the capital made arrests.", None, "TO", None),
    ("India, Dec. 6 -- Hundreds of travellers were stranded.", None, "IN", None),
    ("Madrid, España. Un banco llegó a una feria.", "Madrid", "ES", None),
    ("Torreón, Coahuila; a 28 de Noviembre de 2023.- El gobernador habló.", "Torreón", "MX", None),
    ("MORELIA, Mich., 23 de julio de 2023.- Turistas llenaron el centro.", "Morelia", "MX", None),
    ("LANSING, Mich. - The governor said.", "Lansing", "US", None),
    ("MONTERREY, N.L. - El gobierno dijo.", "Monterrey", "MX", None),
    ("ST. JOHN'S, N.L. - The premier said.", "St. John's", "CA", None),
    ("DENVER, Col. - The council met.", "Denver", "US", None),
])
def test_dateline_grammar_reads_the_session_s_new_shapes(lead, city, country, agency) -> None:
    """Outlets' names of a coined shape after a city's dash over the story, credits with capitals inside
    or relayed "via" a service, a colon before the credit, a country where the city goes (no city), a
    known city and its country closed by a stop, a semicolon before the date, and Mexican states'
    abbreviations settled by the city (Michoacán's "Mich." is also Michigan's)."""
    found = parse_dateline(lead, reference_date=REF)
    assert found is not None
    assert (found.city, found.country, found.agency) == (city, country, agency)


@settings(max_examples=150, deadline=None)
@given(st.lists(place_words, min_size=1, max_size=2).map(" ".join), st.sampled_from([" - ", " – ", " — "]))
def test_dateline_grammar_reads_a_town_too_small_for_the_gazetteer(place, dash) -> None:
    """"KENNEBUNKPORT –": a local paper's town in capitals alone before a spaced dash and a sentence."""
    text = f"{place.upper()}{dash}{STORY}"
    found = parse_dateline(text, reference_date=REF)
    assert found is not None, text
    assert (found.raw, found.city, found.country, found.agency) == (f"{place.upper()}{dash.rstrip()}",
                                                                      place.title(), None, None)


@settings(max_examples=150, deadline=None)
@given(place_words, st.sampled_from(["", " Springs", " Valley"]),
       st.sampled_from([(", Maine", "US"), (", Kenya", "KE"), (", Ont.", "CA"), (", Perú", "PE")]),
       st.sampled_from([" - ", " – ", " — ", ".- "]))
def test_dateline_grammar_reads_a_town_in_title_case_under_its_region(word, generic, qualifier, dash) -> None:
    """"Kennebunkport, Maine —", "Qarqar, Perú.-": a town the gazetteer lacks, in title case, under a state or
    country it knows (Spanish-language houses close the head with a stop and a hyphen)."""
    place = word.title() + generic
    if qualifier[0].endswith(".") and dash.startswith("."):
        dash = dash[1:]  # "Qarqar, Ont.- ": the abbreviation's stop is the separator's
    text = f"{place}{qualifier[0]}{dash}{STORY}"
    found = parse_dateline(text, reference_date=REF)
    assert found is not None, text
    assert (found.raw, found.city, found.country) == (f"{place}{qualifier[0]}{dash.rstrip()}", place, qualifier[1])


@pytest.mark.parametrize(("lead", "raw", "city", "country", "agency", "date"), [
    # Countries by their names in the languages wires print them; a country alone names no city.
    ("MAROC - La police a ouvert samedi une enquête.", "MAROC -", None, "MA", None, REF),
    ("Qarqar, Deutschland - Die Stadt hat beschlossen.", "Qarqar, Deutschland -", "Qarqar", "DE", None, REF),
    # A place and its country in brackets opening the lead, with no dash (La Presse).
    ("(Qarqar, Haïti) La pluie est tombée toute la nuit sur le village.", "(Qarqar, Haïti)", "Qarqar", "HT", None,
     REF),
    ("(Geneva, Switzerland) – The talks opened on Monday.", "(Geneva, Switzerland) –", "Geneva", "CH", None, REF),
    # A town the gazetteer lacks, in title case, dated and set apart.
    ("Qarqar, Aug 10: Residents planted banana trees.", "Qarqar, Aug 10:", "Qarqar", None, None,
     dt.date(2023, 8, 10)),
    ("Zamvok, 15 avril 2014 [Qzxn] --- Des hommes sont réapparus.", "Zamvok, 15 avril 2014 [Qzxn] ---", "Zamvok",
     None, "Qzxn", dt.date(2014, 4, 15)),
    # The full stop run into the story; a site's address in lower case before the place.
    ("Stuttgart.Eigentlich sollte die Koalition nach einer Stunde entscheiden.", "Stuttgart.", "Stuttgart", "DE",
     None, REF),
    ("zenvok.com, JAKARTA - Seorang wakil ketua mempertanyakan rencana itu.", "zenvok.com, JAKARTA -", "Jakarta",
     "ID", "zenvok.com", REF),
    # A full date after the place's dash, then the story with no separator.
    ("Kampala, Uganda — January 30, 2026 The army chief drew criticism.", "Kampala, Uganda — January 30, 2026",
     "Kampala", "UG", None, dt.date(2026, 1, 30)),
    # A city and its country alone on a line, the story on the next.
    ("TEGUCIGALPA, HONDURAS\nLas fuerzas armadas informaron que aseguraron dos lanchas.", "TEGUCIGALPA, HONDURAS",
     "Tegucigalpa", "HN", None, REF),
    # A town the gazetteer lacks under a state's abbreviation, its generic word in the place's language;
    # a world-known city by its own name, not the bigger city bearing it as an exonym (Changchun).
    ("Puerto Zenvok, Q.R. — Road crews resurfaced the streets.", "Puerto Zenvok, Q.R. —", "Puerto Zenvok", "MX",
     None, REF),
    ("CANCÚN. – Tres nuevos hoteles esperan el visto bueno.", "CANCÚN. –", "Cancún", "MX", None, REF),
    # A town of four letters in capitals; a site's address credited alone; a big city under a neighbouring state.
    ("ZEVA - Villagers were praised for their part in the work.", "ZEVA -", "Zeva", None, None, REF),
    ("(Zenvok.com) - La Bourse de Paris limite ses pertes en fin de séance.", "(Zenvok.com) -", None, None,
     "Zenvok.com", REF),
    ("CIUDAD DE MÉXICO, Méx.- La Secretaría de Salud informó.", "CIUDAD DE MÉXICO, Méx.-", "Mexico City", "MX", None,
     REF),
    # A channel's ordinal, a credit of a coined shape after a comma, initials with stops between slashes.
    ("COLOMBO (Zenvok 1st) - Nearly a third of households cut meals.", "COLOMBO (Zenvok 1st) -", "Colombo", "LK",
     "Zenvok 1st", REF),
    ("TBILISI, QZWatch–Polling stations opened at eight in the morning.", "TBILISI, QZWatch–", "Tbilisi", "GE",
     "QZWatch", REF),
    ("WASHINGTON, Oct. 6 /Q.Z. Newswire/ -- The secretary issued a statement.", "WASHINGTON, Oct. 6 /Q.Z. Newswire/ --",
     "Washington", "US", "Q.Z. Newswire", dt.date(2023, 10, 6)),
    # A stop, a space and a dash glued to the story; a date between the place's dash and a colon; a genitive month.
    ("SANTO DOMINGO. -El obispo elogió en su homilía las medidas.", "SANTO DOMINGO. -", "Santo Domingo", "DO", None,
     REF),
    ("Apia, Samoa – April 29, 2023: The prime minister opened a tournament.", "Apia, Samoa – April 29, 2023:", "Apia",
     "WS", None, dt.date(2023, 4, 29)),
    ("BEOGRAD, 29. marta 2003. (Qzx) Ministar je rekao da bi zakon mogao biti izmenjen.",
     "BEOGRAD, 29. marta 2003. (Qzx)", "Belgrade", "RS", "Qzx", dt.date(2003, 3, 29)),
    # Initials in brackets, a space and the story; a coined name in brackets and a dash; neither with a place.
    ("(QZN) The vice president urged a leader to reconsider.", "(QZN)", None, None, "QZN", REF),
    ("(zTV) - With the vote only weeks away, a new party is entering.", "(zTV) -", None, None, "zTV", REF),
    # A hyphen and an en dash together; a credit in square brackets after a place; a US state where the city goes.
    ("PHILIPSBURG -– The prime minister has written to her counterpart.", "PHILIPSBURG -–", "Philipsburg", "SX",
     None, REF),
    ("MOGADISHU [QZN] – Government troops clashed with insurgents on Tuesday.", "MOGADISHU [QZN] –", "Mogadishu",
     "SO", "QZN", REF),
    ("NEW MEXICO (QZTV) – The mayors of the two largest cities made a bet.", "NEW MEXICO (QZTV) –", None, "US",
     "QZTV", REF),
    # A known city and its region in full, the story straight after (Michoacán's local press).
    ("Uruapan, Michoacán Productores de aguacate pidieron más vigilancia.", "Uruapan, Michoacán", "Uruapan", "MX",
     None, REF),
    ("London, Ontario The council met on Monday.", "London, Ontario", "London", "CA", None, REF),
])
def test_dateline_grammar_reads_places_and_credits_of_bench14_s_kinds(lead, raw, city, country, agency, date) -> None:
    found = parse_dateline(lead, reference_date=REF)
    assert found is not None
    assert (found.raw, found.city, found.country, found.agency, found.date) == (raw, city, country, agency, date)


@pytest.mark.parametrize("text", [
    "Länder\n\nFahrverbote: die Koalition vertagt ihre Entscheidung.",  # a section's label, no Lander (Venezuela)
    "Österreich/Kirche/Verein\nWien, 04.05.2022 (QZX) Mit einem Festgottesdienst hat ein Verein gefeiert.",
    "Monday, July 5 - The council met on Monday.",
    "Posted: Dec 05, 2024 / The council met on Monday.",
    "John Smith, July 5 - The council met on Monday.",
    "APPLETON, Wis.\n1996-12-06\nA farmhand used the proceeds from stolen pigs.",
    "NEWS - The council met on Monday.",
    "Paris, France Telecom said on Monday it would cut jobs.",  # a country is no region run into the story
    "LUNES 7 MAYO 2018 | AÑO NO. 37 | SANTO DOMINGO, R.D.",  # a masthead: a weekday in Spanish, no place
    "WINDHOEK 9 0 | 27 0 OSHAKATI 16 0 | 35 0",  # a weather strip's columns
    "Santa Cruz Lunes 13 Octubre de 2008 Tv Meridiano",  # a monitor's report heading, no sentence after
    "(RECASTS) The council met on Monday.",  # a desk's marker in brackets
    "Dhaka : March 9, 2018; Falgun 25, 1424 BS; Jamadi-us-sani 21, 1439 hijri",  # a masthead's dates
    "(NATO) The alliance said on Monday it would meet.",  # an organisation that sends no copy
])
def test_dateline_grammar_leaves_look_alikes_of_bench14_s_kinds_alone(text) -> None:
    """A label with accents the gazetteer's namesake lacks, a topic slug, a weekday, a label, a name and a date,
    a city and state over a date line (the head goes on), a word of furniture."""
    assert parse_dateline(text, reference_date=REF) is None


def test_dateline_grammar_a_surname_with_a_capital_inside_is_no_credit() -> None:
    """"TBILISI, DFWatch–" credits a coined name; "McDonald" after a comma is a surname's shape, no credit."""
    found = parse_dateline("LONDON, McDonald - The firm said on Monday it would cut jobs.", reference_date=REF)
    assert found is None or found.agency is None


@pytest.mark.parametrize("text", [
    "Meanwhile, Texas — The state said on Monday it would appeal.",
    "Separately, Kenya – The ministry said on Monday it would appeal.",
    "John Smith, Texas — I think the council is wrong about the budget.",
])
def test_dateline_grammar_leaves_sentence_openings_before_a_region_alone(text) -> None:
    """A sentence's first word, or a letter writer's name, before a comma and a state: no town."""
    assert parse_dateline(text, reference_date=REF) is None


@pytest.mark.parametrize("text", [
    "BREAKING – The president played a round of golf on Monday.",
    "EXCLUSIVE - The minister said he would resign.",
    "SOCCER - The league said the match would be replayed.",
    "WEATHER - Conditions were calm at most airports on Friday.",
    "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
    "DIPLOMACY.  The foreign ministry rejected the remarks.",
    "ANC - The party said on Monday it would appeal.",
    "NATO - The alliance said on Monday it would meet.",
])
def test_dateline_grammar_leaves_furniture_in_capitals_alone(text) -> None:
    """Markers, kickers and desks' slugs in capitals, a headline in capitals after a slug, no dash at all."""
    found = parse_dateline(text, reference_date=REF)
    assert found is None or found.places == (), found


@pytest.mark.parametrize("text", [
    "Paris - Fashion Week\n\nThe shows opened on Monday with three houses.",
    "Kampala - Jinja\n\nThe road reopened on Monday.",
    "ADEN - CEASEFIRE TALKS\n\nThe talks opened on Monday.",
    "Daily Excelsior JAMMU, SUNDAY, SEPTEMBER 27, 2020 REGD. NO. JK-71/18-20",
    "He lives in Paris, France. The city said so.",
    "Smith, Jones. The firm said so.",
])
def test_dateline_grammar_leaves_look_alikes_of_the_new_shapes_alone(text) -> None:
    """A kicker's words after a city's dash, a masthead's title beside its city in capitals, a sentence."""
    assert parse_dateline(text, reference_date=REF) is None


@pytest.mark.parametrize(("lead", "raw", "city", "country", "agency", "date"), [
    # A spaced double slash or a square where the dash goes; a known agency in its own case after capitals.
    ("ABU DHABI // Work on the new museum reached a milestone yesterday.", "ABU DHABI //", "Abu Dhabi", "AE", None,
     REF),
    ("BERLIN dpa ■ Die Grünen haben die Regierung vor einer Kürzung gewarnt.", "BERLIN dpa ■", "Berlin", "DE", "dpa",
     REF),
    # A house's initials after a known city of another country: its credit, not a territory's code.
    ("Jakarta, IO – The national museum reopened its ceramics wing.", "Jakarta, IO –", "Jakarta", "ID", "IO", REF),
    # A dated head on its line, a word closing it as the credit, a headline in capitals and the story below.
    ("CAPE TOWN Jan 28 Zenvok\n\nWORKERS LOCKED OUT\n\nMore than 300 workers were locked out.",
     "CAPE TOWN Jan 28 Zenvok", "Cape Town", "ZA", "Zenvok", dt.date(2024, 1, 28)),
    ("LUANDA December 21 1998 Zenvok-AP\n\nFighting resumed in the north.", "LUANDA December 21 1998 Zenvok-AP",
     "Luanda", "AO", "Zenvok-AP", dt.date(1998, 12, 21)),
    # An outlet's initials and a word in brackets, a space and the story; a world-known city's own initials.
    ("(QZN NIGERIA) The government approved the promotion of thirty officers.", "(QZN NIGERIA)", None, None,
     "QZN NIGERIA", REF),
    ("Santo Domingo, RD\nEl presidente dijo que la obra está lista.", "Santo Domingo, RD", "Santo Domingo", "DO", None,
     REF),
    # The credit and its date in one pair of brackets, parted by a comma or a spaced dash.
    ("WELLINGTON, New Zealand (Zenvok Pacific International, March 27, 2015) – An activist spoke.",
     "WELLINGTON, New Zealand (Zenvok Pacific International, March 27, 2015) –", "Wellington", "NZ",
     "Zenvok Pacific International", dt.date(2015, 3, 27)),
    ("KANDY (Zenvok News - 16th March, 2020) Several panels have stopped meeting until later this year.",
     "KANDY (Zenvok News - 16th March, 2020)", "Kandy", "LK", "Zenvok News", dt.date(2020, 3, 16)),
    # An outlet's name of its own shape after the city's comma, or a name after the place's country.
    ("Jakarta, QZN Times - Menteri Perdagangan menyebut harga beras turun.", "Jakarta, QZN Times -", "Jakarta", "ID",
     "QZN Times", REF),
    ("PORT OF SPAIN, Trinidad, Zenvok – More than forty youth clubs will share a fund.",
     "PORT OF SPAIN, Trinidad, Zenvok –", "Port of Spain", "TT", "Zenvok", REF),
    # A known city and its day run into the story; a known city in title case run into an article.
    ("Kathmandu, November 21 Party leaders say the old rivalry has eased.", "Kathmandu, November 21", "Kathmandu",
     "NP", None, dt.date(2023, 11, 21)),
    ("Berlin A former member of the council has called for a new tax.", "Berlin", "Berlin", "DE", None, REF),
    ("Wien Der Nationalrat hat am Mittwoch das Gesetz beschlossen.", "Wien", "Vienna", "AT", None, REF),
    # ...or into a preposition opening the story's first sentence.
    ("Skopje At its session on Tuesday, the government approved funds.", "Skopje", "Skopje", "MK", None, REF),
    ("London After years of delay, the bridge reopened.", "London", "London", "GB", None, REF),
    # A credit in brackets opening the lead, then the place and its date on their own line over the story.
    ("(Zenvok Vista) Roma, 29 aprile 2019\nIl vicepresidente ha presentato un piano per le periferie.",
     "(Zenvok Vista) Roma, 29 aprile 2019", "Rome", "IT", "Zenvok Vista", dt.date(2019, 4, 29)),
    # Initials in brackets after a known city, then the date: the credit, even where a US state's
    # abbreviation in capitals could be read ("NEV"); AP prints "Nev.", the post office "NV".
    ("Roma (QZE), 17 settembre 2018 – Sabato scorso pastori e delegati si sono riuniti.",
     "Roma (QZE), 17 settembre 2018 –", "Rome", "IT", "QZE", dt.date(2018, 9, 17)),
    ("Rome (NEV), 13 July 2018 – All twenty people who reached the island are safe.", "Rome (NEV), 13 July 2018 –",
     "Rome", "IT", "NEV", dt.date(2018, 7, 13)),
    ("COLUMBUS (OHIO), July 5 - The council met.", "COLUMBUS (OHIO), July 5 -", "Columbus", "US", None,
     dt.date(2024, 7, 5)),
    # A press release's label and its date over the lead on the lead's line; a coined name closed by a stop.
    ("FOR IMMEDIATE RELEASE March 29, 2016 WASHINGTON, D.C. – Today a programme announced five partners.",
     "FOR IMMEDIATE RELEASE March 29, 2016 WASHINGTON, D.C. –", "Washington", "US", None, dt.date(2016, 3, 29)),
    ("ArmZen. A new constitution cannot be adopted before 2027, a member of the council said.", "ArmZen.", None,
     None, "ArmZen", REF),
    ("ArmZen.An opposition MP doubted on Thursday that both would amend their laws.", "ArmZen.", None, None,
     "ArmZen", REF),
    # A qualifier a lower-case word describes; initials closed by a hyphen glued to the story after a dated head.
    ("Bethlehem, occupied West Bank – Hotel owners say bookings have fallen by half.",
     "Bethlehem, occupied West Bank –", "Bethlehem", "PS", None, REF),
    ("Idlib, northern Syria – Air strikes hit the town overnight, residents said.", "Idlib, northern Syria –",
     "Idlib", "SY", None, REF),
    ("Port-au-Prince, 11 Octobre 2021- QZP-Le ministre a demandé aux directeurs de rouvrir les classes.",
     "Port-au-Prince, 11 Octobre 2021- QZP-", "Port-au-Prince", "HT", "QZP", dt.date(2021, 10, 11)),
    # A state's abbreviation between the city's comma and the story; a tilde between the place and its date.
    ("Torreón, Coah., Vecinos de la colonia Centro denunciaron el robo de dos bancas.", "Torreón, Coah.,",
     "Torreón", "MX", None, REF),
    ("Ndola ~ Wed, 6 Jan 2021\n\nThe provincial minister will tour the new market this week.",
     "Ndola ~ Wed, 6 Jan 2021", "Ndola", "ZM", None, dt.date(2021, 1, 6)),
    # Initials, a comma and a known city; a place and a known agency in one pair of brackets; the full date and
    # the source spelt out in the credit's brackets; a run of stops where the dash goes.
    ("QZRN, Jakarta: Menteri Perhubungan meresmikan jalur kereta baru.", "QZRN, Jakarta:", "Jakarta", "ID", "QZRN",
     REF),
    ("(Colombo, Lankapuvath) - The Government has decided to extend the deadline.", "(Colombo, Lankapuvath) -",
     "Colombo", "LK", "Lankapuvath", REF),
    ("AUCKLAND, New Zealand (September 24, 2002 - Agence France-Presse)--A small radio station was licensed.",
     "AUCKLAND, New Zealand (September 24, 2002 - Agence France-Presse)--", "Auckland", "NZ", "AFP",
     dt.date(2002, 9, 24)),
    ("JUBA .........The county commissioner opened a new market for women traders.", "JUBA .........", "Juba",
     "SS", None, REF),
    # A pipe, then the day's name and the story.
    ("Johannesburg | Tuesday THOUSANDS of workers will stop work on Tuesday.", "Johannesburg | Tuesday",
     "Johannesburg", "ZA", None, dt.date(2024, 7, 2)),
])
def test_dateline_grammar_reads_places_and_credits_of_bench18_s_kinds(lead, raw, city, country, agency, date) -> None:
    found = parse_dateline(lead, reference_date=REF)
    assert found is not None, lead
    assert (found.raw, found.city, found.country, found.agency, found.date) == (raw, city, country, agency, date)


@pytest.mark.parametrize("text", [
    "CAPE TOWN Jan 28 Staff\n\nWORKERS LOCKED OUT\n\nMore than 300 workers were locked out.",  # a desk, no credit
    "LONDON May 5 people died in the floods.",               # a date after capitals is no story's start
    "(SPECIAL REPORT) The government approved the plan.",    # a label's words are no outlet
    "(NEWS ANALYSIS) The government approved the plan.",
    "QARZEN.COM - Panduan Informasi dan Inspirasi",          # a site's masthead and its motto
    "March A new plan was set out by the ministry.",         # a month (and a town in England) opens a sentence
    "Since El Nino went away in May, rains have returned.",  # a clause's first word (and a town)
    "Qarzen The council met on Monday to discuss the plan.",  # a place no gazetteer knows, run into an article
    "Paris The Musical",                                      # no sentence after it
    "(Close): Oil shares pulled the index lower on Monday.",  # a market's label, no credit
    "ELECCIONES-SALTA (CON FOTO).- (Por Laura Díaz, enviada especial) La provincia votó.",  # a budget slug
    "McDonald. The restaurant chain said it would close.",   # a surname's capital inside is no coined name
    "For Immediate Release - The company said it would expand.",  # a release's label and no place
])
def test_dateline_grammar_leaves_labels_and_mastheads_of_bench18_s_kinds(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


def _read_lead(lead: str) -> Dateline:
    """The dateline read from `lead` and the story after it; that one is read at all is the first assertion."""
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert found is not None, lead
    return found


@settings(max_examples=200, deadline=None)
@given(places, st.sampled_from(["upper", "title"]),
       st.sampled_from([(", Kenya", "KE"), (" /Kenya/", "KE"), ("", None)]), days,
       st.sampled_from(["stopped", "clock", "zone"]), st.one_of(st.none(), unknown_agencies),
       st.sampled_from([" - ", " – ", ". ", ".- "]))
def test_dateline_grammar_dates_parted_by_stops_and_clock_zones(place, case, qualifier, day, style, agency,
                                                                 separator) -> None:
    """Found by a wider generator of leads: "11.09.2023" is day first wherever stops part it (it had taken
    the reading nearest the reference, November 9), a stop may close it ("28.02.2024. The ..."), and a
    zone after the clock is no credit, even one too ambiguous to read ("14:05 IST" had credited IST)."""
    if case == "title" and not agency and not qualifier[0]:
        place = place.split()[0]  # two words in title case, alone, read as a person's name ("Jane Doe, ... -")
    printed_place = place.upper() if case == "upper" else place.title()
    written = {"stopped": f"{day.day:02d}.{day.month:02d}.{day.year}",
               "clock": f"{day.day:02d}.{day.month:02d}.{day.year} 14:05",
               "zone": f"{day.day} {MONTHS[day.month - 1]} {day.year}, 14:05 IST"}[style]
    credit = f" ({agency})" if agency else ""
    if not credit and separator.strip() == "." and (case == "title" or style != "stopped"):
        separator = " - "  # a full stop alone closes a date in figures only, under a place in capitals
    lead = f"{printed_place}{qualifier[0]}, {written}{credit}{separator}".rstrip()
    found = _read_lead(lead)
    assert (found.raw, found.city, found.country, found.date, found.agency) == (
        lead, place.title(), qualifier[1], day, agency)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([("COLOMBO", "Colombo", "LK"), ("Nairobi", "Nairobi", "KE"), ("DHAKA", "Dhaka", "BD")]),
       st.sampled_from(["HARARE", "Harare", "KAMPALA", "Kampala"]), st.one_of(st.none(), days),
       st.one_of(unknown_agencies, known_agencies.map(lambda a: a.aliases[0]).filter(lambda n: "/" not in n
                                                                                     and n.replace("-", "").isalnum())),
       st.sampled_from([" - ", " – ", ": ", " _ "]))
def test_dateline_grammar_places_joined_by_a_slash_and_a_credit_between_slashes(first, second, day, agency,
                                                                               separator) -> None:
    """"COLOMBO/HARARE, July 6 /QZX/ -": the slash joining two places opens no credit (it had read "/HARARE,
    July 6 /" as the credit Harare and its reporter)."""
    printed, city, country = first
    dated = f", {MONTHS[day.month - 1]} {day.day}" if day else ""
    lead = f"{printed}/{second}{dated} /{agency}/{separator}".rstrip()
    found = _read_lead(lead)
    assert (found.raw, found.city, found.country, found.date) == (lead, city, country, day or REF)
    assert found.agency == (agencies.canonical(agency) or agency)
    assert found.places == (printed, second)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["apro", "qzxa", "Andes", "ANDES", "Qarzen", "QZX"]),
       st.sampled_from([("Quito", "Quito", "EC"), ("BOGOTÁ", "Bogotá", "CO"), ("Qarqar, Perú", "Qarqar", "PE")]),
       st.one_of(st.none(), days), st.sampled_from([" - ", " – ", ".- "]))
def test_dateline_grammar_a_word_in_brackets_and_a_dash_over_a_dateline_is_its_credit(credit, head, day, dash) -> None:
    """"(apro) - Bogotá, 20 jun.-", "(ANDES) - Quito -": the credit first, in any case, even a name the gazetteer
    knows as a place (it had read "(ANDES) -" as a dateline of the Andes and left Quito in the story)."""
    printed, city, country = head
    dated = f", {day.day} {SPANISH_MONTHS[day.month - 1][:3]}" if day else ""
    lead = f"({credit}) - {printed}{dated}{dash}".rstrip()
    found = _read_lead(lead)
    assert (found.raw, found.city, found.country, found.agency, found.date) == (
        lead, city, country, agencies.canonical(credit) or credit, day or REF)


@pytest.mark.parametrize("text", ["(Updated) - LONDON, July 5 - The council said.",
                                  "(Corrected) - LONDON - The council said."])
def test_dateline_grammar_a_desk_label_in_brackets_is_no_credit(text: str) -> None:
    found = parse_dateline(text, reference_date=REF)
    assert found is None or found.agency is None


@pytest.mark.parametrize(("text", "date", "agency"), [
    ("LIMA, 12 abr - El consejo aprobó el presupuesto.", dt.date(2024, 4, 12), None),
    ("BRASÍLIA, 1 abr (ABr) - O conselho aprovou o orçamento.", dt.date(2024, 4, 1), "Agência Brasil"),
    ("BRASÍLIA ABr - O conselho aprovou o orçamento.", REF, "Agência Brasil"),
])
def test_dateline_grammar_a_month_after_its_day_is_no_credit(text: str, date: dt.date, agency: str | None) -> None:
    """"LIMA, 12 abr -": Spanish "abr" (abril) is also Agência Brasil's "ABr"; after a day it is the month
    (found by the property test of credits first: the head had lost its date to a credit and read nothing)."""
    found = parse_dateline(text, reference_date=REF)
    assert found is not None and (found.date, found.agency) == (date, agency)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([("TUNIS (Tunisia)", "Tunis", "TN"), ("Qarqar (Hebei)", "Qarqar", "CN"),
                        ("QARQAR, Texas", "Qarqar", "US"), ("Mombasa, Kenya", "Mombasa", "KE")]),
       st.one_of(st.none(), days),
       st.sampled_from(["[{}]", "({})", "| {} |"]),
       st.sampled_from(["Xinhua", "Kyodo", "dpa-AFX", "AFP-JIJI", "QZX-Reuters", "QZXN"]),
       st.sampled_from([" - ", " — ", ": "]))
def test_dateline_grammar_credit_shapes_after_a_region(head, day, shape, credit, separator) -> None:
    """Found by a generator of credit shapes: a square bracket after a region in brackets ("TUNIS (Tunisia)
    [Xinhua] —" read nothing: the search for the credit had swallowed the space before it), and a known
    agency's service or partner joined by a hyphen ("(dpa-AFX)", "(AFP-JIJI)": read only under known places)."""
    printed, city, country = head
    dated = f", {MONTHS[day.month - 1]} {day.day}" if day else ""
    lead = f"{printed}{dated} {shape.format(credit)}{separator}".rstrip()
    found = _read_lead(lead)
    assert (found.raw, found.city, found.country, found.date, found.agency) == (
        lead, city, country, day or REF, agencies.canonical(credit) or credit)


@settings(max_examples=100, deadline=None)
@given(places, st.sampled_from(["upper", "title"]), st.sampled_from(["", ", Kenya"]), days,
       st.sampled_from([" - ", " -- ", " — ", ": ", " ", "\n"]))
def test_dateline_grammar_iso_date_keeps_its_separator(place, case, qualifier, day, separator) -> None:
    """"Hanoi, 2024-06-19 - The ...": the separator after an ISO date is the dateline's (it had been left to
    open the story, "- The council ..."; found by a generator of date styles)."""
    printed = place.upper() if case == "upper" else place.title()
    if case == "title" and not qualifier:
        printed = printed.split()[0]
    lead = f"{printed}{qualifier} {day.isoformat()}{separator}"
    text = lead + STORY
    found = parse_dateline(text, reference_date=REF)
    assert found is not None, text
    assert (found.raw, found.date, text[found.end:].lstrip()) == (lead.strip(), day, STORY)


@settings(max_examples=150, deadline=None)
@given(days, st.sampled_from(["{m} {d}, {y}", "{w}, {m} {d}, {y}", "{d} {m} {y}", "{w}, {d} {m} {y}"]),
       st.sampled_from([("NAIROBI, Kenya", "Nairobi"), ("Hanoi", "Hanoi"), ("QARQAR, Kenya", "Qarqar")]),
       st.sampled_from([" -- ", " | ", ", "]), st.sampled_from([" - ", " -- ", " — "]))
def test_dateline_grammar_date_printed_first_with_its_weekday(day, style, head, gap, separator) -> None:
    """"Friday, June 21, 2024 -- Hanoi --": the date first may hold a comma of its own (it had been cut at the
    weekday's comma and read nothing; found by a generator of date-first forms)."""
    written = style.format(m=MONTHS[day.month - 1], d=day.day, y=day.year, w=WEEKDAYS[day.weekday()])
    lead = f"{written}{gap}{head[0]}{separator}".rstrip()
    found = _read_lead(lead)
    assert (found.raw, found.city, found.date) == (lead, head[1], day)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["(Updated) - ", "(Corrected) ", "(UPDATE 2) ", "UPDATE 1-", "REFILE-", "CORRECTED-",
                        "EXCLUSIVE-", "(Adds quote) ", "BREAKING: ", "(LEAD) "]),
       places, st.sampled_from(["upper", "title"]), st.sampled_from([(", Kenya", "KE"), (" (Hebei)", "CN")]),
       st.one_of(st.none(), days), st.one_of(st.none(), unknown_agencies), st.sampled_from([" - ", " -- ", " — "]))
def test_dateline_grammar_a_desk_label_over_the_dateline_leaves_it_as_it_reads(label, place, case, qualifier, day,
                                                                               agency, dash) -> None:
    """"(Updated) - LONDON, July 5 -", "UPDATE 1-LONDON, July 5 (Reuters) -": a desk's label opening the lead
    (it had read nothing) changes none of the parts the dateline after it gives."""
    if case == "title" and not agency and not day:
        place = place.split()[0]  # two words in title case, alone, read as a person's name ("Jane Doe, Texas -")
    printed_place = place.upper() if case == "upper" else place.title()
    dated = f", {MONTHS[day.month - 1]} {day.day}" if day else ""
    credit = f" ({agency})" if agency else ""
    head = f"{printed_place}{qualifier[0]}{dated}{credit}{dash}".rstrip()
    bare = _read_lead(head)
    found = _read_lead(label + head)
    assert (found.raw, found.city, found.country, found.date, found.agency) == (
        label + head, bare.city, qualifier[1], day or REF, agency)
    assert bare.city == place.title()


@pytest.mark.parametrize("text", [
    "(Updated) Police in the capital said on Friday that the road would reopen.",
    "UPDATE 1-Oil rises as supply worries deepen, traders said.",
    "BREAKING: Paris police said the march would go ahead.",
    "(Adds quote) The minister, speaking in London, said talks would go on.",
    "(12) LONDON is the largest city in the survey, the table shows.",
])
def test_dateline_grammar_a_desk_label_over_a_sentence_makes_no_dateline(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


@pytest.mark.parametrize(("lead", "region", "country"), [
    # a division where the city goes is its agency's country's, in normal case, as a region printed after a city is
    ("PUNJAB, June 3 (APP) -", "Punjab", "PK"),
    ("PUNJAB, June 3 (PTI) -", "Punjab", "IN"),
    ("SABAH, June 3 (Bernama) -", "Sabah", "MY"),
    ("XINJIANG, June 3 (Xinhua) -", "Xinjiang", "CN"),
    # Indonesia's provinces, which ISO files under groups of islands, and one a town abroad is also named for
    ("ACEH, June 3 (Antara) -", "Aceh", "ID"),
    ("BALI, June 3 (Antara) -", "Bali", "ID"),
])
def test_dateline_grammar_a_region_where_the_city_goes_is_the_agency_s_own(lead: str, region: str,
                                                                        country: str) -> None:
    found = _read_lead(lead)
    assert (found.raw, found.city, found.region, found.country) == (lead, None, region, country)


@pytest.mark.parametrize(("lead", "city", "country", "agency"), [
    # a district the gazetteer lacks, in brackets as after a comma; initials there are a credit's
    ("Ratnanagar (Chitwan), June 4:", "Ratnanagar", None, None),
    ("Qarzen (Rift Valley), June 4 -", "Qarzen", None, None),
    ("QARZEN (QZX), June 4 -", "Qarzen", None, "QZX"),
    ("Goiânia (GO), 02/05/2024 –", "Goiânia", "BR", None),  # a state's code, not a credit
    # a desk's credit or a reporter's name before the comma and the place
    ("Own Correspondent, Dhaka, 20 September 2023:", "Dhaka", "BD", None),
    ("Staff Reporter, GUWAHATI, Feb 12:", "Guwahati", "IN", None),
    # an outlet's name and its initials over the story: a credit, no place
    ("AhlulBayt News Agency (ABNA):", None, None, "ABNA"),
    ("The Qarzen Times (QT) -", None, None, "QT"),
])
def test_dateline_grammar_forms_of_bench27(lead: str, city: str | None, country: str | None,
                                           agency: str | None) -> None:
    found = _read_lead(lead)
    assert (found.raw, found.city, found.country, found.agency) == (lead, city, country, agency)


# Initials no gazetteer place or kicker spells: consonants around one vowel at most, no desk's label ("FAQ"),
# no weekday's or month's abbreviation ("SAT 10 July 2023" is a date).
_CALENDAR_WORDS = frozenset("mon tue wed thu fri sat sun jan feb mar apr may jun jul aug sep sept oct nov dec".split())
initials = st.text(alphabet="BCDFGHJKLMNPQRSTVWXZ", min_size=2, max_size=4).flatmap(
    lambda s: st.sampled_from([s, s[:1] + "A" + s[1:]])).filter(
    lambda s: gazetteer_places.resolve_place(s) is None and not gazetteer_places.is_qualifier(s)
    and s.casefold() not in LABEL_WORDS and s.casefold() not in _CALENDAR_WORDS
    and s.casefold() not in NOT_AGENCY_WORDS and not organisation(s)
    and not agencies.left_to_the_grammar(s)  # "MAP -" over a map, "ATP -" over tennis results
    and agencies.lookup(s) is None)  # a known agency's tag gives its canonical name ("NTX" -> Notimex)


@settings(max_examples=150, deadline=None)
@given(initials, st.one_of(st.none(), days), st.sampled_from([" - ", " – ", " — ", ": "]))
def test_dateline_grammar_initials_alone_are_a_credit_not_a_place(name, day, separator) -> None:
    """"GIS 22 February 2019:", "NDO –", "QNA:": a house's initials alone where a place would stand, with
    or without the day, are its credit; the date they print, else the reference day."""
    head = name if day is None else f"{name} {day.day} {MONTHS[day.month - 1]} {day.year}"
    lead = f"{head}{separator}".rstrip()
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert found is not None and found.raw == lead
    assert found.places == () and found.city is None and found.agency == name
    assert found.date == (day or REF)


@pytest.mark.parametrize("lead", ["WASHINGTON: ", "UPDATE: ", "NEWS - ", "TEXT: ", "ELY - ", "OHIO: ", "IRAN - ",
                                  "NATO - ", "IMF: ", "EU - ", "NATA - ", "KIETA - "])
def test_dateline_grammar_a_place_a_state_or_a_label_alone_is_no_initials(lead: str) -> None:
    """A place the gazetteer knows stays a place; a state, a country or a desk's label is no one's credit."""
    found = parse_dateline(f"{lead}{STORY}", reference_date=REF)
    assert found is None or found.agency is None


# Cities the gazetteer knows, printed as wires print them.
known_cities = st.sampled_from(["Baghdad", "BAGHDAD", "Kuala Lumpur", "Addis Ababa", "Nairobi", "Abu Dhabi", "Paris",
                                "Lima", "SKOPJE"])


@settings(max_examples=150, deadline=None)
@given(known_cities, unknown_agencies, st.one_of(st.none(), days), st.sampled_from([" - ", ": ", " – "]))
def test_dateline_grammar_place_and_credit_joined_by_a_hyphen(city, credit, day, separator) -> None:
    """"Baghdad-INA:", "Baghdad-ALSharqiya, July 11:": a known place, a hyphen and an agency's name, unknown
    to the table or not; its date, else the reference day."""
    head = f"{city}-{credit}" + ("" if day is None else f", {MONTHS[day.month - 1]} {day.day}")
    lead = f"{head}{separator}".rstrip()
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert found is not None and found.raw == lead
    assert (found.places, found.agency, found.date) == ((city,), credit, day or REF)
    assert found.city == gazetteer_places.resolve_place(city).city


@pytest.mark.parametrize("text", [
    "Mumbai-BSE Sensex rose 2 percent on Monday.",  # no separator: only a known agency credits there
    "UK-EU talks resumed in Brussels on Monday.", "Kenya-IMF deal approved by the board on Monday.",
    "Lagos-Ibadan Expressway reopens to traffic.", "Delhi-NCR air quality worsened on Monday.",
    "Southend On Sea council approved the budget.",  # "On" goes on a place's name: no run-in story
])
def test_dateline_grammar_a_hyphen_or_a_run_in_word_that_makes_no_dateline(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


def test_dateline_grammar_a_known_agency_after_the_hyphen_needs_no_separator() -> None:
    found = parse_dateline(f"Paris-AFP {STORY}", reference_date=REF)
    assert (found.raw, found.city, found.agency) == ("Paris-AFP", "Paris", "AFP")


@pytest.mark.parametrize(("lead", "city", "agency"), [
    ("AT-JALALABAD:", "Jalalabad", "AT"),      # initials an agency table does not know, first
    ("INA-BAGHDAD:", "Baghdad", "INA"),         # a known agency's tag first: the grammar's own tag-first form
    ("BAGHDAD-INA:", "Baghdad", "INA"),         # "INA" is a town in Japan too: the initials are the credit
])
def test_dateline_grammar_initials_and_place_joined_by_a_hyphen(lead: str, city: str, agency: str) -> None:
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert (found.raw, found.city, found.agency) == (lead, city, agency)


@pytest.mark.parametrize("text", [
    "BAGHDAD-BASRA: Trains resumed on Monday.", "UN-HABITAT: The agency said.", "US-CHINA: Talks resumed.",
])
def test_dateline_grammar_two_places_or_an_organisation_joined_by_a_hyphen_make_no_dateline(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


@given(known_cities, days)
def test_dateline_grammar_a_semicolon_after_the_day(city, day) -> None:
    """"Kathmandu, 1 June; The authority ...": a semicolon between the head's day and the story."""
    lead = f"{city}, {day.day} {MONTHS[day.month - 1]};"
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert (found.raw, found.date) == (lead, day)


@settings(max_examples=100, deadline=None)
@given(known_cities, days, unknown_agencies, st.sampled_from([", {c}", " [{c}]", " ({c})"]),
       st.sampled_from([" - ", ": ", " — "]))
def test_dateline_grammar_a_credit_after_an_iso_date(city, day, credit, shape, separator) -> None:
    """"NAIROBI, 2024-06-03, QNX -": the credit after an ISO date is read, and the story never opens with
    the credit's comma or bracket (a lead generator of 5,544 forms found 28 shapes that left it there)."""
    lead = f"{city}, {day.isoformat()}{shape.format(c=credit)}{separator}".rstrip()
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert (found.raw, found.date, found.agency) == (lead, day, credit)


@pytest.mark.parametrize(("lead", "city", "country"), [
    ("ZARANJ CITY (BNA)", "Zaranj", "AF"),      # the word a house adds to a town the gazetteer knows by its name
    ("KANSAS CITY, Mo. (AP) -", "Kansas City", "US"), ("QUEZON CITY -", "Quezon City", "PH"),  # known whole
])
def test_dateline_grammar_a_city_word_after_a_known_town(lead: str, city: str, country: str) -> None:
    found = parse_dateline(f"{lead} {STORY}", reference_date=REF)
    assert (found.raw, found.city, found.country) == (lead, city, country)


@pytest.mark.parametrize(("text", "raw", "agency"), [
    ("Kabul-Afghanistan (PMG): A roadside bomb struck a minibus.", "Kabul-Afghanistan (PMG):", "PMG"),
    ("KABUL-AFGHANISTAN: A bomb struck a minibus.", "KABUL-AFGHANISTAN:", None),
])
def test_dateline_grammar_a_place_and_its_country_joined_by_a_hyphen(text: str, raw: str, agency: str | None) -> None:
    found = parse_dateline(text, reference_date=REF)
    assert (found.raw, found.city, found.country, found.agency) == (raw, "Kabul", "AF", agency)
