"""A row number too large for the database in any route's path is a 4xx answer, never a crash.

Schemathesis found SQLite's OverflowError behind a 500 for a case number of 2**63 on the
token API; the workspace routes (cases, items, watches, alerts) take row numbers too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from clew.settings import Settings
from clew.sharing.banks import create_bank
from clew.sharing.keys import create_group
from clew.store import Store
from clew.store.schema import MAX_ROW_ID
from clew.web.tokens import create_token

ROW = re.compile(r"\{(case_id|item_id|watch_id|alert_id)\}")
WEB = Path(__file__).resolve().parents[2] / "src" / "clew" / "web"
DECLARED = re.compile(r'@router\.(get|post|patch|delete|put)\("([^"]*)"')


def _routes_with_row_numbers() -> list[tuple[str, str]]:
    """Every (method, path) a web module declares with a row number in its path, read from the source."""
    found = []
    for module in sorted(WEB.glob("*.py")):
        for method, path in DECLARED.findall(module.read_text(encoding="utf-8")):
            if ROW.search(path):
                found.append((method.upper(), path))
    return found


def test_row_numbers_beyond_the_database_are_refused_with_a_4xx(
    session_client: Callable[[str | None], TestClient],
) -> None:
    client = session_client("admin")
    routes = _routes_with_row_numbers()
    assert len(routes) >= 15, routes
    for method, template in routes:
        for number in (MAX_ROW_ID + 1, 10**30):
            path = ROW.sub(str(number), template).replace("{action}", "pause")
            answer = client.request(method, path, json={})
            assert 400 <= answer.status_code < 500, (method, path, answer.status_code)
    # the largest number the database holds is looked up as usual: not found
    assert client.get(f"/api/v1/cases/{MAX_ROW_ID}").status_code == 404


def test_numbers_of_the_token_api_are_bounded_to_what_the_database_holds(settings: Settings, store: Store) -> None:
    """Checkpoints, page offsets and case numbers beyond an integer column: 422, on SQLite and PostgreSQL."""
    from clew.web.app import create_app

    create_group(store, name="ring", organisation="Police A", key=bytes(range(32)))
    create_bank(store, name="leads", group="ring")
    token = create_token(store, name="t", scopes=["admin"], rate_per_minute=10**6).secret
    client = TestClient(create_app(settings, store=store), headers={"Authorization": f"Bearer {token}"})
    too_big = MAX_ROW_ID + 1
    assert client.get(f"/api/v1/banks/leads/signals?offset={too_big}").status_code == 422
    assert client.get(f"/api/v1/banks/leads/signals?offset={MAX_ROW_ID}").status_code == 200
    assert client.get(f"/api/v1/exchange/banks/leads/changes?since={too_big}").status_code == 422
    assert client.get(f"/api/v1/exchange/banks/leads/changes?since={MAX_ROW_ID}").status_code == 200
    referral = {"case": too_big, "reporter": {"organisation": "P", "contact": "p@example.org"}, "legal_basis": "x"}
    assert client.post("/api/v1/referrals", json=referral).status_code == 422
    assert client.post("/api/v1/referrals", json=referral | {"case": MAX_ROW_ID}).status_code == 404
