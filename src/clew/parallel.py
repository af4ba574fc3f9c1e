"""An ordered map over a stream, in worker processes forked from a prepared parent.

``clew analyze``, ``clew link`` and workspace processing share one shape of
parallelism: the parent builds the expensive state once (rule packs, gazetteers,
extractors), forks its workers so they share it copy-on-write, feeds them chunks
of the input and yields their results in input order. The work function itself is
never pickled: it is left where the fork copies it, so it may be a closure over
that state; only the chunks and their results cross between processes. At most
``4 * jobs`` chunks are in flight, so an input of any size streams through in
bounded memory.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_work: Callable[[list[Any]], list[Any]] | None = None
"""The work of the pool being run; set in the parent just before the fork."""


def _run(chunk: list[Any]) -> list[Any]:
    assert _work is not None, "ordered_map's work function is set before the workers are forked"
    return _work(chunk)


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ordered_map(items: Iterable[T], work: Callable[[list[T]], list[R]], *, jobs: int, chunk_size: int) -> Iterator[R]:
    """``work`` over ``items`` chunk by chunk, in ``jobs`` forked workers when > 1; results in input order.

    With one job, each item is worked on as it arrives (no chunk is waited for), so
    a stream read from a pipe answers line by line.
    """
    global _work
    if jobs <= 1:
        for item in items:
            yield from work([item])
        return
    import multiprocessing

    _work = work
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            pending: deque[AsyncResult[list[R]]] = deque()
            for chunk in chunks(items, chunk_size):
                pending.append(pool.apply_async(_run, (chunk,)))
                if len(pending) >= 4 * jobs:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()
    finally:
        _work = None
