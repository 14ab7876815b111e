"""A sample of entity keys for a person to judge: are these the entities an editor would let stand?

    .venv/bin/python scripts/entity_audit.py OUT [--n 100] [--seed 22] [--output audit.md]

F1 against CoNLL gold says how spans and labels score on one corpus; it
says nothing of the keys a warehouse groups by ("U.S. Dlrs" as a person,
an acronym apart from its name). This draws `--n` random keys of named
entities from the warehouse OUT, each with one of its mentions in a line of
context, as a Markdown table with an empty verdict column to fill in:
ok, or what an editor would correct. The same OUT and seed draw the same sample.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from wirecopy.transforms.ner.entities import NAME_LABELS

ROOT = Path(__file__).resolve().parents[1]

# Characters of context either side of a mention, cut back to its line.
CONTEXT_CHARS = 90


@dataclass(frozen=True, slots=True)
class AuditRow:
    key: str
    label: str
    stories: int
    mentions: int
    context: str        # the mention marked [[like this]] in its line


def context_line(body: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The mention in its line, marked, at most `width` characters either side, whitespace flattened."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end == -1 else line_end
    left = body[max(line_start, start - width):start]
    right = body[end:min(line_end, end + width)]
    flat = " ".join(f"{left}[[{body[start:end]}]]{right}".split())
    return flat.replace("|", "\\|")


def sample(keys: list[tuple[str, str, int, int]], n: int, seed: int) -> list[tuple[str, str, int, int]]:
    """`n` of the (key, label, stories, mentions) rows, drawn without replacement, in key order.

    A key is drawn by a hash of the seed and the key itself, not by its
    place in the list: two warehouses of the same copy (before and after a
    change) then draw the same keys wherever both hold them, so their
    audits compare like with like.
    """
    def rank(row: tuple[str, str, int, int]) -> str:
        return hashlib.sha256(f"{seed}:{row[0]}".encode()).hexdigest()

    return sorted(sorted(keys, key=rank)[:n])


def audit(con, n: int, seed: int) -> list[AuditRow]:
    """The sample drawn from a warehouse connection (wirecopy.flows.warehouse.query.connect)."""
    labels = ", ".join(f"'{label}'" for label in sorted(NAME_LABELS))
    keys = con.execute(
        f"select entity_key, any_value(label), count(distinct article_id), count(*) from entities "
        f"where label in ({labels}) group by entity_key"
    ).fetchall()
    rows = []
    for key, label, stories, count in sample(keys, n, seed):
        found = con.execute(
            "select e.start_char, e.end_char, a.body from entities e join articles a using (article_id) "
            "where e.entity_key = ? order by e.article_id, e.start_char", [key]
        ).fetchall()
        pick = int(hashlib.sha256(f"{seed}:{key}:mention".encode()).hexdigest(), 16) % len(found)
        start, end, body = found[pick]
        rows.append(AuditRow(key, label, stories, count, context_line(body, start, end)))
    return rows


def to_markdown(rows: list[AuditRow], source: str, seed: int) -> str:
    lines = [
        f"# Entity audit: {len(rows)} random keys from {source} (seed {seed})",
        "",
        "| # | key | label | stories | mentions | context | verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    for i, row in enumerate(rows, 1):
        lines.append(f"| {i} | `{row.key}` | {row.label} | {row.stories} | {row.mentions} | {row.context} | |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a wirecopy warehouse (the --out of `wirecopy run`)")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--output", type=Path, help="write the Markdown here (default: standard output)")
    args = parser.parse_args(argv)

    from wirecopy.flows.warehouse.query import connect

    text = to_markdown(audit(connect(args.out), args.n, args.seed), str(args.out), args.seed)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
