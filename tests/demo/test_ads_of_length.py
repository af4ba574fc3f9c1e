from __future__ import annotations

from clew.demo.generator import ads_of_length, generate


def test_ads_have_the_asked_length_and_keep_the_first_documents_fields() -> None:
    ads = list(ads_of_length(300, seed=5, chars=400))
    assert len(ads) == 300
    assert len({a["id"] for a in ads}) == 300
    assert all(300 <= len(a["text"]) <= 400 for a in ads)
    assert 370 <= sum(len(a["text"]) for a in ads) / len(ads) <= 400
    firsts = {doc["id"]: doc for doc, _ in generate(300 * (400 // 100 + 1), 5)}  # the corpus it draws from
    for ad in ads:
        source = firsts[ad["id"]]
        assert ad["text"].startswith(source["text"][:300])
        assert {k: v for k, v in ad.items() if k != "text"} == {k: v for k, v in source.items() if k != "text"}


def test_ads_are_deterministic_and_follow_the_length() -> None:
    assert list(ads_of_length(50, seed=9)) == list(ads_of_length(50, seed=9))
    short = list(ads_of_length(50, seed=9, chars=120))
    assert all(len(a["text"]) <= 120 for a in short)
