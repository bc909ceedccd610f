"""Text handling: normalisation, tone placement, quotes, sentences, abbreviations."""
from __future__ import annotations

import unicodedata

import pytest

from thidua_kg.extract.lexicon import load_lexicon
from thidua_kg.text.abbreviations import Expander, definitions, quoted_initialisms
from thidua_kg.text.normalize import canonical_tones, normalize_text
from thidua_kg.text.sentences import split_sentences


# -- normalisation -------------------------------------------------------------------

def test_nfd_input_becomes_nfc():
    nfc = "Ủy ban nhân dân tỉnh Quảng Ngãi khen thưởng đột xuất"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    out = normalize_text(nfd)
    assert out == nfc
    assert unicodedata.is_normalized("NFC", out)


def test_nfd_input_with_old_tone_placement():
    nfd = unicodedata.normalize("NFD", "Công an tỉnh Thanh Hoá")
    assert normalize_text(nfd) == "Công an tỉnh Thanh Hóa"


@pytest.mark.parametrize("old, new", [
    ("hoà", "hòa"),
    ("uỷ", "ủy"),
    ("Uỷ ban", "Ủy ban"),
    ("Thanh Hoá", "Thanh Hóa"),
    ("Hoà Bình", "Hòa Bình"),
    ("thuỷ lợi", "thủy lợi"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("toà án", "tòa án"),
    ("hoạ sĩ", "họa sĩ"),
    ("Khánh Hoà", "Khánh Hòa"),
])
def test_old_tone_placement_rewritten(old, new):
    assert canonical_tones(old) == new
    assert normalize_text(old) == new


@pytest.mark.parametrize("word", [
    "quý", "hoàng", "khuyến", "quả", "quỳ", "thuở", "hòa", "ủy", "Thanh Hóa", "hoạt động", "khoảng", "thuyền",
])
def test_new_or_closed_syllables_unchanged(word):
    assert canonical_tones(word) == word
    assert normalize_text(word) == word


@pytest.mark.parametrize("old, new", [
    ("Quỳnh Lưu, Hoà Bình", "Quỳnh Lưu, Hòa Bình"),  # q before one o/u, not before the next
    ("QUÝ", "QUÝ"), ("quả, hoà", "quả, hòa"),
    ("oà", "òa"),  # at the very start of the text
])
def test_q_rule_looks_at_the_letter_before_the_vowel(old, new):
    assert canonical_tones(old) == new


@pytest.mark.parametrize("raw, clean", [
    ("Sở  Nội vụ", "Sở Nội vụ"),
    ("Sở\u00a0Nội\tvụ", "Sở Nội vụ"),  # a single non-plain space is replaced too
    ("a \u2009 b", "a b"),
    ("một hai ba", "một hai ba"),
    # a page's text saved with its HTML entities
    ("Sở GD&amp;ĐT&nbsp;tỉnh Khánh Hòa", "Sở GD&ĐT tỉnh Khánh Hòa"),
    ("Công ty A&B; R&D", "Công ty A&B; R&D"),  # (no entity: left as it is)
])
def test_spaces_collapsed(raw, clean):
    assert normalize_text(raw) == clean


def test_tone_rewrite_keeps_length():
    text = "Uỷ ban nhân dân tỉnh Thanh Hoá tuyên dương phong trào hoà giải ở cơ sở"
    out = normalize_text(text)
    assert len(out) == len(text)
    assert out == "Ủy ban nhân dân tỉnh Thanh Hóa tuyên dương phong trào hòa giải ở cơ sở"


def test_straight_quotes_paired():
    out = normalize_text('Phong trào "Dân vận khéo" và mô hình "Đèn sáng đường quê" được nhân rộng.')
    assert out == "Phong trào “Dân vận khéo” và mô hình “Đèn sáng đường quê” được nhân rộng."
    assert '"' not in out


def test_quotes_paired_per_paragraph():
    out = normalize_text('Mô hình "Ngôi nhà an toàn.\nPhong trào "Tuổi trẻ sáng tạo" phát triển.')
    first, second = out.split("\n")
    assert first == "Mô hình “Ngôi nhà an toàn."
    assert second == "Phong trào “Tuổi trẻ sáng tạo” phát triển."


def test_guillemets_and_spaces():
    out = normalize_text("Cuộc vận động «Ngày vì người nghèo»   được\u00a0hưởng ứng  \r\nrộng rãi")
    assert out == "Cuộc vận động “Ngày vì người nghèo” được hưởng ứng\nrộng rãi"


def test_curly_quotes_left_alone():
    s = "Mô hình “Xóm đạo bình yên” hoạt động hiệu quả."
    assert normalize_text(s) == s


# -- sentences ---------------------------------------------------------------------

TEXT = (
    "Sáng 28.7, đoàn công tác của tỉnh đến làm việc tại TP. Pleiku. "
    "Tổng kinh phí thực hiện là 1.136 triệu đồng. "
    "Năm 2023, toàn tỉnh có 45 xã đạt chuẩn nông thôn mới!\n"
    "Đại biểu tặng hoa chúc mừng các điển hình tiên tiến. Ảnh: Minh Khoa\n"
    "Đoàn tiếp tục đến thăm TP.HCM. “Chúng tôi sẽ cố gắng hơn nữa.” Chị Hoa chia sẻ."
)


def test_sentence_offsets_match_text():
    sents = split_sentences(TEXT)
    assert sents
    for s in sents:
        assert TEXT[s.start:s.end] == s.text
        assert s.text == s.text.strip()
    starts = [s.start for s in sents]
    assert starts == sorted(starts)


def test_sentence_boundaries():
    texts = [s.text for s in split_sentences(TEXT)]
    assert texts[:3] == [
        "Sáng 28.7, đoàn công tác của tỉnh đến làm việc tại TP. Pleiku.",
        "Tổng kinh phí thực hiện là 1.136 triệu đồng.",
        "Năm 2023, toàn tỉnh có 45 xã đạt chuẩn nông thôn mới!",
    ]
    assert "Đoàn tiếp tục đến thăm TP.HCM." in texts


def test_no_split_after_tp_abbreviation():
    text = "Chiều 3-6, Hội Chữ thập đỏ TP. Đà Nẵng tổ chức trao quà. Các em rất vui."
    texts = [s.text for s in split_sentences(text)]
    assert texts == ["Chiều 3-6, Hội Chữ thập đỏ TP. Đà Nẵng tổ chức trao quà.", "Các em rất vui."]


@pytest.mark.parametrize("text, expected", [
    ("Thật sao?! Ông Nam trả lời.", ["Thật sao?!", "Ông Nam trả lời."]),
    ("Còn nhiều việc... Năm tới sẽ làm tiếp.", ["Còn nhiều việc...", "Năm tới sẽ làm tiếp."]),
    ("Ông nói: “Cảm ơn.” Hội nghị bế mạc.", ["Ông nói: “Cảm ơn.”", "Hội nghị bế mạc."]),
    ("Chủ trì là GS. Nguyễn Văn A và ThS. Trần Bình. Hội nghị bắt đầu.",
     ["Chủ trì là GS. Nguyễn Văn A và ThS. Trần Bình.", "Hội nghị bắt đầu."]),
    ("Ông Nguyễn Văn A. Hội nghị bắt đầu.", ["Ông Nguyễn Văn A. Hội nghị bắt đầu."]),  # an initial: no break
    ("Đến dự có ông HTP. Hội nghị bắt đầu.", ["Đến dự có ông HTP.", "Hội nghị bắt đầu."]),  # not "TP."
    # a list's items numbered within the line
    ("Bằng khen cho 2 tập thể, gồm: 1. Đài Vinh; 2. Đài Huế. Hội nghị bế mạc.",
     ["Bằng khen cho 2 tập thể, gồm: 1. Đài Vinh; 2. Đài Huế.", "Hội nghị bế mạc."]),
])
def test_sentence_ends(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize("number", ["28.7", "1.136", "2.500.000"])
def test_no_split_inside_numbers(number):
    text = f"Con số được ghi nhận là {number} trong báo cáo của huyện. Lãnh đạo huyện biểu dương."
    sents = split_sentences(text)
    assert len(sents) == 2
    assert number in sents[0].text


def test_paragraphs_numbered():
    sents = split_sentences(TEXT)
    assert [s.paragraph for s in sents][:3] == [0, 0, 0]
    assert max(s.paragraph for s in sents) == 2


def test_caption_paragraph_flagged():
    sents = split_sentences(TEXT)
    caption = [s for s in sents if s.paragraph == 1]
    assert caption and all(s.caption for s in caption)
    assert not any(s.caption for s in sents if s.paragraph != 1)


def test_single_caption_line():
    text = "Thượng tá Lò Văn Sơn trao Giấy khen cho các tập thể. Ảnh: Hải Yến\n\nHội nghị kết thúc tốt đẹp."
    sents = split_sentences(text)
    flags = {s.text: s.caption for s in sents}
    assert flags["Hội nghị kết thúc tốt đẹp."] is False
    assert any(c for t, c in flags.items() if "Ảnh:" in t)
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_blank_lines_and_empty_text():
    assert split_sentences("") == []
    assert split_sentences("\n\n  \n") == []
    text = "\n\nMột câu ngắn.\n\n\nHai câu. Ba câu.\n"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Một câu ngắn.", "Hai câu.", "Ba câu."]
    for s in sents:
        assert text[s.start:s.end] == s.text


# -- abbreviations -----------------------------------------------------------------

@pytest.fixture(scope="module")
def expander() -> Expander:
    return Expander(load_lexicon().abbreviations)


@pytest.mark.parametrize("short, full", [
    ("UBND tỉnh Sơn La", "Ủy ban nhân dân tỉnh Sơn La"),
    ("HĐND huyện Mộc Châu", "Hội đồng nhân dân huyện Mộc Châu"),
    ("đoàn công tác của TP.HCM", "đoàn công tác của thành phố Hồ Chí Minh"),
    ("Sở GD&ĐT tỉnh Điện Biên", "Sở Giáo dục và Đào tạo tỉnh Điện Biên"),
    ("Phó Chủ tịch UBND TP. Vinh", "Phó Chủ tịch Ủy ban nhân dân thành phố Vinh"),
    # the city and the town written with one capital, as many portals do
    ("Ủy ban MTTQ Việt Nam Tp. Uông Bí", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Uông Bí"),
    ("UBND Tx. Sơn Tây", "Ủy ban nhân dân thị xã Sơn Tây"),
    ("phong trào Toàn dân bảo vệ ANTQ", "phong trào Toàn dân bảo vệ an ninh Tổ quốc"),
    # offices and bodies as short notices write them
    ("đ/c Lê Văn A - PCT UBND tỉnh; đ/c Lê Thị B - UV BTV TU, CT UB MTTQ VN tỉnh",
     "đ/c Lê Văn A - Phó Chủ tịch Ủy ban nhân dân tỉnh; đ/c Lê Thị B - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban "
     "Mặt trận Tổ quốc Việt Nam tỉnh"),
    # not the codes of a document's number
    ("Chỉ thị số 05-CT/TW của Bộ Chính trị", "Chỉ thị số 05-CT/TW của Bộ Chính trị"),
])
def test_known_abbreviations_expanded(expander, short, full):
    assert expander.expand(short) == full


def test_abbreviation_inside_word_not_expanded(expander):
    # "UBNDX" is not "UBND" (a long abbreviation in lower case is one: test_long_abbreviations_written_in_lower_case)
    assert expander.expand("mã UBNDX") == "mã UBNDX"
    assert expander.expand("tp") == "tp"  # a short one in lower case is not


@pytest.mark.parametrize("text", ["MUBND", "X&UBND", "2UBND", "UBNDA", "mubnd", "ubnda"])
def test_abbreviation_glued_to_a_word_not_expanded(expander, text):
    assert expander.for_text(text).expand(text) == text


def test_abbreviations_at_start_after_punctuation_and_repeated(expander):
    assert expander.expand("UBND, HĐND (MTTQ)") == "Ủy ban nhân dân, Hội đồng nhân dân (Mặt trận Tổ quốc)"
    assert expander.expand("UBND UBND") == "Ủy ban nhân dân Ủy ban nhân dân"


def test_in_text_definition():
    text = "Bộ Chỉ huy Quân sự (CHQS) tỉnh Lai Châu tổ chức hội nghị. Bộ CHQS tỉnh đã biểu dương 20 tập thể."
    defs, rest = definitions(text)
    assert defs == {"CHQS": "Chỉ huy Quân sự"}
    assert "(CHQS)" not in rest
    assert rest.startswith("Bộ Chỉ huy Quân sự tỉnh Lai Châu tổ chức hội nghị.")
    out = Expander({}).with_definitions(defs).expand(rest)
    assert out == "Bộ Chỉ huy Quân sự tỉnh Lai Châu tổ chức hội nghị. Bộ Chỉ huy Quân sự tỉnh đã biểu dương 20 tập thể."


def test_definition_with_ampersand():
    defs, rest = definitions("Sở Lao động - Thương binh và Xã hội, Sở Văn hóa và Thể thao (VH&TT) tỉnh Yên Bái")
    assert defs == {"VH&TT": "Văn hóa và Thể thao"}
    assert rest == "Sở Lao động - Thương binh và Xã hội, Sở Văn hóa và Thể thao tỉnh Yên Bái"


def test_new_abbreviation_defined_in_text():
    text = "Hội Cựu chiến binh (CCB) xã Tân Lập có 120 hội viên. Hội CCB xã tích cực tham gia phong trào."
    defs, rest = definitions(text)
    assert defs == {"CCB": "Cựu chiến binh"}
    out = Expander({}).with_definitions(defs).expand(rest)
    assert "Hội Cựu chiến binh xã Tân Lập" in out
    assert "Hội Cựu chiến binh xã tích cực" in out


def test_an_abbreviation_of_a_companys_field_names_the_company():
    defs, _ = definitions("Tổng công ty Đường sắt Việt Nam (ĐSVN) tổ chức hội nghị. Về phía ĐSVN có ông A.")
    assert defs == {"ĐSVN": "Tổng công ty Đường sắt Việt Nam"}


def test_parenthesis_that_is_not_a_definition_kept():
    text = "Ủy ban nhân dân (XYZ) tỉnh tổ chức hội nghị."
    defs, rest = definitions(text)
    assert defs == {}
    assert rest == text


def test_with_definitions_keeps_known(expander):
    e = expander.with_definitions({"CCB": "Cựu chiến binh"})
    assert e.expand("Hội CCB và UBND xã") == "Hội Cựu chiến binh và Ủy ban nhân dân xã"
    assert expander.with_definitions({}) is expander


def test_an_abbreviated_body_of_a_place_is_named_capitalised():
    e = Expander({"LLVT": "lực lượng vũ trang"}, names=frozenset({"Lực lượng vũ trang"}))
    assert e.expand("LLVT thành phố được tặng Cờ thi đua") == "Lực lượng vũ trang thành phố được tặng Cờ thi đua"
    assert e.expand("các LLVT trên địa bàn") == "các lực lượng vũ trang trên địa bàn"
    assert e.with_definitions({"BCĐ": "Ban Chỉ đạo"}).expand("LLVT tỉnh") == "Lực lượng vũ trang tỉnh"


@pytest.mark.parametrize("credit", ["Tin, ảnh: Quang Đạo", "Bài và ảnh: Lê Hà", "Tin bài, ảnh: Minh Thu"])
def test_credit_lines_are_captions(credit):
    sents = split_sentences(f"Sáng 5/6, Công an tỉnh tổ chức hội nghị.\n{credit}")
    assert [s.caption for s in sents] == [False, True]


@pytest.mark.parametrize("text, expected", [
    ("UBND P. Tân Ninh", "Ủy ban nhân dân phường Tân Ninh"),
    ("công nhân ở Q. Tân Bình", "công nhân ở quận Tân Bình"),
    ("Khu phố 3, P. 5, Q. 10", "Khu phố 3, phường 5, quận 10"),
    ("bắt giữ Nguyễn Văn P. Tại cơ quan", "bắt giữ Nguyễn Văn P. Tại cơ quan"),  # a withheld name
    ("Lê Thị Ánh P. (SN 1990)", "Lê Thị Ánh P. (SN 1990)"),
])
def test_one_letter_levels(expander, text, expected):
    assert expander.expand(text) == expected


def test_lines_in_capitals_are_not_read():
    sents = split_sentences("THANH HÓA KHEN THƯỞNG CÁC VẬN ĐỘNG VIÊN\n\nSáng 2/6, UBND tỉnh tổ chức lễ.\n\nTHANH HẢI - QUỲNH ANH")
    assert [s.caption for s in sents] == [True, False, True]


def test_a_list_items_number_starts_its_sentence():
    text = "Các công trình gồm:\n1. “Giải pháp A” của Công ty X.\nII. Khen thưởng\nNăm 2024 đạt 5 giải. Còn lại."
    assert [s.text for s in split_sentences(text)] == [
        "Các công trình gồm:", "1. “Giải pháp A” của Công ty X.", "II. Khen thưởng", "Năm 2024 đạt 5 giải.", "Còn lại."]


def test_a_caption_run_into_a_paragraph_is_only_its_last_sentences():
    text = ("Hội tặng quà. Thừa ủy quyền, ông An trao Kỷ niệm chương cho ông Bình. Ông Cường trao quà cho hội viên. "
            "Ảnh: Phu Thị Mai\nLãnh đạo tỉnh trao Bằng khen cho các tập thể. Ảnh: Minh Anh")
    assert [(s.text[:12], s.caption) for s in split_sentences(text)] == [
        ("Hội tặng quà", False), ("Thừa ủy quyề", False), ("Ông Cường tr", True), ("Ảnh: Phu Thị", True),
        ("Lãnh đạo tỉn", True), ("Ảnh: Minh An", True)]


def test_a_units_number_with_its_letter_is_one_token():
    from thidua_kg.extract.tokens import tokenize
    assert [t.text for t in tokenize("Quân y 7A, 12B và 2.000 người, 19/8/2025")] == [
        "Quân", "y", "7A", ",", "12B", "và", "2.000", "người", ",", "19/8/2025"]


def test_a_degree_written_with_a_dot_before_a_name_ends_no_sentence():
    from thidua_kg.text.sentences import split_sentences
    text = "Dự có các Phó Giám đốc Sở: ThS. Võ Thị Hồng Vân, BSCKII. Hồ Sỹ Lương và TTƯT. Lê Văn An. Hội nghị bế mạc."
    assert [s.text for s in split_sentences(text)] == [
        "Dự có các Phó Giám đốc Sở: ThS. Võ Thị Hồng Vân, BSCKII. Hồ Sỹ Lương và TTƯT. Lê Văn An.",
        "Hội nghị bế mạc."]


def test_long_abbreviations_written_in_lower_case_are_expanded_too():
    from thidua_kg.extract.pipeline import _expander
    text = "đại diện ubnd xã An Bình và hđnd huyện"
    assert _expander().for_text(text).expand(text) == "đại diện Ủy ban nhân dân xã An Bình và Hội đồng nhân dân huyện"
    assert _expander().for_text("UBND xã") is _expander()  # (an article without any: the one expander)


def test_the_fronts_committees_are_named_with_the_country():
    from thidua_kg.extract.pipeline import _expander
    assert _expander().expand("Chủ tịch Ủy ban MTTQ phường Tân Giang và Ủy ban MTTQ Việt Nam tỉnh") == \
        "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường Tân Giang và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"


def test_a_quoted_name_written_later_by_its_initials():
    text = ("Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện tổng kết. Ông A, Phó Trưởng ban "
            "BCĐ phong trào TDĐKXDĐSVH tỉnh dự. Mô hình “Thôn không rác thải sinh hoạt” được nhân rộng.")
    assert quoted_initialisms(text) == {"TDĐKXDĐSVH": "Toàn dân đoàn kết xây dựng đời sống văn hóa"}


def test_an_abbreviation_of_two_joined_by_va():
    defs, _ = definitions("ông A, Trưởng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn (PCTT và TKCN) tỉnh.")
    assert defs == {"PCTT và TKCN": "Phòng chống thiên tai và Tìm kiếm cứu nạn"}
