"""Saved web pages: one ``.html``/``.htm`` file, or a folder of them, one document per file.

``extract_html`` (also used by the WARC source) decodes the page, then keeps the
text a reader would see: scripts, styles, ``<head>`` and ``hidden`` elements are
dropped and block elements become line breaks. Needs ``selectolax``
(``pip install 'clew[ingest]'``).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from pydantic import ValidationError

from clew.errors import InputError
from clew.ingest.base import SourceRecord, excerpt
from clew.ingest.jsonl import describe_validation_error, reject_options
from clew.model import Document

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

SUFFIXES: tuple[str, ...] = (".html", ".htm")

NO_TEXT = "no visible text"

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main",
        "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody",
        "textarea", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_SPACE = re.compile(r"[ \t\n\r\f\v\xa0]+")
_LINE_SPACE = re.compile(r"[ \t\f\v\xa0]+")
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_LANG = re.compile(r"^([A-Za-z]{2})(?:[-_].*)?$")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Labels that browsers read as a wider encoding than Python would (WHATWG Encoding).
_ALIASES = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gbk",
    "x-sjis": "shift_jis",
}
# A <meta> that could be read as ASCII cannot be UTF-16, so browsers take it as UTF-8.
_META_ALIASES = {"utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}


class ExtractError(ValueError):
    """The page cannot be turned into text; the message says why and what to do."""


class HtmlContent(NamedTuple):
    title: str | None
    text: str
    url: str | None
    lang: str | None


def decode_page(
    raw: bytes,
    declared_charset: str | None,
    *,
    sniff_meta: bool = True,
    declared_by: str = "the HTTP Content-Type header",
) -> str:
    """Decode a page: byte-order mark, else ``declared_charset``, else ``<meta>``, else UTF-8.

    Raises ``ExtractError`` for an unknown charset or bytes that do not decode.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _decode(raw, codec, f"the byte-order mark ({codec})")
    if declared_charset:
        return _decode(raw, _codec(declared_charset, declared_by), declared_by)
    if sniff_meta:
        match = _META_CHARSET.search(raw[:4096])
        if match:
            label = match.group(1).decode("ascii")
            codec = _codec(_META_ALIASES.get(label.lower(), label), "the page")
            return _decode(raw, codec, f"the page (charset={label})")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        fix = "add <meta charset=...> or " if sniff_meta else ""
        raise ExtractError(
            f"not valid UTF-8 at byte {exc.start} and no charset is declared; {fix}convert the file to UTF-8"
        ) from None


def _codec(label: str, declared_by: str) -> str:
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise ExtractError(
            f"{declared_by} declares an unknown charset {label!r}; fix the declaration or convert the file to UTF-8"
        )
    return info.name


