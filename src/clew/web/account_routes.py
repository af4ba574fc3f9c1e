"""Signing in and out, one's own password, and the admin's user management (pages and API).

``/login`` is the only public page here. Every failure answers the same words
whatever went wrong (unknown name, wrong password, locked, disabled), and every
attempt is audited. A new password handed out by an admin is shown once, in the
answer to the request that made it, never in a URL.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from clew.errors import InputError, NotFoundError
from clew.store import accounts
from clew.store.audit import record
from clew.web.auth import (
    PASSWORD_PAGE,
    SESSION_COOKIE,
    PageRoute,
    clear_session_cookie,
    require_role,
    require_signed_in,
    safe_next,
    set_session_cookie,
    settings_of,
    store_of,
)
from clew.web.principal import ALL_ROLES, Principal
from clew.web.templating import render

router = APIRouter(route_class=PageRoute)

NAV: tuple[tuple[str, str], ...] = (
    ("/cases", "Cases"),
    ("/alerts", "Alerts"),
    ("/watchlists", "Watchlists"),
    ("/audit", "Audit log"),
    ("/admin/users", "Users"),
)
"""Main-navigation links of the workspace pages built here (``app.state.nav``, read by ``templating``)."""

SignedIn = Annotated[Principal, Depends(require_signed_in())]
Admin = Annotated[Principal, Depends(require_role("admin"))]


# --------------------------------------------------------------------------- sign in / out


@router.get("/login", include_in_schema=False)
def login_form(request: Request, next: str | None = None) -> Response:
    """The sign-in page (public)."""
    if getattr(request.state, "principal", None) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "login.html", {"next": safe_next(next), "name": ""})


@router.post("/login", include_in_schema=False)
async def login(
    request: Request,
    name: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    """Check the name and password; on success start a new session (a new cookie: no fixation)."""
    expected = request.state.csrf_token
    if not csrf_token or not hmac.compare_digest(csrf_token, expected):
        context = {"next": safe_next(next), "name": name}
        flashes = [("error", "The form expired. Please sign in again.")]
        return render(request, "login.html", context, status_code=403, flashes=flashes)
    store, settings = store_of(request), settings_of(request)
    try:
        principal = await run_in_threadpool(accounts.authenticate, store, settings, name=name, password=password)
    except accounts.LoginError as exc:
        context = {"next": safe_next(next), "name": name}
        return render(request, "login.html", context, status_code=401, flashes=[("error", str(exc))])
    token, _ = await run_in_threadpool(accounts.create_session, store, settings, user_id=principal.id)
    user = await run_in_threadpool(accounts.get_user, store, principal.name)
    target = PASSWORD_PAGE if user["must_change_password"] else safe_next(next)
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        await run_in_threadpool(accounts.end_session, store, old)
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(request, response, token, settings)
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, principal: SignedIn) -> Response:
    """End this session."""
    store = store_of(request)
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        accounts.end_session(store, token)
    record(store, principal, "logout", f"user:{principal.name}")
    response = RedirectResponse("/login", status_code=303)
    clear_session_cookie(response)
    return response


# --------------------------------------------------------------------------- own account


@router.get(PASSWORD_PAGE, include_in_schema=False)
def password_form(request: Request, principal: SignedIn) -> Response:
    return render(request, "account_password.html", {"forced": request.state.must_change_password})


@router.post(PASSWORD_PAGE, include_in_schema=False)
def password_change(
    request: Request,
    principal: SignedIn,
    current_password: Annotated[str, Form(max_length=1000)] = "",
    new_password: Annotated[str, Form(max_length=1000)] = "",
    repeat_password: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    forced = request.state.must_change_password
    if new_password != repeat_password:
        flashes = [("error", "The two new passwords differ.")]
        return render(request, "account_password.html", {"forced": forced}, status_code=400, flashes=flashes)
    try:
        accounts.change_password(
            store_of(request),
            settings_of(request),
            user_id=principal.id,
            current=current_password,
            new=new_password,
            keep_session=request.cookies.get(SESSION_COOKIE),
        )
    except InputError as exc:
        flashes = [("error", exc.reason)]
        return render(request, "account_password.html", {"forced": forced}, status_code=400, flashes=flashes)
    return RedirectResponse("/", status_code=303)


class Me(BaseModel):
    kind: str
    name: str
    role: str
    scopes: list[str]


@router.get("/api/v1/me", response_model=Me, tags=["accounts"])
def me(principal: SignedIn) -> Me:
    """Who the caller is: a signed-in person or a token, and its role."""
    return Me(kind=principal.kind, name=principal.name, role=principal.role, scopes=sorted(principal.scopes))


class PasswordChange(BaseModel):
    current_password: str = Field(max_length=1000)
    new_password: str = Field(max_length=1000)


@router.post("/api/v1/me/password", status_code=204, tags=["accounts"])
def me_password(request: Request, principal: SignedIn, body: PasswordChange) -> Response:
    """Change one's own password (people only; a token has none)."""
    if principal.kind != "user":
        raise InputError("a token has no password", where="authorization")
    accounts.change_password(
        store_of(request),
        settings_of(request),
        user_id=principal.id,
        current=body.current_password,
        new=body.new_password,
        keep_session=request.cookies.get(SESSION_COOKIE),
    )
    return Response(status_code=204)


