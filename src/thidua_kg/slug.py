"""Readable, stable IRI slugs: diacritics folded, lower case, hyphens."""
import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Remove Vietnamese diacritics (đ -> d) and lower-case."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slugify(text: str) -> str:
    return _NON_ALNUM.sub("-", fold(text)).strip("-") or "x"
