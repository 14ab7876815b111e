"""How place names are spelled: normal casing and the folded look-up key.

Datelines print places in capitals ("PORT-AU-PRINCE", "ST. LOUIS"), and
str.title() gets them wrong ("Port-Au-Prince", "Mcallen"). `normal_case` is
the rule set used when the gazetteer has no spelling of its own to offer;
`fold` is the key under which printed and gazetteer names meet ("SAO PAULO",
"São Paulo" and "Sao-Paulo" fold alike).
"""

from __future__ import annotations

import re
import unicodedata

# Words that stay lower case inside a place name and are capitalised only
# when they open it ("Rio de Janeiro", "Port-au-Prince", "Dar es Salaam",
# "Frankfurt am Main", "Stoke-on-Trent"; but "La Paz", "The Hague").
PARTICLES: frozenset[str] = frozenset({
    "à", "aan", "al", "am", "an", "and", "au", "aux", "bei", "da", "das", "de", "dei", "del",
    "della", "delle", "den", "der", "des", "di", "do", "dos", "du", "e", "el", "en", "es",
    "im", "la", "le", "les", "lès", "of", "on", "op", "sur", "ter", "the", "upon", "van",
    "von", "y",
})

# Letters NFKD does not take apart, folded to the ASCII a wire desk types.
_LETTER_FOLDS = str.maketrans({
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ħ": "h", "Ħ": "h",
})
# Punctuation that does not tell two names apart ("St. Louis" = "St Louis",
# "Port-au-Prince" = "Port au Prince", "N'Djamena" = "NDjamena").
_KEY_PUNCTUATION = str.maketrans({
    ".": None, "'": None, "\u2019": None, "\u2018": None, "`": None, "\u02bc": None,
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "_": " ",
})

_WORD_SPLIT_RE = re.compile(r"(\s+|[-\u2010\u2011/])")
_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.){2,}")          # "D.C.", "U.S."
_ONE_LETTER_ELISION_RE = re.compile(r"([^\W\d_])(['\u2019])(.+)")  # "O'Fallon", "d'Alene", "N'Djamena"
_ELIDED_PARTICLES = frozenset({"d", "l"})
_MAX_PASSES = 4


def normal_case(name: str) -> str:
    """Place-name casing from capitals or any case ("MCALLEN" -> "McAllen").

    The fallback rule set: resolve_place prefers the gazetteer's own spelling
    when it finds the place. Words already cased by hand ("DeKalb", "São")
    are kept, so the function is idempotent; particles are lowered inside a
    name whatever their case ("Rio De Janeiro" -> "Rio de Janeiro").
    """
    text = " ".join(unicodedata.normalize("NFC", name).split())
    out: list[str] = []
    first = True
    for token in _WORD_SPLIT_RE.split(text):
        if not token or _WORD_SPLIT_RE.fullmatch(token):
            out.append(token)
            continue
        out.append(_settled_case(token, first))
        first = False
    return "".join(out)


def fold(text: str) -> str:
    """The look-up key of a name: no case, accents, dots, apostrophes or hyphens."""
    if text.isascii():
        folded = text.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", text.translate(_LETTER_FOLDS))
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(folded.translate(_KEY_PUNCTUATION).split())


def light_fold(text: str) -> str:
    """Like `fold` but keeping letters NFKD cannot split ("Łódź" -> "łodz").

    Two spellings with the same light fold differ only in case, accents and
    punctuation, so one may stand for the other in output.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(folded.translate(_KEY_PUNCTUATION).split())


def _settled_case(word: str, first: bool) -> str:
    """`_case_word` repeated until it no longer changes the word.

    One pass settles every real name; a few letters whose case mappings
    change length ("ß" -> "Ss", "ŉ" -> "ʼN") need a second, and the loop
    is what makes normal_case idempotent on any text.
    """
    for _ in range(_MAX_PASSES):
        # case mapping can decompose a letter ("ΐ" title-cases to three code points)
        cased = unicodedata.normalize("NFC", _case_word(word, first))
        if cased == word:
            break
        word = cased
    return word


def _case_word(word: str, first: bool) -> str:
    lower = word.lower()
    if not first and lower in PARTICLES:
        return lower
    if _is_hand_cased(word):
        return word
    if _INITIALS_RE.fullmatch(word) and _INITIALS_RE.fullmatch(word.upper()):
        return word.upper()
    elision = _ONE_LETTER_ELISION_RE.fullmatch(lower)
    if elision:
        head, mark, rest = elision.groups()
        if first or head not in _ELIDED_PARTICLES:
            head = _capitalise(head)
        return head + mark + _capitalise(rest)
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + _capitalise(lower[2:])
    return _capitalise(lower)


def _is_hand_cased(word: str) -> bool:
    """Mixed case that opens on a capital: someone cased it on purpose."""
    cased = [c for c in word if c.isupper() or c.islower()]
    return bool(cased) and cased[0].isupper() and any(c.islower() for c in cased)


def _capitalise(word: str) -> str:
    """Title-case the first cased letter, not the first character ("(oder)" -> "(Oder)")."""
    for i, char in enumerate(word):
        if char.islower():
            return word[:i] + char.title() + word[i + 1:]
        if char.isupper():
            return word
    return word
