"""Persons, ranks and positions as the genre writes them."""
from __future__ import annotations

import pytest

from helpers import assert_evidence_ok, norm, norms, org_names, person, person_names, positions, run


def test_rank_and_several_positions_after_name():
    f = run(
        "Sáng 17-5, Công an tỉnh Nghệ An tổ chức Hội nghị sơ kết phong trào thi đua. "
        "Dự hội nghị có Thiếu tướng Trần Văn Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh."
    )
    p = person(f, "Trần Văn Lâm")
    assert p is not None
    assert p.rank == "Thiếu tướng"
    pos = positions(p)
    assert (norm("Giám đốc"), norm("Công an tỉnh Nghệ An")) in pos
    assert (norm("Ủy viên Ban Thường vụ"), norm("Tỉnh ủy Nghệ An")) in pos
    assert_evidence_ok(f)


def test_title_before_name():
    f = run("Chiều 9-5, Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình dẫn đầu đoàn công tác kiểm tra tại huyện Quỳ Hợp, tỉnh Nghệ An.")
    p = person(f, "Nguyễn Văn Bình")
    assert p is not None
    assert p.rank is None
    assert positions(p) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân tỉnh Nghệ An"))}
    assert_evidence_ok(f)


def test_dash_form():
    f = run(
        "Chiều 20-5, UBND huyện Yên Thành tổ chức Lễ kỷ niệm 60 năm thành lập huyện. "
        "Tham dự có ông Lê Hữu Cường - Chủ tịch UBND huyện Yên Thành."
    )
    p = person(f, "Lê Hữu Cường")
    assert p is not None
    assert (norm("Chủ tịch"), norm("Ủy ban nhân dân huyện Yên Thành")) in positions(p)
    assert_evidence_ok(f)


def test_dong_chi_list_with_semicolons():
    f = run(
        "Ngày 8/5, Công an tỉnh Thanh Hóa tổ chức Hội nghị sơ kết công tác. "
        "Tham dự có các đồng chí: Đại tá Phạm Quang Huy, Phó Giám đốc Công an tỉnh; "
        "Thượng tá Hoàng Minh Đức, Trưởng phòng Cảnh sát hình sự; bà Đỗ Thị Mai, Phó Chủ tịch UBND tỉnh."
    )
    assert {norm("Phạm Quang Huy"), norm("Hoàng Minh Đức"), norm("Đỗ Thị Mai")} <= person_names(f)
    huy = person(f, "Phạm Quang Huy")
    assert huy.rank == "Đại tá"
    assert positions(huy) == {(norm("Phó Giám đốc"), norm("Công an tỉnh Thanh Hóa"))}
    duc = person(f, "Hoàng Minh Đức")
    assert duc.rank == "Thượng tá"
    assert positions(duc) == {(norm("Trưởng phòng"), norm("Phòng Cảnh sát hình sự Công an tỉnh Thanh Hóa"))}
    mai = person(f, "Đỗ Thị Mai")
    assert mai.rank is None
    assert positions(mai) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân tỉnh Thanh Hóa"))}
    assert_evidence_ok(f)


def test_shared_title_before_colon():
    f = run(
        "Sáng 12-5, Công an tỉnh Quảng Bình tổ chức Hội nghị triển khai nhiệm vụ. "
        "Tham dự có các Phó Giám đốc Công an tỉnh: Đại tá Ngô Văn Dũng, Đại tá Bùi Quốc Khánh."
    )
    for name in ("Ngô Văn Dũng", "Bùi Quốc Khánh"):
        p = person(f, name)
        assert p is not None, name
        assert p.rank == "Đại tá"
        assert positions(p) == {(norm("Phó Giám đốc"), norm("Công an tỉnh Quảng Bình"))}
    assert_evidence_ok(f)


def test_titles_before_name_with_rank():
    f = run(
        "Sáng 3-5, Bộ Chỉ huy Quân sự tỉnh Hà Giang tổ chức Hội nghị tổng kết. "
        "Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Đại tá Vàng Seo Lử chủ trì hội nghị."
    )
    p = person(f, "Vàng Seo Lử")
    assert p is not None
    assert p.rank == "Đại tá"
    assert (norm("Chỉ huy trưởng"), norm("Bộ Chỉ huy Quân sự tỉnh Hà Giang")) in positions(p)
    assert_evidence_ok(f)


def test_later_mentions_do_not_duplicate():
    f = run(
        "Sáng 17-5, Công an tỉnh Nghệ An tổ chức Hội nghị tổng kết phong trào Toàn dân bảo vệ an ninh Tổ quốc. "
        "Dự hội nghị có Thiếu tướng Trần Văn Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh. "
        "Phát biểu tại hội nghị, Giám đốc Công an tỉnh Trần Văn Lâm ghi nhận kết quả đạt được. "
        "Thiếu tướng Lâm đề nghị các đơn vị tiếp tục đổi mới nội dung phong trào."
    )
    lams = [p for p in f.persons if "lam" in norm(p.name).split()]
    assert len(lams) == 1, [p.name for p in f.persons]
    assert norm(lams[0].name) == norm("Trần Văn Lâm")
    assert norm("Lâm") not in person_names(f)
    assert_evidence_ok(f)


def test_given_name_alone_without_antecedent_ignored():
    f = run("Đại tá Hùng cho biết năm nay đơn vị có nhiều đổi mới.")
    assert norm("Hùng") not in person_names(f)


def test_honorific_ba_and_list_with_va():
    f = run(
        "Sáng 5-5, Hội Liên hiệp Phụ nữ tỉnh Kon Tum tổ chức Hội nghị biểu dương phụ nữ tiêu biểu. "
        "Tham dự có bà Y Thị Blong, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh và bà Nguyễn Thị Hạnh, Phó Chủ tịch UBND tỉnh Kon Tum."
    )
    assert {norm("Nguyễn Thị Hạnh")} <= person_names(f)
    p = person(f, "Nguyễn Thị Hạnh")
    assert (norm("Phó Chủ tịch"), norm("Ủy ban nhân dân tỉnh Kon Tum")) in positions(p)
    assert_evidence_ok(f)


def test_each_person_once_and_evidence_real():
    text = (
        "Chiều 22-5, UBND tỉnh Phú Thọ tổ chức Hội nghị tổng kết phong trào thi đua. "
        "Đồng chí Bùi Văn Quang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị. "
        "Chủ tịch UBND tỉnh Bùi Văn Quang trao Bằng khen cho các tập thể."
    )
    f = run(text)
    names = [norm(p.name) for p in f.persons]
    assert names.count(norm("Bùi Văn Quang")) == 1
    p = person(f, "Bùi Văn Quang")
    assert (norm("Chủ tịch"), norm("Ủy ban nhân dân tỉnh Phú Thọ")) in positions(p)
    assert (norm("Phó Bí thư"), norm("Tỉnh ủy Phú Thọ")) in positions(p)
    assert_evidence_ok(f)


def test_dash_form_with_party_title_resolved():
    f = run(
        "Sáng 4-5, UBND huyện Đô Lương tổ chức Hội nghị biểu dương điển hình tiên tiến. "
        "Tham dự có ông Phan Đình Tứ - Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện Đô Lương."
    )
    p = person(f, "Phan Đình Tứ")
    assert p is not None
    assert (norm("Chủ tịch"), norm("Ủy ban nhân dân huyện Đô Lương")) in positions(p)
    assert (norm("Ủy viên Ban Thường vụ"), norm("Huyện ủy Đô Lương")) in positions(p)


def test_honorific_and_given_name_later():
    f = run(
        "Sáng 4-5, Công an tỉnh Nghệ An tổ chức Hội nghị sơ kết. "
        "Dự có Đại tá Nguyễn Đức Hải, Phó Giám đốc Công an tỉnh. "
        "Đồng chí Hải đánh giá cao kết quả phong trào Toàn dân bảo vệ an ninh Tổ quốc."
    )
    assert person_names(f) == {norm("Nguyễn Đức Hải")}


def test_second_person_title_without_full_org():
    f = run(
        "Ông Hoàng Văn Nam, Chủ tịch Hội Nông dân tỉnh Yên Bái và bà Lò Thị Hoa, Phó Chủ tịch Hội cùng trao thưởng."
    )
    hoa = person(f, "Lò Thị Hoa")
    assert positions(hoa) == {(norm("Phó Chủ tịch"), norm("Hội Nông dân tỉnh Yên Bái"))}


def test_title_in_parentheses_and_rank_before_academic_title():
    f = run("Dự Đại hội có ông Trần Phong (Phó Chủ tịch UBND tỉnh Quảng Bình), Thiếu tướng, PGS.TS Lê Văn Quy, "
            "Giám đốc Công an tỉnh Quảng Bình.", published="2024-11")
    assert positions(person(f, "Trần Phong")) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân tỉnh Quảng Bình"))}
    quy = person(f, "Lê Văn Quy")
    assert quy.rank == "Thiếu tướng"
    assert positions(quy) == {(norm("Giám đốc"), norm("Công an tỉnh Quảng Bình"))}


def test_title_without_organisation_takes_the_article_ministry():
    f = run("Sáng 2/10, Bộ Lao động - Thương binh và Xã hội tổ chức Hội nghị biểu dương. Bộ trưởng Đào Văn Dũng "
            "chủ trì hội nghị.", published="2024-10")
    assert positions(person(f, "Đào Văn Dũng")) == {(norm("Bộ trưởng"), norm("Bộ Lao động - Thương binh và Xã hội"))}


def test_en_dash_list_items_with_several_titles():
    # list items written "Name – Title, Title" with an en dash (U+2013), not a hyphen
    f = run(
        "Sáng 12/3, UBND tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác thi đua. "
        "Dự hội nghị có các đồng chí: Trần Quốc Hưng – Phó Chủ tịch UBND tỉnh; "
        "Lê Thị Thu – Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy."
    )
    hung = person(f, "Trần Quốc Hưng")
    assert hung is not None
    assert positions(hung) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân tỉnh Quảng Bình"))}
    thu = person(f, "Lê Thị Thu")
    assert thu is not None
    assert (norm("Trưởng ban"), norm("Ban Dân vận Tỉnh ủy Quảng Bình")) in positions(thu)
    assert (norm("Ủy viên Ban Thường vụ"), norm("Tỉnh ủy Quảng Bình")) in positions(thu)
    assert_evidence_ok(f)


@pytest.mark.parametrize("title, written, org", [
    ("Phó Cục trưởng", "Cục Công tác đảng và công tác chính trị, Bộ Công an",
     "Cục Công tác đảng và công tác chính trị Bộ Công an"),
    ("Phó Cục trưởng", "Cục Công tác đảng và công tác chính trị (Bộ Công an)",
     "Cục Công tác đảng và công tác chính trị Bộ Công an"),
    ("Đội trưởng", "Đội Cảnh sát giao thông, Công an huyện Gio Linh",
     "Đội Cảnh sát giao thông Công an huyện Gio Linh"),
])
def test_unit_with_its_parent_after_a_comma(title, written, org):
    # a sub-unit's parent body written after it; without it the article's own police would be guessed
    f = run("Sáng 14/10, Công an tỉnh Quảng Trị tổ chức Hội nghị tổng kết phong trào thi đua. "
            f"Tham dự có Đại tá Trần Quốc Bảo, {title} {written}; ông Lê Văn Hùng, Giám đốc Sở Nội vụ.")
    assert positions(person(f, "Trần Quốc Bảo")) == {(norm(title), norm(org))}
    assert (norm("Giám đốc"), norm("Sở Nội vụ tỉnh Quảng Trị")) in positions(person(f, "Lê Văn Hùng"))
    assert_evidence_ok(f)


def test_comma_after_a_unit_that_has_its_parent_is_a_list():
    f = run("Sáng 14/10, Công an tỉnh Quảng Trị tổ chức Hội nghị. Dự có ông Trần Quốc Bảo, Trưởng phòng Phòng "
            "Cảnh sát hình sự Công an tỉnh Quảng Trị, Bộ Công an đánh giá cao kết quả.")
    assert positions(person(f, "Trần Quốc Bảo")) == {(norm("Trưởng phòng"), norm("Phòng Cảnh sát hình sự Công an tỉnh Quảng Trị"))}


def test_co_chairing_verb_is_not_part_of_the_organisation():
    f = run("Sáng 12/12, Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức Hội nghị tổng kết công tác năm 2025. "
            "Phó Giám đốc Sở Y tế Hà Thị Lan; ông Nguyễn Văn Phúc, Giám đốc Bệnh viện đồng chủ trì hội nghị. "
            "Tại hội nghị, Bệnh viện được trao Cờ thi đua của UBND tỉnh.")
    assert positions(person(f, "Nguyễn Văn Phúc")) == {(norm("Giám đốc"), norm("Bệnh viện Đa khoa tỉnh Phú Thọ"))}
    assert [a.recipients for a in f.awards] == [("Bệnh viện Đa khoa tỉnh Phú Thọ",)]


def test_rank_after_the_honorific():
    f = run("Sáng 12/3, Công an tỉnh Gia Lai tổ chức Hội nghị sơ kết. Dự hội nghị có đồng chí Thiếu tướng "
            "Rah Lan Chung, Giám đốc Công an tỉnh; đồng chí Đại tá Lê Văn Tám.")
    assert person(f, "Rah Lan Chung").rank == "Thiếu tướng"
    assert person(f, "Lê Văn Tám").rank == "Đại tá"


