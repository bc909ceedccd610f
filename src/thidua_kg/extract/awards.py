"""Award conferrals: who gave which award to whom, and to how many.

Clause patterns of the genre:
  [thừa ủy quyền của G,] P trao <award> [của G] cho <recipients>
  G tặng <award> cho <recipients>            (G: organisation or office)
  <recipients> (vinh dự) được G tặng <award>
  <recipients> được nhận / đón nhận <award> của G
  G đã ký quyết định tặng thưởng <award> cho <recipients>
Recipients are counts ("12 tập thể và 20 cá nhân", "15 học sinh") and named
persons or organisations ("trong đó có tập thể Phòng ...", "cho ông X").
A request ("đề nghị G xem xét, trình H tặng <award>") is not a conferral.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .context import Context
from .facts import Award, Evidence, office_name
from .lexicon import Lexicon
from .org_parents import TITLE_ORGS, is_national
from .orgs import scan_locality, scan_org, surname_run
from .persons import PersonFinder
from .recipients import RecipientReader, decision_at
from .tokens import Tok, is_name_syllable, tokenize, words

# between two awards of one giver: "... cho 14 tập thể, 37 cá nhân và (công nhận danh hiệu) ..."
_SAME_GIVER = re.compile(r"\s*(?:cho\b[^;]*?)?(?:,|\bvà\b)\s*(?:(?:tặng|trao|trao tặng|công nhận|phong tặng|truy tặng)\s+)?"
                         r"(?:danh hiệu\s*)?$")
# words that end an award's unquoted name ("Huy hiệu Đảng đợt 2/9 cho ..."), written in lower case
# ("Kỷ niệm chương Vì sức khỏe nhân dân" begins with one)
_AFTER_UNQUOTED = frozenset({"cho", "của", "và", "năm", "đợt", "dịp", "vì", "tại"})
# kinds whose award is named after them ("Kỷ niệm chương “Vì thế hệ trẻ”")
# kinds that are awards only when written capitalised ("gửi thư khen và quyết định tặng ...": a letter)
_ORDERS = ("Huân chương", "Huy chương")
_NAMED_KINDS = ("Huân chương", "Huy chương", "Kỷ niệm chương", "Huy hiệu", "Giải thưởng", "Thư khen")
# the State's prizes are given in a field: "Giải thưởng Nhà nước về khoa học và công nghệ"
_FIELD_PRIZES = ("Giải thưởng Hồ Chí Minh", "Giải thưởng Nhà nước")
_SECOND_FIELD_STARTS = frozenset({"nghệ", "công", "kỹ"})  # the second of two fields after a comma: "văn học, nghệ thuật"
# press prizes are named with their scope: "Giải Báo chí quốc gia", "Giải Búa liềm vàng tỉnh Gia Lai"
_SCOPED_PRIZES = ("Giải Báo chí", "Giải Búa liềm vàng")
# a prize won, its placing first: "A đoạt giải C Giải Báo chí quốc gia" (A is its recipient)
_WON = re.compile(r"\b(?:đoạt|đạt)\s+giải\s+(?:[A-D]|[Nn]hất|[Nn]hì|[Bb]a|[Kk]huyến khích)\s*$")
_CLASS = re.compile(r"^\s*hạng\s+(Nhất|Nhì|Ba|nhất|nhì|ba)\b")
_CLASSES_ALL = re.compile(r"^\s*các hạng\b")
# words that end a sector's name after "Chiến sĩ thi đua ngành"
_AFTER_SECTOR = frozenset({"cho", "của", "và", "năm", "được", "tại", "trong", "đối", "vì", "giai"})
# a proposal or an intention, not a conferral: "sẽ đề nghị Trung ương Đoàn xem xét trao ..."
_PROPOSED = re.compile(r"\b(?:đề nghị|đề xuất|xem xét|sẽ|dự kiến|phấn đấu)\b")
# a request to confer: "đề nghị G (xem xét, trình H) tặng <award>", "hồ sơ đề nghị G xét tặng <award>" (a "và"
# ends the request unless a name goes on: "đề nghị Bộ trưởng Bộ Giáo dục và Đào tạo tặng")
_REQUESTED = re.compile(r"(?:\b(?:đề nghị|đề xuất|(?<!chương )(?<!công )trình)\b"
                        r"(?:(?!\bvà\b(?! [A-ZĐ])|thừa ủy quyền)[^;.]){0,80}?\b(?:tặng thưởng|trao tặng|phong tặng|"
                        r"truy tặng|tặng|trao|khen thưởng|tôn vinh|công nhận)|\bxét tặng)\s*(?:danh hiệu\s*)?$")
_PARTY_AND_STATE = re.compile(r"\bĐảng,? (?:và )?Nhà nước\b[^,;]{0,40}$")
# a giving verb right before "danh hiệu “X”": a title of the giver's own ("Thợ mỏ giỏi")
# (not "412.000 hộ được công nhận danh hiệu “X”": a tally with no giver)
_GIVEN_TITLE = re.compile(r"(?<!được )(?:trao|tặng|công nhận|phong tặng|trao tặng)\s*$")
# verbs (or "danh hiệu") right before an award that is given, not only held
_GIVING = re.compile(r"(?:tặng|trao|thưởng|phong|nhận|gắn|công nhận|danh hiệu|là|được)\s*(?:“\s*)?$")
# a title its holders are named by is given only where a verb of giving says so
_HELD_GIVEN = re.compile(r"\b(?:tặng|trao|phong|công nhận|nhận|vinh danh|tuyên dương|xét|đề nghị|quyết định|được|danh hiệu)\b")
_HELD_GIVEN_AFTER = re.compile(r"\s*(?:[,”\"]\s*)?(?:(?:đã|sẽ)\s+)?(?:được\s+)?(?:phong tặng|truy tặng|tặng|trao|cho\b)")
# words before a body that make it its people: "lãnh đạo X", "đại diện X"
_ITS_PEOPLE = frozenset({("lãnh", "đạo"), ("đại", "diện")})
# what may stand between a grantor and "tặng": "G đã tặng", "G đã gửi thư khen và quyết định tặng"
_SUBJECT_GAP = re.compile(r",?\s*(?:(?:đã|cũng|vừa)\s*)?(?:(?:gửi thư khen|biểu dương|khen ngợi|chúc mừng)\s+và\s+)?"
                          r"(?:(?:ký\s+)?quyết định)?\s*")


def _given_to(toks: list[Tok], k: int) -> bool:
    """After the quoted name from k, "cho" soon follows: the title is conferred on someone."""
    e = next((m for m in range(k, min(len(toks), k + 14)) if toks[m].text == "”"), None)
    return e is not None and any(t.text == "cho" for t in toks[e + 1 : e + 16])


# a decision and whose it is: "quyết định của G", "quyết định ngày 20/6/2025 của G"
_DECISION_OF = re.compile(r"[Qq]uyết định(?:\s+ngày\s+[\d/.-]+)?\s+của\s+")


@dataclass
class Conferral:
    award: str
    kind: str
    award_class: str | None
    grantors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    collectives: int | None = None
    individuals: int | None = None
    generic: bool = False  # "trao Huân chương cho 2 cá nhân": the kind without its name
    by_law: str | None = None  # who confers this kind under the law
    fixed: bool = False  # by_law confers it, whoever the article says gives it (the Party badge)
    held: bool = False  # a title its holders are named by ("Mẹ Việt Nam Anh hùng"): see AwardInfo.held
    more_classes: list[str] = field(default_factory=list)
    proposed: bool = False  # "sẽ đề nghị ... xem xét trao": not conferred (yet)
    requested: bool = False  # "đề nghị G tặng <award>": asked of G, whoever G is; never a conferral
    hinted: str | None = None  # a recipient guessed from "X tổ chức lễ đón nhận <award>": named ones replace it
    handed: bool = False  # the grantor is only the office of the person who handed it over


class AwardFinder:
    def __init__(self, lex: Lexicon, ctx: Context, persons: PersonFinder, known_people, org_of=lambda name: None,
                 last_person=lambda: None):
        self.lex = lex
        self.ctx = ctx
        self.persons = persons
        self.known_people = known_people  # callable: short/full name -> canonical name or None
        self.named = False
        self.org_of = org_of  # a person's organisation: whose award a presenter hands over
        self.last_person = last_person  # the person named last before this sentence
        self.rec = RecipientReader(lex, ctx, persons, known_people, last_person)
        badge = lex.awards.match(tokenize("Huy hiệu Đảng"), 0)
        self._party_badge = badge[2] if badge else None  # what "Huy hiệu N năm tuổi Đảng" is a kind of

    # -- award names ----------------------------------------------------------
    def award_at(self, toks: list[Tok], i: int, text: str) -> tuple[int, Conferral] | None:
        m = self.lex.awards.match(toks, i)
        if not m:
            return None
        n, label, info = m
        j = i + n
        kind = info.pref
        if kind in _NAMED_KINDS and not toks[i].cap:
            return None  # orders and medals are written capitalised; "phát huy hiệu quả" names none
        if label == kind == "Huy chương" and j < len(toks) and toks[j].low in ("vàng", "bạc", "đồng"):
            return None  # a sports medal ("Huy chương vàng tại SEA Games"), not the State's
        award = label if label[0].isupper() else kind  # as written: "Chiến sĩ thi đua cấp thành phố"
        cls = None
        rest = text[toks[j - 1].end:] if j - 1 < len(toks) else ""
        cm = _CLASS.match(rest)
        more = []
        if cm:
            cls = "hạng " + cm.group(1).capitalize()
            award = f"{kind} {cls}"
            j += 2
            # "hạng Nhì và hạng Ba": one conferral per class
            while j + 2 < len(toks) and toks[j].text in ("và", ",") and toks[j + 1].low == "hạng" \
                    and toks[j + 2].low in ("nhất", "nhì", "ba"):
                more.append("hạng " + toks[j + 2].text.capitalize())
                j += 3
        elif _CLASSES_ALL.match(rest):
            j += 2
        elif j < len(toks) and toks[j].text == "“":
            k = j + 1
            while k < len(toks) and toks[k].text != "”":
                k += 1
            if k < len(toks) and k - j < 25:
                inner = self.lex.awards.match(toks, j + 1)
                # "danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”": the kind named in the quotes
                award = inner[1] if inner and j + 1 + inner[0] == k else f"{kind} {words(toks, j + 1, k)}"
                j = k + 1
        elif label.endswith(" ngành") and j < len(toks) and toks[j].cap:
            # "Chiến sĩ thi đua ngành Tài chính": the sector's name is part of the title
            sec = self.lex.sectors.match(toks, j)
            k = j + sec[0] if sec else j + 1
            while not sec and k < len(toks) and k - j < 4 and toks[k].word and not toks[k].num \
                    and toks[k].low not in _AFTER_SECTOR:
                k += 1  # "ngành Ngân hàng", "ngành Kiểm sát"
            award = f"{label} {words(toks, j, k)}"
            j = k
        elif kind in _FIELD_PRIZES and j + 1 < len(toks) and toks[j].low == "về":
            k = j + 1
            while k < len(toks) and k - j < 8 and ((toks[k].word and not toks[k].num and not toks[k].cap
                                                     and (toks[k].low not in _AFTER_UNQUOTED or toks[k].low == "và")
                                                     and (toks[k].low == "và" or not self.lex.stops.match(toks, k)))
                                                    or (toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].low in _SECOND_FIELD_STARTS)):
                k += 1  # ("khoa học và công nghệ", "văn học, nghệ thuật": one field)
            award = f"{kind} {words(toks, j, k)}"
            j = k
        elif kind == "Huy hiệu" and j + 3 < len(toks) and toks[j].num and words(toks, j + 1, j + 4) == "năm tuổi Đảng":
            award = f"Huy hiệu {words(toks, j, j + 4)}"  # "Huy hiệu 75 năm tuổi Đảng"
            j += 4
            info = self._party_badge or info
            kind = info.pref
        elif kind in _SCOPED_PRIZES:
            scope = self._prize_scope(toks, j)  # "Giải Báo chí tỉnh Sơn La", "Giải Báo chí quốc gia"
            if scope:
                award = f"{kind} {scope[1]}"
                j = scope[0]
        elif kind in _NAMED_KINDS and j < len(toks) and toks[j].cap and not self.lex.awards.match(toks, j):
            # an unquoted name: "Huy hiệu Tuổi trẻ sáng tạo cho ..."
            k = j
            fields = False  # (a list of fields in the name: "Văn hóa, Thể thao và Du lịch")
            while k < len(toks) and k - j < 12:
                if toks[k].word and toks[k].text not in _AFTER_UNQUOTED:
                    k += 1
                elif _fields_go_on(toks, k) or (fields and toks[k].text == "và" and k + 1 < len(toks) and toks[k + 1].cap):
                    fields = True
                    k += 1
                else:
                    break
            if k > j:
                award = f"{kind} {words(toks, j, k)}"
                j = k
        generic = award == kind and (kind in _NAMED_KINDS or info is self._party_badge)
        # an order the vocabulary does not name is another State's ("Huân chương Itsala", "Huân chương
        # Mohasena"): not the State President's by law
        by_law = None if award != kind and kind in _ORDERS and not self._known(award) else info.conferred_by
        return j, Conferral(award, kind, cls, generic=generic, by_law=by_law, fixed=info.fixed, held=info.held,
                            more_classes=more)

    def _prize_scope(self, toks: list[Tok], j: int) -> tuple[int, str] | None:
        """(end, scope) of a press prize's scope at j: "quốc gia", "toàn quốc", "tỉnh Sơn La" (a bare
        "tỉnh" is the article's province)."""
        if words(toks, j, j + 2) in ("quốc gia", "toàn quốc"):
            return j + 2, words(toks, j, j + 2)
        loc = scan_locality(self.lex, toks, j) if j < len(toks) and toks[j].low in self.lex.localities.first else None
        if loc and loc[2]:
            return loc[0], words(toks, j, loc[0])
        province = self.ctx.province_full() if j < len(toks) and toks[j].low == "tỉnh" else None
        return (j + 1, province) if province and province.startswith("tỉnh ") else None

    def _known(self, award: str) -> bool:
        """Is the award, its class aside, one the vocabulary names whole?"""
        toks = tokenize(award)
        m = self.lex.awards.match(toks, 0)
        return bool(m) and (m[0] == len(toks) or toks[m[0]].low == "hạng")

    def _quoted_title(self, toks: list[Tok], k: int) -> tuple[int, Conferral] | None:
        """A title no vocabulary names, given in quotes: "trao danh hiệu “Thợ mỏ giỏi” cho ..."."""
        e = k
        while e < len(toks) and toks[e].text != "”" and e - k <= 12:
            e += 1
        if e >= len(toks) or toks[e].text != "”" or e - k < 2:
            return None
        return e + 1, Conferral(words(toks, k, e), "Danh hiệu thi đua", None)

    # -- grantors -------------------------------------------------------------
    def grantor_at(self, toks: list[Tok], i: int) -> tuple[int, str] | None:
        """An office ("Bộ trưởng Bộ Công an") or an organisation at i; an office holder's
        name after the office is skipped (see `named`)."""
        t = self.persons.title_at(toks, i) if i < len(toks) and toks[i].cap else None
        if t:
            end, pos = t
            if pos.org:
                office = office_name(pos.title, pos.org)
                self.ctx.offices[pos.title] = office
            elif pos.needs_org:
                office = self._bare_office(pos.title)
            else:
                office = self._full_office(toks, i, pos.title)
            # an office holder's name may follow ("Chủ tịch nước Võ Văn Thưởng")
            k = end
            while k < len(toks) and is_name_syllable(toks[k]) and k - end < 5:
                k += 1
            self.named = k > end
            return k, office
        s = scan_org(self.lex, toks, i)
        if s:
            end, raw = s
            name = self.ctx.resolve(raw)
            self.ctx.remember(name)
            return end, name
        k = min(len(toks), i + 4)
        for e in range(k, i + 1, -1):
            if not toks[e - 1].word:
                continue
            short = words(toks, i, e)
            full = self.ctx.complete(short)
            if full != short:
                return e, full
        return None

    def _bare_office(self, title: str) -> str:
        """An office written without its body ("được Bộ trưởng công nhận"): the head of the article's own
        body where it is of the kind the office heads (a ministry, not a "Bộ Chỉ huy"), else the office of
        that title named last."""
        main = self.ctx.main_org
        kinds = TITLE_ORGS.get(title)
        if main is not None and kinds and main.startswith(kinds) and (is_national(self.lex, main) or not main.startswith("Bộ ")):
            return office_name(title, main)
        return self.ctx.offices.get(title, title)

    def _full_office(self, toks: list[Tok], i: int, title: str) -> str:
        """"Bằng khen của Thủ tướng": a one-holder office in full ("Thủ tướng Chính phủ"), when
        the vocabulary names it after a national body; otherwise the title ("Chủ tịch nước")."""
        info = self.lex.titles.match(toks, i)
        full = info[2].office if info and info[2].pref == title else None
        if full:
            body = tokenize(full[len(title) + 1:])
            nat = self.lex.national_orgs.match(body, 0)
            if nat and nat[0] == len(body):
                return full
        return title

    def grantors_at(self, toks: list[Tok], i: int) -> tuple[int, list[str]]:
        """"A, B và C": several grantors; a named office holder after a comma is the presenter."""
        out: list[str] = []
        j = i
        while True:
            self.named = False
            g = self.grantor_at(toks, j)
            if not g:
                break
            if out and self.named:
                break
            j, name = g
            out.append(name)
            if j + 1 < len(toks) and toks[j].text in (",", "và") and toks[j + 1].cap:
                if toks[j].text == "," and not any(t.text == "và" for t in toks[j + 1 : j + 16]):
                    break
                if self.grantor_at(toks, j + 1):
                    j += 1
                    continue
            break
        return j, out

    # -- recipients -------------------------------------------------------------
    def find(self, toks: list[Tok], text: str, subject_hint: str | None = None) -> list[Conferral]:
        out: list[Conferral] = []
        delegated = None  # "thừa ủy quyền của G"
        for m in re.finditer(r"[Tt]hừa ủy quyền của\s+|\b[Tt]hay mặt\s+(?=[A-ZĐ])", text):  # "Thay mặt Ban Thường vụ Tỉnh ủy, X trao"
            i = _tok_at(toks, m.end())
            if i is not None:
                g = self.grantors_at(toks, i)
                if g[1]:
                    delegated = g[1]
        clause_start = 0
        last_grantors: list[str] | None = None
        clause_before: list[str] | None = None  # the last clause's grantors: "G tặng A cho X; tặng B cho Y"
        prev_end = None  # token after the previous award's name in this clause
        presenter = None
        last_subject: list[str] | None = None  # the previous passive subject, for an elided one
        i = 0
        while i < len(toks):
            if toks[i].text == ";" or (toks[i].text == ":" and i >= 2 and toks[i - 1].low in ("thể", "sau")
                                        and toks[i - 2].low in ("cụ", "như")):  # "..., cụ thể: 2 tập thể được ..."
                clause_start = i + 1
                clause_before = last_grantors or clause_before
                last_grantors = None
                prev_end = None
            a = self.award_at(toks, i, text) if toks[i].low in self.lex.awards.first else None
            if not a and toks[i].text == "danh" and i + 1 < len(toks) and toks[i + 1].text == "hiệu":
                # "danh hiệu X", "danh hiệu “X”"
                a = self.award_at(toks, i + (3 if i + 2 < len(toks) and toks[i + 2].text == "“" else 2), text)
                if a and i + 2 < len(toks) and toks[i + 2].text == "“" and a[0] < len(toks) and toks[a[0]].text == "”":
                    a = (a[0] + 1, a[1])
            if not a and toks[i].low == "danh" and i + 2 < len(toks) and toks[i + 1].text == "hiệu" \
                    and toks[i + 2].text == "“" and (
                        (toks[i].text == "danh" and _GIVEN_TITLE.search(words(toks, clause_start, i)))
                        or (all(not t.word or t.num for t in toks[clause_start:i]) and _given_to(toks, i + 3))):
                # "trao danh hiệu “X” cho ...", and a list's item "1. Danh hiệu “X” cấp Y của Z cho 14 sinh viên"
                a = self._quoted_title(toks, i + 3)
            if not a:
                i += 1
                continue
            end, c = a
            before = toks[clause_start:i]
            btxt = words(before, 0, len(before))
            if surname_run(self.lex, toks, end) >= 2 and not _GIVING.search(btxt):
                i = end  # "Thầy thuốc nhân dân Đỗ Hữu Tường": a title held, before the holder's name
                continue
            if c.held and not _HELD_GIVEN.search(btxt[-40:]) and not _HELD_GIVEN_AFTER.match(text, toks[end - 1].end):
                i = end  # "gặp mặt Mẹ Việt Nam Anh hùng, Anh hùng LLVTND", "tỉnh có 93 Bà mẹ Việt Nam Anh hùng"
                continue
            # grantor: "của G" after the award
            if end + 1 < len(toks) and toks[end].text == "của":
                e2, gs = self.grantors_at(toks, end + 1)
                if gs:
                    c.grantors = gs
                    end = e2
            elif c.kind in _SCOPED_PRIZES and end + 1 < len(toks) and toks[end].text == "do":
                e2, gs = self.grantors_at(toks, end + 1)  # "Giải Báo chí tỉnh X do Hội Nhà báo tỉnh tổ chức"
                if gs and words(toks, e2, e2 + 2) == "tổ chức":
                    c.grantors = gs
            if end + 1 < len(toks) and toks[end].text == "(" and not c.recipients:
                end = self.rec.bracket(toks, end, c)  # "được tặng Cờ thi đua của UBND tỉnh (HTX A, HTX B)"
            elif end + 2 < len(toks) and toks[end].text == "," and toks[end + 1].text == "gồm":
                self.rec.recipients_at(toks, end + 1, c)  # "..., gồm: Phòng A; Thượng tá B, <titles>; ..."
            elif end + 1 < len(toks) and toks[end].text == ":" and all(not t.word or t.num for t in toks[clause_start:i]):
                # a list's item, the award heading its recipients: "2. Bằng khen của Bộ trưởng: 2 tập thể (A, B)
                # và 3 cá nhân là ...", "- Giấy khen của Giám đốc: 18 tập thể, 44 cá nhân"
                self.rec.recipients_at(toks, end, c)
            passive = re.search(r"\bđược\b", btxt)
            c.proposed = bool(_PROPOSED.search(btxt))
            c.requested = bool(_REQUESTED.search(btxt))
            if prev_end is not None and _SAME_GIVER.match(text[toks[prev_end - 1].end : toks[i].start]):
                # "G tặng Bằng khen cho A và Kỷ niệm chương “X” cho B": the same giver, the same act
                c.grantors = c.grantors or list(last_grantors or [])
                c.requested = c.requested or bool(out) and out[-1].requested
            if not c.grantors:
                c.grantors = self._clause_grantors(before, btxt, delegated, last_grantors or clause_before)
            presenter = self._presenter(before) or (presenter if toks[clause_start - 1 if clause_start else 0].text == ";" else None)
            if not c.grantors and c.by_law and not _PARTY_AND_STATE.search(btxt) and not c.proposed:
                # orders come from the State President, whoever hands them over (but "được Đảng, Nhà nước
                # tặng thưởng ..." names no giver: the article leaves it to the reader, and "đề nghị,
                # quyết định các hình thức như Huân chương X" gives nothing)
                c.grantors = [c.by_law]
            if c.fixed and c.by_law and not c.proposed:
                c.grantors = [self._provincial(c.by_law)]  # the Party badge: the province's committee's
            if not c.grantors and presenter and re.search(r"\btrao\b", btxt):
                office = self.org_of(presenter)
                if office:
                    c.grantors = [office]
                    c.handed = True
            # recipients: "cho R" after; or the subject of a passive / "đón nhận"
            among = _among_at(toks, end, self.lex.awards.first)
            if among is not None:
                totals = (c.collectives, c.individuals)
                self.rec.recipients_at(toks, among, c)
                c.collectives, c.individuals = totals  # "trong đó có 5 chiến sĩ": a part, not the total
            after = re.match(r"\s*(?:cũng\s+)?(?:được\s+)?(?:trao tặng|tặng|trao)\s+(?=\d|[A-ZĐ]|cho\b|các\b)",
                             text[toks[end - 1].end:]) if end and end < len(toks) else None
            if after and toks[end].text != "cho":
                k = _tok_at(toks, toks[end - 1].end + after.end())
                if k is not None:
                    self.rec.recipients_at(toks, k + (1 if toks[k].text == "cho" else 0), c)
            if end < len(toks) and toks[end].text == "cho":
                self.rec.recipients_at(toks, end + 1, c)
            else:
                k = end
                # "<award> của G cho R": within the clause, not "cho biết" (says)
                while k < len(toks) and toks[k].text not in (";", ".", ",") and k - end < 12:
                    if toks[k].text == "cho" and not (k + 1 < len(toks) and toks[k + 1].text in ("biết", "rằng")):
                        self.rec.recipients_at(toks, k + 1, c)
                        break
                    if toks[k].text == "gửi" or (toks[k].text in ("tới", "đến") and k == end):
                        # "Thư khen của Bộ trưởng gửi (tới) Công an tỉnh X": a letter is sent to its recipient
                        to = toks[k].text == "gửi" and k + 1 < len(toks) and toks[k + 1].text in ("tới", "đến", "cho")
                        self.rec.recipients_at(toks, k + (2 if to else 1), c)
                        break
                    if k == end and c.kind == "Thư khen" and words(toks, k, k + 2) == "biểu dương":
                        self.rec.recipients_at(toks, k + 2, c)  # "gửi Thư khen biểu dương Công an tỉnh X"
                        break
                    if toks[k].text == "lên":  # "gắn Huân chương lên Quân kỳ của Đồn X": the unit's flag
                        of = next((n for n in range(k + 1, min(k + 6, len(toks))) if toks[n].text == "của"), None)
                        if of is not None:
                            self.rec.recipients_at(toks, of + 1, c)
                        break
                    k += 1
            if not c.grantors:
                c.grantors = self._decision_grantors(toks, end)
            if re.search(r"\btổ chức\b", btxt) and re.search(r"\b(?:đón nhận|nhận)\b", btxt):
                if subject_hint and not c.recipients:
                    c.recipients.append(subject_hint)  # "X tổ chức lễ ... đón nhận <award>"
                    c.hinted = subject_hint
            elif passive or re.search(r"\b(?:đón nhận|(?<!công )nhận)\s*(?:danh hiệu\s*)?$", btxt) or _WON.search(btxt):
                # "A được G tặng X, B được H tặng Y": B's subject starts after the award before it
                since = toks[max(clause_start, prev_end or 0):i] if prev_end and prev_end > clause_start else before
                lead = _decision_lead(since)
                if lead:
                    since = since[lead[1]:]  # (the decision's issuer is no recipient)
                while since and since[0].text in (",", "và"):
                    since = since[1:]
                self.rec.subject_recipients(since, c, subject_hint)
                if since is not before and not c.recipients and c.collectives is None and c.individuals is None:
                    self.rec.subject_recipients(before, c, subject_hint)  # "X được ..., 1 lần được ...": X again
                if not c.recipients and c.collectives is None and c.individuals is None and last_subject:
                    c.recipients = list(last_subject)  # "X được G tặng A; nhiều năm được H tặng B": X, elided
                if c.recipients:
                    last_subject = c.recipients
            if c.grantors:
                last_grantors = c.grantors
            prev_end = end
            out.append(c)
            for cls in c.more_classes:
                out.append(Conferral(f"{c.kind} {cls}", c.kind, cls, list(c.grantors), list(c.recipients),
                                     c.collectives, c.individuals, by_law=c.by_law, fixed=c.fixed))
            i = max(end, i + 1)
        return out

    def _decision_grantors(self, toks: list[Tok], end: int) -> list[str]:
        """The issuer of the decision a report cites in brackets after the award and its recipients:
        "Danh hiệu “X” cho 11 tập thể (theo Quyết định số 125/QĐ-UBND ngày 9/1/2024 của Chủ tịch UBND tỉnh)"."""
        k = end
        while k < len(toks) and toks[k].text not in (";", "."):
            if toks[k].text == "(" and decision_at(toks, k + 1):
                for m in range(k + 1, len(toks)):
                    if toks[m].text in (")", ";"):
                        break
                    if toks[m].text == "của":
                        return self.grantors_at(toks, m + 1)[1]
                return []
            k += 1
        return []

    def _provincial(self, body: str) -> str:
        """"Ban Thường vụ Tỉnh ủy" of the article's province (a city's Thành ủy in a city that is one)."""
        prov = self.ctx.province
        if prov is not None and getattr(prov, "unit_type", "") == "thành phố":
            body = body.replace("Tỉnh ủy", "Thành ủy")
        return self.ctx.resolve(body)

    def _clause_grantors(self, before: list[Tok], btxt: str, delegated, last) -> list[str]:
        """Whose award it is, from the words before it in the clause."""
        lead = _decision_lead(before)
        if lead:  # "Theo Quyết định số 12 ngày 20/6/2025 của G, A được tặng ...": G's, whoever hands it over
            gs = self._grantor_in(before[: lead[1] - 1], lead[0])  # (up to the comma: "G, A và B được ...")
            if gs:
                return gs
        qm = None
        for qm in _DECISION_OF.finditer(btxt):
            pass
        if qm:  # "công bố quyết định của G tặng ...", "quyết định ngày 20/6/2025 của G"
            gs = self._grantor_in(before, _tok_from_words(before, qm.end()))
            if gs:
                return gs
        pm = None
        for pm in re.finditer(r"\bđược\s+", btxt):
            pass
        verb = re.search(r"(?:tặng thưởng|phong tặng|truy tặng|trao tặng|tặng|trao|gắn|tôn vinh|công nhận|gửi)"
                         r"\s*(?:danh hiệu\s*)?(?:là\s*)?(?:\d[\d.]*\s*)?$", btxt)  # "trao tặng 45 Giấy khen"
        if pm and verb and pm.end() <= verb.start():
            gs = self._grantor_in(before, _tok_from_words(before, pm.end()), stop=_tok_from_words(before, verb.start()))
            if gs:
                return gs
        elif verb and delegated and re.match(r"trao|gắn", verb.group(0)):
            return list(delegated)  # "thừa ủy quyền của G, <presenter> trao ..."
        elif verb:
            # the subject: an organisation or an office gives; a named person hands over
            subj = self._subject(before, _tok_from_words(before, verb.start()))
            if subj and (subj[1] is False or re.search(r"tặng|ký|công nhận", verb.group(0)) or re.search(r"\bký\b", btxt)):
                return [subj[0]]
        if delegated and re.search(r"\b(?:trao|gắn|tặng)\b", btxt):
            return list(delegated)
        if last and (re.match(r"^\s*(?:,\s*)?(?:trao|tặng|công nhận)", btxt.split(",")[-1] or "") or not btxt.strip()):
            return list(last)  # "G trao A cho X; B cho Y": the verb, and its giver, left out
        return []

    def _subject(self, before: list[Tok], stop: int) -> tuple[str, bool] | None:
        """The last grantor-like phrase ending right before `stop`: (name, is a named person)."""
        best = None
        k = 0
        while k < stop:
            if before[k].cap:
                g = self.grantor_at(before, k)
                if g and g[0] <= stop:
                    end, name = g
                    person = end > k and is_name_syllable(before[end - 1]) and self.lex.titles.match(before, k) is not None \
                        and name != words(before, k, end)
                    # "Thượng tướng X, Thứ trưởng Bộ Quốc phòng trao": an office in apposition to a person
                    person = person or (k >= 2 and before[k - 1].text in (",", "-") and is_name_syllable(before[k - 2])
                                        and self.lex.titles.match(before, k) is not None)
                    # "lãnh đạo Văn phòng Chủ tịch nước trao": its people hand it over, the body gives nothing
                    person = person or (k >= 2 and (before[k - 2].low, before[k - 1].low) in _ITS_PEOPLE)
                    gap = words(before, end, stop).strip()
                    if _SUBJECT_GAP.fullmatch(gap) or re.fullmatch(r"(?:(?:đã|cũng|vừa)\s+)?ký\s+[Qq]uyết định.*", gap):
                        best = (name, person)
                    k = end
                    continue
            k += 1
        return best

    def _presenter(self, before: list[Tok]) -> str | None:
        """The person named as the clause's subject ("bà X trao ...")."""
        found = self.persons.find(before)
        if not found:
            return None
        m = found[-1]
        return self.known_people(m.name) or (m.name if not m.short else None)

    def _grantor_in(self, before: list[Tok], gi: int, stop: int | None = None) -> list[str]:
        """The last grantor-like phrase at or after token gi of the clause."""
        for k in range(gi, stop if stop is not None else len(before)):
            if before[k].cap:
                e, gs = self.grantors_at(before, k)
                if gs:
                    return gs
        return []


