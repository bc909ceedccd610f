"""Award conferrals: kind, class, grantors, recipients and counts."""
from __future__ import annotations

import pytest

from helpers import assert_evidence_ok, norm, norms, org_names, run


def one_award(f, kind: str | None = None):
    aws = [a for a in f.awards if kind is None or norm(a.kind) == norm(kind)]
    assert len(aws) == 1, [(a.award, a.grantors, a.recipients) for a in f.awards]
    return aws[0]


def test_bang_khen_of_office_with_counts():
    f = run(
        "Sáng 10-5, Công an tỉnh Nghệ An tổ chức Hội nghị tổng kết phong trào Toàn dân bảo vệ an ninh Tổ quốc. "
        "Tại hội nghị, Công an tỉnh trao Bằng khen của Bộ trưởng Bộ Công an cho 5 tập thể và 10 cá nhân có thành tích xuất sắc."
    )
    a = one_award(f)
    assert a.kind == "Bằng khen"
    assert a.award_class is None
    assert norms(a.grantors) == {norm("Bộ trưởng Bộ Công an")}
    assert (a.collectives, a.individuals) == (5, 10)
    assert a.recipients == ()
    assert_evidence_ok(f)


def test_passive_flag_of_prime_minister():
    f = run("Dịp này, Công an huyện Diễn Châu được Thủ tướng Chính phủ tặng Cờ thi đua vì có thành tích xuất sắc, tỉnh Nghệ An.")
    a = one_award(f)
    assert norm(a.kind) == norm("Cờ thi đua")
    assert norms(a.grantors) == {norm("Thủ tướng Chính phủ")}
    assert norms(a.recipients) == {norm("Công an huyện Diễn Châu")}
    assert_evidence_ok(f)


DELEGATED = (
    "Thừa ủy quyền của Chủ tịch nước, ông Võ Minh Trí, Chủ tịch UBND tỉnh Hà Tĩnh trao Huân chương Lao động hạng Ba "
    "cho tập thể Trường Trung học phổ thông Hồng Lam và ông Trần Quốc Việt."
)


def test_delegated_award_class_and_recipients():
    f = run(DELEGATED)
    a = one_award(f)
    assert a.award == "Huân chương Lao động hạng Ba"
    assert a.kind == "Huân chương Lao động"
    assert a.award_class == "hạng Ba"
    assert norms(a.recipients) == {norm("Trường Trung học phổ thông Hồng Lam"), norm("Trần Quốc Việt")}
    assert_evidence_ok(f)


def test_delegated_award_grantor_is_delegating_office():
    f = run(DELEGATED)
    a = one_award(f)
    assert norms(a.grantors) == {norm("Chủ tịch nước")}


def test_delegated_award_presenter_not_grantor_with_dong_chi():
    f = run(
        "Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí Lê Văn Sỹ, Phó Chủ tịch UBND tỉnh Cà Mau trao Bằng khen "
        "cho 3 tập thể và 4 cá nhân."
    )
    a = one_award(f)
    assert norms(a.grantors) == {norm("Thủ tướng Chính phủ")}
    assert (a.collectives, a.individuals) == (3, 4)


def test_three_grantors_passive():
    f = run(
        "Dịp này, 12 tập thể và 25 cá nhân được nhận Bằng khen của Bộ Công an, UBND tỉnh và Công an tỉnh Lào Cai."
    )
    a = one_award(f)
    assert a.kind == "Bằng khen"
    assert norms(a.grantors) == {norm("Bộ Công an"), norm("Ủy ban nhân dân tỉnh Lào Cai"), norm("Công an tỉnh Lào Cai")}
    assert (a.collectives, a.individuals) == (12, 25)
    assert_evidence_ok(f)


def test_commemorative_medal_with_individuals():
    f = run(
        "Nhân dịp này, Bộ trưởng Bộ Giáo dục và Đào tạo tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” "
        "cho 30 cá nhân có nhiều đóng góp."
    )
    a = one_award(f)
    assert norm(a.award) == norm("Kỷ niệm chương Vì sự nghiệp giáo dục")
    assert norms(a.grantors) == {norm("Bộ trưởng Bộ Giáo dục và Đào tạo")}
    assert a.individuals == 30
    assert a.collectives is None
    assert_evidence_ok(f)


def test_organisation_gives_certificate_to_named_person():
    f = run(
        "Sáng 12-5, Công an tỉnh Sơn La tổ chức Hội nghị sơ kết công tác. "
        "Giám đốc Công an tỉnh tặng Giấy khen cho Thượng úy Lò Văn Tâm vì có thành tích xuất sắc trong đấu tranh phòng chống ma túy."
    )
    a = one_award(f)
    assert a.kind == "Giấy khen"
    assert norms(a.grantors) == {norm("Giám đốc Công an tỉnh Sơn La")}
    assert norms(a.recipients) == {norm("Lò Văn Tâm")}
    assert_evidence_ok(f)


def test_off_topic_article_has_no_awards_movements_initiatives():
    f = run(
        "Sáng 10-5, đoàn công tác của UBND tỉnh Bắc Giang do ông Lê Ánh Dương, Chủ tịch UBND tỉnh dẫn đầu "
        "đã đi kiểm tra tiến độ dự án đường vành đai IV. Dự án có tổng mức đầu tư hơn 2.000 tỷ đồng. "
        "Chủ tịch UBND tỉnh yêu cầu nhà thầu tập trung máy móc, nhân lực để đẩy nhanh tiến độ thi công."
    )
    assert f.awards == ()
    assert f.movements == ()
    assert f.initiatives == ()
    assert_evidence_ok(f)


def test_whole_article_evidence():
    text = (
        "Sáng 2-5, UBND tỉnh Hà Tĩnh tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì.\n\n"
        "Giai đoạn 2018 - 2022, phong trào “Cả nước chung tay vì người nghèo” được triển khai hiệu quả; "
        "mô hình “Ngôi nhà nhân ái” được nhân rộng tại 45 xã.\n\n"
        "Dịp này, 15 tập thể và 30 cá nhân được UBND tỉnh tặng Bằng khen.\n\n"
        "Lãnh đạo tỉnh trao Bằng khen cho các tập thể. Ảnh: Thu Hà\n\n"
        "Đồng chí Võ Trọng Hải, Bí thư Tỉnh ủy phát biểu chúc mừng."
    )
    f = run(text)
    assert f.movements and f.initiatives and f.awards and f.persons and f.events
    assert_evidence_ok(f)


def test_caption_paragraph_yields_only_an_award_the_text_does_not_tell():
    # (the corpora that annotate captions take from them what the text leaves out, and nothing twice)
    f = run(
        "Sáng 2-5, UBND tỉnh Hà Tĩnh tổ chức Hội nghị biểu dương điển hình tiên tiến.\n\n"
        "Chủ tịch UBND tỉnh trao Bằng khen của Thủ tướng Chính phủ cho 7 tập thể. Ảnh: Thu Hà"
    )
    assert [(a.award, a.collectives) for a in f.awards] == [("Bằng khen", 7)]
    assert_evidence_ok(f)


def test_delegated_award_presenter_title_before_name():
    f = run(
        "Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh Nguyễn Văn Khoa trao Huân chương Bảo vệ Tổ quốc "
        "hạng Nhì cho Công an tỉnh Điện Biên."
    )
    a = one_award(f)
    assert a.award == "Huân chương Bảo vệ Tổ quốc hạng Nhì"
    assert a.award_class == "hạng Nhì"
    assert norms(a.grantors) == {norm("Chủ tịch nước")}
    assert norms(a.recipients) == {norm("Công an tỉnh Điện Biên")}


def test_passive_with_vinh_du():
    f = run("Công an xã Nghĩa Hưng vinh dự được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba.")
    a = one_award(f)
    assert a.award_class == "hạng Ba"
    assert norms(a.grantors) == {norm("Chủ tịch nước")}
    assert norms(a.recipients) == {norm("Công an xã Nghĩa Hưng")}


def test_counts_separated_by_comma():
    f = run("Dịp này, UBND tỉnh Đắk Lắk tặng Bằng khen cho 20 tập thể, 35 cá nhân có thành tích trong phong trào.")
    a = one_award(f)
    assert norms(a.grantors) == {norm("Ủy ban nhân dân tỉnh Đắk Lắk")}
    assert (a.collectives, a.individuals) == (20, 35)


def test_two_conferrals_in_one_sentence():
    f = run(
        "Sáng 9-5, Công an tỉnh Long An tổ chức Hội nghị tổng kết. "
        "Bộ Công an đã tặng Bằng khen cho 59 tập thể, 108 cá nhân; UBND tỉnh tặng Giấy khen cho 14 tập thể."
    )
    bk = one_award(f, "Bằng khen")
    assert norms(bk.grantors) == {norm("Bộ Công an")}
    assert (bk.collectives, bk.individuals) == (59, 108)
    gk = one_award(f, "Giấy khen")
    assert norms(gk.grantors) == {norm("Ủy ban nhân dân tỉnh Long An")}
    assert gk.collectives == 14
    assert_evidence_ok(f)


def test_order_without_grantor_comes_from_the_state_president():
    # the Law: orders are conferred by the State President, whoever hands them over
    f = run("Chiều 30/12, Bộ Tư lệnh Cảnh sát biển tổ chức Hội nghị. Tại hội nghị, Thượng tướng Hoàng Văn Đức, "
            "Thứ trưởng Bộ Quốc phòng đã trao Huân chương Bảo vệ Tổ quốc hạng Nhì và hạng Ba cho các tập thể.",
            published="2025-01")
    assert {a.award for a in f.awards} == {"Huân chương Bảo vệ Tổ quốc hạng Nhì", "Huân chương Bảo vệ Tổ quốc hạng Ba"}
    assert all(a.grantors == ("Chủ tịch nước",) for a in f.awards)


def test_presenter_heading_an_office_gives_in_its_name():
    f = run("Ngày 5/9, UBND TP Cần Thơ tổ chức Lễ khai giảng. Dịp này, Chủ tịch UBND thành phố Trần Văn Kiên "
            "trao Bằng khen cho 15 giáo viên tiêu biểu.", published="2024-09")
    a = one_award(f)
    assert norms(a.grantors) == {norm("Chủ tịch Ủy ban nhân dân thành phố Cần Thơ")}
    assert a.individuals == 15


def test_counts_in_words_and_named_badge():
    f = run("Sáng 26-3, Tỉnh đoàn Bạc Liêu tổ chức Lễ kỷ niệm. Dịp này, Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho "
            "hai tập thể và năm cá nhân; Trung ương Đoàn trao Huy hiệu Tuổi trẻ sáng tạo cho anh Lâm Văn Tỏ.",
            published="2024-03")
    bk = one_award(f, "Bằng khen")
    assert (bk.collectives, bk.individuals) == (2, 5)
    badge = one_award(f, "Huy hiệu")
    assert norm(badge.award) == norm("Huy hiệu Tuổi trẻ sáng tạo")
    assert norms(badge.recipients) == {norm("Lâm Văn Tỏ")}
    assert norms(badge.grantors) == {norm("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")}


def test_elided_subject_and_achieved_are_not_the_passive():
    # "đạt được" (achieved) is not the passive "được"; after ";" the subject is elided
    f = run(
        "Sáng 8/4, Công an tỉnh Long An tổ chức Hội nghị tổng kết. "
        "Với những thành tích đạt được, năm 2019, Công an huyện Đức Hòa được Thủ tướng Chính phủ tặng Bằng khen; "
        "nhiều năm liền được UBND tỉnh tặng Cờ thi đua."
    )
    bk = one_award(f, "Bằng khen")
    assert norms(bk.recipients) == {norm("Công an huyện Đức Hòa")}
    flag = one_award(f, "Cờ thi đua")
    assert norms(flag.grantors) == {norm("Ủy ban nhân dân tỉnh Long An")}
    assert norms(flag.recipients) == {norm("Công an huyện Đức Hòa")}
    assert_evidence_ok(f)


@pytest.mark.parametrize("mark", [",", ";"])
def test_among_them_after_what_the_counts_were_for(mark):
    f = run(
        "Chiều 2/6, UBND tỉnh Long An tổ chức Hội nghị biểu dương. Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể, "
        f"12 cá nhân có thành tích xuất sắc trong 10 năm thực hiện phong trào{mark} trong đó có Hội Nông dân huyện Cần Giuộc."
    )
    a = one_award(f)
    assert (a.collectives, a.individuals) == (8, 12)
    assert norms(a.recipients) == {norm("Hội Nông dân huyện Cần Giuộc")}


