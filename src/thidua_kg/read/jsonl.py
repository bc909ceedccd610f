"""JSON Lines records: {"id", "url", "title", "published", "text"} per line."""
import json
import re
from pathlib import Path
from typing import Iterator

from ..extract.facts import Article
from ..text.normalize import normalize_text
from .body import split_article
from .errors import ReadError

_MONTH = re.compile(r"^(\d{4})-(\d{2})")


def read_jsonl(path: Path) -> Iterator[Article | ReadError]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), None, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        for n, raw in enumerate(fh, 1):
            if raw.strip():
                yield _record(path, n, raw)


def _record(path: Path, n: int, raw: bytes) -> Article | ReadError:
    src = str(path)
    try:
        rec = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return ReadError(src, n, f"not valid UTF-8 (byte {exc.start})")
    except json.JSONDecodeError as exc:
        return ReadError(src, n, f"not a JSON record ({exc.msg}, column {exc.colno})")
    if not isinstance(rec, dict):
        return ReadError(src, n, "a record must be a JSON object")
    for key in ("id", "text"):
        if not isinstance(rec.get(key), str) or not rec[key].strip():
            return ReadError(src, n, f"missing or non-string '{key}'")
    for key in ("url", "title", "published"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            return ReadError(src, n, f"'{key}' must be a string")
    _, _, body = split_article(rec["text"])
    m = _MONTH.match(rec.get("published") or "")
    title = rec.get("title")
    return Article(
        id=rec["id"].strip(),
        text=body,
        title=normalize_text(title) if title else None,
        url=rec.get("url"),
        published=f"{m.group(1)}-{m.group(2)}" if m else None,
        source=src,
        line=n,
    )
