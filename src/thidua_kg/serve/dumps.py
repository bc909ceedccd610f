"""The dump files served at /dumps/: which there are, how they are made, how typed.

The standard dumps are the whole store as gzip-compressed N-Quads (every graph)
and as Turtle (the union of the graphs), made by `thidua-kg export`. A file
ending in .gz is served as application/gzip, without Content-Encoding: it is a
download, and clients given Content-Encoding: gzip would unpack it on the fly
and save plain text under a .gz name.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..store import export_format_for

IANA = "http://www.iana.org/assignments/media-types/"
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"


@dataclass(frozen=True)
class DumpFormat:
    suffix: str
    media_type: str  # of the content, uncompressed
    file_type: str  # EU file-type authority code (dcterms:format in DCAT-AP)


FORMATS = (
    DumpFormat(".nq", "application/n-quads", "RDF_N_QUADS"),
    DumpFormat(".ttl", "text/turtle", "RDF_TURTLE"),
    DumpFormat(".trig", "application/trig", "RDF_TRIG"),
    DumpFormat(".jsonld", "application/ld+json", "JSON_LD"),
)
STANDARD_DUMPS = ("thidua-kg.nq.gz", "thidua-kg.ttl")


@dataclass(frozen=True)
class DumpFile:
    name: str
    path: Path
    stat: os.stat_result
    format: DumpFormat | None  # None: some other file in the directory
    compressed: bool

    @property
    def content_type(self) -> str:
        if self.compressed:
            return "application/gzip"
        if self.format is None:
            return "application/octet-stream"
        charset = "; charset=utf-8" if self.format.media_type.startswith("text/") else ""
        return self.format.media_type + charset


def make_dumps(kg, directory: str | os.PathLike) -> None:
    """Export the store as the standard dumps into `directory`."""
    for name in STANDARD_DUMPS:
        kg.export_file(export_format_for(name), Path(directory) / name)


def _format_of(name: str) -> DumpFormat | None:
    plain = name.lower().removesuffix(".gz")
    return next((f for f in FORMATS if plain.endswith(f.suffix)), None)


def dump_files(directory: str | os.PathLike | None) -> dict[str, DumpFile]:
    """The regular files right in `directory` (no hidden ones, none half written), by name.

    Only these names are ever served, so no request path can reach anything else."""
    if directory is None:
        return {}
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return {}
    files = {}
    for e in entries:
        if e.name.startswith(".") or e.name.endswith(".part") or not e.is_file():
            continue
        files[e.name] = DumpFile(e.name, Path(e.path), e.stat(), _format_of(e.name),
                                 e.name.lower().endswith(".gz"))
    return dict(sorted(files.items()))
