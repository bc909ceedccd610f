#!/usr/bin/env python3
"""Compile the hot modules (thidua_kg.compiled.COMPILED) with mypyc into var/compiled/ (run by `make install`).

The sources are copied to a scratch directory and compiled there, so no binary
lands beside them in src/; the result carries a stamp of the sources, and
thidua_kg loads it only while the sources are unchanged. Without mypyc or a C
compiler this prints why and exits 0: plain Python works the same, only slower.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from thidua_kg.compiled import BUILD_DIR, PACKAGES, STAMP, modules, stamp  # noqa: E402

PACKAGE_DIR = ROOT / "src" / "thidua_kg"


def main() -> int:
    try:
        import mypyc  # noqa: F401
    except ImportError:
        print("compile_extractor: mypyc is not installed; the extractor runs as plain Python", file=sys.stderr)
        return 0
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    with tempfile.TemporaryDirectory(prefix="thidua-mypyc-") as tmp:
        work = Path(tmp)
        pkg = work / "thidua_kg"
        shutil.copytree(PACKAGE_DIR, pkg, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        sources = ["thidua_kg/" + p.relative_to(PACKAGE_DIR).as_posix() for p in modules()]
        command = [sys.executable, "-m", "mypyc", *sources]
        run = subprocess.run(command, cwd=work, capture_output=True, text=True)
        if run.returncode != 0:
            tail = "\n".join((run.stdout + run.stderr).strip().splitlines()[-15:])
            print(f"compile_extractor: mypyc failed; the extractor runs as plain Python\n{tail}", file=sys.stderr)
            return 0
        if BUILD_DIR.exists():
            shutil.rmtree(BUILD_DIR)
        for package in PACKAGES:
            sub = Path(*package.split("."))
            (BUILD_DIR / sub).mkdir(parents=True, exist_ok=True)
            for so in (work / sub).glob(f"*{suffix}"):
                shutil.copy2(so, BUILD_DIR / sub / so.name)
        for so in work.glob(f"*__mypyc{suffix}"):  # the shared runtime of the compiled group
            shutil.copy2(so, BUILD_DIR / so.name)
        (BUILD_DIR / STAMP).write_text(stamp(), encoding="utf-8")  # last: a partial build is never used
    print(f"compile_extractor: {len(sources)} modules compiled into {BUILD_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
