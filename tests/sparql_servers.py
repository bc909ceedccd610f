"""Real SPARQL servers for the remote-store tests: Virtuoso Open Source 7 (`virtuoso-t`,
Debian's virtuoso-opensource) and the Oxigraph server (`oxigraph serve`, PyPI oxigraph),
each started on free loopback ports over a temporary directory and stopped after.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from live_server import free_port, stop

VIRTUOSO_USER = VIRTUOSO_PASSWORD = "dba"  # a fresh database's administrator

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
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
CheckpointInterval = 0
ThreadsPerQuery = 2
DirsAllowed = ., {dir}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 8
Charset = UTF-8
[SPARQL]
; the Debian default: thidua-kg reads in pages below it
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
"""


@dataclass
class SparqlServer:
    name: str
    store: str  # the --store URL
    env: dict[str, str]  # what a writing client needs (credentials)


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t")


def _wait_until_answers(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    ask = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(ask, timeout=2).close()
            return
        except (OSError, urllib.error.HTTPError):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{proc.args[0]} did not answer at {url} within {timeout:.0f} s") from None
            time.sleep(0.2)


@contextmanager
def _running(cmd: list[str], log: Path, query_url: str, timeout: float):
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_until_answers(query_url, proc, log, timeout)
        yield
    finally:
        stop(proc, grace=20)  # Virtuoso checkpoints on the way out


@contextmanager
def virtuoso(workdir: Path):
    workdir.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    ini = workdir / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=workdir, sql_port=sql_port, http_port=http_port))
    url = f"http://127.0.0.1:{http_port}/sparql"
    with _running([virtuoso_binary(), "+configfile", str(ini), "+foreground"], workdir / "out.log", url, 90):
        yield SparqlServer("virtuoso", "sparql+" + url,
                           {"THIDUA_STORE_USER": VIRTUOSO_USER, "THIDUA_STORE_PASSWORD": VIRTUOSO_PASSWORD})


@contextmanager
def oxigraph(workdir: Path):
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    cmd = [oxigraph_binary(), "serve", "--location", str(workdir / "db"), "--bind", f"127.0.0.1:{port}"]
    with _running(cmd, workdir / "out.log", url, 30):
        yield SparqlServer("oxigraph", "sparql+" + url, {})


def thidua(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The CLI in a subprocess, as a user runs it."""
    full_env = {**os.environ, **(env or {})}
    for key in ("THIDUA_STORE_USER", "THIDUA_STORE_PASSWORD", "THIDUA_STORE_GSP_URL", "THIDUA_STORE_UPDATE_URL"):
        if env is None or key not in env:
            full_env.pop(key, None)
    return subprocess.run([sys.executable, "-m", "thidua_kg.cli", *args], capture_output=True, text=True,
                          env=full_env, timeout=600)
