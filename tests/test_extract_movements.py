"""Movements (phong trào, cuộc vận động) with periods; initiatives with sites."""
from __future__ import annotations

import pytest

from helpers import assert_evidence_ok, norm, run


def movements(f):
    return {norm(m.name): m for m in f.movements}


def initiatives(f):
    return {norm(i.name): i for i in f.initiatives}


def test_quoted_movement_with_period_opening_clause():
    f = run("Giai đoạn 2015 - 2020, phong trào “Vì an ninh Tổ quốc” tiếp tục được triển khai sâu rộng trên địa bàn tỉnh Bình Phước.")
    ms = movements(f)
    m = ms[norm("Vì an ninh Tổ quốc")]
    assert m.kind == "phong trào"
    assert (m.start, m.end) == (2015, 2020)
    assert_evidence_ok(f)


def test_period_after_coordinated_pair():
    f = run(
        "Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và phong trào “Chung sức xây dựng nông thôn mới” "
        "giai đoạn 2016 - 2020 đạt nhiều kết quả quan trọng."
    )
    ms = movements(f)
    assert set(ms) == {norm("Toàn dân đoàn kết xây dựng đời sống văn hóa"), norm("Chung sức xây dựng nông thôn mới")}
    for m in ms.values():
        assert (m.start, m.end) == (2016, 2020)
    assert_evidence_ok(f)


def test_period_in_parentheses():
    f = run("Huyện Đắk Mil phát động phong trào “Nông dân thi đua sản xuất giỏi” (2021 - 2025).")
    m = movements(f)[norm("Nông dân thi đua sản xuất giỏi")]
    assert (m.start, m.end) == (2021, 2025)


def test_unquoted_movement_with_abbreviation():
    f = run("Phong trào Toàn dân bảo vệ ANTQ tiếp tục phát triển mạnh ở các địa phương trong tỉnh Bình Định.")
    ms = movements(f)
    assert set(ms) == {norm("Toàn dân bảo vệ an ninh Tổ quốc")}
    m = ms[norm("Toàn dân bảo vệ an ninh Tổ quốc")]
    assert m.kind == "phong trào"
    assert (m.start, m.end) == (None, None)
    assert_evidence_ok(f)


def test_campaign_kind():
    f = run("Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” được Mặt trận Tổ quốc tỉnh Đồng Nai triển khai rộng khắp.")
    ms = movements(f)
    m = ms[norm("Người Việt Nam ưu tiên dùng hàng Việt Nam")]
    assert m.kind == "cuộc vận động"


def test_generic_thi_dua_is_not_a_movement():
    f = run("Phong trào thi đua được các đơn vị hưởng ứng tích cực.")
    assert not f.movements


def test_same_movement_named_twice_once():
    f = run(
        "Tỉnh Cà Mau phát động phong trào “Cả nước chung tay vì người nghèo”. "
        "Qua 5 năm, phong trào “Cả nước chung tay vì người nghèo” đã huy động hơn 100 tỷ đồng."
    )
    assert [norm(m.name) for m in f.movements] == [norm("Cả nước chung tay vì người nghèo")]


def test_initiative_sites_go_to_the_nearest():
    f = run("Các mô hình “Camera an ninh”, “Tổ tự quản an toàn” được triển khai tại 120 xã trên địa bàn tỉnh Tây Ninh.")
    ins = initiatives(f)
    assert set(ins) == {norm("Camera an ninh"), norm("Tổ tự quản an toàn")}
    assert ins[norm("Camera an ninh")].sites is None
    assert ins[norm("Tổ tự quản an toàn")].sites == 120
    assert all(i.kind == "mô hình" for i in ins.values())
    assert not f.movements
    assert_evidence_ok(f)


def test_initiative_sites_with_thousands_separator():
    f = run("Mô hình “Đèn sáng đường quê” đã được nhân rộng ra 1.136 thôn, tổ dân phố.")
    i = initiatives(f)[norm("Đèn sáng đường quê")]
    assert i.sites == 1136


def test_programme_kind():
    f = run("Chương trình “Tiếp sức đến trường” đã hỗ trợ học bổng cho 300 học sinh nghèo.")
    i = initiatives(f)[norm("Tiếp sức đến trường")]
    assert i.kind == "chương trình"


def test_quoted_award_name_is_not_initiative():
    f = run("Bộ trưởng Bộ Giáo dục và Đào tạo tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 30 nhà giáo.")
    assert not f.initiatives
    assert not f.movements


def test_school_year_period_and_comma_in_quoted_name():
    f = run("Năm học 2022 - 2023, phong trào thi đua “Dạy tốt, học tốt” được các trường hưởng ứng.")
    m = movements(f)[norm("Dạy tốt, học tốt")]
    assert (m.start, m.end) == (2022, 2023)


