"""Public pages (no sign-in): check an offer, help lines by country, training mode.

Routes: ``GET/POST /check`` (the page works without JavaScript: the form posts and
the answer is rendered on the server), ``POST /api/v1/check`` (its JSON twin),
``GET /help`` (the help directory), ``GET /learn`` and ``/learn/...`` (annotated
examples and a quiz for front-line staff).

Nothing is kept: the text of a check exists only in the request and the answer.
It is never written to the store, the log or the audit trail, never put in a URL
(the form uses POST), and these pages set no cookie of their own. The rate limit remembers only a
digest of a client's address and its request times, in memory, for one window.
"""

from __future__ import annotations

import base64
import hashlib
import threading
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from markupsafe import Markup
from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from clew.pipeline import Pipeline
from clew.prevention.explain import MAX_CHARS, NOT_A_VERDICT, NOTHING_KEPT, Checker, CheckError, CheckResult
from clew.prevention.helpdir import HelpDirectory, cached_directory
from clew.prevention.i18n import (
    UI_LANGUAGES,
    Catalogue,
    catalogue,
    country_name,
    from_accept_language,
    language_label,
    language_name,
    normalise_lang,
)
from clew.prevention.learn import Trainer
from clew.settings import Settings
from clew.web.app import PROBLEM, problem
from clew.web.shared import SlidingWindow
from clew.web.templating import CSP, STATIC_DIR, render

PUBLIC_ROUTES: tuple[str, ...] = ("/check", "/api/v1/check", "/help", "/learn")
"""Paths (and, for /learn, everything under it) that anyone may open without signing in."""

MAX_FORM_BYTES = 4 * MAX_CHARS * 4 + 4096
"""A form body larger than this cannot hold a checkable text; it is not read further."""


class CheckSettings(BaseSettings):
    """Settings of the public pages (``CLEW_CHECK_*``)."""

    model_config = SettingsConfigDict(env_prefix="CLEW_CHECK_", extra="ignore")

    rate_limit: int = Field(default=30, ge=1, description="Checks per client per window (CLEW_CHECK_RATE_LIMIT).")
    rate_window_seconds: float = Field(default=60.0, gt=0, description="The rate-limit window in seconds.")
    trust_forwarded_for: bool = Field(
        default=False,
        description="Take the client address from X-Forwarded-For (only behind your own reverse proxy).",
    )
    help_directory: Path | None = Field(default=None, description="A help-directory file replacing the built-in one.")


class CheckRequest(BaseModel):
    text: str | None = Field(default=None, description="The offer, ad or message to check (up to 20,000 characters).")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code of the country to show help for.")
    lang: str | None = Field(default=None, description="Language of the answer, e.g. 'es' (default: the browser's).")


EXAMPLE = {
    "text": "Work in a hotel abroad, salary 3000 USD, no experience needed. Pay a processing fee "
    "of 300 dollars to secure your job. Contact us on WhatsApp only.",
    "country": "PH",
    "lang": "en",
}


def _client(request: Request, settings: CheckSettings) -> str:
    if settings.trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for", "")
        first = forwarded.split(",")[0].strip()
        if first:
            return first
    return request.client.host if request.client else "unknown"


STYLE_SHEET = STATIC_DIR / "public" / "check.css"
"""The public pages' style sheet, inlined in each page: one request on a slow phone line, and
no static route to open beside the public pages."""


def _inline_style() -> tuple[Markup, str]:
    """The style sheet and the Content-Security-Policy that allows exactly it (by its hash)."""
    css = STYLE_SHEET.read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    policy = CSP.replace("style-src 'self'", f"style-src 'self' 'sha256-{digest}'")
    return Markup(css), policy


def _field(fields: dict[str, list[str]], name: str) -> str | None:
    """The first value of a form field, or None when the form has none."""
    values = fields.get(name)
    return values[0] if values else None


def _round(value: str | None) -> int:
    """A quiz round number from a URL or form (1 when missing or not a small positive number)."""
    if value and value.isdigit() and 0 < len(value) <= 6:
        return int(value)
    return 1


def _choices(directory: HelpDirectory, lang: str) -> list[tuple[str, str]]:
    return sorted(((c, country_name(c, lang)) for c in directory.countries()), key=lambda item: item[1].casefold())


NAV: tuple[tuple[str, str], ...] = (("/help", "Help lines"),)
"""Link added to the analyst workspace's main navigation: the help directory, public."""


_warmed = threading.Event()


def _warm_up(checker: Checker) -> None:
    """Run one check in the background so the first person to check an offer after the server
    starts does not wait seconds for the language model, phone metadata and place names to load."""
    if _warmed.is_set():
        return
    _warmed.set()
    sample = "Work abroad, no experience needed, pay a placement fee, call +1 213 555 0127 in Madrid."
    threading.Thread(target=checker.check, args=(sample, "US", "en"), name="clew-check-warm-up", daemon=True).start()


