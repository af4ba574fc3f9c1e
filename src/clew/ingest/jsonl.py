"""JSON Lines: one JSON object per line, each a ``Document``.

The file is read in binary, one line at a time, so a file of any size streams.
Each non-blank line becomes one ``SourceRecord`` at position ``line N``. The
helpers at the bottom of this module are shared by the other built-in sources.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from pydantic import TypeAdapter, ValidationError

from clew.errors import InputError
from clew.ingest.base import SourceRecord, excerpt
from clew.model import Document

EMPTY_FILE = "the file is empty: no records"

_UTF8_BOM = b"\xef\xbb\xbf"
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATETIME: TypeAdapter[datetime] = TypeAdapter(datetime)


class JsonlSource:
    """Reads JSON Lines (``.jsonl``, ``.ndjson``, ``.json``). Takes no options."""

    name: ClassVar[str] = "jsonl"
    suffixes: ClassVar[tuple[str, ...]] = (".jsonl", ".ndjson", ".json")

    def records(self, path: Path, options: Mapping[str, str]) -> Iterator[SourceRecord]:
        reject_options(self.name, options, allowed=())
        return self._records(path)

    def _records(self, path: Path) -> Iterator[SourceRecord]:
        source_file = str(path)
        with open_binary(path) as fh:
            seen = 0
            blank = hashlib.sha256()
            for number, line in enumerate(fh, start=1):
                if not (line.removeprefix(_UTF8_BOM) if number == 1 else line).strip():
                    if not seen:
                        blank.update(line)
                    continue
                seen += 1
                yield parse_line(line, source_file=source_file, number=number)
        if not seen:
            yield SourceRecord(
                source_file=source_file,
                position="file",
                raw_sha256=blank.hexdigest(),
                error=EMPTY_FILE,
            )


def parse_line(line: bytes, *, source_file: str, number: int) -> SourceRecord:
    """Turn one line of a JSON Lines file into a record (good or bad)."""
    raw = strip_newline(line)
    position = f"line {number}"

    bad = partial(SourceRecord.rejected, source_file, position, raw)

    body = raw[len(_UTF8_BOM) :] if number == 1 and raw.startswith(_UTF8_BOM) else raw
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return bad(f"not valid UTF-8 at byte {exc.start} of the line ({exc.reason})")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = _ARRAY_HINT if number == 1 and text.lstrip().startswith("[") else ""
        return bad(f"invalid JSON: {exc.msg} at column {exc.colno}{hint}")
    except RecursionError:
        return bad("invalid JSON: nested too deeply")
    except ValueError as exc:  # e.g. an integer with too many digits
        return bad(f"invalid JSON: {exc}")
    if not isinstance(value, dict):
        hint = _ARRAY_HINT if isinstance(value, list) else ""
        return bad(f"expected a JSON object ({{...}}), got {_json_kind(value)}{hint}")
    if b"\\u" in raw:  # lone surrogates can only come from \u escapes
        problem = find_lone_surrogate(value)
        if problem:
            return bad(problem)
    return document_record(value, value.get("captured_at"), source_file=source_file, position=position, raw=raw)


def read_document_line(
    line: bytes, *, source_file: str, number: int, max_chars: int
) -> tuple[Document | None, str | None]:
    """The document on one line of a JSON Lines input, or why it is rejected (file and line first).

    The commands that read documents without storing them (``clew analyze``,
    ``clew link``) share this reading, so their errors are worded alike.
    """
    document = _quick_document(line, number)
    if document is not None:
        error = None
    else:
        record = parse_line(line, source_file=source_file, number=number)
        error = record.error
        document = record.document
    if document is not None and error is None and len(document.text) > max_chars:
        error = (
            f"the text is {len(document.text):,} characters long; the limit is {max_chars:,} "
            "(raise CLEW_MAX_DOCUMENT_CHARS to accept it)"
        )
    if document is None or error:
        return None, f"{source_file}, line {number}: {error}"
    return document, None


def _quick_document(line: bytes, number: int) -> Document | None:
    """The document of an ordinary line, parsed and validated in one step by pydantic; else None.

    Lines that need ``parse_line``'s care — a byte-order mark, ``\\u`` escapes (which
    may hide lone surrogates), a capture time, anything pydantic refuses, an empty
    text — return None and take the full path, which also words the error. A line
    accepted here gives the same document as the full path.
    """
    raw = strip_newline(line)
    if b"\\u" in raw or b'"captured_at"' in raw or (number == 1 and raw.startswith(_UTF8_BOM)):
        return None
    try:
        document = Document.model_validate_json(raw)
    except ValueError:  # pydantic's ValidationError, and anything its JSON reader refuses
        return None
    return document if document.text.strip() else None


def document_record(
    fields: Mapping[str, Any], captured_at: object, *, source_file: str, position: str, raw: bytes
) -> SourceRecord:
    """Validate a document's fields (and its capture time) into a record, good or bad.

    Shared by the sources: the same rules and the same error wording everywhere.
    """
    bad = partial(SourceRecord.rejected, source_file, position, raw)
    try:
        document = Document.model_validate(fields)
    except ValidationError as exc:
        return bad(describe_validation_error(exc))
    if not document.text.strip():
        return bad(EMPTY_TEXT)
    captured: datetime | None = None
    if captured_at is not None:
        try:
            captured = _DATETIME.validate_python(captured_at)
        except ValidationError as exc:
            return bad(describe_validation_error(exc, prefix=("captured_at",)))
    return SourceRecord(
        source_file=source_file,
        position=position,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        document=document,
        url=document.url,
        captured_at=captured,
        raw_excerpt=excerpt(raw),
    )


_ARRAY_HINT = " (Clew reads JSON Lines: one object per line, not a JSON array)"

EMPTY_TEXT = "field 'text' is empty"


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    return "null"


# --- helpers shared by the built-in sources -----------------------------------------------


def open_binary(path: Path) -> BinaryIO:
    """Open ``path`` for reading bytes; a file that cannot be opened is an ``InputError``."""
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise InputError("no such file", where=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", where=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot open the file: {exc.strerror or exc}", where=str(path)) from None


def reject_options(fmt: str, options: Mapping[str, str], *, allowed: tuple[str, ...]) -> None:
    """Raise ``InputError`` for an option the format does not know."""
    unknown = sorted(key for key in options if key not in allowed)
    if unknown:
        takes = f"takes only {', '.join(allowed)}" if allowed else "takes no options"
        raise InputError(f"the {fmt} format {takes}; got {', '.join(map(repr, unknown))}")


def strip_newline(line: bytes) -> bytes:
    """``line`` without its trailing ``\\n`` or ``\\r\\n``."""
    if line.endswith(b"\n"):
        line = line[:-1]
        if line.endswith(b"\r"):
            line = line[:-1]
    return line


def field_path(loc: tuple[int | str, ...]) -> str:
    """``('images', 2)`` → ``images[2]``; ``('a', 'b')`` → ``a.b``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(record)"


