"""Helpers of the linked-data, page and search tests: finding IRIs by label, headless Chromium."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest

TK = "https://w3id.org/thidua-kg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def find_iri(server: str, label: str, cls: str = "Person") -> str:
    """The IRI of the resource of class tk:<cls> labelled `label`@vi, asked of /sparql
    (person IRIs may be scoped to an article, so tests do not spell them)."""
    query = f'SELECT ?x WHERE {{ ?x a <{TK}{cls}> ; <{RDFS_LABEL}> "{label}"@vi }} ORDER BY ?x LIMIT 1'
    r = httpx.get(f"{server}/sparql", params={"query": query},
                  headers={"Accept": "application/sparql-results+json"}, timeout=30)
    return r.json()["results"]["bindings"][0]["x"]["value"]


def launch_chromium(playwright):
    """Debian's Chromium, headless; skip (with the reason) where it is absent or cannot start."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed: the browser tests need Debian's chromium")
    try:
        return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as e:  # noqa: BLE001 - any launch failure means: no browser here
        pytest.skip(f"{CHROMIUM} cannot start: {' '.join(str(e).split())[:300]}")


def write_store(path, quads) -> None:
    """A store directory holding `quads` (pyoxigraph Quads), closed so a server can open it."""
    import gc

    import pyoxigraph as ox

    store = ox.Store(str(path))
    store.extend(quads)
    store.flush()
    del store
    gc.collect()
