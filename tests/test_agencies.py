"""The agency table as data: look-ups by tag, e-mail domain and sign-off word."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.transforms.knowledge import gazetteer
from wirecopy.transforms.knowledge.agencies import (
    _LEFT_TO_THE_GRAMMAR,
    AGENCIES,
    Agency,
    _index,
    _key,
    by_email,
    by_signoff_word,
    canonical,
    lookup,
    text_forms,
)
from wirecopy.transforms.leads.dateline import parse_dateline


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("AP", "AP"), ("Associated Press", "AP"), ("the associated press", "AP"), ("Reuter", "Reuters"),
        ("REUTERS", "Reuters"), ("Agence France-Presse", "AFP"), ("Yonhap News Agency", "Yonhap"),
        ("dpa", "dpa"), ("DPA", "dpa"), ("AA", "Anadolu"), ("ITAR-TASS", "TASS"), ("Press Trust of India", "PTI"),
        ("Focus Taiwan", "CNA"), ("Jiji Press", "Jiji"), ("EUROPA PRESS", "Europa Press"),
        ("Agence Tunis Afrique Presse", "TAP"), ("Tunis Afrique Presse", "TAP"), ("Thai News Agency", "TNA"),
        ("News Agency of Nigeria", "NAN"), ("Syrian Arab News Agency", "SANA"), ("Mehr News Agency", "MNA"),
        ("Belarusian Telegraph Agency", "BelTA"), ("BELTA", "BelTA"), ("Azertag", "AzerTAc"),
        ("Agência Angola Press", "ANGOP"), ("Agencia Angola Press", "ANGOP"), ("Panapress", "PANA"),
        ("Slovenska tiskovna agencija", "STA"), ("Tlačová agentúra Slovenskej republiky", "TASR"),
        ("Inforpress", "Inforpress"), ("Telam", "Télam"), ("Inter Press Service", "IPS"),
        ("Rastriya Samachar Samiti", "RSS"), ("Fars News Agency", "FNA"), ("Agence Kampuchea Presse", "AKP"),
    ],
)
def test_agencies_lookup_by_printed_tag(tag: str, name: str) -> None:
    assert canonical(tag) == name


@pytest.mark.parametrize("tag", ["LEAD", "URGENT", "Officials", "", "Reporting"])
def test_agencies_unknown_tags(tag: str) -> None:
    assert lookup(tag) is None


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("jdoe@yna.co.kr", "Yonhap"), ("jane.doe@thomsonreuters.com", "Reuters"), ("x@news.afp.com", "AFP"),
        ("desk@dpa.com", "dpa"), ("a.b@ap.org", "AP"), ("someone@example.com", None), ("not an address", None),
        ("desk@tap.info.tn", "TAP"), ("x@inforpress.cv", "Inforpress"), ("y@bna.bh", "BNA"),
    ],
)
def test_agencies_by_email_domain(address: str, name: str | None) -> None:
    found = by_email(address)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(("word", "name"), [("dpa", "dpa"), ("PTI", "PTI"), ("afp", "AFP"), ("the", None)])
def test_agencies_by_signoff_word(word: str, name: str | None) -> None:
    found = by_signoff_word(word)
    assert (found.name if found else None) == name


def test_agencies_table_is_consistent() -> None:
    homes = [(a.name, a.country) for a in AGENCIES]
    assert len(homes) == len(set(homes))
    domains = [d for a in AGENCIES for d in a.domains]
    assert len(domains) == len(set(domains))
    for agency in AGENCIES:
        assert len(agency.country) == 2 and agency.country.isupper()
        assert agency.aliases and agency.aliases[0] == agency.name, f"{agency.name} is not its own first tag"
        assert agency.forms, f"{agency.name} has no dateline forms"
        shared = sum(a.name == agency.name for a in AGENCIES) > 1 or _key(agency.name) in _LEFT_TO_THE_GRAMMAR
        assert lookup(agency.name) is (None if shared else agency)
        for alias in agency.aliases:
            assert canonical(alias) == (None if shared and _key(alias) == _key(agency.name) else agency.name)


@pytest.mark.parametrize(
    ("tag", "country"),
    [
        ("Inforpress", "CV"), ("TNA", "TH"), ("Tunis Afrique Presse", "TN"), ("SANA", "SY"), ("NAN", "NG"),
        ("Petra", "JO"), ("WAFA", "PS"), ("QNA", "QA"), ("Kazinform", "KZ"),
        ("ANGOP", "AO"), ("ENA", "ET"), ("KNA", "KE"), ("Prensa Latina", "CU"), ("Yonhap", "KR"),
    ],
)
def test_agencies_home_country(tag: str, country: str) -> None:
    found = lookup(tag)
    assert found is not None and found.country == country


@pytest.mark.parametrize(
    ("tag", "full_names"),
    [
        ("APS", {"Algérie Presse Service": "DZ", "Agence de Presse Sénégalaise": "SN"}),
        ("ABP", {"Agence Bénin Presse": "BJ", "Agence Burundaise de Presse": "BI"}),
        ("AGP", {"Agence Gabonaise de Presse": "GA", "Agence Guinéenne de Presse": "GN"}),
        ("MNA", {"Mehr News Agency": "IR", "Myanmar News Agency": "MM"}),
        ("APA", {"Austria Presse Agentur": "AT", "Azeri Press Agency": "AZ", "Agence de Presse Africaine": "SN"}),
        ("CNA", {"Central News Agency": "TW", "Cyprus News Agency": "CY"}),
        ("ANP", {"Algemeen Nederlands Persbureau": "NL", "Agence Nigérienne de Presse": "NE"}),
        ("ACN", {"Agencia Cubana de Noticias": "CU", "Catalan News Agency": "ES"}),
    ],
)
def test_agencies_a_shared_short_name_names_no_agency(tag: str, full_names: dict[str, str]) -> None:
    """The ambiguity rule: the shared tag is nobody's (read as printed); each full name picks its own country."""
    assert lookup(tag) is None
    for full_name, country in full_names.items():
        found = lookup(full_name)
        assert found is not None and (found.name, found.country) == (tag, country)


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        # A national agency's tag the table spells in capitals names it only in capitals: in title case it is
        # a person's name or a place, and the By-line readers ask the table whether a word is an agency.
        ("SANA", "SANA"), ("Sana", None), ("LINA", "LINA"), ("Lina", None), ("LETA", "LETA"), ("Leta", None),
        ("NAMPA", "NAMPA"), ("Nampa", None), ("ELTA", "ELTA"), ("Elta", None),
        # Title case listed where the agency prints it; the world agencies in any case.
        ("Petra", "Petra"), ("PETRA", "Petra"), ("Armenpress", "ARMENPRESS"), ("Kazinform", "KAZINFORM"),
        ("DPA", "dpa"), ("Reuter", "Reuters"), ("Xinhua", "Xinhua"), ("Ansa", "ANSA"),
    ],
)
def test_agencies_national_tags_in_capitals_match_in_capitals(tag: str, name: str | None) -> None:
    assert canonical(tag) == name


