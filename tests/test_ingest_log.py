"""What a run takes: new or changed files only; --reprocess replaces rows without duplicating them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tests.conftest import SEEDS, TEXT_SEEDS, delta_con, ingest_now, land

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

T0 = dt.datetime(2024, 9, 19, 12, 0, tzinfo=dt.timezone.utc)
SEED_FILES = sorted(TEXT_SEEDS)
COUNTED = ("articles", "bylines", "entities", "rejects", "story_versions", "story_sketches", "article_entities")


def _counts(out: Path) -> dict[str, int]:
    from wirecopy.flows.warehouse.query import connect

    con = connect(out)
    return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in COUNTED}


def _log(out: Path) -> list[tuple]:
    return delta_con(out).execute(
        "select regexp_extract(source_uri, '[^/]+$'), outcome, articles "
        "from ingest_log order by logged_at, 1").fetchall()


@pytest.fixture
def warehouse(tmp_path: Path) -> tuple[Path, Path]:
    landing, out = tmp_path / "in", tmp_path / "out"
    land(landing, SEED_FILES, start=T0, source=SEEDS)
    summary = ingest_now(landing, out, reference_date=dt.date(2024, 9, 19))
    assert (summary.files_ingested, summary.articles) == (4, 4)
    return landing, out


def test_ingest_log_one_row_per_file_taken(warehouse) -> None:
    _, out = warehouse
    con = delta_con(out)
    rows = con.execute(
        "select l.size_bytes, l.mtime, l.content_sha256 = a.content_sha256, l.outcome, l.run_id = a.run_id "
        "from ingest_log l "
        "join articles a using (source_uri) order by l.mtime").fetchall()
    assert [r[2:] for r in rows] == [(True, "articles", True)] * 4
    assert [r[1] for r in rows] == [T0 + dt.timedelta(minutes=n) for n in range(4)]
    assert [r[0] for r in rows] == [(SEEDS / name).stat().st_size for name in SEED_FILES]


def test_ingest_log_rerun_and_touch_are_no_ops(warehouse) -> None:
    landing, out = warehouse
    before, log_before = _counts(out), _log(out)
    again = ingest_now(landing, out)
    assert (again.files_skipped, again.files_ingested, again.articles) == (4, 0, 0)
    assert (_counts(out), _log(out)) == (before, log_before)

    touched = landing / SEED_FILES[0]
    later = (T0 + dt.timedelta(days=1)).timestamp()
    os.utime(touched, (later, later))
    summary = ingest_now(landing, out)
    assert (summary.files_skipped, summary.files_ingested, summary.articles) == (4, 0, 0)
    assert _counts(out) == before
    assert _log(out)[-1] == (SEED_FILES[0], "unchanged", 0)

    third = ingest_now(landing, out)  # the new mtime is logged: no hashing, no new log row
    assert third.files_skipped == 4 and len(_log(out)) == len(log_before) + 1


def test_ingest_log_changed_bytes_are_a_new_version(warehouse) -> None:
    landing, out = warehouse
    changed = landing / "reuters-london-rates.txt"
    text = changed.read_text(encoding="utf-8").replace(
        "Sterling rose 0.4%", "Sterling rose 0.5%").replace(
        "(Reporting by", "The next policy decision is due on Nov. 7.\n\n(Reporting by")
    changed.write_text(text, encoding="utf-8")
    summary = ingest_now(landing, out, reference_date=dt.date(2024, 9, 19))
    assert (summary.files_ingested, summary.articles) == (1, 1)
    con = delta_con(out)
    versions = con.execute(
        "select v.story_id, v.version, v.is_latest, v.change, v.matched_by "
        "from story_versions v "
        "join articles a using (article_id) "
        "where a.source_uri like '%reuters-london-rates.txt' order by v.version").fetchall()
    assert len({v[0] for v in versions}) == 1
    assert [v[1:4] for v in versions] == [(1, False, "first"), (2, True, "revision")]
    assert versions[1][4] == "near_duplicate"


def test_ingest_log_reprocess_replaces_rows_without_duplicates(warehouse) -> None:
    landing, out = warehouse
    before = _counts(out)
    con = delta_con(out)
    ids_sql = "select article_id, run_id from articles order by 1"
    ids_before = con.execute(ids_sql).fetchall()
    summary = ingest_now(landing, out, reprocess=True, reference_date=dt.date(2024, 9, 19))
    assert summary.replaced_rows == sum(before[t] for t in ("articles", "bylines", "entities", "story_sketches",
                                                         "article_entities"))
    assert _counts(out) == before
    con = delta_con(out)  # a DeltaTable pins the version it loaded: read again after the run
    ids_after = con.execute(ids_sql).fetchall()
    assert [i for i, _ in ids_after] == [i for i, _ in ids_before]
    assert {r for _, r in ids_after} == {summary.run_id}
    dupes = con.execute(
        "select count(*) - count(distinct article_id) from story_versions")
    assert dupes.fetchone() == (0,)


def test_ingest_log_reprocess_keeps_earlier_versions_of_a_changed_file(warehouse) -> None:
    landing, out = warehouse
    changed = landing / "afp-paris-heatwave.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("12 departments", "14 departments"),
                       encoding="utf-8")
    ingest_now(landing, out)
    ingest_now(landing / "afp-paris-heatwave.txt", out, reprocess=True)
    con = delta_con(out)
    rows = con.execute(
        "select count(*), count(distinct article_id) from articles "
        "where source_uri like '%afp-paris-heatwave.txt'").fetchone()
    assert rows == (2, 2)
    latest = con.execute(
        "select count(*) from story_versions where is_latest").fetchone()
    assert latest == (4,)


def test_ingest_log_same_bytes_under_two_names_give_one_article(tmp_path: Path) -> None:
    landing, out = tmp_path / "in", tmp_path / "out"
    land(landing, ["ap-chatham-lobster.txt"], start=T0, source=SEEDS)
    (landing / "copy.txt").write_bytes((landing / "ap-chatham-lobster.txt").read_bytes())
    ingest_now(landing, out, reference_date=dt.date(2024, 8, 29))
    (landing / "later-copy.txt").write_bytes((landing / "copy.txt").read_bytes())
    ingest_now(landing, out, reference_date=dt.date(2024, 8, 29))
    con = delta_con(out)
    assert con.execute("select count(*) from articles").fetchone() == (1,)
    rejects = con.execute(
        "select regexp_extract(source_uri, '[^/]+$'), reason, detail "
        "from rejects order by 1").fetchall()
    assert [(n, r) for n, r, _ in rejects] == [("copy.txt", "duplicate"), ("later-copy.txt", "duplicate")]
    assert all(d.endswith("ap-chatham-lobster.txt") for _, _, d in rejects)
