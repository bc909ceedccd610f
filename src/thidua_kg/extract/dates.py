"""Dates as the genre writes them: "sáng 17-8", "Ngày 8/7", "chiều 28.7",
"ngày 19/8/2020", "ngày 19 tháng 8 năm 2020", "hôm nay (12/9)", "sáng thứ Bảy (5/10)"; the year from the text or,
failing that, from the month of publication."""
from __future__ import annotations

import re
from datetime import date

_DM = re.compile(
    r"(?:\b(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm)\s+"
    r"(?:(?:nay|qua|(?:thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s+[Nn]hật)\s*,?)\s*\(?\s*)?(?:ngày\s+)?)"
    r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?(?!\d)"
)
# "Trong 2 ngày 14 và 15-11", "từ ngày 14 đến 16/11": the first day
_SPAN = re.compile(
    r"\b[Nn]gày\s+\(?\s*(\d{1,2})\s*(?:và|,|-|–|đến)\s*(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?(?!\d)"
)
_WORDY = re.compile(r"\b[Nn]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?")


def find_dates(text: str, published: str | None) -> list[tuple[int, date | None]]:
    """(offset, date) of each day-and-month the text gives; None where no year is known."""
    out = []
    for rx in (_DM, _WORDY, _SPAN):
        for m in rx.finditer(text):
            d = _make(int(m.group(1)), int(m.group(2)), m.group(3), published)
            if d is not False:
                out.append((m.start(), d))
    out.sort(key=lambda x: x[0])
    return out


def _make(day: int, month: int, year: str | None, published: str | None):
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if year:
        y = int(year)
    elif published:
        y, pm = int(published[:4]), int(published[5:7])
        if month > pm:  # reported in January about December
            y -= 1
    else:
        return None
    try:
        return date(y, month, day)
    except ValueError:
        return False


_FULL = re.compile(r"\b(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d\d)\b|\b[Nn]gày\s+\d{1,2}\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)")


def month_in_text(text: str) -> str | None:
    """For an article without a header: "YYYY-12" of the first full date in its text ("ngày
    15-3-2024"), so that its other dates ("ngày 9/3") are read in that year."""
    m = _FULL.search(text)
    return f"{m.group(3) or m.group(5)}-12" if m else None
