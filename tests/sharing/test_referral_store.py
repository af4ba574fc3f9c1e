"""Referral packages from a stored document, a network and a case of a real workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clew.errors import InputError, NotFoundError
from clew.ingest import read
from clew.pipeline import Pipeline
from clew.sharing.referral import ReferralRequest, Reporter, from_store, render_html, verify_package
from clew.store import Store
from clew.store.cases import add_item, create_case
from clew.store.repository import ingest, process, rebuild_networks
from clew.web.principal import Principal

PIPELINE = Pipeline()
REQUEST = ReferralRequest(
    reporter=Reporter(organisation="Classifieds Example", contact="trust@example.com"),
    legal_basis="Voluntary disclosure (test)",
)
DOCS = [
    {
        "id": "a1",
        "text": "Sweet Lily, ask for daddy. Call 213-555-0127",
        "country": "US",
        "url": "https://ads.example.com/a1",
    },
    {"id": "a2", "text": "Rose here, new girls every week, call 213-555-0127", "country": "US"},
    {"id": "c1", "text": "Used sedan for sale, call 310-555-0144", "country": "US"},
]


@pytest.fixture
def loaded(store: Store, tmp_path: Path) -> Store:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    ingest(store, read(src, "jsonl"), source=str(src), fmt="jsonl", batch_size=10)
    process(store, version=PIPELINE.version, batch_size=10, analyze=lambda docs: map(PIPELINE.analyze, docs))
    rebuild_networks(store)
    return store


def network_of(store: Store, doc_id: str) -> str:
    from clew.store.repository import get_document

    network = get_document(store, doc_id=doc_id)["network"]
    assert network is not None
    return str(network["id"])


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_referral_of_a_stored_document_carries_its_provenance(loaded: Store) -> None:
    package = from_store(REQUEST, loaded, kind="document", ref="a1", pipeline=PIPELINE)
    (section,) = package["documents"]
    assert verify_package(package)
    assert section["hashes"]["store_content_sha256"] and len(section["provenance"]) == 1
    assert section["provenance"][0]["raw_sha256"]
    assert {"type": "phone", "value": "+12135550127"} in package["identifiers"]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_referral_of_a_network_lists_its_documents_and_links(loaded: Store) -> None:
    network = network_of(loaded, "a1")
    package = from_store(REQUEST, loaded, kind="network", ref=network, pipeline=PIPELINE)
    assert [d["id"] for d in package["documents"]] == ["a1", "a2"]
    (link,) = package["links"]
    assert {link["source"], link["target"]} == {"a1", "a2"} and link["value"] == "+12135550127"
    html = render_html(package)
    assert "a1" in html and "+12135550127" in html and package["package_sha256"] in html


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_referral_of_a_case_expands_its_networks_and_documents(loaded: Store) -> None:
    actor = Principal(kind="user", id=0, name="ana", role="analyst")
    case = create_case(loaded, title="Ring on ads.example.com", description="two ads, one phone", actor=actor)
    add_item(loaded, case["id"], kind="network", ref=network_of(loaded, "a1"), actor=actor)
    add_item(loaded, case["id"], kind="document", ref="c1", actor=actor)
    add_item(loaded, case["id"], kind="document", ref="a2", actor=actor)  # already in the network: once
    package = from_store(REQUEST, loaded, kind="case", ref=str(case["id"]), pipeline=PIPELINE)
    assert [d["id"] for d in package["documents"]] == ["a1", "a2", "c1"]
    assert package["subject"]["title"] == "Ring on ads.example.com"
    with pytest.raises(NotFoundError):
        from_store(REQUEST, loaded, kind="case", ref="999", pipeline=PIPELINE)
    with pytest.raises(InputError):
        from_store(REQUEST, loaded, kind="case", ref="abc", pipeline=PIPELINE)
    with pytest.raises(NotFoundError):
        from_store(REQUEST, loaded, kind="network", ref="net-nope", pipeline=PIPELINE)
