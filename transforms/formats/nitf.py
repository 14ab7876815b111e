"""NITF 3.x: one story per document.

    nitf/head: title, meta, tobject/tobject.subject, docdata (doc-id, urgency, date.issue,
               date.release, du-key, doc.copyright, ed-msg, key-list, @management-status),
               pubdata (@date.publication: a newspaper's edition date)
    nitf/body/body.head: hedline/hl1, byline (person, byttl), dateline (location, story.date), distributor
    nitf/body/body.content: the text (NITF block and inline elements)
    nitf/body/body.end/tagline: printed under the story; a tagline that is a credit ("Jane Doe
               contributed to this report.") is kept as the text's last paragraph, where credits are
               read; end marks and agency tags there ("ENDS", "EFE") are not text

The slug is the du-key ("dynamic use key", the NITF name for a slug).

The date the story is of: the dateline's story.date; else date.release, the
time the receiver may publish, which is the day an embargoed story is
datelined for (it is sent days before, on date.issue, and speaks of the
release day: "Thursday" in the text is the release's Thursday); a release
earlier than the issue is a slip and is not trusted over it; else
date.issue; else the publication date a newspaper's pubdata prints.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from wirecopy.transforms.bylines import byline
from wirecopy.transforms.errors import WireFormatError
from wirecopy.transforms.formats import fields
from wirecopy.transforms.formats.html_text import PARAGRAPH_SEPARATOR, element_text
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
    body_end = child(body, "body.end")
    tagline = "\n".join(t for e in children(body_end, "tagline") if (t := text(e)) and _is_credit(t)) \
        if body_end is not None else ""
    if text_.strip() and tagline:
        text_ = f"{text_}{PARAGRAPH_SEPARATOR}{tagline}"
    if not text_.strip():
        raise WireFormatError("NITF document with an empty body.content", reason="no_body")
    docdata = child(head, "docdata")
    issued = parse_timestamp(attr(child(docdata, "date.issue"), "norm"))
    released = parse_timestamp(attr(child(docdata, "date.release"), "norm"))
    if released is not None and issued is not None and released < issued:
        released = None
    published = parse_timestamp(fields.clean(attr(child(head, "pubdata"), "date.publication")))
    story_date = parse_timestamp(attr(first(body_head, "story.date") if body_head is not None else None, "norm"))
    du_key = child(docdata, "du-key")
    meta = {m.get("name", "").casefold(): m.get("content") for m in children(head, "meta")} if head is not None else {}
    dateline = child(body_head, "dateline")
    return Story(
        source_format=source_format,
        index=index,
        headline=text(child(body_head, "hedline", "hl1")) or text(child(head, "title")),
        text=text_,
        metadata_date=local_date(story_date, released, issued, published),
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
        version_created=issued or released or published,
        ednote=attr(child(docdata, "ed-msg"), "info"),
        byline_text=byline_text(child(body_head, "byline")),
        credits=_more_bylines(body_head),
        dateline_text=text(dateline),
        located=text(first(dateline, "city")) if dateline is not None else None,
        language=attr(root, XML_LANG) or attr(child(head, "docdata", "language"), "lang") or attr(body, XML_LANG),
    )


def _is_credit(tagline: str) -> bool:
    """Whether a tagline is wholly a credit trailer ("Jane Doe contributed to this report.")."""
    found = byline.match_trailer(tagline)
    return found is not None and found[1] == 0 and bool(found[0])


def byline_text(element: ET.Element | None) -> str | None:
    """The credit line with its elements kept apart: `By JANE DOE<byttl>AP Writer</byttl>` is two words, not one.

    A reader sees the <byttl> (or <person>) as set apart from the text
    before it; joined as printed, the name and the title run together
    ("DOEAP") and neither reads. Where the byline marks its people
    (`By <person>Jane Doe</person> <byttl>Bend Bulletin</byttl>`) the marked
    names are the credit and the title is set off by a comma, as a
    By-line prints it ("By Jane Doe, Bend Bulletin"), after the word the
    byline prints before them ("Por", "Von"; "By" where it prints none);
    a <byttl> alone holds the whole credit. Names written surname first
    ("Okafor, Chinedu") are listed with semicolons and without the title.
    """
    if element is None:
        return None
    people = [name for p in children(element, "person") if (name := _BY_WORD.sub("", text(p) or ""))]
    if people:
        title = text(child(element, "byttl"))
        lead = fields.clean(element.text) or "By"  # the printed word: "By", "Por", "Von"
        if any("," in name for name in people):
            # Surname first ("Okafor, Chinedu"): a list of such names reads with semicolons, and a title
            # after another comma would read as one more name.
            joined = f"{lead} " + "; ".join(people)
        else:
            joined = f"{lead} " + " and ".join(people) + (f", {title}" if title else "")
    else:
        joined = " ".join(" ".join(element.itertext()).split())
    return _SPACE_BEFORE_PUNCTUATION.sub("", joined) or None


# "By" printed inside a <person> ("<person>By Jane Doe</person>").
_BY_WORD = re.compile(r"^\s*by\s+", re.IGNORECASE)


_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+(?=[,;.])")


def _more_bylines(body_head: ET.Element | None) -> tuple[tuple[str, str], ...]:
    """People of the second and later <byline>s, with the role their <byttl> names ("Staff Photographer")."""
    if body_head is None:
        return ()
    credits = []
    for line in list(children(body_head, "byline"))[1:]:
        title = (text(child(line, "byttl")) or "").casefold()
        role = next((r for word, r in _TITLE_ROLES if word in title), "author")
        people = [name for p in children(line, "person") if (name := text(p))]
        if not people and (printed := byline_text(line)) is not None:
            # A co-byline of its own with no <person> marked ("<byline>Jane Doe, Reuters</byline>"): read as
            # a By-line prints it.
            credited = byline.match_by_line(printed) or byline.match_by_line(f"By {printed}") or ()
            people = [p.name for p in credited if p.name]
        credits.extend((name, role) for name in people)
    return tuple(credits)


# A <byttl> word and the byline role it gives.
_TITLE_ROLES = (("photo", "photo"), ("editor", "editing"), ("video", "video"), ("graphic", "graphics"))


def _subject(element: ET.Element) -> str:
    refnum = attr(element, "tobject.subject.refnum")
    if refnum:
        return refnum if ":" in refnum else f"subj:{refnum}"
    return attr(element, "tobject.subject.type", "tobject.subject.matter") or ""
