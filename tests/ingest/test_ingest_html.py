"""HTML source and ``extract_html``: visible text, metadata, encodings, folders."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from ingest_support import POSITION, page

from clew.errors import InputError
from clew.ingest import read
from clew.ingest.html import ExtractError, HtmlContent, extract_html

LAYOUT = b"""<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>  Massage
     parlour  </title>
  <style>body { color: red }</style>
  <script>var phone = "213-555-0000";</script>
  <link rel="stylesheet" href="/s.css">
  <link rel="Canonical alternate" href="https://example.com/ads/42">
</head>
<body>
  <noscript>Enable JavaScript</noscript>
  <template><p>template text</p></template>
  <svg><title>icon</title><text>svg text</text></svg>
  <h1>New   girls\tin town</h1>
  <div>Call <b>213-555-0127</b>&nbsp;now<br>24/7</div>
  <p hidden>hidden text</p>
  <section><p>first</p><p>second</p></section>
  <ul><li>one</li><li>two</li></ul>
  <table><tr><td>Age</td><td>19</td></tr><tr><th>Rate</th><td>low</td></tr></table>
  <pre>keep
  these   lines</pre>
  <!-- a comment -->
  <span>inline</span> <em>words</em>
</body>
</html>
"""


def test_visible_text_and_metadata() -> None:
    content = extract_html(LAYOUT)
    assert content == HtmlContent(
        title="Massage parlour",
        text=(
            "New girls in town\n"
            "Call 213-555-0127 now\n"
            "24/7\n"
            "first\nsecond\n"
            "one\ntwo\n"
            "Age 19\nRate low\n"
            "keep\nthese lines\n"
            "inline words"
        ),
        url="https://example.com/ads/42",
        lang="en",
    )


@pytest.mark.parametrize(
    ("head", "html_attrs", "url", "lang"),
    [
        ('<meta property="og:url" content=" https://example.com/og ">', "",
         "https://example.com/og", None),
        (
            '<meta property="og:url" content="https://example.com/og">'
            '<link rel="canonical" href="https://example.com/canon">',
            ' lang="ES"',
            "https://example.com/canon",
            "es",
        ),
        ('<link rel="canonical" href="">', ' lang="pt_BR"', None, "pt"),
        ("", ' lang="fil"', None, None),
        ("", ' lang=""', None, None),
    ],
)  # fmt: skip
def test_url_and_lang(head: str, html_attrs: str, url: str | None, lang: str | None) -> None:
    raw = f"<html{html_attrs}><head>{head}</head><body><p>text</p></body></html>".encode()
    content = extract_html(raw)
    assert (content.url, content.lang, content.title) == (url, lang, None)


@pytest.mark.parametrize(
    ("raw", "declared", "text"),
    [
        (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", None, "café"),
        ("\ufeff<p>café</p>".encode("utf-16-le"), None, "café"),
        ("\ufeff<p>café</p>".encode("utf-16-be"), None, "café"),
        (b'<meta charset="windows-1252"><p>caf\xe9 \x80</p>', None, "café €"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\xe9</p>',
            None,
            "café",
        ),
        (b"<meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>", None, "日本"),
        (b"<meta charset=utf-16><p>caf\xc3\xa9</p>", None, "café"),
        (b"<meta charset=utf-8><p>caf\xe9</p>", "latin-1", "café"),  # HTTP header wins
        (b"<p>caf\xc3\xa9</p>", None, "café"),
    ],
)
def test_encodings(raw: bytes, declared: str | None, text: str) -> None:
    assert extract_html(raw, declared).text == text


@pytest.mark.parametrize(
    ("raw", "declared", "message"),
    [
        (
            b"<p>caf\xe9</p>",
            None,
            "not valid UTF-8 at byte 6 and no charset is declared; "
            "add <meta charset=...> or convert the file to UTF-8",
        ),
        (
            b'<meta charset="x-klingon"><p>hi</p>',
            None,
            "the page declares an unknown charset 'x-klingon'; "
            "fix the declaration or convert the file to UTF-8",
        ),
        (
            b"<p>hi</p>",
            "rot13",
            "the HTTP Content-Type header declares an unknown charset 'rot13'",
        ),
        (
            b"<meta charset=utf-8><p>caf\xe9</p>",
            None,
            "not valid utf-8 at byte 26, the charset given by the page (charset=utf-8)",
        ),
        (b"<html><head><title>Only a title</title></head><body> </body></html>", None,
         "no visible text"),
        (b"<body><script>x()</script><div hidden>secret</div></body>", None, "no visible text"),
    ],
)  # fmt: skip
def test_extract_errors(raw: bytes, declared: str | None, message: str) -> None:
    with pytest.raises(ExtractError) as caught:
        extract_html(raw, declared)
    assert str(caught.value).startswith(message)


def test_deeply_nested_page() -> None:
    raw = b"<div>" * 5000 + b"deep" + b"</div>" * 5000
    assert extract_html(raw).text == "deep"


def test_single_file(tmp_path: Path) -> None:
    raw = page("<p>Call 213-555-0127</p>", head='<link rel="canonical" href="https://example.com/1">')
    path = tmp_path / "Ad-1.HTM"
    path.write_bytes(raw)
    (record,) = read(path)
    assert record.document is not None
    assert record.document.id == "Ad-1.HTM"
    assert record.document.text == "Call 213-555-0127"
    assert record.document.title == "Ad"
    assert record.document.url == record.url == "https://example.com/1"
    assert (record.position, record.source_file) == ("file", str(path))
    assert record.raw_sha256 == hashlib.sha256(raw).hexdigest()


def test_folder_is_walked_recursively_in_order(tmp_path: Path) -> None:
    files = {
        "b.html": page("<p>second</p>"),
        "a.htm": page("<p>first</p>"),
        "sub/c.HTML": page("<p>third</p>"),
        "sub/deeper/d.html": b"<p>caf\xe9</p>",  # bad: not UTF-8, no charset
        "sub/e.html": page("<script>only()</script>"),  # bad: no visible text
        "sub/f.html": b"",  # bad: empty
        "z.html": page("<p>last</p>"),
        "notes.txt": b"not html",
        "image.png": b"\x89PNG",
    }
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(content)
    records = list(read(tmp_path))
    got = [(r.document.id if r.document else None, r.error) for r in records]
    assert got == [
        ("a.htm", None),
        ("b.html", None),
        ("sub/c.HTML", None),
        (
            None,
            "not valid UTF-8 at byte 6 and no charset is declared; add <meta charset=...> or convert the file to UTF-8",
        ),
        (None, "no visible text"),
        (None, "the file is empty"),
        ("z.html", None),
    ]
    assert records[3].source_file == str(tmp_path / "sub" / "deeper" / "d.html")
    assert records[3].raw_excerpt == "<p>caf\ufffd</p>"
    assert all(POSITION.fullmatch(r.position) for r in records)
    assert [r.document.text for r in records if r.document] == ["first", "second", "third", "last"]


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("nothing here")
    (record,) = read(tmp_path)
    assert (record.position, record.error) == ("file", "the folder has no .html or .htm files")


def test_html_takes_no_options(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="the html format takes no options"):
        read(tmp_path, options={"map.text": "body"})
