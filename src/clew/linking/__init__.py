"""Linking ads into networks: shared identifiers, re-used photos, near-duplicate templates.

``build_networks(items, config)`` is the whole method (``clew.linking.graph``); it
takes ``LinkItem``s or, at corpus scale, ``LinkFeatures`` collected by a ``FeatureBuilder``;
``clew.linking.indicators`` gives each network its indicators and explainable risk,
``clew.linking.templates`` its template with the slots marked. ``docs/linking.md``
explains the method, its parameters and its limits.
"""

from clew.linking.config import DEFAULT_LINK_TYPES, LINKING_VERSION, LinkConfig
from clew.linking.graph import (
    FeatureBuilder,
    LinkFeatures,
    LinkItem,
    LinkResult,
    LinkWarning,
    build_networks,
    make_item,
    network_id,
    text_key,
)

__all__ = [
    "DEFAULT_LINK_TYPES",
    "LINKING_VERSION",
    "FeatureBuilder",
    "LinkConfig",
    "LinkFeatures",
    "LinkItem",
    "LinkResult",
    "LinkWarning",
    "build_networks",
    "make_item",
    "network_id",
    "text_key",
]
