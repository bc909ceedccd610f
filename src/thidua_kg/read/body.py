"""From raw article text to (published, title, body): header, title line, byline."""
import re

from ..text.normalize import normalize_text
from .html_text import html_to_text, looks_like_html

_HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})\b[ \t]*")
_END_PUNCT = ".!?…:;,”\""


_SOURCE_LINE = re.compile(r"^\((?:Theo|Nguồn)\s[^()]{2,80}\)$")


def _is_byline(par: str) -> bool:
    """The author's name in capitals, or the source a page copied from ("(Theo Báo Quảng Ninh)")."""
    letters = [c for c in par if c.isalpha()]
    return bool(letters) and len(par) < 80 and (all(c.isupper() for c in letters) or bool(_SOURCE_LINE.match(par)))


def _is_title(par: str, rest: list[str]) -> bool:
    words = par.split()
    return bool(rest) and "\n" not in par and len(words) <= 30 and not par.rstrip().endswith(tuple(_END_PUNCT))


def split_article(raw: str) -> tuple[str | None, str | None, str]:
    """Return (published "YYYY-MM" or None, title or None, normalised body).

    normalize_text composes NFD input (NFC) among the rest; HTML pasted as text loses its tags."""
    if looks_like_html(raw):
        raw = html_to_text(raw)
    text = normalize_text(raw)
    published = None
    m = _HEADER.match(text)
    if m and 1 <= int(m.group(2)) <= 12:
        published = f"{m.group(1)}-{m.group(2)}"
        text = text[m.end():]
    pars = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    title = None
    if published is None and len(pars) > 1 and _is_title(pars[0], pars[1:]):
        title, pars = pars[0], pars[1:]
    while pars and _is_byline(pars[-1]):
        pars.pop()
    return published, title, "\n\n".join(pars)
