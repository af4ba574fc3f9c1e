"""Networks: documents joined by shared identifiers, re-used photos and near-duplicate templates.

The order of the work, and why:

1. **Identifiers** (phone, e-mail, handle, payment, wallet, URL, photo hash — the
   types in ``LinkConfig.link_types``) join documents that share a value. The members
   of a value are chained (first–second, second–third, …), so a value shared by *n*
   documents costs *n* − 1 edges. A value held by more than ``hub_cap`` documents
   links nothing and is reported (an agency switchboard or a site's own address would
   otherwise glue strangers); so is a document with more than
   ``max_identifiers_per_document`` identifiers (a directory page).
2. **Photos**: PDQ hashes within ``photo_distance`` bits link like a shared value.
3. **Templates**: shingles held by more documents than ``LinkConfig.common_df`` are
   boilerplate and ignored; MinHash/LSH proposes candidate pairs, which are verified
   (estimated Jaccard, exact Jaccard near the threshold). Identical long texts are
   templates with similarity 1.
4. **Text joins are corroborated.** A template is the strongest clue that an ad
   without contact details belongs to a network, and the weakest that two contact
   groups belong together (strangers copy a site's posting form or a job ad). So an ad
   without contact identifiers joins the *one* group whose ads it copies (if its
   near-duplicates point at several groups it is ambiguous and stays alone), and two
   groups that each have their own contacts are joined only when at least
   ``group_support`` ads on each side share the template (a rotated number).
5. **Giant components** (more than ``split_above`` documents) are split into
   communities with the Leiden algorithm (igraph, modularity) over documents,
   identifier values and template edges; the identifiers that straddle communities are
   kept as **bridges**, so a hub stays visible in every network it touches.

Network ids come from the smallest member id: the same documents always give the
same id, whatever the input order.
"""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import numpy as np

from clew.linking import photos as photo_match
from clew.linking import shingles as sh
from clew.linking.config import LinkConfig
from clew.model import LinkEvidence, Network

