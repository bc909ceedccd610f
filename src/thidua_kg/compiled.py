"""Compiled modules: where they are built, and whether they may be used.

`scripts/compile_extractor.py` (run by `make install`) compiles the packages
below with mypyc into var/compiled/, with a stamp of the sources it compiled.
A package loads its compiled modules only while the stamp matches the sources
byte for byte, so an edited module never runs stale; THIDUA_KG_PURE=1 forces
plain Python. Both give the same facts (tests/test_compiled.py).
"""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parents[2] / "var" / "compiled"
STAMP = "SOURCES"
# package -> its compiled modules (None: all of them but NOT_COMPILED)
COMPILED = {
    "thidua_kg": ("graph.py", "validate.py"),
    "thidua_kg.extract": None,
    "thidua_kg.text": None,
    "thidua_kg.read": None,
}
PACKAGES = tuple(COMPILED)
# facts.py and errors.py stay Python: their frozen dataclasses are pickled between
# processes, which mypyc's native classes do not support; html_text.py subclasses
# HTMLParser, a Python class a native class cannot extend
NOT_COMPILED = frozenset({"__init__.py", "facts.py", "errors.py", "html_text.py"})

_ROOT = Path(__file__).resolve().parent  # the thidua_kg package


def modules() -> list[Path]:
    """The source files that are compiled, in every package of PACKAGES."""
    out = []
    for package, names in COMPILED.items():
        folder = _ROOT.joinpath(*package.split(".")[1:])
        out += [folder / n for n in names] if names else \
            sorted(p for p in folder.glob("*.py") if p.name not in NOT_COMPILED)
    return out


def stamp() -> str:
    """One line per compiled module: its path in the package and the SHA-256 of its source."""
    return "".join(f"{p.relative_to(_ROOT).as_posix()} {hashlib.sha256(p.read_bytes()).hexdigest()}\n"
                   for p in modules())


def compiled_path(package: str) -> Path | None:
    """The directory of `package`'s compiled modules when they match the sources, else None."""
    if os.environ.get("THIDUA_KG_PURE") or package not in PACKAGES:
        return None
    try:
        if (BUILD_DIR / STAMP).read_text(encoding="utf-8") != stamp():
            return None
    except OSError:
        return None
    return BUILD_DIR.joinpath(*package.split("."))


def use_compiled(package: str, path: list[str]) -> list[str]:
    """The package's __path__, with its compiled modules first where they may be used."""
    built = compiled_path(package)
    if built is None:
        return path
    if str(BUILD_DIR) not in sys.path:
        sys.path.append(str(BUILD_DIR))  # mypyc's shared runtime module lives at the top
    return [str(built), *path]


def active(package: str) -> bool:
    """Whether `package`'s modules run compiled in this process."""
    mod = sys.modules.get(package)
    return bool(mod and getattr(mod, "__path__", None) and mod.__path__[0].startswith(str(BUILD_DIR)))
