"""Linking parameters, in one frozen object, with defaults that suit a crawl of ads.

Every number that changes what links is here, named and documented, so a run can
record the configuration it used (``LinkConfig.as_dict``) and ``docs/linking.md``
can explain each one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

DEFAULT_LINK_TYPES: frozenset[str] = frozenset({"phone", "email", "url", "handle", "payment", "crypto", "photo"})
"""Identifier types that link documents by themselves (``photo`` is a PDQ hash)."""

LINKING_VERSION = "link-v1"
"""Name of the linking method; a changed method gets a new name, never a silent change."""


@dataclass(frozen=True)
class LinkConfig:
    link_types: frozenset[str] = field(default_factory=lambda: DEFAULT_LINK_TYPES)
    """Identifier types that link. Weak attributes (age, price, location, names) never do."""

    hub_cap: int = 1000
    """An identifier value held by more documents than this links none of them (a hub: a
    shared agency number, a site's own address); it is reported in the warnings."""

    max_identifiers_per_document: int = 50
    """A document holding more distinct linking identifiers than this (a directory page)
    links by none of them; it is reported."""

    templates: bool = True
    """Link near-duplicate texts at all (off: identifiers and photos only, a baseline)."""

    min_duplicate_chars: int = 40
    """Identical normalised texts shorter than this never link ("call me")."""

    common_min_df: int = 400
    common_share: float = 0.005
    """A shingle held by more than max(common_min_df, common_share × documents) documents is
    boilerplate ("100% real pics, no rush") and is ignored by template linking."""

    min_shingles: int = 8
    """Documents with fewer non-boilerplate shingles take no part in template linking."""

    num_perm: int = 32
    rows: int = 2
    window: int = 3
    """MinHash bins (one-permutation hashing, a power of two), rows per LSH band, and bucket
    neighbours paired per document."""

    template_similarity: float = 0.3
    """Jaccard similarity (over non-boilerplate shingles) from which two texts are one template."""

    verify_margin: float = 0.15
    """Estimated similarities within this margin of the threshold are checked exactly."""

    group_support: int = 2
    """Two groups that each hold contact identifiers are joined by text only when at least this
    many documents on each side share the template (a rotated number); one stranger copying a
    common template never joins a group."""

    contactless_ratio: float = 2.0
    """A group joined by text holds at most this many ads without contacts per ad with one."""

    photo_distance: int = 31
    photo_min_quality: int = 50
    """PDQ hashes match at Hamming distance <= photo_distance; hashes of lower quality are ignored."""

    split_above: int = 300
    """Components larger than this are split into communities (Leiden, modularity); the
    identifiers that glued them stay visible as bridges between the resulting networks."""

    leiden_resolution: float = 0.5

    max_template_members: int = 12
    """Members compared when a network's template and slots are computed."""

    def common_df(self, documents: int) -> int:
        return max(self.common_min_df, int(self.common_share * documents))

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["link_types"] = sorted(self.link_types)
        data["version"] = LINKING_VERSION
        return data
