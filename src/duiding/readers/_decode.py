"""Bytes to text: BOMs, UTF-8, Windows-1252 and Latin-1, and a refusal for binary files."""

from __future__ import annotations

import codecs

from duiding.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"BZh", b"\x7fELF")
_TEXT_CONTROLS = {9, 10, 12, 13}


def decode(data: bytes) -> str:
    """Decode article bytes, detecting the encoding. Raises `InputError` for empty or binary data."""
    if not data.strip():
        raise InputError("the input is empty", "give a file that holds article text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    if data.startswith(_BINARY_MAGIC) or _looks_binary(data[:8192]):
        raise InputError(
            "the input is a binary file, not text",
            "convert it to UTF-8 text, HTML or JSON first (for a PDF, e.g. `pdftotext FILE`)",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Dutch text that is not UTF-8 is almost always Windows-1252 or its subset Latin-1;
    # they differ only in 0x80-0x9F, where Latin-1 has unprintable control codes.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
    return controls > max(2, len(sample) // 100)
