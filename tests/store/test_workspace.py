"""Accounts, audit chain, cases with evidence export, watchlists and retention — on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from clew.errors import InputError, NotFoundError
from clew.identifiers import linking_types
from clew.ingest import read
from clew.pipeline import Pipeline
from clew.settings import Settings
from clew.store import Store, accounts, audit, cases, retention, watchlists
from clew.store.repository import get_document, ingest, process, rebuild_networks
from clew.store.schema import alerts, audit_log, documents, users
from clew.web.principal import Principal

ANALYST = Principal(kind="user", id=1, name="ana", role="analyst")

DOCS = [
    {"id": "a1", "text": "Sweet Lily, ask for daddy. Call 213-555-0127", "country": "US"},
    {"id": "a2", "text": "Rose here, new girls every week, call 213-555-0127", "country": "US"},
    {"id": "c1", "text": "Used sedan for sale, 2014, low mileage, call 310-555-0144", "country": "US"},
    {"id": "c2", "text": "Piso en alquiler cerca del centro <script>alert(1)</script>", "country": "ES"},
]


def fast(settings: Settings) -> Settings:
    return settings.model_copy(update={"argon2_time_cost": 1, "argon2_memory_kib": 64, "argon2_parallelism": 1})


def load(store: Store, path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ingest(store, read(path, "jsonl"), source=str(path), fmt="jsonl")


def analyse(store: Store) -> None:
    pipeline = Pipeline()
    process(store, version=pipeline.version, analyze=lambda docs: map(pipeline.analyze, docs))
    rebuild_networks(store, link_types=linking_types())


@pytest.fixture
def loaded(store: Store, tmp_path: Path) -> Store:
    load(store, tmp_path / "in.jsonl", DOCS)
    analyse(store)
    return store


# --------------------------------------------------------------------------- audit


def test_audit_chain_verifies_and_names_an_edited_row(store: Store) -> None:
    for i in range(5):
        audit.record(store, ANALYST, "view", f"document:d{i}", {"i": i})
    result = audit.verify(store)
    assert result.ok and result.checked == 5
    with store.engine.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.id == 3).values(target="document:other"))
    result = audit.verify(store)
    assert not result.ok and result.first_bad_id == 3
    assert "audit row 3" in result.problems[0] and "changed" in result.problems[0]


def test_audit_detects_deleted_rows_in_the_middle_and_at_the_end(store: Store) -> None:
    for i in range(6):
        audit.record(store, None, "search", "documents", {"q": f"q{i}"})
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 2"))
    result = audit.verify(store)
    assert not result.ok and result.first_bad_id == 3
    assert any("rows 2..2 are missing" in p for p in result.problems)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id >= 5"))
    assert any("removed from the end" in p for p in audit.verify(store).problems)


def test_audit_rewritten_row_with_recomputed_hash_still_breaks_the_chain(store: Store) -> None:
    for i in range(3):
        audit.record(store, ANALYST, "view", f"document:d{i}")
    with store.engine.connect() as conn:
        row = conn.execute(select(audit_log).where(audit_log.c.id == 2)).one()
    forged = audit.entry_hash(
        prev_hash=row.prev_hash,
        id=2,
        at=row.at,
        actor_kind=row.actor_kind,
        actor_id=row.actor_id,
        actor_name="someone-else",
        action=row.action,
        target=row.target,
        detail=row.detail,
    )
    with store.engine.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.id == 2).values(actor_name="someone-else", hash=forged))
    result = audit.verify(store)
    assert result.first_bad_id == 3 and "does not follow row 2" in result.problems[0]


def test_concurrent_writers_keep_one_chain(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def write(worker: int) -> None:
        for i in range(15):
            audit.record(store, ANALYST, "view", f"document:{worker}-{i}")

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(write, range(4)))
    result = audit.verify(store)
    assert result.ok and result.checked == 60


def test_audit_entries_filter_and_page(store: Store) -> None:
    audit.record(store, ANALYST, "view", "document:x")
    audit.record(store, ANALYST, "export", "case:1", {"files": 3})
    audit.record(store, None, "purge", "documents")
    total, rows = audit.entries(store, target="case:")
    assert total == 1 and rows[0]["action"] == "export" and rows[0]["detail"] == {"files": 3}
    total, rows = audit.entries(store, actor="ana")
    assert total == 2 and [r["action"] for r in rows] == ["export", "view"]
    assert audit.entries(store, action="purge")[1][0]["actor"] == "system"


# --------------------------------------------------------------------------- accounts


def test_users_passwords_lockout_and_sessions(store: Store, settings: Settings) -> None:
    settings = fast(settings).model_copy(update={"login_max_failures": 3})
    password = accounts.bootstrap_admin(store, settings)
    assert password and accounts.bootstrap_admin(store, settings) is None
    admin = accounts.get_user(store, "admin")
    assert admin["role"] == "admin" and admin["must_change_password"]
    with store.engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash).where(users.c.name == "admin")).scalar_one()
    assert stored.startswith("$argon2id$") and password not in stored

    user, given = accounts.create_user(
        store, settings, name="Ana", role="analyst", actor=None, password="long enough pw 1"
    )
    assert user["name"] == "ana" and not user["must_change_password"] and given == "long enough pw 1"
    with pytest.raises(InputError, match="at least 12"):
        accounts.create_user(store, settings, name="bob", role="viewer", actor=None, password="short")
    with pytest.raises(InputError, match="exists already"):
        accounts.create_user(store, settings, name="ana", role="viewer", actor=None)
    with pytest.raises(InputError, match="unknown role"):
        accounts.create_user(store, settings, name="carl", role="root", actor=None)

    assert accounts.authenticate(store, settings, name="ANA", password="long enough pw 1").name == "ana"
    for _ in range(3):
        with pytest.raises(accounts.LoginError):
            accounts.authenticate(store, settings, name="ana", password="wrong password!")
    assert accounts.get_user(store, "ana")["locked"]
    with pytest.raises(accounts.LoginError):  # locked: even the right password is refused
        accounts.authenticate(store, settings, name="ana", password="long enough pw 1")
    with pytest.raises(accounts.LoginError) as unknown:
        accounts.authenticate(store, settings, name="nobody", password="x")
    assert "locked" in str(unknown.value)  # the same message whatever the reason

    one_time = accounts.reset_password(store, settings, name="ana", actor=None)
    assert not accounts.get_user(store, "ana")["locked"]
    principal = accounts.authenticate(store, settings, name="ana", password=one_time)
    token, csrf = accounts.create_session(store, settings, user_id=principal.id)
    info = accounts.session_info(store, settings, token)
    assert info and info.principal.name == "ana" and info.csrf_token == csrf and info.must_change_password
    accounts.change_password(
        store, settings, user_id=principal.id, current=one_time, new="a brand new secret", keep_session=token
    )
    info = accounts.session_info(store, settings, token)
    assert info and not info.must_change_password

    accounts.set_disabled(store, name="ana", disabled=True, actor=None)
    assert accounts.session_info(store, settings, token) is None  # disabling ends the session
    with pytest.raises(accounts.LoginError):
        accounts.authenticate(store, settings, name="ana", password="a brand new secret")
    actions = [e["action"] for e in audit.entries(store, target="user:ana", limit=100)[1]]
    assert {"create", "login", "login_failed", "reset_password", "change_password", "disable"} <= set(actions)
    assert audit.verify(store).ok


def test_idle_session_expires(store: Store, settings: Settings) -> None:
    settings = fast(settings)
    user, _ = accounts.create_user(store, settings, name="vic", role="viewer", actor=None)
    token, _ = accounts.create_session(store, settings, user_id=user["id"])
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE sessions SET last_seen_at = :t").bindparams(t=datetime.now(UTC) - timedelta(hours=5)))
    assert accounts.session_info(store, settings, token) is None
    assert accounts.session_info(store, settings, "not-a-token") is None


# --------------------------------------------------------------------------- cases


def test_case_life_and_evidence_export(loaded: Store, settings: Settings) -> None:
    store = loaded
    accounts.create_user(store, fast(settings), name="sam", role="supervisor", actor=None)
    case = cases.create_case(store, title="  Ring on  the coast ", description="Lily & Rose", actor=ANALYST)
    assert case["title"] == "Ring on the coast" and case["status"] == "open"
    network = get_document(store, doc_id="a1")["network"]["id"]
    assert cases.add_item(store, case["id"], kind="document", ref="c2", actor=ANALYST)["added"]
    assert cases.add_item(store, case["id"], kind="network", ref=network, actor=ANALYST)["added"]
    assert not cases.add_item(store, case["id"], kind="document", ref="c2", actor=ANALYST)["added"]
    with pytest.raises(InputError, match="no document"):
        cases.add_item(store, case["id"], kind="document", ref="missing", actor=ANALYST)
    with pytest.raises(InputError, match="no network"):
        cases.add_item(store, case["id"], kind="network", ref="nope", actor=ANALYST)
    cases.add_note(store, case["id"], body="Same phone in both ads.", actor=ANALYST)
    updated = cases.update_case(store, case["id"], status="in_review", assignee="sam", actor=ANALYST)
    assert updated["status"] == "in_review" and updated["assignee"] == "sam"
    with pytest.raises(InputError, match="status"):
        cases.update_case(store, case["id"], status="done", actor=ANALYST)
    with pytest.raises(NotFoundError):
        cases.get_case(store, 999)
    assert cases.cases_holding(store, kind="document", ref="c2")[0]["id"] == case["id"]

    data = cases.export_bytes(store, case["id"], actor=ANALYST, extra_files={"report.html": b"<html></html>"})
    zf = zipfile.ZipFile(io.BytesIO(data))
    names = set(zf.namelist())
    assert {"documents/a1.txt", "documents/a2.txt", "documents/c2.txt", "analyses/a1.json", "case.json"} <= names
    assert {"custody.jsonl", "manifest.json", "MANIFEST.sha256", "report.html"} <= names
    assert zf.read("documents/c2.txt").decode() == DOCS[3]["text"]  # as captured, byte for byte
    captured = json.loads(zf.read("documents/a1.json"))
    assert captured["provenance"][0]["raw_sha256"] and captured["content_sha256"]
    analysis = json.loads(zf.read("analyses/a1.json"))
    assert analysis["analysis"]["typologies"]["sexual_exploitation"]["level"] in ("medium", "high")
    net = json.loads(zf.read(f"networks/{network}.json"))
    assert net["documents"] == ["a1", "a2"] and net["links"][0]["value"] == "+12135550127"
    for line in zf.read("MANIFEST.sha256").decode().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256(zf.read(name)).hexdigest() == digest
    assert cases.verify_zip(io.BytesIO(data)) == []
    custody = [json.loads(line) for line in zf.read("custody.jsonl").decode().splitlines()]
    assert [c["action"] for c in custody] == ["create", "add_item", "add_item", "note", "update", "export"]

    tampered = io.BytesIO()
    with zipfile.ZipFile(tampered, "w") as out:
        for name in zf.namelist():
            out.writestr(name, b"changed" if name == "documents/c2.txt" else zf.read(name))
    assert cases.verify_zip(io.BytesIO(tampered.getvalue())) == ["documents/c2.txt: SHA-256 differs from the manifest"]

    item = cases.get_case(store, case["id"])["items"][0]
    cases.remove_item(store, case["id"], item["id"], actor=ANALYST)
    assert [i["kind"] for i in cases.get_case(store, case["id"])["items"]] == ["network"]
    assert audit.verify(store).ok


def test_unsafe_ids_become_safe_distinct_file_names() -> None:
    used: set[str] = set()
    names = [cases._safe_name(i, used) for i in ("a1", "../etc/passwd", "A1", "x y")]
    assert names[0] == "a1" and "/" not in names[1] and not names[1].startswith(".")
    assert len({n.lower() for n in names}) == 4


# --------------------------------------------------------------------------- watchlists


def test_watchlists_raise_alerts_once_on_new_matches(store: Store, tmp_path: Path) -> None:
    phone = watchlists.create_watch(
        store, name="Lily phone", kind="identifier", value="phone:(213) 555-0127", actor=ANALYST
    )
    assert phone["value"] == "phone:+12135550127"  # read as an ad would be
    watchlists.create_watch(store, name="sedans", kind="query", value='"used sedan"', actor=ANALYST)
    watchlists.create_watch(store, name="SE", kind="indicator", value="sexual_exploitation", actor=ANALYST)
    with pytest.raises(InputError, match="watched already"):
        watchlists.create_watch(store, name="", kind="identifier", value="phone:+12135550127", actor=ANALYST)
    with pytest.raises(InputError, match="unknown identifier type"):
        watchlists.create_watch(store, name="", kind="identifier", value="fax:123", actor=ANALYST)
    with pytest.raises(InputError, match="indicator id"):
        watchlists.create_watch(store, name="", kind="indicator", value="Nope!", actor=ANALYST)

    started = datetime.now(UTC)
    load(store, tmp_path / "in.jsonl", DOCS)
    analyse(store)
    assert watchlists.raise_alerts(store, since=started) >= 4
    _, rows = watchlists.list_alerts(store)
    by_watch: dict[str, set[str]] = {}
    for row in rows:
        by_watch.setdefault(row["watch"]["name"], set()).add(row["document"]["id"])
    assert by_watch["Lily phone"] == {"a1", "a2"} and by_watch["sedans"] == {"c1"}
    assert "a1" in by_watch["SE"] and "c1" not in by_watch["SE"]
    assert watchlists.raise_alerts(store, since=started) == 0  # the same matches never alert twice

    watchlists.acknowledge(store, rows[0]["id"], actor=ANALYST)
    assert watchlists.list_alerts(store, status="acknowledged")[0] == 1
    listed = {w["name"]: w for w in watchlists.list_watches(store)}
    assert listed["Lily phone"]["alerts"] == 2 and listed["sedans"]["new_alerts"] in (0, 1)
    watchlists.set_active(store, phone["id"], active=False, actor=ANALYST)
    load(store, tmp_path / "more.jsonl", [{"id": "a3", "text": "Lily again 213-555-0127", "country": "US"}])
    again = datetime.now(UTC)
    analyse(store)
    watchlists.raise_alerts(store, since=again)
    assert watchlists.list_alerts(store, watch_id=phone["id"])[0] == 2  # inactive: no new alert
    assert watchlists.count_matches(store, phone["id"]) == 3


# --------------------------------------------------------------------------- retention


def test_purge_keeps_documents_in_cases_and_is_audited(loaded: Store) -> None:
    store = loaded
    case = cases.create_case(store, title="keep", actor=ANALYST)
    cases.add_item(store, case["id"], kind="document", ref="c1", actor=ANALYST)
    network = get_document(store, doc_id="a1")["network"]["id"]
    cases.add_item(store, case["id"], kind="network", ref=network, actor=ANALYST)
    watchlists.create_watch(store, name="x", kind="query", value="piso", actor=ANALYST)
    with store.engine.connect() as conn:
        c2 = conn.execute(select(documents.c.pk).where(documents.c.doc_id == "c2")).scalar_one()
    watchlists.raise_alerts(store, document_pks=[c2])
    now = datetime.now(UTC)
    assert retention.purge(store, days=30, actor=None, now=now)["purged"] == 0  # everything is new
    later = now + timedelta(days=31)
    dry = retention.purge(store, days=30, actor=None, now=later, dry_run=True)
    assert dry == {**dry, "purged": 1, "kept_in_cases": 3}
    result = retention.purge(store, days=30, actor=None, now=later)
    assert result["purged"] == 1
    with store.engine.connect() as conn:
        left = {r[0] for r in conn.execute(select(documents.c.doc_id))}
        assert conn.execute(select(alerts)).first() is None  # the alert went with its document
    assert left == {"a1", "a2", "c1"}
    entry = audit.entries(store, action="purge")[1][0]
    assert entry["detail"]["first_ids"] == ["c2"] and entry["detail"]["purged"] == 1
    assert retention.purge(store, days=0, actor=None, now=later)["disabled"]
