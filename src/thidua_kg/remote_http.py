"""HTTP to a SPARQL service: the SPARQL 1.1 Protocol (query, update) and the
Graph Store HTTP Protocol (PUT of one graph), with one error type for all.

One httpx.Client per service: keep-alive connections, and digest auth that
answers the server's challenge once and then authenticates pre-emptively
(urllib's handler would send every request body twice). The client is
thread-safe, so graphs are written several at a time.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpx

from .store import StoreError

ENV_USER, ENV_PASSWORD = "THIDUA_STORE_USER", "THIDUA_STORE_PASSWORD"
ENV_GSP, ENV_UPDATE = "THIDUA_STORE_GSP_URL", "THIDUA_STORE_UPDATE_URL"
SCHEMES = ("sparql+http://", "sparql+https://")


class RemoteStoreError(StoreError):
    """The SPARQL service does not answer, refuses or fails: one line naming the store."""


class RemoteQueryError(RemoteStoreError, ValueError):
    """The service rejected a query (a ValueError, like a failed evaluation in pyoxigraph)."""


def is_remote(location) -> bool:
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


@dataclass(frozen=True)
class Dialect:
    """What differs between stores: where updates and graph writes go, and how
    a query asks for the union of all graphs as its default graph."""

    name: str
    update_path: str | None  # beside the query endpoint; None: the query URL itself
    gsp_path: str | None  # None: no Graph Store Protocol, graphs are written by SPARQL Update
    union_params: tuple[tuple[str, str], ...] = ()
    # Virtuoso's default graph without FROM is already every graph, its own system graphs included
    default_is_union: bool = False


VIRTUOSO = Dialect("virtuoso", "/sparql-auth", "/sparql-graph-crud-auth", default_is_union=True)
OXIGRAPH = Dialect("oxigraph", "/update", "/store", union_params=(("union-default-graph", ""),))
GENERIC = Dialect("generic", None, None)


def dialect_of(server_header: str) -> Dialect:
    """The dialect of a server from its HTTP Server header (Virtuoso/07.20..., Oxigraph/0.5...)."""
    name = server_header.lower()
    if name.startswith("virtuoso"):
        return VIRTUOSO
    if name.startswith("oxigraph"):
        return OXIGRAPH
    return GENERIC


@dataclass(frozen=True)
class ServiceConfig:
    """Where the store is and who we are to it: from the store URL, then the environment
    (which the CLI's --store-* options set)."""

    location: str  # the sparql+http(s):// URL as given, credentials removed (for messages)
    query_url: str
    user: str | None = None
    password: str | None = None
    gsp_url: str | None = None  # None: the dialect's default
    update_url: str | None = None

    @classmethod
    def from_location(cls, location: str) -> "ServiceConfig":
        parts = urlsplit(location[len("sparql+"):])
        netloc = parts.hostname or ""
        if ":" in netloc:  # an IPv6 literal
            netloc = f"[{netloc}]"
        if parts.port:
            netloc += f":{parts.port}"
        query_url = urlunsplit((parts.scheme, netloc, parts.path or "/sparql", parts.query, ""))
        return cls(location="sparql+" + query_url, query_url=query_url,
                   user=parts.username or os.environ.get(ENV_USER) or None,
                   password=parts.password or os.environ.get(ENV_PASSWORD) or None,
                   gsp_url=os.environ.get(ENV_GSP) or None, update_url=os.environ.get(ENV_UPDATE) or None)

    def beside(self, path: str) -> str:
        """A path on the query endpoint's host (/sparql-auth beside /sparql)."""
        p = urlsplit(self.query_url)
        return urlunsplit((p.scheme, p.netloc, path, "", ""))


class SparqlService:
    def __init__(self, config: ServiceConfig, timeout: float = 120.0):
        self.config = config
        auth = None
        if config.user is not None:
            # Virtuoso asks for digest on its -auth endpoints; Basic for anything else
            auth = _DigestOrBasic(config.user, config.password or "")
        self.client = httpx.Client(auth=auth, timeout=httpx.Timeout(timeout, connect=10.0),
                                   headers={"User-Agent": "thidua-kg"}, follow_redirects=True)
        self.dialect = GENERIC

    # -- the operations ---------------------------------------------------------

    def probe(self) -> Dialect:
        """Ask the endpoint a trivial query; learn its dialect from the Server header."""
        r = self._send("POST", self.config.query_url, "answer a query",
                       data={"query": "ASK {}"}, headers={"Accept": "application/sparql-results+json"})
        self.dialect = dialect_of(r.headers.get("server", ""))
        return self.dialect

    def query(self, text: str, params: list[tuple[str, str]], accept: str) -> httpx.Response:
        form: dict[str, list[str]] = {"query": [text]}
        for name, value in params:
            form.setdefault(name, []).append(value)
        return self._send("POST", self.config.query_url, "query", data=form,
                          headers={"Accept": accept}, query_error=True)

    def update(self, text: str) -> None:
        url = self.config.update_url or (self.config.beside(self.dialect.update_path)
                                         if self.dialect.update_path else self.config.query_url)
        self._send("POST", url, "SPARQL Update", data={"update": text},
                   headers={"Accept": "application/sparql-results+json, */*;q=0.5"})

    @property
    def has_gsp(self) -> bool:
        return bool(self.config.gsp_url or self.dialect.gsp_path)

    def put_graph(self, graph_iri: str, ntriples: bytes) -> None:
        """Replace one graph (GSP PUT)."""
        url = self.config.gsp_url or self.config.beside(self.dialect.gsp_path or "")
        self._send("PUT", url, f"PUT of graph <{graph_iri}>", content=ntriples,
                   params={_graph_param(url): graph_iri},
                   headers={"Content-Type": "application/n-triples; charset=utf-8"})

    def close(self) -> None:
        self.client.close()

    # -- errors as one line -----------------------------------------------------

    def _send(self, method: str, url: str, what: str, query_error: bool = False, **kwargs) -> httpx.Response:
        try:
            r = self.client.request(method, url, **kwargs)
        except httpx.TimeoutException:
            raise RemoteStoreError(f"store {self.config.location}: {what} timed out ({url})") from None
        except httpx.HTTPError as e:
            raise RemoteStoreError(f"store {self.config.location} does not answer: {what} at {url}: "
                                   f"{_reason(e)}") from None
        if r.status_code < 400:
            return r
        head = f"store {self.config.location}: {what} refused by {url}: HTTP {r.status_code}"
        if r.status_code in (401, 403):
            raise RemoteStoreError(f"{head} (wrong or missing credentials: --store-user/--store-password "
                                   f"or {ENV_USER}/{ENV_PASSWORD})")
        detail = _first_line(r.text)
        if query_error and r.status_code == 400:
            raise RemoteQueryError(f"{head}: {detail}")
        raise RemoteStoreError(f"{head}: {detail}" if detail else head)


def _graph_param(gsp_url: str) -> str:
    """The graph parameter of a GSP URL: Virtuoso's CRUD endpoints take graph-uri, the protocol graph."""
    return "graph-uri" if "sparql-graph-crud" in gsp_url else "graph"


def _reason(e: Exception) -> str:
    text = " ".join(str(e).split())
    return text or type(e).__name__


def _first_line(body: str) -> str:
    for line in body.splitlines():
        if line.strip():
            return " ".join(line.split())[:300]
    return ""


class _DigestOrBasic(httpx.DigestAuth):
    """Digest when the server asks for it (Virtuoso's -auth endpoints; the challenge is then
    answered pre-emptively), Basic when it asks for Basic (Fuseki, GraphDB)."""

    def __init__(self, user: str, password: str):
        super().__init__(user, password)
        self._basic = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def auth_flow(self, request):
        flow = super().auth_flow(request)
        response = yield next(flow)
        try:
            retry = flow.send(response)
        except StopIteration:
            if response.status_code == 401 and response.headers.get("www-authenticate", "").lower().startswith("basic"):
                request.headers["Authorization"] = self._basic
                yield request
            return
        yield retry
