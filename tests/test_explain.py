"""`wirecopy inspect`: what the pure pipeline understood of a file, shown to a person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Console

from tests.conftest import SEEDS, run_cli
from wirecopy.flows.report.explain import Reference, parse, reference_for, render
from wirecopy.transforms.ner.entities import mentions


def _story(tmp_path: Path) -> Path:
    path = tmp_path / "yonhap-lead.txt"
    path.write_text(
        "(2nd LD) Parliament passes budget bill\n\n(ATTN: ADDS details in paras 3-4)\nBy Park Ji-yeon\n"
        "SEOUL, Dec. 30 (Yonhap) -- South Korea's parliament passed the budget bill on Tuesday, "
        "Finance Minister Choi Sang-mok said in Seoul.\nThe vote ended a month of talks.\nparkjy@yna.co.kr\n(END)\n",
        encoding="utf-8",
    )
    return path


def test_explain_render_shows_every_part_with_its_source(tmp_path: Path, nlp) -> None:
    path = _story(tmp_path)
    ref = Reference(dt.date(2025, 1, 2), "cli")
    parsed = parse(path, ref)
    found = [mentions(doc.ents, a.body, home_country=a.dateline.country if a.dateline else None)
                 for a, doc in zip(parsed.articles, nlp.pipe(a.body for a in parsed.articles))]
    console = Console(record=True, width=200)
    render(console, path, parsed, ref, found=found, body_lines=1)
    out = console.export_text()
    for expected in (
        "'SEOUL, Dec. 30 (Yonhap) --'", "tagged", "Seoul  (capital", "Asia/Seoul", "2024-12-30 from 'Dec. 30'",
        "2025-01-02 (from cli)", "Yonhap  (from the dateline)", "Parliament passes budget bill",
        "(2nd LD) (lead 2)", "(ATTN: ADDS details in paras 3-4)", "Park Ji-yeon", "parkjy@yna.co.kr",
        "South Korea's parliament passed", "1 more paragraph", "PERSON", "Choi Sang-mok",
    ):
        assert expected in out, expected


def test_explain_reference_date_from_manifest_then_mtime(tmp_path: Path) -> None:
    path = _story(tmp_path)
    assert reference_for(path, dt.date(2024, 1, 1)) == Reference(dt.date(2024, 1, 1), "cli")
    assert reference_for(path, None).source == "mtime"
    (tmp_path / "_received.tsv").write_text("yonhap-lead.txt\t2025-01-02T08:00:00+00:00\n", encoding="utf-8")
    assert reference_for(path, None) == Reference(dt.date(2025, 1, 2), "manifest")


def test_explain_cli_inspect_prints_the_reading(tmp_path: Path) -> None:
    result = run_cli("inspect", str(SEEDS / "ap-chatham-lobster.txt"), "--no-entities", "--lines", "1",
                     "--reference-date", "2024-08-29")
    assert result.returncode == 0, result.stderr
    for expected in ("CHATHAM, Mass. (AP) —", "Massachusetts", "qualifier-only", "America/New_York",
                     "AP  (from the dateline)", "Jane O'Brien", "Mark McDonald", "2024-08-29 (from cli)"):
        assert expected in result.stdout, expected
    assert "Entities" not in result.stdout


def test_explain_cli_inspect_reports_a_reject(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run_cli("inspect", str(empty), "--no-entities")
    assert result.returncode == 1
    assert "rejected (empty)" in result.stderr


def test_explain_story_without_dateline_shows_the_day_it_was_filed_and_why(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text("Media release: New fees for the marina\n\nTue 13 October 2015\n\n"
                    "The harbour board today agreed new fees for the marina after a long and heated meeting.\n",
                    encoding="utf-8")
    ref = Reference(dt.date(2025, 1, 2), "cli")
    console = Console(record=True, width=200)
    parsed = parse(path, ref)
    render(console, path, parsed, ref, found=[[] for _ in parsed.articles], body_lines=1)
    out = console.export_text()
    assert "none found" in out
    assert "2015-10-13  (a date line printed over the story)" in out
