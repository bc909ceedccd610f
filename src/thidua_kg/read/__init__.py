"""Reading articles: plain-text files and JSON Lines records.

`read_paths` walks files and folders and yields, for every input, either an
Article or a ReadError naming the file (and line) and why it was refused, so that
every input is accounted for and one bad file never stops the rest.
"""
from ..compiled import use_compiled

__path__ = use_compiled(__name__, __path__)

from .errors import ReadError  # noqa: E402  (after __path__: the compiled modules first)
from .walk import read_paths  # noqa: E402

__all__ = ["ReadError", "read_paths"]
