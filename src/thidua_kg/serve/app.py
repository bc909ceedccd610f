"""The FastAPI application over a KGStore: one router per concern, state on app.state."""
from __future__ import annotations

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
    app = FastAPI(title="thidua-kg", description="Linked data and SPARQL for Vietnamese emulation and commendation news")
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
    return app
