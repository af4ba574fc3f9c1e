"""Bank routes: list banks, read their hashed signals, add and withdraw opinions, export.

Over HTTP a bank is only ever hashes: raw identifiers an operator entered stay in
the workspace (an explicit file export on the command line is the only way out).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field

from clew.sharing.banks import (
    add_signal,
    bank_signals,
    delete_signal,
    get_bank,
    list_banks,
    release_bank,
)
from clew.store import Store
from clew.store.schema import MAX_ROW_ID
from clew.web.principal import Principal
from clew.web.tokens import PROBLEM_RESPONSES, require_scope

EXAMPLE_HASH = "57b1b6a8551dc8de23bb666f2bdb3affd79f66a8bb657edbae3b8cab99d523c0"


class BankOut(BaseModel):
    name: str
    kind: str
    description: str
    group: str
    key_id: str = Field(description="Identifies the group's key without revealing it.")
    flood_limit: int
    flood_window_seconds: int
    quarantined_at: str | None
    quarantine_reason: str | None
    signals: int
    checkpoint: int


class SignalIn(BaseModel):
    type: Literal["phone", "email", "url", "handle", "payment", "crypto", "pdq"]
    value: str | None = Field(
        default=None,
        max_length=2048,
        description="A raw identifier (hashed here with the group key; kept only in this workspace).",
    )
    hash: str | None = Field(
        default=None, pattern=r"^[0-9a-fA-F]{64}$", description="An already keyed hash or PDQ hash."
    )
    opinion: Literal["confirmed", "lead", "false_positive"] = "lead"
    tags: list[Annotated[str, Field(max_length=64)]] = Field(default_factory=list, max_length=32)


class SignalPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


def banks_router(get_store: Callable[[], Store]) -> APIRouter:
    router = APIRouter(prefix="/api/v1/banks", tags=["banks"], responses=PROBLEM_RESPONSES)

    @router.get("", response_model=list[BankOut])
    def banks(_p: Annotated[Principal, Depends(require_scope("banks:read"))]) -> list[dict[str, Any]]:
        """Every bank with its signal count, checkpoint and quarantine state."""
        return list_banks(get_store())

    @router.get("/{name}/signals", response_model=SignalPage)
    def signals(
        name: str,
        _p: Annotated[Principal, Depends(require_scope("banks:read"))],
        limit: int = Query(100, ge=1, le=1000),
        offset: int = Query(0, ge=0, le=MAX_ROW_ID),
    ) -> SignalPage:
        """A bank's live signals (hashes only) with every organisation's opinion and the combined one."""
        store = get_store()
        total, items = bank_signals(store, get_bank(store, name), limit=limit, offset=offset)
        return SignalPage(total=total, limit=limit, offset=offset, items=items)

    @router.post("/{name}/signals", status_code=201)
    def add(
        name: str,
        signal: Annotated[
            SignalIn,
            Body(
                openapi_examples={
                    "phone": {
                        "summary": "A phone number confirmed in an investigation",
                        "value": {"type": "phone", "value": "+1 213 555 0127", "opinion": "confirmed", "tags": ["se"]},
                    },
                    "hash": {
                        "summary": "A keyed hash received from a partner, marked a false positive",
                        "value": {"type": "phone", "hash": EXAMPLE_HASH, "opinion": "false_positive"},
                    },
                }
            ),
        ],
        _p: Annotated[Principal, Depends(require_scope("banks:write"))],
    ) -> dict[str, Any]:
        """Give this organisation's opinion on a signal (a raw identifier is hashed with the group key)."""
        store = get_store()
        return add_signal(
            store,
            get_bank(store, name),
            type_=signal.type,
            value=signal.value,
            hash_=signal.hash,
            opinion=signal.opinion,
            tags=signal.tags,
        )

    @router.delete("/{name}/signals/{type}/{hash}", status_code=204)
    def withdraw(
        name: str,
        type: Literal["phone", "email", "url", "handle", "payment", "crypto", "pdq"],
        hash: Annotated[str, Path(pattern=r"^[0-9a-fA-F]{64}$")],
        _p: Annotated[Principal, Depends(require_scope("banks:write"))],
    ) -> Response:
        """Withdraw this organisation's opinion; the signal is deleted when no opinion is left."""
        store = get_store()
        delete_signal(store, get_bank(store, name), type_=type, hash_=hash)
        return Response(status_code=204)

    @router.post("/{name}/release", response_model=BankOut)
    def release(name: str, _p: Annotated[Principal, Depends(require_scope("banks:write"))]) -> dict[str, Any]:
        """End a bank's flood quarantine after review."""
        store = get_store()
        release_bank(store, get_bank(store, name))
        return next(b for b in list_banks(store) if b["name"] == name)

    @router.get(
        "/{name}/export",
        responses={200: {"content": {"application/json": {}, "text/csv": {}}, "description": "The bank"}},
    )
    def export(
        name: str,
        _p: Annotated[Principal, Depends(require_scope("banks:read"))],
        format: Literal["stix", "csv"] = Query("stix", description="stix (a STIX 2.1 bundle) or csv."),
    ) -> Response:
        """A bank as a STIX 2.1 bundle or CSV: hashes and opinions, never raw identifiers."""
        store = get_store()
        bank = get_bank(store, name)
        if format == "csv":
            from clew.sharing.csvfmt import write_bank_csv

            out = io.StringIO()
            write_bank_csv(store, bank, out)
            return Response(out.getvalue(), media_type="text/csv; charset=utf-8")
        import json

        from clew.sharing.stix import bank_bundle

        return Response(json.dumps(bank_bundle(store, bank)), media_type="application/json")

    return router
