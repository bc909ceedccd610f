"""Links from the graph to other datasets: administrative units (at ingest), the same
persons across articles, English labels and SPARQL endpoints such as Wikidata (`link`).

See docs/LINKING.md.
"""
