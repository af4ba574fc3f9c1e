"""Who is calling, and may they: sessions, CSRF, roles, for every route of the app.

Routes declare what they need with a dependency::

    from clew.web.auth import require_role
    @router.get("/cases", dependencies=[Depends(require_role("analyst"))])
    def cases(principal: Principal = Depends(require_role("analyst"))): ...

``current_principal`` finds the caller: a program's ``Authorization: Bearer``
token (``clew.web.tokens``), else the session cookie of a signed-in person. Not
signed in: an API path (``/api/…``) answers ``401`` with a problem document, a
page redirects to ``/login?next=…``. Signed in without the role: ``403``.

The session cookie (``clew_session``) is random, HttpOnly, SameSite=Lax and
Secure over https; the store keeps only its SHA-256 (``clew.store.accounts``).
Every state-changing request made with the cookie must carry the session's CSRF
token, as the form field ``csrf_token`` or the header ``X-CSRF-Token``; templates
get it as ``csrf_token`` (``request.state.csrf_token``). Before sign-in, the login
form is protected the same way by a random token in the ``clew_csrf`` cookie.
Bearer requests need no CSRF token: a browser never adds that header by itself.

A user holding a one-time password may only change it until they have.
"""

from __future__ import annotations

import hmac
import importlib
import secrets
from collections.abc import Awaitable, Callable, Coroutine
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from clew.errors import NotFoundError
from clew.settings import Settings
from clew.store import Store
from clew.store.accounts import session_info
from clew.store.schema import MAX_ROW_ID
from clew.web.principal import ALL_ROLES, Principal, role_allows

SESSION_COOKIE = "clew_session"
CSRF_COOKIE = "clew_csrf"
CSRF_FIELD = "csrf_token"
_NO_COOKIE_PREFIXES = ("/check", "/help", "/learn")
"""Public prevention pages: they keep nothing about a visitor, not even an anti-forgery cookie."""
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
PASSWORD_PAGE = "/account/password"
ALLOWED_WHILE_ONE_TIME = frozenset({PASSWORD_PAGE, "/logout", "/api/v1/me", "/api/v1/me/password"})
PROBLEM = "application/problem+json"
SIGNED_IN = "signed-in"
"""The requirement of :func:`require_signed_in`: any role."""

SECURITY_HEADERS: dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
}
"""Set on every answer that has none of its own (pages rendered by ``templating`` bring a fuller CSP)."""


RowId = Annotated[int, PathParam(le=MAX_ROW_ID)]
"""A row number in a route's path (a case, an item, a watch, an alert): bounded to what the database
holds, so an absurd one is a 422 answer, not a crash in the database driver."""


