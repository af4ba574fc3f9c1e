"""A learned text model beside the rule packs: one more indicator per typology, explained by its words.

What it is: per typology, a logistic regression over character n-grams of the
normalised text (``clew.learned.features``), trained by ``python -m clew.learned.train``
on Clew's own labelled texts — the blind held-out rounds once they were studied and
the packs' examples — and on synthetic documents. Its weights ship in ``model.npz``
with a record of what it was trained and calibrated on.

Why: the blind rounds show the packs at 0.5-0.7 recall on each new round they were
not written for, because phrase lists name the words their authors thought of; a
model of word pieces carries further to other wordings (``docs/learned.md`` gives
the figures, first seen).

How it enters a score: when a typology's probability reaches its threshold (set on
negatives the model was not trained on, see ``train``), the document gets an
indicator hit ``learned.<typology>`` of weight ``WEIGHT`` — alone that is "medium",
a lead for review, and it adds to the packs' hits with the same noisy-OR as any
indicator. In a text that reports on trafficking rather than showing it (a word of the packs'
``news_context`` lexicon: news, court, police, hotline, awareness) the weight is
``REPORTING_WEIGHT``, "low" alone. The hit points at the words that contributed most to the score (each a
hit with its span in the original text), so an analyst sees *why*, as with a rule.
The model never sees nationality, ethnicity or skin-colour words (blanked first), and
it can be switched off (``CLEW_LEARNED_MODEL=false``).
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import numpy as np
import numpy.typing as npt

from clew.learned.features import BUCKETS, Features, featurize
from clew.model import TYPOLOGIES, IndicatorHit, TextField
from clew.text import NormalizedText

WEIGHT = 0.45
"""Weight of a learned hit: alone it makes "medium" (at least 0.4, below the single-indicator cap)."""
REPORTING_WEIGHT = 0.25
"""Weight of a learned hit in a text with reporting context (``Features.reporting``): alone it makes "low", with a
pack's indicator of the same typology "medium". The model scores what a text is about, so a news report, a hotline
or an awareness post about trafficking scores like an offer; the packs' indicators are cancelled there by the same
lexicon (``unless: @news_context``)."""
EXPLAINING_WORDS = 3
"""Words shown as the evidence of a learned hit: the ones that pushed the score up most."""
ID_PREFIX = "learned."
MAX_CHARS = 20_000
"""The model reads this much of a document (title and text): an ad or a post whole, a long page by its start,
so memory stays bounded (the features of one text take some 200 bytes per character)."""
MODEL_FILE = "model.npz"


@dataclass(frozen=True, eq=False)
class TextModel:
    """Weights per typology, thresholds and the record of training (immutable once loaded)."""

    typologies: tuple[str, ...]
    coef: npt.NDArray[np.int8]
    """(BUCKETS, typologies), 8-bit: one bucket's weights side by side, so a text's buckets are read as whole short
    rows of a table of 1.5 MB (cache-friendly); multiplied by ``scale`` per typology."""
    scale: npt.NDArray[np.float64]
    intercept: npt.NDArray[np.float64]
    thresholds: npt.NDArray[np.float64]
    version: str
    """The record's version and a digest of the weights and thresholds ("1.0.0+3f9a…"): a retrained model is a
    new version even when its record's number stays, so the pipeline's version changes and a workspace
    re-processes its documents."""
    record: dict[str, Any]

    def probabilities(self, features: Features) -> npt.NDArray[np.float64]:
        """Probability per typology (in ``self.typologies`` order)."""
        if len(features.buckets) == 0:
            z = self.intercept
        else:
            z = (features.values @ self.coef[features.buckets].astype(np.float64)) * self.scale + self.intercept
        out: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-z))
        return out

    def explain(
        self, features: Features, rows: list[int], top: int = EXPLAINING_WORDS
    ) -> dict[int, list[tuple[int, int, float]]]:
        """Per typology row, the words that raised its score most: (start, end, contribution), strongest first.

        The words and the word of every n-gram occurrence are found once for all the rows asked for.
        """
        if not rows or len(features.buckets) == 0:
            return {row: [] for row in rows}
        words = features.words()
        owner = features.owners()
        occurrence = features.occurrence_bucket()
        share = features.values / features.counts  # an occurrence's part of its bucket's value
        out: dict[int, list[tuple[int, int, float]]] = {}
        for row in rows:
            per_bucket = self.coef[features.buckets, row].astype(np.float64) * self.scale[row] * share
            contrib = np.bincount(owner, weights=per_bucket[occurrence], minlength=len(words))
            order = np.argsort(-contrib, kind="stable")[:top]
            out[row] = [(*words[k], float(contrib[k])) for k in order.tolist() if contrib[k] > 0]
        return out

    def hits(self, views: dict[TextField, NormalizedText]) -> list[IndicatorHit]:
        """Learned indicator hits for a document's normalised fields (the title and the text read as one)."""
        text_view = views.get("text")
        if text_view is None:
            return []
        title_view = views.get("title")
        features = featurize(document_text(views)[:MAX_CHARS])
        fired = np.flatnonzero(self.probabilities(features) >= self.thresholds).tolist()
        weight = WEIGHT if features.reporting is None else REPORTING_WEIGHT
        out: list[IndicatorHit] = []
        for row, words in self.explain(features, fired).items():
            typology = self.typologies[row]
            for start, end, _ in words:
                field: TextField = "text"
                view = text_view
                if title_view is not None:
                    if start < len(title_view.text):
                        field, view = "title", title_view
                    else:  # past the title and the line between them
                        start, end = start - len(title_view.text) - 1, end - len(title_view.text) - 1
                a, b = view.span(start, end)
                out.append(
                    IndicatorHit(
                        id=f"{ID_PREFIX}{typology}",
                        pack=typology,
                        version=self.version,
                        start=a,
                        end=b,
                        text=view.original[a:b],
                        weight=weight,
                        source=self.source,
                        field=field,
                    )
                )
        return out

    def describe(self, typology: str) -> str:
        """What ``clew rules explain learned.<typology>`` prints: weight, threshold and the record of training."""
        record = self.record
        threshold = self.thresholds[self.typologies.index(typology)]
        return "\n".join(
            [
                f"{ID_PREFIX}{typology} — learned text model {self.version} ({typology})",
                f"weight: {WEIGHT} (alone: medium — a lead for review, never proof); {REPORTING_WEIGHT} (alone: low) "
                "in a text with words of reporting context (news, court, police, hotline, awareness: the packs' "
                "lexicon news_context)",
                f"fires when the model's probability reaches {threshold}",
                f"features: {record.get('features', '')}; nationality, ethnicity and skin-colour words are blanked",
                f"trained on: {record.get('trained_on', '')}",
                f"calibrated on: {record.get('calibrated_on', '')}",
                "evidence: the words that raised the score most; switch off with CLEW_LEARNED_MODEL=false",
                "method, figures and limits: docs/learned.md",
            ]
        )

    @property
    def source(self) -> str:
        trained = self.record.get("trained_on", "Clew's labelled texts")
        return (
            f"Clew learned text model {self.version} (character n-gram logistic regression) trained on {trained}; "
            "a lead for review, never proof"
        )


