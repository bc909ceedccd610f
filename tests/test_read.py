"""Readers: plain-text files, JSON Lines records, folder walks, and refusals."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from thidua_kg.extract.facts import Article
from thidua_kg.read import ReadError, read_paths

BODY_1 = "Sáng 14-3, Hội Nông dân huyện Tân Kỳ tổ chức Hội nghị biểu dương nông dân sản xuất giỏi."
BODY_2 = "Dịp này, 8 tập thể và 15 cá nhân được Ủy ban nhân dân huyện tặng Giấy khen."


def read_one(path: Path):
    out = list(read_paths([str(path)]))
    assert len(out) == 1, out
    return out[0]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


# -- plain text -------------------------------------------------------------------

def test_text_with_date_header(tmp_path):
    p = write(tmp_path, "a01.txt", f" date 2021-04 {BODY_1}\n\n{BODY_2}\n")
    a = read_one(p)
    assert isinstance(a, Article)
    assert a.id == "a01"
    assert a.published == "2021-04"
    assert a.title is None
    assert a.text == f"{BODY_1}\n\n{BODY_2}"
    assert a.source == str(p)
    assert a.line is None


def test_text_without_header_with_title(tmp_path):
    title = "Tân Kỳ biểu dương nông dân sản xuất giỏi"
    p = write(tmp_path, "a02.txt", f"{title}\n\n{BODY_1}\n\n{BODY_2}\n")
    a = read_one(p)
    assert isinstance(a, Article)
    assert a.published is None
    assert a.title == title
    assert a.text == f"{BODY_1}\n\n{BODY_2}"


def test_text_without_header_without_title(tmp_path):
    p = write(tmp_path, "a03.txt", f"{BODY_1}\n\n{BODY_2}\n")
    a = read_one(p)
    assert isinstance(a, Article)
    assert a.published is None
    assert a.title is None
    assert a.text == f"{BODY_1}\n\n{BODY_2}"


def test_single_paragraph_is_not_a_title(tmp_path):
    p = write(tmp_path, "a04.txt", "Hội thi cán bộ thi đua giỏi năm 2022\n")
    a = read_one(p)
    assert isinstance(a, Article)
    assert a.title is None
    assert a.text == "Hội thi cán bộ thi đua giỏi năm 2022"


def test_invalid_month_in_header_is_not_a_header(tmp_path):
    p = write(tmp_path, "a05.txt", f" date 2021-13 {BODY_1}\n")
    a = read_one(p)
    assert isinstance(a, Article)
    assert a.published is None


def test_byline_in_capitals_dropped(tmp_path):
    p = write(tmp_path, "a06.txt", f" date 2022-11 {BODY_1}\n\n{BODY_2}\n\nNGUYỄN THỊ HẢI YẾN\n")
    a = read_one(p)
    assert isinstance(a, Article)
    assert a.text == f"{BODY_1}\n\n{BODY_2}"
    assert "YẾN" not in a.text


def test_byline_with_title_dropped(tmp_path):
    p = write(tmp_path, "a07.txt", f"Nông dân Tân Kỳ thi đua sản xuất\n\n{BODY_1}\n\nTRẦN ĐỨC - LÊ HÀ\n")
    a = read_one(p)
    assert isinstance(a, Article)
    assert a.title == "Nông dân Tân Kỳ thi đua sản xuất"
    assert a.text == BODY_1


def test_source_line_dropped(tmp_path):
    # the page a brief was copied from, after it (and the author's name after that) is no part of it
    p = write(tmp_path, "a08.txt", f" date 2025-10 {BODY_1}\n\n(Theo Báo Quảng Ninh)\n\nTHANH TÙNG\n")
    a = read_one(p)
    assert isinstance(a, Article)
    assert a.text == BODY_1


def test_text_is_normalised(tmp_path):
    raw = ' date 2020-09 Công an tỉnh Thanh Hoá phát động phong trào "Vì an ninh Tổ quốc".\r\n'
    a = read_one(write(tmp_path, "a08.txt", raw))
    assert isinstance(a, Article)
    assert a.text == "Công an tỉnh Thanh Hóa phát động phong trào “Vì an ninh Tổ quốc”."


def test_utf8_bom_accepted(tmp_path):
    a = read_one(write(tmp_path, "a09.txt", "\ufeff".encode() + f" date 2023-01 {BODY_1}".encode()))
    assert isinstance(a, Article)
    assert a.published == "2023-01"
    assert a.text == BODY_1


def test_invalid_utf8_refused(tmp_path):
    p = write(tmp_path, "bad.txt", "Công an tỉnh ".encode("utf-8") + b"\xff\xfe" + b" abc")
    e = read_one(p)
    assert isinstance(e, ReadError)
    assert e.source == str(p)
    assert "UTF-8" in e.reason
    assert str(p) in str(e)


def test_latin1_file_refused(tmp_path):
    # Latin-1 text that is not Vietnamese (ü, ß): not UTF-8, and no Vietnamese legacy encoding either
    p = write(tmp_path, "latin.txt", "Grüße aus München, Phong trào thi đua".encode("cp1258"))
    e = read_one(p)
    assert isinstance(e, ReadError)
    assert "UTF-8" in e.reason


def test_binary_file_refused(tmp_path):
    p = write(tmp_path, "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    e = read_one(p)
    assert isinstance(e, ReadError)
    assert e.source == str(p)
    assert "binary" in e.reason.lower()


def test_empty_file_refused(tmp_path):
    p = write(tmp_path, "empty.txt", "")
    e = read_one(p)
    assert isinstance(e, ReadError)
    assert e.source == str(p)
    assert e.reason


def test_header_only_file_refused(tmp_path):
    e = read_one(write(tmp_path, "hdr.txt", " date 2022-02 \n\n"))
    assert isinstance(e, ReadError)
    assert "empty" in e.reason.lower()


def test_missing_path_reported(tmp_path):
    e = read_one(tmp_path / "nope.txt")
    assert isinstance(e, ReadError)
    assert e.source == str(tmp_path / "nope.txt")


# -- JSON Lines -------------------------------------------------------------------

def _rec(**kw) -> str:
    return json.dumps(kw, ensure_ascii=False)


def test_jsonl_good_and_bad_records(tmp_path):
    lines = [
        _rec(id="r1", url="https://example.org/r1", title="Biểu dương nông dân", published="2022-03-15", text=BODY_1),
        '{"id": "r2", "text": "Sáng 5-3, Đoàn Thanh niên',  # truncated
        _rec(id="r3", title="Không có nội dung"),  # missing text
        _rec(id="r4", text=12345),  # wrong type
        json.dumps(["r5", BODY_2]),  # not an object
        _rec(id="r6", text=BODY_2, published="2022-04"),
        _rec(id="r7", text=BODY_1, title=["không", "phải", "chuỗi"]),  # wrong type of title
    ]
    p = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    out = list(read_paths([str(p)]))
    assert len(out) == 7
    good = [x for x in out if isinstance(x, Article)]
    bad = [x for x in out if isinstance(x, ReadError)]
    assert [a.id for a in good] == ["r1", "r6"]
    r1 = good[0]
    assert r1.text == BODY_1
    assert r1.title == "Biểu dương nông dân"
    assert r1.url == "https://example.org/r1"
    assert r1.published == "2022-03"
    assert r1.source == str(p) and r1.line == 1
    assert good[1].line == 6
    assert [e.line for e in bad] == [2, 3, 4, 5, 7]
    for e in bad:
        assert e.source == str(p)
        assert e.reason
        assert f"{p}:{e.line}" in str(e)
    by_line = {e.line: e.reason for e in bad}
    assert "JSON" in by_line[2]
    assert "text" in by_line[3]
    assert "text" in by_line[4]
    assert "object" in by_line[5]
    assert "title" in by_line[7]


def test_jsonl_blank_lines_skipped_but_counted(tmp_path):
    p = write(tmp_path, "gaps.jsonl", "\n" + _rec(id="g1", text=BODY_1) + "\n\n" + _rec(id="g2", text=BODY_2) + "\n")
    out = list(read_paths([str(p)]))
    assert [(a.id, a.line) for a in out] == [("g1", 2), ("g2", 4)]


def test_jsonl_invalid_utf8_line(tmp_path):
    good = _rec(id="u1", text=BODY_1).encode("utf-8")
    p = write(tmp_path, "enc.jsonl", good + b"\n" + b'{"id": "u2", "text": "\xff\xfe"}\n')
    out = list(read_paths([str(p)]))
    assert isinstance(out[0], Article)
    assert isinstance(out[1], ReadError)
    assert out[1].line == 2 and "UTF-8" in out[1].reason


def test_jsonl_text_normalised_and_byline_dropped(tmp_path):
    text = 'Huyện Quế Phong phát động phong trào "Chung sức xây dựng nông thôn mới" năm 2021.\n\nHOÀNG VĂN AN'
    p = write(tmp_path, "n.jsonl", _rec(id="n1", text=text, title="Quế Phong thi đua") + "\n")
    a = read_one(p)
    assert isinstance(a, Article)
    assert a.text == "Huyện Quế Phong phát động phong trào “Chung sức xây dựng nông thôn mới” năm 2021."


def test_empty_jsonl_is_refused_not_forgotten(tmp_path):
    p = write(tmp_path, "none.jsonl", "")
    (e,) = read_paths([str(p)])
    assert isinstance(e, ReadError) and e.source == str(p) and "no records" in e.reason


# -- folders ------------------------------------------------------------------------

def test_folder_walk_stable_and_ignores_gold(tmp_path):
    root = tmp_path / "corpus"
    write(root, "b02.txt", f" date 2022-06 {BODY_2}\n")
    write(root, "b02.json", json.dumps({"id": "b02", "persons": []}))
    write(root, "a01.txt", f" date 2022-05 {BODY_1}\n")
    write(root, "a01.json", json.dumps({"id": "a01", "persons": []}))
    write(root, "notes.md", "# ghi chú\n")
    write(root, "sub/c03.txt", f"{BODY_1}\n")
    write(root, "sub/more.jsonl", _rec(id="j1", text=BODY_2) + "\n" + _rec(id="j2", text=BODY_1) + "\n")
    write(root, "sub/bad.txt", b"\x00\x01\x02binary")
    first = list(read_paths([str(root)]))
    second = list(read_paths([str(root)]))
    assert first == second
    ids = [x.id if isinstance(x, Article) else ("ERR", Path(x.source).name) for x in first]
    assert ids == ["a01", "b02", ("ERR", "bad.txt"), "c03", "j1", "j2"]
    assert not any(isinstance(x, Article) and x.source.endswith(".json") for x in first)


def test_several_paths_in_given_order(tmp_path):
    a = write(tmp_path, "z.txt", f"{BODY_1}\n")
    b = write(tmp_path, "a.txt", f"{BODY_2}\n")
    out = list(read_paths([str(a), str(tmp_path / "missing"), str(b)]))
    assert [type(x).__name__ for x in out] == ["Article", "ReadError", "Article"]
    assert [x.id for x in out if isinstance(x, Article)] == ["z", "a"]


def test_html_tables_keep_their_cells_apart(tmp_path):
    # run together, "Lò Văn Pó" and "Giám đốc" would read as one word: "Lò Văn PóGiám đốc"
    p = write(tmp_path, "t01.txt", "<html><body><p>" + BODY_1 + "</p><table><tr><th>STT</th><th>Họ và tên</th>"
              "<th>Chức vụ</th></tr><tr><td>1</td><td>Lò Văn Pó</td><td>Giám đốc Sở Y tế</td></tr></table></body></html>")
    a = read_one(p)
    assert "STT | Họ và tên | Chức vụ\n\n1 | Lò Văn Pó | Giám đốc Sở Y tế" in a.text
