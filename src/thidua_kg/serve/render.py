"""HTML responses: the Jinja2 environment (autoescaped) and what every page shows.

Every page gets the messages of the reader's language (`t`), the language switch,
the search box's query and the navigation; a `?lang=` choice is kept in a cookie.
"""
from __future__ import annotations

import functools
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from . import i18n

_TEMPLATES = Path(__file__).with_name("templates")
COOKIE_AGE = 365 * 24 * 3600


@functools.cache
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(_TEMPLATES)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    return env


def language(request: Request) -> str:
    return i18n.choose_language(request.query_params.get("lang"), request.cookies.get(i18n.COOKIE),
                                request.headers.get("accept-language"))


def messages(request: Request) -> i18n.Messages:
    return i18n.Messages(language(request))


def switch_links(request: Request) -> list[tuple[str, str]]:
    """(language, URL of this page in it) for the language switch."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return [(lang, f"{request.url.path}?{urlencode(params + [('lang', lang)])}") for lang in i18n.LANGUAGES]


def render(request: Request, template: str, status: int = 200, headers: dict | None = None, **context) -> HTMLResponse:
    t = messages(request)
    html = environment().get_template(template).render(
        t=t, lang=t.lang, languages=switch_links(request), search_q=request.query_params.get("q", ""),
        path=request.url.path, **context)
    response = HTMLResponse(html, status_code=status, headers=headers)
    chosen = request.query_params.get("lang")
    if chosen in i18n.LANGUAGES:
        response.set_cookie(i18n.COOKIE, chosen, max_age=COOKIE_AGE, samesite="lax")
    response.headers.setdefault("Vary", "Accept-Language, Cookie")
    return response
