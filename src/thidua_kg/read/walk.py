"""Files and folders to articles, in a stable order, streaming."""
from pathlib import Path
from typing import Iterable, Iterator

from ..extract.facts import Article
from .errors import ReadError
from .jsonl import read_jsonl
from .textfile import read_text_file

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def _files(paths: Iterable[str]) -> Iterator[Path | ReadError]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    yield f
        elif path.is_file():
            yield path
        else:
            yield ReadError(str(path), None, "no such file or folder")


def read_paths(paths: Iterable[str]) -> Iterator[Article | ReadError]:
    for f in _files(paths):
        if isinstance(f, ReadError):
            yield f
        elif f.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl(f)
        else:
            yield read_text_file(f)
