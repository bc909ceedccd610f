"""Article -> ArticleFacts: the extractors run over the sentences in order.

Two passes: the first learns the article's organisations (so that short forms
written before or after the full name can be completed), the second extracts.
Each sentence is worked on in an expanded copy (abbreviations written in
full); facts keep the original sentence and its offsets as evidence.
"""
from __future__ import annotations

import re
from functools import cache

from ..text.abbreviations import Expander, definitions, quoted_initialisms
from ..text.sentences import Sentence, split_sentences
from .awards import AwardFinder, Conferral, merge_conferrals, office_name
from .context import Context
from .dates import find_dates, month_in_text
from .events import EventFound, find_event, held_in, organise_in, signed_only
from .facts import Article, ArticleFacts, Event, Evidence, Initiative, Movement, Organisation, Person, Position
from .lexicon import Lexicon, load_lexicon
from .movements import _PERIOD, _period, announces_works, find_named, listed_work, period_after_name
from .mentions import _COMMAND, org_mentions
from .org_parents import ADMIN_BODY, BRANCH_HEADS, TITLE_ORGS, is_org_type, parent_org, root_org
from .offices import after_and, bracketed_body, bracketed_province, needs_org, represented
from .orgs import BARE_NAME_HEADS, EVERY_LEVEL, scan_locality, scan_org, surname_run
from .persons import PersonFinder, PersonMention
from .tokens import DASHES, Tok, tokenize

_DASH_ALIAS = re.compile(r"\s[-–]\s([A-Z][A-Za-z]{1,14})(?![\w&])")
# a document's number with its kind and issuer: "2150/QĐ-UBND", "12/2018/QĐ-TTg", "05-CT/TW"; the
# issuer's code names no body in the sentence (nor a recipient, nor a grantor)
_DOC_NUMBER = re.compile(r"\b(\d{1,6}(?:/\d{4})?)[/-][A-ZĐ]{1,6}(?:[-/][A-ZĐ0-9][A-ZĐa-z0-9]{0,9})+(?![\w&])")
# a photo's credit, and a line's credit for text and photos ("Tin, ảnh: X")
_CREDIT = re.compile(r"(?:\b|^)(?:Tin,\s*|Bài\s+và\s+|Tin bài\s+và\s+)?[Ảả]nh\s*:")
# the province a provincial body is named with, to the name's end ("Ủy ban nhân dân [các] tỉnh X")
_PROVINCE_OF_BODY = re.compile(r"(?<= )(?:các )?(?:tỉnh|thành phố)(?: [^ ].*)?$")
# (with the dash before a branch: "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) - Chi nhánh X" is one body)
_DEF_PAREN = re.compile(r"\s*\(([A-ZĐ][A-ZĐƯ&\-]{1,9}(?: và [A-ZĐ][A-ZĐƯ&\-]{1,9})?|[A-Z][A-Za-z]{2,14})\)"
                        r"(?:\s+[-–](?=\s+[Cc]hi nhánh\b))?")
# a branch named right after its bank's short name in brackets: "Ngân hàng TMCP Á Châu (ACB) Chi nhánh Bến Thành"
_BRANCH_AFTER = re.compile(r"\s+[Cc]hi nhánh\b")
_AT_EVENT = re.compile(r"\b(?:[Hh]ội nghị|[Đđ]ại hội|buổi lễ|[Tt]ại lễ|buổi gặp mặt|[Hh]ội thảo|buổi tọa đàm)\b(?! [A-ZĐ])")
# an event first told this late (a sentence's index) ends a feature, not opens a report
_BURIED = 4
_ELECTED = re.compile(r"\bđược\s+(?:tái\s+)?(?:bầu|tín nhiệm bầu|bầu lại)\s+(?:giữ chức|làm|vào|là)\b")
_REASON = re.compile(r"\bvì (?:đã|có|thành tích)\b")
# honoured after death: "liệt sĩ (, Thiếu tá) A", "truy tặng ... A"
_MARTYR_BEFORE = re.compile(r"\b[Ll]iệt sĩ,?\s+(?:[A-ZĐ]\S*\s+\S+\s+)?$")  # (a rank between: "liệt sĩ, Thiếu úy A")
_POSTHUMOUS = re.compile(r"\b[Tt]ruy (?:tặng|phong)\b")
_CLAUSE_END = re.compile(r"[;.]")  # (the first person after "truy tặng" is in its clause)
# a relative who receives it for the dead: "truy tặng cho bà A, mẹ anh K"
_KIN_AFTER = re.compile(r"\s*[,(-]\s*(?:là\s+)?(?:mẹ|bố|cha|vợ|chồng|con|em|anh|chị|người thân|thân nhân)\b")
_GIVEN = re.compile(r"\bđược\s+(?:[^,;]{0,60}?\s)?(?:phong tặng|tặng thưởng|truy tặng|tặng|trao tặng)\b")
_COMMUNE_POLICE = re.compile(r"^Công an (?=(?:xã|phường|thị trấn|đặc khu)\b)")
_PARTY_HEADS = ("Đảng ủy", "Chi bộ", "Công đoàn", "Chi đoàn", "Đoàn Thanh niên", "Ban cán sự đảng", "Đảng đoàn")
_BULLETS = (*DASHES, "•", "+")  # what may start a list's item
# a sentence naming some of the last award's recipients: "Trong danh sách có ...", "Trong đó có ..."
# (and the next sentence naming them by their counts: "Hai tập thể là A và B; 4 cá nhân gồm các anh C, D")
# ("Hai tập thể được khen là A và B; trong số 14 cá nhân có C, D")
_COUNTED_LIST = re.compile(r"(?:[Tt]rong số (?:các )?(?:(?:\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười) )?"
                           r"|(?:\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười) )"
                           r"(?:tập thể|cá nhân|đơn vị) (?:được (?:khen thưởng|khen|tặng thưởng|tặng) )?(?:là|gồm|có)\b")
