"""The engine of ``clew analyze``: JSON Lines in, one analysis per line out, in parallel.

Worker processes receive raw lines and hand back finished JSON, so the parent only
moves bytes: it neither parses documents nor serialises analyses, and two cores do
nearly twice the work of one. The pipeline (rule packs, gazetteer, number words)
is built once in the parent before the workers are forked, so they start at once
instead of each loading it again.

Bad lines come back as errors naming the file and line, in input order with the
analyses, exactly as the single-process path reports them.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from typing import BinaryIO

from clew.ingest.jsonl import EMPTY_FILE, parse_line
from clew.pipeline import Pipeline

CHUNK_LINES = 128
"""Lines sent to a worker at a time: large enough to amortise the hand-over."""


@dataclass(frozen=True, slots=True)
class LineResult:
    number: int
    """Line number in the input (1-based), or 0 for a problem with the whole input."""
    json: str | None = None
    """The analysis as one JSON object, when the line held a good document."""
    error: str | None = None
    """Why the line was rejected, prefixed with its file and line."""


def default_jobs() -> int:
    """Worker processes to use when the user does not say: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def numbered_lines(fh: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """The non-blank lines of a JSON Lines stream with their line numbers."""
    for number, line in enumerate(fh, start=1):
        if line.strip() and not (number == 1 and not line.removeprefix(b"\xef\xbb\xbf").strip()):
            yield number, line


def analyze_line(pipeline: Pipeline, line: bytes, *, source_file: str, number: int, max_chars: int) -> LineResult:
    """One line of input turned into an analysis or a named error."""
    record = parse_line(line, source_file=source_file, number=number)
    error = record.error
    document = record.document
    if document is not None and error is None and len(document.text) > max_chars:
        error = (
            f"the text is {len(document.text):,} characters long; the limit is {max_chars:,} "
            "(raise CLEW_MAX_DOCUMENT_CHARS to accept it)"
        )
    if document is None or error:
        return LineResult(number, error=f"{record.where}: {error}")
    return LineResult(number, json=pipeline.analyze(document).model_dump_json())


_worker: Pipeline | None = None
_worker_args: tuple[str, int] = ("", 0)


def _analyze_chunk(chunk: list[tuple[int, bytes]]) -> list[LineResult]:
    assert _worker is not None
    source_file, max_chars = _worker_args
    return [analyze_line(_worker, line, source_file=source_file, number=n, max_chars=max_chars) for n, line in chunk]


def _chunks(lines: Iterable[tuple[int, bytes]], size: int) -> Iterator[list[tuple[int, bytes]]]:
    chunk: list[tuple[int, bytes]] = []
    for item in lines:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analyze_lines(
    pipeline: Pipeline,
    lines: Iterable[tuple[int, bytes]],
    *,
    source_file: str,
    max_chars: int,
    jobs: int = 1,
) -> Iterator[LineResult]:
    """Analyse numbered JSONL lines in input order, in ``jobs`` forked workers when > 1.

    At most ``4 * jobs`` chunks are in flight, so an input of any size streams
    through in bounded memory. An input without a single non-blank line yields one
    error for the whole file.
    """
    global _worker, _worker_args
    seen = False

    def counted() -> Iterator[tuple[int, bytes]]:
        nonlocal seen
        for item in lines:
            seen = True
            yield item

    if jobs <= 1:
        for number, line in counted():
            yield analyze_line(pipeline, line, source_file=source_file, number=number, max_chars=max_chars)
    else:
        import multiprocessing

        _worker, _worker_args = pipeline, (source_file, max_chars)
        try:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                pending: deque[AsyncResult[list[LineResult]]] = deque()
                for chunk in _chunks(counted(), CHUNK_LINES):
                    pending.append(pool.apply_async(_analyze_chunk, (chunk,)))
                    if len(pending) >= 4 * jobs:
                        yield from pending.popleft().get()
                while pending:
                    yield from pending.popleft().get()
        finally:
            _worker = None
    if not seen:
        yield LineResult(0, error=f"{source_file}, file: {EMPTY_FILE}")
