"""thidua-kg: Vietnamese emulation and commendation news as a knowledge graph.

Pipeline, one module or package per stage:
read -> extract -> graph -> validate -> store -> query / evaluate / export.
"""
__version__ = "0.1.0"

from .compiled import use_compiled  # noqa: E402  (compiled stages first, where built)

__path__ = use_compiled(__name__, __path__)
