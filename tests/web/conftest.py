"""Web fixtures: users of every role and signed-in test clients (helpers in ``web_support``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from web_support import PASSWORD, ROLE_USERS

from clew.settings import Settings
from clew.store import Store
from clew.store.accounts import create_session, create_user


@pytest.fixture
def role_users(store: Store, settings: Settings) -> dict[str, str]:
    """One user per role, all with PASSWORD (no one-time password to change)."""
    for role, name in ROLE_USERS.items():
        create_user(store, settings, name=name, role=role, actor=None, password=PASSWORD)
    return ROLE_USERS


@pytest.fixture
def session_client(settings: Settings, store: Store, role_users: dict[str, str]) -> Callable[[str | None], TestClient]:
    """A client signed in with the given role (a fresh session each time), or anonymous for ``None``."""
    from clew.web.app import create_app

    app = create_app(settings, store=store)

    def make(role: str | None) -> TestClient:
        client = TestClient(app, follow_redirects=False)
        if role is not None:
            from clew.store.accounts import get_user

            user = get_user(store, role_users[role])
            token, csrf = create_session(store, settings, user_id=user["id"])
            client.cookies.set("clew_session", token)
            client.headers["X-CSRF-Token"] = csrf
        return client

    return make
