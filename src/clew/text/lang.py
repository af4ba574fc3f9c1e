"""Language identification, offline, with Google's CLD2 (``pycld2``, model compiled in).

CLD2 reads about 20 times faster than the pure-Python ``py3langid`` we used first
(0.02 ms against 0.33 ms for a 400-character ad, measured on the synthetic corpus)
and agrees with the documents' declared language as often (99.4 % against 99.3 %).
It knows 80+ languages, among them all the UN languages and the languages of the
main countries of origin (pt, ro, th, vi, id, tl, ms, …).

CLD2 refuses input that holds control characters, non-characters or unpaired
surrogates; only letters matter for the language, so everything that is not a
letter becomes a space first.
"""

from __future__ import annotations

import re

import pycld2

SAMPLE_CHARS = 2000
"""Only the beginning of a long text is read: the language rarely changes after it."""

MIN_LETTERS = 3

_NOT_LETTERS = re.compile(r"(?:\W|[\d_])+")

_RUSSIAN_ONLY = {
    # Letters of Russian that these Cyrillic orthographies do not have. CLD2 tends to
    # read a short Russian phrase as Serbian; its spelling says otherwise.
    "sr": frozenset("ыэйщьяюёъ"),
    "mk": frozenset("ыэйщьяюёъ"),
    "bg": frozenset("ыэё"),
    "uk": frozenset("ыэъё"),
}

_ALIASES = {"iw": "he", "in": "id", "jw": "jv", "zh-Hant": "zh", "fil": "tl"}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has too little text to tell."""
    letters = _NOT_LETTERS.sub(" ", text[:SAMPLE_CHARS]).strip()
    if len(letters) - letters.count(" ") < MIN_LETTERS:
        return None
    try:
        _reliable, _bytes, details = pycld2.detect(letters.encode("utf-8", "replace"), bestEffort=True)
    except pycld2.error:  # pragma: no cover - the letters-only sample is always accepted
        return None
    code = str(details[0][1])
    if code in ("un", "xxx"):
        return None
    code = _ALIASES.get(code, code).split("-")[0]
    russian_only = _RUSSIAN_ONLY.get(code)
    if russian_only is not None and not russian_only.isdisjoint(letters.lower()):
        return "ru"
    return code
