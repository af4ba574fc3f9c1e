"""The first schema: documents with provenance, quarantine, analyses, networks, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _doc_fk(name: str, *, primary_key: bool = False, index: bool = False) -> sa.Column[int]:
    return sa.Column(
        name,
        sa.Integer,
        sa.ForeignKey("documents.pk", ondelete="CASCADE"),
        primary_key=primary_key,
        nullable=False,
        index=index or None,
    )


def upgrade() -> None:
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("finished_at", TZ),
        sa.Column("status", sa.String(16), nullable=False),
        *(sa.Column(c, sa.Integer, nullable=False) for c in ("read", "stored", "updated", "duplicates", "rejected")),
    )
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("doc_id", sa.Text, nullable=False, unique=True),
        sa.Column("content_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("lang", sa.String(8)),
        sa.Column("posted_at", TZ, index=True),
        sa.Column("source", sa.Text, index=True),
        sa.Column("images", sa.JSON, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_table(
        "provenance",
        sa.Column("id", sa.Integer, primary_key=True),
        _doc_fk("document_pk", index=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id"), nullable=False),
        sa.Column("source_file", sa.Text, nullable=False),
        sa.Column("position", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("captured_at", TZ),
        sa.Column("raw_sha256", sa.String(64), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("ingested_at", TZ, nullable=False),
    )
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id"), nullable=False, index=True),
        sa.Column("source_file", sa.Text, nullable=False),
        sa.Column("position", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("raw_sha256", sa.String(64), nullable=False),
        sa.Column("raw_excerpt", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "analyses",
        _doc_fk("document_pk", primary_key=True),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False, index=True),
        sa.Column("lang", sa.String(8)),
        sa.Column("risk", sa.Float, nullable=False, index=True),
        sa.Column("flagged", sa.Boolean, nullable=False, index=True),
        sa.Column("result", sa.JSON, nullable=False),
        sa.Column("processed_at", TZ, nullable=False),
    )
    op.create_table(
        "typology_scores",
        _doc_fk("document_pk", primary_key=True),
        sa.Column("typology", sa.String(32), primary_key=True),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("level", sa.String(8), nullable=False),
    )
    op.create_index("ix_typology_scores_typology_level", "typology_scores", ["typology", "level"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        _doc_fk("document_pk", index=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("field", sa.String(8), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_index("ix_entities_type_value", "entities", ["type", "value"])
    op.create_table(
        "indicator_hits",
        sa.Column("id", sa.Integer, primary_key=True),
        _doc_fk("document_pk", index=True),
        sa.Column("indicator_id", sa.String(64), nullable=False, index=True),
        sa.Column("pack", sa.String(32), nullable=False),
        sa.Column("version", sa.String(16), nullable=False),
        sa.Column("field", sa.String(8), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
    )
    op.create_table(
        "network_members",
        _doc_fk("document_pk", primary_key=True),
        sa.Column("network_id", sa.String(32), nullable=False, index=True),
        sa.Column("network_size", sa.Integer, nullable=False, index=True),
    )
    op.create_table(
        "network_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("network_id", sa.String(32), nullable=False, index=True),
        _doc_fk("source_pk"),
        _doc_fk("target_pk"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("similarity", sa.Float, nullable=False),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # External-content FTS5 index kept in step with documents by triggers.
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', "
            "content_rowid='pk', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
            "VALUES ('delete', old.pk, old.title, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
            "VALUES ('delete', old.pk, old.title, old.text); "
            "INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED"
        )
        op.execute("CREATE INDEX ix_documents_search ON documents USING gin (search)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in (
        "network_links",
        "network_members",
        "indicator_hits",
        "entities",
        "typology_scores",
        "analyses",
        "quarantine",
        "provenance",
        "documents",
        "ingest_runs",
    ):
        op.drop_table(table)