_EMPTY = np.empty(0, dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class LinkItem:
    """What linking needs to know about one document (its features, computed once)."""

    doc_id: str
    identifiers: tuple[tuple[str, str], ...] = ()
    """(type, canonical value) of its identifiers; types outside ``link_types`` are ignored."""
    units: sh.U32 = field(default_factory=lambda: _EMPTY)
    """Hashes of the units (words, CJK bigrams, Thai trigrams) of its normalised text, in
    order (``shingles.unit_hashes``); shingles are cut from them for the whole corpus at once."""
    text_key: str | None = None
    """Fingerprint of its normalised text when long enough to link as an exact duplicate."""


def text_key(normalized_text: str, min_chars: int = 40) -> str | None:
    """Fingerprint of a normalised text, or None when it is too short to link ("call me")."""
    if len(normalized_text) < min_chars:
        return None
    return hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()[:16]


def make_item(
    doc_id: str,
    identifiers: Iterable[tuple[str, str]],
    normalized_text: str,
    *,
    config: LinkConfig | None = None,
) -> LinkItem:
    cfg = config or LinkConfig()
    idents = tuple(sorted({(t, v) for t, v in identifiers if t in cfg.link_types}))
    return LinkItem(
        doc_id,
        idents,
        sh.unit_hashes(normalized_text),
        text_key(normalized_text, cfg.min_duplicate_chars),
    )


def network_id(member_ids: Iterable[str]) -> str:
    return "net-" + hashlib.sha256(min(member_ids).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class LinkWarning:
    """Something linking refused to do, named so a person can look at it."""

    kind: str  # hub_identifier, too_many_identifiers, ambiguous_template, no_community_split
    message: str
    type: str = ""
    value: str = ""
    documents: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "message": self.message,
            "type": self.type,
            "value": self.value,
            "documents": self.documents,
        }


@dataclass
class LinkResult:
    networks: list[Network]
    """Every document in exactly one network, in the order of first appearance."""
    bridges: dict[str, list[dict[str, Any]]]
    """Network id → identifiers that also appear in other networks of a split component."""
    warnings: list[LinkWarning]
    stats: dict[str, int]

    def network_of(self) -> dict[str, str]:
        return {doc: net.id for net in self.networks for doc in net.documents}


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


@dataclass(slots=True)
class _Edge:
    a: int
    b: int
    kind: str  # identifier | text
    type: str
    value: str
    similarity: float = 1.0


def _merge_items(items: Iterable[LinkItem]) -> list[LinkItem]:
    merged: dict[str, LinkItem] = {}
    for item in items:  # the same id twice is one document
        seen = merged.get(item.doc_id)
        if seen is not None:
            item = LinkItem(
                item.doc_id,
                tuple(sorted(set(seen.identifiers) | set(item.identifiers))),
                np.concatenate([seen.units, item.units]).astype(np.uint32),
                seen.text_key or item.text_key,
            )
        merged[item.doc_id] = item
    return list(merged.values())


def build_networks(items: Iterable[LinkItem], config: LinkConfig | None = None) -> LinkResult:
    """Group documents into networks, keeping the evidence of every edge."""
    cfg = config or LinkConfig()
    docs = _merge_items(items)
    n = len(docs)
    warnings: list[LinkWarning] = []
    stats: dict[str, int] = defaultdict(int)
    edges: list[_Edge] = []
    uf = _UnionFind(n)

    # 1-2. identifiers and photos -------------------------------------------------------
    contact = [False] * n
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, item in enumerate(docs):
        idents = [(t, v) for t, v in item.identifiers if t in cfg.link_types]
        if not idents:
            continue
        contact[i] = True
        if len(idents) > cfg.max_identifiers_per_document:
            warnings.append(
                LinkWarning(
                    "too_many_identifiers",
                    f"document {item.doc_id!r} holds {len(idents):,} linking identifiers (more than "
                    f"{cfg.max_identifiers_per_document}); it is linked by none of them (a directory page?)",
                    documents=1,
                    value=item.doc_id,
                )
            )
            stats["documents_over_identifier_cap"] += 1
            continue
        for key in idents:
            postings[key].append(i)
    photo_values: list[str] = []
    for (kind_type, value), members in sorted(postings.items()):
        if len(members) > cfg.hub_cap:
            warnings.append(
                LinkWarning(
                    "hub_identifier",
                    f"{kind_type} {value} is shared by {len(members):,} documents (more than the hub cap of "
                    f"{cfg.hub_cap:,}); it links none of them — review it as a possible agency, site or shared "
                    "number",
                    type=kind_type,
                    value=value,
                    documents=len(members),
                )
            )
            stats["hub_identifiers"] += 1
            continue
        if kind_type == "photo":
            photo_values.append(value)
        for a, b in pairwise(members):
            uf.union(a, b)
            edges.append(_Edge(a, b, "identifier", kind_type, value))
    if len(photo_values) > 1:
        for i, j, dist in photo_match.near_pairs(photo_values, cfg.photo_distance):
            a, b = postings[("photo", photo_values[i])][0], postings[("photo", photo_values[j])][0]
            uf.union(a, b)
            edges.append(
                _Edge(a, b, "identifier", "photo", f"{photo_values[i]}~{photo_values[j]}", round(1 - dist / 256, 4))
            )
    stats["identifier_edges"] = len(edges)

    # 3. template candidates ---------------------------------------------------------------
    text_edges = _template_edges(docs, cfg, stats) if cfg.templates else []

    # 4. corroborated text joins -----------------------------------------------------------
    used_text = _join_by_text(docs, contact, text_edges, uf, cfg, warnings, stats)
    edges.extend(used_text)

    # 5. components, giant ones split -------------------------------------------------------
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    community = list(range(n))
    for root, members in groups.items():
        for m in members:
            community[m] = root
    bridges_raw: list[_Edge] = []
    big = [members for members in groups.values() if len(members) > cfg.split_above]
    if big:
        try:
            import igraph  # noqa: F401
        except ImportError:
            for members in big:
                warnings.append(
                    LinkWarning(
                        "no_community_split",
                        f"a component of {len(members):,} documents was not split into communities: install "
                        "clew[link] (igraph)",
                        documents=len(members),
                    )
                )
            big = []
        for members in big:
            # Communities read every verified template edge, not only those that joined groups.
            _split(members, [*edges, *text_edges], community, docs, cfg, stats)
    by_comm: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        by_comm[community[i]].append(i)
    links: dict[int, list[LinkEvidence]] = defaultdict(list)
    for e in edges:
        ca, cb = community[e.a], community[e.b]
        if ca != cb:
            bridges_raw.append(e)
            continue
        links[ca].append(
            LinkEvidence(
                source=docs[e.a].doc_id,
                target=docs[e.b].doc_id,
                kind="identifier" if e.kind == "identifier" else "text",
                type=e.type,
                value=e.value,
                similarity=e.similarity,
            )
        )
    networks: list[Network] = []
    net_of_comm: dict[int, str] = {}
    for comm, members in by_comm.items():
        ids = [docs[m].doc_id for m in members]
        net = Network(id=network_id(ids), documents=ids, links=links.get(comm, []))
        net_of_comm[comm] = net.id
        networks.append(net)
    networks.sort(key=lambda net: net.documents[0])
    first = {item.doc_id: i for i, item in enumerate(docs)}
    networks.sort(key=lambda net: first[net.documents[0]])
    bridges = _bridges(bridges_raw, community, net_of_comm, docs)
    multi = [net for net in networks if len(net.documents) > 1]
    stats["documents"] = n
    stats["networks"] = len(multi)
    stats["linked_documents"] = sum(len(net.documents) for net in multi)
    stats["largest"] = max((len(net.documents) for net in networks), default=0)
    return LinkResult(networks=networks, bridges=bridges, warnings=warnings, stats=dict(stats))


def _template_edges(docs: Sequence[LinkItem], cfg: LinkConfig, stats: dict[str, int]) -> list[_Edge]:
    """Verified near-duplicate pairs over non-boilerplate shingles, plus exact duplicates."""
    n = len(docs)
    out: list[_Edge] = []
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(docs):
        if item.text_key:
            by_key[item.text_key].append(i)
    exact: set[tuple[int, int]] = set()
    for key, members in sorted(by_key.items()):
        for a, b in pairwise(members):
            out.append(_Edge(a, b, "text", "exact_duplicate", key, 1.0))
            exact.add((a, b))
    if n < 2:
        return out
    flat, offsets = sh.shingle_table([item.units for item in docs])
    if len(flat) == 0:
        return out
    values, counts = sh.document_frequency(flat)
    limit = cfg.common_df(n)
    keep = sh.df_of(flat, values, counts) <= limit
    stats["boilerplate_shingles"] = int((counts > limit).sum())
    doc_of = np.repeat(np.arange(n), np.diff(offsets))
    kept_counts = np.bincount(doc_of[keep], minlength=n).astype(np.int64)
    kept_flat = flat[keep]
    kept_offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(kept_counts, out=kept_offsets[1:])
    eligible = kept_counts >= cfg.min_shingles
    sig = sh.minhash(kept_flat, kept_offsets, cfg.num_perm)
    keys = sh.band_keys(sig, cfg.rows)
    pairs = sh.candidate_pairs(keys, eligible, cfg.window)
    stats["template_candidates"] = len(pairs)
    est = sh.estimated_similarity(sig, pairs)
    t, margin = cfg.template_similarity, cfg.verify_margin
    sure = est >= t + margin
    unsure = np.flatnonzero((est >= t - margin) & ~sure)
    stats["template_exact_checks"] = len(unsure)
    exact_sim = sh.exact_similarity(kept_flat, kept_offsets, pairs[unsure])
    ok = unsure[exact_sim >= t]
    accepted: list[tuple[int, int, float]] = [
        (int(a), int(b), float(s)) for (a, b), s in zip(pairs[sure], est[sure], strict=True)
    ]
    accepted.extend((int(a), int(b), float(s)) for (a, b), s in zip(pairs[ok], exact_sim[exact_sim >= t], strict=True))
    for a, b, sim in accepted:
        if (a, b) not in exact:
            out.append(_Edge(a, b, "text", "template", "minhash-jaccard", round(sim, 4)))
    stats["template_edges"] = len(accepted)
    return out


def _join_by_text(
    docs: Sequence[LinkItem],
    contact: Sequence[bool],
    text_edges: Sequence[_Edge],
    uf: _UnionFind,
    cfg: LinkConfig,
    warnings: list[LinkWarning],
    stats: dict[str, int],
) -> list[_Edge]:
    """Apply text edges under the corroboration rules (module docstring, step 4)."""
    used: list[_Edge] = []
    n = len(docs)
    ordered = sorted(text_edges, key=lambda e: (-e.similarity, e.a, e.b))
    # Groups with contacts: join when enough documents on both sides share the template.
    has_contact = [False] * n
    for i in range(n):
        if contact[i]:
            has_contact[uf.find(i)] = True
    between_contacts = [e for e in ordered if contact[e.a] and contact[e.b]]
    for _round in range(3):
        support: dict[tuple[int, int], tuple[set[int], set[int], _Edge]] = {}
        for e in between_contacts:
            ra, rb = uf.find(e.a), uf.find(e.b)
            if ra == rb:
                continue
            a, b = (e.a, e.b) if ra < rb else (e.b, e.a)
            key = (min(ra, rb), max(ra, rb))
            entry = support.get(key)
            if entry is None:
                support[key] = ({a}, {b}, e)
            else:
                entry[0].add(a)
                entry[1].add(b)
        joined = 0
        for (ra, rb), (left, right, strongest) in sorted(support.items(), key=lambda kv: -kv[1][2].similarity):
            if len(left) >= cfg.group_support and len(right) >= cfg.group_support and uf.union(ra, rb):
                used.append(strongest)
                joined += 1
        stats["template_group_joins"] += joined
        if not joined:
            break
    # A lone document joins the group its near-duplicates clearly point at: the group
    # holding more than twice as many of them as all other groups together (a form that
    # many strangers fill in spreads its copies over many groups). A document
    # with a contact of its own (a rotated number, a persona's e-mail) needs
    # ``group_support`` of them, each with a contact of its own (so a stranger cannot
    # snowball a group out of contactless copies of a common form); one without contacts
    # needs one.
    size = [0] * n
    with_contact = [0] * n
    for i in range(n):
        root = uf.find(i)
        size[root] += 1
        with_contact[root] += contact[i]
    # Only documents still alone can join; only their neighbours are gathered.
    alone = [size[uf.find(i)] == 1 for i in range(n)]
    neighbours: dict[int, list[_Edge]] = defaultdict(list)
    for e in ordered:
        if alone[e.a]:
            neighbours[e.a].append(e)
        if alone[e.b]:
            neighbours[e.b].append(e)
    ambiguous: set[int] = set()
    pending = sorted(neighbours)
    for _round in range(4):
        still: list[int] = []
        progressed = False
        for d in pending:
            own = uf.find(d)
            if size[own] > 1:
                continue
            backing: dict[int, set[int]] = defaultdict(set)
            best_edge: dict[int, _Edge] = {}
            for e in neighbours[d]:
                other = e.b if e.a == d else e.a
                root = uf.find(other)
                if root == own or not has_contact[root] or (contact[d] and not contact[other]):
                    continue
                backing[root].add(other)
                best_edge.setdefault(root, e)
            if not backing:
                still.append(d)
                continue
            ranked = sorted(backing, key=lambda r: (-len(backing[r]), r))
            best = len(backing[ranked[0]])
            second = sum(len(backing[r]) for r in ranked[1:])
            need = cfg.group_support if contact[d] else 1
            root = ranked[0]
            # Contactless copies may not outnumber a group's ads with contacts more than
            # ``contactless_ratio`` to one: a common form filled in by many strangers
            # without contacts must not snowball around the one that left a number.
            room = contact[d] or size[root] - with_contact[root] < cfg.contactless_ratio * with_contact[root]
            if best >= need and best > 2 * second and room:
                merged = size[own] + size[root]
                merged_contacts = with_contact[own] + with_contact[root]
                uf.union(d, root)
                new_root = uf.find(d)
                size[new_root] = merged
                with_contact[new_root] = merged_contacts
                has_contact[new_root] = True
                used.append(best_edge[root])
                ambiguous.discard(d)
                progressed = True
            else:
                if best >= need:
                    ambiguous.add(d)
                still.append(d)
        pending = still
        if not progressed:
            break
    # Documents whose near-duplicates have no contact anywhere join only identical copies:
    # strangers without contacts who fill in the same form would otherwise pile up.
    for d in pending:
        for e in neighbours[d]:
            if e.type != "exact_duplicate":
                continue
            if contact[e.a] or contact[e.b] or has_contact[uf.find(e.a)] or has_contact[uf.find(e.b)]:
                continue
            if uf.union(e.a, e.b):
                used.append(e)
    stats["ambiguous_template_documents"] = len(ambiguous)
    return used


def _split(
    members: list[int],
    edges: Sequence[_Edge],
    community: list[int],
    docs: Sequence[LinkItem],
    cfg: LinkConfig,
    stats: dict[str, int],
) -> None:
    """Leiden communities of one giant component; ``community`` is updated in place."""
    import igraph

    inside = set(members)
    order = sorted(members, key=lambda m: docs[m].doc_id)
    node = {m: k for k, m in enumerate(order)}
    value_node: dict[tuple[str, str], int] = {}
    pairs: list[tuple[int, int]] = []
    weights: list[float] = []
    for e in edges:
        if e.a not in inside or e.b not in inside:
            continue
        if e.kind == "identifier":
            # A shared value is one node joined to its documents: a star, not a chain,
            # so a hub is one node with many spokes that Leiden can leave out of a community.
            key = (e.type, e.value)
            v = value_node.setdefault(key, len(order) + len(value_node))
            pairs.extend(((node[e.a], v), (node[e.b], v)))
            weights.extend((1.0, 1.0))
        else:
            pairs.append((node[e.a], node[e.b]))
            weights.append(e.similarity)
    graph = igraph.Graph(n=len(order) + len(value_node), edges=pairs)
    graph.es["weight"] = weights
    graph.simplify(combine_edges="max")
    # A fixed seed per component: the same documents always split the same way.
    igraph.set_random_number_generator(random.Random(len(order)))
    try:
        parts = graph.community_leiden(
            objective_function="modularity", weights="weight", resolution=cfg.leiden_resolution, n_iterations=-1
        )
    finally:
        igraph.set_random_number_generator(random)
    labels = parts.membership
    first_doc: dict[int, int] = {}
    for k, m in enumerate(order):
        first_doc.setdefault(labels[k], m)
    for k, m in enumerate(order):
        community[m] = first_doc[labels[k]]
    stats["split_components"] += 1
    stats["communities_from_splits"] += len(first_doc)


def _bridges(
    bridges: Sequence[_Edge], community: Sequence[int], net_of_comm: dict[int, str], docs: Sequence[LinkItem]
) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, dict[tuple[str, str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for e in bridges:
        na, nb = net_of_comm[community[e.a]], net_of_comm[community[e.b]]
        key = (e.kind, e.type, e.value)
        found[na][key].add(nb)
        found[nb][key].add(na)
    return {
        net: [
            {"kind": kind, "type": kind_type, "value": value, "networks": sorted(others)}
            for (kind, kind_type, value), others in sorted(entries.items())
        ]
        for net, entries in found.items()
    }
