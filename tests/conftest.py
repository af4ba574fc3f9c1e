"""Shared fixtures: a migrated store on SQLite and on PostgreSQL, a workspace, a corpus.

The PostgreSQL store comes from ``CLEW_TEST_DATABASE_URL``, which ``make test``
sets by starting a throw-away server (scripts/with-postgres.sh). In CI a missing
server is a failure, never a skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from clew.settings import Settings
from clew.store import Store, init_workspace

PG_URL = os.environ.get("CLEW_TEST_DATABASE_URL")


def _pg_url() -> str:
    """A database of this test worker's own on the test server (xdist runs workers in parallel)."""
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CLEW_TEST_DATABASE_URL is not set: run the suite with `make test`")
        pytest.skip("no PostgreSQL server (run `make test` to start one)")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    url = make_url(PG_URL)
    name = f"{url.database}_{worker}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'clew.db'}"
        return
    url = _pg_url()
    store = Store(url)
    with store.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    store.close()
    yield url


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    url = None if database_url.startswith("sqlite") else database_url
    return Settings(workspace=tmp_path / "ws", database_url=url, batch_size=7)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    store = init_workspace(settings)
    yield store
    store.close()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic corpus (and its ground truth beside it)."""
    from clew.demo.generator import write_corpus

    path = tmp_path_factory.mktemp("corpus") / "demo.jsonl"
    write_corpus(path, 600, seed=11)
    return path
