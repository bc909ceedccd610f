"""Everything the extractor knows about words, read from the project's data files.

Ranks, office titles, award kinds, event types, organisation heads and
abbreviations come from the SKOS vocabularies (ontology/vocab/), provinces and
districts from the administrative-units gazetteer, central organisations and
family names from ontology/gazetteer/. Only grammar (function words, verbs that
end a name) lives here in code.
"""
from __future__ import annotations
from typing import Any

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from .tokens import SeqIndex

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
TK_LOCAL_UNIT = "https://w3id.org/thidua-kg/ontology#localUnitName"
TK_VALID_TO = "https://w3id.org/thidua-kg/ontology#validTo"
DCT_REPLACED_BY = "http://purl.org/dc/terms/isReplacedBy"

# Words that end an organisation's or a movement's name when written in lower
# case: verbs and prepositions that follow a subject in this genre.
STOP_PHRASES = tuple(
    """tổ chức|tặng|trao|được|đã|đang|sẽ|vừa|cũng|là|có|cho|của|tại|với|từ|đến|để|do|vì|khi|
    theo|nhằm|phối hợp|chủ trì|dẫn đầu|đón nhận|nhận|gắn|công bố|phát động|phát biểu|tiếp tục|
    đề nghị|yêu cầu|cho biết|báo cáo|hoàn thành|triển khai|thực hiện|đạt|giữ|ghi nhận|biểu dương|
    tôn vinh|khen thưởng|vinh dự|trở thành|luôn|thường|hiện|nay|sáng|chiều|tối|lần|thu hút|duy trì|
    góp phần|chủ động|cần|phải|bảo đảm|chỉ đạo|mà|như|bị|hơn|trên|dưới|những|nhiều|
    mỗi|cùng|đi|ra|lên|gồm|hướng tới|ký|quyết định|tham mưu|tham dự|dự|về dự|đánh giá|khẳng định|
    đồng thời|bày tỏ|hứa|nhấn mạnh|ôn lại|kiểm tra|lãnh đạo|thăm|tiếp|tới|trong|ở|qua|sau|trước|vào|
    nên|rất|đều|xuất hiện|làm|trình bày|phát huy|nâng cao|tăng cường|đẩy mạnh|tập trung|kịp thời|
    và|hoặc|hay|nhưng|đây|này|đó|kể từ|lấy|thay mặt|thừa|năm|giai đoạn|ngày|tháng|còn|mới|vẫn|
    đề ra|đưa|giúp|tuyên dương|bắt giữ|triệt phá|đấu tranh|phát hiện|xử lý|tiếp nhận|khám|điều trị|bàn giao|hỗ trợ|vận động|tuyên truyền|đỡ đầu|ký kết|hưởng ứng|giành|trực tiếp|chính thức|hoạt động|được giao|chào mừng|
    kết nạp|chỉ định|thông qua|thông báo|chúng tôi""".replace("\n", "").split("|")
)

# lower-case nouns that look like a stop word's start ("dự" in "dự án")
NON_STOP = ("phối hợp phổ biến",  # "Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện X"
            "dự án", "dự toán", "cho vay", "việc làm", "thư ký", "có công", "đến trường", "trong nước", "ngoài nước", "ngoài nhà nước",
            "trên biển",  # "Tổ đoàn kết trên biển số 3"
            "ở cơ sở",  # "Tổ bảo vệ an ninh, trật tự ở cơ sở"
            "thiết bị",  # "Phân xưởng Sửa chữa thiết bị": a noun, not the passive
            "vật liệu xây dựng", "quỹ vì người nghèo", "giám sát điều hành", "khám, chữa bệnh", "khám chữa bệnh",
            "kiểm tra sau thông quan",  # "Chi cục Kiểm tra sau thông quan": customs' post-clearance audit  # (not the verb "xây dựng", the conjunction "vì")
            # information as a field, not "X thông tin" (X said): "Trung tâm Điều hành thông tin"
            "điều hành thông tin", "ứng cứu thông tin", "thu thập thông tin", "an toàn thông tin", "an ninh thông tin", "hệ thống thông tin",
            "thông tin đất đai",  # "Cục Đăng ký và Dữ liệu thông tin đất đai"
            "tối cao",  # "Tòa án nhân dân tối cao": supreme, not "tối" (evening)
            "đại diện hội đồng quản trị",  # "Ban đại diện Hội đồng quản trị NHCSXH tỉnh X"
            "lưu ký",  # "Tổng Công ty Lưu ký và Bù trừ chứng khoán": a depository, not "ký" (signs)
            "bồi thường")  # "Phòng Giám định bồi thường": compensation, not "thường" (usually)
