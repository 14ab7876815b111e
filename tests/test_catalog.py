"""The entity catalog: an append-only log of entity states, current by the latest row.

Real Delta tables written through the store's staging and the run commit, read back with DuckDB.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest

from wirecopy import schemas
from wirecopy.flows.warehouse import catalog, commits, store
from wirecopy.flows.warehouse.layout import Warehouse
from wirecopy.flows.warehouse.query import connect, table_files

UTC = dt.timezone.utc


def _ae(article_id: str, key: str, mentions: int, day: dt.date, run_id: str, **extra) -> dict:
    label, _, slug = key.partition(":")
    row = {
        "article_id": article_id, "entity_key": key, "label": label, "canonical_name": slug.replace("-", " ").title(),
        "mentions": mentions, "first_start_char": 0, "in_headline": False, "in_lead": True, "salience": 0.5,
        "country_code": None, "geonames_id": None, "latitude": None, "longitude": None, "story_date": day,
        "model": "en_core_web_sm-3.8.0", "run_id": run_id,
    }
    row.update(extra)
    return row


def _run(out: Path, run_id: str, rows: list[dict], when: dt.datetime, replaced: set[str] = frozenset()) -> int:
    """One run's article_entities staged, the catalog updated beside them, all committed together.

    `replaced` are article ids whose earlier rows the run replaces (--reprocess).
    """
    store.stage(Warehouse.at(out), run_id, "article_entities", schemas.to_table(rows, schemas.ARTICLE_ENTITIES),
                "2024-07-08", "0")
    base = commits.state(out)
    changes = {t: commits.Change(delete_column="article_id", delete_keys=sorted(replaced))
               for t in ("articles", "article_entities") if replaced}
    mentions = base.read("article_entities")
    if replaced:
        kept = store.without(mentions, "article_id", replaced)
        mentions = mentions if kept is None else kept
    mentions = pa.concat_tables([mentions, store.read_staged(Warehouse.at(out), run_id, "article_entities")])
    changed = catalog.stage_updates(Warehouse.at(out), run_id, when, when.date().isoformat(), mentions=mentions,
                                    log=base.read(catalog.TABLE))
    for table in schemas.TABLES:
        staged = store.read_staged(Warehouse.at(out), run_id, table)
        changes.setdefault(table, commits.Change()).rows = staged if staged.num_rows else None
    commits.commit(out, base, changes, run_id)
    store.remove_staging(Warehouse.at(out), run_id)
    return changed


def _current(out: Path) -> dict[str, tuple]:
    con = connect(out)
    rows = con.execute(
        "select entity_key, canonical_name, country_code, first_seen, last_seen, articles, mentions, run_id "
        "from entity_catalog order by entity_key").fetchall()
    return {r[0]: r[1:] for r in rows}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "warehouse"


def test_catalog_first_run_writes_one_row_per_entity(out: Path) -> None:
    n = _run(out, "r1", [
        _ae("a1", "PERSON:jens-stoltenberg", 3, dt.date(2024, 7, 5), "r1"),
        _ae("a1", "GPE:south-korea", 2, dt.date(2024, 7, 5), "r1", country_code="KR", geonames_id=1835841),
    ], dt.datetime(2024, 7, 8, 10, tzinfo=UTC))
    assert n == 2
    assert _current(out) == {
        "GPE:south-korea": ("South Korea", "KR", dt.date(2024, 7, 5), dt.date(2024, 7, 5), 1, 2, "r1"),
        "PERSON:jens-stoltenberg": ("Jens Stoltenberg", None, dt.date(2024, 7, 5), dt.date(2024, 7, 5), 1, 3, "r1"),
    }


def test_catalog_later_runs_append_changes_and_never_rewrite_files(out: Path) -> None:
    _run(out, "r1", [_ae("a1", "PERSON:jens-stoltenberg", 3, dt.date(2024, 7, 5), "r1"),
                     _ae("a1", "GPE:south-korea", 2, dt.date(2024, 7, 5), "r1")],
         dt.datetime(2024, 7, 8, 10, tzinfo=UTC))
    first_files = {Path(p): Path(p).read_bytes() for p in table_files(out, "entity_catalog")}
    n = _run(out, "r2", [_ae("a2", "PERSON:jens-stoltenberg", 1, dt.date(2024, 7, 9), "r2"),
                         _ae("a2", "GPE:ukraine", 1, dt.date(2024, 7, 9), "r2")],
             dt.datetime(2024, 7, 9, 10, tzinfo=UTC))
    assert n == 2  # Stoltenberg changed, Ukraine is new; South Korea is untouched
    assert {p: p.read_bytes() for p in first_files} == first_files
    current = _current(out)
    assert current["PERSON:jens-stoltenberg"] == (
        "Jens Stoltenberg", None, dt.date(2024, 7, 5), dt.date(2024, 7, 9), 2, 4, "r2")
    assert current["GPE:south-korea"][-1] == "r1"
    history = connect(out).execute(
        "select run_id, articles, mentions from entity_catalog_history "
        "where entity_key = 'PERSON:jens-stoltenberg' order by updated_at").fetchall()
    assert history == [("r1", 1, 3), ("r2", 2, 4)]


def test_catalog_run_with_nothing_new_writes_nothing(out: Path) -> None:
    rows = [_ae("a1", "GPE:south-korea", 2, dt.date(2024, 7, 5), "r1")]
    _run(out, "r1", rows, dt.datetime(2024, 7, 8, tzinfo=UTC))
    assert _run(out, "r2", [], dt.datetime(2024, 7, 9, tzinfo=UTC)) == 0
    assert len(table_files(out, "entity_catalog")) == 1


def _article(article_id: str, sha: str, run_id: str) -> dict:
    """An articles row: the columns this test cares about, empty values for the rest."""
    row = {f.name: [] if pa.types.is_list(f.type) else False if pa.types.is_boolean(f.type) else None
           for f in schemas.ARTICLES}
    return row | {
        "article_id": article_id, "source_uri": f"/in/{article_id}.txt", "source_format": "text", "story_index": 0,
        "content_sha256": sha, "encoding": "utf-8", "agency": "Yonhap", "headline": None, "dateline_raw": None,
        "dateline_city": None, "dateline_region": None, "dateline_country": None, "dateline_date": None,
        "reference_date": None, "reference_date_source": None, "byline_raw": None, "signoff_raw": None,
        "body": "text", "word_count": 1, "ingested_at": dt.datetime(2024, 7, 8, tzinfo=UTC), "run_id": run_id,
    }


def test_catalog_follows_reprocessed_articles(out: Path) -> None:
    store.stage(Warehouse.at(out), "r1", "articles", schemas.to_table(
        [_article("a1", "11" * 32, "r1"), _article("a2", "22" * 32, "r1")], schemas.ARTICLES), "2024-07-08", "0")
    _run(out, "r1", [_ae("a1", "PERSON:stoltenberg", 2, dt.date(2024, 7, 5), "r1"),
                     _ae("a2", "GPE:south-korea", 1, dt.date(2024, 7, 6), "r1")],
         dt.datetime(2024, 7, 8, tzinfo=UTC))
    # --reprocess of a1: its old rows go, the new run resolves the surname to the full name
    n = _run(out, "r2", [_ae("a1", "PERSON:jens-stoltenberg", 2, dt.date(2024, 7, 5), "r2")],
             dt.datetime(2024, 7, 9, tzinfo=UTC), replaced={"a1"})
    assert n == 2
    current = _current(out)
    assert set(current) == {"PERSON:jens-stoltenberg", "GPE:south-korea"}
    closing = connect(out).execute(
        "select articles, mentions, first_seen from entity_catalog_history "
        "where entity_key = 'PERSON:stoltenberg' order by updated_at desc limit 1").fetchone()
    assert closing == (0, 0, None)
