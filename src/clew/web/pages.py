"""The analyst workspace pages: dashboard, search, document, network and identifier views.

Server-rendered HTML (Jinja2, ``clew/web/templates``) that works without JavaScript;
small scripts of our own (``/static/*.js``) add the interactive graph, the map and
highlight focus. Front-end libraries come from npm (``package.json``) and are served
from ``node_modules`` through an explicit allow-list at ``/static/vendor/…`` — nothing
from a CDN, nothing from a tile server.

Every page needs a signed-in user with at least the ``viewer`` role (``VIEWER`` below
is the one place that says so); pages that show personal data record an audit event.
Every score on these pages is worded as a lead for review, never as proof.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from clew.errors import InputError, NotFoundError
from clew.identifiers import linking_types
from clew.model import FLAGGED_LEVELS, LEVELS, TYPOLOGIES
from clew.store import Store
from clew.store import analyst as views
from clew.store.audit import record
from clew.store.repository import SORTS, SearchFilters, get_document, get_network, list_networks, search, stats
from clew.web.auth import require_role
from clew.web.geo import city_point
from clew.web.highlight import Span, segments
from clew.web.principal import Principal
from clew.web.templating import STATIC_DIR, render

# ----------------------------------------------------------------------------- access

VIEWER: Any = Depends(require_role("viewer"))
"""The one place that says who may see the workspace pages: a signed-in viewer or above."""

Viewer = Annotated[Principal, VIEWER]

router = APIRouter(include_in_schema=False)

# Load the city coordinates in the background, so the first network page does not wait for them.
threading.Thread(target=city_point, args=("city:,",), name="clew-geo-warmup", daemon=True).start()


def _store(request: Request) -> Store:
    get: Callable[[], Store] = request.app.state.get_store
    return get()


def _audit(request: Request, principal: Principal, action: str, target: str, detail: dict[str, Any]) -> None:
    """Record who looked at personal data (``clew.store.audit``, hash-chained)."""
    record(_store(request), principal, action, target, detail)


# ----------------------------------------------------------------------------- static files

NODE_MODULES_ENV = "CLEW_NODE_MODULES"

VENDOR_FILES: dict[str, str] = {
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",
}
"""The only files served from ``node_modules``: name under /static/vendor/ → path in node_modules."""

OWN_STATIC = frozenset(p.name for p in STATIC_DIR.iterdir() if p.is_file() and p.suffix in {".css", ".js", ".svg"})

MEDIA = {".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml"}


def node_modules() -> Path:
    """Where ``make install`` put the npm packages: $CLEW_NODE_MODULES, else beside pyproject.toml."""
    configured = os.environ.get(NODE_MODULES_ENV)
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[3] / "node_modules"


def _static_response(path: Path) -> Response:
    response = FileResponse(path, media_type=MEDIA.get(path.suffix, "application/octet-stream"))
    response.headers["Cache-Control"] = "public, max-age=3600"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@router.get("/static/vendor/{name}")
def vendor_file(name: str) -> Response:
    """A front-end library file installed from npm (allow-listed; public: no personal data)."""
    rel = VENDOR_FILES.get(name)
    if rel is None:
        raise StarletteHTTPException(404, "no such file")
    path = node_modules() / rel
    if not path.is_file():
        raise StarletteHTTPException(
            503, f"the front-end library file {rel} is not installed: run `make install` (npm ci)"
        )
    return _static_response(path)


@router.get("/static/{name}")
def static_file(name: str) -> Response:
    """Clew's own style sheet and scripts (public: no personal data)."""
    if name not in OWN_STATIC:
        raise StarletteHTTPException(404, "no such file")
    return _static_response(STATIC_DIR / name)


PUBLIC_PATHS = ("/static/vendor/{name}", "/static/{name}")
"""Routes of this module that need no sign-in (static files only)."""


# ----------------------------------------------------------------------------- helpers


