"""scripts/entity_audit.py: a reproducible sample of entity keys, each in a line of its story."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from wirecopy.flows.warehouse.query import connect

_SPEC = importlib.util.spec_from_file_location("entity_audit", ROOT / "scripts" / "entity_audit.py")
entity_audit = importlib.util.module_from_spec(_SPEC)
sys.modules["entity_audit"] = entity_audit  # dataclasses look their module up there
_SPEC.loader.exec_module(entity_audit)


@pytest.mark.parametrize(("body", "name", "context"), [
    ("First line.\nThe Harbour Board met in Dunmore on Monday.\nLast line.", "Harbour Board",
     "The [[Harbour Board]] met in Dunmore on Monday."),
    ("Prices | rose at Tellwick Mills today", "Tellwick Mills", "Prices \\| rose at [[Tellwick Mills]] today"),
])
def test_entity_audit_context_is_the_mentions_line_marked(body: str, name: str, context: str) -> None:
    start = body.index(name)
    assert entity_audit.context_line(body, start, start + len(name)) == context


def test_entity_audit_context_is_cut_to_the_width_either_side() -> None:
    body = "x" * 300 + " Tellwick " + "y" * 300
    start = body.index("Tellwick")
    line = entity_audit.context_line(body, start, start + 8, width=20)
    assert line == "x" * 19 + " [[Tellwick]] " + "y" * 19


def test_entity_audit_sample_is_the_same_for_a_seed_and_without_repeats() -> None:
    keys = [(f"ORG:firm-{i}", "ORG", 1, 1) for i in range(50)]
    first = entity_audit.sample(list(reversed(keys)), 10, seed=7)
    assert first == entity_audit.sample(keys, 10, seed=7)
    assert len({k for k, *_ in first}) == 10 and first == sorted(first)
    assert entity_audit.sample(keys, 80, seed=7) == sorted(keys)
    # A key drawn from one warehouse is drawn from another that also holds it.
    fewer = [k for k in keys if k not in first[:3]]
    assert set(first[3:]) <= set(entity_audit.sample(fewer, 10, seed=7))


def test_entity_audit_draws_keys_of_a_real_warehouse(seed_warehouse: Path, tmp_path: Path) -> None:
    target = tmp_path / "audit.md"
    assert entity_audit.main([str(seed_warehouse), "--n", "5", "--seed", "3", "--output", str(target)]) == 0
    rows = [line for line in target.read_text(encoding="utf-8").splitlines() if re.match(r"\| \d+ \|", line)]
    assert len(rows) == 5
    for row in rows:
        cells = [c.strip() for c in row.split(" | ")]
        assert re.fullmatch(r"`[A-Z_]+:[^`]+`", cells[1]) and cells[2] in entity_audit.NAME_LABELS
        assert "[[" in cells[5] and "]]" in cells[5]
    again = entity_audit.to_markdown(entity_audit.audit(connect(seed_warehouse), 5, 3), str(seed_warehouse), 3)
    assert target.read_text(encoding="utf-8") == again
