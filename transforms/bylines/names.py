"""Person names as wire copy prints them: casing, shape checks and matching keys.

Wire services print bylines in capitals (`By JANE O'BRIEN`) or as written
(`By Jane O'Brien`). `normal_name` brings the capitals back to normal case
with the rules a copy desk would apply (O'Brien, McDonald, van der Berg,
Korean `Seo Ji-woo`); a name that already mixes upper and lower case was
cased by a person and is kept as written. `str.title()` is never used on a
whole name: it breaks exactly those names.
"""

from __future__ import annotations

import re
import unicodedata

from nameparser.config import CONSTANTS as _NAMEPARSER

__all__ = [
    "HYPHEN_ARTICLES",
    "INNER_PARTICLES",
    "PARTICLES",
    "is_name_like",
    "name_key",
    "name_pieces",
    "normal_name",
]

# Lower-case particles that stay lower case wherever they stand, except as the
# last word ("VAN DER BERG" -> "van der Berg").
PARTICLES: frozenset[str] = frozenset({
    "van", "von", "der", "den", "ter", "ten", "te", "de", "vom", "zu",
    "bin", "binti", "bint", "ibn", "dit",
})
# Romance articles and prepositions: lower case only after the first word
# ("JEAN DE LA FONTAINE" -> "Jean de la Fontaine", but "DI MARIA" -> "Di Maria").
INNER_PARTICLES: frozenset[str] = frozenset({
    "la", "las", "los", "le", "les", "du", "da", "di", "del", "della", "dello", "dos", "das", "do", "y", "e",
})
# Arabic article prefixed with a hyphen ("BASHAR AL-ASSAD" -> "Bashar al-Assad").
HYPHEN_ARTICLES: frozenset[str] = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul"})
# Generational suffixes, from nameparser's list (ASCII ones only: wire copy prints those).
SUFFIXES: frozenset[str] = frozenset(
    s for s in _NAMEPARSER.suffix_not_acronyms if s.isascii() and s.isalpha()
)
ROMAN_SUFFIXES: frozenset[str] = frozenset({"ii", "iii", "iv", "v", "vi"})
# "Mac" names spelt with a capital after Mac. Other Mac- names (Macey, Machado,
# Mackey) keep plain casing, so this is a closed list.
MAC_NAMES: frozenset[str] = frozenset({
    "macarthur", "macaulay", "macdonald", "macdougall", "macfarlane", "macgregor",
    "macinnes", "macintyre", "mackay", "mackenzie", "mackinnon", "maclean",
    "maclennan", "macleod", "macmillan", "macneil", "macpherson", "macquarrie",
})
# Common Korean and Chinese family names in their usual romanisations. A name
# that starts with one of these writes its hyphenated given name with a lower
# case second syllable: "SEO JI-WOO" -> "Seo Ji-woo", "LIN MEI-HUA" -> "Lin Mei-hua".
EAST_ASIAN_SURNAMES: frozenset[str] = frozenset({
    # Korean
    "kim", "lee", "yi", "rhee", "park", "pak", "choi", "choe", "jung", "jeong", "chung",
    "kang", "cho", "jo", "yoon", "yun", "jang", "lim", "im", "han", "oh", "seo",
    "suh", "shin", "sin", "kwon", "hwang", "ahn", "an", "song", "yoo", "yu", "ryu",
    "hong", "jeon", "chun", "ko", "koh", "moon", "mun", "yang", "son", "sohn", "bae",
    "baek", "paik", "heo", "huh", "nam", "noh", "roh", "ha", "kwak", "sung", "cha",
    "joo", "ju", "woo", "min", "koo", "ku", "na", "jin", "ji", "um", "eom", "byun",
    "chae", "won", "bang", "gong", "hyun", "yeo", "do", "seol", "pyo", "nho", "shim",
    "sim", "kong", "maeng", "ok", "tak", "yeom", "lyu", "ryoo",
    # Chinese (mainland, Taiwan, Hong Kong romanisations)
    "chen", "chan", "wang", "wong", "li", "zhang", "cheung", "chang", "liu", "lau",
    "huang", "wu", "zhou", "chou", "xu", "hsu", "sun", "ma", "zhu", "chu", "hu",
    "guo", "kuo", "he", "ho", "lin", "lam", "luo", "lo", "gao", "cheng",
    "chiang", "tsai", "lai", "tseng", "hsieh", "lu", "su", "yeh", "tang", "leung",
    "tsang", "liang", "xie", "zheng", "feng", "deng", "peng", "tan", "teo", "goh",
    "ng", "tay", "yap", "chiu", "chow", "fung", "kwok", "tsui", "yip", "au",
})

