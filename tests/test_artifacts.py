"""Run reports: the markdown summary and rejects table, rendered and published as Prefect artifacts."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import PrefectServer, copy_seeds
from wirecopy.flows.report import artifacts
from wirecopy.flows.report.summary import RunSummary


def _summary(**changes) -> RunSummary:
    summary = RunSummary(run_id="run-1", out="/data/out", files_seen=6, files_skipped=1, files_ingested=5,
                         articles=4, bylines=6, entities=9, rejects=1)
    for name, value in changes.items():
        setattr(summary, name, value)
    return summary


@pytest.mark.parametrize(
    ("changes", "present", "absent"),
    [
        ({}, ["| files seen | 6 |", "| files already ingested (skipped) | 1 |", "| new articles | 4 |",
              "| new entity mentions | 9 |", "| rejects | 1 |"], ["rows replaced"]),
        ({"rejects": 3, "rejects_by_reason": Counter(binary=2, empty=1)},
         ["| reason | count |", "| binary | 2 |\n| empty | 1 |"], ["No rejects."]),
        ({"rejects": 0}, ["No rejects."], ["| reason | count |"]),
        ({"entity_labels": Counter(GPE=5, PERSON=4), "entity_keys": {"gpe:brussels", "person:stoltenberg"}},
         ["| GPE | 5 |\n| PERSON | 4 |", "| distinct entities | 2 |"], []),
        ({"entities": 0}, ["No entities."], ["| label | count |"]),
        ({"replaced_rows": 12}, ["| rows replaced (reprocess) | 12 |"], []),
    ],
)
def test_artifacts_markdown_counts(changes: dict, present: list[str], absent: list[str]) -> None:
    text = artifacts.summary_markdown(_summary(**changes), {"source": "/in", "out": "/out", "reprocess": False})
    assert text.startswith("# wirecopy run `run-1`\n\n**source** `/in` · **out** `/out`\n")
    for fragment in present:
        assert fragment in text
    for fragment in absent:
        assert fragment not in text


def test_artifacts_markdown_stages_and_throughput() -> None:
    seconds = Counter(plan=0.5, parse=0.25, entities=2.0, write=0.25, process=2.5, commit=0.5, total=4.0)
    text = artifacts.summary_markdown(_summary(seconds=seconds), {})
    assert "| plan | discover and hash files, skip known ones | 0.50 | 12 % |" in text
    assert f"| entities | {artifacts.STAGES['entities']} | 2.00 | 50 % |" in text
    assert "| total | the whole flow run | 4.00 |  |" in text
    assert artifacts.throughput(_summary(seconds=seconds)) == {
        "stories/s (whole run)": 1.0, "files/s (whole run)": 1.25, "stories/s (NER)": 2.0}
    assert "| stories/s (NER) | 2.0 |" in text


def test_artifacts_rejects_table_is_capped() -> None:
    many = [(f"/in/{n}.txt", "empty", None) for n in range(artifacts.MAX_REJECT_ROWS + 5)]
    rows = artifacts.reject_rows(_summary(rejected=many, rejects=len(many)))
    assert len(rows) == artifacts.MAX_REJECT_ROWS
    assert rows[0] == {"source_uri": "/in/0.txt", "reason": "empty", "detail": None}


def test_artifacts_run_summary_keeps_only_the_first_rejects() -> None:
    from wirecopy.flows.chunks import ChunkResult

    summary = _summary(rejects=0)
    for start, size in ((0, artifacts.MAX_REJECT_ROWS - 2), (artifacts.MAX_REJECT_ROWS - 2, 3)):
        summary.add(ChunkResult(rejects_by_reason=Counter(empty=size),
                                rejected=[(f"/in/{start + n}.txt", "empty", None) for n in range(size)]))
    assert summary.rejects == artifacts.MAX_REJECT_ROWS + 1
    assert [uri for uri, _, _ in summary.rejected[-2:]] == [
        f"/in/{artifacts.MAX_REJECT_ROWS - 2}.txt", f"/in/{artifacts.MAX_REJECT_ROWS - 1}.txt"]
    assert len(summary.rejected) == artifacts.MAX_REJECT_ROWS


def test_artifacts_stopwatch_adds_up_stages() -> None:
    clock = artifacts.Stopwatch()
    for _ in range(2):
        with clock("plan"):
            time.sleep(0.02)
    laps = clock.laps()
    assert set(laps) == {"plan", "total"}
    assert 0.04 <= laps["plan"] <= laps["total"]


@pytest.mark.slow
def test_artifacts_artifacts_of_a_real_run_hold_its_counts(
        prefect_server: PrefectServer, tmp_path: Path, nlp) -> None:
    """The flow itself, in this process, against the test server; artifacts read back through the API."""
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from wirecopy.flows.ingest import ingest

    landing = copy_seeds(tmp_path / "in")
    (landing / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (landing / "blank.txt").write_bytes(b"  \n\n ")
    with prefect_server.api():
        summary = ingest(source=str(landing), out=str(tmp_path / "out"))
    with prefect_server.client() as client:
        published = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[summary.run_id])))
    by_key = {a.key: a for a in published}
    assert set(by_key) == {artifacts.SUMMARY_KEY, artifacts.REJECTS_KEY}
    markdown = by_key[artifacts.SUMMARY_KEY].data
    for row in ("| files seen | 6 |", "| files taken | 6 |", "| new articles | 4 |", "| rejects | 2 |",
                "| binary | 1 |", "| empty | 1 |", f"| new entity mentions | {summary.entities} |",
                f"| distinct entities | {len(summary.entity_keys)} |"):
        assert row in markdown
    assert summary.entities > 50 and {"PERSON", "ORG", "GPE"} <= set(summary.entity_labels)
    for stage in ("plan", "parse", "entities", "write", "process", "commit", "total"):
        assert f"| {stage} | " in markdown
    rejects = json.loads(by_key[artifacts.REJECTS_KEY].data)
    assert sorted((Path(r["source_uri"]).name, r["reason"]) for r in rejects) == [
        ("blank.txt", "empty"), ("photo.txt", "binary")]
    assert by_key[artifacts.REJECTS_KEY].description == "wirecopy rejects of this run (2)"
