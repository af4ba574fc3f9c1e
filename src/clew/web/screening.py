"""The screening API for platforms: one document or a batch, checked against the banks.

A platform calls ``POST /api/v1/screen`` at upload time with a bearer token of scope
``screen``. The answer is the same analysis record ``clew analyze`` writes, plus the
signal-bank matches and ``review``: true when something (a flagged typology or an
actionable bank match) deserves a person's look. Nothing in it is a verdict.

:func:`install` wires everything this module family needs into the app in one call:
the token authenticator, the problem answers for token errors, the request-size
guard, and the screening, bank, exchange and referral routers.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware

from clew.model import FLAGGED_LEVELS, Analysis, Document
from clew.pipeline import Pipeline
from clew.settings import Settings
from clew.sharing.matching import REVIEW_NOTE, screen_matches
from clew.store import Store
from clew.web import auth
from clew.web.auth import SECURITY_HEADERS
from clew.web.principal import Principal
from clew.web.tokens import PROBLEM_RESPONSES, TokenAuth, TokenProblem, require_scope

MAX_BATCH = 1000
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_BATCH_BODY_BYTES = 64 * 1024 * 1024
GUARDED_PREFIXES = ("/api/v1/screen", "/api/v1/banks", "/api/v1/exchange", "/api/v1/referrals")
INLINE_CHARS = 20_000
"""A document up to this many characters (text and title) is screened on the event loop,
where the millisecond it takes costs less than the hand-over to a worker thread and
back; a longer one goes to a worker thread so that it never holds up the other
requests of its process for long. (PostgreSQL stores always use a thread: their
queries wait on the network.)"""

EXAMPLE_SCREEN = {
    "id": "upload-4711",
    "text": "New girls every week, ask for daddy. Call 213-555-0127, cashapp $lilyrose",
    "country": "US",
    "source": "ads.example.com",
}
EXAMPLE_PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"


class ScreenDocument(Document):
    """A document to screen, with the PDQ hashes of its photos computed by the platform."""

    pdq: list[Annotated[str, Field(pattern=r"^[0-9a-fA-F]{64}$")]] = Field(
        default_factory=list,
        max_length=64,
        description="PDQ hashes (64 hex digits) of the document's photos; the photos themselves are not sent.",
    )


class Span(BaseModel):
    field: str
    start: int
    end: int


class OpinionOut(BaseModel):
    organisation: str
    opinion: str = Field(description="confirmed, lead or false_positive.")
    tags: list[str]
    at: str | None


class BankMatch(BaseModel):
    bank: str
    bank_kind: str = Field(description="signals, or negative (a list of known false positives).")
    type: str = Field(description="Identifier type, or pdq for a photo.")
    value: str = Field(description="The document's own identifier (canonical) or PDQ hash that matched.")
    entity: Span | None = Field(description="Where the identifier is in the document.")
    distance: int | None = Field(description="PDQ Hamming distance (photos only).")
    opinion: str = Field(description="The combined opinion: confirmed, lead, false_positive or disputed.")
    opinions: list[OpinionOut]
    tags: list[str]
    status: Literal["match", "disputed", "suppressed", "quarantined"]
    reason: str


class ScreenResult(Analysis):
    """The analysis record plus the bank matches."""

    matches: list[BankMatch] = Field(default_factory=list)
    review: bool = Field(description="True when a flagged typology or a bank match deserves a person's review.")
    note: str = REVIEW_NOTE


class BatchRequest(BaseModel):
    documents: list[ScreenDocument] = Field(min_length=1, max_length=MAX_BATCH)


class BatchResult(BaseModel):
    count: int
    results: list[ScreenResult]


def _result(analysis: Analysis, matches: list[dict[str, Any]]) -> ScreenResult:
    flagged = any(score.level in FLAGGED_LEVELS for score in analysis.typologies.values())
    actionable = any(m["status"] in ("match", "disputed") for m in matches)
    # The analysis was validated when the pipeline built it: its fields are taken as they
    # are (model_construct), and only the bank matches, built from dicts, are validated.
    return ScreenResult.model_construct(
        **dict(analysis),
        matches=[BankMatch.model_validate(m) for m in matches],
        review=flagged or actionable,
        note=REVIEW_NOTE,
    )


def _json(model: BaseModel) -> Response:
    """The model as JSON, written once by pydantic (FastAPI would dump, re-validate and dump it again)."""
    return Response(model.model_dump_json(), media_type="application/json")


def screening_router(settings: Settings, get_store: Callable[[], Store], pipeline: Pipeline) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["screening"], responses=PROBLEM_RESPONSES)

    def too_long(doc: Document, where: str) -> JSONResponse | None:
        if len(doc.text) > settings.max_document_chars:
            return _problem(
                413,
                "Document too large",
                f"{where}text is {len(doc.text):,} characters; the limit is {settings.max_document_chars:,}",
                field=f"{where}text",
            )
        return None

    def screen_one(doc: ScreenDocument) -> ScreenResult:
        analysis = pipeline.analyze(doc)
        matches = screen_matches(get_store(), analysis, pdq=[h.lower() for h in doc.pdq])
        return _result(analysis, matches)

    def inline(doc: ScreenDocument) -> bool:
        small = len(doc.text) + len(doc.title or "") <= INLINE_CHARS
        return small and get_store().engine.dialect.name == "sqlite"

    @router.post(
        "/screen",
        response_model=ScreenResult,
    )
    async def screen(
        document: Annotated[
            ScreenDocument,
            Body(
                openapi_examples={
                    "ad": {"summary": "An ad at upload", "value": EXAMPLE_SCREEN},
                    "with_photo": {
                        "summary": "An ad with the PDQ hash of its photo",
                        "value": EXAMPLE_SCREEN | {"pdq": [EXAMPLE_PDQ]},
                    },
                }
            ),
        ],
        _principal: Annotated[Principal, Depends(require_scope("screen"))],
    ) -> Response:
        """Screen one document: its analysis plus any signal-bank matches (a lead for review, never proof)."""
        error = too_long(document, "")
        if error is not None:
            return error
        if inline(document):
            return _json(screen_one(document))
        return _json(await run_in_threadpool(screen_one, document))

    @router.post(
        "/screen/batch",
        response_model=BatchResult,
    )
    def screen_batch(
        batch: Annotated[
            BatchRequest,
            Body(
                openapi_examples={
                    "two": {
                        "summary": "Two uploads",
                        "value": {"documents": [EXAMPLE_SCREEN, {"id": "upload-4712", "text": "Sofa for sale"}]},
                    }
                }
            ),
        ],
        _principal: Annotated[Principal, Depends(require_scope("screen"))],
    ) -> Response:
        """Screen up to 1,000 documents in one call; results in the order sent."""
        for i, doc in enumerate(batch.documents):
            error = too_long(doc, f"documents.{i}.")
            if error is not None:
                return error
        results = [screen_one(doc) for doc in batch.documents]
        return _json(BatchResult.model_construct(count=len(results), results=results))

    return router


def _problem(status: int, title: str, detail: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type="application/problem+json", headers=headers)


class BodyLimit:
    """On the screening and sharing routes: a body over the size limit gets 413, one not in UTF-8 gets 400."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith(GUARDED_PREFIXES):
            await self.app(scope, receive, send)
            return
        limit = MAX_BATCH_BODY_BYTES if path.endswith("/batch") else MAX_BODY_BYTES
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            response = _problem(413, "Request too large", f"the body is over the limit of {limit:,} bytes")
            await response(scope, receive, send)
            return
        # Read the body (up to the limit, declared or not), check it is UTF-8, then replay it.
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > limit:
                response = _problem(413, "Request too large", f"the body is over the limit of {limit:,} bytes")
                await response(scope, receive, send)
                return
        try:
            bytes(body).decode("utf-8")
        except UnicodeDecodeError as exc:
            response = _problem(
                400,
                "Body is not UTF-8",
                f"the body is not valid UTF-8 JSON: byte {exc.start} ({exc.reason})",
                field="body",
            )
            await response(scope, receive, send)
            return
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class SkipSessions:
    """Token routes bypass the session layer; every other request goes through it.

    The screening, bank, exchange and referral routes authenticate a bearer token
    (``require_scope``) and never read a session or a CSRF token, so the session
    middleware of ``clew.web.auth`` (a ``BaseHTTPMiddleware``: a task and two
    memory streams per request, about a millisecond) only added the security
    headers to their answers. This layer adds those same headers itself.
    """

    def __init__(self, app: Any, *, sessions: Middleware) -> None:
        self.app = app
        self.sessions = sessions.cls(app, *sessions.args, **sessions.kwargs)

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith(GUARDED_PREFIXES):
            await self.sessions(scope, receive, send)
            return

        async def with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, with_headers)


