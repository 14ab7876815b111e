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

# How readers see the partition level (DuckDB, Spark and BigQuery read it as a DATE).
PARTITION_FIELD = pa.field(PARTITION_COLUMN, pa.date32(), nullable=False, metadata={
    "description": "Partition directory level (Hive): the UTC day the run ingested the rows."})


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
    _f("source_format", pa.string(),
       "Format the story was parsed from: text, iptc7901, anpa1312, newsml-g2, newsml1, nitf, ninjs, agency-xml, "
       "html.",
       nullable=False),
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
    _f("reference_date_source", pa.string(), "Where reference_date came from: metadata, cli, manifest, mtime.",
       nullable=True),
    _f("byline_raw", pa.string(), "Credit lines as printed, newline-separated.", nullable=True),
    _f("signoff_raw", pa.string(), "The sign-off line removed from the body (e-mail, redacted e-mail, desk initials).",
       nullable=True),
    _f("body", pa.string(),
       "The clean story text: dateline, credits and trailers removed; paragraphs separated by blank lines.",
       nullable=False),
    _f("word_count", pa.int32(), "Whitespace-separated words in body.", nullable=False),
    _f("ingested_at", TS, "When this run ingested the story.", nullable=False),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
    _f("headline_raw", pa.string(),
       "The headline as printed, version markers such as '(LEAD)' or 'UPDATE 2-' included.", nullable=True),
    _f("version_markers", pa.list_(pa.string()),
       "Version and urgency markers as printed, taken off headline and head: '(2nd LD)', 'UPDATE 2-', 'CORRECTED-', "
       "'(URGENT)'.", nullable=False),
    _f("version_number", pa.int16(),
       "Write-through number the markers carry: '(LEAD)' 1, '(2nd LD)' 2, 'UPDATE 3-' 3; null for an original.",
       nullable=True),
    _f("is_correction", pa.bool_(),
       "True when a marker or an editor's note says the story corrects an earlier version.", nullable=False),
    _f("notes", pa.list_(pa.string()),
       "Editor's notes removed from the copy, as printed: '(ATTN: ADDS details in paras 4-5)', 'Eds: ...', dpa notes "
       "to editors.", nullable=False),
    _f("agency_source", pa.string(), "What named the agency: dateline, metadata, signoff, email, byline, trailer.",
       nullable=True),
    _f("dateline_form", pa.string(),
       "Form of the dateline grammar that matched: tagged, tag-first, tag-only, bare-credit, dashed, iso, bare, "
       "stopped, line, spaced, colons, fields, comma, cyrillic (a lead in Cyrillic script), script (a lead in Arabic, "
       "Devanagari, Bengali, Greek, Armenian or Georgian script), metadata "
       "(`wirecopy inspect` says what each means).",
       nullable=True),
    _f("dateline_places", pa.list_(pa.string()),
       "Every place of a multi-place dateline in normal case: ['Dubai', 'Washington'].", nullable=True),
    _f("dateline_place_basis", pa.string(),
       "Why the gazetteer chose the city: qualifier, qualifier-only, standalone, country-name, capital, home-country, "
       "population, special, coordinates (the city nearest the coordinates the metadata gives).", nullable=True),
    _f("dateline_geonames_id", pa.int64(), "GeoNames id of the dateline city (null when only its qualifier is known).",
       nullable=True),
    _f("dateline_latitude", pa.float64(), "Latitude of the dateline city.", nullable=True),
    _f("dateline_longitude", pa.float64(), "Longitude of the dateline city.", nullable=True),
    _f("dateline_timezone", pa.string(), "IANA time zone of the dateline city: 'Asia/Seoul'.", nullable=True),
    _f("dateline_date_source", pa.string(),
       "What decided dateline_date: dateline (year printed), or the reference a year-less or undated dateline was "
       "resolved against: dateline+metadata, dateline+reference (--reference-date), dateline+received (received-times "
       "file), dateline+transmission (a stamp or timestamp in the copy), dateline+published (a publication date "
       "printed with the story), dateline+file-time (a file time that agrees with the dateline), and metadata, "
       "reference, received, transmission, published, file-time for an undated one; undecided when nothing decided "
       "it (the date is then null). A story with no dateline: the day it was filed, from metadata (the format's "
       "date), published (a date line printed over it), else its reference (reference, received, or file-time from "
       "a file time that looks like one of transmission); null where none is known.", nullable=True),
    _f("transmitted_at", TS, "When the story moved, in UTC, when the copy or the format's metadata carries a time.",
       nullable=True),
    _f("transmitted_at_local", pa.timestamp("us"), "The same moment as wall-clock time in dateline_timezone.",
       nullable=True),
    _f("transmitted_at_raw", pa.string(),
       "The transmission time as printed ('AP-WF-06-29-17 2350GMT', 'lb/jm 1234 GMT' -> '1234 GMT'), or 'metadata'.",
       nullable=True),
    _f("transmitted_at_source", pa.string(), "Where the transmission time came from: copy or metadata.", nullable=True),
    _f("signoff_initials", pa.string(), "Desk initials of the sign-off removed from the body: 'lb/jm', 'bwh bag'.",
       nullable=True),
    # What structured formats carry (null for plain text and where a format leaves it out).
    _f("source_id", pa.string(),
       "The item's own id: NewsML-G2 guid, ninjs uri, NITF doc-id, NewsML 1 PublicIdentifier, 7901/ANPA service + "
       "message number.", nullable=True),
    _f("version", pa.string(),
       "Version as the format prints it: '5' (NewsML-G2), '1st Ld-Writethru' (ANPA), '1ST LEAD' (7901).",
       nullable=True),
    _f("slug", pa.string(), "Keyword / slugline: 'US-SYRIA-CRISIS-ASSAD', NITF du-key.", nullable=True),
    _f("priority", pa.int8(),
       "Urgency on the IPTC scale, 1 (flash) to 9 (lowest); ANPA letters mapped (f=1, b=2, u=3, r=5, d=6).",
       nullable=True),
    _f("category", pa.string(), "Category code of the ANPA / IPTC 7901 header (or NITF meta category).", nullable=True),
    _f("subjects", pa.list_(pa.string()),
       "Subject codes as carried: 'medtop:20000538', 'subj:04016000', ninjs subject code or uri.", nullable=True),
    _f("pubstatus", pa.string(), "Publication status: usable, withheld, canceled.", nullable=True),
    _f("signals", pa.list_(pa.string()),
       "Processing signals as carried: 'sig:update', 'sig:correction', NewsML 1 instructions.", nullable=True),
    _f("first_created", TS, "When the first version of the item was created, per its metadata (UTC).", nullable=True),
    _f("version_created", TS, "When this version was created or transmitted, per its metadata (UTC).", nullable=True),
    _f("ednote", pa.string(), "Note to editors carried with the story (not for publication).", nullable=True),
    _f("language", pa.string(), "Language of the story as the metadata declares it (BCP 47).", nullable=True),
)