def test_head_of_nha_truong_capitalised_is_the_school():
    f = run("Sáng 12/3, Trường Đại học Vinh tổ chức Lễ khai giảng. PGS.TS Nguyễn Huy Bằng, Hiệu trưởng "
            "Nhà trường phát biểu.")
    assert positions(person(f, "Nguyễn Huy Bằng")) == {(norm("Hiệu trưởng"), norm("Trường Đại học Vinh"))}


@pytest.mark.parametrize("text, name, expected", [
    ("Dự có ông Hồ Đức Phớc, nguyên Bộ trưởng Bộ Tài chính.", "Hồ Đức Phớc", ("nguyên Bộ trưởng", "Bộ Tài chính")),
    ("Dự có Đại tá Lù Văn Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, nguyên Giám đốc Công an tỉnh Lào Cai.",
     "Lù Văn Sinh", ("nguyên Giám đốc", "Công an tỉnh Lào Cai")),
    ("Dự có nguyên Chủ tịch UBND tỉnh Nghệ An Nguyễn Xuân Đường.", "Nguyễn Xuân Đường",
     ("nguyên Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")),
    # an honorary title before the name is neither a name nor an award
    ("Dự có Thầy thuốc nhân dân Đỗ Hữu Tường, nguyên Giám đốc Bệnh viện Nhi Thanh Hóa.", "Đỗ Hữu Tường",
     ("nguyên Giám đốc", "Bệnh viện Nhi Thanh Hóa")),
])
def test_a_former_post_keeps_nguyen(text, name, expected):
    f = run(f"Sáng 12/3, Sở Nội vụ tỉnh Nghệ An tổ chức Lễ kỷ niệm. {text}")
    assert (norm(expected[0]), norm(expected[1])) in positions(person(f, name))
    assert not f.awards


@pytest.mark.parametrize("text, name, expected", [
    ("BSCKII Trịnh Văn Khôi, Giám đốc Bệnh viện Đa khoa tỉnh, kiêm Phó Chủ tịch Hội Y học tỉnh cho biết.",
     "Trịnh Văn Khôi", {("Giám đốc", "Bệnh viện Đa khoa tỉnh Thanh Hóa"), ("Phó Chủ tịch", "Hội Y học tỉnh Thanh Hóa")}),
    ("PGS.TS Lê Thị Bích Vân, Trưởng khoa Huyết học - Truyền máu, Bệnh viện Đa khoa tỉnh được phong tặng danh hiệu "
     "Thầy thuốc Nhân dân.", "Lê Thị Bích Vân",
     {("Trưởng khoa", "Khoa Huyết học - Truyền máu Bệnh viện Đa khoa tỉnh Thanh Hóa")}),
    ("Ông Trần Hữu Phước trao Bằng khen cho Hợp tác xã Nông nghiệp Tân Phú và ông Huỳnh Văn Sĩ, Giám đốc Hợp tác xã.",
     "Huỳnh Văn Sĩ", {("Giám đốc", "Hợp tác xã Nông nghiệp Tân Phú")}),
])
def test_second_posts_and_parents_after_a_comma(text, name, expected):
    f = run(f"Sáng 5/6, Sở Y tế tỉnh Thanh Hóa tổ chức lễ kỷ niệm. {text}")
    assert positions(person(f, name)) == {(norm(t), norm(o)) for t, o in expected}


def test_a_bare_head_title_takes_the_unit_just_named():
    f = run("Sáng 5/6, Công an thành phố Từ Sơn tổ chức hội nghị. Đội Dân phòng phường Đông Nguyên đã tham gia. "
            "Đội Cảnh sát PCCC và CNCH Công an thành phố Từ Sơn được tặng Bằng khen; Thiếu tá Ngô Văn Hải, Đội trưởng, "
            "được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert positions(person(f, "Ngô Văn Hải")) == {(norm("Đội trưởng"), norm(
        "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an thành phố Từ Sơn"))}


def test_a_deputy_belongs_to_the_unit_whose_head_was_named():
    f = run("Sáng 5/6, BĐBP tỉnh Kon Tum tổ chức lễ. Lãnh đạo các đồn Biên phòng Mo Ray, Rờ Kơi và Sa Loong dự. "
            "Thiếu tá A Lưu, Đồn trưởng Đồn Biên phòng Mo Ray cho biết. Đại úy A Hòa, Phó Đồn trưởng là người chỉ huy.")
    assert positions(person(f, "A Hòa")) == {(norm("Phó Đồn trưởng"), norm("Đồn Biên phòng Mo Ray"))}


def test_head_of_an_emulation_bloc():
    f = run("Sáng 21.12, Khối thi đua Nội chính tỉnh Bình Định tổ chức hội nghị. Dự có Trần Đình Khoa, Chánh án TAND "
            "tỉnh, Trưởng khối; bà Hồ Thị Ngọc Bích, Viện trưởng VKSND tỉnh.")
    assert (norm("Trưởng khối"), norm("Khối thi đua Nội chính tỉnh Bình Định")) in positions(person(f, "Trần Đình Khoa"))


def test_a_title_short_of_a_longer_organisation_type():
    f = run("Sáng 13/10, UBKT Tỉnh ủy Cao Bằng tổ chức lễ. Dự có ông Lộc Văn Tuấn, Chủ nhiệm UBKT Tỉnh ủy; bà Đỗ Thu "
            "Hương, Trưởng Ban Thi đua - Khen thưởng tỉnh.")
    assert positions(person(f, "Lộc Văn Tuấn")) == {(norm("Chủ nhiệm"), norm("Ủy ban Kiểm tra Tỉnh ủy Cao Bằng"))}
    assert positions(person(f, "Đỗ Thu Hương")) == {(norm("Trưởng ban"), norm("Ban Thi đua - Khen thưởng tỉnh Cao Bằng"))}


def test_titles_before_a_colon_are_shared_across_semicolons():
    f = run("Sáng 13/10, UBKT Tỉnh ủy Cao Bằng tổ chức lễ. Cùng dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Hà Thị "
            "Nguyệt, Trưởng Ban Tổ chức Tỉnh ủy; Lộc Văn Tuấn, Chủ nhiệm UBKT Tỉnh ủy; đồng chí Lục Văn Đông, Bí thư "
            "Đảng ủy Khối các cơ quan tỉnh.")
    standing = (norm("Ủy viên Ban Thường vụ"), norm("Tỉnh ủy Cao Bằng"))
    assert positions(person(f, "Hà Thị Nguyệt")) == {standing, (norm("Trưởng ban"), norm("Ban Tổ chức Tỉnh ủy Cao Bằng"))}
    assert standing in positions(person(f, "Lộc Văn Tuấn"))
    assert standing not in positions(person(f, "Lục Văn Đông"))  # "đồng chí" starts another item


def test_a_given_name_after_a_title_is_no_body_and_delegating_offices_are_no_ones():
    f = run("Sáng 15/1, Ban Thi đua - Khen thưởng Trung ương tổ chức hội nghị. Báo cáo do Thứ trưởng Diệp trình bày. Thừa "
            "ủy quyền của Chủ tịch nước và Thủ tướng Chính phủ, đồng chí Lê Thị Hồng Vân trao các phần thưởng. Bác sĩ "
            "Phạm Văn Tư, Trưởng khoa Ngoại phát biểu.")
    assert norm("Diệp") not in org_names(f)
    assert positions(person(f, "Lê Thị Hồng Vân")) == set()
    assert positions(person(f, "Phạm Văn Tư")) == {(norm("Trưởng khoa"), norm("Khoa Ngoại"))}


def test_the_party_committee_of_the_unit_a_sentence_is_about():
    f = run("Sáng 5/3, BĐBP tỉnh Quảng Ninh tổ chức lễ. Về phía BĐBP tỉnh có Đại tá Lương Văn Khánh, Chỉ huy trưởng; Đại "
            "tá Phạm Minh Tuấn, Bí thư Đảng ủy, Chính ủy.")
    assert positions(person(f, "Phạm Minh Tuấn")) == {
        (norm("Bí thư"), norm("Đảng ủy Bộ đội Biên phòng tỉnh Quảng Ninh")),
        (norm("Chính ủy"), norm("Bộ đội Biên phòng tỉnh Quảng Ninh"))}


@pytest.mark.parametrize("text, names", [
    # a unit after an occupation ("chiến sĩ Đồn Mo Ray") is no person
    ("Sáng 5/6, BĐBP tỉnh Kon Tum tổ chức lễ. Thiếu tướng Đỗ Quang Vinh ghi nhận sự dũng cảm của cán bộ, chiến sĩ "
     "Đồn Mo Ray.", {"Đỗ Quang Vinh"}),
    # an abbreviated degree keeps its dot
    ("Sáng 18/11, Sở GD&ĐT tỉnh Nghệ An tổ chức lễ. Phát biểu có ThS. Lô Thị Mai, Hiệu trưởng Trường Tiểu học Tri Lễ; "
     "PGS.TS. Nguyễn Văn An và TS. Trần Bình.", {"Lô Thị Mai", "Nguyễn Văn An", "Trần Bình"}),
    # initials are withheld names, "Y" before a name is a name
    ("Sáng 26/2, Công an huyện Đak Pơ tổ chức hội nghị. Xe do anh Đinh Văn T. điều khiển, chở theo chị Đinh Thị Y. "
     "Ông Y Bih Niê dự.", {"Y Bih Niê"}),
    # more occupations written before a name
    ("Sáng 20/7, BĐBP tỉnh Bình Thuận tổ chức gặp mặt. Thuyền viên Trương Văn Sáu nhảy xuống biển, đưa người về cảng "
     "Phú Quý an toàn.", {"Trương Văn Sáu"}),
    # the people of a district, after an occupation, are no person (the gazetteer writes "Phú Quí")
    ("Sáng 20/7, BĐBP tỉnh Bình Thuận tổ chức gặp mặt. Đại tá Trần Văn Tùng biểu dương tinh thần của ngư dân Phú Quý.",
     {"Trần Văn Tùng"}),
])
def test_who_is_a_person(text, names):
    assert {p.name for p in run(text).persons} == names


def test_the_schools_youth_union():
    f = run("Ngày 15-3-2024, Trường THPT Bạch Đằng tổ chức Lễ kỷ niệm. Dự có em Vũ Minh Đức, Bí thư Đoàn trường.")
    assert positions(person(f, "Vũ Minh Đức")) == {
        (norm("Bí thư"), norm("Đoàn Thanh niên Cộng sản Hồ Chí Minh Trường Trung học phổ thông Bạch Đằng"))}


def test_a_staff_officer_and_the_unit_after_a_comma():
    f = run("Sáng 5/6, Bộ CHQS tỉnh Hà Tĩnh tổ chức Đại hội. Dự có Thiếu tá Trần Thị Thu Hà, Trợ lý Tuyên huấn, "
            "Phòng Chính trị Bộ CHQS tỉnh; Thiếu tá Lê Văn Hùng, Trợ lý Tác chiến Phòng Tham mưu.")
    assert positions(person(f, "Trần Thị Thu Hà")) == {
        (norm("Trợ lý Tuyên huấn"), norm("Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"))}
    assert positions(person(f, "Lê Văn Hùng")) == {
        (norm("Trợ lý Tác chiến"), norm("Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"))}


@pytest.mark.parametrize("text, name, org", [
    ("Anh Nguyễn Văn Cường, Tổ trưởng tổ bảo trì Công ty TNHH Điện tử Kim Long Bắc Ninh, phát biểu.",
     "Nguyễn Văn Cường", "Tổ bảo trì Công ty TNHH Điện tử Kim Long Bắc Ninh"),
    ("Anh Hoàng Văn Chiến, Tổ trưởng tổ sản xuất Phân xưởng Khai thác 3, Công ty Than Khe Chàm - TKV phát biểu.",
     "Hoàng Văn Chiến", "Tổ sản xuất Phân xưởng Khai thác 3 Công ty Than Khe Chàm - TKV"),
])
def test_a_unit_in_lower_case_after_its_heads_title(text, name, org):
    f = run("Sáng 9/11, Liên đoàn Lao động tỉnh Quảng Ninh tổ chức hội nghị. " + text)
    assert positions(person(f, name)) == {(norm("Tổ trưởng"), norm(org))}


def test_a_lower_case_unit_needs_its_body():
    f = run("Sáng 9/11, Liên đoàn Lao động tỉnh Quảng Ninh tổ chức hội nghị. Anh Trần Văn Bình, Tổ trưởng tổ sản xuất, "
            "phát biểu.")
    assert not any(norm("tổ sản xuất") in (o or "") for _, o in positions(person(f, "Trần Văn Bình")))


def test_a_minister_who_chairs_a_committee_holds_one_office():
    f = run("Sáng 5/12, Ban Dân tộc tỉnh Lâm Đồng tổ chức hội nghị. Thừa ủy quyền của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc, "
            "ông Nông Quốc Hưng trao Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc cho 8 người có uy tín. Dự có ông "
            "Trần Văn Bình, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ.")
    assert [(a.grantors, a.individuals) for a in f.awards] == [(("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc",), 8)]
    assert positions(person(f, "Trần Văn Bình")) == {(norm("Bộ trưởng, Chủ nhiệm"), norm("Văn phòng Chính phủ"))}


def test_a_committee_chairs_title_and_the_committee():
    f = run("Sáng 5/6, Bộ Quốc phòng tổ chức Đại hội. Dự có bà Quách Thị Hảo, Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội; "
            "ông Lê Văn Bình, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nghệ An.")
    assert positions(person(f, "Quách Thị Hảo")) == {(norm("Phó Chủ nhiệm"), norm("Ủy ban Pháp luật của Quốc hội"))}
    assert positions(person(f, "Lê Văn Bình")) == {(norm("Chủ nhiệm"), norm("Ủy ban Kiểm tra Tỉnh ủy Nghệ An"))}


