"""SPARQL endpoints the benchmark compares, each started on loopback over a temporary directory
and always stopped: our own `thidua-kg serve`, the Oxigraph server, Virtuoso's SPARQL endpoint
and rdflib-endpoint. Each is a context manager yielding an `Endpoint`.
"""
from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from common import cli_path, free_port, stop, venv_tool, wait_idle

VIRTUOSO_USER = VIRTUOSO_PASSWORD = "dba"  # a fresh database's administrator, loopback only

# Like tests/sparql_servers.py, with buffers for ~20 M triples (Virtuoso's table: 170000
# buffers for 2 GB) and no cut of long answers (ResultSetMaxRows): the CQs return whole tables.
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 340000
MaxDirtyBuffers = 250000
CheckpointInterval = 0
ThreadsPerQuery = 2
DirsAllowed = ., {dir}, {dumps}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 16
Charset = UTF-8
MaxClientConnections = 32
[SPARQL]
ResultSetMaxRows = 100000000
MaxSortedTopRows = 100000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


@dataclass
class Endpoint:
    name: str
    url: str  # the SPARQL query URL
    proc: subprocess.Popen
    notes: list[str] = field(default_factory=list)
    load_seconds: float | None = None
    extra: dict = field(default_factory=dict)

    def settle(self, max_wait: float = 120.0) -> bool:
        """After a client gave up on a query: wait until the server stops computing it."""
        return wait_idle(self.proc.pid, max_wait)


def _wait_until_answers(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    ask = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}: "
                               f"{log.read_text(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(ask, timeout=5).close()
            return
        except urllib.error.HTTPError:
            return  # it answers, whatever the status
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{proc.args[0]} did not answer at {url} within {timeout:.0f} s") from None
            time.sleep(0.2)


@contextmanager
def _running(cmd: list[str], log: Path, query_url: str, timeout: float, grace: float = 20.0):
    with open(log, "ab") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_until_answers(query_url, proc, log, timeout)
        yield proc
    finally:
        stop(proc, grace=grace)


# -- ours ----------------------------------------------------------------------------------


