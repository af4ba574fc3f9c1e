"""Watchlist and alert pages and API.

Analysts keep watchlists (identifiers, queries, rule hits); ``clew process``
raises an alert for each new document that matches (``clew.store.watchlists``).
Alerts can be read by every viewer (the dashboard shows the newest) and
acknowledged by an analyst.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from clew.errors import InputError
from clew.store import watchlists as store_watch
from clew.web.auth import PageRoute, RowId, require_role, settings_of, store_of
from clew.web.principal import Principal, role_allows
from clew.web.templating import render

router = APIRouter(route_class=PageRoute)

Viewer = Annotated[Principal, Depends(require_role("viewer"))]
Analyst = Annotated[Principal, Depends(require_role("analyst"))]

KIND_HELP = {
    "identifier": "TYPE:VALUE — phone:+12135550127, email:name@example.com, crypto:btc:…",
    "query": 'search words, "phrases", OR, -exclusions',
    "indicator": "an indicator id (se.third_party_control) or a typology (labour_exploitation)",
}


def _page(request: Request, flashes: list[tuple[str, str]], status: int = 200, **form: str) -> Response:
    store = store_of(request)
    watches = store_watch.list_watches(store)
    return render(
        request,
        "watchlists.html",
        {"watches": watches, "kinds": store_watch.KINDS, "help": KIND_HELP, "form": form},
        status_code=status,
        flashes=flashes,
    )


@router.get("/watchlists", include_in_schema=False)
def watchlists_page(request: Request, principal: Analyst) -> Response:
    return _page(request, [])


@router.post("/watchlists", include_in_schema=False)
def watchlists_create(
    request: Request,
    principal: Analyst,
    name: Annotated[str, Form(max_length=1000)] = "",
    kind: Annotated[str, Form(max_length=32)] = "identifier",
    value: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    try:
        watch = store_watch.create_watch(
            store_of(request),
            name=name,
            kind=kind,
            value=value,
            actor=principal,
            default_region=settings_of(request).default_region,
        )
    except InputError as exc:
        return _page(request, [("error", exc.reason)], status=400, name=name, kind=kind, value=value)
    now = store_watch.count_matches(store_of(request), watch["id"])
    message = f"Watching {watch['value']}. New matches raise alerts when documents are processed"
    message += f"; {now} stored documents match it now." if now else "."
    return _page(request, [("success", message)])


@router.post("/watchlists/{watch_id}/{action}", include_in_schema=False)
def watchlists_action(request: Request, principal: Analyst, watch_id: RowId, action: str) -> Response:
    store = store_of(request)
    if action == "delete":
        store_watch.delete_watch(store, watch_id, actor=principal)
    elif action in ("pause", "resume"):
        store_watch.set_active(store, watch_id, active=action == "resume", actor=principal)
    else:
        return _page(request, [("error", f"unknown action {action!r}")], status=400)
    return RedirectResponse("/watchlists", status_code=303)


@router.get("/alerts", include_in_schema=False)
def alerts_page(
    request: Request,
    principal: Viewer,
    status: str | None = None,
    watch: int | None = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    size = 50
    status = status if status in ("new", "acknowledged") else None
    total, rows = store_watch.list_alerts(
        store_of(request), status=status, watch_id=watch, limit=size, offset=(page - 1) * size
    )
    return render(
        request,
        "alerts.html",
        {
            "alerts": rows,
            "total": total,
            "status": status or "",
            "page": page,
            "pages": max(1, -(-total // size)),
            "can_ack": role_allows(principal.role, "analyst"),
        },
    )


@router.post("/alerts/{alert_id}/acknowledge", include_in_schema=False)
def alerts_ack(request: Request, principal: Analyst, alert_id: RowId) -> Response:
    store_watch.acknowledge(store_of(request), alert_id, actor=principal)
    return RedirectResponse("/alerts?status=new", status_code=303)


# --------------------------------------------------------------------------- API


class NewWatch(BaseModel):
    name: str = Field(default="", max_length=200)
    kind: str = Field(description="identifier, query or indicator", examples=["identifier"])
    value: str = Field(max_length=500, examples=["phone:+12135550127"])


class WatchChange(BaseModel):
    active: bool


@router.get("/api/v1/watchlists", tags=["watchlists"])
def api_watchlists(request: Request, principal: Analyst) -> list[dict[str, Any]]:
    """Every watch with its alert counts."""
    return store_watch.list_watches(store_of(request))


@router.post("/api/v1/watchlists", status_code=201, tags=["watchlists"])
def api_watch_create(request: Request, principal: Analyst, body: Annotated[NewWatch, Body()]) -> dict[str, Any]:
    """Watch an identifier, a query or a rule hit; answers with how many stored documents match now."""
    store = store_of(request)
    watch = store_watch.create_watch(
        store,
        name=body.name,
        kind=body.kind,
        value=body.value,
        actor=principal,
        default_region=settings_of(request).default_region,
    )
    return {**watch, "matching_now": store_watch.count_matches(store, watch["id"])}


@router.patch("/api/v1/watchlists/{watch_id}", tags=["watchlists"])
def api_watch_change(request: Request, principal: Analyst, watch_id: RowId, body: WatchChange) -> dict[str, Any]:
    """Pause or resume a watch."""
    return store_watch.set_active(store_of(request), watch_id, active=body.active, actor=principal)


@router.delete("/api/v1/watchlists/{watch_id}", status_code=204, tags=["watchlists"])
def api_watch_delete(request: Request, principal: Analyst, watch_id: RowId) -> Response:
    store_watch.delete_watch(store_of(request), watch_id, actor=principal)
    return Response(status_code=204)


@router.get("/api/v1/alerts", tags=["watchlists"])
def api_alerts(
    request: Request,
    principal: Viewer,
    status: str | None = Query(None, description="new or acknowledged"),
    watch: int | None = None,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """Alerts newest first, each with its watch and document."""
    total, rows = store_watch.list_alerts(store_of(request), status=status, watch_id=watch, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


@router.post("/api/v1/alerts/{alert_id}/acknowledge", status_code=204, tags=["watchlists"])
def api_alert_ack(request: Request, principal: Analyst, alert_id: RowId) -> Response:
    store_watch.acknowledge(store_of(request), alert_id, actor=principal)
    return Response(status_code=204)
