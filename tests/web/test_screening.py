"""The screening API against a real `clew serve`: tokens, scopes, limits, bad input, matches."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from screening_support import Server, clew, new_token

from clew.sharing.banks import BANKS_TTL
from clew.web.tokens import PRINCIPAL_TTL

DOC = {"id": "u1", "text": "New girls every week, ask for daddy. Call 213-555-0127 or x@example.com", "country": "US"}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """A workspace with a group, a bank, a negative bank and tokens, served by `clew serve`."""
    ws = tmp_path_factory.mktemp("screen") / "ws"
    keyfile = ws.parent / "ring.key"
    clew(ws, "init")
    clew(ws, "group", "create", "ring", "--org", "Police A", "--key-file", str(keyfile))
    clew(ws, "bank", "create", "leads", "--group", "ring")
    clew(ws, "bank", "create", "known-fp", "--group", "ring", "--kind", "negative")
    clew(ws, "bank", "add", "leads", "phone", "+1 213 555 0127", "--opinion", "confirmed", "--tag", "se")
    clew(ws, "bank", "add", "leads", "email", "x@example.com")
    clew(ws, "bank", "add", "known-fp", "email", "x@example.com", "--opinion", "false_positive")
    tokens = {
        "screen": new_token(ws, "platform", "screen"),
        "reader": new_token(ws, "reader", "banks:read"),
        "writer": new_token(ws, "writer", "banks:write", "banks:read", "referral"),
        "slow": new_token(ws, "slow", "screen", rate=2),
        "doomed": new_token(ws, "doomed", "screen"),
    }
    server = Server(ws)
    try:
        yield {"ws": ws, "server": server, "tokens": tokens, "key": keyfile.read_text().strip()}
    finally:
        log = server.stop()
        assert keyfile.read_text().strip() not in log  # the sharing key never reaches the log


def test_token_create_prints_the_secret_last_and_list_never_shows_it(served: dict) -> None:
    out = clew(served["ws"], "token", "list", "--json").stdout
    rows = {r["name"]: r for r in json.loads(out)}
    assert set(served["tokens"]) - {"screen"} <= set(rows) and "platform" in rows
    for secret in served["tokens"].values():
        assert secret.startswith("clew_") and secret not in out
        assert secret[:12] in {r["prefix"] for r in rows.values()}
    assert "token_sha256" not in out


def test_screen_returns_the_analysis_and_bank_matches(served: dict) -> None:
    with served["server"].client(served["tokens"]["screen"]) as http:
        resp = http.post("/api/v1/screen", json=DOC)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["id"] == "u1" and set(body["typologies"]) >= {"sexual_exploitation", "sale_of_persons"}
    assert body["review"] is True and "never proof" in body["note"]
    statuses = {(m["bank"], m["type"], m["status"]) for m in body["matches"]}
    assert statuses == {
        ("leads", "phone", "match"),
        ("leads", "email", "suppressed"),
        ("known-fp", "email", "suppressed"),
    }
    phone = next(m for m in body["matches"] if m["type"] == "phone")
    assert DOC["text"][phone["entity"]["start"] : phone["entity"]["end"]] == "213-555-0127"
    assert phone["opinions"][0]["organisation"] == "Police A" and phone["tags"] == ["se"]


def test_batch_keeps_order_and_refuses_more_than_1000(served: dict) -> None:
    docs = [DOC | {"id": f"b{i}"} for i in range(3)] + [{"id": "clean", "text": "Sofa for sale, pick up only"}]
    with served["server"].client(served["tokens"]["screen"]) as http:
        resp = http.post("/api/v1/screen/batch", json={"documents": docs})
        assert resp.status_code == 200
        results = resp.json()["results"]
        assert [r["id"] for r in results] == ["b0", "b1", "b2", "clean"]
        assert results[3]["matches"] == [] and results[3]["review"] is False
        too_many = http.post(
            "/api/v1/screen/batch", json={"documents": [{"id": str(i), "text": "x"} for i in range(1001)]}
        )
        assert too_many.status_code == 422
        assert too_many.headers["content-type"].startswith("application/problem+json")
        assert "documents" in too_many.json()["detail"]
        empty = http.post("/api/v1/screen/batch", json={"documents": []})
        assert empty.status_code == 422


@pytest.mark.parametrize(
    ("content", "status", "field"),
    [
        (b'{"id": "a", "text": ', 422, None),
        (b'{"id": "a"}', 422, "body.text"),
        (b'{"id": "a", "text": 5}', 422, "body.text"),
        (b'{"id": "", "text": "x"}', 422, "body.id"),
        (b'{"id": "a", "text": "x", "country": "USA"}', 422, "body.country"),
        (b'{"id": "a", "text": "x", "pdq": ["zz"]}', 422, "body.pdq.0"),
        (b'["not", "an", "object"]', 422, None),
        (b'{"id": "a", "text": "\xff\xfe"}', 400, "body"),
    ],
)
def test_bad_input_is_a_4xx_problem(served: dict, content: bytes, status: int, field: str | None) -> None:
    with served["server"].client(served["tokens"]["screen"]) as http:
        resp = http.post("/api/v1/screen", content=content, headers={"content-type": "application/json"})
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    if field:
        body = resp.json()
        assert field in {e["field"] for e in body.get("errors", [])} | {body.get("field")}


def test_oversized_bodies_and_texts_are_413(served: dict) -> None:
    with served["server"].client(served["tokens"]["screen"]) as http:
        huge = http.post(
            "/api/v1/screen",
            content=b'{"id": "a", "text": "' + b"x" * (17 * 1024 * 1024) + b'"}',
            headers={"content-type": "application/json"},
        )
        assert huge.status_code == 413 and huge.json()["status"] == 413

        def chunks() -> Iterator[bytes]:  # no Content-Length: the limit still holds
            yield b'{"id": "a", "text": "'
            for _ in range(20):
                yield b"y" * (1024 * 1024)
            yield b'"}'

        streamed = http.post("/api/v1/screen", content=chunks(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413


def test_no_token_wrong_scope_and_revoked_token(served: dict) -> None:
    server, tokens = served["server"], served["tokens"]
    with server.client() as http:
        assert http.get("/healthz").status_code == 200  # public
        resp = http.post("/api/v1/screen", json=DOC)
        assert resp.status_code == 401 and resp.headers["www-authenticate"].startswith("Bearer")
        resp = http.post("/api/v1/screen", json=DOC, headers={"Authorization": "Bearer clew_not-a-real-token"})
        assert resp.status_code == 401
    with server.client(tokens["reader"]) as http:
        resp = http.post("/api/v1/screen", json=DOC)
        assert resp.status_code == 403 and "screen" in resp.json()["detail"]
        assert http.get("/api/v1/banks").status_code == 200
    with server.client(tokens["doomed"]) as http:
        assert http.post("/api/v1/screen", json=DOC).status_code == 200
        clew(served["ws"], "token", "revoke", "doomed")
        time.sleep(PRINCIPAL_TTL + 0.1)  # a server may accept a revoked token for PRINCIPAL_TTL seconds
        assert http.post("/api/v1/screen", json=DOC).status_code == 401
    assert clew(served["ws"], "token", "revoke", "doomed", check=False).returncode == 2


def test_rate_limit_answers_429_with_retry_after(served: dict) -> None:
    with served["server"].client(served["tokens"]["slow"]) as http:
        codes = [http.post("/api/v1/screen", json=DOC).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        resp = http.post("/api/v1/screen", json=DOC)
        assert resp.status_code == 429 and 1 <= int(resp.headers["retry-after"]) <= 30
        assert resp.headers["content-type"].startswith("application/problem+json")
    with served["server"].client(served["tokens"]["screen"]) as http:  # other tokens are not held back
        assert http.post("/api/v1/screen", json=DOC).status_code == 200


def test_bank_routes_read_hashes_add_withdraw_and_export(served: dict) -> None:
    with served["server"].client(served["tokens"]["writer"]) as http:
        banks = {b["name"]: b for b in http.get("/api/v1/banks").json()}
        assert banks["leads"]["signals"] == 2 and banks["known-fp"]["kind"] == "negative"
        page = http.get("/api/v1/banks/leads/signals").json()
        text = json.dumps(page)
        assert page["total"] == 2 and "+12135550127" not in text and "x@example.com" not in text
        added = http.post("/api/v1/banks/leads/signals", json={"type": "handle", "value": "instagram:lily_rose"})
        assert added.status_code == 201
        digest = added.json()["hash"]
        bad = http.post("/api/v1/banks/leads/signals", json={"type": "phone", "value": "no number"})
        assert bad.status_code == 400 and bad.json()["field"] == "value"
        assert http.get("/api/v1/banks/nope/signals").status_code == 404
        stix = http.get("/api/v1/banks/leads/export", params={"format": "stix"}).json()
        assert stix["type"] == "bundle" and sum(o["type"] == "indicator" for o in stix["objects"]) == 3
        csv_text = http.get("/api/v1/banks/leads/export", params={"format": "csv"}).text
        assert csv_text.startswith("bank,group_key_id,type,hash") and digest in csv_text
        assert http.delete(f"/api/v1/banks/leads/signals/handle/{digest}").status_code == 204
        assert http.delete(f"/api/v1/banks/leads/signals/handle/{digest}").status_code == 404
        for body in (stix, csv_text, page):
            assert served["key"] not in json.dumps(body)


def test_referral_package_over_http_in_json_and_html(served: dict) -> None:
    request = {
        "reporter": {"organisation": "Classifieds Example", "contact": "trust@example.com"},
        "legal_basis": "Voluntary disclosure (test)",
        "document": DOC,
    }
    with served["server"].client(served["tokens"]["writer"]) as http:
        package = http.post("/api/v1/referrals", json=request).json()
        assert package["format"] == "clew-referral" and package["documents"][0]["bank_matches"]
        html = http.post("/api/v1/referrals", params={"format": "html"}, json=request)
        assert html.headers["content-type"].startswith("text/html") and "Voluntary disclosure (test)" in html.text
        both = http.post("/api/v1/referrals", json=request | {"stored": "x"})
        assert both.status_code == 422
        missing = http.post(
            "/api/v1/referrals", json={k: v for k, v in request.items() if k != "document"} | {"network": "n"}
        )
        assert missing.status_code == 404
    with served["server"].client(served["tokens"]["screen"]) as http:
        assert http.post("/api/v1/referrals", json=request).status_code == 403


def test_openapi_documents_every_screening_route_with_examples(served: dict) -> None:
    spec = httpx.get(f"{served['server'].base}/openapi.json", timeout=10).json()
    ours = {
        ("post", "/api/v1/screen"),
        ("post", "/api/v1/screen/batch"),
        ("get", "/api/v1/banks"),
        ("get", "/api/v1/banks/{name}/signals"),
        ("post", "/api/v1/banks/{name}/signals"),
        ("delete", "/api/v1/banks/{name}/signals/{type}/{hash}"),
        ("post", "/api/v1/banks/{name}/release"),
        ("get", "/api/v1/banks/{name}/export"),
        ("get", "/api/v1/exchange/banks"),
        ("get", "/api/v1/exchange/banks/{name}/changes"),
        ("post", "/api/v1/referrals"),
    }
    for method, path in ours:
        op = spec["paths"][path][method]
        assert op.get("description"), (method, path)
        assert {"401", "403", "429"} <= set(op["responses"]), (method, path)
        if "requestBody" in op:
            assert op["requestBody"]["content"]["application/json"].get("examples"), (method, path)
    screen = spec["paths"]["/api/v1/screen"]["post"]
    assert "matches" in json.dumps(spec["components"]["schemas"]["ScreenResult"])
    assert screen["requestBody"]["content"]["application/json"]["examples"]["ad"]["value"]["id"] == "upload-4711"


def test_a_quarantined_bank_is_reported_and_released_by_the_cli(served: dict, tmp_path: Path) -> None:
    ws = served["ws"]
    clew(ws, "bank", "create", "tiny", "--group", "ring", "--flood-limit", "1")
    clew(ws, "bank", "add", "tiny", "phone", "+1 213 555 0199")
    time.sleep(BANKS_TTL + 0.1)  # the server reads the bank list at most every BANKS_TTL seconds
    doc = {"id": "f", "text": "call 213-555-0199"}
    with served["server"].client(served["tokens"]["screen"]) as http:
        first = http.post("/api/v1/screen", json=doc).json()["matches"][0]["status"]
        second = http.post("/api/v1/screen", json=doc).json()["matches"][0]["status"]
        assert (first, second) == ("match", "quarantined")
        assert "QUARANTINED" in clew(ws, "bank", "list").stdout
        assert "quarantined  phone  document f" in clew(ws, "bank", "matches", "tiny").stdout
        clew(ws, "bank", "release", "tiny")
        listing = json.loads(clew(ws, "bank", "list", "--json").stdout)
        assert next(b for b in listing if b["name"] == "tiny")["quarantined_at"] is None
