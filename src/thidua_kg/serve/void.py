"""The VoID description of the dataset (/.well-known/void)."""
from __future__ import annotations

import pyoxigraph as ox

from .dataset_stats import DatasetStats
from .dumps import DumpFile
from .rdf_documents import VOID, literal, template

DATASET = ".well-known/void#thidua-kg"
# the W3C format IRIs void:feature names, by dump media type
W3C_FORMATS = {"application/n-quads": "N-Quads", "text/turtle": "Turtle", "application/trig": "TriG",
               "application/ld+json": "JSON-LD"}


def void_description(base: str, base_iri: str, stats: DatasetStats, dumps: dict[str, DumpFile]) -> list[ox.Triple]:
    triples = template("dataset_description.ttl", base)
    ds = ox.NamedNode(base + DATASET)

    def add(p: str, o, s=ds):
        triples.append(ox.Triple(s, ox.NamedNode(VOID + p), o))

    add("sparqlEndpoint", ox.NamedNode(base + "sparql"))
    add("uriSpace", literal(base_iri))
    for name, dump in dumps.items():
        add("dataDump", ox.NamedNode(f"{base}dumps/{name}"))
        if dump.format and dump.format.media_type in W3C_FORMATS:
            add("feature", ox.NamedNode("http://www.w3.org/ns/formats/" + W3C_FORMATS[dump.format.media_type]))
    add("triples", literal(stats.quads))  # as the N-Quads dump has them: per named graph
    add("entities", literal(stats.entities))
    add("distinctSubjects", literal(stats.distinct_subjects))
    add("properties", literal(stats.properties))
    add("classes", literal(len(stats.classes)))
    for ns in stats.vocabularies:
        add("vocabulary", ox.NamedNode(ns))
    for iri in stats.examples:
        add("exampleResource", ox.NamedNode(iri))
    for cls, n in stats.classes.items():
        part = ox.BlankNode()
        add("classPartition", part)
        add("class", ox.NamedNode(cls), part)
        add("entities", literal(n), part)
    return triples