@pytest.mark.parametrize(("tag", "full_name", "country"), [
    ("TAP", "Agence Tunis Afrique Presse", "TN"), ("MAP", "Maghreb Arabe Presse", "MA"),
    ("AKP", "Agence Kampuchea Presse", "KH"), ("PPI", "Pakistan Press International", "PK"),
])
def test_agencies_a_tag_with_another_meaning_is_left_to_the_grammar(tag: str, full_name: str, country: str) -> None:
    assert lookup(tag) is None and lookup(tag.title()) is None
    found = lookup(full_name)
    assert found is not None and (found.name, found.country) == (tag, country)


def test_agencies_a_tag_two_different_agencies_claim_is_refused() -> None:
    table = (Agency("XNA", ("XNA", "Xland News Agency"), "XL", ("X (XNA) -",)),
             Agency("YPA", ("YPA", "XNA"), "YL", ("Y (YPA) -",)))
    with pytest.raises(ValueError, match="xna"):
        _index(table)


@pytest.mark.parametrize(
    ("lead", "city", "country", "agency"),
    [
        # The home country picks among same-named places: Cabo Verde's Porto Novo, not Benin's capital.
        ("PORTO NOVO (Inforpress) - O governo anunciou", "Porto Novo", "CV", "Inforpress"),
        ("CHIANGRAI (TNA) - Police said", "Chiang Rai", "TH", "TNA"),
        ("TUNIS, Jan 5 (Agence Tunis Afrique Presse) - The minister", "Tunis", "TN", "TAP"),
        ("Lagos, NAN - The police said", "Lagos", "NG", "NAN"),
        ("DAKAR, Jan 5 (APS) - Le président", "Dakar", "SN", "APS"),   # a shared tag: kept as printed
        ("ALGIERS, Jan 5 (APS) - The minister", "Algiers", "DZ", "APS"),
        ("VALLETTA (ITALPRESS/MNA) - Ferries resumed", "Valletta", "MT", "ITALPRESS/MNA"),  # no known sender
        ("Tripoli, 03.02.2021 - Lana - The company", "Tripoli", "LY", "Lana"),
    ],
)
def test_agencies_credit_in_a_lead(lead: str, city: str, country: str, agency: str) -> None:
    found = parse_dateline(lead, reference_date=dt.date(2024, 7, 6))
    assert found is not None
    assert (found.city, found.country, found.agency) == (city, country, agency)


