"""Bytes to text: UTF-8 only, with a clear reason when it is not."""


def decode(data: bytes) -> str:
    """The text, or "!reason" when the bytes are not an article we can read."""
    if b"\x00" in data[:4096]:
        return "!binary file (NUL bytes), not a text article"
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return f"!not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})"