# fields a unit is named after, beside the ministries' ("Khoa Nông Lâm nghiệp", "Phòng Kinh tế")
FIELDS = ("Công nghệ thông tin", "Lâm nghiệp", "Công nghiệp", "Ngư nghiệp", "Kinh tế", "Kỹ thuật", "Thủy sản", "Thủy lợi", "Ngoại ngữ",
          "Đăng ký kinh doanh", "Đăng ký đất đai", "Trật tự", "Hậu cần",  # "Phòng Đăng ký kinh doanh", "Đội CSGT - trật tự"
          "Dược học", "Luật học", "Sư phạm", "Nhân đạo", "Từ thiện", "Khuyến học", "Hàng không", "Phòng không", "Tạm giữ", "Dự bị",
          # hospitals' departments ("Khoa Ngoại Thần kinh", "Khoa Hồi sức tích cực")
          "Thần kinh", "Tim mạch", "Hồi sức", "Cấp cứu", "Truyền nhiễm", "Ung bướu", "Tiêu hóa", "Hô hấp",
          "Chấn thương chỉnh hình", "Chẩn đoán hình ảnh", "Gây mê hồi sức", "Răng hàm mặt", "Tai mũi họng",
          "Da liễu", "Phục hồi chức năng", "Y học cổ truyền", "Dinh dưỡng", "Sản phụ khoa", "Nhi khoa",
          "Chiếu sáng", "Đổi mới sáng tạo",  # ("sáng" is no morning there: "Công ty Chiếu sáng công cộng")
          "Kiểm soát không lưu",  # (nor "không" a negation: "Đài Kiểm soát không lưu Đà Nẵng")
          "Giáo dục thường xuyên",  # (nor "thường xuyên" an adverb: "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên")
          "Trợ giúp pháp lý",  # (nor "giúp" a verb: "Trung tâm Trợ giúp pháp lý nhà nước tỉnh X")
          "Cơ khí", "Cơ điện", "Thủy lực",  # ("Phân xưởng Sửa chữa thủy lực - cơ khí")
          "Đầu tư xây dựng")  # (nor "xây dựng" a verb: "Công ty cổ phần Đầu tư xây dựng Cầu Đỏ")
# lower-case words a name joins with "và" ("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh X", "Hiệp hội
# Doanh nghiệp nhỏ và vừa", "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh X"), where a "và" in lower case
# otherwise ends the name
JOINED_BY_AND = (("cơ", "quan", "và", "doanh", "nghiệp"), ("nhỏ", "và", "vừa"),
                 ("khuyết", "tật", "và", "trẻ", "mồ", "côi"),
                 ("công", "nghiệp", "và", "chế", "xuất"),  # "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội"
                 ("và", "các", "khu", "công", "nghiệp"))  # "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"
# sectors of provincial departments (Sở) no ministry is named after ("Sở Văn hóa và Thể thao thành phố Huế")
PROVINCIAL_SECTORS = ("Văn hóa và Thể thao", "Văn hóa, Thể thao", "Du lịch", "Ngoại vụ", "Văn hóa - Thể thao")
# capitalised phrases that start like an organisation's type but are not one
# what an event's organising committee is for ("Ban Tổ chức hội thi"): an office in it is written whole,
# "Trưởng ban Tổ chức hội thi", and the committee is no body of its own (as every corpus has it)
COMMITTEE_EVENTS = ("hội thi", "cuộc thi", "hội khỏe", "hội thao", "hội giảng", "hội diễn", "lễ hội", "liên hoan",
                    "kỳ thi", "ngày hội", "giải")
