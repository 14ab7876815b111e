"""Small readers shared by the format parsers: names, codes, numbers as metadata prints them."""

from __future__ import annotations

import re

from wirecopy.transforms.knowledge import agencies

_DOMAIN_RE = re.compile(r"^(?:www\.)?(?P<name>[a-z0-9-]+)(?:\.[a-z]{2,6}){1,2}$", re.IGNORECASE)
_SMALL_NUMBER_RE = re.compile(r"^\s*[0-9]{1,2}\s*$")
_PUBSTATUS = {"usable": "usable", "withheld": "withheld", "canceled": "canceled", "cancelled": "canceled",
              "embargoed": "withheld"}


def clean(value: object) -> str | None:
    """A string with whitespace collapsed; None for anything blank or not a string."""
    if not isinstance(value, str):
        return None
    collapsed = " ".join(value.split())
    return collapsed or None


def code(qcode: str) -> str:
    """`stat:usable` -> `usable`; a code without a scheme is returned as it is."""
    return qcode.rsplit(":", 1)[-1]


def agency(*candidates: str | None) -> str | None:
    """The canonical agency the first recognisable candidate names.

    Providers are printed as names ("Reuters"), domains ("reuters.com"),
    qcodes ("nprov:REUTERS") or copyright lines; each form is tried.
    """
    for candidate in candidates:
        if not candidate:
            continue
        value = candidate.strip()
        forms = [value, code(value)]
        if (domain := _DOMAIN_RE.match(value)) is not None:
            forms.append(domain["name"])
        forms.append(re.sub(r"(?i)^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?", "", value).strip())
        for form in forms:
            if form and (name := agencies.canonical(form)) is not None:
                return name
    return None


def printed_agency(value: str | None) -> str | None:
    """An agency the table does not know, as its metadata prints it: "Anadolu Ajansı", "kathpress.at" ->
    "kathpress", "/nordwire/" -> "nordwire"; None for nothing, or for more words than a name has."""
    cleaned = clean((value or "").strip("/ "))
    if cleaned is None or len(cleaned) > 60:
        return None
    if (domain := _DOMAIN_RE.match(cleaned)) is not None:
        return domain["name"]
    return cleaned


def pubstatus(value: str | None) -> str | None:
    if not value:
        return None
    word = code(value).strip().casefold()
    return _PUBSTATUS.get(word, word or None)


def priority(value: object) -> int | None:
    """An urgency on the IPTC scale 1..9, or None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        if not _SMALL_NUMBER_RE.match(value):
            return None
        value = int(value)
    if isinstance(value, int) and 1 <= value <= 9:
        return value
    return None


def unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


# Credit roles as formats name them (NewsML-G2 creator/contributor roles, ninjs authors) to byline roles.
_CREDIT_ROLES = {
    "author": "author", "writer": "author", "creator": "author", "byline": "author", "reporter": "reporting",
    "correspondent": "reporting", "contributor": "additional_reporting", "editor": "editing",
    "photographer": "photo", "translator": "translation",
}


def credit_role(printed: str | None) -> str | None:
    """The byline role a format's role code names ("crol:writer", "editor"), None when it names none."""
    folded = code(printed or "").casefold()
    return next((role for key, role in _CREDIT_ROLES.items() if key in folded), None) if folded else None


def coordinates(latitude: str | None, longitude: str | None) -> tuple[float, float] | None:
    """A latitude and a longitude as printed in metadata ("48.8566", "2.3522"), where both read as a point."""
    try:
        point = (float(latitude or ""), float(longitude or ""))
    except ValueError:
        return None
    return point if -90 <= point[0] <= 90 and -180 <= point[1] <= 180 else None


# "Peter and Jane Doe": a first name alone, then a whole name whose surname the two share.
_SHARED_SURNAME_RE = re.compile(
    r"^(?P<by>(?i:by|von|por|par)\s+)?(?P<first>[^\W\d_][^\W\d_'-]+)\s+(?P<join>and|&|und|y|et)\s+"
    r"(?P<second>(?:[^\W\d_][\w'.-]*\s+)+?)(?P<surname>[^\W\d_][\w'-]+)$"
)


def shared_surname(credit: str | None) -> str | None:
    """A credit line with a surname two people share written out for both.

    "Peter and Jane Doe" credits Peter Doe and Jane Doe, as a reader takes
    it; a name reader that splits at "and" would otherwise see a first name
    alone, which names nobody. Only a lone capitalised word before the "and"
    is completed, and only from a name of two or more words after it; any
    other credit is returned as it is.
    """
    if credit is None:
        return None
    m = _SHARED_SURNAME_RE.match(" ".join(credit.split()))
    if m is None or not (m["first"][0].isupper() and m["first"][1:].islower()) or not m["surname"][0].isupper():
        return credit
    return f"{m['by'] or ''}{m['first']} {m['surname']} {m['join']} {m['second']}{m['surname']}"