_ALL_PARTICLES = PARTICLES | INNER_PARTICLES
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?$")
# One word of a name: letters, inner apostrophes/hyphens, an optional final dot.
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?$")
# A surname after an elided particle, in lower case as Italian and French print it: d'Emilio, dell'Acqua.
_ELIDED_PARTICLE = re.compile(r"^(?:d|l|dell|dall|all|nell|sull)['’](?=[A-ZÀ-Þ])")
_KEY_DROP = re.compile(r"[.'’]")
_KEY_SPACE = re.compile(r"[\s\-_]+")
_PIECE_SPLIT = re.compile(r"[\s\-'’.]+")

# Capitalised words that start sentences and headlines but never names:
# they keep "By The End Of The Year" and "By Monday, ..." from reading as credits.
NON_NAME_WORDS: frozenset[str] = frozenset({
    "the", "a", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from",
    "by", "as", "is", "was", "are", "were", "be", "been", "that", "this", "these",
    "those", "it", "its", "his", "her", "their", "our", "my", "your", "we",
    "she", "they", "i", "you", "end", "year", "years", "month", "months", "week",
    "weeks", "days", "time", "times", "way", "then", "now", "far", "all",
    "some", "many", "most", "more", "less", "early", "late", "last", "next", "first",
    "mid", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "today", "tonight", "tomorrow", "yesterday", "contrast", "comparison",
    "order", "no", "not", "any", "every", "each", "other", "which",
    "what", "when", "where", "who", "how", "after", "before", "about", "over",
    "under", "than", "but", "if", "so", "such", "same", "new", "old", "per", "cent",
    "percent", "million", "billion", "trillion", "dollars", "staff", "reuters",
    "press", "news", "agency", "agencies", "correspondent", "correspondents",
    "writer", "writers", "reporter", "reporters", "editor", "editors", "newsroom",
    "newsrooms", "bureau", "desk", "team", "wire", "services", "photo", "photos",
    # Story types and sections: kickers and slugs printed over a lead in title
    # case ("Economic Watch", "China Focus", "Sports Roundup") are nobody's name.
    "watch", "focus", "roundup", "report", "reports", "guide", "profile", "interview", "analysis",
    "feature", "features", "update", "updates", "preview", "review", "briefing", "factbox", "explainer",
    "column", "commentary", "spotlight", "insight", "special", "exclusive", "opinion", "editorial",
    "obituary", "summary", "digest", "highlights", "calendar", "results", "gallery", "podcast",
    "newsletter", "story", "stories", "headlines", "brief", "briefs", "wrap", "outlook", "forecast",
    "alert", "advisory", "urgent", "flash", "bulletin", "correction", "recap", "sports", "business",
    "markets", "market", "weather", "travel", "world", "economy", "politics", "science", "technology",
    "entertainment", "lifestyle", "breaking", "latest", "live", "newsmaker", "factfile", "timeline",
    "backgrounder", "chronology", "quotes",
})


def _cap(piece: str) -> str:
    # Title-case the first character only: `c.title()` maps "ß" to "Ss" and
    # digraphs to their title form, which keeps normal_name idempotent.
    return piece[:1].title() + piece[1:] if piece else piece


def _case_piece(piece: str) -> str:
    """Case one lower-case piece of a word (between hyphens)."""
    if "'" in piece or "’" in piece:
        apostrophe = "'" if "'" in piece else "’"
        head, _, tail = piece.partition(apostrophe)
        if len(head) == 1 and tail:  # O'Brien, D'Alema, N'Dour
            return _cap(head) + apostrophe + _case_piece(tail)
        return _cap(head) + apostrophe + tail
    if piece.startswith("mc") and len(piece) > 3:
        return "Mc" + _cap(piece[2:])
    if piece in MAC_NAMES:
        return "Mac" + _cap(piece[3:])
    return _cap(piece)


def _case_word(word: str, position: int, count: int, east_asian: bool) -> str:
    """Case one lower-case word of a name at `position` of `count` words."""
    bare = word.rstrip(".")
    if _INITIALS.match(word):
        return "".join(_cap(c) for c in word)
    if bare in SUFFIXES and position > 0:
        return word.upper() if bare in ROMAN_SUFFIXES else _cap(word)
    if position < count - 1 and (bare in PARTICLES or (position > 0 and bare in INNER_PARTICLES)):
        return word
    pieces = word.split("-")
    if east_asian and position > 0:
        return "-".join([_case_piece(pieces[0]), *pieces[1:]])
    cased = [_case_piece(p) for p in pieces]
    if position > 0 and len(pieces) > 1 and pieces[0] in HYPHEN_ARTICLES:
        cased[0] = pieces[0]
    return "-".join(cased)