NOT_ORGS = tuple(f"ban tổ chức {e}" for e in COMMITTEE_EVENTS) + ("hội thẩm", "báo cáo", "ban hành", "ban đầu", "hội nghị", "hội thi", "hội thảo", "hội trường", "hội viên", "hội thao", "hội diễn", "hội chợ", "hội trại", "hội khỏe", "báo chí",
            "bộ quy tắc", "bộ tiêu chí", "bộ chỉ số",  # ("Bộ Quy tắc ứng xử": a code, not a ministry)
            "trường hợp", "khoa học", "đội ngũ", "đội tuyển", "đội viên", "tổ chức", "công tác",
            "viện phí", "sở hữu", "ban ngành", "trung tâm hội nghị", "cơ quan chức năng", "tổ quốc", "tổ dân phố",
            "tổ chức", "sở chỉ huy", "ban giám khảo", "công an chính quy", "công an cơ sở", "trường sa", "trường sơn", "vùng sâu", "vùng xa", "vùng biên", "vùng cao", "vùng biển", "vùng đồng bào", "phân xưởng sản xuất",
            # charity funds people give to, not bodies ("ủng hộ Quỹ Vì người nghèo tỉnh")
            "quỹ vì người nghèo", "quỹ đền ơn đáp nghĩa", "quỹ bảo trợ trẻ em", "quỹ khuyến học", "quỹ tấm lòng vàng",
            "quỹ an sinh xã hội", "quỹ mái ấm công đoàn", "quỹ phòng, chống thiên tai", "quỹ phòng chống thiên tai",
            "quỹ nhân đạo", "quỹ cứu trợ", "quỹ hỗ trợ")
MORE_STOPS = ("long trọng", "trọng thể",  # ("Học viện Hải quân long trọng tổ chức ...": how, not a name)
              "điều hành", "trực thuộc", "nhiệm kỳ", "khởi xướng", "đọc diễn văn", "đọc", "kiêm", "hoàn thiện", "hướng dẫn", "sớm",
              "xây dựng kế hoạch", "xây dựng phương án", "chia sẻ", "kể", "cho rằng", "nêu", "nói", "nhận định", "thông tin", "giới thiệu", "tham luận",
              "trao đổi", "đề xuất", "kiến nghị", "cam kết", "mong muốn", "cảm ơn", "chúc mừng", "nhận xét",
              "khai mạc", "bế mạc", "kết luận", "quán triệt", "động viên", "thăm hỏi", "tặng quà", "dâng hương",
              "khẩn trương", "nhanh chóng", "thường xuyên", "chặt chẽ", "quyết liệt", "thành công", "sôi nổi",
              "bám sát", "nỗ lực", "phấn đấu", "chú trọng", "quyết tâm", "rà soát", "khắc phục", "quan tâm",
              "đồng chủ trì", "đồng tặng", "đồng tổ chức", "xét", "mạnh dạn", "tiên phong", "đi đầu",
              "công nhận", "thống nhất", "nhất trí", "bỏ phiếu", "đại diện", "xem xét", "truy tặng", "xuất động",
              "huy động", "gửi", "phê duyệt", "khuyến cáo", "xúc động", "tài trợ", "tiêu biểu", "xuất sắc",
              "từng",  # ("Trường X từng được ...": once, an adverb)
              "đoạt",  # ("Trung tâm X đoạt giải Nhì ...": won)
              "cán mốc",  # ("Giàn khoan X cán mốc 3.000 ngày ...": reached)
              "phù hợp",  # ("đổi tên Trung tâm phù hợp với địa bàn": suitable)
              "điểm lại",  # ("Giám đốc Trung tâm điểm lại chặng đường 30 năm": reviewed)
              # ("Đoàn Hội thẩm tích cực hưởng ứng ...": how; but "Khoa Hồi sức tích cực" is a name)
              "tích cực hưởng ứng", "tích cực tham gia", "tích cực triển khai", "tích cực phối hợp",
              "một lần", "hai lần", "ba lần", "bốn lần", "năm lần", "nhiều lần",  # ("Trường hai lần được ...": how often)
              "hai năm", "ba năm", "bốn năm", "nhiều năm",  # ("Đội Quản giáo hai năm liền được ...": how long)
              "không")  # (a negation; "Hàng không", "Phòng không" are fields: FIELDS)

