"""Near-duplicate detection on body text: word shingles, MinHash, LSH bands.

A story's write-throughs keep most of its paragraphs, so the Jaccard
similarity of their word-shingle sets is high while two different stories
of one agency on one topic share few shingles. MinHash estimates that
similarity from a fixed-size signature (stored with the article, so a later
run compares against earlier ones without re-reading bodies); LSH banding
finds candidates without comparing every pair.

The hash family is derived from BLAKE2b of fixed labels, not from a random
generator, so signatures are the same on every machine and every release.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import chain

import numpy as np

SKETCH_VERSION = "minhash.v1"
NUM_PERM = 128
SHINGLE_WORDS = 3
# 64 bands of 2 rows: a pair with Jaccard 0.25 becomes a candidate with
# probability 0.98, one with 0.05 with 0.15 (candidates are then checked).
BANDS = 64
ROWS = NUM_PERM // BANDS
MIN_WORDS = SHINGLE_WORDS + 2  # fewer words than this: too little text to compare
MIN_CONTAINED = 20
MAX_SIZE_RATIO = 4
MIN_EVIDENCE = 0.1

_MERSENNE_BITS = np.uint64(61)
_PRIME = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def _coefficients(label: str) -> np.ndarray:
    values = [
        int.from_bytes(hashlib.blake2b(f"{SKETCH_VERSION}:{label}:{i}".encode(), digest_size=4).digest(), "little")
        for i in range(NUM_PERM)
    ]
    return np.array(values, dtype=np.uint64)


_A = _coefficients("a") | np.uint64(1)  # odd, never zero
_B = _coefficients("b")


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text.casefold())


def shingles(text: str) -> set[str]:
    return _shingles(words(text))


def _shingles(tokens: list[str]) -> set[str]:
    return {" ".join(tokens[i:i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}


def sketch(text: str) -> tuple[bytes, int]:
    """(signature, or b"" when the text is too short to compare; number of shingles), words split once."""
    tokens = words(text)
    found = _shingles(tokens)
    return (_signature(found) if len(tokens) >= MIN_WORDS else b""), len(found)


def comparable(text: str) -> bool:
    """Enough words for a signature to mean something."""
    return len(words(text)) >= MIN_WORDS


def signature(text: str) -> bytes:
    """The MinHash signature of the text's word shingles: NUM_PERM little-endian uint32s."""
    return _signature(shingles(text))


def _signature(found: set[str]) -> bytes:
    if not found:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype="<u4").tobytes()
    # Each shingle's 4-byte digest read as a little-endian uint32; the minimum
    # below does not depend on their order, so the set is not sorted.
    x = np.frombuffer(
        b"".join([hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest() for s in found]), dtype="<u4"
    ).astype(np.uint64)
    return _universal_min(x).astype("<u4").tobytes()


def _universal_min(x: np.ndarray) -> np.ndarray:
    """min over x of ((a*x + b) mod p) & 0xFFFFFFFF for each (a, b): p = 2**61 - 1, x as uint64.

    a, b, x < 2**32, so a*x + b fits in 64 bits exactly. The modulo of a
    Mersenne prime needs no division: v = hi * 2**61 + lo is hi + lo modulo
    p, which is below p + 8, and one subtraction of p where it reaches p.
    That subtraction only adds 1 to the low 32 bits kept (2**61 is a
    multiple of 2**32), hence the shifted carry. Same values as `%`, in a
    third less time (the hashing of every story pays it 128 times per shingle).
    """
    v = x[:, None] * _A
    v += _B
    r = v & _PRIME
    v >>= _MERSENNE_BITS
    r += v
    v = r + np.uint64(1)
    v >>= _MERSENNE_BITS
    r += v
    r &= _MASK32
    return r.min(axis=0)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    va, vb = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    if va.shape != vb.shape:
        raise ValueError(f"signatures of different sizes: {va.size} and {vb.size}")
    return float(np.mean(va == vb))


def overlap(a: bytes, size_a: int, b: bytes, size_b: int) -> float:
    """How much of the smaller shingle set the larger holds, estimated from Jaccard and the set sizes.

    A story's first short take is nearly all inside its longer write-through,
    though their Jaccard similarity is low: |A n B| = J (|A| + |B|) / (1 + J).
    The estimate is only as good as the number of agreeing signature slots,
    so it falls back to Jaccard for sets of fewer than MIN_CONTAINED
    shingles, sizes more than MAX_SIZE_RATIO apart, or Jaccard under
    MIN_EVIDENCE (a handful of agreeing slots is noise, and multiplied by a
    large size ratio it would look like containment).
    """
    j = similarity(a, b)
    small, large = sorted((size_a, size_b))
    if small < MIN_CONTAINED or large > MAX_SIZE_RATIO * small or j < MIN_EVIDENCE:
        return j
    return max(j, min(1.0, j * (size_a + size_b) / ((1 + j) * small)))


def overlaps(sig: bytes, size: int, others: list[bytes], sizes: list[int]) -> np.ndarray:
    """`overlap` of one signature against many, as one array comparison.

    A run compares each new story with every candidate its LSH bands turn
    up; on agency copy full of shared boilerplate that is hundreds per
    story, and a Python loop over them cost more than the NER of the run.
    The arithmetic is `overlap`'s, in the same order, so the scores are equal.
    """
    if not others:
        return np.zeros(0)
    mine = np.frombuffer(sig, dtype="<u4")
    theirs = np.frombuffer(b"".join(others), dtype="<u4")
    if theirs.size != mine.size * len(others):
        raise ValueError(f"signatures of different sizes among {len(others)} candidates and one of {mine.size}")
    return _overlap_rows(mine, size, theirs.reshape(len(others), mine.size), np.asarray(sizes, dtype=np.int64))