def test_unquoted_movement_ends_at_comma_before_place():
    f = run("Hưởng ứng phong trào thi đua Vì an ninh Tổ quốc, xã Hòa Bình đã xây dựng 15 mô hình tự quản.")
    assert [norm(m.name) for m in f.movements] == [norm("Vì an ninh Tổ quốc")]


@pytest.mark.parametrize("part", ["6 tháng đầu năm 2024", "quý III năm 2024", "năm 2024"])
def test_period_after_part_of_the_year(part):
    f = run(f"Ngày 8/7, Công an tỉnh Khánh Hòa tổ chức Hội nghị sơ kết phong trào Toàn dân bảo vệ an ninh Tổ quốc {part}.")
    m = movements(f)[norm("Toàn dân bảo vệ an ninh Tổ quốc")]
    assert (m.start, m.end) == (2024, 2024)


def test_period_after_how_many_years():
    f = run("Vừa qua, Hội Cựu chiến binh TP. Cần Thơ tổ chức Hội nghị biểu dương điển hình tiên tiến trong phong "
            "trào thi đua “Cựu chiến binh gương mẫu” 5 năm (2019 - 2024).")
    m = movements(f)[norm("Cựu chiến binh gương mẫu")]
    assert (m.start, m.end) == (2019, 2024)


@pytest.mark.parametrize("sentence, name", [
    ("Phong trào thi đua Quyết thắng giai đoạn 2020 - 2025 được triển khai sâu rộng.", "Thi đua Quyết thắng"),
    ("Đơn vị thực hiện tốt phong trào toàn dân bảo vệ an ninh Tổ quốc.", "Toàn dân bảo vệ an ninh Tổ quốc"),
])
def test_unquoted_name_is_capitalised_as_a_name(sentence, name):
    assert [m.name for m in run(sentence).movements] == [name]


@pytest.mark.parametrize("sentence, name", [
    ("Ngày 5/6, Sở tổng kết Cuộc vận động Mỗi thầy, cô giáo là một tấm gương đạo đức, tự học và sáng tạo "
     "giai đoạn 2020 - 2025.", "Mỗi thầy, cô giáo là một tấm gương đạo đức, tự học và sáng tạo"),
    ("Công an xã phát động phong trào Mỗi người dân là một chiến sĩ công an, là tai mắt của lực lượng.",
     "Mỗi người dân là một chiến sĩ công an"),
    ("Phong trào Toàn dân bảo vệ an ninh Tổ quốc là nhiệm vụ của cả hệ thống chính trị.",
     "Toàn dân bảo vệ an ninh Tổ quốc"),
])
def test_a_slogans_own_copula_does_not_end_its_name(sentence, name):
    assert [m.name for m in run(sentence).movements] == [name]


@pytest.mark.parametrize("sentence, found", [
    ("Các địa phương duy trì mô hình Dân vận khéo trong xây dựng nông thôn mới tại 45 xã.", [("Dân vận khéo", 45)]),
    ("Mô hình Camera an ninh được nhân rộng ở 30 thôn.", [("Camera an ninh", 30)]),
    ("Theo mô hình này, các xã tự quản về an ninh trật tự.", []),  # no name: lower case
])
def test_unquoted_model_names_are_capitalised(sentence, found):
    assert [(i.name, i.sites) for i in run(sentence).initiatives] == found


def test_an_arts_programme_is_no_initiative():
    f = run("Tối 2/9, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức chương trình nghệ thuật “Mái ấm nghĩa tình” chào mừng "
            "Quốc khánh.")
    assert f.initiatives == ()


@pytest.mark.parametrize("text, found", [
    # a year opening the clause is the movement's only when the movement opens it
    ("Trong năm 2023, phong trào thi đua “Lao động giỏi, lao động sáng tạo” thu hút hơn 900 đoàn viên.",
     [("Lao động giỏi, lao động sáng tạo", 2023, 2023)]),
    ("Năm 2023, các cấp bộ Đoàn trong tỉnh triển khai sôi nổi các phong trào “Thanh niên tình nguyện”, “Tuổi trẻ "
     "sáng tạo”.", [("Thanh niên tình nguyện", None, None), ("Tuổi trẻ sáng tạo", None, None)]),
    # an event's quoted name is neither a movement nor does it lend its year to one inside it
    ("Ngày 28/12, Công an tỉnh tổ chức Hội thi “Tuyên truyền viên giỏi về phong trào Toàn dân bảo vệ an ninh Tổ "
     "quốc” năm 2023 với 8 đội thi.", []),
    # the period of a quoted name written elsewhere without its kind
    ("Sáng 8/11, Hội CCB tỉnh Hà Tĩnh tổ chức Hội nghị điển hình tiên tiến “Cựu chiến binh gương mẫu” giai đoạn "
     "2019 - 2024. Sau 5 năm thực hiện phong trào thi đua “Cựu chiến binh gương mẫu”, toàn tỉnh có 4.000 điển hình.",
     [("Cựu chiến binh gương mẫu", 2019, 2024)]),
    ("Ngày 26/9, Hội CCB tỉnh Kon Tum tổ chức Đại hội thi đua “Cựu chiến binh gương mẫu” lần thứ VII, giai đoạn 2019 "
     "- 2024. Phong trào thi đua “Cựu chiến binh gương mẫu” được các cấp Hội hưởng ứng.",
     [("Cựu chiến binh gương mẫu", 2019, 2024)]),
])
def test_which_period_is_a_movements(text, found):
    assert [(m.name, m.start, m.end) for m in run(text).movements] == found