HONORIFICS = ("đồng chí", "ông", "bà", "anh", "chị", "cô", "thầy", "em", "cháu", "cụ", "mẹ", "đ/c",
              "BSCKII", "BSCKI", "BSCK II", "BSCK I", "BS", "BS.", "ThS.BS", "TS.BS", "BS.CKII", "BS.CKI", "bác sĩ", "Thạc sĩ", "Tiến sĩ", "TS", "ThS",
              "PGS", "GS", "PGS.TS", "GS.TS", "NSND", "NSƯT", "nhà giáo", "liệt sĩ",
              # honorary titles held, written before the name ("Thầy thuốc nhân dân X", "NGƯT Y")
              "nhà giáo nhân dân", "nhà giáo ưu tú", "thầy thuốc nhân dân", "thầy thuốc ưu tú", "nghệ sĩ nhân dân",
              "nghệ sĩ ưu tú", "nghệ nhân nhân dân", "nghệ nhân ưu tú", "NGND", "NGƯT", "TTND", "TTƯT", "NNND", "NNƯT",
              "Mẹ Việt Nam Anh hùng", "mẹ Việt Nam Anh hùng", "Bà mẹ Việt Nam Anh hùng", "bà mẹ Việt Nam Anh hùng",
              "Mẹ VNAH", "Bà mẹ VNAH", "Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng LLVTND", "Anh hùng Lao động",
              # occupations written before a name ("ngư dân Nguyễn Văn A")
              "ngư dân", "nông dân", "học sinh", "sinh viên", "giáo viên", "cô giáo", "thầy giáo", "nữ sinh",
              "cựu chiến binh", "thương binh", "đảng viên", "hội viên", "đoàn viên", "doanh nhân", "nghệ nhân",
              "người dân", "chiến sĩ", "cán bộ", "kỹ sư", "nhà báo", "công nhân", "già làng", "nghệ sĩ",
              "bác", "chú", "nhà văn", "vận động viên", "điều dưỡng", "y sĩ", "dược sĩ", "luật sư", "thuyền viên",
              "thuyền trưởng", "công an viên", "dân quân", "thí sinh", "huấn luyện viên", "nhân viên",
              # the arts and sport ("diễn viên múa X", "nhạc công Y", "HLV Z")
              "diễn viên", "diễn viên múa", "diễn viên chèo", "diễn viên tuồng", "diễn viên cải lương", "nhạc công",
              "đạo diễn", "ca sĩ", "nhạc sĩ", "họa sĩ", "nhà thơ", "nhiếp ảnh gia", "biên đạo", "HLV", "VĐV",
              "phóng viên", "biên tập viên", "nữ hộ sinh", "hộ sinh", "kỹ thuật viên", "quay phim", "lái xe", "tài xế",
              "quan trắc viên", "dự báo viên", "kiểm soát viên", "kiểm soát viên không lưu", "tiếp viên", "phi công", "giảng viên", "tuyên truyền viên", "hướng dẫn viên", "cộng tác viên",
              "tình nguyện viên", "giao dịch viên", "bưu tá",
              "hộ kinh doanh",  # (a household business is named after its owner: "hộ kinh doanh Trần Thị Gấm")
              "hộ lý", "lái tàu", "nhân viên nhà ga", "tân binh", "quân nhân",
              # religious dignitaries ("Linh mục X", "Hòa thượng Thích Y")
              "linh mục", "Linh mục", "mục sư", "Mục sư", "Hòa thượng", "Thượng tọa", "Đại đức", "Ni sư", "sư cô",
              "Ni trưởng", "Giám mục", "giám mục", "Achar", "achar", "Chức sắc", "chức sắc",  # (Achar: a Khmer pagoda's lay elder)
              "chiến sĩ dân quân", "dân quân tự vệ", "người có uy tín", "Người có uy tín")


# levels of administrative units, as written before a unit's name
LOCALITY_WORDS = {
    "tỉnh": "tỉnh", "thành phố": "thành phố", "huyện": "huyện", "quận": "quận",
    "thị xã": "thị xã", "xã": "xã", "phường": "phường", "thị trấn": "thị trấn",
    "đặc khu": "đặc khu",  # island districts made communes' peers in 2025 ("đặc khu Phú Quốc")
}


@dataclass(frozen=True)
class TitleInfo:
    pref: str
    needs_org: bool
    office: str | None = None  # a one-holder office's full name, from an altLabel: "Thủ tướng Chính phủ"


@dataclass(frozen=True)
class AwardInfo:
    pref: str
    has_classes: bool
    conferred_by: str | None = None  # the grantor by law, when the article names none
    fixed: bool = False  # the grantor by law whoever the article says gives it (tk:conferrerFixed)
    held: bool = False  # a title its holders are named by (tk:titleHeld): mentioned without a giving verb, held


