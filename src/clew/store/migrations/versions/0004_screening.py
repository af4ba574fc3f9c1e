"""Screening and sharing: API tokens, signal banks, exchange (issue 7).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("token_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("scopes", sa.JSON, nullable=False),
        sa.Column("rate_per_minute", sa.Integer, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("last_used_at", TZ),
        sa.Column("revoked_at", TZ),
    )
    op.create_table(
        "sharing_groups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("key_hex", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("organisation", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "banks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column(
            "group_id", sa.Integer, sa.ForeignKey("sharing_groups.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("flood_limit", sa.Integer, nullable=False),
        sa.Column("flood_window_seconds", sa.Integer, nullable=False),
        sa.Column("quarantined_at", TZ),
        sa.Column("quarantine_reason", sa.Text),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "signals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("bank_id", sa.Integer, sa.ForeignKey("banks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, index=True),
        sa.Column("raw_value", sa.Text),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("deleted_at", TZ),
        sa.UniqueConstraint("bank_id", "type", "hash", name="uq_signals_bank_type_hash"),
    )
    op.create_table(
        "opinions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("signal_id", sa.Integer, sa.ForeignKey("signals.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("organisation", sa.Text, nullable=False),
        sa.Column("opinion", sa.String(16), nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.UniqueConstraint("signal_id", "organisation", name="uq_opinions_signal_organisation"),
    )
    op.create_table(
        "bank_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("bank_id", sa.Integer, sa.ForeignKey("banks.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("organisation", sa.Text, nullable=False),
        sa.Column("opinion", sa.String(16)),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "bank_matches",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("bank_id", sa.Integer, sa.ForeignKey("banks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("signal_id", sa.Integer, sa.ForeignKey("signals.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("document_id", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("matched_at", TZ, nullable=False),
        sa.Index("ix_bank_matches_bank_matched_at", "bank_id", "matched_at"),
    )
    op.create_table(
        "exchange_checkpoints",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("peer_url", sa.Text, nullable=False),
        sa.Column("remote_bank", sa.String(64), nullable=False),
        sa.Column("bank_id", sa.Integer, sa.ForeignKey("banks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("checkpoint", sa.Integer, nullable=False),
        sa.Column("synced_at", TZ, nullable=False),
        sa.UniqueConstraint("peer_url", "remote_bank", "bank_id", name="uq_exchange_checkpoints_peer_bank"),
    )


def downgrade() -> None:
    for table in (
        "exchange_checkpoints",
        "bank_matches",
        "bank_changes",
        "opinions",
        "signals",
        "banks",
        "sharing_groups",
        "api_tokens",
    ):
        op.drop_table(table)
