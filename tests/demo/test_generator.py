"""The synthetic corpus generator: determinism, shape, fictional identifiers, networks."""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import phonenumbers
import pytest

from clew.demo.generator import (
    CATEGORIES,
    CATEGORY_TYPOLOGIES,
    PROPORTIONS,
    generate,
    truth_path_for,
    write_corpus,
)
from clew.model import TYPOLOGIES, Document

Pair = tuple[dict[str, Any], dict[str, Any]]

N = 5000
SEED = 20260101

# The fictional ranges, as E.164: NANP NXX-555-0100..0199, AU mobile 0491 570 090..199,
# AU landline (02) 5550 xxxx, FR 01 99 00 xx xx.
FICTIONAL = re.compile(r"^(\+1[2-9]\d\d55501\d\d|\+61491570(09\d|1\d\d)|\+6125550\d{4}|\+3319900\d{4})$")
PLAIN_STYLES = {"national", "international"}
DIGIT_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
}
EXAMPLE_DOMAIN = re.compile(r"(^|\.)example\.(com|org|net)$")
TLDS = "com|org|net|io|co|info|biz|me|ru|cn|fr|es|br|ro|vn|th|id|uk|de|au|ca|us|app|ly|to"
DOMAIN = re.compile(rf"\b((?:[a-z0-9-]+\.)+(?:{TLDS}))\b")
URL = re.compile(r"https?://([^/\s]+)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


@pytest.fixture(scope="module")
def corpus() -> list[Pair]:
    return list(generate(N, SEED))


def _digits(written: str, lang: str) -> str:
    """Decode an obfuscated phone independently of the generator."""
    words = {w: str(i) for i, w in enumerate(DIGIT_WORDS["en"])}
    words.update({w: str(i) for i, w in enumerate(DIGIT_WORDS.get(lang, ()))})
    pattern = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    text = pattern.sub(lambda m: words[m.group(0)], written.lower())
    out = []
    for ch in text:
        value = unicodedata.decimal(ch, None)
        if value is not None:
            out.append(str(value))
        elif ch == "o":
            out.append("0")
    return "".join(out)


def _national_digits(e164: str) -> str:
    number = phonenumbers.parse(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def _finder(parent: list[int]) -> Callable[[int], int]:
    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    return find


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def test_same_seed_same_output_and_files(tmp_path: Path) -> None:
    assert list(generate(400, 7)) == list(generate(400, 7))
    first = write_corpus(tmp_path / "a" / "corpus.jsonl", 400, 7)
    second = write_corpus(tmp_path / "b" / "corpus.jsonl", 400, 7)
    assert first == tmp_path / "a" / "corpus.truth.jsonl"
    assert (tmp_path / "a" / "corpus.jsonl").read_bytes() == (tmp_path / "b" / "corpus.jsonl").read_bytes()
    assert first.read_bytes() == second.read_bytes()
    assert len(first.read_text(encoding="utf-8").splitlines()) == 400


def test_different_seed_different_output() -> None:
    assert list(generate(200, 1)) != list(generate(200, 2))


def test_output_does_not_depend_on_hash_seed(tmp_path: Path) -> None:
    script = (
        "import hashlib, json, sys; from clew.demo.generator import generate; "
        "h = hashlib.sha256(); "
        "[h.update(json.dumps(p, ensure_ascii=False).encode()) for p in generate(300, 5)]; "
        "print(h.hexdigest())"
    )
    digests = set()
    for hash_seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        digests.add(run.stdout.strip())
    here = hashlib.sha256()
    for pair in generate(300, 5):
        here.update(json.dumps(pair, ensure_ascii=False).encode())
    digests.add(here.hexdigest())
    assert len(digests) == 1


def test_empty_and_single() -> None:
    assert list(generate(0, 3)) == []
    pairs = list(generate(1, 3))
    assert len(pairs) == 1
    doc, truth = pairs[0]
    Document.model_validate(doc)
    assert doc["id"] == truth["id"] == "demo-000001"


def test_write_empty_corpus(tmp_path: Path) -> None:
    truth = write_corpus(tmp_path / "empty.jsonl", 0, 1)
    assert truth == truth_path_for(tmp_path / "empty.jsonl")
    assert (tmp_path / "empty.jsonl").read_bytes() == b""
    assert truth.read_bytes() == b""


def test_documents_follow_the_contract(corpus: list[Pair]) -> None:
    ids = set()
    for doc, truth in corpus:
        parsed = Document.model_validate(doc)
        assert re.fullmatch(r"demo-\d{6}", doc["id"])
        assert doc["id"] == truth["id"]
        ids.add(doc["id"])
        assert doc["text"].strip() and doc["title"]
        assert re.fullmatch(r"[A-Z]{2}", doc["country"])
        assert re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc["posted_at"])
        assert parsed.posted_at is not None
        assert "2026-01-01" <= doc["posted_at"] < "2026-11-01"
        assert doc.get("lang") in (None, truth["lang"])
        assert truth["category"] in CATEGORIES
        assert set(truth["typologies"]) <= set(CATEGORY_TYPOLOGIES[truth["category"]])
        assert truth["typologies"] == [t for t in TYPOLOGIES if t in truth["typologies"]]
    assert len(ids) == len(corpus)
    posted = [doc["posted_at"] for doc, _ in corpus]
    assert posted == sorted(posted)


def test_proportions(corpus: list[Pair]) -> None:
    counts = collections.Counter(t["category"] for _, t in corpus)
    for category, share in PROPORTIONS.items():
        assert abs(counts[category] / N - share) < 0.01, category
    escorts = [t for _, t in corpus if t["category"] == "escort"]
    independent = sum(1 for t in escorts if t["network"] is None)
    assert 0.15 < independent / len(escorts) < 0.25
    omitted = sum(1 for d, _ in corpus if "lang" not in d)
    assert 0.26 < omitted / N < 0.34
    hard = sum(1 for _, t in corpus if t["hard_negative"])
    assert hard > 0.05 * N


def test_labels_follow_the_documented_rules(corpus: list[Pair]) -> None:
    for _, t in corpus:
        if t["category"] == "escort" and t["network"] is None:
            assert t["typologies"] == []
        if t["category"] == "escort" and t["network"]:
            signs = {"third_party", "youth", "restricted_movement", "obfuscated_phone",
                     "ownership_emoji", "shared_phone_many_names"}  # fmt: skip
            assert bool(t["typologies"]) == bool(signs & set(t["signs"]))
        if t["category"] in ("deceptive_job", "organ_trade", "bride_sale", "sale_of_persons"):
            assert CATEGORY_TYPOLOGIES[t["category"]][0] in t["typologies"]
        if t["category"] == "deceptive_job":
            assert len(t["signs"]) >= 3
        if t["category"] == "child_exploitation":
            assert "child_exploitation" in t["typologies"]
        if t["category"] in ("classified", "legitimate_job"):
            assert t["typologies"] == [] and t["signs"] == []
    minors = [t for _, t in corpus if t["subtype"] == "minor_escort"]
    assert minors and all("sexual_exploitation" in t["typologies"] for t in minors)
    # a girl under 18 offered in marriage for a bride price: forced marriage, child and sale (1956 Convention 1(c)(i))
    daughters = [t for _, t in corpus if t["subtype"] == "minor_daughter"]
    assert daughters and all(
        {"forced_marriage", "child_exploitation", "sale_of_persons"} <= set(t["typologies"]) for t in daughters
    )


def test_every_phone_is_written_in_the_text(corpus: list[Pair]) -> None:
    obfuscated = 0
    for doc, truth in corpus:
        forms = truth["phone_forms"]
        assert truth["phones"] == list(dict.fromkeys(f["value"] for f in forms))
        for form in forms:
            assert form["written"] in doc["text"]
            if form["style"] in PLAIN_STYLES:
                number = phonenumbers.parse(form["written"], doc["country"])
                e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                assert e164 == form["value"], form
            else:
                obfuscated += 1
                digits = _digits(form["written"], truth["lang"])
                expected = re.sub(r"\D", "", _national_digits(form["value"]))
                if form["style"] == "arabic_indic":
                    expected = form["value"][1:]
                assert digits == expected, form
        for email in truth["emails"]:
            assert email in doc["text"].lower()
        for handle in truth["handles"]:
            assert handle.split(":", 1)[1] in doc["text"]
    assert obfuscated > 100


def test_obfuscated_share_in_network_escort_ads(corpus: list[Pair]) -> None:
    with_phone = [t for _, t in corpus if t["category"] == "escort" and t["network"] and t["phones"]]
    hidden = [t for t in with_phone if any(f["style"] not in PLAIN_STYLES for f in t["phone_forms"])]
    assert 0.15 < len(hidden) / len(with_phone) < 0.35
    no_phone = [t for _, t in corpus if t["category"] == "escort" and t["network"] and not t["phones"]]
    assert no_phone and any(t["emails"] for t in no_phone) and any(t["handles"] for t in no_phone)


def test_only_fictional_phone_ranges(corpus: list[Pair]) -> None:
    phones = {p for _, t in corpus for p in t["phones"]}
    assert len(phones) > 1000
    for phone in phones:
        assert FICTIONAL.match(phone), phone
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone)), phone