def _decode(raw: bytes, codec: str, declared_by: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise ExtractError(
            f"not valid {codec} at byte {exc.start}, the charset given by {declared_by}; "
            "fix the declaration or convert the file to UTF-8"
        ) from None


def _parser(markup: str) -> LexborHTMLParser:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:  # pragma: no cover - depends on the installation
        raise InputError("reading HTML needs selectolax; install it with: pip install 'clew[ingest]'") from None
    return LexborHTMLParser(markup)


def extract_html(raw: bytes, declared_charset: str | None = None) -> HtmlContent:
    """Title, visible text, canonical URL and language of an HTML page.

    ``declared_charset`` is the charset from an HTTP header, if any. Raises
    ``ExtractError`` when the page cannot be decoded or shows no text.
    """
    tree = _parser(decode_page(raw, declared_charset))
    body = tree.body or tree.root
    text = _visible_text(body) if body is not None else ""
    if not text:
        raise ExtractError(NO_TEXT)
    return HtmlContent(title=_title(tree), text=text, url=_canonical_url(tree), lang=_lang(tree))


def _visible_text(root: LexborNode) -> str:
    """Text of ``root`` without hidden parts; block elements end lines."""
    parts: list[str] = []
    # Depth-first without recursion (pages can nest deeply): a str is text to emit
    # once the element's children are done; a node comes with "inside <pre>".
    stack: list[tuple[LexborNode, bool] | str] = [(root, False)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        node, in_pre = item
        if node.is_text_node:
            content = node.text_content or ""
            if in_pre:
                parts.append(content.replace("\r\n", "\n").replace("\r", "\n"))
            else:
                parts.append(_SPACE.sub(" ", content))
            continue
        if not node.is_element_node:
            continue  # comments, doctype
        tag = (node.tag or "").lower()
        if tag in _SKIP or "hidden" in node.attributes:
            continue
        after = ""
        if tag in _BLOCK:
            parts.append("\n")
            after = "\n"
        elif tag in _CELL:
            after = " "
        stack.append(after)
        children = list(node.iter(include_text=True))
        child_pre = in_pre or tag == "pre"
        stack.extend((child, child_pre) for child in reversed(children))
    lines = (_LINE_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("head title") or tree.css_first("title")
    if node is None:
        return None
    title = _SPACE.sub(" ", node.text() or "").strip()
    return title or None


def _canonical_url(tree: LexborHTMLParser) -> str | None:
    for link in tree.css("link[rel][href]"):
        rels = (link.attributes.get("rel") or "").lower().split()
        href = (link.attributes.get("href") or "").strip()
        if "canonical" in rels and href:
            return href
    for meta in tree.css("meta[property][content]"):
        if (meta.attributes.get("property") or "").strip().lower() == "og:url":
            content = (meta.attributes.get("content") or "").strip()
            if content:
                return content
    return None


def _lang(tree: LexborHTMLParser) -> str | None:
    root = tree.root
    if root is None or (root.tag or "").lower() != "html":
        return None
    match = _LANG.match((root.attributes.get("lang") or "").strip())
    return match.group(1).lower() if match else None


class HtmlSource:
    """Reads one HTML file or every ``.html``/``.htm`` file under a folder. No options."""

    name: ClassVar[str] = "html"
    suffixes: ClassVar[tuple[str, ...]] = SUFFIXES

    def records(self, path: Path, options: Mapping[str, str]) -> Iterator[SourceRecord]:
        reject_options(self.name, options, allowed=())
        return self._records(path)

    def _records(self, path: Path) -> Iterator[SourceRecord]:
        if path.is_dir():
            found = False
            for file, relative in _html_files(path):
                found = True
                yield _file_record(file, relative)
            if not found:
                yield SourceRecord(
                    source_file=str(path),
                    position="file",
                    raw_sha256=hashlib.sha256(b"").hexdigest(),
                    error="the folder has no .html or .htm files",
                )
        elif path.exists():
            yield _file_record(path, path.name)
        else:
            raise InputError("no such file or folder", where=str(path))


def _html_files(folder: Path) -> Iterator[tuple[Path, str]]:
    """Every HTML file under ``folder`` with its relative posix path, sorted by that path."""
    found: list[tuple[str, Path]] = []
    for directory, subdirs, files in os.walk(folder):
        subdirs.sort()
        for name in files:
            if name.lower().endswith(SUFFIXES):
                file = Path(directory, name)
                found.append((file.relative_to(folder).as_posix(), file))
    for relative, file in sorted(found):
        yield file, relative


def _file_record(file: Path, doc_id: str) -> SourceRecord:
    source_file = str(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return SourceRecord(
            source_file=source_file,
            position="file",
            raw_sha256=hashlib.sha256(b"").hexdigest(),
            error=f"cannot read the file: {exc.strerror or exc}",
        )
    sha = hashlib.sha256(raw).hexdigest()

    bad = partial(SourceRecord.rejected, source_file, "file", raw)

    if not raw.strip():
        return bad("the file is empty")
    try:
        page = extract_html(raw)
    except ExtractError as exc:
        return bad(str(exc))
    try:
        document = Document(id=doc_id, text=page.text, title=page.title, url=page.url, lang=page.lang)
    except ValidationError as exc:  # pragma: no cover - extract_html gives valid values
        return bad(describe_validation_error(exc))
    return SourceRecord(
        source_file=source_file,
        position="file",
        raw_sha256=sha,
        document=document,
        url=page.url,
        raw_excerpt=excerpt(raw),
    )
