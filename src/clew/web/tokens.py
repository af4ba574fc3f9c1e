"""API bearer tokens for programs: creation, hashed storage, scopes, revocation, rate limits.

A platform that screens uploads, or another Clew server that pulls a bank, calls the
API with ``Authorization: Bearer <token>``. The secret is shown once, when it is
created (``clew token create``); the store keeps only its SHA-256 digest, so a copy
of the database does not hand out working tokens. Each token carries scopes (what it
may call) and its own rate limit (requests per minute, a token bucket kept in memory
shared by every worker process of the server); over the limit the API answers
``429`` with ``Retry-After``.

``principal_from_bearer`` is the one entry point the session-cookie code
(``clew.web.auth``) calls when a request carries a bearer token, so a token becomes
the same :class:`~clew.web.principal.Principal` a signed-in person does.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
import struct
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from clew.errors import InputError, NotFoundError
from clew.store import Store
from clew.store.schema import api_tokens
from clew.web.principal import Principal
from clew.web.shared import SharedTable

SCOPES: dict[str, str] = {
    "screen": "screen documents: POST /api/v1/screen and /api/v1/screen/batch",
    "banks:read": "read banks, their hashed signals and opinions, and exports",
    "banks:write": "add and delete signals and opinions in banks",
    "exchange": "pull a bank's changes (another Clew server in the sharing group)",
    "referral": "build referral packages",
    "admin": "everything above",
}
"""Every scope a token can hold, with what it allows. A stored name never changes."""

DEFAULT_SCOPES: tuple[str, ...] = ("screen",)
DEFAULT_RATE_PER_MINUTE = 6000
TOKEN_PREFIX = "clew_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
PRINCIPAL_TTL = 1.0
"""Seconds a server may go on accepting a token after it was revoked (see ``TokenAuth.principal``)."""
_LAST_USED_EVERY = 60.0  # seconds between writes of last_used_at for one token


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def role_for_scopes(scopes: Iterable[str]) -> str:
    """The role a token's scopes amount to, so role checks treat tokens like people."""
    held = set(scopes)
    if "admin" in held:
        return "admin"
    if held & {"banks:write", "referral"}:
        return "analyst"
    return "viewer"


def check_scopes(scopes: Iterable[str]) -> list[str]:
    """Validated, de-duplicated, sorted scopes; an unknown one is an error naming it."""
    result = sorted(set(scopes))
    for scope in result:
        if scope not in SCOPES:
            raise InputError(f"unknown scope {scope!r}; scopes are {', '.join(SCOPES)}", where="--scope")
    if not result:
        raise InputError("a token needs at least one scope", where="--scope")
    return result


@dataclass(frozen=True, slots=True)
class NewToken:
    name: str
    secret: str
    scopes: list[str]
    rate_per_minute: int


def create_token(
    store: Store, *, name: str, scopes: Iterable[str] = DEFAULT_SCOPES, rate_per_minute: int = DEFAULT_RATE_PER_MINUTE
) -> NewToken:
    """Create a token; the returned secret is the only copy there will ever be."""
    if not _NAME.match(name):
        raise InputError("a token name is 1-64 letters, digits, '.', '_' or '-'", where="NAME")
    if rate_per_minute < 1:
        raise InputError("the rate limit must be at least 1 request per minute", where="--rate")
    checked = check_scopes(scopes)
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    try:
        with store.engine.begin() as conn:
            conn.execute(
                api_tokens.insert().values(
                    name=name,
                    prefix=secret[:12],
                    token_sha256=_digest(secret),
                    scopes=checked,
                    rate_per_minute=rate_per_minute,
                    created_at=datetime.now(UTC),
                )
            )
    except IntegrityError as exc:
        raise InputError(
            f"a token named {name!r} exists already; revoke it or pick another name", where="NAME"
        ) from exc
    return NewToken(name=name, secret=secret, scopes=checked, rate_per_minute=rate_per_minute)


def list_tokens(store: Store) -> list[dict[str, Any]]:
    """Every token without its secret or digest: name, prefix, scopes, limits, dates."""
    cols = [c for c in api_tokens.c if c.name != "token_sha256"]
    with store.engine.connect() as conn:
        rows = conn.execute(select(*cols).order_by(api_tokens.c.id)).mappings().all()
    return [dict(row) | {"status": "revoked" if row["revoked_at"] else "active"} for row in rows]


def revoke_token(store: Store, *, name: str) -> None:
    """Revoke a token at once: the next request that carries it gets 401."""
    with store.engine.begin() as conn:
        done = conn.execute(
            update(api_tokens)
            .where(api_tokens.c.name == name, api_tokens.c.revoked_at.is_(None))
            .values(revoked_at=datetime.now(UTC))
        ).rowcount
    if not done:
        raise NotFoundError(f"no active token named {name!r}; `clew token list` shows them")


