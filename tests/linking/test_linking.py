"""Linking: identifiers, templates, corroboration rules, hubs, communities, determinism."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.linking import LinkConfig, LinkItem, build_networks, make_item, network_id, text_key
from clew.linking import shingles as sh
from clew.text import normalize

WORDS = tuple(
    [
        "velvet",
        "harbor",
        "quiet",
        "lantern",
        "copper",
        "meadow",
        "silver",
        "orchard",
        "amber",
        "willow",
        "crimson",
        "falcon",
        "marble",
        "river",
        "cobalt",
        "thistle",
        "saffron",
        "ember",
        "granite",
        "lotus",
        "juniper",
        "cedar",
        "indigo",
        "pebble",
        "tundra",
        "zephyr",
        "hollow",
        "prairie",
        "canyon",
        "glacier",
        "summit",
        "valley",
        "breeze",
        "meadowlark",
        "sparrow",
        "heron",
        "maple",
        "birch",
        "aspen",
        "spruce",
        "clover",
        "fern",
    ]
)
BOILER = (
    "100% real pics, no rush and no games.",
    "Clean discreet and upscale place with parking.",
    "Outcall and incall available all night long.",
)


def sentence(rng: random.Random, n: int = 9) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def network_ads(rng: random.Random, size: int, *, edits: int = 2) -> list[str]:
    """Ads of one template: own sentences + boilerplate, four slots changed, ``edits`` random word edits."""
    own = [sentence(rng) for _ in range(4)]
    template = " ".join([own[0], BOILER[0], own[1], "I am {name}, {age}, now in {city} for {price}.", own[2], own[3]])
    ads = []
    for _ in range(size):
        text = (
            template.replace("{name}", rng.choice(["Mia", "Ava", "Zoe", "Lia", "Eve"]))
            .replace("{age}", str(rng.randint(19, 35)))
            .replace("{city}", rng.choice(["Denver", "Austin", "Boston", "Dallas"]))
            .replace("{price}", f"${rng.randrange(100, 400, 10)}")
        )
        words = text.split(" ")
        for _ in range(edits):
            i = rng.randrange(len(words))
            if rng.random() < 0.5:
                words.insert(i, rng.choice(WORDS))
            else:
                words[i] = rng.choice(WORDS)
        ads.append(" ".join(words))
    return ads


def stranger_ad(rng: random.Random) -> str:
    """An unrelated ad that re-uses the common boilerplate sentences around its own text."""
    return " ".join([sentence(rng), *BOILER, sentence(rng), "I am Mia, 25, now in Denver for $200."])


def item(doc_id: str, text: str = "", *idents: tuple[str, str], config: LinkConfig | None = None) -> LinkItem:
    return make_item(doc_id, idents, normalize(text).text, config=config)


def by_doc(items: list[LinkItem], config: LinkConfig | None = None) -> dict[str, str]:
    return build_networks(items, config).network_of()


# ----------------------------------------------------------------------------- identifiers


def test_shared_identifier_joins_and_keeps_evidence() -> None:
    result = build_networks(
        [
            LinkItem("a", (("phone", "+12135550127"),)),
            LinkItem("b", (("phone", "+12135550127"), ("email", "x@example.com"))),
            LinkItem("c", (("email", "x@example.com"),)),
            LinkItem("d", (("phone", "+12135550199"),)),
        ]
    )
    nets = {d: n for n in result.networks for d in n.documents}
    assert nets["a"].id == nets["b"].id == nets["c"].id != nets["d"].id
    evidence = {(link.source, link.target, link.type, link.value) for link in nets["a"].links}
    assert evidence == {("a", "b", "phone", "+12135550127"), ("b", "c", "email", "x@example.com")}
    assert nets["d"].links == []


def test_weak_attributes_never_link() -> None:
    result = by_doc([LinkItem("a", (("age", "22"), ("location", "city:Denver,US"))), LinkItem("b", (("age", "22"),))])
    assert result["a"] != result["b"]


def test_which_types_link_is_configuration() -> None:
    items = [LinkItem("a", (("email", "x@example.com"),)), LinkItem("b", (("email", "x@example.com"),))]
    assert by_doc(items)["a"] == by_doc(items)["b"]
    only_phones = LinkConfig(link_types=frozenset({"phone"}))
    assert by_doc(items, only_phones)["a"] != by_doc(items, only_phones)["b"]


def test_network_ids_are_deterministic_and_order_free() -> None:
    items = [LinkItem("b", (("phone", "1"),)), LinkItem("a", (("phone", "1"),))]
    first = build_networks(items).networks
    second = build_networks(list(reversed(items))).networks
    assert first[0].id == second[0].id == network_id(["a", "b"])


def test_identical_long_texts_link_but_short_ones_do_not() -> None:
    long_text = "a long enough advertisement text that was posted twice by one poster"
    assert text_key(long_text) is not None and text_key("call me") is None
    result = by_doc([item("a", long_text), item("b", long_text), item("c", "call me"), item("d", "call me")])
    assert result["a"] == result["b"]
    assert len({result["a"], result["c"], result["d"]}) == 3


def test_chained_evidence_grows_linearly() -> None:
    (net,) = build_networks([LinkItem(f"d{i}", (("phone", "+1"),)) for i in range(50)]).networks
    assert len(net.documents) == 50
    assert len(net.links) == 49


def test_the_same_id_twice_is_one_document() -> None:
    nets = build_networks(
        [LinkItem("a", (("phone", "1"),)), LinkItem("a", (("email", "e"),)), LinkItem("b", (("email", "e"),))]
    ).networks
    assert len(nets) == 1 and sorted(nets[0].documents) == ["a", "b"]


def test_documents_without_text_do_not_crash_and_stay_alone() -> None:
    result = by_doc([item("a", ""), item("b", ""), item("c", "   ")])
    assert len(set(result.values())) == 3


# ----------------------------------------------------------------------------- bad input


def test_hub_identifier_is_capped_and_named() -> None:
    cfg = LinkConfig(hub_cap=100)
    items = [LinkItem(f"d{i:04d}", (("phone", "+18005550100"),)) for i in range(150)]
    items += [LinkItem("x", (("email", "a@example.com"),)), LinkItem("y", (("email", "a@example.com"),))]
    result = build_networks(items, cfg)
    nets = result.network_of()
    assert len({nets[f"d{i:04d}"] for i in range(150)}) == 150
    assert nets["x"] == nets["y"]
    (warning,) = result.warnings
    assert warning.kind == "hub_identifier" and warning.value == "+18005550100" and warning.documents == 150
    assert "+18005550100" in warning.message and "150" in warning.message


def test_a_phone_shared_by_100000_ads_is_linear_and_reported() -> None:
    items = [LinkItem(f"d{i}", (("phone", "+18005550100"),)) for i in range(100_000)]
    result = build_networks(items)
    assert result.stats["hub_identifiers"] == 1
    assert result.stats["identifier_edges"] == 0
    assert result.warnings[0].documents == 100_000


def test_document_with_10000_identifiers_links_by_none() -> None:
    directory = tuple(("phone", f"+1213555{i:04d}") for i in range(10_000))
    items = [LinkItem("dir", directory), LinkItem("a", (("phone", "+12135550001"),)), LinkItem("b", directory[5:6])]
    result = build_networks(items)
    nets = result.network_of()
    assert len(set(nets.values())) == 3
    assert [w.kind for w in result.warnings] == ["too_many_identifiers"]
    assert "'dir'" in result.warnings[0].message


# ----------------------------------------------------------------------------- templates


def test_template_joins_contactless_ads_but_not_boilerplate_strangers() -> None:
    rng = random.Random(3)
    ads = network_ads(rng, 9)
    # A third of the network's ads carry no identifier; the others rotate two numbers.
    phones = [("phone", "+12135550100")] * 3 + [("phone", "+12135550101")] * 3
    items = [item(f"n{i}", ads[i], phones[i]) for i in range(6)]
    items += [item(f"n{i}", ads[i]) for i in range(6, 9)]
    items += [item(f"s{i}", stranger_ad(rng), ("phone", f"+1213555{i + 110:04d}")) for i in range(30)]
    items += [item(f"t{i}", stranger_ad(rng)) for i in range(10)]
    result = build_networks(items)
    nets = result.network_of()
    assert len({nets[f"n{i}"] for i in range(9)}) == 1
    linked = {nets[f"n{i}"] for i in range(9)}
    assert all(nets[f"s{i}"] not in linked for i in range(30))
    assert len({nets[f"s{i}"] for i in range(30)} | {nets[f"t{i}"] for i in range(10)}) == 40
    assert result.stats["template_edges"] > 0
    net = next(n for n in result.networks if n.id == nets["n0"])
    text_links = [link for link in net.links if link.kind == "text"]
    assert text_links and all(0.0 < link.similarity <= 1.0 and link.type == "template" for link in text_links)


def test_rotated_numbers_are_joined_by_template_with_support() -> None:
    rng = random.Random(5)
    ads = network_ads(rng, 9)
    phones = ["+12135550101", "+12135550102", "+12135550103"]
    items = [item(f"n{i}", ads[i], ("phone", phones[i // 3])) for i in range(9)]
    nets = by_doc(items)
    assert len({nets[f"n{i}"] for i in range(9)}) == 1


def test_strangers_filling_in_one_form_are_not_linked() -> None:
    rng = random.Random(9)
    form = "Selling my {item} in good condition, bought in {year}, asking {price}, pick up in {city} only please."
    items = []
    for i in range(60):
        text = (
            form.replace("{item}", rng.choice(["bike", "sofa", "laptop", "camera"]))
            .replace("{year}", str(rng.randint(2015, 2024)))
            .replace("{price}", f"${rng.randrange(50, 900, 10)}")
            .replace("{city}", rng.choice(["Denver", "Austin", "Boston"]))
        )
        idents = (("phone", f"+1303555{i + 100:04d}"),) if i % 3 else ()
        items.append(item(f"f{i}", text, *idents))
    nets = by_doc(items)
    sizes = sorted(
        (sum(1 for v in nets.values() if v == net) for net in set(nets.values())),
        reverse=True,
    )
    # Contactless copies may attach to a lone poster, never snowball.
    assert sizes[0] <= 3


def test_templates_can_be_switched_off() -> None:
    rng = random.Random(3)
    ads = network_ads(rng, 4)
    items = [item(f"n{i}", ads[i]) for i in range(4)] + [item("p", ads[0], ("phone", "+12135550100"))]
    assert len(set(by_doc(items).values())) < 5
    assert len(set(by_doc(items, LinkConfig(templates=False)).values())) == 5


def test_chinese_and_thai_texts_are_segmented_and_link() -> None:
    assert sh.units("我们是新来的") == ["我们", "们是", "是新", "新来", "来的"]
    assert sh.units("สวัสดี hello 12") == ["สวั", "วัส", "ัสด", "สดี", "hello", "12"]
    zh = "新来的妹妹{n}岁，身材好，服务周到，环境干净卫生，欢迎老板光临，价格{p}元，地址在市中心附近，停车方便。"
    items = [item("z0", zh.format(n=19, p=500), ("phone", "+8613800000000"))]
    items += [item("z1", zh.format(n=20, p=600), ("phone", "+8613800000000"))]
    items += [item(f"z{i}", zh.format(n=19 + i, p=500 + 100 * i)) for i in range(2, 5)]
    items += [item("other", "二手自行车出售，九成新，价格三百元，有意者请联系，市中心自提，不议价，谢谢。")]
    nets = by_doc(items)
    assert len({nets[f"z{i}"] for i in range(5)}) == 1
    assert nets["other"] != nets["z0"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_units_never_crash_and_shingles_are_stable(text: str) -> None:
    norm = normalize(text).text
    units = sh.units(norm)
    assert all(u for u in units)
    first = sh.shingle_hashes(norm)
    assert np.array_equal(first, sh.shingle_hashes(norm))
    assert list(first) == sorted(set(first.tolist()))
    assert len(first) <= max(0, len(units) - 2)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(alphabet="abc xyz", max_size=60), max_size=8))
def test_corpus_shingling_equals_one_by_one(texts: list[str]) -> None:
    table, offsets = sh.shingle_table([sh.unit_hashes(t) for t in texts])
    for i, t in enumerate(texts):
        assert np.array_equal(table[offsets[i] : offsets[i + 1]], sh.shingle_hashes(t))


def test_exact_similarity_matches_set_arithmetic() -> None:
    rng = np.random.default_rng(1)
    sets = [np.unique(rng.integers(0, 60, size=rng.integers(0, 40)).astype(np.uint32)) for _ in range(30)]
    table = np.concatenate(sets).astype(np.uint32)
    offsets = np.zeros(31, dtype=np.int64)
    np.cumsum([len(s) for s in sets], out=offsets[1:])
    pairs = np.array([(i, j) for i in range(30) for j in range(i + 1, 30)], dtype=np.int64)
    got = sh.exact_similarity(table, offsets, pairs, chunk=50)
    for (i, j), value in zip(pairs, got, strict=True):
        a, b = set(sets[i].tolist()), set(sets[j].tolist())
        expected = len(a & b) / len(a | b) if a | b else 0.0
        assert value == pytest.approx(expected)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 30), max_size=25), min_size=2, max_size=12),
    st.integers(1, 80),
    st.integers(1, 2),
)
def test_exact_similarity_is_set_arithmetic_in_any_chunking(sets: list[list[int]], chunk: int, threads: int) -> None:
    """The merged-runs count of shared shingles is the set intersection, whatever the chunks and threads."""
    arrays = [np.unique(np.array(s, dtype=np.uint32)) for s in sets]
    table = np.concatenate(arrays).astype(np.uint32)
    offsets = np.zeros(len(arrays) + 1, dtype=np.int64)
    np.cumsum([len(a) for a in arrays], out=offsets[1:])
    pairs = np.array([(i, j) for i in range(len(arrays)) for j in range(i + 1, len(arrays))], dtype=np.int64)
    got = sh.exact_similarity(table, offsets, pairs, chunk=chunk, threads=threads)
    for (i, j), value in zip(pairs.tolist(), got.tolist(), strict=True):
        a, b = set(sets[i]), set(sets[j])
        assert value == (len(a & b) / len(a | b) if a | b else 0.0)


def test_minhash_estimates_jaccard() -> None:
    rng = np.random.default_rng(7)
    base = np.unique(rng.integers(0, 2**32 - 1, size=400, dtype=np.uint64).astype(np.uint32))
    other = np.unique(np.concatenate([base[:200], rng.integers(0, 2**32 - 1, size=200).astype(np.uint32)]))
    table = np.concatenate([base, other]).astype(np.uint32)
    offsets = np.array([0, len(base), len(base) + len(other)], dtype=np.int64)
    sig = sh.minhash(table, offsets, 256)
    true = len(np.intersect1d(base, other)) / len(np.union1d(base, other))
    estimate = float((sig[0] == sig[1]).mean())
    assert abs(estimate - true) < 0.1
    assert not (sig == sh.EMPTY).any()


# ----------------------------------------------------------------------------- communities


def test_giant_component_glued_by_a_hub_is_split_and_the_hub_stays_visible() -> None:
    rng = random.Random(11)
    cfg = LinkConfig(split_above=40, hub_cap=1000)
    items = []
    for group in range(2):
        ads = network_ads(rng, 30, edits=1)
        for i, text in enumerate(ads):
            items.append(item(f"g{group}-{i:02d}", text, ("phone", "+18005550100"), config=cfg))
    result = build_networks(items, cfg)
    nets = result.network_of()
    g0 = {nets[f"g0-{i:02d}"] for i in range(30)}
    g1 = {nets[f"g1-{i:02d}"] for i in range(30)}
    assert len(g0) == 1 and len(g1) == 1 and g0 != g1
    assert result.stats["split_components"] == 1
    bridge = result.bridges[next(iter(g0))]
    assert {"kind": "identifier", "type": "phone", "value": "+18005550100", "networks": sorted(g1)} in bridge


def test_split_is_deterministic() -> None:
    rng = random.Random(11)
    cfg = LinkConfig(split_above=40)
    items = []
    for group in range(2):
        for i, text in enumerate(network_ads(rng, 30, edits=1)):
            items.append(item(f"g{group}-{i:02d}", text, ("phone", "+18005550100"), config=cfg))
    first = build_networks(items, cfg).network_of()
    second = build_networks(list(reversed(items)), cfg).network_of()
    assert first == second


def test_config_is_recorded() -> None:
    data = replace(LinkConfig(), hub_cap=7).as_dict()
    assert data["hub_cap"] == 7 and data["version"] == "link-v1" and "phone" in data["link_types"]


def test_template_evidence_shows_the_shared_text() -> None:
    from clew.linking.templates import TemplateMember, build_template, shared_text

    a = "Hi I'm Mia, 22, new in Denver. Sweet and classy, rates from $200. Text me."
    b = "Hi I'm Zoe, 25, new in Austin. Sweet and classy, rates from $250. Text me now."
    assert shared_text(a, b) == "Sweet and classy, rates from"
    template = build_template([TemplateMember("a", a, ("denver",)), TemplateMember("b", b, ("austin",))])
    assert template is not None
    kinds = {s["kind"] for s in template["slots"]}
    assert {"name", "age", "place"} <= kinds
    assert template["text"].startswith("Hi I'm {name}")
    assert template["values_by_document"]["b"]["name"] == "Zoe"
