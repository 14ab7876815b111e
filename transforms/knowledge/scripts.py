"""Which script of Korean, Chinese and Japanese copy a letter is written in: Hangul, Han or Kana.

Told by code point ranges, not by a regular expression: a character class
spanning these blocks takes milliseconds to compile, which every process
would pay at import though most copy never holds such a letter. The
ranges' text (`CLASS`) is for the patterns of those scripts' own readers,
compiled when the first such letter is met.
"""

from __future__ import annotations

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
