"""Sign-in, cases, watchlists, alerts and the audit log through the HTTP app (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from web_support import PASSWORD, csrf_from, sign_in

from clew.identifiers import linking_types
from clew.ingest import read
from clew.pipeline import Pipeline
from clew.settings import Settings
from clew.store import Store
from clew.store.accounts import create_user
from clew.store.cases import verify_zip
from clew.store.repository import get_document, ingest, process, rebuild_networks
from clew.store.schema import audit_log

HOSTILE = "<script>window.pwned=1</script><img src=x onerror=alert(1)>"
DOCS = [
    {"id": "w1", "text": "Sweet Lily, ask for daddy. Call 213-555-0127", "country": "US"},
    {"id": "w2", "text": "Rose here, new girls every week, call 213-555-0127", "country": "US"},
    {"id": "w3", "text": f"Bicycle for sale {HOSTILE}", "title": HOSTILE, "country": "US"},
]


@pytest.fixture
def loaded(store: Store, settings: Settings, tmp_path: Path) -> Store:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    ingest(store, read(src, "jsonl"), source=str(src), fmt="jsonl")
    pipeline = Pipeline(settings)
    process(store, version=pipeline.version, analyze=lambda ds: map(pipeline.analyze, ds))
    rebuild_networks(store, link_types=linking_types())
    return store


def _app_client(settings: Settings, store: Store) -> TestClient:
    from clew.web.app import create_app

    return TestClient(create_app(settings, store=store), follow_redirects=False)


# --------------------------------------------------------------------------- sign-in


def test_login_failures_lock_the_account_and_say_nothing_specific(settings: Settings, store: Store) -> None:
    settings = settings.model_copy(update={"login_max_failures": 3})
    create_user(store, settings, name="ana", role="analyst", actor=None, password=PASSWORD)
    client = _app_client(settings, store)
    form = client.get("/login")
    assert form.status_code == 200 and 'autocomplete="current-password"' in form.text
    token = csrf_from(form.text)
    answers = []
    for name, password in (("ana", "wrong"), ("nobody", PASSWORD), ("ana", "wrong"), ("ana", "wrong")):
        resp = client.post("/login", data={"name": name, "password": password, "csrf_token": token})
        assert resp.status_code == 401 and "clew_session" not in resp.headers.get("set-cookie", "")
        answers.append(resp.text.split('<main id="main"')[1])
    assert len(set(answers)) <= 2  # the same message for an unknown name and a wrong password
    resp = client.post("/login", data={"name": "ana", "password": PASSWORD, "csrf_token": token})
    assert resp.status_code == 401  # locked now, even with the right password
    resp = client.post("/login", data={"name": "ana", "password": PASSWORD, "csrf_token": "forged"})
    assert resp.status_code == 403  # login CSRF: the form token must match the cookie


def test_one_time_password_must_be_changed_first(settings: Settings, store: Store) -> None:
    _, one_time = create_user(store, settings, name="new.user", role="analyst", actor=None)
    client = _app_client(settings, store)
    token = csrf_from(client.get("/login").text)
    resp = client.post("/login", data={"name": "new.user", "password": one_time, "csrf_token": token, "next": "/cases"})
    assert resp.status_code == 303 and resp.headers["location"] == "/account/password"
    assert client.get("/cases").headers["location"] == "/account/password"
    assert client.get("/api/v1/cases").status_code == 403
    page = client.get("/account/password")
    assert "one-time password" in page.text
    csrf = csrf_from(page.text)
    bad = client.post(
        "/account/password",
        data={"csrf_token": csrf, "current_password": one_time, "new_password": "short", "repeat_password": "short"},
    )
    assert bad.status_code == 400 and "at least 12" in bad.text
    new = "my own long passphrase"
    resp = client.post(
        "/account/password",
        data={"csrf_token": csrf, "current_password": one_time, "new_password": new, "repeat_password": new},
    )
    assert resp.status_code == 303
    assert client.get("/cases").status_code == 200
    assert client.get("/api/v1/me").json() == {"kind": "user", "name": "new.user", "role": "analyst", "scopes": []}


def test_logout_ends_the_session_on_the_server(settings: Settings, store: Store) -> None:
    create_user(store, settings, name="ana", role="analyst", actor=None, password=PASSWORD)
    client = _app_client(settings, store)
    sign_in(client, "ana")
    cookie = client.cookies.get("clew_session")
    assert client.get("/api/v1/me").status_code == 200
    style = client.get("/static/workspace.css")  # a static file needs no session and must not end it
    assert style.status_code == 200 and "set-cookie" not in style.headers
    assert client.get("/api/v1/me").status_code == 200
    resp = client.post("/logout")
    assert resp.status_code == 303 and resp.headers["location"] == "/login"
    replay = _app_client(settings, store)
    replay.cookies.set("clew_session", cookie or "")
    assert replay.get("/api/v1/me").status_code == 401  # the old cookie is dead, not just forgotten


def test_security_headers_and_no_secret_in_urls(settings: Settings, store: Store) -> None:
    client = _app_client(settings, store)
    page = client.get("/login")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    api = client.get("/api/v1/me")
    assert api.headers["x-content-type-options"] == "nosniff" and api.headers["x-frame-options"] == "DENY"
    assert client.get("/login?next=//evil.example.com/x").status_code == 200
    create_user(store, settings, name="ana", role="analyst", actor=None, password=PASSWORD)
    token = csrf_from(client.get("/login").text)
    resp = client.post(
        "/login", data={"name": "ana", "password": PASSWORD, "csrf_token": token, "next": "//evil.example.com/x"}
    )
    assert resp.headers["location"] == "/"  # no open redirect


# --------------------------------------------------------------------------- cases


def test_case_work_in_the_browser_pages(
    loaded: Store, session_client: Callable[[str | None], TestClient], settings: Settings
) -> None:
    analyst = session_client("analyst")
    csrf = analyst.headers["X-CSRF-Token"]
    resp = analyst.post("/cases", data={"csrf_token": csrf, "title": "Lily ring", "description": HOSTILE})
    assert resp.status_code == 303
    case_url = resp.headers["location"]
    case_id = int(case_url.rsplit("/", 1)[1])
    network = get_document(loaded, doc_id="w1")["network"]["id"]
    for kind, ref in (("document", "w3"), ("network", network)):
        resp = analyst.post(f"{case_url}/items", data={"csrf_token": csrf, "kind": kind, "ref": ref})
        assert resp.status_code == 303
    resp = analyst.post(f"{case_url}/items", data={"csrf_token": csrf, "kind": "document", "ref": "nope"})
    assert resp.status_code == 400 and "no document with id" in resp.text
    analyst.post(f"{case_url}/notes", data={"csrf_token": csrf, "body": f"Check this {HOSTILE}"})
    page = analyst.get(case_url)
    assert page.status_code == 200 and "Lily ring" in page.text
    assert HOSTILE not in page.text and "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page.text
    assert 'href="/documents/w3"' in page.text and f'href="/networks/{network}"' in page.text

    # closing and assigning are a supervisor's
    resp = analyst.post(f"{case_url}/update", data={"csrf_token": csrf, "status": "closed"})
    assert resp.status_code == 403
    supervisor = session_client("supervisor")
    resp = supervisor.patch(f"/api/v1/cases/{case_id}", json={"status": "closed", "assignee": "ana"})
    assert resp.status_code == 200 and resp.json()["status"] == "closed" and resp.json()["assignee"] == "ana"

    report = analyst.get(f"{case_url}/report")
    assert report.status_code == 200 and "leads for a person to review" in report.text
    assert HOSTILE not in report.text and "/static/case-report.css" in report.text
    assert "Sweet Lily, ask for daddy" in report.text  # a network member's text as captured

    viewer = session_client("viewer")
    assert viewer.get(case_url).status_code == 200
    assert viewer.get(f"{case_url}/export").status_code == 403
    export = analyst.get(f"{case_url}/export")
    assert export.status_code == 200 and export.headers["content-type"] == "application/zip"
    assert "attachment" in export.headers["content-disposition"]
    assert verify_zip(io.BytesIO(export.content)) == []
    zf = zipfile.ZipFile(io.BytesIO(export.content))
    assert {"report.html", "report.css", "documents/w1.txt", "documents/w3.txt"} <= set(zf.namelist())
    assert zf.read("documents/w3.txt").decode() == DOCS[2]["text"]
    custody = [json.loads(line) for line in zf.read("custody.jsonl").decode().splitlines()]
    assert custody[-1]["action"] == "export" and custody[-1]["actor"] == "ana"
    assert {"create", "add_item", "note", "update"} <= {c["action"] for c in custody}


def test_cases_api(loaded: Store, session_client: Callable[[str | None], TestClient]) -> None:
    analyst = session_client("analyst")
    created = analyst.post("/api/v1/cases", json={"title": "API case"}).json()
    assert analyst.post("/api/v1/cases", json={"title": "x", "assignee": "sue"}).status_code == 403
    item = analyst.post(f"/api/v1/cases/{created['id']}/items", json={"kind": "document", "ref": "w1"})
    assert item.status_code == 201 and item.json()["added"]
    bad = analyst.post(f"/api/v1/cases/{created['id']}/items", json={"kind": "photo", "ref": "w1"})
    assert bad.status_code == 400 and bad.json()["field"] == "kind"
    assert analyst.post(f"/api/v1/cases/{created['id']}/notes", json={"body": "  "}).status_code == 400
    got = analyst.get(f"/api/v1/cases/{created['id']}").json()
    assert [i["ref"] for i in got["items"]] == ["w1"]
    assert analyst.delete(f"/api/v1/cases/{created['id']}/items/{got['items'][0]['id']}").status_code == 204
    assert analyst.get("/api/v1/cases/999").status_code == 404
    zipped = analyst.get(f"/api/v1/cases/{created['id']}/export")
    assert zipped.status_code == 200 and verify_zip(io.BytesIO(zipped.content)) == []


# --------------------------------------------------------------------------- watchlists and alerts


def test_watchlists_and_alerts(
    store: Store, session_client: Callable[[str | None], TestClient], settings: Settings, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from clew.store.watchlists import raise_alerts

    analyst = session_client("analyst")
    resp = analyst.post(
        "/api/v1/watchlists", json={"name": "Lily", "kind": "identifier", "value": "phone:213-555-0127"}
    )
    assert resp.status_code == 201 and resp.json()["value"] == "phone:+12135550127"
    resp = analyst.post("/api/v1/watchlists", json={"kind": "query", "value": '"unbalanced'})
    assert resp.status_code in (201, 400)
    page = analyst.post(
        "/watchlists", data={"csrf_token": analyst.headers["X-CSRF-Token"], "kind": "identifier", "value": "fax:1"}
    )
    assert page.status_code == 400 and "unknown identifier type" in page.text
    started = datetime.now(UTC)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    ingest(store, read(src, "jsonl"), source=str(src), fmt="jsonl")
    pipeline = Pipeline(settings)
    process(store, version=pipeline.version, analyze=lambda ds: map(pipeline.analyze, ds))
    assert raise_alerts(store, since=started) >= 2

    viewer = session_client("viewer")
    alerts = viewer.get("/api/v1/alerts", params={"status": "new"}).json()
    assert {a["document"]["id"] for a in alerts["items"] if a["watch"]["name"] == "Lily"} == {"w1", "w2"}
    first = alerts["items"][0]["id"]
    assert viewer.post(f"/api/v1/alerts/{first}/acknowledge").status_code == 403
    assert analyst.post(f"/api/v1/alerts/{first}/acknowledge").status_code == 204
    page = viewer.get("/alerts")
    assert page.status_code == 200 and "acknowledged" in page.text and HOSTILE not in page.text
    listed = analyst.get("/watchlists")
    assert listed.status_code == 200 and "phone:+12135550127" in listed.text


# --------------------------------------------------------------------------- audit


def test_audit_page_for_auditors_shows_views_and_tampering(
    loaded: Store, session_client: Callable[[str | None], TestClient]
) -> None:
    viewer = session_client("viewer")
    assert viewer.get("/api/v1/documents/w1").status_code == 200
    assert viewer.get("/api/v1/documents", params={"q": "daddy"}).status_code == 200
    assert viewer.get("/audit").status_code == 403
    auditor = session_client("auditor")
    assert auditor.get("/api/v1/documents/w1").status_code == 403  # auditors read the log, not the ads
    entries = auditor.get("/api/v1/audit", params={"actor": "vic"}).json()["items"]
    assert [(e["action"], e["target"]) for e in entries][:2] == [("search", "documents"), ("view", "document:w1")]
    assert entries[0]["detail"]["q"] == "daddy"
    page = auditor.get("/audit", params={"verify": "true"})
    assert page.status_code == 200 and "The chain is intact" in page.text
    with loaded.engine.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.id == 2).values(actor_name="nobody"))
    verdict = auditor.get("/api/v1/audit/verify").json()
    assert not verdict["ok"] and verdict["first_bad_id"] == 2
    page = auditor.get("/audit", params={"verify": "true"})
    assert "The chain is broken from entry 2" in page.text


def test_bearer_tokens_reach_role_routes_without_csrf(
    loaded: Store, session_client: Callable[[str | None], TestClient]
) -> None:
    from clew.web.tokens import create_token, revoke_token

    reader = create_token(loaded, name="reader", scopes=["screen"])
    writer = create_token(loaded, name="writer", scopes=["referral"])
    anonymous = session_client(None)
    as_reader = {"Authorization": f"Bearer {reader.secret}"}
    resp = anonymous.get("/api/v1/documents/w1", headers=as_reader)
    assert resp.status_code == 200 and resp.json()["document"]["id"] == "w1"
    assert anonymous.get("/api/v1/me", headers=as_reader).json()["kind"] == "token"
    assert anonymous.post("/api/v1/cases", json={"title": "t"}, headers=as_reader).status_code == 403  # viewer role
    made = anonymous.post("/api/v1/cases", json={"title": "t"}, headers={"Authorization": f"Bearer {writer.secret}"})
    assert made.status_code == 201  # no CSRF token needed: a browser never sends this header by itself
    revoke_token(loaded, name="reader")
    assert anonymous.get("/api/v1/documents/w1", headers=as_reader).status_code == 401
    entry = session_client("auditor").get("/api/v1/audit", params={"target": "document:w1"}).json()["items"][0]
    assert entry["actor_kind"] == "token" and entry["actor"] == "reader"


def test_missing_things_get_a_plain_404_page_or_problem(session_client: Callable[[str | None], TestClient]) -> None:
    analyst = session_client("analyst")
    page = analyst.get("/cases/4242")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "no case 4242" in page.text and "Traceback" not in page.text
    api = analyst.get("/api/v1/cases/4242")
    assert api.status_code == 404 and api.headers["content-type"].startswith("application/problem+json")
    resp = analyst.post("/alerts/77/acknowledge", data={"csrf_token": analyst.headers["X-CSRF-Token"]})
    assert resp.status_code == 404 and "no alert 77" in resp.text


def test_add_to_case_form_from_another_page(loaded: Store, session_client: Callable[[str | None], TestClient]) -> None:
    from clew.web.cases import open_cases
    from clew.web.templating import env

    analyst = session_client("analyst")
    case_id = analyst.post("/api/v1/cases", json={"title": "Form case"}).json()["id"]
    closed = analyst.post("/api/v1/cases", json={"title": "Old case"}).json()["id"]
    session_client("supervisor").patch(f"/api/v1/cases/{closed}", json={"status": "closed"})
    choices = open_cases(loaded)
    assert [c["id"] for c in choices] == [case_id]
    html = env.from_string('{% from "_workspace.html" import add_to_case with context %}{{ add_to_case(k, r, c, b) }}')
    user = type("U", (), {"role": "analyst"})()
    form = html.render(k="document", r="w1", c=choices, b="/documents/w1", user=user, csrf_token="tok")
    assert 'action="/cases/add"' in form and f'value="{case_id}"' in form and 'value="tok"' in form
    assert html.render(k="document", r="w1", c=choices, b="/", user=type("U", (), {"role": "viewer"})()).strip() == ""
    resp = analyst.post(
        "/cases/add",
        data={
            "csrf_token": analyst.headers["X-CSRF-Token"],
            "case_id": case_id,
            "kind": "document",
            "ref": "w1",
            "back": "/documents/w1",
        },
    )
    assert resp.status_code == 303 and resp.headers["location"] == "/documents/w1"
    assert [i["ref"] for i in analyst.get(f"/api/v1/cases/{case_id}").json()["items"]] == ["w1"]


def test_admin_manages_users_in_the_page(
    store: Store, settings: Settings, session_client: Callable[[str | None], TestClient]
) -> None:
    admin = session_client("admin")
    csrf = admin.headers["X-CSRF-Token"]
    page = admin.post("/admin/users", data={"csrf_token": csrf, "name": "new.analyst", "role": "analyst"})
    assert page.status_code == 200 and 'id="one-time-password"' in page.text
    one_time = page.text.split('id="one-time-password">')[1].split("<")[0]
    assert len(one_time) >= 16
    fresh = _app_client(settings, store)
    token = csrf_from(fresh.get("/login").text)
    resp = fresh.post("/login", data={"name": "new.analyst", "password": one_time, "csrf_token": token})
    assert resp.headers["location"] == "/account/password"
    dup = admin.post("/admin/users", data={"csrf_token": csrf, "name": "new.analyst", "role": "viewer"})
    assert dup.status_code == 400 and "exists already" in dup.text
    assert admin.post("/admin/users/new.analyst/role", data={"csrf_token": csrf, "role": "viewer"}).status_code == 200
    assert admin.post("/admin/users/new.analyst/disable", data={"csrf_token": csrf}).status_code == 200
    assert fresh.get("/account/password").status_code == 303  # disabled: signed out at once
    own = admin.post("/admin/users/adam/disable", data={"csrf_token": csrf})
    assert own.status_code == 400 and "your own account" in own.text
    listed = {u["name"]: u for u in admin.get("/api/v1/users").json()}
    assert listed["new.analyst"]["disabled"] and listed["new.analyst"]["role"] == "viewer"
    reset = admin.post("/api/v1/users/new.analyst/reset").json()
    assert len(reset["one_time_password"]) >= 16


def test_session_cookie_is_secure_over_https(store: Store, settings: Settings) -> None:
    from clew.web.app import create_app

    create_user(store, settings, name="ana", role="analyst", actor=None, password=PASSWORD)
    client = TestClient(create_app(settings, store=store), base_url="https://clew.example.org", follow_redirects=False)
    token = csrf_from(client.get("/login").text)
    resp = client.post("/login", data={"name": "ana", "password": PASSWORD, "csrf_token": token})
    cookie = resp.headers["set-cookie"]
    assert "clew_session=" in cookie and "Secure" in cookie and "HttpOnly" in cookie
