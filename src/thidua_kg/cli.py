"""The `thidua-kg` command line: ingest, validate, query, export, stats, serve, evaluate."""
from __future__ import annotations

import argparse
import json
import os
import sys

from .namespaces import DEFAULT_BASE

EXIT_USAGE = 2


# --store-* options of an external store, handed to remote_http through its environment variables
REMOTE_OPTIONS = (
    ("--store-user", "THIDUA_STORE_USER", "user name at the SPARQL service"),
    ("--store-password", "THIDUA_STORE_PASSWORD", "its password; prefer the variable, which ps does not show"),
    ("--store-gsp-url", "THIDUA_STORE_GSP_URL", "Graph Store Protocol URL (default: the server's own)"),
    ("--store-update-url", "THIDUA_STORE_UPDATE_URL", "SPARQL Update URL (default: the server's own)"),
)


def _remote_options_to_env(args) -> None:
    for flag, env, _ in REMOTE_OPTIONS:
        value = getattr(args, flag.lstrip("-").replace("-", "_"), None)
        if value is not None:
            os.environ[env] = value


class CLIError(Exception):
    """A user-facing error: printed as one line, exit code 2."""


def _open(args, read_only: bool = True):
    from .store import open_store

    return open_store(args.store, read_only=read_only, create=False)


# -- subcommands -----------------------------------------------------------------


def cmd_ingest(args) -> int:
    try:
        from .ingest import ingest
    except ImportError as e:
        raise CLIError(f"ingest is not available: {e}") from None

    report = ingest(args.paths, args.store, base_iri=args.base_iri, progress=not args.no_progress,
                    report_path=args.report, workers=args.workers)
    print(report.summary())
    return report.exit_code


def cmd_validate(args) -> int:
    from .validate import Validator

    store = _open(args)
    validator = Validator.load()
    graphs = store.article_graphs()
    failed = 0
    for g in graphs:
        report = validator.validate(store.graph_quads(g))
        if not report.conforms:
            failed += 1
            print(f"FAIL {g}")
            print("  " + report.text().rstrip().replace("\n", "\n  "))
    print(f"{len(graphs)} article graph(s) checked, {len(graphs) - failed} conform, {failed} fail")
    return 1 if failed else 0


def cmd_query(args) -> int:
    from .query import format_result, resolve, run

    sparql = resolve(cq=args.cq, file=args.file, text=args.query)
    result = run(_open(args), sparql)
    sys.stdout.write(format_result(result, args.format))
    return 0


