"""NITF 3.x: one story per document.

    nitf/head: title, meta, tobject/tobject.subject, docdata (doc-id, urgency, date.issue,
               du-key, doc.copyright, ed-msg, key-list, @management-status)
    nitf/body/body.head: hedline/hl1, byline, dateline (location, story.date), distributor
    nitf/body/body.content: the text (NITF block and inline elements)

The slug is the du-key ("dynamic use key", the NITF name for a slug).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from wirecopy.transforms.errors import WireFormatError
from wirecopy.transforms.formats import fields
from wirecopy.transforms.formats.html_text import element_text
from wirecopy.transforms.formats.safe_xml import (
    XML_LANG,
    attr,
    child,
    children,
    descendants,
    first,
    local,
    parse_xml,
    text,
)
from wirecopy.transforms.formats.timestamps import local_date, parse_timestamp
from wirecopy.transforms.story import Story

FORMAT = "nitf"


def parse_nitf(text_: str) -> tuple[Story, ...]:
    root = parse_xml(text_)
    if local(root.tag) != "nitf":
        raise WireFormatError(f"root element <{local(root.tag)}> is not nitf", reason="unsupported_format")
    return (story_from_nitf(root, index=0, source_format=FORMAT),)


def story_from_nitf(root: ET.Element, *, index: int, source_format: str) -> Story:
    """A Story from an <nitf> element: also the body of NewsML 1 items that embed NITF."""
    head, body = child(root, "head"), child(root, "body")
    body_head = child(body, "body.head")
    content = child(body, "body.content")
    text_ = element_text(content) if content is not None else ""
    if not text_.strip():
        raise WireFormatError("NITF document with an empty body.content", reason="no_body")
    docdata = child(head, "docdata")
    issued = parse_timestamp(attr(child(docdata, "date.issue"), "norm"))
    released = parse_timestamp(attr(child(docdata, "date.release"), "norm"))
    story_date = parse_timestamp(attr(first(body_head, "story.date") if body_head is not None else None, "norm"))
    du_key = child(docdata, "du-key")
    meta = {m.get("name", "").casefold(): m.get("content") for m in children(head, "meta")} if head is not None else {}
    dateline = child(body_head, "dateline")
    return Story(
        source_format=source_format,
        index=index,
        headline=text(child(body_head, "hedline", "hl1")) or text(child(head, "title")),
        text=text_,
        metadata_date=local_date(story_date, issued, released),
        agency=fields.agency(
            attr(first(docdata, "from-src") if docdata is not None else None, "src-name"),
            text(child(body_head, "distributor")), attr(child(docdata, "doc.copyright"), "holder"),
            meta.get("provider"), meta.get("source"),
        ),
        source_id=attr(child(docdata, "doc-id"), "id-string"),
        version=attr(du_key, "version"),
        slug=attr(du_key, "key"),
        priority=fields.priority(attr(child(docdata, "urgency"), "ed-urg")),
        category=fields.clean(meta.get("category")),
        subjects=fields.unique([_subject(s) for s in descendants(head, "tobject.subject")] if head is not None else []),
        pubstatus=fields.pubstatus(attr(docdata, "management-status")),
        first_created=issued,
        version_created=issued or released,
        ednote=attr(child(docdata, "ed-msg"), "info"),
        byline_text=_byline_text(child(body_head, "byline")),
        credits=_more_bylines(body_head),
        dateline_text=text(dateline),
        located=text(first(dateline, "city")) if dateline is not None else None,
        language=attr(root, XML_LANG) or attr(child(head, "docdata", "language"), "lang") or attr(body, XML_LANG),
    )


def _byline_text(element: ET.Element | None) -> str | None:
    """The credit line with its elements kept apart: `By JANE DOE<byttl>AP Writer</byttl>` is two words, not one.

    A reader sees the <byttl> (or <person>) as set apart from the text
    before it; joined as printed, the name and the title run together
    ("DOEAP") and neither reads.
    """
    if element is None:
        return None
    joined = " ".join(" ".join(element.itertext()).split())
    return _SPACE_BEFORE_PUNCTUATION.sub("", joined) or None


_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+(?=[,;.])")


def _more_bylines(body_head: ET.Element | None) -> tuple[tuple[str, str], ...]:
    """People of the second and later <byline>s, with the role their <byttl> names ("Staff Photographer")."""
    if body_head is None:
        return ()
    credits = []
    for line in list(children(body_head, "byline"))[1:]:
        title = (text(child(line, "byttl")) or "").casefold()
        role = next((r for word, r in _TITLE_ROLES if word in title), "author")
        credits.extend((name, role) for p in children(line, "person") if (name := text(p)))
    return tuple(credits)


# A <byttl> word and the byline role it gives.
_TITLE_ROLES = (("photo", "photo"), ("editor", "editing"), ("video", "video"), ("graphic", "graphics"))


def _subject(element: ET.Element) -> str:
    refnum = attr(element, "tobject.subject.refnum")
    if refnum:
        return refnum if ":" in refnum else f"subj:{refnum}"
    return attr(element, "tobject.subject.type", "tobject.subject.matter") or ""
