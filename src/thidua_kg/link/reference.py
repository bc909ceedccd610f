"""Reference data published into the store in its own named graph: the administrative
units of ontology/gazetteer/admin-units.ttl (with their source and version, prov/dcterms)."""
from __future__ import annotations

import hashlib

import pyoxigraph as ox

from ..gazetteer import gazetteer_path
from ..namespaces import DEFAULT_BASE

# Fixed, like the unit IRIs in the file: reference data does not follow --base-iri.
# A "/" after graph/ keeps it apart from article graphs (KGStore.article_graphs).
ADMIN_UNITS_GRAPH = DEFAULT_BASE + "graph/gazetteer/admin-units"


def publish_admin_units(store) -> bool:
    """Load the gazetteer into ADMIN_UNITS_GRAPH unless the stored copy has the file's hash.
    Only the file is hashed when nothing changed: no parsing on every ingest."""
    path = gazetteer_path()
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if store.content_hash(ADMIN_UNITS_GRAPH) == digest:
        return False
    triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)]
    return store.replace_graph(ADMIN_UNITS_GRAPH, triples, digest)