def cmd_export(args) -> int:
    from .store import export_format_for

    store = _open(args)
    if args.output:
        try:
            store.export_file(args.format or export_format_for(args.output), args.output)
        except OSError as e:
            raise CLIError(f"cannot write {args.output}: {e.strerror or e}") from None
    else:
        sys.stdout.flush()
        store.export(args.format or "nquads", sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return 0


def cmd_stats(args) -> int:
    stats = _open(args).stats()
    width = max(map(len, stats))
    for key, value in stats.items():
        print(f"{key:<{width}}  {value}")
    return 0


def cmd_evaluate(args) -> int:
    from .evaluate import evaluate

    scores = evaluate(args.gold, _open(args))
    if args.json:
        print(json.dumps(scores.to_dict(), indent=2))
    else:
        sys.stdout.write(scores.table())
    return 0


def cmd_link(args) -> int:
    from .link import rdf
    from .link.remote import EndpointError
    from .link.run import run_link

    store = _open(args, read_only=False)
    if args.drop:
        print(f"dropped {', '.join(rdf.drop_graphs(store, args.base_iri)) or 'nothing (no derived graphs)'}")
        return 0
    endpoint = None if args.offline else args.endpoint
    cache = args.cache or ("thidua-kg.link-cache.json" if "://" in args.store
                           else f"{args.store.rstrip('/')}.link-cache.json")
    try:
        report = run_link(store, args.base_iri, endpoint, cache, retries=args.retries, timeout=args.timeout)
    except EndpointError as e:
        raise CLIError(f"{e}; nothing written") from None
    print(report.summary())
    return 0


def cmd_serve(args) -> int:
    try:
        import uvicorn

        from .serve.app import create_app
    except ImportError as e:
        raise CLIError(f"serve is not available: {e}") from None
    if args.dumps is not None and not os.path.isdir(args.dumps):
        raise CLIError(f"dumps directory not found: {args.dumps} (make it with thidua-kg export --output DIR/thidua-kg.nq.gz)")
    if args.query_timeout is not None and args.query_timeout <= 0:
        raise CLIError("--query-timeout must be a positive number of seconds")
    store = _open(args)
    app = create_app(store, base_iri=args.base_iri, dumps_dir=args.dumps, query_timeout=args.query_timeout)
    # store.path: a store URL without the credentials it may carry
    print(f"thidua-kg: serving {store.path} at http://{args.host}:{args.port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


# -- parser ----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="thidua-kg",
        description="Vietnamese news on emulation movements and commendations as an RDF knowledge graph.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name, func, help_):
        sp = sub.add_parser(name, help=help_, description=help_)
        sp.set_defaults(func=func)
        return sp

    def store_arg(sp, help_="store directory"):
        sp.add_argument("--store", required=True, metavar="DIR|URL",
                        help=f"{help_}, or a SPARQL service: sparql+http://HOST:PORT/sparql (docs/STORES.md)")
        remote = sp.add_argument_group("external SPARQL store (--store sparql+http://...)")
        for flag, env, what in REMOTE_OPTIONS:
            remote.add_argument(flag, metavar="VALUE", help=f"{what} (or ${env})")

    sp = add("ingest", cmd_ingest, "Read articles, extract facts and store one named graph per article.")
    sp.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .jsonl) or directories")
    store_arg(sp, "store directory (created when missing)")
    sp.add_argument("--base-iri", default=DEFAULT_BASE, metavar="IRI", help=f"base of entity IRIs ({DEFAULT_BASE})")
    sp.add_argument("--report", metavar="FILE", help="write the ingest report to FILE")
    sp.add_argument("--no-progress", action="store_true", help="no progress bar")
    sp.add_argument("--workers", type=int, metavar="N",
                    help="processes that extract in parallel while this one writes (default: one per core; "
                         "0: all in this process)")

    sp = add("validate", cmd_validate, "Check every article graph of the store against the SHACL shapes.")
    store_arg(sp)

    sp = add("query", cmd_query, "Run a competency question or any SPARQL query on the store.")
    store_arg(sp)
    src = sp.add_mutually_exclusive_group(required=True)
    src.add_argument("--cq", metavar="NAME", help="competency question name (queries/NAME.rq)")
    src.add_argument("--file", metavar="Q.rq", help="SPARQL query file")
    src.add_argument("query", nargs="?", metavar="QUERY", help="inline SPARQL query")
    sp.add_argument("--format", choices=("csv", "tsv", "json", "table"), default="table",
                    help="output format (default: table)")

    sp = add("export", cmd_export, "Write the store as N-Quads, TriG, Turtle (union of graphs) or JSON-LD.")
    store_arg(sp)
    sp.add_argument("--format", choices=("nquads", "trig", "turtle", "jsonld"),
                    help="serialisation (default: from the output name, .nq .trig .ttl .jsonld, else nquads)")
    sp.add_argument("--output", "-o", metavar="FILE",
                    help="output file, gzip-compressed when it ends in .gz (default: standard output)")

    sp = add("stats", cmd_stats, "Count articles, entities and quads in the store.")
    store_arg(sp)

    sp = add("serve", cmd_serve, "Serve the store: SPARQL endpoint, linked data and web pages.")
    store_arg(sp)
    sp.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    sp.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    sp.add_argument("--base-iri", default=DEFAULT_BASE, metavar="IRI",
                    help=f"base of the entity IRIs the store holds ({DEFAULT_BASE})")
    sp.add_argument("--dumps", metavar="DIR",
                    help="directory of dump files served at /dumps/ (default: made at start in a temporary directory)")
    sp.add_argument("--query-timeout", type=float, metavar="SECONDS",
                    help="time limit of one SPARQL query; longer ones are answered 503 (default: 30)")
    sp.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"),
                    help="server log level (default: warning)")

    sp = add("link", cmd_link, "Link the graph with other datasets: the same persons across articles, a SPARQL "
             "endpoint (Wikidata by default), English labels; rebuilds graph/derived/links and .../labels-en.")
    store_arg(sp)
    sp.add_argument("--endpoint", default="https://query.wikidata.org/sparql", metavar="URL",
                    help="SPARQL endpoint to find matches in (default: Wikidata)")
    sp.add_argument("--offline", action="store_true", help="no endpoint: persons and English labels only")
    sp.add_argument("--drop", action="store_true", help="drop the graphs `link` wrote, and stop")
    sp.add_argument("--cache", metavar="FILE", help="JSON cache of endpoint answers (default: DIR.link-cache.json)")
    sp.add_argument("--retries", type=int, default=3, metavar="N", help="retries per query, with back-off (default: 3)")
    sp.add_argument("--timeout", type=float, default=60.0, metavar="S", help="seconds per query (default: 60)")
    sp.add_argument("--base-iri", default=DEFAULT_BASE, metavar="IRI", help=f"base of entity IRIs ({DEFAULT_BASE})")

    sp = add("evaluate", cmd_evaluate, "Score the store against a directory of gold annotations.")
    sp.add_argument("--gold", required=True, metavar="DIR", help="directory of gold ID.json files")
    store_arg(sp)
    sp.add_argument("--json", action="store_true", help="print the scores as JSON")
    return p


def _user_errors() -> tuple[type[Exception], ...]:
    from .evaluate import EvaluationError
    from .query import QueryError
    from .store import StoreError

    return (CLIError, StoreError, QueryError, EvaluationError, OSError, ValueError, SyntaxError)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help (0) or a usage error (2)
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    _remote_options_to_env(args)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("thidua-kg: interrupted", file=sys.stderr)
        return 130
    except _user_errors() as e:
        msg = " ".join(str(e).split()) or type(e).__name__
        print(f"thidua-kg {args.command}: error: {msg}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
