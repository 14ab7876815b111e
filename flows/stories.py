"""Story versions across runs: which story a new article continues, and renumbering.

Each article gets a sketch when its chunk is processed (`story_sketches`:
marker, content key, MinHash signature, written once). At commit time the
run's sketches are matched against what OUT holds:

1. the same article id or the same content key (agency, marker-free
   headline, body) as an article already there: a resent story, dropped
   (its file becomes a `duplicate` reject when nothing else of it is new);
2. a story key from format metadata (NewsML guid, 7901 slug + agency + day):
   the story of that key;
3. else the most similar body of the same agency among recent articles
   (MinHash LSH over `window_days` of ingest partitions), when the share of
   the shorter body's shingles found in the other is above a threshold,
   lower when the article says it is a later version;
4. else, for a marked later version or a kill, the same marker-free headline
   of the same agency;
5. else a new story.

Agencies never mix: near-duplicates from two agencies are two stories.
Then every story that gained or lost a version is renumbered
(wirecopy.transforms.versions.order_versions) and its rows in `story_versions`
rewritten.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from wirecopy import schemas
from wirecopy.flows.warehouse import store
from wirecopy.flows.warehouse.commits import State
from wirecopy.transforms.story import Article
from wirecopy.transforms.text import sketch
from wirecopy.transforms.versions import (
    FOLLOW_UP_CHANGES,
    Member,
    content_key,
    format_story_key,
    headline_key,
    order_versions,
    read_marker,
    story_id_for,
)

# Share of the shorter body's word shingles found in the other (estimated
# from MinHash, wirecopy.transforms.text.sketch.overlap) above which two articles of one
# agency are versions of one story ...
NEAR_DUPLICATE = 0.5
# ... or above which they are when the newer one says it is a later version
# ((LEAD), UPDATE 2, CORRECTED) or keeps the headline.
NEAR_DUPLICATE_MARKED = 0.4

_CANDIDATE_COLUMNS = ["article_id", "agency", "headline_key", "minhash", "shingles"]
_MEMBER_COLUMNS = ["article_id", "change", "ordinal", "sent_at"]


_STORY_ID_FORMATS = frozenset({"newsml-g2", "newsml1", "ninjs"})


def sketch_row(article: Article, article_id: str, sent_at: dt.datetime | None, run_id: str) -> dict[str, object]:
    """What story matching keeps of an article (a `story_sketches` row)."""
    first_line = article.body.split("\n", 1)[0] if article.body else None
    # Where normalise strips markers off the headline it keeps the printed one as `headline_raw`.
    marker = read_marker(getattr(article, "headline_raw", None) or article.headline, article.notes, first_line)
    story = article.story
    # Formats whose item id names the story across its versions (NewsML guid,
    # ninjs uri) give it as `source_id`; 7901/ANPA ids number messages, so
    # there the slug carries the story. Plain text has neither.
    guid = story.source_id if story.source_format in _STORY_ID_FORMATS else None
    key = format_story_key(
        article.agency, guid=guid, slug=story.slug,
        date=story.metadata_date or (sent_at.date() if sent_at else None),
    )
    minhash, shingles = sketch.sketch(article.body)
    return {
        "article_id": article_id,
        "agency": article.agency,
        "headline_key": headline_key(marker.headline),
        "content_key": content_key(article.agency, marker.headline, article.body),
        "story_key": key,
        "minhash": minhash,
        "shingles": shingles,
        "marker": marker.raw,
        "ordinal": marker.ordinal,
        "change": marker.change,
        "sent_at": sent_at,
        "run_id": run_id,
    }


@dataclass(slots=True)
class StoryLinks:
    """What the commit must change so that story_versions is true again."""

    new_rows: list[dict[str, object]] = field(default_factory=list)   # versions of this run's articles
    updated: dict[str, dict[str, object]] = field(default_factory=dict)  # earlier articles renumbered
    dropped: dict[str, str] = field(default_factory=dict)   # this run's article_id -> why it is not new
    replaced: set[str] = field(default_factory=set)         # earlier article ids being reprocessed


@dataclass(slots=True)
class _Match:
    story_id: str
    matched_by: str
    similarity: float | None = None


def link(base: State | None, new: pa.Table, *, replaced: set[str], run_id: str,
         today: dt.date, window_days: int) -> StoryLinks:
    """Match this run's sketches (`new`) to the stories OUT holds and renumber what changed.

    Only the rows that can matter are turned into Python objects (those
    sharing an id or key with the new sketches, the recent window, the
    stories that change): a run costs column scans, not memory in
    proportion to the warehouse.
    """
    links = StoryLinks(replaced=set(replaced))
    rows = sorted(new.to_pylist(), key=lambda r: (r["sent_at"] is None, r["sent_at"] or dt.datetime.min,
                                                  r["article_id"]))
    known = store.read_columns(base, "story_sketches", ["article_id", "content_key", "story_key"])
    present = set(_matching(known, "article_id", {r["article_id"] for r in rows})["article_id"].to_pylist()) - replaced
    by_content: dict[str, str] = {}
    by_story_key: dict[str, str] = {}
    for aid, ckey in _pairs(_matching(known, "content_key", {r["content_key"] for r in rows}), "content_key"):
        if aid not in replaced:
            by_content.setdefault(ckey, aid)
    for aid, skey in _pairs(_matching(known, "story_key", {r["story_key"] for r in rows if r["story_key"]}),
                            "story_key"):
        if aid not in replaced:
            by_story_key.setdefault(skey, aid)

    window = store.read_columns(base, "story_sketches", _CANDIDATE_COLUMNS,
                                store.partition_since(today - dt.timedelta(days=window_days)))
    ids = store.read_columns(base, "story_versions", ["article_id", "story_id"])
    wanted = set(window["article_id"].to_pylist()) | set(by_story_key.values()) | replaced
    story_of = dict(_pairs(_matching(ids, "article_id", wanted), "story_id"))
    losing = {story_of[a] for a in replaced if a in story_of}  # stories whose reprocessed versions leave
    earlier = [r for r in zip(*(window[c].to_pylist() for c in _CANDIDATE_COLUMNS))
               if r[0] not in replaced and r[0] in story_of]
    by_headline: dict[tuple[str | None, str], list[str]] = defaultdict(list)
    for aid, agency, hkey, _, _ in earlier:
        if hkey:
            by_headline[(agency, hkey)].append(aid)

    # Resent stories first: whether a row is new depends only on the rows before it, not on their stories.
    kept = []
    for row in rows:
        aid = row["article_id"]
        if aid in present:
            links.dropped[aid] = f"article {aid} is already in the tables"
        elif (same := by_content.get(row["content_key"])) is not None:
            links.dropped[aid] = f"same story as article {same}"
        else:
            present.add(aid)
            by_content[row["content_key"]] = aid
            kept.append(row)
    near = _near_duplicates(earlier, kept)

    matches: dict[str, _Match] = {}
    for row in kept:
        aid = row["article_id"]
        match = _match(row, by_story_key, story_of, by_headline, near.get(aid))
        matches[aid] = match
        story_of[aid] = match.story_id
        if row["story_key"]:
            by_story_key.setdefault(row["story_key"], aid)
        if row["headline_key"]:
            by_headline[(row["agency"], row["headline_key"])].append(aid)

    affected = {m.story_id for m in matches.values()} | losing
    if not affected:
        return links
    versions = store.read_columns(base, "story_versions", schemas.STORY_VERSIONS.names)
    old_rows = {r["article_id"]: r for r in _matching(versions, "story_id", affected).to_pylist()}
    members: dict[str, list[str]] = defaultdict(list)
    for aid, row in old_rows.items():
        if aid not in replaced:
            members[row["story_id"]].append(aid)
    for aid, match in matches.items():
        members[match.story_id].append(aid)
    facts = _member_facts(base, {a for ids in members.values() for a in ids} - set(matches), new, set(matches))
    for aid in {a for ids in members.values() for a in ids} - facts.keys():  # a version with no sketch
        facts[aid] = Member(aid, "first", old_rows[aid]["ordinal"], old_rows[aid]["sent_at"])
    new_by_id = {r["article_id"]: r for r in rows}
    for story_id, ids in sorted(members.items()):
        for placed in order_versions([facts[a] for a in ids]):
            aid = placed.article_id
            if aid in matches:
                sk = new_by_id[aid]
                links.new_rows.append(_version_row(placed, story_id, sk, matches[aid], run_id))
                continue
            old = old_rows[aid]
            row = dict(old, version=placed.version, is_latest=placed.is_latest, change=placed.change,
                       story_killed=placed.story_killed)
            if row != old:
                links.updated[aid] = dict(row, run_id=run_id)
    return links


def _near_duplicates(earlier: list[tuple], kept: list[dict]) -> dict[str, tuple[str, float]]:
    """For each row of `kept` that story matching compares by body: its best earlier near-duplicate and the overlap.

    Earlier means a window row (`earlier`: article_id, agency, headline_key,
    minhash, shingles) or a kept row before it; of one agency. A candidate
    passes NEAR_DUPLICATE, or NEAR_DUPLICATE_MARKED when the row says it is
    a later version or the two share a headline; the best score wins, of
    equal ones the greatest article_id (as comparing (score, id) pairs would).
    """
    table = [(aid, agency, hkey, sig, size, False, False) for aid, agency, hkey, sig, size in earlier if sig]
    table += [(r["article_id"], r["agency"], r["headline_key"], r["minhash"], r["shingles"],
               not r["story_key"], r["change"] in FOLLOW_UP_CHANGES) for r in kept if r["minhash"]]
    if not table:
        return {}
    aids, agencies, hkeys, sigs, sizes, asks, follow = zip(*table)
    codes: dict[object, int] = {}
    groups = [codes.setdefault(("agency", a), len(codes)) for a in agencies]
    headline = np.array([codes.setdefault(("headline", h), len(codes)) if h else -1 for h in hkeys])
    rank = {aid: i for i, aid in enumerate(sorted(set(aids)))}
    ranks = np.array([rank[a] for a in aids])
    marked = np.array(follow, dtype=bool)
    best = np.full(len(aids), -1)
    best_score = np.full(len(aids), -1.0)
    for asker, cand, score in sketch.earlier_overlaps(sigs, sizes, groups, asks):
        same_headline = (headline[asker] >= 0) & (headline[asker] == headline[cand])
        floor = np.where(marked[asker] | same_headline, NEAR_DUPLICATE_MARKED, NEAR_DUPLICATE)
        ok = score >= floor
        if not ok.any():
            continue
        asker, cand, score = asker[ok], cand[ok], score[ok]
        # Each asker's best of this block: the last of its pairs ordered by (score, article_id).
        order = np.lexsort((ranks[cand], score, asker))
        asker, cand, score = asker[order], cand[order], score[order]
        last = np.flatnonzero(np.append(asker[1:] != asker[:-1], True))
        asker, cand, score = asker[last], cand[last], score[last]
        held = np.where(best[asker] >= 0, ranks[best[asker]], -1)
        better = (score > best_score[asker]) | ((score == best_score[asker]) & (ranks[cand] > held))
        best[asker[better]], best_score[asker[better]] = cand[better], score[better]
    return {aids[i]: (aids[best[i]], float(best_score[i])) for i in np.flatnonzero(best >= 0).tolist()}


def _match(row: dict, by_story_key: dict[str, str], story_of: dict[str, str],
           by_headline: dict[tuple[str | None, str], list[str]], near: tuple[str, float] | None) -> _Match:
    if row["story_key"]:
        found = by_story_key.get(row["story_key"])
        story_id = story_of.get(found) if found else None
        if story_id is not None:
            return _Match(story_id, "format_id")
        return _Match(story_id_for(row["story_key"]), "new")
    if near is not None:
        best, score = near
        return _Match(story_of[best], "near_duplicate", round(score, 4))
    same_headline = by_headline.get((row["agency"], row["headline_key"])) if row["headline_key"] else None
    if row["change"] in FOLLOW_UP_CHANGES and same_headline:
        return _Match(story_of[max(same_headline)], "headline")
    return _Match(story_id_for(row["article_id"]), "new")


def _matching(table: pa.Table, column: str, values: set[str]) -> pa.Table:
    """The rows whose `column` is one of `values` (filtered in Arrow, not in Python)."""
    if not values or table.num_rows == 0:
        return table.slice(0, 0)
    return table.filter(pc.is_in(table[column], pa.array(sorted(values), pa.string())))


def _pairs(table: pa.Table, column: str) -> list[tuple[str, str]]:
    return list(zip(table["article_id"].to_pylist(), table[column].to_pylist()))


def _member_facts(base: State | None, earlier: set[str], new: pa.Table, new_ids: set[str]) -> dict[str, Member]:
    facts: dict[str, Member] = {}
    if earlier:
        old = _matching(store.read_columns(base, "story_sketches", _MEMBER_COLUMNS), "article_id", earlier)
        for aid, change, ordinal, sent_at in zip(*(old[c].to_pylist() for c in _MEMBER_COLUMNS)):
            facts[aid] = Member(aid, change, ordinal, sent_at)
    for aid, change, ordinal, sent_at in zip(*(new[c].to_pylist() for c in _MEMBER_COLUMNS)):
        if aid in new_ids:
            facts[aid] = Member(aid, change, ordinal, sent_at)
    return facts


def _version_row(placed, story_id: str, sk: dict, match: _Match, run_id: str) -> dict[str, object]:
    return {
        "article_id": placed.article_id,
        "story_id": story_id,
        "agency": sk["agency"],
        "version": placed.version,
        "is_latest": placed.is_latest,
        "change": placed.change,
        "marker": sk["marker"],
        "ordinal": sk["ordinal"],
        "sent_at": sk["sent_at"],
        "story_killed": placed.story_killed,
        "matched_by": match.matched_by,
        "similarity": match.similarity,
        "run_id": run_id,
    }
