"""Local user accounts and their server-side sessions.

Passwords are hashed with Argon2id (``argon2-cffi``) at the cost the settings
give; a hash made at a lower cost is upgraded at the next sign-in. A password
handed out by the system (a new account, a reset, the first admin) is a one-time
password: the user must choose their own at first sign-in. After
``login_max_failures`` failed sign-ins in a row an account is locked for
``login_lockout_minutes``; an admin's reset unlocks it.

A session is a random token in a cookie; only its SHA-256 is stored, so a copy of
the database does not let anyone sign in. Each session has its own CSRF token.
Every change to an account is written to the audit log in the same transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, select, update

from clew.errors import ClewError, InputError, NotFoundError
from clew.settings import Settings
from clew.store import Store
from clew.store.audit import record
from clew.store.schema import sessions, users
from clew.web.principal import ALL_ROLES, Principal

NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
FIRST_ADMIN = "admin"


class LoginError(ClewError):
    """A sign-in was refused. The message never says whether the name exists."""


@dataclass(frozen=True)
class SessionInfo:
    principal: Principal
    csrf_token: str
    must_change_password: bool


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def hasher(settings: Settings) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.argon2_time_cost,
        memory_cost=settings.argon2_memory_kib,
        parallelism=settings.argon2_parallelism,
    )


def generate_password() -> str:
    """A one-time password: 18 URL-safe characters (about 108 bits)."""
    return secrets.token_urlsafe(14)[:18]


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_name(name: str) -> str:
    name = name.strip().lower()
    if not NAME.match(name):
        raise InputError(
            "a user name is 2-64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter "
            "or digit",
            where="name",
        )
    return name


def check_role(role: str) -> str:
    if role not in ALL_ROLES:
        raise InputError(f"unknown role {role!r}; one of {', '.join(ALL_ROLES)}", where="role")
    return role


def check_password(settings: Settings, name: str, password: str) -> None:
    if len(password) < settings.password_min_length:
        raise InputError(f"the password must have at least {settings.password_min_length} characters", where="password")
    if name and name.lower() in password.lower():
        raise InputError("the password must not contain the user name", where="password")
    if len(set(password)) < 5:
        raise InputError("the password repeats too few different characters", where="password")


def _public(row: Any) -> dict[str, Any]:
    locked = _utc(row.locked_until)
    return {
        "id": row.id,
        "name": row.name,
        "role": row.role,
        "disabled": bool(row.disabled),
        "must_change_password": bool(row.must_change_password),
        "locked": bool(locked and locked > _now()),
        "last_login_at": _iso(row.last_login_at),
        "created_at": _iso(row.created_at),
    }


def _iso(value: datetime | None) -> str | None:
    value = _utc(value)
    return value.isoformat().replace("+00:00", "Z") if value else None


def count_users(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(users)).scalar_one())


def list_users(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        return [_public(r) for r in conn.execute(select(users).order_by(users.c.name))]


def _get(conn: Connection, name: str) -> Any:
    row = conn.execute(select(users).where(users.c.name == name.strip().lower())).first()
    if row is None:
        raise NotFoundError(f"no user named {name!r}; `clew user list` shows them")
    return row


def get_user(store: Store, name: str) -> dict[str, Any]:
    with store.engine.connect() as conn:
        return _public(_get(conn, name))


def create_user(
    store: Store,
    settings: Settings,
    *,
    name: str,
    role: str,
    actor: Principal | None,
    password: str | None = None,
) -> tuple[dict[str, Any], str]:
    """Add a user; returns the user and the password (a generated one-time password when none is given).

    A given password is checked against the password rules and the user need not
    change it; a generated one must be changed at first sign-in.
    """
    name = check_name(name)
    check_role(role)
    one_time = password is None
    if password is None:
        password = generate_password()
    else:
        check_password(settings, name, password)
    now = _now()
    with store.engine.begin() as conn:
        if conn.execute(select(users.c.id).where(users.c.name == name)).first() is not None:
            raise InputError(f"a user named {name!r} exists already", where="name")
        conn.execute(
            insert(users).values(
                name=name,
                role=role,
                password_hash=hasher(settings).hash(password),
                must_change_password=one_time,
                disabled=False,
                failed_logins=0,
                locked_until=None,
                last_login_at=None,
                created_at=now,
                updated_at=now,
            )
        )
        record(store, actor, "create", f"user:{name}", {"role": role}, conn=conn)
        row = _get(conn, name)
    return _public(row), password


def bootstrap_admin(store: Store, settings: Settings, *, actor: Principal | None = None) -> str | None:
    """On a workspace without users, create ``admin`` with a one-time password and return it (else ``None``)."""
    if count_users(store):
        return None
    _, password = create_user(store, settings, name=FIRST_ADMIN, role="admin", actor=actor)
    return password


def set_disabled(store: Store, *, name: str, disabled: bool, actor: Principal | None) -> dict[str, Any]:
    """Disable (or enable again) an account; disabling ends its sessions at once."""
    with store.engine.begin() as conn:
        row = _get(conn, name)
        conn.execute(update(users).where(users.c.id == row.id).values(disabled=disabled, updated_at=_now()))
        if disabled:
            conn.execute(delete(sessions).where(sessions.c.user_id == row.id))
        record(store, actor, "disable" if disabled else "enable", f"user:{row.name}", conn=conn)
        return _public(_get(conn, name))


def set_role(store: Store, *, name: str, role: str, actor: Principal | None) -> dict[str, Any]:
    check_role(role)
    with store.engine.begin() as conn:
        row = _get(conn, name)
        conn.execute(update(users).where(users.c.id == row.id).values(role=role, updated_at=_now()))
        conn.execute(delete(sessions).where(sessions.c.user_id == row.id))  # sign in again with the new role
        record(store, actor, "update", f"user:{row.name}", {"role": [row.role, role]}, conn=conn)
        return _public(_get(conn, name))


def reset_password(store: Store, settings: Settings, *, name: str, actor: Principal | None) -> str:
    """A new one-time password; unlocks the account and ends its sessions."""
    password = generate_password()
    with store.engine.begin() as conn:
        row = _get(conn, name)
        conn.execute(
            update(users)
            .where(users.c.id == row.id)
            .values(
                password_hash=hasher(settings).hash(password),
                must_change_password=True,
                failed_logins=0,
                locked_until=None,
                updated_at=_now(),
            )
        )
        conn.execute(delete(sessions).where(sessions.c.user_id == row.id))
        record(store, actor, "reset_password", f"user:{row.name}", conn=conn)
    return password


def change_password(
    store: Store, settings: Settings, *, user_id: int, current: str, new: str, keep_session: str | None = None
) -> None:
    """The user's own change: needs the current password; ends the user's other sessions."""
    ph = hasher(settings)
    with store.engine.begin() as conn:
        row = conn.execute(select(users).where(users.c.id == user_id)).first()
        if row is None:
            raise NotFoundError("this account no longer exists")
        try:
            ph.verify(row.password_hash, current)
        except (VerificationError, InvalidHashError):
            raise InputError("the current password is wrong", where="current_password") from None
        if new == current:
            raise InputError("choose a password other than the current one", where="new_password")
        check_password(settings, row.name, new)
        conn.execute(
            update(users)
            .where(users.c.id == user_id)
            .values(password_hash=ph.hash(new), must_change_password=False, updated_at=_now())
        )
        others = delete(sessions).where(sessions.c.user_id == user_id)
        if keep_session:
            others = others.where(sessions.c.token_sha256 != _sha(keep_session))
        conn.execute(others)
        principal = Principal(kind="user", id=row.id, name=row.name, role=row.role)
        record(store, principal, "change_password", f"user:{row.name}", conn=conn)


_DUMMY_HASHES: dict[tuple[int, int, int], str] = {}


def _burn(settings: Settings, password: str) -> None:
    """Spend the time of a real check so a wrong name answers as slowly as a wrong password."""
    ph = hasher(settings)
    key = (settings.argon2_time_cost, settings.argon2_memory_kib, settings.argon2_parallelism)
    if key not in _DUMMY_HASHES:
        _DUMMY_HASHES[key] = ph.hash(secrets.token_hex(16))
    with contextlib.suppress(VerificationError):
        ph.verify(_DUMMY_HASHES[key], password)


def authenticate(store: Store, settings: Settings, *, name: str, password: str) -> Principal:
    """Check a sign-in; counts failures and locks the account after too many.

    Raises :class:`LoginError` with the same message for an unknown name, a wrong
    password, a disabled or a locked account, so the answer tells an attacker nothing.
    Every attempt is audited.
    """
    name = name.strip().lower()
    with store.engine.begin() as conn:
        principal = _check_login(conn, store, settings, name, password)
    # A refusal is raised only after the transaction committed: the failure count and its audit entry stay.
    if principal is None:
        raise LoginError("wrong user name or password, or the account is locked or disabled")
    return principal


def _check_login(conn: Connection, store: Store, settings: Settings, name: str, password: str) -> Principal | None:
    ph = hasher(settings)
    now = _now()
    row = conn.execute(select(users).where(users.c.name == name)).first()
    if row is None:
        _burn(settings, password)
        record(store, None, "login_failed", f"user:{name[:64]}", {"reason": "unknown user"}, conn=conn)
        return None
    principal = Principal(kind="user", id=row.id, name=row.name, role=row.role)
    locked_until = _utc(row.locked_until)
    if row.disabled or (locked_until and locked_until > now):
        _burn(settings, password)
        reason = "disabled" if row.disabled else "locked"
        record(store, principal, "login_failed", f"user:{row.name}", {"reason": reason}, conn=conn)
        return None
    try:
        ph.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        failures = row.failed_logins + 1
        values: dict[str, Any] = {"failed_logins": failures}
        detail: dict[str, Any] = {"reason": "wrong password", "failures": failures}
        if failures >= settings.login_max_failures:
            values = {"failed_logins": 0, "locked_until": now + timedelta(minutes=settings.login_lockout_minutes)}
            detail["locked_minutes"] = settings.login_lockout_minutes
        conn.execute(update(users).where(users.c.id == row.id).values(**values))
        record(store, principal, "login_failed", f"user:{row.name}", detail, conn=conn)
        return None
    values = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
    if ph.check_needs_rehash(row.password_hash):
        values["password_hash"] = ph.hash(password)
    conn.execute(update(users).where(users.c.id == row.id).values(**values))
    record(store, principal, "login", f"user:{row.name}", conn=conn)
    return principal


# --------------------------------------------------------------------------- sessions


def create_session(store: Store, settings: Settings, *, user_id: int) -> tuple[str, str]:
    """A new session for a signed-in user: (cookie token, CSRF token). Only the token's hash is stored."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = _now()
    with store.engine.begin() as conn:
        conn.execute(delete(sessions).where(sessions.c.expires_at < now))  # tidy up as we go
        conn.execute(
            insert(sessions).values(
                token_sha256=_sha(token),
                user_id=user_id,
                csrf_token=csrf,
                created_at=now,
                last_seen_at=now,
                expires_at=now + timedelta(hours=settings.session_max_hours),
            )
        )
    return token, csrf


