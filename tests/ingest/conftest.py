"""Fixtures for the ingest tests (helpers live in ``ingest_support``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from ingest_support import Rec, WarcFactory, WrittenWarc, write_warc


@pytest.fixture
def make_warc(tmp_path: Path) -> WarcFactory:
    """``make_warc(records, gzip=True, name=None)`` writes a WARC file and describes it."""

    def make(records: Sequence[Rec], *, gzip: bool = True, name: str | None = None) -> WrittenWarc:
        filename = name or ("archive.warc.gz" if gzip else "archive.warc")
        return write_warc(tmp_path / filename, records, gzip=gzip)

    return make