def test_among_them_belongs_to_the_nearest_award_only():
    f = run(
        "Chiều 2/6, UBND tỉnh Long An tổ chức Hội nghị biểu dương. Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, "
        "Giấy khen cho 10 cá nhân, trong đó có ông Trần Văn Tâm."
    )
    assert one_award(f, "Bằng khen").recipients == ()
    assert norms(one_award(f, "Giấy khen").recipients) == {norm("Trần Văn Tâm")}


def test_counts_without_a_named_grantor():
    f = run("Tại hội nghị, 12 cá nhân được tặng danh hiệu Chiến sĩ thi đua cơ sở và 215 cá nhân đạt danh hiệu "
            "Lao động tiên tiến.")
    assert [(a.award, a.grantors, a.individuals) for a in f.awards] == [
        ("Chiến sĩ thi đua cơ sở", (), 12), ("Lao động tiên tiến", (), 215)]
    assert_evidence_ok(f)


def test_named_recipient_without_a_named_grantor():
    f = run("Dịp này, ông Điểu Sơn được trao Kỷ niệm chương “Vì sự nghiệp Dân tộc”.")
    assert [(a.award, a.grantors, a.recipients) for a in f.awards] == [
        ("Kỷ niệm chương Vì sự nghiệp Dân tộc", (), ("Điểu Sơn",))]


@pytest.mark.parametrize("lead", ["Năm 2023, ", "Trước đó, năm 2022, ", ""])
def test_a_pronoun_after_a_time_adverbial_is_the_person_just_named(lead):
    f = run("Sáng 20/7, BĐBP tỉnh Bình Thuận tổ chức gặp mặt ông Ngô Văn Tỷ. "
            f"{lead}{'ông' if lead else 'Ông'} từng được Chủ tịch UBND tỉnh Bình Thuận tặng Bằng khen.")
    assert [(a.award, a.recipients) for a in f.awards] == [("Bằng khen", ("Ngô Văn Tỷ",))]


@pytest.mark.parametrize("sentence", [
    "Các mô hình tiếp tục phát huy hiệu quả trong cộng đồng.",  # "huy hiệu" inside words, lower case
    "Đơn vị phấn đấu đạt danh hiệu Lao động tiên tiến.",  # an aim: nobody, no count
])
def test_no_conferral(sentence):
    assert run(sentence).awards == ()


