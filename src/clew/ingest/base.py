"""The interface every ingest source implements.

A source turns one input path (a file or a folder) into a stream of
``SourceRecord``s, one per record it finds, in order, without ever holding the
whole input in memory. A record that cannot be turned into a ``Document`` is not
an exception: it comes out as a ``SourceRecord`` with ``error`` set, so that the
caller can quarantine it with its reason and carry on with the records around it.
Only a problem that stops the whole input (the path does not exist, the format
option is wrong) raises ``clew.errors.InputError``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import ClassVar, Protocol

from clew.model import Document

RAW_EXCERPT_CHARS = 2000
"""How much of a rejected record is kept in quarantine, so a person can see it."""


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One record read from an input, good (``document``) or bad (``error``)."""

    source_file: str
    """Path of the file the record came from (for folders: the file inside it)."""
    position: str
    """Where in the file: ``line 12``, ``row 5``, ``record 3 at byte 1024``, ``file``."""
    raw_sha256: str
    """SHA-256 (hex) of the raw bytes of the record as read."""
    document: Document | None = None
    url: str | None = None
    captured_at: datetime | None = None
    error: str | None = None
    """Why the record was rejected; ``document`` is then ``None``."""
    raw_excerpt: str = ""
    """The start of the raw record (decoded leniently) for the quarantine table."""

    @property
    def where(self) -> str:
        return f"{self.source_file}, {self.position}"

    @classmethod
    def rejected(cls, source_file: str, position: str, raw: bytes, reason: str) -> SourceRecord:
        """A bad record: its reason, the hash of its raw bytes and an excerpt of them."""
        return cls(
            source_file=source_file,
            position=position,
            raw_sha256=hashlib.sha256(raw).hexdigest(),
            error=reason,
            raw_excerpt=excerpt(raw),
        )


def excerpt(raw: bytes) -> str:
    """The start of ``raw``, decoded leniently, for the quarantine table."""
    # UTF-8 uses at most 4 bytes per character, so this slice is always enough.
    return raw[: RAW_EXCERPT_CHARS * 4].decode("utf-8", errors="replace")[:RAW_EXCERPT_CHARS]


class Source(Protocol):
    """A reader for one input format. Built-ins and plugins implement the same."""

    name: ClassVar[str]
    """Format name used with ``clew ingest --format``."""
    suffixes: ClassVar[tuple[str, ...]]
    """File name endings that select this source automatically (lower-case)."""

    def records(self, path: Path, options: Mapping[str, str]) -> Iterator[SourceRecord]:
        """Yield every record of ``path`` in order; bad ones with ``error`` set."""
        ...
