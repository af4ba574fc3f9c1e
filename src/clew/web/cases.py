"""Case pages and API: create, assign, status, notes, documents and networks, report, evidence export.

Reading a case needs the ``viewer`` role; working on one (create, notes, items,
export) needs ``analyst``; assigning it or closing it needs ``supervisor``. Every
change and every export is in the audit log under ``case:ID`` — the case's chain
of custody, which the export and the report carry.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from clew.errors import InputError
from clew.store import cases as store_cases
from clew.store.accounts import user_names
from clew.store.audit import entries_for, record
from clew.web.auth import AuthError, PageRoute, RowId, require_role, safe_next, store_of
from clew.web.principal import Principal, role_allows
from clew.web.templating import STATIC_DIR, env, render

router = APIRouter(route_class=PageRoute)

Viewer = Annotated[Principal, Depends(require_role("viewer"))]
Analyst = Annotated[Principal, Depends(require_role("analyst"))]

REPORT_CSS = STATIC_DIR / "case-report.css"


def json_text(value: Any) -> str:
    """Audit details as readable JSON text (the template escapes it like any other text)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str) if value else ""


env.filters["json_text"] = json_text


def _check_supervision(principal: Principal, *, status: str | None, assignee_changes: bool) -> None:
    """Assigning a case and closing it are a supervisor's decisions."""
    if (assignee_changes or status == "closed") and not role_allows(principal.role, "supervisor"):
        raise AuthError(403, "assigning or closing a case needs the supervisor role")


def report_html(data: dict[str, Any], *, css_href: str, generated_by: str) -> str:
    """The printable report of a case (also written into the evidence export)."""
    template = env.get_template("case_report.html")
    return template.render(
        case=data["case"],
        documents=data["documents"],
        networks=data["networks"],
        custody=entries_for_case(data),
        css_href=css_href,
        generated_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        generated_by=generated_by,
    )


def entries_for_case(data: dict[str, Any]) -> list[dict[str, Any]]:
    custody: list[dict[str, Any]] = data.get("custody", [])
    return custody


def _evidence_with_custody(request: Request, case_id: int) -> dict[str, Any]:
    store = store_of(request)
    data = store_cases.evidence(store, case_id)
    data["custody"] = entries_for(store, f"case:{case_id}")
    return data


def _export(request: Request, principal: Principal, case_id: int) -> Response:
    store = store_of(request)
    data = _evidence_with_custody(request, case_id)
    report = report_html(data, css_href="report.css", generated_by=principal.name).encode("utf-8")
    extra = {"report.html": report, "report.css": Path(REPORT_CSS).read_bytes()}
    payload = store_cases.export_bytes(store, case_id, actor=principal, extra_files=extra)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return Response(
        payload,
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="clew-case-{case_id}-{stamp}.zip"',
            "Cache-Control": "no-store",
        },
    )


# --------------------------------------------------------------------------- pages


@router.get("/cases", include_in_schema=False)
def cases_page(request: Request, principal: Viewer, status: str | None = None, mine: bool = False) -> Response:
    if status not in (None, "", *store_cases.STATUSES):
        status = None
    rows = store_cases.list_cases(store_of(request), status=status or None, assignee=principal.name if mine else None)
    return render(
        request,
        "cases.html",
        {"cases": rows, "statuses": store_cases.STATUSES, "status": status or "", "mine": mine},
    )


@router.post("/cases", include_in_schema=False)
def cases_create(
    request: Request,
    principal: Analyst,
    title: Annotated[str, Form(max_length=1000)] = "",
    description: Annotated[str, Form(max_length=30_000)] = "",
) -> Response:
    store = store_of(request)
    try:
        case = store_cases.create_case(store, title=title, description=description, actor=principal)
    except InputError as exc:
        rows = store_cases.list_cases(store)
        context = {"cases": rows, "statuses": store_cases.STATUSES, "status": "", "mine": False}
        return render(request, "cases.html", context, status_code=400, flashes=[("error", exc.reason)])
    return RedirectResponse(f"/cases/{case['id']}", status_code=303)


def _case_page(
    request: Request, principal: Principal, case_id: int, flashes: list[tuple[str, str]], status: int = 200
) -> Response:
    store = store_of(request)
    case = store_cases.get_case(store, case_id)
    custody = entries_for(store, f"case:{case_id}")
    return render(
        request,
        "case.html",
        {
            "case": case,
            "custody": custody[-50:],
            "statuses": store_cases.STATUSES,
            "users": user_names(store),
            "can_edit": role_allows(principal.role, "analyst"),
            "can_supervise": role_allows(principal.role, "supervisor"),
        },
        status_code=status,
        flashes=flashes,
    )


