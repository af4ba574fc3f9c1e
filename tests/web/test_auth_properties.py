"""Property tests for what the sign-in code reads from the outside: the ``next`` address and the audit hash."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from clew.store.audit import entry_hash
from clew.web.auth import safe_next


@given(st.text())
def test_next_is_always_a_local_path(value: str) -> None:
    result = safe_next(value)
    assert result.startswith("/") and not result.startswith("//")
    assert "\\" not in result and not any(c.isspace() or ord(c) < 32 for c in result)
    assert result in ("/", value)  # either kept as given or replaced, never rewritten


@given(st.text(alphabet="/abcdefghij?=&.-_0123456789", min_size=1).map(lambda s: "/" + s.lstrip("/")))
def test_plain_local_paths_are_kept(value: str) -> None:
    assert safe_next(value) == value


@given(st.text(), st.text(), st.text())
def test_any_field_change_changes_the_audit_hash(target: str, detail: str, other: str) -> None:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    fields = {
        "prev_hash": "0" * 64,
        "id": 1,
        "at": at,
        "actor_kind": "user",
        "actor_id": 1,
        "actor_name": "ana",
        "action": "view",
        "target": target,
        "detail": detail,
    }
    base = entry_hash(**fields)  # type: ignore[arg-type]
    assert len(base) == 64 and base == entry_hash(**fields)  # type: ignore[arg-type]
    if other != target:
        assert entry_hash(**{**fields, "target": other}) != base  # type: ignore[arg-type]
    if other != detail:
        assert entry_hash(**{**fields, "detail": other}) != base  # type: ignore[arg-type]
