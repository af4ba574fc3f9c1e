"""The HTTP API (FastAPI), served by ``clew serve`` on a workspace.

Errors are JSON problem documents (RFC 9457: ``application/problem+json``) with
the field or record at fault. Interactive docs that load scripts from a CDN are
switched off (Clew runs offline); the OpenAPI description is at ``/openapi.json``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException

from clew import __version__
from clew.errors import ClewError, InputError, NotFoundError
from clew.model import TYPOLOGIES, Analysis, Document
from clew.pipeline import Pipeline
from clew.settings import Settings
from clew.store import Store, open_workspace
from clew.store.audit import record as audit_record
from clew.store.repository import SearchFilters, get_document, search, stats
from clew.web import account_routes, auth, screening
from clew.web import audit as audit_routes
from clew.web import cases as case_routes
from clew.web import watchlists as watch_routes
from clew.web.principal import Principal

PROBLEM = "application/problem+json"

EXAMPLE_DOCUMENT = {
    "id": "a1",
    "text": "New in town, ask for daddy. Call 213-555-0127, 100% real.",
    "country": "US",
}


def problem(status: int, title: str, detail: str, **extra: Any) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


class Health(BaseModel):
    status: str
    version: str
    database: str


class SearchPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(
        title="Clew API",
        version=__version__,
        description=(
            "Find, link and explain the online traces of trafficking in persons. "
            "Every score is a lead for a person to review, never proof."
        ),
        docs_url=None,
        redoc_url=None,
    )
    state: dict[str, Any] = {"store": store}
    pipeline = Pipeline(settings)

    def get_store() -> Store:
        if state["store"] is None:
            state["store"] = open_workspace(settings)
        result: Store = state["store"]
        return result

    app.state.settings = settings
    app.state.get_store = get_store
    auth.install(app)  # sessions, CSRF and the 401/403 answers (issue 6)
    viewer = Depends(auth.require_role("viewer"))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"field": ".".join(str(p) for p in err["loc"]), "message": err["msg"]} for err in exc.errors()]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
        return problem(422, "Invalid request", detail, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, "HTTP error", str(exc.detail))

    @app.exception_handler(NotFoundError)
    async def _not_found(_request: Request, exc: NotFoundError) -> JSONResponse:
        return problem(404, "Not found", str(exc))

    @app.exception_handler(InputError)
    async def _bad_input(_request: Request, exc: InputError) -> JSONResponse:
        return problem(400, "Bad request", exc.reason, field=exc.where)

    @app.exception_handler(ClewError)
    async def _clew(_request: Request, exc: ClewError) -> JSONResponse:
        return problem(503, "Service unavailable", str(exc))

    from clew.web.check import install_public_pages  # public pages (issue 8); imported here: it imports this module

    install_public_pages(app, settings)

    @app.get("/", tags=["service"], dependencies=[viewer])
    def index(request: Request) -> Any:
        """What this server offers (a browser goes on to the dashboard)."""
        if "text/html" in request.headers.get("accept", ""):
            return RedirectResponse("/dashboard", status_code=303)
        return {
            "name": "Clew API",
            "version": __version__,
            "openapi": "/openapi.json",
            "routes": sorted(
                f"{method} {route.path}"
                for route in app.routes
                if isinstance(route, APIRoute)
                for method in sorted(route.methods or ())
            ),
            "note": "Every score is a lead for a person to review, never proof.",
        }

    @app.get("/healthz", response_model=Health, tags=["service"])
    def healthz() -> Health:
        """Liveness and database check."""
        try:
            with get_store().engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            database = "ok"
        except Exception as exc:  # reported, not raised: health must always answer
            database = f"error: {type(exc).__name__}"
        return Health(status="ok" if database == "ok" else "degraded", version=__version__, database=database)

    @app.post(
        "/api/v1/analyze",
        response_model=Analysis,
        tags=["analysis"],
        dependencies=[viewer],
        responses={413: {"description": "Text too long"}, 422: {"description": "Invalid document"}},
    )
    def analyze(
        document: Annotated[Document, Body(openapi_examples={"ad": {"summary": "An ad", "value": EXAMPLE_DOCUMENT}})],
    ) -> Analysis | JSONResponse:
        """Analyse one document (nothing is stored): the same record as `clew analyze`."""
        if len(document.text) > settings.max_document_chars:
            return problem(
                413,
                "Document too large",
                f"text is {len(document.text):,} characters; the limit is {settings.max_document_chars:,}",
                field="text",
            )
        return pipeline.analyze(document)

    @app.get("/api/v1/documents", response_model=SearchPage, tags=["documents"])
    def documents(
        principal: Principal = viewer,
        q: str | None = Query(None, description='Words, "phrases", OR, -exclusions.'),
        typology: str | None = Query(None, description=f"One of {', '.join(TYPOLOGIES)}."),
        level: str | None = Query(None, description="With typology: none, low, medium or high."),
        flagged: bool | None = None,
        country: str | None = None,
        lang: str | None = None,
        source: str | None = None,
        identifier_type: str | None = Query(None, examples=["phone"]),
        identifier_value: str | None = Query(None, examples=["+12135550127"]),
        date_from: date | None = None,
        date_to: date | None = None,
        min_network_size: int | None = Query(None, ge=1),
        sort: str = Query("risk", description="risk, posted_at or relevance."),
        limit: int = Query(20, ge=1, le=200),
        offset: int = Query(0, ge=0),
    ) -> SearchPage:
        """Search stored documents with filters; newest analysis summaries."""
        filters = SearchFilters(
            q=q,
            typology=typology,
            level=level,
            flagged=flagged,
            country=country,
            lang=lang,
            source=source,
            identifier_type=identifier_type,
            identifier_value=identifier_value,
            date_from=date_from,
            date_to=date_to,
            min_network_size=min_network_size,
        )
        total, items = search(get_store(), filters=filters, sort=sort, limit=limit, offset=offset)
        asked = {k: str(v) for k, v in filters.__dict__.items() if v is not None}
        audit_record(get_store(), principal, "search", "documents", {**asked, "total": total, "offset": offset})
        return SearchPage(total=total, limit=limit, offset=offset, items=items)

    @app.get("/api/v1/documents/{doc_id}", tags=["documents"])
    def document(doc_id: str, principal: Principal = viewer) -> dict[str, Any]:
        """One document: text, analysis with evidence, provenance, network, pivots."""
        found = get_document(get_store(), doc_id=doc_id)
        audit_record(get_store(), principal, "view", f"document:{doc_id}")
        return found

    @app.get("/api/v1/stats", tags=["documents"], dependencies=[viewer])
    def workspace_stats() -> dict[str, Any]:
        """Counts of documents, flags per typology and level, networks, quarantine."""
        return stats(get_store())

    from clew.web.pages import router as pages_router

    app.include_router(pages_router)  # analyst workspace pages and /static/
    app.include_router(account_routes.router)  # sign-in, passwords, users (issue 6)
    app.include_router(case_routes.router)  # cases, report, evidence export (issue 6)
    app.include_router(watch_routes.router)  # watchlists and alerts (issue 6)
    app.include_router(audit_routes.router)  # the audit log for auditors (issue 6)
    app.state.nav = [*getattr(app.state, "nav", []), *account_routes.NAV]
    screening.install(app, settings=settings, get_store=get_store, pipeline=pipeline)  # tokens, screening (issue 7)
    return app
