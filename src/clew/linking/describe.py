"""Everything the analyst sees about one network: members, evidence, indicators, risk, template.

Used by ``clew link --evidence`` and by the store (``rebuild_networks``), so the
stateless command and the workspace describe a network the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from clew.linking.indicators import MemberFacts, network_indicators, network_risk
from clew.linking.templates import TemplateMember, build_template, shared_text
from clew.model import Network


def describe_network(
    network: Network,
    facts: Sequence[MemberFacts],
    texts: dict[str, str],
    *,
    bridges: Sequence[dict[str, Any]] = (),
    max_template_members: int = 12,
) -> dict[str, Any]:
    """A network as one JSON-ready dict (see ``clew.store.repository.get_network`` for the shape)."""
    template = None
    if len(network.documents) > 1:
        degree: dict[str, int] = {}
        for link in network.links:
            if link.kind == "text":
                degree[link.source] = degree.get(link.source, 0) + 1
                degree[link.target] = degree.get(link.target, 0) + 1
        order = sorted(network.documents, key=lambda d: (-degree.get(d, 0), network.documents.index(d)))
        by_id = {f.doc_id: f for f in facts}
        members = [
            TemplateMember(d, texts.get(d, ""), tuple(p.casefold() for p in by_id[d].places) if d in by_id else ())
            for d in order
        ]
        template = build_template(members, max_members=max_template_members)
    names: dict[str, str] = {}
    if template:
        name_slot = next((s["name"] for s in template["slots"] if s["kind"] == "name"), None)
        if name_slot:
            for doc_id, values in template["values_by_document"].items():
                if name_slot in values:
                    names[doc_id] = values[name_slot]
    facts = [replace(f, name=f.name or names.get(f.doc_id)) for f in facts]
    indicators = network_indicators(facts)
    return {
        "id": network.id,
        "size": len(network.documents),
        "documents": list(network.documents),
        "links": [_evidence(link.model_dump(), texts) for link in network.links],
        "bridges": list(bridges),
        "indicators": indicators,
        "risk": network_risk(indicators),
        "template": template,
    }


def _evidence(link: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """A template edge also shows the longest text its two documents share."""
    if link["kind"] == "text" and link["source"] in texts and link["target"] in texts:
        link["shared"] = shared_text(texts[link["source"]], texts[link["target"]])
    return link
