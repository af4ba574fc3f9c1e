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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from clew.ingest.jsonl import EMPTY_FILE, read_document_line
from clew.parallel import ordered_map

if TYPE_CHECKING:  # ``clew link`` reads its lines with ``numbered_lines`` and never builds a pipeline: the rule
    # packs, scoring and the learned model's modules stay unimported there (a few hundredths of a second of its start)
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
    document, error = read_document_line(line, source_file=source_file, number=number, max_chars=max_chars)
    if document is None:
        return LineResult(number, error=error)
    return LineResult(number, json=pipeline.analyze(document).model_dump_json())


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
    seen = False

    def counted() -> Iterator[tuple[int, bytes]]:
        nonlocal seen
        for item in lines:
            seen = True
            yield item

    def work(chunk: list[tuple[int, bytes]]) -> list[LineResult]:
        return [
            analyze_line(pipeline, line, source_file=source_file, number=n, max_chars=max_chars) for n, line in chunk
        ]

    yield from ordered_map(counted(), work, jobs=jobs, chunk_size=CHUNK_LINES)
    if not seen:
        yield LineResult(0, error=f"{source_file}, file: {EMPTY_FILE}")
