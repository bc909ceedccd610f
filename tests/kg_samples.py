"""Hand-made ArticleFacts shared by the graph/store/query/CLI tests."""
from __future__ import annotations

from datetime import date

from thidua_kg.extract.facts import (
    Article, ArticleFacts, Award, Event, Evidence, Initiative, Movement, Organisation, Person, Position,
)

TEXT = (
    "Ngày 8/7, Công an tỉnh Nam Định tổ chức Hội nghị tổng kết phong trào \"Vì an ninh Tổ quốc\" giai đoạn 2015 - 2020. "
    "Thượng tướng Nguyễn Văn Thành, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an dự. "
    "Bộ trưởng Bộ Công an tặng Bằng khen cho Nguyễn Văn Thành và Phòng Cảnh sát hình sự Công an tỉnh Nam Định. "
    "Mô hình \"Ba an toàn\" được triển khai ở 12 xã; Bộ Công an tặng Bằng khen cho 59 tập thể, 108 cá nhân."
)


def _ev(fragment: str) -> Evidence:
    start = TEXT.index(fragment)
    end = TEXT.index(".", start + len(fragment) - 1) + 1
    return Evidence(TEXT[start:end], start, end)


S1 = _ev("Ngày 8/7")
S2 = _ev("Thượng tướng")
S3 = _ev("Bộ trưởng Bộ Công an tặng")
S4 = _ev("Mô hình")


def sample_facts(article_id: str = "seed", published: str | None = "2020-07") -> ArticleFacts:
    art = Article(id=article_id, text=TEXT, title="Tổng kết phong trào", url="https://example.org/a/1",
                  published=published, source=f"{article_id}.txt")
    return ArticleFacts(
        article=art,
        persons=(
            Person("Nguyễn Văn Thành", "Thượng tướng",
                   (Position("Ủy viên Trung ương Đảng", None, S2), Position("Thứ trưởng", "Bộ Công an", S2)), S2),
        ),
        organisations=(
            Organisation("Công an tỉnh Nam Định", S1),
            Organisation("Bộ Công an", S2),
            Organisation("Phòng Cảnh sát hình sự Công an tỉnh Nam Định", S3),
        ),
        events=(
            Event("Hội nghị", "Hội nghị tổng kết phong trào \"Vì an ninh Tổ quốc\"", date(2020, 7, 8),
                  "Công an tỉnh Nam Định", ("Nguyễn Văn Thành",), None, S1),
        ),
        movements=(Movement("Vì an ninh Tổ quốc", "phong trào", 2015, 2020, S1),),
        initiatives=(Initiative("Ba an toàn", "mô hình", 12, S4),),
        awards=(
            Award("Bằng khen", "Bằng khen", None, ("Bộ trưởng Bộ Công an",),
                  ("Nguyễn Văn Thành", "Phòng Cảnh sát hình sự Công an tỉnh Nam Định"), None, None, S3),
            Award("Bằng khen", "Bằng khen", None, ("Bộ Công an",), (), 59, 108, S4),
        ),
    )