def _fields_go_on(toks: list[Tok], k: int) -> bool:
    """A comma between a name's capitalised fields, "và" and the last one soon after: "Kỷ niệm chương Vì sự nghiệp
    Văn hóa, Thể thao và Du lịch"."""
    return toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].cap and any(
        toks[m].text == "và" and m + 1 < len(toks) and toks[m + 1].cap for m in range(k + 2, min(len(toks), k + 5)))


def _decision_lead(toks: list[Tok]) -> tuple[int, int] | None:
    """"Theo Quyết định số 12 ngày 20/6/2025 của G, A được tặng ..." at the clause's start: (where G starts, where
    what follows the comma starts), or None."""
    if not toks or toks[0].low != "theo" or not decision_at(toks, 0):
        return None
    of = next((m for m in range(2, min(len(toks), 16)) if toks[m].text in ("của", ",")), None)
    if of is None or toks[of].text != "của":
        return None
    comma = next((m for m in range(of + 1, len(toks)) if toks[m].text == ","), None)
    return (of + 1, comma + 1) if comma is not None else None


def _among_at(toks: list[Tok], end: int, award_words: frozenset[str]) -> int | None:
    """Where ", trong đó có R" (among them R) starts, later in the award's clause: after the
    counts and what they were for ("cho 10 tập thể có thành tích ..., trong đó có R"), before
    any next award."""
    k = end
    while k + 3 < len(toks) and toks[k].text != "." and k - end < 40:
        if toks[k].cap and toks[k].low in award_words:
            return None
        if toks[k].text in (",", ";") and words(toks, k + 1, k + 4) == "trong đó có":
            return k + 1  # (also after a semicolon: "cho 7 tập thể và 12 cá nhân; trong đó có A")
        if toks[k].text == ";":
            return None
        k += 1
    return None