BYLINES = _schema(
    "bylines",
    "One row per credited person (or e-mail-only credit).",
    _f("article_id", pa.string(), "The article credited.", nullable=False),
    _f("position", pa.int16(), "Order in the credit, from 0.", nullable=False),
    _f("name", pa.string(), "Person's name in normal case: 'Jane O'Brien'. Null for an e-mail-only credit.",
       nullable=True),
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
    _f("entity_key", pa.string(),
       "Canonical key shared by the mentions of one entity, e.g. 'PERSON:jens-stoltenberg'.", nullable=False),
    _f("canonical_name", pa.string(), "The fullest form of the entity's name in the story.", nullable=False),
    _f("model", pa.string(), "spaCy pipeline that found the mention, name and version.", nullable=False),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
    _f("country_code", pa.string(), "ISO 3166-1 alpha-2 country the entity is or belongs to: a place's country, "
       "a demonym's ('North Korean' -> KP), an agency's home. Null when unknown.", nullable=True),
    _f("geonames_id", pa.int64(), "GeoNames id of a place (country, city, US state, continent), linked offline.",
       nullable=True),
    _f("latitude", pa.float64(), "Latitude of a linked city or continent (WGS84 degrees; null for countries and "
       "regions).", nullable=True),
    _f("longitude", pa.float64(), "Longitude of a linked city or continent (WGS84 degrees).", nullable=True),
)