@dataclass(eq=False)  # hashed by identity: caches key on the one loaded lexicon
class Lexicon:
    ranks: SeqIndex  # value: preferred label
    titles: SeqIndex  # value: TitleInfo
    awards: SeqIndex  # value: AwardInfo
    award_classes: dict[str, str]  # "nhất" -> "hạng Nhất"
    event_types: SeqIndex  # value: preferred label
    org_heads: SeqIndex  # value: head label
    national_orgs: SeqIndex  # value: canonical name
    local_units: dict[str, str]  # canonical name -> what its unit in a province is named before the province
    renamed: dict[str, tuple[str, str]]  # a renamed body's old canonical name -> (its new one, the month since: "2025-04")
    local_unit_names: SeqIndex  # those names, to read "Viễn thông Quảng Ninh" written so
    honorifics: SeqIndex
    stops: SeqIndex
    non_stops: SeqIndex
    not_orgs: SeqIndex
    sectors: SeqIndex  # "Y tế", "Giáo dục và Đào tạo": what follows "Sở"
    field_words: frozenset[tuple[str, str]]  # ("lâm", "nghiệp"): a field's word, written "Lâm nghiệp"
    movement_names: tuple[str, ...]  # national movements' names (and variants), longest first
    gazetteer: Any
    localities: SeqIndex
    abbreviations: dict[str, str]
    provinces: dict[str, Any]  # name/alt (lower) -> gazetteer unit
    province_index: SeqIndex  # value: unit
    district_index: SeqIndex  # value: list of units
    surnames: frozenset[str]
    baptismal_names: frozenset[str]  # "Phêrô" in "Linh mục Phêrô Vũ Đình Khải": not part of the name
    regions: SeqIndex  # regions named with lower-case words: "Đồng bằng sông Cửu Long"


def _field_words(names: list[str]) -> frozenset[tuple[str, str]]:
    """The two-syllable words of fields ("Tài chính", "Nông nghiệp") as lower-case pairs."""
    out = set()
    for name in names:
        syl = name.replace(",", " ").split()
        # "Công nghệ thông tin": every word after a capitalised one, up to the next capital
        inside = False
        for a, b in zip(syl, syl[1:]):
            inside = a[0].isupper() or (inside and a[0].islower())
            if inside and b[0].islower() and b not in ("và", "-"):
                out.add((a.lower(), b))
    return frozenset(out)


def _root() -> Path:
    from .. import paths

    return paths.ONTOLOGY_DIR if isinstance(paths.ONTOLOGY_DIR, Path) else Path(paths.ONTOLOGY_DIR)


