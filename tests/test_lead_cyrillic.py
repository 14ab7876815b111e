"""The leads of copy in Cyrillic script (wirecopy.transforms.leads.lead_cyrillic), read through parse_dateline, and
the Cyrillic place index (wirecopy.transforms.knowledge.places.resolve_cyrillic_place).

Each real form is one case: the *form* (place, date style, credit, separators)
is copied from the public copy cited beside it; the story and the dates round
it are our own words. Then what must stay no dateline, properties (never
raises; generated leads give back exactly what went in) and one story through
the pipeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.dateline_zoo import ZOO
from tests.test_hostile_leads import assert_grows_linearly
from wirecopy.transforms.knowledge import agencies, places
from wirecopy.transforms.leads import lead_cyrillic
from wirecopy.transforms.leads.dateline import MARKED_FORMS, parse_dateline, reading
from wirecopy.transforms.pipeline import parse_file

REF = dt.date(2024, 6, 5)


@dataclass(frozen=True, slots=True)
class Form:
    text: str
    raw: str
    city: str | None
    country: str | None
    date: dt.date | None
    agency: str | None


def _form(text: str, raw: str, city: str | None, country: str | None, date: str | None, agency: str | None) -> Form:
    return Form(text, raw, city, country, dt.date.fromisoformat(date) if date else None, agency)


REAL_FORMS = {
    # TASS, PLACE, D MONTH. /ТАСС/.: https://tass.ru/proisshestviya/22417139
    "tass": _form("МОСКВА, 16 ноября. /ТАСС/. Городской парк откроется после ремонта.",
                  "МОСКВА, 16 ноября. /ТАСС/.", "Moscow", "RU", "2023-11-16", "TASS"),
    # TASS, the same form in March: https://news.29ru.net/incident/399519850
    "tass march": _form("МОСКВА, 14 марта. /ТАСС/. В столице открылась новая библиотека.",
                        "МОСКВА, 14 марта. /ТАСС/.", "Moscow", "RU", "2024-03-14", "TASS"),
    # Interfax, Place. D month. INTERFAX.RU -: https://interfax.ru/world/844744
    "interfax site": _form("Москва. 5 июня. INTERFAX.RU - Краткая сводка событий за утро.",
                           "Москва. 5 июня. INTERFAX.RU -", "Moscow", "RU", "2024-06-05", "Interfax"),
    # Interfax abroad, the same form: https://interfax.ru/russia/5372
    "interfax abroad": _form("Ереван. 20 марта. INTERFAX.RU - Правительство одобрило новый бюджет.",
                             "Ереван. 20 марта. INTERFAX.RU -", "Yerevan", "AM", "2024-03-20", "Interfax"),
    # Interfax's wire, Place. D month. ИНТЕРФАКС —: https://smart-lab.ru/my/poter80/blog/page13
    "interfax wire": _form("Москва. 14 марта. ИНТЕРФАКС — Министерство представило отчёт.",
                           "Москва. 14 марта. ИНТЕРФАКС —", "Moscow", "RU", "2024-03-14", "Interfax"),
    # Interfax-Ukraine: https://www.interfax-russia.ru/south-and-north-caucasus/sobytiya-na-ukraine/
    #   ukraina-planiruet-poluchit-specialnyy-status-v-otnosheniyah-s-nato
    "interfax-ukraine": _form("Киев. 3 сентября. ИНТЕРФАКС-УКРАИНА - Кабмин утвердил программу.",
                              "Киев. 3 сентября. ИНТЕРФАКС-УКРАИНА -", "Kyiv", "UA", "2023-09-03",
                              "Interfax-Ukraine"),
    # UNN in Ukrainian, PLACE. D month. УНН.: https://news.betaproject.net/ (article i4069991, "КИЇВ. 24 квітня. УНН.")
    "unn": _form("КИЇВ. 24 квітня. УНН. Міська рада ухвалила новий план.",
                 "КИЇВ. 24 квітня. УНН.", "Kyiv", "UA", "2024-04-24", "УНН"),
    # UNN in Russian: https://news.betaproject.net/ (article i4031945, "КИЕВ. 3 апреля. УНН.")
    "unn russian": _form("КИЕВ. 3 апреля. УНН. Городские рынки откроются в понедельник.",
                         "КИЕВ. 3 апреля. УНН.", "Kyiv", "UA", "2024-04-03", "УНН"),
    # RIA Novosti, PLACE, D month — РИА Новости.: https://ria.ru/20210509/ataki-1731602766.html (its description,
    # quoted in github andrewfromtver/news_ag app-data/news_ru.js)
    "ria": _form("МОСКВА, 9 мая — РИА Новости. Организаторы шествия рассказали о планах.",
                 "МОСКВА, 9 мая — РИА Новости.", "Moscow", "RU", "2024-05-09", "RIA Novosti"),
    # RIA's digest, a city in capitals and a stop: https://ria.ru/20020616/175058.html
    "ria digest": _form("МОСКВА. Министр отправится в пятницу в Белград.",
                        "МОСКВА.", "Moscow", "RU", "2024-06-05", None),
    # ... a hyphenated city in the same digest, its former name (АЛМА-АТА): the same page
    "ria digest hyphen": _form("АЛМА-АТА. Министры обороны проведут совместные учения.",
                               "АЛМА-АТА.", "Almaty", "KZ", "2024-06-05", None),
    # ... a city abroad: the same page
    "ria digest abroad": _form("ВИЛЬНЮС. Председатель прибудет в Литву с визитом.",
                               "ВИЛЬНЮС.", "Vilnius", "LT", "2024-06-05", None),
    # Sputnik Kyrgyzstan, PLACE, D mon — Sputnik.: https://ru.sputnik.kg/amp/20231206/
    #   bishkek-territoriya-uvelichenie-1081019990.html
    "sputnik": _form("БИШКЕК, 6 дек — Sputnik. Территория города вырастет втрое.",
                     "БИШКЕК, 6 дек — Sputnik.", "Bishkek", "KG", "2023-12-06", "Sputnik"),
    # Asia-Plus, Place. D month. «Азия-Плюс» -: https://asiaplustj.info/ru/news/tajikistan/20080505/
    #   v-prazdnovanii-2200-letnego-yubileya-tashkenta-primut-uchastie-i-predstaviteli-dushanbe
    "asia-plus": _form("Душанбе. 5 мая. «Азия-Плюс» - В городе открылся новый театр.",
                       "Душанбе. 5 мая. «Азия-Плюс» -", "Dushanbe", "TJ", "2024-05-05", "Азия-Плюс"),
    # Kazinform, PLACE. КАЗИНФОРМ – (no date): public code quoting an agency story (a React NewsItemOpen
    # component on GitHub) and its English service's https://en.inform.kz/news/
    #   nursultan-nazarbayev-astana-to-become-the-star-of-eurasia_a2980664/ ("ASTANA. KAZINFORM -")
    "kazinform": _form("АСТАНА. КАЗИНФОРМ – Около тысячи студентов начали учёбу.",
                       "АСТАНА. КАЗИНФОРМ –", "Astana", "KZ", "2024-06-05", "KAZINFORM"),
    # A regional paper's digest, a city in capitals: https://vsp.ru/2000/06/01/v-strane-i-v-mire-121
    "digest vladivostok": _form("ВЛАДИВОСТОК. Губернатор предложил новый план.",
                                "ВЛАДИВОСТОК.", "Vladivostok", "RU", "2024-06-05", None),
    # An agency's evening digest, a hyphenated city: https://poluostrov-kamchatka.ru/pknews/news/291313.html
    "digest st petersburg": _form("САНКТ-ПЕТЕРБУРГ. Форум открылся в пятницу.",
                                  "САНКТ-ПЕТЕРБУРГ.", "Saint Petersburg", "RU", "2024-06-05", None),
    # Place, D month. in title case, no credit (ИТАР-ТАСС named at the foot): http://ybobra.ru/news/193440-1329973251.html
    "title case dated": _form("Москва, 23 февраля. Президент прибывает с рабочим визитом.",
                              "Москва, 23 февраля.", "Moscow", "RU", "2024-02-23", None),
    # The same in Minsk: https://lukashenko.russia24.pro/minsk/279043807
    "title case minsk": _form("Минск, 19 марта. Глава государства назвал кандидатов.",
                              "Минск, 19 марта.", "Minsk", "BY", "2024-03-19", None),
    # TASS datelined abroad: seen in public GitHub code quoting a TASS item ("ВАШИНГТОН, 22 января. /ТАСС/.";
    # the code search gave no address); the form's page: https://tass.ru/proisshestviya/22417139
    "tass abroad": _form("ВАШИНГТОН, 22 января. /ТАСС/. Президент заявил о готовности к встрече.",
                         "ВАШИНГТОН, 22 января. /ТАСС/.", "Washington", "US", "2024-01-22", "TASS"),
}


@pytest.mark.parametrize("form", list(REAL_FORMS.values()), ids=list(REAL_FORMS))
def test_lead_cyrillic_reads_the_real_form(form: Form) -> None:
    found = parse_dateline(form.text, reference_date=REF)
    assert found is not None and found.form == "cyrillic"
    assert (found.raw, found.city, found.country, found.date, found.agency) == (
        form.raw, form.city, form.country, form.date, form.agency)
    assert form.text[found.end:] == form.text[len(form.raw):].lstrip()  # the story, whole, after it


def test_lead_cyrillic_real_forms_cover_eight_houses() -> None:
    houses = {f.agency or "digest" for f in REAL_FORMS.values()}
    assert len(REAL_FORMS) >= 20 and len(houses - {"digest"}) >= 8


@pytest.mark.parametrize("form", list(REAL_FORMS.values()), ids=list(REAL_FORMS))
def test_lead_cyrillic_inspect_names_the_form_that_read_it(form: Form) -> None:
    found = parse_dateline(form.text, reference_date=REF)
    parts = dict(reading(found))
    name, description = parts["form"].split(": ", 1)
    assert name == "cyrillic" and description and "cyrillic" in MARKED_FORMS
    if form.agency:
        assert "in brackets" in parts["agency"] or "slashes" in parts["agency"] or "bare" in parts["agency"] or (
            "guillemets" in parts["agency"])


# General forms the grammar reads though no page above prints them so: the brief's own, and the agencies of the
# table in the forms their English services print (BelTA, BTA, Tanjug, MIA, Kabar, UzA, Montsame).
GENERAL_FORMS = {
    "uzinform": _form("ТАШКЕНТ, 12 марта. /УЗИНФОРМ/. В Самаркандской области открыли парк.",
                      "ТАШКЕНТ, 12 марта. /УЗИНФОРМ/.", "Tashkent", "UZ", "2024-03-12", "УЗИНФОРМ"),
    "belta": _form("МИНСК, 12 марта (БЕЛТА) – Правительство утвердило план.",
                   "МИНСК, 12 марта (БЕЛТА) –", "Minsk", "BY", "2024-03-12", "BelTA"),
    "belta no date": _form("МИНСК (БЕЛТА) – Правительство утвердило план.",
                           "МИНСК (БЕЛТА) –", "Minsk", "BY", "2024-06-05", "BelTA"),
    "bta with year": _form("СОФИЯ, 3 април 2024 (БТА) - Правителството прие плана.",
                           "СОФИЯ, 3 април 2024 (БТА) -", "Sofia", "BG", "2024-04-03", "BTA"),
    "tanjug": _form("БЕОГРАД, 12. марта (Танјуг) – Влада је усвојила план.",
                    "БЕОГРАД, 12. марта (Танјуг) –", "Belgrade", "RS", "2024-03-12", "Tanjug"),
    "mia": _form("СКОПЈЕ, 5 јуни (МИА) - Владата го усвои планот.",
                 "СКОПЈЕ, 5 јуни (МИА) -", "Skopje", "MK", "2024-06-05", "MIA"),
    "kabar": _form("Бишкек, 20 марта /Кабар/. Правительство одобрило план.",
                   "Бишкек, 20 марта /Кабар/.", "Bishkek", "KG", "2024-03-20", "Kabar"),
    "montsame": _form("УЛААНБААТАР /МОНЦАМЭ/. Засгийн газар хуралдав.",
                      "УЛААНБААТАР /МОНЦАМЭ/.", "Ulaanbaatar", "MN", "2024-06-05", "МОНЦАМЭ"),
    "year and its word": _form("Москва, 5 июня 2024 года. Президент подписал указ.",
                               "Москва, 5 июня 2024 года.", "Moscow", "RU", "2024-06-05", None),
    "unknown town, dated and credited": _form("СЕВЕРОДВИНСКИЙ ПОСЕЛОК, 5 июня. /ТАСС/. Флот вышел в море.",
                                              "СЕВЕРОДВИНСКИЙ ПОСЕЛОК, 5 июня. /ТАСС/.", None, None, "2024-06-05",
                                              "TASS"),
    "a month dates cannot read": _form("АСТАНА, 12 наурыз. ҚАЗАҚПАРАТ – Үкімет жоспарды бекітті.",
                                       "АСТАНА, 12 наурыз. ҚАЗАҚПАРАТ –", "Astana", "KZ", None, "KAZINFORM"),
}


@pytest.mark.parametrize("form", list(GENERAL_FORMS.values()), ids=list(GENERAL_FORMS))
def test_lead_cyrillic_reads_the_general_form(form: Form) -> None:
    found = parse_dateline(form.text, reference_date=REF)
    assert found is not None
    assert (found.raw, found.city, found.country, found.date, found.agency) == (
        form.raw, form.city, form.country, form.date, form.agency)


NOT_DATELINES = {
    "a sentence naming a city": "Москва заявила, что ответит на санкции.",
    "a sentence": "Президент подписал указ.",
    "a quote": "«Мы будем работать и дальше», — сказал министр.",
    "a table row": "Москва | 5 июня | +20 | ясно",
    "a row with commas": "Москва, 5 июня, 20 градусов, ясно",
    "a city alone in title case": "Москва. Сегодня будет холодно.",
    "a number and a noun": "МОСКВА, 5 человек пострадали при пожаре.",
    "capitals naming no city": "ПРЕЗИДЕНТ. Указ подписан вечером.",
    "an unknown place dated only": "Малые Пупки, 5 июня. Жители вышли на субботник.",
    "an unknown place credited only": "МАЛЫЕ ПУПКИ (ТАСС) – Жители вышли на субботник.",
    "a label in brackets": "Москва (фото) – снимки дня.",
    "lower case after the head": "МОСКВА, 5 июня. сегодня жарко.",
    "a headline in capitals": "ВЫБОРЫ В МОСКВЕ ПРОШЛИ СПОКОЙНО",
    "a list of cities": "Москва, Санкт-Петербург и Казань вошли в рейтинг.",
}


@pytest.mark.parametrize("text", list(NOT_DATELINES.values()), ids=list(NOT_DATELINES))
def test_lead_cyrillic_leaves_what_is_no_dateline_alone(text: str) -> None:
    assert parse_dateline(text, reference_date=REF) is None


def test_lead_cyrillic_agency_names_of_the_table() -> None:
    assert {n: agencies.canonical(n) for n in ("ТАСС", "РИА Новости", "Интерфакс", "БЕЛТА", "Укрінформ", "Кабар",
                                              "АКИpress", "УзА", "БТА", "Танјуг", "УНН")} == {
        "ТАСС": "TASS", "РИА Новости": "RIA Novosti", "Интерфакс": "Interfax", "БЕЛТА": "BelTA",
        "Укрінформ": "Ukrinform", "Кабар": "Kabar", "АКИpress": "AKIpress", "УзА": "UzA", "БТА": "BTA",
        "Танјуг": "Tanjug", "УНН": None}
    # Kept out of running text's forms, as the CJK names are.
    assert not any(lead_cyrillic.opens_with_cyrillic(f) for a in agencies.AGENCIES for f in agencies.text_forms(a))


@pytest.mark.parametrize("printed, home, city, country", [
    ("КИЇВ", None, "Kyiv", "UA"), ("Киев", None, "Kyiv", "UA"), ("МОСКВА", None, "Moscow", "RU"),
    ("ТАШКЕНТ", None, "Tashkent", "UZ"), ("МИНСК", None, "Minsk", "BY"), ("СОФИЯ", None, "Sofia", "BG"),
    ("БЕОГРАД", None, "Belgrade", "RS"), ("АЛМАТЫ", None, "Almaty", "KZ"), ("БИШКЕК", None, "Bishkek", "KG"),
    ("АСТАНА", None, "Astana", "KZ"), ("УЛААНБААТАР", None, "Ulaanbaatar", "MN"),
    ("Кишинёв", None, "Chisinau", "MD"), ("КИШИНЕВ", None, "Chisinau", "MD"),  # ё as е
    ("НЬЮ-ЙОРК", None, "New York City", "US"), ("Нур-Султан", None, "Astana", "KZ"),
    ("БРЕСТ", None, "Brest", "BY"), ("БРЕСТ", "FR", "Brest", "FR"),  # the agency's home breaks the tie
])
def test_places_cyrillic_names_resolve_to_the_english_city(printed: str, home: str | None, city: str,
                                                           country: str) -> None:
    found = places.resolve_cyrillic_place(printed, home_country=home)
    assert found is not None and (found.city, found.country) == (city, country)


@pytest.mark.parametrize("printed", ["Президент", "Москва заявила", "", "М", "Moscow", "МОСКВА, 5 июня", "ТАСС"])
def test_places_cyrillic_no_city_is_none(printed: str) -> None:
    assert places.resolve_cyrillic_place(printed) is None


def test_places_cyrillic_index_is_not_built_for_latin_copy() -> None:
    places._script_index.cache_clear()
    places._resolve_alternate.cache_clear()
    for entry in ZOO:
        parse_dateline(entry.text, reference_date=entry.ref)
    assert places._script_index.cache_info().currsize == 0
    assert parse_dateline("МОСКВА, 5 июня. /ТАСС/. Текст.", reference_date=REF).city == "Moscow"
    assert places._script_index.cache_info().currsize == 1


def test_lead_cyrillic_through_the_pipeline() -> None:
    story = ("Правительство утвердило план\n\n"
             "КИЇВ. 18 березня. УНН. Уряд затвердив новий план розвитку міста.\n\n"
             "Деталі оприлюднять пізніше.\n")
    article = parse_file(story.encode(), reference_date=dt.date(2024, 3, 20)).articles[0]
    assert (article.dateline.city, article.dateline.country, article.agency) == ("Kyiv", "UA", "УНН")
    assert article.dateline.date == dt.date(2024, 3, 18)
    tass = parse_file("МОСКВА, 5 июня. /ТАСС/. Президент подписал указ.\n".encode(), reference_date=REF).articles[0]
    assert (tass.dateline.city, tass.dateline.country, tass.agency) == ("Moscow", "RU", "TASS")


# --- properties ----------------------------------------------------------------------------------

_CITIES = {"МОСКВА": ("Moscow", "RU"), "Москва": ("Moscow", "RU"), "КИЇВ": ("Kyiv", "UA"), "КИЕВ": ("Kyiv", "UA"),
           "МИНСК": ("Minsk", "BY"), "ТАШКЕНТ": ("Tashkent", "UZ"), "СОФИЯ": ("Sofia", "BG"),
           "БЕОГРАД": ("Belgrade", "RS"), "Алматы": ("Almaty", "KZ"), "БИШКЕК": ("Bishkek", "KG"),
           "АСТАНА": ("Astana", "KZ"), "УЛААНБААТАР": ("Ulaanbaatar", "MN"), "Санкт-Петербург":
           ("Saint Petersburg", "RU"), "НЬЮ-ЙОРК": ("New York City", "US"), "Душанбе": ("Dushanbe", "TJ")}
_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"]
_UKRAINIAN_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
                     "жовтня", "листопада", "грудня"]
_AGENCIES = {"ТАСС": "TASS", "БЕЛТА": "BelTA", "Интерфакс": "Interfax", "РИА Новости": "RIA Novosti",
             "УНН": "УНН", "Кабар": "Kabar", "БТА": "BTA", "КАЗИНФОРМ": "KAZINFORM"}
_STORIES = ["Правительство утвердило план.", "Уряд затвердив план.", "«Мы начнём завтра», — сказал министр.",
            "В городе открылся парк."]


@st.composite
def _lead(draw: st.DrawFn) -> tuple[str, str, tuple[str, str], str | None, dt.date, dt.date]:
    place = draw(st.sampled_from(sorted(_CITIES)))
    day = draw(st.dates(dt.date(2001, 1, 1), dt.date(2030, 12, 31)))
    dated = draw(st.booleans())
    months = draw(st.sampled_from([_MONTHS, _UKRAINIAN_MONTHS]))
    year = draw(st.booleans())
    printed_date = f"{day.day} {months[day.month - 1]}" + (f" {day.year}" if year else "")
    agency = draw(st.sampled_from([None, *sorted(_AGENCIES)]))
    credit_style = draw(st.sampled_from(["slashes", "brackets", "bare", "dash-first"]))
    dash = draw(st.sampled_from(["", " -", " –", " —"]))
    sep = draw(st.sampled_from([",", "."]))
    if agency is None and not dated:
        dated = True
    if agency is not None and credit_style == "bare" and agency not in ("ТАСС", "БЕЛТА", "УНН", "БТА", "КАЗИНФОРМ"):
        credit_style = "slashes"  # a bare credit is the table's or in capitals
    head = f"{place}{sep}" + (f" {printed_date}" if dated else "")
    if agency is None:
        raw = head + draw(st.sampled_from([".", " –", " —", ". –"]))
    elif credit_style == "slashes":
        raw = f"{head}{'.' if dated else ''} /{agency}/.{dash}"
    elif credit_style == "brackets":
        raw = f"{head if dated else place} ({agency}){dash or ' -'}"
    elif credit_style == "bare":
        raw = f"{head}. {agency}.{dash}" if dated else f"{place}. {agency}{dash or ' -'}"
    else:
        raw = f"{head} — {agency}." if dated else f"{place}. {agency}{dash or ' -'}"
    ref = (day if year else day) + dt.timedelta(days=draw(st.integers(0, 2)))
    date = day if dated else ref
    return raw, place, _CITIES[place], _AGENCIES.get(agency) if agency else None, date, ref


@settings(max_examples=400, deadline=None)
@given(_lead(), st.sampled_from(_STORIES))
def test_lead_cyrillic_generated_leads_give_back_what_went_in(lead, story: str) -> None:
    raw, place, (city, country), agency, date, ref = lead
    text = f"{raw} {story}"
    found = parse_dateline(text, reference_date=ref)
    assert found is not None, raw
    assert (found.raw, found.places, found.city, found.country, found.agency, found.date) == (
        raw, (place,), city, country, agency, date)
    assert text[found.end:] == story


_CYRILLIC_TEXT = st.lists(st.sampled_from(
    list("МОСКВАКИЇВмосквакиїв ТАСС/().,«»–—-0123456789 \t\n") + ["июня", "марта", "березня", "УНН", "года"]),
    max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_CYRILLIC_TEXT, st.text(max_size=80)), st.sampled_from([None, "TASS", "BelTA", "xx"]))
def test_lead_cyrillic_never_raises(text: str, hint: str | None) -> None:
    found = lead_cyrillic.parse_cyrillic_lead(text, REF, hint)
    if found is not None:
        assert 0 < found.end <= len(text) and text[:found.end].replace("\u00a0", " ").strip() == found.raw
    parse_dateline(text, reference_date=REF)
    places.resolve_cyrillic_place(text, home_country=hint and hint[:2])


_HOSTILE = {
    "runs of МОСКВА, ": lambda n: ("МОСКВА, " * n)[:n],
    "runs of /ТАСС/": lambda n: "МОСКВА, 5 июня. " + ("/ТАСС/" * n)[:n],
    "Cyrillic letters": lambda n: "Ж" * n,
    "runs of 5 июня": lambda n: "МОСКВА, " + ("5 июня " * n)[:n],
}


@pytest.mark.parametrize("pattern", list(_HOSTILE))
def test_lead_cyrillic_grows_linearly(pattern: str) -> None:
    assert_grows_linearly(lambda s: parse_dateline(s, reference_date=REF), _HOSTILE[pattern], pattern)
