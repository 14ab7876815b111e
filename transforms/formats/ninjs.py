"""ninjs (IPTC News in JSON) 1.x and 2.x: one object, an array of them, or one per line.

    1.x: uri, type, version, firstcreated, versioncreated, pubstatus, urgency, headline,
         byline, located, body_text, body_html, slugline, ednote, language, subject[{code,name}]
    2.x: the same with headlines[{role,value}], bodies[{role,contenttype,value}], by,
         subjects[{uri,literal,name}], infosources, copyrightholder
    3.x: the 2.x names in camelCase (versionCreated, copyrightHolder, pubStatus, contentType):
         keys are read without regard to case
    drafts of 1.x still in IPTC's examples: headline[{name,text}], body[{name,value}]
    all: authors[{name,role}] as feeds print them (Superdesk); descriptions[{role,value}]
         stand in for the text of an item that carries no body (a brief, an alert)

Only text items are stories (pictures and video are passed over). Values of
the wrong JSON type are treated as absent, never trusted. Nesting is checked
before the JSON is parsed: a document nested deeper than any ninjs needs is
refused as `too_deep`, not left to blow the parser's stack.
"""

from __future__ import annotations

import json
import re

from wirecopy.transforms.errors import UnsafeInputError, WireFormatError
from wirecopy.transforms.formats import fields
from wirecopy.transforms.formats.html_text import html_text
from wirecopy.transforms.formats.timestamps import local_date, parse_timestamp
from wirecopy.transforms.story import Story

FORMAT = "ninjs"
# ninjs nests objects about four deep (associations of renditions).
MAX_DEPTH = 64
# Item types that are not text ("advisory", "composite" and types a feed invents are read as text).
_NOT_TEXT = frozenset({"picture", "graphic", "video", "audio", "image", "photo", "interactive"})
# How deep an API's envelopes may wrap the items: {"data": {"items": [...]}} is two.
_MAX_ENVELOPES = 3
_NINJS_KEYS = frozenset({"uri", "headline", "headlines", "body_text", "body_html", "bodies", "versioncreated"})


def parse_ninjs(text: str) -> tuple[Story, ...]:
    values = _load(text)
    items = _items(values)
    if not items and not any(isinstance(c, dict) for v in values for c in (v if isinstance(v, list) else [v])):
        # `[1, 2, 3]`, a string, a number: JSON, but no object of any format.
        raise WireFormatError("JSON holds no object at all, so no story", reason="malformed_json")
    if not items:
        raise WireFormatError("JSON holds no ninjs object (uri, headline(s), body...)", reason="unsupported_format")
    stories = [s for i, item in enumerate(items) if (s := _item(item, i)) is not None]
    if not stories:
        raise WireFormatError(f"{len(items)} ninjs item(s) but none with a text body", reason="no_body")
    return tuple(stories)


def _load(text: str) -> list[object]:
    """One JSON value, or JSON Lines (one value per line)."""
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise UnsafeInputError(f"JSON nested {depth} deep (limit {MAX_DEPTH})", reason="too_deep")
    try:
        return [json.loads(text)]
    except json.JSONDecodeError as whole:
        lines = [line for line in text.splitlines() if line.strip()]
        if whole.msg != "Extra data" or len(lines) < 2:
            raise WireFormatError(f"invalid JSON: {whole}", reason="malformed_json") from None
        try:
            return [json.loads(line) for line in lines]
        except json.JSONDecodeError as exc:
            raise WireFormatError(f"invalid JSON Lines: {exc}", reason="malformed_json") from None
        except (ValueError, RecursionError) as exc:
            raise WireFormatError(f"invalid JSON Lines: {exc}", reason="malformed_json") from None
    except (ValueError, RecursionError) as exc:  # over-long integers; a stack the check did not foresee
        raise WireFormatError(f"invalid JSON: {exc}", reason="malformed_json") from None