def session_info(store: Store, settings: Settings, token: str) -> SessionInfo | None:
    """The signed-in user behind a session cookie, or ``None`` when the session is unknown, idle or expired."""
    now = _now()
    with store.engine.connect() as conn:
        row = conn.execute(
            select(
                sessions.c.id,
                sessions.c.csrf_token,
                sessions.c.last_seen_at,
                sessions.c.expires_at,
                users.c.id.label("user_id"),
                users.c.name,
                users.c.role,
                users.c.disabled,
                users.c.must_change_password,
            )
            .join(users, users.c.id == sessions.c.user_id)
            .where(sessions.c.token_sha256 == _sha(token))
        ).first()
    if row is None or row.disabled:
        return None
    last_seen = _utc(row.last_seen_at)
    expires = _utc(row.expires_at)
    assert last_seen is not None and expires is not None
    if expires <= now or last_seen + timedelta(minutes=settings.session_idle_minutes) <= now:
        end_session(store, token)
        return None
    if now - last_seen > timedelta(seconds=30):  # not a write per request
        with store.engine.begin() as conn:
            conn.execute(update(sessions).where(sessions.c.id == row.id).values(last_seen_at=now))
    return SessionInfo(
        principal=Principal(kind="user", id=row.user_id, name=row.name, role=row.role),
        csrf_token=row.csrf_token,
        must_change_password=bool(row.must_change_password),
    )


def end_session(store: Store, token: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(sessions).where(sessions.c.token_sha256 == _sha(token)))


def user_names(store: Store) -> list[str]:
    """Names of enabled users (for assigning cases)."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(users.c.name).where(users.c.disabled.is_(False)).order_by(users.c.name))
        return [r.name for r in rows]
