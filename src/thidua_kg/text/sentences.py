"""Paragraphs and sentences with character offsets into the article text."""
import re
from dataclasses import dataclass, replace

# a sentence ends at . ! ? … (optionally followed by a closing quote) before a
# capital letter, an opening quote or a digit; "TP." and titles like "TS." do not end one.
# Group 1 is the space between; a closing quote stays with its sentence. (Starting the
# pattern with the end mark lets the regex engine skip ahead to one.)
_END = re.compile(r"[.!?…][”\"]?(\s+)(?=[“\"(]?[A-ZĐÀ-ỸÂĂÊÔƠƯ0-9])")
# (with the degrees and honorary titles written before a name: "BSCKII. Hồ Sỹ Lương", "TTƯT. X")
_NO_BREAK = re.compile(r"(?:\b(?:TP|Tp|TX|Tx|TS|ThS|Ths|PGS|GS|BS|Th\.S|St|Mr|Ms|v\.v|BSCKII|BSCKI|BSCK|CKII|CKI|BSNT|DS|KS|"
                       r"TTƯT|TTND|NSƯT|NSND|NGƯT|NGND)|\b[A-ZĐ])\.$")
# the number of a list's item at a line's start ("1. “X” của ...", "II. Khen thưởng"): no sentence
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})\.")
# nor within a line: "gồm: 1. Đài A; 2. Đài B; 3. Phòng C"
_INLINE_ITEM = re.compile(r"[:;]\s*\d{1,2}\.$")
# a photo caption ("... Ảnh: Name") or a credit line ("Tin, ảnh: Name", "Bài và ảnh: Name")
_CAPTION = re.compile(r"\bẢnh\s*:|^(?:Tin|Bài|Tin bài)\s*(?:,|và)\s*ảnh\s*:")


def _in_capitals(para: str) -> bool:
    """A line in capitals: a portal's headline or section heading, or a byline ("THANH HẢI - QUỲNH ANH")."""
    if para != para.upper():
        return False  # (one C-level pass: almost every paragraph stops here)
    return sum(1 for c in para if c.isalpha()) > 6


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    caption: bool  # part of a photo caption ("... Ảnh: Name"), or a line in capitals (headline, byline)
    capitals: bool = False  # a line in capitals: no sentence of the article's


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph (blank-line or line separated)."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paragraphs(text)):
        para = text[ps:pe]
        capitals = _in_capitals(para)
        caption = ("Ảnh" in para or "ảnh:" in para) and bool(_CAPTION.search(para)) or capitals
        start = 0
        first = len(out)
        for m in _END.finditer(para):
            head = para[start : m.start(1)].rstrip("”\"")
            # the abbreviations end the head: look at its last characters only
            if _NO_BREAK.search(head, max(0, len(head) - 8)) or (start == 0 and _ITEM_NUMBER.fullmatch(head)) \
                    or _INLINE_ITEM.search(head, max(0, len(head) - 6)):
                continue
            _add(out, para, start, m.start(1), ps, pi, caption, capitals)
            start = m.end()
        _add(out, para, start, len(para), ps, pi, caption, capitals)
        if caption and len(out) - first > 2 and not capitals:
            # a caption run into a paragraph ("... 3 hội viên. Ông X trao ... Ảnh: Name"): only the
            # credit and the sentence it credits are the caption
            credit = next((k for k in range(first, len(out)) if _CAPTION.search(out[k].text)), len(out) - 1)
            for k in range(first, credit - 1):
                out[k] = replace(out[k], caption=False)
    return out


def _add(out, para, s, e, offset, pi, caption, capitals):
    chunk = para[s:e]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if chunk:
        begin = offset + s + lead
        out.append(Sentence(chunk, begin, begin + len(chunk), pi, caption, capitals))
