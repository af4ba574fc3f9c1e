"""What accounts and the audit trail cost a request, printed as JSON.

    python bench/audit.py [--n 2000] [--database-url URL]

Measures, in one run on the same database:
- ``clew.store.audit.record`` (hash chain: lock the head row, read it, insert, update),
  one transaction per entry, against a baseline of the same row inserted into an
  unchained table in its own transaction — the ratio is what tamper evidence costs;
- ``clew.store.audit.verify`` over the ``n`` entries (entries per second);
- a signed-in request's session lookup (``session_info``) against a primary-key read of
  one row, the baseline of any authenticated request;
- Argon2id hash and verify at the production defaults (one sign-in) and at the test
  settings, so the cost of a sign-in is on record.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, Text, insert, select

from clew.settings import Settings
from clew.store import Store
from clew.store.accounts import create_session, create_user, hasher, session_info
from clew.store.audit import record, verify
from clew.web.principal import Principal

ACTOR = Principal(kind="user", id=1, name="bench", role="analyst")


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="clew-bench-audit-"))
    url = args.database_url or f"sqlite:///{tmp / 'clew.db'}"
    store = Store(url)
    store.migrate()

    plain_meta = MetaData()
    plain = Table(
        "bench_plain_log",
        plain_meta,
        Column("id", Integer, primary_key=True),
        Column("at", DateTime(timezone=True)),
        Column("actor_name", Text),
        Column("action", String(32)),
        Column("target", Text),
        Column("detail", Text),
    )
    plain_meta.drop_all(store.engine)
    plain_meta.create_all(store.engine)

    chained: list[float] = []
    baseline: list[float] = []
    for i in range(args.n):
        started = time.perf_counter()
        with store.engine.begin() as conn:
            conn.execute(
                insert(plain).values(
                    at=datetime.now(UTC), actor_name="bench", action="view", target=f"document:{i}", detail="{}"
                )
            )
        baseline.append(time.perf_counter() - started)
        started = time.perf_counter()
        record(store, ACTOR, "view", f"document:{i}")
        chained.append(time.perf_counter() - started)

    started = time.perf_counter()
    result = verify(store)
    verify_seconds = time.perf_counter() - started
    assert result.ok

    settings = Settings(workspace=tmp, argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1)
    user, _ = create_user(store, settings, name="bench", role="analyst", actor=None, password="a long sign-in secret")
    token, _ = create_session(store, settings, user_id=user["id"])
    lookups: list[float] = []
    reads: list[float] = []
    for _ in range(args.n):
        started = time.perf_counter()
        assert session_info(store, settings, token) is not None
        lookups.append(time.perf_counter() - started)
        started = time.perf_counter()
        with store.engine.connect() as conn:
            conn.execute(select(plain).where(plain.c.id == 1)).first()
        reads.append(time.perf_counter() - started)

    argon: dict[str, Any] = {}
    for label, cfg in (("production_defaults", Settings(workspace=tmp)), ("tests", settings)):
        ph = hasher(cfg)
        started = time.perf_counter()
        digest = ph.hash("a sign-in password")
        hashed = time.perf_counter() - started
        started = time.perf_counter()
        ph.verify(digest, "a sign-in password")
        argon[label] = {
            "memory_kib": cfg.argon2_memory_kib,
            "time_cost": cfg.argon2_time_cost,
            "parallelism": cfg.argon2_parallelism,
            "hash_ms": round(hashed * 1000, 1),
            "verify_ms": round((time.perf_counter() - started) * 1000, 1),
        }

    chained_p = _percentiles(chained)
    baseline_p = _percentiles(baseline)
    lookup_p = _percentiles(lookups)
    read_p = _percentiles(reads)
    print(
        json.dumps(
            {
                "database": store.dialect,
                "entries": args.n,
                "audit_record": chained_p,
                "baseline_unchained_insert": baseline_p,
                "audit_record_vs_baseline_p50": round(chained_p["p50_ms"] / max(baseline_p["p50_ms"], 1e-6), 2),
                "verify_entries_per_s": round(result.checked / verify_seconds),
                "session_lookup": lookup_p,
                "baseline_primary_key_read": read_p,
                "session_lookup_vs_baseline_p50": round(lookup_p["p50_ms"] / max(read_p["p50_ms"], 1e-6), 2),
                "argon2id": argon,
            },
            indent=2,
        )
    )
    store.close()


if __name__ == "__main__":
    main()
