"""Text shingles, corpus document frequency, MinHash signatures and LSH candidates.

Why this shape: linking must stay linear at crawl scale (a million ads on two
cores), so nothing here builds one Python object per document pair or per
shingle. A document becomes an array of 32-bit shingle hashes once; everything
after that (document frequency, MinHash, banding, verification) runs over whole
arrays with numpy.

* **Units.** The normalised text (NFKC, case-folded, digits of every script as
  ASCII — ``clew.text.normalize``) is cut into words; a run of Chinese, Japanese or
  Korean characters becomes overlapping character bigrams and a run of Thai, Lao,
  Khmer or Myanmar characters overlapping character trigrams, since those scripts
  do not put spaces between words. Digits are kept (prices, ages and phone
  fragments are part of a template).
* **Shingles** are ``SHINGLE_UNITS`` consecutive units, hashed to 32 bits with a
  stable hash (CRC-32 of each unit, mixed with fixed odd multipliers), so a
  document's shingles are the same in every process and can be stored.
* **MinHash** (Broder 1997) with ``num_perm`` multiply-shift permutations; LSH
  cuts the signature into bands of ``rows`` values; documents that agree on a whole
  band are candidates. Inside a bucket only near neighbours in a fixed order are
  paired, so a bucket of 100,000 documents costs 100,000 × ``window`` pairs, not
  its square.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

SHINGLE_UNITS = 3
"""Units per shingle: three words, or about four Chinese / five Thai characters."""

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_SEA = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_UNITS = re.compile(rf"[{_CJK}]+|[{_SEA}]+|[^\W_]+")

_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xC2B2AE3D27D4EB4F)
_M3 = np.uint64(0x165667B19E3779F9)
_SHIFT = np.uint64(32)

_unit_cache: dict[str, int] = {}
_CACHE_LIMIT = 2_000_000
_WIDE = re.compile(rf"[{_CJK}{_SEA}]")
_IS_CJK = re.compile(rf"[{_CJK}]")


def units(text: str) -> list[str]:
    """Words, CJK character bigrams and Thai-family character trigrams, in order."""
    found: list[str] = _UNITS.findall(text)
    if not _WIDE.search(text):
        return found
    out: list[str] = []
    for unit in found:
        if not _WIDE.match(unit):
            out.append(unit)
        elif _IS_CJK.match(unit):
            out.extend(unit[i : i + 2] for i in range(max(1, len(unit) - 1)))
        else:
            out.extend(unit[i : i + 3] for i in range(max(1, len(unit) - 2)))
    return out


def unit_hashes(text: str) -> U32:
    """Stable 32-bit hashes (CRC-32, never 0) of the text's units, in order."""
    cache = _unit_cache
    found = units(text)
    try:  # the common case: every unit seen before, one list comprehension
        return np.array([cache[unit] for unit in found], dtype=np.uint32)
    except KeyError:
        pass
    ids: list[int] = []
    append = ids.append
    for unit in found:
        value = cache.get(unit)
        if value is None:
            value = zlib.crc32(unit.encode("utf-8")) | 1
            if len(cache) < _CACHE_LIMIT:
                cache[unit] = value
        append(value)
    return np.array(ids, dtype=np.uint32)


