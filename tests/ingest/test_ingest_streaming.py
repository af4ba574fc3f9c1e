"""Sources stream: the first record comes out before the input ends, memory stays flat."""

from __future__ import annotations

import json
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from clew.ingest import read


def _line(i: int) -> bytes:
    return json.dumps({"id": str(i), "text": f"Call 213-555-0127 ad {i}"}).encode() + b"\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize(
    ("name", "header", "row"),
    [
        ("ads.jsonl", b"", _line),
        ("ads.csv", b"id,text\n", lambda i: f"{i},Call 213-555-0127 ad {i}\n".encode()),
    ],
)
def test_first_record_comes_out_before_the_input_is_complete(
    tmp_path: Path, name: str, header: bytes, row: object
) -> None:
    assert callable(row)
    pipe = tmp_path / name
    os.mkfifo(pipe)
    first_read = threading.Event()
    outcome: dict[str, bool] = {}

    def writer() -> None:
        with pipe.open("wb") as out:
            out.write(header + row(0))
            out.flush()
            # The rest is written only once the reader has had the first record.
            outcome["reader_streamed"] = first_read.wait(timeout=10)
            for i in range(1, 1000):
                out.write(row(i))

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    records = read(pipe)
    first = next(records)
    first_read.set()
    rest = list(records)
    thread.join(timeout=10)
    assert outcome == {"reader_streamed": True}
    assert first.document is not None and first.document.id == "0"
    assert [r.document.id for r in rest if r.document] == [str(i) for i in range(1, 1000)]


def test_memory_stays_flat_on_a_50_mb_file(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    filler = "Call 213-555-0127, new in town. " * 780
    with path.open("w", encoding="utf-8") as out:
        for i in range(2000):
            out.write(json.dumps({"id": str(i), "text": filler}) + "\n")
    size = path.stat().st_size
    assert size > 45_000_000
    tracemalloc.start()
    try:
        count = sum(1 for record in read(path) if record.document is not None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2000
    assert peak < 3_000_000, f"peak {peak} bytes for a {size}-byte file"