def _parse_day(value: str | None, field: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{value!r} is not a date (YYYY-MM-DD)", where=field) from None


def _script_json(value: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` can end the element."""
    raw = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _error_page(request: Request, status: int, heading: str, message: str) -> Response:
    """An HTML error page that names the problem and nothing else (no stack, no internals)."""
    return render(request, "page_error.html", {"heading": heading, "message": message}, status_code=status)


def _bars(values: list[int], height: int = 120) -> list[int]:
    top = max(values, default=0)
    return [0 if top == 0 else max(1 if v else 0, round(v * height / top)) for v in values]


FRESH_SECONDS = 30.0
"""How long workspace-wide figures (dashboard aggregates, search-form choices) are reused.

They change only when documents are ingested or processed; recomputing them on every
page view would cost seconds on a large workspace."""


def _cached(request: Request, key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, reused for FRESH_SECONDS by this app (each app has its own cache)."""
    cache: dict[str, tuple[float, Any]] = request.app.state.__dict__.setdefault("_clew_page_cache", {})
    hit = cache.get(key)
    now = time.monotonic()
    if hit is not None and now - hit[0] < FRESH_SECONDS:
        return hit[1]
    value = compute()
    cache[key] = (now, value)
    return value


# ----------------------------------------------------------------------------- dashboard


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(request: Request, user: Viewer) -> Response:
    """Counts, flags by typology and level, trend, top networks, recent alerts."""
    store = _store(request)
    counts = _cached(request, "stats", lambda: stats(store))
    unit, buckets = _cached(request, "trend", lambda: views.trend(store))
    heights = _bars([b.documents for b in buckets])
    top = max((b.documents for b in buckets), default=0)
    flagged_heights = [0 if top == 0 else round(b.flagged * 120 / top) for b in buckets]
    alerts = _recent_alerts(store)
    return render(
        request,
        "dashboard.html",
        {
            "user": user,
            "counts": counts,
            "typologies": TYPOLOGIES,
            "levels": LEVELS,
            "flagged_levels": [lvl for lvl in LEVELS if lvl in FLAGGED_LEVELS],
            "networks_by_typology": _cached(request, "networks", lambda: views.networks_by_typology(store)),
            "top_networks": _cached(request, "top", lambda: list_networks(store, limit=10, order="risk")["items"]),
            "trend_unit": unit,
            "trend": list(zip(buckets, heights, flagged_heights, strict=True)),
            "trend_max": max((b.documents for b in buckets), default=0),
            "alerts": alerts,
        },
    )


def _recent_alerts(store: Store) -> dict[str, Any]:
    """The newest alerts raised by watchlists (``clew.store.watchlists``) and how many are new."""
    from clew.store.watchlists import list_alerts

    new, _ = list_alerts(store, status="new", limit=1)
    total, items = list_alerts(store, limit=10)
    return {"new": new, "total": total, "items": items}


# ----------------------------------------------------------------------------- search


SORT_LABELS = {
    "risk": "Highest risk",
    "posted_at": "Newest",
    "oldest": "Oldest",
    "network_size": "Largest network",
    "relevance": "Best match",
}

PAGE_SIZES = (20, 50, 100)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    user: Viewer,
    q: str | None = None,
    typology: str | None = None,
    level: str | None = None,
    flagged: str | None = None,
    country: str | None = None,
    city: str | None = None,
    source: str | None = None,
    identifier_type: str | None = Query(None, alias="id_type"),
    identifier_value: str | None = Query(None, alias="id_value"),
    date_from: str | None = None,
    date_to: str | None = None,
    min_network_size: str | None = None,
    sort: str | None = None,
    page: int = Query(1, ge=1, le=10_000),
    per_page: int = Query(20, ge=1, le=100),
) -> Response:
    """Full-text search with filters, sortable and paginated."""
    store = _store(request)
    q = (q or "").strip() or None
    form = {
        "q": q or "",
        "typology": typology or "",
        "level": level or "",
        "flagged": flagged or "",
        "country": country or "",
        "city": city or "",
        "source": source or "",
        "id_type": identifier_type or "",
        "id_value": identifier_value or "",
        "date_from": date_from or "",
        "date_to": date_to or "",
        "min_network_size": min_network_size or "",
    }
    chosen_sort = sort or ("relevance" if q else "risk")
    error: str | None = None
    total, items = 0, list[dict[str, Any]]()
    try:
        if chosen_sort not in SORTS:
            raise InputError(f"unknown sort {chosen_sort!r}", where="sort")
        size: int | None = None
        if min_network_size:
            try:
                size = int(min_network_size)
            except ValueError:
                raise InputError(f"{min_network_size!r} is not a whole number", where="min_network_size") from None
            if size < 1:
                raise InputError("the network size must be at least 1", where="min_network_size")
        filters = SearchFilters(
            q=q,
            typology=typology or None,
            level=level or None,
            flagged={"yes": True, "no": False}.get(flagged or ""),
            country=(country or "").strip().upper() or None,
            city=(city or "").strip() or None,
            source=source or None,
            identifier_type=(identifier_type or "").strip() or None,
            identifier_value=(identifier_value or "").strip() or None,
            date_from=_parse_day(date_from, "date_from"),
            date_to=_parse_day(date_to, "date_to"),
            min_network_size=size,
        )
        total, items = search(store, filters=filters, sort=chosen_sort, limit=per_page, offset=(page - 1) * per_page)
    except InputError as exc:
        error = f"{exc.where}: {exc.reason}" if exc.where else exc.reason
    pages = max(1, math.ceil(total / per_page))
    _audit(
        request,
        user,
        "search",
        "documents",
        {k: v for k, v in form.items() if v} | {"total": total, "page": page},
    )
    return render(
        request,
        "search.html",
        {
            "user": user,
            "form": form,
            "items": items,
            "total": total,
            "page": page,
            "pages": pages,
            "per_page": per_page,
            "page_sizes": PAGE_SIZES,
            "sort": chosen_sort,
            "sorts": [(s, SORT_LABELS[s]) for s in SORTS if s != "relevance" or q],
            "error": error,
            "typologies": TYPOLOGIES,
            "levels": LEVELS,
            "known": _cached(request, "known", lambda: views.known_values(store)),
            "searched": any(form.values()),
        },
        status_code=400 if error else 200,
    )


# ----------------------------------------------------------------------------- document


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, user: Viewer, doc_id: str) -> Response:
    """The original text with entities and evidence highlighted, the explanation, provenance, pivots."""
    store = _store(request)
    try:
        data = get_document(store, doc_id=doc_id)
    except NotFoundError:
        return _error_page(request, 404, "Document not found", "There is no document with this id in the workspace.")
    analysis = data["analysis"] or {}
    doc = data["document"]
    text_spans: list[Span] = []
    title_spans: list[Span] = []
    entity_rows: list[dict[str, Any]] = []
    for i, e in enumerate(analysis.get("entities", [])):
        span = Span(e["start"], e["end"], f"e{i}", "entity", f"{e['type']}: {e['value']}")
        source_text = doc.get("title") if e.get("field") == "title" else doc["text"]
        written = (source_text or "")[e["start"] : e["end"]]
        entity_rows.append({**e, "span_id": span.id, "written": written})
        if e.get("field", "text") == "text":
            text_spans.append(span)
        elif e.get("field") == "title":
            title_spans.append(span)
    hit_rows: list[dict[str, Any]] = []
    for i, h in enumerate(analysis.get("indicators", [])):
        span = Span(h["start"], h["end"], f"h{i}", "hit", f"indicator {h['id']} (weight {h['weight']})")
        hit_rows.append({**h, "span_id": span.id})
        if h.get("field", "text") == "text":
            text_spans.append(span)
        elif h.get("field") == "title":
            title_spans.append(span)
    typology_rows = []
    for name in TYPOLOGIES:
        score = (analysis.get("typologies") or {}).get(name)
        if not score:
            continue
        hits = [h for h in hit_rows if h["pack"] == name or h["id"] in score.get("indicators", [])]
        typology_rows.append({"name": name, **score, "hits": hits})
    typology_rows.sort(key=lambda t: (-t["score"], TYPOLOGIES.index(t["name"])))
    counts = {(i["type"], i["value"]): i["other_documents"] for i in data["identifiers"]}
    pairs = sorted(counts)
    # Lists of the documents behind a pivot for identifiers that link documents (a phone, a
    # wallet), not for attributes that thousands of ads share (a country, an age, a price).
    linking = linking_types()
    pk = _document_pk(store, doc_id)
    listed = [p for p in pairs if p[0] in linking]
    pivots = views.pivot_documents(store, pairs=listed, exclude_pk=pk) if pk is not None else {}
    identifier_rows = [
        {"type": k, "value": v, "count": counts[(k, v)], "documents": pivots.get((k, v), {}).get("documents", [])}
        for k, v in pairs
    ]
    _audit(request, user, "view", f"document:{doc_id}", {})
    return render(
        request,
        "document.html",
        {
            "user": user,
            "data": data,
            "doc": doc,
            "analysis": analysis,
            "text_segments": segments(doc["text"], text_spans),
            "title_segments": segments(doc.get("title") or "", title_spans),
            "entities": entity_rows,
            "hits": hit_rows,
            "typology_rows": typology_rows,
            "identifiers": identifier_rows,
            "doc_lang": doc.get("lang") or analysis.get("lang") or "und",
        },
    )


def _document_pk(store: Store, doc_id: str) -> int | None:
    from sqlalchemy import select

    from clew.store.schema import documents

    with store.engine.connect() as conn:
        pk = conn.execute(select(documents.c.pk).where(documents.c.doc_id == doc_id)).scalar()
    return int(pk) if pk is not None else None


# ----------------------------------------------------------------------------- network


@router.get("/networks/{network_id}", response_class=HTMLResponse)
def network_page(request: Request, user: Viewer, network_id: str) -> Response:
    """Graph of documents and identifiers with edge evidence, timeline, movement map, risk."""
    store = _store(request)
    try:
        data = views.network_view(store, network_id=network_id)
    except NotFoundError:
        return _error_page(request, 404, "Network not found", "There is no network with this id in the workspace.")
    timeline = data["timeline"]
    heights = _bars([n for _d, n in timeline], height=100)
    places = []
    for step in data["movement"]:
        point = city_point(step["city"])
        places.append(
            {
                **step,
                "name": step["city"].removeprefix("city:"),
                "lat": point[0] if point else None,
                "lon": point[1] if point else None,
            }
        )
    graph_json = _script_json(data["graph"])
    map_json = _script_json(
        [
            {
                "name": p["name"],
                "lat": p["lat"],
                "lon": p["lon"],
                "first": _day(p["first"]),
                "last": _day(p["last"]),
                "documents": p["documents"],
            }
            for p in places
            if p["lat"] is not None
        ]
    )
    described = get_network(store, network_id) or {}
    template = described.get("template")
    slots = [Span(t["start"], t["end"], t["name"], "slot", t["kind"]) for t in (template or {}).get("slots", [])]
    template_segments = segments(template["text"], slots) if template else []
    _audit(request, user, "view", f"network:{network_id}", {"size": data["size"]})
    return render(
        request,
        "network.html",
        {
            "user": user,
            "net": data,
            "net_risk": described.get("risk"),
            "indicators": _indicator_rows(described.get("indicators") or {}),
            "bridges": described.get("bridges") or [],
            "template": template,
            "template_segments": template_segments,
            "timeline": list(zip(timeline, heights, strict=True)),
            "movement": places,
            "graph_json": graph_json,
            "map_json": map_json,
            "typologies": TYPOLOGIES,
        },
    )


INDICATOR_LABELS: dict[str, str] = {
    "ads": "Documents",
    "phones": "Phone numbers",
    "emails": "E-mail addresses",
    "names": "Names used",
    "names_per_phone": "Most names on one phone",
    "ages_per_phone": "Most ages on one phone",
    "places": "Places",
    "countries": "Countries",
    "span_days": "Days active",
    "ads_per_day": "Documents per day",
    "max_ads_24h": "Most documents in 24 hours",
    "sites": "Sites",
    "flagged_share": "Share of documents flagged",
}


def _indicator_rows(indicators: dict[str, Any]) -> list[dict[str, Any]]:
    """The network's measured facts as label/value rows (lists shown with their count and values)."""
    rows = []
    for key, label in INDICATOR_LABELS.items():
        if key not in indicators or indicators[key] is None:
            continue
        value = indicators[key]
        if isinstance(value, dict):  # e.g. names per phone: {phone: [names]}
            sizes = [len(v) if isinstance(v, list) else 1 for v in value.values()]
            shown = "; ".join(
                f"{k}: {', '.join(str(x) for x in v) if isinstance(v, list) else v}" for k, v in list(value.items())[:6]
            )
            rows.append({"key": key, "label": label, "value": max(sizes, default=0), "detail": shown})
        elif isinstance(value, list):
            shown = ", ".join(str(v) for v in value[:12]) + (" …" if len(value) > 12 else "")
            rows.append({"key": key, "label": label, "value": len(value), "detail": shown})
        elif key == "flagged_share" and isinstance(value, int | float):
            rows.append({"key": key, "label": label, "value": f"{value * 100:.0f}%", "detail": ""})
        elif isinstance(value, float):
            rows.append({"key": key, "label": label, "value": f"{value:.2f}", "detail": ""})
        else:
            rows.append({"key": key, "label": label, "value": value, "detail": ""})
    return rows


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value else None


# ----------------------------------------------------------------------------- identifier


@router.get("/identifier", response_class=HTMLResponse)
def identifier_page(
    request: Request,
    user: Viewer,
    type: str = Query("", max_length=32),
    value: str = Query("", max_length=2000),
    page: int = Query(1, ge=1, le=10_000),
) -> Response:
    """Everything known about one phone, handle, wallet, photo hash or other identifier."""
    store = _store(request)
    per_page = 25
    try:
        info = views.identifier_summary(store, kind=type, value=value, limit=per_page, offset=(page - 1) * per_page)
    except InputError as exc:
        return _error_page(request, 400, "Which identifier?", exc.reason)
    except NotFoundError:
        return _error_page(request, 404, "Identifier not found", "No document in the workspace mentions it.")
    _audit(request, user, "view", f"identifier:{type}:{value}", {"documents": info["documents_total"]})
    return render(
        request,
        "identifier.html",
        {
            "user": user,
            "info": info,
            "page": page,
            "pages": max(1, math.ceil(info["documents_total"] / per_page)),
        },
    )


@router.get("/identifiers/{kind}/{value:path}")
def identifier_short(kind: str, value: str, user: Viewer) -> Response:
    """A readable address for an identifier, e.g. /identifiers/phone/+12135550127."""
    from urllib.parse import urlencode

    return RedirectResponse(f"/identifier?{urlencode({'type': kind, 'value': value})}", status_code=303)


__all__ = ["PUBLIC_PATHS", "VENDOR_FILES", "router"]
