"""How a run's files are cut into chunks (the unit of work a worker takes)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirecopy.flows.inputs.plan import chunked


@given(st.integers(0, 3000), st.integers(1, 400), st.integers(1, 8))
def test_chunks_keep_every_file_once_in_order_within_the_size(n: int, size: int, workers: int) -> None:
    chunks = chunked(list(range(n)), size, workers)
    assert [f for c in chunks for f in c] == list(range(n))
    assert all(0 < len(c) <= size for c in chunks)


def test_chunks_one_worker_takes_full_chunks() -> None:
    assert [len(c) for c in chunked(list(range(450)), 200, 1)] == [200, 200, 50]


def test_chunks_shrink_towards_the_end_so_workers_finish_together() -> None:
    sizes = [len(c) for c in chunked(list(range(5000)), 500, 2)]
    assert sizes == [500] * 7 + [375, 282, 211, 158, 119, 89, 67, 50, 38, 32, 32, 32, 15]
    # Few files: chunks no bigger than a worker's share, then the same shrinking, down to one file.
    assert [len(c) for c in chunked(list(range(10)), 200, 2)] == [3, 2, 2, 1, 1, 1]


@given(st.integers(2, 3000), st.integers(1, 400), st.integers(2, 8))
def test_chunks_never_leave_less_than_a_round_of_work_behind_a_big_one(n: int, size: int, workers: int) -> None:
    # A chunk larger than the smallest leaves at least (2 x workers - 1) times its size to the others.
    chunks = chunked(list(range(n)), size, workers)
    smallest = -(-min(size, -(-n // workers)) // 16)
    after = n
    for c in chunks:
        after -= len(c)
        if len(c) > smallest:
            assert after >= (2 * workers - 1) * len(c) - 2 * workers
