"""The entity_key: one spelling of "which entity" shared by stories, runs and tables."""

from __future__ import annotations

import re
import unicodedata

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def entity_key(label: str, name: str) -> str:
    """`PERSON:jens-stoltenberg`: the same label and name give the same key in every story and run.

    Accents and case fold away ("José Álvarez" -> jose-alvarez); a name with
    no ASCII letters keeps its own characters rather than becoming empty.
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    slug = _SLUG_RE.sub("-", folded).strip("-") or _SLUG_RE.sub("-", name.casefold()).strip("-")
    return f"{label}:{slug}"
