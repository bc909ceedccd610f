"""Abbreviations written in full: the vocabulary's (UBND, ANTQ, TP., ...) and
those an article defines itself ("Bộ Chỉ huy Quân sự (CHQS) tỉnh ...")."""
from __future__ import annotations

import re

# "(CHQS)", and two joined by "và": "(PCTT và TKCN)" after "Phòng chống thiên tai và Tìm kiếm cứu nạn"
_DEF = re.compile(r"\s*\(([A-ZĐ][A-ZĐƯ&\-]{1,9}(?: và [A-ZĐ][A-ZĐƯ&\-]{1,9})?)\)")
_WORD = re.compile(r"[^\s,]+")
_CITY_GLUED = re.compile(r"thành phố(?=[A-ZĐ])")
_HCM = re.compile(r"\bHCM\b")
# a company's type before the words an abbreviation spells names the company with them
_COMPANY_BEFORE = re.compile(r"(?:Tổng [Cc]ông ty|Công ty|Tập đoàn)\s+$")
_COMPANY_HEAD = re.compile(r"(?:Tổng [Cc]ông ty|Công ty|Tập đoàn)\s+")
_LEVEL_AFTER = re.compile(r" (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\b")


def _level_letter(text: str, start: int, end: int) -> bool:
    """Does a one-letter level ("P.", "Q.") at text[start:end] stand for it? Only before a name
    or a number, and not after a name's word ("Nguyễn Văn P." is a withheld name)."""
    after = text[end:].lstrip()[:1]
    before = text[:start].rstrip().rsplit(None, 1)[-1:] or [""]
    name_before = before[0][:1].isupper() and any(c.islower() for c in before[0])
    return (after.isupper() or after.isdigit()) and not name_before


def _initials(word: str) -> str:
    return word[0].upper()


def _defined(before: str, abbr: str) -> str | None:
    """The words before "(ABBR)" whose initials spell ABBR ("&" stands for "và")."""
    letters = [c for c in abbr.replace(" và ", "&") if c.isalpha() or c == "&"]
    ws = [w for w in _WORD.findall(before) if any(ch.isalpha() or ch == "&" for ch in w)]  # not " - "
    n = len(letters)
    if len(ws) < n:
        return None
    cand = ws[-n:]
    spelled = "".join("&" if w == "và" else _initials(w) for w in cand)
    if spelled == "".join(letters).upper():
        # keep the original spacing and commas of the defined phrase
        start = before.rfind(cand[0], 0, len(before) - sum(len(w) for w in cand[1:]))
        if start < 0:
            return " ".join(cand)
        head = _COMPANY_BEFORE.search(before, 0, start)
        if head:
            start = head.start()  # "Tổng công ty Đường sắt Việt Nam (ĐSVN)": the company, not its field
        return before[start:].strip()
    return None


def definitions(text: str) -> tuple[dict[str, str], str]:
    """Abbreviations the text defines, and the text without "(ABBR)" after them."""
    found: dict[str, str] = {}

    def repl(m: re.Match) -> str:
        abbr = m.group(1)
        full = _defined(text[: m.start()], abbr)
        if full:
            found.setdefault(abbr, full)
            return ""
        return m.group(0)

    return found, _DEF.sub(repl, text)


_QUOTED = re.compile(r"[“\"]([^”\"]{12,160})[”\"]")


def quoted_initialisms(text: str) -> dict[str, str]:
    """Quoted names the text later writes by their initials: “Toàn dân đoàn kết xây dựng đời sống văn
    hóa” ... "phong trào TDĐKXDĐSVH". Only initials of five letters or more that the text writes."""
    found: dict[str, str] = {}
    for m in _QUOTED.finditer(text):
        name = m.group(1).strip()
        ws = [w for w in re.split(r"[\s,\-–]+", name) if w]
        if len(ws) < 5 or not all(w[0].isalpha() for w in ws):
            continue
        abbr = "".join(w[0].upper() for w in ws)
        if abbr not in found and abbr in text and re.search(rf"(?<![\w&]){re.escape(abbr)}(?![\w&])", text):
            found[abbr] = name
    return found


