"""Server-rendered HTML: one Jinja2 environment, one ``render`` for every page.

Every page of the analyst workspace extends ``base.html`` and is rendered through
:func:`render`, so each HTML answer gets the same things whoever wrote the route:
the signed-in user, the CSRF token, flash messages, the language and writing
direction of the page (``dir="rtl"`` for Arabic and the other right-to-left
languages), and security headers with a Content-Security-Policy that forbids
inline script — pages load only our own files from ``/static/``.

Autoescaping is on for every template: ad text is hostile input and is shown as
text, never markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context

HERE = Path(__file__).parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})
"""Languages written right to left: a page in one of them gets ``dir="rtl"``."""

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
"""No inline script, no inline style sheets, nothing from another origin."""

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}

templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
env = templates.env
env.autoescape = True
env.trim_blocks = True
env.lstrip_blocks = True


def text_direction(lang: str | None) -> str:
    """``rtl`` for a right-to-left language code (``ar``, ``ar-EG``…), else ``ltr``."""
    if not lang:
        return "ltr"
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGUAGES else "ltr"


def humanize(name: str | None) -> str:
    """``sexual_exploitation`` → ``Sexual exploitation`` for labels."""
    if not name:
        return ""
    words = name.replace("_", " ").replace(".", " ").strip()
    return words[:1].upper() + words[1:]


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


@pass_context
def url_with(context: Mapping[str, Any], **changes: Any) -> str:
    """The current page's URL with some query parameters changed (``None`` removes one).

    Used for sort links and pagination, so a filter set by the user survives them.
    """
    request: Request = context["request"]
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return f"{request.url.path}?{query}" if query else request.url.path


env.filters["humanize"] = humanize
env.filters["percent"] = percent
env.globals["url_with"] = url_with
env.globals["text_direction"] = text_direction


def _principal(request: Request) -> Any:
    return getattr(request.state, "principal", None) or getattr(request.state, "user", None)


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    status_code: int = 200,
    lang: str = "en",
    flashes: list[tuple[str, str]] | None = None,
) -> HTMLResponse:
    """Render ``template`` with the page context every template may rely on.

    ``flashes`` are ``(category, message)`` pairs (``info``, ``success``, ``error``);
    messages left in ``request.state.flashes`` by other code are shown too.
    """
    shown = list(getattr(request.state, "flashes", []) or []) + list(flashes or [])
    ctx: dict[str, Any] = {
        "request": request,
        "user": _principal(request),
        "csrf_token": getattr(request.state, "csrf_token", None),
        "flashes": shown,
        "lang": lang,
        "dir": text_direction(lang),
        "nav": _nav(request),
    }
    ctx.update(context or {})
    response = templates.TemplateResponse(request, template, ctx, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    response.headers["Cache-Control"] = "no-store"
    return response


NAV: tuple[tuple[str, str], ...] = (
    ("/dashboard", "Dashboard"),
    ("/search", "Search"),
)


def _nav(request: Request) -> list[dict[str, Any]]:
    """The main navigation; links other modules register in ``app.state.nav`` are appended."""
    extra: list[tuple[str, str]] = list(getattr(request.app.state, "nav", []) or [])
    path = request.url.path
    items = []
    for href, label in (*NAV, *extra):
        items.append({"href": href, "label": label, "current": path == href or path.startswith(href + "/")})
    return items
