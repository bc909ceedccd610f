"""A real server for the tests: `thidua-kg serve` in a subprocess on a free loopback port.

Used by the tests of the serve package (SPARQLWrapper, httpx, headless Chromium).
"""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ingest(paths, store: Path, *extra: str) -> None:
    """Ingest `paths` into the store directory (a real ingest, as the CLI runs it)."""
    cmd = [sys.executable, "-m", "thidua_kg.cli", "ingest", *map(str, paths), "--store", str(store),
           "--no-progress", "--workers", "1", *extra]
    subprocess.run(cmd, check=True, capture_output=True)


@contextmanager
def live_server(store: Path, *extra: str, timeout: float = 30.0):
    """Yield the base URL of `thidua-kg serve --store store` until the block ends."""
    port = free_port()
    cmd = [sys.executable, "-m", "thidua_kg.cli", "serve", "--store", str(store), "--port", str(port), *extra]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                out = proc.stdout.read().decode(errors="replace")
                raise RuntimeError(f"server exited with {proc.returncode}: {out}")
            try:
                urllib.request.urlopen(url + "/sparql", timeout=2).close()
                break
            except urllib.error.HTTPError:
                break  # it answers, whatever the status
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("server did not start in time") from None
                time.sleep(0.1)
        yield url
    finally:
        stop(proc)


def stop(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """Terminate a server we started; kill it if it does not end within `grace` seconds."""
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
