"""Entity F1 of the bare spaCy model and of wirecopy's layer, in one run.

    .venv/bin/python scripts/entity_eval.py [--eval-dir ../shared/eval-dev] [--model NAME] [--details]
                                            [--split all|dev|held]

Reads the CoNLL-2003 documents of the eval set at run time (their text is
never copied into the repo), takes each input's clean body the way a run
does (wirecopy.transforms.pipeline.parse_file), and scores two entity sets against
the gold spans with the eval set's own scorer functions (its label mapping
and body alignment, imported from score.py): the bare model (spacy.load,
doc.ents as they come) and wirecopy (wirecopy.flows.runtime.nlp.load_ner with the rules
layer, then wirecopy.transforms.ner.entities.mentions).

`--split` scores half of the documents, chosen by a hash of the file name:
rules are written while looking at `dev` only, and `held` is scored at the
end, as the nearest stand-in here for documents no rule was fitted to.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import importlib.util
import json
from pathlib import Path

from wirecopy.flows.runtime.nlp import load_ner
from wirecopy.flows.settings import DEFAULT_MODEL
from wirecopy.transforms.ner.entities import mentions
from wirecopy.transforms.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[1]


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("eval_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(score, docs, predicted, details: bool, name: str) -> tuple[float, float, float]:
    tp = fp = fn = 0
    by_label = collections.defaultdict(lambda: [0, 0, 0])
    for doc, (body, spans) in zip(docs, predicted):
        off, region = score.align_body(doc["text"], body)
        gold = {(e["start"], e["end"], e["label"]) for e in doc["entities"]}
        if off is None:
            fn += len(gold)
            continue
        gold = {e for e in gold if e[0] >= region[0] and e[1] <= region[1]}
        pred = set()
        for start, end, label in spans:
            mapped = score.ENT_MAP.get(label.upper())
            s0, e0 = off(start), off(end - 1)
            if mapped is None or s0 is None or e0 is None:
                continue
            pred.add((s0, e0 + 1, mapped))
        hit = gold & pred
        tp, fp, fn = tp + len(hit), fp + len(pred - gold), fn + len(gold - pred)
        for e in hit:
            by_label[e[2]][0] += 1
        for e in pred - gold:
            by_label[e[2]][1] += 1
        for e in gold - pred:
            by_label[e[2]][2] += 1
        if details and (pred ^ gold):
            text = doc["text"]
            print(f"--- {name} {doc['file']}")
            for s, e, lab in sorted(pred - gold):
                print(f"   FP {lab:4} {text[s:e]!r}")
            for s, e, lab in sorted(gold - pred):
                print(f"   FN {lab:4} {text[s:e]!r}")
    p, r, f = score.prf(tp, fp, fn)
    labels = " | ".join(f"{lab} F1 {score.prf(*v)[2]:.3f}" for lab, v in sorted(by_label.items()))
    print(f"{name:9} P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})  {labels}")
    return p, r, f


def in_split(file_name: str, split: str) -> bool:
    """dev: the even half by SHA-256 of the file name; held: the odd half; all: both."""
    if split == "all":
        return True
    odd = int(hashlib.sha256(file_name.encode()).hexdigest(), 16) % 2
    return odd == (split == "held")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval-dev")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--details", choices=("bare", "wirecopy"), help="print the misses of one system")
    parser.add_argument("--split", choices=("all", "dev", "held"), default="all",
                        help="score one half of the documents (by a hash of the file name)")
    args = parser.parse_args()

    import spacy

    score = _scorer(args.eval_dir)
    gold_path = args.eval_dir / "gold" / "conll_docs.jsonl"
    docs = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [doc for doc in docs if in_split(doc["file"], args.split)]
    bodies = []
    for doc in docs:
        parsed = parse_file((args.eval_dir / "inputs" / doc["file"]).read_bytes(), reference_date=None)
        bodies.append(parsed.articles[0])

    bare_nlp = spacy.load(args.model)
    bare = [(a.body, [(e.start_char, e.end_char, e.label_) for e in d.ents])
            for a, d in zip(bodies, bare_nlp.pipe(a.body for a in bodies))]
    ours_nlp = load_ner(args.model)
    ours = [(a.body, [(m.start, m.end, m.label)
                      for m in mentions(d.ents, a.body, home_country=a.dateline.country if a.dateline else None)])
            for a, d in zip(bodies, ours_nlp.pipe(a.body for a in bodies))]

    print(f"{len(docs)} CoNLL-2003 documents ({args.split}) from {args.eval_dir}, model {args.model}")
    _, _, f_bare = _score(score, docs, bare, args.details == "bare", "bare")
    _, _, f_ours = _score(score, docs, ours, args.details == "wirecopy", "wirecopy")
    print(f"gain      {100 * (f_ours - f_bare):+.1f} F1 points")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
