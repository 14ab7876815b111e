"""Word shingles, MinHash signatures and LSH candidates (pure)."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEEDS, STORY_SAMPLES
from wirecopy.transforms.text import sketch

REUTERS = (SEEDS / "reuters-london-rates.txt").read_text(encoding="utf-8")


def test_sketch_signature_is_the_same_everywhere() -> None:
    """Signatures are stored and compared across runs and machines: pin one."""
    sig = sketch.signature("The Bank of England kept interest rates on hold on Thursday.")
    assert len(sig) == sketch.NUM_PERM * 4
    assert hashlib.sha256(sig).hexdigest()[:16] == "7d2d9ff1dd4d3e18"


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("yonhap-quake-1.txt", "yonhap-quake-2-lead.txt", 0.6, 0.95),
        ("yonhap-quake-2-lead.txt", "yonhap-quake-3-2nd-ld.txt", 0.6, 0.95),
        ("yonhap-quake-1.txt", "yonhap-ferry.txt", 0.0, 0.05),
        ("reuters-mine-1.txt", "yonhap-quake-1.txt", 0.0, 0.05),
    ],
)
def test_sketch_similarity_of_versions_and_strangers(a: str, b: str, low: float, high: float) -> None:
    ta, tb = ((STORY_SAMPLES / n).read_text(encoding="utf-8") for n in (a, b))
    estimate = sketch.similarity(sketch.signature(ta), sketch.signature(tb))
    sa, sb = sketch.shingles(ta), sketch.shingles(tb)
    exact = len(sa & sb) / len(sa | sb)
    assert low <= estimate <= high
    assert abs(estimate - exact) < 0.15


def test_sketch_identical_text_is_similarity_one_and_order_free() -> None:
    assert sketch.similarity(sketch.signature(REUTERS), sketch.signature(REUTERS)) == 1.0
    assert sketch.signature("One two three four five.") == sketch.signature("one TWO three, four five")


def test_sketch_lsh_finds_near_duplicates_only() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(STORY_SAMPLES.glob("*.txt"))}
    last = "yonhap-quake-3-2nd-ld.txt"
    names = [n for n in texts if n != last] + [last]
    sigs = [sketch.signature(texts[n]) for n in names]
    asks = [n == last for n in names]
    found = {names[c] for _, cands, _ in sketch.earlier_overlaps(sigs, [50] * len(names), [0] * len(names), asks)
             for c in cands.tolist()}
    assert {"yonhap-quake-1.txt", "yonhap-quake-2-lead.txt", "afp-quake.txt"} <= found
    assert "yonhap-ferry.txt" not in found and "reuters-mine-1.txt" not in found


def test_sketch_short_text_is_not_comparable() -> None:
    assert not sketch.comparable("Breaking news.")
    assert sketch.comparable(REUTERS)


def test_sketch_signatures_of_different_sizes_are_an_error() -> None:
    with pytest.raises(ValueError, match="different sizes"):
        sketch.similarity(b"\x00" * 8, b"\x00" * 4)


@given(st.text(max_size=500))
def test_sketch_signature_never_raises_and_has_fixed_size(text: str) -> None:
    assert len(sketch.signature(text)) == sketch.NUM_PERM * 4


def test_sketch_overlap_sees_a_first_take_inside_its_write_through() -> None:
    short = (STORY_SAMPLES / "yonhap-quake-1.txt").read_text(encoding="utf-8")
    long = (STORY_SAMPLES / "yonhap-quake-3-2nd-ld.txt").read_text(encoding="utf-8")
    a, b = sketch.signature(short), sketch.signature(long)
    na, nb = len(sketch.shingles(short)), len(sketch.shingles(long))
    assert sketch.similarity(a, b) < 0.6
    assert sketch.overlap(a, na, b, nb) > 0.85
    assert sketch.overlap(a, na, b, nb) == sketch.overlap(b, nb, a, na)
    assert sketch.overlap(a, 5, b, 5) == sketch.similarity(a, b)  # too few shingles: Jaccard only


_SLOTS = st.lists(st.integers(0, 3), min_size=sketch.NUM_PERM, max_size=sketch.NUM_PERM)


def _sig(slots: list[int]) -> bytes:
    return b"".join(v.to_bytes(4, "little") for v in slots)


@given(_SLOTS, st.integers(0, 400), st.lists(st.tuples(_SLOTS, st.integers(0, 400)), max_size=6))
def test_sketch_overlaps_equals_overlap_one_by_one(mine: list[int], size: int, others: list) -> None:
    # Few distinct slot values, so signatures agree in many slots and every branch of overlap is taken.
    sigs, sizes = [_sig(o) for o, _ in others], [n for _, n in others]
    vectorised = sketch.overlaps(_sig(mine), size, sigs, sizes).tolist()
    assert vectorised == [sketch.overlap(_sig(mine), size, s, n) for s, n in zip(sigs, sizes)]


def _brute_force_pairs(sigs: list[bytes], groups: list[int], asks: list[bool]) -> set[tuple[int, int]]:
    """Every (asking row, earlier row of its group sharing a band), by comparing the band bytes one by one."""
    width = sketch.ROWS * 4
    return {(q, c) for q in range(len(sigs)) if asks[q] for c in range(q)
            if groups[c] == groups[q]
            and any(sigs[q][b * width:(b + 1) * width] == sigs[c][b * width:(b + 1) * width]
                    for b in range(sketch.BANDS))}


@given(st.lists(st.tuples(_SLOTS, st.integers(0, 400), st.sampled_from([0, 1]), st.booleans()), max_size=10),
       st.integers(1, 40))
def test_sketch_earlier_overlaps_are_the_band_sharing_pairs_scored_as_overlaps_does(rows: list, block: int) -> None:
    sigs, sizes = [_sig(r[0]) for r in rows], [r[1] for r in rows]
    groups, asks = [r[2] for r in rows], [r[3] for r in rows]
    got: dict[tuple[int, int], float] = {}
    for asker, cand, score in sketch.earlier_overlaps(sigs, sizes, groups, asks, pairs_per_block=block):
        for q, c, v in zip(asker.tolist(), cand.tolist(), score.tolist()):
            assert got.setdefault((q, c), v) == v  # a pair met again in a later block scores the same
    assert set(got) == _brute_force_pairs(sigs, groups, asks)
    for (q, c), v in got.items():
        assert v == sketch.overlaps(sigs[q], sizes[q], [sigs[c]], [sizes[c]]).tolist()[0]


def test_sketch_earlier_overlaps_of_nothing_and_of_other_sizes() -> None:
    sig = sketch.signature("story number one about the harbour council and its ferry plan")
    assert list(sketch.earlier_overlaps([], [], [], [])) == []
    assert list(sketch.earlier_overlaps([sig, sig], [9, 9], [0, 0], [False, False])) == []
    [(asker, cand, score)] = sketch.earlier_overlaps([sig, sig], [9, 9], [0, 0], [False, True])
    assert (asker.tolist(), cand.tolist(), score.tolist()) == ([1], [0], [1.0])
    with pytest.raises(ValueError, match="different sizes"):
        list(sketch.earlier_overlaps([sig, b"\x00" * 8], [9, 3], [0, 0], [False, True]))


def test_sketch_overlaps_of_the_write_through_and_a_stranger() -> None:
    short = (STORY_SAMPLES / "yonhap-quake-1.txt").read_text(encoding="utf-8")
    long = (STORY_SAMPLES / "yonhap-quake-3-2nd-ld.txt").read_text(encoding="utf-8")
    sig, n = sketch.signature(short), len(sketch.shingles(short))
    scores = sketch.overlaps(sig, n, [sketch.signature(long), sketch.signature(REUTERS)],
                             [len(sketch.shingles(long)), len(sketch.shingles(REUTERS))])
    assert scores[0] > 0.85 and scores[1] < 0.1
    with pytest.raises(ValueError, match="different sizes"):
        sketch.overlaps(sig, n, [b"\x00" * 8], [3])


@given(st.text(max_size=300))
def test_sketch_in_one_pass_equals_its_parts(text: str) -> None:
    expected = sketch.signature(text) if sketch.comparable(text) else b""
    assert sketch.sketch(text) == (expected, len(sketch.shingles(text)))


@given(st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=60))
def test_sketch_mersenne_reduction_equals_the_modulo(xs: list[int]) -> None:
    import numpy as np

    x = np.array(xs, dtype=np.uint64)
    by_modulo = (((x[:, None] * sketch._A + sketch._B) % sketch._PRIME) & sketch._MASK32).min(axis=0)
    assert (sketch._universal_min(x) == by_modulo).all()


def test_sketch_mersenne_reduction_at_the_edges_of_the_prime() -> None:
    import numpy as np

    # x = 0 leaves b (below p); then values whose low 61 bits are p itself, or just past it.
    p = (1 << 61) - 1
    for a, b in zip(sketch._A.tolist()[:8], sketch._B.tolist()[:8]):
        for x in (0, 1, 2**32 - 1, (p - b) // a, (p - b) // a + 1, (2 * p - b) // a + 1):
            if x < 2**32:
                want = ((a * x + b) % p) & 0xFFFFFFFF
                got = sketch._universal_min(np.array([x], dtype=np.uint64))[sketch._A.tolist().index(a)]
                assert int(got) == want, (a, b, x)


@given(st.text(max_size=300))
def test_sketch_shingles_and_signature_by_their_definitions(text: str) -> None:
    """Runs of SHINGLE_WORDS words; each hashed by BLAKE2b of its UTF-8 on its own."""
    tokens = sketch.words(text)
    n = sketch.SHINGLE_WORDS
    expected = {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}
    assert sketch._shingles(tokens) == expected
    if expected:
        digests = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest() for s in expected)
        x = np.frombuffer(digests, dtype="<u4").astype(np.uint64)
        assert sketch._signature(expected) == sketch._universal_min(x).astype("<u4").tobytes()