ARTICLE_ENTITIES = _schema(
    "article_entities",
    "One row per named entity per article: how much the story is about it. Names only (PERSON, NORP, FAC, ORG, "
    "GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE): dates, numbers and amounts stay in entities alone.",
    _f("article_id", pa.string(), "The article.", nullable=False),
    _f("entity_key", pa.string(), "The entity (entities.entity_key, entity_catalog.entity_key).", nullable=False),
    _f("label", pa.string(), "spaCy OntoNotes label of the entity in this article.", nullable=False),
    _f("canonical_name", pa.string(), "The entity's canonical name: a gazetteer name or the fullest form in the story.",
       nullable=False),
    _f("mentions", pa.int32(), "Mentions of the entity in the article body.", nullable=False),
    _f("first_start_char", pa.int32(), "Offset in articles.body of the first mention.", nullable=False),
    _f("in_headline", pa.bool_(), "True when the headline names the entity (any form it takes in the body).",
       nullable=False),
    _f("in_lead", pa.bool_(), "True when the lead paragraph (the body's first) mentions the entity.", nullable=False),
    _f("salience", pa.float64(), "0..1: 0.35 x in_headline + 0.25 x in_lead + 0.25 x mentions / most mentions of any "
       "entity in the article + 0.15 x how early the first mention comes.", nullable=False),
    _f("country_code", pa.string(), "ISO 3166-1 alpha-2 country the entity is or belongs to (see entities).",
       nullable=True),
    _f("geonames_id", pa.int64(), "GeoNames id of a linked place.", nullable=True),
    _f("latitude", pa.float64(), "Latitude of a linked city or continent.", nullable=True),
    _f("longitude", pa.float64(), "Longitude of a linked city or continent.", nullable=True),
    _f("story_date", pa.date32(), "The story's date: dateline_date, else its reference date, else the day it was "
       "ingested. entity_catalog's first_seen and last_seen come from it.", nullable=False),
    _f("model", pa.string(), "spaCy pipeline that found the mentions, name and version.", nullable=False),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
)

ENTITY_CATALOG = _schema(
    "entity_catalog",
    "One row per entity_key per run that changed it: the entity's state over the whole warehouse after that run. "
    "Append-only; the row with the latest updated_at is current (`wirecopy query` exposes that as entity_catalog, "
    "all rows as entity_catalog_history). A row with articles = 0 says the entity left the warehouse.",
    _f("entity_key", pa.string(), "The entity: 'PERSON:jens-stoltenberg', 'GPE:south-korea'.", nullable=False),
    _f("label", pa.string(), "spaCy OntoNotes label.", nullable=False),
    _f("canonical_name", pa.string(), "Canonical name: a gazetteer name, else the fullest form stories print.",
       nullable=False),
    _f("country_code", pa.string(), "ISO 3166-1 alpha-2 country the entity is or belongs to.", nullable=True),
    _f("geonames_id", pa.int64(), "GeoNames id of a linked place.", nullable=True),
    _f("latitude", pa.float64(), "Latitude of a linked city or continent.", nullable=True),
    _f("longitude", pa.float64(), "Longitude of a linked city or continent.", nullable=True),
    _f("first_seen", pa.date32(), "Earliest story_date of an article naming the entity (null when articles = 0).",
       nullable=True),
    _f("last_seen", pa.date32(), "Latest story_date of an article naming the entity (null when articles = 0).",
       nullable=True),
    _f("articles", pa.int64(), "Articles naming the entity.", nullable=False),
    _f("mentions", pa.int64(), "Mentions of the entity over all articles.", nullable=False),
    _f("updated_at", TS, "When the run that wrote this state committed.", nullable=False),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
)

REJECTS = _schema(
    "rejects",
    "One row per input that did not become an article.",
    _f("source_uri", pa.string(), "The input file's path or URL.", nullable=False),
    _f("reason", pa.string(),
       "Stable reason code: binary, undecodable, mixed_encoding, empty, duplicate, no_story, no_body, malformed_xml, "
       "xml_forbidden, malformed_json, too_deep, unsupported_format, too_large, unreadable, not_a_file, ...",
       nullable=False),
    _f("detail", pa.string(), "Human-readable explanation.", nullable=True),
    _f("content_sha256", pa.string(), "SHA-256 of the input's bytes (of the path when unreadable).", nullable=False),
    _f("size_bytes", pa.int64(), "Size of the input in bytes.", nullable=True),
    _f("rejected_at", TS, "When the run rejected the input.", nullable=False),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
    _f("quarantine_uri", pa.string(), "Where a copy of the rejected bytes was kept (wirecopy run --quarantine DIR).",
       nullable=True),
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
    _f("snapshot_version", pa.int64(),
       "The run's sequence number: the version of the Delta `txn` action (app id wirecopy) its commits carry.",
       nullable=True),
    _f("table_versions", pa.string(),
       "JSON object: the Delta version of every table once this run was committed (what readers pin).", nullable=True),
)

