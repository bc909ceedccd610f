"""`thidua-kg link`: compute every link from the store, then write the derived graphs.

Order: persons across articles (people.py), then, with an endpoint, the remote matches
(remote.py), then English labels (english.py). Everything is computed before anything is
written, so a failing endpoint leaves the store as it was.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Triple

from ..gazetteer import load_gazetteer
from ..namespaces import RDFS, TKV
from ..vocab import load_vocabulary
from . import english, people, rdf, remote

_ORGS_RQ = Path(__file__).with_name("sparql") / "organisations.rq"
MINISTRY = TKV + "organisation-type/bo"


@dataclass
class LinkReport:
    mentions: int = 0
    persons: int = 0
    merges: int = 0
    remote: list[rdf.Link] = field(default_factory=list)
    asked: int = 0
    labels: int = 0
    endpoint: str | None = None
    written: list[str] = field(default_factory=list)

    def summary(self) -> str:
        same = sum(1 for lk in self.remote if lk.relation == rdf.SAME_AS)
        lines = [f"persons: {self.mentions} mentions are {self.persons} persons ({self.merges} merges)"]
        if self.endpoint:
            lines.append(f"remote: {len(self.remote)} links to {self.endpoint} ({same} owl:sameAs, "
                         f"{len(self.remote) - same} skos:closeMatch; {self.asked} queries sent, the rest from the cache)")
        lines.append(f"English labels: {self.labels}")
        lines.append("written: " + (", ".join(self.written) if self.written else "nothing changed"))
        return "\n".join(lines)


def candidates(store, clusters: list[people.Cluster], gaz) -> list[remote.Candidate]:
    """Provinces (from the gazetteer), organisations and persons (from the store)."""
    out = [remote.Candidate(u.iri, "province", u.name, (u.full_name, *u.alt_names))
           for u in gaz.units if u.is_province]
    for r in store.query(_ORGS_RQ.read_text(encoding="utf-8")):
        unit = gaz.unit(r["unit"].value) if r["unit"] else None
        kind = "ministry" if r["type"] and r["type"].value == MINISTRY else "organisation"
        # a district-level organisation's wdt:P131 would be its district: no place check
        out.append(remote.Candidate(r["org"].value, kind, r["name"].value,
                                    unit=unit.iri if unit and unit.is_province else None))
    for c in clusters:
        context = sorted({name for m in c.members for _, name in m.org_names})
        out.append(remote.Candidate(c.iri, "person", c.name, context=tuple(context)))
    return out


def run_link(store, base: str, endpoint: str | None = None, cache_path: str | Path | None = None,
             retries: int = 3, backoff: float = 1.0, timeout: float = 60.0) -> LinkReport:
    """Rebuild graph/derived/links and graph/derived/labels-en of the store. Raises
    remote.EndpointError (nothing written) when the endpoint fails."""
    gaz, vocab = load_gazetteer(), load_vocabulary()
    when = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    report = LinkReport(endpoint=endpoint)

    mentions = people.read_mentions(store)
    clusters = people.cluster(mentions, gaz, base)
    report.mentions, report.persons = len(mentions), len(clusters)
    report.merges = sum(len(c.edges) for c in clusters)
    links = rdf.person_triples(clusters, base, when)

    if endpoint:
        client = remote.SparqlClient(endpoint, cache_path, retries=retries, backoff=backoff, timeout=timeout)
        try:
            report.remote = remote.link_remote(candidates(store, clusters, gaz), client, remote.Rules.load())
        finally:
            client.save()  # answers already received are good for the next run
        report.asked = client.asked
        for lk in report.remote:
            links += rdf.annotate(lk, base, when)

    en = english.labels_for_store(store, vocab, gaz.units)
    report.labels = len(en)
    label = NamedNode(RDFS + "label")
    labels = [Triple(NamedNode(iri), label, Literal(text, language="en")) for iri, text in sorted(en.items())]

    for g, triples in ((rdf.links_graph_iri(base), links), (rdf.labels_graph_iri(base), labels)):
        if rdf.write_graph(store, g, triples):
            report.written.append(g)
    store.flush()
    return report