def unique(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Sorted distinct values of an array.

    ``np.unique`` of numpy 2.4 takes a hash-table path for plain calls that is tens of
    times slower than sorting on large integer arrays; this is the sorting path.
    """
    if len(values) == 0:
        return values.copy()
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=np.bool_)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def isin_sorted(values: npt.NDArray[Any], table: npt.NDArray[Any]) -> npt.NDArray[np.bool_]:
    """Mask of the entries of ``values`` present in the sorted array ``table``."""
    if len(table) == 0 or len(values) == 0:
        return np.zeros(len(values), dtype=np.bool_)
    pos = np.searchsorted(table, values)
    np.minimum(pos, len(table) - 1, out=pos)
    found: npt.NDArray[np.bool_] = table[pos] == values
    return found


def shingle_table(unit_arrays: Sequence[U32]) -> tuple[U32, I64]:
    """Every document's distinct shingle hashes, sorted, in one array, with start offsets (n+1)."""
    n = len(unit_arrays)
    offsets = np.zeros(n + 1, dtype=np.int64)
    if n:
        np.cumsum(np.fromiter((len(u) for u in unit_arrays), dtype=np.int64, count=n), out=offsets[1:])
    flat = np.concatenate(unit_arrays).astype(np.uint32) if offsets[-1] else np.empty(0, dtype=np.uint32)
    return shingle_table_flat(flat, offsets)


def shingle_table_flat(unit_flat: U32, unit_offsets: I64, *, block: int = 4_000_000) -> tuple[U32, I64]:
    """``shingle_table`` over units already in one array (``unit_offsets``: n+1 starts).

    ``SHINGLE_UNITS`` consecutive units of one document are mixed into a 64-bit value
    whose high 32 bits are kept. Documents are taken in blocks of about ``block``
    units, so the 64-bit temporaries stay small at a million documents.
    """
    n = len(unit_offsets) - 1
    offsets = np.zeros(n + 1, dtype=np.int64)
    if n <= 0:
        return np.empty(0, dtype=np.uint32), offsets
    counts = np.zeros(n, dtype=np.int64)
    parts: list[U32] = []
    lo = 0
    while lo < n:
        hi = int(np.searchsorted(unit_offsets, unit_offsets[lo] + block, side="right")) - 1
        hi = min(max(hi, lo + 1), n)
        seg = unit_flat[unit_offsets[lo] : unit_offsets[hi]].astype(np.uint64)
        if len(seg) >= SHINGLE_UNITS:
            mixed = seg[:-2] * _M1 + seg[1:-1] * _M2 + seg[2:] * _M3
            doc = np.repeat(np.arange(hi - lo, dtype=np.uint64), np.diff(unit_offsets[lo : hi + 1]))
            # A shingle is valid when its last unit belongs to the same document as its first.
            valid = doc[:-2] == doc[2:]
            key = unique((doc[:-2][valid] << _SHIFT) | (mixed[valid] >> _SHIFT))
            counts[lo:hi] = np.bincount((key >> _SHIFT).astype(np.int64), minlength=hi - lo)
            parts.append((key & np.uint64(0xFFFFFFFF)).astype(np.uint32))
        lo = hi
    np.cumsum(counts, out=offsets[1:])
    flat = np.concatenate(parts) if parts else np.empty(0, dtype=np.uint32)
    return flat, offsets


def shingle_hashes(text: str) -> U32:
    """Sorted, distinct 32-bit hashes of one text's shingles (empty when too short)."""
    table, _ = shingle_table([unit_hashes(text)])
    return table


def document_frequency(flat: U32) -> tuple[U32, I64]:
    """(distinct shingle hashes, number of documents holding each); shingles are unique per document."""
    values, counts = np.unique(flat, return_counts=True)
    return values.astype(np.uint32), counts.astype(np.int64)


def df_of(flat: U32, values: U32, counts: I64) -> I64:
    """Document frequency of every entry of ``flat``."""
    if len(flat) == 0:
        return np.empty(0, dtype=np.int64)
    return counts[np.searchsorted(values, flat)]


def not_in(flat: U32, common: U32) -> npt.NDArray[np.bool_]:
    """Mask of the entries of ``flat`` absent from the (small, sorted) array ``common``.

    A binary search in the few boilerplate hashes is much cheaper than looking every
    shingle up in the whole frequency table.
    """
    return ~isin_sorted(flat, common)


EMPTY = np.uint32(0xFFFFFFFF)
"""Signature value of a document with no kept shingle."""

_OPH_A = np.uint64(0xD6E8FEB86659FD93)
_OPH_B = np.uint64(0x8A5CD789635D2DFF)
_DENSIFY = np.uint64(0x9E3779B1)


def minhash(flat: U32, offsets: I64, num_perm: int) -> U32:
    """One-permutation MinHash signatures with rotation densification, shape (documents, num_perm).

    Each shingle is hashed once; its top bits choose one of ``num_perm`` bins and the
    rest is its value; a bin keeps its smallest value (Li, Owen & Zhang 2012). A bin
    left empty borrows the value of the next non-empty bin to its right, shifted by
    the distance (Shrivastava & Li 2014), so two signatures still agree on a bin with
    probability equal to the documents' Jaccard similarity. Cost: one pass over the
    shingles instead of ``num_perm``. Rows of documents without shingles are ``EMPTY``.
    """
    n = len(offsets) - 1
    sig = np.full((n, num_perm), EMPTY, dtype=np.uint32)
    if n == 0 or len(flat) == 0:
        return sig
    if num_perm & (num_perm - 1):
        raise ValueError("num_perm must be a power of two")
    bits = np.uint64(num_perm.bit_length() - 1)
    flat_sig = sig.reshape(-1)
    lo = 0
    while lo < n:  # blocks of about 8 million shingles: bounded temporaries
        hi = int(np.searchsorted(offsets, offsets[lo] + 8_000_000, side="right")) - 1
        hi = min(max(hi, lo + 1), n)
        h = flat[offsets[lo] : offsets[hi]].astype(np.uint64) * _OPH_A + _OPH_B
        h ^= h >> np.uint64(29)
        h *= _OPH_B
        row_start = np.arange(lo * num_perm, hi * num_perm, num_perm, dtype=np.int64)
        cell = np.repeat(row_start, np.diff(offsets[lo : hi + 1]))
        if bits:
            cell += (h >> (np.uint64(64) - bits)).astype(np.int64)
        np.minimum.at(flat_sig, cell, ((h >> np.uint64(8)) & np.uint64(0xFFFFFFFE)).astype(np.uint32))
        lo = hi
    # Densify: every empty bin of a non-empty row takes its right neighbour's value.
    empty = sig == EMPTY
    partial = np.flatnonzero(empty.any(axis=1) & ~empty.all(axis=1))
    del empty
    for start in range(0, len(partial), 100_000):
        rows = partial[start : start + 100_000]
        sub = sig[rows]
        doubled = np.concatenate([sub, sub], axis=1)
        cols = np.arange(2 * num_perm)
        pos = np.where(doubled != EMPTY, cols[None, :], 2 * num_perm)
        nxt = np.minimum.accumulate(pos[:, ::-1], axis=1)[:, ::-1][:, :num_perm]
        dist = (nxt - cols[None, :num_perm]).astype(np.uint64)
        borrowed = doubled[np.arange(len(rows))[:, None], nxt].astype(np.uint64)
        filled = ((borrowed + dist * _DENSIFY) & np.uint64(0xFFFFFFFE)).astype(np.uint32)
        sig[rows] = np.where(sub == EMPTY, filled, sub)
    return sig


def band_keys(sig: U32, rows: int) -> U64:
    """One 64-bit key per (document, band): shape (documents, bands)."""
    n, num_perm = sig.shape
    bands = num_perm // rows
    keys = np.zeros((n, bands), dtype=np.uint64)
    for r in range(rows):
        col = sig[:, r : bands * rows : rows].astype(np.uint64)
        keys = keys * np.uint64(0x100000001B3) + col + np.uint64(r + 1)
    return keys


def candidate_pairs(keys: U64, eligible: npt.NDArray[np.bool_], window: int) -> I64:
    """Pairs (i < j) of eligible documents sharing a band key, as an (m, 2) array.

    Inside a bucket the documents are ordered by index and each is paired with the
    next ``window`` members only: linear in the bucket size.
    """
    idx = np.flatnonzero(eligible)
    if len(idx) < 2:
        return np.empty((0, 2), dtype=np.int64)
    found = np.empty(0, dtype=np.uint64)
    out: list[U64] = []
    pending = 0
    for band in range(keys.shape[1]):
        k = keys[idx, band]
        order = np.argsort(k, kind="stable")  # ties keep index order: lo < hi within a bucket
        ks, ds = k[order], idx[order].astype(np.uint64)
        del k, order
        for step in range(1, window + 1):
            if len(ks) <= step:
                break
            same = ks[step:] == ks[:-step]
            if same.any():
                out.append((ds[:-step][same] << _SHIFT) | ds[step:][same])
                pending += len(out[-1])
        if pending > 4 * max(len(found), 1_000_000):  # fold in now and then: bounded memory
            found = unique(np.concatenate([found, *out]))
            out, pending = [], 0
    key = unique(np.concatenate([found, *out]))
    return np.stack([(key >> _SHIFT).astype(np.int64), (key & np.uint64(0xFFFFFFFF)).astype(np.int64)], axis=1)


def estimated_similarity(sig: U32, pairs: I64) -> npt.NDArray[np.float64]:
    """Share of MinHash values two documents agree on: an unbiased estimate of their Jaccard similarity."""
    if len(pairs) == 0:
        return np.empty(0, dtype=np.float64)
    out = np.empty(len(pairs), dtype=np.float64)
    step = 200_000
    for lo in range(0, len(pairs), step):
        p = pairs[lo : lo + step]
        out[lo : lo + step] = (sig[p[:, 0]] == sig[p[:, 1]]).mean(axis=1)
    return out


def jaccard(a: U32, b: U32) -> tuple[float, int]:
    """Exact Jaccard similarity of two sorted distinct arrays, and the size of their intersection."""
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared), shared


