"""Every kind of bad input of the reliability tests, written into a folder at test time.

`python tests/bad_inputs.py DIR [--big]` writes them for a manual run
(docs/RELIABILITY.md). The texts are our own; nothing is copied from a corpus.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

TONES = "\u0300\u0301\u0309\u0303\u0323"
GOOD = ("Sáng 12-5, Ủy ban nhân dân tỉnh Hòa Bình tổ chức Hội nghị tổng kết phong trào thi đua "
        "“Cả nước chung tay vì người nghèo”. Ông Lê Văn Thịnh, Chủ tịch Ủy ban nhân dân tỉnh, "
        "trao Bằng khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc.")
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Minh", "Hữu", "Thanh", "Quốc", "Ngọc", "Đức", "Xuân", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lâm", "Mai", "Nam"]


def cp1258_bytes(text: str) -> bytes:
    """Text as Windows-1258 writes it: base letters precomposed, tone marks as combining characters."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
            out += base.encode("cp1258") + "".join(c for c in d if c in TONES).encode("cp1258")
    return bytes(out)


# TCVN3 (ABC) bytes of a few syllables, enough for the detector to recognise: "Việt Nam thi đua"
TCVN3_SAMPLE = b"Vi\xd6t Nam thi \xaeua y\xc4u n\xad\xedc, \xae\xb8nh gi\xb8 th\xabng qua t\xeang k\xd5t. " * 6
# VNI-Windows bytes: base letters followed by diacritic bytes, "Vieät Nam thi ñua khen thöôûng"
VNI_SAMPLE = b"Vie\xe4t Nam thi \xf1ua khen th\xf6\xf4\xfbng, to\xe5ng ke\xe1t phong tra\xf8o. " * 6


def persons_article(n: int) -> str:
    names = [f"{SURNAMES[i % 10]} {MIDDLE[i // 10 % 10]} {GIVEN[i // 100 % 10]}{'' if i < 1000 else i}"
             for i in range(n)]
    return ("Sáng 3-6, Ủy ban nhân dân tỉnh Hòa Bình trao Bằng khen cho các cá nhân: "
            + ", ".join(f"ông {name}" for name in names) + ".")


def write_bad_inputs(folder: Path, big: bool = False) -> dict[str, str]:
    """Write every bad input into `folder`; returns {file name: what is wrong with it}."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {}
    kinds: dict[str, str] = {}

    def add(name: str, data: bytes | str, kind: str) -> None:
        files[name] = data.encode("utf-8") if isinstance(data, str) else data
        kinds[name] = kind

    add("bad-utf8.txt", GOOD.encode("utf-8")[:40] + b"\xff\xfe\xc3" + GOOD.encode("utf-8")[40:], "invalid UTF-8")
    add("legacy-cp1258.txt", cp1258_bytes(GOOD), "Windows-1258 (converted)")
    add("legacy-tcvn3.txt", TCVN3_SAMPLE, "TCVN3 (rejected with the reason)")
    add("legacy-vni.txt", VNI_SAMPLE, "VNI (rejected with the reason)")
    add("nfd-text.txt", unicodedata.normalize("NFD", GOOD.replace("Thịnh", "Thuận")), "NFD (normalised, stored)")
    add("empty.txt", b"", "empty")
    add("blank.txt", " \n\t\n  \n", "whitespace only")
    add("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary")
    add("empty.jsonl", b"\n\n", "JSON Lines file without records")
    good_record = {"id": "bad-jsonl-ok", "title": "Hội nghị điển hình tiên tiến", "published": "2024-05",
                   "text": GOOD.replace("Thịnh", "Khải")}
    lines = [
        json.dumps(good_record, ensure_ascii=False),
        json.dumps({"id": "bad-jsonl-truncated", "text": GOOD}, ensure_ascii=False)[:60],
        json.dumps({"id": "bad-jsonl-no-text", "title": "Không có nội dung"}, ensure_ascii=False),
        json.dumps({"id": "bad-jsonl-wrong-type", "text": ["không", "phải", "chuỗi"]}, ensure_ascii=False),
        json.dumps({"id": 42, "text": GOOD}, ensure_ascii=False),
        json.dumps(dict(good_record, text=GOOD.replace("Thịnh", "Phúc")), ensure_ascii=False),  # duplicate id
    ]
    add("records.jsonl", "\n".join(lines) + "\n", "JSON Lines: truncated line, missing text, wrong types, duplicate id")
    add("zz-dup-id.jsonl", json.dumps({"id": "nfd-text", "text": GOOD}, ensure_ascii=False) + "\n",
        "duplicate article id (same id as nfd-text.txt)")
    add("many-persons.txt", persons_article(500), "an article naming 500 persons")
    html = ("<!DOCTYPE html><html><head><title>Tin tức</title><script>var x = '<b>';</script></head><body>"
            "<h1>Hòa Bình biểu dương điển hình</h1><p>Sáng 12-5, <b>Ủy ban nhân dân tỉnh Hòa Bình</b> tổ chức "
            "Hội nghị tổng kết phong trào thi đua &ldquo;Dân vận khéo&rdquo;.</p><p>Bà Trần Thị Nga, Phó Chủ tịch "
            "Ủy ban nhân dân tỉnh, trao Bằng khen cho 9 tập thể.</p></body></html>")
    add("pasted-html.txt", html, "HTML pasted as text (tags removed, stored)")
    if big:
        add("huge.txt", (GOOD + "\n\n") * (20 * 1024 * 1024 // len(GOOD.encode())), "a 20 MB file")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return kinds


if __name__ == "__main__":
    target = Path(sys.argv[1])
    for name, kind in write_bad_inputs(target, big="--big" in sys.argv).items():
        print(f"{target / name}: {kind}")
