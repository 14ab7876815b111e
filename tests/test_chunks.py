"""How a run's files are cut into chunks (the unit of work a worker takes)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flows.ingest import chunked


@given(st.integers(0, 3000), st.integers(1, 400), st.integers(1, 8))
def test_chunks_keep_every_file_once_in_order_within_the_size(n: int, size: int, workers: int) -> None:
    chunks = chunked(list(range(n)), size, workers)
    assert [f for c in chunks for f in c] == list(range(n))
    assert all(0 < len(c) <= size for c in chunks)


def test_chunks_one_worker_takes_full_chunks() -> None:
    assert [len(c) for c in chunked(list(range(450)), 200, 1)] == [200, 200, 50]


def test_chunks_the_last_round_is_cut_in_quarters_so_workers_finish_together() -> None:
    sizes = [len(c) for c in chunked(list(range(5000)), 200, 2)]
    assert sizes == [200] * 23 + [50] * 8
    # Few files: at least one chunk per worker, then the same quartering.
    assert [len(c) for c in chunked(list(range(10)), 200, 2)] == [2, 2, 2, 2, 2]