@router.get("/cases/{case_id}", include_in_schema=False)
def case_page(request: Request, principal: Viewer, case_id: RowId) -> Response:
    response = _case_page(request, principal, case_id, [])
    record(store_of(request), principal, "view", f"case:{case_id}")
    return response


@router.post("/cases/{case_id}/update", include_in_schema=False)
def case_update(
    request: Request,
    principal: Analyst,
    case_id: RowId,
    title: Annotated[str | None, Form(max_length=1000)] = None,
    description: Annotated[str | None, Form(max_length=30_000)] = None,
    status: Annotated[str | None, Form(max_length=32)] = None,
    assignee: Annotated[str | None, Form(max_length=200)] = None,
) -> Response:
    store = store_of(request)
    current = store_cases.get_case(store, case_id)
    new_assignee = (assignee or None) if assignee is not None else current["assignee"]
    _check_supervision(principal, status=status, assignee_changes=new_assignee != current["assignee"])
    try:
        store_cases.update_case(
            store, case_id, actor=principal, title=title, description=description, status=status, assignee=new_assignee
        )
    except InputError as exc:
        return _case_page(request, principal, case_id, [("error", exc.reason)], status=400)
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.post("/cases/{case_id}/notes", include_in_schema=False)
def case_note(
    request: Request, principal: Analyst, case_id: RowId, body: Annotated[str, Form(max_length=30_000)] = ""
) -> Response:
    try:
        store_cases.add_note(store_of(request), case_id, body=body, actor=principal)
    except InputError as exc:
        return _case_page(request, principal, case_id, [("error", exc.reason)], status=400)
    return RedirectResponse(f"/cases/{case_id}#notes", status_code=303)


