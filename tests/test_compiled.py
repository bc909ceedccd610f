"""The mypyc-compiled stages: used only while they match the sources, and
giving exactly the graphs plain Python gives."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from thidua_kg import compiled

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "thidua_kg.extract"

_DIGEST = """
import hashlib, sys
from thidua_kg import compiled
from thidua_kg.ingest import Stages
from thidua_kg.read import ReadError, read_paths
stages, h = Stages(), hashlib.sha256()
for a in read_paths(sys.argv[1:]):
    if not isinstance(a, ReadError):
        h.update(repr(stages.process(a)).encode())  # facts -> graph -> SHACL -> N-Quads
print(all(compiled.active(p) for p in compiled.PACKAGES), h.hexdigest())
"""


def _digest(pure: bool, *paths: Path) -> tuple[str, str]:
    env = dict(os.environ)
    env.pop("THIDUA_KG_PURE", None)
    if pure:
        env["THIDUA_KG_PURE"] = "1"
    out = subprocess.run([sys.executable, "-c", _DIGEST, *map(str, paths)], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return out[0], out[1]


def test_compiled_gives_the_same_graphs_as_python():
    if compiled.compiled_path(PACKAGE) is None:
        pytest.skip("no compiled modules matching the sources (run `make install`, which compiles them with mypyc)")
    corpora = [ROOT / "data", ROOT / "tests" / "fixtures"]
    fast_active, fast = _digest(False, *corpora)
    pure_active, pure = _digest(True, *corpora)
    assert (fast_active, pure_active) == ("True", "False")
    assert fast == pure


def test_a_stale_build_is_not_used(tmp_path, monkeypatch):
    built = tmp_path / "thidua_kg" / "extract"
    monkeypatch.setattr(compiled, "BUILD_DIR", tmp_path)
    monkeypatch.delenv("THIDUA_KG_PURE", raising=False)
    (tmp_path / compiled.STAMP).write_text(compiled.stamp(), encoding="utf-8")
    assert compiled.compiled_path(PACKAGE) == built
    (tmp_path / compiled.STAMP).write_text(compiled.stamp().replace("a", "b", 1), encoding="utf-8")
    assert compiled.compiled_path(PACKAGE) is None
    assert compiled.use_compiled(PACKAGE, ["src"]) == ["src"]


def test_pure_python_can_be_forced(monkeypatch):
    monkeypatch.setenv("THIDUA_KG_PURE", "1")
    assert compiled.compiled_path(PACKAGE) is None


def test_the_compiled_modules_type_check():
    # mypyc refuses code mypy rejects, and `make install` then falls back to plain Python
    # quietly (the graphs stay right, the ingest gets slower): catch that here
    pytest.importorskip("mypy", reason="mypy (with mypyc) is not installed")
    sources = [p.relative_to(ROOT / "src").as_posix() for p in compiled.modules()]
    run = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", *sources], cwd=ROOT / "src",
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
