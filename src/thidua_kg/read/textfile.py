"""Plain-text articles: ` date YYYY-MM ` header and title line both optional."""
from pathlib import Path

from ..extract.facts import Article
from .body import split_article
from .errors import ReadError
from .decode import decode


def read_text_file(path: Path) -> Article | ReadError:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadError(str(path), None, f"cannot read: {exc.strerror or exc}")
    text = decode(data)
    if isinstance(text, str) and text.startswith("!"):
        return ReadError(str(path), None, text[1:])
    published, title, body = split_article(text)
    if not body.strip():
        return ReadError(str(path), None, "empty article (no body text beside a header, title or byline)")
    return Article(id=path.stem, text=body, title=title, published=published, source=str(path))