def load_model(data: bytes) -> TextModel:
    """A model from the bytes of a ``model.npz`` written by ``clew.learned.train``."""
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        record = json.loads(str(npz["record"]))
        typologies = tuple(record["typologies"])
        coef = np.ascontiguousarray(npz["coef"].astype(np.int8).T)
        scale = npz["scale"].astype(np.float64)
        intercept = npz["intercept"].astype(np.float64)
        thresholds = npz["thresholds"].astype(np.float64)
    if coef.shape != (BUCKETS, len(typologies)) or not len(typologies) == len(scale) == len(intercept) == len(
        thresholds
    ):
        raise ValueError(
            f"clew/learned/{MODEL_FILE}: weights of shape {coef.shape} do not fit {len(typologies)} typologies"
        )
    if set(typologies) - set(TYPOLOGIES):
        raise ValueError(f"clew/learned/{MODEL_FILE}: unknown typologies {sorted(set(typologies) - set(TYPOLOGIES))}")
    coef.setflags(write=False)
    digest = hashlib.sha256()
    for part in (coef, scale, intercept, thresholds):
        digest.update(part.tobytes())
    version = f"{record['version']}+{digest.hexdigest()[:8]}"
    return TextModel(typologies, coef, scale, intercept, thresholds, version, record)


def document_text(views: dict[TextField, NormalizedText]) -> str:
    """What the model reads of a document: its normalised title and text, one line apart (training reads the same)."""
    title = views.get("title")
    text = views["text"].text
    return text if title is None else f"{title.text}\n{text}"


@cache
def default_model() -> TextModel | None:
    """The shipped model, or None when the package carries none (a source tree before training)."""
    resource = files("clew.learned").joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    return load_model(resource.read_bytes())


__all__ = [
    "EXPLAINING_WORDS",
    "ID_PREFIX",
    "MAX_CHARS",
    "REPORTING_WEIGHT",
    "WEIGHT",
    "TextModel",
    "default_model",
    "document_text",
    "load_model",
]
