"""JSON Lines records: {"id", "url", "title", "published", "text"} per line."""
import json
import re
from pathlib import Path
from typing import Iterator

from ..extract.facts import Article
from ..text.normalize import normalize_text
from .body import split_article
from .errors import ReadError
from .textfile import MAX_ARTICLE_BYTES, too_large

_MONTH = re.compile(r"^(\d{4})-(\d{2})")


def read_jsonl(path: Path) -> Iterator[Article | ReadError]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), None, f"cannot read: {exc.strerror or exc}")
        return
    records = 0
    with fh:
        for n, raw in enumerate(fh, 1):
            if raw.strip():
                records += 1
                yield _record(path, n, raw)
    if not records:
        yield ReadError(str(path), None, "no records (an empty JSON Lines file)")


def _record(path: Path, n: int, raw: bytes) -> Article | ReadError:
    src = str(path)
    if len(raw) > MAX_ARTICLE_BYTES:
        return ReadError(src, n, too_large(len(raw)))
    try:
        rec = json.loads(raw.decode("utf-8").rstrip("\r\n"))
    except UnicodeDecodeError as exc:
        return ReadError(src, n, f"not valid UTF-8 (byte {exc.start} of the line)")
    except json.JSONDecodeError as exc:
        cut = "" if raw.rstrip().endswith(b"}") else ", the line looks cut short"
        return ReadError(src, n, f"not a JSON record ({exc.msg}, column {exc.colno}{cut})")
    except RecursionError:
        return ReadError(src, n, "not a JSON record: nested too deeply")
    if not isinstance(rec, dict):
        return ReadError(src, n, f"a record must be a JSON object, not {_json_type(rec)}")
    for key in ("id", "text"):
        if rec.get(key) is None:
            return ReadError(src, n, f"missing '{key}'")
        if not isinstance(rec[key], str):
            return ReadError(src, n, f"'{key}' must be a string, not {_json_type(rec[key])}")
        if not rec[key].strip():
            return ReadError(src, n, f"empty '{key}'")
    for key in ("url", "title", "published"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            return ReadError(src, n, f"'{key}' must be a string, not {_json_type(rec[key])}")
    _, _, body = split_article(rec["text"])
    if not body.strip():
        return ReadError(src, n, "empty article (no body text beside a header, title or byline)")
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


def _json_type(value) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true/false", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
