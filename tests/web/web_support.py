"""Helpers for the web tests: a known password, CSRF scraping, signing in through the form.

Password hashing is made cheap for the tests (Argon2 settings via CLEW_* variables,
which every ``Settings`` made afterwards reads); production defaults stay as they are.
"""

from __future__ import annotations

import os
import re

from fastapi.testclient import TestClient

os.environ.setdefault("CLEW_ARGON2_TIME_COST", "1")
os.environ.setdefault("CLEW_ARGON2_MEMORY_KIB", "64")
os.environ.setdefault("CLEW_ARGON2_PARALLELISM", "1")

PASSWORD = "test password 12345"
ROLE_USERS = {"viewer": "vic", "analyst": "ana", "supervisor": "sue", "admin": "adam", "auditor": "audrey"}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = CSRF.search(html)
    assert match, "no CSRF field in the page"
    return match.group(1)


def sign_in(client: TestClient, name: str, password: str = PASSWORD) -> None:
    """Sign in through the login form, then keep the session's CSRF token as a default header."""
    token = csrf_from(client.get("/login").text)
    resp = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": token, "next": "/dashboard"},
        follow_redirects=False,
    )
    assert resp.status_code == 303, resp.text
    page = client.get("/account/password")
    client.headers["X-CSRF-Token"] = csrf_from(page.text)
