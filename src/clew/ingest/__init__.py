"""Read input files as a stream of ``SourceRecord``s.

``read(path)`` picks the format from the file name (or takes ``fmt``) and yields
one record per ad, page or row, in order. Bad records come out with ``error``
set; only a problem with the whole input raises ``InputError``.

Built-in formats: ``jsonl``, ``csv`` (and TSV), ``html`` (a file or a folder)
and ``warc``. See ``clew.ingest.base`` for the ``Source`` interface.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from clew.errors import InputError
from clew.ingest.base import Source, SourceRecord
from clew.ingest.csv_source import CsvSource
from clew.ingest.html import HtmlSource
from clew.ingest.jsonl import JsonlSource
from clew.ingest.warc import WarcSource

__all__ = ["SOURCES", "Source", "SourceRecord", "detect_format", "read"]

SOURCES: dict[str, Source] = {
    source.name: source for source in (JsonlSource(), CsvSource(), HtmlSource(), WarcSource())
}
"""Format name → source. Plugins may add their own."""


def _formats() -> str:
    return "; ".join(f"{name} ({', '.join(source.suffixes)})" for name, source in sorted(SOURCES.items()))


def detect_format(path: Path) -> str:
    """The format for ``path``: ``html`` for a folder, else from the file name ending."""
    if path.is_dir():
        return "html"
    name = path.name.lower()
    matches = [
        (len(suffix), fmt) for fmt, source in SOURCES.items() for suffix in source.suffixes if name.endswith(suffix)
    ]
    if not matches:
        raise InputError(
            f"cannot tell the format from the file name; rename the file or choose a format: {_formats()}",
            where=str(path),
        )
    return max(matches)[1]


def read(path: Path, fmt: str | None = None, options: Mapping[str, str] | None = None) -> Iterator[SourceRecord]:
    """Stream the records of ``path`` (a file, or a folder for ``html``).

    Raises ``InputError`` at once for a missing path, an unknown format or a
    wrong option; problems in single records come out as records with ``error``.
    """
    path = Path(path)
    if not path.exists():
        raise InputError("no such file or folder", where=str(path))
    name = (fmt or detect_format(path)).strip().lower()
    source = SOURCES.get(name)
    if source is None:
        raise InputError(f"unknown format {fmt!r}; formats: {_formats()}")
    if path.is_dir() and name != "html":
        raise InputError(
            f"is a folder; only the html format reads folders (the {name} format needs a file)",
            where=str(path),
        )
    return source.records(path, options or {})