def _overlap_rows(mine: np.ndarray, size: int, theirs: np.ndarray, sz: np.ndarray) -> np.ndarray:
    """`overlap` of one signature against each row of `theirs` (sizes `sz`)."""
    j = np.count_nonzero(theirs == mine, axis=1) / mine.size  # the share of equal slots, as .mean() gives it
    small, large = np.minimum(sz, size), np.maximum(sz, size)
    estimable = (small >= MIN_CONTAINED) & (large <= MAX_SIZE_RATIO * small) & (j >= MIN_EVIDENCE)
    with np.errstate(divide="ignore", invalid="ignore"):
        contained = np.minimum(1.0, j * (size + sz) / ((1 + j) * small))
    return np.where(estimable, np.maximum(j, contained), j)


_BAND_PREFIX = [bytes([i]) for i in range(BANDS)]


def bands(sig: bytes) -> list[bytes]:
    """LSH band keys: items sharing one are candidates."""
    width = ROWS * 4
    return [prefix + sig[i * width:(i + 1) * width] for i, prefix in enumerate(_BAND_PREFIX)]


class LshIndex:
    """Signatures by group, bucketed by band key; a look-up scores every candidate of the group at once.

    Story matching only ever compares articles of one agency; grouping the
    buckets by agency keeps the others out of the candidate lists instead
    of filtering them out one by one (on agency copy full of shared
    boilerplate, hundreds per story). The index keeps the signatures
    themselves as rows of one array per group, so `scored` compares a
    signature with all its candidates in one array operation instead of
    gathering them one by one. A caller that both looks up and adds one
    signature passes its `bands` to both, computed once.
    """

    def __init__(self) -> None:
        self._groups: dict[object, _Shelf] = {}

    def add(self, key: str, sig: bytes, group: object = None, *, size: int = 0,
            keys: list[bytes] | None = None) -> None:
        """Index `sig` under `key`; `size` is its number of shingles, for `scored`."""
        shelf = self._groups.get(group)
        if shelf is None:
            shelf = self._groups[group] = _Shelf()
        row = shelf.append(key, sig, size)
        buckets = shelf.buckets
        for band in keys if keys is not None else bands(sig):
            if (items := buckets.get(band)) is None:
                buckets[band] = [row]
            else:
                items.append(row)

    def candidates(self, sig: bytes, group: object = None, *, keys: list[bytes] | None = None) -> set[str]:
        shelf = self._groups.get(group)
        if shelf is None:
            return set()
        return {shelf.keys[row] for row in shelf.rows_sharing(keys if keys is not None else bands(sig))}

    def scored(self, sig: bytes, size: int, group: object = None, *,
               keys: list[bytes] | None = None) -> tuple[list[str], np.ndarray]:
        """(the candidates of the group, in the order added; their `overlap` with sig, as `overlaps` gives it)."""
        shelf = self._groups.get(group)
        found = shelf.rows_sharing(keys if keys is not None else bands(sig)) if shelf is not None else set()
        if not found:
            return [], np.zeros(0)
        rows = np.fromiter(found, dtype=np.intp, count=len(found))
        rows.sort()
        mine = np.frombuffer(sig, dtype="<u4")
        if mine.size != NUM_PERM:
            raise ValueError(f"signatures of different sizes: {mine.size} looked up, {NUM_PERM} indexed")
        scores = _overlap_rows(mine, size, shelf.sigs[rows], shelf.sizes[rows])
        return shelf.keys[rows].tolist(), scores

    def extend(self, items: Iterable[tuple[str, bytes]], group: object = None) -> None:
        for key, sig in items:
            self.add(key, sig, group)


class _Shelf:
    """One group's signatures as rows of a growing array, their keys, sizes and band buckets."""

    __slots__ = ("count", "keys", "sigs", "sizes", "buckets")

    def __init__(self) -> None:
        self.count = 0
        self.keys = np.empty(64, dtype=object)  # an array, so a look-up takes its candidates' keys in one step
        self.sigs = np.empty((64, NUM_PERM), dtype="<u4")
        self.sizes = np.empty(64, dtype=np.int64)
        self.buckets: dict[bytes, list[int]] = {}

    def append(self, key: str, sig: bytes, size: int) -> int:
        row = self.count
        if len(sig) != NUM_PERM * 4:
            raise ValueError(f"signatures of different sizes: {len(sig) // 4} added, {NUM_PERM} indexed")
        if row == len(self.sizes):
            self.keys = np.concatenate([self.keys, np.empty_like(self.keys)])
            self.sigs = np.concatenate([self.sigs, np.empty_like(self.sigs)])
            self.sizes = np.concatenate([self.sizes, np.empty_like(self.sizes)])
        self.keys[row] = key
        self.sigs[row] = np.frombuffer(sig, dtype="<u4")
        self.sizes[row] = size
        self.count = row + 1
        return row

    def rows_sharing(self, keys: list[bytes]) -> set[int]:
        return set(chain.from_iterable(filter(None, map(self.buckets.get, keys))))