def test_a_hamlet_heads_office_names_the_hamlet():
    f = run("Sáng 12/11, Ban Công tác Mặt trận thôn Pà Rồng tổ chức Ngày hội. Dự có ông Briu Bân, Trưởng thôn Pà Rồng; bà "
            "Lò Thị Mai, Trưởng bản Nà Sài; ông Lê Văn An, Trưởng thôn 3. Chủ tịch UBND xã tặng Giấy khen cho cán bộ và "
            "nhân dân thôn Pà Rồng.")
    assert positions(person(f, "Briu Bân")) == {(norm("Trưởng thôn Pà Rồng"), "")}
    assert positions(person(f, "Lò Thị Mai")) == {(norm("Trưởng bản Nà Sài"), "")}
    assert positions(person(f, "Lê Văn An")) == {(norm("Trưởng thôn 3"), "")}
    assert [a.recipients for a in f.awards] == [("Cán bộ và nhân dân thôn Pà Rồng",)]


def test_deputies_of_the_board_whose_head_was_named():
    f = run("Thứ trưởng Bộ Nội vụ, Trưởng Ban Thi đua - Khen thưởng TW Khổng Minh Tuệ chủ trì hội nghị. Cùng dự có các Phó "
            "Trưởng ban: Vũ Đăng Khoa, Hà Thị Phương Lan cùng lãnh đạo Ban Thi đua - Khen thưởng các bộ, ngành. Phó "
            "Trưởng ban Vũ Đăng Khoa lưu ý, Luật đề cao nguyên tắc.")
    for name in ("Vũ Đăng Khoa", "Hà Thị Phương Lan"):
        assert positions(person(f, name)) == {(norm("Phó Trưởng ban"), norm("Ban Thi đua - Khen thưởng Trung ương"))}
    assert org_names(f) == {norm("Bộ Nội vụ"), norm("Ban Thi đua - Khen thưởng Trung ương")}  # no "Khoa lưu ý"


def test_a_two_syllable_given_name_is_the_person_named_in_full():
    f = run("Sáng 5/6, HND huyện Cái Bè tổ chức hội nghị. Tham dự có bà Nguyễn Thị Kim Loan, Phó Chủ tịch HND tỉnh Tiền "
            "Giang. Phát biểu tại hội nghị, bà Kim Loan đề nghị các cấp Hội hỗ trợ nông dân.")
    assert person_names(f) == {norm("Nguyễn Thị Kim Loan")}


@pytest.mark.parametrize("text, name, title, org", [
    ("Ngày 5/7, Công an tỉnh Điện Biên tổ chức hội nghị. Dự có Thiếu tá Giàng A Chu, Đội trưởng Đội 1, Phòng Cảnh sát "
     "điều tra tội phạm về ma túy, Công an tỉnh Điện Biên.", "Giàng A Chu", "Đội trưởng",
     "Đội 1 Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Điện Biên"),
    # a team in a department, both the article's police's
    ("Sáng 12/3, Công an tỉnh Quảng Ninh tổ chức gặp mặt. Thiếu tá Phạm Văn Khánh - Đội trưởng Đội CSGT đường bộ số 1, "
     "Phòng PC08 báo cáo.", "Phạm Văn Khánh", "Đội trưởng",
     "Đội Cảnh sát giao thông đường bộ số 1 Phòng PC08 Công an tỉnh Quảng Ninh"),
    # "CATP", "CAT": the article's city or provincial police
    ("Sáng 16-4, Công an TP.HCM tổ chức lễ. Thượng tá Lâm Quốc Hùng, Phó Giám đốc CATP, phát biểu.", "Lâm Quốc Hùng",
     "Phó Giám đốc", "Công an thành phố Hồ Chí Minh"),
])
def test_police_units_in_chains_and_abbreviations(text, name, title, org):
    assert positions(person(run(text), name)) == {(norm(title), norm(org))}


def test_a_board_of_the_province_and_a_council_that_agrees():
    f = run("Sáng 19/10, UBND tỉnh Yên Bái tổ chức lễ. Dự có ông Nguyễn Thế Cường, Trưởng Ban Chỉ đạo xóa nhà tạm, nhà dột "
            "nát của tỉnh. Hội đồng thống nhất trình Thủ tướng.")
    assert positions(person(f, "Nguyễn Thế Cường")) == {
        (norm("Trưởng ban"), norm("Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Yên Bái"))}
    assert org_names(f) == {norm("Ủy ban nhân dân tỉnh Yên Bái"), norm("Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Yên Bái")}


def test_ethnic_minority_family_names_and_courts_of_two_levels():
    f = run("Sáng 8/1, TAND tỉnh Thái Nguyên tổ chức hội nghị. Ông Ma Văn Toàn, Chánh án TAND tỉnh chủ trì. Bà Tòng Thị "
            "Phóng dự. TAND hai cấp tỉnh Thái Nguyên tiếp tục nâng cao chất lượng xét xử.")
    assert person_names(f) == {norm("Ma Văn Toàn"), norm("Tòng Thị Phóng")}
    assert org_names(f) == {norm("Tòa án nhân dân tỉnh Thái Nguyên")}


def test_a_member_of_the_youth_unions_central_committee():
    f = run("Sáng 5/8, Tỉnh Đoàn Quảng Nam tổ chức lễ. Dự có anh Trần Quốc Khánh, Ủy viên Ban Chấp hành Trung ương Đoàn, "
            "Bí thư Tỉnh Đoàn.")
    assert positions(person(f, "Trần Quốc Khánh")) == {
        (norm("Ủy viên Ban Chấp hành"), norm("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")),
        (norm("Bí thư"), norm("Tỉnh Đoàn Quảng Nam"))}


def test_lower_case_words_after_a_units_code_are_the_sentences():
    f = run("Sáng 5/10, Công an TP. Cần Thơ tổ chức họp báo. Thượng tá Trần Minh Khoa, Phó Trưởng phòng PA05 khuyến cáo "
            "người dân.")
    assert positions(person(f, "Trần Minh Khoa")) == {
        (norm("Phó Trưởng phòng"), norm("Phòng PA05 Công an thành phố Cần Thơ"))}


def test_a_prison_governor_holds_office_in_the_prison():
    f = run("Chiều 17/8, Trại giam Thanh Xuân tổ chức lễ kỷ niệm. Đại tá Phạm Văn Sơn, Giám thị Trại giam phát biểu; "
            "Thượng tá Lưu Văn Thắng, Phó Giám thị cho biết đơn vị đã hoàn thành nhiệm vụ.", published="2022-08")
    assert positions(person(f, "Phạm Văn Sơn")) == {(norm("Giám thị"), norm("Trại giam Thanh Xuân"))}
    assert positions(person(f, "Lưu Văn Thắng")) == {(norm("Phó Giám thị"), norm("Trại giam Thanh Xuân"))}


def test_a_unit_of_the_group_the_article_is_about():
    f = run("Ngày 14/5, Tập đoàn Dầu khí Việt Nam tổ chức lễ. Buổi lễ do ông Vũ Quốc Bình, Trưởng Ban Khoa học công nghệ "
            "của Tập đoàn điều hành; ông Lê Văn Hải, Chủ tịch Công đoàn của Tập đoàn phát biểu.")
    assert positions(person(f, "Vũ Quốc Bình")) == {
        (norm("Trưởng ban"), norm("Ban Khoa học công nghệ Tập đoàn Dầu khí Việt Nam"))}
    assert positions(person(f, "Lê Văn Hải")) == {(norm("Chủ tịch"), norm("Công đoàn Tập đoàn Dầu khí Việt Nam"))}


@pytest.mark.parametrize("text, office", [
    ("Dự có ông Đặng Quốc Hưng, Chánh Văn phòng Điều phối nông thôn mới tỉnh Lào Cai phát biểu.",
     ("Chánh Văn phòng", "Văn phòng Điều phối nông thôn mới tỉnh Lào Cai")),
    ("Dự có bà Lê Thị Hoa, Chánh Văn phòng Tỉnh ủy Lào Cai phát biểu.", ("Chánh Văn phòng", "Văn phòng Tỉnh ủy Lào Cai")),
    # "Nhân đạo" is a field's word, not a verb after a proper name
    ("Dự có ông Hà Văn Thuận, Trưởng Ban Chỉ đạo Tháng Nhân đạo tỉnh Lai Châu phát biểu.",
     ("Trưởng ban", "Ban Chỉ đạo Tháng Nhân đạo tỉnh Lai Châu")),
])
def test_the_unit_an_office_title_ends_in(text, office):
    [p] = run(text).persons
    assert positions(p) == {(norm(office[0]), norm(office[1]))}


def test_military_offices_and_a_border_post_named_after_its_commune():
    f = run("Sáng 18/5, Bộ Tư lệnh Quân khu 7 tổ chức hội nghị. Dự có Đại tá Nguyễn Hữu Phước, Chủ nhiệm Chính trị Quân "
            "khu. Đồn Biên phòng Ma Ly Pho đón nhận Bằng khen; Thiếu tá Lò Văn Hạc, Phó Đồn trưởng Đồn Biên phòng Ma Ly "
            "Pho phát biểu.", published="2024-05")
    assert positions(person(f, "Nguyễn Hữu Phước")) == {(norm("Chủ nhiệm Chính trị"), norm("Quân khu 7"))}
    assert positions(person(f, "Lò Văn Hạc")) == {(norm("Phó Đồn trưởng"), norm("Đồn Biên phòng Ma Ly Pho"))}
    assert norm("Đồn Biên phòng Ma Ly Pho") in org_names(f)


def test_a_bank_and_its_branch_after_a_semicolon_is_no_person():
    f = run("Năm 2022, Cục Thuế được Bộ Tài chính tặng Cờ thi đua; Agribank Chi nhánh tỉnh Bắc Giang được UBND tỉnh "
            "tặng Cờ thi đua. Ông Hồ Đắc Nguyên, Phó Giám đốc Sở Văn hóa và Thể thao thành phố Huế dự.")
    assert [p.name for p in f.persons] == ["Hồ Đắc Nguyên"]
    assert positions(person(f, "Hồ Đắc Nguyên")) == {
        (norm("Phó Giám đốc"), norm("Sở Văn hóa và Thể thao thành phố Huế"))}


def test_heads_of_a_military_hospitals_departments():
    f = run("Sáng 5/3, Bệnh viện Quân y 7A tổ chức lễ. Trung tá Nguyễn Thị Hồng Nhung, Chủ nhiệm khoa Khám bệnh, Bệnh "
            "viện Quân y 7A phát biểu. Ông Lê Văn Hải, Giám đốc Sở Y tế tỉnh Đồng Nai và bà Trần Thị Mai, Giám đốc "
            "Sở Nội vụ tỉnh Đồng Nai dự; Giám đốc Sở Lê Văn Hải phát biểu.", published="2024-03")
    assert positions(person(f, "Nguyễn Thị Hồng Nhung")) == {
        (norm("Chủ nhiệm khoa"), norm("Khoa Khám bệnh Bệnh viện Quân y 7A"))}
    assert norm("Bệnh viện Quân y 7A") in org_names(f)


def test_a_member_of_a_standing_board_and_a_department_named_phong_trao():
    f = run("Dự hội nghị có các đồng chí: Phạm Văn Lưu, Ủy viên Ban Thường trực, Trưởng Ban Phong trào Ủy ban Trung ương "
            "MTTQ Việt Nam; Cao Thị Mai Hương, Trưởng Ban Dân vận Tỉnh ủy Nghệ An.")
    front = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert positions(person(f, "Phạm Văn Lưu")) == {(norm("Ủy viên Ban Thường trực"), norm(front)),
                                                    (norm("Trưởng ban"), norm(f"Ban Phong trào {front}"))}
    assert not f.movements


def test_offices_in_companies_and_schools():
    f = run("Ngày 5/6, Công ty TNHH Giày dép Vĩnh Thuận tổ chức đại hội. Bà Đặng Thị Mỹ Dung, Chủ tịch CĐCS nhiệm kỳ "
            "2023 - 2028 phát biểu. Cô Phan Thị Mỹ Hạnh, Tổng phụ trách Đội Trường THCS Quách Xuân Kỳ báo cáo. Anh Lý "
            "Văn Sáng, Trưởng ca Phân xưởng Sấy, Công ty TNHH Gỗ Nội thất Phú Tân dự. Chị Nguyễn Thị Ngát, Tổ trưởng Tổ "
            "may số 5, Xưởng May 2, Công ty cổ phần Dệt may Thành Kiên dự.", published="2024-06")
    assert positions(person(f, "Đặng Thị Mỹ Dung")) == {
        (norm("Chủ tịch"), norm("Công đoàn cơ sở Công ty TNHH Giày dép Vĩnh Thuận"))}
    assert positions(person(f, "Phan Thị Mỹ Hạnh")) == {
        (norm("Tổng phụ trách Đội"), norm("Trường Trung học cơ sở Quách Xuân Kỳ"))}
    assert positions(person(f, "Lý Văn Sáng")) == {
        (norm("Trưởng ca"), norm("Phân xưởng Sấy Công ty TNHH Gỗ Nội thất Phú Tân"))}
    assert positions(person(f, "Nguyễn Thị Ngát")) == {
        (norm("Tổ trưởng"), norm("Tổ may số 5 Xưởng May 2 Công ty cổ phần Dệt may Thành Kiên"))}


