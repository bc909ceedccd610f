"""Plain-text articles: ` date YYYY-MM ` header and title line both optional."""
from pathlib import Path

from ..extract.facts import Article
from .body import split_article
from .errors import ReadError
from .decode import decode


MAX_ARTICLE_BYTES = 2 * 1024 * 1024  # the longest real article is a few tens of kB; a bigger file is not one article


def too_large(size: int) -> str:
    return (f"too large for one article ({size / 1048576:.1f} MB; the limit is "
            f"{MAX_ARTICLE_BYTES // 1048576} MB): split it into articles")


def read_text_file(path: Path) -> Article | ReadError:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return ReadError(str(path), None, too_large(size))
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
