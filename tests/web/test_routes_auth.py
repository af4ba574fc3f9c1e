"""Every route of the app needs a signed-in caller with the right role, unless it is on the public list.

The test walks all routes of ``create_app()`` — including those added later by
other modules — so a new route without an access rule fails here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from clew.web.app import create_app
from clew.web.auth import SIGNED_IN

PUBLIC: frozenset[tuple[str, str]] = frozenset(
    {
        ("GET", "/healthz"),
        ("GET", "/login"),
        ("POST", "/login"),
        ("GET", "/openapi.json"),
        ("GET", "/static/{name}"),
        ("GET", "/static/vendor/{name}"),
        # the public prevention pages (issue 8)
        ("GET", "/check"),
        ("POST", "/check"),
        ("POST", "/api/v1/check"),
        ("GET", "/help"),
        ("GET", "/learn"),
        ("GET", "/learn/quiz"),
        ("POST", "/learn/quiz"),
        ("GET", "/learn/{typology}"),
    }
)
"""The only routes anyone may call without signing in. Adding one here is a security decision."""

EXPECTED_ROLES: dict[tuple[str, str], str] = {
    ("GET", "/"): "viewer",
    ("POST", "/api/v1/analyze"): "viewer",
    ("GET", "/api/v1/documents"): "viewer",
    ("GET", "/api/v1/documents/{doc_id}"): "viewer",
    ("GET", "/api/v1/stats"): "viewer",
    ("GET", "/dashboard"): "viewer",
    ("GET", "/search"): "viewer",
    ("GET", "/cases"): "viewer",
    ("POST", "/cases"): "analyst",
    ("GET", "/cases/{case_id}/export"): "analyst",
    ("GET", "/api/v1/cases/{case_id}/export"): "analyst",
    ("POST", "/cases/{case_id}/notes"): "analyst",
    ("GET", "/watchlists"): "analyst",
    ("GET", "/alerts"): "viewer",
    ("GET", "/audit"): "auditor",
    ("GET", "/api/v1/audit"): "auditor",
    ("GET", "/api/v1/audit/verify"): "auditor",
    ("GET", "/admin/users"): "admin",
    ("POST", "/admin/users"): "admin",
    ("GET", "/api/v1/users"): "admin",
    ("POST", "/api/v1/users"): "admin",
    ("POST", "/logout"): SIGNED_IN,
    ("GET", "/account/password"): SIGNED_IN,
}
"""Roles pinned for the routes that matter most, so a loosened rule is caught even if it is declared."""

REFUSED = {
    "viewer": "auditor",
    "analyst": "viewer",
    "supervisor": "analyst",
    "admin": "supervisor",
    "auditor": "supervisor",
}
"""For each required role, a role that must be refused."""


def _requirements(route: Any) -> tuple[set[str], set[str]]:
    """(roles, token scopes) declared by the route's dependencies, searched recursively."""
    roles: set[str] = set()
    scopes: set[str] = set()
    stack = list(route.dependant.dependencies)
    while stack:
        dep = stack.pop()
        call = dep.call
        role = getattr(call, "clew_role", None)
        if role:
            roles.add(role)
        qualname = getattr(call, "__qualname__", "")
        if qualname.startswith("require_scope.") and call.__closure__:
            scopes.update(c.cell_contents for c in call.__closure__ if isinstance(c.cell_contents, str))
        stack.extend(dep.dependencies)
    return roles, scopes


def _routes() -> list[tuple[str, str, Any]]:
    app = create_app()
    found = []
    for rc in iter_route_contexts(app.routes):
        for method in sorted(rc.methods or ()):
            if method != "HEAD":
                found.append((method, rc.path, rc))
    return found


ROUTES = _routes()


def _url(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def _call(client: TestClient, method: str, path: str) -> Any:
    return client.request(method, _url(path), headers={"accept": "text/html"} if not path.startswith("/api/") else {})


def test_the_route_list_is_complete_and_every_route_has_a_rule() -> None:
    assert len(ROUTES) >= 60  # the walk sees the routes of included routers, not only the app's own
    paths = {(m, p) for m, p, _ in ROUTES}
    assert set(EXPECTED_ROLES) <= paths
    missing = []
    for method, path, rc in ROUTES:
        if (method, path) in PUBLIC:
            continue
        roles, scopes = _requirements(rc) if hasattr(rc, "dependant") else (set(), set())
        if len(roles) + len(scopes) == 0:
            missing.append(f"{method} {path}")
        if (method, path) in EXPECTED_ROLES:
            assert roles == {EXPECTED_ROLES[method, path]}, f"{method} {path} declares {roles}"
    assert missing == [], f"routes without an access rule: {missing}"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_anonymous_callers_are_refused_everywhere_but_the_public_list(
    session_client: Callable[[str | None], TestClient],
) -> None:
    anonymous = session_client(None)
    checked = 0
    for method, path, _ in ROUTES:
        if (method, path) in PUBLIC:
            continue
        resp = _call(anonymous, method, path)
        where = f"{method} {path}"
        if path.startswith("/api/"):
            assert resp.status_code == 401, where
            assert resp.headers["content-type"].startswith("application/problem+json"), where
        else:
            assert resp.status_code == 303, where
            assert resp.headers["location"].startswith("/login?next="), where
        checked += 1
    assert checked >= 50


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_signed_in_callers_need_the_declared_role(session_client: Callable[[str | None], TestClient]) -> None:
    checked = 0
    for method, path, rc in ROUTES:
        if (method, path) in PUBLIC:
            continue
        roles, scopes = _requirements(rc)
        where = f"{method} {path}"
        if scopes and not roles:  # token-only routes: a browser session is not a token
            assert _call(session_client("admin"), method, path).status_code in (401, 403), where
            continue
        (role,) = roles
        if role == SIGNED_IN:
            continue  # any role may: the anonymous test covers it
        refused = _call(session_client(REFUSED[role]), method, path)
        assert refused.status_code == 403, f"{where} with role {REFUSED[role]}: {refused.status_code}"
        allowed = _call(session_client(role), method, path)
        assert allowed.status_code not in (401, 403), f"{where} with role {role}: {allowed.status_code} {allowed.text}"
        checked += 1
    assert checked >= 40


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_state_changes_need_the_csrf_token(session_client: Callable[[str | None], TestClient]) -> None:
    client = session_client("analyst")
    good = client.headers.pop("X-CSRF-Token")
    resp = client.post("/api/v1/cases", json={"title": "no token"})
    assert resp.status_code == 403 and "CSRF" in resp.json()["detail"]
    resp = client.post("/api/v1/cases", json={"title": "wrong token"}, headers={"X-CSRF-Token": "x" * 43})
    assert resp.status_code == 403
    resp = client.post("/cases", data={"title": "form token", "csrf_token": good})
    assert resp.status_code == 303 and resp.headers["location"].startswith("/cases/")
    resp = client.post("/api/v1/cases", json={"title": "header token"}, headers={"X-CSRF-Token": good})
    assert resp.status_code == 201
