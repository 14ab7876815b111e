"""Places printed in Hangul, Han characters or Kana (wirecopy.transforms.knowledge.places.resolve_cjk_place) and the
script of a letter (wirecopy.transforms.knowledge.scripts)."""

from __future__ import annotations

import datetime as dt
import marshal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.dateline_zoo import ZOO
from wirecopy.transforms.knowledge import places, scripts
from wirecopy.transforms.leads.dateline import parse_dateline


@pytest.mark.parametrize("printed, home, city, country", [
    ("서울", None, "Seoul", "KR"), ("ソウル", None, "Seoul", "KR"), ("首尔", None, "Seoul", "KR"),
    ("首爾", None, "Seoul", "KR"), ("北京", None, "Beijing", "CN"), ("베이징", None, "Beijing", "CN"),
    ("上海", None, "Shanghai", "CN"), ("東京", None, "Tokyo", "JP"), ("도쿄", None, "Tokyo", "JP"),
    ("台北", None, "Taipei", "TW"), ("臺北", None, "Taipei", "TW"),  # 臺北市 without 市
    ("안산", "KR", "Ansan", "KR"),  # GeoNames' Ansan-si, as English copy prints it
    ("창원", "KR", "Changwon", "KR"),  # 창원시 without 시
    ("광주", "KR", "Gwangju", "KR"),  # two Gwangju in Korea: the metropolitan city, the more populous
    ("华盛顿", "CN", "Washington", "US"),  # GeoNames gives 华盛顿 to a town named Washington: the capital
    ("ワシントン", "JP", "Washington", "US"), ("워싱턴", "KR", "Washington", "US"),  # CJK_PLACE_NAMES
    ("フランクフルト", "JP", "Frankfurt am Main", "DE"),  # not Frankfurt (Oder), which GeoNames gives it
    ("伦敦", None, "London", "GB"), ("ロンドン", None, "London", "GB"), ("悉尼", None, "Sydney", "AU"),
    ("贝尔格莱德", "CN", "Belgrade", "RS"), ("墨西哥城", None, "Mexico City", "MX"),
])
def test_places_cjk_names_resolve_to_the_english_city(printed: str, home: str | None, city: str, country: str) -> None:
    found = places.resolve_cjk_place(printed, home_country=home)
    assert found is not None and (found.city, found.country) == (city, country)


def test_places_cjk_the_script_says_whose_copy_without_a_home() -> None:
    # Korean writes Ansan and China's Anshan alike; in Hangul, without an agency, the Korean city.
    assert places.resolve_cjk_place("안산").country == "KR"
    assert places.resolve_cjk_place("안산", home_country="CN").country == "CN"


@pytest.mark.parametrize("printed", ["국회", "청와대", "사진", "上", "沪", "", "서울 특별시 중구 세종대로 110번지 앞",
                                     "Seoul", "서울=연합뉴스"])
def test_places_cjk_no_city_is_none(printed: str) -> None:
    # Desks (the National Assembly, the Blue House), a caption's word, one letter, a sentence, Latin, a credit.
    assert places.resolve_cjk_place(printed) is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30), st.one_of(st.none(), st.sampled_from(["KR", "CN", "JP", "US", "xx", " "])))
def test_places_cjk_never_raises(text: str, home: str | None) -> None:
    found = places.resolve_cjk_place(text, home_country=home)
    assert found is None or found.city


def test_places_cjk_index_is_not_built_for_latin_copy() -> None:
    # Copy in Latin script never pays for the index of names in other scripts (nor reads GeoNames for it).
    places._script_index.cache_clear()
    places._resolve_cjk.cache_clear()
    for entry in ZOO:
        parse_dateline(entry.text, reference_date=entry.ref)
    assert places._script_index.cache_info().currsize == 0
    assert parse_dateline("(서울=연합뉴스) 김민수 기자 = 정부는", reference_date=dt.date(2024, 6, 5)).city == "Seoul"
    assert places._script_index.cache_info().currsize == 1


def test_places_cjk_names_resolve_in_a_process_that_adopted_a_kept_gazetteer() -> None:
    # A worker that adopted the kept gazetteer (flows/runtime/gazetteer_cache.py) never read GeoNames:
    # the first name in these scripts reads it for the index and lets it go.
    state = marshal.loads(marshal.dumps(places.gazetteer_state()))
    adopted = list(places._adopted)
    try:
        places.geonames_cities.cache_clear()
        places._script_index.cache_clear()
        places.adopt_gazetteer(state)  # and forgets the names resolved before
        assert places.resolve_cjk_place("北京").city == "Beijing"
        assert places.geonames_cities.cache_info().currsize == 0  # the records were not kept
    finally:
        places._adopted[:] = adopted
        places._drop_derived()


@pytest.mark.parametrize("char, name", [("서", "hangul"), ("北", "han"), ("臺", "han"), ("ソ", "kana"), ("の", "kana"),
                                        ("ー", "kana"), ("ㅣ", None), ("A", None), ("é", None), ("・", None)])
def test_scripts_tells_the_script_of_a_letter(char: str, name: str | None) -> None:
    assert scripts.script(char) == name


def test_scripts_class_matches_what_script_says() -> None:
    import re

    pattern = re.compile(f"[{scripts.CLASS['any']}]")
    for code in range(0x3000, 0xFB00, 7):
        assert bool(pattern.fullmatch(chr(code))) == (scripts.script(chr(code)) is not None), hex(code)
    assert scripts.has_letter("Seoul 서울") and not scripts.has_letter("Seoul") and scripts.all_letters("서울")
