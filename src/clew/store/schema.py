"""The database tables, as SQLAlchemy Core metadata.

The schema is created and changed only by Alembic migrations
(``clew/store/migrations``); a test checks that the migrated database matches
this metadata. Full-text search lives outside it: an FTS5 table on SQLite, a
generated ``tsvector`` column on PostgreSQL (see the first migration).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

ingest_runs = Table(
    "ingest_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("format", String(16), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(16), nullable=False),  # running, completed, failed
    Column("read", Integer, nullable=False, default=0),
    Column("stored", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("rejected", Integer, nullable=False, default=0),
)

documents = Table(
    "documents",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("doc_id", Text, nullable=False, unique=True),
    Column("content_sha256", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("country", String(2)),
    Column("lang", String(8)),
    Column("posted_at", DateTime(timezone=True), index=True),
    Column("source", Text, index=True),
    Column("images", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

provenance = Table(
    "provenance",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("run_id", Integer, ForeignKey("ingest_runs.id"), nullable=False),
    Column("source_file", Text, nullable=False),
    Column("position", Text, nullable=False),
    Column("url", Text),
    Column("captured_at", DateTime(timezone=True)),
    Column("raw_sha256", String(64), nullable=False),
    Column("content_sha256", String(64), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("ingest_runs.id"), nullable=False, index=True),
    Column("source_file", Text, nullable=False),
    Column("position", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("raw_sha256", String(64), nullable=False),
    Column("raw_excerpt", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

analyses = Table(
    "analyses",
    metadata,
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
    Column("content_sha256", String(64), nullable=False),
    Column("pipeline_version", String(64), nullable=False, index=True),
    Column("lang", String(8)),
    Column("risk", Float, nullable=False, index=True),
    Column("flagged", Boolean, nullable=False, index=True),
    Column("result", JSON, nullable=False),
    Column("processed_at", DateTime(timezone=True), nullable=False),
)

typology_scores = Table(
    "typology_scores",
    metadata,
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
    Column("typology", String(32), primary_key=True),
    Column("score", Float, nullable=False),
    Column("level", String(8), nullable=False),
    Index("ix_typology_scores_typology_level", "typology", "level"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("type", String(32), nullable=False),
    Column("value", Text, nullable=False),
    Column("field", String(8), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_entities_type_value", "type", "value"),
)

indicator_hits = Table(
    "indicator_hits",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("indicator_id", String(64), nullable=False, index=True),
    Column("pack", String(32), nullable=False),
    Column("version", String(16), nullable=False),
    Column("field", String(8), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("weight", Float, nullable=False),
)

network_members = Table(
    "network_members",
    metadata,
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
    Column("network_id", String(32), nullable=False, index=True),
    Column("network_size", Integer, nullable=False, index=True),
)

network_links = Table(
    "network_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("network_id", String(32), nullable=False, index=True),
    Column("source_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False),
    Column("target_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("type", String(32), nullable=False),
    Column("value", Text, nullable=False),
    Column("similarity", Float, nullable=False),
)
