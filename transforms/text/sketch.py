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
from collections.abc import Iterator, Sequence

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


_blake2b = hashlib.blake2b
_A = _coefficients("a") | np.uint64(1)  # odd, never zero
_B = _coefficients("b")


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text.casefold())


def shingles(text: str) -> set[str]:
    return _shingles(words(text))


def _shingles(tokens: list[str]) -> set[str]:
    # Each run of SHINGLE_WORDS words, from the lists offset by one word each: no slice per shingle.
    return set(map(" ".join, zip(*(tokens[i:] for i in range(SHINGLE_WORDS)))))


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
    # (Shingles are words and spaces, so they are encoded as one text split
    # at the line breaks between them rather than one by one.)
    x = np.frombuffer(
        b"".join([_blake2b(s, digest_size=4).digest() for s in "\n".join(found).encode("utf-8").split(b"\n")]),
        dtype="<u4",
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

    The arithmetic is `overlap`'s, in the same order, so the scores are
    equal; `earlier_overlaps` (what story matching uses) scores its pairs
    with the same `_overlap_from`, and is tested against this.
    """
    if not others:
        return np.zeros(0)
    mine = np.frombuffer(sig, dtype="<u4")
    theirs = np.frombuffer(b"".join(others), dtype="<u4")
    if theirs.size != mine.size * len(others):
        raise ValueError(f"signatures of different sizes among {len(others)} candidates and one of {mine.size}")
    j = np.count_nonzero(theirs.reshape(len(others), mine.size) == mine, axis=1) / mine.size
    return _overlap_from(j, size, np.asarray(sizes, dtype=np.int64))


def _overlap_from(j: np.ndarray, size: int | np.ndarray, sz: np.ndarray) -> np.ndarray:
    """`overlap` from the share of equal slots `j` and the two sizes (mine, theirs)."""
    small, large = np.minimum(sz, size), np.maximum(sz, size)
    estimable = (small >= MIN_CONTAINED) & (large <= MAX_SIZE_RATIO * small) & (j >= MIN_EVIDENCE)
    with np.errstate(divide="ignore", invalid="ignore"):
        contained = np.minimum(1.0, j * (size + sz) / ((1 + j) * small))
    return np.where(estimable, np.maximum(j, contained), j)


def earlier_overlaps(sigs: Sequence[bytes], sizes: Sequence[int], groups: Sequence[int], asks: Sequence[bool], *,
                     pairs_per_block: int = 1 << 20) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Each asking row's LSH candidates among the rows before it in its group, with their `overlap`.

    Rows are in the order they are matched (story matching takes articles
    by time sent), so a row's candidates are the rows before it of its
    group (agency) that share an LSH band with it. Yields blocks of
    (asking row, candidate row, overlap of the asking row with the
    candidate) as arrays, each pair once per block (a row's pairs may
    span two blocks).

    The pairs of all rows are found at once by sorting every (group,
    band, band value) instead of probing a bucket dictionary 64 times a
    row (on agency copy full of shared boilerplate, a row has hundreds of
    candidates); `pairs_per_block` bounds the memory a block takes.
    """
    n = len(sigs)
    if n == 0 or not any(asks):
        return
    if any(len(sig) != NUM_PERM * 4 for sig in sigs):
        raise ValueError(f"signatures of different sizes: all must have {NUM_PERM} slots")
    slots = np.frombuffer(b"".join(sigs), dtype="<u4").reshape(n, NUM_PERM)
    values = slots.view("<u8").reshape(n, BANDS).ravel()  # ROWS == 2: a band's two slots are one uint64
    # n x BANDS entries: the narrowest types that hold them keep a large window's sort small.
    rows = np.repeat(np.arange(n, dtype=np.int32 if n < 2**31 else np.int64), BANDS)
    bands_of = np.tile(np.arange(BANDS, dtype=np.uint8), n)
    group_of = np.repeat(np.asarray(groups, dtype=np.int32), BANDS)
    order = np.lexsort((rows, values, bands_of, group_of))  # by bucket, then by row
    rows, values, bands_of, group_of = rows[order], values[order], bands_of[order], group_of[order]
    new_bucket = np.ones(len(rows), dtype=bool)
    new_bucket[1:] = (values[1:] != values[:-1]) | (bands_of[1:] != bands_of[:-1]) | (group_of[1:] != group_of[:-1])
    starts = np.maximum.accumulate(np.where(new_bucket, np.arange(len(rows)), 0))
    ask = np.asarray(asks, dtype=bool)
    asking = np.flatnonzero(ask[rows] & (starts < np.arange(len(rows))))  # entries with an earlier row in the bucket
    counts = asking - starts[asking]
    sizes_arr = np.asarray(sizes, dtype=np.int64)
    ends = np.cumsum(counts)
    first = 0
    while first < len(asking):
        last = int(np.searchsorted(ends, (ends[first - 1] if first else 0) + pairs_per_block, side="right"))
        last = max(last, first + 1)
        block, c = asking[first:last], counts[first:last]
        total = int(c.sum())
        # The entries before each asking entry in its bucket: starts[k] .. k-1.
        offsets = np.repeat(starts[block] - (np.cumsum(c) - c), c) + np.arange(total)
        pair = np.repeat(rows[block].astype(np.int64), c) * n + rows[offsets]
        pair.sort()  # two rows sharing several bands: one pair (sorting beats np.unique's hashing here)
        pair = pair[np.append(True, pair[1:] != pair[:-1])]
        asker, cand = pair // n, pair % n
        yield asker, cand, _pair_overlaps(slots, sizes_arr, asker, cand)
        first = last


def _pair_overlaps(slots: np.ndarray, sizes: np.ndarray, a: np.ndarray, b: np.ndarray, step: int = 4096) -> np.ndarray:
    """`overlap` of row a[i] with row b[i], for every i.

    The signatures are compared a cache-sized slice at a time; the equal
    slots of a pair are counted as the set bits of its 128 comparison
    bytes (0 or 1 each), read as 16 words.
    """
    agree = np.empty(len(a), dtype=np.int64)
    for i in range(0, len(a), step):
        equal = slots[a[i:i + step]] == slots[b[i:i + step]]
        agree[i:i + step] = np.bitwise_count(equal.view(np.uint64)).sum(axis=1)
    return _overlap_from(agree / NUM_PERM, sizes[a], sizes[b])
