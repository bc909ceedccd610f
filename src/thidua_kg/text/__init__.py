"""Vietnamese text handling: normalisation, sentences, abbreviations."""

from ..compiled import use_compiled

__path__ = use_compiled(__name__, __path__)
