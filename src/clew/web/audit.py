"""The audit log for auditors: a filterable page, the API, and the chain check.

Only the ``auditor`` role (and ``admin``) may read it. Reading the log is itself
recorded, so who looked at who looked is known too.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from clew.store import audit as store_audit
from clew.web.auth import PageRoute, require_role, store_of
from clew.web.principal import Principal
from clew.web.templating import render

router = APIRouter(route_class=PageRoute)

Auditor = Annotated[Principal, Depends(require_role("auditor"))]
PAGE = 50


def _filters(actor: str | None, action: str | None, target: str | None) -> dict[str, str]:
    return {k: v.strip() for k, v in (("actor", actor), ("action", action), ("target", target)) if v and v.strip()}


@router.get("/audit", include_in_schema=False)
def audit_page(
    request: Request,
    principal: Auditor,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    target: Annotated[str | None, Query(max_length=500)] = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    verify: bool = False,
) -> Response:
    store = store_of(request)
    filters = _filters(actor, action, target)
    total, rows = store_audit.entries(store, limit=PAGE, offset=(page - 1) * PAGE, **filters)
    check = store_audit.verify(store).as_dict() if verify else None
    store_audit.record(store, principal, "view", "audit", {**filters, "page": page, "verified": verify})
    return render(
        request,
        "audit.html",
        {
            "entries": rows,
            "total": total,
            "filters": filters,
            "page": page,
            "pages": max(1, -(-total // PAGE)),
            "check": check,
        },
    )


@router.get("/api/v1/audit", tags=["audit"])
def api_audit(
    request: Request,
    principal: Auditor,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    target: Annotated[str | None, Query(max_length=500, description="case:7, or a prefix ending in ':'")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Audit entries newest first: who, when, what, on which target, with the chain hash."""
    store = store_of(request)
    filters = _filters(actor, action, target)
    total, rows = store_audit.entries(store, limit=limit, offset=offset, **filters)
    store_audit.record(store, principal, "view", "audit", {**filters, "offset": offset})
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


@router.get("/api/v1/audit/verify", tags=["audit"])
def api_audit_verify(request: Request, principal: Auditor) -> dict[str, Any]:
    """Walk the hash chain: ``ok``, rows checked, and the first row that does not fit."""
    result = store_audit.verify(store_of(request)).as_dict()
    store_audit.record(store_of(request), principal, "verify", "audit", {"ok": result["ok"]})
    return result