def test_a_universitys_faculties_and_union():
    f = run("Sáng 5/3, Trường Đại học Hồng Đức tổ chức lễ. Sở Giáo dục và Đào tạo tỉnh Thanh Hóa dự. PGS.TS Hoàng Văn "
            "Lâm, Trưởng khoa Khoa học Tự nhiên phát biểu; bà Phạm Thị Vân, Chủ tịch Công đoàn trường báo cáo. Mô hình "
            "do Khoa Giáo dục Tiểu học khởi xướng được nhân rộng.", published="2024-03")
    school = "Trường Đại học Hồng Đức"
    assert positions(person(f, "Hoàng Văn Lâm")) == {(norm("Trưởng khoa"), norm(f"Khoa Khoa học Tự nhiên {school}"))}
    assert positions(person(f, "Phạm Thị Vân")) == {(norm("Chủ tịch"), norm(f"Công đoàn {school}"))}
    assert norm(f"Khoa Giáo dục Tiểu học {school}") in org_names(f)


def test_a_thai_family_name_that_starts_like_a_bank():
    f = run("Dự Đại hội có bà Ngân Thị Thu Hà, Phó Chủ tịch UBND tỉnh Nghệ An; ông Lô Văn Hùng, Trưởng ban Thi đua - "
            "Khen thưởng tỉnh Nghệ An.")
    assert positions(person(f, "Ngân Thị Thu Hà")) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân tỉnh Nghệ An"))}


def test_a_police_departments_code_given_after_its_head():
    f = run("Sáng 10/3, Công an tỉnh Quảng Ninh tổ chức lễ. Dự có Thượng tá Bùi Quốc Hưng - Trưởng phòng CSGT (PC08). "
            "Thiếu tá Phạm Văn Khánh - Đội trưởng Đội CSGT đường bộ số 1, Phòng PC08 báo cáo.", published="2024-03")
    dept = "Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh"
    assert positions(person(f, "Phạm Văn Khánh")) == {
        (norm("Đội trưởng"), norm(f"Đội Cảnh sát giao thông đường bộ số 1 {dept}"))}


def test_disaster_committees_forest_rangers_and_market_surveillance():
    f = run("Chiều 4/10, Ban Chỉ huy PCTT và TKCN tỉnh Quảng Ninh tổ chức hội nghị. Ông Siu Thoan, Hạt trưởng Hạt Kiểm "
            "lâm huyện Kbang báo cáo.", published="2024-10")
    assert norm("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Quảng Ninh") in org_names(f)
    assert positions(person(f, "Siu Thoan")) == {(norm("Hạt trưởng"), norm("Hạt Kiểm lâm huyện Kbang"))}


def test_heads_of_hamlets_by_their_local_names():
    f = run("Dự có già làng Y Bhim Niê, Trưởng buôn Cư Mblim; ông Lê Văn An, Trưởng bản Nà Sài.")
    assert positions(person(f, "Y Bhim Niê")) == {(norm("Trưởng buôn Cư Mblim"), "")}
    assert positions(person(f, "Lê Văn An")) == {(norm("Trưởng bản Nà Sài"), "")}


def test_a_ministrys_department_named_with_it_after_a_comma():
    f = run("Dự hội nghị có ông Triệu Văn Lực, Vụ trưởng Vụ Địa phương I, Ủy ban Dân tộc; bà Sần Thị Mây, Phó Chủ tịch "
            "UBND tỉnh Lào Cai.")
    assert positions(person(f, "Triệu Văn Lực")) == {(norm("Vụ trưởng"), norm("Vụ Địa phương I Ủy ban Dân tộc"))}


def test_inspectors_and_auditors_general_and_their_deputies():
    f = run("Sáng 20/11, Thanh tra tỉnh Đồng Nai tổ chức Lễ kỷ niệm. Tham dự có ông Trịnh Quốc Bảo - Phó Tổng Thanh "
            "tra Chính phủ; ông Phạm Đức Hiền - Phó Tổng Kiểm toán Nhà nước. Ông Lâm Quang Định - Chánh Thanh tra "
            "tỉnh chủ trì buổi lễ.")
    assert positions(person(f, "Trịnh Quốc Bảo")) == {(norm("Phó Tổng Thanh tra Chính phủ"), "")}
    assert positions(person(f, "Phạm Đức Hiền")) == {(norm("Phó Tổng Kiểm toán Nhà nước"), "")}
    # the "Chánh" of the inspectorate, as the corpora annotate it (not "Chánh Thanh tra Thanh tra tỉnh ...")
    assert positions(person(f, "Lâm Quang Định")) == {(norm("Chánh"), norm("Thanh tra tỉnh Đồng Nai"))}


def test_a_detention_centre_and_a_procuracy_department_with_commas_in_its_name():
    f = run("Ngày 11-1, Trại tạm giam Công an tỉnh Quảng Bình tổ chức Hội nghị tổng kết. Dự có bà Lê Thị Hồng Vân, "
            "Trưởng phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự VKSND tỉnh. Thượng tá Võ Xuân Hòa, "
            "Giám thị Trại tạm giam chủ trì hội nghị. Báo cáo do Trung tá Cao Văn Lâm, Phó Giám thị trình bày.")
    assert f.events[0].organiser == "Trại tạm giam Công an tỉnh Quảng Bình"
    assert positions(person(f, "Lê Thị Hồng Vân")) == {(norm("Trưởng phòng"), norm(
        "Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự Viện kiểm sát nhân dân tỉnh Quảng Bình"))}
    assert positions(person(f, "Cao Văn Lâm")) == {(norm("Phó Giám thị"), norm("Trại tạm giam Công an tỉnh Quảng Bình"))}


def test_a_steering_committee_named_by_its_task_in_lower_case():
    f = run("Dự có bà Phan Thị Thanh Trúc - Phó Chủ tịch UBND tỉnh Bến Tre, Trưởng Ban Chỉ đạo vận động hiến máu "
            "tình nguyện tỉnh; đại diện Ban Chỉ đạo phòng, chống tội phạm tỉnh.")
    assert (norm("Trưởng ban"), norm("Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Bến Tre")) \
        in positions(person(f, "Phan Thị Thanh Trúc"))
    assert norm("Ban Chỉ đạo phòng, chống tội phạm tỉnh Bến Tre") in org_names(f)


def test_the_company_named_only_in_its_unions_name_is_the_generic_company():
    f = run("Ngày 5-6-2024, Công đoàn cơ sở Công ty TNHH MTV Cao su Tân Lập tổ chức Hội thi. Dự có ông Phạm Văn "
            "Thắng, Tổng Giám đốc công ty.")
    assert positions(person(f, "Phạm Văn Thắng")) == {(norm("Tổng Giám đốc"), norm("Công ty TNHH MTV Cao su Tân Lập"))}


def test_city_party_committee_ward_heads_and_a_joint_office():
    f = run("Sáng 12/10, Đảng ủy phường Bến Thành tổ chức tọa đàm. Dự có bà Lạc Thị Thu Ba, Phó Bí thư Thành ủy TP. "
            "Hồ Chí Minh; ông Tạ Văn Lộc, Trưởng khu phố 7; bà Nghiêm Thị Hải Yến, Chánh Văn phòng HĐND và UBND quận "
            "Đống Đa.")
    assert positions(person(f, "Lạc Thị Thu Ba")) == {(norm("Phó Bí thư"), norm("Thành ủy Thành phố Hồ Chí Minh"))}
    assert positions(person(f, "Tạ Văn Lộc")) == {(norm("Trưởng khu phố 7"), "")}
    assert positions(person(f, "Nghiêm Thị Hải Yến")) == {
        (norm("Chánh Văn phòng"), norm("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận Đống Đa"))}


def test_a_hospital_named_like_a_person_and_a_department_with_a_capital_after_its_comma():
    f = run("Sáng 5/3, Bệnh viện Đa khoa tỉnh Lai Châu tổ chức lễ ký kết. Dự có PGS.TS. Vũ Đức Lâm, Phó Giám đốc Bệnh "
            "viện Bạch Mai; ông Lại Thế Vinh, Phó Vụ trưởng Vụ Thi đua, Khen thưởng, Bộ VHTTDL.")
    assert positions(person(f, "Vũ Đức Lâm")) == {(norm("Phó Giám đốc"), norm("Bệnh viện Bạch Mai"))}
    assert positions(person(f, "Lại Thế Vinh")) == {
        (norm("Phó Vụ trưởng"), norm("Vụ Thi đua, Khen thưởng Bộ Văn hóa, Thể thao và Du lịch"))}


def test_the_bare_city_in_a_city_province_is_the_province_even_after_a_city_within_it():
    f = run("Sáng 10/1, Chi nhánh NHCSXH TP. Hồ Chí Minh tổ chức hội nghị tại TP. Thủ Đức. Dự có ông Võ Hữu Tài, Phó "
            "Chủ tịch UBND thành phố.")
    assert positions(person(f, "Võ Hữu Tài")) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân thành phố Hồ Chí Minh"))}


def test_a_schools_subject_group():
    f = run("Sáng 20/11, Trường THPT Nguyễn Thị Minh Khai tổ chức lễ kỷ niệm. Ông Hưng trao Bằng khen cho cô Tôn Nữ "
            "Bảo Trân, Tổ trưởng tổ Ngữ văn và thầy Hồ Sỹ Nguyên, Tổ trưởng Tổ Toán.")
    school = "Trường Trung học phổ thông Nguyễn Thị Minh Khai"
    assert positions(person(f, "Tôn Nữ Bảo Trân")) == {(norm("Tổ trưởng"), norm(f"Tổ Ngữ văn {school}"))}
    assert positions(person(f, "Hồ Sỹ Nguyên")) == {(norm("Tổ trưởng"), norm(f"Tổ Toán {school}"))}


def test_a_person_after_an_office_whose_field_has_four_words():
    f = run("Sáng 20/8, UBND quận Hoàn Kiếm tổ chức hội nghị. Trưởng phòng GD&ĐT quận Lê Minh Khôi báo cáo.")
    assert positions(person(f, "Lê Minh Khôi")) == {
        (norm("Trưởng phòng"), norm("Phòng Giáo dục và Đào tạo quận Hoàn Kiếm"))}


def test_a_deputy_political_officer_written_after_the_title():
    f = run("Sáng 12/9, Đồn Biên phòng Sín Thầu tổ chức hội nghị. Dự có Thiếu tá Vàng A Chinh, Chính trị viên phó Đồn "
            "Biên phòng Sín Thầu.")
    assert positions(person(f, "Vàng A Chinh")) == {(norm("Chính trị viên phó"), norm("Đồn Biên phòng Sín Thầu"))}


def test_deputies_written_after_their_title_and_a_neighbourhood_team():
    f = run("Sáng 12/10, Công an tỉnh Thái Nguyên tổ chức lễ. Đại tá Dương Văn Hải, Trưởng phòng Cảnh sát cơ động xuất "
            "động 40 cán bộ; ông Triệu Văn Sình, Chỉ huy phó Ban Chỉ huy Quân sự xã Đồng Hỷ; bà Ngô Thị Hiền, Tổ phó "
            "Tổ bảo vệ ANTT khu 7B dự.")
    assert positions(person(f, "Dương Văn Hải")) == {
        (norm("Trưởng phòng"), norm("Phòng Cảnh sát cơ động Công an tỉnh Thái Nguyên"))}
    assert positions(person(f, "Triệu Văn Sình")) == {(norm("Chỉ huy phó"), norm("Ban Chỉ huy Quân sự xã Đồng Hỷ"))}
    assert positions(person(f, "Ngô Thị Hiền")) == {(norm("Tổ phó"), norm("Tổ bảo vệ an ninh trật tự khu 7B"))}


def test_a_priest_and_his_parish():
    f = run("Chiều 16-1-2024, Hội Chữ thập đỏ tỉnh Bến Tre tổ chức hội nghị. Tham luận tại hội nghị, Linh mục Phạm Văn "
            "Hiền, Chánh xứ Giáo xứ Cái Mơn (huyện Chợ Lách) cho biết bếp ăn phục vụ bệnh nhân.")
    assert positions(person(f, "Phạm Văn Hiền")) == {(norm("Chánh xứ"), norm("Giáo xứ Cái Mơn"))}
    assert person(f, "Phạm Văn Hiền").rank is None


def test_a_korean_name_written_with_a_hyphen():
    f = run("Chiều 21/10, LĐLĐ TP. Hồ Chí Minh làm việc với Công ty TNHH May mặc Phú Hưng Thịnh. Về phía doanh nghiệp "
            "có ông Kim Sung-ho, Tổng Giám đốc công ty.")
    assert positions(person(f, "Kim Sung-ho")) == {
        (norm("Tổng Giám đốc"), norm("Công ty TNHH May mặc Phú Hưng Thịnh"))}


def test_first_secretary_spokesperson_and_a_second_school_of_a_place():
    f = run("Sáng 5/9, Trung ương Đoàn tổ chức hội nghị. Dự có anh Lò Thanh Bình, Bí thư thứ nhất Trung ương Đoàn; Đại "
            "tá Tô Hữu Phước, Người phát ngôn Bộ Công an; ông Kha Minh Đạo, Hiệu trưởng Trường Đại học Sư phạm Hà Nội 2.")
    assert positions(person(f, "Lò Thanh Bình")) == {
        (norm("Bí thư thứ nhất"), norm("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"))}
    assert positions(person(f, "Tô Hữu Phước")) == {(norm("Người phát ngôn"), norm("Bộ Công an"))}
    assert positions(person(f, "Kha Minh Đạo")) == {(norm("Hiệu trưởng"), norm("Trường Đại học Sư phạm Hà Nội 2"))}


