"""Language identification, offline, with the model shipped inside ``py3langid``."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SUPPORTED = (
    "ar",
    "en",
    "es",
    "fr",
    "ru",
    "zh",  # the UN official languages
    "pt",
    "ro",
    "th",
    "vi",
    "id",
    "tl",
    "ms",  # main languages of origin countries
    "de",
    "it",
    "nl",
    "pl",
    "uk",
    "tr",
    "bg",
    "hu",
    "cs",
    "el",
    "fa",
    "hi",
    "bn",
    "ur",
    "ja",
    "ko",
    "sw",
    "he",
)


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(list(SUPPORTED))
    return ident


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text."""
    sample = text[:2000]
    if sum(c.isalpha() for c in sample) < 3:
        return None
    code, _score = _identifier().classify(sample)
    return str(code)