INGEST_LOG = _schema(
    "ingest_log",
    "One row per input file a run took or re-checked: what a later run compares to decide what is new.",
    _f("source_uri", pa.string(), "The input file's path or URL.", nullable=False),
    _f("size_bytes", pa.int64(), "Size of the file when the run saw it.", nullable=True),
    _f("mtime", TS, "Modification time of the file when the run saw it.", nullable=True),
    _f("content_sha256", pa.string(), "SHA-256 of the file's bytes.", nullable=False),
    _f("outcome", pa.string(),
       "articles (became articles), reject (became a rejects row), unchanged (touched, same bytes).", nullable=False),
    _f("reason", pa.string(), "The reject reason when outcome is reject.", nullable=True),
    _f("articles", pa.int32(), "Article rows the file gave in this run.", nullable=False),
    _f("logged_at", TS, "When the run that wrote the row started.", nullable=False),
    _f("run_id", pa.string(), "The run that took the file.", nullable=False),
)

STORY_VERSIONS = _schema(
    "story_versions",
    "One row per article: the story it is a version of, its place among the versions, what changed.",
    _f("article_id", pa.string(), "The article (one version of a story).", nullable=False),
    _f("story_id", pa.string(), "Shared by every version of one story; fixed when the story is first seen.",
       nullable=False),
    _f("agency", pa.string(), "The agency of the story (versions never span agencies).", nullable=True),
    _f("version", pa.int32(), "Place among the story's versions, from 1.", nullable=False),
    _f("is_latest", pa.bool_(), "True for exactly one version of each story: the last one sent.", nullable=False),
    _f("change", pa.string(),
       "What this version is: first, urgent, lead, update, writethru, correction, refile, revision, kill.",
       nullable=False),
    _f("marker", pa.string(), "The version marker as printed: '(2nd LD)', 'UPDATE 2', 'CORRECTED', 'KILL'.",
       nullable=True),
    _f("ordinal", pa.int32(), "Write-through number the marker states: (LEAD) 1, (2nd LD) 2, UPDATE 3 3.",
       nullable=True),
    _f("sent_at", TS, "When the version was sent, as far as known (the input file's modification time).",
       nullable=True),
    _f("story_killed", pa.bool_(), "True on every version of a story a kill withdrew.", nullable=False),
    _f("matched_by", pa.string(), "How the article joined its story: new, format_id, near_duplicate, headline.",
       nullable=False),
    _f("similarity", pa.float32(),
       "Estimated share of the shorter body's word shingles found in the version it matched "
       "(wirecopy.transforms.text.sketch.overlap).", nullable=True),
    _f("run_id", pa.string(), "The run that wrote the row (rows are rewritten when a later version arrives).",
       nullable=False),
)

STORY_SKETCHES = _schema(
    "story_sketches",
    "One row per article: what story matching remembers of it (internal; written once, never rewritten).",
    _f("article_id", pa.string(), "The article sketched.", nullable=False),
    _f("agency", pa.string(), "Canonical agency short name.", nullable=True),
    _f("headline_key", pa.string(), "Headline without version markers, lower case, single-spaced.", nullable=True),
    _f("content_key", pa.string(), "Hash of agency, marker-free headline and body: equal for a resent story.",
       nullable=False),
    _f("story_key", pa.string(), "Story identity from format metadata (NewsML guid; 7901 slug plus agency), if any.",
       nullable=True),
    _f("minhash", pa.binary(),
       "MinHash signature of the body's word shingles (little-endian uint32s); empty when too short.", nullable=False),
    _f("shingles", pa.int32(), "Distinct word shingles in the body: turns estimated Jaccard into containment.",
       nullable=False),
    _f("marker", pa.string(), "The version marker as printed.", nullable=True),
    _f("ordinal", pa.int32(), "Write-through number the marker states.", nullable=True),
    _f("change", pa.string(), "What the marker says this version is (first when unmarked).", nullable=False),
    _f("sent_at", TS, "When the version was sent, as far as known.", nullable=True),
    _f("run_id", pa.string(), "The run that wrote the row.", nullable=False),
)

TABLES: dict[str, pa.Schema] = {
    s.metadata[b"table"].decode(): s
    for s in (ARTICLES, BYLINES, ENTITIES, REJECTS, RUNS, ARTICLE_ENTITIES, ENTITY_CATALOG,
              INGEST_LOG, STORY_VERSIONS, STORY_SKETCHES)
}


def column_names(table: str) -> list[str]:
    return TABLES[table].names