def test_a_branch_chair_and_a_ward_named_trường():
    f = run("Chiều 1-9, Đảng ủy phường Trường Vinh tổ chức lễ. Dự có bà Lại Thị Hằng, Chi hội trưởng Chi hội Phụ nữ xóm "
            "Xuân Hùng.")
    assert positions(person(f, "Lại Thị Hằng")) == {(norm("Chi hội trưởng"), norm("Chi hội Phụ nữ xóm Xuân Hùng"))}
    assert norm("Trường Vinh") not in org_names(f)


def test_the_secretariat_acting_through_someone_gives_him_no_office():
    f = run("Sáng 26/3, Tỉnh Đoàn Kon Tum tổ chức lễ. Dự có anh A Khoan, Bí thư Tỉnh Đoàn Kon Tum. Thay mặt Ban Bí thư "
            "TW Đoàn TNCS Hồ Chí Minh, anh A Khoan trao Huy hiệu “Tuổi trẻ dũng cảm” cho anh Lô Văn Khánh.")
    assert positions(person(f, "A Khoan")) == {(norm("Bí thư"), norm("Tỉnh Đoàn Kon Tum"))}


def test_named_residential_groups_and_a_solidarity_group_at_sea():
    f = run("Sáng 28-2-2024, Đồn Biên phòng Đại Lãnh tổ chức hội nghị. Dự có ông Lê Văn Sáu, Tổ trưởng Tổ đoàn kết trên "
            "biển số 3 xã Đại Lãnh; bà Trần Thị Mai, Tổ trưởng Tổ dân phố số 12; đại diện các tổ dân phố.")
    assert positions(person(f, "Lê Văn Sáu")) == {(norm("Tổ trưởng"), norm("Tổ đoàn kết trên biển số 3 xã Đại Lãnh"))}
    assert positions(person(f, "Trần Thị Mai")) == {(norm("Tổ trưởng"), norm("Tổ dân phố số 12"))}


def test_a_standing_deputy_written_without_a_body_is_of_the_article_s_body():
    f = run("Sáng 5/1, Bộ Tài chính tổ chức Hội nghị tổng kết. Báo cáo tại Hội nghị, Thứ trưởng Thường trực Lục Văn "
            "Tâm cho biết ngành đã hoàn thành nhiệm vụ.")
    assert positions(person(f, "Lục Văn Tâm")) == {(norm("Thứ trưởng Thường trực"), norm("Bộ Tài chính"))}


def test_rarer_family_names_van_and_quan():
    f = run("Sáng 5/6, Bộ Khoa học và Công nghệ tổ chức Đại hội tại Văn Miếu Quốc Tử Giám. Dự có bà Văn Thị Hảo, Phó "
            "Chủ nhiệm Văn phòng Chủ tịch nước; các Thứ trưởng Bạch Minh Tuệ, Quan Thị Ngọc Anh. Huyện Văn Lâm dự.")
    assert person_names(f) == {norm("Văn Thị Hảo"), norm("Bạch Minh Tuệ"), norm("Quan Thị Ngọc Anh")}


def test_names_after_a_count_of_comrades():
    f = run("Chiều 1/2, Tỉnh ủy Hải Dương tổ chức Lễ trao Huy hiệu Đảng. Đồng chí Trần Đức Thắng trao Huy hiệu 65 năm "
            "tuổi Đảng cho 2 đồng chí là Lê Văn Bền và Phạm Thị Út.")
    assert person_names(f) == {norm("Trần Đức Thắng"), norm("Lê Văn Bền"), norm("Phạm Thị Út")}
    assert {norm(r) for r in f.awards[0].recipients} == {norm("Lê Văn Bền"), norm("Phạm Thị Út")}


def test_a_company_named_only_inside_its_party_body_s_name_is_the_article_s_company():
    f = run("Ngày 9-5, Đảng bộ Công ty cổ phần Gạch men Tiên Sơn tổ chức Đại hội. Ông Lý Văn Quế, Bí thư Đảng ủy, "
            "Chủ tịch Công đoàn công ty phát biểu.", published="2025-05")
    company = "Công ty cổ phần Gạch men Tiên Sơn"
    assert positions(person(f, "Lý Văn Quế")) == {(norm("Bí thư"), norm(f"Đảng ủy {company}")),
                                                  (norm("Chủ tịch"), norm(f"Công đoàn {company}"))}


def test_a_board_s_chair_is_an_officer_of_the_company_or_cooperative():
    f = run("Ngày 9-5, Công ty cổ phần Gạch men Tiên Sơn tổ chức lễ. Ông Đỗ Văn Kha, Chủ tịch Hội đồng quản trị Công "
            "ty cổ phần Gạch men Tiên Sơn phát biểu. Bà Hà Thị Nụ, Chủ tịch Hội đồng quản trị kiêm Giám đốc HTX Nông "
            "nghiệp Yên Lạc dự.")
    assert positions(person(f, "Đỗ Văn Kha")) == {
        (norm("Chủ tịch Hội đồng quản trị"), norm("Công ty cổ phần Gạch men Tiên Sơn"))}
    assert (norm("Chủ tịch Hội đồng quản trị"), norm("Hợp tác xã Nông nghiệp Yên Lạc")) in positions(person(f, "Hà Thị Nụ"))
    assert not any(o.startswith(norm("Hội đồng quản trị")) for o in org_names(f))


def test_a_bare_council_is_not_a_company_s_board():
    f = run("Sáng 5/6, Hội đồng Thi đua - Khen thưởng Trung ương tổ chức lễ. Ông Trần Văn Khởi, Chủ tịch HĐQT Công ty "
            "cổ phần Nhựa Bình Minh dự. Ông Chu Văn Hào, Phó Chủ tịch Thường trực Hội đồng trao Bằng khen.")
    assert positions(person(f, "Chu Văn Hào")) == {
        (norm("Phó Chủ tịch Thường trực"), norm("Hội đồng Thi đua - Khen thưởng Trung ương"))}


def test_a_body_of_every_level_written_in_lower_case_after_a_title():
    f = run("Sáng 6-7, UBND phường Đông Hòa tổ chức lễ ra quân. Ông Trần Quang Thuỵ, Trưởng công an Phường Đông Hòa "
            "cho biết. Ông Lê Văn Bắc, Chủ tịch ủy ban nhân dân xã Tân Lập phát biểu. Bà Hà Thị Mơ, Trưởng công an xã "
            "cho biết.", published="2024-07")
    assert positions(person(f, "Trần Quang Thuỵ")) == {(norm("Trưởng"), norm("Công an phường Đông Hòa"))}
    assert positions(person(f, "Lê Văn Bắc")) == {(norm("Chủ tịch"), norm("Ủy ban nhân dân xã Tân Lập"))}
    assert positions(person(f, "Hà Thị Mơ")) == {(norm("Trưởng"), norm("Công an xã Tân Lập"))}


def test_units_of_the_article_s_department_district_youth_union_and_school():
    f = run("Sáng 7/6, Sở Giáo dục và Đào tạo tỉnh Nghệ An phối hợp Sở Y tế tỉnh Nghệ An tổ chức lễ tuyên dương. Ông "
            "Văn Công Trứ, Chánh Văn phòng Sở cho biết. Thầy Hồ Sỹ Nguyên (Tổ trưởng tổ Toán, Trường THPT Thủ Thiêm) "
            "dự. Chị Lã Thu Hà, Bí thư Quận Đoàn Long Biên phát biểu.", published="2024-06")
    assert positions(person(f, "Văn Công Trứ")) == {
        (norm("Chánh Văn phòng"), norm("Văn phòng Sở Giáo dục và Đào tạo tỉnh Nghệ An"))}
    assert positions(person(f, "Hồ Sỹ Nguyên")) == {
        (norm("Tổ trưởng"), norm("Tổ Toán Trường Trung học phổ thông Thủ Thiêm"))}
    assert positions(person(f, "Lã Thu Hà")) == {(norm("Bí thư"), norm("Quận Đoàn Long Biên"))}


def test_an_office_before_a_union_post_is_the_unit_s_and_a_company_s_number_ends_its_name():
    f = run("Sáng 12-5, Công ty Điện lực Sơn La tổ chức hội nghị. Bà Quàng Thị Nhung, Phó Giám đốc, Chủ tịch Công đoàn "
            "Công ty Điện lực Sơn La phát biểu. Ông Lã Văn Thuận, Phó Viện trưởng kiêm Chủ tịch Công đoàn Viện dự. "
            "Trung tá Nông Văn Pình, Giám đốc Công ty TNHH MTV Xây dựng công trình 490 phát biểu. Ông Hồ Sỹ Tiến, "
            "Chủ tịch HĐTV Tổng công ty Truyền tải điện Quốc gia dự.", published="2023-05")
    assert positions(person(f, "Quàng Thị Nhung")) == {
        (norm("Phó Giám đốc"), norm("Công ty Điện lực Sơn La")),
        (norm("Chủ tịch"), norm("Công đoàn Công ty Điện lực Sơn La"))}
    assert (norm("Phó Viện trưởng"), norm("Viện")) not in positions(person(f, "Lã Văn Thuận"))
    assert positions(person(f, "Nông Văn Pình")) == {
        (norm("Giám đốc"), norm("Công ty TNHH MTV Xây dựng công trình 490"))}
    assert positions(person(f, "Hồ Sỹ Tiến")) == {
        (norm("Chủ tịch"), norm("Hội đồng thành viên Tổng công ty Truyền tải điện Quốc gia"))}


@pytest.mark.parametrize("written", ["(C06, Bộ Công an)", "(C06), Bộ Công an", "(C06) Bộ Công an"])
def test_a_department_s_code_then_its_ministry(written):
    f = run(f"Sáng 5/12, UBND tỉnh Bắc Giang tổ chức hội nghị. Dự có Đại tá Vũ Quang Định, Phó Cục trưởng Cục Cảnh sát "
            f"quản lý hành chính về trật tự xã hội {written}; bà Nông Thị Thu Trang, Phó Chủ tịch HĐND tỉnh.")
    assert positions(person(f, "Vũ Quang Định")) == {
        (norm("Phó Cục trưởng"), norm("Cục Cảnh sát quản lý hành chính về trật tự xã hội Bộ Công an"))}


def test_a_department_s_code_then_a_list():
    f = run("Sáng 5/12, Công an tỉnh Điện Biên tổ chức hội nghị. Chuyên án do Phòng Cảnh sát điều tra tội phạm về ma túy "
            "chủ trì, phối hợp với Phòng Cảnh sát hình sự (PC02), Đồn Biên phòng Si Pa Phìn và Công an huyện Nậm Pồ.")
    assert norm("Phòng Cảnh sát hình sự Đồn Biên phòng Si Pa Phìn") not in org_names(f)


def test_foreign_provinces_and_their_heads():
    # a province the gazetteer does not know is a foreign one, not the article's; its head's office holds it
    f = run("Sáng 17/5, UBND tỉnh Kon Tum tổ chức lễ truy điệu. Dự có ông Bounthavy Sengdara, Phó Tỉnh trưởng tỉnh "
            "Attapeu; ông Bounlieng Xaysana, Giám đốc Bệnh viện tỉnh Savannakhet; ông Hoàng Chí Dũng, Thị trưởng thành "
            "phố Bằng Tường; Phó Chủ tịch UBND tỉnh Trần Văn Bình. Cụm thi đua các TAND tỉnh Nam Trung Bộ dự.",
            published="2024-05")
    assert positions(person(f, "Bounthavy Sengdara")) == {(norm("Phó Tỉnh trưởng tỉnh Attapeu"), "")}
    assert positions(person(f, "Bounlieng Xaysana")) == {(norm("Giám đốc"), norm("Bệnh viện tỉnh Savannakhet"))}
    assert positions(person(f, "Hoàng Chí Dũng")) == {(norm("Thị trưởng thành phố Bằng Tường"), "")}
    assert positions(person(f, "Trần Văn Bình")) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân tỉnh Kon Tum"))}
    assert not any("nam trung" in o for o in org_names(f))


def test_offices_people_are_elected_to():
    f = run("Sáng 5/3, Hội Người cao tuổi tỉnh Thái Bình tổ chức Đại hội. Tại phiên họp thứ nhất, ông Vũ Đình Thiệp được "
            "bầu lại làm Chủ tịch Hội NCT tỉnh; bà Lại Thị Hương và ông Nguyễn Bá Lộc được bầu làm Phó Chủ tịch. Bà "
            "Lê Thị Hoa được Chủ tịch UBND tỉnh tặng Bằng khen; và Ma "
            "Văn Lượng được tặng Giấy khen.", published="2021-03")
    hoi = norm("Hội Người cao tuổi tỉnh Thái Bình")
    assert positions(person(f, "Vũ Đình Thiệp")) == {(norm("Chủ tịch"), hoi)}
    assert positions(person(f, "Lại Thị Hương")) == {(norm("Phó Chủ tịch"), hoi)}
    assert positions(person(f, "Nguyễn Bá Lộc")) == {(norm("Phó Chủ tịch"), hoi)}
    assert positions(person(f, "Lê Thị Hoa")) == set()  # a giver, not an office
    assert person(f, "Ma Văn Lượng") is not None


