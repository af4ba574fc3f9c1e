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
    host: str = Field(default="127.0.0.1", description="Address `clew serve` binds to.")
    port: int = Field(default=8765, description="Port `clew serve` listens on.")
    batch_size: int = Field(default=500, description="Documents per database transaction.")
    max_document_chars: int = Field(
        default=2_000_000,
        description="Longer texts are rejected into quarantine instead of being stored.",
    )

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.workspace / 'clew.db').resolve()}"