@pytest.mark.parametrize("text", [
    "Petra is a city carved into rock - and it draws crowds.",
    "Trend lines show - the data said.",
    "MAP - The route of the march.",
    "TAP water is safe, officials said.",
    "AIM: to cut emissions by half.",
    "RSS feeds - readers said.",
    "ATP - Djokovic won the final.",
    "UNI - The union said.",
    "Fars province - The quake struck.",
])
def test_agencies_short_names_that_are_words_make_no_dateline(text: str) -> None:
    assert parse_dateline(text, reference_date=dt.date(2024, 7, 6)) is None


@pytest.mark.parametrize(
    ("form", "key", "country"),
    [
        ("AFP", "ORG:afp", "FR"), ("Xinhua", "ORG:xinhua", "CN"), ("Yonhap News Agency", "ORG:yonhap", "KR"),
        ("Agence Kampuchea Presse", "ORG:akp", "KH"), ("Tunis Afrique Presse", "ORG:tap", "TN"),
        ("Pakistan Press International", "ORG:ppi", "PK"),
        # A national agency's tag names something else in a sentence: the party, the index, the city, the ruin.
        ("AKP", None, None), ("PPI", None, None), ("ATP", None, None), ("Nampa", None, None),
        ("Petra", None, None), ("Trend", None, None), ("MIA", None, None),
    ],
)
def test_agencies_named_in_running_text(form: str, key: str | None, country: str | None) -> None:
    known = gazetteer.lookup(form)
    assert (known.key if known else None, known.country if known else None) == (key, country)


def test_agencies_text_forms_of_a_national_agency_are_its_full_names() -> None:
    akp = lookup("Agence Kampuchea Presse")
    assert akp is not None and text_forms(akp) == ("Agence Kampuchea Presse",)
    afp = lookup("AFP")
    assert afp is not None and text_forms(afp) == ("AFP", "Agence France-Presse", "Agence France Presse")


@given(st.text(max_size=60))
def test_agencies_lookups_never_raise(text: str) -> None:
    lookup(text)
    by_email(text)
    by_signoff_word(text)


@pytest.mark.parametrize(("printed", "name", "country"), [
    ("APA - Austria Presse Agentur", "APA", "AT"), ("Austria Presse Agentur (APA)", "APA", "AT"),
])
def test_agencies_a_full_name_beside_a_shared_short_name_decides_it(printed: str, name: str, country: str) -> None:
    """A short name several agencies print ("APA") names none, unless its full name is printed beside it."""
    found = lookup(printed)
    assert found is not None and (found.name, found.country) == (name, country)
    assert lookup("APA") is None and lookup("APA - Qarzen Press Service") is None
