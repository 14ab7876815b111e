"""Story -> Article: peel the head and tail of wire copy off the story.

Head: editor's notes and version markers (`(LEAD)`, `(ATTN: ...)`,
`Eds: ...`), a credit line (`By ...`, or the bare names RCV1-era Reuters
prints over the dateline), then the dateline opening the lead. Tail: `(END)`
and its kin, transmission stamps (`AP-WF-06-29-17 2350GMT`), dpa's notebook,
the Reuters credit trailer, the e-mail or desk-initials sign-off, the old
`REUTER` sign-off, Reuters' desk contact line (kept with the credit lines).
Headline: version markers (`(2nd LD)`, `UPDATE 2-`) are taken off it. What
is left of the body is reflowed into paragraphs.

The agency comes from the dateline's tag; else from the format's metadata;
else from what the copy signs with (a `REUTER` line, a `dpa` desk
signature, a staff e-mail domain), a title in the By-line, or the house
style of the credit trailer. `Article.agency_source` says which.

What a structured format's metadata says wins over what the text suggests,
and the text fills the rest: the agency the metadata names, its credit line
and named creators (merged with the credits found in the text), its printed
dateline (`<dateline>`, `<DateLine>`). The dateline printed in the body is
still parsed and cut from the body; when the metadata prints none, the body's
stands, and when neither exists, the place the metadata says the story comes
from (`located`). A story with no dateline at all is dated by the day its
metadata says it was filed, else by a date line printed over it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from wirecopy.transforms import dating
from wirecopy.transforms.bylines import byline as bylines
from wirecopy.transforms.bylines.page_meta import read_meta_line
from wirecopy.transforms.knowledge import agencies, places
from wirecopy.transforms.leads import dates, lead_cjk, markers
from wirecopy.transforms.leads import transmission as moved
from wirecopy.transforms.leads.credit_shapes import (
    NOT_AGENCY_WORDS,
    acronym,
    agency_and_day,
    looks_like_agency,
    names_an_outlet,
    news_provider,
    organisation,
    publication,
    source_agency,
)
from wirecopy.transforms.leads.dateline import MARKED_FORMS, Dateline, credit_before_place, parse_dateline
from wirecopy.transforms.leads.lead_openings import initials_alone
from wirecopy.transforms.story import Article, Story
from wirecopy.transforms.text.reflow import reflow

# Lines that end a story's text and carry nothing for the reader.
_END_MARK_RE = re.compile(
    r"(?ix)^(?:\(END\)|\(MORE\)|-?\s*END\s*-?|-0-|\#\#\#|\(ends\)|\[\s*ENDS?\s*\]|\(\s*FIN\s*\)|--\s*30\s*--|-30-)$"
)
# An agency signing the copy with its name alone on a last line: the 1980s
# Reuters "REUTER", Kyodo's "==Kyodo", IANS's "--IANS", Bernama's "-- BERNAMA".
_AGENCY_LINE_RE = re.compile(r"^[-=–—\s(]*(?P<name>[A-Za-z][A-Za-z .'-]{0,30}?)[)\s.]*$")
# "With inputs from QNX" in the languages wires write in: Spanish "Con información de EFE", Portuguese "Com
# informações da Agência Brasil", French "Avec AFP", German "Mit Material von dpa", Italian "Con informazioni di".
_INPUTS_FROM = (r"with[ \t]+inputs?[ \t]+from|con[ \t]+informaci[oó]n[ \t]+de"
                r"|com[ \t]+informa[çc](?:[õo]es|ão)[ \t]+d[aeo]s?|avec"
                r"|mit[ \t]+material[ \t]+(?:von|der)|con[ \t]+informazioni[ \t]+d[ia]")
# An agency signing the story's last line with a mark: "(QNX)", "-- QNX", "/QNX/", a desk's initials after its
# name ("QNX/jm/ab"), the copyright line ("© 2024 Qarzen News Agency"), India's "With inputs from QNX".
_FOOT_CREDIT_RE = re.compile(
    r"^(?:[-=–—]+[ \t]*|\([ \t]*|/[ \t]*|\[[ \t]*)(?P<name>[A-Z][\w&'.-]{1,30}(?:[ \t][A-Z][\w&'.-]{1,30}){0,4})"
    r"[ \t]*[)/\]]?$"
    r"|^(?P<desk>[A-Z][A-Za-z]{1,15})(?:(?:/[a-z]{1,4}){1,3}|/ENDS?(?:/[A-Za-z]{1,4}){0,4})$"
    r"|^(?i:©|\(c\)|copyright)[ \t]*(?:(?:19|20)\d\d[ \t]*)?(?P<owner>[A-Z][\w&'.-]*(?:[ \t][A-Z][\w&'.-]*){0,5}?)"
    r"\.?(?:[ \t]*(?i:all rights reserved)\.?)?$"
    r"|^(?:[-–—*][ \t]*)?(?i:" + _INPUTS_FROM + r")[ \t]+"
    r"(?P<inputs>[^\W\d_][\w&'.-]*(?:[ \t][A-Z][\w&'.-]*){0,4})\.?$"
)
# End marks in any brackets ("[END]", "/ENDS/"), which sign nothing.
_END_WORDS = frozenset({"end", "ends", "eom", "fin", "more", "endit", "ende", "fim", "kraj", "slut", "loppu"})
# The same credit closing the last paragraph after its sentence's end: "... said. (ANI)", "... receded.(GNS)",
# "... said. — IANS", "... said. /QNX/".
_GLUED_FOOT_CREDIT_RE = re.compile(
    r"(?<=[.!?\"”’])[ \t]*(?P<credit>\([ \t]*[A-Za-z][^()\n]{1,38}\)|[-–—]{1,2}[ \t]*[A-Z][\w&'.-]{1,30}"
    r"(?:[ \t][A-Z][\w&'.-]{1,30}){0,3}|/[ \t]*[A-Z][^/\n]{1,28}/)[ \t]*$")
_INPUTS_IN_BRACKETS_RE = re.compile(r"^\((?i:[ \t]*((?:" + _INPUTS_FROM + r")[ \t]+[^()]+?))[ \t]*\)$")
# dpa's notebook: a "# Notebook" section, or the line that fences off what is not for publication.
_NOTEBOOK_RE = re.compile(
    r"(?im)^[ \t]*(?:#[ \t]*Notebook[ \t]*$"
    r"|(?:\*[ \t]*){3,}[ \t]*\n[ \t]*The following information is not intended for publication)"
)
_NOTEBOOK_NOTE_HEADING_RE = re.compile(r"(?i)^#+\s*(?:Note to editors|Notes? for editors|Editor'?s note)\s*$")
_NOTEBOOK_HEADING_RE = re.compile(r"^#+\s*\S")
_BULLET_RE = re.compile(r"^[-*•]\s+")
# A photo's caption over the lead: "(From left) The mayor ...", "(L-R) ...", "Photo: ...".
_CAPTION_RE = re.compile(
    r"(?i)^(?:\((?:[a-z ]{0,20}\b(?:from )?(?:left|right)|l-r|r-l)\b[^()\n]{0,20}\)|(?:photo|picture|caption)\s*:)")
# Reuters' desk contact at the foot of RCV1-era copy: "-- London Newsroom +44 171 542 7717",
# "-- Jane Doe, Copenhagen newsroom +45 3396 9650", "-- Wall Street Desk, 212-859-1734."
# A reporter signing the story's last line: "-- Jane Doe, PNA", "— Tom Lee".
_SIGNED_NAME_RE = re.compile(r"^(?:--|—|–)\s*(?P<who>[^\W\d_][^\d\n]{2,80})$")
# "Jane Doe/QNX/jm" closing the story: the writer, the agency (known, or initials of three letters or more)
# and the desk's initials.
_NAME_SLASH_AGENCY_RE = re.compile(
    r"^(?P<who>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){1,3})[ \t]*/[ \t]*"
    r"(?P<agency>[A-Z][A-Za-z-]{2,15})(?:/[a-z]{1,4}){0,3}$")
_CONTACT_LINE_RE = re.compile(r"^--\s*\S[^\n]{1,80}?[\s,(]\+?\d[\d\s().-]{5,}\)?\.?$")
# Lines a marked dateline may stand under (advisories, bullets), and how long they may be.
_MAX_LEAD_IN = 4
_MAX_STANDFIRSTS = 1
_MAX_LEAD_IN_CHARS = 160
_MAX_STANDFIRST_CHARS = 400
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)]?$")
_TAIL_LINES = 8
# A place name as metadata prints it: a few words of letters, no digits.
_METADATA_PLACE_RE = re.compile(r"^[^\W\d_][^\W\d_.'’-]*\.?(?:[\s.'’-]+[^\W\d_]+\.?){0,4}$")
# "Vatikanstadt (KAP)": a metadata dateline closed by its credit.
_METADATA_CREDIT_RE = re.compile(r"^(?P<place>[^()]{2,80}?)\s*\((?P<credit>[^()]{2,40})\)$")
_MAX_INITIALS = 3
_MAX_KICKER_WORDS = 8
_TAIL_WINDOW = 4000
_MAX_TAIL_PASSES = 4
# A story without a dateline prints its date line among its first lines, over its first paragraph, or not at all.
_DAY_OVER_LINES = 10
_PARAGRAPH_WORDS = 12


@dataclass(slots=True)
class _Tail:
    """What the tail of a story gave up (mutable while it is read)."""

    signoff: bylines.Signoff | None = None
    signed_by: str | None = None  # agency named alone on a last line
    stamp: moved.Stamp | None = None
    notes: list[str] = field(default_factory=list)
    trailer_people: tuple[bylines.Person, ...] = ()
    trailer_raw: list[str] = field(default_factory=list)
    trailer_house: str | None = None
    contacts: list[str] = field(default_factory=list)
    signed_people: tuple[bylines.Person, ...] = ()  # "-- Jane Doe, PNA" under the story


def normalise(story: Story, *, reference_date: dt.date | None) -> Article:
    """Parse dateline, credits and markers out of a story and clean its body."""
    if story.transmitted_at is None and story.version_created is not None:
        # A format's version timestamp is when this version moved.
        story = dataclasses.replace(story, transmitted_at=story.version_created)
    headline, headline_markers = markers.split_headline(story.headline) if story.headline else (None, ())
    lines = _without_repeated_headline(story.text.strip("\n").split("\n"), story.headline)
    notes: list[str] = []
    found_markers: list[markers.Marker] = list(headline_markers)
    head_people: list[bylines.Person] = []
    head_raw: list[str] = []
    providers: list[str] = []  # a news service's name or a source label's agency over the lead
    head_stamp: moved.Stamp | None = None
    published: dt.date | None = None
    i = 0
    while i < len(lines):
        line = bylines.strip_artefacts(lines[i])
        if not line:
            i += 1
            continue
        if (note := markers.read_note_line(line)) is not None:
            if note[0]:
                notes.append(note[0])
            found_markers.extend(note[1])
        elif (meta := read_meta_line(line)) is not None:
            # "ANI | Updated: Jun 03, 2024 10:32 IST", "Posted on June 3, 2024 by IANS": a page's meta line
            head_stamp, published = head_stamp or meta.stamp, published or meta.day
            providers.extend([meta.agency] if meta.agency else [])
            head_people.extend(meta.people)
            head_raw.extend([line] if meta.people else [])
        elif (source := _named_source(line)) is not None:
            # "Source: QNX", "Autor: Jana Nováková | Zdroj: ČTK" over the lead: the agency, and any people named.
            providers.append(source)
            head_people.extend(bylines.labelled_credits(line) or ())
            head_raw.append(line)
        elif (labelled := bylines.labelled_credits(line)) is not None:
            head_people.extend(labelled)  # "Reporter: Jane Doe", "Text: Jane Doe / Photos: Tom Lee" over the lead
            head_raw.append(line)
        elif (people := bylines.match_by_line(line)) is not None and not _lead_under_credit(line, reference_date):
            head_people.extend(people)
            head_raw.append(line)
            if not people and (agency := _by_line_agency(line)) is not None:
                providers.append(agency)  # "By QNA", "Written by GIS Dominica": the agency that sent it
        elif (trailer := bylines.match_trailer(line)) is not None and trailer[1] == 0:
            # "Reporting by Kim Min-ji" over the lead: a trailer's credits printed at the head.
            head_people.extend(trailer[0])
            head_raw.append(line)
        elif (credited := agency_and_day(line)) is not None:
            # "Ma'an News Agency, Feb. 2, 2017" over the lead: the agency, and the day it filed the story
            providers.append(credited[0])
            published = published or dates.resolve(credited[1], None)
            head_raw.append(line)
        elif news_provider(line.strip(" .")):
            # "Qarzen News Service" over the lead, or under the By-line: the service that sent it.
            providers.append(line.strip(" ."))
            head_raw.append(line)
        elif head_raw and (agencies.lookup(line.rstrip(".")) is not None or bylines.is_outlet_line(line)):
            # ANPA copy prints the agency on the line under the By-line.
            head_raw.append(line)
        elif not head_raw and (people := _names_over_dateline(line, lines[i + 1:], reference_date)):
            # RCV1-era Reuters prints the reporters' names alone over the dateline.
            head_people.extend(people)
            head_raw.append(line)
        elif (desk := bylines.match_run_in_desk(line)) is not None and parse_dateline(
                "\n".join([line[desk:], *lines[i + 1:i + 3]]), reference_date=reference_date) is not None:
            head_raw.append(line[:desk].strip(" \t|/"))
            lines[i] = line[desk:]  # "Staff Reporter ITANAGAR, 10 Jun: ...": a desk's credit, then the lead
            break
        elif (run_in := _by_line_run_into_dateline(line, reference_date)) is not None:
            head_people.extend(run_in[0])
            head_raw.append(line[:run_in[1]].strip())
            lines[i] = line[run_in[1]:]  # "By Jane Doe SINGAPORE, June 25 (Bernama) -": the lead starts here
            break
        elif published is None and (day := moved.match_date_line(line)) is not None and (
                head_raw or _credit_line_follows(lines, i + 1)):
            # "June 3, 2024" over "By Jane Doe", or under it, over the story: the day it was published, read
            # as a meta line's date is (a dateline under it takes its year from it, as it would have).
            published = day
        elif not head_raw and (block := bylines.credit_in_head_block(lines[i:])) is not None:
            # A credit among a web page's lines over the story ("Jane Doe" / "Published: 10:30am, 5 Jul 2024"):
            # only the credit line leaves; the stamps, places and outlets stay for the dateline's readers.
            head_people.extend(block[0])
            head_raw.append(bylines.strip_artefacts(lines[i + block[1]]))
            del lines[i + block[1]]
            break
        else:
            break
        i += 1

    text, tail = _read_tail("\n".join(lines[i:]))
    notes.extend(tail.notes)
    signoff = tail.signoff
    agency_hint, hint_source = _agency_evidence(story, tail, head_people, providers)
    dateline = _not_a_headline(parse_dateline(text.lstrip(), reference_date=reference_date, agency_hint=agency_hint),
                               text.lstrip())
    if dateline is not None:
        text = text.lstrip()[dateline.end:]
        if (run_in := _credit_run_into_head(dateline)) is not None:
            head_people.extend(run_in[0])
            head_raw.append(run_in[1])
    elif (found := _dateline_after_lead_in(text, reference_date, agency_hint)) is not None:
        dateline, lead_in, text = found
        bullets = []
        lead_in_sources: list[str] = []
        credit_line = False
        for j, line in enumerate(lead_in):
            if (meta := read_meta_line(line)) is not None:
                head_stamp, published = head_stamp or meta.stamp, published or meta.day  # a page's meta line
                lead_in_sources.extend([meta.agency] if meta.agency else [])
                head_people.extend(meta.people)
                head_raw.extend([line] if meta.people else [])
            elif head_stamp is None and (stamp := moved.match_stamp(line)) is not None and (
                    stamp.day or stamp.readings):
                head_stamp = stamp  # "Posted: Dec 05, 2024 / 10:32 AM KST": when it moved
            elif published is None and (day := moved.match_day(line)) is not None:
                published = day  # "Published: December 5, 2024": the day, evidence of the year
            elif published is None and (opening := moved.match_opening_day(line)) is not None:
                # "Thursday, 21 October 2010 09:32 Sai Lek": the day, then a clock, an update's stamp or the writer
                published = opening[0]
                if people := _name_after_clock(opening[1]):
                    head_people.extend(people)
                    head_raw.append(line)
            elif _BULLET_RE.match(line):
                bullets.append(line)  # Reuters' highlights: part of the story
            elif bullets and line[:1].islower():
                bullets[-1] += f" {line}"  # a highlight wrapped over two lines
            elif (note := markers.read_note_line(line)) is not None:
                notes.extend([note[0]] if note[0] else [])
                found_markers.extend(note[1])
            elif (source := _named_source(line)) is not None:
                lead_in_sources.append(source)
                head_people.extend(bylines.labelled_credits(line) or ())
                head_raw.append(line)
            elif (labelled := bylines.labelled_credits(line)) is not None:
                head_people.extend(labelled)
                head_raw.append(line)
            elif (people := bylines.match_by_line(line)) is not None:
                head_people.extend(people)
                head_raw.append(line)
            elif (j + 1 < len(lead_in) and bylines.is_outlet_line(lead_in[j + 1]) and line[:1].isupper()
                  and (people := bylines.match_by_line(f"By {line}"))):
                head_people.extend(people)  # "Jane Doe" over "Viet Nam News": a bare name over its outlet
                head_raw.append(line)
                credit_line = True
            elif credit_line and bylines.is_outlet_line(line):
                head_raw.append(line)
                credit_line = False
            else:
                notes.append(line)  # a slug or another desk line
        text = "".join(f"{line}\n\n" for line in bullets) + text
        if agency_hint is None and lead_in_sources:
            agency_hint, hint_source = lead_in_sources[0], "byline"
    text, lead_people, lead_raw, lead_agency = _credit_after_dateline(text, dateline)
    head_people.extend(lead_people)
    head_raw.extend(lead_raw)
    if lead_agency and dateline is not None and dateline.agency is None:
        dateline = dataclasses.replace(dateline, agency=lead_agency)
    dateline = _placed_by_coordinates(story, _prefer_metadata_dateline(story, dateline, reference_date, agency_hint))
    if hint_source == "metadata":
        agency, agency_source = agency_hint, hint_source
    elif dateline is not None and dateline.agency:
        agency, agency_source = dateline.agency, "dateline"
    else:
        agency, agency_source = agency_hint, hint_source

    phrase = dateline.phrase if dateline is not None else None
    # "KWS-21:37-09-12-18" under "Dec. 9": the dateline's day says which order the stamp prints.
    stamp = moved.settle(tail.stamp or head_stamp, *((phrase.month, phrase.day) if phrase else (None, None)))
    sent = _transmission(story, stamp, tail, dateline)
    # A clock time alone took its day from the dateline: only a full transmission time dates it better.
    dated = story.transmitted_at is not None or (stamp is not None and stamp.day is not None)
    dateline = dating.by_transmission(dateline, _first_moved(story, sent, dateline), full=dated)
    dateline = dating.by_published_day(dateline, published, over_reference=story.metadata_date is None)

    metadata_people, metadata_raw = _metadata_credits(story)
    credit = bylines.merge_credits(
        metadata_people + tuple(head_people) + tail.signed_people, tail.trailer_people, signoff,
        tuple(metadata_raw + head_raw + tail.trailer_raw + tail.contacts)
    )
    return Article(
        story=story,
        headline=headline,
        agency=agency,
        dateline=dateline,
        byline=credit,
        notes=tuple(notes),
        body=reflow(text),
        headline_raw=story.headline,
        markers=tuple(found_markers),
        agency_source=agency_source if agency else None,
        transmission=sent,
        **_filed(story, text if dateline is None else None,
                 published or (head_stamp.day if head_stamp is not None else None)),
    )


def _credit_line_follows(lines: list[str], start: int) -> bool:
    """Whether the next line with words is a By-line or a labelled credit ("By Jane Doe", "Reporter: Jane Doe")."""
    following = next((line for line in lines[start:start + 3] if line.strip()), "")
    following = bylines.strip_artefacts(following)
    return bool(following) and (bylines.match_by_line(following) is not None
                                or bylines.labelled_credits(following) is not None)


def _filed(story: Story, undatelined: str | None, head_day: dt.date | None) -> dict[str, object]:
    """The day a story was filed and what says so: its metadata, else, with no dateline, a date line over it
    (one the head's walk took, `head_day`: "Thursday, June 7, 2018 - 11:40 AM", or one over the first paragraph)."""
    if story.metadata_date is not None:
        return {"filed_date": story.metadata_date, "filed_date_source": "metadata"}
    if undatelined is not None and (day := head_day or _day_over_undatelined(undatelined)) is not None:
        return {"filed_date": day, "filed_date_source": dating.PUBLISHED}
    return {}


def _day_over_undatelined(text: str) -> dt.date | None:
    """The day a story with no dateline and no metadata date prints over itself, else None.

    A media release or a web page opens with its date line ("Tue 13 October
    2015", "Posted: Dec 05, 2024 / 10:32 AM KST") under the headline: the
    day it was published, found over the story's first paragraph and
    nowhere else: a date in the story is what it tells, not when it moved.
    """
    for line in [line for line in text.split("\n")[:_DAY_OVER_LINES * 2] if line.strip()][:_DAY_OVER_LINES]:
        opening = moved.match_opening_day(line)
        if len(line.split()) >= _PARAGRAPH_WORDS:
            # "Tuesday 9 April 2024 The Department of Health has begun ...": the day run into the story
            return opening[0] if opening is not None and opening[1][:1].isupper() else None
        if opening is not None:
            return opening[0]  # "Thursday, June 7, 2018 - 11:40 AM", "(Last Updated On: June 4, 2017)"
        if (day := moved.match_day(line)) is not None:
            return day
        if (stamp := moved.match_stamp(line)) is not None and stamp.day is not None:
            return stamp.day
    return None


def _name_after_clock(rest: str) -> tuple[bylines.Person, ...]:
    """The writer a date line names after its clock ("09:32 Sai Lek"), else nobody."""
    clock = _CLOCK_FIRST_RE.match(rest)
    name = rest[clock.end():] if clock is not None else ""
    return (bylines.match_by_line(f"By {name}") or ()) if 2 <= len(name.split()) <= 4 else ()


_CLOCK_FIRST_RE = re.compile(r"^[0-2]?\d[:.][0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?[\s,|-]+")


def _prefer_metadata_dateline(
    story: Story, in_body: Dateline | None, reference_date: dt.date | None, agency_hint: str | None
) -> Dateline | None:
    """The metadata's printed dateline wins over the body's unless both name the same place."""
    printed = None
    if story.dateline_text:
        printed = parse_dateline(story.dateline_text, reference_date=reference_date, agency_hint=agency_hint)
        printed = printed or _place_dateline(story.dateline_text, reference_date, agency_hint)
    if printed is not None and (in_body is None or (printed.city or "").casefold() != (in_body.city or "").casefold()):
        return _with_credit_of(printed, in_body)
    if (in_body is not None and in_body.places) or not story.located:
        return in_body
    # No dateline in the body, or only a credit ("(Sports Network) - ..."): the place the metadata
    # says the story comes from, with the body's credit.
    return _with_credit_of(_place_dateline(story.located, reference_date, agency_hint), in_body) or in_body


def _placed_by_coordinates(story: Story, dateline: Dateline | None) -> Dateline | None:
    """The metadata's place named by the gazetteer city at its coordinates, where its printed name is unknown.

    Only for the place the metadata names (its own dateline, or a printed
    one of the same name): coordinates say where the story comes from, not
    which city another print means.
    """
    if story.located_at is None or dateline is None or not dateline.places or (
            dateline.place is not None and dateline.place.basis != "qualifier-only"):
        return dateline
    located_name = (story.located or "").split(",")[0].strip().casefold()
    if dateline.form != "metadata" and dateline.places[0].strip().casefold() != located_name:
        return dateline
    found = places.nearest_city(*story.located_at, country=dateline.country)
    return dataclasses.replace(dateline, place=found) if found is not None else dateline


def _with_credit_of(metadata: Dateline | None, in_body: Dateline | None) -> Dateline | None:
    """The metadata's dateline, credited to the agency the body's lead names where the metadata names none."""
    if metadata is None or in_body is None or metadata.agency or not in_body.agency:
        return metadata
    return dataclasses.replace(metadata, agency=in_body.agency)


def _place_dateline(text: str, reference_date: dt.date | None, agency_hint: str | None) -> Dateline | None:
    """A dateline from metadata that prints a place (and maybe a region, a date and a credit) but no dash.

    A credit in brackets closes it ("Vatikanstadt (KAP)"). Initials the
    gazetteer does not know ("EU", an organisation's) are no place.
    """
    credit = None
    if (bracketed := _METADATA_CREDIT_RE.match(text.strip())) is not None and looks_like_agency(bracketed["credit"]):
        text, credit = bracketed["place"], bracketed["credit"].strip()
    parts = [p.strip() for p in text.split(",")]
    names = tuple(n.strip() for n in parts[0].split("/") if n.strip())  # "Kyiv/Washington": the first is the city
    if not names or len(parts[0]) > 60 or not all(_METADATA_PLACE_RE.match(n) and len(n) <= 40 for n in names):
        return None
    qualifier, phrase = None, None
    for part in parts[1:4]:
        if phrase is None and (found := dates.match_date(part)) is not None:
            phrase = found
        elif qualifier is None and _METADATA_PLACE_RE.match(part):
            qualifier = part
    home = agencies.lookup(agency_hint) if agency_hint else None
    place = places.resolve_place(names[0], qualifier, home_country=home.country if home else None)
    if place is None and len(names[0]) <= _MAX_INITIALS and names[0].isupper():
        return None  # "EU", "UN": an organisation's initials, where a story comes from only in a manner of speaking
    return Dateline(
        raw=f"{text.strip()} ({credit})" if credit else text.strip(),
        end=0,
        places=names,
        qualifier=qualifier,
        place=place,
        date_raw=phrase.raw if phrase else None,
        date=dates.resolve(phrase, reference_date) if phrase else reference_date,
        agency=(agencies.canonical(credit) or credit) if credit else None,
        form="metadata",
        date_source=("dateline" if phrase.year else "dateline+reference") if phrase else "reference",
        phrase=phrase,
    )


def _metadata_credits(story: Story) -> tuple[tuple[bylines.Person, ...], list[str]]:
    """People the metadata credits: its credit line ("By Jane Doe" or just "Jane Doe") and named creators."""
    people: list[bylines.Person] = []
    raw: list[str] = []
    if story.byline_text:
        line = story.byline_text.strip()
        found = bylines.match_metadata_byline(line)
        if found:
            people.extend(found)
            raw.append(line)
    for name, role in story.credits:
        if (person := bylines.metadata_person(name, role)) is not None:  # never a desk, an agency or a place
            people.append(person)
    return tuple(people), raw



def _dateline_after_lead_in(
    text: str, reference_date: dt.date | None, agency_hint: str | None
) -> tuple[Dateline, list[str], str] | None:
    """A tagged dateline a few short lines down: AP's "AP Photo ..." advisories, Reuters' bullets.

    Only the marked forms count here (an agency tag, an ISO date), and only
    after at most _MAX_LEAD_IN short lines, so a later paragraph of a
    roundup is not taken for the story's dateline. Returns the dateline, the
    lead-in lines and the story after the dateline.
    """
    lines = text.lstrip("\n").split("\n")
    lead_in: list[str] = []
    standfirsts = 0
    sentence_first = False
    for i, raw in enumerate(lines):
        line = bylines.strip_artefacts(raw)
        if not line:
            continue
        if lead_in:
            # The rest of the text from this line on: a dateline may hold its own line ("TOKYO, April 13
            # Kyodo" over the story) or take the line under it ("Trend:").
            found = parse_dateline("\n".join([line, *lines[i + 1:i + _LEAD_WINDOW]]), reference_date=reference_date,
                                   agency_hint=agency_hint)
            # Under lines that are no sentence (headlines, kickers, slugs, By-lines, stamps) the lead
            # reads as it would at the top, where a sentence follows the dateline ("TOKYO - Nikkei up
            # 1.2%" under "Markets at a glance" is a list's item); under a sentence only a dateline with
            # a mark of its own does.
            if found is not None and (found.form in MARKED_FORMS or _dated_in_full(found) or (
                    (not sentence_first or _known_city_set_apart(found)) and _sentence_follows(line, found)) or (
                    found.places and all(names_an_outlet(n) for n in lead_in))):
                # A line that names the provider alone ("The Sports Xchange") is no story either.
                return found, lead_in, _after("\n".join(lines[i:]), line, found)
        if sum(not _furniture(line) for line in lead_in) >= _MAX_LEAD_IN:
            return None
        if not _is_lead_in(line):
            # A standfirst that is a sentence ("Exports beat forecasts for a
            # third month.") may stand over the lead (headlines and kickers above it,
            # By-lines and slugs between), only one, and only over a dateline with a
            # mark of its own, a credit or a full date, or a known city set apart by a
            # dash or on its line: a story's own first paragraph is followed by its
            # second, and that opens with none of these.
            if sentence_first or len(line) > _MAX_STANDFIRST_CHARS:
                return None
            sentence_first = True
        if len(line) > _MAX_LEAD_IN_CHARS:
            # A standfirst (long, with no closing stop) may stand over a credited lead; only one.
            if standfirsts >= _MAX_STANDFIRSTS:
                return None
            standfirsts += 1
        lead_in.append(line)
    return None


def _known_city_set_apart(found: Dateline) -> bool:
    """A city the gazetteer knows closed by a dash, alone on its line or dated: under a standfirst as sure a
    lead as a credited one ("Stuttgart - Einfach weiter ...", "HEINOLA" over the story, "KATHMANDU, July 5:"),
    where a story's second paragraph would open with a sentence of its own."""
    dated = found.phrase is not None and not found.phrase.partial  # "KATHMANDU, July 5:" under a standfirst
    return (len(found.places) == 1 and found.place is not None and found.place.basis != "qualifier-only"
            and found.city is not None and (found.form == "line" or found.raw[-1:] in "-–—" or dated))


def _dated_in_full(found: Dateline) -> bool:
    """A dateline with a full date, year and all: a mark of its own, as a credit is ("Torreón, Coahuila; a 28 de
    Noviembre de 2023.-" under a standfirst)."""
    return bool(found.places) and found.phrase is not None and found.phrase.year is not None and (
        not found.phrase.partial)


def _sentence_follows(line: str, found: Dateline) -> bool:
    """Words enough after the dateline to be the lead's sentence, a sentence's stop, or the lead continuing on
    the next line."""
    rest = line[found.end:] if found.end <= len(line) else ""
    return len(rest.split()) >= _LEAD_SENTENCE_WORDS or not rest.strip() or bool(_SENTENCE_END_RE.search(rest))


# Lines the grammar reads from a lead-in line on: the line, blank lines, the story's first line, a credit
# line under a dateline of its own; never the rest of the story again for each line over the lead.
_LEAD_WINDOW = 6
# Words after a dateline on its line that make the lead's sentence of it.
_LEAD_SENTENCE_WORDS = 5


def _furniture(line: str) -> bool:
    """A time stamp or a By-line over the lead: counted in no limit of lead-in lines, they say no story."""
    return (moved.match_stamp(line) is not None or moved.match_day(line) is not None
            or bylines.match_by_line(line) is not None)


def _is_lead_in(line: str) -> bool:
    """A bullet, a note, a photo's caption, or a short line that is no sentence (a slug, "1ST LEAD")."""
    return (bool(_BULLET_RE.match(line) or _CAPTION_RE.match(line)) or markers.read_note_line(line) is not None
            or not _SENTENCE_END_RE.search(line))


def _after(rest: str, line: str, found: Dateline) -> str:
    """The story after a dateline read from `line`, the first line of `rest` (artefacts may lead it)."""
    start = rest.find(line)
    return rest[start + found.end:] if start >= 0 else rest[found.end:]


def _credit_after_dateline(
    text: str, dateline: Dateline | None
) -> tuple[str, list[bylines.Person], list[str], str | None]:
    """Credits printed after the dateline: "BAKU, Dec. 19. By Jane Doe – Trend: ...", or a "(By Jane Doe)" line.

    Returns the text without them, the people, the lines as printed and an
    agency the credit names (canonical, else as printed).
    """
    if dateline is None:
        return text, [], [], None
    if dateline.form.startswith("cjk-") and (names := lead_cjk.reporters(dateline.raw)):
        # "(서울=연합뉴스) 김민수 기자 =", "新华社北京6月4日电（记者 王某）": the reporters a Korean or Chinese
        # lead credits inside itself, already out of the text with the dateline.
        return text, [bylines.Person(name, "author") for name in names], [dateline.raw], None
    match = _LEAD_CREDIT_RE.match(text)
    if match is not None and (people := bylines.match_by_line(match["credit"])):
        printed = match["agency"]
        agency = (agencies.canonical(printed) or " ".join(printed.split())) if printed else None
        return text[match.end():], list(people), [match.group(0).strip()], agency
    lines = text.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _CREDIT_LINE_WINDOW:
            break
        stripped = line.strip()
        if stripped.startswith("(") and stripped.endswith(")") and (people := bylines.match_by_line(stripped)):
            return "\n".join(lines[:i] + lines[i + 1:]), list(people), [stripped], None
        if seen == 1 and i > 0 and (people := bylines.labelled_credits(stripped) or bylines.match_by_line(stripped)):
            # "Kabul (PMG):" on a line of its own, then "Reporter: NAME" or "By NAME" on the next: the credit
            return "\n".join(lines[:i] + lines[i + 1:]), list(people), [stripped], None
        if (closing := _CLOSING_CREDIT_RE.search(line)) and (people := bylines.match_by_line(closing["credit"])):
            # "... reopened on Monday. (By Jean-Pierre Mbala)": the credit closing the lead's paragraph
            kept = lines[:i] + [line[:closing.start()].rstrip()] + lines[i + 1:]
            return "\n".join(kept), list(people), [closing["credit"]], None
    return text, [], [], None


# "By Jane Doe – Trend:" or "(By Jane Doe)" opening the lead right after its dateline.
_LEAD_CREDIT_RE = re.compile(
    r"^[ \t]*\(?(?P<credit>(?i:by)\s+[^()\n:–—]{3,80}?)"
    r"(?:\s+[-–—]\s+(?P<agency>[^\W\d_][\w .&'’-]{1,30}?))?[ \t]*(?:\)|:|[-–—])[ \t]+(?=[A-Z\"“‘'])"
)
# "(By Jane Doe)" closing a paragraph's last sentence, on the sentence's line.
_CLOSING_CREDIT_RE = re.compile(r"(?<=[.!?\"”’'])[ \t]+(?P<credit>\((?i:by)[ \t]+[^()\n]{3,80}\))[ \t]*$")
# Lines after the dateline searched for a "(By Jane Doe)" line.
_CREDIT_LINE_WINDOW = 3


def _by_line_run_into_dateline(
    line: str, reference_date: dt.date | None
) -> tuple[tuple[bylines.Person, ...], int] | None:
    """A By-line sharing its line with the dateline after it (Bernama's "By Jane Doe SINGAPORE, June 25 ...")."""
    found = bylines.match_run_in_by_line(line)
    if found is None or parse_dateline(line[found[1]:], reference_date=reference_date) is None:
        return None
    return found


def _lead_under_credit(line: str, reference_date: dt.date | None) -> bool:
    """A By-line that runs into the dateline and the lead on one line ("By Ann Lee, Staff Reporter GUWAHATI:
    The ..."): the lead's line, whose byline `_credit_run_into_head` reads; as a By-line the lead's first
    sentence would go for the reporter's title."""
    found = parse_dateline(line, reference_date=reference_date)
    return found is not None and found.end < len(line.rstrip()) and _credit_run_into_head(found) is not None


def _credit_run_into_head(dateline: Dateline) -> tuple[tuple[bylines.Person, ...], str] | None:
    """The reporter whose byline runs into the dateline's head before its place, and the byline as printed:
    "R DUTTA CHOUDHURY GUWAHATI, Feb 12:", "Arun K Thapa / Kathmandu:", "By Ann Lee, Staff Reporter GUWAHATI,".
    A desk's credit there ("Special Correspondent KOHIMA") names nobody."""
    if (printed := credit_before_place(dateline)) is None:
        return None
    people = bylines.match_by_line(printed if printed.casefold().startswith("by ") else f"By {printed}")
    return (people, printed) if people else None


def _names_over_dateline(
    line: str, following: list[str], reference_date: dt.date | None
) -> tuple[bylines.Person, ...] | None:
    """The people of a bare credit line ("Jane Doe and Tom Lee") standing right over a dateline."""
    if not line[:1].isupper() or line.lower().startswith("by "):
        return None
    name, slash, credit = line.rpartition("/")
    if slash and name.strip() and (agencies.lookup(credit.strip()) or looks_like_agency(credit.strip())):
        line = f"{name.strip()}, {credit.strip()}"  # "Jane Doe/PNA"
    people = bylines.match_by_line(f"By {line}")
    if not people:
        return None
    nxt = next((line for line in following if line.strip()), None)
    if nxt is not None and bylines.is_outlet_line(nxt):
        return people  # "Jane Doe" over "BBC News, Nairobi": a broadcaster's credit
    if nxt is None or parse_dateline(bylines.strip_artefacts(nxt), reference_date=reference_date) is None:
        return None
    return people


def _not_a_headline(dateline: Dateline | None, text: str) -> Dateline | None:
    """A colon "dateline" over a short line set apart is a headline's kicker ("Vatikan: Zahl sinkt"), no lead.

    "New Delhi: The government said ..." runs on into the story; a headline
    stops after a few words, with no closing stop, and a blank line follows.
    """
    if dateline is None or not dateline.raw.rstrip().endswith(":"):
        return dateline
    line, _, after = text[dateline.end:].partition("\n")
    words = line.split()
    set_apart = not after.split("\n", 1)[0].strip()
    if 0 < len(words) <= _MAX_KICKER_WORDS and not _SENTENCE_END_RE.search(line.rstrip()) and set_apart:
        return None
    return dateline


def _without_repeated_headline(lines: list[str], headline: str | None) -> list[str]:
    """The story's lines without the headline printed again over them (a feed's <h1>), which is no lead.

    Kept in the body, "Vatikan: Zahl sinkt" read as a dateline with a colon,
    and a provider's line over the repeat hid the lead under two lines.
    """
    if not headline:
        return lines
    wanted = " ".join(headline.split()).casefold()
    for i, line in enumerate(lines[:_MAX_LEAD_IN + 1]):
        if " ".join(line.split()).casefold() == wanted:
            return lines[:i] + lines[i + 1:]
        if line.strip() and len(line) > _MAX_LEAD_IN_CHARS:
            break  # the story has begun
    return lines


def _read_tail(text: str) -> tuple[str, _Tail]:
    """Peel end marks, stamps, sign-offs, dpa's notebook and credit trailers off the end."""
    tail = _Tail()
    for _ in range(_MAX_TAIL_PASSES):
        before = text
        text = _strip_tail_lines(text, tail)
        text = _cut_notebook(text, tail)
        if not tail.trailer_raw and (found := bylines.match_trailer(text)) is not None:
            people, start = found
            raw = " ".join(text[start:].split())
            tail.trailer_people, tail.trailer_raw = people, [raw]
            tail.trailer_house = bylines.trailer_house(raw)
            text = text[:start].rstrip()
        if text == before:
            break
    return text, tail


def _strip_tail_lines(text: str, tail: _Tail) -> str:
    """Drop end marks, stamps, sign-offs and REUTER lines from the last lines."""
    lines = text.split("\n")
    for _ in range(_TAIL_LINES):
        while lines and not bylines.strip_artefacts(lines[-1]):
            lines.pop()
        if not lines:
            break
        last = bylines.strip_artefacts(lines[-1])
        if _END_MARK_RE.match(last):
            lines.pop()
        elif (signed := _AGENCY_LINE_RE.match(last)) and (agency := agencies.lookup(signed["name"])):
            tail.signed_by = tail.signed_by or agency.name
            lines.pop()
        elif tail.signed_by is None and (name := _foot_credit(_INPUTS_IN_BRACKETS_RE.sub(r"\1", last))) is not None:
            # "(QNX)", "QNX/jm/ab", "© 2024 Qarzen News Agency", "(Con información de EFE)" under the story
            tail.signed_by = name
            lines.pop()
        elif tail.signed_by is None and (glued := _GLUED_FOOT_CREDIT_RE.search(last)) is not None and (
                name := _foot_credit(_INPUTS_IN_BRACKETS_RE.sub(r"\1", glued["credit"]))) is not None:
            tail.signed_by = name  # "... once the water receded. (GNS)": the agency signs its last paragraph
            lines[-1] = last[:glued.start()]
        elif _CONTACT_LINE_RE.match(last):
            tail.contacts.insert(0, last)
            lines.pop()
        elif (signed := _SIGNED_NAME_RE.match(last)) and (people := bylines.match_by_line(f"By {signed['who']}")):
            tail.signed_people = people + tail.signed_people  # "-- Jane Doe, PNA"
            tail.trailer_raw.append(last)
            lines.pop()
        elif not tail.signed_people and (slashed := _NAME_SLASH_AGENCY_RE.match(last)) is not None and (
                bylines.is_person_credit(slashed["who"])) and (
                people := bylines.match_by_line(f"By {slashed['who']}")) and (
                agency := _foot_credit(f"({slashed['agency']})")) is not None:
            tail.signed_people = people  # "Jane Doe/QNX/jm": the writer, the agency, the desk's initials
            tail.signed_by = tail.signed_by or agency
            tail.trailer_raw.append(last)
            lines.pop()
        elif tail.stamp is None and (stamp := moved.match_stamp(last)) is not None:
            tail.stamp = stamp
            lines.pop()
        elif any(p.match(last) for p in bylines.TAIL_FURNITURE):
            lines.pop()
        elif (source := _named_source(last)) is not None and bylines.labelled_credits(last) is None:
            tail.trailer_house = tail.trailer_house or source  # "Source: Xinhua" under the story: no one's credit
            lines.pop()
        elif (found := bylines.match_signoff(last)) is not None and not bylines.in_contact_block(lines[:-1]):
            tail.signoff = found if tail.signoff is None else bylines.merge_signoffs(found, tail.signoff)
            lines.pop()
        elif not tail.signed_people and not bylines.in_contact_block(lines[:-1]) and (
                people := bylines.named_signoff(last, tail.signoff.emails if tail.signoff else ())):
            tail.signed_people = people  # "Jean-Pierre Mbala, jpmbala@acp.example", or the name over it
            tail.trailer_raw.append(last)
            lines.pop()
        else:
            break
    return "\n".join(lines)


def _cut_notebook(text: str, tail: _Tail) -> str:
    """Cut dpa's notebook (links, contacts, notes to editors) off; keep its notes."""
    window = max(0, len(text) - _TAIL_WINDOW)
    match = _NOTEBOOK_RE.search(text, window)
    if match is None:
        return text
    in_notes = False
    for raw in text[match.start():].split("\n"):
        line = raw.strip()
        if _NOTEBOOK_NOTE_HEADING_RE.match(line):
            in_notes = True
        elif _NOTEBOOK_HEADING_RE.match(line) or line.startswith("*"):
            in_notes = False
        elif in_notes and line:
            tail.notes.append(_BULLET_RE.sub("", line))
    return text[: match.start()].rstrip()


def _agency_evidence(
    story: Story, tail: _Tail, head_people: list[bylines.Person], providers: list[str]
) -> tuple[str | None, str | None]:
    """The agency the copy names outside its dateline, and what named it."""
    signoff = tail.signoff
    emails = signoff.emails if signoff else ()
    by_mail = next((a for e in emails if (a := agencies.by_email(e)) is not None), None)
    for source, name in (
        ("metadata", agencies.canonical(story.agency) or story.agency),  # a sender not in the table: as it names itself
        ("signoff", tail.signed_by),
        ("signoff", signoff.agency if signoff else None),
        ("email", by_mail.name if by_mail else None),
        ("byline", _agency_from_titles(head_people)),
        ("byline", agencies.canonical(providers[0]) or providers[0] if providers else None),
        ("trailer", tail.trailer_house),
    ):
        if name:
            return name, source
    return None, None


def _first_moved(story: Story, sent: moved.Transmission | None, dateline: Dateline | None) -> moved.Transmission | None:
    """When the story first moved, which is the day its dateline means: an update keeps the first version's dateline.

    Metadata that times this version (versionCreated) and the first
    (firstCreated, contentCreated) may fall on different days: a correction
    sent a week later is still the story of the day it was first filed.
    """
    if sent is None or sent.source != "metadata" or story.first_created is None:
        return sent
    return moved.from_metadata(story.first_created, zone=dateline.timezone if dateline else None) or sent


def _transmission(
    story: Story, stamp: moved.Stamp | None, tail: _Tail, dateline: Dateline | None
) -> moved.Transmission | None:
    """When it moved: the metadata's time, else a stamp printed under or over the story, else a sign-off's clock."""
    zone = dateline.timezone if dateline else None
    if story.transmitted_at is not None:
        return moved.from_metadata(story.transmitted_at, zone=zone)
    day = dateline.date if dateline else None
    if stamp is not None:
        return moved.from_stamp(stamp, zone=zone, dateline_date=day)
    if tail.signoff is not None and tail.signoff.time and (clock := moved.match_clock(tail.signoff.time)):
        return moved.from_stamp(clock, zone=zone, dateline_date=day)
    return None


def _foot_credit(line: str) -> str | None:
    """The agency a marked last line signs with (`_FOOT_CREDIT_RE`): canonical where the table knows it, else as
    printed where it reads as an agency's initials or an outlet's name; a place or a label is none."""
    found = _FOOT_CREDIT_RE.match(line.strip())
    if found is None or _END_MARK_RE.match(line.strip()):
        return None  # "(END)", "-- END": the story's end, no one's signature
    name = (found["name"] or found["desk"] or found["owner"] or found["inputs"] or "").strip().rstrip(".")
    if (known := agencies.canonical(name)) is not None:
        return known
    if not name or name.casefold() in NOT_AGENCY_WORDS or name.casefold() in _END_WORDS or places.is_qualifier(
            name) or organisation(name) or (
            places.resolve_place(name) is not None):
        return None  # "(Kenya)", "(UPDATE)", "(NATO)": a place, a label, an organisation that sends no copy
    return name if (acronym(name) and len(name.split()) == 1) or news_provider(name) or publication(name) else None


def _named_source(line: str) -> str | None:
    """The agency a source label names ("Source: Xinhua", "Zdroj: ČTK", "Via: QNX"); a ministry or a person
    is no agency."""
    name = bylines.source_named(line)
    return None if name is None else source_agency(name, labelled=True)


def _by_line_agency(line: str) -> str | None:
    """The agency a By-line naming no person credits ("By QNA", "By Qarzen News Agency", "Written by GIS
    Dominica"): canonical where the table knows it, else as printed where it reads as an agency's name or
    initials (one word), or initials and the place whose information service they are. A paper, a ministry or
    a desk ("By Staff Reporter") is none."""
    found = _BY_AGENCY_RE.match(line.strip())
    if found is None:
        return None
    name = found["name"].strip(" .")
    words = name.split()
    if len(words) >= 2 and bylines.is_initials_of_a_place(name):
        return name
    if (known := agencies.canonical(name)) is not None:
        return known
    # Unknown: a news service's name, or initials that are no organisation's, label's or place's ("By NATO")
    return name if news_provider(name) or initials_alone(name) else None


_BY_AGENCY_RE = re.compile(r"^(?i:by|written\s+by|from)\s*:?\s+(?P<name>\S.{0,60})$")


def _agency_from_titles(people: list[bylines.Person]) -> str | None:
    """"Associated Press Writer", "AP Diplomatic Writer", "for The Associated Press" -> AP; a news service's
    name the agency table does not know, as printed."""
    for person in people:
        words = re.findall(r"[A-Za-z][A-Za-z-]*", person.title or "")
        for size in range(min(len(words), 4), 0, -1):
            for start in range(len(words) - size + 1):
                if agency := agencies.canonical(" ".join(words[start:start + size])):
                    return agency
    # "By Jane Doe, Qarzen News Service": a provider the table does not know, kept as printed.
    return next((p.title.strip() for p in people if p.title and news_provider(p.title.strip())), None)


