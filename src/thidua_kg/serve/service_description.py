"""The SPARQL 1.1 Service Description of /sparql: the template and the named graphs."""
from __future__ import annotations

import pyoxigraph as ox

from ..namespaces import RDFS
from .rdf_documents import SD, TYPE, template

# above this many named graphs the description gives their number only
LIST_GRAPHS_UP_TO = 1000


def service_description(base: str, named_graphs: list[str]) -> list[ox.Triple]:
    triples = template("sparql_service.ttl", base)
    dataset = ox.NamedNode(base + "sparql#dataset")
    n = len(named_graphs)
    triples.append(ox.Triple(dataset, ox.NamedNode(RDFS + "comment"),
                             ox.Literal(f"{n} named graphs; the default graph is their union.", language="en")))
    if n <= LIST_GRAPHS_UP_TO:
        for g in named_graphs:
            node = ox.BlankNode()
            triples += [
                ox.Triple(dataset, ox.NamedNode(SD + "namedGraph"), node),
                ox.Triple(node, TYPE, ox.NamedNode(SD + "NamedGraph")),
                ox.Triple(node, ox.NamedNode(SD + "name"), ox.NamedNode(g)),
            ]
    return triples
