"""A synthetic wire corpus for throughput runs, written from our own templates.

Stories vary in agency house style (dateline, credit, sign-off), length (a
brief to a long read) and wording, so the pipeline does the same work it does
on real copy: datelines to resolve, credits to parse, a few hundred words of
entities per story. Deterministic: the same seed gives the same bytes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PEOPLE = (
    "Maria Fernandez", "Thomas Becker", "Aiko Tanaka", "Kim Min-jun", "Olusegun Adeyemi", "Priya Raman",
    "James O'Connell", "Sofia Lindqvist", "Ahmed Haddad", "Chen Wei", "Laura McAllister", "Pierre Dubois",
    "Ana Costa", "Viktor Petrenko", "Rachel Goldberg", "Diego Herrera", "Hannah Schmidt", "Rahul Mehta",
)
ORGS = (
    "the World Health Organization", "the European Commission", "the International Monetary Fund",
    "Samsung Electronics", "the Federal Reserve", "the United Nations Security Council", "Toyota Motor",
    "the Bank of England", "the African Union", "the Ministry of Finance", "Airbus", "the Red Cross",
    "Volkswagen", "the World Bank", "NATO", "the Asian Development Bank", "Siemens", "the OPEC group",
)
PLACES = (
    "Brazil", "Germany", "Japan", "South Korea", "Nigeria", "India", "France", "Canada", "Ukraine",
    "Indonesia", "Mexico", "Egypt", "Australia", "Poland", "Vietnam", "Kenya", "Chile", "Turkey",
)
TOPICS = (
    "trade talks", "interest rates", "a new climate plan", "vaccine supplies", "border security",
    "an energy deal", "factory output", "a court ruling", "the budget", "election reform",
    "port congestion", "wheat exports", "a chip shortage", "flood relief",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SENTENCES = (
    "{p1} said on {day} that {o1} would review {topic} with officials from {g1} before the end of the month.",
    "\"We are not going to accept a deal that hurts {g1},\" {p1} told reporters in {c1}.",
    "Talks between {o1} and {o2} over {topic} stalled last week, according to two people familiar with the matter.",
    "Officials in {g1} and {g2} have argued for months over {topic}, which analysts say could cost billions of "
    "dollars.",
    "{p2}, a spokesperson for {o2}, declined to comment on the report.",
    "The announcement came a day after {o1} warned that {topic} could slow growth across {g2}.",
    "Shares of {o2} rose 2.4 percent in early trading in {c1} after the news.",
    "{p1} is expected to meet {p2} in {c2} on {day} to discuss {topic}.",
    "Critics in {g2} said the plan did too little, too late, and called on {o1} to act.",
    "Data released by {o1} on {day} showed that {topic} had improved for a third straight quarter.",
)
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
CITIES = {
    "AP": ("WASHINGTON", "CHICAGO", "ATLANTA", "SAN DIEGO", "BOSTON", "DENVER"),
    "Reuters": ("LONDON", "FRANKFURT", "SINGAPORE", "NEW YORK", "TOKYO", "BRUSSELS"),
    "AFP": ("Paris", "Geneva", "Dakar", "Beirut", "Nairobi", "Bangkok"),
    "Yonhap": ("SEOUL", "BUSAN", "INCHEON", "WASHINGTON", "BEIJING", "TOKYO"),
    "UPI": ("WASHINGTON", "MIAMI", "HOUSTON", "SEATTLE"),
    "dpa": ("Berlin", "Munich", "Hamburg", "Vienna"),
    "PTI": ("New Delhi", "Mumbai", "Kolkata", "Chennai"),
    "Kyodo": ("TOKYO", "OSAKA", "NAGOYA", "SAPPORO"),
}


@dataclass(frozen=True, slots=True)
class Sample:
    name: str
    text: str
    words: int


def _dateline(rng: random.Random, agency: str, city: str) -> str:
    month, day = rng.choice(MONTHS), rng.randint(1, 28)
    return {
        "AP": f"{city} (AP) —",
        "Reuters": f"{city}, {month.rstrip('.')} {day} (Reuters) -",
        "AFP": f"{city} (AFP) -",
        "Yonhap": f"{city}, {month} {day} (Yonhap) --",
        "UPI": f"{city}, {month} {day} (UPI) --",
        "dpa": f"{city} (dpa) -",
        "PTI": f"{city}, {month.rstrip('.')} {day} (PTI)",
        "Kyodo": f"{city} (Kyodo) --",
    }[agency]


def _credits(rng: random.Random, agency: str) -> tuple[str, str]:
    """(head credit line, tail lines) in the agency's style."""
    person = rng.choice(PEOPLE)
    if agency == "AP":
        return f"By {person.upper()}, Associated Press", ""
    if agency == "Reuters":
        other = rng.choice(PEOPLE)
        return "", f"(Reporting by {person} in {rng.choice(CITIES['Reuters']).title()}; Editing by {other})"
    if agency == "Yonhap":
        return f"By {person}", f"{person.split()[-1].lower()}@yna.co.kr\n(END)"
    if agency == "AFP":
        return "", "ab/cd"
    return "", ""


def story(rng: random.Random, index: int) -> Sample:
    agency = rng.choice(tuple(CITIES))
    city = rng.choice(CITIES[agency])
    paragraphs = rng.choice((2, 3, 5, 8, 12))
    fill = lambda template: template.format(  # noqa: E731
        p1=rng.choice(PEOPLE), p2=rng.choice(PEOPLE), o1=rng.choice(ORGS), o2=rng.choice(ORGS),
        g1=rng.choice(PLACES), g2=rng.choice(PLACES), c1=rng.choice(CITIES[agency]).title(),
        c2=rng.choice(CITIES[agency]).title(), topic=rng.choice(TOPICS), day=rng.choice(DAYS),
    )
    body = [" ".join(fill(rng.choice(SENTENCES)) for _ in range(rng.randint(1, 3))) for _ in range(paragraphs)]
    head, tail = _credits(rng, agency)
    headline = fill(rng.choice(("{o1} weighs {topic} as {g1} presses for answers",
                                "{g1} and {g2} clash over {topic}", "{p1} to meet {p2} on {topic}")))
    headline = headline[0].upper() + headline[1:]
    lines = [headline, ""]
    if head:
        lines.append(head)
    lines.append(f"{_dateline(rng, agency, city)} {body[0]}")
    lines.extend(["", *"\n\n".join(body[1:]).split("\n")] if len(body) > 1 else [])
    if tail:
        lines.extend(["", tail])
    text = "\n".join(lines) + "\n"
    return Sample(f"{index:06d}-{agency.lower()}.txt", text, len(" ".join(body).split()))


def generate(count: int, seed: int = 7) -> Iterator[Sample]:
    rng = random.Random(seed)
    for i in range(count):
        yield story(rng, i)


def write_corpus(folder: Path, count: int, seed: int = 7) -> int:
    """Writes `count` stories; returns their total body words."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for sample in generate(count, seed):
        (folder / sample.name).write_text(sample.text, encoding="utf-8")
        words += sample.words
    return words
