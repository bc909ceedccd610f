"""The FastAPI application over a KGStore: one router per concern, state on app.state."""
from __future__ import annotations

import re
import warnings
from importlib import import_module

from fastapi import FastAPI

from ..namespaces import DEFAULT_BASE

# Each module exposes `router` (a fastapi.APIRouter). Order matters: specific
# paths (/sparql, /dumps/...) before the catch-all linked-data routes.
ROUTER_MODULES = ("sparql", "dataset", "pages", "resources")


def create_app(store, base_iri: str = DEFAULT_BASE, dumps_dir=None, query_timeout: float | None = None) -> FastAPI:
    """The application serving `store` (a thidua_kg.store.KGStore).

    app.state.store, app.state.base_iri, app.state.dumps_dir and
    app.state.query_timeout (seconds a SPARQL query may run; None: the endpoint's default)
    are what routers read.
    """
    # the OpenAPI schema at /openapi.json; no /docs or /redoc, which load their scripts from a CDN
    app = FastAPI(title="thidua-kg", description="Linked data and SPARQL for Vietnamese emulation and commendation news",
                  docs_url=None, redoc_url=None)
    app.state.store = store
    app.state.base_iri = base_iri
    app.state.dumps_dir = dumps_dir
    app.state.query_timeout = query_timeout
    for name in ROUTER_MODULES:
        try:
            module = import_module(f".{name}", __package__)
        except ModuleNotFoundError as e:
            if e.name != f"{__package__}.{name}":
                raise
            continue  # a concern not built yet
        app.include_router(module.router)
    app.openapi = lambda: _openapi(app)
    return app


def _openapi(app: FastAPI) -> dict:
    """FastAPI's schema, with one operation id per method: it gives all the methods of
    a multi-method route the same id (and warns), which schema tools reject."""
    if app.openapi_schema is None:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Duplicate Operation ID")
            schema = FastAPI.openapi(app)
        for path, operations in schema["paths"].items():
            for method, op in operations.items():
                op["operationId"] = f"{method}_{re.sub(r'[^a-z0-9]+', '_', path.lower()).strip('_') or 'home'}"
    return app.openapi_schema
