from __future__ import annotations

import os
from collections.abc import Iterator

from clew.parallel import chunks, ordered_map


def test_results_come_back_in_input_order_from_forked_workers() -> None:
    table = {n: n * n for n in range(500)}  # state built in the parent, shared by the fork

    def work(chunk: list[int]) -> list[tuple[int, int, int]]:
        return [(n, table[n], os.getpid()) for n in chunk]

    out = list(ordered_map(iter(range(500)), work, jobs=2, chunk_size=7))
    assert [n for n, _, _ in out] == list(range(500))
    assert all(square == n * n for n, square, _ in out)
    assert os.getpid() not in {pid for _, _, pid in out}


def test_one_job_works_item_by_item_without_waiting_for_a_chunk() -> None:
    pulled: list[int] = []

    def source() -> Iterator[int]:
        for n in range(10):
            pulled.append(n)
            yield n

    results = ordered_map(source(), lambda chunk: [n + 1 for n in chunk], jobs=1, chunk_size=100)
    assert next(results) == 1
    assert pulled == [0]
    assert list(results) == list(range(2, 11))


def test_chunks_keep_every_item_once() -> None:
    assert list(chunks(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunks([], 3)) == []