@pytest.mark.parametrize("text, names", [
    ("Chủ tịch biểu dương các tập thể đóng góp cho phong trào; đề nghị các xã tiếp tục duy trì các tiêu chí, không để "
     "xảy ra tình trạng “xuống chuẩn”.", []),
    ("Tiêu biểu như mô hình “Ba an toàn” ở 226 xã; “Tâm sáng hướng thiện”, “chùa tinh tiến” trong 562 cơ sở.",
     ["Ba an toàn", "Tâm sáng hướng thiện", "chùa tinh tiến"]),
])
def test_a_quote_deep_in_another_clause_is_no_movement(text, names):
    f = run(text)
    assert [m.name for m in f.movements] + [i.name for i in f.initiatives] == names


def test_a_technical_initiative_named_in_quotes():
    f = run("Sáng 18/11, Công ty Điện lực Thanh Hóa tổ chức Lễ kỷ niệm. Tiêu biểu là sáng kiến “Thiết bị cảnh báo sự cố "
            "lưới điện trung thế qua tin nhắn” của nhóm tác giả Đội Quản lý vận hành; sáng kiến “Sào thao tác đa năng” "
            "của anh Lê Văn Hải. Có 214 sáng kiến được công nhận.")
    assert set(initiatives(f)) == {norm("Thiết bị cảnh báo sự cố lưới điện trung thế qua tin nhắn"),
                                   norm("Sào thao tác đa năng")}
    assert not f.movements


@pytest.mark.parametrize("text, years", [
    ("Công an tỉnh Lâm Đồng tổng kết phong trào thi đua đặc biệt “Công an Lâm Đồng đoàn kết, kỷ cương”, triển khai "
     "từ tháng 7 đến hết tháng 11-2025.", (2025, 2025)),
    ("UBND tỉnh tổng kết phong trào “Cả nước chung tay xóa nhà tạm, nhà dột nát” trong năm 2025 trên địa bàn tỉnh.",
     (2025, 2025)),
    # a verb before another clause's year gives no period
    ("Công an tỉnh tổng kết phong trào thi đua “Vì an ninh Tổ quốc”, triển khai chương trình công tác năm 2024.",
     (None, None)),
])
def test_periods_after_a_verb_or_in_a_year(text, years):
    [m] = run("Sáng 27/11, UBND tỉnh Lâm Đồng tổ chức hội nghị. " + text).movements
    assert (m.start, m.end) == years


def test_a_national_movements_name_is_taken_whole():
    # its commas and its verb ("xây dựng") would end an unknown name
    f = run("Sáng 19/8, Hội Khuyến học xã Sơn Vi tổ chức lễ. Phong trào Khuyến học, khuyến tài, xây dựng xã hội học tập "
            "được gắn với phong trào “Bình dân học vụ số”.")
    assert set(movements(f)) == {norm("Khuyến học, khuyến tài, xây dựng xã hội học tập"), norm("Bình dân học vụ số")}


def test_initiatives_listed_item_by_item_after_an_announcement():
    f = run("Sáng 14/5, Công đoàn Dầu khí Việt Nam tổ chức lễ tôn vinh. Hội đồng đã chọn 3 công trình tiêu biểu, gồm:\n"
            "1. “Giải pháp thu hồi khí thấp áp” của Công ty A, làm lợi 30 tỷ đồng;\n"
            "2. “Phần mềm giám sát đường ống” của Công ty B, áp dụng tại 14 trạm;\n"
            "3. “Quy trình bảo dưỡng không dừng máy” của Công ty C.\n"
            "Ban tổ chức cũng giới thiệu “Ngày hội sáng tạo” sắp tới.")
    assert set(initiatives(f)) == {norm("Giải pháp thu hồi khí thấp áp"), norm("Phần mềm giám sát đường ống"),
                                   norm("Quy trình bảo dưỡng không dừng máy")}
    assert_evidence_ok(f)


