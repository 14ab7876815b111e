"""Single files that once stopped a whole run, each through one real chunk (wirecopy.flows.chunks.run_chunk).

A ninjs body with a lone surrogate, control characters in a headline, a
story longer than spaCy's 1,000,000-character limit, a file of too many
lines, JSON that holds no object, a file truncated between planning and
parsing, and bugs of our own in any per-file step: each ends as articles or
as one reject of the file, and the chunk's other files land.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS, land
from wirecopy.flows import chunks
from wirecopy.flows.chunks import Planned, run_chunk
from wirecopy.flows.inputs.discover import discover
from wirecopy.flows.settings import Settings
from wirecopy.flows.warehouse import store
from wirecopy.flows.warehouse.layout import Warehouse
from wirecopy.transforms.pipeline import parse_file
from wirecopy.transforms.text.controls import clean_text
from wirecopy.transforms.text.segments import MAX_CHARS, segments

STARTED = dt.datetime(2024, 7, 5, 12, tzinfo=dt.timezone.utc)
GOOD = "yonhap-nato-korea-2024-07-05.txt"


def _run(folder: Path, out: Path, settings: Settings | None = None, planned: dict[str, str] | None = None):
    """run_chunk over every file of FOLDER (planned hashes as given, else of the bytes now); the staged rows."""
    files = discover(str(folder))
    chunk = [Planned(f, (planned or {}).get(f.path.name) or hashlib.sha256(Path(f.path).read_bytes()).hexdigest())
             for f in files]
    warehouse = Warehouse.at(out)
    result = run_chunk(chunk, warehouse, "r1", "00000", STARTED, dt.date(2024, 7, 5), settings or Settings())
    tables = {t: [row for p in store.staged(warehouse, "r1", t) for row in pq.read_table(p).to_pylist()]
              for t in ("articles", "entities", "rejects", "bylines", "story_sketches")}
    return result, tables


def _landing(tmp_path: Path, files: dict[str, bytes]) -> Path:
    """A good story and FILES in one landing folder."""
    folder = tmp_path / "in"
    land(folder, [GOOD], start=STARTED, source=SEEDS, written=files)
    return folder


def _by_file(tables: dict) -> tuple[dict[str, str], dict[str, int]]:
    rejects = {Path(r["source_uri"]).name: r["reason"] for r in tables["rejects"]}
    articles: dict[str, int] = {}
    for r in tables["articles"]:
        articles[Path(r["source_uri"]).name] = articles.get(Path(r["source_uri"]).name, 0) + 1
    return rejects, articles


def test_hostile_files_lone_surrogate_in_ninjs(tmp_path: Path) -> None:
    ninjs = (b'{"uri": "urn:x:1", "headline": "Storm \\udfff hits", '
             b'"body_text": "SEOUL, July 5 (Yonhap) -- A storm \\udfff hit the coast of Busan on Friday."}')
    result, tables = _run(_landing(tmp_path, {"s.json": ninjs}), tmp_path / "out")
    rejects, articles = _by_file(tables)
    assert rejects == {} and articles == {GOOD: 1, "s.json": 1}
    (story,) = [r for r in tables["articles"] if r["source_uri"].endswith("s.json")]
    assert story["headline"] == "Storm \ufffd hits"
    assert "A storm \ufffd hit the coast" in story["body"]


def test_hostile_files_control_characters_dropped_from_text() -> None:
    filler = "The weather agency said the rain would last into the weekend across the central region. " * 3
    text = ("Flood \x1b[2Jwarning\x07\r\n\r\nSEOUL, July 5 (Yonhap) -- Heavy rain\x0b hit Seoul\x1b]0;pwned\x07 "
            "on Friday, officials said.\tMore rain is due.\x9b\n\n" + filler + "\n")
    (article,) = parse_file(text.encode("utf-8"), reference_date=dt.date(2024, 7, 5)).articles
    for value in (article.headline, article.body, article.dateline.raw):
        assert not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in value), repr(value)
    assert article.headline == "Flood [2Jwarning"
    assert "Heavy rain hit Seoul]0;pwned on Friday, officials said. More rain is due.\n" in article.body


@given(st.text())
def test_hostile_files_clean_text_never_raises_and_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    once.encode("utf-8")
    assert all(c in "\n\t" or not (ord(c) < 32 or 0x7f <= ord(c) <= 0x9f) for c in once)


@pytest.mark.parametrize(("data", "reason"), [
    (b"[1, 2, 3]", "malformed_json"),
    (b"  [true, null]\n", "malformed_json"),
    (b'"a string"', None),  # plain text: not JSON framing
    (b'{"title": "a settings file"}', "unsupported_format"),
])
def test_hostile_files_json_without_an_object(tmp_path: Path, data: bytes, reason: str | None) -> None:
    _, tables = _run(_landing(tmp_path, {"x.json": data}), tmp_path / "out")
    rejects, articles = _by_file(tables)
    assert rejects.get("x.json") == (reason or "no_body") or (reason is None and "x.json" in articles)
    assert articles[GOOD] == 1


def test_hostile_files_story_longer_than_spacy_allows(tmp_path: Path) -> None:
    paragraph = ("Officials in Brussels met Jens Stoltenberg of NATO on Friday to discuss the summit "
                 "in Washington, and Yoon Suk Yeol spoke with reporters in Seoul afterwards.\n\n")
    body = paragraph * (1_100_000 // len(paragraph) + 1)
    data = ("SEOUL, July 5 (Yonhap) -- " + body).encode()
    result, tables = _run(_landing(tmp_path, {"long.txt": data}), tmp_path / "out")
    rejects, articles = _by_file(tables)
    assert rejects == {} and articles == {GOOD: 1, "long.txt": 1}
    (story,) = [r for r in tables["articles"] if r["source_uri"].endswith("long.txt")]
    assert len(story["body"]) > 1_000_000
    found = [e for e in tables["entities"] if e["article_id"] == story["article_id"]]
    assert all(story["body"][e["start_char"]:e["end_char"]] == e["text"] for e in found)
    late = [e for e in found if e["start_char"] > 1_000_000]
    assert {e["text"] for e in late} >= {"Brussels", "Seoul"}


@given(st.text(alphabet=st.sampled_from("ab .\n\t!?\"'"), max_size=400), st.integers(1, 60))
def test_hostile_files_segments_cover_the_text_in_order(text: str, limit: int) -> None:
    pieces = segments(text, limit)
    assert "".join(p.text for p in pieces) == text
    assert all(0 < len(p.text) <= limit for p in pieces) or text == ""
    assert [p.offset for p in pieces] == [sum(len(q.text) for q in pieces[:i]) for i in range(len(pieces))]


def test_hostile_files_segments_cut_at_paragraphs_then_sentences() -> None:
    para = "a" * 40 + ".\n\n"
    assert [p.text for p in segments(para * 3, 100)] == [para * 2, para]
    sentence = "Word word word. "
    pieces = segments(sentence * 20, 50)
    assert all(p.text.endswith(". ") for p in pieces[:-1])
    assert segments("x" * 250, 100)[1].offset == 100  # no break anywhere: a hard cut
    assert len(segments("short", MAX_CHARS)) == 1


def test_hostile_files_too_many_lines(tmp_path: Path) -> None:
    lines = b"".join(b"line %d of a feed\n" % i for i in range(5000))
    result, tables = _run(_landing(tmp_path, {"lines.txt": lines}), tmp_path / "out", Settings(max_lines=1000))
    rejects, articles = _by_file(tables)
    assert rejects == {"lines.txt": "too_many_lines"} and articles == {GOOD: 1}
    (row,) = tables["rejects"]
    assert row["detail"] == "5001 lines, over the limit of 1000"


def test_hostile_files_truncated_after_planning_is_logged_as_read(tmp_path: Path) -> None:
    folder = _landing(tmp_path, {})
    whole = (folder / GOOD).read_bytes()
    planned_sha = hashlib.sha256(whole).hexdigest()
    (folder / GOOD).write_bytes(b"")  # rewritten in place between plan and parse
    result, tables = _run(folder, tmp_path / "out", planned={GOOD: planned_sha})
    (row,) = tables["rejects"]
    assert row["reason"] == "empty"
    assert row["content_sha256"] == hashlib.sha256(b"").hexdigest() != planned_sha
    (outcome,) = result.files
    assert outcome.planned.sha256 == hashlib.sha256(b"").hexdigest()  # what the ingest log records


def test_hostile_files_bug_in_a_per_file_step_is_an_internal_error(tmp_path: Path, monkeypatch) -> None:
    real = chunks.stories.sketch_row

    def broken(article, *args, **kwargs):
        if "BOOM" in article.body:
            raise KeyError("sketch bug")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(chunks.stories, "sketch_row", broken)
    boom = b"SEOUL, July 5 (Yonhap) -- The BOOM story, about a bug in wirecopy.\n"
    result, tables = _run(_landing(tmp_path, {"boom.txt": boom}), tmp_path / "out")
    rejects, articles = _by_file(tables)
    assert rejects == {"boom.txt": "internal_error"} and articles == {GOOD: 1}
    (row,) = tables["rejects"]
    assert row["detail"] == "KeyError: 'sketch bug'"
    assert any("sketch bug" in message and "Traceback" in message for _, message in result.log)


def test_hostile_files_bug_in_ner_costs_only_its_file(tmp_path: Path, monkeypatch) -> None:
    real = chunks.ents.mentions

    def broken(spans, text, **kwargs):
        if "BOOM" in text:
            raise RuntimeError("NER bug")
        return real(spans, text, **kwargs)

    monkeypatch.setattr(chunks.ents, "mentions", broken)
    boom = b"SEOUL, July 5 (Yonhap) -- The BOOM story, about Kim Jong Un in Pyongyang.\n"
    after = b"SEOUL, July 5 (Yonhap) -- Another story, about Yoon Suk Yeol in Seoul.\n"
    result, tables = _run(_landing(tmp_path, {"boom.txt": boom, "later.txt": after}), tmp_path / "out")
    rejects, articles = _by_file(tables)
    assert rejects == {"boom.txt": "internal_error"} and articles == {GOOD: 1, "later.txt": 1}
    assert tables["rejects"][0]["detail"] == "RuntimeError: NER bug"
    kept = {r["article_id"] for r in tables["articles"]}
    assert {r["article_id"] for t in ("entities", "bylines", "story_sketches") for r in tables[t]} <= kept
    assert any(e["text"] == "Seoul" for e in tables["entities"])
    assert sorted(o.outcome for o in result.files) == ["articles", "articles", "reject"]
