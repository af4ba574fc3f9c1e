"""Store behaviour, run on SQLite and on PostgreSQL (see conftest.database_url)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from clew.errors import InputError, NotFoundError
from clew.identifiers import linking_types
from clew.ingest import read
from clew.pipeline import Pipeline
from clew.store import Store, head_revision
from clew.store.repository import (
    SearchFilters,
    count_pending,
    get_document,
    ingest,
    process,
    quarantined,
    rebuild_networks,
    search,
    stats,
)
from clew.store.schema import documents, metadata, provenance

DOCS = [
    {
        "id": "a1",
        "text": "Sweet Lily, ask for daddy. Call 213-555-0127",
        "country": "US",
        "posted_at": "2026-03-01T10:00:00Z",
        "source": "ads.example.com",
    },
    {
        "id": "a2",
        "text": "Rose here, new girls every week, call 213-555-0127",
        "country": "US",
        "posted_at": "2026-03-05T10:00:00Z",
        "source": "ads.example.com",
    },
    {
        "id": "c1",
        "text": "Used sedan for sale, 2014, low mileage, call 310-555-0144",
        "country": "US",
        "posted_at": "2026-04-01T10:00:00Z",
        "source": "cars.example.org",
    },
    {
        "id": "c2",
        "text": "Piso en alquiler cerca del centro, dos habitaciones",
        "country": "ES",
        "posted_at": "2026-05-01T10:00:00Z",
        "source": "pisos.example.net",
    },
]


def write_jsonl(path: Path, rows: list[object]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")
    return path


def load(store: Store, path: Path, **kw: object):
    return ingest(store, read(path, "jsonl"), source=str(path), fmt="jsonl", batch_size=3, **kw)


def run_process(store: Store, pipeline: Pipeline | None = None) -> int:
    pipeline = pipeline or Pipeline()
    return process(store, version=pipeline.version, batch_size=3, analyze=lambda docs: map(pipeline.analyze, docs))


def test_migrations_match_the_schema(store: Store) -> None:
    assert store.revision() == head_revision()
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "include_object": lambda obj, name, type_, *_: (
                    not (name.startswith("documents_fts") or name in ("search", "ix_documents_search"))
                ),
            },
        )
        assert compare_metadata(ctx, metadata) == []


def test_ingest_is_idempotent_and_keeps_provenance(store: Store, tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    first = load(store, src)
    assert (first.read, first.stored, first.duplicates, first.rejected) == (4, 4, 0, 0)
    second = load(store, src)
    assert (second.stored, second.duplicates) == (0, 4)
    # the same content from another file is stored once, with both provenances
    copy = write_jsonl(tmp_path / "copy.jsonl", [DOCS[0]])
    assert load(store, copy).duplicates == 1
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 4
        files = conn.execute(select(provenance.c.source_file).order_by(provenance.c.id)).scalars().all()
    assert files.count(str(src)) == 4 and files.count(str(copy)) == 1
    prov = get_document(store, doc_id="a1")["provenance"]
    assert [p["position"] for p in prov] == ["line 1", "line 1"]
    assert all(len(p["raw_sha256"]) == 64 for p in prov)


def test_changed_content_updates_and_is_reprocessed(store: Store, tmp_path: Path) -> None:
    load(store, write_jsonl(tmp_path / "in.jsonl", DOCS))
    pipeline = Pipeline()
    assert run_process(store, pipeline) == 4
    assert run_process(store, pipeline) == 0  # incremental: nothing new
    changed = dict(DOCS[2], text="Used sedan for sale, new price, call 310-555-0144")
    report = load(store, write_jsonl(tmp_path / "v2.jsonl", [changed]))
    assert report.updated == 1
    doc = get_document(store, doc_id="c1")
    assert doc["analysis_stale"] is True
    assert count_pending(store, version=pipeline.version) == 1
    assert run_process(store, pipeline) == 1
    doc = get_document(store, doc_id="c1")
    assert doc["analysis_stale"] is False and "new price" in doc["document"]["text"]


def test_bad_records_are_quarantined_and_good_ones_kept(store: Store, tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "mixed.jsonl", [DOCS[0], "{not json", {"id": "x"}, DOCS[1], {"id": "big", "text": "x" * 5000}]
    )
    report = load(store, src, max_chars=4000)
    assert (report.stored, report.rejected) == (2, 3)
    rows = quarantined(store)
    reasons = {r["position"]: r["reason"] for r in rows}
    assert set(reasons) == {"line 2", "line 3", "line 5"}
    assert "JSON" in reasons["line 2"]
    assert "text" in reasons["line 3"]
    assert "5,000 characters" in reasons["line 5"] and "4,000" in reasons["line 5"]
    assert all(r["source_file"] == str(src) for r in rows)
    assert stats(store)["quarantined"] == 3


def test_search_filters_and_full_text(store: Store, tmp_path: Path) -> None:
    load(store, write_jsonl(tmp_path / "in.jsonl", DOCS))
    run_process(store)
    rebuild_networks(store, link_types=linking_types())

    def ids(**kw: object) -> list[str]:
        sort = kw.pop("sort", "risk")
        total, items = search(store, filters=SearchFilters(**kw), sort=sort, limit=50)
        assert total == len(items)
        return [i["id"] for i in items]

    assert ids(q="daddy") == ["a1"]
    assert sorted(ids(q="sedan OR alquiler")) == ["c1", "c2"]
    assert ids(q="call -daddy", sort="posted_at") == ["c1", "a2"]
    assert ids(q='"ask for daddy"', sort="relevance") == ["a1"]
    assert ids(typology="sexual_exploitation")[0] in {"a1", "a2"}
    assert ids(country="es") == ["c2"]
    assert ids(source="cars.example.org") == ["c1"]
    assert sorted(ids(identifier_type="phone", identifier_value="+12135550127")) == ["a1", "a2"]
    assert sorted(ids(min_network_size=2)) == ["a1", "a2"]
    assert ids(date_from=date(2026, 4, 1), date_to=date(2026, 4, 30)) == ["c1"]
    assert ids(flagged=False, source="pisos.example.net") == ["c2"]
    with pytest.raises(InputError):
        search(store, filters=SearchFilters(q="-only"))
    with pytest.raises(InputError):
        search(store, filters=SearchFilters(typology="nope"))


def test_document_view_has_analysis_network_and_pivots(store: Store, tmp_path: Path) -> None:
    load(store, write_jsonl(tmp_path / "in.jsonl", DOCS))
    run_process(store)
    summary = rebuild_networks(store, link_types=linking_types())
    assert summary["networks"] == 1 and summary["linked_documents"] == 2
    doc = get_document(store, doc_id="a2")
    assert doc["network"]["size"] == 2
    assert {"type": "phone", "value": "+12135550127", "other_documents": 1} in doc["identifiers"]
    text = doc["document"]["text"]
    for hit in doc["analysis"]["indicators"]:
        assert text[hit["start"] : hit["end"]] == hit["text"]
    with pytest.raises(NotFoundError):
        get_document(store, doc_id="missing")


def test_stats_count_levels_per_typology(store: Store, tmp_path: Path) -> None:
    load(store, write_jsonl(tmp_path / "in.jsonl", DOCS))
    run_process(store)
    data = stats(store)
    assert data["documents"] == data["analysed"] == 4
    for levels in data["typologies"].values():
        assert sum(levels.values()) == 4
    assert data["ingest_runs"] == {"completed": 1}


def test_one_batch_with_repeats_and_changes(store: Store, tmp_path: Path) -> None:
    rows = [
        {"id": "x", "text": "first version of x"},
        {"id": "y", "text": "first version of x"},  # same content, other id: a duplicate
        {"id": "x", "text": "second version of x"},  # same id, new content: an update
        {"id": "z", "text": "zed"},
        {"id": "x", "text": "second version of x"},  # the very same record again
    ]
    report = ingest(
        store, read(write_jsonl(tmp_path / "b.jsonl", rows), "jsonl"), source="b", fmt="jsonl", batch_size=10
    )
    assert (report.stored, report.updated, report.duplicates) == (2, 1, 2)
    assert get_document(store, doc_id="x")["document"]["text"] == "second version of x"
    with pytest.raises(NotFoundError):
        get_document(store, doc_id="y")
    assert [p["position"] for p in get_document(store, doc_id="x")["provenance"]] == [
        "line 1",
        "line 2",
        "line 3",
        "line 5",
    ]
