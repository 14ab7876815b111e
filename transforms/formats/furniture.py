"""Domain tables for the framed wire formats (rule set `furniture.v1`).

What IPTC 7901 and ANPA-1312 streams put around a story's text: version
markers on a line of their own, the line that starts notes not for
publication, the ANPA priority letters. Data, not code: a new agency's
marker is a new row.
"""

from __future__ import annotations

import re

RULESET = "furniture.v1"

# A version marker alone on a line at the head of the text: dpa's "1ST LEAD",
# "EXTRA", AP's "URGENT", "2nd Ld-Writethru".
VERSION_LINE_RE = re.compile(
    r"""(?ix)^(?:
        (?:\d+(?:st|nd|rd|th)\s+)?(?:lead|ld)(?:[\s-]+writethru)?
      | (?:\d+(?:st|nd|rd|th)\s+)?writethru
      | extra | urgent | bulletin | flash | advisory | correction | corrected | corrects
      | update(?:\s+\d+)? | refile | repeat | summary | roundup | recasts
      | (?:eds|editors?)\s*:?\s*note
    )$"""
)

# A line after which the rest of the text is for editors, not readers.
NOT_FOR_PUBLICATION_RE = re.compile(
    r"(?i)^(?:the following (?:information|note) is not (?:intended )?for publication\.?"
    r"|not for publication\.?|#+\s*notebook|\*\*\*\s*not for publication\s*\*\*\*)$"
)
# Lines of asterisks or hashes that only separate sections.
SEPARATOR_LINE_RE = re.compile(r"^[\s*#=_-]{3,}$")

# Header lines of ANPA copy that are editors' notes, not text: "Eds: ...",
# "Editor's Note: ...", "AP Photos XNP101".
EDNOTE_LINE_RE = re.compile(r"(?i)^(?:eds?\s*:|editors?'?s?\s+note\b|editor'?s\s+note\b"
                            r"|ap\s+(?:photos?|video|graphics?)\b|with\s+ap\s+photos?\b)")

# ANPA-1312 priority letters on the IPTC urgency scale (1 highest, 9 lowest).
ANPA_PRIORITY = {"f": 1, "b": 2, "u": 3, "r": 5, "d": 6, "a": 7, "w": 8}