_AMONG_THEM = re.compile(r"(?:Trong (?:số )?(?:đó|danh sách(?: được khen thưởng| này)?)|Tiêu biểu là|Danh sách gồm),? (?:có )?"
                         rf"|(?={_COUNTED_LIST.pattern})")
# a sentence listing the last award's recipients: "(Theo Quyết định số ..., ) các tập thể, cá nhân được khen thưởng gồm: A; B"
_LISTED_THEM = re.compile(r"(?:(?:Theo|Tại|Dịp|Cũng)\b[^;:.]*?, )?[Cc]ác (?:tập thể|cá nhân|đơn vị)(?:, (?:cá nhân|tập thể))? "
                          r"được (?:khen thưởng|tặng thưởng|trao tặng|tặng|khen) (?=(?:gồm|là)\b)")
_DECISION_DAY = re.compile(r"\((?:theo |tại )?(?:Quyết định|Nghị quyết)(?: số)? [^,;()]{0,40}?\bngày \d{1,2}[/.-]\d{1,2}"
                           r"(?:[/.-]\d{2,4})?[^()]*\)")
_ABOUT = re.compile(r"^(?:Về phía|Phía)\s+")
_CHAIR = re.compile(r"\bchủ trì\b(?!,? phối hợp)|\b[Cc]hủ trì (?:hội nghị|buổi|lễ|đại hội)|\bđiều hành\b")
_SPEAK = re.compile(r"\b(?:[Pp]hát biểu|[Bb]áo cáo tại|[Cc]hia sẻ tại|[Tt]rình bày|[Đđ]ọc diễn văn|[Pp]hát động)\b")


def _names_after_count(work: str, toks: list[Tok], k: int) -> int:
    """Where a part of a list of recipients names them: after "(trong số) 14 cá nhân có" (the
    recipients' reader takes "Hai tập thể là A và B" whole, not a lead ending in "có")."""
    part = _COUNTED_LIST.match(work, toks[k].start)
    if part and part.group().endswith("có"):
        return next((n for n, t in enumerate(toks) if t.start >= part.end()), len(toks))
    return k


@cache
def _expander() -> Expander:
    lex = load_lexicon()
    names = frozenset(name for name in (full[0].upper() + full[1:] for full in lex.abbreviations.values()
                                        if full[:1].islower())
                      if is_org_type(lex, name))
    return Expander(lex.abbreviations, names)


class _Sent:
    __slots__ = ("s", "work", "toks", "mask", "evidence")

    def __init__(self, s: Sentence, work: str, toks: list[Tok]):
        self.s = s
        self.work = work
        self.toks = toks
        self.evidence = Evidence(s.text, s.start, s.end)
        self.mask = _quoted(toks)


def _years(f) -> tuple[int | None, int | None]:
    return f.period or (None, None)


def _quoted(toks: list[Tok]) -> set[int]:
    inside, out = False, set()
    for i, t in enumerate(toks):
        if t.text == "“":
            inside = True
        elif t.text == "”":
            inside = False
        elif inside:
            out.add(i)
    return out


def _restated(lex: Lexicon, expander: Expander, m: re.Match) -> bool:
    """"Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) Chi nhánh X": a body's short name in
    brackets right after its full name says nothing new, and would cut the name in two."""
    short = lex.national_orgs.match(tokenize(m.group(1)), 0)
    # (any case: "Phát triển Nông thôn" is the gazetteer's "Phát triển nông thôn"; "Việt Nam" may be left out)
    if not short or short[0] != 1:
        return False
    before = expander.expand(m.string[max(0, m.start() - 100) : m.start()]).casefold()
    # the body's name of another time: "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam (Petrovietnam)" after
    # its renaming, "Phòng Thương mại và Công nghiệp Việt Nam (VCCI)" written as it was before
    names = {short[2], *(new for old, (new, _) in lex.renamed.items() if old == short[2]),
             *(old for old, (new, _) in lex.renamed.items() if new == short[2])}
    return any(before.endswith(full) or (full.endswith(" việt nam") and before.endswith(full[: -len(" việt nam")]))
               for full in (n.casefold() for n in names))


def _short_names(lex: Lexicon, expander: Expander, text: str) -> dict[str, str]:
    """The short names the article gives gazetteer bodies after their full names ("Ngân hàng TMCP Đầu
    tư và Phát triển Việt Nam (BIDV)"): they stand for the body in the rest of it, inside other names
    too ("Phòng Khách hàng doanh nghiệp BIDV Chi nhánh Thái Bình")."""
    out: dict[str, str] = {}
    for m in _DEF_PAREN.finditer(text):
        if m.group(1) not in expander.known and _restated(lex, expander, m):
            out[m.group(1)] = lex.national_orgs.match(tokenize(m.group(1)), 0)[2]
    return out


# an interview's speaker before their answer: "PV: ...", "Thượng tá Nguyễn Văn Khải: ..."
_SPEAKER = re.compile(r"^((?:PV|Phóng viên|[A-ZĐÀ-Ỹ][^\s:,.;]*(?:\s+[^\s:,.;]+){0,5})):\s+(?=\S)")


def _without_speaker(lex: Lexicon, text: str) -> str:
    """The answer without its speaker's label, when the label is "PV" or a person's name (with a rank
    or an honorific): the label is no subject of the sentence after it."""
    m = _SPEAKER.match(text)
    if not m:
        return text
    label = m.group(1)
    if label not in ("PV", "Phóng viên"):
        toks = tokenize(label)
        k = 0
        while k < len(toks) and (lex.ranks.match(toks, k) or lex.honorifics.match(toks, k)):
            k += (lex.ranks.match(toks, k) or lex.honorifics.match(toks, k))[0]
        if not (k < len(toks) and surname_run(lex, toks, k) == len(toks) - k):
            return text
    return text[m.end():]


