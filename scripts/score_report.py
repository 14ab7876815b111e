"""Per-agency and per-format scores on eval-dev, with a held-back part scored apart.

    .venv/bin/python scripts/score_report.py [--eval-dir ../shared/eval-dev] [--out DIR]
                                             [--held-back] [--fresh-mtimes] [--keep] [--json FILE]

eval-dev's own run.sh prints one line per dimension; issue 19 needs to see
*where* a figure comes from (which agency, which format) and an estimate of
the held-out figure before the maintainers measure it. This script:

- runs `wirecopy run` on a copy of eval-dev's inputs, like run.sh: each
  file's modification time is set from mtimes.tsv (its transmission time),
  or, with --fresh-mtimes, left at the time of copying (FRESH_MTIMES=1);
  --out DIR scores an output folder that already exists instead;
- reads the output and the gold with eval-dev's score.py, imported from
  its path at run time (nothing of eval-dev is copied into the project),
  and compares values the way score.py does;
- prints, per agency (gold agency; CoNLL stories, which have none, under
  their source) and per format: dateline city / region / country / date
  accuracy, date precision (of the stories given a date, how many are
  right) and coverage (how many stories with a gold date got one), agency
  accuracy, no-dateline stories left without a city, and byline name
  precision / recall / F1.

--held-back splits eval-dev in two fixed parts and reports them side by
side. The held-back part is every TASS story (an agency whose house style
only this part then shows) plus every fifth remaining file, chosen by a
stable hash of its file name (sha256 of the name, value mod 5 == 0), so
that the part stays the same from run to run and machine to machine. Rules
are to be written looking at the rest only; the held-back figure is the
estimate of copy never seen.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval-dev"

HELD_BACK_AGENCY = "TASS"
HELD_BACK_EVERY = 5

# Dimensions scored as right / wrong per story; None means the story is not scored on it.
DIMENSIONS = ("city", "region", "country", "date", "date_precision", "date_coverage", "agency", "no_dateline")


@dataclass(frozen=True, slots=True)
class StoryScore:
    """How one gold story fared: a verdict per dimension and its byline name counts."""
    file: str
    agency: str            # group label: gold agency, else "(<source>)"
    format: str
    checks: Mapping[str, bool | None]
    bylines: tuple[int, int, int] | None  # (tp, fp, fn), None when the gold does not score bylines


@dataclass
class Summary:
    stories: int = 0
    right: collections.Counter = field(default_factory=collections.Counter)
    scored: collections.Counter = field(default_factory=collections.Counter)
    byline: list[int] = field(default_factory=lambda: [0, 0, 0])

    def rate(self, dimension: str) -> float | None:
        n = self.scored[dimension]
        return self.right[dimension] / n if n else None

    def byline_prf(self) -> tuple[float, float, float] | None:
        tp, fp, fn = self.byline
        if tp + fp + fn == 0:
            return None
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


# ------------------------------------------------------------------ the split
def in_held_back(file: str, agency: str | None) -> bool:
    """The fixed held-back part: every TASS story, and every fifth other file by a stable hash of its name."""
    if agency == HELD_BACK_AGENCY:
        return True
    return int(hashlib.sha256(file.encode("utf-8")).hexdigest(), 16) % HELD_BACK_EVERY == 0


# ------------------------------------------------------------------ scoring one story
def score_story(
    gold: Mapping, article: Mapping | None, byline_names: Iterable[str] | None, norm: Callable[[object], str | None],
) -> StoryScore:
    """One gold row against its article row, with score.py's comparisons (`norm` is score.py's)."""
    value = (lambda col: article.get(col)) if article is not None else (lambda col: None)
    checks: dict[str, bool | None] = dict.fromkeys(DIMENSIONS)
    if gold.get("city") is not None:
        accepted = {norm(gold["city"])} | {norm(c) for c in (gold.get("city_alt") or [])}
        checks["city"] = norm(value("dateline_city")) in accepted
    if gold.get("region") is not None:
        checks["region"] = norm(value("dateline_region")) == norm(gold["region"])
    if gold.get("country") is not None:
        country = value("dateline_country")
        checks["country"] = (str(country).upper().strip() if country else None) == gold["country"]
    if gold.get("date") is not None:
        written = value("dateline_date")
        checks["date"] = written is not None and str(written)[:10] == gold["date"]
        checks["date_coverage"] = written is not None
        if article is not None and written is not None:
            checks["date_precision"] = str(written)[:10] == gold["date"]
    if gold.get("agency") is not None:
        checks["agency"] = norm(value("agency")) == norm(gold["agency"])
    if gold.get("no_dateline"):
        checks["no_dateline"] = article is not None and not (value("dateline_city") or "").strip()
    counts = None
    if gold.get("bylines") is not None:
        predicted = collections.Counter(n for n in (norm(x) for x in (byline_names or ())) if n)
        expected = collections.Counter(norm(b["name"]) for b in gold["bylines"])
        tp = sum((predicted & expected).values())
        counts = (tp, sum(predicted.values()) - tp, sum(expected.values()) - tp)
    label = gold.get("agency") or f"({gold.get('source')})"
    return StoryScore(gold["file"], label, gold.get("format") or "?", checks, counts)


# ------------------------------------------------------------------ aggregation
def aggregate(stories: Iterable[StoryScore], key: Callable[[StoryScore], str]) -> dict[str, Summary]:
    """Summaries per group (key) plus "ALL"."""
    out: dict[str, Summary] = collections.defaultdict(Summary)
    for story in stories:
        for group in ("ALL", key(story)):
            summary = out[group]
            summary.stories += 1
            for dimension, verdict in story.checks.items():
                if verdict is not None:
                    summary.scored[dimension] += 1
                    summary.right[dimension] += bool(verdict)
            if story.bylines is not None:
                summary.byline = [a + b for a, b in zip(summary.byline, story.bylines)]
    return dict(out)


def format_table(title: str, summaries: Mapping[str, Summary]) -> str:
    """An aligned table: one row per group, "ALL" last; a cell is "pct (scored)", "-" when nothing is scored."""
    columns = ("stories", *DIMENSIONS, "byline P", "byline R", "byline F1")
    groups = sorted((g for g in summaries if g != "ALL"), key=lambda g: (-summaries[g].stories, g))
    if "ALL" in summaries:
        groups.append("ALL")
    rows = []
    for group in groups:
        s = summaries[group]
        cells = [str(s.stories)]
        for dimension in DIMENSIONS:
            rate = s.rate(dimension)
            cells.append("-" if rate is None else f"{100 * rate:.1f} ({s.scored[dimension]})")
        prf = s.byline_prf()
        cells += ["-"] * 3 if prf is None else [f"{x:.3f}" for x in prf]
        rows.append([group, *cells])
    header = [title, *columns]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in [header, *rows]]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def report(stories: list[StoryScore]) -> str:
    """Per-agency table, then per-format table."""
    return "\n\n".join((
        format_table("agency", aggregate(stories, lambda s: s.agency)),
        format_table("format", aggregate(stories, lambda s: s.format)),
    ))


def summary_json(stories: list[StoryScore]) -> dict:
    def one(summaries: Mapping[str, Summary]) -> dict:
        return {g: {"stories": s.stories,
                    **{d: {"right": s.right[d], "scored": s.scored[d]} for d in DIMENSIONS},
                    "byline": dict(zip(("tp", "fp", "fn"), s.byline))} for g, s in summaries.items()}
    return {"by_agency": one(aggregate(stories, lambda s: s.agency)),
            "by_format": one(aggregate(stories, lambda s: s.format))}


# ------------------------------------------------------------------ I/O: eval-dev, the pipeline
def load_scorer(eval_dir: Path) -> ModuleType:
    """eval-dev's score.py, imported from its path (its reading of the output is the reference)."""
    spec = importlib.util.spec_from_file_location("eval_dev_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_pipeline(eval_dir: Path, work: Path, *, fresh_mtimes: bool) -> Path:
    """Copies the inputs, gives them their transmission times (unless fresh), runs `wirecopy run`."""
    inputs, out = work / "inputs", work / "out"
    shutil.copytree(eval_dir / "inputs", inputs)
    if not fresh_mtimes:
        for line in (eval_dir / "mtimes.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip():
                name, seconds = line.split("\t")
                os.utime(inputs / name, (int(seconds), int(seconds)))
    out.mkdir()
    wirecopy = Path(sys.executable).with_name("wirecopy")
    command = [str(wirecopy) if wirecopy.exists() else "wirecopy", "run", str(inputs), "--out", str(out)]
    print("running: " + " ".join(command), file=sys.stderr)
    # A failed run is reported, then scored as is.
    done = subprocess.run(command, check=False, cwd=ROOT, capture_output=True, text=True)
    (work / "pipeline.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    print(f"pipeline exit code: {done.returncode} (log: {work / 'pipeline.log'})", file=sys.stderr)
    return out


def score_output(score: ModuleType, out_dir: Path, gold_dir: Path) -> list[StoryScore]:
    gold = score.load_jsonl(str(gold_dir / "articles.jsonl"))
    articles, _ = score.read_table(str(out_dir), "articles")
    bylines, _ = score.read_table(str(out_dir), "bylines")
    by_file: dict[str, Mapping] = {}
    for row in articles or []:
        by_file.setdefault(score.basename(row.get("source_uri")), row)
    names: dict[str, list[str]] = collections.defaultdict(list)
    for row in bylines or []:
        names[row["article_id"]].append(row.get("name"))
    stories = []
    for g in gold:
        article = by_file.get(g["file"])
        stories.append(score_story(g, article, names.get(article["article_id"]) if article else None, score.norm))
    return stories


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--out", type=Path, help="score this existing output folder instead of running the flow")
    parser.add_argument("--held-back", action="store_true", help="report the held-back part apart from the rest")
    parser.add_argument("--fresh-mtimes", action="store_true",
                        help="leave the copies' modification times at copying time (run.sh FRESH_MTIMES=1)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder of the run")
    parser.add_argument("--json", type=Path, help="also write the counts as JSON")
    args = parser.parse_args(argv)

    score = load_scorer(args.eval_dir)
    work = None
    out_dir = args.out
    if out_dir is None:
        work = Path(tempfile.mkdtemp(prefix="wirecopy-score-"))
        out_dir = run_pipeline(args.eval_dir, work, fresh_mtimes=args.fresh_mtimes)
    try:
        stories = score_output(score, out_dir, args.eval_dir / "gold")
        mode = "fresh modification times" if args.fresh_mtimes else "transmission times as modification times"
        print(f"eval-dev: {len(stories)} stories; {mode if args.out is None else 'existing output ' + str(out_dir)}")
        payload: dict = {}
        if args.held_back:
            held = [s for s in stories if in_held_back(s.file, s.agency)]
            rest = [s for s in stories if not in_held_back(s.file, s.agency)]
            print(f"\n== development part ({len(rest)} stories) ==\n")
            print(report(rest))
            print(f"\n== held-back part ({len(held)} stories: all {HELD_BACK_AGENCY}, "
                  f"every {HELD_BACK_EVERY}th other file by sha256 of its name) ==\n")
            print(report(held))
            payload = {"development": summary_json(rest), "held_back": summary_json(held)}
        else:
            print()
            print(report(stories))
            payload = {"all": summary_json(stories)}
        if args.json:
            args.json.write_text(json.dumps(payload, indent=1), encoding="utf-8")
    finally:
        if work is not None and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        elif work is not None:
            print(f"kept: {work}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
