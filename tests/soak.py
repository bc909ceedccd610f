"""The long runs behind docs/RELIABILITY.md (make soak): 64 clients for 60 s on the competency-question
mix (with and without runaway queries beside them), and the 20 MB file. Prints JSON figures."""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bad_inputs import write_bad_inputs  # noqa: E402
from live_server import DATA, ingest, live_server  # noqa: E402
from load_clients import rss_mb, run_load  # noqa: E402
from test_reliability_load import load_with_pathological  # noqa: E402


def server_pid(port_url: str) -> int:
    port = port_url.rsplit(":", 1)[1]
    out = subprocess.run(["pgrep", "-f", f"serve --store .* --port {port}"], capture_output=True, text=True).stdout
    return int(out.split()[0])


def main(clients: int = 64, seconds: float = 60) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        ingest([DATA], store)
        with live_server(store, "--query-timeout", "5") as url:
            pid = server_pid(url)
            figures = asyncio.run(run_load(url, clients, seconds))
            figures["server_memory_mb"] = rss_mb(pid)
            print(json.dumps({"load": figures}), flush=True)
            load, answers = asyncio.run(load_with_pathological(url, clients, seconds, bad_clients=1, rounds=3))
            load["server_memory_mb"] = rss_mb(pid)
            load["pathological"] = sorted({(name, status) for name, status, _ in answers})
            print(json.dumps({"load_with_runaways": load}), flush=True)
        bad = Path(tmp) / "bad"
        write_bad_inputs(bad, big=True)
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "thidua_kg.cli", "ingest", str(bad / "huge.txt"), "--store",
                               str(store), "--no-progress"], capture_output=True, text=True)
        print(json.dumps({"20MB file": {"seconds": round(time.perf_counter() - t, 2), "exit": proc.returncode,
                                        "summary": proc.stdout.strip().splitlines()[-1]}}, ensure_ascii=False))


if __name__ == "__main__":
    main(*(float(a) if i else int(a) for i, a in enumerate(sys.argv[1:3])))