def _renamed_by(lex: Lexicon, article: Article) -> dict[str, str]:
    """The gazetteer bodies renamed by the article's month, whose short names ("Petrovietnam") stand for the
    new name in it; not where the article writes the old name ("Tập đoàn Dầu khí Việt Nam (nay là ...)")."""
    month = article.published or month_in_text(article.text)
    if not month:
        return {}
    return {old: new for old, (new, since) in lex.renamed.items() if month >= since and old not in article.text}


def extract(article: Article, lex: Lexicon | None = None) -> ArticleFacts:
    lex = lex or load_lexicon()
    defs, _ = definitions(article.text)
    if "“" in article.text or '"' in article.text:
        defs = {**quoted_initialisms(article.text), **defs}
    expander = _expander().with_definitions(defs).for_text(article.text)
    if "(" in article.text:
        expander = expander.with_definitions(_short_names(lex, expander, article.text))
    sents: list[_Sent] = []
    # photo captions, by the body sentence they come before: they name people, not the facts
    captions: dict[int, list[_Sent]] = {}
    for s in split_sentences(article.text):
        work = _CREDIT.split(s.text, 1)[0] if s.caption else s.text  # (without its photographer)
        if ":" in work[:60]:
            work = _without_speaker(lex, work)
        if s.capitals or not work.strip():
            continue
        if "/" in work or "-" in work:
            work = _DOC_NUMBER.sub(r"\1", work)
        if "(" in work:
            work = _DEF_PAREN.sub(lambda m: "" if m.group(1) in expander.known or _restated(lex, expander, m)
                                  or _BRANCH_AFTER.match(m.string, m.end()) else m.group(0), work)
        if " - " in work or " – " in work:  # "Tập đoàn Công nghiệp Cao su Việt Nam - VRG": the same body again
            work = _DASH_ALIAS.sub(lambda m: "" if _restated(lex, expander, m) else m.group(0), work)
        work = expander.expand(work)
        # (a caption that opens the article with the day and who organised what is its lead)
        if s.caption and not (not sents and organise_in(work) and find_dates(work, article.published)):
            captions.setdefault(len(sents), []).append(_Sent(s, work, tokenize(work)))
        else:
            sents.append(_Sent(s, work, tokenize(work)))
    if not sents and captions:
        sents, captions = captions[0], {}  # an article of photos and their captions: they are its text
    ctx = Context(lex, [x.toks for x in sents], article.published)
    ctx.renamed = _renamed_by(lex, article)
    # pass 1: the organisations of the article
    ctx.first_pass = True
    for x in sents:
        ctx.note_places(x.toks)
        for _, _, name in org_mentions(lex, ctx, x.toks, x.mask, None):
            if name not in ctx.unhosted:
                ctx.remember(name)
    ctx.first_pass = False
    ctx.last.clear()
    return _Extraction(article, lex, ctx, sents, captions).run()


_PARTY_COMMITTEES = tuple(f"{h} " for h in BARE_NAME_HEADS)
# committees and boards named without the body they are of, which the article did not make clear
# ("Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ"): no organisation of their own
_WHOSE_UNSAID = frozenset({"Ban Chấp hành", "Ban Thường vụ", "Ban Thường trực", "Hội đồng quản trị", "Hội đồng thành viên",
                           "Ban Kiểm soát", "Đoàn Chủ tịch", "Đoàn Chủ tịch Đại hội"})
_TITLE_BOARD = "Hội đồng quản trị"
# mass organisations with a branch in each unit, named after it ("Công đoàn Công ty X")
_MASS_ORGS_IN_UNITS = ("Công đoàn cơ sở ", "Công đoàn ", "Đoàn Thanh niên Cộng sản Hồ Chí Minh ", "Đoàn Thanh niên ", "Hội Cựu chiến binh ")


def _head_title(title: str) -> str:
    """The head's title a deputy's, an acting one's or a standing one's is of: "Phó Đồn trưởng" ->
    "Đồn trưởng", "Thứ trưởng Thường trực" -> "Thứ trưởng"."""
    return title.removeprefix("Phó ").removeprefix("Quyền ").removesuffix(" Thường trực").removesuffix(" thường trực")


