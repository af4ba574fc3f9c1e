"""A probe, not a feature: how far a learned text model carries to an unseen blind round, beside the packs.

    .venv/bin/pip install -e '.[research]'        # scikit-learn (the dev extra includes it)
    .venv/bin/python bench/learned_probe.py --train-upto 12 --calibrate 13 --test 14

Why: each studied blind round lifts the packs' recall on that round to 0.6-0.95, but the
next unseen round is first seen at about 0.4-0.8 (``docs/benchmarks.md``): phrase
lists and proximity rules name the words their authors thought of. This probe asks
whether a model that learns from the same labelled texts generalises further, and at
what cost in false alarms, before anyone builds one into the product.

Per typology it fits a logistic regression over character n-grams (2-5, inside words,
TF-IDF with sublinear counts) of Clew-normalised text, on

* the held-out rounds 1 .. ``--train-upto`` (``bench/data/rules_heldout``),
* the packs' own hit and miss examples (every language they claim),
* with ``--synthetic-train N``, N synthetic documents of seed 3 (the benchmark corpus is seed 7),

sets each typology's threshold at the ``--quantile`` of the model's scores on the
negatives of the ``--calibrate`` round, and reports, on the ``--test`` round (neither
trained nor calibrated on): recall and precision per typology and negatives flagged,
for the packs through the full pipeline (medium or high), for the model, and for
either of the two. It also prints the share of ordinary synthetic classifieds (seed 7,
``--synthetic-check`` documents) the model flags.

What it is not: the product's model. This probe (TF-IDF, scikit-learn at scoring time,
no bias blanking, no explanations) is the measurement that preceded ``clew.learned``
(``docs/learned.md``), which hashes its features with numpy, blanks nationality and
ethnicity words, explains every hit by its words and sets its thresholds on synthetic
negatives too. The probe's "packs" are the packs alone (``CLEW_LEARNED_MODEL`` off).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from clew.learned import train
from clew.learned.train import Row
from clew.model import TYPOLOGIES, Document
from clew.pipeline import Pipeline
from clew.settings import Settings
from clew.text import normalize

DATA = Path(__file__).resolve().parent / "data" / "rules_heldout"
FLAGGED = ("medium", "high")


def round_rows(number: int) -> list[Row]:
    """The documents of one held-out round (round 1 is the top-level files), as the model's trainer reads them."""
    return train.round_rows(DATA, number)


def synthetic(n: int, seed: int) -> list[Row]:
    """Synthetic documents by their text alone (the probe's figures were measured so)."""
    return [(None, text, typologies) for _, text, typologies in train.synthetic_rows(n, seed)]


def share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train-upto", type=int, required=True, help="train on rounds 1 .. N")
    parser.add_argument("--calibrate", type=int, required=True, help="round whose negatives set the thresholds")
    parser.add_argument("--test", type=int, required=True, help="round to report on (first seen)")
    parser.add_argument("--quantile", type=float, default=0.995, help="threshold quantile of calibration negatives")
    parser.add_argument("--synthetic-train", type=int, default=0, help="also train on N synthetic documents (seed 3)")
    parser.add_argument("--synthetic-check", type=int, default=5000, help="synthetic documents to check (seed 7)")
    args = parser.parse_args()
    if args.calibrate <= args.train_upto or args.test <= args.train_upto or args.test == args.calibrate:
        parser.error("rounds must not overlap: --calibrate and --test come after --train-upto and differ")
    try:
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("this probe needs scikit-learn: pip install -e '.[research]'")

    training = [row for n in range(1, args.train_upto + 1) for row in round_rows(n)] + train.pack_rows()
    if args.synthetic_train:
        training += synthetic(args.synthetic_train, 3)
    calibration, test = round_rows(args.calibrate), round_rows(args.test)
    check = [row for row in synthetic(args.synthetic_check, 7) if not row[2]]

    def texts(rows: list[Row]) -> list[str]:
        return [normalize(row[1]).text for row in rows]

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    x_train = vectorizer.fit_transform(texts(training))
    x_cal, x_test, x_check = (vectorizer.transform(texts(rows)) for rows in (calibration, test, check))

    pipeline = Pipeline(Settings(learned_model=False))  # the packs alone: the model here is the probe's
    rules_flagged = []
    for number, row in enumerate(test):
        analysis = pipeline.analyze(Document(id=str(number), text=row[1]))
        rules_flagged.append({t for t, s in analysis.typologies.items() if s.level in FLAGGED})
    model_flagged: list[set[str]] = [set() for _ in test]
    check_flagged = np.zeros(len(check), dtype=bool)
    cal_negative = np.array([not row[2] for row in calibration])
    thresholds = {}
    for typology in TYPOLOGIES:
        labels = np.array([typology in row[2] for row in training])
        model = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced").fit(x_train, labels)
        threshold = float(np.quantile(model.predict_proba(x_cal)[:, 1][cal_negative], args.quantile))
        thresholds[typology] = round(threshold, 3)
        for i in np.flatnonzero(model.predict_proba(x_test)[:, 1] > threshold).tolist():
            model_flagged[i].add(typology)
        check_flagged |= model.predict_proba(x_check)[:, 1] > threshold

    report: dict[str, Any] = {}
    for name, flagged in (
        ("packs", rules_flagged),
        ("model", model_flagged),
        ("either", [a | b for a, b in zip(rules_flagged, model_flagged, strict=True)]),
    ):
        per: dict[str, Any] = {}
        for typology in TYPOLOGIES:
            labelled = [typology in row[2] for row in test]
            found = [typology in f for f in flagged]
            true = sum(a and b for a, b in zip(labelled, found, strict=True))
            per[typology] = {"recall": share(true, sum(labelled)), "precision": share(true, sum(found))}
        negatives = [bool(f) for row, f in zip(test, flagged, strict=True) if not row[2]]
        report[name] = {"typologies": per, "negatives_flagged_share": share(sum(negatives), len(negatives))}
    print(
        json.dumps(
            {
                "benchmark": "learned_probe",
                "train": {"rounds": f"1-{args.train_upto}", "documents": len(training), "features": x_train.shape[1]},
                "calibrate": args.calibrate,
                "test": args.test,
                "quantile": args.quantile,
                "thresholds": thresholds,
                **report,
                "ordinary_synthetic_flagged_by_model": share(int(check_flagged.sum()), len(check)),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
