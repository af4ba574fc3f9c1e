from __future__ import annotations

from clew.linking import LinkItem, build_networks, network_id, text_key


def test_shared_identifier_joins_and_keeps_evidence() -> None:
    nets = build_networks(
        [
            LinkItem("a", (("phone", "+12135550127"),)),
            LinkItem("b", (("phone", "+12135550127"), ("email", "x@example.com"))),
            LinkItem("c", (("email", "x@example.com"),)),
            LinkItem("d", (("phone", "+12135550199"),)),
        ]
    )
    by_doc = {d: n for n in nets for d in n.documents}
    assert by_doc["a"].id == by_doc["b"].id == by_doc["c"].id != by_doc["d"].id
    evidence = {(link.source, link.target, link.type, link.value) for link in by_doc["a"].links}
    assert evidence == {("a", "b", "phone", "+12135550127"), ("b", "c", "email", "x@example.com")}
    assert by_doc["d"].links == []


def test_network_ids_are_deterministic_and_order_free() -> None:
    items = [LinkItem("b", (("phone", "1"),)), LinkItem("a", (("phone", "1"),))]
    first = build_networks(items)
    second = build_networks(list(reversed(items)))
    assert first[0].id == second[0].id == network_id(["a", "b"])


def test_identical_long_texts_link_but_short_ones_do_not() -> None:
    long_key = text_key("a long enough advertisement text that was posted twice by one poster")
    assert text_key("call me") is None
    nets = build_networks(
        [LinkItem("a", (), long_key), LinkItem("b", (), long_key), LinkItem("c", (), None), LinkItem("d", (), None)]
    )
    sizes = sorted(len(n.documents) for n in nets)
    assert sizes == [1, 1, 2]


def test_chained_evidence_grows_linearly() -> None:
    items = [LinkItem(f"d{i}", (("phone", "+1"),)) for i in range(50)]
    (net,) = build_networks(items)
    assert len(net.documents) == 50
    assert len(net.links) == 49


def test_the_same_id_twice_is_one_document() -> None:
    nets = build_networks(
        [LinkItem("a", (("phone", "1"),)), LinkItem("a", (("email", "e"),)), LinkItem("b", (("email", "e"),))]
    )
    assert len(nets) == 1 and sorted(nets[0].documents) == ["a", "b"]
