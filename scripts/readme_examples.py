"""Refresh the output of the example questions in docs/examples.md from a real run on the seeds.

    .venv/bin/python scripts/readme_examples.py      (or: make docs)

Runs `wirecopy run` on seeds/ plus three inputs that become rejects (an empty
file, a JPEG, a resent copy: tests.conftest.make_seed_landing, the landing the
tests use), then runs each ```sql block between the page's examples markers
through `wirecopy query` and rewrites the ```text block after it with the table
the command prints. The SQL is the source of truth; only outputs are rewritten.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import make_seed_landing  # noqa: E402

EXAMPLES_PAGE = ROOT / "docs" / "examples.md"
BEGIN, END = "<!-- examples:begin -->", "<!-- examples:end -->"
EXAMPLE = re.compile(r"(```sql\n(?P<sql>.*?)```\n\n```text\n)(?P<output>.*?)(```)", re.S)
WIRECOPY = Path(sys.executable).with_name("wirecopy")


def example_sql(text: str) -> list[str]:
    """The SQL of each example question, in the page's order."""
    block = text.split(BEGIN, 1)[1].split(END, 1)[0]
    return [m["sql"].strip() for m in EXAMPLE.finditer(block)]


def refresh(text: str, out: Path) -> str:
    head, rest = text.split(BEGIN, 1)
    block, tail = rest.split(END, 1)

    def run(m: re.Match) -> str:
        proc = subprocess.run([str(WIRECOPY), "query", m["sql"].strip(), "--out", str(out)],
                              capture_output=True, text=True, check=True)
        lines = [line.rstrip() for line in proc.stdout.splitlines()]
        return m.group(1) + "\n".join(lines) + "\n" + m.group(4)

    return head + BEGIN + EXAMPLE.sub(run, block) + END + tail


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        landing = make_seed_landing(Path(tmp) / "seeds")
        out = Path(tmp) / "warehouse"
        subprocess.run([str(WIRECOPY), "run", str(landing), "--out", str(out)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        EXAMPLES_PAGE.write_text(refresh(EXAMPLES_PAGE.read_text(encoding="utf-8"), out), encoding="utf-8")
    print(f"refreshed {len(example_sql(EXAMPLES_PAGE.read_text(encoding='utf-8')))} example outputs in "
          f"docs/examples.md")


if __name__ == "__main__":
    main()