def test_a_one_syllable_minority_name_is_the_recipient_not_the_person_named_before():
    f = run("Ông Trần Văn Hiệp, Chủ tịch UBND tỉnh Lâm Đồng phát biểu. Ông K'Bình, người có uy tín ở xã Đạ Tẻh, "
            "được nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert [a.recipients for a in f.awards] == [("K'Bình",)]
    assert "K'Bình" in {p.name for p in f.persons}


def test_authors_are_counted_as_individuals():
    assert [a.individuals for a in run("Tổng Giám đốc Công ty trao Giấy khen cho 50 tác giả.").awards] == [50]


@pytest.mark.parametrize("sentence, counts", [
    ("UBND thành phố tặng Bằng khen cho 5 giáo viên và 12 học sinh đạt giải quốc gia.", (None, 17)),
    ("UBND tỉnh tặng Bằng khen cho 3 trường, 2 xã và 10 cá nhân.", (5, 10)),
    ("UBND tỉnh tặng Bằng khen cho 12 tập thể và 20 cá nhân, trong đó có 5 chiến sĩ.", (12, 20)),
    ("UBND tỉnh tặng Bằng khen cho 20 cá nhân; Sở Nội vụ tặng Giấy khen cho 5 cá nhân.", (None, 20)),
])
def test_coordinated_counts_add_up_and_a_part_does_not(sentence, counts):
    assert (run(sentence).awards[0].collectives, run(sentence).awards[0].individuals) == counts


@pytest.mark.parametrize("between", ["đã gửi thư khen và quyết định", "quyết định", "đã ký quyết định", "vừa"])
def test_grantor_before_a_decision_to_award(between):
    f = run(f"Bộ trưởng Bộ Công an {between} tặng Bằng khen cho Phòng Cảnh sát hình sự Công an tỉnh Nam Định.")
    assert [a.grantors for a in f.awards] == [("Bộ trưởng Bộ Công an",)]


def test_recipients_of_one_award_stop_at_the_next_award():
    f = run("Giám đốc Sở Tư pháp Lê Văn Lực trao danh hiệu Tập thể lao động xuất sắc cho 3 phòng chuyên môn "
            "và Giấy khen cho 12 cá nhân.")
    assert [(a.award, a.collectives, a.individuals) for a in f.awards] == [
        ("Tập thể lao động xuất sắc", 3, None), ("Giấy khen", None, 12)]


@pytest.mark.parametrize("sentence", [
    "Tỉnh Đoàn cho biết sẽ đề nghị Trung ương Đoàn xem xét trao Huy hiệu Tuổi trẻ dũng cảm cho hai em.",
    "Hội đồng thi đua đề nghị tặng Bằng khen cho 5 tập thể.",
])
def test_a_proposal_without_a_grantor_is_not_a_conferral(sentence):
    assert [a.award for a in run(sentence).awards if not a.grantors] == []


def test_a_count_read_again_is_not_added_to_itself():
    f = run("Bằng khen của Chủ tịch UBND tỉnh Lâm Đồng được trao cho 3 tập thể: Hội LHPN huyện Di Linh, "
            "Hội LHPN huyện Đam Rông và Hội LHPN TP. Bảo Lộc.")
    assert [(a.collectives, len(a.recipients)) for a in f.awards] == [(3, 3)]


@pytest.mark.parametrize("sentence", [
    "Dịp này, Chủ tịch UBND tỉnh Hà Tĩnh tặng Bằng khen cho các trường THPT Nguyễn Du, Lê Quý Đôn và Hồng Lam.",
    "Các trường THPT Nguyễn Du, Lê Quý Đôn và Hồng Lam được Chủ tịch UBND tỉnh Hà Tĩnh tặng Bằng khen.",
])
def test_units_sharing_a_plural_type_each_receive(sentence):
    [award] = run(sentence).awards
    assert sorted(norm(r) for r in award.recipients) == sorted(
        norm("Trường Trung học phổ thông " + s) for s in ("Nguyễn Du", "Lê Quý Đôn", "Hồng Lam"))


@pytest.mark.parametrize("sentence, counts", [
    ("Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen cho mười hai tập thể và hai mươi lăm cá nhân.", (12, 25)),
    ("Mười lăm tập thể được Chủ tịch UBND tỉnh Nghệ An tặng Giấy khen.", (15, None)),
    ("Giám đốc Công an tỉnh Nghệ An tặng Giấy khen cho một trăm lẻ năm cá nhân.", (None, 105)),
])
def test_compound_numbers_in_words(sentence, counts):
    [award] = run(sentence).awards
    assert (award.collectives, award.individuals) == counts


def test_ten_years_is_not_fifteen():
    from thidua_kg.extract.recipients import word_number
    from thidua_kg.extract.tokens import tokenize
    assert word_number(tokenize("mười năm qua"), 0) == (10, 1)
    assert word_number(tokenize("hai mươi mốt người"), 0) == (21, 3)


def test_grantor_before_a_number_of_awards():
    f = run("Sáng 5/6, Công an tỉnh Gia Lai tổ chức hội nghị. Dịp này, Giám đốc Công an tỉnh trao tặng 45 Giấy khen "
            "cho 15 tập thể và 30 cá nhân.")
    [award] = f.awards
    assert [norm(g) for g in award.grantors] == [norm("Giám đốc Công an tỉnh Gia Lai")]
    assert (award.collectives, award.individuals) == (15, 30)


@pytest.mark.parametrize("sentence", [
    "Công an huyện đã hoàn thiện hồ sơ, đề nghị Giám đốc Công an tỉnh Nghệ An tặng Giấy khen cho 3 tập thể, "
    "5 cá nhân và đề nghị Bộ trưởng Bộ Công an tặng Bằng khen cho Công an xã Sơn Hải.",
    "Sở đã hoàn thiện hồ sơ đề nghị Chủ tịch nước xét tặng danh hiệu Nhà giáo Nhân dân cho 2 nhà giáo và danh "
    "hiệu Nhà giáo Ưu tú cho 19 nhà giáo.",
    "Công an tỉnh đã có văn bản đề nghị Bộ trưởng Bộ Công an xem xét, trình Chủ tịch nước tặng thưởng Huân "
    "chương Dũng cảm cho Thượng úy Giàng A Lử.",
    "Đại hội đã chọn 5 nông dân tiêu biểu để Hội Nông dân tỉnh Sóc Trăng đề nghị Trung ương Hội xét, tôn vinh danh "
    "hiệu Nông dân Việt Nam xuất sắc năm 2025.",
])
def test_a_request_to_confer_is_no_conferral(sentence):
    assert run(sentence).awards == ()


def test_a_conferral_beside_a_request():
    f = run("Dịp này, Chủ tịch UBND tỉnh Nghệ An tặng Bằng khen cho 3 tập thể và đề nghị Thủ tướng Chính phủ "
            "tặng Bằng khen cho 2 cá nhân.")
    [award] = f.awards
    assert (award.grantors, award.collectives, award.individuals) == (
        ("Chủ tịch Ủy ban nhân dân tỉnh Nghệ An",), 3, None)


def test_bodies_of_several_places_each_receive():
    f = run("Dịp này, UBND tỉnh Vĩnh Long tặng Cờ thi đua cho UBND các xã Hòa Minh, Long Hiệp, Tân Thành Bình và "
            "Hội Nông dân tỉnh.")
    [award] = f.awards
    assert [norm(r) for r in award.recipients] == [norm(n) for n in (
        "Ủy ban nhân dân xã Hòa Minh", "Ủy ban nhân dân xã Long Hiệp", "Ủy ban nhân dân xã Tân Thành Bình",
        "Hội Nông dân tỉnh Vĩnh Long")]


def test_named_units_with_a_count():
    f = run("Phó Chủ tịch UBND tỉnh Kon Tum trao Bằng khen của Chủ tịch UBND tỉnh cho các đồn Biên phòng Mo Ray, "
            "Rờ Kơi và Sa Loong cùng 6 cá nhân vì thành tích bảo vệ chủ quyền.")
    [award] = f.awards
    assert len(award.recipients) == 3 and award.individuals == 6


@pytest.mark.parametrize("sentence, grantors, recipients", [
    # "chương trình" is no request ("trình")
    ("Trước khi vào chương trình nghị sự, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Đỗ Minh Tuấn trao Huân "
     "chương Lao động hạng Nhì cho Ban Quản lý Vịnh Hạ Long.", ("Chủ tịch nước",), ("Ban Quản lý Vịnh Hạ Long",)),
    # an order pinned on a unit's flag is the unit's
    ("Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Đỗ Quang Vinh gắn Huân chương Chiến công hạng Nhì lên Quân kỳ của "
     "Đồn Biên phòng Mo Ray.", ("Chủ tịch nước",), ("Đồn Biên phòng Mo Ray",)),
])
def test_grantor_and_recipient_of_one_order(sentence, grantors, recipients):
    [award] = run(sentence).awards
    assert (award.grantors, award.recipients) == (grantors, recipients)


def test_recipients_of_one_order_and_of_the_next():
    f = run("Ngày 20 tháng 4, Bộ Chỉ huy BĐBP tỉnh Kon Tum tổ chức Lễ đón nhận Huân chương Chiến công hạng Nhì của "
            "Chủ tịch nước tặng thưởng cho Đồn Biên phòng Mo Ray. Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Đỗ Quang "
            "Vinh gắn Huân chương Chiến công hạng Nhì lên Quân kỳ của Đồn Biên phòng Mo Ray và trao Huân chương Chiến "
            "công hạng Ba cho hai cá nhân là Thiếu tá A Lưu và Đại úy A Hòa.", published="2024-04")
    got = {a.award: (a.recipients, a.individuals) for a in f.awards}
    assert got == {"Huân chương Chiến công hạng Nhì": (("Đồn Biên phòng Mo Ray",), None),
                   "Huân chương Chiến công hạng Ba": (("A Lưu", "A Hòa"), 2)}


def test_the_giver_goes_on_after_a_semicolon():
    f = run("Ghi nhận thành tích trong năm, Tổng LĐLĐ Việt Nam tặng Bằng khen cho 8 tập thể, 15 cá nhân; tặng Bằng Lao "
            "động sáng tạo cho 6 cá nhân; LĐLĐ tỉnh Bắc Ninh tặng Cờ thi đua cho 07 công đoàn cơ sở; tặng Giấy khen "
            "cho 95 tập thể.")
    got = {a.award: (a.grantors, a.collectives, a.individuals) for a in f.awards}
    assert got == {
        "Bằng khen": (("Tổng Liên đoàn Lao động Việt Nam",), 8, 15),
        "Bằng Lao động sáng tạo": (("Tổng Liên đoàn Lao động Việt Nam",), None, 6),
        "Cờ thi đua": (("Liên đoàn Lao động tỉnh Bắc Ninh",), 7, None),
        "Giấy khen": (("Liên đoàn Lao động tỉnh Bắc Ninh",), 95, None),
    }


@pytest.mark.parametrize("sentence, grantor", [
    ("Ông Phạm Quang Đạo trao Bằng khen của Thủ tướng cho 2 tập thể.", "Thủ tướng Chính phủ"),
    ("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể.", "Chủ tịch nước"),  # no national body to add
])
def test_a_one_holder_office_is_named_in_full(sentence, grantor):
    [award] = run(sentence).awards
    assert award.grantors == (grantor,)


@pytest.mark.parametrize("sentence, counts", [
    ("Chủ tịch UBND tỉnh Phú Yên tặng Bằng khen cho 45 tập thể và cá nhân, gồm 20 tập thể, 25 cá nhân.", (20, 25)),
    ("Liên minh HTX tỉnh Lâm Đồng tặng Giấy khen cho 20 HTX, 3 tổ hợp tác và 25 cá nhân.", (23, 25)),
    ("Giám đốc Sở GD&ĐT tỉnh Quảng Ninh tặng Giấy khen cho 4 tổ chuyên môn và 11 giáo viên.", (4, 11)),
])
def test_counts_of_mixed_and_combined_recipients(sentence, counts):
    [award] = run(sentence).awards
    assert (award.collectives, award.individuals) == counts


def test_recipients_named_in_brackets_after_their_count():
    f = run("Sáng 12/1, Công an tỉnh Thái Bình tổ chức hội nghị. Thiếu tướng Đặng Văn Khiêm trao Cờ thi đua của Bộ Công "
            "an cho 3 tập thể (Phòng CSGT, Phòng Cảnh sát hình sự, Công an huyện Thái Thụy) và Bằng khen của Bộ trưởng "
            "Bộ Công an cho 4 tập thể, 9 cá nhân (năm 2023).")
    flag, merit = f.awards
    assert [norm(r) for r in flag.recipients] == [norm(n) for n in (
        "Phòng Cảnh sát giao thông Công an tỉnh Thái Bình", "Phòng Cảnh sát hình sự Công an tỉnh Thái Bình",
        "Công an huyện Thái Thụy")] and flag.collectives == 3
    assert merit.recipients == () and (merit.collectives, merit.individuals) == (4, 9)


def test_trung_uong_hoi_is_the_centre_named_before():
    f = run("Hội CTĐ huyện Mèo Vạc được Trung ương Hội CTĐ Việt Nam tặng Bằng khen; Kỷ niệm chương “Vì sự nghiệp Nhân "
            "đạo” của Trung ương Hội được trao cho 2 cá nhân.")
    assert {a.grantors for a in f.awards} == {("Trung ương Hội Chữ thập đỏ Việt Nam",)}


def test_two_grantors_conferring_together():
    [award] = run("Hội Nông dân huyện Yên Châu được Trung ương Hội Nông dân Việt Nam và NHCSXH đồng tặng Bằng khen.").awards
    assert award.grantors == ("Trung ương Hội Nông dân Việt Nam", "Ngân hàng Chính sách xã hội")


def test_enumerated_awards_with_their_recipients():
    f = run("Các tập thể cũng được khen thưởng, cụ thể: 2 tập thể được tặng Cờ thi đua của UBND tỉnh Lâm Đồng (HTX Rau an "
            "toàn Xuân Hương, HTX Cà phê Xuân Trường); 1 tập thể và 2 cá nhân được tặng Bằng khen của Bộ trưởng Bộ Quốc "
            "phòng, gồm: Phòng Tham mưu Bộ CHQS tỉnh Lâm Đồng; Thượng tá Lê Xuân Sơn, Phó Chỉ huy trưởng; Thiếu tá Trần "
            "Thị Thu Hà.")
    flag, merit = f.awards
    assert (flag.recipients, flag.collectives) == (
        ("Hợp tác xã Rau an toàn Xuân Hương", "Hợp tác xã Cà phê Xuân Trường"), 2)
    assert merit.recipients[:3] == ("Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh Lâm Đồng", "Lê Xuân Sơn", "Trần Thị Thu Hà")
    assert (merit.collectives, merit.individuals) == (1, 2)


def test_a_bare_office_as_grantor_is_its_holders():
    f = run("Sáng 20/4, BĐBP tỉnh An Giang tổ chức hội nghị. Đồn Biên phòng Khánh Bình được UBND tỉnh tặng Cờ thi đua. "
            "Chiều cùng ngày, Đồn Biên phòng Cửa khẩu quốc tế Tịnh Biên tổ chức lễ ra mắt mô hình. Dự lễ có Thiếu tá Lê "
            "Minh Trí, Đồn trưởng và ông Chau Sóc Ri, Chủ tịch UBND xã An Nông. Dịp này, Đồn trưởng Lê Minh Trí tặng "
            "Giấy khen cho 5 người dân.")
    assert f.awards[-1].grantors == ("Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Tịnh Biên",)


def test_a_unit_and_officers_listed_after_their_count():
    [award] = run("Đại tá Vũ Hồng Quân trao Giấy khen của Giám đốc Công an tỉnh Đồng Nai cho tập thể Đội Tuần tra, kiểm soát "
                  "giao thông đường bộ số 2 và 3 cán bộ, chiến sĩ gồm Thiếu tá Lê Minh Hoàng, Phó Đội trưởng; Đại úy "
                  "Nguyễn Văn Tâm và Trung úy Phạm Quốc Đạt.").awards
    assert award.recipients[1:] == ("Lê Minh Hoàng", "Nguyễn Văn Tâm", "Phạm Quốc Đạt") and award.individuals == 3
    assert award.recipients[0].startswith("Đội Tuần tra, kiểm soát giao thông đường bộ số 2")


def test_a_sentence_ending_two_words_after_a_comma():
    # looking ahead for "..., trong đó có" ran past the end of the sentence and lost the article
    [award] = run("Bộ trưởng Bộ Giao thông vận tải tặng Bằng khen cho 3 cá nhân có sáng kiến trong thi công cầu, đường.").awards
    assert award.individuals == 3


def test_units_listed_after_gom_across_semicolons():
    [award] = run("Bộ trưởng Đỗ Mạnh Cường trao Cờ thi đua của Chính phủ cho 5 tập thể dẫn đầu phong trào thi đua năm 2023 "
                  "gồm: Cục Đường bộ Việt Nam; Cục Hàng hải Việt Nam; Ban Quản lý dự án 7.").awards
    assert award.recipients == ("Cục Đường bộ Việt Nam", "Cục Hàng hải Việt Nam", "Ban Quản lý dự án 7")


def test_party_badges_on_behalf_of_the_standing_committee():
    [award] = run("Thay mặt Ban Thường vụ Tỉnh ủy Tuyên Quang, đồng chí Nông Đức Tâm trao Huy hiệu 75 năm tuổi Đảng cho "
                  "hai đồng chí: Hoàng Văn Chử, nguyên Phó Chủ tịch Ủy ban hành chính tỉnh.").awards
    assert (award.award, award.grantors, award.individuals) == (
        "Huy hiệu 75 năm tuổi Đảng", ("Ban Thường vụ Tỉnh ủy Tuyên Quang",), 2)


def test_joint_stock_companies_in_a_list_are_named_recipients():
    f = run("Sáng 16/1, Tổng công ty Đường sắt Việt Nam tổ chức Hội nghị. Bộ trưởng Bộ GTVT tặng Cờ thi đua cho 3 đơn vị: "
            "Công ty cổ phần Đường sắt Hà Thái, Công ty cổ phần Vận tải Đường sắt Sài Gòn và Trung tâm Điều hành vận tải "
            "đường sắt.")
    [award] = f.awards
    assert award.recipients == ("Công ty cổ phần Đường sắt Hà Thái", "Công ty cổ phần Vận tải Đường sắt Sài Gòn",
                                "Trung tâm Điều hành vận tải đường sắt")


def test_a_presidiums_award_and_a_four_word_count_noun():
    f = run("Sáng 5/12, Công đoàn các KCN Bắc Ninh tổ chức hội nghị. Thay mặt Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, ông Phan "
            "Văn Định trao Bằng Lao động sáng tạo cho 3 đoàn viên. Công đoàn các KCN tặng Giấy khen cho 36 công đoàn cơ "
            "sở và 85 đoàn viên có thành tích.")
    got = {(a.award, a.grantors, a.collectives, a.individuals) for a in f.awards}
    assert got == {("Bằng Lao động sáng tạo", ("Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",), None, 3),
                   ("Giấy khen", ("Công đoàn các khu công nghiệp Bắc Ninh",), 36, 85)}


def test_a_year_before_a_noun_is_no_count():
    [award] = run("Sáng 18/11, Công ty Điện lực Thanh Hóa tổ chức lễ. Ghi nhận những đóng góp đó, năm 2021 công ty được "
                  "Chính phủ tặng Cờ thi đua.").awards
    assert (award.recipients, award.collectives) == (("Công ty Điện lực Thanh Hóa",), None)


def test_names_after_a_description_and_a_colon_and_a_persons_workplace():
    f = run("Sáng 12/8, Sở GD&ĐT tỉnh Thái Nguyên tổ chức hội nghị. UBND tỉnh trao Cờ thi đua cho 2 đơn vị dẫn đầu phong "
            "trào thi đua năm học 2022 - 2023: Trường THCS Nha Trang; Phòng GD&ĐT TP. Sông Công. Bộ trưởng Bộ GD&ĐT tặng "
            "Bằng khen cho 3 tập thể và 7 cá nhân, trong đó có cô Ma Thị Hường, giáo viên Trường THCS Phú Thượng (huyện "
            "Võ Nhai).")
    got = {a.award: a.recipients for a in f.awards}
    assert got == {"Cờ thi đua": ("Trường Trung học cơ sở Nha Trang", "Phòng Giáo dục và Đào tạo thành phố Sông Công"),
                   "Bằng khen": ("Ma Thị Hường",)}


def test_athletes_medals_and_counts_of_parts():
    f = run("Sáng 2/6, Sở VHTTDL tỉnh Thanh Hóa tổ chức lễ. Năm 2022, VĐV Cầm Thị Nguyệt từng được Bộ trưởng Bộ VHTTDL "
            "tặng Bằng khen vì giành Huy chương vàng tại SEA Games 31. Chủ tịch UBND tỉnh trao Bằng khen cho 16 cá nhân, "
            "gồm 12 VĐV và 4 HLV.")
    got = [(a.award, a.recipients, a.individuals) for a in f.awards]
    assert got == [("Bằng khen", ("Cầm Thị Nguyệt",), None), ("Bằng khen", (), 16)]  # no sports medal


@pytest.mark.parametrize("sentence, expected", [
    ("Chủ tịch Hội đồng thành viên Vũ Anh Tú trao danh hiệu “Thợ mỏ giỏi” của Tập đoàn cho 88 thợ mỏ.",
     [("Thợ mỏ giỏi", None, 88)]),
    ("Tỉnh Đoàn trao danh hiệu “Gương mặt trẻ tiêu biểu tỉnh Phú Thọ” năm 2023 cho 10 đoàn viên.",
     [("Gương mặt trẻ tiêu biểu tỉnh Phú Thọ", None, 10)]),
    ("Toàn tỉnh có 412.000 hộ được công nhận danh hiệu “Gia đình học tập”.", []),  # a tally, no giver
])
def test_a_title_in_quotes_given_by_a_body(sentence, expected):
    f = run("Tối 9/11, Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam tổ chức lễ tôn vinh. " + sentence)
    assert [(a.award, a.collectives, a.individuals) for a in f.awards] == expected


@pytest.mark.parametrize("text, recipient", [
    ("Sáng 27/12, UBND tỉnh Đắk Nông tổ chức lễ. Phó Chủ tịch Quốc hội Bùi Văn Chương trao Huân chương Lao động hạng "
     "Nhất cho Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Đắk Nông.",
     "Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Đắk Nông"),
    ("Sáng 2/9, UBND xã Tú An tổ chức lễ. Chủ tịch nước tặng Huân chương Lao động hạng Ba cho cán bộ và nhân dân xã "
     "Tú An.", "Cán bộ và nhân dân xã Tú An"),
])
def test_the_people_of_a_place_as_one_recipient(text, recipient):
    [award] = run(text).awards
    assert award.recipients == (recipient,)


def test_a_units_code_as_the_subject_of_an_award():
    f = run("Sáng 16/8, Công an tỉnh Sơn La tổ chức lễ kỷ niệm của Phòng Cảnh sát điều tra tội phạm về ma túy (PC04). Với "
            "những chiến công đó, PC04 nhiều năm liền được Bộ Công an tặng Cờ thi đua.")
    assert [(a.award, a.recipients) for a in f.awards] == [
        ("Cờ thi đua", ("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Sơn La",))]


def test_named_recipients_replace_the_one_guessed_from_the_ceremony():
    [award] = run("Sáng 12/3, UBND xã Bảo Thành tổ chức lễ đón nhận Bằng khen của Chủ tịch UBND tỉnh Nghệ An. Thừa ủy quyền "
                  "của Chủ tịch UBND tỉnh, ông Phan Văn Lâm trao Bằng khen của Chủ tịch UBND tỉnh cho cán bộ và nhân dân xã "
                  "Bảo Thành.").awards
    assert award.recipients == ("Cán bộ và nhân dân xã Bảo Thành",)


def test_the_party_and_the_state_name_no_giver():
    f = run("Sáng 16/8, Công an tỉnh Sơn La tổ chức lễ kỷ niệm của Phòng Cảnh sát điều tra tội phạm về ma túy (PC04). PC04 "
            "đã được Đảng, Nhà nước tặng thưởng Huân chương Bảo vệ Tổ quốc hạng Nhì.")
    assert [(a.award, a.grantors) for a in f.awards] == [("Huân chương Bảo vệ Tổ quốc hạng Nhì", ())]


def test_a_clause_without_its_verb_keeps_the_giver():
    f = run("Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Lê Văn Hùng gắn Huân chương lên lá cờ của đơn vị; trao Huy "
            "chương Chiến sĩ vẻ vang hạng Nhì cho 8 cán bộ; Huy chương Chiến sĩ vẻ vang hạng Ba cho 15 cán bộ.")
    assert {(a.award, a.grantors, a.individuals) for a in f.awards} >= {
        ("Huy chương Chiến sĩ vẻ vang hạng Nhì", ("Chủ tịch nước",), 8),
        ("Huy chương Chiến sĩ vẻ vang hạng Ba", ("Chủ tịch nước",), 15)}


def test_orders_named_in_what_a_law_provides_are_not_given():
    f = run("Luật Thi đua, khen thưởng quy định rõ thẩm quyền đề nghị, quyết định các hình thức khen thưởng như Huân "
            "chương Sao vàng, Huân chương Hồ Chí Minh, Huân chương Độc lập.")
    assert f.awards == ()


def test_a_bodys_people_hand_over_what_another_gives():
    f = run("Chủ tịch nước đã ký quyết định phong tặng danh hiệu Nhà giáo ưu tú cho 372 nhà giáo. Tại buổi lễ, Bộ trưởng "
            "Vương Đình Thái và lãnh đạo Văn phòng Chủ tịch nước trao danh hiệu Nhà giáo ưu tú cho các nhà giáo.")
    assert {a.grantors for a in f.awards} == {("Chủ tịch nước",)}


def test_a_long_unquoted_award_name_and_its_givers_office():
    f = run("Bà Lương Thị Hải Yến trao Kỷ niệm chương Vì sự nghiệp Bảo hiểm xã hội Việt Nam của Tổng Giám đốc BHXH Việt "
            "Nam cho 14 cá nhân.")
    assert [(a.award, a.grantors, a.individuals) for a in f.awards] == [
        ("Kỷ niệm chương Vì sự nghiệp Bảo hiểm xã hội Việt Nam", ("Tổng Giám đốc Bảo hiểm xã hội Việt Nam",), 14)]


@pytest.mark.parametrize("text, award", [
    ("Thừa ủy quyền của Bộ trưởng Bộ Tài chính, ông Vương Quốc Thịnh trao danh hiệu Chiến sĩ thi đua ngành Tài chính "
     "cho bà Lê Thị Minh Nguyệt.", "Chiến sĩ thi đua ngành Tài chính"),
    ("Thống đốc Ngân hàng Nhà nước tặng danh hiệu Chiến sĩ thi đua ngành Ngân hàng cho bà Lê Thị Minh Nguyệt.",
     "Chiến sĩ thi đua ngành Ngân hàng"),
])
def test_a_sectors_emulation_fighter_is_named_with_its_sector(text, award):
    assert [(a.award, a.recipients) for a in run(text).awards] == [(award, ("Lê Thị Minh Nguyệt",))]


def test_recipients_listed_with_semicolons_after_cho():
    f = run("Thừa ủy quyền của Bộ trưởng Bộ Quốc phòng, Thiếu tướng Đinh Xuân Thủy trao Bằng khen cho Ban CHQS huyện Văn "
            "Yên; Trung đội dân quân cơ động xã Châu Quế Thượng; Thượng tá Đặng Văn Tùng, Chỉ huy trưởng Ban CHQS huyện "
            "Văn Yên và dân quân Bàn Văn Lìn; Thiếu tướng Lê Văn Hùng trao Giấy khen cho 3 tập thể.")
    assert [(a.award, a.recipients) for a in f.awards] == [
        ("Bằng khen", ("Ban Chỉ huy Quân sự huyện Văn Yên", "Trung đội dân quân cơ động xã Châu Quế Thượng",
                       "Đặng Văn Tùng", "Bàn Văn Lìn")),
        ("Giấy khen", ())]


def test_recipients_listed_line_by_line_after_a_colon():
    f = run("Phó Chủ tịch UBND tỉnh Lương Thị Hà trao Bằng khen của Chủ tịch UBND tỉnh cho 3 nông dân tiêu biểu, gồm:\n"
            "1. Ông Đào Văn Khuyến (thôn Kép, xã Hồng Giang);\n2. Bà Nguyễn Thị Lụa (thôn Đồng Gianh, xã Ngọc Thiện);\n"
            "3. Ông Hoàng Văn Pản (bản Khe Cả, xã Tam Tiến).\nCác đại biểu đã tham quan mô hình.")
    [a] = f.awards
    assert (a.individuals, a.recipients) == (3, ("Đào Văn Khuyến", "Nguyễn Thị Lụa", "Hoàng Văn Pản"))


def test_libraries_museums_and_the_people_of_a_commune_written_with_a_capital():
    f = run("Bộ trưởng tặng Bằng khen cho 2 tập thể (Thư viện Tổng hợp thành phố Huế, Bảo tàng Lịch sử thành phố Huế). "
            "Chủ tịch UBND tỉnh Lào Cai tặng Giấy khen cho Đảng bộ, chính quyền và Nhân dân xã Bản Phố.")
    assert [a.recipients for a in f.awards] == [
        ("Thư viện Tổng hợp thành phố Huế", "Bảo tàng Lịch sử thành phố Huế"),
        ("Đảng bộ, chính quyền và Nhân dân xã Bản Phố",)]


def test_bodies_of_every_commune_are_no_named_body():
    f = run("Chủ tịch UBND huyện Thạch Hà tặng Giấy khen cho UBND cấp xã có thành tích; theo Luật, Chủ tịch UBND cấp "
            "huyện tặng Giấy khen cho các tập thể.")
    assert norm("Ủy ban nhân dân cấp xã") not in {norm(r) for a in f.awards for r in a.recipients}
    assert all(not g.endswith("cấp huyện") for a in f.awards for g in a.grantors)
    assert norm("Ủy ban nhân dân cấp xã") not in {norm(o.name) for o in f.organisations}


@pytest.mark.parametrize("text, counts", [
    ("Đảng ủy tặng Giấy khen cho 6 tổ chức cơ sở đảng và 11 đảng viên có thành tích tiêu biểu.", (6, 11)),
    ("Hội đồng Đội tỉnh tặng Giấy khen cho 35 liên đội và 48 Tổng phụ trách Đội, đội viên tiêu biểu.", (35, 48)),
    # a second count after descriptive words still counts
    ("Công đoàn Tổng công ty tặng Bằng khen cho 2 công đoàn bộ phận và 6 đoàn viên.", (2, 6)),
    ("Công đoàn ngành tặng Giấy khen cho 12 tổ sản xuất và 35 thợ lò có thành tích xuất sắc.", (12, 35)),
])
def test_counts_of_party_cells_and_pioneer_leaders(text, counts):
    [a] = run(text).awards
    assert (a.collectives, a.individuals) == counts


def test_recipients_named_in_the_sentence_after_the_counts():
    f = run("Ngày 12-12-2025, Chủ tịch UBND tỉnh Tuyên Quang tặng Bằng khen cho 24 tập thể và 37 cá nhân. Trong danh "
            "sách có Đồn Biên phòng Lũng Cú, ông Sùng Mí Páo - Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú cùng các tập "
            "thể, cá nhân khác.")
    [a] = f.awards
    assert (a.recipients, a.collectives, a.individuals) == (("Đồn Biên phòng Lũng Cú", "Sùng Mí Páo"), 24, 37)


@pytest.mark.parametrize("text", [
    "Bà Cúc trao Bằng khen của Tổng LĐLĐ Việt Nam cho 3 tập thể có thành tích xuất sắc trong công tác an toàn, vệ "
    "sinh lao động, gồm: Công đoàn các KCN tỉnh Bình Dương; LĐLĐ huyện Bàu Bàng; CĐCS Công ty TNHH Gỗ Mộc Phát.",
    "Ban Thường vụ tặng Giấy khen cho 3 tập thể hoàn thành xuất sắc nhiệm vụ năm 2025, gồm: Công đoàn các KCN tỉnh "
    "Bình Dương, LĐLĐ huyện Bàu Bàng và CĐCS Công ty TNHH Gỗ Mộc Phát.",
])
def test_recipients_listed_after_a_description_and_gom(text):
    [a] = run(text).awards
    assert a.collectives == 3
    assert {norm(r) for r in a.recipients} == {norm(n) for n in (
        "Công đoàn các Khu công nghiệp tỉnh Bình Dương", "Liên đoàn Lao động huyện Bàu Bàng",
        "Công đoàn cơ sở Công ty TNHH Gỗ Mộc Phát")}


def test_a_bare_office_as_grantor_is_written_as_its_holders_office():
    f = run("Chủ trì hội nghị là đồng chí Lương Thế Khải, Thứ trưởng Bộ Nội vụ kiêm Trưởng Ban Thi đua - Khen thưởng "
            "Trung ương. Trưởng ban Lương Thế Khải ký quyết định tặng Giấy khen cho 6 tập thể.")
    [a] = f.awards
    assert [norm(g) for g in a.grantors] == [norm("Trưởng Ban Thi đua - Khen thưởng Trung ương")]


def test_named_after_la_with_honorifics_behind_a_description():
    [a] = run("Ông Võ Văn Chiến trao Kỷ niệm chương “Vì sự nghiệp khuyến học” cho ba hội viên NCT là ông Huỳnh Văn "
              "Dũ, bà Lâm Thị Nhành và ông Tạ Văn Nhỏ, những người nhiều năm góp sức.").awards
    assert (a.individuals, a.recipients) == (3, ("Huỳnh Văn Dũ", "Lâm Thị Nhành", "Tạ Văn Nhỏ"))


def test_a_state_honorary_title_named_in_quotes_and_mothers_by_name():
    [a] = run("Ông Nhơn công bố Quyết định của Chủ tịch nước về việc truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt "
              "Nam anh hùng” cho 2 mẹ, gồm: mẹ Nguyễn Thị Em (xã Duy Trung); mẹ Lê Thị Sáu (xã Duy Sơn).").awards
    assert (a.award, a.grantors, a.recipients, a.individuals) == (
        "Bà mẹ Việt Nam anh hùng", ("Chủ tịch nước",), ("Nguyễn Thị Em", "Lê Thị Sáu"), 2)


def test_an_unquoted_award_name_ends_before_the_round_it_was_given_in():
    f = run("Ban Thường vụ Tỉnh ủy Nghệ An trao Huy hiệu Đảng đợt 2/9 cho 47 đảng viên. Bộ trưởng Bộ Y tế tặng Kỷ niệm "
            "chương Vì sức khỏe nhân dân cho BS Phạm Văn Tú.")
    assert [a.award for a in f.awards] == ["Huy hiệu Đảng", "Kỷ niệm chương Vì sức khỏe nhân dân"]


def test_recipients_listed_after_a_long_description():
    [a] = run("Cùng ngày, Thủ tướng Chính phủ ký Quyết định về việc tặng Bằng khen của Thủ tướng Chính phủ cho 1 tập "
              "thể và 2 cá nhân thuộc BHXH tỉnh Thái Bình đã có thành tích xuất sắc trong thực hiện chính sách BHXH, "
              "bảo hiểm y tế giai đoạn 2019 - 2023, gồm: BHXH huyện Tiền Hải; ông Vũ Đức Thịnh, Phó Giám đốc BHXH "
              "tỉnh và ông Nguyễn Văn Kiên, Giám đốc BHXH huyện Kiến Xương.").awards
    assert (a.collectives, a.individuals) == (1, 2)
    assert {norm(r) for r in a.recipients} == {norm("Bảo hiểm xã hội huyện Tiền Hải"), norm("Vũ Đức Thịnh"),
                                              norm("Nguyễn Văn Kiên")}


def test_a_quoted_title_opening_a_list_item_and_given_to_someone():
    f = run("Tại buổi lễ, Hội Sinh viên tuyên dương các tập thể, cá nhân, gồm:\n1. Danh hiệu “Sinh viên 5 tốt” cấp Trung "
            "ương cho 14 sinh viên.\n2. Danh hiệu “Tập thể sinh viên 5 tốt” cho 12 chi hội.")
    assert {(a.award, a.collectives, a.individuals) for a in f.awards} == {
        ("Sinh viên 5 tốt", None, 14), ("Tập thể sinh viên 5 tốt", 12, None)}


def test_the_party_army_and_people_of_a_district_as_one_recipient():
    [a] = run("Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Đảng bộ, quân và dân huyện "
              "Duy Xuyên.").awards
    assert a.recipients == ("Đảng bộ, quân và dân huyện Duy Xuyên",)


def test_a_list_of_named_recipients_with_their_places_goes_on_across_semicolons():
    f = run("Chiều 1/2, Tỉnh ủy Hải Dương tổ chức Lễ. Bí thư Tỉnh ủy Phạm Quang Thiều trao Huy hiệu 75 năm tuổi Đảng cho "
            "các đồng chí: Vũ Đình Khang (phường Trần Hưng Đạo, TP. Hải Dương); Lương Văn Cẩn (thị trấn Thanh Hà); "
            "Nguyễn Thị Nhài (xã Thanh Hải, huyện Thanh Hà) và Đỗ Thị Thơm (phường Sao Đỏ, TP. Chí Linh).")
    assert [norm(r) for r in f.awards[0].recipients] == [norm("Vũ Đình Khang"), norm("Lương Văn Cẩn"),
                                                         norm("Nguyễn Thị Nhài"), norm("Đỗ Thị Thơm")]


def test_named_prizes_and_the_state_s_prizes_in_a_field():
    f = run("Sáng 18/5, Bộ Giáo dục và Đào tạo trao Giải thưởng Võ Trường Toản cho 5 nhà giáo. Năm 2020, Viện Di truyền "
            "Nông nghiệp được trao Giải thưởng Nhà nước về khoa học và công nghệ. Em Lan đạt giải Nhất cuộc thi.")
    assert {a.award for a in f.awards} == {"Giải thưởng Võ Trường Toản",
                                           "Giải thưởng Nhà nước về khoa học và công nghệ"}


@pytest.mark.parametrize("text, published, giver", [
    # the provincial standing committee confers the Party badge, whichever committee holds the ceremony
    ("Sáng 17/5, Huyện ủy Hương Sơn (Hà Tĩnh) tổ chức lễ trao Huy hiệu Đảng cho 87 đảng viên. Đồng chí Lê Văn An, "
     "Bí thư Huyện ủy trao Huy hiệu 75 năm tuổi Đảng cho 3 đảng viên và Huy hiệu 70 năm tuổi Đảng cho 5 đảng viên.",
     "2025-05", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
    ("Sáng 2/9, Đảng ủy phường Thủ Dầu Một (TP. Hồ Chí Minh) tổ chức lễ trao Huy hiệu 50 năm tuổi Đảng cho 3 đảng "
     "viên.", "2025-09", "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh"),
])
def test_the_party_badge_is_the_province_s(text, published, giver):
    f = run(text, published=published)
    badges = [a for a in f.awards if "tuổi Đảng" in a.award]
    assert badges and all(a.grantors == (giver,) for a in badges)
    assert all(a.individuals != 87 for a in badges)  # the total is of all the badges


def test_villages_given_an_award_and_villages_where_someone_lives():
    f = run("Sáng 5/1, UBND xã Tân Phú tổ chức Ngày hội. Bà Kim Phượng trao Giấy khen của Chủ tịch UBND xã cho bốn ấp "
            "tiêu biểu: ấp Phước Định, ấp Chánh Thuận, ấp An Điền và ấp Hòa Lộc. UBND xã tặng Giấy khen cho 3 tập thể, "
            "trong đó có già làng Đinh Văn Rin ở làng Kon Trú và nhân viên chăm sóc Phan Thị Mỹ Lệ.", published="2024-01")
    first, second = f.awards
    assert {norm(r) for r in first.recipients} == {norm("ấp Phước Định"), norm("ấp Chánh Thuận"), norm("ấp An Điền"),
                                                   norm("ấp Hòa Lộc")}
    assert not any("kon tru" in norm(r) or "sóc" in r.lower() for r in second.recipients)


def test_persons_after_their_titles_later_in_a_list_of_recipients():
    # judicial titles are offices too: "Thẩm phán", "Chấp hành viên", "Kiểm sát viên"
    f = run("Sáng 3/12, ông Hoàng Văn Tịnh trao Bằng khen của Chánh án TAND tối cao cho tập thể TAND khu vực 3 - Lào "
            "Cai, Thẩm phán Lò Thị Xuân và Chấp hành viên Vàng A Sử.", published="2025-12")
    award = one_award(f)
    assert norms(award.recipients) == norms(["Tòa án nhân dân khu vực 3 - Lào Cai", "Lò Thị Xuân", "Vàng A Sử"])
    assert {p.name: [q.title for q in p.positions] for p in f.persons if p.positions} == {
        "Lò Thị Xuân": ["Thẩm phán"], "Vàng A Sử": ["Chấp hành viên"]}


def test_an_office_holder_who_recognises_a_title_gives_it():
    # "công nhận" is the giver's own act, never a hand-over: the office of the person named is the grantor,
    # and of the award after it in the clause
    f = run("Sáng 24/7, VKSND tỉnh Thanh Hóa tổ chức lễ kỷ niệm. Viện trưởng VKSND tỉnh Hoàng Thế Hiển công nhận danh "
            "hiệu Chiến sĩ thi đua cơ sở cho 14 công chức, tặng Giấy khen cho 6 tập thể và 22 cá nhân. Bà Phạm Thị Thu "
            "Hà được Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua tỉnh.", published="2025-07")
    assert [(a.award, a.grantors) for a in f.awards] == [
        ("Chiến sĩ thi đua cơ sở", ("Viện trưởng Viện kiểm sát nhân dân tỉnh Thanh Hóa",)),
        ("Giấy khen", ("Viện trưởng Viện kiểm sát nhân dân tỉnh Thanh Hóa",)),
        ("Chiến sĩ thi đua tỉnh", ("Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa",))]


def test_honorary_titles_held_are_no_conferrals():
    f = run("Sáng 25/7, UBND tỉnh Hà Tĩnh tổ chức gặp mặt Mẹ Việt Nam Anh hùng, Anh hùng Lực lượng vũ trang nhân dân, "
            "thương binh. Dự có Mẹ Việt Nam Anh hùng Nguyễn Thị Ngát. Toàn tỉnh có 1.846 Bà mẹ Việt Nam Anh hùng. Kết "
            "quả: Quỹ Đền ơn đáp nghĩa vận động được 9 tỷ đồng. Bà Lê Thị Hồng được truy tặng danh hiệu Bà mẹ Việt Nam "
            "Anh hùng. Danh hiệu Anh hùng Lao động được phong tặng cho 3 cá nhân.", published="2025-07")
    assert {p.name for p in f.persons} == {"Nguyễn Thị Ngát", "Lê Thị Hồng"}
    assert [(a.award, a.recipients, a.individuals) for a in f.awards] == [
        ("Bà mẹ Việt Nam anh hùng", ("Lê Thị Hồng",), None), ("Anh hùng Lao động", (), 3)]


def test_a_bare_province_in_a_sentence_that_names_another_province_s_committee():
    f = run("Ngày 26-8-2025, Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức lễ kỷ niệm. Dự có ông Trương Công Định, Phó Chủ tịch "
            "UBND thành phố Đà Nẵng. Phó Chủ tịch UBND tỉnh Quảng Ngãi Đinh Thị Hồng Nhung trao Bằng khen của Chủ tịch "
            "UBND tỉnh cho 2 tập thể. Chủ tịch UBND thành phố tặng Giấy khen cho 3 cá nhân.", published="2025-08")
    assert [a.grantors for a in f.awards] == [("Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi",),
                                              ("Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",)]
    f = run("Sáng 5/12, Bộ CHQS tỉnh Tuyên Quang tổ chức hội nghị. Dự có ông Hầu Văn Páo, Phó Chủ tịch UBND tỉnh, nguyên "
            "Phó Chủ tịch UBND tỉnh Hà Giang.", published="2025-12")
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Tuyên Quang") in [(p.title, p.organisation) for p in f.persons[0].positions]


def test_the_giver_of_the_clause_before_recognises_a_title_after_a_semicolon():
    f = run("Sáng 12/9, Bộ KH&CN tổ chức hội nghị. Bộ trưởng Bộ KH&CN tặng Bằng khen cho 40 tập thể, 96 cá nhân; công nhận "
            "danh hiệu Chiến sĩ thi đua cấp Bộ cho 27 cá nhân.", published="2025-09")
    assert [a.grantors for a in f.awards] == [("Bộ trưởng Bộ Khoa học và Công nghệ",)] * 2


def test_a_bare_office_as_giver_is_the_head_of_the_article_s_own_body():
    f = run("Sáng 8/1, Bộ NN&MT tổ chức hội nghị tổng kết. Năm 2024, Cục Thủy sản được Bộ trưởng Bộ NN&PTNT tặng Cờ thi đua. "
            "Dịp này, 9 cá nhân được Bộ trưởng công nhận danh hiệu Chiến sĩ thi đua cấp Bộ.", published="2026-01")
    assert f.awards[-1].grantors == ("Bộ trưởng Bộ Nông nghiệp và Môi trường",)


def test_another_state_s_head_gives_its_orders():
    f = run("Sáng 5/3, BĐBP tỉnh Quảng Bình tổ chức lễ. Chủ tịch nước CHDCND Lào đã ký quyết định tặng thưởng Huân chương "
            "Itsala hạng Nhì cho Bộ Chỉ huy BĐBP tỉnh Quảng Bình. Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam tặng "
            "Bằng khen cho 3 cá nhân.", published="2024-03")
    assert [a.grantors for a in f.awards] == [("Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào",), ("Chủ tịch nước",)]


def test_a_letter_of_commendation_is_an_award():
    f = run("Sáng 27/9/2023, Công an huyện Lạng Giang tổ chức trao Thư khen của Giám đốc Công an tỉnh cho anh Thân Văn Tài.",
            published="2023-09")
    assert [(a.award, a.recipients) for a in f.awards] == [("Thư khen", ("Thân Văn Tài",))]


def test_a_team_named_with_where_it_is_in_brackets():
    f = run("Ngày 26-8-2025, Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức lễ. Bà Đinh Thị Hồng Nhung trao Bằng khen của Chủ tịch "
            "UBND tỉnh Quảng Ngãi cho 2 tập thể là Hải đội 201, Tổ đoàn kết tàu thuyền an toàn số 7 (đặc khu Lý Sơn) và 3 "
            "cá nhân. Đại tá Lê Hải Bằng, Tư lệnh Vùng, và Trung tá Phan Văn Lực, Chỉ huy trưởng BĐBP tỉnh dự.",
            published="2025-08")
    assert f.awards[0].recipients == ("Hải đội 201", "Tổ đoàn kết tàu thuyền an toàn số 7 đặc khu Lý Sơn")


def test_a_decision_s_number_names_no_grantor_or_recipient():
    f = run("Ngày 21-10-2025, Công an thành phố Đà Nẵng tổ chức hội nghị. Đại tá Nguyễn Hữu Phước trao Bằng khen của Chủ "
            "tịch UBND thành phố (theo Quyết định số 2150/QĐ-UBND ngày 17/10/2025) cho Đội Cảnh sát PCCC và 2 cá nhân. "
            "Chủ tịch UBND thành phố cũng ký Quyết định số 2151/QĐ-UBND tặng Bằng khen cho 3 cá nhân.", published="2025-10")
    chair = norm("Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng")
    assert [norms(a.grantors) for a in f.awards] == [{chair}, {chair}]
    assert norms(f.awards[0].recipients) == {norm("Đội Cảnh sát phòng cháy, chữa cháy Công an thành phố Đà Nẵng")}


def test_a_hamlet_after_a_person_in_a_list_is_where_they_live():
    f = run("Sáng 5/1/2024, UBND tỉnh Sơn La tổ chức gặp mặt người có uy tín. Dịp này, Ủy ban Dân tộc tặng Kỷ niệm chương "
            "cho 2 cá nhân, gồm:\n1. Bà Lò Thị Xiêng, bản Hua Tạt, xã Vân Hồ;\n2. Ông Lường Văn Thẳm, bản Pom Sinh, xã "
            "Mường Giôn. Chủ tịch UBND tỉnh tặng Bằng khen cho bản Nà Sản, bản Co Muông.", published="2024-01")
    assert norms(f.awards[0].recipients) == {norm("Lò Thị Xiêng"), norm("Lường Văn Thẳm")}
    assert norms(f.awards[1].recipients) == {norm("Bản Nà Sản"), norm("Bản Co Muông")}


def test_a_letter_of_commendation_is_sent_to_its_recipient():
    f = run("Sáng 5/3/2024, Công an tỉnh Bình Định tổ chức lễ khen thưởng. Tại buổi lễ, Đại tá Lương Thế Hùng công bố Thư "
            "khen của Bộ trưởng Bộ Công an gửi Công an tỉnh Bình Định vì thành tích phá nhanh vụ án.", published="2024-03")
    assert [(a.award, norms(a.grantors), norms(a.recipients)) for a in f.awards] == [
        ("Thư khen", {norm("Bộ trưởng Bộ Công an")}, {norm("Công an tỉnh Bình Định")})]
    g = run("Ngày 12/9/2024, Bộ trưởng Bộ Công an đã gửi Thư khen tới Công an tỉnh Yên Bái vì đã chủ động ứng phó bão lũ.",
            published="2024-09")
    assert norms(g.awards[0].recipients) == {norm("Công an tỉnh Yên Bái")}


def test_households_are_counted_as_neither_collectives_nor_individuals():
    f = run("Sáng 15-11, UBND xã Ea Kar tổ chức Ngày hội. Chủ tịch UBND xã tặng Giấy khen cho 5 hộ gia đình và 3 cá nhân "
            "tiêu biểu. Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể và 40 hộ nông dân sản xuất giỏi.",
            published="2025-11")
    assert [(a.collectives, a.individuals) for a in f.awards] == [(None, 3), (12, None)]


def test_an_interview_s_speaker_label_is_no_recipient():
    f = run("Phóng viên đã trao đổi với Thượng tá Nguyễn Văn Khải, Trưởng Công an huyện Trảng Bom.\n\n"
            "Thượng tá Nguyễn Văn Khải: Năm 2024, Giám đốc Công an tỉnh đã tặng Giấy khen cho 4 tập thể và 17 cá nhân.",
            published="2024-06")
    assert [(a.award, a.recipients, a.collectives, a.individuals) for a in f.awards] == [("Giấy khen", (), 4, 17)]


def test_the_kind_alone_after_the_named_badge_is_that_badge_whoever_hands_it():
    f = run("Sáng 8/11, Thành Đoàn Huế tổ chức Lễ trao Huy hiệu “Tuổi trẻ dũng cảm” của Ban Bí thư Trung ương Đoàn "
            "TNCS Hồ Chí Minh cho 2 đoàn viên. Đồng chí Hoàng Minh Khôi, Bí thư Trung ương Đoàn, trao Huy hiệu cho anh "
            "Trần Văn Phú. Thượng úy Đặng Quốc Vũ, Bí thư Chi đoàn Công an phường Thuận Hóa, cũng được trao Huy hiệu.",
            published="2025-11")
    assert [(a.award, a.grantors) for a in f.awards] == [
        ("Huy hiệu Tuổi trẻ dũng cảm", ("Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",))]
    assert norms(f.awards[0].recipients) == norms({"Trần Văn Phú", "Đặng Quốc Vũ"})
    assert f.awards[0].individuals == 2


def test_a_recipient_restated_by_its_short_name_in_brackets_is_named_once():
    f = run("Sáng 5/6, UBND tỉnh Bắc Giang trao Bằng khen cho 2 tập thể, trong đó có Bưu điện tỉnh Bắc Giang và "
            "Viễn thông Bắc Giang (VNPT Bắc Giang).", published="2025-06")
    assert norms(f.awards[0].recipients) == norms({"Bưu điện tỉnh Bắc Giang", "Viễn thông Bắc Giang"})


def test_the_decision_a_report_cites_in_brackets_gives_the_grantor_not_a_recipient():
    f = run("Sáng 5/1/2024, UBND huyện Can Lộc tổ chức Hội nghị tổng kết. Danh hiệu “Tập thể lao động xuất sắc” cho 11 "
            "tập thể (theo Quyết định số 125/QĐ-UBND ngày 9/1/2024 của Chủ tịch UBND tỉnh). Danh hiệu “Lao động tiên "
            "tiến” cho 612 cá nhân (Quyết định của Chủ tịch UBND huyện).", published="2024-01")
    assert [(a.award, a.grantors, a.recipients, a.collectives, a.individuals) for a in f.awards] == [
        ("Tập thể lao động xuất sắc", ("Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh",), (), 11, None),
        ("Lao động tiên tiến", ("Chủ tịch Ủy ban nhân dân huyện Can Lộc",), (), None, 612)]


def test_recipients_named_by_their_counts_in_the_next_sentence_and_the_handing_over_is_no_other_award():
    f = run("Vừa qua, Công ty Điện lực Hà Tĩnh tổ chức trao Bằng khen của Chủ tịch UBND tỉnh cho 2 tập thể và 4 cá nhân "
            "có thành tích xuất sắc. Hai tập thể là Đội Quản lý vận hành lưới điện cao thế và Đội Sửa chữa điện nóng; 4 cá "
            "nhân gồm các anh Trần Văn Quýnh, Nguyễn Đình Hoan, Lê Hữu Phong và chị Phan Thị Mơ. Phó Giám đốc Sở Công "
            "Thương Võ Trọng Tịnh trao Bằng khen cho các tập thể, cá nhân.", published="2025-09")
    assert len(f.awards) == 1
    a = f.awards[0]
    assert (a.grantors, a.collectives, a.individuals) == (("Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh",), 2, 4)
    assert norms(a.recipients) == norms({
        "Đội Quản lý vận hành lưới điện cao thế Công ty Điện lực Hà Tĩnh", "Đội Sửa chữa điện nóng Công ty Điện lực Hà Tĩnh",
        "Trần Văn Quýnh", "Nguyễn Đình Hoan", "Lê Hữu Phong", "Phan Thị Mơ"})


def test_an_earlier_award_and_a_counted_one_of_the_same_giver_are_two_acts():
    f = run("Năm 2024, LĐLĐ thành phố Thuận An được LĐLĐ tỉnh Bình Dương tặng Bằng khen. Tại chương trình, LĐLĐ tỉnh tặng "
            "Bằng khen cho 20 đoàn viên tiêu biểu, trong đó có chị Thạch Thị Sa Ry.", published="2025-05")
    assert sorted((norms(a.recipients), a.individuals) for a in f.awards) == sorted([
        (norms({"Liên đoàn Lao động thành phố Thuận An"}), None), (norms({"Thạch Thị Sa Ry"}), 20)])


@pytest.mark.parametrize("text, recipients", [
    # recipients written only by their kind: the anniversary after them names none
    ("Sáng 19-12, UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc, chào mừng kỷ niệm 80 năm "
     "Ngày thành lập Công an nhân dân.", set()),
    ("Sáng 19-12, UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc, gồm: Phòng Tham mưu và anh "
     "Nguyễn Văn An.", {"Phòng Tham mưu", "Nguyễn Văn An"}),
])
def test_recipients_written_by_their_kind(text, recipients):
    assert norms(run(text, published="2024-12").awards[0].recipients) == norms(recipients)


@pytest.mark.parametrize("text, recipients, collectives", [
    # a remark on the subject in brackets or between dashes names no other recipient and counts nothing
    ("Năm 2024, Sở Thông tin và Truyền thông tỉnh Thanh Hóa (đã hợp nhất vào Sở KH&CN từ ngày 1/3/2025) được Bộ Thông "
     "tin và Truyền thông tặng Cờ thi đua.", {"Sở Thông tin và Truyền thông tỉnh Thanh Hóa"}, None),
    ("Năm 2023, Ban Dân tộc tỉnh Điện Biên - một trong hai đơn vị tiền thân của Sở Dân tộc và Tôn giáo - được Ủy ban "
     "Dân tộc tặng Cờ thi đua.", {"Ban Dân tộc tỉnh Điện Biên"}, None),
    # but "là một trong 2 đơn vị được ..." counts the two
    ("Năm 2021, Thường trực HĐND huyện Ia Grai là một trong 2 đơn vị cấp huyện được UBND tỉnh Gia Lai tặng Cờ thi đua.",
     {"Thường trực Hội đồng nhân dân huyện Ia Grai"}, 2),
])
def test_remarks_on_the_subject(text, recipients, collectives):
    a = run(text, published="2025-10").awards[0]
    assert (norms(a.recipients), a.collectives) == (norms(recipients), collectives)


def test_names_after_a_description_and_gom_with_honorifics():
    a = run("Chủ tịch UBND xã Lê Văn Thành tặng Giấy khen cho 3 cá nhân tiêu biểu trong xây dựng khối đại đoàn kết toàn "
            "dân tộc, gồm ông Y Jek Êban, bà H’Hoa Êban và ông Trần Văn Bảy.", published="2025-10").awards[0]
    assert (norms(a.recipients), a.individuals) == (norms({"Y Jek Êban", "H’Hoa Êban", "Trần Văn Bảy"}), 3)


def test_persons_named_after_their_occupation_and_a_group_named_with_gom():
    f = run("Phó Tổng Biên tập trao Bằng khen cho Ban Thời sự - Xã hội và các phóng viên Lô Văn Thắng, Vi Thị Nhàn, quay "
            "phim Nguyễn Trọng Khải, lái xe Phan Văn Lựu. Nhóm phóng viên gồm Lê Quang Vũ, Hoàng Thị Thu Trà và Nguyễn "
            "Đức Thịnh đoạt giải A.", published="2025-06")
    assert norms(f.awards[0].recipients) == norms({"Ban Thời sự - Xã hội", "Lô Văn Thắng", "Vi Thị Nhàn",
                                                   "Nguyễn Trọng Khải", "Phan Văn Lựu"})
    assert {"Lê Quang Vũ", "Hoàng Thị Thu Trà", "Nguyễn Đức Thịnh"} <= {p.name for p in f.persons}


@pytest.mark.parametrize("text", [
    "Hội nghị thống nhất đề nghị Bộ trưởng Bộ Nông nghiệp và Môi trường tặng Cờ thi đua cho Sở.",
    "Trường đã hoàn thiện hồ sơ đề nghị Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen cho 2 giáo viên.",
])
def test_a_request_to_a_minister_whose_ministry_is_named_with_va_is_no_award(text):
    assert run(text, published="2025-12").awards == ()


def test_counts_of_bodies_named_by_their_type_and_of_people_abroad():
    f = run("Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 20 Ban Công tác Mặt trận tiêu biểu. Cục trưởng tặng Cờ thi đua "
            "cho 5 Thuế tỉnh, trong đó có Thuế tỉnh Nghệ An. UBND thành phố tặng Bằng khen cho 7 kiều bào.",
            published="2025-11")
    assert [(a.collectives, a.individuals) for a in f.awards] == [(20, None), (5, None), (None, 7)]


def test_the_head_of_the_body_whose_deputy_hands_the_award_over():
    f = run("Ngày 6/11/2025, Chi cục Chăn nuôi và Thú y tỉnh Quảng Ninh tổ chức hội nghị. Ông Lã Văn Chiến, Phó Chi cục "
            "trưởng Chi cục Chăn nuôi và Thú y tỉnh Quảng Ninh trao Giấy khen của Chi cục trưởng cho ông Phạm Văn Thuận.",
            published="2025-11")
    assert f.awards[0].grantors == ("Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh Quảng Ninh",)


def test_what_a_listed_person_is_runs_to_the_next_item():
    # ", người có uy tín thôn X" describes the person before it; the list goes on after the ";"
    f = run("Sáng 14/11/2025, xã Hòa Lạc tổ chức Ngày hội Đại đoàn kết. Dịp này, Ủy ban MTTQ Việt Nam tỉnh Cao Bằng tặng "
            "Bằng khen cho 1 tập thể và 3 cá nhân, gồm: Ban Công tác Mặt trận thôn Nà Lẹng; ông Nông Văn Khải, người có "
            "uy tín thôn Nà Lẹng; bà Hoàng Thị Mến và ông Lục Văn Tài.", published="2025-11")
    assert norms(f.awards[0].recipients) == {norm("Ban Công tác Mặt trận thôn Nà Lẹng"), norm("Nông Văn Khải"),
                                             norm("Hoàng Thị Mến"), norm("Lục Văn Tài")}


def test_an_award_heading_a_list_item_gives_its_recipients_and_counts():
    f = run("Sáng 18/12/2023, Bộ CHQS tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2023. Các tập thể, cá nhân sau được khen "
            "thưởng:\n1. Bằng khen của Bộ trưởng Bộ Quốc phòng: 2 tập thể (Ban CHQS huyện Lý Nhân, Đại đội Công binh) và "
            "2 cá nhân là Trung tá Phan Văn Định - Trợ lý Cán bộ, Phòng Chính trị; Thiếu tá Mai Thị Huế, nhân viên Ban "
            "CHQS huyện Kim Bảng.\n2. Giấy khen của Chỉ huy trưởng Bộ CHQS tỉnh: 20 tập thể, 41 cá nhân.",
            published="2023-12")
    assert [(a.award, a.collectives, a.individuals) for a in f.awards] == [("Bằng khen", 2, 2), ("Giấy khen", 20, 41)]
    assert norms(f.awards[0].recipients) == {norm("Ban Chỉ huy Quân sự huyện Lý Nhân"), norm("Đại đội Công binh"),
                                             norm("Phan Văn Định"), norm("Mai Thị Huế")}


def test_the_recipients_listed_after_the_decision_are_the_last_awards():
    # the list may follow a sentence with no award (the decision quoted): it is still the last award's
    f = run("Vừa qua, UBND xã Hữu Lũng phối hợp với Đồn Biên phòng Chi Lăng tổ chức trao Bằng khen của Chủ tịch UBND tỉnh "
            "cho 1 tập thể và 2 cá nhân có thành tích trong cứu hộ. Quyết định được ký ngày 20/11/2025. Theo Quyết định "
            "số 1234/QĐ-UBND của Chủ tịch UBND tỉnh Lạng Sơn, các tập thể, cá nhân được khen thưởng gồm: Công an xã Hữu "
            "Lũng; Thượng úy Hoàng Văn Chiến, cán bộ Công an xã; anh Lộc Văn Sìn, dân quân thôn Pác Mạ.", published="2025-12")
    assert len(f.awards) == 1
    assert norms(f.awards[0].recipients) == {norm("Công an xã Hữu Lũng"), norm("Hoàng Văn Chiến"), norm("Lộc Văn Sìn")}
    assert (f.awards[0].collectives, f.awards[0].individuals) == (1, 2)


def test_the_units_commended_listed_after_the_award_without_a_count_or_a_colon():
    # "Các tập thể được khen gồm A, B và C"; "Trong số các tập thể được khen có A và B; trong số cá nhân có C"
    f = run("Sáng 2/6/2024, Tỉnh Đoàn Trà Vinh tổ chức lễ tổng kết. Bà Lý Thị Kim Hường trao Bằng khen của Chủ tịch "
            "UBND tỉnh cho 3 tập thể và 5 cá nhân. Các tập thể được khen gồm Liên đội Trường THCS Lê Lợi (TP. Trà Vinh), "
            "Liên đội Trường Tiểu học Phú Cần A và Hội đồng Đội huyện Cầu Kè.", published="2024-06")
    assert norms(f.awards[0].recipients) == {norm("Liên đội Trường Trung học cơ sở Lê Lợi"), norm("Hội đồng Đội huyện Cầu Kè"),
                                             norm("Liên đội Trường Tiểu học Phú Cần A")}
    f = run("Sáng 2/6/2024, Sở GD&ĐT tỉnh Trà Vinh tổ chức lễ tổng kết năm học. Ông Lâm Quang Vinh trao Bằng khen của Chủ "
            "tịch UBND tỉnh cho 8 tập thể, 26 cá nhân. Trong số các tập thể được khen có Trường THCS Long Đức và Trường "
            "Phổ thông Dân tộc nội trú huyện Trà Cú; trong số cá nhân có thầy Thạch Minh Tâm, giáo viên tiếng Khmer.",
            published="2024-06")
    assert norms(f.awards[0].recipients) == {norm("Trường Trung học cơ sở Long Đức"), norm("Thạch Minh Tâm"),
                                             norm("Trường Phổ thông Dân tộc nội trú huyện Trà Cú")}
    assert (f.awards[0].collectives, f.awards[0].individuals) == (8, 26)


def test_a_numbered_items_unit_is_named_with_its_parent_after_a_comma():
    # "2. Phòng 3, VKSND tỉnh;" is one unit; the police department's name holds commas of its own
    f = run("Sáng 5/12/2024, Ban Chỉ đạo tỉnh Quảng Nam tổ chức hội nghị. Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập "
            "thể và 1 cá nhân, gồm:\n1. Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (Công an "
            "tỉnh);\n2. Phòng 3, VKSND tỉnh;\n3. Ông Lưu Văn Tâm, Phó Chánh Thanh tra tỉnh.", published="2024-12")
    assert norms(f.awards[0].recipients) == {
        norm("Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu Công an tỉnh Quảng Nam"),
        norm("Phòng 3 Viện kiểm sát nhân dân tỉnh Quảng Nam"), norm("Lưu Văn Tâm")}


def test_a_recipient_named_by_the_short_name_of_several_words_the_article_gave_it():
    f = run("Chiều 26/11/2024, Công ty Than Khe Chàm tổ chức lễ. Phân xưởng Khai thác 3 (PX KT3) về đích sớm nhất. Ông "
            "Chu Đức Lâm trao Bằng khen cho PX KT3 và 4 cá nhân.", published="2024-11")
    assert [r for a in f.awards for r in a.recipients] == ["Phân xưởng Khai thác 3 Công ty Than Khe Chàm"]


def test_recipients_numbered_within_one_line():
    f = run("Sáng 2/10/2024, Đài KTTV khu vực Bắc Trung Bộ tổ chức lễ. Bà Quách Thị Yến trao Bằng khen của Bộ trưởng Bộ "
            "Tài nguyên và Môi trường cho 2 tập thể, gồm: 1. Đài Khí tượng Thủy văn tỉnh Hà Tĩnh; 2. Đài Khí tượng Thủy "
            "văn tỉnh Thanh Hóa. Hội "
            "nghị bế mạc.", published="2024-10")
    assert norms(f.awards[0].recipients) == {norm("Đài Khí tượng Thủy văn tỉnh Hà Tĩnh"),
                                             norm("Đài Khí tượng Thủy văn tỉnh Thanh Hóa")}


def test_a_semicolon_list_goes_on_with_a_titled_person_and_occupations():
    f = run("Chiều 2/10/2025, Đài Khí tượng Thủy văn khu vực Nam Trung Bộ tổ chức gặp mặt. Ông Đàm Quang Vĩnh trao Bằng "
            "khen cho 1 tập thể và 3 cá nhân: Trạm Khí tượng Hải văn Phú Quý; Trạm trưởng Đặng Hữu Tình; quan trắc viên "
            "Tăng Văn Lịch và dự báo viên Chu Thị Mai Hiên.", published="2025-10")
    assert {norm("Đặng Hữu Tình"), norm("Tăng Văn Lịch"), norm("Chu Thị Mai Hiên")} <= norms(f.awards[0].recipients)


def test_a_units_parent_after_a_comma_is_the_same_item_of_a_semicolon_list():
    f = run("Sáng 5/3/2025, Sở Y tế tỉnh Lào Cai tặng Giấy khen cho 3 tập thể: Trung tâm Y tế huyện Bát Xát; Khoa Truyền "
            "nhiễm, Bệnh viện Đa khoa tỉnh; Công an xã Y Tý.", published="2025-03")
    assert norms(f.awards[0].recipients) == {norm("Trung tâm Y tế huyện Bát Xát"), norm("Công an xã Y Tý"),
                                             norm("Khoa Truyền nhiễm Bệnh viện Đa khoa tỉnh Lào Cai")}


@pytest.mark.parametrize("offices, grantor", [
    ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện", "Chủ tịch Ủy ban nhân dân huyện Cẩm Xuyên"),
    ("Phó Chủ tịch LĐLĐ tỉnh, Trưởng Ban Tuyên giáo LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh Hà Tĩnh")])
def test_a_presenter_hands_over_the_award_of_the_body_he_heads(offices, grantor):
    f = run(f"Sáng 5/6/2025, UBND huyện Cẩm Xuyên tổ chức hội nghị. Dự có ông Phan Văn Tịnh, {offices}. Ông Phan Văn "
            "Tịnh trao Giấy khen cho 30 tập thể, 52 cá nhân.", published="2025-06")
    assert [norms(a.grantors) for a in f.awards] == [{norm(grantor)}]


def test_a_table_of_recipients_after_the_award():
    # the rows as the reader writes an HTML table: a row a line, its cells apart
    f = run("Sáng 24/10/2025, Sở Y tế tỉnh Lào Cai tổ chức lễ. Thừa ủy quyền của Bộ trưởng Bộ Y tế, ông Lường Văn Tú trao Kỷ "
            "niệm chương “Vì sức khỏe nhân dân” cho 42 cá nhân. Danh sách một số cá nhân tiêu biểu:\n\nSTT | Họ và tên | "
            "Chức vụ, đơn vị\n\n1 | Nguyễn Văn Khải | Giám đốc Bệnh viện Đa khoa tỉnh\n\n2 | Lò Văn Pản | nguyên Phó "
            "Giám đốc Sở Y tế tỉnh Yên Bái", published="2025-10")
    assert norms(f.awards[0].recipients) == {norm("Nguyễn Văn Khải"), norm("Lò Văn Pản")}
    assert [(p.name, norm(p.positions[0].organisation)) for p in f.persons if p.name != "Lường Văn Tú"] == [
        ("Nguyễn Văn Khải", norm("Bệnh viện Đa khoa tỉnh Lào Cai")), ("Lò Văn Pản", norm("Sở Y tế tỉnh Yên Bái"))]


@pytest.mark.parametrize("listed, counts", [
    ("cho 24 trạm y tế phường, xã và 31 cá nhân", (24, 31)),
    ("cho 5 câu lạc bộ và 8 cá nhân", (5, 8)),
    ("cho 2 nhân viên nấu ăn của nhà trường", (None, 2))])
def test_counts_of_stations_clubs_and_staff(listed, counts):
    f = run(f"Sáng 5/3/2025, Sở Y tế tỉnh Lạng Sơn tổ chức hội nghị. Giám đốc Sở Y tế tặng Giấy khen {listed}.",
            published="2025-03")
    assert [(a.collectives, a.individuals) for a in f.awards] == [counts]


def test_names_after_la_go_on_past_a_semicolon_but_not_into_a_new_clause():
    f = run("Sở Y tế tỉnh Kon Tum tặng Bằng khen cho 3 cá nhân là BSCKI A Phiên, Phó Trưởng khoa; ThS.BS Y Xuân và điều "
            "dưỡng Phan Văn Lịch; Giám đốc Sở tặng Giấy khen cho 5 cá nhân.", published="2025-03")
    assert [norms(a.recipients) for a in f.awards] == [{norm("A Phiên"), norm("Y Xuân"), norm("Phan Văn Lịch")}, set()]


def test_the_counted_recipients_named_in_the_next_sentence_by_what_they_were_given():
    f = run("Sáng 24/12/2025, UBND thành phố Hải Phòng tổ chức lễ. Ông Tạ Quang Diệu trao Bằng khen cho 2 tập thể và 14 cá "
            "nhân. Hai tập thể được khen là Trung tâm Huấn luyện và Thi đấu thể dục thể thao thành phố và Sở Y tế thành phố; trong số "
            "14 cá nhân có VĐV Đinh Thị Ngọc Diệu (đua thuyền) và HLV Mạc Đăng Quyến.", published="2025-12")
    a = f.awards[0]
    assert (a.collectives, a.individuals) == (2, 14)
    assert norms(a.recipients) == {norm("Trung tâm Huấn luyện và Thi đấu thể dục thể thao thành phố Hải Phòng"),
                                   norm("Sở Y tế thành phố Hải Phòng"), norm("Đinh Thị Ngọc Diệu"), norm("Mạc Đăng Quyến")}


def test_an_award_only_a_photo_caption_tells_is_one_and_one_it_shows_again_is_not():
    f = run("Ngày 18/12/2025, Bộ CHQS tỉnh Thanh Hóa tổ chức hội nghị tổng kết. Chủ tịch UBND tỉnh tặng Bằng khen cho 5 "
            "tập thể.\n\nThiếu tướng Lương Văn Bình trao Cờ thi đua của Bộ Tư lệnh Quân khu 4 cho Bộ CHQS tỉnh Thanh "
            "Hóa. Ảnh: Lê Hợi\n\nĐại tá Hoàng Xuân Thịnh trao Bằng khen cho các tập thể. Ảnh: Lê Hợi",
            published="2025-12")
    assert sorted((a.award, tuple(a.grantors)) for a in f.awards) == [
        ("Bằng khen", ("Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa",)), ("Cờ thi đua", ("Bộ Tư lệnh Quân khu 4",))]


def test_another_states_order_is_not_the_state_presidents_by_law():
    # an order the vocabulary does not name is a foreign State's; the resistance orders are Vietnam's
    f = run("Sáng 18/6/2024, Công an tỉnh An Giang tổ chức lễ đón nhận Huân chương Mohasena hạng Nhì. Dịp này, ông Lê "
            "Văn Cường được tặng Huân chương Kháng chiến chống Mỹ cứu nước hạng Ba.", published="2024-06")
    assert [(a.award, a.grantors) for a in f.awards] == [
        ("Huân chương Mohasena hạng Nhì", ()), ("Huân chương Kháng chiến chống Mỹ cứu nước hạng Ba", ("Chủ tịch nước",))]


def test_a_press_prize_is_named_with_its_scope_and_given_by_whoever_runs_it():
    f = run("Tối 21/6, Hội Nhà báo tỉnh Lào Cai tổ chức Lễ trao Giải Báo chí tỉnh Lào Cai lần thứ XII. Giải Báo chí tỉnh "
            "Lào Cai do Hội Nhà báo tỉnh tổ chức hằng năm. Nhà báo Vàng Thị Dính từng đoạt giải B Giải Báo chí quốc gia "
            "năm 2022. Hội sẽ chọn 5 tác phẩm gửi tham dự Giải Báo chí quốc gia.", published="2025-06")
    prizes = {norm(a.award): a for a in f.awards}
    assert norm("Giải Báo chí tỉnh Lào Cai") in prizes
    assert norms(prizes[norm("Giải Báo chí tỉnh Lào Cai")].grantors) == norms(["Hội Nhà báo tỉnh Lào Cai"])
    assert norms(prizes[norm("Giải Báo chí quốc gia")].recipients) == norms(["Vàng Thị Dính"])


def test_a_caption_names_the_persons_a_counted_award_of_the_text_went_to():
    text = ("Sáng 3/3, Hội LHPN tỉnh Quảng Ngãi tổ chức hội nghị. Thừa ủy quyền của Đoàn Chủ tịch Trung ương Hội LHPN "
            "Việt Nam, bà Đặng Thị Hạnh trao Kỷ niệm chương “Vì sự phát triển của phụ nữ Việt Nam” cho 3 cá nhân.\n\n"
            "Bà Đặng Thị Hạnh trao Kỷ niệm chương cho (từ trái qua): ông Phạm Văn Tín; bà Trương Thị Ngọc và bà Hồ Thị "
            "Xuân. Ảnh: Bảo Trâm\n\nHội nghị đã thông qua chương trình công tác năm 2025.")
    f = run(text, published="2025-03")
    medal = next(a for a in f.awards if a.kind == "Kỷ niệm chương")
    assert norms(medal.recipients) == norms(["Phạm Văn Tín", "Trương Thị Ngọc", "Hồ Thị Xuân"])
    assert medal.individuals == 3


def test_a_letter_of_commendation_sent_to_commend_a_unit():
    f = run("Sáng 2/12, Công an tỉnh Khánh Hòa tổ chức hội nghị. Ngày 22/11, Bộ trưởng Bộ Công an đã gửi Thư khen biểu "
            "dương Công an tỉnh Khánh Hòa.", published="2025-12")
    letter = next(a for a in f.awards if a.kind == "Thư khen")
    assert norms(letter.grantors) == norms(["Bộ trưởng Bộ Công an"])
    assert norms(letter.recipients) == norms(["Công an tỉnh Khánh Hòa"])


def test_drivers_are_counted_as_individuals_and_a_plan_drawn_up_ends_a_name():
    f = run("Sáng 5/6, Sở Xây dựng tỉnh Bình Dương tổ chức hội nghị. Ông Huỳnh Tấn Ngự trao Bằng khen của Chủ tịch UBND "
            "tỉnh cho 3 đơn vị và 4 lái xe. Phòng Cảnh sát giao thông xây dựng kế hoạch bảo đảm an toàn.", published="2025-06")
    award = next(a for a in f.awards if a.kind == "Bằng khen")
    assert (award.collectives, award.individuals) == (3, 4)
    assert not any(n.endswith("ke hoach") for n in org_names(f))


def test_safety_officers_written_with_a_comma_are_counted_as_individuals():
    f = run("Sáng 4/5, LĐLĐ tỉnh Bắc Giang tổ chức lễ phát động. Ban Thường vụ LĐLĐ tỉnh tặng Bằng khen cho 12 tập thể và 30 "
            "an toàn, vệ sinh viên giỏi năm 2025.", published="2025-05")
    award = next(a for a in f.awards if a.kind == "Bằng khen")
    assert (award.collectives, award.individuals) == (12, 30)


def test_the_recipients_named_after_a_colon_that_ends_a_description_with_a_comma_in_it():
    f = run("Giám đốc Ngân hàng Nhà nước Khu vực 8 tặng Giấy khen cho 3 đơn vị có thành tích trong công tác tổ chức, "
            "hưởng ứng Hội thi: Agribank Chi nhánh Nghệ An; BIDV Chi nhánh Nghệ An; Quỹ tín dụng nhân dân Diễn Thịnh. "
            "Giám đốc Sở Nội vụ tặng Giấy khen cho 2 cá nhân có thành tích trong tổ chức, phục vụ Đại hội: ông Nguyễn "
            "Văn An, Trưởng phòng Tổ chức; bà Lê Thị Hoa, chuyên viên.", published="2025-10")
    units, persons = [a for a in f.awards if a.kind == "Giấy khen"]
    assert norms(units.recipients) == norms([
        "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam Chi nhánh Nghệ An",
        "Ngân hàng Thương mại cổ phần Đầu tư và Phát triển Việt Nam Chi nhánh Nghệ An",
        "Quỹ tín dụng nhân dân Diễn Thịnh"])
    assert norms(persons.recipients) == norms(["Nguyễn Văn An", "Lê Thị Hoa"])


def test_models_counted_whole_then_by_their_parts():
    f = run("Chủ tịch UBND tỉnh tặng Bằng khen cho 135 điển hình, gồm 58 tập thể và 77 cá nhân có thành tích xuất sắc.",
            published="2025-05")
    award = f.awards[0]
    assert (award.collectives, award.individuals) == (58, 77)


def test_a_household_business_is_its_owner():
    f = run("Chủ tịch UBND phường tặng Giấy khen cho 7 doanh nghiệp và 9 hộ kinh doanh có thành tích tiêu biểu, trong đó "
            "có Công ty TNHH Chè Tân Cương Hương Sơn và hộ kinh doanh Ma Văn Kiểm.", published="2025-10")
    assert norm("Ma Văn Kiểm") in norms(f.awards[0].recipients)


def test_a_state_prize_for_two_fields_written_with_a_comma():
    f = run("Phó Thủ tướng trao Giải thưởng Hồ Chí Minh về văn học, nghệ thuật cho họa sĩ Nguyễn Khắc Lộ. Giải thưởng Nhà "
            "nước về văn học, nghệ thuật được tặng cho 41 tác giả.", published="2023-02")
    assert {a.award for a in f.awards} == {"Giải thưởng Hồ Chí Minh về văn học, nghệ thuật",
                                           "Giải thưởng Nhà nước về văn học, nghệ thuật"}


def test_an_associations_branches_named_bare_and_artists_counted():
    f = run("Sáng 10/3, Hội Văn học nghệ thuật tỉnh Thanh Hóa tổ chức lễ. Ông Lê Bá Khang trao Bằng khen cho 3 văn nghệ sĩ. "
            "Ban Chấp hành Hội tặng Giấy khen cho 2 chi hội (Chi hội Âm nhạc, Chi hội Nhiếp ảnh) và 6 hội viên.",
            published="2023-03")
    merit, paper = f.awards
    assert merit.individuals == 3
    assert norms(paper.recipients) == norms(["Chi hội Âm nhạc Hội Văn học nghệ thuật tỉnh Thanh Hóa",
                                             "Chi hội Nhiếp ảnh Hội Văn học nghệ thuật tỉnh Thanh Hóa"])


def test_persons_listed_after_gom_cac_ong_ba():
    f = run("Ông Nguyễn Cảnh Thụy trao Giấy khen của Giám đốc Sở Nội vụ cho 3 cá nhân có nhiều đóng góp trong việc số hóa "
            "hồ sơ, gồm các ông, bà: Hồ Thị Nga, Vi Văn Sáng và Nguyễn Hữu Đức.", published="2025-10")
    assert norms(f.awards[0].recipients) == norms(["Hồ Thị Nga", "Vi Văn Sáng", "Nguyễn Hữu Đức"])


def test_the_two_counts_with_a_semicolon_between_them():
    f = run("Chủ tịch UBND tỉnh Cà Mau tặng Bằng khen cho 8 tập thể; 15 cá nhân có thành tích xuất sắc.", published="2025-07")
    assert (f.awards[0].collectives, f.awards[0].individuals) == (8, 15)


def test_a_decision_named_first_gives_the_grantor_and_no_recipient():
    f = run("Theo Quyết định số 1432/QĐ-UBND ngày 20/6/2025 của Chủ tịch UBND tỉnh Quảng Bình, Trung tâm GDNN-GDTX huyện "
            "Lệ Thủy và ông Mai Xuân Đạo được tặng Bằng khen. Sở GD&ĐT sẽ đổi tên Trung tâm phù hợp với địa bàn.",
            published="2025-06")
    a = f.awards[0]
    assert a.grantors == ("Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình",)
    assert {norm(r) for r in a.recipients} == {
        norm("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Lệ Thủy"), norm("Mai Xuân Đạo")}
    assert not any("phu hop" in n for n in org_names(f))


def test_a_medal_named_after_fields_listed_with_commas():
    f = run("Ông Lưu Quang Kiệm trao Kỷ niệm chương Vì sự nghiệp Văn hóa, Thể thao và Du lịch cho 6 nghệ sĩ.", published="2026-01")
    assert f.awards[0].award == "Kỷ niệm chương Vì sự nghiệp Văn hóa, Thể thao và Du lịch"
    assert f.awards[0].individuals == 6


def test_pharmacies_and_pharmacists_are_counted():
    f = run("Giám đốc Sở Y tế tặng Giấy khen cho 10 nhà thuốc và 5 dược sĩ có thành tích tiêu biểu.", published="2024-11")
    assert (f.awards[0].collectives, f.awards[0].individuals) == (10, 5)


def test_a_list_after_a_reason_with_a_numbered_storm_and_a_named_collective():
    f = run("Ông Hoàng Văn Phiên trao Giấy khen cho 1 tập thể và 4 cá nhân có thành tích trong ứng phó, khắc phục hậu quả "
            "bão số 3, gồm: tập thể Tổ Khoa học tự nhiên; thầy Bàn Văn Sinh, giáo viên; cô Hoàng Thị Duyến, nhân viên.",
            published="2024-09")
    a = f.awards[0]
    assert {norm(r) for r in a.recipients} >= norms(["Tổ Khoa học tự nhiên", "Bàn Văn Sinh", "Hoàng Thị Duyến"])
    assert (a.collectives, a.individuals) == (1, 4)
