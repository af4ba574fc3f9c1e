"""Exchange routes: another Clew server of the sharing group pulls a bank's changes.

``GET /api/v1/exchange/banks/{name}/changes?since=N`` answers one page of the change
log after checkpoint ``N``; the caller applies it and asks again from the page's
``checkpoint`` while ``more`` is true (see :func:`clew.sharing.exchange.pull`). Only
hashes travel; the group key and raw identifiers never do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from clew.sharing.banks import get_bank, list_banks
from clew.sharing.exchange import MAX_PAGE, export_changes
from clew.store import Store
from clew.store.schema import MAX_ROW_ID
from clew.web.principal import Principal
from clew.web.tokens import PROBLEM_RESPONSES, require_scope

EXAMPLE_PAGE = {
    "format": "clew-bank-changes",
    "version": 1,
    "bank": {
        "name": "police-leads",
        "kind": "signals",
        "description": "",
        "group": "ring-a",
        "key_id": "734677d0be925c87",
    },
    "since": 0,
    "checkpoint": 2,
    "more": False,
    "raw_identifiers": False,
    "changes": [
        {
            "seq": 1,
            "action": "opinion",
            "type": "phone",
            "hash": "57b1b6a8551dc8de23bb666f2bdb3affd79f66a8bb657edbae3b8cab99d523c0",
            "organisation": "Police A",
            "opinion": "confirmed",
            "tags": ["se"],
            "at": "2026-11-29T08:57:04+00:00",
        },
        {
            "seq": 2,
            "action": "delete",
            "type": "email",
            "hash": "4985e550be0c3ba8a9b08eefca111f6aedf484db7492fec78c0b5b08b7a7160e",
            "organisation": "Police A",
            "opinion": None,
            "tags": [],
            "at": "2026-11-29T09:01:00+00:00",
        },
    ],
}


def exchange_router(get_store: Callable[[], Store]) -> APIRouter:
    router = APIRouter(prefix="/api/v1/exchange", tags=["exchange"], responses=PROBLEM_RESPONSES)

    @router.get("/banks")
    def banks(_p: Annotated[Principal, Depends(require_scope("exchange"))]) -> list[dict[str, Any]]:
        """The banks a peer can pull, with their group key id and newest checkpoint."""
        keep = ("name", "kind", "description", "group", "key_id", "signals", "checkpoint")
        return [{k: b[k] for k in keep} for b in list_banks(get_store())]

    @router.get(
        "/banks/{name}/changes",
        responses={
            200: {"content": {"application/json": {"example": EXAMPLE_PAGE}}, "description": "A page of changes"},
        },
    )
    def changes(
        name: str,
        _p: Annotated[Principal, Depends(require_scope("exchange"))],
        since: int = Query(0, ge=0, le=MAX_ROW_ID, description="The checkpoint the caller has; 0 for everything."),
        limit: int = Query(1000, ge=1, le=MAX_PAGE),
    ) -> dict[str, Any]:
        """One page of a bank's changes (opinions and deletions) after a checkpoint; hashes only."""
        store = get_store()
        return export_changes(store, get_bank(store, name), since=since, limit=limit)

    return router