def test_the_article_s_regiment_named_by_its_type_alone():
    f = run("Ngày 12/3, Sư đoàn 316 tổ chức lễ. Về phía Trung đoàn có Thượng tá Nguyễn Tiến Đạt, Trung đoàn trưởng. Chủ "
            "tịch nước tặng Huân chương cho Trung đoàn 98 và Thượng úy Giàng A Tủa, Trung đội trưởng, Tiểu đoàn 4.",
            published="2025-03")
    assert positions(person(f, "Nguyễn Tiến Đạt")) == {(norm("Trung đoàn trưởng"), norm("Trung đoàn 98 Sư đoàn 316"))}
    assert positions(person(f, "Giàng A Tủa")) == {
        (norm("Trung đội trưởng"), norm("Tiểu đoàn 4 Trung đoàn 98 Sư đoàn 316"))}


def test_envoys_hold_their_country_and_post_in_their_office():
    f = run("Sáng 10-1, UBND TP. Hồ Chí Minh tổ chức lễ. Dự có ông Ono Masaru, Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh; "
            "bà Keo Sreymom, Phó Tổng Lãnh sự Campuchia tại Thành phố Hồ Chí Minh; ông Kawamura Hideaki, Đại sứ đặc mệnh "
            "toàn quyền Nhật Bản tại Việt Nam; bà Trần Thị Minh Nguyệt, Trưởng phòng Lãnh sự - Biên giới (Sở Ngoại vụ).",
            published="2025-01")
    assert positions(person(f, "Ono Masaru")) == {(norm("Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh"), "")}
    assert positions(person(f, "Keo Sreymom")) == {(norm("Phó Tổng Lãnh sự Campuchia tại Thành phố Hồ Chí Minh"), "")}
    assert positions(person(f, "Kawamura Hideaki")) == {(norm("Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam"), "")}
    assert norm("Phòng Lãnh sự - Biên giới Sở Ngoại vụ thành phố Hồ Chí Minh") in org_names(f)


def test_a_member_of_another_country_s_central_committee():
    f = run("Sáng 14-3, BĐBP tỉnh Quảng Bình tổ chức lễ. Ông Viengkham Inthavong, Ủy viên Trung ương Đảng Nhân dân Cách "
            "mạng Lào dự. Đồng chí Lê Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự.", published="2024-03")
    assert positions(person(f, "Viengkham Inthavong")) == {
        (norm("Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào"), "")}
    assert (norm("Ủy viên Trung ương Đảng"), "") in positions(person(f, "Lê Văn An"))


def test_elected_bodies_offices():
    f = run("Sáng 5/1, Văn phòng Đoàn ĐBQH và HĐND tỉnh Bình Định tổ chức hội nghị. Dự có ông Phan Thành Lợi, Phó Trưởng "
            "đoàn chuyên trách Đoàn ĐBQH tỉnh; ông Trịnh Minh Khuê, Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội. "
            "ThS. Trương Công Kiệm, Chánh Văn phòng chủ trì hội nghị.", published="2024-01")
    assert positions(person(f, "Phan Thành Lợi")) == {
        (norm("Phó Trưởng đoàn chuyên trách"), norm("Đoàn đại biểu Quốc hội tỉnh Bình Định"))}
    assert positions(person(f, "Trịnh Minh Khuê")) == {(norm("Chủ nhiệm"), norm("Ủy ban Tài chính, Ngân sách của Quốc hội"))}
    assert positions(person(f, "Trương Công Kiệm")) == {
        (norm("Chánh Văn phòng"), norm("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Bình Định"))}


def test_artists_and_coaches_named_after_their_calling_or_a_count():
    f = run("Sáng 5/6, UBND tỉnh Ninh Bình tổ chức lễ. Ông Nguyễn Hồng Kỳ trao Bằng khen cho 2 HLV là Đỗ Minh Trí và Lê "
            "Thị Hoa. Nhà hát tặng quà cho diễn viên múa Hồ Thị Ngọc Quyên; nhạc công Lê Đình Thuận; đạo diễn Phùng "
            "Văn Khoa.", published="2025-06")
    assert {norm(n) for n in ("Đỗ Minh Trí", "Lê Thị Hoa", "Hồ Thị Ngọc Quyên", "Lê Đình Thuận", "Phùng Văn Khoa")} \
        <= person_names(f)


def test_deputies_of_the_body_named_with_their_head_and_the_merged_press():
    f = run("Sáng 3/10, Báo và Phát thanh, Truyền hình Khánh Hòa tổ chức hội nghị. Bà Lưu Thị Ngọc Bích, Phó Tổng Biên tập "
            "dự. Chủ trì là nhà thơ Trần Quốc Việt, Chủ tịch Hội Văn học Nghệ thuật tỉnh và các Phó Chủ tịch: nhạc sĩ "
            "Rơ Châm Pir, họa sĩ Lê Hoàng Thạch.", published="2025-10")
    assert positions(person(f, "Lưu Thị Ngọc Bích")) == {
        (norm("Phó Tổng Biên tập"), norm("Báo và Phát thanh, Truyền hình Khánh Hòa"))}
    assert positions(person(f, "Lê Hoàng Thạch")) == {(norm("Phó Chủ tịch"), norm("Hội Văn học Nghệ thuật tỉnh Khánh Hòa"))}


def test_religious_dignitaries_and_baptismal_names():
    f = run("Sáng 5/11, UBND phường Tân Biên tổ chức Ngày hội. Dự có Linh mục Phêrô Vũ Đình Khải, Chánh xứ Giáo xứ Tân "
            "Lập; Ni trưởng Thích Nữ Diệu Hạnh, Phó Trưởng ban Trị sự.", published="2020-11")
    assert {norm("Vũ Đình Khải"), norm("Thích Nữ Diệu Hạnh")} <= person_names(f)
    assert norm("Phêrô Vũ Đình Khải") not in person_names(f)


def test_a_command_board_written_alone_is_the_one_named():
    f = run("Sáng 5/11, đoàn công tác của Ban Chỉ huy Phòng thủ dân sự tỉnh Gia Lai do ông Lâm Hữu Tài, Phó Chủ tịch UBND "
            "tỉnh, Phó Trưởng ban Thường trực Ban Chỉ huy dẫn đầu đã kiểm tra.", published="2025-11")
    assert (norm("Phó Trưởng ban Thường trực"), norm("Ban Chỉ huy Phòng thủ dân sự tỉnh Gia Lai")) \
        in positions(person(f, "Lâm Hữu Tài"))


def test_an_office_s_function_between_the_title_and_the_body():
    f = run("Sáng 5/8, UBND tỉnh Phú Thọ tổ chức hội nghị với doanh nghiệp. Bà Yamada Aiko, Giám đốc nhân sự Công ty TNHH "
            "Kỹ nghệ Sanwa Việt Nam phản ánh. Ông Lê Văn An, Giám đốc Sở Công Thương và ông Hà Văn Bình, Giám đốc Sở Nội vụ "
            "cùng trả lời.", published="2025-08")
    assert positions(person(f, "Yamada Aiko")) == {
        (norm("Giám đốc nhân sự"), norm("Công ty TNHH Kỹ nghệ Sanwa Việt Nam"))}


def test_a_member_school_of_a_university_after_a_comma():
    f = run("Sáng 24/2, Bệnh viện Trung ương Huế tổ chức lễ. Dự có PGS.TS Lê Văn Hùng, Hiệu trưởng Trường Đại học Y - "
            "Dược, Đại học Huế phát biểu.", published="2024-02")
    assert positions(person(f, "Lê Văn Hùng")) == {(norm("Hiệu trưởng"), norm("Trường Đại học Y - Dược Đại học Huế"))}


def test_the_hospital_named_last_so_far_and_health_workers():
    f = run("Chiều 10/9, Thứ trưởng Bộ Y tế kiểm tra các bệnh viện. Tại Bệnh viện Bãi Cháy, ông Lê Văn Hải, Giám đốc bệnh "
            "viện báo cáo. Tại Bệnh viện Đa khoa tỉnh Quảng Ninh, TS.BS Lã Văn Mừng, Giám đốc bệnh viện báo cáo. Trạm Y tế "
            "xã Nhôn Mai có y sĩ Lô Thị Sương, Trạm trưởng và nữ hộ sinh Moong Thị Phương.", published="2024-09")
    assert positions(person(f, "Lê Văn Hải")) == {(norm("Giám đốc"), norm("Bệnh viện Bãi Cháy"))}
    assert positions(person(f, "Lã Văn Mừng")) == {(norm("Giám đốc"), norm("Bệnh viện Đa khoa tỉnh Quảng Ninh"))}
    assert positions(person(f, "Lô Thị Sương")) == {(norm("Trạm trưởng"), norm("Trạm Y tế xã Nhôn Mai"))}
    assert norm("Moong Thị Phương") in person_names(f)


def test_a_pen_name_of_two_syllables_is_the_person_named_in_full():
    f = run("Sáng 21/6, Báo Hà Tĩnh tổ chức gặp mặt. Phóng viên Hán Thị Kiều Oanh (bút danh Kiều Oanh) và nhà báo "
            "Dương Văn Chiến nhận giải. Phóng viên Kiều Oanh chia sẻ niềm vui; nhà báo Dương Chiến cho rằng tác phẩm "
            "hay phải từ cơ sở.", published="2024-06")
    assert {p.name for p in f.persons} == {"Hán Thị Kiều Oanh", "Dương Văn Chiến"}


def test_a_party_delegation_or_caucus_is_of_the_body_the_next_post_names():
    f = run("Chiều 5/1, Bộ LĐ-TB&XH tổ chức hội nghị. Về phía Bộ LĐ-TB&XH có bà Chu Thị Bạch Yến, Ủy viên Trung ương Đảng, "
            "Bí thư Ban cán sự đảng, Bộ trưởng. Ông Lê Văn Bảy, Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh Nghệ An dự.",
            published="2024-01")
    assert (norm("Bí thư"), norm("Ban cán sự đảng Bộ Lao động - Thương binh và Xã hội")) in positions(
        person(f, "Chu Thị Bạch Yến"))
    assert (norm("Bí thư"), norm("Đảng đoàn Hội Nông dân tỉnh Nghệ An")) in positions(person(f, "Lê Văn Bảy"))


def test_a_board_of_a_mass_organisation_s_centre():
    f = run("Sáng 5/3, Hội LHPN tỉnh Thanh Hóa tổ chức lễ. Dự có các đồng chí: Trịnh Thị Minh Phương, Ủy viên Đoàn Chủ tịch, "
            "Trưởng Ban Tuyên giáo Trung ương Hội LHPN Việt Nam; Lê Thị Hải Yến, Trưởng Ban Dân vận Tỉnh ủy.",
            published="2022-03")
    assert positions(person(f, "Trịnh Thị Minh Phương")) == {
        (norm("Ủy viên Đoàn Chủ tịch"), norm("Trung ương Hội Liên hiệp Phụ nữ Việt Nam")),
        (norm("Trưởng ban"), norm("Ban Tuyên giáo Trung ương Hội Liên hiệp Phụ nữ Việt Nam"))}


def test_a_bare_type_in_a_sentence_about_one_body_is_that_body():
    f = run("Sáng 5/3, Ban Văn hóa - Xã hội HĐND tỉnh Quảng Ngãi tổ chức giám sát. Dự có đại diện Sở Y tế, Sở Giáo dục và "
            "Đào tạo. Về phía Sở LĐ-TB&XH có ông Trần Văn Lực - Giám đốc Sở và bà Đinh Thị Hồng Nhung - Phó Giám đốc Sở.",
            published="2024-03")
    assert positions(person(f, "Trần Văn Lực")) == {
        (norm("Giám đốc"), norm("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi"))}


def test_a_member_of_a_mass_organisation_s_central_committee_who_heads_one_of_its_boards():
    f = run("Sáng 5/8, Hội Chữ thập đỏ tỉnh Hưng Yên tổ chức lễ. Dự có ông Nguyễn Hữu Cảnh, Ủy viên Ban Thường vụ, Trưởng "
            "ban Phong trào Trung ương Hội Chữ thập đỏ Việt Nam.", published="2025-08")
    assert positions(person(f, "Nguyễn Hữu Cảnh")) == {
        (norm("Ủy viên Ban Thường vụ"), norm("Trung ương Hội Chữ thập đỏ Việt Nam")),
        (norm("Trưởng ban"), norm("Ban Phong trào Trung ương Hội Chữ thập đỏ Việt Nam"))}


def test_a_person_named_in_a_photo_caption_is_at_the_event_and_the_photographer_is_not():
    f = run("Sáng 8/11, Thành Đoàn Huế tổ chức Lễ trao Huy hiệu “Tuổi trẻ dũng cảm” cho 3 đoàn viên.\n\n"
            "Ông Nguyễn Đình Lâm, Phó Chủ tịch UBND thành phố Huế, trao Bằng khen cho 5 cá nhân. Ảnh: Bảo Châu",
            published="2025-11")
    assert person_names(f) == {norm("Nguyễn Đình Lâm")}
    assert positions(person(f, "Nguyễn Đình Lâm")) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân thành phố Huế"))}
    assert [norm(p) for p in f.events[0].participants] == [norm("Nguyễn Đình Lâm")]
    # (a caption's award is the body's, or, of a kind the body does not tell, one of its own)
    assert [a.award for a in f.awards] == ["Huy hiệu Tuổi trẻ dũng cảm", "Bằng khen"]
    assert_evidence_ok(f)


