from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import jsonschema
import pytest
from fastapi.testclient import TestClient
from web_support import PASSWORD, csrf_from, sign_in

from clew.ingest import read
from clew.pipeline import Pipeline
from clew.settings import Settings
from clew.store import Store
from clew.store.accounts import create_user
from clew.store.repository import ingest, process

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def client(settings: Settings, store: Store, tmp_path: Path) -> TestClient:
    from clew.web.app import create_app

    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps(
            {
                "id": "a1",
                "text": "Ask for daddy, call 213-555-0127",
                "country": "US",
                "posted_at": "2026-03-01T10:00:00+02:00",
            }
        )
        + "\n"
        + json.dumps({"id": "c1", "text": "Bicycle for sale, barely used", "country": "US"})
        + "\n",
        encoding="utf-8",
    )
    ingest(store, read(src, "jsonl"), source=str(src), fmt="jsonl")
    pipeline = Pipeline()
    process(store, version=pipeline.version, analyze=lambda ds: map(pipeline.analyze, ds))
    create_user(store, settings, name="ana", role="analyst", actor=None, password=PASSWORD)
    client = TestClient(create_app(settings, store=store))
    sign_in(client, "ana")
    return client


def test_health_and_index(client: TestClient) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["database"] == "ok"
    index = client.get("/").json()
    assert "POST /api/v1/analyze" in index["routes"] and index["openapi"] == "/openapi.json"
    assert client.get("/", headers={"accept": "text/html"}, follow_redirects=False).headers["location"] == "/dashboard"


def test_api_needs_a_signed_in_caller(client: TestClient) -> None:
    anonymous = TestClient(client.app)
    resp = anonymous.get("/api/v1/documents")
    assert resp.status_code == 401 and resp.headers["content-type"].startswith("application/problem+json")
    assert anonymous.get("/healthz").status_code == 200
    resp = anonymous.get("/api/v1/documents", headers={"Authorization": "Bearer not-a-token"})
    assert resp.status_code == 401


def test_analyze_returns_the_contract_record(client: TestClient) -> None:
    schema = json.loads((ROOT / "schemas" / "analysis.schema.json").read_text())
    resp = client.post("/api/v1/analyze", json={"id": "x", "text": "call 213-555-0127", "country": "US"})
    assert resp.status_code == 200
    jsonschema.validate(resp.json(), schema)
    assert resp.json()["entities"][0]["value"] == "+12135550127"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "no id"}, "body.id"),
        ({"id": "x"}, "body.text"),
        ({"id": "x", "text": "t", "country": "USA"}, "body.country"),
    ],
)
def test_invalid_documents_get_a_problem_naming_the_field(client: TestClient, body: dict, field: str) -> None:
    resp = client.post("/api/v1/analyze", json=body)
    assert resp.status_code == 422
    assert resp.headers["content-type"].startswith("application/problem+json")
    assert field in [e["field"] for e in resp.json()["errors"]]


def test_too_long_text_is_413(settings: Settings, store: Store) -> None:
    from clew.web.app import create_app

    small = settings.model_copy(update={"max_document_chars": 100})
    create_user(store, settings, name="ana", role="analyst", actor=None, password=PASSWORD)
    small_client = TestClient(create_app(small, store=store))
    sign_in(small_client, "ana")
    resp = small_client.post("/api/v1/analyze", json={"id": "x", "text": "a" * 101})
    assert resp.status_code == 413 and resp.json()["field"] == "text"


def test_search_and_read_documents(client: TestClient) -> None:
    page = client.get("/api/v1/documents", params={"q": "daddy"}).json()
    assert page["total"] == 1 and page["items"][0]["id"] == "a1"
    page = client.get("/api/v1/documents", params={"typology": "sexual_exploitation"}).json()
    assert [i["id"] for i in page["items"]] == ["a1"]
    doc = client.get("/api/v1/documents/a1").json()
    assert doc["analysis"]["typologies"]["sexual_exploitation"]["level"] == "medium"
    assert doc["provenance"][0]["position"] == "line 1"
    assert doc["document"]["posted_at"] == "2026-03-01T08:00:00Z"  # stored and shown in UTC
    assert page["items"][0]["posted_at"] == "2026-03-01T08:00:00Z"
    missing = client.get("/api/v1/documents/nope")
    assert missing.status_code == 404 and missing.json()["status"] == 404
    bad = client.get("/api/v1/documents", params={"typology": "nope"})
    assert bad.status_code == 400 and bad.json()["field"] == "typology"
    assert client.get("/api/v1/stats").json()["documents"] == 2


def test_openapi_describes_every_route_and_no_cdn_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/healthz", "/api/v1/analyze", "/api/v1/documents", "/api/v1/documents/{doc_id}"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from a CDN


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_clew_serve_answers_over_http(settings: Settings, store: Store) -> None:
    create_user(store, settings, name="ana", role="analyst", actor=None, password=PASSWORD)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "clew.cli", "--workspace", str(settings.workspace), "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120  # start-up imports the whole pipeline; CI machines are shared
        while True:
            try:
                resp = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None:
                    errors = proc.stderr.read().decode() if proc.stderr else ""
                    pytest.fail(f"clew serve exited {proc.returncode}: {errors}")
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert resp.json()["database"] == "ok"
        base = f"http://127.0.0.1:{port}"
        resp = httpx.post(f"{base}/api/v1/analyze", json={"id": "x", "text": "hi"}, timeout=10)
        assert resp.status_code == 401  # the API needs a signed-in caller
        with httpx.Client(base_url=base, timeout=10) as http:
            form = http.get("/login")
            assert "HttpOnly" in form.headers["set-cookie"]
            resp = http.post(
                "/login", data={"name": "ana", "password": PASSWORD, "csrf_token": csrf_from(form.text), "next": "/"}
            )
            assert resp.status_code == 303 and "HttpOnly" in resp.headers["set-cookie"]
            assert "samesite=lax" in resp.headers["set-cookie"].lower()
            csrf = csrf_from(http.get("/account/password").text)
            resp = http.post("/api/v1/analyze", json={"id": "x", "text": "hi"})
            assert resp.status_code == 403  # the cookie alone does not do: no CSRF token
            resp = http.post("/api/v1/analyze", json={"id": "x", "text": "hi"}, headers={"X-CSRF-Token": csrf})
            assert resp.status_code == 200 and resp.json()["id"] == "x"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
