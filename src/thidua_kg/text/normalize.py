"""Canonical Vietnamese text: NFC, one tone-mark placement, one kind of quotes.

Articles mix the old ("hoà", "uỷ") and new ("hòa", "ủy") placement of tone marks
on the open syllables oa/oe/uy; gazetteers and gold use the new one, so all text
is rewritten to it before anything else looks at it. Lengths never change, so
offsets into the normalised text stay meaningful.
"""
import html
import re
import unicodedata

# tone-marked vowel -> (base vowel, combining tone mark)
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _tone_of(ch: str) -> tuple[str, str] | None:
    d = unicodedata.normalize("NFD", ch)
    marks = [c for c in d if c in _TONES]
    if not marks:
        return None
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
    return base, marks[0]


# old placement: mark on the second vowel of an open oa/oe/uy syllable
# (the q test looks behind the o/u rather than before it: a pattern that starts with the
# vowel lets the regex engine skip ahead to candidates instead of trying every position)
_OLD = re.compile(
    r"([oOuU])(?<![qQ][oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\w])"
)


def _swap(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    if first in "oO" and second.lower() in "ỳýỷỹỵ":
        return m.group(0)
    if first in "uU" and second.lower() not in "ỳýỷỹỵ":
        return m.group(0)
    tone = _tone_of(second)
    if tone is None:
        return m.group(0)
    base, mark = tone
    return unicodedata.normalize("NFC", first + mark) + base


def canonical_tones(text: str) -> str:
    """hoà -> hòa, uỷ -> ủy, thuỷ -> thủy; quý, hoàng, khuyến unchanged."""
    return _OLD.sub(_swap, text)


_SPACE = r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]"
# runs of spaces, and any space other than " ": a single " " is left alone, not replaced by itself
_SPACES = re.compile(rf"{_SPACE}{{2,}}|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")
_STRAIGHT = re.compile(r'"')


def _curl_quotes(line: str) -> str:
    # straight double quotes alternate open/close within a paragraph
    if '"' not in line:
        return line
    out, open_ = [], True
    for part in _STRAIGHT.split(line):
        out.append(part)
        out.append("“" if open_ else "”")
        open_ = not open_
    return "".join(out[:-1])


_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def normalize_text(text: str) -> str:
    """NFC, canonical tones, curly quotes, single spaces, no CR; keeps newlines."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)  # a page's text saved with its HTML entities ("Sở GD&amp;ĐT", "&nbsp;")
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "").replace("«", "“").replace("»", "”")
    text = text.replace("„", "“").replace("‟", "”")
    text = canonical_tones(text)
    lines = [_curl_quotes(_SPACES.sub(" ", ln).strip()) if ln else ln for ln in text.split("\n")]
    return "\n".join(lines)