def test_a_caption_that_opens_the_article_with_its_day_and_organiser_is_its_lead():
    f = run("Sáng 8/11, Thành Đoàn Huế tổ chức Lễ trao Huy hiệu “Tuổi trẻ dũng cảm” cho 3 đoàn viên. Ảnh: Thanh Tùng\n\n"
            "Ông Nguyễn Đình Lâm, Phó Chủ tịch UBND thành phố Huế, trao Bằng khen cho 5 cá nhân. Ảnh: Bảo Châu",
            published="2025-11")
    assert [(e.date.isoformat(), e.organiser) for e in f.events] == [("2025-11-08", "Thành Đoàn Huế")]
    assert [a.award for a in f.awards] == ["Huy hiệu Tuổi trẻ dũng cảm", "Bằng khen"]
    assert person_names(f) == {norm("Nguyễn Đình Lâm")}


def test_an_article_of_photo_captions_only_is_read_as_its_text():
    f = run("Ông Nguyễn Đình Lâm, Phó Chủ tịch UBND thành phố Huế, trao Bằng khen cho 5 cá nhân. Ảnh: Bảo Châu\n\n"
            "Bà Lê Thị Hoa phát biểu. Ảnh: Thanh Tùng", published="2025-11")
    assert person_names(f) == {norm("Nguyễn Đình Lâm"), norm("Lê Thị Hoa")}
    assert [a.award for a in f.awards] == ["Bằng khen"]


def test_officials_of_several_provinces_each_with_the_province_in_brackets():
    f = run("Sáng 19-12, Cụm thi đua các tỉnh Bắc Trung Bộ tổ chức hội nghị. Dự có bà Bùi Thị Quỳnh Trang, Phó Chủ tịch "
            "UBND tỉnh Hà Tĩnh; Phó Chủ tịch UBND các tỉnh: Đào Hữu Nghĩa (Thanh Hóa); Phan Quý Đông (Thừa Thiên Huế).",
            published="2024-12")
    assert positions(person(f, "Đào Hữu Nghĩa")) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân tỉnh Thanh Hóa"))}
    assert positions(person(f, "Phan Quý Đông")) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân tỉnh Thừa Thiên Huế"))}
    assert person_names(f) == {norm("Bùi Thị Quỳnh Trang"), norm("Đào Hữu Nghĩa"), norm("Phan Quý Đông")}
    assert not [n for n in org_names(f) if "cac tinh" in n and "cum" not in n]


def test_a_middle_name_marks_a_person_whose_family_name_is_not_listed():
    f = run("Sáng 20/12, Công an phường Phan Rang tổ chức hội nghị. Báo cáo do Thiếu tá Thành Văn Khoa, Phó Trưởng Công an "
            "phường trình bày. Ông Thuận Văn Hải phát biểu. Phó Cục trưởng Cục Thuế Văn Đình Hưởng dự. Thành Đoàn và Báo "
            "Văn Nghệ đưa tin.", published="2025-12")
    assert person_names(f) == {norm("Thành Văn Khoa"), norm("Thuận Văn Hải"), norm("Văn Đình Hưởng")}
    assert person(f, "Thành Văn Khoa").rank == "Thiếu tá"


def test_the_head_of_a_steering_committee_named_by_its_quoted_movement():
    f = run("Sáng 28.12.2023, UBND huyện Đăk Hà tổ chức hội nghị. Dự có ông Lê Hoàng Nam, Phó Chủ tịch UBND huyện, Trưởng "
            "Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện; bà Y Liên phát biểu.",
            published="2023-12")
    assert (norm("Trưởng ban"), norm("Ban Chỉ đạo phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa huyện Đăk Hà")) \
        in positions(person(f, "Lê Hoàng Nam"))


def test_a_presidium_s_chair_is_no_office_of_the_one_acting_for_it():
    f = run("Sáng 10/1, LĐLĐ thành phố Hải Phòng tổ chức hội nghị. Thừa ủy quyền của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, "
            "ông Vũ Mạnh Cường trao Cờ thi đua cho LĐLĐ huyện Thủy Nguyên.", published="2024-01")
    assert positions(person(f, "Vũ Mạnh Cường")) == set()


def test_the_national_assembly_s_chairs_hold_office_in_the_assembly():
    f = run("Sáng 5/1/2024, UBND tỉnh Đắk Nông tổ chức lễ. Phó Chủ tịch Quốc hội Bùi Văn Chương dự.", published="2024-01")
    assert positions(person(f, "Bùi Văn Chương")) == {(norm("Phó Chủ tịch"), norm("Quốc hội"))}
    assert norm("Quốc hội") in org_names(f)


def test_an_office_given_after_the_offices_held():
    f = run("Ngày 12-9-2025, Ủy ban MTTQ Việt Nam phường Ninh Kiều tổ chức Đại hội. Ông Quách Văn Trí, Ủy viên BTV Đảng "
            "ủy phường, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường; bà Nguyễn Thị Mỹ Lệ và anh "
            "Thạch Sô Phon, Bí thư Đoàn phường, được cử giữ chức Phó Chủ tịch.", published="2025-09")
    front = norm("Ủy ban Mặt trận Tổ quốc Việt Nam phường Ninh Kiều")
    assert (norm("Chủ tịch"), front) in positions(person(f, "Quách Văn Trí"))
    assert (norm("Phó Chủ tịch"), front) in positions(person(f, "Thạch Sô Phon"))
    assert positions(person(f, "Nguyễn Thị Mỹ Lệ")) == {(norm("Phó Chủ tịch"), front)}


def test_religious_and_community_roles_before_names():
    f = run("Sáng 5/3, UBND tỉnh Vĩnh Long tặng Bằng khen cho Achar Thạch Ruone, người có uy tín Danh Sơn và chiến sĩ dân "
            "quân Siu H’Linh.", published="2025-03")
    assert norms(f.awards[0].recipients) == norms({"Thạch Ruone", "Danh Sơn", "Siu H’Linh"})


def test_an_office_after_cua_is_the_persons_named_right_after_it():
    f = run("Sáng 19.12, Thuế tỉnh Quảng Trị tổ chức hội nghị. Báo cáo của Phó Trưởng Thuế tỉnh Nguyễn Thị Diệu Linh cho "
            "biết, năm 2025 đơn vị hoàn thành kế hoạch. Thừa ủy quyền của Bộ trưởng Bộ Tài chính, Thứ trưởng Nguyễn Đức "
            "Chi trao Bằng khen.", published="2025-12")
    assert positions(person(f, "Nguyễn Thị Diệu Linh")) == {(norm("Phó Trưởng"), norm("Thuế tỉnh Quảng Trị"))}
    assert positions(person(f, "Nguyễn Đức Chi")) == {(norm("Thứ trưởng"), norm("Bộ Tài chính"))}


def test_a_central_highlands_name_after_a_bare_level_is_a_person():
    f = run("Sáng 5/1, UBND huyện Krông Pắc tổ chức hội nghị. Phó Chủ tịch UBND huyện H’Linh Mlô trao Giấy khen.",
            published="2025-01")
    assert positions(person(f, "H’Linh Mlô")) == {(norm("Phó Chủ tịch"), norm("Ủy ban nhân dân huyện Krông Pắc"))}


def test_a_wards_department_named_with_fields_across_a_comma_after_the_title():
    f = run("Sáng 5/8, UBND phường Ninh Kiều kiểm tra. Cùng đi có bà Trương Thị Bích Ngọc, Trưởng phòng Kinh tế, Hạ tầng và "
            "Đô thị phường và ông Huỳnh Văn Tư.", published="2025-08")
    assert positions(person(f, "Trương Thị Bích Ngọc")) == {
        (norm("Trưởng phòng"), norm("Phòng Kinh tế, Hạ tầng và Đô thị phường Ninh Kiều"))}


@pytest.mark.parametrize("text, name", [
    ("nghệ nhân gốm Quàng Thị Xuân Hoa (làng Bàu Trúc)", "Quàng Thị Xuân Hoa"),
    ("nghệ nhân cồng chiêng Rơ Châm Kơnh (làng Plei Ốp)", "Rơ Châm Kơnh")])
def test_an_artisan_named_after_the_craft(text, name):
    f = run(f"Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 6 cá nhân, trong đó có {text}.", published="2024-10")
    assert [p.name for p in f.persons] == [name]
    assert norms(f.awards[0].recipients) == {norm(name)}


def test_a_bare_party_committee_before_another_office_is_that_units_not_one_named_before():
    f = run("Sáng 27/2/2026, Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức lễ. Dự có đại diện Đảng ủy UBND tỉnh. TS.BS Kiều Văn "
            "Quân, Bí thư Đảng ủy, Giám đốc Bệnh viện chủ trì buổi lễ.", published="2026-02")
    assert positions(person(f, "Kiều Văn Quân")) == {
        (norm("Bí thư"), norm("Đảng ủy Bệnh viện Đa khoa tỉnh Phú Thọ")),
        (norm("Giám đốc"), norm("Bệnh viện Đa khoa tỉnh Phú Thọ"))}


def test_an_office_one_was_moved_to():
    f = run("Từ ngày 1/7/2025, Thiếu tá Vi Văn Tường được điều động giữ chức Trưởng Công an xã Mường Xén.",
            published="2025-11")
    assert positions(person(f, "Vi Văn Tường")) == {(norm("Trưởng"), norm("Công an xã Mường Xén"))}


@pytest.mark.parametrize("text, names", [
    ("Dịp này, bà Lò Thị Phượng trao Giấy khen cho 4 cá nhân: y sĩ Sùng Thị Mang; các nhân viên y tế thôn bản Lý Thị "
     "Dùa và Giàng A Vừ.", ["Lò Thị Phượng", "Sùng Thị Mang", "Lý Thị Dùa", "Giàng A Vừ"]),
    ("Bác sĩ trẻ Quách Thị Huyên, Khoa Nhi, bày tỏ mong muốn được dìu dắt.", ["Quách Thị Huyên"]),
    ("Năm nay có 200 công nhân về quê đón Tết Ất Tỵ.", [])])
def test_an_occupation_with_its_kind_before_the_name(text, names):
    assert [p.name for p in run(text, published="2025-02").persons] == names


def test_a_chief_inspector_is_the_chanh_of_the_inspectorate():
    f = run("Sáng 19/12/2025, Thanh tra tỉnh Nghệ An tổ chức hội nghị tổng kết. Ông Trần Đức Lâm, Chánh Thanh tra tỉnh "
            "chủ trì; bà Nguyễn Thị Mai Hoa, Phó Chánh Thanh tra tỉnh, báo cáo.", published="2025-12")
    assert positions(person(f, "Trần Đức Lâm")) == {(norm("Chánh"), norm("Thanh tra tỉnh Nghệ An"))}
    assert positions(person(f, "Nguyễn Thị Mai Hoa")) == {(norm("Phó Chánh"), norm("Thanh tra tỉnh Nghệ An"))}


def test_a_bare_office_joined_by_and_to_a_commanders_is_of_the_same_unit():
    # "A - Đồn trưởng và B - Chính trị viên": the political officer of A's post; not when B's office
    # names its own body, nor when the "và" joins B to something else than A's office
    f = run("Sáng 2/3/2026, Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo tổ chức gặp mặt kỷ niệm. Dự có ông Nguyễn Văn "
            "Khoa, Chủ tịch UBND xã Lao Bảo. Trung tá Trương Công Đạt - Đồn trưởng và Thiếu tá Hồ Văn Lợi - Chính trị "
            "viên đồng chủ trì. Ông Lê Văn Bình, Phó Chủ tịch UBND xã và ông Hoàng Văn Dũng, Trưởng thôn Khe Sanh "
            "cùng dự.", published="2026-03")
    assert positions(person(f, "Hồ Văn Lợi")) == {(norm("Chính trị viên"), norm("Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo"))}
    assert all(norm("xa lao bao") not in o for _, o in positions(person(f, "Hoàng Văn Dũng")))


def test_an_office_of_a_body_named_by_the_short_name_the_article_gave_it():
    # (a brand or a short name of several words, where the office's body would otherwise be the host's)
    f = run("Ngày 5/12/2025, Công ty Cổ phần Cà phê Phước An tổ chức lễ, có Tổng công ty Cà phê Việt Nam (Vinacafe) và "
            "Công ty TNHH MTV Cao su Phú Riềng (Cao su Phú Riềng) dự. Ông Trần Văn Hòa, Phó Tổng Giám đốc Vinacafe và "
            "ông Lê Văn Sinh, Giám đốc Cao su Phú Riềng chủ trì.", published="2025-12")
    assert positions(person(f, "Trần Văn Hòa")) == {(norm("Phó Tổng Giám đốc"), norm("Tổng công ty Cà phê Việt Nam"))}
    assert positions(person(f, "Lê Văn Sinh")) == {(norm("Giám đốc"), norm("Công ty TNHH MTV Cao su Phú Riềng"))}


def test_a_polling_team_is_its_communes_and_a_team_is_where_the_brackets_say():
    # a numbered "Tổ bầu cử" is no unit of a body named before (the police here): the article's commune's
    f = run("Chiều 27/3/2026, Ủy ban bầu cử xã Mường Nhé tổ chức hội nghị tổng kết, có Công an xã Mường Nhé dự. Chủ "
            "tịch UBND xã trao Giấy khen cho ông Thào A Khu, Tổ trưởng Tổ bầu cử số 9.", published="2026-03")
    assert positions(person(f, "Thào A Khu")) == {(norm("Tổ trưởng"), norm("Tổ bầu cử số 9 xã Mường Nhé"))}
    f = run("Sáng 14/4/2026, Ủy ban bầu cử thành phố Hải Phòng tổ chức hội nghị. Bằng khen được trao cho ông Nguyễn "
            "Hữu Tuệ, Tổ trưởng Tổ bầu cử số 2 (đặc khu Bạch Long Vĩ).", published="2026-04")
    assert positions(person(f, "Nguyễn Hữu Tuệ")) == {(norm("Tổ trưởng"), norm("Tổ bầu cử số 2 đặc khu Bạch Long Vĩ"))}