class AuthError(Exception):
    """Raised by the dependencies; answered as JSON for the API and as a redirect or page for a browser."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def store_of(request: Request) -> Store:
    get: Callable[[], Store] = request.app.state.get_store
    return get()


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def secure_request(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"


def safe_next(value: str | None) -> str:
    """A local path to go back to after sign-in; anything else (another site, ``//host``) becomes ``/``."""
    if not value or not value.startswith("/") or "\\" in value or any(c.isspace() or ord(c) < 32 for c in value):
        return "/"  # browsers drop tabs and newlines from URLs: "/\t/host" would become "//host"
    if value.startswith("//"):
        return "/"
    return value


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


def _from_bearer(request: Request, token: str) -> Principal | None:
    try:
        tokens: Any = importlib.import_module("clew.web.tokens")
    except ImportError:
        return None
    principal: Principal | None = tokens.principal_from_bearer(store_of(request), token)
    return principal


async def _csrf_ok(request: Request, expected: str) -> bool:
    sent = request.headers.get(CSRF_HEADER)
    if not sent and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    return bool(sent) and hmac.compare_digest(str(sent), expected)


async def current_principal(request: Request) -> Principal:
    """The caller; raises :class:`AuthError` (401, or 403 for a missing CSRF token)."""
    token = _bearer(request)
    if token is not None:
        principal = await run_in_threadpool(_from_bearer, request, token)
        if principal is None:
            raise AuthError(401, "the bearer token is unknown, expired or revoked")
        request.state.principal = principal
        return principal
    principal = getattr(request.state, "principal", None)
    if principal is None:
        raise AuthError(401, "sign in first")
    if request.method not in SAFE_METHODS and not await _csrf_ok(request, request.state.csrf_token):
        raise AuthError(403, f"the CSRF token is missing or wrong: send the form field {CSRF_FIELD} or {CSRF_HEADER}")
    if getattr(request.state, "must_change_password", False) and request.url.path not in ALLOWED_WHILE_ONE_TIME:
        raise AuthError(403, "change your one-time password first")
    result: Principal = principal
    return result


def require_role(role: str) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency that yields the caller when their role allows ``role`` (see ``role_allows``), else 403."""
    if role not in ALL_ROLES:
        raise ValueError(f"unknown role {role!r}")

    async def dependency(request: Request) -> Principal:
        principal = await current_principal(request)
        if not role_allows(principal.role, role):
            raise AuthError(403, f"this needs the {role} role; you have {principal.role}")
        return principal

    dependency.clew_role = role  # type: ignore[attr-defined]  # read by the route-authorisation test
    dependency.__name__ = f"require_{role}"
    return dependency


def require_signed_in() -> Callable[[Request], Awaitable[Principal]]:
    """A dependency for what every signed-in caller may do whatever their role (sign out, own password)."""

    async def dependency(request: Request) -> Principal:
        return await current_principal(request)

    dependency.clew_role = SIGNED_IN  # type: ignore[attr-defined]
    dependency.__name__ = "require_signed_in"
    return dependency


def csrf_token(request: Request) -> str:
    """The token forms must send back (the session's, or the pre-sign-in cookie's)."""
    token: str = request.state.csrf_token
    return token


class PageRoute(APIRoute):
    """Routes whose pages answer a missing case, watch or user with a plain 404 page (the API keeps JSON)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except NotFoundError as exc:
                if is_api(request):
                    raise
                from clew.web.templating import render

                return render(
                    request, "page_error.html", {"heading": "Not found", "message": str(exc)}, status_code=404
                )

        return route_handler


# --------------------------------------------------------------------------- wiring


def _problem(status: int, title: str, detail: str) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def install(app: FastAPI) -> None:
    """Attach the session middleware and the answers to :class:`AuthError` (called by ``create_app``).

    Needs ``app.state.get_store`` and ``app.state.settings``.
    """

    @app.middleware("http")
    async def sessions(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        request.state.principal = None
        request.state.must_change_password = False
        new_csrf_cookie = None
        cookie = request.cookies.get(SESSION_COOKIE)
        info = None
        looked_up = bool(cookie) and not request.url.path.startswith("/static/")  # style sheets need no session
        if cookie and looked_up:
            info = await run_in_threadpool(session_info, store_of(request), settings_of(request), cookie)
        if info is not None:
            request.state.principal = info.principal
            request.state.csrf_token = info.csrf_token
            request.state.must_change_password = info.must_change_password
        else:
            pre = request.cookies.get(CSRF_COOKIE)
            if not pre or len(pre) < 32:
                pre = new_csrf_cookie = secrets.token_urlsafe(32)
            request.state.csrf_token = pre
        response = await call_next(request)
        if looked_up and info is None:
            response.delete_cookie(SESSION_COOKIE, path="/")  # expired or ended: forget it
        if (
            new_csrf_cookie
            and response.headers.get("content-type", "").startswith("text/html")
            and not request.url.path.startswith(_NO_COOKIE_PREFIXES)
        ):
            response.set_cookie(
                CSRF_COOKIE, new_csrf_cookie, httponly=True, samesite="strict", secure=secure_request(request), path="/"
            )
        for name, value in SECURITY_HEADERS.items():
            if name not in response.headers:
                response.headers[name] = value
        return response

    @app.exception_handler(AuthError)
    async def _auth_error(request: Request, exc: AuthError) -> Response:
        if is_api(request) or _bearer(request):
            title = "Sign-in required" if exc.status == 401 else "Forbidden"
            response: Response = _problem(exc.status, title, exc.detail)
            if exc.status == 401:
                response.headers["WWW-Authenticate"] = 'Bearer realm="clew"'
            return response
        if exc.status == 401:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        if "one-time password" in exc.detail:
            return RedirectResponse(PASSWORD_PAGE, status_code=303)
        from clew.web.templating import render

        return render(request, "page_error.html", {"heading": "Not allowed", "message": exc.detail}, status_code=403)


def set_session_cookie(request: Request, response: Response, token: str, settings: Settings) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=secure_request(request),
        path="/",
        max_age=settings.session_max_hours * 3600,
    )
    response.delete_cookie(CSRF_COOKIE, path="/")


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")
