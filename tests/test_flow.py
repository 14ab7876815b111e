"""The real CLI, the real flow on the ephemeral Prefect API, Parquet read back with DuckDB."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pyarrow.dataset as pads
import pytest

from tests.conftest import SEEDS, copy_seeds, delta_con, run_cli
from wirecopy import schemas

pytestmark = pytest.mark.slow

COUNT_SQL = "select (select count(*) from {t}) "
# Four plain-text seeds and six format seeds; the 7901, ANPA, NewsML-G2 and
# ninjs seeds hold two stories each.
SEED_FILES = 10
SEED_ARTICLES = 14


def _counts(out: Path) -> dict[str, int]:
    con = delta_con(out)
    return {
        t: con.execute(
            f"select count(*) from {t}"
        ).fetchone()[0]
        for t in ("articles", "bylines", "entities", "rejects", "article_entities", "entity_catalog")
    }


@pytest.fixture(scope="module")
def landing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds plus a binary and an empty file."""
    folder = copy_seeds(tmp_path_factory.mktemp("landing") / "in", formats=True)
    (folder / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01" + bytes(range(256)))
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def first_run(landing: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("warehouse")
    result = run_cli("run", str(landing), "--out", str(out))
    return out, result


def test_flow_run_exits_zero_with_rejects_beside_articles(first_run) -> None:
    out, result = first_run
    assert result.returncode == 0, result.stderr[-3000:]
    con = delta_con(out)
    rejects = dict(con.execute(
        "select regexp_extract(source_uri, '[^/]+$'), reason "
        "from rejects").fetchall())
    assert rejects == {"photo.txt": "binary", "empty.txt": "empty"}
    files = {p.name for p in SEEDS.iterdir() if p.is_file() and not p.name.startswith("_")}
    got = {r[0] for r in con.execute(
        "select regexp_extract(source_uri, '[^/]+$') from articles").fetchall()}
    assert got == files


def test_flow_seed_values_read_back_with_duckdb(first_run) -> None:
    out, _ = first_run
    con = delta_con(out)
    row = con.execute(
        "select agency, dateline_raw, dateline_city, dateline_country, dateline_date, body, article_id, ingest_date "
        "from articles "
        "where source_uri like '%yonhap-nato%'").fetchone()
    agency, raw, city, country, date, body, article_id, ingest_date = row
    assert (agency, raw, city, country, date) == (
        "Yonhap", "BRUSSELS, July 5 (Yonhap) --", "Brussels", "BE", dt.date(2024, 7, 5))
    assert body.startswith("The North Atlantic Treaty Organization (NATO) will discuss")
    assert "at NATO headquarters in Brussels." in body
    assert "(END)" not in body and "[email protected]" not in body
    assert isinstance(ingest_date, dt.date)
    ents = con.execute(
        "select text, label, start_char, end_char from entities "
        "where article_id = ?", [article_id]).fetchall()
    pairs = {(text, label) for text, label, _, _ in ents}
    assert {("Jens Stoltenberg", "PERSON"), ("NATO", "ORG"), ("South Korea", "GPE"),
            ("Vladimir Putin", "PERSON")} <= pairs
    assert all(body[s:e] == t for t, _, s, e in ents)


def test_flow_entities_have_salience_and_a_catalog(first_run) -> None:
    out, _ = first_run
    result = run_cli("query", "select c.canonical_name || ' ' || c.first_seen || ' ' || a.in_lead "
                     "from entity_catalog c join article_entities a using (entity_key) "
                     "where c.entity_key = 'PERSON:jens-stoltenberg'", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Jens Stoltenberg 2024-07-05 false" in result.stdout  # first named in the second paragraph
    con = delta_con(out)
    stoltenberg = con.execute(
        "select articles, mentions from entity_catalog "
        "where entity_key = 'PERSON:jens-stoltenberg'").fetchall()
    assert stoltenberg == [(1, 4)]
    geo = con.execute(
        "select distinct country_code, geonames_id from entities "
        "where text = 'Brussels'").fetchall()
    assert geo == [("BE", 2800866)]


def test_flow_tables_have_contract_columns_and_types(first_run) -> None:
    out, _ = first_run
    con = delta_con(out)
    for table, schema in schemas.TABLES.items():
        described = con.execute(
            f"describe select * from {table}").fetchall()
        columns = {name: type_ for name, type_, *_ in described}
        for field in schema:
            assert field.name in columns, f"{table}.{field.name}"
        assert schemas.PARTITION_COLUMN in columns
    types = {n: t for n, t, *_ in con.execute(
        "describe select * from articles").fetchall()}
    assert types["dateline_date"] == "DATE"
    assert types["ingested_at"] == "TIMESTAMP WITH TIME ZONE"
    dataset = pads.dataset(str(out / "articles"), partitioning="hive", format="parquet")
    assert dataset.to_table().num_rows == SEED_ARTICLES


def test_flow_rerun_adds_no_rows(first_run, landing: Path) -> None:
    out, _ = first_run
    before = _counts(out)
    again = run_cli("run", str(landing), "--out", str(out))
    assert again.returncode == 0, again.stderr[-3000:]
    assert _counts(out) == before
    # Nothing new: answered before Prefect starts (flows/inputs/pending.py), so no flow run and no runs row.
    assert "nothing new" in again.stdout and "Starting temporary server" not in again.stderr
    con = delta_con(out)
    runs = con.execute(
        "select files_seen, files_skipped, articles from runs "
        "order by started_at").fetchall()
    assert runs == [(SEED_FILES + 2, 0, SEED_ARTICLES)]


def test_flow_reprocess_replaces_rows_without_duplicates(first_run, landing: Path) -> None:
    out, _ = first_run
    before = _counts(out)
    again = run_cli("run", str(landing), "--out", str(out), "--reprocess")
    assert again.returncode == 0, again.stderr[-3000:]
    assert _counts(out) == before
    con = delta_con(out)
    dupes = con.execute(
        "select count(*) - count(distinct article_id) from articles").fetchone()
    assert dupes == (0,)


def test_flow_query_command_answers(first_run) -> None:
    out, _ = first_run
    result = run_cli("query", "select dateline_city, count(*) as n from articles group by 1 order by 1", "--out",
                     str(out))
    assert result.returncode == 0, result.stderr
    for city in ("Brussels", "Chatham", "London", "Paris"):
        assert city in result.stdout


def test_flow_query_reports_bad_sql_and_missing_out(tmp_path: Path, first_run) -> None:
    out, _ = first_run
    bad = run_cli("query", "select nope from articles", "--out", str(out))
    assert bad.returncode == 2 and "SQL error" in bad.stderr
    missing = run_cli("query", "select 1", "--out", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "no warehouse" in missing.stderr


def test_flow_duplicate_bytes_under_two_names(tmp_path: Path) -> None:
    landing = tmp_path / "in"
    landing.mkdir()
    shutil.copy(SEEDS / "ap-chatham-lobster.txt", landing / "a.txt")
    shutil.copy(SEEDS / "ap-chatham-lobster.txt", landing / "b.txt")
    out = tmp_path / "out"
    result = run_cli("run", str(landing), "--out", str(out), "--reference-date", "2024-08-29")
    assert result.returncode == 0, result.stderr[-3000:]
    con = delta_con(out)
    assert con.execute("select count(*) from articles").fetchone() == (1,)
    assert con.execute(
        "select reason from rejects").fetchall() == [("duplicate",)]
