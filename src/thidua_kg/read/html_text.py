"""HTML pasted in place of an article's text: its visible text, paragraph by paragraph.

Left as it is, the markup would reach labels and sentences (and `<script>` would
be text the pages must escape); tags are removed instead and entities decoded.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# a tag at the start, or several well-known tags anywhere: ordinary prose never has these
_START = re.compile(r"^\s*(<!doctype html|<html[\s>]|<body[\s>]|<(p|div|article|section|h[1-6])[\s>])", re.I)
_TAG = re.compile(r"</?(p|div|br|span|b|i|em|strong|a|h[1-6]|li|ul|ol|table|tr|td|th|script|style|html|body)\b[^>]*>", re.I)
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "title",
           "header", "footer", "table", "ul", "ol", "blockquote"}
_HIDDEN = {"script", "style", "head", "noscript", "template"}
_CELLS = {"td", "th"}


def looks_like_html(text: str) -> bool:
    return bool(_START.match(text)) or len(_TAG.findall(text[:20000])) >= 3


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.cells = 0  # cells of the table row being read

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _CELLS:
            # a table's row is one line, its cells apart: "1 | Nguyễn Văn A | Giám đốc ..." (run together,
            # the name and the office would read as one word: "Nguyễn Văn AGiám đốc")
            if self.cells:
                self.parts.append(" | ")
            self.cells += 1
        elif tag in _BLOCKS:
            self.cells = 0
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data.replace("\n", " "))


def html_to_text(text: str) -> str:
    """The visible text of an HTML document or fragment, blocks as paragraphs (head and scripts dropped)."""
    parser = _Text()
    parser.feed(text)
    parser.close()
    pars = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in pars if p)
