"""The analyst workspace pages over HTTP, on SQLite and PostgreSQL, with a real sign-in.

The browser tests (tests/browser) drive the same pages in Chromium; these check what
the server answers: sign-in required, counts and lists from the store, highlights at
the stored offsets, hostile text escaped, errors that name the problem and nothing else.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from clew.identifiers import linking_types
from clew.ingest import read
from clew.pipeline import Pipeline
from clew.settings import Settings
from clew.store import Store
from clew.store import analyst as views
from clew.store.accounts import create_user
from clew.store.repository import SearchFilters, ingest, list_networks, process, rebuild_networks, search, stats

PASSWORD = "a-long-test-password-1"

DOCS = [
    {
        "id": "p1",
        "title": "Pretty girls in Houston",
        "text": "New in town, ask for daddy. Call 213-555-0127 tonight in Houston.",
        "country": "US",
        "posted_at": "2026-03-01T10:00:00Z",
        "source": "ads.example.com",
    },
    {
        "id": "p2",
        "title": "Pretty girls in Dallas",
        "text": "New in Dallas, ask for daddy. Call 213-555-0127, 100% real.",
        "country": "US",
        "posted_at": "2026-03-05T10:00:00Z",
        "source": "ads.example.com",
    },
    {
        "id": "p3",
        "title": "Bicycle",
        "text": "Bicycle for sale in Houston, barely used. 213-555-0199",
        "country": "US",
        "posted_at": "2026-03-06T10:00:00Z",
        "source": "market.example.org",
    },
    {
        "id": "evil/1",
        "title": "<script>alert('t')</script></script>",
        "text": "Call 213-555-0127 <img src=x onerror=alert(1)> </script><script>alert(2)</script>",
        "country": "US",
        "posted_at": "2026-03-07T10:00:00Z",
        "source": "<b>x</b>",
    },
]


@pytest.fixture
def workspace(settings: Settings, store: Store, tmp_path: Path) -> Store:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    ingest(store, read(src, "jsonl"), source=str(src), fmt="jsonl")
    pipeline = Pipeline(settings)
    process(store, version=pipeline.version, analyze=lambda ds: map(pipeline.analyze, ds))
    rebuild_networks(store, link_types=linking_types())
    create_user(store, settings, name="vera", role="viewer", actor=None, password=PASSWORD)
    return store


def _client(settings: Settings, store: Store) -> TestClient:
    from clew.web.app import create_app

    return TestClient(create_app(settings, store=store), follow_redirects=False)


def _signed_in(settings: Settings, store: Store) -> TestClient:
    client = _client(settings, store)
    form = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)
    assert token, "the login form carries a CSRF token"
    resp = client.post(
        "/login", data={"name": "vera", "password": PASSWORD, "csrf_token": token.group(1), "next": "/dashboard"}
    )
    assert resp.status_code == 303, resp.text
    return client


PAGES = ["/dashboard", "/search", "/documents/p1", "/networks/x", "/identifier?type=phone&value=%2B12135550127"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_needs_a_signed_in_user(settings: Settings, workspace: Store, path: str) -> None:
    resp = _client(settings, workspace).get(path)
    assert resp.status_code == 303 and resp.headers["location"].startswith("/login?next=")


def test_dashboard_shows_the_store_counts(settings: Settings, workspace: Store) -> None:
    client = _signed_in(settings, workspace)
    resp = client.get("/dashboard")
    assert resp.status_code == 200
    counts = stats(workspace)

    def figure(key: str) -> int:
        m = re.search(rf'id="count-{key}"><span class="figure">(?:<a [^>]*>)?([\d,]+)', resp.text)
        assert m, key
        return int(m.group(1).replace(",", ""))

    assert figure("documents") == counts["documents"] == 4
    assert figure("flagged") == counts["flagged"]
    assert figure("networks") == counts["networks"] >= 1
    assert "script-src 'self'" in resp.headers["content-security-policy"]
    assert resp.headers["x-frame-options"] == "DENY"
    assert "<script>" not in resp.text.split("</head>")[1]  # no inline script in the body


def test_trend_networks_and_identifier_reads(workspace: Store) -> None:
    unit, buckets = views.trend(workspace)
    assert unit == "day" and sum(b.documents for b in buckets) == 4
    assert [b.start.isoformat() for b in buckets] == ["2026-03-01", "2026-03-05", "2026-03-06", "2026-03-07"]
    top = list_networks(workspace, order="size")["items"]
    assert top and top[0]["size"] == 3  # p1, p2 and evil/1 share +12135550127
    by_typology = views.networks_by_typology(workspace)
    assert sum(by_typology["sexual_exploitation"].values()) == 1
    info = views.identifier_summary(workspace, kind="phone", value="+12135550127")
    assert info["documents_total"] == 3 and {d["id"] for d in info["documents"]} == {"p1", "p2", "evil/1"}
    assert info["first_seen"].isoformat().startswith("2026-03-01") and info["last_seen"].day == 7
    assert {c["name"] for c in info["cities"]} >= {"Houston,US", "Dallas,US"}
    assert sorted(w for w, _ in info["written_as"]) == ["213-555-0127"]
    net = views.network_view(workspace, network_id=top[0]["id"])
    assert {d["id"] for d in net["documents"]} == {"p1", "p2", "evil/1"}
    edges = [e for e in net["graph"]["edges"] if e["kind"] == "identifier"]
    assert {e["source"] for e in edges} == {"d:p1", "d:p2", "d:evil/1"}
    assert all(s["text"] == "213-555-0127" for e in edges for s in e["evidence"])
    assert [m["city"] for m in net["movement"]] == ["city:Houston,US", "city:Dallas,US"]


def test_search_page_filters_by_city_and_reports_bad_input(settings: Settings, workspace: Store) -> None:
    total, items = search(workspace, filters=SearchFilters(city="houston"))
    assert total == 2 and {i["id"] for i in items} == {"p1", "p3"}
    total, _ = search(workspace, filters=SearchFilters(city="Houston,US", identifier_value="+12135550127"))
    assert total == 1
    client = _signed_in(settings, workspace)
    page = client.get("/search", params={"city": "Houston", "sort": "oldest"}).text
    assert page.index('data-doc-id="p1"') < page.index('data-doc-id="p3"')
    bad = client.get("/search", params={"date_to": "31/12/2026"})
    assert bad.status_code == 400 and "date_to" in bad.text and "YYYY-MM-DD" in bad.text


def test_document_page_highlights_at_stored_offsets_and_escapes_hostile_text(
    settings: Settings, workspace: Store
) -> None:
    client = _signed_in(settings, workspace)
    page = client.get("/documents/p1").text
    text = DOCS[0]["text"]
    start = text.index("213-555-0127")
    assert f'data-start="{start}" data-end="{start + 12}"' in page
    assert "a lead for review, not proof" in page
    evil = client.get("/documents/evil/1")
    assert evil.status_code == 200
    assert "<img src=x" not in evil.text and "&lt;img src=x onerror=alert(1)&gt;" in evil.text
    assert "<script>alert" not in evil.text and "&lt;b&gt;x&lt;/b&gt;" in evil.text


def test_network_page_data_cannot_close_its_script_element(settings: Settings, workspace: Store) -> None:
    client = _signed_in(settings, workspace)
    net = list_networks(workspace, order="size")["items"][0]["id"]
    page = client.get(f"/networks/{net}").text
    blocks = re.findall(r'<script type="application/json" id="[^"]+">(.*?)</script>', page, re.S)
    assert len(blocks) == 2
    graph: dict[str, Any] = json.loads(blocks[0])
    labels = {n["label"] for n in graph["nodes"]}
    assert any("<script>" in label for label in labels)  # hostile title is data…
    assert all("<" not in b and ">" not in b for b in blocks)  # …written so it cannot end the element
    assert json.loads(blocks[1])[0]["name"] == "Houston,US"


def test_missing_things_answer_html_404_that_names_nothing_else(settings: Settings, workspace: Store) -> None:
    client = _signed_in(settings, workspace)
    for path, heading in (
        ("/documents/nope", "Document not found"),
        ("/networks/nope", "Network not found"),
        ("/identifier?type=phone&value=%2B19995550100", "Identifier not found"),
    ):
        resp = client.get(path)
        assert resp.status_code == 404 and f"<h1>{heading}</h1>" in resp.text
        assert "Traceback" not in resp.text and "nope" not in resp.text.split("<main")[1]
    assert client.get("/identifier").status_code == 400


def test_viewing_a_document_is_audited(settings: Settings, workspace: Store) -> None:
    from clew.store.audit import entries_for

    client = _signed_in(settings, workspace)
    assert client.get("/documents/p2").status_code == 200
    seen = entries_for(workspace, "document:p2")
    assert [(e["actor"], e["action"]) for e in seen] == [("vera", "view")]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_static_files_come_from_an_allow_list(settings: Settings, workspace: Store) -> None:
    client = _client(settings, workspace)  # public: no personal data
    css = client.get("/static/clew.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    graph = client.get("/static/vendor/cytoscape.min.js")
    assert graph.status_code == 200 and "cytoscape" in graph.text[:5000]
    for path in ("/static/vendor/package.json", "/static/vendor/..%2Fpackage.json", "/static/../pyproject.toml"):
        assert client.get(path).status_code == 404, path
