"""Schemathesis drives the screening, bank, exchange and referral routes from their OpenAPI.

Generated requests (valid and invalid) must never get a 5xx, and every answer must
match what the OpenAPI description promises (status codes, content types, bodies).
The app is the real one (``create_app``) on a real SQLite workspace, called in-process.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from clew.settings import Settings
from clew.sharing.banks import add_signal, create_bank
from clew.sharing.keys import create_group
from clew.store import init_workspace
from clew.web.app import create_app
from clew.web.tokens import create_token

OURS = r"^/api/v1/(screen|banks|exchange|referrals)"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
WORKSPACE = Path(tempfile.mkdtemp(prefix="clew-fuzz-")) / "ws"
SETTINGS = Settings(workspace=WORKSPACE)
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(SETTINGS)).include(path_regex=OURS)
TOKEN: dict[str, str] = {}


@pytest.fixture(scope="module", autouse=True)
def workspace() -> Iterator[None]:
    store = init_workspace(SETTINGS)
    create_group(store, name="ring", organisation="Police A", key=bytes(range(32)))
    bank = create_bank(store, name="leads", group="ring")
    add_signal(store, bank, type_="phone", value="213-555-0127", opinion="confirmed")
    TOKEN["admin"] = create_token(store, name="fuzz", scopes=["admin"], rate_per_minute=10**9).secret
    store.close()
    yield
    shutil.rmtree(WORKSPACE.parent, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error_and_no_schema_violation(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN['admin']}"}, checks=CHECKS)
