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
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

MAX_ROW_ID = 2**31 - 1
"""The largest id an ``Integer`` column holds in every supported database (PostgreSQL's is 32-bit):
numbers from outside (a case in a URL, a checkpoint) are bounded to it before any query."""

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

# Workspace: accounts, audit, cases, watchlists (migration 0003)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("must_change_password", Boolean, nullable=False),
    Column("disabled", Boolean, nullable=False),
    Column("failed_logins", Integer, nullable=False),
    Column("locked_until", DateTime(timezone=True)),
    Column("last_login_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token_sha256", String(64), nullable=False, unique=True),  # the cookie itself is never stored
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("actor_kind", String(8), nullable=False),
    Column("actor_id", Integer),
    Column("actor_name", Text, nullable=False, index=True),
    Column("action", String(32), nullable=False, index=True),
    Column("target", Text, nullable=False, index=True),
    Column("detail", Text, nullable=False),  # canonical JSON, hashed as stored
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False, unique=True),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True),  # one row; locking it orders concurrent writers
    Column("last_id", Integer, nullable=False),
    Column("last_hash", String(64), nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("status", String(16), nullable=False, index=True),
    Column("created_by", Text, nullable=False),
    Column("assignee_id", Integer, ForeignKey("users.id", ondelete="SET NULL"), index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

case_items = Table(
    "case_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # document, network
    Column("ref", Text, nullable=False),
    Column("document_pk", Integer, ForeignKey("documents.pk"), index=True),  # keeps the document from purging
    Column("note", Text),
    Column("added_by", Text, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("case_id", "kind", "ref", name="uq_case_items_case_kind_ref"),
)

case_notes = Table(
    "case_notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("author", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

watchlists = Table(
    "watchlists",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),  # identifier, query, indicator
    Column("value", Text, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("kind", "value", name="uq_watchlists_kind_value"),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("watchlist_id", Integer, ForeignKey("watchlists.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("detail", Text, nullable=False),
    Column("status", String(16), nullable=False, index=True),  # new, acknowledged
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("acknowledged_by", Text),
    Column("acknowledged_at", DateTime(timezone=True)),
    UniqueConstraint("watchlist_id", "document_pk", name="uq_alerts_watchlist_document"),
)

# Screening and sharing (migration 0004)
# API tokens are stored as SHA-256 digests of the secret; a signal is stored as a keyed
# hash (HMAC-SHA256 with its sharing group's key) or a PDQ photo hash, with the raw
# identifier kept only locally and only when an operator entered it. ``bank_changes``
# is the append-only log that exchange reads incrementally: its id is the checkpoint.

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("prefix", String(16), nullable=False),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("scopes", JSON, nullable=False),
    Column("rate_per_minute", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_used_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
)

sharing_groups = Table(
    "sharing_groups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("key_hex", String(64), nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("organisation", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

banks = Table(
    "banks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("group_id", Integer, ForeignKey("sharing_groups.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # signals, negative
    Column("description", Text, nullable=False),
    Column("flood_limit", Integer, nullable=False),
    Column("flood_window_seconds", Integer, nullable=False),
    Column("quarantined_at", DateTime(timezone=True)),
    Column("quarantine_reason", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

signals = Table(
    "signals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("bank_id", Integer, ForeignKey("banks.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("hash", String(64), nullable=False, index=True),
    Column("raw_value", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("deleted_at", DateTime(timezone=True)),
    UniqueConstraint("bank_id", "type", "hash", name="uq_signals_bank_type_hash"),
)

opinions = Table(
    "opinions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("signal_id", Integer, ForeignKey("signals.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("organisation", Text, nullable=False),
    Column("opinion", String(16), nullable=False),  # confirmed, lead, false_positive
    Column("tags", JSON, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("signal_id", "organisation", name="uq_opinions_signal_organisation"),
)

bank_changes = Table(
    "bank_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("bank_id", Integer, ForeignKey("banks.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("action", String(16), nullable=False),  # opinion, retract, delete
    Column("type", String(16), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("organisation", Text, nullable=False),
    Column("opinion", String(16)),
    Column("tags", JSON, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

bank_matches = Table(
    "bank_matches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("bank_id", Integer, ForeignKey("banks.id", ondelete="CASCADE"), nullable=False),
    Column("signal_id", Integer, ForeignKey("signals.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_id", Text, nullable=False),
    Column("status", String(16), nullable=False),  # match, disputed, suppressed, quarantined
    Column("matched_at", DateTime(timezone=True), nullable=False),
    Index("ix_bank_matches_bank_matched_at", "bank_id", "matched_at"),
)

exchange_checkpoints = Table(
    "exchange_checkpoints",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("peer_url", Text, nullable=False),
    Column("remote_bank", String(64), nullable=False),
    Column("bank_id", Integer, ForeignKey("banks.id", ondelete="CASCADE"), nullable=False),
    Column("checkpoint", Integer, nullable=False),
    Column("synced_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("peer_url", "remote_bank", "bank_id", name="uq_exchange_checkpoints_peer_bank"),
)

# Linking (migration 0002)

link_features = Table(
    "link_features",
    metadata,
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
    Column("content_sha256", String(64), nullable=False),
    Column("version", String(32), nullable=False),
    Column("units", LargeBinary, nullable=False),  # uint32 unit hashes of the normalised text
    Column("text_key", String(16)),
    Column("photos", JSON, nullable=False),  # PDQ hashes (hex) of the document's readable images
)

networks = Table(
    "networks",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("size", Integer, nullable=False, index=True),
    Column("risk", Float, nullable=False, index=True),
    Column("level", String(8), nullable=False),
    Column("first_posted_at", DateTime(timezone=True)),
    Column("last_posted_at", DateTime(timezone=True), index=True),
    Column("summary", JSON, nullable=False),  # indicators, risk with explanation, bridges, template
    Column("computed_at", DateTime(timezone=True), nullable=False),
)

link_warnings = Table(
    "link_warnings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("type", String(32), nullable=False),
    Column("value", Text, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("message", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
