"""API tokens: hashed storage, scopes, revocation, the rate limiter (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from clew.errors import InputError, NotFoundError
from clew.store import Store
from clew.store.schema import api_tokens
from clew.web.tokens import RateLimiter, create_token, list_tokens, principal_from_bearer, revoke_token, role_for_scopes


def test_tokens_are_stored_as_digests_and_become_principals(store: Store) -> None:
    new = create_token(store, name="platform-b", scopes=["screen", "banks:read"], rate_per_minute=60)
    with store.engine.connect() as conn:
        row = conn.execute(select(api_tokens)).mappings().one()
    assert row["token_sha256"] == hashlib.sha256(new.secret.encode()).hexdigest()
    assert new.secret not in str(dict(row))
    principal = principal_from_bearer(store, new.secret)
    assert principal is not None
    assert (principal.kind, principal.name, principal.role) == ("token", "platform-b", "viewer")
    assert principal.scopes == frozenset({"screen", "banks:read"})
    assert principal_from_bearer(store, new.secret + "x") is None
    assert principal_from_bearer(store, "not-even-a-clew-token") is None


def test_revoked_tokens_stop_working_and_stay_listed(store: Store) -> None:
    new = create_token(store, name="doomed")
    revoke_token(store, name="doomed")
    assert principal_from_bearer(store, new.secret) is None
    (row,) = list_tokens(store)
    assert row["status"] == "revoked" and "token_sha256" not in row
    with pytest.raises(NotFoundError):
        revoke_token(store, name="doomed")


@pytest.mark.parametrize(
    ("kwargs", "where"),
    [
        ({"name": "has space"}, "NAME"),
        ({"name": "ok", "scopes": ["everything"]}, "--scope"),
        ({"name": "ok", "scopes": []}, "--scope"),
        ({"name": "ok", "rate_per_minute": 0}, "--rate"),
    ],
)
def test_bad_token_requests_name_the_option(store: Store, kwargs: dict, where: str) -> None:
    with pytest.raises(InputError) as err:
        create_token(store, **kwargs)
    assert err.value.where == where


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_token_name_is_unique(store: Store) -> None:
    create_token(store, name="twice")
    with pytest.raises(InputError, match="exists"):
        create_token(store, name="twice")


@pytest.mark.parametrize(
    ("scopes", "role"),
    [
        (["screen"], "viewer"),
        (["exchange", "banks:read"], "viewer"),
        (["banks:write"], "analyst"),
        (["admin"], "admin"),
    ],
)
def test_scopes_map_to_a_role(scopes: list[str], role: str) -> None:
    assert role_for_scopes(scopes) == role


def test_rate_limiter_is_a_token_bucket_per_token() -> None:
    now = [1000.0]
    limiter = RateLimiter(clock=lambda: now[0])
    assert [limiter.acquire(1, 3) for _ in range(3)] == [None, None, None]
    wait = limiter.acquire(1, 3)
    assert wait == pytest.approx(20.0)  # 3 a minute: one every 20 s
    assert limiter.acquire(2, 3) is None  # another token has its own bucket
    now[0] += 20.0
    assert limiter.acquire(1, 3) is None
    assert limiter.acquire(1, 3) == pytest.approx(20.0)
    now[0] += 3600
    assert [limiter.acquire(1, 3) for _ in range(4)][:3] == [None, None, None]  # refills only to capacity
