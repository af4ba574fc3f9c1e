"""Who is calling: the one shape every authentication path produces.

A person signs in with a session cookie (``clew.web.auth``); a program sends a
bearer token (``clew.web.tokens``). Both become a :class:`Principal`, so a route
checks one thing — the caller's role, or a token's scope — whatever the path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ROLES: tuple[str, ...] = ("viewer", "analyst", "supervisor", "admin")
"""Ordered roles: each can do what the ones before it can. ``auditor`` stands apart."""

AUDITOR = "auditor"
"""Reads the audit log and nothing else that names a person."""

ALL_ROLES: tuple[str, ...] = (*ROLES, AUDITOR)


def role_allows(have: str, need: str) -> bool:
    """True when a principal with role ``have`` may do what needs role ``need``."""
    if need == AUDITOR:
        return have in (AUDITOR, "admin")
    if have not in ROLES or need not in ROLES:
        return False
    return ROLES.index(have) >= ROLES.index(need)


@dataclass(frozen=True, slots=True)
class Principal:
    kind: Literal["user", "token"]
    id: int
    name: str
    role: str
    """For a user, one of ALL_ROLES; for a token, the role its scopes amount to."""
    scopes: frozenset[str] = field(default_factory=frozenset)
    """A token's scopes (e.g. ``screen``, ``banks:read``); empty for users."""
