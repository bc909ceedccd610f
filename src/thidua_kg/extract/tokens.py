"""Word tokens of a sentence, with the small predicates the extractors share."""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

_LETTERS = "".join(
    chr(c) for r in ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00)) for c in range(*r)
)
UPPER = "".join(c for c in _LETTERS if c.isupper())
LOWER = "".join(c for c in _LETTERS if c.islower())
_W = re.escape(UPPER + LOWER)

# numbers (with . , / - inside), words (letters, digits, an inner apostrophe as in H’Yâo), punctuation;
# a number with a capital after it is one word, a unit's number ("Bệnh viện Quân y 7A", "Tổ 12B")
# a capitalised word joined by a hyphen to lower-case letters is one word too ("Kim Sung-ho"), and capitals
# joined by "&" ("PTSC M&C": what the abbreviations did not expand is a code)
_TOKEN = re.compile(rf"\d+(?:[.,/\-]\d+)*(?![{re.escape(UPPER)}0-9])|[{re.escape(UPPER)}][{_W}]*(?:-[{re.escape(LOWER)}]+)+\b"
                    rf"|[{_W}0-9]+(?:[’'][{_W}]+)*(?:(?<=[A-Z])&[A-Z]+\b)?|\S")


_UPPER_SET = frozenset(UPPER)


# digits written as words ("hai tập thể"); "mốt", "tư", "lăm" only inside a compound ("hai mươi lăm")
DIGIT_WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7,
               "tám": 8, "chín": 9}
# a hyphen or an en dash, as written between names ("Than – Khoáng sản") and before titles
DASHES = ("-", "\u2013")
# words that start a number written out: "hai", "mười hai", "một trăm"
NUMBER_WORDS = {**{w: n for w, n in DIGIT_WORDS.items() if w not in ("mốt", "tư", "lăm")}, "mười": 10}


class Tok:
    """A token; its predicates are computed once, since scanners ask them often."""

    __slots__ = ("text", "start", "end", "low", "cap", "word", "num")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()
        c = text[0]
        self.cap = c in _UPPER_SET
        self.word = c.isalnum()
        self.num = c.isdigit()

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Tok) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start))


def tokenize(text: str) -> list[Tok]:
    if len(text) <= 60:
        return list(_tokenize_short(text))
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=8192)
def _tokenize_short(text: str) -> tuple[Tok, ...]:
    # names and labels are tokenised again and again while resolving
    return tuple(Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))


def is_name_syllable(t: Tok) -> bool:
    """A capitalised syllable that can be part of a personal name (not UBND, not 2024)."""
    if not t.cap:
        return False
    core = t.text.replace("’", "").replace("'", "").replace("-", "")  # (an inner hyphen: "Sung-ho")
    return core.isalpha() and not (len(core) > 1 and core.isupper())


def words(tokens: list[Tok], i: int, j: int) -> str:
    """The text of tokens[i:j] with single spaces, no space before , ; : ) and after (.
    Like a slice, j may run past the end."""
    out = ""
    for k in range(i, min(j, len(tokens))):
        t = tokens[k].text
        if out and t not in ",;:)”." and not out.endswith(("(", "“")):
            out += " "
        out += t
    return out


class SeqIndex:
    """Phrases as token sequences, found longest-first at a token position.

    Keys are lower-cased unless case matters: then the first letter must match too, or with
    `every_word` each word's (the province "Hải Dương" is not the "Hải dương" of "Viện Hải dương học")."""

    def __init__(self, phrases: Mapping[str, Any], case: bool = False, every_word: bool = False):
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, Any]]]] = {}
        self._capitals: dict[str, tuple[bool, ...]] = {}  # phrase -> which of its tokens start with a capital
        self.case = case
        self.every_word = every_word  # (with case: every word's first letter must match, not the first word's only)
        for phrase, value in phrases.items():
            toks = tokenize(phrase)
            key = tuple(t.text.lower() for t in toks)
            if not key:
                continue
            self._capitals[phrase] = tuple(t.text[0].isupper() for t in toks)
            self._by_first.setdefault(key[0], []).append((key, (phrase, value)))
        for lst in self._by_first.values():
            lst.sort(key=lambda kv: -len(kv[0]))
        self.first = frozenset(self._by_first)  # for inline pre-checks in hot loops

    def starts(self, tok: Tok) -> bool:
        """Can a phrase start with this token? (a cheap test before `match`)"""
        return tok.low in self._by_first

    def match(self, tokens: list[Tok], i: int):
        """(length, phrase, value) of the longest phrase at tokens[i], or None."""
        if i >= len(tokens):
            return None
        first = tokens[i]
        if first.low not in self.first:
            return None
        cands = self._by_first[first.low]
        if not cands:
            return None
        size = len(tokens)
        for key, (phrase, value) in cands:
            n = len(key)
            if i + n > size:
                continue
            k = 1
            while k < n and tokens[i + k].low == key[k]:
                k += 1
            if k == n:
                if self.case and first.text[0] != phrase[0]:
                    continue
                if self.every_word and any(tokens[i + m].text[0].isupper() != up for m, up in enumerate(self._capitals[phrase])
                                           if tokens[i + m].text[0].isalpha()):
                    continue
                return n, phrase, value
        return None