def nesting_depth(text: str) -> int:
    """Deepest nesting of [ and { outside strings, without parsing."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _items(values: list[object]) -> list[dict]:
    """The ninjs objects of the values, also inside an API's envelope ({"total": 1, "item": [...]}, "data": ...).

    An envelope is any object that is not an item itself; its lists and
    objects are looked into a few levels down. An item's own objects
    (associations, renditions) are never looked into.
    """
    found: list[dict] = []

    def walk(value: object, depth: int) -> None:
        if isinstance(value, list):
            for element in value:
                walk(element, depth)
        elif isinstance(value, dict):
            if _NINJS_KEYS & {k.casefold() for k in value.keys() if isinstance(k, str)}:
                found.append(_casefolded(value))
            elif depth < _MAX_ENVELOPES:
                for inner in value.values():
                    if isinstance(inner, (list, dict)):
                        walk(inner, depth + 1)

    for value in values:
        walk(value, 0)
    return found


def _casefolded(item: dict) -> dict:
    """The item with its keys in lower case: ninjs 3 spells `versionCreated` what 1.x spells `versioncreated`.

    Where both spellings are present the lower-case one (the older standard's) wins.
    """
    folded: dict = {}
    for key, value in item.items():
        if isinstance(key, str) and (key.casefold() not in folded or key == key.casefold()):
            folded[key.casefold()] = value
    return folded


def _item(item: dict, index: int) -> Story | None:
    kind = fields.clean(item.get("type"))
    if kind is not None and kind.casefold() in _NOT_TEXT:
        return None
    body = _body(item)
    if not body.strip():
        return None
    first_created = parse_timestamp(fields.clean(item.get("firstcreated")))
    version_created = parse_timestamp(fields.clean(item.get("versioncreated")))
    content_created = parse_timestamp(fields.clean(item.get("contentcreated")))
    return Story(
        source_format=FORMAT,
        index=index,
        headline=_headline(item),
        text=body,
        metadata_date=local_date(first_created, content_created, version_created),
        # `source` (Superdesk's and AP's feeds) names who wrote the item; the copyright holder may be
        # the distributor (AAP sending Reuters copy).
        agency=fields.agency(
            fields.clean(item.get("source")) if isinstance(item.get("source"), str) else None,
            fields.clean(item.get("copyrightholder")),
            *(fields.clean(s.get("name")) for s in _objects(item.get("infosources"))),
            fields.clean(item.get("provider")) if isinstance(item.get("provider"), str) else None,
            _host(item.get("uri")),
        ),
        source_id=fields.clean(item.get("uri")),
        version=_string(item.get("version")),
        slug=fields.clean(item.get("slugline")),
        priority=fields.priority(item.get("urgency")),
        subjects=fields.unique([_subject(s) for s in _objects(item.get("subjects")) + _objects(item.get("subject"))]),
        pubstatus=fields.pubstatus(fields.clean(item.get("pubstatus"))),
        signals=fields.unique([s for s in _strings(item.get("signals"))]),
        first_created=first_created or content_created,
        version_created=version_created,
        ednote=fields.clean(item.get("ednote")),
        byline_text=fields.shared_surname(fields.clean(item.get("by")) or fields.clean(item.get("byline"))),
        located=_located(item.get("located")),
        language=fields.clean(item.get("language")),
        credits=_authors(item.get("authors")),
    )


def _body(item: dict) -> str:
    if text := _plain(item.get("body_text")):
        return text
    if isinstance(item.get("body_html"), str):
        return html_text(item["body_html"])
    bodies = [_casefolded(b) for b in _objects(item.get("bodies")) + _objects(item.get("body"))]
    if text := _first_text(bodies, {"main", "text", "html", "xhtml", "html5"}):
        return text
    # No body: a brief or an alert carries its words as the description.
    descriptions = [_casefolded(d) for d in _objects(item.get("descriptions"))]
    return _first_text(descriptions, {"text", "lead", "summary", "main"}) or _plain(item.get("description_text")) or ""


def _first_text(parts: list[dict], preferred: set[str]) -> str:
    """Text of the first part whose role (or 1.x `name`) is preferred, else of the first part with any text.

    Parts in markup that is not HTML (an agency's own XML, NITF) are read for their words all the same.
    """
    def role(part: dict) -> str:
        return (fields.clean(part.get("role")) or fields.clean(part.get("name")) or "main").casefold()

    for part in sorted(parts, key=lambda p: role(p) not in preferred):
        value = part.get("value")
        if not isinstance(value, str) or not value.strip():
            continue
        kind = (fields.clean(part.get("contenttype")) or fields.clean(part.get("mimetype")) or "").casefold()
        markup = any(k in kind for k in ("html", "xml", "nitf")) or (not kind and value.lstrip().startswith("<"))
        if text := (html_text(value) if markup else value).strip():
            return text
    return ""


def _plain(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _headline(item: dict) -> str | None:
    if headline := fields.clean(item.get("headline")):
        return headline
    headlines = _objects(item.get("headlines")) + _objects(item.get("headline"))
    main = [h for h in headlines if (fields.clean(h.get("role")) or fields.clean(h.get("name")) or "main") == "main"]
    return next((v for h in main or headlines if (v := fields.clean(h.get("value")) or fields.clean(h.get("text")))),
                None)


def _host(uri: object) -> str | None:
    """The host of an item's http(s) URI ("www.businesswire.com"), which names its publisher."""
    value = fields.clean(uri)
    if value is None:
        return None
    m = re.match(r"(?i)https?://([a-z0-9.-]+)", value)
    return m.group(1) if m else None


def _subject(subject: dict) -> str:
    for key in ("code", "uri", "qcode", "literal", "name"):
        if value := fields.clean(subject.get(key)):
            return value
    return ""


def _authors(value: object) -> tuple[tuple[str, str], ...]:
    """People an item's `authors` list credits ({"name": ..., "role": "writer"}), as (name, byline role)."""
    return tuple((name, fields.credit_role(fields.clean(a.get("role"))) or "author")
                 for a in _objects(value) if (name := fields.clean(a.get("name"))))


def _located(value: object) -> str | None:
    if isinstance(value, dict):
        return fields.clean(value.get("name"))
    return fields.clean(value)


def _string(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return fields.clean(value)


def _objects(value: object) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
