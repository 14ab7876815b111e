"""Story versions through the real flow: write-throughs, kills, resends, agencies kept apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import STORY_SAMPLES, delta_con, ingest_now, land
from wirecopy.transforms.versions import story_id_for

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

T0 = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.timezone.utc)
QUAKE = ["yonhap-quake-1.txt", "yonhap-quake-2-lead.txt", "yonhap-quake-3-2nd-ld.txt"]
ALL = sorted(p.name for p in STORY_SAMPLES.glob("*.txt"))


def _versions(out: Path) -> dict[str, tuple]:
    """file name -> (story_id, version, is_latest, change, marker, story_killed, matched_by)."""
    con = delta_con(out)
    rows = con.execute(
        "select regexp_extract(a.source_uri, '[^/]+$'), v.story_id, v.version, v.is_latest, v.change, v.marker, "
        "v.story_killed, v.matched_by "
        "from story_versions v "
        "join articles a using (article_id)").fetchall()
    return {r[0]: r[1:] for r in rows}


@pytest.fixture(scope="module")
def one_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    landing = tmp_path_factory.mktemp("stories") / "in"
    land(landing, ALL, start=T0)
    out = landing.parent / "out"
    ingest_now(landing, out)
    return out


def test_stories_lead_and_second_lead_are_one_story_three_versions(one_run: Path) -> None:
    v = _versions(one_run)
    quake = [v[name] for name in QUAKE]
    assert len({q[0] for q in quake}) == 1
    assert [(q[1], q[2], q[3], q[4]) for q in quake] == [
        (1, False, "first", None), (2, False, "lead", "(LEAD)"), (3, True, "lead", "(2nd LD)")]
    assert [q[6] for q in quake] == ["new", "near_duplicate", "near_duplicate"]


def test_stories_near_duplicates_of_two_agencies_are_two_stories(one_run: Path) -> None:
    v = _versions(one_run)
    assert v["afp-quake.txt"][0] != v["yonhap-quake-1.txt"][0]
    assert v["afp-quake.txt"][1:4] == (1, True, "first")
    assert v["yonhap-ferry.txt"][0] not in {v[n][0] for n in QUAKE}


def test_stories_kill_withdraws_the_story(one_run: Path) -> None:
    v = _versions(one_run)
    update, kill = v["reuters-mine-1.txt"], v["reuters-mine-2-kill.txt"]
    assert update[0] == kill[0]
    assert (update[1:6], kill[1:6]) == ((1, False, "update", "UPDATE 1", True), (2, True, "kill", "KILL", True))


def test_stories_latest_articles_has_one_row_per_live_story(one_run: Path) -> None:
    from wirecopy.flows.warehouse.query import connect

    con = connect(one_run)
    rows = con.execute(
        "select regexp_extract(source_uri, '[^/]+$'), version, change from latest_articles order by 1").fetchall()
    assert rows == [("afp-quake.txt", 1, "first"), ("yonhap-ferry.txt", 1, "first"),
                    ("yonhap-quake-3-2nd-ld.txt", 3, "lead")]
    per_story = con.execute("select count(*) from story_versions where is_latest group by story_id").fetchall()
    assert set(per_story) == {(1,)} and len(per_story) == 4


def test_stories_versions_arriving_run_by_run_renumber_earlier_rows(tmp_path: Path) -> None:
    landing, out = tmp_path / "in", tmp_path / "out"
    for n, name in enumerate(QUAKE):
        land(landing, [name], start=T0 + dt.timedelta(minutes=10 * n))
        ingest_now(landing, out)
        v = _versions(out)
        assert sorted((v[x][1], v[x][2]) for x in QUAKE[: n + 1]) == [(k, k == n + 1) for k in range(1, n + 2)]
    con = delta_con(out)
    first_id = con.execute(
        "select article_id from articles where source_uri like '%quake-1.txt'"
    ).fetchone()[0]
    assert {v[x][0] for x in QUAKE} == {story_id_for(first_id)}  # fixed when the story was first seen
    runs = con.execute("select count(*) from runs").fetchone()
    assert runs == (3,)


def test_stories_out_of_order_arrival_is_ordered_by_the_agency_numbering(tmp_path: Path) -> None:
    landing, out = tmp_path / "in", tmp_path / "out"
    land(landing, ["yonhap-quake-3-2nd-ld.txt"], start=T0)
    ingest_now(landing, out)
    land(landing, ["yonhap-quake-1.txt", "yonhap-quake-2-lead.txt"], start=T0 + dt.timedelta(minutes=5))
    ingest_now(landing, out)
    v = _versions(out)
    assert [(v[n][1], v[n][2]) for n in QUAKE] == [(1, False), (2, False), (3, True)]
    assert len({v[n][0] for n in QUAKE}) == 1


def test_stories_resent_story_adds_no_article(tmp_path: Path) -> None:
    landing, out = tmp_path / "in", tmp_path / "out"
    land(landing, ["yonhap-quake-1.txt"], start=T0)
    ingest_now(landing, out)
    resent = landing / "resend-quake.txt"  # the same story, other bytes: CRLF line ends, a trailing blank line
    resent.write_bytes((STORY_SAMPLES / "yonhap-quake-1.txt").read_bytes().replace(b"\n", b"\r\n") + b"\r\n")
    summary = ingest_now(landing, out)
    assert (summary.articles, summary.resent_stories, summary.rejects) == (0, 1, 1)
    con = delta_con(out)
    assert con.execute("select count(*) from articles").fetchone() == (1,)
    reason, detail = con.execute(
        "select reason, detail from rejects").fetchone()
    assert reason == "duplicate" and detail.startswith("same story as article ")
    outcomes = con.execute(
        "select regexp_extract(source_uri, '[^/]+$'), outcome, reason from ingest_log "
        "order by 1").fetchall()
    assert outcomes == [("resend-quake.txt", "reject", "duplicate"), ("yonhap-quake-1.txt", "articles", None)]


def _sketch(article_id: str, minutes: int, **fields) -> dict:
    from wirecopy.transforms.text import sketch

    text = fields.pop("text", f"story {article_id} " * 10)
    row = {"article_id": article_id, "agency": "AP", "headline_key": None, "content_key": article_id,
           "story_key": None, "minhash": sketch.signature(text), "shingles": len(sketch.shingles(text)),
           "marker": None, "ordinal": None, "change": "first", "sent_at": T0 + dt.timedelta(minutes=minutes),
           "run_id": "r1"}
    row.update(fields)
    return row


def test_stories_format_ids_group_versions_whatever_their_text() -> None:
    """A NewsML guid or 7901 slug says two items are one story even when their bodies share nothing."""
    from wirecopy import schemas
    from wirecopy.flows.stories import link

    key, other = "guid:urn:newsml:example.com:20250303:quake", "guid:urn:newsml:example.com:20250303:rail"
    shaken = "An earthquake shook the coast this morning and officials said no damage was reported."
    rows = [
        _sketch("a1", 0, story_key=key, text=shaken),
        _sketch("a2", 5, story_key=key, change="lead", ordinal=1, marker="(LEAD)",
                text="Rescue teams reached the port town after aftershocks damaged roads and bridges."),
        _sketch("a3", 6, text=shaken + " Trains ran late."),  # no key: joins by its text
        _sketch("a4", 7, story_key=other, text=shaken),         # another key: another story, whatever the text
    ]
    links = link(None, schemas.to_table(rows, schemas.STORY_SKETCHES), replaced=set(), run_id="r1",
                 today=T0.date(), window_days=14)
    got = {r["article_id"]: (r["story_id"], r["version"], r["is_latest"], r["matched_by"]) for r in links.new_rows}
    assert got["a1"] == (story_id_for(key), 1, False, "new")
    assert got["a2"] == (story_id_for(key), 3, True, "format_id")
    assert got["a3"] == (story_id_for(key), 2, False, "near_duplicate")
    assert got["a4"] == (story_id_for(other), 1, True, "new")
    assert links.dropped == {}


def test_stories_near_duplicate_floors_and_ties_by_slot_counts() -> None:
    """Overlap 58/128: enough for a later version or the same headline, not for an unmarked story; 40/128: never."""
    from wirecopy import schemas
    from wirecopy.flows.stories import link

    def sig(shared: int, rest: int) -> bytes:  # `shared` slots as the first story's, the others its own
        return b"".join((i if i < shared else rest + i).to_bytes(4, "little") for i in range(128))

    def row(aid: str, minutes: int, shared: int, rest: int, **fields) -> dict:
        return _sketch(aid, minutes, minhash=sig(shared, rest), shingles=10, **fields)  # few shingles: overlap = share

    rows = [
        row("x1", 0, 128, 0, headline_key="harbour"),
        row("x2", 1, 58, 1000),                             # 0.45 to x1, unmarked: a story of its own
        row("x3", 2, 58, 2000, change="lead", ordinal=1),   # 0.45 to x1 and x2, a later version: the greater id
        row("x4", 3, 40, 4000),                             # candidates of every earlier row, none near enough
        row("x5", 4, 58, 5000, headline_key="harbour"),     # 0.45 to x1 and its headline: x1's story
    ]
    links = link(None, schemas.to_table(rows, schemas.STORY_SKETCHES), replaced=set(), run_id="r1",
                 today=T0.date(), window_days=14)
    got = {r["article_id"]: (r["story_id"], r["matched_by"], r["similarity"]) for r in links.new_rows}
    assert got["x1"] == (story_id_for("x1"), "new", None)
    assert got["x2"] == (story_id_for("x2"), "new", None)
    assert got["x3"] == (story_id_for("x2"), "near_duplicate", 0.4531)
    assert got["x4"] == (story_id_for("x4"), "new", None)
    assert got["x5"] == (story_id_for("x1"), "near_duplicate", 0.4531)
    # Candidates, and not one near enough in the whole run.
    links = link(None, schemas.to_table([rows[0], rows[3]], schemas.STORY_SKETCHES), replaced=set(), run_id="r1",
                 today=T0.date(), window_days=14)
    assert sorted((r["article_id"], r["matched_by"]) for r in links.new_rows) == [("x1", "new"), ("x4", "new")]


def test_stories_same_content_in_one_run_is_kept_once() -> None:
    from wirecopy import schemas
    from wirecopy.flows.stories import link

    rows = [_sketch("b1", 0, content_key="same"), _sketch("b2", 1, content_key="same")]
    links = link(None, schemas.to_table(rows, schemas.STORY_SKETCHES), replaced=set(), run_id="r1",
                 today=T0.date(), window_days=14)
    assert [r["article_id"] for r in links.new_rows] == ["b1"]
    assert links.dropped == {"b2": "same story as article b1"}


@pytest.mark.parametrize("again", ["yonhap-quake-2-lead.txt", "yonhap-quake-1.txt"])
def test_stories_reprocessing_one_version_keeps_the_story_whole(tmp_path: Path, again: str) -> None:
    landing, out = tmp_path / "in", tmp_path / "out"
    land(landing, QUAKE, start=T0)
    ingest_now(landing, out)
    before = _versions(out)
    ingest_now(landing / again, out, reprocess=True)
    after = _versions(out)
    assert {n: after[n][:5] for n in QUAKE} == {n: before[n][:5] for n in QUAKE}
    con = delta_con(out)
    assert con.execute(
        "select count(*), count(distinct article_id), count(*) filter (where is_latest) "
        "from story_versions").fetchone() == (3, 3, 1)
