"""Events: type, date (year from the text or from publication), organiser."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_evidence_ok, norm, norms, run, same


def main_event(f):
    assert f.events, "no event"
    return f.events[0]


@pytest.mark.parametrize("opening, published, expected", [
    ("Sáng 17-8", "2023-08", date(2023, 8, 17)),
    ("Ngày 8/7", "2021-07", date(2021, 7, 8)),
    ("Chiều 28.7", "2022-08", date(2022, 7, 28)),
    ("Tối 2-9", "2020-09", date(2020, 9, 2)),
    ("Ngày 19/8/2020", "2023-05", date(2020, 8, 19)),
    ("Ngày 19 tháng 8 năm 2020", "2023-05", date(2020, 8, 19)),
    ("Hôm nay (12/9)", "2025-09", date(2025, 9, 12)),
    ("Sáng nay (ngày 12-9)", "2025-09", date(2025, 9, 12)),
    ("Chiều qua (11/9)", "2025-09", date(2025, 9, 11)),
    ("Sáng thứ Bảy (5/10)", "2024-10", date(2024, 10, 5)),
    ("Chiều Chủ nhật, 6/10", "2024-10", date(2024, 10, 6)),
    ("Trong 2 ngày (12 và 13/6)", "2024-06", date(2024, 6, 12)),
])
def test_event_dates(opening, published, expected):
    f = run(f"{opening}, Công an tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác năm.", published=published)
    e = main_event(f)
    assert e.date == expected
    assert_evidence_ok(f)


def test_december_event_in_january_article():
    f = run("Sáng 28-12, Hội Nông dân tỉnh Hà Tĩnh tổ chức Đại hội đại biểu lần thứ X.", published="2024-01")
    assert main_event(f).date == date(2023, 12, 28)


def test_no_year_no_publication():
    f = run("Sáng 17-8, Công an tỉnh Nghệ An tổ chức Hội nghị tổng kết.", published=None)
    assert main_event(f).date is None


@pytest.mark.parametrize("head, etype", [
    ("Hội nghị tổng kết phong trào thi đua năm 2022", "Hội nghị"),
    ("Lễ kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc", "Lễ"),
    ("lễ đón nhận Huân chương Lao động hạng Nhì", "Lễ"),
    ("Đại hội Thi đua quyết thắng giai đoạn 2019 - 2024", "Đại hội"),
    ("Gặp mặt các điển hình thanh niên tiêu biểu", "Gặp mặt"),
    ("Hội thi “Phụ nữ với pháp luật”", "Hội thi"),
    ("Tọa đàm về vai trò của báo chí trong công tác thi đua", "Tọa đàm"),
    ("Hội thảo khoa học về công tác thi đua, khen thưởng", "Hội thảo"),
    ("bế mạc và trao giải Hội thi giáo viên chủ nhiệm giỏi", "Hội thi"),
    ("Hội giảng nhà giáo giáo dục nghề nghiệp năm 2024", "Hội thi"),  # a teaching contest, not an association
])
def test_event_types_and_organiser(head, etype):
    f = run(f"Sáng 15-5, Hội Liên hiệp Phụ nữ tỉnh Kon Tum tổ chức {head}.")
    e = main_event(f)
    assert e.type == etype
    assert same(e.organiser, "Hội Liên hiệp Phụ nữ tỉnh Kon Tum")
    assert e.date == date(2023, 5, 15)
    assert norm(head) in norm(e.label)
    assert_evidence_ok(f)


def test_event_without_to_chuc_is_khac():
    f = run(
        "Sáng 6-5, Ban Giám đốc Công an tỉnh Lạng Sơn đến thăm và tặng quà các gia đình chính sách tại huyện Cao Lộc."
    )
    e = main_event(f)
    assert e.type == "Khác"
    assert same(e.organiser, "Công an tỉnh Lạng Sơn")
    assert e.date == date(2023, 5, 6)


def test_organiser_is_organisation_before_to_chuc():
    # the hall where it takes place is not the organiser
    f = run(
        "Sáng 21-5, tại Hội trường UBND huyện Mỹ Tú, Ban Tuyên giáo Tỉnh ủy Sóc Trăng "
        "tổ chức Tọa đàm về gương người tốt, việc tốt."
    )
    e = main_event(f)
    assert e.type == "Tọa đàm"
    assert same(e.organiser, "Ban Tuyên giáo Tỉnh ủy Sóc Trăng")
    assert e.date == date(2023, 5, 21)


@pytest.mark.parametrize("with_", ["phối hợp với", "phối hợp", "phối hợp cùng"])
def test_lead_organiser_of_coordinated_event(with_):
    # "A phối hợp (với) B tổ chức ...": A leads
    f = run(
        f"Sáng 21-5, Ban Tuyên giáo Tỉnh ủy Sóc Trăng {with_} Hội Nhà báo tỉnh "
        "tổ chức Tọa đàm về gương người tốt, việc tốt."
    )
    e = main_event(f)
    assert same(e.organiser, "Ban Tuyên giáo Tỉnh ủy Sóc Trăng")


def test_organiser_resolved_from_abbreviation():
    f = run("Chiều 28.7, UBND huyện Yên Thành tổ chức Lễ kỷ niệm 20 năm thành lập huyện.", published="2022-08")
    e = main_event(f)
    assert e.type == "Lễ"
    assert same(e.organiser, "Ủy ban nhân dân huyện Yên Thành")
    assert e.date == date(2022, 7, 28)


def test_participants_are_persons_named():
    f = run(
        "Sáng 17-5, Công an tỉnh Nghệ An tổ chức Hội nghị tổng kết phong trào thi đua. "
        "Dự hội nghị có Thiếu tướng Trần Văn Lâm, Giám đốc Công an tỉnh và ông Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh."
    )
    e = main_event(f)
    assert {norm("Trần Văn Lâm"), norm("Nguyễn Văn Bình")} <= {norm(p) for p in e.participants}
    person_names = {p.name for p in f.persons}
    assert set(e.participants) <= person_names


def test_later_dated_event_with_organiser():
    f = run(
        "Sáng 20-5, Công an tỉnh Thanh Hóa tổ chức Hội nghị sơ kết phong trào thi đua. "
        "Trước đó, ngày 28/4, Phòng Cảnh sát giao thông tổ chức Hội thi điều lệnh Công an nhân dân."
    )
    types = [(e.type, e.date) for e in f.events]
    assert ("Hội nghị", date(2023, 5, 20)) in types
    assert ("Hội thi", date(2023, 4, 28)) in types
    later = next(e for e in f.events if e.type == "Hội thi")
    assert same(later.organiser, "Phòng Cảnh sát giao thông Công an tỉnh Thanh Hóa")
    assert_evidence_ok(f)


def test_later_sentence_without_date_adds_no_event():
    f = run(
        "Sáng 20-5, Công an tỉnh Thanh Hóa tổ chức Hội nghị sơ kết phong trào thi đua. "
        "Các đơn vị sẽ tổ chức Hội thi trong thời gian tới."
    )
    assert len(f.events) == 1


def test_later_december_event_in_january_article():
    f = run(
        "Sáng 5-1, Công an tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác năm. "
        "Trước đó, ngày 28/12, Phòng Cảnh sát cơ động tổ chức Hội thi võ thuật Công an nhân dân.",
        published="2024-01",
    )
    dates = {e.type: e.date for e in f.events}
    assert dates["Hội nghị"] == date(2024, 1, 5)
    assert dates["Hội thi"] == date(2023, 12, 28)


def test_span_of_days_gives_the_first():
    f = run("Trong 2 ngày 14 và 15-11, Hội Cựu chiến binh tỉnh Đồng Nai tổ chức Đại hội thi đua.", published="2024-11")
    assert f.events[0].date.isoformat() == "2024-11-14"
    assert f.events[0].type == "Đại hội"


def test_roles_of_participants():
    f = run("Sáng 3/4, Hội Nông dân tỉnh Hà Nam tổ chức Hội nghị. Ông Trần Văn Bình, Chủ tịch Hội Nông dân tỉnh "
            "chủ trì hội nghị. Phát biểu tại hội nghị, bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh ghi nhận kết quả.",
            published="2024-04")
    e = f.events[0]
    assert norms(e.chairs) == {norm("Trần Văn Bình")}
    assert norms(e.speakers) == {norm("Lê Thị Hoa")}
    assert set(e.chairs) | set(e.speakers) <= set(e.participants)


@pytest.mark.parametrize("text", [
    "Từ đêm 28/11, một đợt không khí lạnh mạnh sẽ tràn xuống các tỉnh phía Bắc.",
    "Sáng 12/8, giá cà phê nhân xô tại các tỉnh Tây Nguyên tiếp tục tăng nhẹ.",
])
def test_a_dated_opening_with_no_one_leading_is_no_event(text):
    assert run(text, published="2024-11").events == ()


def test_without_a_header_the_year_comes_from_a_full_date_in_the_text():
    f = run("Ngày 15-3-2024, Trường THPT Bạch Đằng tổ chức Lễ kỷ niệm 60 năm thành lập. Trước đó, ngày 9/3, Thành Đoàn Hạ "
            "Long tổ chức Hội thi rung chuông vàng.", published=None)
    assert [e.date for e in f.events] == [date(2024, 3, 15), date(2024, 3, 9)]


def test_the_organiser_is_not_the_body_in_brackets_nor_a_generic_centre():
    f = run("Sáng 15/1, Ban Thi đua - Khen thưởng Trung ương (Bộ Nội vụ) tổ chức hội nghị. Sáng 26/2, Trung tâm Y tế "
            "huyện Thuận Châu tổ chức lễ. Trước đó, ngày 23/2, Công đoàn Trung tâm tổ chức Hội thi “Điều dưỡng giỏi”.",
            published="2024-02")
    assert [e.organiser for e in f.events] == ["Ban Thi đua - Khen thưởng Trung ương", "Trung tâm Y tế huyện Thuận Châu",
                                                "Công đoàn Trung tâm Y tế huyện Thuận Châu"]


def test_a_second_event_on_the_same_day():
    f = run("Sáng 20/4, BĐBP tỉnh An Giang tổ chức hội nghị. Chiều cùng ngày, Đồn Biên phòng Cửa khẩu quốc tế Tịnh Biên "
            "tổ chức Lễ ra mắt mô hình “Phum, sóc bình yên”.", published="2023-04")
    assert [(e.type, e.date) for e in f.events] == [("Hội nghị", date(2023, 4, 20)), ("Lễ", date(2023, 4, 20))]


def test_a_features_dated_ceremony_replaces_an_undated_background():
    f = run("Thành lập tháng 8/1994, Trường THCS Tân Lập (huyện Vũ Thư, tỉnh Thái Bình) khi ấy chỉ có 6 lớp học. Từ năm "
            "2003, trường đã được UBND tỉnh tặng Bằng khen. Sáng 16/11/2024, nhà trường tổ chức Lễ kỷ niệm 30 năm thành "
            "lập trường.", published="2024-11")
    [e] = f.events
    assert (e.type, e.date.isoformat()) == ("Lễ", "2024-11-16")
    assert [a.recipients for a in f.awards] == [("Trường Trung học cơ sở Tân Lập",)]


@pytest.mark.parametrize("opening", [
    "Ngày 12-12-2025, Chủ tịch UBND tỉnh Tuyên Quang ban hành Quyết định số 1876/QĐ-UBND về việc khen thưởng.",
    "Ngày 12/12/2025, Chủ tịch UBND tỉnh Tuyên Quang đã ký các quyết định khen thưởng năm 2025.",
    "Ngày 12/12/2025, Ban Thường trực Ủy ban MTTQ tỉnh Tuyên Quang ban hành Thông báo số 62/TB-MTTQ về kết quả khen thưởng.",
    "Ngày 12/12/2025, Báo điện tử đăng bài về khen thưởng tại Tuyên Quang."])
def test_a_decision_signed_a_notice_issued_or_an_article_published_is_no_event(opening):
    f = run(opening + " Theo Quyết định, Ban Thường trực Ủy ban MTTQ tỉnh tặng Bằng khen cho 5 tập thể. Ngày 25/12, Sở "
            "Nội vụ sẽ trao các phần thưởng.")
    assert f.events == ()
    assert len(f.awards) == 1


@pytest.mark.parametrize("text, organiser", [
    # bodies named together organise through the executive: the province's People's Committee, the Government
    ("Sáng 30/12, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Bình Phước long trọng tổ chức Lễ kỷ niệm 25 năm "
     "tái lập tỉnh.", "Ủy ban nhân dân tỉnh Bình Phước"),
    ("Sáng 10/12, Ban Chấp hành Trung ương Đảng, Quốc hội, Chủ tịch nước, Chính phủ, Ủy ban Trung ương MTTQ Việt Nam "
     "tổ chức Đại hội Thi đua yêu nước toàn quốc lần thứ X.", "Chính phủ"),
    # the hall of a body is where, not who
    ("Sáng 23/8/2013, tại hội trường UBND TP. Lạng Sơn, Công ty cổ phần Sản xuất và Thương mại Lạng Sơn tổ chức lễ "
     "kỷ niệm 45 năm ngày thành lập.", "Công ty cổ phần Sản xuất và Thương mại Lạng Sơn"),
])
def test_joint_organisers(text, organiser):
    assert same(main_event(run(text)).organiser, organiser)


def test_a_sports_meet_is_an_event_of_another_type_and_no_body():
    f = run("Sáng 25/9, Công an tỉnh Bắc Ninh tổ chức Hội thao nghiệp vụ chữa cháy và cứu nạn, cứu hộ năm 2025.",
            published="2025-09")
    assert [(e.type, e.date) for e in f.events] == [("Khác", date(2025, 9, 25))]
    assert not [o for o in f.organisations if o.name.startswith("Hội thao")]


def test_an_event_opened_rather_than_organised_keeps_its_type():
    f = run("Sáng 12/8, Đảng bộ xã Diễn Châu (tỉnh Nghệ An) long trọng khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ "
            "2025 - 2030.", published="2025-08")
    assert [(e.type, e.date) for e in f.events] == [("Đại hội", date(2025, 8, 12))]


def test_one_who_speaks_for_others_is_at_the_event_whatever_they_were_given_before():
    f = run("Sáng 20/11, Sở GD&ĐT tỉnh Đồng Nai tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam. Phát biểu thay mặt các nhà giáo, "
            "bà Phan Thị Ngọc Hà, người được Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú năm 2023, mong muốn giáo "
            "viên trẻ tiếp tục cố gắng.", published="2025-11")
    assert [norm(p) for p in f.events[0].participants] == [norm("Phan Thị Ngọc Hà")]


def test_the_day_of_a_deed_an_award_is_given_for_is_not_the_day_of_the_sentence():
    f = run("Ngày 21-10-2025, Công an thành phố Đà Nẵng tổ chức hội nghị. Đại tá Nguyễn Hữu Phước trao Giấy khen cho Đại úy "
            "Trần Văn Bình vì đã bắt giữ 2 đối tượng cướp giật trong đêm 12/10.", published="2025-10")
    assert {norm(p) for p in f.events[0].participants} == {norm("Nguyễn Hữu Phước"), norm("Trần Văn Bình")}


def test_the_body_that_leads_a_bloc_organises_not_the_bloc_in_apposition():
    f = run("Sáng 12/12, Sở Tài chính tỉnh Gia Lai - đơn vị Khối trưởng Khối thi đua các cơ quan Tài chính - Ngân hàng - tổ "
            "chức hội nghị tổng kết công tác thi đua năm 2025.", published="2025-12")
    assert f.events[0].organiser == "Sở Tài chính tỉnh Gia Lai"


def test_persons_named_only_as_elected_are_no_participants():
    f = run("Ngày 16-10-2025, Đảng bộ tỉnh Tuyên Quang tổ chức Đại hội đại biểu lần thứ I. Đồng chí Ma Thị Duyên, Phó "
            "Bí thư Tỉnh ủy trình bày báo cáo. Đồng chí Bàn Văn Khiêm tiếp tục được bầu giữ chức Bí thư Tỉnh ủy; các "
            "đồng chí Ma Thị Duyên và Vương Mí Sính được bầu làm Phó Bí thư Tỉnh ủy.", published="2025-10")
    assert norms(f.events[0].participants) == norms({"Ma Thị Duyên"})


def test_the_noun_to_chuc_in_a_name_is_no_verb():
    f = run("Ngày 22.9, Liên hiệp các tổ chức hữu nghị tỉnh Hải Dương tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ "
            "2023 - 2028.", published="2023-09")
    e = f.events[0]
    assert (e.type, norm(e.organiser)) == ("Đại hội", norm("Liên hiệp các tổ chức hữu nghị tỉnh Hải Dương"))


def test_the_short_name_an_article_gives_a_body_organises_a_later_event():
    f = run("Sáng 19/12, Trung tâm Kiểm soát bệnh tật tỉnh Sóc Trăng (STCDC) tổ chức hội nghị tổng kết năm 2025. Trước đó, "
            "ngày 5/12, STCDC đã tổ chức Hội thi \"Tuyên truyền viên giỏi\" với 20 đội dự thi.", published="2025-12")
    assert [(e.type, e.date, norm(e.organiser)) for e in f.events] == [
        ("Hội nghị", date(2025, 12, 19), norm("Trung tâm Kiểm soát bệnh tật tỉnh Sóc Trăng")),
        ("Hội thi", date(2025, 12, 5), norm("Trung tâm Kiểm soát bệnh tật tỉnh Sóc Trăng"))]


def test_an_event_lately_held_has_no_date_from_the_deed_it_rewards():
    f = run("Vừa qua, UBND xã Mường Toong tổ chức trao Bằng khen của Chủ tịch UBND tỉnh cho thầy Lò Văn Pó vì đã đưa 17 học "
            "sinh thoát lũ trong đêm 29/9.", published="2025-10")
    assert [(e.type, e.date, norm(e.organiser)) for e in f.events] == [
        ("Khác", None, norm("Ủy ban nhân dân xã Mường Toong"))]


@pytest.mark.parametrize("text, when", [
    ("Cô Lò Thị Xuân về bản năm 2008. Sáng ngày 17/11/2023, tại Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam do UBND huyện "
     "Mường Tè tổ chức, ông Vàng A Lử trao Giấy khen cho cô.", date(2023, 11, 17)),
    ("Đó là thông tin được nêu tại Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam do UBND huyện Mường Tè tổ chức chiều "
     "ngày 17 tháng 11 năm 2023.", date(2023, 11, 17))])
def test_an_event_told_by_where_it_happened_and_who_held_it(text, when):
    f = run(text, published="2023-11")
    assert [(e.type, e.date, norm(e.organiser)) for e in f.events] == [
        ("Lễ", when, norm("Ủy ban nhân dân huyện Mường Tè"))]


def test_a_later_event_of_a_round_up_told_by_its_date_body_and_type():
    f = run("Sáng 10/11/2025, UBND tỉnh Thanh Hóa tổ chức hội nghị tổng kết. Chiều 14/11, Sở Giáo dục và Đào tạo Thanh Hóa "
            "gặp mặt kỷ niệm 43 năm Ngày Nhà giáo Việt Nam.", published="2025-11")
    assert [(e.type, e.date, norm(e.organiser)) for e in f.events] == [
        ("Hội nghị", date(2025, 11, 10), norm("Ủy ban nhân dân tỉnh Thanh Hóa")),
        ("Gặp mặt", date(2025, 11, 14), norm("Sở Giáo dục và Đào tạo tỉnh Thanh Hóa"))]


def test_a_decisions_day_in_brackets_does_not_take_the_sentence_to_another_day():
    f = run("Sáng 18/11/2022, Trường Đại học Vinh tổ chức Lễ kỷ niệm 40 năm Ngày Nhà giáo Việt Nam. Thứ trưởng Đặng Quốc "
            "Huy trao Huân chương Lao động hạng Nhì (Quyết định số 1406/QĐ-CTN ngày 3/11/2022) cho Trường Sư phạm, và "
            "danh hiệu Nhà giáo Ưu tú cho 2 giảng viên là PGS.TS Nguyễn Thị Thu Hiền và TS. Lê Thị Bảo Yến.",
            published="2022-11")
    assert {"Nguyễn Thị Thu Hiền", "Lê Thị Bảo Yến"} <= set(f.events[0].participants)


def test_the_dead_honoured_at_an_event_are_not_its_participants():
    f = run("Sáng 12/9, UBND xã Nậm Cắn tổ chức Lễ truy tặng Bằng khen cho anh Và Bá Lử, dân quân xã, người đã hy sinh "
            "khi cứu dân trong lũ. Tại buổi lễ, ông Hầu A Chớ, Chủ tịch UBND xã, trao Bằng khen truy tặng anh Và Bá Lử "
            "cho ông Và Bá Tu, bố của anh. Đại tá Lò Văn Sơn trao Bằng khen cho liệt sĩ, Thiếu úy Lương Văn Hạnh. Ông "
            "Cầm Bá Tuấn trao Giấy khen truy tặng cho bà Lò Thị Én, mẹ anh Hạnh.", published="2025-09")
    parts = norms(f.events[0].participants)
    assert norms(["Hầu A Chớ", "Và Bá Tu", "Lò Văn Sơn", "Cầm Bá Tuấn", "Lò Thị Én"]) <= parts
    assert not parts & norms(["Và Bá Lử", "Lương Văn Hạnh"])


def test_the_persons_a_feature_quotes_before_its_late_event_are_not_its_participants():
    f = run("Ở bản Pá Vạt, ai cũng biết anh Sùng A Dính. Già làng Vàng A Sử kể anh từng cứu hai em nhỏ khỏi lũ. Chị Lò Thị "
            "Mai, vợ anh, nói anh ít khi ở nhà. Anh vẫn đi tuần mỗi đêm cùng tổ dân quân. Sáng 12/6, UBND tỉnh Lai Châu tổ "
            "chức Lễ tuyên dương; ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, trao Bằng khen cho anh Sùng A Dính.",
            published="2025-06")
    parts = norms(f.events[0].participants)
    assert norms(["Lê Văn Hòa", "Sùng A Dính"]) <= parts
    assert not parts & norms(["Vàng A Sử", "Lò Thị Mai"])
