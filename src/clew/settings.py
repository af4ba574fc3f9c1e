"""One typed settings object. Values come from arguments, then CLEW_* variables.

Defaults are safe for a laptop: an embedded SQLite database inside the workspace
directory and a server bound to the loopback interface.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLEW_", extra="ignore")

    workspace: Path = Field(default=Path("./clew-data"), description="Workspace directory (CLEW_WORKSPACE).")
    database_url: str | None = Field(
        default=None,
        description=(
            "SQLAlchemy URL of the store (CLEW_DATABASE_URL). Unset: SQLite file "
            "clew.db in the workspace. For PostgreSQL: postgresql+psycopg://user@host/db"
        ),
    )
    default_region: str = Field(
        default="US",
        description="Region used to read national phone numbers when nothing else tells.",
    )
    rulepack_dirs: list[Path] = Field(
        default_factory=list,
        description="Extra rule-pack directories loaded beside the built-in packs.",
    )
    learned_model: bool = Field(
        default=True,
        description=(
            "Score with the learned text model beside the rule packs (CLEW_LEARNED_MODEL); its hits are "
            "indicators learned.<typology>, explained by the words that raised them."
        ),
    )
    host: str = Field(default="127.0.0.1", description="Address `clew serve` binds to.")
    port: int = Field(default=8765, description="Port `clew serve` listens on.")
    batch_size: int = Field(default=500, description="Documents per database transaction.")
    max_document_chars: int = Field(
        default=2_000_000,
        description="Longer texts are rejected into quarantine instead of being stored.",
    )

    # Workspace: accounts, sessions, retention (issue 6)
    session_idle_minutes: int = Field(
        default=60, ge=1, description="A signed-in session ends after this long without a request."
    )
    session_max_hours: int = Field(default=12, ge=1, description="A session ends this long after sign-in, whatever.")
    login_max_failures: int = Field(
        default=5, ge=1, description="Failed sign-ins in a row that lock an account (CLEW_LOGIN_MAX_FAILURES)."
    )
    login_lockout_minutes: int = Field(default=15, ge=1, description="How long a locked account stays locked.")
    password_min_length: int = Field(default=12, ge=8, description="Shortest password a user may choose.")
    argon2_time_cost: int = Field(default=3, ge=1, description="Argon2id passes (RFC 9106 second recommendation).")
    argon2_memory_kib: int = Field(default=65536, ge=8, description="Argon2id memory in KiB (64 MiB).")
    argon2_parallelism: int = Field(default=4, ge=1, description="Argon2id lanes.")
    retention_days: int = Field(
        default=365,
        ge=0,
        description=(
            "Documents not attached to a case are purged this many days after they were stored "
            "(`clew purge`, and the server every retention_interval_seconds); 0 keeps them forever."
        ),
    )
    retention_interval_seconds: int = Field(
        default=3600, ge=1, description="How often `clew serve` runs the retention purge."
    )

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.workspace / 'clew.db').resolve()}"
