"""Recognising legacy Vietnamese encodings (Windows-1258, TCVN3, VNI) in bytes that are not UTF-8."""
from __future__ import annotations

import re
import unicodedata

# Vietnamese letters (NFC), both cases, and the punctuation Windows editors type
_VIET = set("ăâêôơưđàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
_VIET |= {c.upper() for c in _VIET}
_PUNCT = set("“”‘’–—…•«»°€")


def from_cp1258(data: bytes) -> str | None:
    """The text when `data` is certainly Windows-1258 Vietnamese, else None.

    Certain means: at least a few non-ASCII characters, every one a Vietnamese
    letter or common punctuation once composed (NFC), and combining tone marks
    only ever after a vowel."""
    try:
        raw = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    if re.search(r"(?<![aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ])[\u0300\u0301\u0303\u0309\u0323]", raw):
        return None
    text = unicodedata.normalize("NFC", raw)
    non_ascii = [c for c in text if ord(c) > 127]
    if len(non_ascii) < 3:
        return None
    if all(c in _VIET or c in _PUNCT for c in non_ascii):
        return text
    return None


# TCVN3 puts whole letters at 0xA1-0xFE; its bare ă â ê ô ơ ư đ (0xA8-0xAE), very common in Vietnamese,
# sit in a range VNI does not use for lowercase text. VNI writes an ASCII vowel followed by diacritic
# bytes, almost all at 0xD0-0xFF (ư ơ đ themselves are 0xF6 0xF4 0xF1).
_TCVN3_BASES = re.compile(rb"[\xa8-\xae]")
_VNI_MARKS = re.compile(rb"(?:[aeiouyAEIOUY]|[\xf4\xf6\xd4\xd6])[\xd0-\xff]|[\xf1\xd1][a-zA-Z]")


def font_encoding(data: bytes) -> str | None:
    """"VNI" or "TCVN3 (ABC)" when the non-ASCII bytes sit where that encoding puts them, else None.
    A heuristic: it only ever leads to a refusal with the reason, never to a conversion."""
    high = sum(1 for b in data if b > 127)
    if high < 3:
        return None
    if len(_TCVN3_BASES.findall(data)) >= 0.1 * high:
        return "TCVN3 (ABC)"
    if len(_VNI_MARKS.findall(data)) >= 0.5 * high:
        return "VNI"
    return None
