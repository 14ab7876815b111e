"""Acronym keys linked across a run's stories (transforms/ner/entity_links.py, applied by flows/warehouse/catalog.py).

The rule on plain tuples; then a run's staged tables rewritten and committed
as real Delta tables, read back with DuckDB.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pyarrow as pa
import pytest

from tests.test_catalog import _ae
from tests.test_entity_cues import _rows
from wirecopy import schemas
from wirecopy.flows.warehouse import catalog, commits, store
from wirecopy.flows.warehouse.layout import Warehouse
from wirecopy.flows.warehouse.query import connect
from wirecopy.transforms.ner.entity_links import acronym_links

FULL = ("ORG:halvard-petroleum-exports-co-plc", "ORG", "Halvard Petroleum Exports Co PLC",
        "Halvard Petroleum Exports Co PLC")
ACRONYM = ("ORG:hpe", "ORG", "HPE", "HPE")


def test_entity_links_initials_link_an_acronym_to_the_one_name_they_stand_for() -> None:
    full = ("ORG:halvard-petroleum-exporters", "ORG", "Halvard Petroleum Exporters", "Halvard Petroleum Exporters")
    assert acronym_links([ACRONYM, full]) == {"ORG:hpe": (full[0], full[2])}


def test_entity_links_a_story_that_printed_the_acronym_for_a_name_links_it_everywhere() -> None:
    # "Halvard Petroleum Exports Co PLC (HPE)" in one story: its mention printed "HPE" carries the full key
    joined = (FULL[0], "ORG", FULL[2], "HPE")
    other = ("ORG:hpe-holdings-placeholder", "ORG", "Hollis Park Estates", "Hollis Park Estates")
    assert acronym_links([ACRONYM, FULL, joined, other]) == {"ORG:hpe": (FULL[0], FULL[2])}


def test_entity_links_two_names_with_the_same_initials_leave_the_acronym_alone() -> None:
    other = ("ORG:hollis-park-estates", "ORG", "Hollis Park Estates", "Hollis Park Estates")
    full = ("ORG:halvard-petroleum-exporters", "ORG", "Halvard Petroleum Exporters", "Halvard Petroleum Exporters")
    assert acronym_links([ACRONYM, full, other]) == {}


def test_entity_links_two_letters_need_a_story_that_printed_them_for_the_name() -> None:
    dp = ("ORG:dp", "ORG", "DP", "DP")
    party = ("ORG:dawn-party", "ORG", "Dawn Party", "Dawn Party")
    assert acronym_links([dp, party]) == {}
    assert acronym_links([dp, party, ("ORG:dawn-party", "ORG", "Dawn Party", "DP")]) == {
        "ORG:dp": ("ORG:dawn-party", "Dawn Party")}


def test_entity_links_known_acronyms_and_other_labels_are_not_linked() -> None:
    # "EU" is the gazetteer's; a person's initials are no organisation's
    eu = ("ORG:eu", "ORG", "EU", "EU")
    euro_union = ("ORG:eastern-union", "ORG", "Eastern Union", "Eastern Union")
    person = ("PERSON:hpx", "PERSON", "HPE", "HPE")
    assert acronym_links([eu, euro_union, person, FULL]) == {}


def test_entity_links_the_answer_does_not_depend_on_the_order_of_mentions() -> None:
    rows = [ACRONYM, FULL, ("ORG:quell", "ORG", "Quell", "Quell"), (FULL[0], "ORG", FULL[2], "Halvard")]
    expected = acronym_links(rows)
    assert expected == {"ORG:hpe": (FULL[0], FULL[2])}
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert acronym_links(shuffled) == expected


def test_entity_links_within_one_story_initials_already_join_the_name() -> None:
    text = "Halvard Petroleum Exports Co PLC raised prices. HPE said demand was firm."
    rows = _rows(text, [("Halvard Petroleum Exports Co PLC", "ORG"), ("HPE", "ORG")])
    assert {k for _, _, k in rows} == {"ORG:halvard-petroleum-exports-co-plc"}


def _mention(article_id: str, key: str, name: str, text: str, run_id: str) -> dict:
    return {"article_id": article_id, "start_char": 0, "end_char": len(text), "text": text, "label": "ORG",
            "entity_key": key, "canonical_name": name, "model": "en_core_web_sm-3.8.0", "run_id": run_id,
            "country_code": None, "geonames_id": None, "latitude": None, "longitude": None}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "warehouse"


def _commit_run(out: Path, run_id: str, entities: list[dict], article_entities: list[dict]) -> None:
    warehouse = Warehouse.at(out)
    store.stage(warehouse, run_id, "entities", schemas.to_table(entities, schemas.ENTITIES), "2024-07-08", "0")
    store.stage(warehouse, run_id, "article_entities", schemas.to_table(article_entities, schemas.ARTICLE_ENTITIES),
                "2024-07-08", "0")
    base = commits.state(out)
    staged = store.read_staged(warehouse, run_id, "article_entities")
    mentions = pa.concat_tables([base.read("article_entities"), staged])
    when = dt.datetime(2024, 7, 8, 12, tzinfo=dt.UTC)
    catalog.stage_updates(warehouse, run_id, when, "2024-07-08", mentions=mentions, log=base.read(catalog.TABLE))
    changes = {}
    for table in schemas.TABLES:
        staged = store.read_staged(warehouse, run_id, table)
        changes[table] = commits.Change(rows=staged if staged.num_rows else None)
    commits.commit(out, base, changes, run_id)
    store.remove_staging(warehouse, run_id)


def test_entity_links_a_runs_acronym_takes_the_full_names_key_in_every_table(out: Path) -> None:
    day = dt.date(2024, 7, 8)
    key, name = FULL[0], FULL[2]
    entities = [
        _mention("a1", key, name, name, "r1"),
        _mention("a2", "ORG:hpe", "HPE", "HPE", "r1"),
        _mention("a2", "ORG:hpe", "HPE", "HPE", "r1"),
        # an article naming both apart keeps both keys: one row per entity and article
        _mention("a3", "ORG:hpe", "HPE", "HPE", "r1"),
        _mention("a3", key, name, name, "r1"),
    ]
    article_entities = [_ae("a1", key, 1, day, "r1", canonical_name=name), _ae("a2", "ORG:hpe", 2, day, "r1",
                                                                               canonical_name="HPE"),
                        _ae("a3", "ORG:hpe", 1, day, "r1", canonical_name="HPE"), _ae("a3", key, 1, day, "r1",
                                                                                      canonical_name=name)]
    _commit_run(out, "r1", entities, article_entities)
    con = connect(out)
    assert con.execute("select article_id, entity_key, canonical_name from entities order by all").fetchall() == [
        ("a1", key, name), ("a2", key, name), ("a2", key, name), ("a3", key, name), ("a3", "ORG:hpe", "HPE")]
    assert con.execute("select article_id, entity_key from article_entities order by all").fetchall() == [
        ("a1", key), ("a2", key), ("a3", key), ("a3", "ORG:hpe")]
    assert con.execute("select entity_key, canonical_name, articles, mentions from entity_catalog "
                       "order by all").fetchall() == [(key, name, 3, 4), ("ORG:hpe", "HPE", 1, 1)]


def test_entity_links_earlier_runs_rows_are_not_rewritten(out: Path) -> None:
    day = dt.date(2024, 7, 8)
    key, name = FULL[0], FULL[2]
    _commit_run(out, "r1", [_mention("a1", "ORG:hpe", "HPE", "HPE", "r1")], [_ae("a1", "ORG:hpe", 1, day, "r1",
                                                                                 canonical_name="HPE")])
    _commit_run(out, "r2", [_mention("a2", key, name, name, "r2"), _mention("a3", "ORG:hpe", "HPE", "HPE", "r2")],
                [_ae("a2", key, 1, day, "r2", canonical_name=name), _ae("a3", "ORG:hpe", 1, day, "r2",
                                                                        canonical_name="HPE")])
    con = connect(out)
    assert con.execute("select article_id, entity_key from article_entities order by all").fetchall() == [
        ("a1", "ORG:hpe"), ("a2", key), ("a3", key)]


def test_entity_links_a_firm_named_without_its_designators_joins_the_one_named_with_them() -> None:
    short = ("ORG:halvard-petroleum", "ORG", "Halvard Petroleum", "Halvard Petroleum")
    full = ("ORG:halvard-petroleum-inc", "ORG", "Halvard Petroleum Inc", "Halvard Petroleum Inc")
    assert acronym_links([short, full]) == {"ORG:halvard-petroleum": (full[0], full[2])}
    other = ("ORG:halvard-petroleum-co", "ORG", "Halvard Petroleum Co", "Halvard Petroleum Co")
    assert acronym_links([short, full, other]) == {}
    # a one-word stem ("Halvard") is too often another firm's or a person's name
    assert acronym_links([("ORG:halvard", "ORG", "Halvard", "Halvard"),
                          ("ORG:halvard-inc", "ORG", "Halvard Inc", "Halvard Inc")]) == {}