_last_used: dict[int, float] = {}
_last_used_lock = threading.Lock()


def principal_from_bearer(store: Store, token: str) -> Principal | None:
    """The principal a bearer token stands for, or None when it is unknown or revoked."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    digest = _digest(token)
    with store.engine.connect() as conn:
        row = (
            conn.execute(
                select(api_tokens.c.id, api_tokens.c.name, api_tokens.c.scopes, api_tokens.c.token_sha256).where(
                    api_tokens.c.token_sha256 == digest, api_tokens.c.revoked_at.is_(None)
                )
            )
            .mappings()
            .first()
        )
    if row is None or not hmac.compare_digest(row["token_sha256"], digest):
        return None
    _touch(store, row["id"])
    scopes = frozenset(row["scopes"])
    return Principal(kind="token", id=row["id"], name=row["name"], role=role_for_scopes(scopes), scopes=scopes)


def _touch(store: Store, token_id: int) -> None:
    now = time.monotonic()
    with _last_used_lock:
        if now - _last_used.get(token_id, -math.inf) < _LAST_USED_EVERY:
            return
        _last_used[token_id] = now
    with store.engine.begin() as conn:
        conn.execute(update(api_tokens).where(api_tokens.c.id == token_id).values(last_used_at=datetime.now(UTC)))


def token_rate(store: Store, token_id: int) -> int:
    with store.engine.connect() as conn:
        rate = conn.execute(select(api_tokens.c.rate_per_minute).where(api_tokens.c.id == token_id)).scalar_one()
    return int(rate)


class RateLimiter:
    """A token bucket per API token: ``rate`` requests a minute, bursts up to ``rate``.

    The buckets live in a shared-memory table (``clew.web.shared``), not in a dict,
    so that the worker processes ``clew serve`` forks after building the app all
    draw from the same buckets: a token's limit holds for the server as a whole,
    whichever process answers. A table of ``slots`` buckets reuses, when full, the
    one idle the longest: idle for a minute, a bucket has refilled anyway.
    """

    _BUCKET = struct.Struct("<dd")  # tokens left, last refill

    def __init__(self, clock: Callable[[], float] = time.monotonic, *, slots: int = 8192) -> None:
        self._clock = clock
        self._table = SharedTable(slots, self._BUCKET.size, "clew-rate")

    def acquire(self, key: int, rate_per_minute: int, cost: float = 1.0) -> float | None:
        """None when the request may go ahead, else the seconds to wait before retrying."""
        capacity = float(rate_per_minute)
        per_second = rate_per_minute / 60.0
        table = self._table
        with table.locked():
            now = self._clock()
            offset, known = table.slot(key, now)
            held: tuple[float, float] = self._BUCKET.unpack_from(table.map, offset) if known else (capacity, now)
            tokens, last = held
            tokens = min(capacity, tokens + max(0.0, now - last) * per_second)
            if tokens >= cost:
                self._BUCKET.pack_into(table.map, offset, tokens - cost, now)
                return None
            self._BUCKET.pack_into(table.map, offset, tokens, now)
            return (cost - tokens) / per_second


class TokenProblem(Exception):
    """Raised by :func:`require_scope`; answered as a problem document with its headers."""

    def __init__(self, status: int, title: str, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.headers = headers or {}


class TokenAuth:
    """What the token dependency needs from the app: the store and the rate limiter.

    Created by ``create_app`` before ``clew serve`` forks its workers, so the
    limiter's shared buckets are the same in every worker.
    """

    def __init__(self, get_store: Callable[[], Store]) -> None:
        self.get_store = get_store
        self.limiter = RateLimiter()
        self._rates: dict[int, tuple[int, float]] = {}
        self._principals: dict[str, tuple[Principal | None, float]] = {}
        self._lock = threading.Lock()

    def cached_rate(self, token_id: int) -> int | None:
        """A token's rate when read less than 30 s ago (it changes only when the token is re-created)."""
        with self._lock:
            cached = self._rates.get(token_id)
        if cached and time.monotonic() - cached[1] < 30.0:
            return cached[0]
        return None

    def rate(self, token_id: int) -> int:
        cached = self.cached_rate(token_id)
        if cached is not None:
            return cached
        now = time.monotonic()
        rate = token_rate(self.get_store(), token_id)
        with self._lock:
            self._rates[token_id] = (rate, now)
        return rate

    def cached_principal(self, token: str) -> tuple[bool, Principal | None]:
        """(True, principal or None) when the token was looked up less than ``PRINCIPAL_TTL`` s ago."""
        digest = _digest(token)
        with self._lock:
            cached = self._principals.get(digest)
        if cached is not None and time.monotonic() - cached[1] < PRINCIPAL_TTL:
            return True, cached[0]
        return False, None

    def principal(self, token: str) -> Principal | None:
        """``principal_from_bearer`` with a cache of ``PRINCIPAL_TTL`` seconds (keyed by the digest).

        Screening answers in milliseconds; one less query per request matters. A
        revocation therefore takes effect within ``PRINCIPAL_TTL`` seconds.
        """
        found, principal = self.cached_principal(token)
        if found:
            return principal
        now = time.monotonic()
        principal = principal_from_bearer(self.get_store(), token)
        with self._lock:
            if len(self._principals) > 10_000:
                self._principals.clear()
            self._principals[_digest(token)] = (principal, now)
        return principal

    @staticmethod
    def _token(request: Request) -> str:
        header = request.headers.get("authorization", "")
        kind, _, token = header.partition(" ")
        if kind.lower() != "bearer" or not token.strip():
            raise TokenProblem(401, "Unauthorized", "send an API token as 'Authorization: Bearer <token>'", _CHALLENGE)
        return token.strip()

    def _admit(self, principal: Principal | None, scope: str, rate: int | None, cost: float) -> Principal:
        """Scope and rate checks once the principal (and its rate) are known."""
        if principal is None:
            raise TokenProblem(401, "Unauthorized", "the token is unknown or has been revoked", _CHALLENGE)
        if scope not in principal.scopes and "admin" not in principal.scopes:
            raise TokenProblem(403, "Forbidden", f"token {principal.name!r} lacks the scope {scope!r} this route needs")
        wait = self.limiter.acquire(principal.id, rate if rate is not None else self.rate(principal.id), cost)
        if wait is not None:
            seconds = max(1, math.ceil(wait))
            raise TokenProblem(
                429,
                "Too many requests",
                f"token {principal.name!r} is over its rate limit; retry in {seconds} s",
                {"Retry-After": str(seconds)},
            )
        return principal

    def authenticate(self, request: Request, scope: str, cost: float = 1.0) -> Principal:
        """The caller's principal when its token is valid, holds ``scope`` and is within its rate (may query)."""
        principal = self.principal(self._token(request))
        return self._admit(principal, scope, None, cost)

    async def authenticate_async(self, request: Request, scope: str, cost: float = 1.0) -> Principal:
        """:meth:`authenticate` for the event loop: answered in memory when the token was seen within
        ``PRINCIPAL_TTL`` s (the usual case under load); the database is read in a worker thread otherwise."""
        token = self._token(request)
        found, principal = self.cached_principal(token)
        rate = self.cached_rate(principal.id) if found and principal is not None else None
        if not found or (principal is not None and rate is None):
            return await run_in_threadpool(self.authenticate, request, scope, cost)
        return self._admit(principal, scope, rate, cost)


