"""Photo links: PDQ perceptual hashes of local images, matched within a Hamming distance.

PDQ (Meta's ThreatExchange hash, via the ``pdqhash`` binding) gives a 256-bit hash and
a quality score from 0 to 100; flat or tiny images hash to low quality and would
match each other, so hashes below ``photo_min_quality`` are ignored. Two hashes
match at Hamming distance <= 31 (ThreatExchange's recommended threshold).

Matching is multi-index hashing: a hash is cut into 16 chunks of 16 bits; two
hashes within distance 31 agree exactly on at least one chunk or differ by one bit
in it (pigeonhole: 31 differing bits over 16 chunks leave a chunk with at most
one). Each hash is looked up under its 16 chunks and their 16 one-bit neighbours, so
the work grows with the number of photos, never with its square. Hashes are
shareable identifiers (``photo`` type, lower-case hex); no face is ever analysed.
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

CHUNKS = 16
CHUNK_BITS = 16


class PhotoHashingUnavailable(RuntimeError):
    """``pdqhash`` or Pillow is not installed (they come with the ``link`` extra)."""


@dataclass(frozen=True, slots=True)
class PhotoHash:
    path: str
    hash: str | None
    quality: int
    error: str | None = None


def available() -> bool:
    try:
        import pdqhash  # noqa: F401
        import PIL  # noqa: F401
    except ImportError:
        return False
    return True


def hash_image(path: str | Path) -> PhotoHash:
    """PDQ hash of one local image file; ``hash`` is None when the file cannot be read."""
    try:
        import numpy as np
        import pdqhash
        from PIL import Image, UnidentifiedImageError
    except ImportError as exc:  # pragma: no cover - the dev extra installs both
        raise PhotoHashingUnavailable("install clew[link] to hash photos (pdqhash and Pillow)") from exc
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                img.thumbnail((512, 512))
                pixels = np.asarray(img.convert("RGB"))
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
        return PhotoHash(str(path), None, 0, f"{type(exc).__name__}: {exc}")
    bits, quality = pdqhash.compute(pixels)
    value = int("".join("1" if b else "0" for b in bits), 2)
    return PhotoHash(str(path), f"{value:064x}", int(quality))


def local_path(ref: str, base: Path | None = None) -> Path | None:
    """A document's image reference as a local file, or None for URLs (never fetched: offline)."""
    if "://" in ref and not ref.startswith("file://"):
        return None
    path = Path(ref.removeprefix("file://"))
    if not path.is_absolute() and base is not None:
        path = base / path
    return path


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def near_pairs(hashes: Sequence[str], max_distance: int) -> list[tuple[int, int, int]]:
    """Pairs (i < j, distance) of distinct hash values within ``max_distance`` bits.

    Exact for ``max_distance`` <= 31 (see the module docstring); larger distances
    would need more chunks and are refused.
    """
    if max_distance > 2 * CHUNKS - 1:
        raise ValueError(f"photo distance {max_distance} is above {2 * CHUNKS - 1}, which 16 chunks cannot find")
    values = [int(h, 16) for h in hashes]
    mask = (1 << CHUNK_BITS) - 1
    index: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, v in enumerate(values):
        for c in range(CHUNKS):
            index[(c, (v >> (c * CHUNK_BITS)) & mask)].append(i)
    found: dict[tuple[int, int], int] = {}
    for i, v in enumerate(values):
        for c in range(CHUNKS):
            chunk = (v >> (c * CHUNK_BITS)) & mask
            for probe in (chunk, *(chunk ^ (1 << k) for k in range(CHUNK_BITS))):
                for j in index.get((c, probe), ()):
                    if j <= i or (i, j) in found:
                        continue
                    d = (v ^ values[j]).bit_count()
                    if d <= max_distance:
                        found[(i, j)] = d
    return sorted((i, j, d) for (i, j), d in found.items())
