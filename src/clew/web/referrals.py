"""Referral routes: build a referral package from a document sent, or a stored document, network or case.

``POST /api/v1/referrals`` answers the structured JSON package, or its readable HTML
report with ``?format=html``. Building one stores nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Query
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import Field, model_validator

from clew.model import Document
from clew.pipeline import Pipeline
from clew.settings import Settings
from clew.sharing.referral import ReferralRequest, from_document, from_store, render_html
from clew.store import Store
from clew.store.schema import MAX_ROW_ID
from clew.web.principal import Principal
from clew.web.tokens import PROBLEM_RESPONSES, require_scope


class ReferralIn(ReferralRequest):
    document: Document | None = Field(default=None, description="A document to refer, as captured.")
    stored: str | None = Field(default=None, description="Or a stored document id.")
    network: str | None = Field(default=None, description="Or a network id.")
    case: int | None = Field(default=None, ge=1, le=MAX_ROW_ID, description="Or a case number.")

    @model_validator(mode="after")
    def _one_subject(self) -> ReferralIn:
        given = [x for x in (self.document, self.stored, self.network, self.case) if x is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of document, stored, network or case")
        return self


EXAMPLE = {
    "reporter": {"organisation": "Classifieds Example Ltd", "contact": "trust@example.com", "reference": "TS-2026-118"},
    "legal_basis": "Voluntary disclosure under the platform's terms of service and applicable law (state it here).",
    "recipient": "National anti-trafficking unit",
    "document": {
        "id": "upload-4711",
        "text": "New girls every week, ask for daddy. Call 213-555-0127",
        "country": "US",
        "posted_at": "2026-11-28T22:10:00Z",
        "source": "ads.example.com",
    },
}


def referrals_router(settings: Settings, get_store: Callable[[], Store], pipeline: Pipeline) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["referrals"], responses=PROBLEM_RESPONSES)

    @router.post(
        "/referrals",
        responses={
            200: {"content": {"application/json": {}, "text/html": {}}, "description": "The package or its report"},
        },
    )
    def referral(
        request: Annotated[ReferralIn, Body(openapi_examples={"document": {"summary": "One ad", "value": EXAMPLE}})],
        _p: Annotated[Principal, Depends(require_scope("referral"))],
        format: Literal["json", "html"] = Query("json"),
    ) -> Response:
        """A referral package: content as captured with hashes, identifiers, analysis and explanation,
        bank matches, reporter and contact, legal basis."""
        base = ReferralRequest.model_validate(
            request.model_dump(include={"reporter", "legal_basis", "recipient", "summary"})
        )
        store = get_store()
        package: dict[str, Any]
        if request.document is not None:
            if len(request.document.text) > settings.max_document_chars:
                return JSONResponse(
                    {
                        "type": "about:blank",
                        "title": "Document too large",
                        "status": 413,
                        "detail": f"the text is over {settings.max_document_chars:,} characters",
                        "field": "document.text",
                    },
                    status_code=413,
                    media_type="application/problem+json",
                )
            package = from_document(base, request.document, pipeline=pipeline, store=store)
        elif request.stored is not None:
            package = from_store(base, store, kind="document", ref=request.stored, pipeline=pipeline)
        elif request.network is not None:
            package = from_store(base, store, kind="network", ref=request.network, pipeline=pipeline)
        else:
            package = from_store(base, store, kind="case", ref=str(request.case), pipeline=pipeline)
        if format == "html":
            return HTMLResponse(render_html(package))
        return JSONResponse(package)

    return router