def test_the_party_committee_of_a_special_zone_whose_council_the_secretary_chairs():
    f = run("Sáng 26/2/2026, Ủy ban bầu cử tỉnh Quảng Ninh kiểm tra tại đặc khu Cô Tô. Ông Vi Đức Thoại, Bí thư Đảng "
            "ủy, Chủ tịch HĐND đặc khu báo cáo.", published="2026-02")
    assert (norm("Bí thư"), norm("Đảng ủy đặc khu Cô Tô")) in positions(person(f, "Vi Đức Thoại"))


def test_the_last_of_a_pair_after_the_first_ones_place_in_brackets():
    f = run("Tối 2/2/2026, Tỉnh ủy Lạng Sơn tổ chức lễ. Đồng chí Hoàng Thị Kim Quyên trao Huy hiệu 80 năm tuổi Đảng cho 2 "
            "đồng chí là Hoàng Văn Páo (phường Lương Văn Tri) và Lành Thị Slao (phường Tam Thanh).", published="2026-02")
    assert norms(f.awards[0].recipients) == {norm("Hoàng Văn Páo"), norm("Lành Thị Slao")}


def test_the_body_in_brackets_after_a_name_is_that_of_the_office_before_it():
    f = run("Sáng 12/12/2024, VKSND tỉnh Bắc Giang tổ chức chung khảo cuộc thi. Ban Giám khảo trao giải Nhất cho Kiểm "
            "sát viên Hà Thị Phương Thảo (VKSND huyện Lục Ngạn) và Giấy khen cho Thẩm phán Lê Đình Quang.",
            published="2024-12")
    assert positions(person(f, "Hà Thị Phương Thảo")) == {(norm("Kiểm sát viên"),
                                                             norm("Viện kiểm sát nhân dân huyện Lục Ngạn"))}


def test_a_khmer_family_name_ends_the_body_written_before_it():
    f = run("Sáng 8/1/2026, VKSND tỉnh An Giang tổ chức hội nghị tổng kết. Viện trưởng VKSND tỉnh Danh Út chủ trì; "
            "dự có bà Néang Sa Phi, ông Chau Sóc Kha.", published="2026-01")
    assert positions(person(f, "Danh Út")) == {(norm("Viện trưởng"), norm("Viện kiểm sát nhân dân tỉnh An Giang"))}
    assert {norm("Néang Sa Phi"), norm("Chau Sóc Kha")} <= person_names(f)


def test_a_bare_office_of_the_body_a_clause_says_its_holder_represents():
    f = run("Sáng 13/1/2026, UBND tỉnh Nghệ An tổ chức hội nghị. Dự có ông Lê Văn Hùng, Chủ tịch HĐND tỉnh; đại diện Ban "
            "Thi đua - Khen thưởng tỉnh có bà Ninh Thị Thục Anh, Phó Trưởng ban.", published="2026-01")
    assert positions(person(f, "Ninh Thị Thục Anh")) == {(norm("Phó Trưởng ban"),
                                                           norm("Ban Thi đua - Khen thưởng tỉnh Nghệ An"))}


def test_an_office_of_an_events_organising_committee_is_written_whole():
    f = run("Sáng 5/4/2024, Sở GD&ĐT tỉnh Quảng Trị tổ chức bế mạc hội thi. Bà Lê Thị Diệu Hà, Phó Giám đốc Sở GD&ĐT, "
            "Trưởng ban Tổ chức hội thi phát biểu. Ban Tổ chức hội thi trao giải.", published="2024-04")
    assert positions(person(f, "Lê Thị Diệu Hà")) == {
        (norm("Phó Giám đốc"), norm("Sở Giáo dục và Đào tạo tỉnh Quảng Trị")), (norm("Trưởng ban Tổ chức hội thi"), "")}
    assert org_names(f) == {norm("Sở Giáo dục và Đào tạo tỉnh Quảng Trị")}


def test_a_leader_named_after_his_team_or_in_charge_heads_the_unit_just_named():
    f = run("Sáng 3/4, Công an phường Yên Hòa tổ chức lễ. Trưởng Công an phường trao Giấy khen cho Tổ bảo vệ an ninh, "
            "trật tự tổ dân phố số 9 và 2 cá nhân là ông Lục Văn Bảy, Tổ trưởng và anh Hà Văn Kiên. Giảng viên là các "
            "cán bộ của Phòng Cảnh sát hình sự, do Thiếu tá Âu Thị Nhàn - Phó Trưởng phòng phụ trách.")
    assert positions(person(f, "Lục Văn Bảy")) == {(norm("Tổ trưởng"), norm("Tổ bảo vệ an ninh, trật tự tổ dân phố số 9"))}
    assert positions(person(f, "Âu Thị Nhàn")) == {(norm("Phó Trưởng phòng"), norm("Phòng Cảnh sát hình sự"))}


def test_the_police_of_a_district_written_bare_is_the_articles_own_whatever_district_was_named_last():
    f = run("Vừa qua, Công an quận Hà Đông tổ chức trao Giấy khen cho 2 cá nhân. Hai đối tượng bị bắt tại quận Thanh "
            "Xuân. Thượng tá Mạc Văn Toàn, Phó Trưởng Công an quận, biểu dương tinh thần của tổ.", published="2025-01")
    assert positions(person(f, "Mạc Văn Toàn")) == {(norm("Phó Trưởng"), norm("Công an quận Hà Đông"))}


def test_a_schools_pioneer_leader_is_the_schools_and_ptdt_is_written_out():
    f = run("Chiều 27/5, Trường PTDT nội trú THPT tỉnh Lai Châu tổ chức lễ tổng kết năm học. Thầy Lò Văn Hiếu, Tổng phụ "
            "trách Đội, báo cáo kết quả.", published="2025-05")
    school = "Trường Phổ thông Dân tộc nội trú Trung học phổ thông tỉnh Lai Châu"
    assert norm(school) in org_names(f)
    assert positions(person(f, "Lò Văn Hiếu")) == {(norm("Tổng phụ trách Đội"), norm(school))}


def test_a_board_of_the_centre_written_bare_is_of_the_association_named():
    f = run("Sáng 5/1, Hội CCB thành phố Hải Phòng tổ chức hội nghị. Dự có ông Ngô Quang Sáu, Ủy viên Ban Thường vụ Trung "
            "ương Hội CCB Việt Nam, Trưởng Ban Tổ chức Trung ương Hội; bà Phạm Thị Lan, Phó Chủ tịch Hội.", published="2025-01")
    assert (norm("Trưởng ban"), norm("Ban Tổ chức Trung ương Hội Cựu chiến binh Việt Nam")) in positions(person(f, "Ngô Quang Sáu"))


def test_an_air_traffic_controller_named_with_the_station_she_works_at():
    f = run("Sáng 21/5, Công ty Quản lý bay miền Trung tổ chức Hội thi. Giải Nhất thuộc về kiểm soát viên Nguyễn Thị "
            "Minh Thư (Đài Kiểm soát không lưu Đà Nẵng).", published="2025-05")
    assert person(f, "Nguyễn Thị Minh Thư") is not None
    assert norm("Đài Kiểm soát không lưu Đà Nẵng") in org_names(f)


def test_police_and_military_region_abbreviations_are_written_out():
    f = run("Sáng 9/1, Bộ Tư lệnh QK4 tổ chức hội nghị. Dự có Thiếu tướng Nguyễn Đình Phúc, Phó Tư lệnh QK4; Thứ trưởng "
            "Bộ CA Đỗ Minh Tâm. Chi đoàn CA huyện Sơn Dương được tặng Bằng khen.", published="2026-01")
    assert positions(person(f, "Nguyễn Đình Phúc")) == {(norm("Phó Tư lệnh"), norm("Quân khu 4"))}
    assert positions(person(f, "Đỗ Minh Tâm")) == {(norm("Thứ trưởng"), norm("Bộ Công an"))}
    assert norm("Chi đoàn Công an huyện Sơn Dương") in org_names(f)


def test_the_central_commissions_formed_in_2025_are_known_by_their_whole_names():
    f = run("Sáng 14/10, Thành ủy Cần Thơ tổ chức đại hội. Dự có ông Lâm Hoài Phong, Phó Trưởng ban Ban Chính sách, chiến "
            "lược Trung ương; ông Lê Văn Hòa, Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương.", published="2025-10")
    assert positions(person(f, "Lâm Hoài Phong")) == {(norm("Phó Trưởng ban"), norm("Ban Chính sách, chiến lược Trung ương"))}
    assert positions(person(f, "Lê Văn Hòa")) == {(norm("Phó Trưởng ban"), norm("Ban Tuyên giáo và Dân vận Trung ương"))}


def test_an_athlete_or_coach_named_with_the_sport():
    f = run("Sáng 4/1, Sở Văn hóa và Thể thao tổ chức gặp mặt. Bà Phan Thị Diễm Kiều trao Bằng khen cho VĐV bơi Lâm Gia "
            "Thịnh, VĐV bóng bàn Sơn Thị Ra Ni và HLV Lý Kim Sang.", published="2026-01")
    assert norms(["Lâm Gia Thịnh", "Sơn Thị Ra Ni", "Lý Kim Sang"]) <= person_names(f)


def test_a_peoples_assessor_is_an_office_of_a_court_no_association():
    f = run("Sáng 19/12, Tòa án nhân dân tỉnh Hà Tĩnh tổ chức hội nghị. Dự có bà Nguyễn Thị Hoài Thu, Hội thẩm Tòa án nhân "
            "dân tỉnh Hà Tĩnh. Bằng khen được trao cho 2 Hội thẩm là bà Võ Thị Mai và ông Lê Văn Mão.", published="2025-12")
    assert positions(person(f, "Nguyễn Thị Hoài Thu")) == {(norm("Hội thẩm"), norm("Tòa án nhân dân tỉnh Hà Tĩnh"))}
    assert f.awards[0].individuals == 2 and not f.awards[0].collectives


def test_the_assessors_group_and_the_bar_are_bodies_their_heads_named_with_them():
    f = run("Ngày 18/12, TAND tỉnh Hà Tĩnh tổ chức hội nghị. Báo cáo do ông Võ Văn Lương, Trưởng đoàn Hội thẩm nhân dân tỉnh "
            "trình bày. Dự có luật sư Trương Công Hiếu – Phó Chủ nhiệm Đoàn Luật sư thành phố Đà Nẵng. Chủ tịch UBND tỉnh "
            "tặng Bằng khen cho Đoàn Hội thẩm nhân dân tỉnh.", published="2025-12")
    assert positions(person(f, "Võ Văn Lương")) == {(norm("Trưởng đoàn"), norm("Đoàn Hội thẩm nhân dân tỉnh Hà Tĩnh"))}
    assert positions(person(f, "Trương Công Hiếu")) == {(norm("Phó Chủ nhiệm"), norm("Đoàn Luật sư thành phố Đà Nẵng"))}
    assert norm("Đoàn Hội thẩm nhân dân tỉnh Hà Tĩnh") in {norm(r) for a in f.awards for r in a.recipients}


def test_recruits_and_a_staff_officer_of_a_district_military_command():
    # "tân binh X" is a person; a staff officer's command after a comma; NVQS and CHPTKV written out
    f = run("Sáng 26/2, Hội đồng NVQS huyện Yên Thành tổ chức Lễ giao nhận quân. Tân binh Trần Đình Hậu phát biểu. Chủ tịch "
            "UBND huyện tặng Giấy khen cho Ban CHPTKV 2 - Vĩnh Yên và Đại úy Hoàng Văn Tưởng, Trợ lý Quân lực, Ban CHQS "
            "huyện Phú Lương.", published="2024-02")
    assert norm("Trần Đình Hậu") in person_names(f)
    assert f.events[0].organiser == "Hội đồng Nghĩa vụ quân sự huyện Yên Thành"
    assert positions(person(f, "Hoàng Văn Tưởng")) == {(norm("Trợ lý Quân lực"), norm("Ban Chỉ huy Quân sự huyện Phú Lương"))}
    assert norm("Ban Chỉ huy Phòng thủ khu vực 2 - Vĩnh Yên") in {norm(r) for a in f.awards for r in a.recipients}


def test_a_family_name_ong_after_a_rank_and_a_first_deputy():
    f = run("Sáng 19/6, Liên doanh Việt - Nga Vietsovpetro tổ chức lễ. Dự có Trung tá Ông Văn Lực, Đồn trưởng Đồn Biên "
            "phòng Cửa khẩu cảng Vũng Tàu; ông Andrey Morozov – Phó Tổng Giám đốc thứ nhất Vietsovpetro.", published="2025-06")
    assert person(f, "Ông Văn Lực").rank == "Trung tá"
    assert positions(person(f, "Andrey Morozov")) == {
        (norm("Phó Tổng Giám đốc thứ nhất"), norm("Liên doanh Việt - Nga Vietsovpetro"))}


def test_a_name_after_a_bare_city_with_where_she_stands_in_the_photo():
    f = run("Sáng 15/4, UBND Thành phố Hồ Chí Minh tổ chức lễ phát động. Phó Chủ tịch UBND TP. Nguyễn Thị Mỹ Duyên (thứ "
            "ba từ trái) trao Bằng khen cho các tập thể. Ông Đoàn Minh Trí – Giám đốc Trung tâm điểm lại chặng đường.",
            published="2026-04")
    assert not any("nguyen thi" in n or "diem lai" in n for n in org_names(f))