@contextmanager
def ours(store: Path | str, workdir: Path, query_timeout: float, env_extra: dict | None = None):
    """`thidua-kg serve --store S` (SPARQL at /sparql)."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    dumps = workdir / "dumps"
    dumps.mkdir(exist_ok=True)
    cmd = cli_path() + ["serve", "--store", str(store), "--port", str(port), "--dumps", str(dumps),
                        "--query-timeout", f"{query_timeout:g}"]
    url = f"http://127.0.0.1:{port}/sparql"
    with _running(cmd, workdir / "serve.log", url, 300) as proc:
        yield Endpoint("thidua-kg serve", url, proc)


# -- Oxigraph server -----------------------------------------------------------------------


def oxigraph_available() -> str | None:
    return venv_tool("oxigraph")


@contextmanager
def oxigraph(dump: Path, workdir: Path, query_timeout: float):
    """`oxigraph load` of the N-Quads dump, then `oxigraph serve --union-default-graph`
    (thidua-kg's queries see the union of the graphs as their default graph)."""
    binary = oxigraph_available()
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "db"
    t0 = time.perf_counter()
    subprocess.run([binary, "load", "--location", str(db), "--file", str(dump), "--lenient"],
                   check=True, capture_output=True)
    load = time.perf_counter() - t0
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    cmd = [binary, "serve", "--location", str(db), "--bind", f"127.0.0.1:{port}", "--union-default-graph",
           "--timeout-s", f"{int(query_timeout)}"]
    with _running(cmd, workdir / "serve.log", url, 120) as proc:
        yield Endpoint("Oxigraph server", url, proc, load_seconds=load,
                       notes=["`oxigraph load --lenient` of the dump, `oxigraph serve --union-default-graph`"])


# -- Virtuoso ------------------------------------------------------------------------------


def virtuoso_available() -> str | None:
    import shutil

    return shutil.which("virtuoso-t")


class Virtuoso:
    """A Virtuoso database in `workdir`; SPARQL at /sparql, SQL (isql-vt) on its own port."""

    def __init__(self, workdir: Path, dumps: Path):
        workdir.mkdir(parents=True, exist_ok=True)
        dumps.mkdir(parents=True, exist_ok=True)
        self.workdir, self.dumps = workdir, dumps
        self.http_port, self.sql_port = free_port(), free_port()
        self.ini = workdir / "virtuoso.ini"
        self.ini.write_text(VIRTUOSO_INI.format(dir=workdir, dumps=dumps, sql_port=self.sql_port,
                                                http_port=self.http_port))
        self.url = f"http://127.0.0.1:{self.http_port}/sparql"
        self.store_url = "sparql+" + self.url

    def isql(self, sql: str, timeout: float = 7200) -> str:
        out = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", VIRTUOSO_USER, VIRTUOSO_PASSWORD,
                              f"exec={sql}"], capture_output=True, text=True, timeout=timeout)
        if out.returncode != 0 or "*** Error" in out.stdout + out.stderr:
            raise RuntimeError(f"isql-vt {sql!r} failed: {out.stdout[-1000:]} {out.stderr[-1000:]}")
        return out.stdout

    def bulk_load(self, files: list[Path]) -> float:
        """ld_dir + one rdf_loader_run() per file in parallel (at most 2) + checkpoint (docs/STORES.md)."""
        t0 = time.perf_counter()
        for f in files:
            if f.parent != self.dumps:
                raise ValueError(f"{f} is not in {self.dumps}")
        self.isql(f"ld_dir('{self.dumps}', '*.nq', 'https://w3id.org/thidua-kg/id/graph/unnamed');")
        loaders = [subprocess.Popen(["isql-vt", f"127.0.0.1:{self.sql_port}", VIRTUOSO_USER, VIRTUOSO_PASSWORD,
                                     "exec=rdf_loader_run();"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
                   for _ in range(min(2, len(files)))]
        for p in loaders:
            out, _ = p.communicate()
            if p.returncode != 0:
                raise RuntimeError(f"rdf_loader_run failed: {out[-1000:]!r}")
        self.isql("checkpoint;")
        errors = self.isql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        if "0 Rows" not in errors:
            raise RuntimeError(f"Virtuoso bulk load errors: {errors[-2000:]}")
        return time.perf_counter() - t0

    @contextmanager
    def running(self):
        cmd = [virtuoso_available(), "+configfile", str(self.ini), "+foreground"]
        with _running(cmd, self.workdir / "out.log", self.url, 180, grace=120) as proc:
            yield Endpoint("Virtuoso 7 /sparql", self.url, proc,
                           notes=["ResultSetMaxRows raised to 10^8 so that whole CQ tables come back"])


# -- rdflib-endpoint -----------------------------------------------------------------------


def rdflib_endpoint_available(install: bool = True) -> str | None:
    """The rdflib-endpoint CLI in this venv, installed with pip from the configured index when
    missing (it is no dependency of thidua-kg: only the benchmark uses it)."""
    tool = venv_tool("rdflib-endpoint")
    if tool or not install:
        return tool
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "rdflib-endpoint"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"  pip install rdflib-endpoint failed: {proc.stderr.strip()[-500:]}", flush=True)
        return None
    return venv_tool("rdflib-endpoint")


class RdflibEndpoint(Endpoint):
    """rdflib-endpoint, restarted (the dump parsed again) after a query its client gave up on:
    it cannot cancel one, and it answers nothing else until that query ends."""

    def settle(self, max_wait: float = 0.0) -> bool:
        self.restart()
        return True

    def restart(self) -> None:
        stop(self.proc, grace=5)
        t0 = time.perf_counter()
        self.proc = _start_rdflib(self.extra["cmd"], self.extra["log"], self.url)
        self.extra["restarts"] = self.extra.get("restarts", 0) + 1
        self.extra["restart_seconds"] = self.extra.get("restart_seconds", 0.0) + time.perf_counter() - t0


def _start_rdflib(cmd: list[str], log: Path, url: str) -> subprocess.Popen:
    with open(log, "ab") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_until_answers(url, proc, log, 3600)
    except BaseException:
        stop(proc, grace=5)
        raise
    return proc


@contextmanager
def rdflib_endpoint(dump: Path, workdir: Path):
    """`rdflib-endpoint serve DUMP.nq`: an in-memory rdflib Dataset, default graph = union."""
    tool = rdflib_endpoint_available()
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"  # the CLI's endpoint is at / (its help says /sparql)
    cmd = [tool, "serve", "--host", "127.0.0.1", "--port", str(port), str(dump)]
    log = workdir / "serve.log"
    t0 = time.perf_counter()
    proc = _start_rdflib(cmd, log, url)
    ep = RdflibEndpoint("rdflib-endpoint", url, proc, load_seconds=time.perf_counter() - t0,
                        notes=["rdflib Dataset(default_union=True) in memory, parsed from the dump"],
                        extra={"cmd": cmd, "log": log})
    try:
        yield ep
    finally:
        stop(ep.proc, grace=5)