def _tok_at(toks: list[Tok], offset: int) -> int | None:
    for i, t in enumerate(toks):
        if t.start >= offset:
            return i
    return None


def _tok_from_words(toks: list[Tok], char_pos: int) -> int:
    """Token index in `toks` for a character offset into words(toks)."""
    text = ""
    for i, t in enumerate(toks):
        piece = t.text
        if text and piece not in ",;:)”." and not text.endswith(("(", "“")):
            text += " "
        if len(text) >= char_pos:
            return i
        text += piece
    return len(toks)


def merge_conferrals(items: list[tuple[Conferral, Evidence]]) -> tuple[Award, ...]:
    """One Award per act of conferring: the same award from the same grantor described twice
    ("đón nhận Huân chương ..." and "... trao Huân chương ... cho ...") is one conferral."""
    merged: list[tuple[Conferral, Evidence]] = []
    for c, ev in items:
        if c.requested:
            continue
        target = None
        for m, _ in merged:
            same_kind = m.award == c.award or (c.generic and m.kind.startswith(c.kind)) or (m.generic and c.kind.startswith(m.kind))
            if not same_kind:
                continue
            # (the kind alone after the award was named is that award, whoever hands it: "Lễ trao Huy hiệu
            # “Tuổi trẻ dũng cảm” của Ban Bí thư ...; Đồng chí A, Bí thư Trung ương Đoàn, trao Huy hiệu cho anh B")
            # (nor is "Phó Giám đốc Sở A trao Bằng khen cho các tập thể, cá nhân" after the award was named
            # with its grantor and counts: the handing over, no other award)
            restated = c.handed and m.award == c.award and not c.recipients and c.collectives is None and c.individuals is None
            if c.grantors and m.grantors and set(c.grantors) != set(m.grantors) and not (c.generic and not m.generic) \
                    and not restated:
                continue
            counts_clash = any(a is not None and b is not None and a != b for a, b in
                               ((m.collectives, c.collectives), (m.individuals, c.individuals)))
            if counts_clash and c.grantors and m.grantors:
                continue
            if counts_clash and not c.generic and not m.generic:
                continue
            if c.recipients and m.recipients and not (c.hinted or m.hinted or c.generic or m.generic) \
                    and not set(c.recipients) & set(m.recipients) \
                    and m.collectives is None and m.individuals is None and (c.collectives is not None or c.individuals is not None):
                # "X được LĐLĐ tỉnh tặng Bằng khen" and later "LĐLĐ tỉnh tặng Bằng khen cho 20 đoàn viên": two acts
                # (but names after a count may be some of those counted before)
                continue
            target = m
            break
        if target is None:
            merged.append((c, ev))
            continue
        if target.generic and not c.generic:
            target.award, target.kind, target.award_class, target.generic = c.award, c.kind, c.award_class, False
            if len({x.award for x, _ in items if not x.generic and x.kind == c.kind}) > 1:
                # "trao Huy hiệu Đảng cho 87 đảng viên, gồm: Huy hiệu 75 năm ...; Huy hiệu 70 năm ...": the total is
                # of them all, not of the first
                target.collectives, target.individuals = c.collectives, c.individuals
        target.grantors = target.grantors or c.grantors
        target.proposed = target.proposed and c.proposed
        if target.hinted and c.recipients and not c.hinted:
            target.recipients.remove(target.hinted)  # the recipients named when it is handed over
            target.hinted = None
        elif c.hinted and target.recipients:
            continue
        for r in c.recipients:
            if r not in target.recipients:
                target.recipients.append(r)
        target.collectives = target.collectives if target.collectives is not None else c.collectives
        target.individuals = target.individuals if target.individuals is not None else c.individuals
    return tuple(
        Award(c.award, c.kind, c.award_class, tuple(c.grantors), tuple(c.recipients), c.collectives, c.individuals, ev)
        for c, ev in merged
        # without a grantor a conferral must name recipients or counts, and not be a proposal
        if c.grantors or (not c.proposed and (c.recipients or c.collectives is not None or c.individuals is not None))
    )
