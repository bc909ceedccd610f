"""Reading articles: plain-text files and JSON Lines records.

`read_paths` walks files and folders and yields, for every input, either an
Article or a ReadError naming the file (and line) and why it was refused, so that
every input is accounted for and one bad file never stops the rest.
"""
from .errors import ReadError
from .walk import read_paths

__all__ = ["ReadError", "read_paths"]
