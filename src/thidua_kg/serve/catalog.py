"""The DCAT catalog (/catalog): the dataset, one distribution per dump, the SPARQL service."""
from __future__ import annotations

from datetime import datetime, timezone

import pyoxigraph as ox

from ..namespaces import DCTERMS, XSD
from .dumps import FILE_TYPE, IANA, DumpFile
from .rdf_documents import DCAT, TYPE, literal, template
from .void import DATASET

LICENSE = "https://creativecommons.org/licenses/by/4.0/"


def _date_time(timestamp: float) -> ox.Literal:
    when = datetime.fromtimestamp(timestamp, timezone.utc).replace(microsecond=0)
    return literal(when.isoformat().replace("+00:00", "Z"), XSD + "dateTime")


def catalog(base: str, dumps: dict[str, DumpFile]) -> list[ox.Triple]:
    triples = template("dataset_description.ttl", base) + template("dataset_catalog.ttl", base)
    ds = ox.NamedNode(base + DATASET)
    cat = ox.NamedNode(base + "catalog#catalog")
    service = ox.NamedNode(base + "sparql#service")

    def add(s, ns: str, p: str, o):
        triples.append(ox.Triple(s, ox.NamedNode(ns + p), o))

    times = [d.stat.st_mtime for d in dumps.values() if d.format]
    for name, dump in dumps.items():
        if dump.format is None:
            continue  # not an RDF dump: not a distribution of the dataset
        dist = ox.NamedNode(f"{base}catalog#distribution-{name}")
        url = ox.NamedNode(f"{base}dumps/{name}")
        add(ds, DCAT, "distribution", dist)
        triples.append(ox.Triple(dist, TYPE, ox.NamedNode(DCAT + "Distribution")))
        add(dist, DCTERMS, "title", ox.Literal(name))
        add(dist, DCAT, "accessURL", url)
        add(dist, DCAT, "downloadURL", url)
        add(dist, DCAT, "mediaType", ox.NamedNode(IANA + dump.format.media_type))
        if dump.compressed:
            add(dist, DCAT, "compressFormat", ox.NamedNode(IANA + "application/gzip"))
        add(dist, DCTERMS, "format", ox.NamedNode(FILE_TYPE + dump.format.file_type))
        add(dist, DCAT, "byteSize", literal(dump.stat.st_size, XSD + "nonNegativeInteger"))
        add(dist, DCTERMS, "license", ox.NamedNode(LICENSE))
        add(dist, DCTERMS, "modified", _date_time(dump.stat.st_mtime))
    if times:  # the data is as old as its dumps
        for node in (ds, cat):
            add(node, DCTERMS, "issued", _date_time(min(times)))
            add(node, DCTERMS, "modified", _date_time(max(times)))
    return triples
