"""Article rows carry the parsed provenance: markers, notes, dateline basis, transmission times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from wirecopy import schemas
from wirecopy.transforms import rows
from wirecopy.transforms.normalise import normalise
from wirecopy.transforms.story import Story

UTC = dt.timezone.utc
LINEAGE = rows.Lineage("/in/x.txt", "ab" * 32, "utf-8", "run-1", dt.datetime(2024, 7, 6, tzinfo=UTC))


def _article():
    text = ("(ATTN: CORRECTS spelling of name in para 2)\nBy Kim Min-ji\n"
            "SEOUL/MUAN, South Korea (Yonhap) -- Exports rose.\nkimmj@yna.co.kr\n(END)\n2024/07/05 17:03 KST")
    return normalise(Story("text", 0, "(2nd LD) Exports rise", text), reference_date=dt.date(2024, 7, 5))


def test_rows_article_row_carries_provenance_columns() -> None:
    row = rows.article_row(_article(), LINEAGE)
    assert row["headline"] == "Exports rise" and row["headline_raw"] == "(2nd LD) Exports rise"
    assert (row["version_markers"], row["version_number"], row["is_correction"]) == (["(2nd LD)"], 2, True)
    assert row["notes"] == ["(ATTN: CORRECTS spelling of name in para 2)"]
    assert (row["agency"], row["agency_source"], row["dateline_form"]) == ("Yonhap", "dateline", "tagged")
    assert row["dateline_places"] == ["Seoul", "Muan"]
    assert (row["dateline_timezone"], row["dateline_place_basis"]) == ("Asia/Seoul", "qualifier")
    assert (row["dateline_date"], row["dateline_date_source"]) == (dt.date(2024, 7, 5), "transmission")
    assert row["transmitted_at"] == dt.datetime(2024, 7, 5, 8, 3, tzinfo=UTC)
    assert row["transmitted_at_local"] == dt.datetime(2024, 7, 5, 17, 3)
    assert (row["transmitted_at_raw"], row["transmitted_at_source"]) == ("2024/07/05 17:03 KST", "copy")


def test_rows_round_trip_through_parquet(tmp_path: Path) -> None:
    table = schemas.to_table([rows.article_row(_article(), LINEAGE)], schemas.ARTICLES)
    path = tmp_path / "articles.parquet"
    pq.write_table(table, path)
    got = duckdb.connect().execute(
        "select version_markers, dateline_places, transmitted_at, transmitted_at_local, is_correction, notes "
        f"from read_parquet('{path}')"
    ).fetchone()
    assert got[0] == ["(2nd LD)"] and got[1] == ["Seoul", "Muan"]
    assert got[2].astimezone(UTC) == dt.datetime(2024, 7, 5, 8, 3, tzinfo=UTC)
    assert got[3] == dt.datetime(2024, 7, 5, 17, 3)
    assert got[4] is True and got[5] == ["(ATTN: CORRECTS spelling of name in para 2)"]


def test_rows_story_without_dateline_or_time_has_nulls_not_errors() -> None:
    article = normalise(Story("text", 0, None, "The talks went on."), reference_date=None)
    row = rows.article_row(article, LINEAGE)
    assert row["dateline_places"] is None and row["transmitted_at"] is None
    assert row["version_markers"] == [] and row["is_correction"] is False
    assert schemas.to_table([row], schemas.ARTICLES).num_rows == 1
