"""Which script a letter is written in: Hangul, Han or Kana of Korean, Chinese and Japanese copy, and the
alphabets other than Latin and Cyrillic that wires print leads in (Arabic, Devanagari, Bengali, Greek,
Armenian, Georgian); and the key that names in those alphabets are matched by (`fold`).

Told by code point ranges, not by a regular expression: a character class
spanning these blocks takes milliseconds to compile, which every process
would pay at import though most copy never holds such a letter. The
ranges' text (`CLASS`) is for the patterns of those scripts' own readers,
compiled when the first such letter is met.
"""

from __future__ import annotations

import unicodedata

# Hangul syllables (not the loose jamo: "ㅣ" is a bar between an outlet and its desk).
HANGUL = ((0xAC00, 0xD7A3),)
# CJK ideographs, extension A and the compatibility block.
HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
# Hiragana, Katakana and the long-vowel mark ー.
KANA = ((0x3041, 0x3096), (0x30A1, 0x30FA), (0x30FC, 0x30FC))

_SCRIPTS = (("hangul", HANGUL), ("han", HAN), ("kana", KANA))


def _class(*blocks: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for ranges in blocks for a, b in ranges)


# Regular-expression class bodies: f"[{CLASS['han']}]".
CLASS = {"hangul": _class(HANGUL), "han": _class(HAN), "kana": _class(KANA), "any": _class(HANGUL, HAN, KANA)}


def script(char: str) -> str | None:
    """ "hangul", "han" or "kana" for a letter of those scripts, else None."""
    code = ord(char)
    if code < 0x3041:
        return None
    for name, ranges in _SCRIPTS:
        if any(a <= code <= b for a, b in ranges):
            return name
    return None


def has_letter(text: str) -> bool:
    """Whether any letter of `text` is Hangul, Han or Kana (ASCII text is answered without a look)."""
    return not text.isascii() and any(script(c) for c in text)


def all_letters(text: str) -> bool:
    """Whether `text` is made of Hangul, Han and Kana letters only (and is not empty)."""
    return bool(text) and all(script(c) for c in text)


# Alphabets of leads other than Latin, Cyrillic and CJK: the blocks of each script (its letters, marks, digits and
# punctuation; callers ask unicodedata which a character is). Arabic with its supplement, extended-A and the
# presentation forms (Persian and Urdu letters are Arabic's); Devanagari with its extension; Greek with its
# extended (polytonic) block; Armenian with its ligatures; Georgian with Mtavruli and Nuskhuri.
ALPHABETS: dict[str, tuple[tuple[int, int], ...]] = {
    "arabic": ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    "devanagari": ((0x0900, 0x097F), (0xA8E0, 0xA8FF)),
    "bengali": ((0x0980, 0x09FF),),
    "greek": ((0x0370, 0x03FF), (0x1F00, 0x1FFF)),
    "armenian": ((0x0531, 0x058F), (0xFB13, 0xFB17)),
    "georgian": ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)),
}
# Regular-expression class bodies of the alphabets: f"[{ALPHABET_CLASS['greek']}]".
ALPHABET_CLASS = {name: _class(ranges) for name, ranges in ALPHABETS.items()}
_ALPHABET_RANGES = tuple((a, b, name) for name, ranges in ALPHABETS.items() for a, b in ranges)


def alphabet(char: str) -> str | None:
    """ "arabic", "devanagari", "bengali", "greek", "armenian" or "georgian" for a character of those blocks."""
    code = ord(char)
    if code < 0x0370:
        return None
    for a, b, name in _ALPHABET_RANGES:
        if a <= code <= b:
            return name
    return None


# Marks a name carries in some prints and not in others: Arabic's vowel signs, shadda and sukun, the
# superscript alef; the tatweel that stretches a word; the marks that set the direction of text (LRM, RLM,
# ALM) and the zero-width joiners.
_IGNORED = dict.fromkeys(
    [*range(0x064B, 0x0660), 0x0670, 0x0640, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF])
# Letters Arabic, Persian and Urdu copy write one for another: hamza on or under alef, madda and wasla as
# alef; alef maqsura, Persian and Urdu yeh as yeh; Persian keheh as kaf; teh marbuta as heh (and the Urdu
# heh goal and round heh); Greek's final sigma as sigma; Armenian's ligature ev spelt as capitals spell it.
_LETTER_FOLDS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي", "ک": "ك", "ة": "ه",
    "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ۃ": "ه", "ς": "σ", "\u058a": "-",
})


def fold(text: str) -> str:
    """A name in these alphabets as indexes hold it: compatibility forms (Arabic presentation forms) folded,
    case folded, Greek accents taken off, Arabic letter variants and marks folded (see _LETTER_FOLDS),
    Armenian և as եվ, hyphens and runs of spaces as one space. Letters of other scripts pass unchanged."""
    text = unicodedata.normalize("NFKC", text).translate(_IGNORED).casefold()
    if any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in text):
        text = "".join(c for c in unicodedata.normalize("NFD", text)
                       if not (unicodedata.combining(c) and 0x0300 <= ord(c) <= 0x036F))
    text = unicodedata.normalize("NFC", text).translate(_LETTER_FOLDS).replace("եւ", "եվ")
    return " ".join(text.replace("-", " ").split())
