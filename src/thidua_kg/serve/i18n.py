"""The interface languages: message catalogues (messages/<lang>.json) and the choice of language.

The language is `?lang=vi|en`, else the `lang` cookie, else the best of
Accept-Language, else Vietnamese.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

from .negotiation import parse_accept

LANGUAGES = ("vi", "en")
DEFAULT = "vi"
COOKIE = "lang"
_DIR = Path(__file__).with_name("messages")


@functools.cache
def catalogue(lang: str) -> dict[str, str]:
    return json.loads((_DIR / f"{lang}.json").read_text(encoding="utf-8"))


class Messages:
    """UI strings of one language; a missing key falls back to Vietnamese, then to the key."""

    def __init__(self, lang: str):
        self.lang = lang
        self._own = catalogue(lang)
        self._fallback = catalogue(DEFAULT)

    def __call__(self, key: str, **values) -> str:
        text = self._own.get(key) or self._fallback.get(key) or key
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self._own or key in self._fallback


def from_accept_language(header: str | None) -> str | None:
    best, best_q = None, 0.0
    for media, q, _ in parse_accept(header):
        primary = media.split("-")[0]
        if primary in LANGUAGES and q > best_q:
            best, best_q = primary, q
    return best


def choose_language(query_lang: str | None, cookie: str | None, accept_language: str | None) -> str:
    for candidate in (query_lang, cookie):
        if candidate in LANGUAGES:
            return candidate
    return from_accept_language(accept_language) or DEFAULT
