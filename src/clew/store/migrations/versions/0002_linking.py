"""Linking: near-duplicate signatures, photo hashes, network summaries (issue 5).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "link_features",
        sa.Column(
            "document_pk",
            sa.Integer,
            sa.ForeignKey("documents.pk", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("units", sa.LargeBinary, nullable=False),
        sa.Column("text_key", sa.String(16)),
        sa.Column("photos", sa.JSON, nullable=False),
    )
    op.create_table(
        "networks",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False, index=True),
        sa.Column("risk", sa.Float, nullable=False, index=True),
        sa.Column("level", sa.String(8), nullable=False),
        sa.Column("first_posted_at", TZ),
        sa.Column("last_posted_at", TZ, index=True),
        sa.Column("summary", sa.JSON, nullable=False),
        sa.Column("computed_at", TZ, nullable=False),
    )
    op.create_table(
        "link_warnings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("documents", sa.Integer, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("link_warnings")
    op.drop_table("networks")
    op.drop_table("link_features")
