"""The serialisations the SPARQL endpoint answers in, and how a request picks one.

SELECT and ASK give a result set (SPARQL JSON, XML, CSV, TSV); CONSTRUCT and
DESCRIBE give a graph (Turtle, N-Triples, JSON-LD, RDF/XML). A request names
one with the `format` parameter (a short name or a media type, as clients like
SPARQLWrapper send both) or with its Accept header; `format` wins.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from .negotiation import choose

RESULTS, GRAPH = "results", "graph"


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str  # the Content-Type answered
    oxigraph: ox.QueryResultsFormat | ox.RdfFormat
    aliases: tuple[str, ...] = ()  # other media types and format names that mean it


# in the server's order of preference: the first wins on Accept: */*
FORMATS = {
    RESULTS: (
        Format("json", "application/sparql-results+json", ox.QueryResultsFormat.JSON,
               ("application/json", "srj")),
        Format("xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML,
               ("application/xml", "text/xml", "srx")),
        Format("csv", "text/csv; charset=utf-8", ox.QueryResultsFormat.CSV),
        Format("tsv", "text/tab-separated-values; charset=utf-8", ox.QueryResultsFormat.TSV),
    ),
    GRAPH: (
        Format("turtle", "text/turtle; charset=utf-8", ox.RdfFormat.TURTLE,
               ("application/turtle", "application/x-turtle", "ttl",
                # Turtle is N3 without its extensions: N3 clients read it
                "n3", "text/n3", "application/n3", "text/rdf+n3")),
        Format("ntriples", "application/n-triples", ox.RdfFormat.N_TRIPLES, ("nt", "n-triples")),
        Format("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD,
               ("application/x-json+ld", "json-ld", "json", "application/json")),
        Format("rdfxml", "application/rdf+xml", ox.RdfFormat.RDF_XML,
               ("rdf+xml", "rdf", "xml", "application/xml", "text/xml")),
    ),
}


def _names(fmt: Format) -> tuple[str, ...]:
    return (fmt.name, fmt.media_type.split(";")[0], *fmt.aliases)


# every name a `format` value may take, whatever the query form
KNOWN_NAMES = frozenset(n for formats in FORMATS.values() for f in formats for n in _names(f))


class UnknownFormat(ValueError):
    """A `format` parameter naming no serialisation this endpoint knows."""


def format_names(values: list[str]) -> list[str]:
    """The names in `format` values, lower case; a value may list several
    (SPARQLWrapper sends 'application/ld+json,application/x-json+ld')."""
    return [name for v in values for item in v.split(",") if (name := item.split(";")[0].strip().lower())]


def check_format_values(values: list[str]) -> None:
    """Raise UnknownFormat when some `format` value names nothing known."""
    unknown = [v for v in format_names(values) if v not in KNOWN_NAMES]
    if unknown:
        names = ", ".join(f.name for formats in FORMATS.values() for f in formats)
        raise UnknownFormat(f"unknown format {unknown[0]!r}; use one of {names} or a media type")


def pick(kind: str, accept: str | None, format_values: list[str]) -> Format | None:
    """The format to answer a `kind` result in, or None when nothing fits (406).

    The first `format` value that applies to this kind of result wins (SPARQLWrapper
    sends a name and a media type); without one, the Accept header decides."""
    formats = FORMATS[kind]
    for value in format_names(format_values):
        for fmt in formats:
            if value in _names(fmt):
                return fmt
    if format_values:
        return None
    offered = [m for f in formats for m in _names(f) if "/" in m]
    chosen = choose(accept, offered)
    return next((f for f in formats if chosen in _names(f)), None) if chosen else None


def offered_media_types(kind: str) -> list[str]:
    """The media types a result of this kind can be had in (for a 406's message)."""
    return [f.media_type.split(";")[0] for f in FORMATS[kind]]