def _skip_sessions_for_token_routes(app: FastAPI) -> None:
    """Wrap the session middleware (installed by ``clew.web.auth.install``) in :class:`SkipSessions`."""
    for i, entry in enumerate(app.user_middleware):
        dispatch = entry.kwargs.get("dispatch")
        cls: Any = entry.cls
        if cls is BaseHTTPMiddleware and getattr(dispatch, "__module__", "") == auth.__name__:
            app.user_middleware[i] = Middleware(SkipSessions, sessions=entry)
            return
    raise RuntimeError("clew.web.auth.install must run before clew.web.screening.install")


def _routes_first(app: FastAPI, before: int) -> None:
    """Move the routes added since ``before`` to the front of the route table.

    Starlette tries routes in order, and with FastAPI's included routers each miss
    costs several microseconds: the screening route came after some eighty others,
    a millisecond per request. No other route matches these paths, so the order
    changes nothing but the time it takes to find them.
    """
    routes = app.router.routes
    added = routes[before:]
    del routes[before:]
    routes[0:0] = added


def install(app: FastAPI, *, settings: Settings, get_store: Callable[[], Store], pipeline: Pipeline) -> None:
    """Add tokens, size limits and the screening, bank, exchange and referral routes to the app."""
    from clew.web.banks import banks_router
    from clew.web.exchange import exchange_router
    from clew.web.referrals import referrals_router

    app.state.clew_tokens = TokenAuth(get_store)

    async def token_problem(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, TokenProblem)
        return _problem(exc.status, exc.title, exc.detail, headers=exc.headers)

    app.add_exception_handler(TokenProblem, token_problem)
    _skip_sessions_for_token_routes(app)
    app.add_middleware(BodyLimit)
    before = len(app.router.routes)
    app.include_router(screening_router(settings, get_store, pipeline))
    app.include_router(banks_router(get_store))
    app.include_router(exchange_router(get_store))
    app.include_router(referrals_router(settings, get_store, pipeline))
    _routes_first(app, before)
