"""Articles and mentions as table rows, keyed by the columns of schemas/.

Row dicts are checked against the schemas by schemas.to_table before any
write, so a misspelt or missing key fails here, naming the article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from wirecopy.transforms.leads import markers
from wirecopy.transforms.ner.entities import Mention
from wirecopy.transforms.ner.salience import ArticleEntity
from wirecopy.transforms.story import Article


@dataclass(frozen=True, slots=True)
class Lineage:
    """Where a story came from and which run wrote it."""

    source_uri: str
    content_sha256: str
    encoding: str
    run_id: str
    ingested_at: dt.datetime


def article_id(content_sha256: str, story_index: int) -> str:
    """Derived from the input's bytes and the story's place in it: stable across runs."""
    return hashlib.sha256(f"{content_sha256}:{story_index}".encode()).hexdigest()[:32]


def article_row(article: Article, lineage: Lineage) -> dict[str, object]:
    story, dateline = article.story, article.dateline
    return {
        "article_id": article_id(lineage.content_sha256, story.index),
        "source_uri": lineage.source_uri,
        "source_format": story.source_format,
        "story_index": story.index,
        "content_sha256": lineage.content_sha256,
        "encoding": lineage.encoding,
        "agency": article.agency,
        "headline": article.headline,
        "dateline_raw": dateline.raw if dateline else None,
        "dateline_city": dateline.city if dateline else None,
        "dateline_region": dateline.region if dateline else None,
        "dateline_country": dateline.country if dateline else None,
        "dateline_date": dateline.date if dateline else article.filed_date,
        "reference_date": article.reference.date,
        "reference_date_source": article.reference.source,
        "byline_raw": "\n".join(article.byline.raw) or None,
        "signoff_raw": article.byline.signoff.raw if article.byline.signoff else None,
        "body": article.body,
        "word_count": len(article.body.split()),
        "ingested_at": lineage.ingested_at,
        "run_id": lineage.run_id,
        "source_id": story.source_id,
        "version": story.version,
        "slug": story.slug,
        "priority": story.priority,
        "category": story.category,
        "subjects": list(story.subjects) or None,
        "pubstatus": story.pubstatus,
        "signals": list(story.signals) or None,
        "first_created": _utc(story.first_created),
        "version_created": _utc(story.version_created),
        "ednote": story.ednote,
        "language": story.language,
        **_provenance_columns(article),
    }


def _provenance_columns(article: Article) -> dict[str, object]:
    """Markers, notes and where each dateline value came from: what a user asks "why?" about."""
    dateline, place, sent = article.dateline, article.dateline.place if article.dateline else None, article.transmission
    signoff = article.byline.signoff
    return {
        "headline_raw": article.headline_raw,
        "version_markers": list(dict.fromkeys(m.raw for m in article.markers)),
        "version_number": markers.version_number(article.markers),
        "is_correction": markers.is_correction(article.markers, article.notes),
        "notes": list(article.notes),
        "agency_source": article.agency_source,
        "dateline_form": dateline.form if dateline else None,
        "dateline_places": list(dateline.place_names) if dateline and dateline.places else None,
        "dateline_place_basis": place.basis if place else None,
        "dateline_geonames_id": place.geonames_id if place else None,
        "dateline_latitude": place.latitude if place else None,
        "dateline_longitude": place.longitude if place else None,
        "dateline_timezone": dateline.timezone if dateline else None,
        "dateline_date_source": dateline.date_source if dateline else article.filed_date_source,
        "transmitted_at": sent.utc if sent else None,
        "transmitted_at_local": sent.local if sent else None,
        "transmitted_at_raw": sent.raw if sent else None,
        "transmitted_at_source": sent.source if sent else None,
        "signoff_initials": signoff.initials if signoff else None,
    }


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    return moment.astimezone(dt.timezone.utc) if moment is not None else None


def byline_rows(article: Article, lineage: Lineage) -> list[dict[str, object]]:
    aid = article_id(lineage.content_sha256, article.story.index)
    return [
        {
            "article_id": aid,
            "position": position,
            "name": person.name,
            "role": person.role,
            "email": person.email,
            "email_redacted": person.email_redacted,
            "title": person.title,
            "location": person.location,
            "run_id": lineage.run_id,
        }
        for position, person in enumerate(article.byline.people)
    ]


def entity_rows(
    article: Article, found: tuple[Mention, ...], lineage: Lineage, model: str
) -> list[dict[str, object]]:
    aid = article_id(lineage.content_sha256, article.story.index)
    return [
        {
            "article_id": aid,
            "start_char": m.start,
            "end_char": m.end,
            "text": m.text,
            "label": m.label,
            "entity_key": m.key,
            "canonical_name": m.canonical_name,
            "model": model,
            "run_id": lineage.run_id,
            "country_code": m.country,
            "geonames_id": m.geonames_id,
            "latitude": m.latitude,
            "longitude": m.longitude,
        }
        for m in found
    ]


def story_date(article: Article, lineage: Lineage) -> dt.date:
    """The date a story is about: its dateline's, else its reference date, else the day it was ingested."""
    if article.dateline is not None and article.dateline.date is not None:
        return article.dateline.date
    return article.reference.date or lineage.ingested_at.date()


def article_entity_rows(
    article: Article, found: tuple[ArticleEntity, ...], lineage: Lineage, model: str
) -> list[dict[str, object]]:
    aid = article_id(lineage.content_sha256, article.story.index)
    day = story_date(article, lineage)
    return [
        {
            "article_id": aid,
            "entity_key": e.key,
            "label": e.label,
            "canonical_name": e.canonical_name,
            "mentions": e.mentions,
            "first_start_char": e.first_start,
            "in_headline": e.in_headline,
            "in_lead": e.in_lead,
            "salience": e.salience,
            "country_code": e.country,
            "geonames_id": e.geonames_id,
            "latitude": e.latitude,
            "longitude": e.longitude,
            "story_date": day,
            "model": model,
            "run_id": lineage.run_id,
        }
        for e in found
    ]


def reject_row(
    source_uri: str, reason: str, detail: str | None, content_sha256: str, size: int | None,
    run_id: str, rejected_at: dt.datetime, quarantine_uri: str | None = None,
) -> dict[str, object]:
    return {
        "source_uri": source_uri,
        "reason": reason,
        "detail": detail,
        "content_sha256": content_sha256,
        "size_bytes": size,
        "rejected_at": rejected_at,
        "run_id": run_id,
        "quarantine_uri": quarantine_uri,
    }