_CAPS_MC = re.compile(r"\bMc(?=[A-Z]{2})")


def normal_name(text: str) -> str:
    """Return a person's name in normal case; idempotent.

    Whitespace is collapsed. A name that mixes upper and lower case letters is
    returned as written; a name in one case (usually capitals from a wire
    byline) is cased word by word.
    """
    name = " ".join(text.split())
    has_upper = any(c.isupper() for c in name)
    # Capitals from a wire byline print the c of Mc small ("MARK McDONALD"):
    # that one small letter does not make the name mixed case.
    has_lower = any(c.islower() for c in _CAPS_MC.sub("MC", name))
    if has_upper and has_lower:
        return _case_capital_surnames(name)
    words = name.lower().split(" ") if name else []
    east_asian = len(words) in (2, 3) and words[0] in EAST_ASIAN_SURNAMES and any("-" in w for w in words[1:])
    return " ".join(_case_word(w, i, len(words), east_asian) for i, w in enumerate(words))


def _case_capital_surnames(name: str) -> str:
    """AFP's "Laurent BANGUET": given names written, surname in capitals -> "Laurent Banguet".

    Only words of three letters or more, all capitals, in a name that has
    written words too; "AJ Smith", "Henry Ford III" and "Marc LaForge" are kept.
    """
    words = name.split(" ")
    shouting = [
        i for i, w in enumerate(words)
        if _NAME_WORD.match(w) and sum(c.isalpha() for c in w) >= 3 and _CAPS_MC.sub("MC", w).isupper()
        and w.rstrip(".").lower() not in ROMAN_SUFFIXES and not _INITIALS.match(w)
    ]
    # The written words must keep a capital, or the result would read as
    # one-case on a second pass and be cased again: idempotence.
    written = [w for i, w in enumerate(words) if i not in shouting]
    if not shouting or not any(c.isupper() for w in written for c in w):
        return name
    count = len(words)
    for i in shouting:
        words[i] = _case_word(words[i].lower(), i, count, east_asian=False)
    return " ".join(words)


def name_key(name: str) -> str:
    """A matching key: case, accents, dots, apostrophes and hyphens folded."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = _KEY_DROP.sub("", folded)
    return _KEY_SPACE.sub(" ", folded).strip()


def name_pieces(name: str) -> tuple[str, ...]:
    """Lower-case pieces of a name split at spaces, hyphens, apostrophes and dots."""
    return tuple(p for p in _PIECE_SPLIT.split(name_key(name)) if p)


_MAX_PARTICLES = 3
_NAME_MAX_CHARS = 60


def is_name_like(text: str, *, max_words: int = 5) -> bool:
    """True when `text` has the shape of a person's name as credits print it.

    Two to `max_words` words, each capitalised (or a known particle, or an
    initial), none of them a function word or a newsroom word. One-word
    names are refused on purpose: at the head of a story "By Monday" is far
    likelier than a mononymous reporter.
    """
    if len(text) > _NAME_MAX_CHARS:
        return False
    words = text.split()
    # Particles do not count towards the length ("Ana Lucía Gómez de la Torre"), within a bound.
    particles = sum(w.rstrip(".").lower() in _ALL_PARTICLES for w in words[1:]) if len(words) > max_words else 0
    if not 2 <= len(words) - particles <= max_words or len(words) > max_words + _MAX_PARTICLES:
        return False
    substantial = 0
    for i, word in enumerate(words):
        bare = word.rstrip(".").lower()
        if _INITIALS.match(word) and word[0].isupper():
            continue
        if not _NAME_WORD.match(word):
            return False
        if bare in NON_NAME_WORDS:
            return False
        if word[0].islower():
            if bare in PARTICLES or bare in INNER_PARTICLES:
                continue
            if "-" in word and word.split("-", 1)[0] in HYPHEN_ARTICLES and i > 0:
                continue
            if i > 0 and _ELIDED_PARTICLE.match(word):
                substantial += 1  # "Frances d'Emilio", "Gianni dell'Acqua": an elided particle and a surname
                continue
            return False
        if not word[0].isupper():
            return False
        substantial += 1
    # A particle ends no name in lower case ("Ortega y"), but capitalised it is a surname ("Priya Das").
    last = words[-1].rstrip(".")
    return substantial >= 1 and not (last[:1].islower() and last in _ALL_PARTICLES)
