"""The Arrow schema of every output table: the one place a column is declared.

Writers, validation, docs and warehouse DDL derive from these objects; nothing
else in wirecopy spells a column name out as a declaration.
"""

from wirecopy.schemas.tables import (
    ARTICLE_ENTITIES,
    ARTICLES,
    BYLINES,
    ENTITIES,
    ENTITY_CATALOG,
    INGEST_LOG,
    PARTITION_COLUMN,
    REJECTS,
    RUNS,
    SCHEMA_VERSION,
    STORY_SKETCHES,
    STORY_VERSIONS,
    TABLES,
    column_names,
)
from wirecopy.schemas.validate import SchemaViolation, to_table

__all__ = [
    "ARTICLE_ENTITIES",
    "ARTICLES",
    "BYLINES",
    "ENTITIES",
    "ENTITY_CATALOG",
    "INGEST_LOG",
    "PARTITION_COLUMN",
    "REJECTS",
    "RUNS",
    "SCHEMA_VERSION",
    "STORY_SKETCHES",
    "STORY_VERSIONS",
    "TABLES",
    "SchemaViolation",
    "column_names",
    "to_table",
]