def test_unrelated_documents_share_no_identifier(corpus: list[Pair]) -> None:
    owner: dict[str, str] = {}
    for _, t in corpus:
        group = t["network"] or t["id"]
        for value in [*t["phones"], *t["emails"], *t["handles"]]:
            assert owner.setdefault(value, group) == group, value


def test_only_example_domains(corpus: list[Pair]) -> None:
    for doc, truth in corpus:
        hosts = [URL.match(doc["url"]).group(1), doc["source"]]  # type: ignore[union-attr]
        for field in (doc["text"], doc["title"]):
            hosts += URL.findall(field) + EMAIL.findall(field)
            hosts += DOMAIN.findall(field.lower())
        hosts += [e.split("@", 1)[1] for e in truth["emails"]]
        for host in hosts:
            assert EXAMPLE_DOMAIN.search(host.lower()), (doc["id"], host)


def test_networks_link_by_identifier_or_template(corpus: list[Pair]) -> None:
    networks: dict[str, list[Pair]] = collections.defaultdict(list)
    for pair in corpus:
        if pair[1]["network"]:
            networks[pair[1]["network"]].append(pair)
    assert len(networks) > 50
    sizes = sorted(len(v) for v in networks.values())
    assert sizes[0] >= 2
    assert sizes[len(sizes) // 2] <= 5 and sizes[-1] >= 20  # heavy tail
    for net, members in networks.items():
        # Union-find over shared identifiers and near-duplicate text.
        parent = list(range(len(members)))
        find = _finder(parent)
        keys = [set(t["phones"]) | set(t["emails"]) | set(t["handles"]) for _, t in members]
        grams = [_shingles(d["text"]) for d, _ in members]
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                similar = len(grams[i] & grams[j]) / max(1, len(grams[i] | grams[j]))
                if keys[i] & keys[j] or similar >= 0.2:
                    parent[find(i)] = find(j)
        assert len({find(i) for i in range(len(members))}) == 1, net


def test_escort_networks_move_and_rotate_names(corpus: list[Pair]) -> None:
    networks: dict[str, list[Pair]] = collections.defaultdict(list)
    for pair in corpus:
        if pair[1]["network"] and "/escorts/" in pair[0]["url"]:
            networks[pair[1]["network"]].append(pair)
    moved = many_names = 0
    for members in networks.values():
        cities = [d["url"].split("/")[4] for d, _ in members]  # posted_at order
        blocks = [c for k, c in enumerate(cities) if k == 0 or c != cities[k - 1]]
        assert len(blocks) == len(set(blocks)), cities  # never returns to a city
        moved += len(blocks) > 1
        many_names += any("shared_phone_many_names" in t["signs"] for _, t in members)
    assert moved > 10 and many_names > len(networks) // 2


def test_boilerplate_is_shared_across_unrelated_ads(corpus: list[Pair]) -> None:
    groups = {t["network"] or t["id"] for d, t in corpus if t["category"] == "escort" and "100% real" in d["text"]}
    independents = [d for d, t in corpus if t["subtype"] == "independent" and "100% real" in d["text"]]
    assert len(groups) > 20 and independents


def test_languages(corpus: list[Pair]) -> None:
    langs = {t["lang"] for _, t in corpus}
    assert {"ar", "en", "es", "fr", "ru", "zh", "pt"} <= langs
    for category in ("deceptive_job", "legitimate_job"):
        job_langs = {t["lang"] for _, t in corpus if t["category"] == category}
        assert {"ar", "en", "es", "fr", "ru", "zh", "pt", "ro", "th", "vi", "id"} <= job_langs
    for category in ("organ_trade", "classified", "escort"):
        assert len({t["lang"] for _, t in corpus if t["category"] == category}) >= 3


def test_hard_negatives_carry_no_typology(corpus: list[Pair]) -> None:
    subtypes = collections.Counter(t["subtype"] for _, t in corpus if t["hard_negative"])
    for wanted in ("massage_clinic", "kidney_beans", "liver_pate", "travel_agency", "car_dealer",
                   "nanny_agency", "wedding", "travel_passport"):  # fmt: skip
        assert subtypes[wanted] > 0, wanted
    assert all(not t["typologies"] for _, t in corpus if t["hard_negative"])
