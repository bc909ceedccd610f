"""HTTP content negotiation (RFC 9110 §12.5.1): Accept with q-values and wildcards."""
from __future__ import annotations


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """(media range, q, order) for each element of an Accept header; '*/*' when absent."""
    if not header or not header.strip():
        return [("*/*", 1.0, 0)]
    out = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            k, _, v = f.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(v)))
                except ValueError:
                    q = 0.0
        out.append((media, q, i))
    return out


def _specificity(media_range: str, offered: str) -> int:
    """-1 when the range does not match `offered`, else 0 (*/*), 1 (type/*) or 2 (exact)."""
    if media_range == "*/*":
        return 0
    rtype, _, rsub = media_range.partition("/")
    otype, _, osub = offered.partition("/")
    if rsub == "*":
        return 1 if rtype == otype else -1
    return 2 if media_range == offered else -1


def choose(header: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers, or None (then answer 406).

    Each offer takes the q of the most specific range matching it; ties go to the
    order of `offered` (the server's preference), so '*/*' yields offered[0].
    """
    ranges = parse_accept(header)
    best, best_key = None, None
    for rank, media in enumerate(offered):
        matches = [(spec, q) for r, q, _ in ranges if (spec := _specificity(r, media.lower())) >= 0]
        if not matches:
            continue
        q = max(matches)[1]
        if q <= 0:
            continue
        key = (q, -rank)
        if best_key is None or key > best_key:
            best, best_key = media, key
    return best
