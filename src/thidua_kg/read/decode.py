"""Bytes to text: UTF-8, or Windows-1258 when that is certain; a clear reason otherwise.

Vietnamese text from older tools comes in legacy encodings. Windows-1258 is a
real code page (Python decodes it) and its decoding can be checked: every
non-ASCII character must come out as a Vietnamese letter or common punctuation.
TCVN3 (ABC) and VNI are font encodings without a codec here; they are
recognised by their byte patterns and refused with the reason, never guessed.
"""
from __future__ import annotations

import re

from . import legacy


def decode(data: bytes) -> str:
    """The text, or "!reason" when the bytes are not an article we can read."""
    if b"\x00" in data[:4096]:
        return "!binary file (NUL bytes), not a text article"
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start
    text = legacy.from_cp1258(data)
    if text is not None:
        return text
    family = legacy.font_encoding(data)
    if family:
        return (f"!not UTF-8: looks like the legacy Vietnamese encoding {family}, which cannot be converted "
                f"with certainty; convert the file to UTF-8 (e.g. with UniKey's converter) and ingest it again")
    if _looks_binary(data):
        return "!binary file (control bytes), not a text article"
    return f"!not valid UTF-8 (byte {bad}: {data[bad:bad + 1]!r}) and not a recognised Vietnamese legacy encoding"


_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    return len(_CONTROL.findall(head)) > max(8, len(head) // 100)