# --------------------------------------------------------------------------- admin: users


def _users_page(request: Request, flashes: list[tuple[str, str]], *, status: int = 200, **extra: Any) -> Response:
    context = {"users": accounts.list_users(store_of(request)), "roles": ALL_ROLES, **extra}
    return render(request, "admin_users.html", context, status_code=status, flashes=flashes)


@router.get("/admin/users", include_in_schema=False)
def users_page(request: Request, principal: Admin) -> Response:
    return _users_page(request, [])


@router.post("/admin/users", include_in_schema=False)
def users_create(
    request: Request,
    principal: Admin,
    name: Annotated[str, Form(max_length=200)] = "",
    role: Annotated[str, Form(max_length=32)] = "viewer",
) -> Response:
    try:
        user, password = accounts.create_user(
            store_of(request), settings_of(request), name=name, role=role, actor=principal
        )
    except InputError as exc:
        return _users_page(request, [("error", exc.reason)], status=400)
    return _users_page(request, [("success", f"User {user['name']} created.")], secret=(user["name"], password))


@router.post("/admin/users/{name}/{action}", include_in_schema=False)
def users_action(
    request: Request,
    principal: Admin,
    name: str,
    action: str,
    role: Annotated[str, Form(max_length=32)] = "",
) -> Response:
    store = store_of(request)
    try:
        if action == "disable":
            if name == principal.name:
                raise InputError("you cannot disable your own account", where="name")
            accounts.set_disabled(store, name=name, disabled=True, actor=principal)
            message = f"{name} is disabled and signed out."
        elif action == "enable":
            accounts.set_disabled(store, name=name, disabled=False, actor=principal)
            message = f"{name} is enabled."
        elif action == "reset":
            password = accounts.reset_password(store, settings_of(request), name=name, actor=principal)
            return _users_page(request, [("success", f"New one-time password for {name}.")], secret=(name, password))
        elif action == "role":
            accounts.set_role(store, name=name, role=role, actor=principal)
            message = f"{name} is now {role}."
        else:
            raise NotFoundError(f"no user action {action!r}")
    except InputError as exc:
        return _users_page(request, [("error", exc.reason)], status=400)
    return _users_page(request, [("success", message)])


class NewUser(BaseModel):
    name: str = Field(max_length=64, examples=["ana"])
    role: str = Field(examples=["analyst"], description=f"One of {', '.join(ALL_ROLES)}.")
    password: str | None = Field(
        default=None, max_length=1000, description="Leave out to get a one-time password the user must change."
    )


class UserChange(BaseModel):
    role: str | None = None
    disabled: bool | None = None


@router.get("/api/v1/users", tags=["accounts"])
def api_users(request: Request, principal: Admin) -> list[dict[str, Any]]:
    """Every user: role, disabled, locked, must change password, last sign-in."""
    return accounts.list_users(store_of(request))


@router.post("/api/v1/users", status_code=201, tags=["accounts"])
def api_user_create(request: Request, principal: Admin, body: Annotated[NewUser, Body()]) -> dict[str, Any]:
    """Add a user. The answer carries the password once (``one_time_password`` when generated)."""
    user, password = accounts.create_user(
        store_of(request), settings_of(request), name=body.name, role=body.role, actor=principal, password=body.password
    )
    return {**user, "one_time_password": password if body.password is None else None}


@router.patch("/api/v1/users/{name}", tags=["accounts"])
def api_user_change(request: Request, principal: Admin, name: str, body: UserChange) -> dict[str, Any]:
    """Change a user's role, or disable / enable the account."""
    store = store_of(request)
    user = accounts.get_user(store, name)
    if body.role is not None:
        user = accounts.set_role(store, name=name, role=body.role, actor=principal)
    if body.disabled is not None:
        if body.disabled and user["name"] == principal.name:
            raise InputError("you cannot disable your own account", where="disabled")
        user = accounts.set_disabled(store, name=name, disabled=body.disabled, actor=principal)
    return user


@router.post("/api/v1/users/{name}/reset", tags=["accounts"])
def api_user_reset(request: Request, principal: Admin, name: str) -> dict[str, Any]:
    """A new one-time password (shown once); unlocks the account and signs it out everywhere."""
    password = accounts.reset_password(store_of(request), settings_of(request), name=name, actor=principal)
    return {"name": name, "one_time_password": password}
