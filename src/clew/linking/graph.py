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

At a million documents nothing here keeps one Python object per document or per
edge: features are columns (``LinkFeatures``), edges are arrays with a label per
(kind, type, value), unions seed the union-find from numpy connected components, and
only the sequential parts of the corroboration rules run in Python — for the few
documents whose neighbourhood changed (``_join_lone_documents``).
"""

from __future__ import annotations

import hashlib
import random
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

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


@dataclass
class LinkFeatures:
    """The features of a whole corpus in columns: what ``build_networks`` reads.

    One row per distinct document id, in order of first appearance. The unit hashes
    of every document sit in one array (``unit_offsets`` has n + 1 starts), and so do
    its identifiers, as codes into ``identifier_keys``; a million documents cost a
    few hundred megabytes, not millions of small Python objects.
    """

    doc_ids: list[str]
    identifier_keys: list[tuple[str, str]]
    """Every distinct (type, value), in order of first appearance."""
    identifier_codes: sh.I64
    """Each document's identifiers as indices into ``identifier_keys``, sorted and distinct."""
    identifier_offsets: sh.I64
    units: sh.U32
    unit_offsets: sh.I64
    text_keys: list[str | None]

    def __len__(self) -> int:
        return len(self.doc_ids)

    @classmethod
    def from_items(cls, items: Iterable[LinkItem]) -> LinkFeatures:
        builder = FeatureBuilder()
        for item in items:
            builder.add(item.doc_id, item.identifiers, item.units, item.text_key)
        return builder.finish()


def _gather(flat: npt.NDArray[Any], lengths: sh.I64, order: sh.I64) -> npt.NDArray[Any]:
    """The segments of ``flat`` (consecutive, of ``lengths``) taken in ``order``."""
    starts = np.zeros(len(lengths), dtype=np.int64)
    if len(lengths) > 1:
        np.cumsum(lengths[:-1], out=starts[1:])
    cnt = lengths[order]
    idx = np.repeat(starts[order] - (np.cumsum(cnt) - cnt), cnt) + np.arange(int(cnt.sum()), dtype=np.int64)
    return flat[idx]


class FeatureBuilder:
    """Collects documents' features one at a time into a ``LinkFeatures``.

    The same id twice is one document: its identifiers are united, its units are
    the concatenation of both texts' units and its text key is the first one given.
    """

    def __init__(self) -> None:
        self.doc_ids: list[str] = []
        self.text_keys: list[str | None] = []
        self.index: dict[str, int] = {}
        """Row of each document id."""
        self._keys: list[tuple[str, str]] = []
        self._code_of: dict[tuple[str, str], int] = {}
        self._codes = array("q")
        self._code_counts = array("q")
        self._units = bytearray()
        self._lengths = array("q")
        self._rows = array("q")
        self._repeats = False

    def add(
        self,
        doc_id: str,
        identifiers: Iterable[tuple[str, str]],
        units: sh.U32 | bytes,
        text_key: str | None,
    ) -> int:
        """Add one document's features (``units`` as an array or little-endian uint32 bytes); return its row."""
        raw = units if isinstance(units, bytes) else np.ascontiguousarray(units, dtype="<u4").tobytes()
        row = self.index.get(doc_id)
        if row is None:
            row = self.index[doc_id] = len(self.doc_ids)
            self.doc_ids.append(doc_id)
            self.text_keys.append(text_key)
        else:
            self._repeats = True
            self.text_keys[row] = self.text_keys[row] or text_key
        code_of = self._code_of
        count = 0
        for key in identifiers:
            code = code_of.get(key)
            if code is None:
                key = (str(key[0]), str(key[1]))
                code = code_of[key] = len(self._keys)
                self._keys.append(key)
            self._codes.append(code)
            count += 1
        self._code_counts.append(count)
        self._units += raw
        self._lengths.append(len(raw) // 4)
        self._rows.append(row)
        return row

    def finish(self) -> LinkFeatures:
        n = len(self.doc_ids)
        units = np.frombuffer(bytes(self._units), dtype="<u4").astype(np.uint32, copy=False)
        self._units = bytearray()
        lengths = np.array(self._lengths, dtype=np.int64)
        codes = np.array(self._codes, dtype=np.int64)
        code_counts = np.array(self._code_counts, dtype=np.int64)
        rows = np.array(self._rows, dtype=np.int64)
        if self._repeats:
            order = np.argsort(rows, kind="stable")  # a document's texts in input order
            units = _gather(units, lengths, order)
            codes = _gather(codes, code_counts, order)
            lengths = np.bincount(rows, weights=lengths, minlength=n).astype(np.int64)
            code_counts = np.bincount(rows, weights=code_counts, minlength=n).astype(np.int64)
        offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        # Each document's identifier codes sorted and distinct.
        doc = np.repeat(np.arange(n, dtype=np.int64), code_counts)
        packed = sh.unique((doc.astype(np.uint64) << np.uint64(32)) | codes.astype(np.uint64))
        id_doc = (packed >> np.uint64(32)).astype(np.int64)
        id_codes = (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)
        id_offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(id_doc, minlength=n), out=id_offsets[1:])
        return LinkFeatures(self.doc_ids, self._keys, id_codes, id_offsets, units, offsets, self.text_keys)


