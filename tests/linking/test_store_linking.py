"""Networks in the workspace, on SQLite and PostgreSQL: incremental equals full, reads, warnings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from clew.demo.generator import write_corpus
from clew.errors import InputError
from clew.identifiers import linking_types
from clew.ingest import read
from clew.linking import LinkConfig
from clew.pipeline import Pipeline
from clew.store import Store
from clew.store.repository import (
    get_network,
    ingest,
    link_warning_list,
    list_networks,
    process,
    rebuild_networks,
)
from clew.store.schema import documents, network_links, network_members, networks

DOCS = [
    {
        "id": "a1",
        "text": "Sweet Lily, 21, new in Denver. Ask for daddy. Call 213-555-0127",
        "country": "US",
        "posted_at": "2026-03-01T10:00:00Z",
        "source": "ads.example.com",
    },
    {
        "id": "a2",
        "text": "Rose here, I am 24 and visiting Austin, new girls every week, call 213-555-0127",
        "country": "US",
        "posted_at": "2026-03-05T10:00:00Z",
        "source": "city.example.org",
    },
    {
        "id": "c1",
        "text": "Used sedan for sale, 2014, low mileage, call 310-555-0144",
        "country": "US",
        "posted_at": "2026-04-01T10:00:00Z",
        "source": "cars.example.org",
    },
]


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def load_and_process(store: Store, path: Path) -> None:
    ingest(store, read(path, "jsonl"), source=str(path), fmt="jsonl", batch_size=50)
    pipeline = Pipeline()
    process(store, version=pipeline.version, batch_size=50, analyze=lambda docs: map(pipeline.analyze, docs))


def snapshot(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:
        ids = dict(conn.execute(select(documents.c.pk, documents.c.doc_id)).all())
        members = {
            ids[pk]: net
            for pk, net in conn.execute(select(network_members.c.document_pk, network_members.c.network_id)).all()
        }
        links = sorted(
            (r.network_id, ids[r.source_pk], ids[r.target_pk], r.kind, r.type, r.value, round(r.similarity, 4))
            for r in conn.execute(select(network_links)).all()
        )
        nets = sorted((r.id, r.size, r.risk, r.level) for r in conn.execute(select(networks)).all())
    return {"members": members, "links": links, "networks": nets}


def test_incremental_linking_equals_full_recomputation(store: Store, tmp_path: Path) -> None:
    corpus = tmp_path / "hard.jsonl"
    write_corpus(corpus, 400, seed=5, hard=True)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:260]), encoding="utf-8")
    second.write_text("".join(lines[260:]), encoding="utf-8")

    load_and_process(store, first)
    before = rebuild_networks(store, link_types=linking_types())
    assert before["features_computed"] == 260
    load_and_process(store, second)
    incremental = rebuild_networks(store, link_types=linking_types())
    assert incremental["features_computed"] == 140  # only the new documents were read again
    after_incremental = snapshot(store)

    full = rebuild_networks(store, link_types=linking_types(), full=True)
    assert full["features_computed"] == 400
    assert snapshot(store) == after_incremental
    assert incremental["networks"] == full["networks"] > 0
    # Old documents joined networks that new documents belong to.
    old = {json.loads(line)["id"] for line in lines[:260]}
    new = {json.loads(line)["id"] for line in lines[260:]}
    members = after_incremental["members"]
    assert {members[d] for d in old} & {members[d] for d in new}


def test_get_network_and_list_networks(store: Store, tmp_path: Path) -> None:
    load_and_process(store, write_jsonl(tmp_path / "in.jsonl", DOCS))
    summary = rebuild_networks(store, link_types=linking_types())
    assert summary["networks"] == 1 and summary["linked_documents"] == 2
    page = list_networks(store, limit=10, offset=0, order="risk")
    assert page["total"] == 1
    (entry,) = page["items"]
    assert entry["size"] == 2 and entry["phones"] == 1 and entry["sites"] == 2
    net = get_network(store, entry["id"])
    assert net is not None
    assert [m["id"] for m in net["members"]] == ["a1", "a2"]  # by posting time
    assert net["members"][0]["city"] == "Denver" and net["members"][0]["posted_at"] == "2026-03-01T10:00:00Z"
    assert net["edges"] == [
        {
            "source": "a1",
            "target": "a2",
            "kind": "identifier",
            "type": "phone",
            "value": "+12135550127",
            "similarity": 1.0,
        }
    ]
    assert net["indicators"]["ads"] == 2 and net["indicators"]["places"] == ["Austin", "Denver"]
    assert net["indicators"]["ages_per_phone"] == {"+12135550127": ["21", "24"]}
    assert net["risk"]["level"] in {"none", "low", "medium", "high"}
    assert "not proof" in net["risk"]["explanation"]
    assert net["template"] is not None and net["template"]["compared"] == 2
    assert get_network(store, "net-000000000000") is None
    single = get_network(store, next(iter(snapshot(store)["members"].values())))
    assert single is not None
    assert list_networks(store, limit=5, order="size")["total"] == 1
    assert list_networks(store, limit=5, order="recent")["items"][0]["id"] == entry["id"]
    with pytest.raises(InputError):
        list_networks(store, order="colour")


def test_hub_warning_is_stored_and_the_hub_does_not_link(store: Store, tmp_path: Path) -> None:
    load_and_process(store, write_jsonl(tmp_path / "in.jsonl", DOCS))
    summary = rebuild_networks(store, config=LinkConfig(hub_cap=1))
    assert summary["networks"] == 0
    (warning,) = link_warning_list(store)
    assert warning["kind"] == "hub_identifier" and warning["value"] == "+12135550127" and warning["documents"] == 2
    assert [w["value"] for w in summary["warnings"]] == ["+12135550127"]
