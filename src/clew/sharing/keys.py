"""Sharing groups and keyed hashing of identifiers.

The key of a group is 32 random bytes that its members exchange out of band (a
file handed over in person or through an encrypted channel). Clew stores it in the
workspace database and never prints it, logs it, exports it or puts it in an error
message; what it shows instead is the *key id*, the first 16 hex digits of
SHA-256 over the key, which lets two servers check they hold the same key without
revealing it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from clew.errors import InputError, NotFoundError
from clew.store import Store
from clew.store.schema import sharing_groups

_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_KEY = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class Group:
    id: int
    name: str
    organisation: str
    key_id: str
    key: bytes

    def __repr__(self) -> str:  # the key must never end up in a log line or a traceback
        return f"Group(id={self.id}, name={self.name!r}, organisation={self.organisation!r}, key_id={self.key_id!r})"

    def hash(self, type_: str, value: str) -> str:
        """The keyed hash of one canonical identifier: HMAC-SHA256(key, "type:value")."""
        return keyed_hash(self.key, type_, value)


def keyed_hash(key: bytes, type_: str, value: str) -> str:
    return hmac.new(key, f"{type_}:{value}".encode(), hashlib.sha256).hexdigest()


def key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:16]


def check_name(name: str, what: str) -> str:
    if not _NAME.match(name):
        raise InputError(f"a {what} name is 1-64 lower-case letters, digits, '.', '_' or '-': {name!r}", where=what)
    return name


def read_key_file(path: Path) -> bytes:
    """A key file holds 64 hex digits (32 bytes); errors never quote its content."""
    try:
        text = path.read_text(encoding="ascii").strip().lower()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the key file: {type(exc).__name__}", where=str(path)) from exc
    if not _KEY.match(text):
        raise InputError("a key file must hold exactly 64 hexadecimal digits (32 bytes)", where=str(path))
    return bytes.fromhex(text)


def write_key_file(path: Path, key: bytes) -> None:
    """Write a new key readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex() + "\n")


def create_group(store: Store, *, name: str, organisation: str, key: bytes | None = None) -> Group:
    """Create a group with a new random key, or join one with the key a partner sent."""
    check_name(name, "group")
    if not organisation.strip():
        raise InputError("the organisation name must not be empty", where="--org")
    key = key if key is not None else secrets.token_bytes(32)
    if len(key) != 32:
        raise InputError("a group key is 32 bytes", where="key")
    try:
        with store.engine.begin() as conn:
            inserted = conn.execute(
                sharing_groups.insert().values(
                    name=name,
                    key_hex=key.hex(),
                    key_id=key_id(key),
                    organisation=organisation.strip(),
                    created_at=datetime.now(UTC),
                )
            ).inserted_primary_key
            assert inserted is not None
            new_id = inserted[0]
    except IntegrityError as exc:
        raise InputError(f"a sharing group named {name!r} exists already", where="NAME") from exc
    return Group(id=int(new_id), name=name, organisation=organisation.strip(), key_id=key_id(key), key=key)


def _group(row: object) -> Group:
    r = row._mapping  # type: ignore[attr-defined]
    return Group(
        id=r["id"], name=r["name"], organisation=r["organisation"], key_id=r["key_id"], key=bytes.fromhex(r["key_hex"])
    )


def get_group(store: Store, name: str) -> Group:
    with store.engine.connect() as conn:
        row = conn.execute(select(sharing_groups).where(sharing_groups.c.name == name)).first()
    if row is None:
        raise NotFoundError(f"no sharing group {name!r}; create one with `clew group create`")
    return _group(row)


def group_by_id(store: Store, group_id: int) -> Group:
    with store.engine.connect() as conn:
        row = conn.execute(select(sharing_groups).where(sharing_groups.c.id == group_id)).first()
    if row is None:
        raise NotFoundError(f"no sharing group #{group_id}")
    return _group(row)


def list_groups(store: Store) -> list[Group]:
    with store.engine.connect() as conn:
        return [_group(row) for row in conn.execute(select(sharing_groups).order_by(sharing_groups.c.id))]