_TEXT_TEMPLATE = ("text", "template", "minhash-jaccard")


@dataclass
class _Edges:
    """Edges in columns; ``label`` indexes a list of (kind, type, value)."""

    a: sh.I64
    b: sh.I64
    similarity: np.ndarray[Any, np.dtype[np.float64]]
    label: sh.I64

    @classmethod
    def empty(cls) -> _Edges:
        z = np.empty(0, dtype=np.int64)
        return cls(z, z, np.empty(0, dtype=np.float64), z)

    @classmethod
    def join(cls, parts: Sequence[_Edges]) -> _Edges:
        if not parts:
            return cls.empty()
        return cls(
            np.concatenate([p.a for p in parts]).astype(np.int64),
            np.concatenate([p.b for p in parts]).astype(np.int64),
            np.concatenate([p.similarity for p in parts]).astype(np.float64),
            np.concatenate([p.label for p in parts]).astype(np.int64),
        )

    def take(self, idx: sh.I64) -> _Edges:
        return _Edges(self.a[idx], self.b[idx], self.similarity[idx], self.label[idx])

    def __len__(self) -> int:
        return len(self.a)


def _round4(values: np.ndarray[Any, np.dtype[np.float64]]) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Python's ``round(x, 4)`` of every value (numpy's rounding differs on some halves)."""
    if len(values) == 0:
        return values.astype(np.float64)
    distinct, inverse = np.unique(values, return_inverse=True)
    return np.array([round(v, 4) for v in distinct.tolist()], dtype=np.float64)[inverse]


def _roots(parent: Sequence[int] | sh.I64) -> sh.I64:
    """Root of every element of a union-find forest, by pointer jumping."""
    root = np.asarray(parent, dtype=np.int64)
    while True:
        nxt = root[root]
        if np.array_equal(nxt, root):
            return root
        root = nxt


def _components(n: int, a: sh.I64, b: sh.I64) -> sh.I64:
    """Connected components of n nodes and the edges (a, b), each labelled by its smallest node.

    The smallest node is exactly the root ``_UnionFind`` keeps, so the labels can
    seed it without replaying the edges one by one in Python.
    """
    label = np.arange(n, dtype=np.int64)
    if len(a) == 0:
        return label
    while True:
        la, lb = label[a], label[b]
        if np.array_equal(la, lb):
            return label
        low = np.minimum(la, lb)
        np.minimum.at(label, la, low)
        np.minimum.at(label, lb, low)
        label = _roots(label)


@dataclass
class _Linked:
    """What the method found, in columns; ``build_networks`` and ``clew link`` read it."""

    doc_ids: list[str]
    community: sh.I64
    """Community label of every document (a member's index)."""
    edges: _Edges
    """Evidence edges: identifiers, photos and the text edges that were applied."""
    labels: list[tuple[str, str, str]]
    warnings: list[LinkWarning]
    stats: dict[str, int]

    def groups(self, *, singletons: bool = True) -> list[list[int]]:
        """Members (indices, ascending) of every network, networks in order of their first member."""
        comm = self.community
        n = len(comm)
        if n == 0:
            return []
        order = np.argsort(comm, kind="stable")
        bounds = np.flatnonzero(np.diff(comm[order])) + 1
        starts = np.concatenate([[0], bounds])
        ends = np.concatenate([bounds, [n]])
        keep = np.ones(len(starts), dtype=np.bool_) if singletons else (ends - starts) > 1
        starts, ends = starts[keep], ends[keep]
        firsts = order[starts]
        rank = np.argsort(firsts, kind="stable")
        ordered = order.tolist()
        return [ordered[starts[k] : ends[k]] for k in rank.tolist()]

    def network_ids(self) -> list[str]:
        """Network id of every document (by index)."""
        comm = self.community
        ids = self.doc_ids
        sizes = np.bincount(comm, minlength=len(comm))
        smallest: dict[int, str] = {}
        for i in np.flatnonzero(sizes[comm] > 1).tolist():
            c = int(comm[i])
            current = smallest.get(c)
            if current is None or ids[i] < current:
                smallest[c] = ids[i]
        net_of = {c: network_id((d,)) for c, d in smallest.items()}
        multi = (sizes[comm] > 1).tolist()
        comm_list = comm.tolist()
        return [net_of[comm_list[i]] if multi[i] else network_id((ids[i],)) for i in range(len(ids))]

    def result(self, *, singletons: bool = True) -> LinkResult:
        """Networks with their evidence and bridges (``singletons``: also one-document networks)."""
        ids = self.doc_ids
        comm = self.community
        e = self.edges
        inside = comm[e.a] == comm[e.b]
        links: dict[int, list[LinkEvidence]] = defaultdict(list)
        labels = self.labels
        comm_list: list[int] = comm.tolist()
        for a, b, sim, lab, same in zip(
            e.a.tolist(), e.b.tolist(), e.similarity.tolist(), e.label.tolist(), inside.tolist(), strict=True
        ):
            if not same:
                continue
            kind, kind_type, value = labels[lab]
            links[comm_list[a]].append(
                LinkEvidence(source=ids[a], target=ids[b], kind=kind, type=kind_type, value=value, similarity=sim)
            )
        networks: list[Network] = []
        net_of_comm: dict[int, str] = {}
        for members in self.groups(singletons=singletons):
            names = [ids[m] for m in members]
            c = int(comm[members[0]])
            net = Network(id=network_id(names), documents=names, links=links.get(c, []))
            net_of_comm[c] = net.id
            networks.append(net)
        crossing = np.flatnonzero(~inside)
        bridges = _bridges(e.take(crossing), comm, net_of_comm, ids, labels) if len(crossing) else {}
        return LinkResult(networks=networks, bridges=bridges, warnings=self.warnings, stats=self.stats)


def build_networks(items: Iterable[LinkItem] | LinkFeatures, config: LinkConfig | None = None) -> LinkResult:
    """Group documents into networks, keeping the evidence of every edge."""
    features = items if isinstance(items, LinkFeatures) else LinkFeatures.from_items(items)
    return link_features(features, config).result()


def link_features(features: LinkFeatures, config: LinkConfig | None = None) -> _Linked:
    """The whole method over columnar features (module docstring, steps 1-5)."""
    cfg = config or LinkConfig()
    n = len(features)
    warnings: list[LinkWarning] = []
    stats: dict[str, int] = defaultdict(int)
    labels: list[tuple[str, str, str]] = []

    # 1-2. identifiers and photos -------------------------------------------------------
    id_edges, contact, photo_firsts = _identifier_edges(features, cfg, labels, warnings, stats)
    uf = _UnionFind(n)
    uf.parent = _components(n, id_edges.a, id_edges.b).tolist()
    photo_edges = _photo_edges(photo_firsts, cfg, labels)
    for a, b in zip(photo_edges.a.tolist(), photo_edges.b.tolist(), strict=True):
        uf.union(a, b)
    stats["identifier_edges"] = len(id_edges) + len(photo_edges)

    # 3. template candidates ---------------------------------------------------------------
    text = _template_edges(features, cfg, labels, stats) if cfg.templates else _Edges.empty()

    # 4. corroborated text joins -----------------------------------------------------------
    exact_label = np.array([lab[1] == "exact_duplicate" for lab in labels], dtype=np.bool_)
    is_exact: list[bool] = exact_label[text.label].tolist() if len(text) else []
    used = _join_by_text(contact, text, is_exact, uf, cfg, stats)
    edges = _Edges.join([id_edges, photo_edges, text.take(np.array(used, dtype=np.int64))])

    # 5. components, giant ones split -------------------------------------------------------
    root = _roots(uf.parent)
    community = root.copy()
    sizes = np.bincount(root, minlength=n)
    big = np.flatnonzero(sizes > cfg.split_above)
    if len(big):
        try:
            import igraph  # noqa: F401
        except ImportError:
            for r in big.tolist():
                warnings.append(
                    LinkWarning(
                        "no_community_split",
                        f"a component of {int(sizes[r]):,} documents was not split into communities: install "
                        "clew[link] (igraph)",
                        documents=int(sizes[r]),
                    )
                )
            big = big[:0]
    if len(big):
        # Communities read every verified template edge, not only those that joined groups.
        every = _Edges.join([edges, text])
        identifier = np.zeros(len(every), dtype=np.bool_)
        identifier[: len(id_edges) + len(photo_edges)] = True
        big_root = np.zeros(n, dtype=np.bool_)
        big_root[big] = True
        in_big = big_root[root]
        ea, eb = every.a, every.b
        candidate = np.flatnonzero(in_big[ea] & (root[ea] == root[eb]))
        for r in big.tolist():
            members = np.flatnonzero(root == r).tolist()
            mine = candidate[root[ea[candidate]] == r]
            _split(members, every.take(mine), identifier[mine], community, features.doc_ids, cfg, stats)
    linked = _Linked(features.doc_ids, community, edges, labels, warnings, stats)
    final_sizes = np.bincount(community, minlength=n)
    multi = final_sizes[community] > 1
    stats["documents"] = n
    stats["networks"] = int((final_sizes > 1).sum())
    stats["linked_documents"] = int(multi.sum())
    stats["largest"] = int(final_sizes.max()) if n else 0
    linked.stats = dict(stats)
    return linked


def _identifier_edges(
    features: LinkFeatures,
    cfg: LinkConfig,
    labels: list[tuple[str, str, str]],
    warnings: list[LinkWarning],
    stats: dict[str, int],
) -> tuple[_Edges, npt.NDArray[np.bool_], list[tuple[str, int]]]:
    """Chain edges of every shared identifier value, in (type, value) order; hubs are reported.

    Returns the edges, which documents hold a contact identifier, and the photo hashes
    with the first document holding each.
    """
    n = len(features)
    cap = cfg.max_identifiers_per_document
    keys = features.identifier_keys
    codes_all = features.identifier_codes
    doc_all = np.repeat(np.arange(n, dtype=np.int64), np.diff(features.identifier_offsets))
    links = np.array([t in cfg.link_types for t, _ in keys], dtype=np.bool_)
    linking = links[codes_all] if len(codes_all) else np.zeros(0, dtype=np.bool_)
    per_doc = np.bincount(doc_all[linking], minlength=n)
    contact = per_doc > 0
    over = per_doc > cap
    for i in np.flatnonzero(over).tolist():
        warnings.append(
            LinkWarning(
                "too_many_identifiers",
                f"document {features.doc_ids[i]!r} holds {int(per_doc[i]):,} linking identifiers (more than "
                f"{cap}); it is linked by none of them (a directory page?)",
                documents=1,
                value=features.doc_ids[i],
            )
        )
        stats["documents_over_identifier_cap"] += 1
    take = linking & ~over[doc_all]
    d = doc_all[take]
    used_codes = codes_all[take]
    del doc_all, linking, take
    if len(d) == 0:
        return _Edges.empty(), contact, []
    # Rank the values held by some document in (type, value) order: the order of the edges and warnings.
    present = sh.unique(used_codes)
    by_value = sorted(present.tolist(), key=keys.__getitem__)
    rank = np.full(len(keys), -1, dtype=np.int64)
    rank[np.array(by_value, dtype=np.int64)] = np.arange(len(by_value), dtype=np.int64)
    ordered_keys = [keys[k] for k in by_value]
    del by_value
    base = len(labels)
    labels.extend(("identifier", t, v) for t, v in ordered_keys)
    r = rank[used_codes]
    del used_codes
    order = np.argsort(r, kind="stable")  # by value, members in document order
    r, d = r[order], d[order]
    counts = np.bincount(r, minlength=len(ordered_keys))
    hub = counts > cfg.hub_cap
    for k in np.flatnonzero(hub).tolist():
        kind_type, value = ordered_keys[k]
        warnings.append(
            LinkWarning(
                "hub_identifier",
                f"{kind_type} {value} is shared by {int(counts[k]):,} documents (more than the hub cap of "
                f"{cfg.hub_cap:,}); it links none of them — review it as a possible agency, site or shared number",
                type=kind_type,
                value=value,
                documents=int(counts[k]),
            )
        )
        stats["hub_identifiers"] += 1
    first_of = np.searchsorted(r, np.arange(len(ordered_keys)))
    photo_firsts = [
        (value, int(d[first_of[k]]))
        for k, (kind_type, value) in enumerate(ordered_keys)
        if kind_type == "photo" and not hub[k]
    ]
    same = (r[1:] == r[:-1]) & ~hub[r[1:]]
    edges = _Edges(d[:-1][same], d[1:][same], np.ones(int(same.sum()), dtype=np.float64), r[1:][same] + base)
    return edges, contact, photo_firsts


def _photo_edges(photo_firsts: list[tuple[str, int]], cfg: LinkConfig, labels: list[tuple[str, str, str]]) -> _Edges:
    """Edges between distinct photo hashes within ``photo_distance`` bits (their first documents)."""
    if len(photo_firsts) < 2:
        return _Edges.empty()
    values = [v for v, _ in photo_firsts]
    a: list[int] = []
    b: list[int] = []
    sim: list[float] = []
    lab: list[int] = []
    for i, j, dist in photo_match.near_pairs(values, cfg.photo_distance):
        a.append(photo_firsts[i][1])
        b.append(photo_firsts[j][1])
        sim.append(round(1 - dist / 256, 4))
        lab.append(len(labels))
        labels.append(("identifier", "photo", f"{values[i]}~{values[j]}"))
    return _Edges(
        np.array(a, dtype=np.int64), np.array(b, dtype=np.int64), np.array(sim, dtype=np.float64), np.array(lab)
    )


def _template_edges(
    features: LinkFeatures, cfg: LinkConfig, labels: list[tuple[str, str, str]], stats: dict[str, int]
) -> _Edges:
    """Verified near-duplicate pairs over non-boilerplate shingles, after the exact duplicates."""
    n = len(features)
    parts: list[_Edges] = []
    keyed = [i for i, key in enumerate(features.text_keys) if key]
    exact_keys = np.empty(0, dtype=np.uint64)
    if len(keyed) > 1:
        names = np.array([features.text_keys[i] for i in keyed])
        distinct, code = np.unique(names, return_inverse=True)
        del names
        docs = np.array(keyed, dtype=np.int64)
        order = np.argsort(code, kind="stable")
        code, docs = code[order], docs[order]
        same = code[1:] == code[:-1]
        if same.any():
            used, label_of = np.unique(code[1:][same], return_inverse=True)
            base = len(labels)
            labels.extend(("text", "exact_duplicate", str(distinct[c])) for c in used.tolist())
            ea, eb = docs[:-1][same], docs[1:][same]
            parts.append(_Edges(ea, eb, np.ones(len(ea), dtype=np.float64), label_of.astype(np.int64) + base))
            exact_keys = (ea.astype(np.uint64) << np.uint64(32)) | eb.astype(np.uint64)
    del keyed
    if n >= 2:
        templates = _minhash_edges(features, cfg, stats)
        if len(templates):
            packed = (templates.a.astype(np.uint64) << np.uint64(32)) | templates.b.astype(np.uint64)
            fresh = ~sh.isin_sorted(packed, np.sort(exact_keys))
            templates = templates.take(np.flatnonzero(fresh))
            templates.label = np.full(len(templates), len(labels), dtype=np.int64)
            labels.append(_TEXT_TEMPLATE)
            parts.append(templates)
    return _Edges.join(parts)


def _minhash_edges(features: LinkFeatures, cfg: LinkConfig, stats: dict[str, int]) -> _Edges:
    n = len(features)
    flat, offsets = sh.shingle_table_flat(features.units, features.unit_offsets)
    if len(flat) == 0:
        return _Edges.empty()
    values, counts = sh.document_frequency(flat)
    limit = cfg.common_df(n)
    common = values[counts > limit]
    stats["boilerplate_shingles"] = len(common)
    del values, counts
    keep = sh.not_in(flat, common)
    doc_of = np.repeat(np.arange(n, dtype=np.int32), np.diff(offsets))
    kept_counts = np.bincount(doc_of[keep], minlength=n).astype(np.int64)
    del doc_of
    kept_flat = flat[keep]
    del flat, keep
    kept_offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(kept_counts, out=kept_offsets[1:])
    eligible = kept_counts >= cfg.min_shingles
    sig = sh.minhash(kept_flat, kept_offsets, cfg.num_perm)
    keys = sh.band_keys(sig, cfg.rows)
    pairs = sh.candidate_pairs(keys, eligible, cfg.window)
    del keys
    stats["template_candidates"] = len(pairs)
    est = sh.estimated_similarity(sig, pairs)
    del sig
    t, margin = cfg.template_similarity, cfg.verify_margin
    sure = est >= t + margin
    unsure = np.flatnonzero((est >= t - margin) & ~sure)
    stats["template_exact_checks"] = len(unsure)
    exact_sim = sh.exact_similarity(kept_flat, kept_offsets, pairs[unsure])
    passed = exact_sim >= t
    ok = unsure[passed]
    stats["template_edges"] = int(sure.sum()) + len(ok)
    chosen = np.concatenate([np.flatnonzero(sure), ok])
    sim = np.concatenate([est[sure], exact_sim[passed]])
    return _Edges(pairs[chosen, 0].copy(), pairs[chosen, 1].copy(), _round4(sim), np.zeros(len(chosen), dtype=np.int64))


def _join_by_text(
    contact: npt.NDArray[np.bool_],
    text: _Edges,
    is_exact: list[bool],
    uf: _UnionFind,
    cfg: LinkConfig,
    stats: dict[str, int],
) -> list[int]:
    """Apply text edges under the corroboration rules (module docstring, step 4).

    Returns the indices of the edges that joined something, in the order they did.
    """
    used: list[int] = []
    stats["template_group_joins"] += 0
    if len(text) == 0:
        stats["ambiguous_template_documents"] = 0
        return used
    ta, tb = text.a, text.b
    ordered = np.lexsort((tb, ta, -text.similarity))  # strongest first
    # Groups with contacts: join when enough documents on both sides share the template.
    between = ordered[contact[ta[ordered]] & contact[tb[ordered]]]
    for _round in range(3):
        root = _roots(uf.parent)
        ra, rb = root[ta[between]], root[tb[between]]
        apart = ra != rb
        sel, ra, rb = between[apart], ra[apart], rb[apart]
        if len(sel) == 0:
            break
        low_side = ra < rb
        lo, hi = np.minimum(ra, rb), np.maximum(ra, rb)
        key = (lo.astype(np.uint64) << np.uint64(32)) | hi.astype(np.uint64)
        _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        inverse = inverse.astype(np.uint64)
        left = np.where(low_side, ta[sel], tb[sel]).astype(np.uint64)
        right = np.where(low_side, tb[sel], ta[sel]).astype(np.uint64)
        n_left = np.bincount((sh.unique((inverse << np.uint64(32)) | left) >> np.uint64(32)).astype(np.int64))
        n_right = np.bincount((sh.unique((inverse << np.uint64(32)) | right) >> np.uint64(32)).astype(np.int64))
        ready = np.flatnonzero((n_left >= cfg.group_support) & (n_right >= cfg.group_support))
        joined = 0
        for k in ready[np.argsort(first[ready], kind="stable")].tolist():
            f = int(first[k])
            if uf.union(int(lo[f]), int(hi[f])):
                used.append(int(sel[f]))
                joined += 1
        stats["template_group_joins"] += joined
        if not joined:
            break
    stats["ambiguous_template_documents"] = _join_lone_documents(contact, text, is_exact, ordered, uf, cfg, used)
    return used


def _join_lone_documents(
    contact: npt.NDArray[np.bool_],
    text: _Edges,
    is_exact: list[bool],
    ordered: sh.I64,
    uf: _UnionFind,
    cfg: LinkConfig,
    used: list[int],
) -> int:
    """Rules 2 and 3 of step 4: lone documents join the group their near-duplicates point at.

    A lone document joins the group its near-duplicates clearly point at: the group
    holding more than twice as many of them as all other groups together (a form that
    many strangers fill in spreads its copies over many groups). A document with a
    contact of its own (a rotated number, a persona's e-mail) needs ``group_support``
    of them, each with a contact of its own (so a stranger cannot snowball a group out
    of contactless copies of a common form); one without contacts needs one. Documents
    are taken in index order, in up to four rounds, each seeing the joins before it.

    The decision of every document in the state before the first join is computed for
    all documents at once (numpy); a document is decided again in Python only when a
    group one of its near-duplicates belongs to has changed since it was last decided
    (``dirty``), which gives exactly the result of deciding every document in every
    round, at a fraction of the cost. Returns the number of ambiguous documents.
    """
    n = len(contact)
    ta, tb = text.a, text.b
    root = _roots(uf.parent)
    size_arr = np.bincount(root, minlength=n)
    with_arr = np.bincount(root, weights=contact, minlength=n).astype(np.int64)
    alone_arr = size_arr[root] == 1
    # Only documents still alone can join; only their neighbours are gathered, strongest edge first.
    oa, ob = ta[ordered], tb[ordered]
    side_a, side_b = alone_arr[oa], alone_arr[ob]
    nb_doc = np.concatenate([oa[side_a], ob[side_b]])
    nb_other = np.concatenate([ob[side_a], oa[side_b]])
    nb_pos = np.concatenate([np.flatnonzero(side_a), np.flatnonzero(side_b)])
    arrange = np.lexsort((nb_pos, nb_doc))
    nb_doc, nb_other, nb_edge = nb_doc[arrange], nb_other[arrange], ordered[nb_pos[arrange]]
    del oa, ob, side_a, side_b, nb_pos, arrange
    if len(nb_doc) == 0:
        return 0
    pending_arr, starts = np.unique(nb_doc, return_index=True)
    ends = np.append(starts[1:], len(nb_doc))
    n_pending = len(pending_arr)
    slot = np.empty(n, dtype=np.int64)
    slot[pending_arr] = np.arange(n_pending)
    entry_slot = slot[nb_doc]

    # The decision of every document before any join, all at once.
    has0 = with_arr > 0
    r = root[nb_other]
    valid = (r != nb_doc) & has0[r] & ~(contact[nb_doc] & ~contact[nb_other])
    v_idx = np.flatnonzero(valid)
    shift = np.uint64(32)
    do_key = (nb_doc[v_idx].astype(np.uint64) << shift) | nb_other[v_idx].astype(np.uint64)
    _, first_do = np.unique(do_key, return_index=True)  # each (document, neighbour) once, first entry
    pick = v_idx[np.sort(first_do)]
    dr_key = (nb_doc[pick].astype(np.uint64) << shift) | r[pick].astype(np.uint64)
    _, first_dr, count_dr = np.unique(dr_key, return_index=True, return_counts=True)
    dr_entry = pick[first_dr]  # first entry (strongest edge) of each (document, group)
    dr_doc, dr_root = nb_doc[dr_entry], r[dr_entry]
    top_order = np.lexsort((dr_root, -count_dr, dr_doc))
    first_of_doc = np.ones(len(top_order), dtype=np.bool_)
    first_of_doc[1:] = dr_doc[top_order][1:] != dr_doc[top_order][:-1]
    top = top_order[first_of_doc]
    t_doc, t_root, t_best, t_entry = dr_doc[top], dr_root[top], count_dr[top], dr_entry[top]
    total = np.bincount(slot[dr_doc], weights=count_dr, minlength=n_pending).astype(np.int64)
    second = total[slot[t_doc]] - t_best
    t_contact = contact[t_doc]
    need = np.where(t_contact, cfg.group_support, 1)
    room = t_contact | (size_arr[t_root] - with_arr[t_root] < cfg.contactless_ratio * with_arr[t_root])
    supported = t_best >= need
    joins = supported & (t_best > 2 * second) & room
    pre_target = np.full(n_pending, -1, dtype=np.int64)  # -1: no backing
    pre_target[slot[t_doc]] = np.where(joins, t_root, -2)  # -2: backing, but no join
    pre_edge = np.full(n_pending, -1, dtype=np.int64)
    pre_edge[slot[t_doc]] = nb_edge[t_entry]
    pre_ambiguous = np.zeros(n_pending, dtype=np.bool_)
    pre_ambiguous[slot[t_doc]] = supported & ~joins

    del r, valid, v_idx, do_key, first_do, pick, dr_key, first_dr, count_dr, dr_entry, dr_doc, dr_root, top_order
    # Who watches which group: a document must be decided again when one changes. Kept as
    # arrays; a group's list becomes a Python list only when the group changes.
    watch = sh.unique((root[nb_other].astype(np.uint64) << shift) | entry_slot.astype(np.uint64))
    w_root = (watch >> shift).astype(np.int64)
    w_slot = (watch & np.uint64(0xFFFFFFFF)).astype(np.int64)
    del watch
    w_start = np.searchsorted(w_root, np.arange(n + 1, dtype=np.int64))
    del w_root
    watchers: dict[int, list[int]] = {}

    def watching_of(g: int) -> list[int]:
        found = watchers.pop(g, None)
        if found is None:
            found = w_slot[w_start[g] : w_start[g + 1]].tolist()
        return found

    docs: list[int] = pending_arr.tolist()
    lo_of: list[int] = starts.tolist()
    hi_of: list[int] = ends.tolist()
    p_target: list[int] = pre_target.tolist()
    p_edge: list[int] = pre_edge.tolist()
    p_ambiguous: list[bool] = pre_ambiguous.tolist()
    size: list[int] = size_arr.tolist()
    with_contact: list[int] = with_arr.tolist()
    has_contact: list[bool] = has0.tolist()
    is_contact: list[bool] = contact.tolist()
    find = uf.find
    dirty = [0] * n_pending
    decided = [-1] * n_pending  # clock when last decided; -1: never
    clock = 0
    group_support = cfg.group_support
    ratio = cfg.contactless_ratio
    ambiguous: set[int] = set()

    def join(s: int, d: int, own: int, target: int, edge: int) -> None:
        nonlocal clock
        merged = size[own] + size[target]
        merged_contacts = with_contact[own] + with_contact[target]
        uf.union(d, target)
        new_root = find(d)
        size[new_root] = merged
        with_contact[new_root] = merged_contacts
        has_contact[new_root] = True
        used.append(edge)
        ambiguous.discard(d)
        clock += 1
        watching = watching_of(target)
        watching.extend(watching_of(d))
        for w in watching:
            dirty[w] = clock
        watchers[new_root] = watching

    def decide(s: int, d: int, own: int) -> bool:
        backing: dict[int, set[int]] = defaultdict(set)
        best_edge: dict[int, int] = {}
        contact_d = is_contact[d]
        lo, hi = lo_of[s], hi_of[s]
        for other, edge in zip(nb_other[lo:hi].tolist(), nb_edge[lo:hi].tolist(), strict=True):
            g = find(other)
            if g == own or not has_contact[g] or (contact_d and not is_contact[other]):
                continue
            backing[g].add(other)
            best_edge.setdefault(g, edge)
        if not backing:
            return False
        ranked = sorted(backing, key=lambda g: (-len(backing[g]), g))
        best = len(backing[ranked[0]])
        second = sum(len(backing[g]) for g in ranked[1:])
        need = group_support if contact_d else 1
        target = ranked[0]
        # Contactless copies may not outnumber a group's ads with contacts more than
        # ``contactless_ratio`` to one: a common form filled in by many strangers
        # without contacts must not snowball around the one that left a number.
        room = contact_d or size[target] - with_contact[target] < ratio * with_contact[target]
        if best >= need and best > 2 * second and room:
            join(s, d, own, target, best_edge[target])
            return True
        if best >= need:
            ambiguous.add(d)
        return False

    pending = list(range(n_pending))
    for _round in range(4):
        still: list[int] = []
        progressed = False
        for s in pending:
            d = docs[s]
            own = find(d)
            if size[own] > 1:
                continue
            if dirty[s] <= decided[s]:  # nothing it reads has changed since it was decided
                still.append(s)
                continue
            if decided[s] < 0 and dirty[s] == 0:  # first look, nothing changed yet: decided above
                decided[s] = clock
                target = p_target[s]
                if target >= 0:
                    join(s, d, own, target, p_edge[s])
                    progressed = True
                    continue
                if p_ambiguous[s]:
                    ambiguous.add(d)
                still.append(s)
                continue
            decided[s] = clock
            if decide(s, d, own):
                progressed = True
            else:
                still.append(s)
        pending = still
        if not progressed:
            break
    # Documents whose near-duplicates have no contact anywhere join only identical copies:
    # strangers without contacts who fill in the same form would otherwise pile up.
    exact_entry = np.array(is_exact, dtype=np.bool_)[nb_edge] if len(is_exact) else np.zeros(0, dtype=np.bool_)
    exact_slots = set(entry_slot[exact_entry].tolist())
    for s in pending:
        if s not in exact_slots:
            continue
        lo, hi = lo_of[s], hi_of[s]
        for e in nb_edge[lo:hi][exact_entry[lo:hi]].tolist():
            a, b = int(ta[e]), int(tb[e])
            if is_contact[a] or is_contact[b] or has_contact[find(a)] or has_contact[find(b)]:
                continue
            if uf.union(a, b):
                used.append(e)
    return len(ambiguous)


def _split(
    members: list[int],
    edges: _Edges,
    identifier: npt.NDArray[np.bool_],
    community: sh.I64,
    doc_ids: Sequence[str],
    cfg: LinkConfig,
    stats: dict[str, int],
) -> None:
    """Leiden communities of one giant component; ``community`` is updated in place."""
    import igraph

    order = sorted(members, key=doc_ids.__getitem__)
    node = {m: k for k, m in enumerate(order)}
    value_node: dict[int, int] = {}
    pairs: list[tuple[int, int]] = []
    weights: list[float] = []
    for a, b, sim, lab, ident in zip(
        edges.a.tolist(),
        edges.b.tolist(),
        edges.similarity.tolist(),
        edges.label.tolist(),
        identifier.tolist(),
        strict=True,
    ):
        if ident:
            # A shared value is one node joined to its documents: a star, not a chain,
            # so a hub is one node with many spokes that Leiden can leave out of a community.
            v = value_node.setdefault(lab, len(order) + len(value_node))
            pairs.extend(((node[a], v), (node[b], v)))
            weights.extend((1.0, 1.0))
        else:
            pairs.append((node[a], node[b]))
            weights.append(sim)
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
    bridges: _Edges,
    community: sh.I64,
    net_of_comm: dict[int, str],
    doc_ids: Sequence[str],
    labels: Sequence[tuple[str, str, str]],
) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, dict[tuple[str, str, str], set[str]]] = defaultdict(lambda: defaultdict(set))

    def net(c: int) -> str:
        if c not in net_of_comm:  # a one-document community, left out of the listing
            net_of_comm[c] = network_id(doc_ids[m] for m in np.flatnonzero(community == c).tolist())
        return net_of_comm[c]

    for a, b, lab in zip(bridges.a.tolist(), bridges.b.tolist(), bridges.label.tolist(), strict=True):
        na, nb = net(int(community[a])), net(int(community[b]))
        key = labels[lab]
        found[na][key].add(nb)
        found[nb][key].add(na)
    return {
        net: [
            {"kind": kind, "type": kind_type, "value": value, "networks": sorted(others)}
            for (kind, kind_type, value), others in sorted(entries.items())
        ]
        for net, entries in found.items()
    }