@cache  # (each gazetteer file is read once, whatever is taken from it)
def _quads(path: Path) -> tuple[Any, ...]:  # (pyoxigraph quads, read as the parser gives them)
    return tuple(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


def _labels(path: Path, predicate: str = SKOS_ALT) -> dict[str, list[str]]:
    """canonical rdfs:label@vi -> its altLabels@vi (or other values@vi of `predicate`), for a gazetteer file."""
    labels: dict[str, str] = {}
    alts: dict[str, list[str]] = {}
    for q in _quads(path):
        if not isinstance(q.object, ox.Literal) or q.object.language != "vi":
            continue
        s = q.subject.value
        if q.predicate.value == RDFS_LABEL:
            labels[s] = q.object.value
        elif q.predicate.value == predicate:
            alts.setdefault(s, []).append(q.object.value)
    return {lab: alts.get(s, []) for s, lab in labels.items()}


def _renamed(path: Path) -> dict[str, tuple[str, str]]:
    """Old canonical name -> (new canonical name, "YYYY-MM" of its tk:validTo), for the bodies a gazetteer
    file says were renamed (dcterms:isReplacedBy)."""
    label: dict[str, str] = {}
    until: dict[str, str] = {}
    by: dict[str, str] = {}
    for q in _quads(path):
        s, p, o = q.subject.value, q.predicate.value, q.object
        if p == RDFS_LABEL and isinstance(o, ox.Literal) and o.language == "vi":
            label[s] = o.value
        elif p == TK_VALID_TO:
            until[s] = o.value[:7]
        elif p == DCT_REPLACED_BY:
            by[s] = o.value
    return {label[s]: (label[new], until[s]) for s, new in by.items() if s in until and s in label and new in label}


def _concept_labels(vocab, scheme: str):
    for c in vocab.concepts(scheme):
        yield c, (c.pref_vi, *c.alt_vi)


@cache
def _word_list(path: Path) -> list[str]:
    """The lines of a word list (gazetteer/*.txt), without comments and blank lines."""
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


@cache  # one lexicon per process: caches key on it, and loading it takes ~20 ms an article otherwise
def load_lexicon() -> Lexicon:
    from ..gazetteer import load_gazetteer
    from ..vocab import load_vocabulary

    vocab = load_vocabulary()
    gaz = load_gazetteer()
    root = _root()

    ranks = {lab: c.pref_vi for c, labs in _concept_labels(vocab, "rank") for lab in labs}
    def office(pref: str, labs) -> str | None:
        return next((lab for lab in labs if lab.startswith(pref + " ")), None)

    titles = {
        lab: TitleInfo(c.pref_vi, bool(c.flags.get("needsOrganisation", True)),
                       None if c.flags.get("needsOrganisation", True) else office(c.pref_vi, labs))
        for c, labs in _concept_labels(vocab, "title")
        for lab in labs
    }
    by_iri = {c.iri: c for c in vocab.concepts("award-kind")}

    def conferred_by(c):
        seen = set()
        while c is not None and c.iri not in seen:
            if c.conferred_by:
                return c.conferred_by
            seen.add(c.iri)
            c = next((by_iri[b] for b in c.broader if b in by_iri), None)
        return None

    def inherited(c, flag: str) -> bool:
        seen = set()
        while c is not None and c.iri not in seen:
            if flag in c.flags:
                return bool(c.flags[flag])
            seen.add(c.iri)
            c = next((by_iri[b] for b in c.broader if b in by_iri), None)
        return False

    awards = {
        lab: AwardInfo(c.pref_vi, bool(c.flags.get("hasClasses", False)), conferred_by(c),
                       bool(c.flags.get("conferrerFixed", False)), inherited(c, "titleHeld"))
        for c, labs in _concept_labels(vocab, "award-kind")
        for lab in labs
    }
    classes = {}
    for c, labs in _concept_labels(vocab, "award-class"):
        for lab in labs:
            classes[lab.lower().replace("hạng ", "").strip()] = c.pref_vi
    events = {lab: c.pref_vi for c, labs in _concept_labels(vocab, "event-type") for lab in labs}
    heads = {lab: c.pref_vi for c, labs in _concept_labels(vocab, "organisation-type") for lab in labs}

    national = {}
    for canon, alts in _labels(root / "gazetteer" / "organisations.ttl").items():
        for lab in (canon, *alts):
            national[lab] = canon
    local_units = {canon: names[0] for canon, names in
                   _labels(root / "gazetteer" / "organisations.ttl", TK_LOCAL_UNIT).items() if names}

    provinces: dict[str, Any] = {}
    for name, unit in gaz.province_names().items():
        provinces[name.lower()] = unit
    districts: dict[str, list] = {}
    for unit in gaz.districts():
        districts.setdefault(unit.name, []).append(unit)

    surnames = frozenset(_word_list(root / "gazetteer" / "surnames.txt"))
    regions = _word_list(root / "gazetteer" / "regions.txt")
    baptismal = frozenset(_word_list(root / "gazetteer" / "baptismal-names.txt"))
    return Lexicon(
        ranks=SeqIndex(ranks, case=True),
        titles=SeqIndex(titles, case=True),
        awards=SeqIndex(awards),
        award_classes=classes,
        event_types=SeqIndex(events),
        org_heads=SeqIndex(heads, case=True),
        national_orgs=SeqIndex(national, case=True),
        local_units=local_units,
        renamed=_renamed(root / "gazetteer" / "organisations.ttl"),
        local_unit_names=SeqIndex({name: canon for canon, name in local_units.items()}, case=True),
        honorifics=SeqIndex({h: h for h in HONORIFICS}),
        baptismal_names=baptismal,
        stops=SeqIndex({p.strip(): True for p in STOP_PHRASES + MORE_STOPS if p.strip()}),
        non_stops=SeqIndex({p: True for p in NON_STOP}),
        not_orgs=SeqIndex({p: True for p in NOT_ORGS}),
        sectors=SeqIndex({**{n[3:]: n[3:] for n in national.values() if n.startswith("Bộ ")},
                          **{n: n for n in PROVINCIAL_SECTORS}}, case=True),
        field_words=_field_words([n[3:] for n in national.values() if n.startswith("Bộ ")] + list(FIELDS)),
        movement_names=tuple(sorted((lab for _, labs in _concept_labels(vocab, "national-movement") for lab in labs),
                                    key=len, reverse=True)),
        gazetteer=gaz,
        localities=SeqIndex(LOCALITY_WORDS),
        abbreviations=dict(vocab.abbreviations),
        provinces=provinces,
        province_index=SeqIndex({n: u for n, u in gaz.province_names().items()}, case=True, every_word=True),
        district_index=SeqIndex(districts, case=True, every_word=True),
        surnames=surnames,
        regions=SeqIndex({r: r for r in regions}, case=True),
    )