def test_quotes_after_no_announcement_are_no_initiatives():
    f = run("Sáng 14/5, Công đoàn Dầu khí Việt Nam tổ chức lễ. Chương trình gồm hai phần:\n1. “Sắc màu dầu khí”.")
    assert not f.initiatives


def test_a_movement_s_period_from_its_congress():
    f = run("Sáng 15-5, Sư đoàn 5 tổ chức Đại hội thi đua Quyết thắng lần thứ VIII, giai đoạn 2019 - 2024. Báo cáo cho "
            "biết, 5 năm qua, phong trào Thi đua Quyết thắng của Sư đoàn đạt nhiều kết quả.", published="2024-05")
    [m] = [m for m in f.movements if "Quyết thắng" in m.name]
    assert (m.start, m.end) == (2019, 2024)


def test_the_red_cross_s_own_work_is_no_named_movement():
    f = run("Sáng 28.12.2023, Hội Chữ thập đỏ Trường Đại học Vinh tổ chức Hội nghị tổng kết công tác Hội và phong trào Chữ "
            "thập đỏ năm 2023, gắn với phong trào “Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo”.",
            published="2023-12")
    assert [norm(m.name) for m in f.movements] == [norm("Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo")]


def test_a_technical_solution_named_in_quotes_is_an_initiative():
    f = run("Sáng 10/10, LĐLĐ tỉnh Bắc Ninh tổ chức hội nghị. Chị Lê Thị Thắm có giải pháp “Tái sử dụng khay nhựa đóng gói "
            "linh kiện” tiết kiệm 870 triệu đồng.", published="2025-10")
    assert [(i.name, i.kind) for i in f.initiatives] == [("Tái sử dụng khay nhựa đóng gói linh kiện", "giải pháp")]


def test_one_capitalised_word_after_phong_trao_names_no_movement():
    f = run("Sáng 19-12, UBND tỉnh Hà Tĩnh tổ chức hội nghị. Hội nghị suy tôn UBND tỉnh Nghệ An là đơn vị dẫn đầu phong trào "
            "thi đua Cụm năm 2024.", published="2024-12")
    assert f.movements == ()


@pytest.mark.parametrize("text", [
    "Hưởng ứng phong trào thi đua “Cả nước chung tay xóa nhà tạm, nhà dột nát”, Mặt trận các cấp đã hỗ trợ 6.240 căn "
    "nhà; riêng Quỹ “Vì người nghèo” các cấp đóng góp hơn 190 tỷ đồng.",
    "Hưởng ứng phong trào thi đua “Cả nước chung tay xóa nhà tạm, nhà dột nát” và Tháng cao điểm “Vì người nghèo” năm "
    "2024, huyện hỗ trợ 214 căn nhà.",
])
def test_a_fund_or_a_campaign_month_named_after_a_movement_is_none(text):
    assert [m.name for m in run(text).movements] == ["Cả nước chung tay xóa nhà tạm, nhà dột nát"]


def test_a_mass_organisations_work_is_no_movement_and_keeps_none_from_its_own():
    f = run("Sáng 8-1, Hội Cựu chiến binh (CCB) tỉnh Thái Nguyên tổ chức Hội nghị tổng kết công tác Hội và phong trào CCB "
            "năm 2025. Phong trào thi đua “Cựu chiến binh gương mẫu” năm 2025 tiếp tục lan tỏa.", published="2026-01")
    assert [m.name for m in f.movements] == ["Cựu chiến binh gương mẫu"]


def test_a_year_after_a_campaign_and_a_movement_named_together_is_the_movements():
    f = run("Sáng 5/12, UBND xã Tân Lập tổ chức hội nghị. Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị "
            "văn minh” và phong trào thi đua “Cả nước chung tay xóa nhà tạm, nhà dột nát” năm 2025 được nhân dân hưởng ứng.",
            published="2025-12")
    periods = {norm(m.name): (m.start, m.end) for m in f.movements}
    assert periods[norm("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh")] == (None, None)
    assert periods[norm("Cả nước chung tay xóa nhà tạm, nhà dột nát")] == (2025, 2025)


def test_a_criterion_in_quotes_after_a_movement_is_no_movement():
    f = run("Phong trào thi đua “Phường Hải Châu văn minh, nghĩa tình, an toàn” giai đoạn 2025 - 2030 cũng đưa tiêu chí "
            "“không có vụ việc hòa giải không thành kéo dài” vào bình xét.", published="2025-11")
    assert [m.name for m in f.movements] == ["Phường Hải Châu văn minh, nghĩa tình, an toàn"]
