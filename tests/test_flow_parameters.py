"""Every flow parameter carries a description: Prefect's UI shows it beside the field of a custom run."""

from __future__ import annotations

import pytest
from prefect.utilities.callables import parameter_schema

from wirecopy.flows.compact import compact
from wirecopy.flows.ingest import ingest


@pytest.mark.parametrize("flow", [ingest, compact], ids=lambda f: f.name)
def test_flow_parameters_all_have_descriptions(flow) -> None:
    schema = parameter_schema(flow.fn)
    described = {name: (prop.get("description") or "").strip() for name, prop in schema.properties.items()}
    assert set(described) == set(flow.parameters.properties)
    assert [name for name, text in described.items() if len(text) < 20] == []
