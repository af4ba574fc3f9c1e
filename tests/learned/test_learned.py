"""The learned text model: features, blanking of bias words, explanations and its place in the pipeline."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.learned import ID_PREFIX, REPORTING_WEIGHT, WEIGHT, default_model, load_model
from clew.learned.features import (
    BUCKETS,
    bias_digest,
    bias_terms,
    blank_spans,
    featurize,
    reporting_spans,
    reporting_terms,
)
from clew.model import TYPOLOGIES, Document
from clew.pipeline import Pipeline
from clew.settings import Settings
from clew.text import normalize

WORD = st.text(alphabet=st.characters(categories=("Ll", "Lo", "Nd")), min_size=1, max_size=12)


def bucket_set(text: str) -> set[int]:
    return set(featurize(text).buckets.tolist())


@settings(max_examples=200, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=8))
def test_no_ngram_spans_two_words(words: list[str]) -> None:
    # n-grams stay inside a word (with its edges): a text's buckets are the union of its words' buckets
    text = " ".join(words)
    if blank_spans(normalize(text).text):
        return  # a bias term among the random words is blanked, which the union below does not model
    assert bucket_set(text) == set().union(*(bucket_set(w) for w in words))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_features_are_well_formed_for_any_text(text: str) -> None:
    f = featurize(text)
    assert np.all(np.diff(f.buckets) > 0) and (len(f.buckets) == 0 or (f.buckets[0] >= 0 and f.buckets[-1] < BUCKETS))
    if len(f.buckets):
        assert abs(float(np.dot(f.values, f.values)) - 1.0) < 1e-9
        assert int(f.counts.sum()) == len(f.occurrences) == len(f.owners())
        assert np.array_equal(f.buckets[f.occurrence_bucket()], f.occurrences)
        words = f.words()
        # every word has its n-grams, in order, and nothing else does
        owners = f.owners()
        assert np.array_equal(np.unique(owners), np.arange(len(words))) and np.all(np.diff(owners) >= 0)
        for k in (0, len(words) - 1):
            a, b = words[k]
            assert sorted(f.occurrences[owners == k].tolist()) == sorted(featurize(f.blanked[a:b]).occurrences.tolist())
    assert len(f.blanked) == len(text)  # blanking keeps every offset


def test_same_text_same_features_and_separators_do_not_matter() -> None:
    a, b = featurize("call me now, no deposit"), featurize("call   me—now!! no\ndeposit")
    assert a.buckets.tolist() == b.buckets.tolist() and np.allclose(a.values, b.values)
    assert featurize("call me now").buckets.tolist() != featurize("call me later").buckets.tolist()


def test_bias_words_are_blanked_whole_and_by_stem() -> None:
    terms = bias_terms()
    assert {"en", "es", "fr", "ru", "zh", "ar"} <= set(terms)
    text = normalize("Colombianas y venezolana nuevas en la ciudad").text
    spans = blank_spans(text)
    blanked = {text[a:b] for a, b in spans}
    assert {"colombianas", "venezolana"} <= blanked
    # a stem never matches inside another word, and the words around stay
    assert not blank_spans(normalize("precolombiano arte").text)
    assert "nuevas" not in blanked


def test_the_model_cannot_tell_one_nationality_from_another() -> None:
    one = featurize(normalize("Hermosa colombiana recién llegada, trabaja para mi agencia").text)
    other = featurize(normalize("Hermosa venezolana recién llegada, trabaja para mi agencia").text)
    assert one.buckets.tolist() == other.buckets.tolist()


MODEL = default_model()


def test_the_shipped_model_loads_with_its_record() -> None:
    assert MODEL is not None
    assert MODEL.typologies == TYPOLOGIES
    assert np.all((MODEL.thresholds > 0) & (MODEL.thresholds < 1))
    assert "trained_on" in MODEL.record and "calibrated_on" in MODEL.record
    # trained with the blanking the shipped list gives: a changed list needs a new model
    assert MODEL.record["bias_terms"] == bias_digest()


def test_a_retrained_model_is_a_new_version_even_under_the_same_number() -> None:
    assert MODEL is not None
    buffer = io.BytesIO()
    thresholds = MODEL.thresholds.copy()
    thresholds[0] = min(0.99, thresholds[0] + 0.01)
    np.savez_compressed(
        buffer,
        coef=MODEL.coef.T,
        scale=MODEL.scale,
        intercept=MODEL.intercept,
        thresholds=thresholds,
        record=np.array(json.dumps(MODEL.record)),
    )
    other = load_model(buffer.getvalue())
    assert other.record["version"] == MODEL.record["version"] and other.version != MODEL.version
    assert other.version.startswith(f"{MODEL.record['version']}+")


def test_a_bad_model_file_is_refused_with_its_name() -> None:
    buffer = io.BytesIO()
    record = {"version": "x", "typologies": list(TYPOLOGIES)}
    np.savez_compressed(
        buffer,
        coef=np.zeros((2, 8), dtype=np.int8),
        scale=np.ones(2),
        intercept=np.zeros(2),
        thresholds=np.zeros(2),
        record=np.array(json.dumps(record)),
    )
    with pytest.raises(ValueError, match=r"model\.npz"):
        load_model(buffer.getvalue())


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


SHOWN = (
    "Factory work abroad, agency fee 3000 dollars paid from your salary, we keep your passport for safety, "
    "no days off until the loan is repaid"
)


def test_learned_hits_point_at_the_words_that_raised_them(pipeline: Pipeline) -> None:
    doc = Document(id="d1", title="Jobs  abroad, fee deducted", text=SHOWN)
    analysis = pipeline.analyze(doc)
    learned = [h for h in analysis.indicators if h.id.startswith(ID_PREFIX)]
    assert learned, "a plain description of debt bondage and a held passport should reach the model's threshold"
    assert "learned.labour_exploitation" in {h.id for h in learned}
    for hit in learned:
        assert hit.weight == WEIGHT and hit.pack == hit.id.removeprefix(ID_PREFIX)
        source = doc.title if hit.field == "title" else doc.text
        assert source is not None and source[hit.start : hit.end] == hit.text and hit.text.strip()
        assert "never proof" in hit.source and MODEL is not None and MODEL.version == hit.version
        # the typology's score names the learned indicator among the ones behind it
        assert hit.id in analysis.typologies[hit.pack].indicators


def test_ordinary_ads_stay_below_the_thresholds(pipeline: Pipeline) -> None:
    for text in (
        "Selling a blue bicycle, 21 gears, barely used, 120 dollars, pick up downtown",
        "Bakery hiring a morning shift assistant, 18 an hour, paid weekly, apply in person",
        "Appartement T2 à louer, 650 euros charges comprises, proche du métro",
    ):
        analysis = pipeline.analyze(Document(id="o", text=text))
        assert not [h for h in analysis.indicators if h.id.startswith(ID_PREFIX)], text


def test_switching_the_model_off_removes_its_hits_and_changes_the_version(pipeline: Pipeline) -> None:
    off = Pipeline(Settings(learned_model=False), pipeline.ruleset)
    doc = Document(id="d1", text=SHOWN)
    assert not [h for h in off.analyze(doc).indicators if h.id.startswith(ID_PREFIX)]
    assert off.version != pipeline.version


def test_words_of_reporting_context_are_found_by_stem_and_with_a_clitic() -> None:
    assert "news" in reporting_terms() and len(reporting_terms()) > 500  # the packs' lexicon, every language
    text = normalize("Prosecutors said the women were rescued; والشرطة").text
    found = [text[a:b] for a, b in reporting_spans(text)]
    assert "prosecutors" in found and "were rescued" in found  # a stem to the word's end, a phrase whole
    assert "والشرطة" in found  # an Arabic word with its clitics written on
    assert not reporting_spans(normalize("Bakery hiring a morning assistant, paid weekly; courteous staff").text)
    assert featurize(text).reporting == min(reporting_spans(text))
    assert featurize(normalize("Sweet Gigi, new in town, call me").text).reporting is None


def test_a_report_about_trafficking_weighs_less_than_an_offer(pipeline: Pipeline) -> None:
    # the model reads what a text is about; in a report it stays a lead ("low" alone), as the packs' context rules
    offer = pipeline.analyze(Document(id="o", text=SHOWN))
    report = pipeline.analyze(Document(id="r", text=f"Court report: {SHOWN}"))
    weights = {h.weight for h in offer.indicators if h.id == "learned.labour_exploitation"}
    reported = {h.weight for h in report.indicators if h.id == "learned.labour_exploitation"}
    assert weights == {WEIGHT} and reported == {REPORTING_WEIGHT}
    learned_only = [h for h in report.indicators if h.id.startswith(ID_PREFIX)]
    assert all(h.weight == REPORTING_WEIGHT for h in learned_only)


def test_scores_are_deterministic(pipeline: Pipeline) -> None:
    doc = Document(id="d1", text=SHOWN)
    assert pipeline.analyze(doc).model_dump() == pipeline.analyze(doc).model_dump()


def test_training_sets_each_threshold_on_negatives_it_never_saw(tmp_path: Path) -> None:
    from clew.learned import train  # training needs scikit-learn: the dev extra installs the research extra

    rounds = Path(__file__).resolve().parents[2] / "bench" / "data" / "rules_heldout"
    out = tmp_path / "model.npz"
    train.main(
        [
            "--rounds", str(rounds), "--train-upto", "2", "--calibrate", "3", "--synthetic", "150",
            "--synthetic-check", "150", "--no-pack-examples", "--quantile", "0.9", "--out", str(out),
        ]
    )  # fmt: skip
    model = load_model(out.read_bytes())
    assert model.record["calibrated_on"].startswith("the ") and "round 3" in model.record["calibrated_on"]
    negatives = [row for row in train.round_rows(rounds, 3) if not row[2]]
    probs = train.scores(model, train.matrix(negatives))
    # by construction at most a tenth of the calibration round's negatives reach a typology's threshold
    flagged = (probs >= model.thresholds).mean(axis=0)
    assert np.all(flagged <= 0.1 + 1 / len(negatives)), flagged
    # and what the matrix path scores is what the model gives one document at a time
    one = featurize(normalize(negatives[0][1]).text)
    assert np.allclose(model.probabilities(one), probs[0])


def test_arabic_vowel_marks_do_not_hide_a_bias_word() -> None:
    marked, plain = normalize("فتاة روسيّة جميلة").text, normalize("فتاة روسية جميلة").text
    assert [marked[a:b] for a, b in blank_spans(marked)] == ["روسيّة"]
    assert featurize(marked).buckets.tolist() == featurize(plain).buckets.tolist()


def test_a_long_document_is_read_by_its_start_and_still_explained(pipeline: Pipeline) -> None:
    from clew.learned import MAX_CHARS

    filler = " ".join(["lorem ipsum dolor"] * (MAX_CHARS // 6))
    start = " ".join([SHOWN] * (MAX_CHARS // len(SHOWN) + 1))  # the offer fills the part the model reads
    doc = Document(id="long", text=f"{start} {filler} {filler}")
    learned = [h for h in pipeline.analyze(doc).indicators if h.id.startswith(ID_PREFIX)]
    assert learned and all(h.end <= MAX_CHARS and doc.text[h.start : h.end] == h.text for h in learned)


def test_out_of_fold_calibration_scores_each_round_by_a_model_that_never_saw_it(tmp_path: Path) -> None:
    from sklearn.linear_model import LogisticRegression

    from clew.learned import train

    folder = Path(__file__).resolve().parents[2] / "bench" / "data" / "rules_heldout"
    rounds = {n: train.round_rows(folder, n) for n in (1, 2, 3)}
    round_x = {n: train.matrix(rows) for n, rows in rounds.items()}
    shared = train.synthetic_rows(120, 3)
    shared_x = train.matrix(shared)
    pooled = train.out_of_fold_negatives(rounds, round_x, shared, shared_x, 3, 16.0, LogisticRegression)
    negatives = {n: [i for i, row in enumerate(rows) if not row[2]] for n, rows in rounds.items()}
    assert pooled.shape == (sum(map(len, negatives.values())), len(TYPOLOGIES))
    # the first fold holds round 1 (sorted rounds dealt one per fold); its negatives come first, scored by a
    # model trained on rounds 2 and 3 and the shared rows only
    from scipy.sparse import vstack

    labels = [t for n in (2, 3) for _, _, t in rounds[n]] + [t for _, _, t in shared]
    weights = train.fit(vstack([round_x[2], round_x[3], shared_x]).tocsr(), labels, 16.0, LogisticRegression)
    alone = load_model(
        train._pack_bytes(*weights, np.zeros(len(TYPOLOGIES)), {"version": "t", "typologies": list(TYPOLOGIES)})
    )
    assert np.allclose(pooled[: len(negatives[1])], train.scores(alone, round_x[1][negatives[1]]))
    # a model trained on every round scores its own training negatives lower than the models that never saw them
    everything = train.fit(
        vstack([*round_x.values(), shared_x]).tocsr(),
        [t for rows in rounds.values() for _, _, t in rows] + [t for _, _, t in shared],
        16.0,
        LogisticRegression,
    )
    full = load_model(
        train._pack_bytes(*everything, np.zeros(len(TYPOLOGIES)), {"version": "t", "typologies": list(TYPOLOGIES)})
    )
    seen = np.vstack([train.scores(full, round_x[n][negatives[n]]) for n in (1, 2, 3)])
    assert seen.mean() < pooled.mean()


def test_training_leaves_out_the_synthetic_positives_it_is_not_taught_but_keeps_their_negatives() -> None:
    from clew.demo.generator import generate
    from clew.learned import train

    everything = train.synthetic_rows(400, 3)
    taught = train.synthetic_rows(400, 3, taught_only=True)
    left_out = [row for row in everything if any(t in train.SYNTHETIC_NOT_TAUGHT for t in row[2])]
    assert left_out, "the sample holds synthetic sexual-exploitation positives"
    assert not any(t in train.SYNTHETIC_NOT_TAUGHT for _, _, typologies in taught for t in typologies)
    assert len(taught) + len(left_out) == len(everything)
    # the lawful escort ads the left-out positives are told apart from stay in, as negatives
    independent = [
        doc["text"] for doc, truth in generate(400, 3) if truth["category"] == "escort" and not truth["typologies"]
    ]
    assert independent and {text for _, text, t in taught if not t} >= set(independent)