def install_public_pages(app: FastAPI, settings: Settings) -> None:
    """Add the public routes to the app and the help directory to the workspace navigation."""
    app.include_router(check_router(settings))
    app.state.nav = [*getattr(app.state, "nav", []), *NAV]


def check_router(settings: Settings | None = None, *, check_settings: CheckSettings | None = None) -> APIRouter:
    """The public routes, with their own pipeline, help directory and rate limiter."""
    settings = settings or Settings()
    conf = check_settings or CheckSettings()
    router = APIRouter()
    pipeline = Pipeline(settings)
    directory = cached_directory(conf.help_directory)
    checker = Checker(pipeline, directory)
    trainer = Trainer(checker)
    _warm_up(checker)
    limiter = SlidingWindow(conf.rate_limit, conf.rate_window_seconds)  # one limit for all workers of `clew serve`
    style, policy = _inline_style()

    def page_lang(request: Request, explicit: str | None) -> tuple[str, str | None]:
        browser_lang, browser_country = from_accept_language(request.headers.get("accept-language"))
        return normalise_lang(explicit) or browser_lang, browser_country

    def base_context(request: Request, lang: str, cat: Catalogue, page: str) -> dict[str, Any]:
        return {
            "_": cat.gettext,
            "cat": cat,
            "page": page,
            "languages": [(code, language_name(code)) for code in UI_LANGUAGES],
            "nothing_kept": cat.gettext(NOTHING_KEPT),
            "not_a_verdict": cat.gettext(NOT_A_VERDICT),
            "path": request.url.path,
            "style": style,
            "language_label": lambda code: language_label(code, lang),
        }

    def html(request: Request, template: str, lang: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
        response = render(request, template, context, lang=lang, status_code=status)
        response.headers["Content-Language"] = lang
        response.headers["Content-Security-Policy"] = policy
        return response

    def check_page(
        request: Request,
        *,
        lang: str,
        country: str | None,
        text: str = "",
        result: CheckResult | None = None,
        error: str | None = None,
        status: int = 200,
    ) -> HTMLResponse:
        cat = catalogue(lang)
        context = base_context(request, lang, cat, "check")
        context.update(
            {
                "countries": _choices(directory, lang),
                "country": country,
                "text": text,
                "result": result,
                "error": error,
                "max_chars": MAX_CHARS,
            }
        )
        return html(request, "public/check.html", lang, context, status)

    @router.get("/check", response_class=HTMLResponse, include_in_schema=False)
    def check_form(request: Request, lang: str | None = None, country: str | None = None) -> HTMLResponse:
        """The empty form; language and country default from the browser's Accept-Language."""
        ui, browser_country = page_lang(request, lang)
        chosen = (country or browser_country or "").upper() or None
        if chosen and chosen not in directory.countries():
            chosen = None
        return check_page(request, lang=ui, country=chosen)

    @router.post("/check", response_class=HTMLResponse, include_in_schema=False)
    async def check_submit(request: Request) -> HTMLResponse:
        """The form posted: the answer rendered on the server (no JavaScript needed)."""
        body = bytearray()
        too_big = False
        async for chunk in request.stream():
            body.extend(chunk)
            if len(body) > MAX_FORM_BYTES:
                too_big = True
                break
        raw = body.decode("utf-8", errors="replace")
        if too_big:  # keep the fields read so far (the page language comes first), drop the cut-off one
            raw = raw.rsplit("&", 1)[0] if "&" in raw else ""
        fields = parse_qs(raw, keep_blank_values=True)
        ui, _browser_country = page_lang(request, _field(fields, "lang"))
        country = _field(fields, "country") or None
        text = _field(fields, "text") or ""
        cat = catalogue(ui)
        if too_big:
            message = cat.gettext(
                "This text is too long to check ({length} characters). Paste only the offer or the "
                "messages about it — up to {limit} characters.",
                length=cat.gettext("more than {limit}", limit=f"{MAX_CHARS:,}"),
                limit=f"{MAX_CHARS:,}",
            )
            return check_page(request, lang=ui, country=country, error=message)
        wait = limiter.hit(_client(request, conf))
        if wait:
            message = cat.gettext(
                "You have made many checks in a short time. Please wait {seconds} seconds and try again.",
                seconds=wait,
            )
            response = check_page(request, lang=ui, country=country, text=text[:MAX_CHARS], error=message, status=429)
            response.headers["Retry-After"] = str(wait)
            return response
        try:
            result = checker.check(text, country, ui)
        except CheckError as exc:
            keep_country = None if exc.code == "unknown_country" else country
            shown = text if len(text) <= MAX_CHARS else ""
            return check_page(request, lang=ui, country=keep_country, text=shown, error=exc.message)
        return check_page(request, lang=ui, country=result.country, text=text, result=result)

    @router.post(
        "/api/v1/check",
        response_model=CheckResult,
        tags=["prevention"],
        responses={
            413: {"description": "Text too long", "content": {PROBLEM: {}}},
            422: {"description": "Empty text or unknown country", "content": {PROBLEM: {}}},
            429: {"description": "Too many checks from this client; see Retry-After", "content": {PROBLEM: {}}},
        },
    )
    def check_api(request: Request, body: CheckRequest) -> CheckResult | JSONResponse:
        """Check an offer (public, no sign-in, rate-limited per client). Nothing is stored.

        Answers the warning signs found, each explained in plain words in ``lang`` with the
        exact words that triggered it, an overall careful message, advice and the help
        resources for ``country``. A result is a lead, never proof.
        """
        ui = normalise_lang(body.lang) or page_lang(request, None)[0]
        wait = limiter.hit(_client(request, conf))
        if wait:
            response = problem(
                429,
                "Too many requests",
                catalogue(ui).gettext(
                    "You have made many checks in a short time. Please wait {seconds} seconds and try again.",
                    seconds=wait,
                ),
                retry_after=wait,
            )
            response.headers["Retry-After"] = str(wait)
            return response
        try:
            return checker.check(body.text, body.country, body.lang or ui)
        except CheckError as exc:
            return problem(exc.status, "Cannot check this text", exc.message, field=exc.field, code=exc.code)

    @router.get("/help", response_class=HTMLResponse, include_in_schema=False)
    def help_page(request: Request, lang: str | None = None, country: str | None = None) -> HTMLResponse:
        """Every help line in the directory, by country, with its source."""
        ui, browser_country = page_lang(request, lang)
        cat = catalogue(ui)
        context = base_context(request, ui, cat, "help")
        chosen = (country or browser_country or "").upper() or None
        context.update(
            {
                "countries": [(code, name, directory.for_country(code)) for code, name in _choices(directory, ui)],
                "country": chosen if chosen in directory.countries() else None,
                "total": len(directory.entries),
            }
        )
        return html(request, "public/help.html", ui, context)

    @router.get("/learn", response_class=HTMLResponse, include_in_schema=False)
    def learn_index(request: Request, lang: str | None = None) -> HTMLResponse:
        """Training mode: the typologies, each with annotated synthetic examples."""
        ui, _country = page_lang(request, lang)
        cat = catalogue(ui)
        context = base_context(request, ui, cat, "learn")
        context.update({"typologies": trainer.overview(cat)})
        return html(request, "public/learn.html", ui, context)

    @router.get("/learn/quiz", response_class=HTMLResponse, include_in_schema=False)
    def learn_quiz(request: Request, lang: str | None = None, round: str | None = None) -> HTMLResponse:
        """A short quiz: which warning signs does each example show?"""
        ui, _country = page_lang(request, lang)
        cat = catalogue(ui)
        context = base_context(request, ui, cat, "learn")
        context.update({"quiz": trainer.quiz(cat, round_number=_round(round)), "graded": None})
        return html(request, "public/quiz.html", ui, context)

    @router.post("/learn/quiz", response_class=HTMLResponse, include_in_schema=False)
    async def learn_quiz_answer(request: Request) -> HTMLResponse:
        """Grade the answers in the form and show what was missed; nothing is kept."""
        raw = await request.body()
        fields = parse_qs(raw[:65536].decode("utf-8", errors="replace"), keep_blank_values=True)
        ui = normalise_lang(_field(fields, "lang")) or page_lang(request, None)[0]
        cat = catalogue(ui)
        quiz = trainer.quiz(cat, round_number=_round(_field(fields, "round")))
        graded = trainer.grade(quiz, fields, cat)
        context = base_context(request, ui, cat, "learn")
        context.update({"quiz": quiz, "graded": graded})
        return html(request, "public/quiz.html", ui, context)

    @router.get("/learn/{typology}", response_class=HTMLResponse, include_in_schema=False)
    def learn_typology(request: Request, typology: str, lang: str | None = None) -> Response:
        """Annotated examples of one typology: the words that are signs, and why."""
        ui, _country = page_lang(request, lang)
        cat = catalogue(ui)
        context = base_context(request, ui, cat, "learn")
        lesson = trainer.lesson(typology, cat)
        if lesson is None:
            context.update({"typologies": trainer.overview(cat), "error": cat.gettext("There is no such lesson.")})
            return html(request, "public/learn.html", ui, context, status=404)
        context.update({"lesson": lesson})
        return html(request, "public/lesson.html", ui, context)

    return router
