"""The SPARQL 1.1 Protocol endpoint at /sparql (read-only).

GET ?query=, POST form-encoded query=, POST application/sparql-query; the
dataset from default-graph-uri / named-graph-uri, else the union of all graphs
as the default graph. Without a query, GET answers the Service Description
(a browser is sent to the query page). Every answer allows any origin (CORS).
"""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from .negotiation import choose
from .query_runner import READ_ONLY, SPOOL_BYTES, QueryAnswer, QueryRejected, QueryRequest, QueryRunner
from .rdf_documents import CORS, base_url, rdf_response
from .results import GRAPH, UnknownFormat, check_format_values, offered_media_types, pick
from .service_description import service_description

router = APIRouter()

DEFAULT_QUERY_TIMEOUT = 30.0  # seconds; app.state.query_timeout overrides it
ALLOW = "GET, HEAD, POST, OPTIONS"
QUERY_PAGE = "/query"  # the HTML query form (pages.py)
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
# parameters that may come without a query: they choose the description's format
DESCRIPTION_PARAMS = {"format"}
MAX_QUERY_BYTES = 256 * 1024  # the longest real query is a few kB; bigger ones only cost parsing time


def _too_big(size: int) -> QueryRejected:
    return QueryRejected(413, f"the request is {size // 1024} KB; a query may be at most "
                              f"{MAX_QUERY_BYTES // 1024} KB")


@router.api_route("/sparql", methods=["GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"],
                  openapi_extra={"parameters": [  # the protocol's parameters, read from the request by hand
                      {"name": n, "in": "query", "required": False, "schema": {"type": "string"}}
                      for n in ("query", "format", "default-graph-uri", "named-graph-uri")]})
async def sparql(request: Request) -> Response:
    try:
        response = await _answer(request)
    except QueryRejected as e:
        headers = {"Allow": ALLOW} if e.status == 405 else None
        response = Response(e.message.rstrip() + "\n", status_code=e.status,
                            media_type="text/plain; charset=utf-8", headers=headers)
    response.headers.update(CORS)
    return response


async def _answer(request: Request) -> Response:
    if request.method == "OPTIONS":  # CORS preflight
        return Response(status_code=204, headers={
            "Allow": ALLOW, "Access-Control-Allow-Methods": ALLOW,
            "Access-Control-Allow-Headers": "Accept, Content-Type", "Access-Control-Max-Age": "86400"})
    if request.method not in ("GET", "HEAD", "POST"):
        raise QueryRejected(405, f"method {request.method} is not allowed on /sparql; use GET or POST "
                                 "(the endpoint is read-only)")
    params = await _protocol_params(request)
    if any(len(q.encode()) > MAX_QUERY_BYTES for q in params.get("query", [])):
        raise _too_big(max(len(q.encode()) for q in params["query"]))
    if "update" in params:
        raise QueryRejected(400, READ_ONLY)
    queries = params.get("query", [])
    if len(queries) > 1:
        raise QueryRejected(400, "give exactly one query parameter")
    if not queries:
        if request.method != "POST" and _wants_html(request):
            # the query page; ?lang= and the like go along
            query = f"?{request.url.query}" if request.url.query else ""
            return RedirectResponse(QUERY_PAGE + query, status_code=303)
        if request.method == "POST" or set(params) - DESCRIPTION_PARAMS:
            raise QueryRejected(400, "missing query parameter")
        return rdf_response(request, service_description(base_url(request), request.app.state.store.named_graphs()))
    if not queries[0].strip():
        raise QueryRejected(400, "empty query")
    formats = params.get("format", [])
    try:
        check_format_values(formats)
    except UnknownFormat as e:
        raise QueryRejected(400, str(e)) from None
    accept = request.headers.get("accept")

    def format_for(kind: str):
        fmt = pick(kind, accept, formats)
        if fmt is None:
            raise QueryRejected(406, "Not Acceptable: this query's results are available as "
                                     + ", ".join(offered_media_types(kind)))
        return fmt

    req = QueryRequest(queries[0], params.get("default-graph-uri", []), params.get("named-graph-uri", []))
    answer = await _runner(request).run(req, format_for)
    return _results_response(answer, head=request.method == "HEAD")


async def _protocol_params(request: Request) -> dict[str, list[str]]:
    """The protocol's parameters of a GET or POST, each name with its values."""
    params: dict[str, list[str]] = {}

    def add(items):
        for k, v in items:
            params.setdefault(k, []).append(v)

    add(request.query_params.multi_items())
    if request.method != "POST":
        return params
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_QUERY_BYTES + 4096:  # room for the other parameters
        raise _too_big(int(length))
    content_type = request.headers.get("content-type", "")
    media, *options = [p.strip() for p in content_type.split(";")]
    media = media.lower()
    if media == FORM:
        form = await request.form()
        add((k, v) for k, v in form.multi_items() if isinstance(v, str))
    elif media == SPARQL_QUERY:
        # the protocol allows UTF-8 only (SPARQL 1.1 Protocol §2.1.3)
        charset = next((o.partition("=")[2].strip('"') for o in options if o.lower().startswith("charset=")), "utf-8")
        if charset.lower().replace("-", "") != "utf8":
            raise QueryRejected(400, f"a query body must be UTF-8, not {charset}")
        try:
            text = (await request.body()).decode("utf-8")
        except UnicodeDecodeError:
            raise QueryRejected(400, "the query body is not valid UTF-8") from None
        params.setdefault("query", []).insert(0, text)
    elif media == SPARQL_UPDATE:
        raise QueryRejected(400, READ_ONLY)
    else:
        raise QueryRejected(415, f"unsupported Content-Type {content_type or '(none)'!r}: POST a query as "
                                 f"{FORM} (query=...) or as {SPARQL_QUERY}")
    return params


def _wants_html(request: Request) -> bool:
    """A browser, asking for no particular format and preferring HTML to RDF."""
    if request.query_params.getlist("format"):
        return False
    return choose(request.headers.get("accept"), [*offered_media_types(GRAPH), "text/html"]) == "text/html"


def _runner(request: Request) -> QueryRunner:
    """The app's query runner, made on first use with the app's time limit."""
    state = request.app.state
    runner = getattr(state, "query_runner", None)
    if runner is None:
        timeout = getattr(state, "query_timeout", None) or DEFAULT_QUERY_TIMEOUT
        runner = state.query_runner = QueryRunner(state.store.store, timeout)
    return runner


def _results_response(answer: QueryAnswer, head: bool) -> Response:
    headers = {"Content-Length": str(answer.size), "Vary": "Accept"}
    media = answer.format.media_type
    if head:
        answer.body.close()
        return Response(status_code=200, media_type=media, headers=headers)
    if answer.size <= SPOOL_BYTES:  # still in memory: one piece
        answer.body.seek(0)
        body = answer.body.read()
        answer.body.close()
        return Response(body, media_type=media, headers=headers)
    return StreamingResponse(answer.chunks(), media_type=media, headers=headers)