def exact_similarity(
    flat: U32, offsets: I64, pairs: I64, *, chunk: int = 1_000_000, threads: int | None = None
) -> npt.NDArray[np.float64]:
    """Exact Jaccard similarity of many pairs at once (the verification step).

    Each side's shingles are tagged with the pair's number; since every document's
    shingles are sorted and distinct, both tagged arrays are sorted, and a shingle
    both documents hold appears twice, side by side, once the two are merged. The
    merge is a stable sort of the two arrays put end to end: numpy's stable sort of
    64-bit integers is Timsort, which finds the two sorted runs and merges them in
    one linear pass, where a binary search of one side in the other reads at random
    and misses the cache. Vectorised, in chunks of about ``chunk`` shingles (a
    million keeps the temporaries near the cache; four million was a fifth slower),
    spread over ``threads`` threads (numpy releases the interpreter lock while it
    works; default: the cores this process may use). Together about half the time
    of the binary search in four-million chunks (``docs/benchmarks.md``, "Link speed
    (session 10)").
    """
    out = np.zeros(len(pairs), dtype=np.float64)
    if len(pairs) == 0:
        return out
    lengths = np.diff(offsets)
    la, lb = lengths[pairs[:, 0]], lengths[pairs[:, 1]]
    cost = np.cumsum(la + lb)
    bounds: list[tuple[int, int]] = []
    lo = 0
    while lo < len(pairs):
        base = cost[lo - 1] if lo else 0
        hi = max(int(np.searchsorted(cost, base + chunk, side="right")), lo + 1)
        bounds.append((lo, hi))
        lo = hi

    def work(span: tuple[int, int]) -> None:
        lo, hi = span
        p = pairs[lo:hi]
        sides: list[U64] = []
        for side in (0, 1):
            docs = p[:, side]
            cnt = lengths[docs]
            idx = np.repeat(offsets[docs] - (np.cumsum(cnt) - cnt), cnt) + np.arange(cnt.sum())
            tag = np.repeat(np.arange(len(p), dtype=np.uint64), cnt)
            tag <<= _SHIFT
            tag |= flat[idx]
            sides.append(tag)
        merged = np.concatenate(sides)
        del sides
        merged.sort(kind="stable")  # two sorted runs: one linear merge
        twice = merged[1:] == merged[:-1]
        shared = np.bincount((merged[1:][twice] >> _SHIFT).astype(np.int64), minlength=len(p))
        union = la[lo:hi] + lb[lo:hi] - shared
        out[lo:hi] = np.where(union > 0, shared / np.maximum(union, 1), 0.0)

    workers = threads if threads is not None else _cores()
    if workers <= 1 or len(bounds) == 1:
        for span in bounds:
            work(span)
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(work, bounds))
    return out


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
