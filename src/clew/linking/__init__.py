"""Networks: documents joined by shared strong identifiers and by identical texts.

Documents that share a value of a linking identifier type (phone, e-mail, URL, …
— ``IdentifierType.links``) or whose normalised texts are identical are joined;
connected components are networks. Every edge keeps its evidence. Weak attributes
(city, first name, price) never link. Near-duplicate templates and photo hashes
extend this module later.

Network ids are derived from the smallest member id, so the same input always
gives the same ids; a document that links to nothing is a network of its own.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from clew.model import LinkEvidence, Network

MIN_DUPLICATE_CHARS = 40
"""Texts shorter than this never link as duplicates ("call me", "available")."""


@dataclass(frozen=True, slots=True)
class LinkItem:
    """What linking needs to know about one document."""

    doc_id: str
    identifiers: tuple[tuple[str, str], ...]
    """(type, canonical value) of its linking identifiers."""
    text_key: str | None = None
    """Fingerprint of its normalised text, or None when too short to link."""


def text_key(normalized_text: str) -> str | None:
    if len(normalized_text) < MIN_DUPLICATE_CHARS:
        return None
    return hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()[:16]


def network_id(member_ids: Iterable[str]) -> str:
    return "net-" + hashlib.sha256(min(member_ids).encode("utf-8")).hexdigest()[:12]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def build_networks(items: Iterable[LinkItem]) -> list[Network]:
    """Group documents into networks, keeping the evidence of every edge.

    For each shared value the members are chained (first–second, second–third, …),
    so the evidence grows with the number of documents, not its square.
    """
    merged: dict[str, LinkItem] = {}
    for item in items:  # the same id twice is one document
        seen = merged.get(item.doc_id)
        if seen is not None:
            item = LinkItem(item.doc_id, seen.identifiers + item.identifiers, seen.text_key)
        merged[item.doc_id] = item
    docs = list(merged.values())
    index = {item.doc_id: i for i, item in enumerate(docs)}
    by_value: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, item in enumerate(docs):
        for kind_type, value in sorted(set(item.identifiers)):
            by_value[("identifier", kind_type, value)].append(i)
        if item.text_key:
            by_value[("text", "exact_duplicate", item.text_key)].append(i)
    uf = _UnionFind(len(docs))
    edges: list[tuple[int, int, str, str, str]] = []
    for (kind, kind_type, value), members in sorted(by_value.items()):
        for a, b in pairwise(members):
            uf.union(a, b)
            edges.append((a, b, kind, kind_type, value))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(docs)):
        groups[uf.find(i)].append(i)
    group_links: dict[int, list[LinkEvidence]] = defaultdict(list)
    for a, b, kind, kind_type, value in edges:
        group_links[uf.find(a)].append(
            LinkEvidence(
                source=docs[a].doc_id,
                target=docs[b].doc_id,
                kind="identifier" if kind == "identifier" else "text",
                type=kind_type,
                value=value,
            )
        )
    networks = []
    for root, members in groups.items():
        ids = [docs[m].doc_id for m in members]
        networks.append(Network(id=network_id(ids), documents=ids, links=group_links.get(root, [])))
    networks.sort(key=lambda n: index[n.documents[0]])
    return networks
