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
    tokens = words(text)
    return {" ".join(tokens[i:i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}


def comparable(text: str) -> bool:
    """Enough words for a signature to mean something."""
    return len(words(text)) >= MIN_WORDS


def signature(text: str) -> bytes:
    """The MinHash signature of the text's word shingles: NUM_PERM little-endian uint32s."""
    found = shingles(text)
    if not found:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype="<u4").tobytes()
    x = np.array(
        [int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little") for s in sorted(found)],
        dtype=np.uint64,
    )
    # (a*x + b) mod p: a, x < 2**32, so the product fits in 64 bits exactly.
    hashed = ((x[:, None] * _A[None, :] + _B[None, :]) % _PRIME) & _MASK32
    return hashed.min(axis=0).astype("<u4").tobytes()


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


def bands(sig: bytes) -> list[bytes]:
    """LSH band keys: items sharing one are candidates."""
    width = ROWS * 4
    return [bytes([i]) + sig[i * width:(i + 1) * width] for i in range(BANDS)]


class LshIndex:
    """Items by band key; `candidates` lists those sharing a band with a signature."""

    def __init__(self) -> None:
        self._buckets: dict[bytes, list[str]] = defaultdict(list)

    def add(self, key: str, sig: bytes) -> None:
        for band in bands(sig):
            self._buckets[band].append(key)

    def candidates(self, sig: bytes) -> set[str]:
        found: set[str] = set()
        for band in bands(sig):
            found.update(self._buckets.get(band, ()))
        return found

    def extend(self, items: Iterable[tuple[str, bytes]]) -> None:
        for key, sig in items:
            self.add(key, sig)
