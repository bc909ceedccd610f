"""The dataset described and handed out: VoID, a DCAT catalog and the dump files.

/.well-known/void   VoID (Turtle, JSON-LD, N-Triples, RDF/XML by negotiation)
/catalog            DCAT-AP catalog: the dataset, a distribution per dump, the SPARQL service
/dumps/             the dump files: an HTML list for browsers, a plain list otherwise

Without a dumps directory (`serve` without --dumps) the server exports the
standard dumps at start into a temporary directory it removes when it stops.
"""
from __future__ import annotations

import shutil
import tempfile
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from email.utils import formatdate, parsedate_to_datetime
from functools import cache

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .catalog import catalog
from .dataset_stats import stats_of
from .dumps import DumpFile, dump_files, make_dumps
from .negotiation import choose
from .rdf_documents import CORS, TEMPLATES, base_url, rdf_response
from .void import void_description


@asynccontextmanager
async def _dumps_at_start(app):
    """Make the dumps when the server was given no directory of them."""
    made = None
    if getattr(app.state, "dumps_dir", None) is None and getattr(app.state, "store", None) is not None:
        made = tempfile.mkdtemp(prefix="thidua-kg-dumps-")
        await run_in_threadpool(make_dumps, app.state.store, made)
        app.state.dumps_dir = made
    try:
        yield
    finally:
        if made:
            app.state.dumps_dir = None
            shutil.rmtree(made, ignore_errors=True)


router = APIRouter(lifespan=_dumps_at_start)
GET_HEAD = ["GET", "HEAD"]
# read from the request by hand, so declared for the OpenAPI schema here
FORMAT_PARAM = {"parameters": [{"name": "format", "in": "query", "required": False, "schema": {"type": "string"}}]}


@router.api_route("/.well-known/void", methods=GET_HEAD, openapi_extra=FORMAT_PARAM)
async def void(request: Request) -> Response:
    state = request.app.state
    stats = await run_in_threadpool(stats_of, state)
    return rdf_response(request, void_description(base_url(request), state.base_iri, stats, _dumps(request)))


@router.api_route("/catalog", methods=GET_HEAD, openapi_extra=FORMAT_PARAM)
async def dcat_catalog(request: Request) -> Response:
    return rdf_response(request, catalog(base_url(request), _dumps(request)))


@router.api_route("/dumps", methods=GET_HEAD, include_in_schema=False)
async def dumps_no_slash() -> Response:
    return RedirectResponse("/dumps/", status_code=301)


@router.api_route("/dumps/", methods=GET_HEAD)
async def dumps_index(request: Request) -> Response:
    files = list(_dumps(request).values())
    if choose(request.headers.get("accept"), ["text/plain", "text/html"]) == "text/html":
        rows = [{"name": f.name, "content_type": f.content_type, "size": f.stat.st_size,
                 "modified": _iso(f.stat.st_mtime)} for f in files]
        return HTMLResponse(_html().get_template("dataset_dumps.html").render(files=rows),
                            headers={"Vary": "Accept"})
    # one line a file: absolute URL, size in bytes, Content-Type
    base = base_url(request) + "dumps/"
    lines = "".join(f"{base}{f.name}\t{f.stat.st_size}\t{f.content_type}\n" for f in files)
    return PlainTextResponse(lines, headers={"Vary": "Accept", **CORS})


@router.api_route("/dumps/{name:path}", methods=GET_HEAD)
async def dump_file(request: Request, name: str) -> Response:
    # looked up among the directory's own file names: '..', '/' or encoded forms match none
    dump = _dumps(request).get(name)
    if dump is None:
        return PlainTextResponse(f"no dump file named {name!r}; the list is at /dumps/\n", status_code=404)
    headers = {"ETag": _etag(dump), "Last-Modified": formatdate(dump.stat.st_mtime, usegmt=True), **CORS}
    if _not_modified(request, dump, headers["ETag"]):
        return Response(status_code=304, headers=headers)
    return FileResponse(dump.path, media_type=dump.content_type, stat_result=dump.stat, headers=headers,
                        filename=dump.name)


def _dumps(request: Request) -> dict[str, DumpFile]:
    return dump_files(getattr(request.app.state, "dumps_dir", None))


def _etag(dump: DumpFile) -> str:
    return f'"{dump.stat.st_size:x}-{dump.stat.st_mtime_ns:x}"'


def _not_modified(request: Request, dump: DumpFile, etag: str) -> bool:
    """RFC 9110 §13.1: If-None-Match decides when given, else If-Modified-Since."""
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or etag in tags
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return int(dump.stat.st_mtime) <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError):
            return False
    return False


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


@cache
def _html() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True))
