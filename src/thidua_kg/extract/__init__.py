"""Extraction: pure functions from an article's text to typed facts (facts.py).

These modules are plain Python; `make install` also compiles them with mypyc
(1.5 times faster), and the compiled ones run only while they match these
sources (thidua_kg/compiled.py).
"""
from ..compiled import use_compiled

__path__ = use_compiled(__name__, __path__)
