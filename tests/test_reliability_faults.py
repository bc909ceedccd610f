"""Faults: a worker dying, ingest killed mid-write, a full disk, a read-only store, and serving during an ingest."""
from __future__ import annotations

import contextlib
import os
import pickle
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from bad_inputs import GOOD
from live_server import DATA, ingest as cli_ingest, live_server
from thidua_kg import ingest as ingest_mod
from thidua_kg.ingest import EXIT_FAILED, ingest
from thidua_kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def articles(folder: Path, n: int, prefix: str = "a") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{prefix}{i:03d}.txt").write_text(GOOD.replace("12 tập thể", f"{i + 2} tập thể"), encoding="utf-8")
    return folder


def generated(folder: Path, count: int) -> Path:
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--count", str(count), "--out", str(folder),
                    "--seed", "7"], check=True, capture_output=True)
    return folder


def nquads(store_dir: Path) -> Counter:
    """The store's quads, blank node labels (the ontology's lists, fresh at each load) blanked out."""
    store = open_store(store_dir, read_only=True)
    try:
        return Counter(re.sub(rb"_:\w+", b"_:b", line) for line in store.export_bytes("nquads").splitlines())
    finally:
        del store


# -- a worker that dies -------------------------------------------------------------------------

class _Unpicklable:
    def __reduce__(self):
        raise pickle.PicklingError("this result cannot be pickled")


def _poisoned(process):
    def wrapped(self, a):
        if a.id == "a007":
            os.kill(os.getpid(), signal.SIGKILL)  # what the OOM killer or a segfault does
        if a.id == "a013":
            return _Unpicklable(), None, 0
        return process(self, a)
    return wrapped


def test_a_dying_worker_loses_only_its_article(tmp_path, monkeypatch):
    folder = articles(tmp_path / "in", 40)
    # the workers are forked after this: they inherit the poisoned stage
    monkeypatch.setattr(ingest_mod.Stages, "process", _poisoned(ingest_mod.Stages.process))
    done = {}
    t = threading.Thread(target=lambda: done.setdefault("r", ingest([str(folder)], str(tmp_path / "s"),
                                                                         progress=False, workers=2)))
    t.start()
    t.join(120)
    assert not t.is_alive(), "ingest hung after a worker died"
    report = done["r"]
    rejected = dict(report.rejected)
    assert set(rejected) == {str(folder / "a007.txt"), str(folder / "a013.txt")}
    assert "worker process died" in rejected[str(folder / "a007.txt")]
    assert "could not be returned" in rejected[str(folder / "a013.txt")]
    assert report.stored == 38


# -- ingest killed mid-write --------------------------------------------------------------------

def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def test_sigkill_during_ingest_then_a_new_run_equals_a_clean_run(tmp_path):
    corpus = generated(tmp_path / "corpus", 800)
    clean = tmp_path / "clean"
    cli_ingest([corpus], clean)
    killed = tmp_path / "killed"
    cmd = [sys.executable, "-m", "thidua_kg.cli", "ingest", str(corpus), "--store", str(killed), "--no-progress",
           "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = None
    while proc.poll() is None:  # kill it once the article writes have begun
        size = _size(killed)
        start = start or (size if size else None)
        if start and size > start + 2_000_000:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed: make the corpus bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = nquads(killed)
    assert partial != nquads(clean)  # it really stopped half way
    cli_ingest([corpus], killed)
    assert nquads(killed) == nquads(clean)
    store = open_store(killed, read_only=True)
    assert all(store.content_hash(g) for g in store.article_graphs())  # no graph left uncommitted


# -- a full disk, a read-only store ----------------------------------------------------------------

@contextlib.contextmanager
def mounted(args: list[str], target: Path):
    target.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(["mount", *args, str(target)], capture_output=True).returncode:
        pytest.skip("needs root and mount(8) to make a small or read-only filesystem")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def test_a_full_disk_gives_a_clear_error_and_keeps_the_store(tmp_path):
    with mounted(["-t", "tmpfs", "-o", "size=14m", "tmpfs"], tmp_path / "disk") as disk:
        store = disk / "store"
        cli_ingest([DATA], store)
        before = nquads(store)
        big = generated(tmp_path / "corpus", 300)
        proc = subprocess.run([sys.executable, "-m", "thidua_kg.cli", "ingest", str(big), "--store", str(store),
                               "--no-progress"], capture_output=True, text=True, timeout=300)
        assert proc.returncode == EXIT_FAILED, proc.stdout + proc.stderr
        assert "disk is full" in proc.stdout and str(store) in proc.stdout
        assert "Traceback" not in proc.stderr
        after = nquads(store)
        assert not (before - after)  # what was there is still there, and readable
        reopened = open_store(store, read_only=True)
        assert all(reopened.content_hash(g) for g in reopened.article_graphs())


def test_a_read_only_store_directory_gives_a_clear_error_and_keeps_the_store(tmp_path):
    store = tmp_path / "store"
    cli_ingest([DATA], store)
    before = nquads(store)
    with mounted(["--bind", "-o", "ro", str(store)], store):
        proc = subprocess.run([sys.executable, "-m", "thidua_kg.cli", "ingest", str(articles(tmp_path / "in", 3)),
                               "--store", str(store), "--no-progress"], capture_output=True, text=True, timeout=120)
        assert proc.returncode == EXIT_FAILED
        assert proc.stdout.startswith("ingest failed:") and str(store) in proc.stdout and "Traceback" not in proc.stderr
    assert nquads(store) == before


# -- serving while an ingest writes ------------------------------------------------------------------

def test_the_endpoint_keeps_answering_while_an_ingest_writes(tmp_path):
    store = tmp_path / "store"
    cli_ingest([DATA], store)
    corpus = generated(tmp_path / "corpus", 300)
    statuses, counts = [], []
    with live_server(store) as url:
        stop = threading.Event()

        def ask():
            with httpx.Client(timeout=30) as client:
                while not stop.is_set():
                    r = client.get(url + "/sparql", params={"query": COUNT},
                                   headers={"Accept": "application/sparql-results+json"})
                    statuses.append(r.status_code)
                    if r.status_code == 200:
                        counts.append(r.json()["results"]["bindings"][0]["n"]["value"])

        askers = [threading.Thread(target=ask) for _ in range(4)]
        for a in askers:
            a.start()
        proc = subprocess.run([sys.executable, "-m", "thidua_kg.cli", "ingest", str(corpus), "--store", str(store),
                               "--no-progress", "--workers", "1"], capture_output=True, text=True, timeout=300)
        time.sleep(0.5)
        stop.set()
        for a in askers:
            a.join()
        assert proc.returncode == 0, proc.stdout + proc.stderr
        # the server answers from the store as it was when it started (a read-only snapshot)
        assert statuses and set(statuses) == {200} and len(set(counts)) == 1
        assert httpx.get(url + "/id/", timeout=30).status_code < 500
    with live_server(store) as url:  # a restart publishes what the ingest wrote
        r = httpx.get(url + "/sparql", params={"query": COUNT}, headers={"Accept": "application/sparql-results+json"})
        assert int(r.json()["results"]["bindings"][0]["n"]["value"]) > int(counts[0])