_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="clew"'}


def require_scope(scope: str) -> Callable[[Request], Awaitable[Principal]]:
    """A FastAPI dependency: the calling token's principal, when it holds ``scope``.

    No token or a revoked one: 401; a token without the scope: 403; over its rate
    limit: 429 with ``Retry-After``. The app installs a :class:`TokenAuth` as
    ``app.state.clew_tokens`` (see ``clew.web.screening.install``). The dependency
    is a coroutine so that a request whose token is cached costs no thread hop.
    """
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}")

    async def dependency(request: Request) -> Principal:
        auth: TokenAuth = request.app.state.clew_tokens
        return await auth.authenticate_async(request, scope)

    return dependency


PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "field": {"type": ["string", "null"], "description": "The field or record at fault."},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
}


def _problem_response(description: str, **extra: Any) -> dict[str, Any]:
    return {"description": description, "content": {"application/problem+json": {"schema": PROBLEM_SCHEMA}}} | extra


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _problem_response("The body could not be read (not UTF-8 JSON), or a value was refused (the field is named)"),
    401: _problem_response("No token, or an unknown or revoked one"),
    403: _problem_response("The token lacks the scope this route needs"),
    404: _problem_response("No such bank, signal, document, network or case"),
    413: _problem_response("The body or a text is over the size limit"),
    422: _problem_response("A field is missing or invalid (each error names its field)"),
    429: _problem_response(
        "The token is over its rate limit",
        headers={"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}},
    ),
}
"""The problem answers of every token-authenticated route, documented in OpenAPI."""
