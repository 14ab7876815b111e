"""What the pure pipeline understood of one file, laid out for a person (`wirecopy inspect`).

Runs decode -> parse -> normalise exactly as a flow run does, without Prefect
and without writing anything, and shows every value beside what it came
from: the dateline as printed and the rule that placed it, where the agency
and the date were read, the markers and notes taken off the copy, the
credits, the first lines of the clean body and the entities found in it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from wirecopy.flows.inputs.discover import discover
from wirecopy.transforms import dating
from wirecopy.transforms.dating import Reference
from wirecopy.transforms.knowledge.places import BASES
from wirecopy.transforms.leads import markers
from wirecopy.transforms.leads.dateline import reading
from wirecopy.transforms.ner import entities as ents
from wirecopy.transforms.pipeline import ParsedFile, parse_file
from wirecopy.transforms.story import Article

DATE_SOURCES = {
    "dateline": "printed in the dateline, year included",
    "dateline+metadata": "printed without a year; year nearest the format's metadata date",
    "dateline+reference": "printed without a year; year nearest --reference-date",
    "dateline+received": "printed without a year; year nearest the received-times file's date",
    "dateline+transmission": "printed without a year; year nearest the transmission date",
    "dateline+published": "printed without a year; year nearest the publication date printed with the story",
    "dateline+file-time": "printed without a year; the file's time agrees with it and gave the year",
    "metadata": "undated dateline: the format's metadata date",
    "reference": "undated dateline: --reference-date",
    "received": "undated dateline: the received-times file's date",
    "transmission": "undated dateline: the local day the story (first) moved",
    "published": "undated dateline: the publication date printed with the story",
    "file-time": "undated dateline: the file's modification day",
    "undecided": "nothing decided the year: give --reference-date or a received-times file",
}


def reference_for(path: Path, cli_date: dt.date | None) -> Reference:
    """The reference date a flow run would give this file (wirecopy.transforms.dating.reference).

    One file alone cannot show a bulk copy, so its time is taken as one of transmission.
    """
    if cli_date is not None:
        return dating.reference(given=cli_date)
    found = discover(str(path))
    mtime = found[0].mtime if found else dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.timezone.utc)
    return dating.reference(given=cli_date, received=found[0].received if found else None, file_time=mtime)


def parse(path: Path, reference: Reference) -> ParsedFile:
    """Raises wirecopy.transforms.errors.WireError, as a run would record a reject."""
    return parse_file(path.read_bytes(), reference=reference)


def render(
    console: Console, path: Path, parsed: ParsedFile, reference: Reference, *,
    found: list[tuple[ents.Mention, ...]] | None, body_lines: int,
) -> None:
    """Print one panel per article of the file."""
    for n, article in enumerate(parsed.articles):
        parts = [
            _dateline_table(article, reference),
            _version_table(article),
            _credits_table(article),
            _body_text(article, body_lines),
        ]
        if found is not None:
            parts.append(_entities_table(found[n]))
        title = (f"{path.name} · story {n + 1}/{len(parsed.articles)} · {article.story.source_format} · "
                 f"{parsed.encoding}")
        console.print(Panel(Group(*parts), title=title, title_align="left"))


def _dateline_table(article: Article, reference: Reference) -> Table:
    d = article.dateline
    table = _fields("Dateline and agency")
    if d is None:
        table.add_row("dateline", "[dim]none found: the lead does not open with one of the dateline forms[/]")
        if article.filed_date is not None:
            said = {"metadata": "the format's metadata", "published": "a date line printed over the story",
                    "reference": "--reference-date", "received": "the received-times file",
                    "file-time": "the file's time, which looks like one of transmission"}
            table.add_row("filed", f"{article.filed_date}  ({said.get(article.filed_date_source or '', '')})")
    else:
        place = d.place
        table.add_row("as printed", repr(d.raw))
        for part, rule in reading(d):
            table.add_row(f"  {part}", rule)
        table.add_row("places", " / ".join(d.places) + (f"  qualifier {d.qualifier!r}" if d.qualifier else ""))
        if place is not None:
            table.add_row("city", f"{place.city}  ({place.basis}: {BASES.get(place.basis, '')})")
            table.add_row("region, country", f"{place.region or '-'}, {place.country or '-'}")
            table.add_row("gazetteer", f"GeoNames {place.geonames_id or '-'}, time zone {place.timezone or '-'}")
        else:
            table.add_row("city", f"{d.city or '-'}  [dim](not in the gazetteer)[/]")
        date_note = DATE_SOURCES.get(d.date_source or "", "")
        printed = f" from {d.date_raw!r}" if d.date_raw else ""
        table.add_row("date", f"{d.date or '-'}{printed}  ({date_note})")
    table.add_row("reference date", f"{reference.date} (from {reference.source})")
    table.add_row("agency",
                  f"{article.agency or '-'}"
                  + (f"  (from the {article.agency_source})" if article.agency_source else ""))
    sent = article.transmission
    if sent is not None:
        local = f", {sent.local:%Y-%m-%d %H:%M} {sent.timezone}" if sent.local else ""
        table.add_row("transmitted", f"{sent.utc:%Y-%m-%d %H:%M} UTC{local}  (from {sent.source}: {sent.raw!r})")
    return table


def _version_table(article: Article) -> Table:
    table = _fields("Headline, markers and notes")
    table.add_row("headline", article.headline or "[dim]none[/]")
    if article.headline_raw and article.headline_raw != article.headline:
        table.add_row("as printed", article.headline_raw)
    if article.markers:
        table.add_row("markers",
                      ", ".join(f"{m.raw} ({m.kind}{f' {m.number}' if m.number else ''})" for m in article.markers))
    version = markers.version_number(article.markers)
    if version is not None or markers.is_correction(article.markers, article.notes):
        correction = ", correction" if markers.is_correction(article.markers, article.notes) else ""
        table.add_row("version", f"{version or '-'}{correction}")
    for note in article.notes:
        table.add_row("note", note)
    return table


def _credits_table(article: Article) -> Table:
    lines = [f"printed: {line}" for line in article.byline.raw]
    signoff = article.byline.signoff
    if signoff is not None:
        what = ", ".join(filter(None, (
            f"initials {signoff.initials}" if signoff.initials else "",
            "redacted e-mail" if signoff.redacted else "",
            ", ".join(signoff.emails),
            f"time {signoff.time}" if signoff.time else "",
        )))
        lines.append(f"sign-off: {signoff.raw.strip()}  ({what})")
    table = Table(title="Credits", title_justify="left", expand=True,
                  caption="\n".join(lines) or None, caption_justify="left")
    for column in ("name", "role", "e-mail", "title", "location"):
        table.add_column(column)
    for person in article.byline.people:
        email = person.email or ("[redacted]" if person.email_redacted else "")
        table.add_row(person.name or "[dim](e-mail only)[/]", person.role, email, person.title or "",
                      person.location or "")
    if not article.byline.people:
        table.add_row("[dim]nobody credited[/]", "", "", "", "")
    return table


def _body_text(article: Article, body_lines: int) -> Panel:
    paragraphs = article.body.split("\n\n")
    shown = "\n\n".join(paragraphs[:body_lines])
    more = len(paragraphs) - body_lines
    text = Text(shown)
    if more > 0:
        text.append(f"\n\n… {more} more paragraph{'s' if more > 1 else ''}", style="dim")
    return Panel(text, title=f"Clean body ({len(article.body.split())} words)", title_align="left")


def _entities_table(found: tuple[ents.Mention, ...]) -> Table:
    """One row per entity (its key), with every form it was written in and where first."""
    table = Table(title=f"Entities ({len(found)} mentions)", title_justify="left", expand=True)
    for column in ("entity", "label", "key", "mentions", "written as", "first at"):
        table.add_column(column)
    grouped: dict[str, list[ents.Mention]] = {}
    for m in found:
        grouped.setdefault(m.key, []).append(m)
    for key, group in grouped.items():
        first = group[0]
        written = ", ".join(dict.fromkeys(m.text for m in group))
        table.add_row(first.canonical_name, first.label, key, str(len(group)), written, str(first.start))
    return table


def _fields(title: str) -> Table:
    table = Table(title=title, title_justify="left", show_header=False, expand=True)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value")
    return table