@router.post("/cases/{case_id}/items", include_in_schema=False)
def case_add_item(
    request: Request,
    principal: Analyst,
    case_id: RowId,
    kind: Annotated[str, Form(max_length=16)] = "document",
    ref: Annotated[str, Form(max_length=1000)] = "",
    note: Annotated[str | None, Form(max_length=30_000)] = None,
    back: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """Add a document or network; document and network pages post here with ``back`` set to themselves."""
    try:
        store_cases.add_item(store_of(request), case_id, kind=kind, ref=ref, note=note, actor=principal)
    except InputError as exc:
        return _case_page(request, principal, case_id, [("error", exc.reason)], status=400)
    if back and safe_next(back) == back:
        return RedirectResponse(back, status_code=303)
    return RedirectResponse(f"/cases/{case_id}#items", status_code=303)


def open_cases(store: Any) -> list[dict[str, Any]]:
    """Cases not closed, for the "add to case" form of document and network pages (``add_to_case`` macro)."""
    return [c for c in store_cases.list_cases(store) if c["status"] != "closed"]


@router.post("/cases/add", include_in_schema=False)
def case_add_from_page(
    request: Request,
    principal: Analyst,
    case_id: Annotated[int, Form()],
    kind: Annotated[str, Form(max_length=16)] = "document",
    ref: Annotated[str, Form(max_length=1000)] = "",
    back: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """The ``add_to_case`` form of a document or network page: the case is chosen in the form."""
    return case_add_item(request, principal, case_id, kind=kind, ref=ref, note=None, back=back)


@router.post("/cases/{case_id}/items/{item_id}/remove", include_in_schema=False)
def case_remove_item(request: Request, principal: Analyst, case_id: RowId, item_id: RowId) -> Response:
    store_cases.remove_item(store_of(request), case_id, item_id, actor=principal)
    return RedirectResponse(f"/cases/{case_id}#items", status_code=303)


@router.get("/cases/{case_id}/report", include_in_schema=False)
def case_report(request: Request, principal: Viewer, case_id: RowId) -> Response:
    """The printable report: the browser's Print gives a clean paper or PDF copy."""
    data = _evidence_with_custody(request, case_id)
    record(store_of(request), principal, "report", f"case:{case_id}")
    html = report_html(data, css_href="/static/case-report.css", generated_by=principal.name)
    from clew.web.templating import SECURITY_HEADERS

    return Response(
        html, media_type="text/html; charset=utf-8", headers={**SECURITY_HEADERS, "Cache-Control": "no-store"}
    )


@router.get("/cases/{case_id}/export", include_in_schema=False)
def case_export(request: Request, principal: Analyst, case_id: RowId) -> Response:
    """Download the evidence ZIP (documents as captured, analyses, networks, custody log, manifest)."""
    return _export(request, principal, case_id)


# --------------------------------------------------------------------------- API


class NewCase(BaseModel):
    title: str = Field(max_length=1000, examples=["Coastal ring, March postings"])
    description: str = Field(default="", max_length=30_000)
    assignee: str | None = Field(default=None, description="User name; assigning needs the supervisor role.")


class CaseChange(BaseModel):
    title: str | None = Field(default=None, max_length=1000)
    description: str | None = Field(default=None, max_length=30_000)
    status: str | None = Field(default=None, description=f"One of {', '.join(store_cases.STATUSES)}.")
    assignee: str | None = Field(default=None, description="User name, or empty to unassign (supervisor).")


class NewNote(BaseModel):
    body: str = Field(max_length=30_000)


class NewItem(BaseModel):
    kind: str = Field(description="document or network", examples=["document"])
    ref: str = Field(max_length=1000, description="The document id or network id.")
    note: str | None = Field(default=None, max_length=30_000)


@router.get("/api/v1/cases", tags=["cases"])
def api_cases(request: Request, principal: Viewer, status: str | None = None) -> list[dict[str, Any]]:
    """Cases, most recently changed first."""
    return store_cases.list_cases(store_of(request), status=status)


@router.post("/api/v1/cases", status_code=201, tags=["cases"])
def api_case_create(request: Request, principal: Analyst, body: Annotated[NewCase, Body()]) -> dict[str, Any]:
    _check_supervision(principal, status=None, assignee_changes=bool(body.assignee))
    return store_cases.create_case(
        store_of(request), title=body.title, description=body.description, assignee=body.assignee, actor=principal
    )


@router.get("/api/v1/cases/{case_id}", tags=["cases"])
def api_case(request: Request, principal: Viewer, case_id: RowId) -> dict[str, Any]:
    """A case with its items and notes."""
    case = store_cases.get_case(store_of(request), case_id)
    record(store_of(request), principal, "view", f"case:{case_id}")
    return case


@router.patch("/api/v1/cases/{case_id}", tags=["cases"])
def api_case_change(request: Request, principal: Analyst, case_id: RowId, body: CaseChange) -> dict[str, Any]:
    store = store_of(request)
    changes = body.model_dump(exclude_unset=True)
    current = store_cases.get_case(store, case_id)
    assignee = changes.get("assignee", current["assignee"]) or None
    _check_supervision(principal, status=body.status, assignee_changes=assignee != current["assignee"])
    return store_cases.update_case(
        store,
        case_id,
        actor=principal,
        title=body.title,
        description=body.description,
        status=body.status,
        assignee=assignee,
    )


@router.post("/api/v1/cases/{case_id}/notes", status_code=201, tags=["cases"])
def api_case_note(request: Request, principal: Analyst, case_id: RowId, body: NewNote) -> dict[str, Any]:
    return store_cases.add_note(store_of(request), case_id, body=body.body, actor=principal)


@router.post("/api/v1/cases/{case_id}/items", status_code=201, tags=["cases"])
def api_case_item(request: Request, principal: Analyst, case_id: RowId, body: NewItem) -> dict[str, Any]:
    return store_cases.add_item(
        store_of(request), case_id, kind=body.kind, ref=body.ref, note=body.note, actor=principal
    )


@router.delete("/api/v1/cases/{case_id}/items/{item_id}", status_code=204, tags=["cases"])
def api_case_item_remove(request: Request, principal: Analyst, case_id: RowId, item_id: RowId) -> Response:
    store_cases.remove_item(store_of(request), case_id, item_id, actor=principal)
    return Response(status_code=204)


@router.get(
    "/api/v1/cases/{case_id}/export",
    tags=["cases"],
    responses={200: {"content": {"application/zip": {}}, "description": "The evidence package"}},
)
def api_case_export(request: Request, principal: Analyst, case_id: RowId) -> Response:
    """The evidence ZIP: documents as captured, analyses, networks, custody log, report, SHA-256 manifest."""
    return _export(request, principal, case_id)
