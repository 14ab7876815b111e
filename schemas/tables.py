"""Declarations of the output tables (the contract of SPEC.md, plus extras).

Each field carries its meaning in metadata["description"]; each schema carries
its table name and SCHEMA_VERSION. Tables are Hive-partitioned on
PARTITION_COLUMN, which is a directory level and therefore not part of the
Parquet files' own schema.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"

# Partition directory level of every table: OUT/<table>/ingest_date=YYYY-MM-DD/.
# Partitioning by the day of ingestion keeps a run's files together and lets a
# scheduled run append without touching older partitions.
PARTITION_COLUMN = "ingest_date"


def _f(name: str, type_: pa.DataType, description: str, *, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": description})


def _schema(table: str, description: str, *fields: pa.Field) -> pa.Schema:
    return pa.schema(
        fields,
        metadata={"table": table, "description": description, "schema_version": SCHEMA_VERSION},
    )


TS = pa.timestamp("us", tz="UTC")

ARTICLES = _schema(
    "articles",
    "One row per story version.",
    _f("article_id", pa.string(), "Stable id: the same input gives the same id on every run.", nullable=False),
    _f("source_uri", pa.string(), "The input file's path or URL.", nullable=False),
    _f("source_format", pa.string(), "Format the story was parsed from: text, iptc7901, anpa1312, newsml-g2, nitf, ninjs.", nullable=False),
    _f("story_index", pa.int32(), "Position of the story inside its file (0 for single-story files).", nullable=False),
    _f("content_sha256", pa.string(), "SHA-256 of the input file's bytes.", nullable=False),
    _f("encoding", pa.string(), "Text encoding the input was decoded from.", nullable=False),
    _f("agency", pa.string(), "Canonical agency short name: Yonhap, AP, Reuters, AFP, ...", nullable=True),
    _f("headline", pa.string(), "The story's headline.", nullable=True),
    _f("dateline_raw", pa.string(), "The dateline as printed, e.g. 'BRUSSELS, July 5 (Yonhap) --'.", nullable=True),
    _f("dateline_city", pa.string(), "Dateline city in normal case: 'Brussels', 'St. Louis'.", nullable=True),
    _f("dateline_region", pa.string(), "Full first-level region name: 'California'.", nullable=True),
    _f("dateline_country", pa.string(), "ISO 3166-1 alpha-2 country code of the dateline place.", nullable=True),
    _f("dateline_date", pa.date32(), "Dateline date with the year resolved.", nullable=True),
    _f("reference_date", pa.date32(), "Date the year of a year-less dateline was resolved against.", nullable=True),
    _f("reference_date_source", pa.string(), "Where reference_date came from: metadata, cli, manifest, mtime.", nullable=True),
    _f("byline_raw", pa.string(), "Credit lines as printed, newline-separated.", nullable=True),
    _f("signoff_raw", pa.string(), "The sign-off line removed from the body (e-mail, redacted e-mail, desk initials).", nullable=True),
    _f("body", pa.string(), "The clean story text: dateline, credits and trailers removed; paragraphs separated by blank lines.", nullable=False),
    _f("word_count", pa.int32(), "Whitespace-separated words in body.", nullable=False),
    _f("ingested_at", TS, "When this run ingested the story.", nullable=False),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
)

BYLINES = _schema(
    "bylines",
    "One row per credited person (or e-mail-only credit).",
    _f("article_id", pa.string(), "The article credited.", nullable=False),
    _f("position", pa.int16(), "Order in the credit, from 0.", nullable=False),
    _f("name", pa.string(), "Person's name in normal case: 'Jane O'Brien'. Null for an e-mail-only credit.", nullable=True),
    _f("role", pa.string(), "author, reporting, additional_reporting, writing, editing, photo, ...", nullable=False),
    _f("email", pa.string(), "E-mail address from the credit or sign-off.", nullable=True),
    _f("email_redacted", pa.bool_(), "True when the copy carried a web-redacted e-mail.", nullable=False),
    _f("title", pa.string(), "Title printed with the name: 'AP Diplomatic Writer'.", nullable=True),
    _f("location", pa.string(), "Where the person reported from: 'Reporting by A in Seoul' -> 'Seoul'.", nullable=True),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
)

ENTITIES = _schema(
    "entities",
    "One row per named-entity mention in an article body.",
    _f("article_id", pa.string(), "The article the mention is in.", nullable=False),
    _f("start_char", pa.int32(), "Offset of the mention's first character in articles.body.", nullable=False),
    _f("end_char", pa.int32(), "Offset one past the mention's last character in articles.body.", nullable=False),
    _f("text", pa.string(), "The mention as written.", nullable=False),
    _f("label", pa.string(), "spaCy OntoNotes label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, ...", nullable=False),
    _f("entity_key", pa.string(), "Canonical key shared by the mentions of one entity, e.g. 'PERSON:jens-stoltenberg'.", nullable=False),
    _f("canonical_name", pa.string(), "The fullest form of the entity's name in the story.", nullable=False),
    _f("model", pa.string(), "spaCy pipeline that found the mention, name and version.", nullable=False),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
)

REJECTS = _schema(
    "rejects",
    "One row per input that did not become an article.",
    _f("source_uri", pa.string(), "The input file's path or URL.", nullable=False),
    _f("reason", pa.string(), "Stable reason code: binary, undecodable, empty, duplicate, no_story, unreadable, ...", nullable=False),
    _f("detail", pa.string(), "Human-readable explanation.", nullable=True),
    _f("content_sha256", pa.string(), "SHA-256 of the input's bytes (of the path when unreadable).", nullable=False),
    _f("size_bytes", pa.int64(), "Size of the input in bytes.", nullable=True),
    _f("rejected_at", TS, "When the run rejected the input.", nullable=False),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
)

RUNS = _schema(
    "runs",
    "One row per flow run.",
    _f("run_id", pa.string(), "Run id (the Prefect flow-run id).", nullable=False),
    _f("started_at", TS, "When the run started.", nullable=False),
    _f("finished_at", TS, "When the run finished writing.", nullable=False),
    _f("source", pa.string(), "The SOURCE argument.", nullable=False),
    _f("reference_date", pa.date32(), "The --reference-date given, if any.", nullable=True),
    _f("reprocess", pa.bool_(), "Whether already-ingested files were taken again.", nullable=False),
    _f("files_seen", pa.int64(), "Files found under SOURCE.", nullable=False),
    _f("files_skipped", pa.int64(), "Files skipped as already ingested.", nullable=False),
    _f("files_ingested", pa.int64(), "Files taken by this run.", nullable=False),
    _f("articles", pa.int64(), "Article rows written.", nullable=False),
    _f("bylines", pa.int64(), "Byline rows written.", nullable=False),
    _f("entities", pa.int64(), "Entity rows written.", nullable=False),
    _f("rejects", pa.int64(), "Reject rows written.", nullable=False),
    _f("model", pa.string(), "spaCy pipeline used for entities.", nullable=False),
    _f("wirecopy_version", pa.string(), "wirecopy version that ran.", nullable=False),
    _f("snapshot_version", pa.int64(), "The table snapshot the run committed (OUT/_snapshots/vNNNNNNNN).", nullable=True),
)

INGEST_LOG = _schema(
    "ingest_log",
    "One row per input file a run took or re-checked: what a later run compares to decide what is new.",
    _f("source_uri", pa.string(), "The input file's path or URL.", nullable=False),
    _f("size_bytes", pa.int64(), "Size of the file when the run saw it.", nullable=True),
    _f("mtime", TS, "Modification time of the file when the run saw it.", nullable=True),
    _f("content_sha256", pa.string(), "SHA-256 of the file's bytes.", nullable=False),
    _f("outcome", pa.string(), "articles (became articles), reject (became a rejects row), unchanged (touched, same bytes).", nullable=False),
    _f("reason", pa.string(), "The reject reason when outcome is reject.", nullable=True),
    _f("articles", pa.int32(), "Article rows the file gave in this run.", nullable=False),
    _f("logged_at", TS, "When the run that wrote the row started.", nullable=False),
    _f("run_id", pa.string(), "The run that took the file.", nullable=False),
)

STORY_VERSIONS = _schema(
    "story_versions",
    "One row per article: the story it is a version of, its place among the versions, what changed.",
    _f("article_id", pa.string(), "The article (one version of a story).", nullable=False),
    _f("story_id", pa.string(), "Shared by every version of one story; fixed when the story is first seen.", nullable=False),
    _f("agency", pa.string(), "The agency of the story (versions never span agencies).", nullable=True),
    _f("version", pa.int32(), "Place among the story's versions, from 1.", nullable=False),
    _f("is_latest", pa.bool_(), "True for exactly one version of each story: the last one sent.", nullable=False),
    _f("change", pa.string(), "What this version is: first, urgent, lead, update, writethru, correction, refile, revision, kill.", nullable=False),
    _f("marker", pa.string(), "The version marker as printed: '(2nd LD)', 'UPDATE 2', 'CORRECTED', 'KILL'.", nullable=True),
    _f("ordinal", pa.int32(), "Write-through number the marker states: (LEAD) 1, (2nd LD) 2, UPDATE 3 3.", nullable=True),
    _f("sent_at", TS, "When the version was sent, as far as known (the input file's modification time).", nullable=True),
    _f("story_killed", pa.bool_(), "True on every version of a story a kill withdrew.", nullable=False),
    _f("matched_by", pa.string(), "How the article joined its story: new, format_id, near_duplicate, headline.", nullable=False),
    _f("similarity", pa.float32(), "Estimated share of the shorter body's word shingles found in the version it matched (transforms.sketch.overlap).", nullable=True),
    _f("run_id", pa.string(), "The run that wrote the row (rows are rewritten when a later version arrives).", nullable=False),
)

STORY_SKETCHES = _schema(
    "story_sketches",
    "One row per article: what story matching remembers of it (internal; written once, never rewritten).",
    _f("article_id", pa.string(), "The article sketched.", nullable=False),
    _f("agency", pa.string(), "Canonical agency short name.", nullable=True),
    _f("headline_key", pa.string(), "Headline without version markers, lower case, single-spaced.", nullable=True),
    _f("content_key", pa.string(), "Hash of agency, marker-free headline and body: equal for a resent story.", nullable=False),
    _f("story_key", pa.string(), "Story identity from format metadata (NewsML guid; 7901 slug plus agency), if any.", nullable=True),
    _f("minhash", pa.binary(), "MinHash signature of the body's word shingles (little-endian uint32s); empty when too short.", nullable=False),
    _f("shingles", pa.int32(), "Distinct word shingles in the body: turns estimated Jaccard into containment.", nullable=False),
    _f("marker", pa.string(), "The version marker as printed.", nullable=True),
    _f("ordinal", pa.int32(), "Write-through number the marker states.", nullable=True),
    _f("change", pa.string(), "What the marker says this version is (first when unmarked).", nullable=False),
    _f("sent_at", TS, "When the version was sent, as far as known.", nullable=True),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
)

TABLES: dict[str, pa.Schema] = {
    s.metadata[b"table"].decode(): s
    for s in (ARTICLES, BYLINES, ENTITIES, REJECTS, RUNS, INGEST_LOG, STORY_VERSIONS, STORY_SKETCHES)
}


def column_names(table: str) -> list[str]:
    return TABLES[table].names
