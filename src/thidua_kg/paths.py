"""Where the project's data directories live (ontology/, shapes/, queries/).

THIDUA_KG_HOME overrides the repository root; it is read on every access, so
the constants below follow the environment (module __getattr__, PEP 562).
"""
import os
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parents[2]


def home() -> Path:
    env = os.environ.get("THIDUA_KG_HOME")
    return Path(env).expanduser().resolve() if env else _REPO_ROOT


def ontology_dir() -> Path:
    return home() / "ontology"


def vocab_dir() -> Path:
    return ontology_dir() / "vocab"


def shapes_dir() -> Path:
    return home() / "shapes"


def queries_dir() -> Path:
    return home() / "queries"


_CONSTANTS = {
    "HOME": home,
    "ONTOLOGY_DIR": ontology_dir,
    "VOCAB_DIR": vocab_dir,
    "SHAPES_DIR": shapes_dir,
    "QUERIES_DIR": queries_dir,
}


def __getattr__(name: str) -> Path:
    try:
        return _CONSTANTS[name]()
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


__all__ = ["home", "ontology_dir", "vocab_dir", "shapes_dir", "queries_dir", *_CONSTANTS]
