#!/usr/bin/env python3
"""Volume-corpus generator for throughput benchmarks.

    python bench/generate.py --count N --out DIR [--seed S] [--jsonl]

Writes N synthetic Vietnamese articles in the genre of the project (emulation
movements and commendations): one ``DIR/<id>.txt`` per article in the forms the
reader accepts (header `` date YYYY-MM `` + body, title line + body, bare body),
or with ``--jsonl`` a single ``DIR/articles.jsonl`` of records
(id, url, title, published, text).

The text is random recombination of templates and name lists.  It is meant to
load the pipeline realistically (size 1.5-4 KB, names, ranks, titles, dates,
counts, quotes, abbreviations), NOT to measure accuracy: there is no gold and
the facts are meaningless.  Output is deterministic for a given seed, articles
are produced one at a time and written immediately (constant memory), and the
generator is fast (10,000 articles take a few seconds).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Iterator

# --------------------------------------------------------------------------- names
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai",
            "Tạ", "Hà", "Cao", "Kiều", "Lò", "Ma", "Nông", "Triệu", "Quách", "Thái"]
MIDDLES_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Ngọc", "Trọng",
             "Đình", "Quốc", "Mạnh", "Tiến", "Hồng", "Duy", "Bá", "Anh"]
MIDDLES_F = ["Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Kim", "Thùy", "Bích", "Phương",
             "Lan", "Mỹ"]
GIVENS_M = ["An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hiếu", "Hùng", "Huy",
            "Khải", "Khánh", "Kiên", "Lâm", "Lực", "Long", "Nam", "Nghĩa", "Phong", "Phúc",
            "Quân", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn",
            "Tùng", "Việt", "Vinh", "Vương", "Hưng", "Định", "Khoa", "Lộc", "Nhân", "Tín"]
GIVENS_F = ["Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hòa",
            "Hương", "Huyền", "Lan", "Liên", "Linh", "Mai", "Nga", "Ngân", "Nhàn", "Oanh",
            "Phượng", "Quyên", "Thảo", "Thơm", "Thủy", "Trang", "Tuyết", "Vân", "Xuân", "Yến"]

PROVINCES = ["Hà Giang", "Cao Bằng", "Lào Cai", "Lai Châu", "Điện Biên", "Sơn La", "Yên Bái",
             "Tuyên Quang", "Thái Nguyên", "Bắc Kạn", "Lạng Sơn", "Phú Thọ", "Vĩnh Phúc",
             "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Nam Định", "Ninh Bình", "Hà Nam",
             "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
             "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận",
             "Gia Lai", "Kon Tum", "Đắk Lắk", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Long An",
             "Tiền Giang", "Bến Tre", "Vĩnh Long", "Sóc Trăng", "An Giang", "Kiên Giang", "Cà Mau"]
DISTRICT_PREFIX = ["huyện", "huyện", "huyện", "thị xã", "thành phố"]
DISTRICTS = ["Tân Lập", "Yên Sơn", "Phú Hòa", "Đông Triều", "Thạch Bàn", "An Lương", "Hòa Bắc",
             "Vĩnh Tường", "Kim Sơn", "Quỳnh Lưu", "Cẩm Giang", "Bình Minh", "Lạc Thủy", "Mỹ Xuyên",
             "Sông Cầu", "Krông Bông", "Đức Hòa", "Ngọc Lặc", "Tiên Yên", "Văn Bàn"]

RANKS_POLICE = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá",
                "Trung tá", "Thiếu tá", "Đại úy"]
RANKS_LOW = ["Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy"]
GENERALS = ["Thượng tướng", "Trung tướng", "Thiếu tướng"]


def _unit(kind: str, prov: str) -> str:
    return {
        "police": f"Công an tỉnh {prov}",
        "army": f"Bộ Chỉ huy Quân sự tỉnh {prov}",
        "border": f"Bộ Chỉ huy Bộ đội Biên phòng tỉnh {prov}",
        "ubnd": f"UBND tỉnh {prov}",
        "union": f"Liên đoàn Lao động tỉnh {prov}",
        "women": f"Hội Liên hiệp Phụ nữ tỉnh {prov}",
        "farmers": f"Hội Nông dân tỉnh {prov}",
        "youth": f"Tỉnh Đoàn {prov}",
        "edu": f"Sở GD&ĐT tỉnh {prov}",
        "health": f"Sở Y tế tỉnh {prov}",
    }[kind]


KINDS = ["police", "police", "police", "army", "border", "ubnd", "ubnd", "union", "women",
         "farmers", "youth", "edu", "health"]

MOVEMENTS = {
    "police": ["Vì an ninh Tổ quốc", "Toàn dân bảo vệ an ninh Tổ quốc",
               "Công an nhân dân học tập, thực hiện Sáu điều Bác Hồ dạy",
               "Vì an ninh Tổ quốc", "Toàn dân phòng cháy, chữa cháy"],
    "army": ["Thi đua Quyết thắng", "Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ",
             "Quân đội chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"],
    "border": ["Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới",
               "Thi đua Quyết thắng", "Nâng bước em tới trường"],
    "ubnd": ["Cả nước chung sức xây dựng nông thôn mới",
             "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Dân vận khéo",
             "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
             "Doanh nghiệp Việt Nam hội nhập và phát triển"],
    "union": ["Lao động giỏi, lao động sáng tạo", "Xanh - Sạch - Đẹp, Bảo đảm an toàn vệ sinh lao động",
              "Giỏi việc nước, đảm việc nhà"],
    "women": ["Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
              "Xây dựng gia đình 5 không, 3 sạch"],
    "farmers": ["Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
                "Nông dân tham gia bảo đảm quốc phòng, an ninh"],
    "youth": ["Thanh niên tình nguyện", "Tuổi trẻ sáng tạo", "Xung kích phát triển kinh tế - xã hội và bảo vệ Tổ quốc"],
    "edu": ["Dạy tốt, học tốt", "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo"],
    "health": ["Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh",
               "Lương y phải như từ mẫu"],
}
MODELS = ["Camera an ninh khu dân cư", "Tổ tự quản về ANTT", "Ngõ phố văn minh", "Chốt an ninh thôn bản",
          "Tiếng kẻng an ninh", "Dòng họ tự quản", "Tổ liên gia an toàn PCCC", "Bữa cơm tình thương",
          "Hũ gạo nghĩa tình", "Con nuôi đồn biên phòng", "Tủ sách công nhân", "Cánh đồng mẫu lớn",
          "Tổ hợp tác chăn nuôi an toàn", "Địa chỉ tin cậy ở cộng đồng", "Tuyến đường hoa", "Chợ văn minh",
          "Điểm chữa cháy công cộng", "Thắp sáng đường quê", "Một cửa thân thiện", "Góc đọc sách lớp học",
          "Tổ tàu thuyền an toàn", "Đường biên sáng, cột mốc xanh", "Khu dân cư không ma túy",
          "Nhà trọ an toàn", "Chi hội nông dân nghề nghiệp", "Tổ phụ nữ tiết kiệm"]
SITE_UNITS = ["xã", "xã, phường, thị trấn", "thôn, tổ dân phố", "khu dân cư", "ấp, khóm", "bản", "trường học",
              "doanh nghiệp", "khu nhà trọ", "chợ"]
EVENTS = [("hội nghị tổng kết", "Hội nghị"), ("Hội nghị điển hình tiên tiến", "Hội nghị"),
          ("Lễ phát động", "Lễ"), ("lễ kỷ niệm", "Lễ"), ("Lễ đón nhận", "Lễ"),
          ("Đại hội thi đua yêu nước", "Đại hội"), ("Đại hội thi đua", "Đại hội"),
          ("buổi gặp mặt", "Gặp mặt"), ("gặp mặt biểu dương", "Gặp mặt"),
          ("Hội thi", "Hội thi"), ("tọa đàm", "Tọa đàm"), ("Hội thảo", "Hội thảo"),
          ("hội nghị sơ kết", "Hội nghị")]
AWARDS_CENTRAL = [("Huân chương Lao động hạng Ba", "Chủ tịch nước"),
                  ("Huân chương Lao động hạng Nhì", "Chủ tịch nước"),
                  ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Chủ tịch nước"),
                  ("Huân chương Chiến công hạng Nhì", "Chủ tịch nước"),
                  ("Cờ thi đua", "Chính phủ"),
                  ("Bằng khen", "Thủ tướng Chính phủ")]
PHOTOGRAPHERS = ["Minh Đức", "Thu Hà", "Quốc Tuấn", "Hải Yến", "Văn Long", "Ngọc Mai", "Trường Giang",
                 "Bảo Ngọc", "Thanh Sơn", "Hồng Nhung", "Việt Hùng", "Phương Thảo"]
QUOTES = [("“", "”"), ("“", "”"), ('"', '"')]

# --------------------------------------------------------------------------- templates
# Each list holds >= 15 templates of one paragraph type; fields are filled from ctx.
OPENINGS = [
    "{When}, {org} tổ chức {ev} {q0}{mv}{q1} giai đoạn {y1} - {y2}.",
    "{When}, tại {place}, {org} tổ chức {ev} phong trào thi đua {q0}{mv}{q1} năm {year}.",
    "{When}, {org} long trọng tổ chức {ev} nhằm đánh giá kết quả phong trào {q0}{mv}{q1} {n1} năm qua.",
    "{When}, {orgabbr} tổ chức {ev}, biểu dương {n2} điển hình tiên tiến trong phong trào {q0}{mv}{q1}.",
    "Trong không khí phấn khởi, {when}, {org} tổ chức {ev} giai đoạn {y1} - {y2}.",
    "{When}, {org} đã tổ chức {ev} và trao thưởng cho các tập thể, cá nhân có thành tích xuất sắc năm {year}.",
    "Nhằm tôn vinh những tấm gương tiêu biểu, {when}, {org} tổ chức {ev} lần thứ {roman}.",
    "{When}, tại hội trường {ubnd}, {org} tổ chức {ev} phong trào {q0}{mv}{q1}.",
    "{When}, {org} tổ chức {ev} kỷ niệm {n1} năm ngày thành lập và tổng kết công tác năm {year}.",
    "{When}, {org} tổ chức {ev}, triển khai nhiệm vụ năm {year1} và ký kết giao ước thi đua.",
    "Hướng tới kỷ niệm ngày truyền thống, {when}, {org} tổ chức {ev} phong trào {q0}{mv}{q1}.",
    "{When}, tại {place}, {orgabbr} phối hợp với {ubnd} tổ chức {ev} giai đoạn {y1} - {y2}.",
    "{When}, {org} tổ chức {ev} sơ kết 6 tháng thực hiện phong trào thi đua {q0}{mv}{q1}.",
    "{When}, {org} tổ chức {ev} với sự tham gia của {n3} đại biểu là các điển hình tiên tiến.",
    "Chiều qua ({dm}), {org} tổ chức {ev} phong trào {q0}{mv}{q1} giai đoạn {y1} - {y2}.",
    "{When}, {org} tổ chức {ev}, đánh giá {n1} năm triển khai phong trào {q0}{mv}{q1}.",
]
ATTENDANCE = [
    "Dự {evs} có các đồng chí: {vip}; {p2}, {t2}; {p3}, {t3}.",
    "Tham dự có {vip}; ông {p2} - {t2}; bà {p3} - {t3}. {host} chủ trì {evs}.",
    "Đến dự và chỉ đạo có {vip}. Về phía địa phương có ông {p2} - {t2} cùng lãnh đạo các sở, ngành.",
    "Dự {evs} có {vip}; {p2}, {t2}; đại diện lãnh đạo các cơ quan, đơn vị liên quan.",
    "Chủ trì {evs} là {host}. Dự {evs} có {vip}; bà {p3} - {t3}.",
    "Về dự {evs} có các đồng chí: {vip}; {p2}, {t2}; {p3}, {t3}; cùng đông đảo cán bộ, chiến sĩ.",
    "Tham dự {evs} có {vip}, cùng ông {p2} - {t2}. {host} chủ trì.",
    "Có mặt tại {evs} có {vip}; {p2}, {t2} và các thế hệ cán bộ qua các thời kỳ.",
    "{host} chủ trì {evs}. Dự có {vip}; ông {p2} - {t2}.",
    "Dự và chỉ đạo {evs} có {vip}. Cùng dự có {p2}, {t2}; {p3}, {t3}.",
    "Đến dự {evs}, về phía Trung ương có {vip}; về phía tỉnh có ông {p2} - {t2}.",
    "Tham dự có các đồng chí: {vip}; {p3}, {t3}. Đồng chí {p2}, {t2} chủ trì {evs}.",
    "Dự {evs} có {vip}; bà {p3} - {t3}; ông {p2} - {t2}.",
    "Cùng dự {evs} có {vip} và đại diện lãnh đạo {ubnd}.",
    "Dự {evs} có {vip}; {p2}, {t2}. {host} chủ trì và điều hành {evs}.",
]
RESULTS = [
    "Theo báo cáo, {n1} năm qua, {orgshort} đã hoàn thành {pct}% chỉ tiêu đề ra; {n4} tập thể và {n5} cá nhân được các cấp khen thưởng.",
    "Năm {year0}, các đơn vị đã triển khai {n3} đợt thi đua cao điểm, thu hút hơn {big} lượt người tham gia.",
    "Báo cáo tại {evs} cho thấy tỷ lệ điều tra, khám phá án đạt {pct},{d1}%, cao hơn {d2} điểm phần trăm so với chỉ tiêu.",
    "Trong giai đoạn {y1} - {y2}, toàn tỉnh có {n4} xã đạt chuẩn nông thôn mới, thu nhập bình quân tăng {d2},{d1} lần.",
    "Các cấp đã tổ chức {n3} lớp tập huấn cho {big} lượt cán bộ, hội viên; giải quyết việc làm cho {n5} lao động.",
    "Thực hiện phong trào, các đơn vị đã có {n5} sáng kiến, giải pháp được công nhận, làm lợi hơn {n2} tỷ đồng.",
    "Công tác tuyên truyền được đẩy mạnh với {n4} buổi nói chuyện, thu hút gần {big} lượt người dân tham dự.",
    "Qua phong trào, nhân dân đã cung cấp {n5} nguồn tin có giá trị, giúp lực lượng chức năng làm rõ {n3} vụ việc.",
    "Tỷ lệ hộ nghèo trên địa bàn giảm từ {d2},{d1}% xuống còn {d1},{d2}%; {n4} căn nhà đại đoàn kết được bàn giao.",
    "Các đơn vị đã phát hiện, xử lý {n5} vụ vi phạm, thu nộp ngân sách hơn {n2} tỷ đồng.",
    "Trong năm, {orgshort} tổ chức huấn luyện cho {big} lượt người, bảo đảm an toàn tuyệt đối.",
    "Số hội viên mới tăng {n5} người, nâng tổng số lên {big} hội viên sinh hoạt tại {n4} chi hội.",
    "Chất lượng giáo dục toàn diện được nâng lên: {n5} học sinh đạt giải cấp tỉnh, tỷ lệ tốt nghiệp đạt {pct},{d1}%.",
    "Đến nay, {n4} cơ sở đã được kiểm tra an toàn; {n3} đội xung kích được thành lập và duy trì sinh hoạt.",
    "Bình quân mỗi năm có {n5} lượt tập thể, {big} lượt cá nhân được khen thưởng ở các cấp.",
    "Kết quả, {pct}% khu dân cư được công nhận đạt tiêu chuẩn an toàn về ANTT, tăng {d2}% so với năm {year0}.",
]
INITIATIVES = [
    "Nhiều mô hình hay được nhân rộng; mô hình {q0}{model}{q1} được triển khai tại {sites} {unit}.",
    "Mô hình {q0}{model}{q1} đã phát huy hiệu quả ở {sites} {unit}, được nhân dân đồng tình hưởng ứng.",
    "Đáng chú ý, mô hình {q0}{model}{q1} được duy trì ở {sites} {unit}; mô hình {q0}{model2}{q1} đang được nhân rộng.",
    "Toàn tỉnh hiện có {sites} {unit} thực hiện mô hình {q0}{model}{q1}.",
    "Mô hình {q0}{model}{q1} do {orgshort} khởi xướng đã lan tỏa tới {sites} {unit}.",
    "Các địa phương đã xây dựng mô hình {q0}{model}{q1}, tập trung ở {sites} {unit} vùng sâu, vùng xa.",
    "Phong trào Toàn dân bảo vệ ANTQ tiếp tục được củng cố với mô hình {q0}{model}{q1} tại {sites} {unit}.",
    "Từ thực tiễn, mô hình {q0}{model}{q1} ra đời và đến nay đã có mặt ở {sites} {unit}.",
    "Mô hình {q0}{model}{q1} và {q0}{model2}{q1} tiếp tục được duy trì, phát huy hiệu quả.",
    "Hiện mô hình {q0}{model}{q1} được nhân rộng ra {sites} {unit}, góp phần giữ vững ổn định ở cơ sở.",
    "Điểm sáng của phong trào là mô hình {q0}{model}{q1} với {sites} {unit} tham gia.",
    "Tại {sites} {unit}, mô hình {q0}{model}{q1} đã trở thành nếp sinh hoạt quen thuộc của người dân.",
    "Gắn với phong trào, mô hình {q0}{model}{q1} tiếp tục được triển khai ở {sites} {unit}.",
    "Mô hình {q0}{model}{q1} được {n3} tổ chức, cá nhân đóng góp kinh phí, duy trì tại {sites} {unit}.",
    "Nhiều cách làm sáng tạo xuất hiện, tiêu biểu là mô hình {q0}{model}{q1} ở {sites} {unit}.",
]
AWARDS = [
    "Tại {evs}, thừa ủy quyền của {cgrantor}, {vipshort} trao {caward} cho {orgshort}.",
    "Dịp này, {vipshort} trao Bằng khen của Bộ trưởng cho {n3} tập thể, {n4} cá nhân; {host} trao Giấy khen cho {n4} tập thể, {n5} cá nhân.",
    "Thừa uỷ quyền của {cgrantor}, {vipshort} trao {caward} cho {n3} tập thể và {n4} cá nhân.",
    "Tại {evs}, {p2} trao Bằng khen của Chủ tịch UBND tỉnh cho {n3} tập thể, {n4} cá nhân có thành tích xuất sắc.",
    "{orgshort} vinh dự đón nhận {caward} của {cgrantor}. UBND tỉnh tặng Bằng khen cho {n3} tập thể, {n5} cá nhân.",
    "Nhân dịp này, {n3} tập thể và {n5} cá nhân được tặng Bằng khen của UBND tỉnh; {n4} cá nhân được tặng Giấy khen.",
    "Tại {evs}, {vipshort} trao Cờ thi đua của {grantor2} cho {n2} tập thể dẫn đầu phong trào.",
    "Ghi nhận thành tích, {cgrantor} đã tặng {caward} cho {orgshort}; {n3} tập thể, {n4} cá nhân được tặng Bằng khen.",
    "Dịp này, {host} trao Giấy khen cho {n3} tập thể và {n5} cá nhân tiêu biểu.",
    "Thừa ủy quyền của {cgrantor}, {vipshort} trao {caward} cho {n3} tập thể, {n4} cá nhân; trao Bằng khen của {grantor2} cho {n4} tập thể.",
    "Tại {evs}, {p2} trao Bằng khen của UBND tỉnh cho {n3} tập thể, {n5} cá nhân; {n4} cá nhân được tặng Kỷ niệm chương {q0}Vì sự nghiệp thi đua, khen thưởng{q1}.",
    "Cũng tại {evs}, {vipshort} trao Bằng khen của {grantor2} cho {n3} tập thể, {n4} cá nhân.",
    "{orgshort} được {cgrantor} tặng {caward}; {n3} tập thể và {n4} cá nhân nhận Bằng khen của {grantor2}.",
    "Dịp này, thừa ủy quyền của {cgrantor}, {vipshort} trao {caward} cho {n4} cá nhân; {host} trao Giấy khen cho {n5} cá nhân.",
    "Ban Tổ chức đã tặng Giấy khen cho {n3} tập thể, {n4} cá nhân; {p3} trao Bằng khen của UBND tỉnh cho {n2} tập thể.",
]
SPEECHES = [
    "Phát biểu chỉ đạo, {vipshort} biểu dương những kết quả đạt được; đề nghị {orgshort} tiếp tục đổi mới nội dung, hình thức thi đua, tránh hình thức, chạy theo thành tích.",
    "Phát biểu tại {evs}, {vipshort} đề nghị các cấp quan tâm phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến, nhất là ở cơ sở.",
    "Ghi nhận những đóng góp, {p2} yêu cầu các đơn vị gắn thi đua với thực hiện nhiệm vụ chính trị, chú trọng khen thưởng người lao động trực tiếp.",
    "Kết luận {evs}, {host} yêu cầu các đơn vị xây dựng kế hoạch thi đua cụ thể, có tiêu chí rõ ràng, sát thực tiễn.",
    "Phát biểu chỉ đạo, {vipshort} nhấn mạnh thi đua phải thực chất, khen thưởng phải kịp thời, chính xác, công khai, minh bạch.",
    "{vipshort} đề nghị {orgshort} phát huy truyền thống, đoàn kết, khắc phục khó khăn, hoàn thành xuất sắc nhiệm vụ năm {year1}.",
    "Thay mặt lãnh đạo tỉnh, {p2} chúc mừng các tập thể, cá nhân được khen thưởng và mong các điển hình tiếp tục lan tỏa cách làm hay.",
    "Phát biểu tại {evs}, {p3} đề nghị tăng cường phối hợp giữa các ngành, đoàn thể trong triển khai phong trào.",
    "{vipshort} lưu ý cần tổng kết, đánh giá hiệu quả các mô hình, kịp thời điều chỉnh những mô hình hoạt động chưa hiệu quả.",
    "Phát biểu bế mạc, {host} cảm ơn sự quan tâm của lãnh đạo các cấp và hứa tiếp thu đầy đủ các ý kiến chỉ đạo.",
    "Theo {vipshort}, công tác thi đua, khen thưởng cần hướng mạnh về cơ sở, tránh dàn trải.",
    "Đại diện các điển hình, {p4} chia sẻ kinh nghiệm và bày tỏ quyết tâm tiếp tục cống hiến.",
    "{vipshort} yêu cầu {orgshort} chủ động tham mưu cho cấp ủy, chính quyền, không để bị động, bất ngờ trong mọi tình huống.",
    "Phát biểu, {p2} đánh giá cao kết quả đạt được và đề nghị tập trung giải quyết dứt điểm những tồn tại, hạn chế.",
    "Chia sẻ tại {evs}, {rank4} {p4} cho biết sẽ tiếp tục bám cơ sở, gần dân, giúp dân.",
    "Kết thúc {evs}, {vipshort} đề nghị các đơn vị lập thành tích chào mừng các ngày lễ lớn của đất nước.",
]
CAPTIONS = [
    "{vipshort} trao {caward} cho các tập thể. Ảnh: {photo}",
    "Quang cảnh {evs}. Ảnh: {photo}",
    "{p2} trao Bằng khen cho các cá nhân tiêu biểu. Ảnh: {photo}",
    "Các đại biểu tham dự {evs}. Ảnh: {photo}",
    "{vipshort} phát biểu chỉ đạo tại {evs}. Ảnh: {photo}",
    "Đại diện các đơn vị ký giao ước thi đua. Ảnh: {photo}",
    "{host} báo cáo kết quả thực hiện phong trào. Ảnh: {photo}",
    "Các điển hình tiên tiến chụp ảnh lưu niệm cùng đại biểu. Ảnh: {photo}",
    "Trao Giấy khen cho các tập thể có thành tích xuất sắc. Ảnh: {photo}",
    "{p3} tặng hoa chúc mừng các điển hình. Ảnh: {photo}",
    "Tiết mục văn nghệ chào mừng {evs}. Ảnh: {photo}",
    "Lãnh đạo tỉnh gắn Huân chương lên cờ truyền thống. Ảnh: {photo}",
    "{vipshort} thăm hỏi các đại biểu. Ảnh: {photo}",
    "Các đội thi tranh tài tại {evs}. Ảnh: {photo}",
    "Đại biểu trải nghiệm mô hình {q0}{model}{q1}. Ảnh: {photo}",
]
CLOSINGS = [
    "Ngay sau {evs}, các đơn vị đã ký kết giao ước thi đua năm {year1}.",
    "{evs_cap} đã thống nhất phương hướng, nhiệm vụ trọng tâm cho giai đoạn tới.",
    "Các đại biểu đã dâng hương tưởng niệm các anh hùng liệt sĩ trước khi khai mạc.",
    "Dịp này, ban tổ chức trao {n3} suất quà cho các gia đình chính sách.",
    "{evs_cap} kết thúc trong không khí phấn khởi, đoàn kết.",
    "Trước đó, {orgshort} đã tổ chức hội thảo chuyên đề về công tác thi đua ở cơ sở.",
    "Dịp này, {orgshort} phát động đợt thi đua cao điểm chào mừng ngày truyền thống.",
    "Đại diện các điển hình tiên tiến đã thay mặt tập thể hứa tiếp tục phấn đấu.",
    "{evs_cap} cũng dành thời gian giao lưu với các điển hình tiêu biểu.",
    "Tiếp đó, các đại biểu tham quan mô hình {q0}{model2}{q1} tại địa phương.",
    "Cũng trong ngày, {orgshort} đã ra quân hỗ trợ người dân xây dựng nhà ở.",
    "Các đơn vị cam kết hoàn thành vượt mức các chỉ tiêu thi đua năm {year1}.",
    "{evs_cap} đã thông qua danh sách {n4} điển hình tiêu biểu.",
    "Buổi chiều cùng ngày, đoàn công tác làm việc với lãnh đạo {ubnd}.",
    "{evs_cap} diễn ra trong một buổi, với nhiều tham luận chất lượng.",
]
TITLES = [
    "{orgshort} tổng kết phong trào {mv}",
    "{province_name}: biểu dương {n2} điển hình tiên tiến",
    "{orgshort} đón nhận {caward}",
    "Phát động phong trào {mv} năm {year}",
    "Tôn vinh các điển hình trong phong trào {mv}",
]

EVENT_NOUN = {"Hội nghị": "hội nghị", "Lễ": "buổi lễ", "Đại hội": "đại hội", "Gặp mặt": "buổi gặp mặt",
              "Hội thi": "hội thi", "Tọa đàm": "buổi tọa đàm", "Hội thảo": "hội thảo"}
ROMAN = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def _person(rng: random.Random) -> tuple[str, bool]:
    female = rng.random() < 0.35
    if female:
        return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES_F)} {rng.choice(GIVENS_F)}", True
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES_M)} {rng.choice(GIVENS_M)}", False


def _date_phrase(rng: random.Random, day: int, month: int, year: int) -> str:
    part = rng.choice(["Sáng", "Chiều", "Ngày", "Tối", "Sáng", "Ngày"])
    form = rng.randrange(5)
    if form == 0:
        return f"{part} {day}/{month}"
    if form == 1:
        return f"{part} {day}-{month}"
    if form == 2:
        return f"{part} {day}.{month}"
    if form == 3:
        return f"{part} {day}/{month}/{year}"
    return f"{part} {day:02d}/{month:02d}"


def _context(rng: random.Random, idx: int) -> dict:
    kind = rng.choice(KINDS)
    prov = rng.choice(PROVINCES)
    year = rng.randint(2012, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    org = _unit(kind, prov)
    ubnd = f"UBND tỉnh {prov}"
    place = f"{rng.choice(DISTRICT_PREFIX)} {rng.choice(DISTRICTS)}"
    ev, etype = rng.choice(EVENTS)
    q0, q1 = rng.choice(QUOTES)

    vip, _ = _person(rng)
    if kind in ("police", "army", "border"):
        vrank = rng.choice(GENERALS)
        ministry = {"police": "Bộ Công an", "army": "Bộ Quốc phòng", "border": "Bộ Quốc phòng"}[kind]
        vtitle = rng.choice([f"Ủy viên Trung ương Đảng, Thứ trưởng {ministry}", f"Thứ trưởng {ministry}",
                             "Phó Tư lệnh Quân khu", f"Cục trưởng, {ministry}"])
        vipfull = f"{vrank} {vip}, {vtitle}"
        vipshort = f"{vrank} {vip}"
    else:
        vtitle = rng.choice(["Phó Chủ tịch nước", "Phó Trưởng ban Thi đua - Khen thưởng Trung ương",
                             "Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Tổng LĐLĐ Việt Nam",
                             "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"])
        vipfull = f"{vip}, {vtitle}"
        vipshort = f"đồng chí {vip}"
    p2, _ = _person(rng)
    p3, _ = _person(rng)
    p4, _ = _person(rng)
    hostname, hfemale = _person(rng)
    if kind in ("police", "army", "border"):
        hrank = rng.choice(RANKS_LOW)
        htitle = {"police": "Giám đốc Công an tỉnh", "army": "Chỉ huy trưởng Bộ CHQS tỉnh",
                  "border": "Chỉ huy trưởng BĐBP tỉnh"}[kind]
        host = f"{hrank} {hostname}, {htitle}"
    else:
        htitle = {"ubnd": "Chủ tịch UBND tỉnh", "union": "Chủ tịch LĐLĐ tỉnh", "women": "Chủ tịch Hội LHPN tỉnh",
                  "farmers": "Chủ tịch Hội Nông dân tỉnh", "youth": "Bí thư Tỉnh Đoàn",
                  "edu": "Giám đốc Sở GD&ĐT", "health": "Giám đốc Sở Y tế"}[kind]
        host = f"{'bà' if hfemale else 'ông'} {hostname}, {htitle}"
    caward, cgrantor = rng.choice(AWARDS_CENTRAL)
    y1 = rng.randint(max(2005, year - 6), year - 1)
    mvs = MOVEMENTS[kind]
    models = rng.sample(MODELS, 2)
    evs = EVENT_NOUN[etype]
    return {
        "idx": idx, "kind": kind, "province_name": prov, "year": year, "month": month,
        "When": _date_phrase(rng, day, month, year), "dm": f"{day}/{month}",
        "org": org, "orgabbr": org.replace("Ủy ban nhân dân", "UBND"),
        "orgshort": org, "ubnd": ubnd, "place": place, "ev": ev, "evs": evs, "evs_cap": evs.capitalize(),
        "mv": rng.choice(mvs), "q0": q0, "q1": q1, "y1": y1, "y2": year, "year0": year - 1, "year1": year + 1,
        "roman": rng.choice(ROMAN),
        "vip": vipfull, "vipshort": vipshort,
        "p2": p2, "t2": rng.choice(["Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", "Phó Bí thư Tỉnh ủy",
                                    "Trưởng ban Dân vận Tỉnh ủy", "Giám đốc Sở Nội vụ"]),
        "p3": p3, "t3": rng.choice(["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh",
                                    "Giám đốc Sở GD&ĐT", "Phó Chủ tịch UBND TP. " + rng.choice(DISTRICTS),
                                    "Chủ tịch Hội LHPN tỉnh"]),
        "p4": p4, "rank4": rng.choice(RANKS_LOW),
        "host": host, "caward": caward, "cgrantor": cgrantor,
        "grantor2": rng.choice(["Bộ trưởng Bộ Công an", "Chủ tịch UBND tỉnh", "Tư lệnh Quân khu",
                                "Tổng LĐLĐ Việt Nam", "Trung ương Hội LHPN Việt Nam", "Bộ trưởng Bộ GD&ĐT"]),
        "model": models[0], "model2": models[1], "sites": rng.randint(3, 480), "unit": rng.choice(SITE_UNITS),
        "n1": rng.randint(2, 10), "n2": rng.randint(5, 300), "n3": rng.randint(2, 40), "n4": rng.randint(3, 90),
        "n5": rng.randint(5, 400), "big": f"{rng.randint(1, 98)}.{rng.randint(0, 999):03d}",
        "pct": rng.randint(70, 99), "d1": rng.randint(1, 9), "d2": rng.randint(1, 9),
        "photo": rng.choice(PHOTOGRAPHERS),
        "byline": " ".join(_person(rng)[0].split()[-2:]).upper(),
    }


def _fill(tpl: str, ctx: dict) -> str:
    out = tpl.format_map(ctx)
    return out[:1].upper() + out[1:]


def article(rng: random.Random, idx: int) -> dict:
    """One synthetic article as a record (id, url, title, published, text)."""
    ctx = _context(rng, idx)
    # the date phrase opens the body; lower-case when not sentence initial
    ctx["when"] = ctx["When"][0].lower() + ctx["When"][1:]
    paras = [_fill(rng.choice(OPENINGS), ctx), _fill(rng.choice(ATTENDANCE), ctx)]
    body_pool = (rng.sample(RESULTS, 4) + rng.sample(INITIATIVES, 2))
    rng.shuffle(body_pool)
    # results/initiatives are joined two or three sentences to a paragraph
    i = 0
    while i < len(body_pool):
        k = rng.choice((2, 3))
        paras.append(" ".join(_fill(t, ctx) for t in body_pool[i:i + k]))
        i += k
    if rng.random() < 0.6:
        paras.append(_fill(rng.choice(CAPTIONS), ctx))
    awards = rng.sample(AWARDS, rng.choice((1, 2)))
    paras.append(" ".join(_fill(t, ctx) for t in awards))
    speeches = rng.sample(SPEECHES, rng.choice((1, 2, 3)))
    paras.append(" ".join(_fill(t, ctx) for t in speeches))
    if rng.random() < 0.5:
        paras.append(_fill(rng.choice(CLOSINGS), ctx))
    text = "\n\n".join(paras)
    # pad to a random target size with further result paragraphs (real articles are 1.5-4 KB)
    extra = [t for t in RESULTS]
    rng.shuffle(extra)
    target = rng.randint(1600, 3800)
    while len(text.encode("utf-8")) < target and extra:
        text += "\n\n" + " ".join(_fill(extra.pop(), ctx) for _ in range(min(2, len(extra))))
    # trim long ones paragraph by paragraph (keep the opening)
    while len(text.encode("utf-8")) > 3800:
        parts = text.split("\n\n")
        if len(parts) <= 3:
            text = text.encode("utf-8")[:3800].decode("utf-8", "ignore")
            break
        del parts[-2]
        text = "\n\n".join(parts)
    text += "\n\n" + ctx["byline"] + "\n"
    aid = f"g{idx:06d}"
    return {
        "id": aid,
        "url": f"https://example.org/bench/{aid}",
        "title": _fill(rng.choice(TITLES), ctx),
        "published": f"{ctx['year']:04d}-{ctx['month']:02d}",
        "text": text,
    }


def _as_file(rng: random.Random, rec: dict) -> str:
    """Render a record in one of the file forms of the corpus."""
    r = rng.random()
    if r < 0.8:
        return f" date {rec['published']} " + rec["text"]
    if r < 0.9:
        return rec["title"] + "\n\n" + rec["text"]
    return rec["text"]


def generate(count: int, seed: int = 0) -> Iterator[dict]:
    """Yield ``count`` records, deterministically for ``seed``."""
    rng = random.Random(seed)
    for i in range(count):
        yield article(rng, i + 1)


def write(count: int, out: Path, seed: int = 0, jsonl: bool = False) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    form_rng = random.Random(seed ^ 0x5EED)
    if jsonl:
        path = out / "articles.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for rec in generate(count, seed):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return path
    for rec in generate(count, seed):
        (out / f"{rec['id']}.txt").write_text(_as_file(form_rng, rec), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, required=True, help="number of articles")
    ap.add_argument("--out", type=Path, required=True, help="output directory")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--jsonl", action="store_true", help="write one DIR/articles.jsonl instead of .txt files")
    args = ap.parse_args(argv)
    if args.count < 0:
        ap.error("--count must be >= 0")
    where = write(args.count, args.out, args.seed, args.jsonl)
    print(f"wrote {args.count} articles to {where}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
