"""What a SPARQL request's text says before the store parses it.

pyoxigraph exposes no query parser, yet the endpoint must know three things
first: whether the query names its own dataset (FROM / FROM NAMED: then the
union default graph must not override it), whether it calls SERVICE (the store
would fetch any URL: refused), and whether a text it cannot parse is an update
(to say "read-only" instead of a syntax error). Keywords are found after
masking what cannot hold one: strings, IRIs and comments.
"""
from __future__ import annotations

import re

# leftmost match wins, so a '#' inside an IRI or a '<' inside a comment stays masked
_MASKED = re.compile(r'''
    """(?:[^"\\]|\\.|"(?!""))*"""
  | \'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
  | "(?:[^"\\\n\r]|\\.)*"
  | '(?:[^'\\\n\r]|\\.)*'
  | <[^<>"{}|^`\\\x00-\x20]*>
  | \#[^\n\r]*
''', re.VERBOSE | re.DOTALL)

# SPARQL §19.2: \uXXXX and \UXXXXXXXX may stand for any character of the query
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


def _keyword(word: str, before: str = r"\w:?$") -> re.Pattern:
    # not part of a prefixed name, variable or longer word
    return re.compile(rf"(?<![{before}]){word}(?![\w:-])", re.IGNORECASE)


# a '.' before FROM can only end a local name (ex:a.from); before SERVICE it may end a triple
_FROM = _keyword("FROM", r"\w:?$.")
_SERVICE = _keyword("SERVICE")
_PROLOGUE = re.compile(r"\A\s*(?:(?:BASE|PREFIX\s+[^\s:]*:)\s*)*", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _unescape(text: str) -> str:
    return _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def masked(text: str) -> str:
    """The query with strings, IRIs and comments blanked out."""
    return _MASKED.sub(" ", _unescape(text))


def declares_dataset(text: str) -> bool:
    """True when the query has a FROM or FROM NAMED clause."""
    return bool(_FROM.search(masked(text)))


def calls_service(text: str) -> bool:
    """True when the query has a SERVICE clause (federated query)."""
    return bool(_SERVICE.search(masked(text)))


def looks_like_update(text: str) -> bool:
    """True when the first keyword after the prologue begins a SPARQL Update."""
    rest = masked(text)
    rest = rest[_PROLOGUE.match(rest).end():]
    word = _FIRST_WORD.match(rest)
    return bool(word) and word.group(0).upper() in UPDATE_KEYWORDS