# "Ủy ban MTTQ xã X": the Front's committees are named with the country ("Ủy ban MTTQ Việt Nam xã X")
_FRONT_WITHOUT_COUNTRY = re.compile(r"Ủy ban Mặt trận Tổ quốc (?=(?:xã|phường|huyện|tỉnh|thành phố|thị xã|quận|thị trấn)\b)")
# a document number's kind before its issuer's code: "1876/QĐ-UBND", "12/KH-BTV", "45/TB-CAT", "05-CT/TW"
_DOC_CODE = re.compile(r"(?:/|\d-)[A-ZĐ]{1,4}[-/]$")


# a military region's number glued to its abbreviation: "Phó Tư lệnh QK4"
_REGION_GLUED = re.compile(r"(?<![\w&])QK(\d{1,2})(?!\w)")


class Expander:
    def __init__(self, known: dict[str, str], names: frozenset[str] = frozenset()):
        self.known = dict(known)
        # sloppy pages write them in lower case too ("Phó Chủ tịch ubnd xã"): the longer ones, which
        # spell no Vietnamese word that way (see for_text)
        self.lower = {k.lower(): full for k, full in self.known.items()
                      if len(k) >= 4 and k.isalpha() and k.isupper() and k.lower() not in self.known}
        # lower-case expansions that, capitalised, name an organisation's type: "LLVT tỉnh X"
        # is the body "Lực lượng vũ trang tỉnh X", "HTX Tân Phú" the "Hợp tác xã Tân Phú",
        # though "các LLVT" are "lực lượng vũ trang"
        self.names = names
        self._compile()

    def _compile(self) -> None:
        keys = sorted(self.known, key=len, reverse=True)
        # "TP." may stick to the name that follows (TP.HCM); other keys end at a word boundary.
        # No word character may precede a key: tested after its first letter ("(?<![\w&].)"),
        # so that every alternative starts with a literal the regex engine can skip ahead to
        # (3x faster than a leading look-behind, same matches).
        alts = "|".join(re.escape(k[0]) + r"(?<![\w&].)" + re.escape(k[1:]) + ("" if k.endswith(".") else r"(?![\w&])")
                        for k in keys)
        self._re = re.compile(rf"({alts})") if keys else None

    def with_definitions(self, defs: dict[str, str]) -> "Expander":
        if not defs:
            return self
        return Expander({**self.known, **defs}, self.names)

    def for_text(self, text: str) -> "Expander":
        """This expander, or one that also reads the keys written in lower case where the text has any:
        lower-case first letters are everywhere, and a regex with those keys would be tried at each one."""
        found = {k: v for k, v in self.lower.items() if k in text}
        return Expander({**self.known, **found}, self.names) if found else self

    def _full(self, m: re.Match, text: str) -> str:
        key = m.group(1)
        full = self.known[key]
        if m.start() and text[m.start() - 1] in "-/" and (_DOC_CODE.search(text, max(0, m.start() - 12), m.start())
                                                         or text[m.start() - 2 : m.start() - 1].isdigit()):
            return key  # "Quyết định số 1876/QĐ-UBND", "Chỉ thị số 05-CT/TW": the codes in a document's number
        if len(key) == 2 and key.endswith(".") and not _level_letter(text, m.start(), m.end()):
            return key  # "P. Tân Ninh" is a phường, "Nguyễn Văn P." a withheld name
        head = _COMPANY_HEAD.match(full)
        if head and text[: m.start()].rstrip().lower().endswith(head.group(0).strip().lower()):
            return full[head.end():]  # "Tổng công ty ĐSVN": the company's type is written already
        # before a level or a capitalised name it names a body: "HTX Rau an toàn Xuân Hương"
        if full[:1].islower() and (_LEVEL_AFTER.match(text, m.end()) or text[m.end() + 1 : m.end() + 2].isupper()):
            named = full[0].upper() + full[1:]
            if named in self.names:
                return named
        return full

    def expand(self, text: str) -> str:
        if self._re is None:
            return text
        if "QK" in text:
            text = _REGION_GLUED.sub(r"QK \1", text)  # "QK4": the region's number written on it
        out = self._re.sub(lambda m: self._full(m, text), text)
        if "Ủy ban Mặt trận Tổ quốc " in out:
            out = _FRONT_WITHOUT_COUNTRY.sub("Ủy ban Mặt trận Tổ quốc Việt Nam ", out)
        if "thành phố" in out:
            out = _CITY_GLUED.sub("thành phố ", out)
        return _HCM.sub("Hồ Chí Minh", out) if "HCM" in out else out