def describe_validation_error(exc: ValidationError, *, prefix: tuple[str, ...] = ()) -> str:
    """One line naming every bad field: ``field 'text': Field required; …``."""
    parts = [
        f"field '{field_path(prefix + tuple(error['loc']))}': {error['msg']}" for error in exc.errors(include_url=False)
    ]
    return "; ".join(parts)


def find_lone_surrogate(value: Any) -> str | None:
    """Describe the first lone surrogate in any string of a parsed JSON value, if any."""
    stack: list[tuple[tuple[int | str, ...], Any]] = [((), value)]
    while stack:
        loc, item = stack.pop()
        if isinstance(item, str):
            match = _SURROGATE.search(item)
            if match:
                code = ord(match.group())
                return (
                    f"field '{field_path(loc)}' contains a lone surrogate (\\u{code:04x}) at character {match.start()}"
                )
        elif isinstance(item, dict):
            children: list[tuple[tuple[int | str, ...], Any]] = []
            for key, child in item.items():
                match = _SURROGATE.search(key)
                if match:
                    where = f"a key in '{field_path(loc)}'" if loc else "a key of the object"
                    return (
                        f"{where} contains a lone surrogate (\\u{ord(match.group()):04x}) at character {match.start()}"
                    )
                children.append(((*loc, key), child))
            stack.extend(reversed(children))
        elif isinstance(item, list):
            stack.extend(((*loc, i), child) for i, child in reversed(list(enumerate(item))))
    return None