class _Extraction:
    def __init__(self, article: Article, lex: Lexicon, ctx: Context, sents: list[_Sent],
                 captions: dict[int, list[_Sent]]):
        self.a = article
        # the month days without a year fall in: the header's, else the first full date's in the text
        self.month = article.published or month_in_text(article.text)
        self.lex = lex
        self.ctx = ctx
        self.sents = sents
        self.captions = captions
        self.pf = PersonFinder(lex, ctx)
        self.orgs: dict[str, Evidence] = {}
        self.people: dict[str, dict] = {}  # name -> {rank, positions{(t,o): ev}, ev, sentences}
        self.mentions: list[tuple[int, PersonMention]] = []
        self.same_unit: list[tuple[str, str, str, str]] = []  # (B, B's bare title, A, A's title): of A's unit
        self.last_mentioned: str | None = None


    # -- persons ------------------------------------------------------------------
    def canonical(self, name: str) -> str | None:
        if name in self.people:
            return name
        parts = name.split()
        if len(parts) == 1:
            cands = [n for n in self.people if n.split()[-1] == name]
            if len(set(cands)) == 1:
                return cands[0]
        if len(parts) == 2:
            # "bà Kim Loan" after "bà Nguyễn Thị Kim Loan": a two-syllable given name; "nhà báo Dương Chiến"
            # after "Dương Văn Chiến", "Kiều Oanh" after "Hán Thị Kiều Oanh": a journalist's or artist's pen name
            cands = [n for n in self.people if len(n.split()) > 2 and (n.endswith(" " + name) or (
                parts[0] in self.lex.surnames and n.split()[0] == parts[0] and n.split()[-1] == parts[1]))]
            if len(cands) == 1:
                return cands[0]
        return None

    def org_of(self, name: str) -> str | None:
        """Whose award a person hands over when the article does not say: the office if the
        person heads the organisation ("Chủ tịch UBND tỉnh X"), else the organisation."""
        p = self.people.get(name)
        held = [(t, o) for t, o in (p["positions"] if p else {}) if o]
        heads = [(t, o) for t, o in held if not t.startswith(("Phó", "Ủy viên", "Quyền", "Thành viên"))
                 and t not in ("Trưởng", "Thứ trưởng", "Chính ủy")]
        if heads and (heads[0] == held[0] or parent_org(self.lex, heads[0][1]) is None):
            # "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện": the body he heads gives (not a board he heads in
            # the body he is deputy of: "Phó Chủ tịch Tổng LĐLĐ, Trưởng Ban Chính sách")
            return f"{heads[0][0]} {heads[0][1]}"
        return held[0][1] if held else None

    def _add_person(self, si: int, m: PersonMention, caption: _Sent | None = None) -> None:
        """A person mentioned in body sentence si, or in a photo caption (a person at the event)."""
        x = caption or self.sents[si]
        name = m.name
        if m.short:
            canon = self.canonical(name)
            if not canon:
                return
            name = canon
        else:
            name = self.canonical(name) or name
        self.last_mentioned = name
        p = self.people.setdefault(name, {"rank": None, "positions": {}, "ev": x.evidence, "sents": set()})
        if caption is None:
            p["sents"].add(si)
        else:
            p["caption"] = True
        if m.rank and not p["rank"]:
            p["rank"] = m.rank
        for title, org in m.positions:
            key = (title, org)
            if org is None and any(t == title for t, _ in p["positions"]):
                continue
            if org is not None and (title, None) in p["positions"]:
                del p["positions"][(title, None)]
            p["positions"].setdefault(key, x.evidence)

    def _people_in(self, si: int, x: _Sent, caption: bool = False) -> tuple[list[tuple[int, int, str]], list[PersonMention]]:
        """The organisations and persons sentence x names, noted (a caption's persons are at the event)."""
        self.ctx.note_places(x.toks)
        orgs = org_mentions(self.lex, self.ctx, x.toks, x.mask, self.pf)
        for _, _, name in orgs:
            self.orgs.setdefault(name, x.evidence)
        self.ctx.about = self._about(x)  # ("Về phía Sở X có ông A - Giám đốc Sở": that Sở)
        ms = self.pf.find(x.toks)
        self._fix_positions(x, ms, orgs)
        self.ctx.about = None
        for m in ms:
            self._add_person(si, m, x if caption else None)
            for _, org in m.positions:
                if org:
                    self.orgs.setdefault(org, x.evidence)
        return orgs, ms

    def _about(self, x: _Sent) -> str | None:
        """The body a sentence opening "Về phía X có ..." is about."""
        am = _ABOUT.match(x.work)
        if not am:
            return None
        k = len(tokenize(x.work[: am.end()]))
        s = scan_org(self.lex, x.toks, k)
        if s:
            return self.ctx.resolve(s[1])
        if k + 1 < len(x.toks):  # "Về phía bệnh viện có ...": the article's hospital
            return self.ctx.generic(f"{x.toks[k].text} {x.toks[k + 1].text}") or self.ctx.generic(x.toks[k].text)
        return None

    def _fix_positions(self, x: _Sent, ms: list[PersonMention], orgs: list[tuple[int, int, str]]) -> None:
        """Titles that need an organisation but were written without one."""
        about = self.ctx.about
        for k, m in enumerate(ms):
            # "Đại tá A, Thượng tá B, Phó Giám đốc ...": A shares B's titles
            if not m.positions and k + 1 < len(ms) and ms[k + 1].positions and ms[k + 1].start == m.end + 1 \
                    and x.toks[m.end].text == "," and m.rank:
                m.positions = list(ms[k + 1].positions)
        self._party_bodies(ms, x.work)
        for k, m in enumerate(ms):
            fixed = []
            for n, (title, org) in enumerate(m.positions):
                info = self.lex.titles.match(tokenize(title), 0)
                needs = info[2].needs_org if info else True
                if org is None and needs:
                    later = [o for _, o in m.positions[n + 1 :] if o]
                    kinds = TITLE_ORGS.get(_head_title(title))
                    if not later and k + 1 < len(ms) and ms[k + 1].start == m.end + 1 and x.toks[m.end].text == "và":
                        # "A và B, <titles> X": B's body is A's, unless A's title heads another kind of body
                        later = [o for _, o in ms[k + 1].positions if o and (not kinds or o.startswith(kinds))]
                    near = [o for s, _, o in orgs if s < m.start and kinds and o.startswith(kinds)]
                    # "Chủ tịch Hội X và các Phó Chủ tịch: A, B": the deputies of the body its head was named with
                    head = _head_title(title)
                    heads_body = [o for q in ms[:k] for t, o in q.positions if o and t == head] if head != title else []
                    if later:
                        # ("Phó Giám đốc, Chủ tịch Công đoàn Công ty X": the company's deputy director)
                        org = self._unit_of_mass_org(root_org(self.lex, later[0]))
                    elif near:
                        org = near[-1]  # "Đội X đã ...; Thiếu tá A, Đội trưởng, ...": the unit just named
                    elif heads_body:
                        org = heads_body[-1]
                    elif k and 0 <= after_and(x.toks, m.start) - ms[k - 1].end <= 1 and not kinds and ms[k - 1].positions \
                            and info and info[0] == len(tokenize(title)):
                        # "A - Đồn trưởng và B - Chính trị viên": the same unit's (once A's is known)
                        org = ms[k - 1].positions[-1][1]
                        if org is None:
                            self.same_unit.append((m.name, title, ms[k - 1].name, ms[k - 1].positions[-1][0]))
                    elif about:
                        org = about
                    else:  # "...; đại diện Ban X có bà A, Phó Trưởng ban": the body the clause says she is of
                        org = represented(self.lex, self.ctx, x.toks, m.start)
                fixed.append((title, org))
            m.positions = fixed
        self._party_bodies(ms, x.work)  # again, now that "Về phía X có ..." gave the unit: "Bí thư Đảng ủy, Chính ủy"
        for m in ms:
            place = bracketed_province(self.lex, x.toks, m.end)
            if place:
                # "Phó Chủ tịch UBND các tỉnh: A (Thanh Hóa); B (Nghệ An)": each one's province, in brackets
                m.positions = [(t, _PROVINCE_OF_BODY.sub(place, o, 1) if o else o) for t, o in m.positions]
            body = bracketed_body(self.lex, self.ctx, x.toks, m.end) if any(o is None for _, o in m.positions) else None
            if body:
                # "Kiểm sát viên A (VKSND huyện Lục Ngạn)": the body of the office written before the name
                m.positions = [(t, o or (body if needs_org(self.lex, t) else None)) for t, o in m.positions]

    def _party_bodies(self, ms: list[PersonMention], text: str) -> None:
        """"Bí thư Đảng ủy, Giám đốc Công an tỉnh X": the party committee of the unit the next post names
        (also where the bare committee was taken for another one named before: "Đảng ủy UBND tỉnh")."""
        for m in ms:
            for n, (title, org) in enumerate(m.positions):
                nxt = next((o for _, o in m.positions[n + 1 :] if o), None)
                if org and nxt and title in ("Bí thư", "Phó Bí thư") and org.startswith("Đảng ủy ") \
                        and f"{title} Đảng ủy," in text \
                        and not nxt.startswith(org.removeprefix("Đảng ủy ")):
                    org = "Đảng ủy"  # (not another unit's committee named before, that the bare one was taken for)
                if org and org in _PARTY_HEADS:
                    later = [o for _, o in m.positions[n + 1 :] if o and o not in _PARTY_HEADS]
                    if later:
                        unit = root_org(self.lex, later[0])  # the unit, not its council: "Hội đồng trường X" -> X
                        # of a commune's People's Committee, the commune's: "Đảng ủy xã X"
                        unit = ADMIN_BODY.sub("", unit)
                        # of a commune's or ward's police, the commune's: its police have a cell, not a committee
                        unit = _COMMUNE_POLICE.sub("", unit)
                        m.positions[n] = (title, f"{org} {self._commanded(self._unit_of_mass_org(unit))}")

    def _commanded(self, unit: str) -> str:
        """The unit a command commands, whose party committee it is: "Bộ Tư lệnh Quân khu 4" -> "Quân khu 4";
        but "Bộ Tư lệnh Cảnh sát cơ động" names no other unit, and its committee is its own."""
        rest = _COMMAND.sub("", unit)
        if unit.startswith("Bộ Tư lệnh ") and not self.lex.org_heads.match(tokenize(rest), 0) \
                and not self.lex.national_orgs.match(tokenize(rest), 0):
            return unit
        return rest

    def _unit_of_mass_org(self, org: str) -> str:
        """"Công đoàn Công ty X" -> "Công ty X": the unit a union or youth union is in, whose Party
        committee "Bí thư Đảng ủy, Chủ tịch Công đoàn Công ty X" names."""
        for prefix in _MASS_ORGS_IN_UNITS:
            rest = org.removeprefix(prefix)
            head = self.lex.org_heads.match(tokenize(rest), 0) if rest != org else None
            if head and head[0] < len(tokenize(rest)):  # (not "Công đoàn Viện": a type alone names no unit)
                return rest
        return org

    # -- run ------------------------------------------------------------------------
    def run(self) -> ArticleFacts:
        af = AwardFinder(self.lex, self.ctx, self.pf, self.canonical, self.org_of,
                         lambda: self.last_mentioned)
        movements: dict[str, dict] = {}
        initiatives: dict[str, dict] = {}
        conferrals: list[tuple[Conferral, Evidence]] = []
        events: list[EventFound] = []
        main_done = False
        listing = False  # the sentence before announced a list of named initiatives ("..., gồm:")
        listed: Conferral | None = None  # the award whose recipients the next lines list ("... cho 6 nông dân, gồm:")
        previous: Conferral | None = None  # the last award of the sentence before
        # an opening of background ("Những năm qua, ...") before "<date>, X tổ chức ...":
        # the main event is the first dated "tổ chức" among the first sentences
        main_from = next((k for k, x in enumerate(self.sents[:4])
                          if organise_in(x.work) and find_dates(x.work, self.month)), 0)
        pictured: list[tuple[Conferral, Evidence]] = []  # awards photo captions tell (see below)
        for si, x in enumerate(self.sents):
            for cap in self.captions.get(si, ()):
                self._people_in(si, cap, caption=True)
                pictured += [(c, cap.evidence) for c in af.find(cap.toks, cap.work, None)]
            orgs, ms = self._people_in(si, x)
            named = find_named(x.work, self.lex.movement_names)
            item = listed_work(x.work) if listing else None
            listing = bool(item) or announces_works(x.work)  # the list goes on while its items do
            for f in ([item] if item and not named else named):
                table = movements if f.kind == "movement" else initiatives
                key = _key(f.name)
                key = next((k for k in table if key.startswith(k + "-")), key)
                entry = table.setdefault(key, {"f": f, "ev": x.evidence})
                if f.kind == "movement" and entry["f"].period is None and f.period:
                    entry["f"].period = f.period
                if f.kind == "initiative" and entry["f"].sites is None and f.sites:
                    entry["f"].sites = f.sites
            if re.match(r"^Phong trào\s+(?:được|đã|tiếp tục)", x.work) and movements:
                # "Phong trào được phát động ... (2022 - 2023)": the movement just named
                periods = [_period(m) for m in _PERIOD.finditer(x.work)]
                periods.sort(key=lambda p: p[1] is None)  # a full range before a start alone
                first = next(iter(movements.values()))["f"]
                if first.period is None and periods:
                    first.period = periods[0]
            # an undated "Khác" found first (a feature's background) gives way to the first dated event named
            if not main_done and not events and si >= main_from and signed_only(x.work):
                main_done = True  # an article about a decision: no event, nor a later sentence taken for one
            weak = bool(events) and events[0].date is None and events[0].type == "Khác" and held_in(x.work)
            ev = find_event(self.lex, x.work, x.toks, self.month, orgs,
                            main=(not main_done and si < 3 and si >= main_from) or weak,
                            same_day=events[0].date if events else None)
            if ev and not main_done and not (ev.organiser or ev.date or ms) and si < 2:
                ev = None  # a headline-like opening: the event is in the next sentence
            if ev and weak and ev.date is not None and ev.type != "Khác":
                ev.sentence = si
                ev.organiser = ev.organiser or events[0].organiser
                self.ctx.main_org = ev.organiser
                events[0] = ev
            elif ev and (not main_done or ev.organiser):
                ev.sentence = si
                if not main_done:
                    self.ctx.main_org = ev.organiser
                if not main_done and ev.organiser is None and ms:
                    ev.organiser = next((o for m in ms for _, o in m.positions if o), None)
                events.append(ev)
                main_done = True
            hint = events[0].organiser if events and si == events[0].sentence else None
            found = af.find(x.toks, x.work, hint)
            at = _item_start(x.toks) if not found else None
            among = _AMONG_THEM.match(x.work) if not found and previous is not None else None
            them = _LISTED_THEM.match(x.work) if not found and not among and conferrals else None
            if them:  # "các tập thể, cá nhân được khen thưởng gồm: ...": the last award's, whatever came between
                among, previous = them, previous or conferrals[-1][0]
            if listed is not None and at is not None:
                af.rec.recipients_at(x.toks, at, listed, item=True)  # "1. Ông A (thôn X, xã Y);": the list's next name
            elif among and previous is not None:
                # "... cho 24 tập thể và 37 cá nhân. Trong danh sách có A, B, ông C": named among them
                counts = (previous.collectives, previous.individuals)
                at_tok = next((k for k, t in enumerate(x.toks) if t.start >= among.end()), None)
                if at_tok is not None:
                    af.rec.recipients_at(x.toks, _names_after_count(x.work, x.toks, at_tok), previous)
                for k in range(at_tok or 0, len(x.toks) - 1):  # "...; 4 cá nhân gồm ...": each part by its count
                    if x.toks[k].text == ";" and _COUNTED_LIST.match(x.work, x.toks[k + 1].start):
                        af.rec.recipients_at(x.toks, _names_after_count(x.work, x.toks, k + 1), previous)
                previous.collectives, previous.individuals = counts  # (a part of them, not more)
            elif not found and x.work.startswith("Danh sách") and x.work.rstrip().endswith(":") and previous is not None:
                listed = previous  # "... cho 42 cá nhân. Danh sách một số cá nhân tiêu biểu:" and the list, theirs
            elif found or " | " not in x.work:  # (a table's header row keeps the list going)
                listed = found[-1] if found and x.work.rstrip().endswith(":") else None
            previous = found[-1] if found else None
            for c in found:
                conferrals.append((c, x.evidence))
        for cap in self.captions.get(len(self.sents), ()):
            self._people_in(len(self.sents), cap, caption=True)  # (the captions after the last sentence)
            pictured += [(c, cap.evidence) for c in af.find(cap.toks, cap.work, None)]
        # a caption mostly shows an award the text tells; one of a kind the text does not tell is its own
        told = {c.kind for c, _ in conferrals}
        conferrals += [(c, ev) for c, ev in pictured if c.kind not in told]
        for c, _ in pictured:
            # "trao Kỷ niệm chương cho 5 cá nhân", and the caption names them: the same award's recipients
            counted = [b for b, _ in conferrals if b.kind == c.kind and not b.recipients
                       and (b.individuals or b.collectives) and (b.award == c.award or c.generic)]
            if len(counted) > 1 and c.grantors:
                counted = [b for b in counted if b.grantors == c.grantors]
            shown = [r for r in c.recipients if r in self.people]  # (the persons pictured, not their units)
            if c.kind in told and shown and len(counted) == 1:
                counted[0].recipients.extend(shown)
        for entry in movements.values():
            f = entry["f"]
            for x in self.sents if f.period is None and f.kind == "movement" else ():
                f.period = period_after_name(x.work, f.name)
                if f.period:
                    break
        return self._facts(movements, initiatives, conferrals, events)

    def _office_held(self, grantor: str) -> str:
        """"Đồn trưởng Lê Minh Trí tặng Giấy khen": a bare office as grantor is the office its
        one holder in the article holds ("Đồn trưởng Đồn Biên phòng X")."""
        info = self.lex.titles.match(tokenize(grantor), 0)
        if not info or info[0] != len(tokenize(grantor)) or not info[2].needs_org:
            return grantor
        held = {office_name(t, o) for p in self.people.values() for (t, o) in p["positions"] if t == grantor and o}
        if not held:  # "Phó Chi cục trưởng Chi cục X trao Giấy khen của Chi cục trưởng": the deputy's body's head
            held = {office_name(grantor, o) for p in self.people.values() for (t, o) in p["positions"]
                    if t == "Phó " + grantor and o}
        return held.pop() if len(held) == 1 else grantor

    def _fill_missing_orgs(self) -> None:
        """"Bộ trưởng Đào Ngọc Dung" in an article about one ministry: a title that needs an
        organisation and was written without one takes the article's only organisation of
        the kind that title heads."""
        for p in self.people.values():
            for key, ev in list(p["positions"].items()):
                title: str = key[0]
                org: str | None = key[1]
                if org is not None:
                    continue
                base = _head_title(title)
                kinds = TITLE_ORGS.get(base)
                if not kinds:
                    continue
                cands = {o for o in self.orgs if o.startswith(kinds)}
                if len(cands) > 1 and self.ctx.main_org in cands:
                    cands = {self.ctx.main_org}  # the article's own unit: its head reports at its meeting
                if len(cands) > 1:
                    # "Phó Đồn trưởng" where the article named one "Đồn trưởng Đồn X": the same unit
                    held = {o for q in self.people.values() for (t, o) in q["positions"]
                            if o in cands and _head_title(t) == base}
                    cands = held if len(held) == 1 else {o for o in cands if parent_org(self.lex, o) is None}
                if len(cands) > 1:
                    # the one of them named last before the title was: "Đồn X tổ chức lễ. Dự có A, Đồn trưởng"
                    # (in the order they were named, not a set's: two named in one sentence tie on its start)
                    order = {o: n for n, o in enumerate(self.orgs)}
                    before = [o for o in cands if self.orgs[o].start <= ev.start]
                    cands = {max(before, key=lambda o: (self.orgs[o].start, order[o]))} if before else cands
                if len(cands) == 1:
                    del p["positions"][(title, org)]
                    p["positions"].setdefault((title, cands.pop()), ev)
        for b, b_title, a, a_title in self.same_unit:
            pa, pb = self.people.get(self.canonical(a) or ""), self.people.get(self.canonical(b) or "")
            units = {o for (t, o) in pa["positions"] if t == a_title and o} if pa else set()
            if pb and len(units) == 1 and (b_title, None) in pb["positions"]:
                pb["positions"].setdefault((b_title, units.pop()), pb["positions"].pop((b_title, None)))

    def _boards_as_titles(self) -> None:
        """"Chủ tịch Hội đồng quản trị Công ty X" is an officer of the company, as the press and the
        annotators have it: the board is part of the title, not a body of its own."""
        for p in self.people.values():
            for (title, org), ev in list(p["positions"].items()):
                if org and org.startswith(_TITLE_BOARD + " "):
                    del p["positions"][(title, org)]
                    p["positions"].setdefault((f"{title} {_TITLE_BOARD}", org[len(_TITLE_BOARD) + 1:]), ev)
        for name, ev in list(self.orgs.items()):
            if name.startswith(_TITLE_BOARD + " "):
                del self.orgs[name]
                self.orgs.setdefault(name[len(_TITLE_BOARD) + 1:], ev)

    def _congress_period(self, name: str) -> tuple[int | None, int | None] | None:
        """"Đại hội thi đua Quyết thắng lần thứ VIII, giai đoạn 2019 - 2024": the period of the movement a
        congress is of."""
        core = re.sub(r"^[Tt]hi đua\s+", "", _clean(name))
        if not core:
            return None
        m = re.search(rf"Đại hội\s+(?:[Tt]hi đua\s+)?“?{re.escape(core)}”?[^.;“]{{0,40}}?giai đoạn\s+(\d{{4}})\s*[-–]\s*(\d{{4}})",
                      self.a.text)
        return (int(m.group(1)), int(m.group(2))) if m else None

    def _facts(self, movements, initiatives, conferrals, events) -> ArticleFacts:
        self._fill_missing_orgs()
        for d in movements.values():
            if d["f"].period is None:
                d["f"].period = self._congress_period(d["f"].name)
        self._boards_as_titles()
        for c, _ in conferrals:
            # ("Chủ tịch UBND cấp huyện" in what a law provides: every district's, no giver named)
            c.grantors = [self._office_held(g) for g in c.grantors if not EVERY_LEVEL.search(g)]
            c.recipients = [r for r in c.recipients if not EVERY_LEVEL.search(r)]
        persons = tuple(
            Person(name, p["rank"], tuple(Position(*_as_written(t, o), ev) for (t, o), ev in p["positions"].items()), p["ev"])
            for name, p in self.people.items()
        )
        for c, _ in conferrals:
            for g in c.grantors:
                if g not in self.people and not self.lex.titles.match(tokenize(g), 0):
                    self.orgs.setdefault(g, _)
            for r in c.recipients:
                if r not in self.people:
                    self.orgs.setdefault(r, _)
        for name in [n for n in self.orgs if self._ends_with_person(n)]:
            del self.orgs[name]  # "Tỉnh ủy A Pơn": a title before a name the surname list cannot tell
        for name, ev in list(self.orgs.items()):
            if name.startswith(BRANCH_HEADS):
                continue  # "Chi nhánh NHCSXH tỉnh X": the bank itself counts only where named by itself
            parent = parent_org(self.lex, name)
            parent = parent and self.ctx.resolve(parent)  # "Trung ương Đoàn" in full
            # a party committee ("Tỉnh ủy X" of "Ban Tuyên giáo Tỉnh ủy X") counts only where named itself
            if parent and not self.ctx.is_bare(parent) and not parent.startswith(_PARTY_COMMITTEES) \
                    and not (name.startswith("Ban ") and parent.startswith("Hội đồng nhân dân ")):
                # (nor a People's Council, of "Ban Dân tộc HĐND tỉnh X": named by its committee only)
                self.orgs.setdefault(parent, ev)
        orgs = tuple(Organisation(n, ev) for n, ev in self.orgs.items()
                     if not self.ctx.is_bare(n) and not EVERY_LEVEL.search(n)  # ("UBND cấp xã": no one body)
                     and n not in _WHOSE_UNSAID and not self._areas_unnamed(n) and not self._province_party(n))
        evs = []
        for k, e in enumerate(events):
            parts = tuple(self._participants(e)) if k == 0 else ()
            # who presided or spoke: participants named in a sentence that says so
            chairs = tuple(n for n in parts if any(_CHAIR.search(self.sents[i].work) for i in self.people[n]["sents"]))
            speakers = tuple(n for n in parts if any(_SPEAK.search(self.sents[i].work) for i in self.people[n]["sents"]))
            evs.append(Event(e.type, e.label, e.date, e.organiser, parts, e.place, self.sents[e.sentence].evidence,
                             chairs, speakers))
        mov = tuple(
            Movement(_clean(d["f"].name), d["f"].word, *_years(d["f"]), d["ev"]) for d in movements.values()
        )
        ini = tuple(Initiative(_clean(d["f"].name), d["f"].word, d["f"].sites, d["ev"]) for d in initiatives.values())
        return ArticleFacts(self.a, persons, orgs, tuple(evs), mov, ini, merge_conferrals(conferrals))

    def _province_party(self, org: str) -> bool:
        """"truyền thống của Đảng bộ tỉnh", "Đại hội Đảng bộ tỉnh X": the province's Party organisation as a
        whole, which acts and is named through its committee (Tỉnh ủy), not a body of its own here."""
        if not org.startswith("Đảng bộ "):
            return False
        toks = tokenize(org)
        loc = scan_locality(self.lex, toks, 2)
        if loc is None or loc[0] != len(toks) or loc[1] not in ("tỉnh", "thành phố"):
            return False
        return bool(self.lex.province_index.match(toks, 2 + len(loc[1].split())))

    def _areas_unnamed(self, org: str) -> bool:
        """"14 TAND khu vực", "các VKSND khu vực của tỉnh": a kind of area body, none named."""
        kind, sep, rest = org.partition(" khu vực")
        return bool(sep) and (not rest or (self.ctx.is_bare(kind) and rest.startswith((" tỉnh ", " thành phố "))))

    def _ends_with_person(self, org: str) -> bool:
        return any(org.endswith(" " + p) for p in self.people)

    def _participants(self, e) -> list[str]:
        out = []
        dead = self._dead()
        for name, p in self.people.items():
            if name in dead:
                continue  # honoured after death: named at the event, not present at it
            sents = p["sents"]
            if all(self._elsewhere(si, e) for si in sents) and not (not sents and p.get("caption")):
                continue  # (one named only in a photo's caption is at the event)
            if e.sentence >= _BURIED and sents and not any(si >= e.sentence or _AT_EVENT.search(self.sents[si].work)
                                                            for si in sents):
                continue  # a feature's event told late: those it quotes before are not placed at it
            out.append(name)
        return out

    def _dead(self) -> set[str]:
        """The persons the article honours after their death: a "liệt sĩ" ("cho liệt sĩ, Thiếu tá A"), or
        the first person a posthumous award goes to ("truy tặng Bằng khen cho anh A", "trao Bằng khen truy
        tặng anh A cho ông B, bố của anh": B receives it for him)."""
        out: set[str] = set()
        for name, p in self.people.items():
            for si in p["sents"]:
                work = self.sents[si].work
                at = work.find(name)
                if at < 0:
                    continue
                if _MARTYR_BEFORE.search(work[max(0, at - 40) : at]):
                    out.add(name)
                    break
                posthumous = [m.end() for m in _POSTHUMOUS.finditer(work, 0, at)]
                if posthumous and not _CLAUSE_END.search(work, posthumous[-1], at) \
                        and not _KIN_AFTER.match(work, at + len(name)) \
                        and not any(0 <= work.find(other, posthumous[-1]) < at for other in self.people if other != name):
                    out.add(name)  # the first person named after "truy tặng"
                    break
        return out

    def _elsewhere(self, si: int, e) -> bool:
        """A sentence about another day or a decision, not the event."""
        x = self.sents[si]
        reason = _REASON.search(x.work)  # (a deed's day after "vì" is not the day the sentence is about)
        # (nor a decision's in brackets: "trao Huân chương ... (Quyết định số 1406/QĐ-CTN ngày 3/11/2022) cho ...")
        said = _DECISION_DAY.sub("", x.work[: reason.start()] if reason else x.work)
        ds = [d for _, d in find_dates(said, self.month) if d]
        if ds and e.date and all(d != e.date for d in ds):
            return True
        if _AT_EVENT.search(x.work) or x.work.startswith(("Phát biểu", "Thay mặt")):
            # "Hội nghị cũng tôn vinh X, người vừa được ... tặng ...", "Phát biểu thay mặt ..., X, người được
            # ... phong tặng ...": at the event
            return False
        if _ELECTED.search(x.work):
            return True  # named as elected ("được bầu giữ chức Bí thư"): a result, not one who took part
        # named only as given an award, not as handed it: "X được Chủ tịch nước phong tặng ...",
        # "... tặng Bằng khen cho 25 cá nhân, trong đó có ông X"
        return bool(_GIVEN.search(x.work) or re.search(r"\btrong đó có\b", x.work) and re.search(r"\btặng\b", x.work)
                    and not re.search(r"\btrao\b", x.work))


def _key(name: str) -> str:
    from ..slug import slugify

    return slugify(name)


def _clean(name: str) -> str:
    return name.strip(" “”\"'.,;:")


def _as_written(title: str, org: str | None) -> tuple[str, str | None]:
    """"Chánh Thanh tra tỉnh X" is the "Chánh" of the "Thanh tra tỉnh X": the title without the
    inspectorate's name it ends with (a "Chánh Văn phòng" of a "Văn phòng" keeps both, as written)."""
    if org is not None and title.endswith(" Thanh tra") and org.startswith("Thanh tra "):
        return title.removesuffix(" Thanh tra"), org
    return title, org


def _item_start(toks: list[Tok]) -> int | None:
    """The token after a list item's number or bullet at a line's start ("1. Ông A ...", "- Bà B ...")."""
    if len(toks) > 2 and toks[0].num and toks[1].text in (".", ")", "|"):
        return 2  # (a table's row: "1 | Nguyễn Văn A | Giám đốc ...")
    if len(toks) > 1 and toks[0].text in _BULLETS:
        return 1
    return None

