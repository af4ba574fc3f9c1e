"""The workspace store: SQLite by default, PostgreSQL for teams.

``Store`` owns the engine and the schema (Alembic migrations run on open);
``clew.store.repository`` holds the keyword-only functions that read and write it.
A workspace is a directory with ``workspace.json`` (what it is, which database)
and, for the embedded default, the SQLite file ``clew.db``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event

from clew import __version__
from clew.errors import WorkspaceError
from clew.settings import Settings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
WORKSPACE_FILE = "workspace.json"


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; crash-safe
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """An open workspace database, migrated to the current schema."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        with self.engine.begin() as conn:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()


def init_workspace(settings: Settings) -> Store:
    """Create (or upgrade) the workspace directory and its database."""
    ws = settings.workspace
    ws.mkdir(parents=True, exist_ok=True)
    meta = ws / WORKSPACE_FILE
    if not meta.exists():
        info = {
            "clew": __version__,
            "created_at": datetime.now(UTC).isoformat(),
            "database": "external" if settings.database_url else "sqlite:clew.db",
        }
        meta.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    store = Store(settings.resolved_database_url())
    store.migrate()
    return store


def open_workspace(settings: Settings) -> Store:
    """Open an existing workspace, upgrading its schema when Clew is newer."""
    ws = settings.workspace
    if not (ws / WORKSPACE_FILE).is_file():
        raise WorkspaceError(
            f"no Clew workspace at {ws} — create one with `clew init --workspace {ws}` "
            "or point CLEW_WORKSPACE at an existing one"
        )
    store = Store(settings.resolved_database_url())
    if store.revision() != head_revision():
        store.migrate()
    return store
